-- Backend database of an online tutoring marketplace (a mobile app where parents book
-- lessons for their children with independent tutors): tutors and the subjects they teach,
-- parents and students, lesson bookings, lesson packages, payments, payouts to tutors,
-- reviews and cancellations. Used as the sample database of benches/intent/tutoring.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).
-- All timestamps are bigint Unix epoch seconds (UTC); the data is a snapshot taken on
-- 2025-12-01 00:00 UTC, so lessons from then on are still 'scheduled'.

CREATE TABLE subjects (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    category      text NOT NULL,
    is_active     boolean NOT NULL,
    created_epoch bigint NOT NULL
);

CREATE TABLE tutors (
    id                 integer PRIMARY KEY,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    email              text NOT NULL UNIQUE,
    city               text NOT NULL,
    hourly_rate        numeric(6,2) NOT NULL,
    commission_percent numeric(4,1) NOT NULL,
    is_verified        boolean NOT NULL,
    offers_in_person   boolean NOT NULL,
    payout_method      text NOT NULL CHECK (payout_method IN ('bank_transfer', 'paypal')),
    status             text NOT NULL CHECK (status IN ('active', 'paused', 'suspended', 'pending_review')),
    created_epoch      bigint NOT NULL
);

CREATE TABLE tutor_subjects (
    id               integer PRIMARY KEY,
    tutor_id         integer NOT NULL REFERENCES tutors(id),
    subject_id       integer NOT NULL REFERENCES subjects(id),
    years_experience smallint NOT NULL,
    is_primary       boolean NOT NULL,
    UNIQUE (tutor_id, subject_id)
);

CREATE TABLE parents (
    id                  integer PRIMARY KEY,
    first_name          text NOT NULL,
    last_name           text NOT NULL,
    email               text NOT NULL UNIQUE,
    phone               text,
    city                text NOT NULL,
    signup_platform     text NOT NULL CHECK (signup_platform IN ('ios', 'android', 'web')),
    acquisition_channel text NOT NULL,
    push_enabled        boolean NOT NULL,
    created_epoch       bigint NOT NULL
);

CREATE TABLE students (
    id            integer PRIMARY KEY,
    parent_id     integer NOT NULL REFERENCES parents(id),
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    grade_level   smallint NOT NULL CHECK (grade_level BETWEEN 1 AND 12),
    learning_goal text NOT NULL,
    created_epoch bigint NOT NULL
);

CREATE TABLE package_plans (
    id               integer PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    lesson_count     smallint NOT NULL,
    discount_percent numeric(4,1) NOT NULL,
    validity_days    smallint NOT NULL,
    is_active        boolean NOT NULL
);

CREATE TABLE packages (
    id              integer PRIMARY KEY,
    plan_id         integer NOT NULL REFERENCES package_plans(id),
    student_id      integer NOT NULL REFERENCES students(id),
    tutor_id        integer NOT NULL REFERENCES tutors(id),
    subject_id      integer NOT NULL REFERENCES subjects(id),
    price           numeric(8,2) NOT NULL,
    status          text NOT NULL CHECK (status IN ('active', 'used_up', 'expired', 'refunded')),
    purchased_epoch bigint NOT NULL,
    expires_epoch   bigint NOT NULL
);

CREATE TABLE bookings (
    id               integer PRIMARY KEY,
    student_id       integer NOT NULL REFERENCES students(id),
    tutor_id         integer NOT NULL REFERENCES tutors(id),
    subject_id       integer NOT NULL REFERENCES subjects(id),
    package_id       integer REFERENCES packages(id),
    duration_minutes smallint NOT NULL,
    price            numeric(7,2) NOT NULL,
    is_online        boolean NOT NULL,
    status           text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled', 'no_show')),
    created_epoch    bigint NOT NULL,
    starts_epoch     bigint NOT NULL
);

CREATE TABLE cancellations (
    id              integer PRIMARY KEY,
    booking_id      integer NOT NULL UNIQUE REFERENCES bookings(id),
    cancelled_by    text NOT NULL CHECK (cancelled_by IN ('parent', 'student', 'tutor')),
    reason          text NOT NULL,
    notice_hours    integer NOT NULL,
    is_late         boolean NOT NULL,
    fee_charged     numeric(7,2) NOT NULL,
    cancelled_epoch bigint NOT NULL
);

CREATE TABLE payments (
    id               integer PRIMARY KEY,
    parent_id        integer NOT NULL REFERENCES parents(id),
    booking_id       integer REFERENCES bookings(id),
    package_id       integer REFERENCES packages(id),
    amount           numeric(8,2) NOT NULL,
    currency         char(3) NOT NULL,
    method           text NOT NULL CHECK (method IN ('card', 'apple_pay', 'google_pay', 'paypal')),
    status           text NOT NULL CHECK (status IN ('succeeded', 'failed', 'refunded', 'partially_refunded')),
    refunded_amount  numeric(8,2) NOT NULL,
    stripe_charge_id text NOT NULL UNIQUE,
    paid_epoch       bigint NOT NULL,
    CHECK ((booking_id IS NULL) <> (package_id IS NULL))
);

CREATE TABLE payouts (
    id                 integer PRIMARY KEY,
    tutor_id           integer NOT NULL REFERENCES tutors(id),
    period_start_epoch bigint NOT NULL,
    period_end_epoch   bigint NOT NULL,
    lesson_count       integer NOT NULL,
    gross_amount       numeric(9,2) NOT NULL,
    commission_amount  numeric(9,2) NOT NULL,
    net_amount         numeric(9,2) NOT NULL,
    method             text NOT NULL,
    status             text NOT NULL CHECK (status IN ('paid', 'pending', 'on_hold')),
    paid_epoch         bigint
);

CREATE TABLE reviews (
    id              integer PRIMARY KEY,
    booking_id      integer NOT NULL UNIQUE REFERENCES bookings(id),
    tutor_id        integer NOT NULL REFERENCES tutors(id),
    parent_id       integer NOT NULL REFERENCES parents(id),
    rating          smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment         text,
    would_recommend boolean NOT NULL,
    created_epoch   bigint NOT NULL
);

-- ---------------------------------------------------------------- subjects
INSERT INTO subjects (id, name, category, is_active, created_epoch)
SELECT t.ord, t.name, t.category, t.ord <> 24,
       extract(epoch FROM timestamp '2021-01-04 09:00')::bigint + (t.ord - 1) * 86400 * 3
FROM unnest(
    ARRAY['Algebra', 'Geometry', 'Calculus', 'Statistics',
          'Physics', 'Chemistry', 'Biology',
          'Essay Writing', 'English Literature', 'US History', 'Economics',
          'Spanish', 'French', 'German', 'Mandarin',
          'SAT Prep', 'ACT Prep', 'AP Calculus Prep',
          'Piano', 'Guitar', 'Music Theory',
          'Python Programming', 'Web Development', 'Latin'],
    ARRAY['Math', 'Math', 'Math', 'Math',
          'Science', 'Science', 'Science',
          'English', 'English', 'Humanities', 'Humanities',
          'Languages', 'Languages', 'Languages', 'Languages',
          'Test Prep', 'Test Prep', 'Test Prep',
          'Music', 'Music', 'Music',
          'Coding', 'Coding', 'Languages']
) WITH ORDINALITY AS t(name, category, ord);

-- ---------------------------------------------------------------- tutors
INSERT INTO tutors (id, first_name, last_name, email, city, hourly_rate, commission_percent,
                    is_verified, offers_in_person, payout_method, status, created_epoch)
SELECT i,
       fn[(i * 7) % 40 + 1],
       ln[(i * 11) % 37 + 1],
       lower(fn[(i * 7) % 40 + 1]) || '.' || lower(ln[(i * 11) % 37 + 1]) || i || '@tutormail.com',
       city[(i * 5) % 13 + 1],
       28 + (i * 53) % 97,
       CASE WHEN i % 5 = 0 THEN 15 WHEN i > 48 THEN 25 ELSE 20 END,
       i <= 60 AND i % 9 <> 4,
       i % 3 <> 0,
       CASE WHEN i % 3 = 1 THEN 'paypal' ELSE 'bank_transfer' END,
       CASE WHEN i > 60 THEN 'pending_review'
            WHEN i IN (13, 37, 52) THEN 'paused'
            WHEN i = 29 THEN 'suspended'
            ELSE 'active' END,
       CASE WHEN i <= 48 THEN extract(epoch FROM timestamp '2021-01-11 10:00')::bigint + (i - 1) * 630000 + (i * 977) % 28800
            WHEN i <= 60 THEN extract(epoch FROM timestamp '2023-01-09 11:00')::bigint + (i - 49) * 45 * 86400 + (i * 977) % 28800
            ELSE extract(epoch FROM timestamp '2025-09-15 12:00')::bigint + (i - 61) * 11 * 86400 END
FROM generate_series(1, 64) AS i,
     (SELECT ARRAY['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas',
                   'Mia', 'Aiden', 'Charlotte', 'Elijah', 'Amelia', 'James', 'Harper', 'Benjamin', 'Evelyn', 'Daniel',
                   'Abigail', 'Henry', 'Emily', 'Samuel', 'Grace', 'David', 'Chloe', 'Joseph', 'Nora', 'Carter',
                   'Priya', 'Omar', 'Mei', 'Diego', 'Fatima', 'Kenji', 'Ana', 'Tariq', 'Leah', 'Marcus'] AS fn,
             ARRAY['Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
                   'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson',
                   'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright',
                   'Scott', 'Nguyen', 'Patel', 'Kim', 'Chen', 'Okafor', 'Rossi'] AS ln,
             ARRAY['Austin', 'Denver', 'Seattle', 'Chicago', 'Austin', 'Boston', 'Atlanta', 'Denver',
                   'Austin', 'Phoenix', 'Chicago', 'Seattle', 'Portland'] AS city) AS lists;

-- ---------------------------------------------------------------- tutor_subjects
-- tutors 1..60 teach 2 to 4 neighbouring subjects of the list (Latin, id 24, is taught by nobody)
INSERT INTO tutor_subjects (id, tutor_id, subject_id, years_experience, is_primary)
SELECT row_number() OVER (ORDER BY i, k), i, ((i * 7) % 23 + k) % 23 + 1,
       1 + (i * 3 + k * 7) % 15, k = 0
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL generate_series(0, i % 3 + 1) AS k;

-- ---------------------------------------------------------------- parents
INSERT INTO parents (id, first_name, last_name, email, phone, city, signup_platform,
                     acquisition_channel, push_enabled, created_epoch)
SELECT p,
       fn[(p * 7) % 50 + 1],
       ln[(p * 13) % 47 + 1],
       lower(fn[(p * 7) % 50 + 1]) || '.' || lower(ln[(p * 13) % 47 + 1]) || p || '@example.com',
       CASE WHEN p % 8 = 3 THEN NULL
            ELSE '+1-' || (200 + (p * 37) % 700) || '-555-' || lpad(((p * 7919) % 10000)::text, 4, '0') END,
       city[(p * 3) % 14 + 1],
       CASE WHEN p % 10 < 5 THEN 'ios' WHEN p % 10 < 8 THEN 'android' ELSE 'web' END,
       chan[(p * 7) % 9 + 1],
       p % 4 <> 2,
       extract(epoch FROM timestamp '2022-01-03 00:00')::bigint + (p - 1) * 360000 + 28800 + (p * 7919) % 43200
FROM generate_series(1, 320) AS p,
     (SELECT ARRAY['Jennifer', 'Michael', 'Sarah', 'David', 'Jessica', 'Chris', 'Amanda', 'Matthew', 'Ashley', 'Brian',
                   'Melissa', 'Kevin', 'Nicole', 'Jason', 'Stephanie', 'Ryan', 'Laura', 'Eric', 'Rachel', 'Andrew',
                   'Heather', 'Justin', 'Rebecca', 'Mark', 'Kimberly', 'Steven', 'Angela', 'Paul', 'Lisa', 'Adam',
                   'Maria', 'Jose', 'Linh', 'Wei', 'Aisha', 'Raj', 'Sofia', 'Ahmed', 'Yuki', 'Carlos',
                   'Monica', 'Tyler', 'Erin', 'Greg', 'Dana', 'Victor', 'Tanya', 'Derek', 'Holly', 'Sean'] AS fn,
             ARRAY['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
                   'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
                   'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
                   'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
                   'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell'] AS ln,
             ARRAY['Austin', 'Denver', 'Seattle', 'Chicago', 'Austin', 'Boston', 'Atlanta', 'Denver',
                   'Austin', 'Phoenix', 'Chicago', 'Seattle', 'Portland', 'Dallas'] AS city,
             ARRAY['organic_search', 'app_store', 'referral', 'paid_social', 'school_partner',
                   'referral', 'app_store', 'organic_search', 'referral'] AS chan) AS lists;

-- ---------------------------------------------------------------- students
-- parents 1..300 have a first child; parents 301..320 signed up but never added a child;
-- students 301..420 are younger siblings.
INSERT INTO students (id, parent_id, first_name, last_name, grade_level, learning_goal, created_epoch)
SELECT s.id, s.pid,
       kfn[(s.id * 17) % 59 + 1],
       p.last_name,
       CASE WHEN s.id <= 300 THEN 3 + (s.id * 7) % 10 ELSE 1 + (s.id * 5) % 9 END,
       goal[(s.id * 3) % 7 + 1],
       p.created_epoch + CASE WHEN s.id <= 300 THEN 600 + (s.id * 31) % 3000
                              ELSE (5 + (s.id * 11) % 200) * 86400 END
FROM (SELECT g AS id,
             CASE WHEN g <= 300 THEN g
                  WHEN g <= 400 THEN (g * 7) % 300 + 1
                  ELSE (g * 11) % 300 + 1 END AS pid
      FROM generate_series(1, 420) AS g) AS s
JOIN parents p ON p.id = s.pid,
     (SELECT ARRAY['Lily', 'Jack', 'Zoe', 'Owen', 'Ella', 'Leo', 'Ruby', 'Max', 'Ivy', 'Sam',
                   'Maya', 'Eli', 'Aria', 'Finn', 'Luna', 'Caleb', 'Stella', 'Gavin', 'Hazel', 'Miles',
                   'Nina', 'Theo', 'Jade', 'Cole', 'Piper', 'Ian', 'Quinn', 'Reid', 'Sadie', 'Tessa',
                   'Wyatt', 'Aanya', 'Bruno', 'Camila', 'Dev', 'Elena', 'Felix', 'Gia', 'Hugo', 'Isla',
                   'Jonah', 'Kai', 'Lucia', 'Mateo', 'Noor', 'Oscar', 'Paige', 'Rohan', 'Sienna', 'Tobias',
                   'Uma', 'Vera', 'Wes', 'Ximena', 'Yara', 'Zane', 'Amir', 'Bea', 'Cora'] AS kfn,
             ARRAY['homework_help', 'catch_up', 'get_ahead', 'exam_prep', 'homework_help',
                   'exam_prep', 'enrichment'] AS goal) AS lists;

-- ---------------------------------------------------------------- package_plans
INSERT INTO package_plans (id, name, lesson_count, discount_percent, validity_days, is_active) VALUES
    (1, 'Starter 4',     4,  0.0,  60, true),
    (2, 'Standard 8',    8,  5.0,  90, true),
    (3, 'Value 12',     12, 10.0, 120, true),
    (4, 'Intensive 20', 20, 15.0, 180, true),
    (5, 'Exam Sprint 6', 6,  5.0,  45, false);

-- ---------------------------------------------------------------- packages
-- Each student's usual tutor and subject is a tutor_subjects row chosen by modular arithmetic;
-- tutors who joined in 2023 or later only get students who signed up from July 2024.
CREATE FUNCTION pg_temp.usual_pair(s integer, created bigint, alt integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT (s * (CASE WHEN alt = 0 THEN 37 ELSE 53 END) + alt * 11)
           % (CASE WHEN created >= extract(epoch FROM timestamp '2024-07-01')::bigint
                   THEN 180 ELSE 144 END) + 1
$$;

INSERT INTO packages (id, plan_id, student_id, tutor_id, subject_id, price, status,
                      purchased_epoch, expires_epoch)
SELECT row_number() OVER (ORDER BY x.purchased, x.sid), x.plan_id, x.sid, ts.tutor_id, ts.subject_id,
       round(t.hourly_rate * pp.lesson_count * (1 - pp.discount_percent / 100), 2),
       'active', x.purchased, x.purchased + pp.validity_days * 86400
FROM (SELECT s.id AS sid, s.created_epoch,
             CASE WHEN n = 2 THEN 3
                  WHEN (s.id / 3) % 5 + 1 = 5 AND s.created_epoch >= extract(epoch FROM timestamp '2024-01-01')::bigint THEN 2
                  ELSE (s.id / 3) % 5 + 1 END AS plan_id,
             s.created_epoch + 2 * 86400 + 3600 * ((s.id % 9) + 1)
               + CASE WHEN n = 2 THEN (170 + s.id % 40) * 86400 ELSE 0 END AS purchased
      FROM students s
      CROSS JOIN generate_series(1, 2) AS n
      WHERE s.id % 3 = 0 AND (n = 1 OR s.id % 12 = 0)) AS x
JOIN package_plans pp ON pp.id = x.plan_id
JOIN tutor_subjects ts ON ts.id = pg_temp.usual_pair(x.sid, x.created_epoch, 0)
JOIN tutors t ON t.id = ts.tutor_id
WHERE x.purchased < extract(epoch FROM timestamp '2025-11-20')::bigint;

-- ---------------------------------------------------------------- bookings
-- Pay-as-you-go lessons: student s books (s*7) % 10 lessons, every 4 to 13 days after signing up.
-- Package lessons: one 60-minute lesson a week after the purchase; some packages are left
-- with two lessons unused and a few are refunded after two lessons.
INSERT INTO bookings (id, student_id, tutor_id, subject_id, package_id, duration_minutes, price,
                      is_online, status, created_epoch, starts_epoch)
SELECT row_number() OVER (ORDER BY l.starts, l.sid, l.package_id NULLS FIRST),
       l.sid, ts.tutor_id, ts.subject_id, l.package_id, l.duration,
       CASE WHEN l.package_id IS NULL THEN round(t.hourly_rate * l.duration / 60.0, 2)
            ELSE round(pk.price / pp.lesson_count, 2) END,
       NOT t.offers_in_person OR (l.sid + l.k) % 3 <> 0,
       'completed', l.created, l.starts
FROM (
    SELECT s.id AS sid, k, NULL::integer AS package_id,
           pg_temp.usual_pair(s.id, s.created_epoch, CASE WHEN k % 3 = 2 THEN 1 ELSE 0 END) AS pair,
           (ARRAY[60, 60, 45, 90, 60])[(s.id + k) % 5 + 1] AS duration,
           (s.created_epoch / 86400) * 86400 + (k + 1) * (4 + s.id % 10) * 86400
             + (14 + (s.id + k) % 7) * 3600 + ((s.id * k) % 2) * 1800 AS starts,
           (s.created_epoch / 86400) * 86400 + (k + 1) * (4 + s.id % 10) * 86400
             + (14 + (s.id + k) % 7) * 3600 + ((s.id * k) % 2) * 1800
             - (1 + (s.id + k) % 3) * 86400 - ((s.id * 13 + k) % 10) * 3600 AS created
    FROM students s
    CROSS JOIN LATERAL generate_series(0, (s.id * 7) % 10 - 1) AS k
    UNION ALL
    SELECT pk.student_id, k, pk.id,
           ts.id, 60,
           (pk.purchased_epoch / 86400) * 86400 + (k + 1) * 7 * 86400 + (15 + pk.student_id % 5) * 3600,
           (pk.purchased_epoch / 86400) * 86400 + (k + 1) * 7 * 86400 + (15 + pk.student_id % 5) * 3600
             - (2 + k % 3) * 86400 - (pk.id % 7) * 3600
    FROM packages pk
    JOIN package_plans pp ON pp.id = pk.plan_id
    JOIN tutor_subjects ts ON ts.tutor_id = pk.tutor_id AND ts.subject_id = pk.subject_id
    CROSS JOIN LATERAL generate_series(0, CASE WHEN pk.student_id % 21 = 0 THEN 1
                                               WHEN (pk.student_id / 3) % 4 = 1 THEN pp.lesson_count - 3
                                               ELSE pp.lesson_count - 1 END) AS k
) AS l
JOIN tutor_subjects ts ON ts.id = l.pair
JOIN tutors t ON t.id = ts.tutor_id
LEFT JOIN packages pk ON pk.id = l.package_id
LEFT JOIN package_plans pp ON pp.id = pk.plan_id
WHERE l.starts < extract(epoch FROM timestamp '2026-01-01')::bigint;

UPDATE bookings SET status =
    CASE WHEN starts_epoch >= extract(epoch FROM timestamp '2025-12-01')::bigint THEN 'scheduled'
         WHEN (id * 7) % 100 < 8 THEN 'cancelled'
         WHEN (id * 13) % 100 < 3 THEN 'no_show'
         ELSE 'completed' END;

-- ---------------------------------------------------------------- cancellations
INSERT INTO cancellations (id, booking_id, cancelled_by, reason, notice_hours, is_late,
                           fee_charged, cancelled_epoch)
SELECT row_number() OVER (ORDER BY c.starts_epoch - c.notice * 3600, c.id), c.id, c.who,
       CASE c.who
           WHEN 'tutor' THEN (ARRAY['tutor unavailable', 'illness', 'tutor unavailable', 'family emergency'])[c.id % 4 + 1]
           WHEN 'student' THEN (ARRAY['schedule conflict', 'sports practice', 'illness', 'exam moved'])[c.id % 4 + 1]
           ELSE (ARRAY['schedule conflict', 'illness', 'travel', 'schedule conflict', 'found another tutor',
                       'technical issues', 'forgot to reschedule'])[c.id % 7 + 1] END,
       c.notice, c.notice < 24,
       CASE WHEN c.notice < 24 AND c.who <> 'tutor' THEN round(c.price * 0.5, 2) ELSE 0 END,
       c.starts_epoch - c.notice * 3600
FROM (SELECT b.id, b.starts_epoch, b.price,
             (ARRAY['parent', 'tutor', 'parent', 'student', 'parent', 'parent'])[b.id % 6 + 1] AS who,
             least(1 + (b.id * 17) % 96, (b.starts_epoch - b.created_epoch) / 3600)::integer AS notice
      FROM bookings b WHERE b.status = 'cancelled') AS c;

-- ---------------------------------------------------------------- package status
UPDATE packages pk SET status =
    CASE WHEN pk.student_id % 21 = 0 THEN 'refunded'
         WHEN (SELECT count(*) FILTER (WHERE b.status <> 'scheduled') FROM bookings b WHERE b.package_id = pk.id)
              = (SELECT lesson_count FROM package_plans WHERE id = pk.plan_id) THEN 'used_up'
         WHEN pk.expires_epoch < extract(epoch FROM timestamp '2025-12-01')::bigint THEN 'expired'
         ELSE 'active' END;

-- ---------------------------------------------------------------- payments
-- One payment per package and per pay-as-you-go lesson, taken when it is bought; some card
-- payments fail first and are retried; cancelled lessons are refunded less any late fee.
INSERT INTO payments (id, parent_id, booking_id, package_id, amount, currency, method, status,
                      refunded_amount, stripe_charge_id, paid_epoch)
SELECT row_number() OVER (ORDER BY x.paid, x.status DESC, x.booking_id, x.package_id),
       x.parent_id, x.booking_id, x.package_id, x.amount, 'USD',
       CASE WHEN x.status = 'failed' THEN 'card'
            WHEN coalesce(x.booking_id, x.package_id * 7) % 5 = 0 THEN 'card'
            WHEN x.platform = 'ios' THEN 'apple_pay'
            WHEN x.platform = 'android' THEN 'google_pay'
            WHEN x.parent_id % 2 = 0 THEN 'paypal'
            ELSE 'card' END,
       x.status, x.refunded,
       'ch_' || substr(md5(coalesce('b' || x.booking_id, 'p' || x.package_id) || x.status), 1, 24),
       x.paid
FROM (
    SELECT st.parent_id, b.id AS booking_id, NULL::integer AS package_id, b.price AS amount,
           p.signup_platform AS platform, b.created_epoch AS paid,
           CASE WHEN c.id IS NULL THEN 'succeeded'
                WHEN c.fee_charged > 0 THEN 'partially_refunded'
                ELSE 'refunded' END AS status,
           CASE WHEN c.id IS NULL THEN 0 ELSE b.price - c.fee_charged END AS refunded
    FROM bookings b
    JOIN students st ON st.id = b.student_id
    JOIN parents p ON p.id = st.parent_id
    LEFT JOIN cancellations c ON c.booking_id = b.id
    WHERE b.package_id IS NULL
    UNION ALL
    SELECT st.parent_id, b.id, NULL, b.price, p.signup_platform, b.created_epoch - 240 - b.id % 300,
           'failed', 0
    FROM bookings b
    JOIN students st ON st.id = b.student_id
    JOIN parents p ON p.id = st.parent_id
    WHERE b.package_id IS NULL AND b.id % 23 = 0
    UNION ALL
    SELECT st.parent_id, NULL, pk.id, pk.price, p.signup_platform, pk.purchased_epoch,
           CASE WHEN pk.status = 'refunded' THEN 'partially_refunded' ELSE 'succeeded' END,
           CASE WHEN pk.status = 'refunded'
                THEN pk.price - (SELECT coalesce(sum(b.price), 0) FROM bookings b
                                 WHERE b.package_id = pk.id AND b.status IN ('completed', 'no_show'))
                ELSE 0 END
    FROM packages pk
    JOIN students st ON st.id = pk.student_id
    JOIN parents p ON p.id = st.parent_id
) AS x;

-- ---------------------------------------------------------------- payouts
-- Monthly payout per tutor for the lessons taught (completed) in the month, less commission,
-- sent on the 5th of the next month; the suspended tutor's payouts are on hold since June 2025.
INSERT INTO payouts (id, tutor_id, period_start_epoch, period_end_epoch, lesson_count, gross_amount,
                     commission_amount, net_amount, method, status, paid_epoch)
SELECT row_number() OVER (ORDER BY m.month_start, m.tutor_id), m.tutor_id,
       extract(epoch FROM m.month_start)::bigint,
       extract(epoch FROM m.month_start + interval '1 month')::bigint - 1,
       m.lessons, m.gross,
       round(m.gross * t.commission_percent / 100, 2),
       m.gross - round(m.gross * t.commission_percent / 100, 2),
       t.payout_method,
       CASE WHEN t.status = 'suspended' AND m.month_start >= timestamp '2025-06-01' THEN 'on_hold'
            WHEN m.month_start + interval '1 month 4 days 10 hours' >= timestamp '2025-12-01' THEN 'pending'
            ELSE 'paid' END,
       CASE WHEN t.status = 'suspended' AND m.month_start >= timestamp '2025-06-01' THEN NULL
            WHEN m.month_start + interval '1 month 4 days 10 hours' >= timestamp '2025-12-01' THEN NULL
            ELSE extract(epoch FROM m.month_start + interval '1 month 4 days 10 hours')::bigint
                 + (m.tutor_id * 61) % 3600 END
FROM (SELECT b.tutor_id,
             date_trunc('month', timestamp '1970-01-01' + b.starts_epoch * interval '1 second') AS month_start,
             count(*) AS lessons, sum(b.price) AS gross
      FROM bookings b
      WHERE b.status = 'completed'
      GROUP BY 1, 2) AS m
JOIN tutors t ON t.id = m.tutor_id;

-- ---------------------------------------------------------------- reviews
INSERT INTO reviews (id, booking_id, tutor_id, parent_id, rating, comment, would_recommend, created_epoch)
SELECT row_number() OVER (ORDER BY r.created, r.booking_id), r.booking_id, r.tutor_id, r.parent_id,
       r.rating,
       CASE WHEN r.booking_id % 3 = 0 THEN NULL
            WHEN r.rating = 5 THEN (ARRAY['Amazing tutor, my son finally gets fractions!', 'Super patient and well prepared.',
                                          'Grades went up a full letter.', 'Our daughter looks forward to every lesson.'])[r.booking_id % 4 + 1]
            WHEN r.rating = 4 THEN (ARRAY['Good lesson, a bit rushed at the end.', 'Very knowledgeable.',
                                          'Helpful, clear explanations.'])[r.booking_id % 3 + 1]
            WHEN r.rating = 3 THEN (ARRAY['It was ok.', 'Started late but covered the material.'])[r.booking_id % 2 + 1]
            ELSE (ARRAY['Tutor seemed unprepared.', 'Connection kept dropping, lesson wasted.',
                        'Not a good fit for our kid.'])[r.booking_id % 3 + 1] END,
       r.rating >= 4,
       r.created
FROM (SELECT b.id AS booking_id, b.tutor_id, st.parent_id,
             greatest(1, least(5,
                 CASE WHEN (b.tutor_id * 7) % 10 < 2 THEN 3 WHEN (b.tutor_id * 7) % 10 < 6 THEN 4 ELSE 5 END
                 + CASE WHEN b.id % 4 = 0 THEN 1 ELSE 0 END
                 - CASE WHEN b.id % 6 = 0 THEN 1 ELSE 0 END
                 - CASE WHEN b.id % 17 = 0 THEN 2 ELSE 0 END)) AS rating,
             b.starts_epoch + b.duration_minutes * 60 + 1800 + (b.id % 48) * 3600 AS created
      FROM bookings b
      JOIN students st ON st.id = b.student_id
      WHERE b.status = 'completed' AND (b.id * 3) % 10 < 3) AS r
WHERE r.created < extract(epoch FROM timestamp '2025-12-01')::bigint;

DROP FUNCTION pg_temp.usual_pair(integer, bigint, integer);
