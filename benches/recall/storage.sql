-- Data of a self-storage business (a small chain of six self-storage facilities): its
-- facilities and staff, the storage units of several sizes, customers (tenants), rentals
-- with move-in and move-out dates, monthly invoices and the payments against them, late
-- fees, tenant insurance plans and policies, and lien auctions of abandoned units; used as
-- the sample database of the golden set benches/intent/storage.frozen.yaml.
-- Every row is invented and reproducible (generate_series, fixed value lists and modular
-- arithmetic; no random(), no now()). The data runs to 2025-12-31: rentals without a
-- move-out date are still active, and unit statuses describe the units on that day.

CREATE TABLE facilities (
    id                  integer PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    code                text NOT NULL UNIQUE,
    "streetAddress"     text NOT NULL,
    city                text NOT NULL,
    state               char(2) NOT NULL,
    "zipCode"           text NOT NULL,
    "officePhone"       text NOT NULL,
    "openedDate"        date NOT NULL,
    "hasClimateControl" boolean NOT NULL
);

CREATE TABLE staff (
    id                integer PRIMARY KEY,
    "facilityId"      integer NOT NULL REFERENCES facilities (id),
    "firstName"       text NOT NULL,
    "lastName"        text NOT NULL,
    role              text NOT NULL,
    "hireDate"        date NOT NULL,
    "terminationDate" date,
    "hourlyWage"      numeric(6,2) NOT NULL
);

CREATE TABLE unit_sizes (
    id            integer PRIMARY KEY,
    "sizeCode"    text NOT NULL UNIQUE,
    "widthFeet"   integer NOT NULL,
    "depthFeet"   integer NOT NULL,
    "squareFeet"  integer NOT NULL,
    category      text NOT NULL,
    description   text NOT NULL
);

CREATE TABLE units (
    id                    integer PRIMARY KEY,
    "facilityId"          integer NOT NULL REFERENCES facilities (id),
    "unitSizeId"          integer NOT NULL REFERENCES unit_sizes (id),
    "unitCode"            text NOT NULL UNIQUE,
    "floorLevel"          integer NOT NULL,
    "isClimateControlled" boolean NOT NULL,
    "hasDriveUpAccess"    boolean NOT NULL,
    "monthlyRate"         numeric(8,2) NOT NULL,
    status                text NOT NULL DEFAULT 'vacant',
    "isOverlocked"        boolean NOT NULL DEFAULT false
);

CREATE TABLE customers (
    id              integer PRIMARY KEY,
    "firstName"     text NOT NULL,
    "lastName"      text NOT NULL,
    "companyName"   text,
    "customerType"  text NOT NULL,
    email           text NOT NULL UNIQUE,
    phone           text NOT NULL,
    city            text NOT NULL,
    state           char(2) NOT NULL,
    "createdAt"     timestamp NOT NULL
);

CREATE TABLE rentals (
    id              integer PRIMARY KEY,
    "unitId"        integer NOT NULL REFERENCES units (id),
    "customerId"    integer NOT NULL REFERENCES customers (id),
    "moveInDate"    date NOT NULL,
    "moveOutDate"   date,
    "monthlyRate"   numeric(8,2) NOT NULL,
    "depositAmount" numeric(8,2) NOT NULL,
    "isAutopay"     boolean NOT NULL,
    status          text NOT NULL
);

CREATE TABLE insurance_plans (
    id                integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    "coverageAmount"  numeric(10,2) NOT NULL,
    "monthlyPremium"  numeric(6,2) NOT NULL,
    "deductible"      numeric(8,2) NOT NULL
);

CREATE TABLE insurance_policies (
    id              integer PRIMARY KEY,
    "rentalId"      integer NOT NULL REFERENCES rentals (id),
    "planId"        integer NOT NULL REFERENCES insurance_plans (id),
    "policyNumber"  text NOT NULL UNIQUE,
    "startDate"     date NOT NULL,
    "endDate"       date
);

CREATE TABLE invoices (
    id                integer PRIMARY KEY,
    "rentalId"        integer NOT NULL REFERENCES rentals (id),
    "invoiceNumber"   text NOT NULL UNIQUE,
    "periodStart"     date NOT NULL,
    "periodEnd"       date NOT NULL,
    "dueDate"         date NOT NULL,
    "rentAmount"      numeric(10,2) NOT NULL,
    "insuranceAmount" numeric(10,2) NOT NULL,
    "totalAmount"     numeric(10,2) NOT NULL,
    status            text NOT NULL
);

CREATE TABLE payments (
    id           integer PRIMARY KEY,
    "invoiceId"  integer NOT NULL REFERENCES invoices (id),
    "paidAt"     timestamp NOT NULL,
    amount       numeric(10,2) NOT NULL,
    method       text NOT NULL,
    "referenceNumber" text NOT NULL UNIQUE
);

CREATE TABLE late_fees (
    id              integer PRIMARY KEY,
    "invoiceId"     integer NOT NULL REFERENCES invoices (id),
    "assessedDate"  date NOT NULL,
    "feeAmount"     numeric(8,2) NOT NULL,
    "isWaived"      boolean NOT NULL,
    "waiverReason"  text
);

CREATE TABLE lien_auctions (
    id               integer PRIMARY KEY,
    "rentalId"       integer NOT NULL UNIQUE REFERENCES rentals (id),
    "noticeSentDate" date NOT NULL,
    "auctionDate"    date NOT NULL,
    platform         text NOT NULL,
    "amountOwed"     numeric(10,2) NOT NULL,
    "openingBid"     numeric(10,2) NOT NULL,
    "winningBid"     numeric(10,2),
    "buyerName"      text,
    status           text NOT NULL
);

-- ---------------------------------------------------------------- facilities and staff

INSERT INTO facilities (id, name, code, "streetAddress", city, state, "zipCode", "officePhone", "openedDate", "hasClimateControl") VALUES
    (1, 'Northgate Self Storage',   'NGT', '4410 Cleveland Ave',   'Columbus',   'OH', '43224', '(614) 555-0142', '2015-04-01', true),
    (2, 'Riverside Storage Center', 'RVS', '1820 Riverside Dr',    'Dayton',     'OH', '45405', '(937) 555-0117', '2012-09-15', true),
    (3, 'Lakeview Mini Storage',    'LKV', '255 Summit St',        'Toledo',     'OH', '43604', '(419) 555-0190', '2018-03-01', false),
    (4, 'Eastside Secure Storage',  'ESS', '7300 Penn Ave',        'Pittsburgh', 'PA', '15208', '(412) 555-0163', '2010-06-01', true),
    (5, 'Hilltop Storage',          'HTP', '3100 Peach St',        'Erie',       'PA', '16508', '(814) 555-0128', '2019-11-01', false),
    (6, 'Meadowbrook Storage',      'MDB', '9025 Lima Rd',         'Fort Wayne', 'IN', '46818', '(260) 555-0175', '2023-05-01', true);

INSERT INTO staff (id, "facilityId", "firstName", "lastName", role, "hireDate", "terminationDate", "hourlyWage") VALUES
    ( 1, 1, 'Dana',     'Whitfield', 'manager',           '2016-02-15', NULL,         26.50),
    ( 2, 1, 'Marcus',   'Lee',       'assistant manager', '2021-07-06', NULL,         19.75),
    ( 3, 1, 'Tyler',    'Brandt',    'relief manager',    '2022-03-14', '2024-01-19', 17.00),
    ( 4, 1, 'Jasmine',  'Ortiz',     'relief manager',    '2024-02-05', NULL,         18.25),
    ( 5, 1, 'Ray',      'Kowalski',  'maintenance tech',  '2019-05-20', NULL,         20.00),
    ( 6, 2, 'Gloria',   'Hutchins',  'manager',           '2013-01-07', NULL,         27.25),
    ( 7, 2, 'Kevin',    'Tran',      'assistant manager', '2020-10-12', '2023-08-31', 18.50),
    ( 8, 2, 'Alicia',   'Moreno',    'assistant manager', '2023-09-18', NULL,         19.50),
    ( 9, 2, 'Ben',      'Carver',    'maintenance tech',  '2022-06-01', NULL,         19.25),
    (10, 3, 'Sheila',   'Pruitt',    'manager',           '2018-02-12', '2022-11-30', 24.00),
    (11, 3, 'Omar',     'Haddad',    'manager',           '2022-12-05', NULL,         25.50),
    (12, 3, 'Lena',     'Fischer',   'relief manager',    '2023-04-10', NULL,         17.50),
    (13, 4, 'Frank',    'Delgado',   'manager',           '2010-05-10', NULL,         29.00),
    (14, 4, 'Priya',    'Natarajan', 'assistant manager', '2019-03-25', NULL,         21.00),
    (15, 4, 'Curtis',   'Bell',      'relief manager',    '2021-11-08', NULL,         17.75),
    (16, 4, 'Hannah',   'Stroud',    'relief manager',    '2025-04-14', NULL,         18.00),
    (17, 4, 'Walt',     'Jennings',  'maintenance tech',  '2014-08-18', '2025-06-30', 21.50),
    (18, 4, 'Derek',    'Yoder',     'maintenance tech',  '2025-07-07', NULL,         20.50),
    (19, 5, 'Connie',   'Baxter',    'manager',           '2019-10-01', NULL,         24.75),
    (20, 5, 'Jamal',    'Price',     'relief manager',    '2022-08-22', '2023-03-10', 16.50),
    (21, 5, 'Erin',     'Walsh',     'relief manager',    '2023-03-27', NULL,         17.25),
    (22, 6, 'Victor',   'Reyes',     'manager',           '2023-03-13', NULL,         26.00),
    (23, 6, 'Molly',    'Sanders',   'assistant manager', '2023-04-17', NULL,         19.00),
    (24, 6, 'Ian',      'Cho',       'relief manager',    '2024-06-03', '2025-02-28', 17.00),
    (25, 6, 'Tasha',    'Greene',    'relief manager',    '2025-03-10', NULL,         17.75),
    (26, 2, 'Noah',     'Patterson', 'relief manager',    '2024-09-09', NULL,         17.50);

-- ---------------------------------------------------------------- units

INSERT INTO unit_sizes (id, "sizeCode", "widthFeet", "depthFeet", "squareFeet", category, description) VALUES
    (1, '5x5',    5,  5,  25, 'small',  'Locker: boxes, seasonal items, a few small pieces of furniture'),
    (2, '5x10',   5, 10,  50, 'small',  'Walk-in closet: a mattress set, boxes and a dresser'),
    (3, '10x10', 10, 10, 100, 'medium', 'Half a one-car garage: the contents of a one-bedroom apartment'),
    (4, '10x15', 10, 15, 150, 'medium', 'The contents of a two-bedroom apartment'),
    (5, '10x20', 10, 20, 200, 'large',  'One-car garage: a three-bedroom house, or a car'),
    (6, '10x30', 10, 30, 300, 'large',  'Large garage: a four-bedroom house, a boat or business inventory');

-- Northgate has 24 units, Riverside 22, Lakeview 18, Eastside 26, Hilltop 14 and
-- Meadowbrook 16, numbered facility by facility. The position k of a unit in its facility
-- fixes its size: about 15% lockers, 20% 5x10s, 25% 10x10s, 15% 10x15s, 15% 10x20s and
-- 10% 10x30s; buildings A, B and C hold ten units each. Small units alternate between
-- the ground floor and the second floor; ground-floor units of 10x10 and up have drive-up
-- access; climate control only where the facility has it, on units up to 10x15. The
-- street rate is a base rate per size times a market factor per facility, plus premiums.
INSERT INTO units (id, "facilityId", "unitSizeId", "unitCode", "floorLevel", "isClimateControlled", "hasDriveUpAccess", "monthlyRate")
SELECT g.id, g.fid, g.sid,
       f.code || '-' || (ARRAY['A', 'B', 'C'])[g.k / 10 + 1] || g.floor::text || lpad(((g.k % 10) + 1)::text, 2, '0'),
       g.floor,
       g.climate,
       g.floor = 1 AND g.sid >= 3,
       round((ARRAY[45, 75, 130, 165, 210, 285])[g.sid]
             * (ARRAY[1.00, 0.92, 0.85, 1.10, 0.80, 0.95])[g.fid]
             + CASE WHEN g.climate THEN 25 ELSE 0 END
             + CASE WHEN g.floor = 1 AND g.sid >= 3 THEN 10 ELSE 0 END)
FROM (
    SELECT s.id, s.fid, s.k, s.sid,
           CASE WHEN s.sid <= 3 AND s.k % 2 = 1 THEN 2 ELSE 1 END AS floor,
           (s.fid IN (1, 2, 4, 6) AND s.sid <= 4 AND s.k % 3 <> 0) AS climate
    FROM (
        SELECT c.offs + k + 1 AS id, c.fid, k,
               CASE WHEN k * 20 / c.n < 3 THEN 1
                    WHEN k * 20 / c.n < 7 THEN 2
                    WHEN k * 20 / c.n < 12 THEN 3
                    WHEN k * 20 / c.n < 15 THEN 4
                    WHEN k * 20 / c.n < 18 THEN 5
                    ELSE 6 END AS sid
        FROM (VALUES (1, 24, 0), (2, 22, 24), (3, 18, 46), (4, 26, 64), (5, 14, 90), (6, 16, 104)) AS c (fid, n, offs)
        CROSS JOIN LATERAL generate_series(0, c.n - 1) AS k
    ) s
) g
JOIN facilities f ON f.id = g.fid;

-- ---------------------------------------------------------------- customers

-- Customers 1..15 are businesses (they rent several units), the others people; customers
-- 386..400 registered (reserved online) but never moved in.
INSERT INTO customers (id, "firstName", "lastName", "companyName", "customerType", email, phone, city, state, "createdAt")
SELECT i,
       fn[(i - 1) % 40 + 1],
       ln[((i - 1) / 40 + (i - 1)) % 50 + 1],
       CASE WHEN i <= 15 THEN co[i] END,
       CASE WHEN i <= 15 THEN 'business'
            WHEN i % 11 = 0 THEN 'military'
            WHEN i % 13 = 0 THEN 'student'
            ELSE 'individual' END,
       lower(fn[(i - 1) % 40 + 1]) || '.' || lower(ln[((i - 1) / 40 + (i - 1)) % 50 + 1]) || i::text
           || CASE i % 4 WHEN 0 THEN '@gmail.com' WHEN 1 THEN '@yahoo.com' WHEN 2 THEN '@outlook.com' ELSE '@icloud.com' END,
       '(' || (ARRAY['614', '937', '419', '412', '814', '260'])[(i % 6) + 1] || ') 555-' || lpad((1000 + i * 7)::text, 4, '0'),
       (ARRAY['Columbus', 'Dayton', 'Toledo', 'Pittsburgh', 'Erie', 'Fort Wayne', 'Westerville', 'Kettering',
              'Perrysburg', 'Monroeville', 'Millcreek', 'New Haven'])[((i * 5) % 12) + 1],
       (ARRAY['OH', 'OH', 'OH', 'PA', 'PA', 'IN', 'OH', 'OH', 'OH', 'PA', 'PA', 'IN'])[((i * 5) % 12) + 1],
       timestamp '2025-01-06 09:00' + make_interval(days => (i - 386) * 21, mins => (i * 37) % 600)
FROM generate_series(1, 400) AS i,
     (SELECT ARRAY['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
                   'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Carlos', 'Karen',
                   'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Donald', 'Ashley',
                   'Steven', 'Kimberly', 'Andrew', 'Emily', 'Kenneth', 'Donna', 'Joshua', 'Michelle', 'Kevin', 'Carol'] AS fn,
             ARRAY['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
                   'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
                   'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
                   'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
                   'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts'] AS ln,
             ARRAY['Buckeye Home Staging', 'Gem City Flooring', 'Maumee Valley Catering', 'Steel City Movers', 'Bayfront Boat Works',
                   'Summit Pharma Reps', 'Three Rivers Event Rentals', 'Lakeshore Landscaping', 'Allegheny Archive Services', 'Hoosier Party Supply',
                   'Olentangy Office Furniture', 'Miami Valley Records', 'Glass City Antiques', 'Keystone Trade Shows', 'Presque Isle Outfitters'] AS co
     ) AS lists;

-- ---------------------------------------------------------------- rentals

-- Each unit is let to a chain of tenants: a stay of 28 to 587 days, then 2 to 46 days
-- empty, from early 2022 (Meadowbrook: from its opening in 2023). Units MDB-B103, MDB-B105
-- and MDB-B106 have never been let. A stay that runs past 2025-12-31 is still active.
-- Rentals are numbered in move-in order; the rate is the street rate of the move-in year.
INSERT INTO rentals (id, "unitId", "customerId", "moveInDate", "moveOutDate", "monthlyRate", "depositAmount", "isAutopay", status)
WITH slots AS (
    SELECT u.id AS unit_id, u."unitSizeId" AS sid, u."monthlyRate" AS street, j,
           28 + ((u.id * 37 + j * 53) % 560) AS dur,
           2 + ((u.id * 11 + j * 7) % 45) AS gap,
           CASE WHEN u."facilityId" = 6 THEN date '2023-05-15' + (u.id * 17) % 150
                ELSE date '2022-01-02' + (u.id * 17) % 90 END AS base
    FROM units u
    CROSS JOIN generate_series(0, 11) AS j
    WHERE u.id NOT IN (117, 119, 120)
), chained AS (
    SELECT s.*,
           s.base + coalesce(sum(s.dur + s.gap) OVER (PARTITION BY s.unit_id ORDER BY s.j
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::integer AS move_in
    FROM slots s
), kept AS (
    SELECT c.*, CASE WHEN c.move_in + c.dur <= date '2025-12-31' THEN c.move_in + c.dur END AS move_out
    FROM chained c
    WHERE c.move_in <= date '2025-11-30'
), numbered AS (
    SELECT row_number() OVER (ORDER BY k.move_in, k.unit_id)::integer AS rid, k.*
    FROM kept k
)
SELECT n.rid, n.unit_id,
       CASE WHEN n.rid % 10 = 0 THEN (n.rid / 10) % 15 + 1 ELSE ((n.rid - n.rid / 10) * 43) % 370 + 16 END,
       n.move_in, n.move_out,
       round(n.street * CASE extract(year FROM n.move_in) WHEN 2022 THEN 0.86 WHEN 2023 THEN 0.91 WHEN 2024 THEN 0.96 ELSE 1.00 END),
       CASE WHEN n.sid >= 5 THEN 100 WHEN n.rid % 3 = 0 THEN 0 ELSE 50 END,
       n.rid % 5 IN (1, 2, 3),
       CASE WHEN n.move_out IS NULL THEN 'active' ELSE 'moved_out' END
FROM numbered n;

-- Abandoned units sold (or cleared) at a lien auction: the stay ends on the auction date.
UPDATE rentals SET status = 'auctioned'
WHERE "moveOutDate" IS NOT NULL AND "moveOutDate" <= date '2025-11-30'
  AND id % 23 = 4 AND "moveOutDate" - "moveInDate" >= 150;

-- A customer record is created a few days before the first move-in.
UPDATE customers c SET "createdAt" = f.first_in - ((c.id % 10) + 1) + make_interval(hours => 9 + c.id % 9, mins => (c.id * 13) % 60)
FROM (SELECT "customerId", min("moveInDate") AS first_in FROM rentals GROUP BY "customerId") f
WHERE f."customerId" = c.id;

-- ---------------------------------------------------------------- insurance

INSERT INTO insurance_plans (id, name, "coverageAmount", "monthlyPremium", deductible) VALUES
    (1, 'Basic Protection',     2000.00,  9.00, 100.00),
    (2, 'Standard Protection',  5000.00, 15.00, 100.00),
    (3, 'Premium Protection',  10000.00, 24.00, 250.00),
    (4, 'Business Contents',   25000.00, 45.00, 500.00);

-- Four rentals in five take a protection plan, business tenants always (on the business
-- plan); one in eleven cancels it after six months on showing their own homeowner's cover.
INSERT INTO insurance_policies (id, "rentalId", "planId", "policyNumber", "startDate", "endDate")
SELECT row_number() OVER (ORDER BY r.id)::integer,
       r.id,
       CASE WHEN c."customerType" = 'business' THEN 4
            WHEN r.id % 7 IN (0, 1, 2) THEN 1
            WHEN r.id % 7 IN (3, 4, 5) THEN 2
            ELSE 3 END,
       'SP-' || (22000 + r.id * 3)::text,
       r."moveInDate",
       CASE WHEN r.id % 11 = 0 AND (r."moveOutDate" IS NULL OR r."moveOutDate" > r."moveInDate" + 180)
            THEN r."moveInDate" + 180
            ELSE r."moveOutDate" END
FROM rentals r
JOIN customers c ON c.id = r."customerId"
WHERE r.id % 5 <> 0 OR c."customerType" = 'business';

-- ---------------------------------------------------------------- invoices

-- One invoice per month of a stay: the move-in month is prorated and due on the move-in
-- day, later months are due on the 1st. Insurance is billed for the months the policy
-- covers on the period start.
INSERT INTO invoices (id, "rentalId", "invoiceNumber", "periodStart", "periodEnd", "dueDate", "rentAmount", "insuranceAmount", "totalAmount", status)
WITH months AS (
    SELECT r.id AS rental_id, r."moveInDate" AS move_in, r."monthlyRate" AS rate,
           greatest(m::date, r."moveInDate") AS period_start,
           (m + interval '1 month' - interval '1 day')::date AS period_end,
           m::date = date_trunc('month', r."moveInDate")::date AS is_first
    FROM rentals r
    CROSS JOIN LATERAL generate_series(date_trunc('month', r."moveInDate"),
                                       date_trunc('month', coalesce(r."moveOutDate" - 1, date '2025-12-31')),
                                       interval '1 month') AS m
), priced AS (
    SELECT m.*,
           CASE WHEN m.is_first
                THEN round(m.rate * (m.period_end - m.move_in + 1) / extract(day FROM m.period_end), 2)
                ELSE m.rate END AS rent,
           coalesce((SELECT p."monthlyPremium"
                     FROM insurance_policies ip JOIN insurance_plans p ON p.id = ip."planId"
                     WHERE ip."rentalId" = m.rental_id
                       AND ip."startDate" <= m.period_start
                       AND (ip."endDate" IS NULL OR ip."endDate" > m.period_start)), 0) AS insurance
    FROM months m
), numbered AS (
    SELECT row_number() OVER (ORDER BY p.period_start, p.rental_id)::integer AS iid, p.*
    FROM priced p
)
SELECT n.iid, n.rental_id, 'INV-' || lpad(n.iid::text, 6, '0'),
       n.period_start, n.period_end, n.period_start,
       n.rent, n.insurance, n.rent + n.insurance, 'paid'
FROM numbered n;

-- How each invoice gets settled (a working table, dropped below):
--   unpaid   the last four invoices of an auctioned stay, and a few December 2025 invoices
--   redeem   three invoices of a stay that went to lien notice, all paid late in one go
--   split    paid in two instalments, the second after the grace period
--   late     paid 6 to 17 days late
--   autopay  charged on the due date
--   normal   paid between 6 days early and 2 days late (the move-in invoice on the day)
CREATE TEMPORARY TABLE invoice_plan AS
SELECT i.id, i."rentalId", i."dueDate", i."totalAmount", i."rentAmount", r."isAutopay",
       CASE WHEN r.status = 'auctioned' AND i."periodStart" > r."moveOutDate" - interval '4 months' THEN 'unpaid'
            WHEN i."periodStart" = r."moveInDate" THEN 'normal'
            WHEN r.status = 'active' AND i."periodStart" = date '2025-12-01' AND r.id % 7 = 0 THEN 'unpaid'
            WHEN r.id % 29 = 11 AND r.status <> 'auctioned'
                 AND coalesce(r."moveOutDate", date '2025-12-31') - r."moveInDate" >= 270
                 AND i."periodStart" >= (date_trunc('month', r."moveInDate") + interval '4 months')
                 AND i."periodStart" <  (date_trunc('month', r."moveInDate") + interval '7 months') THEN 'redeem'
            WHEN i.id % 53 = 0 THEN 'split'
            WHEN (i.id * 13) % 19 = 0 THEN 'late'
            WHEN r."isAutopay" THEN 'autopay'
            ELSE 'normal' END AS kind,
       (date_trunc('month', r."moveInDate") + interval '6 months')::date + 20 AS redeem_date
FROM invoices i
JOIN rentals r ON r.id = i."rentalId";

UPDATE invoices i SET status = 'unpaid'
FROM invoice_plan p WHERE p.id = i.id AND p.kind = 'unpaid';

-- ---------------------------------------------------------------- payments

INSERT INTO payments (id, "invoiceId", "paidAt", amount, method, "referenceNumber")
WITH raw AS (
    SELECT p.id AS invoice_id,
           CASE p.kind
               WHEN 'autopay' THEN p."dueDate" + time '06:00'
               WHEN 'late'    THEN p."dueDate" + 6 + p.id % 12 + make_interval(hours => 9 + p.id % 9, mins => (p.id * 7) % 60)
               WHEN 'redeem'  THEN p.redeem_date + time '14:30'
               WHEN 'split'   THEN p."dueDate" - 2 + make_interval(hours => 10 + p.id % 7, mins => (p.id * 11) % 60)
               ELSE p."dueDate" + CASE WHEN p."dueDate" = r."moveInDate" THEN 0 ELSE (p.id * 7) % 9 - 6 END
                    + make_interval(hours => 8 + p.id % 11, mins => (p.id * 17) % 60)
           END AS paid_at,
           CASE WHEN p.kind = 'split' THEN round(p."totalAmount" / 2, 2) ELSE p."totalAmount" END AS amount,
           CASE WHEN p.kind = 'autopay' THEN CASE WHEN p."rentalId" % 2 = 0 THEN 'card' ELSE 'ach' END
                WHEN p.kind = 'redeem' THEN 'money order'
                ELSE (ARRAY['card', 'card', 'cash', 'check', 'card', 'ach'])[(p.id % 6) + 1] END AS method
    FROM invoice_plan p
    JOIN rentals r ON r.id = p."rentalId"
    WHERE p.kind <> 'unpaid'
    UNION ALL
    SELECT p.id,
           p."dueDate" + 9 + make_interval(hours => 11 + p.id % 6, mins => (p.id * 3) % 60),
           p."totalAmount" - round(p."totalAmount" / 2, 2),
           'cash'
    FROM invoice_plan p
    WHERE p.kind = 'split'
)
SELECT row_number() OVER (ORDER BY raw.paid_at, raw.invoice_id)::integer,
       raw.invoice_id, raw.paid_at, raw.amount, raw.method,
       'PMT-' || to_char(raw.paid_at, 'YYMMDD') || '-' || lpad(raw.invoice_id::text, 5, '0')
FROM raw;

-- ---------------------------------------------------------------- late fees

-- Assessed five days after the due date when the invoice is not fully paid by then:
-- the greater of $20 and 10% of the month's rent. Managers waive some.
INSERT INTO late_fees (id, "invoiceId", "assessedDate", "feeAmount", "isWaived", "waiverReason")
SELECT row_number() OVER (ORDER BY p."dueDate", p.id)::integer,
       p.id,
       p."dueDate" + 5,
       greatest(20.00, round(p."rentAmount" * 0.10, 2)),
       p.kind IN ('late', 'split') AND p.id % 4 = 1,
       CASE WHEN p.kind IN ('late', 'split') AND p.id % 4 = 1
            THEN (ARRAY['first late payment', 'bank error', 'manager courtesy'])[(p.id / 4) % 3 + 1] END
FROM invoice_plan p
WHERE p.kind IN ('unpaid', 'redeem', 'split', 'late');

-- ---------------------------------------------------------------- lien auctions

-- Auctioned stays are sold on the move-out date, 30 days after the lien notice; the
-- stays that went through the 'redeem' invoices had an auction scheduled and cancelled
-- when the tenant paid up.
INSERT INTO lien_auctions (id, "rentalId", "noticeSentDate", "auctionDate", platform, "amountOwed", "openingBid", "winningBid", "buyerName", status)
WITH cases AS (
    SELECT r.id AS rental_id, r."moveOutDate" AS auction_date, 'auctioned' AS kind, r."unitId" AS unit_id
    FROM rentals r WHERE r.status = 'auctioned'
    UNION ALL
    SELECT DISTINCT p."rentalId", p.redeem_date + 10, 'redeemed', r."unitId"
    FROM invoice_plan p JOIN rentals r ON r.id = p."rentalId"
    WHERE p.kind = 'redeem'
), owed AS (
    SELECT c.*,
           (SELECT sum(i."totalAmount") FROM invoices i JOIN invoice_plan p ON p.id = i.id
            WHERE i."rentalId" = c.rental_id AND p.kind IN ('unpaid', 'redeem')) +
           (SELECT coalesce(sum(lf."feeAmount"), 0) FROM late_fees lf JOIN invoices i ON i.id = lf."invoiceId"
            JOIN invoice_plan p ON p.id = i.id
            WHERE i."rentalId" = c.rental_id AND p.kind IN ('unpaid', 'redeem') AND NOT lf."isWaived") AS amount_owed
    FROM cases c
), numbered AS (
    SELECT row_number() OVER (ORDER BY o.auction_date, o.rental_id)::integer AS aid, o.*
    FROM owed o
)
SELECT n.aid, n.rental_id, n.auction_date - 30, n.auction_date,
       CASE WHEN n.aid % 3 = 0 THEN 'on-site' WHEN n.aid % 3 = 1 THEN 'StorageTreasures' ELSE 'Lockerfox' END,
       n.amount_owed,
       CASE WHEN n.kind = 'redeemed' THEN 100.00 ELSE 50.00 END,
       CASE WHEN n.kind = 'redeemed' OR n.aid % 7 = 3 THEN NULL
            ELSE 75 + (n.rental_id * 37) % 41 * 25 + 5 * (n.aid % 4) END,
       CASE WHEN n.kind = 'redeemed' OR n.aid % 7 = 3 THEN NULL
            ELSE (ARRAY['Rick Dalton', 'Bargain Bin Resale LLC', 'Tina Marsh', 'Second Chance Thrift', 'Rick Dalton',
                        'Hank Oyelaran', 'Bargain Bin Resale LLC', 'Rick Dalton'])[(n.aid % 8) + 1] END,
       CASE WHEN n.kind = 'redeemed' THEN 'redeemed' WHEN n.aid % 7 = 3 THEN 'no bids' ELSE 'sold' END
FROM numbered n;

DROP TABLE invoice_plan;

-- ---------------------------------------------------------------- unit status on 2025-12-31

UPDATE units u SET status = 'rented'
WHERE EXISTS (SELECT 1 FROM rentals r WHERE r."unitId" = u.id AND r.status = 'active');

-- Overlocked: the tenant has an unpaid invoice past its grace period.
UPDATE units u SET "isOverlocked" = true
WHERE EXISTS (SELECT 1 FROM rentals r JOIN invoices i ON i."rentalId" = r.id
              WHERE r."unitId" = u.id AND r.status = 'active' AND i.status = 'unpaid');

UPDATE units u SET status = 'out of service'
WHERE u.status = 'vacant' AND u.id % 4 = 1;
