-- Operational data of a parking operator running multi-storey car parks in French cities,
-- used as the sample database of the golden set benches/intent/parking.frozen.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE garages (
    id           bigint PRIMARY KEY,
    name         text NOT NULL,
    city         text NOT NULL,
    address      text,
    capacity     integer NOT NULL,
    hourly_rate  numeric(6,2) NOT NULL,
    daily_max    numeric(6,2) NOT NULL,
    covered      boolean NOT NULL,
    opened_on    date NOT NULL,
    created_at   timestamp NOT NULL,
    updated_at   timestamp NOT NULL
);
CREATE TABLE zones (
    id          bigint PRIMARY KEY,
    garage_id   bigint NOT NULL REFERENCES garages(id),
    name        varchar(40) NOT NULL,
    level       integer NOT NULL,
    zone_type   text NOT NULL,
    created_at  timestamp NOT NULL,
    updated_at  timestamp NOT NULL
);
CREATE TABLE spaces (
    id          bigint PRIMARY KEY,
    zone_id     bigint NOT NULL REFERENCES zones(id),
    code        varchar(12) NOT NULL,
    space_type  text NOT NULL,
    electric    boolean NOT NULL,
    active      boolean NOT NULL,
    created_at  timestamp NOT NULL,
    updated_at  timestamp NOT NULL
);
CREATE TABLE customers (
    id            bigint PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         varchar(120) NOT NULL,
    phone         varchar(20),
    city          text NOT NULL,
    business      boolean NOT NULL,
    signed_up_on  date NOT NULL,
    created_at    timestamp NOT NULL,
    updated_at    timestamp NOT NULL
);
CREATE TABLE vehicles (
    id           bigint PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers(id),
    plate        varchar(12) NOT NULL UNIQUE,
    make         text NOT NULL,
    model        text NOT NULL,
    color        text,
    model_year   integer,
    electric     boolean NOT NULL,
    created_at   timestamp NOT NULL,
    updated_at   timestamp NOT NULL
);
CREATE TABLE plans (
    id                 bigint PRIMARY KEY,
    name               text NOT NULL,
    monthly_price      numeric(8,2) NOT NULL,
    includes_charging  boolean NOT NULL,
    nights_only        boolean NOT NULL,
    active             boolean NOT NULL,
    created_at         timestamp NOT NULL,
    updated_at         timestamp NOT NULL
);
CREATE TABLE permits (
    id             bigint PRIMARY KEY,
    customer_id    bigint NOT NULL REFERENCES customers(id),
    vehicle_id     bigint NOT NULL REFERENCES vehicles(id),
    plan_id        bigint NOT NULL REFERENCES plans(id),
    garage_id      bigint NOT NULL REFERENCES garages(id),
    starts_on      date NOT NULL,
    ends_on        date,
    status         text NOT NULL,
    monthly_price  numeric(8,2) NOT NULL,
    auto_renew     boolean NOT NULL,
    created_at     timestamp NOT NULL,
    updated_at     timestamp NOT NULL
);
CREATE TABLE parking_sessions (
    id          bigint PRIMARY KEY,
    vehicle_id  bigint NOT NULL REFERENCES vehicles(id),
    garage_id   bigint NOT NULL REFERENCES garages(id),
    space_id    bigint REFERENCES spaces(id),
    permit_id   bigint REFERENCES permits(id),
    entered_at  timestamp NOT NULL,
    exited_at   timestamp,
    fee         numeric(8,2),
    status      text NOT NULL,
    created_at  timestamp NOT NULL,
    updated_at  timestamp NOT NULL
);
CREATE TABLE payments (
    id                  bigint PRIMARY KEY,
    customer_id         bigint NOT NULL REFERENCES customers(id),
    parking_session_id  bigint REFERENCES parking_sessions(id),
    permit_id           bigint REFERENCES permits(id),
    amount              numeric(10,2) NOT NULL,
    payment_method      text NOT NULL,
    status              text NOT NULL,
    paid_at             timestamptz NOT NULL,
    created_at          timestamp NOT NULL,
    updated_at          timestamp NOT NULL
);
CREATE TABLE officers (
    id            bigint PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    badge_number  varchar(10) NOT NULL UNIQUE,
    garage_id     bigint REFERENCES garages(id),
    hourly_wage   numeric(6,2) NOT NULL,
    hired_on      date NOT NULL,
    active        boolean NOT NULL,
    created_at    timestamp NOT NULL,
    updated_at    timestamp NOT NULL
);
CREATE TABLE citations (
    id              bigint PRIMARY KEY,
    vehicle_id      bigint NOT NULL REFERENCES vehicles(id),
    officer_id      bigint NOT NULL REFERENCES officers(id),
    garage_id       bigint NOT NULL REFERENCES garages(id),
    violation_type  text NOT NULL,
    fine_amount     numeric(8,2) NOT NULL,
    issued_at       timestamp NOT NULL,
    due_on          date NOT NULL,
    paid            boolean NOT NULL,
    paid_on         date,
    status          text NOT NULL,
    notes           text,
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL
);

INSERT INTO garages (id, name, city, address, capacity, hourly_rate, daily_max, covered, opened_on, created_at, updated_at) VALUES
  (1,  'Bellecour',          'Lyon',      '12 Place Bellecour',              640, 3.20, 28.00, true,  '2009-05-04', '2021-11-02 09:14:00', '2024-06-18 10:02:00'),
  (2,  'Part-Dieu Gare',     'Lyon',      '5 Boulevard Vivier-Merle',        880, 3.60, 32.00, true,  '2012-09-17', '2021-11-02 09:16:00', '2024-03-07 15:40:00'),
  (3,  'Croix-Rousse',       'Lyon',      '2 Rue d''Austerlitz',             260, 2.40, 18.00, false, '2016-03-01', '2021-11-02 09:19:00', '2023-09-12 11:25:00'),
  (4,  'Opéra Haussmann',    'Paris',     '48 Rue de la Chaussée-d''Antin',  720, 4.80, 45.00, true,  '2004-10-11', '2021-11-03 08:41:00', '2024-01-22 09:00:00'),
  (5,  'Gare de Lyon',       'Paris',     '193 Rue de Bercy',                900, 4.50, 42.00, true,  '2007-02-26', '2021-11-03 08:44:00', '2024-05-30 16:11:00'),
  (6,  'Bastille',           'Paris',     NULL,                              410, 4.20, 38.00, true,  '2014-06-09', '2021-11-03 08:47:00', '2022-12-01 14:35:00'),
  (7,  'Vieux-Port',         'Marseille', '1 Quai du Port',                  520, 2.90, 24.00, true,  '2011-07-18', '2021-11-04 10:05:00', '2024-02-14 12:20:00'),
  (8,  'Saint-Charles',      'Marseille', '31 Boulevard Voltaire',           350, 2.60, 22.00, false, '2018-04-23', '2021-11-04 10:08:00', '2023-05-05 17:45:00'),
  (9,  'Quinconces',         'Bordeaux',  'Allées de Chartres',              480, 2.80, 24.00, true,  '2010-01-15', '2021-11-05 13:30:00', '2024-07-01 08:55:00'),
  (10, 'Victoire',           'Bordeaux',  '14 Cours Aristide Briand',        220, 2.20, 16.00, false, '2019-11-04', '2021-11-05 13:33:00', '2023-10-19 09:12:00'),
  (11, 'Grand Place',        'Lille',     '7 Rue des Sept Agaches',          390, 2.70, 22.00, true,  '2013-08-26', '2021-11-08 11:02:00', '2024-04-09 13:48:00'),
  (12, 'Capitole',           'Toulouse',  'Place du Capitole',               560, 3.00, 26.00, true,  '2008-03-31', '2021-11-08 11:06:00', '2024-08-27 10:30:00');

INSERT INTO zones (id, garage_id, name, level, zone_type, created_at, updated_at)
SELECT (g - 1) * 4 + k,
       g,
       'Zone ' || (ARRAY['A','B','C','D'])[k],
       CASE WHEN k = 4 THEN -1 ELSE k - 1 END,
       (ARRAY['standard','standard','ev_charging','reserved'])[k],
       TIMESTAMP '2021-11-10 08:00:00' + make_interval(mins => g * 37 + k * 3),
       TIMESTAMP '2022-01-03 09:00:00' + make_interval(days => (g * 53 + k * 11) % 700)
FROM generate_series(1, 12) g, generate_series(1, 4) k;

INSERT INTO spaces (id, zone_id, code, space_type, electric, active, created_at, updated_at)
SELECT (z.id - 1) * 10 + s,
       z.id,
       right(z.name, 1) || lpad(s::text, 3, '0'),
       CASE WHEN z.zone_type = 'ev_charging' THEN 'ev'
            WHEN s = 10 THEN 'accessible'
            WHEN s IN (1, 2) THEN 'compact'
            WHEN z.zone_type = 'standard' AND s = 9 THEN 'motorcycle'
            ELSE 'standard' END,
       z.zone_type = 'ev_charging',
       ((z.id - 1) * 10 + s) % 37 <> 0,
       z.created_at + make_interval(mins => s),
       z.updated_at + make_interval(days => s * 3)
FROM zones z, generate_series(1, 10) s;

INSERT INTO customers (id, first_name, last_name, email, phone, city, business, signed_up_on, created_at, updated_at)
SELECT n, fn, ln,
       lower(translate(fn, 'éèëïç', 'eeeic')) || '.' || lower(translate(replace(ln, ' ', ''), 'éèëïç', 'eeeic')) || n || '@' ||
         (ARRAY['gmail.com','orange.fr','free.fr','laposte.net','outlook.fr'])[1 + n % 5],
       CASE WHEN n % 6 = 0 THEN NULL
            ELSE '06 ' || lpad(((n * 7919) % 100)::text, 2, '0') || ' ' || lpad(((n * 104729) % 100)::text, 2, '0') || ' '
                 || lpad(((n * 31) % 100)::text, 2, '0') || ' ' || lpad(((n * 17) % 100)::text, 2, '0') END,
       (ARRAY['Lyon','Lyon','Paris','Paris','Paris','Marseille','Bordeaux','Lille','Toulouse','Villeurbanne'])[1 + (n * 3) % 10],
       n % 9 = 0,
       signed,
       signed + make_interval(hours => 8 + n % 12, mins => (n * 7) % 60),
       signed + make_interval(days => (n * 13) % 400, hours => 10)
FROM (
  SELECT n,
         (ARRAY['Camille','Lucas','Léa','Hugo','Chloé','Louis','Manon','Gabriel','Inès','Arthur',
                'Sarah','Jules','Emma','Nathan','Zoé','Thomas','Juliette','Antoine','Clara','Maxime',
                'Élise','Karim','Yasmine','Mehdi','Pauline','Julien','Nadia','Romain','Sophie','Théo'])[1 + n % 30] AS fn,
         (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
                'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
                'Morel','Girard','André','Mercier','Dupont','Lambert','Bonnet','François','Martinez','Benali',
                'Nguyen','Fontaine','Chevalier','Robin','Gauthier','Perrin','Faure','Blanc','Guerin','Muller'])[1 + (n * 7) % 40] AS ln,
         DATE '2021-03-01' + (n * 283) % 1360 AS signed
  FROM generate_series(1, 400) n
) c;

INSERT INTO vehicles (id, customer_id, plate, make, model, color, model_year, electric, created_at, updated_at)
SELECT n,
       1 + (n - 1) % 400,
       chr(65 + (n * 7) % 26) || chr(65 + (n * 11) % 26) || '-' || lpad(((n * 389) % 1000)::text, 3, '0') || '-'
         || chr(65 + (n * 5) % 26) || chr(65 + (n * 3 + 7) % 26),
       mk.make,
       mk.model,
       CASE WHEN n % 13 = 0 THEN NULL ELSE (ARRAY['white','black','grey','silver','blue','red','green'])[1 + (n * 3) % 7] END,
       CASE WHEN n % 17 = 0 THEN NULL
            WHEN mk.make = 'Tesla' OR mk.model IN ('Zoe', 'e-208', 'ID.3', 'Leaf') THEN 2017 + (n * 5) % 8
            ELSE 2008 + (n * 5) % 17 END,
       mk.make = 'Tesla' OR mk.model IN ('Zoe', 'e-208', 'ID.3', 'Leaf'),
       c.created_at + make_interval(mins => 5 + n % 40, days => CASE WHEN n > 400 THEN 90 + n % 200 ELSE 0 END),
       c.created_at + make_interval(days => 30 + (n * 11) % 500)
FROM generate_series(1, 500) n
JOIN customers c ON c.id = 1 + (n - 1) % 400
CROSS JOIN LATERAL (
  SELECT (ARRAY['Renault','Renault','Peugeot','Peugeot','Citroën','Volkswagen','Toyota','Tesla','Dacia','Renault',
                'Peugeot','BMW','Fiat','Nissan','Volkswagen','Kia'])[1 + (n * 7) % 16] AS make,
         (ARRAY['Clio','Zoe','208','e-208','C3','ID.3','Yaris','Model 3','Sandero','Mégane',
                '3008','Série 1','500','Leaf','Golf','Niro'])[1 + (n * 7) % 16] AS model
) mk;

INSERT INTO plans (id, name, monthly_price, includes_charging, nights_only, active, created_at, updated_at) VALUES
  (1, 'Bronze',    79.00,  false, false, true,  '2021-11-15 10:00:00', '2023-01-02 09:00:00'),
  (2, 'Silver',    119.00, false, false, true,  '2021-11-15 10:02:00', '2023-01-02 09:00:00'),
  (3, 'Gold',      169.00, true,  false, true,  '2021-11-15 10:05:00', '2023-01-02 09:00:00'),
  (4, 'Night Owl', 59.00,  false, true,  true,  '2021-11-15 10:07:00', '2022-06-20 14:30:00'),
  (5, 'Weekend',   45.00,  false, false, false, '2021-11-15 10:09:00', '2024-03-01 08:15:00'),
  (6, 'EV Plus',   189.00, true,  false, true,  '2022-04-04 11:20:00', '2023-01-02 09:00:00');

INSERT INTO permits (id, customer_id, vehicle_id, plan_id, garage_id, starts_on, ends_on, status, monthly_price, auto_renew, created_at, updated_at)
SELECT n, v.customer_id, v.id, p.id, 1 + (n * 5) % 12, s.starts_on,
       CASE WHEN n % 9 = 0 THEN s.starts_on + 30 + n % 60
            WHEN n % 4 = 0 THEN NULL
            ELSE (s.starts_on + make_interval(months => s.months))::date END,
       CASE WHEN n % 9 = 0 THEN 'cancelled'
            WHEN n % 4 = 0 THEN 'active'
            WHEN (s.starts_on + make_interval(months => s.months))::date < DATE '2025-01-01' THEN 'expired'
            ELSE 'active' END,
       CASE WHEN c.business THEN round(p.monthly_price * 0.9, 2) ELSE p.monthly_price END,
       n % 4 = 0,
       s.starts_on - 3 - n % 10 + make_interval(hours => 9 + n % 9, mins => (n * 13) % 60),
       s.starts_on + make_interval(days => 5 + (n * 7) % 300, hours => 11)
FROM generate_series(1, 300) n
JOIN vehicles v ON v.id = n
JOIN customers c ON c.id = v.customer_id
JOIN plans p ON p.id = CASE WHEN v.electric AND n % 3 = 0 THEN 6 ELSE 1 + (n * 2 + n / 7) % 5 END
CROSS JOIN LATERAL (
  SELECT DATE '2022-01-01' + (n * 349) % 1060 AS starts_on,
         (ARRAY[3, 6, 12])[1 + n % 3] AS months
) s;

INSERT INTO parking_sessions (id, vehicle_id, garage_id, space_id, permit_id, entered_at, exited_at, fee, status, created_at, updated_at)
SELECT n, vehicle_id, garage_id, space_id, NULL, entered_at,
       CASE WHEN status = 'open' THEN NULL ELSE entered_at + make_interval(mins => dur) END,
       CASE WHEN status = 'open' THEN NULL
            WHEN status = 'voided' THEN 0
            ELSE least(g.daily_max, g.hourly_rate * ceil(dur / 60.0)) END,
       status,
       entered_at + make_interval(secs => 2 + n % 40),
       CASE WHEN status = 'open' THEN entered_at + make_interval(secs => 2 + n % 40)
            ELSE entered_at + make_interval(mins => dur + 1) END
FROM (
  SELECT n, vehicle_id, garage_id,
         CASE WHEN n % 11 = 0 THEN NULL ELSE (garage_id - 1) * 40 + 1 + (n * 3) % 40 END AS space_id,
         TIMESTAMP '2022-01-01 00:00:00' + make_interval(days => (n * 547) % 1096, hours => 6 + (n * 7) % 16, mins => (n * 13) % 60) AS entered_at,
         15 + (n * 37) % 540 AS dur,
         CASE WHEN (TIMESTAMP '2022-01-01 00:00:00' + make_interval(days => (n * 547) % 1096)) >= TIMESTAMP '2024-12-30' THEN 'open'
              WHEN n % 53 = 0 THEN 'voided'
              ELSE 'completed' END AS status
  FROM generate_series(1, 1600) n
  CROSS JOIN LATERAL (
    SELECT 1 + (n * 31) % 460 AS vehicle_id,
           CASE WHEN 1 + (n * 31) % 460 <= 300 AND n % 4 IN (0, 1) THEN 1 + ((1 + (n * 31) % 460) * 5) % 12
                ELSE 1 + (n / 2 * 7 + n / 24) % 12 END AS garage_id
  ) vg
) x
JOIN garages g ON g.id = x.garage_id;

UPDATE parking_sessions s
SET permit_id = p.id, fee = CASE WHEN s.fee IS NULL THEN NULL ELSE 0 END
FROM permits p
WHERE p.vehicle_id = s.vehicle_id
  AND p.garage_id = s.garage_id
  AND s.entered_at::date >= p.starts_on
  AND s.entered_at::date < coalesce(p.ends_on, DATE '2025-01-01');

INSERT INTO payments (id, customer_id, parking_session_id, permit_id, amount, payment_method, status, paid_at, created_at, updated_at)
SELECT row_number() OVER (ORDER BY t.paid_at, t.sid, t.pid),
       t.customer_id, t.sid, t.pid, t.amount, t.payment_method, t.status,
       t.paid_at AT TIME ZONE 'Europe/Paris',
       t.paid_at + interval '3 seconds',
       t.paid_at + CASE WHEN t.status = 'refunded' THEN interval '4 days' ELSE interval '3 seconds' END
FROM (
  SELECT v.customer_id, s.id AS sid, NULL::bigint AS pid, s.fee AS amount,
         (ARRAY['card','card','app','app','app','cash','card'])[1 + s.id % 7] AS payment_method,
         CASE WHEN s.id % 41 = 0 THEN 'refunded' WHEN s.id % 29 = 0 THEN 'failed' ELSE 'succeeded' END AS status,
         s.exited_at + make_interval(secs => 20 + s.id % 90) AS paid_at
  FROM parking_sessions s JOIN vehicles v ON v.id = s.vehicle_id
  WHERE s.status = 'completed' AND s.fee > 0
  UNION ALL
  SELECT p.customer_id, NULL, p.id,
         CASE WHEN p.ends_on IS NULL OR p.status = 'cancelled' THEN p.monthly_price
              ELSE p.monthly_price * (ARRAY[3, 6, 12])[1 + p.id % 3] END,
         CASE WHEN c.business THEN 'invoice' ELSE (ARRAY['card','direct_debit'])[1 + p.id % 2] END,
         CASE WHEN p.id % 23 = 0 THEN 'failed' ELSE 'succeeded' END,
         p.created_at + make_interval(mins => 4 + (p.id % 30)::int)
  FROM permits p JOIN customers c ON c.id = p.customer_id
) t;

INSERT INTO officers (id, first_name, last_name, badge_number, garage_id, hourly_wage, hired_on, active, created_at, updated_at)
SELECT n,
       (ARRAY['Olivier','Nathalie','Sébastien','Isabelle','Frédéric','Valérie','Mathieu','Aurélie','Nicolas','Céline',
              'Stéphane','Sandrine','Rachid','Fatima','Laurent','Amandine','Cédric','Hélène','Damien','Marion',
              'Bruno','Agnès','Yannick','Samira'])[n],
       (ARRAY['Lemoine','Carpentier','Barbier','Renard','Arnaud','Colin','Brun','Rousseau','Gaillard','Boyer',
              'Meunier','Picard','Haddad','Mallet','Leclerc','Jacob','Noël','Marchand','Caron','Giraud',
              'Aubert','Roche','Roy','Lacroix'])[n],
       'PK-' || lpad((1000 + n * 37)::text, 4, '0'),
       CASE WHEN n > 22 THEN NULL ELSE 1 + (n - 1) % 11 END,
       (ARRAY[13.20, 13.80, 14.50, 15.10, 16.00])[1 + n % 5],
       DATE '2015-01-12' + (n * 211) % 3000,
       n % 8 <> 0,
       TIMESTAMP '2021-11-20 09:00:00' + make_interval(mins => n * 11),
       TIMESTAMP '2022-02-01 10:00:00' + make_interval(days => (n * 41) % 900)
FROM generate_series(1, 24) n;

INSERT INTO citations (id, vehicle_id, officer_id, garage_id, violation_type, fine_amount, issued_at, due_on, paid, paid_on, status, notes, created_at, updated_at)
SELECT n, vehicle_id, officer_id, garage_id, vt,
       CASE vt WHEN 'Overstay' THEN 35.00 WHEN 'No Permit' THEN 50.00 WHEN 'Disabled Bay' THEN 135.00
               WHEN 'EV Bay Misuse' THEN 60.00 WHEN 'Blocking Exit' THEN 75.00 ELSE 35.00 END,
       issued_at,
       (issued_at + interval '45 days')::date,
       paid,
       CASE WHEN paid THEN (issued_at + make_interval(days => 2 + (n * 7) % 40))::date END,
       CASE WHEN paid THEN 'paid' WHEN n % 6 = 0 THEN 'appealed' WHEN n % 15 = 0 THEN 'dismissed' ELSE 'open' END,
       CASE WHEN n % 5 = 0 THEN (ARRAY['Driver not present','Photo taken','Windscreen notice left','Driver disputed on site'])[1 + (n / 5) % 4] END,
       issued_at + make_interval(mins => 3 + n % 25),
       issued_at + make_interval(days => CASE WHEN paid THEN 2 + (n * 7) % 40 ELSE 1 END, mins => 3 + n % 25)
FROM (
  SELECT n,
         1 + (n * 43) % 500 AS vehicle_id,
         o.id AS officer_id,
         coalesce(o.garage_id, 12) AS garage_id,
         (ARRAY['Overstay','Overstay','Overstay','No Permit','No Permit','Disabled Bay','EV Bay Misuse','Blocking Exit','Wrong Bay'])[1 + (n * 5) % 9] AS vt,
         TIMESTAMP '2022-01-03 00:00:00' + make_interval(days => (n * 263) % 1090, hours => 7 + (n * 5) % 13, mins => (n * 17) % 60) AS issued_at,
         (n + n / 9) % 3 <> 0 AS paid
  FROM generate_series(1, 420) n
  JOIN officers o ON o.id = CASE WHEN n % 10 = 0 THEN 3 ELSE 1 + (n * 7) % 24 END
) x;
