-- boxwh: the analytics warehouse of a subscription-box company (snack, coffee, wellness, kids and
-- pantry boxes): a star schema of dim_ and fact_ tables with customers (type 2 slowly changing),
-- plans, products, monthly box editions and their contents, orders and renewals, boxes shipped
-- by carriers, returns and support contacts, dated 2022-2025 through the dim_date calendar.
-- Every row is invented and reproducible: built with generate_series, fixed lists and modular
-- arithmetic only (no random(), no clock).

BEGIN;

-- ---------------------------------------------------------------- dimensions

CREATE TABLE dim_date (
    date_sk       integer  PRIMARY KEY,          -- e.g. 20240315
    full_date     date     NOT NULL UNIQUE,
    day_of_month  smallint NOT NULL,
    day_name      text     NOT NULL,
    day_of_week   smallint NOT NULL,             -- ISO: 1 = Monday .. 7 = Sunday
    is_weekend    boolean  NOT NULL,
    iso_week      smallint NOT NULL,
    month_num     smallint NOT NULL,
    month_name    text     NOT NULL,
    quarter_num   smallint NOT NULL,
    quarter_label text     NOT NULL,             -- e.g. 2024-Q1
    year_num      smallint NOT NULL
);

INSERT INTO dim_date
SELECT to_char(d, 'YYYYMMDD')::integer,
       d::date,
       extract(day FROM d)::smallint,
       trim(to_char(d, 'Day')),
       extract(isodow FROM d)::smallint,
       extract(isodow FROM d) IN (6, 7),
       extract(week FROM d)::smallint,
       extract(month FROM d)::smallint,
       trim(to_char(d, 'Month')),
       extract(quarter FROM d)::smallint,
       to_char(d, 'YYYY') || '-Q' || extract(quarter FROM d)::text,
       extract(year FROM d)::smallint
FROM generate_series(date '2022-01-01', date '2025-12-31', interval '1 day') AS g(d);

CREATE TABLE dim_plan (
    plan_sk        smallint     PRIMARY KEY,
    plan_code      text         NOT NULL UNIQUE,
    plan_name      text         NOT NULL,
    box_theme      text         NOT NULL,
    billing_period text         NOT NULL CHECK (billing_period IN ('monthly', 'quarterly', 'annual')),
    term_months    smallint     NOT NULL,
    price_per_box  numeric(8,2) NOT NULL,
    items_per_box  smallint     NOT NULL,
    launch_date    date         NOT NULL,
    is_active      boolean      NOT NULL
);

INSERT INTO dim_plan VALUES
 ( 1, 'SNK-M', 'Snack Attack Monthly',      'snack',    'monthly',    1, 24.99, 6, '2021-06-01', true),
 ( 2, 'SNK-A', 'Snack Attack Annual',       'snack',    'annual',    12, 21.99, 6, '2021-06-01', true),
 ( 3, 'COF-M', 'Coffee Club Monthly',       'coffee',   'monthly',    1, 29.00, 3, '2021-09-01', true),
 ( 4, 'COF-Q', 'Coffee Club Quarterly',     'coffee',   'quarterly',  3, 27.50, 3, '2022-04-01', true),
 ( 5, 'WEL-M', 'Wellness Ritual Monthly',   'wellness', 'monthly',    1, 34.95, 5, '2022-01-01', true),
 ( 6, 'WEL-A', 'Wellness Ritual Annual',    'wellness', 'annual',    12, 31.50, 5, '2022-09-01', true),
 ( 7, 'KID-M', 'Little Explorers Monthly',  'kids',     'monthly',    1, 19.99, 4, '2023-03-01', true),
 ( 8, 'PAN-M', 'Pantry Premium Monthly',    'pantry',   'monthly',    1, 49.00, 7, '2021-11-01', false),
 ( 9, 'PAN-Q', 'Pantry Staples Quarterly',  'pantry',   'quarterly',  3, 39.00, 7, '2022-06-01', true),
 (10, 'COF-A', 'Coffee Club Annual',        'coffee',   'annual',    12, 25.00, 3, '2025-11-01', true);

CREATE TABLE dim_product (
    product_sk   smallint     PRIMARY KEY,
    sku          text         NOT NULL UNIQUE,
    product_name text         NOT NULL,
    category     text         NOT NULL,
    brand        text         NOT NULL,
    unit_cost    numeric(8,2) NOT NULL,
    retail_price numeric(8,2) NOT NULL,
    is_food      boolean      NOT NULL
);

INSERT INTO dim_product VALUES
 ( 1, 'SN-001', 'Sea Salt Lentil Crisps',          'crisps',        'Crunchwell',       0.62,  1.80, true),
 ( 2, 'SN-002', 'Smoky BBQ Popcorn',               'crisps',        'Popsmith',         0.55,  1.60, true),
 ( 3, 'SN-003', 'Dark Chocolate Sea Salt Bar',     'chocolate',     'Cocoa Lane',       1.10,  2.95, true),
 ( 4, 'SN-004', 'Milk Chocolate Honeycomb',        'chocolate',     'Cocoa Lane',       1.05,  2.75, true),
 ( 5, 'SN-005', 'Chilli Lime Cashews',             'nuts',          'Nutfield',         1.40,  3.50, true),
 ( 6, 'SN-006', 'Honey Roasted Almonds',           'nuts',          'Nutfield',         1.35,  3.25, true),
 ( 7, 'SN-007', 'Sour Cherry Gummies',             'sweets',        'Jellybrook',       0.70,  1.99, true),
 ( 8, 'SN-008', 'Vegan Fizzy Cola Bottles',        'sweets',        'Jellybrook',       0.68,  1.99, true),
 ( 9, 'SN-009', 'Peanut Butter Protein Bar',       'bars',          'Fuelbox',          0.95,  2.49, true),
 (10, 'SN-010', 'Oat & Raisin Flapjack',           'bars',          'Fuelbox',          0.60,  1.75, true),
 (11, 'SN-011', 'Wasabi Pea Crackers',             'crisps',        'Crunchwell',       0.58,  1.70, true),
 (12, 'CF-001', 'Ethiopia Yirgacheffe Beans 250g', 'coffee beans',  'Hilltop Roasters', 4.20,  9.50, true),
 (13, 'CF-002', 'Colombia Huila Beans 250g',       'coffee beans',  'Hilltop Roasters', 3.90,  8.95, true),
 (14, 'CF-003', 'Brazil Cerrado Ground 227g',      'ground coffee', 'Daybreak Coffee',  3.10,  7.25, true),
 (15, 'CF-004', 'House Espresso Blend 250g',       'coffee beans',  'Daybreak Coffee',  3.40,  7.95, true),
 (16, 'CF-005', 'Decaf Swiss Water Ground 227g',   'ground coffee', 'Hilltop Roasters', 3.60,  8.25, true),
 (17, 'CF-006', 'Guatemala Antigua Beans 250g',    'coffee beans',  'Kettle & Crow',    4.00,  9.25, true),
 (18, 'CF-007', 'Almond Biscotti Twin Pack',       'bakery',        'Kettle & Crow',    0.90,  2.50, true),
 (19, 'WL-001', 'Lavender Bath Salts',             'bath',          'Stillwater',       1.80,  6.50, false),
 (20, 'WL-002', 'Rose Clay Face Mask',             'skincare',      'Bloom & Birch',    2.40,  8.00, false),
 (21, 'WL-003', 'Vitamin C Serum 15ml',            'skincare',      'Bloom & Birch',    3.20, 12.00, false),
 (22, 'WL-004', 'Eucalyptus Shower Steamer',       'bath',          'Stillwater',       0.90,  3.50, false),
 (23, 'WL-005', 'Magnesium Sleep Spray',           'aromatherapy',  'Calmcraft',        2.10,  7.95, false),
 (24, 'WL-006', 'Collagen Powder Sachets',         'supplements',   'Vitalis',          2.80,  9.50, true),
 (25, 'WL-007', 'Bamboo Konjac Sponge',            'skincare',      'Bloom & Birch',    0.75,  4.00, false),
 (26, 'WL-008', 'Ashwagandha Gummies',             'supplements',   'Vitalis',          2.30,  8.50, true),
 (27, 'WL-009', 'Peppermint Lip Balm',             'skincare',      'Calmcraft',        0.65,  3.25, false),
 (28, 'KD-001', 'Dinosaur Dig Kit',                'toys',          'Tiny Trails',      2.60,  8.99, false),
 (29, 'KD-002', 'Mini Volcano Science Set',        'toys',          'Tiny Trails',      3.10,  9.99, false),
 (30, 'KD-003', 'Space Explorers Sticker Book',    'books',         'Pagewise Kids',    1.20,  4.50, false),
 (31, 'KD-004', 'Ocean Animals Puzzle 48pc',       'toys',          'Tiny Trails',      1.90,  6.50, false),
 (32, 'KD-005', 'Watercolour Paint Pods',          'crafts',        'Craftnest',        1.40,  5.25, false),
 (33, 'KD-006', 'Bug Hunter Magnifier',            'toys',          'Tiny Trails',      1.10,  3.99, false),
 (34, 'KD-007', 'Rainforest Colouring Book',       'books',         'Pagewise Kids',    0.95,  3.50, false),
 (35, 'PN-001', 'Smoked Chipotle Hot Sauce',       'sauces',        'Fieldfare Pantry', 1.60,  4.95, true),
 (36, 'PN-002', 'Aged Balsamic Vinegar 100ml',     'condiments',    'Oliveto',          2.90,  8.50, true),
 (37, 'PN-003', 'Cold Pressed Rapeseed Oil 250ml', 'oils',          'Fieldfare Pantry', 2.10,  6.25, true),
 (38, 'PN-004', 'Harissa Paste Jar',               'sauces',        'Souk Street',      1.30,  3.95, true),
 (39, 'PN-005', 'Red Lentil Dhal Kit',             'grains',        'Souk Street',      1.20,  4.25, true),
 (40, 'PN-006', 'Arborio Risotto Rice 500g',       'grains',        'Oliveto',          1.05,  3.50, true),
 (41, 'PN-007', 'Za''atar Spice Blend',            'spices',        'Souk Street',      0.95,  3.75, true),
 (42, 'PN-008', 'Smoked Paprika Tin',              'spices',        'Fieldfare Pantry', 0.85,  3.25, true),
 (43, 'PN-009', 'Truffle Salt 50g',                'spices',        'Oliveto',          2.40,  7.95, true),
 (44, 'PN-010', 'Wildflower Honey 227g',           'condiments',    'Hive & Heath',     2.20,  6.50, true),
 (45, 'PN-011', 'Sourdough Crackers',              'bakery',        'Fieldfare Pantry', 0.80,  2.95, true),
 (46, 'CF-008', 'Matcha Latte Powder',             'tea',           'Kettle & Crow',    2.70,  7.50, true),
 (47, 'PN-012', 'Hot Honey Drizzle',               'condiments',    'Hive & Heath',     1.70,  5.50, true),
 (48, 'WL-010', 'Cedarwood Candle Tin',            'aromatherapy',  'Calmcraft',        2.20,  8.50, false),
 (49, 'KD-008', 'Glow-in-the-Dark Stars',          'toys',          'Tiny Trails',      0.85,  3.50, false);

CREATE TABLE dim_carrier (
    carrier_sk            smallint     PRIMARY KEY,
    carrier_name          text         NOT NULL UNIQUE,
    service_level         text         NOT NULL,
    promised_transit_days smallint     NOT NULL,
    is_tracked            boolean      NOT NULL,
    base_rate             numeric(6,2) NOT NULL,
    rate_per_kg           numeric(6,2) NOT NULL,
    contract_start_date   date         NOT NULL
);

INSERT INTO dim_carrier VALUES
 (1, 'ParcelWing',         'standard', 3, true,  3.20, 0.45, '2021-01-01'),
 (2, 'SwiftPost',          'standard', 2, true,  3.85, 0.40, '2021-01-01'),
 (3, 'Northline Couriers', 'economy',  4, false, 2.60, 0.55, '2021-04-01'),
 (4, 'GreenVan Logistics', 'tracked',  2, true,  3.40, 0.35, '2024-01-01'),
 (5, 'CityHop',            'same day', 1, true,  5.90, 0.20, '2022-01-01'),
 (6, 'Atlas Freight',      'pallet',   5, true, 18.00, 0.10, '2025-10-01');

CREATE TABLE dim_agent (
    agent_sk          smallint PRIMARY KEY,
    agent_name        text     NOT NULL,
    team              text     NOT NULL,
    site              text     NOT NULL,
    hire_date         date     NOT NULL,
    leave_date        date,
    employment_status text     NOT NULL CHECK (employment_status IN ('active', 'left'))
);

INSERT INTO dim_agent VALUES
 ( 1, 'Hannah Price',   'Billing',    'Leeds',   '2021-03-01', NULL,         'active'),
 ( 2, 'Marcus Reid',    'Fulfilment', 'Leeds',   '2021-05-17', '2023-08-31', 'left'),
 ( 3, 'Sofia Costa',    'General',    'Remote',  '2021-09-06', NULL,         'active'),
 ( 4, 'Tom Gallagher',  'Fulfilment', 'Leeds',   '2022-01-10', NULL,         'active'),
 ( 5, 'Nadia Hussain',  'Billing',    'Glasgow', '2022-02-14', '2024-05-31', 'left'),
 ( 6, 'Ben Okafor',     'General',    'Glasgow', '2022-06-01', NULL,         'active'),
 ( 7, 'Lucy Fenwick',   'Fulfilment', 'Remote',  '2022-11-21', '2025-02-28', 'left'),
 ( 8, 'Ravi Mehta',     'Billing',    'Leeds',   '2023-04-03', NULL,         'active'),
 ( 9, 'Ellie Barnes',   'General',    'Leeds',   '2023-09-18', NULL,         'active'),
 (10, 'Jamal Osei',     'Fulfilment', 'Glasgow', '2024-01-08', NULL,         'active'),
 (11, 'Kate Sullivan',  'General',    'Remote',  '2024-06-10', NULL,         'active'),
 (12, 'Owen Pritchard', 'Billing',    'Glasgow', '2024-10-01', NULL,         'active'),
 (13, 'Maya Lindqvist', 'Fulfilment', 'Leeds',   '2025-03-03', NULL,         'active'),
 (14, 'Connor Doyle',   'General',    'Remote',  '2025-09-15', NULL,         'active');

-- Customers: type 2 slowly changing dimension, one row per version of a customer.
CREATE TABLE dim_customer (
    customer_sk         integer PRIMARY KEY,
    customer_id         text    NOT NULL,          -- natural key, repeated across versions
    first_name          text    NOT NULL,
    last_name           text    NOT NULL,
    email               text    NOT NULL,
    city                text    NOT NULL,
    region              text    NOT NULL,
    loyalty_tier        text    NOT NULL CHECK (loyalty_tier IN ('bronze', 'silver', 'gold')),
    acquisition_channel text    NOT NULL,
    marketing_opt_in    boolean NOT NULL,
    signup_date         date    NOT NULL,
    valid_from          date    NOT NULL,
    valid_to            date    NOT NULL,          -- 9999-12-31 on the current row
    is_current          boolean NOT NULL,
    UNIQUE (customer_id, valid_from)
);

INSERT INTO dim_customer
WITH base AS (
    SELECT n,
           'C' || lpad(n::text, 5, '0') AS customer_id,
           (ARRAY['Olivia','Amelia','Isla','Ava','Mia','Ivy','Lily','Grace','Freya','Sophia',
                  'Ella','Evie','Poppy','Rosie','Harper','Aisha','Priya','Zara','Chloe','Hannah',
                  'Oliver','George','Noah','Arthur','Leo','Harry','Oscar','Jack','Charlie','Theo',
                  'Muhammad','Jacob','Alfie','Finley','Samuel','Joshua','Ethan','Daniel','Rohan','Callum'])[(n * 7) % 40 + 1] AS first_name,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson',
                  'Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',
                  'Clarke','Khan','Hughes','Lewis','Edwards','Turner','Hill','Moore','Cooper','Ward',
                  'Morris','King','Harris','Baker','Kaur','Murphy','Campbell'])[(n * 11) % 37 + 1] AS last_name,
           (ARRAY['mailbox.co.uk','postmail.com','inboxly.net','webpost.org','letterbox.io'])[n % 5 + 1] AS domain,
           (n * 5) % 12 + 1 AS city_idx1,
           (n * 5 + 7) % 12 + 1 AS city_idx3,
           (ARRAY['organic search','paid social','referral','influencer','organic search',
                  'paid social','podcast'])[(n * 3) % 7 + 1] AS acquisition_channel,
           n % 4 <> 0 AS marketing_opt_in,
           date '2022-01-03' + ((n - 1) * 4 + (n * 37) % 11) AS signup_date
    FROM generate_series(1, 300) AS g(n)
), versions AS (
    SELECT b.*, 1 AS version, b.signup_date AS vfrom FROM base b
    UNION ALL
    SELECT b.*, 2, b.signup_date + 100 + (b.n * 13) % 250 FROM base b WHERE b.n % 3 = 0
    UNION ALL
    SELECT b.*, 3, b.signup_date + 100 + (b.n * 13) % 250 + 90 + (b.n * 7) % 200 FROM base b WHERE b.n % 9 = 0
), kept AS (
    SELECT v.*,
           lead(vfrom) OVER (PARTITION BY n ORDER BY version) AS next_from
    FROM versions v
    WHERE vfrom <= date '2025-12-31'
), cities AS (
    SELECT * FROM (VALUES
        ( 1, 'London',     'London'),
        ( 2, 'Manchester', 'North West'),
        ( 3, 'Liverpool',  'North West'),
        ( 4, 'Leeds',      'Yorkshire'),
        ( 5, 'Sheffield',  'Yorkshire'),
        ( 6, 'Birmingham', 'West Midlands'),
        ( 7, 'Bristol',    'South West'),
        ( 8, 'Newcastle',  'North East'),
        ( 9, 'Nottingham', 'East Midlands'),
        (10, 'Glasgow',    'Scotland'),
        (11, 'Edinburgh',  'Scotland'),
        (12, 'London',     'London')
    ) AS c(idx, city, region)
)
SELECT row_number() OVER (ORDER BY k.n, k.version)::integer,
       k.customer_id,
       k.first_name,
       k.last_name,
       lower(k.first_name || '.' || k.last_name || k.n::text || '@' || k.domain),
       c.city,
       c.region,
       CASE
           WHEN k.version = 1 THEN CASE WHEN k.n % 6 = 0 THEN 'silver' ELSE 'bronze' END
           ELSE CASE WHEN k.n % 6 = 0 THEN 'gold' ELSE 'silver' END
       END,
       k.acquisition_channel,
       k.marketing_opt_in,
       k.signup_date,
       k.vfrom,
       coalesce(k.next_from - 1, date '9999-12-31'),
       k.next_from IS NULL
FROM kept k
JOIN cities c ON c.idx = CASE WHEN k.version = 3 THEN k.city_idx3 ELSE k.city_idx1 END;

-- Monthly box editions: one curated box per theme per month.
CREATE TABLE dim_box_edition (
    edition_sk    integer PRIMARY KEY,
    edition_code  text    NOT NULL UNIQUE,       -- e.g. SNK-2024-03
    box_theme     text    NOT NULL,
    edition_month date    NOT NULL,              -- first day of the month
    edition_title text    NOT NULL,
    UNIQUE (box_theme, edition_month)
);

INSERT INTO dim_box_edition
WITH themes AS (
    SELECT * FROM (VALUES
        (1, 'snack',    'SNK', date '2022-01-01'),
        (2, 'coffee',   'COF', date '2022-01-01'),
        (3, 'wellness', 'WEL', date '2022-01-01'),
        (4, 'kids',     'KID', date '2023-03-01'),
        (5, 'pantry',   'PAN', date '2022-01-01')
    ) AS t(theme_no, theme, prefix, first_month)
), months AS (
    SELECT m::date AS edition_month
    FROM generate_series(date '2022-01-01', date '2025-12-01', interval '1 month') AS g(m)
)
SELECT row_number() OVER (ORDER BY mo.edition_month, t.theme_no)::integer,
       t.prefix || '-' || to_char(mo.edition_month, 'YYYY-MM'),
       t.theme,
       mo.edition_month,
       (ARRAY['New Year Reset','Lovebirds','Spring Awakening','April Showers','In Bloom','Midsummer',
              'Heatwave','Holiday Road','Back to School','Harvest','Bonfire Night','Winter Cheer'])
           [extract(month FROM mo.edition_month)::integer]
FROM themes t
JOIN months mo ON mo.edition_month >= t.first_month;

-- ---------------------------------------------------------------- facts

-- What went into each edition's box.
CREATE TABLE fact_box_content (
    edition_sk  integer  NOT NULL REFERENCES dim_box_edition (edition_sk),
    product_sk  smallint NOT NULL REFERENCES dim_product (product_sk),
    quantity    smallint NOT NULL,
    PRIMARY KEY (edition_sk, product_sk)
);

INSERT INTO fact_box_content
WITH rules AS (
    SELECT * FROM (VALUES
        ('snack',    ARRAY[1,2,3,4,5,6,7,8,9,10,11],              6, 4),
        ('coffee',   ARRAY[12,13,14,15,16,17,18],                 3, 3),
        ('wellness', ARRAY[19,20,21,22,23,24,25,26,27],           5, 2),
        ('kids',     ARRAY[28,29,30,31,32,33,34],                 4, 3),
        ('pantry',   ARRAY[35,36,37,38,39,40,41,42,43,44,45],     7, 5)
    ) AS r(theme, products, items, step)
), eds AS (
    SELECT e.edition_sk, e.box_theme,
           ((extract(year FROM e.edition_month)::integer - 2022) * 12
             + extract(month FROM e.edition_month)::integer - 1) AS m
    FROM dim_box_edition e
)
SELECT e.edition_sk,
       r.products[(e.m * 3 + j * r.step) % cardinality(r.products) + 1],
       CASE WHEN (e.m + j) % 5 = 0 THEN 2 ELSE 1 END
FROM eds e
JOIN rules r ON r.theme = e.box_theme
CROSS JOIN LATERAL generate_series(0, r.items - 1) AS g(j);

-- Orders: the first order of a subscription and every paid (or attempted) renewal term.
CREATE TABLE fact_order (
    order_sk        integer       PRIMARY KEY,
    order_number    text          NOT NULL UNIQUE,
    customer_sk     integer       NOT NULL REFERENCES dim_customer (customer_sk),
    plan_sk         smallint      NOT NULL REFERENCES dim_plan (plan_sk),
    order_date_sk   integer       NOT NULL REFERENCES dim_date (date_sk),
    order_type      text          NOT NULL CHECK (order_type IN ('new', 'renewal')),
    term_number     smallint      NOT NULL,
    boxes_in_term   smallint      NOT NULL,
    unit_price      numeric(8,2)  NOT NULL,
    gross_amount    numeric(10,2) NOT NULL,
    discount_amount numeric(10,2) NOT NULL,
    net_amount      numeric(10,2) NOT NULL,
    promo_code      text,
    payment_method  text          NOT NULL,
    payment_status  text          NOT NULL CHECK (payment_status IN ('paid', 'failed', 'refunded'))
);

INSERT INTO fact_order
WITH cust AS (
    SELECT DISTINCT customer_id, right(customer_id, 5)::integer AS n, signup_date
    FROM dim_customer
), subs AS (
    SELECT c.*, p.plan_sk, p.term_months, p.price_per_box,
           CASE p.billing_period
               WHEN 'monthly'   THEN 1 + (c.n * 7) % 14
               WHEN 'quarterly' THEN 1 + c.n % 5
               ELSE 1 + c.n % 2
           END AS planned_terms
    FROM cust c
    CROSS JOIN LATERAL (
        SELECT (ARRAY[1,1,3,5,1,3,7,9,2,3,5,1,4,8,6,1,3,7,5,9])[c.n % 20 + 1] AS wanted
    ) w
    JOIN dim_plan wp ON wp.plan_sk = w.wanted
    JOIN dim_plan p ON p.plan_sk = CASE
            WHEN c.signup_date < wp.launch_date THEN 1
            WHEN wp.plan_sk = 8 AND c.signup_date >= date '2024-07-01' THEN 1
            ELSE wp.plan_sk END
), terms AS (
    SELECT s.*, t AS term_number,
           (s.signup_date + make_interval(months => (t - 1) * s.term_months))::date AS order_date,
           CASE
               WHEN s.n % 13 = 0 AND s.planned_terms >= 3 AND t = 3 THEN 'failed'
               WHEN s.n % 29 = 0 AND t = 1 THEN 'refunded'
               ELSE 'paid'
           END AS payment_status
    FROM subs s
    CROSS JOIN LATERAL generate_series(1, CASE WHEN s.n % 13 = 0 AND s.planned_terms >= 3 THEN 3
                                               ELSE s.planned_terms END) AS g(t)
), priced AS (
    SELECT t.*,
           t.price_per_box
             + CASE WHEN t.order_date >= date '2023-04-01' THEN 0.50 ELSE 0 END
             + CASE WHEN t.order_date >= date '2024-04-01' THEN 1.00 ELSE 0 END
             + CASE WHEN t.order_date >= date '2025-04-01' THEN 0.75 ELSE 0 END AS unit_price,
           CASE WHEN t.term_number = 1 AND extract(month FROM t.order_date) = 11
                     AND extract(day FROM t.order_date) >= 20 THEN 'BLACKFRIDAY'
                WHEN t.term_number = 1 AND t.n % 4 = 0 THEN 'WELCOME20'
                WHEN t.term_number = 4 AND t.n % 5 = 0 THEN 'LOYAL10'
           END AS promo_code
    FROM terms t
    WHERE t.order_date <= date '2025-12-31'
), amounts AS (
    SELECT p.*,
           p.unit_price * p.term_months AS gross_amount,
           round(p.unit_price * p.term_months *
                 CASE p.promo_code WHEN 'WELCOME20' THEN 0.20 WHEN 'LOYAL10' THEN 0.10
                                   WHEN 'BLACKFRIDAY' THEN 0.30 ELSE 0 END, 2) AS discount_amount
    FROM priced p
)
SELECT row_number() OVER (ORDER BY a.order_date, a.n)::integer AS order_sk,
       'BX-' || to_char(a.order_date, 'YYMM') || '-' || lpad(a.n::text, 4, '0') || '-' || a.term_number::text,
       dc.customer_sk,
       a.plan_sk,
       to_char(a.order_date, 'YYYYMMDD')::integer,
       CASE WHEN a.term_number = 1 THEN 'new' ELSE 'renewal' END,
       a.term_number,
       a.term_months,
       a.unit_price,
       a.gross_amount,
       a.discount_amount,
       a.gross_amount - a.discount_amount,
       a.promo_code,
       (ARRAY['card','card','card','paypal','apple pay','card','paypal'])[a.n % 7 + 1],
       a.payment_status
FROM amounts a
JOIN dim_customer dc ON dc.customer_id = a.customer_id
                    AND a.order_date BETWEEN dc.valid_from AND dc.valid_to;

-- Renewals: every time a term came up for renewal, and what happened.
CREATE TABLE fact_renewal (
    renewal_sk           integer  PRIMARY KEY,
    customer_sk          integer  NOT NULL REFERENCES dim_customer (customer_sk),
    plan_sk              smallint NOT NULL REFERENCES dim_plan (plan_sk),
    previous_order_sk    integer  NOT NULL REFERENCES fact_order (order_sk),
    renewal_due_date_sk  integer  NOT NULL REFERENCES dim_date (date_sk),
    outcome              text     NOT NULL CHECK (outcome IN ('renewed', 'cancelled', 'payment_failed')),
    renewal_order_sk     integer  REFERENCES fact_order (order_sk),
    cancel_reason        text
);

INSERT INTO fact_renewal
WITH o AS (
    SELECT fo.*, dc.customer_id, right(dc.customer_id, 5)::integer AS n, d.full_date AS order_date,
           p.term_months
    FROM fact_order fo
    JOIN dim_customer dc ON dc.customer_sk = fo.customer_sk
    JOIN dim_date d ON d.date_sk = fo.order_date_sk
    JOIN dim_plan p ON p.plan_sk = fo.plan_sk
), ev AS (
    SELECT o.*,
           (o.order_date + make_interval(months => o.term_months))::date AS due_date,
           nx.order_sk AS next_order_sk,
           nx.payment_status AS next_status
    FROM o
    LEFT JOIN o nx ON nx.customer_id = o.customer_id AND nx.term_number = o.term_number + 1
    WHERE o.payment_status <> 'failed'
)
SELECT row_number() OVER (ORDER BY ev.due_date, ev.n)::integer,
       dc.customer_sk,
       ev.plan_sk,
       ev.order_sk,
       to_char(ev.due_date, 'YYYYMMDD')::integer,
       CASE WHEN ev.next_order_sk IS NULL THEN 'cancelled'
            WHEN ev.next_status = 'failed' THEN 'payment_failed'
            ELSE 'renewed' END,
       ev.next_order_sk,
       CASE WHEN ev.next_order_sk IS NULL AND ev.n % 7 <> 0 THEN
           (ARRAY['too expensive','too many similar items','moving house','did not like the products',
                  'switching to a competitor','taking a break','too expensive','did not like the products'])[(ev.n / 7) % 8 + 1]
       END
FROM ev
JOIN dim_customer dc ON dc.customer_id = ev.customer_id
                    AND ev.due_date BETWEEN dc.valid_from AND dc.valid_to
WHERE ev.due_date <= date '2025-12-31';

-- Boxes shipped: one row per box sent to a customer.
CREATE TABLE fact_box_shipment (
    shipment_sk       integer      PRIMARY KEY,
    tracking_number   text         NOT NULL UNIQUE,
    order_sk          integer      NOT NULL REFERENCES fact_order (order_sk),
    customer_sk       integer      NOT NULL REFERENCES dim_customer (customer_sk),
    plan_sk           smallint     NOT NULL REFERENCES dim_plan (plan_sk),
    edition_sk        integer      NOT NULL REFERENCES dim_box_edition (edition_sk),
    carrier_sk        smallint     NOT NULL REFERENCES dim_carrier (carrier_sk),
    ship_date_sk      integer      NOT NULL REFERENCES dim_date (date_sk),
    promised_date_sk  integer      NOT NULL REFERENCES dim_date (date_sk),
    delivered_date_sk integer      REFERENCES dim_date (date_sk),
    delivery_status   text         NOT NULL CHECK (delivery_status IN ('delivered', 'in_transit', 'lost', 'returned_to_sender')),
    package_weight_kg numeric(5,2) NOT NULL,
    shipping_cost     numeric(8,2) NOT NULL
);

INSERT INTO fact_box_shipment
WITH o AS (
    SELECT fo.order_sk, fo.plan_sk, fo.boxes_in_term, dc.customer_id,
           right(dc.customer_id, 5)::integer AS n, d.full_date AS order_date, p.box_theme
    FROM fact_order fo
    JOIN dim_customer dc ON dc.customer_sk = fo.customer_sk
    JOIN dim_date d ON d.date_sk = fo.order_date_sk
    JOIN dim_plan p ON p.plan_sk = fo.plan_sk
    WHERE fo.payment_status <> 'failed'
), boxes AS (
    SELECT o.*, b,
           (o.order_date + make_interval(months => b))::date + (1 + o.n % 3) AS ship_date
    FROM o
    CROSS JOIN LATERAL generate_series(0, o.boxes_in_term - 1) AS g(b)
), numbered AS (
    SELECT bx.*, row_number() OVER (ORDER BY bx.ship_date, bx.order_sk, bx.b)::integer AS sk
    FROM boxes bx
    WHERE bx.ship_date <= date '2025-12-31'
), routed AS (
    SELECT nb.*, dc.customer_sk, e.edition_sk,
           CASE
               WHEN dc.region = 'London' AND nb.sk % 3 = 0 THEN 5
               WHEN nb.ship_date >= date '2024-01-01' AND nb.sk % 4 = 1 THEN 4
               ELSE (ARRAY[1,2,3])[nb.sk % 3 + 1]
           END AS carrier_sk,
           CASE nb.box_theme WHEN 'snack' THEN 0.90 WHEN 'coffee' THEN 0.85 WHEN 'wellness' THEN 1.10
                             WHEN 'kids' THEN 1.30 ELSE 2.40 END + (nb.sk % 5) * 0.05 AS weight
    FROM numbered nb
    JOIN dim_customer dc ON dc.customer_id = nb.customer_id
                        AND nb.ship_date BETWEEN dc.valid_from AND dc.valid_to
    JOIN dim_box_edition e ON e.box_theme = nb.box_theme
                          AND e.edition_month = date_trunc('month', nb.ship_date)::date
), timed AS (
    SELECT r.*, c.promised_transit_days, c.base_rate, c.rate_per_kg,
           r.ship_date + c.promised_transit_days AS promised_date,
           r.ship_date + c.promised_transit_days
             + CASE WHEN r.sk % 7 = 0 THEN 2
                    WHEN r.sk % 11 = 0 THEN 1
                    WHEN r.carrier_sk = 3 AND r.sk % 4 = 0 THEN 1
                    WHEN r.sk % 5 = 0 AND c.promised_transit_days > 1 THEN -1
                    ELSE 0 END AS arrival_date
    FROM routed r
    JOIN dim_carrier c ON c.carrier_sk = r.carrier_sk
), statused AS (
    SELECT t.*,
           CASE WHEN t.sk % 97 = 0 THEN 'lost'
                WHEN t.sk % 61 = 0 THEN 'returned_to_sender'
                WHEN t.arrival_date > date '2025-12-31' THEN 'in_transit'
                ELSE 'delivered' END AS delivery_status
    FROM timed t
)
SELECT s.sk,
       (ARRAY['PW','SP','NL','GV','CH'])[s.carrier_sk] || lpad((s.sk * 7919 % 1000000)::text, 6, '0') || lpad(s.sk::text, 5, '0'),
       s.order_sk,
       s.customer_sk,
       s.plan_sk,
       s.edition_sk,
       s.carrier_sk,
       to_char(s.ship_date, 'YYYYMMDD')::integer,
       to_char(least(s.promised_date, date '2025-12-31'), 'YYYYMMDD')::integer,
       CASE WHEN s.delivery_status = 'delivered' THEN to_char(s.arrival_date, 'YYYYMMDD')::integer END,
       s.delivery_status,
       s.weight,
       round(s.base_rate + s.rate_per_kg * s.weight, 2)
FROM statused s;

-- Returns: single items sent back from a delivered box.
CREATE TABLE fact_return (
    return_sk       integer      PRIMARY KEY,
    shipment_sk     integer      NOT NULL REFERENCES fact_box_shipment (shipment_sk),
    customer_sk     integer      NOT NULL REFERENCES dim_customer (customer_sk),
    product_sk      smallint     NOT NULL REFERENCES dim_product (product_sk),
    return_date_sk  integer      NOT NULL REFERENCES dim_date (date_sk),
    return_reason   text         NOT NULL,
    quantity        smallint     NOT NULL,
    refund_amount   numeric(8,2) NOT NULL,
    is_restockable  boolean      NOT NULL
);

INSERT INTO fact_return
WITH picked AS (
    SELECT s.shipment_sk, s.edition_sk, dc.customer_id, dd.full_date AS delivered_date,
           s.shipment_sk / 17 AS k
    FROM fact_box_shipment s
    JOIN dim_customer dc ON dc.customer_sk = s.customer_sk
    JOIN dim_date dd ON dd.date_sk = s.delivered_date_sk
    WHERE s.delivery_status = 'delivered' AND s.shipment_sk % 17 = 0
), items AS (
    SELECT p.*, bc.product_sk, pr.is_food, pr.retail_price,
           row_number() OVER (PARTITION BY p.shipment_sk ORDER BY bc.product_sk) - 1 AS j,
           count(*) OVER (PARTITION BY p.shipment_sk) AS items
    FROM picked p
    JOIN fact_box_content bc ON bc.edition_sk = p.edition_sk
    JOIN dim_product pr ON pr.product_sk = bc.product_sk
), chosen AS (
    SELECT i.*,
           i.delivered_date + 3 + i.shipment_sk % 9 AS return_date,
           CASE WHEN i.is_food THEN
                    (ARRAY['damaged in transit','past best-before date','allergy concern',
                           'damaged in transit','did not like it','not as described'])[i.k % 6 + 1]
                ELSE
                    (ARRAY['damaged in transit','not as described','did not like it',
                           'damaged in transit','wrong item','did not like it'])[i.k % 6 + 1]
           END AS reason
    FROM items i
    WHERE i.j = i.k % i.items
)
SELECT row_number() OVER (ORDER BY c.return_date, c.shipment_sk)::integer,
       c.shipment_sk,
       dc.customer_sk,
       c.product_sk,
       to_char(c.return_date, 'YYYYMMDD')::integer,
       c.reason,
       1,
       CASE WHEN c.reason = 'did not like it' THEN 0 ELSE c.retail_price END,
       c.reason IN ('did not like it', 'wrong item', 'not as described')
FROM chosen c
JOIN dim_customer dc ON dc.customer_id = c.customer_id
                    AND c.return_date BETWEEN dc.valid_from AND dc.valid_to
WHERE c.return_date <= date '2025-12-31';

-- Support contacts handled by the customer care team.
CREATE TABLE fact_support_contact (
    contact_sk             integer  PRIMARY KEY,
    customer_sk            integer  NOT NULL REFERENCES dim_customer (customer_sk),
    agent_sk               smallint NOT NULL REFERENCES dim_agent (agent_sk),
    contact_date_sk        integer  NOT NULL REFERENCES dim_date (date_sk),
    channel                text     NOT NULL,
    contact_reason         text     NOT NULL,
    handle_time_minutes    integer  NOT NULL,
    resolved_first_contact boolean  NOT NULL,
    csat_score             smallint CHECK (csat_score BETWEEN 1 AND 5)
);

INSERT INTO fact_support_contact
WITH raw AS (
    SELECT i,
           'C' || lpad((CASE WHEN i % 4 = 0 THEN (i / 4 * 7) % 45 + 1
                             ELSE (i * 37) % 300 + 1 END)::text, 5, '0') AS customer_id,
           (ARRAY['email','email','chat','chat','chat','phone','phone','email','social','chat'])[(i * 7) % 10 + 1] AS channel,
           (ARRAY['where is my box','where is my box','damaged item','missing item','billing question',
                  'billing question','change plan','cancel subscription','skip a month','update address',
                  'where is my box'])[(i * 5) % 11 + 1] AS reason
    FROM generate_series(1, 560) AS g(i)
), dated AS (
    SELECT r.*, c.signup_date + (r.i * 11) % 500 AS contact_date,
           CASE WHEN r.reason IN ('where is my box','damaged item','missing item') THEN 'Fulfilment'
                WHEN r.reason IN ('billing question','cancel subscription') THEN 'Billing'
                ELSE 'General' END AS team
    FROM raw r
    JOIN (SELECT DISTINCT customer_id, signup_date FROM dim_customer) c ON c.customer_id = r.customer_id
), scored AS (
    SELECT d.*,
           CASE d.channel WHEN 'phone' THEN 6 + (d.i * 13) % 25
                          WHEN 'chat'  THEN 4 + (d.i * 7) % 18
                          WHEN 'email' THEN 3 + d.i % 12
                          ELSE 2 + d.i % 8 END AS minutes,
           (d.i % 6 <> 0) AND NOT (d.reason = 'missing item' AND d.i % 2 = 0) AS resolved
    FROM dated d
    WHERE d.contact_date <= date '2025-12-31'
)
SELECT row_number() OVER (ORDER BY s.contact_date, s.i)::integer,
       dc.customer_sk,
       a.agent_sk,
       to_char(s.contact_date, 'YYYYMMDD')::integer,
       s.channel,
       s.reason,
       s.minutes,
       s.resolved,
       CASE WHEN s.i % 4 = 0 THEN NULL
            WHEN s.resolved THEN 3 + (s.i * 7) % 3
            ELSE 1 + s.i % 3 END
FROM scored s
JOIN dim_customer dc ON dc.customer_id = s.customer_id
                    AND s.contact_date BETWEEN dc.valid_from AND dc.valid_to
CROSS JOIN LATERAL (
    SELECT ag.agent_sk
    FROM dim_agent ag
    WHERE ag.team = s.team
      AND ag.hire_date <= s.contact_date
      AND (ag.leave_date IS NULL OR ag.leave_date >= s.contact_date)
    ORDER BY (s.i * 7 + ag.agent_sk * 3) % 17, ag.agent_sk
    LIMIT 1
) a;

COMMIT;

ANALYZE;
