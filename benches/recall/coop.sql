-- A member-owned food co-op grocery (the Riverside Community Food Co-op): its member-owners and
-- the equity shares they pay in, departments and the products on its shelves, the suppliers and
-- the purchase orders placed with them, sales receipts and their lines at the registers, the
-- member discount programs applied at checkout, and the volunteer work hours members put in,
-- 2022-2025. Sample database of the golden set benches/intent/coop.frozen.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today).

CREATE TABLE departments (
    id                 integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    aisle              text NOT NULL,
    target_margin_pct  numeric(5,2) NOT NULL
);

CREATE TABLE suppliers (
    id                  integer PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    city                text NOT NULL,
    state               text NOT NULL,
    is_local            boolean NOT NULL,
    payment_terms_days  integer NOT NULL,
    contact_email       text NOT NULL
);

CREATE TABLE products (
    id             integer PRIMARY KEY,
    sku            text NOT NULL UNIQUE,
    name           text NOT NULL UNIQUE,
    department_id  integer NOT NULL REFERENCES departments (id),
    supplier_id    integer NOT NULL REFERENCES suppliers (id),
    sold_by        text NOT NULL CHECK (sold_by IN ('each', 'lb')),
    retail_price   numeric(8,2) NOT NULL,
    unit_cost      numeric(8,2) NOT NULL,
    is_organic     boolean NOT NULL,
    is_active      boolean NOT NULL,
    added_dt       date NOT NULL
);

CREATE TABLE members (
    id               integer PRIMARY KEY,
    member_no        text NOT NULL UNIQUE,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            text NOT NULL UNIQUE,
    joined_dt        date NOT NULL,
    status           text NOT NULL CHECK (status IN ('active', 'lapsed', 'suspended')),
    household_size   integer NOT NULL,
    is_low_income    boolean NOT NULL
);

-- Each member-owner buys one $200 equity share, in one payment or in installments.
CREATE TABLE equity_payments (
    id         integer PRIMARY KEY,
    member_id  integer NOT NULL REFERENCES members (id),
    paid_dt    date NOT NULL,
    amount     numeric(8,2) NOT NULL,
    method     text NOT NULL CHECK (method IN ('cash', 'card', 'check', 'bank transfer'))
);

CREATE TABLE discounts (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    discount_pct  numeric(5,2) NOT NULL,
    eligibility   text NOT NULL,
    is_active     boolean NOT NULL
);

CREATE TABLE receipts (
    id               integer PRIMARY KEY,
    receipt_no       text NOT NULL UNIQUE,
    member_id        integer REFERENCES members (id),      -- NULL: a shopper who is not a member
    register_no      integer NOT NULL,
    sale_ts          timestamp NOT NULL,
    payment_method   text NOT NULL CHECK (payment_method IN ('card', 'cash', 'ebt', 'mobile')),
    discount_id      integer REFERENCES discounts (id),
    subtotal         numeric(10,2) NOT NULL,               -- sum of the lines, before discount
    discount_amount  numeric(10,2) NOT NULL,
    total_amount     numeric(10,2) NOT NULL                -- what the shopper paid
);

CREATE TABLE receipt_lines (
    id          integer PRIMARY KEY,
    receipt_id  integer NOT NULL REFERENCES receipts (id),
    product_id  integer NOT NULL REFERENCES products (id),
    quantity    numeric(8,2) NOT NULL,                      -- items, or pounds for goods sold by the lb
    unit_price  numeric(8,2) NOT NULL,
    line_total  numeric(10,2) NOT NULL
);

CREATE TABLE purchase_orders (
    id           integer PRIMARY KEY,
    po_number    text NOT NULL UNIQUE,
    supplier_id  integer NOT NULL REFERENCES suppliers (id),
    ordered_dt   date NOT NULL,
    expected_dt  date NOT NULL,
    received_dt  date,
    status       text NOT NULL CHECK (status IN ('open', 'received', 'cancelled'))
);

CREATE TABLE purchase_order_lines (
    id                 integer PRIMARY KEY,
    purchase_order_id  integer NOT NULL REFERENCES purchase_orders (id),
    product_id         integer NOT NULL REFERENCES products (id),
    quantity           integer NOT NULL,
    unit_cost          numeric(8,2) NOT NULL
);

CREATE TABLE volunteer_shifts (
    id             integer PRIMARY KEY,
    member_id      integer NOT NULL REFERENCES members (id),
    shift_dt       date NOT NULL,
    task           text NOT NULL,
    department_id  integer REFERENCES departments (id),
    hours          numeric(4,2) NOT NULL,
    is_approved    boolean NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Departments, suppliers, discounts: fixed lists.

INSERT INTO departments (id, name, aisle, target_margin_pct) VALUES
    (1,  'Produce',        'A', 28.00),
    (2,  'Bulk Foods',     'B', 35.00),
    (3,  'Dairy',          'C', 25.00),
    (4,  'Bakery',         'D', 40.00),
    (5,  'Meat & Seafood', 'E', 22.00),
    (6,  'Frozen',         'F', 27.00),
    (7,  'Grocery',        'G', 30.00),
    (8,  'Wellness',       'H', 45.00),
    (9,  'Beer & Wine',    'I', 33.00),
    (10, 'Deli',           'J', 50.00);

INSERT INTO suppliers (id, name, city, state, is_local, payment_terms_days, contact_email) VALUES
    (1,  'Valley Roots Farm',              'Hood River',  'OR', true,  15, 'orders@valleyroots.example'),
    (2,  'Sunny Slope Orchards',           'Parkdale',    'OR', true,  15, 'sales@sunnyslope.example'),
    (3,  'Cascade Organics Distributing',  'Portland',    'OR', false, 30, 'buyers@cascadeorganics.example'),
    (4,  'Mountain Bulk Co.',              'Boise',       'ID', false, 30, 'orders@mountainbulk.example'),
    (5,  'Clearwater Creamery',            'Tillamook',   'OR', true,  21, 'dairy@clearwater.example'),
    (6,  'Hearth & Grain Bakery',          'The Dalles',  'OR', true,  7,  'bread@hearthgrain.example'),
    (7,  'Pacific Line Seafood',           'Astoria',     'OR', false, 14, 'sales@pacificline.example'),
    (8,  'Greenfield Pastures Ranch',      'Dufur',       'OR', true,  14, 'ranch@greenfield.example'),
    (9,  'Northwind Natural Foods',        'Seattle',     'WA', false, 45, 'accounts@northwind.example'),
    (10, 'Wildflower Apothecary',          'Mosier',      'OR', true,  30, 'hello@wildflowerapothecary.example'),
    (11, 'Old Mill Brewing',               'Hood River',  'OR', true,  30, 'taproom@oldmill.example'),
    (12, 'Stonecrest Vineyards',           'Lyle',        'WA', false, 30, 'wholesale@stonecrest.example'),
    (13, 'Deli Provisions Inc.',           'Vancouver',   'WA', false, 30, 'orders@deliprovisions.example'),
    (14, 'Frostline Foods',                'Salem',       'OR', false, 30, 'sales@frostline.example'),
    (15, 'Harvest Moon Farm',              'Odell',       'OR', true,  15, 'farm@harvestmoon.example'),
    (16, 'Blue Heron Tofu',                'White Salmon','WA', true,  21, 'tofu@blueheron.example'),
    (17, 'Riverbend Honey',                'Cascade Locks','OR', true, 15, 'bees@riverbend.example'),
    (18, 'Summit Coffee Roasters',         'Hood River',  'OR', true,  21, 'roastery@summitcoffee.example'),
    (19, 'Prairie Wind Mills',             'Walla Walla', 'WA', false, 45, 'mill@prairiewind.example'),
    (20, 'Coastal Kelp Company',           'Newport',     'OR', false, 30, 'info@coastalkelp.example');

INSERT INTO discounts (id, name, discount_pct, eligibility, is_active) VALUES
    (1, 'Owner Appreciation Day',  10.00, 'any member',               true),
    (2, 'Food For All',            15.00, 'low-income members',       true),
    (3, 'Working Member',           5.00, 'members who volunteer',    true),
    (4, 'Senior Tuesday',           8.00, 'members 65 and over',      true),
    (5, 'Case Discount',           10.00, 'anyone buying a full case', true),
    (6, 'Founders Day',            12.00, 'founding members',         false);

-- ---------------------------------------------------------------------------------------------
-- Products: a fixed list. Products 90-93 were added in December 2025 and have not sold yet;
-- every 17th product is discontinued.

INSERT INTO products (id, sku, name, department_id, supplier_id, sold_by, retail_price, unit_cost,
                      is_organic, is_active, added_dt)
SELECT p.id,
       'SKU-' || lpad((p.department_id * 1000 + p.id)::text, 5, '0'),
       p.name, p.department_id, p.supplier_id, p.sold_by, p.retail_price,
       round(p.retail_price * (0.52 + (p.id % 7) * 0.05), 2),
       p.is_organic,
       p.id % 17 <> 0,
       CASE WHEN p.id >= 90 THEN date '2025-12-01' + (p.id - 90) * 3 ELSE date '2022-01-01' END
FROM (VALUES
    (1,  'Gala Apples',                   1, 2,  'lb',    2.49, true),
    (2,  'Honeycrisp Apples',             1, 2,  'lb',    3.29, true),
    (3,  'Bartlett Pears',                1, 2,  'lb',    2.79, false),
    (4,  'Bananas',                       1, 3,  'lb',    0.89, true),
    (5,  'Hass Avocados',                 1, 3,  'each',  1.99, true),
    (6,  'Lacinato Kale',                 1, 1,  'each',  2.99, true),
    (7,  'Rainbow Chard',                 1, 15, 'each',  3.19, true),
    (8,  'Yellow Onions',                 1, 15, 'lb',    1.29, false),
    (9,  'Russet Potatoes',               1, 1,  'lb',    1.09, false),
    (10, 'Carrots',                       1, 1,  'lb',    1.49, true),
    (11, 'Cherry Tomatoes',               1, 15, 'each',  4.49, true),
    (12, 'Spring Mix',                    1, 1,  'lb',    8.99, true),
    (13, 'Lemons',                        1, 3,  'each',  0.79, false),
    (14, 'Garlic',                        1, 15, 'lb',    6.99, true),
    (15, 'Strawberries',                  1, 2,  'each',  5.49, true),
    (16, 'Rolled Oats',                   2, 4,  'lb',    1.79, true),
    (17, 'Brown Rice',                    2, 4,  'lb',    1.99, true),
    (18, 'Red Lentils',                   2, 4,  'lb',    2.49, true),
    (19, 'Raw Almonds',                   2, 4,  'lb',    9.99, false),
    (20, 'Walnut Halves',                 2, 4,  'lb',   11.49, true),
    (21, 'Dried Mango',                   2, 3,  'lb',   12.99, true),
    (22, 'House Granola',                 2, 4,  'lb',    6.49, false),
    (23, 'Chickpeas',                     2, 4,  'lb',    2.29, true),
    (24, 'French Roast Coffee',           2, 18, 'lb',   13.99, true),
    (25, 'Ethiopian Yirgacheffe Coffee',  2, 18, 'lb',   15.99, true),
    (26, 'Quinoa',                        2, 3,  'lb',    4.99, true),
    (27, 'Sunflower Seeds',               2, 4,  'lb',    3.49, false),
    (28, 'Whole Milk Half Gallon',        3, 5,  'each',  4.29, true),
    (29, '2% Milk Gallon',                3, 5,  'each',  6.49, false),
    (30, 'Plain Yogurt Quart',            3, 5,  'each',  5.99, true),
    (31, 'Salted Butter',                 3, 5,  'each',  6.79, false),
    (32, 'Aged Cheddar',                  3, 5,  'lb',   10.99, false),
    (33, 'Large Brown Eggs Dozen',        3, 5,  'each',  6.99, true),
    (34, 'Firm Tofu',                     3, 16, 'each',  2.89, true),
    (35, 'Oat Milk',                      3, 3,  'each',  4.99, false),
    (36, 'Cottage Cheese',                3, 5,  'each',  4.49, false),
    (37, 'Sourdough Boule',               4, 6,  'each',  6.50, false),
    (38, 'Seeded Rye Loaf',               4, 6,  'each',  7.25, true),
    (39, 'Whole Wheat Sandwich Bread',    4, 6,  'each',  5.75, true),
    (40, 'Croissant',                     4, 6,  'each',  3.25, false),
    (41, 'Blueberry Muffin',              4, 6,  'each',  2.95, false),
    (42, 'Gluten-Free Loaf',              4, 6,  'each',  8.49, false),
    (43, 'Cinnamon Roll',                 4, 6,  'each',  3.75, false),
    (44, 'Ground Beef',                   5, 8,  'lb',    7.99, false),
    (45, 'Whole Chicken',                 5, 8,  'lb',    4.49, true),
    (46, 'Pork Chops',                    5, 8,  'lb',    6.99, false),
    (47, 'Wild Salmon Fillet',            5, 7,  'lb',   16.99, false),
    (48, 'Rockfish Fillet',               5, 7,  'lb',   11.99, false),
    (49, 'Bay Shrimp',                    5, 7,  'lb',   13.49, false),
    (50, 'Beef Sausage Links',            5, 8,  'lb',    8.99, false),
    (51, 'Frozen Blueberries',            6, 14, 'each',  5.99, true),
    (52, 'Frozen Peas',                   6, 14, 'each',  2.99, true),
    (53, 'Veggie Burgers',                6, 3,  'each',  6.49, true),
    (54, 'Cheese Pizza',                  6, 14, 'each',  8.99, false),
    (55, 'Vanilla Ice Cream Pint',        6, 14, 'each',  5.49, true),
    (56, 'Frozen Burritos',               6, 3,  'each',  3.29, false),
    (57, 'Peanut Butter',                 7, 9,  'each',  5.99, true),
    (58, 'Wildflower Honey',              7, 17, 'each', 11.99, false),
    (59, 'Clover Honey',                  7, 17, 'each',  9.49, false),
    (60, 'Canned Black Beans',            7, 3,  'each',  1.69, true),
    (61, 'Diced Tomatoes',                7, 3,  'each',  2.19, true),
    (62, 'Spaghetti',                     7, 9,  'each',  2.49, true),
    (63, 'Olive Oil 500ml',               7, 9,  'each', 12.99, true),
    (64, 'Maple Syrup',                   7, 9,  'each', 14.99, true),
    (65, 'Tortilla Chips',                7, 3,  'each',  3.99, true),
    (66, 'Dark Chocolate Bar',            7, 9,  'each',  3.49, true),
    (67, 'Apple Cider Vinegar',           7, 9,  'each',  5.49, true),
    (68, 'Green Tea Bags',                7, 9,  'each',  4.99, true),
    (69, 'Lavender Soap',                 8, 10, 'each',  5.50, false),
    (70, 'Calendula Salve',               8, 10, 'each', 12.00, true),
    (71, 'Vitamin D3',                    8, 9,  'each', 14.99, false),
    (72, 'Elderberry Syrup',              8, 10, 'each', 18.50, true),
    (73, 'Castile Soap',                  8, 9,  'each', 13.99, true),
    (74, 'Natural Deodorant',             8, 9,  'each',  8.99, false),
    (75, 'Herbal Sleep Tea',              8, 10, 'each',  7.50, true),
    (76, 'Old Mill IPA 6-Pack',           9, 11, 'each', 11.99, false),
    (77, 'Old Mill Porter 6-Pack',        9, 11, 'each', 12.49, false),
    (78, 'Hazy Pale Ale 4-Pack',          9, 11, 'each', 13.99, false),
    (79, 'Stonecrest Pinot Noir',         9, 12, 'each', 22.00, true),
    (80, 'Stonecrest Chardonnay',         9, 12, 'each', 18.00, false),
    (81, 'Sparkling Rose',                9, 12, 'each', 24.00, false),
    (82, 'Dry Hard Cider',                9, 11, 'each', 10.99, true),
    (83, 'Hummus',                       10, 16, 'each',  4.99, true),
    (84, 'Chicken Salad',                10, 13, 'lb',    9.99, false),
    (85, 'Roast Turkey Sandwich',        10, 13, 'each',  8.95, false),
    (86, 'Veggie Wrap',                  10, 16, 'each',  7.95, true),
    (87, 'Tomato Soup Quart',            10, 13, 'each',  6.95, true),
    (88, 'Potato Salad',                 10, 13, 'lb',    5.99, false),
    (89, 'Tempeh Reuben',                10, 16, 'each',  9.50, true),
    (90, 'Ginger Kombucha',               7, 9,  'each',  3.99, true),
    (91, 'Pumpkin Pie',                   4, 6,  'each', 14.50, false),
    (92, 'Smoked Trout',                  5, 7,  'lb',   18.99, false),
    (93, 'Ashwagandha Capsules',          8, 10, 'each', 21.00, true)
) AS p (id, name, department_id, supplier_id, sold_by, retail_price, is_organic);

-- ---------------------------------------------------------------------------------------------
-- Members: 400 member-owners; the first 120 joined in the 2022 founding drive.

INSERT INTO members (id, member_no, first_name, last_name, email, joined_dt, status,
                     household_size, is_low_income)
SELECT i,
       'M' || (1000 + i),
       fn,
       ln,
       lower(fn) || '.' || lower(replace(ln, '''', '')) || i || '@example.org',
       CASE WHEN i <= 120 THEN date '2022-01-03' + (i * 3) % 360
            ELSE date '2022-01-03' + (i * 53) % 1450 END,
       CASE WHEN i % 11 = 0 THEN 'lapsed' WHEN i % 37 = 0 THEN 'suspended' ELSE 'active' END,
       (ARRAY[1, 2, 2, 3, 4, 2, 1, 5, 3, 2])[1 + (i * 7) % 10],
       i % 6 = 0
FROM generate_series(1, 400) AS i
CROSS JOIN LATERAL (
    SELECT (ARRAY['Ava','Ben','Carmen','Dev','Elena','Felix','Grace','Hiro','Isla','Jonah',
                  'Keiko','Liam','Maya','Noah','Olive','Priya','Quinn','Rosa','Sam','Tara',
                  'Umar','Vera','Wes','Ximena','Yusuf','Zoe','Arjun','Bea','Cyrus','Dana'])
               [1 + (i - 1) % 30] AS fn,
           (ARRAY['Abbott','Baker','Castillo','Dunn','Ellis','Fischer','Garcia','Holm','Ibarra',
                  'Jensen','Kim','Lund','Moreno','Nakamura','O''Brien','Patel','Quist','Rivera',
                  'Schmidt','Tanaka','Ueda','Vance','Walsh','Xu','Yates','Zeller','Alvarez',
                  'Brooks','Chen','Diaz','Eriksen','Flores','Gupta','Hansen','Iqbal','Jones',
                  'Kowalski','Larsen','Mendez','Novak'])
               [1 + (7 * ((i - 1) % 30) + 11 * ((i - 1) / 30)) % 40] AS ln
) AS nm;

-- Equity: one $200 share per member. Plans: one payment, 4 x $50 quarterly, 8 x $25 monthly,
-- 2 x $100 six months apart; low-income members pay 10 x $20 monthly. Every 13th member
-- stopped paying halfway. No payment falls after 2025.

INSERT INTO equity_payments (id, member_id, paid_dt, amount, method)
SELECT row_number() OVER (ORDER BY x.paid_dt, x.member_id),
       x.member_id, x.paid_dt, x.amount, x.method
FROM (
    SELECT m.id AS member_id,
           (m.joined_dt + make_interval(months => k * pl.step_months))::date AS paid_dt,
           pl.amount,
           (ARRAY['cash','card','check','bank transfer'])[1 + (m.id + k) % 4] AS method,
           k, pl.n
    FROM members m
    CROSS JOIN LATERAL (
        SELECT CASE WHEN m.is_low_income THEN 10 ELSE (ARRAY[1,4,8,2])[1 + m.id % 4] END AS n,
               CASE WHEN m.is_low_income THEN 20.00 ELSE (ARRAY[200.00,50.00,25.00,100.00])[1 + m.id % 4] END AS amount,
               CASE WHEN m.is_low_income THEN 1 ELSE (ARRAY[0,3,1,6])[1 + m.id % 4] END AS step_months
    ) AS pl
    CROSS JOIN LATERAL generate_series(0, pl.n - 1) AS k
    WHERE (m.id % 13 <> 0 OR k * 2 < pl.n)
) AS x
WHERE x.paid_dt <= date '2025-12-31';

-- ---------------------------------------------------------------------------------------------
-- Receipts: 2000 sales from 2022-01-01 to 2025-12-31, 8:00 to 21:00, growing year on year. Every fifth sale is to a
-- non-member; the others go to a member who had joined by the day of the sale.

INSERT INTO receipts (id, receipt_no, member_id, register_no, sale_ts, payment_method, discount_id,
                      subtotal, discount_amount, total_amount)
SELECT r.i,
       'R' || lpad(r.i::text, 6, '0'),
       r.member_id,
       1 + (r.i * 3) % 4,
       r.sale_ts,
       (ARRAY['card','card','cash','ebt','card','mobile','cash','card','mobile'])[1 + (r.i * 5) % 9],
       CASE WHEN r.member_id IS NULL THEN CASE WHEN r.i % 19 = 0 THEN 5 END
            WHEN (SELECT is_low_income FROM members WHERE id = r.member_id) THEN 2
            WHEN r.i % 9 = 0 THEN 1
            WHEN r.i % 13 = 0 THEN 3
            WHEN r.i % 17 = 0 THEN 4
       END,
       0, 0, 0
FROM (
    SELECT i, s.sale_ts,
           CASE WHEN i % 5 = 0 THEN NULL ELSE (
               SELECT m.id FROM members m
               WHERE m.joined_dt <= s.sale_ts::date
               ORDER BY m.id
               OFFSET (i * 31 + (i * i) % 7) % greatest(1, (SELECT count(*) FROM members m2
                                                           WHERE m2.joined_dt <= s.sale_ts::date))
               LIMIT 1) END AS member_id
    FROM generate_series(1, 2000) AS i
    CROSS JOIN LATERAL (
        SELECT timestamp '2022-01-01 08:00'
               + (CASE WHEN i % 3 = 0 THEN floor(sqrt(((i * 389) % 2000) * 1067.2))::integer
                       ELSE (i * 389) % 1461 END) * interval '1 day'
                                            + ((i * 47) % 780) * interval '1 minute' AS sale_ts
    ) AS s
) AS r;

-- Receipt lines: 1 to 5 lines a receipt, over products 1-89.
INSERT INTO receipt_lines (id, receipt_id, product_id, quantity, unit_price, line_total)
SELECT row_number() OVER (ORDER BY l.receipt_id, l.k),
       l.receipt_id, l.product_id, l.quantity, l.unit_price, round(l.quantity * l.unit_price, 2)
FROM (
    SELECT r.id AS receipt_id, k, p.id AS product_id, p.retail_price AS unit_price,
           CASE WHEN p.sold_by = 'lb' THEN 0.50 + ((r.id + k * 3) % 9) * 0.25
                ELSE 1 + ((r.id * k + r.id / 7) % 4) END AS quantity
    FROM receipts r
    CROSS JOIN LATERAL generate_series(0, (r.id * 7) % 5) AS k
    JOIN products p ON p.id = 1 + ((r.id * 13 + k * 29 + ((r.id / 11) % 50) * k) % 89)
) AS l;

UPDATE receipts r
SET subtotal = t.subtotal
FROM (SELECT receipt_id, sum(line_total) AS subtotal FROM receipt_lines GROUP BY receipt_id) AS t
WHERE t.receipt_id = r.id;

UPDATE receipts r
SET discount_amount = coalesce(round(r.subtotal * d.discount_pct / 100, 2), 0)
FROM receipts r2
LEFT JOIN discounts d ON d.id = r2.discount_id
WHERE r2.id = r.id;

UPDATE receipts SET total_amount = subtotal - discount_amount;

-- ---------------------------------------------------------------------------------------------
-- Purchase orders: 240 orders to suppliers 1-18, with 1 to 4 lines of that supplier's products.

INSERT INTO purchase_orders (id, po_number, supplier_id, ordered_dt, expected_dt, received_dt, status)
SELECT i,
       'PO-' || extract(year FROM o.ordered_dt) || '-' || lpad(i::text, 4, '0'),
       o.supplier_id,
       o.ordered_dt,
       o.ordered_dt + 2 + o.supplier_id % 5,
       CASE WHEN o.ordered_dt > date '2025-11-20' OR i % 17 = 0 THEN NULL
            ELSE o.ordered_dt + 2 + o.supplier_id % 5 + (ARRAY[0,0,-1,2,0,1,0,3])[1 + (i * 3) % 8] END,
       CASE WHEN o.ordered_dt > date '2025-11-20' THEN 'open'
            WHEN i % 17 = 0 THEN 'cancelled'
            ELSE 'received' END
FROM generate_series(1, 240) AS i
CROSS JOIN LATERAL (
    SELECT 1 + (i * 7) % 18 AS supplier_id,
           date '2022-01-04' + i * 6 + i % 3 AS ordered_dt
) AS o;

INSERT INTO purchase_order_lines (id, purchase_order_id, product_id, quantity, unit_cost)
SELECT row_number() OVER (ORDER BY x.po_id, x.product_id),
       x.po_id, x.product_id, x.quantity, x.unit_cost
FROM (
    SELECT po.id AS po_id, sp.id AS product_id, sp.unit_cost,
           6 + ((po.id * 7 + sp.rn * 5) % 43) AS quantity,
           sp.rn, sp.cnt
    FROM purchase_orders po
    JOIN (SELECT p.*, row_number() OVER (PARTITION BY supplier_id ORDER BY id) - 1 AS rn,
                 count(*) OVER (PARTITION BY supplier_id) AS cnt
          FROM products p WHERE p.id < 90) AS sp
      ON sp.supplier_id = po.supplier_id
    WHERE (sp.rn - po.id % sp.cnt + sp.cnt) % sp.cnt < least(sp.cnt, 1 + po.id % 4)
) AS x;

-- ---------------------------------------------------------------------------------------------
-- Volunteer shifts: 1200 shifts by the members not suspended whose id is 1 or 2 modulo 4,
-- each between the member's joining day and the end of 2025.

INSERT INTO volunteer_shifts (id, member_id, shift_dt, task, department_id, hours, is_approved)
SELECT s,
       v.id,
       v.joined_dt + (s * 37) % greatest(1, date '2025-12-31' - v.joined_dt),
       t.task,
       CASE t.task WHEN 'produce prep' THEN 1
                   WHEN 'bulk packing' THEN 2
                   WHEN 'stocking' THEN 3 + (s % 8) END,
       2 + (s % 5) * 0.5,
       s % 15 <> 0
FROM generate_series(1, 1200) AS s
CROSS JOIN LATERAL (
    SELECT (ARRAY['cashier','stocking','stocking','produce prep','bulk packing','cleaning',
                  'receiving','cashier','committee','stocking','cashier'])[1 + (s * 5) % 11] AS task
) AS t
JOIN (SELECT m.*, row_number() OVER (ORDER BY id) - 1 AS vn
      FROM members m WHERE m.id % 4 IN (1, 2) AND m.status <> 'suspended') AS v
  ON v.vn = CASE WHEN s % 3 = 0 THEN (s * s) % 53
                 ELSE (s * 17 + s / 50) % (SELECT count(*) FROM members
                                          WHERE id % 4 IN (1, 2) AND status <> 'suspended') END;
