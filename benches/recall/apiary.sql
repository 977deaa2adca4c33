-- Hillside Hives: a small honey-producing beekeeping business in the Welsh Marches.
-- Colonies live in hives kept at apiaries (out-apiaries on land lent by farms, estates,
-- a parish council and private owners); each hive records its queen's year and breed.
-- Beekeepers log inspections (brood, queen, queen cells, varroa mite count, temper),
-- varroa treatments and honey harvests (kg taken from one hive at one extraction).
-- Honey is bottled into jar batches and sold to shops and cafes (on invoice) and on
-- our own stalls at farmers' markets (cash or card).
-- State: hives keep their current status (active / dead / sold / united) with removed_on;
-- everything else is dated events. Money in GBP (numeric, 2 dp); weights in kilograms
-- (columns ending _kg); all dates are plain dates. Data runs 2023-01-01 to 2025-06-30;
-- the extract was taken on 2025-07-01.

CREATE TABLE counties (
    counties_pk   integer PRIMARY KEY,
    county_name   text NOT NULL UNIQUE,
    country       text NOT NULL CHECK (country IN ('England', 'Wales'))
);

CREATE TABLE landowners (
    landowners_pk      integer PRIMARY KEY,
    landowner_name     text NOT NULL UNIQUE,
    landowner_kind     text NOT NULL CHECK (landowner_kind IN ('farm', 'estate', 'council', 'private')),
    phone              text,
    rent_jars_per_year integer NOT NULL DEFAULT 0 CHECK (rent_jars_per_year >= 0)  -- rent is paid in jars of honey
);

CREATE TABLE apiaries (
    apiaries_pk    integer PRIMARY KEY,
    apiary_name    text NOT NULL UNIQUE,
    counties_fk    integer NOT NULL REFERENCES counties (counties_pk),
    landowners_fk  integer NOT NULL REFERENCES landowners (landowners_pk),
    established_on date NOT NULL,
    altitude_m     integer CHECK (altitude_m > 0),
    near_heather   boolean NOT NULL DEFAULT false,
    is_active      boolean NOT NULL DEFAULT true
);

CREATE TABLE breeds (
    breeds_pk   integer PRIMARY KEY,
    breed_name  text NOT NULL UNIQUE
);

CREATE TABLE hives (
    hives_pk      integer PRIMARY KEY,
    hive_code     text NOT NULL UNIQUE,
    apiaries_fk   integer NOT NULL REFERENCES apiaries (apiaries_pk),
    breeds_fk     integer NOT NULL REFERENCES breeds (breeds_pk),          -- breed of the current queen
    hive_type     text NOT NULL CHECK (hive_type IN ('National', 'WBC', 'Langstroth', 'Top bar')),
    queen_year    integer CHECK (queen_year BETWEEN 2015 AND 2025),     -- NULL: queen of unknown age
    queen_marked  boolean NOT NULL,
    installed_on  date NOT NULL,
    status        text NOT NULL CHECK (status IN ('active', 'dead', 'sold', 'united')),
    removed_on    date,
    CHECK ((status = 'active') = (removed_on IS NULL)),
    CHECK (removed_on IS NULL OR removed_on > installed_on)
);

CREATE TABLE inspections (
    inspections_pk    integer PRIMARY KEY,
    hives_fk          integer NOT NULL REFERENCES hives (hives_pk),
    inspected_on      date NOT NULL,
    brood_seen        boolean NOT NULL,
    queen_seen        boolean NOT NULL,
    queen_cells_seen  boolean NOT NULL,
    varroa_count      integer CHECK (varroa_count >= 0),                  -- mites on the sample; NULL when not counted
    temperament_score smallint NOT NULL CHECK (temperament_score BETWEEN 1 AND 5),  -- 1 very calm .. 5 very defensive
    duration_minutes  integer NOT NULL CHECK (duration_minutes > 0)
);

CREATE TABLE treatment_products (
    treatment_products_pk integer PRIMARY KEY,
    product_name          text NOT NULL UNIQUE,
    active_ingredient     text NOT NULL,
    application_method    text NOT NULL CHECK (application_method IN ('trickle', 'vapour', 'strip', 'gel tray', 'pad')),
    is_organic            boolean NOT NULL
);

CREATE TABLE treatments (
    treatments_pk          integer PRIMARY KEY,
    hives_fk               integer NOT NULL REFERENCES hives (hives_pk),
    treatment_products_fk  integer NOT NULL REFERENCES treatment_products (treatment_products_pk),
    started_on             date NOT NULL,
    duration_days          integer NOT NULL CHECK (duration_days > 0),
    cost_gbp               numeric(6,2) NOT NULL CHECK (cost_gbp >= 0)
);

CREATE TABLE honey_types (
    honey_types_pk   integer PRIMARY KEY,
    honey_type_name  text NOT NULL UNIQUE,
    season           text NOT NULL CHECK (season IN ('spring', 'summer', 'late summer'))
);

CREATE TABLE harvests (
    harvests_pk     integer PRIMARY KEY,
    hives_fk        integer NOT NULL REFERENCES hives (hives_pk),
    honey_types_fk  integer NOT NULL REFERENCES honey_types (honey_types_pk),
    harvested_on    date NOT NULL,
    weight_kg       numeric(6,2) NOT NULL CHECK (weight_kg > 0),
    supers_taken    smallint NOT NULL CHECK (supers_taken BETWEEN 1 AND 4),
    moisture_pct    numeric(4,1) CHECK (moisture_pct BETWEEN 14 AND 22)  -- refractometer reading; NULL when not taken
);

CREATE TABLE jar_sizes (
    jar_sizes_pk         integer PRIMARY KEY,
    size_label           text NOT NULL UNIQUE,
    net_weight_kg        numeric(5,3) NOT NULL CHECK (net_weight_kg > 0),
    retail_price_gbp     numeric(6,2) NOT NULL,                          -- current list prices
    wholesale_price_gbp  numeric(6,2) NOT NULL,
    CHECK (wholesale_price_gbp < retail_price_gbp)
);

CREATE TABLE jar_batches (
    jar_batches_pk  integer PRIMARY KEY,
    honey_types_fk  integer NOT NULL REFERENCES honey_types (honey_types_pk),
    jar_sizes_fk    integer NOT NULL REFERENCES jar_sizes (jar_sizes_pk),
    bottled_on      date NOT NULL,
    jars_filled     integer NOT NULL CHECK (jars_filled > 0),
    is_set          boolean NOT NULL,                                    -- set (creamed) rather than runny honey
    best_before     date NOT NULL,
    CHECK (best_before > bottled_on)
);

CREATE TABLE customers (
    customers_pk   integer PRIMARY KEY,
    customer_name  text NOT NULL UNIQUE,
    customer_type  text NOT NULL CHECK (customer_type IN ('shop', 'market', 'cafe')),
    counties_fk    integer NOT NULL REFERENCES counties (counties_pk),
    email          text,
    since_on       date NOT NULL,
    is_active      boolean NOT NULL DEFAULT true
);

CREATE TABLE sales (
    sales_pk        integer PRIMARY KEY,
    customers_fk    integer NOT NULL REFERENCES customers (customers_pk),
    jar_batches_fk  integer NOT NULL REFERENCES jar_batches (jar_batches_pk),
    sold_on         date NOT NULL,
    jars_sold       integer NOT NULL CHECK (jars_sold > 0),
    unit_price_gbp  numeric(6,2) NOT NULL CHECK (unit_price_gbp > 0),
    payment_method  text NOT NULL CHECK (payment_method IN ('cash', 'card', 'invoice')),
    is_paid         boolean NOT NULL
);

-- ---------------------------------------------------------------- lookups and entities

INSERT INTO counties VALUES
    (1, 'Herefordshire',   'England'),
    (2, 'Shropshire',      'England'),
    (3, 'Worcestershire',  'England'),
    (4, 'Powys',           'Wales'),
    (5, 'Gloucestershire', 'England');

INSERT INTO landowners VALUES
    (1, 'Gwen Pritchard',        'farm',    '01568 771204', 6),
    (2, 'Marcher Estates Ltd',   'estate',  '01694 720118', 12),
    (3, 'Tom Bevan',             'farm',    NULL,           4),
    (4, 'Ludley Parish Council', 'council', '01684 592330', 0),
    (5, 'Ann Halloran',          'private', NULL,           2),
    (6, 'Crickley Orchards',     'farm',    '01432 820415', 8),
    (7, 'Elan Hill Estate',      'estate',  '01597 811622', 10);

INSERT INTO apiaries VALUES
    (1,  'Orchard Bottom',      1, 6, '2016-04-12', 95,   false, true),
    (2,  'Kingsfold Farm',      1, 1, '2017-05-02', 120,  false, true),
    (3,  'Long Mynd Edge',      2, 2, '2018-03-28', 310,  true,  true),
    (4,  'Brockhill Lane',      3, 3, '2019-04-18', 70,   false, true),
    (5,  'Stiperstones Hollow', 2, 2, '2020-05-06', 345,  true,  true),
    (6,  'Teme Meadow',         3, 3, '2020-06-15', 60,   false, true),
    (7,  'Radnor Forest Gate',  4, 7, '2021-04-22', 420,  true,  true),
    (8,  'Cider Mill Yard',     1, 6, '2021-05-20', 85,   false, true),
    (9,  'Severn Bank',         5, 4, '2023-04-14', NULL, false, true),
    (10, 'Wyre Clearing',       3, 5, '2019-07-01', NULL, false, false);

INSERT INTO breeds VALUES
    (1, 'Buckfast'),
    (2, 'Carniolan'),
    (3, 'Native black'),
    (4, 'Italian'),
    (5, 'Local mixed');

-- hives: uneven numbers per apiary; attributes derived from the hive number
INSERT INTO hives
SELECT h,
       a.prefix || '-' || lpad(g::text, 2, '0'),
       a.ap,
       CASE WHEN a.ap = 7 THEN 3
            WHEN h % 10 < 5 THEN 1
            WHEN h % 10 IN (5, 6) THEN 2
            WHEN h % 10 = 7 THEN 3
            WHEN h % 10 = 8 THEN 4
            ELSE 5 END,
       CASE WHEN h % 17 = 0 THEN 'Top bar'
            WHEN h % 7 = 5 THEN 'WBC'
            WHEN h % 7 = 6 THEN 'Langstroth'
            ELSE 'National' END,
       CASE WHEN h % 11 = 0 THEN NULL
            WHEN inst >= date '2023-01-01' THEN extract(year FROM inst)::int + (h % 3 = 0 AND h % 23 <> 0)::int
            ELSE 2019 + (h * 7) % 5 END,
       (h % 11 <> 0 AND h % 4 <> 1),
       inst,
       CASE WHEN a.ap = 10 THEN 'sold'
            WHEN h % 13 = 0 OR h % 19 = 0 THEN 'dead'
            WHEN h % 23 = 0 THEN 'united'
            ELSE 'active' END,
       CASE WHEN a.ap = 10 THEN date '2024-08-20'
            WHEN h % 13 = 0 THEN date '2024-02-10' + h % 20
            WHEN h % 19 = 0 THEN date '2025-03-05' + h % 9
            WHEN h % 23 = 0 THEN date '2023-09-20' + h % 5
            ELSE NULL END
FROM (
    SELECT a.ap, a.prefix, g,
           (row_number() OVER (ORDER BY a.ap, g))::int AS h
    FROM (VALUES (1, 'OB', 12), (2, 'KF', 10), (3, 'LM', 8), (4, 'BL', 9), (5, 'SH', 6),
                 (6, 'TM', 7), (7, 'RF', 5), (8, 'CM', 8), (9, 'SB', 4), (10, 'WC', 3)) AS a(ap, prefix, n)
    CROSS JOIN LATERAL generate_series(1, a.n) AS g
) a
CROSS JOIN LATERAL (
    SELECT CASE WHEN a.ap = 9 THEN date '2023-04-20' + a.g * 5
                WHEN a.h % 6 = 0 THEN date '2023-05-10' + a.h % 40
                WHEN a.h % 9 = 0 THEN date '2024-05-15' + a.h % 30
                ELSE date '2019-04-01' + (a.h * 53) % 1200 END AS inst
) i;

-- ---------------------------------------------------------------- inspections
-- weekly in May/June, fortnightly in April, July and August, occasional in March,
-- September and October, very rare winter checks; the remote Radnor site is visited less.
INSERT INTO inspections
SELECT i, hives_pk, d,
       NOT ((m IN (2, 10) AND i % 2 = 0) OR i % 23 = 0),
       (i * 7) % 10 < CASE WHEN queen_marked THEN 7 ELSE 5 END,
       (m IN (5, 6) AND i % 6 = 0) OR (m = 4 AND i % 15 = 0),
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE (CASE m WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 4 THEN 3 WHEN 5 THEN 4 WHEN 6 THEN 7
                         WHEN 7 THEN 10 WHEN 8 THEN 15 WHEN 9 THEN 12 ELSE 6 END)
                 + (i * 13) % 9 + (hives_pk % 5) * 2 - CASE WHEN y = 2025 THEN 2 ELSE 0 END
       END,
       least(5, CASE breeds_fk WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 4 THEN 2 ELSE 3 END
                + ((i * 7) % 5 = 0)::int + (i % 4 = 0)::int + (m IN (8, 9) AND i % 3 = 0)::int),
       10 + (i * 7) % 26 + CASE WHEN m IN (5, 6) THEN 10 ELSE 0 END
FROM (
    SELECT (row_number() OVER (ORDER BY d, hives_pk))::int AS i, c.*
    FROM (
        SELECT h.hives_pk, h.breeds_fk, h.apiaries_fk, h.queen_marked, w, d,
               extract(month FROM d)::int AS m, extract(year FROM d)::int AS y
        FROM hives h
        CROSS JOIN generate_series(0, 130) AS w
        CROSS JOIN LATERAL (SELECT date '2023-01-02' + 7 * w + h.hives_pk % 4 AS d) dd
        WHERE d >= h.installed_on + 3
          AND (h.removed_on IS NULL OR d < h.removed_on)
          AND d <= date '2025-06-30'
    ) c
    WHERE CASE WHEN m IN (5, 6) THEN true
               WHEN m IN (4, 7, 8) THEN (w + hives_pk) % 2 = 0
               WHEN m IN (3, 9) THEN (w + hives_pk) % 4 = 0
               WHEN m = 10 THEN (w + hives_pk) % 6 = 0
               WHEN m = 2 THEN (w + hives_pk) % 13 = 0
               ELSE false END
      AND NOT (apiaries_fk = 7 AND w % 3 = 0)
) x;

-- ---------------------------------------------------------------- treatments
INSERT INTO treatment_products VALUES
    (1, 'Oxalic trickle', 'oxalic acid', 'trickle',  true),
    (2, 'Apiguard',       'thymol',      'gel tray', true),
    (3, 'Apivar',         'amitraz',     'strip',    false),
    (4, 'MAQS',           'formic acid', 'strip',    true),
    (5, 'ApiLife Var',    'thymol',      'pad',      true),
    (6, 'Oxalic vapour',  'oxalic acid', 'vapour',   true),
    (7, 'Bayvarol',       'flumethrin',  'strip',    false),
    (8, 'PolyVar Yellow', 'flumethrin',  'strip',    false);

INSERT INTO treatments
SELECT (row_number() OVER (ORDER BY t.started_on, t.hives_pk))::int, t.hives_pk, t.product, t.started_on, t.days, t.cost
FROM (
    -- winter oxalic rounds
    SELECT h.hives_pk, r.d + h.apiaries_fk % 5 AS started_on,
           CASE WHEN r.yr = 2024 AND h.apiaries_fk <= 5 THEN 6 ELSE 1 END AS product,
           1 AS days,
           CASE WHEN r.yr = 2024 AND h.apiaries_fk <= 5 THEN 0.40 ELSE 0.85 END AS cost
    FROM hives h
    CROSS JOIN (VALUES (2022, date '2023-01-05'), (2023, date '2023-12-27'), (2024, date '2024-12-28')) AS r(yr, d)
    WHERE h.installed_on <= r.d AND (h.removed_on IS NULL OR h.removed_on > r.d + 5)
    UNION ALL
    -- late-summer rounds after the honey is off
    SELECT h.hives_pk, r.d + h.apiaries_fk * 2,
           CASE WHEN h.apiaries_fk = 7 THEN 5 WHEN h.hives_pk % 3 = 0 THEN 3 ELSE 2 END,
           CASE WHEN h.apiaries_fk = 7 THEN 28 WHEN h.hives_pk % 3 = 0 THEN 42 ELSE 28 END,
           CASE WHEN h.apiaries_fk = 7 THEN 7.40 WHEN h.hives_pk % 3 = 0 THEN 9.20 ELSE 6.50 END
             + CASE WHEN r.yr = 2024 THEN 0.40 ELSE 0 END
    FROM hives h
    CROSS JOIN (VALUES (2023, date '2023-08-14'), (2024, date '2024-08-12')) AS r(yr, d)
    WHERE h.installed_on <= r.d AND (h.removed_on IS NULL OR h.removed_on > r.d + 20)
      AND h.hives_pk % 8 <> CASE WHEN r.yr = 2023 THEN 7 ELSE 3 END
    UNION ALL
    -- spring formic acid for colonies with a mite problem
    SELECT h.hives_pk, r.d + h.hives_pk % 6, 4, 7, CASE WHEN r.yr = 2024 THEN 7.80 ELSE 8.10 END
    FROM hives h
    CROSS JOIN (VALUES (2024, date '2024-04-20', 5), (2025, date '2025-04-22', 4)) AS r(yr, d, k)
    WHERE h.installed_on <= r.d AND (h.removed_on IS NULL OR h.removed_on > r.d + 10)
      AND h.hives_pk % r.k = 0
) t;

-- ---------------------------------------------------------------- harvests
INSERT INTO honey_types VALUES
    (1, 'Spring blossom',    'spring'),
    (2, 'Oilseed rape',      'spring'),
    (3, 'Summer wildflower', 'summer'),
    (4, 'Lime',              'summer'),
    (5, 'Heather',           'late summer');

INSERT INTO harvests
SELECT (row_number() OVER (ORDER BY x.d, x.hives_pk))::int, x.hives_pk, x.ht, x.d, x.kg,
       least(4, 1 + floor(x.kg / 9))::smallint,
       CASE WHEN (x.hives_pk + x.kind) % 11 = 0 THEN NULL
            ELSE 16.4 + ((x.hives_pk * 3 + x.yr + x.kind) % 30) / 10.0 + CASE WHEN x.ht = 5 THEN 1 ELSE 0 END END
FROM (
    SELECT h.hives_pk, e.kind, e.yr,
           e.d + h.apiaries_fk % 5 AS d,
           CASE e.kind WHEN 1 THEN CASE WHEN h.apiaries_fk IN (2, 4, 6) THEN 2 ELSE 1 END
                       WHEN 2 THEN 4 WHEN 3 THEN 3 ELSE 5 END AS ht,
           round(CASE e.kind
                   WHEN 1 THEN 5 + (h.hives_pk * 7 + e.yr) % 10 + ((h.hives_pk * 3) % 10) / 10.0
                               + CASE WHEN e.yr = 2025 THEN 2 ELSE 0 END
                               + CASE WHEN h.apiaries_fk IN (2, 4, 6) THEN 3 ELSE 0 END
                   WHEN 2 THEN 5 + (h.hives_pk * 5 + e.yr) % 8 + ((h.hives_pk * 7) % 10) / 10.0
                   WHEN 3 THEN (10 + (h.hives_pk * 11 + e.yr) % 16 + ((h.hives_pk + e.yr) % 10) / 10.0)
                               * CASE WHEN e.yr = 2024 THEN 0.7 ELSE 1 END
                   ELSE 3 + (h.hives_pk * 5 + e.yr) % 8 + 0.45
                 END, 2) AS kg
    FROM hives h
    JOIN (VALUES (1, 2023, date '2023-05-27'), (2, 2023, date '2023-07-08'), (3, 2023, date '2023-08-06'), (4, 2023, date '2023-09-08'),
                 (1, 2024, date '2024-05-29'), (2, 2024, date '2024-07-09'), (3, 2024, date '2024-08-05'), (4, 2024, date '2024-09-07'),
                 (1, 2025, date '2025-05-28')) AS e(kind, yr, d)
      ON (e.kind <> 2 OR h.apiaries_fk IN (1, 8))
     AND (e.kind <> 4 OR h.apiaries_fk IN (3, 5, 7))
    WHERE h.installed_on <= e.d - 90
      AND (h.removed_on IS NULL OR h.removed_on > e.d + 5)
      AND (h.hives_pk + e.yr + e.kind) % 7 <> 0
) x;

-- ---------------------------------------------------------------- bottling
INSERT INTO jar_sizes VALUES
    (1, '227 g jar',      0.227, 5.50,  3.80),
    (2, '340 g jar',      0.340, 7.50,  5.20),
    (3, '454 g jar',      0.454, 9.00,  6.30),
    (4, 'Cut comb 200 g', 0.200, 8.50,  6.00),
    (5, '3 kg tub',       3.000, 36.00, 27.00);

-- product lines bottled in given calendar months, 2023-01 .. 2025-06
INSERT INTO jar_batches
SELECT (row_number() OVER (ORDER BY b.bottled_on, b.line))::int, b.ht, b.js, b.bottled_on, b.jars, b.is_set,
       (b.bottled_on + interval '2 years')::date
FROM (
    SELECT l.line, l.ht, l.js, l.is_set,
           (date '2023-01-01' + make_interval(months => k))::date + 3 + (k * 3 + l.line) % 20 AS bottled_on,
           l.base + (k * 37 + l.line * 11) % (l.base / 2 + 1) AS jars
    FROM generate_series(0, 29) AS k
    CROSS JOIN (VALUES (1, 3, 3, false, 120, ARRAY[1,2,3,4,5,6,7,8,9,10,11,12]),
                       (2, 3, 1, false,  50, ARRAY[1,3,5,7,9,11]),
                       (3, 2, 2, true,   64, ARRAY[1,2,3,6,7,8,9,10,11,12]),
                       (4, 1, 2, false,  56, ARRAY[6,7,8,9,10,11]),
                       (5, 4, 1, false,  40, ARRAY[8,9,10,11,12]),
                       (6, 5, 1, false,  48, ARRAY[1,2,10,11,12]),
                       (7, 5, 4, false,  24, ARRAY[9,10]),
                       (8, 3, 5, false,   8, ARRAY[1,2,3,4,5,6,7,8,9,10,11,12]),
                       (9, 3, 3, true,   48, ARRAY[1,11,12])) AS l(line, ht, js, is_set, base, months)
    WHERE (k % 12) + 1 = ANY (l.months)
) b;

-- ---------------------------------------------------------------- customers and sales
INSERT INTO customers VALUES
    (1,  'Leominster Wholefoods',     'shop',   1, 'orders@leominsterwholefoods.co.uk', '2019-03-01', true),
    (2,  'Bromyard Deli',             'shop',   1, 'hello@bromyarddeli.co.uk',          '2020-06-15', true),
    (3,  'Ludlow Larder',             'shop',   2, 'buying@ludlowlarder.co.uk',         '2018-09-01', true),
    (4,  'Kington Farm Shop',         'shop',   1, NULL,                                '2021-04-10', true),
    (5,  'Tenbury Provisions',        'shop',   3, 'tenburyprovisions@mail.co.uk',      '2020-02-01', true),
    (6,  'Church Stretton Stores',    'shop',   2, 'css@strettonstores.co.uk',          '2022-05-20', true),
    (7,  'Clun Valley Shop',          'shop',   2, NULL,                                '2019-07-01', false),
    (8,  'Ledbury Pantry',            'shop',   1, 'pantry@ledbury.co.uk',              '2021-10-01', true),
    (9,  'Presteigne Village Stores', 'shop',   4, 'stores@presteigne.co.uk',           '2022-03-14', true),
    (10, 'Bishops Castle Co-op',      'shop',   2, 'coop@bishopscastle.co.uk',          '2020-11-01', true),
    (11, 'Upton Fine Foods',          'shop',   3, 'info@uptonfinefoods.co.uk',         '2022-08-01', true),
    (12, 'Ross Corner Deli',          'shop',   1, 'deli@rosscorner.co.uk',             '2021-01-15', true),
    (13, 'Knighton Wholesome',        'shop',   4, 'hello@knightonwholesome.co.uk',     '2024-06-01', true),
    (14, 'Malvern Health Store',      'shop',   3, 'buyer@malvernhealth.co.uk',         '2025-06-20', true),
    (15, 'Ludlow Farmers Market',     'market', 2, NULL,                                '2018-05-01', true),
    (16, 'Hereford Farmers Market',   'market', 1, NULL,                                '2019-04-01', true),
    (17, 'Leominster Country Market', 'market', 1, NULL,                                '2020-03-01', true),
    (18, 'Worcester Christmas Fair',  'market', 3, NULL,                                '2021-11-01', true),
    (19, 'Knighton Monthly Market',   'market', 4, NULL,                                '2022-04-01', true),
    (20, 'Stroud Farmers Market',     'market', 5, NULL,                                '2024-04-01', true),
    (21, 'Teme Tea Rooms',            'cafe',   3, 'teme.tearooms@mail.co.uk',          '2021-05-01', true),
    (22, 'The Honeycomb Cafe',        'cafe',   1, 'honeycombcafe@mail.co.uk',          '2020-09-01', true),
    (23, 'Castle Bakery Cafe',        'cafe',   2, 'castlebakery@mail.co.uk',           '2022-02-01', true),
    (24, 'Offa Dyke Coffee House',    'cafe',   4, NULL,                                '2023-09-01', true),
    (25, 'Mortimer Coffee House',     'cafe',   1, 'mortimercoffee@mail.co.uk',         '2025-06-16', true);

-- sale events per customer (shops every 2-4 weeks, markets on their monthly Saturday plus
-- December Saturdays, the Christmas fair only from mid-November, cafes every 4 weeks);
-- each event has one or more lines, each taken from a recently bottled batch.
INSERT INTO sales
SELECT (row_number() OVER (ORDER BY e.d, e.c, e.line))::int,
       e.c, jb.jar_batches_pk, e.d,
       CASE e.ctype
         WHEN 'shop' THEN 6 * (1 + (e.w + e.c + e.line) % 2)
         WHEN 'market' THEN (2 + (e.w * 7 + e.c + e.line * 3) % 10) * CASE WHEN e.mon = 12 THEN 2 ELSE 1 END
         ELSE CASE WHEN jb.jar_sizes_fk = 5 THEN 1 + (e.w + e.c) % 3 ELSE 6 * (1 + (e.w / 2 + e.c + e.line) % 2) END
       END,
       CASE WHEN e.ctype = 'market' THEN js.retail_price_gbp - CASE WHEN e.d < date '2024-04-01' THEN 0.50 ELSE 0 END
            ELSE js.wholesale_price_gbp - CASE WHEN e.d < date '2024-04-01' THEN 0.30 ELSE 0 END END,
       CASE WHEN e.ctype <> 'market' THEN 'invoice'
            WHEN (e.w + e.c + e.line) % 5 < 2 + (e.d >= date '2024-06-01')::int THEN 'card'
            ELSE 'cash' END,
       CASE WHEN e.ctype = 'market' THEN true
            WHEN e.d >= date '2025-06-01' AND (e.w + e.c) % 3 <> 0 THEN false
            WHEN e.c = 7 AND e.d >= date '2024-01-15' THEN false
            WHEN e.c = 12 AND e.d BETWEEN date '2024-10-01' AND date '2024-10-31' THEN false
            ELSE true END
FROM (
    SELECT c.customers_pk AS c, c.customer_type AS ctype, w, d, extract(month FROM d)::int AS mon, line
    FROM customers c
    CROSS JOIN generate_series(0, 129) AS w
    CROSS JOIN LATERAL (
        SELECT date '2023-01-09' + 7 * w + CASE c.customer_type WHEN 'shop' THEN c.customers_pk % 5
                                                                 WHEN 'market' THEN 5 ELSE 2 END AS d
    ) dd
    CROSS JOIN LATERAL generate_series(1, CASE c.customer_type WHEN 'shop' THEN 1 + (w * c.customers_pk) % 2
                                                               WHEN 'market' THEN 2 + (w + c.customers_pk) % 3
                                                               ELSE 1 + (w / 4 + c.customers_pk) % 2 END) AS line
    WHERE d >= c.since_on + 21
      AND d <= date '2025-06-30'
      AND NOT (c.customers_pk = 7 AND d >= date '2024-04-01')
      AND CASE c.customer_type
            WHEN 'shop' THEN (w + c.customers_pk) % (2 + c.customers_pk % 3) = 0
            WHEN 'cafe' THEN (w + c.customers_pk) % 4 = 0
            ELSE CASE WHEN c.customers_pk = 18 THEN (extract(month FROM d) = 11 AND extract(day FROM d) >= 15)
                                                   OR (extract(month FROM d) = 12 AND extract(day FROM d) <= 22)
                      WHEN c.customers_pk IN (16, 19) AND extract(month FROM d) IN (1, 2) THEN false
                      WHEN extract(month FROM d) = 12 AND extract(day FROM d) <= 22 THEN true
                      ELSE (extract(day FROM d)::int - 1) / 7 = c.customers_pk % 4
                 END
          END
) e
CROSS JOIN LATERAL (
    SELECT b.jar_batches_pk, b.jar_sizes_fk
    FROM jar_batches b
    WHERE b.bottled_on <= e.d - 2
      AND b.bottled_on >= e.d - 240
      AND CASE WHEN e.ctype = 'cafe' AND e.line = 1 THEN b.jar_sizes_fk = 5
               WHEN e.ctype = 'cafe' THEN b.jar_sizes_fk = 3
               ELSE b.jar_sizes_fk <> 5 END
    ORDER BY b.bottled_on DESC, b.jar_batches_pk
    OFFSET (e.w * 3 + e.c * 7 + e.line * 5) % CASE WHEN e.ctype = 'cafe' THEN 3 ELSE 8 END
    LIMIT 1
) jb
JOIN jar_sizes js ON js.jar_sizes_pk = jb.jar_sizes_fk;
