-- Operational database of a car-sharing service (Laravel application schema), used as the
-- sample database of the golden set benches/intent/carshare.yaml. Every row is invented
-- and reproducible (generate_series, fixed value lists and modular arithmetic).

CREATE TABLE cities (
    id          bigint PRIMARY KEY,
    name        varchar(255) NOT NULL,
    country     varchar(255) NOT NULL,
    timezone    varchar(64) NOT NULL,
    launched_on date NOT NULL,
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamp NULL,
    updated_at  timestamp NULL
);

CREATE TABLE parking_zones (
    id         bigint PRIMARY KEY,
    city_id    bigint NOT NULL REFERENCES cities (id),
    name       varchar(255) NOT NULL,
    zone_type  varchar(32) NOT NULL,
    address    varchar(255),
    capacity   integer NOT NULL,
    has_chargers boolean NOT NULL DEFAULT false,
    latitude   numeric(9,6),
    longitude  numeric(9,6),
    created_at timestamp NULL,
    updated_at timestamp NULL
);

CREATE TABLE plans (
    id                 bigint PRIMARY KEY,
    name               varchar(255) NOT NULL,
    slug               varchar(64) NOT NULL UNIQUE,
    monthly_fee        numeric(8,2) NOT NULL,
    price_per_minute   numeric(6,2) NOT NULL,
    price_per_km       numeric(6,2) NOT NULL,
    included_km        integer NOT NULL DEFAULT 0,
    is_business        boolean NOT NULL DEFAULT false,
    created_at         timestamp NULL,
    updated_at         timestamp NULL
);

CREATE TABLE members (
    id                bigint PRIMARY KEY,
    plan_id           bigint NOT NULL REFERENCES plans (id),
    city_id           bigint NOT NULL REFERENCES cities (id),
    first_name        varchar(255) NOT NULL,
    last_name         varchar(255) NOT NULL,
    email             varchar(255) NOT NULL UNIQUE,
    phone             varchar(32),
    birth_date        date,
    license_number    varchar(32) NOT NULL,
    signed_up_on      date NOT NULL,
    is_verified       boolean NOT NULL DEFAULT false,
    created_at        timestamp NULL,
    updated_at        timestamp NULL,
    deleted_at        timestamp NULL
);

CREATE TABLE cars (
    id               bigint PRIMARY KEY,
    parking_zone_id  bigint NOT NULL REFERENCES parking_zones (id),
    plate_number     varchar(16) NOT NULL UNIQUE,
    make             varchar(64) NOT NULL,
    model            varchar(64) NOT NULL,
    fuel_type        varchar(16) NOT NULL,
    year             integer NOT NULL,
    color            varchar(32),
    seats            integer NOT NULL,
    odometer_km      integer NOT NULL,
    status           varchar(32) NOT NULL,
    acquired_on      date NOT NULL,
    created_at       timestamp NULL,
    updated_at       timestamp NULL,
    deleted_at       timestamp NULL
);

CREATE TABLE reservations (
    id                 bigint PRIMARY KEY,
    member_id          bigint NOT NULL REFERENCES members (id),
    car_id             bigint NOT NULL REFERENCES cars (id),
    booked_at          timestamp NOT NULL,
    starts_at          timestamp NOT NULL,
    ends_at            timestamp NOT NULL,
    status             varchar(32) NOT NULL,
    cancelled_at       timestamp,
    has_damage_waiver  boolean NOT NULL DEFAULT false,
    created_at         timestamp NULL,
    updated_at         timestamp NULL,
    deleted_at         timestamp NULL
);

CREATE TABLE trips (
    id                     bigint PRIMARY KEY,
    reservation_id         bigint NOT NULL UNIQUE REFERENCES reservations (id),
    member_id              bigint NOT NULL REFERENCES members (id),
    car_id                 bigint NOT NULL REFERENCES cars (id),
    start_parking_zone_id  bigint NOT NULL REFERENCES parking_zones (id),
    end_parking_zone_id    bigint NOT NULL REFERENCES parking_zones (id),
    started_at             timestamp NOT NULL,
    ended_at               timestamp NOT NULL,
    duration_minutes       integer NOT NULL,
    distance_km            numeric(7,1) NOT NULL,
    price                  numeric(8,2) NOT NULL,
    rating                 smallint,
    created_at             timestamp NULL,
    updated_at             timestamp NULL,
    deleted_at             timestamp NULL
);

CREATE TABLE top_ups (
    id              bigint PRIMARY KEY,
    car_id          bigint NOT NULL REFERENCES cars (id),
    trip_id         bigint REFERENCES trips (id),
    member_id       bigint REFERENCES members (id),
    kind            varchar(16) NOT NULL,
    topped_up_at    timestamp NOT NULL,
    quantity        numeric(7,2) NOT NULL,
    unit            varchar(8) NOT NULL,
    cost            numeric(8,2) NOT NULL,
    payment_method  varchar(32) NOT NULL,
    station_name    varchar(255),
    created_at      timestamp NULL,
    updated_at      timestamp NULL
);

CREATE TABLE damage_reports (
    id                 bigint PRIMARY KEY,
    car_id             bigint NOT NULL REFERENCES cars (id),
    trip_id            bigint REFERENCES trips (id),
    member_id          bigint REFERENCES members (id),
    reported_at        timestamp NOT NULL,
    category           varchar(64) NOT NULL,
    severity           varchar(16) NOT NULL,
    description        text,
    status             varchar(32) NOT NULL,
    repair_cost        numeric(9,2),
    repaired_on        date,
    charged_to_member  boolean NOT NULL DEFAULT false,
    created_at         timestamp NULL,
    updated_at         timestamp NULL
);

CREATE TABLE invoices (
    id            bigint PRIMARY KEY,
    member_id     bigint NOT NULL REFERENCES members (id),
    number        varchar(32) NOT NULL UNIQUE,
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    issued_on     date NOT NULL,
    due_on        date NOT NULL,
    subtotal      numeric(10,2) NOT NULL,
    tax_amount    numeric(10,2) NOT NULL,
    total         numeric(10,2) NOT NULL,
    status        varchar(16) NOT NULL,
    created_at    timestamp NULL,
    updated_at    timestamp NULL
);

CREATE TABLE payments (
    id               bigint PRIMARY KEY,
    invoice_id       bigint NOT NULL REFERENCES invoices (id),
    amount           numeric(10,2) NOT NULL,
    method           varchar(32) NOT NULL,
    status           varchar(16) NOT NULL,
    paid_at          timestamptz NOT NULL,
    provider_reference varchar(64),
    failure_reason   varchar(255),
    created_at       timestamp NULL,
    updated_at       timestamp NULL
);

-- ---------------------------------------------------------------- cities
INSERT INTO cities (id, name, country, timezone, launched_on, is_active, created_at, updated_at) VALUES
 (1,  'Paris',       'France',      'Europe/Paris',    '2019-03-01', true,  '2019-02-10 10:00', '2019-02-10 10:00'),
 (2,  'Lyon',        'France',      'Europe/Paris',    '2019-09-15', true,  '2019-08-20 10:00', '2019-08-20 10:00'),
 (3,  'Marseille',   'France',      'Europe/Paris',    '2020-04-01', true,  '2020-03-02 09:30', '2020-03-02 09:30'),
 (4,  'Bordeaux',    'France',      'Europe/Paris',    '2020-10-01', true,  '2020-09-01 11:00', '2020-09-01 11:00'),
 (5,  'Lille',       'France',      'Europe/Paris',    '2021-03-01', true,  '2021-02-01 09:00', '2021-02-01 09:00'),
 (6,  'Nantes',      'France',      'Europe/Paris',    '2021-06-01', true,  '2021-05-03 09:00', '2021-05-03 09:00'),
 (7,  'Toulouse',    'France',      'Europe/Paris',    '2021-09-01', true,  '2021-08-02 14:00', '2021-08-02 14:00'),
 (8,  'Strasbourg',  'France',      'Europe/Paris',    '2021-11-15', true,  '2021-10-18 14:00', '2021-10-18 14:00'),
 (9,  'Nice',        'France',      'Europe/Paris',    '2021-12-01', true,  '2021-11-02 10:00', '2021-11-02 10:00'),
 (10, 'Montpellier', 'France',      'Europe/Paris',    '2021-12-01', false, '2021-11-02 10:00', '2024-12-30 18:00'),
 (11, 'Brussels',    'Belgium',     'Europe/Brussels', '2021-10-01', true,  '2021-09-01 10:00', '2021-09-01 10:00'),
 (12, 'Geneva',      'Switzerland', 'Europe/Zurich',   '2021-12-15', true,  '2021-11-15 10:00', '2021-11-15 10:00');

-- ---------------------------------------------------------------- parking zones (5 per city)
INSERT INTO parking_zones (id, city_id, name, zone_type, address, capacity, has_chargers, latitude, longitude, created_at, updated_at)
SELECT z,
       c.id,
       c.name || ' ' || (ARRAY['Gare Centrale','Centre-Ville','Aéroport','Université','Vieux Port'])[1 + (z - 1) % 5],
       (ARRAY['station','street','airport','garage','street'])[1 + (z - 1) % 5],
       CASE WHEN z % 7 = 0 THEN NULL
            ELSE (10 + (z * 17) % 180)::text || ' ' ||
                 (ARRAY['rue de la République','avenue Jean Jaurès','boulevard Victor Hugo','rue Pasteur','place de la Gare'])[1 + (z * 3) % 5]
       END,
       8 + (z * 7) % 25,
       (z % 3 <> 0),
       round((43.3 + (z * 0.137) % 7.5)::numeric, 6),
       round((-0.6 + (z * 0.291) % 8.0)::numeric, 6),
       c.created_at + interval '5 days',
       c.created_at + interval '5 days'
FROM generate_series(1, 60) AS z
JOIN cities c ON c.id = 1 + (z - 1) / 5;

-- ---------------------------------------------------------------- plans
INSERT INTO plans (id, name, slug, monthly_fee, price_per_minute, price_per_km, included_km, is_business, created_at, updated_at) VALUES
 (1, 'Basic',    'basic',    0.00,  0.39, 0.29,   0, false, '2019-01-15 09:00', '2019-01-15 09:00'),
 (2, 'Student',  'student',  4.90,  0.32, 0.25,  30, false, '2019-01-15 09:00', '2022-06-01 09:00'),
 (3, 'Silver',   'silver',   9.90,  0.30, 0.24,  60, false, '2019-01-15 09:00', '2019-01-15 09:00'),
 (4, 'Gold',     'gold',    24.90,  0.25, 0.19, 200, false, '2019-01-15 09:00', '2023-01-02 09:00'),
 (5, 'Business', 'business',49.00,  0.22, 0.15, 400, true,  '2020-05-04 09:00', '2020-05-04 09:00'),
 (6, 'Corporate Fleet', 'corporate-fleet', 119.00, 0.19, 0.12, 1000, true, '2022-03-01 09:00', '2022-03-01 09:00');

-- ---------------------------------------------------------------- members (sign-up dates grow with id)
INSERT INTO members (id, plan_id, city_id, first_name, last_name, email, phone, birth_date, license_number,
                     signed_up_on, is_verified, created_at, updated_at, deleted_at)
SELECT i,
       CASE WHEN i % 17 = 0 THEN 2
            ELSE (ARRAY[1,3,1,4,3,1,5,3,1,4,1,3,6,1,3,4,1,3,5,1])[1 + (i * 7) % 20] END,
       (ARRAY[1,2,1,3,4,1,2,5,6,1,7,8,2,9,1,10,11,3,12,1])[1 + (i * 3) % 20],
       f.first_name,
       l.last_name,
       translate(lower(f.first_name || '.' || l.last_name), 'éèëêïîàâçô', 'eeeeiiaaco') || i || '@' ||
         (ARRAY['gmail.com','yahoo.fr','orange.fr','outlook.com','free.fr'])[1 + i % 5],
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE '+33 6 ' || lpad(((i * 7919) % 100)::text, 2, '0') || ' ' || lpad(((i * 131) % 100)::text, 2, '0') || ' '
                 || lpad(((i * 17) % 100)::text, 2, '0') || ' ' || lpad((i % 100)::text, 2, '0') END,
       CASE WHEN i % 23 = 0 THEN NULL ELSE date '1958-01-01' + (i * 2711) % 15000 END,
       lpad(((i * 104729) % 1000000)::text, 6, '0') || chr(65 + i % 26) || chr(65 + (i * 7) % 26) || lpad((i % 997)::text, 4, '0'),
       s.d,
       (i % 19 <> 0),
       s.d + time '08:00' + (i % 600) * interval '1 minute',
       s.d + time '08:00' + (i % 600) * interval '1 minute' + ((i * 13) % 200) * interval '1 day',
       NULL
FROM generate_series(1, 600) AS i
CROSS JOIN LATERAL (SELECT date '2021-01-04' + ((i - 1) * 1420) / 600 AS d) s
CROSS JOIN LATERAL (SELECT (ARRAY['Camille','Lucas','Léa','Hugo','Chloé','Louis','Manon','Gabriel','Inès','Jules',
                                   'Sarah','Arthur','Emma','Nathan','Jade','Thomas','Julie','Paul','Clara','Antoine',
                                   'Zoé','Maxime','Lina','Théo','Anaïs','Romain','Mathilde','Karim','Sophie','Julien',
                                   'Nina','Mehdi','Laura','Victor','Élise','Samuel','Alice','Yanis','Marie','Pierre'])[1 + i % 40] AS first_name) f
CROSS JOIN LATERAL (SELECT (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
                                   'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
                                   'Morel','Girard','André','Mercier','Dupont','Lambert','Bonnet','François','Martinez','Legrand',
                                   'Garnier','Faure','Rousseau','Blanc','Guerin','Muller','Henry','Roussel','Nicolas','Perrin',
                                   'Morin','Mathieu','Clément','Gauthier','Dumont','Lopez','Fontaine','Chevalier','Robin','Masson'])[1 + (i / 40 + 11 * (i % 40)) % 50] AS last_name) l;

UPDATE members
SET deleted_at = least(signed_up_on + 240 + (id % 90)::int, date '2024-12-20') + time '15:30',
    updated_at = least(signed_up_on + 240 + (id % 90)::int, date '2024-12-20') + time '15:30'
WHERE id % 50 = 0;

-- ---------------------------------------------------------------- cars
-- cars 1-40 form the launch fleet (2021); cars 41-120 join the fleet progressively during 2022-2024
INSERT INTO cars (id, parking_zone_id, plate_number, make, model, fuel_type, year, color, seats, odometer_km,
                  status, acquired_on, created_at, updated_at, deleted_at)
SELECT i,
       1 + ((i - 1) * 13) % 60,
       chr(65 + (i * 3) % 26) || chr(65 + (i * 11) % 26) || '-' || lpad(((i * 389) % 1000)::text, 3, '0') || '-'
         || chr(65 + (i * 5) % 26) || chr(65 + (i * 17) % 26),
       m.make, m.model, m.fuel_type,
       extract(year FROM a.acq)::int - (i % 3 = 0)::int,
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE (ARRAY['white','black','grey','blue','red','silver','white','green'])[1 + (i * 5) % 8] END,
       m.seats,
       0,
       CASE WHEN i IN (7, 19, 33, 52) THEN 'retired'
            WHEN i % 15 = 0 THEN 'maintenance'
            ELSE 'available' END,
       a.acq,
       a.acq + time '10:00',
       a.acq + time '10:00',
       NULL
FROM generate_series(1, 120) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 40 THEN date '2021-02-01' + (i * 9) % 330
                                ELSE date '2022-01-01' + ((i - 40) * 1096) / 80 - 20 END AS acq) a
CROSS JOIN LATERAL (SELECT (ARRAY['Renault','Peugeot','Tesla','Volkswagen','Toyota','Toyota','Renault','Peugeot','Fiat','Dacia','Kia','Citroën'])[k] AS make,
                           (ARRAY['Zoe','e-208','Model 3','ID.3','Yaris','Corolla','Clio','208','500','Sandero','Niro','C3'])[k] AS model,
                           (ARRAY['electric','electric','electric','electric','hybrid','hybrid','petrol','petrol','petrol','petrol','hybrid','petrol'])[k] AS fuel_type,
                           (ARRAY[5,5,5,5,5,5,5,5,4,5,5,5])[k] AS seats
                    FROM (SELECT 1 + (i * 7) % 12 AS k) kk) m;

UPDATE cars
SET deleted_at = (CASE id WHEN 7 THEN date '2024-03-15' WHEN 19 THEN date '2024-07-01'
                          WHEN 33 THEN date '2024-10-10' ELSE date '2024-11-20' END) + time '17:45'
WHERE id IN (7, 19, 33, 52);
UPDATE cars SET updated_at = deleted_at WHERE deleted_at IS NOT NULL;

-- ---------------------------------------------------------------- reservations (volume grows over time)
INSERT INTO reservations (id, member_id, car_id, booked_at, starts_at, ends_at, status, cancelled_at,
                          has_damage_waiver, created_at, updated_at, deleted_at)
SELECT i,
       1 + (i * 37) % least(600, ((t.d - date '2021-01-04') * 600) / 1420),
       1 + (i * 53) % least(120, 40 + ((t.d - date '2022-01-01') * 80) / 1096),
       t.st - (1 + (i * 7) % 72) * interval '1 hour',
       t.st,
       t.st + CASE WHEN i % 41 = 0 THEN interval '24 hours' ELSE (1 + (i * 3) % 8) * interval '1 hour' END,
       CASE WHEN t.st >= timestamp '2024-12-24' THEN 'confirmed'
            WHEN i % 10 = 3 THEN 'cancelled'
            WHEN i % 25 = 11 THEN 'no_show'
            ELSE 'completed' END,
       CASE WHEN t.st < timestamp '2024-12-24' AND i % 10 = 3
            THEN t.st - (1 + (i * 7) % 72) * interval '1 hour' + (1 + (i * 7) % 72) * interval '30 minutes' END,
       (i % 4 = 0),
       t.st - (1 + (i * 7) % 72) * interval '1 hour',
       t.st - (1 + (i * 7) % 72) * interval '1 hour',
       NULL
FROM generate_series(1, 2000) AS i
CROSS JOIN LATERAL (SELECT date '2022-01-01' + floor(1096 * (sqrt(1 + 3 * (i - 1) / 2000.0) - 1))::int AS d) d0
CROSS JOIN LATERAL (SELECT d0.d AS d,
                           d0.d + time '07:00' + ((i * 5) % 14) * interval '1 hour' + ((i * 15) % 60) * interval '1 minute' AS st) t;

-- nobody books a car after it left the fleet, nor after closing their account
UPDATE reservations r SET car_id = r.car_id + 1
FROM cars c WHERE c.id = r.car_id AND c.deleted_at IS NOT NULL AND r.starts_at > c.deleted_at;
UPDATE reservations r SET member_id = r.member_id - 1
FROM members m WHERE m.id = r.member_id AND m.deleted_at IS NOT NULL AND r.starts_at > m.deleted_at;

UPDATE reservations SET updated_at = CASE WHEN status = 'cancelled' THEN cancelled_at
                                          WHEN status = 'confirmed' THEN booked_at
                                          ELSE ends_at + interval '20 minutes' END;
UPDATE reservations SET deleted_at = updated_at + interval '3 days' + (id % 5) * interval '1 hour',
                        updated_at = updated_at + interval '3 days' + (id % 5) * interval '1 hour'
WHERE id % 97 = 0;

-- ---------------------------------------------------------------- trips (one per completed reservation)
INSERT INTO trips (id, reservation_id, member_id, car_id, start_parking_zone_id, end_parking_zone_id,
                   started_at, ended_at, duration_minutes, distance_km, price, rating, created_at, updated_at, deleted_at)
SELECT q.n,
       q.rid, q.member_id, q.car_id,
       q.zone,
       CASE WHEN q.n % 6 = 0 THEN ((q.zone - 1) / 5) * 5 + 1 + ((q.zone - 1) % 5 + 1 + q.n % 4) % 5 ELSE q.zone END,
       q.started_at,
       q.started_at + q.dur * interval '1 minute',
       q.dur,
       q.km,
       round(q.dur * p.price_per_minute * 0.4 + q.km * p.price_per_km, 2),
       CASE WHEN q.n % 4 = 0 THEN NULL
            WHEN q.n % 11 = 0 THEN 2
            WHEN q.n % 13 = 0 THEN 1
            WHEN q.n % 7 = 0 THEN 3
            ELSE 4 + q.n % 2 END,
       q.started_at,
       q.started_at + q.dur * interval '1 minute' + interval '2 minutes',
       NULL
FROM (SELECT row_number() OVER (ORDER BY r.id) AS n,
             r.id AS rid, r.member_id, r.car_id, c.parking_zone_id AS zone,
             r.starts_at + ((r.id * 7) % 15) * interval '1 minute' AS started_at,
             d.dur,
             round((d.dur * (0.15 + ((r.id * 3) % 9) * 0.05))::numeric, 1) AS km
      FROM reservations r
      JOIN cars c ON c.id = r.car_id
      CROSS JOIN LATERAL (SELECT (extract(epoch FROM r.ends_at - r.starts_at) / 60)::int - (r.id * 13) % 40
                                 + CASE WHEN r.id % 17 = 0 THEN 25 ELSE 0 END AS dur) d
      WHERE r.status = 'completed' AND r.deleted_at IS NULL) q
JOIN members m ON m.id = q.member_id
JOIN plans p ON p.id = m.plan_id;

UPDATE trips SET deleted_at = updated_at + interval '5 days', updated_at = updated_at + interval '5 days'
WHERE id % 113 = 0;

UPDATE cars c SET odometer_km = 3000 + (c.id * 4111) % 25000 + coalesce((SELECT sum(t.distance_km)::int FROM trips t WHERE t.car_id = c.id), 0);

-- ---------------------------------------------------------------- top-ups (during trips, and by field staff)
INSERT INTO top_ups (id, car_id, trip_id, member_id, kind, topped_up_at, quantity, unit, cost, payment_method,
                     station_name, created_at, updated_at)
SELECT row_number() OVER (ORDER BY x.ts, x.car_id),
       x.car_id, x.trip_id, x.member_id,
       CASE WHEN x.fuel_type = 'electric' THEN 'charging' ELSE 'fuel' END,
       x.ts,
       x.qty,
       CASE WHEN x.fuel_type = 'electric' THEN 'kWh' ELSE 'l' END,
       round(x.qty * CASE WHEN x.fuel_type = 'electric' THEN 0.29 + (x.k % 15) * 0.01 ELSE 1.72 + (x.k % 20) * 0.01 END, 2),
       CASE WHEN x.trip_id IS NULL THEN 'fleet card'
            WHEN x.k % 5 = 0 THEN 'member card' ELSE 'fuel card' END,
       CASE WHEN x.k % 6 = 0 THEN NULL
            WHEN x.fuel_type = 'electric' THEN (ARRAY['Ionity','Izivia','TotalEnergies','Tesla Supercharger','Freshmile'])[1 + x.k % 5]
            ELSE (ARRAY['TotalEnergies','Shell','Esso','Intermarché','Leclerc','BP'])[1 + x.k % 6] END,
       x.ts, x.ts
FROM (SELECT t.id AS k, t.car_id, t.id AS trip_id, t.member_id, c.fuel_type,
             t.started_at + (t.duration_minutes / 2) * interval '1 minute' AS ts,
             CASE WHEN c.fuel_type = 'electric' THEN (8 + (t.id * 11) % 40)::numeric + 0.35
                  ELSE (15 + (t.id * 7) % 30)::numeric + 0.48 END AS qty
      FROM trips t JOIN cars c ON c.id = t.car_id
      WHERE t.id % 4 = 1 AND t.duration_minutes >= 90
      UNION ALL
      SELECT 5000 + g, c.id, NULL, NULL, c.fuel_type,
             timestamp '2022-01-10 06:30' + (g * 1091 / 80) * interval '1 day' + (g % 3) * interval '1 hour',
             CASE WHEN c.fuel_type = 'electric' THEN (30 + (g * 7) % 25)::numeric ELSE (30 + (g * 3) % 15)::numeric END
      FROM generate_series(1, 80) AS g
      JOIN cars c ON c.id = 1 + (g * 29) % 40) x;

-- ---------------------------------------------------------------- damage reports (from trips, and from fleet inspections)
INSERT INTO damage_reports (id, car_id, trip_id, member_id, reported_at, category, severity, description, status,
                            repair_cost, repaired_on, charged_to_member, created_at, updated_at)
SELECT row_number() OVER (ORDER BY x.ts, x.car_id),
       x.car_id, x.trip_id, x.member_id, x.ts,
       (ARRAY['scratch','dent','broken mirror','windshield crack','interior stain','flat tyre','bumper damage'])[1 + x.k % 7],
       x.sev,
       CASE WHEN x.k % 4 = 0 THEN NULL
            ELSE (ARRAY['Noticed at pick-up','Reported by member after parking','Found during cleaning round',
                        'Minor contact in car park','Third party damage, no details','Photo uploaded in app'])[1 + x.k % 6] END,
       CASE WHEN x.ts > timestamp '2024-12-01' OR x.k % 9 = 0 THEN 'open'
            WHEN x.sev = 'severe' AND x.k % 2 = 0 THEN 'written_off'
            ELSE 'repaired' END,
       CASE WHEN x.ts > timestamp '2024-12-01' OR x.k % 9 = 0 THEN NULL
            WHEN x.sev = 'minor' THEN 80 + (x.k * 37) % 170 + 0.50
            WHEN x.sev = 'moderate' THEN 300 + (x.k * 53) % 600 + 0.90
            ELSE 1200 + (x.k * 97) % 2300 + 0.00 END,
       CASE WHEN x.ts > timestamp '2024-12-01' OR x.k % 9 = 0 THEN NULL
            WHEN x.sev = 'severe' AND x.k % 2 = 0 THEN NULL
            ELSE x.ts::date + 3 + (x.k % 12)::int END,
       (x.trip_id IS NOT NULL AND x.k % 3 = 0),
       x.ts, x.ts + interval '4 days'
FROM (SELECT t.id AS k, t.car_id, t.id AS trip_id, t.member_id,
             t.ended_at + interval '25 minutes' AS ts,
             CASE WHEN t.id % 5 IN (0, 1, 2) THEN 'minor' WHEN t.id % 5 = 3 THEN 'moderate' ELSE 'severe' END AS sev
      FROM trips t
      WHERE t.id % 19 = 0
      UNION ALL
      SELECT 9000 + g, 1 + (g * 41) % 100, NULL, NULL,
             timestamp '2022-02-14 09:00' + (g * 1050 / 24) * interval '1 day',
             CASE WHEN g % 4 = 0 THEN 'moderate' ELSE 'minor' END
      FROM generate_series(1, 24) AS g) x;

-- ---------------------------------------------------------------- invoices (one per member and month with trips, up to Nov 2024)
INSERT INTO invoices (id, member_id, number, period_start, period_end, issued_on, due_on, subtotal, tax_amount, total,
                      status, created_at, updated_at)
SELECT row_number() OVER (ORDER BY g.period_start, g.member_id),
       g.member_id,
       'INV-' || to_char(g.period_start + interval '1 month', 'YYYYMM') || '-' ||
         lpad((row_number() OVER (PARTITION BY g.period_start ORDER BY g.member_id))::text, 4, '0'),
       g.period_start,
       (g.period_start + interval '1 month - 1 day')::date,
       (g.period_start + interval '1 month')::date,
       (g.period_start + interval '1 month 14 days')::date,
       g.fee + g.trips_total,
       round((g.fee + g.trips_total) * 0.20, 2),
       round((g.fee + g.trips_total) * 1.20, 2),
       'draft',
       g.period_start + interval '1 month 02:00',
       g.period_start + interval '1 month 02:00'
FROM (SELECT t.member_id,
             date_trunc('month', t.started_at)::date AS period_start,
             p.monthly_fee AS fee,
             sum(t.price) AS trips_total
      FROM trips t
      JOIN members m ON m.id = t.member_id
      JOIN plans p ON p.id = m.plan_id
      WHERE t.started_at < timestamp '2024-12-01'
      GROUP BY t.member_id, date_trunc('month', t.started_at), p.monthly_fee) g;

UPDATE invoices SET status = CASE WHEN issued_on >= date '2024-12-01' THEN 'open'
                                  WHEN id % 53 = 0 THEN 'void'
                                  WHEN id % 31 = 0 THEN 'overdue'
                                  ELSE 'paid' END;
UPDATE invoices SET status = 'open' WHERE status = 'overdue' AND due_on >= date '2024-12-31';

-- ---------------------------------------------------------------- payments (a failed card attempt precedes some successful ones)
INSERT INTO payments (id, invoice_id, amount, method, status, paid_at, provider_reference, failure_reason, created_at, updated_at)
SELECT row_number() OVER (ORDER BY x.ts, x.invoice_id),
       x.invoice_id, x.amount, x.method, x.status,
       x.ts AT TIME ZONE 'Europe/Paris',
       CASE WHEN x.method = 'sepa_debit' THEN NULL ELSE 'ch_' || md5(x.invoice_id::text || x.status) END,
       CASE WHEN x.status = 'failed' THEN (ARRAY['insufficient_funds','card_declined','expired_card'])[1 + x.invoice_id % 3] END,
       x.ts, x.ts
FROM (SELECT i.id AS invoice_id, i.total AS amount,
             (ARRAY['card','card','sepa_debit','card','paypal','apple_pay','card','sepa_debit'])[1 + (i.id * 3) % 8] AS method,
             'succeeded' AS status,
             i.issued_on + (i.id % 10) * interval '1 day' + interval '09:00' + ((i.id * 7) % 600) * interval '1 minute' AS ts
      FROM invoices i WHERE i.status = 'paid'
      UNION ALL
      SELECT i.id, i.total, 'card', 'failed',
             i.issued_on + interval '08:15'
      FROM invoices i WHERE (i.status = 'paid' AND i.id % 17 = 0) OR i.status = 'overdue') x;

UPDATE invoices i SET updated_at = p.created_at
FROM payments p WHERE p.invoice_id = i.id AND p.status = 'succeeded';
