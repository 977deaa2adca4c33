-- Stellaris Hall: a city planetarium and public observatory (sample extract).
-- Two domes show pre-recorded and live-presented shows; each screening offers a
-- number of seats, and ticket_sales holds one line per screening and ticket type
-- (adult, child, senior, student, school group) with how many were sold online.
-- Schools book guided visits; clear Friday (and winter Saturday) nights the
-- rooftop telescopes open to the public, with cloud cover logged by our sensor.
-- Members hold an annual membership tier; the gift shop logs every receipt line.
-- State is kept as current rows with status columns; nothing is ever deleted.
-- Money is in euros (numeric), durations in minutes, cloud cover in percent.
-- Extract taken on 2025-07-01 at 07:00 (screenings up to 2025-07-13 are listed).

BEGIN;

CREATE SCHEMA ref;
CREATE SCHEMA ops;

-- ---------------------------------------------------------------- reference

CREATE TABLE ref.domes (
    id              integer PRIMARY KEY,
    name            text    NOT NULL UNIQUE,
    seat_capacity   integer NOT NULL CHECK (seat_capacity > 0),
    has_laser_projector boolean NOT NULL
);

CREATE TABLE ref.audience_groups (
    id       integer PRIMARY KEY,
    name     text    NOT NULL UNIQUE,
    min_age  integer NOT NULL CHECK (min_age >= 0),
    max_age  integer CHECK (max_age IS NULL OR max_age >= min_age)
);

CREATE TABLE ref.ticket_types (
    id             integer PRIMARY KEY,
    name           text         NOT NULL UNIQUE,
    current_price  numeric(6,2) NOT NULL CHECK (current_price >= 0),
    is_concession  boolean      NOT NULL
);

CREATE TABLE ref.membership_tiers (
    id                   integer PRIMARY KEY,
    name                 text         NOT NULL UNIQUE,
    annual_fee           numeric(7,2) NOT NULL CHECK (annual_fee > 0),
    shop_discount_pct    integer      NOT NULL CHECK (shop_discount_pct BETWEEN 0 AND 50),
    guest_passes_per_year integer     NOT NULL CHECK (guest_passes_per_year >= 0)
);

CREATE TABLE ref.product_categories (
    id    integer PRIMARY KEY,
    name  text NOT NULL UNIQUE
);

INSERT INTO ref.domes VALUES
    (1, 'Great Dome', 140, true),
    (2, 'Star Studio', 48, false);

INSERT INTO ref.audience_groups VALUES
    (1, 'Little ones', 3, 7),
    (2, 'Families', 5, NULL),
    (3, 'Teens and adults', 12, NULL),
    (4, 'Adults only', 18, NULL);

INSERT INTO ref.ticket_types VALUES
    (1, 'Adult', 16.00, false),
    (2, 'Child', 9.50, true),
    (3, 'Senior', 12.00, true),
    (4, 'Student', 12.00, true),
    (5, 'School group', 7.00, true);

INSERT INTO ref.membership_tiers VALUES
    (1, 'Stargazer', 45.00, 10, 0),
    (2, 'Family Galaxy', 95.00, 10, 2),
    (3, 'Patron', 250.00, 15, 6);

INSERT INTO ref.product_categories VALUES
    (1, 'Books'),
    (2, 'Toys and kits'),
    (3, 'Apparel'),
    (4, 'Posters and prints'),
    (5, 'Snacks and drinks'),
    (6, 'Optics');

-- ---------------------------------------------------------------- operational

CREATE TABLE ops.shows (
    id                 integer PRIMARY KEY,
    title              text    NOT NULL UNIQUE,
    audience_group_id  integer NOT NULL REFERENCES ref.audience_groups (id),
    duration_minutes   integer NOT NULL CHECK (duration_minutes BETWEEN 10 AND 120),
    premiered_on       date    NOT NULL,
    is_live_presented  boolean NOT NULL,
    retired_on         date,
    CHECK (retired_on IS NULL OR retired_on > premiered_on)
);

CREATE TABLE ops.screenings (
    id                 integer   PRIMARY KEY,
    show_id            integer   NOT NULL REFERENCES ops.shows (id),
    dome_id            integer   NOT NULL REFERENCES ref.domes (id),
    starts_at          timestamp NOT NULL,
    seats_offered      integer   NOT NULL CHECK (seats_offered > 0),
    is_school_booking  boolean   NOT NULL,
    status             text      NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
    UNIQUE (dome_id, starts_at)
);

CREATE TABLE ops.ticket_sales (
    id              integer      PRIMARY KEY,
    screening_id    integer      NOT NULL REFERENCES ops.screenings (id),
    ticket_type_id  integer      NOT NULL REFERENCES ref.ticket_types (id),
    quantity        integer      NOT NULL CHECK (quantity > 0),
    sold_online     integer      NOT NULL,
    unit_price      numeric(6,2) NOT NULL CHECK (unit_price >= 0),
    UNIQUE (screening_id, ticket_type_id),
    CHECK (sold_online BETWEEN 0 AND quantity)
);

CREATE TABLE ops.schools (
    id             integer PRIMARY KEY,
    name           text    NOT NULL UNIQUE,
    town           text    NOT NULL,
    school_type    text    NOT NULL CHECK (school_type IN ('primary', 'secondary')),
    distance_km    numeric(5,1) NOT NULL CHECK (distance_km >= 0),
    contact_email  text
);

CREATE TABLE ops.school_visits (
    id                 integer PRIMARY KEY,
    school_id          integer NOT NULL REFERENCES ops.schools (id),
    screening_id       integer REFERENCES ops.screenings (id),
    booked_on          date    NOT NULL,
    visit_date         date    NOT NULL,
    pupils             integer NOT NULL CHECK (pupils > 0),
    teachers           integer NOT NULL CHECK (teachers > 0),
    includes_workshop  boolean NOT NULL,
    status             text    NOT NULL CHECK (status IN ('booked', 'completed', 'cancelled')),
    CHECK (booked_on <= visit_date)
);

CREATE TABLE ops.observing_nights (
    id               integer PRIMARY KEY,
    night_date       date    NOT NULL UNIQUE,
    host_name        text    NOT NULL,
    cloud_cover_pct  integer CHECK (cloud_cover_pct BETWEEN 0 AND 100),
    status           text    NOT NULL CHECK (status IN ('held', 'clouded_out', 'cancelled')),
    places           integer NOT NULL CHECK (places > 0),
    attendance       integer CHECK (attendance >= 0),
    ticket_price     numeric(5,2) NOT NULL CHECK (ticket_price >= 0),
    CHECK (attendance IS NULL OR attendance <= places)
);

CREATE TABLE ops.members (
    id              integer PRIMARY KEY,
    full_name       text    NOT NULL,
    email           text,
    town            text    NOT NULL,
    tier_id         integer NOT NULL REFERENCES ref.membership_tiers (id),
    joined_on       date    NOT NULL,
    cancelled_on    date,
    auto_renew      boolean NOT NULL,
    CHECK (cancelled_on IS NULL OR cancelled_on > joined_on)
);

CREATE TABLE ops.products (
    id           integer PRIMARY KEY,
    name         text         NOT NULL UNIQUE,
    category_id  integer      NOT NULL REFERENCES ref.product_categories (id),
    list_price   numeric(7,2) NOT NULL CHECK (list_price > 0),
    is_active    boolean      NOT NULL
);

CREATE TABLE ops.shop_sales (
    id              integer      PRIMARY KEY,
    product_id      integer      NOT NULL REFERENCES ops.products (id),
    member_id       integer      REFERENCES ops.members (id),
    sold_at         timestamp    NOT NULL,
    quantity        integer      NOT NULL CHECK (quantity > 0),
    unit_price      numeric(7,2) NOT NULL CHECK (unit_price >= 0),
    payment_method  text         NOT NULL CHECK (payment_method IN ('card', 'cash', 'gift_voucher'))
);

-- ---------------------------------------------------------------- shows

INSERT INTO ops.shows VALUES
    ( 1, 'Tonight''s Sky, Live',              3, 45, '2018-09-01', true,  NULL),
    ( 2, 'Journey to the Red Planet',         2, 35, '2019-03-15', false, '2024-08-31'),
    ( 3, 'Pip the Pocket Rover',              1, 25, '2020-10-03', false, NULL),
    ( 4, 'Northern Lights Unveiled',          2, 40, '2021-11-20', false, NULL),
    ( 5, 'The Restless Sun',                  3, 38, '2022-04-02', false, '2023-12-31'),
    ( 6, 'Moons of the Giants',               2, 42, '2022-09-10', false, NULL),
    ( 7, 'Echoes of the First Light',         3, 50, '2023-03-18', false, NULL),
    ( 8, 'Comet Chasers',                     2, 30, '2023-06-24', false, '2025-01-31'),
    ( 9, 'Little Bear''s Starry Night',       1, 22, '2023-10-07', false, NULL),
    (10, 'Deep Sky After Dark',               4, 60, '2024-02-09', true,  NULL),
    (11, 'Ice Worlds of the Outer Dark',      3, 44, '2024-05-25', false, NULL),
    (12, 'Voyage Past the Heliopause',        2, 36, '2024-11-16', false, NULL),
    (13, 'Gravity''s Hidden Hand',            3, 48, '2025-03-22', false, NULL),
    (14, 'Rocket Garden',                     1, 20, '2025-07-19', false, NULL),
    (15, 'The Clockwork Cosmos',              3, 40, '2021-01-16', false, '2022-12-31');

-- ---------------------------------------------------------------- schools

INSERT INTO ops.schools (id, name, town, school_type, distance_km, contact_email)
SELECT i,
       t.town || CASE WHEN i % 2 = 1 THEN ' Primary School' ELSE ' Secondary School' END,
       t.town,
       CASE WHEN i % 2 = 1 THEN 'primary' ELSE 'secondary' END,
       round((3 + ((i * 37) % 83) * 0.7)::numeric, 1),
       CASE WHEN i % 9 = 4 THEN NULL
            ELSE lower(replace(t.town, ' ', '')) || CASE WHEN i % 2 = 1 THEN '.primary' ELSE '.secondary' END || '@schools.example' END
FROM generate_series(1, 36) AS i
JOIN (SELECT ord, town
      FROM unnest(ARRAY['Alderbrook', 'Westmere', 'Kestrel Hill', 'Fenwick Cross', 'Oakhaven',
                        'Millbridge', 'Larkfield', 'Stonecross', 'Ravensholm', 'Brackenley',
                        'Hollin Vale', 'Marrowby', 'Quillstead', 'Dunmere', 'Ashcombe',
                        'Pellbrook', 'Wyndhurst', 'Corran Bay']) WITH ORDINALITY AS u(town, ord)) t
  ON t.ord = (i + 1) / 2;

-- ---------------------------------------------------------------- members

INSERT INTO ops.members (id, full_name, email, town, tier_id, joined_on, cancelled_on, auto_renew)
SELECT m.id,
       m.full_name,
       CASE WHEN m.id % 13 = 6 THEN NULL
            ELSE lower(replace(m.full_name, ' ', '.')) || '@mail.example' END,
       (ARRAY['Lindhaven', 'Lindhaven', 'Lindhaven', 'Lindhaven', 'Lindhaven', 'Alderbrook',
              'Westmere', 'Westmere', 'Oakhaven', 'Millbridge', 'Larkfield', 'Lindhaven',
              'Ravensholm', 'Lindhaven', 'Westmere', 'Corran Bay', 'Lindhaven'])[1 + (m.id * 7) % 17],
       CASE WHEN m.id % 10 < 6 THEN 1 WHEN m.id % 10 < 9 THEN 2 ELSE 3 END,
       m.joined_on,
       CASE WHEN (m.id % 6 = 2 OR m.id % 20 = 19) AND m.joined_on + 380 + (m.id * 11) % 300 < date '2025-07-01'
            THEN m.joined_on + 380 + (m.id * 11) % 300 END,
       m.id % 4 <> 3
FROM (
    SELECT i + 1 AS id,
           (ARRAY['Amara', 'Bastian', 'Clio', 'Dorian', 'Elke', 'Farid', 'Greta', 'Hugo', 'Ilse', 'Jonas',
                  'Katya', 'Lior', 'Mireille', 'Niko', 'Oona', 'Pavel', 'Rosa', 'Soren', 'Talia', 'Wim'])[1 + i % 20]
           || ' ' ||
           (ARRAY['Achterberg', 'Brandt', 'Castell', 'Dufresne', 'Eklund', 'Falkner', 'Gironde', 'Halvorsen',
                  'Ibarra', 'Janssens', 'Kovac', 'Lindqvist', 'Marchetti', 'Novak', 'Oyelaran', 'Petrakis',
                  'Quist', 'Rautio', 'Sandoval', 'Terhune'])[1 + (i / 20 + 3 * (i % 20)) % 20] AS full_name,
           date '2019-01-05' + floor(2360 * power(i / 399.0, 0.75))::integer AS joined_on
    FROM generate_series(0, 399) AS i
) m;

-- ---------------------------------------------------------------- products

INSERT INTO ops.products (id, name, category_id, list_price, is_active) VALUES
    ( 1, 'Pocket Star Atlas',                 1,  12.95, true),
    ( 2, 'Moon Map Field Guide',              1,   9.50, false),
    ( 3, 'The Night Sky for Kids',            1,  14.00, true),
    ( 4, 'Photographing the Milky Way',       1,  24.50, true),
    ( 5, 'Stellaris Hall Souvenir Guide',     1,   6.00, true),
    ( 6, 'Glow-in-the-Dark Star Stickers',    2,   4.50, true),
    ( 7, 'Build-a-Rocket Kit',                2,  18.00, true),
    ( 8, 'Solar System Mobile',               2,  22.00, true),
    ( 9, 'Astronaut Plush Bear',              2,  15.00, true),
    (10, 'Crystal Geode Growing Kit',         2,  11.50, true),
    (11, 'Saturn Snow Globe',                 2,  13.00, false),
    (12, 'Constellation T-shirt',             3,  19.00, true),
    (13, 'Kids Rocket T-shirt',               3,  14.00, true),
    (14, 'Nebula Hoodie',                     3,  42.00, true),
    (15, 'Knitted Comet Beanie',              3,  16.00, true),
    (16, 'Andromeda Poster',                  4,   8.00, true),
    (17, 'Lunar Phases Print',                4,  12.00, true),
    (18, 'Framed Pillars Print',              4,  45.00, true),
    (19, 'Dome Show Postcard Set',            4,   5.50, true),
    (20, 'Freeze-dried Astronaut Ice Cream',  5,   4.00, true),
    (21, 'Hot Chocolate',                     5,   3.20, true),
    (22, 'Bottled Water',                     5,   1.80, true),
    (23, 'Meteorite Fudge',                   5,   3.50, true),
    (24, 'Popcorn Tub',                       5,   4.20, true),
    (25, 'Red Torch for Stargazing',          6,   7.50, true),
    (26, 'Rotating Planisphere',              6,  16.50, true),
    (27, '10x50 Binoculars',                  6,  89.00, true),
    (28, 'Beginner Refractor 70mm',           6, 149.00, true),
    (29, 'Meridian 200 Dobsonian',            6, 499.00, false),
    (30, 'Solar Eclipse Glasses',             6,   3.00, true);

-- ---------------------------------------------------------------- school visits
-- Term-time weekday visits (Tuesday to Friday), busiest in spring and late autumn.

INSERT INTO ops.school_visits (id, school_id, screening_id, booked_on, visit_date, pupils, teachers, includes_workshop, status)
WITH days AS (
    SELECT d::date AS d, (d::date - date '2023-01-01') AS n
    FROM generate_series(timestamp '2023-01-01', timestamp '2025-07-13', interval '1 day') AS d
    WHERE extract(isodow FROM d) BETWEEN 2 AND 5
      AND NOT (extract(month FROM d) = 7 AND extract(day FROM d) > 10)
      AND extract(month FROM d) <> 8
      AND NOT (extract(month FROM d) = 12 AND extract(day FROM d) > 19)
      AND NOT (extract(month FROM d) = 1 AND extract(day FROM d) < 6)
),
picked AS (
    SELECT d, n, j
    FROM days
    CROSS JOIN generate_series(1, 2) AS j
    WHERE ((n * 37 + j * 11) % 100) <
          (ARRAY[34, 45, 62, 50, 66, 58, 40, 0, 26, 44, 60, 38])[extract(month FROM d)::int]
          / CASE WHEN j = 1 THEN 1 ELSE 3 END
),
school_pool AS (
    SELECT array_agg(s.id ORDER BY s.id, g) AS ids
    FROM ops.schools s
    CROSS JOIN LATERAL generate_series(1, CASE WHEN s.id IN (1, 4, 7, 10, 21) THEN 4
                                               WHEN s.id > 32 THEN 0
                                               WHEN s.id % 5 = 3 THEN 1
                                               ELSE 2 END) AS g
),
numbered AS (
    SELECT row_number() OVER (ORDER BY d, j) AS id, d, n, j
    FROM picked
)
SELECT v.id,
       p.ids[1 + (v.id * 29 + v.n * 3) % array_length(p.ids, 1)],
       NULL,
       v.d - (12 + (v.id * 17) % 75)::integer,
       v.d,
       18 + (v.id * 23) % 47 + CASE WHEN v.id % 7 = 0 THEN 30 ELSE 0 END,
       2 + (v.id % 3),
       v.id % 5 IN (1, 3),
       CASE WHEN v.id % 14 = 5 THEN 'cancelled'
            WHEN v.d >= date '2025-07-01' THEN 'booked'
            ELSE 'completed' END
FROM numbered v
CROSS JOIN school_pool p;

-- ---------------------------------------------------------------- screenings

CREATE TEMPORARY TABLE tmp_show_weights (show_id integer, weight integer, popularity integer) ON COMMIT DROP;
INSERT INTO tmp_show_weights VALUES
    (1, 4, 4), (2, 3, 0), (3, 3, -4), (4, 4, 6), (5, 2, -10), (6, 3, 0), (7, 5, 10), (8, 2, -2),
    (9, 3, 2), (10, 3, 5), (11, 4, 8), (12, 3, 3), (13, 4, 12), (14, 3, 0), (15, 1, 0);

CREATE TEMPORARY TABLE tmp_screenings ON COMMIT DROP AS
WITH days AS (
    SELECT d::date AS d, (d::date - date '2023-01-01') AS n,
           extract(isodow FROM d)::int AS dow, extract(month FROM d)::int AS mon
    FROM generate_series(timestamp '2023-01-01', timestamp '2025-07-13', interval '1 day') AS d
),
open_days AS (
    SELECT * FROM days
    WHERE dow <> 1
      AND NOT (mon = 12 AND extract(day FROM d) = 25)
      AND NOT (mon = 1 AND extract(day FROM d) = 1)
),
slots (slot, dome_id, at_time, kind) AS (
    VALUES (1, 1, time '19:00', 'evening'),
           (2, 1, time '11:00', 'day'),
           (3, 1, time '15:00', 'day'),
           (4, 2, time '13:00', 'studio'),
           (5, 1, time '14:00', 'day'),
           (6, 2, time '16:30', 'studio')
),
public_slots AS (
    SELECT o.d, o.n, o.dow, o.mon, s.slot, s.dome_id, s.at_time, s.kind, NULL::integer AS visit_id, NULL::text AS school_type
    FROM open_days o
    JOIN slots s
      ON  (s.slot = 1)
      OR  (s.slot IN (2, 3, 4) AND o.dow IN (6, 7))
      OR  (s.slot = 5 AND o.dow BETWEEN 2 AND 5 AND (o.mon = 8 OR (o.mon = 7 AND extract(day FROM o.d) > 10)))
      OR  (s.slot = 6 AND o.dow IN (6, 7) AND o.mon IN (7, 8, 12))
),
school_slots AS (
    SELECT v.visit_date AS d, (v.visit_date - date '2023-01-01') AS n,
           extract(isodow FROM v.visit_date)::int AS dow, extract(month FROM v.visit_date)::int AS mon,
           10 + row_number() OVER (PARTITION BY v.visit_date ORDER BY v.id) AS slot,
           CASE WHEN v.pupils > 46 THEN 1 ELSE 2 END AS dome_id,
           CASE WHEN row_number() OVER (PARTITION BY v.visit_date ORDER BY v.id) = 1
                THEN time '10:00' ELSE time '11:30' END AS at_time,
           'school' AS kind, v.id AS visit_id, sc.school_type
    FROM ops.school_visits v
    JOIN ops.schools sc ON sc.id = v.school_id
    WHERE v.status <> 'cancelled'
),
all_slots AS (
    SELECT * FROM public_slots
    UNION ALL
    SELECT * FROM school_slots
)
SELECT row_number() OVER (ORDER BY a.d, a.at_time, a.dome_id) AS id,
       a.*,
       pick.show_id
FROM all_slots a
CROSS JOIN LATERAL (
    SELECT (array_agg(sh.id ORDER BY sh.id, g))[1 + ((a.n * a.n * 13 + a.n * 7 + a.slot * 29) % 1009) % count(*)] AS show_id
    FROM ops.shows sh
    JOIN tmp_show_weights w ON w.show_id = sh.id
    CROSS JOIN LATERAL generate_series(1, w.weight) AS g
    WHERE sh.premiered_on <= a.d
      AND (sh.retired_on IS NULL OR sh.retired_on >= a.d)
      AND CASE a.kind
            WHEN 'evening' THEN sh.audience_group_id IN (2, 3) OR (sh.audience_group_id = 4 AND a.dow IN (5, 6))
            WHEN 'day'     THEN sh.audience_group_id IN (1, 2, 3) AND NOT sh.is_live_presented
            WHEN 'studio'  THEN sh.audience_group_id IN (1, 2) AND sh.duration_minutes <= 40
            ELSE (CASE WHEN a.school_type = 'primary' THEN sh.audience_group_id IN (1, 2)
                       ELSE sh.audience_group_id IN (2, 3) END)
                 AND NOT sh.is_live_presented
          END
) pick;

INSERT INTO ops.screenings (id, show_id, dome_id, starts_at, seats_offered, is_school_booking, status)
SELECT t.id,
       t.show_id,
       t.dome_id,
       t.d + t.at_time,
       CASE WHEN t.dome_id = 1 AND t.n BETWEEN 300 AND 340 THEN 112   -- seat refurbishment, autumn 2023
            WHEN t.dome_id = 1 THEN 140
            ELSE 48 END,
       t.kind = 'school',
       CASE WHEN t.d >= date '2025-07-01' THEN 'scheduled'
            WHEN t.kind <> 'school' AND (t.id * 37) % 53 = 11 THEN 'cancelled'
            WHEN t.kind <> 'school' AND t.d BETWEEN date '2024-03-05' AND date '2024-03-10' AND t.dome_id = 1 THEN 'cancelled'
            ELSE 'completed' END
FROM tmp_screenings t;

UPDATE ops.school_visits v
SET screening_id = t.id
FROM tmp_screenings t
WHERE t.visit_id = v.id;

-- ---------------------------------------------------------------- ticket sales

INSERT INTO ops.ticket_sales (id, screening_id, ticket_type_id, quantity, sold_online, unit_price)
WITH base AS (
    SELECT s.id, s.starts_at, s.seats_offered, s.status, sh.audience_group_id,
           extract(year FROM s.starts_at)::int AS yr,
           extract(month FROM s.starts_at)::int AS mon,
           extract(isodow FROM s.starts_at)::int AS dow,
           extract(hour FROM s.starts_at)::int AS hr,
           w.popularity
    FROM ops.screenings s
    JOIN ops.shows sh ON sh.id = s.show_id
    JOIN tmp_show_weights w ON w.show_id = s.show_id
    WHERE NOT s.is_school_booking AND s.status <> 'cancelled'
),
filled AS (
    SELECT b.*,
           floor(b.seats_offered *
                 least(100, greatest(6,
                     (ARRAY[60, 54, 44, 50, 34, 30, 56, 62, 33, 44, 54, 70])[b.mon]
                     + CASE WHEN b.dow IN (6, 7) THEN 12 ELSE 0 END
                     + CASE WHEN b.hr = 19 AND b.dow IN (5, 6) THEN 10 ELSE 0 END
                     + b.popularity
                     + (b.yr - 2023) * 4
                     + (b.id * 37) % 21 - 10
                 )) / 100.0
                 * CASE WHEN b.status = 'scheduled' THEN 0.45 ELSE 1 END
           )::int AS attendees
    FROM base b
),
shares (audience_group_id, ticket_type_id, share) AS (
    VALUES (1, 1, 40), (1, 2, 55), (1, 3, 5),
           (2, 1, 45), (2, 2, 33), (2, 3, 12), (2, 4, 10),
           (3, 1, 58), (3, 2, 8),  (3, 3, 18), (3, 4, 16),
           (4, 1, 68), (4, 3, 14), (4, 4, 18)
),
prices (ticket_type_id, yr, price) AS (
    VALUES (1, 2023, 14.50), (1, 2024, 15.50), (1, 2025, 16.00),
           (2, 2023,  8.50), (2, 2024,  9.00), (2, 2025,  9.50),
           (3, 2023, 11.00), (3, 2024, 11.50), (3, 2025, 12.00),
           (4, 2023, 11.00), (4, 2024, 11.50), (4, 2025, 12.00),
           (5, 2023,  6.50), (5, 2024,  7.00), (5, 2025,  7.00)
),
other_lines AS (
    SELECT f.id AS screening_id, sh.ticket_type_id, f.status, f.yr, f.mon,
           floor(f.attendees * greatest(0, sh.share
                 + CASE sh.ticket_type_id WHEN 2 THEN 3 - (f.id % 7) ELSE 0 END) / 100.0)::int AS quantity,
           f.id * 10 + sh.ticket_type_id AS k
    FROM filled f
    JOIN shares sh ON sh.audience_group_id = f.audience_group_id AND sh.ticket_type_id <> 1
),
lines AS (
    SELECT * FROM other_lines
    UNION ALL
    SELECT f.id, 1, f.status, f.yr, f.mon,
           f.attendees - coalesce((SELECT sum(o.quantity) FROM other_lines o WHERE o.screening_id = f.id), 0)::int,
           f.id * 10 + 1
    FROM filled f
),
school_lines AS (
    SELECT s.id AS screening_id, 5 AS ticket_type_id, s.status,
           extract(year FROM s.starts_at)::int AS yr, extract(month FROM s.starts_at)::int AS mon,
           v.pupils AS quantity, s.id * 10 + 5 AS k
    FROM ops.school_visits v
    JOIN ops.screenings s ON s.id = v.screening_id
    WHERE v.status = 'completed'
),
all_lines AS (
    SELECT * FROM lines WHERE quantity > 0
    UNION ALL
    SELECT * FROM school_lines
)
SELECT row_number() OVER (ORDER BY l.screening_id, l.ticket_type_id),
       l.screening_id,
       l.ticket_type_id,
       l.quantity,
       CASE WHEN l.ticket_type_id = 5 THEN 0
            WHEN l.status = 'scheduled' THEN l.quantity
            ELSE floor(l.quantity * least(95, 40 + (l.yr - 2023) * 9 + (l.k * 13) % 23
                                              + CASE WHEN l.mon IN (12, 7, 8) THEN 6 ELSE 0 END) / 100.0)::int
       END,
       p.price
FROM all_lines l
JOIN prices p ON p.ticket_type_id = l.ticket_type_id AND p.yr = l.yr;

-- ---------------------------------------------------------------- observing nights

INSERT INTO ops.observing_nights (id, night_date, host_name, cloud_cover_pct, status, places, attendance, ticket_price)
WITH nights AS (
    SELECT row_number() OVER (ORDER BY d) AS id, d::date AS d,
           extract(month FROM d)::int AS mon, extract(year FROM d)::int AS yr
    FROM generate_series(timestamp '2023-01-01', timestamp '2025-06-30', interval '1 day') AS d
    WHERE extract(isodow FROM d) = 5
       OR (extract(isodow FROM d) = 6 AND extract(month FROM d) IN (10, 11, 12, 1, 2, 3))
),
clouds AS (
    SELECT n.*,
           least(100, greatest(0,
               (ARRAY[66, 60, 52, 46, 38, 32, 30, 34, 44, 54, 64, 70])[n.mon]
               + (n.id * 47) % 61 - 30)) AS cloud
    FROM nights n
)
SELECT c.id,
       c.d,
       (ARRAY['Ines Moreau', 'Tomasz Wilk', 'Ines Moreau', 'Ada Okafor', 'Henrik Lund',
              'Ines Moreau', 'Tomasz Wilk'])[1 + (c.id * 3) % 7],
       CASE WHEN c.id % 29 = 7 THEN NULL ELSE c.cloud END,
       CASE WHEN c.id % 23 = 11 THEN 'cancelled'
            WHEN c.id % 29 <> 7 AND c.cloud > 75 THEN 'clouded_out'
            ELSE 'held' END,
       CASE WHEN c.yr >= 2024 THEN 45 ELSE 40 END,
       CASE WHEN c.id % 23 = 11 THEN NULL
            WHEN c.id % 29 <> 7 AND c.cloud > 75 THEN 4 + (c.id * 7) % 12
            ELSE least(CASE WHEN c.yr >= 2024 THEN 45 ELSE 40 END,
                       12 + (ARRAY[14, 12, 10, 8, 4, 2, 6, 10, 8, 12, 14, 18])[c.mon]
                          + (c.id * 13) % 17 + (c.yr - 2023) * 2)
       END,
       CASE WHEN c.yr >= 2024 THEN 9.00 ELSE 8.00 END
FROM clouds c;

-- ---------------------------------------------------------------- gift shop

CREATE TEMPORARY TABLE tmp_product_weights (product_id integer, weight integer) ON COMMIT DROP;
INSERT INTO tmp_product_weights VALUES
    (1, 3), (2, 2), (3, 3), (4, 1), (5, 4), (6, 9), (7, 3), (8, 2), (9, 4), (10, 3),
    (11, 0), (12, 4), (13, 4), (14, 2), (15, 2), (16, 3), (17, 2), (18, 1), (19, 6), (20, 12),
    (21, 14), (22, 10), (23, 6), (24, 8), (25, 3), (26, 2), (27, 1), (28, 1), (29, 0), (30, 2);

INSERT INTO ops.shop_sales (id, product_id, member_id, sold_at, quantity, unit_price, payment_method)
WITH days AS (
    SELECT d::date AS d, (d::date - date '2023-01-01') AS n,
           extract(isodow FROM d)::int AS dow, extract(month FROM d)::int AS mon
    FROM generate_series(timestamp '2023-01-01', timestamp '2025-06-30', interval '1 day') AS d
    WHERE extract(isodow FROM d) <> 1
      AND NOT (extract(month FROM d) = 12 AND extract(day FROM d) = 25)
      AND NOT (extract(month FROM d) = 1 AND extract(day FROM d) = 1)
),
pool AS (
    SELECT array_agg(w.product_id ORDER BY w.product_id, g) AS ids
    FROM tmp_product_weights w
    CROSS JOIN LATERAL generate_series(1, w.weight) AS g
),
lines AS (
    SELECT d.d, d.n, d.mon, j,
           row_number() OVER (ORDER BY d.d, j) AS id
    FROM days d
    CROSS JOIN LATERAL generate_series(1,
        (ARRAY[3, 2, 3, 3, 3, 4, 6, 6, 2, 3, 4, 7])[d.mon]
        + CASE WHEN d.dow IN (6, 7) THEN 3 ELSE 0 END
        + (d.n * 7) % 3 - 1) AS j
),
chosen AS (
    SELECT l.*,
           p.ids[1 + (l.n * 31 + l.j * 17 + l.id) % array_length(p.ids, 1)] AS product_id,
           CASE WHEN (l.n * 3 + l.j * 7) % 4 = 0 THEN
                1 + (l.n * 13 + l.j * 29) % (SELECT max(m.id) FROM ops.members m WHERE m.joined_on <= l.d)
           END AS member_pick
    FROM lines l
    CROSS JOIN pool p
)
SELECT c.id,
       c.product_id,
       m.id,
       c.d + time '10:00' + ((c.j * 37 + c.n * 11) % 470) * interval '1 minute',
       1 + CASE WHEN pr.category_id IN (5, 4, 2) AND (c.n + c.j) % 5 = 0 THEN 1
                WHEN pr.category_id = 5 AND (c.n + c.j) % 11 = 3 THEN 2
                ELSE 0 END,
       round(pr.list_price * (100 - coalesce(t.shop_discount_pct, 0)) / 100.0, 2),
       CASE WHEN (c.n + c.j * 3) % 19 = 4 THEN 'gift_voucher'
            WHEN (c.n + c.j * 3) % (5 + c.n / 300) = 0 THEN 'cash'
            ELSE 'card' END
FROM chosen c
JOIN ops.products pr ON pr.id = c.product_id
LEFT JOIN ops.members m
       ON m.id = c.member_pick AND (m.cancelled_on IS NULL OR m.cancelled_on > c.d)
LEFT JOIN ref.membership_tiers t ON t.id = m.tier_id;

COMMIT;
