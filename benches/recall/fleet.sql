-- Operations database of a Midwest trucking company's fleet: trucks and trailers (as assets),
-- drivers and mechanics (as people), customers, loads, trips with odometer readings, fuel
-- purchases, maintenance work orders, tolls and fines, used as the sample database of the
-- golden set benches/intent/fleet.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE assets (
    id           integer PRIMARY KEY,
    asset_tag    varchar(12) NOT NULL UNIQUE,
    purchased_on date NOT NULL,
    cost         numeric(12,2) NOT NULL
);

CREATE TABLE trucks (
    id            integer PRIMARY KEY REFERENCES assets (id),
    vin           char(17) NOT NULL UNIQUE,
    make          text NOT NULL,
    model         text NOT NULL,
    model_year    smallint NOT NULL,
    license_plate varchar(10) NOT NULL UNIQUE,
    fuel_type     text NOT NULL,
    sleeper_cab   boolean NOT NULL,
    status        text NOT NULL
);

CREATE TABLE trailers (
    id              integer PRIMARY KEY REFERENCES assets (id),
    trailer_type    text NOT NULL,
    manufacturer    text NOT NULL,
    year_built      smallint NOT NULL,
    length_ft       smallint NOT NULL,
    max_payload_lbs integer NOT NULL,
    license_plate   varchar(10) NOT NULL UNIQUE,
    status          text NOT NULL
);

CREATE TABLE people (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         text NOT NULL UNIQUE,
    phone         varchar(14) NOT NULL,
    home_terminal text NOT NULL,
    hired_on      date NOT NULL,
    left_on       date
);

CREATE TABLE drivers (
    id                 integer PRIMARY KEY REFERENCES people (id),
    license_number     varchar(12) NOT NULL UNIQUE,
    license_state      char(2) NOT NULL,
    license_class      char(1) NOT NULL,
    license_expires_on date NOT NULL,
    hazmat_endorsed    boolean NOT NULL,
    employment_type    text NOT NULL,
    pay_per_mile       numeric(4,3) NOT NULL
);

CREATE TABLE mechanics (
    id            integer PRIMARY KEY REFERENCES people (id),
    specialty     text NOT NULL,
    ase_certified boolean NOT NULL,
    hourly_rate   numeric(6,2) NOT NULL,
    shift         text NOT NULL
);

CREATE TABLE customers (
    id                 integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    industry           text NOT NULL,
    city               text NOT NULL,
    state              char(2) NOT NULL,
    credit_limit       numeric(12,2) NOT NULL,
    payment_terms_days integer NOT NULL,
    customer_since     date NOT NULL,
    is_active          boolean NOT NULL
);

CREATE TABLE loads (
    id                integer PRIMARY KEY,
    load_number       varchar(10) NOT NULL UNIQUE,
    customer_id       integer NOT NULL REFERENCES customers (id),
    booked_on         date NOT NULL,
    pickup_date       date NOT NULL,
    due_date          date NOT NULL,
    delivered_on      date,
    origin_city       text NOT NULL,
    origin_state      char(2) NOT NULL,
    destination_city  text NOT NULL,
    destination_state char(2) NOT NULL,
    commodity         text NOT NULL,
    weight_lbs        integer NOT NULL,
    miles             integer NOT NULL,
    is_hazmat         boolean NOT NULL,
    rate              numeric(10,2) NOT NULL,
    status            text NOT NULL
);

CREATE TABLE trips (
    id             integer PRIMARY KEY,
    load_id        integer REFERENCES loads (id),
    truck_id       integer NOT NULL REFERENCES trucks (id),
    trailer_id     integer REFERENCES trailers (id),
    driver_id      integer NOT NULL REFERENCES drivers (id),
    departed_at    timestamp NOT NULL,
    arrived_at     timestamp,
    odometer_start integer NOT NULL,
    odometer_end   integer
);

CREATE TABLE fuel_purchases (
    id               integer PRIMARY KEY,
    truck_id         integer NOT NULL REFERENCES trucks (id),
    driver_id        integer NOT NULL REFERENCES drivers (id),
    purchased_at     timestamp NOT NULL,
    station_brand    text NOT NULL,
    state            char(2) NOT NULL,
    fuel_type        text NOT NULL,
    gallons          numeric(7,2) NOT NULL,
    price_per_gallon numeric(5,3) NOT NULL,
    total_amount     numeric(9,2) NOT NULL
);

CREATE TABLE work_orders (
    id          integer PRIMARY KEY,
    wo_number   varchar(10) NOT NULL UNIQUE,
    asset_id    integer NOT NULL REFERENCES assets (id),
    mechanic_id integer NOT NULL REFERENCES mechanics (id),
    opened_on   date NOT NULL,
    completed_on date,
    work_type   text NOT NULL,
    description text NOT NULL,
    priority    text NOT NULL,
    labor_hours numeric(5,1) NOT NULL,
    labor_cost  numeric(10,2) NOT NULL,
    parts_cost  numeric(10,2) NOT NULL,
    total_cost  numeric(10,2) NOT NULL,
    status      text NOT NULL
);

CREATE TABLE tolls (
    id             integer PRIMARY KEY,
    trip_id        integer NOT NULL REFERENCES trips (id),
    toll_road      text NOT NULL,
    charged_at     timestamp NOT NULL,
    payment_method text NOT NULL,
    amount         numeric(8,2) NOT NULL
);

CREATE TABLE fines (
    id              integer PRIMARY KEY,
    citation_number varchar(12) NOT NULL UNIQUE,
    trip_id         integer REFERENCES trips (id),
    driver_id       integer NOT NULL REFERENCES drivers (id),
    truck_id        integer NOT NULL REFERENCES trucks (id),
    issued_on       date NOT NULL,
    violation       text NOT NULL,
    state           char(2) NOT NULL,
    amount          numeric(8,2) NOT NULL,
    paid_on         date
);

-- Trucks: assets 1..60.
INSERT INTO assets (id, asset_tag, purchased_on, cost)
SELECT i,
       'TRK-' || lpad((100 + i)::text, 3, '0'),
       make_date(2015 + (i * 7) % 10, 9, 1) + (i * 23) % 300,
       110000 + ((i * 7) % 10) * 4500 + (i * 1373) % 25000
         + CASE (i * 3) % 10 WHEN 0 THEN 9000 WHEN 1 THEN 9000 WHEN 2 THEN 12000 ELSE 0 END
         + ((i * 37) % 100) / 100.0
FROM generate_series(1, 60) AS i;

INSERT INTO trucks (id, vin, make, model, model_year, license_plate, fuel_type, sleeper_cab, status)
SELECT i,
       (ARRAY['1FUJ','1XKY','1XPB','4V4N','3HSD','1M1A'])[m] || 'HDR' || (2016 + (i * 7) % 10)::text
         || lpad(((i * 7919) % 100000 + 100000)::text, 6, '0'),
       (ARRAY['Freightliner','Kenworth','Peterbilt','Volvo','International','Mack'])[m],
       (ARRAY['Cascadia','T680','579','VNL 760','LT625','Anthem'])[m],
       2016 + (i * 7) % 10,
       'PRP-' || lpad(((i * 4271) % 9000 + 1000)::text, 4, '0'),
       CASE WHEN i % 15 = 0 THEN 'electric' WHEN i % 15 = 7 THEN 'natural gas' ELSE 'diesel' END,
       i % 3 <> 0,
       CASE WHEN i % 17 = 0 THEN 'retired'
            WHEN i % 11 = 0 THEN 'out of service'
            WHEN i % 13 = 4 THEN 'in shop'
            ELSE 'active' END
FROM (SELECT i,
             CASE (i * 3) % 10 WHEN 0 THEN 2 WHEN 1 THEN 2 WHEN 2 THEN 3
                               WHEN 3 THEN 4 WHEN 4 THEN 4 WHEN 5 THEN 5 WHEN 6 THEN 6
                               ELSE 1 END AS m
      FROM generate_series(1, 60) AS i) AS s;

-- Trailers: assets 61..150, grouped by type (dry vans, reefers, flatbeds, tankers).
INSERT INTO assets (id, asset_tag, purchased_on, cost)
SELECT 60 + j,
       'TRL-' || lpad((500 + j)::text, 3, '0'),
       make_date(2013 + (j * 11) % 13, 1 + (j * 5) % 12, 1 + (j * 7) % 28),
       CASE WHEN j <= 50 THEN 31000 + (j * 1931) % 14000
            WHEN j <= 70 THEN 62000 + (j * 2713) % 19000
            WHEN j <= 82 THEN 36000 + (j * 1571) % 15000
            ELSE 84000 + (j * 3041) % 26000 END
         + 500 * ((j * 11) % 13)
FROM generate_series(1, 90) AS j;

INSERT INTO trailers (id, trailer_type, manufacturer, year_built, length_ft, max_payload_lbs, license_plate, status)
SELECT 60 + j,
       CASE WHEN j <= 50 THEN 'dry van' WHEN j <= 70 THEN 'reefer'
            WHEN j <= 82 THEN 'flatbed' ELSE 'tanker' END,
       CASE WHEN j <= 50 THEN (ARRAY['Great Dane','Wabash','Utility','Hyundai Translead'])[1 + (j * 3) % 4]
            WHEN j <= 70 THEN (ARRAY['Utility','Great Dane','Wabash'])[1 + j % 3]
            WHEN j <= 82 THEN (ARRAY['Fontaine','Great Dane','Reitnouer'])[1 + j % 3]
            ELSE (ARRAY['Polar','Heil'])[1 + j % 2] END,
       2013 + (j * 11) % 13,
       CASE WHEN j <= 50 AND j % 6 = 0 THEN 48 WHEN j > 82 THEN 42 ELSE 53 END,
       CASE WHEN j <= 50 THEN 45000 WHEN j <= 70 THEN 43500 WHEN j <= 82 THEN 48000 ELSE 47000 END
         - 250 * (j % 5),
       'TX-' || lpad(((j * 6007) % 90000 + 10000)::text, 5, '0'),
       CASE WHEN j % 19 = 0 THEN 'retired' WHEN j % 12 = 5 THEN 'in shop' ELSE 'active' END
FROM generate_series(1, 90) AS j;

-- People: 1..80 drivers, 81..94 mechanics, 95..100 office staff.
INSERT INTO people (id, first_name, last_name, email, phone, home_terminal, hired_on, left_on)
SELECT i, fn, ln,
       lower(replace(fn, '''', '') || '.' || replace(ln, '''', '')) || '@ridgelinefreight.com',
       '(614) 555-' || lpad(((i * 389) % 10000)::text, 4, '0'),
       (ARRAY['Columbus','Columbus','Indianapolis','Louisville','Columbus','Memphis','Indianapolis'])[1 + (i * 5) % 7],
       hired,
       CASE WHEN i <= 80 AND i % 7 = 0 AND hired + 200 + (i * 31) % 900 <= date '2025-12-31'
            THEN hired + 200 + (i * 31) % 900
            WHEN i = 86 THEN date '2024-08-30'
            ELSE NULL END
FROM (SELECT i,
             (ARRAY['James','Maria','Robert','Linda','Michael','Patricia','David','Jennifer','William',
                    'Angela','Carlos','Denise','Joseph','Tamika','Thomas','Karen','Daniel','Rosa',
                    'Kevin','Sharon','Marcus','Brenda','Luis','Heather','Travis'])[1 + i % 25] AS fn,
             (ARRAY['Miller','Johnson','Garcia','Brown','Davis','Wilson','Moore','Taylor','Anderson',
                    'Thomas','Jackson','White','Harris','Martin','Thompson','Martinez','Robinson',
                    'Clark','Lewis','Walker','Hall','Young','Allen','King','Wright','Lopez','Hill',
                    'Scott','O''Brien'])[1 + (i * 7) % 29] AS ln,
             CASE WHEN i <= 80 THEN date '2014-01-06' + (i * 173) % 4300
                  WHEN i = 93 THEN date '2023-05-15'
                  WHEN i <= 94 THEN date '2010-05-03' + (i * 331) % 4000
                  ELSE date '2016-02-01' + (i * 419) % 2900 END AS hired
      FROM generate_series(1, 100) AS i) AS s;

INSERT INTO drivers (id, license_number, license_state, license_class, license_expires_on,
                     hazmat_endorsed, employment_type, pay_per_mile)
SELECT i,
       (ARRAY['OH','OH','IN','KY','OH','TN','IN'])[1 + (i * 5) % 7] || lpad(((i * 7919) % 9000000 + 1000000)::text, 8, '0'),
       (ARRAY['OH','OH','IN','KY','OH','TN','IN'])[1 + (i * 5) % 7],
       CASE WHEN i % 8 = 0 THEN 'B' ELSE 'A' END,
       date '2024-03-01' + (i * 97) % 1500,
       i % 4 = 1,
       CASE WHEN i % 6 = 0 THEN 'owner-operator' ELSE 'company' END,
       0.520 + ((i * 13) % 19) * 0.01 + CASE WHEN i % 6 = 0 THEN 0.55 ELSE 0 END
FROM generate_series(1, 80) AS i;

INSERT INTO mechanics (id, specialty, ase_certified, hourly_rate, shift)
SELECT i,
       (ARRAY['diesel engines','brakes and suspension','electrical','tires','reefer units','trailers','general'])[1 + (i * 3) % 7],
       i % 4 <> 2,
       28.50 + ((i * 7) % 15) * 1.25,
       CASE WHEN i % 3 = 0 THEN 'night' ELSE 'day' END
FROM generate_series(81, 94) AS i;

INSERT INTO customers (id, name, industry, city, state, credit_limit, payment_terms_days, customer_since, is_active)
SELECT row_number() OVER (ORDER BY ord), name, industry, city, state, credit_limit, terms, since, active
FROM (VALUES
  (1,  'Buckeye Paper Supply',        'paper and packaging',  'Columbus',     'OH',  250000, 30, date '2016-04-11', true),
  (2,  'Great Lakes Steel Coil',      'metals',               'Cleveland',    'OH',  400000, 45, date '2017-09-05', true),
  (3,  'Hoosier Fresh Produce',       'food and beverage',    'Indianapolis', 'IN',  180000, 15, date '2018-02-19', true),
  (4,  'Bluegrass Bottling Co.',      'food and beverage',    'Louisville',   'KY',  220000, 30, date '2015-06-01', true),
  (5,  'Tri-State Building Supply',   'construction',         'Cincinnati',   'OH',  300000, 45, date '2019-03-14', true),
  (6,  'Music City Distributors',     'retail',               'Nashville',    'TN',  150000, 30, date '2020-08-03', true),
  (7,  'Delta Cold Storage',          'food and beverage',    'Memphis',      'TN',  275000, 30, date '2016-11-21', true),
  (8,  'Peachtree Home Goods',        'retail',               'Atlanta',      'GA',  200000, 60, date '2021-01-25', true),
  (9,  'Motor City Axle',             'automotive',           'Detroit',      'MI',  350000, 45, date '2015-10-12', true),
  (10, 'Allegheny Chemical',          'chemicals',            'Pittsburgh',   'PA',  300000, 30, date '2018-07-09', true),
  (11, 'Gateway Lumber',              'construction',         'St. Louis',    'MO',  160000, 30, date '2019-05-20', true),
  (12, 'Heartland Grain Foods',       'food and beverage',    'Kansas City',  'MO',  210000, 30, date '2017-03-27', true),
  (13, 'Queen City Auto Parts',       'automotive',           'Charlotte',    'NC',  190000, 45, date '2020-02-10', true),
  (14, 'Lone Star Beverage',          'food and beverage',    'Dallas',       'TX',  260000, 30, date '2022-06-13', true),
  (15, 'Windy City Appliances',       'retail',               'Chicago',      'IL',  320000, 60, date '2016-08-15', true),
  (16, 'Scioto Plastics',             'manufacturing',        'Columbus',     'OH',  140000, 30, date '2018-12-03', true),
  (17, 'River Bend Fertilizer',       'agriculture',          'Louisville',   'KY',  120000, 15, date '2019-09-16', false),
  (18, 'Wabash Valley Dairy',         'food and beverage',    'Indianapolis', 'IN',  170000, 15, date '2017-05-08', true),
  (19, 'Maumee Glass Works',          'manufacturing',        'Cleveland',    'OH',  230000, 45, date '2020-10-19', true),
  (20, 'Cumberland Furniture',        'retail',               'Nashville',    'TN',  110000, 30, date '2021-04-12', false),
  (21, 'Ozark Poultry',               'food and beverage',    'Memphis',      'TN',  240000, 30, date '2022-02-07', true),
  (22, 'Northstar Tire & Rubber',     'automotive',           'Detroit',      'MI',  280000, 45, date '2016-01-18', true),
  (23, 'Keystone Cleaning Products',  'chemicals',            'Pittsburgh',   'PA',  150000, 30, date '2021-07-26', true),
  (24, 'Magnolia Outdoor Living',     'retail',               'Atlanta',      'GA',  130000, 60, date '2023-03-06', true),
  (25, 'Prairie Pipe & Valve',        'metals',               'Kansas City',  'MO',  210000, 45, date '2018-04-23', true),
  (26, 'Lakefront Packaging',         'paper and packaging',  'Chicago',      'IL',  260000, 30, date '2015-12-07', true),
  (27, 'Carolina Textile Mills',      'manufacturing',        'Charlotte',    'NC',  160000, 45, date '2019-11-11', false),
  (28, 'Red River Feed & Seed',       'agriculture',          'Dallas',       'TX',   90000, 15, date '2023-08-14', true),
  (29, 'Ohio Valley Foods',           'food and beverage',    'Cincinnati',   'OH',  310000, 30, date '2017-02-13', true),
  (30, 'Mississippi Barge Supply',    'metals',               'St. Louis',    'MO',  170000, 30, date '2020-06-29', false),
  (31, 'Summit Roofing Materials',    'construction',         'Columbus',     'OH',  200000, 45, date '2022-09-19', true),
  (32, 'Blue Ridge Cabinetry',        'manufacturing',        'Charlotte',    'NC',  125000, 30, date '2024-01-22', true),
  (33, 'Smoky Mountain Candle Co.',   'retail',               'Nashville',    'TN',   80000, 30, date '2024-05-13', true),
  (34, 'Erie Industrial Coatings',    'chemicals',            'Cleveland',    'OH',  190000, 30, date '2018-10-01', true),
  (35, 'Badger State Cheese',         'food and beverage',    'Chicago',      'IL',  230000, 15, date '2021-09-13', true),
  (36, 'Motorway Battery Recycling',  'automotive',           'Indianapolis', 'IN',  100000, 30, date '2022-11-28', false),
  (37, 'Hilltop Orchards',            'agriculture',          'Louisville',   'KY',   95000, 15, date '2020-03-30', true),
  (38, 'Fort Worth Fasteners',        'manufacturing',        'Dallas',       'TX',  150000, 45, date '2023-02-27', true),
  (39, 'Rust Belt Salvage',           'metals',               'Pittsburgh',   'PA',   70000, 15, date '2019-07-15', false),
  (40, 'Corn Belt Ethanol',           'chemicals',            'Kansas City',  'MO',  280000, 30, date '2021-12-06', true)
) AS c (ord, name, industry, city, state, credit_limit, terms, since, active);

-- Loads: 2,800 over 2022-2025, growing in volume, on lanes between fifteen cities.
WITH cities (k, city, state, lat, lon) AS (VALUES
  (0, 'Columbus', 'OH', 39.96, -83.00), (1, 'Indianapolis', 'IN', 39.77, -86.16),
  (2, 'Chicago', 'IL', 41.88, -87.63), (3, 'Louisville', 'KY', 38.25, -85.76),
  (4, 'Nashville', 'TN', 36.16, -86.78), (5, 'Memphis', 'TN', 35.15, -90.05),
  (6, 'Atlanta', 'GA', 33.75, -84.39), (7, 'Detroit', 'MI', 42.33, -83.05),
  (8, 'Pittsburgh', 'PA', 40.44, -80.00), (9, 'St. Louis', 'MO', 38.63, -90.20),
  (10, 'Kansas City', 'MO', 39.10, -94.58), (11, 'Cincinnati', 'OH', 39.10, -84.51),
  (12, 'Charlotte', 'NC', 35.23, -80.84), (13, 'Dallas', 'TX', 32.78, -96.80),
  (14, 'Cleveland', 'OH', 41.50, -81.69)
),
base AS (
  SELECT i,
         date '2022-01-01' + floor(1460 * (sqrt(1 + 3 * (i - 1) / 2800.0) - 1))::int AS pickup,
         (ARRAY[0,0,0,0,0,0,1,1,1,2,2,2,3,3,7,7,11,11,14,14,8,5,4,6])[1 + (i * 7) % 24] AS o,
         (ARRAY[2,2,2,6,6,6,4,4,9,9,12,12,13,13,10,5,5,1,1,3,3,8,7,14,11,0,0,0,2])[1 + (i * i + 5 * i) % 29] AS d0,
         CASE (i * 11) % 20
              WHEN 0 THEN 'general freight' WHEN 1 THEN 'general freight' WHEN 2 THEN 'general freight'
              WHEN 19 THEN 'general freight'
              WHEN 3 THEN 'paper products' WHEN 4 THEN 'paper products'
              WHEN 5 THEN 'beverages' WHEN 6 THEN 'beverages' WHEN 7 THEN 'auto parts'
              WHEN 8 THEN 'produce' WHEN 9 THEN 'produce'
              WHEN 10 THEN 'frozen food' WHEN 11 THEN 'frozen food' WHEN 12 THEN 'dairy'
              WHEN 13 THEN 'steel coils' WHEN 14 THEN 'steel coils' WHEN 15 THEN 'lumber'
              WHEN 16 THEN 'building materials'
              ELSE 'chemicals' END AS commodity
  FROM generate_series(1, 2800) AS i
),
lanes AS (
  SELECT b.*, CASE WHEN b.d0 = b.o THEN (b.o + 1 + (b.i * 13) % 14) % 15 ELSE b.d0 END AS d FROM base b
),
measured AS (
  SELECT l.*, oc.city AS ocity, oc.state AS ostate, dc.city AS dcity, dc.state AS dstate,
         round(1.18 * 3959 * 2 * asin(sqrt(
             power(sin(radians(dc.lat - oc.lat) / 2), 2)
           + cos(radians(oc.lat)) * cos(radians(dc.lat)) * power(sin(radians(dc.lon - oc.lon) / 2), 2)
         )))::int + (l.i * 7) % 9 AS miles
  FROM lanes l JOIN cities oc ON oc.k = l.o JOIN cities dc ON dc.k = l.d
)
INSERT INTO loads (id, load_number, customer_id, booked_on, pickup_date, due_date, delivered_on,
                   origin_city, origin_state, destination_city, destination_state, commodity,
                   weight_lbs, miles, is_hazmat, rate, status)
SELECT m.i,
       'LD-' || lpad((20000 + m.i * 3)::text, 5, '0'),
       cu.id,
       m.pickup - (1 + (m.i * 3) % 12),
       m.pickup,
       m.pickup + ceil(m.miles / 520.0)::int,
       NULL,
       m.ocity, m.ostate, m.dcity, m.dstate, m.commodity,
       CASE WHEN m.commodity IN ('steel coils', 'lumber', 'building materials') THEN 30000 + (m.i * 2371) % 16000
            WHEN m.commodity = 'chemicals' THEN 28000 + (m.i * 1789) % 15000
            ELSE 9000 + (m.i * 2371) % 34000 END,
       m.miles,
       m.commodity = 'chemicals' AND m.i % 5 <> 0,
       round(greatest(650, m.miles * (1.95 + ((m.i * 7) % 11) * 0.06
             + CASE WHEN m.commodity IN ('produce', 'frozen food', 'dairy') THEN 0.35
                    WHEN m.commodity IN ('steel coils', 'lumber', 'building materials') THEN 0.25
                    WHEN m.commodity = 'chemicals' THEN 0.45 ELSE 0 END
             + CASE extract(year FROM m.pickup) WHEN 2022 THEN 0.40 WHEN 2023 THEN 0.05
                    WHEN 2024 THEN 0 ELSE 0.12 END)), 2),
       CASE WHEN m.pickup >= date '2025-12-29' THEN 'booked' ELSE 'delivered' END
FROM measured m
CROSS JOIN LATERAL (
    SELECT w.id
    FROM (SELECT c.id, row_number() OVER (ORDER BY c.id, g) AS rn, count(*) OVER () AS cnt
          FROM customers c
          CROSS JOIN LATERAL generate_series(1, 1 + (c.id * 7) % 6 + CASE WHEN c.id IN (2, 9, 15) THEN 3 ELSE 0 END) AS g
          WHERE c.customer_since <= m.pickup
            AND (c.is_active OR m.pickup < date '2023-06-30' + c.id * 9)
            AND (c.name <> 'Hilltop Orchards'
                 OR (extract(month FROM m.pickup) BETWEEN 8 AND 11 AND m.pickup < date '2025-01-01'))) AS w
    WHERE w.rn = 1 + (m.i * 37 + (m.i * m.i) % 11) % w.cnt
) AS cu;

-- Trips: one per picked-up load plus 160 empty repositioning moves, numbered in time order,
-- with odometer readings running on per truck.
WITH loaded AS (
  SELECT 'L' AS src, l.id AS n, l.id AS load_id, l.pickup_date AS day, l.commodity,
         l.miles + (l.id * 13) % 23 AS trip_miles,
         l.pickup_date + time '05:00' + ((l.id * 47) % 540) * interval '1 minute' AS departed_at,
         (l.miles + (l.id * 13) % 23) / 47.0 + floor(l.miles / 550.0) * 10
           + CASE WHEN l.id % 11 = 0 THEN 22 WHEN l.id % 29 = 0 THEN 40 WHEN l.id % 7 = 3 THEN 9 ELSE 0 END AS hours
  FROM loads l
  WHERE l.status <> 'booked'
),
empty AS (
  SELECT 'E' AS src, k AS n, NULL::integer AS load_id,
         date '2022-01-05' + (k * 9 + (k * k) % 7) AS day, NULL::text AS commodity,
         40 + (k * 71) % 260 AS trip_miles,
         date '2022-01-05' + (k * 9 + (k * k) % 7) + time '04:30' + ((k * 53) % 600) * interval '1 minute' AS departed_at,
         (40 + (k * 71) % 260) / 50.0 AS hours
  FROM generate_series(1, 160) AS k
),
moves AS (
  SELECT * FROM loaded UNION ALL SELECT * FROM empty
),
assigned AS (
  SELECT mv.*, tk.id AS truck_id, dr.id AS driver_id,
         CASE WHEN mv.load_id IS NULL AND mv.n % 2 = 0 THEN NULL ELSE tr.id END AS trailer_id
  FROM moves mv
  CROSS JOIN LATERAL (
      SELECT x.id FROM (
          SELECT t.id, row_number() OVER (ORDER BY t.id) AS rn, count(*) OVER () AS cnt
          FROM trucks t JOIN assets a ON a.id = t.id
          WHERE a.purchased_on <= mv.day - 10) AS x
      WHERE x.rn = 1 + (mv.n * 7 + (mv.n * mv.n) % 13 + CASE mv.src WHEN 'E' THEN 3 ELSE 0 END) % x.cnt
  ) AS tk
  CROSS JOIN LATERAL (
      SELECT x.id FROM (
          SELECT d.id, row_number() OVER (ORDER BY d.id, g) AS rn, count(*) OVER () AS cnt
          FROM drivers d JOIN people p ON p.id = d.id
          CROSS JOIN LATERAL generate_series(1, 1 + (d.id * 5) % 4 + CASE WHEN d.employment_type = 'owner-operator' THEN 1 ELSE 0 END) AS g
          WHERE p.hired_on <= mv.day AND (p.left_on IS NULL OR p.left_on > mv.day)) AS x
      WHERE x.rn = 1 + (mv.n * 3 + (mv.n * mv.n * 5) % 17 + CASE mv.src WHEN 'E' THEN 11 ELSE 0 END) % x.cnt
  ) AS dr
  CROSS JOIN LATERAL (
      SELECT x.id FROM (
          SELECT t.id, row_number() OVER (ORDER BY t.id) AS rn, count(*) OVER () AS cnt
          FROM trailers t JOIN assets a ON a.id = t.id
          WHERE a.purchased_on <= mv.day
            AND t.trailer_type = CASE
                  WHEN mv.commodity IN ('produce', 'frozen food', 'dairy') THEN 'reefer'
                  WHEN mv.commodity IN ('steel coils', 'lumber', 'building materials') THEN 'flatbed'
                  WHEN mv.commodity = 'chemicals' THEN 'tanker'
                  ELSE 'dry van' END) AS x
      WHERE x.rn = 1 + (mv.n * 5 + (mv.n * mv.n) % 7) % x.cnt
  ) AS tr
),
numbered AS (
  SELECT a.*,
         row_number() OVER (ORDER BY a.departed_at, a.src, a.n) AS trip_id,
         a.departed_at + a.hours * interval '1 hour' AS arrival,
         (SELECT greatest(0, date '2022-01-01' - s.purchased_on) * 270 + (a.truck_id * 811) % 5000
            FROM assets s WHERE s.id = a.truck_id)
           + coalesce(sum(a.trip_miles + 35) OVER (PARTITION BY a.truck_id ORDER BY a.departed_at, a.src, a.n
                                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS odo
  FROM assigned a
)
INSERT INTO trips (id, load_id, truck_id, trailer_id, driver_id, departed_at, arrived_at, odometer_start, odometer_end)
SELECT trip_id, load_id, truck_id, trailer_id, driver_id,
       date_trunc('minute', departed_at),
       CASE WHEN arrival <= timestamp '2025-12-28 12:00' THEN date_trunc('minute', arrival) END,
       odo,
       CASE WHEN arrival <= timestamp '2025-12-28 12:00' THEN odo + trip_miles END
FROM numbered;

UPDATE loads l
SET delivered_on = t.arrived_at::date
FROM trips t
WHERE t.load_id = l.id AND t.arrived_at IS NOT NULL;

UPDATE loads l
SET status = 'in transit'
FROM trips t
WHERE t.load_id = l.id AND t.arrived_at IS NULL;

-- Fuel purchases: on the road, roughly one fill every 450 miles; electric trucks never buy fuel.
WITH monthly (ym, price) AS (
  SELECT row_number() OVER (), p
  FROM unnest(ARRAY[3.72, 4.06, 4.85, 5.13, 5.57, 5.75, 5.49, 5.07, 4.96, 5.31, 5.30, 4.84,
                    4.58, 4.52, 4.27, 4.12, 3.93, 3.80, 3.84, 4.30, 4.50, 4.53, 4.26, 3.98,
                    3.91, 4.04, 4.02, 4.04, 3.88, 3.71, 3.82, 3.73, 3.58, 3.65, 3.59, 3.53,
                    3.61, 3.74, 3.63, 3.60, 3.52, 3.69, 3.74, 3.71, 3.75, 3.70, 3.80, 3.71]) AS p
),
fills AS (
  SELECT t.id AS trip_id, k, t.truck_id, t.driver_id, tk.fuel_type,
         t.departed_at + (k - 1) * interval '9 hours' + (1 + (t.id + k) % 5) * interval '40 minutes' AS at,
         coalesce(t.odometer_end, t.odometer_start + l.miles) - t.odometer_start AS miles,
         greatest(1, round((coalesce(t.odometer_end, t.odometer_start + l.miles) - t.odometer_start) / 450.0))::int AS n
  FROM trips t
  JOIN trucks tk ON tk.id = t.truck_id
  LEFT JOIN loads l ON l.id = t.load_id
  CROSS JOIN LATERAL generate_series(1, greatest(1, round((coalesce(t.odometer_end, t.odometer_start + l.miles) - t.odometer_start) / 450.0))::int) AS k
  WHERE tk.fuel_type <> 'electric'
    AND (coalesce(t.odometer_end, t.odometer_start + l.miles) - t.odometer_start >= 180 OR t.id % 3 = 0)
),
priced AS (
  SELECT f.*,
         round(least(190, (f.miles::numeric / f.n) / (6.1 + (f.truck_id % 7) * 0.15)
                          * CASE WHEN f.fuel_type = 'natural gas' THEN 1.12 ELSE 1 END
                          + (f.trip_id % 9) * 1.5), 2) AS gallons,
         round(mo.price * CASE WHEN f.fuel_type = 'natural gas' THEN 0.72 ELSE 1 END
               + ((f.trip_id * 7 + f.k * 3) % 26 - 10) * 0.01, 3) AS ppg
  FROM fills f
  JOIN monthly mo ON mo.ym = (extract(year FROM f.at) - 2022) * 12 + extract(month FROM f.at)
  WHERE f.at <= timestamp '2025-12-28 12:00'
)
INSERT INTO fuel_purchases (id, truck_id, driver_id, purchased_at, station_brand, state, fuel_type,
                            gallons, price_per_gallon, total_amount)
SELECT row_number() OVER (ORDER BY p.at, p.trip_id, p.k),
       p.truck_id, p.driver_id, date_trunc('minute', p.at),
       CASE WHEN p.fuel_type = 'natural gas' THEN (ARRAY['Clean Energy','TA','Pilot'])[1 + (p.trip_id + p.k) % 3]
            ELSE (ARRAY['Pilot','Love''s','TA','Pilot','Petro','Flying J','Love''s','Speedway','Pilot','Casey''s'])[1 + (p.trip_id * 3 + p.k) % 10] END,
       (ARRAY['OH','IN','IL','KY','TN','OH','MO','GA','PA','OH','IN','MI','TX','NC','KY','TN'])[1 + (p.trip_id * 5 + p.k * 3) % 16],
       CASE WHEN p.fuel_type = 'natural gas' THEN 'CNG' ELSE 'diesel' END,
       p.gallons, p.ppg, round(p.gallons * p.ppg, 2)
FROM priced p;

-- Maintenance work orders on trucks and trailers.
WITH base AS (
  SELECT i,
         date '2022-01-02' + floor((i - 1) * 2.08)::int + (i * 3) % 4 AS opened,
         CASE WHEN (i * 7) % 20 < 8 THEN 'preventive maintenance'
              WHEN (i * 7) % 20 < 13 OR (i * 7) % 20 = 19 THEN 'repair'
              WHEN (i * 7) % 20 < 16 THEN 'tires'
              WHEN (i * 7) % 20 < 18 THEN 'inspection'
              ELSE 'recall' END AS wt
  FROM generate_series(1, 700) AS i
),
detailed AS (
  SELECT b.*,
         CASE b.wt
           WHEN 'preventive maintenance' THEN (ARRAY['PM-A service','PM-B service','oil and filter change','PM-A service'])[1 + b.i % 4]
           WHEN 'repair' THEN (ARRAY['brake job','air leak','alternator replacement','DPF cleaning','clutch replacement',
                                     'coolant leak','turbo replacement','wiring harness repair','suspension airbag'])[1 + (b.i * 5) % 9]
           WHEN 'tires' THEN (ARRAY['steer tire replacement','drive tire replacement','flat repair','trailer tire replacement'])[1 + b.i % 4]
           WHEN 'inspection' THEN 'DOT annual inspection'
           ELSE 'manufacturer recall campaign' END AS descr,
         CASE b.wt
           WHEN 'preventive maintenance' THEN 1.5 + (b.i % 6) * 0.5
           WHEN 'repair' THEN 2 + (b.i * 7) % 17
           WHEN 'tires' THEN 0.5 + (b.i % 6) * 0.5
           WHEN 'inspection' THEN 1 + (b.i % 3) * 0.5
           ELSE 1 + (b.i % 5) END AS hours,
         CASE b.wt
           WHEN 'preventive maintenance' THEN 180 + (b.i * 37) % 470
           WHEN 'repair' THEN 300 + (b.i * 613) % 8700
           WHEN 'tires' THEN 450 + (b.i * 173) % 1950
           WHEN 'inspection' THEN (b.i * 11) % 120
           ELSE 0 END + ((b.i * 29) % 100) / 100.0 AS parts,
         CASE b.wt
           WHEN 'preventive maintenance' THEN (b.i % 2)
           WHEN 'repair' THEN (b.i * 3) % 10
           WHEN 'tires' THEN 0
           WHEN 'inspection' THEN (b.i % 2)
           ELSE 1 + b.i % 3 END AS days
  FROM base b
),
assigned AS (
  SELECT d.*, a.id AS asset_id, mc.id AS mechanic_id, mc.hourly_rate
  FROM detailed d
  CROSS JOIN LATERAL (
      SELECT x.id FROM (
          SELECT s.id, row_number() OVER (ORDER BY s.id) AS rn, count(*) OVER () AS cnt
          FROM assets s
          WHERE s.purchased_on <= d.opened - 30
            AND (d.wt <> 'recall' OR s.id <= 60)) AS x
      WHERE x.rn = 1 + (d.i * 17 + (d.i * d.i) % 19) % x.cnt
  ) AS a
  CROSS JOIN LATERAL (
      SELECT x.id, x.hourly_rate FROM (
          SELECT m.id, m.hourly_rate, row_number() OVER (ORDER BY m.id) AS rn, count(*) OVER () AS cnt
          FROM mechanics m JOIN people p ON p.id = m.id
          WHERE p.hired_on <= d.opened AND (p.left_on IS NULL OR p.left_on > d.opened)) AS x
      WHERE x.rn = 1 + (d.i * 5 + (d.i * d.i) % 7) % x.cnt
  ) AS mc
)
INSERT INTO work_orders (id, wo_number, asset_id, mechanic_id, opened_on, completed_on, work_type,
                         description, priority, labor_hours, labor_cost, parts_cost, total_cost, status)
SELECT i,
       'WO-' || (22000 + i * 2)::text,
       asset_id, mechanic_id, opened,
       CASE WHEN i % 97 = 0 OR opened + days > date '2025-12-31' OR (opened >= date '2025-12-15' AND i % 2 = 0)
            THEN NULL ELSE opened + days END,
       wt, descr,
       CASE WHEN wt = 'repair' AND i % 3 = 0 THEN 'urgent'
            WHEN wt IN ('repair', 'recall') THEN 'high'
            ELSE 'routine' END,
       hours,
       round(hours * hourly_rate, 2),
       parts,
       round(hours * hourly_rate, 2) + parts,
       CASE WHEN i % 97 = 0 OR opened + days > date '2025-12-31' OR (opened >= date '2025-12-15' AND i % 2 = 0)
            THEN 'open' ELSE 'closed' END
FROM assigned;

-- Tolls on the longer trips.
WITH charges AS (
  SELECT t.id AS trip_id, k, t.truck_id,
         t.departed_at + k * interval '2 hours 15 minutes' AS at
  FROM trips t
  CROSS JOIN LATERAL generate_series(1, 1 + t.id % 3) AS k
  WHERE coalesce(t.odometer_end, t.odometer_start + 500) - t.odometer_start >= 150
    AND (t.id * 7) % 10 < 6
)
INSERT INTO tolls (id, trip_id, toll_road, charged_at, payment_method, amount)
SELECT row_number() OVER (ORDER BY c.at, c.trip_id, c.k),
       c.trip_id,
       (ARRAY['Ohio Turnpike','Indiana Toll Road','Pennsylvania Turnpike','Illinois Tollway',
              'Ohio Turnpike','Kansas Turnpike','Illinois Tollway','West Virginia Turnpike',
              'Indiana Toll Road','Ohio Turnpike'])[1 + (c.trip_id * 3 + c.k) % 10],
       date_trunc('minute', c.at),
       CASE WHEN c.truck_id % 9 = 0 OR c.trip_id % 25 = 0 THEN 'toll-by-plate' ELSE 'transponder' END,
       round(6 + ((c.trip_id * 31 + c.k * 17) % 70) + ((c.trip_id + c.k) % 100) / 100.0
             + CASE WHEN c.truck_id % 9 = 0 OR c.trip_id % 25 = 0 THEN 4.50 ELSE 0 END, 2)
FROM charges c
WHERE c.at <= timestamp '2025-12-28 12:00';

-- Fines and citations picked up on the road.
WITH cited AS (
  SELECT t.*, (t.id * 5) % 16 AS v
  FROM trips t
  WHERE t.id % 14 = 3
)
INSERT INTO fines (id, citation_number, trip_id, driver_id, truck_id, issued_on, violation, state, amount, paid_on)
SELECT row_number() OVER (ORDER BY c.id),
       'CIT-' || lpad(((c.id * 7349) % 900000 + 100000)::text, 6, '0'),
       c.id, c.driver_id, c.truck_id,
       c.departed_at::date + c.id % 2,
       CASE WHEN c.v < 5 THEN 'speeding' WHEN c.v < 8 THEN 'hours of service'
            WHEN c.v < 10 THEN 'overweight' WHEN c.v < 13 THEN 'equipment defect'
            WHEN c.v < 15 THEN 'improper lane use' ELSE 'parking' END,
       (ARRAY['OH','IN','IL','KY','TN','PA','MO','OH','GA','IN','MI'])[1 + (c.id * 3) % 11],
       CASE WHEN c.v < 5 THEN 150 + (c.id * 13) % 250
            WHEN c.v < 8 THEN 500 + (c.id * 97) % 2250
            WHEN c.v < 10 THEN 300 + (c.id * 41) % 1200
            WHEN c.v < 13 THEN 100 + (c.id * 7) % 250
            WHEN c.v < 15 THEN 120 + (c.id * 3) % 130
            ELSE 75 + (c.id % 5) * 25 END,
       CASE WHEN c.id % 5 = 0 OR c.departed_at::date + c.id % 2 > date '2025-11-15' THEN NULL
            ELSE c.departed_at::date + c.id % 2 + 14 + c.id % 40 END
FROM cited c;
