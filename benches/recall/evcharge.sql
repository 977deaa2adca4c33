-- Operational data of Voltline, an EV charging network across Great Britain: charging sites,
-- chargers and their connectors, driver accounts and RFID cards, charging sessions with the
-- kWh delivered, tariffs, faults and repairs, fleet customers with their monthly invoices and
-- payments, and history tables logging every charger status change and session event.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

SET TimeZone = 'UTC';

CREATE TABLE sites (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    city          text NOT NULL,
    postcode      varchar(8) NOT NULL,
    site_type     text NOT NULL,          -- motorway services, retail park, urban hub, depot, hotel, park and ride
    opened_on     date NOT NULL,
    is_open_24h   boolean NOT NULL,
    parking_bays  integer NOT NULL
);

CREATE TABLE chargers (
    id                integer PRIMARY KEY,
    site_id           integer NOT NULL REFERENCES sites (id),
    serial_number     text NOT NULL UNIQUE,
    manufacturer      text NOT NULL,
    model             text NOT NULL,
    charger_type      text NOT NULL,      -- AC or DC
    max_power_kw      numeric(6,1) NOT NULL,
    status            text NOT NULL,      -- current status: available, faulted, offline, retired
    installed_on      date NOT NULL,
    decommissioned_on date
);

CREATE TABLE connectors (
    id               integer PRIMARY KEY,
    charger_id       integer NOT NULL REFERENCES chargers (id),
    connector_number integer NOT NULL,
    connector_type   text NOT NULL,       -- Type 2, CCS2, CHAdeMO
    max_power_kw     numeric(6,1) NOT NULL,
    is_tethered      boolean NOT NULL,
    UNIQUE (charger_id, connector_number)
);

CREATE TABLE fleet_customers (
    id                 integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    industry           text NOT NULL,
    city               text NOT NULL,
    contract_start     date NOT NULL,
    discount_pct       numeric(4,1) NOT NULL,
    payment_terms_days integer NOT NULL,
    billing_email      text NOT NULL
);

CREATE TABLE drivers (
    id                integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    email             text NOT NULL UNIQUE,
    city              text NOT NULL,
    fleet_customer_id integer REFERENCES fleet_customers (id),
    signed_up_at      timestamptz NOT NULL,
    is_active         boolean NOT NULL
);

CREATE TABLE rfid_cards (
    id             integer PRIMARY KEY,
    driver_id      integer NOT NULL REFERENCES drivers (id),
    card_number    text NOT NULL UNIQUE,
    status         text NOT NULL,         -- active, lost, blocked, expired
    issued_at      timestamptz NOT NULL,
    deactivated_at timestamptz
);

CREATE TABLE tariffs (
    id                integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    power_class       text NOT NULL,      -- AC, rapid, ultra-rapid
    price_per_kwh     numeric(6,3) NOT NULL,
    connection_fee    numeric(6,2) NOT NULL,
    idle_fee_per_min  numeric(6,2) NOT NULL,
    valid_from        date NOT NULL,
    valid_to          date NOT NULL
);

CREATE TABLE charging_sessions (
    id            integer PRIMARY KEY,
    connector_id  integer NOT NULL REFERENCES connectors (id),
    driver_id     integer NOT NULL REFERENCES drivers (id),
    rfid_card_id  integer REFERENCES rfid_cards (id),
    tariff_id     integer NOT NULL REFERENCES tariffs (id),
    auth_method   text NOT NULL,          -- rfid or app
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz NOT NULL,
    energy_kwh    numeric(7,3) NOT NULL,
    idle_minutes  integer NOT NULL,
    cost          numeric(10,2) NOT NULL,
    status        text NOT NULL           -- completed, interrupted, failed
);

CREATE TABLE session_events (
    id          integer PRIMARY KEY,
    session_id  integer NOT NULL REFERENCES charging_sessions (id),
    event_type  text NOT NULL,
    occurred_at timestamptz NOT NULL
);

CREATE TABLE faults (
    id          integer PRIMARY KEY,
    charger_id  integer NOT NULL REFERENCES chargers (id),
    error_code  text NOT NULL,
    description text NOT NULL,
    severity    text NOT NULL,            -- low, medium, high, critical
    reported_by text NOT NULL,
    reported_at timestamptz NOT NULL,
    resolved_at timestamptz
);

CREATE TABLE repairs (
    id             integer PRIMARY KEY,
    fault_id       integer NOT NULL UNIQUE REFERENCES faults (id),
    technician     text NOT NULL,
    started_at     timestamptz NOT NULL,
    completed_at   timestamptz NOT NULL,
    labour_hours   numeric(4,1) NOT NULL,
    parts_replaced text,
    parts_cost     numeric(10,2) NOT NULL,
    total_cost     numeric(10,2) NOT NULL
);

CREATE TABLE charger_status_history (
    id          integer PRIMARY KEY,
    charger_id  integer NOT NULL REFERENCES chargers (id),
    status      text NOT NULL,
    changed_at  timestamptz NOT NULL
);

CREATE TABLE invoices (
    id                integer PRIMARY KEY,
    invoice_number    text NOT NULL UNIQUE,
    fleet_customer_id integer NOT NULL REFERENCES fleet_customers (id),
    billing_month     date NOT NULL,
    issued_on         date NOT NULL,
    due_on            date NOT NULL,
    session_count     integer NOT NULL,
    energy_kwh        numeric(10,3) NOT NULL,
    subtotal          numeric(12,2) NOT NULL,
    discount_amount   numeric(12,2) NOT NULL,
    total_amount      numeric(12,2) NOT NULL,
    status            text NOT NULL,      -- paid, open, overdue
    UNIQUE (fleet_customer_id, billing_month)
);

CREATE TABLE payments (
    id         integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES invoices (id),
    paid_at    timestamptz NOT NULL,
    amount     numeric(12,2) NOT NULL,
    method     text NOT NULL              -- direct debit, bank transfer, card
);

-- ---------------------------------------------------------------------------------------
-- Sites: a fixed list, opened one after another from January 2022; the last one opened at
-- the end of November 2025 and has not had a session yet.
INSERT INTO sites VALUES
 ( 1, 'Leeds Kirkstall Retail Park',     'Leeds',               'LS5 3BT',  'retail park',       '2022-01-15', false, 12),
 ( 2, 'Manchester Piccadilly Hub',       'Manchester',          'M1 2PB',   'urban hub',         '2022-02-01', true,  16),
 ( 3, 'M6 Keele Services',               'Newcastle-under-Lyme','ST5 5HG',  'motorway services', '2022-03-10', true,  10),
 ( 4, 'Birmingham Digbeth Hub',          'Birmingham',          'B5 6DR',   'urban hub',         '2022-03-28', true,  14),
 ( 5, 'Bristol Cribbs Causeway',         'Bristol',             'BS34 5DG', 'retail park',       '2022-04-20', false, 10),
 ( 6, 'M1 Leicester Forest East',        'Leicester',           'LE3 3GB',  'motorway services', '2022-05-12', true,  12),
 ( 7, 'Sheffield Meadowhall',            'Sheffield',           'S9 1EP',   'retail park',       '2022-06-01', false, 18),
 ( 8, 'York Askham Bar Park and Ride',   'York',                'YO24 1LW', 'park and ride',     '2022-07-05', false,  8),
 ( 9, 'Nottingham Colwick Depot',        'Nottingham',          'NG4 2JT',  'depot',             '2022-08-15', true,  20),
 (10, 'Glasgow Finnieston Hub',          'Glasgow',             'G3 8AZ',   'urban hub',         '2022-09-01', true,  12),
 (11, 'Edinburgh Gyle Centre',           'Edinburgh',           'EH12 9JY', 'retail park',       '2022-10-10', false, 10),
 (12, 'A1 Wetherby Services',            'Wetherby',            'LS22 5GT', 'motorway services', '2022-11-21', true,  14),
 (13, 'Cardiff Bay Harbour Hotel',       'Cardiff',             'CF10 5AL', 'hotel',             '2023-01-16', true,   6),
 (14, 'Gateshead Team Valley Depot',     'Gateshead',           'NE11 0SU', 'depot',             '2023-02-20', true,  16),
 (15, 'Liverpool Baltic Hub',            'Liverpool',           'L1 0AH',   'urban hub',         '2023-03-13', true,  10),
 (16, 'M4 Reading Services',             'Reading',             'RG30 3UQ', 'motorway services', '2023-04-24', true,  12),
 (17, 'Oxford Thornhill Park and Ride',  'Oxford',              'OX3 8DP',  'park and ride',     '2023-05-30', false, 10),
 (18, 'Cambridge Trumpington Park and Ride', 'Cambridge',       'CB2 9FT',  'park and ride',     '2023-07-10', false,  8),
 (19, 'Brighton Marina Hotel',           'Brighton',            'BN2 5UF',  'hotel',             '2023-08-21', true,   6),
 (20, 'Norwich Riverside',               'Norwich',             'NR1 1WR',  'retail park',       '2023-10-02', false, 10),
 (21, 'Exeter Sowton Depot',             'Exeter',              'EX2 7LB',  'depot',             '2024-01-22', true,  14),
 (22, 'Leeds Holbeck Hub',               'Leeds',               'LS11 9AT', 'urban hub',         '2024-03-18', true,  12),
 (23, 'Manchester Trafford Park Depot',  'Manchester',          'M17 1DF',  'depot',             '2024-05-07', true,  18),
 (24, 'M5 Gloucester Services',          'Gloucester',          'GL4 0DN',  'motorway services', '2024-08-19', true,  10),
 (25, 'Aberdeen Bridge of Don',          'Aberdeen',            'AB23 8JW', 'retail park',       '2025-02-10', false,  8),
 (26, 'Plymouth Hoe Hotel',              'Plymouth',            'PL1 2PA',  'hotel',             '2025-11-25', true,   6);

-- Chargers: 3 to 7 per site; motorway services get DC ultra-rapids, other sites a mix of
-- AC posts and DC rapids; the first three open with the site, the others follow every 120 days.
INSERT INTO chargers (id, site_id, serial_number, manufacturer, model, charger_type, max_power_kw,
                      status, installed_on, decommissioned_on)
SELECT row_number() OVER (ORDER BY s.id, k)                                   AS id,
       s.id,
       'VL-' || lpad((row_number() OVER (ORDER BY s.id, k))::text, 5, '0'),
       m.manufacturer, m.model, m.charger_type, m.max_power_kw,
       'available',
       CASE WHEN k <= 3 THEN s.opened_on
            ELSE LEAST(s.opened_on + (k - 3) * 120, GREATEST(s.opened_on, date '2025-09-01')) END,
       NULL
FROM sites s
CROSS JOIN LATERAL generate_series(1, 3 + (s.id * 7) % 5) AS k
CROSS JOIN LATERAL (
    SELECT * FROM (VALUES
        (1, 'ABB',        'Terra 54',        'DC',  50.0),
        (2, 'ABB',        'Terra 184',       'DC', 180.0),
        (3, 'Alpitronic', 'Hypercharger 300','DC', 300.0),
        (4, 'Kempower',   'Satellite S150',  'DC', 150.0),
        (5, 'Zaptec',     'Pro',             'AC',  22.0),
        (6, 'Wallbox',    'Commander 2',     'AC',  22.0),
        (7, 'Tritium',    'RTM75',           'DC',  75.0)
    ) AS v(n, manufacturer, model, charger_type, max_power_kw)
    WHERE v.n = CASE WHEN s.site_type = 'motorway services' THEN (ARRAY[2, 3, 4])[1 + (s.id + k) % 3]
                     WHEN s.site_type = 'depot'             THEN (ARRAY[5, 1, 5, 7])[1 + (s.id + k) % 4]
                     WHEN s.site_type IN ('hotel', 'park and ride') THEN (ARRAY[6, 5, 6, 1])[1 + (s.id + k) % 4]
                     ELSE (ARRAY[1, 5, 7, 6, 4, 1])[1 + (s.id * 3 + k) % 6] END
) AS m;

-- A few early chargers were taken out of service in mid 2025.
UPDATE chargers SET decommissioned_on = date '2025-06-30' WHERE id % 41 = 0;

-- Connectors: AC posts have two untethered Type 2 sockets; DC units a CCS2 cable, a second
-- CCS2 cable from 150 kW, and a CHAdeMO cable on every third unit below 150 kW.
INSERT INTO connectors (id, charger_id, connector_number, connector_type, max_power_kw, is_tethered)
SELECT row_number() OVER (ORDER BY x.charger_id, x.connector_number), x.*
FROM (
    SELECT c.id AS charger_id, 1 AS connector_number,
           CASE WHEN c.charger_type = 'AC' THEN 'Type 2' ELSE 'CCS2' END AS connector_type,
           c.max_power_kw, c.charger_type = 'DC' AS is_tethered
    FROM chargers c
    UNION ALL
    SELECT c.id, 2,
           CASE WHEN c.charger_type = 'AC' THEN 'Type 2'
                WHEN c.max_power_kw >= 150 THEN 'CCS2' ELSE 'CHAdeMO' END,
           CASE WHEN c.charger_type = 'DC' AND c.max_power_kw < 150 THEN 50.0 ELSE c.max_power_kw END,
           c.charger_type = 'DC'
    FROM chargers c
    WHERE c.charger_type = 'AC' OR c.max_power_kw >= 150 OR c.id % 3 = 0
) AS x;

-- Fleet customers: companies whose drivers charge on account and get one invoice a month.
INSERT INTO fleet_customers VALUES
 ( 1, 'Northern Parcel Co',      'logistics',          'Leeds',      '2022-02-01', 10.0, 30, 'accounts@northernparcel.example'),
 ( 2, 'CityCab Manchester',      'taxi',               'Manchester', '2022-03-15', 12.5, 14, 'billing@citycab.example'),
 ( 3, 'GreenGrid Utilities',     'utilities',          'Birmingham', '2022-05-01',  8.0, 30, 'ap@greengrid.example'),
 ( 4, 'Swift Rentals',           'car rental',         'Bristol',    '2022-07-01', 15.0, 30, 'finance@swiftrentals.example'),
 ( 5, 'Pennine Plumbing',        'trades',             'Sheffield',  '2022-09-01',  5.0, 14, 'office@pennineplumbing.example'),
 ( 6, 'Clydeside Couriers',      'logistics',          'Glasgow',    '2022-11-01', 10.0, 30, 'accounts@clydeside.example'),
 ( 7, 'Capital Care Services',   'healthcare',         'Edinburgh',  '2023-01-16',  7.5, 45, 'invoices@capitalcare.example'),
 ( 8, 'Mersey Taxis',            'taxi',               'Liverpool',  '2023-04-03', 12.5, 14, 'billing@merseytaxis.example'),
 ( 9, 'Thames Valley Telecom',   'telecoms',           'Reading',    '2023-06-01',  8.0, 60, 'payables@tvtelecom.example'),
 (10, 'Fenland Foods',           'food distribution',  'Norwich',    '2023-09-04', 10.0, 30, 'accounts@fenlandfoods.example'),
 (11, 'Severn Security',         'security',           'Cardiff',    '2024-02-01',  5.0, 30, 'finance@severnsecurity.example'),
 (12, 'Westcountry Homecare',    'healthcare',         'Exeter',     '2024-06-03',  7.5, 45, 'admin@westcountrycare.example'),
 (13, 'Tyne Logistics',          'logistics',          'Gateshead',  '2025-10-01', 10.0, 30, 'accounts@tynelogistics.example');

-- Drivers: 320 accounts; three in ten drive for a fleet customer (Tyne Logistics has no
-- drivers registered yet); every 23rd account has been closed.
INSERT INTO drivers (id, first_name, last_name, email, city, fleet_customer_id, signed_up_at, is_active)
SELECT i, fn, ln,
       lower(fn || '.' || replace(replace(ln, '''', ''), ' ', '') || '@example.net'),
       CASE WHEN fleet IS NOT NULL THEN (SELECT city FROM fleet_customers f WHERE f.id = fleet)
            ELSE (ARRAY['Leeds','Manchester','Birmingham','Bristol','Leicester','Sheffield','York',
                        'Nottingham','Glasgow','Edinburgh','Cardiff','Liverpool','Reading','Oxford',
                        'Cambridge'])[1 + (i * 11) % 15] END,
       fleet,
       CASE WHEN fleet IS NOT NULL
            THEN GREATEST(base, (SELECT f.contract_start FROM fleet_customers f WHERE f.id = fleet)
                                + (i % 30) * interval '1 day' + interval '9 hours')
            ELSE base END,
       i % 23 <> 0
FROM (
    SELECT i,
           (ARRAY['Oliver','Amelia','George','Isla','Harry','Ava','Jack','Mia','Noah','Ivy',
                  'Leo','Grace','Arthur','Freya','Oscar','Lily','Charlie','Emily','Jacob','Sophie',
                  'Thomas','Ella','James','Poppy','William','Evie','Samuel','Chloe','Daniel','Ruby',
                  'Henry','Alice','Joseph','Millie','Ethan','Hannah','Ryan','Zara','Adam','Priya']
           )[1 + (i - 1) % 40] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
                  'Robinson','Walker','Thompson','White','Hughes','Edwards','Green','Hall','Wood','Harris',
                  'Lewis','Martin','Jackson','Clarke','Clark','Turner','Hill','Scott','Cooper','Morris',
                  'Ward','Moore','King','Watson','Baker','Harrison','Morgan','Khan','Young','O''Brien']
           )[1 + (7 * ((i - 1) % 40) + (i - 1) / 40) % 40] AS ln,
           CASE WHEN i % 10 IN (0, 3, 6) THEN 1 + (i * 7) % 12 END AS fleet,
           timestamptz '2022-01-03 08:00+00' + ((i * 97) % 1300) * interval '1 day'
                                             + ((i * 37) % 600) * interval '1 minute' AS base
    FROM generate_series(1, 320) AS i
) AS d;

-- RFID cards: one card at sign-up except for every 19th driver (app only); every 6th
-- driver lost or had a card blocked and got a replacement; closed accounts' cards expired.
INSERT INTO rfid_cards (id, driver_id, card_number, status, issued_at, deactivated_at)
SELECT row_number() OVER (ORDER BY x.issued_at, x.driver_id),
       x.driver_id,
       'RF' || lpad((((row_number() OVER (ORDER BY x.issued_at, x.driver_id)) * 7919) % 1000000)::text, 6, '0'),
       x.status, x.issued_at, x.deactivated_at
FROM (
    SELECT d.id AS driver_id,
           CASE WHEN d.id % 6 = 0 THEN CASE WHEN d.id % 12 = 0 THEN 'lost' ELSE 'blocked' END
                WHEN NOT d.is_active THEN 'expired' ELSE 'active' END AS status,
           d.signed_up_at + interval '2 hours' AS issued_at,
           CASE WHEN d.id % 6 = 0 THEN d.signed_up_at + (150 + d.id % 90) * interval '1 day'
                WHEN NOT d.is_active THEN timestamptz '2025-03-01 00:00+00' END AS deactivated_at
    FROM drivers d
    WHERE d.id % 19 <> 0
    UNION ALL
    SELECT d.id,
           CASE WHEN NOT d.is_active THEN 'expired' ELSE 'active' END,
           d.signed_up_at + (150 + d.id % 90) * interval '1 day' + interval '3 hours',
           CASE WHEN NOT d.is_active THEN timestamptz '2025-03-01 00:00+00' END
    FROM drivers d
    WHERE d.id % 19 <> 0 AND d.id % 6 = 0
) AS x;

-- Tariffs: one per power class per calendar year.
INSERT INTO tariffs VALUES
 ( 1, 'AC Standard 2022',  'AC',          0.450, 0.00, 0.05, '2022-01-01', '2022-12-31'),
 ( 2, 'Rapid 2022',        'rapid',       0.590, 0.35, 0.20, '2022-01-01', '2022-12-31'),
 ( 3, 'Ultra-Rapid 2022',  'ultra-rapid', 0.690, 0.50, 0.30, '2022-01-01', '2022-12-31'),
 ( 4, 'AC Standard 2023',  'AC',          0.520, 0.00, 0.05, '2023-01-01', '2023-12-31'),
 ( 5, 'Rapid 2023',        'rapid',       0.690, 0.35, 0.20, '2023-01-01', '2023-12-31'),
 ( 6, 'Ultra-Rapid 2023',  'ultra-rapid', 0.790, 0.50, 0.30, '2023-01-01', '2023-12-31'),
 ( 7, 'AC Standard 2024',  'AC',          0.490, 0.00, 0.05, '2024-01-01', '2024-12-31'),
 ( 8, 'Rapid 2024',        'rapid',       0.650, 0.35, 0.20, '2024-01-01', '2024-12-31'),
 ( 9, 'Ultra-Rapid 2024',  'ultra-rapid', 0.750, 0.50, 0.30, '2024-01-01', '2024-12-31'),
 (10, 'AC Standard 2025',  'AC',          0.470, 0.00, 0.05, '2025-01-01', '2025-12-31'),
 (11, 'Rapid 2025',        'rapid',       0.620, 0.35, 0.20, '2025-01-01', '2025-12-31'),
 (12, 'Ultra-Rapid 2025',  'ultra-rapid', 0.720, 0.50, 0.30, '2025-01-01', '2025-12-31');

-- Charging sessions: fleet drivers charge 9 to 14 times, private drivers 0 to 7 times,
-- spaced after sign-up, up to the end of November 2025; each session uses a connector
-- of a charger in service at the time (from a week after installation), picked by
-- modular arithmetic; energy, duration and idle time follow from the charger's power.
INSERT INTO charging_sessions (id, connector_id, driver_id, rfid_card_id, tariff_id, auth_method,
                               started_at, ended_at, energy_kwh, idle_minutes, cost, status)
WITH cand AS (
    SELECT d.id AS driver_id, k,
           date_trunc('day', d.signed_up_at)
             + k * (CASE WHEN d.fleet_customer_id IS NOT NULL THEN 25 + d.id % 30 ELSE 40 + d.id % 90 END) * interval '1 day'
             + (6 + (d.id * 5 + k * 11) % 16) * interval '1 hour'
             + ((d.id * 17 + k * 23) % 60) * interval '1 minute' AS started_at,
           d.id * 31 + k * 57 AS f
    FROM drivers d
    CROSS JOIN LATERAL generate_series(1, CASE WHEN d.fleet_customer_id IS NOT NULL THEN 9 + d.id % 6
                                               WHEN d.id % 16 = 8 THEN 0
                                               ELSE 1 + d.id % 7 END) AS k
),
placed AS (
    SELECT c.driver_id, c.started_at, p.connector_id, p.charger_type, p.max_power_kw
    FROM cand c
    JOIN drivers d ON d.id = c.driver_id
    CROSS JOIN LATERAL (
        SELECT count(*) AS n
        FROM connectors co JOIN chargers ch ON ch.id = co.charger_id
        WHERE ch.installed_on + 7 <= c.started_at::date
          AND (ch.decommissioned_on IS NULL OR c.started_at::date < ch.decommissioned_on)
    ) AS e
    CROSS JOIN LATERAL (
        SELECT co.id AS connector_id, ch.charger_type, ch.max_power_kw
        FROM connectors co JOIN chargers ch ON ch.id = co.charger_id
        WHERE ch.installed_on + 7 <= c.started_at::date
          AND (ch.decommissioned_on IS NULL OR c.started_at::date < ch.decommissioned_on)
        ORDER BY co.id
        OFFSET (c.f % GREATEST(e.n, 1)) LIMIT 1
    ) AS p
    WHERE c.started_at < timestamptz '2025-12-01 00:00+00'
      AND (d.is_active OR c.started_at < timestamptz '2025-03-01 00:00+00')
),
numbered AS (
    SELECT row_number() OVER (ORDER BY started_at, driver_id) AS id, placed.*,
           CASE WHEN charger_type = 'AC' THEN 'AC'
                WHEN max_power_kw < 100 THEN 'rapid' ELSE 'ultra-rapid' END AS power_class
    FROM placed
),
measured AS (
    SELECT n.*,
           CASE WHEN n.id % 53 = 0 THEN 'failed'
                WHEN n.id % 17 = 0 THEN 'interrupted' ELSE 'completed' END AS status,
           CASE WHEN n.id % 53 = 0 THEN 0
                ELSE (CASE WHEN n.power_class = 'AC'    THEN 6  + ((n.id * 37) % 300) / 10.0
                           WHEN n.power_class = 'rapid' THEN 12 + ((n.id * 53) % 400) / 10.0
                           ELSE 18 + ((n.id * 61) % 600) / 10.0 END)
                     * CASE WHEN n.id % 17 = 0 THEN 0.4 ELSE 1 END END AS energy,
           CASE WHEN n.power_class = 'AC'    THEN 7.4 + (n.id % 3) * 3.7
                WHEN n.power_class = 'rapid' THEN 30 + n.id % 35
                ELSE 60 + n.id % 90 END AS avg_kw,
           CASE WHEN n.id % 53 = 0 THEN 0
                WHEN n.power_class = 'AC' THEN (n.id * 7) % 90
                ELSE (n.id * 3) % 12 END AS idle
    FROM numbered n
)
SELECT m.id, m.connector_id, m.driver_id,
       CASE WHEN m.id % 5 = 0 THEN NULL ELSE card.id END,
       t.id,
       CASE WHEN m.id % 5 = 0 OR card.id IS NULL THEN 'app' ELSE 'rfid' END,
       m.started_at,
       m.started_at + CASE WHEN m.status = 'failed' THEN interval '3 minutes'
                           ELSE (ceil(m.energy / m.avg_kw * 60) + 1 + m.idle) * interval '1 minute' END,
       m.energy, m.idle,
       CASE WHEN m.status = 'failed' THEN 0
            ELSE round(t.connection_fee + m.energy * t.price_per_kwh + m.idle * t.idle_fee_per_min, 2) END,
       m.status
FROM measured m
JOIN tariffs t ON t.power_class = m.power_class
              AND m.started_at::date BETWEEN t.valid_from AND t.valid_to
LEFT JOIN LATERAL (
    SELECT r.id FROM rfid_cards r
    WHERE r.driver_id = m.driver_id AND r.issued_at <= m.started_at
      AND (r.deactivated_at IS NULL OR r.deactivated_at > m.started_at)
    ORDER BY r.issued_at DESC LIMIT 1
) AS card ON true;

-- Session events: start, optional suspension and resumption, stop (or fault), end.
INSERT INTO session_events (id, session_id, event_type, occurred_at)
SELECT row_number() OVER (ORDER BY e.occurred_at, e.session_id, e.seq), e.session_id, e.event_type, e.occurred_at
FROM (
    SELECT s.id AS session_id, 1 AS seq, 'session_started' AS event_type, s.started_at AS occurred_at
    FROM charging_sessions s
    UNION ALL
    SELECT s.id, 2, 'charging_suspended', s.started_at + interval '20 minutes'
    FROM charging_sessions s
    WHERE s.status <> 'failed' AND s.id % 7 = 0
      AND s.ended_at - s.idle_minutes * interval '1 minute' > s.started_at + interval '40 minutes'
    UNION ALL
    SELECT s.id, 3, 'charging_resumed', s.started_at + interval '25 minutes'
    FROM charging_sessions s
    WHERE s.status <> 'failed' AND s.id % 7 = 0
      AND s.ended_at - s.idle_minutes * interval '1 minute' > s.started_at + interval '40 minutes'
    UNION ALL
    SELECT s.id, 4,
           CASE s.status WHEN 'failed' THEN 'fault'
                         WHEN 'interrupted' THEN 'charging_interrupted'
                         ELSE 'charging_stopped' END,
           CASE WHEN s.status = 'failed' THEN s.started_at + interval '2 minutes'
                ELSE s.ended_at - s.idle_minutes * interval '1 minute' END
    FROM charging_sessions s
    UNION ALL
    SELECT s.id, 5, 'session_ended', s.ended_at
    FROM charging_sessions s
) AS e;

-- Faults: up to three per charger, spaced at least 110 days apart, while in service.
INSERT INTO faults (id, charger_id, error_code, description, severity, reported_by, reported_at, resolved_at)
SELECT row_number() OVER (ORDER BY x.reported_at, x.charger_id),
       x.charger_id, x.error_code, x.description, x.severity,
       (ARRAY['remote monitoring', 'remote monitoring', 'driver', 'site host'])[1 + (x.charger_id + x.k) % 4],
       x.reported_at,
       x.reported_at + x.fix_hours * interval '1 hour'
FROM (
    SELECT c.id AS charger_id, k, v.error_code, v.description, v.severity,
           c.installed_on + k * (110 + (c.id * 13) % 120) + interval '1 hour' * ((c.id * 7 + k * 5) % 24) AS reported_at,
           v.base_hours + (c.id * k) % v.spread_hours AS fix_hours,
           c.decommissioned_on
    FROM chargers c
    CROSS JOIN LATERAL generate_series(1, c.id % 4) AS k
    JOIN (VALUES
        (0, 'E310', 'Communication with back office lost', 'low',       2,  6),
        (1, 'E204', 'Power cabinet over temperature',      'medium',    6, 24),
        (2, 'E412', 'Connector lock failure',              'medium',    8, 24),
        (3, 'E101', 'Ground fault detected',               'high',     24, 48),
        (4, 'E620', 'RFID reader not responding',          'low',       3,  9),
        (5, 'E515', 'Power module failure',                'critical', 48, 190)
    ) AS v(n, error_code, description, severity, base_hours, spread_hours)
      ON v.n = (c.id + k * 3) % 6
) AS x
WHERE x.reported_at < timestamptz '2025-11-28 00:00+00'
  AND (x.decommissioned_on IS NULL OR x.reported_at < x.decommissioned_on);

-- Open faults: the latest fault of some chargers, reported since August 2025, is not fixed yet.
UPDATE faults SET resolved_at = NULL
WHERE id IN (SELECT DISTINCT ON (charger_id) id FROM faults ORDER BY charger_id, reported_at DESC)
  AND reported_at >= timestamptz '2025-08-01 00:00+00' AND charger_id % 3 <> 1;

-- Repairs: a technician visit for every resolved fault except lost communication, which
-- is cleared by a remote reset; labour is charged at 85 an hour.
INSERT INTO repairs (id, fault_id, technician, started_at, completed_at, labour_hours, parts_replaced, parts_cost, total_cost)
SELECT row_number() OVER (ORDER BY f.resolved_at, f.id),
       f.id,
       (ARRAY['Dan Whitaker', 'Sian Evans', 'Marcus Reid', 'Aisha Mahmood', 'Tom Fletcher',
              'Kirsty Campbell', 'Owen Price'])[1 + (f.id * 3) % 7],
       f.resolved_at - p.hours * interval '1 hour',
       f.resolved_at,
       p.hours,
       p.part,
       p.parts_cost,
       p.parts_cost + p.hours * 85
FROM faults f
CROSS JOIN LATERAL (
    SELECT CASE f.error_code WHEN 'E204' THEN 1.5 + (f.id % 3) * 0.5
                             WHEN 'E412' THEN 1.0 + (f.id % 2) * 0.5
                             WHEN 'E101' THEN 2.5 + (f.id % 4) * 0.5
                             WHEN 'E620' THEN 1.0
                             ELSE 4.0 + (f.id % 5) END AS hours,
           CASE f.error_code WHEN 'E204' THEN CASE WHEN f.id % 3 = 0 THEN NULL ELSE 'cooling fan' END
                             WHEN 'E412' THEN 'lock actuator'
                             WHEN 'E101' THEN 'RCD module'
                             WHEN 'E620' THEN 'RFID reader'
                             ELSE 'power module' END AS part,
           CASE f.error_code WHEN 'E204' THEN CASE WHEN f.id % 3 = 0 THEN 0 ELSE 240 + (f.id % 4) * 15 END
                             WHEN 'E412' THEN 118.50
                             WHEN 'E101' THEN 310 + (f.id % 3) * 20
                             WHEN 'E620' THEN 95
                             ELSE 1850 + (f.id % 5) * 125 END AS parts_cost
) AS p
WHERE f.resolved_at IS NOT NULL AND f.error_code <> 'E310';

-- Charger status history: available on installation, faulted / under maintenance / back to
-- available around each fault, short communication outages, retirements, and a few chargers
-- that went offline in late November 2025 and have not come back.
INSERT INTO charger_status_history (id, charger_id, status, changed_at)
SELECT row_number() OVER (ORDER BY h.changed_at, h.charger_id, h.seq), h.charger_id, h.status, h.changed_at
FROM (
    SELECT c.id AS charger_id, 1 AS seq, 'available' AS status, c.installed_on + interval '8 hours' AS changed_at
    FROM chargers c
    UNION ALL
    SELECT f.charger_id, 2, 'faulted', f.reported_at FROM faults f
    UNION ALL
    SELECT f.charger_id, 3, 'maintenance', r.started_at FROM faults f JOIN repairs r ON r.fault_id = f.id
    UNION ALL
    SELECT f.charger_id, 4, 'available', f.resolved_at FROM faults f WHERE f.resolved_at IS NOT NULL
    UNION ALL
    SELECT c.id, 5, 'offline', c.installed_on + 300 + interval '1 hour' * (c.id % 20)
    FROM chargers c
    WHERE c.id % 8 = 0 AND c.installed_on + 300 < date '2025-11-01'
      AND (c.decommissioned_on IS NULL OR c.installed_on + 300 < c.decommissioned_on)
    UNION ALL
    SELECT c.id, 6, 'available', c.installed_on + 300 + interval '1 hour' * (c.id % 20 + 3)
    FROM chargers c
    WHERE c.id % 8 = 0 AND c.installed_on + 300 < date '2025-11-01'
      AND (c.decommissioned_on IS NULL OR c.installed_on + 300 < c.decommissioned_on)
    UNION ALL
    SELECT c.id, 7, 'retired', c.decommissioned_on + interval '17 hours'
    FROM chargers c WHERE c.decommissioned_on IS NOT NULL
    UNION ALL
    SELECT c.id, 8, 'offline', timestamptz '2025-11-20 06:00+00' + interval '1 hour' * (c.id % 24)
    FROM chargers c
    WHERE c.id % 37 = 0 AND c.decommissioned_on IS NULL
) AS h;

-- Current status of each charger is its latest status change.
UPDATE chargers c
SET status = (SELECT h.status FROM charger_status_history h
              WHERE h.charger_id = c.id ORDER BY h.changed_at DESC, h.id DESC LIMIT 1);

-- Invoices: one per fleet customer per month with sessions, up to October 2025, issued on
-- the 3rd of the following month with the customer's discount; Severn Security stopped paying
-- from June 2025, a few other invoices are overdue and October's are still open.
INSERT INTO invoices (id, invoice_number, fleet_customer_id, billing_month, issued_on, due_on,
                      session_count, energy_kwh, subtotal, discount_amount, total_amount, status)
SELECT row_number() OVER (ORDER BY g.billing_month, g.fleet_customer_id) AS id,
       'INV-' || to_char(g.billing_month, 'YYYYMM') || '-' || lpad(g.fleet_customer_id::text, 3, '0'),
       g.fleet_customer_id, g.billing_month,
       (g.billing_month + interval '1 month')::date + 2,
       (g.billing_month + interval '1 month')::date + 2 + f.payment_terms_days,
       g.sessions, g.kwh, g.subtotal,
       round(g.subtotal * f.discount_pct / 100, 2),
       g.subtotal - round(g.subtotal * f.discount_pct / 100, 2),
       'paid'
FROM (
    SELECT d.fleet_customer_id, date_trunc('month', s.started_at)::date AS billing_month,
           count(*) AS sessions, sum(s.energy_kwh) AS kwh, sum(s.cost) AS subtotal
    FROM charging_sessions s JOIN drivers d ON d.id = s.driver_id
    WHERE d.fleet_customer_id IS NOT NULL AND s.started_at < timestamptz '2025-11-01 00:00+00'
    GROUP BY 1, 2
) AS g
JOIN fleet_customers f ON f.id = g.fleet_customer_id;

UPDATE invoices SET status = 'open'
WHERE billing_month = date '2025-10-01' OR due_on > date '2025-11-30';
UPDATE invoices SET status = 'overdue'
WHERE status = 'paid' AND due_on < date '2025-11-30'
  AND ((fleet_customer_id = 11 AND billing_month >= date '2025-06-01') OR id % 29 = 0);

-- Payments: paid invoices are settled in full, some in two instalments, some late.
INSERT INTO payments (id, invoice_id, paid_at, amount, method)
SELECT row_number() OVER (ORDER BY p.paid_at, p.invoice_id), p.invoice_id, p.paid_at, p.amount, p.method
FROM (
    SELECT i.id AS invoice_id,
           CASE WHEN i.id % 9 = 0 AND i.due_on + 12 < date '2025-11-30' THEN i.due_on + 12
                ELSE i.due_on - i.id % 10 END
             + interval '10 hours' AS paid_at,
           CASE WHEN i.id % 7 = 0 THEN i.total_amount - round(i.total_amount / 2, 2) ELSE i.total_amount END AS amount,
           CASE WHEN i.id % 11 = 0 THEN 'card'
                WHEN i.fleet_customer_id IN (1, 3, 6, 9) THEN 'direct debit' ELSE 'bank transfer' END AS method
    FROM invoices i WHERE i.status = 'paid'
    UNION ALL
    SELECT i.id, i.issued_on + 5 + interval '11 hours', round(i.total_amount / 2, 2),
           CASE WHEN i.fleet_customer_id IN (1, 3, 6, 9) THEN 'direct debit' ELSE 'bank transfer' END
    FROM invoices i WHERE i.status = 'paid' AND i.id % 7 = 0
) AS p;
