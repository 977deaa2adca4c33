-- Sample database of a ferry operator: ports and their berths, routes, ferries, scheduled
-- crossings (sailings) with departure and arrival times, disruptions (cancellations and
-- delays), customers (people), bookings with the vehicles they bring, fare classes, fares
-- kept as a price history with validity ranges, on-board sales, and crew.
-- Every row is invented and reproducible: generated from fixed lists, generate_series and
-- modular arithmetic, with no random() and no reference to the current date.

CREATE TABLE ports (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    code char(3) NOT NULL UNIQUE,
    country text NOT NULL,
    is_island boolean NOT NULL
);

CREATE TABLE berths (
    id integer PRIMARY KEY,
    port_id integer NOT NULL REFERENCES ports(id),
    name text NOT NULL,
    max_vessel_length_m numeric(5,1) NOT NULL,
    has_linkspan boolean NOT NULL,
    UNIQUE (port_id, name)
);

CREATE TABLE routes (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL UNIQUE,
    origin_port_id integer NOT NULL REFERENCES ports(id),
    destination_port_id integer NOT NULL REFERENCES ports(id),
    distance_nm numeric(6,1) NOT NULL,
    scheduled_minutes integer NOT NULL,
    is_seasonal boolean NOT NULL
);

CREATE TABLE ferries (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    imo_number char(7) NOT NULL UNIQUE,
    built_year integer NOT NULL,
    passenger_capacity integer NOT NULL,
    vehicle_capacity integer NOT NULL,
    length_m numeric(5,1) NOT NULL,
    gross_tonnage integer NOT NULL,
    in_service boolean NOT NULL
);

CREATE TABLE fare_classes (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    category text NOT NULL CHECK (category IN ('passenger', 'vehicle')),
    description text
);

CREATE TABLE fares (
    id integer PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes(id),
    fare_class_id integer NOT NULL REFERENCES fare_classes(id),
    valid_from date NOT NULL,
    valid_to date,
    price numeric(8,2) NOT NULL,
    UNIQUE (route_id, fare_class_id, valid_from)
);

CREATE TABLE crossings (
    id integer PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes(id),
    ferry_id integer NOT NULL REFERENCES ferries(id),
    departure_berth_id integer NOT NULL REFERENCES berths(id),
    scheduled_departure timestamp NOT NULL,
    scheduled_arrival timestamp NOT NULL,
    actual_departure timestamp,
    actual_arrival timestamp,
    status text NOT NULL CHECK (status IN ('completed', 'cancelled'))
);

CREATE TABLE disruptions (
    id integer PRIMARY KEY,
    crossing_id integer NOT NULL REFERENCES crossings(id),
    kind text NOT NULL CHECK (kind IN ('delay', 'cancellation')),
    reason text NOT NULL,
    delay_minutes integer,
    announced_at timestamp NOT NULL
);

CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL UNIQUE,
    country text NOT NULL,
    date_of_birth date NOT NULL,
    loyalty_member boolean NOT NULL,
    registered_on date NOT NULL
);

CREATE TABLE bookings (
    id integer PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    person_id integer NOT NULL REFERENCES people(id),
    crossing_id integer NOT NULL REFERENCES crossings(id),
    fare_class_id integer NOT NULL REFERENCES fare_classes(id),
    passenger_count integer NOT NULL,
    booked_at timestamp NOT NULL,
    status text NOT NULL CHECK (status IN ('travelled', 'cancelled', 'no_show')),
    total_price numeric(10,2) NOT NULL
);

CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    booking_id integer NOT NULL REFERENCES bookings(id),
    fare_class_id integer NOT NULL REFERENCES fare_classes(id),
    registration text NOT NULL,
    length_m numeric(4,1) NOT NULL
);

CREATE TABLE onboard_sales (
    id integer PRIMARY KEY,
    crossing_id integer NOT NULL REFERENCES crossings(id),
    sold_at timestamp NOT NULL,
    category text NOT NULL,
    quantity integer NOT NULL,
    amount numeric(8,2) NOT NULL,
    payment_method text NOT NULL
);

CREATE TABLE crew_members (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    rank text NOT NULL,
    ferry_id integer NOT NULL REFERENCES ferries(id),
    hired_on date NOT NULL,
    left_on date,
    annual_salary numeric(9,2) NOT NULL
);

-- ports ---------------------------------------------------------------------------------
INSERT INTO ports (id, name, code, country, is_island) VALUES
    (1, 'Kestrel Bay', 'KSB', 'Norland', false),
    (2, 'Port Alder', 'PAL', 'Norland', false),
    (3, 'Saltholm', 'SLH', 'Norland', true),
    (4, 'Gullhaven', 'GLH', 'Norland', true),
    (5, 'Skerra', 'SKR', 'Vestria', true),
    (6, 'Brannock', 'BRN', 'Vestria', false),
    (7, 'Loughmere', 'LGM', 'Ardmore', false),
    (8, 'Isle of Tavish', 'TAV', 'Ardmore', true),
    (9, 'Dunmarra', 'DNM', 'Ardmore', false),
    (10, 'Freyholm', 'FRH', 'Vestria', true);

INSERT INTO berths (id, port_id, name, max_vessel_length_m, has_linkspan) VALUES
    (1, 1, 'Berth 1', 180.0, true),
    (2, 1, 'Berth 2', 120.0, true),
    (3, 1, 'Berth 3', 95.0, false),
    (4, 2, 'Berth 1', 100.0, true),
    (5, 2, 'Berth 2', 100.0, true),
    (6, 2, 'Berth 3', 60.0, false),
    (7, 3, 'Berth 1', 125.0, true),
    (8, 3, 'Berth 2', 90.0, true),
    (9, 4, 'Berth 1', 95.0, true),
    (10, 4, 'Berth 2', 70.0, false),
    (11, 5, 'Berth 1', 80.0, false),
    (12, 5, 'Berth 2', 75.0, false),
    (13, 6, 'Berth 1', 185.0, true),
    (14, 6, 'Berth 2', 150.0, true),
    (15, 6, 'Berth 3', 90.0, false),
    (16, 7, 'Berth 1', 85.0, true),
    (17, 7, 'Berth 2', 80.0, true),
    (18, 7, 'Berth 3', 60.0, false),
    (19, 8, 'Berth 1', 80.0, true),
    (20, 8, 'Berth 2', 70.0, false),
    (21, 9, 'Berth 1', 150.0, true),
    (22, 9, 'Berth 2', 110.0, true),
    (23, 9, 'Berth 3', 75.0, false),
    (24, 10, 'Berth 1', 150.0, true),
    (25, 10, 'Berth 2', 80.0, true);

-- routes: six port pairs, each sailed in both directions --------------------------------
INSERT INTO routes (id, code, name, origin_port_id, destination_port_id, distance_nm, scheduled_minutes, is_seasonal) VALUES
    (1, 'KSB-SLH', 'Kestrel Bay - Saltholm', 1, 3, 18.0, 75, false),
    (2, 'SLH-KSB', 'Saltholm - Kestrel Bay', 3, 1, 18.0, 75, false),
    (3, 'PAL-GLH', 'Port Alder - Gullhaven', 2, 4, 26.5, 110, false),
    (4, 'GLH-PAL', 'Gullhaven - Port Alder', 4, 2, 26.5, 110, false),
    (5, 'KSB-BRN', 'Kestrel Bay - Brannock', 1, 6, 142.0, 600, false),
    (6, 'BRN-KSB', 'Brannock - Kestrel Bay', 6, 1, 142.0, 600, false),
    (7, 'BRN-SKR', 'Brannock - Skerra', 6, 5, 34.0, 140, false),
    (8, 'SKR-BRN', 'Skerra - Brannock', 5, 6, 34.0, 140, false),
    (9, 'LGM-TAV', 'Loughmere - Isle of Tavish', 7, 8, 22.0, 90, false),
    (10, 'TAV-LGM', 'Isle of Tavish - Loughmere', 8, 7, 22.0, 90, false),
    (11, 'DNM-FRH', 'Dunmarra - Freyholm', 9, 10, 88.0, 330, true),
    (12, 'FRH-DNM', 'Freyholm - Dunmarra', 10, 9, 88.0, 330, true);

-- ferries --------------------------------------------------------------------------------
INSERT INTO ferries (id, name, imo_number, built_year, passenger_capacity, vehicle_capacity, length_m, gross_tonnage, in_service) VALUES
    (1, 'MV Northern Tern', '9281734', 2004, 600, 160, 118.0, 9800, true),
    (2, 'MV Saltholm Star', '9512206', 2011, 350, 80, 82.0, 4200, true),
    (3, 'MV Gull Spirit', '9170453', 1998, 420, 95, 90.0, 5100, true),
    (4, 'MV Brannock Pride', '9734418', 2016, 1200, 320, 170.0, 24500, true),
    (5, 'MV Skerra Isle', '9401127', 2008, 280, 50, 70.0, 3100, true),
    (6, 'MV Tavish Lady', '9230589', 2001, 250, 45, 64.0, 2600, true),
    (7, 'MV Freya', '9852361', 2019, 900, 220, 145.0, 18700, true),
    (8, 'MV Morning Haar', '8915302', 1992, 300, 60, 72.0, 3300, false),
    (9, 'MV Loughmere Belle', '9921847', 2022, 320, 70, 78.0, 3900, true),
    (10, 'MV Harbour Wren', '9988012', 2025, 500, 120, 104.0, 8100, false);

-- fare classes and fares -----------------------------------------------------------------
INSERT INTO fare_classes (id, name, category, description) VALUES
    (1, 'Standard', 'passenger', 'Seat in the main passenger lounges'),
    (2, 'Club', 'passenger', 'Reserved seat in the Club lounge with refreshments'),
    (3, 'Cabin', 'passenger', 'Private cabin, long crossings only'),
    (4, 'Car', 'vehicle', 'Car up to 5 m'),
    (5, 'Motorcycle', 'vehicle', 'Motorcycle or scooter'),
    (6, 'Van', 'vehicle', 'Van or car with trailer up to 7 m'),
    (7, 'Motorhome', 'vehicle', 'Motorhome or caravan combination over 6.5 m');

INSERT INTO fares (id, route_id, fare_class_id, valid_from, valid_to, price)
WITH periods(p, valid_from, valid_to, mult) AS (
    VALUES (1, date '2022-01-01', date '2022-12-31', 1.00),
           (2, date '2023-01-01', date '2023-12-31', 1.06),
           (3, date '2024-01-01', date '2024-06-30', 1.10),
           (4, date '2024-07-01', date '2025-03-31', 1.15),
           (5, date '2025-04-01', NULL::date, 1.22)
), base(route_id, base) AS (
    VALUES (1, 14.50), (2, 14.00), (3, 19.00), (4, 19.50), (5, 62.00), (6, 59.00),
           (7, 24.00), (8, 23.50), (9, 16.00), (10, 16.50), (11, 45.00), (12, 47.00)
), class_mult(fare_class_id, m) AS (
    VALUES (1, 1.0), (2, 1.6), (3, 2.5), (4, 2.2), (5, 0.9), (6, 3.1), (7, 4.0)
)
SELECT row_number() OVER (ORDER BY b.route_id, c.fare_class_id, p.p),
       b.route_id, c.fare_class_id, p.valid_from, p.valid_to,
       round(b.base * c.m * p.mult, 2)
FROM base b
CROSS JOIN class_mult c
CROSS JOIN periods p
WHERE c.fare_class_id <> 3 OR b.route_id IN (5, 6, 11, 12);

-- crossings: one sailing per route roughly every week, 2022-2025; the Dunmarra - Freyholm
-- routes run May to September only ------------------------------------------------------
INSERT INTO crossings (id, route_id, ferry_id, departure_berth_id, scheduled_departure,
                       scheduled_arrival, actual_departure, actual_arrival, status)
WITH g AS (
    SELECT k, r, r + 1 AS route_id,
           date '2022-01-01' + (k * 1455 / 199 + (r / 2) % 3) AS d
    FROM generate_series(0, 199) AS k
    CROSS JOIN generate_series(0, 11) AS r
), s AS (
    SELECT g.k, g.r, g.route_id, g.d, rt.scheduled_minutes, rt.origin_port_id,
           g.d
             + CASE WHEN g.r / 2 = 2 THEN time '21:00'
                    ELSE time '07:00' + (g.k % 4) * interval '2 hours' END
             + ((g.k * 15) % 60) * interval '1 minute'
             + CASE WHEN g.r % 2 = 1 THEN (rt.scheduled_minutes + 45) * interval '1 minute'
                    ELSE interval '0' END AS dep,
           CASE g.r / 2
               WHEN 0 THEN CASE WHEN g.k % 3 = 0 THEN 1 ELSE 2 END
               WHEN 1 THEN 3
               WHEN 2 THEN CASE WHEN g.k % 3 = 0 THEN 7 ELSE 4 END
               WHEN 3 THEN 5
               WHEN 4 THEN CASE WHEN g.d >= date '2023-03-01' AND g.k % 2 = 1 THEN 9 ELSE 6 END
               ELSE CASE WHEN g.d < date '2023-01-01' THEN 8 ELSE 7 END
           END AS ferry_id,
           ((g.k * 7 + g.r) % 41 = 0
             OR (extract(month FROM g.d) IN (12, 1, 2) AND (g.k * 3 + g.r) % 23 = 0)) AS cancelled,
           (g.k * 5 + g.r * 3) % 9 = 0 AS delayed,
           10 + ((g.k * 13 + g.r * 7) % 12) * 10
             + CASE WHEN (g.k + g.r) % 50 = 0 THEN 180 ELSE 0 END AS delay_min
    FROM g
    JOIN routes rt ON rt.id = g.route_id
    WHERE g.r / 2 <> 5 OR extract(month FROM g.d) BETWEEN 5 AND 9
), n AS (
    SELECT s.*, row_number() OVER (ORDER BY s.dep, s.route_id) AS id
    FROM s
)
SELECT n.id, n.route_id, n.ferry_id,
       (SELECT b.id
          FROM berths b
          JOIN ferries f ON f.id = n.ferry_id
         WHERE b.port_id = n.origin_port_id AND b.max_vessel_length_m >= f.length_m
         ORDER BY b.id
        OFFSET n.k % (SELECT count(*) FROM berths b2 JOIN ferries f2 ON f2.id = n.ferry_id
                       WHERE b2.port_id = n.origin_port_id AND b2.max_vessel_length_m >= f2.length_m)
         LIMIT 1),
       n.dep,
       n.dep + n.scheduled_minutes * interval '1 minute',
       CASE WHEN n.cancelled THEN NULL
            WHEN n.delayed THEN n.dep + n.delay_min * interval '1 minute'
            ELSE n.dep END,
       CASE WHEN n.cancelled THEN NULL
            ELSE n.dep
                 + CASE WHEN n.delayed THEN n.delay_min ELSE 0 END * interval '1 minute'
                 + (n.scheduled_minutes + ((n.k + n.r) % 3) * 5 - 5) * interval '1 minute' END,
       CASE WHEN n.cancelled THEN 'cancelled' ELSE 'completed' END
FROM n;

-- disruptions: every cancelled crossing and every late departure -------------------------
INSERT INTO disruptions (id, crossing_id, kind, reason, delay_minutes, announced_at)
SELECT row_number() OVER (ORDER BY c.id),
       c.id,
       CASE WHEN c.status = 'cancelled' THEN 'cancellation' ELSE 'delay' END,
       CASE WHEN c.status = 'cancelled' THEN
                CASE WHEN extract(month FROM c.scheduled_departure) IN (12, 1, 2) THEN 'weather'
                     ELSE (ARRAY['weather', 'weather', 'technical fault', 'crew shortage', 'weather'])[1 + c.id % 5] END
            ELSE (ARRAY['weather', 'late vessel arrival', 'port congestion', 'technical fault',
                        'late vessel arrival', 'loading delays'])[1 + (c.id * 7) % 6] END,
       CASE WHEN c.status = 'cancelled' THEN NULL
            ELSE (extract(epoch FROM c.actual_departure - c.scheduled_departure) / 60)::integer END,
       CASE WHEN c.status = 'cancelled'
            THEN c.scheduled_departure - ((c.id % 3) * 12 + 2) * interval '1 hour'
            ELSE c.scheduled_departure - ((c.id % 4) * 10) * interval '1 minute' END
FROM crossings c
WHERE c.status = 'cancelled' OR c.actual_departure > c.scheduled_departure;

-- people (customers) ---------------------------------------------------------------------
INSERT INTO people (id, first_name, last_name, email, country, date_of_birth, loyalty_member, registered_on)
WITH p AS (
    SELECT i,
           (ARRAY['Anna', 'Ben', 'Clara', 'David', 'Elin', 'Finn', 'Grace', 'Hugo', 'Ida', 'Jonas',
                  'Katie', 'Liam', 'Maja', 'Niall', 'Olivia', 'Peter', 'Quinn', 'Rosa', 'Sean', 'Tara',
                  'Uma', 'Victor', 'Wendy', 'Xavier', 'Yara', 'Zoe', 'Aidan', 'Brigid', 'Conor', 'Dagny'])[1 + i % 30] AS fn,
           (ARRAY['Anders', 'Byrne', 'Carlsen', 'Dunne', 'Eriksen', 'Fraser', 'Gallagher', 'Hansen',
                  'Ingram', 'Jensen', 'Kelly', 'Lund', 'MacLeod', 'Nilsen', 'O''Brien', 'Petersen',
                  'Quigley', 'Ross', 'Sorensen', 'Thomson', 'Ulvang', 'Vance', 'Walsh', 'Young', 'Berg',
                  'Holm', 'Murray', 'Strand', 'Lindqvist'])[1 + (i * 7) % 29] AS ln
    FROM generate_series(1, 420) AS i
)
SELECT i, fn, ln,
       lower(fn || '.' || replace(ln, '''', '') || i || '@example.com'),
       CASE WHEN (i * 7) % 23 < 9 THEN 'Norland'
            WHEN (i * 7) % 23 < 15 THEN 'Vestria'
            WHEN (i * 7) % 23 < 18 THEN 'Ardmore'
            WHEN (i * 7) % 23 < 20 THEN 'Germany'
            WHEN (i * 11) % 31 < 20 THEN 'Netherlands'
            ELSE 'France' END,
       date '1948-01-01' + (i * 523) % 20000,
       i % 4 = 0,
       date '2019-01-01' + (i * 37) % 2500
FROM p;

-- bookings: the lead passenger, a passenger fare class, optionally one vehicle -----------
INSERT INTO bookings (id, reference, person_id, crossing_id, fare_class_id, passenger_count,
                      booked_at, status, total_price)
WITH nc AS (SELECT count(*) AS n FROM crossings),
b AS (
    SELECT i,
           c.id AS crossing_id, c.route_id, c.status AS crossing_status, c.scheduled_departure,
           CASE WHEN i % 5 = 0 THEN 1 + ((i / 5) * 3) % 40
                WHEN i % 7 = 0 THEN 41 + (i * 11) % 60
                ELSE 1 + (i * 13) % 379 END AS person_id,
           CASE WHEN c.route_id IN (5, 6, 11, 12) AND i % 7 IN (0, 1) THEN 3
                WHEN i % 4 = 0 THEN 2
                ELSE 1 END AS fare_class_id,
           1 + i % 4 + CASE WHEN i % 11 = 0 THEN 2 ELSE 0 END AS passenger_count,
           CASE WHEN (i * 3) % 7 < 3 THEN
                CASE WHEN (i * 7) % 23 < 13 THEN 4
                     WHEN (i * 7) % 23 < 15 THEN 5
                     WHEN (i * 7) % 23 < 20 THEN 6
                     ELSE 7 END END AS vehicle_class_id
    FROM generate_series(1, 3200) AS i
    CROSS JOIN nc
    JOIN crossings c ON c.id = 1 + (i * 37) % nc.n
)
SELECT b.i,
       'FB' || lpad(b.i::text, 6, '0'),
       b.person_id, b.crossing_id, b.fare_class_id, b.passenger_count,
       b.scheduled_departure - ((b.i * 17) % 90) * interval '1 day'
                             - (1 + (b.i * 7) % 24) * interval '1 hour'
                             - ((b.i * 31) % 60) * interval '1 minute',
       CASE WHEN b.crossing_status = 'cancelled' THEN 'cancelled'
            WHEN b.i % 23 = 0 THEN 'cancelled'
            WHEN b.i % 17 = 0 THEN 'no_show'
            ELSE 'travelled' END,
       b.passenger_count * pf.price + coalesce(vf.price, 0)
FROM b
JOIN fares pf
  ON pf.route_id = b.route_id AND pf.fare_class_id = b.fare_class_id
 AND b.scheduled_departure::date >= pf.valid_from
 AND (pf.valid_to IS NULL OR b.scheduled_departure::date <= pf.valid_to)
LEFT JOIN fares vf
  ON vf.route_id = b.route_id AND vf.fare_class_id = b.vehicle_class_id
 AND b.scheduled_departure::date >= vf.valid_from
 AND (vf.valid_to IS NULL OR b.scheduled_departure::date <= vf.valid_to);

INSERT INTO vehicles (id, booking_id, fare_class_id, registration, length_m)
WITH v AS (
    SELECT id AS i,
           CASE WHEN (id * 7) % 23 < 13 THEN 4
                WHEN (id * 7) % 23 < 15 THEN 5
                WHEN (id * 7) % 23 < 20 THEN 6
                ELSE 7 END AS fare_class_id
    FROM bookings
    WHERE (id * 3) % 7 < 3
)
SELECT row_number() OVER (ORDER BY v.i),
       v.i,
       v.fare_class_id,
       chr(65 + v.i % 26) || chr(65 + (v.i * 7) % 26) || lpad(((v.i * 13) % 100)::text, 2, '0')
         || ' ' || chr(65 + (v.i * 3) % 26) || chr(65 + (v.i * 11) % 26) || chr(65 + (v.i * 17) % 26),
       CASE v.fare_class_id
           WHEN 4 THEN 3.9 + ((v.i * 7) % 12) * 0.1
           WHEN 5 THEN 2.1 + (v.i % 4) * 0.1
           WHEN 6 THEN 5.2 + ((v.i * 3) % 15) * 0.1
           ELSE 6.6 + ((v.i * 5) % 20) * 0.2 END
FROM v;

-- on-board sales on completed crossings: more on the longer crossings, none on some short ones
INSERT INTO onboard_sales (id, crossing_id, sold_at, category, quantity, amount, payment_method)
WITH t AS (
    SELECT c.id AS crossing_id, c.actual_departure, r.scheduled_minutes, n
    FROM crossings c
    JOIN routes r ON r.id = c.route_id
    CROSS JOIN LATERAL generate_series(1, r.scheduled_minutes / 150 + CASE WHEN c.id % 3 = 0 THEN 0 ELSE 1 END) AS n
    WHERE c.status = 'completed'
), s AS (
    SELECT t.*, row_number() OVER (ORDER BY t.crossing_id, t.n) AS i
    FROM t
), s2 AS (
    SELECT s.*,
           CASE WHEN i % 10 < 4 THEN 'food'
                WHEN i % 10 < 7 THEN 'drinks'
                WHEN i % 10 < 9 THEN 'duty free'
                ELSE 'gifts' END AS category
    FROM s
)
SELECT s2.i,
       s2.crossing_id,
       s2.actual_departure + (5 + (s2.i * 7) % (s2.scheduled_minutes - 10)) * interval '1 minute',
       s2.category,
       1 + s2.i % 3,
       CASE s2.category
           WHEN 'food' THEN 4.50 + ((s2.i * 37) % 30) * 0.75
           WHEN 'drinks' THEN 2.80 + ((s2.i * 13) % 20) * 0.55
           WHEN 'duty free' THEN 15.00 + ((s2.i * 29) % 60) * 1.25
           ELSE 6.00 + ((s2.i * 11) % 25) * 0.90 END,
       CASE WHEN s2.i % 6 = 0 THEN 'cash' ELSE 'card' END
FROM s2;

-- crew: nine per ferry; the crew of the retired MV Morning Haar left at the end of 2022 ---
INSERT INTO crew_members (id, first_name, last_name, rank, ferry_id, hired_on, left_on, annual_salary)
WITH m AS (
    SELECT i, 1 + i % 10 AS ferry_id, i / 10 AS slot,
           CASE WHEN 1 + i % 10 = 10 THEN date '2025-02-03' + (i / 10) * 11
                WHEN 1 + i % 10 = 9 THEN date '2022-03-01' + (i * 97) % 1200
                WHEN 1 + i % 10 = 8 THEN date '2008-01-01' + (i * 211) % 5000
                ELSE date '2008-01-01' + (i * 211) % 6000 END AS hired_on
    FROM generate_series(0, 89) AS i
)
SELECT m.i + 1,
       (ARRAY['Magnus', 'Siobhan', 'Erik', 'Fiona', 'Rory', 'Ingrid', 'Callum', 'Astrid', 'Duncan',
              'Morag', 'Lars', 'Eilidh', 'Tomas', 'Kirsty', 'Oskar', 'Ailsa', 'Hamish', 'Sigrid',
              'Ewan', 'Freya', 'Fergus', 'Linnea', 'Angus'])[1 + (m.i * 5) % 23],
       (ARRAY['Sinclair', 'Halvorsen', 'McKay', 'Dahl', 'Munro', 'Berglund', 'Campbell', 'Aas',
              'Mackenzie', 'Nygaard', 'Stewart', 'Vik', 'Ferguson', 'Solberg', 'Reid', 'Moen',
              'Gunn', 'Haugen', 'Robertson'])[1 + (m.i * 3) % 19],
       CASE m.slot WHEN 0 THEN 'captain' WHEN 1 THEN 'chief officer'
                   WHEN 2 THEN 'engineer' WHEN 3 THEN 'engineer'
                   WHEN 4 THEN 'deckhand' WHEN 5 THEN 'deckhand' WHEN 6 THEN 'deckhand'
                   ELSE 'steward' END,
       m.ferry_id,
       m.hired_on,
       CASE WHEN m.ferry_id = 8 THEN date '2022-12-31'
            WHEN m.slot >= 4 AND m.i % 7 = 3 AND m.hired_on + 400 + (m.i * 53) % 1500 < date '2025-12-01'
                 THEN m.hired_on + 400 + (m.i * 53) % 1500
            END,
       CASE m.slot WHEN 0 THEN 78000 WHEN 1 THEN 64000 WHEN 2 THEN 52000 WHEN 3 THEN 52000
                   WHEN 4 THEN 33000 WHEN 5 THEN 33000 WHEN 6 THEN 33000 ELSE 29500 END
         + ((m.i * 137) % 40) * 100
FROM m;
