-- Operational data of a recruiting agency that runs its own job board: client companies,
-- recruiters, job openings, candidates and their skills, applications moving through the
-- hiring stages, interviews, offers and the placements the agency invoices a fee for.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE clients (
    client_id     integer PRIMARY KEY,
    company_name  text NOT NULL,
    industry      text NOT NULL,
    city          text NOT NULL,
    country       text NOT NULL,
    contract_tier text NOT NULL,
    fee_percent   numeric(5,2) NOT NULL,
    signed_on     date NOT NULL,
    is_active     boolean NOT NULL,
    website       varchar(120)
);
CREATE TABLE client_contacts (
    contact_id  integer PRIMARY KEY,
    client_id   integer NOT NULL REFERENCES clients,
    full_name   text NOT NULL,
    job_title   text NOT NULL,
    email       varchar(120) NOT NULL,
    phone       varchar(20),
    is_primary  boolean NOT NULL
);
CREATE TABLE recruiters (
    recruiter_id integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        varchar(120) NOT NULL,
    office_city  text NOT NULL,
    team         text NOT NULL,
    hired_on     date NOT NULL,
    left_on      date,
    base_salary  numeric(10,2) NOT NULL,
    is_senior    boolean NOT NULL
);
CREATE TABLE jobs (
    job_id          integer PRIMARY KEY,
    client_id       integer NOT NULL REFERENCES clients,
    recruiter_id    integer NOT NULL REFERENCES recruiters,
    title           text NOT NULL,
    department      text NOT NULL,
    city            text NOT NULL,
    employment_type text NOT NULL,
    salary_min      numeric(10,2) NOT NULL,
    salary_max      numeric(10,2),
    headcount       integer NOT NULL,
    is_remote       boolean NOT NULL,
    status          text NOT NULL,
    opened_on       date NOT NULL,
    closed_on       date
);
CREATE TABLE candidates (
    candidate_id      integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    email             varchar(120) NOT NULL,
    phone             varchar(20),
    city              text NOT NULL,
    years_experience  integer NOT NULL,
    expected_salary   numeric(10,2),
    source            text NOT NULL,
    willing_to_relocate boolean NOT NULL,
    registered_at     timestamp NOT NULL
);
CREATE TABLE skills (
    skill_id   integer PRIMARY KEY,
    skill_name text NOT NULL UNIQUE,
    category   text NOT NULL
);
CREATE TABLE candidate_skills (
    candidate_id integer NOT NULL REFERENCES candidates,
    skill_id     integer NOT NULL REFERENCES skills,
    proficiency  text NOT NULL,
    years_used   integer,
    PRIMARY KEY (candidate_id, skill_id)
);
CREATE TABLE applications (
    application_id   integer PRIMARY KEY,
    job_id           integer NOT NULL REFERENCES jobs,
    candidate_id     integer NOT NULL REFERENCES candidates,
    applied_at       timestamp NOT NULL,
    stage            text NOT NULL,
    stage_changed_at timestamp NOT NULL,
    rejection_reason text,
    UNIQUE (job_id, candidate_id)
);
CREATE TABLE interviews (
    interview_id     integer PRIMARY KEY,
    application_id   integer NOT NULL REFERENCES applications,
    round_no         integer NOT NULL,
    interview_type   text NOT NULL,
    interviewer_name text NOT NULL,
    scheduled_at     timestamptz NOT NULL,
    duration_minutes integer NOT NULL,
    outcome          text,
    rating           integer
);
CREATE TABLE offers (
    offer_id       integer PRIMARY KEY,
    application_id integer NOT NULL UNIQUE REFERENCES applications,
    offered_on     date NOT NULL,
    base_salary    numeric(10,2) NOT NULL,
    signing_bonus  numeric(10,2),
    start_date     date NOT NULL,
    status         text NOT NULL,
    responded_on   date
);
CREATE TABLE placements (
    placement_id   integer PRIMARY KEY,
    offer_id       integer NOT NULL UNIQUE REFERENCES offers,
    job_id         integer NOT NULL REFERENCES jobs,
    candidate_id   integer NOT NULL REFERENCES candidates,
    recruiter_id   integer NOT NULL REFERENCES recruiters,
    start_date     date NOT NULL,
    fee_amount     numeric(10,2) NOT NULL,
    invoiced_on    date NOT NULL,
    paid_on        date,
    guarantee_days integer NOT NULL,
    status         text NOT NULL
);

INSERT INTO clients
SELECT c.id, c.name, c.industry, c.city, c.country,
       (ARRAY['Standard','Premium','Enterprise'])[1 + c.id % 3],
       (ARRAY[18.00, 20.00, 22.50])[1 + c.id % 3],
       date '2021-03-01' + (c.id * 41) % 1100,
       c.id % 9 <> 0,
       CASE WHEN c.id % 7 = 0 THEN NULL
            ELSE 'https://www.' || lower(replace(c.name, ' ', '')) || '.com' END
FROM (VALUES
    (1,'Northwind Analytics','Software','London','United Kingdom'),
    (2,'Banque Rhodanienne','Banking','Lyon','France'),
    (3,'Helix Health','Healthcare','Manchester','United Kingdom'),
    (4,'Kleinfeld Logistik','Logistics','Hamburg','Germany'),
    (5,'Brightwave Energy','Energy','Dublin','Ireland'),
    (6,'Marlow Retail Group','Retail','London','United Kingdom'),
    (7,'Quantix Software','Software','Berlin','Germany'),
    (8,'Sable Insurance','Insurance','Paris','France'),
    (9,'Orchard Foods','Retail','Bristol','United Kingdom'),
    (10,'Vantage Capital','Banking','London','United Kingdom'),
    (11,'Lumen Medical','Healthcare','Lyon','France'),
    (12,'Tideway Shipping','Logistics','Rotterdam','Netherlands'),
    (13,'Cobalt Cloud','Software','Amsterdam','Netherlands'),
    (14,'Greenfield Renewables','Energy','Madrid','Spain'),
    (15,'Atlas Assurance','Insurance','Dublin','Ireland'),
    (16,'Pixelforge Studios','Software','Paris','France'),
    (17,'Harbor Freight Lines','Logistics','Antwerp','Belgium'),
    (18,'Meridian Bank','Banking','Frankfurt','Germany'),
    (19,'CarePoint Clinics','Healthcare','Birmingham','United Kingdom'),
    (20,'Urbane Fashion','Retail','Milan','Italy'),
    (21,'Solaris Power','Energy','Lyon','France'),
    (22,'Kestrel Cyber','Software','Manchester','United Kingdom'),
    (23,'Fenwick Mutual','Insurance','Edinburgh','United Kingdom'),
    (24,'Polaris Payments','Banking','Amsterdam','Netherlands'),
    (25,'Evergreen Pharma','Healthcare','Basel','Switzerland'),
    (26,'Swift Parcel','Logistics','Berlin','Germany'),
    (27,'Nimbus Data','Software','Dublin','Ireland'),
    (28,'Casa Hogar Retail','Retail','Madrid','Spain'),
    (29,'Ironbridge Engineering','Energy','Leeds','United Kingdom'),
    (30,'Bluebell Care Homes','Healthcare','Leeds','United Kingdom')
) AS c(id, name, industry, city, country);

INSERT INTO client_contacts
SELECT row_number() OVER (ORDER BY c.client_id, k),
       c.client_id,
       (ARRAY['Claire','Tom','Sophie','Marc','Anna','David','Laura','Peter','Julie','Ravi','Elena','James'])[1 + (c.client_id * 3 + k) % 12]
         || ' ' ||
       (ARRAY['Martin','Hughes','Dubois','Schmidt','Kelly','Rossi','Patel','Nguyen','Bennett','Garcia','Weber','Murphy'])[1 + (c.client_id * 5 + k * 7) % 12],
       (ARRAY['Head of Talent','HR Manager','Hiring Manager'])[k],
       'contact' || c.client_id || '.' || k || '@' || lower(replace(c.company_name, ' ', '')) || '.com',
       CASE WHEN (c.client_id + k) % 4 = 0 THEN NULL
            ELSE '+44 20 7' || lpad(((c.client_id * 131 + k * 17) % 1000)::text, 3, '0') || ' ' || lpad(((c.client_id * 71 + k) % 10000)::text, 4, '0') END,
       k = 1
FROM clients c
CROSS JOIN generate_series(1, 3) AS k
WHERE k <= 2 + (c.client_id % 3 = 0)::int;

INSERT INTO recruiters
SELECT g,
       (ARRAY['Emma','Lucas','Olivia','Noah','Chloe','Hugo','Amelia','Leo','Isla','Jack','Ines','Oscar','Mia','Samir','Grace','Theo'])[g],
       (ARRAY['Walsh','Moreau','Fischer','Clarke','Laurent','Byrne','Novak','Hughes','Fontaine','Doyle','Khan','Reid','Berger','Haddad','Evans','Lambert'])[g],
       'r' || g || '@talentbridge-recruiting.com',
       (ARRAY['London','Lyon','Berlin','Dublin'])[1 + g % 4],
       (ARRAY['Tech','Finance','Healthcare','Sales & Retail'])[1 + (g * 3) % 4],
       date '2019-02-01' + (g * 97) % 1400,
       CASE WHEN g IN (6, 13) THEN date '2024-06-30' + g ELSE NULL END,
       38000 + (g % 5) * 4500 + (g % 2) * 2500,
       g % 3 = 0
FROM generate_series(1, 16) AS g;

INSERT INTO jobs
SELECT j.g,
       1 + (j.g * 11) % 28,
       1 + (j.g * 5) % 16,
       (ARRAY['Software Engineer','Data Analyst','Registered Nurse','Financial Analyst','Sales Executive',
              'DevOps Engineer','Accountant','Store Manager','Product Manager','Warehouse Supervisor',
              'Data Scientist','Customer Success Manager','Pharmacist','Risk Analyst','Marketing Manager',
              'Frontend Developer','Project Manager','Logistics Coordinator','Account Manager','HR Business Partner'])[1 + j.g % 20],
       (ARRAY['Engineering','Data','Clinical','Finance','Sales',
              'Engineering','Finance','Operations','Product','Operations',
              'Data','Sales','Clinical','Finance','Marketing',
              'Engineering','Operations','Operations','Sales','People'])[1 + j.g % 20],
       (SELECT city FROM clients WHERE client_id = 1 + (j.g * 11) % 28),
       CASE WHEN j.g % 6 = 0 THEN 'Contract' WHEN j.g % 13 = 0 THEN 'Part-time' ELSE 'Full-time' END,
       35000 + (j.g % 12) * 5000,
       CASE WHEN j.g % 11 = 0 THEN NULL ELSE 35000 + (j.g % 12) * 5000 + 10000 + (j.g % 4) * 5000 END,
       1 + (j.g % 7 = 0)::int,
       j.g % 4 = 0,
       j.status,
       j.opened_on,
       CASE WHEN j.status = 'Filled' THEN j.opened_on + 30 + j.g % 50
            WHEN j.status = 'Cancelled' THEN j.opened_on + 60 + j.g % 20
            ELSE NULL END
FROM (
    SELECT g, d AS opened_on,
           CASE WHEN d >= date '2024-09-01' THEN 'Open'
                WHEN g % 10 = 7 THEN 'Cancelled'
                WHEN g % 10 = 8 THEN 'On hold'
                WHEN g % 10 = 9 AND d >= date '2024-01-01' THEN 'Open'
                ELSE 'Filled' END AS status
    FROM (SELECT g, date '2022-01-03' + ((g - 1) * 1080) / 240 + g % 5 AS d
          FROM generate_series(1, 240) AS g) s
) j;

INSERT INTO candidates
SELECT g,
       (ARRAY['Alice','Ben','Camille','Daniel','Eva','Felix','Hannah','Ibrahim','Julia','Karim',
              'Lea','Martin','Nadia','Owen','Paula','Quentin','Rosa','Simon','Tara','Umar',
              'Vera','William','Yasmin','Zoe','Adam','Beatriz','Connor','Diane','Ethan','Fatima'])[1 + g % 30],
       (ARRAY['Smith','Bernard','Muller','O''Brien','Rossi','Jones','Petit','Becker','Ryan','Silva',
              'Taylor','Richard','Wagner','Walsh','Costa','Brown','Durand','Hoffmann','Byrne','Lopez',
              'Wilson','Leroy','Schulz','Kennedy','Romano','Davies','Girard','Koch','Quinn','Ortega'])[1 + (g * 7) % 30],
       'cand' || g || '@mail.example.com',
       CASE WHEN g % 7 = 0 THEN NULL ELSE '+33 6 ' || lpad(((g * 7919) % 100000000)::text, 8, '0') END,
       (ARRAY['London','Lyon','Paris','Berlin','Dublin','Manchester','Amsterdam','Madrid','Hamburg','Leeds'])[1 + (g * 3) % 10],
       g % 18,
       CASE WHEN g % 9 = 0 THEN NULL ELSE 40000 + (g % 15) * 4000 END,
       (ARRAY['LinkedIn','Referral','Job board','Website','Career fair'])[1 + g % 5],
       g % 4 = 1,
       timestamp '2021-11-01 08:00' + ((g - 1) * 1150 / 900) * interval '1 day' + ((g * 37) % 600) * interval '1 minute'
FROM generate_series(1, 900) AS g;

INSERT INTO skills VALUES
    (1,'Python','Programming'), (2,'Java','Programming'), (3,'JavaScript','Programming'),
    (4,'SQL','Data'), (5,'Power BI','Data'), (6,'Machine Learning','Data'),
    (7,'AWS','Cloud'), (8,'Kubernetes','Cloud'), (9,'Azure','Cloud'),
    (10,'IFRS Reporting','Finance'), (11,'Financial Modelling','Finance'), (12,'Excel','Finance'),
    (13,'Negotiation','Sales'), (14,'Salesforce','Sales'), (15,'Account Management','Sales'),
    (16,'Patient Care','Healthcare'), (17,'Phlebotomy','Healthcare'), (18,'Pharmacology','Healthcare'),
    (19,'Agile','Management'), (20,'Stakeholder Management','Management'), (21,'People Management','Management'),
    (22,'German','Languages'), (23,'French','Languages'), (24,'Spanish','Languages');

INSERT INTO candidate_skills
SELECT c, 1 + (c + k * 7) % 24,
       (ARRAY['Beginner','Intermediate','Advanced','Expert'])[1 + (c + k) % 4],
       CASE WHEN (c + k) % 6 = 0 THEN NULL ELSE 1 + (c * k) % 10 END
FROM generate_series(1, 900) AS c
CROSS JOIN generate_series(1, 3) AS k
WHERE k <= 1 + c % 3 AND c % 25 <> 0;

INSERT INTO applications
SELECT row_number() OVER (ORDER BY j.job_id, k),
       j.job_id,
       1 + (j.job_id * 37 + k * 53) % 860,
       j.opened_on + (k * 3 + j.job_id % 4) * interval '1 day' + (9 + (j.job_id + k) % 9) * interval '1 hour' + ((j.job_id * k * 13) % 60) * interval '1 minute',
       s.stage,
       j.opened_on + (k * 3 + j.job_id % 4 + CASE s.stage WHEN 'Applied' THEN 0 WHEN 'Screening' THEN 4 WHEN 'Rejected' THEN 6 + k
                                                          WHEN 'Withdrawn' THEN 12 WHEN 'Interview' THEN 9 ELSE 24 END) * interval '1 day'
                   + (10 + (j.job_id + k) % 7) * interval '1 hour',
       CASE WHEN s.stage = 'Rejected'
            THEN (ARRAY['Not enough experience','Salary expectations too high','Position filled','Failed technical test','Poor culture fit'])[1 + (j.job_id + k) % 5]
            ELSE NULL END
FROM jobs j
CROSS JOIN generate_series(1, 8) AS k
CROSS JOIN LATERAL (
    SELECT CASE
        WHEN j.status = 'Filled' AND k = 1 THEN 'Hired'
        WHEN j.status = 'Filled' AND k = 2 AND j.job_id % 3 = 0 THEN 'Withdrawn'
        WHEN j.status IN ('Filled','Cancelled') THEN CASE WHEN (j.job_id + k) % 4 = 0 THEN 'Withdrawn' ELSE 'Rejected' END
        ELSE (ARRAY['Applied','Screening','Interview','Offer','Rejected','Screening','Interview'])[1 + (j.job_id + k) % 7]
    END AS stage
) s
WHERE k <= 3 + j.job_id % 6;

INSERT INTO interviews
SELECT row_number() OVER (ORDER BY a.application_id, r),
       a.application_id,
       r,
       (ARRAY['Phone screen','Technical','Final'])[r],
       (ARRAY['Sarah Collins','Mehdi Benali','Katrin Vogel','Liam Carter','Ana Ferreira','George Patel','Nora Lindqvist','Paul Renard'])[1 + (a.application_id + r * 3) % 8],
       (a.applied_at + (r * 5) * interval '1 day')::date + time '09:30' + ((a.application_id + r) % 7) * interval '1 hour',
       (ARRAY[30, 60, 45])[r],
       CASE WHEN a.stage IN ('Hired','Offer') THEN 'Passed'
            WHEN a.stage = 'Withdrawn' AND r = 3 THEN 'Passed'
            WHEN a.stage = 'Withdrawn' THEN 'Passed'
            WHEN a.stage = 'Rejected' AND r = n.rounds THEN CASE WHEN a.application_id % 10 = 0 THEN 'No-show' ELSE 'Failed' END
            WHEN a.stage = 'Rejected' THEN 'Passed'
            WHEN a.stage = 'Interview' AND r = n.rounds THEN NULL
            ELSE 'Passed' END,
       CASE WHEN a.stage = 'Interview' AND r = n.rounds THEN NULL
            WHEN a.stage = 'Rejected' AND r = n.rounds AND a.application_id % 10 = 0 THEN NULL
            WHEN a.stage = 'Rejected' AND r = n.rounds THEN 1 + a.application_id % 2
            ELSE 3 + (a.application_id + r) % 3 END
FROM applications a
CROSS JOIN LATERAL (
    SELECT CASE WHEN a.stage IN ('Hired','Offer') THEN 3
                WHEN a.stage = 'Withdrawn' THEN 1 + a.application_id % 3
                WHEN a.stage = 'Interview' THEN 1 + a.application_id % 2
                WHEN a.stage = 'Rejected' AND a.application_id % 3 <> 1 THEN 1 + a.application_id % 2
                ELSE 0 END AS rounds
) n
CROSS JOIN generate_series(1, 3) AS r
WHERE r <= n.rounds;

INSERT INTO offers
SELECT row_number() OVER (ORDER BY a.application_id),
       a.application_id,
       o.offered_on,
       round(j.salary_min + (coalesce(j.salary_max, j.salary_min + 10000) - j.salary_min) * ((a.application_id % 5) / 4.0), -2),
       CASE WHEN a.application_id % 4 = 0 THEN 2000 + (a.application_id % 4 + a.application_id % 3) * 1000 ELSE NULL END,
       o.offered_on + 28 + a.application_id % 14,
       CASE WHEN a.stage = 'Hired' THEN 'Accepted'
            WHEN a.stage = 'Withdrawn' THEN 'Declined'
            WHEN a.application_id % 3 = 0 THEN 'Expired'
            ELSE 'Pending' END,
       CASE WHEN a.stage = 'Offer' AND a.application_id % 3 <> 0 THEN NULL
            ELSE o.offered_on + 2 + a.application_id % 6 END
FROM applications a
JOIN jobs j ON j.job_id = a.job_id
CROSS JOIN LATERAL (SELECT (a.applied_at + interval '20 days')::date AS offered_on) o
WHERE a.stage IN ('Hired','Offer')
   OR (a.stage = 'Withdrawn' AND j.status = 'Filled' AND a.application_id % 2 = 0);

INSERT INTO placements
SELECT row_number() OVER (ORDER BY o.offer_id),
       o.offer_id,
       j.job_id,
       a.candidate_id,
       j.recruiter_id,
       o.start_date,
       round(o.base_salary * c.fee_percent / 100, 2),
       o.start_date + 7,
       CASE WHEN o.start_date >= date '2024-10-15' OR o.offer_id % 9 = 0 THEN NULL
            ELSE o.start_date + 7 + 20 + o.offer_id % 25 END,
       CASE c.contract_tier WHEN 'Enterprise' THEN 120 WHEN 'Premium' THEN 90 ELSE 60 END,
       CASE WHEN o.offer_id % 13 = 0 THEN 'Left during guarantee'
            WHEN o.start_date + CASE c.contract_tier WHEN 'Enterprise' THEN 120 WHEN 'Premium' THEN 90 ELSE 60 END < date '2024-12-31'
                 THEN 'Guarantee completed'
            ELSE 'In guarantee' END
FROM offers o
JOIN applications a ON a.application_id = o.application_id
JOIN jobs j ON j.job_id = a.job_id
JOIN clients c ON c.client_id = j.client_id
WHERE o.status = 'Accepted';
