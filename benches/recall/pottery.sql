-- Clayhouse Pottery Studio: operational extract for reporting.
-- The studio teaches term courses (one weekly session each week of the course),
-- sells open-studio memberships, fires work in its own kilns, buys clay, glaze
-- and studio supplies, and sells finished pieces in a small shop.
-- State is kept as one-letter codes (enrolment and sale status, membership
-- plan) explained by small lookup tables; dates are calendar dates, events that
-- happen at a time of day use timestamps without time zone (studio local time).
-- Amounts are US dollars in the money type; temperatures in degrees Celsius;
-- material quantities in kilograms; durations in minutes.
-- History runs from January 2023; extract taken on 2025-06-30 (summer 2025
-- courses are already open for enrolment and their sessions are scheduled).

BEGIN;

-- ---------------------------------------------------------------- lookups

CREATE TABLE enrolment_status (
    code  char(1) PRIMARY KEY,
    label text    NOT NULL UNIQUE
);

INSERT INTO enrolment_status (code, label) VALUES
    ('A', 'Active'),
    ('D', 'Completed'),
    ('C', 'Cancelled'),
    ('W', 'Waitlisted');

CREATE TABLE membership_plan (
    code       char(1) PRIMARY KEY,
    label      text    NOT NULL UNIQUE,
    months     integer NOT NULL CHECK (months BETWEEN 1 AND 12),
    list_price money   NOT NULL
);

INSERT INTO membership_plan (code, label, months, list_price) VALUES
    ('M', 'Monthly',          1, '110.00'),
    ('Q', 'Quarterly',        3, '305.00'),
    ('Y', 'Annual',          12, '1100.00'),
    ('O', 'Off-peak monthly', 1, '75.00');

CREATE TABLE sale_status (
    code  char(1) PRIMARY KEY,
    label text    NOT NULL UNIQUE
);

INSERT INTO sale_status (code, label) VALUES
    ('P', 'Paid'),
    ('R', 'Refunded'),
    ('V', 'Voided');

-- ---------------------------------------------------------------- people

CREATE TABLE instructor (
    instructor_id integer PRIMARY KEY,
    full_name     text    NOT NULL UNIQUE,
    email         text,
    specialty     text    NOT NULL
        CHECK (specialty IN ('wheel throwing', 'handbuilding', 'glazing', 'sculpture', 'raku')),
    hourly_rate   money   NOT NULL,
    hired_on      date    NOT NULL,
    left_on       date,
    CHECK (left_on IS NULL OR left_on > hired_on)
);

INSERT INTO instructor (instructor_id, full_name, email, specialty, hourly_rate, hired_on, left_on) VALUES
    (1, 'Maren Holt',      'maren@clayhouse.example',  'wheel throwing', '48.00', '2016-04-01', NULL),
    (2, 'Tomas Okafor',    'tomas@clayhouse.example',  'wheel throwing', '42.00', '2019-09-01', NULL),
    (3, 'Ines Duarte',     'ines@clayhouse.example',   'handbuilding',   '40.00', '2020-01-15', NULL),
    (4, 'Declan Price',    'declan@clayhouse.example', 'glazing',        '44.00', '2018-02-01', NULL),
    (5, 'Yuki Tanabe',     NULL,                       'sculpture',      '46.00', '2021-03-01', NULL),
    (6, 'Rosa Lindqvist',  'rosa@clayhouse.example',   'raku',           '45.00', '2019-05-01', '2024-08-31'),
    (7, 'Samuel Achebe',   'sam@clayhouse.example',    'handbuilding',   '36.00', '2022-06-01', NULL);

CREATE TABLE student (
    student_id integer PRIMARY KEY,
    first_name text    NOT NULL,
    last_name  text    NOT NULL,
    email      text,
    phone      text,
    city       text    NOT NULL,
    birth_year integer CHECK (birth_year BETWEEN 1930 AND 2018),
    joined_on  date    NOT NULL
);

INSERT INTO student (student_id, first_name, last_name, email, phone, city, birth_year, joined_on)
SELECT i,
       fn,
       ln,
       CASE WHEN i % 13 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(ln) || i || '@mail.example' END,
       CASE WHEN i % 5 = 0 THEN NULL
            ELSE '555-' || lpad(((i * 7919) % 10000)::text, 4, '0') END,
       CASE WHEN i % 20 < 11 THEN 'Riverton'
            WHEN i % 20 < 15 THEN 'Ashford'
            WHEN i % 20 < 17 THEN 'Millbrook'
            WHEN i % 20 < 19 THEN 'Cedar Falls'
            ELSE 'Lakeview' END,
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE 1948 + (i * 37) % 58 END,
       date '2022-05-15' + (i * 15) / 8 + (i * 37) % 40
FROM (
    SELECT i,
           (ARRAY['Ada','Ben','Chloe','Dev','Elena','Finn','Grace','Hugo','Iris','Jonah',
                  'Kira','Leo','Maya','Noah','Olive','Pavel','Quinn','Rhea','Sami','Tess',
                  'Uma','Victor','Wren','Xavier','Yara','Zane','Amira','Bruno','Cleo','Dmitri',
                  'Esme','Felix'])[1 + i % 32] AS fn,
           (ARRAY['Abbott','Baker','Castillo','Dunn','Eriksen','Farrow','Galloway','Hale',
                  'Ibarra','Jensen','Kowalski','Lam','Moreau','Nakamura','Osei','Pryce',
                  'Quint','Rahman','Sato','Tully','Ueda','Vance','Whitlock','Xu','Young',
                  'Zielinski','Ahmed','Brennan','Cho','Delgado','Ekwueme','Fontaine'])
               [1 + (i / 32 + 5 * (i % 32)) % 32] AS ln
    FROM generate_series(1, 600) AS i
) s;

-- ---------------------------------------------------------------- courses

CREATE TABLE course (
    course_id     integer PRIMARY KEY,
    course_name   text    NOT NULL UNIQUE,
    technique     text    NOT NULL
        CHECK (technique IN ('wheel throwing', 'handbuilding', 'glazing', 'sculpture', 'raku')),
    level         text    NOT NULL
        CHECK (level IN ('beginner', 'intermediate', 'advanced', 'all levels')),
    term          text    NOT NULL,
    instructor_id integer NOT NULL REFERENCES instructor,
    starts_on     date    NOT NULL,
    weeks         integer NOT NULL CHECK (weeks BETWEEN 1 AND 12),
    start_time    time    NOT NULL,
    capacity      integer NOT NULL CHECK (capacity BETWEEN 4 AND 16),
    fee           money   NOT NULL
);

WITH tpl (k, title, technique, level, instr, day_off, start_time, weeks, capacity, base_fee, seasons) AS (
    VALUES
    (1, 'Wheel Throwing I',      'wheel throwing', 'beginner',     1, 0, time '18:30',  8, 10, 320, ARRAY[0,1,2,3]),
    (2, 'Wheel Throwing II',     'wheel throwing', 'intermediate', 2, 1, time '18:30',  8,  8, 340, ARRAY[0,1,2,3]),
    (3, 'Advanced Wheel Studio', 'wheel throwing', 'advanced',     1, 3, time '18:30', 10,  6, 420, ARRAY[0,3]),
    (4, 'Handbuilding Basics',   'handbuilding',   'beginner',     3, 2, time '10:00',  6, 12, 240, ARRAY[0,1,2,3]),
    (5, 'Slab and Coil Projects','handbuilding',   'intermediate', 3, 2, time '18:30',  8, 10, 290, ARRAY[1,3]),
    (6, 'Glaze Lab',             'glazing',        'all levels',   4, 3, time '14:00',  6,  8, 260, ARRAY[0,1,3]),
    (7, 'Figurative Sculpture',  'sculpture',      'intermediate', 5, 4, time '10:00', 10,  8, 380, ARRAY[0,3]),
    (8, 'Raku Weekend',          'raku',           'all levels',   6, 5, time '10:00',  2, 10, 180, ARRAY[1,2]),
    (9, 'Kids Clay Club',        'handbuilding',   'beginner',     7, 5, time '13:00',  6, 12, 150, ARRAY[2,3])
), term AS (
    SELECT t,
           2023 + t / 4 AS yr,
           t % 4 AS season,
           (ARRAY['Winter','Spring','Summer','Autumn'])[1 + t % 4] || ' ' || (2023 + t / 4) AS term_name,
           make_date(2023 + t / 4, 1 + 3 * (t % 4), 9)
             + (8 - extract(isodow FROM make_date(2023 + t / 4, 1 + 3 * (t % 4), 9))::int) % 7 AS monday
    FROM generate_series(0, 10) AS t
)
INSERT INTO course (course_id, course_name, technique, level, term, instructor_id,
                    starts_on, weeks, start_time, capacity, fee)
SELECT row_number() OVER (ORDER BY term.t, tpl.k),
       tpl.title || ' (' || term.term_name || ')',
       tpl.technique,
       tpl.level,
       term.term_name,
       CASE WHEN tpl.k = 8 AND term.monday > date '2024-08-31' THEN 4 ELSE tpl.instr END,
       term.monday + tpl.day_off,
       tpl.weeks,
       tpl.start_time,
       tpl.capacity,
       (round(tpl.base_fee * CASE term.yr WHEN 2023 THEN 1.00 WHEN 2024 THEN 1.06 ELSE 1.10 END))::numeric::money
FROM term
JOIN tpl ON term.season = ANY (tpl.seasons);

CREATE TABLE course_session (
    course_session_id   integer PRIMARY KEY,
    course_id           integer NOT NULL REFERENCES course,
    session_no          integer NOT NULL CHECK (session_no >= 1),
    session_date        date    NOT NULL,
    start_time          time    NOT NULL,
    duration_minutes    integer NOT NULL CHECK (duration_minutes BETWEEN 30 AND 480),
    is_cancelled        boolean NOT NULL DEFAULT false,
    cover_instructor_id integer REFERENCES instructor,
    attendance          integer CHECK (attendance >= 0),
    UNIQUE (course_id, session_no)
);

INSERT INTO course_session (course_session_id, course_id, session_no, session_date, start_time,
                            duration_minutes, is_cancelled, cover_instructor_id, attendance)
SELECT row_number() OVER (ORDER BY c.course_id, n),
       c.course_id,
       n,
       c.starts_on + 7 * (n - 1),
       c.start_time,
       CASE c.technique
            WHEN 'wheel throwing' THEN 150
            WHEN 'handbuilding'   THEN CASE WHEN c.course_name LIKE 'Kids%' THEN 90 ELSE 120 END
            WHEN 'glazing'        THEN 120
            WHEN 'sculpture'      THEN 180
            ELSE 300 END,
       (c.course_id * 7 + n * 3) % 29 = 0 AND c.starts_on + 7 * (n - 1) <= date '2025-06-30',
       CASE WHEN (c.course_id + n * 5) % 17 = 0 AND (c.course_id * 7 + n * 3) % 29 <> 0
            THEN CASE WHEN c.instructor_id = 2 THEN 1 ELSE 2 END END,
       NULL
FROM course c
CROSS JOIN LATERAL generate_series(1, c.weeks) AS n;

CREATE TABLE enrolment (
    enrolment_id integer PRIMARY KEY,
    student_id   integer NOT NULL REFERENCES student,
    course_id    integer NOT NULL REFERENCES course,
    enrolled_on  date    NOT NULL,
    status_code  char(1) NOT NULL REFERENCES enrolment_status,
    amount_paid  money   NOT NULL,
    UNIQUE (student_id, course_id)
);

WITH c AS (
    SELECT course_id, starts_on, capacity, fee,
           CASE split_part(course_name, ' (', 1)
                WHEN 'Wheel Throwing I'       THEN capacity + 2 + course_id % 3
                WHEN 'Wheel Throwing II'      THEN capacity - 1 + course_id % 3
                WHEN 'Advanced Wheel Studio'  THEN capacity - 1 + course_id % 2
                WHEN 'Handbuilding Basics'    THEN capacity - 4 + course_id % 4
                WHEN 'Slab and Coil Projects' THEN capacity - 3 + course_id % 3
                WHEN 'Glaze Lab'              THEN capacity - 2 + course_id % 3
                WHEN 'Figurative Sculpture'   THEN capacity - 3 + course_id % 2
                WHEN 'Raku Weekend'           THEN capacity + course_id % 2
                ELSE capacity - 2 + course_id % 4 END AS demand
    FROM course
), e AS (
    SELECT c.course_id,
           c.starts_on,
           c.fee,
           j,
           CASE WHEN (c.course_id * 5 + j * 3) % 10 < 3 THEN 1 + (c.course_id * 7 + j * 13) % 60
                ELSE 1 + (c.course_id * 97 + j * 53) % 480 END AS student_id,
           least(CASE WHEN j > c.capacity THEN c.starts_on - (1 + j % 6)
                      ELSE c.starts_on - (4 + (c.course_id * 7 + j * 11) % 45) END,
                 date '2025-06-30' - (j * 5) % 11) AS enrolled_on,
           CASE WHEN j > c.capacity THEN 'W'
                WHEN (c.course_id * 3 + j * 7) % 13 = 0 THEN 'C'
                WHEN c.starts_on > date '2025-06-30' THEN 'A'
                ELSE 'D' END AS status_code
    FROM c
    CROSS JOIN LATERAL generate_series(1, c.demand) AS j
), e1 AS (
    -- a regular can only hold one place per course: keep their first request
    SELECT DISTINCT ON (course_id, student_id) *
    FROM e
    ORDER BY course_id, student_id, j
)
INSERT INTO enrolment (enrolment_id, student_id, course_id, enrolled_on, status_code, amount_paid)
SELECT row_number() OVER (ORDER BY enrolled_on, course_id, j),
       student_id,
       course_id,
       enrolled_on,
       status_code,
       CASE status_code
            WHEN 'W' THEN '0'::money
            WHEN 'C' THEN CASE WHEN j % 2 = 0 THEN '0'::money ELSE fee * 0.5 END
            ELSE CASE WHEN enrolled_on <= starts_on - 30 THEN fee * 0.9 ELSE fee END
       END
FROM e1;

-- attendance is recorded by the instructor after each held session
UPDATE course_session cs
SET attendance = greatest(0, x.taking - (cs.course_session_id * 7 + cs.session_no) % 3
                             - CASE WHEN cs.session_no > 4 AND cs.course_session_id % 4 = 0 THEN 1 ELSE 0 END)
FROM (SELECT course_id, count(*) AS taking
      FROM enrolment
      WHERE status_code IN ('A', 'D')
      GROUP BY course_id) x
WHERE x.course_id = cs.course_id
  AND NOT cs.is_cancelled
  AND cs.session_date <= date '2025-06-30'
  AND cs.course_session_id % 23 <> 0;

-- ---------------------------------------------------------------- memberships

CREATE TABLE membership (
    membership_id   integer PRIMARY KEY,
    student_id      integer NOT NULL REFERENCES student,
    plan_code       char(1) NOT NULL REFERENCES membership_plan,
    starts_on       date    NOT NULL,
    ends_on         date    NOT NULL,
    price_paid      money   NOT NULL,
    includes_shelf  boolean NOT NULL DEFAULT false,
    cancelled_on    date,
    CHECK (ends_on >= starts_on),
    CHECK (cancelled_on IS NULL OR cancelled_on >= starts_on)
);

WITH mon AS (
    SELECT m,
           (date '2023-01-01' + make_interval(months => m))::date AS first_day,
           12 + m / 3 + (ARRAY[9, 3, 1, 0, -1, -3, -4, -6, 7, 4, 0, -5])[1 + m % 12] AS cnt
    FROM generate_series(0, 29) AS m
), raw AS (
    SELECT mon.m,
           j,
           mon.first_day + (j * 11 + mon.m * 3) % 28 AS starts_on,
           CASE WHEN j % 10 < 6 THEN 'M'
                WHEN j % 10 < 8 THEN 'Q'
                WHEN j % 10 = 8 THEN 'Y'
                ELSE 'O' END AS plan_code,
           CASE WHEN j % 5 < 2 THEN 300 + (j * 7 + mon.m) % 50
                ELSE 1 + (mon.m * 41 + j * 67) % 600 END AS student_id
    FROM mon
    CROSS JOIN LATERAL generate_series(1, mon.cnt) AS j
)
INSERT INTO membership (membership_id, student_id, plan_code, starts_on, ends_on, price_paid,
                        includes_shelf, cancelled_on)
SELECT row_number() OVER (ORDER BY r.starts_on, r.j),
       r.student_id,
       r.plan_code,
       r.starts_on,
       (r.starts_on + make_interval(months => p.months))::date - 1,
       (round((CASE r.plan_code WHEN 'M' THEN 95 WHEN 'Q' THEN 265 WHEN 'Y' THEN 960 ELSE 65 END)
              * CASE extract(year FROM r.starts_on) WHEN 2023 THEN 1.00 WHEN 2024 THEN 1.10 ELSE 1.15 END))
           ::numeric::money,
       r.j % 4 = 1,
       CASE WHEN r.plan_code IN ('Q', 'Y') AND (r.j * 7 + r.m) % 9 = 0
            THEN r.starts_on + 20 + (r.j % 3) * 15 END
FROM raw r
JOIN membership_plan p ON p.code = r.plan_code;

-- ---------------------------------------------------------------- kilns

CREATE TABLE kiln (
    kiln_id         integer PRIMARY KEY,
    kiln_name       text    NOT NULL UNIQUE,
    fuel            text    NOT NULL CHECK (fuel IN ('electric', 'gas', 'propane')),
    capacity_pieces integer NOT NULL CHECK (capacity_pieces > 0),
    max_temp_c      integer NOT NULL,
    installed_on    date    NOT NULL,
    retired_on      date
);

INSERT INTO kiln (kiln_id, kiln_name, fuel, capacity_pieces, max_temp_c, installed_on, retired_on) VALUES
    (1, 'Big Bertha',   'electric', 120, 1300, '2018-03-01', NULL),
    (2, 'Little Skutt', 'electric',  40, 1290, '2023-12-01', NULL),
    (3, 'Car Kiln',     'gas',      200, 1340, '2019-09-01', NULL),
    (4, 'Raku Barrel',  'propane',   12, 1100, '2022-05-01', NULL),
    (5, 'Old Cress',    'electric',  45, 1280, '2012-07-01', '2023-11-30');

CREATE TABLE kiln_firing (
    kiln_firing_id   integer   PRIMARY KEY,
    kiln_id          integer   NOT NULL REFERENCES kiln,
    firing_type      text      NOT NULL CHECK (firing_type IN ('bisque', 'glaze', 'raku', 'test')),
    started_at       timestamp NOT NULL,
    duration_minutes integer   CHECK (duration_minutes > 0),
    target_cone      text,
    peak_temp_c      integer   NOT NULL CHECK (peak_temp_c BETWEEN 500 AND 1350),
    pieces_loaded    integer   NOT NULL CHECK (pieces_loaded >= 0),
    pieces_lost      integer   CHECK (pieces_lost >= 0),
    fired_by         integer   REFERENCES instructor,
    energy_cost      money,
    CHECK (pieces_lost IS NULL OR pieces_lost <= pieces_loaded)
);

WITH days AS (
    SELECT d::date AS d,
           extract(isodow FROM d)::int AS dow,
           extract(month FROM d)::int AS mo,
           extract(day FROM d)::int AS dy,
           (d::date - date '2023-01-02') / 7 AS wk
    FROM generate_series(date '2023-01-02', date '2025-06-30', interval '1 day') AS d
), open_days AS (
    SELECT * FROM days
    WHERE NOT ((mo = 8 AND dy <= 14) OR (mo = 12 AND dy >= 24) OR (mo = 1 AND dy = 1))
), plan AS (
    -- Big Bertha: bisque every Monday, glaze every Thursday (fewer in high summer)
    SELECT d, mo, 1 AS kiln_id, 'bisque' AS firing_type, time '07:30' AS t, '04' AS cone
    FROM open_days WHERE dow = 1
    UNION ALL
    SELECT d, mo, 1, 'glaze', time '16:00', '6'
    FROM open_days WHERE dow = 4 AND NOT (mo IN (7, 8) AND wk % 2 = 1)
    UNION ALL
    -- Old Cress: glaze every other Tuesday until it was retired
    SELECT d, mo, 5, 'glaze', time '08:00', '6'
    FROM open_days WHERE dow = 2 AND wk % 2 = 0 AND d <= date '2023-11-30'
    UNION ALL
    -- Little Skutt: weekly low bisque, glaze every other Friday, test firing first Wednesday
    SELECT d, mo, 2, 'bisque', time '08:00', '06'
    FROM open_days WHERE dow = 2 AND d >= date '2023-12-01'
    UNION ALL
    SELECT d, mo, 2, 'glaze', time '15:00', '6'
    FROM open_days WHERE dow = 5 AND wk % 2 = 1 AND d >= date '2023-12-01'
    UNION ALL
    SELECT d, mo, 2, 'test', time '09:00', '6'
    FROM open_days WHERE dow = 3 AND dy <= 7 AND d >= date '2023-12-01'
    UNION ALL
    -- Car Kiln: cone 10 gas reduction every third Wednesday
    SELECT d, mo, 3, 'glaze', time '06:00', '10'
    FROM open_days WHERE dow = 3 AND wk % 3 = 0
    UNION ALL
    -- Raku Barrel: alternate Saturdays, April to September
    SELECT d, mo, 4, 'raku', time '11:00', NULL
    FROM open_days WHERE dow = 6 AND mo BETWEEN 4 AND 9 AND wk % 2 = 0
), numbered AS (
    SELECT (row_number() OVER (ORDER BY p.d + p.t, p.kiln_id))::int AS r, p.*, k.capacity_pieces
    FROM plan p JOIN kiln k USING (kiln_id)
), shaped AS (
    SELECT n.*,
           least(n.capacity_pieces,
                 greatest(3, (n.capacity_pieces
                              * (58 + (n.r * 29) % 37
                                 + CASE WHEN n.mo IN (7, 8) THEN -22
                                        WHEN n.mo IN (12, 6) THEN -8
                                        WHEN n.mo IN (3, 11) THEN 6 ELSE 0 END)) / 100)) AS loaded
    FROM numbered n
)
INSERT INTO kiln_firing (kiln_firing_id, kiln_id, firing_type, started_at, duration_minutes,
                         target_cone, peak_temp_c, pieces_loaded, pieces_lost, fired_by, energy_cost)
SELECT r,
       kiln_id,
       firing_type,
       d + t,
       CASE WHEN r % 37 = 0 THEN NULL
            WHEN firing_type = 'raku' THEN 45 + r % 20
            WHEN firing_type = 'test' THEN 420 + r % 30
            WHEN kiln_id = 3 THEN 900 + (r * 7) % 120
            WHEN firing_type = 'bisque' THEN 660 + (r * 17) % 90
            ELSE 600 + (r * 13) % 80 END,
       cone,
       CASE WHEN firing_type = 'raku' THEN 960 + (r * 13) % 60
            WHEN cone = '04' THEN 1053 + (r * 7) % 11
            WHEN cone = '06' THEN 995 + (r * 5) % 9
            WHEN cone = '10' THEN 1292 + (r * 11) % 17
            ELSE 1216 + (r * 3) % 13 END,
       CASE WHEN firing_type = 'test' THEN 3 + r % 6 ELSE loaded END,
       CASE WHEN r % 29 = 0 THEN NULL
            WHEN r IN (57, 211, 388) THEN loaded / 3
            WHEN firing_type = 'raku' THEN r % 4
            WHEN firing_type = 'test' THEN r % 2
            WHEN firing_type = 'bisque' THEN CASE WHEN (r * 7) % 5 = 0 THEN 1 ELSE 0 END
                                             + CASE WHEN r % 3 = 0 THEN 1 ELSE 0 END
            ELSE (r * 11) % 6 END,
       CASE WHEN r % 31 = 0 THEN NULL
            WHEN firing_type = 'raku' THEN CASE WHEN d <= date '2024-08-31' THEN 6 ELSE 4 END
            WHEN firing_type IN ('bisque', 'test') THEN 4
            WHEN kiln_id = 3 THEN 1
            ELSE CASE WHEN r % 3 = 0 THEN 2 ELSE 1 END END,
       CASE WHEN firing_type = 'raku' OR r % 41 = 0 THEN NULL
            ELSE (round((CASE WHEN kiln_id = 3 THEN 88 + (r * 7) % 25
                              WHEN kiln_id = 1 AND firing_type = 'bisque' THEN 38 + (r * 3) % 9
                              WHEN kiln_id = 1 THEN 52 + (r * 5) % 11
                              WHEN firing_type = 'test' THEN 9 + r % 4
                              ELSE 15 + (r * 3) % 7 END)
                        * CASE WHEN d >= date '2024-01-01' THEN 1.12 ELSE 1.00 END
                        + (r % 100) / 100.0, 2))::numeric::money END
FROM shaped;

-- ---------------------------------------------------------------- materials

CREATE TABLE material (
    material_id   integer PRIMARY KEY,
    material_name text    NOT NULL UNIQUE,
    category      text    NOT NULL CHECK (category IN ('clay', 'glaze', 'other')),
    supplier_name text    NOT NULL,
    firing_cone   text
);

INSERT INTO material (material_id, material_name, category, supplier_name, firing_cone) VALUES
    ( 1, 'Buff Stoneware',      'clay',  'Highfield Clay Co.',        '6'),
    ( 2, 'Speckled Stoneware',  'clay',  'Highfield Clay Co.',        '6'),
    ( 3, 'Porcelain P300',      'clay',  'Northern Ceramic Supply',   '6'),
    ( 4, 'Red Earthenware',     'clay',  'Highfield Clay Co.',        '04'),
    ( 5, 'Raku Sculpture Body', 'clay',  'Kilnworks Direct',          NULL),
    ( 6, 'Paper Clay',          'clay',  'Northern Ceramic Supply',   '6'),
    ( 7, 'Clear Gloss',         'glaze', 'Glazeworks',                '6'),
    ( 8, 'Satin White',         'glaze', 'Glazeworks',                '6'),
    ( 9, 'Celadon Green',       'glaze', 'Northern Ceramic Supply',   '10'),
    (10, 'Tenmoku',             'glaze', 'Northern Ceramic Supply',   '10'),
    (11, 'Floating Blue',       'glaze', 'Glazeworks',                '6'),
    (12, 'Shino',               'glaze', 'Kilnworks Direct',          '10'),
    (13, 'Copper Red',          'glaze', 'Glazeworks',                '10'),
    (14, 'Kiln Wash',           'other', 'Kilnworks Direct',          NULL),
    (15, 'Wax Resist',          'other', 'Glazeworks',                NULL),
    (16, 'Fine Grog',           'other', 'Highfield Clay Co.',        NULL);

CREATE TABLE material_purchase (
    material_purchase_id integer       PRIMARY KEY,
    material_id          integer       NOT NULL REFERENCES material,
    ordered_on           date          NOT NULL,
    delivered_on         date,
    quantity_kg          numeric(7, 1) NOT NULL CHECK (quantity_kg > 0),
    total_cost           money         NOT NULL,
    invoice_no           text,
    CHECK (delivered_on IS NULL OR delivered_on >= ordered_on)
);

WITH spec (material_id, period, phase, base_qty, price_kg) AS (
    VALUES (1, 2, 0, 500, 0.92), (2, 3, 1, 300, 1.15), (3, 4, 2, 150, 2.60), (4, 6, 3, 200, 0.85),
           (5, 4, 1, 100, 1.40), (6, 13, 5, 50, 2.10),
           (7, 5, 0, 20, 9.50), (8, 6, 2, 20, 10.20), (9, 8, 3, 10, 14.00), (10, 7, 4, 10, 12.50),
           (11, 9, 1, 10, 15.80), (12, 10, 6, 10, 13.40), (13, 12, 7, 5, 19.90),
           (14, 9, 4, 10, 4.20), (15, 8, 5, 5, 7.80), (16, 11, 2, 25, 1.60)
), orders AS (
    SELECT s.material_id, w, s.base_qty, s.price_kg,
           date '2023-01-02' + 7 * w + s.material_id % 5 AS ordered_on
    FROM spec s
    CROSS JOIN generate_series(0, 129) AS w
    WHERE w % s.period = s.phase
), shaped AS (
    SELECT o.*,
           m.category,
           extract(month FROM o.ordered_on)::int AS mo,
           (row_number() OVER (ORDER BY o.ordered_on, o.material_id))::int AS r
    FROM orders o JOIN material m USING (material_id)
    WHERE o.ordered_on <= date '2025-06-30'
      AND (o.material_id <> 5 OR extract(month FROM o.ordered_on) BETWEEN 3 AND 8)
      AND NOT (extract(month FROM o.ordered_on) = 12 AND extract(day FROM o.ordered_on) >= 22)
), qty AS (
    SELECT s.*,
           CASE WHEN s.category = 'clay'
                THEN round(s.base_qty
                           * CASE WHEN s.mo IN (1, 9) THEN 1.3 WHEN s.mo IN (7, 8) THEN 0.7 ELSE 1.0 END
                           * (0.8 + ((s.r * 13) % 9) / 20.0) / 25) * 25
                WHEN s.category = 'glaze' THEN s.base_qty / 2 + 5 * ((s.r * 7) % 4)
                ELSE s.base_qty + 5 * (s.r % 3) END::numeric(7, 1) AS q
    FROM shaped s
)
INSERT INTO material_purchase (material_purchase_id, material_id, ordered_on, delivered_on,
                               quantity_kg, total_cost, invoice_no)
SELECT r,
       material_id,
       ordered_on,
       CASE WHEN ordered_on > date '2025-06-23' OR r % 53 = 0 THEN NULL
            ELSE ordered_on + 2 + (r * 3) % 7 END,
       q,
       (round(q * price_kg * (1 + 0.04 * (ordered_on - date '2023-01-01') / 365.0)
              + CASE WHEN category = 'clay' AND q >= 200 THEN 0 ELSE 35 END, 2))::numeric::money,
       CASE WHEN r % 17 = 0 THEN NULL
            ELSE 'INV-' || to_char(ordered_on, 'YYMMDD') || '-' || lpad(material_id::text, 2, '0') END
FROM qty;

-- ---------------------------------------------------------------- shop

CREATE TABLE shop_sale (
    shop_sale_id     integer   PRIMARY KEY,
    sold_at          timestamp NOT NULL,
    piece_type       text      NOT NULL
        CHECK (piece_type IN ('mug', 'bowl', 'plate', 'vase', 'planter', 'teapot', 'sculpture', 'ornament')),
    maker_student_id integer   REFERENCES student,
    quantity         integer   NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 12),
    unit_price       money     NOT NULL,
    payment_method   text      NOT NULL CHECK (payment_method IN ('card', 'cash', 'online')),
    status_code      char(1)   NOT NULL REFERENCES sale_status
);

WITH days AS (
    SELECT d::date AS d,
           extract(isodow FROM d)::int AS dow,
           extract(month FROM d)::int AS mo,
           extract(day FROM d)::int AS dy,
           extract(doy FROM d)::int AS doy
    FROM generate_series(date '2023-01-01', date '2025-06-30', interval '1 day') AS d
), per_day AS (
    SELECT d, mo,
           greatest(0, round(CASE dow WHEN 1 THEN 0 WHEN 6 THEN 6 WHEN 7 THEN 4 ELSE 2 END
                             * (ARRAY[0.6, 0.7, 0.9, 1.0, 1.3, 1.0, 1.1, 0.9, 0.9, 1.0, 1.5, 1.9])[mo])
                       + CASE WHEN dow = 1 THEN 0 ELSE (doy * 7 + d - date '2023-01-01') % 3 - 1 END
                    )::int AS k
    FROM days
    WHERE NOT ((mo = 8 AND dy <= 14) OR (mo = 12 AND dy IN (25, 26)) OR (mo = 1 AND dy = 1))
), slots AS (
    SELECT p.d, p.mo, s,
           (row_number() OVER (ORDER BY p.d, s))::int AS r
    FROM per_day p
    CROSS JOIN LATERAL generate_series(1, p.k) AS s
), typed AS (
    SELECT sl.*,
           CASE WHEN sl.mo IN (11, 12) AND (sl.r * 7) % 10 < 2 THEN 'ornament'
                ELSE CASE WHEN (sl.r * 37) % 100 < 35 THEN 'mug'
                          WHEN (sl.r * 37) % 100 < 57 THEN 'bowl'
                          WHEN (sl.r * 37) % 100 < 69 THEN 'plate'
                          WHEN (sl.r * 37) % 100 < 80 THEN 'vase'
                          WHEN (sl.r * 37) % 100 < 89 THEN 'planter'
                          WHEN (sl.r * 37) % 100 < 92 THEN 'teapot'
                          WHEN (sl.r * 37) % 100 < 96 THEN 'sculpture'
                          ELSE 'ornament' END END AS piece_type
    FROM slots sl
)
INSERT INTO shop_sale (shop_sale_id, sold_at, piece_type, maker_student_id, quantity, unit_price,
                       payment_method, status_code)
SELECT r,
       d + time '10:00' + make_interval(mins => ((r * 47) % 460)::int),
       piece_type,
       CASE WHEN (r * 11) % 5 < 2
            THEN 5 + 12 * (((r * 31 + r / 13) % 100) * ((r * 31 + r / 13) % 100) / 260) END,
       CASE WHEN piece_type IN ('mug', 'ornament') AND r % 4 = 0 THEN 2 + r % 3
            WHEN piece_type IN ('bowl', 'plate') AND r % 7 = 0 THEN 2
            ELSE 1 END,
       (CASE piece_type
            WHEN 'mug'       THEN 28 + (r * 3) % 11
            WHEN 'bowl'      THEN 35 + (r * 7) % 26
            WHEN 'plate'     THEN 30 + (r * 5) % 26
            WHEN 'vase'      THEN 60 + (r * 11) % 81
            WHEN 'planter'   THEN 40 + (r * 13) % 36
            WHEN 'teapot'    THEN 110 + (r * 17) % 51
            WHEN 'sculpture' THEN 150 + (r * 19) % 251
            ELSE 12 + r % 7 END)::numeric::money,
       CASE WHEN d >= date '2024-03-01' AND (r * 3) % 100 < 14 THEN 'online'
            WHEN (r * 17) % 100 < 21 THEN 'cash'
            ELSE 'card' END,
       CASE WHEN r % 37 = 5 THEN 'R'
            WHEN r % 97 = 11 THEN 'V'
            ELSE 'P' END
FROM typed;

-- ---------------------------------------------------------------- tidy-up

-- a student's record exists before their first enrolment or membership
UPDATE student s
SET joined_on = f.first_seen - (s.student_id % 20)
FROM (SELECT student_id, min(dt) AS first_seen
      FROM (SELECT student_id, enrolled_on AS dt FROM enrolment
            UNION ALL
            SELECT student_id, starts_on FROM membership) a
      GROUP BY student_id) f
WHERE f.student_id = s.student_id
  AND f.first_seen < s.joined_on;

UPDATE student SET joined_on = date '2025-06-30' - (student_id % 25)
WHERE joined_on > date '2025-06-30';

COMMIT;

ANALYZE;
