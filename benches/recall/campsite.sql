-- A family-run group of campsites (Hartley Family Camping, five sites): the sites, their pitches
-- of several kinds (tent, caravan, glamping pod, cabin) with their amenities, nightly prices per
-- season, guests and their bookings (arrival and departure dates, party size, cancellations),
-- the site shops' products and sales, staff, activities with the guests' sign-ups, and reviews.
-- Every row is invented and reproducible (fixed lists, generate_series and modular arithmetic;
-- no random(), no clock).

-- ---------------------------------------------------------------- sites and pitches

CREATE TABLE sites (
    id                  integer PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    county              text NOT NULL,
    nearest_town        text NOT NULL,
    opened_on           date NOT NULL,
    acres               numeric(5,1) NOT NULL,
    has_shop            boolean NOT NULL,
    has_swimming_pool   boolean NOT NULL,
    has_laundry         boolean NOT NULL,
    has_playground      boolean NOT NULL,
    is_adults_only      boolean NOT NULL
);

INSERT INTO sites VALUES
 (1, 'Heron Lake',      'Cumbria',         'Keswick',    '2009-04-01', 14.5, true,  false, true,  true,  false),
 (2, 'Bracken Hill',    'North Yorkshire', 'Helmsley',   '2012-03-15',  9.0, true,  false, true,  true,  false),
 (3, 'Gull Point',      'Cornwall',        'Padstow',    '2015-05-01', 18.0, true,  true,  true,  true,  false),
 (4, 'Willow Bend',     'Shropshire',      'Ludlow',     '2019-03-01',  6.5, false, false, false, false, true),
 (5, 'Foxglove Meadow', 'Devon',           'Okehampton', '2021-04-01', 11.0, true,  false, true,  true,  false);

CREATE TABLE pitches (
    id                   integer PRIMARY KEY,
    site_id              integer NOT NULL REFERENCES sites (id),
    pitch_number         text NOT NULL,
    pitch_type           text NOT NULL CHECK (pitch_type IN ('tent', 'caravan', 'glamping pod', 'cabin')),
    max_occupancy        integer NOT NULL,
    area_sqm             integer NOT NULL,
    has_electric_hookup  boolean NOT NULL,
    is_hardstanding      boolean NOT NULL,
    is_pet_friendly      boolean NOT NULL,
    has_hot_tub          boolean NOT NULL,
    is_accessible        boolean NOT NULL,
    UNIQUE (site_id, pitch_number)
);

-- per site: how many tent, caravan and glamping pod pitches; the rest are cabins
INSERT INTO pitches
SELECT row_number() OVER (ORDER BY s.site_id, s.k),
       s.site_id,
       (CASE s.ptype WHEN 'tent' THEN 'T' WHEN 'caravan' THEN 'C' WHEN 'glamping pod' THEN 'P' ELSE 'L' END)
           || lpad(s.n::text, 2, '0'),
       s.ptype,
       CASE s.ptype WHEN 'tent' THEN 4 + (s.n % 2) * 2 WHEN 'caravan' THEN 6
                    WHEN 'glamping pod' THEN 4 ELSE 6 + (s.n % 2) * 2 END,
       CASE s.ptype WHEN 'tent' THEN 80 + ((s.n * 7) % 5) * 10 WHEN 'caravan' THEN 110 + ((s.n * 3) % 4) * 15
                    WHEN 'glamping pod' THEN 18 + (s.n % 2) * 4 ELSE 36 + (s.n % 3) * 12 END,
       CASE s.ptype WHEN 'tent' THEN s.n % 3 <> 0 ELSE true END,
       s.ptype = 'caravan' AND s.n % 4 <> 0,
       CASE s.ptype WHEN 'tent' THEN s.n % 4 <> 1 WHEN 'caravan' THEN s.n % 3 <> 0
                    WHEN 'glamping pod' THEN false ELSE s.n % 2 = 0 END,
       s.ptype = 'cabin' AND (s.n + s.site_id) % 3 <> 0,
       CASE s.ptype WHEN 'tent' THEN s.n % 7 = 0 ELSE s.n % 4 = 0 END
FROM (
    SELECT c.site_id, k,
           CASE WHEN k <= c.tents THEN 'tent'
                WHEN k <= c.tents + c.caravans THEN 'caravan'
                WHEN k <= c.tents + c.caravans + c.pods THEN 'glamping pod'
                ELSE 'cabin' END AS ptype,
           CASE WHEN k <= c.tents THEN k
                WHEN k <= c.tents + c.caravans THEN k - c.tents
                WHEN k <= c.tents + c.caravans + c.pods THEN k - c.tents - c.caravans
                ELSE k - c.tents - c.caravans - c.pods END AS n
    FROM (VALUES (1, 24, 10, 8, 2),
                 (2, 18,  8, 6, 4),
                 (3, 22,  6, 10, 0),
                 (4, 12,  4, 5, 0),
                 (5, 14,  6, 3, 3)) AS c (site_id, total, tents, caravans, pods)
    CROSS JOIN LATERAL generate_series(1, c.total) AS k
) AS s;

-- ---------------------------------------------------------------- prices

-- Nightly price of a pitch by site, pitch type and season. Each year has five periods:
-- low (1 Mar - 15 May), mid (16 May - 10 Jul), peak (11 Jul - 31 Aug), mid (September),
-- low (October). The sites are closed from November to February.
CREATE TABLE season_rates (
    id             integer PRIMARY KEY,
    site_id        integer NOT NULL REFERENCES sites (id),
    pitch_type     text NOT NULL CHECK (pitch_type IN ('tent', 'caravan', 'glamping pod', 'cabin')),
    season         text NOT NULL CHECK (season IN ('low', 'mid', 'peak')),
    starts_on      date NOT NULL,
    ends_on        date NOT NULL,
    nightly_price  numeric(8,2) NOT NULL,
    CHECK (ends_on >= starts_on)
);

INSERT INTO season_rates
SELECT row_number() OVER (ORDER BY y, t.site_id, t.pitch_type, p.starts_md),
       t.site_id, t.pitch_type, p.season,
       make_date(y, p.sm, p.sd), make_date(y, p.em, p.ed),
       round(t.base * sf.f * p.f * (1 + 0.05 * (y - 2022)) * 2) / 2
FROM (SELECT DISTINCT site_id, pitch_type,
             CASE pitch_type WHEN 'tent' THEN 18 WHEN 'caravan' THEN 28
                             WHEN 'glamping pod' THEN 55 ELSE 95 END AS base
      FROM pitches) AS t
JOIN (VALUES (1, 1.00), (2, 0.95), (3, 1.20), (4, 1.10), (5, 1.05)) AS sf (site_id, f) ON sf.site_id = t.site_id
CROSS JOIN generate_series(2022, 2025) AS y
CROSS JOIN (VALUES ('low',  1.00, 3,  1, 5, 15, 301),
                   ('mid',  1.25, 5, 16, 7, 10, 516),
                   ('peak', 1.60, 7, 11, 8, 31, 711),
                   ('mid',  1.25, 9,  1, 9, 30, 901),
                   ('low',  1.00, 10, 1, 10, 31, 1001)) AS p (season, f, sm, sd, em, ed, starts_md);

-- ---------------------------------------------------------------- guests

CREATE TABLE guests (
    id                        integer PRIMARY KEY,
    first_name                text NOT NULL,
    last_name                 text NOT NULL,
    email                     text NOT NULL UNIQUE,
    country                   text NOT NULL,
    is_loyalty_member         boolean NOT NULL,
    is_newsletter_subscriber  boolean NOT NULL,
    created_at                timestamp NOT NULL
);

INSERT INTO guests
SELECT g, fn, ln,
       lower(fn) || '.' || lower(replace(ln, '''', '')) || g || '@example.com',
       (ARRAY['United Kingdom','United Kingdom','United Kingdom','United Kingdom','United Kingdom',
              'United Kingdom','United Kingdom','United Kingdom','United Kingdom','United Kingdom',
              'United Kingdom','United Kingdom','Netherlands','Netherlands','Netherlands',
              'Germany','Germany','Ireland','France','Belgium'])[1 + (g * 7) % 20],
       g % 4 = 0 OR g % 11 = 3,
       g % 3 <> 0,
       timestamp '2021-09-01 09:00' + ((g * 53) % 1500) * interval '1 day' + ((g * 37) % 600) * interval '1 minute'
FROM generate_series(1, 700) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['Oliver','Amelia','George','Isla','Harry','Ava','Jack','Mia','Noah','Emily',
                  'Charlie','Poppy','Leo','Freya','Oscar','Lily','Arthur','Grace','Jacob','Sophie',
                  'Thomas','Evie','William','Ruby','James','Daisy','Lucas','Hannah','Finn','Chloe',
                  'Daan','Sanne','Lukas','Lena','Sean','Aoife','Hugo','Camille','Lars','Eva'])[1 + (g - 1) % 40] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                  'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
                  'de Vries','Jansen','Muller','Schmidt','O''Brien','Murphy','Martin','Dubois','Peeters','Hughes',
                  'Edwards','Turner','Hill','Moore','Cooper','Ward','Morris','King','Baker','Harris',
                  'Lewis','Young','Allen','Scott','Mitchell','Bell','Carter'])[1 + (g * 11) % 47] AS ln
) AS n;

-- ---------------------------------------------------------------- bookings

CREATE TABLE bookings (
    id               integer PRIMARY KEY,
    booking_ref      text NOT NULL UNIQUE,
    guest_id         integer NOT NULL REFERENCES guests (id),
    pitch_id         integer NOT NULL REFERENCES pitches (id),
    booked_at        timestamp NOT NULL,
    arrival_date     date NOT NULL,
    departure_date   date NOT NULL,
    party_size       integer NOT NULL CHECK (party_size > 0),
    has_pets         boolean NOT NULL,
    channel          text NOT NULL CHECK (channel IN ('website', 'phone', 'walk-in', 'agent')),
    is_cancelled     boolean NOT NULL,
    cancelled_at     timestamp,
    total_price      numeric(8,2) NOT NULL,
    CHECK (departure_date > arrival_date)
);

-- Stays on a pitch are laid out in 14-day slots from 1 March, so stays on one pitch never overlap;
-- a slot is taken more often in summer and in later years. The price is the nightly rate of the
-- season the arrival date falls in, times the nights.
INSERT INTO bookings
SELECT b.id,
       'HFC-' || lpad(b.id::text, 5, '0'),
       CASE WHEN b.id % 5 = 0 THEN 1 + (b.id / 5) % 60
            ELSE 61 + (b.id * 37) % 580 END,
       b.pitch_id,
       (b.arrival - b.lead)::timestamp + (480 + (b.id * 47) % 720) * interval '1 minute',
       b.arrival,
       b.arrival + b.nights,
       1 + (b.id * 7 + b.pitch_id) % b.max_occupancy,
       b.is_pet_friendly AND b.id % 3 = 0,
       b.channel,
       b.cancelled,
       CASE WHEN b.cancelled
            THEN (b.arrival - b.lead)::timestamp + (480 + (b.id * 47) % 720) * interval '1 minute'
                 + (b.lead / 2) * interval '1 day' + ((b.id * 13) % 300) * interval '1 minute' END,
       b.nights * r.nightly_price
FROM (
    SELECT row_number() OVER (ORDER BY x.arrival, x.pitch_id)::integer AS id, x.*,
           CASE WHEN x.channel = 'walk-in' THEN 0 ELSE 2 + (x.seq * 13) % 150 END AS lead,
           x.channel <> 'walk-in' AND (x.seq % 17 = 5 OR x.seq % 23 = 2) AS cancelled
    FROM (
        SELECT p.id AS pitch_id, p.site_id, p.pitch_type, p.max_occupancy, p.is_pet_friendly,
               y, k, a.arrival,
               y * 10000 + p.id * 100 + k AS seq,
               CASE p.pitch_type
                    WHEN 'tent' THEN 1 + (p.id + k * 5 + y) % 5
                    WHEN 'caravan' THEN 2 + (p.id + k * 3 + y) % 6
                    WHEN 'glamping pod' THEN 2 + (p.id + k + y) % 3
                    ELSE (ARRAY[3, 4, 7, 7, 3])[1 + (p.id + k + y) % 5] END AS nights,
               (ARRAY['website','website','website','website','website','website',
                      'phone','phone','walk-in','agent'])[1 + (p.id * 3 + k * 7 + y) % 10] AS channel
        FROM pitches p
        CROSS JOIN generate_series(2022, 2025) AS y
        CROSS JOIN generate_series(0, 16) AS k
        CROSS JOIN LATERAL (SELECT make_date(y, 3, 1) + 14 * k + (p.id * 3 + k + y) % 5 AS arrival) AS a
        WHERE (p.id * 7 + k * 11 + y * 3) % 10
              < CASE extract(month FROM a.arrival)::int
                     WHEN 7 THEN 8 WHEN 8 THEN 8 WHEN 6 THEN 6 WHEN 9 THEN 5 WHEN 5 THEN 4 ELSE 3 END
                + CASE y WHEN 2022 THEN -1 WHEN 2023 THEN 0 ELSE 1 END
                - CASE WHEN p.site_id = 5 AND y = 2022 THEN 2 ELSE 0 END
    ) AS x
) AS b
JOIN season_rates r ON r.site_id = b.site_id AND r.pitch_type = b.pitch_type
                   AND b.arrival BETWEEN r.starts_on AND r.ends_on;

-- a guest's account dates from no later than their first booking
UPDATE guests g
SET created_at = f.first_booked - interval '20 minutes'
FROM (SELECT guest_id, min(booked_at) AS first_booked FROM bookings GROUP BY guest_id) AS f
WHERE f.guest_id = g.id AND f.first_booked - interval '20 minutes' < g.created_at;

-- ---------------------------------------------------------------- staff and activities

CREATE TABLE staff (
    id                integer PRIMARY KEY,
    site_id           integer NOT NULL REFERENCES sites (id),
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    role              text NOT NULL CHECK (role IN ('owner', 'manager', 'warden', 'reception', 'shop',
                                                    'activities', 'cleaner', 'maintenance')),
    is_family_member  boolean NOT NULL,
    is_seasonal       boolean NOT NULL,
    started_on        date NOT NULL,
    hourly_rate       numeric(6,2) NOT NULL
);

INSERT INTO staff VALUES
 ( 1, 1, 'Tom',      'Hartley',   'owner',       true,  false, '2009-04-01', 18.00),
 ( 2, 1, 'Margaret', 'Hartley',   'owner',       true,  false, '2009-04-01', 18.00),
 ( 3, 1, 'Sam',      'Okafor',    'warden',      false, false, '2014-03-01', 13.20),
 ( 4, 1, 'Ellie',    'Brandt',    'reception',   false, true,  '2021-03-15', 11.50),
 ( 5, 1, 'Josh',     'Kerr',      'activities',  false, true,  '2022-05-01', 11.80),
 ( 6, 1, 'Priya',    'Nair',      'shop',        false, true,  '2023-03-01', 11.44),
 ( 7, 1, 'Dave',     'Pollard',   'maintenance', false, false, '2016-02-01', 14.00),
 ( 8, 2, 'Lucy',     'Hartley',   'manager',     true,  false, '2012-03-15', 16.50),
 ( 9, 2, 'Ben',      'Ashworth',  'warden',      false, false, '2018-03-01', 13.00),
 (10, 2, 'Fiona',    'McLeod',    'reception',   false, true,  '2022-03-01', 11.20),
 (11, 2, 'Oscar',    'Dunn',      'activities',  false, true,  '2023-04-01', 11.60),
 (12, 2, 'Hannah',   'Price',     'cleaner',     false, true,  '2022-04-01', 11.00),
 (13, 3, 'James',    'Hartley',   'manager',     true,  false, '2015-05-01', 17.00),
 (14, 3, 'Chloe',    'Hartley',   'reception',   true,  false, '2019-03-01', 13.50),
 (15, 3, 'Kieran',   'Tregear',   'warden',      false, false, '2016-03-01', 13.40),
 (16, 3, 'Morwenna', 'Pascoe',    'shop',        false, true,  '2021-04-01', 11.30),
 (17, 3, 'Jago',     'Penrose',   'activities',  false, true,  '2022-05-01', 12.50),
 (18, 3, 'Amy',      'Rowe',      'activities',  false, true,  '2023-05-01', 12.00),
 (19, 3, 'Liam',     'Carter',    'cleaner',     false, true,  '2024-04-01', 11.44),
 (20, 3, 'Nia',      'Evans',     'maintenance', false, false, '2017-01-10', 14.20),
 (21, 4, 'Rob',      'Hartley',   'manager',     true,  false, '2019-03-01', 16.50),
 (22, 4, 'Grace',    'Whitfield', 'warden',      false, false, '2019-03-01', 12.80),
 (23, 4, 'Anna',     'Kowalski',  'activities',  false, true,  '2023-04-15', 12.20),
 (24, 5, 'Susan',    'Hartley',   'manager',     true,  false, '2021-04-01', 16.50),
 (25, 5, 'Will',     'Hartley',   'warden',      true,  false, '2021-04-01', 13.00),
 (26, 5, 'Megan',    'Ford',      'reception',   false, true,  '2022-03-01', 11.20),
 (27, 5, 'Harry',    'Blackmore', 'activities',  false, true,  '2021-05-01', 11.90),
 (28, 5, 'Zara',     'Ahmed',     'shop',        false, true,  '2024-03-01', 11.44),
 (29, 5, 'Owen',     'Lewis',     'activities',  false, true,  '2024-05-01', 11.44),
 (30, 1, 'Rosie',    'Hartley',   'activities',  true,  true,  '2020-06-01', 11.00),
 (31, 2, 'Ian',      'Barker',    'maintenance', false, false, '2013-04-01', 14.10),
 (32, 3, 'Tess',     'Hartley',   'shop',        true,  true,  '2023-06-01', 11.00);

CREATE TABLE activities (
    id                 integer PRIMARY KEY,
    site_id            integer NOT NULL REFERENCES sites (id),
    name               text NOT NULL UNIQUE,
    category           text NOT NULL CHECK (category IN ('outdoor', 'water', 'kids', 'evening', 'wellness')),
    price_per_person   numeric(6,2) NOT NULL,
    max_places         integer NOT NULL,
    is_kids_only       boolean NOT NULL,
    is_guided          boolean NOT NULL,
    duration_minutes   integer NOT NULL,
    leader_staff_id    integer NOT NULL REFERENCES staff (id)
);

INSERT INTO activities VALUES
 ( 1, 1, 'Kayak taster',          'water',    12.00,  8, false, true,   90,  5),
 ( 2, 1, 'Lake fishing morning',  'outdoor',   8.00,  6, false, true,  180,  3),
 ( 3, 1, 'Kids nature trail',     'kids',      0.00, 15, true,  true,   60, 30),
 ( 4, 1, 'Campfire storytelling', 'evening',   0.00, 30, false, false,  60, 30),
 ( 5, 1, 'Paddleboard lesson',    'water',    18.00,  6, false, true,  120,  5),
 ( 6, 2, 'Guided hill walk',      'outdoor',   0.00, 20, false, true,  180,  9),
 ( 7, 2, 'Archery',               'outdoor',  10.00, 10, false, true,   60, 11),
 ( 8, 2, 'Kids den building',     'kids',      4.00, 12, true,  true,   90, 11),
 ( 9, 2, 'Star gazing night',     'evening',   6.00, 20, false, true,   90,  9),
 (10, 3, 'Rock pooling',          'kids',      0.00, 20, true,  true,   60, 18),
 (11, 3, 'Surf lesson',           'water',    30.00,  8, false, true,  120, 17),
 (12, 3, 'Beach yoga',            'wellness',  7.50, 15, false, true,   60, 18),
 (13, 3, 'Coastal foraging',      'outdoor',  15.00, 10, false, true,  150, 17),
 (14, 3, 'Quiz night',            'evening',   2.00, 60, false, false, 120, 14),
 (15, 4, 'Wine tasting',          'evening',  22.00, 16, false, true,   90, 21),
 (16, 4, 'River yoga',            'wellness',  9.00, 12, false, true,   60, 23),
 (17, 4, 'Cycle tour',            'outdoor',  14.00, 10, false, true,  180, 23),
 (18, 5, 'Pony trekking',         'outdoor',  25.00,  6, false, true,  120, 27),
 (19, 5, 'Farm animal feeding',   'kids',      3.00, 15, true,  false,  45, 25),
 (20, 5, 'Bushcraft for kids',    'kids',      8.00, 12, true,  true,  120, 29),
 (21, 5, 'Pizza oven evening',    'evening',   6.50, 30, false, false, 120, 24),
 (22, 5, 'Bat walk',              'outdoor',   0.00, 20, false, true,   90, 27);

CREATE TABLE activity_signups (
    id              integer PRIMARY KEY,
    activity_id     integer NOT NULL REFERENCES activities (id),
    booking_id      integer NOT NULL REFERENCES bookings (id),
    activity_date   date NOT NULL,
    places          integer NOT NULL CHECK (places > 0),
    is_no_show      boolean NOT NULL,
    UNIQUE (activity_id, booking_id)
);

-- Guests on stays that went ahead sign up for activities on their own site during the stay;
-- kids-only activities only for parties of three or more.
INSERT INTO activity_signups
SELECT row_number() OVER (ORDER BY s.activity_date, s.booking_id, s.activity_id),
       s.activity_id, s.booking_id, s.activity_date, s.places,
       (s.booking_id * 7 + s.activity_id) % 19 = 0
FROM (
    SELECT a.id AS activity_id, b.id AS booking_id,
           b.arrival_date + (b.id + j) % (b.departure_date - b.arrival_date) AS activity_date,
           1 + (b.id + j) % b.party_size AS places, a.is_kids_only, b.party_size
    FROM bookings b
    JOIN pitches p ON p.id = b.pitch_id
    CROSS JOIN generate_series(0, 1) AS j
    JOIN (SELECT id, site_id, is_kids_only,
                 row_number() OVER (PARTITION BY site_id ORDER BY id) AS rn,
                 count(*) OVER (PARTITION BY site_id) AS n
          FROM activities) AS a
      ON a.site_id = p.site_id AND a.rn = 1 + (b.id / 3 + j * 2) % a.n
    WHERE NOT b.is_cancelled
      AND b.id % 3 <> 2
      AND (j = 0 OR b.id % 4 = 0)
) AS s
WHERE NOT s.is_kids_only OR s.party_size >= 3;

-- ---------------------------------------------------------------- shop

CREATE TABLE shop_products (
    id                integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    category          text NOT NULL CHECK (category IN ('groceries', 'drinks', 'fuel', 'camping gear',
                                                        'ice cream', 'gifts')),
    unit_price        numeric(6,2) NOT NULL,
    is_local_produce  boolean NOT NULL,
    is_alcoholic      boolean NOT NULL
);

INSERT INTO shop_products VALUES
 ( 1, 'Fresh milk 1L',             'groceries',     1.45, true,  false),
 ( 2, 'Sliced loaf',               'groceries',     1.80, true,  false),
 ( 3, 'Free-range eggs (6)',       'groceries',     2.60, true,  false),
 ( 4, 'Butcher''s sausages (6)',   'groceries',     4.50, true,  false),
 ( 5, 'Back bacon rashers',        'groceries',     3.95, true,  false),
 ( 6, 'Baked beans',               'groceries',     0.95, false, false),
 ( 7, 'Instant coffee',            'groceries',     3.40, false, false),
 ( 8, 'Tea bags (40)',             'groceries',     2.20, false, false),
 ( 9, 'Breakfast cereal',          'groceries',     3.10, false, false),
 (10, 'Farmhouse cheddar',         'groceries',     3.75, true,  false),
 (11, 'Bottled water 1.5L',        'drinks',        0.90, false, false),
 (12, 'Orange juice 1L',           'drinks',        1.85, false, false),
 (13, 'Cola 330ml',                'drinks',        1.10, false, false),
 (14, 'Local ale 500ml',           'drinks',        3.50, true,  true),
 (15, 'Farm cider 500ml',          'drinks',        3.20, true,  true),
 (16, 'Red wine',                  'drinks',        8.50, false, true),
 (17, 'Lager 4-pack',              'drinks',        5.75, false, true),
 (18, 'Firewood bag',              'fuel',          6.50, true,  false),
 (19, 'Kindling bundle',           'fuel',          3.00, true,  false),
 (20, 'Charcoal 3kg',              'fuel',          5.95, false, false),
 (21, 'Gas cylinder refill 4.5kg', 'fuel',         24.00, false, false),
 (22, 'Firelighters',              'fuel',          2.25, false, false),
 (23, 'Tent pegs (10)',            'camping gear',  4.99, false, false),
 (24, 'Rubber mallet',             'camping gear',  7.50, false, false),
 (25, 'LED torch',                 'camping gear',  9.99, false, false),
 (26, 'AA batteries (4)',          'camping gear',  3.99, false, false),
 (27, 'Ground sheet',              'camping gear', 14.50, false, false),
 (28, 'Folding camping chair',     'camping gear', 22.00, false, false),
 (29, 'Insect repellent',          'camping gear',  5.49, false, false),
 (30, 'Sun cream SPF30',           'camping gear',  7.99, false, false),
 (31, 'Ice lolly',                 'ice cream',     1.20, false, false),
 (32, 'Choc ice',                  'ice cream',     1.50, false, false),
 (33, 'Dairy ice cream tub',       'ice cream',     4.80, true,  false),
 (34, 'Ice cream cone',            'ice cream',     2.00, false, false),
 (35, 'Postcard',                  'gifts',         0.75, true,  false),
 (36, 'Fridge magnet',             'gifts',         3.50, false, false),
 (37, 'Campsite mug',              'gifts',         8.00, false, false),
 (38, 'Bucket and spade',          'gifts',         4.50, false, false),
 (39, 'Local honey jar',           'groceries',     5.50, true,  false),
 (40, 'Marshmallows',              'groceries',     1.99, false, false);

-- one row per product line rung up; unit_price is the price charged at the time (the list
-- price in shop_products is the current one)
CREATE TABLE shop_sales (
    id              integer PRIMARY KEY,
    site_id         integer NOT NULL REFERENCES sites (id),
    product_id      integer NOT NULL REFERENCES shop_products (id),
    booking_id      integer REFERENCES bookings (id),
    sold_at         timestamp NOT NULL,
    quantity        integer NOT NULL CHECK (quantity > 0),
    unit_price      numeric(6,2) NOT NULL,
    payment_method  text NOT NULL CHECK (payment_method IN ('card', 'cash'))
);

INSERT INTO shop_sales
SELECT row_number() OVER (ORDER BY x.sold_at, x.src, x.ref, x.j),
       x.site_id, x.product_id, x.booking_id, x.sold_at,
       CASE WHEN pr.unit_price >= 7 THEN 1 ELSE 1 + (x.ref + x.j) % 3 END,
       round(pr.unit_price * (ARRAY[0.88, 0.93, 0.97, 1.00])[extract(year FROM x.sold_at)::int - 2021], 2),
       CASE WHEN (x.ref + x.j) % 5 = 0 THEN 'cash' ELSE 'card' END
FROM (
    -- guests staying on the site
    SELECT 1 AS src, b.id AS ref, j, p.site_id,
           CASE WHEN j = 0 AND b.id % 3 = 0 THEN 18 ELSE 1 + (b.id * 13 + j * 7) % 40 END AS product_id,
           b.id AS booking_id,
           (b.arrival_date + j % (b.departure_date - b.arrival_date))::timestamp
               + (480 + (b.id * 17 + j * 29) % 660) * interval '1 minute' AS sold_at
    FROM bookings b
    JOIN pitches p ON p.id = b.pitch_id
    JOIN sites s ON s.id = p.site_id AND s.has_shop
    CROSS JOIN generate_series(0, 3) AS j
    WHERE NOT b.is_cancelled AND j < (b.id * 7) % 5
    UNION ALL
    -- passers-by and day visitors
    SELECT 2, g, 0, (ARRAY[1, 2, 3, 5, 1, 3])[1 + g % 6],
           1 + (g * 17) % 40,
           NULL,
           make_date(2022 + g % 4, 3 + (g * 7) % 8, 1 + (g * 11) % 28)::timestamp
               + (540 + (g * 23) % 540) * interval '1 minute'
    FROM generate_series(1, 320) AS g
) AS x
JOIN shop_products pr ON pr.id = x.product_id;

-- ---------------------------------------------------------------- reviews

CREATE TABLE reviews (
    id               integer PRIMARY KEY,
    booking_id       integer NOT NULL UNIQUE REFERENCES bookings (id),
    rating           smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    would_recommend  boolean NOT NULL,
    title            text NOT NULL,
    source           text NOT NULL CHECK (source IN ('own website', 'Google', 'Pitchup', 'TripAdvisor')),
    posted_on        date NOT NULL,
    has_owner_reply  boolean NOT NULL
);

INSERT INTO reviews
SELECT row_number() OVER (ORDER BY r.posted_on, r.booking_id),
       r.booking_id, r.rating,
       r.rating >= 4 OR (r.rating = 3 AND r.booking_id % 2 = 0),
       CASE r.rating
            WHEN 5 THEN (ARRAY['Perfect family break','Stunning spot, spotless facilities','Will be back next year','Best campsite we have stayed at'])[1 + r.booking_id % 4]
            WHEN 4 THEN (ARRAY['Lovely stay','Great site, friendly owners','Very good, busy in the evenings'])[1 + r.booking_id % 3]
            WHEN 3 THEN (ARRAY['Fine for a night or two','Nice site, showers need work'])[1 + r.booking_id % 2]
            WHEN 2 THEN (ARRAY['Noisy neighbours, slow reception','Pitch was waterlogged'])[1 + r.booking_id % 2]
            ELSE 'Disappointing, would not return' END,
       (ARRAY['own website','Google','Google','Pitchup','TripAdvisor'])[1 + (r.booking_id * 3) % 5],
       r.posted_on,
       r.rating <= 2 OR r.booking_id % 3 = 0
FROM (
    SELECT b.id AS booking_id,
           b.departure_date + (b.id % 10) AS posted_on,
           CASE WHEN q.bucket <= 8 THEN 5 WHEN q.bucket <= 13 THEN 4 WHEN q.bucket <= 16 THEN 3
                WHEN q.bucket <= 18 THEN 2 ELSE 1 END AS rating
    FROM bookings b
    JOIN pitches p ON p.id = b.pitch_id
    CROSS JOIN LATERAL (
        SELECT least(19, greatest(0, (b.id * 13 + p.site_id * 5) % 20
                                     + CASE p.site_id WHEN 3 THEN 3 WHEN 4 THEN -3 ELSE 0 END)) AS bucket
    ) AS q
    WHERE NOT b.is_cancelled AND (b.id % 4 = 1 OR b.id % 7 = 3)
) AS r;
