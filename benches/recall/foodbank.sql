-- Operations of a regional food bank (the Tri-County Community Food Bank): donors and the food
-- they give (by weight and food category), warehouses and the stock lots they hold, partner
-- agencies (pantries, shelters, soup kitchens, ...) and the distributions shipped to them, the
-- households registered at agencies and their visits, volunteers and their shifts, and the
-- delivery vans and routes, 2022-2025. Sample database of the golden set
-- benches/intent/foodbank.yaml. Weights are in kilograms.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today).

CREATE TABLE warehouses (
    warehouse_id      integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    street_address    text NOT NULL,
    city              text NOT NULL,
    capacity_kg       integer NOT NULL,
    has_cold_storage  boolean NOT NULL,
    manager_name      text NOT NULL,
    opened_on         date NOT NULL
);

CREATE TABLE food_categories (
    food_category_id      integer PRIMARY KEY,
    name                  text NOT NULL UNIQUE,
    is_perishable         boolean NOT NULL,
    needs_refrigeration   boolean NOT NULL,
    value_per_kg          numeric(6,2) NOT NULL   -- fair market value used for donation receipts
);

CREATE TABLE donors (
    donor_id     integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    donor_type   text NOT NULL CHECK (donor_type IN ('grocery store', 'farm', 'manufacturer',
                     'individual', 'restaurant', 'faith group', 'school')),
    city         text NOT NULL,
    email        text,
    phone        text,
    joined_on    date NOT NULL,
    is_active    boolean NOT NULL DEFAULT true
);

CREATE TABLE donations (
    donation_id       integer PRIMARY KEY,
    donor_id          integer NOT NULL REFERENCES donors (donor_id),
    warehouse_id      integer NOT NULL REFERENCES warehouses (warehouse_id),
    food_category_id  integer NOT NULL REFERENCES food_categories (food_category_id),
    donated_on        date NOT NULL,
    weight_kg         numeric(8,2) NOT NULL CHECK (weight_kg > 0),
    estimated_value   numeric(10,2) NOT NULL   -- weight_kg times the category's value_per_kg
);

CREATE TABLE stock_lots (
    stock_lot_id      integer PRIMARY KEY,
    warehouse_id      integer NOT NULL REFERENCES warehouses (warehouse_id),
    food_category_id  integer NOT NULL REFERENCES food_categories (food_category_id),
    donation_id       integer REFERENCES donations (donation_id),
    received_on       date NOT NULL,
    best_before       date NOT NULL,
    storage_zone      text NOT NULL CHECK (storage_zone IN ('dry', 'chilled', 'frozen')),
    weight_kg         numeric(8,2) NOT NULL CHECK (weight_kg > 0)   -- still on hand
);

CREATE TABLE agencies (
    agency_id     integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    agency_type   text NOT NULL CHECK (agency_type IN ('food pantry', 'shelter', 'soup kitchen',
                      'school pantry', 'senior center', 'youth program')),
    city          text NOT NULL,
    contact_name  text NOT NULL,
    phone         text NOT NULL,
    partnered_on  date NOT NULL,
    status        text NOT NULL CHECK (status IN ('active', 'on hold', 'closed'))
);

CREATE TABLE vans (
    van_id             integer PRIMARY KEY,
    plate_number       text NOT NULL UNIQUE,
    make               text NOT NULL,
    model              text NOT NULL,
    model_year         integer NOT NULL,
    capacity_kg        integer NOT NULL,
    is_refrigerated    boolean NOT NULL,
    warehouse_id       integer NOT NULL REFERENCES warehouses (warehouse_id),
    purchased_on       date NOT NULL,
    purchase_price     numeric(10,2) NOT NULL,
    odometer_km        integer NOT NULL,
    status             text NOT NULL CHECK (status IN ('in service', 'in repair', 'retired'))
);

CREATE TABLE routes (
    route_id      integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    warehouse_id  integer NOT NULL REFERENCES warehouses (warehouse_id),
    van_id        integer NOT NULL REFERENCES vans (van_id),
    weekday       text NOT NULL,
    distance_km   numeric(6,1) NOT NULL,
    is_active     boolean NOT NULL DEFAULT true
);

CREATE TABLE route_stops (
    route_stop_id  integer PRIMARY KEY,
    route_id       integer NOT NULL REFERENCES routes (route_id),
    agency_id      integer NOT NULL REFERENCES agencies (agency_id),
    stop_order     integer NOT NULL,
    UNIQUE (route_id, stop_order),
    UNIQUE (route_id, agency_id)
);

CREATE TABLE distributions (
    distribution_id   integer PRIMARY KEY,
    agency_id         integer NOT NULL REFERENCES agencies (agency_id),
    warehouse_id      integer NOT NULL REFERENCES warehouses (warehouse_id),
    route_id          integer REFERENCES routes (route_id),   -- null: the agency picked it up
    food_category_id  integer NOT NULL REFERENCES food_categories (food_category_id),
    distributed_on    date NOT NULL,
    weight_kg         numeric(8,2) NOT NULL CHECK (weight_kg > 0)
);

CREATE TABLE households (
    household_id     integer PRIMARY KEY,
    reference_code   text NOT NULL UNIQUE,
    agency_id        integer NOT NULL REFERENCES agencies (agency_id),   -- where registered
    household_size   integer NOT NULL CHECK (household_size > 0),
    children_count   integer NOT NULL,
    seniors_count    integer NOT NULL,
    zip_code         text NOT NULL,
    receives_snap    boolean NOT NULL,
    registered_on    date NOT NULL
);

CREATE TABLE household_visits (
    household_visit_id  integer PRIMARY KEY,
    household_id        integer NOT NULL REFERENCES households (household_id),
    visited_on          date NOT NULL,
    weight_kg           numeric(6,2) NOT NULL   -- food taken home
);

CREATE TABLE volunteers (
    volunteer_id         integer PRIMARY KEY,
    first_name           text NOT NULL,
    last_name            text NOT NULL,
    email                text NOT NULL UNIQUE,
    phone                text,
    joined_on            date NOT NULL,
    has_drivers_license  boolean NOT NULL,
    is_active            boolean NOT NULL DEFAULT true
);

CREATE TABLE shifts (
    shift_id      integer PRIMARY KEY,
    volunteer_id  integer NOT NULL REFERENCES volunteers (volunteer_id),
    warehouse_id  integer NOT NULL REFERENCES warehouses (warehouse_id),
    shift_date    date NOT NULL,
    start_time    time NOT NULL,
    hours         numeric(4,2) NOT NULL,
    role          text NOT NULL CHECK (role IN ('sorting', 'packing', 'driver', 'intake',
                      'client services', 'delivery helper'))
);

-- ---------------------------------------------------------------------------------------------
-- Reference data

INSERT INTO warehouses VALUES
 (1, 'Central Distribution Center', '1200 Industrial Pkwy', 'Springfield', 450000, true,  'Denise Alvarez',  '2009-05-01'),
 (2, 'Northside Depot',             '84 Mill Road',         'Riverton',    120000, true,  'Marcus Bell',     '2014-09-15'),
 (3, 'Eastgate Pantry Hub',         '17 Eastgate Ave',      'Millbrook',    60000, false, 'Priya Natarajan', '2017-03-01'),
 (4, 'South Valley Warehouse',      '5500 Valley Hwy',      'Fairview',    180000, true,  'Tom Okafor',      '2019-06-10'),
 (5, 'Harbor Annex',                '3 Pier Street',        'Port Ellis',   40000, false, 'Grace Lindqvist', '2022-03-15');

INSERT INTO food_categories VALUES
 (1,  'Fresh Produce',        true,  true,  2.10),
 (2,  'Dairy & Eggs',         true,  true,  3.40),
 (3,  'Meat & Poultry',       true,  true,  7.80),
 (4,  'Bakery',               true,  false, 2.60),
 (5,  'Canned Goods',         false, false, 3.10),
 (6,  'Grains & Pasta',       false, false, 2.30),
 (7,  'Frozen Meals',         true,  true,  5.20),
 (8,  'Beverages',            false, false, 1.40),
 (9,  'Baby Food & Formula',  false, false, 9.50),
 (10, 'Snacks',               false, false, 4.20);

-- ---------------------------------------------------------------------------------------------
-- Donors: 120, type by position; names are unique combinations of fixed lists.

INSERT INTO donors (donor_id, name, donor_type, city, email, phone, joined_on, is_active)
SELECT i,
       CASE WHEN (i - 1) % 10 = 5
            THEN (ARRAY['Linda','Robert','Maria','James','Susan','David','Karen','Ahmed','Nancy','Kevin','Rosa','Brian'])[1 + (i - 1) / 10]
                 || ' ' || (ARRAY['Hughes','Patel','Garcia','Kim','Novak','Brennan','Okoro','Fischer','Santos','Walsh','Moreau','Tanaka'])[1 + (i - 1) / 10]
            WHEN (i - 1) % 10 = 6
            THEN (ARRAY['Linda','Robert','Maria','James','Susan','David','Karen','Ahmed','Nancy','Kevin','Rosa','Brian'])[1 + ((i - 1) / 10 + 5) % 12]
                 || ' ' || (ARRAY['Hughes','Patel','Garcia','Kim','Novak','Brennan','Okoro','Fischer','Santos','Walsh','Moreau','Tanaka'])[1 + ((i - 1) / 10 + 7) % 12]
            ELSE (ARRAY['Greenfield','Maple','Riverside','Oak Hill','Sunrise','Cedar','Lakeview','Pine Ridge','Golden Valley','Harvest Moon','Blue Ridge','Willow Creek'])[1 + (i - 1) / 10]
                 || ' ' || (ARRAY['Market','Grocers','Supermarket','Family Farm','Foods Inc.','','','Bistro','Community Church','Elementary PTA'])[1 + (i - 1) % 10]
       END,
       (ARRAY['grocery store','grocery store','grocery store','farm','manufacturer','individual','individual','restaurant','faith group','school'])[1 + (i - 1) % 10],
       (ARRAY['Springfield','Riverton','Millbrook','Fairview','Port Ellis','Springfield','Oakdale'])[1 + (i * 3) % 7],
       CASE WHEN i % 11 = 4 THEN NULL ELSE 'donor' || i || '@example.org' END,
       CASE WHEN i % 7 = 2 THEN NULL ELSE '555-' || lpad((1000 + (i * 37) % 9000)::text, 4, '0') END,
       date '2015-01-01' + (i * 61) % 2500,
       i % 9 <> 0
FROM generate_series(1, 120) AS i;

-- ---------------------------------------------------------------------------------------------
-- Donations: 2400 over 2022-2025, denser in later years (the food bank is growing).
-- Donors 116-120 never gave; a third of donations come from the 20 biggest donors.

INSERT INTO donations (donation_id, donor_id, warehouse_id, food_category_id, donated_on, weight_kg, estimated_value)
SELECT b.i, b.donor_id,
       CASE WHEN fc.needs_refrigeration AND b.wh IN (3, 5) THEN 1
            WHEN b.wh = 5 AND b.donated_on < date '2022-03-15' THEN 3
            ELSE b.wh END,
       b.food_category_id, b.donated_on, b.weight_kg,
       round(b.weight_kg * fc.value_per_kg, 2)
FROM (
    SELECT a.i, a.donor_id, a.donated_on,
           (ARRAY[1,1,1,1,2,2,3,4,4,5])[1 + (a.i * 7) % 10] AS wh,
           CASE d.donor_type
             WHEN 'farm'          THEN (ARRAY[1,1,1,1,2,3,1,2])[1 + a.i % 8]
             WHEN 'grocery store' THEN (ARRAY[1,2,3,4,5,6,7,8,10,1,2,4])[1 + (a.i * 5) % 12]
             WHEN 'manufacturer'  THEN (ARRAY[5,6,8,9,10,5,6,7])[1 + a.i % 8]
             WHEN 'restaurant'    THEN (ARRAY[4,7,1,4,3])[1 + a.i % 5]
             ELSE                      (ARRAY[5,5,6,6,10,8,9,5,6])[1 + (a.i * 4) % 9]
           END AS food_category_id,
           round(CASE d.donor_type
                 WHEN 'grocery store' THEN 40 + (a.i * 97) % 760
                 WHEN 'farm'          THEN 150 + (a.i * 89) % 1650
                 WHEN 'manufacturer'  THEN 250 + (a.i * 83) % 2600
                 WHEN 'individual'    THEN 2 + (a.i * 13) % 38
                 WHEN 'restaurant'    THEN 8 + (a.i * 31) % 110
                 WHEN 'faith group'   THEN 20 + (a.i * 71) % 280
                 ELSE                      25 + (a.i * 59) % 360
                 END + ((a.i * 17) % 100) / 100.0, 2) AS weight_kg
    FROM (
        -- lapsed donors: 26, 52 and 78 gave nothing in 2024; 39, 65, 91 and 104 nothing since 2023
        SELECT i,
               CASE WHEN donor_id IN (26, 52, 78) AND donated_on BETWEEN date '2024-01-01' AND date '2024-12-31'
                      OR donor_id IN (39, 65, 91, 104) AND donated_on >= date '2024-01-01'
                    THEN donor_id + 1 ELSE donor_id END AS donor_id,
               donated_on
        FROM (
        SELECT i,
               CASE WHEN i % 3 = 0 THEN 1 + (i / 3) % 20
                    ELSE 1 + (i * 7 + (i / 115)) % 115 END AS donor_id,
               date '2022-01-01' + floor(1461 * ((((i * 37) % 2400) + 0.5) / 2400.0
                         + sqrt((((i * 37) % 2400) + 0.5) / 2400.0)) / 2)::int AS donated_on
        FROM generate_series(1, 2400) AS i
        ) a0
    ) a
    JOIN donors d ON d.donor_id = a.donor_id
) b
JOIN food_categories fc ON fc.food_category_id = b.food_category_id;

-- ---------------------------------------------------------------------------------------------
-- Stock on hand at the end of 2025: what is left of donations received since June 2025 that is
-- still within its best-before date.

INSERT INTO stock_lots (stock_lot_id, warehouse_id, food_category_id, donation_id, received_on, best_before, storage_zone, weight_kg)
SELECT row_number() OVER (ORDER BY s.donation_id), s.warehouse_id, s.food_category_id, s.donation_id,
       s.received_on, s.best_before, s.storage_zone, s.weight_kg
FROM (
    SELECT d.donation_id, d.warehouse_id, d.food_category_id, d.donated_on AS received_on,
           d.donated_on + (ARRAY[12, 24, 180, 8, 730, 365, 270, 300, 400, 240])[d.food_category_id] + d.donation_id % 30 AS best_before,
           CASE WHEN d.food_category_id IN (3, 7) THEN 'frozen'
                WHEN d.food_category_id IN (1, 2) THEN 'chilled'
                ELSE 'dry' END AS storage_zone,
           round(d.weight_kg * (20 + (d.donation_id * 13) % 80) / 100.0, 2) AS weight_kg
    FROM donations d
    WHERE d.donated_on >= date '2025-06-01' AND d.donation_id % 5 <> 0
) s
WHERE s.best_before > date '2025-12-31' AND s.weight_kg > 0;

-- ---------------------------------------------------------------------------------------------
-- Partner agencies: 60. Agencies 57-60 joined at the end of 2025 and have received nothing yet.

INSERT INTO agencies (agency_id, name, agency_type, city, contact_name, phone, partnered_on, status)
SELECT i,
       (ARRAY['St. Mark''s','Hope Springs','Grace Chapel','New Beginnings','Riverton United','Harbor Light',
              'Cornerstone','Bethany','Lighthouse','Maple Street','Good Shepherd','Open Door','Eastgate',
              'Millbrook','Fairview','Sunnyside','Westend','Trinity','Pathways','Unity',
              'Oakdale','Crossroads','Second Harvest','Kingsway','Pine Ridge','Valley View','Northgate',
              'Bridgeway','Liberty','Hillcrest'])[1 + (i - 1) % 30]
       || ' ' ||
       CASE (ARRAY['food pantry','food pantry','food pantry','food pantry','shelter','soup kitchen','school pantry','senior center','food pantry','youth program'])[1 + (i - 1) % 10]
         WHEN 'food pantry'   THEN CASE WHEN i <= 30 THEN 'Food Pantry' ELSE 'Community Pantry' END
         WHEN 'shelter'       THEN CASE WHEN i <= 30 THEN 'Shelter' ELSE 'Family Shelter' END
         WHEN 'soup kitchen'  THEN CASE WHEN i <= 30 THEN 'Soup Kitchen' ELSE 'Community Kitchen' END
         WHEN 'school pantry' THEN CASE WHEN i <= 30 THEN 'School Pantry' ELSE 'Campus Pantry' END
         WHEN 'senior center' THEN CASE WHEN i <= 30 THEN 'Senior Center' ELSE 'Senior Services' END
         ELSE                      CASE WHEN i <= 30 THEN 'Youth Center' ELSE 'Kids Cafe' END
       END,
       (ARRAY['food pantry','food pantry','food pantry','food pantry','shelter','soup kitchen','school pantry','senior center','food pantry','youth program'])[1 + (i - 1) % 10],
       (ARRAY['Springfield','Riverton','Millbrook','Fairview','Port Ellis','Oakdale','Springfield','Lakeside'])[1 + (i * 5) % 8],
       (ARRAY['Janet','Omar','Beth','Carlos','Mei','Frank','Aisha','Paul','Helen','Victor'])[1 + i % 10] || ' ' ||
       (ARRAY['Reyes','Johnson','Nguyen','Schmidt','Adeyemi','Larsen','Costa','Murphy','Ivanova'])[1 + (i * 7) % 9],
       '555-' || lpad((2000 + (i * 113) % 7000)::text, 4, '0'),
       CASE WHEN i > 56 THEN date '2025-10-01' + (i - 56) * 17
            WHEN i % 8 = 3 THEN date '2022-01-01' + (i * 41) % 900
            ELSE date '2010-01-01' + (i * 97) % 4000 END,
       CASE WHEN i % 12 = 5 THEN 'closed'
            WHEN i % 12 = 9 THEN 'on hold'
            ELSE 'active' END
FROM generate_series(1, 60) AS i;

-- ---------------------------------------------------------------------------------------------
-- Vans and routes

INSERT INTO vans VALUES
 (1, '7FBK218', 'Ford',      'Transit 350',     2016, 1500, true,  1, '2016-04-12', 48500.00, 212400, 'in service'),
 (2, '7FBK455', 'Ford',      'Transit 250',     2018, 1400, false, 1, '2018-02-20', 39800.00, 168900, 'in service'),
 (3, '8GRN031', 'Mercedes',  'Sprinter 2500',   2019, 1800, true,  1, '2019-08-05', 61200.00, 131750, 'in service'),
 (4, '8GRN770', 'Ram',       'ProMaster 2500',  2020, 1600, false, 2, '2020-10-30', 41500.00, 97300,  'in service'),
 (5, '6TRK902', 'Isuzu',     'NPR-HD',          2017, 4500, true,  4, '2017-06-18', 72900.00, 188200, 'in service'),
 (6, '5VAN118', 'Ford',      'E-350',           2013, 1200, false, 3, '2013-11-02', 29900.00, 301500, 'retired'),
 (7, '9HRB644', 'Mercedes',  'Sprinter 3500',   2022, 2000, true,  4, '2022-05-23', 68400.00, 54600,  'in service'),
 (8, '9HRB907', 'Ford',      'E-Transit',       2024, 1300, false, 5, '2024-03-11', 52750.00, 18800,  'in service'),
 (9, '6CHV352', 'Chevrolet', 'Express 3500',    2015, 1350, false, 2, '2015-07-27', 33200.00, 247100, 'in repair');

INSERT INTO routes VALUES
 (1,  'Downtown Loop',        1, 1, 'Monday',    38.5,  true),
 (2,  'Westside Run',         1, 2, 'Tuesday',   52.0,  true),
 (3,  'Airport Corridor',     1, 3, 'Wednesday', 61.2,  true),
 (4,  'Riverside Express',    1, 1, 'Thursday',  44.8,  true),
 (5,  'Old Town Circuit',     1, 2, 'Friday',    29.3,  true),
 (6,  'North Hills',          2, 4, 'Monday',    73.6,  true),
 (7,  'Riverton Valley',      2, 9, 'Wednesday', 88.1,  true),
 (8,  'Lakeshore',            2, 4, 'Friday',    55.4,  true),
 (9,  'Millbrook Rural',      3, 6, 'Tuesday',   96.7,  false),
 (10, 'South Valley Farms',   4, 5, 'Monday',    112.3, true),
 (11, 'Fairview Central',     4, 7, 'Wednesday', 34.9,  true),
 (12, 'Canyon Road',          4, 5, 'Thursday',  127.8, true),
 (13, 'Harbor Front',         5, 8, 'Tuesday',   22.6,  true),
 (14, 'Port Ellis Outskirts', 5, 8, 'Friday',    67.0,  true);

INSERT INTO route_stops (route_stop_id, route_id, agency_id, stop_order)
SELECT row_number() OVER (ORDER BY r, k), r, 1 + (r * 11 + k * 7) % 56, k
FROM generate_series(1, 14) AS r
CROSS JOIN LATERAL generate_series(1, 3 + r % 4) AS k;

-- ---------------------------------------------------------------------------------------------
-- Distributions to agencies: generated over 2022-2025; none before an agency partnered, none to a
-- closed agency after 2023. Agencies on an active route get most of theirs delivered by it.

INSERT INTO distributions (distribution_id, agency_id, warehouse_id, route_id, food_category_id, distributed_on, weight_kg)
SELECT row_number() OVER (ORDER BY x.i), x.agency_id,
       COALESCE(rt.warehouse_id,
                CASE WHEN 1 + x.agency_id % 5 = 5 AND x.distributed_on < date '2022-03-15' THEN 1
                     ELSE 1 + x.agency_id % 5 END),
       rt.route_id, x.food_category_id, x.distributed_on, x.weight_kg
FROM (
    SELECT a.i, a.agency_id, a.distributed_on,
           (ARRAY[1,5,6,2,5,4,1,6,3,10,5,7,8,1,9,6,2,5])[1 + (a.i * 7) % 18] AS food_category_id,
           round(CASE ag.agency_type
                 WHEN 'food pantry'   THEN 90 + (a.i * 53) % 720
                 WHEN 'shelter'       THEN 45 + (a.i * 41) % 360
                 WHEN 'soup kitchen'  THEN 70 + (a.i * 43) % 430
                 WHEN 'school pantry' THEN 25 + (a.i * 29) % 180
                 WHEN 'senior center' THEN 35 + (a.i * 37) % 220
                 ELSE                      20 + (a.i * 23) % 130
                 END + ((a.i * 19) % 100) / 100.0, 2) AS weight_kg,
           ag.status, ag.partnered_on
    FROM (
        SELECT i,
               CASE WHEN i % 2 = 0 THEN 1 + (i / 2) % 56
                    ELSE 1 + ((i * i * 3 + i) % 101) % 56 END AS agency_id,
               date '2022-01-01' + floor(1461 * ((((i * 43) % 2300) + 0.5) / 2300.0
                         + sqrt((((i * 43) % 2300) + 0.5) / 2300.0)) / 2)::int AS distributed_on
        FROM generate_series(1, 2300) AS i
    ) a
    JOIN agencies ag ON ag.agency_id = a.agency_id
) x
LEFT JOIN LATERAL (
    SELECT r.route_id, r.warehouse_id
    FROM route_stops s JOIN routes r ON r.route_id = s.route_id
    WHERE s.agency_id = x.agency_id AND r.is_active AND x.i % 4 <> 0
    ORDER BY r.route_id
    LIMIT 1
) rt ON true
WHERE x.distributed_on >= x.partnered_on
  AND NOT (x.status = 'closed' AND x.distributed_on >= date '2024-01-01');

-- ---------------------------------------------------------------------------------------------
-- Households registered at pantries, school pantries and senior centers, and their visits.
-- Households 861-900 have never visited.

INSERT INTO households (household_id, reference_code, agency_id, household_size, children_count, seniors_count, zip_code, receives_snap, registered_on)
SELECT h.i, 'HH-' || lpad(h.i::text, 5, '0'), ag.agency_id, h.sz,
       h.kids,
       CASE WHEN h.i % 4 = 0 THEN least(h.sz - h.kids, 1 + h.i % 2) ELSE 0 END,
       (ARRAY['62701','62702','62703','62704','62711','62712','62801','62901','62910','63001'])[1 + (h.i * 7) % 10],
       h.i % 3 <> 1,
       greatest(date '2022-01-01' + (h.i * 53) % 1400, ag.partnered_on)
FROM (
    SELECT i, sz, CASE WHEN sz = 1 THEN 0 ELSE (i * 3) % sz END AS kids
    FROM (
        SELECT i, (ARRAY[1,1,2,2,2,3,3,4,4,5,6,8])[1 + (i * 5) % 12] AS sz
        FROM generate_series(1, 900) AS i
    ) s
) h
JOIN (
    SELECT agency_id, partnered_on, row_number() OVER (ORDER BY agency_id) AS rn, count(*) OVER () AS n
    FROM agencies
    WHERE agency_type IN ('food pantry', 'school pantry', 'senior center') AND agency_id <= 56
) ag ON ag.rn = 1 + (h.i * 7) % ag.n;

INSERT INTO household_visits (household_visit_id, household_id, visited_on, weight_kg)
SELECT v.j, h.household_id,
       h.registered_on + (v.j * 29) % (date '2025-12-31' - h.registered_on + 1),
       round(6 + h.household_size * 3.5 + (v.j % 9) * 1.25 + ((v.j * 7) % 100) / 100.0, 2)
FROM generate_series(1, 3600) AS v(j)
JOIN households h ON h.household_id = CASE WHEN v.j % 2 = 0 THEN 1 + (v.j / 2) % 860
                                            ELSE 1 + ((v.j * v.j + 5 * v.j) % 997) % 860 END;

-- ---------------------------------------------------------------------------------------------
-- Volunteers and their shifts. Volunteers 151-160 signed up but never worked a shift.

INSERT INTO volunteers (volunteer_id, first_name, last_name, email, phone, joined_on, has_drivers_license, is_active)
SELECT i, f, l,
       lower(f) || '.' || lower(replace(l, '''', '')) || i || '@mail.example.com',
       CASE WHEN i % 6 = 1 THEN NULL ELSE '555-' || lpad((3000 + (i * 71) % 6900)::text, 4, '0') END,
       CASE WHEN i > 150 THEN date '2025-07-01' + (i - 150) * 13
            ELSE date '2019-01-01' + (i * 149) % 2400 END,
       i % 3 <> 0,
       i % 10 <> 7
FROM (
    SELECT i,
           (ARRAY['Emma','Liam','Olivia','Noah','Ava','Ethan','Sophia','Mason','Isabella','Lucas',
                  'Mia','Jacob','Amelia','Daniel','Harper','Elijah','Chloe','Samuel','Zoe','Gabriel'])[1 + (i - 1) % 20] AS f,
           (ARRAY['Anderson','Baker','Chen','Diaz','Evans','Foster','Gupta','Hernandez','Ito','Jensen',
                  'Kowalski','Lopez','Mendes','Nakamura','O''Brien','Park','Quinn','Rossi','Silva','Turner'])[1 + ((i - 1) / 20 + (i - 1) * 3) % 20] AS l
    FROM generate_series(1, 160) AS i
) v;

INSERT INTO shifts (shift_id, volunteer_id, warehouse_id, shift_date, start_time, hours, role)
SELECT t.j, t.volunteer_id,
       CASE WHEN t.wh = 5 AND t.shift_date < date '2022-03-15' THEN 1 ELSE t.wh END,
       t.shift_date,
       (ARRAY[time '08:00', time '09:00', time '13:00', time '17:30'])[1 + (t.j * 3) % 4],
       (ARRAY[2.5, 3, 3.5, 4, 4, 6])[1 + (t.j * 7) % 6],
       CASE WHEN t.has_drivers_license AND t.j % 6 = 0 THEN 'driver'
            ELSE (ARRAY['sorting','sorting','packing','packing','intake','client services','delivery helper'])[1 + (t.j * 3) % 7] END
FROM (
    SELECT s.j, v.volunteer_id, v.has_drivers_license,
           (ARRAY[1,1,1,2,2,3,4,4,5])[1 + (s.j * 5) % 9] AS wh,
           greatest(v.joined_on, date '2022-01-01')
             + (s.j * 13) % (date '2025-12-31' - greatest(v.joined_on, date '2022-01-01') + 1) AS shift_date
    FROM generate_series(1, 1900) AS s(j)
    JOIN volunteers v ON v.volunteer_id = CASE WHEN s.j % 2 = 0 THEN 1 + (s.j / 2) % 150
                                               ELSE 1 + ((s.j * s.j * 7 + s.j) % 211) % 150 END
) t;
