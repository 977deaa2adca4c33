-- A craft brewery's production and sales: beers and their recipes, ingredients bought from
-- suppliers, brew batches in fermentation tanks, kegs, taproom sales, and distributors with
-- their orders. Ported from a MySQL (MyISAM) schema, so relationships exist only by column
-- name: primary keys are declared, foreign keys are not. Every row is invented and
-- reproducible (generate_series, fixed lists and modular arithmetic; no random values).

CREATE TABLE suppliers (
    supplier_id     integer PRIMARY KEY,
    name            varchar(100) NOT NULL,
    country         varchar(60) NOT NULL,
    city            varchar(60) NOT NULL,
    contact_email   varchar(120),
    lead_time_days  integer NOT NULL
);

CREATE TABLE ingredients (
    ingredient_id   integer PRIMARY KEY,
    name            varchar(80) NOT NULL,
    category        varchar(20) NOT NULL,
    unit            varchar(10) NOT NULL,
    unit_cost       numeric(8,2) NOT NULL,
    supplier_id     integer NOT NULL,
    on_hand         numeric(10,2) NOT NULL DEFAULT 0,
    reorder_point   numeric(10,2) NOT NULL DEFAULT 0
);

CREATE TABLE beers (
    beer_id         integer PRIMARY KEY,
    name            varchar(80) NOT NULL,
    style           varchar(60) NOT NULL,
    abv             numeric(4,1) NOT NULL,
    ibu             smallint NOT NULL,
    availability    varchar(20) NOT NULL,
    launched_on     date,
    retired_on      date,
    pint_price      numeric(5,2) NOT NULL
);

CREATE TABLE recipe_ingredients (
    beer_id         integer NOT NULL,
    ingredient_id   integer NOT NULL,
    quantity        numeric(8,2) NOT NULL,
    PRIMARY KEY (beer_id, ingredient_id)
);

CREATE TABLE tanks (
    tank_id         integer PRIMARY KEY,
    tank_name       varchar(10) NOT NULL,
    tank_type       varchar(20) NOT NULL,
    capacity_bbl    numeric(5,1) NOT NULL,
    installed_on    date NOT NULL,
    is_active       boolean NOT NULL DEFAULT true
);

CREATE TABLE employees (
    employee_id     integer PRIMARY KEY,
    first_name      varchar(40) NOT NULL,
    last_name       varchar(40) NOT NULL,
    role            varchar(30) NOT NULL,
    hired_on        date NOT NULL,
    terminated_on   date,
    hourly_rate     numeric(6,2) NOT NULL,
    is_active       boolean NOT NULL DEFAULT true
);

CREATE TABLE brew_batches (
    batch_id         integer PRIMARY KEY,
    batch_code       varchar(12) NOT NULL,
    beer_id          integer NOT NULL,
    tank_id          integer NOT NULL,
    employee_id      integer NOT NULL,
    brewed_on        date NOT NULL,
    volume_bbl       numeric(5,1) NOT NULL,
    original_gravity numeric(5,3) NOT NULL,
    final_gravity    numeric(5,3),
    status           varchar(20) NOT NULL,
    packaged_on      date
);

CREATE TABLE distributors (
    distributor_id      integer PRIMARY KEY,
    name                varchar(100) NOT NULL,
    state               char(2) NOT NULL,
    contact_name        varchar(80),
    contract_start      date NOT NULL,
    contract_end        date,
    credit_limit        numeric(10,2) NOT NULL,
    payment_terms_days  integer NOT NULL,
    is_active           boolean NOT NULL DEFAULT true
);

CREATE TABLE kegs (
    keg_id          integer PRIMARY KEY,
    serial_number   varchar(12) NOT NULL,
    keg_size        varchar(10) NOT NULL,
    purchased_on    date NOT NULL,
    purchase_cost   numeric(7,2) NOT NULL,
    status          varchar(20) NOT NULL,
    batch_id        integer,
    distributor_id  integer
);

CREATE TABLE distributor_orders (
    order_id        integer PRIMARY KEY,
    distributor_id  integer NOT NULL,
    invoice_number  varchar(12) NOT NULL,
    order_date      date NOT NULL,
    ship_date       date,
    status          varchar(20) NOT NULL
);

CREATE TABLE distributor_order_items (
    order_item_id   integer PRIMARY KEY,
    order_id        integer NOT NULL,
    beer_id         integer NOT NULL,
    package         varchar(20) NOT NULL,
    quantity        integer NOT NULL,
    unit_price      numeric(8,2) NOT NULL
);

CREATE TABLE taproom_sales (
    sale_id         integer PRIMARY KEY,
    sold_at         timestamp NOT NULL,
    beer_id         integer NOT NULL,
    employee_id     integer NOT NULL,
    serving_type    varchar(20) NOT NULL,
    quantity        integer NOT NULL,
    unit_price      numeric(6,2) NOT NULL,
    amount          numeric(8,2) NOT NULL,
    payment_method  varchar(10) NOT NULL
);

CREATE TABLE ingredient_purchases (
    purchase_id     integer PRIMARY KEY,
    ingredient_id   integer NOT NULL,
    supplier_id     integer NOT NULL,
    purchased_on    date NOT NULL,
    quantity        numeric(10,2) NOT NULL,
    unit_price      numeric(8,2) NOT NULL,
    total_cost      numeric(10,2) NOT NULL,
    invoice_ref     varchar(20)
);

-- ---------------------------------------------------------------- reference data

INSERT INTO suppliers (supplier_id, name, country, city, contact_email, lead_time_days) VALUES
    (1, 'Prairie Gold Maltings', 'USA', 'Great Falls', 'orders@prairiegoldmalt.com', 10),
    (2, 'Bamberg Malzhaus', 'Germany', 'Bamberg', 'export@malzhaus-bamberg.de', 35),
    (3, 'Cascade Valley Hops', 'USA', 'Yakima', 'sales@cascadevalleyhops.com', 7),
    (4, 'Southern Cross Hop Co', 'New Zealand', 'Nelson', 'trade@southerncrosshops.co.nz', 42),
    (5, 'Mother Culture Yeast Labs', 'USA', 'Asheville', 'lab@motherculture.com', 5),
    (6, 'Maritime Malt', 'Canada', 'Halifax', 'hello@maritimemalt.ca', 14),
    (7, 'Valley Fruit & Spice', 'USA', 'Hood River', 'orders@valleyfruitspice.com', 6),
    (8, 'Brewers Chemical Supply', 'USA', 'Denver', NULL, 4);

INSERT INTO ingredients (ingredient_id, name, category, unit, unit_cost, supplier_id, on_hand, reorder_point) VALUES
    (1, 'Pilsner Malt', 'malt', 'kg', 1.10, 1, 2150, 1500),
    (2, 'Pale Ale Malt', 'malt', 'kg', 1.15, 1, 3400, 2000),
    (3, '2-Row Base Malt', 'malt', 'kg', 0.98, 1, 1250, 1500),
    (4, 'Munich Malt', 'malt', 'kg', 1.35, 2, 420, 300),
    (5, 'Vienna Malt', 'malt', 'kg', 1.30, 2, 260, 300),
    (6, 'Crystal 60', 'malt', 'kg', 1.70, 1, 380, 200),
    (7, 'Chocolate Malt', 'malt', 'kg', 2.10, 6, 150, 100),
    (8, 'Roasted Barley', 'malt', 'kg', 1.95, 6, 90, 100),
    (9, 'Flaked Oats', 'adjunct', 'kg', 1.40, 6, 540, 300),
    (10, 'Wheat Malt', 'malt', 'kg', 1.25, 2, 610, 400),
    (11, 'Smoked Malt', 'malt', 'kg', 2.40, 2, 300, 0),
    (12, 'Flaked Wheat', 'adjunct', 'kg', 1.35, 1, 310, 200),
    (13, 'Citra', 'hops', 'kg', 28.50, 3, 64, 80),
    (14, 'Mosaic', 'hops', 'kg', 27.00, 3, 96, 60),
    (15, 'Cascade', 'hops', 'kg', 14.00, 3, 40, 25),
    (16, 'Centennial', 'hops', 'kg', 16.50, 3, 35, 25),
    (17, 'Simcoe', 'hops', 'kg', 24.00, 3, 22, 30),
    (18, 'Saaz', 'hops', 'kg', 18.00, 3, 45, 30),
    (19, 'Hallertau Mittelfrueh', 'hops', 'kg', 19.50, 3, 38, 20),
    (20, 'Nelson Sauvin', 'hops', 'kg', 34.00, 4, 12, 15),
    (21, 'Motueka', 'hops', 'kg', 30.00, 4, 18, 10),
    (22, 'Magnum', 'hops', 'kg', 12.00, 3, 30, 15),
    (23, 'California Ale Yeast', 'yeast', 'pack', 95.00, 5, 6, 4),
    (24, 'London Ale III', 'yeast', 'pack', 105.00, 5, 3, 4),
    (25, 'German Lager Yeast', 'yeast', 'pack', 110.00, 5, 5, 4),
    (26, 'Belgian Saison Yeast', 'yeast', 'pack', 115.00, 5, 2, 2),
    (27, 'Belgian Wit Yeast', 'yeast', 'pack', 105.00, 5, 2, 2),
    (28, 'Abbey Ale Yeast', 'yeast', 'pack', 110.00, 5, 1, 2),
    (29, 'Kolsch Yeast', 'yeast', 'pack', 100.00, 5, 3, 2),
    (30, 'Pumpkin Puree', 'adjunct', 'kg', 3.20, 7, 0, 0),
    (31, 'Tart Cherry Puree', 'adjunct', 'kg', 6.80, 7, 120, 150),
    (32, 'Coriander Seed', 'adjunct', 'kg', 9.50, 7, 6, 3),
    (33, 'Sea Salt', 'adjunct', 'kg', 2.00, 7, 15, 5),
    (34, 'Lactose', 'adjunct', 'kg', 4.25, 8, 0, 0),
    (35, 'Gypsum', 'water treatment', 'kg', 3.10, 8, 25, 10),
    (36, 'Belgian Candi Sugar', 'adjunct', 'kg', 5.60, 8, 70, 40);

INSERT INTO beers (beer_id, name, style, abv, ibu, availability, launched_on, retired_on, pint_price) VALUES
    (1, 'Hazy Daze', 'New England IPA', 6.8, 35, 'year-round', '2022-01-15', NULL, 7.50),
    (2, 'Riverbend Pils', 'Pilsner', 4.9, 32, 'year-round', '2022-01-15', NULL, 6.50),
    (3, 'Copper Kettle Amber', 'Amber Ale', 5.4, 24, 'year-round', '2022-01-15', NULL, 6.50),
    (4, 'Midnight Oil Stout', 'Stout', 6.2, 40, 'year-round', '2022-01-15', NULL, 7.00),
    (5, 'West Coast Bearing', 'West Coast IPA', 7.1, 68, 'year-round', '2022-03-01', NULL, 7.50),
    (6, 'Sunday Session', 'Session IPA', 4.5, 40, 'year-round', '2022-05-01', NULL, 6.50),
    (7, 'Orchard Wit', 'Witbier', 5.0, 15, 'spring', '2022-04-01', NULL, 6.75),
    (8, 'Pumpkin Patch', 'Pumpkin Ale', 5.8, 20, 'fall', '2022-09-01', NULL, 7.00),
    (9, 'Winter Warmer', 'Old Ale', 8.2, 35, 'winter', '2022-11-01', NULL, 8.00),
    (10, 'Double Vision', 'Double IPA', 8.5, 85, 'limited', '2022-06-15', NULL, 8.50),
    (11, 'Gose Getter', 'Gose', 4.2, 8, 'summer', '2022-07-01', '2024-08-31', 7.00),
    (12, 'Porch Light Lager', 'Helles', 4.8, 18, 'year-round', '2022-08-01', NULL, 6.25),
    (13, 'Red Barn Saison', 'Saison', 6.5, 28, 'summer', '2023-03-15', NULL, 7.25),
    (14, 'Barrel Room Imperial', 'Imperial Stout', 11.0, 60, 'winter', '2023-11-01', NULL, 10.00),
    (15, 'Tart Cherry Kriek', 'Fruited Sour', 5.5, 10, 'limited', '2023-05-01', NULL, 8.00),
    (16, 'Harvest Fest', 'Märzen', 5.9, 24, 'fall', '2023-08-15', NULL, 7.00),
    (17, 'Mango Haze', 'New England IPA', 6.5, 30, 'summer', '2023-06-01', '2025-03-31', 7.75),
    (18, 'Brown Bear Nut Brown', 'Brown Ale', 5.6, 22, 'year-round', '2023-01-10', NULL, 6.75),
    (19, 'Kolsch Street', 'Kolsch', 4.8, 22, 'year-round', '2024-02-01', NULL, 6.50),
    (20, 'Cold Snap', 'Italian Pilsner', 5.2, 38, 'spring', '2024-04-01', NULL, 7.00),
    (21, 'Triple Threat', 'Tripel', 9.3, 30, 'limited', '2024-09-01', NULL, 9.00),
    (22, 'Hop Lab #7', 'Double IPA', 8.0, 55, 'limited', '2024-11-15', '2025-06-30', 8.50),
    (23, 'Smoke Signal', 'Rauchbier', 5.6, 25, 'limited', NULL, NULL, 7.50),
    (24, 'Night Shift', 'Cold IPA', 6.9, 50, 'limited', NULL, NULL, 7.75);

INSERT INTO recipe_ingredients (beer_id, ingredient_id, quantity) VALUES
    (1, 2, 280), (1, 9, 60), (1, 12, 40), (1, 13, 18), (1, 14, 12), (1, 24, 2),
    (2, 1, 320), (2, 18, 8), (2, 22, 2), (2, 25, 3),
    (3, 3, 260), (3, 6, 35), (3, 4, 30), (3, 15, 5), (3, 16, 3), (3, 23, 2),
    (4, 2, 250), (4, 8, 30), (4, 7, 25), (4, 9, 20), (4, 22, 3), (4, 24, 2),
    (5, 3, 300), (5, 6, 10), (5, 17, 10), (5, 16, 8), (5, 15, 6), (5, 22, 3), (5, 23, 2), (5, 35, 1.5),
    (6, 2, 200), (6, 9, 20), (6, 13, 8), (6, 14, 8), (6, 23, 2),
    (7, 1, 150), (7, 12, 130), (7, 32, 1.2), (7, 27, 2),
    (8, 3, 240), (8, 6, 25), (8, 4, 30), (8, 30, 90), (8, 22, 2), (8, 23, 2),
    (9, 2, 330), (9, 6, 40), (9, 7, 10), (9, 4, 40), (9, 22, 3), (9, 24, 2),
    (10, 3, 380), (10, 36, 20), (10, 17, 14), (10, 13, 14), (10, 14, 10), (10, 22, 4), (10, 23, 3), (10, 35, 2),
    (11, 1, 140), (11, 10, 140), (11, 33, 3), (11, 32, 0.8), (11, 23, 2),
    (12, 1, 300), (12, 5, 20), (12, 19, 6), (12, 25, 3),
    (13, 1, 250), (13, 10, 30), (13, 5, 20), (13, 18, 5), (13, 26, 2),
    (14, 2, 420), (14, 8, 45), (14, 7, 40), (14, 6, 30), (14, 9, 30), (14, 22, 5), (14, 24, 3),
    (15, 1, 160), (15, 10, 120), (15, 31, 150), (15, 23, 2),
    (16, 4, 200), (16, 5, 110), (16, 1, 30), (16, 19, 4), (16, 25, 3),
    (17, 2, 270), (17, 9, 60), (17, 13, 12), (17, 21, 10), (17, 24, 2),
    (18, 2, 250), (18, 6, 25), (18, 7, 12), (18, 15, 4), (18, 24, 2),
    (19, 1, 290), (19, 10, 20), (19, 19, 5), (19, 29, 2),
    (20, 1, 310), (20, 18, 10), (20, 19, 6), (20, 25, 3),
    (21, 1, 330), (21, 36, 40), (21, 18, 4), (21, 28, 2),
    (22, 3, 340), (22, 9, 30), (22, 20, 16), (22, 21, 12), (22, 13, 8), (22, 24, 3),
    (23, 11, 180), (23, 4, 80), (23, 1, 50), (23, 19, 4), (23, 25, 3),
    (24, 1, 250), (24, 3, 60), (24, 17, 10), (24, 14, 8), (24, 25, 3);

INSERT INTO tanks (tank_id, tank_name, tank_type, capacity_bbl, installed_on, is_active) VALUES
    (1, 'FV-01', 'fermenter', 15, '2022-01-05', true),
    (2, 'FV-02', 'fermenter', 15, '2022-01-05', true),
    (3, 'FV-03', 'fermenter', 15, '2022-01-05', false),
    (4, 'FV-04', 'fermenter', 15, '2022-01-05', true),
    (5, 'FV-05', 'fermenter', 30, '2022-01-05', true),
    (6, 'FV-06', 'fermenter', 30, '2022-01-05', true),
    (7, 'FV-07', 'fermenter', 30, '2023-04-10', true),
    (8, 'FV-08', 'fermenter', 30, '2023-04-10', true),
    (9, 'FV-09', 'fermenter', 45, '2024-06-01', true),
    (10, 'FV-10', 'fermenter', 60, '2025-11-20', true),
    (11, 'BT-01', 'brite', 15, '2022-01-05', true),
    (12, 'BT-02', 'brite', 15, '2022-01-05', true),
    (13, 'BT-03', 'brite', 30, '2023-04-10', true),
    (14, 'BT-04', 'brite', 30, '2024-06-01', true);

INSERT INTO employees (employee_id, first_name, last_name, role, hired_on, terminated_on, hourly_rate, is_active)
SELECT id, fn, ln, role, hired::date, left_on::date, rate, left_on IS NULL
FROM (VALUES
    (1, 'Marcus', 'Hale', 'head brewer', '2022-01-03', NULL, 38.00),
    (2, 'Priya', 'Nair', 'brewer', '2022-01-03', NULL, 27.50),
    (3, 'Tom', 'Becker', 'brewer', '2022-01-03', '2023-06-30', 26.00),
    (4, 'Lena', 'Ortiz', 'brewer', '2023-06-12', NULL, 26.50),
    (5, 'Sam', 'Kowalski', 'cellar', '2022-02-14', NULL, 21.00),
    (6, 'Jade', 'Morrison', 'cellar', '2023-09-05', NULL, 20.50),
    (7, 'Owen', 'Price', 'packaging', '2022-03-01', NULL, 19.50),
    (8, 'Ruth', 'Adeyemi', 'packaging', '2024-01-08', NULL, 19.75),
    (9, 'Claire', 'Dubois', 'taproom manager', '2022-01-03', NULL, 30.00),
    (10, 'Eli', 'Turner', 'bartender', '2022-01-10', '2023-12-31', 16.50),
    (11, 'Maya', 'Chen', 'bartender', '2022-01-10', NULL, 16.50),
    (12, 'Jonah', 'Reed', 'bartender', '2022-05-16', '2024-05-31', 16.00),
    (13, 'Ava', 'Lindqvist', 'bartender', '2023-03-01', NULL, 16.75),
    (14, 'Noah', 'Brooks', 'bartender', '2024-06-03', NULL, 17.00),
    (15, 'Sofia', 'Russo', 'bartender', '2025-02-10', NULL, 17.25),
    (16, 'Ben', 'Carter', 'sales rep', '2022-04-04', NULL, 28.00),
    (17, 'Hannah', 'Yoon', 'sales rep', '2024-03-18', NULL, 27.00),
    (18, 'Diego', 'Alvarez', 'brewer', '2024-09-09', NULL, 25.50),
    (19, 'Grace', 'O''Neill', 'bartender', '2022-08-22', '2022-12-31', 16.25),
    (20, 'Felix', 'Wagner', 'cellar', '2025-04-01', NULL, 21.50),
    (21, 'Isla', 'Murphy', 'operations manager', '2022-01-03', NULL, 32.00),
    (22, 'Kai', 'Nakamura', 'bartender', '2025-07-14', NULL, 17.50)
) AS e(id, fn, ln, role, hired, left_on, rate);

INSERT INTO distributors (distributor_id, name, state, contact_name, contract_start, contract_end,
                          credit_limit, payment_terms_days, is_active) VALUES
    (1, 'Blue Ridge Beverage', 'VA', 'Carl Jennings', '2022-02-01', NULL, 60000, 30, true),
    (2, 'Tidewater Distributing', 'VA', 'Monica Pratt', '2022-03-15', NULL, 45000, 30, true),
    (3, 'Capital Craft Beverage', 'MD', 'Ray Donovan', '2022-06-01', NULL, 40000, 45, true),
    (4, 'Piedmont Beer Co', 'NC', 'Alicia Grant', '2022-04-10', NULL, 35000, 30, true),
    (5, 'Keystone Craft Distributors', 'PA', 'Victor Hsu', '2023-01-09', NULL, 50000, 45, true),
    (6, 'Shenandoah Valley Distributing', 'VA', 'Beth Colley', '2022-08-20', NULL, 25000, 30, true),
    (7, 'Chesapeake Brands', 'MD', 'Luis Ferreira', '2023-05-01', NULL, 30000, 30, true),
    (8, 'Mountain State Beverage', 'WV', 'Dale Hutchins', '2023-09-12', NULL, 20000, 15, true),
    (9, 'Triangle Craft Supply', 'NC', 'Nina Patel', '2024-02-05', NULL, 30000, 30, true),
    (10, 'Harbor City Beer', 'MD', 'Gus Kaminski', '2022-02-20', '2023-10-31', 15000, 15, false),
    (11, 'Allegheny Ale Partners', 'PA', 'Tess Moran', '2024-07-01', NULL, 25000, 30, true),
    (12, 'Outer Banks Beverage', 'NC', 'Wade Simmons', '2024-10-15', NULL, 15000, 15, true),
    (13, 'Delmarva Distributing', 'DE', 'Paula Reyes', '2025-03-01', NULL, 20000, 30, true),
    (14, 'Potomac Pour Co', 'DC', 'Jamal Wright', '2025-06-01', NULL, 25000, 30, true),
    (15, 'Lehigh Valley Craft', 'PA', 'Erin Stoltz', '2025-11-01', NULL, 20000, 30, true),
    (16, 'Ohio River Beverage', 'OH', NULL, '2025-12-01', NULL, 20000, 30, true);

-- ---------------------------------------------------------------- brew batches
-- One brew day every 4 days from 6 Jan 2022. The beer comes from a weighted rotation and
-- falls back to a core beer when the rotation's pick is not launched, already retired or
-- out of season; fermenters and brewers are those in service on the day.

INSERT INTO brew_batches (batch_id, batch_code, beer_id, tank_id, employee_id, brewed_on, volume_bbl,
                          original_gravity, final_gravity, status, packaged_on)
WITH s AS (
    SELECT n, date '2022-01-06' + (n - 1) * 4 AS d,
           (ARRAY[1, 2, 5, 7, 3, 1, 8, 4, 9, 6, 10, 1, 12, 11, 2, 13, 5, 14, 15, 16,
                  1, 17, 18, 19, 3, 20, 21, 22, 1, 2, 4, 6, 12, 5, 18, 8, 9, 7, 13, 16])[1 + (n * 13) % 40] AS cand
    FROM generate_series(1, 360) AS n
), picked AS (
    SELECT s.n, s.d,
           CASE WHEN b.launched_on <= s.d
                 AND (b.retired_on IS NULL OR s.d <= b.retired_on)
                 AND CASE b.availability
                         WHEN 'spring' THEN extract(month FROM s.d) BETWEEN 2 AND 5
                         WHEN 'summer' THEN extract(month FROM s.d) BETWEEN 4 AND 7
                         WHEN 'fall'   THEN extract(month FROM s.d) BETWEEN 7 AND 10
                         WHEN 'winter' THEN extract(month FROM s.d) IN (10, 11, 12, 1)
                         ELSE true END
                THEN s.cand
                ELSE (ARRAY[1, 2, 3, 4])[1 + s.n % 4] END AS beer_id,
           CASE WHEN s.d < date '2023-04-10' THEN 1 + s.n % 6
                WHEN s.d < date '2024-06-01' THEN 1 + s.n % 8
                ELSE (ARRAY[1, 2, 4, 5, 6, 7, 8, 9])[1 + s.n % 8] END AS tank_id,
           CASE WHEN s.d < date '2023-06-12' THEN (ARRAY[1, 2, 3])[1 + s.n % 3]
                WHEN s.d < date '2024-09-09' THEN (ARRAY[1, 2, 4])[1 + s.n % 3]
                ELSE (ARRAY[1, 2, 4, 18, 2])[1 + s.n % 5] END AS employee_id
    FROM s JOIN beers b ON b.beer_id = s.cand
)
SELECT p.n,
       'B' || to_char(p.d, 'YY') || '-' ||
           lpad((row_number() OVER (PARTITION BY extract(year FROM p.d) ORDER BY p.n))::text, 3, '0'),
       p.beer_id, p.tank_id, p.employee_id, p.d,
       round(t.capacity_bbl * (0.86 + (p.n * 7 % 11) * 0.012), 1),
       round(1.000 + b.abv * 0.0076 + (p.n % 5) * 0.001, 3),
       CASE WHEN p.d >= date '2025-12-01' THEN NULL
            ELSE round(1.000 + b.abv * 0.0076 + (p.n % 5) * 0.001 - b.abv / 131.25 + (p.n % 3) * 0.001, 3) END,
       CASE WHEN p.n % 37 = 0 THEN 'dumped'
            WHEN p.d >= date '2025-12-01' THEN 'fermenting'
            WHEN p.d >= date '2025-11-12' THEN 'conditioning'
            ELSE 'packaged' END,
       CASE WHEN p.n % 37 = 0 OR p.d >= date '2025-11-12' THEN NULL
            ELSE p.d + 14 + (p.n * 5) % 15
                     + CASE WHEN b.style IN ('Pilsner', 'Helles', 'Italian Pilsner', 'Märzen', 'Kolsch') THEN 14
                            WHEN b.style IN ('Imperial Stout', 'Old Ale', 'Tripel') THEN 21
                            ELSE 0 END END
FROM picked p
JOIN beers b ON b.beer_id = p.beer_id
JOIN tanks t ON t.tank_id = p.tank_id;

-- ---------------------------------------------------------------- kegs

INSERT INTO kegs (keg_id, serial_number, keg_size, purchased_on, purchase_cost, status, batch_id, distributor_id)
WITH k AS (
    SELECT i,
           CASE WHEN i % 10 < 6 THEN '1/2 bbl' WHEN i % 10 < 9 THEN '1/6 bbl' ELSE '1/4 bbl' END AS size,
           CASE WHEN i <= 120 THEN date '2022-01-20' WHEN i <= 200 THEN date '2022-09-15'
                WHEN i <= 260 THEN date '2023-05-08' ELSE date '2024-04-22' END AS bought,
           CASE WHEN i % 23 = 0 THEN 'lost' WHEN i % 31 = 0 THEN 'retired'
                WHEN i % 3 = 0 THEN 'at distributor' WHEN i % 3 = 1 THEN 'filled' ELSE 'empty' END AS status
    FROM generate_series(1, 300) AS i
)
SELECT i, 'KG-' || lpad(i::text, 5, '0'), size, bought,
       CASE size WHEN '1/2 bbl' THEN 135.00 WHEN '1/6 bbl' THEN 95.00 ELSE 115.00 END
           + CASE WHEN bought >= date '2023-01-01' THEN 10.00 ELSE 0 END,
       status,
       CASE WHEN status IN ('filled', 'at distributor')
            THEN (SELECT bb.batch_id FROM brew_batches bb WHERE bb.status = 'packaged'
                  ORDER BY bb.batch_id DESC OFFSET (i % 17) LIMIT 1) END,
       CASE WHEN status = 'at distributor'
            THEN (ARRAY[1, 2, 3, 4, 5, 1, 6, 7, 9, 2, 11, 3, 12, 13, 14, 1, 5, 8])[1 + (i * 5) % 18] END
FROM k;

-- ---------------------------------------------------------------- distributor orders

INSERT INTO distributor_orders (order_id, distributor_id, invoice_number, order_date, ship_date, status)
WITH s AS (
    SELECT n, date '2022-02-07' + (n * 158) / 100 AS d,
           (ARRAY[1, 2, 3, 4, 5, 1, 6, 7, 10, 8, 2, 9, 3, 11, 1, 12, 4, 13, 5, 14,
                  2, 1, 3, 7, 5, 9, 10, 4])[1 + (n * 11) % 28] AS cand
    FROM generate_series(1, 900) AS n
), picked AS (
    SELECT s.n, s.d,
           CASE WHEN dd.contract_start <= s.d AND (dd.contract_end IS NULL OR s.d <= dd.contract_end)
                THEN s.cand
                WHEN s.d < date '2022-03-15' OR s.n % 2 = 0 THEN 1
                ELSE 2 END AS distributor_id
    FROM s JOIN distributors dd ON dd.distributor_id = s.cand
)
SELECT n, distributor_id, 'INV-' || (10000 + n), d,
       CASE WHEN d >= date '2025-12-20' OR n % 29 = 0 THEN NULL ELSE d + 2 + n % 4 END,
       CASE WHEN d >= date '2025-12-20' THEN 'pending'
            WHEN n % 29 = 0 THEN 'cancelled'
            WHEN d >= date '2025-12-10' THEN 'shipped'
            ELSE 'delivered' END
FROM picked;

INSERT INTO distributor_order_items (order_item_id, order_id, beer_id, package, quantity, unit_price)
WITH s AS (
    SELECT o.order_id AS n, o.order_date AS d, k,
           (ARRAY[1, 5, 2, 3, 1, 4, 6, 12, 10, 1, 18, 2, 8, 9, 5, 7, 13, 14, 16, 17,
                  19, 20, 21, 22, 11, 15, 3, 1, 6, 12])[1 + (o.order_id * 7 + k * 3) % 30] AS cand
    FROM distributor_orders o
    CROSS JOIN generate_series(1, 4) AS k
    WHERE k <= 1 + o.order_id % 4
), picked AS (
    SELECT s.n, s.d, s.k,
           CASE WHEN b.launched_on <= s.d AND (b.retired_on IS NULL OR s.d <= b.retired_on + 30)
                 AND EXISTS (SELECT 1 FROM brew_batches bb WHERE bb.beer_id = s.cand AND bb.packaged_on <= s.d)
                THEN s.cand ELSE (ARRAY[1, 2, 3, 4, 5])[1 + (s.n + s.k) % 5] END AS beer_id,
           CASE (s.n + s.k) % 3 WHEN 0 THEN '1/2 bbl keg' WHEN 1 THEN '1/6 bbl keg' ELSE 'case 24x12oz' END AS package
    FROM s JOIN beers b ON b.beer_id = s.cand
)
SELECT row_number() OVER (ORDER BY p.n, p.k), p.n, p.beer_id, p.package,
       CASE WHEN p.package = 'case 24x12oz' THEN 5 + (p.n * 3 + p.k) % 20
            ELSE 1 + (p.n * p.k + p.k) % 9 END,
       round(CASE p.package WHEN '1/2 bbl keg' THEN 165.00 WHEN '1/6 bbl keg' THEN 68.00 ELSE 36.00 END
             * (1 + (b.abv - 5) * 0.03)
             * CASE WHEN p.d >= date '2024-01-01' THEN 1.05 ELSE 1 END, 2)
FROM picked p JOIN beers b ON b.beer_id = p.beer_id;

-- ---------------------------------------------------------------- taproom sales

INSERT INTO taproom_sales (sale_id, sold_at, beer_id, employee_id, serving_type, quantity, unit_price,
                           amount, payment_method)
WITH s AS (
    SELECT n, date '2022-02-01' + (n * 1427) / 3200 AS d,
           (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                  1, 1, 2, 5, 4, 12, 3])[1 + (n * 11) % 29] AS cand
    FROM generate_series(1, 3200) AS n
), picked AS (
    SELECT s.n, s.d,
           CASE WHEN b.launched_on <= s.d AND (b.retired_on IS NULL OR s.d <= b.retired_on)
                 AND EXISTS (SELECT 1 FROM brew_batches bb WHERE bb.beer_id = s.cand AND bb.packaged_on <= s.d)
                THEN s.cand ELSE (ARRAY[1, 2, 3, 4])[1 + s.n % 4] END AS beer_id,
           CASE s.n % 10 WHEN 0 THEN 'half pint' WHEN 1 THEN 'half pint' WHEN 2 THEN 'growler fill'
                         WHEN 3 THEN 'crowler' WHEN 4 THEN '4-pack cans' ELSE 'pint' END AS serving_type,
           CASE WHEN s.d < date '2022-05-16' THEN (ARRAY[10, 11, 9])[1 + s.n % 3]
                WHEN s.d < date '2022-08-22' THEN (ARRAY[10, 11, 12])[1 + s.n % 3]
                WHEN s.d < date '2023-01-01' THEN (ARRAY[10, 11, 12, 19])[1 + s.n % 4]
                WHEN s.d < date '2023-03-01' THEN (ARRAY[10, 11, 12])[1 + s.n % 3]
                WHEN s.d < date '2024-01-01' THEN (ARRAY[10, 11, 12, 13, 11])[1 + s.n % 5]
                WHEN s.d < date '2024-06-01' THEN (ARRAY[11, 12, 13])[1 + s.n % 3]
                WHEN s.d < date '2024-06-03' THEN (ARRAY[11, 13])[1 + s.n % 2]
                WHEN s.d < date '2025-02-10' THEN (ARRAY[11, 13, 14, 9])[1 + s.n % 4]
                WHEN s.d < date '2025-07-14' THEN (ARRAY[11, 13, 14, 15])[1 + s.n % 4]
                ELSE (ARRAY[11, 13, 14, 15, 22, 14])[1 + s.n % 6] END AS employee_id
    FROM s JOIN beers b ON b.beer_id = s.cand
), priced AS (
    SELECT p.*,
           p.d + time '12:00' + ((p.n * 37) % 600) * interval '1 minute' AS sold_at,
           CASE p.serving_type
               WHEN 'pint' THEN 1 + (p.n * 7) % 4
               WHEN 'half pint' THEN 1 + (p.n * 3) % 2
               WHEN '4-pack cans' THEN 1 + (p.n * 13) % 3
               ELSE 1 + (p.n % 7 = 2)::int END AS quantity,
           round((b.pint_price + CASE WHEN p.d >= date '2024-01-01' THEN 0.50 ELSE 0 END)
                 * CASE p.serving_type WHEN 'pint' THEN 1 WHEN 'half pint' THEN 0.6 WHEN 'growler fill' THEN 2.6
                                       WHEN 'crowler' THEN 1.5 ELSE 2.4 END, 2) AS unit_price
    FROM picked p JOIN beers b ON b.beer_id = p.beer_id
)
SELECT n, sold_at, beer_id, employee_id, serving_type, quantity, unit_price, quantity * unit_price,
       CASE WHEN n % 7 = 0 OR n % 11 = 0 THEN 'cash' ELSE 'card' END
FROM priced;

-- ---------------------------------------------------------------- ingredient purchases

INSERT INTO ingredient_purchases (purchase_id, ingredient_id, supplier_id, purchased_on, quantity, unit_price,
                                  total_cost, invoice_ref)
WITH s AS (
    SELECT n, date '2022-01-04' + n * 2 AS d,
           (ARRAY[1, 2, 3, 13, 2, 14, 23, 1, 4, 5, 6, 24, 3, 7, 8, 9, 15, 16, 2, 17,
                  10, 12, 18, 19, 25, 20, 21, 22, 1, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 13,
                  2, 3, 14, 9, 11])[1 + (n * 7 + (n * n) % 13) % 45] AS cand
    FROM generate_series(1, 720) AS n
), picked AS (
    SELECT s.n, s.d,
           CASE WHEN s.cand = 11 AND s.d < date '2025-09-01' THEN 2 ELSE s.cand END AS ingredient_id
    FROM s
), q AS (
    SELECT p.n, p.d, p.ingredient_id, i.category,
           CASE WHEN i.category = 'malt' AND p.n % 9 = 0 THEN 6 ELSE i.supplier_id END AS supplier_id,
           CASE i.category
               WHEN 'malt' THEN 500 + ((p.n * 37) % 20) * 50
               WHEN 'hops' THEN 20 + ((p.n * 13) % 9) * 10
               WHEN 'yeast' THEN 2 + p.n % 6
               ELSE 25 + ((p.n * 11) % 8) * 25 END AS quantity,
           round(i.unit_cost * (0.92 + (extract(year FROM p.d) - 2022) * 0.04 + ((p.n % 5) - 2) * 0.01), 2) AS unit_price
    FROM picked p JOIN ingredients i ON i.ingredient_id = p.ingredient_id
)
SELECT n, ingredient_id, supplier_id, d, quantity, unit_price, round(quantity * unit_price, 2),
       CASE WHEN n % 13 = 0 THEN NULL ELSE 'PO-' || to_char(d, 'YYYY') || '-' || lpad(n::text, 4, '0') END
FROM q;
