-- Sample database of a charitable foundation's grant making: funding programs and their focus
-- areas, program officers, applicant organizations, grant applications, reviewers and their
-- review scores, awards, disbursements (grant payments), grantee progress reports and site visits.
-- Every row is invented and reproducible: fixed lists, generate_series and modular arithmetic
-- only (no random(), no now()); activity runs from January 2022 through December 2025.
-- Naming follows the foundation's old in-house system: money in _usd, dates in _dt,
-- yes/no as _flag char(1) 'Y'/'N'.

BEGIN;

CREATE TABLE focus_areas (
    focus_area_id   integer PRIMARY KEY,
    area_name       text NOT NULL UNIQUE,
    area_desc       text
);

CREATE TABLE program_officers (
    program_officer_id integer PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text NOT NULL UNIQUE,
    job_title       text NOT NULL,
    hired_dt        date NOT NULL,
    active_flag     char(1) NOT NULL DEFAULT 'Y' CHECK (active_flag IN ('Y', 'N'))
);

CREATE TABLE programs (
    program_id      integer PRIMARY KEY,
    program_name    text NOT NULL UNIQUE,
    focus_area_id   integer NOT NULL REFERENCES focus_areas (focus_area_id),
    lead_officer_id integer NOT NULL REFERENCES program_officers (program_officer_id),
    annual_budget_usd numeric(14,2) NOT NULL,
    max_award_usd   numeric(12,2) NOT NULL,
    launched_dt     date NOT NULL,
    open_flag       char(1) NOT NULL DEFAULT 'Y' CHECK (open_flag IN ('Y', 'N'))
);

CREATE TABLE organizations (
    organization_id integer PRIMARY KEY,
    org_name        text NOT NULL UNIQUE,
    ein             char(10) NOT NULL UNIQUE,
    org_type        text NOT NULL,
    city            text NOT NULL,
    state_cd        char(2) NOT NULL,
    founded_yr      smallint NOT NULL,
    annual_revenue_usd numeric(14,2) NOT NULL,
    staff_cnt       integer NOT NULL,
    registered_dt   date NOT NULL,
    tax_exempt_flag char(1) NOT NULL CHECK (tax_exempt_flag IN ('Y', 'N'))
);

CREATE TABLE applications (
    application_id  integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (organization_id),
    program_id      integer NOT NULL REFERENCES programs (program_id),
    program_officer_id integer NOT NULL REFERENCES program_officers (program_officer_id),
    project_title   text NOT NULL,
    requested_usd   numeric(12,2) NOT NULL,
    project_budget_usd numeric(12,2) NOT NULL,
    submitted_dt    date NOT NULL,
    decision_dt     date,
    app_status      text NOT NULL CHECK (app_status IN ('submitted', 'under review', 'approved', 'declined', 'withdrawn')),
    resubmission_flag char(1) NOT NULL DEFAULT 'N' CHECK (resubmission_flag IN ('Y', 'N'))
);

CREATE TABLE reviewers (
    reviewer_id     integer PRIMARY KEY,
    full_name       text NOT NULL,
    affiliation     text NOT NULL,
    focus_area_id   integer NOT NULL REFERENCES focus_areas (focus_area_id),
    external_flag   char(1) NOT NULL CHECK (external_flag IN ('Y', 'N')),
    joined_dt       date NOT NULL
);

CREATE TABLE reviews (
    review_id       integer PRIMARY KEY,
    application_id  integer NOT NULL REFERENCES applications (application_id),
    reviewer_id     integer NOT NULL REFERENCES reviewers (reviewer_id),
    score           integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    recommend_flag  char(1) NOT NULL CHECK (recommend_flag IN ('Y', 'N')),
    reviewed_dt     date NOT NULL,
    UNIQUE (application_id, reviewer_id)
);

CREATE TABLE awards (
    award_id        integer PRIMARY KEY,
    application_id  integer NOT NULL UNIQUE REFERENCES applications (application_id),
    grant_no        text NOT NULL UNIQUE,
    amount_usd      numeric(12,2) NOT NULL,
    awarded_dt      date NOT NULL,
    start_dt        date NOT NULL,
    end_dt          date NOT NULL,
    award_status    text NOT NULL CHECK (award_status IN ('active', 'closed', 'suspended', 'terminated')),
    multi_year_flag char(1) NOT NULL CHECK (multi_year_flag IN ('Y', 'N'))
);

CREATE TABLE disbursements (
    disbursement_id integer PRIMARY KEY,
    award_id        integer NOT NULL REFERENCES awards (award_id),
    installment_no  integer NOT NULL,
    scheduled_dt    date NOT NULL,
    paid_dt         date,
    amount_usd      numeric(12,2) NOT NULL,
    pay_method      text NOT NULL CHECK (pay_method IN ('ACH', 'check', 'wire')),
    pay_status      text NOT NULL CHECK (pay_status IN ('scheduled', 'paid', 'on hold', 'cancelled')),
    UNIQUE (award_id, installment_no)
);

CREATE TABLE progress_reports (
    progress_report_id integer PRIMARY KEY,
    award_id        integer NOT NULL REFERENCES awards (award_id),
    report_type     text NOT NULL CHECK (report_type IN ('interim', 'final')),
    due_dt          date NOT NULL,
    submitted_dt    date,
    people_served   integer,
    spent_to_date_usd numeric(12,2),
    on_track_flag   char(1) CHECK (on_track_flag IN ('Y', 'N'))
);

CREATE TABLE site_visits (
    site_visit_id   integer PRIMARY KEY,
    award_id        integer NOT NULL REFERENCES awards (award_id),
    program_officer_id integer NOT NULL REFERENCES program_officers (program_officer_id),
    visit_dt        date NOT NULL,
    visit_type      text NOT NULL CHECK (visit_type IN ('in person', 'virtual')),
    concerns_flag   char(1) NOT NULL CHECK (concerns_flag IN ('Y', 'N'))
);

-- Focus areas ------------------------------------------------------------------------------
INSERT INTO focus_areas (focus_area_id, area_name, area_desc) VALUES
    (1, 'Education',            'Early literacy through college access'),
    (2, 'Health',               'Access to care and mental health'),
    (3, 'Environment',          'Clean water, urban canopy and climate resilience'),
    (4, 'Arts & Culture',       'Neighborhood arts and heritage'),
    (5, 'Economic Opportunity', 'Small business and workforce'),
    (6, 'Youth Development',    'Out-of-school time, sports and summer learning');

-- Program officers (staff) -------------------------------------------------------------------
INSERT INTO program_officers (program_officer_id, first_name, last_name, email, job_title, hired_dt, active_flag) VALUES
    (1,  'Dana',   'Whitfield',     'dwhitfield@foundation.example',  'Senior Program Officer', '2014-05-12', 'Y'),
    (2,  'Marcus', 'Oyelaran',      'moyelaran@foundation.example',   'Program Officer',        '2019-08-19', 'Y'),
    (3,  'Priya',  'Raman',         'praman@foundation.example',      'Senior Program Officer', '2013-02-04', 'Y'),
    (4,  'Elena',  'Vasquez-Moore', 'evasquezmoore@foundation.example','Program Officer',       '2020-11-02', 'Y'),
    (5,  'Tom',    'Becker',        'tbecker@foundation.example',     'Program Officer',        '2017-03-27', 'Y'),
    (6,  'Hannah', 'Cho',           'hcho@foundation.example',        'Program Officer',        '2021-01-11', 'Y'),
    (7,  'Luis',   'Ortega',        'lortega@foundation.example',     'Senior Program Officer', '2011-09-06', 'Y'),
    (8,  'Grace',  'Adebayo',       'gadebayo@foundation.example',    'Program Officer',        '2020-06-15', 'Y'),
    (9,  'Ben',    'Halvorsen',     'bhalvorsen@foundation.example',  'Program Associate',      '2021-04-05', 'Y'),
    (10, 'Keisha', 'Turner',        'kturner@foundation.example',     'Program Officer',        '2018-10-01', 'Y'),
    (11, 'Robert', 'Lindqvist',     'rlindqvist@foundation.example',  'Senior Program Officer', '2006-07-10', 'N'),
    (12, 'Amara',  'Nwosu',         'anwosu@foundation.example',      'Program Associate',      '2025-09-08', 'Y');

-- Funding programs -------------------------------------------------------------------------
INSERT INTO programs (program_id, program_name, focus_area_id, lead_officer_id, annual_budget_usd, max_award_usd, launched_dt, open_flag) VALUES
    (1,  'Early Literacy Fund',        1, 1,  1200000, 50000,  '2016-03-01', 'Y'),
    (2,  'STEM Pathways',              1, 2,  2000000, 150000, '2018-09-01', 'Y'),
    (3,  'College Access Initiative',  1, 1,  1500000, 100000, '2015-01-15', 'Y'),
    (4,  'Community Health Access',    2, 3,  3000000, 250000, '2014-06-01', 'Y'),
    (5,  'Mental Health Matters',      2, 4,  1800000, 100000, '2020-10-01', 'Y'),
    (6,  'Clean Water Grants',         3, 5,  2200000, 200000, '2017-04-01', 'Y'),
    (7,  'Urban Tree Canopy',          3, 5,   600000, 25000,  '2019-03-15', 'Y'),
    (8,  'Climate Resilience Fund',    3, 6,  2500000, 250000, '2021-02-01', 'Y'),
    (9,  'Arts in Neighborhoods',      4, 7,   900000, 25000,  '2013-05-01', 'Y'),
    (10, 'Heritage Preservation',      4, 7,   700000, 75000,  '2012-09-01', 'N'),
    (11, 'Small Business Bridge',      5, 8,  1600000, 75000,  '2020-06-01', 'Y'),
    (12, 'Workforce Training Grants',  5, 9,  2400000, 150000, '2016-11-01', 'Y'),
    (13, 'Youth Sports & Recreation',  6, 10,  800000, 30000,  '2018-02-01', 'Y'),
    (14, 'Summer Learning Program',    6, 10, 1000000, 40000,  '2021-11-15', 'Y');

-- Organizations: 20 place names x 15 kinds of organization = 300 unique names -----------------
INSERT INTO organizations (organization_id, org_name, ein, org_type, city, state_cd, founded_yr,
                           annual_revenue_usd, staff_cnt, registered_dt, tax_exempt_flag)
SELECT i,
       (ARRAY['Riverbend', 'Cedar Hills', 'Maple Grove', 'Harbor Point', 'Stone Creek',
              'Pine Ridge', 'Lakeside', 'Willow Bend', 'Eastgate', 'Northfield',
              'Copper Valley', 'Bayview', 'Oak Hollow', 'Prairie View', 'Silver Lake',
              'Fox Run', 'Juniper Flats', 'Red Mesa', 'Highland Park', 'Mill Town'])[(i - 1) % 20 + 1]
       || ' ' || kind.kind_name,
       lpad(((i * 37) % 90 + 10)::text, 2, '0') || '-' || lpad(((i * 7919 + 1234567) % 9000000 + 1000000)::text, 7, '0'),
       kind.org_type,
       (ARRAY['Springfield', 'Dayton', 'Fresno', 'Tucson', 'Albany', 'Macon',
              'Spokane', 'Duluth', 'Tulsa', 'Richmond', 'Boise', 'Lowell'])[(i * 7 + (i * i) / 13) % 12 + 1],
       (ARRAY['IL', 'OH', 'CA', 'AZ', 'NY', 'GA', 'WA', 'MN', 'OK', 'VA', 'ID', 'MA'])[(i * 7 + (i * i) / 13) % 12 + 1],
       1950 + (i * 37) % 72,
       ((i * 7919) % 4000 + 50) * 1000 + (i * 61) % 1000,
       2 + (i * 13) % 180,
       date '2021-06-01' + (i * 11) % 1300,
       CASE WHEN kind.org_type IN ('school district', 'tribal government', 'local government') OR i % 23 = 0 THEN 'N' ELSE 'Y' END
FROM generate_series(1, 300) AS i
JOIN (VALUES
        (0,  'Food Bank',            'nonprofit'),
        (1,  'Literacy Council',     'nonprofit'),
        (2,  'Youth Alliance',       'nonprofit'),
        (3,  'Arts Collective',      'nonprofit'),
        (4,  'Health Center',        'nonprofit'),
        (5,  'Land Conservancy',     'nonprofit'),
        (6,  'Community College',    'college'),
        (7,  'Public Schools',       'school district'),
        (8,  'Historical Society',   'nonprofit'),
        (9,  'Workforce Board',      'local government'),
        (10, 'Boys & Girls Club',    'nonprofit'),
        (11, 'Watershed Council',    'nonprofit'),
        (12, 'Tribal Council',       'tribal government'),
        (13, 'Faith Outreach',       'faith-based'),
        (14, 'Makers Guild',         'fiscally sponsored project')
     ) AS kind (kind_no, kind_name, org_type)
  ON kind.kind_no = (i - 1) / 20;

-- Reviewers: 8 first names x 5 last names; 37-40 joined late 2025 ---------------------------
INSERT INTO reviewers (reviewer_id, full_name, affiliation, focus_area_id, external_flag, joined_dt)
SELECT r,
       (ARRAY['Alice', 'Samuel', 'Mei', 'Omar', 'Rachel', 'Diego', 'Fatima', 'Jonah'])[(r - 1) % 8 + 1]
       || ' ' || (ARRAY['Kowalski', 'Brennan', 'Achebe', 'Lindgren', 'Park'])[(r - 1) / 8 + 1],
       CASE WHEN r % 5 = 0 THEN 'Foundation staff'
            ELSE (ARRAY['State University', 'Independent consultant', 'Regional Health Council',
                        'Community Foundation Network', 'Former grantee', 'City Arts Office'])[(r * 5) % 6 + 1] END,
       (r - 1) % 6 + 1,
       CASE WHEN r % 5 = 0 THEN 'N' ELSE 'Y' END,
       CASE WHEN r <= 36 THEN date '2021-01-04' + r * 8 ELSE date '2025-10-06' + (r - 37) * 14 END
FROM generate_series(1, 40) AS r;

-- Applications -------------------------------------------------------------------------------
-- Submission dates grow denser over time (more applications each year); organization ids
-- divisible by 15 never apply; every seventh eligible organization applies often.
INSERT INTO applications (application_id, organization_id, program_id, program_officer_id, project_title,
                          requested_usd, project_budget_usd, submitted_dt, decision_dt, app_status, resubmission_flag)
WITH base AS (
    SELECT i,
           date '2022-01-03' + floor(1430 * sqrt(((i * 389) % 1200) / 1199.0))::int AS sub_dt,
           CASE WHEN i % 3 = 0 THEN ((i * 13) % 40) * 7 ELSE (i * 97) % 280 END AS org_k,
           (i * 53 + (i * i) % 17) % 100 AS prog_bucket
    FROM generate_series(1, 1200) AS i
), picked AS (
    SELECT b.i, b.sub_dt,
           (b.org_k / 14) * 15 + b.org_k % 14 + 1 AS organization_id,
           CASE WHEN w.program_id = 10 AND b.sub_dt >= date '2024-01-01' THEN 9
                WHEN w.program_id = 14 AND b.sub_dt < date '2022-02-01' THEN 13
                ELSE w.program_id END AS program_id
    FROM base b
    JOIN (VALUES (1, 0, 9), (2, 10, 17), (3, 18, 23), (4, 24, 34), (5, 35, 43), (6, 44, 50),
                 (7, 51, 55), (8, 56, 61), (9, 62, 69), (10, 70, 72), (11, 73, 79), (12, 80, 88),
                 (13, 89, 94), (14, 95, 99)) AS w (program_id, lo, hi)
      ON b.prog_bucket BETWEEN w.lo AND w.hi
), priced AS (
    SELECT p.*, pr.lead_officer_id, pr.max_award_usd,
           round(pr.max_award_usd * (20 + (p.i * 41) % 81) / 100.0 / 500) * 500 AS req,
           CASE WHEN p.sub_dt > date '2025-11-15' THEN 'submitted'
                WHEN p.sub_dt > date '2025-09-15' THEN 'under review'
                WHEN (p.i * 31) % 100 < 36 THEN 'approved'
                WHEN (p.i * 31) % 100 < 88 THEN 'declined'
                ELSE 'withdrawn' END AS status
    FROM picked p
    JOIN programs pr ON pr.program_id = p.program_id
)
SELECT i,
       organization_id,
       program_id,
       CASE WHEN i % 5 = 0 THEN (i / 5) % 10 + 1 ELSE lead_officer_id END,
       (ARRAY['Reading Corps', 'Robotics Club', 'First-Gen Scholars', 'Mobile Clinic',
              'Counseling Access', 'Well Replacement', 'Street Tree Planting', 'Flood Ready Homes',
              'Murals on Main', 'Archive Digitization', 'Microloan Coaching', 'Welding Apprenticeships',
              'Neighborhood Soccer League', 'Summer Reading Camp'])[program_id]
       || ' ' || (ARRAY['Pilot', 'Expansion', 'Year 2', 'Capacity Building', 'Outreach',
                        'Planning', 'Equipment', 'Evaluation'])[(i * 11) % 8 + 1],
       req,
       round(req * (100 + (i % 7) * 25) / 100.0, 2),
       sub_dt,
       CASE WHEN status IN ('approved', 'declined') THEN sub_dt + 35 + (i * 17) % 70 END,
       status,
       CASE WHEN i % 9 = 0 THEN 'Y' ELSE 'N' END
FROM priced;

-- An organization registers in the grants portal before it first applies.
UPDATE organizations o
   SET registered_dt = LEAST(o.registered_dt, f.first_dt - 3 - o.organization_id % 40)
  FROM (SELECT organization_id, min(submitted_dt) AS first_dt FROM applications GROUP BY organization_id) f
 WHERE f.organization_id = o.organization_id;

-- Reviews: each reviewer comes from the program's focus area ----------------------------------
INSERT INTO reviews (review_id, application_id, reviewer_id, score, recommend_flag, reviewed_dt)
WITH slots AS (
    SELECT a.application_id AS i, a.app_status, a.submitted_dt, pr.focus_area_id AS fa, k
    FROM applications a
    JOIN programs pr ON pr.program_id = a.program_id
    CROSS JOIN LATERAL generate_series(0,
        CASE WHEN a.app_status IN ('approved', 'declined') THEN 1 + a.application_id % 3
             WHEN a.app_status = 'under review' THEN a.application_id % 3 - 1
             ELSE -1 END) AS k
), scored AS (
    SELECT i, k, submitted_dt,
           fa + 6 * ((i * 3 + k) % 6) AS reviewer_id,
           CASE WHEN app_status = 'approved' THEN 68 + (i * 7 + k * 11) % 30
                WHEN app_status = 'declined' THEN 35 + (i * 5 + k * 13) % 45
                ELSE 45 + (i * 3 + k * 7) % 50 END AS score
    FROM slots
)
SELECT row_number() OVER (ORDER BY i, k),
       i, reviewer_id, score,
       CASE WHEN score >= 70 THEN 'Y' ELSE 'N' END,
       submitted_dt + 7 + k * 5 + i % 14
FROM scored;

-- Awards: one for each approved application -------------------------------------------------
INSERT INTO awards (award_id, application_id, grant_no, amount_usd, awarded_dt, start_dt, end_dt, award_status, multi_year_flag)
WITH ap AS (
    SELECT a.application_id, a.decision_dt, a.requested_usd,
           CASE WHEN a.application_id % 3 = 0 THEN 24 ELSE 12 END AS months,
           (date_trunc('month', a.decision_dt) + interval '1 month')::date AS start_dt
    FROM applications a
    WHERE a.app_status = 'approved'
), dated AS (
    SELECT ap.*, (ap.start_dt + make_interval(months => ap.months) - interval '1 day')::date AS end_dt
    FROM ap
)
SELECT row_number() OVER (ORDER BY decision_dt, application_id),
       application_id,
       'G-' || extract(year FROM decision_dt)::int || '-'
            || lpad(row_number() OVER (PARTITION BY extract(year FROM decision_dt) ORDER BY decision_dt, application_id)::text, 4, '0'),
       CASE WHEN application_id % 10 < 3 THEN requested_usd
            ELSE greatest(round(requested_usd * (100 - (application_id * 13) % 41) / 100.0 / 500) * 500, 500) END,
       decision_dt,
       start_dt,
       end_dt,
       CASE WHEN application_id % 7 = 0 AND start_dt BETWEEN date '2023-01-01' AND date '2025-03-31'
                 AND application_id % 4 = 1 THEN 'terminated'
            WHEN application_id % 11 = 0 AND end_dt > date '2025-12-31' AND start_dt < date '2025-09-01' THEN 'suspended'
            WHEN end_dt <= date '2025-12-31' THEN 'closed'
            ELSE 'active' END,
       CASE WHEN months = 24 THEN 'Y' ELSE 'N' END
FROM dated;

-- Disbursements: 1, 2 or 4 installments spread over the grant period ---------------------------
INSERT INTO disbursements (disbursement_id, award_id, installment_no, scheduled_dt, paid_dt, amount_usd, pay_method, pay_status)
WITH aw AS (
    SELECT w.award_id, w.amount_usd, w.start_dt, w.award_status, ap.organization_id,
           CASE WHEN w.multi_year_flag = 'Y' THEN 24 ELSE 12 END AS months,
           CASE WHEN w.amount_usd < 25000 THEN 1 WHEN w.amount_usd < 100000 THEN 2 ELSE 4 END AS n
    FROM awards w
    JOIN applications ap ON ap.application_id = w.application_id
), inst AS (
    SELECT aw.*, k,
           (aw.start_dt + make_interval(months => (k - 1) * (aw.months / aw.n)))::date AS sched_dt,
           CASE WHEN k < aw.n THEN trunc(aw.amount_usd / aw.n, 2)
                ELSE aw.amount_usd - trunc(aw.amount_usd / aw.n, 2) * (aw.n - 1) END AS amt
    FROM aw
    CROSS JOIN LATERAL generate_series(1, aw.n) AS k
), st AS (
    SELECT inst.*,
           CASE WHEN award_status = 'terminated' AND k > 1 THEN 'cancelled'
                WHEN award_status = 'suspended' AND k > 1 THEN 'on hold'
                WHEN sched_dt > date '2025-12-15' THEN 'scheduled'
                ELSE 'paid' END AS status
    FROM inst
)
SELECT row_number() OVER (ORDER BY award_id, k),
       award_id, k, sched_dt,
       CASE WHEN status = 'paid' THEN sched_dt + (award_id * 3 + k * 5) % 12 END,
       amt,
       CASE WHEN amount_usd >= 150000 THEN 'wire' WHEN organization_id % 5 = 0 THEN 'check' ELSE 'ACH' END,
       status
FROM st;

-- Progress reports: interim every six months, final 30 days after the end; only those due by
-- the end of 2025 have been requested so far ---------------------------------------------------
INSERT INTO progress_reports (progress_report_id, award_id, report_type, due_dt, submitted_dt,
                              people_served, spent_to_date_usd, on_track_flag)
WITH aw AS (
    SELECT award_id, amount_usd, start_dt, end_dt, award_status,
           CASE WHEN multi_year_flag = 'Y' THEN 24 ELSE 12 END AS months
    FROM awards
), rep AS (
    SELECT aw.*, s,
           CASE WHEN s < aw.months / 6 THEN 'interim' ELSE 'final' END AS rtype,
           CASE WHEN s < aw.months / 6 THEN (aw.start_dt + make_interval(months => s * 6))::date + 14
                ELSE aw.end_dt + 30 END AS due,
           (aw.award_id * 7 + s * 3) % 40 AS h
    FROM aw
    CROSS JOIN LATERAL generate_series(1, aw.months / 6) AS s
    WHERE NOT (aw.award_status = 'terminated' AND s > 1)
), sub AS (
    SELECT rep.*,
           CASE WHEN (award_id + s) % 23 = 0 THEN NULL
                WHEN due - 14 + h > date '2025-12-31' THEN NULL
                ELSE due - 14 + h END AS sub_dt
    FROM rep
    WHERE due <= date '2025-12-31'
)
SELECT row_number() OVER (ORDER BY award_id, s),
       award_id, rtype, due, sub_dt,
       CASE WHEN sub_dt IS NOT NULL THEN 15 + (award_id * 37 + s * 11) % 900 END,
       CASE WHEN sub_dt IS NOT NULL THEN round(amount_usd * least(1.0, s * 6.0 / months) * (85 + h % 16) / 100.0, 2) END,
       CASE WHEN sub_dt IS NULL THEN NULL
            WHEN award_status = 'suspended' OR (award_id * s) % 7 = 0 THEN 'N'
            ELSE 'Y' END
FROM sub;

-- Site visits by the application's program officer --------------------------------------------
INSERT INTO site_visits (site_visit_id, award_id, program_officer_id, visit_dt, visit_type, concerns_flag)
WITH v AS (
    SELECT w.award_id, ap.program_officer_id, w.award_status, n,
           w.start_dt + 60 + (w.award_id * 13) % 150 + (n - 1) * 300 AS vdt
    FROM awards w
    JOIN applications ap ON ap.application_id = w.application_id
    CROSS JOIN LATERAL generate_series(1, CASE WHEN w.amount_usd >= 150000 THEN 2 ELSE 1 END) AS n
    WHERE w.award_id % 3 = 0 OR w.amount_usd >= 100000
)
SELECT row_number() OVER (ORDER BY vdt, award_id, n),
       award_id, program_officer_id, vdt,
       CASE WHEN (award_id + n) % 2 = 0 THEN 'in person' ELSE 'virtual' END,
       CASE WHEN award_status = 'suspended' OR (award_id + n) % 11 = 0 THEN 'Y' ELSE 'N' END
FROM v
WHERE vdt <= date '2025-12-31';

COMMIT;
