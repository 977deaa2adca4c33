-- Operational data of a grain cooperative in northern France (member farms, their fields and
-- plantings, harvests, deliveries to the co-op depots, grading, payments and equipment loans).
-- Sample database of the golden set benches/intent/farm.frozen.yaml. Every row is invented
-- and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE depot (
    depot_id     integer PRIMARY KEY,
    depot_name   text NOT NULL,
    city         text NOT NULL,
    region       text NOT NULL,
    capacity_t   integer NOT NULL,
    has_dryer    boolean NOT NULL,
    opened_on    date NOT NULL
);
CREATE TABLE farm (
    farm_id          integer PRIMARY KEY,
    farm_name        text NOT NULL,
    city             text NOT NULL,
    postcode         varchar(5) NOT NULL,
    membership_tier  text NOT NULL,
    is_organic       boolean NOT NULL,
    share_capital    numeric(10,2) NOT NULL,
    joined_on        date NOT NULL,
    siret            varchar(14)
);
CREATE TABLE farmer (
    farmer_id   integer PRIMARY KEY,
    farm_id     integer NOT NULL REFERENCES farm,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    role        text NOT NULL,
    email       varchar(120),
    phone       varchar(20),
    birth_date  date,
    is_active   boolean NOT NULL
);
CREATE TABLE crop (
    crop_id              integer PRIMARY KEY,
    crop_name            text NOT NULL,
    crop_family          text NOT NULL,
    typical_yield_t_ha   numeric(5,2) NOT NULL,
    base_price_per_t     numeric(8,2) NOT NULL
);
CREATE TABLE variety (
    variety_id          integer PRIMARY KEY,
    crop_id             integer NOT NULL REFERENCES crop,
    variety_name        text NOT NULL,
    maturity_days       integer NOT NULL,
    seed_price_per_kg   numeric(6,2) NOT NULL,
    is_certified_organic boolean NOT NULL
);
CREATE TABLE field (
    field_id      integer PRIMARY KEY,
    farm_id       integer NOT NULL REFERENCES farm,
    field_name    text NOT NULL,
    area_ha       numeric(7,2) NOT NULL,
    soil_type     text NOT NULL,
    is_irrigated  boolean NOT NULL,
    acquired_on   date
);
CREATE TABLE planting (
    planting_id      integer PRIMARY KEY,
    field_id         integer NOT NULL REFERENCES field,
    variety_id       integer NOT NULL REFERENCES variety,
    season           integer NOT NULL,
    sown_on          date NOT NULL,
    emerged_on       date,
    seed_rate_kg_ha  numeric(6,1) NOT NULL,
    status           text NOT NULL
);
CREATE TABLE harvest (
    harvest_id     integer PRIMARY KEY,
    planting_id    integer NOT NULL REFERENCES planting,
    harvested_on   date NOT NULL,
    yield_t        numeric(9,2) NOT NULL,
    moisture_pct   numeric(4,1) NOT NULL,
    recorded_at    timestamptz NOT NULL,
    notes          text
);
CREATE TABLE delivery (
    delivery_id   integer PRIMARY KEY,
    farm_id       integer NOT NULL REFERENCES farm,
    depot_id      integer NOT NULL REFERENCES depot,
    crop_id       integer NOT NULL REFERENCES crop,
    ticket_no     varchar(12) NOT NULL,
    delivered_at  timestamp NOT NULL,
    unloaded_at   timestamp,
    weight_kg     integer NOT NULL,
    price_per_t   numeric(8,2) NOT NULL,
    status        text NOT NULL,
    truck_plate   varchar(10)
);
CREATE TABLE grade_test (
    grade_test_id  integer PRIMARY KEY,
    delivery_id    integer NOT NULL REFERENCES delivery,
    tested_on      date NOT NULL,
    grade          text NOT NULL,
    moisture_pct   numeric(4,1) NOT NULL,
    protein_pct    numeric(4,1),
    impurity_pct   numeric(4,1) NOT NULL,
    passed         boolean NOT NULL,
    technician     text
);
CREATE TABLE payment (
    payment_id    integer PRIMARY KEY,
    farm_id       integer NOT NULL REFERENCES farm,
    delivery_id   integer REFERENCES delivery,
    payment_type  text NOT NULL,
    method        text NOT NULL,
    amount        numeric(12,2) NOT NULL,
    due_on        date NOT NULL,
    paid_on       date
);
CREATE TABLE equipment (
    equipment_id    integer PRIMARY KEY,
    depot_id        integer NOT NULL REFERENCES depot,
    equipment_name  text NOT NULL,
    equipment_type  text NOT NULL,
    make            text NOT NULL,
    daily_rate      numeric(8,2) NOT NULL,
    purchased_on    date NOT NULL,
    is_available    boolean NOT NULL
);
CREATE TABLE equipment_loan (
    equipment_loan_id  integer PRIMARY KEY,
    equipment_id       integer NOT NULL REFERENCES equipment,
    farm_id            integer NOT NULL REFERENCES farm,
    start_date         date NOT NULL,
    end_date           date,
    fee                numeric(10,2),
    status             text NOT NULL,
    booked_at          timestamp NOT NULL
);

INSERT INTO depot VALUES
    (1, 'Chartres North Silo',   'Chartres', 'Centre-Val de Loire', 42000, true,  '1987-06-01'),
    (2, 'Orleans River Depot',   'Orleans',  'Centre-Val de Loire', 35000, true,  '1994-03-15'),
    (3, 'Reims Plain Silo',      'Reims',    'Grand Est',           50000, true,  '1979-09-01'),
    (4, 'Troyes Depot',          'Troyes',   'Grand Est',           18000, false, '2003-05-20'),
    (5, 'Amiens Somme Silo',     'Amiens',   'Hauts-de-France',     38000, true,  '1991-07-01'),
    (6, 'Beauvais Depot',        'Beauvais', 'Hauts-de-France',     15000, false, '2011-04-11'),
    (7, 'Soissons Grain Store',  'Soissons', 'Hauts-de-France',     22000, false, '1999-08-30'),
    (8, 'Evreux Depot',          'Evreux',   'Normandie',           16000, true,  '2016-02-01');

INSERT INTO farm
SELECT i,
       (ARRAY['Ferme','Domaine'])[1 + (i - 1) / 30] || ' '
         || (ARRAY['du Moulin','des Tilleuls','de la Croix','du Bois Joli','des Peupliers','de Beaulieu',
                   'du Chene Vert','des Granges','de la Vallee','du Haut Mesnil','des Roches','de Montplaisir',
                   'du Clos Saint-Jean','des Marronniers','de la Fontaine','du Petit Val','des Aulnes','de Bellevue',
                   'du Grand Champ','des Sablons','de la Motte','du Plessis','des Noues','de la Garenne',
                   'du Ru','des Forges','de Beauregard','du Coudray','des Hayes','de la Borde'])[1 + (i - 1) % 30],
       (ARRAY['Chartres','Orleans','Reims','Troyes','Amiens','Beauvais','Soissons','Evreux','Chateaudun','Epernay'])[1 + (i * 7) % 10],
       (ARRAY['28000','45000','51100','10000','80000','60000','02200','27000','28200','51200'])[1 + (i * 7) % 10],
       CASE WHEN (i + i / 10) % 5 = 0 THEN 'Gold' WHEN (i + i / 10) % 5 IN (1, 2) THEN 'Silver' ELSE 'Bronze' END,
       i % 6 = 0,
       (1500 + (i * 379) % 8500)::numeric(10,2),
       date '1985-01-01' + (i * 211) % 13800,
       CASE WHEN i % 9 = 0 THEN NULL ELSE lpad(((i * 982451653::bigint) % 99999999999999)::text, 14, '0') END
FROM generate_series(1, 60) AS i;

INSERT INTO farmer
SELECT i,
       1 + (i - 1) % 60,
       (ARRAY['Jean','Marie','Pierre','Sophie','Luc','Claire','Antoine','Isabelle','Nicolas','Camille',
              'Thomas','Julie','Francois','Anne','Olivier','Celine','Mathieu','Helene','Julien','Elodie'])[1 + (i * 3) % 20],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','Andre','Mercier','Dupont','Lambert','Bonnet','Francois','Martinez','Legrand'])[1 + (i * 7) % 30],
       CASE WHEN i <= 60 THEN 'owner' WHEN i % 3 = 0 THEN 'manager' ELSE 'partner' END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 'farmer' || i || '@agrimail.fr' END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE '06 ' || lpad(((i * 7919) % 100000000)::text, 8, '0') END,
       CASE WHEN i % 13 = 0 THEN NULL ELSE date '1955-01-01' + (i * 397) % 15000 END,
       i % 17 <> 0
FROM generate_series(1, 110) AS i;

INSERT INTO crop VALUES
    (1, 'Soft wheat',  'Cereal',    7.40, 215.00),
    (2, 'Durum wheat', 'Cereal',    5.90, 310.00),
    (3, 'Barley',      'Cereal',    6.80, 195.00),
    (4, 'Maize',       'Cereal',    9.60, 205.00),
    (5, 'Oats',        'Cereal',    5.20, 180.00),
    (6, 'Rapeseed',    'Oilseed',   3.40, 480.00),
    (7, 'Sunflower',   'Oilseed',   2.60, 450.00),
    (8, 'Field peas',  'Pulse',     3.90, 260.00);

INSERT INTO variety VALUES
    (1,  1, 'Chevignon',   290, 0.62, false),
    (2,  1, 'Rubisko',     285, 0.58, false),
    (3,  1, 'Apache',      295, 0.55, true),
    (4,  2, 'Anvergur',    300, 0.81, false),
    (5,  2, 'Miradoux',    295, 0.78, true),
    (6,  3, 'Planet',      130, 0.49, false),
    (7,  3, 'KWS Faro',    280, 0.52, false),
    (8,  3, 'Etincel',     285, 0.47, true),
    (9,  4, 'LG 31.205',   150, 3.90, false),
    (10, 4, 'P8834',       145, 4.20, false),
    (11, 4, 'DKC 4670',    155, 4.05, false),
    (12, 5, 'Une de Mai',  125, 0.44, true),
    (13, 5, 'Fringante',   130, 0.46, false),
    (14, 6, 'DK Exlibris', 320, 9.80, false),
    (15, 6, 'ES Mambo',    315, 9.20, false),
    (16, 6, 'Architect',   325, 10.40, false),
    (17, 7, 'ES Bella',    140, 7.10, false),
    (18, 7, 'LG 50.455',   145, 7.60, false),
    (19, 7, 'Suomi',       135, 6.90, true),
    (20, 8, 'Kameleon',    110, 0.68, false),
    (21, 8, 'Astronaute',  105, 0.71, true),
    (22, 1, 'KWS Extase',  290, 0.66, false),
    (23, 3, 'RGT Planet',  128, 0.50, false),
    (24, 4, 'LG 30.222',   140, 3.75, true);

INSERT INTO field
SELECT i,
       1 + (i - 1) % 60,
       (ARRAY['Grande Piece','Les Longues Raies','Le Champ du Puits','La Butte','Les Terres Blanches',
              'Le Bas Pre','La Croix Rouge','Les Vingt Arpents','Le Chemin Vert','La Sole du Nord',
              'Les Hauts Champs','Le Fond de Vallee'])[1 + (i * 5) % 12],
       (4 + ((i * 37) % 560) / 10.0)::numeric(7,2),
       (ARRAY['loam','clay','silt','sandy','chalk'])[1 + ((i - 1) / 3) % 5],
       i % 8 = 0,
       CASE WHEN i % 4 = 0 THEN NULL ELSE date '1970-01-01' + (i * 523) % 19000 END
FROM generate_series(1, 240) AS i;

INSERT INTO planting
SELECT i,
       1 + (i - 1) % 240,
       v,
       s,
       make_date(s, 3 + i % 3, 1 + i % 28),
       CASE WHEN i % 10 = 0 THEN NULL ELSE make_date(s, 3 + i % 3, 1 + i % 28) + 9 + i % 7 END,
       (CASE WHEN v BETWEEN 9 AND 11 OR v = 24 THEN 25 WHEN v BETWEEN 14 AND 19 THEN 5 ELSE 150 END
         + (i % 11))::numeric(6,1),
       CASE WHEN i % 23 = 0 THEN 'failed' WHEN i % 37 = 0 THEN 'replanted' ELSE 'harvested' END
FROM generate_series(1, 720) AS i,
     LATERAL (SELECT 2022 + (i - 1) / 240 AS s, 1 + ((i * 7 + (i - 1) / 240 * 5) % 24) AS v) AS x;

INSERT INTO harvest
SELECT row_number() OVER (ORDER BY p.planting_id),
       p.planting_id,
       p.sown_on + 95 + p.planting_id % 60,
       round(f.area_ha * c.typical_yield_t_ha * (0.75 + (p.planting_id % 9) / 18.0)
             * CASE p.season WHEN 2022 THEN 0.92 WHEN 2023 THEN 1.04 ELSE 0.88 END, 2),
       (11 + (p.planting_id * 13) % 90 / 10.0)::numeric(4,1),
       (p.sown_on + 96 + p.planting_id % 60)::timestamp + interval '1 hour' * (7 + p.planting_id % 12),
       CASE WHEN p.planting_id % 19 = 0 THEN 'lodging after storm'
            WHEN p.planting_id % 31 = 0 THEN 'late harvest, rain delays'
            ELSE NULL END
FROM planting p
JOIN field f ON f.field_id = p.field_id
JOIN variety v ON v.variety_id = p.variety_id
JOIN crop c ON c.crop_id = v.crop_id
WHERE p.status = 'harvested';

INSERT INTO delivery
SELECT i,
       CASE WHEN i % 4 = 0 THEN 1 + (i / 4 * 13) % 20 ELSE 1 + (i * 9 + i / 56) % 56 END,
       1 + (i * 3 + i / 7) % 8,
       c,
       'TK' || lpad(i::text, 6, '0'),
       d,
       CASE WHEN i % 12 = 0 THEN NULL ELSE d + interval '1 minute' * (20 + i % 95) END,
       9000 + (i * 313) % 21000,
       (SELECT base_price_per_t FROM crop WHERE crop_id = c)
         * CASE extract(year FROM d) WHEN 2022 THEN 1.18 WHEN 2023 THEN 1.00 ELSE 0.94 END
         + (i % 15) - 7,
       CASE WHEN i % 17 = 0 THEN 'rejected' WHEN i % 29 = 0 THEN 'pending' ELSE 'accepted' END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE (ARRAY['AB','CD','EF','GH','JK','LM'])[1 + i % 6] || '-' || lpad((i % 900 + 100)::text, 3, '0') || '-' || (ARRAY['XY','ZT','PR','QS'])[1 + i % 4] END
FROM generate_series(1, 1500) AS i,
     LATERAL (SELECT (ARRAY[1,1,1,3,3,4,4,6,6,2,5,7,8,1,4])[1 + (i * 11) % 15] AS c,
                     timestamp '2022-01-04 06:00' + interval '1 day' * ((i * 373) % 1090)
                       + interval '1 minute' * ((i * 47) % 660) AS d) AS x;

INSERT INTO grade_test
SELECT row_number() OVER (ORDER BY d.delivery_id),
       d.delivery_id,
       d.delivered_at::date + (d.delivery_id % 3),
       CASE WHEN d.status = 'rejected' THEN 'Feed'
            WHEN d.delivery_id % 7 IN (0, 1, 2) THEN 'A'
            WHEN d.delivery_id % 7 IN (3, 4) THEN 'B'
            ELSE 'C' END,
       (11 + (d.delivery_id * 17) % 70 / 10.0)::numeric(4,1),
       CASE WHEN d.crop_id IN (1, 2, 3) AND d.delivery_id % 8 <> 0
            THEN (9.5 + (d.delivery_id * 3) % 45 / 10.0)::numeric(4,1) END,
       (0.3 + (d.delivery_id * 7) % 40 / 10.0)::numeric(4,1),
       d.status = 'accepted',
       CASE WHEN d.delivery_id % 6 = 0 THEN NULL
            ELSE (ARRAY['C. Marchand','L. Perrin','S. Giraud','T. Colin'])[1 + d.delivery_id % 4] END
FROM delivery d
WHERE d.status <> 'pending';

INSERT INTO payment
SELECT row_number() OVER (ORDER BY k, id), farm_id, delivery_id, payment_type, method, amount, due_on, paid_on
FROM (
    SELECT 1 AS k, d.delivery_id AS id, d.farm_id, d.delivery_id,
           'delivery' AS payment_type,
           CASE WHEN d.delivery_id % 9 = 0 THEN 'cheque' ELSE 'bank transfer' END AS method,
           round(d.weight_kg / 1000.0 * d.price_per_t, 2) AS amount,
           d.delivered_at::date + 30 AS due_on,
           CASE WHEN d.delivered_at >= timestamp '2024-11-15' AND d.delivery_id % 2 = 0 THEN NULL
                ELSE d.delivered_at::date + 25 + d.delivery_id % 12 END AS paid_on
    FROM delivery d
    WHERE d.status = 'accepted'
    UNION ALL
    SELECT 2, f.farm_id * 10 + y - 2021, f.farm_id, NULL,
           'dividend', 'bank transfer',
           round(f.share_capital * (0.04 + (f.farm_id % 4) / 100.0), 2),
           make_date(y, 12, 15),
           CASE WHEN f.farm_id % 13 = 0 AND y = 2024 THEN NULL ELSE make_date(y, 12, 15 + f.farm_id % 10) END
    FROM farm f, generate_series(2022, 2024) AS y
    UNION ALL
    SELECT 3, f.farm_id * 10 + y - 2021, f.farm_id, NULL,
           'advance', 'bank transfer',
           (2000 + (f.farm_id * 97) % 6000)::numeric(12,2),
           make_date(y, 4, 1),
           make_date(y, 4, 3 + f.farm_id % 5)
    FROM farm f, generate_series(2022, 2024) AS y
    WHERE f.farm_id % 3 = 0
) AS p;

INSERT INTO equipment
SELECT i,
       1 + (i - 1) % 8,
       t.make || ' ' || t.model || ' #' || i,
       t.kind,
       t.make,
       t.rate,
       date '2010-01-01' + (i * 311) % 4700,
       i % 7 <> 0
FROM generate_series(1, 30) AS i,
     LATERAL (SELECT (ARRAY['tractor','combine harvester','seed drill','sprayer','grain trailer','tractor'])[1 + i % 6] AS kind,
                     (ARRAY['John Deere','Claas','Amazone','Kuhn','Joskin','New Holland'])[1 + i % 6] AS make,
                     (ARRAY['6R 150','Lexion 760','Cirrus 6003','Metris 4102','Trans-Cap 16','T7.270'])[1 + i % 6] AS model,
                     (ARRAY[180.00, 950.00, 140.00, 120.00, 60.00, 175.00])[1 + i % 6]::numeric(8,2) AS rate) AS t;

INSERT INTO equipment_loan
SELECT i,
       e,
       1 + (i * 13) % 50,
       sd,
       CASE WHEN st IN ('out', 'cancelled') THEN NULL ELSE sd + 1 + i % 9 END,
       CASE WHEN st = 'cancelled' THEN NULL
            WHEN st = 'out' THEN NULL
            ELSE (SELECT daily_rate FROM equipment WHERE equipment_id = e) * (1 + i % 9) END,
       st,
       sd::timestamp - interval '1 day' * (2 + i % 20) + interval '1 minute' * ((i * 37) % 600 + 420)
FROM generate_series(1, 320) AS i,
     LATERAL (SELECT 1 + (i * 11) % 30 AS e,
                     CASE WHEN i > 305 THEN date '2024-12-01' + (i - 305) ELSE date '2022-02-01' + (i * 211) % 1060 END AS sd,
                     CASE WHEN i % 19 = 0 THEN 'cancelled' WHEN i > 305 THEN 'out' ELSE 'returned' END AS st) AS x;
