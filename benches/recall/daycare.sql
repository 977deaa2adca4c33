-- A chain of child care centres (Sunbeam Early Learning, six licensed centres in Ontario): the
-- centres and their classrooms, the children and their guardians, enrolments with their weekly
-- schedules, daily attendance check-ins and check-outs, staff and their certifications, monthly
-- fee invoices and the payments against them, and incident reports, 2022-2025 (data as of
-- 31 October 2025). Sample database of the golden set benches/intent/daycare.frozen.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today).

CREATE TABLE centres (
    id                 integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    city               text NOT NULL,
    street_address     text NOT NULL,
    phone              varchar(20) NOT NULL,
    opened_on          date NOT NULL,
    licensed_capacity  integer NOT NULL            -- children the licence allows at one time
);

CREATE TABLE classrooms (
    id              integer PRIMARY KEY,
    centre_id       integer NOT NULL REFERENCES centres (id),
    name            text NOT NULL UNIQUE,
    age_group       text NOT NULL CHECK (age_group IN ('infant', 'toddler', 'preschool', 'school_age')),
    capacity        integer NOT NULL,
    min_age_months  integer NOT NULL,
    max_age_months  integer NOT NULL
);

CREATE TABLE guardians (
    id          integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       varchar(120) NOT NULL,
    phone       varchar(20) NOT NULL,
    city        text NOT NULL
);

CREATE TABLE children (
    id               integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    born_on          date NOT NULL,
    gender           char(1) NOT NULL CHECK (gender IN ('F', 'M')),
    allergies        text,                          -- NULL: no known allergy
    photo_consent    boolean NOT NULL
);

CREATE TABLE child_guardians (
    id                  integer PRIMARY KEY,
    child_id            integer NOT NULL REFERENCES children (id),
    guardian_id         integer NOT NULL REFERENCES guardians (id),
    relationship        text NOT NULL,              -- mother, father, grandmother, grandfather
    is_primary_contact  boolean NOT NULL,
    can_pick_up         boolean NOT NULL,           -- authorized to pick the child up
    UNIQUE (child_id, guardian_id)
);

-- A child's place in one classroom; a child who moves up to an older room gets a new enrolment.
CREATE TABLE enrolments (
    id             integer PRIMARY KEY,
    child_id       integer NOT NULL REFERENCES children (id),
    classroom_id   integer NOT NULL REFERENCES classrooms (id),
    started_on     date NOT NULL,
    ended_on       date,                            -- NULL while the enrolment is active
    status         text NOT NULL CHECK (status IN ('active', 'moved_up', 'withdrawn', 'graduated')),
    weekly_fee     numeric(8,2) NOT NULL,           -- full fee for the weekly schedule, before subsidy
    is_subsidized  boolean NOT NULL,                -- family receives a municipal fee subsidy
    CHECK (ended_on IS NULL OR ended_on >= started_on),
    CHECK ((ended_on IS NULL) = (status = 'active'))
);

-- The weekly schedule: one row per day of the week the child attends.
CREATE TABLE enrolment_days (
    id             integer PRIMARY KEY,
    enrolment_id   integer NOT NULL REFERENCES enrolments (id),
    weekday        text NOT NULL CHECK (weekday IN ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday')),
    session        text NOT NULL CHECK (session IN ('full_day', 'half_day', 'after_school')),
    drop_off_time  time NOT NULL,
    pick_up_time   time NOT NULL,
    UNIQUE (enrolment_id, weekday)
);

-- Daily register: one row per child per recorded day, present (checked in and out) or absent.
CREATE TABLE attendances (
    id                        integer PRIMARY KEY,
    enrolment_id              integer NOT NULL REFERENCES enrolments (id),
    child_id                  integer NOT NULL REFERENCES children (id),
    attendance_on             date NOT NULL,
    status                    text NOT NULL CHECK (status IN ('present', 'absent')),
    absence_reason            text CHECK (absence_reason IN ('sick', 'vacation', 'family', 'unexplained')),
    checked_in_at             timestamptz,
    checked_out_at            timestamptz,
    picked_up_by_guardian_id  integer REFERENCES guardians (id),
    UNIQUE (child_id, attendance_on),
    CHECK ((status = 'present') = (checked_in_at IS NOT NULL)),
    CHECK ((status = 'absent') = (absence_reason IS NOT NULL)),
    CHECK (checked_out_at > checked_in_at)
);

CREATE TABLE staff (
    id            integer PRIMARY KEY,
    centre_id     integer NOT NULL REFERENCES centres (id),
    classroom_id  integer REFERENCES classrooms (id),   -- NULL for directors, cooks and floaters
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         varchar(120) NOT NULL,
    role          text NOT NULL CHECK (role IN ('director', 'lead_educator', 'assistant_educator', 'floater', 'cook')),
    is_full_time  boolean NOT NULL,
    hourly_rate   numeric(6,2) NOT NULL,
    hired_on      date NOT NULL,
    left_on       date,                             -- NULL: still employed
    CHECK (left_on IS NULL OR left_on > hired_on)
);

CREATE TABLE certifications (
    id                  integer PRIMARY KEY,
    staff_id            integer NOT NULL REFERENCES staff (id),
    kind                text NOT NULL CHECK (kind IN ('first_aid_cpr', 'rece', 'food_handler', 'vulnerable_sector_check')),
    certificate_number  varchar(20) NOT NULL UNIQUE,
    issued_on           date NOT NULL,
    expires_on          date                        -- NULL: does not expire
);

-- One invoice per enrolment per month, issued a week before the month it bills.
CREATE TABLE invoices (
    id              integer PRIMARY KEY,
    enrolment_id    integer NOT NULL REFERENCES enrolments (id),
    guardian_id     integer NOT NULL REFERENCES guardians (id),   -- the guardian billed
    period_on       date NOT NULL,                  -- first day of the month billed
    issued_on       date NOT NULL,
    due_on          date NOT NULL,
    fee_amount      numeric(10,2) NOT NULL,
    subsidy_amount  numeric(10,2) NOT NULL,
    amount_due      numeric(10,2) NOT NULL,         -- fee_amount - subsidy_amount, what the family owes
    status          text NOT NULL CHECK (status IN ('paid', 'partially_paid', 'unpaid')),
    UNIQUE (enrolment_id, period_on)
);

CREATE TABLE payments (
    id          integer PRIMARY KEY,
    invoice_id  integer NOT NULL REFERENCES invoices (id),
    paid_at     timestamptz NOT NULL,
    amount      numeric(10,2) NOT NULL CHECK (amount > 0),
    method      text NOT NULL CHECK (method IN ('pre_authorized_debit', 'credit_card', 'e_transfer', 'cheque', 'cash'))
);

CREATE TABLE incidents (
    id                      integer PRIMARY KEY,
    child_id                integer NOT NULL REFERENCES children (id),
    classroom_id            integer NOT NULL REFERENCES classrooms (id),
    reported_by_staff_id    integer NOT NULL REFERENCES staff (id),
    occurred_at             timestamptz NOT NULL,
    category                text NOT NULL CHECK (category IN ('injury', 'illness', 'behaviour', 'bite', 'allergic_reaction')),
    severity                text NOT NULL CHECK (severity IN ('minor', 'moderate', 'serious')),
    description             text NOT NULL,
    first_aid_given         boolean NOT NULL,
    needed_medical_attention boolean NOT NULL,       -- sent to a doctor or hospital
    guardian_notified_at    timestamptz              -- NULL: guardian not (yet) told
);

-- Centres and classrooms -------------------------------------------------------------------------

INSERT INTO centres (id, name, city, street_address, phone, opened_on, licensed_capacity) VALUES
    (1, 'Riverside',  'Toronto',     '120 River St',          '416-555-0140', '2015-08-31', 0),
    (2, 'Hillcrest',  'Toronto',     '48 Hillcrest Ave',      '416-555-0192', '2017-01-09', 0),
    (3, 'Old Town',   'Ottawa',      '305 Murray St',         '613-555-0117', '2018-09-04', 0),
    (4, 'Lakeview',   'Mississauga', '1290 Lakeshore Rd E',   '905-555-0163', '2019-03-04', 0),
    (5, 'Westbrook',  'Hamilton',    '77 Westbrook Dr',       '905-555-0188', '2023-09-05', 0),
    (6, 'Northgate',  'Ottawa',      '2150 Northgate Blvd',   '613-555-0135', '2020-09-08', 0);

INSERT INTO classrooms (id, centre_id, name, age_group, capacity, min_age_months, max_age_months)
SELECT (c - 1) * 4 + r, c,
       (ARRAY['Ladybugs', 'Caterpillars', 'Butterflies', 'Dragonflies',
              'Bunnies', 'Ducklings', 'Foxes', 'Owls',
              'Seedlings', 'Sprouts', 'Sunflowers', 'Oaks',
              'Minnows', 'Tadpoles', 'Frogs', 'Turtles',
              'Pebbles', 'Starfish', 'Seahorses', 'Dolphins',
              'Cubs', 'Otters', 'Beavers', 'Wolves'])[(c - 1) * 4 + r],
       (ARRAY['infant', 'toddler', 'preschool', 'school_age'])[r],
       (ARRAY[10, 15, 24, 30])[r] - CASE WHEN c IN (3, 5) THEN (ARRAY[2, 0, 0, 6])[r]
                                         WHEN c = 6 THEN (ARRAY[0, 0, 8, 0])[r] ELSE 0 END,
       (ARRAY[0, 18, 30, 72])[r],
       (ARRAY[17, 29, 71, 155])[r]
FROM generate_series(1, 6) AS c, generate_series(1, 4) AS r;

UPDATE centres SET licensed_capacity = (SELECT sum(capacity) FROM classrooms WHERE centre_id = centres.id);

-- Families, children and guardians ---------------------------------------------------------------

CREATE TEMP TABLE names AS SELECT
    ARRAY['Sarah', 'Emily', 'Jessica', 'Priya', 'Fatima', 'Mei', 'Olivia', 'Hannah', 'Laura', 'Aisha',
          'Chloe', 'Megan', 'Sophie', 'Amanda', 'Nicole', 'Rachel', 'Ana', 'Julie', 'Karen', 'Lisa',
          'Natalie', 'Rebecca', 'Sandra', 'Tanya', 'Yasmin', 'Zoe', 'Grace', 'Ingrid', 'Maria', 'Nadia'] AS women,
    ARRAY['James', 'Michael', 'David', 'Daniel', 'Ahmed', 'Wei', 'Ryan', 'Kevin', 'Mark', 'Omar',
          'Jason', 'Andrew', 'Chris', 'Brian', 'Carlos', 'Ethan', 'Hassan', 'Ian', 'Jordan', 'Luke',
          'Matthew', 'Nathan', 'Paul', 'Raj', 'Samuel', 'Thomas', 'Victor', 'Adam', 'Ben', 'Derek'] AS men,
    ARRAY['Smith', 'Brown', 'Tremblay', 'Martin', 'Roy', 'Wilson', 'Macdonald', 'Gagnon', 'Johnson', 'Taylor',
          'Campbell', 'Anderson', 'Leblanc', 'Lee', 'Wong', 'Patel', 'Singh', 'Nguyen', 'Chen', 'Li',
          'Kim', 'Ali', 'Khan', 'Ahmed', 'Garcia', 'Lopez', 'Rossi', 'Silva', 'Cohen', 'Murphy',
          'Kelly', 'Walsh', 'Fraser', 'Morrison', 'Stewart', 'Clarke', 'Hughes', 'Park', 'Das', 'Sharma',
          'Gill', 'Bouchard', 'Cote', 'Pelletier', 'Gauthier', 'Ferreira', 'Novak', 'Kowalski', 'Haddad', 'Mensah'] AS surnames,
    ARRAY['Ava', 'Emma', 'Mia', 'Lily', 'Chloe', 'Amelia', 'Zara', 'Isla', 'Nora', 'Maya',
          'Leah', 'Aria', 'Ella', 'Hazel', 'Ruby', 'Aanya', 'Layla', 'Sofia', 'Iris', 'Clara',
          'Elsie', 'Naomi', 'Willow', 'Freya', 'Hana', 'Jade', 'Luna', 'Mila', 'Rose', 'Yara'] AS girls,
    ARRAY['Liam', 'Noah', 'Oliver', 'Lucas', 'Ethan', 'Leo', 'Jack', 'Owen', 'Arjun', 'Theo',
          'Felix', 'Samir', 'Hugo', 'Max', 'Kai', 'Eli', 'Miles', 'Finn', 'Omar', 'Jonah',
          'Caleb', 'Rowan', 'Aiden', 'Levi', 'Ezra', 'Mateo', 'Kian', 'Yusuf', 'Zain', 'Henry'] AS boys;

-- 190 families; families 1-70 have two children (child f and child f + 190).
-- Every family has a first guardian (id = family number); families whose number is not a
-- multiple of 5 also have a second guardian (ids 191-342).
CREATE TEMP TABLE fam AS
SELECT f,
       1 + (f * 5) % 6 AS centre_id,
       n.surnames[1 + (f * 17) % 50] AS surname,
       CASE WHEN f % 17 = 0 THEN 'grandmother' WHEN f % 8 = 3 THEN 'father' ELSE 'mother' END AS rel_a,
       CASE WHEN f % 5 = 0 THEN NULL ELSE 190 + f - f / 5 END AS guardian_b
FROM generate_series(1, 190) AS f, names AS n;

INSERT INTO guardians (id, first_name, last_name, email, phone, city)
SELECT g.id, g.first_name, g.last_name,
       lower(g.first_name || '.' || g.last_name) || g.id || '@'
           || (ARRAY['gmail.com', 'outlook.com', 'yahoo.ca', 'rogers.com', 'bell.net'])[1 + g.id % 5],
       (CASE c.city WHEN 'Toronto' THEN '416' WHEN 'Ottawa' THEN '613' ELSE '905' END)
           || '-555-' || lpad((1000 + (g.id * 373) % 9000)::text, 4, '0'),
       c.city
FROM (
    SELECT fam.f AS id, fam.centre_id,
           CASE WHEN rel_a = 'father' THEN n.men[1 + (f + f / 50) % 30] ELSE n.women[1 + (f + f / 50) % 30] END AS first_name,
           surname AS last_name
    FROM fam, names AS n
    UNION ALL
    SELECT guardian_b, fam.centre_id,
           CASE WHEN rel_a = 'father' THEN n.women[1 + (f + 3 * (f / 50)) % 30] ELSE n.men[1 + (f + 3 * (f / 50)) % 30] END,
           CASE WHEN f % 6 = 0 THEN n.surnames[1 + (f * 23) % 50] ELSE surname END
    FROM fam, names AS n
    WHERE guardian_b IS NOT NULL
) AS g
JOIN centres AS c ON c.id = g.centre_id;

-- Per-child generation parameters: centre, first day, age at start, planned length of stay.
CREATE TEMP TABLE kid AS
WITH a AS (
    SELECT i, 1 + (i - 1) % 190 AS f,
           date '2022-01-03' + (i * 37) % 1370 AS start0,
           4 + (i * 13) % 90 AS age_m,
           5 + (i * 11) % 31 AS stay_m
    FROM generate_series(1, 260) AS i
), b AS (
    SELECT a.*, fam.centre_id,
           CASE WHEN fam.centre_id = 5 AND start0 < date '2023-09-05'
                THEN date '2023-09-05' + (i * 7) % 300 ELSE start0 END AS start_on
    FROM a JOIN fam USING (f)
)
SELECT b.*,
       (start_on - make_interval(months => age_m))::date - i % 28 AS born_on,
       CASE WHEN age_m < 18 THEN 1 WHEN age_m < 30 THEN 2 WHEN age_m < 72 THEN 3 ELSE 4 END AS r0,
       (start_on + make_interval(months => stay_m))::date - 1 AS planned_end
FROM b;

INSERT INTO children (id, first_name, last_name, born_on, gender, allergies, photo_consent)
SELECT k.i,
       CASE WHEN k.i % 2 = 0 THEN n.girls[1 + (k.i / 2 + k.i / 190) % 30] ELSE n.boys[1 + (k.i / 2 + k.i / 190) % 30] END,
       fam.surname,
       k.born_on,
       CASE WHEN k.i % 2 = 0 THEN 'F' ELSE 'M' END,
       CASE WHEN k.i % 9 = 0 THEN 'peanuts' WHEN k.i % 13 = 0 THEN 'dairy' WHEN k.i % 23 = 0 THEN 'eggs'
            WHEN k.i % 31 = 0 THEN 'tree nuts' WHEN k.i % 37 = 0 THEN 'gluten' END,
       k.i % 6 <> 0
FROM kid AS k JOIN fam USING (f), names AS n;

INSERT INTO child_guardians (id, child_id, guardian_id, relationship, is_primary_contact, can_pick_up)
SELECT row_number() OVER (ORDER BY child_id, is_primary_contact DESC), *
FROM (
    SELECT k.i AS child_id, fam.f AS guardian_id, fam.rel_a AS relationship, true AS is_primary_contact, true AS can_pick_up
    FROM kid AS k JOIN fam USING (f)
    UNION ALL
    SELECT k.i, fam.guardian_b,
           CASE rel_a WHEN 'father' THEN 'mother' WHEN 'grandmother' THEN 'grandfather' ELSE 'father' END,
           false, fam.f % 13 <> 0
    FROM kid AS k JOIN fam USING (f)
    WHERE fam.guardian_b IS NOT NULL
) AS x;

-- Enrolments: a child moves up to the next room when it reaches the room's age limit ---------

CREATE TEMP TABLE seg AS
WITH RECURSIVE s AS (
    SELECT i, 1 AS seq, r0 AS r, start_on AS s_on FROM kid
    UNION ALL
    SELECT s.i, s.seq + 1, s.r + 1, x.mu
    FROM s JOIN kid AS k USING (i)
    CROSS JOIN LATERAL (SELECT (k.born_on + make_interval(months => (ARRAY[18, 30, 72])[s.r]))::date AS mu) AS x
    WHERE s.r < 4 AND x.mu <= least(k.planned_end, date '2025-10-31')
)
SELECT s.*, lead(s_on) OVER (PARTITION BY i ORDER BY seq) AS next_on FROM s;

INSERT INTO enrolments (id, child_id, classroom_id, started_on, ended_on, status, weekly_fee, is_subsidized)
SELECT row_number() OVER (ORDER BY s.s_on, s.i),
       s.i,
       (k.centre_id - 1) * 4 + s.r,
       s.s_on,
       CASE WHEN s.next_on IS NOT NULL THEN s.next_on - 1
            WHEN k.planned_end <= date '2025-10-31' THEN k.planned_end END,
       CASE WHEN s.next_on IS NOT NULL THEN 'moved_up'
            WHEN k.planned_end > date '2025-10-31' THEN 'active'
            WHEN s.r = 3 AND k.planned_end >= (k.born_on + interval '60 months')::date THEN 'graduated'
            ELSE 'withdrawn' END,
       round((ARRAY[465, 410, 330, 175])[s.r]
             * (ARRAY[5, 5, 3, 2, 4, 5])[1 + s.i % 6] / 5.0
             * CASE WHEN s.r < 4 AND s.i % 7 = 0 THEN 0.6 ELSE 1 END
             * (1 + 0.03 * (extract(year FROM s.s_on) - 2022))),
       s.i % 4 = 1
FROM seg AS s JOIN kid AS k USING (i);

INSERT INTO enrolment_days (id, enrolment_id, weekday, session, drop_off_time, pick_up_time)
SELECT row_number() OVER (ORDER BY e.id, d.dow), e.id, d.dayname,
       CASE WHEN c.age_group = 'school_age' THEN 'after_school' WHEN e.child_id % 7 = 0 THEN 'half_day' ELSE 'full_day' END,
       CASE WHEN c.age_group = 'school_age' THEN time '15:30'
            WHEN e.child_id % 7 = 0 THEN time '08:00' + (e.child_id % 3) * interval '15 minutes'
            ELSE time '07:30' + (e.child_id % 5) * interval '15 minutes' END,
       CASE WHEN c.age_group = 'school_age' THEN time '17:00' + (e.child_id % 4) * interval '15 minutes'
            WHEN e.child_id % 7 = 0 THEN time '12:30'
            ELSE time '16:30' + (e.child_id % 4) * interval '15 minutes' END
FROM enrolments AS e
JOIN classrooms AS c ON c.id = e.classroom_id
JOIN (VALUES (0, 1, 'Monday'), (0, 2, 'Tuesday'), (0, 3, 'Wednesday'), (0, 4, 'Thursday'), (0, 5, 'Friday'),
             (1, 1, 'Monday'), (1, 2, 'Tuesday'), (1, 3, 'Wednesday'), (1, 4, 'Thursday'), (1, 5, 'Friday'),
             (2, 1, 'Monday'), (2, 3, 'Wednesday'), (2, 5, 'Friday'),
             (3, 2, 'Tuesday'), (3, 4, 'Thursday'),
             (4, 1, 'Monday'), (4, 2, 'Tuesday'), (4, 3, 'Wednesday'), (4, 4, 'Thursday'),
             (5, 1, 'Monday'), (5, 2, 'Tuesday'), (5, 3, 'Wednesday'), (5, 4, 'Thursday'), (5, 5, 'Friday'))
     AS d (pattern, dow, dayname) ON d.pattern = e.child_id % 6;

-- Staff and certifications -----------------------------------------------------------------------

-- Fourteen positions per centre (two more at Riverside, one more at Lakeview); a position filled
-- since February 2022 had an earlier holder who left shortly before; a few positions fell vacant
-- in 2025.
CREATE TEMP TABLE pos AS
SELECT c.id AS centre_id, c.opened_on, p.slot, p.role, p.room,
       greatest(c.opened_on - 30 - p.slot, date '2015-06-01' + (c.id * 131 + p.slot * 97 + c.id * p.slot * 41) % 3750) AS hired_on
FROM centres AS c
CROSS JOIN (VALUES (1, 'director', NULL), (2, 'cook', NULL),
                   (3, 'lead_educator', 1), (4, 'assistant_educator', 1), (5, 'assistant_educator', 1),
                   (6, 'lead_educator', 2), (7, 'assistant_educator', 2), (8, 'assistant_educator', 2),
                   (9, 'lead_educator', 3), (10, 'assistant_educator', 3), (11, 'assistant_educator', 3),
                   (12, 'lead_educator', 4), (13, 'assistant_educator', 4), (14, 'floater', NULL),
                   (15, 'floater', NULL), (16, 'assistant_educator', 3))
     AS p (slot, role, room)
WHERE NOT (p.slot = 15 AND c.id NOT IN (1, 4)) AND NOT (p.slot = 16 AND c.id <> 1);

CREATE TEMP TABLE st AS
SELECT centre_id, slot, role, room, hired_on,
       CASE WHEN role <> 'director' AND (centre_id * 3 + slot) % 11 = 0 AND hired_on < date '2025-01-01'
            THEN date '2025-03-03' + (centre_id * slot * 13) % 200 END AS left_on,
       0 AS former
FROM pos
UNION ALL
SELECT * FROM (
    SELECT centre_id, slot, role, room,
           greatest(opened_on - 30 - slot, hired_on - 400 - (centre_id * slot * 37) % 1500) AS hired_on,
           hired_on - 10 - (centre_id + slot) % 20 AS left_on,
           1 AS former
    FROM pos WHERE hired_on >= date '2022-02-01'
) AS f WHERE left_on - hired_on >= 120;

INSERT INTO staff (id, centre_id, classroom_id, first_name, last_name, email, role, is_full_time, hourly_rate, hired_on, left_on)
SELECT id, centre_id, classroom_id, first_name, last_name,
       lower(first_name) || '.' || lower(last_name) || '@sunbeamlearning.ca',
       role, is_full_time, hourly_rate, hired_on, left_on
FROM (
    SELECT x0.*,
           CASE WHEN id % 5 = 0 THEN n.men[1 + (id * 7) % 30] ELSE n.women[1 + (id * 7) % 30] END AS first_name,
           n.surnames[1 + (id * 13) % 50] AS last_name
    FROM (
    SELECT row_number() OVER (ORDER BY st.hired_on, st.centre_id, st.slot) AS id,
           st.centre_id,
           CASE WHEN st.room IS NOT NULL THEN (st.centre_id - 1) * 4 + st.room END AS classroom_id,
           st.role,
           NOT (st.role = 'floater' OR (st.role = 'assistant_educator' AND (st.centre_id + st.slot) % 3 = 0)) AS is_full_time,
           (CASE st.role WHEN 'director' THEN 38.50 WHEN 'lead_educator' THEN 27.00
                         WHEN 'assistant_educator' THEN 21.00 WHEN 'cook' THEN 21.50 ELSE 19.75 END
            + ((st.centre_id * 7 + st.slot * 3) % 9) * 0.25
            + least(2025 - extract(year FROM st.hired_on), 8) * 0.15
            + CASE WHEN st.former = 1 THEN -0.50 ELSE 0 END)::numeric(6,2) AS hourly_rate,
           st.hired_on, st.left_on
    FROM st
    ) AS x0, names AS n
) AS x;

-- First aid & CPR every three years from hiring (some staff let it lapse), a vulnerable sector
-- check at hiring, RECE registration for educators who hold it, food handler for cooks.
INSERT INTO certifications (id, staff_id, kind, certificate_number, issued_on, expires_on)
SELECT row_number() OVER (ORDER BY issued_on, staff_id, kind), staff_id, kind,
       upper(left(kind, 2)) || '-' || lpad((staff_id * 1000 + n)::text, 7, '0'),
       issued_on, expires_on
FROM (
    SELECT s.id AS staff_id, 'first_aid_cpr' AS kind, k AS n,
           (s.hired_on - 21 + make_interval(years => 3 * k))::date AS issued_on,
           (s.hired_on - 21 + make_interval(years => 3 * k + 3))::date AS expires_on
    FROM staff AS s, generate_series(0, 4) AS k
    WHERE (s.hired_on - 21 + make_interval(years => 3 * k))::date <= least(s.left_on, date '2025-10-31')
      AND NOT (s.id % 11 = 0 AND k > 0 AND (s.hired_on - 21 + make_interval(years => 3 * k))::date > date '2021-06-30')
    UNION ALL
    SELECT s.id, 'vulnerable_sector_check', 10, s.hired_on - 30 - s.id % 15, NULL
    FROM staff AS s
    UNION ALL
    SELECT s.id, 'rece', 20, s.hired_on - 200 - (s.id * 53) % 1500, NULL
    FROM staff AS s
    WHERE s.role IN ('director', 'lead_educator') OR (s.role = 'assistant_educator' AND s.id % 3 = 0)
    UNION ALL
    SELECT s.id, 'food_handler', 30 + k, (s.hired_on - 10 + make_interval(years => 5 * k))::date,
           (s.hired_on - 10 + make_interval(years => 5 * k + 5))::date
    FROM staff AS s, generate_series(0, 2) AS k
    WHERE s.role = 'cook' AND (s.hired_on - 10 + make_interval(years => 5 * k))::date <= least(s.left_on, date '2025-10-31')
) AS x;

-- Attendance: a sample of the scheduled days (about one in nineteen), closed 24-31 December and
-- 1 January ----------------------------------------------------------------------------------------

INSERT INTO attendances (id, enrolment_id, child_id, attendance_on, status, absence_reason,
                         checked_in_at, checked_out_at, picked_up_by_guardian_id)
WITH d AS (
    SELECT e.id AS enrolment_id, e.child_id, ed.drop_off_time, ed.pick_up_time, day::date AS on_day
    FROM enrolments AS e
    JOIN enrolment_days AS ed ON ed.enrolment_id = e.id
    CROSS JOIN LATERAL generate_series(e.started_on, coalesce(e.ended_on, date '2025-10-31'), interval '1 day') AS day
    WHERE (ARRAY['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])[extract(isodow FROM day)::int] = ed.weekday
      AND (e.id * 3 + (day::date - date '2022-01-01')) % 19 = 0
      AND NOT (extract(month FROM day) = 12 AND extract(day FROM day) >= 24)
      AND NOT (extract(month FROM day) = 1 AND extract(day FROM day) = 1)
), h AS (
    SELECT d.*, (enrolment_id * 7 + (on_day - date '2022-01-01') * 3) % 13 AS h,
           (on_day - date '2022-01-01') AS n
    FROM d
), r AS (
    SELECT h.*,
           CASE WHEN h.h = 0 THEN 'sick'
                WHEN h.h = 4 AND extract(month FROM on_day) IN (1, 2, 11, 12) THEN 'sick'
                WHEN h.h = 1 AND (extract(month FROM on_day) IN (3, 7, 8) OR enrolment_id % 4 = 0) THEN 'vacation'
                WHEN h.h = 2 AND enrolment_id % 3 = 0 THEN 'family'
                WHEN h.h = 3 AND child_id % 9 = 0 THEN 'unexplained' END AS reason
    FROM h
)
SELECT row_number() OVER (ORDER BY on_day, child_id),
       enrolment_id, child_id, on_day,
       CASE WHEN reason IS NULL THEN 'present' ELSE 'absent' END,
       reason,
       CASE WHEN reason IS NULL THEN
           (on_day + drop_off_time + ((h * 4) % 25 - 10) * interval '1 minute') AT TIME ZONE 'America/Toronto' END,
       CASE WHEN reason IS NULL THEN
           (on_day + pick_up_time + ((h * 7 + enrolment_id) % 40 - 25) * interval '1 minute'
               + CASE WHEN (h + enrolment_id + n) % 29 = 0 THEN interval '60 minutes' ELSE interval '0' END)
           AT TIME ZONE 'America/Toronto' END,
       CASE WHEN reason IS NULL THEN
           CASE WHEN h % 3 = 0 AND fam.guardian_b IS NOT NULL AND fam.f % 13 <> 0 THEN fam.guardian_b ELSE fam.f END END
FROM r JOIN fam ON fam.f = 1 + (r.child_id - 1) % 190;

-- Invoices and payments ----------------------------------------------------------------------------

-- Monthly fee = weekly fee x 52 / 12, prorated by the days of the month the enrolment covers.
INSERT INTO invoices (id, enrolment_id, guardian_id, period_on, issued_on, due_on, fee_amount, subsidy_amount, amount_due, status)
WITH m AS (
    SELECT e.id AS enrolment_id,
           CASE WHEN fam.f % 6 = 1 AND fam.guardian_b IS NOT NULL THEN fam.guardian_b ELSE fam.f END AS guardian_id,
           m::date AS period_on,
           round(e.weekly_fee * 52 / 12
                 * (least((m + interval '1 month')::date - 1, coalesce(e.ended_on, date '2025-10-31'))
                    - greatest(m::date, e.started_on) + 1)
                 / ((m + interval '1 month')::date - m::date), 2) AS fee_amount,
           e.is_subsidized
    FROM enrolments AS e
    JOIN fam ON fam.f = 1 + (e.child_id - 1) % 190
    CROSS JOIN LATERAL generate_series(date_trunc('month', e.started_on),
                                       date_trunc('month', coalesce(e.ended_on, date '2025-10-31')),
                                       interval '1 month') AS m
), n AS (
    SELECT row_number() OVER (ORDER BY period_on, enrolment_id) AS id, m.*,
           CASE WHEN is_subsidized THEN round(fee_amount * 0.40, 2) ELSE 0 END AS subsidy_amount
    FROM m
)
SELECT id, enrolment_id, guardian_id, period_on, period_on - 7, period_on + 14,
       fee_amount, subsidy_amount, fee_amount - subsidy_amount,
       CASE WHEN period_on = date '2025-10-01' AND id % 4 = 0 THEN 'unpaid'
            WHEN (id * 7) % 60 IN (1, 2) THEN 'unpaid'
            WHEN (id * 7) % 60 IN (3, 4, 5) THEN 'partially_paid'
            ELSE 'paid' END
FROM n;

INSERT INTO payments (id, invoice_id, paid_at, amount, method)
WITH p AS (
    -- paid in one go, or in two instalments two weeks apart (every ninth invoice)
    SELECT i.id AS invoice_id, 0 AS k, i.issued_on + i.id % 20 AS on_day,
           CASE WHEN i.status = 'partially_paid' OR i.id % 9 = 0 THEN round(i.amount_due / 2, 2) ELSE i.amount_due END AS amount,
           i.guardian_id
    FROM invoices AS i WHERE i.status IN ('paid', 'partially_paid')
    UNION ALL
    SELECT i.id, 1, i.issued_on + i.id % 20 + 14, i.amount_due - round(i.amount_due / 2, 2), i.guardian_id
    FROM invoices AS i WHERE i.status = 'paid' AND i.id % 9 = 0
)
SELECT row_number() OVER (ORDER BY on_day, invoice_id, k), invoice_id,
       (on_day + time '09:00' + ((invoice_id + k) % 8) * interval '1 hour' + (invoice_id % 60) * interval '1 minute')
           AT TIME ZONE 'America/Toronto',
       amount,
       (ARRAY['pre_authorized_debit', 'pre_authorized_debit', 'pre_authorized_debit', 'pre_authorized_debit',
              'credit_card', 'credit_card', 'e_transfer', 'e_transfer', 'cheque', 'cash'])[1 + guardian_id % 10]
FROM p;

-- Incident reports -----------------------------------------------------------------------------------

INSERT INTO incidents (id, child_id, classroom_id, reported_by_staff_id, occurred_at, category, severity,
                       description, first_aid_given, needed_medical_attention, guardian_notified_at)
WITH a AS (
    SELECT a.*, e.classroom_id, cl.centre_id,
           date_trunc('minute', a.checked_in_at + (a.checked_out_at - a.checked_in_at) * (((a.id * 13) % 90 + 5) / 100.0)) AS occurred_at,
           CASE WHEN (a.id / 23) % 20 < 9 THEN 'injury'
                WHEN (a.id / 23) % 20 < 13 OR (a.id / 23) % 20 = 18 THEN 'illness'
                WHEN (a.id / 23) % 20 < 16 THEN 'behaviour'
                WHEN (a.id / 23) % 20 < 18 THEN 'bite'
                ELSE 'allergic_reaction' END AS category,
           (a.id / 23 * 7) % 10 AS sv
    FROM attendances AS a
    JOIN enrolments AS e ON e.id = a.enrolment_id
    JOIN classrooms AS cl ON cl.id = e.classroom_id
    WHERE a.status = 'present' AND a.id % 23 = 0
), b AS (
    SELECT a.*,
           CASE WHEN sv = 9 THEN 'serious'
                WHEN sv >= 7 OR category = 'allergic_reaction' THEN 'moderate'
                ELSE 'minor' END AS severity
    FROM a
)
SELECT row_number() OVER (ORDER BY b.occurred_at, b.child_id),
       b.child_id, b.classroom_id,
       coalesce(
           (SELECT s.id FROM staff AS s
            WHERE s.centre_id = b.centre_id AND s.hired_on <= b.attendance_on
              AND (s.left_on IS NULL OR s.left_on >= b.attendance_on)
            ORDER BY coalesce(s.classroom_id = b.classroom_id, false) DESC, (s.role = 'lead_educator') DESC, s.id
            LIMIT 1),
           (SELECT min(s.id) FROM staff AS s WHERE s.centre_id = b.centre_id)),
       b.occurred_at, b.category, b.severity,
       CASE b.category
           WHEN 'injury' THEN (ARRAY['Fell from climbing frame, scraped knee', 'Bumped head on table edge',
                                     'Tripped in the playground, cut on hand'])[1 + b.id % 3]
           WHEN 'illness' THEN (ARRAY['Fever of 38.5 C, sent home', 'Vomited after lunch',
                                      'Rash on arms and neck'])[1 + b.id % 3]
           WHEN 'behaviour' THEN (ARRAY['Pushed another child at circle time', 'Threw toys at peers',
                                        'Prolonged tantrum, removed from group'])[1 + b.id % 3]
           WHEN 'bite' THEN (ARRAY['Bitten on the arm by another child', 'Bit a classmate during play',
                                   'Bitten on the hand, skin not broken'])[1 + b.id % 3]
           ELSE (ARRAY['Hives after snack', 'Swollen lips after lunch', 'Itchy eyes and sneezing after craft'])[1 + b.id % 3]
       END,
       b.category IN ('injury', 'bite', 'allergic_reaction'),
       b.severity = 'serious' OR b.category = 'allergic_reaction',
       CASE WHEN b.severity = 'minor' AND b.category = 'behaviour' AND (b.id / 23) % 40 < 20 THEN NULL
            WHEN b.severity = 'minor' AND b.category = 'illness' AND (b.id / 23) % 3 = 0 THEN NULL
            ELSE b.occurred_at + (15 + (b.id % 7) * 15) * interval '1 minute' END
FROM b;

DROP TABLE names, fam, kid, seg, pos, st;
