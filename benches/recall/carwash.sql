-- A chain of car washes (SparkleWave Car Wash): its sites, the wash packages on the menu,
-- customers and their vehicles, unlimited-wash club memberships, wash transactions,
-- employees and their shifts, chemicals with their suppliers, deliveries and stock counts,
-- and wash equipment with its downtime. One schema; each table carries the prefix of the
-- module that owns it (site_, sales_, club_, cust_, hr_, inv_, ops_). Every row is invented
-- and reproducible (fixed lists, generate_series and modular arithmetic; no random(), no clock).

-- ---------------------------------------------------------------- sites

CREATE TABLE site_locations (
    id                integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    street_address    text NOT NULL,
    city              text NOT NULL,
    state             char(2) NOT NULL,
    region            text NOT NULL CHECK (region IN ('North', 'South', 'East', 'West')),
    opened_on         date NOT NULL,
    tunnel_length_ft  integer NOT NULL,
    self_serve_bays   integer NOT NULL DEFAULT 0,
    open_24_hours     boolean NOT NULL DEFAULT false
);

INSERT INTO site_locations VALUES
 ( 1, 'Riverside',       '1200 River Rd',        'Riverton',    'OH', 'North', '2016-05-14', 120, 4, false),
 ( 2, 'Maple Avenue',    '455 Maple Ave',        'Riverton',    'OH', 'North', '2017-09-02', 100, 0, false),
 ( 3, 'Lakeshore',       '88 Lakeshore Dr',      'Port Clair',  'MI', 'North', '2018-03-20', 140, 6, true),
 ( 4, 'Harbor Point',    '3100 Harbor Blvd',     'Port Clair',  'MI', 'East',  '2018-11-08',  90, 2, false),
 ( 5, 'Cedar Hills',     '720 Cedar Hills Pkwy', 'Fairmont',    'PA', 'East',  '2019-06-15', 130, 0, false),
 ( 6, 'Eastgate',        '15 Eastgate Plaza',    'Fairmont',    'PA', 'East',  '2019-10-01', 110, 4, true),
 ( 7, 'Sunbelt Crossing','6400 Sunbelt Hwy',     'Mesa Verde',  'TX', 'South', '2020-02-22', 150, 0, false),
 ( 8, 'Oak Creek',       '210 Oak Creek Rd',     'Mesa Verde',  'TX', 'South', '2020-08-30', 120, 3, false),
 ( 9, 'Palm Court',      '999 Palm Ct',          'Coral Bay',   'FL', 'South', '2021-01-16', 135, 0, true),
 (10, 'Canyon Road',     '4200 Canyon Rd',       'Red Rock',    'AZ', 'West',  '2021-07-10', 160, 5, false),
 (11, 'Summit Ridge',    '77 Summit Ridge Way',  'Red Rock',    'AZ', 'West',  '2023-04-15', 145, 0, false),
 (12, 'Bayview',         '1 Bayview Ter',        'Coral Bay',   'FL', 'South', '2024-09-01', 170, 2, true);

-- ---------------------------------------------------------------- wash menu

CREATE TABLE sales_packages (
    id                   integer PRIMARY KEY,
    code                 text NOT NULL UNIQUE,
    name                 text NOT NULL UNIQUE,
    category             text NOT NULL CHECK (category IN ('exterior', 'interior', 'detail', 'self-serve')),
    price                numeric(8,2) NOT NULL,
    club_monthly_price   numeric(8,2),
    includes_wax         boolean NOT NULL,
    includes_tire_shine  boolean NOT NULL,
    includes_interior    boolean NOT NULL,
    is_active            boolean NOT NULL,
    launched_on          date NOT NULL
);

INSERT INTO sales_packages VALUES
 (1, 'EXP', 'Express Exterior',  'exterior',    10.00, 19.99, false, false, false, true,  '2016-05-14'),
 (2, 'DLX', 'Deluxe Wash',       'exterior',    15.00, 29.99, false, true,  false, true,  '2016-05-14'),
 (3, 'ULT', 'Ultimate Shine',    'exterior',    22.00, 39.99, true,  true,  false, true,  '2018-01-01'),
 (4, 'CER', 'Ceramic Shield',    'exterior',    28.00, 44.99, true,  true,  false, true,  '2021-03-01'),
 (5, 'INT', 'Interior Express',  'interior',    25.00, NULL,  false, false, true,  true,  '2019-06-15'),
 (6, 'FDT', 'Full Detail',       'detail',     149.00, NULL,  true,  true,  true,  true,  '2020-01-01'),
 (7, 'SSB', 'Self-Serve Bay',    'self-serve',   5.00, NULL,  false, false, false, true,  '2016-05-14'),
 (8, 'WTP', 'Wheel & Tire Pro',  'exterior',    12.00, NULL,  false, true,  false, false, '2017-04-01');

-- ---------------------------------------------------------------- customers and vehicles

CREATE TABLE cust_customers (
    id             integer PRIMARY KEY,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          text NOT NULL UNIQUE,
    phone          text NOT NULL,
    city           text NOT NULL,
    signed_up_on   date NOT NULL,
    marketing_opt_in boolean NOT NULL
);

INSERT INTO cust_customers
SELECT g,
       (ARRAY['James','Maria','Robert','Linda','Michael','Patricia','David','Jennifer','Carlos','Aisha',
              'Daniel','Emily','Kevin','Sofia','Brian','Grace','Luis','Hannah','Tyler','Olivia',
              'Marcus','Chloe','Andre','Nina','Ethan','Priya','Jordan','Megan','Omar','Rachel'])[1 + (g - 1) % 30],
       (ARRAY['Smith','Johnson','Garcia','Brown','Miller','Davis','Lopez','Wilson','Anderson','Thomas',
              'Moore','Jackson','Martin','Lee','Walker','Hall','Young','King','Wright','Scott',
              'Green','Baker','Adams','Nelson','Hill','Campbell','Mitchell','Roberts','Carter'])[1 + (g * 7) % 29],
       'customer' || g || '@example.com',
       '555-' || lpad(((g * 37) % 900 + 100)::text, 3, '0') || '-' || lpad(((g * 7919) % 10000)::text, 4, '0'),
       (ARRAY['Riverton','Port Clair','Fairmont','Mesa Verde','Coral Bay','Red Rock','Riverton','Mesa Verde'])[1 + (g * 3) % 8],
       date '2022-01-01' + ((g * 17) % 1400),
       g % 3 <> 0
FROM generate_series(1, 400) AS g;

CREATE TABLE cust_vehicles (
    id              integer PRIMARY KEY,
    customer_id     integer NOT NULL REFERENCES cust_customers (id),
    license_plate   text NOT NULL UNIQUE,
    make            text NOT NULL,
    model           text NOT NULL,
    body_type       text NOT NULL,
    color           text NOT NULL,
    model_year      integer NOT NULL,
    rfid_tag        text UNIQUE
);

INSERT INTO cust_vehicles
SELECT g,
       1 + (g - 1) % 400,
       chr(65 + (g * 7) % 26) || chr(65 + (g * 11) % 26) || chr(65 + (g * 3) % 26) || '-' || lpad(((g * 4099) % 10000)::text, 4, '0'),
       (ARRAY['Toyota','Toyota','Honda','Ford','Ford','Chevrolet','Tesla','Subaru','Jeep','Hyundai','BMW','Nissan','Ram','Kia','Mazda'])[mk],
       (ARRAY['Camry','RAV4','Civic','F-150','Explorer','Silverado','Model Y','Outback','Wrangler','Tucson','X5','Altima','1500','Sorento','CX-5'])[mk],
       (ARRAY['sedan','SUV','sedan','pickup','SUV','pickup','SUV','SUV','SUV','SUV','SUV','sedan','pickup','SUV','SUV'])[mk],
       (ARRAY['white','black','silver','gray','blue','red','green','white','black','beige'])[1 + (g * 3) % 10],
       2008 + (g * 13) % 18,
       NULL
FROM generate_series(1, 520) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY[1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 13, 14, 15, 2])[1 + (g * 7 + g / 24) % 24] AS mk
) AS w;

-- ---------------------------------------------------------------- employees

CREATE TABLE hr_employees (
    id             integer PRIMARY KEY,
    site_id        integer NOT NULL REFERENCES site_locations (id),
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    job_title      text NOT NULL CHECK (job_title IN ('site manager', 'assistant manager', 'wash attendant',
                                                      'sales advisor', 'detailer', 'maintenance tech')),
    hourly_rate    numeric(6,2) NOT NULL,
    hired_on       date NOT NULL,
    terminated_on  date,
    is_full_time   boolean NOT NULL
);

INSERT INTO hr_employees
SELECT g,
       t.site,
       (ARRAY['Alex','Jamie','Sam','Taylor','Chris','Morgan','Casey','Riley','Drew','Jesse','Avery','Quinn',
              'Dana','Logan','Reese','Cameron','Skyler','Parker','Rowan','Hayden','Emerson','Blake','Kendall'])[1 + (g * 5) % 23],
       (ARRAY['Rivera','Nguyen','Patel','Kim','Murphy','Cooper','Reed','Bailey','Bell','Gomez','Kelly','Howard',
              'Ward','Cox','Diaz','Richardson','Wood','Watson','Brooks','Bennett','Gray','James','Reyes','Hughes','Price'])[1 + (g * 3) % 25],
       t.title,
       t.rate + ((g * 7) % 5) * 0.50,
       t.hired,
       CASE WHEN g > 36 AND (g % 7 = 3 OR g % 11 = 5) AND t.hired + 200 + (g * 31) % 400 < date '2025-12-01'
            THEN t.hired + 200 + (g * 31) % 400 END,
       t.title IN ('site manager', 'assistant manager', 'maintenance tech') OR g % 3 = 0
FROM generate_series(1, 96) AS g
CROSS JOIN LATERAL (
    SELECT CASE WHEN g <= 36 THEN 1 + (g - 1) % 12 ELSE 1 + (g * 5 + g / 9) % 12 END AS site,
           CASE WHEN g <= 12 THEN 'site manager'
                WHEN g <= 24 THEN 'assistant manager'
                WHEN g <= 36 THEN 'maintenance tech'
                WHEN g % 4 = 0 THEN 'sales advisor'
                WHEN g % 5 = 0 THEN 'detailer'
                ELSE 'wash attendant' END AS title,
           CASE WHEN g <= 12 THEN 27.00
                WHEN g <= 24 THEN 21.00
                WHEN g <= 36 THEN 24.00
                WHEN g % 4 = 0 THEN 16.50
                WHEN g % 5 = 0 THEN 18.00
                ELSE 14.00 END AS rate,
           greatest((SELECT s.opened_on FROM site_locations s
                     WHERE s.id = CASE WHEN g <= 36 THEN 1 + (g - 1) % 12 ELSE 1 + (g * 5 + g / 9) % 12 END) - 30,
                    CASE WHEN g <= 36 THEN date '2018-01-01' + (g * 53) % 1400
                         ELSE date '2019-01-01' + (g * 53) % 2400 END) AS hired
) AS t;

-- ---------------------------------------------------------------- club memberships

CREATE TABLE club_memberships (
    id              integer PRIMARY KEY,
    vehicle_id      integer NOT NULL UNIQUE REFERENCES cust_vehicles (id),
    package_id      integer NOT NULL REFERENCES sales_packages (id),
    site_id         integer NOT NULL REFERENCES site_locations (id),  -- home site
    started_on      date NOT NULL,
    cancelled_on    date,
    monthly_fee     numeric(8,2) NOT NULL,
    status          text NOT NULL CHECK (status IN ('active', 'paused', 'cancelled')),
    autopay         boolean NOT NULL
);

INSERT INTO club_memberships
SELECT g, v, p, site, started,
       cancelled,
       (SELECT club_monthly_price FROM sales_packages WHERE id = p) - CASE WHEN started < date '2023-01-01' THEN 2.00 ELSE 0 END,
       CASE WHEN cancelled IS NOT NULL THEN 'cancelled' WHEN g % 13 = 0 THEN 'paused' ELSE 'active' END,
       g % 11 <> 0
FROM generate_series(1, 300) AS g
CROSS JOIN LATERAL (
    SELECT 1 + (g * 7) % 520 AS v,
           (ARRAY[1,1,1,2,2,2,2,3,3,4])[1 + (g * 3) % 10] AS p,
           CASE WHEN g % 10 IN (0, 5) AND g > 100 THEN 11 + (g / 5) % 2 ELSE 1 + (g * 7) % 10 END AS site
) AS a
CROSS JOIN LATERAL (
    SELECT greatest(date '2022-01-03' + (g * 41) % 1400,
                    (SELECT opened_on FROM site_locations WHERE id = site)) AS started
) AS b
CROSS JOIN LATERAL (
    SELECT CASE WHEN g % 3 = 1 AND started + 45 + (g * 13) % 500 < date '2025-12-20'
                THEN started + 45 + (g * 13) % 500 END AS cancelled
) AS c;

UPDATE cust_vehicles v
SET rfid_tag = 'RF' || lpad((m.id * 7717 % 100000)::text, 5, '0')
FROM club_memberships m
WHERE m.vehicle_id = v.id;

-- ---------------------------------------------------------------- wash transactions

CREATE TABLE sales_transactions (
    id               integer PRIMARY KEY,
    site_id          integer NOT NULL REFERENCES site_locations (id),
    package_id       integer NOT NULL REFERENCES sales_packages (id),
    vehicle_id       integer REFERENCES cust_vehicles (id),
    membership_id    integer REFERENCES club_memberships (id),
    employee_id      integer REFERENCES hr_employees (id),
    washed_at        timestamp NOT NULL,
    payment_method   text NOT NULL CHECK (payment_method IN ('card', 'cash', 'mobile app', 'fleet account', 'club')),
    list_price       numeric(8,2) NOT NULL,
    discount_amount  numeric(8,2) NOT NULL DEFAULT 0,
    amount_paid      numeric(8,2) NOT NULL,
    rewash           boolean NOT NULL DEFAULT false
);

CREATE TEMP TABLE tmp_tx AS
-- retail washes (volume grows over the years)
SELECT g AS k,
       CASE WHEN d < date '2023-04-15' AND s0 = 11 THEN 10
            WHEN d < date '2024-09-01' AND s0 = 12 THEN 9
            ELSE s0 END AS site_id,
       CASE WHEN p0 = 8 AND d >= date '2024-01-01' THEN 2 ELSE p0 END AS package_id,
       CASE WHEN pm = 'cash' AND h3 % 3 <> 0 THEN NULL
            WHEN h3 % 7 = 0 THEN NULL
            ELSE 1 + (g * 11) % 520 END AS vehicle_id,
       NULL::integer AS membership_id,
       d + time '07:00' + ((g * 37) % 13) * interval '1 hour' + ((g * 13) % 60) * interval '1 minute' AS washed_at,
       pm AS payment_method,
       CASE WHEN h2 % 9 = 0 THEN 2.00 WHEN h2 % 31 = 0 THEN 5.00 ELSE 0 END AS discount_amount,
       g % 47 = 0 AS rewash
FROM generate_series(1, 2100) AS g
CROSS JOIN LATERAL (
    SELECT (g * 7919) % 10007 AS h1, (g * 104729) % 10009 AS h2, (g * g * 31 + g) % 9973 AS h3
) AS h
CROSS JOIN LATERAL (
    SELECT date '2022-01-01' + floor(1461 * sqrt(((g * 797) % 1461 + 0.5) / 1461.0))::int AS d,
           1 + (h1 / 7) % 12 AS s0,
           (ARRAY[1,1,1,1,1,1,2,2,2,2,3,3,3,4,4,5,5,6,7,7,7,8,2,1])[1 + h2 % 24] AS p0,
           (ARRAY['card','card','card','card','mobile app','mobile app','cash','cash','card','fleet account'])[1 + (h3 / 3) % 10] AS pm
) AS x
UNION ALL
-- club redemptions: each membership washes at its own pace while it runs
SELECT 100000 + m.id * 1000 + k,
       CASE WHEN (m.id + k) % 6 = 0 THEN 1 + (m.site_id + 2) % 10 ELSE m.site_id END,
       m.package_id,
       m.vehicle_id,
       m.id,
       (m.started_on + ((k - 1) * sp.span) / sp.n + (m.id * 7 + k * 3) % greatest(1, sp.span / sp.n))
         + time '07:00' + ((m.id + k * 5) % 13) * interval '1 hour' + ((m.id * 3 + k * 17) % 60) * interval '1 minute',
       'club',
       0,
       (m.id * 31 + k) % 61 = 0
FROM club_memberships m
CROSS JOIN LATERAL (
    SELECT coalesce(m.cancelled_on, date '2025-12-31') - m.started_on AS span,
           greatest(1, floor((coalesce(m.cancelled_on, date '2025-12-31') - m.started_on) / 30.0
                             * (ARRAY[0.15, 0.3, 0.45, 0.7, 1.1])[1 + (m.id * 3) % 5]
                             * CASE WHEN m.status = 'paused' THEN 0.5 ELSE 1 END))::int AS n
) AS sp
CROSS JOIN generate_series(1, sp.n) AS k;

INSERT INTO sales_transactions (id, site_id, package_id, vehicle_id, membership_id, employee_id,
                                washed_at, payment_method, list_price, discount_amount, amount_paid, rewash)
SELECT row_number() OVER (ORDER BY t.washed_at, t.k),
       t.site_id, t.package_id, t.vehicle_id, t.membership_id, NULL,
       t.washed_at, t.payment_method,
       CASE WHEN t.payment_method = 'club' THEN 0 ELSE p.price END,
       CASE WHEN t.payment_method = 'club' OR p.category = 'self-serve' THEN 0 ELSE t.discount_amount END,
       CASE WHEN t.payment_method = 'club' THEN 0
            WHEN p.category = 'self-serve' THEN p.price
            ELSE p.price - t.discount_amount END,
       t.rewash
FROM (SELECT k, site_id, vehicle_id, membership_id, washed_at, payment_method, discount_amount, rewash,
             CASE WHEN package_id = 7 AND (SELECT self_serve_bays FROM site_locations WHERE id = site_id) = 0
                  THEN 1 ELSE package_id END AS package_id
      FROM tmp_tx) t
JOIN sales_packages p ON p.id = t.package_id;

-- the sales advisor, detailer or assistant manager on duty who rang up staffed sales (cash,
-- interior, detail); kiosk sales have none
UPDATE sales_transactions t
SET employee_id = (
    SELECT e.id
    FROM hr_employees e
    WHERE e.site_id = t.site_id
      AND e.job_title IN ('sales advisor', 'detailer', 'assistant manager')
      AND e.hired_on <= t.washed_at::date
      AND (e.terminated_on IS NULL OR e.terminated_on >= t.washed_at::date)
    ORDER BY (e.id * 7 + t.id) % 97, e.id
    LIMIT 1)
WHERE t.payment_method = 'cash' OR t.package_id IN (5, 6);

DROP TABLE tmp_tx;

-- ---------------------------------------------------------------- shifts

CREATE TABLE hr_shifts (
    id             integer PRIMARY KEY,
    employee_id    integer NOT NULL REFERENCES hr_employees (id),
    site_id        integer NOT NULL REFERENCES site_locations (id),
    shift_date     date NOT NULL,
    clock_in       timestamp NOT NULL,
    clock_out      timestamp NOT NULL,
    break_minutes  integer NOT NULL,
    hours_worked   numeric(5,2) NOT NULL,
    CHECK (clock_out > clock_in)
);

INSERT INTO hr_shifts
SELECT row_number() OVER (ORDER BY c.shift_date, c.employee_id, c.g),
       c.employee_id, c.site_id, c.shift_date,
       c.shift_date + c.start_t,
       c.shift_date + c.start_t + c.len_min * interval '1 minute',
       c.brk,
       round((c.len_min - c.brk) / 60.0, 2)
FROM (
    SELECT g, e.id AS employee_id,
           CASE WHEN g % 23 = 0 AND e.site_id <= 10 THEN 1 + e.site_id % 10 ELSE e.site_id END AS site_id,
           date '2022-01-01' + (g * 389) % 1461 AS shift_date,
           time '06:00' + ((g * 7) % 9) * interval '1 hour' AS start_t,
           240 + ((g * 11) % 13) * 30 AS len_min,
           CASE WHEN 240 + ((g * 11) % 13) * 30 >= 360 THEN 30 ELSE 0 END AS brk,
           e.hired_on, e.terminated_on
    FROM generate_series(1, 4200) AS g
    JOIN hr_employees e ON e.id = 1 + (g * 13) % 96
) AS c
WHERE c.shift_date >= c.hired_on
  AND (c.terminated_on IS NULL OR c.shift_date <= c.terminated_on);

-- ---------------------------------------------------------------- chemicals

CREATE TABLE inv_suppliers (
    id                  integer PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    city                text NOT NULL,
    state               char(2) NOT NULL,
    contact_email       text NOT NULL,
    payment_terms_days  integer NOT NULL
);

INSERT INTO inv_suppliers VALUES
 (1, 'Northstar Chemical Co.',   'Toledo',     'OH', 'orders@northstarchem.example',   30),
 (2, 'AquaChem Distributors',    'Houston',    'TX', 'sales@aquachem.example',          45),
 (3, 'Gleam Industrial Supply',  'Pittsburgh', 'PA', 'ar@gleamindustrial.example',      30),
 (4, 'Pacific Wash Solutions',   'Phoenix',    'AZ', 'hello@pacificwash.example',       60),
 (5, 'Lone Pine Detailing Goods','Tampa',      'FL', 'supply@lonepine.example',         15);

CREATE TABLE inv_chemicals (
    id               integer PRIMARY KEY,
    supplier_id      integer NOT NULL REFERENCES inv_suppliers (id),
    sku              text NOT NULL UNIQUE,
    name             text NOT NULL UNIQUE,
    category         text NOT NULL CHECK (category IN ('presoak', 'detergent', 'wax', 'tire shine',
                                                       'drying agent', 'wheel cleaner', 'ceramic', 'interior')),
    unit             text NOT NULL,
    unit_cost        numeric(8,2) NOT NULL,
    reorder_point    numeric(8,1) NOT NULL,
    is_hazardous     boolean NOT NULL
);

INSERT INTO inv_chemicals VALUES
 ( 1, 1, 'NS-PS-100', 'Alkaline Presoak',         'presoak',       'gallon',   6.40, 40, true),
 ( 2, 2, 'AC-PS-220', 'Low-pH Presoak',           'presoak',       'gallon',   7.10, 30, true),
 ( 3, 1, 'NS-DT-300', 'High-Foam Detergent',      'detergent',     'gallon',   5.25, 50, false),
 ( 4, 3, 'GL-DT-310', 'Triple Foam Conditioner',  'detergent',     'gallon',   8.90, 25, false),
 ( 5, 2, 'AC-WX-400', 'Clear Coat Protectant',    'wax',           'gallon',  14.50, 20, false),
 ( 6, 4, 'PW-WX-410', 'Carnauba Hot Wax',         'wax',           'gallon',  18.75, 15, false),
 ( 7, 3, 'GL-TS-500', 'Tire Shine Gel',           'tire shine',    'gallon',  11.20, 20, false),
 ( 8, 5, 'LP-TS-510', 'Solvent Tire Dressing',    'tire shine',    'gallon',   9.80, 15, true),
 ( 9, 1, 'NS-DA-600', 'Drying Agent Concentrate', 'drying agent',  'gallon',   7.95, 35, false),
 (10, 4, 'PW-DA-610', 'Spot-Free Rinse Aid',      'drying agent',  'gallon',   6.60, 30, false),
 (11, 2, 'AC-WC-700', 'Acid Wheel Cleaner',       'wheel cleaner', 'gallon',  12.40, 20, true),
 (12, 5, 'LP-WC-710', 'Non-Acid Wheel Cleaner',   'wheel cleaner', 'gallon',  10.90, 20, false),
 (13, 4, 'PW-CR-800', 'Graphene Ceramic Sealant', 'ceramic',       'gallon',  42.00, 10, false),
 (14, 3, 'GL-CR-810', 'SiO2 Ceramic Spray',       'ceramic',       'gallon',  36.50, 10, false),
 (15, 5, 'LP-IN-900', 'Upholstery Shampoo',       'interior',      'gallon',  13.30,  8, false),
 (16, 5, 'LP-IN-910', 'Dash & Vinyl Dressing',    'interior',      'quart',    6.75, 12, false);

CREATE TABLE inv_deliveries (
    id              integer PRIMARY KEY,
    site_id         integer NOT NULL REFERENCES site_locations (id),
    chemical_id     integer NOT NULL REFERENCES inv_chemicals (id),
    invoice_number  text NOT NULL,
    delivered_on    date NOT NULL,
    quantity        numeric(8,1) NOT NULL,
    unit_cost       numeric(8,2) NOT NULL,
    total_cost      numeric(10,2) NOT NULL,
    employee_id     integer REFERENCES hr_employees (id)   -- who signed for it
);

INSERT INTO inv_deliveries
SELECT row_number() OVER (ORDER BY x.d, x.g),
       x.site_id, x.chem,
       'INV-' || extract(year FROM x.d)::int || '-' || lpad(x.g::text, 4, '0'),
       x.d,
       x.qty,
       round(c.unit_cost * (1 + (extract(year FROM x.d)::int - 2022) * 0.04), 2),
       round(x.qty * round(c.unit_cost * (1 + (extract(year FROM x.d)::int - 2022) * 0.04), 2), 2),
       CASE WHEN x.g % 8 = 0 THEN NULL ELSE x.site_id + 12 * ((x.g % 3)) END
FROM (
    SELECT g,
           CASE WHEN s0 = 11 AND d0 < date '2023-04-15' THEN 3
                WHEN s0 = 12 AND d0 < date '2024-09-01' THEN 7
                ELSE s0 END AS site_id,
           1 + (g * 7) % 16 AS chem,
           d0 AS d,
           (ARRAY[5, 10, 15, 20, 30, 55, 55, 110])[1 + (g * g + g / 5) % 8]::numeric AS qty
    FROM generate_series(1, 480) AS g
    CROSS JOIN LATERAL (SELECT 1 + (g * 5) % 12 AS s0, date '2022-01-04' + (g * 227) % 1455 AS d0) AS y
) AS x
JOIN inv_chemicals c ON c.id = x.chem;

-- nobody signs for a delivery before being hired or after leaving
UPDATE inv_deliveries d
SET employee_id = NULL
FROM hr_employees e
WHERE e.id = d.employee_id
  AND (d.delivered_on < e.hired_on OR d.delivered_on > e.terminated_on);

CREATE TABLE inv_stock_levels (
    id               integer PRIMARY KEY,
    site_id          integer NOT NULL REFERENCES site_locations (id),
    chemical_id      integer NOT NULL REFERENCES inv_chemicals (id),
    quantity_on_hand numeric(8,1) NOT NULL,
    last_counted_on  date NOT NULL,
    UNIQUE (site_id, chemical_id)
);

INSERT INTO inv_stock_levels
SELECT (s.id - 1) * 16 + c.id,
       s.id, c.id,
       ((s.id * 17 + c.id * 29) % 23) * c.reorder_point / 8.0 + ((s.id + c.id) % 4) * 0.5,
       date '2025-12-01' + (s.id * 3 + c.id) % 28
FROM site_locations s
CROSS JOIN inv_chemicals c
WHERE NOT (c.category = 'interior' AND s.id IN (2, 7));

-- ---------------------------------------------------------------- equipment and downtime

CREATE TABLE ops_equipment (
    id              integer PRIMARY KEY,
    site_id         integer NOT NULL REFERENCES site_locations (id),
    asset_tag       text NOT NULL UNIQUE,
    equipment_type  text NOT NULL,
    manufacturer    text NOT NULL,
    installed_on    date NOT NULL,
    purchase_cost   numeric(10,2) NOT NULL
);

INSERT INTO ops_equipment
SELECT (s.id - 1) * 6 + t.n,
       s.id,
       'SW-' || lpad(s.id::text, 2, '0') || '-' || t.code,
       t.kind,
       (ARRAY['Sonny''s','PDQ','MacNeil','Belanger','Ryko'])[1 + (s.id + t.n) % 5],
       greatest(s.opened_on, date '2016-01-01' + (s.id * 211 + t.n * 97) % 3300),
       t.base_cost + ((s.id * 7 + t.n) % 5) * 1500
FROM site_locations s
CROSS JOIN (VALUES
    (1, 'CNV', 'conveyor',           62000.00),
    (2, 'BRA', 'brush arch',         38000.00),
    (3, 'HPP', 'high-pressure pump', 14500.00),
    (4, 'DRY', 'dryer',              27000.00),
    (5, 'WRS', 'water reclaim',      41000.00),
    (6, 'PAY', 'pay station',         9500.00)
) AS t (n, code, kind, base_cost);

CREATE TABLE ops_downtime_events (
    id              integer PRIMARY KEY,
    equipment_id    integer NOT NULL REFERENCES ops_equipment (id),
    started_at      timestamp NOT NULL,
    ended_at        timestamp NOT NULL,
    cause           text NOT NULL CHECK (cause IN ('mechanical failure', 'electrical fault', 'power outage',
                                                   'freeze', 'scheduled maintenance', 'vehicle damage')),
    is_planned      boolean NOT NULL,
    repair_cost     numeric(10,2) NOT NULL,
    employee_id     integer REFERENCES hr_employees (id),  -- who reported it
    CHECK (ended_at > started_at)
);

INSERT INTO ops_downtime_events
SELECT row_number() OVER (ORDER BY x.st, x.g),
       x.eq,
       x.st,
       x.st + x.mins * interval '1 minute',
       x.cause,
       x.cause = 'scheduled maintenance',
       CASE x.cause WHEN 'power outage' THEN 0
                    WHEN 'freeze' THEN 150 + (x.g % 4) * 75
                    WHEN 'scheduled maintenance' THEN 250 + (x.g % 6) * 40
                    ELSE 400 + ((x.g * 61) % 25) * 110 END,
       CASE WHEN x.g % 6 = 0 THEN NULL ELSE x.site_id + 24 END
FROM (
    SELECT g, e.id AS eq, e.site_id,
           date '2022-01-02' + (g * 151) % 1455 + time '06:30' + ((g * 5) % 12) * interval '1 hour' AS st,
           20 + (g * 47) % 580 AS mins,
           CASE WHEN e.equipment_type = 'pay station' AND g % 2 = 0 THEN 'electrical fault'
                ELSE (ARRAY['mechanical failure','mechanical failure','electrical fault','power outage',
                            'freeze','scheduled maintenance','scheduled maintenance','vehicle damage','mechanical failure'])[1 + (g * 4) % 9]
           END AS cause,
           e.installed_on
    FROM generate_series(1, 320) AS g
    JOIN ops_equipment e ON e.id = 1 + (g * 13) % 72
) AS x
WHERE x.st::date > x.installed_on
  AND (x.cause <> 'freeze' OR extract(month FROM x.st) IN (11, 12, 1, 2, 3));

UPDATE ops_downtime_events d
SET employee_id = NULL
FROM hr_employees e
WHERE e.id = d.employee_id
  AND (d.started_at::date < e.hired_on OR d.started_at::date > e.terminated_on);

ANALYZE;
