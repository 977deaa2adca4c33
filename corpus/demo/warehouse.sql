-- askpg demo warehouse
--
-- A small, fictional retail + FinOps warehouse that `askpg demo` loads into a
-- fresh private PostgreSQL database (schema public). Every value is computed
-- from generate_series, integer/date arithmetic and md5 hashing, so loading the
-- file twice yields byte-identical data. No random(), no now(), no extensions.
--
-- Sales data: 2022-01-01 .. 2025-12-31. Cloud cost data: 2024-01-01 .. 2025-12-31.
-- All money is in US dollars (USD).
--
-- The file is a single batch of plain SQL statements (no psql meta-commands).
-- Helper objects live in pg_temp and are dropped at the end.

-------------------------------------------------------------------------------
-- Helpers (session-local, dropped at the end)
-------------------------------------------------------------------------------

-- Deterministic pseudo-random number in [0, 1) derived from a seed string.
CREATE FUNCTION pg_temp.u(seed text) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT ('x' || substr(md5(seed), 1, 13))::bit(52)::bigint / 4503599627370496.0::double precision $$;

-- The i-th (1..4) of four independent numbers in [0, 1) packed in one md5 hex digest.
CREATE FUNCTION pg_temp.uh(h text, i integer) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT ('x' || substr(h, 8 * i - 7, 8))::bit(32)::bigint / 4294967296.0::double precision $$;

-- Lower-case ASCII slug used to build e-mail addresses from names.
-- Uses plain replace() so it behaves the same in UTF8 and SQL_ASCII databases.
CREATE FUNCTION pg_temp.slug(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT regexp_replace(lower(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
  replace(replace(replace(replace(
    t,
    'á','a'),'à','a'),'â','a'),'ã','a'),'ä','a'),'é','e'),'è','e'),'ê','e'),'ë','e'),'í','i'),
    'î','i'),'ó','o'),'ô','o'),'õ','o'),'ö','o'),'ú','u'),'ü','u'),'ç','c'),'ñ','n'),'ł','l'),
    'ś','s'),'ź','z'),'ż','z'),'ć','c'),'ń','n'),'ę','e'),'ą','a'),'É','E'),'Ł','L'),'Ś','S'),
    'Ż','Z'),'Ö','O'),'Ü','U'),'å','a')
  ), '[^a-z0-9]', '', 'g') $$;

-- Start of the Black Friday .. Cyber Monday window (Friday after US Thanksgiving).
CREATE FUNCTION pg_temp.black_friday(yr integer) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT make_date(yr, 11, 1)
           + ((11 - extract(isodow FROM make_date(yr, 11, 1))::int) % 7)  -- first Thursday
           + 21 + 1 $$;                                                    -- 4th Thursday + 1

-- Session settings for the one-off generator queries (JIT only slows them down; sorts fit
-- in memory); both are reset at the end.
SET jit = off;
SET work_mem = '64MB';

DROP TABLE IF EXISTS order_lines, orders, products, product_categories,
                     customers, regions, cloud_costs, teams CASCADE;

-------------------------------------------------------------------------------
-- regions
-------------------------------------------------------------------------------
CREATE TABLE regions (
    region_id   smallint PRIMARY KEY,
    region_code text     NOT NULL UNIQUE,
    region_name text     NOT NULL UNIQUE
);
COMMENT ON TABLE regions IS
  'Sales regions (geographic groupings of customer countries). 5 rows.';
COMMENT ON COLUMN regions.region_id IS 'Primary key of the sales region.';
COMMENT ON COLUMN regions.region_code IS
  'Short code: NA, LATAM, EU, APAC or MEA.';
COMMENT ON COLUMN regions.region_name IS
  'Region name: North America, Latin America, Europe, Asia Pacific, Middle East & Africa.';

INSERT INTO regions (region_id, region_code, region_name) VALUES
  (1, 'NA',    'North America'),
  (2, 'LATAM', 'Latin America'),
  (3, 'EU',    'Europe'),
  (4, 'APAC',  'Asia Pacific'),
  (5, 'MEA',   'Middle East & Africa');

-------------------------------------------------------------------------------
-- customers
-------------------------------------------------------------------------------
CREATE TABLE customers (
    customer_id   integer  PRIMARY KEY,
    customer_name text     NOT NULL,
    contact_name  text     NOT NULL,
    email         text     NOT NULL UNIQUE,
    segment       text     NOT NULL CHECK (segment IN ('Enterprise', 'SMB', 'Consumer')),
    country       text     NOT NULL,
    country_code  char(2)  NOT NULL,
    city          text     NOT NULL,
    region_id     smallint NOT NULL REFERENCES regions (region_id),
    signup_date   date     NOT NULL
);
COMMENT ON TABLE customers IS
  'Customers who can place orders: companies (segments Enterprise and SMB) and individual '
  'consumers. One row per customer account. customer_id increases with signup_date.';
COMMENT ON COLUMN customers.customer_id IS 'Primary key of the customer.';
COMMENT ON COLUMN customers.customer_name IS
  'Display name: the company name for Enterprise/SMB customers, the person''s full name for Consumer customers.';
COMMENT ON COLUMN customers.contact_name IS
  'Full name of the main contact person (same as customer_name for consumers).';
COMMENT ON COLUMN customers.email IS
  'E-mail address of the contact (fictional, on reserved example domains). Unique.';
COMMENT ON COLUMN customers.segment IS
  'Customer segment: Enterprise (large companies, contract discounts, big orders), '
  'SMB (small and medium businesses) or Consumer (private individuals).';
COMMENT ON COLUMN customers.country IS
  'Billing country, full English name (e.g. Brazil, United States, Germany).';
COMMENT ON COLUMN customers.country_code IS
  'ISO 3166-1 alpha-2 code of the billing country (e.g. BR, US, DE).';
COMMENT ON COLUMN customers.city IS 'Billing city.';
COMMENT ON COLUMN customers.region_id IS
  'Sales region of the billing country; references regions.region_id.';
COMMENT ON COLUMN customers.signup_date IS
  'Date the customer account was created (January 2020 .. November 2025). No order predates it.';

CREATE TEMP TABLE _country (ord, country, country_code, region_id, weight, pool, cities, legal) AS VALUES
  ( 1, 'United States',        'US', 1, 30, 'en', ARRAY['New York','San Francisco','Chicago','Austin','Seattle','Boston','Atlanta','Denver','Los Angeles','Miami'], 'Inc.'),
  ( 2, 'Canada',               'CA', 1,  6, 'en', ARRAY['Toronto','Vancouver','Montreal','Calgary','Ottawa'], 'Inc.'),
  ( 3, 'Mexico',               'MX', 2,  5, 'es', ARRAY['Mexico City','Guadalajara','Monterrey','Puebla'], 'S.A. de C.V.'),
  ( 4, 'Brazil',               'BR', 2,  7, 'pt', ARRAY['São Paulo','Rio de Janeiro','Belo Horizonte','Curitiba','Porto Alegre'], 'Ltda.'),
  ( 5, 'Argentina',            'AR', 2,  3, 'es', ARRAY['Buenos Aires','Córdoba','Rosario'], 'S.A.'),
  ( 6, 'Chile',                'CL', 2,  2, 'es', ARRAY['Santiago','Valparaíso','Concepción'], 'SpA'),
  ( 7, 'Colombia',             'CO', 2,  2, 'es', ARRAY['Bogotá','Medellín','Cali'], 'S.A.S.'),
  ( 8, 'United Kingdom',       'GB', 3,  7, 'en', ARRAY['London','Manchester','Edinburgh','Bristol','Leeds'], 'Ltd'),
  ( 9, 'Ireland',              'IE', 3,  1, 'en', ARRAY['Dublin','Cork','Galway'], 'Ltd'),
  (10, 'Germany',              'DE', 3,  7, 'de', ARRAY['Berlin','Munich','Hamburg','Frankfurt','Cologne'], 'GmbH'),
  (11, 'France',               'FR', 3,  5, 'fr', ARRAY['Paris','Lyon','Marseille','Toulouse','Lille'], 'SAS'),
  (12, 'Spain',                'ES', 3,  3, 'es', ARRAY['Madrid','Barcelona','Valencia','Seville'], 'S.L.'),
  (13, 'Italy',                'IT', 3,  3, 'it', ARRAY['Milan','Rome','Turin','Bologna'], 'S.r.l.'),
  (14, 'Netherlands',          'NL', 3,  3, 'nl', ARRAY['Amsterdam','Rotterdam','Utrecht','Eindhoven'], 'B.V.'),
  (15, 'Sweden',               'SE', 3,  2, 'sv', ARRAY['Stockholm','Gothenburg','Malmö'], 'AB'),
  (16, 'Poland',               'PL', 3,  2, 'pl', ARRAY['Warsaw','Kraków','Wrocław','Gdańsk'], 'Sp. z o.o.'),
  (17, 'Japan',                'JP', 4,  5, 'ja', ARRAY['Tokyo','Osaka','Yokohama','Nagoya','Fukuoka'], 'K.K.'),
  (18, 'Australia',            'AU', 4,  4, 'en', ARRAY['Sydney','Melbourne','Brisbane','Perth'], 'Pty Ltd'),
  (19, 'India',                'IN', 4,  5, 'in', ARRAY['Bengaluru','Mumbai','Delhi','Hyderabad','Pune','Chennai'], 'Pvt. Ltd.'),
  (20, 'Singapore',            'SG', 4,  2, 'sg', ARRAY['Singapore'], 'Pte. Ltd.'),
  (21, 'South Korea',          'KR', 4,  2, 'ko', ARRAY['Seoul','Busan','Incheon'], 'Co., Ltd.'),
  (22, 'New Zealand',          'NZ', 4,  1, 'en', ARRAY['Auckland','Wellington','Christchurch'], 'Ltd'),
  (23, 'United Arab Emirates', 'AE', 5,  2, 'ar', ARRAY['Dubai','Abu Dhabi','Sharjah'], 'LLC'),
  (24, 'Saudi Arabia',         'SA', 5,  1, 'ar', ARRAY['Riyadh','Jeddah','Dammam'], 'LLC'),
  (25, 'Egypt',                'EG', 5,  1, 'ar', ARRAY['Cairo','Alexandria','Giza'], 'S.A.E.'),
  (26, 'South Africa',         'ZA', 5,  2, 'za', ARRAY['Johannesburg','Cape Town','Durban','Pretoria'], 'Pty Ltd'),
  (27, 'Nigeria',              'NG', 5,  1, 'ng', ARRAY['Lagos','Abuja','Port Harcourt'], 'Ltd');

CREATE TEMP TABLE _names (pool, first_names, last_names) AS VALUES
  ('en', ARRAY['James','Mary','Michael','Jennifer','David','Emily','Daniel','Sarah','Chris','Jessica','Andrew','Olivia','Kevin','Megan','Ryan','Rachel','Brian','Laura','Ethan','Grace','Noah','Hannah','Samuel','Chloe'],
         ARRAY['Smith','Johnson','Williams','Brown','Jones','Miller','Davis','Wilson','Anderson','Taylor','Thomas','Moore','Martin','Thompson','White','Harris','Clark','Lewis','Walker','Hall','Young','King','Wright','Scott','Green','Baker','Campbell','Mitchell','Roberts','Carter','Reed','Cooper']),
  ('es', ARRAY['Carlos','María','José','Ana','Luis','Camila','Diego','Valentina','Miguel','Sofía','Andrés','Lucía','Javier','Daniela','Alejandro','Paula','Mateo','Isabel','Fernando','Carmen'],
         ARRAY['García','Martínez','López','González','Hernández','Pérez','Sánchez','Ramírez','Torres','Flores','Rojas','Castro','Morales','Ortiz','Vargas','Ruiz','Díaz','Romero','Navarro','Molina']),
  ('pt', ARRAY['João','Maria','Pedro','Ana','Lucas','Juliana','Rafael','Fernanda','Gabriel','Beatriz','Thiago','Larissa','Mateus','Camila','Bruno','Letícia','Felipe','Mariana','Gustavo','Carolina'],
         ARRAY['Silva','Santos','Oliveira','Souza','Pereira','Costa','Rodrigues','Almeida','Nascimento','Lima','Araújo','Ferreira','Ribeiro','Carvalho','Gomes','Martins','Rocha','Barbosa','Cardoso','Teixeira']),
  ('de', ARRAY['Lukas','Anna','Maximilian','Lena','Felix','Laura','Jonas','Sophie','Leon','Marie','Paul','Hannah','Tobias','Julia','Niklas','Katharina','Jan','Lea','Stefan','Sabine'],
         ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann','Koch','Richter','Klein','Wolf','Neumann','Schwarz','Braun','Zimmermann','Krüger','Hartmann']),
  ('fr', ARRAY['Hugo','Léa','Louis','Chloé','Gabriel','Manon','Arthur','Camille','Jules','Inès','Lucas','Sarah','Nathan','Julie','Thomas','Émilie','Antoine','Claire','Mathieu','Pauline'],
         ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau','Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier']),
  ('it', ARRAY['Luca','Giulia','Marco','Francesca','Alessandro','Chiara','Matteo','Sara','Lorenzo','Martina','Andrea','Elena','Davide','Valentina','Simone','Federica','Giorgio','Alessia','Riccardo','Silvia'],
         ARRAY['Rossi','Russo','Ferrari','Esposito','Bianchi','Romano','Colombo','Ricci','Marino','Greco','Bruno','Gallo','Conti','Costa','Giordano','Mancini','Rizzo','Lombardi','Moretti','Barbieri']),
  ('nl', ARRAY['Daan','Emma','Sem','Julia','Lucas','Sophie','Milan','Tess','Thijs','Anouk','Bram','Lotte','Ruben','Fleur','Jesse','Sanne','Lars','Eva','Niels','Iris'],
         ARRAY['Jansen','Bakker','Visser','Smit','Meijer','Mulder','Bos','Vos','Peters','Hendriks','Dekker','Brouwer','Dijkstra','Kok','Jacobs','Vermeulen','Willems','Hoekstra','Koster','Prins']),
  ('sv', ARRAY['Erik','Anna','Lars','Maria','Johan','Karin','Anders','Eva','Oskar','Elin','Gustav','Sara','Nils','Emma','Axel','Linnea','Henrik','Ingrid','Olof','Maja'],
         ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson','Gustafsson','Pettersson','Jonsson','Lindberg','Lindqvist','Berg','Lundgren','Holm','Ekström','Sandberg','Nyström']),
  ('pl', ARRAY['Jakub','Anna','Mateusz','Zofia','Piotr','Katarzyna','Krzysztof','Magdalena','Tomasz','Agnieszka','Michał','Joanna','Paweł','Aleksandra','Marcin','Natalia','Kamil','Monika','Łukasz','Ewa'],
         ARRAY['Nowak','Kowalski','Wiśniewski','Wójcik','Kowalczyk','Kamiński','Lewandowski','Zieliński','Szymański','Woźniak','Dąbrowski','Kozłowski','Jankowski','Mazur','Kwiatkowski','Krawczyk','Piotrowski','Grabowski','Pawlak','Michalski']),
  ('ja', ARRAY['Haruto','Yui','Sota','Hina','Yuto','Aoi','Riku','Sakura','Kenji','Yuki','Hiroshi','Akiko','Takumi','Emi','Daiki','Naomi','Ren','Mio','Kaito','Ayaka'],
         ARRAY['Sato','Suzuki','Takahashi','Tanaka','Watanabe','Ito','Yamamoto','Nakamura','Kobayashi','Kato','Yoshida','Yamada','Sasaki','Yamaguchi','Matsumoto','Inoue','Kimura','Hayashi','Shimizu','Mori']),
  ('in', ARRAY['Arjun','Priya','Rahul','Ananya','Vikram','Sneha','Rohan','Kavya','Aditya','Pooja','Karan','Divya','Amit','Neha','Siddharth','Meera','Sanjay','Anjali','Varun','Lakshmi'],
         ARRAY['Sharma','Patel','Singh','Gupta','Kumar','Reddy','Iyer','Nair','Mehta','Joshi','Rao','Desai','Verma','Agarwal','Chopra','Bose','Menon','Pillai','Kapoor','Malhotra']),
  ('sg', ARRAY['Wei','Mei','Jun','Hui','Ming','Xin','Kai','Ling','Hao','Yan','Siti','Farah','Ahmad','Aisyah','Ravi','Divya','Ethan','Chloe','Ryan','Rachel'],
         ARRAY['Tan','Lim','Lee','Ng','Ong','Wong','Goh','Chua','Chan','Koh','Teo','Ang','Yeo','Tay','Ho','Low','Toh','Sim','Chong','Yap']),
  ('ko', ARRAY['Min-jun','Seo-yeon','Ji-ho','Ha-eun','Do-yun','Ji-woo','Seo-jun','Soo-ah','Joon-ho','Ye-jin','Hyun-woo','Eun-ji','Sung-min','Da-eun','Jae-won','Yu-na','Tae-yang','Min-seo','Dong-hyun','Hye-jin'],
         ARRAY['Kim','Lee','Park','Choi','Jung','Kang','Cho','Yoon','Jang','Lim','Han','Oh','Seo','Shin','Kwon','Hwang','Ahn','Song','Yoo','Hong']),
  ('ar', ARRAY['Mohammed','Fatima','Ahmed','Aisha','Omar','Mariam','Ali','Noura','Khalid','Layla','Youssef','Sara','Hassan','Huda','Ibrahim','Reem','Tariq','Salma','Faisal','Dana'],
         ARRAY['Al-Mansouri','Al-Hashimi','Haddad','Khalil','Nasser','Saleh','Hamdan','Farouk','Aziz','Rahman','Qasim','Mansour','Hussein','Karim','Sharif','Abbas','Darwish','Suleiman','Bakr','Zayed']),
  ('za', ARRAY['Thabo','Naledi','Sipho','Lerato','Pieter','Anika','Johan','Zanele','Bongani','Nomvula','Ruan','Lindiwe','Kagiso','Thandi','Willem','Palesa','Mandla','Elize','Tshepo','Refilwe'],
         ARRAY['Nkosi','Dlamini','Botha','Naidoo','Mokoena','Khumalo','Pretorius','Smit','Ndlovu','Mthembu','Venter','Coetzee','Zulu','Maharaj','Steyn','Mahlangu','Fourie','Sithole','Jacobs','Moloi']),
  ('ng', ARRAY['Chinedu','Ngozi','Emeka','Amaka','Tunde','Funke','Ibrahim','Aisha','Oluwaseun','Chioma','Ifeanyi','Yetunde','Segun','Halima','Obinna','Adaeze','Musa','Zainab','Kelechi','Bukola'],
         ARRAY['Okafor','Adeyemi','Okonkwo','Balogun','Eze','Bello','Obi','Adebayo','Nwosu','Ogunleye','Abubakar','Okeke','Olawale','Uche','Ibekwe','Lawal','Nnamdi','Afolabi','Onyekachi','Danjuma']);

INSERT INTO customers (customer_id, customer_name, contact_name, email, segment,
                       country, country_code, city, region_id, signup_date)
WITH base AS MATERIALIZED (
    SELECT g,
           pg_temp.u('cust-seg-' || g) AS u_seg,
           floor(pg_temp.u('cust-country-' || g) * 114)::int AS country_pick,  -- 114 = sum of weights
           -- signups accelerate over time: cumulative count ~ t^(1/0.8)
           greatest(0, floor(2160 * power(g / 2000.0, 0.8))::int
                       - floor(pg_temp.u('cust-jitter-' || g) * 6)::int) AS signup_offset
    FROM generate_series(1, 2000) AS g
), placed AS MATERIALIZED (
    SELECT b.g,
           CASE WHEN b.u_seg < 0.10 THEN 'Enterprise'
                WHEN b.u_seg < 0.45 THEN 'SMB'
                ELSE 'Consumer' END AS segment,
           c.country, c.country_code, c.region_id, c.pool, c.legal,
           c.cities[1 + floor(pg_temp.u('cust-city-' || b.g) * cardinality(c.cities))::int] AS city,
           date '2020-01-01' + b.signup_offset AS signup_date
    FROM base b
    JOIN (SELECT *, sum(weight) OVER (ORDER BY ord) AS cum_hi FROM _country) c
      ON b.country_pick >= c.cum_hi - c.weight AND b.country_pick < c.cum_hi
), numbered AS MATERIALIZED (
    SELECT p.*,
           row_number() OVER (ORDER BY p.signup_date, p.g)::int AS customer_id,
           n.first_names[1 + floor(pg_temp.u('cust-first-' || p.g) * cardinality(n.first_names))::int] AS first_name,
           n.last_names [1 + floor(pg_temp.u('cust-last-'  || p.g) * cardinality(n.last_names))::int]  AS last_name
    FROM placed p JOIN _names n USING (pool)
), biz AS (
    -- business customers get a unique company name: (prefix, industry) drawn by a permutation
    SELECT customer_id,
           ((row_number() OVER (ORDER BY customer_id) - 1) * 337 % 1000)::int AS k
    FROM numbered WHERE segment <> 'Consumer'
), named AS MATERIALIZED (
    SELECT n.*,
           (ARRAY['Blue Harbor','Ironbridge','Silverline','Redwood','Summit','Brightwater','Crestview','Granite Peak','Oakridge','Sterling',
                  'Meridian','Pinecrest','Harborview','Cobalt','Evergreen','Lakeshore','Falcon','Horizon','Keystone','Maple Leaf',
                  'Northstar','Orchid','Pioneer','Quantum','Riverbend','Sapphire','Tidewater','Union Square','Vanguard','Westbrook',
                  'Alder','Beacon','Cedar Grove','Driftwood','Elmstone','Foxglove','Goldcrest','Highland','Ashford','Juniper',
                  'Kingsway','Lighthouse','Moonstone','Nimbus','Oceanic','Parkside','Quarry Hill','Rosewood','Stonegate','Trillium'])[1 + b.k % 50]
           || ' ' ||
           (ARRAY['Logistics','Analytics','Foods','Health','Consulting','Manufacturing','Retail','Labs','Partners','Energy',
                  'Media','Software','Construction','Financial','Hospitality','Pharma','Education','Design','Robotics','Architects'])[1 + b.k / 50]
           AS company
    FROM numbered n LEFT JOIN biz b USING (customer_id)
)
SELECT customer_id,
       CASE WHEN segment = 'Consumer' THEN first_name || ' ' || last_name
            ELSE company || ' ' || legal END,
       first_name || ' ' || last_name,
       CASE WHEN segment = 'Consumer' THEN
                CASE floor(pg_temp.u('cust-mailstyle-' || customer_id) * 3)::int
                     WHEN 0 THEN pg_temp.slug(first_name) || '.' || pg_temp.slug(last_name)
                     WHEN 1 THEN left(pg_temp.slug(first_name), 1) || pg_temp.slug(last_name)
                     ELSE pg_temp.slug(first_name) || '_' || left(pg_temp.slug(last_name), 1)
                END || customer_id
                || (ARRAY['@example.com','@example.net','@example.org'])[1 + customer_id % 3]
            ELSE pg_temp.slug(first_name) || '.' || pg_temp.slug(last_name)
                 || '@' || pg_temp.slug(company) || '.example'
       END,
       segment, country, country_code, city, region_id, signup_date
FROM named;

CREATE INDEX customers_region_id_idx ON customers (region_id);
CREATE INDEX customers_country_idx ON customers (country);
ANALYZE customers;

-------------------------------------------------------------------------------
-- product_categories and products
-------------------------------------------------------------------------------
CREATE TABLE product_categories (
    category_id   smallint PRIMARY KEY,
    category_name text     NOT NULL UNIQUE,
    department    text     NOT NULL
);
COMMENT ON TABLE product_categories IS
  'Product categories, each belonging to one department (the parent grouping). 17 rows.';
COMMENT ON COLUMN product_categories.category_id IS 'Primary key of the product category.';
COMMENT ON COLUMN product_categories.category_name IS
  'Category name, e.g. Laptops, Office Furniture, Cookware, Cycling, Software.';
COMMENT ON COLUMN product_categories.department IS
  'Parent department of the category: Electronics, Office, Home & Kitchen, Outdoor & Sports, or Software & Services.';

CREATE TABLE products (
    product_id  integer       PRIMARY KEY,
    sku         text          NOT NULL UNIQUE,
    product_name text         NOT NULL UNIQUE,
    category_id smallint      NOT NULL REFERENCES product_categories (category_id),
    list_price  numeric(10,2) NOT NULL CHECK (list_price > 0),
    unit_cost   numeric(10,2) NOT NULL CHECK (unit_cost > 0)
);
COMMENT ON TABLE products IS
  'Product catalog (about 200 products). Prices here are the current (2025) list prices; '
  'the price actually charged on each sale is order_lines.unit_price.';
COMMENT ON COLUMN products.product_id IS 'Primary key of the product.';
COMMENT ON COLUMN products.sku IS 'Stock keeping unit code, e.g. LAP-1001 (prefix = category).';
COMMENT ON COLUMN products.product_name IS 'Product name: brand followed by the item, e.g. "Kestrel Pro 14 Laptop".';
COMMENT ON COLUMN products.category_id IS 'Product category; references product_categories.category_id.';
COMMENT ON COLUMN products.list_price IS
  'Current list price per unit in USD (2025 price list). Historical sale prices differ; use order_lines.unit_price for revenue.';
COMMENT ON COLUMN products.unit_cost IS
  'Current cost of goods per unit in USD (what we pay the supplier). Gross margin per unit = sale price - unit_cost.';

CREATE TEMP TABLE _category (category_id, category_name, department, sku_code, cost_lo, cost_hi, brands, items, prices) AS VALUES
  (1, 'Laptops', 'Electronics', 'LAP', 0.74, 0.84, ARRAY['Kestrel','Voltix','Lumora'],
   ARRAY['Air 13 Laptop','Pro 14 Laptop','Pro 16 Laptop','Chromebook 11','Workstation 17 Laptop','Convertible 2-in-1 13','Gaming Laptop 15','Business Laptop 14','Student Laptop 15','Ultralight 12 Laptop','Creator Laptop 16','Rugged Field Laptop 14'],
   ARRAY[999,1499,2299,299,2899,849,1699,1199,549,1099,1999,2399]),
  (2, 'Monitors', 'Electronics', 'MON', 0.70, 0.80, ARRAY['Lumora','Voltix','Clarion'],
   ARRAY['22" Office Monitor','24" Full HD Monitor','24" Touchscreen Monitor','27" QHD Monitor','27" 4K Monitor','27" Gaming Monitor 165Hz','32" 4K Monitor','34" Ultrawide Monitor','49" Super Ultrawide Monitor','15.6" Portable Monitor','32" Curved Monitor'],
   ARRAY[129,169,279,299,449,379,599,699,1199,219,399]),
  (3, 'Audio', 'Electronics', 'AUD', 0.55, 0.68, ARRAY['Sonara','Kestrel','Voltix'],
   ARRAY['Wireless Earbuds','Noise-Cancelling Headphones','Studio Headphones','Bluetooth Speaker Mini','Bluetooth Speaker Max','Soundbar 2.1','USB Conference Speakerphone','USB Podcast Microphone','Wireless Office Headset','Kids Headphones','Sports Earbuds','Bluetooth Turntable'],
   ARRAY[79,299,179,49,199,349,149,129,119,29,99,249]),
  (4, 'Smart Home', 'Electronics', 'SMH', 0.60, 0.70, ARRAY['Homelink','Lumora','Voltix'],
   ARRAY['Smart Speaker','Smart Display 8"','Video Doorbell','Indoor Security Camera','Outdoor Security Camera','Smart Thermostat','Smart Plug 2-Pack','Smart Bulb 4-Pack','Mesh Wi-Fi System 3-Pack','Smart Lock','Robot Vacuum','Air Quality Monitor'],
   ARRAY[99,149,179,59,149,249,29,49,349,229,399,129]),
  (5, 'Computer Accessories', 'Electronics', 'ACC', 0.45, 0.60, ARRAY['Kestrel','Voltix','Axion'],
   ARRAY['Wireless Mouse','Ergonomic Mouse','Mechanical Keyboard','Wireless Keyboard','USB-C Docking Station','USB-C Hub 7-in-1','1080p Webcam','4K Webcam','Aluminum Laptop Stand','Laptop Sleeve 14"','Laptop Backpack','Portable SSD 1TB','USB Flash Drive 128GB','USB-C Charging Cable 2m'],
   ARRAY[29,79,129,59,199,49,69,179,45,35,89,119,19,15]),
  (6, 'Networking', 'Electronics', 'NET', 0.62, 0.74, ARRAY['Axion','Netwave','Kestrel'],
   ARRAY['Wi-Fi 6 Router','8-Port Gigabit Switch','24-Port Managed Switch','2-Bay NAS','Powerline Adapter Kit','Cat6 Ethernet Cable 10-Pack','Wi-Fi Range Extender','Business Firewall Appliance','Ceiling Access Point'],
   ARRAY[149,39,299,329,69,29,59,699,179]),
  (7, 'Office Furniture', 'Office', 'FUR', 0.48, 0.60, ARRAY['Deskline','Ergoform','Oakhaven'],
   ARRAY['Ergonomic Office Chair','Executive Leather Chair','Task Chair','Electric Standing Desk','Standing Desk Converter','Writing Desk 48"','Conference Table 8ft','3-Drawer Filing Cabinet','5-Shelf Bookcase','LED Desk Lamp','Adjustable Footrest','Magnetic Whiteboard 4x3ft'],
   ARRAY[449,699,199,649,249,279,1499,229,149,59,39,129]),
  (8, 'Office Supplies', 'Office', 'SUP', 0.40, 0.55, ARRAY['Paperwell','Officio','Deskline'],
   ARRAY['Copy Paper 10-Ream Case','Ballpoint Pens 24-Pack','Gel Pens 12-Pack','Sticky Notes 12-Pack','Spiral Notebooks 5-Pack','Dry-Erase Markers 8-Pack','Heavy-Duty Stapler','Shipping Labels 1000ct','File Folders 100-Pack','Binder Clips Assorted','Desk Organizer','Highlighters 10-Pack','Envelopes #10 500ct','Packing Tape 6-Roll'],
   ARRAY[54,12,15,14,18,13,29,35,22,9,25,11,39,21]),
  (9, 'Printers & Ink', 'Office', 'PRT', 0.55, 0.70, ARRAY['Printwell','Officio','Clarion'],
   ARRAY['Mono Laser Printer','Color Laser Printer','All-in-One Inkjet Printer','Wide-Format Printer','Label Printer','Black Toner Cartridge','Color Toner Cartridge Set','Ink Cartridge Multipack','Document Scanner','Photo Paper 100 Sheets','Cross-Cut Shredder'],
   ARRAY[199,449,149,899,129,89,249,59,299,25,179]),
  (10, 'Kitchen Appliances', 'Home & Kitchen', 'KAP', 0.52, 0.62, ARRAY['Hearthwood','Copperleaf','Culinex'],
   ARRAY['Espresso Machine','Drip Coffee Maker','Burr Coffee Grinder','High-Speed Blender','Air Fryer 5qt','Stand Mixer','Electric Kettle','4-Slice Toaster','Multi-Cooker 8qt','Microwave Oven 1.2 cu ft','Food Processor','Water Filter Pitcher'],
   ARRAY[599,79,129,199,119,379,49,69,139,159,149,35]),
  (11, 'Cookware', 'Home & Kitchen', 'CKW', 0.45, 0.58, ARRAY['Copperleaf','Hearthwood','Culinex'],
   ARRAY['Nonstick Skillet 10"','Cast Iron Skillet 12"','Stainless Cookware Set 10-Piece','Dutch Oven 6qt','Chef''s Knife 8"','Knife Block Set 14-Piece','Cutting Board Set','Baking Sheet 2-Pack','Glass Food Storage Set','Saucepan 3qt','Carbon Steel Wok 14"','Digital Kitchen Scale'],
   ARRAY[39,49,299,99,89,199,39,29,45,59,69,25]),
  (12, 'Home Essentials', 'Home & Kitchen', 'HOM', 0.42, 0.55, ARRAY['Nestory','Softhaven','Hearthwood'],
   ARRAY['Cotton Sheet Set Queen','Down Alternative Comforter','Memory Foam Pillow 2-Pack','Bath Towel Set 6-Piece','Blackout Curtains 2-Panel','Area Rug 5x8','Knit Throw Blanket','Arc Floor Lamp','Wall Clock','Picture Frames 5-Pack','Scented Candle Set','Storage Baskets 3-Pack'],
   ARRAY[89,119,69,59,49,199,39,129,35,29,25,34]),
  (13, 'Camping & Hiking', 'Outdoor & Sports', 'CMP', 0.50, 0.62, ARRAY['Trailborne','Ridgeway','Northpine'],
   ARRAY['2-Person Tent','4-Person Tent','Sleeping Bag 20F','Insulated Sleeping Pad','Hiking Backpack 50L','Daypack 24L','Trekking Poles Pair','Headlamp 400lm','Camp Stove','Insulated Water Bottle 1L','Portable Water Filter','Folding Camp Chair'],
   ARRAY[199,329,129,79,179,69,59,35,79,32,45,59]),
  (14, 'Cycling', 'Outdoor & Sports', 'CYC', 0.58, 0.70, ARRAY['Velocita','Ridgeway','Trailborne'],
   ARRAY['Aluminum Road Bike','Hardtail Mountain Bike','Commuter E-Bike','Kids Bike 20"','Bike Helmet','U-Lock','Bike Light Set','Floor Pump','Cycling Jersey','Bike Repair Kit','Smart Bike Trainer'],
   ARRAY[1299,999,2199,249,69,49,39,45,65,29,699]),
  (15, 'Fitness', 'Outdoor & Sports', 'FIT', 0.50, 0.62, ARRAY['Corefit','Velocita','Ridgeway'],
   ARRAY['Yoga Mat','Adjustable Dumbbells 52.5lb','Kettlebell 35lb','Resistance Bands Set','Foam Roller','Folding Treadmill','Exercise Bike','Rowing Machine','Fitness Tracker','Smart Scale','Speed Jump Rope','Doorway Pull-Up Bar'],
   ARRAY[35,349,59,25,29,899,599,799,129,59,15,35]),
  (16, 'Software', 'Software & Services', 'SWL', 0.12, 0.28, ARRAY['Brightwave','Quillsoft','Axion'],
   ARRAY['Office Suite Annual License','Antivirus 5-Device 1-Year','Password Manager Business 1-Year','Photo Editor Pro License','Video Editor Pro License','Cloud Backup 1TB 1-Year','VPN 1-Year','PDF Editor License','Accounting Software 1-Year','Project Management Seat 1-Year','Design Suite Seat 1-Year'],
   ARRAY[99,59,48,149,249,69,49,129,399,120,599]),
  (17, 'Services & Warranties', 'Software & Services', 'SVC', 0.30, 0.50, ARRAY['CarePlus','Brightwave','Axion'],
   ARRAY['Extended Warranty 1-Year','Extended Warranty 2-Year','Accidental Damage Protection','On-Site Setup Service','Priority Support 1-Year','Data Migration Service','Device Recycling Service','Remote IT Support Monthly','Network Installation Service','Training Workshop Seat','Enterprise Premium Support 1-Year'],
   ARRAY[129,219,149,199,299,149,25,79,499,349,1999]);

INSERT INTO product_categories (category_id, category_name, department)
SELECT category_id, category_name, department FROM _category;

INSERT INTO products (product_id, sku, product_name, category_id, list_price, unit_cost)
WITH items AS (
    SELECT c.category_id, c.sku_code, c.cost_lo, c.cost_hi, c.brands, i.item, i.price, i.ord,
           row_number() OVER (ORDER BY c.category_id, i.ord)::int AS product_id
    FROM _category c
    CROSS JOIN LATERAL unnest(c.items, c.prices) WITH ORDINALITY AS i(item, price, ord)
)
SELECT product_id,
       sku_code || '-' || (1000 + product_id),
       brands[1 + floor(pg_temp.u('prod-brand-' || product_id) * cardinality(brands))::int] || ' ' || item,
       category_id,
       price + 0.99,
       round((price + 0.99) * (cost_lo + (cost_hi - cost_lo) * pg_temp.u('prod-cost-' || product_id))::numeric, 2)
FROM items;

CREATE INDEX products_category_id_idx ON products (category_id);
ANALYZE product_categories;
ANALYZE products;

-------------------------------------------------------------------------------
-- orders
-------------------------------------------------------------------------------
CREATE TABLE orders (
    order_id    integer PRIMARY KEY,
    customer_id integer NOT NULL,   -- references customers (constraint added after loading)
    order_date  date    NOT NULL,
    status      text    NOT NULL CHECK (status IN ('completed', 'cancelled', 'refunded', 'pending')),
    channel     text    NOT NULL CHECK (channel IN ('web', 'store', 'partner'))
);
COMMENT ON TABLE orders IS
  'Sales orders (header), one row per order, 2022-01-01 .. 2025-12-31. Amounts are on order_lines. '
  'Revenue questions normally count only status = ''completed'' orders. order_id increases with order_date.';
COMMENT ON COLUMN orders.order_id IS 'Primary key of the order.';
COMMENT ON COLUMN orders.customer_id IS 'Customer who placed the order; references customers.customer_id.';
COMMENT ON COLUMN orders.order_date IS 'Calendar date the order was placed (no time of day).';
COMMENT ON COLUMN orders.status IS
  'Order status: completed = delivered and paid (counts as revenue); cancelled = cancelled before shipping, never paid; '
  'refunded = delivered then fully refunded (not revenue); pending = placed but not yet fulfilled (only late December 2025).';
COMMENT ON COLUMN orders.channel IS
  'Sales channel: web = our online shop, store = physical retail stores, partner = resellers and B2B partners.';

-- Sales calendar: relative order intensity per day and segment, with a running total
-- so that order dates can be drawn by inverse-CDF lookup.
CREATE TEMP TABLE _calendar AS
WITH days AS (
    SELECT date '2022-01-01' + i AS d FROM generate_series(0, date '2025-12-31' - date '2022-01-01') AS i
), f AS (
    SELECT s.segment, days.d,
           CASE WHEN days.d BETWEEN pg_temp.black_friday(extract(year FROM days.d)::int)
                                AND pg_temp.black_friday(extract(year FROM days.d)::int) + 3 THEN 2
                WHEN extract(month FROM days.d) = 12 AND extract(day FROM days.d) <= 24 THEN 1
                ELSE 0 END AS promo,      -- 2 = Black Friday..Cyber Monday, 1 = December holiday sale
           -- month seasonality (holiday peak)
           (ARRAY[0.85,0.82,0.95,0.97,1.00,0.95,0.90,0.92,1.00,1.05,1.35,1.55])[extract(month FROM days.d)::int]
           -- weekday pattern: consumers shop at weekends, businesses on weekdays
           * CASE WHEN extract(isodow FROM days.d) >= 6
                  THEN CASE s.segment WHEN 'Consumer' THEN 1.25 WHEN 'SMB' THEN 0.60 ELSE 0.30 END
                  ELSE CASE s.segment WHEN 'Consumer' THEN 0.90 WHEN 'SMB' THEN 1.15 ELSE 1.28 END END
           -- macro trend: 2023 slowdown, 2025 recovery
           * (ARRAY[1.00,0.88,1.00,1.12])[extract(year FROM days.d)::int - 2021]
           -- special days
           * CASE WHEN days.d = date '2024-08-14' THEN 0.25            -- web shop outage
                  WHEN extract(month FROM days.d) = 12 AND extract(day FROM days.d) = 25 THEN 0.30
                  WHEN extract(month FROM days.d) = 1 AND extract(day FROM days.d) = 1 THEN 0.50
                  ELSE 1.0 END AS w0
    FROM days CROSS JOIN (VALUES ('Enterprise'), ('SMB'), ('Consumer')) AS s(segment)
), w AS (
    SELECT segment, d, promo,
           (w0 * CASE WHEN promo = 2 THEN CASE segment WHEN 'Consumer' THEN 4.0 WHEN 'SMB' THEN 2.0 ELSE 1.0 END
                      ELSE 1.0 END)::double precision AS w
    FROM f
)
SELECT segment, d, promo, w,
       sum(w) OVER (PARTITION BY segment ORDER BY d) - w AS cum_lo
FROM w;
CREATE INDEX ON _calendar (segment, d);
ANALYZE _calendar;

INSERT INTO orders (order_id, customer_id, order_date, status, channel)
WITH cust AS MATERIALIZED (
    SELECT c.customer_id, c.segment,
           greatest(c.signup_date, date '2022-01-01') AS win_start,
           -- some customers churn: they stop ordering at a fixed date after signup
           CASE WHEN pg_temp.u('churn-' || c.customer_id)
                     < CASE c.segment WHEN 'Enterprise' THEN 0.08 WHEN 'SMB' THEN 0.25 ELSE 0.35 END
                THEN least(date '2025-12-31',
                           c.signup_date + 90 + floor(pg_temp.u('churn-at-' || c.customer_id) * 1800)::int)
                ELSE date '2025-12-31' END AS win_end,
           -- orders per year: segment base rate x heavy-tailed (log-normal-ish) activity level
           CASE c.segment WHEN 'Enterprise' THEN 30.0 WHEN 'SMB' THEN 12.0 ELSE 4.0 END
             * exp(( 0.9 * 1.7320508 * (pg_temp.u('act1-' || c.customer_id) + pg_temp.u('act2-' || c.customer_id)
                                      + pg_temp.u('act3-' || c.customer_id) + pg_temp.u('act4-' || c.customer_id) - 2.0)
                     - 0.405)::numeric)::double precision AS rate
    FROM customers c
), win AS MATERIALIZED (
    -- calendar weight covered by each customer's active window
    SELECT c.customer_id, c.segment, c.rate, s.cum_lo AS w_lo, e.cum_lo + e.w AS w_hi
    FROM cust c
    JOIN _calendar s ON s.segment = c.segment AND s.d = c.win_start
    JOIN _calendar e ON e.segment = c.segment AND e.d = c.win_end
    WHERE c.win_end >= c.win_start
), draws AS MATERIALIZED (
    SELECT w.customer_id, w.segment, k,
           w.w_lo + pg_temp.u('od-' || w.customer_id || '-' || k) * (w.w_hi - w.w_lo) AS x
    FROM win w
    CROSS JOIN LATERAL generate_series(1,
        floor(w.rate * (w.w_hi - w.w_lo) / 365.25 + pg_temp.u('n-' || w.customer_id))::int) AS k
), located AS MATERIALIZED (
    -- inverse CDF: the order date is the last calendar day whose running weight is <= x
    -- (merge draws and calendar days in one ordered pass, calendar rows first on ties)
    SELECT customer_id, segment, k,
           max(d) OVER (PARTITION BY segment ORDER BY pos, is_draw ROWS UNBOUNDED PRECEDING) AS d,
           is_draw
    FROM (SELECT customer_id, segment, k, x AS pos, 1 AS is_draw, NULL::date AS d FROM draws
          UNION ALL
          SELECT NULL, segment, NULL, cum_lo, 0, d FROM _calendar) AS z
), dated AS MATERIALIZED (
    SELECT customer_id, segment, k, d, extract(year FROM d)::int AS yr,
           pg_temp.uh(h, 1) AS u_ch, pg_temp.uh(h, 2) AS u_st
    FROM located
    CROSS JOIN LATERAL (SELECT md5('ord-' || customer_id || '-' || k) AS h) AS hh
    WHERE is_draw = 1
), chan AS MATERIALIZED (
    SELECT dt.*,
           CASE segment
             WHEN 'Consumer' THEN CASE WHEN d = date '2024-08-14' OR u_ch >= 0.55 + 0.05 * (yr - 2022) THEN 'store' ELSE 'web' END
             WHEN 'SMB' THEN CASE WHEN u_ch < 0.45 + 0.04 * (yr - 2022) THEN 'web'
                                  WHEN u_ch < 0.80 THEN 'partner' ELSE 'store' END
             ELSE CASE WHEN u_ch < 0.55 THEN 'partner'
                       WHEN u_ch < 0.90 + 0.02 * (yr - 2022) THEN 'web' ELSE 'store' END
           END AS channel
    FROM dated dt
)
SELECT row_number() OVER (ORDER BY d, customer_id, k)::int,
       customer_id,
       d,
       CASE
         WHEN d >= date '2025-12-22' AND u_st < 0.30 + 0.07 * (d - date '2025-12-22') THEN 'pending'
         WHEN d >= date '2025-12-15' AND u_st < 0.10 THEN 'pending'
         WHEN u_st > 1.0 - CASE channel WHEN 'partner' THEN 0.06 ELSE 0.04 END THEN 'cancelled'
         -- refunds: higher on the web; a carrier problem tripled web refunds in September 2024
         WHEN u_st < CASE channel WHEN 'web' THEN 0.045 WHEN 'store' THEN 0.02 ELSE 0.025 END
                     * CASE WHEN channel = 'web' AND d BETWEEN date '2024-09-01' AND date '2024-09-30' THEN 3.0 ELSE 1.0 END
              THEN 'refunded'
         ELSE 'completed'
       END,
       channel
FROM chan;

ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (customer_id);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_order_date_idx ON orders (order_date);
ANALYZE orders;

-------------------------------------------------------------------------------
-- order_lines
-------------------------------------------------------------------------------
CREATE TABLE order_lines (
    order_id      integer       NOT NULL,   -- references orders (constraint added after loading)
    line_number   smallint      NOT NULL CHECK (line_number > 0),
    product_id    integer       NOT NULL,   -- references products (constraint added after loading)
    quantity      integer       NOT NULL CHECK (quantity > 0),
    unit_price    numeric(10,2) NOT NULL CHECK (unit_price > 0),
    discount_rate numeric(4,3)  NOT NULL DEFAULT 0 CHECK (discount_rate >= 0 AND discount_rate < 1),
    net_amount    numeric(12,2) GENERATED ALWAYS AS (round(quantity * unit_price * (1 - discount_rate), 2)) STORED
);
COMMENT ON TABLE order_lines IS
  'Order line items: one row per product on an order. Revenue = sum(net_amount) over lines of completed orders. '
  'Each product appears at most once per order.';
COMMENT ON COLUMN order_lines.order_id IS 'Order this line belongs to; references orders.order_id.';
COMMENT ON COLUMN order_lines.line_number IS 'Position of the line within its order, starting at 1.';
COMMENT ON COLUMN order_lines.product_id IS 'Product sold; references products.product_id.';
COMMENT ON COLUMN order_lines.quantity IS 'Number of units sold on this line.';
COMMENT ON COLUMN order_lines.unit_price IS
  'Price per unit in USD at the time of sale, before discount (list price of that year).';
COMMENT ON COLUMN order_lines.discount_rate IS
  'Discount as a fraction of the gross amount: 0.150 means 15% off. Enterprise contract discounts, partner discounts and holiday promotions.';
COMMENT ON COLUMN order_lines.net_amount IS
  'Line revenue in USD after discount = round(quantity * unit_price * (1 - discount_rate), 2). Generated column.';

-- Weighted product picker: per (segment, year), each product owns a number of "slots"
-- proportional to its popularity x segment affinity x category trend.
CREATE TEMP TABLE _pick AS
WITH pop AS (
    SELECT product_id,
           row_number() OVER (ORDER BY pg_temp.u('pop-' || product_id), product_id) - 1 AS pop_rank
    FROM products
), w AS (
    SELECT s.segment, y.yr, p.product_id,
           power(4.0 + pop.pop_rank, -1.0)
           * power(p.list_price, -0.3)
           * CASE s.segment
               WHEN 'Enterprise' THEN CASE pc.department WHEN 'Electronics' THEN 1.4 WHEN 'Office' THEN 1.5
                                      WHEN 'Software & Services' THEN 2.2 ELSE 0.08 END
               WHEN 'SMB'        THEN CASE pc.department WHEN 'Electronics' THEN 1.2 WHEN 'Office' THEN 1.5
                                      WHEN 'Software & Services' THEN 1.2 ELSE 0.35 END
               ELSE                   CASE pc.department WHEN 'Electronics' THEN 1.1 WHEN 'Office' THEN 0.3
                                      WHEN 'Software & Services' THEN 0.5 ELSE 1.5 END
             END
           * CASE pc.category_name
               WHEN 'Smart Home' THEN 1.0 + 0.35 * (y.yr - 2022)        -- growing category
               WHEN 'Software'   THEN 1.0 + 0.20 * (y.yr - 2022)
               WHEN 'Fitness'    THEN 1.6 - 0.40 * (y.yr - 2022)        -- post-pandemic decline
               ELSE 1.0 END
           * CASE WHEN p.product_name LIKE '%E-Bike' THEN 1.0 + 0.6 * (y.yr - 2022)
                  WHEN p.product_name LIKE '%Chromebook%' THEN 1.0 - 0.22 * (y.yr - 2022)
                  ELSE 1.0 END AS w
    FROM products p
    JOIN product_categories pc USING (category_id)
    JOIN pop USING (product_id)
    CROSS JOIN (VALUES ('Enterprise'), ('SMB'), ('Consumer')) AS s(segment)
    CROSS JOIN generate_series(2022, 2025) AS y(yr)
), n AS (
    SELECT w.*, greatest(1, round(3000 * w / sum(w) OVER (PARTITION BY segment, yr)))::int AS n_slots
    FROM w
)
SELECT segment, yr, n.product_id, pr.list_price, pc.department,
       (row_number() OVER (PARTITION BY segment, yr ORDER BY n.product_id, sl) - 1)::int AS slot
FROM n
JOIN products pr ON pr.product_id = n.product_id
JOIN product_categories pc ON pc.category_id = pr.category_id
CROSS JOIN LATERAL generate_series(1, n_slots) AS sl;

CREATE TEMP TABLE _pick_size AS
SELECT segment, yr, count(*)::int AS n_slots FROM _pick GROUP BY segment, yr;
ANALYZE _pick;
ANALYZE _pick_size;

INSERT INTO order_lines (order_id, line_number, product_id, quantity, unit_price, discount_rate)
WITH o AS MATERIALIZED (
    SELECT o.order_id, c.segment, cal.yr, ps.n_slots,
           CASE c.segment WHEN 'Enterprise' THEN 1 + floor(cal.u_n * 6)::int
                          WHEN 'SMB'        THEN 1 + floor(sqrt(cal.u_n) * cal.u_n * 5)::int
                          ELSE                   1 + floor(cal.u_n * cal.u_n * 3)::int END AS n_lines,
           -- discounts are set per order
           CASE
             WHEN c.segment = 'Enterprise' THEN      -- negotiated contract discount per customer
               (ARRAY[0.050,0.080,0.100,0.120,0.150])[1 + floor(pg_temp.u('contract-' || c.customer_id) * 5)::int]
             WHEN c.segment = 'SMB' THEN
               CASE WHEN o.channel = 'partner' OR cal.u_promo < 0.10 THEN 0.050 ELSE 0 END
             ELSE                                    -- consumer promotions
               CASE cal.promo
                 WHEN 2 THEN CASE WHEN cal.u_promo < 0.50 THEN 0.250 WHEN cal.u_promo < 0.85 THEN 0.200 ELSE 0 END
                 WHEN 1 THEN CASE WHEN cal.u_promo < 0.30 THEN 0.100 ELSE 0 END
                 ELSE CASE WHEN cal.u_promo < 0.06 THEN 0.100 ELSE 0 END
               END
           END AS discount_rate
    FROM orders o
    JOIN customers c USING (customer_id)
    JOIN _calendar k ON k.segment = c.segment AND k.d = o.order_date
    CROSS JOIN LATERAL (SELECT md5('ol-' || o.order_id) AS h) AS hh
    CROSS JOIN LATERAL (SELECT extract(year FROM o.order_date)::int AS yr, k.promo,
                               pg_temp.uh(hh.h, 1) AS u_n, pg_temp.uh(hh.h, 2) AS u_promo) AS cal
    JOIN _pick_size ps ON ps.segment = c.segment AND ps.yr = cal.yr
), raw AS MATERIALIZED (
    SELECT o.order_id, o.segment, o.yr, o.discount_rate, j,
           floor(pg_temp.uh(hh.h, 1) * o.n_slots)::int AS slot,
           pg_temp.uh(hh.h, 2) AS u_q
    FROM o CROSS JOIN LATERAL generate_series(1, o.n_lines) AS j
    CROSS JOIN LATERAL (SELECT md5('li-' || o.order_id || '-' || j) AS h) AS hh
), picked AS (
    SELECT r.order_id, r.j, r.yr, r.discount_rate, p.product_id, p.list_price, p.department,
           1 + floor(r.u_q * r.u_q * r.u_q
                     * CASE r.segment WHEN 'Enterprise' THEN 30 WHEN 'SMB' THEN 8 ELSE 2 END
                     * least(1.0, sqrt(60.0 / p.list_price::double precision)))::int AS qty
    FROM raw r
    JOIN _pick p USING (segment, yr, slot)
), merged AS (
    -- the same product drawn twice on one order becomes a single line
    SELECT order_id, product_id, min(j) AS first_j, sum(qty)::int AS quantity,
           min(yr) AS yr, min(list_price) AS list_price, min(department) AS department,
           min(discount_rate) AS discount_rate
    FROM picked
    GROUP BY order_id, product_id
)
SELECT order_id,
       row_number() OVER (PARTITION BY order_id ORDER BY first_j)::smallint,
       product_id,
       quantity,
       -- historical price: electronics got cheaper over time, everything else got dearer
       greatest(0.99, round(list_price * CASE
            WHEN department = 'Electronics' THEN 1.0 + 0.04 * (2025 - yr)
            WHEN department = 'Software & Services' THEN 1.0 - 0.05 * (2025 - yr)
            ELSE 1.0 - 0.035 * (2025 - yr) END) - 0.01),
       discount_rate
FROM merged;

ALTER TABLE order_lines ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_number);
ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_id_fkey
    FOREIGN KEY (order_id) REFERENCES orders (order_id);
ALTER TABLE order_lines ADD CONSTRAINT order_lines_product_id_fkey
    FOREIGN KEY (product_id) REFERENCES products (product_id);
CREATE INDEX order_lines_product_id_idx ON order_lines (product_id);

-------------------------------------------------------------------------------
-- teams
-------------------------------------------------------------------------------
CREATE TABLE teams (
    team_id     smallint PRIMARY KEY,
    team_name   text     NOT NULL UNIQUE,
    division    text     NOT NULL,
    cost_center text     NOT NULL UNIQUE,
    owner_name  text     NOT NULL,
    owner_email text     NOT NULL
);
COMMENT ON TABLE teams IS
  'Internal engineering and business teams that own cloud resources; cloud costs are charged back to them. 12 rows.';
COMMENT ON COLUMN teams.team_id IS 'Primary key of the team.';
COMMENT ON COLUMN teams.team_name IS 'Team name, e.g. Platform Engineering, Machine Learning.';
COMMENT ON COLUMN teams.division IS 'Division the team reports into: Engineering, Data & AI, or Business Systems.';
COMMENT ON COLUMN teams.cost_center IS 'Finance cost center code the team''s spend is booked to, e.g. CC-1100.';
COMMENT ON COLUMN teams.owner_name IS 'Name of the team''s manager, accountable for its cloud budget.';
COMMENT ON COLUMN teams.owner_email IS 'E-mail of the team owner (fictional, reserved example domain).';

INSERT INTO teams (team_id, team_name, division, cost_center, owner_name, owner_email) VALUES
  ( 1, 'Platform Engineering',   'Engineering',      'CC-1100', 'Priya Raman',     'priya.raman@corp.example'),
  ( 2, 'Data Engineering',       'Data & AI',        'CC-1200', 'Marcus Feld',     'marcus.feld@corp.example'),
  ( 3, 'Analytics & BI',         'Data & AI',        'CC-1210', 'Sofia Lindqvist', 'sofia.lindqvist@corp.example'),
  ( 4, 'Checkout & Payments',    'Engineering',      'CC-1300', 'Daniel Okafor',   'daniel.okafor@corp.example'),
  ( 5, 'Search & Discovery',     'Engineering',      'CC-1310', 'Hannah Becker',   'hannah.becker@corp.example'),
  ( 6, 'Mobile Apps',            'Engineering',      'CC-1320', 'Kenji Watanabe',  'kenji.watanabe@corp.example'),
  ( 7, 'Customer Support Tools', 'Business Systems', 'CC-2100', 'Laura Méndez',    'laura.mendez@corp.example'),
  ( 8, 'Machine Learning',       'Data & AI',        'CC-1220', 'Arjun Mehta',     'arjun.mehta@corp.example'),
  ( 9, 'Security',               'Engineering',      'CC-1400', 'Rachel Cohen',    'rachel.cohen@corp.example'),
  (10, 'Marketing Technology',   'Business Systems', 'CC-2200', 'Tom Gallagher',   'tom.gallagher@corp.example'),
  (11, 'Supply Chain Systems',   'Business Systems', 'CC-2300', 'Ana Pereira',     'ana.pereira@corp.example'),
  (12, 'Internal IT',            'Business Systems', 'CC-2400', 'Grace Kim',       'grace.kim@corp.example');

-------------------------------------------------------------------------------
-- cloud_costs
-------------------------------------------------------------------------------
CREATE TABLE cloud_costs (
    cloud_cost_id    integer       PRIMARY KEY,
    usage_date       date          NOT NULL,
    team_id          smallint      NOT NULL,   -- references teams (constraint added after loading)
    provider         text          NOT NULL CHECK (provider IN ('AWS', 'GCP', 'Azure')),
    service          text          NOT NULL,
    service_category text          NOT NULL,
    environment      text          NOT NULL CHECK (environment IN ('prod', 'staging', 'dev')),
    cost_usd         numeric(12,2) NOT NULL CHECK (cost_usd >= 0),
    usage_quantity   numeric(16,3) NOT NULL CHECK (usage_quantity >= 0),
    usage_unit       text          NOT NULL
);
COMMENT ON TABLE cloud_costs IS
  'FinOps fact table: daily cloud spend, one row per day x team x provider x service x environment, '
  '2024-01-01 .. 2025-12-31. A missing row means zero spend that day (dev environments are shut down at weekends).';
COMMENT ON COLUMN cloud_costs.cloud_cost_id IS 'Primary key of the cost row (increases with usage_date).';
COMMENT ON COLUMN cloud_costs.usage_date IS 'Day (UTC) the usage happened and the cost accrued.';
COMMENT ON COLUMN cloud_costs.team_id IS 'Team the resources are tagged to and charged back to; references teams.team_id.';
COMMENT ON COLUMN cloud_costs.provider IS 'Cloud provider: AWS, GCP (Google Cloud) or Azure (Microsoft).';
COMMENT ON COLUMN cloud_costs.service IS
  'Provider service name, e.g. EC2, S3, RDS, Lambda, CloudFront, DynamoDB, EKS, Redshift, OpenSearch (AWS); '
  'BigQuery, Compute Engine, Cloud Storage, Cloud SQL, Vertex AI (GCP); Virtual Machines, Blob Storage, Azure SQL Database (Azure).';
COMMENT ON COLUMN cloud_costs.service_category IS
  'Provider-neutral grouping of the service: Compute, Containers, Storage, Database, Serverless, Networking, Analytics or Machine Learning.';
COMMENT ON COLUMN cloud_costs.environment IS
  'Deployment environment: prod (customer-facing production), staging (pre-production testing), dev (development).';
COMMENT ON COLUMN cloud_costs.cost_usd IS
  'Net cost for that day in US dollars, after provider discounts and credits.';
COMMENT ON COLUMN cloud_costs.usage_quantity IS
  'Amount of usage billed that day, in usage_unit (e.g. instance-hours). Only comparable between rows with the same usage_unit.';
COMMENT ON COLUMN cloud_costs.usage_unit IS
  'Unit of usage_quantity: instance-hours, node-hours, cluster-hours, vCPU-hours, vCore-hours, GPU-hours, GB-seconds, '
  'GB transferred, TiB scanned, million request units, or GB-month (storage; a daily row holds that day''s prorated share of a GB-month).';

CREATE TEMP TABLE _cloud_service (provider, service, service_category, usage_unit, unit_rate) AS VALUES
  ('AWS',   'EC2',                'Compute',          'instance-hours',        0.192),
  ('AWS',   'EKS',                'Containers',       'cluster-hours',         0.10),
  ('AWS',   'CloudFront',         'Networking',       'GB transferred',        0.085),
  ('AWS',   'S3',                 'Storage',          'GB-month',              0.023),
  ('AWS',   'Redshift',           'Analytics',        'node-hours',            1.086),
  ('AWS',   'RDS',                'Database',         'instance-hours',        0.48),
  ('AWS',   'Lambda',             'Serverless',       'GB-seconds',            0.0000166667),
  ('AWS',   'DynamoDB',           'Database',         'million request units', 1.25),
  ('AWS',   'OpenSearch',         'Analytics',        'instance-hours',        0.335),
  ('GCP',   'BigQuery',           'Analytics',        'TiB scanned',           6.25),
  ('GCP',   'Compute Engine',     'Compute',          'vCPU-hours',            0.0332),
  ('GCP',   'Cloud Storage',      'Storage',          'GB-month',              0.020),
  ('GCP',   'Cloud SQL',          'Database',         'vCPU-hours',            0.0413),
  ('GCP',   'Vertex AI',          'Machine Learning', 'GPU-hours',             2.48),
  ('Azure', 'Virtual Machines',   'Compute',          'vCPU-hours',            0.048),
  ('Azure', 'Blob Storage',       'Storage',          'GB-month',              0.018),
  ('Azure', 'Azure SQL Database', 'Database',         'vCore-hours',           0.252);

-- Each line: a team's use of one service; prod base cost per day (USD, Jan 2024), monthly growth, lifetime.
CREATE TEMP TABLE _cloud_line (line_id, team_id, provider, service, envs, base_usd, growth, start_date, end_date) AS VALUES
  ( 1,  1, 'AWS',   'EC2',                ARRAY['prod','staging','dev'],  560, 0.020, date '2024-01-01', date '2025-12-31'),
  ( 2,  1, 'AWS',   'EKS',                ARRAY['prod','staging'],         22, 0.010, date '2024-01-01', date '2025-12-31'),
  ( 3,  1, 'AWS',   'CloudFront',         ARRAY['prod'],                   96, 0.025, date '2024-01-01', date '2025-12-31'),
  ( 4,  1, 'AWS',   'S3',                 ARRAY['prod'],                   72, 0.030, date '2024-01-01', date '2025-12-31'),
  ( 5,  2, 'AWS',   'Redshift',           ARRAY['prod','staging'],        328, 0.010, date '2024-01-01', date '2025-06-30'),
  ( 6,  2, 'GCP',   'BigQuery',           ARRAY['prod','dev'],            208, 0.020, date '2024-01-01', date '2025-12-31'),
  ( 7,  2, 'AWS',   'S3',                 ARRAY['prod','dev'],            120, 0.035, date '2024-01-01', date '2025-12-31'),
  ( 8,  3, 'GCP',   'BigQuery',           ARRAY['prod'],                  104, 0.025, date '2024-01-01', date '2025-12-31'),
  ( 9,  3, 'AWS',   'EC2',                ARRAY['prod'],                   36, 0.000, date '2024-01-01', date '2025-12-31'),
  (10,  4, 'AWS',   'RDS',                ARRAY['prod','staging','dev'],  224, 0.015, date '2024-01-01', date '2025-12-31'),
  (11,  4, 'AWS',   'Lambda',             ARRAY['prod','staging'],         38, 0.030, date '2024-01-01', date '2025-12-31'),
  (12,  4, 'AWS',   'DynamoDB',           ARRAY['prod'],                   60, 0.020, date '2024-01-01', date '2025-12-31'),
  (13,  5, 'AWS',   'OpenSearch',         ARRAY['prod','staging'],        168, 0.015, date '2024-01-01', date '2025-12-31'),
  (14,  5, 'AWS',   'EC2',                ARRAY['prod'],                  152, 0.020, date '2024-01-01', date '2025-12-31'),
  (15,  6, 'AWS',   'Lambda',             ARRAY['prod','staging','dev'],   32, 0.030, date '2024-01-01', date '2025-12-31'),
  (16,  6, 'AWS',   'CloudFront',         ARRAY['prod'],                   52, 0.020, date '2024-01-01', date '2025-12-31'),
  (17,  6, 'AWS',   'DynamoDB',           ARRAY['prod','dev'],             24, 0.040, date '2024-09-01', date '2025-12-31'),
  (18,  7, 'Azure', 'Virtual Machines',   ARRAY['prod','staging'],         84, 0.005, date '2024-01-01', date '2025-12-31'),
  (19,  7, 'Azure', 'Azure SQL Database', ARRAY['prod'],                   56, 0.005, date '2024-01-01', date '2025-12-31'),
  (20,  8, 'GCP',   'Vertex AI',          ARRAY['prod','dev'],            180, 0.070, date '2024-03-01', date '2025-12-31'),
  (21,  8, 'GCP',   'Compute Engine',     ARRAY['prod','dev'],            104, 0.030, date '2024-01-01', date '2025-12-31'),
  (22,  8, 'GCP',   'Cloud Storage',      ARRAY['prod'],                   38, 0.040, date '2024-01-01', date '2025-12-31'),
  (23,  9, 'AWS',   'S3',                 ARRAY['prod'],                   30, 0.030, date '2024-01-01', date '2025-12-31'),
  (24,  9, 'AWS',   'EC2',                ARRAY['prod'],                   48, 0.010, date '2024-01-01', date '2025-12-31'),
  (25, 10, 'GCP',   'BigQuery',           ARRAY['prod'],                   44, 0.020, date '2024-01-01', date '2025-12-31'),
  (26, 10, 'GCP',   'Cloud SQL',          ARRAY['prod','staging'],         28, 0.015, date '2024-05-01', date '2025-12-31'),
  (27, 11, 'Azure', 'Virtual Machines',   ARRAY['prod','staging','dev'],  132, 0.010, date '2024-01-01', date '2025-12-31'),
  (28, 11, 'Azure', 'Azure SQL Database', ARRAY['prod','staging'],        104, 0.010, date '2024-01-01', date '2025-12-31'),
  (29, 12, 'Azure', 'Virtual Machines',   ARRAY['prod'],                   44, -0.020, date '2024-01-01', date '2025-12-31'),
  (30, 12, 'Azure', 'Blob Storage',       ARRAY['prod'],                   14, 0.010, date '2024-01-01', date '2025-12-31');

INSERT INTO cloud_costs (cloud_cost_id, usage_date, team_id, provider, service, service_category,
                         environment, cost_usd, usage_quantity, usage_unit)
WITH days AS MATERIALIZED (
    SELECT d, d - date '2024-01-01' AS day_no,
           extract(isodow FROM d) >= 6 AS is_weekend,
           -- whole months since Jan 2024 and fraction of the current month (for smooth compounding)
           ((extract(year FROM d)::int - 2024) * 12 + extract(month FROM d)::int - 1) AS month_no,
           ((extract(day FROM d)::int - 1)
             / extract(day FROM (date_trunc('month', d) + interval '1 month - 1 day'))::numeric) AS month_frac,
           -- shopping-season load factor for customer-facing production systems
           CASE WHEN d BETWEEN pg_temp.black_friday(extract(year FROM d)::int)
                           AND pg_temp.black_friday(extract(year FROM d)::int) + 3 THEN 1.70
                WHEN extract(month FROM d) = 12 OR (extract(month FROM d) = 11 AND extract(day FROM d) >= 20) THEN 1.25
                ELSE 1.0 END AS season
    FROM (SELECT date '2024-01-01' + i AS d
          FROM generate_series(0, date '2025-12-31' - date '2024-01-01') AS i) AS g
), daily AS MATERIALIZED (
    SELECT l.line_id, l.team_id, l.provider, l.service, s.service_category, s.usage_unit, s.unit_rate,
           e.env, e.env_no, dy.d, dy.day_no,
           l.base_usd::double precision
           * CASE e.env WHEN 'prod' THEN 1.0 WHEN 'staging' THEN 0.22 ELSE 0.12 END
           -- compound monthly growth since January 2024 (exact numeric power, then float)
           * (power((1 + l.growth)::numeric, dy.month_no) * (1 + l.growth * dy.month_frac))::double precision
           -- weekly pattern
           * CASE WHEN dy.is_weekend THEN
                  CASE e.env WHEN 'staging' THEN 0.50
                             ELSE CASE WHEN l.team_id IN (1, 4, 5, 6) THEN 1.00 ELSE 0.85 END END
                  ELSE 1.0 END
           * CASE WHEN e.env = 'prod' AND l.team_id IN (1, 4, 5, 6) THEN dy.season ELSE 1.0 END
           -- notable events
           * CASE
               WHEN l.line_id = 1 AND e.env <> 'dev' AND dy.d >= date '2025-04-01' THEN 0.72  -- savings plan + rightsizing
               WHEN l.line_id = 5 AND dy.d >= date '2025-05-01' THEN 0.55                      -- Redshift wind-down
               WHEN l.line_id = 6 AND e.env = 'dev' AND dy.d BETWEEN date '2024-07-15' AND date '2024-07-18' THEN 14.0  -- runaway query
               WHEN l.line_id = 6 AND dy.d >= date '2025-04-01' THEN 1.60                      -- migration onto BigQuery
               WHEN l.line_id = 20 AND e.env = 'prod' AND dy.d BETWEEN date '2025-03-03' AND date '2025-03-09' THEN 4.5  -- model training run
               WHEN l.line_id = 20 AND e.env = 'prod' AND dy.d BETWEEN date '2025-10-06' AND date '2025-10-10' THEN 3.0  -- retraining
               WHEN l.line_id = 15 AND e.env = 'staging' AND dy.d BETWEEN date '2025-09-10' AND date '2025-09-12' THEN 18.0 -- retry loop
               WHEN l.line_id = 24 AND dy.d BETWEEN date '2024-12-10' AND date '2024-12-12' THEN 3.5  -- incident forensics
               ELSE 1.0 END
           -- day-to-day noise +/- 8%
           * (0.92 + 0.16 * pg_temp.u('cc-' || l.line_id || '-' || e.env_no || '-' || dy.day_no))
           AS cost
    FROM _cloud_line l
    JOIN _cloud_service s USING (provider, service)
    CROSS JOIN LATERAL unnest(l.envs) WITH ORDINALITY AS e(env, env_no)
    JOIN days dy ON dy.d BETWEEN l.start_date AND l.end_date
    WHERE NOT (e.env = 'dev' AND dy.is_weekend)   -- dev is switched off at weekends
)
SELECT row_number() OVER (ORDER BY d, line_id, env_no)::int,
       d, team_id, provider, service, service_category, env,
       round(cost::numeric, 2),
       round((cost / unit_rate::double precision
              * (0.97 + 0.06 * pg_temp.u('cq-' || line_id || '-' || env_no || '-' || day_no)))::numeric, 3),
       usage_unit
FROM daily;

ALTER TABLE cloud_costs ADD CONSTRAINT cloud_costs_team_id_fkey
    FOREIGN KEY (team_id) REFERENCES teams (team_id);
ALTER TABLE cloud_costs ADD CONSTRAINT cloud_costs_day_key
    UNIQUE (usage_date, team_id, provider, service, environment);
CREATE INDEX cloud_costs_usage_date_idx ON cloud_costs (usage_date);
CREATE INDEX cloud_costs_team_id_idx ON cloud_costs (team_id);

-------------------------------------------------------------------------------
-- Clean up helpers and refresh planner statistics
-------------------------------------------------------------------------------
DROP TABLE _country, _names, _category, _calendar, _pick, _pick_size, _cloud_service, _cloud_line;
DROP FUNCTION pg_temp.u(text), pg_temp.uh(text, integer), pg_temp.slug(text), pg_temp.black_friday(integer);

RESET jit;
RESET work_mem;

ANALYZE;
