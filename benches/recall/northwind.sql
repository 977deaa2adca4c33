-- A trading company's order database in the shape of the public Northwind sample
-- (table and column names as in its PostgreSQL port), written for askpg's retrieval
-- benchmark. No comments on anything: it stands for a warehouse nobody annotated. The rows
-- are made up and deterministic (generate_series and modular arithmetic only).
-- The held-out set: benches/recall/northwind.yaml is never used to tune retrieval.

CREATE TABLE categories (
    category_id   smallint PRIMARY KEY,
    category_name varchar(15) NOT NULL,
    description   text
);
CREATE TABLE region (
    region_id          smallint PRIMARY KEY,
    region_description varchar(60) NOT NULL
);
CREATE TABLE territories (
    territory_id          varchar(20) PRIMARY KEY,
    territory_description varchar(60) NOT NULL,
    region_id             smallint NOT NULL REFERENCES region
);
CREATE TABLE employees (
    employee_id       smallint PRIMARY KEY,
    last_name         varchar(20) NOT NULL,
    first_name        varchar(10) NOT NULL,
    title             varchar(30),
    title_of_courtesy varchar(25),
    birth_date        date,
    hire_date         date,
    address           varchar(60),
    city              varchar(15),
    region            varchar(15),
    postal_code       varchar(10),
    country           varchar(15),
    home_phone        varchar(24),
    extension         varchar(4),
    notes             text,
    reports_to        smallint REFERENCES employees
);
CREATE TABLE employee_territories (
    employee_id  smallint NOT NULL REFERENCES employees,
    territory_id varchar(20) NOT NULL REFERENCES territories,
    PRIMARY KEY (employee_id, territory_id)
);
CREATE TABLE shippers (
    shipper_id   smallint PRIMARY KEY,
    company_name varchar(40) NOT NULL,
    phone        varchar(24)
);
CREATE TABLE suppliers (
    supplier_id   smallint PRIMARY KEY,
    company_name  varchar(40) NOT NULL,
    contact_name  varchar(30),
    contact_title varchar(30),
    address       varchar(60),
    city          varchar(15),
    region        varchar(15),
    postal_code   varchar(10),
    country       varchar(15),
    phone         varchar(24),
    fax           varchar(24),
    homepage      text
);
CREATE TABLE products (
    product_id        smallint PRIMARY KEY,
    product_name      varchar(40) NOT NULL,
    supplier_id       smallint REFERENCES suppliers,
    category_id       smallint REFERENCES categories,
    quantity_per_unit varchar(20),
    unit_price        real,
    units_in_stock    smallint,
    units_on_order    smallint,
    reorder_level     smallint,
    discontinued      integer NOT NULL
);
CREATE TABLE customers (
    customer_id   varchar(5) PRIMARY KEY,
    company_name  varchar(40) NOT NULL,
    contact_name  varchar(30),
    contact_title varchar(30),
    address       varchar(60),
    city          varchar(15),
    region        varchar(15),
    postal_code   varchar(10),
    country       varchar(15),
    phone         varchar(24),
    fax           varchar(24)
);
CREATE TABLE customer_demographics (
    customer_type_id varchar(5) PRIMARY KEY,
    customer_desc    text
);
CREATE TABLE customer_customer_demo (
    customer_id      varchar(5) NOT NULL REFERENCES customers,
    customer_type_id varchar(5) NOT NULL REFERENCES customer_demographics,
    PRIMARY KEY (customer_id, customer_type_id)
);
CREATE TABLE orders (
    order_id         smallint PRIMARY KEY,
    customer_id      varchar(5) REFERENCES customers,
    employee_id      smallint REFERENCES employees,
    order_date       date,
    required_date    date,
    shipped_date     date,
    ship_via         smallint REFERENCES shippers,
    freight          real,
    ship_name        varchar(40),
    ship_address     varchar(60),
    ship_city        varchar(15),
    ship_region      varchar(15),
    ship_postal_code varchar(10),
    ship_country     varchar(15)
);
CREATE TABLE order_details (
    order_id   smallint NOT NULL REFERENCES orders,
    product_id smallint NOT NULL REFERENCES products,
    unit_price real NOT NULL,
    quantity   smallint NOT NULL,
    discount   real NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE TABLE us_states (
    state_id     smallint PRIMARY KEY,
    state_name   varchar(100),
    state_abbr   varchar(2),
    state_region varchar(50)
);

INSERT INTO categories VALUES
  (1, 'Beverages', 'Soft drinks, coffees, teas, beers, and ales'),
  (2, 'Condiments', 'Sweet and savory sauces, relishes, spreads, and seasonings'),
  (3, 'Confections', 'Desserts, candies, and sweet breads'),
  (4, 'Dairy Products', 'Cheeses'),
  (5, 'Grains/Cereals', 'Breads, crackers, pasta, and cereal'),
  (6, 'Meat/Poultry', 'Prepared meats'),
  (7, 'Produce', 'Dried fruit and bean curd'),
  (8, 'Seafood', 'Seaweed and fish');

INSERT INTO region VALUES (1, 'Eastern'), (2, 'Western'), (3, 'Northern'), (4, 'Southern');

INSERT INTO territories
SELECT lpad((1000 + 731 * n)::text, 5, '0'), t, 1 + n % 4
FROM unnest(ARRAY['Westboro','Bedford','Georgetow','Boston','Cambridge','Braintree',
  'Louisville','Beachwood','Findlay','Southfield','Troy','Bloomfield Hills','Racine',
  'Roseville','Minneapolis','Hollis','Portsmouth','Edison','New York','Mellvile',
  'Fairport','Philadelphia','Neward','Rockville','Greensboro','Cary','Columbia','Atlanta',
  'Savannah','Orlando','Tampa','Colorado Springs','Phoenix','Scottsdale','Santa Monica',
  'Menlo Park','San Francisco','Campbell','Santa Clara','Santa Cruz','Bellevue','Redmond',
  'Seattle','Dallas','Austin','Houston','Chicago','Hoffman Estates','Denver','Providence',
  'Wilton','Morristown','Hartford']) WITH ORDINALITY AS x(t, n);

INSERT INTO employees (employee_id, last_name, first_name, title, title_of_courtesy,
                       birth_date, hire_date, city, country, reports_to) VALUES
  (2, 'Fuller', 'Andrew', 'Vice President, Sales', 'Dr.', '1952-02-19', '1992-08-14', 'Tacoma', 'USA', NULL),
  (1, 'Davolio', 'Nancy', 'Sales Representative', 'Ms.', '1948-12-08', '1992-05-01', 'Seattle', 'USA', 2),
  (3, 'Leverling', 'Janet', 'Sales Representative', 'Ms.', '1963-08-30', '1992-04-01', 'Kirkland', 'USA', 2),
  (4, 'Peacock', 'Margaret', 'Sales Representative', 'Mrs.', '1937-09-19', '1993-05-03', 'Redmond', 'USA', 2),
  (5, 'Buchanan', 'Steven', 'Sales Manager', 'Mr.', '1955-03-04', '1993-10-17', 'London', 'UK', 2),
  (6, 'Suyama', 'Michael', 'Sales Representative', 'Mr.', '1963-07-02', '1993-10-17', 'London', 'UK', 5),
  (7, 'King', 'Robert', 'Sales Representative', 'Mr.', '1960-05-29', '1994-01-02', 'London', 'UK', 5),
  (8, 'Callahan', 'Laura', 'Inside Sales Coordinator', 'Ms.', '1958-01-09', '1994-03-05', 'Seattle', 'USA', 2),
  (9, 'Dodsworth', 'Anne', 'Sales Representative', 'Ms.', '1966-01-27', '1994-11-15', 'London', 'UK', 5);

INSERT INTO employee_territories
SELECT 1 + (row_number() OVER (ORDER BY territory_id))::int % 9, territory_id FROM territories;

INSERT INTO shippers VALUES
  (1, 'Speedy Express', '(503) 555-9831'),
  (2, 'United Package', '(503) 555-3199'),
  (3, 'Federal Shipping', '(503) 555-9931');

INSERT INTO suppliers (supplier_id, company_name, contact_name, city, country)
SELECT n, s, 'Contact ' || n,
       (ARRAY['London','New Orleans','Ann Arbor','Tokyo','Oviedo','Osaka','Melbourne',
              'Manchester','Göteborg','Sao Paulo','Berlin','Frankfurt','Cuxhaven','Ravenna',
              'Sandvika','Bend','Stockholm','Paris','Boston','Singapore','Lyngby','Zaandam',
              'Lappeenranta','Montceau','Annecy','Salerno','Montréal','Ste-Hyacinthe','Sydney'])[n],
       (ARRAY['UK','USA','USA','Japan','Spain','Japan','Australia','UK','Sweden','Brazil',
              'Germany','Germany','Germany','Italy','Norway','USA','Sweden','France','USA',
              'Singapore','Denmark','Netherlands','Finland','France','France','Italy','Canada',
              'Canada','Australia'])[n]
FROM unnest(ARRAY['Exotic Liquids','New Orleans Cajun Delights','Grandma Kelly''s Homestead',
  'Tokyo Traders','Cooperativa de Quesos ''Las Cabras''','Mayumi''s','Pavlova, Ltd.',
  'Specialty Biscuits, Ltd.','PB Knäckebröd AB','Refrescos Americanas LTDA',
  'Heli Süßwaren GmbH & Co. KG','Plutzer Lebensmittelgroßmärkte AG',
  'Nord-Ost-Fisch Handelsgesellschaft mbH','Formaggi Fortini s.r.l.','Norske Meierier',
  'Bigfoot Breweries','Svensk Sjöföda AB','Aux joyeux ecclésiastiques',
  'New England Seafood Cannery','Leka Trading','Lyngbysild','Zaanse Snoepfabriek',
  'Karkki Oy','Gai pâturage','Forêts d''érables','Pasta Buttini s.r.l.','Escargots Nouveaux',
  'Ma Maison','G''day, Mate']) WITH ORDINALITY AS x(s, n);

INSERT INTO products
SELECT n, p, 1 + (n * 7) % 29, 1 + (n * 3) % 8, (1 + n % 24) || ' boxes x ' || (10 + n % 5) || ' units',
       round((4 + (n * 37) % 120 + (n % 4) * 0.25)::numeric, 2), CASE WHEN n % 15 = 5 THEN 0 ELSE (n * 13) % 120 END, (n * 5) % 70,
       (n * 11) % 30, (n % 9 = 0)::int
FROM unnest(ARRAY['Chai','Chang','Aniseed Syrup','Chef Anton''s Cajun Seasoning',
  'Chef Anton''s Gumbo Mix','Grandma''s Boysenberry Spread','Uncle Bob''s Organic Dried Pears',
  'Northwoods Cranberry Sauce','Mishi Kobe Niku','Ikura','Queso Cabrales',
  'Queso Manchego La Pastora','Konbu','Tofu','Genen Shouyu','Pavlova','Alice Mutton',
  'Carnarvon Tigers','Teatime Chocolate Biscuits','Sir Rodney''s Marmalade',
  'Sir Rodney''s Scones','Gustaf''s Knäckebröd','Tunnbröd','Guaraná Fantástica',
  'NuNuCa Nuß-Nougat-Creme','Gumbär Gummibärchen','Schoggi Schokolade','Rössle Sauerkraut',
  'Thüringer Rostbratwurst','Nord-Ost Matjeshering','Gorgonzola Telino','Mascarpone Fabioli',
  'Geitost','Sasquatch Ale','Steeleye Stout','Inlagd Sill','Gravad lax','Côte de Blaye',
  'Chartreuse verte','Boston Crab Meat','Jack''s New England Clam Chowder',
  'Singaporean Hokkien Fried Mee','Ipoh Coffee','Gula Malacca','Rogede sild','Spegesild',
  'Zaanse koeken','Chocolade','Maxilaku','Valkoinen suklaa','Manjimup Dried Apples',
  'Filo Mix','Perth Pasties','Tourtière','Pâté chinois','Gnocchi di nonna Alice',
  'Ravioli Angelo','Escargots de Bourgogne','Raclette Courdavault','Camembert Pierrot',
  'Sirop d''érable','Tarte au sucre','Vegie-spread','Wimmers gute Semmelknödel',
  'Louisiana Fiery Hot Pepper Sauce','Louisiana Hot Spiced Okra','Laughing Lumberjack Lager',
  'Scottish Longbreads','Gudbrandsdalsost','Outback Lager','Flotemysost',
  'Mozzarella di Giovanni','Röd Kaviar','Longlife Tofu','Rhönbräu Klosterbier',
  'Lakkalikööri','Original Frankfurter grüne Soße']) WITH ORDINALITY AS x(p, n);

INSERT INTO customers (customer_id, company_name, contact_name, contact_title, city, country)
SELECT upper(substr(regexp_replace(c, '[^A-Za-z]', '', 'g'), 1, 4)) || chr(65 + (n % 26)::int), c,
       'Contact ' || n,
       (ARRAY['Sales Representative','Owner','Marketing Manager','Order Administrator',
              'Accounting Manager','Sales Agent'])[1 + n % 6],
       (ARRAY['Berlin','México D.F.','London','Luleå','Mannheim','Strasbourg','Madrid',
              'Marseille','Tsawassen','Buenos Aires','Bern','Sao Paulo','Aachen','Nantes',
              'Graz','Lille','Cork','Brandenburg','Versailles','Toulouse','Vancouver','Walla Walla',
              'Frankfurt a.M.','San Cristóbal','Eugene','Caracas','Reggio Emilia','Rio de Janeiro',
              'Resende','Seattle','Lyon','Reims','Stuttgart','Oulu','Butte','Kirkland','Portland',
              'Montréal','Paris','Salzburg','Lisboa','Barcelona','Sevilla','Campinas','Elgin',
              'Cunewalde','Helsinki','Warszawa','Albuquerque','Anchorage','Århus','Köln',
              'München','Genève','Torino','Bergamo','Boise','Lander','San Francisco','Leipzig'])[1 + n % 60],
       (ARRAY['Germany','Mexico','UK','Sweden','Germany','France','Spain','France','Canada',
              'Argentina','Switzerland','Brazil','Germany','France','Austria','France','Ireland',
              'Germany','France','France','Canada','USA','Germany','Venezuela','USA','Venezuela',
              'Italy','Brazil','Brazil','USA','France','France','Germany','Finland','USA','USA',
              'USA','Canada','France','Austria','Portugal','Spain','Spain','Brazil','USA',
              'Germany','Finland','Poland','USA','USA','Denmark','Germany','Germany',
              'Switzerland','Italy','Italy','USA','USA','USA','Germany'])[1 + n % 60]
FROM unnest(ARRAY['Alfreds Futterkiste','Ana Trujillo Emparedados y helados',
  'Antonio Moreno Taquería','Around the Horn','Berglunds snabbköp','Blauer See Delikatessen',
  'Blondesddsl père et fils','Bólido Comidas preparadas','Bon app''','Bottom-Dollar Markets',
  'B''s Beverages','Cactus Comidas para llevar','Centro comercial Moctezuma',
  'Chop-suey Chinese','Comércio Mineiro','Consolidated Holdings','Drachenblut Delikatessen',
  'Du monde entier','Eastern Connection','Ernst Handel','Familia Arquibaldo',
  'FISSA Fabrica Inter. Salchichas S.A.','Folies gourmandes','Folk och fä HB','Frankenversand',
  'France restauration','Franchi S.p.A.','Furia Bacalhau e Frutos do Mar',
  'Galería del gastrónomo','Godos Cocina Típica','Gourmet Lanchonetes','Great Lakes Food Market',
  'GROSELLA-Restaurante','Hanari Carnes','HILARION-Abastos','Hungry Coyote Import Store',
  'Hungry Owl All-Night Grocers','Island Trading','Königlich Essen','La corne d''abondance',
  'La maison d''Asie','Laughing Bacchus Wine Cellars','Lazy K Kountry Store',
  'Lehmanns Marktstand','Let''s Stop N Shop','LILA-Supermercado','LINO-Delicateses',
  'Lonesome Pine Restaurant','Magazzini Alimentari Riuniti','Maison Dewey','Mère Paillarde',
  'Morgenstern Gesundkost','North/South','Océano Atlántico Ltda.','Old World Delicatessen',
  'Ottilies Käseladen','Paris spécialités','Pericles Comidas clásicas','Piccolo und mehr',
  'Princesa Isabel Vinhos','Que Delícia','Queen Cozinha','QUICK-Stop','Rancho grande',
  'Rattlesnake Canyon Grocery','Reggiani Caseifici','Ricardo Adocicados','Richter Supermarkt',
  'Romero y tomillo','Santé Gourmet','Save-a-lot Markets','Seven Seas Imports','Simons bistro',
  'Spécialités du monde','Split Rail Beer & Ale','Suprêmes délices','The Big Cheese',
  'The Cracker Box','Toms Spezialitäten','Tortuga Restaurante','Tradição Hipermercados',
  'Trail''s Head Gourmet Provisioners','Vaffeljernet','Victuailles en stock',
  'Vins et alcools Chevalier','Die Wandernde Kuh','Wartian Herkku','Wellington Importadora',
  'White Clover Markets','Wilman Kala','Wolski Zajazd']) WITH ORDINALITY AS x(c, n);

INSERT INTO customer_demographics VALUES ('RETL', 'Retail'), ('WHSL', 'Wholesale');

INSERT INTO orders
SELECT 10247 + n, c.customer_id, 1 + (n * 5) % 9,
       DATE '1996-07-04' + (n * 671 / 830), DATE '1996-07-04' + (n * 671 / 830) + 28,
       CASE WHEN n % 37 = 0 THEN NULL ELSE DATE '1996-07-04' + (n * 671 / 830) + 2 + n % 33 END,
       1 + n % 3, round(((n * 47) % 900 + (n % 7) * 0.31)::numeric, 2),
       c.company_name, 'Address ' || n, c.city, NULL, NULL, c.country
FROM generate_series(1, 830) AS n
JOIN (SELECT customer_id, company_name, city, country,
             row_number() OVER (ORDER BY customer_id) AS r FROM customers) c
  ON c.r = 1 + (n * 17) % 89;

INSERT INTO order_details
SELECT o.order_id, p.product_id, p.unit_price, 1 + (o.order_id * k) % 60,
       CASE WHEN o.order_id % 5 = 0 THEN 0.05 * (1 + k % 4) ELSE 0 END
FROM orders o
CROSS JOIN generate_series(1, 3) AS k
JOIN products p ON p.product_id = 1 + (o.order_id * (k + 3) + k * 11) % 77
WHERE k <= 1 + o.order_id % 3
ON CONFLICT DO NOTHING;

INSERT INTO us_states VALUES
  (1, 'Alabama', 'AL', 'south'), (2, 'Alaska', 'AK', 'north'), (3, 'Arizona', 'AZ', 'west'),
  (4, 'California', 'CA', 'west'), (5, 'Washington', 'WA', 'west'), (6, 'Oregon', 'OR', 'west'),
  (7, 'New York', 'NY', 'east'), (8, 'Texas', 'TX', 'south');
