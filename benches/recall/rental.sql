-- Operational data of a car rental company with branches in France, Belgium and Switzerland,
-- used as the sample database of the golden set benches/intent/rental.frozen.yaml.
-- Nothing carries a comment; every row is invented and reproducible (generate_series, fixed
-- lists and modular arithmetic). Data runs from January 2022 to the end of December 2024.

CREATE TABLE branches (
    branch_id    integer PRIMARY KEY,
    branch_code  varchar(6) NOT NULL UNIQUE,
    branch_name  text NOT NULL,
    city         text NOT NULL,
    country      text NOT NULL,
    street       text,
    phone        varchar(20),
    is_airport   boolean NOT NULL,
    opened_on    date NOT NULL
);

CREATE TABLE employees (
    employee_id  integer PRIMARY KEY,
    branch_id    integer NOT NULL REFERENCES branches,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    job_title    text NOT NULL,
    hired_on     date NOT NULL,
    left_on      date,
    hourly_wage  numeric(6,2) NOT NULL
);

CREATE TABLE vehicle_classes (
    class_id        integer PRIMARY KEY,
    class_code      varchar(4) NOT NULL UNIQUE,
    class_name      text NOT NULL,
    daily_rate      numeric(8,2) NOT NULL,
    deposit_amount  numeric(8,2) NOT NULL,
    seats           integer NOT NULL,
    min_driver_age  integer NOT NULL
);

CREATE TABLE vehicle_models (
    model_id      integer PRIMARY KEY,
    class_id      integer NOT NULL REFERENCES vehicle_classes,
    make          text NOT NULL,
    model_name    text NOT NULL,
    fuel_type     text NOT NULL,
    transmission  text NOT NULL,
    doors         integer NOT NULL
);

CREATE TABLE vehicles (
    vehicle_id      integer PRIMARY KEY,
    model_id        integer NOT NULL REFERENCES vehicle_models,
    home_branch_id  integer NOT NULL REFERENCES branches,
    plate_number    varchar(12) NOT NULL UNIQUE,
    vin             varchar(17) NOT NULL,
    model_year      integer NOT NULL,
    color           text NOT NULL,
    odometer_km     integer NOT NULL,
    acquired_on     date NOT NULL,
    purchase_price  numeric(10,2) NOT NULL,
    retired_on      date,
    status          text NOT NULL
);

CREATE TABLE customers (
    customer_id        integer PRIMARY KEY,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    email              varchar(120),
    phone              varchar(20),
    city               text NOT NULL,
    country            text NOT NULL,
    birth_date         date NOT NULL,
    license_number     varchar(20) NOT NULL,
    license_issued_on  date NOT NULL,
    loyalty_tier       text NOT NULL,
    is_corporate       boolean NOT NULL,
    company_name       text,
    registered_at      timestamptz NOT NULL
);

CREATE TABLE reservations (
    reservation_id    integer PRIMARY KEY,
    confirmation_code varchar(10) NOT NULL UNIQUE,
    customer_id       integer NOT NULL REFERENCES customers,
    class_id          integer NOT NULL REFERENCES vehicle_classes,
    pickup_branch_id  integer NOT NULL REFERENCES branches,
    return_branch_id  integer NOT NULL REFERENCES branches,
    booked_at         timestamptz NOT NULL,
    planned_pickup    timestamp NOT NULL,
    planned_return    timestamp NOT NULL,
    channel           text NOT NULL,
    status            text NOT NULL,
    quoted_amount     numeric(10,2) NOT NULL,
    cancelled_at      timestamptz
);

CREATE TABLE rentals (
    rental_id         integer PRIMARY KEY,
    reservation_id    integer REFERENCES reservations,
    customer_id       integer NOT NULL REFERENCES customers,
    vehicle_id        integer NOT NULL REFERENCES vehicles,
    pickup_branch_id  integer NOT NULL REFERENCES branches,
    return_branch_id  integer NOT NULL REFERENCES branches,
    handled_by        integer NOT NULL REFERENCES employees,
    pickup_at         timestamp NOT NULL,
    due_back_at       timestamp NOT NULL,
    return_at         timestamp,
    start_km          integer NOT NULL,
    end_km            integer,
    fuel_out_pct      integer NOT NULL,
    fuel_in_pct       integer,
    insurance_option  text NOT NULL,
    status            text NOT NULL,
    total_amount      numeric(10,2)
);

CREATE TABLE damage_reports (
    damage_id        integer PRIMARY KEY,
    rental_id        integer NOT NULL REFERENCES rentals,
    vehicle_id       integer NOT NULL REFERENCES vehicles,
    reported_at      timestamptz NOT NULL,
    damage_type      text NOT NULL,
    severity         text NOT NULL,
    estimated_cost   numeric(10,2) NOT NULL,
    repair_cost      numeric(10,2),
    customer_liable  boolean NOT NULL,
    notes            text
);

CREATE TABLE payments (
    payment_id    integer PRIMARY KEY,
    rental_id     integer NOT NULL REFERENCES rentals,
    paid_at       timestamptz NOT NULL,
    amount        numeric(10,2) NOT NULL,
    payment_type  text NOT NULL,
    method        text NOT NULL,
    status        text NOT NULL,
    reference     varchar(24)
);

CREATE TABLE maintenance_records (
    maintenance_id  integer PRIMARY KEY,
    vehicle_id      integer NOT NULL REFERENCES vehicles,
    branch_id       integer NOT NULL REFERENCES branches,
    service_type    text NOT NULL,
    started_on      date NOT NULL,
    completed_on    date,
    odometer_km     integer NOT NULL,
    cost            numeric(10,2) NOT NULL,
    vendor_name     text
);

-- branches ------------------------------------------------------------------------------
INSERT INTO branches VALUES
 (1,  'PARCDG', 'Paris Charles de Gaulle Airport', 'Paris',      'France',      'Terminal 2, Parking PR',        '+33 1 48 62 10 10', true,  '2012-03-01'),
 (2,  'PARGDL', 'Paris Gare de Lyon',              'Paris',      'France',      '20 boulevard Diderot',          '+33 1 43 07 22 40', false, '2014-06-15'),
 (3,  'LYSPDI', 'Lyon Part-Dieu',                  'Lyon',       'France',      '5 place Charles Béraudier',     '+33 4 72 33 18 90', false, '2013-09-01'),
 (4,  'LYSAPT', 'Lyon Saint-Exupéry Airport',      'Lyon',       'France',      'Terminal 1, Niveau 0',          '+33 4 72 22 71 05', true,  '2016-04-01'),
 (5,  'NCEAPT', 'Nice Côte d''Azur Airport',       'Nice',       'France',      'Terminal 2, Parking P5',        '+33 4 93 21 36 50', true,  '2015-05-20'),
 (6,  'MRSSTC', 'Marseille Saint-Charles',         'Marseille',  'France',      'Square Narvik',                 '+33 4 91 05 44 12', false, '2017-02-01'),
 (7,  'BODMER', 'Bordeaux Mériadeck',              'Bordeaux',   'France',      '12 rue du Château d''Eau',      NULL,                false, '2018-10-01'),
 (8,  'TLSAPT', 'Toulouse Blagnac Airport',        'Toulouse',   'France',      'Hall D, Niveau 0',              '+33 5 61 71 12 80', true,  '2016-11-15'),
 (9,  'NTECTR', 'Nantes Centre',                   'Nantes',     'France',      '27 boulevard de Stalingrad',    '+33 2 40 89 25 60', false, '2019-03-01'),
 (10, 'LILEUR', 'Lille Europe',                    'Lille',      'France',      '1 parvis de Rotterdam',         '+33 3 20 55 31 47', false, '2019-09-01'),
 (11, 'BRUMID', 'Brussels Midi',                   'Brussels',   'Belgium',     'Rue de France 2',               '+32 2 522 95 40',   false, '2020-05-01'),
 (12, 'GVAAPT', 'Geneva Airport',                  'Geneva',     'Switzerland', 'Route de l''Aéroport 21',       '+41 22 717 81 00',  true,  '2021-04-01');

-- employees: five per branch (manager, three agents, mechanic) ----------------------------
INSERT INTO employees
SELECT e,
       ((e - 1) / 5) + 1,
       (ARRAY['Camille','Julien','Sophie','Thomas','Léa','Nicolas','Manon','Antoine','Chloé','Hugo',
              'Inès','Mathieu','Sarah','Lucas','Emma','Romain','Laura','Maxime','Clara','Pierre'])[(e * 7) % 20 + 1],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','Andre'])[(e * 11) % 23 + 1],
       CASE (e - 1) % 5 WHEN 0 THEN 'Branch manager' WHEN 4 THEN 'Mechanic' ELSE 'Rental agent' END,
       date '2014-01-06' + ((e * 97) % 2900),
       CASE WHEN e % 13 = 0 THEN date '2024-09-30' - (e % 5) * 30 END,
       CASE (e - 1) % 5 WHEN 0 THEN 31.50 + (e % 4) WHEN 4 THEN 24.80 + (e % 3) ELSE 17.20 + (e % 5) * 0.60 END
FROM generate_series(1, 60) AS e;

-- vehicle classes -----------------------------------------------------------------------
INSERT INTO vehicle_classes VALUES
 (1, 'ECMR', 'Economy',   39.00, 300.00, 4, 21),
 (2, 'CDMR', 'Compact',   49.00, 400.00, 5, 21),
 (3, 'IDAR', 'Midsize',   62.00, 500.00, 5, 21),
 (4, 'FDAR', 'Full-size', 78.00, 600.00, 5, 23),
 (5, 'IFAR', 'SUV',       89.00, 800.00, 5, 23),
 (6, 'PDAR', 'Premium',  129.00, 1500.00, 5, 25),
 (7, 'MVMR', 'Minivan',   95.00, 800.00, 7, 23),
 (8, 'ECAE', 'Electric',  72.00, 700.00, 5, 21);

INSERT INTO vehicle_models VALUES
 (1,  1, 'Renault',    'Clio',       'Petrol',   'Manual',    5),
 (2,  1, 'Peugeot',    '208',        'Petrol',   'Manual',    5),
 (3,  1, 'Fiat',       '500',        'Petrol',   'Manual',    3),
 (4,  1, 'Toyota',     'Yaris',      'Hybrid',   'Automatic', 5),
 (5,  2, 'Volkswagen', 'Golf',       'Petrol',   'Manual',    5),
 (6,  2, 'Peugeot',    '308',        'Diesel',   'Manual',    5),
 (7,  2, 'Renault',    'Mégane',     'Diesel',   'Manual',    5),
 (8,  2, 'Ford',       'Focus',      'Petrol',   'Automatic', 5),
 (9,  3, 'Toyota',     'Corolla',    'Hybrid',   'Automatic', 5),
 (10, 3, 'Skoda',      'Octavia',    'Diesel',   'Manual',    5),
 (11, 3, 'Peugeot',    '508',        'Diesel',   'Automatic', 5),
 (12, 4, 'Volkswagen', 'Passat',     'Diesel',   'Automatic', 5),
 (13, 4, 'Skoda',      'Superb',     'Diesel',   'Automatic', 5),
 (14, 4, 'Toyota',     'Camry',      'Hybrid',   'Automatic', 5),
 (15, 5, 'Peugeot',    '3008',       'Diesel',   'Automatic', 5),
 (16, 5, 'Renault',    'Austral',    'Hybrid',   'Automatic', 5),
 (17, 5, 'Nissan',     'Qashqai',    'Petrol',   'Manual',    5),
 (18, 5, 'Toyota',     'RAV4',       'Hybrid',   'Automatic', 5),
 (19, 5, 'Dacia',      'Duster',     'Diesel',   'Manual',    5),
 (20, 6, 'BMW',        '5 Series',   'Diesel',   'Automatic', 5),
 (21, 6, 'Mercedes',   'E-Class',    'Diesel',   'Automatic', 5),
 (22, 6, 'Audi',       'A6',         'Petrol',   'Automatic', 5),
 (23, 7, 'Renault',    'Espace',     'Diesel',   'Automatic', 5),
 (24, 7, 'Volkswagen', 'Touran',     'Diesel',   'Manual',    5),
 (25, 7, 'Citroën',    'SpaceTourer','Diesel',   'Manual',    5),
 (26, 8, 'Tesla',      'Model 3',    'Electric', 'Automatic', 4),
 (27, 8, 'Renault',    'Zoe',        'Electric', 'Automatic', 5),
 (28, 8, 'Peugeot',    'e-208',      'Electric', 'Automatic', 5),
 (29, 8, 'Volkswagen', 'ID.3',       'Electric', 'Automatic', 5),
 (30, 2, 'Citroën',    'C4',         'Petrol',   'Manual',    5);

-- vehicles: 240 cars; the retired ones left the fleet in early 2022 -----------------------
INSERT INTO vehicles
SELECT v,
       (v % 30) + 1,
       (v % 12) + 1,
       chr(65 + (v * 7) % 26) || chr(65 + (v * 11) % 26) || '-' || lpad(((v * 373) % 1000)::text, 3, '0')
           || '-' || chr(65 + (v * 3) % 26) || chr(65 + (v * 17) % 26),
       'VF1' || lpad(((v * 7919) % 100000000)::text, 8, '0') || lpad(v::text, 6, '0'),
       extract(year FROM date '2019-09-01' + v * 4)::integer,
       (ARRAY['White','Black','Grey','Silver','Blue','Red','White','Grey'])[(v * 5) % 8 + 1],
       12000 + (v * 1931) % 95000,
       date '2019-09-01' + v * 4,
       0,
       CASE WHEN v % 23 = 0 THEN date '2022-01-15' + (v % 40) END,
       'Available'
FROM generate_series(1, 240) AS v;

UPDATE vehicles v
SET purchase_price = round(c.daily_rate * 310 + (v.vehicle_id % 9) * 250, 2)
FROM vehicle_models m JOIN vehicle_classes c ON c.class_id = m.class_id
WHERE m.model_id = v.model_id;

-- customers -----------------------------------------------------------------------------
INSERT INTO customers
SELECT c,
       (ARRAY['Marie','Jean','Nathalie','Philippe','Isabelle','Michel','Sylvie','Alain','Catherine','Patrick',
              'Anne','Christophe','Valérie','Stéphane','Céline','Olivier','Aurélie','Sébastien','Julie','Frédéric',
              'Emma','Louis','Alice','Gabriel','Jade','Arthur','Lina','Raphaël','Elena','Marco',
              'Hannah','Lukas','Sofia','Pieter','Eva','James','Charlotte','Oliver','Anna','David'])[(c * 13) % 40 + 1],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','Andre','Mercier','Blanc','Guerin','Boyer','Garnier','Chevalier','Francois',
              'Rossi','Müller','Schmidt','Janssens','Peeters','Smith','Jones','Meyer','Fontaine','Lambert',
              'Rousseau','Bonnet','Dupont'])[(c * 17) % 43 + 1],
       CASE WHEN c % 13 = 0 THEN NULL ELSE 'client' || c || '@' ||
            (ARRAY['gmail.com','orange.fr','free.fr','outlook.com','yahoo.fr','laposte.net'])[c % 6 + 1] END,
       CASE WHEN c % 17 = 0 THEN NULL ELSE '+33 6 ' || lpad(((c * 7919) % 100000000)::text, 8, '0') END,
       (ARRAY['Paris','Paris','Lyon','Marseille','Nice','Bordeaux','Toulouse','Nantes','Lille','Strasbourg',
              'Montpellier','Rennes','Paris','Lyon','Brussels','Geneva','London','Munich','Milan','Madrid'])[(c * 3) % 20 + 1],
       (ARRAY['France','France','France','France','France','France','France','France','France','France',
              'France','France','France','France','Belgium','Switzerland','United Kingdom','Germany','Italy','Spain'])[(c * 3) % 20 + 1],
       date '1950-03-01' + (c * 2741) % 18600,
       upper(substr(md5('lic' || c), 1, 12)),
       date '1975-01-01' + (c * 2741) % 18600 + 6570 - (c * 2741) % 18600 / 3,
       CASE WHEN (c * 7) % 20 < 10 THEN 'Basic' WHEN (c * 7) % 20 < 16 THEN 'Silver'
            WHEN (c * 7) % 20 < 19 THEN 'Gold' ELSE 'Platinum' END,
       c % 9 = 0,
       CASE WHEN c % 9 = 0 THEN (ARRAY['Capgemini','Decathlon','Airbus','Orange Business','Sanofi','Veolia','Thales','Danone'])[(c / 9) % 8 + 1] END,
       CASE WHEN c <= 700
            THEN timestamptz '2020-01-06 09:00:00+01' + ((c - 1) * 720 / 700) * interval '1 day'
            ELSE timestamptz '2024-01-08 09:00:00+01' + ((c - 701) * 3) * interval '1 day' END
           + (c % 11) * interval '1 hour' + ((c * 23) % 60) * interval '1 minute'
FROM generate_series(1, 800) AS c;

UPDATE customers
SET license_issued_on = birth_date + 6600 + (customer_id % 9) * 200;

-- reservations: 1500 bookings, pickups from January 2022 to early January 2025 -------------
INSERT INTO reservations
SELECT i,
       'RS' || lpad(((i * 48271) % 100000000)::text, 8, '0'),
       ((i * 37) % 700) + 1,
       (ARRAY[1,1,2,2,2,3,3,4,5,5,6,7,8,2,3,1,5])[i % 17 + 1],
       (ARRAY[1,1,1,2,2,3,3,4,5,5,6,7,8,9,10,11,12,1,4,5])[i % 20 + 1],
       CASE WHEN i % 6 = 0
            THEN ((ARRAY[1,1,1,2,2,3,3,4,5,5,6,7,8,9,10,11,12,1,4,5])[i % 20 + 1] % 12) + 1
            ELSE (ARRAY[1,1,1,2,2,3,3,4,5,5,6,7,8,9,10,11,12,1,4,5])[i % 20 + 1] END,
       (timestamp '2022-01-02 08:00' + ((i - 1) * 1102 / 1500) * interval '1 day' + ((i * 7) % 10) * interval '1 hour')
           - (2 + (i * 13) % 40) * interval '1 day' + ((i * 29) % 600) * interval '1 minute',
       timestamp '2022-01-02 08:00' + ((i - 1) * 1102 / 1500) * interval '1 day' + ((i * 7) % 10) * interval '1 hour',
       timestamp '2022-01-02 08:00' + ((i - 1) * 1102 / 1500) * interval '1 day' + ((i * 7) % 10) * interval '1 hour'
           + (1 + (i * 7) % 13) * interval '1 day',
       (ARRAY['Website','Website','Mobile app','Phone','Counter','Travel agent','Website','Mobile app'])[i % 8 + 1],
       'Completed',
       0,
       NULL
FROM generate_series(1, 1500) AS i;

UPDATE reservations r
SET quoted_amount = round((1 + (r.reservation_id * 7) % 13) * c.daily_rate
                          * CASE WHEN r.channel = 'Website' THEN 0.95 ELSE 1 END, 2)
FROM vehicle_classes c
WHERE c.class_id = r.class_id;

UPDATE reservations
SET status = CASE WHEN planned_pickup > timestamp '2024-12-31 18:00' THEN 'Confirmed'
                  WHEN reservation_id % 11 = 0 THEN 'Cancelled'
                  WHEN reservation_id % 26 = 5 THEN 'No-show'
                  ELSE 'Completed' END;

UPDATE reservations
SET cancelled_at = booked_at + ((planned_pickup - booked_at::timestamp) / 2)
WHERE status = 'Cancelled';

-- rentals: one per completed reservation plus 180 walk-in rentals at the counter ----------
CREATE TEMPORARY TABLE rental_src AS
SELECT r.reservation_id, r.customer_id, r.class_id, r.pickup_branch_id, r.return_branch_id,
       r.planned_pickup + (r.reservation_id % 50) * interval '1 minute' AS pickup_at,
       r.planned_return AS due_back_at,
       r.planned_return + ((r.reservation_id % 9) - 3) * interval '1 hour' AS back_at,
       r.reservation_id AS k
FROM reservations r
WHERE r.status = 'Completed'
UNION ALL
SELECT NULL,
       ((j * 53) % 700) + 1,
       (ARRAY[1,2,2,3,5,1,4,2])[j % 8 + 1],
       (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,1,3,5])[j % 15 + 1],
       (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,1,3,5])[j % 15 + 1],
       timestamp '2022-01-04 10:15' + ((j - 1) * 1085 / 180) * interval '1 day' + (j % 8) * interval '1 hour',
       timestamp '2022-01-04 10:15' + ((j - 1) * 1085 / 180) * interval '1 day' + (j % 8) * interval '1 hour'
           + (1 + j % 6) * interval '1 day',
       timestamp '2022-01-04 10:15' + ((j - 1) * 1085 / 180) * interval '1 day' + (j % 8) * interval '1 hour'
           + (1 + j % 6) * interval '1 day' - (j % 3) * interval '1 hour',
       10000 + j
FROM generate_series(1, 180) AS j;

INSERT INTO rentals
SELECT row_number() OVER (ORDER BY s.pickup_at, s.k),
       s.reservation_id,
       s.customer_id,
       fleet.vehicle_id,
       s.pickup_branch_id,
       s.return_branch_id,
       (s.pickup_branch_id - 1) * 5 + 2 + (s.k % 3),
       s.pickup_at,
       s.due_back_at,
       CASE WHEN s.back_at <= timestamp '2024-12-31 18:00' THEN s.back_at END,
       20000 + (s.k * 977) % 80000,
       NULL,
       CASE WHEN s.k % 10 = 0 THEN 75 ELSE 100 END,
       NULL,
       (ARRAY['Basic','Full','None','Basic','Full','Basic','None'])[s.k % 7 + 1],
       CASE WHEN s.back_at <= timestamp '2024-12-31 18:00' THEN 'Closed' ELSE 'Open' END,
       NULL
FROM rental_src s
JOIN (SELECT v.vehicle_id, m.class_id,
             row_number() OVER (PARTITION BY m.class_id ORDER BY v.vehicle_id) AS rn,
             count(*) OVER (PARTITION BY m.class_id) AS cnt
      FROM vehicles v JOIN vehicle_models m ON m.model_id = v.model_id
      WHERE v.retired_on IS NULL) AS fleet
  ON fleet.class_id = s.class_id AND fleet.rn = (s.k * 7) % fleet.cnt + 1;

UPDATE rentals r
SET end_km = r.start_km + greatest(1, ceil(extract(epoch FROM r.return_at - r.pickup_at) / 86400))::integer
                          * (60 + (r.rental_id * 31) % 170),
    fuel_in_pct = CASE WHEN r.rental_id % 6 = 0 THEN 50 + (r.rental_id % 4) * 10 ELSE 100 END,
    total_amount = round(greatest(1, ceil(extract(epoch FROM r.return_at - r.pickup_at) / 86400))
                         * (c.daily_rate + CASE r.insurance_option WHEN 'Full' THEN 24.90
                                                                   WHEN 'Basic' THEN 12.50 ELSE 0 END)
                         + CASE WHEN r.return_branch_id <> r.pickup_branch_id THEN 85.00 ELSE 0 END, 2)
FROM vehicles v
JOIN vehicle_models m ON m.model_id = v.model_id
JOIN vehicle_classes c ON c.class_id = m.class_id
WHERE v.vehicle_id = r.vehicle_id AND r.status = 'Closed';

DROP TABLE rental_src;

-- damage reports: found at check-in on about one rental in seven ---------------------------
INSERT INTO damage_reports
SELECT row_number() OVER (ORDER BY r.return_at, r.rental_id),
       r.rental_id,
       r.vehicle_id,
       (r.return_at + (20 + r.rental_id % 40) * interval '1 minute') AT TIME ZONE 'Europe/Paris',
       (ARRAY['Scratch','Dent','Windshield chip','Tyre','Interior stain','Bumper','Mirror','Scratch','Dent'])[r.rental_id % 9 + 1],
       CASE WHEN r.rental_id % 5 = 0 THEN 'Severe' WHEN r.rental_id % 5 IN (1, 3) THEN 'Moderate' ELSE 'Minor' END,
       CASE WHEN r.rental_id % 5 = 0 THEN 1400 + (r.rental_id % 13) * 95
            WHEN r.rental_id % 5 IN (1, 3) THEN 420 + (r.rental_id % 11) * 35
            ELSE 90 + (r.rental_id % 9) * 20 END,
       NULL,
       r.insurance_option <> 'Full',
       CASE WHEN r.rental_id % 4 = 0 THEN NULL
            ELSE (ARRAY['Noticed by agent at check-in','Reported by customer','Photo taken at return bay',
                        'Customer disputes the damage'])[r.rental_id % 4 + 1] END
FROM rentals r
WHERE r.status = 'Closed' AND r.rental_id % 7 = 3;

UPDATE damage_reports
SET repair_cost = round(estimated_cost * (0.85 + (damage_id % 7) * 0.05), 2)
WHERE damage_id % 6 <> 0 AND reported_at < timestamptz '2024-12-01 00:00+01';

-- payments: rental charge at return, late fees, damage fees charged to the customer -----------
INSERT INTO payments (payment_id, rental_id, paid_at, amount, payment_type, method, status, reference)
SELECT row_number() OVER (ORDER BY p.paid_at, p.rental_id, p.payment_type),
       p.rental_id, p.paid_at, p.amount, p.payment_type,
       (ARRAY['Credit card','Credit card','Debit card','Credit card','Cash','Bank transfer','Debit card','Voucher'])
           [(p.rental_id + length(p.payment_type)) % 8 + 1],
       'Completed',
       NULL
FROM (
    SELECT r.rental_id,
           (r.return_at + (5 + r.rental_id % 30) * interval '1 minute') AT TIME ZONE 'Europe/Paris' AS paid_at,
           r.total_amount AS amount,
           'Rental charge' AS payment_type
    FROM rentals r WHERE r.status = 'Closed'
    UNION ALL
    SELECT r.rental_id,
           (r.return_at + (40 + r.rental_id % 30) * interval '1 minute') AT TIME ZONE 'Europe/Paris',
           45.00,
           'Late return fee'
    FROM rentals r WHERE r.status = 'Closed' AND r.return_at > r.due_back_at + interval '4 hours'
    UNION ALL
    SELECT d.rental_id,
           d.reported_at + (10 + d.damage_id % 20) * interval '1 day',
           least(d.repair_cost, 950.00),
           'Damage fee'
    FROM damage_reports d WHERE d.customer_liable AND d.repair_cost IS NOT NULL
) AS p;

UPDATE payments
SET status = CASE WHEN payment_id % 41 = 0 THEN 'Refunded' WHEN payment_id % 67 = 0 THEN 'Failed' ELSE 'Completed' END,
    reference = CASE WHEN method IN ('Credit card','Debit card','Bank transfer')
                     THEN 'TX' || lpad(((payment_id * 104729) % 1000000000)::text, 10, '0') END;

-- maintenance -------------------------------------------------------------------------------
INSERT INTO maintenance_records
SELECT m,
       fleet.vehicle_id,
       fleet.home_branch_id,
       (ARRAY['Oil change','Tyre replacement','Brake service','Annual inspection','Oil change',
              'Body repair','Battery replacement','Air conditioning','Annual inspection','Oil change'])[m % 10 + 1],
       date '2022-01-05' + ((m - 1) * 1090 / 520),
       CASE WHEN date '2022-01-05' + ((m - 1) * 1090 / 520) > date '2024-12-20' AND m % 2 = 0 THEN NULL
            ELSE date '2022-01-05' + ((m - 1) * 1090 / 520) + (m % 10 IN (5, 2)) :: integer * (2 + m % 5) + (m % 3) END,
       30000 + (m * 2377) % 110000,
       CASE m % 10 WHEN 0 THEN 89 WHEN 4 THEN 95 WHEN 9 THEN 92 WHEN 1 THEN 380 WHEN 2 THEN 290
                   WHEN 3 THEN 120 WHEN 8 THEN 135 WHEN 5 THEN 850 WHEN 6 THEN 210 ELSE 160 END
           + (m % 7) * 12.50,
       CASE WHEN m % 3 = 0 THEN NULL
            ELSE (ARRAY['Norauto','Speedy','Midas','Feu Vert','Point S','Carrosserie Martin'])[m % 6 + 1] END
FROM generate_series(1, 520) AS m
JOIN (SELECT vehicle_id, home_branch_id, row_number() OVER (ORDER BY vehicle_id) AS rn
      FROM vehicles WHERE retired_on IS NULL) AS fleet
  ON fleet.rn = (m * 37) % 230 + 1;

-- current vehicle status ----------------------------------------------------------------------
UPDATE vehicles SET status = 'Retired' WHERE retired_on IS NOT NULL;
UPDATE vehicles SET status = 'In maintenance'
WHERE vehicle_id IN (SELECT vehicle_id FROM maintenance_records WHERE completed_on IS NULL);
UPDATE vehicles SET status = 'Rented'
WHERE vehicle_id IN (SELECT vehicle_id FROM rentals WHERE status = 'Open');
UPDATE vehicles v
SET odometer_km = greatest(v.odometer_km, x.max_km)
FROM (SELECT vehicle_id, max(coalesce(end_km, start_km)) AS max_km FROM rentals GROUP BY vehicle_id) x
WHERE x.vehicle_id = v.vehicle_id;
