-- A chain of self-service laundromats: stores, washers and dryers, wash/dry cycles started by
-- customers, loyalty card accounts and their top-ups, prices per cycle type, machine faults and
-- repairs, technicians, and detergent and other laundry supplies sold at the counter.
-- Every row is invented and reproducible (fixed lists, generate_series, modular arithmetic).

SET client_min_messages = warning;
SET timezone = 'UTC';

CREATE TABLE stores (
    store_uid        text PRIMARY KEY,
    store_name       text NOT NULL,
    city             text NOT NULL,
    street_address   text NOT NULL,
    opened_on        date NOT NULL,
    closed_on        date,
    open_24h         boolean NOT NULL,
    has_attendant    boolean NOT NULL,
    floor_area_m2    integer NOT NULL
);

CREATE TABLE machines (
    machine_uid      text PRIMARY KEY,
    store_uid        text NOT NULL REFERENCES stores (store_uid),
    machine_type     text NOT NULL CHECK (machine_type IN ('washer', 'dryer')),
    brand            text NOT NULL,
    capacity_kg      integer NOT NULL,
    installed_on     date NOT NULL,
    retired_on       date,
    status           text NOT NULL CHECK (status IN ('in service', 'out of order', 'retired'))
);

CREATE TABLE cycle_types (
    cycle_type_uid   text PRIMARY KEY,
    cycle_name       text NOT NULL UNIQUE,
    machine_type     text NOT NULL CHECK (machine_type IN ('washer', 'dryer')),
    duration_minutes integer NOT NULL,
    temperature_c    integer
);

CREATE TABLE prices (
    price_uid        text PRIMARY KEY,
    cycle_type_uid   text NOT NULL REFERENCES cycle_types (cycle_type_uid),
    valid_from       date NOT NULL,
    valid_to         date,
    price            numeric(6,2) NOT NULL
);

CREATE TABLE loyalty_accounts (
    account_uid      text PRIMARY KEY,
    holder_name      text NOT NULL,
    email            text NOT NULL UNIQUE,
    home_store_uid   text NOT NULL REFERENCES stores (store_uid),
    opened_on        date NOT NULL,
    tier             text NOT NULL CHECK (tier IN ('standard', 'silver', 'gold')),
    is_active        boolean NOT NULL,
    current_balance  numeric(8,2) NOT NULL
);

CREATE TABLE top_ups (
    top_up_uid       text PRIMARY KEY,
    account_uid      text NOT NULL REFERENCES loyalty_accounts (account_uid),
    store_uid        text REFERENCES stores (store_uid),
    topped_up_at     timestamptz NOT NULL,
    amount           numeric(8,2) NOT NULL,
    bonus_amount     numeric(8,2) NOT NULL,
    payment_method   text NOT NULL CHECK (payment_method IN ('cash', 'card', 'app'))
);

CREATE TABLE cycles (
    cycle_uid        text PRIMARY KEY,
    machine_uid      text NOT NULL REFERENCES machines (machine_uid),
    cycle_type_uid   text NOT NULL REFERENCES cycle_types (cycle_type_uid),
    account_uid      text REFERENCES loyalty_accounts (account_uid),
    started_at       timestamptz NOT NULL,
    ended_at         timestamptz NOT NULL,
    payment_method   text NOT NULL CHECK (payment_method IN ('coins', 'card', 'loyalty card')),
    amount_charged   numeric(6,2) NOT NULL,
    completed        boolean NOT NULL
);

CREATE TABLE technicians (
    technician_uid   text PRIMARY KEY,
    full_name        text NOT NULL,
    employer         text NOT NULL,
    specialty        text NOT NULL,
    hourly_rate      numeric(6,2) NOT NULL,
    phone            text NOT NULL,
    hired_on         date NOT NULL,
    is_active        boolean NOT NULL
);

CREATE TABLE faults (
    fault_uid        text PRIMARY KEY,
    machine_uid      text NOT NULL REFERENCES machines (machine_uid),
    reported_at      timestamptz NOT NULL,
    fault_type       text NOT NULL,
    severity         text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    reported_by      text NOT NULL CHECK (reported_by IN ('customer', 'staff', 'telemetry')),
    status           text NOT NULL CHECK (status IN ('open', 'resolved')),
    resolved_at      timestamptz
);

CREATE TABLE repairs (
    repair_uid       text PRIMARY KEY,
    fault_uid        text NOT NULL REFERENCES faults (fault_uid),
    technician_uid   text NOT NULL REFERENCES technicians (technician_uid),
    started_at       timestamptz NOT NULL,
    finished_at      timestamptz NOT NULL,
    labour_hours     numeric(4,2) NOT NULL,
    parts_cost       numeric(8,2) NOT NULL,
    outcome          text NOT NULL CHECK (outcome IN ('fixed', 'part ordered', 'awaiting parts'))
);

CREATE TABLE products (
    product_uid      text PRIMARY KEY,
    product_name     text NOT NULL,
    brand            text NOT NULL,
    category         text NOT NULL,
    list_price       numeric(6,2) NOT NULL,
    is_eco           boolean NOT NULL,
    is_discontinued  boolean NOT NULL
);

CREATE TABLE detergent_sales (
    sale_uid         text PRIMARY KEY,
    store_uid        text NOT NULL REFERENCES stores (store_uid),
    product_uid      text NOT NULL REFERENCES products (product_uid),
    account_uid      text REFERENCES loyalty_accounts (account_uid),
    sold_at          timestamptz NOT NULL,
    quantity         integer NOT NULL CHECK (quantity > 0),
    unit_price       numeric(6,2) NOT NULL
);

-- Stores -------------------------------------------------------------------------------------
INSERT INTO stores VALUES
 ('S-01', 'Suds Market Street',      'Leeds',      '12 Market Street',      '2016-03-14', NULL,         true,  true,  140),
 ('S-02', 'Suds Headingley',         'Leeds',      '88 Otley Road',         '2017-06-01', NULL,         false, false,  95),
 ('S-03', 'Suds Chapeltown',         'Leeds',      '3 Roundhay Road',       '2018-09-20', NULL,         false, true,  110),
 ('S-04', 'Suds Northern Quarter',   'Manchester', '41 Oldham Street',      '2016-11-05', NULL,         true,  true,  160),
 ('S-05', 'Suds Fallowfield',        'Manchester', '210 Wilmslow Road',     '2019-02-18', '2025-03-31', false, false,  80),
 ('S-06', 'Suds Chorlton',           'Manchester', '7 Barlow Moor Road',    '2020-08-03', NULL,         false, false, 100),
 ('S-07', 'Suds Ecclesall Road',     'Sheffield',  '395 Ecclesall Road',    '2015-05-22', NULL,         true,  true,  185),
 ('S-08', 'Suds Hillsborough',       'Sheffield',  '19 Middlewood Road',    '2021-01-11', NULL,         false, false,  75),
 ('S-09', 'Suds Micklegate',         'York',       '54 Micklegate',         '2019-10-07', NULL,         false, true,  105),
 ('S-10', 'Suds Heworth',            'York',       '2 East Parade',         '2022-09-01', NULL,         false, false, 120),
 ('S-11', 'Suds Manningham',         'Bradford',   '150 Manningham Lane',   '2023-04-15', NULL,         true,  false, 115),
 ('S-12', 'Suds Newland Avenue',     'Hull',       '66 Newland Avenue',     '2024-02-01', NULL,         false, true,   70);

-- Machines: 60% washers, 40% dryers per store ----------------------------------------------
INSERT INTO machines (machine_uid, store_uid, machine_type, brand, capacity_kg, installed_on, retired_on, status)
SELECT format('M-%s', lpad(n::text, 4, '0')),
       store_uid,
       CASE WHEN g % 5 IN (1, 2, 4) THEN 'washer' ELSE 'dryer' END,
       (ARRAY['Electrolux', 'Speed Queen', 'Miele', 'Primus', 'Girbau', 'Electrolux', 'Speed Queen'])[1 + (n * 3) % 7],
       CASE WHEN g % 5 IN (1, 2, 4)
            THEN (ARRAY[8, 11, 14, 11, 18, 25])[1 + (n * 7) % 6]
            ELSE (ARRAY[10, 16, 16, 23])[1 + n % 4] END,
       inst,
       ret,
       CASE WHEN ret IS NOT NULL THEN 'retired' ELSE 'in service' END
FROM (
    SELECT x.*,
           CASE WHEN x.closed_on IS NOT NULL THEN x.closed_on
                WHEN n % 11 = 0 AND x.inst < date '2021-06-01' THEN date '2023-06-30' + ((n * 41) % 600)::int
           END AS ret
    FROM (
        SELECT row_number() OVER (ORDER BY s.store_uid, g) AS n, s.store_uid, s.opened_on, s.closed_on, g,
               CASE WHEN g % 9 = 0
                    THEN greatest(s.opened_on, date '2023-02-01' + (g * 31 + ascii(right(s.store_uid, 1)) * 47) % 500)
                    ELSE greatest(s.opened_on, date '2018-06-01' + (g * 97 + ascii(right(s.store_uid, 1)) * 13) % 1200)
               END AS inst
        FROM stores s
        JOIN (VALUES ('S-01', 16), ('S-02', 12), ('S-03', 10), ('S-04', 14), ('S-05', 8), ('S-06', 12),
                     ('S-07', 18), ('S-08', 9), ('S-09', 11), ('S-10', 13), ('S-11', 10), ('S-12', 7)) c (store_uid, cnt)
          ON c.store_uid = s.store_uid
        CROSS JOIN LATERAL generate_series(1, c.cnt) g
    ) x
) y;

-- Cycle types --------------------------------------------------------------------------------
INSERT INTO cycle_types VALUES
 ('CT-01', 'Quick Wash 30',      'washer', 30, 30),
 ('CT-02', 'Standard Wash 40',   'washer', 45, 40),
 ('CT-03', 'Hot Wash 60',        'washer', 55, 60),
 ('CT-04', 'Delicates 30',       'washer', 40, 30),
 ('CT-05', 'Heavy Duty 90',      'washer', 70, 90),
 ('CT-06', 'Duvet & Bedding',    'washer', 65, 40),
 ('CT-07', 'Dry 15 min',         'dryer',  15, NULL),
 ('CT-08', 'Dry 30 min',         'dryer',  30, NULL),
 ('CT-09', 'Dry 45 min',         'dryer',  45, NULL),
 ('CT-10', 'Low Heat Dry 30',    'dryer',  30, NULL);

-- Price list: three price periods per cycle type ------------------------------------------
INSERT INTO prices (price_uid, cycle_type_uid, valid_from, valid_to, price)
SELECT format('PR-%s', lpad(((t.k - 1) * 3 + p.period)::text, 3, '0')),
       t.cycle_type_uid,
       p.valid_from,
       p.valid_to,
       round(t.base * p.factor * 4) / 4
FROM (VALUES (1, 'CT-01', 3.50), (2, 'CT-02', 4.50), (3, 'CT-03', 5.00), (4, 'CT-04', 4.50), (5, 'CT-05', 6.50),
             (6, 'CT-06', 8.00), (7, 'CT-07', 1.50), (8, 'CT-08', 2.50), (9, 'CT-09', 3.50), (10, 'CT-10', 2.50))
       t (k, cycle_type_uid, base)
CROSS JOIN (VALUES (1, date '2022-01-01', date '2022-12-31', 1.00),
                   (2, date '2023-01-01', date '2024-06-30', 1.15),
                   (3, date '2024-07-01', NULL::date, 1.25)) p (period, valid_from, valid_to, factor);

-- Loyalty card accounts ---------------------------------------------------------------------
INSERT INTO loyalty_accounts (account_uid, holder_name, email, home_store_uid, opened_on, tier, is_active, current_balance)
SELECT format('LC-%s', lpad(i::text, 5, '0')),
       fn || ' ' || ln,
       lower(fn) || '.' || lower(ln) || '@mail.example',
       s.store_uid,
       greatest(s.opened_on, date '2022-01-01' + (i * 577) % 1400),
       CASE WHEN i % 17 = 0 THEN 'gold' WHEN i % 5 = 0 THEN 'silver' ELSE 'standard' END,
       i % 9 <> 4,
       ((i * 137) % 4500) / 100.0
FROM (
    SELECT i,
           (ARRAY['Amira', 'Ben', 'Chloe', 'Daniel', 'Ella', 'Farhan', 'Grace', 'Harry', 'Isla', 'Jack', 'Kiran', 'Leah',
                  'Mohammed', 'Niamh', 'Oliver', 'Priya', 'Quinn', 'Ruby', 'Sam', 'Tomasz', 'Uma', 'Victor', 'Wen', 'Zara'])[1 + i % 24] AS fn,
           (ARRAY['Ahmed', 'Barker', 'Clarke', 'Dawson', 'Evans', 'Fletcher', 'Green', 'Hussain', 'Iqbal', 'Jones', 'Khan',
                  'Lewis', 'Mitchell', 'Nowak', 'Owens', 'Patel', 'Quigley', 'Robinson', 'Shaw', 'Taylor', 'Usman', 'Walsh',
                  'Wright', 'Young', 'Zielinski'])[1 + (i * 7) % 25] AS ln,
           format('S-%s', lpad((1 + (i * 5) % 12)::text, 2, '0')) AS store_uid
    FROM generate_series(1, 600) i
) a
JOIN stores s ON s.store_uid = a.store_uid;

-- Top-ups of loyalty cards --------------------------------------------------------------------
INSERT INTO top_ups (top_up_uid, account_uid, store_uid, topped_up_at, amount, bonus_amount, payment_method)
SELECT format('TU-%s', lpad(row_number() OVER (ORDER BY t.topped_up_at, t.i)::text, 6, '0')),
       t.account_uid,
       CASE WHEN t.method = 'app' THEN NULL
            WHEN t.i % 4 = 0 AND t.alt_ok THEN t.alt_store
            ELSE t.home_store_uid END,
       t.topped_up_at,
       t.amount,
       CASE WHEN t.amount >= 50 THEN 7.50 WHEN t.amount >= 20 THEN 2.00 ELSE 0 END,
       t.method
FROM (
    SELECT i, a.account_uid, a.home_store_uid,
           (a.opened_on + (i * 11) % 700)::timestamp AT TIME ZONE 'UTC'
             + (8 + (i * 5) % 13) * interval '1 hour' + ((i * 23) % 60) * interval '1 minute' AS topped_up_at,
           (ARRAY[5, 10, 10, 20, 20, 20, 50, 10, 5, 30, 15])[1 + (i * i + 3 * i) % 11]::numeric(8,2) AS amount,
           (ARRAY['cash', 'card', 'app', 'app', 'card', 'card', 'app'])[1 + (i * 3) % 7] AS method,
           s2.store_uid AS alt_store,
           (s2.opened_on <= a.opened_on + (i * 11) % 700
             AND (s2.closed_on IS NULL OR s2.closed_on > a.opened_on + (i * 11) % 700)) AS alt_ok
    FROM generate_series(1, 2200) i
    JOIN loyalty_accounts a ON a.account_uid = format('LC-%s', lpad((1 + (i * 37) % 600)::text, 5, '0'))
    JOIN stores s2 ON s2.store_uid = format('S-%s', lpad((1 + (i * 7) % 12)::text, 2, '0'))
) t
WHERE t.topped_up_at < timestamptz '2026-01-01 00:00:00+00';

-- Cycles started by customers ---------------------------------------------------------------
INSERT INTO cycles (cycle_uid, machine_uid, cycle_type_uid, account_uid, started_at, ended_at, payment_method, amount_charged, completed)
SELECT format('CY-%s', lpad(row_number() OVER (ORDER BY c.started_at, c.i)::text, 6, '0')),
       c.machine_uid,
       c.cycle_type_uid,
       c.account_uid,
       c.started_at,
       c.started_at + CASE WHEN c.completed THEN ct.duration_minutes ELSE ct.duration_minutes / 3 END * interval '1 minute',
       CASE WHEN c.account_uid IS NOT NULL THEN 'loyalty card'
            WHEN c.i % 10 IN (1, 4, 7, 9) THEN 'card'
            ELSE 'coins' END,
       p.price,
       c.completed
FROM (
    SELECT b.*,
           CASE WHEN b.i % 10 IN (0, 3, 6, 8) AND la.opened_on <= b.started_at::date THEN la.account_uid END AS account_uid
    FROM (
        SELECT g.i, g.started_at, m.machine_uid,
               CASE WHEN m.machine_type = 'washer'
                    THEN format('CT-%s', lpad(((ARRAY[1, 2, 2, 2, 3, 3, 4, 5, 6, 2, 1, 3, 2])[1 + (g.i * 7) % 13])::text, 2, '0'))
                    ELSE format('CT-%s', lpad(((ARRAY[7, 8, 8, 9, 10, 8, 9])[1 + (g.i * 5) % 7])::text, 2, '0'))
               END AS cycle_type_uid,
               (g.i % 23 <> 5 AND g.i % 31 <> 7) AS completed
        FROM (
            SELECT i,
                   timestamptz '2022-01-01 00:00:00+00'
                     + floor(1461 * (((i * 7919) % 10007) / 10007.0 + sqrt(((i * 7919) % 10007) / 10007.0)) / 2)::int * interval '1 day'
                     + (6 + (i * 13) % 17) * interval '1 hour'
                     + ((i * 17) % 60) * interval '1 minute' AS started_at,
                   format('M-%s', lpad((1 + CASE WHEN i % 3 = 0 THEN ((i * 48271 % 1000003) % 140) * ((i * 48271 % 1000003) % 140) % 140
                                                  ELSE (i * 48271 % 1000003) % 140 END)::text, 4, '0')) AS machine_uid
            FROM generate_series(1, 4600) i
        ) g
        JOIN machines m ON m.machine_uid = g.machine_uid
        WHERE g.started_at::date >= m.installed_on
          AND (m.retired_on IS NULL OR g.started_at::date < m.retired_on)
          AND g.started_at < timestamptz '2026-01-01 00:00:00+00'
    ) b
    JOIN loyalty_accounts la ON la.account_uid = format('LC-%s', lpad((1 + (b.i * 31) % 600)::text, 5, '0'))
) c
JOIN cycle_types ct ON ct.cycle_type_uid = c.cycle_type_uid
JOIN prices p ON p.cycle_type_uid = c.cycle_type_uid
             AND c.started_at::date >= p.valid_from
             AND (p.valid_to IS NULL OR c.started_at::date <= p.valid_to);

-- Technicians --------------------------------------------------------------------------------
INSERT INTO technicians VALUES
 ('TC-01', 'Gareth Hollis',    'in-house',                  'washers',         28.00, '0113 496 0101', '2018-04-02', true),
 ('TC-02', 'Monika Lis',       'in-house',                  'dryers',          27.50, '0113 496 0102', '2019-09-16', true),
 ('TC-03', 'Dev Chauhan',      'in-house',                  'payment systems', 30.00, '0161 496 0103', '2020-01-06', true),
 ('TC-04', 'Paul Ackroyd',     'WashTech Services',         'washers',         42.00, '0161 496 0104', '2021-03-01', true),
 ('TC-05', 'Sinead Byrne',     'WashTech Services',         'dryers',          42.00, '0114 496 0105', '2021-03-01', true),
 ('TC-06', 'Ray Osei',         'Northern Appliance Repair', 'washers',         38.50, '0114 496 0106', '2022-05-23', true),
 ('TC-07', 'Lena Kowalczyk',   'Northern Appliance Repair', 'all machines',    39.00, '01904 496 107', '2022-05-23', false),
 ('TC-08', 'Tariq Mahmood',    'in-house',                  'all machines',    29.00, '01274 496 108', '2023-06-12', true),
 ('TC-09', 'Holly Fenwick',    'in-house',                  'washers',         26.00, '01482 496 109', '2025-11-17', true);

-- Faults -------------------------------------------------------------------------------------
INSERT INTO faults (fault_uid, machine_uid, reported_at, fault_type, severity, reported_by, status, resolved_at)
SELECT format('FT-%s', lpad(row_number() OVER (ORDER BY f.reported_at, f.i)::text, 4, '0')),
       f.machine_uid,
       f.reported_at,
       CASE WHEN f.machine_type = 'washer'
            THEN (ARRAY['door lock', 'drain pump', 'heating element', 'coin mechanism', 'card reader', 'drum bearing',
                        'control board', 'water inlet valve', 'door lock', 'drain pump', 'card reader'])[1 + (f.i * 5) % 11]
            ELSE (ARRAY['door lock', 'heating element', 'coin mechanism', 'card reader', 'drive belt', 'lint sensor',
                        'control board', 'drive belt'])[1 + (f.i * 3) % 8]
       END,
       (ARRAY['low', 'medium', 'medium', 'high', 'low', 'medium', 'low'])[1 + (f.i * 5) % 7],
       (ARRAY['customer', 'staff', 'telemetry', 'customer', 'staff', 'customer', 'telemetry', 'staff', 'customer', 'customer', 'staff'])[1 + (f.i * f.i + f.i) % 11],
       CASE WHEN f.reported_at >= timestamptz '2025-11-20 00:00:00+00' OR f.i % 29 = 0 THEN 'open' ELSE 'resolved' END,
       NULL
FROM (
    SELECT g.*, m.machine_type
    FROM (
        SELECT i,
               format('M-%s', lpad((1 + (i * 69621 % 1000003) % 140)::text, 4, '0')) AS machine_uid,
               timestamptz '2022-01-01 00:00:00+00'
                 + ((i * 4327) % 1461) * interval '1 day'
                 + (7 + (i * 7) % 14) * interval '1 hour'
                 + ((i * 13) % 60) * interval '1 minute' AS reported_at
        FROM generate_series(1, 380) i
    ) g
    JOIN machines m ON m.machine_uid = g.machine_uid
    WHERE g.reported_at::date >= m.installed_on
      AND (m.retired_on IS NULL OR g.reported_at::date < m.retired_on)
) f;

-- Repairs: a first visit for most faults, a second visit when a part had to be ordered ------
INSERT INTO repairs (repair_uid, fault_uid, technician_uid, started_at, finished_at, labour_hours, parts_cost, outcome)
SELECT format('RP-%s', lpad(row_number() OVER (ORDER BY r.started_at, r.fault_uid)::text, 4, '0')),
       r.fault_uid,
       -- a technician not yet hired (or already gone) is covered by the senior in-house one
       CASE WHEN t.hired_on <= r.started_at::date
             AND (t.is_active OR r.started_at < timestamptz '2024-09-01 00:00:00+00')
            THEN r.technician_uid ELSE 'TC-01' END,
       r.started_at,
       r.started_at + r.labour_hours * interval '1 hour',
       r.labour_hours, r.parts_cost, r.outcome
FROM (
    -- first visits
    SELECT f.fault_uid,
           format('TC-%s', lpad((1 + (f.n * 3) % 8)::text, 2, '0')) AS technician_uid,
           f.reported_at + (3 + (f.n * 7) % 45) * interval '1 hour' AS started_at,
           (ARRAY[0.5, 1.0, 1.5, 2.0, 1.0, 2.5, 3.0, 1.5, 0.75])[1 + (f.n * 5) % 9]::numeric(4,2) AS labour_hours,
           CASE WHEN f.n % 7 = 0 OR f.status = 'open' THEN 0
                ELSE ((ARRAY[0, 12, 35, 48, 0, 95, 140, 22, 65, 210, 18])[1 + (f.n * f.n + 2 * f.n) % 11]
                      + (f.n % 5) * 1.25)::numeric(8,2) END AS parts_cost,
           CASE WHEN f.status = 'open' THEN 'awaiting parts'
                WHEN f.n % 7 = 0 THEN 'part ordered'
                ELSE 'fixed' END AS outcome
    FROM (SELECT row_number() OVER (ORDER BY fault_uid) AS n, * FROM faults) f
    WHERE NOT (f.status = 'open' AND f.n % 2 = 0)
    UNION ALL
    -- second visits for parts that had to be ordered
    SELECT f.fault_uid,
           format('TC-%s', lpad((1 + (f.n * 3 + 1) % 8)::text, 2, '0')),
           f.reported_at + (72 + (f.n * 11) % 170) * interval '1 hour',
           (ARRAY[1.0, 1.5, 2.0, 2.5, 3.0])[1 + f.n % 5]::numeric(4,2),
           ((ARRAY[85, 140, 260, 55, 310, 120])[1 + f.n % 6] + (f.n % 4) * 2.5)::numeric(8,2),
           'fixed'
    FROM (SELECT row_number() OVER (ORDER BY fault_uid) AS n, * FROM faults) f
    WHERE f.status = 'resolved' AND f.n % 7 = 0
) r
JOIN technicians t ON t.technician_uid = r.technician_uid;

UPDATE faults f
SET resolved_at = r.last_finish
FROM (SELECT fault_uid, max(finished_at) AS last_finish FROM repairs GROUP BY fault_uid) r
WHERE r.fault_uid = f.fault_uid AND f.status = 'resolved';

UPDATE faults
SET resolved_at = reported_at + interval '2 hours 30 minutes'
WHERE status = 'resolved' AND resolved_at IS NULL;

-- A machine with an open fault is out of order unless it has been retired.
UPDATE machines m
SET status = 'out of order'
WHERE m.status = 'in service'
  AND EXISTS (SELECT 1 FROM faults f WHERE f.machine_uid = m.machine_uid AND f.status = 'open');

-- Products sold at the counter --------------------------------------------------------------
INSERT INTO products VALUES
 ('DP-01', 'Single-wash Bio Powder',        'Persil',  'detergent',       1.20, false, false),
 ('DP-02', 'Single-wash Non-Bio Liquid',    'Persil',  'detergent',       1.30, false, false),
 ('DP-03', 'Colour Care Pod (2 pack)',      'Ariel',   'detergent',       1.50, false, false),
 ('DP-04', 'Eco Refill Liquid 50 ml',       'Ecover',  'detergent',       1.40, true,  false),
 ('DP-05', 'Sensitive Skin Liquid',         'Surcare', 'detergent',       1.60, true,  false),
 ('DP-06', 'Fabric Conditioner Sachet',     'Comfort', 'fabric softener', 0.90, false, false),
 ('DP-07', 'Lavender Softener Sachet',      'Lenor',   'fabric softener', 1.00, false, false),
 ('DP-08', 'Plant-based Softener Sachet',   'Ecover',  'fabric softener', 1.10, true,  false),
 ('DP-09', 'Oxi Stain Remover Scoop',       'Vanish',  'stain remover',   1.80, false, false),
 ('DP-10', 'Dryer Sheets (5 pack)',         'Bounce',  'dryer sheets',    1.25, false, false),
 ('DP-11', 'Wool Dryer Ball',               'Suds',    'dryer sheets',    3.50, true,  false),
 ('DP-12', 'Reusable Laundry Bag',          'Suds',    'accessories',     4.00, true,  false),
 ('DP-13', 'Colour Catcher Sheets (4 pack)','Dylon',   'stain remover',   1.40, false, true),
 ('DP-14', 'Travel Detergent Strips',       'Suds',    'detergent',       2.50, true,  false);

INSERT INTO detergent_sales (sale_uid, store_uid, product_uid, account_uid, sold_at, quantity, unit_price)
SELECT format('DS-%s', lpad(row_number() OVER (ORDER BY d.sold_at, d.i)::text, 5, '0')),
       d.store_uid, d.product_uid,
       CASE WHEN d.i % 4 = 0 AND la.opened_on <= d.sold_at::date THEN la.account_uid END,
       d.sold_at,
       (ARRAY[1, 1, 1, 2, 1, 3, 1, 2, 1, 1, 4])[1 + (d.i * 3) % 11],
       CASE WHEN d.sold_at >= timestamptz '2024-01-01 00:00:00+00' THEN p.list_price + 0.10 ELSE p.list_price END
FROM (
    SELECT g.*
    FROM (
        SELECT i,
               format('S-%s', lpad(((ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 7, 4, 1, 7, 9])[1 + (i * 16807 % 1000003) % 17])::text, 2, '0')) AS store_uid,
               format('DP-%s', lpad(((ARRAY[1, 1, 2, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 10, 11, 12, 13, 1, 2, 6, 3, 9, 2])[1 + (i * 39373 % 1000003) % 23])::text, 2, '0')) AS product_uid,
               timestamptz '2022-01-01 00:00:00+00'
                 + floor(1461 * sqrt(((i * 6151) % 9973) / 9973.0))::int * interval '1 day'
                 + (7 + (i * 11) % 15) * interval '1 hour'
                 + ((i * 19) % 60) * interval '1 minute' AS sold_at
        FROM generate_series(1, 2000) i
    ) g
    JOIN stores s ON s.store_uid = g.store_uid
    WHERE g.sold_at::date >= s.opened_on
      AND (s.closed_on IS NULL OR g.sold_at::date < s.closed_on)
      AND NOT (g.product_uid = 'DP-13' AND g.sold_at >= timestamptz '2024-09-01 00:00:00+00')
) d
JOIN products p ON p.product_uid = d.product_uid
JOIN loyalty_accounts la ON la.account_uid = format('LC-%s', lpad((1 + (d.i * 43) % 600)::text, 5, '0'));
