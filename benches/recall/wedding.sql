-- Ever After Events: schema of our wedding planning agency (operational database).
-- Couples come to us through consultations with a planner; once they book, we plan one
-- wedding for them: date, venue, expected guest count and the couple's overall budget.
-- We book outside vendors (florists, caterers, photographers, bands, DJs, cake makers,
-- videographers, hair and makeup) for each wedding at an agreed price, keep the guest list
-- with RSVPs and meal choices, collect payments from the couple in instalments, and track
-- the planners' to-do tasks for each wedding. Couples may leave a review afterwards.
-- Amounts are in GBP. Data snapshot taken on 2025-06-30.

CREATE TABLE venues (
    venue_id          integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    city              text NOT NULL,
    venue_type        text NOT NULL,
    capacity          integer NOT NULL,
    hire_fee          numeric(10,2) NOT NULL,
    has_accommodation boolean NOT NULL DEFAULT false,
    is_outdoor        boolean NOT NULL DEFAULT false,
    contact_email     text,
    added_on          date NOT NULL
);

CREATE TABLE vendor_categories (
    vendor_category_id integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    description        text
);

CREATE TABLE vendors (
    vendor_id          integer PRIMARY KEY,
    vendor_category_id integer NOT NULL REFERENCES vendor_categories (vendor_category_id),
    name               text NOT NULL UNIQUE,
    city               text NOT NULL,
    contact_email      text,
    phone              text,
    rating             numeric(2,1),
    base_price         numeric(10,2) NOT NULL,
    is_preferred       boolean NOT NULL DEFAULT false,
    joined_on          date NOT NULL
);

CREATE TABLE planners (
    planner_id      integer PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text NOT NULL UNIQUE,
    phone           text,
    role            text NOT NULL,
    hired_on        date NOT NULL,
    is_active       boolean NOT NULL DEFAULT true,
    commission_rate numeric(4,2) NOT NULL
);

CREATE TABLE couples (
    couple_id        integer PRIMARY KEY,
    partner_one_name text NOT NULL,
    partner_two_name text NOT NULL,
    email            text NOT NULL,
    phone            text,
    home_city        text NOT NULL,
    referral_source  text NOT NULL,
    created_at       timestamp NOT NULL
);

CREATE TABLE weddings (
    wedding_id    integer PRIMARY KEY,
    couple_id     integer NOT NULL UNIQUE REFERENCES couples (couple_id),
    venue_id      integer NOT NULL REFERENCES venues (venue_id),
    planner_id    integer NOT NULL REFERENCES planners (planner_id),
    wedding_date  date NOT NULL,
    guest_count   integer NOT NULL,
    budget        numeric(10,2) NOT NULL,
    ceremony_type text NOT NULL,
    status        text NOT NULL,
    booked_at     timestamp NOT NULL,
    notes         text
);

CREATE TABLE vendor_bookings (
    vendor_booking_id integer PRIMARY KEY,
    wedding_id        integer NOT NULL REFERENCES weddings (wedding_id),
    vendor_id         integer NOT NULL REFERENCES vendors (vendor_id),
    agreed_price      numeric(10,2) NOT NULL,
    status            text NOT NULL,
    booked_on         date NOT NULL,
    deposit_paid      boolean NOT NULL DEFAULT false,
    notes             text,
    UNIQUE (wedding_id, vendor_id)
);

CREATE TABLE guests (
    guest_id             integer PRIMARY KEY,
    wedding_id           integer NOT NULL REFERENCES weddings (wedding_id),
    first_name           text NOT NULL,
    last_name            text NOT NULL,
    relationship         text NOT NULL,
    age_group            text NOT NULL,
    is_plus_one          boolean NOT NULL DEFAULT false,
    rsvp_status          text NOT NULL,
    meal_choice          text,
    dietary_requirements text,
    needs_accommodation  boolean NOT NULL DEFAULT false,
    responded_at         timestamp
);

CREATE TABLE payments (
    payment_id   integer PRIMARY KEY,
    wedding_id   integer NOT NULL REFERENCES weddings (wedding_id),
    paid_at      timestamp NOT NULL,
    amount       numeric(10,2) NOT NULL,
    payment_type text NOT NULL,
    method       text NOT NULL,
    status       text NOT NULL,
    reference    text NOT NULL UNIQUE
);

CREATE TABLE tasks (
    task_id      integer PRIMARY KEY,
    wedding_id   integer NOT NULL REFERENCES weddings (wedding_id),
    planner_id   integer NOT NULL REFERENCES planners (planner_id),
    title        text NOT NULL,
    priority     text NOT NULL,
    status       text NOT NULL,
    due_date     date NOT NULL,
    completed_at timestamp
);

CREATE TABLE consultations (
    consultation_id  integer PRIMARY KEY,
    couple_id        integer NOT NULL REFERENCES couples (couple_id),
    planner_id       integer NOT NULL REFERENCES planners (planner_id),
    scheduled_at     timestamp NOT NULL,
    meeting_type     text NOT NULL,
    duration_minutes integer NOT NULL,
    was_attended     boolean NOT NULL,
    notes            text
);

CREATE TABLE reviews (
    review_id       integer PRIMARY KEY,
    wedding_id      integer NOT NULL UNIQUE REFERENCES weddings (wedding_id),
    rating          integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    would_recommend boolean NOT NULL,
    comment         text,
    submitted_at    timestamp NOT NULL
);

-- Reference data -------------------------------------------------------------------------

INSERT INTO venues (venue_id, name, city, venue_type, capacity, hire_fee, has_accommodation, is_outdoor, contact_email, added_on) VALUES
 (1,  'Thornbury Manor',         'Bath',       'country house', 180,  8500.00, true,  false, 'events@thornburymanor.co.uk',   '2022-01-10'),
 (2,  'Willow Creek Barn',       'Stroud',     'barn',          150,  5200.00, false, false, 'hello@willowcreekbarn.co.uk',   '2022-01-10'),
 (3,  'The Grand Regent Hotel',  'London',     'hotel',         250, 12500.00, true,  false, 'weddings@grandregent.co.uk',    '2022-01-17'),
 (4,  'Hartwell Castle',         'Cardiff',    'castle',        200, 14000.00, true,  false, 'events@hartwellcastle.co.uk',   '2022-02-03'),
 (5,  'Seaview Terrace',         'Brighton',   'beach',         120,  6100.00, false, true,  'book@seaviewterrace.co.uk',     '2022-02-14'),
 (6,  'Oakridge Vineyard',       'Guildford',  'vineyard',      140,  7400.00, false, true,  'events@oakridgevineyard.co.uk', '2022-03-01'),
 (7,  'The Old Mill',            'Bristol',    'barn',          110,  4600.00, false, false, 'info@theoldmillbristol.co.uk',  '2022-03-21'),
 (8,  'Rosehill Gardens',        'Oxford',     'garden',        160,  5800.00, false, true,  'weddings@rosehillgardens.co.uk','2022-04-04'),
 (9,  'St Aldric''s Hall',       'Cambridge',  'historic hall', 130,  6900.00, false, false, 'hire@staldricshall.org.uk',     '2022-05-09'),
 (10, 'Lakeside Lodge',          'Windermere', 'country house',  90,  5500.00, true,  true,  'stay@lakesidelodge.co.uk',      '2022-06-13'),
 (11, 'The Glasshouse',          'Manchester', 'city venue',    220,  9800.00, false, false, 'events@theglasshousemcr.co.uk', '2022-01-24'),
 (12, 'Foxley Farm',             'Cheltenham', 'barn',          170,  4900.00, false, false, 'weddings@foxleyfarm.co.uk',     '2022-02-21'),
 (13, 'Marlow Riverside',        'Marlow',     'hotel',         140,  8800.00, true,  false, 'events@marlowriverside.co.uk',  '2022-03-14'),
 (14, 'Coastline Cove',          'St Ives',    'beach',          80,  4200.00, false, true,  'hello@coastlinecove.co.uk',     '2022-04-25'),
 (15, 'Harrowgate House',        'York',       'country house', 190,  9200.00, true,  false, 'events@harrowgatehouse.co.uk',  '2022-05-16'),
 (16, 'The Ivy Orangery',        'Bath',       'garden',        100,  6400.00, false, true,  'weddings@ivyorangery.co.uk',    '2022-06-20'),
 (17, 'Kingsmere Hotel',         'Birmingham', 'hotel',         230, 10400.00, true,  false, 'weddings@kingsmerehotel.co.uk', '2022-07-11'),
 (18, 'Bramble Cottage Gardens', 'Stroud',     'garden',         60,  3200.00, false, true,  'bramblecottage@example.co.uk',  '2024-09-30');

INSERT INTO vendor_categories (vendor_category_id, name, description) VALUES
 (1, 'Florist',         'Bouquets, buttonholes, table centrepieces and ceremony flowers'),
 (2, 'Caterer',         'Wedding breakfast, canapes and evening food, priced per head'),
 (3, 'Photographer',    'Full-day or part-day wedding photography'),
 (4, 'Band',            'Live music for the ceremony, drinks reception or evening party'),
 (5, 'DJ',              'Evening disco and sound system'),
 (6, 'Cake maker',      'Wedding cakes and dessert tables'),
 (7, 'Videographer',    'Wedding films and highlight reels'),
 (8, 'Hair and makeup', 'Hair styling and makeup for the couple and wedding party');

INSERT INTO vendors (vendor_id, vendor_category_id, name, city, contact_email, phone, rating, base_price, is_preferred, joined_on)
SELECT i,
       cat,
       nm,
       (ARRAY['Bath','Bristol','London','Oxford','Cheltenham','Brighton','Cardiff','Manchester','Stroud','Guildford','York'])[1 + (i * 7) % 11],
       'bookings@' || lower(regexp_replace(nm, '[^A-Za-z]', '', 'g')) || '.co.uk',
       '07' || lpad(((i * 7919) % 1000000000)::text, 9, '0'),
       CASE WHEN i % 13 = 6 THEN NULL ELSE 3.4 + ((i * 7) % 17) / 10.0 END,
       (ARRAY[650, 45, 1500, 1900, 700, 320, 1700, 480])[cat] * (1 + (i % 5) / 10.0),
       (i * 5) % 7 IN (0, 3),
       date '2022-01-10' + (i * 23) % 1100
FROM (
    SELECT i,
           CASE WHEN i <= 9 THEN 1 WHEN i <= 20 THEN 2 WHEN i <= 30 THEN 3 WHEN i <= 37 THEN 4
                WHEN i <= 42 THEN 5 WHEN i <= 48 THEN 6 WHEN i <= 52 THEN 7 ELSE 8 END AS cat,
           (ARRAY['Petal & Stem','Wild Bloom Co','The Flower Cart','Meadowsweet Florals','Rosemary & Thyme Flowers',
                  'Blossom Lane','Bluebell Studio','Foxglove Floristry','Peony House',
                  'Harvest Table Catering','Silver Spoon Events','Green Fig Kitchen','The Rustic Feast','Oak & Ember Catering',
                  'Saffron Banquets','Little Larder','Fennel & Co','Hog Roast Heroes','Copper Pot Catering','Garden Party Kitchen',
                  'Lucy Hart Photography','Golden Hour Studio','Frame & Focus','Sam Ellis Photography','Candid Day Photo',
                  'Northlight Images','Ivy Moore Photography','Paper Moon Pictures','Tom Price Photography','Kindred Lens',
                  'The Jazz Collective','Velvet Sound','The Midnight Reels','Soul Junction','Brass Tacks Band','The Ceilidh Crew',
                  'Moonlight Strings',
                  'DJ Marcus Lane','Spin City DJs','Night Owl Discos','Beat Drop Events','DJ Ellie Rae',
                  'Sugar & Crumb','The Cake Loft','Buttercream Bakery','Tiered Treats','Crumbs & Co','Whisk Patisserie',
                  'Reel Love Films','Motion Story Films','Silverline Video','First Dance Films',
                  'Glow Bridal Beauty','Brush & Bloom','The Bridal Chair','Polished Hair & Makeup','Blush Artistry',
                  'Lash & Lace','Pretty Day Beauty','Radiant Bridal Co'])[i] AS nm
    FROM generate_series(1, 60) AS i
) v;

INSERT INTO planners (planner_id, first_name, last_name, email, phone, role, hired_on, is_active, commission_rate) VALUES
 (1, 'Charlotte', 'Hughes',   'charlotte.hughes@everafterevents.co.uk', '07700 900101', 'senior planner',    '2022-01-03', true,  12.50),
 (2, 'Priya',     'Shah',     'priya.shah@everafterevents.co.uk',       '07700 900102', 'senior planner',    '2022-01-03', true,  12.50),
 (3, 'Tom',       'Fletcher', 'tom.fletcher@everafterevents.co.uk',     '07700 900103', 'planner',           '2022-01-03', true,  10.00),
 (4, 'Grace',     'Okafor',   'grace.okafor@everafterevents.co.uk',     '07700 900104', 'planner',           '2022-01-10', true,  10.00),
 (5, 'Daniel',    'Murphy',   'daniel.murphy@everafterevents.co.uk',    '07700 900105', 'planner',           '2022-02-07', true,  10.00),
 (6, 'Hannah',    'Price',    'hannah.price@everafterevents.co.uk',     '07700 900106', 'planner',           '2022-02-07', false,  9.00),
 (7, 'Oliver',    'Bennett',  'oliver.bennett@everafterevents.co.uk',   '07700 900107', 'planner',           '2023-01-09', true,   9.00),
 (8, 'Sophie',    'Turner',   'sophie.turner@everafterevents.co.uk',    '07700 900108', 'planner',           '2023-01-16', true,   8.50),
 (9, 'Megan',     'Lloyd',    'megan.lloyd@everafterevents.co.uk',      '07700 900109', 'assistant planner', '2025-01-06', true,   0.00);

-- Couples (created_at is set below, once the weddings exist) ---------------------------

INSERT INTO couples (couple_id, partner_one_name, partner_two_name, email, phone, home_city, referral_source, created_at)
SELECT i,
       f1 || ' ' || l1,
       f2 || ' ' || CASE WHEN i % 4 = 0 THEN l1 ELSE l2 END,
       lower(f1) || '.' || lower(l1) || i || '@' || (ARRAY['gmail.com','outlook.com','yahoo.co.uk','icloud.com','hotmail.co.uk'])[1 + i % 5],
       '07' || lpad(((i * 104729) % 1000000000)::text, 9, '0'),
       (ARRAY['London','Bristol','Bath','London','Oxford','Cardiff','Manchester','London','Bristol','Cheltenham',
              'Brighton','Birmingham','Reading','London','York','Bath','Swindon'])[1 + (i * 5) % 17],
       (ARRAY['Instagram','word of mouth','Google','wedding fair','Instagram','venue referral','Google','Instagram',
              'Pinterest','word of mouth','wedding fair','Google','Instagram'])[1 + (i * 7) % 13],
       timestamp '2025-01-06 10:00' + (i - 150) * interval '6 days' + (i % 8) * interval '1 hour'
FROM (
    SELECT i,
           (ARRAY['Emily','James','Olivia','Jack','Amelia','Harry','Isla','George','Ava','Noah','Mia','Leo','Sophia','Oscar',
                  'Grace','Arthur','Lily','Freddie','Chloe','Alfie','Ella','Thomas','Ruby','Henry','Evie','Samuel','Poppy',
                  'Joseph','Daisy','William','Hannah','Max','Zara','Ethan','Aisha','Lucas','Maya','Ryan','Niamh','Callum'])[1 + (i * 7) % 40] AS f1,
           (ARRAY['Daniel','Sophie','Matthew','Lucy','Adam','Holly','Ben','Jessica','Luke','Rebecca','Nathan','Katie',
                  'Connor','Laura','Jamie','Rachel','Liam','Megan','Aaron','Charlotte','Kieran','Abigail','Rhys','Eleanor',
                  'Owen','Alice','Sam','Imogen','Joe','Freya','Alex','Jasmine','Dylan','Harriet','Kai','Bethany','Rory'])[1 + (i * 11) % 37] AS f2,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson','Wright',
                  'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke','Khan','Lewis',
                  'Harris','Martin','Cooper','King','Baker','Morgan','Edwards'])[1 + (i * 13 + i / 40) % 30] AS l1,
           (ARRAY['Hughes','Turner','Hill','Moore','Ward','Morris','Campbell','Kelly','Murray','Ali','Bennett','Carter',
                  'Phillips','Mitchell','Shaw','Ellis','Fox','Reid','Gray','Chapman','Kaur','Price','Mason','Russell',
                  'Palmer','Lloyd','Barnes','Hunt','Pearce','Doyle','Quinn'])[1 + (i * 17) % 31] AS l2
    FROM generate_series(1, 170) AS i
) c;

-- Weddings: one per booked couple (couples 151-170 are still leads) -----------------------

INSERT INTO weddings (wedding_id, couple_id, venue_id, planner_id, wedding_date, guest_count, budget, ceremony_type, status, booked_at, notes)
SELECT w,
       w,
       s.venue_id,
       s.planner_id,
       s.wedding_date,
       s.guest_count,
       round((12000 + s.guest_count * 160 + (w * 613) % 9000) / 500.0) * 500,
       (ARRAY['civil','religious','civil','humanist','civil','religious','symbolic'])[1 + (w * 3) % 7],
       CASE WHEN w % 11 = 4 THEN 'cancelled'
            WHEN s.wedding_date < date '2025-06-30' THEN 'completed'
            WHEN w % 3 = 0 THEN 'planning'
            ELSE 'confirmed' END,
       greatest(s.wedding_date - (150 + (w * 37) % 330), date '2022-01-03' + w)
         + (9 + w % 9) * interval '1 hour' + ((w * 17) % 60) * interval '1 minute',
       CASE w % 12
            WHEN 0 THEN 'Couple would like an outdoor ceremony if the weather allows'
            WHEN 3 THEN 'Vegetarian-led menu requested'
            WHEN 7 THEN 'Several guests travelling from abroad; arrange shuttle from the station'
            WHEN 10 THEN 'Surprise fireworks at 10pm, venue approval needed'
            ELSE NULL END
FROM (
    SELECT w,
           v.venue_id,
           CASE WHEN y = 2022 AND p IN (7, 8) THEN p - 4
                WHEN y = 2025 AND p = 6 THEN 5
                ELSE p END AS planner_id,
           CASE WHEN w % 9 = 0 THEN d0 + ((6 - extract(dow FROM d0)::int + 7) % 7) - 1
                ELSE d0 + ((6 - extract(dow FROM d0)::int + 7) % 7) END AS wedding_date,
           least(v.capacity - (w % 4) * 5, 30 + (w * 37) % 171) AS guest_count
    FROM (
        SELECT w, y,
               make_date(y, (ARRAY[6,7,8,9,5,6,7,8,9,10,4,6,8,7,9,5,12,3,6])[1 + (w * 7) % 19], 1 + (w * 13) % 22) AS d0,
               (ARRAY[1,2,3,1,4,2,5,1,6,3,7,4,8])[1 + (w * 5) % 13] AS p,
               (ARRAY[1,2,3,1,4,5,6,2,7,8,1,9,10,3,11,12,2,13,14,15,16,1,17])[1 + (w * 7) % 23] AS vid
        FROM (
            SELECT w, CASE WHEN w <= 30 THEN 2022 WHEN w <= 68 THEN 2023 WHEN w <= 120 THEN 2024 ELSE 2025 END AS y
            FROM generate_series(1, 150) AS w
        ) a
    ) b
    JOIN venues v ON v.venue_id = b.vid
) s;

UPDATE couples c
SET created_at = greatest(w.booked_at - ((c.couple_id * 13) % 30) * interval '1 day' - interval '2 hours',
                      timestamp '2022-01-03 09:00' + c.couple_id * interval '1 hour')
FROM weddings w
WHERE w.couple_id = c.couple_id;

-- Vendor bookings: caterer, photographer, florist, band or DJ, cake, hair/video -----------

INSERT INTO vendor_bookings (vendor_booking_id, wedding_id, vendor_id, agreed_price, status, booked_on, deposit_paid, notes)
SELECT row_number() OVER (ORDER BY x.wedding_id, x.k),
       x.wedding_id,
       x.vendor_id,
       x.price,
       x.bstatus,
       x.booked_on,
       x.bstatus <> 'pending',
       CASE WHEN (x.wedding_id + x.k) % 15 = 0 THEN 'Requested extended hours'
            WHEN (x.wedding_id * x.k) % 23 = 5 THEN 'Travel surcharge included'
            ELSE NULL END
FROM (
    SELECT w.wedding_id, k, b.vendor_id,
           round(CASE b.cat
                 WHEN 2 THEN w.guest_count * (38 + (b.vendor_id % 6) * 7)
                 WHEN 3 THEN 1400 + (b.vendor_id * 173 + w.wedding_id * 29) % 1800
                 WHEN 1 THEN 600 + w.budget * 0.03 + (w.wedding_id * 41) % 400
                 WHEN 4 THEN 1800 + (b.vendor_id * 97 + w.wedding_id * 31) % 1400
                 WHEN 5 THEN 650 + (w.wedding_id * 53) % 600
                 WHEN 6 THEN 280 + w.guest_count * 3 + (w.wedding_id * 11) % 200
                 WHEN 7 THEN 1600 + (w.wedding_id * 61) % 1500
                 ELSE 450 + (w.wedding_id * 23) % 500 END / 5.0) * 5 AS price,
           CASE WHEN w.status = 'cancelled' THEN 'cancelled'
                WHEN (w.wedding_id * 7 + k * 3) % 23 = 0 THEN 'cancelled'
                WHEN w.status = 'planning' AND k >= 3 THEN 'pending'
                ELSE 'confirmed' END AS bstatus,
           least(w.booked_at::date + 10 + k * 12 + w.wedding_id % 9, w.wedding_date - 14) AS booked_on
    FROM weddings w
    CROSS JOIN generate_series(1, 6) AS k
    CROSS JOIN LATERAL (
        SELECT c.cat,
               (ARRAY[1,10,21,31,38,43,49,53])[c.cat]
                 + (w.wedding_id * w.wedding_id + k * w.wedding_id * 3 + w.wedding_id / 7) % (ARRAY[9,11,10,7,5,6,4,8])[c.cat] AS vendor_id
        FROM (SELECT CASE k WHEN 1 THEN 2 WHEN 2 THEN 3 WHEN 3 THEN 1
                            WHEN 4 THEN CASE WHEN w.wedding_id % 3 = 0 THEN 5 ELSE 4 END
                            WHEN 5 THEN 6
                            ELSE CASE WHEN w.wedding_id % 8 = 3 THEN 8 ELSE 7 END END AS cat) c
    ) b
    WHERE k <= 3 + w.wedding_id % 4
) x;

-- Guest lists: kept in the system for the 2025 weddings ---------------------------------

INSERT INTO guests (guest_id, wedding_id, first_name, last_name, relationship, age_group, is_plus_one, rsvp_status,
                    meal_choice, dietary_requirements, needs_accommodation, responded_at)
SELECT row_number() OVER (ORDER BY g.wedding_id, g.n),
       g.wedding_id,
       (ARRAY['Alice','Ben','Chloe','David','Ellie','Finn','Georgia','Harvey','Isabel','Jake','Kate','Lewis','Molly',
              'Nathan','Orla','Patrick','Rosie','Seb','Tara','Umar','Victoria','Will','Yasmin','Zach','Anna','Ciaran',
              'Jade','Marcus','Phoebe','Stuart','Lauren','Gareth','Fiona','Ravi','Bronwen','Elliot','Nina'])[1 + (g.n * 7 + g.wedding_id) % 37],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Davies','Evans','Thomas','Roberts','Walker','Wright',
              'Hughes','Edwards','Green','Hall','Lewis','Harris','Clarke','Patel','Jackson','Wood','Turner','Martin',
              'Cooper','Hill','Ward','Morris','Moore','Clark','Lee'])[1 + (g.n * 3 + g.wedding_id * 5) % 31],
       (ARRAY['family','friend','friend','family','colleague','friend','family','friend','neighbour','family','friend'])[1 + (g.n * 5 + g.wedding_id) % 11],
       CASE WHEN g.n % 13 = 5 THEN 'child' ELSE 'adult' END,
       g.n % 9 = 0,
       g.rsvp,
       CASE WHEN g.rsvp <> 'accepted' THEN NULL
            WHEN g.n % 13 = 5 THEN 'children''s menu'
            ELSE (ARRAY['chicken','beef','vegetarian','fish','chicken','vegan','beef','chicken','vegetarian','fish',
                        'chicken','beef','fish'])[1 + (g.n * 5 + g.wedding_id) % 13] END,
       CASE WHEN (g.n * 11 + g.wedding_id) % 17 = 0 THEN 'nut allergy'
            WHEN (g.n * 11 + g.wedding_id) % 17 = 6 THEN 'gluten free'
            WHEN (g.n * 11 + g.wedding_id) % 23 = 4 THEN 'lactose intolerant'
            WHEN (g.n * 11 + g.wedding_id) % 29 = 9 THEN 'halal'
            ELSE NULL END,
       (g.n * 11 + g.wedding_id) % (4 + g.wedding_id % 5) = 0,
       CASE WHEN g.rsvp = 'pending' THEN NULL
            ELSE least(g.wedding_date - (14 + (g.n * 7) % 70), date '2025-06-29')
                 + (8 + (g.n * 3) % 14) * interval '1 hour' + ((g.n * 13) % 60) * interval '1 minute' END
FROM (
    SELECT w.wedding_id, w.wedding_date, n,
           CASE WHEN (n * 7 + w.wedding_id * 3) % (8 + w.wedding_id % 5) = 0 THEN 'declined'
                WHEN w.wedding_date >= date '2025-06-30'
                     AND (n * 3 + w.wedding_id) % 10 < 2 + (w.wedding_date - date '2025-06-30') / 40 THEN 'pending'
                ELSE 'accepted' END AS rsvp
    FROM weddings w
    CROSS JOIN LATERAL generate_series(1, w.guest_count) AS n
    WHERE w.wedding_date >= date '2025-01-01'
) g;

-- Payments from couples: deposit, instalments, final balance (up to the snapshot date) ---

INSERT INTO payments (payment_id, wedding_id, paid_at, amount, payment_type, method, status, reference)
SELECT row_number() OVER (ORDER BY x.paid_at, x.wedding_id),
       x.wedding_id,
       x.paid_at,
       x.amount,
       x.payment_type,
       x.method,
       x.pstatus,
       'EAE-' || x.wedding_id || '-' || x.p
FROM (
    SELECT w.wedding_id, p,
           w.booked_at + CASE WHEN p = 1 THEN interval '2 days'
                              WHEN p = n THEN (w.wedding_date - 28 - w.booked_at::date) * interval '1 day'
                              ELSE ((w.wedding_date - w.booked_at::date) * (p - 1) / n) * interval '1 day' END
                       + ((w.wedding_id * p) % 5) * interval '1 hour' AS paid_at,
           round(w.budget * CASE WHEN n = 3 THEN (ARRAY[0.30, 0.30, 0.40])[p]
                                 ELSE (ARRAY[0.20, 0.25, 0.25, 0.30])[p] END, 2) AS amount,
           CASE WHEN p = 1 THEN 'deposit' WHEN p = n THEN 'final balance' ELSE 'instalment' END AS payment_type,
           (ARRAY['bank transfer','card','bank transfer','card','cheque','bank transfer','cash'])[1 + (w.wedding_id + p * 3) % 7] AS method,
           CASE WHEN w.status = 'cancelled' AND w.wedding_id % 2 = 0 THEN 'refunded'
                WHEN (w.wedding_id * p) % 29 = 7 THEN 'failed'
                ELSE 'received' END AS pstatus,
           w.status
    FROM weddings w
    CROSS JOIN LATERAL (SELECT 3 + w.wedding_id % 2 AS n) nn
    CROSS JOIN generate_series(1, 4) AS p
    WHERE p <= n
) x
WHERE x.paid_at < timestamp '2025-06-30'
  AND (x.status <> 'cancelled' OR x.p = 1);

-- Planner tasks ------------------------------------------------------------------------

INSERT INTO tasks (task_id, wedding_id, planner_id, title, priority, status, due_date, completed_at)
SELECT row_number() OVER (ORDER BY t.wedding_id, t.k),
       t.wedding_id,
       t.planner_id,
       t.title,
       t.priority,
       t.tstatus,
       t.due_date,
       CASE WHEN t.tstatus <> 'done' THEN NULL
            WHEN t.due_date < date '2025-06-30'
                 THEN least(t.due_date + ((t.wedding_id * t.k * 7) % 9 - 5), date '2025-06-29') + (9 + t.k) * interval '1 hour'
            ELSE date '2025-06-02' + (t.wedding_id + t.k) % 25 + interval '15 hours' END
FROM (
    SELECT w.wedding_id, k,
           CASE WHEN extract(year FROM w.wedding_date) = 2025 AND k % 3 = 0 THEN 9 ELSE w.planner_id END AS planner_id,
           (ARRAY['Sign venue contract','Shortlist photographers','Arrange menu tasting','Send invitations',
                  'Confirm florist designs','Finalise seating plan','Confirm final guest numbers with caterer',
                  'Send run-of-day timeline to vendors'])[k] AS title,
           (ARRAY['medium','high','low','medium','high','medium'])[1 + (w.wedding_id * k + k) % 6] AS priority,
           greatest(w.wedding_date - (ARRAY[240, 200, 120, 90, 60, 21, 14, 7])[k], w.booked_at::date + 3 * k) AS due_date,
           CASE WHEN w.status = 'cancelled' THEN CASE WHEN k <= 2 THEN 'done' ELSE 'cancelled' END
                WHEN greatest(w.wedding_date - (ARRAY[240, 200, 120, 90, 60, 21, 14, 7])[k], w.booked_at::date + 3 * k) < date '2025-06-30'
                     THEN CASE WHEN w.wedding_date >= date '2025-06-30' AND (w.wedding_id + k) % 4 = 0 THEN 'in progress'
                               WHEN w.wedding_date >= date '2025-06-30' AND (w.wedding_id * k) % 7 = 2 THEN 'to do'
                               ELSE 'done' END
                WHEN (w.wedding_id + k) % 7 = 0 THEN 'done'
                WHEN (w.wedding_id + k) % 4 = 0 THEN 'in progress'
                ELSE 'to do' END AS tstatus
    FROM weddings w
    CROSS JOIN generate_series(1, 8) AS k
    WHERE k <= 4 + (w.wedding_id * 3) % 5
) t;

-- Consultations with couples (before booking, and for leads) ---------------------------

INSERT INTO consultations (consultation_id, couple_id, planner_id, scheduled_at, meeting_type, duration_minutes, was_attended, notes)
SELECT row_number() OVER (ORDER BY x.scheduled_at, x.couple_id),
       x.couple_id, x.planner_id, x.scheduled_at, x.meeting_type, x.duration_minutes, x.was_attended, x.notes
FROM (
    SELECT c.couple_id,
           coalesce(w.planner_id, (ARRAY[1,2,4,5,7,8,2])[1 + c.couple_id % 7]) AS planner_id,
           date_trunc('hour', c.created_at) + (j - 1) * interval '8 days' + interval '1 day' AS scheduled_at,
           (ARRAY['in person','video call','in person','phone','video call'])[1 + (c.couple_id + j) % 5] AS meeting_type,
           30 + ((c.couple_id * j * 13) % 5) * 15 AS duration_minutes,
           (c.couple_id * j) % 11 <> 0 AS was_attended,
           CASE (c.couple_id + j * 2) % 9
                WHEN 0 THEN 'Discussed budget and guest numbers'
                WHEN 2 THEN 'Venue shortlist shared'
                WHEN 5 THEN 'Couple undecided between two dates'
                ELSE NULL END AS notes
    FROM couples c
    LEFT JOIN weddings w ON w.couple_id = c.couple_id
    CROSS JOIN generate_series(1, 3) AS j
    WHERE j <= 1 + (c.couple_id * 7) % 3
) x
WHERE x.scheduled_at < timestamp '2025-06-30';

-- Reviews left by couples after their wedding ------------------------------------------

INSERT INTO reviews (review_id, wedding_id, rating, would_recommend, comment, submitted_at)
SELECT row_number() OVER (ORDER BY r.submitted_at),
       r.wedding_id, r.rating, r.rating >= 4,
       CASE r.rating
            WHEN 5 THEN (ARRAY['Absolutely perfect day, could not have asked for more',
                               'Our planner thought of everything',
                               'Stress-free from start to finish'])[1 + r.wedding_id % 3]
            WHEN 4 THEN (ARRAY['Lovely day, a couple of small timing hiccups',
                               'Great team, the evening food was late'])[1 + r.wedding_id % 2]
            WHEN 3 THEN 'Good overall but communication could be better'
            ELSE 'Disappointed with the vendor coordination' END,
       r.submitted_at
FROM (
    SELECT w.wedding_id,
           (ARRAY[5,5,4,5,3,4,5,5,4,2,5,4,5])[1 + (w.wedding_id * 3 + w.wedding_id / 5) % 13] AS rating,
           w.wedding_date + (10 + (w.wedding_id * 7) % 40) + (10 + w.wedding_id % 10) * interval '1 hour' AS submitted_at
    FROM weddings w
    WHERE w.status = 'completed' AND w.wedding_id % 4 <> 1
) r
WHERE r.submitted_at < timestamp '2025-06-30';
