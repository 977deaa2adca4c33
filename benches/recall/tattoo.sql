-- Tattoo and piercing studio group: operational schema.
-- The group runs six studios across the UK (London, Manchester, Bristol, Brighton,
-- Edinburgh, Leeds). Each artist belongs to a home studio, has a primary style and a
-- day rate; some artists also pierce, and dedicated piercers have no tattoo style.
-- Clients book consultations, then appointments (tattoo, piercing or touch-up) with a
-- length in minutes, a price and a deposit. Tattoo appointments usually follow a design
-- drawn by the artist. Clients send aftercare check-ins while healing. Payments record
-- deposits and balances against appointments (refunded deposits keep status 'refunded').
-- Studios also sell aftercare products, jewellery and merch over the counter, and
-- artists do guest spots at the group's other studios.
-- All money is stored in integer pence. Data covers January 2022 to mid 2025.

CREATE TABLE studios (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    city          text NOT NULL,
    address_line  text NOT NULL,
    postcode      text NOT NULL,
    opened_on     date NOT NULL,
    chair_count   integer NOT NULL,
    is_flagship   boolean NOT NULL DEFAULT false,
    phone         text,
    created_at    timestamp NOT NULL
);

CREATE TABLE styles (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text,
    created_at  timestamp NOT NULL
);

CREATE TABLE artists (
    id                integer PRIMARY KEY,
    studio_id         integer NOT NULL REFERENCES studios (id),
    style_id          integer REFERENCES styles (id),
    full_name         text NOT NULL,
    role              text NOT NULL CHECK (role IN ('tattooist', 'piercer', 'tattooist_piercer')),
    day_rate_pence    integer NOT NULL,
    instagram_handle  text,
    hired_on          date NOT NULL,
    left_on           date,
    status            text NOT NULL CHECK (status IN ('active', 'on_leave', 'left')),
    accepts_walk_ins  boolean NOT NULL DEFAULT false,
    created_at        timestamp NOT NULL
);

CREATE TABLE clients (
    id                integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    email             text NOT NULL UNIQUE,
    phone             text,
    city              text NOT NULL,
    date_of_birth     date NOT NULL,
    referral_source   text NOT NULL,
    marketing_opt_in  boolean NOT NULL DEFAULT false,
    allergy_notes     text,
    created_at        timestamp NOT NULL
);

CREATE TABLE designs (
    id              integer PRIMARY KEY,
    artist_id       integer NOT NULL REFERENCES artists (id),
    style_id        integer NOT NULL REFERENCES styles (id),
    title           text NOT NULL,
    body_placement  text NOT NULL,
    size_category   text NOT NULL CHECK (size_category IN ('small', 'medium', 'large', 'full_sleeve')),
    is_flash        boolean NOT NULL DEFAULT false,
    is_colour       boolean NOT NULL DEFAULT false,
    status          text NOT NULL CHECK (status IN ('draft', 'approved', 'archived')),
    created_at      timestamp NOT NULL
);

CREATE TABLE consultations (
    id                  integer PRIMARY KEY,
    client_id           integer NOT NULL REFERENCES clients (id),
    artist_id           integer NOT NULL REFERENCES artists (id),
    studio_id           integer NOT NULL REFERENCES studios (id),
    scheduled_at        timestamp NOT NULL,
    channel             text NOT NULL CHECK (channel IN ('in_studio', 'video', 'phone')),
    status              text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled', 'no_show')),
    quoted_price_pence  integer,
    notes               text,
    created_at          timestamp NOT NULL
);

CREATE TABLE appointments (
    id              integer PRIMARY KEY,
    client_id       integer NOT NULL REFERENCES clients (id),
    artist_id       integer NOT NULL REFERENCES artists (id),
    studio_id       integer NOT NULL REFERENCES studios (id),
    design_id       integer REFERENCES designs (id),
    service_type    text NOT NULL CHECK (service_type IN ('tattoo', 'piercing', 'touch_up')),
    starts_at       timestamp NOT NULL,
    length_minutes  integer NOT NULL,
    price_pence     integer NOT NULL,
    deposit_pence   integer NOT NULL DEFAULT 0,
    status          text NOT NULL CHECK (status IN ('booked', 'completed', 'cancelled', 'no_show')),
    created_at      timestamp NOT NULL
);

CREATE TABLE aftercare_checkins (
    id              integer PRIMARY KEY,
    appointment_id  integer NOT NULL REFERENCES appointments (id),
    checked_in_at   timestamp NOT NULL,
    channel         text NOT NULL,
    healing_status  text NOT NULL,
    pain_score      integer NOT NULL CHECK (pain_score BETWEEN 0 AND 10),
    photo_supplied  boolean NOT NULL DEFAULT false,
    notes           text,
    created_at      timestamp NOT NULL
);

CREATE TABLE payments (
    id              integer PRIMARY KEY,
    appointment_id  integer NOT NULL REFERENCES appointments (id),
    payment_type    text NOT NULL CHECK (payment_type IN ('deposit', 'balance')),
    method          text NOT NULL,
    amount_pence    integer NOT NULL,
    status          text NOT NULL CHECK (status IN ('paid', 'refunded')),
    paid_at         timestamp NOT NULL,
    created_at      timestamp NOT NULL
);

CREATE TABLE products (
    id           integer PRIMARY KEY,
    sku          text NOT NULL UNIQUE,
    name         text NOT NULL,
    category     text NOT NULL CHECK (category IN ('aftercare', 'jewellery', 'merch')),
    material     text,
    price_pence  integer NOT NULL,
    cost_pence   integer NOT NULL,
    is_active    boolean NOT NULL DEFAULT true,
    created_at   timestamp NOT NULL
);

CREATE TABLE product_sales (
    id                integer PRIMARY KEY,
    product_id        integer NOT NULL REFERENCES products (id),
    studio_id         integer NOT NULL REFERENCES studios (id),
    client_id         integer REFERENCES clients (id),
    quantity          integer NOT NULL CHECK (quantity > 0),
    unit_price_pence  integer NOT NULL,
    sold_at           timestamp NOT NULL,
    created_at        timestamp NOT NULL
);

CREATE TABLE guest_spots (
    id                  integer PRIMARY KEY,
    artist_id           integer NOT NULL REFERENCES artists (id),
    studio_id           integer NOT NULL REFERENCES studios (id),
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    status              text NOT NULL CHECK (status IN ('confirmed', 'completed', 'cancelled')),
    commission_percent  integer NOT NULL,
    notes               text,
    created_at          timestamp NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE INDEX ON artists (studio_id);
CREATE INDEX ON designs (artist_id);
CREATE INDEX ON consultations (client_id);
CREATE INDEX ON appointments (client_id);
CREATE INDEX ON appointments (artist_id);
CREATE INDEX ON appointments (starts_at);
CREATE INDEX ON aftercare_checkins (appointment_id);
CREATE INDEX ON payments (appointment_id);
CREATE INDEX ON product_sales (product_id);
CREATE INDEX ON guest_spots (artist_id);

-- ---------------------------------------------------------------- reference data

INSERT INTO studios (id, name, city, address_line, postcode, opened_on, chair_count, is_flagship, phone, created_at) VALUES
    (1, 'Ink & Iron Shoreditch', 'London',     '112 Curtain Road',      'EC2A 3AH', '2022-01-04', 8, true,  '020 7946 0112', '2021-12-01 10:00'),
    (2, 'Northern Needle',       'Manchester', '48 Oldham Street',      'M4 1LE',   '2022-02-14', 6, false, '0161 496 0048', '2022-01-20 10:00'),
    (3, 'Black Lotus',           'Bristol',    '9 Stokes Croft',        'BS1 3PL',  '2022-05-03', 5, false, '0117 496 0009', '2022-04-11 10:00'),
    (4, 'Salt & Sable',          'Brighton',   '27 Gardner Street',     'BN1 1UP',  '2022-09-12', 4, false, '01273 960027', '2022-08-15 10:00'),
    (5, 'Thistle Ink',           'Edinburgh',  '61 Cockburn Street',    'EH1 1BS',  '2023-03-01', 5, false, '0131 496 0061', '2023-02-01 10:00'),
    (6, 'Copper Crown',          'Leeds',      '15 Call Lane',          'LS1 7DH',  '2024-01-15', 3, false, '0113 496 0015', '2023-12-18 10:00');

INSERT INTO styles (id, name, description, created_at) VALUES
    (1,  'Traditional',     'Bold lines and a limited palette, American traditional flash', '2021-12-01 10:00'),
    (2,  'Neo-Traditional', 'Traditional foundations with richer colour and detail',       '2021-12-01 10:00'),
    (3,  'Blackwork',       'Solid black ink, heavy fills and patterns',                   '2021-12-01 10:00'),
    (4,  'Fine Line',       'Thin single-needle linework',                                 '2021-12-01 10:00'),
    (5,  'Realism',         'Photo-realistic portraits and nature pieces',                 '2021-12-01 10:00'),
    (6,  'Japanese',        'Irezumi-inspired large-scale work',                           '2021-12-01 10:00'),
    (7,  'Watercolour',     'Soft washes of colour without heavy outlines',                '2021-12-01 10:00'),
    (8,  'Geometric',       'Sacred geometry, mandalas and precise shapes',                '2021-12-01 10:00'),
    (9,  'Lettering',       'Script and custom typography',                                '2021-12-01 10:00'),
    (10, 'Dotwork',         'Stippled shading built from dots',                            '2021-12-01 10:00');

INSERT INTO artists (id, studio_id, style_id, full_name, role, day_rate_pence, instagram_handle, hired_on, left_on, status, accepts_walk_ins, created_at) VALUES
    (1,  1, 1,    'Marcus Hale',      'tattooist',         72000, '@marcushale.tattoo',  '2022-01-04', NULL,         'active',   true,  '2021-12-10 09:00'),
    (2,  1, 4,    'Priya Sandhu',     'tattooist',         68000, '@priya.fineline',     '2022-01-04', NULL,         'active',   false, '2021-12-10 09:05'),
    (3,  1, 5,    'Tom Okafor',       'tattooist',         85000, '@tomokafor.ink',      '2022-01-04', NULL,         'active',   false, '2021-12-10 09:10'),
    (4,  1, 6,    'Lena Novak',       'tattooist',         80000, '@lena.irezumi',       '2022-03-07', NULL,         'active',   false, '2022-02-21 11:00'),
    (5,  1, 3,    'Jess Whitlock',    'tattooist',         64000, '@jesswhitlock',       '2022-06-13', NULL,         'active',   true,  '2022-05-30 14:20'),
    (6,  1, NULL, 'Ruby Chen',        'piercer',           40000, '@rubypierces',        '2022-01-04', NULL,         'active',   true,  '2021-12-10 09:15'),
    (7,  1, 2,    'Danny Price',      'tattooist',         60000, '@dannyprice.neotrad', '2022-01-04', '2024-10-31', 'left',     false, '2021-12-10 09:20'),
    (8,  1, 7,    'Sofia Marin',      'tattooist',         62000, '@sofiamarin.wc',      '2023-04-03', NULL,         'active',   false, '2023-03-20 10:30'),
    (9,  2, 1,    'Callum Reid',      'tattooist',         58000, '@callumreid.trad',    '2022-02-14', NULL,         'active',   true,  '2022-02-01 09:00'),
    (10, 2, 4,    'Aisha Begum',      'tattooist',         56000, '@aisha.ink',          '2022-02-14', NULL,         'active',   false, '2022-02-01 09:05'),
    (11, 2, 3,    'Kieran Doyle',     'tattooist',         61000, '@kierandoyle.black',  '2022-08-01', NULL,         'active',   false, '2022-07-18 16:00'),
    (12, 2, 8,    'Hannah Moss',      'tattooist',         54000, '@hannahmoss.geo',     '2023-01-09', NULL,         'on_leave', false, '2022-12-19 12:00'),
    (13, 2, NULL, 'Jade Lowe',        'piercer',           38000, '@jadelowe.piercing',  '2022-02-14', NULL,         'active',   true,  '2022-02-01 09:10'),
    (14, 2, 5,    'Oliver Grant',     'tattooist',         74000, '@olivergrant.real',   '2024-02-05', NULL,         'active',   false, '2024-01-22 10:00'),
    (15, 3, 7,    'Ellie Brooks',     'tattooist',         52000, '@elliebrooks.art',    '2022-05-03', NULL,         'active',   false, '2022-04-20 09:00'),
    (16, 3, 10,   'Sam Ashworth',     'tattooist',         50000, '@sam.dots',           '2022-05-03', NULL,         'active',   true,  '2022-04-20 09:05'),
    (17, 3, 2,    'Nadia Rahman',     'tattooist',         57000, '@nadiarahman.tattoo', '2022-11-14', NULL,         'active',   false, '2022-10-31 15:00'),
    (18, 3, 9,    'Finn Gallagher',   'tattooist',         46000, '@finn.letters',       '2022-05-03', '2025-02-28', 'left',     true,  '2022-04-20 09:10'),
    (19, 3, 4,    'Maya Torres',      'tattooist_piercer', 48000, '@mayatorres.ink',     '2023-06-19', NULL,         'active',   true,  '2023-06-05 11:00'),
    (20, 4, 1,    'Ben Carter',       'tattooist',         53000, '@bencarter.tattoos',  '2022-09-12', NULL,         'active',   true,  '2022-08-29 09:00'),
    (21, 4, 8,    'Zoe Fairweather',  'tattooist_piercer', 49000, '@zoe.fairweather',    '2022-09-12', NULL,         'active',   true,  '2022-08-29 09:05'),
    (22, 4, 6,    'Rhys Morgan',      'tattooist',         66000, '@rhysmorgan.horimono','2023-09-04', NULL,         'active',   false, '2023-08-21 13:00'),
    (23, 5, 3,    'Isla MacLeod',     'tattooist',         55000, '@isla.blackwork',     '2023-03-01', NULL,         'active',   false, '2023-02-13 09:00'),
    (24, 5, 5,    'Ewan Fraser',      'tattooist',         70000, '@ewanfraser.realism', '2023-03-01', NULL,         'active',   false, '2023-02-13 09:05'),
    (25, 5, NULL, 'Mhairi Ross',      'piercer',           36000, '@mhairi.pierces',     '2023-03-01', NULL,         'active',   true,  '2023-02-13 09:10'),
    (26, 5, 4,    'Grace Lindqvist',  'tattooist',         51000, '@grace.lindqvist',    '2024-05-13', NULL,         'on_leave', false, '2024-04-29 10:00'),
    (27, 6, 2,    'Leo Hartley',      'tattooist',         59000, '@leohartley.ink',     '2024-01-15', NULL,         'active',   true,  '2024-01-02 09:00'),
    (28, 6, 10,   'Amara Osei',       'tattooist',         47000, '@amaraosei.dotwork',  '2024-01-15', NULL,         'active',   false, '2024-01-02 09:05');

INSERT INTO products (id, sku, name, category, material, price_pence, cost_pence, is_active, created_at) VALUES
    (1,  'AC-HB150',  'Hustle Butter Deluxe 150ml',      'aftercare', NULL,             1800,  820, true,  '2021-12-15 12:00'),
    (2,  'AC-GOO',    'Tattoo Goo Balm',                 'aftercare', NULL,             1200,  480, true,  '2021-12-15 12:00'),
    (3,  'AC-SANI5',  'Second-Skin Wrap (5 pack)',       'aftercare', NULL,             1500,  600, true,  '2021-12-15 12:00'),
    (4,  'AC-WASH',   'Fragrance-Free Wash 250ml',       'aftercare', NULL,              900,  310, true,  '2021-12-15 12:00'),
    (5,  'AC-SALINE', 'Piercing Saline Spray 100ml',     'aftercare', NULL,              800,  250, true,  '2021-12-15 12:00'),
    (6,  'AC-SPF50',  'SPF50 Tattoo Sun Stick',          'aftercare', NULL,             1400,  560, true,  '2022-04-01 12:00'),
    (7,  'AC-FOAM',   'Healing Foam 50ml',               'aftercare', NULL,             1100,  420, false, '2021-12-15 12:00'),
    (8,  'AC-KIT',    'Ear Piercing Healing Kit',        'aftercare', NULL,             1900,  700, true,  '2022-06-01 12:00'),
    (9,  'JW-LAB12',  'Titanium Labret Stud 1.2mm',      'jewellery', 'titanium',       2500,  700, true,  '2021-12-15 12:00'),
    (10, 'JW-CLK8',   'Titanium Clicker Ring 8mm',       'jewellery', 'titanium',       3500, 1100, true,  '2021-12-15 12:00'),
    (11, 'JW-G14SR',  '14k Gold Seam Ring',              'jewellery', '14k gold',      12000, 5200, true,  '2021-12-15 12:00'),
    (12, 'JW-SSB16',  'Surgical Steel Barbell 1.6mm',    'jewellery', 'surgical steel', 1500,  300, true,  '2021-12-15 12:00'),
    (13, 'JW-FBGEM',  'Titanium Flat Back Gem',          'jewellery', 'titanium',       3000,  950, true,  '2021-12-15 12:00'),
    (14, 'JW-NBCBR',  'Niobium Captive Bead Ring',       'jewellery', 'niobium',        2200,  640, false, '2021-12-15 12:00'),
    (15, 'JW-G14OP',  '14k Gold Opal Cluster',           'jewellery', '14k gold',      18500, 8100, true,  '2022-09-01 12:00'),
    (16, 'JW-SEPT',   'Titanium Septum Clicker',         'jewellery', 'titanium',       4000, 1300, true,  '2021-12-15 12:00'),
    (17, 'JW-SSCB',   'Surgical Steel Curved Barbell',   'jewellery', 'surgical steel', 1600,  320, true,  '2021-12-15 12:00'),
    (18, 'MR-TEE',    'Studio Logo T-Shirt',             'merch',     NULL,             2200,  750, true,  '2021-12-15 12:00'),
    (19, 'MR-HOOD',   'Studio Hoodie',                   'merch',     NULL,             4500, 1800, true,  '2021-12-15 12:00'),
    (20, 'MR-PINS',   'Enamel Pin Set',                  'merch',     NULL,              900,  250, true,  '2022-03-01 12:00'),
    (21, 'MR-PRINT',  'Flash Print A3',                  'merch',     NULL,             3000,  400, true,  '2021-12-15 12:00'),
    (22, 'MR-TOTE',   'Canvas Tote Bag',                 'merch',     NULL,             1200,  380, false, '2021-12-15 12:00'),
    (23, 'MR-STICK',  'Sticker Pack',                    'merch',     NULL,              500,   90, true,  '2021-12-15 12:00'),
    (24, 'MR-BOOK',   'Studio Art Book Vol. 1',          'merch',     NULL,             2800, 1150, true,  '2023-05-01 12:00'),
    (25, 'JW-NOSE8',  'Titanium Nostril Hoop 8mm',       'jewellery', 'titanium',       2800,  850, true,  '2025-06-23 12:00'),
    (26, 'MR-GLOW',   'Glow Flash Tee',                  'merch',     NULL,             2600,  900, true,  '2025-06-16 12:00');

-- ---------------------------------------------------------------- clients

INSERT INTO clients (id, first_name, last_name, email, phone, city, date_of_birth, referral_source, marketing_opt_in, allergy_notes, created_at)
SELECT i,
       fn,
       ln,
       lower(fn) || '.' || lower(replace(ln, '''', '')) || i || '@' || (ARRAY['gmail.com','outlook.com','yahoo.co.uk','icloud.com','hotmail.co.uk'])[1 + (i * i) % 5],
       CASE WHEN i % 13 = 0 THEN NULL ELSE '07' || lpad(((i * 7919 + 1234567) % 1000000000)::text, 9, '0') END,
       (ARRAY['London','London','Manchester','Bristol','London','Brighton','Leeds','Edinburgh','Manchester','Glasgow',
              'London','Bristol','Sheffield','Liverpool','Brighton','Manchester','Oxford','London','Cardiff','Edinburgh'])[1 + (i * i * 3 + i * 7) % 20],
       date '1968-03-01' + ((i * 2693) % 13500),
       (ARRAY['instagram','friend','instagram','google','walk_in','tiktok','instagram','friend','google','returning_client','instagram'])[1 + (i * i * 3 + i / 4) % 11],
       ((i * i * 7 + i * 3 + i / 3) % 17 < 11),
       CASE WHEN i % 17 = 0 THEN 'Latex allergy'
            WHEN i % 29 = 0 THEN 'Sensitive to nickel'
            WHEN i % 41 = 0 THEN 'Eczema on arms' END,
       created_at
FROM (SELECT row_number() OVER (ORDER BY ts, k)::int AS i, ts AS created_at
      FROM (SELECT k,
                   timestamp '2022-01-03 09:00'
                     + greatest(0, floor(1256 * (0.4 * (k - 1) / 300.0 + 0.6 * sqrt((k - 1) / 300.0)))::int
                                   + (k * k * 7) % 15 - 7) * interval '1 day'
                     + ((k * 37) % 540) * interval '1 minute' AS ts
            FROM generate_series(1, 300) AS k) AS raw) AS c,
     LATERAL (SELECT (ARRAY['Olivia','Jack','Amelia','Harry','Isla','Noah','Ava','George','Mia','Leo','Freya','Oscar',
                            'Lily','Charlie','Grace','Alfie','Sophie','Jacob','Evie','Thomas','Chloe','James','Ella','Ruby',
                            'Archie','Poppy','Max','Daisy','Joshua','Millie','Ethan','Zara','Kai','Niamh','Rory','Aaliyah',
                            'Luca','Ivy','Finley','Hollie','Arjun','Megan','Tyler'])[1 + (i * 11) % 43] AS fn,
                     (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson',
                            'Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',
                            'Clarke','Khan','Hughes','Edwards','Murphy','Campbell','O''Brien','Kelly','Ali','Lewis',
                            'Harris','Martin','Cooper','Ward','Morris','Nguyen','Kaur'])[1 + (i * 13) % 37] AS ln) AS n;

-- ---------------------------------------------------------------- designs

INSERT INTO designs (id, artist_id, style_id, title, body_placement, size_category, is_flash, is_colour, status, created_at)
SELECT b.i,
       a.id,
       a.style_id,
       (ARRAY['Swallow','Peony','Koi','Dagger','Moth','Wolf','Snake','Rose','Crane','Mandala','Tiger','Skull',
              'Lotus','Raven','Fern','Moon Phase','Lighthouse','Hand of Fate','Stag','Serpent'])[1 + (b.i * 7) % 20]
         || ' ' || (ARRAY['Study','Sleeve Panel','Piece','Flash','Script','Composition','Sketch'])[1 + (b.i * 3) % 7],
       (ARRAY['forearm','upper arm','back','chest','ribs','thigh','calf','ankle','wrist','shoulder','neck','hand','forearm','upper arm'])[1 + (b.i * b.i + b.i * 5) % 14],
       (ARRAY['small','medium','small','large','medium','small','full_sleeve','medium','large','small','medium'])[1 + (b.i * b.i * 2 + b.i / 3) % 11],
       (b.i % 4 = 0),
       (a.style_id IN (2, 5, 6, 7) OR b.i % 6 = 0),
       CASE WHEN b.i % 15 = 0 THEN 'archived' WHEN b.i > 205 AND b.i % 3 = 0 THEN 'draft' ELSE 'approved' END,
       b.ts
FROM (SELECT i,
             timestamp '2022-01-04 11:00' + floor(1255 * (0.5 * (i - 0.5) / 220 + 0.5 * sqrt((i - 0.5) / 220))) * interval '1 day'
               + ((i * 53) % 420) * interval '1 minute' AS ts
      FROM generate_series(1, 220) AS i) AS b
CROSS JOIN LATERAL (
      SELECT arr[1 + (b.i * b.i * 3 + b.i * 5) % cardinality(arr)] AS artist_id
      FROM (SELECT array_agg(ar.id ORDER BY ar.id) AS arr
            FROM artists ar
            WHERE ar.role <> 'piercer' AND ar.hired_on <= b.ts::date
              AND (ar.left_on IS NULL OR ar.left_on > b.ts::date)) AS x) AS pick
JOIN artists a ON a.id = pick.artist_id;

-- ---------------------------------------------------------------- guest spots

INSERT INTO guest_spots (id, artist_id, studio_id, starts_on, ends_on, status, commission_percent, notes, created_at)
SELECT b.i,
       a.id,
       host.studio_id,
       b.d,
       b.d + (2 + b.i % 5),
       CASE WHEN b.d > date '2025-06-30' THEN 'confirmed'
            WHEN b.i % 7 = 0 THEN 'cancelled'
            ELSE 'completed' END,
       (ARRAY[25, 30, 30, 35, 40, 20, 30])[1 + b.i % 7],
       (ARRAY['Flash day on the Saturday', NULL, 'Books opened on Instagram', NULL, 'Covering for a chair vacancy', NULL, 'Convention weekend'])[1 + (b.i * 3) % 7],
       b.d - (20 + b.i % 25)
FROM (SELECT i, date '2022-03-01' + (i * 40 + (i * 17) % 13) AS d FROM generate_series(1, 32) AS i) AS b
CROSS JOIN LATERAL (
      SELECT arr[1 + (b.i * b.i * 5 + b.i) % cardinality(arr)] AS artist_id
      FROM (SELECT array_agg(ar.id ORDER BY ar.id) AS arr
            FROM artists ar
            WHERE ar.role <> 'piercer' AND ar.hired_on <= b.d
              AND (ar.left_on IS NULL OR ar.left_on > b.d + 7)) AS x) AS pick
JOIN artists a ON a.id = pick.artist_id
CROSS JOIN LATERAL (
      SELECT arr[1 + (b.i * 3) % cardinality(arr)] AS studio_id
      FROM (SELECT array_agg(s.id ORDER BY s.id) AS arr
            FROM studios s
            WHERE s.opened_on <= b.d AND s.id <> a.studio_id) AS y) AS host
ORDER BY b.i;

-- ---------------------------------------------------------------- consultations

INSERT INTO consultations (id, client_id, artist_id, studio_id, scheduled_at, channel, status, quoted_price_pence, notes, created_at)
WITH base AS (
    SELECT i,
           sched,
           greatest(sched - (2 + (i * 7) % 12) * interval '1 day', timestamp '2022-01-03 12:00') AS booked
    FROM (SELECT i,
                 timestamp '2022-01-04' + least(1272, greatest(0,
                     floor(1273 * (0.5 * (i - 0.5) / 380 + 0.5 * sqrt((i - 0.5) / 380)))::int + (i * 31) % 7 - 3)) * interval '1 day'
                   + (10 + (i * 5) % 8) * interval '1 hour' AS sched
          FROM generate_series(1, 380) AS i) AS g
)
SELECT b.i,
       c.client_id,
       a.id,
       a.studio_id,
       b.sched,
       (ARRAY['in_studio','video','in_studio','phone','in_studio','video','in_studio'])[1 + (b.i * 3) % 7],
       st.status,
       CASE WHEN st.status = 'completed'
            THEN (round(a.day_rate_pence * (ARRAY[0.25, 0.5, 0.75, 1, 1.5, 2, 3, 0.5, 1])[1 + (b.i * 5) % 9] / 500) * 500)::int END,
       (ARRAY['Wants to cover an old tattoo', NULL, 'Bringing reference photos', 'First tattoo, nervous about pain',
              NULL, 'Discussed placement and sizing', 'Multi-session sleeve plan', NULL, 'Asked about colour fading'])[1 + (b.i * 7) % 9],
       b.booked
FROM base b
CROSS JOIN LATERAL (
      SELECT arr[1 + (b.i * b.i * 11 + b.i * 3 + b.i / 9) % cardinality(arr)] AS artist_id
      FROM (SELECT array_agg(ar.id ORDER BY ar.id) AS arr
            FROM artists ar
            WHERE ar.role <> 'piercer' AND ar.hired_on <= b.sched::date
              AND (ar.left_on IS NULL OR ar.left_on > b.sched::date)) AS x) AS pa
JOIN artists a ON a.id = pa.artist_id
CROSS JOIN LATERAL (
      SELECT arr[1 + (b.i * b.i * 5 + b.i * 17 + b.i / 4) % cardinality(arr)] AS client_id
      FROM (SELECT array_agg(cl.id ORDER BY cl.id) AS arr
            FROM clients cl WHERE cl.created_at <= b.booked) AS y) AS c
CROSS JOIN LATERAL (
      SELECT CASE WHEN b.sched >= timestamp '2025-06-01' THEN 'scheduled'
                  WHEN b.i % 13 = 0 THEN 'cancelled'
                  WHEN b.i % 19 = 0 THEN 'no_show'
                  ELSE 'completed' END AS status) AS st
ORDER BY b.i;

-- ---------------------------------------------------------------- appointments

INSERT INTO appointments (id, client_id, artist_id, studio_id, design_id, service_type, starts_at, length_minutes, price_pence, deposit_pence, status, created_at)
WITH days AS (
    SELECT i,
           least(1272, greatest(0,
               floor(1273 * (0.45 * (i - 0.5) / 900 + 0.55 * sqrt((i - 0.5) / 900)))::int + (i * 37) % 9 - 4)) AS d
    FROM generate_series(1, 900) AS i
), base AS (
    SELECT i,
           starts_at,
           greatest(starts_at - (3 + (i * 11) % 40) * interval '1 day' - ((i * 13) % 300) * interval '1 minute',
                    timestamp '2022-01-03 12:00') AS booked
    FROM (SELECT i,
                 timestamp '2022-01-04'
                   + (d + CASE WHEN extract(dow FROM date '2022-01-04' + d) = 0 THEN 1 ELSE 0 END) * interval '1 day'
                   + (10 + (i * 7) % 8) * interval '1 hour' + (i % 2) * interval '30 minutes' AS starts_at
          FROM days) AS s
), picked AS (
    SELECT b.i, b.starts_at, b.booked,
           a.id AS artist_id, a.studio_id, a.role, a.day_rate_pence,
           c.client_id,
           CASE WHEN a.role = 'piercer' THEN 'piercing'
                WHEN a.role = 'tattooist_piercer' AND b.i % 3 = 0 THEN 'piercing'
                WHEN b.i % 9 = 0 OR b.i % 25 = 0 THEN 'touch_up'
                ELSE 'tattoo' END AS service_type
    FROM base b
    CROSS JOIN LATERAL (
          SELECT arr[1 + (b.i * b.i * 13 + b.i * 7 + b.i / 5) % cardinality(arr)] AS artist_id
          FROM (SELECT array_agg(ar.id ORDER BY ar.id) AS arr
                FROM artists ar
                WHERE ar.hired_on <= b.starts_at::date
                  AND (ar.left_on IS NULL OR ar.left_on > b.starts_at::date)) AS x) AS pa
    JOIN artists a ON a.id = pa.artist_id
    CROSS JOIN LATERAL (
          SELECT arr[1 + (b.i * b.i * 7 + b.i * 3 + b.i / 11) % cardinality(arr)] AS client_id
          FROM (SELECT array_agg(cl.id ORDER BY cl.id) AS arr
                FROM clients cl WHERE cl.created_at <= b.booked) AS y) AS c
), with_design AS (
    SELECT p.*,
           dz.design_id,
           dz.size_category
    FROM picked p
    LEFT JOIN LATERAL (
          SELECT ds.id AS design_id, ds.size_category
          FROM designs ds
          WHERE p.service_type <> 'piercing' AND p.i % 8 <> 0
            AND ds.id = (SELECT (array_agg(d2.id ORDER BY d2.id))[1 + (p.i * 5) % nullif(count(*), 0)]
                         FROM designs d2
                         WHERE d2.artist_id = p.artist_id AND d2.status <> 'draft'
                           AND d2.created_at <= p.booked)) AS dz ON true
), sized AS (
    SELECT w.*,
           CASE w.service_type
             WHEN 'piercing' THEN (ARRAY[20, 30, 30, 45, 20, 30])[1 + w.i % 6]
             WHEN 'touch_up' THEN (ARRAY[30, 45, 60, 45])[1 + w.i % 4]
             ELSE CASE w.size_category
                    WHEN 'small'       THEN (ARRAY[60, 90, 120, 90])[1 + w.i % 4]
                    WHEN 'medium'      THEN (ARRAY[150, 180, 240, 180, 210])[1 + w.i % 5]
                    WHEN 'large'       THEN (ARRAY[240, 300, 360, 300])[1 + w.i % 4]
                    WHEN 'full_sleeve' THEN (ARRAY[360, 420, 480])[1 + w.i % 3]
                    ELSE (ARRAY[60, 90, 120, 150, 90])[1 + w.i % 5]
                  END
           END AS length_minutes
    FROM with_design w
), priced AS (
    SELECT s.*,
           CASE s.service_type
             WHEN 'piercing' THEN (ARRAY[3000, 3500, 4000, 4500, 5500, 3500, 4000])[1 + (s.i * 3) % 7]
             WHEN 'touch_up' THEN CASE WHEN s.i % 2 = 0 THEN 0 ELSE 4000 END
             ELSE least(s.day_rate_pence, (round(s.day_rate_pence * s.length_minutes / 420.0 / 500) * 500)::int)
           END AS price_pence
    FROM sized s
)
SELECT pr.i,
       pr.client_id,
       pr.artist_id,
       pr.studio_id,
       pr.design_id,
       pr.service_type,
       pr.starts_at,
       pr.length_minutes,
       pr.price_pence,
       CASE WHEN pr.service_type <> 'tattoo' THEN 0
            WHEN pr.price_pence >= 30000 THEN 10000
            WHEN pr.price_pence >= 10000 THEN 5000
            ELSE 2500 END,
       CASE WHEN pr.starts_at >= timestamp '2025-06-01' THEN 'booked'
            WHEN pr.i % 17 = 0 OR pr.i % 29 = 0 THEN 'cancelled'
            WHEN pr.i % 23 = 0 OR (pr.service_type = 'piercing' AND pr.i % 14 = 0) THEN 'no_show'
            ELSE 'completed' END,
       pr.booked
FROM priced pr
ORDER BY pr.i;

-- Appointments that fall inside a completed guest spot take place at the host studio.
UPDATE appointments ap
SET studio_id = g.studio_id
FROM guest_spots g
WHERE g.artist_id = ap.artist_id
  AND g.status = 'completed'
  AND ap.starts_at::date BETWEEN g.starts_on AND g.ends_on;

-- ---------------------------------------------------------------- payments

INSERT INTO payments (id, appointment_id, payment_type, method, amount_pence, status, paid_at, created_at)
SELECT row_number() OVER (ORDER BY x.paid_at, x.appointment_id, x.seq),
       x.appointment_id, x.payment_type, x.method, x.amount_pence, x.status, x.paid_at, x.paid_at
FROM (
    SELECT ap.id AS appointment_id, 1 AS seq, 'deposit' AS payment_type,
           (ARRAY['card','card','bank_transfer','card','card','bank_transfer','card'])[1 + ap.id % 7] AS method,
           ap.deposit_pence AS amount_pence,
           CASE WHEN ap.status = 'cancelled' AND ap.id % 2 = 0 THEN 'refunded' ELSE 'paid' END AS status,
           ap.created_at + ((5 + ap.id % 50) * interval '1 minute') AS paid_at
    FROM appointments ap
    WHERE ap.deposit_pence > 0
    UNION ALL
    SELECT ap.id, 2, 'balance',
           (ARRAY['card','card','cash','card','bank_transfer','card','gift_voucher','cash','card','card','cash'])[1 + (ap.id * 5) % 11],
           ap.price_pence - ap.deposit_pence,
           'paid',
           ap.starts_at + ap.length_minutes * interval '1 minute' + ((ap.id % 9) * interval '1 minute')
    FROM appointments ap
    WHERE ap.status = 'completed' AND ap.price_pence - ap.deposit_pence > 0
) AS x;

-- ---------------------------------------------------------------- aftercare check-ins

INSERT INTO aftercare_checkins (id, appointment_id, checked_in_at, channel, healing_status, pain_score, photo_supplied, notes, created_at)
SELECT row_number() OVER (ORDER BY ap.id, k),
       ap.id,
       ap.starts_at + (k * 7 - 4 + ap.id % 3) * interval '1 day' + ((ap.id * 13) % 600) * interval '1 minute',
       (ARRAY['whatsapp','email','whatsapp','in_person','phone','whatsapp','email'])[1 + (ap.id + k) % 7],
       (ARRAY['healing_well','healing_well','itchy','healing_well','minor_irritation','healing_well',
              'touch_up_needed','healing_well','peeling','healing_well','infection_concern','itchy','healing_well'])[1 + (ap.id * 7 + k * 3) % 13],
       greatest(0, (ap.id * 3 + k * 5) % 9 - k),
       ((ap.id + k) % 3 = 0),
       (ARRAY[NULL, 'Some redness around the edges', NULL, 'Using the balm twice a day', NULL, NULL, 'Scabbing on the shading', 'All good, thanks!'])[1 + (ap.id * 5 + k) % 8],
       ap.starts_at + (k * 7 - 4 + ap.id % 3) * interval '1 day' + ((ap.id * 13) % 600) * interval '1 minute'
FROM appointments ap
CROSS JOIN LATERAL generate_series(1, (ARRAY[0, 1, 2, 1, 0, 1, 2, 3, 1])[1 + ap.id % 9]) AS k
WHERE ap.status = 'completed' AND ap.service_type IN ('tattoo', 'piercing');

-- ---------------------------------------------------------------- product sales

INSERT INTO product_sales (id, product_id, studio_id, client_id, quantity, unit_price_pence, sold_at, created_at)
WITH base AS (
    SELECT i,
           timestamp '2022-01-04' + least(1272, greatest(0,
               floor(1273 * (0.4 * (i - 0.5) / 650 + 0.6 * sqrt((i - 0.5) / 650)))::int + (i * 19) % 11 - 5)) * interval '1 day'
             + interval '11 hours' + ((i * 29) % 480) * interval '1 minute' AS sold_at,
           1 + (i * i * 7 + i * 11 + i / 13) % 24 AS raw_product_id
    FROM generate_series(1, 650) AS i
)
SELECT b.i,
       pr.id,
       st.studio_id,
       CASE WHEN b.i % 4 = 0 THEN NULL ELSE c.client_id END,
       CASE WHEN b.i % 11 = 0 THEN 3 WHEN b.i % 4 = 1 AND b.i % 3 = 0 THEN 2 ELSE 1 END,
       pr.price_pence,
       b.sold_at,
       b.sold_at
FROM base b
JOIN products rp ON rp.id = b.raw_product_id
JOIN products pr ON pr.id = CASE WHEN rp.created_at > b.sold_at
                                   OR (NOT rp.is_active AND b.sold_at > timestamp '2024-06-30')
                                 THEN 1 + b.i % 5 ELSE rp.id END
CROSS JOIN LATERAL (
      SELECT arr[1 + (b.i * b.i * 3 + b.i + b.i / 7) % cardinality(arr)] AS studio_id
      FROM (SELECT array_agg(s.id ORDER BY s.id) AS arr
            FROM studios s WHERE s.opened_on <= b.sold_at::date) AS x) AS st
CROSS JOIN LATERAL (
      SELECT arr[1 + (b.i * 13 + b.i * b.i) % cardinality(arr)] AS client_id
      FROM (SELECT array_agg(cl.id ORDER BY cl.id) AS arr
            FROM clients cl WHERE cl.created_at <= b.sold_at) AS y) AS c
ORDER BY b.i;
