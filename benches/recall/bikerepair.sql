-- A bicycle repair and sales shop (Spokes & Sprockets, Brookfield): its customers and the
-- bikes they bring in, repair tickets with received, promised and completed dates, the
-- labour lines and parts booked on each ticket, the parts inventory and its suppliers,
-- purchase orders to those suppliers, bikes and accessories sold over the counter, the
-- mechanics (who also serve in the shop), and the hire fleet with its rentals.
-- A small shop's legacy schema: some misspelled column names were never fixed (adress,
-- recieved_on, quantaty, custmer_id). Every row is invented and reproducible (fixed lists,
-- generate_series and modular arithmetic; no random(), no clock).

-- ---------------------------------------------------------------- people

CREATE TABLE mechanics (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    speciality    text NOT NULL,
    hired_on      date NOT NULL,
    left_on       date,
    hourly_wage   numeric(6,2) NOT NULL,
    is_active     boolean NOT NULL DEFAULT true,
    phone         text
);

INSERT INTO mechanics VALUES
 (1, 'Dave',  'Kowalski', 'general',  '2014-03-01', NULL,         21.50, true,  '07700 900101'),
 (2, 'Priya', 'Nair',     'road',     '2016-06-15', NULL,         20.75, true,  '07700 900102'),
 (3, 'Tom',   'Becker',   'mtb',      '2018-02-01', NULL,         19.25, true,  '07700 900103'),
 (4, 'Lena',  'Fischer',  'e-bike',   '2019-09-10', NULL,         20.00, true,  '07700 900104'),
 (5, 'Marco', 'Rossi',    'wheels',   '2020-04-20', NULL,         18.50, true,  '07700 900105'),
 (6, 'Sam',   'Okafor',   'general',  '2021-08-02', '2023-06-30', 16.00, false, '07700 900106'),
 (7, 'Jess',  'Morgan',   'road',     '2022-05-16', NULL,         16.50, true,  '07700 900107'),
 (8, 'Ayo',   'Adeyemi',  'e-bike',   '2024-02-05', NULL,         15.75, true,  '07700 900108');

CREATE TABLE customers (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         text,
    phone         text,
    adress        text,
    city          text NOT NULL,
    joined_on     date NOT NULL,
    loyalty_card  boolean NOT NULL DEFAULT false
);

INSERT INTO customers
SELECT i,
       (ARRAY['Oliver','Amelia','Jack','Isla','Harry','Ava','George','Mia','Noah','Grace',
              'Leo','Freya','Arthur','Lily','Oscar','Ella','Charlie','Ruby','Theo','Sophie',
              'Alfie','Chloe','Finn','Zara'])[1 + (i * 7) % 24],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel',
              'Wright','Walker','Evans','Thomas','Roberts','Green','Hall','Wood','Hughes',
              'Clarke','Turner','Khan','Murphy','Lewis','Baker','Ward'])[1 + (i * 11) % 25],
       NULL, -- filled below from the names
       CASE WHEN i % 13 = 0 THEN NULL ELSE '07' || lpad(((i * 7919 + 1234567) % 900000000 + 100000000)::text, 9, '0') END,
       CASE WHEN i % 17 = 0 THEN NULL
            ELSE (3 + (i * 37) % 211)::text || ' ' ||
                 (ARRAY['High Street','Mill Lane','Station Road','Church Street','Park Avenue',
                        'Victoria Road','Canal Walk','Orchard Close','Kings Road','Meadow Way',
                        'Bridge Street','Elm Grove'])[1 + (i * 5) % 12]
       END,
       (ARRAY['Brookfield','Brookfield','Brookfield','Brookfield','Millbridge','Brookfield',
              'Ashby','Millbridge','Hartwell','Brookfield','Stoneleigh'])[1 + (i * 3) % 11],
       date '2019-01-15' + (i - 1) * 9,
       i % 3 = 0
FROM generate_series(1, 240) AS g(i);

UPDATE customers
SET email = CASE WHEN id % 9 = 0 THEN NULL
                 ELSE lower(first_name) || '.' || lower(last_name) ||
                      (ARRAY['@mailbox.test','@example.com','@inbox.test','@example.org'])[1 + id % 4]
            END;

-- ---------------------------------------------------------------- customers' bikes

CREATE TABLE bikes (
    id             integer PRIMARY KEY,
    custmer_id     integer NOT NULL REFERENCES customers(id),
    brand          text NOT NULL,
    model          text NOT NULL,
    bike_type      text NOT NULL,
    frame_size     text,
    model_year     integer,
    colour         text,
    serial_number  text UNIQUE
);

INSERT INTO bikes
SELECT b,
       1 + (b * 73) % 210,
       m.brand, m.model, m.bike_type,
       CASE WHEN m.bike_type = 'kids' THEN (ARRAY['20in','24in'])[1 + b % 2]
            WHEN m.bike_type = 'folding' THEN 'one size'
            ELSE (ARRAY['S','M','L','XL','M','L'])[1 + (b * 5) % 6] END,
       CASE WHEN b % 19 = 0 THEN NULL ELSE 2012 + (b * 7) % 13 END,
       (ARRAY['black','blue','red','white','grey','green','orange','silver'])[1 + (b * 3) % 8],
       CASE WHEN b % 23 = 0 THEN NULL ELSE 'WTU' || lpad(((b * 7919) % 1000000)::text, 6, '0') END
FROM generate_series(1, 320) AS g(b)
JOIN (VALUES
    ( 1, 'Trek',           'Domane AL 2',       'road'),
    ( 2, 'Trek',           'Marlin 5',          'mountain'),
    ( 3, 'Specialized',    'Rockhopper',        'mountain'),
    ( 4, 'Specialized',    'Sirrus 2.0',        'hybrid'),
    ( 5, 'Giant',          'Escape 3',          'hybrid'),
    ( 6, 'Giant',          'Talon 2',           'mountain'),
    ( 7, 'Cannondale',     'Topstone 3',        'gravel'),
    ( 8, 'Cannondale',     'CAAD Optimo',       'road'),
    ( 9, 'Brompton',       'C Line',            'folding'),
    (10, 'Riese & Muller', 'Load 75',           'cargo'),
    (11, 'Gazelle',        'Ultimate C380',     'e-bike'),
    (12, 'Cube',           'Kathmandu Hybrid',  'e-bike'),
    (13, 'Raleigh',        'Pioneer',           'hybrid'),
    (14, 'Frog',           '55',                'kids'),
    (15, 'Canyon',         'Grizl 7',           'gravel'),
    (16, 'Orbea',          'Orca M30',          'road'),
    (17, 'Giant',          'Escape 3',          'hybrid'),
    (18, 'Raleigh',        'Motus Grand Tour',  'e-bike'),
    (19, 'Carrera',        'Vengeance',         'mountain'),
    (20, 'Dawes',          'Galaxy',            'touring')
) AS m(n, brand, model, bike_type) ON m.n = 1 + (b * 11) % 20;

-- ---------------------------------------------------------------- suppliers and parts

CREATE TABLE suppliers (
    id              integer PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    city            text NOT NULL,
    country         text NOT NULL,
    contact_email   text,
    lead_time_days  integer NOT NULL,
    is_preferred    boolean NOT NULL DEFAULT false
);

INSERT INTO suppliers VALUES
 (1, 'Northgate Cycle Supply',   'Leeds',        'UK',          'orders@northgate.test',    3, true),
 (2, 'Velotech Wholesale',       'Milton Keynes','UK',          'trade@velotech.test',      5, true),
 (3, 'Chainline Parts Co',       'Birmingham',   'UK',          'sales@chainline.test',     4, true),
 (4, 'Summit Tyre Distributors', 'Bristol',      'UK',          'accounts@summittyre.test', 2, false),
 (5, 'Brakeworks Ltd',           'Coventry',     'UK',          'hello@brakeworks.test',    6, false),
 (6, 'E-Motion Components',      'Utrecht',      'Netherlands', 'dealers@emotion.test',    14, false),
 (7, 'Urban Gear Trading',       'Manchester',   'UK',          'orders@urbangear.test',    7, false),
 (8, 'Pedal Pro Imports',        'Taichung',     'Taiwan',      'export@pedalpro.test',    28, false),
 (9, 'Kestrel Accessories',      'Glasgow',      'UK',          'trade@kestrel.test',       5, true);

CREATE TABLE parts (
    id              integer PRIMARY KEY,
    sku             text NOT NULL UNIQUE,
    name            text NOT NULL,
    category        text NOT NULL,
    supplier_id     integer NOT NULL REFERENCES suppliers(id),
    unit_cost       numeric(8,2) NOT NULL,
    retail_price    numeric(8,2) NOT NULL,
    stock_qty       integer NOT NULL,
    reorder_level   integer NOT NULL,
    discontinued    boolean NOT NULL DEFAULT false
);

INSERT INTO parts (id, sku, name, category, supplier_id, unit_cost, retail_price, stock_qty, reorder_level)
VALUES
 ( 1, 'BRK-001', 'Disc brake pads, organic',         'brakes',      5,   6.20,  14.99, 0, 0),
 ( 2, 'BRK-002', 'Disc brake pads, sintered',        'brakes',      5,   7.40,  17.99, 0, 0),
 ( 3, 'BRK-003', 'V-brake pads (pair)',              'brakes',      5,   2.10,   6.99, 0, 0),
 ( 4, 'BRK-004', 'Rim brake caliper, front',         'brakes',      5,  14.50,  32.00, 0, 0),
 ( 5, 'BRK-005', 'Disc rotor 160mm',                 'brakes',      5,  11.00,  24.99, 0, 0),
 ( 6, 'BRK-006', 'Disc rotor 180mm',                 'brakes',      5,  12.50,  27.99, 0, 0),
 ( 7, 'BRK-007', 'Mineral brake fluid 100ml',        'brakes',      5,   4.00,   9.99, 0, 0),
 ( 8, 'DRV-001', 'Chain, 8-speed',                   'drivetrain',  3,   7.80,  16.99, 0, 0),
 ( 9, 'DRV-002', 'Chain, 11-speed',                  'drivetrain',  3,  17.50,  36.99, 0, 0),
 (10, 'DRV-003', 'Chain, 12-speed',                  'drivetrain',  3,  24.00,  49.99, 0, 0),
 (11, 'DRV-004', 'Cassette 8-speed 11-32',           'drivetrain',  3,  15.00,  32.99, 0, 0),
 (12, 'DRV-005', 'Cassette 11-speed 11-34',          'drivetrain',  3,  38.00,  79.99, 0, 0),
 (13, 'DRV-006', 'Rear derailleur, 8-speed',         'drivetrain',  3,  19.00,  42.00, 0, 0),
 (14, 'DRV-007', 'Rear derailleur, 11-speed',        'drivetrain',  3,  48.00,  99.00, 0, 0),
 (15, 'DRV-008', 'Chainring 34T',                    'drivetrain',  3,  16.00,  34.99, 0, 0),
 (16, 'DRV-009', 'Bottom bracket, threaded',         'drivetrain',  8,  13.50,  29.99, 0, 0),
 (17, 'DRV-010', 'Flat pedals, alloy',               'drivetrain',  8,  11.00,  24.99, 0, 0),
 (18, 'TYR-001', 'Inner tube 700x25',                'tyres',       4,   2.40,   6.99, 0, 0),
 (19, 'TYR-002', 'Inner tube 29x2.2',                'tyres',       4,   2.90,   7.99, 0, 0),
 (20, 'TYR-003', 'Inner tube 20in',                  'tyres',       4,   2.00,   5.99, 0, 0),
 (21, 'TYR-004', 'Road tyre 700x28',                 'tyres',       4,  14.00,  34.99, 0, 0),
 (22, 'TYR-005', 'MTB tyre 29x2.4',                  'tyres',       4,  21.00,  49.99, 0, 0),
 (23, 'TYR-006', 'Puncture-resistant tyre 700x38',   'tyres',       4,  15.50,  36.99, 0, 0),
 (24, 'TYR-007', 'Tubeless sealant 120ml',           'tyres',       4,   3.80,   9.99, 0, 0),
 (25, 'TYR-008', 'Rim tape 29in',                    'tyres',       4,   1.90,   5.49, 0, 0),
 (26, 'CBL-001', 'Brake cable, inner',               'cables',      1,   0.90,   3.49, 0, 0),
 (27, 'CBL-002', 'Gear cable, inner',                'cables',      1,   0.80,   2.99, 0, 0),
 (28, 'CBL-003', 'Outer cable housing, per metre',   'cables',      1,   1.50,   4.99, 0, 0),
 (29, 'CBL-004', 'Cable end caps (bag of 10)',       'cables',      1,   0.40,   1.99, 0, 0),
 (30, 'WHL-001', '700c front wheel',                 'wheels',      2,  38.00,  79.99, 0, 0),
 (31, 'WHL-002', '700c rear wheel, 8-10 speed',      'wheels',      2,  46.00,  94.99, 0, 0),
 (32, 'WHL-003', '29in rear wheel, boost',           'wheels',      2,  62.00, 129.00, 0, 0),
 (33, 'WHL-004', 'Spoke, stainless',                 'wheels',      2,   0.45,   1.50, 0, 0),
 (34, 'WHL-005', 'Rear hub bearing set',             'wheels',      2,   6.00,  14.99, 0, 0),
 (35, 'CKP-001', 'Lock-on grips',                    'cockpit',     7,   6.50,  17.99, 0, 0),
 (36, 'CKP-002', 'Bar tape',                         'cockpit',     7,   7.00,  19.99, 0, 0),
 (37, 'CKP-003', 'Headset bearing set',              'cockpit',     8,   9.50,  22.99, 0, 0),
 (38, 'CKP-004', 'Comfort saddle',                   'cockpit',     7,  12.00,  29.99, 0, 0),
 (39, 'CKP-005', 'Seatpost clamp',                   'cockpit',     8,   3.20,   8.99, 0, 0),
 (40, 'EBK-001', 'E-bike battery 500Wh',             'e-bike',      6, 310.00, 549.00, 0, 0),
 (41, 'EBK-002', 'E-bike charger 4A',                'e-bike',      6,  48.00,  95.00, 0, 0),
 (42, 'EBK-003', 'Speed sensor and magnet kit',      'e-bike',      6,   6.00,  15.99, 0, 0),
 (43, 'EBK-004', 'Handlebar display unit',           'e-bike',      6,  72.00, 149.00, 0, 0),
 (44, 'EBK-005', 'Motor cable harness',              'e-bike',      6,  18.00,  39.99, 0, 0),
 (45, 'CNS-001', 'Chain lube, wet 100ml',            'consumables', 8,   3.10,   7.99, 0, 0),
 (46, 'CNS-002', 'Workshop grease 100g',             'consumables', 8,   2.80,   6.99, 0, 0),
 (47, 'CNS-003', 'Degreaser 500ml',                  'consumables', 8,   3.90,   9.99, 0, 0),
 (48, 'CNS-004', 'Zip ties (bag of 50)',             'consumables', 1,   1.10,   3.99, 0, 0);

UPDATE parts
SET stock_qty     = CASE WHEN category IN ('e-bike', 'wheels') AND id <> 33 THEN (id * 17 + 5) % 7
                         ELSE (id * 17 + 5) % 43 END,
    reorder_level = CASE WHEN category IN ('cables', 'consumables', 'tyres') THEN 10
                         WHEN category IN ('e-bike', 'wheels') THEN 2
                         ELSE 5 END,
    discontinued  = id IN (4, 13, 20);

CREATE TABLE purchase_orders (
    id            integer PRIMARY KEY,
    supplier_id   integer NOT NULL REFERENCES suppliers(id),
    ordered_on    date NOT NULL,
    received_on   date,
    status        text NOT NULL CHECK (status IN ('on order', 'received')),
    total_amount  numeric(10,2) NOT NULL
);

INSERT INTO purchase_orders
SELECT i, s.id, o.ordered_on,
       CASE WHEN o.ordered_on + s.lead_time_days + i % 4 > date '2025-11-29'
              OR o.ordered_on >= date '2025-11-01' THEN NULL
            ELSE o.ordered_on + s.lead_time_days + i % 4 END,
       CASE WHEN o.ordered_on + s.lead_time_days + i % 4 > date '2025-11-29'
              OR o.ordered_on >= date '2025-11-01' THEN 'on order'
            ELSE 'received' END,
       round((120 + (i * 7919) % 1900 + (i % 7) * 13.45)
             * CASE WHEN s.id = 6 THEN 2.2 WHEN s.id IN (1, 4) THEN 0.6 ELSE 1 END, 2)
FROM generate_series(1, 230) AS g(i)
CROSS JOIN LATERAL (SELECT date '2022-01-05' + ((i - 1) * 1418) / 229 + (i * 3) % 4 AS ordered_on) AS o
JOIN suppliers s ON s.id = (ARRAY[1,2,3,4,5,6,7,8,9,3,4,1,2,5])[1 + (i * 5) % 14];

-- ---------------------------------------------------------------- workshop

CREATE TABLE repair_tickets (
    id            integer PRIMARY KEY,
    bike_id       integer NOT NULL REFERENCES bikes(id),
    mechanic_id   integer REFERENCES mechanics(id),
    recieved_on   date NOT NULL,
    promised_on   date NOT NULL,
    completed_on  date,
    status        text NOT NULL CHECK (status IN ('open', 'in progress', 'waiting for parts',
                                                  'ready', 'collected', 'cancelled')),
    service_type  text NOT NULL,
    priority      text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'rush')),
    is_warranty   boolean NOT NULL DEFAULT false,
    complaint     text
);

INSERT INTO repair_tickets
WITH days AS (
    SELECT d::date AS d, (d::date - date '2022-01-03') AS dn
    FROM generate_series(date '2022-01-03', date '2025-11-29', interval '1 day') AS g(d)
    WHERE extract(isodow FROM d) <> 7
), slots AS (
    SELECT d, dn, k
    FROM days,
         generate_series(1,
             CASE WHEN extract(month FROM d) IN (4, 5, 6, 7, 8)
                      THEN 1 + (dn * 7) % 3 - CASE WHEN extract(year FROM d) = 2022 AND dn % 4 = 0 THEN 1 ELSE 0 END
                  WHEN extract(month FROM d) IN (3, 9, 10) THEN (dn * 5) % 3
                  WHEN d >= date '2025-11-01' THEN 1 + dn % 2
                  ELSE CASE WHEN dn % 2 = 0 THEN 1 ELSE 0 END
             END) AS k
), t AS (
    SELECT row_number() OVER (ORDER BY d, k)::integer AS id, d
    FROM slots
), t2 AS (
    SELECT t.id, t.d, b.id AS bike_id, b.bike_type,
           CASE WHEN b.bike_type IN ('e-bike', 'cargo') AND t.id % 2 = 0 THEN 'e-bike diagnostics'
                ELSE (ARRAY['puncture','puncture','puncture','basic service','basic service',
                            'basic service','full service','brakes','brakes','gears',
                            'wheel true','safety check'])[1 + (t.id * 7) % 12]
           END AS service_type,
           CASE WHEN t.id % 11 = 0 THEN 'rush' ELSE 'normal' END AS priority
    FROM t
    JOIN bikes b ON b.id = 1 + CASE t.id % 3 WHEN 0 THEN (t.id * 13) % 80
                                            WHEN 1 THEN (t.id * 97) % 290
                                            ELSE (t.id * 41) % 200 END
), t3 AS (
    SELECT t2.*,
           CASE service_type
               WHEN 'puncture'           THEN CASE WHEN id % 3 = 0 THEN 1 ELSE 0 END
               WHEN 'basic service'      THEN 1 + id % 3
               WHEN 'full service'       THEN 3 + id % 5
               WHEN 'brakes'             THEN id % 3
               WHEN 'gears'              THEN 1 + id % 2
               WHEN 'wheel true'         THEN 1 + id % 4
               WHEN 'safety check'       THEN 0
               ELSE 3 + (id * 3) % 9
           END + CASE WHEN id % 17 = 0 THEN 7 ELSE 0 END AS turnaround,
           CASE service_type
               WHEN 'puncture'           THEN 1
               WHEN 'basic service'      THEN 3
               WHEN 'full service'       THEN 6
               WHEN 'brakes'             THEN 2
               WHEN 'gears'              THEN 2
               WHEN 'wheel true'         THEN 3
               WHEN 'safety check'       THEN 1
               ELSE 7
           END - CASE WHEN priority = 'rush' THEN 1 ELSE 0 END AS promise_days,
           CASE WHEN service_type = 'e-bike diagnostics'
                     THEN CASE WHEN d >= date '2024-02-05' AND id % 2 = 0 THEN 8 ELSE 4 END
                WHEN (1 + (id * 5) % 8 = 6 AND d > date '2023-06-30')
                  OR (1 + (id * 5) % 8 = 7 AND d < date '2022-05-16')
                  OR (1 + (id * 5) % 8 = 8 AND d < date '2024-02-05')
                     THEN 1 + id % 5
                ELSE 1 + (id * 5) % 8
           END AS mechanic_id
    FROM t2
), t4 AS (
    SELECT t3.*,
           d + turnaround + CASE WHEN extract(isodow FROM d + turnaround) = 7 THEN 1 ELSE 0 END AS done
    FROM t3
)
SELECT id, bike_id, mechanic_id, d, d + promise_days,
       CASE WHEN id % 23 = 0 OR done > date '2025-11-24' THEN NULL ELSE done END,
       CASE WHEN id % 23 = 0 THEN 'cancelled'
            WHEN done > date '2025-11-24' THEN (ARRAY['open','in progress','waiting for parts'])[1 + id % 3]
            WHEN done >= date '2025-11-05' AND id % 2 = 0 THEN 'ready'
            ELSE 'collected' END,
       service_type, priority,
       id % 29 = 0,
       CASE service_type
           WHEN 'puncture'           THEN (ARRAY['flat rear tyre','flat front tyre','keeps losing air'])[1 + id % 3]
           WHEN 'basic service'      THEN (ARRAY['due a service','gears skipping a bit','squeaky chain'])[1 + id % 3]
           WHEN 'full service'       THEN (ARRAY['full strip and rebuild','not ridden for years','annual overhaul'])[1 + id % 3]
           WHEN 'brakes'             THEN (ARRAY['brakes squealing','spongy brake lever','brakes rubbing'])[1 + id % 3]
           WHEN 'gears'              THEN (ARRAY['chain jumping off','cannot get into top gear','shifting sluggish'])[1 + id % 3]
           WHEN 'wheel true'         THEN (ARRAY['wheel buckled','broken spoke','wobbly rear wheel'])[1 + id % 3]
           WHEN 'safety check'       THEN (ARRAY['pre-sale check','check before a tour','general safety check'])[1 + id % 3]
           ELSE (ARRAY['motor cutting out','battery not charging','display error code'])[1 + id % 3]
       END
FROM t4;

CREATE TABLE labour_lines (
    id           integer PRIMARY KEY,
    ticket_id    integer NOT NULL REFERENCES repair_tickets(id),
    mechanic_id  integer NOT NULL REFERENCES mechanics(id),
    description  text NOT NULL,
    hours        numeric(4,2) NOT NULL,
    rate         numeric(6,2) NOT NULL
);

INSERT INTO labour_lines
SELECT row_number() OVER (ORDER BY r.id, k)::integer,
       r.id,
       CASE WHEN k = 2 AND r.id % 5 = 0 THEN 1 + r.id % 5 ELSE r.mechanic_id END,
       CASE r.service_type
           WHEN 'puncture'           THEN (ARRAY['tube change','tyre fit','valve check'])[k]
           WHEN 'basic service'      THEN (ARRAY['basic service','gear indexing','brake adjustment'])[k]
           WHEN 'full service'       THEN (ARRAY['strip and clean','drivetrain rebuild','reassemble and test'])[k]
           WHEN 'brakes'             THEN (ARRAY['brake pad fit','brake bleed','brake adjustment'])[k]
           WHEN 'gears'              THEN (ARRAY['gear indexing','cable replacement','hanger alignment'])[k]
           WHEN 'wheel true'         THEN (ARRAY['wheel truing','spoke replacement','hub service'])[k]
           WHEN 'safety check'       THEN (ARRAY['safety check','bolt torque check','test ride'])[k]
           ELSE (ARRAY['diagnostic scan','electrical repair','firmware update'])[k]
       END,
       CASE r.service_type
           WHEN 'puncture'           THEN 0.25
           WHEN 'basic service'      THEN 0.75
           WHEN 'full service'       THEN 1.50
           WHEN 'brakes'             THEN 0.50
           WHEN 'gears'              THEN 0.50
           WHEN 'wheel true'         THEN 0.75
           WHEN 'safety check'       THEN 0.25
           ELSE 1.00
       END + ((r.id * (k + 2)) % 4) * 0.25,
       CASE WHEN r.is_warranty THEN 0
            ELSE CASE extract(year FROM r.recieved_on)
                     WHEN 2022 THEN 50.00 WHEN 2023 THEN 54.00 WHEN 2024 THEN 58.00 ELSE 62.00 END
                 + CASE WHEN r.priority = 'rush' THEN 10 ELSE 0 END
       END
FROM repair_tickets r
CROSS JOIN LATERAL generate_series(1,
       1 + CASE WHEN r.id % 3 = 0 THEN 1 ELSE 0 END
         + CASE WHEN r.service_type IN ('full service', 'e-bike diagnostics') THEN 1 ELSE 0 END) AS g(k)
WHERE r.status <> 'cancelled'
  AND NOT (r.status = 'open' AND k > 1);

CREATE TABLE ticket_parts (
    id           integer PRIMARY KEY,
    ticket_id    integer NOT NULL REFERENCES repair_tickets(id),
    part_id      integer NOT NULL REFERENCES parts(id),
    quantaty     integer NOT NULL CHECK (quantaty > 0),
    unit_price   numeric(8,2) NOT NULL
);

INSERT INTO ticket_parts
SELECT row_number() OVER (ORDER BY r.id, m.slot)::integer,
       r.id,
       p.id,
       m.qtys[1 + r.id % cardinality(m.qtys)],
       CASE WHEN r.is_warranty THEN 0
            ELSE round(p.retail_price * (0.91 + 0.03 * (extract(year FROM r.recieved_on) - 2022)), 2) END
FROM repair_tickets r
JOIN (VALUES
    ('puncture',           1, ARRAY[18,19,18,20,19,18], ARRAY[1],       1),
    ('puncture',           2, ARRAY[21,22,23],          ARRAY[1],       5),
    ('puncture',           3, ARRAY[25,24],             ARRAY[1],       7),
    ('basic service',      1, ARRAY[45,46],             ARRAY[1],       1),
    ('basic service',      2, ARRAY[26,27,3,1],         ARRAY[1,2],     2),
    ('basic service',      3, ARRAY[8,29],              ARRAY[1],       4),
    ('full service',       1, ARRAY[8,9,10,9],          ARRAY[1],       1),
    ('full service',       2, ARRAY[11,12],             ARRAY[1],       2),
    ('full service',       3, ARRAY[26,27],             ARRAY[2],       1),
    ('full service',       4, ARRAY[28],                ARRAY[2,3,1],   1),
    ('full service',       5, ARRAY[46,47,16,37],       ARRAY[1],       3),
    ('brakes',             1, ARRAY[1,2,3,1,2],         ARRAY[1,2],     1),
    ('brakes',             2, ARRAY[5,6],               ARRAY[1],       4),
    ('brakes',             3, ARRAY[7,26,4],            ARRAY[1],       3),
    ('gears',              1, ARRAY[27],                ARRAY[1],       1),
    ('gears',              2, ARRAY[28,29],             ARRAY[1],       2),
    ('gears',              3, ARRAY[13,14,15],          ARRAY[1],       5),
    ('wheel true',         1, ARRAY[33],                ARRAY[2,3,4,6], 1),
    ('wheel true',         2, ARRAY[34,30,31,32],       ARRAY[1],       4),
    ('safety check',       1, ARRAY[29,48,35,38,39],    ARRAY[1],       3),
    ('e-bike diagnostics', 1, ARRAY[42,44,41,43,40],    ARRAY[1],       1),
    ('e-bike diagnostics', 2, ARRAY[46,7],              ARRAY[1],       2)
) AS m(service_type, slot, opts, qtys, every)
  ON m.service_type = r.service_type AND (r.id + m.slot) % m.every = 0
JOIN parts p ON p.id = m.opts[1 + (r.id * (m.slot + 2)) % cardinality(m.opts)]
WHERE r.status NOT IN ('cancelled', 'open', 'waiting for parts');

-- ---------------------------------------------------------------- shop sales

CREATE TABLE products (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    brand        text,
    category     text NOT NULL,
    supplier_id  integer NOT NULL REFERENCES suppliers(id),
    cost_price   numeric(8,2) NOT NULL,
    list_price   numeric(8,2) NOT NULL,
    is_active    boolean NOT NULL DEFAULT true
);

INSERT INTO products VALUES
 ( 1, 'Trek FX 2 hybrid',               'Trek',        'bike',      2,  455.00,  649.00, true),
 ( 2, 'Trek Marlin 5',                  'Trek',        'bike',      2,  490.00,  699.00, true),
 ( 3, 'Giant Escape 3',                 'Giant',       'bike',      2,  370.00,  529.00, true),
 ( 4, 'Giant Talon 2',                  'Giant',       'bike',      2,  525.00,  749.00, true),
 ( 5, 'Specialized Allez',              'Specialized', 'bike',      2,  770.00, 1099.00, true),
 ( 6, 'Cannondale Topstone 3',          'Cannondale',  'bike',      2,  910.00, 1299.00, true),
 ( 7, 'Frog 48 kids bike',              'Frog',        'bike',      7,  265.00,  379.00, true),
 ( 8, 'Frog 62 kids bike',              'Frog',        'bike',      7,  320.00,  459.00, true),
 ( 9, 'Brompton C Line Explore',        'Brompton',    'bike',      7, 1150.00, 1645.00, true),
 (10, 'Gazelle Arroyo C7',              'Gazelle',     'e-bike',    6, 1960.00, 2799.00, true),
 (11, 'Cube Kathmandu Hybrid',          'Cube',        'e-bike',    6, 2100.00, 2999.00, true),
 (12, 'Raleigh Motus Grand Tour',       'Raleigh',     'e-bike',    6, 1540.00, 2199.00, true),
 (13, 'Commuter helmet MIPS',           'Giro',        'helmet',    9,   30.00,   59.99, true),
 (14, 'Kids helmet',                    'Bell',        'helmet',    9,   14.00,   29.99, true),
 (15, 'Aero road helmet',               'Kask',        'helmet',    9,   65.00,  129.00, true),
 (16, 'D-lock 13mm',                    'Kryptonite',  'lock',      9,   25.00,   49.99, true),
 (17, 'Folding lock 850',               'Abus',        'lock',      9,   40.00,   79.99, true),
 (18, 'Cable lock 10mm',                'Abus',        'lock',      9,    9.00,   19.99, true),
 (19, 'USB front light 800lm',          'Lezyne',      'lights',    9,   22.00,   44.99, true),
 (20, 'USB rear light',                 'Lezyne',      'lights',    9,   12.00,   24.99, true),
 (21, 'Front and rear light set',       'Knog',        'lights',    9,   17.00,   34.99, true),
 (22, 'Waterproof jacket',              'Altura',      'clothing',  7,   45.00,   89.99, true),
 (23, 'Padded shorts',                  'Altura',      'clothing',  7,   20.00,   39.99, true),
 (24, 'Winter gloves',                  'Altura',      'clothing',  7,   14.00,   29.99, true),
 (25, 'Short-sleeve jersey',            'dhb',         'clothing',  7,   25.00,   49.99, true),
 (26, 'Mini pump',                      'Topeak',      'accessory', 8,    9.00,   19.99, true),
 (27, 'Track pump',                     'Topeak',      'accessory', 8,   19.00,   39.99, true),
 (28, 'Water bottle 750ml',             'Elite',       'accessory', 8,    3.00,    7.99, true),
 (29, 'Bottle cage',                    'Elite',       'accessory', 8,    4.00,    9.99, true),
 (30, 'Saddle bag',                     'Topeak',      'accessory', 8,    6.50,   14.99, true),
 (31, 'Pannier bag, single',            'Ortlieb',     'accessory', 9,   26.00,   44.99, true),
 (32, 'Mudguard set',                   'SKS',         'accessory', 9,   14.00,   29.99, true),
 (33, 'Kickstand',                      'Pletscher',   'accessory', 9,    8.00,   17.99, true),
 (34, 'Bell',                           'Crane',       'accessory', 9,    3.00,    6.99, true),
 (35, 'Multi-tool, 15 function',        'Crankbrothers','accessory',8,   11.00,   24.99, true),
 (36, 'Rear child seat',                'Hamax',       'accessory', 9,   55.00,  109.00, false);

CREATE TABLE sales (
    id              integer PRIMARY KEY,
    customer_id     integer REFERENCES customers(id),
    sold_on         date NOT NULL,
    sold_by         integer NOT NULL REFERENCES mechanics(id),
    payment_method  text NOT NULL CHECK (payment_method IN ('card', 'cash', 'voucher', 'cycle to work', 'finance'))
);

INSERT INTO sales
WITH days AS (
    SELECT d::date AS d, (d::date - date '2022-01-03') AS dn
    FROM generate_series(date '2022-01-03', date '2025-11-29', interval '1 day') AS g(d)
    WHERE extract(isodow FROM d) <> 7
), slots AS (
    SELECT d, dn, k
    FROM days,
         generate_series(1,
             CASE WHEN extract(month FROM d) IN (3, 4, 5, 6, 7, 8) THEN (dn * 5) % 3
                  WHEN extract(month FROM d) = 12 THEN 1 + dn % 2
                  ELSE CASE WHEN dn % 3 = 0 THEN 1 ELSE 0 END
             END) AS k
), s AS (
    SELECT row_number() OVER (ORDER BY d, k)::integer AS id, d
    FROM slots
)
SELECT id,
       CASE WHEN id % 4 = 0 THEN NULL ELSE 1 + (id * 31) % 230 END,
       d,
       CASE WHEN (1 + (id * 3) % 8 = 6 AND d > date '2023-06-30')
              OR (1 + (id * 3) % 8 = 7 AND d < date '2022-05-16')
              OR (1 + (id * 3) % 8 = 8 AND d < date '2024-02-05')
                 THEN 1 + id % 5
            ELSE 1 + (id * 3) % 8 END,
       CASE WHEN id % 5 = 0 AND id % 3 = 0 THEN 'cycle to work'
            WHEN id % 5 = 0 AND id % 4 = 1 THEN 'finance'
            WHEN id % 7 = 0 THEN 'cash'
            WHEN id % 11 = 0 THEN 'voucher'
            ELSE 'card' END
FROM s;

CREATE TABLE sale_items (
    id           integer PRIMARY KEY,
    sale_id      integer NOT NULL REFERENCES sales(id),
    product_id   integer NOT NULL REFERENCES products(id),
    quantaty     integer NOT NULL CHECK (quantaty > 0),
    unit_price   numeric(8,2) NOT NULL
);

INSERT INTO sale_items
WITH all_lines AS (
    SELECT s.id AS sale_id, s.sold_on, g.slot,
           CASE WHEN g.slot = 1 AND s.id % 5 = 0
                     THEN (ARRAY[1,3,7,3,10,1,2,8,4,11,3,12,1,5,7,6,9,2,3,10,1])[1 + (s.id / 5) % 21]
                WHEN g.slot = 1 AND s.id % 13 = 0 AND s.sold_on < date '2023-01-01' THEN 36
                WHEN g.slot = 1
                     THEN (ARRAY[13,16,19,20,21,26,28,13,34,18,30,22,16,14,20,29,23,19,32,27,
                                 24,13,31,33,35,25,17,15])[1 + (s.id * 11) % 28]
                WHEN g.slot = 2 THEN 13 + (s.id * 11 + 5) % 23
                ELSE 13 + (s.id * 11 + 12) % 23
           END AS product_id
    FROM sales s
    CROSS JOIN generate_series(1, 3) AS g(slot)
    WHERE g.slot = 1
       OR (g.slot = 2 AND s.id % 2 = 0)
       OR (g.slot = 3 AND s.id % 6 = 1)
), lines AS (
    -- one line per product on a sale
    SELECT DISTINCT ON (sale_id, product_id) sale_id, sold_on, slot, product_id
    FROM all_lines
    ORDER BY sale_id, product_id, slot
)
SELECT row_number() OVER (ORDER BY l.sale_id, l.slot)::integer,
       l.sale_id, l.product_id,
       CASE WHEN p.category IN ('bike', 'e-bike') THEN 1
            WHEN p.id IN (28, 34, 20) THEN 1 + l.sale_id % 3
            WHEN l.sale_id % 7 = 3 THEN 2
            ELSE 1 END,
       round(p.list_price * CASE WHEN p.category IN ('bike', 'e-bike') AND l.sale_id % 10 = 0 THEN 0.85
                                 WHEN l.sale_id % 9 = 0 THEN 0.90
                                 ELSE 1 END, 2)
FROM lines l
JOIN products p ON p.id = l.product_id;

-- ---------------------------------------------------------------- hire fleet

CREATE TABLE rental_bikes (
    id          integer PRIMARY KEY,
    fleet_code  text NOT NULL UNIQUE,
    bike_type   text NOT NULL,
    brand       text NOT NULL,
    model       text NOT NULL,
    daily_rate  numeric(6,2) NOT NULL,
    bought_on   date NOT NULL,
    retired_on  date
);

INSERT INTO rental_bikes VALUES
 ( 1, 'R01', 'hybrid',   'Giant',   'Escape 3',          25.00, '2021-03-15', NULL),
 ( 2, 'R02', 'hybrid',   'Giant',   'Escape 3',          25.00, '2021-03-15', NULL),
 ( 3, 'R03', 'hybrid',   'Giant',   'Escape 3',          25.00, '2021-03-15', '2024-09-30'),
 ( 4, 'R04', 'hybrid',   'Raleigh', 'Pioneer',           25.00, '2021-03-15', NULL),
 ( 5, 'R05', 'hybrid',   'Raleigh', 'Pioneer',           25.00, '2021-03-15', NULL),
 ( 6, 'R06', 'hybrid',   'Raleigh', 'Pioneer',           25.00, '2021-03-15', NULL),
 ( 7, 'R07', 'e-bike',   'Gazelle', 'Arroyo C7',         45.00, '2022-04-01', NULL),
 ( 8, 'R08', 'e-bike',   'Gazelle', 'Arroyo C7',         45.00, '2022-04-01', NULL),
 ( 9, 'R09', 'e-bike',   'Cube',    'Kathmandu Hybrid',  45.00, '2023-03-20', NULL),
 (10, 'R10', 'e-bike',   'Cube',    'Kathmandu Hybrid',  45.00, '2023-03-20', NULL),
 (11, 'R11', 'e-bike',   'Cube',    'Kathmandu Hybrid',  45.00, '2024-04-02', NULL),
 (12, 'R12', 'mountain', 'Trek',    'Marlin 5',          35.00, '2021-05-01', NULL),
 (13, 'R13', 'mountain', 'Trek',    'Marlin 5',          35.00, '2021-05-01', NULL),
 (14, 'R14', 'mountain', 'Giant',   'Talon 2',           35.00, '2022-06-10', NULL),
 (15, 'R15', 'mountain', 'Giant',   'Talon 2',           35.00, '2022-06-10', '2025-06-30'),
 (16, 'R16', 'tandem',   'Dawes',   'Galaxy Twin',       50.00, '2023-05-05', NULL),
 (17, 'R17', 'kids',     'Frog',    '55',                15.00, '2021-05-01', NULL),
 (18, 'R18', 'kids',     'Frog',    '62',                15.00, '2021-05-01', NULL);

CREATE TABLE rentals (
    id              integer PRIMARY KEY,
    rental_bike_id  integer NOT NULL REFERENCES rental_bikes(id),
    customer_id     integer NOT NULL REFERENCES customers(id),
    started_on      date NOT NULL,
    due_back_on     date NOT NULL,
    returned_on     date,
    rental_fee      numeric(8,2) NOT NULL,
    late_fee        numeric(8,2) NOT NULL DEFAULT 0,
    deposit         numeric(8,2) NOT NULL,
    damage_reported boolean NOT NULL DEFAULT false
);

INSERT INTO rentals
WITH days AS (
    SELECT d::date AS d, (d::date - date '2022-01-03') AS dn
    FROM generate_series(date '2022-01-03', date '2025-11-29', interval '1 day') AS g(d)
), slots AS (
    SELECT d, dn, k
    FROM days,
         generate_series(1,
             CASE WHEN extract(month FROM d) IN (6, 7, 8) THEN (dn * 7) % 3
                  WHEN extract(month FROM d) IN (4, 5, 9) THEN dn % 2
                  ELSE CASE WHEN dn % 7 = 0 THEN 1 ELSE 0 END
             END) AS k
), r AS (
    SELECT row_number() OVER (ORDER BY d, k)::integer AS id, d
    FROM slots
), r2 AS (
    SELECT r.id, r.d,
           CASE WHEN rb.bought_on > r.d OR rb.retired_on < r.d
                     THEN (ARRAY[1, 2, 4, 5, 6])[1 + r.id % 5]
                ELSE rb.id END AS bike_id,
           CASE WHEN r.id % 13 = 0 THEN 7 ELSE 1 + (r.id * 3) % 4 END AS days_hired,
           CASE WHEN r.id % 10 = 0 THEN 1 WHEN r.id % 37 = 0 THEN 2 ELSE 0 END AS days_late
    FROM r
    JOIN rental_bikes rb ON rb.id = 1 + (r.id * 7) % 18
)
SELECT r2.id, r2.bike_id, 1 + (r2.id * 17) % 225, r2.d,
       r2.d + r2.days_hired,
       CASE WHEN r2.d + r2.days_hired + r2.days_late > date '2025-11-29' THEN NULL
            ELSE r2.d + r2.days_hired + r2.days_late END,
       rb.daily_rate * r2.days_hired,
       CASE WHEN r2.d + r2.days_hired + r2.days_late > date '2025-11-29' THEN 0
            ELSE 15 * r2.days_late END,
       CASE WHEN rb.bike_type IN ('e-bike', 'tandem') THEN 150 ELSE 50 END,
       r2.id % 31 = 0
FROM r2
JOIN rental_bikes rb ON rb.id = r2.bike_id;

-- A hire bike cannot be out twice at once: bookings that clashed with an earlier one were
-- never taken (their numbers stay unused).
DELETE FROM rentals b
USING rentals a
WHERE a.rental_bike_id = b.rental_bike_id
  AND a.id < b.id
  AND b.started_on < coalesce(a.returned_on, a.due_back_on);

-- ---------------------------------------------------------------- customer since

-- A customer's join date is never later than the first thing we did for them.
UPDATE customers c
SET joined_on = f.first_seen
FROM (
    SELECT cust, min(dt) AS first_seen
    FROM (
        SELECT b.custmer_id AS cust, r.recieved_on AS dt
        FROM repair_tickets r JOIN bikes b ON b.id = r.bike_id
        UNION ALL
        SELECT customer_id, sold_on FROM sales WHERE customer_id IS NOT NULL
        UNION ALL
        SELECT customer_id, started_on FROM rentals
    ) AS x
    GROUP BY cust
) AS f
WHERE f.cust = c.id AND f.first_seen < c.joined_on;
