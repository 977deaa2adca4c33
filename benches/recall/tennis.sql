-- Operations of a tennis and padel club (members and their membership types, courts,
-- court bookings, coaches and lessons, tournaments with entries and match results, bar
-- sales and membership fee payments), the sample database of the golden set
-- benches/intent/tennis.yaml. Every row is invented and reproducible: generate_series,
-- fixed lists and modular arithmetic, no random() and no clock. Money is in integer
-- cents (euros), lengths of time in minutes.

CREATE TABLE membership_types (
    id                  integer PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    annual_fee_cents    integer NOT NULL,
    court_discount_pct  integer NOT NULL,
    booking_window_days integer NOT NULL,
    includes_padel      boolean NOT NULL
);

CREATE TABLE members (
    id                 integer PRIMARY KEY,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    email              text,
    gender             text NOT NULL,
    birth_date         date NOT NULL,
    membership_type_id integer NOT NULL REFERENCES membership_types (id),
    joined_on          date NOT NULL,
    rating             numeric(2,1) NOT NULL,
    status             text NOT NULL
);

CREATE TABLE courts (
    id                integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    sport             text NOT NULL,
    surface           text NOT NULL,
    is_indoor         boolean NOT NULL,
    has_floodlights   boolean NOT NULL,
    hourly_rate_cents integer NOT NULL,
    opened_on         date NOT NULL
);

CREATE TABLE court_bookings (
    id           integer PRIMARY KEY,
    court_id     integer NOT NULL REFERENCES courts (id),
    member_id    integer NOT NULL REFERENCES members (id),
    starts_at    timestamp NOT NULL,
    duration_min integer NOT NULL,
    price_cents  integer NOT NULL,
    status       text NOT NULL,
    booked_via   text NOT NULL
);

CREATE TABLE coaches (
    id                integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    sport             text NOT NULL,
    level             text NOT NULL,
    hourly_rate_cents integer NOT NULL,
    hired_on          date NOT NULL,
    left_on           date
);

CREATE TABLE lessons (
    id           integer PRIMARY KEY,
    coach_id     integer NOT NULL REFERENCES coaches (id),
    member_id    integer NOT NULL REFERENCES members (id),
    court_id     integer NOT NULL REFERENCES courts (id),
    starts_at    timestamp NOT NULL,
    duration_min integer NOT NULL,
    lesson_type  text NOT NULL,
    fee_cents    integer NOT NULL,
    status       text NOT NULL
);

CREATE TABLE tournaments (
    id                integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    sport             text NOT NULL,
    format            text NOT NULL,
    starts_on         date NOT NULL,
    ends_on           date NOT NULL,
    draw_size         integer NOT NULL,
    entry_fee_cents   integer NOT NULL,
    prize_money_cents integer NOT NULL
);

CREATE TABLE tournament_entries (
    id            integer PRIMARY KEY,
    tournament_id integer NOT NULL REFERENCES tournaments (id),
    member_id     integer NOT NULL REFERENCES members (id),
    partner_id    integer REFERENCES members (id),
    entered_on    date NOT NULL,
    seed          integer
);

CREATE TABLE matches (
    id              integer PRIMARY KEY,
    tournament_id   integer NOT NULL REFERENCES tournaments (id),
    court_id        integer NOT NULL REFERENCES courts (id),
    round           text NOT NULL,
    played_at       timestamp NOT NULL,
    entry_one_id    integer NOT NULL REFERENCES tournament_entries (id),
    entry_two_id    integer NOT NULL REFERENCES tournament_entries (id),
    winner_entry_id integer NOT NULL REFERENCES tournament_entries (id),
    score           text NOT NULL,
    duration_min    integer NOT NULL
);

CREATE TABLE bar_products (
    id           integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    category     text NOT NULL,
    price_cents  integer NOT NULL,
    is_alcoholic boolean NOT NULL
);

CREATE TABLE bar_sales (
    id             integer PRIMARY KEY,
    product_id     integer NOT NULL REFERENCES bar_products (id),
    member_id      integer REFERENCES members (id),
    sold_at        timestamp NOT NULL,
    quantity       integer NOT NULL,
    amount_cents   integer NOT NULL,
    payment_method text NOT NULL
);

CREATE TABLE membership_payments (
    id                 integer PRIMARY KEY,
    member_id          integer NOT NULL REFERENCES members (id),
    membership_type_id integer NOT NULL REFERENCES membership_types (id),
    season             integer NOT NULL,
    paid_on            date NOT NULL,
    amount_cents       integer NOT NULL,
    method             text NOT NULL
);

INSERT INTO membership_types VALUES
  (1, 'Full Adult', 64000, 20, 14, true),
  (2, 'Off-Peak',   38000, 10,  7, false),
  (3, 'Junior',     15000, 50,  7, true),
  (4, 'Student',    22000, 30,  7, true),
  (5, 'Senior',     42000, 20, 14, false),
  (6, 'Family',    110000, 25, 14, true),
  (7, 'Padel Only', 30000, 15, 10, true),
  (8, 'Social',      9000,  0,  3, false);

INSERT INTO members
SELECT i,
       (ARRAY['Emma','Olivia','Sophie','Laura','Anna','Clara','Lucia','Marta','Ines','Julia',
              'Nina','Elena','Hannah','Zoe','Maya','Alice','Grace','Chloe','Eva','Sara',
              'Lucas','Hugo','Martin','Daniel','Pablo','Adam','Leo','Oscar','Jonas','Mateo',
              'Noah','Felix','Samuel','Thomas','David','Marco','Ivan','Erik','Tom','Victor'])[1 + (i * 7) % 40],
       (ARRAY['Garcia','Martin','Lopez','Fischer','Rossi','Dubois','Novak','Jensen','Silva','Moreau',
              'Keller','Romero','Weber','Costa','Lambert','Ortega','Berg','Conti','Navarro','Bauer',
              'Girard','Ferrari','Molina','Hansen','Richter','Marino','Castro','Petit','Vidal','Schmid',
              'Bianchi','Ruiz','Fontaine','Lindqvist','Serra','Duval','Hoffmann','Vega','Larsen','Moretti',
              'Blanco'])[1 + (i * 11) % 41],
       NULL,
       CASE WHEN (i * 7) % 40 < 20 THEN 'F' ELSE 'M' END,
       DATE '1950-01-01' + (i * 2731) % 22200,
       1,
       DATE '2012-01-01' + (i * 409) % 4930,
       1.5 + ((i * 37) % 51) / 10.0,
       CASE WHEN i % 9 = 0 THEN 'lapsed' WHEN i % 23 = 0 THEN 'frozen' ELSE 'active' END
FROM generate_series(1, 400) AS i;

UPDATE members SET email = lower(first_name || '.' || last_name || id || '@mail.example')
WHERE id % 13 <> 0;

UPDATE members SET membership_type_id =
  CASE WHEN birth_date >= DATE '2007-01-01' THEN 3
       WHEN birth_date >= DATE '2001-01-01' AND id % 3 = 0 THEN 4
       WHEN birth_date < DATE '1961-01-01' AND id % 2 = 0 THEN 5
       ELSE (ARRAY[1, 1, 1, 2, 6, 7, 8, 1, 2, 7, 1, 6])[1 + (id * 5) % 12] END;

-- Juniors cannot have joined before they were six.
UPDATE members SET joined_on = birth_date + 2200 + (id * 13) % 900
WHERE joined_on < birth_date + 2200;
UPDATE members SET joined_on = DATE '2025-06-30' - (id * 17) % 400
WHERE joined_on > DATE '2025-06-30';

INSERT INTO courts VALUES
  ( 1, 'Centre Court', 'tennis', 'clay',             false, true,  2800, '2009-04-01'),
  ( 2, 'Court 2',      'tennis', 'clay',             false, true,  2400, '2009-04-01'),
  ( 3, 'Court 3',      'tennis', 'clay',             false, false, 2000, '2009-04-01'),
  ( 4, 'Court 4',      'tennis', 'hard',             false, true,  2200, '2012-05-01'),
  ( 5, 'Court 5',      'tennis', 'hard',             false, false, 1800, '2012-05-01'),
  ( 6, 'Court 6',      'tennis', 'hard',             true,  true,  3200, '2016-10-01'),
  ( 7, 'Court 7',      'tennis', 'hard',             true,  true,  3200, '2016-10-01'),
  ( 8, 'Lawn Court',   'tennis', 'grass',            false, false, 3500, '2019-05-15'),
  ( 9, 'Padel 1',      'padel',  'artificial grass', true,  true,  3600, '2021-09-01'),
  (10, 'Padel 2',      'padel',  'artificial grass', true,  true,  3600, '2021-09-01'),
  (11, 'Padel 3',      'padel',  'artificial grass', false, true,  3000, '2023-05-01'),
  (12, 'Padel 4',      'padel',  'artificial grass', false, false, 2600, '2024-03-15');

-- Court bookings: more of them each year, members booking at very different rates.
INSERT INTO court_bookings (id, court_id, member_id, starts_at, duration_min, price_cents, status, booked_via)
SELECT i,
       (ARRAY[1,1,2,2,3,4,4,5,6,6,7,8,9,9,9,10,10,11,11,12])[1 + ((i * i * 3 + i) % 1009) % 20],
       1 + floor(400 * power(((i * 7907) % 3001 + 0.5) / 3001.0, 1.35))::int,
       (DATE '2022-01-01' + floor(1460.99 * sqrt(((i * 104729) % 3000 + 0.5) / 3000.0))::int)
         + make_interval(hours => 7 + (i * 5) % 15, mins => 30 * ((i / 3) % 2)),
       60, 0,
       CASE WHEN i % 17 = 0 THEN 'cancelled' WHEN i % 29 = 0 THEN 'no_show' ELSE 'completed' END,
       (ARRAY['app','app','app','front desk','phone'])[1 + (i * 3) % 5]
FROM generate_series(1, 3000) AS i;

-- Padel 3 and 4 only take bookings once they are open.
UPDATE court_bookings SET court_id = 9  WHERE court_id = 11 AND starts_at < TIMESTAMP '2023-05-01';
UPDATE court_bookings SET court_id = 10 WHERE court_id = 12 AND starts_at < TIMESTAMP '2024-03-15';
-- Padel is booked in 90-minute slots, tennis in 60, 90 or 120.
UPDATE court_bookings b SET duration_min =
  CASE WHEN c.sport = 'padel' THEN 90 ELSE (ARRAY[60,60,90,120])[1 + (b.id * 3) % 4] END
FROM courts c WHERE c.id = b.court_id;
-- Only members in good standing play: nobody books before joining, after lapsing
-- (the last season paid) or while frozen (2025).
UPDATE court_bookings x SET member_id = (
    SELECT e.id
    FROM (SELECT m.id, row_number() OVER (ORDER BY (m.id * 97) % 401) AS rn, count(*) OVER () AS cnt
          FROM members m
          WHERE m.joined_on <= x.starts_at::date
            AND NOT (m.status = 'lapsed' AND x.starts_at::date >= make_date(2023 + m.id % 3, 1, 1))
            AND NOT (m.status = 'frozen' AND x.starts_at::date >= DATE '2025-01-01')) AS e
    WHERE e.rn = 1 + (x.id * 31) % e.cnt)
WHERE NOT EXISTS (
    SELECT 1 FROM members m
    WHERE m.id = x.member_id
      AND m.joined_on <= x.starts_at::date
      AND NOT (m.status = 'lapsed' AND x.starts_at::date >= make_date(2023 + m.id % 3, 1, 1))
      AND NOT (m.status = 'frozen' AND x.starts_at::date >= DATE '2025-01-01'));
-- The member discount applies; cancelled bookings are refunded, no-shows are charged.
UPDATE court_bookings b SET price_cents =
  CASE WHEN b.status = 'cancelled' THEN 0
       ELSE round(c.hourly_rate_cents * b.duration_min / 60.0 * (100 - t.court_discount_pct) / 100.0)::int END
FROM courts c, members m, membership_types t
WHERE c.id = b.court_id AND m.id = b.member_id AND t.id = m.membership_type_id;

INSERT INTO coaches VALUES
  ( 1, 'Marta',  'Sanchez',  'tennis', 'head coach',      6500, '2015-03-01', NULL),
  ( 2, 'Tom',    'Ridley',   'tennis', 'senior coach',    5000, '2017-09-01', '2024-06-30'),
  ( 3, 'Aisha',  'Bello',    'tennis', 'senior coach',    5200, '2019-01-15', NULL),
  ( 4, 'Lukas',  'Brandt',   'tennis', 'club coach',      3800, '2021-04-01', NULL),
  ( 5, 'Chloe',  'Martin',   'tennis', 'club coach',      3600, '2022-06-01', NULL),
  ( 6, 'Daniel', 'Okafor',   'tennis', 'assistant coach', 2500, '2023-02-01', '2025-03-31'),
  ( 7, 'Pablo',  'Herrera',  'padel',  'head coach',      6000, '2022-01-10', NULL),
  ( 8, 'Lucia',  'Romero',   'padel',  'senior coach',    4500, '2022-09-01', NULL),
  ( 9, 'Sven',   'Olsen',    'padel',  'club coach',      3500, '2024-01-08', NULL),
  (10, 'Grace',  'Kim',      'tennis', 'assistant coach', 2400, '2024-09-01', NULL);

-- Lessons fall inside each coach's time at the club.
INSERT INTO lessons (id, coach_id, member_id, court_id, starts_at, duration_min, lesson_type, fee_cents, status)
SELECT l.i, l.coach_id,
       1 + (l.i * 211 + l.i / 5) % 400,
       CASE WHEN c.sport = 'padel' THEN (ARRAY[9,10,9,10,11])[1 + l.i % 5]
            ELSE (ARRAY[1,2,3,4,5,6,7,2,6,3])[1 + (l.i * 3) % 10] END,
       (greatest(c.hired_on, DATE '2022-01-01')
          + (l.i * 389) % (least(c.left_on, DATE '2025-12-31') - greatest(c.hired_on, DATE '2022-01-01')))
         + make_interval(hours => 8 + (l.i * 7) % 13),
       0,
       (ARRAY['private','private','group','semi-private','private','group','private','group','semi-private','private'])[1 + (l.i * 7) % 10],
       0,
       CASE WHEN l.i % 13 = 0 THEN 'cancelled' ELSE 'completed' END
FROM (SELECT i, (ARRAY[1,1,1,2,2,3,3,3,4,4,5,5,6,7,7,7,8,8,9,10])[1 + ((i * i * 5 + i) % 1013) % 20] AS coach_id
      FROM generate_series(1, 1500) AS i) AS l
JOIN coaches c ON c.id = l.coach_id;

UPDATE lessons x SET member_id = (
    SELECT e.id
    FROM (SELECT m.id, row_number() OVER (ORDER BY (m.id * 97) % 401) AS rn, count(*) OVER () AS cnt
          FROM members m
          WHERE m.joined_on <= x.starts_at::date
            AND NOT (m.status = 'lapsed' AND x.starts_at::date >= make_date(2023 + m.id % 3, 1, 1))
            AND NOT (m.status = 'frozen' AND x.starts_at::date >= DATE '2025-01-01')) AS e
    WHERE e.rn = 1 + (x.id * 43) % e.cnt)
WHERE NOT EXISTS (
    SELECT 1 FROM members m
    WHERE m.id = x.member_id
      AND m.joined_on <= x.starts_at::date
      AND NOT (m.status = 'lapsed' AND x.starts_at::date >= make_date(2023 + m.id % 3, 1, 1))
      AND NOT (m.status = 'frozen' AND x.starts_at::date >= DATE '2025-01-01'));
UPDATE lessons SET court_id = 9 WHERE court_id = 11 AND starts_at < TIMESTAMP '2023-05-01';
UPDATE lessons SET duration_min =
  CASE lesson_type WHEN 'group' THEN 90 WHEN 'semi-private' THEN 60
                   ELSE (ARRAY[60,45,60,90,30])[1 + (id * 3) % 5] END;
-- The fee is what the member pays; cancelled lessons are not charged.
UPDATE lessons l SET fee_cents =
  CASE WHEN l.status = 'cancelled' THEN 0
       ELSE round(c.hourly_rate_cents * l.duration_min / 60.0
                  * CASE l.lesson_type WHEN 'private' THEN 1.0 WHEN 'semi-private' THEN 0.6 ELSE 0.3 END)::int END
FROM coaches c WHERE c.id = l.coach_id;

INSERT INTO tournaments
SELECT (y - 2022) * 4 + k,
       (ARRAY['Spring Open','Padel Masters','Club Championship','Autumn Doubles'])[k] || ' ' || y,
       (ARRAY['tennis','padel','tennis','tennis'])[k],
       (ARRAY['singles','doubles','singles','doubles'])[k],
       make_date(y, (ARRAY[4,6,9,11])[k], (ARRAY[22,10,2,14])[k] + (y - 2022) * 2),
       make_date(y, (ARRAY[4,6,9,11])[k], (ARRAY[22,10,2,14])[k] + (y - 2022) * 2) + (ARRAY[3,2,3,2])[k],
       (ARRAY[16,8,16,8])[k],
       (ARRAY[2500,4000,3000,3500])[k] + (y - 2022) * 250 * k,
       (ARRAY[40000,60000,80000,30000])[k] + (y - 2022) * 5000 * (5 - k)
FROM generate_series(2022, 2025) AS y, generate_series(1, 4) AS k;

-- Entries: distinct members per tournament, all members in good standing for at least a
-- month before it starts; doubles entries carry a partner.
INSERT INTO tournament_entries (id, tournament_id, member_id, partner_id, entered_on, seed)
WITH pool AS (
    SELECT t.id AS tournament_id, m.id,
           row_number() OVER (PARTITION BY t.id ORDER BY (m.id * 97) % 401) AS rn,
           count(*) OVER (PARTITION BY t.id) AS cnt
    FROM tournaments t
    JOIN members m ON m.joined_on <= t.starts_on - 30
        AND NOT (m.status = 'lapsed' AND t.starts_on >= make_date(2023 + m.id % 3, 1, 1))
        AND NOT (m.status = 'frozen' AND t.starts_on >= DATE '2025-01-01')
)
SELECT row_number() OVER (ORDER BY t.id, e)::int,
       t.id,
       (SELECT p.id FROM pool p WHERE p.tournament_id = t.id
          AND p.rn = 1 + (t.id * 11 + CASE WHEN t.format = 'singles' THEN e ELSE 2 * e END) % p.cnt),
       CASE WHEN t.format = 'doubles' THEN
         (SELECT p.id FROM pool p WHERE p.tournament_id = t.id
            AND p.rn = 1 + (t.id * 11 + 2 * e + 1) % p.cnt) END,
       t.starts_on - (7 + (t.id * 5 + e * 3) % 25),
       NULL
FROM tournaments t, generate_series(0, 15) AS e
WHERE e < t.draw_size;

-- The four strongest entries (by rating, pair rating for doubles) are seeded.
UPDATE tournament_entries te SET seed = s.rk
FROM (SELECT te2.id,
             row_number() OVER (PARTITION BY te2.tournament_id
                                ORDER BY m.rating + coalesce(p.rating, 0) DESC, te2.id) AS rk
      FROM tournament_entries te2
      JOIN members m ON m.id = te2.member_id
      LEFT JOIN members p ON p.id = te2.partner_id) AS s
WHERE s.id = te.id AND s.rk <= 4;

-- Knock-out draws played round by round; the stronger side usually wins.
DO $$
DECLARE
    t        record;
    alive    integer[];
    nxt      integer[];
    rnd      integer;
    j        integer;
    a        integer;
    b        integer;
    sa       numeric;
    sb       numeric;
    w        integer;
    mid      integer := 0;
    h        integer;
    rname    text;
    sc       text;
    dur      integer;
BEGIN
    FOR t IN SELECT * FROM tournaments ORDER BY id LOOP
        SELECT array_agg(id ORDER BY id) INTO alive FROM tournament_entries WHERE tournament_id = t.id;
        rnd := 1;
        WHILE array_length(alive, 1) > 1 LOOP
            nxt := '{}';
            rname := CASE array_length(alive, 1) WHEN 16 THEN 'round of 16' WHEN 8 THEN 'quarterfinal'
                                                 WHEN 4 THEN 'semifinal' ELSE 'final' END;
            j := 1;
            WHILE j < array_length(alive, 1) LOOP
                a := alive[j];
                b := alive[j + 1];
                SELECT m.rating + coalesce(p.rating, 0) INTO sa FROM tournament_entries e
                  JOIN members m ON m.id = e.member_id LEFT JOIN members p ON p.id = e.partner_id WHERE e.id = a;
                SELECT m.rating + coalesce(p.rating, 0) INTO sb FROM tournament_entries e
                  JOIN members m ON m.id = e.member_id LEFT JOIN members p ON p.id = e.partner_id WHERE e.id = b;
                sa := sa + ((a * 31 + b * 17 + t.id) % 25) / 10.0;
                sb := sb + ((b * 29 + a * 13 + t.id) % 25) / 10.0;
                w := CASE WHEN sa >= sb THEN a ELSE b END;
                nxt := nxt || w;
                mid := mid + 1;
                h := (a * 7 + b * 3 + mid) % 10;
                sc := (ARRAY['6-3 6-4','6-2 6-1','7-5 6-4','6-4 3-6 6-2','7-6 6-3','6-1 6-0',
                             '4-6 6-3 7-5','6-4 6-4','7-6 4-6 6-4','6-3 7-6'])[1 + h];
                dur := CASE WHEN h IN (3, 6, 8) THEN 125 + (mid * 7) % 50
                            WHEN h IN (1, 5) THEN 55 + (mid * 3) % 20
                            ELSE 75 + (mid * 11) % 40 END;
                INSERT INTO matches VALUES (
                    mid, t.id,
                    CASE WHEN t.sport = 'padel' THEN 9 + (j / 2) % 2
                         WHEN rname = 'final' THEN 1
                         ELSE (ARRAY[1,2,3,4,6,7,2,4])[1 + (j / 2) % 8] END,
                    rname,
                    (t.starts_on + (rnd - 1))
                      + make_interval(hours => 9 + j / 2 + CASE WHEN rname = 'final' THEN 5 ELSE 0 END),
                    a, b, w, sc, dur);
                j := j + 2;
            END LOOP;
            alive := nxt;
            rnd := rnd + 1;
        END LOOP;
    END LOOP;
END $$;

INSERT INTO bar_products VALUES
  ( 1, 'Espresso',               'hot drinks',       180, false),
  ( 2, 'Cappuccino',             'hot drinks',       280, false),
  ( 3, 'Tea',                    'hot drinks',       200, false),
  ( 4, 'Hot Chocolate',          'hot drinks',       300, false),
  ( 5, 'Still Water 50cl',       'soft drinks',      150, false),
  ( 6, 'Sparkling Water 50cl',   'soft drinks',      170, false),
  ( 7, 'Cola',                   'soft drinks',      250, false),
  ( 8, 'Fresh Orange Juice',     'soft drinks',      350, false),
  ( 9, 'Isotonic Drink',         'sports nutrition', 320, false),
  (10, 'Protein Shake',          'sports nutrition', 450, false),
  (11, 'Energy Bar',             'sports nutrition', 250, false),
  (12, 'Banana',                 'snacks',            80, false),
  (13, 'Crisps',                 'snacks',           150, false),
  (14, 'Club Sandwich',          'snacks',           650, false),
  (15, 'Ham and Cheese Toastie', 'snacks',           550, false),
  (16, 'Draught Lager',          'beer and wine',    450, true),
  (17, 'Craft IPA',              'beer and wine',    550, true),
  (18, 'Shandy',                 'beer and wine',    380, true),
  (19, 'House Red (glass)',      'beer and wine',    500, true),
  (20, 'House White (glass)',    'beer and wine',    500, true),
  (21, 'Prosecco (glass)',       'beer and wine',    650, true),
  (22, 'Tennis Balls (tube of 4)', 'shop',           900, false),
  (23, 'Overgrip',               'shop',             350, false),
  (24, 'Padel Balls (tube of 3)', 'shop',            800, false);

-- Bar sales: popular lines sell far more; a quarter of sales are to guests.
INSERT INTO bar_sales (id, product_id, member_id, sold_at, quantity, amount_cents, payment_method)
SELECT i,
       (ARRAY[1,1,1,2,2,2,2,3,5,5,5,6,7,7,8,9,9,9,10,11,11,12,13,13,14,15,16,16,16,16,17,17,18,19,20,21,22,22,23,24])[1 + ((i * i * 7 + i * 3) % 997) % 40],
       CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + (i * 149 + i / 11) % 400 END,
       (DATE '2022-01-01' + floor(1460.99 * power(((i * 7877) % 2500 + 0.5) / 2500.0, 0.8))::int)
         + make_interval(hours => 9 + (i * 5) % 14, mins => (i * 13) % 60),
       (ARRAY[1,1,1,1,2,1,1,2,3,1,1,4])[1 + ((i * i) % 101) % 12],
       0,
       (ARRAY['card','card','member tab','cash','card','member tab'])[1 + (i * 11) % 6]
FROM generate_series(1, 2500) AS i;

-- Member purchases only while a member in good standing.
UPDATE bar_sales x SET member_id = (
    SELECT e.id
    FROM (SELECT m.id, row_number() OVER (ORDER BY (m.id * 97) % 401) AS rn, count(*) OVER () AS cnt
          FROM members m
          WHERE m.joined_on <= x.sold_at::date
            AND NOT (m.status = 'lapsed' AND x.sold_at::date >= make_date(2023 + m.id % 3, 1, 1))
            AND NOT (m.status = 'frozen' AND x.sold_at::date >= DATE '2025-01-01')) AS e
    WHERE e.rn = 1 + (x.id * 59) % e.cnt)
WHERE x.member_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM members m
    WHERE m.id = x.member_id
      AND m.joined_on <= x.sold_at::date
      AND NOT (m.status = 'lapsed' AND x.sold_at::date >= make_date(2023 + m.id % 3, 1, 1))
      AND NOT (m.status = 'frozen' AND x.sold_at::date >= DATE '2025-01-01'));
UPDATE bar_sales s SET amount_cents = s.quantity * p.price_cents
FROM bar_products p WHERE p.id = s.product_id;
-- Guests cannot run a member tab.
UPDATE bar_sales SET payment_method = 'card' WHERE member_id IS NULL AND payment_method = 'member tab';

-- One fee per member and season, from the season they joined; lapsed members stop paying,
-- frozen members pay nothing for 2025.
INSERT INTO membership_payments (id, member_id, membership_type_id, season, paid_on, amount_cents, method)
SELECT row_number() OVER (ORDER BY y, m.id)::int,
       m.id, m.membership_type_id, y,
       CASE WHEN extract(year FROM m.joined_on) = y THEN m.joined_on
            ELSE make_date(y, 1, 2 + (m.id * 7) % 28) END,
       round(t.annual_fee_cents * CASE WHEN y >= 2024 THEN 1.05 ELSE 1.0 END)::int,
       (ARRAY['direct debit','direct debit','card','bank transfer'])[1 + (m.id + y) % 4]
FROM members m
JOIN membership_types t ON t.id = m.membership_type_id
CROSS JOIN generate_series(2022, 2025) AS y
WHERE extract(year FROM m.joined_on) <= y
  AND (m.status <> 'lapsed' OR y <= 2022 + m.id % 3)
  AND (m.status <> 'frozen' OR y <= 2024);
