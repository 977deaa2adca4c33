-- Operational data of the public transport agency of the Lyon metropolitan area (bus, tram
-- and metro), used as the sample database of the golden set benches/intent/transit.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE depots (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    municipality text NOT NULL,
    address     text,
    capacity    integer NOT NULL,
    opened_on   date NOT NULL
);

CREATE TABLE routes (
    id               integer PRIMARY KEY,
    route_number     varchar(6) NOT NULL UNIQUE,
    name             text NOT NULL,
    mode             text NOT NULL,
    color            varchar(7),
    length_km        numeric(5,1) NOT NULL,
    opened_on        date NOT NULL,
    is_night_service boolean NOT NULL,
    is_active        boolean NOT NULL
);

CREATE TABLE stops (
    id            integer PRIMARY KEY,
    name          text NOT NULL,
    municipality  text NOT NULL,
    zone          integer NOT NULL,
    latitude      numeric(8,5) NOT NULL,
    longitude     numeric(8,5) NOT NULL,
    is_accessible boolean NOT NULL,
    has_shelter   boolean NOT NULL
);

CREATE TABLE vehicles (
    id              integer PRIMARY KEY,
    fleet_number    varchar(10) NOT NULL UNIQUE,
    vehicle_type    text NOT NULL,
    manufacturer    text NOT NULL,
    model           text NOT NULL,
    year_built      integer NOT NULL,
    capacity        integer NOT NULL,
    depot_id        integer NOT NULL REFERENCES depots,
    status          text NOT NULL,
    commissioned_on date NOT NULL,
    retired_on      date
);

CREATE TABLE drivers (
    id              integer PRIMARY KEY,
    employee_number varchar(10) NOT NULL UNIQUE,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    depot_id        integer NOT NULL REFERENCES depots,
    license_class   text NOT NULL,
    hired_on        date NOT NULL,
    hourly_wage     numeric(6,2) NOT NULL,
    phone           varchar(20),
    is_active       boolean NOT NULL
);

CREATE TABLE trips (
    id                  integer PRIMARY KEY,
    route_id            integer NOT NULL REFERENCES routes,
    vehicle_id          integer NOT NULL REFERENCES vehicles,
    driver_id           integer NOT NULL REFERENCES drivers,
    direction           text NOT NULL,
    service_date        date NOT NULL,
    scheduled_departure timestamp NOT NULL,
    actual_departure    timestamp,
    actual_arrival      timestamp,
    status              text NOT NULL
);

CREATE TABLE trip_stop_times (
    id            integer PRIMARY KEY,
    trip_id       integer NOT NULL REFERENCES trips,
    stop_id       integer NOT NULL REFERENCES stops,
    stop_sequence integer NOT NULL,
    scheduled_at  timestamp NOT NULL,
    arrived_at    timestamp
);

CREATE TABLE fare_products (
    id            integer PRIMARY KEY,
    name          text NOT NULL,
    product_type  text NOT NULL,
    price         numeric(6,2) NOT NULL,
    validity_days integer,
    is_reduced    boolean NOT NULL,
    introduced_on date NOT NULL
);

CREATE TABLE fare_transactions (
    id              integer PRIMARY KEY,
    fare_product_id integer NOT NULL REFERENCES fare_products,
    stop_id         integer NOT NULL REFERENCES stops,
    route_id        integer REFERENCES routes,
    tapped_at       timestamptz NOT NULL,
    fare_amount     numeric(8,2) NOT NULL,
    payment_method  text NOT NULL,
    is_refunded     boolean NOT NULL
);

CREATE TABLE passenger_counts (
    id           integer PRIMARY KEY,
    trip_id      integer NOT NULL UNIQUE REFERENCES trips,
    boardings    integer NOT NULL,
    alightings   integer NOT NULL,
    peak_load    integer NOT NULL,
    count_method text NOT NULL,
    counted_at   timestamp NOT NULL
);

CREATE TABLE incidents (
    id            integer PRIMARY KEY,
    route_id      integer NOT NULL REFERENCES routes,
    trip_id       integer REFERENCES trips,
    occurred_at   timestamp NOT NULL,
    cause         text NOT NULL,
    delay_minutes integer NOT NULL,
    severity      text NOT NULL,
    reported_by   text NOT NULL,
    resolved_at   timestamp,
    description   text
);

CREATE TABLE maintenance_jobs (
    id           integer PRIMARY KEY,
    vehicle_id   integer NOT NULL REFERENCES vehicles,
    depot_id     integer NOT NULL REFERENCES depots,
    job_type     text NOT NULL,
    status       text NOT NULL,
    opened_on    date NOT NULL,
    completed_on date,
    labour_hours numeric(5,1) NOT NULL,
    cost         numeric(10,2) NOT NULL,
    notes        text
);

INSERT INTO depots VALUES
    (1, 'Perrache Bus Depot',       'Lyon',           '12 quai Perrache',             120, '1978-09-01'),
    (2, 'Vaise Bus Depot',          'Lyon',           '45 rue de Saint-Cyr',          90,  '1985-03-15'),
    (3, 'Villeurbanne Bus Depot',   'Villeurbanne',   '8 rue du Docteur Dolard',      110, '1992-06-01'),
    (4, 'Venissieux Bus Depot',     'Venissieux',     '150 boulevard Laurent Bonnevay', 80, '2004-01-12'),
    (5, 'Saint-Priest Tram Depot',  'Saint-Priest',   '2 rue Aristide Briand',        40,  '2000-12-18'),
    (6, 'Poulettes Metro Workshop', 'Lyon',           NULL,                           30,  '1978-04-28'),
    (7, 'Vaulx-en-Velin Bus Depot', 'Vaulx-en-Velin', '31 avenue Gabriel Peri',       70,  '2015-09-07');

INSERT INTO routes VALUES
    (1,  'C1',  'Part-Dieu - Cite Internationale',        'bus',   '#E2001A', 6.8,  '2006-09-04', false, true),
    (2,  'C2',  'Part-Dieu - Rillieux Semailles',         'bus',   '#E2001A', 11.2, '2006-09-04', false, true),
    (3,  'C3',  'Gare Saint-Paul - Vaulx-en-Velin La Soie', 'bus', '#E2001A', 9.5,  '2011-06-27', true,  true),
    (4,  'C5',  'Bellecour - Rillieux Vancia',            'bus',   '#E2001A', 12.4, '2009-09-01', false, true),
    (5,  'C7',  'Part-Dieu - Caluire Cuire',              'bus',   '#E2001A', 7.1,  '2010-01-11', false, true),
    (6,  'C9',  'Hotel de Ville - Bron Parilly',          'bus',   '#E2001A', 8.9,  '2012-08-27', false, true),
    (7,  'C13', 'Grange Blanche - Montessuy',             'bus',   '#E2001A', 10.3, '2013-03-04', false, true),
    (8,  '18',  'Perrache - Oullins Gare',                'bus',   '#0066B3', 7.6,  '1994-09-05', false, true),
    (9,  '27',  'Laurent Bonnevay - Venissieux Gare',     'bus',   '#0066B3', 8.2,  '1998-01-05', false, true),
    (10, '31',  'Gare de Vaise - Ecully Centre',          'bus',   '#0066B3', 6.4,  '1996-09-02', false, true),
    (11, '37',  'Charpennes - Vaulx-en-Velin Centre',     'bus',   '#0066B3', 9.9,  '2001-09-03', true,  true),
    (12, '45',  'Mermoz Pinel - Saint-Priest Hauts',      'bus',   '#0066B3', 11.8, '2003-02-17', false, true),
    (13, '52',  'Gorge de Loup - Tassin Centre',          'bus',   '#0066B3', 5.9,  '1999-09-06', false, false),
    (14, '63',  'Gare d''Oullins - Saint-Genis Laval',    'bus',   '#0066B3', 7.3,  '2005-09-05', false, true),
    (15, '86',  'Gerland - Pierre-Benite',                'bus',   '#0066B3', 6.1,  '2008-01-07', false, true),
    (16, 'PL1', 'Bellecour - Vaulx-en-Velin (night)',     'bus',   '#1D1D1B', 13.6, '2016-04-01', true,  true),
    (17, 'T1',  'IUT Feyssine - Debourg',                 'tram',  '#6F2282', 12.5, '2001-01-02', false, true),
    (18, 'T2',  'Perrache - Saint-Priest Bel Air',        'tram',  '#6F2282', 15.0, '2001-01-02', false, true),
    (19, 'T3',  'Gare Part-Dieu - Meyzieu',               'tram',  '#6F2282', 14.6, '2006-12-04', false, true),
    (20, 'T4',  'La Doua - Hopital Feyzin Venissieux',    'tram',  '#6F2282', 16.8, '2009-04-20', false, true),
    (21, 'T5',  'Grange Blanche - Eurexpo',               'tram',  '#6F2282', 7.0,  '2012-11-17', false, true),
    (22, 'A',   'Perrache - Vaulx-en-Velin La Soie',      'metro', '#EC008C', 9.2,  '1978-05-02', false, true),
    (23, 'B',   'Charpennes - Gare d''Oullins',           'metro', '#0092D4', 8.5,  '1978-05-02', false, true),
    (24, 'D',   'Gare de Vaise - Gare de Venissieux',     'metro', '#00A651', 12.6, '1991-09-09', false, true);

INSERT INTO stops
SELECT i,
       (ARRAY['Bellecour','Part-Dieu','Perrache','Hotel de Ville','Cordeliers','Saxe-Gambetta',
              'Guillotiere','Charpennes','Brotteaux','Foch','Massena','Jean Mace',
              'Gerland','Debourg','Vieux Lyon','Gare de Vaise','Valmy','Gorge de Loup',
              'Croix-Rousse','Henon','Grange Blanche','Monplaisir Lumiere','Sans Souci','Garibaldi',
              'Gratte-Ciel','Flachet','Cusset','Laurent Bonnevay','Croix-Luizet','La Doua',
              'Gare de Venissieux','Parilly','Venissieux Centre','Minguettes','Bron Hotel de Ville','Essarts Iris',
              'Boutasse','Vaulx-en-Velin La Soie','Vaulx Centre','Mas du Taureau','Caluire Hotel de Ville','Cuire',
              'Montessuy','Oullins Gare','Oullins Centre','La Saulaie','Saint-Priest Bel Air','Saint-Priest Hotel de Ville',
              'Hauts de Feuilly','Ecully Centre','Tassin Centre','Pierre-Benite Mairie','Meyzieu Z.I.','Eurexpo',
              'Rillieux Semailles','Saint-Genis Centre','Feyzin Mairie','Decines Centre','Villeurbanne Centre','Cite Internationale'])[i],
       (ARRAY['Lyon','Lyon','Lyon','Lyon','Lyon','Lyon',
              'Lyon','Villeurbanne','Lyon','Lyon','Lyon','Lyon',
              'Lyon','Lyon','Lyon','Lyon','Lyon','Lyon',
              'Lyon','Lyon','Lyon','Lyon','Lyon','Lyon',
              'Villeurbanne','Villeurbanne','Villeurbanne','Villeurbanne','Villeurbanne','Villeurbanne',
              'Venissieux','Venissieux','Venissieux','Venissieux','Bron','Bron',
              'Bron','Vaulx-en-Velin','Vaulx-en-Velin','Vaulx-en-Velin','Caluire-et-Cuire','Caluire-et-Cuire',
              'Caluire-et-Cuire','Oullins','Oullins','Oullins','Saint-Priest','Saint-Priest',
              'Saint-Priest','Ecully','Tassin-la-Demi-Lune','Pierre-Benite','Meyzieu','Chassieu',
              'Rillieux-la-Pape','Saint-Genis-Laval','Feyzin','Decines-Charpieu','Villeurbanne','Lyon'])[i],
       CASE WHEN i <= 24 OR i = 60 THEN 1
            WHEN i <= 46 OR i = 59 THEN 2
            ELSE 3 END,
       round(45.70 + ((i * 37) % 160) / 1000.0, 5),
       round(4.78 + ((i * 53) % 210) / 1000.0, 5),
       i % 7 <> 3,
       i % 4 <> 1
FROM generate_series(1, 60) AS i;

INSERT INTO vehicles
SELECT i,
       CASE WHEN i <= 110 THEN 'B' || (1000 + i)
            WHEN i <= 135 THEN 'T' || (800 + i)
            ELSE 'M' || (500 + i) END,
       CASE WHEN i <= 110 THEN (ARRAY['standard bus','articulated bus','electric bus'])[1 + i % 3]
            WHEN i <= 135 THEN 'tram'
            ELSE 'metro train' END,
       CASE WHEN i <= 110 THEN (ARRAY['Iveco','Mercedes-Benz','Heuliez','Irizar'])[1 + (i * 7) % 4]
            WHEN i <= 135 THEN 'Alstom'
            ELSE (ARRAY['Alstom','Siemens'])[1 + i % 2] END,
       CASE WHEN i <= 110 THEN (ARRAY['Urbanway 12','Citaro G','GX 437','ie bus'])[1 + (i * 7) % 4]
            WHEN i <= 135 THEN 'Citadis 302'
            ELSE (ARRAY['MPL 16','MPL 85'])[1 + i % 2] END,
       CASE WHEN i <= 110 THEN 2008 + (i * 11) % 16
            WHEN i <= 135 THEN 2001 + (i * 5) % 20
            ELSE 1991 + (i * 3) % 30 END,
       CASE WHEN i <= 110 THEN (ARRAY[95, 145, 90])[1 + i % 3]
            WHEN i <= 135 THEN 210
            ELSE 325 END,
       CASE WHEN i <= 110 THEN (ARRAY[1, 2, 3, 4, 7])[1 + i % 5]
            WHEN i <= 135 THEN 5
            ELSE 6 END,
       CASE WHEN i % 23 = 0 THEN 'retired'
            WHEN i % 9 = 4 THEN 'in workshop'
            ELSE 'in service' END,
       make_date(CASE WHEN i <= 110 THEN 2008 + (i * 11) % 16
                      WHEN i <= 135 THEN 2001 + (i * 5) % 20
                      ELSE 1991 + (i * 3) % 30 END, 1 + i % 12, 1 + (i * 3) % 27),
       CASE WHEN i % 23 = 0 THEN date '2024-01-15' + (i * 5) % 300 END
FROM generate_series(1, 150) AS i;

INSERT INTO drivers
SELECT i,
       'E' || lpad((4000 + i * 3)::text, 5, '0'),
       (ARRAY['Julien','Sophie','Mehdi','Camille','Nicolas','Laura','Karim','Emilie','Thomas','Ines',
              'Pierre','Nadia','Antoine','Claire','Yanis','Marion','Olivier','Sarah','Romain','Fatima',
              'Luc','Amandine','Hugo','Lea','Sebastien','Chloe','Rachid','Pauline','Maxime','Aurelie'])[1 + (i * 7) % 30],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','Andre','Mercier','Dupont','Lambert','Bonnet','Francois','Martinez','Benali'])[1 + (i * 11 + i / 30) % 30],
       CASE WHEN i <= 130 THEN (ARRAY[1, 2, 3, 4, 7])[1 + i % 5]
            WHEN i <= 160 THEN 5
            ELSE 6 END,
       CASE WHEN i <= 130 THEN 'D' WHEN i <= 160 THEN 'tram' ELSE 'metro' END,
       date '2004-03-01' + ((i * 97) % 7300),
       round(14.20 + ((i * 13) % 60) / 10.0, 2),
       CASE WHEN i % 6 = 0 THEN NULL ELSE '+33 6 ' || lpad(((i * 7919) % 100000000)::text, 8, '0') END,
       i % 19 <> 0
FROM generate_series(1, 180) AS i;

INSERT INTO trips
SELECT i, r, v, d,
       CASE WHEN i % 2 = 0 THEN 'outbound' ELSE 'inbound' END,
       sd,
       sd + make_interval(hours => 5 + (i * 7) % 18, mins => (i * 13) % 60),
       CASE WHEN st = 'cancelled' THEN NULL
            ELSE sd + make_interval(hours => 5 + (i * 7) % 18, mins => (i * 13) % 60 + (i * 7) % 9 - 2) END,
       CASE WHEN st = 'cancelled' THEN NULL
            ELSE sd + make_interval(hours => 5 + (i * 7) % 18,
                                    mins => (i * 13) % 60 + (i * 7) % 9 - 2
                                            + CASE WHEN r <= 16 THEN 35 WHEN r <= 21 THEN 45 ELSE 25 END
                                            + (i * 3) % 11) END,
       st
FROM (
    SELECT i,
           1 + i % 24 AS r,
           CASE WHEN 1 + i % 24 <= 16 THEN 1 + (i * 7) % 110
                WHEN 1 + i % 24 <= 21 THEN 111 + (i * 7) % 25
                ELSE 136 + (i * 7) % 15 END AS v,
           CASE WHEN 1 + i % 24 <= 16 THEN 1 + ((i * i) % 997) % 122
                WHEN 1 + i % 24 <= 21 THEN 131 + ((i * i) % 997) % 26
                ELSE 161 + ((i * i) % 997) % 17 END AS d,
           date '2022-01-01' + ((i - 1) * 1096) / 2000 AS sd,
           CASE WHEN i % 41 = 0 THEN 'cancelled'
                WHEN i % 67 = 0 THEN 'partial'
                ELSE 'completed' END AS st
    FROM generate_series(1, 2000) AS i
) AS t;

INSERT INTO trip_stop_times
SELECT row_number() OVER (ORDER BY t.id, s.seq),
       t.id,
       1 + ((t.route_id - 1) * 5 + s.seq - 1) % 60,
       s.seq,
       t.scheduled_departure + make_interval(mins => (s.seq - 1) * 4),
       CASE WHEN t.status = 'cancelled' THEN NULL
            ELSE t.actual_departure + make_interval(mins => (s.seq - 1) * 4 + (t.id + s.seq) % 3) END
FROM trips AS t
CROSS JOIN generate_series(1, 5) AS s(seq)
WHERE t.id % 5 = 0;

INSERT INTO fare_products VALUES
    (1,  'Single Ticket',           'single',   2.10, NULL, false, '2015-01-01'),
    (2,  'Single Ticket Reduced',   'single',   1.50, NULL, true,  '2015-01-01'),
    (3,  'Onboard Single Ticket',   'single',   2.50, NULL, false, '2018-07-01'),
    (4,  'Day Pass',                'day pass', 6.20, 1,    false, '2015-01-01'),
    (5,  'Day Pass Reduced',        'day pass', 4.30, 1,    true,  '2017-09-01'),
    (6,  'Group Day Pass',          'day pass', 12.00, 1,   false, '2019-05-01'),
    (7,  'Monthly Pass',            'monthly',  68.00, 30,  false, '2015-01-01'),
    (8,  'Monthly Pass Student',    'monthly',  32.50, 30,  true,  '2015-01-01'),
    (9,  'Monthly Pass Senior',     'monthly',  36.00, 30,  true,  '2016-01-01'),
    (10, 'Monthly Pass Low Income', 'monthly',  10.00, 30,  true,  '2020-09-01');

INSERT INTO fare_transactions
SELECT i, p.id,
       1 + (i * 17) % 60,
       CASE WHEN p.id = 3 OR i % 3 <> 0 THEN 1 + (i * 5) % 24 END,
       ts,
       CASE WHEN extract(year FROM ts AT TIME ZONE 'Europe/Paris') = 2022
            THEN round(p.price * 0.95, 2) ELSE p.price END,
       CASE WHEN p.id = 3 THEN 'cash'
            ELSE (ARRAY['transit card','contactless','mobile app','transit card','contactless'])[1 + (i * 3) % 5] END,
       i % 97 = 0
FROM (
    SELECT i,
           (ARRAY[1,1,1,1,1,1,1,1,2,2,3,4,4,5,6,7,7,8,9,10])[1 + (i * 7) % 20] AS pid,
           timestamptz '2022-01-01 05:00:00+01'
             + make_interval(days => ((i - 1) * 1096) / 2000, mins => (i * 37) % 1080) AS ts
    FROM generate_series(1, 2000) AS i
) AS x
JOIN fare_products AS p ON p.id = x.pid;

INSERT INTO passenger_counts
SELECT row_number() OVER (ORDER BY t.id),
       t.id,
       b,
       b - (t.id % 7),
       (b * (55 + t.id % 30)) / 100,
       CASE WHEN t.id % 6 = 0 THEN 'manual' ELSE 'automatic' END,
       coalesce(t.actual_arrival, t.scheduled_departure) + interval '5 minutes'
FROM (
    SELECT t.*,
           CASE WHEN t.route_id <= 16 THEN 20 + (t.id * 13) % 70
                WHEN t.route_id <= 21 THEN 120 + (t.id * 17) % 180
                ELSE 300 + (t.id * 19) % 400 END AS b
    FROM trips AS t
) AS t
WHERE t.status <> 'cancelled' AND t.id % 5 <> 2;

INSERT INTO incidents
SELECT row_number() OVER (ORDER BY occurred_at, rid), rid, tid, occurred_at, cause, delay,
       CASE WHEN delay < 10 THEN 'minor' WHEN delay < 25 THEN 'moderate' ELSE 'major' END,
       reported_by,
       CASE WHEN occurred_at >= timestamp '2024-12-01' THEN NULL
            ELSE occurred_at + make_interval(mins => delay + 5 + n % 20) END,
       CASE WHEN n % 3 = 0 THEN NULL
            WHEN cause = 'vehicle breakdown' THEN 'Engine warning light, vehicle withdrawn'
            WHEN cause = 'traffic congestion' THEN 'Heavy congestion on the approach'
            WHEN cause = 'weather' THEN 'Snow and ice on the line'
            WHEN cause = 'passenger illness' THEN 'Passenger taken ill on board'
            WHEN cause = 'signal failure' THEN 'Signalling failure between two stations'
            WHEN cause = 'staff shortage' THEN 'Driver not available at start of shift'
            WHEN cause = 'road works' THEN 'Lane closed for road works'
            WHEN cause = 'road accident' THEN 'Road blocked by a collision'
            WHEN cause = 'power outage' THEN 'Traction power lost on the line'
            ELSE 'Door fault at terminus' END
FROM (
    SELECT t.id AS n, t.route_id AS rid, t.id AS tid,
           t.scheduled_departure + make_interval(mins => t.id % 40) AS occurred_at,
           CASE WHEN t.route_id <= 16 AND (t.id / 7 + t.id / 168) % 8 = 4 THEN 'road works'
                WHEN t.route_id > 21 AND (t.id / 7 + t.id / 168) % 8 IN (1, 2, 6) THEN 'signal failure'
                ELSE (ARRAY['vehicle breakdown','traffic congestion','weather','passenger illness',
                            'signal failure','staff shortage','road accident','door fault'])[1 + (t.id / 7 + t.id / 168) % 8] END AS cause,
           CASE WHEN (t.id / 7 + t.id / 168) % 8 IN (0, 4) THEN 15 + (t.id * 13) % 50
                ELSE 2 + (t.id * 13) % 30 END AS delay,
           (ARRAY['driver','control centre','passenger','driver'])[1 + t.id % 4] AS reported_by
    FROM trips AS t
    WHERE t.id % 7 = 3
    UNION ALL
    SELECT 3000 + g, 22 + g % 3, NULL,
           timestamp '2022-02-14 07:40:00' + make_interval(days => g * 61, mins => (g * 47) % 600),
           CASE WHEN g % 2 = 0 THEN 'signal failure' ELSE 'power outage' END,
           20 + (g * 11) % 70,
           'control centre'
    FROM generate_series(1, 16) AS g
) AS x;

INSERT INTO maintenance_jobs
SELECT i, v.id, v.depot_id,
       jt,
       st,
       od,
       CASE WHEN st = 'completed' THEN od + (i % 6) END,
       round(1.5 + ((i * 17) % 60) / 4.0, 1),
       round(CASE jt WHEN 'preventive service' THEN 280
                     WHEN 'brake repair' THEN 650
                     WHEN 'tyre replacement' THEN 900
                     WHEN 'bodywork' THEN 1400
                     WHEN 'engine repair' THEN 3200
                     WHEN 'inspection' THEN 150
                     WHEN 'air conditioning' THEN 780
                     ELSE 520 END
             * CASE WHEN v.vehicle_type IN ('tram','metro train') THEN 2.5 ELSE 1 END
             + (i * 37) % 400 + ((i * 53) % 100) / 100.0, 2),
       CASE WHEN i % 4 = 0 THEN NULL
            ELSE (ARRAY['Parts ordered from supplier','Done during night shift','Follow-up check planned',
                        'Warranty claim filed'])[1 + i % 4] END
FROM (
    SELECT i,
           1 + (i * 13) % 140 AS vid,
           (ARRAY['preventive service','brake repair','tyre replacement','bodywork','engine repair',
                  'inspection','air conditioning','door system','preventive service','inspection'])[1 + (i * 3) % 10] AS jt,
           date '2022-01-03' + ((i - 1) * 1090) / 400 AS od,
           CASE WHEN i > 392 AND i % 2 = 0 THEN 'in progress'
                WHEN i % 53 = 0 THEN 'cancelled'
                ELSE 'completed' END AS st
    FROM generate_series(1, 400) AS i
) AS x
JOIN vehicles AS v ON v.id = x.vid;
