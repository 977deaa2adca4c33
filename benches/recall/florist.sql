-- Database of a florist with a delivery service in and around Bristol: customers (private and
-- business accounts), occasions, bouquets and arrangements with the flowers that go into them,
-- flower stock bought from growers at the auctions, orders and order items, delivery drivers and
-- their routes, wedding and funeral events, weekly flower subscriptions, and payments.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).
-- Sample database of the golden set benches/intent/florist.frozen.yaml.

CREATE TABLE customer (
    customer_id      integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    company_name     text,
    is_business      boolean NOT NULL,
    email            text NOT NULL UNIQUE,
    phone            text NOT NULL,
    city             text NOT NULL,
    signup_date      date NOT NULL,
    marketing_opt_in boolean NOT NULL
);

CREATE TABLE occasion (
    occasion_id integer PRIMARY KEY,
    name        text NOT NULL UNIQUE
);

CREATE TABLE grower (
    grower_id integer PRIMARY KEY,
    name      text NOT NULL UNIQUE,
    country   text NOT NULL
);

CREATE TABLE flower (
    flower_id      integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    colour         text NOT NULL,
    flower_type    text NOT NULL CHECK (flower_type IN ('focal', 'filler', 'foliage')),
    vase_life_days integer NOT NULL,
    is_seasonal    boolean NOT NULL
);

CREATE TABLE stock_purchase (
    stock_purchase_id integer PRIMARY KEY,
    grower_id         integer NOT NULL REFERENCES grower (grower_id),
    flower_id         integer NOT NULL REFERENCES flower (flower_id),
    purchase_date     date NOT NULL,
    auction_house     text NOT NULL,
    stems             integer NOT NULL,
    price_per_stem    numeric(6,3) NOT NULL,
    wasted_stems      integer NOT NULL
);

CREATE TABLE bouquet (
    bouquet_id   integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    product_type text NOT NULL,
    size         text NOT NULL CHECK (size IN ('small', 'medium', 'large')),
    price        numeric(8,2) NOT NULL,
    occasion_id  integer NOT NULL REFERENCES occasion (occasion_id),
    is_active    boolean NOT NULL,
    launch_date  date NOT NULL
);

CREATE TABLE bouquet_flower (
    bouquet_flower_id integer PRIMARY KEY,
    bouquet_id        integer NOT NULL REFERENCES bouquet (bouquet_id),
    flower_id         integer NOT NULL REFERENCES flower (flower_id),
    stems             integer NOT NULL,
    UNIQUE (bouquet_id, flower_id)
);

CREATE TABLE driver (
    driver_id   integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    phone       text NOT NULL,
    vehicle     text NOT NULL,
    hire_date   date NOT NULL,
    leave_date  date,
    hourly_rate numeric(6,2) NOT NULL
);

CREATE TABLE delivery_route (
    delivery_route_id integer PRIMARY KEY,
    driver_id         integer NOT NULL REFERENCES driver (driver_id),
    route_date        date NOT NULL,
    delivery_slot     text NOT NULL CHECK (delivery_slot IN ('morning', 'afternoon', 'evening')),
    start_time        time NOT NULL,
    end_time          time NOT NULL,
    distance_km       numeric(5,1) NOT NULL
);

CREATE TABLE customer_order (
    customer_order_id integer PRIMARY KEY,
    customer_id       integer NOT NULL REFERENCES customer (customer_id),
    occasion_id       integer REFERENCES occasion (occasion_id),
    order_date        date NOT NULL,
    order_time        time NOT NULL,
    channel           text NOT NULL CHECK (channel IN ('website', 'phone', 'shop', 'app')),
    fulfilment        text NOT NULL CHECK (fulfilment IN ('delivery', 'collection')),
    delivery_date     date,
    delivery_slot     text CHECK (delivery_slot IN ('morning', 'afternoon', 'evening')),
    delivery_zone     text,
    delivery_route_id integer REFERENCES delivery_route (delivery_route_id),
    recipient_name    text NOT NULL,
    delivery_fee      numeric(6,2) NOT NULL,
    status            text NOT NULL CHECK (status IN ('delivered', 'collected', 'cancelled'))
);

CREATE TABLE order_item (
    order_item_id     integer PRIMARY KEY,
    customer_order_id integer NOT NULL REFERENCES customer_order (customer_order_id),
    bouquet_id        integer NOT NULL REFERENCES bouquet (bouquet_id),
    quantity          integer NOT NULL,
    unit_price        numeric(8,2) NOT NULL,
    UNIQUE (customer_order_id, bouquet_id)
);

CREATE TABLE event (
    event_id      integer PRIMARY KEY,
    customer_id   integer NOT NULL REFERENCES customer (customer_id),
    event_type    text NOT NULL CHECK (event_type IN ('wedding', 'funeral')),
    booked_date   date NOT NULL,
    event_date    date NOT NULL,
    ceremony_time time NOT NULL,
    venue         text NOT NULL,
    guest_count   integer,
    quoted_price  numeric(8,2) NOT NULL,
    status        text NOT NULL CHECK (status IN ('enquiry', 'completed', 'cancelled'))
);

CREATE TABLE subscription (
    subscription_id integer PRIMARY KEY,
    customer_id     integer NOT NULL REFERENCES customer (customer_id),
    plan            text NOT NULL,
    weekly_price    numeric(6,2) NOT NULL,
    delivery_day    text NOT NULL,
    start_date      date NOT NULL,
    end_date        date,
    status          text NOT NULL CHECK (status IN ('active', 'cancelled'))
);

CREATE TABLE payment (
    payment_id        integer PRIMARY KEY,
    customer_id       integer NOT NULL REFERENCES customer (customer_id),
    customer_order_id integer REFERENCES customer_order (customer_order_id),
    event_id          integer REFERENCES event (event_id),
    subscription_id   integer REFERENCES subscription (subscription_id),
    payment_date      date NOT NULL,
    amount            numeric(10,2) NOT NULL,
    method            text NOT NULL,
    CHECK (num_nonnulls(customer_order_id, event_id, subscription_id) = 1)
);

-- ---------------------------------------------------------------- customers
INSERT INTO customer
SELECT n,
       (ARRAY['Olivia','Amelia','Isla','Ava','Mia','Ivy','Lily','Grace','Sophie','Freya',
              'Emily','Poppy','Ella','Rosie','Evie','Harriet','Chloe','Lucy','Hannah','Megan',
              'Oliver','George','Harry','Noah','Jack','Leo','Arthur','Oscar','Charlie','James',
              'Thomas','Henry','William','Daniel','Samuel','Joseph','Adam','Ben','Ravi','Tariq'])[1 + (n * 7) % 40],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
              'Robinson','Wood','Thompson','Evans','Walker','White','Roberts','Green','Hall','Thomas',
              'Clarke','Jackson','Hughes','Edwards','Lewis','Harris','Martin','Cooper','King','Baker',
              'Khan','Ali','Morris','Price','Bell','Ward','Cox','Kelly','Fisher','Turner'])[1 + (n * 13 + n / 40) % 40],
       CASE WHEN n % 16 = 0 THEN
       (ARRAY['Harbourside Hotel','Clifton Funeral Directors','The Olive Tree Restaurant','Redland Dental Practice',
              'Avon Valley Funeral Service','Kingsdown Legal LLP','Pump Room Hotel','Bishop & Sons Funeral Directors',
              'Brunel Business Centre','Cafe Lune','Westbury Park Surgery','Cotham Co-operative Funeralcare',
              'Harbour Yoga Studio','Temple Quay Accountants','The Old Rectory Wedding Venue','Stokes Croft Gallery',
              'Severn Estate Agents','Lakeside Funeral Home','Horfield Hair Studio','Castle Park Offices Ltd'])[n / 16]
       END,
       n % 16 = 0,
       'customer' || n || '@example.com',
       '07700 9' || lpad(((n * 389) % 100000)::text, 5, '0'),
       (ARRAY['Bristol','Bristol','Bristol','Bristol','Bath','Bath','Keynsham','Portishead','Clevedon','Weston-super-Mare'])[1 + (n * 3) % 10],
       DATE '2021-09-01' + (n - 1) * 4 + (n * 7) % 3,
       n % 3 <> 0
FROM generate_series(1, 320) AS n;

-- ---------------------------------------------------------------- occasions
INSERT INTO occasion VALUES
 (1, 'Birthday'), (2, 'Anniversary'), (3, 'Valentine''s Day'), (4, 'Mother''s Day'),
 (5, 'Sympathy'), (6, 'Get Well'), (7, 'New Baby'), (8, 'Congratulations'),
 (9, 'Thank You'), (10, 'Wedding'), (11, 'Just Because');

-- ---------------------------------------------------------------- growers
INSERT INTO grower VALUES
 (1,  'Van der Berg Rozen',          'Netherlands'),
 (2,  'Bloemenkwekerij De Vries',    'Netherlands'),
 (3,  'Kwekerij Jansen Tulpen',      'Netherlands'),
 (4,  'Naivasha Highland Roses',     'Kenya'),
 (5,  'Rift Valley Blooms',          'Kenya'),
 (6,  'Flores de la Sabana',         'Colombia'),
 (7,  'Andes Rosas',                 'Ecuador'),
 (8,  'Tamar Valley Narcissus',      'United Kingdom'),
 (9,  'Lincolnshire Bulb Company',   'United Kingdom'),
 (10, 'Azienda Fiori Liguria',       'Italy'),
 (11, 'Hortensia Westland',          'Netherlands'),
 (12, 'Galilee Blooms',              'Israel'),
 (13, 'Ethiopian Highlands Flowers', 'Ethiopia'),
 (14, 'Orchideekwekerij Bleiswijk',  'Netherlands');

-- ---------------------------------------------------------------- flowers
INSERT INTO flower VALUES
 (1,  'Red rose',             'red',      'focal',   9,  false),
 (2,  'White rose',           'white',    'focal',   9,  false),
 (3,  'Pink rose',            'pink',     'focal',   9,  false),
 (4,  'Yellow rose',          'yellow',   'focal',   8,  false),
 (5,  'Oriental lily',        'white',    'focal',   12, false),
 (6,  'Stargazer lily',       'pink',     'focal',   11, false),
 (7,  'Peony',                'pink',     'focal',   6,  true),
 (8,  'Tulip',                'red',      'focal',   6,  true),
 (9,  'Sunflower',            'yellow',   'focal',   8,  true),
 (10, 'Hydrangea',            'blue',     'focal',   7,  false),
 (11, 'Chrysanthemum bloom',  'white',    'focal',   14, false),
 (12, 'Spray chrysanthemum',  'yellow',   'filler',  14, false),
 (13, 'Carnation',            'red',      'focal',   14, false),
 (14, 'Gerbera',              'orange',   'focal',   7,  false),
 (15, 'Alstroemeria',         'purple',   'filler',  12, false),
 (16, 'Freesia',              'yellow',   'filler',  8,  false),
 (17, 'Lisianthus',           'purple',   'focal',   10, false),
 (18, 'Sweet pea',            'lilac',    'filler',  5,  true),
 (19, 'Ranunculus',           'peach',    'focal',   7,  true),
 (20, 'Anemone',              'blue',     'focal',   6,  true),
 (21, 'Calla lily',           'white',    'focal',   10, false),
 (22, 'Phalaenopsis orchid',  'white',    'focal',   21, false),
 (23, 'Gypsophila',           'white',    'filler',  10, false),
 (24, 'Waxflower',            'pink',     'filler',  12, false),
 (25, 'Statice',              'purple',   'filler',  14, false),
 (26, 'Eucalyptus',           'green',    'foliage', 14, false),
 (27, 'Ruscus',               'green',    'foliage', 21, false),
 (28, 'Pittosporum',          'green',    'foliage', 14, false),
 (29, 'Salal',                'green',    'foliage', 14, false),
 (30, 'Dahlia',               'burgundy', 'focal',   5,  true);

-- ---------------------------------------------------------------- stock bought at auction
-- Every week (Mondays from 2022-01-03) the florist buys roses, gypsophila and eucalyptus, plus a
-- rotating choice of other flowers; seasonal flowers only in their season.
INSERT INTO stock_purchase
WITH fl (flower_id, primary_grower, second_grower, base_cost, base_stems, month_from, month_to) AS (
    VALUES (1, 4, 7, 0.55, 300, 1, 12), (2, 4, 6, 0.50, 200, 1, 12), (3, 5, 7, 0.50, 200, 1, 12),
           (4, 6, 4, 0.48, 100, 1, 12), (5, 2, 1, 1.10, 60, 1, 12),  (6, 2, 11, 1.05, 50, 1, 12),
           (7, 10, 2, 1.80, 40, 4, 6),  (8, 3, 9, 0.35, 200, 1, 4),  (9, 9, 13, 0.70, 80, 6, 9),
           (10, 11, 6, 1.60, 40, 1, 12), (11, 6, 2, 0.45, 120, 1, 12), (12, 6, 11, 0.40, 150, 1, 12),
           (13, 6, 13, 0.30, 200, 1, 12), (14, 1, 11, 0.38, 120, 1, 12), (15, 6, 9, 0.32, 150, 1, 12),
           (16, 1, 12, 0.42, 100, 1, 12), (17, 2, 12, 0.85, 80, 1, 12), (18, 9, 10, 0.60, 60, 5, 8),
           (19, 10, 12, 0.75, 80, 2, 5), (20, 10, 12, 0.65, 80, 1, 4),  (21, 1, 5, 1.20, 50, 1, 12),
           (22, 14, 14, 6.50, 10, 1, 12), (23, 12, 5, 0.45, 100, 1, 12), (24, 12, 10, 0.40, 80, 1, 12),
           (25, 13, 5, 0.35, 100, 1, 12), (26, 10, 13, 0.30, 150, 1, 12), (27, 10, 12, 0.22, 150, 1, 12),
           (28, 10, 2, 0.25, 100, 1, 12), (29, 9, 1, 0.20, 100, 1, 12), (30, 2, 9, 0.90, 60, 7, 10)
), wk AS (
    SELECT w, DATE '2022-01-03' + 7 * w AS monday FROM generate_series(0, 208) AS w
), pick AS (
    SELECT w, monday, k, f FROM wk,
         LATERAL (VALUES (20, 1), (21, 2), (22, 3), (23, 23), (24, 26)) AS fixed(k, f)
    UNION ALL
    SELECT w, monday, k, 1 + (w * 7 + k * 11) % 30 FROM wk, generate_series(1, 6) AS k WHERE k <= 4 + w % 3
), lines AS (
    SELECT DISTINCT ON (p.w, p.f) p.w, p.monday, p.k, p.f, fl.*
    FROM pick p JOIN fl ON fl.flower_id = p.f
    WHERE extract(month FROM p.monday) BETWEEN fl.month_from AND fl.month_to
    ORDER BY p.w, p.f, p.k
), priced AS (
    SELECT l.*,
           l.monday + ((l.w + l.k + 10) % 2) AS purchase_date,
           (l.base_stems * (2 + (l.w * 5 + l.k * 3 + l.f) % 5) / 4 / 10 * 10 + 10)
             * CASE WHEN l.f = 1 AND extract(month FROM l.monday) = 2 AND extract(day FROM l.monday) BETWEEN 4 AND 13 THEN 4
                    WHEN l.f IN (3, 8) AND extract(month FROM l.monday) = 3 THEN 2
                    ELSE 1 END AS stems,
           l.base_cost * (1 + ((l.w * 13 + l.f) % 7 - 3) * 0.04)
             * (1 + 0.05 * (extract(year FROM l.monday) - 2022))
             * CASE WHEN l.f = 1 AND extract(month FROM l.monday) = 2 AND extract(day FROM l.monday) BETWEEN 4 AND 13 THEN 1.8 ELSE 1 END AS cost
    FROM lines l
)
SELECT row_number() OVER (ORDER BY purchase_date, f)::integer,
       CASE WHEN (w + f) % 3 = 0 THEN second_grower ELSE primary_grower END,
       f,
       purchase_date,
       (ARRAY['Aalsmeer','Aalsmeer','Naaldwijk','Rijnsburg'])[1 + (w * 3 + f) % 4],
       stems,
       round(cost, 3),
       stems * ((w * 7 + f * 3) % 9) / 100
FROM priced;

-- ---------------------------------------------------------------- bouquets and arrangements
INSERT INTO bouquet VALUES
 (1,  'The Classic Dozen',            'hand-tied',      'medium', 55.00,  3,  true,  DATE '2019-01-01'),
 (2,  'Two Dozen Red Roses',          'hand-tied',      'large',  95.00,  3,  true,  DATE '2019-01-01'),
 (3,  'Sunshine Morning',             'hand-tied',      'medium', 42.00,  1,  true,  DATE '2020-03-01'),
 (4,  'Peony Dream',                  'hand-tied',      'large',  68.00,  4,  true,  DATE '2021-04-01'),
 (5,  'Mum''s Garden',                'arrangement',    'medium', 48.00,  4,  true,  DATE '2020-02-15'),
 (6,  'Pure White Lilies',            'hand-tied',      'medium', 45.00,  5,  true,  DATE '2019-01-01'),
 (7,  'Peaceful Tribute',             'arrangement',    'large',  85.00,  5,  true,  DATE '2019-01-01'),
 (8,  'Classic Sympathy Wreath',      'wreath',         'large',  120.00, 5,  true,  DATE '2019-01-01'),
 (9,  'Red Rose Heart Tribute',       'wreath',         'large',  180.00, 5,  true,  DATE '2019-01-01'),
 (10, 'Casket Spray Classic',         'casket spray',   'large',  250.00, 5,  true,  DATE '2019-01-01'),
 (11, 'Get Well Gerberas',            'hand-tied',      'small',  32.00,  6,  true,  DATE '2020-01-01'),
 (12, 'Sweet Little One',             'basket',         'small',  38.00,  7,  true,  DATE '2020-06-01'),
 (13, 'Baby Blue Basket',             'basket',         'small',  38.00,  7,  true,  DATE '2020-06-01'),
 (14, 'Well Done Brights',            'hand-tied',      'medium', 40.00,  8,  true,  DATE '2021-01-01'),
 (15, 'Thank You Posy',               'posy',           'small',  25.00,  9,  true,  DATE '2020-01-01'),
 (16, 'Ivory Bridal Bouquet',         'bridal bouquet', 'large',  150.00, 10, true,  DATE '2019-01-01'),
 (17, 'Bridesmaid Posy',              'posy',           'small',  55.00,  10, true,  DATE '2019-01-01'),
 (18, 'Rose Buttonhole',              'buttonhole',     'small',  12.00,  10, true,  DATE '2019-01-01'),
 (19, 'Wedding Table Centrepiece',    'arrangement',    'medium', 65.00,  10, true,  DATE '2019-01-01'),
 (20, 'Just Because Tulips',          'hand-tied',      'small',  30.00,  11, true,  DATE '2021-02-01'),
 (21, 'Roses and Lilies Anniversary', 'hand-tied',      'large',  75.00,  2,  true,  DATE '2020-01-01'),
 (22, 'Orchid in Ceramic Pot',        'arrangement',    'medium', 50.00,  9,  true,  DATE '2021-09-01'),
 (23, 'Birthday Bright Box',          'arrangement',    'medium', 45.00,  1,  true,  DATE '2021-05-01'),
 (24, 'Luxe Birthday',                'hand-tied',      'large',  80.00,  1,  true,  DATE '2022-03-01'),
 (25, 'Calla Elegance',               'hand-tied',      'medium', 60.00,  2,  true,  DATE '2022-06-01'),
 (26, 'Dahlia Season',                'hand-tied',      'medium', 44.00,  11, true,  DATE '2022-08-01'),
 (27, 'Ranunculus Rainbow',           'hand-tied',      'medium', 46.00,  11, false, DATE '2022-03-01'),
 (28, 'Anemone Blues',                'hand-tied',      'medium', 42.00,  11, false, DATE '2022-01-15'),
 (29, 'Carnation Classic',            'hand-tied',      'small',  24.00,  9,  true,  DATE '2019-01-01'),
 (30, 'Lily and Rose Sympathy Basket','basket',         'medium', 70.00,  5,  true,  DATE '2021-01-01'),
 (31, 'MUM Letters Tribute',          'wreath',         'large',  195.00, 5,  true,  DATE '2021-01-01'),
 (32, 'Valentine Luxe Fifty Roses',   'hand-tied',      'large',  190.00, 3,  true,  DATE '2023-01-15'),
 (33, 'Pastel Posy',                  'posy',           'small',  27.00,  1,  true,  DATE '2023-03-01'),
 (34, 'Autumn Harvest',               'arrangement',    'medium', 52.00,  8,  true,  DATE '2023-09-01'),
 (35, 'Winter Whites',                'hand-tied',      'medium', 54.00,  11, true,  DATE '2023-11-15'),
 (36, 'Yellow Rose Friendship',       'hand-tied',      'medium', 45.00,  9,  true,  DATE '2024-02-01'),
 (37, 'Grand Hydrangea Vase',         'arrangement',    'large',  88.00,  8,  true,  DATE '2024-04-01'),
 (38, 'Stargazer Statement',          'hand-tied',      'large',  72.00,  1,  true,  DATE '2024-06-01'),
 (39, 'Pink Rose Corsage',            'corsage',        'small',  18.00,  10, true,  DATE '2024-03-01'),
 (40, 'Spring Tulip Basket',          'basket',         'medium', 49.00,  4,  false, DATE '2022-02-01');

-- Each bouquet: its lead flower, then two to four fillers and foliage.
INSERT INTO bouquet_flower
WITH lead (bouquet_id, flower_id, stems) AS (
    VALUES (1, 1, 12), (2, 1, 24), (3, 9, 5), (4, 7, 10), (5, 3, 8), (6, 5, 6), (7, 2, 15),
           (8, 11, 30), (9, 1, 40), (10, 2, 50), (11, 14, 8), (12, 3, 6), (13, 10, 3), (14, 14, 10),
           (15, 19, 6), (16, 2, 20), (17, 3, 8), (18, 2, 1), (19, 17, 8), (20, 8, 15), (21, 1, 12),
           (22, 22, 2), (23, 13, 10), (24, 3, 15), (25, 21, 10), (26, 30, 10), (27, 19, 12),
           (28, 20, 12), (29, 13, 15), (30, 5, 5), (31, 11, 60), (32, 1, 50), (33, 17, 6),
           (34, 30, 8), (35, 2, 10), (36, 4, 12), (37, 10, 5), (38, 6, 7), (39, 3, 2), (40, 8, 20)
), extra AS (
    SELECT b AS bouquet_id,
           (ARRAY[12, 15, 16, 18, 23, 24, 25, 26, 27, 28, 29])[1 + (b * 3 + k * 5) % 11] AS flower_id,
           2 + (b * k) % 6 AS stems, k
    FROM generate_series(1, 40) AS b, generate_series(1, 4) AS k
    WHERE k <= 2 + b % 3 AND b NOT IN (18, 22, 39)
), allrows AS (
    SELECT bouquet_id, flower_id, stems, 0 AS k FROM lead
    UNION ALL
    SELECT bouquet_id, flower_id, stems, k FROM extra
)
SELECT row_number() OVER (ORDER BY bouquet_id, k)::integer, bouquet_id, flower_id, stems
FROM allrows;

-- ---------------------------------------------------------------- drivers
INSERT INTO driver VALUES
 (1, 'Tom',    'Hughes',   '07700 900111', 'van',          DATE '2019-04-01', NULL,              12.50),
 (2, 'Priya',  'Shah',     '07700 900222', 'van',          DATE '2020-02-10', NULL,              12.50),
 (3, 'Liam',   'O''Connor','07700 900333', 'car',          DATE '2020-09-01', DATE '2023-12-31', 11.80),
 (4, 'Grace',  'Bennett',  '07700 900444', 'e-cargo bike', DATE '2021-03-15', NULL,              11.80),
 (5, 'Jamal',  'Ahmed',    '07700 900555', 'van',          DATE '2021-06-01', NULL,              12.00),
 (6, 'Sophie', 'Turner',   '07700 900666', 'car',          DATE '2021-11-01', DATE '2022-10-31', 11.50),
 (7, 'Marek',  'Nowak',    '07700 900777', 'van',          DATE '2023-03-01', NULL,              12.80),
 (8, 'Ellie',  'Morgan',   '07700 900888', 'e-cargo bike', DATE '2024-02-15', NULL,              12.20);

-- ---------------------------------------------------------------- orders
-- Regular orders all year (busier in later years), plus the Valentine's Day and Mother's Day
-- (Mothering Sunday) rushes.
CREATE TEMPORARY TABLE order_seed AS
WITH regular AS (
    SELECT n, DATE '2022-01-01' + floor(1457 * (1.4 * t - 0.4 * t * t))::integer AS order_date,
           NULL::date AS fixed_delivery,
           CASE WHEN h < 30 THEN 1 WHEN h < 40 THEN 2 WHEN h < 55 THEN 5 WHEN h < 63 THEN 6
                WHEN h < 69 THEN 7 WHEN h < 77 THEN 8 WHEN h < 87 THEN 9 WHEN h < 95 THEN 11 END AS occasion_id
    FROM (SELECT n, (n - 1) / 2400.0 AS t, (n * 37 + n / 90 + n / 7) % 100 AS h FROM generate_series(1, 2400) AS n) s
), valentine AS (
    SELECT 10000 + n AS n, make_date(2022 + (n - 1) / 45, 2, 10 + n % 5) AS order_date,
           make_date(2022 + (n - 1) / 45, 2, 14) AS fixed_delivery, 3 AS occasion_id
    FROM generate_series(1, 180) AS n
), mothers AS (
    SELECT 20000 + n AS n, d.sunday - 3 - n % 4 AS order_date,
           d.sunday - (n % 3 = 0)::integer AS fixed_delivery, 4 AS occasion_id
    FROM generate_series(1, 140) AS n
    JOIN (VALUES (0, DATE '2022-03-27'), (1, DATE '2023-03-19'), (2, DATE '2024-03-10'), (3, DATE '2025-03-30'))
         AS d (yr, sunday) ON d.yr = (n - 1) / 35
), alls AS (
    SELECT * FROM regular UNION ALL SELECT * FROM valentine UNION ALL SELECT * FROM mothers
)
SELECT row_number() OVER (ORDER BY a.order_date, a.n)::integer AS customer_order_id, a.*,
       (SELECT array_agg(c.customer_id ORDER BY c.customer_id) FROM customer c
         WHERE c.signup_date <= a.order_date AND (c.is_business OR c.customer_id % 11 <> 5)) AS eligible
FROM alls a;

INSERT INTO customer_order
SELECT s.customer_order_id,
       s.eligible[1 + (s.n * 7919 + s.n / 7) % cardinality(s.eligible)],
       s.occasion_id,
       s.order_date,
       CASE WHEN ch.channel = 'shop' THEN TIME '09:00' + ((s.n * 37) % 510) * INTERVAL '1 minute'
            ELSE TIME '07:00' + ((s.n * 53) % 900) * INTERVAL '1 minute' END,
       ch.channel,
       ff.fulfilment,
       CASE WHEN ff.fulfilment = 'delivery' THEN coalesce(s.fixed_delivery, s.order_date + (ARRAY[0, 1, 1, 2, 3, 1, 0])[1 + s.n % 7]) END,
       CASE WHEN ff.fulfilment = 'delivery' THEN (ARRAY['morning','morning','morning','afternoon','afternoon','afternoon','evening'])[1 + (s.n * 3) % 7] END,
       CASE WHEN ff.fulfilment = 'delivery' THEN (ARRAY['Central','North','South','East','West'])[1 + (s.n * 3 + s.n / 5) % 5] END,
       NULL,
       (ARRAY['Margaret','Susan','Helen','Jane','Patricia','Claire','Sarah','Emma','Laura','Rachel',
              'Kate','Anna','Jo','Nicola','Fiona','Mark','Paul','David','Peter','Chris'])[1 + (s.n * 11) % 20]
         || ' ' ||
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
              'Robinson','Wood','Thompson','Evans','Walker','Hughes','Green','Hall','Lewis','Price'])[1 + (s.n * 17 + s.n / 20) % 20],
       CASE WHEN ff.fulfilment = 'collection' THEN 0
            ELSE CASE WHEN (s.n * 3 + s.n / 5) % 5 = 0 THEN 4.95 ELSE 6.95 END
               + CASE WHEN s.fixed_delivery IS NULL AND s.n % 7 IN (0, 6) THEN 5.00 ELSE 0 END
               + CASE WHEN s.order_date >= DATE '2024-07-01' THEN 1.00 ELSE 0 END END,
       CASE WHEN s.n % 29 = 0 THEN 'cancelled'
            WHEN ff.fulfilment = 'delivery' THEN 'delivered' ELSE 'collected' END
FROM order_seed s
CROSS JOIN LATERAL (
    SELECT CASE WHEN (s.n * 7) % 20 < 10 THEN 'website'
                WHEN (s.n * 7) % 20 < 14 THEN 'phone'
                WHEN (s.n * 7) % 20 < 18 THEN 'shop'
                WHEN s.order_date >= DATE '2023-06-01' THEN 'app'
                ELSE 'website' END AS channel
) ch
CROSS JOIN LATERAL (
    SELECT CASE WHEN s.fixed_delivery IS NULL AND ((ch.channel = 'shop' AND s.n % 5 < 3) OR (ch.channel = 'website' AND s.n % 23 = 0))
                THEN 'collection' ELSE 'delivery' END AS fulfilment
) ff;

-- ---------------------------------------------------------------- order items
INSERT INTO order_item
WITH seed AS (
    SELECT o.customer_order_id, o.order_date, o.occasion_id, s.n, k,
           CASE WHEN (s.n * 13) % 17 = 0 THEN 2 ELSE 1 END AS quantity
    FROM customer_order o
    JOIN order_seed s USING (customer_order_id)
    CROSS JOIN generate_series(1, 3) AS k
    WHERE k <= CASE WHEN (s.n * 11) % 20 < 16 THEN 1 WHEN (s.n * 11) % 20 < 19 THEN 2 ELSE 3 END
), chosen AS (
    SELECT sd.customer_order_id, sd.order_date, sd.quantity, sd.k, b.bouquet_id, b.price
    FROM seed sd
    CROSS JOIN LATERAL (
        SELECT x.bouquet_id, x.price FROM (
            SELECT bq.bouquet_id, bq.price,
                   row_number() OVER (ORDER BY bq.bouquet_id) AS rn, count(*) OVER () AS cnt
            FROM bouquet bq
            WHERE bq.launch_date <= sd.order_date
              AND (bq.is_active OR sd.order_date < DATE '2024-01-01')
              AND bq.occasion_id <> 10
              AND CASE WHEN sd.k = 1 THEN sd.occasion_id IS NULL OR bq.occasion_id = sd.occasion_id
                       WHEN sd.occasion_id = 5 THEN bq.occasion_id = 5
                       ELSE bq.size = 'small' AND bq.occasion_id <> 5 END
        ) x
        WHERE x.rn = 1 + (sd.n * 31 + sd.k * 7) % x.cnt
    ) b
), merged AS (
    SELECT customer_order_id, bouquet_id, min(k) AS k, sum(quantity) AS quantity,
           round(min(price) * CASE extract(year FROM min(order_date))
                                 WHEN 2022 THEN 0.90 WHEN 2023 THEN 0.95 WHEN 2024 THEN 1.00 ELSE 1.04 END, 2) AS unit_price
    FROM chosen
    GROUP BY customer_order_id, bouquet_id
)
SELECT row_number() OVER (ORDER BY customer_order_id, k)::integer, customer_order_id, bouquet_id, quantity, unit_price
FROM merged;

-- ---------------------------------------------------------------- delivery routes
-- One route per delivery date and slot, split into runs of at most twelve drops; vans take
-- twice the share of the other vehicles.
CREATE TEMPORARY TABLE route_seed AS
WITH d AS (
    SELECT customer_order_id, delivery_date, delivery_slot,
           row_number() OVER (PARTITION BY delivery_date, delivery_slot ORDER BY customer_order_id) AS rn
    FROM customer_order
    WHERE fulfilment = 'delivery' AND status <> 'cancelled'
), g AS (
    SELECT delivery_date, delivery_slot, (rn - 1) / 12 AS run, count(*) AS drops
    FROM d GROUP BY delivery_date, delivery_slot, (rn - 1) / 12
)
SELECT row_number() OVER (ORDER BY delivery_date,
                                   CASE delivery_slot WHEN 'morning' THEN 1 WHEN 'afternoon' THEN 2 ELSE 3 END,
                                   run)::integer AS delivery_route_id,
       g.*
FROM g;

INSERT INTO delivery_route
SELECT r.delivery_route_id,
       dr.driver_id,
       r.delivery_date,
       r.delivery_slot,
       st.start_time,
       st.start_time + (20 + 25 * r.drops) * INTERVAL '1 minute',
       round(6 + 7.5 * r.drops + (r.delivery_route_id % 10) * 0.7, 1)
FROM route_seed r
CROSS JOIN LATERAL (
    SELECT CASE r.delivery_slot WHEN 'morning' THEN TIME '08:30' WHEN 'afternoon' THEN TIME '12:30' ELSE TIME '17:00' END
           + ((r.delivery_route_id * 5) % 30) * INTERVAL '1 minute' AS start_time
) st
CROSS JOIN LATERAL (
    SELECT x.driver_id FROM (
        SELECT dv.driver_id, row_number() OVER (ORDER BY dv.driver_id, g) AS rn, count(*) OVER () AS cnt
        FROM driver dv
        CROSS JOIN generate_series(1, CASE WHEN dv.vehicle = 'van' THEN 2 ELSE 1 END) AS g
        WHERE dv.hire_date <= r.delivery_date AND (dv.leave_date IS NULL OR dv.leave_date >= r.delivery_date)
    ) x
    WHERE x.rn = 1 + (r.delivery_route_id * 37 + r.delivery_route_id / 4 + r.run) % x.cnt
) dr;

UPDATE customer_order o
SET delivery_route_id = rs.delivery_route_id
FROM (
    SELECT customer_order_id, delivery_date, delivery_slot,
           (row_number() OVER (PARTITION BY delivery_date, delivery_slot ORDER BY customer_order_id) - 1) / 12 AS run
    FROM customer_order
    WHERE fulfilment = 'delivery' AND status <> 'cancelled'
) d
JOIN route_seed rs ON rs.delivery_date = d.delivery_date AND rs.delivery_slot = d.delivery_slot AND rs.run = d.run
WHERE o.customer_order_id = d.customer_order_id;

-- ---------------------------------------------------------------- wedding and funeral events
INSERT INTO event
WITH e AS (
    SELECT e AS event_id,
           CASE WHEN e % 12 < 7 THEN 'wedding' ELSE 'funeral' END AS event_type,
           DATE '2022-01-10' + (e * 1400) / 120 + (e * 5) % 9 AS raw_date
    FROM generate_series(1, 120) AS e
), dated AS (
    SELECT e.*,
           CASE WHEN event_type = 'wedding' THEN raw_date + ((6 - extract(isodow FROM raw_date)::integer + 7) % 7)
                WHEN extract(isodow FROM raw_date) = 6 THEN raw_date + 2
                WHEN extract(isodow FROM raw_date) = 7 THEN raw_date + 1
                ELSE raw_date END AS event_date
    FROM e
), booked AS (
    SELECT d.*,
           greatest(DATE '2022-01-03', CASE WHEN event_type = 'wedding' THEN d.event_date - (120 + (d.event_id * 37) % 200)
                ELSE d.event_date - (3 + d.event_id % 6) END) AS booked_date
    FROM dated d
)
SELECT b.event_id,
       c.customer_id,
       b.event_type,
       b.booked_date,
       b.event_date,
       CASE WHEN b.event_type = 'wedding' THEN TIME '11:00' + ((b.event_id * 3) % 9) * INTERVAL '30 minutes'
            ELSE TIME '10:00' + ((b.event_id * 5) % 11) * INTERVAL '30 minutes' END,
       CASE WHEN b.event_type = 'wedding' THEN
            (ARRAY['St Mary Redcliffe','Ashton Court Mansion','The Old Rectory','Clifton Pavilion',
                   'Goldney Hall','Tyntesfield','Bristol Register Office','Leigh Court'])[1 + (b.event_id * 3) % 8]
            ELSE
            (ARRAY['Canford Crematorium','South Bristol Crematorium','St Mary Redcliffe','Arnos Vale',
                   'Westerleigh Crematorium','Holy Trinity Church'])[1 + (b.event_id * 5) % 6] END,
       CASE WHEN b.event_type = 'wedding' THEN 40 + (b.event_id * 37) % 140 END,
       CASE WHEN b.event_type = 'wedding' THEN 900 + ((b.event_id * 173) % 2600) / 10 * 10
            ELSE 180 + ((b.event_id * 47) % 520) / 5 * 5 END,
       CASE WHEN b.event_type = 'wedding' AND b.event_id % 13 = 0 THEN 'enquiry'
            WHEN b.event_type = 'wedding' AND b.event_id % 11 = 0 THEN 'cancelled'
            ELSE 'completed' END
FROM booked b
CROSS JOIN LATERAL (
    SELECT x.customer_id FROM (
        SELECT cu.customer_id, row_number() OVER (ORDER BY cu.customer_id) AS rn, count(*) OVER () AS cnt
        FROM customer cu
        WHERE cu.signup_date <= b.booked_date
          AND CASE WHEN b.event_type = 'funeral' AND b.event_id % 2 = 0 THEN cu.company_name LIKE '%Funeral%'
                   ELSE NOT cu.is_business END
    ) x
    WHERE x.rn = 1 + (b.event_id * 61) % x.cnt
) c;

-- ---------------------------------------------------------------- weekly flower subscriptions
INSERT INTO subscription
WITH s AS (
    SELECT s AS subscription_id,
           CASE WHEN s % 10 < 4 THEN 'Classic' WHEN s % 10 < 6 THEN 'Deluxe'
                WHEN s % 10 < 8 THEN 'Petite' ELSE 'Office' END AS plan,
           DATE '2022-01-10' + (s - 1) * 20 + (s * 7) % 9 AS start_date
    FROM generate_series(1, 70) AS s
), priced AS (
    SELECT s.*,
           CASE plan WHEN 'Classic' THEN 30 WHEN 'Deluxe' THEN 45 WHEN 'Petite' THEN 20 ELSE 60 END
             * CASE WHEN start_date >= DATE '2024-01-01' THEN 1.10 ELSE 1 END AS weekly_price,
           CASE WHEN subscription_id % 3 = 0 AND start_date + 7 * (8 + (subscription_id * 5) % 40) <= DATE '2025-12-31'
                THEN start_date + 7 * (8 + (subscription_id * 5) % 40) END AS end_date
    FROM s
)
SELECT p.subscription_id,
       c.customer_id,
       p.plan,
       round(p.weekly_price, 2),
       CASE WHEN p.plan = 'Office' THEN 'Monday'
            ELSE (ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday'])[1 + (p.subscription_id * 2) % 5] END,
       p.start_date,
       p.end_date,
       CASE WHEN p.end_date IS NULL THEN 'active' ELSE 'cancelled' END
FROM priced p
CROSS JOIN LATERAL (
    SELECT x.customer_id FROM (
        SELECT cu.customer_id, row_number() OVER (ORDER BY cu.customer_id) AS rn, count(*) OVER () AS cnt
        FROM customer cu
        WHERE cu.signup_date <= p.start_date
          AND CASE WHEN p.plan = 'Office' THEN cu.is_business AND cu.company_name NOT LIKE '%Funeral%'
                   ELSE NOT cu.is_business END
    ) x
    WHERE x.rn = 1 + (p.subscription_id * 47) % x.cnt
) c;

-- ---------------------------------------------------------------- payments
-- Orders are paid when placed (business accounts are invoiced and pay at the end of the
-- month); cancelled orders are never charged. Weddings pay a 30% deposit on booking and the
-- balance two weeks before; funerals pay in full after the service. Subscriptions are charged
-- by direct debit every four weeks.
INSERT INTO payment
WITH order_pay AS (
    SELECT o.customer_id, o.customer_order_id, NULL::integer AS event_id, NULL::integer AS subscription_id,
           CASE WHEN c.is_business THEN (date_trunc('month', o.order_date) + INTERVAL '1 month - 1 day')::date
                ELSE o.order_date END AS payment_date,
           (SELECT sum(i.quantity * i.unit_price) FROM order_item i WHERE i.customer_order_id = o.customer_order_id)
             + o.delivery_fee AS amount,
           CASE WHEN c.is_business THEN 'bank transfer'
                WHEN o.channel = 'shop' AND o.customer_order_id % 4 = 0 THEN 'cash'
                WHEN o.channel IN ('website', 'app') AND o.customer_order_id % 6 = 0 THEN 'paypal'
                ELSE 'card' END AS method
    FROM customer_order o JOIN customer c USING (customer_id)
    WHERE o.status <> 'cancelled'
), event_pay AS (
    SELECT ev.customer_id, NULL::integer, ev.event_id, NULL::integer,
           ev.booked_date, round(ev.quoted_price * 0.30, 2), 'card'
    FROM event ev WHERE ev.event_type = 'wedding' AND ev.status IN ('completed', 'cancelled')
    UNION ALL
    SELECT ev.customer_id, NULL::integer, ev.event_id, NULL::integer,
           ev.event_date - 14, ev.quoted_price - round(ev.quoted_price * 0.30, 2), 'bank transfer'
    FROM event ev WHERE ev.event_type = 'wedding' AND ev.status = 'completed'
    UNION ALL
    SELECT ev.customer_id, NULL::integer, ev.event_id, NULL::integer,
           ev.event_date + 10 + ev.event_id % 15, ev.quoted_price,
           CASE WHEN cu.is_business THEN 'bank transfer' ELSE 'card' END
    FROM event ev JOIN customer cu USING (customer_id)
    WHERE ev.event_type = 'funeral' AND ev.status = 'completed'
), sub_pay AS (
    SELECT sb.customer_id, NULL::integer, NULL::integer, sb.subscription_id,
           (sb.start_date + 28 * k)::date, sb.weekly_price * 4, 'direct debit'
    FROM subscription sb
    CROSS JOIN generate_series(0, 60) AS k
    WHERE sb.start_date + 28 * k < coalesce(sb.end_date, DATE '2025-12-31')
), allpay AS (
    SELECT * FROM order_pay UNION ALL SELECT * FROM event_pay UNION ALL SELECT * FROM sub_pay
)
SELECT row_number() OVER (ORDER BY payment_date, customer_order_id, event_id, subscription_id, amount)::integer,
       customer_id, customer_order_id, event_id, subscription_id, payment_date, amount, method
FROM allpay;

DROP TABLE order_seed;
DROP TABLE route_seed;

ANALYZE;
