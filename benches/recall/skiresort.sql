-- A ski resort's operations: guests, lift pass types and pass sales, lifts and lift gate
-- scans, slopes and their nightly grooming by snowcats, ski school instructors and lessons,
-- and the rental shop's equipment and rentals. Sample database of the golden set
-- benches/intent/skiresort.yaml. Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic only).

CREATE TABLE seasons (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    opens_on   date NOT NULL,
    closes_on  date NOT NULL
);
CREATE TABLE guests (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          text NOT NULL UNIQUE,
    home_country   text NOT NULL,
    birth_date     date NOT NULL,
    skill_level    text NOT NULL,
    registered_on  date NOT NULL,
    newsletter_opt_in boolean NOT NULL DEFAULT false
);
CREATE TABLE pass_types (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    age_group       text NOT NULL,
    duration_days   integer,
    is_season_pass  boolean NOT NULL,
    list_price      numeric(8,2) NOT NULL
);
CREATE TABLE pass_sales (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fk_guest       bigint NOT NULL REFERENCES guests (id),
    fk_pass_type   bigint NOT NULL REFERENCES pass_types (id),
    fk_season      bigint NOT NULL REFERENCES seasons (id),
    sold_at        timestamp NOT NULL,
    valid_from     date NOT NULL,
    sales_channel  text NOT NULL,
    price_paid     numeric(8,2) NOT NULL
);
CREATE TABLE lifts (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    lift_type          text NOT NULL,
    seats_per_carrier  integer,
    capacity_per_hour  integer NOT NULL,
    vertical_rise_m    integer NOT NULL,
    length_m           integer NOT NULL,
    opened_year        integer NOT NULL,
    is_operating       boolean NOT NULL
);
CREATE TABLE lift_scans (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fk_pass_sale  bigint NOT NULL REFERENCES pass_sales (id),
    fk_lift       bigint NOT NULL REFERENCES lifts (id),
    scanned_at    timestamp NOT NULL
);
CREATE TABLE slopes (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    difficulty       text NOT NULL,
    length_m         integer NOT NULL,
    fk_lift          bigint NOT NULL REFERENCES lifts (id),
    has_snowmaking   boolean NOT NULL
);
CREATE TABLE snowcats (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    model             text NOT NULL,
    manufacturer      text NOT NULL,
    in_service_since  date NOT NULL,
    has_winch         boolean NOT NULL,
    hourly_cost       numeric(8,2) NOT NULL
);
CREATE TABLE grooming_logs (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fk_slope       bigint NOT NULL REFERENCES slopes (id),
    fk_snowcat     bigint NOT NULL REFERENCES snowcats (id),
    groomed_on     date NOT NULL,
    hours          numeric(4,1) NOT NULL,
    fuel_litres    numeric(6,1) NOT NULL,
    snow_depth_cm  integer NOT NULL
);
CREATE TABLE instructors (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name           text NOT NULL,
    last_name            text NOT NULL,
    discipline           text NOT NULL,
    certification_level  text NOT NULL,
    hired_on             date NOT NULL,
    hourly_wage          numeric(6,2) NOT NULL,
    is_active            boolean NOT NULL
);
CREATE TABLE lessons (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fk_instructor  bigint NOT NULL REFERENCES instructors (id),
    fk_guest       bigint NOT NULL REFERENCES guests (id),
    lesson_date    date NOT NULL,
    start_time     time NOT NULL,
    lesson_type    text NOT NULL,
    hours          numeric(3,1) NOT NULL,
    price          numeric(8,2) NOT NULL,
    status         text NOT NULL
);
CREATE TABLE rental_items (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_type     text NOT NULL,
    brand         text NOT NULL,
    size_label    text NOT NULL,
    tier          text NOT NULL,
    daily_rate    numeric(6,2) NOT NULL,
    purchased_on  date NOT NULL,
    condition     text NOT NULL
);
CREATE TABLE rentals (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fk_guest        bigint NOT NULL REFERENCES guests (id),
    fk_rental_item  bigint NOT NULL REFERENCES rental_items (id),
    rented_on       date NOT NULL,
    due_on          date NOT NULL,
    returned_on     date,
    amount          numeric(8,2) NOT NULL,
    damage_fee      numeric(8,2) NOT NULL DEFAULT 0
);

INSERT INTO seasons (name, opens_on, closes_on) VALUES
    ('2021/22', '2022-01-08', '2022-04-10'),
    ('2022/23', '2022-12-03', '2023-04-10'),
    ('2023/24', '2023-12-02', '2024-04-14'),
    ('2024/25', '2024-11-30', '2025-04-13');

-- Every operating day, numbered; a helper for spreading rows over the seasons.
CREATE TEMP TABLE op_day AS
SELECT (row_number() OVER (ORDER BY d))::int - 1 AS n, d::date AS d, s.id AS season_id
FROM seasons s, generate_series(s.opens_on, s.closes_on, interval '1 day') AS d;

INSERT INTO guests (first_name, last_name, email, home_country, birth_date, skill_level, registered_on, newsletter_opt_in)
SELECT f, l,
       lower(f) || '.' || lower(l) || g || '@example.com',
       (ARRAY['Switzerland','Switzerland','Switzerland','Germany','Germany','Germany',
              'Netherlands','Netherlands','United Kingdom','United Kingdom','France','Italy',
              'Belgium','United States','Austria','Denmark'])[1 + (g * 7 + g / 16) % 16],
       date '1948-03-01' + (g * 4937) % 24800,
       (ARRAY['beginner','intermediate','intermediate','advanced','advanced','expert','beginner'])[1 + (g * 3 + g / 7) % 7],
       date '2025-04-01',
       (g % 3 = 0 OR g % 7 = 1)
FROM (
    SELECT g,
           (ARRAY['Anna','Lukas','Sophie','Jonas','Emma','Noah','Mia','Leon','Laura','Felix',
                  'Hannah','David','Lea','Simon','Julia','Tim','Sarah','Jan','Lisa','Max',
                  'Chloe','Oliver','Isabel','Pieter','Femke','Marco','Giulia','Tom','Charlotte','Ethan'])[1 + (g * 7) % 30] AS f,
           (ARRAY['Müller','Meier','Schmid','Keller','Weber','Huber','Schneider','Fischer','Brunner','Baumann',
                  'Gerber','Frei','Steiner','Moser','de Vries','Jansen','Bakker','Smith','Jones','Taylor',
                  'Brown','Martin','Bernard','Rossi','Bianchi','Peeters','Hansen','Johnson','Wagner'])[1 + (g * 11) % 29] AS l
    FROM generate_series(1, 600) AS g
) AS n
ORDER BY g;

INSERT INTO pass_types (name, age_group, duration_days, is_season_pass, list_price) VALUES
    ('Adult Day Pass',      'adult',  1,    false,  69.00),
    ('Child Day Pass',      'child',  1,    false,  35.00),
    ('Senior Day Pass',     'senior', 1,    false,  55.00),
    ('Afternoon Half Day',  'adult',  1,    false,  49.00),
    ('Adult 3-Day Pass',    'adult',  3,    false, 189.00),
    ('Adult 6-Day Pass',    'adult',  6,    false, 349.00),
    ('Child 6-Day Pass',    'child',  6,    false, 179.00),
    ('Adult Season Pass',   'adult',  NULL, true,  899.00),
    ('Child Season Pass',   'child',  NULL, true,  449.00),
    ('Night Skiing',        'adult',  1,    false,  29.00),
    ('Beginner Area Pass',  'all',    1,    false,  25.00),
    ('Senior Season Pass',  'senior', NULL, true,  699.00);

-- Pass sales: guests whose id is a multiple of 10 never bought a pass.
INSERT INTO pass_sales (fk_guest, fk_pass_type, fk_season, sold_at, valid_from, sales_channel, price_paid)
SELECT x.guest, x.pt, x.season_id,
       x.sold_on + interval '7 hours' + ((x.s * 37) % 600) * interval '1 minute',
       CASE WHEN t.is_season_pass THEN se.opens_on
            WHEN x.channel = 'online' THEN least(x.d + x.s % 3, se.closes_on)
            ELSE x.d END,
       x.channel,
       round(t.list_price
             * (CASE x.season_id WHEN 1 THEN 0.88 WHEN 2 THEN 0.92 WHEN 3 THEN 0.96 ELSE 1 END)
             * (CASE WHEN x.channel = 'online' THEN 0.90 ELSE 1 END), 2)
FROM (
    SELECT s, o.d, o.season_id, pt, channel,
           CASE WHEN g % 10 = 0 THEN g - 1 ELSE g END AS guest,
           CASE WHEN pt IN (8, 9, 12) THEN
                    (SELECT CASE WHEN z.id = 1 THEN z.opens_on - (s % 7)
                                 ELSE z.opens_on - 3 - (s * 7) % 60 END
                     FROM seasons z WHERE z.id = o.season_id)
                ELSE o.d END AS sold_on
    FROM (
        SELECT s,
               1 + (s * 37) % 600 AS g,
               (ARRAY[1,1,1,1,1,2,2,2,3,3,4,4,5,5,6,6,7,8,9,10,10,11,11,1,5,6,2,12,1,4])[1 + ((s * 11 + s / 7) % 31) % 30] AS pt,
               (ARRAY['online','online','online','ticket window','ticket window','ticket window',
                      'hotel partner','kiosk'])[1 + (s * 5 + s / 11) % 8] AS channel,
               (s * 263) % 492 AS dn
        FROM generate_series(1, 1800) AS s
    ) AS q
    JOIN op_day o ON o.n = q.dn
) AS x
JOIN pass_types t ON t.id = x.pt
JOIN seasons se ON se.id = x.season_id
ORDER BY x.s;

INSERT INTO lifts (name, lift_type, seats_per_carrier, capacity_per_hour, vertical_rise_m, length_m, opened_year, is_operating) VALUES
    ('Village Gondola',     'gondola',      8,    2400, 820, 3200, 2008, true),
    ('Edelweiss Express',   'chairlift',    6,    3000, 540, 1850, 2015, true),
    ('Sonnenhang Chair',    'chairlift',    4,    2000, 380, 1400, 2001, true),
    ('Glacier T-Bar',       't-bar',        2,    1200, 310, 1100, 1992, true),
    ('Adler Chair',         'chairlift',    2,    1200, 450, 1600, 1985, false),
    ('Kinderland Carpet',   'magic carpet', NULL,  900,  12,   80, 2018, true),
    ('Nursery Drag',        'drag lift',    1,     700,  40,  250, 1998, true),
    ('Gipfel Quad',         'chairlift',    4,    2400, 610, 2100, 2011, true),
    ('Waldbahn Chair',      'chairlift',    4,    1800, 420, 1500, 2005, true),
    ('Schneefeld T-Bar',    't-bar',        2,    1000, 260,  900, 1995, true),
    ('Panorama Cable Car',  'cable car',    80,    800, 950, 2900, 1979, true),
    ('Summit Express',      'chairlift',    6,    3200, 700, 2300, 2025, true);

-- Gate scans. Season passes are scanned on many days of their season, other passes on the
-- days they are valid. The Adler Chair stood still in 2024/25; the Summit Express opened
-- after the last season on record.
INSERT INTO lift_scans (fk_pass_sale, fk_lift, scanned_at)
SELECT y.sale,
       CASE WHEN y.lift = 5 AND y.season_id = 4 THEN 3 ELSE y.lift END,
       y.day + y.tod
FROM (
    SELECT ps.id AS sale, ps.fk_season AS season_id, k,
           CASE WHEN t.id = 11 THEN (ARRAY[6, 7])[1 + (ps.id + k) % 2]
                ELSE (ARRAY[1,1,1,2,2,2,2,3,3,4,5,8,8,8,9,9,10,11,11,7,2,1,8,3,6])[1 + (ps.id * 3 + k * 7) % 25] END AS lift,
           CASE WHEN t.is_season_pass
                THEN se.opens_on + ((ps.id * 11 + k * 17) % (se.closes_on - se.opens_on + 1))::int
                ELSE least(ps.valid_from + ((k - 1) % t.duration_days)::int, se.closes_on) END AS day,
           CASE WHEN t.id = 10 THEN interval '18 hours' + ((ps.id * 7 + k * 23) % 180) * interval '1 minute'
                WHEN t.id = 4 THEN interval '12 hours 30 minutes' + ((ps.id * 7 + k * 23) % 240) * interval '1 minute'
                ELSE interval '8 hours 30 minutes' + ((ps.id * 7 + k * 23) % 480) * interval '1 minute' END AS tod
    FROM pass_sales ps
    JOIN pass_types t ON t.id = ps.fk_pass_type
    JOIN seasons se ON se.id = ps.fk_season
    CROSS JOIN LATERAL generate_series(1,
        CASE WHEN t.is_season_pass THEN 6 + ps.id % 9
             ELSE coalesce(t.duration_days, 1) + ps.id % 2 END) AS k
) AS y
ORDER BY y.day + y.tod, y.sale, y.k;

INSERT INTO slopes (name, difficulty, length_m, fk_lift, has_snowmaking) VALUES
    ('Talabfahrt',          'blue',  4200,  1, true),
    ('Gondola Run',         'red',   3100,  1, true),
    ('Edelweiss',           'blue',  1900,  2, true),
    ('Enzian',              'red',   2100,  2, true),
    ('Direttissima',        'black', 1700,  2, false),
    ('Sonnenhang',          'blue',  1500,  3, true),
    ('Sunny Side',          'green', 1200,  3, true),
    ('Glacier Bowl',        'red',   1300,  4, false),
    ('Gletscher Steep',     'black',  900,  4, false),
    ('Adlerhorst',          'red',   1800,  5, false),
    ('Eagle Couloir',       'black', 1100,  5, false),
    ('Kinderland',          'green',  120,  6, true),
    ('Bunny Hill',          'green',  300,  7, true),
    ('Gipfelblick',         'blue',  2400,  8, true),
    ('Wildsau',             'black', 2000,  8, false),
    ('Panorama',            'red',   2600,  8, true),
    ('Waldweg',             'blue',  1700,  9, true),
    ('Fuchsbau',            'red',   1600,  9, true),
    ('Tannen',              'blue',  1400,  9, false),
    ('Schneefeld',          'blue',  1000, 10, true),
    ('Schneehase',          'green',  800, 10, true),
    ('Nordwand',            'black', 2700, 11, false),
    ('Cable Car Descent',   'red',   3500, 11, false),
    ('Mogul Alley',         'black',  600,  2, false),
    ('Buckelpiste',         'black',  750,  8, false),
    ('Hinterhang Route',    'black', 1900, 11, false),
    ('Summit Cruiser',      'blue',  2200, 12, true),
    ('Summit Plunge',       'red',   2000, 12, false);

INSERT INTO snowcats (name, model, manufacturer, in_service_since, has_winch, hourly_cost) VALUES
    ('Yeti',   'PistenBully 600',   'Kässbohrer', '2019-11-15', false, 185.00),
    ('Bruno',  'PistenBully 600 W', 'Kässbohrer', '2021-12-01', true,  210.00),
    ('Murmel', 'PistenBully 400',   'Kässbohrer', '2014-10-20', false, 150.00),
    ('Leo',    'Leitwolf',          'Prinoth',    '2022-11-10', false, 195.00),
    ('Bison',  'Bison X',           'Prinoth',    '2017-11-01', false, 170.00),
    ('Fritz',  'PistenBully 100',   'Kässbohrer', '2010-12-01', false, 120.00);

-- Nightly grooming of slopes 1 to 23; the mogul runs, the freeride route and the two new
-- Summit runs were never groomed.
INSERT INTO grooming_logs (fk_slope, fk_snowcat, groomed_on, hours, fuel_litres, snow_depth_cm)
SELECT z.slope, z.cat, z.d, z.hrs, round(z.hrs * (16 + z.k % 9 + CASE WHEN z.cat = 2 THEN 6 ELSE 0 END), 1),
       35 + (z.k * 13) % 130
FROM (
    SELECT k, sl.id AS slope, o.d,
           CASE WHEN sl.id IN (12, 13) THEN 6
                WHEN sl.difficulty = 'black' THEN 2
                ELSE (ARRAY[1, 3, 4, 5, 1, 4])[1 + (k * 5 + k / 23) % 6] END AS cat,
           round(0.5 + sl.length_m / 1000.0 * (0.6 + (k % 5) * 0.1), 1) AS hrs
    FROM generate_series(0, 1379) AS k
    JOIN slopes sl ON sl.id = 1 + k % 23
    JOIN op_day o ON o.n = ((k / 23) * 8 + (k % 23) * 3) % 492
    WHERE NOT (sl.id IN (10, 11) AND o.season_id = 4)
) AS z
ORDER BY z.d, z.slope;

INSERT INTO instructors (first_name, last_name, discipline, certification_level, hired_on, hourly_wage, is_active) VALUES
    ('Reto',      'Zurbriggen', 'ski',       'Level 4', '2009-12-01', 48.00, true),
    ('Martina',   'Imboden',    'ski',       'Level 3', '2014-12-05', 41.50, true),
    ('Sandro',    'Perren',     'snowboard', 'Level 3', '2016-11-28', 40.00, true),
    ('Nadine',    'Julen',      'ski',       'Level 2', '2019-12-02', 34.00, true),
    ('Fabian',    'Lauber',     'ski',       'Level 2', '2020-12-01', 34.00, true),
    ('Chiara',    'Aufdenblatten','ski',     'Level 1', '2022-12-01', 28.50, true),
    ('Dominik',   'Kronig',     'snowboard', 'Level 2', '2018-12-03', 35.00, true),
    ('Selina',    'Biner',      'ski',       'Level 3', '2012-12-01', 42.00, true),
    ('Patrick',   'Taugwalder', 'ski',       'Level 4', '2007-12-01', 49.50, true),
    ('Jana',      'Summermatter','snowboard','Level 1', '2023-11-27', 28.00, true),
    ('Luca',      'Andenmatten','ski',       'Level 1', '2021-12-01', 28.50, false),
    ('Mirjam',    'Furrer',     'telemark',  'Level 3', '2015-12-01', 43.00, true),
    ('Ben',       'Carter',     'snowboard', 'Level 2', '2022-12-01', 33.50, true),
    ('Emily',     'Hughes',     'ski',       'Level 2', '2021-11-29', 33.50, false),
    ('Thomas',    'Brantschen', 'ski',       'Level 3', '2011-12-01', 42.50, true),
    ('Noemi',     'Lehner',     'ski',       'Level 1', '2023-12-01', 28.00, true),
    ('Kevin',     'Schaller',   'snowboard', 'Level 3', '2013-12-02', 41.00, true),
    ('Andrea',    'Kalbermatten','ski',      'Level 2', '2017-12-01', 35.50, true),
    ('Jonas',     'Heinzmann',  'ski',       'Level 1', '2022-12-01', 28.50, false),
    ('Alina',     'Ruppen',     'snowboard', 'Level 1', '2024-11-25', 27.50, true),
    ('Marc',      'Gentinetta', 'ski',       'Level 4', '2005-12-01', 51.00, true),
    ('Sophie',    'Walker',     'ski',       'Level 2', '2019-12-01', 34.50, true),
    ('Leandro',   'Ferrari',    'ski',       'Level 1', '2025-11-17', 27.50, true),
    ('Ida',       'Nyberg',     'snowboard', 'Level 2', '2025-11-17', 32.00, true);

-- Lessons by instructors 1 to 22, each on a day that instructor was on staff.
INSERT INTO lessons (fk_instructor, fk_guest, lesson_date, start_time, lesson_type, hours, price, status)
SELECT w.inst, w.guest, w.d, w.st, w.ltype, w.hrs,
       w.hrs * CASE w.ltype WHEN 'private' THEN 95 WHEN 'semi-private' THEN 70 ELSE 45 END
             * CASE WHEN w.season_id >= 3 THEN 1.05 ELSE 1 END,
       CASE WHEN w.l % 17 = 0 THEN 'cancelled' WHEN w.l % 23 = 0 THEN 'no-show' ELSE 'completed' END
FROM (
    SELECT l, o.d, o.season_id,
           CASE WHEN l % 4 = 0 THEN 1 + (l * 7 + l / 40) % 45 ELSE 1 + (l * 41) % 600 END AS guest,
           i.id AS inst,
           (ARRAY['private','group','group','private','semi-private','group','private'])[1 + (l * 3 + l / 9) % 7] AS ltype,
           (ARRAY[1.0, 2.0, 3.0, 2.0, 1.5, 2.0, 3.0, 1.0])[1 + (l * 5) % 8] AS hrs,
           (ARRAY[time '09:00', time '09:30', time '10:00', time '11:00', time '13:00', time '13:30', time '14:00'])[1 + (l * 2 + l / 5) % 7] AS st
    FROM generate_series(1, 1100) AS l
    JOIN op_day o ON o.n = (l * 149) % 492
    JOIN instructors i ON i.id = 1 + ((l * l + 3 * l) % 103 + l / 50) % 22
    WHERE i.hired_on <= o.d
      AND NOT (i.is_active = false AND o.season_id = 4)
) AS w
ORDER BY w.d, w.st, w.l;

INSERT INTO rental_items (item_type, brand, size_label, tier, daily_rate, purchased_on, condition)
SELECT typ,
       CASE typ
           WHEN 'skis'      THEN (ARRAY['Atomic','Rossignol','Salomon','Head','Völkl'])[1 + (i * 3) % 5]
           WHEN 'snowboard' THEN (ARRAY['Burton','K2','Nitro'])[1 + i % 3]
           WHEN 'boots'     THEN (ARRAY['Salomon','Atomic','Burton','Lange'])[1 + i % 4]
           WHEN 'helmet'    THEN (ARRAY['Giro','POC','Smith'])[1 + i % 3]
           ELSE (ARRAY['Leki','Komperdell'])[1 + i % 2] END,
       CASE typ
           WHEN 'skis'      THEN (140 + 5 * (i % 9)) || ' cm'
           WHEN 'snowboard' THEN (145 + 3 * (i % 6)) || ' cm'
           WHEN 'boots'     THEN 'EU ' || (36 + i % 11)
           WHEN 'helmet'    THEN (ARRAY['S','M','L','XL'])[1 + i % 4]
           ELSE (110 + 5 * (i % 6)) || ' cm' END,
       tier,
       CASE typ WHEN 'skis' THEN 38 WHEN 'snowboard' THEN 35 WHEN 'boots' THEN 18
                WHEN 'helmet' THEN 8 ELSE 5 END
           * CASE tier WHEN 'performance' THEN 1.5 ELSE 1 END,
       bought,
       CASE WHEN i % 29 = 0 THEN 'retired'
            WHEN i % 11 = 0 THEN 'needs service'
            WHEN i % 4 = 0 THEN 'worn'
            WHEN bought >= date '2024-06-01' THEN 'new'
            ELSE 'good' END
FROM (
    SELECT i,
           (ARRAY['skis','skis','skis','skis','snowboard','boots','boots','boots','helmet','helmet','poles'])[1 + i % 11] AS typ,
           CASE WHEN i % 5 = 0 AND i % 11 IN (0, 1, 2, 3, 4) THEN 'performance' ELSE 'standard' END AS tier,
           (ARRAY[date '2021-11-15', date '2021-11-15', date '2021-11-15', date '2021-11-15', date '2021-11-15',
                  date '2022-11-10', date '2022-11-10', date '2023-11-14', date '2023-11-14', date '2024-11-12'])[1 + (i * 3) % 10] AS bought
    FROM generate_series(1, 320) AS i
) AS r
ORDER BY i;

-- One row per item rented; a handful were never brought back.
INSERT INTO rentals (fk_guest, fk_rental_item, rented_on, due_on, returned_on, amount, damage_fee)
SELECT v.guest, v.item, v.d, v.d + v.days - 1,
       CASE WHEN v.r % 97 = 0 THEN NULL
            WHEN v.r % 13 = 0 THEN v.d + v.days
            ELSE v.d + v.days - 1 END,
       ri.daily_rate * v.days,
       CASE WHEN v.r % 41 = 0 THEN 40 + (v.r % 5) * 25 ELSE 0 END
FROM (
    SELECT r, o.d,
           1 + (r * 29) % 600 AS guest,
           1 + (r * 61) % 320 AS item,
           (ARRAY[1, 1, 2, 3, 1, 6, 2, 1, 3, 4, 1, 2])[1 + (r * 7) % 12] AS days
    FROM generate_series(1, 1700) AS r
    JOIN op_day o ON o.n = (r * 331) % 492
) AS v
JOIN rental_items ri ON ri.id = v.item
WHERE NOT (ri.condition = 'retired' AND v.d >= date '2024-06-01')
  AND ri.purchased_on <= v.d
ORDER BY v.d, v.r;

-- A guest is registered on the day of their first pass purchase, lesson or rental.
UPDATE guests g SET registered_on = f.first_day
FROM (
    SELECT fk_guest, min(day) AS first_day FROM (
        SELECT fk_guest, sold_at::date AS day FROM pass_sales
        UNION ALL SELECT fk_guest, lesson_date FROM lessons
        UNION ALL SELECT fk_guest, rented_on FROM rentals
    ) AS a GROUP BY fk_guest
) AS f
WHERE f.fk_guest = g.id;

DROP TABLE op_day;

ANALYZE;
