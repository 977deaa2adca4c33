-- Data of a law firm's practice management system: the firm's offices and practice areas,
-- its timekeepers (partners, of counsel, associates, paralegals) with their standard hourly
-- rates, clients and their matters, the UTBMS task codes, time entries of hours worked,
-- expenses (disbursements) charged to matters, invoices (bills), the payments received on
-- them, and client trust (retainer) transactions; used as the sample database of the golden
-- set benches/intent/lawfirm.yaml. Every row is invented and reproducible (generate_series,
-- fixed value lists and modular arithmetic; no random(), no now()).
-- The data runs from January 2022 to December 2025: time of the fourth quarter of 2025 on
-- hourly matters is not billed yet (work in progress).

CREATE TABLE offices (
    office_code    text PRIMARY KEY,
    city           text NOT NULL,
    state          char(2) NOT NULL,
    street_address text NOT NULL,
    phone          text NOT NULL,
    opened_on      date NOT NULL
);

CREATE TABLE practice_areas (
    area_code     text PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    department    text NOT NULL,
    head_initials text
);

CREATE TABLE timekeepers (
    initials        text PRIMARY KEY,
    full_name       text NOT NULL,
    title           text NOT NULL CHECK (title IN ('Partner', 'Of Counsel', 'Senior Associate', 'Associate', 'Paralegal')),
    office_code     text NOT NULL REFERENCES offices (office_code),
    area_code       text NOT NULL REFERENCES practice_areas (area_code),
    hourly_rate     numeric(7,2) NOT NULL,
    hired_on        date NOT NULL,
    left_on         date,
    bar_admitted_on date,
    email           text NOT NULL UNIQUE,
    is_active       boolean NOT NULL DEFAULT true
);

ALTER TABLE practice_areas
    ADD CONSTRAINT practice_areas_head_fk FOREIGN KEY (head_initials) REFERENCES timekeepers (initials)
    DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE clients (
    client_code         text PRIMARY KEY,
    name                text NOT NULL,
    client_type         text NOT NULL CHECK (client_type IN ('corporate', 'individual', 'nonprofit', 'government')),
    industry            text,
    city                text NOT NULL,
    state               char(2) NOT NULL,
    originating_attorney text NOT NULL REFERENCES timekeepers (initials),
    intake_date         date NOT NULL,
    conflict_cleared    boolean NOT NULL DEFAULT true
);

CREATE TABLE matters (
    matter_no            text PRIMARY KEY,
    client_code          text NOT NULL REFERENCES clients (client_code),
    area_code            text NOT NULL REFERENCES practice_areas (area_code),
    title                text NOT NULL,
    responsible_attorney text NOT NULL REFERENCES timekeepers (initials),
    opened_on            date NOT NULL,
    closed_on            date,
    status               text NOT NULL CHECK (status IN ('open', 'on hold', 'closed')),
    billing_type         text NOT NULL CHECK (billing_type IN ('hourly', 'flat fee', 'contingency')),
    budget               numeric(12,2),
    flat_fee             numeric(12,2),
    contingency_pct      numeric(5,2),
    settlement_amount    numeric(14,2)
);

CREATE TABLE task_codes (
    task_code   text PRIMARY KEY,
    description text NOT NULL,
    code_set    text NOT NULL
);

CREATE TABLE invoices (
    invoice_no      text PRIMARY KEY,
    matter_no       text NOT NULL REFERENCES matters (matter_no),
    invoice_date    date NOT NULL,
    due_date        date NOT NULL,
    period_start    date,
    period_end      date,
    fees_amount     numeric(12,2) NOT NULL,
    expenses_amount numeric(12,2) NOT NULL,
    total_amount    numeric(12,2) NOT NULL,
    status          text NOT NULL DEFAULT 'unpaid' CHECK (status IN ('unpaid', 'partially paid', 'paid', 'written off'))
);

CREATE TABLE time_entries (
    entry_no   text PRIMARY KEY,
    matter_no  text NOT NULL REFERENCES matters (matter_no),
    initials   text NOT NULL REFERENCES timekeepers (initials),
    work_date  date NOT NULL,
    hours      numeric(5,2) NOT NULL CHECK (hours > 0),
    rate       numeric(7,2) NOT NULL,
    amount     numeric(12,2) NOT NULL,
    task_code  text NOT NULL REFERENCES task_codes (task_code),
    narrative  text NOT NULL,
    billable   boolean NOT NULL,
    invoice_no text REFERENCES invoices (invoice_no)
);

CREATE TABLE expenses (
    expense_no  text PRIMARY KEY,
    matter_no   text NOT NULL REFERENCES matters (matter_no),
    incurred_on date NOT NULL,
    category    text NOT NULL,
    description text NOT NULL,
    amount      numeric(10,2) NOT NULL,
    billable    boolean NOT NULL,
    entered_by  text NOT NULL REFERENCES timekeepers (initials),
    invoice_no  text REFERENCES invoices (invoice_no)
);

CREATE TABLE payments (
    payment_ref text PRIMARY KEY,
    invoice_no  text NOT NULL REFERENCES invoices (invoice_no),
    received_on date NOT NULL,
    amount      numeric(12,2) NOT NULL,
    method      text NOT NULL CHECK (method IN ('check', 'wire', 'ACH', 'credit card')),
    reference   text
);

CREATE TABLE trust_transactions (
    trust_ref   text PRIMARY KEY,
    client_code text NOT NULL REFERENCES clients (client_code),
    matter_no   text NOT NULL REFERENCES matters (matter_no),
    txn_date    date NOT NULL,
    txn_type    text NOT NULL CHECK (txn_type IN ('deposit', 'refund')),
    amount      numeric(12,2) NOT NULL,
    memo        text
);

-- Offices ---------------------------------------------------------------------------------

INSERT INTO offices VALUES
    ('NYC', 'New York', 'NY', '350 Madison Avenue, 22nd Floor', '212-555-0140', '1998-04-01'),
    ('BOS', 'Boston',   'MA', '100 Federal Street, Suite 1800', '617-555-0177', '2005-09-12'),
    ('CHI', 'Chicago',  'IL', '225 West Wacker Drive, 14th Floor', '312-555-0123', '2011-01-10');

-- Practice areas (heads are set once the timekeepers exist) --------------------------------

BEGIN;
INSERT INTO practice_areas (area_code, name, department, head_initials) VALUES
    ('LIT',  'Commercial Litigation',        'Litigation',    'MWH'),
    ('EMP',  'Labor & Employment',           'Litigation',    'TPO'),
    ('BANK', 'Bankruptcy & Restructuring',   'Litigation',    'LBR'),
    ('CORP', 'Corporate & M&A',              'Transactional', 'RJK'),
    ('RE',   'Real Estate',                  'Transactional', 'DAL'),
    ('IP',   'Intellectual Property',        'Transactional', 'SNV'),
    ('TAX',  'Tax',                          'Transactional', 'GFB'),
    ('EST',  'Trusts & Estates',             'Private Client', 'ECM');

-- Timekeepers -----------------------------------------------------------------------------

INSERT INTO timekeepers (initials, full_name, title, office_code, area_code, hourly_rate, hired_on, left_on, bar_admitted_on, email, is_active) VALUES
    ('MWH', 'Margaret W. Holloway', 'Partner',          'NYC', 'LIT',  950.00, '2004-09-01', NULL,         '1996-11-15', 'mholloway@hkllp.example', true),
    ('RJK', 'Robert J. Kessler',    'Partner',          'NYC', 'CORP', 1050.00, '2008-01-14', NULL,        '1999-06-10', 'rkessler@hkllp.example',  true),
    ('DAL', 'Diane A. Lindqvist',   'Partner',          'BOS', 'RE',   780.00, '2010-03-01', NULL,         '2001-12-05', 'dlindqvist@hkllp.example', true),
    ('TPO', 'Thomas P. O''Rourke',  'Partner',          'CHI', 'EMP',  720.00, '2012-07-09', NULL,         '2003-11-20', 'torourke@hkllp.example',  true),
    ('SNV', 'Sunita N. Varma',      'Partner',          'NYC', 'IP',   990.00, '2011-02-07', NULL,         '2002-05-18', 'svarma@hkllp.example',    true),
    ('GFB', 'Gerald F. Brandt',     'Partner',          'CHI', 'TAX',  875.00, '2009-10-19', NULL,         '1998-11-02', 'gbrandt@hkllp.example',   true),
    ('ECM', 'Eleanor C. Mayfield',  'Partner',          'BOS', 'EST',  690.00, '2006-05-22', NULL,         '1994-12-12', 'emayfield@hkllp.example', true),
    ('LBR', 'Luis B. Restrepo',     'Partner',          'NYC', 'BANK', 925.00, '2014-08-25', NULL,         '2005-11-03', 'lrestrepo@hkllp.example', true),
    ('KHA', 'Karen H. Abernathy',   'Partner',          'CHI', 'LIT',  810.00, '2015-04-13', NULL,         '2006-11-09', 'kabernathy@hkllp.example', true),
    ('JMW', 'Jonathan M. Whitaker', 'Partner',          'BOS', 'CORP', 860.00, '2016-09-06', NULL,         '2007-12-01', 'jwhitaker@hkllp.example', true),
    ('WEB', 'William E. Barlow',    'Partner',          'NYC', 'BANK', 900.00, '2001-01-08', '2023-06-30', '1988-12-14', 'wbarlow@hkllp.example',   false),
    ('PDS', 'Patricia D. Sloane',   'Of Counsel',       'NYC', 'TAX',  740.00, '2019-01-07', NULL,         '1991-06-14', 'psloane@hkllp.example',   true),
    ('HGN', 'Harold G. Nakamura',   'Of Counsel',       'BOS', 'IP',   700.00, '2020-06-01', NULL,         '1993-12-03', 'hnakamura@hkllp.example', true),
    ('AEC', 'Amelia E. Carter',     'Senior Associate', 'NYC', 'LIT',  640.00, '2016-09-12', NULL,         '2016-01-20', 'acarter@hkllp.example',   true),
    ('BKT', 'Benjamin K. Thornton', 'Senior Associate', 'NYC', 'CORP', 665.00, '2017-09-11', NULL,         '2017-01-25', 'bthornton@hkllp.example', true),
    ('NRP', 'Nadia R. Petrova',     'Senior Associate', 'CHI', 'EMP',  545.00, '2017-10-02', NULL,         '2017-05-10', 'npetrova@hkllp.example',  true),
    ('OJF', 'Owen J. Fitzgerald',   'Senior Associate', 'BOS', 'RE',   560.00, '2018-09-10', NULL,         '2018-01-30', 'ofitzgerald@hkllp.example', true),
    ('CLY', 'Chen L. Yuan',         'Senior Associate', 'NYC', 'IP',   610.00, '2018-09-17', NULL,         '2018-01-15', 'cyuan@hkllp.example',     true),
    ('ISM', 'Isabel S. Moreno',     'Associate',        'NYC', 'LIT',  495.00, '2020-09-14', NULL,         '2020-12-21', 'imoreno@hkllp.example',   true),
    ('DWP', 'Daniel W. Park',       'Associate',        'CHI', 'LIT',  455.00, '2021-09-13', NULL,         '2021-11-04', 'dpark@hkllp.example',     true),
    ('FAO', 'Fatima A. Okafor',     'Associate',        'NYC', 'CORP', 510.00, '2021-09-20', NULL,         '2021-12-15', 'fokafor@hkllp.example',   true),
    ('MTG', 'Marcus T. Greene',     'Associate',        'BOS', 'CORP', 470.00, '2022-09-12', NULL,         '2022-11-18', 'mgreene@hkllp.example',   true),
    ('HJL', 'Hannah J. Levy',       'Associate',        'CHI', 'EMP',  420.00, '2022-10-03', NULL,         '2022-11-22', 'hlevy@hkllp.example',     true),
    ('SPQ', 'Samuel P. Quinn',      'Associate',        'NYC', 'BANK', 485.00, '2023-09-11', NULL,         '2023-12-06', 'squinn@hkllp.example',    true),
    ('RAB', 'Rachel A. Brooks',     'Associate',        'BOS', 'EST',  395.00, '2023-09-18', NULL,         '2023-11-30', 'rbrooks@hkllp.example',   true),
    ('VKD', 'Vikram K. Desai',      'Associate',        'CHI', 'TAX',  450.00, '2024-09-16', NULL,         '2024-11-21', 'vdesai@hkllp.example',    true),
    ('ZEH', 'Zoe E. Hartman',       'Associate',        'NYC', 'IP',   430.00, '2025-12-08', NULL,         NULL,         'zhartman@hkllp.example',  true),
    ('LMC', 'Linda M. Castillo',    'Paralegal',        'NYC', 'LIT',  265.00, '2012-03-05', NULL,         NULL,         'lcastillo@hkllp.example', true),
    ('PTW', 'Peter T. Walsh',       'Paralegal',        'CHI', 'LIT',  240.00, '2015-06-15', NULL,         NULL,         'pwalsh@hkllp.example',    true),
    ('GSA', 'Grace S. Adeyemi',     'Paralegal',        'NYC', 'CORP', 255.00, '2018-02-12', NULL,         NULL,         'gadeyemi@hkllp.example',  true),
    ('KRM', 'Kevin R. Murphy',      'Paralegal',        'BOS', 'RE',   225.00, '2019-08-19', NULL,         NULL,         'kmurphy@hkllp.example',   true),
    ('YNT', 'Yuki N. Tanaka',       'Paralegal',        'NYC', 'IP',   250.00, '2021-04-26', NULL,         NULL,         'ytanaka@hkllp.example',   true),
    ('ALF', 'Andrea L. Flores',     'Paralegal',        'CHI', 'EMP',  215.00, '2022-01-10', NULL,         NULL,         'aflores@hkllp.example',   true),
    ('BNO', 'Bridget N. O''Neal',   'Paralegal',        'BOS', 'EST',  210.00, '2025-12-01', NULL,         NULL,         'boneal@hkllp.example',    true);
COMMIT;

-- Task codes (UTBMS litigation, bankruptcy and project code sets, plus activity codes) -----

INSERT INTO task_codes (task_code, description, code_set) VALUES
    ('L110', 'Fact Investigation/Development',        'litigation'),
    ('L120', 'Analysis/Strategy',                     'litigation'),
    ('L130', 'Experts/Consultants',                   'litigation'),
    ('L160', 'Settlement/Non-Binding ADR',            'litigation'),
    ('L210', 'Pleadings',                             'litigation'),
    ('L230', 'Court Mandated Conferences',            'litigation'),
    ('L240', 'Dispositive Motions',                   'litigation'),
    ('L310', 'Written Discovery',                     'litigation'),
    ('L320', 'Document Production',                   'litigation'),
    ('L330', 'Depositions',                           'litigation'),
    ('L430', 'Written Motions and Submissions',       'litigation'),
    ('L450', 'Trial and Hearing Attendance',          'litigation'),
    ('B110', 'Case Administration',                   'bankruptcy'),
    ('B120', 'Asset Analysis and Recovery',           'bankruptcy'),
    ('B130', 'Asset Disposition',                     'bankruptcy'),
    ('B140', 'Relief from Stay/Adequate Protection',  'bankruptcy'),
    ('B150', 'Meetings of and Communications with Creditors', 'bankruptcy'),
    ('B160', 'Fee/Employment Applications',           'bankruptcy'),
    ('B310', 'Claims Administration and Objections',  'bankruptcy'),
    ('B320', 'Plan and Disclosure Statement',         'bankruptcy'),
    ('P100', 'Project Administration',                'project'),
    ('P210', 'Corporate Review',                      'project'),
    ('P230', 'Contracts Review',                      'project'),
    ('P240', 'Real and Personal Property',            'project'),
    ('P260', 'Intellectual Property',                 'project'),
    ('P280', 'Other Due Diligence',                   'project'),
    ('P300', 'Structure/Strategy/Analysis',           'project'),
    ('P400', 'Initial Document Preparation/Filing',   'project'),
    ('P500', 'Negotiation/Revision/Responses',        'project'),
    ('P600', 'Completion/Closing',                    'project'),
    ('P700', 'Post-Completion/Post-Closing',          'project'),
    ('P800', 'Maintenance and Renewal',               'project'),
    ('A110', 'Manage Data/Files',                     'activity'),
    ('A111', 'Other',                                 'activity');

-- Clients ---------------------------------------------------------------------------------

INSERT INTO clients (client_code, name, client_type, industry, city, state, originating_attorney, intake_date) VALUES
    ('ACME01', 'Acme Industrial Supply Co.',        'corporate',  'manufacturing',   'Newark',      'NJ', 'RJK', '2014-03-11'),
    ('ACME02', 'Acme Realty Holdings LLC',          'corporate',  'real estate',     'Newark',      'NJ', 'DAL', '2021-06-07'),
    ('BRIG01', 'Brightwater Capital Partners LP',   'corporate',  'finance',         'New York',    'NY', 'RJK', '2016-07-22'),
    ('HALV01', 'Halvorsen Biotech Inc.',            'corporate',  'healthcare',      'Cambridge',   'MA', 'SNV', '2018-02-05'),
    ('KEST01', 'Kestrel Logistics LLC',             'corporate',  'transportation',  'Chicago',     'IL', 'KHA', '2015-09-14'),
    ('NORT01', 'Northgate Realty Trust',            'corporate',  'real estate',     'Boston',      'MA', 'DAL', '2012-04-30'),
    ('PINN01', 'Pinnacle Software Corp.',           'corporate',  'technology',      'San Jose',    'CA', 'SNV', '2019-11-18'),
    ('MERI01', 'Meridian Health System',            'corporate',  'healthcare',      'Evanston',    'IL', 'TPO', '2013-06-03'),
    ('CASC01', 'Cascade Foods Inc.',                'corporate',  'retail',          'Chicago',     'IL', 'GFB', '2017-01-23'),
    ('SUMM01', 'Summit Energy Holdings',            'corporate',  'energy',          'Houston',     'TX', 'RJK', '2020-05-11'),
    ('BLUE01', 'Blue Harbor Hotels LLC',            'corporate',  'hospitality',     'Boston',      'MA', 'JMW', '2018-10-08'),
    ('TRIT01', 'Triton Marine Insurance Co.',       'corporate',  'finance',         'Hartford',    'CT', 'MWH', '2011-03-21'),
    ('VERD01', 'Verdant Agritech Inc.',             'corporate',  'manufacturing',   'Des Moines',  'IA', 'GFB', '2021-02-15'),
    ('LUMI01', 'Lumina Devices Inc.',               'corporate',  'technology',      'Boston',      'MA', 'SNV', '2016-12-05'),
    ('OAKR01', 'Oak Ridge Properties LLC',          'corporate',  'real estate',     'Chicago',     'IL', 'DAL', '2019-04-29'),
    ('ATLA01', 'Atlas Steel Fabricators',           'corporate',  'manufacturing',   'Gary',        'IN', 'KHA', '2010-08-16'),
    ('REDW01', 'Redwood Retail Group',              'corporate',  'retail',          'New York',    'NY', 'JMW', '2020-09-28'),
    ('IRON01', 'Ironclad Security Systems',         'corporate',  'technology',      'Newark',      'NJ', 'RJK', '2018-06-25'),
    ('SILV01', 'Silverline Credit Union',           'corporate',  'finance',         'Chicago',     'IL', 'LBR', '2017-10-30'),
    ('MAPL01', 'Maple Grove Dairy Cooperative',     'corporate',  'manufacturing',   'Madison',     'WI', 'GFB', '2020-02-24'),
    ('COAS01', 'Coastal Fisheries Inc.',            'corporate',  'retail',          'Gloucester',  'MA', 'DAL', '2014-11-17'),
    ('BRAD01', 'Bradford & Sons Jewelers',          'corporate',  'retail',          'New York',    'NY', 'JMW', '2021-08-09'),
    ('GRAN01', 'Granite Peak Mining Corp.',         'corporate',  'energy',          'Denver',      'CO', 'LBR', '2021-11-01'),
    ('COPP01', 'Copperline Telecom Inc.',           'corporate',  'technology',      'Chicago',     'IL', 'RJK', '2022-03-14'),
    ('FAIR01', 'Fairmont Medical Partners',         'corporate',  'healthcare',      'New York',    'NY', 'TPO', '2022-06-20'),
    ('STER01', 'Sterling Freight Lines',            'corporate',  'transportation',  'Joliet',      'IL', 'LBR', '2022-09-12'),
    ('HARB01', 'Harbor Point Marina LLC',           'corporate',  'hospitality',     'Providence',  'RI', 'DAL', '2023-01-09'),
    ('QUAN01', 'Quantum Analytics LLC',             'corporate',  'technology',      'New York',    'NY', 'SNV', '2023-05-15'),
    ('ORCH01', 'Orchard Lane Bakeries',             'corporate',  'retail',          'Naperville',  'IL', 'TPO', '2023-08-28'),
    ('WILL01', 'Willowbrook Senior Living Inc.',    'corporate',  'healthcare',      'Worcester',   'MA', 'ECM', '2024-02-05'),
    ('NOVA01', 'Novacrest Pharmaceuticals',         'corporate',  'healthcare',      'Princeton',   'NJ', 'SNV', '2024-04-22'),
    ('ZENI01', 'Zenith Aerospace Components',       'corporate',  'manufacturing',   'Wichita',     'KS', 'KHA', '2024-09-09'),
    ('WEST01', 'Westfield Dental Group',            'corporate',  'healthcare',      'Springfield', 'MA', 'JMW', '2024-12-02'),
    ('ELMS01', 'Elmstead Construction Co.',         'corporate',  'real estate',     'Quincy',      'MA', 'JMW', '2025-01-13'),
    ('PRAI01', 'Prairie Wind Energy LLC',           'corporate',  'energy',          'Springfield', 'IL', 'GFB', '2025-03-03'),
    ('DRAK01', 'Drake Maritime Holdings',           'corporate',  'transportation',  'Baltimore',   'MD', 'LBR', '2025-06-16'),
    ('MIDW01', 'Midwest Literacy Foundation',       'nonprofit',  'education',       'Chicago',     'IL', 'ECM', '2015-02-09'),
    ('BOST01', 'Boston Children''s Arts Council',   'nonprofit',  'education',       'Boston',      'MA', 'ECM', '2019-07-15'),
    ('HOPE01', 'Hope Harbor Shelter Network',       'nonprofit',  'social services', 'New York',    'NY', 'MWH', '2022-11-07'),
    ('CTYE01', 'City of Evanston',                  'government', 'public sector',   'Evanston',    'IL', 'TPO', '2016-03-28'),
    ('MIDD01', 'Middlesex Water Authority',         'government', 'public sector',   'Framingham',  'MA', 'DAL', '2020-01-20'),
    ('MORR01', 'Eleanor Morrison',                  'individual', NULL,              'Greenwich',   'CT', 'ECM', '2017-05-08'),
    ('CHAN01', 'David Chandler',                    'individual', NULL,              'Brookline',   'MA', 'ECM', '2019-09-23'),
    ('OKON01', 'Grace Okonkwo',                     'individual', NULL,              'Chicago',     'IL', 'TPO', '2021-04-12'),
    ('RIVE01', 'Antonio Rivera',                    'individual', NULL,              'Bronx',       'NY', 'MWH', '2022-02-14'),
    ('SULL01', 'Margaret Sullivan',                 'individual', NULL,              'Newton',      'MA', 'ECM', '2022-08-01'),
    ('PATE01', 'Raj Patel',                         'individual', NULL,              'Hoboken',     'NJ', 'TPO', '2023-03-20'),
    ('LIND01', 'Karl Lindgren',                     'individual', NULL,              'Evanston',    'IL', 'ECM', '2023-10-16'),
    ('BECK01', 'Julia Beckett',                     'individual', NULL,              'New York',    'NY', 'MWH', '2024-06-10'),
    ('NGUY01', 'Thanh Nguyen',                      'individual', NULL,              'Somerville',  'MA', 'ECM', '2024-11-04'),
    ('FOST01', 'Harriet Foster',                    'individual', NULL,              'Oak Park',    'IL', 'ECM', '2025-02-17'),
    ('KOWA01', 'Peter Kowalski',                    'individual', NULL,              'Skokie',      'IL', 'TPO', '2025-08-11');

-- Two clients taken on in 2025 whose conflict checks are still pending.
UPDATE clients SET conflict_cleared = false WHERE client_code IN ('KOWA01', 'DRAK01');

-- Matters: 55 opened in 2022, 62 in 2023, 71 in 2024 and 72 in 2025, numbered per year -------

INSERT INTO matters (matter_no, client_code, area_code, title, responsible_attorney, opened_on,
                     closed_on, status, billing_type, budget, flat_fee, contingency_pct, settlement_amount)
WITH per_year(y, n) AS (
    VALUES (2022, 55), (2023, 62), (2024, 71), (2025, 72)
), raw AS (
    SELECT y, k, make_date(y, 1, 3) + ((k - 1) * 355 / n) + (k % 3) AS d
    FROM per_year CROSS JOIN LATERAL generate_series(1, n) AS k
), dated AS (
    SELECT y, k,
           CASE extract(isodow FROM d) WHEN 6 THEN d + 2 WHEN 7 THEN d + 1 ELSE d END AS opened_on
    FROM raw
), numbered AS (
    SELECT y, k, opened_on, row_number() OVER (ORDER BY opened_on, y, k)::int AS i
    FROM dated
), with_client AS (
    SELECT n.*, c.client_code, c.client_type, c.name AS client_name
    FROM numbered n
    CROSS JOIN LATERAL (
        SELECT cc.client_code, cc.client_type, cc.name
        FROM (SELECT cl.*, row_number() OVER (ORDER BY cl.client_code) AS rn, count(*) OVER () AS cnt
              FROM clients cl
              WHERE cl.intake_date <= n.opened_on
                AND cl.client_code NOT IN ('WEST01', 'DRAK01', 'KOWA01')) cc
        WHERE cc.rn = ((n.i * 7 + n.i / 5) % cc.cnt) + 1
    ) c
), with_area AS (
    SELECT w.*,
           CASE
             WHEN w.client_type = 'individual' THEN (ARRAY['EST', 'EMP', 'EST', 'LIT'])[w.i % 4 + 1]
             WHEN w.client_type IN ('nonprofit', 'government') THEN (ARRAY['LIT', 'RE', 'EMP', 'TAX'])[w.i % 4 + 1]
             ELSE (ARRAY['LIT', 'CORP', 'RE', 'EMP', 'IP', 'TAX', 'BANK', 'LIT', 'CORP', 'IP', 'CORP'])[w.i % 11 + 1]
           END AS area_code
    FROM with_client w
), with_kind AS (
    SELECT a.*,
           CASE
             WHEN a.i % 9 = 0 AND a.area_code IN ('CORP', 'RE', 'IP', 'EST', 'TAX') THEN 'flat fee'
             WHEN a.client_type = 'individual' AND a.area_code IN ('LIT', 'EMP') AND (a.i / 4) % 2 = 0 THEN 'contingency'
             WHEN a.client_type = 'corporate' AND a.area_code = 'LIT' AND a.i % 6 IN (0, 5) AND (a.i / 6) % 2 = 0 THEN 'contingency'
             ELSE 'hourly'
           END AS billing_type,
           CASE WHEN a.opened_on < date '2025-06-01' AND a.i % 3 <> 0
                     AND a.opened_on + 45 + (a.i * 37 % 540) <= date '2025-12-19'
                THEN a.opened_on + 45 + (a.i * 37 % 540) END AS closed_on
    FROM with_area a
)
SELECT k2.y || '-' || lpad((100 + k2.k)::text, 4, '0'),
       k2.client_code,
       k2.area_code,
       k2.client_name || ' - ' ||
       CASE
         WHEN k2.client_type = 'individual' AND k2.area_code = 'LIT' THEN
                          (ARRAY['Personal injury claim', 'Breach of contract claim', 'Fraud and misrepresentation claim'])[k2.i % 3 + 1]
         WHEN k2.client_type = 'individual' AND k2.area_code = 'EMP' THEN
                          (ARRAY['Wrongful termination claim', 'Discrimination claim', 'Unpaid wages claim'])[k2.i % 3 + 1]
         ELSE CASE k2.area_code
         WHEN 'LIT'  THEN (ARRAY['Breach of contract claim', 'Commercial lease dispute', 'Product liability defense',
                                 'Shareholder derivative suit', 'Insurance coverage litigation', 'Fraud and misrepresentation claim'])[k2.i % 6 + 1]
         WHEN 'EMP'  THEN (ARRAY['Wrongful termination defense', 'Executive employment agreement', 'EEOC charge response',
                                 'Wage and hour audit', 'Non-compete enforcement'])[k2.i % 5 + 1]
         WHEN 'BANK' THEN (ARRAY['Chapter 11 creditor representation', 'Out-of-court workout', 'Preference claim defense'])[k2.i % 3 + 1]
         WHEN 'CORP' THEN (ARRAY['Series B financing', 'Asset purchase agreement', 'Credit facility amendment',
                                 'Corporate governance review', 'Merger agreement', 'Joint venture formation'])[k2.i % 6 + 1]
         WHEN 'RE'   THEN (ARRAY['Office lease negotiation', 'Property acquisition', 'Zoning variance application',
                                 'Construction contract review'])[k2.i % 4 + 1]
         WHEN 'IP'   THEN (ARRAY['Trademark registration', 'Patent prosecution', 'Licensing agreement',
                                 'Trade secret dispute'])[k2.i % 4 + 1]
         WHEN 'TAX'  THEN (ARRAY['IRS audit defense', 'Entity restructuring tax advice', 'State tax appeal',
                                 'Transfer pricing study'])[k2.i % 4 + 1]
         WHEN 'EST'  THEN (ARRAY['Estate plan update', 'Probate administration', 'Trust formation',
                                 'Guardianship petition'])[k2.i % 4 + 1]
         END
       END,
       (SELECT r.initials
        FROM (SELECT t.initials, row_number() OVER (ORDER BY t.initials) AS rn, count(*) OVER () AS cnt
              FROM timekeepers t
              WHERE t.area_code = k2.area_code AND t.title IN ('Partner', 'Senior Associate') AND t.left_on IS NULL) r
        WHERE r.rn = (k2.i % r.cnt) + 1),
       k2.opened_on,
       k2.closed_on,
       CASE WHEN k2.closed_on IS NOT NULL THEN 'closed' WHEN k2.i % 7 = 0 THEN 'on hold' ELSE 'open' END,
       k2.billing_type,
       CASE WHEN k2.billing_type = 'hourly' AND k2.i % 4 <> 1 THEN (20 + (k2.i * 17 % 81)) * 1000 END,
       CASE WHEN k2.billing_type = 'flat fee' THEN 5000 + (k2.i % 6) * 2500 END,
       CASE WHEN k2.billing_type = 'contingency' THEN (ARRAY[25.00, 33.33, 40.00])[k2.i % 3 + 1] END,
       CASE WHEN k2.billing_type = 'contingency' AND k2.closed_on IS NOT NULL AND k2.i % 5 <> 0
            THEN (60 + (k2.i * 37 % 440)) * 1000 END
FROM with_kind k2;

-- Time entries ----------------------------------------------------------------------------

INSERT INTO time_entries (entry_no, matter_no, initials, work_date, hours, rate, amount, task_code, narrative, billable)
WITH m AS (
    SELECT mt.matter_no, row_number() OVER (ORDER BY mt.opened_on, mt.matter_no)::int AS i,
           mt.area_code, mt.billing_type, mt.responsible_attorney, mt.opened_on,
           coalesce(mt.closed_on, date '2025-12-31') AS end_on
    FROM matters mt
), e AS (
    SELECT m.*, k, 6 + (m.i * 13 % 31) AS n
    FROM m CROSS JOIN LATERAL generate_series(1, 6 + (m.i * 13 % 31)) AS k
), d AS (
    SELECT e.*, least(e.end_on, e.opened_on + ((k - 1) * (e.end_on - e.opened_on) / n) + (k % 3)) AS raw_date
    FROM e
), d2 AS (
    SELECT d.*,
           CASE extract(isodow FROM raw_date) WHEN 6 THEN raw_date - 1 WHEN 7 THEN raw_date - 2 ELSE raw_date END AS work_date
    FROM d
), who AS (
    SELECT d2.*,
           CASE WHEN k % 4 = 1 THEN d2.responsible_attorney
                ELSE (SELECT p.initials
                      FROM (SELECT t.initials, row_number() OVER (ORDER BY t.initials) AS rn, count(*) OVER () AS cnt
                            FROM timekeepers t
                            WHERE t.area_code = d2.area_code AND t.hired_on <= d2.work_date
                              AND t.hired_on <= date '2025-11-30'
                              AND (t.left_on IS NULL OR t.left_on >= d2.work_date)) p
                      WHERE p.rn = ((d2.i * 5 + d2.k * 3) % p.cnt) + 1)
           END AS initials,
           (2 + ((d2.i * 31 + d2.k * 17) % 58)) / 10.0 AS hours,
           CASE WHEN d2.billing_type <> 'hourly' OR (d2.i + d2.k) % 12 = 0 THEN false ELSE true END AS billable
    FROM d2
), coded AS (
    SELECT w.*,
           CASE
             WHEN NOT w.billable AND w.billing_type = 'hourly' THEN (ARRAY['A110', 'A111'])[w.k % 2 + 1]
             WHEN w.area_code IN ('LIT', 'EMP') THEN
               (ARRAY['L110', 'L120', 'L130', 'L160', 'L210', 'L230', 'L240', 'L310', 'L320', 'L330', 'L430', 'L450'])[(w.i + w.k * 7) % 12 + 1]
             WHEN w.area_code = 'BANK' THEN
               (ARRAY['B110', 'B120', 'B130', 'B140', 'B150', 'B160', 'B310', 'B320'])[(w.i + w.k * 5) % 8 + 1]
             ELSE
               (ARRAY['P100', 'P210', 'P230', 'P240', 'P260', 'P280', 'P300', 'P400', 'P500', 'P600', 'P700', 'P800'])[(w.i + w.k * 7) % 12 + 1]
           END AS task_code
    FROM who w
)
SELECT 'TE' || lpad(row_number() OVER (ORDER BY c.work_date, c.matter_no, c.k)::text, 6, '0'),
       c.matter_no,
       c.initials,
       c.work_date,
       c.hours,
       r.rate,
       c.hours * r.rate,
       c.task_code,
       (ARRAY['Draft', 'Review', 'Revise', 'Conference with client re', 'Research',
              'Prepare for', 'Call with opposing counsel re', 'Correspondence re'])[(c.i + c.k) % 8 + 1]
         || ' ' || lower(tc.description),
       c.billable
FROM coded c
JOIN timekeepers t ON t.initials = c.initials
JOIN task_codes tc ON tc.task_code = c.task_code
CROSS JOIN LATERAL (
    SELECT round(t.hourly_rate * CASE extract(year FROM c.work_date)::int
                                   WHEN 2022 THEN 0.86 WHEN 2023 THEN 0.90 WHEN 2024 THEN 0.95 ELSE 1.00 END / 5) * 5 AS rate
) r;

-- Expenses (disbursements) ----------------------------------------------------------------

INSERT INTO expenses (expense_no, matter_no, incurred_on, category, description, amount, billable, entered_by)
WITH m AS (
    SELECT mt.matter_no, row_number() OVER (ORDER BY mt.opened_on, mt.matter_no)::int AS i,
           mt.area_code, mt.billing_type, mt.responsible_attorney, mt.opened_on,
           coalesce(mt.closed_on, date '2025-12-31') AS end_on
    FROM matters mt
), e AS (
    SELECT m.*, j, 1 + (m.i % 6) AS n
    FROM m CROSS JOIN LATERAL generate_series(1, 1 + (m.i % 6)) AS j
), d AS (
    SELECT e.*,
           least(e.end_on, e.opened_on + 3 + ((j - 1) * (e.end_on - e.opened_on) / n) + (j * 5 % 11)) AS incurred_on,
           CASE
             WHEN e.area_code IN ('LIT', 'EMP', 'BANK') THEN
               (ARRAY['Filing fees', 'Court reporter', 'Expert witness', 'Travel', 'Courier', 'Photocopying', 'Online research', 'Court reporter'])[(e.i + j * 3) % 8 + 1]
             WHEN e.area_code = 'RE' THEN
               (ARRAY['Title search', 'Recording fees', 'Courier', 'Travel', 'Filing fees'])[(e.i + j * 3) % 5 + 1]
             ELSE
               (ARRAY['Filing fees', 'Courier', 'Travel', 'Online research', 'Photocopying', 'Filing fees'])[(e.i + j * 3) % 6 + 1]
           END AS category
    FROM e
)
SELECT 'EX' || lpad(row_number() OVER (ORDER BY d.incurred_on, d.matter_no, d.j)::text, 5, '0'),
       d.matter_no,
       d.incurred_on,
       d.category,
       CASE d.category
         WHEN 'Filing fees'     THEN 'Filing fee - ' || (ARRAY['complaint', 'motion', 'certificate of formation', 'trademark application', 'annual report'])[(d.i + d.j) % 5 + 1]
         WHEN 'Court reporter'  THEN 'Deposition transcript'
         WHEN 'Expert witness'  THEN 'Expert report and consultation'
         WHEN 'Travel'          THEN (ARRAY['Airfare to hearing', 'Hotel, client meeting', 'Mileage and parking', 'Train fare'])[(d.i + d.j) % 4 + 1]
         WHEN 'Courier'         THEN 'Overnight delivery'
         WHEN 'Photocopying'    THEN 'Outside copy vendor'
         WHEN 'Online research' THEN 'Westlaw research charges'
         WHEN 'Title search'    THEN 'Title search and commitment'
         WHEN 'Recording fees'  THEN 'Deed and mortgage recording'
       END,
       CASE d.category
         WHEN 'Filing fees'     THEN 150 + (d.i * 7 + d.j) % 8 * 50
         WHEN 'Court reporter'  THEN 650 + (d.i * 13 + d.j * 7) % 19 * 95
         WHEN 'Expert witness'  THEN 4000 + (d.i * 11 + d.j) % 12 * 1000
         WHEN 'Travel'          THEN 185.40 + (d.i * 17 + d.j * 3) % 23 * 71.35
         WHEN 'Courier'         THEN 28.50 + (d.i + d.j * 5) % 9 * 11.25
         WHEN 'Photocopying'    THEN 62.80 + (d.i * 3 + d.j) % 15 * 24.10
         WHEN 'Online research' THEN 95 + (d.i * 5 + d.j) % 13 * 37.50
         WHEN 'Title search'    THEN 425 + (d.i + d.j) % 7 * 75
         WHEN 'Recording fees'  THEN 110 + (d.i + d.j) % 5 * 35
       END,
       CASE WHEN d.billing_type = 'flat fee' OR (d.i + d.j) % 10 = 0 THEN false ELSE true END,
       CASE WHEN d.j % 2 = 0 THEN d.responsible_attorney
            ELSE coalesce((SELECT min(t.initials) FROM timekeepers t
                           WHERE t.area_code = d.area_code AND t.title = 'Paralegal'
                             AND t.hired_on <= d.incurred_on), d.responsible_attorney)
       END
FROM d;

-- Invoices: quarterly bills on hourly matters (through Q3 2025), one bill for each flat-fee
-- matter a week after opening, and one bill for each settled contingency matter ------------

INSERT INTO invoices (invoice_no, matter_no, invoice_date, due_date, period_start, period_end,
                      fees_amount, expenses_amount, total_amount)
WITH hourly AS (
    SELECT x.matter_no, x.q, sum(x.fees) AS fees, sum(x.exps) AS exps
    FROM (
        SELECT te.matter_no, date_trunc('quarter', te.work_date)::date AS q, te.amount AS fees, 0 AS exps
        FROM time_entries te JOIN matters m ON m.matter_no = te.matter_no
        WHERE m.billing_type = 'hourly' AND te.billable
        UNION ALL
        SELECT ex.matter_no, date_trunc('quarter', ex.incurred_on)::date, 0, ex.amount
        FROM expenses ex JOIN matters m ON m.matter_no = ex.matter_no
        WHERE m.billing_type = 'hourly' AND ex.billable
    ) x
    WHERE x.q < date '2025-10-01'
    GROUP BY x.matter_no, x.q
), inv AS (
    SELECT h.matter_no, (h.q + interval '3 months')::date + 9 AS invoice_date,
           h.q AS period_start, (h.q + interval '3 months')::date - 1 AS period_end, h.fees, h.exps
    FROM hourly h
    UNION ALL
    SELECT m.matter_no, m.opened_on + 7, NULL, NULL, m.flat_fee, 0
    FROM matters m
    WHERE m.billing_type = 'flat fee' AND m.opened_on + 7 <= date '2025-12-31'
    UNION ALL
    SELECT m.matter_no, m.closed_on + 14, NULL, NULL, round(m.settlement_amount * m.contingency_pct / 100, 2),
           coalesce((SELECT sum(ex.amount) FROM expenses ex WHERE ex.matter_no = m.matter_no AND ex.billable), 0)
    FROM matters m
    WHERE m.billing_type = 'contingency' AND m.settlement_amount IS NOT NULL AND m.closed_on + 14 <= date '2025-12-31'
)
SELECT 'INV-' || extract(year FROM inv.invoice_date) || '-'
           || lpad(row_number() OVER (PARTITION BY extract(year FROM inv.invoice_date)
                                      ORDER BY inv.invoice_date, inv.matter_no)::text, 4, '0'),
       inv.matter_no, inv.invoice_date, inv.invoice_date + 30, inv.period_start, inv.period_end,
       inv.fees, inv.exps, inv.fees + inv.exps
FROM inv;

UPDATE time_entries te
SET invoice_no = i.invoice_no
FROM invoices i
WHERE i.matter_no = te.matter_no AND i.period_start IS NOT NULL AND te.billable
  AND te.work_date BETWEEN i.period_start AND i.period_end;

UPDATE expenses ex
SET invoice_no = i.invoice_no
FROM invoices i
WHERE i.matter_no = ex.matter_no AND ex.billable
  AND ((i.period_start IS NOT NULL AND ex.incurred_on BETWEEN i.period_start AND i.period_end)
       OR (i.period_start IS NULL AND i.expenses_amount > 0));

-- Payments --------------------------------------------------------------------------------

INSERT INTO payments (payment_ref, invoice_no, received_on, amount, method, reference)
WITH inv AS (
    SELECT i.*, row_number() OVER (ORDER BY i.invoice_date, i.invoice_no)::int AS j
    FROM invoices i
), parts AS (
    -- one payment in full
    SELECT inv.invoice_no, inv.j, 1 AS part, inv.invoice_date + 12 + (inv.j * 7 % 60) AS received_on, inv.total_amount AS amount
    FROM inv WHERE inv.j % 20 >= 8
    UNION ALL
    -- two instalments
    SELECT inv.invoice_no, inv.j, 1, inv.invoice_date + 20 + (inv.j % 15), round(inv.total_amount * 0.4, 2)
    FROM inv WHERE inv.j % 20 BETWEEN 3 AND 7
    UNION ALL
    SELECT inv.invoice_no, inv.j, 2, inv.invoice_date + 50 + (inv.j % 25), inv.total_amount - round(inv.total_amount * 0.4, 2)
    FROM inv WHERE inv.j % 20 BETWEEN 3 AND 7
    UNION ALL
    -- a partial payment only
    SELECT inv.invoice_no, inv.j, 1, inv.invoice_date + 30 + (inv.j % 20), round(inv.total_amount * 0.5, 2)
    FROM inv WHERE inv.j % 20 IN (1, 2)
)
SELECT 'PMT-' || lpad(row_number() OVER (ORDER BY p.received_on, p.invoice_no, p.part)::text, 5, '0'),
       p.invoice_no,
       p.received_on,
       p.amount,
       (ARRAY['check', 'check', 'wire', 'wire', 'wire', 'ACH', 'credit card'])[(p.j + p.part) % 7 + 1],
       CASE WHEN (p.j + p.part) % 7 IN (0, 1) THEN 'Check no. ' || (1000 + p.j * 3 + p.part)
            WHEN (p.j + p.part) % 7 IN (2, 3, 4) THEN 'Wire ' || to_char(p.received_on, 'YYYYMMDD') || '-' || p.j
       END
FROM parts p
WHERE p.received_on <= date '2025-12-31';

UPDATE invoices i
SET status = CASE
               WHEN coalesce(p.paid, 0) >= i.total_amount THEN 'paid'
               WHEN coalesce(p.paid, 0) > 0 THEN 'partially paid'
               WHEN i.invoice_date < date '2025-01-01' THEN 'written off'
               ELSE 'unpaid'
             END
FROM invoices i2
LEFT JOIN (SELECT invoice_no, sum(amount) AS paid FROM payments GROUP BY invoice_no) p ON p.invoice_no = i2.invoice_no
WHERE i2.invoice_no = i.invoice_no;

-- Client trust (retainer) transactions ------------------------------------------------------

INSERT INTO trust_transactions (trust_ref, client_code, matter_no, txn_date, txn_type, amount, memo)
WITH m AS (
    SELECT mt.*, row_number() OVER (ORDER BY mt.opened_on, mt.matter_no)::int AS i
    FROM matters mt
), t AS (
    SELECT m.client_code, m.matter_no, m.opened_on AS txn_date, 'deposit' AS txn_type,
           (5 + (m.i % 4) * 5) * 1000.00 AS amount, 'Retainer deposit' AS memo
    FROM m WHERE m.i % 4 = 0 AND m.billing_type = 'hourly'
    UNION ALL
    SELECT m.client_code, m.matter_no, m.opened_on + 120, 'deposit',
           (5 + (m.i % 4) * 5) * 500.00, 'Evergreen retainer top-up'
    FROM m WHERE m.i % 8 = 0 AND m.billing_type = 'hourly' AND m.opened_on + 120 <= date '2025-12-31'
    UNION ALL
    SELECT m.client_code, m.matter_no, m.closed_on + 10, 'refund',
           (5 + (m.i % 4) * 5) * 250.00, 'Refund of unused retainer at matter close'
    FROM m WHERE m.i % 4 = 0 AND m.billing_type = 'hourly' AND m.closed_on + 10 <= date '2025-12-31'
)
SELECT 'TR-' || lpad(row_number() OVER (ORDER BY t.txn_date, t.matter_no, t.txn_type)::text, 4, '0'),
       t.client_code, t.matter_no, t.txn_date, t.txn_type, t.amount, t.memo
FROM t;
