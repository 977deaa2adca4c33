-- Operational data of an online learning platform (Django project: apps accounts, courses,
-- quizzes, certificates, billing, reviews), used as the sample database of the golden set
-- benches/intent/elearn.yaml. Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE TABLE accounts_user (
    id           integer PRIMARY KEY,
    username     varchar(150) NOT NULL UNIQUE,
    email        varchar(254) NOT NULL,
    first_name   varchar(150) NOT NULL,
    last_name    varchar(150) NOT NULL,
    city         varchar(80),
    country      varchar(80) NOT NULL,
    birth_date   date,
    is_active    boolean NOT NULL,
    is_staff     boolean NOT NULL,
    date_joined  timestamptz NOT NULL,
    last_login   timestamptz
);

CREATE TABLE courses_category (
    id          integer PRIMARY KEY,
    name        varchar(100) NOT NULL UNIQUE,
    slug        varchar(100) NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);

CREATE TABLE courses_instructor (
    id             integer PRIMARY KEY,
    first_name     varchar(100) NOT NULL,
    last_name      varchar(100) NOT NULL,
    email          varchar(254) NOT NULL,
    country        varchar(80) NOT NULL,
    headline       varchar(200) NOT NULL,
    bio            text,
    revenue_share  numeric(4,2) NOT NULL,
    is_verified    boolean NOT NULL,
    joined_on      date NOT NULL
);

CREATE TABLE courses_course (
    id              integer PRIMARY KEY,
    title           varchar(200) NOT NULL,
    slug            varchar(200) NOT NULL UNIQUE,
    category_id     integer NOT NULL REFERENCES courses_category(id),
    instructor_id   integer NOT NULL REFERENCES courses_instructor(id),
    level           varchar(20) NOT NULL,
    language        varchar(30) NOT NULL,
    price           numeric(8,2) NOT NULL,
    duration_hours  numeric(5,1) NOT NULL,
    is_published    boolean NOT NULL,
    created_at      timestamptz NOT NULL,
    published_at    timestamptz
);

CREATE TABLE courses_lesson (
    id                integer PRIMARY KEY,
    course_id         integer NOT NULL REFERENCES courses_course(id),
    title             varchar(200) NOT NULL,
    position          integer NOT NULL,
    content_type      varchar(20) NOT NULL,
    duration_minutes  integer NOT NULL,
    is_preview        boolean NOT NULL
);

CREATE TABLE courses_enrollment (
    id                integer PRIMARY KEY,
    user_id           integer NOT NULL REFERENCES accounts_user(id),
    course_id         integer NOT NULL REFERENCES courses_course(id),
    status            varchar(20) NOT NULL,
    price_paid        numeric(8,2) NOT NULL,
    coupon_code       varchar(30),
    progress_percent  integer NOT NULL,
    enrolled_at       timestamptz NOT NULL,
    completed_at      timestamptz,
    UNIQUE (user_id, course_id)
);

CREATE TABLE courses_lessonprogress (
    id               integer PRIMARY KEY,
    enrollment_id    integer NOT NULL REFERENCES courses_enrollment(id),
    lesson_id        integer NOT NULL REFERENCES courses_lesson(id),
    is_completed     boolean NOT NULL,
    seconds_watched  integer NOT NULL,
    started_at       timestamptz NOT NULL,
    completed_at     timestamptz
);

CREATE TABLE quizzes_quiz (
    id                  integer PRIMARY KEY,
    course_id           integer NOT NULL REFERENCES courses_course(id),
    title               varchar(200) NOT NULL,
    max_score           integer NOT NULL,
    pass_mark           integer NOT NULL,
    time_limit_minutes  integer
);

CREATE TABLE quizzes_quizattempt (
    id              integer PRIMARY KEY,
    quiz_id         integer NOT NULL REFERENCES quizzes_quiz(id),
    user_id         integer NOT NULL REFERENCES accounts_user(id),
    attempt_number  integer NOT NULL,
    score           numeric(5,2),
    passed          boolean NOT NULL,
    started_at      timestamptz NOT NULL,
    submitted_at    timestamptz
);

CREATE TABLE certificates_certificate (
    id             integer PRIMARY KEY,
    enrollment_id  integer NOT NULL UNIQUE REFERENCES courses_enrollment(id),
    serial_number  varchar(30) NOT NULL UNIQUE,
    grade          varchar(20) NOT NULL,
    issued_on      date NOT NULL
);

CREATE TABLE billing_plan (
    id             integer PRIMARY KEY,
    name           varchar(50) NOT NULL UNIQUE,
    monthly_price  numeric(8,2) NOT NULL,
    annual_price   numeric(8,2),
    is_active      boolean NOT NULL
);

CREATE TABLE billing_subscription (
    id             integer PRIMARY KEY,
    user_id        integer NOT NULL REFERENCES accounts_user(id),
    plan_id        integer NOT NULL REFERENCES billing_plan(id),
    billing_cycle  varchar(10) NOT NULL,
    status         varchar(20) NOT NULL,
    auto_renew     boolean NOT NULL,
    started_on     date NOT NULL,
    trial_ends_on  date,
    ended_on       date
);

CREATE TABLE billing_payment (
    id               integer PRIMARY KEY,
    user_id          integer NOT NULL REFERENCES accounts_user(id),
    enrollment_id    integer REFERENCES courses_enrollment(id),
    subscription_id  integer REFERENCES billing_subscription(id),
    amount           numeric(10,2) NOT NULL,
    method           varchar(20) NOT NULL,
    status           varchar(20) NOT NULL,
    provider_ref     varchar(40) NOT NULL,
    paid_at          timestamptz NOT NULL
);

CREATE TABLE reviews_review (
    id           integer PRIMARY KEY,
    course_id    integer NOT NULL REFERENCES courses_course(id),
    user_id      integer NOT NULL REFERENCES accounts_user(id),
    rating       smallint NOT NULL,
    comment      text,
    is_approved  boolean NOT NULL,
    created_at   timestamptz NOT NULL
);

-- accounts ---------------------------------------------------------------------------

INSERT INTO accounts_user
SELECT i,
       lower(fn || '.' || ln || i),
       lower(fn || '.' || ln || i || '@' || (ARRAY['gmail.com','outlook.com','yahoo.com','proton.me'])[i % 4 + 1]),
       fn, ln,
       CASE WHEN i % 17 = 0 THEN NULL ELSE (ARRAY['Lyon','Paris','Berlin','Madrid','London','Manchester','Toronto','Austin',
             'Chicago','Milan','Lisbon','Amsterdam','Warsaw','Dublin','Barcelona'])[(i * 7) % 15 + 1] END,
       (ARRAY['France','France','Germany','Spain','United Kingdom','United Kingdom','Canada','United States',
             'United States','Italy','Portugal','Netherlands','Poland','Ireland','Spain'])[(i * 7) % 15 + 1],
       CASE WHEN i % 6 = 0 THEN NULL ELSE date '1965-03-01' + (i * 131) % 14000 END,
       i % 23 <> 0,
       i <= 3,
       timestamptz '2022-01-03 08:00:00+00' + make_interval(days => i * 2 - 2 + i % 2, mins => (i * 47) % 720),
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE least(timestamptz '2022-01-03 08:00:00+00' + make_interval(days => i * 2 + (i * 13) % 300, mins => (i * 31) % 900),
                       timestamptz '2024-12-31 18:00:00+00') END
FROM generate_series(1, 500) AS i,
     LATERAL (SELECT (ARRAY['Emma','Lucas','Olivia','Noah','Sophie','Liam','Chloe','Hugo','Mia','Leo',
                            'Anna','Jonas','Laura','Mateo','Julia','Louis','Clara','Marco','Sara','Tom',
                            'Ines','Daniel','Alice','Pablo','Eva','Jakub','Nora','Finn','Lea','Oscar',
                            'Maya','Ethan','Zoe','Adam','Lina','Samuel','Ella','David','Rosa','Felix'])[(i * 7) % 40 + 1] AS fn,
                     (ARRAY['Martin','Smith','Garcia','Muller','Rossi','Dubois','Johnson','Silva','Kowalski','Brown',
                            'Bernard','Lopez','Schmidt','Ferrari','Murphy','Wilson','Moreau','Fischer','Costa','Nowak',
                            'Taylor','Lambert','Weber','Romano','Santos','Walsh','Davies','Laurent','Becker','Ricci',
                            'Fernandez','Clarke','Roux','Wagner','Greco','Pereira','Kelly','Evans','Fontaine','Hoffmann'])[(i * 11 + i / 40) % 40 + 1] AS ln
     ) AS n;

-- courses ----------------------------------------------------------------------------

INSERT INTO courses_category VALUES
    (1,  'Programming',          'programming',          timestamptz '2021-01-10 09:00:00+00'),
    (2,  'Data Science',         'data-science',         timestamptz '2021-01-10 09:05:00+00'),
    (3,  'Design',               'design',               timestamptz '2021-01-10 09:10:00+00'),
    (4,  'Business',             'business',             timestamptz '2021-01-10 09:15:00+00'),
    (5,  'Marketing',            'marketing',            timestamptz '2021-01-10 09:20:00+00'),
    (6,  'Photography',          'photography',          timestamptz '2021-02-02 14:00:00+00'),
    (7,  'Music',                'music',                timestamptz '2021-02-02 14:05:00+00'),
    (8,  'Languages',            'languages',            timestamptz '2021-03-15 11:30:00+00'),
    (9,  'Personal Development', 'personal-development', timestamptz '2021-03-15 11:35:00+00'),
    (10, 'Finance',              'finance',              timestamptz '2021-04-01 10:00:00+00');

INSERT INTO courses_instructor
SELECT k,
       (ARRAY['Marie','James','Sofia','Ahmed','Lena','Carlos','Hannah','Pierre','Yuki','Robert',
              'Elena','Victor','Grace','Tomasz','Isabel','Nathan','Camille','Diego','Ingrid','Paul',
              'Fatima','Oliver','Giulia','Henrik','Amelia'])[k],
       (ARRAY['Lefebvre','Carter','Navarro','Haddad','Vogel','Mendes','Price','Girard','Tanaka','Hughes',
              'Popescu','Durand','Bennett','Zielinski','Ortega','Reid','Petit','Alvarez','Larsen','Mercier',
              'Benali','Scott','Conti','Nilsson','Foster'])[k],
       lower((ARRAY['Marie','James','Sofia','Ahmed','Lena','Carlos','Hannah','Pierre','Yuki','Robert',
              'Elena','Victor','Grace','Tomasz','Isabel','Nathan','Camille','Diego','Ingrid','Paul',
              'Fatima','Oliver','Giulia','Henrik','Amelia'])[k]) || k || '@teach.example.org',
       (ARRAY['France','United States','Spain','Canada','Germany','Portugal','United Kingdom','France','Japan','United Kingdom',
              'Romania','France','United States','Poland','Spain','Australia','France','Mexico','Norway','Belgium',
              'Morocco','United Kingdom','Italy','Sweden','United States'])[k],
       CASE WHEN k <= 20 THEN
           (ARRAY['Senior software engineer and trainer','Data scientist and ML consultant','Product designer',
                  'Management consultant','Growth marketer','Professional photographer','Composer and music teacher',
                  'Certified language teacher','Executive coach','Chartered accountant'])[(k - 1) % 10 + 1]
       ELSE 'Guest instructor' END,
       CASE WHEN k % 4 = 0 THEN NULL ELSE 'Teaching online since ' || (2014 + k % 7) || '.' END,
       (ARRAY[0.50, 0.60, 0.70])[k % 3 + 1],
       k % 5 <> 0,
       date '2020-06-01' + k * 29
FROM generate_series(1, 25) AS k;

INSERT INTO courses_course
SELECT i,
       t.title,
       lower(regexp_replace(t.title, '[^A-Za-z0-9]+', '-', 'g')),
       (i - 1) % 10 + 1,
       (i - 1) % 10 + 10 * (((i - 1) / 10) % 2) + 1,
       (ARRAY['beginner','intermediate','advanced','beginner','intermediate'])[i % 5 + 1],
       CASE WHEN i % 7 = 0 THEN 'French' WHEN i % 11 = 0 THEN 'Spanish' ELSE 'English' END,
       (ARRAY[19.99, 29.99, 49.99, 79.99, 99.99, 129.00])[(i * 5 + i / 10) % 6 + 1],
       (4 + i % 5) * (1.5 + (i % 4) * 0.5),
       i <= 54,
       timestamptz '2021-01-15 10:00:00+00' + make_interval(days => i * 11 + CASE WHEN i > 54 THEN 900 ELSE 0 END),
       CASE WHEN i <= 54 THEN timestamptz '2021-02-14 10:00:00+00' + make_interval(days => i * 11, hours => i % 8) END
FROM generate_series(1, 60) AS i,
     LATERAL (SELECT (ARRAY[
        'Python for Beginners','Modern JavaScript from Scratch','Rust Fundamentals','Go Web Services','SQL Essentials','React and Redux in Practice',
        'Machine Learning A-Z','Data Analysis with Pandas','Deep Learning with PyTorch','Statistics for Data Science','Data Visualization with Tableau','Natural Language Processing Basics',
        'UX Design Principles','Figma Masterclass','Graphic Design Bootcamp','Typography Essentials','Adobe Illustrator for Beginners','Web Design with CSS Grid',
        'Project Management Professional Prep','Agile and Scrum Foundations','Startup Fundamentals','Negotiation Skills','Business Strategy Essentials','Excel for Business Analysts',
        'Digital Marketing Fundamentals','SEO Masterclass','Social Media Marketing','Google Ads Mastery','Email Marketing Strategies','Content Marketing Playbook',
        'Photography Basics','Lightroom Photo Editing','Portrait Photography','Smartphone Photography','Landscape Photography','Food Photography',
        'Guitar for Absolute Beginners','Piano Foundations','Music Theory Made Easy','Music Production in Ableton Live','Singing Techniques','Jazz Improvisation',
        'Spanish for Beginners','French Conversation','German A1 Complete','Japanese Hiragana and Katakana','Italian for Travelers','Business English',
        'Time Management Mastery','Public Speaking Confidence','Mindfulness and Meditation','Productivity with Notion','Critical Thinking','Emotional Intelligence',
        'Personal Finance 101','Investing in Stocks','Accounting Fundamentals','Financial Modeling in Excel','Cryptocurrency Basics','Retirement Planning'
     ])[((i - 1) % 10) * 6 + (i - 1) / 10 + 1] AS title) AS t;

INSERT INTO courses_lesson
SELECT row_number() OVER (ORDER BY c.id, p),
       c.id,
       (ARRAY['Welcome and Course Overview','Setting Up Your Tools','Core Concepts','Hands-on Practice',
              'Common Mistakes to Avoid','Advanced Techniques','Real-World Project','Final Review'])[p],
       p,
       CASE WHEN p % 4 = 0 THEN 'exercise' WHEN p % 5 = 0 THEN 'article' ELSE 'video' END,
       5 + (c.id * 7 + p * 13) % 40,
       p = 1
FROM courses_course c, generate_series(1, 4 + c.id % 5) AS p;

INSERT INTO courses_enrollment
SELECT b.i + 1, b.user_id, b.course_id, b.status,
       round(c.price * CASE WHEN b.i % 5 = 0 THEN 0.8 WHEN b.i % 7 = 0 THEN 0.5 ELSE 1 END, 2),
       CASE WHEN b.i % 5 = 0 THEN 'SPRING20' WHEN b.i % 7 = 0 THEN 'HALFOFF' END,
       CASE b.status WHEN 'completed' THEN 100 WHEN 'active' THEN 5 + (b.i * 13) % 90
                     WHEN 'dropped' THEN 5 + (b.i * 7) % 40 ELSE 0 END,
       b.enrolled_at,
       CASE WHEN b.status = 'completed' THEN b.done_at END
FROM (
    SELECT a.*,
           CASE WHEN a.i % 10 < 4 AND a.done_at < timestamptz '2024-12-31 00:00:00+00' THEN 'completed'
                WHEN a.i % 10 = 8 THEN 'dropped'
                WHEN a.i % 10 = 9 THEN 'refunded'
                ELSE 'active' END AS status
    FROM (
        SELECT s.i, u.id AS user_id, sl.course_id,
               u.date_joined + make_interval(days => (s.i * 37) % least(240, date '2024-12-31' - u.date_joined::date),
                                             mins => (s.i * 61) % 600) AS enrolled_at,
               u.date_joined + make_interval(days => (s.i * 37) % least(240, date '2024-12-31' - u.date_joined::date) + 7 + s.i % 60,
                                             mins => (s.i * 83) % 900) AS done_at
        FROM generate_series(0, 999) AS s(i)
        JOIN accounts_user u ON u.id = s.i % 500 + 1
        JOIN (SELECT w.course_id, gs.slot
              FROM (SELECT c AS course_id, wt, sum(wt) OVER (ORDER BY c) - wt AS first_slot
                    FROM (SELECT c, CASE WHEN c <= 5 THEN 10 - c WHEN c <= 10 THEN 4 WHEN c = 11 THEN 2 ELSE 1 END AS wt
                          FROM generate_series(1, 54) AS c) cw) w,
                   generate_series(w.first_slot, w.first_slot + w.wt - 1) AS gs(slot)) sl
          ON sl.slot = ((s.i % 500) * 7 % 97 + (s.i / 500) * 37) % 100
    ) a
) b
JOIN courses_course c ON c.id = b.course_id;

INSERT INTO courses_lessonprogress
SELECT row_number() OVER (ORDER BY e.id, l.position),
       e.id, l.id,
       (e.status = 'completed' OR l.position < x.upto),
       CASE WHEN e.status = 'completed' OR l.position < x.upto THEN l.duration_minutes * 60 - (e.id * 7) % 60
            ELSE (l.duration_minutes * 60 * ((e.id + l.id) % 9 + 1)) / 10 END,
       e.enrolled_at + make_interval(hours => l.position * 20, mins => (e.id * 11) % 300),
       CASE WHEN e.status = 'completed' OR l.position < x.upto
            THEN e.enrolled_at + make_interval(hours => l.position * 20, mins => (e.id * 11) % 300 + l.duration_minutes + 5) END
FROM courses_enrollment e
JOIN courses_lesson l ON l.course_id = e.course_id
CROSS JOIN LATERAL (SELECT CASE e.status WHEN 'completed' THEN 99
                                         WHEN 'dropped' THEN 2
                                         WHEN 'refunded' THEN 1
                                         ELSE 1 + (e.progress_percent * 8) / 100 END AS upto) x
WHERE e.id % 3 = 0
  AND l.position <= x.upto
  AND e.enrolled_at + make_interval(hours => l.position * 20 + 6) < timestamptz '2024-12-31 00:00:00+00';

-- quizzes ----------------------------------------------------------------------------

INSERT INTO quizzes_quiz
SELECT q,
       c.id,
       c.title || CASE WHEN q <= 54 THEN ' - Module Quiz' ELSE ' - Final Exam' END,
       100,
       (ARRAY[60, 70, 80])[q % 3 + 1],
       CASE WHEN q % 4 = 0 THEN NULL ELSE (ARRAY[15, 20, 30, 45])[q % 4 + 1] END
FROM generate_series(1, 80) AS q
JOIN courses_course c ON c.id = (q - 1) % 54 + 1;

INSERT INTO quizzes_quizattempt
SELECT row_number() OVER (ORDER BY a.started_at, a.quiz_id, a.user_id), a.*
FROM (
    SELECT q.id AS quiz_id, e.user_id, 1 AS attempt_number,
           CASE WHEN (e.id * q.id) % 19 = 0 THEN NULL ELSE 35 + (e.id * 17 + q.id * 29) % 65 + ((e.id + q.id) % 4) * 0.25 END AS score,
           (e.id * q.id) % 19 <> 0 AND 35 + (e.id * 17 + q.id * 29) % 65 + ((e.id + q.id) % 4) * 0.25 >= q.pass_mark AS passed,
           e.enrolled_at + make_interval(days => 3 + (e.id + q.id) % 20, mins => (e.id * 7) % 200) AS started_at,
           CASE WHEN (e.id * q.id) % 19 = 0 THEN NULL
                ELSE e.enrolled_at + make_interval(days => 3 + (e.id + q.id) % 20, mins => (e.id * 7) % 200 + 6 + (e.id + q.id) % 25) END AS submitted_at
    FROM courses_enrollment e
    JOIN quizzes_quiz q ON q.course_id = e.course_id
    WHERE (e.id + q.id) % 4 <> 0 AND e.status <> 'refunded'
    UNION ALL
    SELECT q.id, e.user_id, 2,
           least(100, 35 + (e.id * 17 + q.id * 29) % 65 + 12 + (e.id % 5) * 4),
           least(100, 35 + (e.id * 17 + q.id * 29) % 65 + 12 + (e.id % 5) * 4) >= q.pass_mark,
           e.enrolled_at + make_interval(days => 10 + (e.id + q.id) % 20, mins => (e.id * 7) % 200),
           e.enrolled_at + make_interval(days => 10 + (e.id + q.id) % 20, mins => (e.id * 7) % 200 + 9 + (e.id + q.id) % 20)
    FROM courses_enrollment e
    JOIN quizzes_quiz q ON q.course_id = e.course_id
    WHERE (e.id + q.id) % 4 <> 0 AND e.status <> 'refunded' AND e.id % 2 = 0
      AND (e.id * q.id) % 19 <> 0
      AND 35 + (e.id * 17 + q.id * 29) % 65 + ((e.id + q.id) % 4) * 0.25 < q.pass_mark
) a
WHERE a.started_at < timestamptz '2024-12-31 00:00:00+00';

-- certificates -----------------------------------------------------------------------

INSERT INTO certificates_certificate
SELECT row_number() OVER (ORDER BY e.completed_at, e.id),
       e.id,
       'CERT-' || to_char(e.completed_at, 'YYYY') || '-' || lpad(e.id::text, 5, '0'),
       CASE WHEN e.id % 6 = 0 THEN 'distinction' WHEN e.id % 3 = 0 THEN 'merit' ELSE 'pass' END,
       e.completed_at::date + e.id % 2
FROM courses_enrollment e
WHERE e.status = 'completed' AND e.id % 7 <> 0;

-- billing ----------------------------------------------------------------------------

INSERT INTO billing_plan VALUES
    (1, 'Basic',   14.99, 149.00, true),
    (2, 'Plus',    24.99, 249.00, true),
    (3, 'Gold',    39.99, 399.00, true),
    (4, 'Teams',   89.99, 899.00, true),
    (5, 'Starter',  9.99, NULL,   false);

INSERT INTO billing_subscription
SELECT s.i, s.user_id, s.plan_id, s.cycle, s.status,
       s.status = 'active' AND s.i % 5 <> 0,
       s.started_on,
       CASE WHEN s.i % 3 = 0 THEN s.started_on + 7 END,
       CASE s.status WHEN 'cancelled' THEN least(s.started_on + 30 * (1 + s.i % 8), date '2024-12-30')
                     WHEN 'expired' THEN s.started_on + 365 END
FROM (
    SELECT r.*,
           CASE WHEN r.plan_id = 5 THEN 'cancelled'
                WHEN r.i % 6 = 0 THEN 'cancelled'
                WHEN r.cycle = 'annual' AND r.started_on < date '2023-12-31' THEN 'expired'
                WHEN r.i % 11 = 0 THEN 'past_due'
                ELSE 'active' END AS status
    FROM (
        SELECT i, u.id AS user_id,
               CASE WHEN i % 13 = 0 AND i < 120 THEN 5
                    WHEN i % 10 < 4 THEN 1 WHEN i % 10 < 7 THEN 2 WHEN i % 10 < 9 THEN 3 ELSE 4 END AS plan_id,
               CASE WHEN i % 4 = 0 AND NOT (i % 13 = 0 AND i < 120) THEN 'annual' ELSE 'monthly' END AS cycle,
               least(greatest(u.date_joined::date, date '2022-01-01') + (i * 17) % 200, date '2024-12-10') AS started_on
        FROM generate_series(1, 260) AS i
        JOIN accounts_user u ON u.id = (i * 3) % 500 + 1
    ) r
) s;

INSERT INTO billing_payment
SELECT row_number() OVER (ORDER BY p.paid_at, p.user_id), p.*
FROM (
    SELECT e.user_id, e.id AS enrollment_id, NULL::integer AS subscription_id, e.price_paid AS amount,
           (ARRAY['card','card','paypal','card','apple_pay','bank_transfer'])[e.id % 6 + 1] AS method,
           CASE WHEN e.status = 'refunded' THEN 'refunded' ELSE 'succeeded' END AS status,
           'ch_' || md5('enr' || e.id)::varchar(24) AS provider_ref,
           e.enrolled_at + interval '2 minutes' AS paid_at
    FROM courses_enrollment e
    UNION ALL
    SELECT s.user_id, NULL, s.id,
           CASE WHEN s.billing_cycle = 'annual' THEN pl.annual_price ELSE pl.monthly_price END,
           (ARRAY['card','paypal','card','sepa_debit'])[s.id % 4 + 1],
           CASE WHEN (s.id + k) % 15 = 0 THEN 'failed' ELSE 'succeeded' END,
           'in_' || md5('sub' || s.id || '-' || k)::varchar(24),
           (s.started_on + CASE WHEN s.billing_cycle = 'annual' THEN make_interval(years => k) ELSE make_interval(months => k) END)::timestamp
               AT TIME ZONE 'UTC' + make_interval(hours => 6 + s.id % 12)
    FROM billing_subscription s
    JOIN billing_plan pl ON pl.id = s.plan_id
    CROSS JOIN generate_series(0, 3) AS k
    WHERE (s.started_on + CASE WHEN s.billing_cycle = 'annual' THEN make_interval(years => k) ELSE make_interval(months => k) END)
          <= coalesce(s.ended_on, date '2024-12-31')
      AND (s.billing_cycle = 'monthly' OR k <= 1)
) p;

-- reviews ----------------------------------------------------------------------------

INSERT INTO reviews_review
SELECT row_number() OVER (ORDER BY r.created_at, r.user_id), r.*
FROM (
    SELECT e.course_id, e.user_id, rt.rating,
           CASE WHEN e.id % 3 = 0 THEN NULL
                ELSE (ARRAY['Not what the description promised.',
                            'Audio quality was poor and the pacing was slow.',
                            'Decent, but it needs more exercises.',
                            'Good content, a few sections felt rushed.',
                            'Excellent course, very clear explanations.'])[rt.rating] END AS comment,
           e.id % 19 <> 0 AS is_approved,
           coalesce(e.completed_at, e.enrolled_at + interval '20 days') + make_interval(hours => 2 + e.id % 40) AS created_at
    FROM courses_enrollment e
    CROSS JOIN LATERAL (SELECT (ARRAY[5, 4, 5, 3, 4, 5, 2, 4, 5, 1, 4, 3, 5])[(e.id * 7) % 13 + 1]::smallint AS rating) rt
    WHERE e.id % 2 = 1 AND e.status <> 'refunded'
) r
WHERE r.created_at < timestamptz '2024-12-31 23:00:00+00';
