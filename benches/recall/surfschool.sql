-- Surf school sample database: "Porthcarra Surf Academy", a surf school on a stretch of coast
-- with three beaches (Marrow Sands, Kestrel Cove, Old Harbour Reef).
-- It records customers, instructors, group and private lessons, bookings of customers onto
-- lessons with the price paid, board and wetsuit rentals, the equipment fleet with purchase
-- costs, and one surf/weather reading per beach per day.
-- State is kept only in history tables: the current status of a booking is its latest row in
-- booking_status_changes, the current condition of a board is its latest row in
-- board_condition_log (wetsuits have no condition log). No row carries a status column.
-- Money is in GBP; wave heights in metres, wind in knots, water temperature in degrees Celsius,
-- lesson lengths in minutes. Timestamps are timestamptz (local time Europe/London).
-- Extract taken on 2025-07-01 and covers January 2023 to June 2025.

CREATE FUNCTION pg_temp.pr(a bigint, b bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE h bigint;
BEGIN
  -- deterministic integer mixing (multiply, xor, shift) of two generate_series indices
  h := (a * 374761393 + b * 668265263 + 2246822519) & 4294967295;
  h := ((h # (h >> 13)) * 1274126177) & 4294967295;
  RETURN h # (h >> 16);
END
$$;

CREATE TABLE beaches (
    beach_id        smallint PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    town            text NOT NULL,
    facing          text NOT NULL CHECK (facing IN ('N','NE','E','SE','S','SW','W','NW')),
    is_lifeguarded  boolean NOT NULL,
    car_park_spaces integer CHECK (car_park_spaces >= 0)
);

CREATE TABLE skill_levels (
    skill_level_id smallint PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    rank           smallint NOT NULL UNIQUE,
    min_age        smallint NOT NULL CHECK (min_age BETWEEN 5 AND 18)
);

CREATE TABLE customers (
    customer_id       integer PRIMARY KEY,
    full_name         text NOT NULL,
    email             text UNIQUE,
    phone             text,
    birth_date        date,
    country_code      char(2) NOT NULL,
    newsletter_opt_in boolean NOT NULL DEFAULT false,
    signed_up_at      timestamptz NOT NULL
);

CREATE TABLE instructors (
    instructor_id       smallint PRIMARY KEY,
    full_name           text NOT NULL UNIQUE,
    hired_on            date NOT NULL,
    left_on             date,
    is_head_coach       boolean NOT NULL DEFAULT false,
    certification_level smallint NOT NULL CHECK (certification_level BETWEEN 1 AND 3),
    hourly_rate         numeric(6,2) NOT NULL CHECK (hourly_rate > 0),
    CHECK (left_on IS NULL OR left_on > hired_on)
);

CREATE TABLE lessons (
    lesson_id        integer PRIMARY KEY,
    beach_id         smallint NOT NULL REFERENCES beaches,
    instructor_id    smallint NOT NULL REFERENCES instructors,
    skill_level_id   smallint NOT NULL REFERENCES skill_levels,
    lesson_type      text NOT NULL CHECK (lesson_type IN ('group','private')),
    starts_at        timestamptz NOT NULL,
    duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 30 AND 240),
    max_students     smallint NOT NULL CHECK (max_students BETWEEN 1 AND 12)
);

CREATE TABLE bookings (
    booking_id     integer PRIMARY KEY,
    lesson_id      integer NOT NULL REFERENCES lessons,
    customer_id    integer NOT NULL REFERENCES customers,
    booked_at      timestamptz NOT NULL,
    price_paid     numeric(7,2) NOT NULL CHECK (price_paid >= 0),
    payment_method text NOT NULL CHECK (payment_method IN ('card','cash','voucher')),
    UNIQUE (lesson_id, customer_id)
);

CREATE TABLE booking_status_changes (
    booking_status_change_id integer PRIMARY KEY,
    booking_id               integer NOT NULL REFERENCES bookings,
    status                   text NOT NULL CHECK (status IN ('booked','confirmed','cancelled','attended','no_show')),
    changed_at               timestamptz NOT NULL,
    UNIQUE (booking_id, changed_at)
);

CREATE TABLE equipment_types (
    equipment_type_id smallint PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    kind              text NOT NULL CHECK (kind IN ('board','wetsuit'))
);

CREATE TABLE equipment (
    equipment_id      integer PRIMARY KEY,
    equipment_type_id smallint NOT NULL REFERENCES equipment_types,
    tag_code          text NOT NULL UNIQUE,
    size              text CHECK (size IN ('XS','S','M','L','XL')),
    beach_id          smallint NOT NULL REFERENCES beaches,
    purchased_on      date NOT NULL,
    purchase_cost     numeric(8,2) NOT NULL CHECK (purchase_cost > 0)
);

CREATE TABLE rentals (
    rental_id     integer PRIMARY KEY,
    customer_id   integer NOT NULL REFERENCES customers,
    equipment_id  integer NOT NULL REFERENCES equipment,
    rental_period text NOT NULL CHECK (rental_period IN ('half_day','full_day','week')),
    rented_at     timestamptz NOT NULL,
    returned_at   timestamptz,
    fee           numeric(7,2) NOT NULL CHECK (fee >= 0),
    CHECK (returned_at IS NULL OR returned_at > rented_at)
);

CREATE TABLE board_condition_log (
    board_condition_log_id integer PRIMARY KEY,
    equipment_id           integer NOT NULL REFERENCES equipment,
    condition              text NOT NULL CHECK (condition IN ('good','worn','damaged','retired')),
    logged_at              timestamptz NOT NULL,
    note                   text,
    UNIQUE (equipment_id, logged_at)
);

CREATE TABLE surf_conditions (
    surf_condition_id integer PRIMARY KEY,
    beach_id          smallint NOT NULL REFERENCES beaches,
    reading_date      date NOT NULL,
    wave_height_m     numeric(3,1) NOT NULL CHECK (wave_height_m >= 0),
    wind_knots        smallint NOT NULL CHECK (wind_knots >= 0),
    wind_direction    text NOT NULL CHECK (wind_direction IN ('N','NE','E','SE','S','SW','W','NW')),
    water_temp_c      numeric(3,1),
    red_flag          boolean NOT NULL,
    UNIQUE (beach_id, reading_date)
);

-- ---------------------------------------------------------------- lookups and entities

INSERT INTO beaches VALUES
 (1, 'Marrow Sands',     'Porthcarra', 'W',  true,  220),
 (2, 'Kestrel Cove',     'Tremannow',  'SW', true,  85),
 (3, 'Old Harbour Reef', 'Porthcarra', 'NW', false, NULL);

INSERT INTO skill_levels VALUES
 (1, 'Beginner',     1, 6),
 (2, 'Improver',     2, 8),
 (3, 'Intermediate', 3, 10),
 (4, 'Advanced',     4, 14);

INSERT INTO instructors VALUES
 (1,  'Tamsin Carrow',    '2019-03-01', NULL,         true,  3, 32.00),
 (2,  'Jory Pellow',      '2020-04-15', NULL,         false, 2, 26.00),
 (3,  'Morwenna Tresize', '2021-05-01', NULL,         false, 2, 25.00),
 (4,  'Idris Kellaway',   '2018-06-01', '2024-10-31', true,  3, 34.00),
 (5,  'Senna Rowe',       '2022-04-01', NULL,         false, 1, 21.00),
 (6,  'Fenwick Ashby',    '2022-05-20', '2023-09-30', false, 1, 21.00),
 (7,  'Lowen Bastow',     '2023-04-01', NULL,         false, 2, 24.00),
 (8,  'Kerensa Vage',     '2023-06-01', NULL,         false, 1, 22.00),
 (9,  'Oskar Lindqvist',  '2024-03-15', NULL,         false, 2, 25.50),
 (10, 'Ria Chenoweth',    '2024-05-01', '2025-01-31', false, 1, 22.00),
 (11, 'Mateus Quaresma',  '2024-11-01', NULL,         true,  3, 33.00),
 (12, 'Elowen Scobie',    '2025-04-01', NULL,         false, 1, 22.50);

INSERT INTO customers
SELECT i,
       fn || ' ' || ln,
       CASE WHEN pg_temp.pr(i, 2) % 100 < 7 THEN NULL
            ELSE lower(fn) || '.' || lower(ln) || i || '@' ||
                 (ARRAY['mailbox.example','post.example','inbox.example','webmail.example'])[1 + pg_temp.pr(i, 3) % 4]
       END,
       CASE WHEN pg_temp.pr(i, 4) % 100 < 15 THEN NULL
            ELSE '+' || (CASE cc WHEN 'GB' THEN '44' WHEN 'DE' THEN '49' WHEN 'FR' THEN '33' WHEN 'NL' THEN '31'
                                 WHEN 'IE' THEN '353' WHEN 'ES' THEN '34' WHEN 'US' THEN '1' ELSE '32' END)
                 || ' ' || lpad((pg_temp.pr(i, 5) % 1000000000)::text, 9, '0')
       END,
       CASE WHEN pg_temp.pr(i, 6) % 100 < 30 THEN NULL
            ELSE DATE '1962-01-01' + (pg_temp.pr(i, 7) % 18000)::int
       END,
       cc,
       pg_temp.pr(i, 8) % 100 < 38,
       ((DATE '2022-09-01' + ((i - 1) * 1030 / 700)) + time '10:00' + (i % 9) * interval '1 hour')
           AT TIME ZONE 'Europe/London'
FROM (
  SELECT i,
         (ARRAY['Amelia','Oliver','Isla','Jack','Freya','Noah','Poppy','Harry','Ellie','Leo','Maisie',
                'Oscar','Ruby','Theo','Nina','Finn','Clara','Lukas','Hanna','Jonas','Lea','Hugo','Emma',
                'Daan','Saoirse','Cian','Lucia','Mateo','Grace','Ethan','Ava','Rowan'])[1 + (i - 1) % 32] AS fn,
         (ARRAY['Penrose','Hocking','Trevail','Jago','Nance','Bolitho','Pascoe','Tregear','Rowse','Angove',
                'Keast','Hosking','Varcoe','Couch','Pengelly','Rickard','Brenton','Opie','Kitto','Vosper',
                'Glanville','Retallick','Sandry','Truscott'])[1 + ((i - 1) / 32 + ((i - 1) % 32) * 5) % 24] AS ln,
         CASE WHEN pg_temp.pr(i, 1) % 100 < 46 THEN 'GB'
              WHEN pg_temp.pr(i, 1) % 100 < 61 THEN 'DE'
              WHEN pg_temp.pr(i, 1) % 100 < 72 THEN 'FR'
              WHEN pg_temp.pr(i, 1) % 100 < 81 THEN 'NL'
              WHEN pg_temp.pr(i, 1) % 100 < 88 THEN 'IE'
              WHEN pg_temp.pr(i, 1) % 100 < 93 THEN 'ES'
              WHEN pg_temp.pr(i, 1) % 100 < 97 THEN 'US'
              ELSE 'BE' END AS cc
  FROM generate_series(1, 700) AS i
) c;

INSERT INTO equipment_types VALUES
 (1, 'Soft-top 8ft',              'board'),
 (2, 'Soft-top 9ft',              'board'),
 (3, 'Epoxy funboard 7ft6',       'board'),
 (4, 'Fibreglass shortboard 6ft2','board'),
 (5, 'Longboard 9ft4',            'board'),
 (6, 'Wetsuit 3/2mm',             'wetsuit'),
 (7, 'Wetsuit 4/3mm',             'wetsuit'),
 (8, 'Wetsuit 5/4mm hooded',      'wetsuit');

INSERT INTO equipment
SELECT row_number() OVER (ORDER BY b.batch, n),
       b.type_id,
       CASE WHEN t.kind = 'board' THEN 'B-' ELSE 'W-' END
         || lpad((row_number() OVER (PARTITION BY t.kind ORDER BY b.batch, n))::text, 3, '0'),
       CASE WHEN t.kind = 'wetsuit' THEN (ARRAY['XS','S','M','M','L','L','XL','S'])[1 + n % 8] END,
       b.beach_id,
       b.purchased_on,
       b.unit_cost
FROM (VALUES
  (1,  1, 12, DATE '2022-03-10', 210.00, 1),
  (2,  2, 10, DATE '2022-03-10', 235.00, 1),
  (3,  6, 24, DATE '2022-04-02',  95.00, 1),
  (4,  7, 20, DATE '2022-04-02', 140.00, 1),
  (5,  3,  5, DATE '2022-05-15', 420.00, 2),
  (6,  5,  4, DATE '2022-05-15', 690.00, 2),
  (7,  4,  4, DATE '2022-06-01', 560.00, 3),
  (8,  8,  8, DATE '2022-10-20', 210.00, 3),
  (9,  1,  8, DATE '2023-04-18', 225.00, 1),
  (10, 6, 16, DATE '2023-05-02',  99.00, 2),
  (11, 2,  6, DATE '2023-06-12', 249.00, 2),
  (12, 7, 10, DATE '2023-11-07', 149.00, 1),
  (13, 4,  3, DATE '2024-02-21', 595.00, 3),
  (14, 1, 10, DATE '2024-04-09', 239.00, 1),
  (15, 6, 20, DATE '2024-05-14', 105.00, 1),
  (16, 3,  4, DATE '2024-06-03', 449.00, 2),
  (17, 8,  6, DATE '2024-10-29', 225.00, 3),
  (18, 2,  8, DATE '2025-03-25', 259.00, 1),
  (19, 7, 12, DATE '2025-04-15', 155.00, 2),
  (20, 5,  2, DATE '2025-05-30', 729.00, 2)
) AS b(batch, type_id, qty, purchased_on, unit_cost, beach_id)
JOIN equipment_types t ON t.equipment_type_id = b.type_id
CROSS JOIN LATERAL generate_series(1, b.qty) AS n;

-- ---------------------------------------------------------------- surf conditions

INSERT INTO surf_conditions
SELECT row_number() OVER (ORDER BY day, beach_id),
       beach_id, day, wave, wind,
       (ARRAY['W','SW','SW','W','NW','S','N','NE','E','SE','SW','W'])[1 + pg_temp.pr(dn, beach_id * 7 + 43) % 12],
       CASE WHEN beach_id = 2 AND day BETWEEN DATE '2024-02-05' AND DATE '2024-03-20' THEN NULL
            WHEN pg_temp.pr(dn, beach_id * 3 + 50) % 100 < 2 THEN NULL
            ELSE (ARRAY[10.5,10.0,10.0,10.8,12.4,14.6,16.2,17.0,16.6,15.1,13.2,11.6])[m]
                 + (pg_temp.pr(dn, beach_id * 3 + 51) % 9 - 4) / 10.0
                 + CASE WHEN beach_id = 2 THEN 0.3 ELSE 0 END
       END,
       wave >= (ARRAY[2.5,2.2,3.5])[beach_id] OR wind >= 30
FROM (
  SELECT day, dn, beach_id, m,
         greatest(0.2, round(((ARRAY[2.2,2.0,1.8,1.4,1.1,0.9,0.8,0.9,1.2,1.6,2.0,2.3])[m]
                              + (pg_temp.pr(dn, beach_id * 7 + 40) % 100 - 40) / 60.0
                              + storm * 1.6)
                             * (ARRAY[1.0,0.8,1.35])[beach_id], 1)) AS wave,
         greatest(0, (ARRAY[19,18,16,14,12,10,9,10,12,15,18,20])[m]
                     + (pg_temp.pr(dn, beach_id * 7 + 42) % 13)::int - 4
                     + storm * 14 + CASE WHEN beach_id = 3 THEN 2 ELSE 0 END) AS wind
  FROM (
    SELECT d::date AS day, (d::date - DATE '2023-01-01') AS dn, extract(month FROM d)::int AS m,
           CASE WHEN pg_temp.pr(d::date - DATE '2023-01-01', 41) % 100
                     < CASE WHEN extract(month FROM d) IN (11,12,1,2,3) THEN 12 ELSE 3 END
                THEN 1 ELSE 0 END AS storm
    FROM generate_series(DATE '2023-01-01', DATE '2025-06-30', interval '1 day') AS d
  ) dd
  CROSS JOIN (VALUES (1::smallint), (2::smallint), (3::smallint)) AS bb(beach_id)
  WHERE pg_temp.pr(dn, beach_id + 60) % 200 <> 0
) s;

-- ---------------------------------------------------------------- lessons

INSERT INTO lessons
SELECT x.lesson_id, x.beach_id, ins.instructor_id, x.level, x.lesson_type,
       (x.day + x.start_time) AT TIME ZONE 'Europe/London',
       x.duration, x.max_students
FROM (
  SELECT q.*,
         CASE WHEN lesson_type = 'private'
              THEN CASE WHEN pg_temp.pr(lesson_id, 4) % 100 < 60 THEN 60 ELSE 90 END
              ELSE CASE WHEN pg_temp.pr(lesson_id, 4) % 100 < 80 THEN 120 ELSE 90 END
         END AS duration,
         CASE WHEN lesson_type = 'private'
              THEN CASE WHEN pg_temp.pr(lesson_id, 5) % 100 < 75 THEN 1 ELSE 2 END
              ELSE CASE WHEN level <= 2 THEN 8 ELSE 6 END
         END AS max_students
  FROM (
    SELECT p.*,
           CASE WHEN pg_temp.pr(lesson_id, 2) % 100 < (ARRAY[15,30,60])[beach_id] THEN 'private' ELSE 'group' END AS lesson_type,
           CASE beach_id
             WHEN 1 THEN CASE WHEN pg_temp.pr(lesson_id, 3) % 100 < 65 THEN 1
                              WHEN pg_temp.pr(lesson_id, 3) % 100 < 90 THEN 2 ELSE 3 END
             WHEN 2 THEN CASE WHEN pg_temp.pr(lesson_id, 3) % 100 < 25 THEN 1
                              WHEN pg_temp.pr(lesson_id, 3) % 100 < 65 THEN 2
                              WHEN pg_temp.pr(lesson_id, 3) % 100 < 95 THEN 3 ELSE 4 END
             ELSE CASE WHEN pg_temp.pr(lesson_id, 3) % 100 < 45 THEN 3 ELSE 4 END
           END AS level
    FROM (
      SELECT row_number() OVER (ORDER BY day, beach_id, s) AS lesson_id, day, beach_id, s,
             make_time(CASE beach_id WHEN 1 THEN (ARRAY[9,11,14,16,13])[s]
                                     WHEN 2 THEN (ARRAY[10,13,15,11])[s]
                                     ELSE (ARRAY[8,12])[s] END,
                       CASE WHEN (day - DATE '2023-01-01') % 2 = 0 THEN 0 ELSE 30 END, 0) AS start_time
      FROM (
        SELECT d::date AS day, extract(month FROM d)::int AS m, extract(isodow FROM d)::int AS dow,
               extract(year FROM d)::int AS y
        FROM generate_series(DATE '2023-01-01', DATE '2025-06-30', interval '1 day') AS d
      ) dd
      CROSS JOIN (VALUES (1::smallint), (2::smallint), (3::smallint)) AS bb(beach_id)
      CROSS JOIN generate_series(1, 5) AS s
      WHERE s <= CASE beach_id
                   WHEN 1 THEN CASE WHEN m IN (6,7,8) THEN 3 WHEN m IN (5,9) THEN 2 WHEN m IN (4,10) THEN 1 ELSE 0 END
                               + CASE WHEN dow IN (6,7) THEN 1 ELSE 0 END
                               + CASE WHEN y >= 2024 AND m IN (7,8) THEN 1 ELSE 0 END
                   WHEN 2 THEN CASE WHEN m IN (7,8) THEN 2 WHEN m IN (6,9) THEN 1 ELSE 0 END
                               + CASE WHEN dow IN (6,7) AND m IN (5,6,9,10) THEN 1 ELSE 0 END
                   ELSE CASE WHEN dow = 6 THEN 1 WHEN dow = 7 AND m NOT IN (6,7,8) THEN 1 ELSE 0 END
                 END
    OFFSET 0) p
  OFFSET 0) q
OFFSET 0) x
CROSS JOIN LATERAL (
  SELECT i.instructor_id
  FROM instructors i
  WHERE i.hired_on <= x.day AND (i.left_on IS NULL OR i.left_on >= x.day)
    AND i.certification_level >= CASE WHEN x.level >= 3 THEN 2 ELSE 1 END
  ORDER BY pg_temp.pr(x.lesson_id, i.instructor_id + 100) * (CASE WHEN i.is_head_coach AND x.lesson_type = 'group' THEN 3 ELSE 2 END)
  LIMIT 1
) ins;

-- ---------------------------------------------------------------- bookings

INSERT INTO bookings
SELECT row_number() OVER (ORDER BY z.lesson_id, z.k),
       z.lesson_id,
       1 + (z.base + z.k - 1) % z.maxc,
       (CASE WHEN z.lead_days = 0
             THEN z.local_start - (1 + pg_temp.pr(z.lesson_id, 20 + z.k) % greatest(1, extract(hour FROM z.local_start)::int - 7)) * interval '1 hour'
                                - (pg_temp.pr(z.lesson_id, 25 + z.k) % 50) * interval '1 minute'
             ELSE (z.local_start::date - z.lead_days::int) + time '07:00'
                  + (pg_temp.pr(z.lesson_id, 20 + z.k) % 15) * interval '1 hour'
                  + (pg_temp.pr(z.lesson_id, 25 + z.k) % 60) * interval '1 minute'
        END) AT TIME ZONE 'Europe/London',
       CASE WHEN pg_temp.pr(z.lesson_id, 40 + z.k) % 100 < 12 THEN round(z.list_price * 0.9, 2) ELSE z.list_price END,
       CASE WHEN pg_temp.pr(z.lesson_id, 60 + z.k) % 100 < 74 THEN 'card'
            WHEN pg_temp.pr(z.lesson_id, 60 + z.k) % 100 < 88 THEN 'cash'
            ELSE 'voucher' END
FROM (
  SELECT l.lesson_id, k, local_start, maxc,
         CASE WHEN pg_temp.pr(l.lesson_id, 12) % 10 < 2
              THEN (maxc * (pg_temp.pr(l.lesson_id, 11) % 1000)^2 / 1000000.0)::int
              ELSE (maxc * (pg_temp.pr(l.lesson_id, 11) % 1000) / 1000.0)::int END AS base,
         CASE WHEN pg_temp.pr(l.lesson_id, 30 + k) % 10 < 3 THEN 0
              WHEN pg_temp.pr(l.lesson_id, 30 + k) % 10 < 6 THEN 1 + pg_temp.pr(l.lesson_id, 50 + k) % 3
              WHEN pg_temp.pr(l.lesson_id, 30 + k) % 10 < 9 THEN 4 + pg_temp.pr(l.lesson_id, 50 + k) % 7
              ELSE 11 + pg_temp.pr(l.lesson_id, 50 + k) % 10 END AS lead_days,
         ((CASE WHEN l.lesson_type = 'private' THEN (ARRAY[85,90,95,100])[l.skill_level_id]
                                                 + CASE WHEN l.duration_minutes = 90 THEN 25 ELSE 0 END
                ELSE (ARRAY[40,45,50,55])[l.skill_level_id] END)
          + CASE extract(year FROM local_start) WHEN 2023 THEN 0 WHEN 2024 THEN 5 ELSE 8 END)::numeric(7,2) AS list_price
  FROM (
    SELECT l.*, (l.starts_at AT TIME ZONE 'Europe/London') AS local_start,
           (((l.starts_at AT TIME ZONE 'Europe/London')::date - 21 - DATE '2022-09-01') * 700 / 1030) AS maxc,
           extract(month FROM l.starts_at AT TIME ZONE 'Europe/London')::int AS m
    FROM lessons l
  OFFSET 0) l
  CROSS JOIN LATERAL generate_series(1,
      CASE WHEN l.lesson_type = 'private' THEN l.max_students
           ELSE 1 + pg_temp.pr(l.lesson_id, 10) % (CASE WHEN l.m IN (7,8) THEN l.max_students
                                                       WHEN l.m IN (6,9) THEN l.max_students * 3 / 4
                                                       WHEN l.m IN (4,5,10) THEN l.max_students / 2
                                                       ELSE 3 END)
      END) AS k
OFFSET 0) z;

-- ---------------------------------------------------------------- booking status history

INSERT INTO booking_status_changes
SELECT row_number() OVER (ORDER BY booking_id, changed_at), booking_id, status, changed_at
FROM (
  SELECT booking_id, status, changed_at
  FROM (
    SELECT b.booking_id, b.booked_at, l.starts_at, l.duration_minutes,
           (l.starts_at AT TIME ZONE 'Europe/London')::date AS lesson_day,
           coalesce(sc.red_flag, false) AS red_flag,
           pg_temp.pr(b.booking_id, 70) % 100 AS r_conf,
           pg_temp.pr(b.booking_id, 71) % 100 AS r_fin,
           CASE WHEN extract(month FROM l.starts_at AT TIME ZONE 'Europe/London') IN (11,12,1,2,3) THEN 10 ELSE 6 END AS cancel_pct
    FROM bookings b
    JOIN lessons l ON l.lesson_id = b.lesson_id
    LEFT JOIN surf_conditions sc
           ON sc.beach_id = l.beach_id AND sc.reading_date = (l.starts_at AT TIME ZONE 'Europe/London')::date
  OFFSET 0) v
  CROSS JOIN LATERAL (VALUES
    ('booked', v.booked_at),
    (CASE WHEN v.r_conf < 55 THEN 'confirmed' END,
     to_timestamp(floor(extract(epoch FROM v.booked_at) + (extract(epoch FROM v.starts_at) - extract(epoch FROM v.booked_at)) * 0.25))),
    (CASE WHEN v.lesson_day >= DATE '2025-06-24' THEN NULL
          WHEN v.red_flag AND v.r_fin < 85 THEN 'cancelled'
          WHEN v.r_fin < v.cancel_pct THEN 'cancelled'
          WHEN v.r_fin < v.cancel_pct + 5 THEN 'no_show'
          ELSE 'attended' END,
     CASE WHEN (v.red_flag AND v.r_fin < 85) OR v.r_fin < v.cancel_pct
          THEN to_timestamp(floor(extract(epoch FROM v.booked_at) + (extract(epoch FROM v.starts_at) - extract(epoch FROM v.booked_at)) * 0.7))
          ELSE v.starts_at + (v.duration_minutes + 20) * interval '1 minute' END)
  ) AS e(status, changed_at)
  WHERE e.status IS NOT NULL
) s;

-- ---------------------------------------------------------------- board condition history

INSERT INTO board_condition_log
SELECT row_number() OVER (ORDER BY equipment_id, logged_at), equipment_id, condition, logged_at, note
FROM (
  SELECT ev.equipment_id, ev.condition,
         (ev.day + make_time(9 + (pg_temp.pr(ev.equipment_id, ev.seq + 80) % 8)::int, 0, 0)) AT TIME ZONE 'Europe/London' AS logged_at,
         ev.note
  FROM (
    SELECT b.equipment_id, e.seq, e.condition, e.day, e.note
    FROM (
      SELECT eq.equipment_id, eq.purchased_on,
             eq.purchased_on + (220 + pg_temp.pr(eq.equipment_id, 30) % 420)::int AS worn_day,
             pg_temp.pr(eq.equipment_id, 31) % 100 < 40 AS gets_damaged,
             (20 + pg_temp.pr(eq.equipment_id, 33) % 200)::int AS dmg_after,
             pg_temp.pr(eq.equipment_id, 32) % 4 AS outcome,
             (ARRAY['ding in the rail','cracked fin box','delamination on the deck','snapped leash plug','crushed nose'])
               [1 + pg_temp.pr(eq.equipment_id, 34) % 5] AS damage_note
      FROM equipment eq JOIN equipment_types t USING (equipment_type_id)
      WHERE t.kind = 'board'
    OFFSET 0) b
    CROSS JOIN LATERAL (VALUES
      (1, 'good', b.purchased_on, 'new'),
      (2, 'worn', b.worn_day, NULL),
      (3, CASE WHEN b.gets_damaged THEN 'damaged' END, b.worn_day + b.dmg_after, b.damage_note),
      (4, CASE WHEN b.gets_damaged AND b.outcome IN (0, 1) THEN 'worn'
               WHEN b.gets_damaged AND b.outcome = 2 THEN 'retired' END,
          b.worn_day + b.dmg_after + 8 + (pg_temp.pr(b.equipment_id, 35) % 20)::int,
          CASE WHEN b.outcome IN (0, 1) THEN 'repaired' ELSE 'written off' END),
      (5, CASE WHEN NOT b.gets_damaged AND b.purchased_on < DATE '2023-01-01'
                    AND pg_temp.pr(b.equipment_id, 36) % 100 < 30 THEN 'retired' END,
          b.purchased_on + 900 + (pg_temp.pr(b.equipment_id, 37) % 300)::int, 'end of life')
    ) AS e(seq, condition, day, note)
    WHERE e.condition IS NOT NULL AND e.day <= DATE '2025-06-30'
  ) ev
) s;

-- ---------------------------------------------------------------- rentals

INSERT INTO rentals
SELECT r.rental_id, r.customer_id, pick.equipment_id, r.rental_period,
       r.rented_at,
       CASE WHEN pg_temp.pr(r.rental_id, 95) % 1000 < 15 THEN NULL
            WHEN r.ret_local > TIMESTAMP '2025-06-30 19:00' THEN NULL
            ELSE r.ret_local AT TIME ZONE 'Europe/London' END,
       CASE WHEN r.kind = 'board'
            THEN CASE r.rental_period WHEN 'half_day' THEN 15 WHEN 'full_day' THEN 25 ELSE 120 END
               + CASE WHEN r.day >= DATE '2025-01-01' THEN CASE r.rental_period WHEN 'week' THEN 10 ELSE 2 END ELSE 0 END
            ELSE CASE r.rental_period WHEN 'half_day' THEN 8 WHEN 'full_day' THEN 12 ELSE 55 END
               + CASE WHEN r.day >= DATE '2025-01-01' THEN CASE r.rental_period WHEN 'week' THEN 5 ELSE 1 END ELSE 0 END
       END
FROM (
  SELECT q.*,
         q.rent_local AT TIME ZONE 'Europe/London' AS rented_at,
         q.rent_local + CASE q.rental_period WHEN 'half_day' THEN interval '4 hours'
                                             WHEN 'full_day' THEN interval '8 hours'
                                             ELSE interval '7 days' END
                      + (pg_temp.pr(q.rental_id, 94) % 50) * interval '1 minute' AS ret_local
  FROM (
    SELECT p.*,
           1 + (pg_temp.pr(rental_id, 90) % ((p.day - 1 - DATE '2022-09-01') * 700 / 1030))::int AS customer_id,
           CASE WHEN pg_temp.pr(rental_id, 91) % 100 < 58 THEN 'board' ELSE 'wetsuit' END AS kind,
           CASE WHEN pg_temp.pr(rental_id, 92) % 100 < 55 THEN 'half_day'
                WHEN pg_temp.pr(rental_id, 92) % 100 < 95 THEN 'full_day' ELSE 'week' END AS rental_period,
           p.day + make_time(9 + (pg_temp.pr(rental_id, 93) % 7)::int, ((pg_temp.pr(rental_id, 96) % 4) * 15)::int, 0) AS rent_local
    FROM (
      SELECT row_number() OVER (ORDER BY day, k)::int AS rental_id, day
      FROM (
        SELECT d::date AS day, extract(month FROM d)::int AS m, extract(isodow FROM d)::int AS dow,
               (d::date - DATE '2023-01-01') AS dn
        FROM generate_series(DATE '2023-01-01', DATE '2025-06-30', interval '1 day') AS d
      ) dd
      CROSS JOIN generate_series(1, 7) AS k
      WHERE k <= CASE WHEN m IN (7,8) THEN 5 WHEN m IN (6,9) THEN 3 WHEN m IN (5,10) THEN 2 WHEN m = 4 THEN 1
                      ELSE CASE WHEN dn % 3 = 0 THEN 1 ELSE 0 END END
                 + CASE WHEN dow IN (6,7) THEN 1 ELSE 0 END
    OFFSET 0) p
  OFFSET 0) q
OFFSET 0) r
CROSS JOIN LATERAL (
  SELECT e.equipment_id
  FROM equipment e JOIN equipment_types t USING (equipment_type_id)
  WHERE t.kind = r.kind
    AND e.purchased_on <= r.day
    AND NOT EXISTS (SELECT 1 FROM board_condition_log c
                    WHERE c.equipment_id = e.equipment_id AND c.condition = 'retired' AND c.logged_at <= r.rented_at)
  ORDER BY pg_temp.pr(r.rental_id, e.equipment_id + 1000)
           * CASE WHEN t.kind = 'wetsuit' AND (e.equipment_type_id = 8) = (extract(month FROM r.day) IN (6,7,8,9)) THEN 3 ELSE 2 END
  LIMIT 1
) pick;

ANALYZE;
