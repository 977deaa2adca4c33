-- Operational data of the Oakdale Valley school district (twelve schools in four towns),
-- used as the sample database of the golden set benches/intent/school.yaml. Nothing
-- carries a comment; every row is invented and reproducible (generate_series, fixed
-- lists and modular arithmetic).

CREATE SCHEMA school;

CREATE TABLE school.schools (
    school_id        integer PRIMARY KEY,
    school_name      text NOT NULL,
    school_level     text NOT NULL,
    city             text NOT NULL,
    street_address   text,
    phone            varchar(20),
    principal_name   text NOT NULL,
    opened_on        date NOT NULL,
    student_capacity integer NOT NULL,
    annual_budget    numeric(12,2) NOT NULL,
    is_charter       boolean NOT NULL
);
CREATE TABLE school.terms (
    term_id     integer PRIMARY KEY,
    term_name   text NOT NULL,
    school_year varchar(9) NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    is_current  boolean NOT NULL
);
CREATE TABLE school.subjects (
    subject_id   integer PRIMARY KEY,
    subject_name text NOT NULL,
    department   text NOT NULL,
    is_core      boolean NOT NULL,
    credits      numeric(3,1) NOT NULL
);
CREATE TABLE school.teachers (
    teacher_id              integer PRIMARY KEY,
    first_name              text NOT NULL,
    last_name               text NOT NULL,
    email                   varchar(120) NOT NULL,
    school_id               integer NOT NULL REFERENCES school.schools,
    subject_id              integer NOT NULL REFERENCES school.subjects,
    hired_on                date NOT NULL,
    employment_type         text NOT NULL,
    annual_salary           numeric(10,2) NOT NULL,
    is_certified            boolean NOT NULL,
    certification_expires_on date
);
CREATE TABLE school.guardians (
    guardian_id        integer PRIMARY KEY,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    relationship       text NOT NULL,
    phone              varchar(20) NOT NULL,
    email              varchar(120),
    city               text NOT NULL,
    preferred_language text NOT NULL,
    receives_sms       boolean NOT NULL
);
CREATE TABLE school.students (
    student_id   integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    gender       char(1) NOT NULL,
    birth_date   date NOT NULL,
    grade_level  smallint NOT NULL,
    school_id    integer NOT NULL REFERENCES school.schools,
    guardian_id  integer NOT NULL REFERENCES school.guardians,
    enrolled_on  date NOT NULL,
    status       text NOT NULL,
    has_iep      boolean NOT NULL,
    lunch_status text NOT NULL,
    email        varchar(120)
);
CREATE TABLE school.sections (
    section_id   integer PRIMARY KEY,
    section_code varchar(16) NOT NULL,
    subject_id   integer NOT NULL REFERENCES school.subjects,
    teacher_id   integer NOT NULL REFERENCES school.teachers,
    term_id      integer NOT NULL REFERENCES school.terms,
    school_id    integer NOT NULL REFERENCES school.schools,
    room         varchar(10),
    capacity     integer NOT NULL,
    meeting_days text NOT NULL,
    start_time   time NOT NULL
);
CREATE TABLE school.enrollments (
    enrollment_id integer PRIMARY KEY,
    student_id    integer NOT NULL REFERENCES school.students,
    section_id    integer NOT NULL REFERENCES school.sections,
    enrolled_at   timestamptz NOT NULL,
    status        text NOT NULL,
    dropped_on    date,
    UNIQUE (student_id, section_id)
);
CREATE TABLE school.grades (
    grade_id        integer PRIMARY KEY,
    enrollment_id   integer NOT NULL REFERENCES school.enrollments,
    assessment_type text NOT NULL,
    score           numeric(5,2) NOT NULL,
    max_score       numeric(5,2) NOT NULL,
    letter_grade    varchar(2) NOT NULL,
    graded_on       date NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE TABLE school.attendance_records (
    attendance_id integer PRIMARY KEY,
    student_id    integer NOT NULL REFERENCES school.students,
    section_id    integer NOT NULL REFERENCES school.sections,
    class_date    date NOT NULL,
    status        text NOT NULL,
    minutes_late  integer,
    recorded_at   timestamptz NOT NULL
);
CREATE TABLE school.incidents (
    incident_id     integer PRIMARY KEY,
    student_id      integer NOT NULL REFERENCES school.students,
    school_id       integer NOT NULL REFERENCES school.schools,
    reported_by     integer REFERENCES school.teachers,
    occurred_at     timestamp NOT NULL,
    incident_type   text NOT NULL,
    severity        text NOT NULL,
    action_taken    text,
    suspension_days integer,
    status          text NOT NULL,
    resolved_on     date,
    damage_cost     numeric(8,2)
);
CREATE TABLE school.fee_payments (
    payment_id     integer PRIMARY KEY,
    student_id     integer NOT NULL REFERENCES school.students,
    guardian_id    integer NOT NULL REFERENCES school.guardians,
    fee_type       text NOT NULL,
    amount         numeric(8,2) NOT NULL,
    paid_on        date NOT NULL,
    payment_method text NOT NULL,
    is_refunded    boolean NOT NULL,
    created_at     timestamptz NOT NULL
);

INSERT INTO school.schools VALUES
 (1,  'Lincoln Elementary',      'Elementary', 'Oakdale',   '120 Elm Street',      '(555) 201-1100', 'Margaret Hale',    '1962-08-27', 420,  2150000.00, false),
 (2,  'Washington Elementary',   'Elementary', 'Riverside', '45 Poplar Avenue',    '(555) 202-1200', 'Daniel Ortiz',     '1971-09-01', 380,  1980000.00, false),
 (3,  'Maple Grove Elementary',  'Elementary', 'Fairview',  '9 Maple Grove Road',  '(555) 203-1300', 'Susan Whitaker',   '1985-08-26', 350,  1875000.00, false),
 (4,  'Cedar Park Elementary',   'Elementary', 'Lakewood',  '300 Cedar Lane',      NULL,             'Priya Raman',      '1998-08-31', 400,  2040000.00, false),
 (5,  'Brookside Elementary',    'Elementary', 'Riverside', NULL,                  '(555) 205-1500', 'Thomas Greene',    '2006-08-28', 450,  2260000.00, false),
 (6,  'Jefferson Middle School', 'Middle',     'Oakdale',   '77 Jefferson Street', '(555) 206-1600', 'Angela Brooks',    '1968-09-03', 620,  3420000.00, false),
 (7,  'Roosevelt Middle School', 'Middle',     'Riverside', '15 Roosevelt Drive',  '(555) 207-1700', 'Carlos Mendoza',   '1979-08-29', 580,  3215000.00, false),
 (8,  'Hillcrest Middle School', 'Middle',     'Lakewood',  '2 Hillcrest Way',     '(555) 208-1800', 'Karen Lindqvist',  '2001-08-27', 540,  3050000.00, false),
 (9,  'Oakdale High School',     'High',       'Oakdale',   '500 Main Street',     '(555) 209-1900', 'Robert Castillo',  '1958-09-02', 1200, 6850000.00, false),
 (10, 'Riverside High School',   'High',       'Riverside', '800 River Road',      '(555) 210-2000', 'Denise Walker',    '1974-09-04', 1100, 6420000.00, false),
 (11, 'Fairview High School',    'High',       'Fairview',  '61 Summit Avenue',    '(555) 211-2100', 'Howard Kim',       '1991-08-28', 950,  5575000.00, false),
 (12, 'Lakewood STEM Academy',   'High',       'Lakewood',  '18 Innovation Blvd',  '(555) 212-2200', 'Erin Fitzgerald',  '2015-08-24', 480,  3180000.00, true);

INSERT INTO school.terms VALUES
 (1, 'Spring 2022', '2021-2022', '2022-01-10', '2022-06-10', false),
 (2, 'Fall 2022',   '2022-2023', '2022-09-06', '2022-12-20', false),
 (3, 'Spring 2023', '2022-2023', '2023-01-09', '2023-06-09', false),
 (4, 'Fall 2023',   '2023-2024', '2023-09-05', '2023-12-19', false),
 (5, 'Spring 2024', '2023-2024', '2024-01-08', '2024-06-07', false),
 (6, 'Fall 2024',   '2024-2025', '2024-09-03', '2024-12-18', true);

INSERT INTO school.subjects VALUES
 (1,  'Reading and Phonics',    'English',            true,  1.0),
 (2,  'Elementary Mathematics', 'Mathematics',        true,  1.0),
 (3,  'General Science',        'Science',            true,  1.0),
 (4,  'Visual Art',             'Arts',               false, 0.5),
 (5,  'Music',                  'Arts',               false, 0.5),
 (6,  'Physical Education',     'Physical Education', false, 0.5),
 (7,  'English Language Arts',  'English',            true,  1.0),
 (8,  'Pre-Algebra',            'Mathematics',        true,  1.0),
 (9,  'Life Science',           'Science',            true,  1.0),
 (10, 'World History',          'Social Studies',     true,  1.0),
 (11, 'Spanish I',              'World Languages',    false, 1.0),
 (12, 'Algebra I',              'Mathematics',        true,  1.0),
 (13, 'Geometry',               'Mathematics',        true,  1.0),
 (14, 'Calculus',               'Mathematics',        false, 1.0),
 (15, 'Biology',                'Science',            true,  1.0),
 (16, 'Chemistry',              'Science',            true,  1.0),
 (17, 'Physics',                'Science',            false, 1.0),
 (18, 'US History',             'Social Studies',     true,  1.0),
 (19, 'English Literature',     'English',            true,  1.0),
 (20, 'French I',               'World Languages',    false, 1.0),
 (21, 'Computer Science',       'Technology',         false, 1.0),
 (22, 'Drama',                  'Arts',               false, 0.5);

-- seven teachers per school; the seventh of each school is a substitute hired in 2024
INSERT INTO school.teachers
SELECT t, fn, ln,
       lower(left(fn, 1) || ln) || t || '@oakdalevalley.org',
       sc, subj,
       CASE WHEN o = 6 THEN date '2024-08-19' + (t % 5) * 7
            ELSE date '2001-08-15' + (t * 397) % 7000 END,
       et,
       CASE et WHEN 'Full-time' THEN 48000 + (t * 1373) % 30000
               WHEN 'Part-time' THEN 26000 + (t * 911) % 9000
               ELSE 18500 + (t * 233) % 4000 END + (t % 4) * 0.25,
       cert,
       CASE WHEN cert THEN date '2025-06-30' + ((t * 131) % 1400) END
FROM (
  SELECT t, o, sc, lvl,
         CASE WHEN t % 3 = 2
              THEN (ARRAY['Michael','Christopher','Matthew','Joshua','David','Daniel','James','Robert','John','Joseph',
                          'Andrew','Ryan','Brian','Kevin','Jason','Eric','Mark','Steven','Thomas','Paul'])[1 + (t * 7) % 20]
              ELSE (ARRAY['Jennifer','Jessica','Amanda','Sarah','Melissa','Nicole','Stephanie','Heather','Elizabeth','Michelle',
                          'Laura','Rebecca','Karen','Angela','Rachel','Maria','Linda','Patricia','Susan','Lisa'])[1 + (t * 7) % 20]
         END AS fn,
         (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
                'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
                'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores'])[1 + (t * 11 + 5) % 40] AS ln,
         CASE lvl WHEN 'Elementary' THEN (ARRAY[1,2,3,4,5,6,1])[o + 1]
                  WHEN 'Middle'     THEN (ARRAY[7,8,9,10,11,6,22])[o + 1]
                  ELSE (ARRAY[19,12,15,18,13,16,14,17,20,21,11,6])[1 + (o + (sc - 9) * 3) % 12] END AS subj,
         CASE WHEN o = 6 THEN 'Substitute' WHEN t % 9 = 0 THEN 'Part-time' ELSE 'Full-time' END AS et,
         (o < 6 AND t % 13 <> 0) OR (o = 6 AND t % 2 = 0) AS cert
  FROM (SELECT t, (t - 1) / 12 AS o, (t - 1) % 12 + 1 AS sc FROM generate_series(1, 84) t) g
  JOIN school.schools s ON s.school_id = g.sc
  CROSS JOIN LATERAL (SELECT s.school_level AS lvl) l
) x;

-- one guardian per student; the guardians of the first 150 students also have a second child
INSERT INTO school.guardians
SELECT g, fn,
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
              'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
              'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores'])[1 + (g * 17 + g / 23) % 40],
       rel,
       '(555) ' || (300 + g % 600) || '-' || lpad(((g * 7919) % 10000)::text, 4, '0'),
       CASE WHEN g % 9 = 0 THEN NULL ELSE lower(fn) || '.' || g || (ARRAY['@gmail.com','@yahoo.com','@outlook.com'])[1 + g % 3] END,
       s.city,
       CASE WHEN (g * 3 + g / 10) % 20 < 14 THEN 'English' WHEN (g * 3 + g / 10) % 20 < 17 THEN 'Spanish'
            ELSE (ARRAY['Vietnamese','Arabic','Mandarin'])[(g * 3 + g / 10) % 20 - 16] END,
       g % 4 <> 0
FROM (
  SELECT g,
         CASE WHEN g % 10 < 5 THEN 'Mother' WHEN g % 10 < 8 THEN 'Father'
              WHEN g % 10 = 8 THEN 'Grandparent' ELSE 'Legal Guardian' END AS rel,
         CASE WHEN g % 10 < 5 OR (g % 10 >= 8 AND g % 2 = 0)
              THEN (ARRAY['Jennifer','Jessica','Amanda','Sarah','Melissa','Nicole','Stephanie','Heather','Elizabeth','Michelle',
                          'Laura','Rebecca','Karen','Angela','Rachel','Maria','Linda','Patricia','Susan','Lisa'])[1 + (g * 3) % 20]
              ELSE (ARRAY['Michael','Christopher','Matthew','Joshua','David','Daniel','James','Robert','John','Joseph',
                          'Andrew','Ryan','Brian','Kevin','Jason','Eric','Mark','Steven','Thomas','Paul'])[1 + (g * 3) % 20]
         END AS fn
  FROM generate_series(1, 450) g
) x
JOIN school.schools s ON s.school_id = (x.g - 1) % 12 + 1;

INSERT INTO school.students
SELECT s, fn, gd.last_name, gender,
       make_date(2017 - gl, 9, 1) + (s * 37) % 365,
       gl, sc, gid,
       CASE WHEN s % 5 = 0 THEN date '2022-01-10' + (s * 13) % 1000
            ELSE make_date(2024 - gl, 8, 22) + (s % 5) END,
       CASE WHEN s % 25 = 0 THEN 'Transferred' WHEN s % 37 = 11 THEN 'Withdrawn' ELSE 'Active' END,
       s % 11 = 0,
       CASE WHEN s % 5 IN (0, 1) THEN 'Free' WHEN s % 5 = 2 THEN 'Reduced' ELSE 'Paid' END,
       CASE WHEN gl >= 6 THEN lower(fn || '.' || gd.last_name) || s || '@students.oakdalevalley.org' END
FROM (
  SELECT s, sc, (s - 1) % 450 + 1 AS gid,
         CASE WHEN s % 2 = 0 THEN 'F' ELSE 'M' END AS gender,
         CASE WHEN s % 2 = 0
              THEN (ARRAY['Emma','Olivia','Ava','Sophia','Isabella','Mia','Charlotte','Amelia','Harper','Evelyn',
                          'Abigail','Emily','Ella','Grace','Chloe','Lily','Zoe','Hannah','Nora','Aaliyah',
                          'Sofia','Camila','Maya','Leah','Aria','Layla','Riley','Natalie','Sarah','Julia'])[1 + (s * 7 + s / 37) % 30]
              ELSE (ARRAY['Liam','Noah','Oliver','Elijah','James','William','Benjamin','Lucas','Henry','Alexander',
                          'Mason','Michael','Ethan','Daniel','Jacob','Logan','Jackson','Sebastian','Mateo','Jack',
                          'Owen','Samuel','Wyatt','Carter','Luke','Dylan','Isaac','Gabriel','Anthony','Caleb'])[1 + (s * 7 + s / 37) % 30]
         END AS fn,
         CASE sch.school_level WHEN 'Elementary' THEN ((s - 1) / 12) % 6
                               WHEN 'Middle' THEN 6 + ((s - 1) / 12) % 3
                               ELSE 9 + ((s - 1) / 12) % 4 END AS gl
  FROM (SELECT s, (s - 1) % 12 + 1 AS sc FROM generate_series(1, 600) s) b
  JOIN school.schools sch ON sch.school_id = b.sc
) x
JOIN school.guardians gd ON gd.guardian_id = x.gid;

-- five sections per school and term, each taught by one of the school's six regular teachers
INSERT INTO school.sections
SELECT i + 1,
       upper(left(replace(sub.subject_name, ' ', ''), 4)) || '-' || tr.term_id || '-' || (i / 72 + 1) || '-' || sc,
       t.subject_id, t.teacher_id, tr.term_id, sc,
       CASE WHEN t.subject_id = 6 THEN 'Gym' WHEN i % 17 = 0 THEN NULL ELSE 'R' || (100 + (i * 7) % 60) END,
       CASE WHEN sc <= 5 THEN 24 ELSE 22 + (i % 4) * 3 END,
       (ARRAY['Mon/Wed/Fri','Tue/Thu','Daily'])[1 + i % 3],
       time '08:00' + (i / 72) * interval '55 minutes'
FROM (SELECT i, i % 12 + 1 AS sc, (i / 12) % 6 + 1 AS term FROM generate_series(0, 359) i) g
JOIN school.terms tr ON tr.term_id = g.term
JOIN school.teachers t ON t.teacher_id = g.sc + 12 * ((g.i / 72 + g.term) % 6)
JOIN school.subjects sub ON sub.subject_id = t.subject_id;

INSERT INTO school.enrollments
SELECT i + 1, st, sec.section_id,
       (tr.starts_on - (i * 3) % 20 + time '08:00' + (i % 480) * interval '1 minute')::timestamptz,
       CASE WHEN (i + 1) % 19 = 0 THEN 'Dropped' WHEN tr.is_current THEN 'Enrolled' ELSE 'Completed' END,
       CASE WHEN (i + 1) % 19 = 0 THEN tr.starts_on + (i % 30) END
FROM (SELECT i, i % 360 + 1 AS sec_id,
             (i % 12 + 1) + 12 * (((i / 360) * 10 + (i % 360) / 12) % 50) AS st
      FROM generate_series(0, 1799) i) g
JOIN school.sections sec ON sec.section_id = g.sec_id
JOIN school.terms tr ON tr.term_id = sec.term_id;

INSERT INTO school.grades
SELECT i + 1, e.enrollment_id, atype, round(mx * pct / 100.0, 2), mx,
       CASE WHEN pct >= 90 THEN 'A' WHEN pct >= 80 THEN 'B' WHEN pct >= 70 THEN 'C' WHEN pct >= 60 THEN 'D' ELSE 'F' END,
       tr.starts_on + 10 + (i * 7) % 90,
       (tr.starts_on + 10 + (i * 7) % 90 + time '15:00' + (i % 120) * interval '1 minute')::timestamptz
FROM (
  SELECT i, i % 1800 + 1 AS eid,
         (ARRAY['Homework','Quiz','Unit Test','Project','Final Exam'])[1 + (i + (i / 1800) * 2) % 5] AS atype,
         (ARRAY[10,20,100,50,100])[1 + (i + (i / 1800) * 2) % 5] AS mx
  FROM generate_series(0, 1999) i
) g
JOIN school.enrollments e ON e.enrollment_id = g.eid
JOIN school.sections sec ON sec.section_id = e.section_id
JOIN school.terms tr ON tr.term_id = sec.term_id
CROSS JOIN LATERAL (SELECT 55 + (g.i * 37 + e.student_id * 11) % 46 AS pct) p;

INSERT INTO school.attendance_records
SELECT i + 1, e.student_id, e.section_id, d,
       st,
       CASE WHEN st = 'Late' THEN 3 + i % 25 END,
       (d + sec.start_time + interval '5 minutes')::timestamptz
FROM (SELECT i, i % 1800 + 1 AS eid,
             CASE WHEN (i * 13) % 20 < 15 THEN 'Present' WHEN (i * 13) % 20 < 17 THEN 'Late'
                  WHEN (i * 13) % 20 < 19 THEN 'Absent' ELSE 'Excused' END AS st
      FROM generate_series(0, 1999) i) g
JOIN school.enrollments e ON e.enrollment_id = g.eid
JOIN school.sections sec ON sec.section_id = e.section_id
JOIN school.terms tr ON tr.term_id = sec.term_id
CROSS JOIN LATERAL (SELECT tr.starts_on + (g.i * 3) % 95 AS d0) a
CROSS JOIN LATERAL (SELECT CASE extract(isodow FROM a.d0) WHEN 6 THEN a.d0 - 1 WHEN 7 THEN a.d0 + 1 ELSE a.d0 END AS d) b;

INSERT INTO school.incidents
SELECT i + 1, st.student_id, st.school_id,
       CASE WHEN i % 10 = 9 THEN NULL ELSE st.school_id + 12 * (i % 6) END,
       d + time '08:10' + ((i * 17) % 420) * interval '1 minute',
       itype, sev,
       CASE WHEN i % 12 = 5 THEN NULL
            WHEN sev = 'High' THEN CASE WHEN i % 3 = 0 THEN 'Parent Conference' ELSE 'Suspension' END
            WHEN sev = 'Medium' THEN 'Detention' ELSE 'Warning' END,
       CASE WHEN i % 12 <> 5 AND sev = 'High' AND i % 3 <> 0 THEN 1 + i % 5 END,
       CASE WHEN i % 12 = 5 THEN 'Open' ELSE 'Closed' END,
       CASE WHEN i % 12 <> 5 THEN d + (i % 9) END,
       CASE WHEN itype = 'Vandalism' THEN 75 + (i * 31) % 900 + 0.50 END
FROM (
  SELECT i, 1 + ((i % 150) * 53) % 600 AS sid,
         (ARRAY['Tardiness','Disruption','Bullying','Fighting','Cheating','Vandalism','Dress Code','Phone Use'])[1 + (i * 5) % 8] AS itype
  FROM generate_series(0, 179) i
) g
JOIN school.students st ON st.student_id = g.sid
CROSS JOIN LATERAL (SELECT date '2022-01-12' + (g.i * 37) % 1060 AS d0) a
CROSS JOIN LATERAL (SELECT CASE extract(isodow FROM a.d0) WHEN 6 THEN a.d0 + 2 WHEN 7 THEN a.d0 + 1 ELSE a.d0 END AS d) b
CROSS JOIN LATERAL (SELECT CASE WHEN g.itype IN ('Fighting','Vandalism','Bullying') THEN CASE WHEN (g.i / 8) % 2 = 0 THEN 'High' ELSE 'Medium' END
                                WHEN g.itype IN ('Disruption','Cheating') THEN 'Medium'
                                ELSE 'Low' END AS sev) v;

INSERT INTO school.fee_payments
SELECT i + 1, st.student_id, st.guardian_id, ftype,
       CASE ftype WHEN 'Lunch'                THEN 45 + (i * 29) % 50
                  WHEN 'Field Trip'           THEN 15 + (i * 13) % 45
                  WHEN 'Athletics'            THEN 75 + (i * 7) % 75
                  WHEN 'Books'                THEN 20 + (i * 11) % 65
                  WHEN 'Technology'           THEN 25 + (i % 2) * 25
                  ELSE 120 + (i * 19) % 180 END + (i % 4) * 0.25,
       d,
       (ARRAY['Card','Cash','Check','Bank Transfer','Online'])[1 + (i * 3) % 5],
       i % 31 = 0,
       (d + time '07:30' + ((i * 23) % 720) * interval '1 minute')::timestamptz
FROM (
  SELECT i, 1 + (i * 7) % 600 AS sid,
         (ARRAY['Lunch','Field Trip','Athletics','Books','Technology','After-school Program'])[1 + (i * 5 + i / 6) % 6] AS ftype,
         date '2022-01-03' + (i * 41) % 1090 AS d
  FROM generate_series(0, 899) i
) g
JOIN school.students st ON st.student_id = g.sid;
