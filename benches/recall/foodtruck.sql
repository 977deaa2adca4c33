-- Street-food company running five food trucks around one city.
-- Each working day a truck books a pitch (a trading location) and pays its fee;
-- cancelled bookings are refunded, so their fee_cents is 0. Sales come from the till
-- export: sale_lines is wide and denormalised, repeating truck, pitch, item and category
-- names as text beside their ids; each row is a batch of one item paid the same way
-- (card or cash), stamped when the batch closed. Ingredients are bought per truck from
-- suppliers, staff work shifts on trucks, and council food-hygiene inspectors score each
-- truck from 0 to 100 (below 60 is a fail, followed by a re-visit).
-- Money is in integer euro cents (price_cents, total_cents, fee_cents, cost_cents);
-- ingredient quantities are in the unit on each purchase row. Timestamps are timestamptz
-- (trading hours in Europe/Dublin local time).
-- Extract taken on 2025-07-01; it covers trading from 2023-01-01 to 2025-06-30.

CREATE TABLE trucks (
    id              integer PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    registration    text NOT NULL UNIQUE,
    cuisine         text NOT NULL,
    generator_type  text NOT NULL CHECK (generator_type IN ('diesel', 'lpg', 'battery')),
    commissioned_on date NOT NULL
);

CREATE TABLE pitches (
    id                 integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    district           text NOT NULL,
    pitch_type         text NOT NULL CHECK (pitch_type IN ('market', 'office', 'festival', 'transport', 'campus', 'street')),
    standard_fee_cents integer NOT NULL CHECK (standard_fee_cents > 0),
    has_power_hookup   boolean NOT NULL
);

CREATE TABLE menu_categories (
    id         integer PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    sort_order integer NOT NULL
);

CREATE TABLE menu_items (
    id             integer PRIMARY KEY,
    category_id    integer NOT NULL REFERENCES menu_categories (id),
    truck_id       integer REFERENCES trucks (id),      -- NULL: sold on every truck
    name           text NOT NULL UNIQUE,
    price_cents    integer NOT NULL CHECK (price_cents > 0),   -- current list price
    is_vegetarian  boolean NOT NULL,
    launched_on    date NOT NULL,
    retired_on     date,
    CHECK (retired_on IS NULL OR retired_on >= launched_on)
);

CREATE TABLE suppliers (
    id      integer PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    city    text NOT NULL,
    phone   text,
    email   text
);

CREATE TABLE staff (
    id                 integer PRIMARY KEY,
    full_name          text NOT NULL,
    role               text NOT NULL CHECK (role IN ('cook', 'server', 'manager')),
    hourly_rate_cents  integer NOT NULL CHECK (hourly_rate_cents > 0),
    hired_on           date NOT NULL,
    left_on            date,
    CHECK (left_on IS NULL OR left_on >= hired_on)
);

CREATE TABLE pitch_bookings (
    id            integer PRIMARY KEY,
    truck_id      integer NOT NULL REFERENCES trucks (id),
    pitch_id      integer NOT NULL REFERENCES pitches (id),
    booked_on     date NOT NULL,
    status        text NOT NULL CHECK (status IN ('completed', 'cancelled')),
    cancel_reason text CHECK (cancel_reason IN ('weather', 'vehicle breakdown', 'pitch closed')),
    fee_cents     integer NOT NULL CHECK (fee_cents >= 0),
    UNIQUE (truck_id, booked_on),
    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);

CREATE TABLE sale_lines (
    id             integer PRIMARY KEY,
    sold_at        timestamptz NOT NULL,
    truck_id       integer NOT NULL REFERENCES trucks (id),
    pitch_id       integer NOT NULL REFERENCES pitches (id),
    item_id        integer NOT NULL REFERENCES menu_items (id),
    truck_name     text NOT NULL,
    pitch_name     text NOT NULL,
    item_name      text NOT NULL,
    item_category  text NOT NULL,
    quantity       integer NOT NULL CHECK (quantity > 0),
    price_cents    integer NOT NULL CHECK (price_cents > 0),   -- unit price at time of sale
    total_cents    integer NOT NULL CHECK (total_cents >= 0),
    payment_method text NOT NULL CHECK (payment_method IN ('card', 'cash'))
);

CREATE TABLE ingredient_purchases (
    id           integer PRIMARY KEY,
    supplier_id  integer NOT NULL REFERENCES suppliers (id),
    truck_id     integer NOT NULL REFERENCES trucks (id),
    purchased_on date NOT NULL,
    ingredient   text NOT NULL,
    quantity     numeric(8,2) NOT NULL CHECK (quantity > 0),
    unit         text NOT NULL CHECK (unit IN ('kg', 'litre', 'case')),
    cost_cents   integer NOT NULL CHECK (cost_cents > 0),
    invoice_ref  text
);

CREATE TABLE shifts (
    id         integer PRIMARY KEY,
    staff_id   integer NOT NULL REFERENCES staff (id),
    truck_id   integer NOT NULL REFERENCES trucks (id),
    started_at timestamptz NOT NULL,
    ended_at   timestamptz NOT NULL,
    CHECK (ended_at > started_at)
);

CREATE TABLE inspections (
    id             integer PRIMARY KEY,
    truck_id       integer NOT NULL REFERENCES trucks (id),
    inspected_on   date NOT NULL,
    inspector_name text NOT NULL,
    score          integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    result         text NOT NULL CHECK (result IN ('pass', 'improvement_required', 'fail')),
    is_follow_up   boolean NOT NULL,
    notes          text
);

-- ---------------------------------------------------------------- dimensions

INSERT INTO trucks (id, name, registration, cuisine, generator_type, commissioned_on) VALUES
 (1, 'Taco Loco',          'FT21 TLC', 'mexican', 'lpg',     '2021-04-12'),
 (2, 'Bun Voyage',         'FT19 BNV', 'burgers', 'diesel',  '2019-06-01'),
 (3, 'The Rolling Curry',  'FT20 RCY', 'indian',  'diesel',  '2020-03-15'),
 (4, 'Crepe Expectations', 'FT22 CRP', 'crepes',  'battery', '2022-05-20'),
 (5, 'Smokestack BBQ',     'FT23 SMK', 'bbq',     'battery', '2023-09-01');

INSERT INTO pitches (id, name, district, pitch_type, standard_fee_cents, has_power_hookup) VALUES
 (1,  'Harbour Market',           'Harbourside', 'market',    3500,  true),
 (2,  'Old Mill Square',          'Old Town',    'market',    3000,  true),
 (3,  'Tech Park North',          'Northgate',   'office',    2000,  true),
 (4,  'Riverside Festival Field', 'Riverside',   'festival',  9000,  false),
 (5,  'Station Forecourt',        'Central',     'transport', 2500,  false),
 (6,  'University Green',         'Northgate',   'campus',    1500,  true),
 (7,  'Cathedral Close',          'Old Town',    'street',    1800,  false),
 (8,  'Brewery Yard',             'Riverside',   'market',    2800,  true),
 (9,  'Hospital Gate',            'Central',     'street',    1200,  false),
 (10, 'Canal Basin',              'Harbourside', 'market',    3200,  true),
 (11, 'Airport Retail Park',      'Southfield',  'office',    4000,  true);

INSERT INTO menu_categories (id, name, sort_order) VALUES
 (1, 'Mains', 1), (2, 'Sides', 2), (3, 'Drinks', 4), (4, 'Desserts', 3), (5, 'Specials', 5);

INSERT INTO menu_items (id, category_id, truck_id, name, price_cents, is_vegetarian, launched_on, retired_on) VALUES
 (1,  1, 1,    'Carnitas Tacos',                 850, false, '2021-04-12', NULL),
 (2,  1, 1,    'Chicken Burrito',                950, false, '2021-04-12', NULL),
 (3,  1, 1,    'Bean and Cheese Quesadilla',     750, true,  '2021-04-12', NULL),
 (4,  2, 1,    'Loaded Nachos',                  450, true,  '2021-04-12', NULL),
 (5,  4, 1,    'Churros',                        400, true,  '2021-04-12', NULL),
 (6,  1, 2,    'Classic Cheeseburger',           900, false, '2019-06-01', NULL),
 (7,  1, 2,    'Smash Double',                  1150, false, '2019-06-01', NULL),
 (8,  1, 2,    'Halloumi Burger',                950, true,  '2020-05-01', NULL),
 (9,  2, 2,    'Skin-on Fries',                  350, true,  '2019-06-01', NULL),
 (10, 2, 2,    'Onion Rings',                    400, true,  '2019-06-01', '2024-12-31'),
 (11, 1, 3,    'Butter Chicken Box',            1000, false, '2020-03-15', NULL),
 (12, 1, 3,    'Chana Masala Box',               850, true,  '2020-03-15', NULL),
 (13, 1, 3,    'Lamb Rogan Josh Box',           1150, false, '2020-03-15', NULL),
 (14, 2, 3,    'Samosa Trio',                    450, true,  '2020-03-15', NULL),
 (15, 4, 3,    'Mango Kulfi',                    350, true,  '2021-06-01', NULL),
 (16, 1, 4,    'Ham and Cheese Galette',         800, false, '2022-05-20', NULL),
 (17, 1, 4,    'Spinach and Goat Cheese Galette', 800, true, '2022-05-20', NULL),
 (18, 4, 4,    'Nutella Crepe',                  550, true,  '2022-05-20', NULL),
 (19, 4, 4,    'Lemon and Sugar Crepe',          450, true,  '2022-05-20', NULL),
 (20, 1, 5,    'Pulled Pork Bun',                950, false, '2023-09-01', NULL),
 (21, 1, 5,    'Brisket Plate',                 1400, false, '2023-09-01', NULL),
 (22, 2, 5,    'Mac and Cheese',                 500, true,  '2023-09-01', NULL),
 (23, 2, 5,    'Slaw Cup',                       250, true,  '2023-09-01', NULL),
 (24, 3, NULL, 'Bottled Water',                  150, true,  '2019-06-01', NULL),
 (25, 3, NULL, 'Cola Can',                       180, true,  '2019-06-01', NULL),
 (26, 3, NULL, 'Homemade Lemonade',              300, true,  '2023-05-01', NULL),
 (27, 3, NULL, 'Iced Coffee',                    350, true,  '2024-04-01', NULL),
 (28, 5, 1,    'Winter Chili Pot',               900, false, '2022-11-01', NULL),
 (29, 5, 4,    'Pumpkin Spice Crepe',            600, true,  '2022-10-01', NULL),
 (30, 5, 3,    'Festival Mega Box',             1500, false, '2023-06-01', '2024-09-30'),
 (31, 4, 4,    'Gluten-free Crepe',              600, true,  '2023-03-01', '2023-04-30'),
 (32, 1, 1,    'Jackfruit Tacos',                850, true,  '2025-07-01', NULL);

INSERT INTO suppliers (id, name, city, phone, email) VALUES
 (1, 'Greenfield Produce',     'Ashby',      '01632 960101', 'orders@greenfield.example'),
 (2, 'Harbour Meats',          'Portmere',   '01632 960245', 'sales@harbourmeats.example'),
 (3, 'Millstone Bakery',       'Portmere',   NULL,           'bake@millstone.example'),
 (4, 'Spice Route Traders',    'Kingsbridge','01632 960377', NULL),
 (5, 'Dairy Lane',             'Ashby',      '01632 960412', 'hello@dairylane.example'),
 (6, 'Coastal Cash and Carry', 'Portmere',   '01632 960550', NULL),
 (7, 'Northern Packaging Co',  'Kingsbridge', NULL,          'info@northernpack.example');

INSERT INTO staff (id, full_name, role, hourly_rate_cents, hired_on, left_on) VALUES
 (1,  'Maria Lopez',   'cook',    1450, '2021-04-01', NULL),
 (2,  'Dan Whitfield', 'cook',    1380, '2022-06-15', NULL),
 (3,  'Priya Shah',    'server',  1200, '2022-04-01', NULL),
 (4,  'Tom Becker',    'server',  1150, '2022-05-01', '2023-10-31'),
 (5,  'Owen Clarke',   'cook',    1500, '2019-05-20', NULL),
 (6,  'Lena Novak',    'cook',    1350, '2023-02-01', NULL),
 (7,  'Sam Okafor',    'server',  1250, '2020-08-01', NULL),
 (8,  'Chloe Martin',  'server',  1180, '2022-09-12', NULL),
 (9,  'Arjun Mehta',   'cook',    1520, '2020-03-01', NULL),
 (10, 'Rekha Iyer',    'cook',    1400, '2021-01-10', NULL),
 (11, 'Jake Moran',    'server',  1200, '2021-03-15', NULL),
 (12, 'Ella Fitz',     'server',  1150, '2022-11-01', NULL),
 (13, 'Sophie Laurent','cook',    1420, '2022-05-01', NULL),
 (14, 'Ben Carter',    'cook',    1360, '2022-05-01', NULL),
 (15, 'Maya Rossi',    'server',  1180, '2022-05-01', '2024-04-30'),
 (16, 'Hugo Brandt',   'server',  1160, '2022-08-01', NULL),
 (17, 'Nina Park',     'server',  1220, '2024-04-22', NULL),
 (18, 'Hana Sato',     'server',  1200, '2023-10-23', NULL),
 (19, 'Luca Bianchi',  'server',  1150, '2023-03-01', NULL),
 (20, 'Cole Jensen',   'cook',    1480, '2023-08-15', NULL),
 (21, 'Aisha Bello',   'cook',    1400, '2023-08-15', NULL),
 (22, 'Ruby Walsh',    'server',  1200, '2023-08-15', NULL),
 (23, 'Rachel Dunn',   'manager', 2400, '2019-04-01', NULL),
 (24, 'Ivo Petrov',    'cook',    1350, '2025-06-23', NULL);

-- ---------------------------------------------------------------- pitch bookings

INSERT INTO pitch_bookings (id, truck_id, pitch_id, booked_on, status, cancel_reason, fee_cents)
WITH days AS (
    SELECT g::date AS d, (g::date - date '2023-01-01') AS i
    FROM generate_series(date '2023-01-01', date '2025-06-30', interval '1 day') AS g
), cand AS (
    SELECT t.id AS t, days.d, days.i,
           extract(month FROM days.d)::int AS m,
           extract(isodow FROM days.d)::int AS dow,
           extract(year FROM days.d)::int AS y
    FROM days CROSS JOIN trucks t
    WHERE days.d >= t.commissioned_on
), scored AS (
    SELECT cand.*,
           (i * 37 + t * 53) % 100 AS score,
           (ARRAY[22, 26, 36, 46, 56, 64, 70, 70, 56, 42, 32, 44])[m]
             + (y - 2023) * 5
             + CASE WHEN dow >= 6 THEN 22 WHEN dow = 1 THEN -15 ELSE 0 END AS thr
    FROM cand
), worked AS (
    SELECT s.*,
           CASE
             WHEN dow >= 6 AND m IN (6, 7, 8) AND t IN (1, 3) THEN 4
             WHEN dow >= 6 THEN (ARRAY[1, 2, 8, 10, 1, 2, 1])[1 + (t + i / 7) % 7]
             WHEN dow = 5 AND t = 2 AND y >= 2024 THEN 11
             WHEN m IN (7, 8) AND (ARRAY[3, 3, 5, 5, 6, 9, 9, 7])[1 + (t * 2 + i) % 8] = 6 THEN 5
             ELSE (ARRAY[3, 3, 5, 5, 6, 9, 9, 7])[1 + (t * 2 + i) % 8]
           END AS pitch_id,
           ((i * 13 + t * 7) % 31 = 0) OR (m IN (11, 12, 1, 2) AND (i * 11 + t * 5) % 13 = 0) AS is_cancelled
    FROM scored s
    WHERE score < thr
)
SELECT row_number() OVER (ORDER BY w.d, w.t),
       w.t, w.pitch_id, w.d,
       CASE WHEN w.is_cancelled THEN 'cancelled' ELSE 'completed' END,
       CASE WHEN NOT w.is_cancelled THEN NULL
            WHEN w.m IN (11, 12, 1, 2) THEN 'weather'
            ELSE (ARRAY['vehicle breakdown', 'pitch closed', 'weather'])[1 + (w.i + w.t) % 3] END,
       CASE WHEN w.is_cancelled THEN 0
            WHEN w.d >= date '2024-04-01' THEN (round(p.standard_fee_cents * 1.10 / 100) * 100)::int
            ELSE p.standard_fee_cents END
FROM worked w JOIN pitches p ON p.id = w.pitch_id;

-- ---------------------------------------------------------------- sale lines (till export)

INSERT INTO sale_lines (id, sold_at, truck_id, pitch_id, item_id, truck_name, pitch_name,
                        item_name, item_category, quantity, price_cents, total_cents, payment_method)
WITH b AS (
    SELECT pb.truck_id AS t, pb.pitch_id, pb.booked_on AS d,
           (pb.booked_on - date '2023-01-01') AS i,
           extract(month FROM pb.booked_on)::int AS m,
           extract(isodow FROM pb.booked_on)::int AS dow,
           extract(year FROM pb.booked_on)::int AS y
    FROM pitch_bookings pb
    WHERE pb.status = 'completed'
), l AS (
    SELECT b.*, k,
           (i * 31 + t * 17 + k * 7) % 20 AS h,
           (i * 13 + k * 5 + t) AS r
    FROM b
    CROSS JOIN LATERAL generate_series(1, 2 + (b.i + b.t) % 3 + (b.dow >= 6)::int
                                          + (b.m BETWEEN 6 AND 8)::int
                                          + CASE WHEN b.pitch_id = 4 THEN 2 ELSE 0 END) AS k
), mains AS (
    SELECT l.*,
           CASE t WHEN 1 THEN (ARRAY[1, 1, 2, 3])[1 + r % 4]
                  WHEN 2 THEN (ARRAY[6, 6, 7, 8])[1 + r % 4]
                  WHEN 3 THEN (ARRAY[11, 11, 13, 12])[1 + r % 4]
                  WHEN 4 THEN (ARRAY[16, 17, 16, 17])[1 + r % 4]
                  ELSE        (ARRAY[20, 20, 21, 20])[1 + r % 4] END AS main_item
    FROM l
), picked AS (
    SELECT mains.*,
           CASE
             WHEN h < 9 THEN main_item
             WHEN h < 13 THEN
               CASE (ARRAY[24, 25, 26, 27, 25, 26])[1 + r % 6]
                 WHEN 26 THEN CASE WHEN d < date '2023-05-01' OR m IN (11, 12, 1, 2) THEN 24 ELSE 26 END
                 WHEN 27 THEN CASE WHEN d < date '2024-04-01' THEN 25 ELSE 27 END
                 WHEN 24 THEN 24
                 ELSE 25 END
             WHEN h < 16 THEN
               CASE t WHEN 1 THEN 4
                      WHEN 2 THEN CASE WHEN r % 3 = 2 AND d <= date '2024-12-31' THEN 10 ELSE 9 END
                      WHEN 3 THEN 14
                      WHEN 4 THEN 19
                      ELSE (ARRAY[22, 23, 22])[1 + r % 3] END
             WHEN h < 18 THEN
               CASE t WHEN 1 THEN 5 WHEN 2 THEN 9 WHEN 3 THEN 15 WHEN 4 THEN 18 ELSE 22 END
             ELSE
               CASE WHEN t = 1 AND m IN (11, 12, 1, 2) THEN 28
                    WHEN t = 3 AND m IN (6, 7, 8) AND d <= date '2024-09-30' THEN 30
                    WHEN t = 4 AND m IN (10, 11) THEN 29
                    ELSE main_item END
           END AS item_id,
           4 + (i * 7 + k * 11 + t * 3) % 17
             + CASE WHEN dow >= 6 THEN 5 ELSE 0 END
             + CASE WHEN m BETWEEN 6 AND 8 THEN 2 ELSE 0 END
             + CASE WHEN pitch_id = 4 THEN 6 ELSE 0 END AS qty,
           (i * 17 + k * 29 + t * 5) % 100 AS px
    FROM mains
), priced AS (
    SELECT p.*,
           (round(mi.price_cents * (CASE y WHEN 2023 THEN 0.88 WHEN 2024 THEN 0.95 ELSE 1.00 END) / 10) * 10)::int AS unit_price,
           mi.name AS item_name, mc.name AS cat_name
    FROM picked p
    JOIN menu_items mi ON mi.id = p.item_id
    JOIN menu_categories mc ON mc.id = mi.category_id
)
SELECT row_number() OVER (ORDER BY pr.d, pr.t, pr.k),
       ((pr.d + time '11:00' + ((pr.k * 47 + pr.i * 13 + pr.t * 7) % 540) * interval '1 minute')
          AT TIME ZONE 'Europe/Dublin'),
       pr.t, pr.pitch_id, pr.item_id,
       tr.name, pi.name, pr.item_name, pr.cat_name,
       pr.qty, pr.unit_price, pr.qty * pr.unit_price,
       CASE WHEN pr.px < 66 + (pr.y - 2023) * 8 THEN 'card' ELSE 'cash' END
FROM priced pr
JOIN trucks tr ON tr.id = pr.t
JOIN pitches pi ON pi.id = pr.pitch_id;

-- ---------------------------------------------------------------- ingredient purchases

INSERT INTO ingredient_purchases (id, supplier_id, truck_id, purchased_on, ingredient, quantity, unit, cost_cents, invoice_ref)
WITH weeks AS (
    SELECT w, date '2023-01-02' + w * 7 AS monday
    FROM generate_series(0, 129) AS w
), slots AS (
    SELECT weeks.w, weeks.monday, t.id AS t, s,
           (ARRAY[[1, 2, 6], [2, 3, 6], [4, 1, 2], [5, 3, 1], [2, 3, 6]])[t.id][s] AS sup
    FROM weeks
    CROSS JOIN trucks t
    CROSS JOIN generate_series(1, 3) AS s
    WHERE weeks.monday >= t.commissioned_on
      AND (s < 3 OR weeks.w % 2 = t.id % 2)
), rows AS (
    SELECT slots.*,
           monday + (t % 3) AS pday,
           extract(month FROM monday)::int AS m,
           extract(year FROM monday)::int AS y
    FROM slots
), q AS (
    SELECT rows.*,
           CASE sup
             WHEN 1 THEN (ARRAY['onions', 'tomatoes', 'peppers', 'lettuce', 'spinach'])[1 + (w + t) % 5]
             WHEN 2 THEN CASE t WHEN 1 THEN (ARRAY['pork shoulder', 'chicken thighs'])[1 + w % 2]
                                WHEN 2 THEN 'beef mince'
                                WHEN 3 THEN (ARRAY['chicken thighs', 'lamb leg'])[1 + w % 2]
                                ELSE (ARRAY['pork shoulder', 'beef brisket'])[1 + w % 2] END
             WHEN 3 THEN CASE t WHEN 2 THEN 'brioche buns' WHEN 4 THEN 'buckwheat flour' ELSE 'soft rolls' END
             WHEN 4 THEN (ARRAY['basmati rice', 'garam masala', 'chickpeas'])[1 + w % 3]
             WHEN 5 THEN (ARRAY['milk', 'cream', 'eggs'])[1 + w % 3]
             ELSE (ARRAY['canned drinks', 'bottled water', 'napkins and cutlery'])[1 + (w + t) % 3]
           END AS ingredient,
           CASE sup WHEN 5 THEN 'litre' WHEN 6 THEN 'case' ELSE 'kg' END AS unit,
           ((CASE sup WHEN 1 THEN 18 WHEN 2 THEN 22 WHEN 3 THEN 12 WHEN 4 THEN 8 WHEN 5 THEN 30 ELSE 6 END
             + (w * 7 + t * 3 + s) % 9)
            * CASE WHEN m IN (6, 7, 8) THEN 1.30 WHEN m IN (12, 1, 2) THEN 0.80 ELSE 1.00 END
           )::numeric(8,2) AS qty,
           CASE sup WHEN 1 THEN 260 WHEN 2 THEN 980 WHEN 3 THEN 420 WHEN 4 THEN 1150 WHEN 5 THEN 140 ELSE 1800 END AS unit_cost,
           CASE y WHEN 2023 THEN 1.00 WHEN 2024 THEN 1.06 ELSE 1.09 END AS infl
    FROM rows
), numbered AS (
    SELECT q.*, row_number() OVER (ORDER BY pday, t, s) AS rid
    FROM q
)
SELECT rid, sup, t, pday, ingredient, qty, unit,
       round(qty * unit_cost * infl)::int,
       CASE WHEN sup = 6 AND w % 5 = 0 THEN NULL
            ELSE 'INV-' || sup || '-' || lpad(rid::text, 5, '0') END
FROM numbered;

-- ---------------------------------------------------------------- staff shifts

INSERT INTO shifts (id, staff_id, truck_id, started_at, ended_at)
WITH roster (truck_id, role_no, parity, staff_id, valid_from, valid_to) AS (
    VALUES
     (1, 1, 0, 1,  date '2000-01-01', date '2099-12-31'),
     (1, 1, 1, 2,  date '2000-01-01', date '2099-12-31'),
     (1, 2, 0, 3,  date '2000-01-01', date '2099-12-31'),
     (1, 2, 1, 4,  date '2000-01-01', date '2023-10-31'),
     (1, 2, 1, 18, date '2023-11-01', date '2099-12-31'),
     (2, 1, 0, 5,  date '2000-01-01', date '2099-12-31'),
     (2, 1, 1, 5,  date '2000-01-01', date '2023-01-31'),
     (2, 1, 1, 6,  date '2023-02-01', date '2099-12-31'),
     (2, 2, 0, 7,  date '2000-01-01', date '2099-12-31'),
     (2, 2, 1, 8,  date '2000-01-01', date '2099-12-31'),
     (3, 1, 0, 9,  date '2000-01-01', date '2099-12-31'),
     (3, 1, 1, 10, date '2000-01-01', date '2099-12-31'),
     (3, 2, 0, 11, date '2000-01-01', date '2099-12-31'),
     (3, 2, 1, 12, date '2000-01-01', date '2099-12-31'),
     (4, 1, 0, 13, date '2000-01-01', date '2099-12-31'),
     (4, 1, 1, 14, date '2000-01-01', date '2099-12-31'),
     (4, 2, 0, 15, date '2000-01-01', date '2024-04-30'),
     (4, 2, 0, 17, date '2024-05-01', date '2099-12-31'),
     (4, 2, 1, 16, date '2000-01-01', date '2099-12-31'),
     (5, 1, 0, 20, date '2000-01-01', date '2099-12-31'),
     (5, 1, 1, 21, date '2000-01-01', date '2099-12-31'),
     (5, 2, 0, 22, date '2000-01-01', date '2099-12-31'),
     (5, 2, 1, 22, date '2000-01-01', date '2099-12-31')
), b AS (
    SELECT pb.truck_id AS t, pb.booked_on AS d, (pb.booked_on - date '2023-01-01') AS i,
           extract(isodow FROM pb.booked_on)::int AS dow
    FROM pitch_bookings pb
    WHERE pb.status = 'completed'
), s AS (
    SELECT b.t, b.d, b.i, r.role_no, r.staff_id
    FROM b JOIN roster r
      ON r.truck_id = b.t AND r.parity = b.i % 2 AND b.d BETWEEN r.valid_from AND r.valid_to
    UNION ALL
    -- weekend relief server, rotating across the trucks week by week
    SELECT b.t, b.d, b.i, 3, 19
    FROM b
    WHERE b.dow >= 6 AND b.d >= date '2023-03-01' AND b.t = 1 + (b.i / 7) % 5
), timed AS (
    SELECT s.*,
           (s.d + CASE s.role_no WHEN 1 THEN time '09:30' WHEN 2 THEN time '10:30' ELSE time '11:30' END)
             AT TIME ZONE 'Europe/Dublin' AS st,
           (CASE s.role_no WHEN 3 THEN 300 ELSE 450 END + ((s.i * 17 + s.t * 5 + s.role_no * 3) % 7) * 15) AS mins
    FROM s
)
SELECT row_number() OVER (ORDER BY d, t, role_no), staff_id, t, st, st + mins * interval '1 minute'
FROM timed;

-- ---------------------------------------------------------------- hygiene inspections

INSERT INTO inspections (id, truck_id, inspected_on, inspector_name, score, result, is_follow_up, notes)
WITH base AS (
    SELECT t.id AS t, n,
           (date '2023-02-06' + (n * 4) * interval '1 month')::date + (t.id * 9 + n * 5) % 20 AS d,
           CASE WHEN t.id = 2 AND n = 3 THEN 54
                WHEN t.id = 5 AND n = 4 THEN 58
                ELSE 66 + (t.id * 23 + n * 37) % 34 END AS score
    FROM trucks t CROSS JOIN generate_series(0, 7) AS n
), visits AS (
    SELECT t, n, d, score, false AS follow_up FROM base
    WHERE d BETWEEN (SELECT commissioned_on FROM trucks WHERE id = base.t) AND date '2025-06-30'
    UNION ALL
    SELECT t, n, d + 14, 88 + t, true FROM base
    WHERE score < 60 AND d + 14 <= date '2025-06-30'
)
SELECT row_number() OVER (ORDER BY d, t),
       t, d,
       (ARRAY['J. Hartley', 'S. Mbeki', 'R. Colley'])[1 + (t + n + follow_up::int) % 3],
       score,
       CASE WHEN score >= 80 THEN 'pass' WHEN score >= 60 THEN 'improvement_required' ELSE 'fail' END,
       follow_up,
       CASE WHEN score < 60 THEN 'Fridge running above 8C; pest control log missing'
            WHEN score < 70 THEN 'Hand-wash sink obstructed by stock'
            WHEN score < 80 THEN 'Allergen labels incomplete on chiller'
            WHEN follow_up THEN 'All earlier issues resolved'
            ELSE NULL END
FROM visits;
