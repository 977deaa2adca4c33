-- Sample database: a small marketing agency's books and projects -- its clients, projects,
-- staff and their timesheets (with hourly billing rates), invoices, client payments, expenses,
-- and a double-entry style ledger of signed amounts per account (income positive, costs and
-- refunds negative) beside a chart of accounts. Amounts are in pounds sterling.
-- Every row is invented and reproducible: generate_series, fixed lists and modular arithmetic,
-- no random() and no clock; the books run from January 2022 to December 2025.

CREATE TABLE accounts (
    code text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('income', 'expense'))
);

INSERT INTO accounts (code, name, kind) VALUES
    ('4000', 'Retainer fees',           'income'),
    ('4100', 'Project fees',            'income'),
    ('4200', 'Media commission',        'income'),
    ('4300', 'Workshop fees',           'income'),
    ('4900', 'Client refunds',          'income'),
    ('5000', 'Salaries',                'expense'),
    ('5100', 'Freelancers',             'expense'),
    ('5200', 'Software subscriptions',  'expense'),
    ('5300', 'Office rent',             'expense'),
    ('5400', 'Travel',                  'expense'),
    ('5500', 'Printing and production', 'expense'),
    ('5600', 'Client entertainment',    'expense'),
    ('5700', 'Stock photography',       'expense'),
    ('5800', 'Training',                'expense');

CREATE TABLE clients (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    industry text NOT NULL,
    city text NOT NULL,
    contact_email text NOT NULL,
    signed_on date NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);

-- signed_on and is_active are set below from the clients' projects.
INSERT INTO clients (id, name, industry, city, contact_email, signed_on) VALUES
    ( 1, 'Harbour Coffee Co',       'food and drink', 'Bristol',    'hello@harbourcoffee.example',    DATE '2021-12-01'),
    ( 2, 'Northgate Dental',        'healthcare',     'Leeds',      'practice@northgatedental.example', DATE '2021-12-01'),
    ( 3, 'Brightwater Homes',       'real estate',    'Manchester', 'marketing@brightwater.example',  DATE '2021-12-01'),
    ( 4, 'Pennine Outdoor',         'retail',         'Sheffield',  'info@pennineoutdoor.example',    DATE '2021-12-01'),
    ( 5, 'Kestrel Software',        'technology',     'Manchester', 'growth@kestrel.example',         DATE '2021-12-01'),
    ( 6, 'Little Acorns Nursery',   'education',      'York',       'office@littleacorns.example',    DATE '2021-12-01'),
    ( 7, 'The Copper Kettle',       'hospitality',    'York',       'bookings@copperkettle.example',  DATE '2021-12-01'),
    ( 8, 'Meridian Wealth',         'finance',        'London',     'comms@meridianwealth.example',   DATE '2021-12-01'),
    ( 9, 'Riverside Physio',        'healthcare',     'Bristol',    'team@riversidephysio.example',   DATE '2021-12-01'),
    (10, 'Oakfield Brewery',        'food and drink', 'Leeds',      'cheers@oakfieldbrew.example',    DATE '2021-12-01'),
    (11, 'Canal Street Lofts',      'real estate',    'Manchester', 'lettings@canallofts.example',    DATE '2021-12-01'),
    (12, 'Bloom & Stem Florists',   'retail',         'Bristol',    'orders@bloomandstem.example',    DATE '2021-12-01'),
    (13, 'Helix Labs',              'technology',     'London',     'marketing@helixlabs.example',    DATE '2021-12-01'),
    (14, 'Dales Food Bank',         'nonprofit',      'Leeds',      'volunteer@dalesfoodbank.example', DATE '2021-12-01'),
    (15, 'Saltmarsh Hotel',         'hospitality',    'Whitby',     'stay@saltmarsh.example',         DATE '2021-12-01'),
    (16, 'Ironbridge Fitness',      'fitness',        'Sheffield',  'join@ironbridgefit.example',     DATE '2021-12-01'),
    (17, 'Greenline Energy',        'energy',         'London',     'press@greenline.example',        DATE '2021-12-01'),
    (18, 'Tiller & Co Solicitors',  'legal',          'Leeds',      'enquiries@tillerco.example',     DATE '2021-12-01'),
    (19, 'Wild Oat Bakery',         'food and drink', 'York',       'bake@wildoat.example',           DATE '2021-12-01'),
    (20, 'Summit Recruitment',      'recruitment',    'Manchester', 'talent@summitrec.example',       DATE '2021-12-01'),
    (21, 'Larkspur Care Homes',     'healthcare',     'Sheffield',  'families@larkspurcare.example',  DATE '2021-12-01'),
    (22, 'Fable Books',             'retail',         'London',     'shop@fablebooks.example',        DATE '2021-12-01'),
    (23, 'Moorland Trust',          'nonprofit',      'York',       'support@moorlandtrust.example',  DATE '2021-12-01'),
    (24, 'Vantage Motors',          'automotive',     'Leeds',      'sales@vantagemotors.example',    DATE '2021-12-01'),
    (25, 'Pixel Forge Games',       'technology',     'Bristol',    'studio@pixelforge.example',      DATE '2021-12-01'),
    (26, 'Cobalt Insurance',        'finance',        'Manchester', 'brand@cobaltinsure.example',     DATE '2021-12-01'),
    (27, 'Heather & Hive Skincare', 'retail',         'Harrogate',  'hello@heatherhive.example',      DATE '2021-12-01'),
    (28, 'Quayside Gallery',        'arts',           'Newcastle',  'curator@quayside.example',       DATE '2025-09-15'),
    (29, 'Thornbury Vets',          'healthcare',     'Bristol',    'reception@thornburyvets.example', DATE '2025-10-20'),
    (30, 'Ember Kitchen',           'hospitality',    'Leeds',      'chef@emberkitchen.example',      DATE '2025-11-24');

CREATE TABLE staff (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    role text NOT NULL,
    department text NOT NULL,
    billing_rate numeric(8,2) NOT NULL,     -- pounds per hour charged to clients
    annual_salary numeric(10,2) NOT NULL,
    hired_on date NOT NULL,
    left_on date
);

INSERT INTO staff (id, full_name, role, department, billing_rate, annual_salary, hired_on, left_on) VALUES
    ( 1, 'Hannah Okafor',    'managing director',     'Strategy',        180.00, 95000, DATE '2019-03-01', NULL),
    ( 2, 'Tom Reilly',       'account manager',       'Client services',  95.00, 48000, DATE '2020-06-15', NULL),
    ( 3, 'Priya Nair',       'account manager',       'Client services',  95.00, 46000, DATE '2021-02-01', NULL),
    ( 4, 'Marcus Bell',      'account manager',       'Client services',  90.00, 42000, DATE '2022-09-05', NULL),
    ( 5, 'Sofia Marquez',    'senior designer',       'Creative',        120.00, 52000, DATE '2019-09-01', NULL),
    ( 6, 'Jack Whitfield',   'designer',              'Creative',         85.00, 36000, DATE '2021-05-10', NULL),
    ( 7, 'Amira Haddad',     'designer',              'Creative',         85.00, 35000, DATE '2023-01-09', NULL),
    ( 8, 'Ollie Brennan',    'copywriter',            'Creative',         80.00, 34000, DATE '2020-11-02', NULL),
    ( 9, 'Grace Lindqvist',  'copywriter',            'Creative',         80.00, 33500, DATE '2022-04-19', DATE '2024-08-30'),
    (10, 'Daniel Cho',       'developer',             'Digital',         110.00, 55000, DATE '2020-01-13', NULL),
    (11, 'Leah Fitzgerald',  'developer',             'Digital',         105.00, 50000, DATE '2022-02-21', NULL),
    (12, 'Sam Adeyemi',      'SEO specialist',        'Digital',          90.00, 40000, DATE '2021-07-05', NULL),
    (13, 'Ruby Castellanos', 'media buyer',           'Digital',          95.00, 43000, DATE '2021-10-11', NULL),
    (14, 'Ethan Moore',      'media buyer',           'Digital',          90.00, 39000, DATE '2023-06-12', NULL),
    (15, 'Isla Grant',       'strategist',            'Strategy',        130.00, 60000, DATE '2020-04-20', NULL),
    (16, 'Noah Petrov',      'social media manager',  'Digital',          75.00, 32000, DATE '2022-03-14', DATE '2025-02-28'),
    (17, 'Mia Kowalski',     'junior designer',       'Creative',         60.00, 26000, DATE '2024-09-02', NULL),
    (18, 'Luca Romano',      'intern',                'Creative',         40.00, 21000, DATE '2025-06-02', NULL);

CREATE TABLE projects (
    id integer PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients(id),
    manager_id integer NOT NULL REFERENCES staff(id),
    name text NOT NULL UNIQUE,
    service text NOT NULL CHECK (service IN ('branding', 'website', 'seo', 'social media', 'paid ads', 'content')),
    status text NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
    start_date date NOT NULL,
    end_date date,                          -- null while planned or active
    budget numeric(12,2) NOT NULL
);

WITH base AS (
    SELECT i,
           -- clients 20-27 stop commissioning work after early 2024
           CASE WHEN i <= 54 THEN (i * 7) % 27 + 1 ELSE (i * 7) % 19 + 1 END AS client_id,
           (ARRAY['branding', 'website', 'seo', 'social media', 'paid ads', 'content'])[i % 6 + 1] AS service,
           DATE '2022-01-10' + (i - 1) * 15 + (i * 5) % 11 AS start_date,
           21 + (i * 37) % 160 AS days
    FROM generate_series(1, 96) AS i
), shaped AS (
    SELECT b.*,
           CASE WHEN b.start_date > DATE '2025-11-15' THEN 'planned'
                WHEN b.i % 17 = 0 THEN 'cancelled'
                WHEN b.start_date + b.days <= DATE '2025-12-31' THEN 'completed'
                ELSE 'active' END AS status
    FROM base b
)
INSERT INTO projects (id, client_id, manager_id, name, service, status, start_date, end_date, budget)
SELECT s.i,
       s.client_id,
       CASE WHEN s.i % 4 = 2 AND s.start_date < DATE '2022-09-05' THEN 2
            ELSE (ARRAY[2, 3, 4, 1])[s.i % 4 + 1] END,
       c.name || ' - ' ||
         CASE s.service WHEN 'branding' THEN 'brand refresh'
                        WHEN 'website' THEN 'website build'
                        WHEN 'seo' THEN 'SEO retainer'
                        WHEN 'social media' THEN 'social media retainer'
                        WHEN 'paid ads' THEN 'paid search campaign'
                        ELSE 'content programme' END
         || ' ' || extract(year FROM s.start_date)::int,
       s.service,
       s.status,
       s.start_date,
       CASE s.status WHEN 'completed' THEN s.start_date + s.days
                     WHEN 'cancelled' THEN s.start_date + s.days / 3
                     ELSE NULL END,
       8000 + ((s.i * 1733) % 37) * 1500
         + CASE s.service WHEN 'website' THEN 15000 WHEN 'branding' THEN 8000 ELSE 0 END
FROM shaped s
JOIN clients c ON c.id = s.client_id;

-- Who works on which project (the manager plus a few specialists hired before the start).
CREATE TABLE project_members (
    project_id integer NOT NULL REFERENCES projects(id),
    staff_id integer NOT NULL REFERENCES staff(id),
    project_role text NOT NULL CHECK (project_role IN ('lead', 'contributor')),
    PRIMARY KEY (project_id, staff_id)
);

WITH pools (service, staff_id) AS (
    VALUES ('branding', 5), ('branding', 6), ('branding', 7), ('branding', 8), ('branding', 15), ('branding', 17),
           ('website', 10), ('website', 11), ('website', 6), ('website', 7), ('website', 8),
           ('seo', 12), ('seo', 9), ('seo', 10),
           ('social media', 16), ('social media', 8), ('social media', 7), ('social media', 9),
           ('paid ads', 13), ('paid ads', 14), ('paid ads', 15),
           ('content', 8), ('content', 9), ('content', 5), ('content', 15)
)
INSERT INTO project_members (project_id, staff_id, project_role)
SELECT p.id, p.manager_id, 'lead' FROM projects p
UNION ALL
SELECT p.id, po.staff_id, 'contributor'
FROM projects p
JOIN pools po ON po.service = p.service
JOIN staff s ON s.id = po.staff_id
WHERE s.hired_on <= p.start_date
  AND (s.left_on IS NULL OR s.left_on > p.start_date + 30)
  AND (p.id + po.staff_id) % 5 <> 0
  AND po.staff_id <> p.manager_id;

CREATE TABLE timesheets (
    id integer PRIMARY KEY,
    staff_id integer NOT NULL REFERENCES staff(id),
    project_id integer NOT NULL REFERENCES projects(id),
    work_date date NOT NULL,
    hours numeric(4,2) NOT NULL CHECK (hours > 0 AND hours <= 12),
    task text NOT NULL,
    billable boolean NOT NULL
);

WITH spans AS (
    SELECT p.id, p.start_date,
           coalesce(p.end_date, DATE '2025-12-31') - p.start_date AS span
    FROM projects p
    WHERE p.status <> 'planned'
), slots AS (
    SELECT sp.id AS project_id, m.staff_id, k,
           CASE WHEN m.project_role = 'lead' THEN 3 + sp.id % 4 ELSE 6 + (sp.id + m.staff_id) % 10 END AS n,
           sp.start_date, sp.span
    FROM spans sp
    JOIN project_members m ON m.project_id = sp.id
    CROSS JOIN generate_series(1, 15) AS k
), dated AS (
    SELECT sl.*, sl.start_date + (sl.k * sl.span) / (sl.n + 1) AS d
    FROM slots sl
    WHERE sl.k <= sl.n
)
INSERT INTO timesheets (id, staff_id, project_id, work_date, hours, task, billable)
SELECT row_number() OVER (ORDER BY d.d, d.project_id, d.staff_id, d.k),
       d.staff_id,
       d.project_id,
       -- weekends move to the Friday before
       d.d - CASE extract(isodow FROM d.d)::int WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END,
       0.5 * (2 + (d.project_id * 3 + d.staff_id * 5 + d.k * 7) % 13),
       CASE WHEN d.staff_id IN (2, 3, 4) THEN (ARRAY['client meeting', 'reporting', 'planning'])[d.k % 3 + 1]
            WHEN d.staff_id IN (1, 15) THEN (ARRAY['strategy', 'workshop', 'client meeting'])[d.k % 3 + 1]
            WHEN d.staff_id IN (5, 6, 7, 17) THEN (ARRAY['design', 'design', 'revisions'])[d.k % 3 + 1]
            WHEN d.staff_id IN (8, 9) THEN (ARRAY['copywriting', 'copywriting', 'revisions'])[d.k % 3 + 1]
            WHEN d.staff_id IN (10, 11) THEN (ARRAY['development', 'development', 'testing'])[d.k % 3 + 1]
            WHEN d.staff_id = 12 THEN (ARRAY['keyword research', 'on-page fixes', 'reporting'])[d.k % 3 + 1]
            WHEN d.staff_id IN (13, 14) THEN (ARRAY['campaign setup', 'bid management', 'reporting'])[d.k % 3 + 1]
            ELSE (ARRAY['scheduling posts', 'community management', 'reporting'])[d.k % 3 + 1] END,
       (d.project_id + d.staff_id + d.k) % 11 <> 0
FROM dated d
JOIN staff s ON s.id = d.staff_id
WHERE d.d >= s.hired_on
  AND (s.left_on IS NULL OR d.d <= s.left_on);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    invoice_number text NOT NULL UNIQUE,
    client_id integer NOT NULL REFERENCES clients(id),
    project_id integer NOT NULL REFERENCES projects(id),
    issued_on date NOT NULL,
    due_on date NOT NULL,
    amount numeric(12,2) NOT NULL CHECK (amount > 0),   -- net of VAT
    status text NOT NULL CHECK (status IN ('draft', 'sent', 'paid', 'overdue', 'void'))
);

WITH plan AS (
    SELECT p.id AS project_id, p.client_id, p.start_date, p.budget, p.status,
           coalesce(p.end_date, DATE '2025-12-31') - p.start_date AS span,
           CASE WHEN p.status = 'cancelled' THEN 1 ELSE 1 + p.id % 4 END AS n
    FROM projects p
    WHERE p.status <> 'planned'
), lines AS (
    SELECT pl.*, k,
           pl.start_date + (k * pl.span) / pl.n AS issued_on,
           CASE WHEN pl.status = 'cancelled' THEN round(pl.budget * 0.3, 2)
                ELSE round(pl.budget / pl.n, 2) END AS amount
    FROM plan pl
    CROSS JOIN generate_series(1, 4) AS k
    WHERE k <= pl.n
), numbered AS (
    SELECT l.*,
           row_number() OVER (ORDER BY l.issued_on, l.project_id, l.k) AS id,
           row_number() OVER (PARTITION BY extract(year FROM l.issued_on) ORDER BY l.issued_on, l.project_id, l.k) AS seq
    FROM lines l
)
INSERT INTO invoices (id, invoice_number, client_id, project_id, issued_on, due_on, amount, status)
SELECT nb.id,
       'INV-' || extract(year FROM nb.issued_on)::int || '-' || lpad(nb.seq::text, 4, '0'),
       nb.client_id,
       nb.project_id,
       nb.issued_on,
       nb.issued_on + 30,
       nb.amount,
       CASE WHEN nb.id % 29 = 0 THEN 'void'
            WHEN nb.issued_on > DATE '2025-12-19' THEN 'draft'
            WHEN nb.id % 13 <> 5
                 AND nb.issued_on + (5 + (nb.id * 11) % 50 + CASE WHEN nb.id % 7 = 3 THEN 21 ELSE 0 END)::int <= DATE '2025-12-31'
                 THEN 'paid'
            WHEN nb.issued_on + 30 < DATE '2025-12-31' THEN 'overdue'
            ELSE 'sent' END
FROM numbered nb;

CREATE TABLE payments (
    id integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES invoices(id),
    paid_on date NOT NULL,
    amount numeric(12,2) NOT NULL CHECK (amount > 0),
    method text NOT NULL CHECK (method IN ('bank transfer', 'card', 'cheque', 'direct debit'))
);

WITH parts AS (
    -- paid invoices: one payment, or two instalments when id % 7 = 3
    SELECT i.id AS invoice_id, 1 AS part,
           i.issued_on + 5 + (i.id * 11) % 50 AS paid_on,
           CASE WHEN i.id % 7 = 3 THEN round(i.amount / 2, 2) ELSE i.amount END AS amount
    FROM invoices i WHERE i.status = 'paid'
    UNION ALL
    SELECT i.id, 2,
           i.issued_on + 5 + (i.id * 11) % 50 + 21,
           i.amount - round(i.amount / 2, 2)
    FROM invoices i WHERE i.status = 'paid' AND i.id % 7 = 3
    UNION ALL
    -- some overdue invoices got a part payment
    SELECT i.id, 1,
           i.issued_on + 40,
           round(i.amount * 0.4, 2)
    FROM invoices i WHERE i.status = 'overdue' AND i.id % 2 = 0 AND i.issued_on + 40 <= DATE '2025-12-31'
)
INSERT INTO payments (id, invoice_id, paid_on, amount, method)
SELECT row_number() OVER (ORDER BY pa.paid_on, pa.invoice_id, pa.part),
       pa.invoice_id,
       pa.paid_on,
       pa.amount,
       (ARRAY['bank transfer', 'bank transfer', 'card', 'direct debit', 'bank transfer', 'cheque'])[(pa.invoice_id + pa.part) % 6 + 1]
FROM parts pa;

CREATE TABLE expenses (
    id integer PRIMARY KEY,
    incurred_on date NOT NULL,
    account_code text NOT NULL REFERENCES accounts(code),
    project_id integer REFERENCES projects(id),   -- null for overheads
    staff_id integer REFERENCES staff(id),        -- who claimed or approved it
    vendor text NOT NULL,
    description text NOT NULL,
    amount numeric(10,2) NOT NULL CHECK (amount > 0),
    rechargeable boolean NOT NULL                 -- passed on to the client
);

WITH project_costs AS (
    SELECT g,
           (ARRAY['5100', '5400', '5500', '5600', '5700'])[g % 5 + 1] AS account_code,
           (g * 11) % 91 + 1 AS project_id
    FROM generate_series(1, 320) AS g
), placed AS (
    SELECT pc.*, p.manager_id, p.start_date,
           coalesce(p.end_date, DATE '2025-12-31') - p.start_date AS span
    FROM project_costs pc
    JOIN projects p ON p.id = pc.project_id
), costs AS (
    SELECT pl.start_date + (pl.g * 13) % (pl.span + 1) AS incurred_on,
           pl.account_code,
           pl.project_id,
           pl.manager_id AS staff_id,
           CASE pl.account_code
                WHEN '5100' THEN (ARRAY['Fern Studio Ltd', 'J. Okoro Photography', 'Clearcut Video', 'Wordsmith Freelance'])[pl.g % 4 + 1]
                WHEN '5400' THEN (ARRAY['LNER', 'Northern Rail', 'Premier Inn', 'Uber'])[pl.g % 4 + 1]
                WHEN '5500' THEN (ARRAY['Solopress', 'Printhaus Leeds', 'Signs Express'])[pl.g % 3 + 1]
                WHEN '5600' THEN (ARRAY['The Ivy', 'Dishoom', 'Bettys Cafe'])[pl.g % 3 + 1]
                ELSE (ARRAY['Shutterstock', 'Getty Images', 'Adobe Stock'])[pl.g % 3 + 1] END AS vendor,
           CASE pl.account_code
                WHEN '5100' THEN 'Freelance support'
                WHEN '5400' THEN 'Travel to client'
                WHEN '5500' THEN 'Print run'
                WHEN '5600' THEN 'Client lunch'
                ELSE 'Image licences' END AS description,
           CASE pl.account_code
                WHEN '5100' THEN 400 + (pl.g * 379) % 2600
                WHEN '5400' THEN 30 + (pl.g * 53) % 570 + (pl.g % 4) * 0.25
                WHEN '5500' THEN 120 + (pl.g * 211) % 1400 + (pl.g % 10) * 0.10
                WHEN '5600' THEN 40 + (pl.g * 29) % 260 + (pl.g % 5) * 0.20
                ELSE 15 + (pl.g * 17) % 190 + (pl.g % 2) * 0.99 END AS amount,
           pl.account_code IN ('5400', '5500', '5700') AND pl.g % 3 <> 0 AS rechargeable,
           pl.g
    FROM placed pl
), software AS (
    SELECT (DATE '2022-01-01' + make_interval(months => m))::date + v.day_of_month - 1 AS incurred_on,
           '5200'::text AS account_code,
           NULL::integer AS project_id,
           1 AS staff_id,
           v.vendor,
           v.vendor || ' subscription' AS description,
           v.base + CASE WHEN m >= 24 THEN v.rise ELSE 0 END AS amount,
           false AS rechargeable,
           1000 + m * 10 + v.n AS g
    FROM generate_series(0, 47) AS m
    CROSS JOIN (VALUES (1, 'Adobe Creative Cloud', 3, 289.80, 31.20),
                       (2, 'Figma', 8, 120.00, 24.00),
                       (3, 'Semrush', 12, 99.95, 20.00),
                       (4, 'HubSpot', 20, 410.00, 0.00)) AS v (n, vendor, day_of_month, base, rise)
    WHERE v.n <> 4 OR m >= 9     -- HubSpot from October 2022
), all_costs AS (
    SELECT incurred_on, account_code, project_id, staff_id, vendor, description, amount, rechargeable, g FROM costs
    UNION ALL
    SELECT incurred_on, account_code, project_id, staff_id, vendor, description, amount, rechargeable, g FROM software
)
INSERT INTO expenses (id, incurred_on, account_code, project_id, staff_id, vendor, description, amount, rechargeable)
SELECT row_number() OVER (ORDER BY ac.incurred_on, ac.g),
       ac.incurred_on, ac.account_code, ac.project_id, ac.staff_id, ac.vendor, ac.description, ac.amount, ac.rechargeable
FROM all_costs ac;

CREATE TABLE ledger_entries (
    id integer PRIMARY KEY,
    entry_date date NOT NULL,
    account_code text NOT NULL REFERENCES accounts(code),
    amount numeric(12,2) NOT NULL,          -- signed: income positive, costs and refunds negative
    memo text NOT NULL,
    invoice_id integer REFERENCES invoices(id),
    expense_id integer REFERENCES expenses(id)
);

WITH postings AS (
    -- fees, booked when invoiced (void and draft invoices are not booked)
    SELECT i.issued_on AS entry_date,
           CASE p.service WHEN 'seo' THEN '4000' WHEN 'social media' THEN '4000'
                          WHEN 'paid ads' THEN '4200' ELSE '4100' END AS account_code,
           i.amount,
           'Invoice ' || i.invoice_number AS memo,
           i.id AS invoice_id, NULL::integer AS expense_id, 1 AS src, i.id AS src_id
    FROM invoices i JOIN projects p ON p.id = i.project_id
    WHERE i.status IN ('sent', 'paid', 'overdue')
    UNION ALL
    -- goodwill refunds of 10% on some paid invoices
    SELECT i.issued_on + 60, '4900', -round(i.amount * 0.10, 2),
           'Refund on invoice ' || i.invoice_number, i.id, NULL, 2, i.id
    FROM invoices i
    WHERE i.status = 'paid' AND i.id % 17 = 4 AND i.issued_on + 60 <= DATE '2025-12-31'
    UNION ALL
    -- costs
    SELECT e.incurred_on, e.account_code, -e.amount,
           e.vendor || ': ' || e.description, NULL, e.id, 3, e.id
    FROM expenses e
    UNION ALL
    -- monthly payroll, booked on the last day of the month
    SELECT me.month_end, '5000',
           -round(sum(s.annual_salary) / 12, 2),
           'Payroll ' || to_char(me.month_end, 'Mon YYYY'), NULL, NULL, 4,
           extract(year FROM me.month_end)::int * 100 + extract(month FROM me.month_end)::int
    FROM (SELECT (DATE '2022-02-01' + make_interval(months => m))::date - 1 AS month_end
          FROM generate_series(0, 47) AS m) me
    JOIN staff s ON s.hired_on <= me.month_end AND (s.left_on IS NULL OR s.left_on >= me.month_end - 27)
    GROUP BY me.month_end
    UNION ALL
    -- office rent, on the first of each month
    SELECT ms.month_start, '5300',
           CASE WHEN ms.month_start < DATE '2024-01-01' THEN -4200.00 ELSE -4650.00 END,
           'Rent ' || to_char(ms.month_start, 'Mon YYYY'), NULL, NULL, 5,
           extract(year FROM ms.month_start)::int * 100 + extract(month FROM ms.month_start)::int
    FROM (SELECT (DATE '2022-01-01' + make_interval(months => m))::date AS month_start
          FROM generate_series(0, 47) AS m) ms
)
INSERT INTO ledger_entries (id, entry_date, account_code, amount, memo, invoice_id, expense_id)
SELECT row_number() OVER (ORDER BY po.entry_date, po.src, po.src_id),
       po.entry_date, po.account_code, po.amount, po.memo, po.invoice_id, po.expense_id
FROM postings po;

-- Clients signed shortly before their first project; a client is active while it has a project
-- that is planned, running, or finished during 2025, or when it has not started one yet.
UPDATE clients c
SET signed_on = f.first_start - 14 - c.id % 20
FROM (SELECT client_id, min(start_date) AS first_start FROM projects GROUP BY client_id) f
WHERE f.client_id = c.id;

UPDATE clients c
SET is_active = NOT EXISTS (SELECT 1 FROM projects p WHERE p.client_id = c.id)
             OR EXISTS (SELECT 1 FROM projects p
                        WHERE p.client_id = c.id
                          AND (p.end_date IS NULL OR p.end_date >= DATE '2025-01-01'));

CREATE INDEX ON projects (client_id);
CREATE INDEX ON timesheets (project_id);
CREATE INDEX ON timesheets (staff_id);
CREATE INDEX ON invoices (project_id);
CREATE INDEX ON payments (invoice_id);
CREATE INDEX ON expenses (project_id);
CREATE INDEX ON ledger_entries (account_code, entry_date);
