-- Point-of-sale database of "Daily Grind", a chain of coffee shops in US cities, used as the
-- sample database of the golden set benches/intent/coffee.frozen.yaml. Rails-style schema,
-- no comments on objects; all rows are invented and reproducible (generate_series, fixed
-- value lists and modular arithmetic, no random()).

CREATE TABLE shops (
    id                bigint PRIMARY KEY,
    name              varchar(80) NOT NULL,
    city              varchar(60) NOT NULL,
    state             varchar(2) NOT NULL,
    street_address    text,
    phone             varchar(20),
    opened_on         date NOT NULL,
    closed_on         date,
    seats             integer NOT NULL,
    has_drive_through boolean NOT NULL DEFAULT false,
    created_at        timestamp(6) NOT NULL,
    updated_at        timestamp(6) NOT NULL
);

CREATE TABLE employees (
    id            bigint PRIMARY KEY,
    shop_id       bigint NOT NULL REFERENCES shops(id),
    first_name    varchar(50) NOT NULL,
    last_name     varchar(50) NOT NULL,
    email         varchar(120),
    role          varchar(20) NOT NULL,
    hourly_wage   numeric(6,2) NOT NULL,
    hired_on      date NOT NULL,
    terminated_on date,
    created_at    timestamp(6) NOT NULL,
    updated_at    timestamp(6) NOT NULL
);

CREATE TABLE categories (
    id         bigint PRIMARY KEY,
    name       varchar(50) NOT NULL,
    position   integer NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE menu_items (
    id          bigint PRIMARY KEY,
    category_id bigint NOT NULL REFERENCES categories(id),
    name        varchar(80) NOT NULL,
    base_price  numeric(6,2) NOT NULL,
    calories    integer,
    sized       boolean NOT NULL,
    seasonal    boolean NOT NULL DEFAULT false,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamp(6) NOT NULL,
    updated_at  timestamp(6) NOT NULL
);

CREATE TABLE sizes (
    id         bigint PRIMARY KEY,
    name       varchar(20) NOT NULL,
    ounces     integer NOT NULL,
    upcharge   numeric(4,2) NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE customers (
    id           bigint PRIMARY KEY,
    first_name   varchar(50) NOT NULL,
    last_name    varchar(50) NOT NULL,
    email        varchar(120),
    phone        varchar(20),
    birthday     date,
    home_shop_id bigint REFERENCES shops(id),
    marketing_opt_in boolean NOT NULL DEFAULT false,
    created_at   timestamp(6) NOT NULL,
    updated_at   timestamp(6) NOT NULL
);

CREATE TABLE loyalty_cards (
    id             bigint PRIMARY KEY,
    customer_id    bigint NOT NULL REFERENCES customers(id),
    card_number    varchar(16) NOT NULL UNIQUE,
    tier           varchar(10) NOT NULL,
    points_balance integer NOT NULL DEFAULT 0,
    issued_on      date NOT NULL,
    active         boolean NOT NULL DEFAULT true,
    last_used_at   timestamptz,
    created_at     timestamp(6) NOT NULL,
    updated_at     timestamp(6) NOT NULL
);

CREATE TABLE orders (
    id              bigint PRIMARY KEY,
    shop_id         bigint NOT NULL REFERENCES shops(id),
    employee_id     bigint NOT NULL REFERENCES employees(id),
    customer_id     bigint REFERENCES customers(id),
    ticket_number   varchar(20) NOT NULL,
    ordered_at      timestamp NOT NULL,
    channel         varchar(20) NOT NULL,
    status          varchar(20) NOT NULL,
    payment_method  varchar(20) NOT NULL,
    subtotal        numeric(8,2) NOT NULL DEFAULT 0,
    tax             numeric(8,2) NOT NULL DEFAULT 0,
    tip             numeric(6,2),
    total           numeric(8,2) NOT NULL DEFAULT 0,
    created_at      timestamp(6) NOT NULL,
    updated_at      timestamp(6) NOT NULL
);

CREATE TABLE order_items (
    id           bigint PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES orders(id),
    menu_item_id bigint NOT NULL REFERENCES menu_items(id),
    size_id      bigint REFERENCES sizes(id),
    quantity     integer NOT NULL,
    unit_price   numeric(6,2) NOT NULL,
    discount     numeric(6,2),
    created_at   timestamp(6) NOT NULL,
    updated_at   timestamp(6) NOT NULL
);

CREATE TABLE shop_expenses (
    id          bigint PRIMARY KEY,
    shop_id     bigint NOT NULL REFERENCES shops(id),
    spent_on    date NOT NULL,
    kind        varchar(20) NOT NULL,
    amount      numeric(10,2) NOT NULL,
    payee       text,
    approved    boolean NOT NULL,
    created_at  timestamp(6) NOT NULL,
    updated_at  timestamp(6) NOT NULL
);

CREATE TABLE suppliers (
    id                 bigint PRIMARY KEY,
    name               varchar(100) NOT NULL,
    supply_type        varchar(30) NOT NULL,
    city               varchar(60) NOT NULL,
    country            varchar(60) NOT NULL,
    contact_email      varchar(120),
    payment_terms_days integer NOT NULL,
    active             boolean NOT NULL DEFAULT true,
    created_at         timestamp(6) NOT NULL,
    updated_at         timestamp(6) NOT NULL
);

CREATE TABLE deliveries (
    id             bigint PRIMARY KEY,
    supplier_id    bigint NOT NULL REFERENCES suppliers(id),
    shop_id        bigint NOT NULL REFERENCES shops(id),
    employee_id    bigint REFERENCES employees(id),
    invoice_number varchar(30) NOT NULL,
    expected_on    date NOT NULL,
    delivered_on   date,
    status         varchar(20) NOT NULL,
    invoice_amount numeric(10,2) NOT NULL DEFAULT 0,
    created_at     timestamp(6) NOT NULL,
    updated_at     timestamp(6) NOT NULL
);

CREATE TABLE delivery_items (
    id           bigint PRIMARY KEY,
    delivery_id  bigint NOT NULL REFERENCES deliveries(id),
    product_name varchar(100) NOT NULL,
    unit         varchar(10) NOT NULL,
    quantity     integer NOT NULL,
    unit_cost    numeric(8,2) NOT NULL,
    created_at   timestamp(6) NOT NULL,
    updated_at   timestamp(6) NOT NULL
);

INSERT INTO shops (id, name, city, state, street_address, phone, opened_on, closed_on, seats, has_drive_through, created_at, updated_at) VALUES
  (1,  'Pike Street',      'Seattle',       'WA', '1510 Pike Pl',            '206-555-0141', '2014-05-02', NULL,         34, false, '2019-02-11 09:12:00', '2024-03-02 17:40:00'),
  (2,  'Capitol Hill',     'Seattle',       'WA', '801 E Pine St',           '206-555-0177', '2016-09-15', NULL,         28, false, '2019-02-11 09:15:00', '2023-11-20 08:05:00'),
  (3,  'Ballard',          'Seattle',       'WA', '5300 Ballard Ave NW',     NULL,           '2021-03-20', NULL,         22, true,  '2021-03-01 10:00:00', '2024-06-14 12:30:00'),
  (4,  'Pearl District',   'Portland',      'OR', '1001 NW Lovejoy St',      '503-555-0112', '2017-06-10', NULL,         40, false, '2019-02-11 09:20:00', '2022-08-09 14:10:00'),
  (5,  'Hawthorne',        'Portland',      'OR', '3612 SE Hawthorne Blvd',  '503-555-0190', '2019-11-02', NULL,         26, true,  '2019-10-20 11:00:00', '2024-01-15 09:00:00'),
  (6,  'LoDo',             'Denver',        'CO', '1600 Wynkoop St',         '303-555-0123', '2018-04-21', NULL,         36, false, '2019-02-11 09:25:00', '2023-05-30 16:45:00'),
  (7,  'South Congress',   'Austin',        'TX', '1400 S Congress Ave',     '512-555-0166', '2020-02-08', NULL,         30, true,  '2020-01-25 08:30:00', '2024-09-01 10:20:00'),
  (8,  'Wicker Park',      'Chicago',       'IL', '1478 N Milwaukee Ave',    '312-555-0108', '2015-10-03', NULL,         38, false, '2019-02-11 09:30:00', '2023-02-17 13:00:00'),
  (9,  'The Loop',         'Chicago',       'IL', '20 N Wabash Ave',         '312-555-0150', '2019-01-14', NULL,         18, false, '2019-02-11 09:35:00', '2024-04-22 15:55:00'),
  (10, 'Back Bay',         'Boston',        'MA', '300 Newbury St',          '617-555-0134', '2020-07-18', NULL,         24, false, '2020-07-01 09:00:00', '2022-12-12 11:11:00'),
  (11, 'North Loop',       'Minneapolis',   'MN', '212 N 1st Ave',           NULL,           '2022-04-09', NULL,         32, true,  '2022-03-20 10:30:00', '2024-10-05 09:45:00'),
  (12, 'Gaslamp',          'San Diego',     'CA', '455 5th Ave',             '619-555-0181', '2019-08-24', '2024-06-30', 20, false, '2019-08-01 12:00:00', '2024-07-01 08:00:00');

INSERT INTO employees
SELECT n,
       1 + (n - 1) / 7,
       (ARRAY['Emma','Liam','Olivia','Noah','Ava','Mateo','Sophia','Elijah','Isabella','Lucas',
              'Mia','Ethan','Harper','Jayden','Camila','Aiden','Aria','Diego','Chloe','Kai',
              'Zoe','Marcus','Nora','Andre','Priya','Caleb','Leah','Omar','Hazel','Tyler'])[1 + (n * 7) % 30],
       (ARRAY['Nguyen','Garcia','Smith','Johnson','Patel','Kim','Rodriguez','Brown','Martinez','Lee',
              'Walker','Hernandez','Lopez','Clark','Lewis','Young','Allen','Wright','Scott','Torres',
              'Hill','Flores','Green','Adams','Baker','Rivera','Campbell','Mitchell','Carter','Roberts'])[1 + (n * 11 + n / 5) % 30],
       CASE WHEN n % 13 = 0 THEN NULL ELSE 'staff' || n || '@dailygrind.example' END,
       CASE WHEN (n - 1) % 7 = 0 THEN 'manager'
            WHEN (n - 1) % 7 = 1 THEN 'shift_lead'
            ELSE 'barista' END,
       CASE WHEN (n - 1) % 7 = 0 THEN 27.50 + (n % 5) * 0.75
            WHEN (n - 1) % 7 = 1 THEN 21.00 + (n % 4) * 0.50
            ELSE 16.50 + (n % 6) * 0.40 END,
       DATE '2019-03-01' + (n * 53) % 1300,
       CASE WHEN n % 9 = 4 THEN DATE '2022-06-01' + (n * 29) % 900 ELSE NULL END,
       TIMESTAMP '2019-03-01 09:00' + make_interval(days => (n * 53) % 1300),
       TIMESTAMP '2019-03-01 09:00' + make_interval(days => (n * 53) % 1300 + 30 + n % 200)
FROM generate_series(1, 84) AS n;

-- Nobody starts at a shop before it opens.
UPDATE employees e SET hired_on = s.opened_on - 14 + (e.id % 20)::int,
                       created_at = (s.opened_on - 14 + (e.id % 20)::int)::timestamp + time '09:00'
FROM shops s WHERE s.id = e.shop_id AND e.hired_on < s.opened_on - 14;
UPDATE employees SET updated_at = created_at + interval '3 days' WHERE updated_at < created_at;
UPDATE employees SET terminated_on = NULL WHERE terminated_on <= hired_on;
UPDATE employees SET terminated_on = DATE '2024-06-30', updated_at = TIMESTAMP '2024-07-01 10:00'
WHERE shop_id = 12;

INSERT INTO categories VALUES
  (1, 'Espresso Drinks',   1, '2019-02-11 08:00', '2019-02-11 08:00'),
  (2, 'Brewed Coffee',     2, '2019-02-11 08:00', '2019-02-11 08:00'),
  (3, 'Tea',               3, '2019-02-11 08:00', '2021-05-03 10:00'),
  (4, 'Iced & Cold Brew',  4, '2019-02-11 08:00', '2022-04-18 09:30'),
  (5, 'Pastries',          5, '2019-02-11 08:00', '2019-02-11 08:00'),
  (6, 'Sandwiches',        6, '2019-02-11 08:00', '2023-01-09 11:00'),
  (7, 'Whole Bean',        7, '2019-02-11 08:00', '2019-02-11 08:00');

INSERT INTO menu_items (id, category_id, name, base_price, calories, sized, seasonal, active, created_at, updated_at) VALUES
  (1,  1, 'Espresso',                  3.00,    5, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (2,  1, 'Americano',                 3.50,   15, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (3,  1, 'Cappuccino',                4.50,  120, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (4,  1, 'Caffe Latte',               4.75,  190, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (5,  1, 'Flat White',                4.95,  170, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (6,  1, 'Mocha',                     5.25,  290, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (7,  1, 'Caramel Macchiato',         5.45,  250, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (8,  1, 'Cortado',                   4.25,   80, false, false, true,  '2020-03-02 08:00', '2023-01-02 07:00'),
  (9,  1, 'Pumpkin Spice Latte',       5.95,  380, true,  true,  true,  '2019-09-01 08:00', '2024-09-01 07:00'),
  (10, 1, 'Peppermint Mocha',          5.95,  410, true,  true,  false, '2019-11-15 08:00', '2024-01-10 07:00'),
  (11, 2, 'House Drip',                2.75,    5, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (12, 2, 'Dark Roast Drip',           2.95,    5, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (13, 2, 'Pour Over',                 4.50,    5, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (14, 2, 'Cafe au Lait',              3.75,  110, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (15, 3, 'Chai Latte',                4.75,  240, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (16, 3, 'Matcha Latte',              5.25,  200, true,  false, true,  '2020-05-04 08:00', '2023-01-02 07:00'),
  (17, 3, 'Earl Grey',                 3.25,    0, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (18, 3, 'Jasmine Green Tea',         3.25,    0, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (19, 4, 'Cold Brew',                 4.25,   10, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (20, 4, 'Nitro Cold Brew',           4.95,   10, true,  false, true,  '2021-04-12 08:00', '2023-01-02 07:00'),
  (21, 4, 'Iced Latte',                4.95,  150, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (22, 4, 'Iced Vanilla Latte',        5.45,  220, true,  false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (23, 4, 'Lavender Lemonade',         4.50,  160, true,  true,  false, '2022-05-01 08:00', '2024-09-30 07:00'),
  (24, 5, 'Butter Croissant',          3.75,  260, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (25, 5, 'Almond Croissant',          4.50,  410, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (26, 5, 'Blueberry Muffin',          3.50,  420, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (27, 5, 'Cinnamon Roll',             4.25,  480, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (28, 5, 'Chocolate Chip Cookie',     2.75,  360, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (29, 5, 'Banana Bread',              3.25,  380, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (30, 6, 'Bacon Egg & Cheddar',       6.25,  480, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (31, 6, 'Spinach Feta Wrap',         5.95,  290, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (32, 6, 'Turkey Pesto Panini',       8.50,  560, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (33, 6, 'Avocado Toast',             7.25,  350, false, false, true,  '2021-01-05 08:00', '2023-01-02 07:00'),
  (34, 7, 'House Blend 12 oz Bag',    15.95, NULL, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (35, 7, 'Ethiopia Yirgacheffe Bag', 19.50, NULL, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00'),
  (36, 7, 'Decaf Colombia Bag',       16.95, NULL, false, false, true,  '2019-02-11 08:00', '2023-01-02 07:00');

INSERT INTO sizes VALUES
  (1, 'Small',  12, 0.00, '2019-02-11 08:00', '2019-02-11 08:00'),
  (2, 'Medium', 16, 0.60, '2019-02-11 08:00', '2022-01-03 08:00'),
  (3, 'Large',  20, 1.10, '2019-02-11 08:00', '2022-01-03 08:00');

INSERT INTO customers
SELECT n,
       (ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
              'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Daniel','Karen',
              'Matthew','Nancy','Anthony','Lisa','Mark','Betty','Steven','Sandra','Paul','Ashley',
              'Kevin','Emily','Brian','Megan','Jason','Rachel','Ryan','Laura','Justin','Amber'])[1 + n % 40],
       (ARRAY['Anderson','Bennett','Chen','Dawson','Evans','Fischer','Gomez','Hughes','Ibrahim','Jensen',
              'Kowalski','Larsen','Morales','Nakamura','Olsen','Park','Quinn','Reyes','Sullivan','Thompson',
              'Vasquez','Walsh','Xu','Yamamoto','Zimmerman','Brooks','Chavez','Dunn','Ellis','Ford',
              'Graham','Hayes','Ortiz','Murphy','Novak','Price','Ramirez','Schultz','Tran','Warren'])[1 + (n / 40 + 7 * (n % 40)) % 40],
       CASE WHEN n % 8 = 0 THEN NULL ELSE 'guest' || n || '@mail.example' END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE '555-' || lpad(((n * 7919) % 10000)::text, 4, '0') END,
       CASE WHEN n % 5 = 0 THEN NULL ELSE DATE '1955-01-01' + (n * 3571) % 17500 END,
       CASE WHEN n % 11 = 0 THEN NULL ELSE 1 + (n * 5) % 11 END,
       (n % 3 <> 2),
       TIMESTAMP '2021-09-01 08:00' + make_interval(days => (n - 1) * 1150 / 600, mins => (n * 131) % 600),
       TIMESTAMP '2021-09-01 08:00' + make_interval(days => (n - 1) * 1150 / 600 + (n * 17) % 120, mins => (n * 131) % 600)
FROM generate_series(1, 600) AS n;

INSERT INTO loyalty_cards
SELECT row_number() OVER (ORDER BY c.id),
       c.id,
       'DG' || lpad((700000 + c.id * 37)::text, 8, '0'),
       CASE WHEN c.id % 10 = 0 THEN 'Gold'
            WHEN c.id % 10 IN (1, 4, 7) THEN 'Silver'
            ELSE 'Bronze' END,
       CASE WHEN c.id % 10 = 0 THEN 900 + (c.id * 13) % 1600
            WHEN c.id % 10 IN (1, 4, 7) THEN 300 + (c.id * 13) % 600
            ELSE (c.id * 13) % 300 END,
       (c.created_at + interval '1 day' * (c.id % 20))::date,
       (c.id % 15 <> 0),
       CASE WHEN c.id % 6 = 5 THEN NULL
            ELSE greatest(c.created_at + interval '1 day' * (c.id % 20 + 3),
                          TIMESTAMP '2024-12-30 18:00' - make_interval(days => ((c.id * 41) % 400)::int, mins => ((c.id * 7) % 600)::int))
                 AT TIME ZONE 'America/Chicago' END,
       c.created_at + interval '1 day' * (c.id % 20),
       c.created_at + interval '1 day' * (c.id % 20 + 40)
FROM customers c
WHERE c.id % 4 <> 3;

INSERT INTO orders (id, shop_id, employee_id, customer_id, ticket_number, ordered_at, channel, status, payment_method, tip, created_at, updated_at)
SELECT n,
       o.shop_id,
       (o.shop_id - 1) * 7 + 1 + (n * 3) % 7,
       CASE WHEN n % 4 = 0 THEN NULL
            ELSE 1 + (n * 17) % least(600, greatest(1, (o.day + 122) * 600 / 1150)) END,
       'T' || to_char(o.ts, 'YYMMDD') || '-' || lpad(n::text, 5, '0'),
       o.ts,
       CASE WHEN n % 5 = 0 THEN 'mobile_app'
            WHEN n % 5 = 1 AND o.shop_id IN (3, 5, 7, 11) THEN 'drive_through'
            ELSE 'counter' END,
       CASE WHEN n % 47 = 0 THEN 'refunded'
            WHEN n % 61 = 0 THEN 'voided'
            ELSE 'completed' END,
       CASE WHEN n % 5 = 0 THEN 'mobile_wallet'
            WHEN n % 7 = 3 THEN 'cash'
            WHEN n % 19 = 2 THEN 'gift_card'
            ELSE 'card' END,
       CASE WHEN n % 7 = 3 OR n % 3 = 0 THEN NULL ELSE 0.50 + (n % 6) * 0.25 END,
       o.ts,
       o.ts + interval '1 minute' * (2 + n % 9)
FROM generate_series(1, 1200) AS n
CROSS JOIN LATERAL (
    SELECT ((n - 1) * 1096 / 1200) AS day,
           TIMESTAMP '2022-01-01 06:30' + make_interval(days => (n - 1) * 1096 / 1200, mins => (n * 97) % 720) AS ts,
           CASE WHEN 1 + (n * 5 + n / 11) % 12 = 12 AND DATE '2022-01-01' + (n - 1) * 1096 / 1200 > DATE '2024-06-30' THEN 1
                WHEN 1 + (n * 5 + n / 11) % 12 = 11 AND DATE '2022-01-01' + (n - 1) * 1096 / 1200 < DATE '2022-04-09' THEN 8
                ELSE 1 + (n * 5 + n / 11) % 12 END AS shop_id
) AS o;

UPDATE orders SET customer_id = NULL WHERE channel = 'drive_through' AND id % 3 = 1;

-- An order is rung up by someone who worked at the shop that day.
UPDATE orders o SET employee_id = (
    SELECT e.id FROM employees e
    WHERE e.shop_id = o.shop_id AND e.hired_on <= o.ordered_at::date
      AND (e.terminated_on IS NULL OR e.terminated_on >= o.ordered_at::date)
    ORDER BY (e.id + o.id) % 7, e.id LIMIT 1)
WHERE EXISTS (
    SELECT 1 FROM employees e
    WHERE e.id = o.employee_id
      AND (e.hired_on > o.ordered_at::date OR e.terminated_on < o.ordered_at::date));

INSERT INTO order_items
SELECT row_number() OVER (ORDER BY o.id, l.line),
       o.id,
       m.id,
       CASE WHEN m.sized THEN 1 + (o.id + l.line) % 3 ELSE NULL END,
       CASE WHEN m.category_id = 7 THEN 1
            WHEN (o.id + l.line) % 9 = 0 THEN 3
            WHEN (o.id * l.line) % 4 = 1 THEN 2
            ELSE 1 END,
       m.base_price
         + CASE WHEN m.sized THEN (ARRAY[0.00, 0.60, 1.10])[1 + (o.id + l.line) % 3] ELSE 0 END
         + CASE WHEN o.ordered_at >= TIMESTAMP '2024-01-01' THEN 0.25
                WHEN o.ordered_at >= TIMESTAMP '2023-01-01' THEN 0.10 ELSE 0 END,
       CASE WHEN (o.id + l.line) % 17 = 0 THEN 1.00 ELSE NULL END,
       o.created_at,
       o.created_at
FROM orders o
CROSS JOIN LATERAL generate_series(1, CASE WHEN o.id % 3 = 0 THEN 1 ELSE 2 END) AS l(line)
JOIN menu_items m ON m.id = CASE
        WHEN l.line = 1 THEN 1 + (o.id * 7 + o.id / 5) % 23
        ELSE 24 + (o.id * 5 + o.id / 3) % 13 END;

-- Seasonal drinks only sell in autumn and winter; replace them otherwise with a latte.
UPDATE order_items oi SET menu_item_id = 4
FROM orders o
WHERE o.id = oi.order_id AND oi.menu_item_id IN (9, 10)
  AND extract(month FROM o.ordered_at) BETWEEN 3 AND 8;
UPDATE order_items oi SET menu_item_id = 21
FROM orders o
WHERE o.id = oi.order_id AND oi.menu_item_id = 23
  AND extract(month FROM o.ordered_at) NOT BETWEEN 5 AND 9;

UPDATE orders o SET subtotal = t.subtotal,
                    tax = round(t.subtotal * 0.09, 2),
                    total = t.subtotal + round(t.subtotal * 0.09, 2) + coalesce(o.tip, 0)
FROM (SELECT order_id, sum(quantity * unit_price - coalesce(discount, 0)) AS subtotal
      FROM order_items GROUP BY order_id) t
WHERE t.order_id = o.id;

INSERT INTO shop_expenses
SELECT row_number() OVER (ORDER BY e.spent_on, e.shop_id, e.kind),
       e.shop_id, e.spent_on, e.kind, e.amount, e.payee, e.approved,
       e.spent_on + time '10:15', e.spent_on + time '10:15' + interval '2 days'
FROM (
    SELECT s.id AS shop_id,
           (DATE '2022-01-01' + make_interval(months => m))::date AS spent_on,
           'rent' AS kind,
           (2800 + s.seats * 95 + CASE WHEN m >= 24 THEN 300 WHEN m >= 12 THEN 150 ELSE 0 END)::numeric(10,2) AS amount,
           s.name || ' Properties LLC' AS payee,
           true AS approved
    FROM shops s CROSS JOIN generate_series(0, 35) AS m
    WHERE (DATE '2022-01-01' + make_interval(months => m))::date >= date_trunc('month', s.opened_on)
      AND (s.closed_on IS NULL OR (DATE '2022-01-01' + make_interval(months => m))::date <= s.closed_on)
    UNION ALL
    SELECT s.id,
           (DATE '2022-01-12' + make_interval(months => m))::date,
           'utilities',
           round(420 + s.seats * 6 + ((s.id * 7 + m * 13) % 23) * 11.35
                 + CASE WHEN m % 12 IN (0, 1, 6, 7, 11) THEN 140 ELSE 0 END, 2),
           CASE WHEN s.id % 4 = 0 THEN NULL ELSE 'City Power & Water' END,
           true
    FROM shops s CROSS JOIN generate_series(0, 35) AS m
    WHERE (DATE '2022-01-12' + make_interval(months => m))::date >= s.opened_on
      AND (s.closed_on IS NULL OR (DATE '2022-01-12' + make_interval(months => m))::date <= s.closed_on)
    UNION ALL
    SELECT s.id,
           (DATE '2022-01-20' + make_interval(months => m, days => (s.id % 5)::int))::date,
           (ARRAY['repairs', 'cleaning', 'marketing', 'equipment'])[1 + (s.id + m) % 4],
           round(150 + ((s.id * 31 + m * 17) % 40) * 22.5, 2),
           CASE WHEN (s.id + m) % 4 = 0 THEN 'Espresso Tech Services'
                WHEN (s.id + m) % 4 = 1 THEN 'Sparkle Commercial Cleaning'
                WHEN (s.id + m) % 4 = 2 THEN NULL
                ELSE 'Restaurant Depot' END,
           (s.id + m) % 11 <> 0
    FROM shops s CROSS JOIN generate_series(0, 35) AS m
    WHERE (s.id + m) % 3 = 0
      AND (DATE '2022-01-20' + make_interval(months => m))::date >= s.opened_on
      AND (s.closed_on IS NULL OR (DATE '2022-01-20' + make_interval(months => m))::date <= s.closed_on)
) e;

INSERT INTO suppliers VALUES
  (1,  'Cascade Roasting Co.',        'coffee beans', 'Seattle',     'USA',      'orders@cascaderoasting.example', 30, true,  '2019-02-11 08:00', '2024-02-01 08:00'),
  (2,  'Andes Green Coffee Imports',  'coffee beans', 'Medellin',    'Colombia', 'sales@andesgreen.example',       45, true,  '2019-02-11 08:00', '2023-07-14 08:00'),
  (3,  'Sidamo Trading House',        'coffee beans', 'Addis Ababa', 'Ethiopia', NULL,                             60, true,  '2020-06-01 08:00', '2022-10-03 08:00'),
  (4,  'Valley Fresh Dairy',          'dairy',        'Portland',    'USA',      'dispatch@valleyfresh.example',   15, true,  '2019-02-11 08:00', '2024-05-20 08:00'),
  (5,  'Prairie Creamery',            'dairy',        'Madison',     'USA',      'hello@prairiecreamery.example',  15, true,  '2020-01-10 08:00', '2023-03-08 08:00'),
  (6,  'Oatly Foodservice',           'dairy',        'Malmo',       'Sweden',   'foodservice@oatly.example',      30, true,  '2021-02-15 08:00', '2024-01-11 08:00'),
  (7,  'Golden Crust Bakery',         'bakery',       'Seattle',     'USA',      'wholesale@goldencrust.example',  7,  true,  '2019-02-11 08:00', '2024-08-19 08:00'),
  (8,  'La Petite Boulangerie',       'bakery',       'Chicago',     'USA',      NULL,                             7,  false, '2019-02-11 08:00', '2023-12-31 08:00'),
  (9,  'Leaf & Kettle Teas',          'tea',          'Vancouver',   'Canada',   'trade@leafkettle.example',       30, true,  '2019-02-11 08:00', '2022-09-09 08:00'),
  (10, 'Monin Syrups Distribution',   'syrups',       'Clearwater',  'USA',      'orders@moninsyrups.example',     30, true,  '2019-02-11 08:00', '2024-03-03 08:00'),
  (11, 'GreenCup Packaging',          'packaging',    'Denver',      'USA',      'sales@greencup.example',         45, true,  '2019-02-11 08:00', '2023-06-06 08:00'),
  (12, 'Pacific Paper Goods',         'packaging',    'Oakland',     'USA',      NULL,                             30, true,  '2021-08-01 08:00', '2021-08-01 08:00');

INSERT INTO deliveries (id, supplier_id, shop_id, employee_id, invoice_number, expected_on, delivered_on, status, created_at, updated_at)
SELECT n,
       d.supplier_id,
       d.shop_id,
       CASE WHEN n % 8 = 0 THEN NULL ELSE (d.shop_id - 1) * 7 + 1 + n % 3 END,
       'INV-' || d.supplier_id || '-' || lpad((10000 + n * 7)::text, 6, '0'),
       d.expected_on,
       CASE WHEN d.expected_on > DATE '2024-12-20' THEN NULL
            WHEN n % 29 = 0 THEN NULL
            ELSE d.expected_on + (n % 4 = 0)::int + (n % 13 = 0)::int * 2 END,
       CASE WHEN d.expected_on > DATE '2024-12-20' THEN 'pending'
            WHEN n % 29 = 0 THEN 'cancelled'
            WHEN n % 23 = 0 THEN 'rejected'
            WHEN n % 11 = 0 THEN 'partial'
            ELSE 'received' END,
       (d.expected_on - 7)::timestamp + time '14:00',
       (d.expected_on + 2)::timestamp + time '09:30'
FROM generate_series(1, 600) AS n
CROSS JOIN LATERAL (
    SELECT 1 + (n * 7) % 12 AS supplier_id,
           CASE WHEN 1 + (n * 5 + n / 12) % 12 = 12 AND DATE '2022-01-03' + (n - 1) * 1093 / 600 > DATE '2024-06-30' THEN 2
                WHEN 1 + (n * 5 + n / 12) % 12 = 11 AND DATE '2022-01-03' + (n - 1) * 1093 / 600 < DATE '2022-04-09' THEN 9
                ELSE 1 + (n * 5 + n / 12) % 12 END AS shop_id,
           DATE '2022-01-03' + (n - 1) * 1093 / 600 AS expected_on
) AS d;

-- The French bakery stopped supplying at the end of 2023.
UPDATE deliveries SET supplier_id = 7 WHERE supplier_id = 8 AND expected_on >= DATE '2024-01-01';
-- Pacific Paper Goods was only onboarded; it never delivered anything.
UPDATE deliveries SET supplier_id = 11 WHERE supplier_id = 12;
UPDATE deliveries d SET employee_id = (
    SELECT e.id FROM employees e
    WHERE e.shop_id = d.shop_id AND e.hired_on <= d.expected_on
      AND (e.terminated_on IS NULL OR e.terminated_on >= d.expected_on)
    ORDER BY e.id LIMIT 1)
WHERE EXISTS (
    SELECT 1 FROM employees e
    WHERE e.id = d.employee_id
      AND (e.hired_on > d.expected_on OR e.terminated_on < d.expected_on));

INSERT INTO delivery_items
SELECT row_number() OVER (ORDER BY d.id, l.line),
       d.id,
       p.product_name, p.unit,
       p.base_qty + (d.id * 3 + l.line) % 6 * p.step,
       round(p.unit_cost * CASE WHEN d.expected_on >= DATE '2024-01-01' THEN 1.08
                                WHEN d.expected_on >= DATE '2023-01-01' THEN 1.04 ELSE 1 END, 2),
       d.created_at,
       d.updated_at
FROM deliveries d
JOIN suppliers s ON s.id = d.supplier_id
CROSS JOIN LATERAL generate_series(1, 2) AS l(line)
CROSS JOIN LATERAL (
    SELECT (CASE s.supply_type
              WHEN 'coffee beans' THEN ARRAY['Espresso Blend Beans', 'Single Origin Beans', 'Decaf Beans']
              WHEN 'dairy'        THEN ARRAY['Whole Milk', 'Oat Milk', 'Half and Half']
              WHEN 'bakery'       THEN ARRAY['Croissants', 'Muffins', 'Cinnamon Rolls']
              WHEN 'tea'          THEN ARRAY['Chai Concentrate', 'Matcha Powder', 'Loose Leaf Tea']
              WHEN 'syrups'       THEN ARRAY['Vanilla Syrup', 'Caramel Syrup', 'Pumpkin Spice Sauce']
              ELSE                     ARRAY['12 oz Hot Cups', 'Cold Cup Lids', 'Paper Bags'] END)[1 + (d.id + l.line) % 3] AS product_name,
           CASE s.supply_type WHEN 'coffee beans' THEN 'kg' WHEN 'dairy' THEN 'l'
                              WHEN 'bakery' THEN 'dozen' WHEN 'tea' THEN 'kg'
                              WHEN 'syrups' THEN 'bottle' ELSE 'case' END AS unit,
           CASE s.supply_type WHEN 'coffee beans' THEN 10 WHEN 'dairy' THEN 40
                              WHEN 'bakery' THEN 4 WHEN 'tea' THEN 2
                              WHEN 'syrups' THEN 6 ELSE 3 END AS base_qty,
           CASE s.supply_type WHEN 'coffee beans' THEN 5 WHEN 'dairy' THEN 10
                              WHEN 'bakery' THEN 1 WHEN 'tea' THEN 1
                              WHEN 'syrups' THEN 2 ELSE 1 END AS step,
           CASE s.supply_type WHEN 'coffee beans' THEN 14.80 + s.id * 1.35 WHEN 'dairy' THEN 1.45 + s.id * 0.07
                              WHEN 'bakery' THEN 16.50 WHEN 'tea' THEN 38.00
                              WHEN 'syrups' THEN 9.75 ELSE 42.00 END AS unit_cost
) AS p;

UPDATE deliveries d SET invoice_amount = t.amount
FROM (SELECT delivery_id, sum(quantity * unit_cost) AS amount FROM delivery_items GROUP BY delivery_id) t
WHERE t.delivery_id = d.id;
