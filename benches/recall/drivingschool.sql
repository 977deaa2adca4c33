-- Driving school sample database: "Ridings Driving School", a West and North Yorkshire
-- driving school with five branches. Instructors teach learners (pupils) in school cars;
-- learners book lessons, buy block-booking packages and sit theory and practical tests.
-- Instructors claim their running costs (fuel, servicing, insurance...) as expenses.
-- State: rows are loaded nightly from the booking system by a data-warehouse loader, so
-- every business/event date is an integer date key in yyyymmdd form (e.g. 20240315) and
-- there is no calendar table; only the audit columns created_at are real timestamps.
-- A cancelled lesson keeps its row with is_cancelled = true; the price is what was booked.
-- Money is in pounds sterling (GBP, numeric); lesson lengths are in minutes.
-- Extract taken on 2025-07-01 and covers January 2023 to June 2025.

CREATE TABLE branches (
    id              integer PRIMARY KEY,
    name            text    NOT NULL UNIQUE,
    city            text    NOT NULL,
    opened_date_key integer NOT NULL CHECK (opened_date_key BETWEEN 19900101 AND 20991231),
    phone           text,
    created_at      timestamp NOT NULL
);

CREATE TABLE instructors (
    id              integer PRIMARY KEY,
    branch_id       integer NOT NULL REFERENCES branches (id),
    first_name      text    NOT NULL,
    last_name       text    NOT NULL,
    adi_grade       text    CHECK (adi_grade IN ('A', 'B')),
    hired_date_key  integer NOT NULL,
    left_date_key   integer,
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamp NOT NULL,
    CHECK (left_date_key IS NULL OR left_date_key >= hired_date_key)
);

CREATE TABLE cars (
    id                integer PRIMARY KEY,
    branch_id         integer NOT NULL REFERENCES branches (id),
    instructor_id     integer REFERENCES instructors (id),
    registration      text    NOT NULL UNIQUE,
    make              text    NOT NULL,
    model             text    NOT NULL,
    transmission      text    NOT NULL CHECK (transmission IN ('manual', 'automatic')),
    fuel_type         text    NOT NULL CHECK (fuel_type IN ('petrol', 'diesel', 'hybrid', 'electric')),
    acquired_date_key integer NOT NULL,
    created_at        timestamp NOT NULL
);

CREATE TABLE learners (
    id                  integer PRIMARY KEY,
    branch_id           integer NOT NULL REFERENCES branches (id),
    first_name          text    NOT NULL,
    last_name           text    NOT NULL,
    date_of_birth_key   integer NOT NULL,
    email               text,
    phone               text,
    referral_source     text    CHECK (referral_source IN ('website', 'friend', 'social media', 'school', 'leaflet')),
    registered_date_key integer NOT NULL,
    created_at          timestamp NOT NULL
);

CREATE TABLE lesson_types (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text
);

CREATE TABLE lessons (
    id                  integer PRIMARY KEY,
    learner_id          integer NOT NULL REFERENCES learners (id),
    instructor_id       integer NOT NULL REFERENCES instructors (id),
    car_id              integer NOT NULL REFERENCES cars (id),
    lesson_type_id      integer NOT NULL REFERENCES lesson_types (id),
    lesson_date_key     integer NOT NULL,
    start_hour          smallint NOT NULL CHECK (start_hour BETWEEN 7 AND 21),
    duration_minutes    integer NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 240),
    price               numeric(7,2) NOT NULL CHECK (price >= 0),
    is_cancelled        boolean NOT NULL DEFAULT false,
    cancellation_reason text,
    created_at          timestamp NOT NULL,
    CHECK (is_cancelled OR cancellation_reason IS NULL)
);

CREATE TABLE test_centres (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    city        text NOT NULL,
    centre_type text NOT NULL CHECK (centre_type IN ('theory', 'practical'))
);

CREATE TABLE test_attempts (
    id               integer PRIMARY KEY,
    learner_id       integer NOT NULL REFERENCES learners (id),
    test_centre_id   integer NOT NULL REFERENCES test_centres (id),
    test_type        text    NOT NULL CHECK (test_type IN ('theory', 'practical')),
    attempt_date_key integer NOT NULL,
    passed           boolean NOT NULL,
    driving_faults   integer CHECK (driving_faults >= 0),
    fee              numeric(6,2) NOT NULL CHECK (fee >= 0),
    created_at       timestamp NOT NULL,
    CHECK (test_type = 'practical' OR driving_faults IS NULL)
);

CREATE TABLE packages (
    id             integer PRIMARY KEY,
    name           text    NOT NULL UNIQUE,
    hours_included integer NOT NULL CHECK (hours_included > 0),
    list_price     numeric(7,2) NOT NULL CHECK (list_price > 0),
    is_active      boolean NOT NULL DEFAULT true
);

CREATE TABLE package_purchases (
    id                integer PRIMARY KEY,
    learner_id        integer NOT NULL REFERENCES learners (id),
    package_id        integer NOT NULL REFERENCES packages (id),
    purchase_date_key integer NOT NULL,
    amount_paid       numeric(7,2) NOT NULL CHECK (amount_paid >= 0),
    payment_method    text    NOT NULL CHECK (payment_method IN ('card', 'bank transfer', 'cash')),
    created_at        timestamp NOT NULL
);

CREATE TABLE expense_categories (
    id   integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE instructor_expenses (
    id                  integer PRIMARY KEY,
    instructor_id       integer NOT NULL REFERENCES instructors (id),
    expense_category_id integer NOT NULL REFERENCES expense_categories (id),
    expense_date_key    integer NOT NULL,
    amount              numeric(8,2) NOT NULL CHECK (amount > 0),
    note                text,
    created_at          timestamp NOT NULL
);

-- ---------------------------------------------------------------- reference data

INSERT INTO branches (id, name, city, opened_date_key, phone, created_at) VALUES
    (1, 'Leeds Central', 'Leeds',     20120402, '0113 496 0101', '2012-03-20 09:12:00'),
    (2, 'Headingley',    'Leeds',     20150907, '0113 496 0202', '2015-08-28 14:03:00'),
    (3, 'York',          'York',      20170306, '01904 496 033', '2017-02-22 10:45:00'),
    (4, 'Harrogate',     'Harrogate', 20190715, NULL,            '2019-07-01 11:30:00'),
    (5, 'Wakefield',     'Wakefield', 20220110, '01924 496 055', '2021-12-15 16:20:00');

INSERT INTO instructors (id, branch_id, first_name, last_name, adi_grade, hired_date_key, left_date_key, is_active, created_at) VALUES
    ( 1, 1, 'Gareth', 'Holloway',     'A',  20120402, NULL,     true,  '2012-03-26 09:00:00'),
    ( 2, 1, 'Priya',  'Sandhu',       'A',  20130610, NULL,     true,  '2013-06-03 10:15:00'),
    ( 3, 1, 'Mick',   'Brannigan',    'B',  20140113, NULL,     true,  '2014-01-06 09:40:00'),
    ( 4, 1, 'Joanne', 'Whitaker',     'B',  20160905, NULL,     true,  '2016-08-30 13:05:00'),
    ( 5, 1, 'Tariq',  'Hussain',      'A',  20180402, NULL,     true,  '2018-03-27 11:20:00'),
    ( 6, 1, 'Ellen',  'Marsh',        'B',  20210315, NULL,     true,  '2021-03-08 15:00:00'),
    ( 7, 2, 'Dave',   'Oldroyd',      'A',  20150907, NULL,     true,  '2015-09-01 09:00:00'),
    ( 8, 2, 'Sophie', 'Kettlewell',   'B',  20170424, NULL,     true,  '2017-04-18 10:30:00'),
    ( 9, 2, 'Rob',    'Featherstone', 'B',  20190902, 20240830, false, '2019-08-27 12:00:00'),
    (10, 2, 'Nadia',  'Akhtar',       'A',  20200601, NULL,     true,  '2020-05-26 09:50:00'),
    (11, 3, 'Colin',  'Bramley',      'A',  20170306, NULL,     true,  '2017-02-27 09:10:00'),
    (12, 3, 'Hannah', 'Pickering',    'B',  20180917, NULL,     true,  '2018-09-10 14:25:00'),
    (13, 3, 'Stuart', 'Lumb',         'B',  20211004, NULL,     true,  '2021-09-28 10:00:00'),
    (14, 3, 'Grace',  'Oyelaran',     'A',  20220509, NULL,     true,  '2022-05-03 11:45:00'),
    (15, 4, 'Ian',    'Sutcliffe',    'A',  20190715, NULL,     true,  '2019-07-08 09:30:00'),
    (16, 4, 'Kerry',  'Dixon',        'B',  20200113, NULL,     true,  '2020-01-07 13:15:00'),
    (17, 5, 'Wayne',  'Ackroyd',      'B',  20220110, NULL,     true,  '2022-01-04 10:00:00'),
    (18, 1, 'Amira',  'Rashid',       NULL, 20240304, NULL,     true,  '2024-02-26 09:05:00'),
    (19, 2, 'Liam',   'Garside',      NULL, 20240902, NULL,     true,  '2024-08-27 16:40:00');

INSERT INTO cars (id, branch_id, instructor_id, registration, make, model, transmission, fuel_type, acquired_date_key, created_at) VALUES
    ( 1, 1,    1, 'YD19 KLM', 'Ford',       'Fiesta', 'manual',    'petrol',   20190311, '2019-03-11 10:00:00'),
    ( 2, 1,    2, 'YE20 BHN', 'Vauxhall',   'Corsa',  'manual',    'petrol',   20200902, '2020-09-02 10:00:00'),
    ( 3, 1,    3, 'YF18 PRT', 'Ford',       'Focus',  'manual',    'diesel',   20180601, '2018-06-01 10:00:00'),
    ( 4, 1,    4, 'YG21 WXA', 'Toyota',     'Yaris',  'automatic', 'hybrid',   20210405, '2021-04-05 10:00:00'),
    ( 5, 1,    5, 'YH70 DCE', 'Volkswagen', 'Polo',   'manual',    'petrol',   20201012, '2020-10-12 10:00:00'),
    ( 6, 1,    6, 'YJ21 FGS', 'Peugeot',    '208',    'manual',    'petrol',   20210315, '2021-03-15 10:00:00'),
    ( 7, 2,    7, 'YK19 LLP', 'Ford',       'Fiesta', 'manual',    'petrol',   20190920, '2019-09-20 10:00:00'),
    ( 8, 2,    8, 'YL22 MNO', 'Toyota',     'Yaris',  'automatic', 'hybrid',   20220301, '2022-03-01 10:00:00'),
    ( 9, 2, NULL, 'YM69 RST', 'Vauxhall',   'Corsa',  'manual',    'diesel',   20190902, '2019-09-02 10:00:00'),
    (10, 2,   10, 'YN20 UVW', 'Kia',        'Rio',    'manual',    'petrol',   20200601, '2020-06-01 10:00:00'),
    (11, 3,   11, 'YO18 ABY', 'Ford',       'Focus',  'manual',    'petrol',   20180115, '2018-01-15 10:00:00'),
    (12, 3,   12, 'YP19 CDZ', 'Volkswagen', 'Polo',   'manual',    'petrol',   20190401, '2019-04-01 10:00:00'),
    (13, 3,   13, 'YR22 EFX', 'Renault',    'Zoe',    'automatic', 'electric', 20220110, '2022-01-10 10:00:00'),
    (14, 3,   14, 'YS22 GHV', 'Ford',       'Fiesta', 'manual',    'petrol',   20220509, '2022-05-09 10:00:00'),
    (15, 4,   15, 'YT19 JKU', 'Skoda',      'Fabia',  'manual',    'petrol',   20190715, '2019-07-15 10:00:00'),
    (16, 4,   16, 'YU20 LMT', 'Toyota',     'Yaris',  'automatic', 'hybrid',   20200113, '2020-01-13 10:00:00'),
    (17, 5,   17, 'YV71 NPS', 'Vauxhall',   'Corsa',  'manual',    'petrol',   20220110, '2022-01-10 10:00:00'),
    (18, 1,   18, 'YW24 QRE', 'MG',         'MG4',    'automatic', 'electric', 20240304, '2024-03-04 10:00:00'),
    (19, 2,   19, 'YX24 STD', 'Ford',       'Fiesta', 'manual',    'petrol',   20240902, '2024-09-02 10:00:00'),
    (20, 1, NULL, 'YY17 UVC', 'Ford',       'Fiesta', 'manual',    'petrol',   20170703, '2017-07-03 10:00:00'),
    (21, 3, NULL, 'YZ23 WXB', 'Vauxhall',   'Corsa',  'manual',    'petrol',   20230515, '2023-05-15 10:00:00');

INSERT INTO lesson_types (id, name, description) VALUES
    (1, 'Standard',      'Everyday driving lesson on local roads'),
    (2, 'Motorway',      'Motorway and dual carriageway lesson'),
    (3, 'Mock test',     'Full mock practical test on a test route'),
    (4, 'Night driving', 'Lesson after dark, booked in the winter months'),
    (5, 'Intensive',     'Long lesson that is part of an intensive course');

INSERT INTO test_centres (id, name, city, centre_type) VALUES
    (1, 'Leeds Theory Test Centre',              'Leeds',         'theory'),
    (2, 'York Theory Test Centre',               'York',          'theory'),
    (3, 'Harrogate Theory Test Centre',          'Harrogate',     'theory'),
    (4, 'Wakefield Theory Test Centre',          'Wakefield',     'theory'),
    (5, 'Leeds (Harehills) Driving Test Centre', 'Leeds',         'practical'),
    (6, 'Leeds (Horsforth) Driving Test Centre', 'Leeds',         'practical'),
    (7, 'York Driving Test Centre',              'York',          'practical'),
    (8, 'Knaresborough Driving Test Centre',     'Knaresborough', 'practical'),
    (9, 'Wakefield Driving Test Centre',         'Wakefield',     'practical');

INSERT INTO packages (id, name, hours_included, list_price, is_active) VALUES
    (1, '5-hour starter block',     5,  180.00, true),
    (2, '10-hour block',           10,  340.00, true),
    (3, '20-hour block',           20,  650.00, true),
    (4, 'Intensive 30-hour course', 30, 1050.00, true),
    (5, 'Motorway add-on',          3,  120.00, true),
    (6, 'Pass Plus course',         6,  210.00, false),
    (7, 'Automatic taster',         2,   80.00, false);

INSERT INTO expense_categories (id, name) VALUES
    (1, 'Fuel and charging'),
    (2, 'Servicing and repairs'),
    (3, 'Insurance'),
    (4, 'Training and CPD'),
    (5, 'Advertising'),
    (6, 'Valeting'),
    (7, 'Parking and tolls');

-- ---------------------------------------------------------------- learners
-- Sign-ups are seasonal (spring and summer are busy, December is quiet) and grow in 2024-25.

INSERT INTO learners (id, branch_id, first_name, last_name, date_of_birth_key, email, phone,
                      referral_source, registered_date_key, created_at)
SELECT s.id,
       CASE WHEN s.id * 53 % 100 < 35 THEN 1
            WHEN s.id * 53 % 100 < 60 THEN 2
            WHEN s.id * 53 % 100 < 80 THEN 3
            WHEN s.id * 53 % 100 < 92 THEN 4
            ELSE 5 END,
       fn.a[1 + s.id % 41],
       ln.a[1 + (s.id * 7) % 37],
       to_char((s.reg - make_interval(years => s.age))::date - (s.id * 13 % 360), 'YYYYMMDD')::integer,
       CASE WHEN s.id % 12 = 0 THEN NULL
            ELSE lower(fn.a[1 + s.id % 41] || '.' || ln.a[1 + (s.id * 7) % 37]) || s.id || '@example.com' END,
       CASE WHEN s.id % 19 = 0 THEN NULL
            ELSE '07700 9' || lpad((s.id * 37 % 100000)::text, 5, '0') END,
       CASE WHEN s.id * 29 % 100 < 40 THEN 'website'
            WHEN s.id * 29 % 100 < 70 THEN 'friend'
            WHEN s.id * 29 % 100 < 85 THEN 'social media'
            WHEN s.id * 29 % 100 < 91 THEN 'school'
            WHEN s.id * 29 % 100 < 94 THEN 'leaflet'
            ELSE NULL END,
       to_char(s.reg, 'YYYYMMDD')::integer,
       s.reg + make_interval(hours => 8 + s.id % 12, mins => s.id * 7 % 60)
FROM (
    SELECT row_number() OVER (ORDER BY d, k)::integer AS id,
           date '2023-01-01' + d AS reg,
           17 + CASE WHEN row_number() OVER (ORDER BY d, k) % 10 < 6 THEN (row_number() OVER (ORDER BY d, k) % 2)::integer
                     WHEN row_number() OVER (ORDER BY d, k) % 10 < 8 THEN (2 + row_number() OVER (ORDER BY d, k) % 5)::integer
                     ELSE (7 + row_number() OVER (ORDER BY d, k) % 25)::integer END AS age
    FROM generate_series(0, 896) AS d
    CROSS JOIN generate_series(1, 2) AS k
    WHERE (k = 1 AND (d * 37 + 11) % 100 <
              (ARRAY[40,38,55,62,70,72,78,68,60,50,42,28])[extract(month FROM date '2023-01-01' + d)::int])
       OR (k = 2 AND d >= 365 AND (d * 53 + 29) % 100 <
              (ARRAY[40,38,55,62,70,72,78,68,60,50,42,28])[extract(month FROM date '2023-01-01' + d)::int] / 3)
) AS s
CROSS JOIN (SELECT ARRAY['Olivia','Jack','Amelia','Harry','Isla','Oliver','Ava','Charlie','Mia','George',
                         'Sophia','Noah','Grace','Leo','Lily','Alfie','Freya','Jacob','Ella','Oscar',
                         'Evie','Thomas','Poppy','Muhammad','Ruby','Archie','Chloe','Joshua','Zara','Ethan',
                         'Aisha','Callum','Hollie','Reece','Megan','Kian','Jasmine','Tyler','Bethany','Ryan','Niamh']) AS fn(a)
CROSS JOIN (SELECT ARRAY['Smith','Jones','Taylor','Brown','Wilson','Walker','Wood','Robinson','Thompson','White',
                         'Hughes','Green','Hall','Clarke','Jackson','Wright','Patel','Khan','Shaw','Atkinson',
                         'Barker','Dawson','Firth','Greenwood','Haigh','Ibbotson','Kaur','Lister','Moorhouse','Naylor',
                         'Pearson','Rhodes','Stead','Tennant','Ward','Younis','Exley']) AS ln(a);

-- ---------------------------------------------------------------- tests
-- Theory first (up to three tries), then practical tests at the branch's local test centre
-- (up to four tries), stopping at the first pass; nothing after the extract date.

INSERT INTO test_attempts (id, learner_id, test_centre_id, test_type, attempt_date_key, passed,
                           driving_faults, fee, created_at)
WITH l AS (
    SELECT id, branch_id, to_date(registered_date_key::text, 'YYYYMMDD') AS reg
    FROM learners
),
theory_raw AS (
    SELECT l.id AS learner_id, l.branch_id, j,
           l.reg + 21 + (l.id % 35) + (j - 1) * (28 + l.id % 5) AS d,
           CASE j WHEN 1 THEN l.id * 7 % 10 < 6
                  WHEN 2 THEN (l.id / 3) % 10 < 6
                  ELSE true END AS passed
    FROM l CROSS JOIN generate_series(1, 3) AS j
    WHERE l.id % 17 <> 0
),
theory AS (
    SELECT * FROM (
        SELECT t.*, coalesce(bool_or(passed) OVER (PARTITION BY learner_id ORDER BY j
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), false) AS earlier_pass
        FROM theory_raw t
    ) x WHERE NOT earlier_pass
),
theory_pass AS (
    SELECT learner_id, branch_id, d AS pass_date FROM theory WHERE passed
),
practical_raw AS (
    SELECT tp.learner_id, tp.branch_id, j,
           tp.pass_date + 60 + (tp.learner_id * 11 % 70) + (j - 1) * (42 + tp.learner_id % 20) AS d,
           CASE tp.branch_id
                WHEN 1 THEN CASE WHEN tp.learner_id % 3 = 0 THEN 6 ELSE 5 END
                WHEN 2 THEN CASE WHEN tp.learner_id % 4 = 0 THEN 5 ELSE 6 END
                WHEN 3 THEN 7
                WHEN 4 THEN 8
                ELSE 9 END AS centre
    FROM theory_pass tp CROSS JOIN generate_series(1, 4) AS j
    WHERE tp.learner_id % 13 <> 0 AND tp.learner_id % 23 <> 0
),
practical_scored AS (
    SELECT p.*,
           j = 4 OR (p.learner_id * 13 + j * 31) % 100 <
               (ARRAY[45, 55, 65])[least(j, 3)]
               + CASE centre WHEN 5 THEN -9 WHEN 6 THEN 4 WHEN 8 THEN 9 WHEN 9 THEN -4 ELSE 0 END AS passed
    FROM practical_raw p
),
practical AS (
    SELECT * FROM (
        SELECT t.*, coalesce(bool_or(passed) OVER (PARTITION BY learner_id ORDER BY j
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), false) AS earlier_pass
        FROM practical_scored t
    ) x WHERE NOT earlier_pass
),
all_tests AS (
    SELECT learner_id,
           CASE branch_id WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 4 THEN 3 ELSE 4 END AS centre,
           'theory' AS test_type,
           CASE WHEN extract(isodow FROM d) = 7 THEN d + 1 ELSE d END AS d,
           passed, NULL::integer AS faults, 23.00 AS fee, j
    FROM theory
    UNION ALL
    SELECT learner_id, centre, 'practical',
           CASE WHEN extract(isodow FROM d) = 7 THEN d + 1 ELSE d END,
           passed,
           CASE WHEN (learner_id + j) % 29 = 0 THEN NULL
                WHEN passed THEN (learner_id * j * 7) % 13
                ELSE 2 + (learner_id * j * 5) % 16 END,
           CASE WHEN extract(isodow FROM d) = 6 THEN 75.00 ELSE 62.00 END, j
    FROM practical
)
SELECT row_number() OVER (ORDER BY d, learner_id, test_type)::integer,
       learner_id, centre, test_type, to_char(d, 'YYYYMMDD')::integer, passed, faults, fee,
       d - (10 + learner_id % 30) + make_interval(hours => 9 + (learner_id + j) % 9, mins => learner_id * 3 % 60)
FROM all_tests
WHERE d <= date '2025-06-30';

-- ---------------------------------------------------------------- lessons
-- Weekly lessons from shortly after sign-up (daily for intensive-course learners) with the
-- learner's regular instructor, stopping at the practical pass. A few learners never book.

INSERT INTO lessons (id, learner_id, instructor_id, car_id, lesson_type_id, lesson_date_key, start_hour,
                     duration_minutes, price, is_cancelled, cancellation_reason, created_at)
WITH l AS (
    SELECT l.id, l.branch_id, to_date(l.registered_date_key::text, 'YYYYMMDD') AS reg,
           l.id % 29 = 0 AS intensive,
           CASE WHEN l.id % 13 = 0 THEN 0
                WHEN l.id % 29 = 0 THEN 18 + l.id % 8
                ELSE 3 + (l.id * 7) % 16 END AS n_lessons
    FROM learners l
),
cand AS (
    SELECT l.id AS learner_id, i.id AS instructor_id,
           row_number() OVER (PARTITION BY l.id ORDER BY i.id) - 1 AS pos,
           count(*) OVER (PARTITION BY l.id) AS cnt
    FROM l
    JOIN instructors i
      ON i.branch_id = l.branch_id
     AND to_date(i.hired_date_key::text, 'YYYYMMDD') <= l.reg
     AND (i.left_date_key IS NULL OR to_date(i.left_date_key::text, 'YYYYMMDD') > l.reg + 120)
),
assigned AS (
    SELECT c.learner_id, c.instructor_id
    FROM cand c
    WHERE c.pos = floor(c.cnt * power((c.learner_id * 37 % 100) / 100.0, 1.4))
),
passes AS (
    SELECT learner_id, min(to_date(attempt_date_key::text, 'YYYYMMDD')) AS pass_date
    FROM test_attempts WHERE test_type = 'practical' AND passed
    GROUP BY learner_id
),
raw AS (
    SELECT l.id AS learner_id, l.branch_id, l.intensive, k,
           CASE WHEN l.intensive THEN l.reg + 14 + (k - 1) + (k - 1) / 5 * 2
                ELSE l.reg + 7 + (k - 1) * 7 + (l.id + k) % 3 END AS d,
           a.instructor_id AS base_instructor
    FROM l
    JOIN assigned a ON a.learner_id = l.id
    CROSS JOIN LATERAL generate_series(1, l.n_lessons) AS k
),
dated AS (
    SELECT r.*,
           CASE WHEN r.base_instructor = 9 AND r.d > date '2024-08-30'
                THEN CASE WHEN r.d >= date '2024-09-02' THEN 19 ELSE 7 END
                ELSE r.base_instructor END AS instructor_id,
           extract(month FROM r.d)::int AS mon,
           extract(year FROM r.d)::int AS yr
    FROM raw r
    LEFT JOIN passes p ON p.learner_id = r.learner_id
    WHERE r.d <= date '2025-06-30'
      AND NOT (extract(month FROM r.d) = 12 AND extract(day FROM r.d) >= 24)
      AND (p.pass_date IS NULL OR r.d <= p.pass_date)
),
typed AS (
    SELECT d.*,
           CASE WHEN d.intensive THEN 5
                WHEN d.k % 9 = 0 THEN 3
                WHEN d.k % 11 = 5 THEN 2
                WHEN d.mon IN (11, 12, 1, 2) AND d.k % 4 = 3 THEN 4
                ELSE 1 END AS lesson_type_id
    FROM dated d
),
sized AS (
    SELECT t.*,
           CASE t.lesson_type_id
                WHEN 5 THEN 120
                WHEN 3 THEN 90
                WHEN 2 THEN 120
                WHEN 4 THEN 60
                ELSE CASE WHEN (t.learner_id + t.k) % 10 < 7 THEN 60
                          WHEN (t.learner_id + t.k) % 10 < 9 THEN 90
                          ELSE 120 END END AS minutes,
           CASE WHEN t.branch_id = 1 AND (t.learner_id * 3 + t.k) % 23 = 0 THEN 20
                WHEN t.branch_id = 3 AND t.d >= date '2023-05-15' AND (t.learner_id * 3 + t.k) % 23 = 0 THEN 21
                ELSE coalesce((SELECT c.id FROM cars c WHERE c.instructor_id = t.instructor_id), 9) END AS car_id,
           (t.learner_id * 7 + t.k * 13) % 100
               < CASE WHEN t.mon IN (12, 1, 2) THEN 12 ELSE 6 END AS cancelled
    FROM typed t
),
numbered AS (
    SELECT row_number() OVER (ORDER BY s.d, s.learner_id, s.k)::integer AS id, s.*
    FROM sized s
)
SELECT n.id, n.learner_id, n.instructor_id, n.car_id, n.lesson_type_id,
       to_char(n.d, 'YYYYMMDD')::integer,
       CASE WHEN n.lesson_type_id = 4 THEN 19 + n.k % 2
            ELSE 8 + (n.learner_id * 3 + n.k * 5) % 11 END,
       n.minutes,
       round(( (CASE n.yr WHEN 2023 THEN 36 WHEN 2024 THEN 38 ELSE 40 END)
               + CASE WHEN c.transmission = 'automatic' THEN 2 ELSE 0 END
               + CASE WHEN n.branch_id = 4 THEN 2 ELSE 0 END ) * n.minutes / 60.0
             + CASE WHEN n.lesson_type_id = 2 THEN 5 ELSE 0 END, 2),
       n.cancelled,
       CASE WHEN NOT n.cancelled THEN NULL
            WHEN n.id % 6 = 0 THEN NULL
            WHEN n.mon IN (12, 1, 2) AND n.id % 3 = 0 THEN 'weather'
            WHEN n.id % 5 IN (0, 1) THEN 'learner ill'
            WHEN n.id % 5 = 2 THEN 'learner no-show'
            WHEN n.id % 5 = 3 THEN 'instructor unavailable'
            ELSE 'car off road' END,
       n.d - (2 + (n.learner_id + n.k) % 12) + make_interval(hours => 8 + n.k % 12, mins => n.learner_id * 11 % 60)
FROM numbered n
JOIN cars c ON c.id = n.car_id;

-- ---------------------------------------------------------------- package purchases
-- Most buyers take a 10-hour block; January purchases get a 10% New Year discount and
-- 2023 prices were 5% lower. Some buy a second, smaller package later on.

INSERT INTO package_purchases (id, learner_id, package_id, purchase_date_key, amount_paid, payment_method, created_at)
WITH buys AS (
    SELECT l.id AS learner_id,
           to_date(l.registered_date_key::text, 'YYYYMMDD') + (l.id % 4) AS d,
           CASE WHEN l.id % 29 = 0 THEN 4
                WHEN l.id * 31 % 100 < 15 THEN 1
                WHEN l.id * 31 % 100 < 68 THEN 2
                WHEN l.id * 31 % 100 < 90 THEN 3
                ELSE 4 END AS package_id,
           1 AS seq
    FROM learners l
    WHERE l.id % 13 <> 0 AND (l.id % 5 IN (0, 1, 2) OR l.id % 29 = 0)
    UNION ALL
    SELECT l.id,
           to_date(l.registered_date_key::text, 'YYYYMMDD') + 75 + (l.id % 10),
           CASE WHEN l.id % 2 = 0 THEN 5 ELSE 1 END,
           2
    FROM learners l
    WHERE l.id % 13 <> 0 AND l.id % 9 = 0
)
SELECT row_number() OVER (ORDER BY b.d, b.learner_id, b.seq)::integer,
       b.learner_id, b.package_id, to_char(b.d, 'YYYYMMDD')::integer,
       round(p.list_price
             * CASE WHEN extract(year FROM b.d) = 2023 THEN 0.95 ELSE 1 END
             * CASE WHEN extract(month FROM b.d) = 1 THEN 0.90 ELSE 1 END, 2),
       CASE WHEN b.learner_id * 17 % 10 < 6 THEN 'card'
            WHEN b.learner_id * 17 % 10 < 9 THEN 'bank transfer'
            ELSE 'cash' END,
       b.d + make_interval(hours => 9 + b.learner_id % 10, mins => b.learner_id * 13 % 60)
FROM buys b
JOIN packages p ON p.id = b.package_id
WHERE b.d <= date '2025-06-30';

-- ---------------------------------------------------------------- instructor expenses
-- Monthly fuel/charging for every working instructor, plus periodic servicing, a yearly
-- insurance renewal in the hire month, autumn training, and some advertising/valeting/parking.

INSERT INTO instructor_expenses (id, instructor_id, expense_category_id, expense_date_key, amount, note, created_at)
WITH months AS (
    SELECT m, (date '2023-01-01' + make_interval(months => m))::date AS month_start
    FROM generate_series(0, 29) AS m
),
im AS (
    SELECT i.id AS instructor_id, mo.m, mo.month_start,
           extract(month FROM mo.month_start)::int AS mon,
           to_date(i.hired_date_key::text, 'YYYYMMDD') AS hired,
           to_date(i.left_date_key::text, 'YYYYMMDD') AS left_on,
           coalesce((SELECT c.fuel_type FROM cars c WHERE c.instructor_id = i.id), 'diesel') AS fuel
    FROM instructors i
    CROSS JOIN months mo
    WHERE to_date(i.hired_date_key::text, 'YYYYMMDD') < mo.month_start + 28
      AND (i.left_date_key IS NULL OR to_date(i.left_date_key::text, 'YYYYMMDD') >= mo.month_start + 27)
),
rows AS (
    SELECT im.*, cat,
           CASE cat
               WHEN 1 THEN CASE WHEN fuel = 'electric' THEN 55 + (instructor_id * 7 + m * 3) % 30
                                WHEN fuel = 'hybrid'   THEN 95 + (instructor_id * 11 + m * 5) % 50
                                ELSE 150 + (instructor_id * 13 + m * 7) % 80 END
                           + CASE WHEN mon IN (11, 12, 1, 2) THEN 18 ELSE 0 END
                           + (instructor_id * m % 100) / 100.0
               WHEN 2 THEN 90 + (instructor_id * m * 17) % 310 + (m % 7) * 0.45
               WHEN 3 THEN 940 + (instructor_id * 37) % 400 + CASE WHEN m >= 24 THEN 85 WHEN m >= 12 THEN 40 ELSE 0 END
               WHEN 4 THEN 120 + (instructor_id * 11) % 150
               WHEN 5 THEN 40 + (instructor_id * m) % 60 + 0.99
               WHEN 6 THEN 12 + (m % 3) * 4
               ELSE 6.50 + (instructor_id + m) % 9
           END AS amount
    FROM im
    CROSS JOIN generate_series(1, 7) AS cat
    WHERE CASE cat
              WHEN 1 THEN true
              WHEN 2 THEN (m + instructor_id) % 5 = 0
              WHEN 3 THEN mon = extract(month FROM hired)::int
              WHEN 4 THEN mon = 10 AND instructor_id % 3 <> 1
              WHEN 5 THEN instructor_id % 2 = 0 AND m % 3 = instructor_id % 3
              WHEN 6 THEN instructor_id % 4 <> 3 AND m % 2 = 0
              ELSE (instructor_id * m) % 7 = 1
          END
),
dated AS (
    SELECT r.*,
           greatest(r.hired, r.month_start + least((r.instructor_id * 3 + r.m * 5 + r.cat) % 28,
                                 CASE WHEN r.left_on IS NOT NULL AND r.left_on < r.month_start + 27
                                      THEN r.left_on - r.month_start ELSE 27 END)) AS d
    FROM rows r
)
SELECT row_number() OVER (ORDER BY d, instructor_id, cat)::integer,
       instructor_id, cat, to_char(d, 'YYYYMMDD')::integer, round(amount, 2),
       CASE WHEN (instructor_id + m + cat) % 6 = 0 THEN NULL
            WHEN cat = 1 THEN 'Fuel receipts for ' || to_char(month_start, 'Mon YYYY')
            WHEN cat = 2 THEN (ARRAY['Annual service', 'Brake pads', 'Tyres', 'MOT and repairs', 'Dual controls adjusted'])[1 + (instructor_id + m) % 5]
            WHEN cat = 3 THEN 'Tuition vehicle insurance renewal'
            WHEN cat = 4 THEN (ARRAY['Standards check preparation', 'CPD workshop', 'First aid course'])[1 + instructor_id % 3]
            WHEN cat = 5 THEN (ARRAY['Leaflet print run', 'Social media adverts', 'Car roof sign'])[1 + m % 3]
            WHEN cat = 6 THEN 'Car valet'
            ELSE 'Parking at test centre'
       END,
       d + make_interval(days => 1 + (instructor_id + m) % 4, hours => 18 + cat % 4)
FROM dated;
