-- A music festival's data: the yearly editions (2022-2025), stages, artists and their
-- performances, ticket types, ticket orders and the tickets in them, attendees and their
-- gate scans, food and drink vendors with their supply orders, and staff with their shifts.
-- Two schemas: ticketing (box office) and ops (programme, vendors, crew); each has its own
-- "orders" table. Every row is invented and reproducible (fixed lists, generate_series and
-- modular arithmetic; no random(), no clock).

CREATE SCHEMA ticketing;
CREATE SCHEMA ops;

-- ---------------------------------------------------------------- ops: programme

CREATE TABLE ops.editions (
    id         integer PRIMARY KEY,
    year       integer NOT NULL UNIQUE,
    name       text NOT NULL UNIQUE,
    site       text NOT NULL,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    capacity   integer NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE ops.stages (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    stage_type  text NOT NULL CHECK (stage_type IN ('open air', 'tent', 'indoor')),
    capacity    integer NOT NULL,
    is_covered  boolean NOT NULL,
    opened_in   integer NOT NULL
);

CREATE TABLE ops.artists (
    id           integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    genre        text NOT NULL,
    country      text NOT NULL,
    formed_year  integer NOT NULL,
    agency       text
);

CREATE TABLE ops.performances (
    id            integer PRIMARY KEY,
    edition_id    integer NOT NULL REFERENCES ops.editions (id),
    stage_id      integer NOT NULL REFERENCES ops.stages (id),
    artist_id     integer NOT NULL REFERENCES ops.artists (id),
    starts_at     timestamp NOT NULL,
    ends_at       timestamp NOT NULL,
    fee           numeric(10,2) NOT NULL,
    is_headliner  boolean NOT NULL DEFAULT false,
    status        text NOT NULL CHECK (status IN ('played', 'cancelled')),
    CHECK (ends_at > starts_at)
);

-- ---------------------------------------------------------------- ticketing

CREATE TABLE ticketing.ticket_types (
    id                integer PRIMARY KEY,
    edition_id        integer NOT NULL REFERENCES ops.editions (id),
    name              text NOT NULL,
    price             numeric(8,2) NOT NULL,
    quota             integer NOT NULL,
    includes_camping  boolean NOT NULL,
    sale_starts_on    date NOT NULL,
    sale_ends_on      date NOT NULL,
    UNIQUE (edition_id, name)
);

CREATE TABLE ticketing.attendees (
    id                integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    email             text NOT NULL UNIQUE,
    country           text NOT NULL,
    birth_date        date NOT NULL,
    marketing_opt_in  boolean NOT NULL,
    signed_up_at      timestamp NOT NULL
);

CREATE TABLE ticketing.orders (
    id              integer PRIMARY KEY,
    attendee_id     integer NOT NULL REFERENCES ticketing.attendees (id),
    edition_id      integer NOT NULL REFERENCES ops.editions (id),
    ordered_at      timestamp NOT NULL,
    status          text NOT NULL CHECK (status IN ('paid', 'refunded', 'cancelled')),
    payment_method  text NOT NULL CHECK (payment_method IN ('card', 'paypal', 'ideal', 'apple_pay')),
    promo_code      text,
    total_amount    numeric(10,2) NOT NULL DEFAULT 0
);

CREATE TABLE ticketing.tickets (
    id              integer PRIMARY KEY,
    order_id        integer NOT NULL REFERENCES ticketing.orders (id),
    ticket_type_id  integer NOT NULL REFERENCES ticketing.ticket_types (id),
    attendee_id     integer NOT NULL REFERENCES ticketing.attendees (id),
    barcode         text NOT NULL UNIQUE,
    price_paid      numeric(8,2) NOT NULL,
    status          text NOT NULL CHECK (status IN ('valid', 'refunded', 'void'))
);

CREATE TABLE ticketing.gate_scans (
    id          integer PRIMARY KEY,
    ticket_id   integer NOT NULL REFERENCES ticketing.tickets (id),
    gate        text NOT NULL,
    direction   text NOT NULL CHECK (direction IN ('in', 'out')),
    scanned_at  timestamp NOT NULL,
    result      text NOT NULL CHECK (result IN ('accepted', 'rejected'))
);

-- ---------------------------------------------------------------- ops: vendors and crew

CREATE TABLE ops.vendors (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    category       text NOT NULL CHECK (category IN ('food', 'bar', 'coffee', 'dessert', 'soft drinks')),
    cuisine        text NOT NULL,
    pitch_fee      numeric(8,2) NOT NULL,
    sells_alcohol  boolean NOT NULL,
    is_active      boolean NOT NULL,
    contact_email  text NOT NULL
);

CREATE TABLE ops.orders (
    id            integer PRIMARY KEY,
    vendor_id     integer NOT NULL REFERENCES ops.vendors (id),
    edition_id    integer NOT NULL REFERENCES ops.editions (id),
    supplier      text NOT NULL,
    category      text NOT NULL CHECK (category IN ('food', 'drinks', 'packaging', 'gas', 'ice')),
    ordered_on    date NOT NULL,
    delivered_on  date,
    amount        numeric(10,2) NOT NULL,
    status        text NOT NULL CHECK (status IN ('delivered', 'cancelled', 'rejected'))
);

CREATE TABLE ops.staff (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    role          text NOT NULL,
    hourly_rate   numeric(6,2),
    is_volunteer  boolean NOT NULL,
    is_active     boolean NOT NULL,
    hired_on      date NOT NULL
);

CREATE TABLE ops.shifts (
    id          integer PRIMARY KEY,
    staff_id    integer NOT NULL REFERENCES ops.staff (id),
    edition_id  integer NOT NULL REFERENCES ops.editions (id),
    stage_id    integer REFERENCES ops.stages (id),
    starts_at   timestamp NOT NULL,
    ends_at     timestamp NOT NULL,
    status      text NOT NULL CHECK (status IN ('completed', 'no-show', 'cancelled')),
    CHECK (ends_at > starts_at)
);

-- ---------------------------------------------------------------- data: programme

INSERT INTO ops.editions (id, year, name, site, starts_on, ends_on, capacity) VALUES
    (1, 2022, 'Riverbend Festival 2022', 'Lakeside Park', '2022-07-15', '2022-07-17', 18000),
    (2, 2023, 'Riverbend Festival 2023', 'Lakeside Park', '2023-07-14', '2023-07-16', 20000),
    (3, 2024, 'Riverbend Festival 2024', 'Lakeside Park', '2024-07-11', '2024-07-14', 24000),
    (4, 2025, 'Riverbend Festival 2025', 'Old Harbour Fields', '2025-07-11', '2025-07-13', 22000);

INSERT INTO ops.stages (id, name, stage_type, capacity, is_covered, opened_in) VALUES
    (1, 'Main Stage',      'open air', 15000, false, 2022),
    (2, 'Riverside Stage', 'open air',  6000, false, 2022),
    (3, 'The Big Top',     'tent',      3500, true,  2022),
    (4, 'Forest Stage',    'open air',  2500, false, 2023),
    (5, 'Club Tent',       'tent',      1800, true,  2022),
    (6, 'Acoustic Barn',   'indoor',     600, true,  2022),
    (7, 'Silent Disco',    'open air',   400, false, 2024);

INSERT INTO ops.artists (id, name, genre, country, formed_year, agency)
SELECT i,
       (ARRAY['Velvet','Neon','Silver','Midnight','Paper','Golden','Electric','Crimson',
              'Hollow','Wild','Lunar','Static'])[((i - 1) % 12) + 1]
       || ' ' ||
       (ARRAY['Foxes','Harbour','Tides','Lanterns','Ghosts','Machines','Orchard','Saints',
              'Echoes','Parade'])[((i - 1) / 12) + 1],
       (ARRAY['indie','indie','indie','indie','indie','electronic','electronic','electronic',
              'electronic','rock','rock','rock','hip hop','hip hop','pop','pop','folk','jazz',
              'metal'])[((i * i * 31 + i * 17) % 1009) % 19 + 1],
       (ARRAY['Netherlands','Netherlands','Netherlands','Netherlands','Netherlands',
              'United Kingdom','United Kingdom','United Kingdom','United Kingdom','United States',
              'United States','United States','Belgium','Belgium','Germany','Germany','Sweden',
              'France','Australia'])[((i * i * 23 + i * 41) % 1013) % 19 + 1],
       1995 + (i * 13) % 29,
       CASE WHEN i % 7 = 3 THEN NULL
            ELSE (ARRAY['Loudhouse Agency','Northern Lights Booking','Wavelength Artists',
                        'Loudhouse Agency','Paradigm Live','Wavelength Artists','Bright Sound Mgmt'])[(i * 5) % 7 + 1]
       END
FROM generate_series(1, 120) AS i;

-- Performances: every stage open that year, every festival day, a fixed number of slots per
-- stage. Artists 113-120 are booked in the roster but never played.
INSERT INTO ops.performances (id, edition_id, stage_id, artist_id, starts_at, ends_at, fee, is_headliner, status)
WITH slots(stage_id, n_slots, base_fee, offset_min) AS (
    VALUES (1, 4, 15000, 0), (2, 4, 6000, 15), (3, 5, 4000, 30), (4, 4, 2500, 0),
           (5, 5, 2000, 15), (6, 3, 1200, 30), (7, 2, 800, 0)
), grid AS (
    SELECT e.id AS edition_id, e.year, e.starts_on, sl.stage_id, sl.n_slots, sl.base_fee,
           sl.offset_min, d AS day_no, slot,
           row_number() OVER (ORDER BY e.id, d, sl.stage_id, slot) AS rn,
           row_number() OVER (PARTITION BY e.id ORDER BY d, sl.stage_id, slot) AS k
    FROM ops.editions e
    CROSS JOIN slots sl
    JOIN ops.stages s ON s.id = sl.stage_id AND s.opened_in <= e.year
    CROSS JOIN LATERAL generate_series(0, e.ends_on - e.starts_on) AS d
    CROSS JOIN LATERAL generate_series(1, sl.n_slots) AS slot
), g AS (
    SELECT grid.*,
           ((k * 47 + edition_id * 29) % 112) + 1 AS artist_id,
           (stage_id = 1 AND slot = n_slots) AS headliner,
           (starts_on + day_no) + time '14:00' + (slot - 1) * interval '2 hours'
               + offset_min * interval '1 minute' AS start_ts
    FROM grid
)
SELECT rn, edition_id, stage_id, artist_id,
       start_ts,
       start_ts + CASE WHEN headliner THEN 100 ELSE 50 + slot * 10 END * interval '1 minute',
       round(base_fee * (1 + 0.5 * (slot - 1)) * (1 + 0.08 * (year - 2022))
             * CASE WHEN headliner THEN 2.5 ELSE 1 END
             + (artist_id % 9) * 150, 2),
       headliner,
       CASE WHEN (rn * 7) % 31 = 0 THEN 'cancelled' ELSE 'played' END
FROM g;

-- ---------------------------------------------------------------- data: ticketing

INSERT INTO ticketing.ticket_types (id, edition_id, name, price, quota, includes_camping, sale_starts_on, sale_ends_on)
SELECT row_number() OVER (ORDER BY e.id, t.ord),
       e.id, t.name,
       t.prices[e.id],
       t.quota + (e.id - 1) * t.quota_step,
       t.camping,
       make_date(e.year, 1, 10),
       CASE WHEN t.name = 'Early Bird Weekend' THEN make_date(e.year, 2, 28) ELSE e.starts_on - 1 END
FROM ops.editions e
CROSS JOIN (VALUES
    (1, 'Weekend Pass',       ARRAY[189.00, 205.00, 219.00, 235.00]::numeric[], 9000, 500, false),
    (2, 'Day Ticket',         ARRAY[ 79.00,  85.00,  89.00,  95.00]::numeric[], 4000, 250, false),
    (3, 'Camping Weekend',    ARRAY[249.00, 269.00, 285.00, 299.00]::numeric[], 3000, 300, true),
    (4, 'Student Weekend',    ARRAY[149.00, 159.00, 169.00, 179.00]::numeric[], 1500, 100, false),
    (5, 'VIP Weekend',        ARRAY[399.00, 429.00, 449.00, 479.00]::numeric[],  600,  50, false),
    (6, 'Early Bird Weekend', ARRAY[  NULL,   NULL, 179.00, 189.00]::numeric[], 1200,   0, false)
) AS t(ord, name, prices, quota, quota_step, camping)
WHERE t.prices[e.id] IS NOT NULL;

INSERT INTO ticketing.attendees (id, first_name, last_name, email, country, birth_date, marketing_opt_in, signed_up_at)
SELECT i, fn, ln,
       lower(fn) || '.' || lower(replace(ln, ' ', '')) || i || '@example.com',
       (ARRAY['Netherlands','Netherlands','Netherlands','Netherlands','Netherlands','Netherlands',
              'Netherlands','Belgium','Belgium','Belgium','Germany','Germany','Germany','Germany',
              'United Kingdom','United Kingdom','France','France','Spain','Denmark'])[((i * i * 29 + i * 11) % 1021) % 20 + 1],
       date '1962-03-01' + ((i * 397) % 15000),
       (i % 3 <> 0),
       timestamp '2022-01-03 08:00' + ((i * 7919) % 1400) * interval '1 day' + ((i * 61) % 900) * interval '1 minute'
FROM (
    SELECT i,
           (ARRAY['Emma','Lucas','Sophie','Daan','Julia','Sem','Mila','Noah','Tess','Finn',
                  'Anna','Liam','Sara','Jesse','Lotte','Max','Eva','Thijs','Nina','Ruben'])[((i - 1) % 20) + 1] AS fn,
           (ARRAY['de Jong','Jansen','de Vries','Bakker','Visser','Smit','Meijer','Mulder',
                  'Bos','Peters','Hendriks','Dekker','Brouwer','Wagner','Schmidt','Dubois',
                  'Martin','Smith','Garcia','Nielsen'])[((i * 7 + i / 20) % 20) + 1] AS ln
    FROM generate_series(1, 1500) AS i
) a;

-- Ticket orders: 1,800 over four years, more of them in later years and close to the festival.
-- Attendees 1401-1500 never bought (some hold tickets bought by friends); regulars buy every year.
INSERT INTO ticketing.orders (id, attendee_id, edition_id, ordered_at, status, payment_method, promo_code)
SELECT n,
       CASE WHEN n % 5 = 0 THEN (n * 389) % 311 + 1 ELSE (n * 389) % 1409 % 1400 + 1 END,
       e.id,
       make_date(e.year, 1, 10)
           + floor(176 * sqrt(((n * 53) % 1000) / 1000.0))::int * interval '1 day'
           + ((n * 37) % 1440) * interval '1 minute',
       CASE WHEN n % 23 = 0 THEN 'refunded' WHEN n % 31 = 0 THEN 'cancelled' ELSE 'paid' END,
       (ARRAY['card','card','paypal','ideal','apple_pay','card','ideal'])[(n % 7) + 1],
       CASE WHEN n % 9 = 0 THEN 'FRIENDS10' WHEN n % 25 = 0 THEN 'CREW20' END
FROM generate_series(1, 1800) AS n
JOIN ops.editions e ON e.id = CASE WHEN n <= 330 THEN 1 WHEN n <= 760 THEN 2 WHEN n <= 1260 THEN 3 ELSE 4 END;

INSERT INTO ticketing.tickets (id, order_id, ticket_type_id, attendee_id, barcode, price_paid, status)
WITH lines AS (
    SELECT o.id AS order_id, o.edition_id, o.attendee_id AS buyer, o.ordered_at, o.status, o.promo_code, k,
           (ARRAY['Weekend Pass','Weekend Pass','Weekend Pass','Weekend Pass','Weekend Pass',
                  'Weekend Pass','Weekend Pass','Weekend Pass','Day Ticket','Day Ticket',
                  'Day Ticket','Day Ticket','Camping Weekend','Camping Weekend','Camping Weekend',
                  'Camping Weekend','Camping Weekend','Student Weekend','Student Weekend',
                  'VIP Weekend','VIP Weekend'])[((o.id * o.id * 13 + o.id * k * 7 + k * 29) % 1019) % 21 + 1] AS wanted
    FROM ticketing.orders o
    CROSS JOIN LATERAL generate_series(1, CASE WHEN (o.id * 13) % 10 < 4 THEN 1
                                               WHEN (o.id * 13) % 10 < 7 THEN 2
                                               WHEN (o.id * 13) % 10 < 9 THEN 3 ELSE 4 END) AS k
), typed AS (
    SELECT l.*,
           CASE WHEN l.wanted = 'Weekend Pass' AND l.edition_id >= 3
                     AND l.ordered_at < make_date(2021 + l.edition_id, 3, 1)
                THEN 'Early Bird Weekend' ELSE l.wanted END AS type_name,
           row_number() OVER (ORDER BY l.order_id, l.k) AS tid
    FROM lines l
)
SELECT t.tid, t.order_id, tt.id,
       CASE WHEN t.k = 1 THEN t.buyer ELSE ((t.order_id * 31 + t.k * 97) % 1500) + 1 END,
       'RB' || (2021 + t.edition_id) || '-' || lpad(t.tid::text, 6, '0'),
       round(tt.price * CASE t.promo_code WHEN 'FRIENDS10' THEN 0.90 WHEN 'CREW20' THEN 0.80 ELSE 1 END, 2),
       CASE t.status WHEN 'paid' THEN 'valid' WHEN 'refunded' THEN 'refunded' ELSE 'void' END
FROM typed t
JOIN ticketing.ticket_types tt ON tt.edition_id = t.edition_id AND tt.name = t.type_name;

UPDATE ticketing.orders o
SET total_amount = s.total
FROM (SELECT order_id, sum(price_paid) AS total FROM ticketing.tickets GROUP BY order_id) s
WHERE s.order_id = o.id;

-- Sign-up happens before an attendee's first order (or first ticket held).
UPDATE ticketing.attendees a
SET signed_up_at = f.first_at - (1 + (a.id * 11) % 8) * interval '1 day' - ((a.id * 17) % 300) * interval '1 minute'
FROM (
    SELECT x.attendee_id, min(x.at) AS first_at
    FROM (SELECT attendee_id, ordered_at AS at FROM ticketing.orders
          UNION ALL
          SELECT t.attendee_id, o.ordered_at FROM ticketing.tickets t JOIN ticketing.orders o ON o.id = t.order_id) x
    GROUP BY x.attendee_id
) f
WHERE f.attendee_id = a.id AND a.signed_up_at > f.first_at - interval '1 day';

-- Gate scans: valid tickets are scanned in (some leave and come back); about one in
-- seventeen is never used. A third of refunded or void tickets are tried at the gate and rejected.
INSERT INTO ticketing.gate_scans (id, ticket_id, gate, direction, scanned_at, result)
WITH base AS (
    SELECT t.id AS ticket_id, t.status, tt.name AS type_name, e.starts_on, e.ends_on,
           CASE WHEN tt.name = 'VIP Weekend' THEN 'VIP Entrance'
                WHEN tt.name = 'Camping Weekend' THEN 'Camping Gate'
                ELSE (ARRAY['North Gate','North Gate','South Gate','East Gate','South Gate'])[(t.id % 5) + 1]
           END AS gate,
           (e.starts_on
              + CASE WHEN tt.name = 'Day Ticket' THEN t.id % (e.ends_on - e.starts_on + 1)
                     WHEN t.id % 4 = 0 THEN 1 ELSE 0 END)
              + time '10:00' + ((t.id * 37) % 600) * interval '1 minute' AS first_in
    FROM ticketing.tickets t
    JOIN ticketing.ticket_types tt ON tt.id = t.ticket_type_id
    JOIN ops.editions e ON e.id = tt.edition_id
), scans AS (
    SELECT ticket_id, gate, 'in' AS direction, first_in AS scanned_at, 'accepted' AS result
    FROM base WHERE status = 'valid' AND ticket_id % 17 <> 0
    UNION ALL
    SELECT ticket_id, gate, 'out', first_in + interval '3 hours' + (ticket_id % 90) * interval '1 minute', 'accepted'
    FROM base WHERE status = 'valid' AND ticket_id % 17 <> 0 AND ticket_id % 5 = 0
    UNION ALL
    SELECT ticket_id, gate, 'in', first_in + interval '3 hours 45 minutes' + (ticket_id % 90 + ticket_id % 60) * interval '1 minute', 'accepted'
    FROM base WHERE status = 'valid' AND ticket_id % 17 <> 0 AND ticket_id % 5 = 0
    UNION ALL
    SELECT ticket_id, gate, 'in', first_in, 'rejected'
    FROM base WHERE status <> 'valid' AND ticket_id % 3 = 0
)
SELECT row_number() OVER (ORDER BY scanned_at, ticket_id, direction), ticket_id, gate, direction, scanned_at, result
FROM scans;

-- ---------------------------------------------------------------- data: vendors and supply orders

INSERT INTO ops.vendors (id, name, category, cuisine, pitch_fee, sells_alcohol, is_active, contact_email) VALUES
    ( 1, 'Smokey Joe''s BBQ',  'food',        'barbecue',        1850.00, false, true,  'hello@smokeyjoes.example'),
    ( 2, 'Green Bowl',         'food',        'vegan',           1200.00, false, true,  'team@greenbowl.example'),
    ( 3, 'Pizza Furioso',      'food',        'pizza',           1650.00, false, true,  'ciao@pizzafurioso.example'),
    ( 4, 'The Taco Stand',     'food',        'mexican',         1400.00, false, true,  'info@tacostand.example'),
    ( 5, 'Frites & Co',        'food',        'fries',           1100.00, false, true,  'bestel@fritesco.example'),
    ( 6, 'Wok This Way',       'food',        'asian',           1500.00, false, true,  'orders@wokthisway.example'),
    ( 7, 'Burger Barn',        'food',        'burgers',         1750.00, false, true,  'grill@burgerbarn.example'),
    ( 8, 'Falafel Brothers',   'food',        'middle eastern',  1050.00, false, true,  'salam@falafelbros.example'),
    ( 9, 'Crepe Expectations', 'dessert',     'crepes',           800.00, false, true,  'bonjour@crepex.example'),
    (10, 'Scoop Dreams',       'dessert',     'ice cream',        750.00, false, true,  'hi@scoopdreams.example'),
    (11, 'The Beer Garden',    'bar',         'beer',            3200.00, true,  true,  'tap@beergarden.example'),
    (12, 'Cocktail Caravan',   'bar',         'cocktails',       2600.00, true,  true,  'shake@cocktailcaravan.example'),
    (13, 'Cider House',        'bar',         'cider',           1900.00, true,  true,  'press@ciderhouse.example'),
    (14, 'Main Stage Bar',     'bar',         'beer',            4100.00, true,  true,  'bar@riverbend.example'),
    (15, 'Bean There',         'coffee',      'coffee',           900.00, false, true,  'espresso@beanthere.example'),
    (16, 'Morning Brew Van',   'coffee',      'coffee',           850.00, false, true,  'van@morningbrew.example'),
    (17, 'Poke Paradise',      'food',        'hawaiian',        1300.00, false, true,  'aloha@pokeparadise.example'),
    (18, 'Dumpling Den',       'food',        'asian',           1250.00, false, true,  'steam@dumplingden.example'),
    (19, 'Curry Corner',       'food',        'indian',          1350.00, false, false, 'spice@currycorner.example'),
    (20, 'Wine Wagon',         'bar',         'wine',            2100.00, true,  true,  'cheers@winewagon.example'),
    (21, 'Donut Disco',        'dessert',     'donuts',           700.00, false, true,  'glaze@donutdisco.example'),
    (22, 'Oyster Shack',       'food',        'seafood',         1600.00, false, false, 'shuck@oystershack.example'),
    (23, 'Juice Junction',     'soft drinks', 'juices',           650.00, false, true,  'press@juicejunction.example'),
    (24, 'Lemonade Lab',       'soft drinks', 'lemonade',         600.00, false, false, 'fizz@lemonadelab.example');

-- Supply orders: vendors 1-21 only (22-24 never ordered through the festival).
INSERT INTO ops.orders (id, vendor_id, edition_id, supplier, category, ordered_on, delivered_on, amount, status)
WITH o AS (
    SELECT n,
           ((n * n * 17 + n * 5) % 1009) % 21 + 1 AS vendor_id,
           CASE WHEN n <= 100 THEN 1 WHEN n <= 220 THEN 2 WHEN n <= 370 THEN 3 ELSE 4 END AS edition_id,
           CASE WHEN n % 19 = 0 THEN 'cancelled' WHEN n % 29 = 0 THEN 'rejected' ELSE 'delivered' END AS status
    FROM generate_series(1, 520) AS n
), s AS (
    SELECT o.*, v.category AS vcat, e.starts_on,
           CASE v.category
               WHEN 'bar'    THEN (ARRAY['Brouwerij De Kroon','Brouwerij De Kroon','IceCo','PackRight Packaging','Metro Wholesale'])[(n % 5) + 1]
               WHEN 'coffee' THEN (ARRAY['Koffiebranderij Noord','Koffiebranderij Noord','Metro Wholesale','PackRight Packaging'])[(n % 4) + 1]
               WHEN 'dessert' THEN (ARRAY['Metro Wholesale','FreshFarm Produce','IceCo','PackRight Packaging','GasNed'])[(n % 5) + 1]
               ELSE (ARRAY['FreshFarm Produce',
                           CASE WHEN v.cuisine = 'vegan' THEN 'FreshFarm Produce' ELSE 'Slagerij Van Dam' END,
                           'Metro Wholesale','GasNed','PackRight Packaging','FreshFarm Produce'])[(n % 6) + 1]
           END AS supplier
    FROM o
    JOIN ops.vendors v ON v.id = o.vendor_id
    JOIN ops.editions e ON e.id = o.edition_id
), c AS (
    SELECT s.*,
           CASE supplier
               WHEN 'Brouwerij De Kroon' THEN 'drinks' WHEN 'Koffiebranderij Noord' THEN 'drinks'
               WHEN 'IceCo' THEN 'ice' WHEN 'PackRight Packaging' THEN 'packaging'
               WHEN 'GasNed' THEN 'gas' ELSE 'food'
           END AS category,
           s.starts_on - (2 + (n * 17) % 94) AS ordered_on
    FROM s
)
SELECT n, vendor_id, edition_id, supplier, category, ordered_on,
       CASE WHEN status = 'delivered' THEN ordered_on + 2 + n % 5 END,
       round(CASE category WHEN 'drinks' THEN 900 WHEN 'food' THEN 400 WHEN 'packaging' THEN 150
                           WHEN 'gas' THEN 120 ELSE 200 END
             * (1 + ((n * 37) % 50) / 25.0) + ((n * 13) % 100) / 100.0, 2),
       status
FROM c;

-- ---------------------------------------------------------------- data: crew

INSERT INTO ops.staff (id, first_name, last_name, role, hourly_rate, is_volunteer, is_active, hired_on)
WITH s AS (
    SELECT i,
           (ARRAY['Bram','Femke','Joost','Iris','Koen','Sanne','Pieter','Lisa','Tom','Marloes',
                  'Jeroen','Anouk','Wouter','Esther','Niels','Linda','Bas','Romy','Gijs','Fleur',
                  'Stijn','Maaike','Rick','Ilse'])[((i - 1) % 24) + 1] AS first_name,
           (ARRAY['van Dijk','de Boer','Vermeulen','van den Berg','Kok','Jacobs','de Graaf',
                  'van Leeuwen','Koster','Prins','Huisman','Peeters','Willems','Claes','Maes',
                  'Hoekstra','Kuipers','Veenstra','Scholten','Post','Timmermans','Groen',
                  'Verhoeven','Sanders'])[((i * 5 + i / 24) % 24) + 1] AS last_name,
           (ARRAY['security','security','security','security','security','security','bar','bar',
                  'bar','bar','bar','steward','steward','steward','steward','cleaning','cleaning',
                  'cleaning','production','production','medic','info desk'])[((i * i * 19 + i * 7) % 997) % 22 + 1] AS role
    FROM generate_series(1, 180) AS i
)
SELECT i, first_name, last_name, role,
       CASE WHEN i % 5 = 0 AND role IN ('steward', 'cleaning', 'info desk', 'bar') THEN NULL
            ELSE CASE role WHEN 'security' THEN 18.50 WHEN 'bar' THEN 14.75 WHEN 'steward' THEN 13.90
                           WHEN 'medic' THEN 32.00 WHEN 'cleaning' THEN 13.50 WHEN 'production' THEN 24.00
                           ELSE 13.90 END + (i % 4) * 0.50
       END,
       (i % 5 = 0 AND role IN ('steward', 'cleaning', 'info desk', 'bar')),
       (i % 11 <> 0),
       date '2022-01-17' + (i * 211) % 1300
FROM s;

-- Shifts: staff 173-180 were hired but never rostered.
INSERT INTO ops.shifts (id, staff_id, edition_id, stage_id, starts_at, ends_at, status)
WITH sh AS (
    SELECT n,
           CASE WHEN n <= 280 THEN 1 WHEN n <= 620 THEN 2 WHEN n <= 1060 THEN 3 ELSE 4 END AS edition_id,
           n AS k
    FROM generate_series(1, 1500) AS n
), x AS (
    SELECT sh.n, sh.edition_id, ((sh.n * sh.n * 11 + sh.n * 53 + sh.edition_id * 7) % 1031) % 172 + 1 AS staff_id, e.starts_on, e.ends_on, e.year
    FROM sh JOIN ops.editions e ON e.id = sh.edition_id
)
SELECT x.n, x.staff_id, x.edition_id,
       CASE WHEN st.role IN ('security', 'steward', 'production') THEN
            CASE WHEN ((x.n * 3) % 7) + 1 = 4 AND x.year < 2023 THEN 1
                 WHEN ((x.n * 3) % 7) + 1 = 7 AND x.year < 2024 THEN 2
                 ELSE ((x.n * 3) % 7) + 1 END
       END,
       (x.starts_on - 1 + x.n % (x.ends_on - x.starts_on + 2))
           + (ARRAY[8, 12, 16, 20])[(x.n % 4) + 1] * interval '1 hour',
       (x.starts_on - 1 + x.n % (x.ends_on - x.starts_on + 2))
           + (ARRAY[8, 12, 16, 20])[(x.n % 4) + 1] * interval '1 hour'
           + (ARRAY[6, 8, 4, 6, 10])[((x.n / 4) % 5) + 1] * interval '1 hour',
       CASE WHEN x.n % 23 = 0 THEN 'no-show' WHEN x.n % 37 = 0 THEN 'cancelled' ELSE 'completed' END
FROM x JOIN ops.staff st ON st.id = x.staff_id;

-- Nobody works a shift before being hired.
UPDATE ops.staff s
SET hired_on = f.first_shift - (10 + (s.id * 13) % 120)
FROM (SELECT staff_id, min(starts_at)::date AS first_shift FROM ops.shifts GROUP BY staff_id) f
WHERE f.staff_id = s.id AND s.hired_on > f.first_shift - 10;

ANALYZE;
