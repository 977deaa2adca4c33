-- Operational database of a B2B software vendor's sales team (CRM): regions, sales reps,
-- accounts and their contacts, inbound leads, opportunities, sales activities, quotes and
-- quote lines, products and signed contracts. Every row is invented and reproducible
-- (generate_series, fixed value lists and modular arithmetic).

CREATE TABLE regions (
    id                integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    headquarters_city text NOT NULL,
    currency          char(3) NOT NULL
);

CREATE TABLE sales_reps (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         varchar(120) NOT NULL UNIQUE,
    title         text NOT NULL,
    region_id     integer NOT NULL REFERENCES regions,
    manager_id    integer REFERENCES sales_reps,
    hired_on      date NOT NULL,
    annual_quota  numeric(12,2),
    is_active     boolean NOT NULL DEFAULT true
);

CREATE TABLE accounts (
    id              integer PRIMARY KEY,
    name            text NOT NULL,
    industry        text NOT NULL,
    country         text NOT NULL,
    city            text NOT NULL,
    website         varchar(200),
    employee_count  integer,
    annual_revenue  numeric(14,2),
    segment         text NOT NULL,
    account_type    text NOT NULL DEFAULT 'Prospect',
    owner_id        integer NOT NULL REFERENCES sales_reps,
    created_at      timestamp NOT NULL
);

CREATE TABLE contacts (
    id             integer PRIMARY KEY,
    account_id     integer NOT NULL REFERENCES accounts,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    job_title      text,
    email          varchar(160) NOT NULL,
    phone          varchar(30),
    is_primary     boolean NOT NULL DEFAULT false,
    email_opt_out  boolean NOT NULL DEFAULT false,
    created_at     timestamp NOT NULL
);

CREATE TABLE leads (
    id                integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    company_name      text NOT NULL,
    job_title         text,
    email             varchar(160),
    country           text NOT NULL,
    source            text NOT NULL,
    status            text NOT NULL,
    rating            text,
    estimated_budget  numeric(12,2),
    owner_id          integer REFERENCES sales_reps,
    created_at        timestamptz NOT NULL,
    converted_at      timestamptz
);

CREATE TABLE products (
    id              integer PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    product_family  text NOT NULL,
    list_price      numeric(10,2) NOT NULL,
    billing_type    text NOT NULL,
    is_active       boolean NOT NULL,
    launched_on     date NOT NULL
);

CREATE TABLE opportunities (
    id                integer PRIMARY KEY,
    account_id        integer NOT NULL REFERENCES accounts,
    owner_id          integer NOT NULL REFERENCES sales_reps,
    lead_id           integer REFERENCES leads,
    name              text NOT NULL,
    opportunity_type  text NOT NULL,
    stage             text NOT NULL,
    probability       integer NOT NULL,
    amount            numeric(12,2),
    created_on        date NOT NULL,
    close_date        date NOT NULL,
    lost_reason       text
);

CREATE TABLE activities (
    id                integer PRIMARY KEY,
    activity_type     text NOT NULL,
    subject           text NOT NULL,
    account_id        integer NOT NULL REFERENCES accounts,
    contact_id        integer REFERENCES contacts,
    opportunity_id    integer REFERENCES opportunities,
    sales_rep_id      integer NOT NULL REFERENCES sales_reps,
    scheduled_at      timestamp NOT NULL,
    completed_at      timestamp,
    duration_minutes  integer,
    outcome           text,
    is_completed      boolean NOT NULL
);

CREATE TABLE quotes (
    id                integer PRIMARY KEY,
    quote_number      varchar(20) NOT NULL UNIQUE,
    opportunity_id    integer NOT NULL REFERENCES opportunities,
    status            text NOT NULL,
    issued_on         date NOT NULL,
    valid_until       date NOT NULL,
    discount_percent  numeric(5,2) NOT NULL DEFAULT 0,
    total_amount      numeric(12,2)
);

CREATE TABLE quote_lines (
    id          integer PRIMARY KEY,
    quote_id    integer NOT NULL REFERENCES quotes,
    product_id  integer NOT NULL REFERENCES products,
    quantity    integer NOT NULL,
    unit_price  numeric(10,2) NOT NULL,
    line_total  numeric(12,2) NOT NULL
);

CREATE TABLE contracts (
    id                 integer PRIMARY KEY,
    contract_number    varchar(20) NOT NULL UNIQUE,
    account_id         integer NOT NULL REFERENCES accounts,
    opportunity_id     integer NOT NULL UNIQUE REFERENCES opportunities,
    signed_at          timestamptz NOT NULL,
    start_date         date NOT NULL,
    end_date           date NOT NULL,
    term_months        integer NOT NULL,
    annual_value       numeric(12,2) NOT NULL,
    billing_frequency  text NOT NULL,
    auto_renew         boolean NOT NULL,
    status             text NOT NULL
);

-- regions ---------------------------------------------------------------------------------
INSERT INTO regions VALUES
    (1, 'EMEA North',    'London',    'GBP'),
    (2, 'EMEA South',    'Madrid',    'EUR'),
    (3, 'North America', 'Chicago',   'USD'),
    (4, 'APAC',          'Singapore', 'SGD');

-- sales reps: six per region, the first of each region is its sales manager ------------------
INSERT INTO sales_reps
SELECT i,
       fn,
       ln,
       lower(fn) || '.' || lower(ln) || '@northbeam-software.com',
       CASE (i - 1) % 6
            WHEN 0 THEN 'Sales Manager'
            WHEN 3 THEN 'Senior Account Executive'
            WHEN 5 THEN 'Sales Development Rep'
            ELSE 'Account Executive' END,
       (i - 1) / 6 + 1,
       CASE WHEN (i - 1) % 6 = 0 THEN NULL ELSE ((i - 1) / 6) * 6 + 1 END,
       DATE '2017-03-01' + (i * 97) % 2100,
       CASE (i - 1) % 6
            WHEN 0 THEN NULL
            WHEN 5 THEN 300000 + (i % 3) * 50000
            WHEN 3 THEN 1400000 + (i % 4) * 100000
            ELSE 900000 + (i % 5) * 75000 END,
       i NOT IN (10, 17)
FROM (
    SELECT i,
           (ARRAY['Emma','Oliver','Sophie','James','Charlotte','Henrik',
                  'Lucia','Mateo','Camille','Julien','Giulia','Pablo',
                  'Rachel','Michael','Jessica','David','Ashley','Brandon',
                  'Priya','Kenji','Mei','Liam','Aisha','Noah'])[i] AS fn,
           (ARRAY['Whitfield','Bennett','Clarke','Hughes','Schmidt','Lindqvist',
                  'Fernandez','Garcia','Moreau','Lefebvre','Romano','Navarro',
                  'Thompson','Carter','Nguyen','Miller','Brooks','Reyes',
                  'Sharma','Tanaka','Lim','OConnor','Patel','Wilson'])[i] AS ln
    FROM generate_series(1, 24) AS i
) AS r;

-- accounts --------------------------------------------------------------------------------
INSERT INTO accounts (id, name, industry, country, city, website, employee_count,
                      annual_revenue, segment, owner_id, created_at)
SELECT i,
       pre || ' ' || suf,
       (ARRAY['Software','Manufacturing','Healthcare','Financial Services','Retail',
              'Logistics','Education','Energy','Telecommunications','Hospitality'])
           [(i * 3 + i / 7) % 10 + 1],
       (ARRAY['United Kingdom','United Kingdom','Germany','Germany','Netherlands','Sweden',
              'France','France','Spain','Spain','Italy','Portugal',
              'United States','United States','United States','United States','Canada','Canada',
              'Australia','Australia','Japan','Singapore','India','New Zealand'])[loc + 1],
       (ARRAY['London','Manchester','Berlin','Munich','Amsterdam','Stockholm',
              'Paris','Lyon','Madrid','Barcelona','Milan','Lisbon',
              'New York','Chicago','Austin','San Francisco','Toronto','Vancouver',
              'Sydney','Melbourne','Tokyo','Singapore','Bangalore','Auckland'])[loc + 1],
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE 'www.' || lower(pre) || lower(suf) || '.com' END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE emp END,
       CASE WHEN i % 17 = 0 OR i % 13 = 0 THEN NULL
            ELSE emp * (90000 + (i * 311) % 60000)::numeric END,
       CASE WHEN emp >= 1000 THEN 'Enterprise' WHEN emp >= 200 THEN 'Mid-Market' ELSE 'SMB' END,
       (loc / 6) * 6 + 2 + (i % 4),
       TIMESTAMP '2021-01-04 09:00' + (i * 3) * INTERVAL '1 day' + (i % 9) * INTERVAL '47 minutes'
FROM (
    SELECT i,
           (ARRAY['Northwind','Bluepeak','Ironbridge','Silverline','Redwood','Brightwater',
                  'Stonegate','Clearview','Oakridge','Highland','Summit','Meridian',
                  'Crescent','Harbor','Evergreen','Falcon','Granite','Lakeside',
                  'Pioneer','Riverside','Sterling','Vantage','Westbrook','Zenith',
                  'Atlas','Beacon','Cobalt','Horizon','Keystone','Orion'])[i % 30 + 1] AS pre,
           (ARRAY['Group','Holdings','Partners','Industries','Solutions',
                  'Labs','Corp','Ltd','International','Systems'])[(i - 1) / 30 + 1] AS suf,
           (i * 7 + i / 24) % 24 AS loc,
           CASE WHEN i % 5 = 0 THEN 1000 + (i * 137) % 9000
                WHEN i % 5 IN (1, 3) THEN 200 + (i * 53) % 800
                ELSE 12 + (i * 29) % 188 END AS emp
    FROM generate_series(1, 300) AS i
) AS a;

-- contacts: three per account, the first one is the primary contact --------------------------
INSERT INTO contacts
SELECT c.i,
       a.id,
       fn,
       ln,
       CASE WHEN c.i % 23 = 0 THEN NULL
            ELSE (ARRAY['CEO','CFO','CTO','Head of Procurement','IT Director','Operations Manager',
                        'VP Sales','Marketing Director','Finance Manager','Project Manager'])
                 [(c.i * 7 + c.i / 300) % 10 + 1] END,
       lower(fn) || '.' || lower(ln) || '@' || lower(split_part(a.name, ' ', 1))
           || lower(split_part(a.name, ' ', 2)) || '.com',
       CASE WHEN c.i % 5 = 0 THEN NULL
            ELSE '+' || (10 + c.i % 80)::text || ' ' || lpad(((c.i * 7919) % 10000000)::text, 7, '0') END,
       c.i <= 300,
       c.i % 9 = 0,
       a.created_at + (c.i % 90) * INTERVAL '1 day' + (c.i % 7) * INTERVAL '1 hour'
FROM (
    SELECT i,
           (ARRAY['Anna','Thomas','Laura','Peter','Sarah','Marco','Elena','Daniel','Nina','Paul',
                  'Julia','Stefan','Claire','Robert','Ines','Lukas','Hannah','Samuel','Marta','Victor',
                  'Olivia','Ethan','Chloe','Ryan','Grace','Adam','Yuki','Hiroshi','Ana','Diego',
                  'Fatima','Omar','Linda','Kevin','Sofia','Max','Eva','Jonas','Amelie','Felix'])
               [(i * 7) % 40 + 1] AS fn,
           (ARRAY['Smith','Muller','Dubois','Rossi','Jansen','Novak','Keller','Silva','Berg','Walsh',
                  'Fischer','Lambert','Costa','Moore','Weber','Ricci','Young','Hall','Vidal','Kowalski',
                  'Baker','Martin','Durand','Conti','Bauer','Ward','Sato','Suzuki','Santos','Lopez',
                  'Khan','Ali','Evans','Park','Marino','Becker','Andersson','Meyer','Roux','Wagner'])
               [(i * 11 + i / 40) % 40 + 1] AS ln
    FROM generate_series(1, 900) AS i
) AS c
JOIN accounts AS a ON a.id = (c.i - 1) % 300 + 1;

-- leads -------------------------------------------------------------------------------------
INSERT INTO leads
SELECT i,
       (ARRAY['Mark','Julie','Tobias','Alice','Ben','Carla','Dominic','Eleanor','Frank','Greta',
              'Hugo','Irene','Jack','Karen','Leon','Maria','Nathan','Petra','Quentin','Rosa'])[i % 20 + 1],
       (ARRAY['Fletcher','Hartmann','Blanc','Greco','Visser','Holm','Pereira','Ortiz','Ross','Campbell',
              'Schulz','Petit','Esposito','Dekker','Nilsson','Sousa','Cooper','Reid','Ito','Gupta',
              'Foster','Koch','Girard','Fontana','Bakker'])[(i * 3) % 25 + 1],
       (ARRAY['Acme','Apex','Bright','Core','Delta','Echo','Fusion','Global','Helix','Infinity',
              'Jade','Kinetic','Lumen','Matrix','Nova','Optima','Prime','Quantum','Radiant','Swift'])
           [(i * 7) % 20 + 1]
           || ' ' ||
       (ARRAY['Analytics','Foods','Medical','Motors','Energy','Retail','Logistics','Consulting',
              'Bank','Telecom','Hotels','Academy','Robotics','Pharma','Media','Insurance','Textiles'])
           [(i * 5 + i / 20) % 17 + 1],
       CASE WHEN i % 19 = 0 THEN NULL
            ELSE (ARRAY['IT Manager','Head of Operations','CFO','Procurement Lead','CTO',
                        'Sales Director','Office Manager','Product Owner'])[(i * 3 + 1) % 8 + 1] END,
       CASE WHEN i % 29 = 0 THEN NULL ELSE 'lead' || i || '@example-mail.com' END,
       (ARRAY['United Kingdom','Germany','Netherlands','Sweden','France','Spain','Italy','Portugal',
              'United States','Canada','Australia','Japan','Singapore','India'])[ci + 1],
       (ARRAY['Website','Referral','Trade show','Cold call','LinkedIn','Webinar','Partner',
              'Website','LinkedIn','Website','Referral'])[(i * 7 + i / 11) % 11 + 1],
       st,
       CASE WHEN st IN ('New') THEN NULL
            ELSE (ARRAY['Hot','Warm','Cold'])[(i * 13) % 3 + 1] END,
       CASE WHEN i % 6 = 0 THEN NULL ELSE (2000 + (i * 677) % 80 * 1000)::numeric END,
       CASE WHEN st = 'New' AND i % 3 = 0 THEN NULL
            WHEN st = 'Converted' THEN (reg - 1) * 6 + 2 + i % 4
            ELSE reg * 6 END,
       ts,
       CASE WHEN st = 'Converted' THEN ts + (6 + i % 40) * INTERVAL '1 day' + INTERVAL '3 hours' END
FROM (
    SELECT i,
           (i * 5) % 14 AS ci,
           CASE WHEN (i * 5) % 14 < 4 THEN 1 WHEN (i * 5) % 14 < 8 THEN 2
                WHEN (i * 5) % 14 < 10 THEN 3 ELSE 4 END AS reg,
           TIMESTAMPTZ '2022-01-03 08:30:00+00' + (i * 1090 / 800) * INTERVAL '1 day'
               + (i % 10) * INTERVAL '53 minutes' AS ts,
           CASE WHEN i % 4 = 0 THEN 'Converted'
                WHEN i > 740 AND i % 4 <> 0 AND i % 3 <> 0 THEN 'New'
                ELSE (ARRAY['Contacted','Qualified','Disqualified','Contacted','Disqualified'])
                         [(i * 3 + i / 4) % 5 + 1] END AS st
    FROM generate_series(1, 800) AS i
) AS l;

-- products ----------------------------------------------------------------------------------
INSERT INTO products VALUES
    ( 1, 'Starter Plan',            'Platform', 3600.00, 'Annual subscription', true,  DATE '2019-01-15'),
    ( 2, 'Professional Plan',       'Platform', 9600.00, 'Annual subscription', true,  DATE '2019-01-15'),
    ( 3, 'Enterprise Plan',         'Platform', 24000.00, 'Annual subscription', true, DATE '2020-06-01'),
    ( 4, 'Silver Support',          'Support',  1200.00, 'Annual subscription', true,  DATE '2019-01-15'),
    ( 5, 'Gold Support',            'Support',  3000.00, 'Annual subscription', true,  DATE '2019-01-15'),
    ( 6, 'Platinum Support',        'Support',  6500.00, 'Annual subscription', true,  DATE '2021-03-01'),
    ( 7, 'Analytics Add-on',        'Add-on',   2400.00, 'Annual subscription', true,  DATE '2020-09-01'),
    ( 8, 'SSO Add-on',              'Add-on',   1500.00, 'Annual subscription', true,  DATE '2021-02-01'),
    ( 9, 'API Access',              'Add-on',   1800.00, 'Annual subscription', true,  DATE '2020-02-01'),
    (10, 'Extra Storage 1TB',       'Add-on',    600.00, 'Annual subscription', true,  DATE '2019-06-01'),
    (11, 'Mobile App Add-on',       'Add-on',   1100.00, 'Annual subscription', false, DATE '2019-06-01'),
    (12, 'Sandbox Environment',     'Add-on',   2000.00, 'Annual subscription', true,  DATE '2022-04-01'),
    (13, 'Onboarding Package',      'Services', 4500.00, 'One-time', true,  DATE '2019-01-15'),
    (14, 'Data Migration',          'Services', 7500.00, 'One-time', true,  DATE '2019-01-15'),
    (15, 'Training Day',            'Services', 1800.00, 'One-time', true,  DATE '2019-01-15'),
    (16, 'Custom Integration',      'Services', 12000.00, 'One-time', true, DATE '2021-09-01'),
    (17, 'Consulting Hours Pack',   'Services', 2200.00, 'One-time', true,  DATE '2020-01-10'),
    (18, 'Legacy Reporting Module', 'Add-on',    900.00, 'Annual subscription', false, DATE '2018-05-01');

-- opportunities -----------------------------------------------------------------------------
INSERT INTO opportunities
SELECT o.i,
       a.id,
       a.owner_id,
       CASE WHEN o.i % 3 = 0 THEN (o.i / 3) * 4 END,
       a.name || ' - ' || o.otype,
       o.otype,
       o.stage,
       CASE o.stage WHEN 'Prospecting' THEN 10 WHEN 'Qualification' THEN 20
                    WHEN 'Proposal' THEN 50 WHEN 'Negotiation' THEN 75
                    WHEN 'Closed Won' THEN 100 ELSE 0 END,
       CASE WHEN o.stage = 'Prospecting' AND o.i % 8 = 0 THEN NULL
            ELSE (3000 + ((o.i * 7919) % 197) * 500 + (o.i % 4) * 250)::numeric END,
       o.created_on,
       o.close_date,
       CASE WHEN o.stage = 'Closed Lost' AND o.i % 7 <> 0
            THEN (ARRAY['Price','Competitor','No budget','Timing','No decision'])[(o.i * 3) % 5 + 1] END
FROM (
    SELECT i, otype, created_on, close_date,
           CASE WHEN close_date <= DATE '2024-12-15' AND created_on < DATE '2024-07-01'
                THEN CASE WHEN (i * 13) % 10 < 4 THEN 'Closed Won' ELSE 'Closed Lost' END
                ELSE (ARRAY['Prospecting','Qualification','Proposal','Negotiation'])[i % 4 + 1] END AS stage
    FROM (
        SELECT i,
               CASE WHEN i % 3 = 0 THEN 'New Business'
                    ELSE (ARRAY['New Business','Renewal','Expansion','New Business','Upsell'])[(i * 7) % 5 + 1] END AS otype,
               DATE '2022-01-03' + (i * 1000 / 600) AS created_on,
               DATE '2022-01-03' + (i * 1000 / 600) + (20 + (i * 37) % 150) AS close_date
        FROM generate_series(1, 600) AS i
    ) AS s
) AS o
JOIN accounts AS a ON a.id = CASE WHEN o.i % 5 = 0 THEN (o.i / 5) % 40 + 1 ELSE (o.i * 7) % 260 + 1 END;

-- activities --------------------------------------------------------------------------------
INSERT INTO activities
SELECT x.i,
       x.atype,
       CASE x.atype
            WHEN 'call' THEN (ARRAY['Discovery call','Follow-up call','Pricing discussion','Check-in call'])[x.i % 4 + 1]
            WHEN 'email' THEN (ARRAY['Sent proposal','Follow-up email','Sent case study','Intro email','Meeting recap'])[x.i % 5 + 1]
            ELSE (ARRAY['Product demo','Onsite meeting','Executive briefing','Contract review'])[x.i % 4 + 1] END,
       x.account_id,
       CASE WHEN x.i % 13 = 0 THEN NULL ELSE x.account_id + 300 * (x.i % 3) END,
       x.opportunity_id,
       x.rep_id,
       x.sched,
       CASE WHEN x.done THEN x.sched + coalesce(x.dur, 2) * INTERVAL '1 minute' END,
       x.dur,
       CASE WHEN NOT x.done THEN NULL
            WHEN x.atype = 'call' THEN (ARRAY['Connected','Left voicemail','No answer','Connected'])[(x.i / 10) % 4 + 1]
            WHEN x.atype = 'meeting' THEN (ARRAY['Positive','Neutral','Follow-up needed'])[(x.i / 10) % 3 + 1]
            WHEN (x.i / 10) % 3 = 0 THEN 'Replied' END,
       x.done
FROM (
    SELECT b.i,
           b.atype,
           ac.id AS account_id,
           o.id AS opportunity_id,
           CASE WHEN b.i % 9 = 0 THEN ((ac.owner_id - 1) / 6) * 6 + 6
                ELSE coalesce(o.owner_id, ac.owner_id) END AS rep_id,
           b.sched,
           CASE b.atype WHEN 'call' THEN 5 + b.i % 26
                        WHEN 'meeting' THEN (ARRAY[30, 45, 60, 90])[b.i % 4 + 1] END AS dur,
           b.sched < TIMESTAMP '2024-12-31' AND b.i % 19 <> 0 AS done
    FROM (
        SELECT g.i,
               CASE WHEN g.i % 10 < 4 THEN 'call' WHEN g.i % 10 < 8 THEN 'email' ELSE 'meeting' END AS atype,
               op.id AS opp_id,
               coalesce(op.account_id, g.i % 300 + 1) AS acc_id,
               coalesce(op.created_on + (g.i * 17) % (op.close_date - op.created_on + 1),
                        DATE '2022-01-04' + g.i * 1090 / 2000)
                   + (8 + g.i % 9) * INTERVAL '1 hour' + ((g.i * 7) % 4) * INTERVAL '15 minutes' AS sched
        FROM generate_series(1, 2000) AS g(i)
        LEFT JOIN opportunities AS op ON op.id = (g.i * 11) % 600 + 1 AND g.i % 10 <> 5
    ) AS b
    LEFT JOIN opportunities AS o ON o.id = b.opp_id
    JOIN accounts AS ac ON ac.id = b.acc_id
) AS x;

-- quotes: one per opportunity that reached the proposal stage (half of the lost ones);
-- deals in negotiation or won with id divisible by 5 also had an earlier, revised quote --------
INSERT INTO quotes (id, quote_number, opportunity_id, status, issued_on, valid_until, discount_percent)
SELECT n.id,
       'Q-' || extract(year FROM n.issued_on)::int || '-' || lpad(n.id::text, 4, '0'),
       n.opportunity_id,
       n.status,
       n.issued_on,
       n.valid_until,
       n.discount_percent
FROM (
SELECT row_number() OVER (ORDER BY q.issued_on, q.opportunity_id, q.rev)::int AS id,
       q.opportunity_id,
       q.status,
       q.issued_on,
       q.issued_on + 30 AS valid_until,
       q.discount AS discount_percent
FROM (
    SELECT o.id AS opportunity_id,
           1 AS rev,
           CASE o.stage WHEN 'Closed Won' THEN 'Accepted'
                        WHEN 'Closed Lost' THEN 'Rejected'
                        WHEN 'Negotiation' THEN 'Sent'
                        ELSE CASE WHEN o.id % 3 = 0 THEN 'Draft' ELSE 'Sent' END END AS status,
           LEAST(o.created_on + (o.close_date - o.created_on) * 2 / 3, DATE '2024-12-20') AS issued_on,
           ((o.id % 4) * 5)::numeric AS discount
    FROM opportunities AS o
    WHERE o.stage IN ('Proposal', 'Negotiation', 'Closed Won')
       OR (o.stage = 'Closed Lost' AND o.id % 2 = 0)
    UNION ALL
    SELECT o.id, 0,
           'Expired',
           o.created_on + (o.close_date - o.created_on) / 3,
           0
    FROM opportunities AS o
    WHERE o.stage IN ('Negotiation', 'Closed Won') AND o.id % 5 = 0
) AS q
) AS n;

INSERT INTO quote_lines (id, quote_id, product_id, quantity, unit_price, line_total)
SELECT row_number() OVER (ORDER BY l.quote_id, l.n),
       l.quote_id, p.id, l.qty, p.list_price, l.qty * p.list_price
FROM (
    SELECT q.id AS quote_id,
           n,
           CASE WHEN n = 1 THEN CASE WHEN coalesce(o.amount, 0) >= 60000 THEN 3
                                     WHEN coalesce(o.amount, 0) >= 20000 THEN 2 ELSE 1 END
                ELSE 4 + (q.id * 3 + n * 5) % 15 END AS product_id,
           CASE WHEN n = 1 THEN greatest(1, (coalesce(o.amount, 10000) * 0.7
                                            / CASE WHEN coalesce(o.amount, 0) >= 60000 THEN 24000
                                                   WHEN coalesce(o.amount, 0) >= 20000 THEN 9600 ELSE 3600 END)::int)
                ELSE 1 + (q.id + n) % 4 END AS qty
    FROM quotes AS q
    JOIN opportunities AS o ON o.id = q.opportunity_id
    CROSS JOIN LATERAL generate_series(1, 1 + q.id % 4) AS n
) AS l
JOIN products AS p ON p.id = l.product_id;

UPDATE quotes AS q
SET total_amount = round(s.gross * (1 - q.discount_percent / 100), 2)
FROM (SELECT quote_id, sum(line_total) AS gross FROM quote_lines GROUP BY quote_id) AS s
WHERE s.quote_id = q.id AND q.status <> 'Draft';

-- contracts: one per won deal ---------------------------------------------------------------
INSERT INTO contracts
SELECT c.id,
       'C-' || extract(year FROM c.close_date)::int || '-' || lpad(c.id::text, 4, '0'),
       c.account_id,
       c.opportunity_id,
       c.close_date + TIME '10:00' + (c.id % 8) * INTERVAL '1 hour',
       c.start_date,
       (c.start_date + c.term * INTERVAL '1 month')::date - 1,
       c.term,
       c.amount,
       (ARRAY['Annual','Quarterly','Monthly','Annual'])[(c.id / 3) % 4 + 1],
       c.id % 4 <> 0,
       CASE WHEN c.id % 23 = 0 THEN 'Terminated'
            WHEN (c.start_date + c.term * INTERVAL '1 month')::date - 1 < DATE '2025-01-01' THEN 'Expired'
            ELSE 'Active' END
FROM (
    SELECT row_number() OVER (ORDER BY o.close_date, o.id)::int AS id,
           o.id AS opportunity_id,
           o.account_id,
           o.close_date,
           coalesce(o.amount, 0) AS amount,
           (date_trunc('month', o.close_date) + INTERVAL '1 month')::date AS start_date,
           (ARRAY[12, 24, 36, 12])[o.id % 4 + 1] AS term
    FROM opportunities AS o
    WHERE o.stage = 'Closed Won'
) AS c;

UPDATE accounts AS a
SET account_type = CASE
        WHEN EXISTS (SELECT 1 FROM contracts AS c WHERE c.account_id = a.id AND c.status = 'Active') THEN 'Customer'
        WHEN EXISTS (SELECT 1 FROM contracts AS c WHERE c.account_id = a.id) THEN 'Former customer'
        WHEN a.id % 25 = 0 THEN 'Partner'
        ELSE 'Prospect' END;
