-- An airline's operations and sales database, written for a golden set of askpg
-- (benches/intent/airline.yaml). No comments on anything: it stands for a warehouse
-- nobody annotated. The rows are made up and deterministic (generate_series and modular
-- arithmetic only).

CREATE TABLE airports (
    airport_id   integer PRIMARY KEY,
    iata_code    char(3) NOT NULL UNIQUE,
    airport_name text NOT NULL,
    city         text NOT NULL,
    country      text NOT NULL
);
CREATE TABLE aircraft (
    aircraft_id     integer PRIMARY KEY,
    registration    text NOT NULL UNIQUE,
    model           text NOT NULL,
    manufacturer    text NOT NULL,
    seats           integer NOT NULL,
    in_service_date date
);
CREATE TABLE loyalty_tiers (
    tier_id    integer PRIMARY KEY,
    tier_name  text NOT NULL,
    min_points integer NOT NULL
);
CREATE TABLE passengers (
    passenger_id integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        text,
    country      text NOT NULL,
    birth_date   date,
    tier_id      integer REFERENCES loyalty_tiers
);
CREATE TABLE routes (
    route_id               integer PRIMARY KEY,
    origin_airport_id      integer NOT NULL REFERENCES airports,
    destination_airport_id integer NOT NULL REFERENCES airports,
    distance_km            integer NOT NULL
);
CREATE TABLE flights (
    flight_id           integer PRIMARY KEY,
    flight_number       text NOT NULL,
    route_id            integer NOT NULL REFERENCES routes,
    aircraft_id         integer REFERENCES aircraft,
    scheduled_departure timestamp NOT NULL,
    scheduled_arrival   timestamp NOT NULL,
    status              text NOT NULL,
    delay_minutes       integer
);
CREATE TABLE bookings (
    booking_id   integer PRIMARY KEY,
    passenger_id integer NOT NULL REFERENCES passengers,
    flight_id    integer NOT NULL REFERENCES flights,
    booked_at    timestamp NOT NULL,
    fare         numeric(10,2) NOT NULL,
    class        text NOT NULL,
    seat_number  text,
    checked_bags integer NOT NULL
);

INSERT INTO airports VALUES
  (1, 'JFK', 'John F. Kennedy International', 'New York', 'USA'),
  (2, 'LAX', 'Los Angeles International', 'Los Angeles', 'USA'),
  (3, 'ORD', 'O''Hare International', 'Chicago', 'USA'),
  (4, 'ATL', 'Hartsfield-Jackson Atlanta International', 'Atlanta', 'USA'),
  (5, 'LHR', 'Heathrow', 'London', 'United Kingdom'),
  (6, 'CDG', 'Charles de Gaulle', 'Paris', 'France'),
  (7, 'FRA', 'Frankfurt am Main', 'Frankfurt', 'Germany'),
  (8, 'AMS', 'Schiphol', 'Amsterdam', 'Netherlands'),
  (9, 'MAD', 'Adolfo Suárez Madrid-Barajas', 'Madrid', 'Spain'),
  (10, 'FCO', 'Leonardo da Vinci-Fiumicino', 'Rome', 'Italy'),
  (11, 'DXB', 'Dubai International', 'Dubai', 'United Arab Emirates'),
  (12, 'NRT', 'Narita International', 'Tokyo', 'Japan'),
  (13, 'SIN', 'Changi', 'Singapore', 'Singapore'),
  (14, 'SYD', 'Kingsford Smith', 'Sydney', 'Australia'),
  (15, 'YYZ', 'Toronto Pearson International', 'Toronto', 'Canada'),
  (16, 'GRU', 'São Paulo-Guarulhos International', 'São Paulo', 'Brazil'),
  (17, 'MEX', 'Benito Juárez International', 'Mexico City', 'Mexico'),
  (18, 'DUB', 'Dublin', 'Dublin', 'Ireland'),
  (19, 'ZRH', 'Zurich', 'Zurich', 'Switzerland'),
  (20, 'BOS', 'Logan International', 'Boston', 'USA'),
  (21, 'MUC', 'Munich', 'Munich', 'Germany'),
  (22, 'LIS', 'Humberto Delgado', 'Lisbon', 'Portugal');

INSERT INTO aircraft VALUES
  (1, 'N101AP', 'A320neo', 'Airbus', 180, '2016-03-14'),
  (2, 'N102AP', 'A320neo', 'Airbus', 180, '2017-06-02'),
  (3, 'N103AP', 'A321neo', 'Airbus', 220, '2018-09-21'),
  (4, 'N104AP', 'A321neo', 'Airbus', 220, '2019-01-30'),
  (5, 'N105AP', '737-800', 'Boeing', 189, '2012-11-05'),
  (6, 'N106AP', '737-800', 'Boeing', 189, '2013-04-17'),
  (7, 'N107AP', '737 MAX 8', 'Boeing', 178, '2021-08-09'),
  (8, 'N108AP', '787-9', 'Boeing', 290, '2018-02-26'),
  (9, 'N109AP', '787-9', 'Boeing', 290, '2020-07-13'),
  (10, 'N110AP', 'A350-900', 'Airbus', 325, '2019-10-01'),
  (11, 'N111AP', 'A350-900', 'Airbus', 325, '2022-05-18'),
  (12, 'N112AP', '777-300ER', 'Boeing', 396, '2014-12-08'),
  (13, 'N113AP', 'E190', 'Embraer', 100, '2011-05-23'),
  (14, 'N114AP', 'E190', 'Embraer', 100, NULL),
  (15, 'N115AP', 'A330-300', 'Airbus', 277, '2015-08-11'),
  (16, 'N116AP', 'E195-E2', 'Embraer', 132, '2023-11-20');

INSERT INTO loyalty_tiers VALUES
  (1, 'Blue', 0), (2, 'Silver', 25000), (3, 'Gold', 50000), (4, 'Platinum', 100000);

INSERT INTO passengers
SELECT n,
       (ARRAY['James','Mary','Liam','Olivia','Noah','Emma','Lucas','Sophia','Mateo','Mia',
              'Hiroshi','Yuki','Chen','Mei','Arjun','Priya','Omar','Layla','Pierre','Camille',
              'Hans','Greta','Marco','Giulia','Pedro','Ana','Sean','Aoife','Lars','Ingrid',
              'Diego','Valentina','Ethan','Chloe','Ahmed','Fatima','Jonas','Elena','Kofi','Amara'])[1 + n % 40],
       (ARRAY['Smith','Johnson','Brown','Garcia','Miller','Davis','Martinez','Wilson','Anderson','Taylor',
              'Thomas','Moore','Martin','Lee','Walker','Hall','Young','King','Wright','Scott',
              'Tanaka','Suzuki','Wang','Li','Patel','Sharma','Haddad','Dubois','Lefebvre','Müller',
              'Schmidt','Rossi','Bianchi','Silva','Santos','Murphy','Kelly','Johansson','Nilsson','Lopez',
              'Hernandez','Gonzalez','Clark','Lewis','Baker','Nguyen','Kim','Novak','Mensah','Costa'])[1 + (n / 40 + 7 * (n % 40)) % 50],
       CASE WHEN n % 11 = 0 THEN NULL ELSE 'passenger' || n || '@example.com' END,
       (ARRAY['USA','USA','USA','USA','United Kingdom','United Kingdom','Germany','Germany','France','Canada',
              'USA','Japan','Spain','Italy','USA','Brazil','Mexico','United Kingdom','Germany','Australia',
              'USA','Netherlands','Ireland','Switzerland','India','USA','United Kingdom','Canada','France','USA',
              'Singapore','Portugal','USA'])[1 + (n * 7) % 33],
       CASE WHEN n % 29 = 0 THEN NULL ELSE DATE '1944-03-01' + (n * 7919) % 22500 END,
       CASE WHEN n % 5 IN (0, 3) THEN NULL
            WHEN n % 13 = 1 THEN 4
            WHEN n % 7 IN (1, 2) THEN 3
            WHEN n % 4 = 1 THEN 2
            ELSE 1 END
FROM generate_series(1, 1400) AS n;

INSERT INTO routes
SELECT r + 1, o + 1, (o + (ARRAY[1, 5, 11])[1 + r / 22]) % 22 + 1,
       450 + ((o + 3) * ((o + (ARRAY[1, 5, 11])[1 + r / 22]) % 22 + 5) * 131) % 11200
FROM generate_series(0, 65) AS r, LATERAL (SELECT r % 22 AS o) x;

INSERT INTO flights
SELECT n, 'AP' || (100 + route_id * 7), route_id,
       CASE WHEN n % 97 = 0 THEN NULL ELSE 1 + (route_id * 5 + n % 3 + (n / 7) % 2) % 16 END,
       dep, dep + ((90 + (route_id * 37) % 720) * interval '1 minute'),
       CASE WHEN h % 1000 < 22 + 18 * (extract(month FROM dep)::int IN (1, 2, 12))::int THEN 'cancelled'
            WHEN h % 1000 < 210 + 60 * (extract(month FROM dep)::int IN (6, 7, 8, 12))::int THEN 'delayed'
            ELSE 'on time' END,
       CASE WHEN h % 1000 >= 22 + 18 * (extract(month FROM dep)::int IN (1, 2, 12))::int
             AND h % 1000 < 210 + 60 * (extract(month FROM dep)::int IN (6, 7, 8, 12))::int
            THEN 15 + (h * 7) % 170 ELSE NULL END
FROM (
  SELECT n,
         1 + floor(66 * power(((n * 7919 + 17) % 10007) / 10007.0, 1.6))::int AS route_id,
         TIMESTAMP '2022-01-01 00:00' + (floor(1096 * power((n - 0.5) / 3400.0, 0.8)) * interval '1 day')
           + ((5 + (n * 7) % 18) * interval '1 hour') + (((n * 13) % 4) * interval '15 minutes') AS dep,
         (n * 6143 + 211) % 10009 AS h
  FROM generate_series(1, 3400) AS n
) f;

INSERT INTO bookings
SELECT row_number() OVER (ORDER BY f.flight_id, k)::int,
       p.passenger_id, f.flight_id,
       f.scheduled_departure - ((1 + (f.flight_id * 31 + k * 17) % 120) * interval '1 day')
         - (((f.flight_id + k * 5) % 23) * interval '1 hour'),
       round((r.distance_km * (0.09 + ((f.flight_id * k) % 7) * 0.01)
              * CASE c.cls WHEN 'first' THEN 4.2 WHEN 'business' THEN 2.6 ELSE 1 END + 39
              + ((f.flight_id * 13 + k) % 50) * 1.37)::numeric, 2),
       c.cls,
       CASE WHEN (f.flight_id + k) % 9 = 0 THEN NULL
            ELSE (1 + (f.flight_id * 3 + k * 7) % 38)::text || chr(65 + ((f.flight_id + k) % 6)) END,
       (f.flight_id * k + k) % 3
FROM flights f
JOIN routes r ON r.route_id = f.route_id
CROSS JOIN generate_series(1, 4) AS k
CROSS JOIN LATERAL (SELECT CASE WHEN (f.flight_id * 3 + k * 11) % 40 < 2 THEN 'first'
                                WHEN (f.flight_id * 3 + k * 11) % 40 < 8 THEN 'business'
                                ELSE 'economy' END AS cls) c
JOIN passengers p
  ON p.passenger_id = 1 + floor(1400 * power(((f.flight_id * 4 + k) * 7727 % 20011) / 20011.0, 1.35))::int
WHERE k <= 1 + (f.flight_id * 7) % 4
  AND p.passenger_id % 23 <> 0;
