-- Operational data of a food delivery app running in six French cities, used as the sample
-- database of the golden set benches/intent/delivery.yaml. Rails-style schema, no comments;
-- every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE cuisines (
    id         bigint PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
CREATE TABLE restaurants (
    id                   bigint PRIMARY KEY,
    name                 text NOT NULL,
    cuisine_id           bigint NOT NULL REFERENCES cuisines,
    city                 text NOT NULL,
    street_address       text NOT NULL,
    phone                varchar(20),
    commission_rate      numeric(4,2) NOT NULL,
    average_prep_minutes integer NOT NULL,
    joined_on            date NOT NULL,
    active               boolean NOT NULL DEFAULT true,
    created_at           timestamp(6) NOT NULL,
    updated_at           timestamp(6) NOT NULL
);
CREATE TABLE menu_items (
    id            bigint PRIMARY KEY,
    restaurant_id bigint NOT NULL REFERENCES restaurants,
    name          text NOT NULL,
    category      text NOT NULL,
    price         numeric(8,2) NOT NULL,
    vegetarian    boolean NOT NULL DEFAULT false,
    available     boolean NOT NULL DEFAULT true,
    calories      integer,
    created_at    timestamp(6) NOT NULL,
    updated_at    timestamp(6) NOT NULL
);
CREATE TABLE customers (
    id                bigint PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    email             varchar(120) NOT NULL UNIQUE,
    phone             varchar(20),
    city              text NOT NULL,
    birth_date        date,
    newsletter_opt_in boolean NOT NULL DEFAULT false,
    created_at        timestamp(6) NOT NULL,
    updated_at        timestamp(6) NOT NULL
);
CREATE TABLE couriers (
    id             bigint PRIMARY KEY,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    phone          varchar(20) NOT NULL,
    city           text NOT NULL,
    vehicle_type   text NOT NULL,
    license_number varchar(20),
    hired_on       date NOT NULL,
    active         boolean NOT NULL DEFAULT true,
    created_at     timestamp(6) NOT NULL,
    updated_at     timestamp(6) NOT NULL
);
CREATE TABLE promotions (
    id               bigint PRIMARY KEY,
    code             varchar(30) NOT NULL UNIQUE,
    description      text NOT NULL,
    discount_type    text NOT NULL,
    discount_value   numeric(6,2) NOT NULL,
    minimum_subtotal numeric(8,2),
    starts_on        date NOT NULL,
    ends_on          date,
    active           boolean NOT NULL DEFAULT true,
    created_at       timestamp(6) NOT NULL,
    updated_at       timestamp(6) NOT NULL
);
CREATE TABLE orders (
    id                    bigint PRIMARY KEY,
    customer_id           bigint NOT NULL REFERENCES customers,
    restaurant_id         bigint NOT NULL REFERENCES restaurants,
    courier_id            bigint REFERENCES couriers,
    promotion_id          bigint REFERENCES promotions,
    status                text NOT NULL,
    placed_at             timestamp NOT NULL,
    picked_up_at          timestamp,
    delivered_at          timestamp,
    subtotal              numeric(10,2) NOT NULL DEFAULT 0,
    delivery_fee          numeric(6,2) NOT NULL DEFAULT 0,
    discount_amount       numeric(8,2) NOT NULL DEFAULT 0,
    tip                   numeric(6,2) NOT NULL DEFAULT 0,
    total                 numeric(10,2) NOT NULL DEFAULT 0,
    delivery_address      text NOT NULL,
    delivery_instructions text,
    cancellation_reason   text,
    created_at            timestamp(6) NOT NULL,
    updated_at            timestamp(6) NOT NULL
);
CREATE TABLE order_items (
    id           bigint PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES orders,
    menu_item_id bigint NOT NULL REFERENCES menu_items,
    quantity     integer NOT NULL,
    unit_price   numeric(8,2) NOT NULL,
    notes        text,
    created_at   timestamp(6) NOT NULL,
    updated_at   timestamp(6) NOT NULL
);
CREATE TABLE payments (
    id                 bigint PRIMARY KEY,
    order_id           bigint NOT NULL REFERENCES orders,
    payment_method     text NOT NULL,
    amount             numeric(10,2) NOT NULL,
    currency           varchar(3) NOT NULL DEFAULT 'EUR',
    status             text NOT NULL,
    processed_at       timestamptz NOT NULL,
    provider_reference varchar(40),
    refunded           boolean NOT NULL DEFAULT false,
    created_at         timestamp(6) NOT NULL,
    updated_at         timestamp(6) NOT NULL
);
CREATE TABLE order_ratings (
    id         bigint PRIMARY KEY,
    order_id   bigint NOT NULL UNIQUE REFERENCES orders,
    score      integer NOT NULL,
    comment    text,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
CREATE TABLE courier_ratings (
    id         bigint PRIMARY KEY,
    order_id   bigint NOT NULL UNIQUE REFERENCES orders,
    courier_id bigint NOT NULL REFERENCES couriers,
    score      integer NOT NULL,
    comment    text,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
CREATE TABLE refunds (
    id           bigint PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES orders,
    payment_id   bigint NOT NULL REFERENCES payments,
    amount       numeric(8,2) NOT NULL,
    reason       text NOT NULL,
    status       text NOT NULL,
    requested_at timestamp NOT NULL,
    resolved_at  timestamp,
    created_at   timestamp(6) NOT NULL,
    updated_at   timestamp(6) NOT NULL
);

INSERT INTO cuisines
SELECT n, c, TIMESTAMP '2019-02-11 10:04:00' + n * interval '3 minutes', TIMESTAMP '2019-02-11 10:04:00' + n * interval '3 minutes'
FROM unnest(ARRAY['Italian','Japanese','Indian','Mexican','Chinese','Thai','American','Lebanese']) WITH ORDINALITY AS t(c, n);

INSERT INTO restaurants (id, name, cuisine_id, city, street_address, phone, commission_rate,
                         average_prep_minutes, joined_on, active, created_at, updated_at)
SELECT r.n, r.name, r.cuisine_id, r.city,
       (1 + (r.n * 37) % 140) || ' ' ||
       (ARRAY['rue de la République','avenue Jean Jaurès','rue Victor Hugo','boulevard Gambetta',
              'rue du Commerce','place de la Liberté','rue Nationale','cours Lafayette',
              'rue Sainte-Catherine','rue Paradis','rue de la Paix','avenue Foch'])[1 + (r.n * 5) % 12],
       CASE WHEN r.n % 9 = 4 THEN NULL ELSE '+33 ' || (1 + r.n % 5) || ' ' || lpad(((r.n * 7919) % 100000000)::text, 8, '0') END,
       (ARRAY[25.00, 28.00, 30.00, 22.50])[1 + r.n % 4],
       12 + (r.n * 7) % 18,
       r.joined_on,
       r.n NOT IN (17, 29),
       r.joined_on - 9 + time '09:30' + (r.n * 13) * interval '1 minute',
       CASE WHEN r.n IN (17, 29) THEN TIMESTAMP '2024-05-02 08:15:00' + r.n * interval '1 minute'
            ELSE TIMESTAMP '2024-11-20 07:00:00' + r.n * interval '17 minutes' END
FROM (
  SELECT v.n, v.name, v.cuisine_id, v.city,
         CASE v.n WHEN 12 THEN DATE '2023-02-15' WHEN 36 THEN DATE '2023-09-01'
                  WHEN 42 THEN DATE '2024-03-11' WHEN 47 THEN DATE '2024-06-20'
                  ELSE DATE '2019-03-04' + (v.n * 53) % 900 END AS joined_on
  FROM (VALUES
    (1, 'Trattoria Bella', 1, 'Paris'), (2, 'Pasta Nonna', 1, 'Lyon'), (3, 'Il Forno', 1, 'Marseille'),
    (4, 'Osteria Verde', 1, 'Paris'), (5, 'Piccolo Roma', 1, 'Toulouse'), (6, 'La Dolce Vita', 1, 'Bordeaux'),
    (7, 'Sushi Kan', 2, 'Paris'), (8, 'Ramen Ichiban', 2, 'Paris'), (9, 'Sakura Bento', 2, 'Lyon'),
    (10, 'Yuzu Sushi Bar', 2, 'Lille'), (11, 'Kyoto Kitchen', 2, 'Bordeaux'), (12, 'Maki Express', 2, 'Marseille'),
    (13, 'Taj Mahal', 3, 'Paris'), (14, 'Bombay Spice', 3, 'Lyon'), (15, 'Curry Leaf', 3, 'Lille'),
    (16, 'Tandoor House', 3, 'Toulouse'), (17, 'Masala Corner', 3, 'Marseille'), (18, 'Delhi Darbar', 3, 'Paris'),
    (19, 'El Taco Loco', 4, 'Paris'), (20, 'Casa Burrito', 4, 'Lyon'), (21, 'La Cantina', 4, 'Toulouse'),
    (22, 'Chili Verde', 4, 'Bordeaux'), (23, 'Tacos Amigos', 4, 'Marseille'), (24, 'Mezcal y Sal', 4, 'Lille'),
    (25, 'Golden Dragon', 5, 'Paris'), (26, 'Jade Garden', 5, 'Lyon'), (27, 'Wok Express', 5, 'Marseille'),
    (28, 'Dim Sum Palace', 5, 'Paris'), (29, 'Lotus House', 5, 'Toulouse'), (30, 'Shanghai Noodle Bar', 5, 'Lille'),
    (31, 'Bangkok Street', 6, 'Paris'), (32, 'Thai Orchid', 6, 'Lyon'), (33, 'Siam Kitchen', 6, 'Bordeaux'),
    (34, 'Lemongrass', 6, 'Marseille'), (35, 'Baan Thai', 6, 'Toulouse'), (36, 'Pad Thai Factory', 6, 'Lyon'),
    (37, 'Burger Republic', 7, 'Paris'), (38, 'Smokehouse BBQ', 7, 'Lyon'), (39, 'Big Apple Diner', 7, 'Marseille'),
    (40, 'Brooklyn Burgers', 7, 'Bordeaux'), (41, 'Crispy Chicken Co', 7, 'Lille'), (42, 'Route 66 Grill', 7, 'Toulouse'),
    (43, 'Cedar Grill', 8, 'Paris'), (44, 'Beirut Mezze', 8, 'Lyon'), (45, 'Falafel King', 8, 'Marseille'),
    (46, 'Le Petit Liban', 8, 'Toulouse'), (47, 'Shawarma Palace', 8, 'Lille'), (48, 'Byblos Kitchen', 8, 'Bordeaux')
  ) AS v(n, name, cuisine_id, city)
) AS r;

-- Ten dishes per cuisine: two starters, five mains, a side or dessert pair, one drink.
CREATE TEMPORARY TABLE dishes (cuisine_id int, pos int, name text, category text, base_price numeric, vegetarian boolean, calories int);
INSERT INTO dishes VALUES
  (1, 1, 'Bruschetta', 'starter', 6.50, true, 320), (1, 2, 'Caesar Salad', 'starter', 9.00, false, 470),
  (1, 3, 'Margherita Pizza', 'main', 11.00, true, 850), (1, 4, 'Spaghetti Carbonara', 'main', 13.50, false, 920),
  (1, 5, 'Lasagna alla Bolognese', 'main', 14.00, false, 980), (1, 6, 'Penne Arrabbiata', 'main', 11.50, true, 720),
  (1, 7, 'Risotto ai Funghi', 'main', 14.50, true, 760), (1, 8, 'Tiramisu', 'dessert', 6.50, true, 450),
  (1, 9, 'Panna Cotta', 'dessert', 5.50, true, 380), (1, 10, 'San Pellegrino', 'drink', 3.00, true, 0),
  (2, 1, 'Edamame', 'starter', 4.50, true, 190), (2, 2, 'Miso Soup', 'starter', 3.50, true, 80),
  (2, 3, 'Salmon Sushi Set', 'main', 16.00, false, 610), (2, 4, 'California Roll', 'main', 9.50, false, 420),
  (2, 5, 'Chicken Teriyaki Bento', 'main', 14.00, false, 780), (2, 6, 'Tonkotsu Ramen', 'main', 13.50, false, 890),
  (2, 7, 'Tuna Sashimi', 'main', 15.50, false, 310), (2, 8, 'Vegetable Gyoza', 'side', 6.00, true, 290),
  (2, 9, 'Mochi Ice Cream', 'dessert', 5.00, true, 220), (2, 10, 'Green Tea', 'drink', 3.00, true, 0),
  (3, 1, 'Vegetable Samosa', 'starter', 5.00, true, 310), (3, 2, 'Onion Bhaji', 'starter', 5.00, true, 340),
  (3, 3, 'Chicken Tikka Masala', 'main', 13.50, false, 870), (3, 4, 'Lamb Rogan Josh', 'main', 15.00, false, 910),
  (3, 5, 'Butter Chicken', 'main', 13.50, false, 940), (3, 6, 'Palak Paneer', 'main', 12.00, true, 690),
  (3, 7, 'Chana Masala', 'main', 10.50, true, 620), (3, 8, 'Garlic Naan', 'side', 3.00, true, 300),
  (3, 9, 'Gulab Jamun', 'dessert', 4.50, true, 380), (3, 10, 'Mango Lassi', 'drink', 4.00, true, 260),
  (4, 1, 'Nachos', 'starter', 7.00, true, 640), (4, 2, 'Guacamole and Chips', 'starter', 6.50, true, 520),
  (4, 3, 'Beef Burrito', 'main', 11.50, false, 980), (4, 4, 'Chicken Quesadilla', 'main', 10.50, false, 820),
  (4, 5, 'Carnitas Tacos', 'main', 11.00, false, 760), (4, 6, 'Veggie Burrito Bowl', 'main', 10.50, true, 690),
  (4, 7, 'Chili con Carne', 'main', 12.00, false, 730), (4, 8, 'Mexican Rice', 'side', 3.50, true, 280),
  (4, 9, 'Churros', 'dessert', 5.00, true, 410), (4, 10, 'Horchata', 'drink', 3.50, true, 210),
  (5, 1, 'Spring Rolls', 'starter', 5.00, true, 300), (5, 2, 'Hot and Sour Soup', 'starter', 5.50, false, 180),
  (5, 3, 'Kung Pao Chicken', 'main', 12.50, false, 800), (5, 4, 'Sweet and Sour Pork', 'main', 12.00, false, 880),
  (5, 5, 'Beef with Broccoli', 'main', 13.00, false, 640), (5, 6, 'Mapo Tofu', 'main', 11.00, true, 560),
  (5, 7, 'Peking Duck', 'main', 19.50, false, 1050), (5, 8, 'Egg Fried Rice', 'side', 4.50, true, 450),
  (5, 9, 'Sesame Balls', 'dessert', 4.50, true, 330), (5, 10, 'Jasmine Tea', 'drink', 2.50, true, 0),
  (6, 1, 'Chicken Satay', 'starter', 7.00, false, 380), (6, 2, 'Tom Yum Soup', 'starter', 7.50, false, 210),
  (6, 3, 'Pad Thai', 'main', 12.50, false, 830), (6, 4, 'Green Curry', 'main', 13.00, false, 760),
  (6, 5, 'Massaman Curry', 'main', 13.50, false, 870), (6, 6, 'Pad Krapow', 'main', 12.00, false, 690),
  (6, 7, 'Vegetable Red Curry', 'main', 11.50, true, 640), (6, 8, 'Sticky Rice', 'side', 2.50, true, 250),
  (6, 9, 'Mango Sticky Rice', 'dessert', 6.00, true, 420), (6, 10, 'Thai Iced Tea', 'drink', 4.00, true, 230),
  (7, 1, 'Buffalo Wings', 'starter', 9.00, false, 720), (7, 2, 'Onion Rings', 'starter', 4.50, true, 480),
  (7, 3, 'Classic Cheeseburger', 'main', 12.00, false, 950), (7, 4, 'Bacon Burger', 'main', 13.50, false, 1120),
  (7, 5, 'Veggie Burger', 'main', 12.00, true, 780), (7, 6, 'BBQ Pulled Pork Sandwich', 'main', 13.00, false, 990),
  (7, 7, 'Fried Chicken Bucket', 'main', 16.50, false, 1380), (7, 8, 'French Fries', 'side', 3.50, true, 420),
  (7, 9, 'Chocolate Brownie', 'dessert', 5.00, true, 460), (7, 10, 'Milkshake', 'drink', 5.50, true, 610),
  (8, 1, 'Hummus', 'starter', 5.50, true, 330), (8, 2, 'Fattoush Salad', 'starter', 7.00, true, 260),
  (8, 3, 'Falafel Wrap', 'main', 9.00, true, 640), (8, 4, 'Chicken Shawarma Plate', 'main', 13.00, false, 870),
  (8, 5, 'Lamb Kofta', 'main', 14.50, false, 820), (8, 6, 'Mixed Grill', 'main', 18.50, false, 1100),
  (8, 7, 'Halloumi Platter', 'main', 12.50, true, 710), (8, 8, 'Tabbouleh', 'side', 5.00, true, 190),
  (8, 9, 'Baklava', 'dessert', 4.50, true, 390), (8, 10, 'Mint Lemonade', 'drink', 3.50, true, 140);

INSERT INTO menu_items
SELECT (r.id - 1) * 10 + d.pos, r.id, d.name, d.category,
       d.base_price + ((r.id * 3 + d.pos) % 5 - 2) * 0.50 + CASE WHEN r.city = 'Paris' AND d.category = 'main' THEN 1.00 ELSE 0 END,
       d.vegetarian,
       NOT ((r.id * 7 + d.pos) % 23 = 0),
       CASE WHEN (r.id + d.pos) % 6 = 0 THEN NULL ELSE d.calories END,
       r.created_at + interval '2 days' + d.pos * interval '4 minutes',
       r.updated_at - interval '3 days' + d.pos * interval '1 minute'
FROM restaurants r JOIN dishes d ON d.cuisine_id = r.cuisine_id;

INSERT INTO customers
SELECT n, fn, ln,
       lower(translate(fn, 'éèëïçô', 'eeeico')) || '.' || lower(translate(replace(ln, ' ', ''), 'éèëïçô', 'eeeico')) || n || '@' ||
         (ARRAY['gmail.com','orange.fr','free.fr','outlook.fr','yahoo.fr','laposte.net'])[1 + n % 6],
       CASE WHEN n % 6 = 0 THEN NULL ELSE '+33 6 ' || lpad(((n * 48271) % 100000000)::text, 8, '0') END,
       (ARRAY['Paris','Paris','Lyon','Marseille','Paris','Toulouse','Lyon','Bordeaux','Paris','Lille',
              'Marseille','Paris','Lyon','Toulouse','Paris','Bordeaux','Lyon','Marseille','Lille','Toulouse'])[1 + (n * 7) % 20],
       CASE WHEN n % 5 = 0 THEN NULL ELSE DATE '1962-03-01' + (n * 4271) % 15500 END,
       n % 3 = 0,
       ts, ts + ((n * 97) % 400) * interval '1 day' + (n % 50) * interval '1 minute'
FROM (
  SELECT n,
         (ARRAY['Camille','Lucas','Léa','Hugo','Chloé','Louis','Manon','Nathan','Emma','Thomas',
                'Inès','Gabriel','Sarah','Arthur','Jade','Jules','Zoé','Mehdi','Lina','Antoine',
                'Clara','Yanis','Julie','Maxime','Alice','Karim','Anaïs','Romain','Sofia','Théo',
                'Laura','Adam','Pauline','Nicolas','Amira','Paul','Océane','Samir','Eva','Julien'])[1 + n % 40] AS fn,
         (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
                'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
                'Morel','Girard','Andre','Mercier','Dupont','Lambert','Bonnet','Francois','Martinez','Legrand',
                'Garnier','Faure','Rousseau','Blanc','Guerin','Muller','Henry','Roussel','Nicolas','Perrin',
                'Benali','Nguyen','Haddad','Rossi','Da Silva'])[1 + (n / 40 + 7 * (n % 40)) % 45] AS ln,
         TIMESTAMP '2021-03-01 00:00:00'
           + floor(1400 * power((n - 0.5) / 900.0, 0.8))::int * interval '1 day'
           + ((n * 131) % 840 + 480) * interval '1 minute' + (n % 60) * interval '1 second' AS ts
  FROM generate_series(1, 900) AS n
) AS c;

INSERT INTO couriers
SELECT n, fn, ln,
       '+33 7 ' || lpad(((n * 69621) % 100000000)::text, 8, '0'),
       (ARRAY['Paris','Paris','Lyon','Marseille','Paris','Toulouse','Lyon','Bordeaux','Paris','Lille',
              'Marseille','Paris','Lyon','Toulouse','Paris','Bordeaux','Lyon','Marseille','Lille','Toulouse'])[1 + (n * 3) % 20],
       vt,
       CASE WHEN vt IN ('car','motorbike') AND n % 5 <> 0 THEN 'FR-' || lpad(((n * 7717) % 1000000)::text, 6, '0') END,
       hired,
       n % 7 <> 0,
       hired - 4 + time '14:00' + (n * 7) * interval '1 minute',
       CASE WHEN n % 7 = 0 THEN greatest(TIMESTAMP '2024-02-27 18:00:00' + n * interval '5 minutes', hired + 30 + time '09:00')
            ELSE hired + 300 + time '10:00' + n * interval '3 minutes' END
FROM (
  SELECT n,
         (ARRAY['Moussa','Kevin','Ibrahim','Alexis','Yacine','Bastien','Fatou','Quentin','Ali','Florian',
                'Mamadou','Dylan','Sofiane','Lucie','Rayan','Axel','Nabil','Elodie','Bilal','Marine'])[1 + n % 20] AS fn,
         (ARRAY['Diallo','Traore','Lopez','Fontaine','Chevalier','Mallet','Boyer','Camara','Sanchez','Colin',
                'Benoit','Kone','Marchand','Dumas','Cisse','Aubert','Brun','Meyer','Lemaire','Barbier',
                'Renaud','Giraud','Diop','Caron'])[1 + (n * 7 + n / 20) % 24] AS ln,
         (ARRAY['bicycle','e-bike','scooter','scooter','car','bicycle','motorbike','e-bike'])[1 + n % 8] AS vt,
         DATE '2020-06-01' + (n * 41) % 1460 AS hired
  FROM generate_series(1, 60) AS n
) AS k;

INSERT INTO promotions VALUES
  (1, 'WELCOME10', '10% off your first order', 'percent', 10.00, NULL, '2021-03-01', NULL, true, '2021-02-24 11:20:00', '2021-02-24 11:20:00'),
  (2, 'SPRING5', '5 euros off spring orders', 'amount', 5.00, 20.00, '2022-03-20', '2022-05-31', false, '2022-03-15 09:10:00', '2022-06-01 00:05:00'),
  (3, 'FREEDEL', 'Free delivery on orders over 25 euros', 'free_delivery', 0.00, 25.00, '2022-01-10', '2022-12-31', false, '2022-01-07 16:45:00', '2023-01-01 00:02:00'),
  (4, 'SUMMER15', '15% off summer orders', 'percent', 15.00, 25.00, '2022-06-21', '2022-09-15', false, '2022-06-18 10:00:00', '2022-09-16 00:01:00'),
  (5, 'OCTOBER20', '20% off in October and November', 'percent', 20.00, 15.00, '2022-10-01', '2022-11-30', false, '2022-09-28 14:30:00', '2022-12-01 00:03:00'),
  (6, 'XMAS2022', '7 euros off during the holidays', 'amount', 7.00, 30.00, '2022-12-10', '2023-01-05', false, '2022-12-05 08:00:00', '2023-01-06 00:04:00'),
  (7, 'LUNCH3', '3 euros off lunch orders', 'amount', 3.00, 15.00, '2023-01-16', '2023-06-30', false, '2023-01-12 12:00:00', '2023-07-01 00:02:00'),
  (8, 'FREEDEL23', 'Free delivery on orders over 20 euros', 'free_delivery', 0.00, 20.00, '2023-03-01', '2023-12-31', false, '2023-02-25 10:40:00', '2024-01-01 00:01:00'),
  (9, 'SUMMER23', '10% off summer orders', 'percent', 10.00, 25.00, '2023-06-15', '2023-09-10', false, '2023-06-12 09:30:00', '2023-09-11 00:02:00'),
  (10, 'RENTREE', '5 euros off back-to-school orders', 'amount', 5.00, 20.00, '2023-09-01', '2023-10-15', false, '2023-08-29 17:15:00', '2023-10-16 00:03:00'),
  (11, 'BLACKFRIDAY', '25% off for Black Friday week', 'percent', 25.00, 15.00, '2023-11-22', '2023-11-29', false, '2023-11-20 11:00:00', '2023-11-28 00:01:00'),
  (12, 'NEWYEAR24', '6 euros off in January', 'amount', 6.00, 30.00, '2024-01-01', '2024-01-31', false, '2023-12-27 15:20:00', '2024-02-01 00:02:00'),
  (13, 'FREEDEL24', 'Free delivery on orders over 20 euros', 'free_delivery', 0.00, 20.00, '2024-02-01', '2024-12-31', true, '2024-01-29 10:05:00', '2024-01-29 10:05:00'),
  (14, 'EURO2024', '12% off during the football Euro', 'percent', 12.00, 20.00, '2024-06-14', '2024-07-14', false, '2024-06-10 13:00:00', '2024-07-15 00:01:00'),
  (15, 'OLYMPICS', '8 euros off during the Games', 'amount', 8.00, 30.00, '2024-07-26', '2024-08-11', false, '2024-07-22 09:45:00', '2024-08-12 00:02:00'),
  (16, 'AUTUMN10', '10% off autumn orders', 'percent', 10.00, 25.00, '2024-09-23', '2024-11-30', false, '2024-09-20 08:30:00', '2024-12-01 00:01:00'),
  (17, 'WINTER5', '5 euros off winter orders', 'amount', 5.00, 25.00, '2024-12-01', '2025-02-28', true, '2024-11-27 16:00:00', '2024-11-27 16:00:00');

-- Orders: 1300 over 2022-2024, growing; each from a customer already signed up, to a restaurant
-- of the customer's city, carried by a courier of that city.
CREATE TEMPORARY TABLE order_base AS
SELECT n,
       DATE '2022-01-01' + floor(1096 * power((n - 0.5) / 1300.0, 0.8))::int
         + (ARRAY[11,12,12,13,18,19,19,20,20,21,13,19])[1 + (n * 7) % 12] * interval '1 hour'
         + ((n * 23) % 60) * interval '1 minute' + ((n * 11) % 60) * interval '1 second' AS placed_at
FROM generate_series(1, 1300) AS n;

INSERT INTO orders (id, customer_id, restaurant_id, courier_id, status, placed_at, picked_up_at, delivered_at,
                    delivery_fee, delivery_address, delivery_instructions, cancellation_reason, created_at, updated_at)
SELECT b.n, cu.id, re.id,
       CASE WHEN st.status = 'delivered' OR (st.status = 'cancelled' AND b.n % 2 = 1) THEN co.id END,
       st.status, b.placed_at,
       CASE WHEN st.status = 'delivered' THEN b.placed_at + (re.average_prep_minutes + b.n % 9 - 3) * interval '1 minute' END,
       CASE WHEN st.status = 'delivered' THEN b.placed_at + (re.average_prep_minutes + b.n % 9 - 3 + 8 + (b.n * 13) % 27) * interval '1 minute'
                                              + ((b.n * 7) % 60) * interval '1 second' END,
       CASE WHEN re.city = 'Paris' THEN 0.50 ELSE 0 END + (ARRAY[1.49, 1.99, 2.49, 2.99, 1.99, 3.49])[1 + b.n % 6],
       (1 + (cu.id * 17 + b.n % 3) % 180) || ' ' ||
         (ARRAY['rue des Lilas','avenue de la Gare','rue Pasteur','rue du Moulin','boulevard Voltaire','rue des Écoles',
                'impasse des Roses','rue Jean Moulin','allée des Tilleuls','rue de Verdun'])[1 + cu.id % 10] || ', ' || cu.city,
       CASE WHEN b.n % 8 = 3 THEN (ARRAY['Leave at the door','Ring twice, 3rd floor','Call when downstairs',
                                         'Code 4521B at the gate','Do not ring, baby sleeping'])[1 + b.n % 5] END,
       CASE WHEN st.status = 'cancelled' THEN (ARRAY['Customer changed mind','Waiting too long','Ordered by mistake','No courier available'])[1 + (b.n / 17) % 4]
            WHEN st.status = 'rejected' THEN (ARRAY['Restaurant too busy','Item out of stock','Restaurant closing'])[1 + (b.n / 41) % 3] END,
       b.placed_at - (20 + b.n % 40) * interval '1 second',
       b.placed_at + CASE WHEN st.status = 'delivered' THEN (60 + b.n % 30) ELSE 4 + b.n % 10 END * interval '1 minute'
FROM order_base b
CROSS JOIN LATERAL (
  SELECT CASE WHEN b.n % 17 = 0 THEN 'cancelled' WHEN b.n % 41 = 0 OR b.n % 97 = 5 THEN 'rejected' ELSE 'delivered' END AS status
) st
CROSS JOIN LATERAL (
  SELECT c.id, c.city FROM customers c WHERE c.created_at < b.placed_at ORDER BY c.id
  OFFSET floor((SELECT count(*) FROM customers c2 WHERE c2.created_at < b.placed_at)
               * power(((b.n * 389) % 1000) / 1000.0, 1.4))::int
  LIMIT 1
) cu
CROSS JOIN LATERAL (
  SELECT r.id, r.city, r.average_prep_minutes FROM restaurants r
  WHERE r.city = cu.city AND r.joined_on <= b.placed_at::date AND (r.active OR b.placed_at < TIMESTAMP '2024-05-01')
  ORDER BY r.id
  OFFSET (b.n * 5 + b.n / 9) % (SELECT count(*) FROM restaurants r2
                                WHERE r2.city = cu.city AND r2.joined_on <= b.placed_at::date
                                  AND (r2.active OR b.placed_at < TIMESTAMP '2024-05-01'))
  LIMIT 1
) re
CROSS JOIN LATERAL (
  SELECT k.id FROM couriers k
  WHERE k.city = cu.city AND k.hired_on <= b.placed_at::date AND (k.active OR b.placed_at < TIMESTAMP '2024-02-27')
  ORDER BY k.id
  OFFSET (b.n * 7 + b.n / 5) % (SELECT count(*) FROM couriers k2
                                WHERE k2.city = cu.city AND k2.hired_on <= b.placed_at::date
                                  AND (k2.active OR b.placed_at < TIMESTAMP '2024-02-27'))
  LIMIT 1
) co;

-- A main for everyone, a starter/side/dessert for every third order, a drink for every tenth.
INSERT INTO order_items
SELECT row_number() OVER (ORDER BY o.id, x.k), o.id, mi.id,
       CASE WHEN x.k = 1 AND o.id % 25 = 0 THEN 3 WHEN (o.id + x.k) % 3 = 0 THEN 2 ELSE 1 END,
       CASE WHEN o.placed_at < TIMESTAMP '2023-01-01' THEN round(mi.price * 0.93 * 2, 0) / 2 ELSE mi.price END,
       CASE WHEN x.k = 1 AND o.id % 13 = 0 THEN (ARRAY['No onions please','Extra spicy','Sauce on the side','No cheese'])[1 + o.id % 4] END,
       o.created_at + x.k * interval '2 seconds',
       o.created_at + x.k * interval '2 seconds'
FROM orders o
JOIN LATERAL (
  SELECT 1 AS k, 3 + (o.id * 7 + o.id / 5) % 5 AS pos
  UNION ALL SELECT 2, (ARRAY[1, 2, 8, 9])[1 + (o.id / 3) % 4] WHERE o.id % 3 = 0
  UNION ALL SELECT 3, 10 WHERE o.id % 10 = 0
) x ON true
JOIN menu_items mi ON mi.id = (o.restaurant_id - 1) * 10 + x.pos;

UPDATE orders o SET subtotal = s.subtotal
FROM (SELECT order_id, sum(quantity * unit_price) AS subtotal FROM order_items GROUP BY order_id) s
WHERE s.order_id = o.id;

UPDATE orders o SET tip = CASE o.id % 6 WHEN 0 THEN 0 WHEN 1 THEN 1.00 WHEN 2 THEN 2.00 WHEN 3 THEN 0
                                         WHEN 4 THEN 3.00 ELSE round(o.subtotal * 0.10, 2) END
WHERE o.status = 'delivered';

-- Promo codes: a valid code on every fourth order, WELCOME10 on most first orders.
UPDATE orders o SET promotion_id = (
  SELECT p.id FROM promotions p
  WHERE o.placed_at::date BETWEEN p.starts_on AND coalesce(p.ends_on, DATE '2099-12-31')
    AND o.subtotal >= coalesce(p.minimum_subtotal, 0) AND p.code <> 'WELCOME10'
  ORDER BY (p.id * 7 + o.id) % 13, p.id LIMIT 1)
WHERE o.id % 4 = 0 AND o.status <> 'rejected';

UPDATE orders o SET promotion_id = 1
FROM (SELECT DISTINCT ON (customer_id) id FROM orders ORDER BY customer_id, placed_at) f
WHERE f.id = o.id AND o.promotion_id IS NULL AND o.customer_id % 3 <> 0;

UPDATE orders o SET discount_amount = CASE p.discount_type
         WHEN 'percent' THEN round(o.subtotal * p.discount_value / 100, 2)
         WHEN 'amount' THEN least(p.discount_value, o.subtotal)
         ELSE o.delivery_fee END
FROM promotions p WHERE p.id = o.promotion_id;

UPDATE orders SET total = subtotal + delivery_fee - discount_amount + tip;

-- Payments: a failed card attempt now and then, then the captured (or voided) one.
INSERT INTO payments (id, order_id, payment_method, amount, status, processed_at, provider_reference, created_at, updated_at)
SELECT row_number() OVER (ORDER BY x.order_id, x.attempt), x.order_id, x.method, x.amount, x.status, x.processed_at,
       CASE WHEN x.method <> 'cash' THEN (CASE x.method WHEN 'paypal' THEN 'PAYID-' ELSE 'ch_' END)
                                          || upper(to_hex(x.order_id * 2654435 + x.attempt * 97)) END,
       (x.processed_at AT TIME ZONE 'UTC') - interval '2 seconds',
       x.updated_at
FROM (
  SELECT o.id AS order_id, 2 AS attempt,
         (ARRAY['card','card','apple_pay','paypal','card','google_pay','card','cash'])[1 + o.customer_id % 8] AS method,
         o.total AS amount,
         CASE WHEN o.status = 'delivered' THEN 'captured' ELSE 'voided' END AS status,
         (o.placed_at + (8 + o.id % 20) * interval '1 second') AT TIME ZONE 'UTC' AS processed_at,
         o.updated_at
  FROM orders o
  UNION ALL
  SELECT o.id, 1, 'card', o.total, 'failed',
         (o.placed_at - (30 + o.id % 20) * interval '1 second') AT TIME ZONE 'UTC',
         o.placed_at - interval '25 seconds'
  FROM orders o WHERE o.id % 31 = 0 AND o.customer_id % 8 <> 7
) x;

INSERT INTO refunds
SELECT row_number() OVER (ORDER BY o.id), o.id, p.id,
       CASE rs.reason WHEN 'Missing item' THEN (SELECT min(oi.unit_price) FROM order_items oi WHERE oi.order_id = o.id)
                      WHEN 'Late delivery' THEN o.delivery_fee
                      ELSE round(o.subtotal * 0.5, 2) END,
       rs.reason, rs.status,
       o.delivered_at + (35 + o.id % 300) * interval '1 minute',
       CASE WHEN rs.status <> 'pending' THEN o.delivered_at + (35 + o.id % 300) * interval '1 minute' + (2 + o.id % 40) * interval '1 hour' END,
       o.delivered_at + (35 + o.id % 300) * interval '1 minute' + interval '3 seconds',
       CASE WHEN rs.status <> 'pending' THEN o.delivered_at + (35 + o.id % 300) * interval '1 minute' + (2 + o.id % 40) * interval '1 hour' + interval '1 second'
            ELSE o.delivered_at + (35 + o.id % 300) * interval '1 minute' + interval '3 seconds' END
FROM orders o
JOIN payments p ON p.order_id = o.id AND p.status = 'captured'
CROSS JOIN LATERAL (
  SELECT (ARRAY['Missing item','Late delivery','Wrong item','Food quality','Missing item','Damaged packaging'])[1 + (o.id / 7) % 6] AS reason,
         CASE WHEN o.placed_at >= TIMESTAMP '2024-12-20' THEN 'pending' WHEN o.id % 5 = 3 THEN 'rejected' ELSE 'approved' END AS status
) rs
WHERE o.status = 'delivered' AND (o.id % 19 = 0 OR o.id % 29 = 7);

UPDATE payments p SET refunded = true, updated_at = r.resolved_at
FROM refunds r WHERE r.payment_id = p.id AND r.status = 'approved';

INSERT INTO order_ratings
SELECT row_number() OVER (ORDER BY o.id), o.id,
       CASE WHEN EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id) THEN 1 + o.id % 2
            ELSE greatest(1, (ARRAY[5, 4, 5, 3, 5, 4, 4, 5, 2, 5, 4, 3])[1 + (o.id * 5) % 12] - CASE WHEN o.restaurant_id % 5 = 2 AND o.id % 2 = 0 THEN 1 ELSE 0 END) END,
       CASE WHEN o.id % 4 = 1 THEN (ARRAY['Delicious, will order again','Portions a bit small','Arrived cold','Perfect as always',
                                           'Too salty','Great value','Packaging leaked','Best in town'])[1 + (o.id / 4) % 8] END,
       o.delivered_at + (25 + o.id % 500) * interval '1 minute',
       o.delivered_at + (25 + o.id % 500) * interval '1 minute'
FROM orders o
WHERE o.status = 'delivered' AND o.id % 3 <> 0 AND o.id % 7 <> 2;

INSERT INTO courier_ratings
SELECT row_number() OVER (ORDER BY o.id), o.id, o.courier_id,
       CASE WHEN o.delivered_at - o.picked_up_at > interval '30 minutes' THEN 2 + o.id % 2
            ELSE (ARRAY[5, 5, 4, 5, 3, 4, 5, 5, 4, 1])[1 + (o.id * 3 + o.courier_id) % 10] END,
       CASE WHEN o.id % 5 = 0 THEN (ARRAY['Very friendly','Fast delivery','Could not find the building','Food was spilled',
                                           'Polite and quick','Late without notice'])[1 + (o.id / 5) % 6] END,
       o.delivered_at + (12 + o.id % 200) * interval '1 minute',
       o.delivered_at + (12 + o.id % 200) * interval '1 minute'
FROM orders o
WHERE o.status = 'delivered' AND o.id % 2 = 0;

DROP TABLE order_base;
DROP TABLE dishes;
