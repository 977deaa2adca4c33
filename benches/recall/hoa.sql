-- Records of a homeowners' association managing six apartment buildings: buildings, units
-- (flats with their storage lockers and parking spaces), owners and tenants, monthly fees and
-- special assessments with their payments, maintenance requests and work orders, contractors,
-- expenses by category, board meetings and the motions voted there, and amenity bookings.
-- Sample database of the golden set benches/intent/hoa.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE buildings (
    id                 integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    street_address     text NOT NULL,
    city               text NOT NULL,
    year_built         integer NOT NULL,
    floors             integer NOT NULL,
    has_elevator       boolean NOT NULL,
    has_parking_garage boolean NOT NULL
);

CREATE TABLE units (
    id             integer PRIMARY KEY,
    building_id    integer NOT NULL REFERENCES buildings (id),
    parent_unit_id integer REFERENCES units (id),
    unit_number    varchar(10) NOT NULL,
    unit_type      text NOT NULL CHECK (unit_type IN ('apartment', 'storage', 'parking')),
    floor          integer NOT NULL,
    area_sqm       numeric(6,1) NOT NULL,
    bedrooms       smallint,
    UNIQUE (building_id, unit_number)
);

CREATE TABLE residents (
    id              integer PRIMARY KEY,
    unit_id         integer NOT NULL REFERENCES units (id),
    full_name       text NOT NULL,
    email           text NOT NULL,
    phone           varchar(20),
    role            text NOT NULL CHECK (role IN ('owner', 'tenant')),
    move_in_date    date NOT NULL,
    move_out_date   date,
    is_board_member boolean NOT NULL DEFAULT false
);

CREATE TABLE staff (
    id            integer PRIMARY KEY,
    full_name     text NOT NULL,
    job_title     text NOT NULL,
    building_id   integer REFERENCES buildings (id),
    manager_id    integer REFERENCES staff (id),
    hired_on      date NOT NULL,
    terminated_on date,
    annual_salary numeric(10,2) NOT NULL
);

CREATE TABLE levies (
    id           integer PRIMARY KEY,
    unit_id      integer NOT NULL REFERENCES units (id),
    levy_type    text NOT NULL CHECK (levy_type IN ('monthly fee', 'special assessment')),
    period_month date NOT NULL,
    due_date     date NOT NULL,
    amount       numeric(10,2) NOT NULL,
    description  text NOT NULL
);

CREATE TABLE payments (
    id       integer PRIMARY KEY,
    levy_id  integer NOT NULL REFERENCES levies (id),
    paid_on  date NOT NULL,
    amount   numeric(10,2) NOT NULL,
    method   text NOT NULL
);

CREATE TABLE contractors (
    id            integer PRIMARY KEY,
    company_name  text NOT NULL UNIQUE,
    trade         text NOT NULL,
    contact_name  text NOT NULL,
    phone         varchar(20) NOT NULL,
    email         text,
    hourly_rate   numeric(8,2) NOT NULL,
    insured_until date,
    is_preferred  boolean NOT NULL
);

CREATE TABLE maintenance_requests (
    id          integer PRIMARY KEY,
    building_id integer NOT NULL REFERENCES buildings (id),
    unit_id     integer REFERENCES units (id),
    reported_on date NOT NULL,
    category    text NOT NULL,
    priority    text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status      text NOT NULL CHECK (status IN ('open', 'in progress', 'resolved', 'cancelled')),
    description text NOT NULL,
    resolved_on date
);

CREATE TABLE work_orders (
    id            integer PRIMARY KEY,
    request_id    integer NOT NULL REFERENCES maintenance_requests (id),
    contractor_id integer REFERENCES contractors (id),
    staff_id      integer REFERENCES staff (id),
    issued_on     date NOT NULL,
    completed_on  date,
    status        text NOT NULL CHECK (status IN ('in progress', 'completed', 'cancelled')),
    labour_hours  numeric(5,1) NOT NULL,
    cost          numeric(10,2)
);

CREATE TABLE expense_categories (
    id        integer PRIMARY KEY,
    name      text NOT NULL UNIQUE,
    parent_id integer REFERENCES expense_categories (id)
);

CREATE TABLE expenses (
    id            integer PRIMARY KEY,
    building_id   integer REFERENCES buildings (id),
    category_id   integer NOT NULL REFERENCES expense_categories (id),
    contractor_id integer REFERENCES contractors (id),
    work_order_id integer REFERENCES work_orders (id),
    incurred_on   date NOT NULL,
    amount        numeric(10,2) NOT NULL,
    payee         text NOT NULL,
    description   text NOT NULL
);

CREATE TABLE board_meetings (
    id             integer PRIMARY KEY,
    held_on        date NOT NULL,
    meeting_type   text NOT NULL CHECK (meeting_type IN ('regular', 'annual general', 'special')),
    location       text NOT NULL,
    attendees      integer NOT NULL,
    quorum_reached boolean NOT NULL
);

CREATE TABLE votes (
    id            integer PRIMARY KEY,
    meeting_id    integer NOT NULL REFERENCES board_meetings (id),
    motion        text NOT NULL,
    proposed_by   integer REFERENCES residents (id),
    votes_for     integer NOT NULL,
    votes_against integer NOT NULL,
    abstentions   integer NOT NULL,
    passed        boolean NOT NULL
);

CREATE TABLE amenity_bookings (
    id           integer PRIMARY KEY,
    unit_id      integer NOT NULL REFERENCES units (id),
    amenity      text NOT NULL,
    booking_date date NOT NULL,
    start_time   time NOT NULL,
    hours        smallint NOT NULL,
    fee          numeric(8,2) NOT NULL,
    status       text NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'no-show'))
);

-- ---------------------------------------------------------------------------------------
-- Buildings
INSERT INTO buildings VALUES
    (1, 'Maple Court',      '12 Maple Street',     'Riverton',    1978,  4, false, false),
    (2, 'Harbour View',     '200 Quay Road',       'Riverton',    2004,  8, true,  true),
    (3, 'Linden House',     '7 Linden Avenue',     'Riverton',    1965,  3, false, false),
    (4, 'Riverside Towers', '55 Embankment Drive', 'Eastport',    2012, 10, true,  true),
    (5, 'Oakwood Gardens',  '31 Oakwood Lane',     'Eastport',    1992,  5, true,  true),
    (6, 'Castle Mews',      '3 Castle Close',      'Northbridge', 1988,  3, false, false);

-- ---------------------------------------------------------------------------------------
-- Units: flats first (ids 1-73), then storage lockers and parking spaces belonging to a flat,
-- then visitor parking spaces owned by the association (no parent flat).
INSERT INTO units (id, building_id, parent_unit_id, unit_number, unit_type, floor, area_sqm, bedrooms)
SELECT row_number() OVER (ORDER BY building_id, fl, p),
       building_id, NULL,
       fl::text || lpad(p::text, 2, '0'),
       'apartment', fl, area,
       CASE WHEN area < 60 THEN 1 WHEN area < 85 THEN 2 WHEN area < 110 THEN 3 ELSE 4 END
FROM (
    SELECT b.id AS building_id, fl, p,
           46.5 + ((b.id * 7 + p * 13 + fl * 5) % 11) * 7.5 AS area
    FROM buildings b
    JOIN (VALUES (1, 3), (2, 2), (3, 3), (4, 2), (5, 2), (6, 2)) AS s(b, per_floor) ON s.b = b.id
    CROSS JOIN LATERAL generate_series(1, b.floors) AS fl
    CROSS JOIN LATERAL generate_series(1, s.per_floor) AS p
) f;

INSERT INTO units (id, building_id, parent_unit_id, unit_number, unit_type, floor, area_sqm, bedrooms)
SELECT 73 + row_number() OVER (ORDER BY u.id),
       u.building_id, u.id, 'S' || u.unit_number, 'storage', -1,
       3.0 + (u.id % 5) * 1.5, NULL
FROM units u
WHERE u.unit_type = 'apartment' AND u.id % 3 = 1;

INSERT INTO units (id, building_id, parent_unit_id, unit_number, unit_type, floor, area_sqm, bedrooms)
SELECT 98 + row_number() OVER (ORDER BY u.id),
       u.building_id, u.id, 'P' || u.unit_number, 'parking', -1, 12.5, NULL
FROM units u
JOIN buildings b ON b.id = u.building_id
WHERE u.unit_type = 'apartment' AND b.has_parking_garage AND u.id % 2 = 0;

INSERT INTO units (id, building_id, parent_unit_id, unit_number, unit_type, floor, area_sqm, bedrooms)
SELECT 121 + g, CASE WHEN g <= 3 THEN 4 ELSE 2 END, NULL, 'V' || g, 'parking', 0, 12.5, NULL
FROM generate_series(1, 5) AS g;

-- ---------------------------------------------------------------------------------------
-- Residents: one current owner per flat (ids 1-73), former owners of flats sold in 2022-2024
-- (ids 74-81), tenants of every third flat, some with a former tenant before them.
CREATE TEMP TABLE name_parts AS
SELECT ARRAY['Alice','Benjamin','Carla','David','Elena','Frank','Grace','Hugo','Irene','Jack',
             'Karen','Leo','Maria','Nathan','Olivia','Paul','Quentin','Rachel','Simon','Teresa',
             'Umar','Vera','William','Xenia','Yusuf','Zoe','Aaron','Bianca','Colin','Diana',
             'Ethan'] AS firsts,
       ARRAY['Anderson','Brooks','Chen','Dubois','Evans','Fischer','Garcia','Hughes','Ivanova',
             'Jones','Kim','Larsen','Moreau','Nakamura','Okafor','Patel','Quinn','Rossi',
             'Schmidt','Taylor','Usman','Vargas','Walsh','Young','Zimmerman','Bauer','Costa',
             'Dalton','Ellis'] AS lasts;

CREATE TEMP TABLE resident_rows (id integer, unit_id integer, role text, move_in_date date,
                                 move_out_date date);

-- current owners; flats with id % 9 = 4 changed hands between 2022 and 2025
INSERT INTO resident_rows
SELECT u.id, u.id, 'owner',
       CASE WHEN u.id % 9 = 4 THEN date '2022-02-01' + (u.id * 41) % 1300
            ELSE date '2003-01-01' + (u.id * 397) % 7000 END,
       NULL
FROM units u WHERE u.unit_type = 'apartment';

-- former owners of those flats
INSERT INTO resident_rows
SELECT 73 + row_number() OVER (ORDER BY r.unit_id), r.unit_id, 'owner',
       date '2001-06-01' + (r.unit_id * 211) % 6000, r.move_in_date
FROM resident_rows r WHERE r.unit_id % 9 = 4;

-- current tenants of every third flat
INSERT INTO resident_rows
SELECT 81 + row_number() OVER (ORDER BY u.id), u.id, 'tenant',
       date '2022-01-15' + (u.id * 53) % 1000, NULL
FROM units u WHERE u.unit_type = 'apartment' AND u.id % 3 = 0;

-- former tenants of every sixth flat
INSERT INTO resident_rows
SELECT 105 + row_number() OVER (ORDER BY r.unit_id), r.unit_id, 'tenant',
       date '2019-06-01' + (r.unit_id * 17) % 700, r.move_in_date - 10
FROM resident_rows r WHERE r.role = 'tenant' AND r.unit_id % 6 = 0;

INSERT INTO residents (id, unit_id, full_name, email, phone, role, move_in_date, move_out_date,
                       is_board_member)
SELECT r.id, r.unit_id,
       n.firsts[(r.id * 7) % 31 + 1] || ' ' || n.lasts[(r.id * 5) % 29 + 1],
       lower(n.firsts[(r.id * 7) % 31 + 1] || '.' || n.lasts[(r.id * 5) % 29 + 1])
           || CASE WHEN r.role = 'owner' THEN '@mailbox.example' ELSE '@inbox.example' END,
       '555-' || lpad(((r.id * 7919) % 10000)::text, 4, '0'),
       r.role, r.move_in_date, r.move_out_date,
       r.id IN (2, 15, 21, 33, 47, 55, 64)
FROM resident_rows r CROSS JOIN name_parts n;

-- ---------------------------------------------------------------------------------------
-- Staff
INSERT INTO staff VALUES
    ( 1, 'Margaret Ellison', 'general manager',         NULL, NULL, '2014-04-01', NULL,         96000),
    ( 2, 'Daniel Mensah',    'property manager',        NULL,    1, '2017-09-15', NULL,         71000),
    ( 3, 'Priya Raman',      'property manager',        NULL,    1, '2020-01-06', NULL,         68500),
    ( 4, 'Luis Fernandez',   'building superintendent',    2,    2, '2016-05-02', NULL,         52000),
    ( 5, 'Anna Kowalski',    'building superintendent',    4,    3, '2019-11-11', NULL,         54500),
    ( 6, 'George Whitfield', 'building superintendent',    5,    3, '2021-02-01', NULL,         51000),
    ( 7, 'Helen Murray',     'concierge',                  4,    5, '2022-03-14', NULL,         38000),
    ( 8, 'Samuel Osei',      'concierge',                  2,    4, '2022-08-01', NULL,         37500),
    ( 9, 'Rosa Lindqvist',   'maintenance technician',  NULL,    2, '2018-06-18', NULL,         46000),
    (10, 'Kevin Doyle',      'maintenance technician',  NULL,    3, '2023-01-09', NULL,         44500),
    (11, 'Fatima Haddad',    'cleaner',                    1,    2, '2021-05-03', NULL,         31000),
    (12, 'Mark Jensen',      'cleaner',                    4,    5, '2023-07-17', NULL,         31500),
    (13, 'Julia Brandt',     'accountant',              NULL,    1, '2019-02-25', NULL,         63000),
    (14, 'Peter Novak',      'cleaner',                    3,    2, '2022-10-10', '2024-06-30', 30500);

-- ---------------------------------------------------------------------------------------
-- Levies: a monthly fee per flat for every month of 2022-2025 (rate per m2 by building, up 4%
-- a year), then special assessments voted for major works.
INSERT INTO levies (id, unit_id, levy_type, period_month, due_date, amount, description)
SELECT row_number() OVER (ORDER BY m, u.id),
       u.id, 'monthly fee', m::date, m::date + 14,
       round(u.area_sqm * r.rate * (1 + 0.04 * (extract(year FROM m) - 2022)), 2),
       'Monthly fee ' || to_char(m, 'Mon YYYY')
FROM units u
JOIN (VALUES (1, 2.10), (2, 3.20), (3, 1.85), (4, 3.60), (5, 2.75), (6, 2.40)) AS r(b, rate)
  ON r.b = u.building_id
CROSS JOIN generate_series(timestamp '2022-01-01', timestamp '2025-12-01', interval '1 month') AS m
WHERE u.unit_type = 'apartment';

INSERT INTO levies (id, unit_id, levy_type, period_month, due_date, amount, description)
SELECT 3504 + row_number() OVER (ORDER BY s.period_month, u.id),
       u.id, 'special assessment', s.period_month, s.due_date,
       round(u.area_sqm * s.per_sqm, 2), s.description
FROM units u
JOIN (VALUES (2, date '2023-05-01', date '2023-06-30', 45, 'Roof replacement special assessment'),
             (3, date '2024-02-01', date '2024-03-31', 30, 'Facade repair special assessment, instalment 1 of 2'),
             (3, date '2024-08-01', date '2024-09-30', 30, 'Facade repair special assessment, instalment 2 of 2'),
             (4, date '2025-04-01', date '2025-05-31', 55, 'Elevator modernization special assessment'))
     AS s(b, period_month, due_date, per_sqm, description)
  ON s.b = u.building_id
WHERE u.unit_type = 'apartment';

-- ---------------------------------------------------------------------------------------
-- Payments: most levies paid in full (direct debits on the due date, others around it), some
-- in two halves, some only half paid, a few owners in arrears, December 2025 partly unpaid.
WITH fees AS (
    SELECT l.*, u.building_id,
           CASE WHEN u.building_id = 3 AND u.id % 2 = 0 THEN 'cheque'
                WHEN u.id % 5 IN (0, 1) THEN 'direct debit'
                WHEN u.id % 5 IN (2, 3) THEN 'bank transfer'
                ELSE 'card' END AS method
    FROM levies l
    JOIN units u ON u.id = l.unit_id
    WHERE l.levy_type = 'monthly fee'
      AND NOT (l.unit_id = 5  AND l.period_month >= date '2025-07-01')
      AND NOT (l.unit_id = 27 AND l.period_month >= date '2024-11-01')
      AND NOT (l.unit_id = 44 AND l.period_month >= date '2025-09-01')
      AND NOT (l.unit_id = 61 AND l.period_month >= date '2025-10-01')
      AND NOT (l.period_month = date '2025-12-01' AND l.unit_id % 4 = 0)
      AND l.id % 97 <> 0
)
INSERT INTO payments (id, levy_id, paid_on, amount, method)
SELECT row_number() OVER (ORDER BY p.levy_id, p.paid_on), p.levy_id, p.paid_on, p.amount, p.method
FROM (
    SELECT f.id AS levy_id,
           CASE WHEN f.method = 'direct debit' THEN f.due_date
                ELSE f.due_date - 12 + (f.id * 7 + f.unit_id * 3) % 22 END AS paid_on,
           CASE WHEN f.id % 31 = 0 THEN round(f.amount / 2, 2) ELSE f.amount END AS amount,
           f.method
    FROM fees f
    UNION ALL
    -- the second half of the fees paid in two halves
    SELECT f.id, f.due_date + 20 + f.id % 9, f.amount - round(f.amount / 2, 2), 'bank transfer'
    FROM fees f
    WHERE f.id % 62 = 0
    UNION ALL
    SELECT l.id, l.due_date - (l.id * 11) % 40, l.amount, 'bank transfer'
    FROM levies l
    WHERE l.levy_type = 'special assessment' AND l.unit_id % 7 <> 3
) p;

-- ---------------------------------------------------------------------------------------
-- Contractors
INSERT INTO contractors VALUES
    ( 1, 'AquaFlow Plumbing',             'plumbing',       'Ray Dunn',        '555-0101', 'jobs@aquaflow.example',      78.00, '2026-03-31', true),
    ( 2, 'Brightspark Electrical',        'electrical',     'Nina Petrova',    '555-0102', 'office@brightspark.example', 85.00, '2025-11-30', true),
    ( 3, 'Summit Lift Services',          'elevators',      'Owen Clarke',     '555-0103', 'service@summitlift.example', 120.00, '2026-06-30', true),
    ( 4, 'TopCover Roofing',              'roofing',        'Greg Hollis',     '555-0104', 'quotes@topcover.example',    92.00, '2025-08-31', false),
    ( 5, 'Warmhome Heating',              'heating',        'Sofia Marino',    '555-0105', 'hello@warmhome.example',     80.00, '2026-01-31', true),
    ( 6, 'PestAway',                      'pest control',   'Ian Roberts',     '555-0106', 'book@pestaway.example',      65.00, '2025-12-31', false),
    ( 7, 'GreenLeaf Landscaping',         'landscaping',    'Marta Silva',     '555-0107', 'team@greenleaf.example',     55.00, '2026-02-28', true),
    ( 8, 'Sparkle Cleaning Co',           'cleaning',       'Joy Adeyemi',     '555-0108', 'contracts@sparkle.example',  38.00, '2026-04-30', true),
    ( 9, 'SecureLock Locksmiths',         'locksmith',      'Victor Hale',     '555-0109', NULL,                         70.00, '2024-12-31', false),
    (10, 'Prime Painters',                'painting',       'Dora Lukic',      '555-0110', 'paint@prime.example',        58.00, '2025-09-30', false),
    (11, 'Northside Plumbing & Drains',   'plumbing',       'Carl Jensen',     '555-0111', 'dispatch@northside.example', 72.00, '2025-10-31', false),
    (12, 'Volt Electric',                 'electrical',     'Amir Said',       '555-0112', 'volt@volt.example',          79.00, '2026-05-31', false),
    (13, 'Handy Fix General Contracting', 'general',        'Lena Fox',        '555-0113', 'work@handyfix.example',      62.00, '2025-07-31', true),
    (14, 'Fireguard Safety Systems',      'fire safety',    'Tom Reyes',       '555-0114', 'inspections@fireguard.example', 95.00, '2026-09-30', true),
    (15, 'Crystal Windows',               'glazing',        'Beth Morgan',     '555-0115', 'info@crystalwindows.example', 68.00, NULL,        false);

-- ---------------------------------------------------------------------------------------
-- Maintenance requests, spread from January 2022 to December 2025
INSERT INTO maintenance_requests (id, building_id, unit_id, reported_on, category, priority,
                                  status, description, resolved_on)
SELECT i, building_id, unit_id, reported_on, category, priority, status,
       CASE category
           WHEN 'plumbing'      THEN (ARRAY['Leaking tap in kitchen', 'Blocked drain in bathroom', 'Water stain on ceiling'])[i % 3 + 1]
           WHEN 'electrical'    THEN (ARRAY['Circuit breaker keeps tripping', 'Hallway light out', 'Faulty socket in living room'])[i % 3 + 1]
           WHEN 'heating'       THEN (ARRAY['Radiator cold', 'No hot water', 'Boiler making noise'])[i % 3 + 1]
           WHEN 'elevator'      THEN (ARRAY['Elevator stuck between floors', 'Elevator door not closing', 'Elevator out of service'])[i % 3 + 1]
           WHEN 'roofing'       THEN (ARRAY['Roof leak after storm', 'Missing roof tiles', 'Gutter overflowing'])[i % 3 + 1]
           WHEN 'pest control'  THEN (ARRAY['Mice in basement', 'Cockroaches in kitchen', 'Wasp nest on balcony'])[i % 3 + 1]
           WHEN 'doors & locks' THEN (ARRAY['Front door lock jammed', 'Entry buzzer broken', 'Lost key fob replacement'])[i % 3 + 1]
           ELSE (ARRAY['Graffiti on entrance wall', 'Broken lobby tile', 'Stairwell needs repainting'])[i % 3 + 1]
       END,
       CASE WHEN status = 'resolved' THEN
           reported_on + CASE WHEN reported_on >= date '2025-10-15' THEN 1 + i % 5
                              WHEN priority = 'urgent' THEN 1 + i % 3
                              WHEN priority = 'high'   THEN 2 + i % 7
                              WHEN priority = 'normal' THEN 4 + (i * 5) % 27
                              ELSE 10 + (i * 7) % 45 END
       END
FROM (
    SELECT i, building_id, unit_id, reported_on, priority,
           CASE WHEN i % 9 = 0 AND has_elevator THEN 'elevator'
                WHEN unit_id IS NULL AND i % 2 = 0 THEN 'common areas'
                ELSE (ARRAY['plumbing','plumbing','electrical','heating','plumbing','doors & locks',
                            'electrical','pest control','roofing','heating','common areas'])[(i * 7) % 11 + 1]
           END AS category,
           CASE WHEN i % 23 = 0 THEN 'cancelled'
                WHEN reported_on >= date '2025-10-15' AND i % 3 <> 0
                     THEN CASE WHEN i % 2 = 0 THEN 'open' ELSE 'in progress' END
                WHEN i % 37 = 0 THEN 'open'
                ELSE 'resolved' END AS status
    FROM (
        SELECT g AS i,
               CASE WHEN g % 8 = 3 THEN (g * 5) % 6 + 1 ELSE u.building_id END AS building_id,
               CASE WHEN g % 8 = 3 THEN NULL ELSE u.id END AS unit_id,
               date '2022-01-03' + (g * 41) / 12 AS reported_on,
               (ARRAY['normal','low','normal','high','normal','urgent','normal','low','high','normal'])[(g * 3) % 10 + 1] AS priority,
               b.has_elevator
        FROM generate_series(1, 420) AS g
        JOIN units u ON u.id = (g * 37) % 73 + 1
        JOIN buildings b ON b.id = CASE WHEN g % 8 = 3 THEN (g * 5) % 6 + 1 ELSE u.building_id END
    ) a
) r;

-- ---------------------------------------------------------------------------------------
-- Work orders: one per request being handled (none yet for open ones), a follow-up visit for
-- some resolved requests, cancelled orders for some cancelled requests.  Minor lock and
-- common-area jobs are done in house (no contractor; cost is materials only).
CREATE TEMP TABLE wo_rows AS
SELECT r.id AS request_id, 1 AS seq,
       CASE r.category
           WHEN 'plumbing'      THEN CASE WHEN r.id % 2 = 0 THEN 1 ELSE 11 END
           WHEN 'electrical'    THEN CASE WHEN r.id % 2 = 0 THEN 2 ELSE 12 END
           WHEN 'elevator'      THEN 3
           WHEN 'roofing'       THEN 4
           WHEN 'heating'       THEN 5
           WHEN 'pest control'  THEN 6
           WHEN 'doors & locks' THEN CASE WHEN r.id % 3 = 0 THEN 9 END
           ELSE CASE r.id % 4 WHEN 0 THEN 13 WHEN 1 THEN 10 WHEN 3 THEN 8 END
       END AS contractor_id,
       r.reported_on + CASE WHEN r.priority IN ('urgent', 'high') THEN 0 ELSE 1 END AS issued_on,
       r.resolved_on AS completed_on,
       CASE r.status WHEN 'resolved' THEN 'completed' WHEN 'cancelled' THEN 'cancelled'
                     ELSE 'in progress' END AS status,
       CASE WHEN r.status = 'cancelled' THEN 0
            ELSE (1 + ((r.id * 7) % 16) * 0.5) * CASE WHEN r.category IN ('elevator', 'roofing') THEN 2 ELSE 1 END
       END AS labour_hours
FROM maintenance_requests r
WHERE r.status IN ('resolved', 'in progress') OR (r.status = 'cancelled' AND r.id % 2 = 0);

INSERT INTO wo_rows
SELECT w.request_id, 2, w.contractor_id, w.issued_on + 1, w.completed_on, 'completed', 2.0
FROM wo_rows w
WHERE w.status = 'completed' AND w.request_id % 11 = 0 AND w.contractor_id IS NOT NULL;

INSERT INTO work_orders (id, request_id, contractor_id, staff_id, issued_on, completed_on, status,
                         labour_hours, cost)
SELECT row_number() OVER (ORDER BY w.issued_on, w.request_id, w.seq),
       w.request_id, w.contractor_id,
       CASE r.building_id WHEN 2 THEN 4 WHEN 4 THEN 5 WHEN 5 THEN 6
            ELSE CASE WHEN w.issued_on >= date '2023-01-09' AND r.id % 2 = 1 THEN 10 ELSE 9 END END,
       w.issued_on, w.completed_on, w.status, w.labour_hours,
       CASE WHEN w.status <> 'completed' THEN NULL
            WHEN w.seq = 2 THEN 2 * c.hourly_rate + 35
            WHEN c.id IS NULL THEN 15 + (r.id * 13 % 20) * 6.5
            ELSE round(w.labour_hours * c.hourly_rate + (r.id * 13 % 20) * 12.5
                       + CASE WHEN r.category = 'roofing' THEN 800 ELSE 0 END, 2)
       END
FROM wo_rows w
JOIN maintenance_requests r ON r.id = w.request_id
LEFT JOIN contractors c ON c.id = w.contractor_id;

-- ---------------------------------------------------------------------------------------
-- Expense categories (two levels; Snow removal budgeted but never spent)
INSERT INTO expense_categories VALUES
    ( 1, 'Utilities',             NULL),
    ( 2, 'Electricity',           1),
    ( 3, 'Water & sewer',         1),
    ( 4, 'Gas',                   1),
    ( 5, 'Repairs & maintenance', NULL),
    ( 6, 'Plumbing',              5),
    ( 7, 'Electrical',            5),
    ( 8, 'Elevator maintenance',  5),
    ( 9, 'Roofing',               5),
    (10, 'Heating & HVAC',        5),
    (11, 'Pest control',          5),
    (12, 'General repairs',       5),
    (13, 'Insurance',             NULL),
    (14, 'Cleaning',              NULL),
    (15, 'Landscaping',           NULL),
    (16, 'Administration',        NULL),
    (17, 'Office & software',     16),
    (18, 'Legal fees',            16),
    (19, 'Accounting & audit',    16),
    (20, 'Fire safety',           NULL),
    (21, 'Snow removal',          NULL);

-- ---------------------------------------------------------------------------------------
-- Expenses
CREATE TEMP TABLE expense_rows (building_id integer, category_id integer, contractor_id integer,
                                work_order_id integer, incurred_on date, amount numeric(10,2),
                                payee text, description text);

-- electricity, monthly per building
INSERT INTO expense_rows
SELECT b.id, 2, NULL, NULL, (m + interval '1 month' - interval '1 day')::date,
       round((b.floors * 95 + 300)
             * CASE WHEN extract(month FROM m) IN (12, 1, 2) THEN 1.35
                    WHEN extract(month FROM m) IN (6, 7, 8) THEN 1.15 ELSE 1.0 END
             * (1 + 0.06 * (extract(year FROM m) - 2022))
             + (b.id * 13 + extract(month FROM m)::int * 7 + extract(year FROM m)::int) % 40, 2),
       'Tri-County Power', 'Common-area electricity ' || to_char(m, 'Mon YYYY')
FROM buildings b
CROSS JOIN generate_series(timestamp '2022-01-01', timestamp '2025-12-01', interval '1 month') AS m;

-- gas for the boiler-heated buildings, monthly
INSERT INTO expense_rows
SELECT b.id, 4, NULL, NULL, (m + interval '1 month' - interval '1 day')::date,
       round((b.floors * 120 + 150)
             * CASE WHEN extract(month FROM m) IN (12, 1, 2) THEN 2.2
                    WHEN extract(month FROM m) IN (3, 11) THEN 1.5
                    WHEN extract(month FROM m) IN (6, 7, 8) THEN 0.4 ELSE 0.9 END
             * (1 + 0.05 * (extract(year FROM m) - 2022))
             + (b.id * 17 + extract(month FROM m)::int * 3) % 25, 2),
       'NorthGas', 'Boiler gas ' || to_char(m, 'Mon YYYY')
FROM buildings b
CROSS JOIN generate_series(timestamp '2022-01-01', timestamp '2025-12-01', interval '1 month') AS m
WHERE b.id IN (1, 3, 6);

-- water, quarterly per building
INSERT INTO expense_rows
SELECT b.id, 3, NULL, NULL, (q + interval '3 months' - interval '1 day')::date,
       round(f.flats * 38 * (1 + 0.05 * (extract(year FROM q) - 2022))
             + (b.id * 17 + extract(month FROM q)::int * 11) % 60, 2),
       'Regional Water Authority', 'Water & sewer Q' || extract(quarter FROM q) || ' ' || extract(year FROM q)
FROM buildings b
JOIN (SELECT building_id, count(*) AS flats FROM units WHERE unit_type = 'apartment' GROUP BY building_id) f
  ON f.building_id = b.id
CROSS JOIN generate_series(timestamp '2022-01-01', timestamp '2025-10-01', interval '3 months') AS q;

-- building insurance, annual premium in January
INSERT INTO expense_rows
SELECT b.id, 13, NULL, NULL, make_date(y, 1, 10),
       round(f.flats * 420 * (1 + 0.07 * (y - 2022)) + b.id * 150, 2),
       'Keystone Mutual Insurance', 'Building insurance premium ' || y
FROM buildings b
JOIN (SELECT building_id, count(*) AS flats FROM units WHERE unit_type = 'apartment' GROUP BY building_id) f
  ON f.building_id = b.id
CROSS JOIN generate_series(2022, 2025) AS y;

-- contract cleaning for the buildings without a cleaner on staff, monthly
INSERT INTO expense_rows
SELECT b.id, 14, 8, NULL, m::date + 4,
       CASE b.id WHEN 2 THEN 850 WHEN 5 THEN 620 ELSE 380 END + 25 * (extract(year FROM m) - 2022),
       'Sparkle Cleaning Co', 'Cleaning contract ' || to_char(m, 'Mon YYYY')
FROM buildings b
CROSS JOIN generate_series(timestamp '2022-01-01', timestamp '2025-12-01', interval '1 month') AS m
WHERE b.id IN (2, 5, 6);

-- landscaping for the buildings with gardens, four visits a year
INSERT INTO expense_rows
SELECT b.id, 15, 7, NULL, make_date(y, mo, 12 + b.id),
       650 + b.id * 40 + (y - 2022) * 30 + CASE mo WHEN 4 THEN 120 ELSE 0 END,
       'GreenLeaf Landscaping', 'Grounds maintenance ' || to_char(make_date(y, mo, 1), 'Mon YYYY')
FROM buildings b
CROSS JOIN generate_series(2022, 2025) AS y
CROSS JOIN unnest(ARRAY[4, 6, 8, 10]) AS mo
WHERE b.id IN (1, 5, 6);

-- elevator service contract, quarterly
INSERT INTO expense_rows
SELECT b.id, 8, 3, NULL, (q + interval '14 days')::date,
       1200 + b.floors * 60 + (extract(year FROM q) - 2022) * 50,
       'Summit Lift Services', 'Elevator service contract Q' || extract(quarter FROM q) || ' ' || extract(year FROM q)
FROM buildings b
CROSS JOIN generate_series(timestamp '2022-01-01', timestamp '2025-10-01', interval '3 months') AS q
WHERE b.has_elevator;

-- pest control inspections, January and July
INSERT INTO expense_rows
SELECT b.id, 11, 6, NULL, make_date(y, mo, 20),
       180 + f.flats * 6,
       'PestAway', 'Routine pest inspection'
FROM buildings b
JOIN (SELECT building_id, count(*) AS flats FROM units WHERE unit_type = 'apartment' GROUP BY building_id) f
  ON f.building_id = b.id
CROSS JOIN generate_series(2022, 2025) AS y
CROSS JOIN unnest(ARRAY[1, 7]) AS mo;

-- fire alarm inspections, March and September
INSERT INTO expense_rows
SELECT b.id, 20, 14, NULL, make_date(y, mo, 5 + b.id),
       280 + b.floors * 35,
       'Fireguard Safety Systems', 'Fire alarm and extinguisher inspection'
FROM buildings b
CROSS JOIN generate_series(2022, 2025) AS y
CROSS JOIN unnest(ARRAY[3, 9]) AS mo;

-- association-wide administration
INSERT INTO expense_rows
SELECT NULL, 17, NULL, NULL, m::date,
       CASE extract(year FROM m)::int WHEN 2022 THEN 189 WHEN 2023 THEN 189 WHEN 2024 THEN 215 ELSE 229 END,
       'BuildingLink Software', 'Resident portal subscription ' || to_char(m, 'Mon YYYY')
FROM generate_series(timestamp '2022-01-01', timestamp '2025-12-01', interval '1 month') AS m;

INSERT INTO expense_rows
SELECT NULL, 19, NULL, NULL, make_date(y, 4, 28),
       (ARRAY[4800, 5100, 5350, 5600])[y - 2021],
       'Carter Audit Partners', 'Annual audit of ' || (y - 1) || ' accounts'
FROM generate_series(2022, 2025) AS y;

INSERT INTO expense_rows VALUES
    (1,    18, NULL, NULL, '2022-06-14', 1850.00, 'Hart & Wells LLP', 'Arrears recovery letter'),
    (NULL, 18, NULL, NULL, '2022-11-03', 3200.00, 'Hart & Wells LLP', 'Review of association bylaws'),
    (2,    18, NULL, NULL, '2023-04-18', 2750.00, 'Hart & Wells LLP', 'Roof works contract review'),
    (4,    18, NULL, NULL, '2023-09-07', 1400.00, 'Hart & Wells LLP', 'Noise complaint mediation'),
    (3,    18, NULL, NULL, '2024-01-09', 2300.00, 'Hart & Wells LLP', 'Facade works contract review'),
    (1,    18, NULL, NULL, '2024-12-02', 4100.00, 'Hart & Wells LLP', 'Arrears recovery proceedings'),
    (4,    18, NULL, NULL, '2025-02-04', 2600.00, 'Hart & Wells LLP', 'Elevator modernization contract review'),
    (NULL, 18, NULL, NULL, '2025-08-21', 1950.00, 'Hart & Wells LLP', 'Short-term rental policy advice');

-- major works paid from the special assessments
INSERT INTO expense_rows VALUES
    (2, 9,  4,    NULL, '2023-08-25', 68400.00,  'TopCover Roofing',         'Harbour View roof replacement'),
    (3, 12, 13,   NULL, '2024-05-16', 21500.00,  'Handy Fix General Contracting', 'Linden House facade repair, stage 1'),
    (3, 12, 13,   NULL, '2024-10-22', 19800.00,  'Handy Fix General Contracting', 'Linden House facade repair, stage 2'),
    (4, 8,  3,    NULL, '2025-07-30', 142000.00, 'Summit Lift Services',     'Riverside Towers elevator modernization');

-- completed work orders
INSERT INTO expense_rows
SELECT r.building_id,
       CASE r.category WHEN 'plumbing' THEN 6 WHEN 'electrical' THEN 7 WHEN 'elevator' THEN 8
                       WHEN 'roofing' THEN 9 WHEN 'heating' THEN 10 WHEN 'pest control' THEN 11
                       ELSE 12 END,
       w.contractor_id, w.id, w.completed_on, w.cost,
       coalesce(c.company_name, 'City Hardware Supply'),
       'Work order ' || w.id || ': ' || r.description
FROM work_orders w
JOIN maintenance_requests r ON r.id = w.request_id
LEFT JOIN contractors c ON c.id = w.contractor_id
WHERE w.status = 'completed';

INSERT INTO expenses (id, building_id, category_id, contractor_id, work_order_id, incurred_on,
                      amount, payee, description)
SELECT row_number() OVER (ORDER BY incurred_on, category_id, building_id, work_order_id, description),
       building_id, category_id, contractor_id, work_order_id, incurred_on, amount, payee, description
FROM expense_rows;

-- ---------------------------------------------------------------------------------------
-- Board meetings: regular meetings every other month, an annual general meeting each March,
-- and special meetings called for major works
CREATE TEMP TABLE meeting_rows AS
SELECT make_date(y, mo, 8 + (y * 3 + mo) % 14) AS held_on, 'regular' AS meeting_type,
       CASE WHEN (y + mo) % 3 = 0 THEN 'online' ELSE 'Harbour View community room' END AS location,
       5 + (y + mo) % 3 AS attendees, true AS quorum_reached
FROM generate_series(2022, 2025) AS y CROSS JOIN unnest(ARRAY[2, 4, 6, 8, 10, 12]) AS mo
UNION ALL
SELECT d, 'annual general', 'Riverside Towers lounge', a, true
FROM (VALUES (date '2022-03-22', 41), (date '2023-03-21', 47), (date '2024-03-19', 38),
             (date '2025-03-25', 52)) AS v(d, a)
UNION ALL
SELECT d, 'special', l, a, q
FROM (VALUES (date '2022-09-29', 'online', 14, false),
             (date '2023-04-27', 'Harbour View community room', 29, true),
             (date '2024-01-16', 'online', 24, true),
             (date '2025-02-11', 'Riverside Towers lounge', 36, true)) AS v(d, l, a, q);

INSERT INTO board_meetings (id, held_on, meeting_type, location, attendees, quorum_reached)
SELECT row_number() OVER (ORDER BY held_on), held_on, meeting_type, location, attendees, quorum_reached
FROM meeting_rows;

-- ---------------------------------------------------------------------------------------
-- Votes: the motions put at each meeting with their tallies
CREATE TEMP TABLE vote_rows (meeting_id integer, k integer, motion text, proposed_by integer,
                             votes_for integer, votes_against integer, abstentions integer);

INSERT INTO vote_rows
SELECT m.id, k,
       (ARRAY['Approve quarterly financial statements', 'Appoint contractor for stairwell repainting',
              'Increase reserve fund contribution', 'Adopt new pet policy',
              'Approve bicycle storage installation', 'Renew cleaning contract',
              'Install security cameras in lobby', 'Approve EV charger pilot',
              'Change amenity booking rules', 'Write off small arrears',
              'Approve window cleaning schedule', 'Replace lobby furniture',
              'Adopt short-term rental restrictions', 'Approve landscaping plan',
              'Switch energy supplier', 'Approve arrears collection procedure'])[(n * 3 + k) % 16 + 1],
       (ARRAY[2, 15, 21, 33, 47, 55, 64])[(n + k) % 7 + 1],
       7 - ((n * 5 + k * 3) % 4) - ((n + k) % 2) - ((n * k) % 2),
       (n * 5 + k * 3) % 4,
       (n + k) % 2
FROM (SELECT id, row_number() OVER (ORDER BY held_on) - 1 AS n
      FROM board_meetings WHERE meeting_type = 'regular') m
CROSS JOIN LATERAL generate_series(1, 1 + (m.n::int % 3)) AS k;

INSERT INTO vote_rows
SELECT m.id, k,
       CASE k WHEN 1 THEN 'Approve ' || y || ' annual budget'
              WHEN 2 THEN 'Adopt ' || (y - 1) || ' audited accounts'
              ELSE 'Elect board members for ' || y END,
       CASE k WHEN 3 THEN NULL ELSE (ARRAY[2, 15, 21, 33, 47, 55, 64])[(y + k) % 7 + 1] END,
       m.attendees - 4 - (y + k) % 6, 2 + (y * k) % 3, 2 + (y + k) % 4 - (y * k) % 3
FROM (SELECT id, attendees, extract(year FROM held_on)::int AS y
      FROM board_meetings WHERE meeting_type = 'annual general') m
CROSS JOIN generate_series(1, 3) AS k;

INSERT INTO vote_rows
SELECT m.id, 1, v.motion, v.proposed_by, v.f, v.a, v.ab
FROM board_meetings m
JOIN (VALUES (date '2023-04-27', 'Approve roof replacement special assessment for Harbour View', 33, 21, 6, 2),
             (date '2024-01-16', 'Approve facade repair special assessment for Linden House', 15, 17, 5, 2),
             (date '2025-02-11', 'Approve elevator modernization special assessment for Riverside Towers', 47, 19, 15, 2))
     AS v(d, motion, proposed_by, f, a, ab)
  ON v.d = m.held_on;

INSERT INTO votes (id, meeting_id, motion, proposed_by, votes_for, votes_against, abstentions, passed)
SELECT row_number() OVER (ORDER BY meeting_id, k), meeting_id, motion, proposed_by,
       votes_for, votes_against, abstentions, votes_for > votes_against
FROM vote_rows;

-- ---------------------------------------------------------------------------------------
-- Amenity bookings (Linden House has no amenities; cancelled bookings are not charged)
INSERT INTO amenity_bookings (id, unit_id, amenity, booking_date, start_time, hours, fee, status)
SELECT row_number() OVER (ORDER BY booking_date, i), unit_id, amenity, booking_date, start_time,
       hours, CASE WHEN status = 'cancelled' THEN 0 ELSE hours * rate END, status
FROM (
    SELECT i, unit_id, amenity,
           CASE WHEN amenity IN ('BBQ area', 'rooftop terrace')
                THEN make_date(2022 + i % 4, 4 + i % 6, 1 + (i * 7) % 28)
                ELSE date '2022-01-01' + (i * 1455) / 760 + i % 3 END AS booking_date,
           CASE WHEN amenity = 'gym' THEN time '06:00' + (i % 14) * interval '1 hour'
                ELSE time '10:00' + (i % 10) * interval '1 hour' END AS start_time,
           CASE WHEN amenity = 'gym' THEN 1 ELSE 2 + i % 4 END AS hours,
           CASE amenity WHEN 'party room' THEN 20 WHEN 'rooftop terrace' THEN 15
                        WHEN 'cinema room' THEN 12 WHEN 'BBQ area' THEN 10 ELSE 0 END AS rate,
           CASE WHEN i % 13 = 0 THEN 'cancelled' WHEN i % 29 = 0 THEN 'no-show' ELSE 'confirmed' END AS status
    FROM (
        SELECT g AS i, u.id AS unit_id,
               a.list[(g * 5 / 3) % array_length(a.list, 1) + 1] AS amenity
        FROM generate_series(1, 760) AS g
        JOIN units u ON u.id = (g * 29) % 73 + 1
        JOIN (VALUES (1, ARRAY['BBQ area']),
                     (2, ARRAY['party room', 'gym', 'rooftop terrace']),
                     (4, ARRAY['party room', 'gym', 'rooftop terrace', 'cinema room']),
                     (5, ARRAY['party room', 'gym', 'BBQ area']),
                     (6, ARRAY['BBQ area'])) AS a(b, list)
          ON a.b = u.building_id
    ) s
) t;

DROP TABLE name_parts, resident_rows, wo_rows, expense_rows, meeting_rows, vote_rows;
