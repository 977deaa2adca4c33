-- An online shop's sales database, written for a golden set of askpg
-- (benches/intent/shop.yaml). No comments on anything: it stands for a warehouse
-- nobody annotated. The rows are made up and deterministic (generate_series and modular
-- arithmetic only).

CREATE TABLE categories (
    category_id   integer PRIMARY KEY,
    category_name text NOT NULL UNIQUE
);
CREATE TABLE products (
    product_id   integer PRIMARY KEY,
    product_name text NOT NULL,
    sku          text NOT NULL UNIQUE,
    category_id  integer NOT NULL REFERENCES categories,
    list_price   numeric(10,2) NOT NULL,
    weight_kg    numeric(6,2),
    discontinued boolean NOT NULL DEFAULT false
);
CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       text NOT NULL,
    phone       text,
    city        text NOT NULL,
    country     text NOT NULL,
    signup_date date NOT NULL
);
CREATE TABLE orders (
    order_id       integer PRIMARY KEY,
    customer_id    integer NOT NULL REFERENCES customers,
    order_date     date NOT NULL,
    status         text NOT NULL,
    payment_method text NOT NULL,
    shipping_fee   numeric(8,2) NOT NULL,
    coupon_code    text
);
CREATE TABLE order_items (
    order_item_id integer PRIMARY KEY,
    order_id      integer NOT NULL REFERENCES orders,
    product_id    integer NOT NULL REFERENCES products,
    quantity      integer NOT NULL,
    unit_price    numeric(10,2) NOT NULL
);
CREATE TABLE shipments (
    shipment_id     integer PRIMARY KEY,
    order_id        integer NOT NULL REFERENCES orders,
    carrier         text NOT NULL,
    tracking_number text NOT NULL,
    shipped_at      timestamp NOT NULL,
    delivered_at    timestamp
);
CREATE TABLE reviews (
    review_id   integer PRIMARY KEY,
    product_id  integer NOT NULL REFERENCES products,
    customer_id integer NOT NULL REFERENCES customers,
    rating      integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    review_date date NOT NULL,
    title       text
);
CREATE TABLE returns (
    return_id     integer PRIMARY KEY,
    order_item_id integer NOT NULL REFERENCES order_items,
    returned_on   date NOT NULL,
    reason        text NOT NULL,
    refund_amount numeric(10,2) NOT NULL
);

INSERT INTO categories VALUES
  (1, 'Electronics'), (2, 'Home & Kitchen'), (3, 'Books'), (4, 'Clothing'),
  (5, 'Sports & Outdoors'), (6, 'Toys & Games'), (7, 'Beauty'), (8, 'Garden');

INSERT INTO products
SELECT n, p, 'SKU-' || lpad((1000 + n * 37)::text, 5, '0'), 1 + (n - 1) / 10,
       round(((ARRAY[180, 45, 14, 38, 60, 25, 18, 40])[1 + (n - 1) / 10]
              * (0.35 + ((n * 7) % 10) * 0.17) + (n % 3) * 0.33 - 0.01)::numeric, 2),
       CASE WHEN n % 9 = 4 THEN NULL ELSE round((0.1 + (n * 13) % 50 * 0.11)::numeric, 2) END,
       n % 17 = 6
FROM unnest(ARRAY[
  'Wireless Earbuds','Bluetooth Speaker','USB-C Charger','Smart Watch','Noise Cancelling Headphones',
  'Portable SSD 1TB','Mechanical Keyboard','Wireless Mouse','4K Webcam','Tablet Stand',
  'Chef Knife','Nonstick Skillet','French Press','Cast Iron Dutch Oven','Electric Kettle',
  'Bamboo Cutting Board','Stand Mixer','Glass Storage Set','Pour-Over Kettle','Silicone Spatula Set',
  'The Quiet River','Data in Practice','Mountain Recipes','A Short History of Maps','The Night Gardener',
  'Learning SQL the Hard Way','Coastal Birds Guide','Money Basics','The Last Lighthouse','Stars for Beginners',
  'Merino Wool Sweater','Rain Jacket','Linen Shirt','Slim Chinos','Running Socks 3-Pack',
  'Down Vest','Denim Jacket','Cotton T-Shirt','Wool Beanie','Leather Belt',
  'Yoga Mat','Trail Running Shoes','Camping Hammock','Insulated Water Bottle','Adjustable Dumbbells',
  'Hiking Backpack 30L','Resistance Bands','Cycling Gloves','Tent 2-Person','Headlamp',
  'Wooden Puzzle','Strategy Board Game','Building Blocks Set','Plush Bear','Remote Control Car',
  'Card Game Classic','Science Kit','Kite','Jigsaw 1000 Pieces','Marble Run',
  'Vitamin C Serum','Hand Cream','Shampoo Bar','Lip Balm Set','Face Cleanser',
  'Sunscreen SPF 50','Hair Oil','Bath Salts','Beard Trimmer','Nail Care Kit',
  'Pruning Shears','Garden Hose 25m','Raised Bed Kit','Seed Starter Tray','Watering Can',
  'Compost Bin','Garden Gloves','Solar Path Lights','Bird Feeder','Potting Soil 20L'
]) WITH ORDINALITY AS x(p, n);

INSERT INTO customers
SELECT n,
       (ARRAY['Emma','Noah','Olivia','Liam','Ava','Elijah','Sophia','James','Isabella','Lucas',
              'Mia','Henry','Amelia','Alexander','Harper','Daniel','Evelyn','Jack','Abigail','Leo',
              'Nora','Samuel','Zoe','David','Hannah','Owen','Lily','Wyatt','Grace','Felix',
              'Clara','Julian','Ines','Tomas','Freya','Oskar','Sara','Milan','Aisha','Ravi'])[1 + n % 40],
       (ARRAY['Adams','Bailey','Carter','Dixon','Evans','Fischer','Gray','Hughes','Ivanova','Jensen',
              'Keller','Larsen','Morris','Nolan','Ortiz','Price','Quinn','Reyes','Stewart','Turner',
              'Ueda','Vargas','Ward','Xu','Young','Zimmer','Becker','Coleman','Duarte','Ellis',
              'Foster','Gallo','Hart','Iqbal','Jovanovic','Kaur','Lindqvist','Meyer','Novak','Okafor',
              'Perez','Rossi','Sato','Torres','Varga','Weber','Yilmaz','Brooks','Chavez','Dunn'])[1 + (n / 40 + 11 * (n % 40)) % 50],
       'customer' || n || '@mail.example',
       CASE WHEN n % 6 = 0 THEN NULL ELSE '+1-555-' || lpad(((n * 7919) % 10000)::text, 4, '0') END,
       c.city, c.country,
       DATE '2021-01-01' + (floor(1420 * power(((n * 4001 + 7) % 1601) / 1601.0, 1.6)))::int
FROM generate_series(1, 1600) AS n
JOIN (VALUES
  (0, 'New York', 'USA'), (1, 'Chicago', 'USA'), (2, 'Toronto', 'Canada'), (3, 'London', 'United Kingdom'),
  (4, 'Los Angeles', 'USA'), (5, 'Berlin', 'Germany'), (6, 'Manchester', 'United Kingdom'), (7, 'Austin', 'USA'),
  (8, 'Vancouver', 'Canada'), (9, 'Paris', 'France'), (10, 'Seattle', 'USA'), (11, 'Munich', 'Germany'),
  (12, 'Dublin', 'Ireland'), (13, 'New York', 'USA'), (14, 'Melbourne', 'Australia'), (15, 'Boston', 'USA'),
  (16, 'London', 'United Kingdom'), (17, 'Lyon', 'France'), (18, 'Denver', 'USA'), (19, 'Amsterdam', 'Netherlands'),
  (20, 'Chicago', 'USA'), (21, 'Montreal', 'Canada'), (22, 'Hamburg', 'Germany'), (23, 'Sydney', 'Australia'),
  (24, 'New York', 'USA'), (25, 'Madrid', 'Spain'), (26, 'Phoenix', 'USA'), (27, 'Edinburgh', 'United Kingdom'),
  (28, 'Portland', 'USA'), (29, 'London', 'United Kingdom'), (30, 'Atlanta', 'USA')
) AS c(k, city, country) ON c.k = (n * 13 + n / 7) % 31;

INSERT INTO orders
SELECT n, customer_id, d,
       CASE WHEN d >= DATE '2024-12-24' THEN 'processing'
            WHEN d >= DATE '2024-12-12' THEN 'shipped'
            WHEN (n * 389) % 100 < 6 THEN 'cancelled'
            ELSE 'delivered' END,
       (ARRAY['card','card','card','paypal','card','paypal','gift card','card','bank transfer','paypal'])[1 + (n * 3) % 10],
       CASE WHEN n % 4 = 0 THEN 0 ELSE (ARRAY[4.99, 6.99, 9.99])[1 + n % 3] END,
       CASE WHEN n % 13 = 0 THEN 'WELCOME10' WHEN n % 31 = 0 THEN 'SUMMER15' ELSE NULL END
FROM (
  SELECT n, c.customer_id,
         greatest(c.signup_date,
                  DATE '2022-01-01' + floor(1096 * power((n - 0.5) / 5200.0, 0.85))::int) AS d
  FROM generate_series(1, 5200) AS n
  JOIN customers c
    ON c.customer_id = 1 + floor(1600 * power(((n * 7331 + 3) % 20011) / 20011.0, 1.45))::int
  WHERE c.customer_id % 21 <> 0
) o;

INSERT INTO order_items
SELECT row_number() OVER (ORDER BY o.order_id, k)::int, o.order_id, p.product_id,
       1 + ((o.order_id * k * 5) % 11) / 6 + ((o.order_id + k) % 17 = 0)::int * 3,
       CASE WHEN o.coupon_code IS NOT NULL THEN round(p.list_price * 0.9, 2)
            WHEN (o.order_id + k) % 8 = 0 THEN round(p.list_price * 0.85, 2)
            ELSE p.list_price END
FROM orders o
CROSS JOIN generate_series(1, 4) AS k
JOIN products p
  ON p.product_id = 1 + (floor(80 * power(((o.order_id * 5 + k) * 3571 % 30011) / 30011.0, 1.3))::int * 29) % 80
WHERE k <= 1 + (o.order_id * 7) % 5 / 2 + (o.order_id % 11 = 0)::int
  AND NOT (p.product_id = 80 OR p.product_id = 27);

INSERT INTO shipments
SELECT row_number() OVER (ORDER BY order_id)::int, order_id,
       (ARRAY['UPS','UPS','DHL','FedEx','UPS','USPS','DHL','UPS','FedEx','DHL','UPS'])[1 + (order_id * 5) % 11],
       'TRK' || lpad(((order_id * 86371) % 100000000)::text, 8, '0'),
       s, CASE WHEN status = 'delivered'
               THEN s + ((1 + (order_id * 3) % 6 + ((order_id * 5) % 11 = 4)::int * 3) * interval '1 day')
                      + (((order_id * 11) % 10) * interval '1 hour')
               ELSE NULL END
FROM (
  SELECT order_id, status,
         order_date + ((1 + order_id % 3) * interval '1 day') + ((8 + order_id % 9) * interval '1 hour') AS s
  FROM orders WHERE status IN ('delivered', 'shipped')
) x;

INSERT INTO reviews
SELECT row_number() OVER (ORDER BY oi.order_item_id)::int, oi.product_id, o.customer_id,
       CASE WHEN h < 1 + oi.product_id % 3 THEN 1
            WHEN h < 3 + oi.product_id % 4 THEN 2
            WHEN h < 6 + oi.product_id % 5 THEN 3
            WHEN h < 12 + oi.product_id % 3 THEN 4
            ELSE 5 END,
       o.order_date + 5 + (oi.order_item_id * 7) % 30,
       CASE WHEN oi.order_item_id % 4 = 0 THEN NULL
            ELSE (ARRAY['Great value','Works as described','Not bad','Love it','Disappointed',
                        'Would buy again','Fast delivery','Okay for the price'])[1 + oi.order_item_id % 8] END
FROM order_items oi
JOIN orders o ON o.order_id = oi.order_id
CROSS JOIN LATERAL (SELECT (oi.order_item_id * 7 + oi.product_id * 3) % 20 AS h) r
WHERE o.status = 'delivered' AND oi.order_item_id % 5 IN (0, 3)
  AND o.order_date < DATE '2024-11-01';

INSERT INTO returns
SELECT row_number() OVER (ORDER BY oi.order_item_id)::int, oi.order_item_id,
       o.order_date + 10 + (oi.order_item_id * 3) % 20,
       (ARRAY['damaged','wrong size','not as described','changed mind','damaged','changed mind','arrived late'])[1 + oi.order_item_id % 7],
       round(oi.quantity * oi.unit_price, 2)
FROM order_items oi
JOIN orders o ON o.order_id = oi.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status = 'delivered'
  AND (oi.order_item_id * 7) % 100 < 3 + (p.category_id = 4)::int * 5 + (p.category_id = 1)::int * 2
  AND o.order_date < DATE '2024-12-01';
