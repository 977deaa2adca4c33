-- A city's waste collection service: districts, households (collection addresses), the bins
-- issued to them (general waste, recycling, garden, food, glass), collection routes with their
-- regular truck and crew, the refuse trucks, scheduled pickups and their outcome,
-- missed-pickup complaints, weighbridge tickets at landfill / recycling / composting sites,
-- and truck fuel logs; sample database of the golden set benches/intent/waste.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists and modular
-- arithmetic; no random() and no clock), with activity dated over 2022-2025.

CREATE TABLE districts (
    id          integer PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL UNIQUE,
    population  integer NOT NULL,
    area_km2    numeric(6,2) NOT NULL
);

CREATE TABLE bin_types (
    id               integer PRIMARY KEY,
    label            text NOT NULL UNIQUE,
    colour           text NOT NULL,
    capacity_litres  integer NOT NULL,
    annual_charge    numeric(8,2) NOT NULL      -- yearly fee per bin; 0 when covered by council tax
);

CREATE TABLE pickup_statuses (
    id     integer PRIMARY KEY,
    label  text NOT NULL UNIQUE
);

CREATE TABLE facility_types (
    id     integer PRIMARY KEY,
    label  text NOT NULL UNIQUE
);

CREATE TABLE households (
    id                   integer PRIMARY KEY,
    street_address       text NOT NULL,
    postcode             text NOT NULL,
    district_id          integer NOT NULL REFERENCES districts (id),
    occupants            smallint NOT NULL,
    assisted_collection  boolean NOT NULL,    -- crew fetches the bins from the property
    registered_on        date NOT NULL,
    UNIQUE (street_address, postcode)
);

CREATE TABLE bins (
    id             integer PRIMARY KEY,
    serial_number  text NOT NULL UNIQUE,
    household_id   integer NOT NULL REFERENCES households (id),
    bin_type_id    integer NOT NULL REFERENCES bin_types (id),
    delivered_on   date NOT NULL,
    removed_on     date                       -- NULL while the bin is still in use
);

CREATE TABLE trucks (
    id                   integer PRIMARY KEY,
    registration         text NOT NULL UNIQUE,
    make                 text NOT NULL,
    model                text NOT NULL,
    model_year           smallint NOT NULL,
    payload_capacity_kg  integer NOT NULL,
    purchase_price       numeric(12,2) NOT NULL,
    is_electric          boolean NOT NULL,
    in_service           boolean NOT NULL
);

CREATE TABLE routes (
    id                    integer PRIMARY KEY,
    code                  text NOT NULL UNIQUE,
    name                  text NOT NULL UNIQUE,
    district_id           integer NOT NULL REFERENCES districts (id),
    bin_type_id           integer NOT NULL REFERENCES bin_types (id),
    collection_day        text NOT NULL,     -- Monday .. Friday
    frequency_weeks       smallint NOT NULL, -- 1 = weekly, 2 = fortnightly, 4 = four-weekly
    distance_km           numeric(5,1) NOT NULL,
    planned_duration_min  integer NOT NULL,
    truck_id              integer NOT NULL REFERENCES trucks (id),
    UNIQUE (district_id, bin_type_id)
);

CREATE TABLE crew_members (
    id             integer PRIMARY KEY,
    employee_no    text NOT NULL UNIQUE,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    is_driver      boolean NOT NULL,          -- HGV driver; otherwise a loader
    route_id       integer REFERENCES routes (id),   -- NULL for relief staff and leavers
    hired_on       date NOT NULL,
    left_on        date,
    hourly_rate    numeric(6,2) NOT NULL
);

CREATE TABLE pickups (
    id              integer PRIMARY KEY,
    route_id        integer NOT NULL REFERENCES routes (id),
    bin_id          integer NOT NULL REFERENCES bins (id),
    truck_id        integer NOT NULL REFERENCES trucks (id),
    scheduled_date  date NOT NULL,
    status_id       integer NOT NULL REFERENCES pickup_statuses (id),
    collected_at    timestamp                 -- set only when the bin was emptied
);

CREATE TABLE complaints (
    id             integer PRIMARY KEY,
    reference      text NOT NULL UNIQUE,
    pickup_id      integer NOT NULL REFERENCES pickups (id),
    household_id   integer NOT NULL REFERENCES households (id),
    reported_at    timestamp NOT NULL,
    upheld         boolean NOT NULL,
    resolved_on    date,                      -- NULL while still open
    credit_amount  numeric(6,2) NOT NULL      -- account credit given to the resident
);

CREATE TABLE facilities (
    id                      integer PRIMARY KEY,
    name                    text NOT NULL UNIQUE,
    facility_type_id        integer NOT NULL REFERENCES facility_types (id),
    operator                text NOT NULL,
    gate_fee_per_tonne      numeric(8,2) NOT NULL,
    distance_from_depot_km  numeric(5,1) NOT NULL,
    opened_on               date NOT NULL
);

CREATE TABLE weigh_ins (
    id             integer PRIMARY KEY,
    ticket_no      text NOT NULL UNIQUE,
    facility_id    integer NOT NULL REFERENCES facilities (id),
    truck_id       integer NOT NULL REFERENCES trucks (id),
    route_id       integer NOT NULL REFERENCES routes (id),
    weighed_at     timestamp NOT NULL,
    net_weight_kg  numeric(8,1) NOT NULL,
    gate_fee       numeric(10,2) NOT NULL     -- charged by the site for this load
);

CREATE TABLE fuel_logs (
    id               integer PRIMARY KEY,
    truck_id         integer NOT NULL REFERENCES trucks (id),
    filled_on        date NOT NULL,
    fuel_litres      numeric(6,1) NOT NULL,
    price_per_litre  numeric(5,3) NOT NULL,
    total_cost       numeric(8,2) NOT NULL,
    odometer_km      integer NOT NULL
);

-- ------------------------------------------------------------------ reference data

INSERT INTO districts VALUES
 (1, 'NG', 'Northgate',   41200, 12.40),
 (2, 'RS', 'Riverside',   36750,  9.85),
 (3, 'OT', 'Old Town',    22400,  3.60),
 (4, 'EF', 'Eastfield',   33900, 15.20),
 (5, 'HC', 'Hillcrest',   18600, 21.75),
 (6, 'WB', 'Westbrook',   39300, 13.10),
 (7, 'SM', 'Southmead',   27800, 11.45),
 (8, 'HS', 'Harbourside', 15100,  5.30);

INSERT INTO bin_types VALUES
 (1, 'General waste',   'black',  240,  0.00),
 (2, 'Mixed recycling', 'blue',   240,  0.00),
 (3, 'Garden waste',    'green',  240, 52.00),
 (4, 'Food waste',      'grey',    23,  0.00),
 (5, 'Glass',           'purple',  55,  0.00);

INSERT INTO pickup_statuses VALUES
 (1, 'Collected'),
 (2, 'Missed'),
 (3, 'Not presented'),
 (4, 'Contaminated'),
 (5, 'Cancelled');

INSERT INTO facility_types VALUES
 (1, 'Landfill'),
 (2, 'Materials recovery facility'),
 (3, 'Composting site'),
 (4, 'Transfer station'),
 (5, 'Energy from waste plant');

INSERT INTO facilities VALUES
 (1, 'Brackmoor Landfill',             1, 'Brackmoor Waste Ltd',   98.50, 18.4, '1987-06-01'),
 (2, 'Eastfield MRF',                  2, 'City Council',          41.00,  6.2, '2009-03-16'),
 (3, 'Greenacre Composting',           3, 'Greenacre Organics',    27.50, 14.8, '2004-05-10'),
 (4, 'Southmead Transfer Station',     4, 'City Council',          63.00,  4.1, '1998-09-01'),
 (5, 'Cinderford Energy Recovery',     5, 'Cinderford Energy plc', 86.00, 22.7, '2023-11-20'),
 (6, 'Kellow Hill Landfill',           1, 'Kellow Environmental', 104.25, 27.3, '1993-02-01'),
 (7, 'Westbrook In-Vessel Composting', 3, 'Greenacre Organics',    34.00,  9.6, '2016-07-04');

INSERT INTO trucks VALUES
 (1,  'WX15 KDA', 'Dennis Eagle',  'Elite 6',        2015, 11500, 189500.00, false, true),
 (2,  'WX16 LPE', 'Dennis Eagle',  'Elite 6',        2016, 11500, 192000.00, false, true),
 (3,  'WX17 BNO', 'Mercedes-Benz', 'Econic 2630',    2017, 12000, 204750.00, false, true),
 (4,  'WX18 HTC', 'Mercedes-Benz', 'Econic 2630',    2018, 12000, 211300.00, false, true),
 (5,  'WX21 EVA', 'Dennis Eagle',  'eCollect',       2021, 10500, 415000.00, true,  true),
 (6,  'WX19 RMS', 'Volvo',         'FE 320',         2019, 11000, 198400.00, false, true),
 (7,  'WX19 RMT', 'Volvo',         'FE 320',         2019, 11000, 199150.00, false, true),
 (8,  'WX14 GHJ', 'Scania',        'P280',           2014, 10800, 176900.00, false, true),
 (9,  'WX20 PLK', 'Dennis Eagle',  'Elite 6',        2020, 11500, 207600.00, false, true),
 (10, 'WX21 FDW', 'Isuzu',         'N75 Food Waste', 2021,  3200,  86500.00, false, true),
 (11, 'WX21 FDX', 'Isuzu',         'N75 Food Waste', 2021,  3200,  87250.00, false, true),
 (12, 'WX21 EVB', 'Dennis Eagle',  'eCollect',       2021, 10500, 421500.00, true,  true),
 (13, 'WX17 GLS', 'Isuzu',         'N75 Glass',      2017,  4000,  79900.00, false, true),
 (14, 'WX20 PLM', 'Dennis Eagle',  'Elite 6',        2020, 11500, 208400.00, false, true),
 (15, 'WX18 HTD', 'Mercedes-Benz', 'Econic 2630',    2018, 12000, 212950.00, false, true),
 (16, 'WX21 VLV', 'Volvo',         'FE 320',         2021, 11000, 214900.00, false, true),
 (17, 'WX13 SPR', 'Scania',        'P280',           2013, 10800, 168000.00, false, true),   -- spare
 (18, 'WX12 OLD', 'Dennis Eagle',  'Elite 2',        2012, 10000, 154000.00, false, false);  -- retired June 2024

-- ------------------------------------------------------------------ routes
-- Every district has general, recycling, food and glass rounds; garden waste is not
-- collected in Old Town and Harbourside. Big rounds share the large compactors,
-- food rounds use the two Isuzu food trucks, glass the glass truck.

INSERT INTO routes
SELECT row_number() OVER (ORDER BY t.id, d.id),
       d.code || '-' || (ARRAY['GEN','REC','GDN','FOOD','GLS'])[t.id],
       d.name || ' ' || lower(t.label),
       d.id,
       t.id,
       (ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday'])
         [1 + (d.id * 3 + CASE t.id WHEN 3 THEN 1 WHEN 5 THEN 2 ELSE 0 END) % 5],
       CASE t.id WHEN 4 THEN 1 WHEN 5 THEN 4 ELSE 2 END,
       round(24 + (d.id * 7 + t.id * 5) % 23 + ((d.id * t.id) % 10) / 10.0
             + CASE t.id WHEN 4 THEN 9 WHEN 5 THEN 14 ELSE 0 END, 1),
       300 + (d.id * 13 + t.id * 29) % 150,
       CASE
         WHEN t.id = 4 THEN CASE WHEN d.id % 2 = 1 THEN 10 ELSE 11 END
         WHEN t.id = 5 THEN 13
         ELSE (ARRAY[1,2,3,4,5,6,7,8,9,12,14,15,16])
                [1 + (row_number() OVER (PARTITION BY t.id IN (1,2,3) ORDER BY t.id, d.id) - 1) % 13]
       END
FROM districts d
CROSS JOIN bin_types t
WHERE NOT (t.id = 3 AND d.id IN (3, 8));

-- ------------------------------------------------------------------ crews
-- One driver and one loader per route, plus relief staff (no route); four relief staff
-- have left the service.

INSERT INTO crew_members
SELECT m,
       'WC' || lpad((1000 + m * 7)::text, 5, '0'),
       (ARRAY['James','Olivia','Mohammed','Amelia','Daniel','Sophie','Liam','Grace','Ryan','Chloe',
              'Connor','Emily','Jake','Hannah','Tom','Megan','Kieran','Laura','Adam','Zara',
              'Marek','Aisha','Craig','Natalie','Dean','Jade','Lewis','Rebecca','Gary','Priya',
              'Shaun','Kirsty','Paul','Leanne','Nathan','Sana','Wayne','Holly','Darren','Ewa'])
         [1 + (m * 7) % 40],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
              'Robinson','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',
              'Clarke','Hughes','Edwards','Turner','Kowalski','Hill','Moore','Cooper','Ward','Khan',
              'Morris','King','Watson','Baker','Harris','Lee','Allen','Young','Mitchell','Nowak'])
         [1 + (m * 13 + m / 40) % 40],
       (m <= 38 OR m BETWEEN 77 AND 80 OR m = 84),
       CASE WHEN m <= 38 THEN m WHEN m <= 76 THEN m - 38 END,
       DATE '2004-03-01' + (m * 151) % 7400,
       CASE m WHEN 83 THEN DATE '2023-05-26' WHEN 84 THEN DATE '2024-02-09'
              WHEN 85 THEN DATE '2024-11-29' WHEN 86 THEN DATE '2025-07-18' END,
       CASE WHEN (m <= 38 OR m BETWEEN 77 AND 80 OR m = 84)
            THEN 15.60 + ((m * 7) % 13) * 0.15
            ELSE 12.85 + ((m * 5) % 9) * 0.10 END
FROM generate_series(1, 86) AS m;

-- ------------------------------------------------------------------ households

INSERT INTO households
SELECT h,
       (1 + h / 5 + (h % 5) * 2)::text || ' ' ||
       (ARRAY['North Road','Gate Lane','Elm Avenue','Kingsway',
              'River Walk','Mill Street','Wharf Road','Osier Close',
              'Church Street','Market Row','Castle Hill','Abbey Lane',
              'Station Road','Field View','Orchard Way','Poplar Drive',
              'Summit Road','Beacon Rise','Heather Close','Moor Lane',
              'Brook Street','Willow Grove','Meadow Lane','Chestnut Drive',
              'South Parade','Linden Road','Cedar Court','Vale Road',
              'Quay Street','Anchor Lane','Harbour View','Dock Road'])
         [(dd.d - 1) * 4 + 1 + (h * 3 + h / 37) % 4],
       (ARRAY['NG','RS','OT','EF','HC','WB','SM','HS'])[dd.d] || (1 + h % 9)::text || ' '
         || (h % 10)::text || chr(65 + (h * 7) % 26) || chr(65 + (h * 11) % 26),
       dd.d,
       1 + (h * 7) % 6,
       h % 23 = 0,
       CASE WHEN h <= 520 THEN DATE '2001-01-01' + (h * 211) % 7300
            ELSE DATE '2022-01-10' + (h - 520) * 18 END
FROM generate_series(1, 600) AS h
CROSS JOIN LATERAL (SELECT (ARRAY[1,2,4,6,3,7,5,8,1,2,4,6,1,3,7,2,5,8,1,4,6,2,3,7,1,4,6,2,1,5,8,3,7,4,6,2,1])
                             [1 + (h + h / 12) % 37] AS d) dd;

-- ------------------------------------------------------------------ bins
-- General waste and recycling for every household; food caddies for most; garden waste
-- for subscribers where it is collected; glass boxes for about half. Some garden
-- subscriptions lapsed, and some general waste bins were replaced.

CREATE TEMP TABLE bin_src AS
SELECT h.id AS household_id, t.id AS bin_type_id,
       CASE t.id
         WHEN 1 THEN h.registered_on
         WHEN 2 THEN h.registered_on
         WHEN 3 THEN greatest(h.registered_on, DATE '2016-04-01' + (h.id % 9) * 20)
         WHEN 4 THEN greatest(h.registered_on, DATE '2019-09-02')
         ELSE greatest(h.registered_on, DATE '2022-06-06')
       END AS delivered_on,
       CASE
         WHEN t.id = 3 AND h.id % 21 = 0 THEN
           CASE WHEN h.id % 2 = 0 THEN DATE '2023-03-31' ELSE DATE '2024-03-31' END
         WHEN t.id = 1 AND h.id % 29 = 0 AND h.registered_on < DATE '2022-01-01' THEN
           DATE '2022-02-01' + (h.id * 37) % 1300
       END AS removed_on,
       0 AS sort_key
FROM households h
CROSS JOIN bin_types t
WHERE t.id IN (1, 2)
   OR (t.id = 3 AND h.district_id NOT IN (3, 8) AND h.id % 3 = 0)
   OR (t.id = 4 AND h.id % 6 <> 0)
   OR (t.id = 5 AND h.id % 4 IN (1, 2));

INSERT INTO bin_src
SELECT household_id, 1, removed_on + 3, NULL, 1
FROM bin_src
WHERE bin_type_id = 1 AND removed_on IS NOT NULL;

INSERT INTO bins
SELECT row_number() OVER (ORDER BY sort_key, household_id, bin_type_id),
       'BN' || lpad((row_number() OVER (ORDER BY sort_key, household_id, bin_type_id) * 37 + 100000)::text, 7, '0'),
       household_id, bin_type_id, delivered_on, removed_on
FROM bin_src;

DROP TABLE bin_src;

-- ------------------------------------------------------------------ pickups
-- A sample of scheduled bin lifts, each on its route's collection day in a week that
-- fits the route's frequency. The week of 12 December 2022 was lost to snow.

INSERT INTO pickups
WITH bl AS (
    SELECT b.id AS bin_id, b.bin_type_id, b.delivered_on, b.removed_on,
           r.id AS route_id, r.truck_id, r.frequency_weeks, r.district_id,
           array_position(ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday'], r.collection_day) - 1 AS dow,
           row_number() OVER (ORDER BY b.id) AS rn,
           count(*) OVER () AS cnt
    FROM bins b
    JOIN households h ON h.id = b.household_id
    JOIN routes r ON r.district_id = h.district_id AND r.bin_type_id = b.bin_type_id
), cand AS (
    SELECT n, bl.*,
           DATE '2022-01-03'
             + 7 * (bl.frequency_weeks * ((n * 53 + n / 11) % (209 / bl.frequency_weeks)))
             + bl.dow AS sdate
    FROM generate_series(1, 5200) AS n
    JOIN bl ON bl.rn = 1 + (n * 389) % bl.cnt
), ok AS (
    SELECT c.*, (n * 37 + bin_id * 3 + (sdate - DATE '2022-01-03') / 7 * 11) % 100 AS hv,
           CASE WHEN n % 11 = 0 THEN 17
                WHEN n % 23 = 0 AND sdate < DATE '2024-06-01' THEN 18
                ELSE truck_id END AS used_truck
    FROM cand c
    WHERE sdate <= DATE '2025-12-31'
      AND sdate >= delivered_on
      AND (removed_on IS NULL OR sdate < removed_on)
), st AS (
    SELECT ok.*,
           CASE
             WHEN sdate BETWEEN DATE '2022-12-12' AND DATE '2022-12-16' THEN 5
             WHEN hv >= 98 THEN 5
             WHEN hv >= 92 THEN 3
             WHEN hv >= 89 THEN CASE WHEN bin_type_id IN (2, 3, 4) THEN 4 ELSE 1 END
             WHEN hv >= 84 THEN 2
             WHEN district_id = 5 AND extract(year FROM sdate) = 2023 AND hv >= 70 THEN 2
             WHEN used_truck = 17 AND hv >= 76 THEN 2
             ELSE 1
           END AS status_id
    FROM ok
)
SELECT row_number() OVER (ORDER BY sdate, n),
       route_id, bin_id, used_truck, sdate, status_id,
       CASE WHEN status_id = 1
            THEN sdate + TIME '06:45' + make_interval(mins => ((n * 17) % 430)::int) END
FROM st;

-- ------------------------------------------------------------------ complaints
-- Residents report most missed bins, and some whose bin the crew logged as not put out.

INSERT INTO complaints
WITH c AS (
    SELECT p.id AS pickup_id, b.household_id, p.scheduled_date, p.status_id, b.bin_type_id,
           p.scheduled_date + (1 + p.id % 2) + TIME '08:00'
             + make_interval(mins => ((p.id * 7) % 600)::int) AS reported_at
    FROM pickups p
    JOIN bins b ON b.id = p.bin_id
    WHERE (p.status_id = 2 AND p.id % 4 <> 0)
       OR (p.status_id = 3 AND p.id % 3 = 0)
), n AS (
    SELECT c.*, row_number() OVER (ORDER BY reported_at, pickup_id) AS id,
           row_number() OVER (PARTITION BY extract(year FROM reported_at) ORDER BY reported_at, pickup_id) AS seq
    FROM c
)
SELECT id,
       'CMP-' || extract(year FROM reported_at)::int || '-' || lpad(seq::text, 4, '0'),
       pickup_id, household_id, reported_at,
       status_id = 2,
       CASE WHEN pickup_id % 3 = 0 AND scheduled_date >= DATE '2025-10-01' THEN NULL
            WHEN pickup_id % 37 = 0 THEN NULL
            WHEN status_id = 2 THEN scheduled_date + 2 + pickup_id % 5
            ELSE scheduled_date + 3 + pickup_id % 4 END,
       CASE WHEN status_id = 2 AND bin_type_id = 3 THEN 5.00 ELSE 0.00 END
FROM n;

-- ------------------------------------------------------------------ weighbridge tickets
-- General waste went to Brackmoor (north and east) until the energy-from-waste plant took it
-- from April 2024, and to Kellow Hill (south and west); recycling to the MRF; garden waste
-- to the two composting sites; food waste to the in-vessel plant; glass via the transfer
-- station. Garden tonnage peaks in summer.

INSERT INTO weigh_ins
WITH w AS (
    SELECT n, r.id AS route_id, r.district_id, r.bin_type_id,
           CASE WHEN n % 13 = 0 AND r.bin_type_id IN (1, 2, 3) THEN 17 ELSE r.truck_id END AS truck_id,
           DATE '2022-01-03' + 7 * ((n * 29 + n / 5) % 209)
             + array_position(ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday'], r.collection_day) - 1
             AS wdate
    FROM generate_series(1, 1500) AS n
    JOIN routes r ON r.id = 1 + (n * 17) % 38
), f AS (
    SELECT w.*,
           CASE bin_type_id
             WHEN 1 THEN CASE WHEN district_id IN (5, 6, 7, 8) THEN 6
                              WHEN wdate < DATE '2024-04-01' THEN 1 ELSE 5 END
             WHEN 2 THEN 2
             WHEN 3 THEN CASE WHEN district_id IN (1, 2, 4) THEN 3 ELSE 7 END
             WHEN 4 THEN 7
             ELSE 4
           END AS facility_id,
           CASE bin_type_id
             WHEN 1 THEN 7000 + (n * 97) % 3800
             WHEN 2 THEN 4000 + (n * 97) % 2500
             WHEN 3 THEN 4200 + (n * 97) % 2600
                         + CASE WHEN extract(month FROM wdate) BETWEEN 5 AND 9 THEN 2600
                                WHEN extract(month FROM wdate) IN (12, 1, 2) THEN -1900 ELSE 0 END
             WHEN 4 THEN 1500 + (n * 97) % 1500
             ELSE 2500 + (n * 97) % 1300
           END + (n % 10) / 10.0 AS kg
    FROM w
    WHERE wdate <= DATE '2025-12-31'
)
SELECT row_number() OVER (ORDER BY wdate, n),
       'WB' || facility_id || '-' || lpad((row_number() OVER (ORDER BY wdate, n))::text, 6, '0'),
       f.facility_id, f.truck_id, f.route_id,
       wdate + TIME '10:30' + make_interval(mins => ((n * 23) % 330)::int),
       kg,
       round(kg / 1000 * fa.gate_fee_per_tonne, 2)
FROM f
JOIN facilities fa ON fa.id = f.facility_id;

-- ------------------------------------------------------------------ fuel logs
-- Diesel trucks only (the two eCollects charge at the depot); the old Elite 2 stops at its
-- retirement in June 2024.

INSERT INTO fuel_logs
WITH g AS (
    SELECT n, t AS truck_id,
           DATE '2022-01-01' + ((n / 16) * 23 + t * 5 + n % 7) % 1461 AS fdate
    FROM generate_series(0, 1007) AS n
    CROSS JOIN LATERAL (SELECT (ARRAY[1,2,3,4,6,7,8,9,10,11,13,14,15,16,17,18])[1 + n % 16] AS t) tt
), v AS (
    SELECT g.*,
           CASE WHEN truck_id IN (10, 11, 13) THEN 45 + (n * 53) % 40 ELSE 110 + (n * 53) % 120 END
             + (n % 10) / 10.0 AS litres,
           CASE extract(year FROM fdate)::int
             WHEN 2022 THEN 1.829 WHEN 2023 THEN 1.664 WHEN 2024 THEN 1.571 ELSE 1.498
           END + (n % 7) * 0.012 AS ppl
    FROM g
    WHERE NOT (truck_id = 18 AND fdate >= DATE '2024-06-01')
)
SELECT row_number() OVER (ORDER BY fdate, truck_id, n),
       truck_id, fdate, litres, ppl, round(litres * ppl, 2),
       40000 + (truck_id * 9731) % 150000 + (fdate - DATE '2022-01-01') * (70 + truck_id * 4)
FROM v;

ANALYZE;
