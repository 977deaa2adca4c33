-- Operational data of Starlight Cinemas, a chain of multiplexes in British cities, used as the
-- sample database of the golden set benches/intent/cinema.frozen.yaml. Nothing carries a
-- comment; every row is invented and reproducible (generate_series, fixed lists, modular
-- arithmetic).

CREATE TABLE cinemas (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    city        text NOT NULL,
    address     text,
    postcode    varchar(10),
    phone       varchar(20),
    opened_on   date NOT NULL,
    has_parking boolean NOT NULL
);
CREATE TABLE screens (
    id                integer PRIMARY KEY,
    cinema_id         integer NOT NULL REFERENCES cinemas,
    name              varchar(30) NOT NULL,
    screen_type       text NOT NULL,
    seat_count        integer NOT NULL,
    wheelchair_spaces integer NOT NULL,
    is_3d_capable     boolean NOT NULL
);
CREATE TABLE genres (
    id   integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE films (
    id                integer PRIMARY KEY,
    title             text NOT NULL,
    genre_id          integer NOT NULL REFERENCES genres,
    age_rating        varchar(4) NOT NULL,
    runtime_minutes   integer NOT NULL,
    release_date      date NOT NULL,
    original_language varchar(20) NOT NULL,
    distributor       text NOT NULL,
    critic_score      numeric(3,1)
);
CREATE TABLE screenings (
    id         integer PRIMARY KEY,
    film_id    integer NOT NULL REFERENCES films,
    screen_id  integer NOT NULL REFERENCES screens,
    starts_at  timestamp NOT NULL,
    ends_at    timestamp NOT NULL,
    is_3d      boolean NOT NULL,
    base_price numeric(5,2) NOT NULL,
    status     text NOT NULL
);
CREATE TABLE customers (
    id               integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            varchar(120),
    phone            varchar(20),
    city             text,
    birth_date       date,
    created_at       timestamptz NOT NULL,
    marketing_opt_in boolean NOT NULL
);
CREATE TABLE loyalty_members (
    id             integer PRIMARY KEY,
    customer_id    integer NOT NULL UNIQUE REFERENCES customers,
    cinema_id      integer REFERENCES cinemas,
    card_number    varchar(16) NOT NULL UNIQUE,
    tier           text NOT NULL,
    joined_on      date NOT NULL,
    points_balance integer NOT NULL,
    status         text NOT NULL,
    cancelled_on   date
);
CREATE TABLE ticket_types (
    id           integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    price_factor numeric(3,2) NOT NULL,
    min_age      integer,
    max_age      integer
);
CREATE TABLE purchases (
    id             integer PRIMARY KEY,
    screening_id   integer NOT NULL REFERENCES screenings,
    customer_id    integer REFERENCES customers,
    purchased_at   timestamptz NOT NULL,
    channel        text NOT NULL,
    payment_method text NOT NULL,
    booking_fee    numeric(5,2) NOT NULL,
    total_amount   numeric(8,2) NOT NULL,
    status         text NOT NULL,
    refunded_at    timestamptz
);
CREATE TABLE tickets (
    id             integer PRIMARY KEY,
    purchase_id    integer NOT NULL REFERENCES purchases,
    ticket_type_id integer NOT NULL REFERENCES ticket_types,
    seat_label     varchar(4) NOT NULL,
    price          numeric(6,2) NOT NULL,
    scanned_at     timestamp
);
CREATE TABLE concession_items (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    category     text NOT NULL,
    size         varchar(10),
    price        numeric(5,2) NOT NULL,
    is_available boolean NOT NULL
);
CREATE TABLE employees (
    id           integer PRIMARY KEY,
    cinema_id    integer NOT NULL REFERENCES cinemas,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        varchar(120),
    role         text NOT NULL,
    hourly_rate  numeric(5,2) NOT NULL,
    is_full_time boolean NOT NULL,
    hired_on     date NOT NULL,
    left_on      date
);
CREATE TABLE concession_sales (
    id                 integer PRIMARY KEY,
    cinema_id          integer NOT NULL REFERENCES cinemas,
    concession_item_id integer NOT NULL REFERENCES concession_items,
    employee_id        integer REFERENCES employees,
    customer_id        integer REFERENCES customers,
    sold_at            timestamp NOT NULL,
    quantity           integer NOT NULL,
    unit_price         numeric(5,2) NOT NULL,
    total_amount       numeric(8,2) NOT NULL,
    payment_method     text NOT NULL
);
CREATE TABLE shifts (
    id            integer PRIMARY KEY,
    employee_id   integer NOT NULL REFERENCES employees,
    cinema_id     integer NOT NULL REFERENCES cinemas,
    starts_at     timestamp NOT NULL,
    ends_at       timestamp,
    break_minutes integer NOT NULL,
    status        text NOT NULL
);

INSERT INTO cinemas VALUES
  (1, 'Starlight Deansgate', 'Manchester', '27 Quay Street', 'M3 4AE', '0161 555 0101', '2009-05-15', false),
  (2, 'Starlight Salford Quays', 'Manchester', 'Pier 8, The Quays', 'M50 3AZ', '0161 555 0144', '2014-11-21', true),
  (3, 'Starlight Trinity', 'Leeds', '70 Albion Street', 'LS1 5AA', '0113 555 0172', '2013-03-22', false),
  (4, 'Starlight Harbourside', 'Bristol', '1 Canon''s Road', 'BS1 5UH', NULL, '2011-09-09', true),
  (5, 'Starlight Leith', 'Edinburgh', '40 Ocean Drive', 'EH6 6JJ', '0131 555 0190', '2016-06-03', true),
  (6, 'Starlight Merchant City', 'Glasgow', NULL, NULL, '0141 555 0123', '2018-02-16', false),
  (7, 'Starlight Bullring', 'Birmingham', '12 Moor Street', 'B5 4BU', '0121 555 0155', '2012-07-27', true),
  (8, 'Starlight Cardiff Bay', 'Cardiff', 'Mermaid Quay', 'CF10 5BZ', '029 5550 0188', '2021-10-01', true);

INSERT INTO screens
SELECT row_number() OVER (ORDER BY c.id, k)::int,
       c.id,
       'Screen ' || k,
       CASE WHEN k = 1 AND c.id IN (1, 3, 5, 7) THEN 'IMAX'
            WHEN k = 2 AND c.id <> 6 THEN 'VIP'
            WHEN k = 3 AND c.id IN (2, 4, 7, 8) THEN 'Dolby Atmos'
            ELSE 'Standard' END,
       CASE WHEN k = 1 AND c.id IN (1, 3, 5, 7) THEN 360 + 10 * c.id
            WHEN k = 2 AND c.id <> 6 THEN 40 + 2 * c.id
            WHEN k = 3 AND c.id IN (2, 4, 7, 8) THEN 220 + 5 * c.id
            ELSE 80 + (c.id * 37 + k * 23) % 130 END,
       CASE WHEN k = 2 AND c.id <> 6 THEN 2 ELSE 4 + (c.id + k) % 3 END,
       (k % 3 <> 2)
FROM cinemas c
CROSS JOIN generate_series(1, 9) AS k
WHERE k <= (ARRAY[8, 6, 7, 5, 6, 6, 9, 5])[c.id];

INSERT INTO genres VALUES
  (1, 'Action'), (2, 'Adventure'), (3, 'Animation'), (4, 'Comedy'), (5, 'Drama'), (6, 'Horror'),
  (7, 'Thriller'), (8, 'Science Fiction'), (9, 'Romance'), (10, 'Family'), (11, 'Documentary'),
  (12, 'Fantasy');

INSERT INTO films
SELECT v.n, v.title, v.genre_id, v.age_rating, v.runtime,
       DATE '2022-01-07' + 7 * (((v.n - 1) * 17) / 7),
       v.lang,
       (ARRAY['Northlight Pictures','Harbour Films','Meridian Releasing','Blue Fox Distribution',
              'Albion Screen','Cobalt Entertainment'])[1 + (v.n * 5) % 6],
       CASE WHEN v.n % 11 = 4 THEN NULL ELSE v.score END
FROM (VALUES
  (1, 'Steel Horizon', 1, '12A', 128, 'English', 6.9),
  (2, 'The Quiet Orchard', 5, '12A', 114, 'English', 7.8),
  (3, 'Paws on Parade', 3, 'U', 92, 'English', 6.4),
  (4, 'Midnight Harvest', 6, '15', 101, 'English', 5.9),
  (5, 'Last Train to Kelso', 7, '15', 118, 'English', 7.2),
  (6, 'Love in Lisbon', 9, '12A', 105, 'English', 6.1),
  (7, 'Orbit of Ash', 8, '12A', 136, 'English', 7.5),
  (8, 'The Grand Picnic', 4, 'PG', 97, 'English', 6.6),
  (9, 'Kingdom of Reeds', 12, '12A', 142, 'English', 7.0),
  (10, 'Below the Ice', 11, 'PG', 88, 'English', 8.1),
  (11, 'Red Canyon Run', 1, '15', 124, 'English', 6.3),
  (12, 'Little Lantern', 3, 'U', 89, 'Japanese', 8.3),
  (13, 'The Housekeeper', 7, '15', 110, 'Korean', 8.0),
  (14, 'Summer at Fenwick Bay', 10, 'PG', 99, 'English', 6.2),
  (15, 'Hollow Choir', 6, '18', 96, 'English', 6.8),
  (16, 'Sea of Lanterns', 2, '12A', 131, 'English', 7.1),
  (17, 'Two Weddings and a Goat', 4, '12A', 102, 'English', 5.8),
  (18, 'The Cartographer', 5, '12A', 127, 'French', 7.6),
  (19, 'Iron Meridian', 1, '12A', 139, 'English', 7.3),
  (20, 'Dust and Thunder', 2, '12A', 121, 'English', 6.5),
  (21, 'Whisker Squad', 3, 'U', 86, 'English', 6.0),
  (22, 'The Ninth Door', 6, '15', 104, 'Spanish', 6.7),
  (23, 'Signal Lost', 8, '12A', 117, 'English', 6.9),
  (24, 'Marigold Lane', 9, 'PG', 108, 'English', 6.4),
  (25, 'Courtroom Nine', 5, '15', 133, 'English', 7.7),
  (26, 'Rocket Gran', 10, 'U', 94, 'English', 6.3),
  (27, 'Cold Harbour', 7, '15', 112, 'English', 7.4),
  (28, 'The Salt Road', 11, 'PG', 95, 'English', 7.9),
  (29, 'Blades of the Monsoon', 1, '15', 148, 'Hindi', 7.0),
  (30, 'Frostpeak', 12, 'PG', 119, 'English', 6.8),
  (31, 'The Accountant''s Holiday', 4, '12A', 100, 'English', 6.1),
  (32, 'Echoes of Mars', 8, '12A', 141, 'English', 8.2),
  (33, 'Velvet Storm', 7, '18', 115, 'English', 6.6),
  (34, 'Dragon Lake', 3, 'U', 98, 'English', 7.2),
  (35, 'Night Shift at Hollowell', 6, '15', 99, 'English', 5.6),
  (36, 'A Winter in Porto', 9, '12A', 107, 'English', 6.9),
  (37, 'The Long Field', 5, 'PG', 122, 'English', 7.3),
  (38, 'Thunder Road Rally', 1, '12A', 113, 'English', 5.7),
  (39, 'Brick by Brick', 11, 'U', 90, 'English', 7.5),
  (40, 'The Pirate Librarian', 10, 'PG', 101, 'English', 6.7),
  (41, 'Glass Empire', 5, '15', 137, 'English', 7.1),
  (42, 'Starfall', 8, '12A', 146, 'English', 7.8),
  (43, 'The Haunting of Wren Hall', 6, '15', 103, 'English', 6.2),
  (44, 'Mission Cobalt', 1, '12A', 132, 'English', 6.8),
  (45, 'Mr Pickles Goes to Paris', 4, 'PG', 96, 'English', 6.0),
  (46, 'Ember Crown', 12, '12A', 144, 'English', 7.4),
  (47, 'Tidewater', 7, '15', 116, 'English', 7.0),
  (48, 'Moonbeam Bakery', 3, 'U', 91, 'English', 6.9),
  (49, 'Seoul Nights', 9, '15', 112, 'Korean', 7.3),
  (50, 'Parallax', 8, '15', 125, 'English', 7.6),
  (51, 'Wolves of Ardnamurchan', 2, '12A', 123, 'English', 6.6),
  (52, 'The Last Lighthouse', 5, '12A', 119, 'English', 8.0),
  (53, 'Grandma''s Heist', 4, '12A', 103, 'English', 6.5),
  (54, 'Deep Blue Hours', 11, 'PG', 93, 'English', 7.7),
  (55, 'The Burning Vale', 1, '15', 138, 'English', 7.2),
  (56, 'Snowpaw', 10, 'U', 88, 'English', 6.4),
  (57, 'Silent Witness Protocol', 7, '15', 121, 'English', 6.1),
  (58, 'Cathedral of Bones', 6, '18', 107, 'English', 6.9),
  (59, 'Halfway to Tomorrow', 9, '12A', 111, 'English', 6.8),
  (60, 'The Starling Affair', 5, '15', 126, 'French', 7.5)
) AS v(n, title, genre_id, age_rating, runtime, lang, score);

INSERT INTO films VALUES
  (61, 'Aurora Station', 8, '12A', 134, '2025-01-17', 'English', 'Harbour Films', NULL),
  (62, 'Puddle Jumpers', 3, 'U', 90, '2025-02-07', 'English', 'Albion Screen', NULL),
  (63, 'The Glass Garden', 5, '12A', 118, '2025-02-14', 'English', 'Northlight Pictures', NULL);

INSERT INTO screenings
SELECT s.n, s.film_id, s.screen_id, s.starts_at,
       s.starts_at + make_interval(mins => f.runtime_minutes + 20),
       (sc.is_3d_capable AND s.n % 5 = 0),
       (CASE WHEN s.starts_at::time < TIME '17:00' THEN 8.50 ELSE 10.95 END)
         + CASE sc.screen_type WHEN 'IMAX' THEN 5.00 WHEN 'VIP' THEN 8.00
                               WHEN 'Dolby Atmos' THEN 2.50 ELSE 0 END
         + CASE WHEN sc.is_3d_capable AND s.n % 5 = 0 THEN 1.50 ELSE 0 END
         + 0.50 * (extract(year FROM s.starts_at)::int - 2022),
       CASE WHEN s.n % 37 = 0 THEN 'cancelled'
            WHEN s.starts_at >= TIMESTAMP '2024-11-01' THEN 'scheduled'
            ELSE 'completed' END
FROM (
  SELECT g.n, fid AS film_id,
         1 + (g.n * 7 + g.n / 52) % 52 AS screen_id,
         fr.release_date + (g.n * 11) % 35
           + (ARRAY[TIME '11:00', TIME '13:30', TIME '15:45', TIME '18:00', TIME '20:15', TIME '21:30'])[1 + g.n % 6]
           AS starts_at
  FROM generate_series(1, 900) AS g(n)
  CROSS JOIN LATERAL (
    SELECT CASE WHEN g.n <= 600 THEN 1 + g.n % 60
                ELSE (ARRAY[1, 7, 9, 16, 19, 23, 29, 32, 34, 42, 44, 46, 50, 52, 55])[1 + g.n % 15] END AS fid
  ) pick
  JOIN films fr ON fr.id = pick.fid
) s
JOIN films f ON f.id = s.film_id
JOIN screens sc ON sc.id = s.screen_id;

INSERT INTO customers
SELECT n,
       (ARRAY['Oliver','Amelia','George','Isla','Harry','Ava','Jack','Mia','Charlie','Ivy',
              'Thomas','Freya','Jacob','Lily','Alfie','Grace','Noah','Sophie','Leo','Ella',
              'Arjun','Priya','Callum','Eilidh','Rhys','Seren','Mohammed','Aisha','Finlay','Niamh',
              'Kai','Zara','Dylan','Chloe','Ewan','Holly','Omar','Layla','Sam','Rosie'])[1 + n % 40],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
              'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
              'Patel','Khan','Campbell','Stewart','MacDonald','Murray','Hughes','Edwards','Lewis','Price',
              'Morgan','Ahmed','Kaur','Fraser','Reid','Ross','Begum','Cooper','Ward','Hussain',
              'Baker','Turner','Hill','Moore','Mitchell','Kelly','Harris','Martin','Singh','Young'])[1 + (n / 40 + 7 * (n % 40)) % 50],
       CASE WHEN n % 11 = 0 THEN NULL ELSE 'guest' || n || '@inbox.example' END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE '07700 9' || lpad(((n * 4373) % 100000)::text, 5, '0') END,
       CASE WHEN n % 17 = 0 THEN NULL
            ELSE (ARRAY['Manchester','Leeds','Bristol','Edinburgh','Glasgow','Birmingham','Cardiff','Manchester',
                        'Salford','Stockport','Bath','Birmingham','Leeds','Glasgow','Wakefield','Newport'])[1 + (n * 7) % 16] END,
       CASE WHEN n % 8 = 0 THEN NULL ELSE DATE '1950-01-01' + (n * 6143) % 21000 END,
       TIMESTAMPTZ '2020-03-01 00:00:00+00' + make_interval(mins => (n * 2016 + (n * 97) % 1440)),
       (n % 5 IN (0, 2))
FROM generate_series(1, 1200) AS n;

INSERT INTO loyalty_members
SELECT row_number() OVER (ORDER BY c.id)::int,
       c.id,
       CASE WHEN c.id % 13 = 0 THEN NULL ELSE 1 + (c.id * 5) % 8 END,
       '63' || lpad((c.id * 7919 % 100000000)::text, 8, '0') || lpad((c.id % 997)::text, 4, '0') || '00',
       (ARRAY['Silver','Silver','Gold','Silver','Platinum','Gold','Silver'])[1 + (c.id / 3) % 7],
       least(c.created_at::date + (c.id * 7) % 200, DATE '2024-12-20'),
       (c.id * 53) % 4200,
       CASE WHEN c.id % 27 = 0 THEN 'cancelled'
            WHEN c.id % 8 = 3 THEN 'lapsed'
            ELSE 'active' END,
       NULL
FROM customers c
WHERE c.id % 3 = 0 OR c.id % 10 = 1;

UPDATE loyalty_members
SET cancelled_on = least(joined_on + 60 + (id * 17) % 400, DATE '2024-12-30'),
    points_balance = 0
WHERE status = 'cancelled';

INSERT INTO ticket_types VALUES
  (1, 'Adult', 1.00, 15, 64),
  (2, 'Child', 0.65, 2, 14),
  (3, 'Senior', 0.75, 65, NULL),
  (4, 'Student', 0.80, 16, NULL);

INSERT INTO purchases
SELECT p.n, p.screening_id,
       CASE WHEN p.channel = 'box office' AND p.n % 2 = 0 THEN NULL
            WHEN p.channel = 'kiosk' AND p.n % 3 = 0 THEN NULL
            ELSE 1 + (p.n * 37) % greatest(1, least(1200, ((p.purchased_at::date - DATE '2020-03-02') * 10) / 14))
       END,
       p.purchased_at, p.channel,
       CASE WHEN p.channel = 'box office' AND p.n % 3 = 0 THEN 'cash'
            WHEN p.channel IN ('online', 'app') AND p.n % 5 = 1 THEN 'paypal'
            WHEN p.channel IN ('online', 'app') AND p.n % 9 = 4 THEN 'gift card'
            WHEN p.n % 4 = 2 THEN 'contactless'
            ELSE 'card' END,
       CASE WHEN p.channel IN ('online', 'app') THEN 0.95 + CASE WHEN extract(year FROM p.purchased_at) >= 2024 THEN 0.30 ELSE 0 END
            ELSE 0 END,
       0,
       CASE WHEN p.screening_status = 'cancelled' OR p.n % 29 = 0 THEN 'refunded' ELSE 'completed' END,
       CASE WHEN p.screening_status = 'cancelled' THEN p.starts_at::timestamptz + interval '2 hours'
            WHEN p.n % 29 = 0 THEN p.purchased_at + interval '1 day' - make_interval(mins => p.n % 600)
            END
FROM (
  SELECT g.n, s.id AS screening_id, s.status AS screening_status, s.starts_at,
         ch.channel,
         CASE WHEN ch.channel IN ('box office', 'kiosk')
              THEN s.starts_at - make_interval(mins => 5 + (g.n * 7) % 45)
              ELSE s.starts_at - make_interval(mins => 60 + (g.n * 131) % 7200) END::timestamptz AS purchased_at
  FROM generate_series(1, 1100) AS g(n)
  JOIN screenings s ON s.id = 1 + (g.n * 7) % 900
  CROSS JOIN LATERAL (
    SELECT (ARRAY['online','app','box office','online','kiosk','app','box office','online'])[1 + g.n % 8] AS channel
  ) ch
) p;

INSERT INTO tickets
SELECT row_number() OVER (ORDER BY p.id, k)::int,
       p.id,
       tt.id,
       chr(65 + (p.id * 3) % 12) || (1 + (p.id * 5) % 16 + k),
       round(s.base_price * tt.price_factor, 2),
       CASE WHEN p.status = 'refunded' OR s.status <> 'completed' THEN NULL
            WHEN (p.id + k) % 13 = 0 THEN NULL
            ELSE greatest(p.purchased_at::timestamp + interval '2 minutes',
                          s.starts_at - make_interval(mins => 3 + (p.id * 11 + k) % 25)) END
FROM purchases p
JOIN screenings s ON s.id = p.screening_id
JOIN films f ON f.id = s.film_id
CROSS JOIN generate_series(1, 4) AS k
CROSS JOIN LATERAL (
  SELECT CASE WHEN k = 1 AND p.id % 9 = 0 THEN 3
              WHEN k = 1 AND p.id % 11 = 0 AND f.age_rating NOT IN ('U') THEN 4
              WHEN k = 1 THEN 1
              WHEN k = 2 AND f.age_rating IN ('U', 'PG') THEN 2
              WHEN k = 2 AND p.id % 9 = 0 THEN 3
              WHEN k = 2 AND p.id % 7 = 3 THEN 4
              WHEN k = 2 THEN 1
              WHEN f.age_rating IN ('U', 'PG', '12A') THEN 2
              ELSE 1 END AS ticket_type_id
) pick
JOIN ticket_types tt ON tt.id = pick.ticket_type_id
WHERE k <= (ARRAY[1, 2, 1, 2, 3, 1, 2, 1, 2, 4, 1])[1 + p.id % 11];

UPDATE purchases p
SET total_amount = p.booking_fee + t.amount
FROM (SELECT purchase_id, sum(price) AS amount FROM tickets GROUP BY purchase_id) t
WHERE t.purchase_id = p.id;

INSERT INTO concession_items VALUES
  (1, 'Sweet Popcorn', 'popcorn', 'Small', 4.95, true),
  (2, 'Sweet Popcorn', 'popcorn', 'Medium', 6.45, true),
  (3, 'Sweet Popcorn', 'popcorn', 'Large', 7.95, true),
  (4, 'Salted Popcorn', 'popcorn', 'Small', 4.95, true),
  (5, 'Salted Popcorn', 'popcorn', 'Medium', 6.45, true),
  (6, 'Salted Popcorn', 'popcorn', 'Large', 7.95, true),
  (7, 'Toffee Popcorn', 'popcorn', 'Large', 8.45, false),
  (8, 'Coca-Cola', 'drinks', 'Regular', 3.95, true),
  (9, 'Coca-Cola', 'drinks', 'Large', 4.75, true),
  (10, 'Diet Coke', 'drinks', 'Regular', 3.95, true),
  (11, 'Sprite', 'drinks', 'Regular', 3.95, true),
  (12, 'Still Water', 'drinks', NULL, 2.50, true),
  (13, 'Orange Juice', 'drinks', NULL, 3.20, true),
  (14, 'Latte', 'drinks', 'Regular', 3.60, true),
  (15, 'Nachos with Cheese', 'hot food', NULL, 6.25, true),
  (16, 'Hot Dog', 'hot food', NULL, 5.95, true),
  (17, 'Pick & Mix', 'sweets', NULL, 4.50, true),
  (18, 'Chocolate Bar', 'sweets', NULL, 2.20, true),
  (19, 'Ice Cream Tub', 'sweets', NULL, 4.25, true),
  (20, 'Popcorn & Drink Combo', 'combos', 'Regular', 10.95, true),
  (21, 'Family Combo', 'combos', 'Large', 19.95, true),
  (22, 'Draught Lager', 'bar', 'Pint', 6.20, true),
  (23, 'House Red Wine', 'bar', '175ml', 6.80, true),
  (24, 'Prosecco', 'bar', '200ml', 8.50, false);

INSERT INTO employees
SELECT row_number() OVER (ORDER BY c.id, k)::int,
       c.id,
       (ARRAY['Hannah','Liam','Megan','Connor','Bethany','Ryan','Jade','Kieran','Abbie','Nathan',
              'Shannon','Declan','Rebecca','Aidan','Natalie','Jamal','Lauren','Fraser','Katie','Imran',
              'Gemma','Scott','Yasmin','Owen','Paige','Adam','Caitlin','Ben','Nadia','Louis'])[1 + (c.id * 11 + k * 7) % 30],
       (ARRAY['Barnes','Harrison','Knight','Doyle','Gallagher','Shaw','Fletcher','Lloyd','Pearson','Bibi',
              'McLeod','Henderson','Owen','Ali','Chapman','Dixon','Ellis','Murphy','Rahman','Sutherland',
              'Watson','Lynch','Jenkins','Nolan','Fox','Grant','Hunt','Mills','Riley','Bell'])[1 + (c.id * 17 + k * 13) % 30],
       CASE WHEN k = 12 AND c.id % 2 = 0 THEN NULL
            ELSE 'staff' || (c.id * 100 + k) || '@starlightcinemas.example' END,
       r.role,
       CASE r.role WHEN 'manager' THEN 18.75 WHEN 'duty manager' THEN 14.40 WHEN 'projectionist' THEN 13.20
                   WHEN 'box office' THEN 11.44 WHEN 'concessions' THEN 11.44 WHEN 'usher' THEN 11.44
                   ELSE 11.90 END + ((c.id + k) % 4) * 0.25,
       (r.role IN ('manager', 'duty manager', 'projectionist') OR k % 4 = 0),
       CASE WHEN k <= 3 THEN greatest(c.opened_on, DATE '2015-01-05' + (c.id * 173 + k * 41) % 2200)
            ELSE greatest(c.opened_on, DATE '2019-06-03' + (c.id * 211 + k * 97) % 1900) END,
       NULL
FROM cinemas c
CROSS JOIN generate_series(1, 12) AS k
CROSS JOIN LATERAL (
  SELECT (ARRAY['manager','duty manager','projectionist','box office','box office','concessions',
                'concessions','concessions','usher','usher','cleaner','concessions'])[k] AS role
) r;

UPDATE employees
SET left_on = least(hired_on + 200 + (id * 37) % 500, DATE '2024-11-29')
WHERE id % 7 = 3 AND role NOT IN ('manager');

INSERT INTO concession_sales
SELECT s.n, s.cinema_id, s.item_id,
       CASE WHEN s.n % 6 = 0 THEN NULL
            ELSE (SELECT e.id FROM employees e
                  WHERE e.cinema_id = s.cinema_id AND e.role = 'concessions'
                    AND e.hired_on <= s.sold_at::date AND (e.left_on IS NULL OR e.left_on >= s.sold_at::date)
                  ORDER BY (e.id * 7 + s.n) % 11, e.id LIMIT 1) END,
       CASE WHEN s.n % 4 = 0 THEN 3 * (1 + (s.n * 7) % 400) END,
       s.sold_at, s.qty, s.unit_price, s.qty * s.unit_price,
       CASE WHEN s.n % 6 = 0 THEN 'card'
            WHEN s.n % 5 = 0 THEN 'cash'
            WHEN s.n % 3 = 0 THEN 'contactless'
            ELSE 'card' END
FROM (
  SELECT g.n,
         1 + (g.n * 5 + g.n / 9) % 8 AS cinema_id,
         it.id AS item_id,
         TIMESTAMP '2022-01-01 11:00' + make_interval(days => (g.n * 389) % 1096, mins => (g.n * 53) % 660) AS sold_at,
         CASE WHEN g.n % 7 = 0 THEN 2 WHEN g.n % 23 = 0 THEN 3 ELSE 1 END AS qty,
         it.price - CASE WHEN (g.n * 389) % 1096 < 365 THEN 0.50
                         WHEN (g.n * 389) % 1096 < 730 THEN 0.25 ELSE 0 END AS unit_price
  FROM generate_series(1, 1800) AS g(n)
  JOIN concession_items it
    ON it.id = (ARRAY[2, 3, 5, 6, 8, 9, 1, 20, 10, 3, 12, 17, 6, 15, 21, 11, 4, 16, 2, 18, 19, 14, 13, 22,
                      8, 3, 7, 20, 23, 5, 24, 9])[1 + g.n % 32]
) s;

UPDATE concession_sales cs SET customer_id = NULL
FROM loyalty_members lm
WHERE lm.customer_id = cs.customer_id AND lm.joined_on > cs.sold_at::date;

INSERT INTO shifts
SELECT row_number() OVER (ORDER BY x.day, x.employee_id)::int,
       x.employee_id, x.cinema_id, x.starts_at,
       CASE WHEN x.status = 'completed'
            THEN x.starts_at + make_interval(mins => 240 + 30 * ((x.employee_id + x.j) % 9)) END,
       CASE WHEN x.status <> 'completed' THEN 0
            WHEN (x.employee_id + x.j) % 9 >= 4 THEN 30 ELSE 15 END,
       x.status
FROM (
  SELECT e.id AS employee_id, e.cinema_id, j,
         DATE '2022-01-03' + j * 30 + (e.id * 3) % 30 AS day,
         (DATE '2022-01-03' + j * 30 + (e.id * 3) % 30)
           + (ARRAY[TIME '09:00', TIME '12:00', TIME '16:00', TIME '18:00'])[1 + (e.id + j) % 4] AS starts_at,
         CASE WHEN (e.id * 5 + j) % 31 = 0 THEN 'no-show'
              WHEN (e.id + j * 3) % 19 = 0 THEN 'sick'
              ELSE 'completed' END AS status
  FROM employees e
  CROSS JOIN generate_series(0, 36) AS j
  WHERE (e.id + j) % 2 = 0
    AND DATE '2022-01-03' + j * 30 + (e.id * 3) % 30 >= e.hired_on
    AND (e.left_on IS NULL OR DATE '2022-01-03' + j * 30 + (e.id * 3) % 30 <= e.left_on)
    AND DATE '2022-01-03' + j * 30 + (e.id * 3) % 30 <= DATE '2024-12-31'
) x;
