-- A company's HR and project database, written for askpg's question-engine benchmarks:
-- offices, departments, employees (with managers), projects, staffing, timesheets,
-- expenses and leave requests. No comments on anything: it stands for a warehouse nobody
-- annotated. The rows are made up and deterministic (generate_series and modular
-- arithmetic only). Its golden set, benches/intent/company.yaml, is a tuning set.

CREATE TABLE offices (
    office_id smallint PRIMARY KEY,
    city      varchar(40) NOT NULL,
    country   varchar(40) NOT NULL
);
CREATE TABLE departments (
    department_id   smallint PRIMARY KEY,
    department_name varchar(40) NOT NULL,
    office_id       smallint NOT NULL REFERENCES offices
);
CREATE TABLE employees (
    employee_id      integer PRIMARY KEY,
    first_name       varchar(30) NOT NULL,
    last_name        varchar(30) NOT NULL,
    email            varchar(80) NOT NULL,
    hire_date        date NOT NULL,
    job_title        varchar(40) NOT NULL,
    salary           numeric(10,2) NOT NULL,
    manager_id       integer REFERENCES employees,
    department_id    smallint NOT NULL REFERENCES departments,
    termination_date date
);
CREATE TABLE projects (
    project_id   integer PRIMARY KEY,
    project_name varchar(60) NOT NULL,
    budget       numeric(12,2) NOT NULL,
    start_date   date NOT NULL,
    end_date     date,
    status       varchar(12) NOT NULL,
    client_name  varchar(60) NOT NULL
);
CREATE TABLE assignments (
    assignment_id  integer PRIMARY KEY,
    employee_id    integer NOT NULL REFERENCES employees,
    project_id     integer NOT NULL REFERENCES projects,
    role           varchar(20) NOT NULL,
    hours_per_week smallint NOT NULL,
    UNIQUE (employee_id, project_id)
);
CREATE TABLE timesheets (
    timesheet_id integer PRIMARY KEY,
    employee_id  integer NOT NULL REFERENCES employees,
    project_id   integer NOT NULL REFERENCES projects,
    work_date    date NOT NULL,
    hours        numeric(5,2) NOT NULL
);
CREATE TABLE expenses (
    expense_id   integer PRIMARY KEY,
    employee_id  integer NOT NULL REFERENCES employees,
    expense_date date NOT NULL,
    category     varchar(20) NOT NULL,
    amount       numeric(10,2) NOT NULL,
    approved     boolean NOT NULL
);
CREATE TABLE leave_requests (
    leave_request_id integer PRIMARY KEY,
    employee_id      integer NOT NULL REFERENCES employees,
    start_date       date NOT NULL,
    days             smallint NOT NULL,
    leave_type       varchar(20) NOT NULL,
    status           varchar(12) NOT NULL
);

INSERT INTO offices VALUES
  (1, 'London', 'United Kingdom'),
  (2, 'Manchester', 'United Kingdom'),
  (3, 'Berlin', 'Germany'),
  (4, 'Toronto', 'Canada'),
  (5, 'Austin', 'United States'),
  (6, 'Boston', 'United States');

INSERT INTO departments VALUES
  (1, 'Executive', 1),
  (2, 'Engineering', 3),
  (3, 'Sales', 1),
  (4, 'Marketing', 2),
  (5, 'Finance', 1),
  (6, 'Human Resources', 2),
  (7, 'Customer Support', 4),
  (8, 'Research', 6),
  (9, 'Operations', 5),
  (10, 'Legal', 6);

INSERT INTO employees
SELECT n,
       (ARRAY['Olivia','Liam','Emma','Noah','Ava','Lucas','Sophia','Mason','Isabella','Ethan',
              'Mia','James','Amelia','Oliver','Harper','Elijah','Evelyn','Henry','Abigail','Samuel',
              'Grace','Daniel','Chloe','Jacob','Nora','Leo','Hannah','Jack','Zoe','Owen',
              'Lily','Caleb','Ruby','Isaac','Alice','Felix','Clara','Hugo','Maya','Theo'])[1 + n % 40],
       (ARRAY['Smith','Johnson','Brown','Taylor','Wilson','Davies','Evans','Thomas','Roberts','Walker',
              'Wright','Robinson','Thompson','White','Hughes','Edwards','Green','Hall','Wood','Harris',
              'Martin','Jackson','Clarke','Lewis','Young','King','Baker','Fischer','Weber','Wagner',
              'Becker','Schulz','Hoffmann','Keller','Moreau','Laurent','Dubois','Tremblay','Gagnon','Roy',
              'Côté','Nguyen','Patel','Singh','Kowalski','Novak','Rossi','Russo','Silva','Costa'])[1 + (7 * n) % 50],
       '', DATE '2015-01-01' + (n * n * 37 + n * 113) % 3650,
       CASE WHEN n = 1 THEN 'Chief Executive Officer'
            WHEN n <= 10 THEN 'Head of Department'
            ELSE (ARRAY['Software Engineer','Analyst','Account Executive','Consultant',
                        'Software Engineer','Designer','Support Specialist','Software Engineer',
                        'Project Manager','Accountant','Analyst','Recruiter'])[1 + (n * 5) % 12] END,
       CASE WHEN n = 1 THEN 245000.00
            WHEN n <= 10 THEN 120000 + (n * n * 1733) % 60000 + 0.50
            ELSE 38000 + (n * n * 137 + n * 2917) % 71000 + CASE WHEN n % 17 = 5 THEN 64000 ELSE 0 END
                 + (n % 4) * 0.25 END,
       CASE WHEN n = 1 THEN NULL WHEN n <= 10 THEN 1 ELSE d END,
       CASE WHEN n <= 10 THEN n ELSE d END,
       NULL
FROM generate_series(1, 200) AS n
CROSS JOIN LATERAL (SELECT (ARRAY[2,2,3,7,2,9,3,4,7,2,8,5,3,2,6,9,2,10,7,3,2,1,8,4])[1 + (n * 5 + n / 11) % 24] AS d) AS x;

UPDATE employees
SET email = lower(first_name) || '.' || lower(last_name) || '@example.com',
    termination_date = CASE WHEN employee_id > 10 AND employee_id % 7 = 3
                            THEN LEAST(hire_date + 150 + (employee_id * 53) % 900, DATE '2024-12-20') END;

INSERT INTO projects
SELECT n, p,
       50000 + (n * n * 7919 + n * 131) % 450000 + (n % 3) * 500,
       DATE '2021-01-04' + ((n * 97 + n * n * 5) % 1200)::int,
       NULL,
       CASE WHEN n % 6 IN (0, 1, 2) THEN 'active' WHEN n % 6 IN (3, 4) THEN 'completed' ELSE 'on hold' END,
       (ARRAY['Acme Corp','Globex','Initech','Umbrella Health','Stark Logistics','Wayne Retail',
              'Hooli','Vandelay Industries','Soylent Foods','Tyrell Systems','Cyberdyne Labs',
              'Wonka Confectionery','Oscorp','Pied Piper','Northwind Traders'])[1 + (n * n * 3 + n) % 15]
FROM unnest(ARRAY['Apollo','Beacon','Cobalt','Delta Portal','Everest','Falcon','Granite',
  'Harbor','Ion Migration','Juniper','Keystone','Lighthouse','Meridian','Nimbus','Orion',
  'Pioneer','Quartz','Redwood','Summit','Tidal','Unity CRM','Vanguard','Willow','Xenon',
  'Yellowstone','Zephyr','Atlas Data Lake','Bluebird App','Cascade','Dynamo',
  'Ember Analytics','Fjord','Gemini Billing','Horizon','Indigo','Jasper Payroll',
  'Kestrel','Lumen','Mosaic','Nova Website']) WITH ORDINALITY AS x(p, n);

UPDATE projects SET end_date = start_date + 90 + (project_id * 41) % 400 WHERE status = 'completed';

INSERT INTO assignments
SELECT row_number() OVER (ORDER BY e.n, k), e.n, 1 + (3 * e.n + 11 * k) % 40,
       (ARRAY['developer','analyst','lead','tester','consultant','developer'])[1 + (e.n + k * k) % 6],
       4 + (e.n * k * 7 + k) % 37
FROM generate_series(2, 200) AS e(n)
CROSS JOIN LATERAL generate_series(1, (e.n * e.n + e.n / 7) % 6) AS k;

INSERT INTO timesheets
SELECT row_number() OVER (ORDER BY a.assignment_id, g), a.employee_id, a.project_id,
       DATE '2022-01-03' + (a.assignment_id * 31 + g * 47 + g * g * 3 + a.project_id * 5) % 1090,
       1 + ((a.assignment_id * g * 13 + g) % 33) * 0.25
FROM assignments a
CROSS JOIN LATERAL generate_series(1, 1 + (a.assignment_id * 7 + a.employee_id) % 19) AS g
WHERE a.project_id % 13 <> 0;

INSERT INTO expenses
SELECT g, 1 + (g * 7 + g * g / 90) % 200,
       DATE '2022-01-01' + (g * 71 + g * g) % 1096,
       c,
       CASE c WHEN 'travel' THEN 80 + (g * g * 13) % 1900
              WHEN 'meals' THEN 12 + (g * 17) % 140
              WHEN 'equipment' THEN 40 + (g * g * 29) % 2600
              ELSE 150 + (g * 41) % 1800 END + (g * 37 % 100) * 0.01,
       g % 9 <> 0 AND g % 11 <> 4
FROM generate_series(1, 2900) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['travel','meals','meals','equipment','travel','training','meals'])[1 + (g * g + g / 5) % 7] AS c) AS x
WHERE (g * 7 + g * g / 90) % 200 % 8 <> 4;

INSERT INTO leave_requests
SELECT g, 1 + (g * 13 + g * g / 300) % 200,
       DATE '2022-01-03' + (g * 37 + g * g * 2) % 1090,
       1 + (g * g + g / 3) % 10,
       (ARRAY['vacation','sick','vacation','parental','vacation','sick','unpaid'])[1 + (g * g * 5 + g / 4) % 7],
       (ARRAY['approved','approved','pending','approved','rejected','approved'])[1 + (g * 3 + g / 7) % 6]
FROM generate_series(1, 750) AS g;
