-- A university's records database (departments, teaching staff, students, courses offered
-- by term, enrolments with grades, tuition payments), written for askpg's benchmarks. No
-- comments on anything: it stands for a warehouse nobody annotated. The rows are made up
-- and deterministic (generate_series and modular arithmetic only).

CREATE TABLE buildings (
    building_id   integer PRIMARY KEY,
    building_name text NOT NULL,
    campus        text NOT NULL,
    opened_year   integer
);
CREATE TABLE rooms (
    room_id     integer PRIMARY KEY,
    building_id integer NOT NULL REFERENCES buildings,
    room_number varchar(10) NOT NULL,
    room_type   text NOT NULL,
    capacity    integer NOT NULL
);
CREATE TABLE departments (
    department_id   integer PRIMARY KEY,
    department_name text NOT NULL,
    faculty         text NOT NULL,
    building_id     integer REFERENCES buildings,
    annual_budget   numeric(12,2),
    established_year integer
);
CREATE TABLE instructors (
    instructor_id integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         text,
    department_id integer NOT NULL REFERENCES departments,
    academic_rank text NOT NULL,
    hire_date     date NOT NULL,
    salary        numeric(10,2) NOT NULL
);
CREATE TABLE students (
    student_id          integer PRIMARY KEY,
    first_name          text NOT NULL,
    last_name           text NOT NULL,
    email               text,
    birth_date          date NOT NULL,
    gender              char(1),
    city                text NOT NULL,
    country             text NOT NULL,
    admission_date      date NOT NULL,
    major_department_id integer REFERENCES departments,
    student_status      text NOT NULL,
    advisor_id          integer REFERENCES instructors
);
CREATE TABLE courses (
    course_id     integer PRIMARY KEY,
    course_code   varchar(10) NOT NULL UNIQUE,
    title         text NOT NULL,
    department_id integer NOT NULL REFERENCES departments,
    credits       smallint NOT NULL,
    course_level  text NOT NULL
);
CREATE TABLE terms (
    term_id    integer PRIMARY KEY,
    term_name  text NOT NULL,
    season     text NOT NULL,
    term_year  integer NOT NULL,
    start_date date NOT NULL,
    end_date   date NOT NULL
);
CREATE TABLE course_sections (
    section_id     integer PRIMARY KEY,
    course_id      integer NOT NULL REFERENCES courses,
    term_id        integer NOT NULL REFERENCES terms,
    instructor_id  integer NOT NULL REFERENCES instructors,
    room_id        integer REFERENCES rooms,
    section_number smallint NOT NULL,
    delivery_mode  text NOT NULL,
    max_enrollment integer NOT NULL
);
CREATE TABLE enrollments (
    enrollment_id     integer PRIMARY KEY,
    student_id        integer NOT NULL REFERENCES students,
    section_id        integer NOT NULL REFERENCES course_sections,
    enrolled_on       date NOT NULL,
    enrollment_status text NOT NULL,
    letter_grade      varchar(2),
    grade_points      numeric(3,2),
    UNIQUE (student_id, section_id)
);
CREATE TABLE tuition_payments (
    payment_id     integer PRIMARY KEY,
    student_id     integer NOT NULL REFERENCES students,
    term_id        integer NOT NULL REFERENCES terms,
    amount         numeric(10,2) NOT NULL,
    paid_on        date NOT NULL,
    payment_method text NOT NULL
);

INSERT INTO buildings VALUES
  (1, 'Hartley Hall', 'North Campus', 1962),
  (2, 'Sinclair Science Center', 'North Campus', 1998),
  (3, 'Whitmore Library Annex', 'Main Campus', 1975),
  (4, 'Okafor Engineering Building', 'South Campus', 2011),
  (5, 'Brennan Hall', 'Main Campus', 1931),
  (6, 'Castellano Arts Center', 'Main Campus', 2004),
  (7, 'Pemberton Business School', 'South Campus', 1989);

INSERT INTO rooms
SELECT n, 1 + (n - 1) % 7,
       (1 + (n - 1) / 7 % 3)::text || lpad((((n - 1) / 21) * 10 + (n - 1) % 7 + 1)::text, 2, '0'),
       (ARRAY['lecture hall','classroom','classroom','laboratory','seminar room'])[1 + n % 5],
       CASE 1 + n % 5 WHEN 1 THEN 120 + (n * 7) % 80 WHEN 4 THEN 24 + n % 3 * 6 WHEN 5 THEN 18 ELSE 35 + (n * 3) % 20 END
FROM generate_series(1, 42) AS n;

INSERT INTO departments VALUES
  (1, 'Computer Science', 'Science', 2, 4850000.00, 1971),
  (2, 'Mathematics', 'Science', 2, 2960000.00, 1903),
  (3, 'Physics', 'Science', 2, 3415000.00, 1903),
  (4, 'Chemistry', 'Science', 2, 3120500.00, 1911),
  (5, 'Biology', 'Science', 2, 3780000.00, 1911),
  (6, 'Mechanical Engineering', 'Engineering', 4, 4390000.00, 1958),
  (7, 'Electrical Engineering', 'Engineering', 4, 4125000.00, 1964),
  (8, 'Economics', 'Social Sciences', 1, 2210000.00, 1935),
  (9, 'Psychology', 'Social Sciences', 1, 2480000.00, 1949),
  (10, 'History', 'Arts and Humanities', 5, 1395000.00, 1903),
  (11, 'English Literature', 'Arts and Humanities', 5, 1520000.00, 1903),
  (12, 'Music', 'Arts and Humanities', 6, 1645000.00, 1952),
  (13, 'Business Administration', 'Business', 7, 3950000.00, 1967);

INSERT INTO instructors
SELECT n, f, l,
       CASE WHEN n % 11 = 7 THEN NULL ELSE lower(f) || '.' || lower(l) || '@univ.example.edu' END,
       1 + (n - 1) % 13,
       (ARRAY['Professor','Associate Professor','Assistant Professor','Lecturer','Associate Professor','Assistant Professor'])[1 + (n * 5) % 6],
       DATE '1994-08-15' + ((n * 2389) % 10800)::int,
       round((58000 + (n * 3571) % 74000 + (n % 4) * 0.5)::numeric, 2)
FROM unnest(ARRAY['Margaret','Tobias','Anjali','Desmond','Helena','Rafael','Ingrid','Kwame',
  'Lucia','Oliver','Priya','Stefan','Yuki','Bernard','Camille','Dmitri','Eleanor','Farid',
  'Gwen','Hiroshi','Isabel','Jonas','Keiko','Leonard','Miriam','Nikolai','Olga','Patrick',
  'Rosa','Samuel','Tamsin','Umar','Vera','Walter','Ximena','Yusuf','Zofia','Adrian','Beatrix',
  'Cornelius','Dagny','Emil','Florence','Gareth','Hana','Ivan','Judith','Kofi','Lorna',
  'Marcus','Nadia','Osvaldo','Petra','Quentin','Renata','Silas','Thea','Ulrich','Vivian'])
  WITH ORDINALITY AS x(f, n)
JOIN unnest(ARRAY['Ashworth','Bergstrom','Chandrasekar','Delacroix','Eriksen','Fairbanks',
  'Gallagher','Hollis','Ibarra','Jankowski','Kimura','Lindqvist','Moreau','Nakashima',
  'Oduya','Prescott','Quiroga','Ravensworth','Szabo','Thornbury','Underhill','Valdivia',
  'Whitcombe','Yardley','Zielinski','Abernathy','Blackwood','Castellanos','Dunmore','Esposito',
  'Fitzgerald','Grimaldi','Halvorsen','Iyer','Jovanovic','Kaczmarek','Lockhart','Mbeki',
  'Novak','Okonkwo','Pellegrini','Radcliffe','Sorensen','Takahashi','Urquhart','Vasquez',
  'Wexler','Achebe','Brandt','Coutinho','Drummond','Eklund','Forsythe','Gutierrez','Hargreaves',
  'Ishikawa','Kowalczyk','Llewellyn','Montague']) WITH ORDINALITY AS y(l, m) ON m = n;

INSERT INTO students
SELECT n,
       CASE n WHEN 1 THEN 'Maya' ELSE (ARRAY['Liam','Olivia','Noah','Emma','Ethan','Ava','Lucas',
         'Sophia','Mason','Isabella','Logan','Mia','James','Amelia','Aiden','Harper','Elijah',
         'Evelyn','Benjamin','Abigail','Daniel','Emily','Henry','Ella','Jackson','Chloe',
         'Sebastian','Aria','Mateo','Zoe','Arjun','Leila','Chen','Fatima','Diego','Nia',
         'Kenji','Sofia','Omar','Aisha'])[1 + n % 40] END,
       CASE n WHEN 1 THEN 'Rosenthal' ELSE (ARRAY['Smith','Johnson','Williams','Brown','Jones',
         'Garcia','Miller','Davis','Rodriguez','Martinez','Hernandez','Lopez','Wilson','Anderson',
         'Thomas','Taylor','Moore','Jackson','Martin','Lee','Perez','Thompson','White','Harris',
         'Sanchez','Clark','Ramirez','Lewis','Robinson','Walker','Young','Allen','King','Wright',
         'Scott','Nguyen','Hill','Flores','Green','Adams','Nelson','Baker','Hall','Rivera',
         'Campbell','Mitchell','Carter'])[1 + (n / 40 + n * 3) % 47] END,
       CASE WHEN n % 19 = 4 THEN NULL ELSE 's' || lpad(n::text, 6, '0') || '@students.univ.example.edu' END,
       DATE '1996-01-01' + ((n * 977) % 3650),
       CASE WHEN n % 29 = 0 THEN NULL WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       c.city, c.country,
       (ARRAY[DATE '2018-08-27', DATE '2019-08-26', DATE '2020-08-24', DATE '2021-08-30',
              DATE '2022-08-29', DATE '2023-08-28', DATE '2024-08-26', DATE '2021-01-18',
              DATE '2022-01-17', DATE '2023-01-16'])[1 + (n * 7) % 10],
       CASE WHEN n % 23 = 5 THEN NULL ELSE (ARRAY[1,1,1,13,13,9,9,5,2,3,4,6,7,8,10,11,12,1,13,9,6])[1 + (n * 5) % 21] END,
       CASE WHEN (n * 7) % 10 IN (0, 1) AND n % 4 <> 0 THEN 'graduated'
            WHEN n % 31 = 3 THEN 'withdrawn'
            WHEN n % 37 = 9 THEN 'on leave'
            ELSE 'active' END,
       CASE WHEN n % 23 = 5 THEN NULL ELSE (ARRAY[1,1,1,13,13,9,9,5,2,3,4,6,7,8,10,11,12,1,13,9,6])[1 + (n * 5) % 21] + 13 * (n % 4) END
FROM generate_series(1, 900) AS n
JOIN (SELECT * FROM unnest(ARRAY['Boston','Chicago','Denver','Seattle','Austin','Portland',
        'Toronto','Vancouver','London','Manchester','Mumbai','Bangalore','Lagos','Beijing',
        'Seoul','Mexico City','Berlin','Boston','Chicago','Springfield','Madison','Toronto',
        'Boston','Austin'],
      ARRAY['USA','USA','USA','USA','USA','USA','Canada','Canada','UK','UK','India','India',
        'Nigeria','China','South Korea','Mexico','Germany','USA','USA','USA','USA','Canada',
        'USA','USA']) WITH ORDINALITY AS z(city, country, k)) c
  ON c.k = 1 + (n * 11) % 24;

INSERT INTO courses
SELECT n, code, t, d, CASE WHEN n % 9 = 0 THEN 4 WHEN n % 13 = 0 THEN 2 ELSE 3 END,
       CASE WHEN substr(code, length(code) - 2, 1) IN ('5', '6') THEN 'graduate' ELSE 'undergraduate' END
FROM unnest(
  ARRAY['CS101','CS201','CS310','CS340','CS520','CS610',
        'MATH110','MATH210','MATH250','MATH330','MATH520','MATH601',
        'PHYS101','PHYS202','PHYS305','PHYS510',
        'CHEM101','CHEM210','CHEM320','CHEM505',
        'BIO101','BIO220','BIO315','BIO340','BIO530',
        'ME150','ME260','ME370','ME550',
        'EE110','EE230','EE345','EE560',
        'ECON101','ECON201','ECON310','ECON520',
        'PSY100','PSY210','PSY330','PSY540',
        'HIST105','HIST220','HIST315','HIST510',
        'ENG101','ENG230','ENG340','ENG520',
        'MUS110','MUS205','MUS310',
        'BUS101','BUS210','BUS305','BUS350','BUS520','BUS610',
        'CS450','MATH460','PHYS470','BIO480','ECON490','BUS495','HIST499','MUS499'],
  ARRAY['Introduction to Programming','Data Structures','Operating Systems','Database Systems','Machine Learning','Distributed Systems',
        'Calculus I','Calculus II','Linear Algebra','Probability','Real Analysis','Topology',
        'General Physics','Electricity and Magnetism','Quantum Mechanics','Statistical Mechanics',
        'General Chemistry','Organic Chemistry','Physical Chemistry','Advanced Spectroscopy',
        'Cell Biology','Genetics','Ecology','Microbiology','Molecular Evolution',
        'Engineering Drawing','Thermodynamics','Fluid Mechanics','Finite Element Methods',
        'Circuit Analysis','Digital Logic','Signals and Systems','Power Electronics',
        'Principles of Microeconomics','Principles of Macroeconomics','Econometrics','Game Theory',
        'Introduction to Psychology','Developmental Psychology','Cognitive Psychology','Clinical Neuropsychology',
        'World History','Medieval Europe','History of the Americas','Historiography',
        'Academic Writing','Shakespeare','The Modern Novel','Literary Theory',
        'Music Theory','Music History','Orchestration',
        'Introduction to Business','Financial Accounting','Marketing Management','Corporate Finance','Business Strategy','Mergers and Acquisitions',
        'Computer Graphics','Number Theory','Astrophysics','Immunology','Behavioral Economics','Entrepreneurship','Oral History','Jazz Improvisation'],
  ARRAY[1,1,1,1,1,1, 2,2,2,2,2,2, 3,3,3,3, 4,4,4,4, 5,5,5,5,5, 6,6,6,6, 7,7,7,7,
        8,8,8,8, 9,9,9,9, 10,10,10,10, 11,11,11,11, 12,12,12, 13,13,13,13,13,13,
        1,2,3,5,8,13,10,12]) WITH ORDINALITY AS x(code, t, d, n);

INSERT INTO terms
SELECT n, s || ' ' || y, s, y,
       make_date(y, CASE s WHEN 'Spring' THEN 1 WHEN 'Summer' THEN 6 ELSE 9 END,
                 CASE s WHEN 'Spring' THEN 18 WHEN 'Summer' THEN 1 ELSE 1 END),
       make_date(y, CASE s WHEN 'Spring' THEN 5 WHEN 'Summer' THEN 8 ELSE 12 END,
                 CASE s WHEN 'Spring' THEN 10 WHEN 'Summer' THEN 9 ELSE 16 END)
FROM generate_series(1, 12) AS n,
     LATERAL (SELECT 2021 + (n - 1) / 3 AS y,
                     (ARRAY['Spring','Summer','Fall'])[1 + (n - 1) % 3] AS s) t;

INSERT INTO course_sections
SELECT s, c.course_id, t.term_id,
       CASE WHEN c.department_id <= 6 THEN c.department_id + 13 * ((s * 3) % 5 % 4)
            ELSE c.department_id + 13 * ((s * 3) % 4) END,
       CASE WHEN s % 17 = 0 THEN NULL ELSE 1 + (s * 13) % 42 END,
       1 + s % 3,
       CASE WHEN s % 17 = 0 THEN 'online' WHEN s % 11 = 0 THEN 'hybrid' ELSE 'in person' END,
       (ARRAY[12, 15, 20, 30, 45, 60])[1 + (s * 7) % 6]
FROM generate_series(1, 420) AS s
JOIN courses c ON c.course_id = 1 + (s * 7) % 60
JOIN terms t ON t.term_id = CASE WHEN s % 10 IN (2, 7) THEN 2 + 3 * ((s / 10) % 4)
                                 ELSE 1 + 3 * ((s / 10) % 4) + 2 * (s % 2) END;

INSERT INTO enrollments
SELECT row_number() OVER (ORDER BY x.section_id, x.k), x.student_id, x.section_id,
       t.start_date - (x.k * 7 + x.section_id) % 25,
       CASE WHEN t.term_id = 12 THEN 'enrolled' WHEN (x.section_id + x.k * 5) % 13 = 0 THEN 'dropped' ELSE 'completed' END,
       CASE WHEN t.term_id = 12 OR (x.section_id + x.k * 5) % 13 = 0 THEN NULL ELSE g.grade END,
       CASE WHEN t.term_id = 12 OR (x.section_id + x.k * 5) % 13 = 0 THEN NULL ELSE g.points END
FROM (SELECT DISTINCT ON (cs.section_id, z.student_id) cs.section_id, cs.term_id, k, z.student_id
      FROM course_sections cs
      CROSS JOIN generate_series(1, 22) AS k
      CROSS JOIN LATERAL (SELECT CASE WHEN k % 3 = 0 THEN 1 + ((cs.section_id * 97 + k * 131) % 860) / 4
                                      ELSE 1 + (cs.section_id * 97 + k * 131) % 860 END AS student_id) z
      WHERE k <= 3 + (cs.section_id * 7) % 19
      ORDER BY cs.section_id, z.student_id, k) x
JOIN terms t ON t.term_id = x.term_id
JOIN (SELECT * FROM unnest(ARRAY['A','A-','B+','B','B-','C+','C','C-','D','F','A','B+','B','B','A-','C'],
                           ARRAY[4.00,3.70,3.30,3.00,2.70,2.30,2.00,1.70,1.00,0.00,4.00,3.30,3.00,3.00,3.70,2.00])
      WITH ORDINALITY AS gg(grade, points, gk)) g
  ON g.gk = 1 + (x.section_id * 31 + x.k * 7 + x.student_id) % 16;

INSERT INTO tuition_payments
SELECT p, 1 + (p * 53) % 880, t.term_id,
       round((CASE WHEN t.season = 'Summer' THEN 1200 ELSE 3800 END + (p * 137) % 2600 + (p % 4) * 0.25
              + (t.term_year - 2021) * 150)::numeric, 2),
       t.start_date - 14 + (p * 3) % 40,
       (ARRAY['card','bank transfer','bank transfer','check','scholarship','card','bank transfer'])[1 + (p * 5) % 7]
FROM generate_series(1, 2600) AS p
JOIN terms t ON t.term_id = (ARRAY[1,1,1,2,3,3,3,4,4,4,4,5,6,6,6,6,7,7,7,7,8,9,9,9,10,10,10,11,12,12])[1 + (p * 11) % 30];
