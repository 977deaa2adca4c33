-- Operational data of a European ride-hailing app (riders, drivers, vehicles, rides,
-- payments, ratings, promo codes, driver payouts), used as the sample database of the
-- golden set benches/intent/ridehail.yaml. Tables and columns follow the naming an ORM
-- generates (PascalCase tables, camelCase columns). Nothing carries a comment; every row
-- is invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE "City" (
    "id"        integer PRIMARY KEY,
    "name"      text NOT NULL,
    "country"   text NOT NULL,
    "timezone"  text NOT NULL,
    "baseFare"  numeric(6,2) NOT NULL,
    "perKmRate" numeric(6,2) NOT NULL,
    "launchedAt" date,
    "isActive"  boolean NOT NULL DEFAULT true
);
CREATE TABLE "Zone" (
    "id"        integer PRIMARY KEY,
    "cityId"    integer NOT NULL REFERENCES "City"("id"),
    "name"      text NOT NULL,
    "isAirport" boolean NOT NULL DEFAULT false
);
CREATE TABLE "Rider" (
    "id"           integer PRIMARY KEY,
    "firstName"    text NOT NULL,
    "lastName"     text NOT NULL,
    "email"        varchar(160) NOT NULL UNIQUE,
    "phone"        varchar(24),
    "cityId"       integer NOT NULL REFERENCES "City"("id"),
    "isVerified"   boolean NOT NULL DEFAULT false,
    "createdAt"    timestamp(3) NOT NULL,
    "updatedAt"    timestamp(3) NOT NULL
);
CREATE TABLE "Driver" (
    "id"            integer PRIMARY KEY,
    "firstName"     text NOT NULL,
    "lastName"      text NOT NULL,
    "email"         varchar(160) NOT NULL UNIQUE,
    "phone"         varchar(24) NOT NULL,
    "cityId"        integer NOT NULL REFERENCES "City"("id"),
    "licenseNumber" varchar(20) NOT NULL,
    "status"        text NOT NULL,
    "isOnline"      boolean NOT NULL DEFAULT false,
    "createdAt"     timestamp(3) NOT NULL,
    "approvedAt"    timestamp(3)
);
CREATE TABLE "Vehicle" (
    "id"           integer PRIMARY KEY,
    "driverId"     integer NOT NULL REFERENCES "Driver"("id"),
    "make"         text NOT NULL,
    "model"        text NOT NULL,
    "year"         integer NOT NULL,
    "color"        text NOT NULL,
    "plateNumber"  varchar(12) NOT NULL UNIQUE,
    "category"     text NOT NULL,
    "seats"        integer NOT NULL,
    "isElectric"   boolean NOT NULL DEFAULT false,
    "isActive"     boolean NOT NULL DEFAULT true,
    "registeredAt" date NOT NULL
);
CREATE TABLE "PromoCode" (
    "id"                integer PRIMARY KEY,
    "code"              varchar(20) NOT NULL UNIQUE,
    "description"       text,
    "discountPercent"   integer,
    "flatAmount"        numeric(6,2),
    "maxDiscountAmount" numeric(6,2),
    "cityId"            integer REFERENCES "City"("id"),
    "validFrom"         date NOT NULL,
    "validUntil"        date,
    "isActive"          boolean NOT NULL DEFAULT true
);
CREATE TABLE "Ride" (
    "id"                 integer PRIMARY KEY,
    "riderId"            integer NOT NULL REFERENCES "Rider"("id"),
    "driverId"           integer REFERENCES "Driver"("id"),
    "vehicleId"          integer REFERENCES "Vehicle"("id"),
    "pickupZoneId"       integer NOT NULL REFERENCES "Zone"("id"),
    "dropoffZoneId"      integer NOT NULL REFERENCES "Zone"("id"),
    "promoCodeId"        integer REFERENCES "PromoCode"("id"),
    "rideType"           text NOT NULL,
    "status"             text NOT NULL,
    "requestedAt"        timestamp(3) NOT NULL,
    "pickedUpAt"         timestamp(3),
    "droppedOffAt"       timestamp(3),
    "cancelledAt"        timestamp(3),
    "cancelledBy"        text,
    "cancellationReason" text,
    "distanceKm"         numeric(6,2),
    "durationMinutes"    integer,
    "surgeMultiplier"    numeric(3,2) NOT NULL DEFAULT 1.00,
    "fareAmount"         numeric(10,2),
    "discountAmount"     numeric(8,2)
);
CREATE TABLE "Payment" (
    "id"          integer PRIMARY KEY,
    "rideId"      integer NOT NULL REFERENCES "Ride"("id"),
    "amount"      numeric(10,2) NOT NULL,
    "tipAmount"   numeric(8,2) NOT NULL DEFAULT 0,
    "method"      text NOT NULL,
    "status"      text NOT NULL,
    "providerRef" varchar(40),
    "createdAt"   timestamptz NOT NULL,
    "paidAt"      timestamptz,
    "refundedAt"  timestamptz
);
CREATE TABLE "Rating" (
    "id"        integer PRIMARY KEY,
    "rideId"    integer NOT NULL UNIQUE REFERENCES "Ride"("id"),
    "stars"     integer NOT NULL,
    "comment"   text,
    "createdAt" timestamp(3) NOT NULL
);
CREATE TABLE "Payout" (
    "id"               integer PRIMARY KEY,
    "driverId"         integer NOT NULL REFERENCES "Driver"("id"),
    "periodStart"      date NOT NULL,
    "periodEnd"        date NOT NULL,
    "ridesCount"       integer NOT NULL,
    "grossFares"       numeric(12,2) NOT NULL,
    "commissionAmount" numeric(12,2) NOT NULL,
    "tipsAmount"       numeric(12,2) NOT NULL,
    "amount"           numeric(12,2) NOT NULL,
    "status"           text NOT NULL,
    "paidAt"           timestamptz
);

INSERT INTO "City" VALUES
  (1,  'Lyon',      'France',   'Europe/Paris',  2.50, 1.10, '2019-03-01', true),
  (2,  'Paris',     'France',   'Europe/Paris',  3.00, 1.35, '2018-06-01', true),
  (3,  'Marseille', 'France',   'Europe/Paris',  2.50, 1.05, '2019-09-15', true),
  (4,  'Bordeaux',  'France',   'Europe/Paris',  2.30, 1.00, '2020-05-01', true),
  (5,  'Lisbon',    'Portugal', 'Europe/Lisbon', 1.80, 0.85, '2019-11-01', true),
  (6,  'Porto',     'Portugal', 'Europe/Lisbon', 1.70, 0.80, '2021-02-01', true),
  (7,  'Madrid',    'Spain',    'Europe/Madrid', 2.20, 1.00, '2019-01-15', true),
  (8,  'Barcelona', 'Spain',    'Europe/Madrid', 2.40, 1.10, '2019-04-01', true),
  (9,  'Berlin',    'Germany',  'Europe/Berlin', 3.20, 1.40, '2020-09-01', true),
  (10, 'Milan',     'Italy',    'Europe/Rome',   2.90, 1.25, '2021-06-01', true),
  (11, 'Brussels',  'Belgium',  'Europe/Brussels', 2.80, 1.20, NULL,       false);

INSERT INTO "Zone"
SELECT (c - 1) * 4 + p,
       c,
       (ARRAY[
         ARRAY['Presqu''île', 'Part-Dieu', 'Saint-Exupéry Airport', 'Croix-Rousse'],
         ARRAY['Le Marais', 'La Défense', 'Charles de Gaulle Airport', 'Montmartre'],
         ARRAY['Vieux-Port', 'Saint-Charles', 'Marseille Provence Airport', 'La Joliette'],
         ARRAY['Chartrons', 'Saint-Jean', 'Mérignac Airport', 'Bastide'],
         ARRAY['Baixa', 'Alfama', 'Humberto Delgado Airport', 'Belém'],
         ARRAY['Ribeira', 'Boavista', 'Francisco Sá Carneiro Airport', 'Matosinhos'],
         ARRAY['Sol', 'Salamanca', 'Barajas Airport', 'Chamberí'],
         ARRAY['Eixample', 'Gràcia', 'El Prat Airport', 'Barceloneta'],
         ARRAY['Mitte', 'Kreuzberg', 'BER Airport', 'Prenzlauer Berg'],
         ARRAY['Duomo', 'Navigli', 'Malpensa Airport', 'Porta Nuova']])[c][p],
       p = 3
FROM generate_series(1, 10) AS c, generate_series(1, 4) AS p;

INSERT INTO "Rider"
SELECT n,
       fn, ln,
       lower(translate(fn || '.' || ln, 'éèçãíóñü ''', 'eecaionu')) || n || '@mail.example',
       CASE WHEN n % 7 = 0 THEN NULL ELSE '+33 6 ' || lpad(((n * 7919) % 100000000)::text, 8, '0') END,
       (ARRAY[2,2,2,2,1,1,1,7,7,8,8,9,9,3,5,5,4,6,10,10])[1 + n % 20],
       n % 9 <> 0,
       ts,
       ts + ((n * 13) % 200) * interval '1 day'
FROM (
  SELECT n,
         (ARRAY['Camille','Lucas','Inès','Hugo','Chloé','Mateo','Lea','Nathan','Sofia','Diego',
                'Marta','Joao','Beatriz','Tiago','Lena','Jonas','Hannah','Felix','Giulia','Marco',
                'Chiara','Luca','Emma','Noah','Laura','Pablo','Lucia','Javier','Clara','Antoine',
                'Manon','Theo','Ana','Rui','Mia','Paul','Sara','Leon','Elena','Adam'])[1 + n % 40] AS fn,
         (ARRAY['Martin','Bernard','Dubois','Moreau','Laurent','Garcia','Fernandez','Lopez','Martinez','Sanchez',
                'Silva','Santos','Ferreira','Pereira','Costa','Müller','Schmidt','Schneider','Fischer','Weber',
                'Rossi','Russo','Ferrari','Esposito','Bianchi','Roux','Fontaine','Rodriguez','Gomez','Alves',
                'Lefebvre','Mercier','Oliveira','Becker','Romano','Colombo','Navarro','Torres','Girard','Wagner'])[1 + (n / 40 + 7 * n) % 40] AS ln,
         timestamp '2021-03-01 08:00' + (n - 1) * interval '51 hours' + ((n * 7) % 13) * interval '1 hour' + ((n * 17) % 60) * interval '1 minute' AS ts
  FROM generate_series(1, 600) AS n
) AS s;

INSERT INTO "Driver"
SELECT n,
       fn, ln,
       lower(translate(fn || '.' || ln, 'éèçãíóñü ''', 'eecaionu')) || '.driver' || n || '@mail.example',
       '+33 7 ' || lpad(((n * 104729) % 100000000)::text, 8, '0'),
       1 + (n * 3) % 10,
       'DL' || lpad(((n * 48271) % 10000000)::text, 7, '0'),
       CASE WHEN n % 23 = 0 THEN 'pending'
            WHEN n % 15 = 0 THEN 'suspended'
            WHEN n % 11 = 0 THEN 'offboarded'
            ELSE 'active' END,
       n % 23 <> 0 AND n % 15 <> 0 AND n % 11 <> 0 AND n % 3 = 0,
       ts,
       CASE WHEN n % 23 = 0 THEN NULL ELSE ts + (2 + n % 9) * interval '1 day' + ((n * 5) % 8) * interval '1 hour' END
FROM (
  SELECT n,
         (ARRAY['Karim','Youssef','Mehdi','Julien','Nicolas','Thomas','Sébastien','Rachid','Olivier','Pedro',
                'Miguel','Carlos','Rafael','Bruno','Andreas','Stefan','Tobias','Mustafa','Giorgio','Alessandro',
                'Francesco','Ahmed','Ibrahim','Vincent','Fatima','Nadia','Sandra','Ines','Jose','Luis',
                'Kevin','Florian','Samir','David','Marek','Piotr','Lukas','Omar','Simone','Daniel'])[1 + (n * 3 + 5) % 40] AS fn,
         (ARRAY['Benali','Haddad','Mansouri','Petit','Durand','Leroy','Fournier','Morel','Ruiz','Jimenez',
                'Moreno','Alonso','Rocha','Carvalho','Gomes','Koch','Hoffmann','Yilmaz','Kaya','Ricci',
                'Greco','Bruno','Gallo','Conti','Marino','Rey','Blanc','Guerin','Mendes','Ribeiro',
                'Nowak','Kowalski','Meyer','Wolf','Schulz','Castro','Vidal','Ortega','Lombardi','Moulin'])[1 + (n * 11 + 3 + (n / 40) * 7) % 40] AS ln,
         CASE WHEN n <= 70 THEN timestamp '2021-01-11 09:30' + (n - 1) * interval '4 days'
              ELSE timestamp '2022-01-05 10:15' + (n - 70) * interval '14 days' END
           + ((n * 7) % 9) * interval '1 hour' AS ts
  FROM generate_series(1, 120) AS n
) AS s;

INSERT INTO "Vehicle"
SELECT v,
       d,
       (ARRAY['Toyota','Toyota','Renault','Tesla','Peugeot','Skoda','Dacia','Volkswagen','Mercedes-Benz','Kia','Hyundai','Seat'])[m],
       (ARRAY['Prius','Corolla','Zoe','Model 3','508','Octavia','Logan','Touran','Vito','Niro EV','Ioniq 5','Leon'])[m],
       CASE WHEN v > 120 THEN 2022 + v % 3 ELSE 2015 + (v * 5) % 9 END,
       (ARRAY['Black','White','Grey','Silver','Dark Blue','Red','White','Black'])[1 + (v * 3) % 8],
       chr(65 + (v * 7) % 26) || chr(65 + (v * 11) % 26) || '-' || lpad(((v * 389) % 1000)::text, 3, '0') || '-' || chr(65 + (v * 13) % 26) || chr(65 + (v * 5) % 26),
       (ARRAY['Economy','Economy','Green','Comfort','Comfort','Economy','Economy','XL','XL','Green','Green','Economy'])[m],
       CASE WHEN m IN (8, 9) THEN 7 ELSE 4 END,
       m IN (3, 4, 10, 11),
       NOT (v <= 120 AND d % 7 = 0 AND d <= 105),
       CASE WHEN v > 120 THEN date '2024-02-01' + (v - 120) * 11
            ELSE date '2021-01-04' + (v * 9) % 1000 END
FROM (
  SELECT v,
         CASE WHEN v <= 120 THEN v ELSE (v - 120) * 7 END AS d,
         1 + (v * 5) % 12 AS m
  FROM generate_series(1, 135) AS v
) AS s;

INSERT INTO "PromoCode"
SELECT q,
       (ARRAY['WINTER','SPRING','SUMMER','AUTUMN'])[1 + (q - 1) % 4] || (22 + (q - 1) / 4),
       (ARRAY['Winter','Spring','Summer','Autumn'])[1 + (q - 1) % 4] || ' campaign ' || (2022 + (q - 1) / 4),
       (ARRAY[10, 15, 20, 15])[1 + (q - 1) % 4],
       NULL,
       (ARRAY[5.00, 6.00, 8.00, 6.00])[1 + (q - 1) % 4],
       NULL,
       (date '2022-01-01' + (q - 1) * interval '3 months')::date,
       (date '2022-01-01' + q * interval '3 months' - interval '1 day')::date,
       q = 12
FROM generate_series(1, 12) AS q;

INSERT INTO "PromoCode" VALUES
  (13, 'WELCOME5',     'Welcome offer for new riders', NULL, 5.00, NULL, NULL, '2021-01-01', NULL,         true),
  (14, 'LYONLIGHTS',   'Fête des Lumières weekend',    25,   NULL, 10.00, 1,   '2023-12-07', '2023-12-10', false),
  (15, 'AIRPORT20',    'Airport run discount',         20,   NULL, 12.00, NULL, '2024-06-01', '2024-08-31', false),
  (16, 'NEWYEAR25',    'New Year''s Eve rides',        25,   NULL, 10.00, NULL, '2024-12-31', '2025-01-01', true);

-- rides: a rider who had signed up, a pickup in the rider's city, a driver approved in that city
INSERT INTO "Ride"
SELECT b.id,
       b."riderId",
       b."driverId",
       b."vehicleId",
       b."pickupZoneId",
       b."dropoffZoneId",
       CASE WHEN b.status <> 'completed' THEN NULL
            WHEN b.id % 9 = 0 THEN b.q
            WHEN b.id % 31 = 0 THEN 13 END,
       b."rideType",
       b.status,
       b."requestedAt",
       b."pickedUpAt",
       b."pickedUpAt" + b.dur * interval '1 minute',
       b."cancelledAt",
       b."cancelledBy",
       b."cancellationReason",
       CASE WHEN b.status = 'completed' THEN b.km END,
       CASE WHEN b.status = 'completed' THEN b.dur END,
       b.surge,
       b.fare,
       CASE WHEN b.status <> 'completed' THEN NULL
            WHEN b.id % 9 = 0 THEN least(round(b.fare * (ARRAY[10, 15, 20, 15])[1 + (b.q - 1) % 4] / 100.0, 2),
                                         (ARRAY[5.00, 6.00, 8.00, 6.00])[1 + (b.q - 1) % 4])
            WHEN b.id % 31 = 0 THEN least(b.fare, 5.00) END
FROM (
  SELECT a.*,
         CASE WHEN a.status = 'completed'
              THEN round((c."baseFare" + a.km * c."perKmRate" + a.dur * 0.30)
                         * CASE a."rideType" WHEN 'Comfort' THEN 1.30 WHEN 'XL' THEN 1.60 WHEN 'Green' THEN 1.10 ELSE 1.00 END
                         * a.surge, 2) END AS fare
  FROM (
    SELECT t.id, t.q, t."requestedAt", t.km, t.dur, t.surge, t.status,
           r.id AS "riderId",
           (r."cityId" - 1) * 4 + 1 + t.id % 4 AS "pickupZoneId",
           (r."cityId" - 1) * 4 + 1 + (t.id % 4 + 1 + (t.id / 7) % 3) % 4 AS "dropoffZoneId",
           r."cityId",
           CASE WHEN t.status = 'cancelled' AND t.id % 24 = 0 THEN NULL ELSE d.id END AS "driverId",
           CASE WHEN t.status = 'cancelled' AND t.id % 24 = 0 THEN NULL ELSE d.vid END AS "vehicleId",
           CASE WHEN t.status = 'cancelled' AND t.id % 24 = 0
                THEN (ARRAY['Economy','Economy','Comfort','XL','Green'])[1 + t.id % 5]
                ELSE d.category END AS "rideType",
           CASE WHEN t.status = 'completed' THEN t."requestedAt" + (3 + t.id % 12) * interval '1 minute' END AS "pickedUpAt",
           CASE WHEN t.status = 'cancelled' THEN t."requestedAt" + (2 + t.id % 9) * interval '1 minute'
                WHEN t.status = 'no_show' THEN t."requestedAt" + (12 + t.id % 6) * interval '1 minute' END AS "cancelledAt",
           CASE WHEN t.status = 'cancelled' AND t.id % 24 = 0 THEN 'system'
                WHEN t.status = 'cancelled' AND t.id % 5 = 0 THEN 'driver'
                WHEN t.status = 'cancelled' THEN 'rider'
                WHEN t.status = 'no_show' THEN 'driver' END AS "cancelledBy",
           CASE WHEN t.status = 'cancelled' AND t.id % 24 = 0 THEN 'No driver available'
                WHEN t.status = 'cancelled' AND t.id % 5 = 0 THEN (ARRAY['Vehicle issue','Traffic too heavy','Rider unreachable'])[1 + t.id % 3]
                WHEN t.status = 'cancelled' THEN (ARRAY['Driver took too long','Changed plans',NULL,'Booked by mistake','Price too high'])[1 + (t.id / 12) % 5]
                WHEN t.status = 'no_show' THEN 'Rider did not show up' END AS "cancellationReason"
    FROM (
      SELECT id,
             "requestedAt",
             (extract(year FROM "requestedAt")::int - 2022) * 4 + extract(quarter FROM "requestedAt")::int AS q,
             round((2.0 + ((id * 17) % 230) / 10.0)::numeric, 2) AS km,
             8 + (id * 13) % 40 AS dur,
             CASE WHEN id % 29 = 0 THEN 1.80
                  WHEN extract(hour FROM "requestedAt") IN (17, 18, 19) AND id % 3 = 0 THEN 1.40
                  WHEN extract(hour FROM "requestedAt") IN (7, 8) AND id % 4 = 0 THEN 1.20
                  WHEN extract(hour FROM "requestedAt") IN (23, 1) THEN 1.25
                  ELSE 1.00 END AS surge,
             CASE WHEN id % 12 = 0 THEN 'cancelled'
                  WHEN id % 41 = 0 THEN 'no_show'
                  ELSE 'completed' END AS status
      FROM (
        SELECT id,
               timestamp '2022-01-01' + ((id - 1) * 1095 / 2000) * interval '1 day'
                 + (ARRAY[7,8,8,9,12,13,17,17,18,18,19,20,21,22,23,1,10,14,16,19])[1 + (id * 7) % 20] * interval '1 hour'
                 + ((id * 13) % 60) * interval '1 minute' AS "requestedAt"
        FROM generate_series(1, 2000) AS id
      ) AS g
    ) AS t
    CROSS JOIN LATERAL (
      SELECT rr.id, rr."cityId"
      FROM "Rider" rr
      WHERE rr.id <= 560 AND rr."createdAt" < t."requestedAt"
      ORDER BY (rr.id * 37 + t.id * 101) % 563, rr.id
      LIMIT 1
    ) AS r
    CROSS JOIN LATERAL (
      SELECT dd.id, v.id AS vid, v.category
      FROM "Driver" dd
      JOIN "Vehicle" v ON v."driverId" = dd.id AND v.id = dd.id
      WHERE dd."cityId" = r."cityId"
        AND dd."approvedAt" < t."requestedAt"
        AND (dd.status <> 'offboarded' OR t."requestedAt" < timestamp '2024-01-01')
      ORDER BY (dd.id * 31 + t.id * 17) % 101, dd.id
      LIMIT 1
    ) AS d
  ) AS a
  JOIN "City" c ON c.id = a."cityId"
) AS b;

-- payments: one per completed ride, a failed card attempt before some of them
INSERT INTO "Payment"
SELECT row_number() OVER (ORDER BY p."createdAt", p."rideId", p.status DESC),
       p.*
FROM (
  SELECT r.id AS "rideId",
         r."fareAmount" - coalesce(r."discountAmount", 0) AS amount,
         CASE WHEN m.method = 'cash' THEN 0
              WHEN r.id % 3 = 0 THEN round(r."fareAmount" * 0.10, 2)
              WHEN r.id % 7 = 0 THEN 2.00
              WHEN r.id % 11 = 0 THEN 5.00
              ELSE 0 END AS "tipAmount",
         m.method,
         CASE WHEN r.id % 97 = 0 THEN 'refunded' ELSE 'succeeded' END AS status,
         CASE WHEN m.method = 'cash' THEN NULL ELSE 'pi_' || md5('ride' || r.id)::varchar(24) END AS "providerRef",
         (r."droppedOffAt" + interval '1 minute' + CASE WHEN r.id % 50 = 0 THEN interval '3 minutes' ELSE interval '0' END) AT TIME ZONE 'UTC' AS "createdAt",
         (r."droppedOffAt" + interval '1 minute' + CASE WHEN r.id % 50 = 0 THEN interval '3 minutes' ELSE interval '0' END) AT TIME ZONE 'UTC' AS "paidAt",
         CASE WHEN r.id % 97 = 0 THEN (r."droppedOffAt" + interval '2 days') AT TIME ZONE 'UTC' END AS "refundedAt"
  FROM "Ride" r
  CROSS JOIN LATERAL (SELECT (ARRAY['card','card','card','apple_pay','google_pay','cash','wallet','card'])[1 + (r.id * 5) % 8] AS method) AS m
  WHERE r.status = 'completed'
  UNION ALL
  SELECT r.id,
         r."fareAmount" - coalesce(r."discountAmount", 0),
         0,
         'card',
         'failed',
         'pi_' || md5('fail' || r.id)::varchar(24),
         (r."droppedOffAt" + interval '1 minute') AT TIME ZONE 'UTC',
         NULL,
         NULL
  FROM "Ride" r
  WHERE r.status = 'completed' AND r.id % 50 = 0
) AS p;

INSERT INTO "Rating"
SELECT row_number() OVER (ORDER BY r.id),
       r.id,
       s.stars,
       CASE WHEN s.stars <= 2 THEN (ARRAY['Driver was rude','Car was dirty','Took a much longer route','Unsafe driving'])[1 + r.id % 4]
            WHEN s.stars = 3 THEN (ARRAY['Late pickup', NULL, 'Music too loud'])[1 + r.id % 3]
            WHEN r.id % 10 = 1 THEN (ARRAY['Great driver, very friendly','Clean car and smooth ride','Helped with my luggage'])[1 + r.id % 3]
            END,
       r."droppedOffAt" + (10 + (r.id * 7) % 300) * interval '1 minute'
FROM "Ride" r
CROSS JOIN LATERAL (
  SELECT CASE WHEN r.id % 17 = 0 OR (r."driverId" % 13 = 0 AND r.id % 5 = 0) THEN 1 + r.id % 2
              WHEN r.id % 11 = 0 OR (r."driverId" % 13 = 0 AND r.id % 5 = 1) THEN 3
              WHEN r.id % 5 = 0 OR r."driverId" % 6 = 0 THEN 4
              ELSE 5 END AS stars
) AS s
WHERE r.status = 'completed' AND r.id % 4 <> 3;

-- monthly payouts of drivers: 75 % of the fares of their completed rides plus tips
INSERT INTO "Payout"
SELECT row_number() OVER (ORDER BY m.month, m."driverId"),
       m."driverId",
       m.month::date,
       (m.month + interval '1 month' - interval '1 day')::date,
       m.rides,
       m.gross,
       round(m.gross * 0.25, 2),
       m.tips,
       m.gross - round(m.gross * 0.25, 2) + m.tips,
       CASE WHEN m.month >= date '2024-12-01' THEN 'pending'
            WHEN (m."driverId" * 7 + extract(month FROM m.month)::int) % 61 = 0 THEN 'failed'
            ELSE 'paid' END,
       CASE WHEN m.month >= date '2024-12-01' OR (m."driverId" * 7 + extract(month FROM m.month)::int) % 61 = 0 THEN NULL
            ELSE (m.month + interval '1 month' + interval '3 days 6 hours') AT TIME ZONE 'UTC' END
FROM (
  SELECT r."driverId",
         date_trunc('month', r."requestedAt") AS month,
         count(*) AS rides,
         sum(r."fareAmount") AS gross,
         coalesce(sum(p."tipAmount"), 0) AS tips
  FROM "Ride" r
  LEFT JOIN "Payment" p ON p."rideId" = r.id AND p.status = 'succeeded'
  WHERE r.status = 'completed'
  GROUP BY r."driverId", date_trunc('month', r."requestedAt")
) AS m;
