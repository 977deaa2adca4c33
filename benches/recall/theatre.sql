-- Sample database: the box office and company records of a producing theatre -- its four
-- auditoriums with their seats and price bands, the productions it makes and the performances
-- of each, patrons with their bookings and tickets, memberships, the cast, crew and creative
-- team contracted for each production, and donations to its funds.
-- Every row is invented and reproducible: built from fixed lists, generate_series and modular
-- arithmetic only (no random(), no clock), so each load gives the same rows.

CREATE TABLE auditoriums (
    id                 integer PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    short_code         text NOT NULL UNIQUE,
    capacity           integer NOT NULL,
    stage_type         text NOT NULL,
    opened_year        integer NOT NULL,
    has_orchestra_pit  boolean NOT NULL DEFAULT false,
    is_outdoor         boolean NOT NULL DEFAULT false,
    has_hearing_loop   boolean NOT NULL DEFAULT true,
    bar_name           text,
    notes              text,
    tags               text[]
);

CREATE TABLE price_bands (
    id                integer PRIMARY KEY,
    auditorium_id     integer NOT NULL REFERENCES auditoriums (id),
    code              text NOT NULL,
    name              text NOT NULL,
    base_price        numeric(8,2) NOT NULL,
    colour            text,
    sort_order        integer NOT NULL,
    UNIQUE (auditorium_id, code)
);

CREATE TABLE seats (
    id                   integer PRIMARY KEY,
    auditorium_id        integer NOT NULL REFERENCES auditoriums (id),
    price_band_id        integer NOT NULL REFERENCES price_bands (id),
    section              text NOT NULL,
    row_label            text NOT NULL,
    seat_number          integer NOT NULL,
    is_aisle             boolean NOT NULL DEFAULT false,
    is_wheelchair_space  boolean NOT NULL DEFAULT false,
    is_restricted_view   boolean NOT NULL DEFAULT false,
    restriction_note     text,
    UNIQUE (auditorium_id, section, row_label, seat_number)
);

CREATE TABLE productions (
    id                    integer PRIMARY KEY,
    title                 text NOT NULL,
    playwright            text NOT NULL,
    director              text,
    genres                text[] NOT NULL,
    tags                  text[],
    opening_date          date,
    closing_date          date,
    press_night_date      date,
    status                text NOT NULL,
    budget                numeric(12,2),
    running_time_minutes  integer,
    interval_count        integer,
    age_guidance          text,
    is_world_premiere     boolean NOT NULL DEFAULT false,
    co_producer           text,
    announced_on          date,
    synopsis              text
);

CREATE TABLE performances (
    id                   integer PRIMARY KEY,
    production_id        integer NOT NULL REFERENCES productions (id),
    auditorium_id        integer NOT NULL REFERENCES auditoriums (id),
    starts_at            timestamp NOT NULL,
    performance_type     text NOT NULL,
    is_cancelled         boolean NOT NULL DEFAULT false,
    cancellation_reason  text,
    is_captioned         boolean NOT NULL DEFAULT false,
    is_audio_described   boolean NOT NULL DEFAULT false,
    is_bsl_interpreted   boolean NOT NULL DEFAULT false,
    is_relaxed           boolean NOT NULL DEFAULT false,
    house_seats_held     integer,
    notes                text
);

CREATE TABLE patrons (
    id                  integer PRIMARY KEY,
    title               text,
    first_name          text NOT NULL,
    last_name           text NOT NULL,
    email               text UNIQUE,
    phone               text,
    address_line1       text,
    city                text,
    postcode            text,
    date_of_birth       date,
    created_at          timestamp NOT NULL,
    marketing_opt_in    boolean NOT NULL DEFAULT false,
    gift_aid_declared   boolean NOT NULL DEFAULT false,
    preferred_contact   text,
    access_needs        text[],
    is_staff            boolean NOT NULL DEFAULT false,
    notes               text
);

CREATE TABLE memberships (
    id                   integer PRIMARY KEY,
    patron_id            integer NOT NULL REFERENCES patrons (id),
    membership_number    text NOT NULL UNIQUE,
    tier                 text NOT NULL,
    annual_fee           numeric(8,2) NOT NULL,
    started_on           date NOT NULL,
    expires_on           date NOT NULL,
    auto_renew           boolean NOT NULL DEFAULT true,
    status               text NOT NULL,
    cancelled_on         date,
    joined_via           text,
    gifted_by_patron_id  integer REFERENCES patrons (id)
);

CREATE TABLE bookings (
    id               integer PRIMARY KEY,
    patron_id        integer NOT NULL REFERENCES patrons (id),
    booked_at        timestamp NOT NULL,
    channel          text NOT NULL,
    status           text NOT NULL,
    booking_fee      numeric(8,2) NOT NULL DEFAULT 0,
    total_amount     numeric(10,2) NOT NULL DEFAULT 0,
    refunded_amount  numeric(10,2),
    payment_method   text,
    promo_code       text,
    group_name       text,
    agent_name       text,
    notes            text
);

CREATE TABLE tickets (
    id               integer PRIMARY KEY,
    booking_id       integer NOT NULL REFERENCES bookings (id),
    performance_id   integer NOT NULL REFERENCES performances (id),
    seat_id          integer NOT NULL REFERENCES seats (id),
    price            numeric(8,2) NOT NULL,
    concession_type  text,
    status           text NOT NULL,
    delivery_method  text,
    barcode          text NOT NULL UNIQUE,
    scanned_at       timestamp,
    UNIQUE (performance_id, seat_id)
);

CREATE TABLE people (
    id                  integer PRIMARY KEY,
    first_name          text NOT NULL,
    last_name           text NOT NULL,
    stage_name          text,
    email               text,
    phone               text,
    primary_discipline  text NOT NULL,
    agent_name          text,
    agency              text,
    is_equity_member    boolean NOT NULL DEFAULT false,
    pronouns            text,
    home_city           text,
    date_of_birth       date,
    skills              text[]
);

CREATE TABLE contracts (
    id               integer PRIMARY KEY,
    person_id        integer NOT NULL REFERENCES people (id),
    production_id    integer NOT NULL REFERENCES productions (id),
    contract_type    text NOT NULL,
    department       text NOT NULL,
    role             text NOT NULL,
    is_understudy    boolean NOT NULL DEFAULT false,
    billing_order    integer,
    fee_basis        text NOT NULL,
    weekly_fee       numeric(8,2),
    flat_fee         numeric(10,2),
    start_date       date NOT NULL,
    end_date         date NOT NULL,
    signed_on        date,
    status           text NOT NULL,
    UNIQUE (person_id, production_id)
);

CREATE TABLE donations (
    id                 integer PRIMARY KEY,
    patron_id          integer NOT NULL REFERENCES patrons (id),
    donated_on         date NOT NULL,
    amount             numeric(10,2) NOT NULL,
    fund               text NOT NULL,
    campaign           text,
    payment_method     text NOT NULL,
    is_recurring       boolean NOT NULL DEFAULT false,
    gift_aid_eligible  boolean NOT NULL DEFAULT false,
    is_anonymous       boolean NOT NULL DEFAULT false,
    in_memory_of       text,
    acknowledged_on    date
);

-- ---------------------------------------------------------------- auditoriums, bands, seats

INSERT INTO auditoriums VALUES
 (1, 'Main House',      'MH', 488, 'proscenium', 1911, true,  false, true,  'Circle Bar',
     'Grade II listed; three levels', ARRAY['historic','listed building']),
 (2, 'Studio',          'ST', 148, 'black box',  1987, false, false, true,  'Studio Bar',
     NULL, ARRAY['flexible seating']),
 (3, 'The Loft',        'LF',  72, 'black box',  2009, false, false, false, NULL,
     'Unreserved seating; no lift to the top floor until 2016', ARRAY['new writing']),
 (4, 'Courtyard Stage', 'CY', 216, 'open air',   2014, false, true,  false, 'Garden Kiosk',
     'Summer season only', ARRAY['outdoor','seasonal']);

INSERT INTO price_bands VALUES
 ( 1, 1, 'A', 'Premium',    58.00, 'red',    1),
 ( 2, 1, 'B', 'Standard',   42.00, 'blue',   2),
 ( 3, 1, 'C', 'Value',      28.00, 'green',  3),
 ( 4, 1, 'D', 'Restricted', 16.00, 'grey',   4),
 ( 5, 2, 'A', 'Standard',   24.00, 'blue',   1),
 ( 6, 2, 'B', 'Gallery',    18.00, 'green',  2),
 ( 7, 3, 'U', 'Unreserved', 15.00, NULL,     1),
 ( 8, 4, 'A', 'Front',      36.00, 'red',    1),
 ( 9, 4, 'B', 'Middle',     30.00, 'blue',   2),
 (10, 4, 'C', 'Rear',       22.00, 'green',  3);

INSERT INTO seats (id, auditorium_id, price_band_id, section, row_label, seat_number, is_aisle,
                   is_wheelchair_space, is_restricted_view, restriction_note)
WITH layout (auditorium_id, section, section_order, row_count, per_row) AS (
    VALUES (1, 'Stalls', 1, 16, 18), (1, 'Dress Circle', 2, 8, 16), (1, 'Upper Circle', 3, 6, 12),
           (2, 'Stalls', 1, 8, 16),  (2, 'Gallery', 2, 1, 20),
           (3, 'Floor', 1, 6, 12),
           (4, 'Terrace', 1, 12, 18)
), s AS (
    SELECT l.auditorium_id, l.section, l.section_order, l.row_count, l.per_row, r, n
    FROM layout l, generate_series(1, l.row_count) r, generate_series(1, l.per_row) n
)
SELECT row_number() OVER (ORDER BY auditorium_id, section_order, r, n),
       auditorium_id,
       CASE
         WHEN auditorium_id = 1 AND section = 'Stalls'       THEN CASE WHEN r <= 10 THEN 1 ELSE 2 END
         WHEN auditorium_id = 1 AND section = 'Dress Circle' THEN CASE WHEN r <= 3 THEN 1 ELSE 2 END
         WHEN auditorium_id = 1                               THEN CASE WHEN r <= 3 THEN 3 ELSE 4 END
         WHEN auditorium_id = 2 AND section = 'Stalls'       THEN 5
         WHEN auditorium_id = 2                               THEN 6
         WHEN auditorium_id = 3                               THEN 7
         ELSE CASE WHEN r <= 4 THEN 8 WHEN r <= 8 THEN 9 ELSE 10 END
       END,
       section,
       chr(64 + r),
       n,
       n IN (1, per_row),
       (auditorium_id = 1 AND section = 'Stalls' AND r = row_count AND n IN (1, 2, 17, 18))
         OR (auditorium_id = 2 AND section = 'Stalls' AND r = row_count AND n IN (1, 16))
         OR (auditorium_id = 3 AND r = 1 AND n IN (1, 12))
         OR (auditorium_id = 4 AND r = row_count AND n IN (1, 2, 17, 18)),
       (auditorium_id = 1 AND section = 'Upper Circle' AND r >= 4 AND n IN (1, 2, 11, 12))
         OR (auditorium_id = 1 AND section = 'Dress Circle' AND r = 8 AND n IN (1, 16))
         OR (auditorium_id = 2 AND section = 'Gallery' AND n IN (1, 2, 3, 18, 19, 20)),
       CASE
         WHEN auditorium_id = 1 AND section = 'Upper Circle' AND r >= 4 AND n IN (1, 2, 11, 12)
           THEN 'pillar'
         WHEN auditorium_id = 1 AND section = 'Dress Circle' AND r = 8 AND n IN (1, 16)
           THEN 'overhang'
         WHEN auditorium_id = 2 AND section = 'Gallery' AND n IN (1, 2, 3, 18, 19, 20)
           THEN 'side view'
       END
FROM s;

-- ---------------------------------------------------------------- productions

INSERT INTO productions (id, title, playwright, director, genres, tags, opening_date, closing_date,
                         status, budget, running_time_minutes, interval_count, age_guidance,
                         is_world_premiere, co_producer) VALUES
 ( 1, 'The Ghost Train', 'Arnold Ridley', 'Tom Harrow', ARRAY['comedy','thriller'], NULL,
      '2022-01-13', '2022-02-05', 'cancelled', 180000, 125, 1, '12+', false, NULL),
 ( 2, 'The Glass Menagerie', 'Tennessee Williams', 'Ruth Okafor', ARRAY['drama','classic'],
      ARRAY['award nominated'], '2022-02-17', '2022-03-19', 'closed', 210000, 140, 1, '12+', false, NULL),
 ( 3, 'Pinch of Salt', 'Maya Lindqvist', 'Tom Harrow', ARRAY['comedy','new writing'], NULL,
      '2022-03-03', '2022-03-26', 'closed', 65000, 95, 0, '14+', true, NULL),
 ( 4, 'Macbeth', 'William Shakespeare', 'Adaeze Nwosu', ARRAY['tragedy','shakespeare','classic'],
      ARRAY['schools matinees'], '2022-04-21', '2022-06-04', 'closed', 295000, 150, 1, '12+', false,
      'Northern Stage Company'),
 ( 5, 'Under Milk Wood', 'Dylan Thomas', 'Gareth Pugh', ARRAY['drama','poetry'], NULL,
      '2022-05-12', '2022-05-28', 'closed', 38000, 100, 1, NULL, false, NULL),
 ( 6, 'A Midsummer Night''s Dream', 'William Shakespeare', 'Hannah Celik',
      ARRAY['comedy','shakespeare','family'], ARRAY['outdoor','picnic'],
      '2022-07-07', '2022-08-20', 'closed', 160000, 155, 1, NULL, false, NULL),
 ( 7, 'The Lighthouse Keeper', 'Sian Pritchard', 'Gareth Pugh', ARRAY['drama','new writing'],
      ARRAY['award nominated'], '2022-09-15', '2022-10-08', 'closed', 72000, 90, 0, '14+', true, NULL),
 ( 8, 'Blithe Spirit', 'Noël Coward', 'Ruth Okafor', ARRAY['comedy','classic'], NULL,
      '2022-10-06', '2022-11-12', 'closed', 230000, 135, 1, NULL, false, NULL),
 ( 9, 'The Snow Queen', 'Lena Marsh', 'Hannah Celik', ARRAY['family','musical','christmas'],
      ARRAY['christmas show','schools matinees'], '2022-11-24', '2023-01-07', 'closed', 340000, 120, 1,
      '5+', true, NULL),
 (10, 'Small Hours', 'Kwame Asante', 'Dominic Reyes', ARRAY['drama','new writing'], NULL,
      '2023-02-02', '2023-02-25', 'closed', 41000, 85, 0, '16+', true, NULL),
 (11, 'Hedda Gabler', 'Henrik Ibsen', 'Adaeze Nwosu', ARRAY['drama','classic'], NULL,
      '2023-02-16', '2023-03-25', 'closed', 225000, 145, 1, '12+', false, NULL),
 (12, 'Into the Woods', 'Stephen Sondheim and James Lapine', 'Dominic Reyes', ARRAY['musical','family'],
      ARRAY['co-production'], '2023-04-20', '2023-06-10', 'closed', 410000, 165, 1, '8+', false,
      'Westgate Playhouse'),
 (13, 'Twelfth Night', 'William Shakespeare', 'Hannah Celik', ARRAY['comedy','shakespeare'],
      ARRAY['outdoor'], '2023-07-06', '2023-08-19', 'closed', 170000, 150, 1, NULL, false, NULL),
 (14, 'Copper Wire', 'Priya Raman', 'Ruth Okafor', ARRAY['drama','new writing','political'],
      ARRAY['award nominated'], '2023-09-14', '2023-10-07', 'closed', 78000, 105, 0, '15+', true, NULL),
 (15, 'The Importance of Being Earnest', 'Oscar Wilde', 'Tom Harrow', ARRAY['comedy','classic'], NULL,
      '2023-09-28', '2023-11-04', 'closed', 215000, 150, 2, NULL, false, NULL),
 (16, 'A Christmas Carol', 'Lena Marsh', 'Gareth Pugh', ARRAY['family','christmas','drama'],
      ARRAY['christmas show'], '2023-11-23', '2024-01-06', 'closed', 320000, 115, 1, '6+', false, NULL),
 (17, 'The Birthday Party', 'Harold Pinter', 'Dominic Reyes', ARRAY['drama','classic'], NULL,
      '2024-02-08', '2024-03-02', 'closed', 69000, 130, 1, '14+', false, NULL),
 (18, 'Tidewater', 'Elif Demir', 'Marcus Bell', ARRAY['drama','new writing'], NULL,
      '2024-03-14', '2024-04-06', 'closed', 44000, 80, 0, '12+', true, NULL),
 (19, 'Cabaret', 'John Kander and Fred Ebb', 'Marcus Bell', ARRAY['musical'],
      ARRAY['co-production','award nominated'], '2024-04-18', '2024-06-15', 'closed', 455000, 170, 1,
      '16+', false, 'Westgate Playhouse'),
 (20, 'As You Like It', 'William Shakespeare', 'Hannah Celik', ARRAY['comedy','shakespeare','family'],
      ARRAY['outdoor','picnic'], '2024-07-04', '2024-08-17', 'closed', 175000, 145, 1, NULL, false, NULL),
 (21, 'Foxglove', 'Maya Lindqvist', 'Tom Harrow', ARRAY['comedy','new writing'], NULL,
      '2024-09-12', '2024-10-05', 'closed', 74000, 100, 0, '12+', true, NULL),
 (22, 'Death of a Salesman', 'Arthur Miller', 'Adaeze Nwosu', ARRAY['tragedy','classic','drama'],
      ARRAY['award nominated'], '2024-09-26', '2024-11-02', 'closed', 260000, 160, 1, '12+', false, NULL),
 (23, 'Peter Pan', 'Lena Marsh', 'Marcus Bell', ARRAY['family','christmas','musical'],
      ARRAY['christmas show','schools matinees'], '2024-11-21', '2025-01-04', 'closed', 365000, 125, 1,
      '5+', false, NULL),
 (24, 'Northern Lines', 'Kwame Asante', 'Ruth Okafor', ARRAY['drama','new writing'], NULL,
      '2025-02-06', '2025-03-01', 'closed', 82000, 110, 1, '14+', true, NULL),
 (25, 'The Tempest', 'William Shakespeare', 'Dominic Reyes', ARRAY['shakespeare','drama'],
      ARRAY['schools matinees'], '2025-03-20', '2025-05-03', 'closed', 285000, 140, 1, '10+', false,
      'Northern Stage Company'),
 (26, 'Much Ado About Nothing', 'William Shakespeare', 'Hannah Celik', ARRAY['comedy','shakespeare'],
      ARRAY['outdoor'], '2025-07-03', '2025-08-16', 'closed', 185000, 155, 1, NULL, false, NULL),
 (27, 'Salt and Stone', 'Sian Pritchard', 'Gareth Pugh', ARRAY['drama','new writing'], NULL,
      '2025-09-11', '2025-10-04', 'closed', 52000, 95, 0, '14+', true, NULL),
 (28, 'Guys and Dolls', 'Frank Loesser', 'Marcus Bell', ARRAY['musical','comedy'],
      ARRAY['co-production'], '2025-10-16', '2025-11-29', 'running', 430000, 165, 1, '10+', false,
      'Westgate Playhouse'),
 (29, 'Aladdin', 'Lena Marsh', 'Tom Harrow', ARRAY['family','christmas','pantomime'],
      ARRAY['christmas show'], '2025-12-04', '2025-12-31', 'announced', 350000, 130, 1, '4+', true, NULL),
 (30, 'The Seagull', 'Anton Chekhov', 'Ruth Okafor', ARRAY['drama','classic'], NULL,
      NULL, NULL, 'in development', NULL, NULL, NULL, NULL, false, NULL);

UPDATE productions
SET announced_on = opening_date - (120 + (id * 17) % 60),
    synopsis = CASE WHEN id % 4 = 0 THEN NULL
                    ELSE title || ', ' || CASE WHEN is_world_premiere THEN 'a new play by '
                                               ELSE 'by ' END || playwright || '.' END
WHERE opening_date IS NOT NULL;

-- ---------------------------------------------------------------- performances

INSERT INTO performances (id, production_id, auditorium_id, starts_at, performance_type)
WITH venue (production_id, auditorium_id) AS (
    VALUES (2,1),(3,2),(4,1),(5,3),(6,4),(7,2),(8,1),(9,1),(10,3),(11,1),(12,1),(13,4),(14,2),
           (15,1),(16,1),(17,2),(18,3),(19,1),(20,4),(21,2),(22,1),(23,1),(24,2),(25,1),(26,4),
           (27,3),(28,1)
), days AS (
    SELECT v.production_id, v.auditorium_id, d::date AS day,
           extract(isodow FROM d)::int AS dow, p.tags
    FROM venue v
    JOIN productions p ON p.id = v.production_id,
         generate_series(p.opening_date, p.closing_date, interval '1 day') d
    WHERE to_char(d, 'MM-DD') NOT IN ('12-25', '12-26')
), slots AS (
    SELECT production_id, auditorium_id, day + time '19:30' AS starts_at, 'evening' AS kind
    FROM days
    WHERE (auditorium_id IN (1, 4) AND dow BETWEEN 3 AND 6)
       OR (auditorium_id IN (2, 3) AND dow BETWEEN 4 AND 6)
    UNION ALL
    SELECT production_id, auditorium_id, day + time '14:30', 'matinee'
    FROM days
    WHERE auditorium_id IN (1, 2, 4) AND dow = 6
    UNION ALL
    SELECT production_id, auditorium_id, day + time '10:30', 'schools matinee'
    FROM days
    WHERE 'schools matinees' = ANY (coalesce(tags, '{}')) AND dow = 4
)
SELECT row_number() OVER (ORDER BY starts_at, production_id), production_id, auditorium_id,
       starts_at, kind
FROM slots;

-- the first two evenings of a run are previews, the third is press night
UPDATE performances p
SET performance_type = CASE WHEN e.rn <= 2 THEN 'preview' ELSE 'press night' END
FROM (SELECT id, row_number() OVER (PARTITION BY production_id ORDER BY starts_at) AS rn
      FROM performances WHERE performance_type = 'evening') e
WHERE e.id = p.id AND e.rn <= 3;

UPDATE productions pr
SET press_night_date = p.starts_at::date
FROM performances p
WHERE p.production_id = pr.id AND p.performance_type = 'press night';

UPDATE performances
SET is_cancelled = true,
    cancellation_reason = CASE WHEN auditorium_id = 4 THEN 'weather'
                               WHEN id % 3 = 0 THEN 'technical fault'
                               ELSE 'cast illness' END
WHERE performance_type <> 'press night'
  AND (id % 53 = 0 OR (auditorium_id = 4 AND id % 17 = 5));

UPDATE performances p
SET is_captioned       = x.rn % 12 = 7,
    is_audio_described = x.rn % 15 = 9,
    is_bsl_interpreted = x.rn % 20 = 11,
    is_relaxed         = p.performance_type = 'matinee' AND x.rn % 3 = 1
FROM (SELECT id, row_number() OVER (PARTITION BY production_id ORDER BY starts_at) AS rn
      FROM performances) x
WHERE x.id = p.id AND NOT p.is_cancelled;

UPDATE performances
SET house_seats_held = CASE auditorium_id WHEN 1 THEN 8 WHEN 2 THEN 4 WHEN 4 THEN 6 END,
    notes = CASE WHEN performance_type = 'press night' THEN 'Press and guests; critics from 19:00'
                 WHEN performance_type = 'schools matinee' THEN 'Schools groups only'
                 WHEN is_cancelled THEN 'Cancelled; all bookings refunded' END;

-- ---------------------------------------------------------------- patrons

INSERT INTO patrons (id, title, first_name, last_name, email, phone, address_line1, city, postcode,
                     date_of_birth, created_at, marketing_opt_in, gift_aid_declared,
                     preferred_contact, access_needs, is_staff, notes)
WITH fn AS (
    SELECT ARRAY['Olivia','James','Amelia','Oliver','Isla','Harry','Ava','George','Mia','Noah',
                 'Grace','Jack','Freya','Leo','Ella','Arthur','Sophie','Oscar','Ruby','Alfie',
                 'Chloe','Thomas','Evie','Samuel','Lily','Joseph','Poppy','Daniel','Hannah',
                 'Mohammed','Aisha','Priya','Rohan','Niamh','Callum','Zara','Imran','Megan','Rhys',
                 'Fatima','Ewan'] AS a
), ln AS (
    SELECT ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies',
                 'Robinson','Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall',
                 'Wood','Jackson','Clarke','Patel','Khan','Lewis','James','Phillips','Mason',
                 'Mitchell','Rose','Davis','Rodriguez','Cox','Alexander','Morgan','Hughes',
                 'Edwards','Hill','Moore','Clark','Harrison','Scott','Young','Morris','Ahmed'] AS a
), city AS (
    SELECT ARRAY['Sheffield','Leeds','Sheffield','Manchester','Sheffield','York','Leeds',
                 'Sheffield','Chesterfield','Manchester','Sheffield','Leeds','Doncaster',
                 'Sheffield','York','Manchester','Barnsley','Sheffield','Leeds','London'] AS a
), g AS (
    SELECT i, fn.a[1 + i % 41] AS first_name, ln.a[1 + i % 43] AS last_name,
           city.a[1 + (i * 7) % 20] AS city
    FROM generate_series(1, 900) i, fn, ln, city
)
SELECT i,
       CASE i % 9 WHEN 0 THEN 'Dr' WHEN 1 THEN 'Mr' WHEN 2 THEN 'Ms' WHEN 3 THEN 'Mrs'
                  WHEN 4 THEN 'Mx' WHEN 5 THEN 'Mr' WHEN 6 THEN 'Ms' END,
       first_name, last_name,
       CASE WHEN i % 15 <> 0 THEN lower(first_name) || '.' || lower(last_name) || i || '@'
            || (ARRAY['example.com','mail.example.org','post.example.net'])[1 + i % 3] END,
       CASE WHEN i % 4 <> 1 THEN '07' || lpad(((i * 7919) % 1000000000)::text, 9, '0') END,
       CASE WHEN i % 11 <> 0 THEN (1 + (i * 13) % 180) || ' '
            || (ARRAY['High Street','Church Lane','Park Road','Victoria Road','Station Road',
                      'Mill Lane','Queen Street','Orchard Close'])[1 + i % 8] END,
       city,
       CASE city WHEN 'Sheffield' THEN 'S' WHEN 'Leeds' THEN 'LS' WHEN 'Manchester' THEN 'M'
                 WHEN 'York' THEN 'YO' WHEN 'Chesterfield' THEN 'S' WHEN 'Doncaster' THEN 'DN'
                 WHEN 'Barnsley' THEN 'S' ELSE 'N' END
         || (1 + i % 20) || ' ' || (1 + i % 9) || chr(65 + i % 26) || chr(65 + (i * 3) % 26),
       CASE WHEN i % 4 <> 0 THEN date '1940-01-01' + (i * 397) % 23000 END,
       timestamp '2019-02-01 10:00' + ((i * 1999) % 2440) * interval '1 day'
                                    + ((i * 37) % 540) * interval '1 minute',
       i % 3 <> 1,
       i % 5 IN (0, 1, 2),
       CASE i % 7 WHEN 0 THEN 'post' WHEN 1 THEN 'phone' WHEN 2 THEN NULL ELSE 'email' END,
       CASE WHEN i % 29 = 0 THEN ARRAY['wheelchair user','companion seat']
            WHEN i % 31 = 0 THEN ARRAY['hearing loop']
            WHEN i % 37 = 0 THEN ARRAY['guide dog']
            WHEN i % 41 = 0 THEN ARRAY['step-free access']
            WHEN i % 43 = 0 THEN ARRAY['audio description','large print']
            WHEN i % 47 = 0 THEN ARRAY['wheelchair user'] END,
       i % 97 = 0,
       CASE WHEN i % 61 = 0 THEN 'Prefers aisle seats' WHEN i % 67 = 0 THEN 'Do not phone' END
FROM g;

-- ---------------------------------------------------------------- bookings and tickets

CREATE TEMP TABLE _bk AS
WITH per AS (
    SELECT p.id, p.auditorium_id, p.starts_at, p.performance_type, p.is_cancelled,
           CASE p.auditorium_id WHEN 1 THEN 2 WHEN 4 THEN 2 ELSE 1 END
             + p.id % 3
             + CASE WHEN extract(isodow FROM p.starts_at) = 6 THEN 1 ELSE 0 END
             + CASE WHEN p.performance_type = 'press night' THEN 2 ELSE 0 END AS nb
    FROM performances p
), raw AS (
    SELECT per.*, k, row_number() OVER (ORDER BY per.starts_at, per.id, k) AS g
    FROM per, generate_series(1, per.nb) k
), ch AS (
    SELECT raw.*,
           CASE WHEN performance_type = 'press night' AND k <= 2 THEN 'press office'
                WHEN performance_type = 'schools matinee' THEN 'group'
                WHEN g % 20 < 10 THEN 'online'
                WHEN g % 20 < 14 THEN 'phone'
                WHEN g % 20 < 18 THEN 'box office'
                WHEN g % 20 = 18 THEN 'agency'
                ELSE 'group' END AS channel
    FROM raw
)
SELECT g, id AS performance_id, auditorium_id, starts_at, performance_type, is_cancelled, k,
       channel,
       CASE WHEN channel = 'group' THEN 4 + g % 5
            WHEN channel = 'press office' THEN 2
            ELSE (ARRAY[2,2,1,2,3,4,2,1,2,3])[1 + (g / 10) % 10] END AS n_tickets,
       -- booked before the performance, within 2022 and the records' cut-off of 15 November 2025
       least(greatest(starts_at::date - (1 + (g * 37 + k * 11) % 75)::int + time '09:00'
                        + ((g * 53) % 720) * interval '1 minute',
                      timestamp '2022-01-04 09:00' + (g % 500) * interval '1 minute'),
             timestamp '2025-11-14 09:00' - ((g * 7) % 90) * interval '1 hour') AS booked_at,
       CASE WHEN g % 7 = 0 THEN 1 + ((g / 7) * 13) % 60
            ELSE 1 + (g * 37) % 820 END AS patron_id,
       CASE WHEN is_cancelled THEN 'refunded'
            WHEN g % 31 = 5 AND channel <> 'press office' THEN 'cancelled'
            ELSE 'confirmed' END AS status
FROM ch;

ALTER TABLE _bk ADD COLUMN booking_id integer;
UPDATE _bk b SET booking_id = o.rn
FROM (SELECT g, row_number() OVER (ORDER BY booked_at, g) AS rn FROM _bk) o
WHERE o.g = b.g;

INSERT INTO bookings (id, patron_id, booked_at, channel, status, booking_fee, payment_method,
                      promo_code, group_name, agent_name, notes)
SELECT booking_id, patron_id, booked_at, channel, status,
       CASE channel WHEN 'online' THEN 2.50 WHEN 'phone' THEN 3.00 WHEN 'agency' THEN 4.50
                    ELSE 0 END,
       CASE WHEN channel = 'press office' THEN NULL
            WHEN g % 41 = 0 THEN 'gift voucher'
            WHEN channel IN ('agency', 'group') THEN 'invoice'
            WHEN channel = 'online' AND g % 4 = 0 THEN 'paypal'
            WHEN channel = 'box office' AND g % 3 = 1 THEN 'cash'
            ELSE 'card' END,
       CASE WHEN channel = 'online' AND g % 13 = 0 THEN 'EARLYBIRD'
            WHEN channel IN ('online', 'phone') AND g % 17 = 0 THEN 'FRIENDS10' END,
       CASE WHEN channel = 'group' THEN
            (ARRAY['St Anne''s School','Riverside U3A','Hallam Drama Society','Northfield Academy',
                   'Castle WI','Oakwood Primary'])[1 + g % 6] END,
       CASE WHEN channel = 'agency' THEN
            (ARRAY['TicketHub','SeatFinder','Yorkshire Tickets'])[1 + (g / 20) % 3] END,
       CASE WHEN status = 'cancelled' THEN 'Cancelled by customer'
            WHEN channel = 'press office' THEN 'Press allocation' END
FROM _bk;

INSERT INTO tickets (id, booking_id, performance_id, seat_id, price, concession_type, status,
                     delivery_method, barcode, scanned_at)
WITH seat_order AS (
    SELECT s.id, s.auditorium_id, pb.base_price,
           row_number() OVER (PARTITION BY s.auditorium_id ORDER BY s.id) AS ord,
           count(*) OVER (PARTITION BY s.auditorium_id) AS cap
    FROM seats s JOIN price_bands pb ON pb.id = s.price_band_id
), b AS (
    SELECT _bk.*, sum(n_tickets) OVER (PARTITION BY performance_id ORDER BY k) - n_tickets AS prior
    FROM _bk
), t AS (
    SELECT b.*, j, row_number() OVER (ORDER BY b.booking_id, j) AS tid
    FROM b, generate_series(1, b.n_tickets) j
), t2 AS (
    SELECT t.*, so.id AS seat_id, so.base_price,
           CASE WHEN t.channel = 'press office' THEN NULL
                WHEN t.tid % 12 = 0 THEN 'student'
                WHEN t.tid % 12 = 1 THEN 'over 60'
                WHEN t.tid % 12 = 2 THEN 'under 18'
                WHEN t.tid % 12 = 3 THEN 'unwaged' END AS concession
    FROM t
    JOIN seat_order so ON so.auditorium_id = t.auditorium_id
                      AND so.ord = (t.performance_id * 53 + t.prior + t.j - 1) % so.cap + 1
)
SELECT tid, booking_id, performance_id, seat_id,
       CASE WHEN channel = 'press office' THEN 0
            ELSE round(base_price * CASE WHEN performance_type = 'preview' THEN 0.8 ELSE 1 END
                                  * CASE WHEN concession IS NOT NULL THEN 0.75 ELSE 1 END, 2) END,
       concession,
       CASE WHEN status <> 'confirmed' THEN 'refunded'
            WHEN channel = 'press office' THEN 'comp'
            ELSE 'sold' END,
       CASE channel WHEN 'online' THEN 'e-ticket' WHEN 'agency' THEN 'e-ticket'
                    WHEN 'box office' THEN 'printed'
                    WHEN 'phone' THEN CASE WHEN g % 2 = 0 THEN 'post' ELSE 'collect' END
                    ELSE 'collect' END,
       'TK' || lpad(tid::text, 7, '0'),
       CASE WHEN status = 'confirmed' AND starts_at < timestamp '2025-11-15' AND tid % 14 <> 0
            THEN starts_at - interval '35 minutes' + (tid % 30) * interval '1 minute' END
FROM t2;

UPDATE bookings b
SET total_amount = b.booking_fee + s.ticket_total,
    refunded_amount = CASE b.status WHEN 'refunded' THEN b.booking_fee + s.ticket_total
                                    WHEN 'cancelled' THEN s.ticket_total END
FROM (SELECT booking_id, sum(price) AS ticket_total FROM tickets GROUP BY booking_id) s
WHERE s.booking_id = b.id;

DROP TABLE _bk;

-- a patron record exists before its first booking
UPDATE patrons p
SET created_at = f.first_booked - interval '3 days' - (p.id % 200) * interval '1 day'
FROM (SELECT patron_id, min(booked_at) AS first_booked FROM bookings GROUP BY patron_id) f
WHERE f.patron_id = p.id AND p.created_at > f.first_booked;

-- ---------------------------------------------------------------- memberships

INSERT INTO memberships (id, patron_id, membership_number, tier, annual_fee, started_on, expires_on,
                         auto_renew, status, cancelled_on, joined_via, gifted_by_patron_id)
WITH m AS (
    SELECT row_number() OVER (ORDER BY i) AS id, i AS patron_id,
           (ARRAY['Friend','Friend','Friend','Friend','Supporter','Supporter','Patron Circle',
                  'Young Friend'])[1 + (i / 3) % 8] AS tier,
           date '2022-01-10' + (i * 211) % 1360 AS started_on,
           (i / 3) % 5 <> 2 AS auto_renew,
           (i / 3) % 13 = 4 AS wants_cancel
    FROM generate_series(3, 840, 3) i
), m2 AS (
    SELECT m.*,
           CASE WHEN wants_cancel AND started_on + 100 + patron_id % 90 < date '2025-11-15'
                THEN started_on + 100 + patron_id % 90 END AS cancelled_on
    FROM m
), m3 AS (
    SELECT m2.*,
           CASE WHEN auto_renew AND cancelled_on IS NULL
                THEN started_on + ((2025 - extract(year FROM started_on)::int) + 1) * interval '1 year'
                ELSE started_on + interval '1 year' END::date AS expires_on
    FROM m2
)
SELECT id, patron_id, 'M' || lpad((10000 + id * 7)::text, 6, '0'), tier,
       CASE tier WHEN 'Friend' THEN CASE WHEN started_on >= date '2024-01-01' THEN 65 ELSE 60 END
                 WHEN 'Supporter' THEN 150
                 WHEN 'Patron Circle' THEN 600
                 ELSE 25 END,
       started_on, expires_on, auto_renew,
       CASE WHEN cancelled_on IS NOT NULL THEN 'cancelled'
            WHEN expires_on < date '2025-11-15' THEN 'lapsed'
            ELSE 'active' END,
       cancelled_on,
       (ARRAY['online','online','box office','phone'])[1 + id % 4],
       CASE WHEN id % 17 = 3 THEN 1 + (id * 29) % 900 END
FROM m3;

-- ---------------------------------------------------------------- people and contracts

INSERT INTO people (id, first_name, last_name, stage_name, email, phone, primary_discipline,
                    agent_name, agency, is_equity_member, pronouns, home_city, date_of_birth, skills)
WITH fn AS (
    SELECT ARRAY['Olivia','James','Amelia','Oliver','Isla','Harry','Ava','George','Mia','Noah',
                 'Grace','Jack','Freya','Leo','Ella','Arthur','Sophie','Oscar','Ruby','Alfie',
                 'Chloe','Thomas','Evie','Samuel','Lily','Joseph','Poppy','Daniel','Hannah',
                 'Mohammed','Aisha','Priya','Rohan','Niamh','Callum','Zara','Imran','Megan','Rhys',
                 'Fatima','Ewan'] AS a
), ln AS (
    SELECT ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies',
                 'Robinson','Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall',
                 'Wood','Jackson','Clarke','Patel','Khan','Lewis','James','Phillips','Mason',
                 'Mitchell','Rose','Davis','Rodriguez','Cox','Alexander','Morgan','Hughes',
                 'Edwards','Hill','Moore','Clark','Harrison','Scott','Young','Morris','Ahmed'] AS a
), g AS (
    SELECT id, fn.a[1 + (900 + id) % 41] AS first_name, ln.a[1 + (900 + id) % 43] AS last_name,
           CASE WHEN id <= 90 THEN 'actor'
                WHEN id <= 115 THEN 'stage management'
                WHEN id <= 122 THEN 'lighting'
                WHEN id <= 127 THEN 'sound'
                WHEN id <= 130 THEN 'wardrobe'
                WHEN id <= 150 THEN 'design'
                WHEN id <= 155 THEN 'composition'
                ELSE 'movement' END AS discipline
    FROM generate_series(1, 160) id, fn, ln
)
SELECT id, first_name, last_name,
       CASE WHEN discipline = 'actor' AND id % 23 = 0 THEN first_name || ' ' || 'St. ' || last_name END,
       lower(first_name) || '.' || lower(last_name) || '@artists.example.com',
       CASE WHEN id % 3 <> 0 THEN '07' || lpad(((id * 104729) % 1000000000)::text, 9, '0') END,
       discipline,
       CASE WHEN discipline = 'actor' AND id % 5 <> 0 OR discipline = 'design' AND id % 2 = 0 THEN
            (ARRAY['Ruth Adler','Simon Poole','Kate Meyer','Ben Alder','Nadia Shah'])[1 + id % 5] END,
       CASE WHEN discipline = 'actor' AND id % 5 <> 0 OR discipline = 'design' AND id % 2 = 0 THEN
            (ARRAY['Adler Management','Poole & Partners','Meyer Artists','Alder Talent',
                   'Shah Associates'])[1 + id % 5] END,
       CASE WHEN discipline = 'actor' THEN id % 4 <> 0 ELSE id % 3 = 0 END,
       CASE id % 6 WHEN 0 THEN 'she/her' WHEN 1 THEN 'he/him' WHEN 3 THEN 'they/them' END,
       (ARRAY['London','Sheffield','Manchester','Leeds','Bristol','Glasgow','Cardiff'])[1 + (id * 3) % 7],
       CASE WHEN id % 5 <> 3 THEN date '1955-01-01' + (id * 331) % 15000 END,
       CASE WHEN discipline = 'actor' THEN
            CASE id % 7 WHEN 0 THEN ARRAY['singing','dance']
                        WHEN 1 THEN ARRAY['stage combat','accents']
                        WHEN 2 THEN ARRAY['singing','piano']
                        WHEN 3 THEN ARRAY['puppetry','physical theatre']
                        WHEN 4 THEN ARRAY['accents','Welsh language']
                        WHEN 5 THEN ARRAY['singing','guitar','dance']
                        ELSE ARRAY['stage combat','horse riding'] END
            WHEN discipline = 'stage management' AND id % 2 = 0 THEN ARRAY['first aid','rigging']
            WHEN discipline = 'lighting' THEN ARRAY['ETC Eos','rigging']
            WHEN discipline = 'sound' THEN ARRAY['QLab','radio mics'] END
FROM g;

INSERT INTO contracts (id, person_id, production_id, contract_type, department, role,
                       is_understudy, billing_order, fee_basis, weekly_fee, flat_fee,
                       start_date, end_date, signed_on, status)
WITH venue (production_id, auditorium_id) AS (
    VALUES (1,1),(2,1),(3,2),(4,1),(5,3),(6,4),(7,2),(8,1),(9,1),(10,3),(11,1),(12,1),(13,4),(14,2),
           (15,1),(16,1),(17,2),(18,3),(19,1),(20,4),(21,2),(22,1),(23,1),(24,2),(25,1),(26,4),
           (27,3),(28,1),(29,1)
), pr AS (
    SELECT p.*, v.auditorium_id,
           CASE WHEN 'musical' = ANY (p.genres) OR 'pantomime' = ANY (p.genres) THEN 12
                WHEN v.auditorium_id = 4 THEN 10
                WHEN 'shakespeare' = ANY (p.genres) THEN 10
                WHEN v.auditorium_id = 1 THEN 8
                WHEN v.auditorium_id = 2 THEN 5
                ELSE 3 END AS cast_size
    FROM productions p JOIN venue v ON v.production_id = p.id
), c AS (
    -- cast
    SELECT pr.id AS production_id, pr.status AS pstatus, pr.opening_date, pr.closing_date, pr.budget,
           1 + ((pr.id * 13 + j * 7) % 84) AS person_id, 'cast' AS contract_type, 'Acting' AS department,
           CASE WHEN j = 0 THEN 'Lead' WHEN j <= 2 THEN 'Principal'
                WHEN j = pr.cast_size - 1 AND pr.cast_size >= 8 THEN 'Understudy'
                ELSE 'Ensemble' END AS role,
           j = pr.cast_size - 1 AND pr.cast_size >= 8 AS is_understudy,
           j + 1 AS billing_order, 'weekly' AS fee_basis,
           650 + ((pr.id * 11 + j * 17) % 9) * 50
               + CASE WHEN j = 0 THEN 400 WHEN j <= 2 THEN 200 ELSE 0 END AS weekly_fee,
           NULL::numeric AS flat_fee, 28 AS lead_days, j
    FROM pr, generate_series(0, pr.cast_size - 1) j
    UNION ALL
    -- stage management
    SELECT pr.id, pr.status, pr.opening_date, pr.closing_date, pr.budget,
           91 + ((pr.id * 7 + j * 5) % 24), 'crew', 'Stage Management',
           (ARRAY['Stage Manager','Deputy Stage Manager','Assistant Stage Manager'])[1 + j],
           false, NULL, 'weekly', (ARRAY[820, 720, 610])[1 + j] + (pr.id % 4) * 15, NULL, 21, j
    FROM pr, generate_series(0, 2) j
    UNION ALL
    SELECT pr.id, pr.status, pr.opening_date, pr.closing_date, pr.budget,
           116 + pr.id % 6, 'crew', 'Lighting', 'Lighting Operator', false, NULL, 'weekly',
           640 + (pr.id % 3) * 20, NULL, 14, 3
    FROM pr
    UNION ALL
    SELECT pr.id, pr.status, pr.opening_date, pr.closing_date, pr.budget,
           123 + pr.id % 4, 'crew', 'Sound', 'Sound Operator', false, NULL, 'weekly',
           630 + (pr.id % 5) * 10, NULL, 14, 4
    FROM pr
    UNION ALL
    SELECT pr.id, pr.status, pr.opening_date, pr.closing_date, pr.budget,
           128 + pr.id % 3, 'crew', 'Wardrobe', 'Wardrobe Supervisor', false, NULL, 'weekly',
           660 + (pr.id % 2) * 25, NULL, 21, 5
    FROM pr
    UNION ALL
    -- creative team
    SELECT pr.id, pr.status, pr.opening_date, pr.closing_date, pr.budget,
           131 + (pr.id * 7) % 18, 'creative', 'Design', 'Set and Costume Designer', false, NULL, 'flat',
           NULL, 3000 + ((pr.id * 7) % 10) * 450 + CASE WHEN pr.budget > 300000 THEN 2000 ELSE 0 END,
           70, 6
    FROM pr
    UNION ALL
    SELECT pr.id, pr.status, pr.opening_date, pr.closing_date, pr.budget,
           151 + pr.id % 4, 'creative', 'Music', 'Composer', false, NULL, 'flat',
           NULL, 2500 + (pr.id % 6) * 300, 56, 7
    FROM pr
    WHERE pr.id % 2 = 0 OR 'musical' = ANY (pr.genres)
    UNION ALL
    SELECT pr.id, pr.status, pr.opening_date, pr.closing_date, pr.budget,
           156 + pr.id % 4, 'creative', 'Movement', 'Movement Director', false, NULL, 'flat',
           NULL, 1800 + (pr.id % 5) * 250, 35, 8
    FROM pr
    WHERE 'musical' = ANY (pr.genres) OR 'shakespeare' = ANY (pr.genres) OR 'family' = ANY (pr.genres)
)
SELECT row_number() OVER (ORDER BY production_id, contract_type, j, person_id),
       person_id, production_id, contract_type, department, role, is_understudy, billing_order,
       fee_basis, weekly_fee, flat_fee,
       opening_date - lead_days,
       CASE WHEN contract_type = 'creative' THEN opening_date ELSE closing_date END,
       opening_date - lead_days - 30 - j * 3,
       CASE pstatus WHEN 'cancelled' THEN 'terminated'
                    WHEN 'closed' THEN 'completed'
                    WHEN 'running' THEN 'signed'
                    ELSE CASE WHEN j < 4 THEN 'signed' ELSE 'draft' END END
FROM c;

UPDATE contracts SET signed_on = NULL WHERE status = 'draft';

-- ---------------------------------------------------------------- donations

INSERT INTO donations (id, patron_id, donated_on, amount, fund, campaign, payment_method,
                       is_recurring, gift_aid_eligible, is_anonymous, in_memory_of, acknowledged_on)
WITH d AS (
    SELECT d AS id,
           CASE WHEN d % 5 = 0 THEN 3 * (1 + (d * 7) % 90) ELSE 1 + (d * 61) % 510 END AS patron_id,
           date '2022-01-05' + (d * 541) % 1410 AS donated_on,
           CASE WHEN d % 97 = 0 THEN 5000
                WHEN d % 43 = 0 THEN 2500
                ELSE (ARRAY[10,20,25,50,100,250,15,35,75,30,40,500])[1 + (d * 7) % 12] END AS amount,
           (ARRAY['Annual Fund','Access Fund','New Writing Fund','Education and Outreach',
                  'Building Appeal'])[1 + (d * 3 + d / 5) % 5] AS fund,
           (ARRAY['card','direct debit','bank transfer','card','direct debit','cheque'])[1 + d % 6]
               AS payment_method
    FROM generate_series(1, 720) d
)
SELECT d.id, d.patron_id, d.donated_on, d.amount, d.fund,
       CASE WHEN extract(month FROM d.donated_on) IN (3, 4)
                 THEN 'Spring Appeal ' || extract(year FROM d.donated_on)
            WHEN extract(month FROM d.donated_on) IN (11, 12)
                 THEN 'Christmas Appeal ' || extract(year FROM d.donated_on) END,
       d.payment_method,
       d.payment_method = 'direct debit',
       p.gift_aid_declared,
       d.id % 19 = 0,
       CASE WHEN d.id % 53 = 0 THEN 'in memory of ' ||
            (ARRAY['Margaret Hale','Dennis Crowther','Joan Ibbotson'])[1 + (d.id / 53) % 3] END,
       CASE WHEN d.id % 9 <> 0 THEN d.donated_on + d.id % 14 END
FROM d JOIN patrons p ON p.id = d.patron_id;

ANALYZE;
