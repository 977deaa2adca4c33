-- Sample database for askpg: a small chain of restaurants with its staff, menu, orders,
-- table bookings and the invoices from its food and drink suppliers. Nothing is annotated.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE branches (
    branch_id   integer PRIMARY KEY,
    branch_name text NOT NULL UNIQUE,
    city        text NOT NULL,
    street_addr text NOT NULL,
    seats       integer NOT NULL,
    opened_on   date NOT NULL
);
CREATE TABLE employees (
    emp_id      integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    role        varchar(20) NOT NULL,
    hourly_wage numeric(6,2) NOT NULL,
    branch_id   integer NOT NULL REFERENCES branches,
    hired_on    date NOT NULL,
    email       text
);
CREATE TABLE dishes (
    dish_id   integer PRIMARY KEY,
    dish_name text NOT NULL UNIQUE,
    course    varchar(10) NOT NULL,
    price     numeric(6,2) NOT NULL,
    is_veg    boolean NOT NULL,
    calories  integer
);
CREATE TABLE dining_tables (
    table_id  integer PRIMARY KEY,
    branch_id integer NOT NULL REFERENCES branches,
    table_no  integer NOT NULL,
    capacity  integer NOT NULL,
    area      varchar(10) NOT NULL,
    UNIQUE (branch_id, table_no)
);
CREATE TABLE tickets (
    ticket_id integer PRIMARY KEY,
    branch_id integer NOT NULL REFERENCES branches,
    table_id  integer REFERENCES dining_tables,
    server_id integer REFERENCES employees,
    opened_at timestamp NOT NULL,
    closed_at timestamp,
    channel   varchar(10) NOT NULL,
    tip       numeric(6,2)
);
CREATE TABLE ticket_lines (
    line_id    integer PRIMARY KEY,
    ticket_id  integer NOT NULL REFERENCES tickets,
    dish_id    integer NOT NULL REFERENCES dishes,
    qty        integer NOT NULL,
    unit_price numeric(6,2) NOT NULL
);
CREATE TABLE bookings (
    booking_id   integer PRIMARY KEY,
    guest_name   text NOT NULL,
    phone        varchar(20),
    branch_id    integer NOT NULL REFERENCES branches,
    party_size   integer NOT NULL,
    reserved_for timestamp NOT NULL,
    status       varchar(12) NOT NULL
);
CREATE TABLE suppliers (
    supplier_id   integer PRIMARY KEY,
    supplier_name text NOT NULL,
    category      text NOT NULL,
    city          text NOT NULL,
    contact_email text
);
CREATE TABLE purchases (
    purchase_id  integer PRIMARY KEY,
    supplier_id  integer NOT NULL REFERENCES suppliers,
    branch_id    integer NOT NULL REFERENCES branches,
    invoice_no   varchar(12) NOT NULL,
    purchased_on date NOT NULL,
    cost         numeric(10,2) NOT NULL,
    paid_on      date
);

INSERT INTO branches VALUES
  (1, 'Riverside', 'Portland', '214 SE Water Ave', 96, '2014-04-11'),
  (2, 'Old Town', 'Portland', '37 NW Couch St', 64, '2016-09-02'),
  (3, 'Harbour Front', 'Seattle', '1501 Alaskan Way', 120, '2017-05-19'),
  (4, 'Capitol Hill', 'Seattle', '812 E Pike St', 88, '2019-03-08'),
  (5, 'Larimer Square', 'Denver', '1430 Larimer St', 54, '2020-10-23'),
  (6, 'South Congress', 'Austin', '1609 S Congress Ave', 78, '2021-06-12'),
  (7, 'Wicker Park', 'Chicago', '1550 N Milwaukee Ave', 70, '2022-02-14'),
  (8, 'Airport Plaza', 'Denver', '8500 Pena Blvd', 110, '2023-05-15');

INSERT INTO employees
SELECT n,
       (ARRAY['Maria','James','Aisha','Daniel','Sofia','Kevin','Hannah','Luis','Grace','Tomás',
              'Nina','Marcus','Elena','Ryan','Priya','Owen','Chloe','Andre','Julia','Sam',
              'Fatima','Ben','Isabel','Victor','Leah','Diego','Rosa','Ethan','Mei','Jordan',
              'Carmen','Noah','Zoe','Omar','Lucy','Felix','Anya','Hugo','Tara','Malik'])[1 + (n * 7) % 40],
       (ARRAY['Alvarez','Bennett','Chen','Dawson','Evans','Fischer','Garcia','Hughes','Ito','Jensen',
              'Kowalski','Lopez','Mbeki','Nguyen','Olsen','Patel','Quinn','Romero','Sato','Turner',
              'Ueda','Vance','Walsh','Xu','Young','Zimmerman','Brooks','Castillo','Duarte','Ferreira',
              'Gallagher','Haddad','Ivanova','Kaur','Lindqvist','Moreau','Novak'])[1 + (n * 11) % 37],
       CASE WHEN n <= 8 THEN 'manager' WHEN n <= 24 THEN 'chef' WHEN n <= 64 THEN 'waiter' ELSE 'bartender' END,
       CASE WHEN n <= 8 THEN 34 + (n * 3) % 9 + 0.50 * (n % 2)
            WHEN n <= 24 THEN 22 + (n * 5) % 8 + 0.25 * (n % 4)
            WHEN n <= 64 THEN 14 + 0.75 * (n % 5) + 0.10 * (n % 3)
            ELSE 16 + 0.50 * (n % 6) END,
       CASE WHEN n <= 8 THEN n WHEN n <= 24 THEN 1 + (n - 9) % 8 WHEN n <= 64 THEN 1 + (n - 25) % 8 ELSE n - 64 END,
       CASE WHEN n BETWEEN 57 AND 64 THEN DATE '2024-12-02' + (n - 57) * 3
            WHEN n <= 8 THEN (SELECT opened_on FROM branches WHERE branch_id = n) - 30 - n * 4
            ELSE DATE '2015-02-01' + (n * 389) % 3300 END,
       CASE WHEN n % 9 = 0 THEN NULL ELSE 'emp' || n || '@ember-kitchen.com' END
FROM generate_series(1, 72) AS n;

INSERT INTO dishes VALUES
  (1, 'Bruschetta', 'starter', 8.50, true, 310),
  (2, 'Calamari Fritti', 'starter', 12.00, false, 540),
  (3, 'Burrata with Heirloom Tomatoes', 'starter', 14.50, true, 460),
  (4, 'Tomato Basil Soup', 'starter', 7.50, true, 220),
  (5, 'Chicken Liver Pâté', 'starter', 10.00, false, 390),
  (6, 'Caesar Salad', 'starter', 11.00, false, 480),
  (7, 'Crispy Cauliflower', 'starter', 9.50, true, 350),
  (8, 'Margherita Pizza', 'main', 15.00, true, 880),
  (9, 'Spaghetti Carbonara', 'main', 18.50, false, 920),
  (10, 'Ribeye Steak', 'main', 34.00, false, 1100),
  (11, 'Grilled Salmon', 'main', 27.50, false, 640),
  (12, 'Mushroom Risotto', 'main', 19.00, true, 760),
  (13, 'Roast Chicken', 'main', 22.00, false, 830),
  (14, 'Lamb Shank', 'main', 29.00, false, 990),
  (15, 'Fish and Chips', 'main', 19.50, false, 1050),
  (16, 'Eggplant Parmigiana', 'main', 17.50, true, 720),
  (17, 'Beef Burger', 'main', 17.00, false, 1020),
  (18, 'Seafood Linguine', 'main', 26.00, false, 810),
  (19, 'Vegetable Curry', 'main', 16.50, true, 610),
  (20, 'Tiramisu', 'dessert', 9.00, true, 450),
  (21, 'Crème Brûlée', 'dessert', 8.50, true, 420),
  (22, 'Chocolate Fondant', 'dessert', 9.50, true, 560),
  (23, 'Lemon Tart', 'dessert', 8.00, true, 380),
  (24, 'Affogato', 'dessert', 6.50, true, 210),
  (25, 'New York Cheesecake', 'dessert', 8.75, true, 510),
  (26, 'House Red Wine', 'drink', 9.00, true, NULL),
  (27, 'House White Wine', 'drink', 9.00, true, NULL),
  (28, 'Craft Lager', 'drink', 7.00, true, NULL),
  (29, 'Espresso', 'drink', 3.00, true, NULL),
  (30, 'Sparkling Water', 'drink', 3.50, true, NULL),
  (31, 'Fresh Lemonade', 'drink', 4.50, true, NULL),
  (32, 'Negroni', 'drink', 12.00, true, NULL),
  (33, 'Truffle Arancini', 'starter', 13.00, true, 430),
  (34, 'Duck Confit', 'main', 31.00, false, 970),
  (35, 'Pumpkin Ravioli', 'main', 21.00, true, 690),
  (36, 'Pistachio Gelato', 'dessert', 7.25, true, NULL);

INSERT INTO dining_tables
SELECT starts[b] + t, b, t,
       (ARRAY[2, 2, 4, 4, 4, 6, 2, 4, 8, 4, 2, 6, 4, 10, 2, 4])[t],
       CASE WHEN t % 5 = 0 THEN 'terrace' WHEN t % 7 = 0 THEN 'bar' ELSE 'indoor' END
FROM (SELECT ARRAY[0, 14, 24, 36, 52, 60, 72, 82] AS starts,
             ARRAY[14, 10, 12, 16, 8, 12, 10, 14] AS counts) c,
     generate_series(1, 8) AS b,
     LATERAL generate_series(1, c.counts[b]) AS t;

INSERT INTO tickets
SELECT n, b,
       CASE WHEN ch = 'dine-in'
            THEN (ARRAY[0, 14, 24, 36, 52, 60, 72, 82])[b] + 1 + (n * 5) % (ARRAY[14, 10, 12, 16, 8, 12, 10, 14])[b] END,
       CASE WHEN ch = 'dine-in' THEN 25 + (b - 1) + 8 * ((n / 8 + n / 97) % 4) END,
       opened,
       CASE WHEN n % 211 = 0 OR n > 2994 THEN NULL
            ELSE opened + (20 + (n * 17) % 75) * interval '1 minute' END,
       ch,
       CASE WHEN ch = 'dine-in' AND n % 6 <> 0 THEN round(((n * 13) % 1500) / 100.0 + 1, 2)
            WHEN ch = 'delivery' AND n % 3 <> 0 THEN round(((n * 7) % 500) / 100.0 + 1, 2) END
FROM generate_series(1, 3000) AS n,
     LATERAL (SELECT TIMESTAMP '2022-01-01 11:30' + ((n - 1) * 1096 / 3000) * interval '1 day'
                     + ((n * 37) % 600) * interval '1 minute' AS opened,
                     CASE WHEN n % 10 < 7 THEN 'dine-in' WHEN n % 10 < 9 THEN 'takeaway' ELSE 'delivery' END AS ch) x,
     LATERAL (SELECT CASE WHEN 1 + (n * 7) % 8 = 8 AND opened < TIMESTAMP '2023-05-15' THEN 1 + n % 7
                          ELSE 1 + (n * 7) % 8 END AS b) y;

INSERT INTO ticket_lines
SELECT row_number() OVER (ORDER BY t.ticket_id, i), t.ticket_id, d.dish_id,
       1 + (t.ticket_id + i) % 3 + CASE WHEN d.course = 'drink' AND t.ticket_id % 5 = 0 THEN 1 ELSE 0 END,
       CASE WHEN t.opened_at >= TIMESTAMP '2024-01-01' THEN round(d.price * 1.05, 2) ELSE d.price END
FROM tickets t
CROSS JOIN LATERAL generate_series(1, 1 + (t.ticket_id / 3 + t.ticket_id) % 4) AS i
JOIN dishes d ON d.dish_id = (ARRAY[8, 17, 5, 20, 26, 12, 21, 8, 28, 7, 20, 26, 13, 23, 8, 28, 6, 22, 29, 13,
                                   24, 8, 28, 6, 22, 29, 1, 25, 8, 9, 10, 27, 29, 1, 30, 8, 9, 14, 27, 29,
                                   2, 32, 26, 11, 16, 31, 17, 3, 15, 26, 11, 18, 31, 17, 4, 15, 26, 12, 19])[1 + (t.ticket_id * 11 + i * 7 + i * i + t.ticket_id / 59) % 59];

INSERT INTO bookings
SELECT n,
       (ARRAY['Olivia','Liam','Emma','Mason','Ava','Lucas','Harper','Henry','Ella','Jack',
              'Amelia','Leo','Nora','Wyatt','Ruby','Caleb','Ivy','Miles','Stella','Adrian'])[1 + (n * 3 + n / 50) % 20]
       || ' ' ||
       (ARRAY['Parker','Reed','Foster','Hayes','Price','Morgan','Ward','Coleman','Jenkins','Perry',
              'Powell','Long','Patterson','Barnes','Ross','Henderson','Russell','Griffin','Diaz','Myers',
              'Ford','Hamilton','Graham','Sullivan','Wallace'])[1 + (n * 7) % 25],
       CASE WHEN n % 6 = 0 THEN NULL ELSE '(503) 555-' || lpad(((n * 37) % 10000)::text, 4, '0') END,
       b,
       (ARRAY[2, 2, 4, 2, 3, 4, 6, 2, 5, 8, 4, 3])[1 + n % 12],
       rf,
       CASE WHEN rf >= TIMESTAMP '2024-12-20' THEN 'confirmed'
            WHEN n % 9 = 0 THEN 'cancelled'
            WHEN n % 17 = 0 THEN 'no-show'
            ELSE 'seated' END
FROM generate_series(1, 1500) AS n,
     LATERAL (SELECT TIMESTAMP '2022-01-03 12:00' + ((n - 1) * 1094 / 1500) * interval '1 day'
                     + 30 * ((n * 7) % 20) * interval '1 minute' AS rf) x,
     LATERAL (SELECT CASE WHEN 1 + (n * 3) % 8 = 8 AND rf < TIMESTAMP '2023-05-15' THEN 1 + n % 7
                          ELSE 1 + (n * 3) % 8 END AS b) y;

INSERT INTO suppliers VALUES
  (1, 'Green Valley Produce', 'produce', 'Portland', 'orders@greenvalleyproduce.com'),
  (2, 'Cascade Meats', 'meat', 'Seattle', 'sales@cascademeats.com'),
  (3, 'Pacific Catch Seafood', 'seafood', 'Seattle', 'hello@pacificcatch.com'),
  (4, 'Highland Dairy Co.', 'dairy', 'Denver', NULL),
  (5, 'Bluebird Beverages', 'beverages', 'Austin', 'trade@bluebirdbev.com'),
  (6, 'Mountain Bakery Supply', 'bakery', 'Denver', 'wholesale@mountainbakery.com'),
  (7, 'Lone Star Provisions', 'meat', 'Austin', NULL),
  (8, 'Lakeshore Fish Market', 'seafood', 'Chicago', 'orders@lakeshorefish.com'),
  (9, 'Sunrise Organic Farms', 'produce', 'Portland', 'info@sunriseorganic.com'),
  (10, 'Vintner Select Wines', 'beverages', 'Chicago', NULL);

INSERT INTO purchases
SELECT n, 1 + (n * 3) % 8, b, 'INV-' || (10000 + n), d,
       round((180 + (n * 7919) % 4200 + (n % 100) / 100.0)::numeric, 2),
       CASE WHEN n % 13 = 0 OR n > 890 THEN NULL ELSE d + 14 + n % 20 END
FROM generate_series(1, 900) AS n,
     LATERAL (SELECT DATE '2022-01-02' + (n - 1) * 1090 / 900 AS d) x,
     LATERAL (SELECT CASE WHEN 1 + (n * 5) % 8 = 8 AND d < DATE '2023-05-15' THEN 1 + n % 7
                          ELSE 1 + (n * 5) % 8 END AS b) y;
