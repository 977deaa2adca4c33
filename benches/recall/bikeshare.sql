-- Operational data of a bike-sharing operator running docked fleets in Lyon, Bordeaux and
-- Nantes: stations, bikes, riders and their plans, rides, payments and workshop repairs.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE district (
    district_id   integer PRIMARY KEY,
    district_name text NOT NULL,
    city          text NOT NULL,
    population    integer
);

CREATE TABLE station (
    station_id    integer PRIMARY KEY,
    station_code  varchar(10) NOT NULL UNIQUE,
    station_name  text NOT NULL,
    district_id   integer NOT NULL REFERENCES district,
    capacity      integer NOT NULL,
    latitude      numeric(8,5) NOT NULL,
    longitude     numeric(8,5) NOT NULL,
    opened_on     date NOT NULL,
    has_charging  boolean NOT NULL,
    is_active     boolean NOT NULL
);

CREATE TABLE plan (
    plan_id          integer PRIMARY KEY,
    plan_name        text NOT NULL,
    billing_period   text NOT NULL,
    price            numeric(7,2) NOT NULL,
    included_minutes integer NOT NULL,
    ebike_included   boolean NOT NULL,
    is_sold          boolean NOT NULL
);

CREATE TABLE rider (
    rider_id      integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         varchar(120) NOT NULL,
    phone         varchar(20),
    birth_year    integer,
    home_city     text NOT NULL,
    signed_up_on  date NOT NULL,
    last_login_at timestamptz,
    is_blocked    boolean NOT NULL
);

CREATE TABLE membership (
    membership_id integer PRIMARY KEY,
    rider_id      integer NOT NULL REFERENCES rider,
    plan_id       integer NOT NULL REFERENCES plan,
    start_date    date NOT NULL,
    end_date      date,
    status        text NOT NULL,
    auto_renew    boolean NOT NULL,
    price_paid    numeric(8,2) NOT NULL
);

CREATE TABLE bike (
    bike_id            integer PRIMARY KEY,
    serial_number      varchar(20) NOT NULL UNIQUE,
    bike_type          text NOT NULL,
    model              text NOT NULL,
    status             text NOT NULL,
    commissioned_on    date NOT NULL,
    retired_on         date,
    battery_level      integer,
    current_station_id integer REFERENCES station,
    purchase_price     numeric(8,2) NOT NULL
);

CREATE TABLE ride (
    ride_id          integer PRIMARY KEY,
    rider_id         integer NOT NULL REFERENCES rider,
    bike_id          integer NOT NULL REFERENCES bike,
    start_station_id integer NOT NULL REFERENCES station,
    end_station_id   integer REFERENCES station,
    started_at       timestamp NOT NULL,
    ended_at         timestamp,
    duration_min     integer NOT NULL,
    distance_km      numeric(5,2) NOT NULL,
    status           text NOT NULL,
    fare             numeric(7,2) NOT NULL
);

CREATE TABLE payment (
    payment_id    integer PRIMARY KEY,
    rider_id      integer NOT NULL REFERENCES rider,
    ride_id       integer REFERENCES ride,
    membership_id integer REFERENCES membership,
    amount        numeric(8,2) NOT NULL,
    currency      char(3) NOT NULL,
    method        text NOT NULL,
    status        text NOT NULL,
    paid_at       timestamp NOT NULL
);

CREATE TABLE mechanic (
    mechanic_id   integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    city          text NOT NULL,
    hired_on      date NOT NULL,
    hourly_rate   numeric(6,2) NOT NULL,
    is_contractor boolean NOT NULL,
    certification text
);

CREATE TABLE repair (
    repair_id           integer PRIMARY KEY,
    bike_id             integer NOT NULL REFERENCES bike,
    mechanic_id         integer REFERENCES mechanic,
    reported_station_id integer REFERENCES station,
    issue_type          text NOT NULL,
    reported_at         timestamp NOT NULL,
    completed_at        timestamp,
    labour_hours        numeric(4,1),
    parts_cost          numeric(8,2) NOT NULL,
    status              text NOT NULL
);

INSERT INTO district VALUES
 (1,  'Presqu''île',    'Lyon',     31000),
 (2,  'Croix-Rousse',   'Lyon',     29500),
 (3,  'Part-Dieu',      'Lyon',     NULL),
 (4,  'Confluence',     'Lyon',     17800),
 (5,  'Vieux Lyon',     'Lyon',     NULL),
 (6,  'Gerland',        'Lyon',     34200),
 (7,  'Chartrons',      'Bordeaux', 22600),
 (8,  'Saint-Michel',   'Bordeaux', 19400),
 (9,  'La Bastide',     'Bordeaux', 15100),
 (10, 'Mériadeck',      'Bordeaux', NULL),
 (11, 'Île de Nantes',  'Nantes',   19900),
 (12, 'Bouffay',        'Nantes',   12300);

INSERT INTO station
SELECT s.n,
       CASE WHEN s.n <= 24 THEN 'LYO' WHEN s.n <= 40 THEN 'BDX' ELSE 'NTE' END || '-' || lpad(s.n::text, 3, '0'),
       s.name,
       (s.n - 1) / 4 + 1,
       15 + (s.n * 7) % 6 * 5,
       CASE WHEN s.n <= 24 THEN 45.74 WHEN s.n <= 40 THEN 44.83 ELSE 47.20 END + (s.n * 37 % 50) / 1000.0,
       CASE WHEN s.n <= 24 THEN 4.81 WHEN s.n <= 40 THEN -0.59 ELSE -1.57 END + (s.n * 53 % 50) / 1000.0,
       CASE WHEN s.n <= 24 THEN date '2019-04-01' WHEN s.n <= 40 THEN date '2020-03-15' ELSE date '2021-05-10' END
           + (s.n % 4) * 120,
       s.n % 3 = 0,
       s.n NOT IN (20, 39)
FROM unnest(ARRAY[
  'Place Bellecour', 'Hôtel de Ville', 'Cordeliers', 'Place des Jacobins',
  'Gros Caillou', 'Place de la Croix-Rousse', 'Hénon', 'Montée de la Grande Côte',
  'Gare Part-Dieu', 'Halles Paul Bocuse', 'Brotteaux', 'Garibaldi',
  'Sucrière', 'Musée des Confluences', 'Place Carnot', 'Sainte-Blandine',
  'Saint-Jean', 'Saint-Paul', 'Fourvière', 'Saint-Georges',
  'Halle Tony Garnier', 'Stade de Gerland', 'Jean Macé', 'Debourg',
  'Quai des Chartrons', 'Cité du Vin', 'Jardin Public', 'Place Paul Doumer',
  'Porte de Bourgogne', 'Place Saint-Michel', 'Gare Saint-Jean', 'Capucins',
  'Jardin Botanique', 'Place Stalingrad', 'Thiers Benauge', 'Darwin',
  'Mériadeck', 'Hôtel de Police', 'Gambetta', 'Pey-Berland',
  'Machines de l''Île', 'Hangar à Bananes', 'Chantiers Navals', 'Prairie au Duc',
  'Place du Bouffay', 'Château des Ducs', 'Commerce', 'Place Royale'
]) WITH ORDINALITY AS s0(name, n0),
     LATERAL (SELECT s0.name, s0.n0::integer AS n) s;

INSERT INTO plan VALUES
 (1, 'Day Pass',  'day',   5.00,   1440, false, true),
 (2, 'Monthly',   'month', 16.50,  45,   false, true),
 (3, 'Annual',    'year',  149.00, 45,   false, true),
 (4, 'Student',   'year',  79.00,  45,   false, true),
 (5, 'Gold',      'year',  249.00, 60,   true,  true),
 (6, 'Senior',    'year',  99.00,  30,   false, false);

INSERT INTO rider
SELECT i,
       (ARRAY['Camille','Lucas','Léa','Hugo','Chloé','Louis','Manon','Jules','Inès','Arthur',
              'Sarah','Nathan','Emma','Tom','Zoé','Théo','Jade','Paul','Alice','Maxime'])[1 + i % 20],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy',
              'Moreau','Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand',
              'Roux','Vincent'])[1 + (i * 7) % 19],
       lower(translate((ARRAY['Camille','Lucas','Léa','Hugo','Chloé','Louis','Manon','Jules','Inès','Arthur',
              'Sarah','Nathan','Emma','Tom','Zoé','Théo','Jade','Paul','Alice','Maxime'])[1 + i % 20], 'éèÉ', 'eeE'))
         || '.' || i || '@' || (ARRAY['gmail.com','orange.fr','free.fr','outlook.fr','laposte.net'])[1 + i % 5],
       CASE WHEN i % 6 = 0 THEN NULL ELSE '+33 6 ' || lpad(((i * 7919) % 100000000)::text, 8, '0') END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE 1955 + (i * 13) % 50 END,
       CASE WHEN i % 10 < 6 THEN 'Lyon' WHEN i % 10 < 9 THEN 'Bordeaux' ELSE 'Nantes' END,
       date '2021-03-01' + i * 2,
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE timestamptz '2024-06-01 08:00:00+00' + ((i * 9173) % 300000) * interval '1 minute' END,
       i % 47 = 0
FROM generate_series(1, 400) AS i;

INSERT INTO membership
SELECT m.i, m.rider_id, m.plan_id, m.start_date,
       CASE WHEN m.plan_id = 1 THEN m.start_date
            WHEN m.plan_id = 2 AND m.i % 5 = 0 AND m.start_date > date '2024-06-01' THEN NULL
            WHEN m.plan_id = 2 THEN (m.start_date + interval '1 month')::date
            ELSE (m.start_date + interval '1 year')::date - 1 END,
       CASE WHEN m.i % 17 = 0 THEN 'cancelled'
            WHEN m.plan_id = 2 AND m.i % 5 = 0 AND m.start_date > date '2024-06-01' THEN 'active'
            WHEN m.plan_id = 1 AND m.start_date >= date '2024-12-31' THEN 'active'
            WHEN m.plan_id = 2 AND (m.start_date + interval '1 month')::date >= date '2024-12-31' THEN 'active'
            WHEN m.plan_id > 2 AND (m.start_date + interval '1 year')::date - 1 >= date '2024-12-31' THEN 'active'
            ELSE 'expired' END,
       m.plan_id IN (2, 3, 5) AND m.i % 3 <> 0,
       CASE WHEN m.i % 13 = 0 THEN round(p.price * 0.8, 2) ELSE p.price END
FROM (
    SELECT i,
           4 * (((i - 1) % 300) / 3) + ((i - 1) % 300) % 3 + 1 AS rider_id,
           CASE WHEN i <= 300 THEN 1 + (i * 5) % 6 ELSE 1 + (i * 7) % 5 END AS plan_id,
           date '2021-03-01' + (4 * (((i - 1) % 300) / 3) + ((i - 1) % 300) % 3 + 1) * 2
               + CASE WHEN i <= 300 THEN (i % 4) ELSE 380 + (i % 90) * 3 END AS start_date
    FROM generate_series(1, 600) AS i
) m JOIN plan p USING (plan_id);

INSERT INTO bike
SELECT i,
       CASE WHEN i <= 180 THEN 'LYO' WHEN i <= 270 THEN 'BDX' ELSE 'NTE' END
           || CASE WHEN i % 3 = 0 THEN '-E-' ELSE '-C-' END || lpad(i::text, 5, '0'),
       CASE WHEN i % 3 = 0 THEN 'electric' ELSE 'classic' END,
       CASE WHEN i % 3 = 0 THEN (ARRAY['Vélo Urbain E2','Arcade E-Smart'])[1 + i % 2]
            ELSE (ARRAY['Vélo Urbain C3','Arcade Classic','Smoove Lite'])[1 + (i / 3) % 3] END,
       CASE WHEN i % 41 = 0 THEN 'retired'
            WHEN i % 13 = 0 THEN 'in_repair'
            WHEN i % 5 = 0 THEN 'in_use'
            ELSE 'available' END,
       date '2020-02-01' + (i * 17) % 900,
       CASE WHEN i % 41 = 0 THEN date '2024-03-01' + (i % 7) * 20 END,
       CASE WHEN i % 3 = 0 AND i % 41 <> 0 THEN 10 + (i * 29) % 91 END,
       CASE WHEN i % 41 = 0 OR i % 13 = 0 OR i % 5 = 0 THEN NULL
            WHEN i <= 180 THEN 1 + (i * 7) % 24
            WHEN i <= 270 THEN 25 + (i * 7) % 16
            ELSE 41 + (i * 7) % 8 END,
       CASE WHEN i % 3 = 0 THEN 1890.00 + (i % 2) * 210 ELSE 740.00 + (i % 3) * 35 END
FROM generate_series(1, 300) AS i;

INSERT INTO ride
SELECT r.i, r.rider_id, r.bike_id, r.start_station_id,
       CASE WHEN r.status = 'abandoned' THEN NULL
            WHEN r.status = 'cancelled' THEN r.start_station_id
            ELSE r.end_station_id END,
       r.started_at,
       CASE WHEN r.i % 211 = 0 THEN NULL ELSE r.started_at + r.duration_min * interval '1 minute' END,
       r.duration_min,
       CASE WHEN r.status = 'cancelled' THEN 0
            ELSE round(r.duration_min * CASE WHEN r.electric THEN 0.31 ELSE 0.22 END
                       * (0.85 + (r.i % 7) * 0.05), 2) END,
       r.status,
       CASE WHEN r.status = 'cancelled' THEN 0
            WHEN r.member THEN CASE WHEN r.electric THEN round(0.10 * r.duration_min, 2)
                                    WHEN r.duration_min > 45 THEN round(0.05 * (r.duration_min - 45), 2)
                                    ELSE 0 END
            ELSE 1.00 + round(CASE WHEN r.electric THEN 0.25 ELSE 0.15 END * r.duration_min, 2) END
FROM (
    SELECT x.*,
           x.rider_id % 4 <> 0 AS member,
           x.bike_id % 3 = 0 AS electric,
           CASE WHEN x.i % 97 = 0 THEN 'cancelled'
                WHEN x.i % 151 = 0 THEN 'abandoned'
                WHEN x.i % 89 = 0 THEN 'disputed'
                ELSE 'completed' END AS status,
           CASE WHEN x.i % 97 = 0 THEN 1
                ELSE 4 + (x.i * 7) % 31 + CASE WHEN x.i % 11 = 0 THEN 30 ELSE 0 END END AS duration_min
    FROM (
        SELECT i,
               CASE WHEN q.rid % 23 = 0 THEN q.rid + 1 ELSE q.rid END AS rider_id,
               CASE WHEN i % 10 < 6 THEN 1 + (i * 31) % 180
                    WHEN i % 10 < 9 THEN 181 + (i * 31) % 90
                    ELSE 271 + (i * 31) % 30 END AS bike_id,
               c.base + 1 + (floor(c.n * power(((i * 37) % 997) / 997.0, 1.5))::integer * 5) % c.n AS start_station_id,
               c.base + 1 + (floor(c.n * power(((i * 61 + i / 13) % 983) / 983.0, 1.3))::integer * 7 + 3) % c.n
                   AS end_station_id,
               date_trunc('minute', timestamp '2022-01-01 06:40:00'
                   + power((i - 1) / 2000.0, 0.85) * interval '1096 days' + ((i * 37) % 180) * interval '1 minute') AS started_at
        FROM generate_series(1, 2000) AS i,
             LATERAL (SELECT 1 + (i * 37) % least(399, 150 + i * 27 / 100) AS rid) q,
             LATERAL (SELECT CASE WHEN i % 10 < 6 THEN 0 WHEN i % 10 < 9 THEN 24 ELSE 40 END AS base,
                             CASE WHEN i % 10 < 6 THEN 24 WHEN i % 10 < 9 THEN 16 ELSE 8 END AS n) c
    ) x
) r;

INSERT INTO payment
SELECT row_number() OVER (ORDER BY t.paid_at, t.kind, t.ref),
       t.rider_id, t.ride_id, t.membership_id, t.amount, 'EUR',
       (ARRAY['card','card','apple_pay','google_pay','wallet'])[1 + t.ref % 5],
       CASE WHEN t.ref % 53 = 0 THEN 'failed' WHEN t.ref % 71 = 0 THEN 'refunded' ELSE 'succeeded' END,
       t.paid_at
FROM (
    SELECT 'ride' AS kind, ride_id AS ref, rider_id, ride_id, NULL::integer AS membership_id,
           fare AS amount, coalesce(ended_at, started_at + duration_min * interval '1 minute') + interval '2 minutes' AS paid_at
    FROM ride WHERE fare > 0
    UNION ALL
    SELECT 'membership', membership_id, rider_id, NULL, membership_id, price_paid,
           start_date + time '09:15' + (membership_id % 600) * interval '1 minute'
    FROM membership
) t;

INSERT INTO mechanic VALUES
 (1,  'Karim',    'Benali',    'Lyon',     '2019-03-11', 24.50, false, 'E-bike Level 2'),
 (2,  'Sophie',   'Marchand',  'Lyon',     '2019-05-02', 23.00, false, NULL),
 (3,  'Julien',   'Fabre',     'Lyon',     '2020-09-14', 22.00, false, 'E-bike Level 1'),
 (4,  'Nadia',    'Chevalier', 'Lyon',     '2021-02-01', 21.50, true,  NULL),
 (5,  'Antoine',  'Girard',    'Lyon',     '2022-04-19', 22.50, false, 'E-bike Level 2'),
 (6,  'Yasmine',  'Lambert',   'Lyon',     '2023-01-09', 21.00, true,  NULL),
 (7,  'Pierre',   'Fontaine',  'Lyon',     '2024-10-07', 20.50, false, NULL),
 (8,  'Élodie',   'Rousseau',  'Bordeaux', '2020-03-02', 23.50, false, 'E-bike Level 2'),
 (9,  'Mathieu',  'Blanc',     'Bordeaux', '2020-06-22', 22.00, false, NULL),
 (10, 'Claire',   'Guerin',    'Bordeaux', '2022-09-05', 21.50, true,  'E-bike Level 1'),
 (11, 'Romain',   'Muller',    'Bordeaux', '2024-11-18', 20.00, true,  NULL),
 (12, 'Laura',    'Henry',     'Nantes',   '2021-05-03', 23.00, false, 'E-bike Level 1'),
 (13, 'Benoît',   'Roussel',   'Nantes',   '2021-05-03', 22.00, false, NULL),
 (14, 'Amélie',   'Perrin',    'Nantes',   '2023-06-12', 21.50, true,  NULL);

INSERT INTO repair
SELECT r.i, r.bike_id,
       CASE WHEN r.status = 'open' AND r.i % 2 = 0 THEN NULL ELSE r.mechanic_id END,
       CASE WHEN r.i % 8 = 0 THEN NULL ELSE r.station_id END,
       r.issue_type, r.reported_at,
       CASE WHEN r.status = 'completed'
            THEN r.reported_at + (2 + (r.i * 11) % 70) * interval '1 hour' END,
       CASE WHEN r.status = 'completed' THEN 0.5 + ((r.i * 3) % 8) * 0.5 END,
       CASE WHEN r.status = 'open' THEN 0
            WHEN r.issue_type = 'battery' THEN 180.00 + (r.i % 5) * 25
            WHEN r.issue_type = 'frame' THEN 95.00 + (r.i % 4) * 15
            WHEN r.issue_type = 'brakes' THEN 18.50 + (r.i % 3) * 6
            WHEN r.issue_type = 'flat tyre' THEN 9.90 + (r.i % 2) * 4
            ELSE 12.00 + (r.i % 6) * 3.5 END,
       r.status
FROM (
    SELECT x.*,
           CASE WHEN x.reported_at > timestamp '2024-12-20' THEN 'open'
                WHEN x.reported_at > timestamp '2024-12-05' OR x.i % 61 = 0 THEN 'in_progress'
                ELSE 'completed' END AS status,
           CASE WHEN x.bike_id <= 180
                THEN 1 + floor(power(((x.i * 13) % 100) / 100.0, 1.3) * CASE WHEN x.reported_at < timestamp '2022-04-19' THEN 4
                                          WHEN x.reported_at < timestamp '2023-01-09' THEN 5 ELSE 6 END)
                WHEN x.bike_id <= 270
                THEN 8 + floor(power(((x.i * 13) % 100) / 100.0, 1.3) * CASE WHEN x.reported_at < timestamp '2022-09-05' THEN 2 ELSE 3 END)
                ELSE 12 + floor(power(((x.i * 13) % 100) / 100.0, 1.3) * CASE WHEN x.reported_at < timestamp '2023-06-12' THEN 2 ELSE 3 END)
           END AS mechanic_id
    FROM (
        SELECT i, b.bike_id,
               CASE WHEN b.bike_id <= 180 THEN 1 + (i * 5) % 24
                    WHEN b.bike_id <= 270 THEN 25 + (i * 5) % 16
                    ELSE 41 + (i * 5) % 8 END AS station_id,
               CASE WHEN b.bike_id % 3 = 0 AND i % 4 = 0 THEN 'battery'
                    ELSE (ARRAY['flat tyre','brakes','chain','lights','flat tyre','brakes','gears','frame','display'])
                         [1 + (i * 5) % CASE WHEN b.bike_id % 3 = 0 THEN 9 ELSE 8 END] END AS issue_type,
               timestamp '2022-01-03 08:00:00' + (i - 1) * interval '2630 minutes'
                   + ((i * 53) % 600) * interval '1 minute' AS reported_at
        FROM generate_series(1, 600) AS i,
             LATERAL (SELECT 1 + (i * 67) % 287 AS bike_id) b
    ) x
) r;
