-- A commercial cleaning company (BrightSpan Commercial Cleaning, Denver metro area): its client
-- accounts with billing and head-site details, the client sites it cleans, cleaning contracts,
-- scheduled jobs (visits) with their pricing, supplies and sign-off, cleaners and supervisors,
-- timesheets, the supplies catalogue and supplies used on jobs, monthly invoices and client
-- payments, quality inspections and client complaints. Data runs from 2022 to the end of 2025
-- (books closed on 2025-11-30; later jobs are still scheduled).
-- Every row is invented and reproducible: fixed lists, generate_series and modular
-- arithmetic only; no random(), no clock.

-- ---------------------------------------------------------------- staff (cleaners, supervisors)

CREATE TABLE staff (
    id                  integer PRIMARY KEY,
    employee_number     text NOT NULL UNIQUE,
    first_name          text NOT NULL,
    last_name           text NOT NULL,
    role                text NOT NULL CHECK (role IN ('cleaner', 'supervisor')),
    supervisor_id       integer REFERENCES staff (id),
    branch              text NOT NULL CHECK (branch IN ('Central', 'North', 'South', 'West')),
    employment_type     text NOT NULL CHECK (employment_type IN ('full_time', 'part_time', 'casual')),
    hourly_rate         numeric(6,2) NOT NULL,
    hire_date           date NOT NULL,
    status              text NOT NULL CHECK (status IN ('active', 'left')),
    left_on             date,
    phone               text,
    email               text,
    drivers_licence     boolean NOT NULL DEFAULT false,
    background_checked  boolean NOT NULL DEFAULT true
);

-- supervisors: ids 1-12, three per branch
INSERT INTO staff
SELECT i,
       'EMP-' || lpad((1000 + i)::text, 5, '0'),
       (ARRAY['Maria','James','Linh','Carlos','Aisha','Tom','Rosa','Dmitri','Grace','Samuel',
              'Ana','Kwame','Helen','Luis','Priya','Owen','Fatima','Jorge','Nadia','Peter'])[1 + (i * 7) % 20],
       (ARRAY['Alvarez','Brennan','Chen','Dlamini','Evans','Fischer','Garcia','Haddad','Ibarra',
              'Jensen','Kowalski','Lopez','Mensah','Novak','Okafor','Park','Quinn','Reyes',
              'Silva','Tran','Underwood','Vargas','Walsh','Xu','Yilmaz','Zamora','Moreno'])[1 + (i * 11) % 27],
       'supervisor',
       NULL,
       (ARRAY['Central','North','South','West'])[1 + (i - 1) % 4],
       'full_time',
       24.00 + (i % 5) * 1.50,
       DATE '2015-04-01' + (i * 173) % 2000,
       'active',
       NULL,
       '(303) 555-' || lpad((2000 + i * 41)::text, 4, '0'),
       NULL,
       true,
       true
FROM generate_series(1, 12) AS i;

-- cleaners: ids 13-64
INSERT INTO staff
SELECT i,
       'EMP-' || lpad((1000 + i)::text, 5, '0'),
       (ARRAY['Maria','James','Linh','Carlos','Aisha','Tom','Rosa','Dmitri','Grace','Samuel',
              'Ana','Kwame','Helen','Luis','Priya','Owen','Fatima','Jorge','Nadia','Peter'])[1 + (i * 7) % 20],
       (ARRAY['Alvarez','Brennan','Chen','Dlamini','Evans','Fischer','Garcia','Haddad','Ibarra',
              'Jensen','Kowalski','Lopez','Mensah','Novak','Okafor','Park','Quinn','Reyes',
              'Silva','Tran','Underwood','Vargas','Walsh','Xu','Yilmaz','Zamora','Moreno'])[1 + (i * 11) % 27],
       'cleaner',
       (1 + (i * 3) % 4) + 4 * (i % 3),
       (ARRAY['Central','North','South','West'])[1 + (i * 3) % 4],
       (ARRAY['full_time','part_time','casual'])[1 + i % 3],
       16.50 + ((i * 37) % 9) * 0.75,
       CASE WHEN i IN (63, 64) THEN DATE '2025-12-01'
            WHEN i >= 50 THEN DATE '2022-01-10' + (i - 50) * 97
            ELSE DATE '2017-03-01' + (i * 211) % 1700 END,
       CASE WHEN i < 50 AND i % 6 = 1 THEN 'left' ELSE 'active' END,
       CASE WHEN i < 50 AND i % 6 = 1 THEN DATE '2022-02-01' + (i * 137) % 1350 END,
       '(720) 555-' || lpad((3000 + i * 53)::text, 4, '0'),
       NULL,
       i % 4 <> 2,
       i % 19 <> 0
FROM generate_series(13, 64) AS i;

UPDATE staff SET email = lower(first_name) || '.' || lower(last_name) || '@brightspan.example';

-- ---------------------------------------------------------------- clients (wide account record)

CREATE TABLE clients (
    id                        integer PRIMARY KEY,
    client_code               text NOT NULL UNIQUE,
    company_name              text NOT NULL UNIQUE,
    industry                  text NOT NULL,
    account_status            text NOT NULL CHECK (account_status IN ('active', 'on_hold', 'closed')),
    account_manager           text NOT NULL,
    billing_contact_name      text NOT NULL,
    billing_email             text NOT NULL,
    billing_phone             text NOT NULL,
    billing_address_line1     text NOT NULL,
    billing_address_line2     text,
    billing_city              text NOT NULL,
    billing_state             char(2) NOT NULL DEFAULT 'CO',
    billing_zip               text NOT NULL,
    payment_terms_days        integer NOT NULL,
    credit_limit              numeric(12,2) NOT NULL,
    tax_exempt                boolean NOT NULL DEFAULT false,
    po_required               boolean NOT NULL DEFAULT false,
    invoice_delivery          text NOT NULL CHECK (invoice_delivery IN ('email', 'portal', 'post')),
    preferred_payment_method  text NOT NULL,
    primary_site_name         text,
    primary_site_address      text,
    primary_site_city         text,
    site_contact_name         text,
    site_contact_phone        text,
    site_access_notes         text,
    customer_since            date NOT NULL,
    notes                     text,
    created_at                timestamp NOT NULL
);

INSERT INTO clients
SELECT v.id,
       'CL-' || lpad(v.id::text, 4, '0'),
       v.name,
       v.industry,
       'active',
       (ARRAY['Dana Whitfield','Marcus Bell','Irene Castillo','Ben Oduya'])[1 + v.id % 4],
       (ARRAY['Laura','Michael','Sofia','Daniel','Hannah','Victor','Chloe','Raj','Emma','Trevor','Yuki'])[1 + (v.id * 3) % 11]
         || ' ' ||
       (ARRAY['Hughes','Patel','Morgan','Kim','Bauer','Sandoval','Price','Osei','Larsen','Duarte','Romero','Finch','Nakamura'])[1 + (v.id * 5) % 13],
       'accounts@' || lower(regexp_replace(v.name, '[^A-Za-z]+', '', 'g')) || '.example',
       '(303) 555-' || lpad((5000 + v.id * 67)::text, 4, '0'),
       (100 + (v.id * 83) % 8900)::text || ' ' ||
       (ARRAY['Broadway','Colfax Ave','Speer Blvd','Wadsworth Blvd','Pearl St','Arapahoe Rd',
              'Federal Blvd','Kipling St','Alameda Ave','Havana St','Sheridan Blvd','Lincoln St'])[1 + (v.id * 7) % 12],
       CASE WHEN v.id % 3 = 0 THEN 'Suite ' || (100 + v.id * 10)::text END,
       v.city,
       'CO',
       (80200 + (v.id * 13) % 90)::text,
       v.terms,
       v.terms * 250 + (v.id % 5) * 2500,
       v.industry IN ('Public sector', 'Education'),
       v.industry IN ('Public sector', 'Education', 'Healthcare') OR v.id % 6 = 0,
       CASE WHEN v.id % 5 = 0 THEN 'post' WHEN v.id % 4 = 0 THEN 'portal' ELSE 'email' END,
       (ARRAY['ACH','card','check','ACH','direct debit'])[1 + v.id % 5],
       NULL, NULL, NULL, NULL, NULL, NULL,
       v.since,
       CASE v.id % 9 WHEN 2 THEN 'Send statements monthly' WHEN 5 THEN 'Key contact prefers phone'
                     WHEN 7 THEN 'Multi-site account, quarterly review' END,
       v.since + time '09:15' + (v.id * 7) * interval '1 minute'
FROM (VALUES
    ( 1, 'Halverson & Pike LLP',            'Professional services', 'Denver',       30, DATE '2018-02-12'),
    ( 2, 'Front Range Medical Group',       'Healthcare',            'Aurora',       45, DATE '2017-06-01'),
    ( 3, 'Cherry Creek Dental',             'Healthcare',            'Denver',       30, DATE '2019-09-16'),
    ( 4, 'Summit Ridge Academy',            'Education',             'Littleton',    60, DATE '2016-08-01'),
    ( 5, 'Mile High Realty Partners',       'Property management',   'Denver',       30, DATE '2020-01-06'),
    ( 6, 'Alpine Outfitters',               'Retail',                'Boulder',      30, DATE '2019-03-18'),
    ( 7, 'Copperline Logistics',            'Industrial',            'Commerce City',45, DATE '2018-11-05'),
    ( 8, 'Redstone Hotel Group',            'Hospitality',           'Denver',       30, DATE '2017-04-24'),
    ( 9, 'Boulder Valley Credit Union',     'Professional services', 'Boulder',      30, DATE '2020-07-13'),
    (10, 'Lakewood Public Library',         'Public sector',         'Lakewood',     60, DATE '2016-01-11'),
    (11, 'Pinecrest Senior Living',         'Healthcare',            'Lakewood',     45, DATE '2019-05-20'),
    (12, 'Tanager Software',                'Professional services', 'Boulder',      15, DATE '2021-02-01'),
    (13, 'Golden Bell Bakery Cafe',         'Hospitality',           'Golden',       15, DATE '2021-06-14'),
    (14, 'Westfield Auto Plaza',            'Retail',                'Lakewood',     30, DATE '2018-03-26'),
    (15, 'Arapahoe County Clerk',           'Public sector',         'Littleton',    60, DATE '2017-10-02'),
    (16, 'Blue Spruce Pediatrics',          'Healthcare',            'Aurora',       30, DATE '2020-10-19'),
    (17, 'Kestrel Engineering',             'Industrial',            'Englewood',    45, DATE '2019-01-28'),
    (18, 'Larimer Square Merchants',        'Property management',   'Denver',       30, DATE '2018-08-20'),
    (19, 'Northglenn Fitness Club',         'Hospitality',           'Northglenn',   15, DATE '2021-09-06'),
    (20, 'Arvada Unified Schools',          'Education',             'Arvada',       60, DATE '2016-05-16'),
    (21, 'Sable Creek Brewing',             'Hospitality',           'Westminster',  30, DATE '2020-04-27'),
    (22, 'Meridian Insurance Brokers',      'Professional services', 'Englewood',    30, DATE '2019-12-02'),
    (23, 'Platte River Orthopedics',        'Healthcare',            'Denver',       45, DATE '2018-06-11'),
    (24, 'Foothills Home Goods',            'Retail',                'Golden',       30, DATE '2021-11-15'),
    (25, 'Thornton Distribution Center',    'Industrial',            'Thornton',     45, DATE '2020-02-24'),
    (26, 'Denver Metro Transit Authority',  'Public sector',         'Denver',       60, DATE '2017-01-09'),
    (27, 'Ironwood Capital Advisors',       'Professional services', 'Denver',       15, DATE '2021-04-19'),
    (28, 'Highline Community College',      'Education',             'Aurora',       60, DATE '2018-09-04'),
    (29, 'Aspen Grove Veterinary',          'Healthcare',            'Littleton',    30, DATE '2020-08-31'),
    (30, 'Union Station Offices',           'Property management',   'Denver',       45, DATE '2019-07-08'),
    (31, 'Clearview Eye Center',            'Healthcare',            'Westminster',  30, DATE '2021-01-25'),
    (32, 'Brightwater Pools & Spas',        'Retail',                'Arvada',       30, DATE '2020-06-08'),
    (33, 'Granite Peak Manufacturing',      'Industrial',            'Commerce City',45, DATE '2017-08-14'),
    (34, 'Saint Elias Parish School',       'Education',             'Englewood',    30, DATE '2019-02-18'),
    (35, 'Juniper & Sage Restaurant',       'Hospitality',           'Boulder',      15, DATE '2021-07-26'),
    (36, 'Rocky Mountain Title Co',         'Professional services', 'Lakewood',     30, DATE '2018-12-10'),
    (37, 'Cobalt Data Centers',             'Industrial',            'Aurora',       30, DATE '2020-11-30'),
    (38, 'Wheat Ridge Recreation Center',   'Public sector',         'Arvada',       60, DATE '2019-04-15'),
    (39, 'Silverleaf Coworking',            'Property management',   'Boulder',      30, DATE '2021-03-08'),
    (40, 'Crescent Pharmacy',               'Retail',                'Thornton',     15, DATE '2020-09-21')
) AS v(id, name, industry, city, terms, since);

-- ---------------------------------------------------------------- sites

CREATE TABLE sites (
    id              integer PRIMARY KEY,
    client_id       integer NOT NULL REFERENCES clients (id),
    site_name       text NOT NULL UNIQUE,
    site_type       text NOT NULL,
    address_line1   text NOT NULL,
    city            text NOT NULL,
    zip             text NOT NULL,
    branch          text NOT NULL CHECK (branch IN ('Central', 'North', 'South', 'West')),
    floor_area_sqm  integer NOT NULL,
    floors          integer NOT NULL,
    contact_name    text NOT NULL,
    contact_phone   text NOT NULL,
    access_code     text,
    has_alarm       boolean NOT NULL,
    keys_held       boolean NOT NULL
);

INSERT INTO sites
SELECT s.i,
       c.id,
       c.company_name || ' – ' || s.street,
       s.site_type,
       s.street_no::text || ' ' || s.street,
       s.city,
       (80200 + (s.i * 17) % 90)::text,
       CASE WHEN s.city = 'Denver' THEN 'Central'
            WHEN s.city IN ('Boulder', 'Westminster', 'Thornton', 'Northglenn', 'Commerce City') THEN 'North'
            WHEN s.city IN ('Littleton', 'Englewood', 'Aurora') THEN 'South'
            ELSE 'West' END,
       s.area,
       1 + s.area / 1800,
       (ARRAY['Gary','Monica','Devon','Keisha','Frank','Lena','Hector','Joy','Ravi','Tess','Omar','Paula'])[1 + (s.i * 5) % 12]
         || ' ' ||
       (ARRAY['Abbott','Ruiz','Lindqvist','Carter','Mbeki','Sato','Doyle','Ferreira','Holt','Ito','Keane'])[1 + (s.i * 7) % 11],
       '(303) 555-' || lpad((7000 + s.i * 29)::text, 4, '0'),
       CASE WHEN s.i % 4 <> 3 THEN lpad(((s.i * 7919) % 10000)::text, 4, '0') END,
       s.i % 5 <> 4,
       s.i % 3 <> 1
FROM (
    SELECT i, client_id,
           (ARRAY['Blake St','Market St','Wazee St','Champa St','Welton St','Grant St','Ogden St',
                  'Downing St','York St','Colorado Blvd','Quebec St','Monaco Pkwy','Yosemite St',
                  'Dayton St','Iliff Ave','Evans Ave','Jewell Ave','Mississippi Ave','Garrison St',
                  'Union Blvd','Simms St','Ward Rd','Baseline Rd','Canyon Blvd'])
             [1 + (client_id * 5 + 7 * row_number() OVER (PARTITION BY client_id ORDER BY i)) % 24] AS street,
           100 + (i * 97) % 4900 AS street_no,
           CASE WHEN i <= 40 THEN NULL
                ELSE (ARRAY['Denver','Aurora','Lakewood','Boulder','Littleton','Golden','Englewood',
                            'Westminster','Arvada','Thornton'])[1 + (i * 3) % 10] END AS extra_city
    FROM (SELECT i, CASE WHEN i <= 40 THEN i ELSE 1 + (i * 13) % 29 END AS client_id
          FROM generate_series(1, 96) AS i) AS g
) AS x
JOIN clients c ON c.id = x.client_id
CROSS JOIN LATERAL (
    SELECT x.i,
           x.street,
           x.street_no,
           coalesce(x.extra_city, c.billing_city) AS city,
           t.site_type,
           CASE t.site_type
                WHEN 'office'          THEN 400  + (x.i * 137) % 2600
                WHEN 'medical'         THEN 300  + (x.i * 89)  % 1200
                WHEN 'school'          THEN 1500 + (x.i * 211) % 4500
                WHEN 'retail'          THEN 200  + (x.i * 73)  % 1800
                WHEN 'warehouse'       THEN 2000 + (x.i * 197) % 6000
                WHEN 'hospitality'     THEN 500  + (x.i * 61)  % 3000
                ELSE                        600  + (x.i * 113) % 2400 END AS area
    FROM (SELECT CASE c.industry
                      WHEN 'Professional services' THEN 'office'
                      WHEN 'Healthcare'            THEN 'medical'
                      WHEN 'Education'             THEN 'school'
                      WHEN 'Retail'                THEN 'retail'
                      WHEN 'Hospitality'           THEN 'hospitality'
                      WHEN 'Industrial'            THEN CASE WHEN x.i > 40 AND x.i % 2 = 0 THEN 'office' ELSE 'warehouse' END
                      WHEN 'Public sector'         THEN 'public building'
                      ELSE CASE WHEN x.i > 40 AND x.i % 2 = 1 THEN 'retail' ELSE 'office' END
                 END AS site_type) AS t
) AS s;

-- the head site's details are copied onto the client record, as the old system kept them
UPDATE clients c
SET primary_site_name    = s.site_name,
    primary_site_address = s.address_line1,
    primary_site_city    = s.city,
    site_contact_name    = s.contact_name,
    site_contact_phone   = s.contact_phone,
    site_access_notes    = CASE WHEN s.keys_held THEN 'Keys held at branch' ELSE 'Contact on arrival' END
FROM sites s
WHERE s.id = c.id;

-- ---------------------------------------------------------------- contracts

CREATE TABLE contracts (
    id               integer PRIMARY KEY,
    contract_number  text NOT NULL UNIQUE,
    client_id        integer NOT NULL REFERENCES clients (id),
    site_id          integer NOT NULL REFERENCES sites (id),
    service_type     text NOT NULL,
    frequency        text NOT NULL,
    start_date       date NOT NULL,
    end_date         date NOT NULL,
    monthly_fee      numeric(10,2) NOT NULL,
    auto_renew       boolean NOT NULL,
    status           text NOT NULL CHECK (status IN ('active', 'expired', 'cancelled')),
    cancelled_on     date,
    signed_by        text,
    created_at       timestamp NOT NULL
);

INSERT INTO contracts
SELECT k.id,
       'CTR-' || to_char(k.start_date, 'YYYY') || '-' || lpad(k.id::text, 3, '0'),
       s.client_id,
       s.id,
       k.service_type,
       k.frequency,
       k.start_date,
       (k.start_date + make_interval(months => k.term) - interval '1 day')::date,
       round(s.floor_area_sqm * CASE k.frequency
                                    WHEN 'daily'        THEN 0.95
                                    WHEN 'twice weekly' THEN 0.42
                                    WHEN 'weekly'       THEN 0.24
                                    WHEN 'fortnightly'  THEN 0.13
                                    WHEN 'monthly'      THEN 0.09
                                    ELSE 0.05 END
             * CASE k.service_type WHEN 'carpet clean' THEN 1.6 WHEN 'washroom service' THEN 0.7 ELSE 1 END, 0),
       k.id % 3 <> 0,
       'expired',
       NULL,
       s.contact_name,
       k.start_date - 14 + time '10:00'
FROM (
    SELECT id,
           CASE WHEN id <= 90 THEN id ELSE 1 + (id * 17) % 90 END AS site_id,
           CASE WHEN id <= 90 THEN CASE WHEN id % 10 = 7 THEN 'washroom service' ELSE 'regular clean' END
                WHEN id % 2 = 0 THEN 'window clean'
                WHEN id % 4 = 1 THEN 'carpet clean'
                ELSE 'washroom service' END AS service_type,
           CASE WHEN id <= 90 AND id % 10 = 7 THEN 'weekly'
                WHEN id <= 90 THEN (ARRAY['daily','weekly','twice weekly','daily','fortnightly'])[1 + id % 5]
                WHEN id % 2 = 0 THEN CASE WHEN id % 3 = 0 THEN 'quarterly' ELSE 'monthly' END
                WHEN id % 4 = 1 THEN 'quarterly'
                ELSE 'weekly' END AS frequency,
           date_trunc('month', DATE '2021-03-01' + (id * 173) % 1460)::date AS start_date,
           (ARRAY[12, 24, 36, 48])[1 + id % 4] AS term
    FROM generate_series(1, 110) AS id
) AS k
JOIN sites s ON s.id = k.site_id;

UPDATE contracts
SET status = 'cancelled',
    cancelled_on = start_date + (end_date - start_date) * 2 / 3
WHERE id % 13 = 0
  AND start_date + (end_date - start_date) * 2 / 3 BETWEEN DATE '2022-03-01' AND DATE '2025-11-30';

UPDATE contracts SET status = 'active' WHERE status <> 'cancelled' AND end_date > DATE '2025-11-30';
-- a contract that ran to its end date was not on auto-renew
UPDATE contracts SET auto_renew = false WHERE status = 'expired';

-- clients with no live contract are closed; three live accounts are on credit hold
UPDATE clients c SET account_status = 'closed'
WHERE NOT EXISTS (SELECT 1 FROM contracts k WHERE k.client_id = c.id AND k.status = 'active');
UPDATE clients SET account_status = 'on_hold' WHERE id IN (8, 21, 33) AND account_status = 'active';

-- ---------------------------------------------------------------- supplies catalogue

CREATE TABLE supplies (
    id             integer PRIMARY KEY,
    sku            text NOT NULL UNIQUE,
    product_name   text NOT NULL UNIQUE,
    category       text NOT NULL CHECK (category IN ('chemical', 'paper goods', 'consumable', 'equipment part')),
    unit           text NOT NULL,
    unit_cost      numeric(8,2) NOT NULL,
    supplier       text NOT NULL,
    hazardous      boolean NOT NULL DEFAULT false,
    reorder_level  integer NOT NULL
);

INSERT INTO supplies VALUES
 ( 1, 'CH-101', 'Neutral floor cleaner 5L',        'chemical',       'jug',    18.40, 'Summit Janitorial Supply', false, 20),
 ( 2, 'CH-102', 'Glass cleaner 1L',                'chemical',       'bottle',  4.25, 'Summit Janitorial Supply', false, 40),
 ( 3, 'CH-103', 'Quat disinfectant 5L',            'chemical',       'jug',    27.90, 'ProClean Distributors',    true,  15),
 ( 4, 'CH-104', 'Heavy-duty degreaser 5L',         'chemical',       'jug',    31.50, 'ProClean Distributors',    true,  10),
 ( 5, 'CH-105', 'Washroom descaler 1L',            'chemical',       'bottle',  7.80, 'Summit Janitorial Supply', true,  30),
 ( 6, 'CH-106', 'Carpet shampoo 5L',               'chemical',       'jug',    34.00, 'Rocky Mountain Chem',      false, 8),
 ( 7, 'CH-107', 'Spot and stain remover 750ml',    'chemical',       'bottle',  9.60, 'Rocky Mountain Chem',      false, 20),
 ( 8, 'CH-108', 'Floor stripper 5L',               'chemical',       'jug',    42.75, 'Rocky Mountain Chem',      true,  6),
 ( 9, 'CH-109', 'Floor sealer 5L',                 'chemical',       'jug',    55.20, 'Rocky Mountain Chem',      false, 6),
 (10, 'CH-110', 'Stainless steel polish 500ml',    'chemical',       'can',     8.15, 'Summit Janitorial Supply', false, 15),
 (11, 'CH-111', 'Bleach 3.8L',                     'chemical',       'jug',     6.90, 'ProClean Distributors',    true,  25),
 (12, 'CH-112', 'Window solution concentrate 1L',  'chemical',       'bottle', 12.30, 'Clearline Window Supply',  false, 12),
 (13, 'PG-201', 'Multifold hand towels',           'paper goods',    'case',   38.50, 'Metro Paper Co',           false, 30),
 (14, 'PG-202', 'Jumbo toilet tissue',             'paper goods',    'case',   44.00, 'Metro Paper Co',           false, 30),
 (15, 'PG-203', 'Centerpull paper rolls',          'paper goods',    'case',   36.75, 'Metro Paper Co',           false, 20),
 (16, 'PG-204', 'Toilet seat covers',              'paper goods',    'case',   29.40, 'Metro Paper Co',           false, 10),
 (17, 'PG-205', 'Facial tissue boxes',             'paper goods',    'case',   24.80, 'Metro Paper Co',           false, 10),
 (18, 'PG-206', 'Kitchen roll',                    'paper goods',    'case',   27.10, 'Metro Paper Co',           false, 12),
 (19, 'CO-301', 'Bin liners 33 gal',               'consumable',     'box',    21.60, 'Summit Janitorial Supply', false, 40),
 (20, 'CO-302', 'Bin liners 13 gal',               'consumable',     'box',    14.20, 'Summit Janitorial Supply', false, 40),
 (21, 'CO-303', 'Nitrile gloves',                  'consumable',     'box',    11.95, 'SafeHands Supply',         false, 50),
 (22, 'CO-304', 'Microfibre cloths 12-pack',       'consumable',     'pack',   15.40, 'Summit Janitorial Supply', false, 25),
 (23, 'CO-305', 'Foam hand soap refill',           'consumable',     'case',   48.90, 'ProClean Distributors',    false, 15),
 (24, 'CO-306', 'Air freshener refills',           'consumable',     'case',   33.30, 'ProClean Distributors',    false, 10),
 (25, 'CO-307', 'Scrub sponges',                   'consumable',     'pack',    6.45, 'Summit Janitorial Supply', false, 30),
 (26, 'CO-308', 'Feminine hygiene bags',           'consumable',     'case',   19.75, 'Metro Paper Co',           false, 10),
 (27, 'EQ-401', 'Vacuum bags',                     'equipment part', 'pack',   13.80, 'CleanTech Equipment',      false, 20),
 (28, 'EQ-402', 'Mop heads',                       'equipment part', 'each',    8.50, 'CleanTech Equipment',      false, 30),
 (29, 'EQ-403', 'Scrubber pads 20in',              'equipment part', 'each',   11.25, 'CleanTech Equipment',      false, 15),
 (30, 'EQ-404', 'Squeegee rubber blades',          'equipment part', 'each',    5.70, 'Clearline Window Supply',  false, 20);

-- ---------------------------------------------------------------- invoices and payments

CREATE TABLE invoices (
    id              integer PRIMARY KEY,
    invoice_number  text NOT NULL UNIQUE,
    client_id       integer NOT NULL REFERENCES clients (id),
    issue_date      date NOT NULL,
    due_date        date NOT NULL,
    total_amount    numeric(12,2) NOT NULL,
    status          text NOT NULL CHECK (status IN ('unpaid', 'part_paid', 'paid'))
);

CREATE TABLE payments (
    id          integer PRIMARY KEY,
    invoice_id  integer NOT NULL REFERENCES invoices (id),
    paid_on     date NOT NULL,
    amount      numeric(12,2) NOT NULL,
    method      text NOT NULL CHECK (method IN ('ACH', 'card', 'check', 'direct debit')),
    reference   text
);

-- ---------------------------------------------------------------- jobs (wide work order)

CREATE TABLE jobs (
    id                     integer PRIMARY KEY,
    job_number             text NOT NULL UNIQUE,
    contract_id            integer REFERENCES contracts (id),
    client_id              integer NOT NULL REFERENCES clients (id),
    site_id                integer NOT NULL REFERENCES sites (id),
    job_type               text NOT NULL,
    priority               text NOT NULL CHECK (priority IN ('normal', 'urgent')),
    status                 text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled', 'no_access')),
    scheduled_date         date NOT NULL,
    scheduled_start        time NOT NULL,
    scheduled_end          time NOT NULL,
    estimated_hours        numeric(5,1) NOT NULL,
    crew_size              integer NOT NULL,
    actual_start           timestamp,
    actual_end             timestamp,
    site_address_line1     text NOT NULL,
    site_city              text NOT NULL,
    site_zip               text NOT NULL,
    site_contact_name      text NOT NULL,
    site_contact_phone     text NOT NULL,
    access_code            text,
    supervisor_id          integer NOT NULL REFERENCES staff (id),
    quoted_price           numeric(10,2) NOT NULL,
    discount_pct           numeric(5,2) NOT NULL DEFAULT 0,
    extra_charges          numeric(10,2) NOT NULL DEFAULT 0,
    total_price            numeric(10,2) NOT NULL,
    supplies_by_client     boolean NOT NULL DEFAULT false,
    chemicals_required     text,
    equipment_required     text,
    ladder_required        boolean NOT NULL DEFAULT false,
    after_hours            boolean NOT NULL DEFAULT false,
    client_signed_off      boolean NOT NULL DEFAULT false,
    supervisor_signed_off  boolean NOT NULL DEFAULT false,
    signed_off_by          text,
    signed_off_at          timestamp,
    photos_uploaded        boolean NOT NULL DEFAULT false,
    invoice_id             integer REFERENCES invoices (id),
    notes                  text,
    internal_notes         text,
    created_at             timestamp NOT NULL,
    updated_at             timestamp NOT NULL
);

INSERT INTO jobs
WITH visits AS (
    -- contract visits at a cadence set by the contract's frequency
    SELECT k.id AS contract_id, k.site_id, k.service_type, lo + n * step + (k.id * 3) % 7 AS d
    FROM (SELECT k.*,
                 greatest(k.start_date, DATE '2022-01-01') AS lo,
                 least(coalesce(k.cancelled_on, k.end_date), DATE '2025-12-31') AS hi,
                 CASE k.frequency WHEN 'daily' THEN 21 + (k.id % 3) * 4
                                  WHEN 'twice weekly' THEN 28
                                  WHEN 'weekly' THEN 35
                                  WHEN 'fortnightly' THEN 42
                                  WHEN 'monthly' THEN 30
                                  ELSE 91 END AS step
          FROM contracts k) AS k
    CROSS JOIN LATERAL generate_series(0, greatest(0, (k.hi - k.lo) / k.step)) AS n
    WHERE k.lo + n * k.step + (k.id * 3) % 7 <= k.hi
    UNION ALL
    -- one-off jobs booked without a contract
    SELECT NULL, 1 + (n * 37) % 96,
           (ARRAY['deep clean','post-construction clean','carpet clean','deep clean','window clean'])[1 + n % 5],
           DATE '2022-01-04' + (n * 211) % 1450
    FROM generate_series(1, 70) AS n
),
numbered AS (
    SELECT (row_number() OVER (ORDER BY v.d, coalesce(v.contract_id, 1000), v.site_id))::int AS i, v.*
    FROM visits v
),
typed AS (
    SELECT nb.*,
           CASE WHEN nb.service_type = 'regular clean' AND nb.i % 7 = 0  THEN 'deep clean'
                WHEN nb.service_type = 'regular clean' AND nb.i % 19 = 0 THEN 'floor strip and seal'
                ELSE nb.service_type END AS job_type
    FROM numbered nb
),
sized AS (
    SELECT t.*, s.client_id, s.floor_area_sqm, s.branch, s.address_line1, s.city, s.zip,
           s.contact_name, s.contact_phone, s.access_code,
           least(20.0, greatest(1.0, round(s.floor_area_sqm::numeric / CASE t.job_type
                 WHEN 'regular clean' THEN 300 WHEN 'deep clean' THEN 150 WHEN 'window clean' THEN 400
                 WHEN 'carpet clean' THEN 250 WHEN 'floor strip and seal' THEN 200
                 WHEN 'washroom service' THEN 600 ELSE 120 END, 1))) AS est,
           CASE t.job_type WHEN 'regular clean' THEN 42 WHEN 'deep clean' THEN 55 WHEN 'window clean' THEN 48
                WHEN 'carpet clean' THEN 58 WHEN 'floor strip and seal' THEN 62
                WHEN 'washroom service' THEN 40 ELSE 60 END AS charge_rate,
           (t.i % 5 IN (1, 3)) AS after_hours,
           CASE WHEN t.d > DATE '2025-11-30' THEN 'scheduled'
                WHEN t.i % 20 = 0 THEN 'cancelled'
                WHEN t.i % 33 = 4 THEN 'no_access'
                ELSE 'completed' END AS status
    FROM typed t JOIN sites s ON s.id = t.site_id
),
timed AS (
    SELECT z.*,
           least(4, 1 + floor(z.est / 5)::int) AS crew,
           CASE WHEN z.after_hours THEN time '17:00' + (z.i % 2) * interval '1 hour'
                ELSE (ARRAY[time '06:00', time '07:00', time '08:00', time '09:30', time '13:00'])[1 + z.i % 5] END AS st,
           CASE z.i % 10 WHEN 0 THEN 10 WHEN 5 THEN 5 WHEN 7 THEN 15 ELSE 0 END AS disc,
           CASE WHEN z.after_hours AND z.i % 4 = 1 THEN 45 WHEN z.i % 8 = 6 THEN 25 ELSE 0 END AS extra
    FROM sized z
),
done AS (
    SELECT m.*,
           (m.est / m.crew) * interval '1 hour' AS dur,
           CASE WHEN m.status = 'completed'
                THEN m.d + m.st + ((m.i * 13) % 40 - 10) * interval '1 minute' END AS a_start
    FROM timed m
)
SELECT q.i,
       'JOB-' || to_char(q.d, 'YYMM') || '-' || lpad(q.i::text, 5, '0'),
       q.contract_id,
       q.client_id,
       q.site_id,
       q.job_type,
       CASE WHEN q.contract_id IS NULL AND q.i % 3 = 0 THEN 'urgent' WHEN q.i % 29 = 0 THEN 'urgent' ELSE 'normal' END,
       q.status,
       q.d,
       q.st,
       q.st + date_trunc('minute', q.dur),
       q.est,
       q.crew,
       q.a_start,
       q.a_start + q.dur + ((q.i * 7) % 31 - 10) * interval '1 minute',
       q.address_line1,
       q.city,
       q.zip,
       q.contact_name,
       q.contact_phone,
       q.access_code,
       (ARRAY[1, 2, 3, 4])[CASE q.branch WHEN 'Central' THEN 1 WHEN 'North' THEN 2 WHEN 'South' THEN 3 ELSE 4 END]
         + 4 * (q.i % 3),
       round(q.est * q.charge_rate, 2),
       q.disc,
       q.extra,
       round(q.est * q.charge_rate * (100 - q.disc) / 100 + q.extra, 2),
       q.client_id % 7 = 0,
       CASE q.job_type WHEN 'regular clean' THEN 'neutral cleaner; glass cleaner; disinfectant'
                       WHEN 'deep clean' THEN 'degreaser; disinfectant; descaler'
                       WHEN 'window clean' THEN 'window solution'
                       WHEN 'carpet clean' THEN 'carpet shampoo; spot remover'
                       WHEN 'floor strip and seal' THEN 'floor stripper; floor sealer'
                       WHEN 'washroom service' THEN 'disinfectant; descaler'
                       ELSE 'degreaser; neutral cleaner' END,
       CASE q.job_type WHEN 'regular clean' THEN 'vacuum; mop and bucket'
                       WHEN 'deep clean' THEN 'scrubber dryer; vacuum'
                       WHEN 'window clean' THEN 'water-fed pole; ladder'
                       WHEN 'carpet clean' THEN 'carpet extractor'
                       WHEN 'floor strip and seal' THEN 'rotary buffer; wet vac'
                       WHEN 'washroom service' THEN 'mop and bucket'
                       ELSE 'HEPA vacuum; scrubber dryer' END,
       q.job_type = 'window clean' OR (q.job_type = 'deep clean' AND q.i % 3 = 0),
       q.after_hours,
       q.status = 'completed' AND q.i % 11 <> 0,
       q.status = 'completed' AND q.i % 17 <> 0,
       CASE WHEN q.status = 'completed' AND q.i % 11 <> 0 THEN q.contact_name END,
       CASE WHEN q.status = 'completed' AND q.i % 11 <> 0
            THEN date_trunc('minute', q.a_start + q.dur + ((q.i * 7) % 31) * interval '1 minute') END,
       q.status = 'completed' AND q.i % 3 <> 2,
       NULL,
       CASE q.i % 12 WHEN 0 THEN 'Client asked for extra attention to the kitchen'
                     WHEN 5 THEN 'Use the loading dock entrance'
                     WHEN 8 THEN 'Restock all washroom dispensers' END,
       CASE WHEN q.status = 'no_access' THEN 'Crew could not get in; nobody on site'
            WHEN q.status = 'cancelled' THEN 'Cancelled by client'
            WHEN q.i % 15 = 4 THEN 'Check alarm code before arrival' END,
       q.d - (3 + q.i % 20) + time '09:00' + (q.i % 50) * interval '1 minute',
       coalesce(q.a_start + q.dur + interval '1 hour', q.d - (3 + q.i % 20) + time '09:00' + (q.i % 50) * interval '1 minute')
FROM done q;

-- monthly invoices: one per client per month of completed work, dated the month's last day,
-- for work up to October 2025 (November 2025 is not billed yet)
INSERT INTO invoices
SELECT row_number() OVER (ORDER BY g.m, g.client_id),
       'INV-' || to_char(g.m, 'YYYYMM') || '-' || lpad(g.client_id::text, 3, '0'),
       g.client_id,
       (g.m + interval '1 month' - interval '1 day')::date,
       (g.m + interval '1 month' - interval '1 day')::date + c.payment_terms_days,
       g.total,
       'unpaid'
FROM (SELECT client_id, date_trunc('month', scheduled_date)::date AS m, sum(total_price) AS total
      FROM jobs
      WHERE status = 'completed' AND scheduled_date < DATE '2025-11-01'
      GROUP BY client_id, date_trunc('month', scheduled_date)) AS g
JOIN clients c ON c.id = g.client_id;

UPDATE jobs j SET invoice_id = i.id
FROM invoices i
WHERE j.status = 'completed'
  AND i.client_id = j.client_id
  AND i.issue_date = (date_trunc('month', j.scheduled_date) + interval '1 month' - interval '1 day')::date;

-- payments: most invoices paid in one go (some late), every eleventh in two instalments
-- (every twenty-second only the first so far), every twenty-ninth never paid,
-- October 2025 invoices mostly still open
INSERT INTO payments
SELECT row_number() OVER (ORDER BY p.paid_on, p.invoice_id, p.part),
       p.invoice_id, p.paid_on, p.amount, p.method,
       upper(left(p.method, 2)) || '-' || to_char(p.paid_on, 'YYMMDD') || '-' || lpad(p.invoice_id::text, 4, '0') || '-' || p.part
FROM (
    SELECT i.id AS invoice_id, 1 AS part,
           CASE WHEN i.id % 11 = 0 THEN round(i.total_amount * 0.4, 2) ELSE i.total_amount END AS amount,
           least(DATE '2025-11-30',
                 i.issue_date + CASE WHEN i.issue_date >= DATE '2025-10-01' THEN 12
                                     ELSE c.payment_terms_days - 10 + (i.id * 7) % 25 END) AS paid_on,
           CASE WHEN i.id % 6 = 0 THEN 'check' ELSE
             CASE c.preferred_payment_method WHEN 'check' THEN 'check' WHEN 'card' THEN 'card'
                  WHEN 'direct debit' THEN 'direct debit' ELSE 'ACH' END END AS method
    FROM invoices i JOIN clients c ON c.id = i.client_id
    WHERE i.id % 29 <> 0
      AND (i.issue_date < DATE '2025-10-01' OR i.id % 3 = 0)
    UNION ALL
    SELECT i.id, 2,
           i.total_amount - round(i.total_amount * 0.4, 2),
           least(DATE '2025-11-30', i.issue_date + c.payment_terms_days + 20 + (i.id % 9)),
           CASE WHEN c.preferred_payment_method = 'card' THEN 'card' ELSE 'ACH' END
    FROM invoices i JOIN clients c ON c.id = i.client_id
    WHERE i.id % 11 = 0 AND i.id % 22 <> 0 AND i.id % 29 <> 0
      AND i.issue_date < DATE '2025-09-01'
) AS p;

UPDATE invoices i
SET status = CASE WHEN p.paid >= i.total_amount THEN 'paid' ELSE 'part_paid' END
FROM (SELECT invoice_id, sum(amount) AS paid FROM payments GROUP BY invoice_id) AS p
WHERE p.invoice_id = i.id;

-- ---------------------------------------------------------------- timesheets

CREATE TABLE timesheets (
    id              integer PRIMARY KEY,
    staff_id        integer NOT NULL REFERENCES staff (id),
    job_id          integer NOT NULL REFERENCES jobs (id),
    work_date       date NOT NULL,
    clock_in        timestamp NOT NULL,
    clock_out       timestamp NOT NULL,
    break_minutes   integer NOT NULL DEFAULT 0,
    hours_worked    numeric(5,2) NOT NULL,
    approved        boolean NOT NULL DEFAULT false,
    approved_by     integer REFERENCES staff (id),
    UNIQUE (staff_id, job_id)
);

-- each completed job's crew: distinct cleaners on the payroll that day
INSERT INTO timesheets
SELECT row_number() OVER (ORDER BY t.job_id, t.k),
       t.staff_id, t.job_id, t.work_date, t.clock_in, t.clock_out, t.brk,
       round((extract(epoch FROM t.clock_out - t.clock_in) / 3600 - t.brk / 60.0)::numeric, 2),
       t.work_date <= DATE '2025-11-23',
       CASE WHEN t.work_date <= DATE '2025-11-23' THEN t.supervisor_id END
FROM (
    SELECT j.id AS job_id, k.k, j.scheduled_date AS work_date, j.supervisor_id,
           pick.id AS staff_id,
           j.actual_start + (k.k * 3) * interval '1 minute' AS clock_in,
           j.actual_end + ((j.id + k.k * 5) % 9 - 4) * interval '1 minute' AS clock_out,
           CASE WHEN j.actual_end - j.actual_start > interval '5 hours' THEN 30 ELSE 0 END AS brk
    FROM jobs j
    CROSS JOIN LATERAL generate_series(0, j.crew_size - 1) AS k(k)
    CROSS JOIN LATERAL (
        SELECT e.id
        FROM (SELECT s.id, row_number() OVER (ORDER BY s.id) - 1 AS rn, count(*) OVER () AS cnt
              FROM staff s
              WHERE s.role = 'cleaner' AND s.hire_date <= j.scheduled_date
                AND (s.left_on IS NULL OR s.left_on >= j.scheduled_date)) AS e
        WHERE e.rn = (j.id * 3 + k.k * 7) % e.cnt
    ) AS pick
    WHERE j.status = 'completed'
) AS t;

-- ---------------------------------------------------------------- supplies used on jobs

CREATE TABLE supply_usage (
    id          integer PRIMARY KEY,
    job_id      integer NOT NULL REFERENCES jobs (id),
    supply_id   integer NOT NULL REFERENCES supplies (id),
    quantity    integer NOT NULL CHECK (quantity > 0),
    cost        numeric(10,2) NOT NULL
);

-- each job draws on the products its type of work needs
INSERT INTO supply_usage
SELECT row_number() OVER (ORDER BY x.job_id, x.k),
       x.job_id,
       s.id,
       x.qty,
       x.qty * s.unit_cost
FROM (
    SELECT j.id AS job_id, k,
           1 + (j.id / 2 + k) % 2 AS qty,
           pool[1 + (j.id * 7 + k * 11) % array_length(pool, 1)] AS supply_id
    FROM (SELECT j.*,
                 CASE j.job_type
                      WHEN 'regular clean'        THEN ARRAY[1, 2, 3, 13, 14, 19, 20, 21, 22, 23]
                      WHEN 'deep clean'           THEN ARRAY[3, 4, 5, 11, 22, 25, 28, 29]
                      WHEN 'window clean'         THEN ARRAY[12, 30, 22]
                      WHEN 'carpet clean'         THEN ARRAY[6, 7, 27]
                      WHEN 'floor strip and seal' THEN ARRAY[8, 9, 29]
                      WHEN 'washroom service'     THEN ARRAY[5, 13, 14, 16, 23, 24, 26, 11]
                      ELSE ARRAY[4, 1, 27, 19] END AS pool
          FROM jobs j
          WHERE j.status = 'completed' AND NOT j.supplies_by_client) AS j
    CROSS JOIN LATERAL generate_series(0, j.id % 2) AS k
) AS x
JOIN supplies s ON s.id = x.supply_id;

-- ---------------------------------------------------------------- quality inspections

CREATE TABLE inspections (
    id                  integer PRIMARY KEY,
    job_id              integer NOT NULL REFERENCES jobs (id),
    inspector_id        integer NOT NULL REFERENCES staff (id),
    inspected_on        date NOT NULL,
    score               integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed              boolean NOT NULL,
    areas_failed        text,
    follow_up_required  boolean NOT NULL,
    notes               text
);

INSERT INTO inspections
SELECT row_number() OVER (ORDER BY j.id),
       j.id,
       CASE WHEN j.id % 4 = 0 THEN 1 + (j.supervisor_id + 3) % 12 ELSE j.supervisor_id END,
       j.scheduled_date + CASE WHEN j.after_hours THEN 1 ELSE 0 END,
       sc.score,
       sc.score >= 70,
       CASE WHEN sc.score < 70 THEN (ARRAY['washrooms','kitchen','floors','bins','dusting','glass'])[1 + j.id % 6] END,
       sc.score < 80,
       CASE WHEN sc.score >= 95 THEN 'Excellent standard' WHEN sc.score < 60 THEN 'Re-clean booked' END
FROM jobs j
CROSS JOIN LATERAL (SELECT least(100, 52 + (j.id * 17) % 43 + (j.site_id % 4) * 3) AS score) AS sc
WHERE j.status = 'completed' AND j.id % 6 = 0;

-- ---------------------------------------------------------------- complaints

CREATE TABLE complaints (
    id             integer PRIMARY KEY,
    client_id      integer NOT NULL REFERENCES clients (id),
    site_id        integer NOT NULL REFERENCES sites (id),
    job_id         integer REFERENCES jobs (id),
    received_on    date NOT NULL,
    category       text NOT NULL,
    severity       text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    status         text NOT NULL CHECK (status IN ('open', 'resolved')),
    resolved_on    date,
    credit_amount  numeric(10,2) NOT NULL DEFAULT 0,
    description    text
);

INSERT INTO complaints
SELECT row_number() OVER (ORDER BY x.received_on, x.job_id),
       x.client_id, x.site_id, x.job_id, x.received_on, x.category,
       CASE WHEN x.category = 'damage' THEN 'high'
            WHEN x.category = 'staff conduct' THEN CASE WHEN x.job_id % 2 = 0 THEN 'high' ELSE 'medium' END
            ELSE (ARRAY['low','medium','medium','high'])[1 + x.job_id % 4] END,
       CASE WHEN x.fix_on <= DATE '2025-11-30' AND x.job_id % 29 <> 0 THEN 'resolved' ELSE 'open' END,
       CASE WHEN x.fix_on <= DATE '2025-11-30' AND x.job_id % 29 <> 0 THEN x.fix_on END,
       CASE WHEN x.category = 'missed clean' AND x.job_id % 2 = 0 THEN x.total_price
            WHEN x.category = 'damage' THEN 150 + (x.job_id % 5) * 50
            WHEN x.category = 'poor quality' AND x.job_id % 4 = 3 THEN round(x.total_price * 0.25, 2)
            ELSE 0 END,
       CASE x.category WHEN 'missed clean' THEN 'Scheduled clean did not happen'
                       WHEN 'poor quality' THEN 'Areas left dirty after the clean'
                       WHEN 'missed area' THEN 'Part of the site was skipped'
                       WHEN 'late arrival' THEN 'Crew arrived well after the agreed time'
                       WHEN 'damage' THEN 'Item damaged during the clean'
                       WHEN 'staff conduct' THEN 'Complaint about a crew member'
                       ELSE 'Dispensers not refilled' END
FROM (
    SELECT j.id AS job_id, j.client_id, j.site_id, j.total_price,
           j.scheduled_date + 1 + j.id % 3 AS received_on,
           j.scheduled_date + 1 + j.id % 3 + 1 + (j.id * 7) % 20 AS fix_on,
           CASE WHEN j.status = 'no_access' THEN 'missed clean'
                ELSE (ARRAY['poor quality','poor quality','missed area','late arrival','damage',
                            'staff conduct','supplies not restocked'])[1 + (j.id / 17) % 7] END AS category
    FROM jobs j
    WHERE ((j.status = 'completed' AND j.id % 17 = 3) OR (j.status = 'no_access' AND j.id % 2 = 0))
      AND j.scheduled_date + 1 + j.id % 3 <= DATE '2025-11-30'
) AS x;

-- a handful of complaints arrive by phone about a site in general, not one job
INSERT INTO complaints
SELECT (SELECT max(id) FROM complaints) + n,
       s.client_id, s.id, NULL,
       DATE '2022-02-07' + (n * 173) % 1380,
       (ARRAY['poor quality','staff conduct','late arrival'])[1 + n % 3],
       (ARRAY['low','medium','high'])[1 + (n * 2) % 3],
       'resolved',
       DATE '2022-02-07' + (n * 173) % 1380 + 3 + n % 6,
       0,
       'General complaint about service at the site'
FROM generate_series(1, 12) AS n
JOIN sites s ON s.id = 1 + (n * 23) % 90;

ANALYZE;
