-- Operational data of an online marketplace where independent sellers list products and
-- buyers order them, used as the sample database of the golden set benches/intent/market.yaml.
-- Nothing carries a comment; every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE SCHEMA catalog;
CREATE SCHEMA sales;

CREATE TABLE catalog.sellers (
    id              integer PRIMARY KEY,
    shop_name       text NOT NULL,
    contact_email   varchar(120) NOT NULL,
    city            text NOT NULL,
    country         text NOT NULL,
    plan            text NOT NULL,
    commission_rate numeric(4,2) NOT NULL,
    is_verified     boolean NOT NULL,
    joined_on       date NOT NULL,
    vat_number      varchar(20)
);
CREATE TABLE catalog.categories (
    id        integer PRIMARY KEY,
    name      text NOT NULL,
    parent_id integer REFERENCES catalog.categories,
    is_active boolean NOT NULL
);
CREATE TABLE catalog.listings (
    id          integer PRIMARY KEY,
    seller_id   integer NOT NULL REFERENCES catalog.sellers,
    category_id integer NOT NULL REFERENCES catalog.categories,
    title       text NOT NULL,
    sku         varchar(20) NOT NULL,
    condition   text NOT NULL,
    price       numeric(10,2) NOT NULL,
    stock_qty   integer NOT NULL,
    status      text NOT NULL,
    listed_at   timestamptz NOT NULL,
    delisted_on date
);
CREATE TABLE sales.buyers (
    id           integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        varchar(120) NOT NULL,
    phone        varchar(20),
    city         text NOT NULL,
    country      text NOT NULL,
    signed_up_on date NOT NULL,
    is_premium   boolean NOT NULL,
    birth_year   integer
);
CREATE TABLE sales.orders (
    id             integer PRIMARY KEY,
    buyer_id       integer NOT NULL REFERENCES sales.buyers,
    ordered_at     timestamp NOT NULL,
    paid_at        timestamp,
    status         text NOT NULL,
    payment_method text NOT NULL,
    coupon_code    varchar(20),
    shipping_fee   numeric(6,2) NOT NULL,
    total_amount   numeric(10,2)
);
CREATE TABLE sales.order_items (
    id         integer PRIMARY KEY,
    order_id   integer NOT NULL REFERENCES sales.orders,
    listing_id integer NOT NULL REFERENCES catalog.listings,
    quantity   integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    discount   numeric(8,2) NOT NULL
);
CREATE TABLE sales.shipments (
    id              integer PRIMARY KEY,
    order_id        integer NOT NULL REFERENCES sales.orders,
    carrier         text NOT NULL,
    tracking_number varchar(30) NOT NULL,
    shipped_at      timestamp NOT NULL,
    delivered_at    timestamp,
    shipping_cost   numeric(6,2) NOT NULL
);
CREATE TABLE sales.returns (
    id            integer PRIMARY KEY,
    order_item_id integer NOT NULL REFERENCES sales.order_items,
    requested_on  date NOT NULL,
    reason        text NOT NULL,
    status        text NOT NULL,
    refund_amount numeric(10,2),
    refunded_at   timestamptz
);
CREATE TABLE sales.reviews (
    id            integer PRIMARY KEY,
    order_item_id integer NOT NULL REFERENCES sales.order_items,
    buyer_id      integer NOT NULL REFERENCES sales.buyers,
    listing_id    integer NOT NULL REFERENCES catalog.listings,
    rating        smallint NOT NULL,
    body          text,
    created_at    timestamptz NOT NULL,
    seller_reply  text
);
CREATE TABLE sales.payouts (
    id           integer PRIMARY KEY,
    seller_id    integer NOT NULL REFERENCES catalog.sellers,
    period_start date NOT NULL,
    period_end   date NOT NULL,
    gross_sales  numeric(12,2) NOT NULL,
    fee          numeric(10,2) NOT NULL,
    amount       numeric(12,2) NOT NULL,
    status       text NOT NULL,
    paid_on      date
);

-- 40 sellers
INSERT INTO catalog.sellers
SELECT i,
       (ARRAY['Atelier','Maison','Nordic','Urban','Vintage','Green','Little','Blue Harbor','Golden','Oak & Pine'])[i % 10 + 1]
         || ' ' || (ARRAY['Loft','Corner','Market','Goods','Finds','Works','Trading','House'])[i % 8 + 1],
       'shop' || i || '@sellers.example.com',
       (ARRAY['Lyon','Paris','Berlin','Madrid','Milan','Amsterdam','Marseille','Munich','Barcelona','Brussels'])[(i * 3) % 10 + 1],
       (ARRAY['France','France','Germany','Spain','Italy','Netherlands','France','Germany','Spain','Belgium'])[(i * 3) % 10 + 1],
       (ARRAY['Basic','Basic','Pro','Basic','Gold','Pro'])[i % 6 + 1],
       (ARRAY[12.00,12.00,10.00,12.00,8.00,10.00])[i % 6 + 1],
       i % 5 <> 0,
       date '2019-03-01' + (i * 23) % 1000,
       CASE WHEN i % 4 = 0 THEN NULL ELSE 'EU' || lpad((i * 7919 % 1000000)::text, 9, '0') END
FROM generate_series(1, 40) AS i;

-- categories: six departments and their sub-categories
INSERT INTO catalog.categories VALUES
 (1, 'Electronics', NULL, true),
 (2, 'Home & Garden', NULL, true),
 (3, 'Fashion', NULL, true),
 (4, 'Toys & Games', NULL, true),
 (5, 'Sports & Outdoors', NULL, true),
 (6, 'Books', NULL, true),
 (7, 'Phones', 1, true),
 (8, 'Laptops', 1, true),
 (9, 'Audio', 1, true),
 (10, 'Furniture', 2, true),
 (11, 'Kitchen', 2, true),
 (12, 'Women''s Clothing', 3, true),
 (13, 'Men''s Clothing', 3, true),
 (14, 'Shoes', 3, true),
 (15, 'Board Games', 4, true),
 (16, 'Cycling', 5, true),
 (17, 'Camping', 5, true),
 (18, 'Vinyl Records', 1, false);

-- 400 listings in the leaf categories (6 and 7..17)
INSERT INTO catalog.listings
SELECT i,
       (i * 7) % 40 + 1,
       c.cat,
       (ARRAY['Classic','Compact','Premium','Eco','Deluxe','Essential','Pro','Retro'])[i % 8 + 1] || ' ' || c.noun,
       'SKU-' || lpad(i::text, 5, '0'),
       (ARRAY['new','new','new','used','refurbished','new','used'])[i % 7 + 1],
       round(c.base * (0.6 + (i % 9) * 0.15), 2) - 0.01,
       (i * 13) % 60,
       CASE WHEN i % 11 = 0 THEN 'removed' WHEN i % 7 = 0 THEN 'paused'
            WHEN (i * 13) % 60 = 0 THEN 'sold_out' ELSE 'active' END,
       timestamptz '2021-01-04 09:00:00+00' + ((i * 37) % 720) * interval '1 day' + (i % 600) * interval '1 minute',
       CASE WHEN i % 11 = 0 THEN date '2024-01-10' + (i % 300) END
FROM generate_series(1, 400) AS i
JOIN (VALUES (0, 6, 'Paperback Novel', 14.00), (1, 7, 'Smartphone', 420.00), (2, 8, 'Laptop', 890.00),
             (3, 9, 'Wireless Headphones', 120.00), (4, 10, 'Oak Side Table', 180.00), (5, 11, 'Chef Knife Set', 75.00),
             (6, 12, 'Linen Dress', 65.00), (7, 13, 'Wool Sweater', 70.00), (8, 14, 'Running Shoes', 95.00),
             (9, 15, 'Strategy Board Game', 40.00), (10, 16, 'Bike Helmet', 60.00), (11, 17, 'Two-Person Tent', 150.00))
     AS c(k, cat, noun, base) ON c.k = i % 12;

-- 500 buyers
INSERT INTO sales.buyers
SELECT i,
       (ARRAY['Emma','Lucas','Léa','Hugo','Sofia','Jonas','Marta','Luca','Anna','Noah','Chloé','Pablo','Giulia','Finn','Inès','Mateo','Clara','Elias','Lena','Tom'])[i % 20 + 1],
       (ARRAY['Martin','Müller','García','Rossi','Dubois','Jansen','Schmidt','López','Bernard','Peeters','Ferrari','Fischer','Moreau','Visser','Romero','Bianchi','Laurent','Weber','Navarro','Petit','Wouters','Conti','Girard'])[i % 23 + 1],
       'buyer' || i || '@mail.example.com',
       CASE WHEN i % 3 = 0 THEN NULL ELSE '+33 6 ' || lpad(((i * 48271) % 100000000)::text, 8, '0') END,
       (ARRAY['Paris','Lyon','Berlin','Madrid','Milan','Amsterdam','Marseille','Munich','Barcelona','Brussels','Toulouse','Hamburg'])[(i * 7) % 12 + 1],
       (ARRAY['France','France','Germany','Spain','Italy','Netherlands','France','Germany','Spain','Belgium','France','Germany'])[(i * 7) % 12 + 1],
       date '2021-06-01' + (i * 17) % 1200,
       i % 6 = 0,
       CASE WHEN i % 5 = 0 THEN NULL ELSE 1955 + (i * 11) % 50 END
FROM generate_series(1, 500) AS i;

-- 1500 orders over 2022-2024 (buyers 461..500 never ordered)
INSERT INTO sales.orders
SELECT i,
       (i * 37) % 460 + 1,
       o.at,
       CASE WHEN i % 17 = 0 THEN NULL ELSE o.at + (5 + i % 50) * interval '1 minute' END,
       CASE WHEN i % 17 = 0 THEN 'cancelled'
            WHEN o.at >= timestamp '2024-12-24' THEN 'paid'
            WHEN o.at >= timestamp '2024-12-18' OR i % 29 = 0 THEN 'shipped'
            ELSE 'delivered' END,
       (ARRAY['card','card','paypal','card','bank_transfer','card','paypal','gift_card','card','paypal'])[i % 10 + 1],
       CASE WHEN i % 9 = 0 THEN (ARRAY['WELCOME10','SUMMER15','BLACKFRIDAY'])[i % 3 + 1] END,
       (ARRAY[0.00, 4.90, 6.90, 9.90])[i % 4 + 1],
       NULL
FROM generate_series(1, 1500) AS i,
     LATERAL (SELECT timestamp '2022-01-01 00:00:00' + ((i * 733) % 1096) * interval '1 day'
                     + (420 + (i * 47) % 900) * interval '1 minute' AS at) AS o;

-- 2000 order items: every order has one line, every third order a second line
INSERT INTO sales.order_items
SELECT row_number() OVER (ORDER BY x.o, x.k),
       x.o,
       x.lid,
       CASE WHEN (x.o + x.k) % 5 = 0 THEN 2 WHEN (x.o + x.k) % 13 = 0 THEN 3 ELSE 1 END,
       l.price,
       CASE WHEN x.o % 9 = 0 THEN round(l.price * 0.10, 2) ELSE 0 END
FROM (SELECT o, k, (o * 53 + k * 101) % 380 + 1 AS lid
      FROM generate_series(1, 1500) AS o, generate_series(1, 2) AS k
      WHERE k = 1 OR o % 3 = 0) AS x
JOIN catalog.listings l ON l.id = x.lid;

UPDATE sales.orders o
SET total_amount = s.sub + o.shipping_fee
FROM (SELECT order_id, sum(quantity * unit_price - discount) AS sub
      FROM sales.order_items GROUP BY order_id) AS s
WHERE s.order_id = o.id;

-- shipments for shipped and delivered orders
INSERT INTO sales.shipments
SELECT row_number() OVER (ORDER BY o.id),
       o.id,
       (ARRAY['DHL','UPS','La Poste','GLS','DPD'])[o.id % 5 + 1],
       (ARRAY['JD','1Z','6A','GL','DP'])[o.id % 5 + 1] || lpad(((o.id * 7919) % 100000000)::text, 10, '0'),
       o.ordered_at + (1 + o.id % 3) * interval '1 day' + interval '3 hours',
       CASE WHEN o.status = 'delivered'
            THEN o.ordered_at + (2 + o.id % 3 + o.id % 4 + (o.id / 5) % 3) * interval '1 day' + interval '6 hours' END,
       (ARRAY[4.50, 5.90, 3.80, 6.20, 7.40])[o.id % 5 + 1]
FROM sales.orders o
WHERE o.status IN ('shipped', 'delivered');

-- returns on some delivered order lines
INSERT INTO sales.returns
SELECT row_number() OVER (ORDER BY oi.id),
       oi.id,
       (o.ordered_at + (10 + oi.id % 15) * interval '1 day')::date,
       (ARRAY['Damaged on arrival','Wrong size','Not as described','Changed my mind','Arrived late','Defective'])[oi.id % 6 + 1],
       r.st,
       CASE WHEN r.st = 'refunded' THEN oi.quantity * oi.unit_price - oi.discount END,
       CASE WHEN r.st = 'refunded' THEN (o.ordered_at + (17 + oi.id % 15) * interval '1 day') AT TIME ZONE 'UTC' END
FROM sales.order_items oi
JOIN sales.orders o ON o.id = oi.order_id
CROSS JOIN LATERAL (SELECT (ARRAY['refunded','refunded','approved','rejected','refunded','requested'])[(oi.id / 13) % 6 + 1] AS st) r
WHERE oi.id % 13 = 0 AND o.status = 'delivered';

-- reviews on some delivered order lines
INSERT INTO sales.reviews
SELECT row_number() OVER (ORDER BY oi.id),
       oi.id,
       o.buyer_id,
       oi.listing_id,
       (ARRAY[5,4,5,3,4,5,2,4,5,1,4,5])[(oi.id / 3) % 12 + 1],
       CASE WHEN oi.id % 4 = 0 THEN NULL
            ELSE (ARRAY['Great quality, fast delivery.','Exactly as pictured.','Good value for the price.','Packaging could be better.',
                        'Stopped working after a week.','Would buy from this seller again.','Smaller than expected.'])[oi.id % 7 + 1] END,
       (o.ordered_at + (8 + oi.id % 20) * interval '1 day') AT TIME ZONE 'UTC',
       CASE WHEN oi.id % 5 = 0 THEN 'Thank you for your feedback!' END
FROM sales.order_items oi
JOIN sales.orders o ON o.id = oi.order_id
WHERE oi.id % 3 = 0 AND o.status = 'delivered';

-- quarterly payouts to sellers, from their sales of the quarter
INSERT INTO sales.payouts
SELECT row_number() OVER (ORDER BY q.qs, s.id),
       s.id,
       q.qs::date,
       (q.qs + interval '3 months' - interval '1 day')::date,
       g.gross,
       round(g.gross * s.commission_rate / 100, 2),
       g.gross - round(g.gross * s.commission_rate / 100, 2),
       CASE WHEN q.qs = timestamp '2024-10-01' THEN 'pending'
            WHEN (s.id + extract(month FROM q.qs)::int) % 19 = 0 THEN 'failed'
            ELSE 'paid' END,
       CASE WHEN q.qs = timestamp '2024-10-01' OR (s.id + extract(month FROM q.qs)::int) % 19 = 0 THEN NULL
            ELSE (q.qs + interval '3 months' + (5 + s.id % 6) * interval '1 day')::date END
FROM generate_series(timestamp '2022-01-01', timestamp '2024-10-01', interval '3 months') AS q(qs)
CROSS JOIN catalog.sellers s
CROSS JOIN LATERAL (
    SELECT sum(oi.quantity * oi.unit_price - oi.discount) AS gross
    FROM sales.order_items oi
    JOIN sales.orders o ON o.id = oi.order_id
    JOIN catalog.listings l ON l.id = oi.listing_id
    WHERE l.seller_id = s.id AND o.status <> 'cancelled'
      AND o.ordered_at >= q.qs AND o.ordered_at < q.qs + interval '3 months') AS g
WHERE g.gross IS NOT NULL;
