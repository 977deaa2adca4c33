-- A commercial print shop (Bridge City Print Works, an offset and digital printer in Portland,
-- Oregon): its customers, quotes and quote lines, print jobs with paper stock, quantity, colours
-- and due dates, presses and press runs, finishing steps, deliveries, invoices and payments,
-- paper stock purchases from paper merchants, and staff notes, 2022-2025.
-- Sample database of the golden set benches/intent/printshop.yaml.
-- Naming: a Rails application's schema with singular snake_case tables and <table>_id keys; notes
-- are one polymorphic table, note(subject_type, subject_id, body), whose subject_type holds the
-- model name 'Quote', 'Job' or 'Customer'. Foreign keys are declared at the end of the file.
-- Oregon has no sales tax: invoice amounts are the job price. Money is in US dollars.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today). The data runs to 31 December 2025.

CREATE TABLE customer (
    customer_id         integer PRIMARY KEY,
    name                text NOT NULL,
    contact_name        text NOT NULL,
    email               text NOT NULL,
    phone               text,
    industry            text NOT NULL,
    city                text NOT NULL,
    is_trade            boolean NOT NULL DEFAULT false,   -- trade account: agencies and print brokers
    payment_terms_days  integer NOT NULL DEFAULT 30,      -- 0 = due on receipt
    created_on          date NOT NULL
);

CREATE TABLE supplier (
    supplier_id  integer PRIMARY KEY,
    name         text NOT NULL,
    city         text NOT NULL,
    phone        text
);

CREATE TABLE paper_stock (
    paper_stock_id     integer PRIMARY KEY,
    name               text NOT NULL,
    finish             text NOT NULL,          -- gloss, silk, matt, uncoated, recycled, satin, board
    weight_gsm         integer NOT NULL,
    sheet_size         text NOT NULL,          -- SRA3, SRA2, B2, B1
    cost_per_sheet     numeric(8,4) NOT NULL,  -- current list cost
    is_fsc_certified   boolean NOT NULL DEFAULT false,
    sheets_on_hand     integer NOT NULL DEFAULT 0
);

CREATE TABLE press (
    press_id       integer PRIMARY KEY,
    name           text NOT NULL,
    press_type     text NOT NULL,               -- offset, digital, wide format
    max_colours    integer NOT NULL,
    max_sheet_size text NOT NULL,
    hourly_rate    numeric(8,2) NOT NULL,       -- charge-out rate per press hour
    installed_on   date NOT NULL,
    retired_on     date,
    is_active      boolean NOT NULL DEFAULT true
);

CREATE TABLE quote (
    quote_id      integer PRIMARY KEY,
    quote_number  text NOT NULL UNIQUE,
    customer_id   integer NOT NULL,
    title         text NOT NULL,
    prepared_by   text NOT NULL,                -- sales rep / estimator
    quoted_on     date NOT NULL,
    valid_until   date NOT NULL,
    status        text NOT NULL                 -- draft, sent, accepted, declined, expired
);

CREATE TABLE quote_line (
    quote_line_id   integer PRIMARY KEY,
    quote_id        integer NOT NULL,
    line_no         integer NOT NULL,
    item_type       text NOT NULL,              -- print, finishing, artwork, delivery
    description     text NOT NULL,
    product_type    text,                       -- print lines only
    paper_stock_id  integer,                    -- print lines only
    quantity        integer NOT NULL,
    unit_price      numeric(10,4) NOT NULL,
    line_total      numeric(10,2) NOT NULL,
    UNIQUE (quote_id, line_no)
);

CREATE TABLE job (
    job_id          integer PRIMARY KEY,
    job_number      text NOT NULL UNIQUE,
    customer_id     integer NOT NULL,
    quote_id        integer,                    -- null for reprints ordered without a quote
    title           text NOT NULL,
    product_type    text NOT NULL,              -- business cards, flyers, brochures, posters, ...
    paper_stock_id  integer NOT NULL,
    quantity        integer NOT NULL,
    colours_front   integer NOT NULL,           -- 4/4 = four colours both sides
    colours_back    integer NOT NULL,
    is_rush         boolean NOT NULL DEFAULT false,
    ordered_on      date NOT NULL,
    due_date        date NOT NULL,
    completed_on    date,
    status          text NOT NULL,              -- queued, printing, finishing, completed, cancelled
    price           numeric(10,2) NOT NULL
);

CREATE TABLE press_run (
    press_run_id    integer PRIMARY KEY,
    job_id          integer NOT NULL,
    press_id        integer NOT NULL,
    run_no          integer NOT NULL,
    operator_name   text NOT NULL,
    started_at      timestamp NOT NULL,
    ended_at        timestamp,                  -- null while the run is on press
    sheets_printed  integer,
    sheets_wasted   integer
);

CREATE TABLE finishing_step (
    finishing_step_id  integer PRIMARY KEY,
    job_id             integer NOT NULL,
    step_no            integer NOT NULL,
    step               text NOT NULL,           -- cutting, folding, laminating, saddle stitching, ...
    is_outsourced      boolean NOT NULL DEFAULT false,
    labour_minutes     integer,                 -- in-house steps only
    cost               numeric(8,2) NOT NULL,
    completed_at       timestamp
);

CREATE TABLE delivery (
    delivery_id    integer PRIMARY KEY,
    job_id         integer NOT NULL,
    method         text NOT NULL,               -- courier, van, pickup, freight, mail
    shipped_on     date NOT NULL,
    delivered_on   date,
    cartons        integer NOT NULL,
    carrier_cost   numeric(8,2) NOT NULL DEFAULT 0,  -- what the carrier charged the shop
    city           text NOT NULL
);

CREATE TABLE invoice (
    invoice_id      integer PRIMARY KEY,
    invoice_number  text NOT NULL UNIQUE,
    customer_id     integer NOT NULL,
    job_id          integer NOT NULL,
    issued_on       date NOT NULL,
    due_on          date NOT NULL,
    amount          numeric(10,2) NOT NULL,
    status          text NOT NULL               -- open, partially_paid, paid
);

CREATE TABLE payment (
    payment_id   integer PRIMARY KEY,
    invoice_id   integer NOT NULL,
    paid_on      date NOT NULL,
    amount       numeric(10,2) NOT NULL,
    method       text NOT NULL                  -- ACH, check, card, wire
);

CREATE TABLE stock_purchase (
    stock_purchase_id  integer PRIMARY KEY,
    supplier_id        integer NOT NULL,
    paper_stock_id     integer NOT NULL,
    po_number          text NOT NULL UNIQUE,
    ordered_on         date NOT NULL,
    received_on        date,                    -- null until the delivery arrives
    sheets             integer NOT NULL,
    unit_cost          numeric(8,4) NOT NULL,   -- per sheet
    total_cost         numeric(10,2) NOT NULL
);

-- Polymorphic notes as Rails leaves them: subject_type is the model name, subject_id its key.
CREATE TABLE note (
    note_id       integer PRIMARY KEY,
    subject_type  text NOT NULL,                -- 'Quote', 'Job' or 'Customer'
    subject_id    integer NOT NULL,
    body          text NOT NULL,
    author        text NOT NULL,
    created_at    timestamp(6) NOT NULL,
    updated_at    timestamp(6) NOT NULL
);
CREATE INDEX index_note_on_subject ON note (subject_type, subject_id);

-- ---------------------------------------------------------------------------------------------
-- Customers
INSERT INTO customer (customer_id, name, contact_name, email, phone, industry, city, is_trade,
                      payment_terms_days, created_on)
SELECT c.id, c.name,
       (ARRAY['Alicia','Ben','Carmen','Derek','Elena','Frank','Grace','Hector','Ivy','Jamal',
              'Kara','Luis','Maya','Nate','Olivia','Paul','Quinn','Rosa','Sam','Tara'])[1 + (c.id * 7) % 20]
       || ' ' ||
       (ARRAY['Anderson','Brooks','Chen','Delgado','Evans','Fischer','Garcia','Hughes','Ito','Jensen',
              'Kim','Lopez','Morgan','Nguyen','Olsen','Patel','Reyes','Sato'])[1 + (c.id * 5) % 18],
       'orders@' || lower(regexp_replace(c.name, '[^A-Za-z]', '', 'g')) || '.com',
       '503-555-' || lpad((1000 + c.id * 37)::text, 4, '0'),
       c.industry, c.city,
       c.industry IN ('marketing agency', 'print broker'),
       CASE WHEN c.industry IN ('marketing agency', 'print broker') THEN 30
            WHEN c.industry = 'government' THEN 45
            ELSE (ARRAY[0, 15, 30, 30])[1 + c.id % 4] END,
       CASE WHEN c.id <= 56 THEN date '2015-06-01' + (c.id * 41 + (c.id % 7) * 3)
            ELSE date '2025-02-10' + (c.id - 57) * 67 END
FROM (VALUES
  ( 1, 'Rosewood Realty', 'real estate', 'Portland'),
  ( 2, 'Bridgetown Brewing Co.', 'hospitality', 'Portland'),
  ( 3, 'Cascade Dental Group', 'healthcare', 'Beaverton'),
  ( 4, 'Pearl District Bistro', 'hospitality', 'Portland'),
  ( 5, 'Tualatin Valley School District', 'education', 'Hillsboro'),
  ( 6, 'Fernhill Marketing', 'marketing agency', 'Portland'),
  ( 7, 'Columbia Outdoor Supply', 'retail', 'Vancouver'),
  ( 8, 'Oregon Food Rescue', 'nonprofit', 'Portland'),
  ( 9, 'Summit Orthopedics', 'healthcare', 'Tigard'),
  (10, 'Hawthorne Bikes', 'retail', 'Portland'),
  (11, 'Lakeside Community College', 'education', 'Lake Oswego'),
  (12, 'Northwind Print Brokers', 'print broker', 'Salem'),
  (13, 'Multnomah County Elections', 'government', 'Portland'),
  (14, 'Alder & Oak Interiors', 'retail', 'Lake Oswego'),
  (15, 'Riverbend Credit Union', 'finance', 'Gresham'),
  (16, 'Foundry Creative', 'marketing agency', 'Portland'),
  (17, 'Mt. Hood Ski Patrol Foundation', 'nonprofit', 'Gresham'),
  (18, 'Salt & Stone Kitchen', 'hospitality', 'Portland'),
  (19, 'Precision Castings Inc.', 'manufacturing', 'Tualatin'),
  (20, 'Greenleaf Grocers', 'retail', 'Beaverton'),
  (21, 'Portland Symphony Society', 'nonprofit', 'Portland'),
  (22, 'Bluebird Yoga Studio', 'retail', 'Portland'),
  (23, 'Evergreen Property Management', 'real estate', 'Vancouver'),
  (24, 'Willamette Wine Merchants', 'retail', 'Salem'),
  (25, 'Cedar Mill Family Practice', 'healthcare', 'Beaverton'),
  (26, 'Ironwood Tool & Die', 'manufacturing', 'Gresham'),
  (27, 'Harbor Lights Events', 'events', 'Portland'),
  (28, 'St. Johns Farmers Market', 'nonprofit', 'Portland'),
  (29, 'Pacific Crest Realty', 'real estate', 'Hillsboro'),
  (30, 'Kestrel Coffee Roasters', 'hospitality', 'Portland'),
  (31, 'Clackamas Parks Department', 'government', 'Oregon City'),
  (32, 'Velvet Fog Records', 'retail', 'Portland'),
  (33, 'Rose City Rollers', 'nonprofit', 'Portland'),
  (34, 'Brightside Pediatrics', 'healthcare', 'Tigard'),
  (35, 'Copperline Agency', 'marketing agency', 'Vancouver'),
  (36, 'Three Rivers Outfitters', 'retail', 'Oregon City'),
  (37, 'Sellwood Antiques Mall', 'retail', 'Portland'),
  (38, 'Tanager Hotel', 'hospitality', 'Portland'),
  (39, 'Northwest Solar Installers', 'manufacturing', 'Salem'),
  (40, 'Forest Grove Library Friends', 'nonprofit', 'Forest Grove'),
  (41, 'Mosaic Language Academy', 'education', 'Portland'),
  (42, 'Gorge Wind Festival', 'events', 'Hood River'),
  (43, 'Timberline Dental Lab', 'healthcare', 'Gresham'),
  (44, 'Bramble Bakery', 'hospitality', 'Portland'),
  (45, 'Keystone Insurance Partners', 'finance', 'Lake Oswego'),
  (46, 'PrintLink Brokerage', 'print broker', 'Beaverton'),
  (47, 'Oak Hills Church', 'nonprofit', 'Beaverton'),
  (48, 'Quarry Fitness', 'retail', 'Tigard'),
  (49, 'Willow Creek Veterinary', 'healthcare', 'Hillsboro'),
  (50, 'Eastbank Architecture', 'professional services', 'Portland'),
  (51, 'Hollis & Grant Law', 'professional services', 'Portland'),
  (52, 'Sunset Auto Group', 'retail', 'Beaverton'),
  (53, 'City of Tigard Utilities', 'government', 'Tigard'),
  (54, 'Marrow Arts Collective', 'nonprofit', 'Portland'),
  (55, 'Blue Heron Cheese Co.', 'manufacturing', 'Tillamook'),
  (56, 'Ridgeline Realty Partners', 'real estate', 'Salem'),
  (57, 'Larkspur Florist', 'retail', 'Portland'),
  (58, 'Cobalt Tech Meetups', 'events', 'Portland'),
  (59, 'Juniper Montessori', 'education', 'Lake Oswego'),
  (60, 'Ember Pizza Collective', 'hospitality', 'Vancouver')
) AS c (id, name, industry, city);

-- ---------------------------------------------------------------------------------------------
-- Paper merchants and the paper list
INSERT INTO supplier (supplier_id, name, city, phone) VALUES
  (1, 'Pacific Paper Supply', 'Portland', '503-555-0140'),
  (2, 'Cascade Fine Papers', 'Seattle', '206-555-0188'),
  (3, 'Northwest Paper Merchants', 'Tualatin', '503-555-0172'),
  (4, 'Mohawk Direct', 'Cohoes', '518-555-0110'),
  (5, 'Spicers Paper West', 'Sacramento', '916-555-0134'),
  (6, 'Green Fiber Paper Co.', 'Eugene', '541-555-0190');

INSERT INTO paper_stock (paper_stock_id, name, finish, weight_gsm, sheet_size, cost_per_sheet,
                         is_fsc_certified, sheets_on_hand) VALUES
  ( 1, '350gsm Silk Card',          'silk',     350, 'SRA3', 0.1850, true,  4200),
  ( 2, '400gsm Uncoated Board',     'uncoated', 400, 'SRA3', 0.2400, false, 1800),
  ( 3, '130gsm Gloss',              'gloss',    130, 'SRA2', 0.0920, true,  12500),
  ( 4, '150gsm Gloss',              'gloss',    150, 'SRA2', 0.1060, true,  9800),
  ( 5, '170gsm Silk',               'silk',     170, 'SRA2', 0.1240, true,  7600),
  ( 6, '150gsm Silk',               'silk',     150, 'SRA2', 0.1080, true,  8900),
  ( 7, '250gsm Silk',               'silk',     250, 'SRA3', 0.1320, true,  3100),
  ( 8, '190gsm Satin Poster',       'satin',    190, 'B1',   0.6400, false, 650),
  ( 9, '120gsm Uncoated Bond',      'uncoated', 120, 'SRA2', 0.0780, true,  11000),
  (10, '100gsm Uncoated Bond',      'uncoated', 100, 'SRA2', 0.0650, true,  9400),
  (11, '115gsm Silk',               'silk',     115, 'B2',   0.1420, true,  6200),
  (12, '300gsm Silk Card',          'silk',     300, 'SRA3', 0.1590, true,  3900),
  (13, '350gsm Gloss Card',         'gloss',    350, 'SRA3', 0.1810, false, 2700),
  (14, '130gsm Recycled Uncoated',  'recycled', 130, 'SRA2', 0.0990, true,  5300),
  (15, '300gsm Recycled Card',      'recycled', 300, 'SRA3', 0.1720, true,  2100),
  (16, '90gsm Offset',              'uncoated',  90, 'B1',   0.1960, false, 15400),
  (17, '170gsm Gloss',              'gloss',    170, 'B2',   0.2150, true,  4800),
  (18, '450gsm Triplex Board',      'board',    450, 'SRA3', 0.3650, false, 600);

INSERT INTO press (press_id, name, press_type, max_colours, max_sheet_size, hourly_rate,
                   installed_on, retired_on, is_active) VALUES
  (1, 'Heidelberg Speedmaster SM 74',  'offset',      5, 'B2',   185.00, '2016-04-11', NULL, true),
  (2, 'Heidelberg Speedmaster SM 52',  'offset',      4, 'SRA2', 150.00, '2012-09-03', NULL, true),
  (3, 'Komori Lithrone G29',           'offset',      4, 'B2',   175.00, '2023-05-15', NULL, true),
  (4, 'HP Indigo 7900',                'digital',     5, 'SRA3', 120.00, '2019-02-18', NULL, true),
  (5, 'Xerox Iridesse',                'digital',     6, 'SRA3', 110.00, '2021-06-07', NULL, true),
  (6, 'Canon Colorado 1650',           'wide format', 4, 'B1',    95.00, '2020-10-26', NULL, true),
  (7, 'Ryobi 524',                     'offset',      4, 'SRA2', 130.00, '2008-01-14', '2023-04-28', false);

-- ---------------------------------------------------------------------------------------------
-- Working table: the print specification of every quote (src 'Q') and of every reprint ordered
-- without a quote (src 'R'). Dropped at the end of the file.
CREATE TEMP TABLE spec AS
WITH base AS (
    SELECT 'Q'::text AS src, q AS n, q AS seed,
           date '2022-01-03' + floor(1455 * power((q - 1) / 899.0, 0.85))::int + (q * 3) % 5 AS on_date,
           CASE WHEN (q * 7 + q / 5) % 20 < 6 THEN 1
                WHEN (q * 7 + q / 5) % 20 < 9 THEN 0
                WHEN (q * 7 + q / 5) % 20 < 12 THEN 2
                WHEN (q * 7 + q / 5) % 20 < 14 THEN 3
                WHEN (q * 7 + q / 5) % 20 < 16 THEN 4
                WHEN (q * 7 + q / 5) % 20 = 16 THEN 5
                WHEN (q * 7 + q / 5) % 20 < 19 THEN 6
                ELSE 7 END AS p,
           CASE WHEN 1 + (q * q * 7 + q * 3 + q / 11) % 173 <= 56 THEN 1 + (q * q * 7 + q * 3 + q / 11) % 173
                WHEN 1 + (q * q * 7 + q * 3 + q / 11) % 173 <= 112 THEN 1 + ((1 + (q * q * 7 + q * 3 + q / 11) % 173) * 7) % 30
                ELSE 1 + ((1 + (q * q * 7 + q * 3 + q / 11) % 173) * 5 + q) % 56 END AS customer_id
    FROM generate_series(1, 900) AS q
    UNION ALL
    SELECT 'R', r, 5000 + r * 7,
           date '2022-01-20' + (r * 1436) / 120 + r % 3,
           (ARRAY[5, 0, 1, 0, 5, 6])[1 + r % 6],
           1 + (r * 7) % 40
    FROM generate_series(1, 120) AS r
), arr AS (
    SELECT b.*,
           (ARRAY['business cards', 'flyers', 'brochures', 'posters', 'booklets', 'letterheads',
                  'postcards', 'catalogues'])[p + 1] AS product,
           CASE p WHEN 0 THEN ARRAY[250, 500, 1000, 2500]
                  WHEN 1 THEN ARRAY[500, 1000, 2500, 5000, 10000]
                  WHEN 2 THEN ARRAY[500, 1000, 2500, 5000]
                  WHEN 3 THEN ARRAY[25, 50, 100, 250, 500]
                  WHEN 4 THEN ARRAY[100, 250, 500, 1000]
                  WHEN 5 THEN ARRAY[500, 1000, 2500]
                  WHEN 6 THEN ARRAY[250, 500, 1000, 2500, 5000]
                  ELSE ARRAY[1000, 2500, 5000] END AS qarr,
           CASE p WHEN 0 THEN ARRAY[1, 2, 13, 15]
                  WHEN 1 THEN ARRAY[3, 4, 6, 14]
                  WHEN 2 THEN ARRAY[5, 6, 17]
                  WHEN 3 THEN ARRAY[8, 7, 17]
                  WHEN 4 THEN ARRAY[11, 5]
                  WHEN 5 THEN ARRAY[9, 10]
                  WHEN 6 THEN ARRAY[12, 1, 15]
                  ELSE ARRAY[16, 11] END AS sarr,
           (ARRAY[0.065, 0.085, 0.34, 2.10, 1.95, 0.12, 0.16, 2.85])[p + 1] AS base_price,
           (ARRAY['Spring Menu', 'Open House', 'Annual Report', 'Trade Show', 'Holiday Sale',
                  'Grand Opening', 'Fundraiser Gala', 'Product Launch', 'Summer Catalog',
                  'Course Guide', 'Staff', 'Welcome Pack', 'Event Season', 'Rebrand'])[1 + (seed * 5 + seed / 13) % 14]
             AS theme
    FROM base b
), s AS (
    SELECT a.*,
           1 + (seed * 3 + seed / 4) % array_length(qarr, 1) AS qi,
           sarr[1 + (seed * 5 + seed / 3) % array_length(sarr, 1)] AS paper_stock_id,
           CASE WHEN seed % 13 = 0 AND p <> 5 THEN 5
                WHEN p = 5 AND seed % 2 = 0 THEN 2
                ELSE 4 END AS colours_front,
           CASE p WHEN 0 THEN (ARRAY[0, 1, 4, 4])[1 + seed % 4]
                  WHEN 1 THEN (ARRAY[0, 4, 4])[1 + seed % 3]
                  WHEN 3 THEN 0
                  WHEN 5 THEN 0
                  WHEN 6 THEN (ARRAY[1, 4, 4])[1 + seed % 3]
                  ELSE 4 END AS colours_back
    FROM arr a
)
SELECT src, n, seed, on_date, p, product, customer_id, theme, paper_stock_id,
       colours_front, colours_back, qi - 1 AS qidx,
       qarr[qi] AS quantity,
       round(base_price * (1 - 0.06 * (qi - 1))
             * CASE WHEN colours_back = 0 THEN 0.9 ELSE 1 END
             * CASE WHEN colours_front = 5 THEN 1.12 ELSE 1 END
             * (1 + 0.04 * (extract(year FROM on_date) - 2022)), 4) AS unit_price,
       1 + (seed * 7 + seed / 11) % 4 AS nlines
FROM s;

-- ---------------------------------------------------------------------------------------------
-- Quotes and quote lines
INSERT INTO quote (quote_id, quote_number, customer_id, title, prepared_by, quoted_on, valid_until, status)
SELECT n,
       'Q-' || extract(year FROM on_date) || '-' || lpad(n::text, 4, '0'),
       customer_id,
       theme || ' ' || initcap(product),
       (ARRAY['Dana Whitfield', 'Marcus Ortiz', 'Priya Nair', 'Tom Becker'])[
           1 + CASE WHEN (n * 3 + n / 7) % 4 = 3 AND on_date < date '2023-03-01' THEN 0
                    ELSE (n * 3 + n / 7) % 4 END],
       on_date,
       on_date + 30,
       CASE WHEN on_date >= date '2025-12-01' THEN
                 CASE WHEN (n * 11 + n / 9) % 20 < 6 THEN 'sent'
                      WHEN (n * 11 + n / 9) % 20 < 8 THEN 'draft'
                      ELSE 'accepted' END
            WHEN (n * 11 + n / 9) % 20 < 12 AND customer_id IN (50, 55) THEN 'declined'
            WHEN (n * 11 + n / 9) % 20 < 12 THEN 'accepted'
            WHEN (n * 11 + n / 9) % 20 < 15 THEN 'declined'
            ELSE 'expired' END
FROM spec WHERE src = 'Q';

INSERT INTO quote_line (quote_line_id, quote_id, line_no, item_type, description, product_type,
                        paper_stock_id, quantity, unit_price, line_total)
SELECT row_number() OVER (ORDER BY l.quote_id, l.line_no), l.*
FROM (
    SELECT s.n AS quote_id, 1 AS line_no, 'print' AS item_type,
           initcap(s.product) || ', ' || ps.name || ', ' || s.colours_front || '/' || s.colours_back AS description,
           s.product, s.paper_stock_id, s.quantity, s.unit_price,
           round(s.quantity * s.unit_price, 2) AS line_total
    FROM spec s JOIN paper_stock ps ON ps.paper_stock_id = s.paper_stock_id
    WHERE s.src = 'Q'
    UNION ALL
    SELECT s.n, 2, 'finishing',
           (ARRAY['Trim to size', 'Gloss lamination', 'Tri-fold', 'Matt lamination', 'Saddle stitch',
                  'Trim to size', 'Spot UV', 'Perfect binding'])[s.p + 1],
           NULL, NULL, s.quantity,
           (ARRAY[0.012, 0.015, 0.040, 0.600, 0.220, 0.008, 0.030, 0.550])[s.p + 1],
           round(s.quantity * (ARRAY[0.012, 0.015, 0.040, 0.600, 0.220, 0.008, 0.030, 0.550])[s.p + 1], 2)
    FROM spec s WHERE s.src = 'Q' AND s.nlines >= 2
    UNION ALL
    SELECT s.n, 3, 'artwork', 'Artwork setup and proofing', NULL, NULL, 1,
           45 + (s.n % 5) * 15, 45 + (s.n % 5) * 15
    FROM spec s WHERE s.src = 'Q' AND s.nlines >= 3
    UNION ALL
    SELECT s.n, 4, 'delivery', 'Delivery', NULL, NULL, 1,
           25 + (s.n % 4) * 10, 25 + (s.n % 4) * 10
    FROM spec s WHERE s.src = 'Q' AND s.nlines >= 4
) AS l;

-- ---------------------------------------------------------------------------------------------
-- Jobs: one per accepted quote, plus reprints ordered without a quote
CREATE TEMP TABLE jspec AS
WITH src AS (
    SELECT s.*, q.quote_id,
           q.quoted_on + CASE WHEN q.quoted_on >= date '2025-12-01' THEN 1 ELSE 2 + s.n % 9 END AS ordered_on,
           (SELECT sum(line_total) FROM quote_line ql WHERE ql.quote_id = q.quote_id) AS price,
           q.title
    FROM spec s JOIN quote q ON q.quote_id = s.n
    WHERE s.src = 'Q' AND q.status = 'accepted'
    UNION ALL
    SELECT s.*, NULL, s.on_date, round(s.quantity * s.unit_price, 2),
           'Reprint ' || initcap(s.product)
    FROM spec s WHERE s.src = 'R'
), k AS (
    SELECT src.*,
           row_number() OVER (ORDER BY ordered_on, src.src, src.n) AS job_id,
           (src.seed % 11 = 0) AS is_rush
    FROM src
), d AS (
    SELECT k.*,
           ordered_on + CASE WHEN is_rush THEN 2 + seed % 2 ELSE 6 + seed % 9 END
             + CASE WHEN ordered_on >= date '2025-12-01' THEN 7 ELSE 0 END AS due_date  -- holiday backlog
    FROM k
)
SELECT d.*,
       greatest(d.ordered_on + 1,
                d.due_date + CASE WHEN d.seed % 8 = 0 THEN 1 + d.seed % 4 ELSE -(d.seed % 3) END) AS finish_on
FROM d;

INSERT INTO job (job_id, job_number, customer_id, quote_id, title, product_type, paper_stock_id,
                 quantity, colours_front, colours_back, is_rush, ordered_on, due_date,
                 completed_on, status, price)
SELECT job_id,
       'J' || extract(year FROM ordered_on) || '-' || lpad(job_id::text, 4, '0'),
       customer_id, quote_id, title, product, paper_stock_id, quantity,
       colours_front, colours_back, is_rush, ordered_on, due_date,
       CASE WHEN seed % 31 = 7 OR finish_on > date '2025-12-31' THEN NULL ELSE finish_on END,
       CASE WHEN seed % 31 = 7 THEN 'cancelled'
            WHEN finish_on <= date '2025-12-31' THEN 'completed'
            WHEN ordered_on >= date '2025-12-22' THEN 'queued'
            WHEN finish_on - 4 > date '2025-12-31' THEN 'printing'
            ELSE 'finishing' END,
       price
FROM jspec;

-- ---------------------------------------------------------------------------------------------
-- Press runs: one to three runs per job that has reached the press
INSERT INTO press_run (press_run_id, job_id, press_id, run_no, operator_name, started_at,
                       ended_at, sheets_printed, sheets_wasted)
WITH r AS (
    SELECT j.job_id, j.status, j.product_type, j.quantity, j.ordered_on, g.run_no, g.runs,
           CASE WHEN j.product_type = 'posters' AND j.quantity <= 100 THEN 6
                WHEN j.quantity <= 1000 THEN CASE WHEN j.job_id % 3 = 0 THEN 5 ELSE 4 END
                WHEN j.ordered_on + 1 < date '2023-05-15' THEN (ARRAY[1, 2, 7])[1 + j.job_id % 3]
                ELSE (ARRAY[1, 2, 3])[1 + j.job_id % 3] END AS press_id,
           ceil(ceil(j.quantity::numeric /
                (CASE j.product_type WHEN 'business cards' THEN 24 WHEN 'flyers' THEN 8
                     WHEN 'brochures' THEN 4 WHEN 'posters' THEN 2 WHEN 'booklets' THEN 1
                     WHEN 'letterheads' THEN 4 WHEN 'postcards' THEN 8 ELSE 0.5 END)) / g.runs)::int AS sheets,
           (j.ordered_on + 1)::timestamp + time '07:00' + (g.run_no - 1) * interval '3 hours'
             + (j.job_id % 4) * interval '25 minutes' AS started_at
    FROM job j
    CROSS JOIN LATERAL (
        SELECT gs AS run_no,
               1 + (j.quantity >= 5000)::int + (j.job_id % 9 = 0)::int AS runs
        FROM generate_series(1, 1 + (j.quantity >= 5000)::int + (j.job_id % 9 = 0)::int) AS gs
    ) AS g
    WHERE j.status IN ('printing', 'finishing', 'completed')
), m AS (
    SELECT r.*, p.press_type,
           CASE WHEN p.press_type = 'wide format' THEN 10 + r.sheets * 3
                WHEN p.press_type = 'digital' THEN 15 + r.sheets / 40
                ELSE 35 + r.sheets / 150 END AS minutes,
           row_number() OVER (ORDER BY r.started_at, r.job_id, r.run_no) AS press_run_id
    FROM r JOIN press p ON p.press_id = r.press_id
)
SELECT press_run_id, job_id, press_id, run_no,
       (ARRAY['Gus Halvorsen', 'Mei Lin', 'Rafael Soto', 'Jo Whitaker', 'Andre Baptiste'])[1 + (job_id + run_no) % 5],
       started_at,
       CASE WHEN status = 'printing' AND run_no = runs THEN NULL ELSE started_at + minutes * interval '1 minute' END,
       CASE WHEN status = 'printing' AND run_no = runs THEN NULL ELSE sheets END,
       CASE WHEN status = 'printing' AND run_no = runs THEN NULL
            WHEN press_type = 'offset' THEN 50 + (press_run_id * 7) % 150
            WHEN press_type = 'digital' THEN 3 + press_run_id % 12
            ELSE press_run_id % 3 END
FROM m;

-- ---------------------------------------------------------------------------------------------
-- Finishing: the steps each product goes through once printed
INSERT INTO finishing_step (finishing_step_id, job_id, step_no, step, is_outsourced,
                            labour_minutes, cost, completed_at)
WITH rule (product_type, step_no, step, every_nth, outsourced, per_thousand_min, vendor_rate) AS (
    VALUES ('business cards', 1, 'cutting', 1, false, 6, 0.0),
           ('business cards', 2, 'foil stamping', 10, true, 0, 0.09),
           ('business cards', 3, 'laminating', 3, false, 10, 0.0),
           ('flyers', 1, 'cutting', 1, false, 4, 0.0),
           ('flyers', 2, 'laminating', 5, false, 9, 0.0),
           ('brochures', 1, 'cutting', 1, false, 5, 0.0),
           ('brochures', 2, 'folding', 1, false, 12, 0.0),
           ('posters', 1, 'laminating', 2, false, 60, 0.0),
           ('booklets', 1, 'folding', 1, false, 20, 0.0),
           ('booklets', 2, 'saddle stitching', 1, false, 30, 0.0),
           ('booklets', 3, 'trimming', 1, false, 8, 0.0),
           ('letterheads', 1, 'cutting', 1, false, 3, 0.0),
           ('postcards', 1, 'cutting', 1, false, 5, 0.0),
           ('postcards', 2, 'spot UV', 4, true, 0, 0.06),
           ('catalogues', 1, 'perfect binding', 1, true, 0, 0.48),
           ('catalogues', 2, 'trimming', 1, false, 10, 0.0),
           ('catalogues', 3, 'shrink wrapping', 2, false, 14, 0.0)
), f AS (
    SELECT j.job_id, j.status, j.quantity, j.completed_on, r.step, r.outsourced,
           row_number() OVER (PARTITION BY j.job_id ORDER BY r.step_no) AS step_no,
           CASE WHEN r.outsourced THEN NULL
                ELSE 10 + ceil(j.quantity * r.per_thousand_min / 1000.0)::int END AS labour_minutes,
           r.vendor_rate
    FROM job j JOIN rule r ON r.product_type = j.product_type AND j.job_id % r.every_nth = 0
    WHERE j.status IN ('finishing', 'completed')
)
SELECT row_number() OVER (ORDER BY job_id, step_no), job_id, step_no, step, outsourced,
       labour_minutes,
       CASE WHEN outsourced THEN round(45 + quantity * vendor_rate, 2)
            ELSE round(labour_minutes * 1.15, 2) END,
       CASE WHEN status = 'completed'
            THEN greatest(completed_on::timestamp + time '08:30',
                          (SELECT max(pr.ended_at) FROM press_run pr WHERE pr.job_id = f.job_id))
                 + step_no * interval '70 minutes' END
FROM f;

-- ---------------------------------------------------------------------------------------------
-- Deliveries of completed jobs (jobs finished from 23 December 2025 on are still waiting)
INSERT INTO delivery (delivery_id, job_id, method, shipped_on, delivered_on, cartons, carrier_cost, city)
WITH d AS (
    SELECT j.job_id, j.completed_on, j.quantity, j.product_type, c.city,
           CASE WHEN j.quantity >= 5000 AND j.job_id % 5 = 4 THEN 'freight'
                ELSE (ARRAY['pickup', 'courier', 'courier', 'van', 'mail', 'courier', 'van'])[1 + (j.job_id * 3) % 7]
           END AS method
    FROM job j JOIN customer c ON c.customer_id = j.customer_id
    WHERE j.status = 'completed' AND j.completed_on < date '2025-12-23'
)
SELECT row_number() OVER (ORDER BY completed_on, job_id), job_id, method,
       completed_on + (job_id % 2),
       completed_on + (job_id % 2) + CASE method WHEN 'courier' THEN job_id % 2
                                                  WHEN 'van' THEN 0
                                                  WHEN 'pickup' THEN job_id % 3
                                                  WHEN 'freight' THEN 2 + job_id % 3
                                                  ELSE 2 + job_id % 4 END,
       greatest(1, ceil(quantity / CASE product_type WHEN 'business cards' THEN 2000.0
                                              WHEN 'flyers' THEN 1500.0 WHEN 'letterheads' THEN 1000.0
                                              WHEN 'postcards' THEN 1500.0 WHEN 'posters' THEN 100.0
                                              ELSE 250.0 END)::int),
       CASE method WHEN 'courier' THEN 18 + (job_id % 6) * 4.5
                   WHEN 'freight' THEN 140 + (job_id % 5) * 35
                   WHEN 'mail' THEN 9.40 + (job_id % 4) * 5.25
                   ELSE 0 END,
       city
FROM d;

-- ---------------------------------------------------------------------------------------------
-- Invoices on completion, and the payments against them
INSERT INTO invoice (invoice_id, invoice_number, customer_id, job_id, issued_on, due_on, amount, status)
SELECT row_number() OVER (ORDER BY j.completed_on, j.job_id),
       'INV-' || lpad((row_number() OVER (ORDER BY j.completed_on, j.job_id) + 10400)::text, 6, '0'),
       j.customer_id, j.job_id, j.completed_on, j.completed_on + c.payment_terms_days, j.price, 'open'
FROM job j JOIN customer c ON c.customer_id = j.customer_id
WHERE j.status = 'completed';

INSERT INTO payment (payment_id, invoice_id, paid_on, amount, method)
WITH p AS (
    SELECT i.invoice_id, i.issued_on, i.due_on, i.amount, c.is_trade, c.industry, g.part, g.parts
    FROM invoice i
    JOIN customer c ON c.customer_id = i.customer_id
    CROSS JOIN LATERAL (
        SELECT gs AS part, CASE WHEN i.invoice_id % 6 = 0 THEN 2 ELSE 1 END AS parts
        FROM generate_series(1, CASE WHEN i.invoice_id % 6 = 0 THEN 2 ELSE 1 END) AS gs
    ) AS g
    WHERE NOT (i.invoice_id % 23 = 0
               OR (i.issued_on > date '2025-11-20' AND i.invoice_id % 3 <> 0))
      -- the second half of a split payment on late-2025 invoices has not come in yet
      AND NOT (g.part = 2 AND i.issued_on > date '2025-10-31')
), d AS (
    SELECT p.*,
           least(date '2025-12-31',
                 CASE WHEN part = 1 THEN due_on - 4 + (invoice_id * 7) % 15
                      ELSE due_on + 20 + invoice_id % 10 END) AS paid_on
    FROM p
)
SELECT row_number() OVER (ORDER BY paid_on, invoice_id, part), invoice_id,
       greatest(issued_on, paid_on),
       CASE WHEN parts = 1 THEN amount
            WHEN part = 1 THEN round(amount / 2, 2)
            ELSE amount - round(amount / 2, 2) END,
       CASE WHEN industry = 'government' THEN 'check'
            WHEN is_trade THEN 'ACH'
            WHEN amount >= 5000 THEN 'wire'
            ELSE (ARRAY['card', 'ACH', 'check', 'card', 'ACH'])[1 + invoice_id % 5] END
FROM d;

UPDATE invoice i
SET status = CASE WHEN p.paid >= i.amount THEN 'paid'
                  WHEN p.paid > 0 THEN 'partially_paid'
                  ELSE 'open' END
FROM (SELECT inv.invoice_id, coalesce(sum(pay.amount), 0) AS paid
      FROM invoice inv LEFT JOIN payment pay ON pay.invoice_id = inv.invoice_id
      GROUP BY inv.invoice_id) AS p
WHERE p.invoice_id = i.invoice_id;

-- ---------------------------------------------------------------------------------------------
-- Paper purchases from the merchants
INSERT INTO stock_purchase (stock_purchase_id, supplier_id, paper_stock_id, po_number, ordered_on,
                            received_on, sheets, unit_cost, total_cost)
WITH b AS (
    SELECT n,
           date '2022-01-05' + (n * 1450) / 230 + n % 4 AS ordered_on,
           CASE WHEN n = 137 THEN 18 ELSE 1 + (n * 5 + n / 17) % 17 END AS paper_stock_id
    FROM generate_series(1, 230) AS n
), c AS (
    SELECT b.*, ps.cost_per_sheet, ps.sheet_size,
           CASE WHEN b.paper_stock_id IN (14, 15, 18) THEN 6
                WHEN b.paper_stock_id IN (8, 16, 17) THEN 2 + b.n % 2
                WHEN b.paper_stock_id IN (11, 13) THEN 5
                ELSE (ARRAY[1, 3, 1, 5, 3])[1 + b.n % 5] END AS supplier_id,
           CASE ps.sheet_size WHEN 'SRA3' THEN 2500 WHEN 'SRA2' THEN 2000 ELSE 1000 END
             * (1 + (b.n * 3) % 6) AS sheets,
           round(ps.cost_per_sheet
                 * (ARRAY[0.88, 0.97, 1.01, 1.0])[extract(year FROM b.ordered_on)::int - 2021]
                 * (1 + ((b.n % 5) - 2) * 0.015), 4) AS unit_cost
    FROM b JOIN paper_stock ps ON ps.paper_stock_id = b.paper_stock_id
)
SELECT n, supplier_id, paper_stock_id, 'PO-' || (7000 + n), ordered_on,
       CASE WHEN n > 227 THEN NULL ELSE ordered_on + 2 + n % 6 END,
       sheets, unit_cost, round(sheets * unit_cost, 2)
FROM c;

-- ---------------------------------------------------------------------------------------------
-- Notes on quotes, jobs and customers
INSERT INTO note (note_id, subject_type, subject_id, body, author, created_at, updated_at)
WITH n AS (
    SELECT 'Quote' AS subject_type, q.quote_id AS subject_id,
           (ARRAY['Customer asked for a second price at double the quantity.',
                  'Requote with recycled stock option.',
                  'Price beaten by an online printer, customer says.',
                  'Awaiting final artwork before the quote can be confirmed.',
                  'Customer wants samples of the paper before deciding.',
                  'Budget approval pending at their end.'])[1 + q.quote_id % 6] AS body,
           q.prepared_by AS author,
           q.quoted_on::timestamp + time '10:15' + (q.quote_id % 5) * interval '47 minutes' AS created_at
    FROM quote q WHERE q.quote_id % 7 = 3
    UNION ALL
    SELECT 'Job', j.job_id,
           (ARRAY['Proof approved by email.',
                  'Colour match to Pantone swatch supplied by customer.',
                  'Paper delayed at merchant, swapped to equivalent stock.',
                  'Customer collecting; call when ready.',
                  'Plates remade after a registration problem.',
                  'Split delivery to two addresses.',
                  'Hold for customer sign-off on the wet proof.'])[1 + j.job_id % 7],
           (ARRAY['Gus Halvorsen', 'Mei Lin', 'Rafael Soto', 'Jo Whitaker', 'Andre Baptiste'])[1 + j.job_id % 5],
           j.ordered_on::timestamp + time '13:40' + (j.job_id % 4) * interval '38 minutes'
    FROM job j WHERE j.job_id % 5 = 2
    UNION ALL
    SELECT 'Customer', c.customer_id,
           (ARRAY['Prefers invoices sent to accounts payable, not the contact.',
                  'Always wants a hard-copy proof.',
                  'Tax-exempt certificate on file.',
                  'Key account: reply to quote requests the same day.',
                  'Slow payer; check the balance before accepting new work.'])[1 + c.customer_id % 5],
           (ARRAY['Dana Whitfield', 'Marcus Ortiz', 'Priya Nair'])[1 + c.customer_id % 3],
           c.created_on::timestamp + time '09:05' + (c.customer_id % 6) * interval '1 day'
    FROM customer c WHERE c.customer_id % 4 = 1 OR c.customer_id IN (12, 46)
)
SELECT row_number() OVER (ORDER BY created_at, subject_type, subject_id),
       subject_type, subject_id, body, author, created_at,
       created_at + (subject_id % 3) * interval '2 days'
FROM n;

DROP TABLE jspec;
DROP TABLE spec;

-- ---------------------------------------------------------------------------------------------
-- Foreign keys (note.subject_id is polymorphic and has none)
ALTER TABLE quote          ADD CONSTRAINT fk_quote_customer        FOREIGN KEY (customer_id)    REFERENCES customer (customer_id);
ALTER TABLE quote_line     ADD CONSTRAINT fk_quote_line_quote      FOREIGN KEY (quote_id)       REFERENCES quote (quote_id);
ALTER TABLE quote_line     ADD CONSTRAINT fk_quote_line_paper      FOREIGN KEY (paper_stock_id) REFERENCES paper_stock (paper_stock_id);
ALTER TABLE job            ADD CONSTRAINT fk_job_customer          FOREIGN KEY (customer_id)    REFERENCES customer (customer_id);
ALTER TABLE job            ADD CONSTRAINT fk_job_quote             FOREIGN KEY (quote_id)       REFERENCES quote (quote_id);
ALTER TABLE job            ADD CONSTRAINT fk_job_paper_stock       FOREIGN KEY (paper_stock_id) REFERENCES paper_stock (paper_stock_id);
ALTER TABLE press_run      ADD CONSTRAINT fk_press_run_job         FOREIGN KEY (job_id)         REFERENCES job (job_id);
ALTER TABLE press_run      ADD CONSTRAINT fk_press_run_press       FOREIGN KEY (press_id)       REFERENCES press (press_id);
ALTER TABLE finishing_step ADD CONSTRAINT fk_finishing_step_job    FOREIGN KEY (job_id)         REFERENCES job (job_id);
ALTER TABLE delivery       ADD CONSTRAINT fk_delivery_job          FOREIGN KEY (job_id)         REFERENCES job (job_id);
ALTER TABLE invoice        ADD CONSTRAINT fk_invoice_customer      FOREIGN KEY (customer_id)    REFERENCES customer (customer_id);
ALTER TABLE invoice        ADD CONSTRAINT fk_invoice_job           FOREIGN KEY (job_id)         REFERENCES job (job_id);
ALTER TABLE payment        ADD CONSTRAINT fk_payment_invoice       FOREIGN KEY (invoice_id)     REFERENCES invoice (invoice_id);
ALTER TABLE stock_purchase ADD CONSTRAINT fk_stock_purchase_supplier FOREIGN KEY (supplier_id)  REFERENCES supplier (supplier_id);
ALTER TABLE stock_purchase ADD CONSTRAINT fk_stock_purchase_paper  FOREIGN KEY (paper_stock_id) REFERENCES paper_stock (paper_stock_id);
