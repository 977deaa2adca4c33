-- Sample database: Millbrook Borough Council household recycling centre.
-- Residents register for a permit and visit the site by car, trailer, van, pickup or on foot;
-- each visit records one drop-off row per material category (weights in kilograms).
-- Full skips are hauled away by contracted haulage companies (net weight in tonnes, cost in GBP);
-- buyers of metal, cardboard and electricals pay a rebate per tonne for each accepted load.
-- People and organisations share one parties table; residents, staff members and haulage
-- companies are role tables pointing at it. Status columns hold the current state only.
-- The centre also runs bulky-item home collections and keeps the staff shift rota.
-- Money is in pounds sterling (GBP); weights are *_kg (integer kilograms) or *_t (tonnes).
-- Data covers 2023-01-01 to 2025-06-30; extract taken on 2025-07-01.

CREATE TABLE parties (
    id            integer PRIMARY KEY,
    party_type    text NOT NULL CHECK (party_type IN ('person', 'organisation')),
    display_name  text NOT NULL,
    email         text,
    phone         text,
    created_on    date NOT NULL
);

CREATE TABLE wards (
    id    integer PRIMARY KEY,
    name  text NOT NULL UNIQUE
);

CREATE TABLE residents (
    id             integer PRIMARY KEY,
    party_id       integer NOT NULL UNIQUE REFERENCES parties (id),
    ward_id        integer NOT NULL REFERENCES wards (id),
    permit_number  text NOT NULL UNIQUE,
    registered_on  date NOT NULL,
    van_permit     boolean NOT NULL DEFAULT false
);

CREATE TABLE staff_members (
    id           integer PRIMARY KEY,
    party_id     integer NOT NULL UNIQUE REFERENCES parties (id),
    job_role     text NOT NULL CHECK (job_role IN ('weighbridge clerk', 'site operative', 'supervisor', 'collection driver')),
    hired_on     date NOT NULL,
    left_on      date,
    hourly_rate  numeric(5,2) NOT NULL CHECK (hourly_rate > 0),
    CHECK (left_on IS NULL OR left_on > hired_on)
);

CREATE TABLE haulage_companies (
    id              integer PRIMARY KEY,
    party_id        integer NOT NULL UNIQUE REFERENCES parties (id),
    licence_number  text NOT NULL UNIQUE,
    contract_start  date NOT NULL,
    contract_end    date,
    CHECK (contract_end IS NULL OR contract_end > contract_start)
);

CREATE TABLE material_categories (
    id                  integer PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    is_rebate_eligible  boolean NOT NULL
);

CREATE TABLE vehicle_types (
    id               integer PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    requires_permit  boolean NOT NULL
);

CREATE TABLE visits (
    id                integer PRIMARY KEY,
    resident_id       integer NOT NULL REFERENCES residents (id),
    vehicle_type_id   integer NOT NULL REFERENCES vehicle_types (id),
    checked_in_by     integer REFERENCES staff_members (id),
    visited_at        timestamp NOT NULL,
    duration_minutes  smallint CHECK (duration_minutes > 0)
);

CREATE TABLE drop_offs (
    id                    integer PRIMARY KEY,
    visit_id              integer NOT NULL REFERENCES visits (id),
    material_category_id  integer NOT NULL REFERENCES material_categories (id),
    weight_kg             integer NOT NULL CHECK (weight_kg > 0),
    is_contaminated       boolean NOT NULL DEFAULT false,
    UNIQUE (visit_id, material_category_id)
);

CREATE TABLE bulky_collection_requests (
    id                   integer PRIMARY KEY,
    resident_id          integer NOT NULL REFERENCES residents (id),
    requested_on         date NOT NULL,
    item_type            text NOT NULL CHECK (item_type IN ('sofa', 'mattress', 'fridge-freezer', 'washing machine', 'wardrobe', 'garden furniture')),
    item_count           smallint NOT NULL CHECK (item_count BETWEEN 1 AND 6),
    estimated_weight_kg  integer,
    status               text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled', 'no access')),
    scheduled_for        date,
    completed_on         date,
    collected_by         integer REFERENCES staff_members (id),
    fee                  numeric(6,2) NOT NULL CHECK (fee >= 0),
    is_concession        boolean NOT NULL DEFAULT false,
    CHECK (completed_on IS NULL OR status = 'completed')
);

CREATE TABLE staff_shifts (
    id               integer PRIMARY KEY,
    staff_member_id  integer NOT NULL REFERENCES staff_members (id),
    shift_date       date NOT NULL,
    shift_type       text NOT NULL CHECK (shift_type IN ('early', 'late', 'collection')),
    hours_worked     numeric(4,2) NOT NULL CHECK (hours_worked > 0 AND hours_worked <= 12),
    UNIQUE (staff_member_id, shift_date)
);

CREATE TABLE skips (
    id                    integer PRIMARY KEY,
    skip_code             text NOT NULL UNIQUE,
    material_category_id  integer NOT NULL REFERENCES material_categories (id),
    capacity_m3           smallint NOT NULL CHECK (capacity_m3 > 0),
    placed_on             date NOT NULL,
    retired_on            date
);

CREATE TABLE skip_hauls (
    id                  integer PRIMARY KEY,
    skip_id             integer NOT NULL REFERENCES skips (id),
    haulage_company_id  integer NOT NULL REFERENCES haulage_companies (id),
    hauled_on           date NOT NULL,
    net_weight_t        numeric(8,3) NOT NULL CHECK (net_weight_t > 0),
    cost                numeric(9,2) NOT NULL CHECK (cost >= 0),
    load_rejected       boolean NOT NULL DEFAULT false,
    ticket_number       text
);

CREATE TABLE rebates (
    id            integer PRIMARY KEY,
    skip_haul_id  integer NOT NULL UNIQUE REFERENCES skip_hauls (id),
    paid_on       date NOT NULL,
    rate_per_t    numeric(7,2) NOT NULL CHECK (rate_per_t > 0),
    amount        numeric(9,2) NOT NULL CHECK (amount > 0)
);

-- ---------------------------------------------------------------- lookups
INSERT INTO wards (id, name) VALUES
    (1, 'Abbey'), (2, 'Brookside'), (3, 'Castle Hill'), (4, 'Dene Park'),
    (5, 'Eastfield'), (6, 'Fairholme'), (7, 'Glebe'), (8, 'Harbour');

INSERT INTO material_categories (id, name, is_rebate_eligible) VALUES
    (1, 'Garden waste', false),
    (2, 'Wood', false),
    (3, 'Metal', true),
    (4, 'Cardboard', true),
    (5, 'Electricals', true),
    (6, 'Rubble', false);

INSERT INTO vehicle_types (id, name, requires_permit) VALUES
    (1, 'Car', false),
    (2, 'Car with trailer', false),
    (3, 'Van', true),
    (4, 'Pickup truck', true),
    (5, 'On foot or bicycle', false);

-- ---------------------------------------------------------------- parties
-- persons 1..444 (residents 1..420, staff 421..444), organisations 445..450
INSERT INTO parties (id, party_type, display_name, email, phone, created_on)
SELECT i, 'person',
       (ARRAY['Alice','Ben','Chloe','Daniel','Emma','Finn','Grace','Harry','Isla','Jack',
              'Katie','Liam','Megan','Noah','Olivia','Owen','Poppy','Ryan','Sophie','Tom',
              'Amir','Bethan','Callum','Divya','Ewan','Freya','Gareth','Hannah','Imran','Jessica',
              'Kieran','Lucy','Mohammed','Niamh','Oscar','Priya','Rhys','Sian','Tariq','Zara'])[i % 40 + 1]
       || ' ' ||
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
              'Robinson','Walker','Thompson','White','Hughes','Edwards','Green','Hall','Wood','Harris',
              'Lewis','Martin','Jackson','Clarke','Clark','Turner','Hill','Scott','Cooper','Khan'])[((i / 40) + 7 * (i % 40)) % 30 + 1],
       CASE WHEN i % 6 = 0 THEN NULL ELSE 'person' || i || '@example.org' END,
       CASE WHEN i % 4 = 1 THEN NULL ELSE '07700 9' || lpad((i * 37 % 100000)::text, 5, '0') END,
       CASE WHEN i <= 380 THEN DATE '2012-03-01' + (i * 97 % 3900)
            WHEN i <= 420 THEN DATE '2024-06-03' + ((i - 381) * 9)
            ELSE DATE '2010-01-04' + ((i - 420) * 173) END
FROM generate_series(1, 444) AS i;

INSERT INTO parties (id, party_type, display_name, email, phone, created_on) VALUES
    (445, 'organisation', 'Northgate Haulage Ltd', 'ops@northgate-haulage.example', '01632 960101', '2018-05-14'),
    (446, 'organisation', 'Brackenridge Skip Hire', 'bookings@brackenridge.example', '01632 960245', '2019-02-01'),
    (447, 'organisation', 'Castleford Metals & Haulage', 'yard@castlefordmetals.example', '01632 960377', '2017-09-20'),
    (448, 'organisation', 'Greenway Organics Ltd', 'accounts@greenway.example', NULL, '2020-03-09'),
    (449, 'organisation', 'Riverside Waste Logistics', 'contracts@riverside-wl.example', '01632 960512', '2021-11-30'),
    (450, 'organisation', 'Pennine Fibre Recovery', NULL, '01632 960688', '2022-06-06');

-- ---------------------------------------------------------------- roles
INSERT INTO residents (id, party_id, ward_id, permit_number, registered_on, van_permit)
SELECT i, i,
       CASE WHEN (i * 7) % 20 < 6 THEN 1
            WHEN (i * 7) % 20 < 10 THEN 2
            WHEN (i * 7) % 20 < 13 THEN 3
            WHEN (i * 7) % 20 < 15 THEN 4
            WHEN (i * 7) % 20 < 17 THEN 5
            WHEN (i * 7) % 20 = 17 THEN 6
            WHEN (i * 7) % 20 = 18 THEN 7
            ELSE 8 END,
       'RP-' || lpad((10000 + i * 13)::text, 5, '0'),
       CASE WHEN i <= 380 THEN DATE '2012-03-01' + (i * 97 % 3900)
            ELSE DATE '2024-06-03' + ((i - 381) * 9) END,
       (i % 9 = 0)
FROM generate_series(1, 420) AS i;

INSERT INTO staff_members (id, party_id, job_role, hired_on, left_on, hourly_rate)
SELECT s, 420 + s,
       CASE WHEN s <= 3 THEN 'weighbridge clerk'
            WHEN s <= 15 THEN 'site operative'
            WHEN s <= 19 THEN 'supervisor'
            WHEN s <= 22 THEN 'collection driver'
            ELSE 'site operative' END,
       CASE s WHEN 10 THEN DATE '2023-03-14'
              WHEN 23 THEN DATE '2024-02-05'
              WHEN 24 THEN DATE '2024-09-02'
              ELSE DATE '2010-01-04' + (s * 173) END,
       CASE s WHEN 7 THEN DATE '2024-03-31'
              WHEN 12 THEN DATE '2023-10-15'
              WHEN 21 THEN DATE '2025-01-17'
              ELSE NULL END,
       CASE WHEN s <= 3 THEN 12.40
            WHEN s <= 15 OR s >= 23 THEN 11.90 + (s % 3) * 0.25
            WHEN s <= 19 THEN 15.75 + (s % 2) * 0.50
            ELSE 13.60 END
FROM generate_series(1, 24) AS s;

INSERT INTO haulage_companies (id, party_id, licence_number, contract_start, contract_end) VALUES
    (1, 445, 'WCL-118204', '2019-04-01', NULL),
    (2, 446, 'WCL-120577', '2020-04-01', '2024-09-30'),
    (3, 447, 'WCL-098311', '2018-01-01', NULL),
    (4, 448, 'WCL-131946', '2021-04-01', NULL),
    (5, 449, 'WCL-140023', '2022-01-01', NULL),
    (6, 450, 'WCL-152870', '2022-07-01', NULL);

-- ---------------------------------------------------------------- visits
-- open every day except 25-26 December and 1 January; busier in summer and at weekends
-- a handful of keen gardeners and DIYers come far more often than everyone else
INSERT INTO visits (id, resident_id, vehicle_type_id, checked_in_by, visited_at, duration_minutes)
WITH slots AS (
    SELECT d::date AS day, k
    FROM generate_series(DATE '2023-01-01', DATE '2025-06-30', interval '1 day') AS d
    CROSS JOIN generate_series(1, 10) AS k
    WHERE k <= 2
              + CASE WHEN extract(month FROM d) BETWEEN 4 AND 9 THEN 2
                     WHEN extract(month FROM d) IN (3, 10) THEN 1 ELSE 0 END
              + CASE WHEN extract(isodow FROM d) >= 6 THEN 2 ELSE 0 END
              + CASE WHEN (d::date - DATE '2023-01-01') % 3 = 0 THEN 1 ELSE 0 END
              + CASE WHEN extract(year FROM d) = 2025 AND extract(isodow FROM d) IN (6, 7) THEN 1 ELSE 0 END
      AND NOT (extract(month FROM d) = 12 AND extract(day FROM d) IN (25, 26))
      AND NOT (extract(month FROM d) = 1 AND extract(day FROM d) = 1)
), numbered AS (
    SELECT row_number() OVER (ORDER BY day, k)::integer AS n, day, k FROM slots
), base AS (
    SELECT n, day, k,
           (n * 37 + (n / 997) * 101) % 997 AS x,
           (n * 13 + n / 7) % 20 AS v
    FROM numbered
)
SELECT n,
       CASE WHEN n % 8 = 0 AND (n / 8) % 100 < 93 THEN
                CASE WHEN (n / 8) % 100 < 18 THEN 7   WHEN (n / 8) % 100 < 32 THEN 33
                     WHEN (n / 8) % 100 < 44 THEN 52  WHEN (n / 8) % 100 < 54 THEN 90
                     WHEN (n / 8) % 100 < 63 THEN 115 WHEN (n / 8) % 100 < 71 THEN 141
                     WHEN (n / 8) % 100 < 78 THEN 160 WHEN (n / 8) % 100 < 84 THEN 201
                     WHEN (n / 8) % 100 < 89 THEN 240 ELSE 12 END
            ELSE 1 + (x * (x + 997)) / 5245 END,
       CASE WHEN v <= 10 THEN 1 WHEN v <= 14 THEN 2 WHEN v <= 17 THEN 3 WHEN v = 18 THEN 4 ELSE 5 END,
       CASE WHEN n % 29 = 0 THEN NULL
            WHEN day < DATE '2023-03-14' THEN 1 + n % 3
            ELSE (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 10])[n % 10 + 1] END,
       day + interval '8 hours' + ((n * 53) % 560) * interval '1 minute',
       CASE WHEN n % 41 = 0 THEN NULL
            ELSE 7 + (n * 17) % 19
                 + CASE WHEN v BETWEEN 11 AND 18 THEN 9 + n % 7 ELSE 0 END END
FROM base;

-- one to three drop-offs per visit, each of a different material
INSERT INTO drop_offs (id, visit_id, material_category_id, weight_kg, is_contaminated)
WITH v AS (
    SELECT id AS n, vehicle_type_id AS vt, extract(month FROM visited_at)::int AS m
    FROM visits
), first_cat AS (
    SELECT n, vt, m, (n * 7 + 3) % 20 AS r,
           CASE WHEN m BETWEEN 3 AND 10 THEN
                     CASE WHEN (n * 7 + 3) % 20 <= 8 THEN 1 WHEN (n * 7 + 3) % 20 <= 11 THEN 2
                          WHEN (n * 7 + 3) % 20 <= 13 THEN 3 WHEN (n * 7 + 3) % 20 <= 16 THEN 4
                          WHEN (n * 7 + 3) % 20 = 17 THEN 5 ELSE 6 END
                WHEN m IN (12, 1) THEN
                     CASE WHEN (n * 7 + 3) % 20 <= 1 THEN 1 WHEN (n * 7 + 3) % 20 <= 4 THEN 2
                          WHEN (n * 7 + 3) % 20 <= 7 THEN 3 WHEN (n * 7 + 3) % 20 <= 14 THEN 4
                          WHEN (n * 7 + 3) % 20 <= 16 THEN 5 ELSE 6 END
                ELSE
                     CASE WHEN (n * 7 + 3) % 20 <= 3 THEN 1 WHEN (n * 7 + 3) % 20 <= 7 THEN 2
                          WHEN (n * 7 + 3) % 20 <= 10 THEN 3 WHEN (n * 7 + 3) % 20 <= 14 THEN 4
                          WHEN (n * 7 + 3) % 20 <= 16 THEN 5 ELSE 6 END
           END AS c0
    FROM v
), rows AS (
    SELECT n, vt, j,
           ((c0 - 1 + (j - 1) * (1 + 4 * (n % 2))) % 6) + 1 AS c
    FROM first_cat
    CROSS JOIN generate_series(1, 3) AS j
    WHERE j <= 1 + CASE WHEN n % 4 = 0 THEN 1 ELSE 0 END + CASE WHEN n % 9 = 0 THEN 1 ELSE 0 END
             + CASE WHEN n % 10 = 3 THEN 1 ELSE 0 END
)
SELECT row_number() OVER (ORDER BY n, j)::integer,
       n, c,
       GREATEST(1,
         (CASE c WHEN 1 THEN 35 + (n * 31 + j * 17) % 120
                 WHEN 2 THEN 25 + (n * 29 + j * 13) % 110
                 WHEN 3 THEN 8 + (n * 23 + j * 11) % 95
                 WHEN 4 THEN 4 + (n * 19 + j * 7) % 32
                 WHEN 5 THEN 6 + (n * 17 + j * 5) % 48
                 ELSE 90 + (n * 41 + j * 19) % 380 END)
         * CASE vt WHEN 2 THEN 20 WHEN 3 THEN 24 WHEN 4 THEN 16 WHEN 5 THEN 3 ELSE 10 END / 10),
       ((n + j * 5) % 31 = 0) OR (c = 4 AND n % 37 = 0) OR (c = 1 AND n % 53 = 7)
FROM rows;

-- ---------------------------------------------------------------- bulky collections
INSERT INTO bulky_collection_requests (id, resident_id, requested_on, item_type, item_count,
    estimated_weight_kg, status, scheduled_for, completed_on, collected_by, fee, is_concession)
WITH g AS (
    SELECT n, DATE '2023-01-03' + (n * 908 / 720) AS req, (n * 7 + n / 13) % 20 AS t
    FROM generate_series(1, 720) AS n
), b AS (
    SELECT n, req,
           1 + ((n * 211) % 380 * ((n * 211) % 380 + 190)) / 570 AS res,
           CASE WHEN extract(month FROM req) BETWEEN 4 AND 9 THEN
                     CASE WHEN t <= 4 THEN 'sofa' WHEN t <= 7 THEN 'mattress'
                          WHEN t <= 9 THEN 'fridge-freezer' WHEN t = 10 THEN 'washing machine'
                          WHEN t <= 12 THEN 'wardrobe' ELSE 'garden furniture' END
                ELSE CASE WHEN t <= 6 THEN 'sofa' WHEN t <= 10 THEN 'mattress'
                          WHEN t <= 13 THEN 'fridge-freezer' WHEN t <= 15 THEN 'washing machine'
                          WHEN t <= 17 THEN 'wardrobe' ELSE 'garden furniture' END
           END AS item,
           1 + CASE WHEN n % 7 = 0 THEN 1 ELSE 0 END + CASE WHEN n % 13 = 0 THEN 2 ELSE 0 END AS cnt,
           (n % 17 = 0) AS conc
    FROM g
), s AS (
    SELECT b.*,
           CASE WHEN n % 11 = 0 THEN 'cancelled'
                WHEN n % 29 = 0 THEN 'no access'
                WHEN req + 3 + n % 9 > DATE '2025-06-30' THEN 'scheduled'
                ELSE 'completed' END AS st,
           CASE WHEN n % 22 = 0 THEN NULL ELSE req + 3 + n % 9 END AS sched
    FROM b
)
SELECT n, res, req, item, cnt,
       CASE WHEN n % 8 = 5 THEN NULL
            ELSE cnt * CASE item WHEN 'sofa' THEN 45 WHEN 'mattress' THEN 25 WHEN 'fridge-freezer' THEN 60
                                 WHEN 'washing machine' THEN 70 WHEN 'wardrobe' THEN 55 ELSE 20 END END,
       st, sched,
       CASE WHEN st = 'completed' THEN sched END,
       CASE WHEN st <> 'completed' THEN NULL
            WHEN sched < DATE '2025-01-17' THEN 20 + n % 3
            ELSE 20 + 2 * (n % 2) END,
       CASE WHEN conc THEN 0
            ELSE (CASE WHEN req < DATE '2024-01-01' THEN 25 WHEN req < DATE '2025-01-01' THEN 28 ELSE 30 END)
                 + 12 * (cnt - 1) END,
       conc
FROM s;

-- ---------------------------------------------------------------- staff rota
INSERT INTO staff_shifts (id, staff_member_id, shift_date, shift_type, hours_worked)
WITH days AS (
    SELECT d::date AS day, (d::date - DATE '2023-01-01') AS di
    FROM generate_series(DATE '2023-01-01', DATE '2025-06-30', interval '1 day') AS d
    WHERE NOT (extract(month FROM d) = 12 AND extract(day FROM d) IN (25, 26))
      AND NOT (extract(month FROM d) = 1 AND extract(day FROM d) = 1)
), site AS (
    SELECT day, di, k,
           (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,23,24])[((di * 5 + k * 4) % 21) + 1] AS sid
    FROM days
    CROSS JOIN generate_series(1, 6) AS k
    WHERE k <= 4 + CASE WHEN extract(isodow FROM day) >= 6 THEN 1 ELSE 0 END
                 + CASE WHEN extract(month FROM day) BETWEEN 4 AND 9 THEN 1 ELSE 0 END
), coll AS (
    SELECT day, di, 10 + k AS k, 19 + k AS sid
    FROM days
    CROSS JOIN generate_series(1, 3) AS k
    WHERE extract(isodow FROM day) IN (2, 4)
), alls AS (
    SELECT * FROM site UNION ALL SELECT * FROM coll
)
SELECT row_number() OVER (ORDER BY a.day, a.k)::integer,
       a.sid, a.day,
       CASE WHEN a.k > 10 THEN 'collection' WHEN a.k % 2 = 1 THEN 'early' ELSE 'late' END,
       CASE WHEN a.k > 10 THEN 8.00
            WHEN a.k % 2 = 1 THEN 7.50 ELSE 6.00 END
       + CASE WHEN (a.di + a.sid) % 13 = 0 THEN 1.50 ELSE 0 END
FROM alls a
JOIN staff_members sm ON sm.id = a.sid
WHERE sm.hired_on <= a.day AND (sm.left_on IS NULL OR sm.left_on > a.day);

-- ---------------------------------------------------------------- skips and hauls
INSERT INTO skips (id, skip_code, material_category_id, capacity_m3, placed_on, retired_on) VALUES
    (1,  'SK-01', 1, 40, '2019-04-01', NULL),
    (2,  'SK-02', 1, 40, '2019-04-01', NULL),
    (3,  'SK-03', 1, 35, '2021-05-10', NULL),
    (4,  'SK-04', 2, 35, '2019-04-01', NULL),
    (5,  'SK-05', 2, 35, '2022-02-14', NULL),
    (6,  'SK-06', 3, 20, '2019-04-01', NULL),
    (7,  'SK-07', 3, 20, '2020-08-03', NULL),
    (8,  'SK-08', 4, 40, '2019-04-01', NULL),
    (9,  'SK-09', 4, 40, '2021-11-15', NULL),
    (10, 'SK-10', 5, 20, '2020-01-06', NULL),
    (11, 'SK-11', 6, 12, '2019-04-01', NULL),
    (12, 'SK-12', 6, 12, '2019-04-01', NULL),
    (13, 'SK-13', 1, 40, '2024-03-04', NULL),
    (14, 'SK-14', 3, 20, '2018-06-11', '2024-05-31');

INSERT INTO skip_hauls (id, skip_id, haulage_company_id, hauled_on, net_weight_t, cost, load_rejected, ticket_number)
WITH cand AS (
    SELECT d::date AS day, (d::date - DATE '2023-01-01') AS di, s.id AS sid,
           s.material_category_id AS cat, extract(month FROM d)::int AS m
    FROM generate_series(DATE '2023-01-01', DATE '2025-06-30', interval '1 day') AS d
    JOIN skips s ON s.placed_on <= d::date AND (s.retired_on IS NULL OR s.retired_on > d::date)
    WHERE extract(isodow FROM d) < 7
      AND NOT (extract(month FROM d) = 12 AND extract(day FROM d) IN (25, 26))
      AND NOT (extract(month FROM d) = 1 AND extract(day FROM d) = 1)
), due AS (
    SELECT c.*
    FROM cand c
    WHERE (c.di + c.sid * 5) %
          CASE c.cat WHEN 1 THEN CASE WHEN c.m BETWEEN 4 AND 9 THEN 4 WHEN c.m IN (3, 10) THEN 7 ELSE 13 END
                     WHEN 2 THEN 7
                     WHEN 3 THEN 9
                     WHEN 4 THEN CASE WHEN c.m IN (12, 1) THEN 4 ELSE 7 END
                     WHEN 5 THEN 14
                     ELSE 6 END = 0
), numbered AS (
    SELECT row_number() OVER (ORDER BY day, sid)::integer AS n, due.*,
           CASE cat WHEN 1 THEN CASE WHEN di % 5 = 0 THEN 1 ELSE 4 END
                    WHEN 2 THEN CASE WHEN day > DATE '2024-09-30' THEN 1 WHEN di % 3 = 0 THEN 5 ELSE 2 END
                    WHEN 3 THEN 3
                    WHEN 4 THEN 6
                    WHEN 5 THEN 5
                    ELSE CASE WHEN day > DATE '2024-09-30' OR sid = 11 THEN 1 ELSE 2 END END AS hc,
           ((di * 37 + sid * 11) % 1000) / 1000.0 AS f
    FROM due
), w AS (
    SELECT numbered.*,
           round(CASE cat WHEN 1 THEN CASE WHEN m BETWEEN 4 AND 9 THEN 3.5 + 4.0 * f ELSE 1.5 + 2.5 * f END
                          WHEN 2 THEN 2.5 + 3.0 * f
                          WHEN 3 THEN 1.8 + 3.2 * f
                          WHEN 4 THEN 0.8 + 1.4 * f
                          WHEN 5 THEN 1.2 + 1.8 * f
                          ELSE 8.0 + 6.0 * f END, 3) AS t
    FROM numbered
)
SELECT n, sid, hc, day, t,
       round((CASE hc WHEN 1 THEN 120 + 22 * t
                      WHEN 2 THEN 110 + 25 * t
                      WHEN 3 THEN 85
                      WHEN 4 THEN 95 + 28 * t
                      WHEN 5 THEN 100 + 10 * t
                      ELSE 80 END)
             * (1 + 0.04 * (extract(year FROM day) - 2023)), 2),
       (di * 7 + sid) % 61 = 0,
       CASE WHEN n % 47 = 0 THEN NULL ELSE 'WB' || (240000 + n * 3) END
FROM w;

-- rebates: paid by the material buyer for each accepted load of metal, cardboard or electricals
INSERT INTO rebates (id, skip_haul_id, paid_on, rate_per_t, amount)
WITH r AS (
    SELECT h.id AS hid, h.hauled_on + 21 + h.id % 15 AS paid, h.net_weight_t AS t,
           CASE s.material_category_id
                WHEN 3 THEN 140 + (extract(month FROM h.hauled_on)::int * 7 + extract(year FROM h.hauled_on)::int * 3) % 50
                WHEN 4 THEN 45 + (extract(month FROM h.hauled_on)::int * 11 + extract(year FROM h.hauled_on)::int) % 50
                ELSE 30 + extract(month FROM h.hauled_on)::int % 4 * 2.5 END AS rate
    FROM skip_hauls h
    JOIN skips s ON s.id = h.skip_id
    WHERE s.material_category_id IN (3, 4, 5) AND NOT h.load_rejected
)
SELECT row_number() OVER (ORDER BY paid, hid)::integer, hid, paid, rate, round(t * rate, 2)
FROM r
WHERE paid <= DATE '2025-06-30';
