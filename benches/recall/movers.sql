-- Operational database of a regional house-removals company (head office in Leeds).
-- Customers (private households and businesses) ask for a quote; an accepted quote
-- becomes a move from one address to another, done by one or two crews with vans.
-- Completed moves are invoiced; invoices are paid in one or more payments.
-- Customers may report damage claims after a move and may rent storage units at our
-- depots to keep their goods between moves.
-- Conventions: foreign keys are named <singular>_ref; every money amount is stored as
-- net, VAT (20%) and gross. Storage rental amounts are monthly charges.
-- Data snapshot taken on 15 January 2025.

CREATE TABLE depots (
    id              integer PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    city            text NOT NULL,
    postcode        text NOT NULL,
    opened_on       date NOT NULL,
    has_storage     boolean NOT NULL
);

CREATE TABLE customers (
    id               integer PRIMARY KEY,
    full_name        text NOT NULL,
    company_name     text,
    customer_type    text NOT NULL CHECK (customer_type IN ('private', 'business')),
    email            text NOT NULL,
    phone            text NOT NULL,
    city             text NOT NULL,
    referral_source  text NOT NULL,
    marketing_opt_in boolean NOT NULL,
    created_at       timestamp NOT NULL
);

CREATE TABLE addresses (
    id                       integer PRIMARY KEY,
    line1                    text NOT NULL,
    city                     text NOT NULL,
    postcode                 text NOT NULL,
    property_type            text NOT NULL,
    bedrooms                 smallint,
    floor_level              smallint NOT NULL,
    has_lift                 boolean NOT NULL,
    parking_permit_required  boolean NOT NULL
);

CREATE TABLE quotes (
    id                     integer PRIMARY KEY,
    customer_ref           integer NOT NULL REFERENCES customers (id),
    quote_number           text NOT NULL UNIQUE,
    requested_on           date NOT NULL,
    preferred_move_date    date NOT NULL,
    service_level          text NOT NULL CHECK (service_level IN ('economy', 'standard', 'premium')),
    estimated_volume_m3    numeric(6,1) NOT NULL,
    estimated_distance_km  numeric(7,1) NOT NULL,
    home_survey_done       boolean NOT NULL,
    amount_net             numeric(10,2) NOT NULL,
    vat_amount             numeric(10,2) NOT NULL,
    amount_gross           numeric(10,2) NOT NULL,
    status                 text NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'expired')),
    valid_until            date NOT NULL,
    notes                  text
);

CREATE TABLE moves (
    id                integer PRIMARY KEY,
    quote_ref         integer NOT NULL UNIQUE REFERENCES quotes (id),
    customer_ref      integer NOT NULL REFERENCES customers (id),
    from_address_ref  integer NOT NULL REFERENCES addresses (id),
    to_address_ref    integer NOT NULL REFERENCES addresses (id),
    move_date         date NOT NULL,
    service_level     text NOT NULL CHECK (service_level IN ('economy', 'standard', 'premium')),
    distance_km       numeric(7,1) NOT NULL,
    volume_m3         numeric(6,1) NOT NULL,
    status            text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
    started_at        timestamp,
    finished_at       timestamp,
    customer_rating   smallint CHECK (customer_rating BETWEEN 1 AND 5),
    crew_notes        text
);

CREATE TABLE crews (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    depot_ref   integer NOT NULL REFERENCES depots (id),
    formed_on   date NOT NULL,
    is_active   boolean NOT NULL,
    disbanded_on date
);

CREATE TABLE crew_members (
    id               integer PRIMARY KEY,
    crew_ref         integer NOT NULL REFERENCES crews (id),
    full_name        text NOT NULL,
    role             text NOT NULL CHECK (role IN ('team_leader', 'driver', 'porter', 'packer')),
    hired_on         date NOT NULL,
    left_on          date,
    has_hgv_licence  boolean NOT NULL,
    phone            text NOT NULL
);

CREATE TABLE vans (
    id              integer PRIMARY KEY,
    registration    text NOT NULL UNIQUE,
    make            text NOT NULL,
    model           text NOT NULL,
    capacity_m3     numeric(5,1) NOT NULL,
    year_built      smallint NOT NULL,
    depot_ref       integer NOT NULL REFERENCES depots (id),
    status          text NOT NULL CHECK (status IN ('in_service', 'in_workshop', 'retired')),
    odometer_km     integer NOT NULL,
    purchased_on    date NOT NULL,
    last_mot_on     date
);

CREATE TABLE move_assignments (
    id            integer PRIMARY KEY,
    move_ref      integer NOT NULL REFERENCES moves (id),
    crew_ref      integer NOT NULL REFERENCES crews (id),
    van_ref       integer NOT NULL REFERENCES vans (id),
    is_lead       boolean NOT NULL,
    assigned_on   date NOT NULL,
    hours_worked  numeric(5,2)
);

CREATE TABLE invoices (
    id              integer PRIMARY KEY,
    move_ref        integer NOT NULL UNIQUE REFERENCES moves (id),
    invoice_number  text NOT NULL UNIQUE,
    issued_on       date NOT NULL,
    due_on          date NOT NULL,
    amount_net      numeric(10,2) NOT NULL,
    vat_amount      numeric(10,2) NOT NULL,
    amount_gross    numeric(10,2) NOT NULL,
    status          text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'part_paid', 'paid', 'overdue'))
);

CREATE TABLE payments (
    id            integer PRIMARY KEY,
    invoice_ref   integer NOT NULL REFERENCES invoices (id),
    paid_at       timestamp NOT NULL,
    method        text NOT NULL CHECK (method IN ('card', 'bank_transfer', 'cash', 'cheque')),
    amount_net    numeric(10,2) NOT NULL,
    vat_amount    numeric(10,2) NOT NULL,
    amount_gross  numeric(10,2) NOT NULL,
    reference     text NOT NULL
);

CREATE TABLE damage_claims (
    id            integer PRIMARY KEY,
    move_ref      integer NOT NULL REFERENCES moves (id),
    reported_on   date NOT NULL,
    category      text NOT NULL,
    description   text NOT NULL,
    amount_net    numeric(10,2) NOT NULL,
    vat_amount    numeric(10,2) NOT NULL,
    amount_gross  numeric(10,2) NOT NULL,
    status        text NOT NULL CHECK (status IN ('open', 'settled', 'rejected')),
    resolved_on   date
);

CREATE TABLE storage_units (
    id                  integer PRIMARY KEY,
    depot_ref           integer NOT NULL REFERENCES depots (id),
    unit_code           text NOT NULL UNIQUE,
    size_m3             numeric(5,1) NOT NULL,
    climate_controlled  boolean NOT NULL,
    floor               text NOT NULL
);

CREATE TABLE storage_rentals (
    id                integer PRIMARY KEY,
    storage_unit_ref  integer NOT NULL REFERENCES storage_units (id),
    customer_ref      integer NOT NULL REFERENCES customers (id),
    move_ref          integer REFERENCES moves (id),
    start_date        date NOT NULL,
    end_date          date,
    amount_net        numeric(10,2) NOT NULL,
    vat_amount        numeric(10,2) NOT NULL,
    amount_gross      numeric(10,2) NOT NULL,
    status            text NOT NULL CHECK (status IN ('active', 'ended'))
);

-- ---------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------

INSERT INTO depots (id, name, city, postcode, opened_on, has_storage) VALUES
    (1, 'Leeds Head Office', 'Leeds',      'LS11 5QT', '2022-01-04', true),
    (2, 'Manchester Depot',  'Manchester', 'M17 1PG',  '2022-01-04', true),
    (3, 'Bristol Depot',     'Bristol',    'BS11 8AT', '2022-03-07', true),
    (4, 'York Depot',        'York',       'YO30 4XB', '2022-01-04', true),
    (5, 'Birmingham Depot',  'Birmingham', 'B6 7EU',   '2022-05-09', false);

INSERT INTO crews (id, name, depot_ref, formed_on, is_active, disbanded_on) VALUES
    (1, 'Kestrel', 1, '2022-01-04', true,  NULL),
    (2, 'Heron',   1, '2022-01-04', true,  NULL),
    (3, 'Falcon',  2, '2022-01-04', true,  NULL),
    (4, 'Osprey',  2, '2022-02-14', true,  NULL),
    (5, 'Merlin',  3, '2022-03-07', true,  NULL),
    (6, 'Swift',   4, '2022-01-04', true,  NULL),
    (7, 'Kite',    5, '2022-05-16', true,  NULL),
    (8, 'Harrier', 1, '2022-01-04', false, '2023-06-30');

INSERT INTO vans (id, registration, make, model, capacity_m3, year_built, depot_ref, status, odometer_km, purchased_on, last_mot_on) VALUES
    (1,  'YK16 RMV', 'Mercedes-Benz', 'Sprinter Luton', 20.0, 2016, 1, 'in_service',  241380, '2022-01-04', '2024-05-02'),
    (2,  'YK18 LDS', 'Iveco',         'Daily 7.2t',     36.5, 2018, 1, 'in_service',  198455, '2022-01-04', '2024-03-11'),
    (3,  'YJ19 KTE', 'Ford',          'Transit Luton',  18.5, 2019, 1, 'in_service',  156020, '2022-01-04', '2024-06-21'),
    (4,  'MA17 FLC', 'Iveco',         'Daily 7.2t',     36.0, 2017, 2, 'in_service',  227940, '2022-01-04', '2024-02-05'),
    (5,  'MF20 OSP', 'Mercedes-Benz', 'Atego 7.5t',     42.0, 2020, 2, 'in_service',  131275, '2022-01-04', '2024-09-18'),
    (6,  'WR18 MRL', 'Renault',       'Master Luton',   19.5, 2018, 3, 'in_workshop', 188610, '2022-01-04', '2024-08-01'),
    (7,  'WU21 BRS', 'DAF',           'LF 7.5t',        44.0, 2021, 3, 'in_service',   97830, '2022-01-04', '2024-04-09'),
    (8,  'YC20 SWF', 'Ford',          'Transit Luton',  18.0, 2020, 4, 'in_service',  112460, '2022-03-28', '2024-01-19'),
    (9,  'YC22 YRK', 'Iveco',         'Daily 7.2t',     37.0, 2022, 4, 'in_service',   64205, '2022-01-04', '2024-03-01'),
    (10, 'BV22 KIT', 'Mercedes-Benz', 'Sprinter Luton', 20.5, 2022, 5, 'in_service',   58790, '2022-05-10', NULL),
    (11, 'BN23 BHM', 'DAF',           'LF 7.5t',        45.0, 2023, 5, 'in_service',   33410, '2023-03-14', NULL),
    (12, 'YH15 OLD', 'Volkswagen',    'Crafter Luton',  17.0, 2015, 1, 'retired',     312880, '2022-01-04', '2023-05-30'),
    (13, 'YK23 HRN', 'Mercedes-Benz', 'Atego 7.5t',     43.0, 2023, 1, 'in_service',   41925, '2023-01-23', NULL),
    (14, 'YK74 NEW', 'Volvo',         'FL Electric',    46.0, 2024, 1, 'in_service',     210, '2025-01-06', NULL);

-- ---------------------------------------------------------------------------
-- Customers
-- ---------------------------------------------------------------------------

INSERT INTO customers (id, full_name, company_name, customer_type, email, phone, city, referral_source, marketing_opt_in, created_at)
SELECT i,
       n.fn || ' ' || n.ln,
       CASE WHEN i % 6 = 0 THEN
           (ARRAY['Northgate','Pennine','Aire Valley','Riverside','Oakwood','Castlegate','Brightwater','Kingsway','Millstone','Harbourside'])[1 + (i / 6 - 1) % 10]
           || ' ' ||
           (ARRAY['Solicitors','Dental Practice','Accountants','Design Studio'])[1 + ((i / 6 - 1) / 10) % 4]
       END,
       CASE WHEN i % 6 = 0 THEN 'business' ELSE 'private' END,
       lower(replace(n.fn || '.' || n.ln, '''', '')) || i || '@' ||
           (ARRAY['gmail.com','outlook.com','yahoo.co.uk','btinternet.com','hotmail.co.uk','icloud.com'])[1 + (i * 5) % 6],
       '07' || lpad(((i * 7919 + 12345) % 1000000000)::text, 9, '0'),
       (ARRAY['Leeds','Manchester','York','Bristol','Harrogate','Sheffield','Birmingham','Bath','Nottingham','Bradford'])
           [(ARRAY[1,1,1,2,2,3,4,4,5,6,7,8,1,2,9,10,1,4,2])[1 + (i * 7 + i / 4) % 19]],
       (ARRAY['website','recommendation','website','estate_agent','google_ads','website','recommendation','repeat_customer','website','estate_agent','recommendation','google_ads','comparison_site'])[1 + (i * 3 + i / 5) % 13],
       (i * 5) % 7 < 4,
       timestamp '2022-01-03 09:00' + ((i * 211) % 1050) * interval '1 day' + ((i * 37) % 540) * interval '1 minute'
FROM generate_series(1, 240) AS i
CROSS JOIN LATERAL (
    SELECT (ARRAY['Oliver','Amelia','Harry','Isla','George','Ava','Jack','Emily','Noah','Sophie','Charlie','Grace','Thomas','Lily','James','Chloe','William','Ella','Daniel','Megan'])[1 + i % 20] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Davies','Evans','Thomas','Roberts','Walker','Wright','Robinson','Thompson','White','Hughes','Edwards','Green','Hall','Wood','Harris','Clarke','Jackson','O''Brien'])[1 + (i + i / 20) % 23] AS ln
) AS n;

-- ---------------------------------------------------------------------------
-- Quotes
-- ---------------------------------------------------------------------------

INSERT INTO quotes (id, customer_ref, quote_number, requested_on, preferred_move_date, service_level,
                    estimated_volume_m3, estimated_distance_km, home_survey_done,
                    amount_net, vat_amount, amount_gross, status, valid_until, notes)
SELECT i,
       a.c,
       'Q' || to_char(a.req, 'YY') || '-' || lpad(i::text, 4, '0'),
       a.req,
       a.req + (10 + (i * 7) % 50),
       a.lvl,
       b.vol,
       b.dist,
       b.vol >= 25 OR i % 3 = 0,
       b.net,
       round(b.net * 0.20, 2),
       b.net + round(b.net * 0.20, 2),
       CASE
           WHEN a.req >= date '2025-01-03' THEN 'draft'
           WHEN a.req >= date '2024-12-16' THEN 'sent'
           ELSE (ARRAY['accepted','accepted','declined','accepted','accepted','expired','accepted','accepted','declined',
                       'accepted','accepted','accepted','expired','accepted','accepted','declined','accepted','accepted','declined','accepted',
                       'accepted','expired','accepted'])[1 + (i * 48271) % 23]
       END,
       a.req + 30,
       CASE (i * 11) % 17
           WHEN 0 THEN 'Piano on ground floor'
           WHEN 3 THEN 'Narrow staircase, may need to hoist sofa'
           WHEN 5 THEN 'Customer wants packing materials dropped off a week early'
           WHEN 9 THEN 'Access via rear lane only'
           WHEN 12 THEN 'Includes garden shed contents'
       END
FROM generate_series(1, 420) AS i
CROSS JOIN LATERAL (
    SELECT 1 + ((i * 37 + (i * i) % 23) % 228) AS c,
           (ARRAY['standard','standard','premium','economy','standard','premium','standard','economy','standard','premium','standard'])[1 + (i * 5 + i / 7) % 11] AS lvl,
           CASE
               WHEN i % 5 IN (0, 1) THEN make_date(2022 + i % 3, 5 + (i / 5) % 4, 1 + (i * 7) % 28)
               ELSE date '2022-01-10' + (i * 613) % 1094
           END AS req
) AS a
CROSS JOIN LATERAL (
    SELECT v.vol, d.dist,
           round(140 + v.vol * 21.5 + d.dist * 1.65
                 + CASE a.lvl WHEN 'premium' THEN v.vol * 9.5 WHEN 'economy' THEN -60 ELSE 0 END, 2) AS net
    FROM (SELECT CASE WHEN a.c % 6 = 0 THEN 30 + (i * 13) % 58 + (i % 10) / 10.0
                      ELSE 6 + (i * 13) % 41 + (i % 10) / 10.0 END AS vol) AS v,
         (SELECT CASE WHEN i % 9 = 0 THEN 120 + (i * 17) % 310 + (i % 7) / 10.0
                      ELSE 2 + (i * 29) % 45 + (i % 10) / 10.0 END AS dist) AS d
) AS b;

-- Customers were created in the system shortly before their first quote.
UPDATE customers c
SET created_at = f.first_req - ((c.id * 3) % 20) * interval '1 day' + ((c.id * 37) % 540) * interval '1 minute' + interval '9 hours'
FROM (SELECT customer_ref, min(requested_on)::timestamp AS first_req FROM quotes GROUP BY customer_ref) f
WHERE f.customer_ref = c.id;

-- ---------------------------------------------------------------------------
-- Addresses and moves (one move per accepted quote)
-- ---------------------------------------------------------------------------

INSERT INTO addresses (id, line1, city, postcode, property_type, bedrooms, floor_level, has_lift, parking_permit_required)
WITH aq AS (
    SELECT q.*, row_number() OVER (ORDER BY q.id) AS m, cu.customer_type,
           array_position(ARRAY['Leeds','Manchester','York','Bristol','Harrogate','Sheffield','Birmingham','Bath','Nottingham','Bradford'], cu.city) AS home_idx
    FROM quotes q JOIN customers cu ON cu.id = q.customer_ref
    WHERE q.status = 'accepted'
),
sides AS (
    SELECT aq.*, s.side,
           CASE
               WHEN s.side = 1 THEN aq.home_idx
               WHEN aq.estimated_distance_km >= 120 THEN 11 + (aq.m * 3) % 8
               WHEN aq.m % 10 < 7 THEN aq.home_idx
               ELSE 1 + (aq.home_idx + aq.m) % 10
           END AS city_idx,
           CASE WHEN aq.customer_type = 'business' THEN 'office'
                ELSE (ARRAY['flat','terraced_house','semi_detached','detached','flat','bungalow','terraced_house','semi_detached','flat'])[1 + (aq.m * 7 + s.side * 5 + aq.m / 3) % 9]
           END AS ptype
    FROM aq CROSS JOIN (VALUES (1), (2)) AS s(side)
)
SELECT 2 * m - 2 + side,
       CASE WHEN ptype = 'flat' THEN 'Flat ' || (1 + (m * 7 + side) % 24) || ', ' ELSE '' END
           || (1 + (m * 17 + side * 31) % 180) || ' '
           || (ARRAY['High Street','Station Road','Church Lane','Park Avenue','Victoria Road','Mill Lane','Green Lane','Manor Road','Kings Road','Queens Drive',
                     'Oak Avenue','Chapel Street','Westfield Road','North Street','The Crescent','Grove Road','Springfield Road','Albert Street','Meadow Way','Beech Close'])[1 + (m * 7 + side * 3) % 20],
       (ARRAY['Leeds','Manchester','York','Bristol','Harrogate','Sheffield','Birmingham','Bath','Nottingham','Bradford',
              'London','Edinburgh','Cardiff','Newcastle upon Tyne','Norwich','Exeter','Glasgow','Brighton'])[city_idx],
       (ARRAY['LS','M','YO','BS','HG','S','B','BA','NG','BD','SW','EH','CF','NE','NR','EX','G','BN'])[city_idx]
           || (1 + (m * 5 + side) % 27) || ' ' || (1 + (m + side * 4) % 9)
           || chr((65 + (m * 7 + side) % 26)::int) || chr((65 + (m * 11 + side * 3) % 26)::int),
       ptype,
       CASE WHEN ptype = 'office' THEN NULL
            WHEN ptype = 'flat' THEN 1 + (m + side) % 3
            ELSE 2 + (m + side) % 4 END,
       CASE WHEN ptype = 'flat' THEN (m * 7 + side) % 7
            WHEN ptype = 'office' THEN (m + side) % 5
            ELSE 0 END,
       CASE WHEN ptype = 'flat' THEN (m * 7 + side) % 7 >= 3 AND (m + side) % 4 <> 0
            WHEN ptype = 'office' THEN (m + side) % 5 >= 2
            ELSE false END,
       (m * side + m / 3) % 5 = 0
FROM sides;

INSERT INTO moves (id, quote_ref, customer_ref, from_address_ref, to_address_ref, move_date, service_level,
                   distance_km, volume_m3, status, started_at, finished_at, customer_rating, crew_notes)
WITH aq AS (
    SELECT q.*, row_number() OVER (ORDER BY q.id) AS m
    FROM quotes q
    WHERE q.status = 'accepted'
),
base AS (
    SELECT aq.*,
           aq.preferred_move_date + (aq.m % 5 - 2)::int AS mdate,
           round(aq.estimated_distance_km * (0.94 + ((aq.m * 7) % 15) / 100.0), 1) AS dist,
           round(aq.estimated_volume_m3 * (0.90 + ((aq.m * 11) % 25) / 100.0), 1) AS vol
    FROM aq
),
st AS (
    SELECT base.*,
           CASE WHEN (m * 11) % 25 IN (0, 1) THEN 'cancelled'
                WHEN mdate >= date '2025-01-15' THEN 'scheduled'
                ELSE 'completed' END AS mstatus,
           mdate + time '07:30' + ((m * 13) % 7) * interval '15 minutes' AS start_ts,
           round(2.5 + vol / 7.0 + dist / 55.0 + (m % 4) * 0.25
                 + CASE service_level WHEN 'premium' THEN 1.75 WHEN 'economy' THEN -0.5 ELSE 0 END, 2) AS hrs
    FROM base
)
SELECT m, id, customer_ref, 2 * m - 1, 2 * m, mdate, service_level, dist, vol, mstatus,
       CASE WHEN mstatus = 'completed' THEN start_ts END,
       CASE WHEN mstatus = 'completed' THEN start_ts + hrs * interval '1 hour' END,
       CASE WHEN mstatus = 'completed' AND m % 4 <> 0
            THEN (ARRAY[5,4,5,3,5,4,2,5,4,1,5,4,5])[1 + (m * 7 + m / 9) % 13] END,
       CASE WHEN mstatus = 'completed' THEN
           CASE (m * 7) % 13
               WHEN 1 THEN 'Extra trip needed for garage contents'
               WHEN 4 THEN 'Parking suspension not in place, carried 80m'
               WHEN 6 THEN 'Customer not fully packed on arrival'
               WHEN 10 THEN 'Smooth job, customer very happy'
           END
       END
FROM st;

-- ---------------------------------------------------------------------------
-- Crews, crew members and assignments
-- ---------------------------------------------------------------------------

INSERT INTO crew_members (id, crew_ref, full_name, role, hired_on, left_on, has_hgv_licence, phone)
SELECT i,
       x.crew,
       (ARRAY['Liam','Mason','Ethan','Kyle','Ryan','Jordan','Connor','Sam','Callum','Jamie','Lewis','Aaron','Dean','Priya','Tom','Nathan','Zara','Marek','Tariq','Becky'])[1 + (i * 3) % 20]
           || ' ' ||
       (ARRAY['Foster','Barker','Holt','Lowe','Marsh','Kaur','Nowak','Pearce','Rowe','Shaw','Tate','Webb','Yates','Ahmed','Bell','Cole','Dunn'])[1 + (i * 7 + i / 17) % 17],
       x.role,
       date '2022-01-04' + (i * 389) % 500,
       CASE WHEN x.crew = 8 THEN date '2023-06-30'
            WHEN i IN (19, 33) THEN date '2024-02-29' + (i * 13) % 200
       END,
       x.role IN ('team_leader', 'driver') AND i % 5 <> 2,
       '07' || lpad(((i * 104729 + 777) % 1000000000)::text, 9, '0')
FROM generate_series(1, 42) AS i
CROSS JOIN LATERAL (
    SELECT CASE WHEN i <= 8 THEN i ELSE 1 + (i * 5 + i / 6) % 8 END AS crew,
           CASE WHEN i <= 8 THEN 'team_leader'
                ELSE (ARRAY['driver','porter','porter','packer','driver','porter','packer'])[1 + (i * 3) % 7] END AS role
) AS x;

INSERT INTO move_assignments (id, move_ref, crew_ref, van_ref, is_lead, assigned_on, hours_worked)
WITH lead AS (
    SELECT mv.id AS move_id, mv.move_date, mv.status, mv.volume_m3, mv.started_at, mv.finished_at,
           CASE WHEN mv.move_date < date '2023-07-01' AND mv.id % 6 = 1 THEN 8
                ELSE (ARRAY[1,2,3,4,5,6,7,1,2,3,1,4,6,2,1,5,3,1,4,2,6,1])[1 + (mv.id * 7 + mv.id / 5) % 22]
           END AS crew,
           (ARRAY[1,2,3,4,5,6,7,8,9,10,11,13,2,5,1,7,2,9,4,1,3,5,2,8])[1 + (mv.id * 5 + mv.id / 4) % 24] AS van
    FROM moves mv
    WHERE mv.status <> 'cancelled'
),
rows AS (
    SELECT move_id, 1 AS seq, crew, CASE WHEN van = 12 OR (van = 11 AND move_date < date '2023-03-20') OR (van = 13 AND move_date < date '2023-01-30') OR (van IN (10) AND move_date < date '2022-05-15') THEN 2 ELSE van END AS van,
           true AS is_lead, move_date, status,
           round(extract(epoch FROM finished_at - started_at) / 3600.0, 2) AS hrs
    FROM lead
    UNION ALL
    SELECT move_id, 2, CASE WHEN crew % 7 + 1 = 8 THEN 1 ELSE crew % 7 + 1 END,
           CASE WHEN van % 9 + 1 IN (2, 3) THEN 5 ELSE van % 9 + 1 END,
           false, move_date, status,
           round(extract(epoch FROM finished_at - started_at) / 3600.0 - 0.5, 2)
    FROM lead
    WHERE volume_m3 > 40
)
SELECT row_number() OVER (ORDER BY move_id, seq),
       move_id, crew, van, is_lead,
       move_date - (3 + move_id % 10),
       CASE WHEN status = 'completed' THEN hrs END
FROM rows;

-- ---------------------------------------------------------------------------
-- Invoices and payments
-- ---------------------------------------------------------------------------

INSERT INTO invoices (id, move_ref, invoice_number, issued_on, due_on, amount_net, vat_amount, amount_gross)
WITH cm AS (
    SELECT mv.id AS move_id, mv.move_date, q.amount_net AS quoted_net,
           row_number() OVER (ORDER BY mv.id) AS j
    FROM moves mv JOIN quotes q ON q.id = mv.quote_ref
    WHERE mv.status = 'completed'
),
x AS (
    SELECT cm.*, move_date + (1 + move_id % 4) AS issued,
           quoted_net + CASE WHEN move_id % 5 = 0 THEN 65.00 * (1 + move_id % 3) ELSE 0 END AS net
    FROM cm
)
SELECT j, move_id,
       'INV-' || to_char(issued, 'YYYY') || '-' || lpad(j::text, 4, '0'),
       issued, issued + 30, net, round(net * 0.20, 2), net + round(net * 0.20, 2)
FROM x;

INSERT INTO payments (id, invoice_ref, paid_at, method, amount_net, vat_amount, amount_gross, reference)
WITH plan AS (
    -- kind: 0 = unpaid, 1/2 = paid in two instalments, 3 = part paid, otherwise paid in full
    SELECT inv.id, inv.issued_on, inv.amount_gross, inv.id % 11 AS kind
    FROM invoices inv
),
raw AS (
    SELECT id, 1 AS seq, issued_on + (5 + id % 9) AS pay_day, round(amount_gross * 0.5, 2) AS gross
    FROM plan WHERE kind IN (1, 2)
    UNION ALL
    SELECT id, 2, issued_on + (33 + id % 12), amount_gross - round(amount_gross * 0.5, 2)
    FROM plan WHERE kind IN (1, 2)
    UNION ALL
    SELECT id, 1, issued_on + (3 + id % 20), round(amount_gross * 0.4, 2)
    FROM plan WHERE kind = 3
    UNION ALL
    SELECT id, 1, issued_on + ((id * 7) % 38), amount_gross
    FROM plan WHERE kind > 3
),
kept AS (
    SELECT raw.*, pay_day + (9 + (id * 5 + seq) % 9) * interval '1 hour' + ((id * 13) % 60) * interval '1 minute' AS ts
    FROM raw
    WHERE pay_day < date '2025-01-15'
)
SELECT row_number() OVER (ORDER BY ts, id, seq),
       id, ts,
       (ARRAY['card','bank_transfer','bank_transfer','card','cash','card','bank_transfer','cheque','card','bank_transfer','card'])[1 + (id * 3 + seq) % 11],
       round(gross / 1.2, 2),
       gross - round(gross / 1.2, 2),
       gross,
       'PAY-' || lpad((id * 100 + seq)::text, 6, '0')
FROM kept;

UPDATE invoices inv
SET status = CASE
        WHEN coalesce(p.paid, 0) >= inv.amount_gross THEN 'paid'
        WHEN coalesce(p.paid, 0) > 0 THEN 'part_paid'
        WHEN inv.due_on < date '2025-01-15' THEN 'overdue'
        ELSE 'issued'
    END
FROM invoices i2
LEFT JOIN (SELECT invoice_ref, sum(amount_gross) AS paid FROM payments GROUP BY invoice_ref) p ON p.invoice_ref = i2.id
WHERE i2.id = inv.id;

-- ---------------------------------------------------------------------------
-- Damage claims
-- ---------------------------------------------------------------------------

INSERT INTO damage_claims (id, move_ref, reported_on, category, description, amount_net, vat_amount, amount_gross, status, resolved_on)
WITH c AS (
    SELECT mv.id AS move_id, mv.move_date,
           row_number() OVER (ORDER BY mv.id) AS k
    FROM moves mv
    WHERE mv.status = 'completed' AND (mv.id % 7 = 3 OR mv.id % 13 = 5)
),
d AS (
    SELECT c.*,
           (ARRAY['furniture','furniture','electronics','glassware','furniture','property_damage','artwork','glassware','furniture','lost_item','electronics','furniture','property_damage'])[1 + (k * 5 + k / 4) % 13] AS cat,
           move_date + (1 + (k * 3) % 20)::int AS rep
    FROM c
),
e AS (
    SELECT d.*,
           round(CASE cat
                     WHEN 'furniture' THEN 85 + (k * 37) % 600
                     WHEN 'electronics' THEN 150 + (k * 53) % 900
                     WHEN 'glassware' THEN 20 + (k * 17) % 140
                     WHEN 'artwork' THEN 400 + (k * 71) % 2200
                     WHEN 'property_damage' THEN 120 + (k * 43) % 750
                     ELSE 40 + (k * 29) % 300
                 END + (k % 10) * 0.5, 2) AS net,
           CASE WHEN rep >= date '2024-11-20' THEN 'open'
                ELSE (ARRAY['settled','settled','rejected','settled','open','settled','rejected','settled','settled'])[1 + (k * 4) % 9]
           END AS st
    FROM d
)
SELECT k, move_id, rep, cat,
       CASE cat
           WHEN 'furniture' THEN (ARRAY['Scratched dining table','Broken chair leg','Wardrobe door cracked','Sofa fabric torn','Chest of drawers dented'])[1 + k % 5]
           WHEN 'electronics' THEN (ARRAY['TV screen cracked','Speaker not working after move','Monitor stand snapped'])[1 + k % 3]
           WHEN 'glassware' THEN (ARRAY['Wine glasses broken in box','Mirror cracked','Glass vase smashed'])[1 + k % 3]
           WHEN 'artwork' THEN (ARRAY['Framed print glass broken','Canvas punctured'])[1 + k % 2]
           WHEN 'property_damage' THEN (ARRAY['Hallway wall scuffed','Door frame chipped','Banister damaged'])[1 + k % 3]
           ELSE (ARRAY['Box of books missing','Bed bolts lost'])[1 + k % 2]
       END,
       net, round(net * 0.20, 2), net + round(net * 0.20, 2),
       st,
       CASE WHEN st IN ('settled', 'rejected') THEN rep + (10 + (k * 7) % 50)::int END
FROM e;

-- ---------------------------------------------------------------------------
-- Storage units and rentals
-- ---------------------------------------------------------------------------

INSERT INTO storage_units (id, depot_ref, unit_code, size_m3, climate_controlled, floor)
WITH u AS (
    SELECT i, (ARRAY[1,1,2,1,3,2,4,1,2,3,1,2,4])[1 + (i * 5) % 13] AS depot
    FROM generate_series(1, 60) AS i
)
SELECT i, depot,
       (ARRAY['LDS','MAN','BRS','YRK'])[depot] || '-' || lpad((row_number() OVER (PARTITION BY depot ORDER BY i))::text, 3, '0'),
       (ARRAY[10,15,20,30,15,40,10,20,25])[1 + (i * 7) % 9],
       (ARRAY[10,15,20,30,15,40,10,20,25])[1 + (i * 7) % 9] >= 30 OR i % 6 = 0,
       CASE WHEN i % 3 = 0 THEN 'first' ELSE 'ground' END
FROM u;

INSERT INTO storage_rentals (id, storage_unit_ref, customer_ref, move_ref, start_date, end_date, amount_net, vat_amount, amount_gross, status)
WITH r AS (
    SELECT mv.id AS move_id, mv.customer_ref, mv.move_date,
           row_number() OVER (ORDER BY mv.move_date, mv.id) AS k
    FROM moves mv
    WHERE mv.status = 'completed' AND (mv.id % 5 = 2 OR mv.id % 23 = 4)
),
s AS (
    SELECT r.*,
           (ARRAY[3,17,42,8,29,51,12,36,1,24,47,6,33,19,58,27,10,44,2,38,15,55,21,31,49,5,40,13,26,60,
                  9,35,46,18,53,23,4,41,30,14,57,28,11,50,37,20,7,45,32,56])[1 + (k - 1) % 50] AS unit,
           move_date + (14 + (move_id * 37) % 300) AS planned_end
    FROM r
)
SELECT s.k, s.unit, s.customer_ref, s.move_id, s.move_date,
       CASE WHEN s.planned_end < date '2025-01-15' THEN s.planned_end END,
       p.net, round(p.net * 0.20, 2), p.net + round(p.net * 0.20, 2),
       CASE WHEN s.planned_end < date '2025-01-15' THEN 'ended' ELSE 'active' END
FROM s
JOIN storage_units su ON su.id = s.unit
CROSS JOIN LATERAL (
    SELECT round(su.size_m3 * 4.20 + CASE WHEN su.climate_controlled THEN 22.50 ELSE 0 END, 2) AS net
) AS p;
