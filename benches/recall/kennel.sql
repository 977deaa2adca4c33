-- A dog boarding kennel and daycare (Wagtail Lodge, one site with four wings of runs): the dog
-- owners and their dogs with breed, size and vaccination records, the kennel runs, boarding
-- stays with check-in and check-out dates, daycare visits, grooming appointments, the staff,
-- invoices and the payments against them, and incident reports, 2022-2025 (data as of
-- 31 December 2025). Sample database of the golden set benches/intent/kennel.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today).

CREATE TABLE owners_tbl (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         text NOT NULL UNIQUE,
    phone         varchar(20) NOT NULL,
    city          text NOT NULL,
    joined_on     date NOT NULL,                 -- day the owner registered with the kennel
    marketing_opt_in boolean NOT NULL
);

CREATE TABLE breeds_tbl (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    breed_group   text NOT NULL,                 -- sporting, herding, working, hound, toy, terrier, non-sporting, mixed
    size_class    text NOT NULL CHECK (size_class IN ('small', 'medium', 'large', 'giant'))
);

CREATE TABLE dogs_tbl (
    id              integer PRIMARY KEY,
    owner_id        integer NOT NULL REFERENCES owners_tbl (id),
    breed_id        integer NOT NULL REFERENCES breeds_tbl (id),
    name            text NOT NULL,
    sex             char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date      date NOT NULL,
    weight_kg       numeric(5,1) NOT NULL,
    size            text NOT NULL CHECK (size IN ('small', 'medium', 'large', 'giant')),
    is_neutered     boolean NOT NULL,
    microchip_no    varchar(15) NOT NULL UNIQUE,
    registered_on   date NOT NULL
);

CREATE TABLE vaccinations_tbl (
    id            integer PRIMARY KEY,
    dog_id        integer NOT NULL REFERENCES dogs_tbl (id),
    vaccine       text NOT NULL CHECK (vaccine IN ('rabies', 'DHPP', 'bordetella', 'leptospirosis')),
    given_on      date NOT NULL,
    expires_on    date NOT NULL,
    vet_clinic    text NOT NULL
);

CREATE TABLE kennels_tbl (
    id              integer PRIMARY KEY,
    code            varchar(4) NOT NULL UNIQUE,  -- wing letter and run number, e.g. B07
    wing            text NOT NULL,
    size_class      text NOT NULL CHECK (size_class IN ('small', 'medium', 'large', 'suite')),
    nightly_rate    numeric(6,2) NOT NULL,       -- current rate per night
    is_heated       boolean NOT NULL,
    has_outdoor_run boolean NOT NULL,
    in_service      boolean NOT NULL
);

CREATE TABLE staff_tbl (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    role          text NOT NULL CHECK (role IN ('manager', 'kennel attendant', 'groomer', 'receptionist', 'trainer', 'vet tech')),
    hired_on      date NOT NULL,
    left_on       date,
    hourly_rate   numeric(6,2) NOT NULL
);

CREATE TABLE stays_tbl (
    id              integer PRIMARY KEY,
    dog_id          integer NOT NULL REFERENCES dogs_tbl (id),
    kennel_id       integer NOT NULL REFERENCES kennels_tbl (id),
    booked_on       date NOT NULL,
    check_in        date NOT NULL,
    check_out       date NOT NULL,
    nightly_rate    numeric(6,2) NOT NULL,       -- rate charged for this stay
    needs_medication boolean NOT NULL,
    status          text NOT NULL CHECK (status IN ('completed', 'cancelled', 'no-show')),
    CHECK (check_out > check_in)
);

CREATE TABLE daycare_visits_tbl (
    id            integer PRIMARY KEY,
    dog_id        integer NOT NULL REFERENCES dogs_tbl (id),
    visit_date    date NOT NULL,
    half_day      boolean NOT NULL,
    drop_off_at   timestamp NOT NULL,
    pick_up_at    timestamp NOT NULL,
    fee           numeric(6,2) NOT NULL,
    UNIQUE (dog_id, visit_date)
);

CREATE TABLE grooming_appointments_tbl (
    id                integer PRIMARY KEY,
    dog_id            integer NOT NULL REFERENCES dogs_tbl (id),
    groomer_id        integer NOT NULL REFERENCES staff_tbl (id),
    scheduled_at      timestamp NOT NULL,
    service           text NOT NULL CHECK (service IN ('bath and brush', 'full groom', 'nail trim', 'de-shedding', 'puppy tidy')),
    duration_minutes  integer NOT NULL,
    price             numeric(6,2) NOT NULL,
    status            text NOT NULL CHECK (status IN ('completed', 'cancelled', 'no-show'))
);

CREATE TABLE invoices_tbl (
    id                        integer PRIMARY KEY,
    invoice_number            varchar(16) NOT NULL UNIQUE,
    owner_id                  integer NOT NULL REFERENCES owners_tbl (id),
    service_type              text NOT NULL CHECK (service_type IN ('boarding', 'daycare', 'grooming')),
    stay_id                   integer REFERENCES stays_tbl (id),
    grooming_appointment_id   integer REFERENCES grooming_appointments_tbl (id),
    issued_on                 date NOT NULL,
    due_on                    date NOT NULL,
    amount                    numeric(10,2) NOT NULL,
    status                    text NOT NULL CHECK (status IN ('paid', 'partially paid', 'unpaid'))
);

CREATE TABLE payments_tbl (
    id            integer PRIMARY KEY,
    invoice_id    integer NOT NULL REFERENCES invoices_tbl (id),
    paid_on       date NOT NULL,
    amount        numeric(10,2) NOT NULL,
    method        text NOT NULL CHECK (method IN ('card', 'cash', 'bank transfer'))
);

CREATE TABLE incidents_tbl (
    id              integer PRIMARY KEY,
    dog_id          integer NOT NULL REFERENCES dogs_tbl (id),
    reported_by     integer NOT NULL REFERENCES staff_tbl (id),
    stay_id         integer REFERENCES stays_tbl (id),
    setting         text NOT NULL CHECK (setting IN ('boarding', 'daycare', 'grooming')),
    occurred_at     timestamp NOT NULL,
    incident_type   text NOT NULL CHECK (incident_type IN ('scuffle', 'bite', 'injury', 'illness', 'escape attempt')),
    severity        text NOT NULL CHECK (severity IN ('minor', 'moderate', 'serious')),
    vet_called      boolean NOT NULL,
    owner_notified  boolean NOT NULL,
    description     text NOT NULL
);

-- ---------------------------------------------------------------- owners (180)
INSERT INTO owners_tbl
SELECT i,
       (ARRAY['Emma','Liam','Olivia','Noah','Ava','Ethan','Sophia','Mason','Isabella','Lucas',
              'Mia','Oliver','Charlotte','James','Amelia','Benjamin','Harper','Elijah','Evelyn','Henry',
              'Abigail','Jack','Emily','Samuel','Ella','Daniel','Grace','Owen','Chloe','Leo',
              'Lily','Nathan','Zoe','Ryan','Hannah','Adam','Nora','Caleb','Ruby','Isaac'])[i % 40 + 1],
       (ARRAY['Smith','Johnson','Brown','Taylor','Wilson','Davies','Evans','Thomas','Roberts','Walker',
              'Wright','Robinson','Thompson','White','Hughes','Edwards','Green','Hall','Wood','Harris',
              'Lewis','Martin','Jackson','Clarke','Fischer','Turner','Hill','Scott','Cooper','Morris',
              'Ward','Moore','King','Watson','Baker','Harrison','Morgan'])[i % 37 + 1],
       'owner' || i || '@example.com', '', '', date '2019-01-07' + (i * 13 + (i * i) % 17), (i % 3 <> 0)
FROM generate_series(1, 180) AS i;

UPDATE owners_tbl SET
    email = lower(first_name) || '.' || lower(last_name) || id || '@example.com',
    phone = '555-' || lpad(((id * 7919) % 10000)::text, 4, '0') || '-' || lpad(((id * 31) % 100)::text, 2, '0'),
    city  = (ARRAY['Springfield','Springfield','Springfield','Riverton','Riverton','Lakeside',
                   'Oakdale','Oakdale','Hillcrest','Maple Grove','Springfield','Lakeside',
                   'Riverton'])[(id * 5 + id / 11) % 13 + 1];

-- ---------------------------------------------------------------- breeds (29)
INSERT INTO breeds_tbl (id, name, breed_group, size_class) VALUES
 (1, 'Labrador Retriever', 'sporting', 'large'),
 (2, 'Golden Retriever', 'sporting', 'large'),
 (3, 'German Shepherd', 'herding', 'large'),
 (4, 'French Bulldog', 'non-sporting', 'small'),
 (5, 'Bulldog', 'non-sporting', 'medium'),
 (6, 'Standard Poodle', 'non-sporting', 'large'),
 (7, 'Miniature Poodle', 'non-sporting', 'small'),
 (8, 'Beagle', 'hound', 'medium'),
 (9, 'Rottweiler', 'working', 'large'),
 (10, 'Dachshund', 'hound', 'small'),
 (11, 'Yorkshire Terrier', 'toy', 'small'),
 (12, 'Boxer', 'working', 'large'),
 (13, 'Cavalier King Charles Spaniel', 'toy', 'small'),
 (14, 'Siberian Husky', 'working', 'medium'),
 (15, 'Border Collie', 'herding', 'medium'),
 (16, 'Australian Shepherd', 'herding', 'medium'),
 (17, 'Shih Tzu', 'toy', 'small'),
 (18, 'Cocker Spaniel', 'sporting', 'medium'),
 (19, 'Great Dane', 'working', 'giant'),
 (20, 'Bernese Mountain Dog', 'working', 'giant'),
 (21, 'Newfoundland', 'working', 'giant'),
 (22, 'Chihuahua', 'toy', 'small'),
 (23, 'Pug', 'toy', 'small'),
 (24, 'Boston Terrier', 'non-sporting', 'small'),
 (25, 'Jack Russell Terrier', 'terrier', 'small'),
 (26, 'Staffordshire Bull Terrier', 'terrier', 'medium'),
 (27, 'Vizsla', 'sporting', 'large'),
 (28, 'Labradoodle', 'mixed', 'large'),
 (29, 'Mixed breed', 'mixed', 'medium');

-- ---------------------------------------------------------------- dogs (260)
-- The first 180 dogs give every owner one dog; dogs 181-260 are second and third dogs of
-- owners 1-60. Popular breeds come up more often.
INSERT INTO dogs_tbl
SELECT i,
       CASE WHEN i <= 180 THEN (i * 37) % 180 + 1 ELSE (i * 53) % 60 + 1 END,
       b.breed_id,
       (ARRAY['Bella','Max','Luna','Charlie','Daisy','Cooper','Lucy','Buddy','Bailey','Rocky',
              'Molly','Tucker','Sadie','Bear','Maggie','Duke','Rosie','Milo','Zoe','Jack',
              'Stella','Toby','Lola','Oscar','Penny','Winston','Coco','Murphy','Ruby','Bentley',
              'Nala','Teddy','Roxy','Louie','Willow','Bruno','Hazel','Finn','Pepper','Gus',
              'Ellie','Ziggy','Piper','Leo','Maple','Rex','Olive','Moose','Biscuit','Juno'])[(i * 7) % 50 + 1],
       CASE WHEN (i * 3) % 7 < 4 THEN 'M' ELSE 'F' END,
       date '2011-02-01' + (i * 409) % 3950,
       0, 'medium', (i % 5 <> 0),
       lpad((985000000000000 + i * 1234567)::text, 15, '0'),
       date '2019-01-07'
FROM generate_series(1, 260) AS i
CROSS JOIN LATERAL (SELECT (ARRAY[1,1,1,2,2,3,3,4,4,5,6,7,8,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,
                                  23,24,25,26,27,28,28,29,29,29,1,2,10,25,15])[(i * 17) % 43 + 1] AS breed_id) b;

UPDATE dogs_tbl d SET
    size = b.size_class,
    weight_kg = CASE b.size_class
                  WHEN 'small'  THEN 3.0 + (d.id * 13) % 90 / 10.0
                  WHEN 'medium' THEN 11.0 + (d.id * 11) % 140 / 10.0
                  WHEN 'large'  THEN 25.0 + (d.id * 7) % 180 / 10.0
                  ELSE 45.0 + (d.id * 3) % 250 / 10.0 END
FROM breeds_tbl b WHERE b.id = d.breed_id;

UPDATE dogs_tbl d SET registered_on = greatest(o.joined_on + (d.id % 4) * 20, d.birth_date + 70)
FROM owners_tbl o WHERE o.id = d.owner_id;

-- ---------------------------------------------------------------- vaccinations
-- Rabies and DHPP every three years, bordetella (kennel cough) every year, leptospirosis
-- yearly for some dogs. A few dogs let their bordetella lapse.
INSERT INTO vaccinations_tbl (id, dog_id, vaccine, given_on, expires_on, vet_clinic)
SELECT row_number() OVER (ORDER BY v.given_on, v.dog_id, v.vaccine), v.dog_id, v.vaccine, v.given_on,
       v.given_on + v.valid_days, v.vet_clinic
FROM (
    SELECT d.id AS dog_id, x.vaccine,
           d.registered_on - 20 + (d.id % 9) + r.n * x.every_days AS given_on,
           x.valid_days,
           (ARRAY['Riverside Animal Hospital','Oakdale Vet Clinic','Paws & Claws Veterinary',
                  'Lakeside Pet Care','Hillcrest Veterinary Centre'])[(d.id * 3) % 5 + 1] AS vet_clinic
    FROM dogs_tbl d
    CROSS JOIN (VALUES ('rabies', 1095, 1095), ('DHPP', 1095, 1095),
                       ('bordetella', 365, 365), ('leptospirosis', 365, 365)) AS x(vaccine, every_days, valid_days)
    CROSS JOIN generate_series(0, 6) AS r(n)
    WHERE d.registered_on - 20 + (d.id % 9) + r.n * x.every_days <= date '2025-12-20'
      AND (x.vaccine <> 'leptospirosis' OR d.id % 3 = 0)
      AND NOT (x.vaccine = 'bordetella' AND d.id % 11 = 4
               AND d.registered_on - 20 + (d.id % 9) + r.n * x.every_days > date '2024-06-30')
) v;

-- ---------------------------------------------------------------- kennels (40)
-- Wing A small runs, B medium, C large, D suites. D06 has been out of service throughout
-- 2022-2025 (flood damage) and was never used.
INSERT INTO kennels_tbl
SELECT i,
       w.wing || lpad(w.n::text, 2, '0'),
       CASE w.wing WHEN 'A' THEN 'A wing' WHEN 'B' THEN 'B wing' WHEN 'C' THEN 'C wing' ELSE 'Suites' END,
       CASE w.wing WHEN 'A' THEN 'small' WHEN 'B' THEN 'medium' WHEN 'C' THEN 'large' ELSE 'suite' END,
       CASE w.wing WHEN 'A' THEN 38.00 WHEN 'B' THEN 44.00 WHEN 'C' THEN 52.00 ELSE 72.00 END
         + CASE WHEN w.n % 4 = 0 AND w.wing <> 'D' THEN 3.00 ELSE 0 END,
       (w.wing IN ('A', 'D') OR w.n % 2 = 0),
       (w.wing IN ('C', 'D') OR w.n % 3 = 0),
       NOT (w.wing = 'D' AND w.n = 6)
FROM (SELECT row_number() OVER (ORDER BY wing, n) AS i, wing, n
      FROM (SELECT 'A' AS wing, generate_series(1, 10) AS n
            UNION ALL SELECT 'B', generate_series(1, 12)
            UNION ALL SELECT 'C', generate_series(1, 12)
            UNION ALL SELECT 'D', generate_series(1, 6)) s) w;

-- ---------------------------------------------------------------- staff (24)
INSERT INTO staff_tbl (id, first_name, last_name, role, hired_on, left_on, hourly_rate) VALUES
 (1,  'Margaret', 'Doyle',     'manager',          '2018-03-01', NULL,         31.50),
 (2,  'Peter',    'Lindqvist', 'manager',          '2021-09-13', NULL,         29.00),
 (3,  'Kayla',    'Brooks',    'kennel attendant', '2019-05-20', NULL,         18.75),
 (4,  'Diego',    'Ramirez',   'kennel attendant', '2020-02-03', NULL,         18.25),
 (5,  'Hailey',   'Nguyen',    'kennel attendant', '2021-06-14', '2023-08-31', 17.00),
 (6,  'Marcus',   'Bell',      'kennel attendant', '2021-11-01', NULL,         17.75),
 (7,  'Tasha',    'Okafor',    'kennel attendant', '2022-04-19', NULL,         17.50),
 (8,  'Ben',      'Kowalski',  'kennel attendant', '2022-06-06', '2024-01-12', 16.75),
 (9,  'Priya',    'Shah',      'kennel attendant', '2023-03-27', NULL,         17.25),
 (10, 'Connor',   'Walsh',     'kennel attendant', '2023-09-04', NULL,         17.00),
 (11, 'Jade',     'Fontaine',  'kennel attendant', '2024-02-12', NULL,         17.25),
 (12, 'Tyler',    'Grant',     'kennel attendant', '2024-05-20', NULL,         17.00),
 (13, 'Sofia',    'Marino',    'groomer',          '2019-08-12', NULL,         24.00),
 (14, 'Rachel',   'Kim',       'groomer',          '2020-10-05', '2023-06-30', 22.50),
 (15, 'Andre',    'Dubois',    'groomer',          '2021-04-26', NULL,         23.00),
 (16, 'Megan',    'Price',     'groomer',          '2023-07-10', NULL,         22.00),
 (17, 'Lena',     'Hoffmann',  'receptionist',     '2019-01-14', NULL,         19.50),
 (18, 'Omar',     'Haddad',    'receptionist',     '2021-08-02', '2024-10-31', 18.50),
 (19, 'Brianna',  'Cole',      'receptionist',     '2022-11-21', NULL,         18.50),
 (20, 'Nick',     'Foster',    'receptionist',     '2024-11-04', NULL,         18.00),
 (21, 'Gwen',     'Adler',     'trainer',          '2020-06-15', NULL,         26.00),
 (22, 'Sam',      'Oduya',     'trainer',          '2023-01-09', NULL,         25.00),
 (23, 'Laura',    'Petrov',    'vet tech',         '2019-11-18', NULL,         27.50),
 (24, 'Eli',      'Mendez',    'vet tech',         '2024-03-04', NULL,         26.50);

-- ---------------------------------------------------------------- stays
-- Arrivals are laid out day by day (more in July, August and December); each arrival takes
-- the next dog in a fixed rotation that is registered and not already boarding, and the
-- first free run of the dog's size in a rotating order (suites when the wing is full, and
-- for every tenth booking by choice). Dogs with an id divisible by 13 never board.
DO $$
DECLARE
    d           date;
    arrivals    integer;
    a           integer;
    c           integer := 0;
    tries       integer;
    sid         integer := 0;
    dog         record;
    nights      integer;
    want        text;
    kid         integer;
    rate        numeric;
    st          text;
BEGIN
    FOR d IN SELECT gs::date FROM generate_series(date '2022-01-02', date '2025-12-20', interval '1 day') gs LOOP
        arrivals := CASE ((extract(doy FROM d)::int * 7 + extract(year FROM d)::int * 3) % 5)
                        WHEN 0 THEN 0 WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 3 THEN 1 ELSE 2 END
                    + CASE WHEN extract(month FROM d) IN (7, 8, 12)
                                AND (extract(doy FROM d)::int % 3) <> 0 THEN 1 ELSE 0 END
                    + CASE WHEN extract(year FROM d) >= 2024 AND extract(doy FROM d)::int % 4 = 1 THEN 1 ELSE 0 END;
        FOR a IN 1 .. arrivals LOOP
            tries := 0;
            LOOP
                c := c + 1;
                tries := tries + 1;
                EXIT WHEN tries > 40;
                SELECT dg.* INTO dog FROM dogs_tbl dg WHERE dg.id = (c * 97) % 260 + 1;
                CONTINUE WHEN dog.id % 13 = 0;
                CONTINUE WHEN dog.registered_on > d;
                nights := CASE WHEN c % 11 = 0 THEN 10 + (c / 11) % 11 ELSE 1 + (c * 7) % 9 END;
                CONTINUE WHEN EXISTS (SELECT 1 FROM stays_tbl s WHERE s.dog_id = dog.id AND s.status <> 'cancelled'
                                      AND s.check_in < d + nights AND s.check_out > d);
                want := CASE WHEN dog.size = 'giant' OR c % 10 = 0 THEN 'suite' ELSE dog.size END;
                SELECT k.id INTO kid FROM kennels_tbl k
                 WHERE k.in_service AND k.size_class IN (want, 'suite')
                   AND NOT EXISTS (SELECT 1 FROM stays_tbl s WHERE s.kennel_id = k.id AND s.status <> 'cancelled'
                                   AND s.check_in < d + nights AND s.check_out > d)
                 ORDER BY (k.size_class <> want), (k.id * 7 + c) % 41
                 LIMIT 1;
                CONTINUE WHEN kid IS NULL;
                SELECT k.nightly_rate - CASE WHEN d < date '2024-01-01' THEN 4.00 ELSE 0 END INTO rate
                  FROM kennels_tbl k WHERE k.id = kid;
                st := CASE WHEN c % 19 = 0 THEN 'cancelled' WHEN c % 43 = 0 THEN 'no-show' ELSE 'completed' END;
                sid := sid + 1;
                INSERT INTO stays_tbl VALUES (sid, dog.id, kid, d - (3 + (c * 5) % 60), d, d + nights, rate,
                                              (c % 8 = 3), st);
                EXIT;
            END LOOP;
        END LOOP;
    END LOOP;
END $$;

-- ---------------------------------------------------------------- daycare visits
-- Occasional visitors (dogs 1, 5, 9, ...) on a spread of weekdays; weekly regulars from 2024.
INSERT INTO daycare_visits_tbl (id, dog_id, visit_date, half_day, drop_off_at, pick_up_at, fee)
SELECT row_number() OVER (ORDER BY v.visit_date, v.dog_id),
       v.dog_id, v.visit_date, v.half_day,
       v.visit_date + time '07:30' + ((v.dog_id * 7 + v.doy) % 10) * interval '10 minutes',
       v.visit_date + time '07:30' + ((v.dog_id * 7 + v.doy) % 10) * interval '10 minutes'
           + CASE WHEN v.half_day THEN interval '4 hours' ELSE interval '9 hours' END
           + ((v.dog_id + v.doy) % 7) * interval '5 minutes',
       CASE WHEN v.visit_date < date '2024-01-01'
            THEN CASE WHEN v.half_day THEN 20.00 ELSE 32.00 END
            ELSE CASE WHEN v.half_day THEN 22.00 ELSE 36.00 END END
FROM (
    SELECT dg.id AS dog_id, gs::date AS visit_date, extract(doy FROM gs)::int AS doy,
           ((dg.id + extract(doy FROM gs)::int) % 4 = 0) AS half_day
    FROM dogs_tbl dg
    CROSS JOIN generate_series(date '2022-01-03', date '2025-12-19', interval '1 day') gs
    WHERE extract(isodow FROM gs) <= 5
      AND gs::date >= dg.registered_on
      AND (   (dg.id % 4 = 1 AND (extract(doy FROM gs)::int + dg.id * 7) % 29 = 0)
           OR (dg.id % 20 = 2 AND gs >= date '2024-01-01' AND extract(isodow FROM gs) = (dg.id / 20) % 5 + 1))
) v
WHERE NOT EXISTS (SELECT 1 FROM stays_tbl s WHERE s.dog_id = v.dog_id AND s.status = 'completed'
                  AND v.visit_date >= s.check_in AND v.visit_date < s.check_out);

-- ---------------------------------------------------------------- grooming appointments (900)
INSERT INTO grooming_appointments_tbl
SELECT n, g.dog_id, g.groomer_id, g.day + time '09:00' + (n % 8) * interval '1 hour',
       g.service,
       CASE g.service WHEN 'bath and brush' THEN 60 WHEN 'full groom' THEN 120 WHEN 'nail trim' THEN 15
                      WHEN 'de-shedding' THEN 90 ELSE 45 END
         + CASE WHEN g.size IN ('large', 'giant') AND g.service IN ('full groom', 'de-shedding') THEN 30 ELSE 0 END,
       CASE g.service WHEN 'bath and brush' THEN 45.00 WHEN 'full groom' THEN 75.00 WHEN 'nail trim' THEN 15.00
                      WHEN 'de-shedding' THEN 60.00 ELSE 35.00 END
         + CASE WHEN g.service IN ('nail trim', 'puppy tidy') THEN 0
                ELSE CASE g.size WHEN 'small' THEN 0 WHEN 'medium' THEN 10 WHEN 'large' THEN 20 ELSE 35 END END
         + CASE WHEN g.day >= date '2024-07-01' AND g.service <> 'nail trim' THEN 5.00 ELSE 0 END,
       CASE WHEN n % 23 = 0 THEN 'cancelled' WHEN n % 37 = 0 THEN 'no-show' ELSE 'completed' END
FROM (
    SELECT n, dg.id AS dog_id, dg.size,
           date '2022-01-04' + (n * 1445) / 900 AS day,
           CASE WHEN date '2022-01-04' + (n * 1445) / 900 <= date '2023-06-30'
                THEN (ARRAY[13, 14, 15, 13, 15])[n % 5 + 1]
                WHEN date '2022-01-04' + (n * 1445) / 900 < date '2023-07-10'
                THEN (ARRAY[13, 15])[n % 2 + 1]
                ELSE (ARRAY[13, 15, 16, 16, 13, 15, 16])[n % 7 + 1] END AS groomer_id,
           CASE WHEN dg.birth_date > date '2022-01-04' + (n * 1445) / 900 - 730 AND n % 2 = 0 THEN 'puppy tidy'
                ELSE (ARRAY['bath and brush','full groom','nail trim','bath and brush','de-shedding',
                            'full groom','nail trim','bath and brush','full groom'])[(n * 5) % 9 + 1] END AS service
    FROM generate_series(1, 900) AS n
    JOIN dogs_tbl dg ON dg.id = (n * 61) % 260 + 1
) g;

-- Appointments of dogs not yet registered move to the dog's registration week.
UPDATE grooming_appointments_tbl ga
   SET scheduled_at = d.registered_on + 7 + (ga.scheduled_at - date_trunc('day', ga.scheduled_at))
  FROM dogs_tbl d
 WHERE d.id = ga.dog_id AND ga.scheduled_at < d.registered_on;

-- ---------------------------------------------------------------- invoices
-- One invoice per boarding stay that was not cancelled (a no-show pays one night), one per
-- completed grooming appointment, and one daycare invoice per owner and month.
CREATE TEMP TABLE inv_src AS
SELECT d.owner_id, 'boarding'::text AS service_type, s.id AS stay_id, NULL::integer AS grooming_id,
       CASE WHEN s.status = 'no-show' THEN s.check_in ELSE s.check_out END AS issued_on,
       CASE WHEN s.status = 'no-show' THEN s.nightly_rate
            ELSE (s.check_out - s.check_in) * (s.nightly_rate + CASE WHEN s.needs_medication THEN 5.00 ELSE 0 END) END AS amount
FROM stays_tbl s JOIN dogs_tbl d ON d.id = s.dog_id
WHERE s.status <> 'cancelled'
UNION ALL
SELECT d.owner_id, 'grooming', NULL, g.id, g.scheduled_at::date, g.price
FROM grooming_appointments_tbl g JOIN dogs_tbl d ON d.id = g.dog_id
WHERE g.status = 'completed'
UNION ALL
SELECT d.owner_id, 'daycare', NULL, NULL,
       (date_trunc('month', v.visit_date) + interval '1 month - 1 day')::date, sum(v.fee)
FROM daycare_visits_tbl v JOIN dogs_tbl d ON d.id = v.dog_id
GROUP BY d.owner_id, date_trunc('month', v.visit_date);

INSERT INTO invoices_tbl
SELECT row_number() OVER w,
       'INV-' || extract(year FROM issued_on) || '-'
           || lpad((row_number() OVER (PARTITION BY extract(year FROM issued_on)
                                       ORDER BY issued_on, service_type, owner_id, stay_id, grooming_id))::text, 5, '0'),
       owner_id, service_type, stay_id, grooming_id, issued_on,
       issued_on + CASE WHEN service_type = 'daycare' THEN 30 ELSE 14 END,
       amount, 'unpaid'
FROM inv_src
WINDOW w AS (ORDER BY issued_on, service_type, owner_id, stay_id, grooming_id);

DROP TABLE inv_src;

-- ---------------------------------------------------------------- payments
-- Most invoices are paid in one go within three weeks; every tenth is paid in two
-- instalments, one in twenty-five is only half paid and one in forty-seven is never paid.
-- Nothing is paid after 31 December 2025.
INSERT INTO payments_tbl (id, invoice_id, paid_on, amount, method)
SELECT row_number() OVER (ORDER BY p.paid_on, p.invoice_id, p.k), p.invoice_id, p.paid_on, p.amount, p.method
FROM (
    SELECT i.id AS invoice_id, 1 AS k, i.issued_on + (i.id * 7) % 19 AS paid_on,
           CASE WHEN i.id % 10 = 3 OR i.id % 25 = 7 THEN round(i.amount / 2, 2) ELSE i.amount END AS amount,
           CASE WHEN i.id % 10 < 6 THEN 'card' WHEN i.id % 10 < 8 THEN 'bank transfer' ELSE 'cash' END AS method
    FROM invoices_tbl i
    WHERE i.id % 47 <> 5
    UNION ALL
    SELECT i.id, 2, i.issued_on + (i.id * 7) % 19 + 21,
           i.amount - round(i.amount / 2, 2),
           CASE WHEN i.id % 3 = 0 THEN 'cash' ELSE 'card' END
    FROM invoices_tbl i
    WHERE i.id % 47 <> 5 AND i.id % 10 = 3 AND i.id % 25 <> 7
) p
WHERE p.paid_on <= date '2025-12-31';

UPDATE invoices_tbl i SET status = CASE WHEN p.total >= i.amount THEN 'paid' ELSE 'partially paid' END
FROM (SELECT invoice_id, sum(amount) AS total FROM payments_tbl GROUP BY invoice_id) p
WHERE p.invoice_id = i.id;

-- ---------------------------------------------------------------- incidents
-- Every 13th completed stay, every 41st daycare visit and every 60th completed grooming
-- appointment has an incident report.
INSERT INTO incidents_tbl
SELECT row_number() OVER (ORDER BY x.occurred_at, x.dog_id), x.dog_id,
       x.reported_by, x.stay_id, x.setting, x.occurred_at,
       x.incident_type,
       CASE WHEN x.incident_type IN ('bite', 'injury') AND (x.k / 4) % 3 = 0 THEN 'serious'
            WHEN (x.k / 2) % 4 = 1 THEN 'moderate' ELSE 'minor' END,
       (x.incident_type IN ('bite', 'injury', 'illness') AND x.k % 2 = 0),
       (x.k % 9 <> 4),
       CASE x.incident_type
            WHEN 'scuffle' THEN 'Scuffle with another dog during group play, separated by staff'
            WHEN 'bite' THEN 'Nipped a handler while being leashed'
            WHEN 'injury' THEN 'Torn dew claw noticed after outdoor play'
            WHEN 'illness' THEN 'Vomiting and loose stool, off food'
            ELSE 'Tried to dig under the run fence' END
FROM (
    SELECT s.dog_id, s.id AS stay_id, 'boarding' AS setting, s.id AS k,
           s.check_in + ((s.id % 3) * interval '1 day') + time '14:00' + (s.id % 5) * interval '1 hour' AS occurred_at,
           (ARRAY['scuffle','illness','injury','escape attempt','bite','illness','scuffle'])[s.id % 7 + 1] AS incident_type,
           CASE WHEN s.check_in < date '2023-09-01' THEN (ARRAY[3, 4, 5, 6, 7])[s.id % 5 + 1]
                WHEN s.check_in < date '2024-02-12' THEN (ARRAY[3, 4, 6, 7, 9, 10])[s.id % 6 + 1]
                ELSE (ARRAY[3, 4, 6, 7, 9, 10, 11, 12])[s.id % 8 + 1] END AS reported_by
    FROM stays_tbl s
    WHERE s.status = 'completed' AND s.id % 13 = 5 AND s.check_out - s.check_in > 2
    UNION ALL
    SELECT v.dog_id, NULL, 'daycare', v.id,
           v.drop_off_at + interval '3 hours',
           (ARRAY['scuffle','scuffle','injury','bite','scuffle','illness'])[v.id % 6 + 1],
           CASE WHEN v.visit_date < date '2023-09-01' THEN (ARRAY[3, 4, 5, 21])[v.id % 4 + 1]
                ELSE (ARRAY[3, 21, 4, 22, 9, 3])[v.id % 6 + 1] END
    FROM daycare_visits_tbl v
    WHERE v.id % 41 = 17
    UNION ALL
    SELECT g.dog_id, NULL, 'grooming', g.id,
           g.scheduled_at + interval '20 minutes',
           (ARRAY['bite','injury','bite'])[g.id % 3 + 1],
           g.groomer_id
    FROM grooming_appointments_tbl g
    WHERE g.status = 'completed' AND g.id % 60 = 11
) x;

ANALYZE;
