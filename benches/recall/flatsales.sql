-- Sales reporting database of a building-supplies distributor (timber, aggregates, cement,
-- plumbing, roofing, insulation, drainage and fixings sold to trade customers across five
-- English regions), used as the sample database of the golden set benches/intent/flatsales.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic).
-- Style: one wide, denormalised fact table, sales_lines, loaded nightly from an ERP export,
-- with no foreign keys; beside it a few small ordinary tables linked only by names and codes.

-- The ERP's nightly export runs, one a night.
CREATE TABLE import_log (
    batch_id       integer PRIMARY KEY,
    export_date    date NOT NULL UNIQUE,
    source_file    text NOT NULL,
    started_at     timestamp NOT NULL,
    finished_at    timestamp NOT NULL,
    status         text NOT NULL,
    rows_loaded    integer NOT NULL DEFAULT 0,
    error_message  text
);

-- Invoiced sales lines as exported by the ERP, one row per invoice line.
CREATE TABLE sales_lines (
    line_id          integer PRIMARY KEY,
    invoice_no       varchar(12) NOT NULL,
    line_no          smallint NOT NULL,
    invoice_date     date NOT NULL,
    account_no       varchar(8) NOT NULL,
    customer_name    text NOT NULL,
    customer_city    text NOT NULL,
    region           text NOT NULL,
    sales_rep        text NOT NULL,
    product_code     varchar(10) NOT NULL,
    product_name     text NOT NULL,
    product_group    text NOT NULL,
    uom              varchar(6) NOT NULL,
    quantity         integer NOT NULL,
    unit_price       numeric(10,2) NOT NULL,
    discount_pct     numeric(5,2) NOT NULL,
    line_total       numeric(12,2) NOT NULL,
    line_cost        numeric(12,2) NOT NULL,
    delivery_method  text NOT NULL,
    customer_po      varchar(20),
    batch_id         integer NOT NULL,
    loaded_at        timestamp NOT NULL
);

CREATE TABLE regions (
    region_name       text PRIMARY KEY,
    region_code       varchar(3) NOT NULL UNIQUE,
    regional_manager  text NOT NULL,
    branch_city       text NOT NULL,
    branch_phone      varchar(20) NOT NULL
);

CREATE TABLE reps (
    rep_code         varchar(4) PRIMARY KEY,
    rep_name         text NOT NULL UNIQUE,
    region           text NOT NULL,
    job_title        text NOT NULL,
    email            varchar(120) NOT NULL,
    hired_on         date NOT NULL,
    left_on          date,
    is_active        boolean NOT NULL,
    commission_rate  numeric(4,2) NOT NULL
);

-- Monthly revenue target per rep, set by the sales director in a spreadsheet keyed by rep code.
CREATE TABLE sales_targets (
    rep_code       varchar(4) NOT NULL,
    target_month   date NOT NULL,
    target_amount  numeric(12,2) NOT NULL,
    set_by         text NOT NULL,
    PRIMARY KEY (rep_code, target_month)
);

CREATE TABLE product_groups (
    group_code         varchar(3) PRIMARY KEY,
    group_name         text NOT NULL UNIQUE,
    category_manager   text NOT NULL,
    margin_target_pct  numeric(4,1) NOT NULL
);

CREATE TABLE products (
    product_code     varchar(10) PRIMARY KEY,
    product_name     text NOT NULL,
    group_code       varchar(3) NOT NULL,
    uom              varchar(6) NOT NULL,
    list_price       numeric(10,2) NOT NULL,
    is_discontinued  boolean NOT NULL DEFAULT false
);

CREATE TABLE customers (
    account_no          varchar(8) PRIMARY KEY,
    customer_name       text NOT NULL UNIQUE,
    city                text NOT NULL,
    region              text NOT NULL,
    segment             text NOT NULL,
    rep_code            varchar(4) NOT NULL,
    trade_discount_pct  numeric(5,2) NOT NULL,
    credit_limit        numeric(12,2) NOT NULL,
    payment_terms_days  integer NOT NULL,
    on_stop             boolean NOT NULL,
    opened_on           date NOT NULL
);

-- Goods returned against an invoice line, with the credit raised when approved.
CREATE TABLE returns (
    return_no          varchar(10) PRIMARY KEY,
    invoice_no         varchar(12) NOT NULL,
    product_code       varchar(10) NOT NULL,
    customer_name      text NOT NULL,
    return_date        date NOT NULL,
    quantity_returned  integer NOT NULL,
    reason             text NOT NULL,
    status             text NOT NULL,
    credit_amount      numeric(12,2),
    restocked          boolean NOT NULL
);

INSERT INTO regions (region_name, region_code, regional_manager, branch_city, branch_phone) VALUES
    ('North West', 'NW', 'Karen Whitworth', 'Manchester', '0161 496 0321'),
    ('Yorkshire',  'YK', 'Neil Braithwaite', 'Leeds',     '0113 496 0877'),
    ('Midlands',   'MID', 'Sunita Kaur',     'Birmingham', '0121 496 0154'),
    ('South East', 'SE', 'Philip Marsh',     'Reading',    '0118 496 0642'),
    ('South West', 'SW', 'Rachel Trevithick', 'Bristol',   '0117 496 0935');

INSERT INTO reps (rep_code, rep_name, region, job_title, email, hired_on, left_on, is_active, commission_rate) VALUES
    ('R01', 'Dave Hargreaves', 'North West', 'Senior Account Manager', 'dave.hargreaves@stonebridge-supplies.co.uk', '2015-04-13', NULL, true, 3.50),
    ('R02', 'Sian Roberts',    'North West', 'Account Manager',        'sian.roberts@stonebridge-supplies.co.uk',    '2019-09-02', NULL, true, 3.00),
    ('R03', 'Tom Ashworth',    'Yorkshire',  'Senior Account Manager', 'tom.ashworth@stonebridge-supplies.co.uk',    '2012-01-09', NULL, true, 3.50),
    ('R04', 'Priya Nair',      'Yorkshire',  'Account Manager',        'priya.nair@stonebridge-supplies.co.uk',      '2020-06-15', NULL, true, 3.00),
    ('R05', 'Gareth Lewis',    'Midlands',   'Account Manager',        'gareth.lewis@stonebridge-supplies.co.uk',    '2016-02-29', '2023-06-30', false, 3.00),
    ('R06', 'Chloe Bennett',   'Midlands',   'Account Manager',        'chloe.bennett@stonebridge-supplies.co.uk',   '2023-07-03', NULL, true, 2.75),
    ('R07', 'Marcus Reid',     'Midlands',   'Senior Account Manager', 'marcus.reid@stonebridge-supplies.co.uk',     '2018-03-05', NULL, true, 3.50),
    ('R08', 'Hannah Cole',     'South East', 'Senior Account Manager', 'hannah.cole@stonebridge-supplies.co.uk',     '2017-10-23', NULL, true, 3.50),
    ('R09', 'Ben Okafor',      'South East', 'Account Manager',        'ben.okafor@stonebridge-supplies.co.uk',      '2021-01-11', NULL, true, 3.00),
    ('R10', 'Lucy Fairbairn',  'South West', 'Senior Account Manager', 'lucy.fairbairn@stonebridge-supplies.co.uk',  '2014-05-19', NULL, true, 3.50),
    ('R11', 'Owen Pascoe',     'South West', 'Account Manager',        'owen.pascoe@stonebridge-supplies.co.uk',     '2022-03-01', NULL, true, 2.75),
    ('R12', 'Amira Haddad',    'South East', 'Trainee Account Manager', 'amira.haddad@stonebridge-supplies.co.uk',   '2025-11-03', NULL, true, 2.00);

INSERT INTO product_groups (group_code, group_name, category_manager, margin_target_pct) VALUES
    ('TIM', 'Timber & Sheet Materials', 'Colin Barraclough', 26.0),
    ('AGG', 'Aggregates',               'Joanne Platt',      20.0),
    ('CEM', 'Cement & Plaster',         'Joanne Platt',      22.0),
    ('PLB', 'Plumbing & Heating',       'Imran Siddiqui',    30.0),
    ('ROF', 'Roofing',                  'Colin Barraclough', 28.0),
    ('INS', 'Insulation',               'Imran Siddiqui',    24.0),
    ('DRN', 'Drainage',                 'Joanne Platt',      27.0),
    ('TLS', 'Tools & Fixings',          'Emma Rowntree',     40.0);

-- list_price is the 2025 price; earlier years were invoiced lower (see the sales_lines load).
INSERT INTO products (product_code, product_name, group_code, uom, list_price, is_discontinued) VALUES
    ('TIM-1001', 'CLS Timber 38x63mm 2.4m',              'TIM', 'each', 3.20, false),
    ('TIM-1002', 'Treated Sawn Timber 47x100mm 4.8m',    'TIM', 'each', 11.40, false),
    ('TIM-1003', 'OSB3 Board 18mm 2440x1220',            'TIM', 'sheet', 24.90, false),
    ('TIM-1004', 'Structural Plywood 18mm 2440x1220',    'TIM', 'sheet', 46.50, false),
    ('TIM-1005', 'MDF Sheet 18mm 2440x1220',             'TIM', 'sheet', 29.80, false),
    ('TIM-1006', 'Hardwood Decking Board 21x145mm 3.6m', 'TIM', 'each', 27.60, true),
    ('AGG-2001', 'Sharp Sand Bulk Bag',                  'AGG', 'bag', 52.00, false),
    ('AGG-2002', 'Building Sand Bulk Bag',               'AGG', 'bag', 48.00, false),
    ('AGG-2003', 'MOT Type 1 Sub-base Bulk Bag',         'AGG', 'bag', 46.00, false),
    ('AGG-2004', '20mm Gravel Bulk Bag',                 'AGG', 'bag', 58.00, false),
    ('AGG-2005', 'Ballast Bulk Bag',                     'AGG', 'bag', 50.00, false),
    ('AGG-2006', 'Kiln Dried Sand 25kg',                 'AGG', 'bag', 6.20, false),
    ('CEM-3001', 'Portland Cement 25kg',                 'CEM', 'bag', 8.40, false),
    ('CEM-3002', 'Rapid Set Cement 20kg',                'CEM', 'bag', 14.90, false),
    ('CEM-3003', 'Multi-Finish Plaster 25kg',            'CEM', 'bag', 11.20, false),
    ('CEM-3004', 'Bonding Coat Plaster 25kg',            'CEM', 'bag', 12.60, false),
    ('CEM-3005', 'Plasterboard 12.5mm 2400x1200',        'CEM', 'sheet', 9.80, false),
    ('CEM-3006', 'Lime Putty 20kg',                      'CEM', 'tub', 21.50, false),
    ('PLB-4001', '15mm Copper Pipe 3m',                  'PLB', 'each', 18.50, false),
    ('PLB-4002', '22mm Copper Pipe 3m',                  'PLB', 'each', 31.00, false),
    ('PLB-4003', 'Push-fit Elbow 15mm (10 pack)',        'PLB', 'pack', 12.80, false),
    ('PLB-4004', 'Combi Boiler 30kW',                    'PLB', 'each', 1450.00, false),
    ('PLB-4005', 'Steel Radiator 600x1000 Double',       'PLB', 'each', 118.00, false),
    ('PLB-4006', 'Thermostatic Radiator Valve Pair',     'PLB', 'pair', 24.50, false),
    ('ROF-5001', 'Concrete Interlocking Roof Tile',      'ROF', 'each', 1.45, false),
    ('ROF-5002', 'Breathable Roofing Membrane 50m2',     'ROF', 'roll', 68.00, false),
    ('ROF-5003', 'EPDM Rubber Roof Kit 3x5m',            'ROF', 'kit', 142.00, false),
    ('ROF-5004', 'Roof Batten 25x38mm 4.8m',             'ROF', 'each', 3.90, false),
    ('ROF-5005', 'Lead Flashing Code 4 150mm x 6m',      'ROF', 'roll', 86.00, false),
    ('ROF-5006', 'Dry Verge Kit',                        'ROF', 'kit', 38.00, false),
    ('INS-6001', 'PIR Insulation Board 100mm 2400x1200', 'INS', 'sheet', 42.00, false),
    ('INS-6002', 'Loft Roll 200mm',                      'INS', 'roll', 27.50, false),
    ('INS-6003', 'Cavity Wall Batt 100mm',               'INS', 'pack', 31.00, false),
    ('INS-6004', 'Acoustic Insulation Slab 50mm',        'INS', 'pack', 36.00, false),
    ('INS-6005', 'Multifoil Insulation 1.5x10m',         'INS', 'roll', 74.00, true),
    ('INS-6006', 'PIR Insulation Board 50mm 2400x1200',  'INS', 'sheet', 26.00, false),
    ('DRN-7001', '110mm Underground Pipe 3m',            'DRN', 'each', 21.00, false),
    ('DRN-7002', '110mm Bend 87.5 Degree',               'DRN', 'each', 7.80, false),
    ('DRN-7003', 'Inspection Chamber 450mm',             'DRN', 'each', 96.00, false),
    ('DRN-7004', 'Channel Drain 1m',                     'DRN', 'each', 18.40, false),
    ('DRN-7005', 'Gully Trap 110mm',                     'DRN', 'each', 14.20, false),
    ('DRN-7006', 'Soakaway Crate',                       'DRN', 'each', 48.00, false),
    ('TLS-8001', 'Wood Screws 5x70mm (200)',             'TLS', 'box', 9.60, false),
    ('TLS-8002', 'Frame Fixings 10x100mm (100)',         'TLS', 'box', 22.00, false),
    ('TLS-8003', 'SDS Drill Bit Set',                    'TLS', 'set', 34.00, false),
    ('TLS-8004', 'Builders Bucket 14L',                  'TLS', 'each', 3.20, true),
    ('TLS-8005', 'Cordless Combi Drill 18V',             'TLS', 'each', 129.00, false),
    ('TLS-8006', 'Expanding Foam 750ml',                 'TLS', 'can', 7.40, false);

-- Twelve accounts per region; the last of each region was opened in 2025 and has not traded yet.
INSERT INTO customers (account_no, customer_name, city, region, segment, rep_code, trade_discount_pct,
                       credit_limit, payment_terms_days, on_stop, opened_on)
SELECT 'C' || (1000 + n), name, city, region, segment, rep,
       (ARRAY[0, 2.5, 5, 7.5, 10])[1 + (n * 3) % 5],
       CASE segment WHEN 'Housebuilder' THEN 50000 WHEN 'Local authority' THEN 75000
                    WHEN 'Contractor' THEN 25000 ELSE 10000 + (n % 4) * 2500 END,
       CASE WHEN segment IN ('Local authority', 'Housebuilder') THEN 60 ELSE 30 END,
       n IN (7, 22, 31, 45),
       CASE WHEN n % 12 = 0 THEN DATE '2025-01-06' + (n * 5)
            ELSE DATE '2009-03-02' + (n * 97) % 4300 END
FROM (VALUES
    (1,  'Pennine Build Ltd',             'Manchester',    'North West', 'Contractor',         'R01'),
    (2,  'Hargate Construction',          'Bolton',        'North West', 'Housebuilder',       'R02'),
    (3,  'Ribble Roofing',                'Preston',       'North West', 'Roofer',             'R01'),
    (4,  'Mersey Groundworks',            'Warrington',    'North West', 'Groundworker',       'R02'),
    (5,  'Wigan Plumbing & Heating',      'Wigan',         'North West', 'Plumbing & Heating', 'R01'),
    (6,  'Northern Loft Conversions',     'Manchester',    'North West', 'Contractor',         'R02'),
    (7,  'Bolton Brickwork Co',           'Bolton',        'North West', 'Contractor',         'R01'),
    (8,  'Fylde Landscapes',              'Preston',       'North West', 'Landscaper',         'R02'),
    (9,  'Cheshire Homes Ltd',            'Warrington',    'North West', 'Housebuilder',       'R01'),
    (10, 'Irwell Drainage Services',      'Manchester',    'North West', 'Groundworker',       'R02'),
    (11, 'Leyland Property Maintenance',  'Preston',       'North West', 'Contractor',         'R01'),
    (12, 'Deane Joinery',                 'Bolton',        'North West', 'Joinery',            'R02'),
    (13, 'Aire Valley Builders',          'Leeds',         'Yorkshire',  'Contractor',         'R03'),
    (14, 'Bradford Roofline',             'Bradford',      'Yorkshire',  'Roofer',             'R04'),
    (15, 'Steel City Plumbing',           'Sheffield',     'Yorkshire',  'Plumbing & Heating', 'R03'),
    (16, 'Minster Restoration',           'York',          'Yorkshire',  'Contractor',         'R04'),
    (17, 'Colne Valley Homes',            'Huddersfield',  'Yorkshire',  'Housebuilder',       'R03'),
    (18, 'Kirkstall Carpentry',           'Leeds',         'Yorkshire',  'Joinery',            'R04'),
    (19, 'Don Valley Civils',             'Sheffield',     'Yorkshire',  'Groundworker',       'R03'),
    (20, 'Ouse Landscaping',              'York',          'Yorkshire',  'Landscaper',         'R04'),
    (21, 'Calder Heating Ltd',            'Huddersfield',  'Yorkshire',  'Plumbing & Heating', 'R03'),
    (22, 'Headingley Extensions',         'Leeds',         'Yorkshire',  'Contractor',         'R04'),
    (23, 'Shipley Groundworks',           'Bradford',      'Yorkshire',  'Groundworker',       'R03'),
    (24, 'Hallam Developments',           'Sheffield',     'Yorkshire',  'Housebuilder',       'R04'),
    (25, 'Digbeth Build Services',        'Birmingham',    'Midlands',   'Contractor',         'R06'),
    (26, 'Coventry Roofing Co',           'Coventry',      'Midlands',   'Roofer',             'R07'),
    (27, 'Black Country Drainage',        'Wolverhampton', 'Midlands',   'Groundworker',       'R06'),
    (28, 'Soar Valley Homes',             'Leicester',     'Midlands',   'Housebuilder',       'R07'),
    (29, 'Derwent Plumbing',              'Derby',         'Midlands',   'Plumbing & Heating', 'R06'),
    (30, 'Edgbaston Interiors',           'Birmingham',    'Midlands',   'Contractor',         'R07'),
    (31, 'Canley Construction',           'Coventry',      'Midlands',   'Contractor',         'R06'),
    (32, 'Tettenhall Landscapes',         'Wolverhampton', 'Midlands',   'Landscaper',         'R07'),
    (33, 'Leicester City Council Housing', 'Leicester',    'Midlands',   'Local authority',    'R06'),
    (34, 'Peak Property Care',            'Derby',         'Midlands',   'Contractor',         'R07'),
    (35, 'Bullring Fit-Out Ltd',          'Birmingham',    'Midlands',   'Joinery',            'R06'),
    (36, 'Arden Loft Co',                 'Coventry',      'Midlands',   'Contractor',         'R07'),
    (37, 'Kennet Homes',                  'Reading',       'South East', 'Housebuilder',       'R08'),
    (38, 'Surrey Hills Building',         'Guildford',     'South East', 'Contractor',         'R09'),
    (39, 'Medway Roofing',                'Maidstone',     'South East', 'Roofer',             'R08'),
    (40, 'Brighton Eco Builds',           'Brighton',      'South East', 'Contractor',         'R09'),
    (41, 'Gatwick Groundworks',           'Crawley',       'South East', 'Groundworker',       'R08'),
    (42, 'Thames Valley Plumbing',        'Reading',       'South East', 'Plumbing & Heating', 'R09'),
    (43, 'Wey Carpentry',                 'Guildford',     'South East', 'Joinery',            'R08'),
    (44, 'Weald Landscapes',              'Maidstone',     'South East', 'Landscaper',         'R09'),
    (45, 'Hove Heating Services',         'Brighton',      'South East', 'Plumbing & Heating', 'R08'),
    (46, 'Crawley Borough Housing',       'Crawley',       'South East', 'Local authority',    'R09'),
    (47, 'Caversham Extensions',          'Reading',       'South East', 'Contractor',         'R08'),
    (48, 'Downs Drainage',                'Brighton',      'South East', 'Groundworker',       'R12'),
    (49, 'Clifton Restorations',          'Bristol',       'South West', 'Contractor',         'R10'),
    (50, 'Exe Valley Homes',              'Exeter',        'South West', 'Housebuilder',       'R11'),
    (51, 'Plymouth Sound Roofing',        'Plymouth',      'South West', 'Roofer',             'R10'),
    (52, 'Taunton Groundworks',           'Taunton',       'South West', 'Groundworker',       'R11'),
    (53, 'Bath Stone Masonry',            'Bath',          'South West', 'Contractor',         'R10'),
    (54, 'Severnside Plumbing',           'Bristol',       'South West', 'Plumbing & Heating', 'R11'),
    (55, 'Dartmoor Landscapes',           'Exeter',        'South West', 'Landscaper',         'R10'),
    (56, 'Tamar Heating',                 'Plymouth',      'South West', 'Plumbing & Heating', 'R11'),
    (57, 'Quantock Builders',             'Taunton',       'South West', 'Contractor',         'R10'),
    (58, 'Georgian Joinery',              'Bath',          'South West', 'Joinery',            'R11'),
    (59, 'Bedminster Developments',       'Bristol',       'South West', 'Housebuilder',       'R10'),
    (60, 'Somerset Council Housing',      'Taunton',       'South West', 'Local authority',    'R11')
) AS c (n, name, city, region, segment, rep);

INSERT INTO import_log (batch_id, export_date, source_file, started_at, finished_at, status, rows_loaded, error_message)
SELECT d + 1,
       DATE '2022-01-01' + d,
       'erp_sales_' || to_char(DATE '2022-01-01' + d, 'YYYYMMDD') || '.csv',
       (DATE '2022-01-01' + d + 1) + TIME '02:15' + make_interval(mins => d % 20, secs => (d * 7) % 60),
       (DATE '2022-01-01' + d + 1) + TIME '02:15' + make_interval(mins => d % 20, secs => (d * 7) % 60)
           + CASE WHEN d % 97 = 45 THEN make_interval(secs => 20 + d % 30)
                  ELSE make_interval(mins => 2 + d % 7, secs => (d * 13) % 60) END,
       CASE WHEN d % 97 = 45 THEN 'failed' ELSE 'success' END,
       0,
       CASE WHEN d % 97 = 45 THEN
           (ARRAY['SFTP connection timed out', 'Export file empty or truncated', 'Lock wait timeout on staging table'])[1 + (d / 97) % 3]
       END
FROM generate_series(0, 1460) AS d;

-- Invoices: 0 to 3 a day (none on Sundays, at most one on Saturdays), busier from April to
-- September and from 2024; 1 to 4 lines each. Customer, product and quantity by modular arithmetic;
-- three customers stopped buying (Cheshire Homes after September 2024, Kirkstall Carpentry after
-- February 2025, Medway Roofing after 2023), their later orders going to the next account.
WITH days AS (
    SELECT d, DATE '2022-01-01' + d AS day
    FROM generate_series(0, 1460) AS d
), per_day AS (
    SELECT d, day,
           CASE WHEN extract(dow FROM day) = 0 THEN 0
                WHEN extract(dow FROM day) = 6 THEN least(1, (d * 13 + (d / 7) * 5) % 3)
                ELSE (d * 13 + (d / 7) * 5) % 3
                     + CASE WHEN extract(month FROM day) BETWEEN 4 AND 9 AND d % 4 = 0 THEN 1 ELSE 0 END
                     + CASE WHEN day >= DATE '2024-01-01' AND d % 5 = 2 THEN 1 ELSE 0 END
           END AS n
    FROM days
), invoices AS (
    SELECT row_number() OVER (ORDER BY d, k) AS rn, d, day
    FROM per_day, generate_series(1, n) AS k
), trading AS (
    SELECT row_number() OVER (ORDER BY account_no) AS idx, c.*
    FROM customers c
    WHERE opened_on < DATE '2022-01-01'
), sellable AS (
    SELECT row_number() OVER (ORDER BY product_code) AS idx, p.*, g.group_name,
           CASE p.group_code WHEN 'TIM' THEN 0.74 WHEN 'AGG' THEN 0.80 WHEN 'CEM' THEN 0.78
                             WHEN 'PLB' THEN 0.70 WHEN 'ROF' THEN 0.72 WHEN 'INS' THEN 0.76
                             WHEN 'DRN' THEN 0.73 ELSE 0.60 END AS cost_ratio,
           least(300, greatest(2, round(600 / p.list_price)))::integer AS qmax
    FROM products p JOIN product_groups g USING (group_code)
    WHERE p.product_code NOT IN ('TIM-1006', 'CEM-3006', 'INS-6005', 'TLS-8004')
), lines AS (
    SELECT i.rn, i.d, i.day, ln,
           1 + ((i.rn * i.rn * 3 + i.rn * 17 + i.rn / 7) % 55) AS cust_idx,
           1 + ((i.rn * 11 + i.rn / 5 + ln * 5 * (1 + i.rn % 7)) % 44) AS prod_idx,
           CASE extract(year FROM i.day) WHEN 2022 THEN 0.86 WHEN 2023 THEN 0.93
                                         WHEN 2024 THEN 0.97 ELSE 1.00 END AS yf
    FROM invoices i, generate_series(1, 1 + ((i.rn * 7 + i.rn / 3) % 4)::integer) AS ln
), priced AS (
    SELECT row_number() OVER (ORDER BY l.rn, l.ln) AS line_id, l.*, c.*, s.product_code, s.product_name,
           s.group_name, s.uom, s.cost_ratio, round(s.list_price * l.yf, 2) AS unit_price,
           round(s.list_price * l.yf * s.cost_ratio, 2) AS unit_cost,
           1 + ((l.rn * 5 + l.ln * 3 + l.rn / 11) % s.qmax) AS quantity
    FROM lines l
    JOIN trading c0 ON c0.idx = l.cust_idx
    JOIN trading c ON c.idx = CASE WHEN (c0.account_no = 'C1009' AND l.day > DATE '2024-09-30')
                                     OR (c0.account_no = 'C1018' AND l.day > DATE '2025-02-28')
                                     OR (c0.account_no = 'C1039' AND l.day > DATE '2023-12-31')
                                   THEN c0.idx % 55 + 1 ELSE c0.idx END
    JOIN sellable s ON s.idx = l.prod_idx
)
INSERT INTO sales_lines (line_id, invoice_no, line_no, invoice_date, account_no, customer_name, customer_city,
                         region, sales_rep, product_code, product_name, product_group, uom, quantity,
                         unit_price, discount_pct, line_total, line_cost, delivery_method, customer_po,
                         batch_id, loaded_at)
SELECT p.line_id,
       'SI' || (100000 + p.rn),
       p.ln,
       p.day,
       p.account_no,
       p.customer_name,
       p.city,
       p.region,
       CASE WHEN p.rep_code = 'R06' AND p.day < DATE '2023-07-01' THEN 'Gareth Lewis'
            WHEN p.rep_code = 'R11' AND p.day < DATE '2022-03-01' THEN 'Lucy Fairbairn'
            ELSE r.rep_name END,
       p.product_code,
       p.product_name,
       p.group_name,
       p.uom,
       p.quantity,
       p.unit_price,
       p.trade_discount_pct + CASE WHEN p.line_id % 11 = 0 THEN 5 ELSE 0 END,
       round(p.quantity * p.unit_price * (1 - (p.trade_discount_pct + CASE WHEN p.line_id % 11 = 0 THEN 5 ELSE 0 END) / 100), 2),
       round(p.quantity * p.unit_cost, 2),
       CASE WHEN p.rn % 3 = 0 THEN 'Collected' ELSE 'Delivered' END,
       CASE WHEN p.rn % 6 = 0 THEN NULL ELSE 'PO-' || (40000 + (p.rn * 37) % 9000) END,
       CASE WHEN p.d % 97 = 45 THEN p.d + 2 ELSE p.d + 1 END,
       b.finished_at
FROM priced p
JOIN reps r ON r.rep_code = p.rep_code
JOIN import_log b ON b.batch_id = CASE WHEN p.d % 97 = 45 THEN p.d + 2 ELSE p.d + 1 END;

UPDATE import_log b
SET rows_loaded = s.n
FROM (SELECT batch_id, count(*) AS n FROM sales_lines GROUP BY batch_id) s
WHERE s.batch_id = b.batch_id;

-- Monthly targets for each rep while employed (from the month after hiring for late joiners).
INSERT INTO sales_targets (rep_code, target_month, target_amount, set_by)
SELECT r.rep_code, m.month,
       round(base.amount
             * CASE WHEN extract(month FROM m.month) IN (12, 1, 2) THEN 0.8
                    WHEN extract(month FROM m.month) BETWEEN 4 AND 9 THEN 1.15 ELSE 1.0 END
             * (1 + 0.05 * (extract(year FROM m.month) - 2022)) / 50) * 50,
       CASE WHEN m.month < DATE '2024-01-01' THEN 'Graham Oldroyd' ELSE 'Fiona Castell' END
FROM reps r
JOIN (VALUES ('R01', 1800), ('R02', 2600), ('R03', 2000), ('R04', 1900), ('R05', 1800), ('R06', 2400),
             ('R07', 1700), ('R08', 2100), ('R09', 2200), ('R10', 2400), ('R11', 1800), ('R12', 1200))
     AS base (rep_code, amount) ON base.rep_code = r.rep_code
JOIN (SELECT (DATE '2022-01-01' + make_interval(months => k))::date AS month
      FROM generate_series(0, 47) AS k) m
  ON m.month >= date_trunc('month', r.hired_on)
 AND (r.left_on IS NULL OR m.month <= r.left_on);

-- Returns against about one line in 23, raised 3 to 45 days after the invoice.
INSERT INTO returns (return_no, invoice_no, product_code, customer_name, return_date, quantity_returned,
                     reason, status, credit_amount, restocked)
SELECT 'RT' || lpad(row_number() OVER (ORDER BY s.line_id)::text, 5, '0'),
       s.invoice_no, s.product_code, s.customer_name,
       s.invoice_date + 3 + (s.line_id % 43),
       1 + (s.quantity - 1) % (1 + s.line_id % 4),
       (ARRAY['Damaged in transit', 'Wrong item delivered', 'Surplus to requirements', 'Faulty', 'Ordered in error'])[1 + (s.line_id / 23) % 5],
       x.status,
       CASE WHEN x.status = 'approved'
            THEN round((1 + (s.quantity - 1) % (1 + s.line_id % 4)) * s.unit_price * (1 - s.discount_pct / 100), 2) END,
       x.status = 'approved' AND (s.line_id / 23) % 5 IN (1, 2, 4)
FROM sales_lines s
CROSS JOIN LATERAL (SELECT CASE WHEN s.invoice_date + 3 + (s.line_id % 43) >= DATE '2025-11-20' THEN 'pending'
                                WHEN (s.line_id / 23) % 7 = 3 THEN 'rejected'
                                ELSE 'approved' END AS status) x
WHERE s.line_id % 23 = 7
  AND s.invoice_date + 3 + (s.line_id % 43) <= DATE '2025-12-31';

ANALYZE;
