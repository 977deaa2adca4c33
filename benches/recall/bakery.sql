-- Back-office database of a chain of bakeries in Yorkshire: shops, products and their recipes,
-- ingredients and suppliers, daily production batches, waste and unsold items, sales tickets and
-- ticket lines, wholesale customers (cafés, hotels, ...) and their standing orders, staff shifts.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).
-- Sample database of the golden set benches/intent/bakery.frozen.yaml.

CREATE TABLE status_code (
    code    char(1) PRIMARY KEY,
    meaning text NOT NULL
);

CREATE TABLE shop (
    shop_id   integer PRIMARY KEY,
    name      text NOT NULL UNIQUE,
    city      text NOT NULL,
    opened_on date NOT NULL,
    closed_on date,
    seat_cnt  smallint NOT NULL,
    status    char(1) NOT NULL REFERENCES status_code (code)
);

CREATE TABLE supplier (
    supplier_id integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    city        text NOT NULL,
    lead_days   smallint NOT NULL,
    status      char(1) NOT NULL REFERENCES status_code (code)
);

CREATE TABLE ingredient (
    ingredient_id integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    supplier_id   integer NOT NULL REFERENCES supplier (supplier_id),
    cost_per_kg_amt numeric(8,2) NOT NULL,
    allergen      text,
    is_organic    boolean NOT NULL
);

CREATE TABLE product (
    product_id    integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    category      text NOT NULL,
    price_amt     numeric(8,2) NOT NULL,
    wholesale_amt numeric(8,2) NOT NULL,
    wt_g          integer NOT NULL,
    is_vegan      boolean NOT NULL,
    launched_on   date NOT NULL,
    discontinued_on date,
    status        char(1) NOT NULL REFERENCES status_code (code)
);

CREATE TABLE recipe (
    recipe_id     integer PRIMARY KEY,
    product_id    integer NOT NULL REFERENCES product (product_id),
    ingredient_id integer NOT NULL REFERENCES ingredient (ingredient_id),
    wt_g          numeric(7,1) NOT NULL,
    UNIQUE (product_id, ingredient_id)
);

CREATE TABLE staff (
    staff_id   integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    role       text NOT NULL,
    shop_id    integer NOT NULL REFERENCES shop (shop_id),
    hired_on   date NOT NULL,
    left_on    date,
    hourly_amt numeric(6,2) NOT NULL,
    status     char(1) NOT NULL REFERENCES status_code (code)
);

CREATE TABLE shift (
    shift_id   integer PRIMARY KEY,
    staff_id   integer NOT NULL REFERENCES staff (staff_id),
    shop_id    integer NOT NULL REFERENCES shop (shop_id),
    shift_date date NOT NULL,
    start_tm   time NOT NULL,
    hrs        numeric(4,2) NOT NULL,
    break_min  smallint NOT NULL
);

CREATE TABLE batch (
    batch_id   integer PRIMARY KEY,
    shop_id    integer NOT NULL REFERENCES shop (shop_id),
    product_id integer NOT NULL REFERENCES product (product_id),
    staff_id   integer NOT NULL REFERENCES staff (staff_id),
    baked_on   date NOT NULL,
    qty        integer NOT NULL
);

CREATE TABLE waste (
    waste_id  integer PRIMARY KEY,
    batch_id  integer NOT NULL REFERENCES batch (batch_id),
    logged_on date NOT NULL,
    qty       integer NOT NULL,
    reason    text NOT NULL,
    is_donated boolean NOT NULL
);

CREATE TABLE ticket (
    ticket_id  integer PRIMARY KEY,
    shop_id    integer NOT NULL REFERENCES shop (shop_id),
    staff_id   integer NOT NULL REFERENCES staff (staff_id),
    sold_at    timestamp NOT NULL,
    pay_method text NOT NULL,
    is_eat_in  boolean NOT NULL,
    total_amt  numeric(10,2) NOT NULL DEFAULT 0
);

CREATE TABLE ticket_line (
    ticket_line_id integer PRIMARY KEY,
    ticket_id      integer NOT NULL REFERENCES ticket (ticket_id),
    product_id     integer NOT NULL REFERENCES product (product_id),
    qty            integer NOT NULL,
    unit_price_amt numeric(8,2) NOT NULL,
    line_amt       numeric(10,2) NOT NULL
);

CREATE TABLE customer (
    customer_id      integer PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    kind             text NOT NULL,
    city             text NOT NULL,
    contact_name     text NOT NULL,
    since_on         date NOT NULL,
    credit_limit_amt numeric(10,2) NOT NULL,
    pay_terms_days   smallint NOT NULL,
    status           char(1) NOT NULL REFERENCES status_code (code)
);

CREATE TABLE standing_order (
    standing_order_id integer PRIMARY KEY,
    customer_id    integer NOT NULL REFERENCES customer (customer_id),
    shop_id        integer NOT NULL REFERENCES shop (shop_id),
    product_id     integer NOT NULL REFERENCES product (product_id),
    delivery_dow   smallint NOT NULL,   -- 1 = Monday ... 7 = Sunday
    qty            integer NOT NULL,
    unit_price_amt numeric(8,2) NOT NULL,
    start_on       date NOT NULL,
    end_on         date,
    status         char(1) NOT NULL REFERENCES status_code (code)
);

-- ---------------------------------------------------------------------------------------------
-- Lookup and reference lists

INSERT INTO status_code (code, meaning) VALUES
    ('A', 'Active'),
    ('C', 'Closed (shop shut, product discontinued, account closed, staff member left)'),
    ('P', 'Paused / on hold'),
    ('X', 'Cancelled');

INSERT INTO shop (shop_id, name, city, opened_on, closed_on, seat_cnt, status) VALUES
    (1, 'Old Town',      'York',      '2014-05-01', NULL,         24, 'A'),
    (2, 'Market Square', 'Leeds',     '2016-09-12', NULL,         18, 'A'),
    (3, 'Station Road',  'Harrogate', '2017-03-20', NULL,          0, 'A'),
    (4, 'Riverside',     'York',      '2018-11-02', NULL,         30, 'A'),
    (5, 'Kingsway',      'Leeds',     '2019-06-15', NULL,          0, 'A'),
    (6, 'Hillcrest',     'Sheffield', '2020-02-01', NULL,         12, 'A'),
    (7, 'Harbour',       'Whitby',    '2021-04-10', '2024-10-31', 16, 'C'),
    (8, 'Northgate',     'Sheffield', '2023-04-03', NULL,         20, 'A');

INSERT INTO supplier (supplier_id, name, city, lead_days, status) VALUES
    (1,  'Millstone Flour Co',  'Driffield',  2, 'A'),
    (2,  'Dale Dairy',          'Thirsk',     1, 'A'),
    (3,  'Golden Hen Eggs',     'Malton',     1, 'A'),
    (4,  'Cocoa & Co',          'Manchester', 4, 'A'),
    (5,  'Nutworks Trading',    'Hull',       5, 'A'),
    (6,  'Spice Route Ltd',     'Bradford',   6, 'A'),
    (7,  'Orchard Fresh',       'Selby',      2, 'A'),
    (8,  'Moorland Meats',      'Pickering',  2, 'A'),
    (9,  'Northern Sugar',      'Doncaster',  3, 'A'),
    (10, 'Fenland Grains',      'Wisbech',    7, 'C'),
    (11, 'Packright Packaging', 'Leeds',      3, 'A');

INSERT INTO ingredient (ingredient_id, name, supplier_id, cost_per_kg_amt, allergen, is_organic) VALUES
    (1,  'Strong White Flour', 1,   0.78, 'gluten', false),
    (2,  'Wholemeal Flour',    1,   0.85, 'gluten', true),
    (3,  'Rye Flour',          1,   1.10, 'gluten', true),
    (4,  'Spelt Flour',        1,   1.60, 'gluten', true),
    (5,  'Butter',             2,   6.40, 'milk',   false),
    (6,  'Whole Milk',         2,   0.95, 'milk',   true),
    (7,  'Double Cream',       2,   4.20, 'milk',   false),
    (8,  'Mature Cheddar',     2,   7.80, 'milk',   false),
    (9,  'Free Range Eggs',    3,   3.10, 'egg',    false),
    (10, 'Dark Chocolate',     4,   9.50, NULL,     false),
    (11, 'Cocoa Powder',       4,   8.20, NULL,     true),
    (12, 'Ground Almonds',     5,  11.40, 'nuts',   false),
    (13, 'Hazelnuts',          5,  12.60, 'nuts',   false),
    (14, 'Sesame Seeds',       5,   5.20, 'sesame', true),
    (15, 'Cinnamon',           6,  18.00, NULL,     true),
    (16, 'Ground Ginger',      6,  14.50, NULL,     false),
    (17, 'Vanilla Extract',    6, 120.00, NULL,     false),
    (18, 'Bramley Apples',     7,   1.90, NULL,     false),
    (19, 'Carrots',            7,   0.80, NULL,     true),
    (20, 'Onions',             7,   0.70, NULL,     false),
    (21, 'Pork Sausage Meat',  8,   5.60, NULL,     false),
    (22, 'Braising Steak',     8,  11.20, NULL,     false),
    (23, 'Caster Sugar',       9,   1.05, NULL,     false),
    (24, 'Fresh Yeast',        1,   4.50, NULL,     false),
    (25, 'Sea Salt',           6,   1.20, NULL,     false),
    (26, 'Raisins',            5,   3.80, NULL,     true),
    (27, 'Rolled Oats',        1,   1.30, 'gluten', true),
    (28, 'Lemons',             7,   2.40, NULL,     false),
    (29, 'Olive Oil',          6,   6.80, NULL,     false),
    (30, 'Smoked Ham',         8,   9.40, NULL,     false),
    (31, 'Poppy Seeds',        5,   6.10, NULL,     false),
    (32, 'Rice Flour',         1,   1.90, NULL,     false);

INSERT INTO product (product_id, name, category, price_amt, wholesale_amt, wt_g, is_vegan, launched_on, discontinued_on, status) VALUES
    (1,  'White Bloomer',          'bread',         3.20,  2.10,  800, true,  '2014-05-01', NULL,         'A'),
    (2,  'Sourdough Loaf',         'bread',         4.50,  3.00,  900, true,  '2014-05-01', NULL,         'A'),
    (3,  'Wholemeal Tin',          'bread',         3.40,  2.20,  800, true,  '2015-02-01', NULL,         'A'),
    (4,  'Rye Sourdough',          'bread',         4.80,  3.20,  750, true,  '2017-09-01', NULL,         'A'),
    (5,  'Seeded Batch',           'bread',         3.90,  2.60,  800, true,  '2018-03-01', NULL,         'A'),
    (6,  'Baguette',               'bread',         2.20,  1.40,  250, true,  '2014-05-01', NULL,         'A'),
    (7,  'Spelt Loaf',             'bread',         4.60,  3.10,  700, true,  '2019-01-14', '2025-01-31', 'C'),
    (8,  'Focaccia',               'bread',         3.80,  2.50,  450, true,  '2023-03-01', NULL,         'A'),
    (9,  'Butter Croissant',       'viennoiserie',  1.60,  0.95,   70, false, '2014-05-01', NULL,         'A'),
    (10, 'Pain au Chocolat',       'viennoiserie',  1.80,  1.10,   75, false, '2014-05-01', NULL,         'A'),
    (11, 'Almond Croissant',       'viennoiserie',  2.40,  1.50,   95, false, '2016-04-01', NULL,         'A'),
    (12, 'Cinnamon Swirl',         'viennoiserie',  2.20,  1.35,  110, false, '2022-09-05', NULL,         'A'),
    (13, 'Pain aux Raisins',       'viennoiserie',  2.10,  1.30,  105, false, '2015-06-01', '2024-03-31', 'C'),
    (14, 'Custard Tart',           'pastry',        2.30,  1.45,  110, false, '2014-05-01', NULL,         'A'),
    (15, 'Apple Turnover',         'pastry',        2.10,  1.30,  120, false, '2016-10-01', NULL,         'A'),
    (16, 'Eccles Cake',            'pastry',        1.90,  1.15,   90, false, '2017-01-09', NULL,         'A'),
    (17, 'Bakewell Tart',          'pastry',        2.50,  1.60,  100, false, '2018-05-01', NULL,         'A'),
    (18, 'Victoria Sponge',        'cake',         18.00, 12.00,  900, false, '2014-05-01', NULL,         'A'),
    (19, 'Chocolate Fudge Cake',   'cake',         21.00, 14.00, 1100, false, '2016-02-01', NULL,         'A'),
    (20, 'Carrot Cake',            'cake',         19.50, 13.00, 1000, false, '2019-04-01', NULL,         'A'),
    (21, 'Lemon Drizzle Slice',    'cake',          2.60,  1.60,   90, false, '2015-03-01', NULL,         'A'),
    (22, 'Brownie',                'cake',          2.40,  1.50,   80, false, '2024-02-01', NULL,         'A'),
    (23, 'Sausage Roll',           'savoury',       2.20,  1.40,  130, false, '2014-05-01', NULL,         'A'),
    (24, 'Cheese & Onion Pasty',   'savoury',       3.40,  2.20,  200, false, '2016-01-11', NULL,         'A'),
    (25, 'Steak Bake',             'savoury',       3.60,  2.40,  210, false, '2017-10-02', NULL,         'A'),
    (26, 'Ham & Cheese Croissant', 'savoury',       3.20,  2.00,  120, false, '2024-05-13', NULL,         'A'),
    (27, 'Shortbread Finger',      'biscuit',       1.20,  0.70,   45, false, '2014-05-01', NULL,         'A'),
    (28, 'Oat & Raisin Cookie',    'biscuit',       1.50,  0.90,   60, false, '2018-08-01', NULL,         'A'),
    (29, 'Gingerbread Man',        'biscuit',       1.30,  0.80,   50, false, '2015-11-02', NULL,         'A'),
    (30, 'Hazelnut Biscotti',      'biscuit',       1.10,  0.65,   30, false, '2019-06-03', '2023-08-31', 'C');

-- Ingredient weight per unit of product, in grams (a whole cake counts as one unit).
INSERT INTO recipe (recipe_id, product_id, ingredient_id, wt_g)
SELECT row_number() OVER (ORDER BY r.product_id, r.ord), r.product_id, r.ingredient_id, r.wt_g
FROM (VALUES
    (1, 1, 1, 480), (1, 2, 24, 8), (1, 3, 25, 9),
    (2, 1, 1, 450), (2, 2, 2, 50), (2, 3, 25, 10),
    (3, 1, 2, 460), (3, 2, 24, 7), (3, 3, 25, 9),
    (4, 1, 3, 300), (4, 2, 1, 120), (4, 3, 25, 9),
    (5, 1, 1, 380), (5, 2, 2, 80), (5, 3, 14, 30), (5, 4, 24, 7), (5, 5, 25, 9),
    (6, 1, 1, 150), (6, 2, 24, 3), (6, 3, 25, 3),
    (7, 1, 4, 420), (7, 2, 24, 7), (7, 3, 25, 8),
    (8, 1, 1, 260), (8, 2, 29, 30), (8, 3, 24, 5), (8, 4, 25, 6),
    (9, 1, 1, 35), (9, 2, 5, 20), (9, 3, 6, 8), (9, 4, 23, 4), (9, 5, 24, 1),
    (10, 1, 1, 35), (10, 2, 5, 20), (10, 3, 10, 12), (10, 4, 23, 4), (10, 5, 24, 1),
    (11, 1, 1, 35), (11, 2, 5, 22), (11, 3, 12, 25), (11, 4, 23, 10), (11, 5, 9, 8),
    (12, 1, 1, 50), (12, 2, 5, 22), (12, 3, 15, 2), (12, 4, 23, 12), (12, 5, 24, 1),
    (13, 1, 1, 45), (13, 2, 5, 20), (13, 3, 26, 18), (13, 4, 7, 10), (13, 5, 23, 8),
    (14, 1, 1, 35), (14, 2, 5, 18), (14, 3, 9, 30), (14, 4, 6, 40), (14, 5, 23, 15), (14, 6, 17, 1),
    (15, 1, 1, 35), (15, 2, 5, 20), (15, 3, 18, 45), (15, 4, 23, 10), (15, 5, 15, 1),
    (16, 1, 1, 30), (16, 2, 5, 18), (16, 3, 26, 35), (16, 4, 23, 10),
    (17, 1, 1, 30), (17, 2, 5, 25), (17, 3, 12, 30), (17, 4, 9, 15), (17, 5, 23, 25),
    (18, 1, 1, 220), (18, 2, 5, 220), (18, 3, 23, 220), (18, 4, 9, 200), (18, 5, 7, 150), (18, 6, 17, 5),
    (19, 1, 1, 200), (19, 2, 5, 250), (19, 3, 23, 260), (19, 4, 9, 200), (19, 5, 10, 180), (19, 6, 11, 40),
    (20, 1, 1, 220), (20, 2, 23, 200), (20, 3, 9, 180), (20, 4, 19, 250), (20, 5, 15, 5), (20, 6, 29, 150),
    (21, 1, 1, 25), (21, 2, 5, 22), (21, 3, 23, 28), (21, 4, 9, 18), (21, 5, 28, 10),
    (22, 1, 10, 30), (22, 2, 5, 20), (22, 3, 23, 22), (22, 4, 9, 12), (22, 5, 1, 8), (22, 6, 11, 4),
    (23, 1, 1, 40), (23, 2, 5, 25), (23, 3, 21, 65), (23, 4, 20, 8),
    (24, 1, 1, 70), (24, 2, 5, 35), (24, 3, 8, 55), (24, 4, 20, 30), (24, 5, 9, 5),
    (25, 1, 1, 70), (25, 2, 5, 35), (25, 3, 22, 80), (25, 4, 20, 15),
    (26, 1, 1, 35), (26, 2, 5, 20), (26, 3, 30, 30), (26, 4, 8, 25),
    (27, 1, 1, 24), (27, 2, 5, 16), (27, 3, 23, 8),
    (28, 1, 27, 20), (28, 2, 1, 12), (28, 3, 5, 14), (28, 4, 23, 12), (28, 5, 26, 10),
    (29, 1, 1, 28), (29, 2, 5, 8), (29, 3, 23, 10), (29, 4, 16, 1),
    (30, 1, 1, 14), (30, 2, 13, 8), (30, 3, 23, 8), (30, 4, 9, 4)
) AS r (product_id, ord, ingredient_id, wt_g);

INSERT INTO customer (customer_id, name, kind, city, contact_name, since_on, credit_limit_amt, pay_terms_days, status)
SELECT c.id, c.name, c.kind, c.city, c.contact,
       c.since::date,
       500 + (c.id * 137 % 10) * 250,
       CASE WHEN c.id % 3 = 0 THEN 30 ELSE 14 END,
       c.status
FROM (VALUES
    (1,  'Bean There Café',              'cafe',       'York',      'Ruth Ingham',     '2019-03-01', 'A'),
    (2,  'The Daily Grind',              'cafe',       'Leeds',     'Sam Okafor',      '2020-06-15', 'A'),
    (3,  'Grand Minster Hotel',          'hotel',      'York',      'Philippa Drake',  '2018-01-10', 'A'),
    (4,  'Riverside Bistro',             'restaurant', 'York',      'Marco Bellini',   '2021-09-01', 'A'),
    (5,  'Copper Kettle Tearoom',        'cafe',       'Harrogate', 'Jean Holroyd',    '2017-05-20', 'A'),
    (6,  'Kirkstall Office Park Canteen','office',     'Leeds',     'Dev Sharma',      '2022-02-01', 'A'),
    (7,  'The Stray Deli',               'deli',       'Harrogate', 'Agnes Wood',      '2022-07-11', 'A'),
    (8,  'Crucible Coffee House',        'cafe',       'Sheffield', 'Liam Booth',      '2021-03-15', 'A'),
    (9,  'Headrow Hotel',                'hotel',      'Leeds',     'Karen Moss',      '2019-11-05', 'P'),
    (10, 'Ouse Bridge Brasserie',        'restaurant', 'York',      'Pierre Lambert',  '2023-01-16', 'A'),
    (11, 'Kelham Island Kitchen',        'restaurant', 'Sheffield', 'Tom Hague',       '2023-05-02', 'A'),
    (12, 'Little Owl Café',              'cafe',       'Harrogate', 'Nina Pryce',      '2020-08-01', 'C'),
    (13, 'Park Lane College Refectory',  'school',     'Leeds',     'Ian Whitaker',    '2022-09-05', 'A'),
    (14, 'Shambles Sandwich Co',         'deli',       'York',      'Beth Calvert',    '2021-06-01', 'A'),
    (15, 'Botanical Café',               'cafe',       'Sheffield', 'Zara Khan',       '2024-01-08', 'A'),
    (16, 'Granary Wharf Hotel',          'hotel',      'Leeds',     'Oliver Grange',   '2023-10-02', 'A'),
    (17, 'Valley Gardens Kiosk',         'cafe',       'Harrogate', 'Hannah Lister',   '2024-04-01', 'P'),
    (18, 'St Peter''s School Kitchen',   'school',     'York',      'Graham Pickles',  '2022-01-10', 'A'),
    (19, 'Division Street Deli',         'deli',       'Sheffield', 'Ravi Patel',      '2022-11-14', 'C'),
    (20, 'Corn Exchange Café',           'cafe',       'Leeds',     'Molly Firth',     '2024-06-03', 'A'),
    (21, 'Montpellier Wine Bar',         'restaurant', 'Harrogate', 'James Ackroyd',   '2023-03-13', 'A'),
    (22, 'Meadowhall Office Suites',     'office',     'Sheffield', 'Priya Anand',     '2025-02-03', 'A'),
    (23, 'Clifton Moor Café',            'cafe',       'York',      'Derek Sutcliffe', '2025-05-12', 'A'),
    (24, 'Roundhay Tennis Club',         'club',       'Leeds',     'Fiona Blake',     '2025-08-18', 'A')
) AS c (id, name, kind, city, contact, since, status);

-- ---------------------------------------------------------------------------------------------
-- Staff: 70 people, shop by fixed ranges, role by position within the shop.

INSERT INTO staff (staff_id, first_name, last_name, role, shop_id, hired_on, left_on, hourly_amt, status)
SELECT s.id,
       (ARRAY['Amy','Ben','Chloe','Dan','Ella','Fraser','Grace','Harry','Isla','Jack','Katie','Leo',
              'Megan','Nathan','Olivia','Paul','Rosie','Sean','Tara','Umar','Vicky','Will','Yasmin'])[1 + (s.id * 7) % 23],
       (ARRAY['Atkinson','Barker','Crowther','Dobson','Ellis','Fawcett','Gill','Hirst','Iqbal','Jowett',
              'Kershaw','Lodge','Mitchell','Naylor','Oldroyd','Pearson','Raistrick','Shaw','Thackray'])[1 + (s.id * 11) % 19],
       s.role,
       s.shop_id,
       s.hired_on,
       s.left_on,
       (CASE s.role WHEN 'manager' THEN 16.50 WHEN 'baker' THEN 13.20 WHEN 'driver' THEN 12.40 ELSE 11.60 END)
           + (s.id % 4) * 0.25,
       CASE WHEN s.left_on IS NULL THEN 'A' ELSE 'C' END
FROM (
    SELECT g.id, g.shop_id, g.pos,
           (ARRAY['manager','baker','counter','baker','counter','driver','counter','baker','counter',
                  'baker','counter','counter'])[g.pos + 1] AS role,
           CASE WHEN g.pos = 0 THEN sh.opened_on
                WHEN g.pos <= 4 THEN sh.opened_on + (g.id * 53) % 120
                ELSE LEAST(sh.opened_on + ((g.id * 53) % 1500), DATE '2025-06-02') END AS hired_on,
           CASE WHEN sh.closed_on IS NOT NULL THEN sh.closed_on
                WHEN g.pos > 0 AND g.id % 6 = 2
                THEN GREATEST(CASE WHEN g.pos <= 4 THEN sh.opened_on + (g.id * 53) % 120
                                   ELSE LEAST(sh.opened_on + ((g.id * 53) % 1500), DATE '2025-06-02') END,
                              DATE '2022-01-01') + 100 + (g.id * 31) % 1200
                END AS left_on
    FROM (
        SELECT id,
               CASE WHEN id <= 12 THEN 1 WHEN id <= 22 THEN 2 WHEN id <= 31 THEN 3 WHEN id <= 39 THEN 4
                    WHEN id <= 48 THEN 5 WHEN id <= 55 THEN 6 WHEN id <= 61 THEN 7 ELSE 8 END AS shop_id,
               id - CASE WHEN id <= 12 THEN 1 WHEN id <= 22 THEN 13 WHEN id <= 31 THEN 23 WHEN id <= 39 THEN 32
                         WHEN id <= 48 THEN 40 WHEN id <= 55 THEN 49 WHEN id <= 61 THEN 56 ELSE 62 END AS pos
        FROM generate_series(1, 70) AS id
    ) g
    JOIN shop sh ON sh.shop_id = g.shop_id
) s;

-- People whose leaving day falls after the end of 2025 have not left yet.
UPDATE staff SET left_on = NULL, status = 'A' WHERE left_on > DATE '2025-12-31';

-- ---------------------------------------------------------------------------------------------
-- Shifts: a staff member works on the days where (staff_id * 3 + day number) is a multiple of 29,
-- while employed, between 2022-01-01 and 2025-12-31.

INSERT INTO shift (shift_id, staff_id, shop_id, shift_date, start_tm, hrs, break_min)
SELECT row_number() OVER (ORDER BY d.day, st.staff_id),
       st.staff_id, st.shop_id, d.day,
       CASE st.role WHEN 'baker' THEN TIME '04:00' + ((st.staff_id % 2) * INTERVAL '1 hour')
                    WHEN 'driver' THEN TIME '05:30'
                    WHEN 'manager' THEN TIME '08:00'
                    ELSE TIME '07:00' + ((d.n + st.staff_id) % 3) * INTERVAL '2 hours' END,
       4 + ((st.staff_id + d.n) % 11) * 0.5,
       CASE WHEN 4 + ((st.staff_id + d.n) % 11) * 0.5 >= 6 THEN 30 ELSE 0 END
FROM staff st
JOIN (SELECT DATE '2022-01-01' + n AS day, n FROM generate_series(0, 1460) AS n) d
  ON (st.staff_id * 3 + d.n) % 29 = 0
 AND d.day >= st.hired_on
 AND (st.left_on IS NULL OR d.day <= st.left_on);

-- ---------------------------------------------------------------------------------------------
-- Production batches. A shop that is not open on the day hands over to an open one, a product
-- not on sale that day is replaced by one of the all-time staples.

INSERT INTO batch (batch_id, shop_id, product_id, staff_id, baked_on, qty)
SELECT b.i, b.shop_id, b.product_id,
       COALESCE(
         (SELECT (array_agg(st.staff_id ORDER BY st.staff_id))[1 + (b.i / 8) % count(*)] FROM staff st
           WHERE st.shop_id = b.shop_id AND st.role = 'baker'
             AND st.hired_on <= b.baked_on AND (st.left_on IS NULL OR st.left_on >= b.baked_on)),
         (SELECT st.staff_id FROM staff st WHERE st.shop_id = b.shop_id AND st.role = 'manager')),
       b.baked_on,
       CASE p.category WHEN 'bread' THEN 20 + (b.i * 11) % 31
                       WHEN 'viennoiserie' THEN 24 + (b.i * 13) % 61
                       WHEN 'cake' THEN CASE WHEN p.price_amt > 10 THEN 3 + (b.i / 30) % 6 ELSE 16 + (b.i * 7) % 25 END
                       WHEN 'savoury' THEN 18 + (b.i * 5) % 37
                       ELSE 30 + (b.i * 3) % 41 END
FROM (
    SELECT x.i, x.baked_on, sh.shop_id,
           CASE WHEN pr.launched_on <= x.baked_on AND (pr.discontinued_on IS NULL OR pr.discontinued_on >= x.baked_on)
                THEN pr.product_id ELSE (ARRAY[1, 2, 9, 10, 23, 14])[1 + x.i % 6] END AS product_id
    FROM (
        SELECT i, DATE '2022-01-01' + (i * 37) % 1461 AS baked_on,
               1 + (i * 5) % 8 AS shop0, 1 + (i * 7) % 30 AS product0
        FROM generate_series(1, 2600) AS i
    ) x
    JOIN shop s0 ON s0.shop_id = x.shop0
    JOIN shop sh ON sh.shop_id = CASE WHEN s0.opened_on <= x.baked_on AND (s0.closed_on IS NULL OR s0.closed_on >= x.baked_on)
                                      THEN x.shop0 ELSE 1 + x.i % 6 END
    JOIN product pr ON pr.product_id = x.product0
) b
JOIN product p ON p.product_id = b.product_id;

-- Waste: about two batches in five leave something behind.
INSERT INTO waste (waste_id, batch_id, logged_on, qty, reason, is_donated)
SELECT row_number() OVER (ORDER BY b.batch_id),
       b.batch_id,
       CASE WHEN w.reason = 'unsold' THEN b.baked_on + 1 ELSE b.baked_on END,
       1 + (b.batch_id * 3) % GREATEST(b.qty / 4, 1),
       w.reason,
       w.reason = 'unsold' AND b.batch_id % 3 = 0
FROM batch b
CROSS JOIN LATERAL (SELECT (ARRAY['unsold','unsold','unsold','unsold','burnt','misshapen','dropped'])[1 + (b.batch_id * 5) % 7] AS reason) w
WHERE b.batch_id % 5 IN (0, 2);

-- ---------------------------------------------------------------------------------------------
-- Sales tickets and their lines, busiest at breakfast and lunchtime. Prices rose every year: 2022 at 88 %, 2023 at 94 %,
-- 2024 at list price, 2025 at 105 % of the current list price.

INSERT INTO ticket (ticket_id, shop_id, staff_id, sold_at, pay_method, is_eat_in)
SELECT t.i, t.shop_id,
       COALESCE(
         (SELECT (array_agg(st.staff_id ORDER BY st.staff_id))[1 + (t.i / 8) % count(*)] FROM staff st
           WHERE st.shop_id = t.shop_id AND st.role = 'counter'
             AND st.hired_on <= t.sold_at::date AND (st.left_on IS NULL OR st.left_on >= t.sold_at::date)),
         (SELECT st.staff_id FROM staff st WHERE st.shop_id = t.shop_id AND st.role = 'manager')),
       t.sold_at,
       CASE WHEN t.i % 10 < 6 THEN 'card' WHEN t.i % 10 < 9 THEN 'cash' ELSE 'app' END,
       t.seat_cnt > 0 AND t.i % 4 = 0
FROM (
    SELECT x.i, sh.shop_id, sh.seat_cnt,
           x.day + make_interval(hours => (ARRAY[7, 8, 8, 8, 9, 9, 10, 11, 12, 12, 12, 12, 13, 13, 14, 15, 16, 17])[1 + (x.i * 7) % 18],
                                 mins => (x.i * 13) % 60) AS sold_at
    FROM (
        SELECT i, DATE '2022-01-01' + (i * 29) % 1461 AS day, 1 + (i * 3) % 8 AS shop0
        FROM generate_series(1, 2500) AS i
    ) x
    JOIN shop s0 ON s0.shop_id = x.shop0
    JOIN shop sh ON sh.shop_id = CASE WHEN s0.opened_on <= x.day AND (s0.closed_on IS NULL OR s0.closed_on >= x.day)
                                      THEN x.shop0 ELSE 1 + x.i % 6 END
) t;

INSERT INTO ticket_line (ticket_line_id, ticket_id, product_id, qty, unit_price_amt, line_amt)
SELECT row_number() OVER (ORDER BY l.ticket_id, l.j),
       l.ticket_id, l.product_id, l.qty, l.unit_price_amt, l.qty * l.unit_price_amt
FROM (
    SELECT y.ticket_id, y.j, p.product_id,
           CASE WHEN p.price_amt > 10 THEN 1 ELSE 1 + ((y.ticket_id * 3 + y.j) % 4) END AS qty,
           round(p.price_amt * CASE extract(year FROM y.sold_at)
                                  WHEN 2022 THEN 0.88 WHEN 2023 THEN 0.94 WHEN 2024 THEN 1.00 ELSE 1.05 END, 2)
               AS unit_price_amt
    FROM (
        SELECT t.ticket_id, t.sold_at, j,
               CASE WHEN pr.launched_on <= t.sold_at::date
                         AND (pr.discontinued_on IS NULL OR pr.discontinued_on >= t.sold_at::date)
                    THEN pr.product_id ELSE (ARRAY[9, 2, 23, 10, 1])[1 + (t.ticket_id + j) % 5] END AS product_id
        FROM ticket t
        CROSS JOIN LATERAL generate_series(1, CASE t.ticket_id % 4 WHEN 0 THEN 3 WHEN 1 THEN 2 ELSE 1 END) AS j
        JOIN product pr ON pr.product_id = 1 + ((t.ticket_id * 7 + j * 11) % 30)
    ) y
    JOIN product p ON p.product_id = y.product_id
) l;

UPDATE ticket t SET total_amt = s.amt
FROM (SELECT ticket_id, sum(line_amt) AS amt FROM ticket_line GROUP BY ticket_id) s
WHERE s.ticket_id = t.ticket_id;

-- ---------------------------------------------------------------------------------------------
-- Standing orders of the wholesale customers (customers 22 to 24 are new and have none yet),
-- supplied by the first open shop of the customer's city.

INSERT INTO standing_order (standing_order_id, customer_id, shop_id, product_id, delivery_dow, qty,
                            unit_price_amt, start_on, end_on, status)
SELECT o.i, o.customer_id,
       (SELECT min(sh.shop_id) FROM shop sh WHERE sh.city = c.city AND sh.status = 'A'),
       p.product_id,
       1 + (o.i * 3) % 6,
       6 + (o.i * 7) % 30,
       p.wholesale_amt,
       GREATEST(LEAST(c.since_on + (o.i * 41) % 400, DATE '2025-09-01'), p.launched_on),
       CASE WHEN c.status = 'C' OR o.i % 9 = 0
            THEN GREATEST(LEAST(c.since_on + (o.i * 41) % 400, DATE '2025-09-01'), p.launched_on) + 120 + (o.i * 13) % 300
            END,
       CASE WHEN c.status = 'C' OR o.i % 9 = 0 THEN 'X'
            WHEN c.status = 'P' OR o.i % 9 = 4 THEN 'P'
            ELSE 'A' END
FROM (
    SELECT i, 1 + (i * 5) % 21 AS customer_id,
           (ARRAY[1, 2, 3, 4, 5, 6, 9, 10, 11, 14, 18, 19, 20, 21, 23, 24, 8, 12, 22])[1 + (i * 7) % 19] AS product_id
    FROM generate_series(1, 58) AS i
) o
JOIN customer c ON c.customer_id = o.customer_id
JOIN product p ON p.product_id = o.product_id;
