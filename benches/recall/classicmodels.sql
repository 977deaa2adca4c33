-- A scale-model car wholesaler in the shape of the public "classicmodels" sample (its
-- tables, with snake_case column names), written for askpg's retrieval benchmark. No
-- comments on anything: it stands for a warehouse nobody annotated. The rows are made up
-- and deterministic (generate_series and modular arithmetic only).

CREATE TABLE productlines (
    product_line     varchar(50) PRIMARY KEY,
    text_description varchar(4000)
);
CREATE TABLE products (
    product_code        varchar(15) PRIMARY KEY,
    product_name        varchar(70) NOT NULL,
    product_line        varchar(50) NOT NULL REFERENCES productlines,
    product_scale       varchar(10) NOT NULL,
    product_vendor      varchar(50) NOT NULL,
    product_description text NOT NULL,
    quantity_in_stock   smallint NOT NULL,
    buy_price           numeric(10,2) NOT NULL,
    msrp                numeric(10,2) NOT NULL
);
CREATE TABLE offices (
    office_code   varchar(10) PRIMARY KEY,
    city          varchar(50) NOT NULL,
    phone         varchar(50) NOT NULL,
    address_line1 varchar(50) NOT NULL,
    state         varchar(50),
    country       varchar(50) NOT NULL,
    postal_code   varchar(15) NOT NULL,
    territory     varchar(10) NOT NULL
);
CREATE TABLE employees (
    employee_number integer PRIMARY KEY,
    last_name       varchar(50) NOT NULL,
    first_name      varchar(50) NOT NULL,
    extension       varchar(10) NOT NULL,
    email           varchar(100) NOT NULL,
    office_code     varchar(10) NOT NULL REFERENCES offices,
    reports_to      integer REFERENCES employees,
    job_title       varchar(50) NOT NULL
);
CREATE TABLE customers (
    customer_number            integer PRIMARY KEY,
    customer_name              varchar(50) NOT NULL,
    contact_last_name          varchar(50) NOT NULL,
    contact_first_name         varchar(50) NOT NULL,
    phone                      varchar(50) NOT NULL,
    address_line1              varchar(50) NOT NULL,
    city                       varchar(50) NOT NULL,
    state                      varchar(50),
    postal_code                varchar(15),
    country                    varchar(50) NOT NULL,
    sales_rep_employee_number  integer REFERENCES employees,
    credit_limit               numeric(10,2)
);
CREATE TABLE payments (
    customer_number integer NOT NULL REFERENCES customers,
    check_number    varchar(50) NOT NULL,
    payment_date    date NOT NULL,
    amount          numeric(10,2) NOT NULL,
    PRIMARY KEY (customer_number, check_number)
);
CREATE TABLE orders (
    order_number    integer PRIMARY KEY,
    order_date      date NOT NULL,
    required_date   date NOT NULL,
    shipped_date    date,
    status          varchar(15) NOT NULL,
    comments        text,
    customer_number integer NOT NULL REFERENCES customers
);
CREATE TABLE orderdetails (
    order_number      integer NOT NULL REFERENCES orders,
    product_code      varchar(15) NOT NULL REFERENCES products,
    quantity_ordered  integer NOT NULL,
    price_each        numeric(10,2) NOT NULL,
    order_line_number smallint NOT NULL,
    PRIMARY KEY (order_number, product_code)
);

INSERT INTO productlines VALUES
  ('Classic Cars', 'Classic cars'), ('Motorcycles', 'Motorcycles'), ('Planes', 'Planes'),
  ('Ships', 'Ships'), ('Trains', 'Trains'), ('Trucks and Buses', 'Trucks and buses'),
  ('Vintage Cars', 'Vintage cars');

INSERT INTO products
SELECT 'S' || (10 + n % 8) || '_' || (1000 + n),
       (ARRAY['1969 Harley Davidson Ultimate Chopper','1952 Alpine Renault 1300','1996 Moto Guzzi 1100i',
              '2003 Harley-Davidson Eagle Drag Bike','1972 Alfa Romeo GTA','1962 LanciaA Delta 16V',
              '1968 Ford Mustang','2001 Ferrari Enzo','1958 Setra Bus','2002 Suzuki XREO',
              '1969 Corvair Monza','1968 Dodge Charger','1969 Ford Falcon','1970 Plymouth Hemi Cuda',
              '1957 Chevy Pickup','1969 Dodge Charger','1940 Ford Pickup Truck','1993 Mazda RX-7',
              '1937 Lincoln Berline','1936 Mercedes-Benz 500K Special Roadster','1965 Aston Martin DB5',
              '1980s Black Hawk Helicopter','1917 Grand Touring Sedan','1948 Porsche 356-A Roadster',
              '1995 Honda Civic','1998 Chrysler Plymouth Prowler','1911 Ford Town Car',
              '1964 Mercedes Tour Bus','1932 Model A Ford J-Coupe','1926 Ford Fire Engine',
              'P-51-D Mustang','1936 Harley Davidson El Knucklehead','1928 Mercedes-Benz SSK',
              '1999 Indy 500 Monte Carlo SS','1913 Ford Model T Speedster','1934 Ford V8 Coupe',
              '1999 Yamaha Speed Boat','18th Century Vintage Horse Carriage','1903 Ford Model A',
              '1992 Ferrari 360 Spider red','1985 Toyota Supra','Collectable Wooden Train',
              '1969 Dodge Super Bee','1917 Maxwell Touring Car','1976 Ford Gran Torino',
              '1948 Porsche Type 356 Roadster','1957 Vespa GS150','1941 Chevrolet Special Deluxe Cabriolet',
              '1970 Triumph Spitfire','1904 Buick Runabout','1940s Ford truck','1939 Cadillac Limousine',
              '1957 Corvette Convertible','1957 Ford Thunderbird','1970 Chevy Chevelle SS 454',
              '1970 Dodge Coronet','1997 BMW R 1100 S','1966 Shelby Cobra 427 S/C',
              '1928 British Royal Navy Airplane','1939 Chevrolet Deluxe Coupe','1960 BSA Gold Star DBD34',
              '18th century schooner','1938 Cadillac V-16 Presidential Limousine','1962 Volkswagen Microbus',
              '1982 Ducati 900 Monster','1949 Jaguar XK 120','1958 Chevy Corvette Limited Edition',
              '1900s Vintage Bi-Plane','1952 Citroen-15CV','1982 Lamborghini Diablo',
              '1912 Ford Model T Delivery Wagon','1969 Chevrolet Camaro Z28','1971 Alpine Renault 1600s',
              '1937 Horch 930V Limousine','2002 Chevy Corvette','1940 Ford Delivery Sedan',
              '1956 Porsche 356A Coupe','Corsair F4U ( Bird Cage)','1936 Mercedes Benz 500k Roadster',
              '1992 Porsche Cayenne Turbo Silver','1936 Chrysler Airflow','1900s Vintage Tri-Plane',
              '1961 Chevrolet Impala','1980’s GM Manhattan Express','1997 BMW F650 ST',
              '1982 Ducati 996 R','1954 Greyhound Scenicruiser','1950''s Chicago Surface Lines Streetcar',
              '1996 Peterbilt 379 Stake Bed with Outrigger','1928 Ford Phaeton Deluxe','1974 Ducati 350 Mk3 Desmo',
              '1930 Buick Marquette Phaeton','Diamond T620 Semi-Skirted Tanker','1962 City of Detroit Streetcar',
              '2002 Yamaha YZR M1','The Schooner Bluenose','American Airlines: B767-300',
              'The Mayflower','HMS Bounty','America West Airlines B757-200','The USS Constitution Ship',
              '1982 Camaro Z28','ATA: B757-300','F/A 18 Hornet 1/72','The Titanic','The Queen Mary',
              'American Airlines: MD-11S','Boeing X-32A JSF','Pont Yacht'])[n],
       (ARRAY['Classic Cars','Motorcycles','Planes','Ships','Trains','Trucks and Buses','Vintage Cars'])[1 + n % 7],
       (ARRAY['1:10','1:12','1:18','1:24','1:32','1:50','1:700','1:72'])[1 + n % 8],
       (ARRAY['Min Lin Diecast','Classic Metal Creations','Highway 66 Mini Classics','Red Start Diecast',
              'Motor City Art Classics','Second Gear Diecast','Autoart Studio Design','Welly Diecast Productions',
              'Unimax Art Galleries','Studio M Art Models','Exoto Designs','Gearbox Collectibles',
              'Carousel DieCast Legends'])[1 + n % 13],
       'A replica', (n * 97) % 9000, 20 + (n * 13) % 80, 40 + (n * 17) % 160
FROM generate_series(1, 109) AS n;

INSERT INTO offices VALUES
  ('1', 'San Francisco', '+1 650 219 4782', '100 Market Street', 'CA', 'USA', '94080', 'NA'),
  ('2', 'Boston', '+1 215 837 0825', '1550 Court Place', 'MA', 'USA', '02107', 'NA'),
  ('3', 'NYC', '+1 212 555 3000', '523 East 53rd Street', 'NY', 'USA', '10022', 'NA'),
  ('4', 'Paris', '+33 14 723 4404', '43 Rue Jouffroy D''abbans', NULL, 'France', '75017', 'EMEA'),
  ('5', 'Tokyo', '+81 33 224 5000', '4-1 Kioicho', 'Chiyoda-Ku', 'Japan', '102-8578', 'Japan'),
  ('6', 'Sydney', '+61 2 9264 2451', '5-11 Wentworth Avenue', NULL, 'Australia', 'NSW 2010', 'APAC'),
  ('7', 'London', '+44 20 7877 2041', '25 Old Broad Street', NULL, 'UK', 'EC2N 1HN', 'EMEA');

INSERT INTO employees VALUES
  (1002, 'Murphy', 'Diane', 'x5800', 'dmurphy@classicmodelcars.com', '1', NULL, 'President'),
  (1056, 'Patterson', 'Mary', 'x4611', 'mpatterso@classicmodelcars.com', '1', 1002, 'VP Sales'),
  (1076, 'Firrelli', 'Jeff', 'x9273', 'jfirrelli@classicmodelcars.com', '1', 1002, 'VP Marketing'),
  (1088, 'Patterson', 'William', 'x4871', 'wpatterson@classicmodelcars.com', '6', 1056, 'Sales Manager (APAC)'),
  (1102, 'Bondur', 'Gerard', 'x5408', 'gbondur@classicmodelcars.com', '4', 1056, 'Sale Manager (EMEA)'),
  (1143, 'Bow', 'Anthony', 'x5428', 'abow@classicmodelcars.com', '1', 1056, 'Sales Manager (NA)'),
  (1165, 'Jennings', 'Leslie', 'x3291', 'ljennings@classicmodelcars.com', '1', 1143, 'Sales Rep'),
  (1166, 'Thompson', 'Leslie', 'x4065', 'lthompson@classicmodelcars.com', '1', 1143, 'Sales Rep'),
  (1188, 'Firrelli', 'Julie', 'x2173', 'jfirrelli@classicmodelcars.com', '2', 1143, 'Sales Rep'),
  (1216, 'Patterson', 'Steve', 'x4334', 'spatterson@classicmodelcars.com', '2', 1143, 'Sales Rep'),
  (1286, 'Tseng', 'Foon Yue', 'x2248', 'ftseng@classicmodelcars.com', '3', 1143, 'Sales Rep'),
  (1323, 'Vanauf', 'George', 'x4102', 'gvanauf@classicmodelcars.com', '3', 1143, 'Sales Rep'),
  (1337, 'Bondur', 'Loui', 'x6493', 'lbondur@classicmodelcars.com', '4', 1102, 'Sales Rep'),
  (1370, 'Hernandez', 'Gerard', 'x2028', 'ghernande@classicmodelcars.com', '4', 1102, 'Sales Rep'),
  (1401, 'Castillo', 'Pamela', 'x2759', 'pcastillo@classicmodelcars.com', '4', 1102, 'Sales Rep'),
  (1501, 'Bott', 'Larry', 'x2311', 'lbott@classicmodelcars.com', '7', 1102, 'Sales Rep'),
  (1504, 'Jones', 'Barry', 'x102', 'bjones@classicmodelcars.com', '7', 1102, 'Sales Rep'),
  (1611, 'Fixter', 'Andy', 'x101', 'afixter@classicmodelcars.com', '6', 1088, 'Sales Rep'),
  (1612, 'Marsh', 'Peter', 'x102', 'pmarsh@classicmodelcars.com', '6', 1088, 'Sales Rep'),
  (1619, 'King', 'Tom', 'x103', 'tking@classicmodelcars.com', '6', 1088, 'Sales Rep'),
  (1621, 'Nishi', 'Mami', 'x101', 'mnishi@classicmodelcars.com', '5', 1056, 'Sales Rep'),
  (1625, 'Kato', 'Yoshimi', 'x102', 'ykato@classicmodelcars.com', '5', 1621, 'Sales Rep'),
  (1702, 'Gerard', 'Martin', 'x2312', 'mgerard@classicmodelcars.com', '4', 1102, 'Sales Rep');

INSERT INTO customers
SELECT 100 + n,
       (ARRAY['Atelier graphique','Signal Gift Stores','Australian Collectors, Co.','La Rochelle Gifts',
              'Baane Mini Imports','Mini Gifts Distributors Ltd.','Havel & Zbyszek Co','Blauer See Auto, Co.',
              'Mini Wheels Co.','Land of Toys Inc.','Euro+ Shopping Channel','Volvo Model Replicas, Co',
              'Danish Wholesale Imports','Saveley & Henriot, Co.','Dragon Souveniers, Ltd.','Muscle Machine Inc',
              'Diecast Classics Inc.','Technics Stores Inc.','Handji Gifts& Co','Herkku Gifts',
              'American Souvenirs Inc','Porto Imports Co.','Daedalus Designs Imports','La Corne D''abondance, Co.',
              'Cambridge Collectables Co.','Gift Depot Inc.','Osaka Souveniers Co.','Vitachrome Inc.',
              'Toys of Finland, Co.','AV Stores, Co.','Clover Collections, Co.','Auto-Moto Classics Inc.',
              'UK Collectables, Ltd.','Canadian Gift Exchange Network','Online Mini Collectables',
              'Toys4GrownUps.com','Asian Shopping Network, Co','Mini Caravy','King Kong Collectables, Co.',
              'Enaco Distributors','Boards & Toys Co.','Natürlich Autos','Heintze Collectables',
              'Québec Home Shopping Network','ANG Resellers','Collectable Mini Designs Co.',
              'giftsbymail.co.uk','Alpha Cognac','Messner Shopping Network','Amica Models & Co.',
              'Lyon Souveniers','Auto Associés & Cie.','Toms Spezialitäten, Ltd','Royal Canadian Collectables, Ltd.',
              'Franken Gifts, Co','Anna''s Decorations, Ltd','Rovelli Gifts','Souveniers And Things Co.',
              'Marta''s Replicas Co.','BG&E Collectables','Vida Sport, Ltd','Norway Gifts By Mail, Co.',
              'Schuyler Imports','Der Hund Imports','Oulu Toy Supplies, Inc.','Petit Auto',
              'Mini Classics','Mini Creations Ltd.','Corporate Gift Ideas Co.','Down Under Souveniers, Inc',
              'Stylish Desk Decors, Co.','Tekni Collectables Inc.','Australian Gift Network, Co',
              'Suominen Souveniers','Cramer Spezialitäten, Ltd','Classic Gift Ideas, Inc',
              'CAF Imports','Men ''R'' US Retailers, Ltd.','Asian Treasures, Inc.','Marseille Mini Autos',
              'Reims Collectables','SAR Distributors, Co','GiftsForHim.com','Kommission Auto',
              'Gifts4AllAges.com','Online Diecast Creations Co.','Lisboa Souveniers, Inc',
              'Precious Collectables','Collectables For Less Inc.','Auto Canal+ Petit',
              'Extreme Desk Decorations, Ltd','Bavarian Collectables Imports, Co.','Classic Legends Inc.',
              'Feuer Online Stores, Inc','Gift Ideas Corp.','Scandinavian Gift Ideas','The Sharp Gifts Warehouse',
              'Mini Auto Werke','Super Scale Inc.','Microscale Inc.','Corrida Auto Replicas, Ltd',
              'Warburg Exchange','FunGiftIdeas.com','Anton Designs, Ltd.','Australian Collectables, Ltd',
              'Frau da Collezione','West Coast Collectables Co.','Mit Vergnügen & Co.','Kremlin Collectables, Co.',
              'Raanan Stores, Inc','Iberia Gift Imports, Corp.','Motor Mint Distributors Inc.',
              'Signal Collectibles Ltd.','Double Decker Gift Stores, Ltd','Diecast Collectables',
              'Kelly''s Gift Shop'])[n],
       'Last' || n, 'First' || n, '555-' || n, n || ' Main St',
       (ARRAY['Nantes','Las Vegas','Melbourne','Stavern','Warszawa','NYC','Frankfurt','Madrid','Lule',
              'San Rafael','Paris','Singapore','Liverpool','Cambridge','Bergamo','Oslo','Tokyo',
              'Boston','Helsinki','Sydney','London','Lyon','Reims','Marseille','Lisboa','Munich',
              'Brisbane','Osaka','Barcelona','Aarhus','Glendale','Vancouver','Montreal','Milan','Torino',
              'Brussels','Burlingame','New Haven','Allentown','Manchester','Stuttgart','Salzburg',
              'Toulouse','Bern','Geneva','Oulu','Dublin','Auckland','Cork','Lille','Strasbourg',
              'Versailles','Hamburg','Bremen','Vienna','Graz','Kobenhavn','Odense','Bruxelles'])[1 + n % 59],
       NULL, lpad((n * 97 % 99999)::text, 5, '0'),
       (ARRAY['France','USA','Australia','Norway','Poland','USA','Germany','Spain','Sweden','USA',
              'France','Singapore','UK','USA','Italy','Norway','Japan','USA','Finland','Australia',
              'UK','France','France','France','Portugal','Germany','Australia','Japan','Spain','Denmark',
              'USA','Canada','Canada','Italy','Italy','Belgium','USA','USA','USA','UK','Germany','Austria',
              'France','Switzerland','Switzerland','Finland','Ireland','New Zealand','Ireland','France',
              'France','France','Germany','Germany','Austria','Austria','Denmark','Denmark','Belgium'])[1 + n % 59],
       (ARRAY[1165,1166,1188,1216,1286,1323,1337,1370,1401,1501,1504,1611,1612,1621,1702])[1 + n % 15],
       10000 * (n % 15)
FROM generate_series(1, 116) AS n;

INSERT INTO orders
SELECT 10100 + n, DATE '2003-01-06' + (n * 880 / 326), DATE '2003-01-13' + (n * 880 / 326),
       CASE WHEN n % 25 = 0 THEN NULL ELSE DATE '2003-01-10' + (n * 880 / 326) END,
       (ARRAY['Shipped','Shipped','Shipped','Shipped','Resolved','Cancelled','On Hold','Disputed','In Process'])[1 + n % 9],
       NULL, 100 + 1 + (n * 7) % 116
FROM generate_series(1, 326) AS n;

INSERT INTO orderdetails
SELECT o.order_number, p.product_code, 20 + (o.order_number * k) % 30, p.msrp * 0.9, k
FROM orders o
CROSS JOIN generate_series(1, 4) AS k
JOIN (SELECT product_code, msrp, row_number() OVER (ORDER BY product_code) AS r FROM products) p
  ON p.r = 1 + (o.order_number * (k + 2) + k * 13) % 109
ON CONFLICT DO NOTHING;

INSERT INTO payments
SELECT c.customer_number, 'CHK' || (100000 + n), DATE '2003-02-01' + (n * 870 / 273), 1000 + (n * 4513) % 90000
FROM generate_series(1, 273) AS n
JOIN customers c ON c.customer_number = 100 + 1 + (n * 11) % 116;
