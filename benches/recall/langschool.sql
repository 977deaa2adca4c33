-- A chain of language schools (eight UK centres): the centres, the programmes they teach by
-- language and CEFR level, the courses (a programme run at a centre by a teacher from a start
-- date), teachers, students, enrolments, lessons and the attendance register, placement tests
-- with scores, invoices and the payments against them, and the homestay host families and the
-- student placements with them, 2022-2025 (data as of 31 December 2025).
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today).

CREATE TABLE centres (
    id           integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    city         text NOT NULL,
    postcode     varchar(10) NOT NULL,
    tel_no       varchar(20) NOT NULL,
    opened_on    date NOT NULL,
    no_of_rooms  integer NOT NULL,
    is_flagship  boolean NOT NULL DEFAULT false
);

CREATE TABLE programmes (
    id               integer PRIMARY KEY,
    code             varchar(12) NOT NULL UNIQUE,
    title            text NOT NULL,
    language         text NOT NULL,
    cefr_level       char(2) NOT NULL CHECK (cefr_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    delivery         text NOT NULL CHECK (delivery IN ('intensive', 'evening')),
    lessons_per_wk   integer NOT NULL,
    mins_per_lesson  integer NOT NULL,
    no_of_wks        integer NOT NULL,
    fee_gbp          numeric(8,2) NOT NULL,   -- course fee per student
    is_exam_prep     boolean NOT NULL DEFAULT false,
    is_active        boolean NOT NULL DEFAULT true
);

CREATE TABLE teachers (
    id                integer PRIMARY KEY,
    first_name        text NOT NULL,
    surname           text NOT NULL,
    centre_id         integer NOT NULL REFERENCES centres (id),
    teaches_language  text NOT NULL,
    is_native         boolean NOT NULL,
    qualification     text NOT NULL,
    hourly_rate_gbp   numeric(6,2) NOT NULL,
    contract_type     text NOT NULL CHECK (contract_type IN ('permanent', 'freelance', 'fixed term')),
    started_on        date NOT NULL,
    email             text NOT NULL UNIQUE,
    tel_no            varchar(20) NOT NULL
);

CREATE TABLE courses (
    id            integer PRIMARY KEY,
    course_code   varchar(24) NOT NULL UNIQUE,
    programme_id  integer NOT NULL REFERENCES programmes (id),
    centre_id     integer NOT NULL REFERENCES centres (id),
    teacher_id    integer NOT NULL REFERENCES teachers (id),
    start_date    date NOT NULL,
    end_date      date NOT NULL,
    max_students  integer NOT NULL,
    status        text NOT NULL CHECK (status IN ('running', 'completed', 'cancelled'))
);

CREATE TABLE students (
    id             integer PRIMARY KEY,
    cust_ref       varchar(10) NOT NULL UNIQUE,
    first_name     text NOT NULL,
    surname        text NOT NULL,
    dob            date NOT NULL,
    nationality    text NOT NULL,
    email          text NOT NULL UNIQUE,
    tel_no         varchar(20) NOT NULL,
    centre_id      integer NOT NULL REFERENCES centres (id),   -- centre the student registered at
    registered_on  date NOT NULL
);

CREATE TABLE enrolments (
    id            integer PRIMARY KEY,
    student_id    integer NOT NULL REFERENCES students (id),
    course_id     integer NOT NULL REFERENCES courses (id),
    enrolled_on   date NOT NULL,
    source        text NOT NULL CHECK (source IN ('direct', 'website', 'agent', 'referral')),
    discount_pct  numeric(4,1) NOT NULL DEFAULT 0,
    status        text NOT NULL CHECK (status IN ('active', 'completed', 'withdrawn', 'cancelled')),
    UNIQUE (student_id, course_id)
);

CREATE TABLE lessons (
    id             integer PRIMARY KEY,
    course_id      integer NOT NULL REFERENCES courses (id),
    lesson_no      integer NOT NULL,
    lesson_date    date NOT NULL,
    start_time     time NOT NULL,
    duration_mins  integer NOT NULL,
    room           text NOT NULL,
    UNIQUE (course_id, lesson_no)
);

CREATE TABLE attendance (
    id          integer PRIMARY KEY,
    lesson_id   integer NOT NULL REFERENCES lessons (id),
    student_id  integer NOT NULL REFERENCES students (id),
    present     boolean NOT NULL,
    mins_late   integer,                  -- null when absent
    UNIQUE (lesson_id, student_id)
);

CREATE TABLE placement_tests (
    id             integer PRIMARY KEY,
    student_id     integer NOT NULL REFERENCES students (id),
    centre_id      integer NOT NULL REFERENCES centres (id),
    taken_on       date NOT NULL,
    language       text NOT NULL,
    test_type      text NOT NULL CHECK (test_type IN ('written', 'oral', 'online')),
    score          integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    level_awarded  char(2) NOT NULL
);

CREATE TABLE host_families (
    id               integer PRIMARY KEY,
    centre_id        integer NOT NULL REFERENCES centres (id),
    family_name      text NOT NULL,
    contact_name     text NOT NULL,
    address          text NOT NULL,
    postcode         varchar(10) NOT NULL,
    tel_no           varchar(20) NOT NULL,
    no_of_rooms      integer NOT NULL,
    weekly_rate_gbp  numeric(7,2) NOT NULL,   -- half board, per student per week
    has_pets         boolean NOT NULL,
    status           text NOT NULL CHECK (status IN ('active', 'on hold', 'withdrawn')),
    approved_on      date NOT NULL,
    dbs_checked_on   date NOT NULL
);

CREATE TABLE homestays (
    id               integer PRIMARY KEY,
    host_family_id   integer NOT NULL REFERENCES host_families (id),
    student_id       integer NOT NULL REFERENCES students (id),
    enrolment_id     integer NOT NULL REFERENCES enrolments (id),
    arrival_date     date NOT NULL,
    departure_date   date NOT NULL,
    meal_plan        text NOT NULL CHECK (meal_plan IN ('half board', 'full board', 'self catering')),
    weekly_rate_gbp  numeric(7,2) NOT NULL
);

CREATE TABLE invoices (
    id            integer PRIMARY KEY,
    inv_no        varchar(16) NOT NULL UNIQUE,
    student_id    integer NOT NULL REFERENCES students (id),
    inv_type      text NOT NULL CHECK (inv_type IN ('tuition', 'homestay')),
    enrolment_id  integer REFERENCES enrolments (id),
    homestay_id   integer REFERENCES homestays (id),
    issued_on     date NOT NULL,
    due_on        date NOT NULL,
    amt_gbp       numeric(9,2) NOT NULL,
    status        text NOT NULL CHECK (status IN ('paid', 'part paid', 'unpaid'))
);

CREATE TABLE payments (
    id          integer PRIMARY KEY,
    invoice_id  integer NOT NULL REFERENCES invoices (id),
    paid_on     date NOT NULL,
    amt_gbp     numeric(9,2) NOT NULL,
    method      text NOT NULL,
    txn_ref     varchar(20) NOT NULL UNIQUE
);

-- ---------------------------------------------------------------------------------------------
-- Centres
INSERT INTO centres (id, name, city, postcode, tel_no, opened_on, no_of_rooms, is_flagship) VALUES
 (1, 'London Holborn',        'London',     'WC1V 6DX', '020 7946 0310', '2004-09-06', 22, true),
 (2, 'London Greenwich',      'London',     'SE10 9LS', '020 7946 0722', '2015-01-12', 12, false),
 (3, 'Manchester Piccadilly', 'Manchester', 'M1 4BT',   '0161 496 0418', '2009-04-20', 14, false),
 (4, 'Edinburgh New Town',    'Edinburgh',  'EH2 2ER',  '0131 496 0155', '2011-08-15', 10, false),
 (5, 'Brighton Seafront',     'Brighton',   'BN1 1GE',  '01273 960 284', '2007-03-05', 11, false),
 (6, 'Oxford',                'Oxford',     'OX1 2JD',  '01865 960 337', '2012-09-03',  9, false),
 (7, 'Cambridge',             'Cambridge',  'CB2 1RH',  '01223 960 591', '2016-06-13',  8, false),
 (8, 'Bristol Harbourside',   'Bristol',    'BS1 4DJ',  '0117 496 0862', '2019-10-01',  7, false);

-- Programmes: intensive English for visiting students, evening classes for local adults
INSERT INTO programmes (id, code, title, language, cefr_level, delivery, lessons_per_wk, mins_per_lesson, no_of_wks, fee_gbp, is_exam_prep, is_active) VALUES
 ( 1, 'GE-A1',    'General English Beginner',            'English',  'A1', 'intensive', 5, 180,  2,  640.00, false, true),
 ( 2, 'GE-A2',    'General English Elementary',          'English',  'A2', 'intensive', 5, 180,  2,  640.00, false, true),
 ( 3, 'GE-B1',    'General English Intermediate',        'English',  'B1', 'intensive', 5, 180,  3,  960.00, false, true),
 ( 4, 'GE-B2',    'General English Upper Intermediate',  'English',  'B2', 'intensive', 5, 180,  3,  960.00, false, true),
 ( 5, 'GE-C1',    'General English Advanced',            'English',  'C1', 'intensive', 5, 180,  3,  990.00, false, true),
 ( 6, 'IELTS-B2', 'IELTS Preparation',                   'English',  'B2', 'intensive', 5, 240,  4, 1480.00, true,  true),
 ( 7, 'CAE-C1',   'Cambridge C1 Advanced Preparation',   'English',  'C1', 'intensive', 5, 240,  4, 1560.00, true,  true),
 ( 8, 'BE-B2',    'Business English',                    'English',  'B2', 'intensive', 5, 180,  2, 1150.00, false, true),
 ( 9, 'EN-EVE-B1','English Conversation Evenings',       'English',  'B1', 'evening',   1, 120, 10,  265.00, false, true),
 (10, 'ES-A1',    'Spanish for Beginners',               'Spanish',  'A1', 'evening',   1, 120, 10,  295.00, false, true),
 (11, 'ES-A2',    'Spanish Elementary',                  'Spanish',  'A2', 'evening',   1, 120, 10,  299.00, false, true),
 (12, 'ES-B1',    'Spanish Intermediate',                'Spanish',  'B1', 'evening',   1, 120, 10,  325.00, false, true),
 (13, 'DELE-B2',  'DELE B2 Exam Preparation',            'Spanish',  'B2', 'evening',   1, 180,  8,  410.00, true,  true),
 (14, 'FR-A1',    'French for Beginners',                'French',   'A1', 'evening',   1, 120, 10,  297.00, false, true),
 (15, 'FR-A2',    'French Elementary',                   'French',   'A2', 'evening',   1, 120, 10,  301.00, false, true),
 (16, 'FR-B1',    'French Conversation',                 'French',   'B1', 'evening',   1,  90,  8,  220.00, false, true),
 (17, 'DELF-B2',  'DELF B2 Exam Preparation',            'French',   'B2', 'evening',   1, 180,  8,  415.00, true,  true),
 (18, 'DE-A1',    'German for Beginners',                'German',   'A1', 'evening',   1, 120, 10,  310.00, false, true),
 (19, 'DE-A2',    'German Elementary',                   'German',   'A2', 'evening',   1, 120, 10,  315.00, false, true),
 (20, 'DE-B1',    'German Intermediate',                 'German',   'B1', 'evening',   1, 120, 10,  340.00, false, true),
 (21, 'IT-A1',    'Italian for Beginners',               'Italian',  'A1', 'evening',   1, 120, 10,  285.00, false, true),
 (22, 'IT-A2',    'Italian Elementary',                  'Italian',  'A2', 'evening',   1, 120, 10,  289.00, false, true),
 (23, 'ZH-A1',    'Mandarin Chinese for Beginners',      'Mandarin', 'A1', 'evening',   1, 120, 10,  360.00, false, true),
 (24, 'ZH-A2',    'Mandarin Chinese Elementary',         'Mandarin', 'A2', 'evening',   1, 120, 10,  365.00, false, true),
 (25, 'JA-A1',    'Japanese for Beginners',              'Japanese', 'A1', 'evening',   1, 120, 10,  370.00, false, true),
 (26, 'AR-A1',    'Arabic for Beginners',                'Arabic',   'A1', 'evening',   1, 120, 10,  345.00, false, false);

-- Teachers: 1-18 and 41-44 English, then Spanish, French, German, Italian, Mandarin, Japanese, Arabic
INSERT INTO teachers (id, first_name, surname, centre_id, teaches_language, is_native, qualification,
                      hourly_rate_gbp, contract_type, started_on, email, tel_no)
SELECT t.id, t.first_name, t.surname,
       ((t.id - 1) % 8) + 1,
       t.lang,
       CASE WHEN t.lang = 'English' THEN t.id % 5 <> 0 ELSE t.id % 2 = 0 END,
       CASE WHEN t.lang = 'English'
            THEN (ARRAY['CELTA', 'DELTA', 'CELTA', 'Trinity CertTESOL', 'CELTA', 'MA TESOL'])[(t.id % 6) + 1]
            ELSE (ARRAY['PGCE', 'BA Modern Languages', 'MA Applied Linguistics'])[(t.id % 3) + 1] END,
       24.00 + (t.id * 7) % 15 + 0.50 * (t.id % 2),
       CASE WHEN t.id > 40 THEN 'fixed term' WHEN t.id % 4 = 0 THEN 'freelance' ELSE 'permanent' END,
       CASE WHEN t.id > 40 THEN date '2025-01-06' + (t.id - 41) * 61
            ELSE date '2012-09-03' + (t.id * 211) % 3300 END,
       lower(t.first_name) || '.' || lower(replace(t.surname, '''', '')) || '@lingua-uk.co.uk',
       '07700 9' || lpad(((t.id * 4271) % 100000)::text, 5, '0')
FROM (VALUES
  ( 1, 'Sarah',    'Whitfield',  'English'), ( 2, 'James',    'Holloway',   'English'),
  ( 3, 'Emma',     'Carver',     'English'), ( 4, 'Tom',      'Aldridge',   'English'),
  ( 5, 'Fiona',    'MacLeod',    'English'), ( 6, 'Rachel',   'Pennington', 'English'),
  ( 7, 'Daniel',   'Okafor',     'English'), ( 8, 'Chloe',    'Barrett',    'English'),
  ( 9, 'Oliver',   'Thwaite',    'English'), (10, 'Hannah',   'Doyle',      'English'),
  (11, 'Matthew',  'Keane',      'English'), (12, 'Lucy',     'Fairbairn',  'English'),
  (13, 'Ben',      'Ashworth',   'English'), (14, 'Katie',    'Lomax',      'English'),
  (15, 'Gareth',   'Pryce',      'English'), (16, 'Priya',    'Raman',      'English'),
  (17, 'Alistair', 'Grant',      'English'), (18, 'Jess',     'Norbury',    'English'),
  (19, 'Lucía',    'Navarro',    'Spanish'), (20, 'Javier',   'Molina',     'Spanish'),
  (21, 'Carmen',   'Ortega',     'Spanish'), (22, 'Diego',    'Herrera',    'Spanish'),
  (23, 'Marta',    'Iglesias',   'Spanish'), (24, 'Paul',     'Stanton',    'Spanish'),
  (25, 'Camille',  'Durand',     'French'),  (26, 'Julien',   'Moreau',     'French'),
  (27, 'Hélène',   'Girard',     'French'),  (28, 'Mark',     'Ellison',    'French'),
  (29, 'Amélie',   'Fournier',   'French'),  (30, 'Katrin',   'Vogel',      'German'),
  (31, 'Stefan',   'Brandt',     'German'),  (32, 'Anna',     'Richter',    'German'),
  (33, 'Helen',    'Marsh',      'German'),  (34, 'Giulia',   'Conti',      'Italian'),
  (35, 'Marco',    'Ferraro',    'Italian'), (36, 'Francesca','Greco',      'Italian'),
  (37, 'Li',       'Wei',        'Mandarin'),(38, 'Mei',      'Zhang',      'Mandarin'),
  (39, 'Yuki',     'Tanaka',     'Japanese'),(40, 'Nadia',    'Haddad',     'Arabic'),
  (41, 'Rosie',    'Penhaligon', 'English'), (42, 'Callum',   'Baird',      'English'),
  (43, 'Imogen',   'Frost',      'English'), (44, 'Sam',      'O''Hare',    'English')
) AS t (id, first_name, surname, lang);

-- Courses: 72 runs of the programmes; the weighted list runs each intensive English programme
-- three times as often as an evening class.  The teacher is one who teaches the language and
-- the course is at that teacher's centre.
INSERT INTO courses (id, course_code, programme_id, centre_id, teacher_id, start_date, end_date, max_students, status)
WITH w AS (
    SELECT (ARRAY[1,2,3,4,5,6,7,8, 1,2,3,4,5,6,7,8, 1,2,3,4,5,6,7,8,
                  9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26])[((i * 17) % 42) + 1] AS programme_id,
           i
    FROM generate_series(1, 72) AS i
), lt AS (
    SELECT id, centre_id, teaches_language,
           row_number() OVER (PARTITION BY teaches_language ORDER BY id) AS rn,
           count(*) OVER (PARTITION BY teaches_language) AS n
    FROM teachers WHERE id <= 40
), c AS (
    SELECT w.i, p.id AS programme_id, p.code, p.delivery, p.no_of_wks, p.is_exam_prep, p.is_active,
           lt.id AS teacher_id, lt.centre_id,
           CASE WHEN NOT p.is_active THEN date '2022-02-14' + (w.i % 20) * 7
                WHEN w.i % 19 = 0 THEN date '2025-10-27' + (w.i / 19 - 1) * 28   -- the autumn 2025 intake
                ELSE date '2022-01-17' + ((w.i * 11) % 205) * 7 END
           + CASE WHEN p.delivery = 'evening' THEN w.i % 4 ELSE 0 END AS start_date
    FROM w
    JOIN programmes p ON p.id = w.programme_id
    JOIN lt ON lt.teaches_language = p.language AND lt.rn = (w.i % lt.n) + 1
)
SELECT c.i,
       (ARRAY['HOL','GRN','MAN','EDI','BRI','OXF','CAM','BRS'])[c.centre_id] || '-' || c.code || '-' || to_char(c.start_date, 'YYMMDD'),
       c.programme_id, c.centre_id, c.teacher_id, c.start_date,
       CASE WHEN c.delivery = 'intensive' THEN c.start_date + c.no_of_wks * 7 - 3
            ELSE c.start_date + (c.no_of_wks - 1) * 7 END,
       CASE WHEN c.is_exam_prep THEN 10 WHEN c.delivery = 'intensive' THEN 12 ELSE 14 END,
       CASE WHEN c.i % 13 = 0 THEN 'cancelled'
            WHEN (CASE WHEN c.delivery = 'intensive' THEN c.start_date + c.no_of_wks * 7 - 3
                       ELSE c.start_date + (c.no_of_wks - 1) * 7 END) > date '2025-12-31' THEN 'running'
            ELSE 'completed' END
FROM c;

-- Students: 320; the centre, registration date and nationality are set once the enrolments exist
INSERT INTO students (id, cust_ref, first_name, surname, dob, nationality, email, tel_no, centre_id, registered_on)
SELECT s.id,
       'ST' || lpad(s.id::text, 5, '0'),
       fn.first_name,
       sn.surname,
       date '1958-03-14' + (s.id * 4099) % 17900,
       'unknown',
       lower(fn.first_name) || '.' || lower(sn.surname) || s.id || '@example.com',
       '07' || lpad(((s.id * 7919) % 1000000000)::text, 9, '0'),
       (s.id % 8) + 1,
       date '2022-01-10' + (s.id * 37) % 1400
FROM generate_series(1, 320) AS s (id)
JOIN LATERAL (SELECT (ARRAY['Maria','Lukas','Yuki','Wei','Ahmed','Sofia','Mateo','Chloé','Hiroshi','Ana',
                            'Giorgio','Min-jun','Fatima','Pablo','Elif','Camila','Jonas','Aiko','Omar','Laura',
                            'Pedro','Ingrid','Kenji','Valentina','Tomasz','Nour','Bruno','Mei','Joe','Claire',
                            'Helen','David','Susan','Andrew','Gillian','Peter','Nicola','Robert','Aoife','Karen',
                            'Liam','Ruth','Graham'])[(s.id * 7) % 43 + 1] AS first_name) fn ON true
JOIN LATERAL (SELECT (ARRAY['García','Müller','Sato','Chen','Al-Sayed','Rossi','Silva','Martin','Kim','Yilmaz',
                            'Rodríguez','Nowak','Suzuki','Lopez','Bianchi','Dubois','Tanaka','Santos','Hassan','Weber',
                            'Fernández','Larsen','Park','Moretti','Kowalski','Smith','Jones','Taylor','Brown','Wilson',
                            'Evans','Thomas','Roberts','Walker','Wright','Hughes','Green'])[(s.id * 11) % 37 + 1] AS surname) sn ON true;

-- Enrolments: each course takes 3 to 8 students
INSERT INTO enrolments (id, student_id, course_id, enrolled_on, source, discount_pct, status)
SELECT row_number() OVER (ORDER BY k.enrolled_on, k.course_id, k.s),
       k.student_id, k.course_id, k.enrolled_on,
       (ARRAY['direct','direct','website','website','agent','agent','referral'])[((k.course_id * 2 + k.s * 3) % 7) + 1],
       CASE WHEN (k.course_id + k.s) % 9 = 0 THEN 10 WHEN (k.course_id * k.s) % 13 = 0 THEN 15
            WHEN (k.course_id * 5 + k.s) % 23 = 0 THEN 25 ELSE 0 END,
       CASE WHEN k.course_status = 'cancelled' THEN 'cancelled'
            WHEN (k.course_id * 7 + k.s * 3) % 11 = 0 THEN 'withdrawn'
            WHEN k.course_status = 'completed' THEN 'completed'
            ELSE 'active' END
FROM (
    -- one student in five is a regular from a pool of forty who keeps coming back
    SELECT DISTINCT ON (c.id, st) c.id AS course_id, c.status AS course_status, s, st AS student_id,
           greatest(date '2022-01-04', c.start_date - (7 + (c.id * 3 + s * 11) % 40)) AS enrolled_on
    FROM courses c
    CROSS JOIN generate_series(1, 8) AS s
    CROSS JOIN LATERAL (SELECT CASE WHEN (c.id + s) % 5 = 0 THEN ((c.id * 7 + s) % 40) + 1
                                    ELSE ((c.id * 31 + s * 53) % 300) + 1 END AS st) x
    WHERE s <= 3 + (c.id * 5) % 6
    ORDER BY c.id, st, s
) k;

-- Registration: a student registers at the centre of his or her first course, a fortnight or so before enrolling
UPDATE students st
SET centre_id = f.centre_id,
    registered_on = greatest(date '2022-01-03', f.enrolled_on - (st.id % 15)),
    nationality = CASE WHEN f.delivery = 'evening' THEN CASE WHEN st.id % 6 = 0 THEN 'Irish' ELSE 'British' END
                       ELSE 'intl' END
FROM (
    SELECT DISTINCT ON (e.student_id) e.student_id, c.centre_id, e.enrolled_on, p.delivery
    FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN programmes p ON p.id = c.programme_id
    ORDER BY e.student_id, e.enrolled_on, e.id
) f
WHERE f.student_id = st.id;

UPDATE students
SET nationality = (ARRAY['Spanish','Italian','Brazilian','Japanese','Chinese','Saudi','Turkish','Colombian',
                         'French','German','South Korean','Swiss','Polish','Thai','Mexican',
                         'Spanish','Italian','Brazilian','Chinese'])[(((id * 13) % 19 + id / 40) % 19) + 1]
WHERE nationality IN ('intl', 'unknown');

-- Lessons: every meeting of every course that was not cancelled, up to 31 December 2025
INSERT INTO lessons (id, course_id, lesson_no, lesson_date, start_time, duration_mins, room)
SELECT row_number() OVER (ORDER BY x.lesson_date, x.course_id),
       x.course_id, x.lesson_no, x.lesson_date, x.start_time, x.duration_mins, x.room
FROM (
    SELECT c.id AS course_id, n AS lesson_no,
           CASE WHEN p.delivery = 'intensive' THEN c.start_date + ((n - 1) / 5) * 7 + (n - 1) % 5
                ELSE c.start_date + (n - 1) * 7 END AS lesson_date,
           CASE WHEN p.delivery = 'intensive' THEN CASE WHEN p.mins_per_lesson = 240 THEN time '09:00' ELSE time '09:30' END
                WHEN c.id % 2 = 0 THEN time '18:30' ELSE time '19:00' END AS start_time,
           p.mins_per_lesson AS duration_mins,
           'Room ' || ((c.id * 3) % ce.no_of_rooms + 1) AS room
    FROM courses c
    JOIN programmes p ON p.id = c.programme_id
    JOIN centres ce ON ce.id = c.centre_id
    CROSS JOIN generate_series(1, 50) AS n
    WHERE c.status <> 'cancelled' AND n <= p.lessons_per_wk * p.no_of_wks
) x
WHERE x.lesson_date <= date '2025-12-31'
  AND to_char(x.lesson_date, 'MM-DD') NOT IN ('12-25', '12-26', '01-01');   -- closed on bank holidays

-- Attendance register: enrolled students for every lesson; a student who withdrew stops after a lesson or three
INSERT INTO attendance (id, lesson_id, student_id, present, mins_late)
SELECT row_number() OVER (ORDER BY l.id, e.student_id),
       l.id, e.student_id,
       (l.id + e.student_id * 5) % (6 + e.student_id % 9) <> 0,
       CASE WHEN (l.id + e.student_id * 5) % (6 + e.student_id % 9) = 0 THEN NULL
            WHEN (l.id * 3 + e.student_id) % 8 = 0 THEN 5 + (l.id + e.student_id) % 26
            ELSE 0 END
FROM lessons l
JOIN enrolments e ON e.course_id = l.course_id
WHERE e.status IN ('active', 'completed')
   OR (e.status = 'withdrawn' AND l.lesson_no <= 1 + e.id % 3);

-- Placement tests: one on the day of registration, and a retest for one student in seven
INSERT INTO placement_tests (id, student_id, centre_id, taken_on, language, test_type, score, level_awarded)
SELECT row_number() OVER (ORDER BY t.taken_on, t.student_id),
       t.student_id, t.centre_id, t.taken_on, t.language,
       (ARRAY['written','oral','online','written'])[(t.student_id + t.retest) % 4 + 1],
       t.score,
       CASE WHEN t.score < 30 THEN 'A1' WHEN t.score < 45 THEN 'A2' WHEN t.score < 60 THEN 'B1'
            WHEN t.score < 75 THEN 'B2' WHEN t.score < 90 THEN 'C1' ELSE 'C2' END
FROM (
    SELECT st.id AS student_id, st.centre_id, r.retest,
           CASE WHEN r.retest = 0 THEN st.registered_on
                ELSE least(date '2025-12-19', st.registered_on + 90 + st.id % 60) END AS taken_on,
           coalesce(fl.language, 'English') AS language,
           least(100, 20 + (st.id * 37 + 11) % 78 + r.retest * (6 + st.id % 5)) AS score
    FROM students st
    LEFT JOIN LATERAL (
        SELECT p.language FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN programmes p ON p.id = c.programme_id
        WHERE e.student_id = st.id ORDER BY e.enrolled_on, e.id LIMIT 1
    ) fl ON true
    CROSS JOIN generate_series(0, 1) AS r (retest)
    WHERE r.retest = 0 OR st.id % 7 = 0
) t;

-- Host families: five per centre
INSERT INTO host_families (id, centre_id, family_name, contact_name, address, postcode, tel_no, no_of_rooms,
                           weekly_rate_gbp, has_pets, status, approved_on, dbs_checked_on)
SELECT h.id,
       ((h.id - 1) % 8) + 1,
       h.family_name,
       h.contact || ' ' || h.family_name,
       ((h.id * 17) % 140 + 2) || ' ' || h.street,
       (ARRAY['WC1X','SE10','M14','EH7','BN2','OX4','CB4','BS6'])[((h.id - 1) % 8) + 1] || ' ' || ((h.id * 3) % 9 + 1) || chr(65 + h.id % 26) || chr(65 + (h.id * 7) % 26),
       '07700 8' || lpad(((h.id * 3571) % 100000)::text, 5, '0'),
       1 + h.id % 3,
       150 + ((h.id * 13) % 9) * 10 + CASE WHEN ((h.id - 1) % 8) + 1 IN (1, 2) THEN 45 ELSE 0 END,
       h.id % 3 = 0,
       CASE WHEN h.id % 9 = 0 THEN 'withdrawn' WHEN h.id % 7 = 0 THEN 'on hold' ELSE 'active' END,
       date '2012-01-16' + (h.id * 97) % 3600,
       date '2022-01-17' + (h.id * 53) % 1400
FROM (VALUES
  ( 1, 'Henderson', 'Margaret', 'Calthorpe Street'), ( 2, 'Patel',     'Anita',    'Royal Hill'),
  ( 3, 'Murphy',    'Sean',     'Wilmslow Road'),    ( 4, 'Campbell',  'Morag',    'London Road'),
  ( 5, 'Hughes',    'Karen',    'Queen''s Park Road'),( 6, 'Clarke',    'Jonathan', 'Cowley Road'),
  ( 7, 'Fletcher',  'Anne',     'Milton Road'),      ( 8, 'Morgan',    'Rhiannon', 'Cotham Hill'),
  ( 9, 'Ward',      'Stephen',  'Frederick Street'), (10, 'Okonkwo',   'Grace',    'Crooms Hill'),
  (11, 'Turner',    'Paul',     'Burton Road'),      (12, 'Stewart',   'Eilidh',   'Easter Road'),
  (13, 'Barker',    'Denise',   'Elm Grove'),        (14, 'Price',     'Alan',     'Iffley Road'),
  (15, 'Sutton',    'Joanne',   'Chesterton Road'),  (16, 'Bishop',    'Clive',    'Gloucester Road'),
  (17, 'Khan',      'Saira',    'Gray''s Inn Road'), (18, 'Ellis',     'Mandy',    'Blackheath Road'),
  (19, 'Lowe',      'Trevor',   'Mauldeth Road'),    (20, 'Reid',      'Alison',   'Leith Walk'),
  (21, 'Cooper',    'Wendy',    'Ditchling Road'),   (22, 'Shaw',      'Nigel',    'Divinity Road'),
  (23, 'Wood',      'Julie',    'Mill Road'),        (24, 'Davies',    'Gareth',   'Whiteladies Road'),
  (25, 'Foster',    'Linda',    'Lamb''s Conduit Street'), (26, 'Adeyemi', 'Tunde', 'Trafalgar Road'),
  (27, 'Hall',      'Brian',    'Palatine Road'),    (28, 'Robertson', 'Fiona',    'Bruntsfield Place'),
  (29, 'Marsh',     'Helen',    'Preston Drove'),    (30, 'Webb',      'Simon',    'Headington Road'),
  (31, 'Gill',      'Harjit',   'Histon Road'),      (32, 'Parry',     'Sian',     'North Road'),
  (33, 'Lambert',   'Caroline', 'Theobalds Road'),   (34, 'Nolan',     'Bridget',  'Vanbrugh Park'),
  (35, 'Harrison',  'Keith',    'Oxford Road'),      (36, 'Mackay',    'Iain',     'Comely Bank'),
  (37, 'Doyle',     'Siobhan',  'Dyke Road'),        (38, 'Bennett',   'Claire',   'Woodstock Road'),
  (39, 'Rahman',    'Nasreen',  'Mawson Road'),      (40, 'Young',     'Martin',   'Redland Road')
) AS h (id, family_name, contact, street);

-- Homestays: most visiting students on intensive English courses stay with an active host family of the course's centre
INSERT INTO homestays (id, host_family_id, student_id, enrolment_id, arrival_date, departure_date, meal_plan, weekly_rate_gbp)
WITH af AS (
    SELECT id, centre_id, weekly_rate_gbp,
           row_number() OVER (PARTITION BY centre_id ORDER BY id) AS rn,
           count(*) OVER (PARTITION BY centre_id) AS n
    FROM host_families WHERE status = 'active'
), x AS (
    SELECT e.id AS enrolment_id, e.student_id, c.centre_id, c.start_date, c.end_date
    FROM enrolments e
    JOIN courses c ON c.id = e.course_id
    JOIN programmes p ON p.id = c.programme_id
    JOIN students st ON st.id = e.student_id
    WHERE p.delivery = 'intensive' AND e.status <> 'cancelled'
      AND st.nationality NOT IN ('British', 'Irish') AND e.id % 4 <> 0
)
SELECT row_number() OVER (ORDER BY x.start_date - 1, x.enrolment_id),
       af.id, x.student_id, x.enrolment_id,
       x.start_date - 1, x.end_date + 1,
       CASE WHEN x.enrolment_id % 7 = 0 THEN 'self catering' WHEN x.enrolment_id % 3 = 0 THEN 'full board' ELSE 'half board' END,
       af.weekly_rate_gbp + CASE WHEN x.enrolment_id % 7 = 0 THEN -30 WHEN x.enrolment_id % 3 = 0 THEN 35 ELSE 0 END
FROM x
JOIN af ON af.centre_id = x.centre_id AND af.rn = (x.enrolment_id % af.n) + 1;

-- Invoices: one for the tuition of each enrolment that went ahead, one for each homestay
INSERT INTO invoices (id, inv_no, student_id, inv_type, enrolment_id, homestay_id, issued_on, due_on, amt_gbp, status)
SELECT row_number() OVER (ORDER BY v.issued_on, v.kind, v.ref),
       'tmp' || v.kind || v.ref,
       v.student_id, v.inv_type, v.enrolment_id, v.homestay_id, v.issued_on, v.due_on, v.amt_gbp, 'paid'
FROM (
    SELECT 1 AS kind, e.id AS ref, e.student_id, 'tuition' AS inv_type, e.id AS enrolment_id, NULL::integer AS homestay_id,
           e.enrolled_on AS issued_on, c.start_date - 1 AS due_on,
           round(p.fee_gbp * (100 - e.discount_pct) / 100, 2) AS amt_gbp
    FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN programmes p ON p.id = c.programme_id
    WHERE e.status <> 'cancelled'
    UNION ALL
    SELECT 2, h.id, h.student_id, 'homestay', h.enrolment_id, h.id,
           e.enrolled_on + 1, h.arrival_date - 1,
           h.weekly_rate_gbp * ((h.departure_date - h.arrival_date + 1) / 7)
    FROM homestays h JOIN enrolments e ON e.id = h.enrolment_id
) v;

UPDATE invoices
SET inv_no = 'INV-' || to_char(issued_on, 'YY') || lpad(id::text, 5, '0'),
    status = CASE WHEN issued_on >= date '2025-11-15' AND id % 3 <> 0 THEN 'unpaid'
                  WHEN id % 37 = 0 THEN 'unpaid'
                  WHEN id % 10 = 3 OR (issued_on >= date '2025-11-15') THEN 'part paid'
                  ELSE 'paid' END;

-- Payments: full settlement, a 30% deposit and the balance, or a part payment of 40%
INSERT INTO payments (id, invoice_id, paid_on, amt_gbp, method, txn_ref)
SELECT row_number() OVER (ORDER BY y.paid_on, y.invoice_id, y.part),
       y.invoice_id, y.paid_on, y.amt_gbp,
       (ARRAY['card','card','bank transfer','bank transfer','bank transfer','cash','paypal'])[((y.invoice_id * 5 + y.part) % 7) + 1],
       'TX' || to_char(y.paid_on, 'YYMMDD') || lpad((y.invoice_id * 10 + y.part)::text, 6, '0')
FROM (
    SELECT i.id AS invoice_id, 1 AS part, least(date '2025-12-31', i.issued_on + i.id % 9, i.due_on) AS paid_on, i.amt_gbp
    FROM invoices i WHERE i.status = 'paid' AND i.id % 4 <> 0
    UNION ALL
    SELECT i.id, 1, i.issued_on + i.id % 3, round(i.amt_gbp * 0.30, 2)
    FROM invoices i WHERE i.status = 'paid' AND i.id % 4 = 0
    UNION ALL
    SELECT i.id, 2, least(date '2025-12-31', greatest(i.issued_on + i.id % 3, i.due_on - i.id % 5)), i.amt_gbp - round(i.amt_gbp * 0.30, 2)
    FROM invoices i WHERE i.status = 'paid' AND i.id % 4 = 0
    UNION ALL
    SELECT i.id, 1, least(date '2025-12-31', i.issued_on + i.id % 4), round(i.amt_gbp * 0.40, 2)
    FROM invoices i WHERE i.status = 'part paid'
) y;
