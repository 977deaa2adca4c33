-- Sample database: a school district's bus transport department — the schools it serves,
-- bus routes and their stops, the bus fleet, drivers and their licences, students assigned
-- to stops, daily runs with departure and arrival times, ridership counts, GPS pings,
-- incidents, fuel purchases and maintenance work.
-- Every row is invented and reproducible: built from fixed lists, generate_series and
-- modular arithmetic only (no random(), no now()/current_date).
-- gps_pings.recorded_at and incidents.occurred_at were loaded from a legacy export and keep
-- their times as ISO-8601 text, e.g. '2024-03-05T07:42:00'.

CREATE TABLE schools (
    id              integer PRIMARY KEY,
    name            text    NOT NULL UNIQUE,
    short_name      text    NOT NULL,
    school_type     text    NOT NULL CHECK (school_type IN ('elementary', 'middle', 'high')),
    address         text    NOT NULL,
    bell_start      time    NOT NULL,
    bell_end        time    NOT NULL,
    enrollment      integer NOT NULL
);

INSERT INTO schools (id, name, short_name, school_type, address, bell_start, bell_end, enrollment) VALUES
 (1,  'Maple Grove Elementary',   'Maple Grove',   'elementary', '1200 Maple Grove Rd',     '08:40', '15:20', 412),
 (2,  'Riverside Elementary',     'Riverside',     'elementary', '45 River Rd',             '08:45', '15:25', 388),
 (3,  'Cedar Hill Elementary',    'Cedar Hill',    'elementary', '310 Cedar Hill Dr',       '08:50', '15:30', 455),
 (4,  'Lakeview Elementary',      'Lakeview',      'elementary', '77 Shoreline Ave',        '08:40', '15:20', 367),
 (5,  'Oak Park Elementary',      'Oak Park',      'elementary', '902 Oak Park Blvd',       '08:55', '15:35', 298),
 (6,  'Sunnyside Elementary',     'Sunnyside',     'elementary', '18 Sunnyside Ln',         '08:45', '15:25', 421),
 (7,  'Willow Creek Elementary',  'Willow Creek',  'elementary', '640 Willow Creek Pkwy',   '08:50', '15:30', 350),
 (8,  'Jefferson Middle School',  'Jefferson',     'middle',     '2500 Jefferson St',       '08:05', '14:55', 612),
 (9,  'Northgate Middle School',  'Northgate',     'middle',     '1 Northgate Way',         '08:10', '15:00', 580),
 (10, 'Pine Ridge Middle School', 'Pine Ridge',    'middle',     '455 Pine Ridge Rd',       '08:00', '14:50', 534),
 (11, 'Eastbrook Middle School',  'Eastbrook',     'middle',     '88 Eastbrook Ct',         '08:15', '15:05', 497),
 (12, 'Central High School',      'Central',       'high',       '100 Main St',             '07:25', '14:20', 1340),
 (13, 'Westfield High School',    'Westfield',     'high',       '3300 Westfield Ave',      '07:35', '14:30', 1185),
 (14, 'Harbor View High School',  'Harbor View',   'high',       '12 Harbor View Terrace',  '07:40', '14:35', 978);

CREATE TABLE drivers (
    id               integer PRIMARY KEY,
    employee_number  text    NOT NULL UNIQUE,
    first_name       text    NOT NULL,
    last_name        text    NOT NULL,
    phone            text    NOT NULL,
    hire_date        date    NOT NULL,
    employment_type  text    NOT NULL CHECK (employment_type IN ('full_time', 'part_time')),
    hourly_rate      numeric(6,2) NOT NULL,
    status           text    NOT NULL CHECK (status IN ('active', 'on_leave', 'terminated')),
    terminated_on    date
);

INSERT INTO drivers (id, employee_number, first_name, last_name, phone, hire_date, employment_type, hourly_rate, status, terminated_on)
SELECT i,
       'EMP-' || lpad((4100 + i * 3)::text, 5, '0'),
       (ARRAY['Linda','James','Patricia','Robert','Maria','Michael','Susan','David','Karen','Thomas',
              'Nancy','Daniel','Brenda','Paul','Donna','Mark','Carol','George','Sharon','Kevin',
              'Deborah','Brian','Sandra','Ronald','Angela','Gary','Teresa','Larry','Denise','Frank',
              'Rosa','Wayne','Gloria','Dennis','Tammy','Roger','Yolanda','Ray','Bonnie','Curtis'])[i],
       (ARRAY['Anderson','Baker','Castillo','Dawson','Ellis','Fischer','Gomez','Harper','Ingram','Jensen',
              'Keller','Lopez','Morrison','Nguyen','Olsen','Porter','Quinn','Reyes','Schmidt','Turner',
              'Underwood','Vasquez','Walsh','Xiong','Young','Zimmerman','Brooks','Carlson','Duffy','Erickson',
              'Foster','Gallagher','Hoffman','Iverson','Jacobs','Kowalski','Lindqvist','Mendez','Novak','Ortiz'])[(i * 7) % 40 + 1],
       '515-555-' || lpad(((i * 2713) % 10000)::text, 4, '0'),
       CASE i WHEN 31 THEN date '2023-12-04' WHEN 32 THEN date '2023-08-14'
              WHEN 33 THEN date '2025-08-18' WHEN 34 THEN date '2025-08-25'
              ELSE date '2006-03-01' + (i * 397) % 5700 END,
       CASE WHEN i % 4 = 3 OR i > 34 THEN 'part_time' ELSE 'full_time' END,
       21.50 + ((i * 37) % 90) * 0.10,
       CASE WHEN i IN (11, 23, 37) THEN 'terminated'
            WHEN i IN (8, 19, 30)  THEN 'on_leave'
            ELSE 'active' END,
       CASE i WHEN 11 THEN date '2024-01-05' WHEN 23 THEN date '2023-09-01' WHEN 37 THEN date '2024-01-31' END
FROM generate_series(1, 40) AS i;

-- Commercial driver's licences (CDL). Drivers with id divisible by 4 also keep their
-- previous, expired licence on file.
CREATE TABLE driver_licences (
    id                      integer PRIMARY KEY,
    driver_id               integer NOT NULL REFERENCES drivers(id),
    licence_number          text    NOT NULL UNIQUE,
    licence_class           text    NOT NULL CHECK (licence_class IN ('A', 'B', 'C')),
    school_bus_endorsement  boolean NOT NULL,
    passenger_endorsement   boolean NOT NULL,
    issued_on               date    NOT NULL,
    expires_on              date    NOT NULL,
    medical_card_expires_on date
);

INSERT INTO driver_licences (id, driver_id, licence_number, licence_class, school_bus_endorsement,
                             passenger_endorsement, issued_on, expires_on, medical_card_expires_on)
SELECT i,
       i,
       'IA' || lpad((730000 + i * 1931)::text, 7, '0'),
       CASE WHEN i % 5 = 0 THEN 'A' WHEN i % 9 = 0 THEN 'C' ELSE 'B' END,
       i NOT IN (12, 27, 38),
       i NOT IN (27, 38),
       date '2022-01-10' + (i * 53) % 1380,
       (date '2022-01-10' + (i * 53) % 1380) + interval '4 years' - interval '1 day',
       (date '2022-01-10' + (i * 53) % 1380) + interval '2 years' + ((i * 11) % 300) * interval '1 day'
FROM generate_series(1, 40) AS i;

INSERT INTO driver_licences (id, driver_id, licence_number, licence_class, school_bus_endorsement,
                             passenger_endorsement, issued_on, expires_on, medical_card_expires_on)
SELECT 40 + i / 4,
       i,
       'IA' || lpad((610000 + i * 1777)::text, 7, '0'),
       'B',
       true,
       true,
       (date '2022-01-10' + (i * 53) % 1380) - interval '4 years',
       (date '2022-01-10' + (i * 53) % 1380) - interval '1 day',
       NULL
FROM generate_series(4, 40, 4) AS i;

CREATE TABLE buses (
    id               integer PRIMARY KEY,
    fleet_number     text    NOT NULL UNIQUE,
    vin              text    NOT NULL UNIQUE,
    make             text    NOT NULL,
    model            text    NOT NULL,
    bus_type         text    NOT NULL CHECK (bus_type IN ('Type A', 'Type C', 'Type D')),
    model_year       integer NOT NULL,
    capacity         integer NOT NULL,
    fuel_type        text    NOT NULL CHECK (fuel_type IN ('diesel', 'propane', 'gasoline', 'electric')),
    wheelchair_lift  boolean NOT NULL,
    purchased_on     date    NOT NULL,
    purchase_price   numeric(10,2) NOT NULL,
    status           text    NOT NULL CHECK (status IN ('in_service', 'spare', 'retired')),
    retired_on       date
);

INSERT INTO buses (id, fleet_number, vin, make, model, bus_type, model_year, capacity, fuel_type,
                   wheelchair_lift, purchased_on, purchase_price, status, retired_on)
SELECT i,
       'B-' || (100 + i),
       '1BA' || upper(to_hex(1000003 * i + 77777)) || lpad((i * 613)::text, 6, '0'),
       CASE WHEN t = 'Type A' THEN 'Collins'
            WHEN t = 'Type D' THEN 'Blue Bird'
            WHEN i % 3 = 0 THEN 'IC Bus'
            WHEN i % 3 = 1 THEN 'Thomas Built'
            ELSE 'Blue Bird' END,
       CASE WHEN t = 'Type A' THEN 'NexBus'
            WHEN t = 'Type D' THEN 'All American RE'
            WHEN i % 3 = 0 THEN 'CE Series'
            WHEN i % 3 = 1 THEN CASE WHEN f = 'electric' THEN 'Saf-T-Liner C2 Jouley' ELSE 'Saf-T-Liner C2' END
            ELSE 'Vision' END,
       t,
       y,
       CASE WHEN t = 'Type A' THEN CASE WHEN i % 12 = 0 OR i = 30 THEN 30 ELSE 24 END
            WHEN t = 'Type D' THEN 84
            WHEN i % 2 = 0 THEN 77 ELSE 72 END,
       f,
       (t = 'Type A' OR i % 4 = 0),
       make_date(y, 3 + i % 6, 1 + (i * 5) % 27),
       CASE WHEN f = 'electric' THEN 355000 + i * 1250
            WHEN t = 'Type A' THEN 64000 + ((i * 731) % 9000) + (y - 2008) * 900
            WHEN t = 'Type D' THEN 112000 + ((i * 977) % 12000) + (y - 2008) * 1400
            ELSE 91000 + ((i * 1733) % 15000) + (y - 2008) * 1200 END,
       CASE WHEN i IN (3, 17, 31, 32) THEN 'retired'
            WHEN i BETWEEN 33 AND 36 THEN 'spare'
            ELSE 'in_service' END,
       CASE i WHEN 3 THEN date '2024-06-28' WHEN 17 THEN date '2024-06-28'
              WHEN 31 THEN date '2023-04-12' WHEN 32 THEN date '2024-05-23' END
FROM (
    SELECT i,
           CASE WHEN i % 6 = 0 THEN 'Type A' WHEN i % 5 = 0 THEN 'Type D' ELSE 'Type C' END AS t,
           CASE i WHEN 13 THEN 2023 WHEN 26 THEN 2024
                ELSE 2008 + (i * 5) % 14 END AS y,
           CASE WHEN i IN (13, 26) THEN 'electric'
                WHEN i % 6 = 0 THEN 'gasoline'
                WHEN i % 4 = 1 THEN 'propane'
                ELSE 'diesel' END AS f
    FROM generate_series(1, 36) AS i
) AS b;

CREATE TABLE routes (
    id                 integer PRIMARY KEY,
    route_code         text    NOT NULL UNIQUE,
    name               text    NOT NULL UNIQUE,
    school_id          integer NOT NULL REFERENCES schools(id),
    regular_bus_id     integer REFERENCES buses(id),
    regular_driver_id  integer REFERENCES drivers(id),
    distance_km        numeric(5,1) NOT NULL,
    started_on         date    NOT NULL,
    discontinued_on    date,
    is_active          boolean NOT NULL
);

INSERT INTO routes (id, route_code, name, school_id, regular_bus_id, regular_driver_id,
                    distance_km, started_on, discontinued_on, is_active)
SELECT r,
       'R' || lpad(r::text, 2, '0'),
       s.short_name || ' ' || (ARRAY['North', 'South', 'East'])[(r - 1) / 14 + 1],
       s.id,
       rb.bus_id,
       CASE r WHEN 11 THEN 31 WHEN 23 THEN 32 WHEN 8 THEN 33 WHEN 19 THEN 34 WHEN 30 THEN 36 ELSE r END,
       8.0 + ((r * 37) % 290) / 10.0,
       CASE WHEN r IN (27, 28) THEN date '2023-08-21' ELSE date '2014-08-18' + (r * 41) % 1500 END,
       CASE WHEN r IN (29, 30) THEN date '2024-06-14' END,
       r NOT IN (29, 30)
FROM generate_series(1, 30) AS r
JOIN schools s ON s.id = (r - 1) % 14 + 1
JOIN (SELECT id AS bus_id, row_number() OVER (ORDER BY id) AS rn
      FROM generate_series(1, 36) AS id
      WHERE id NOT IN (3, 17, 31, 32, 33, 34, 35, 36)
      UNION ALL SELECT 3, 29
      UNION ALL SELECT 17, 30) AS rb ON rb.rn = r;

CREATE TABLE stops (
    id              integer PRIMARY KEY,
    route_id        integer NOT NULL REFERENCES routes(id),
    stop_sequence   integer NOT NULL,
    name            text    NOT NULL,
    latitude        numeric(9,6) NOT NULL,
    longitude       numeric(9,6) NOT NULL,
    am_pickup_time  time    NOT NULL,
    pm_dropoff_time time    NOT NULL,
    UNIQUE (route_id, stop_sequence)
);

INSERT INTO stops (id, route_id, stop_sequence, name, latitude, longitude, am_pickup_time, pm_dropoff_time)
SELECT row_number() OVER (ORDER BY r.id, q),
       r.id,
       q,
       (ARRAY['Elm St','Oak Ave','Birch Rd','Walnut St','Hickory Ln','Aspen Way','Poplar St','Chestnut Ave',
              'Sycamore Dr','Linden St','Magnolia Ct','Juniper Rd','Spruce St','Alder Ave','Hawthorn Dr',
              'Beech St','Cypress Ln','Locust Ave','Mulberry St','Redbud Rd','Dogwood Dr','Laurel St',
              'Hemlock Ave','Sumac Rd'])[(r.id * 5 + q * 3) % 24 + 1]
       || ' & ' ||
       (ARRAY['1st Ave','2nd Ave','3rd St','4th St','5th Ave','6th St','Park Ave','Lincoln Way',
              'Grand Ave','University Ave','Euclid Ave','Hickman Rd','Douglas Ave','Fleur Dr',
              'Army Post Rd','Merle Hay Rd','Beaver Ave','Ingersoll Ave','Cottage Grove','Woodland Ave',
              'Center St','Washington Ave','Madison Ave'])[(r.id * 7 + q * 11) % 23 + 1],
       41.520000 + ((r.id * 131 + q * 17) % 2000) / 10000.0,
       -93.720000 + ((r.id * 89 + q * 23) % 2600) / 10000.0,
       s.bell_start - interval '15 minutes' - (n - q + 1) * interval '6 minutes',
       s.bell_end + interval '12 minutes' + q * interval '6 minutes'
FROM routes r
JOIN schools s ON s.id = r.school_id
CROSS JOIN LATERAL (SELECT 5 + r.id % 5 AS n) AS k
CROSS JOIN LATERAL generate_series(1, k.n) AS q;

CREATE TABLE students (
    id               integer PRIMARY KEY,
    student_number   text    NOT NULL UNIQUE,
    first_name       text    NOT NULL,
    last_name        text    NOT NULL,
    grade            integer NOT NULL CHECK (grade BETWEEN 0 AND 12),   -- 0 = kindergarten
    school_id        integer NOT NULL REFERENCES schools(id),
    stop_id          integer NOT NULL REFERENCES stops(id),
    wheelchair_user  boolean NOT NULL,
    enrolled_on      date    NOT NULL,
    active           boolean NOT NULL
);

WITH eligible AS (
    SELECT st.id AS stop_id, r.school_id, sc.school_type,
           row_number() OVER (ORDER BY st.id) AS k,
           count(*) OVER () AS m
    FROM stops st
    JOIN routes r ON r.id = st.route_id
    JOIN schools sc ON sc.id = r.school_id
    WHERE r.is_active AND st.id % 17 <> 0
)
INSERT INTO students (id, student_number, first_name, last_name, grade, school_id, stop_id,
                      wheelchair_user, enrolled_on, active)
SELECT i,
       'S' || (200000 + i * 7),
       (ARRAY['Ava','Liam','Emma','Noah','Olivia','Elijah','Sophia','Lucas','Mia','Mason',
              'Isabella','Ethan','Amelia','Logan','Harper','Aiden','Evelyn','Jackson','Abigail','Caleb',
              'Ella','Owen','Chloe','Wyatt','Lily','Henry','Zoe','Carter','Nora','Jayden',
              'Aria','Levi','Riley','Gabriel','Layla','Isaac'])[i % 36 + 1],
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Wilson','Thomas','Taylor','Moore','Jackson','Martin','Lee','Thompson',
              'White','Harris','Clark','Lewis','Robinson','Walker','Hall','Allen','King','Wright',
              'Scott','Green','Adams','Nelson','Hill','Campbell','Mitchell','Roberts','Carter','Phillips',
              'Evans','Turner','Parker','Collins','Edwards','Stewart','Morris','Murphy','Cook'])[(i * 13) % 49 + 1],
       CASE e.school_type WHEN 'elementary' THEN i % 6
                          WHEN 'middle'     THEN 6 + i % 3
                          ELSE 9 + i % 4 END,
       e.school_id,
       e.stop_id,
       i % 61 = 0,
       date '2016-08-24' + (i * 131) % 3400,
       i % 29 <> 0
FROM generate_series(1, 900) AS i
JOIN eligible e ON e.k = (i * 7) % e.m + 1;

-- One row per bus run (a route driven once, either the morning 'AM' run to school or the
-- afternoon 'PM' run home). The department keeps a sample of days in this table.
CREATE TABLE runs (
    id                   integer PRIMARY KEY,
    route_id             integer   NOT NULL REFERENCES routes(id),
    bus_id               integer   NOT NULL REFERENCES buses(id),
    driver_id            integer   NOT NULL REFERENCES drivers(id),
    run_date             date      NOT NULL,
    shift                text      NOT NULL CHECK (shift IN ('AM', 'PM')),
    scheduled_departure  time      NOT NULL,
    actual_departure     timestamp,
    actual_arrival       timestamp,
    status               text      NOT NULL CHECK (status IN ('completed', 'cancelled')),
    cancel_reason        text
);

WITH days AS (
    SELECT d::date AS d, (d::date - date '2022-01-04') AS n
    FROM generate_series(date '2022-01-04', date '2025-12-19', interval '1 day') AS d
    WHERE extract(isodow FROM d) BETWEEN 1 AND 5
      AND extract(month FROM d) NOT IN (7, 8)
      AND (d::date - date '2022-01-04') % 9 = 0
),
plan AS (
    SELECT d.d, d.n, r.id AS route_id, r.regular_bus_id, r.distance_km,
           CASE WHEN (r.id + d.n) % 2 = 0 THEN 'AM' ELSE 'PM' END AS shift,
           first_stop.am_pickup_time, sc.bell_end,
           (r.id * 5 + d.n) % 53 = 0 AS cancelled,
           ((r.id * 7 + d.n * 3) % 17) - 6 + CASE WHEN d.n % 45 = 0 THEN 15 ELSE 0 END AS delay_min,
           round(r.distance_km * 1.6) + d.n % 9 + 5 AS duration_min,
           CASE WHEN r.id = 11 AND d.d >= date '2024-01-08' THEN 31
                WHEN r.id = 23 AND d.d >= date '2023-09-05' THEN 32
                WHEN r.id = 8  AND d.d >= date '2025-09-02' THEN 33
                WHEN r.id = 19 AND d.d >= date '2025-10-01' THEN 34
                WHEN r.id = 30 AND d.d >= date '2024-05-01' THEN 36
                WHEN (r.id + d.n * 7) % 23 = 0 THEN 35 + (d.n / 9) % 6
                ELSE r.id END AS driver_id,
           CASE WHEN (r.id * 3 + d.n) % 19 = 0 THEN 33 + (d.n / 9) % 4
                WHEN r.id = 12 AND d.d < date '2023-04-12' THEN 31
                WHEN r.id = 24 AND d.d < date '2024-05-23' THEN 32
                ELSE r.regular_bus_id END AS bus_id
    FROM days d
    JOIN routes r ON d.d >= r.started_on AND (r.discontinued_on IS NULL OR d.d <= r.discontinued_on)
    JOIN schools sc ON sc.id = r.school_id
    JOIN stops first_stop ON first_stop.route_id = r.id AND first_stop.stop_sequence = 1
)
INSERT INTO runs (id, route_id, bus_id, driver_id, run_date, shift, scheduled_departure,
                  actual_departure, actual_arrival, status, cancel_reason)
SELECT row_number() OVER (ORDER BY p.d, p.route_id),
       p.route_id,
       p.bus_id,
       CASE WHEN p.driver_id = 37 AND p.d >= date '2024-02-01' THEN 39 ELSE p.driver_id END,
       p.d,
       p.shift,
       dep.t,
       CASE WHEN NOT p.cancelled THEN p.d + dep.t + p.delay_min * interval '1 minute' END,
       CASE WHEN NOT p.cancelled THEN p.d + dep.t + (p.delay_min + p.duration_min) * interval '1 minute' END,
       CASE WHEN p.cancelled THEN 'cancelled' ELSE 'completed' END,
       CASE WHEN p.cancelled THEN (ARRAY['driver shortage', 'mechanical failure', 'weather', 'road closure'])[p.route_id % 4 + 1] END
FROM plan p
CROSS JOIN LATERAL (
    SELECT CASE WHEN p.shift = 'AM' THEN p.am_pickup_time - interval '10 minutes'
                ELSE p.bell_end + interval '10 minutes' END::time AS t
) AS dep;

-- Ridership counted per completed run. A few runs are missing their count.
CREATE TABLE ridership_counts (
    id            integer PRIMARY KEY,
    run_id        integer NOT NULL UNIQUE REFERENCES runs(id),
    boardings     integer NOT NULL,
    count_method  text    NOT NULL CHECK (count_method IN ('card reader', 'driver tally'))
);

INSERT INTO ridership_counts (id, run_id, boardings, count_method)
SELECT row_number() OVER (ORDER BY ru.id),
       ru.id,
       (rs.riders * (55 + (ru.id * 7 + ru.route_id * 3) % 31)) / 100
         + CASE WHEN ru.shift = 'PM' THEN -(ru.id % 3) ELSE 0 END,
       CASE WHEN ru.run_date >= date '2023-09-01' THEN 'card reader' ELSE 'driver tally' END
FROM runs ru
JOIN (SELECT st.route_id, count(*) AS riders
      FROM students s JOIN stops st ON st.id = s.stop_id
      GROUP BY st.route_id) AS rs ON rs.route_id = ru.route_id
WHERE ru.status = 'completed' AND ru.id % 41 <> 0;

-- Automatic vehicle location pings, loaded from the old AVL vendor's export (times as text).
CREATE TABLE gps_pings (
    id           integer PRIMARY KEY,
    bus_id       integer NOT NULL REFERENCES buses(id),
    run_id       integer REFERENCES runs(id),
    recorded_at  text    NOT NULL,
    latitude     numeric(9,6) NOT NULL,
    longitude    numeric(9,6) NOT NULL,
    speed_kmh    numeric(5,1) NOT NULL,
    heading_deg  integer NOT NULL
);

INSERT INTO gps_pings (id, bus_id, run_id, recorded_at, latitude, longitude, speed_kmh, heading_deg)
SELECT row_number() OVER (ORDER BY ru.id, k),
       ru.bus_id,
       ru.id,
       to_char(ru.actual_departure + (ru.actual_arrival - ru.actual_departure) * k / (1 + (ru.id * 7 + ru.route_id) % 5),
               'YYYY-MM-DD"T"HH24:MI:SS'),
       41.520000 + ((ru.route_id * 131 + k * 457 + ru.id) % 2000) / 10000.0,
       -93.720000 + ((ru.route_id * 89 + k * 311 + ru.id * 3) % 2600) / 10000.0,
       CASE WHEN k = 0 THEN 0 ELSE ((ru.id * 13 + k * 29) % 190) / 2.0 END,
       (ru.id * 37 + k * 90) % 360
FROM runs ru
CROSS JOIN LATERAL generate_series(0, 1 + (ru.id * 7 + ru.route_id) % 5) AS k
WHERE ru.status = 'completed' AND ru.id % 3 = 0;

-- Incident reports, loaded from the legacy safety log (times as text).
CREATE TABLE incidents (
    id             integer PRIMARY KEY,
    run_id         integer REFERENCES runs(id),
    bus_id         integer NOT NULL REFERENCES buses(id),
    driver_id      integer NOT NULL REFERENCES drivers(id),
    occurred_at    text    NOT NULL,
    incident_type  text    NOT NULL,
    severity       text    NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    injuries       boolean NOT NULL,
    police_report  boolean NOT NULL,
    description    text    NOT NULL,
    resolved       boolean NOT NULL
);

INSERT INTO incidents (id, run_id, bus_id, driver_id, occurred_at, incident_type, severity,
                       injuries, police_report, description, resolved)
SELECT row_number() OVER (ORDER BY x.id),
       x.id,
       x.bus_id,
       x.driver_id,
       to_char(x.actual_departure + (x.id % 20 + 2) * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS'),
       x.itype,
       CASE x.itype
            WHEN 'minor collision'      THEN CASE WHEN x.id % 2 = 0 THEN 'high' ELSE 'medium' END
            WHEN 'medical'              THEN CASE WHEN x.id % 3 = 0 THEN 'high' ELSE 'medium' END
            WHEN 'mechanical breakdown' THEN 'medium'
            WHEN 'student behaviour'    THEN CASE WHEN x.id % 4 = 0 THEN 'medium' ELSE 'low' END
            WHEN 'near miss'            THEN 'medium'
            ELSE 'low' END,
       (x.itype = 'minor collision' AND x.id % 3 = 0) OR (x.itype = 'student behaviour' AND x.id % 5 = 0),
       x.itype = 'minor collision',
       CASE x.itype
            WHEN 'minor collision'      THEN 'Contact with another vehicle while ' || CASE WHEN x.id % 2 = 0 THEN 'turning' ELSE 'backing up' END
            WHEN 'medical'              THEN 'Student felt unwell on board; parent contacted'
            WHEN 'mechanical breakdown' THEN (ARRAY['Air brake warning light', 'Flat tire', 'Engine overheating', 'Door would not close'])[x.id % 4 + 1]
            WHEN 'student behaviour'    THEN (ARRAY['Fighting between students', 'Student refused to stay seated', 'Bullying reported by parent'])[x.id % 3 + 1]
            WHEN 'near miss'            THEN 'Car passed stopped bus with stop arm extended'
            ELSE 'Student not picked up at assigned stop' END,
       x.run_date < date '2025-10-01' OR x.id % 2 = 0
FROM (
    SELECT ru.*,
           (ARRAY['student behaviour', 'student behaviour', 'mechanical breakdown', 'near miss',
                  'student behaviour', 'missed stop', 'minor collision', 'mechanical breakdown',
                  'medical', 'missed stop', 'near miss'])[(ru.id * 7) % 11 + 1] AS itype
    FROM runs ru
    WHERE ru.status = 'completed'
      AND (ru.id % 23 = 0
           OR (ru.driver_id = 14 AND (ru.run_date - date '2022-01-04') / 9 % 10 = 3)
           OR (ru.driver_id IN (5, 22) AND (ru.run_date - date '2022-01-04') / 9 % 13 = 5))
) AS x;

CREATE TABLE fuel_purchases (
    id               integer PRIMARY KEY,
    bus_id           integer NOT NULL REFERENCES buses(id),
    purchased_on     date    NOT NULL,
    litres           numeric(7,2) NOT NULL,
    price_per_litre  numeric(5,3) NOT NULL,
    total_cost       numeric(9,2) NOT NULL,
    supplier         text    NOT NULL
);

INSERT INTO fuel_purchases (id, bus_id, purchased_on, litres, price_per_litre, total_cost, supplier)
SELECT row_number() OVER (ORDER BY f.d, f.bus_id),
       f.bus_id, f.d, f.litres, f.price, round(f.litres * f.price, 2), f.supplier
FROM (
    SELECT b.id AS bus_id,
           g.d::date + b.id % 7 AS d,
           (CASE b.bus_type WHEN 'Type A' THEN 60 WHEN 'Type D' THEN 200 ELSE 150 END
             + ((b.id * 17 + extract(doy FROM g.d)::int) % 60)
             + ((b.id * 29 + extract(doy FROM g.d)::int * 3) % 100) / 100.0)
             * CASE WHEN b.fuel_type = 'propane' THEN 1.3 ELSE 1 END AS litres,
           round((CASE b.fuel_type WHEN 'propane' THEN 0.62 WHEN 'gasoline' THEN 0.98 ELSE 1.05 END
             + CASE extract(year FROM g.d)::int WHEN 2022 THEN 0.42 WHEN 2023 THEN 0.28 WHEN 2024 THEN 0.21 ELSE 0.16 END
             + ((extract(month FROM g.d)::int * 7 + b.id) % 13) / 100.0)::numeric, 3) AS price,
           CASE WHEN b.id % 3 = 0 THEN 'District depot tank'
                WHEN b.id % 3 = 1 THEN 'Hawkeye Fleet Fuels'
                ELSE 'Prairie Energy Co-op' END AS supplier
    FROM buses b
    CROSS JOIN generate_series(date '2022-01-03', date '2025-12-10', interval '26 days') AS g(d)
    WHERE b.fuel_type <> 'electric'
      AND (b.retired_on IS NULL OR g.d::date + b.id % 7 <= b.retired_on)
      AND extract(month FROM g.d) NOT IN (7)
      AND g.d::date + b.id % 7 >= b.purchased_on
) AS f;

CREATE TABLE maintenance_records (
    id                   integer PRIMARY KEY,
    bus_id               integer NOT NULL REFERENCES buses(id),
    service_date         date    NOT NULL,
    service_type         text    NOT NULL,
    vendor               text    NOT NULL,
    labour_hours         numeric(5,1) NOT NULL,
    cost                 numeric(10,2) NOT NULL,
    odometer_km          integer NOT NULL,
    out_of_service_days  integer NOT NULL
);

INSERT INTO maintenance_records (id, bus_id, service_date, service_type, vendor, labour_hours, cost,
                                 odometer_km, out_of_service_days)
SELECT row_number() OVER (ORDER BY m.d, m.bus_id),
       m.bus_id, m.d, m.stype,
       CASE WHEN m.stype IN ('engine repair', 'transmission repair') THEN 'Midwest Bus Service'
            WHEN m.stype = 'tire replacement' THEN 'Valley Tire & Truck'
            WHEN m.stype = 'annual state inspection' THEN 'Iowa DOT inspection station'
            ELSE 'District garage' END,
       CASE m.stype WHEN 'engine repair' THEN 14 WHEN 'transmission repair' THEN 11
                    WHEN 'brake repair' THEN 5 WHEN 'tire replacement' THEN 3
                    WHEN 'annual state inspection' THEN 2 ELSE 1.5 END + (m.bus_id * 3 + m.k) % 5 * 0.5,
       CASE m.stype WHEN 'engine repair' THEN 3200 + (m.bus_id * 613 + m.k * 97) % 4800
                    WHEN 'transmission repair' THEN 2600 + (m.bus_id * 433 + m.k * 71) % 3100
                    WHEN 'brake repair' THEN 780 + (m.bus_id * 211 + m.k * 37) % 640
                    WHEN 'tire replacement' THEN 1350 + (m.bus_id * 97 + m.k * 53) % 900
                    WHEN 'annual state inspection' THEN 185 + (m.bus_id * 7) % 40
                    WHEN 'oil change' THEN 145 + (m.bus_id * 13 + m.k * 7) % 60
                    WHEN 'battery system check' THEN 420 + (m.bus_id * 31 + m.k) % 120
                    ELSE 310 + (m.bus_id * 41 + m.k * 19) % 230 END
         + ((m.bus_id * 37 + m.k * 11) % 100) / 100.0,
       18000 + m.bus_id * 2300 + m.k * 4100 + (m.bus_id * m.k * 37) % 900,
       CASE m.stype WHEN 'engine repair' THEN 6 WHEN 'transmission repair' THEN 5
                    WHEN 'brake repair' THEN 2 WHEN 'tire replacement' THEN 1 ELSE 0 END
FROM (
    SELECT b.id AS bus_id, k,
           date '2022-01-10' + k * 61 + (b.id * 5) % 40 AS d,
           CASE WHEN k % 6 = 2 THEN 'annual state inspection'
                ELSE
                CASE (b.id * 3 + k * 5) % 13
                    WHEN 0 THEN 'engine repair'
                    WHEN 1 THEN 'brake repair'
                    WHEN 2 THEN 'tire replacement'
                    WHEN 3 THEN 'oil change'
                    WHEN 4 THEN 'oil change'
                    WHEN 5 THEN 'brake repair'
                    WHEN 6 THEN 'preventive maintenance'
                    WHEN 7 THEN 'transmission repair'
                    WHEN 8 THEN 'oil change'
                    ELSE 'preventive maintenance' END
                END AS stype0
    FROM buses b
    CROSS JOIN generate_series(0, 23) AS k
    WHERE (b.retired_on IS NULL OR date '2022-01-10' + k * 61 + (b.id * 5) % 40 <= b.retired_on)
      AND date '2022-01-10' + k * 61 + (b.id * 5) % 40 >= b.purchased_on
      AND date '2022-01-10' + k * 61 + (b.id * 5) % 40 <= date '2025-12-19'
) AS m0
CROSS JOIN LATERAL (
    SELECT m0.bus_id, m0.k, m0.d,
           CASE WHEN m0.stype0 IN ('oil change', 'transmission repair', 'engine repair')
                     AND (SELECT fuel_type FROM buses WHERE id = m0.bus_id) = 'electric'
                THEN 'battery system check' ELSE m0.stype0 END AS stype
) AS m;
