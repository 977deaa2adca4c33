-- Operations of an animal shelter (the Riverbend Animal Shelter, a county shelter near Portland,
-- Oregon): the animals it takes in, each stay from intake to outcome, adoptions and adopters,
-- foster homes and foster placements, volunteers and their shifts, veterinary treatments and
-- donations, 2022-2025. Sample database of the golden set benches/intent/shelter.yaml.
-- Normalized naming: species, intake reasons, outcome types and treatment types are reference
-- tables (code, description) the main tables reference by foreign key.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today).

CREATE TABLE species (
    code         varchar(10) PRIMARY KEY,
    description  text NOT NULL
);

CREATE TABLE intake_reason (
    code         varchar(10) PRIMARY KEY,
    description  text NOT NULL
);

CREATE TABLE outcome_type (
    code         varchar(10) PRIMARY KEY,
    description  text NOT NULL
);

CREATE TABLE treatment_type (
    code         varchar(10) PRIMARY KEY,
    description  text NOT NULL
);

CREATE TABLE animal (
    animal_id         integer PRIMARY KEY,
    name              text NOT NULL,
    species_code      varchar(10) NOT NULL REFERENCES species (code),
    breed             text NOT NULL,
    sex               char(1) NOT NULL CHECK (sex IN ('F', 'M')),
    color             text NOT NULL,
    birth_date        date NOT NULL,            -- estimated for animals of unknown age
    weight_kg         numeric(6,2) NOT NULL,    -- at intake
    is_altered        boolean NOT NULL DEFAULT false,  -- spayed or neutered
    microchip_number  varchar(15) UNIQUE
);

-- One row per stay: an animal taken in, and how and when the stay ended (no outcome yet: in care).
CREATE TABLE intake (
    intake_id           integer PRIMARY KEY,
    animal_id           integer NOT NULL REFERENCES animal (animal_id),
    intake_date         date NOT NULL,
    intake_reason_code  varchar(10) NOT NULL REFERENCES intake_reason (code),
    outcome_date        date,
    outcome_type_code   varchar(10) REFERENCES outcome_type (code),
    CHECK ((outcome_date IS NULL) = (outcome_type_code IS NULL)),
    CHECK (outcome_date >= intake_date)
);

CREATE TABLE adopter (
    adopter_id   integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        varchar(120) NOT NULL,
    phone        varchar(20),
    city         text NOT NULL,
    has_yard     boolean NOT NULL,
    approved_on  date NOT NULL
);

CREATE TABLE adoption (
    adoption_id    integer PRIMARY KEY,
    animal_id      integer NOT NULL REFERENCES animal (animal_id),
    adopter_id     integer NOT NULL REFERENCES adopter (adopter_id),
    adoption_date  date NOT NULL,
    fee            numeric(7,2) NOT NULL,
    returned_on    date,
    CHECK (returned_on >= adoption_date)
);

CREATE TABLE foster_home (
    foster_home_id  integer PRIMARY KEY,
    contact_name    text NOT NULL,
    city            text NOT NULL,
    phone           varchar(20),
    max_animals     integer NOT NULL,
    has_children    boolean NOT NULL,
    has_other_pets  boolean NOT NULL,
    approved_on     date NOT NULL,
    is_active       boolean NOT NULL
);

CREATE TABLE foster_placement (
    placement_id    integer PRIMARY KEY,
    animal_id       integer NOT NULL REFERENCES animal (animal_id),
    foster_home_id  integer NOT NULL REFERENCES foster_home (foster_home_id),
    start_date      date NOT NULL,
    end_date        date,                       -- open: the animal is in foster now
    CHECK (end_date >= start_date)
);

CREATE TABLE volunteer (
    volunteer_id    integer PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           varchar(120) NOT NULL,
    phone           varchar(20),
    joined_on       date NOT NULL,
    is_dog_handler  boolean NOT NULL,           -- trained to walk and handle dogs
    is_active       boolean NOT NULL
);

CREATE TABLE volunteer_shift (
    shift_id      integer PRIMARY KEY,
    volunteer_id  integer NOT NULL REFERENCES volunteer (volunteer_id),
    shift_start   timestamp NOT NULL,
    hours         numeric(4,2) NOT NULL
);

CREATE TABLE vet_treatment (
    treatment_id         integer PRIMARY KEY,
    animal_id            integer NOT NULL REFERENCES animal (animal_id),
    treatment_type_code  varchar(10) NOT NULL REFERENCES treatment_type (code),
    treated_on           date NOT NULL,
    vet_name             text NOT NULL,
    cost                 numeric(8,2) NOT NULL
);

CREATE TABLE donation (
    donation_id   integer PRIMARY KEY,
    donor_name    text NOT NULL,
    adopter_id    integer REFERENCES adopter (adopter_id),   -- set when the donor adopted from us
    donated_on    date NOT NULL,
    amount        numeric(10,2) NOT NULL,
    is_recurring  boolean NOT NULL               -- part of a monthly giving plan
);

-- Reference data -------------------------------------------------------------------------------

INSERT INTO species (code, description) VALUES
    ('DOG', 'Dog'),
    ('CAT', 'Cat'),
    ('RAB', 'Rabbit'),
    ('GPG', 'Guinea pig'),
    ('BRD', 'Bird');

INSERT INTO intake_reason (code, description) VALUES
    ('STRAY', 'Stray'),
    ('SURR',  'Owner surrender'),
    ('XFER',  'Transfer in from a partner shelter'),
    ('SEIZ',  'Seized in a cruelty or neglect case'),
    ('BORN',  'Born in care'),
    ('RET',   'Returned adoption');

INSERT INTO outcome_type (code, description) VALUES
    ('ADOPT', 'Adoption'),
    ('RTO',   'Returned to owner'),
    ('XFER',  'Transfer out to a partner shelter'),
    ('EUTH',  'Euthanasia'),
    ('DIED',  'Died in care');

INSERT INTO treatment_type (code, description) VALUES
    ('EXAM',   'Intake exam'),
    ('VACC',   'Vaccination'),
    ('DEWORM', 'Deworming'),
    ('SPAY',   'Spay/neuter surgery'),
    ('MCHIP',  'Microchip implant'),
    ('DENT',   'Dental cleaning'),
    ('SURG',   'Other surgery');

-- Animals and their first stay ---------------------------------------------------------------

CREATE TEMP TABLE g AS
WITH b AS (
    SELECT i,
           CASE WHEN (i * 7 + i / 100) % 100 < 45 THEN 'DOG'
                WHEN (i * 7 + i / 100) % 100 < 85 THEN 'CAT'
                WHEN (i * 7 + i / 100) % 100 < 92 THEN 'RAB'
                WHEN (i * 7 + i / 100) % 100 < 96 THEN 'GPG'
                ELSE 'BRD' END AS sp,
           -- more intakes from May to October (kitten season), fewer in winter
           date '2022-01-06' + (i * 23) / 10
               + (abs(((i * 23) / 10 + 245) % 365 - 182) - 91) / 6 + (i * 37) % 6 AS d1,
           CASE WHEN (i * 11 + i / 50) % 100 < 42 THEN 'STRAY'
                WHEN (i * 11 + i / 50) % 100 < 72 THEN 'SURR'
                WHEN (i * 11 + i / 50) % 100 < 86 THEN 'XFER'
                WHEN (i * 11 + i / 50) % 100 < 93 THEN 'SEIZ'
                ELSE 'BORN' END AS reason
    FROM generate_series(1, 620) AS s(i)
), b2 AS (
    -- cruelty and neglect seizures come in groups: one intake day per 90-day block
    SELECT i, sp, reason,
           CASE WHEN reason = 'SEIZ' THEN date '2022-01-06' + ((d1 - date '2022-01-06') / 90) * 90 + 9
                ELSE d1 END AS d1
    FROM b
), c AS (
    SELECT b2.*,
           CASE WHEN reason = 'BORN' THEN 0
                WHEN sp IN ('DOG', 'CAT') AND (i * 13) % 10 < 3 THEN 40 + (i * 7) % 260
                WHEN sp IN ('DOG', 'CAT') THEN 365 + (i * 211) % 4000
                WHEN sp = 'RAB' THEN 120 + (i * 17) % 2000
                WHEN sp = 'GPG' THEN 90 + (i * 7) % 1200
                ELSE 200 + (i * 31) % 3000 END AS age_days,
           CASE WHEN reason = 'STRAY' AND (i * 13 + i / 40) % 100 < 30 THEN 'RTO'
                WHEN (i * 19 + i / 60) % 100 < 80 THEN 'ADOPT'
                WHEN (i * 19 + i / 60) % 100 < 91 THEN 'XFER'
                WHEN (i * 19 + i / 60) % 100 < 96 THEN 'EUTH'
                ELSE 'DIED' END AS out_planned
    FROM b2
), d AS (
    SELECT c.*,
           CASE out_planned
                WHEN 'RTO'  THEN 1 + (i * 3) % 9
                WHEN 'EUTH' THEN 3 + i % 20
                WHEN 'DIED' THEN 2 + i % 25
                ELSE CASE WHEN reason = 'BORN' THEN 60 ELSE 4 END
                     + (i * 29) % 70
                     + CASE WHEN sp = 'DOG' THEN 12 ELSE 0 END
                     + CASE WHEN age_days >= 8 * 365 THEN 25 ELSE 0 END
           END AS los
    FROM c
)
SELECT i, sp, d1, reason, age_days,
       CASE WHEN i % 89 = 0 OR i % 53 = 0 OR d1 + los > date '2025-12-31' THEN NULL ELSE out_planned END AS out1,
       CASE WHEN i % 89 = 0 OR i % 53 = 0 OR d1 + los > date '2025-12-31' THEN NULL ELSE d1 + los END AS o1,
       age_days >= 180 AND sp IN ('DOG', 'CAT', 'RAB') AND
           CASE reason WHEN 'SURR' THEN (i * 17) % 10 < 5
                       WHEN 'XFER' THEN (i * 17) % 10 < 6
                       ELSE (i * 17) % 10 < 1 END AS came_altered,
       sp IN ('DOG', 'CAT') AND
           CASE WHEN out_planned = 'RTO' THEN i % 4 <> 0
                WHEN reason = 'SURR' THEN (i * 3) % 10 < 4
                ELSE (i * 3) % 10 < 1 END AS came_chipped
FROM d;

INSERT INTO animal (animal_id, name, species_code, breed, sex, color, birth_date, weight_kg,
                    is_altered, microchip_number)
SELECT i,
       (ARRAY['Bella','Max','Luna','Charlie','Lucy','Cooper','Daisy','Milo','Sadie','Rocky',
              'Molly','Buddy','Bailey','Tucker','Maggie','Bear','Sophie','Duke','Chloe','Oliver',
              'Penny','Jack','Zoe','Leo','Rosie','Toby','Lola','Winston','Ruby','Gus',
              'Nala','Simba','Cleo','Jasper','Willow','Oscar','Pepper','Louie','Stella','Finn',
              'Hazel','Murphy','Olive','Bandit','Ginger','Ziggy','Mocha','Biscuit','Pumpkin','Shadow',
              'Smokey','Tiger','Misty','Boots','Mittens','Oreo','Peanut','Clover','Thumper','Kiwi',
              'Mango','Sunny','Pip','Nutmeg','Hopper','Coco','Marley','Apollo','Juniper','Remy',
              'Scout','Maple','Ivy','Rusty','Hank','Koda','Sasha','Banjo','Fern','Dexter'])
           [1 + (i * 7 + i / 80) % 80],
       sp,
       CASE sp
           WHEN 'DOG' THEN (ARRAY['Labrador Retriever mix','Pit Bull Terrier mix','German Shepherd',
                                  'Chihuahua mix','Beagle','Boxer mix','Australian Shepherd',
                                  'Dachshund mix','Siberian Husky','Border Collie mix',
                                  'Pit Bull Terrier mix','Labrador Retriever mix'])[1 + (i / 3) % 12]
           WHEN 'CAT' THEN (ARRAY['Domestic Shorthair','Domestic Shorthair','Domestic Shorthair',
                                  'Domestic Mediumhair','Domestic Longhair','Siamese mix',
                                  'Maine Coon mix','Domestic Shorthair'])[1 + (i / 3) % 8]
           WHEN 'RAB' THEN (ARRAY['Lionhead','Mini Rex','Dutch','Holland Lop'])[1 + (i / 3) % 4]
           WHEN 'GPG' THEN (ARRAY['American','Abyssinian','Peruvian'])[1 + (i / 3) % 3]
           ELSE (ARRAY['Budgerigar','Cockatiel','Lovebird','Canary'])[1 + (i / 3) % 4]
       END,
       CASE WHEN (i + i / 7) % 2 = 0 THEN 'F' ELSE 'M' END,
       CASE sp
           WHEN 'DOG' THEN (ARRAY['Black','Brown','Tan','White','Brindle','Tricolor','Black and tan',
                                  'Red','Cream','Gray'])[1 + (i * 3 + i / 11) % 10]
           WHEN 'CAT' THEN (ARRAY['Black','Gray tabby','Orange tabby','Brown tabby','Calico',
                                  'Tortoiseshell','White','Black and white','Gray','Cream'])[1 + (i * 3 + i / 11) % 10]
           ELSE (ARRAY['White','Brown','Black','Gray','Black and white','Yellow','Green'])[1 + (i * 3 + i / 11) % 7]
       END,
       d1 - age_days,
       CASE sp
           WHEN 'DOG' THEN CASE WHEN age_days < 365 THEN 2.5 + ((i * 37) % 120) / 10.0
                                ELSE 4 + ((i * 1237) % 3907) / 100.0 END
           WHEN 'CAT' THEN CASE WHEN age_days < 365 THEN 0.6 + ((i * 11) % 25) / 10.0
                                ELSE 2.8 + ((i * 11) % 50) / 10.0 END
           WHEN 'RAB' THEN 1.1 + ((i * 7) % 25) / 10.0
           WHEN 'GPG' THEN 0.7 + ((i * 3) % 6) / 10.0
           ELSE 0.03 + (i % 9) / 100.0
       END,
       came_altered,
       CASE WHEN came_chipped THEN '98512' || lpad(((i * 7919) % 10000000000)::text, 10, '0') END
FROM g;

-- Adoptions ending a first stay, and the animals brought back ------------------------------------

CREATE TEMP TABLE a1 AS
SELECT row_number() OVER (ORDER BY o1, i)::int AS k, i, o1 AS adoption_date
FROM g
WHERE out1 = 'ADOPT';

CREATE TEMP TABLE ret AS
SELECT row_number() OVER (ORDER BY returned_on, i)::int AS rk, k, i, returned_on
FROM (SELECT k, i, adoption_date + 3 + (k * 7) % 50 AS returned_on
      FROM a1
      WHERE (k * 23) % 100 < 7) AS x
WHERE returned_on <= date '2025-12-31';

CREATE TEMP TABLE ret2 AS
SELECT rk, k, i, returned_on,
       CASE WHEN returned_on + 6 + (k * 5) % 30 > date '2025-12-31' THEN NULL
            WHEN rk % 6 = 0 THEN 'XFER' ELSE 'ADOPT' END AS out2,
       CASE WHEN returned_on + 6 + (k * 5) % 30 > date '2025-12-31' THEN NULL
            ELSE returned_on + 6 + (k * 5) % 30 END AS o2
FROM ret;

INSERT INTO intake (intake_id, animal_id, intake_date, intake_reason_code, outcome_date, outcome_type_code)
SELECT row_number() OVER (ORDER BY intake_date, animal_id), animal_id, intake_date, reason, odate, otype
FROM (SELECT i AS animal_id, d1 AS intake_date, reason, o1 AS odate, out1 AS otype FROM g
      UNION ALL
      SELECT i, returned_on, 'RET', o2, out2 FROM ret2) AS s;

-- Adopters: 1-320 adopt after a first stay (about 90 of them adopt a second animal later),
-- 321 on adopt an animal that was brought back, the last ones were approved but never adopted.
CREATE TEMP TABLE all_adoption AS
SELECT a1.i AS animal_id, 1 + (a1.k * 7) % 320 AS adopter_id, a1.adoption_date,
       r.returned_on
FROM a1
LEFT JOIN ret AS r ON r.k = a1.k
UNION ALL
SELECT i, 320 + row_number() OVER (ORDER BY o2, i), o2, NULL
FROM ret2
WHERE out2 = 'ADOPT';

INSERT INTO adopter (adopter_id, first_name, last_name, email, phone, city, has_yard, approved_on)
SELECT a, fn, ln,
       lower(fn || '.' || ln || a) || '@example.com',
       '503-555-' || lpad(((a * 37) % 10000)::text, 4, '0'),
       CASE WHEN (a * 7 + a / 45) % 20 < 7 THEN 'Portland'
            WHEN (a * 7 + a / 45) % 20 < 10 THEN 'Beaverton'
            WHEN (a * 7 + a / 45) % 20 < 13 THEN 'Gresham'
            WHEN (a * 7 + a / 45) % 20 < 15 THEN 'Hillsboro'
            WHEN (a * 7 + a / 45) % 20 < 17 THEN 'Vancouver'
            WHEN (a * 7 + a / 45) % 20 < 18 THEN 'Lake Oswego'
            WHEN (a * 7 + a / 45) % 20 < 19 THEN 'Tigard'
            ELSE 'Milwaukie' END,
       (a * 3) % 5 < 3,
       coalesce((SELECT min(adoption_date) FROM all_adoption AS x WHERE x.adopter_id = a) - (2 + a % 12),
                date '2024-03-01' + (a * 37) % 600)
FROM (SELECT a,
             (ARRAY['Emma','Liam','Olivia','Noah','Ava','Ethan','Sophia','Mason','Isabella','Lucas',
                    'Mia','Logan','Amelia','James','Harper','Benjamin','Evelyn','Elijah','Abigail','Henry',
                    'Emily','Daniel','Ella','Samuel','Grace','Owen','Chloe','Wyatt','Nora','Caleb',
                    'Hannah','Ryan','Zoe','Nathan','Leah','Aaron','Maya','Isaac','Claire','Gabriel'])[1 + a % 40] AS fn,
             (ARRAY['Smith','Johnson','Nguyen','Garcia','Miller','Davis','Martinez','Anderson','Taylor','Thomas',
                    'Moore','Jackson','Lee','Harris','Clark','Lewis','Walker','Hall','Young','King',
                    'Wright','Lopez','Hill','Scott','Green','Adams','Baker','Nelson','Carter','Mitchell',
                    'Perez','Roberts','Turner','Phillips','Campbell','Parker','Evans','Edwards','Collins','Stewart'])
                 [1 + (a * 7 + a / 40) % 40] AS ln
      FROM generate_series(1, 360) AS s(a)) AS n;

-- Fees: by species and age; dog fees went up in 2024; half price in August ("Clear the Shelters");
-- seniors (8 years and up) at half price.
INSERT INTO adoption (adoption_id, animal_id, adopter_id, adoption_date, fee, returned_on)
SELECT row_number() OVER (ORDER BY x.adoption_date, x.animal_id), x.animal_id, x.adopter_id,
       x.adoption_date,
       round(CASE an.species_code
                 WHEN 'DOG' THEN CASE WHEN x.adoption_date - an.birth_date < 365 THEN 250
                                      WHEN x.adoption_date >= date '2024-01-01' THEN 200 ELSE 175 END
                 WHEN 'CAT' THEN CASE WHEN x.adoption_date - an.birth_date < 365 THEN 110 ELSE 85 END
                 WHEN 'RAB' THEN 45
                 WHEN 'GPG' THEN 25
                 ELSE 30 END
             * CASE WHEN extract(month FROM x.adoption_date) = 8 THEN 0.5 ELSE 1 END
             * CASE WHEN x.adoption_date - an.birth_date >= 8 * 365 THEN 0.5 ELSE 1 END, 2),
       x.returned_on
FROM all_adoption AS x
JOIN animal AS an ON an.animal_id = x.animal_id;

-- Foster homes and placements ------------------------------------------------------------------

INSERT INTO foster_home (foster_home_id, contact_name, city, phone, max_animals, has_children,
                         has_other_pets, approved_on, is_active) VALUES
    (1,  'Karen Whitfield',    'Portland',    '503-555-0141', 3, false, true,  '2019-04-12', true),
    (2,  'Miguel Alvarez',     'Gresham',     '503-555-0177', 2, true,  true,  '2019-09-03', true),
    (3,  'Denise Okoro',       'Beaverton',   '503-555-0109', 4, false, false, '2020-01-21', true),
    (4,  'Paul and Jen Kessler','Portland',   '503-555-0183', 2, true,  false, '2020-05-30', true),
    (5,  'Aiko Tanaka',        'Hillsboro',   '503-555-0126', 1, false, false, '2020-08-14', false),
    (6,  'Robert Lindqvist',   'Tigard',      '503-555-0152', 3, false, true,  '2020-11-02', true),
    (7,  'Shauna Price',       'Portland',    '503-555-0198', 2, true,  true,  '2021-02-17', true),
    (8,  'Fatima Haddad',      'Vancouver',   '503-555-0134', 3, true,  false, '2021-03-25', true),
    (9,  'Greg Sorensen',      'Milwaukie',   '503-555-0161', 1, false, true,  '2021-06-09', false),
    (10, 'Yvonne Castillo',    'Gresham',     '503-555-0115', 4, false, true,  '2021-07-28', true),
    (11, 'Tom Brennan',        'Portland',    '503-555-0172', 2, false, false, '2021-10-05', true),
    (12, 'Leila Farahani',     'Lake Oswego', '503-555-0147', 2, true,  true,  '2021-12-13', true),
    (13, 'Marcus Webb',        'Beaverton',   '503-555-0190', 3, false, true,  '2022-01-19', true),
    (14, 'Ingrid Halvorsen',   'Portland',    '503-555-0121', 5, false, true,  '2022-02-22', true),
    (15, 'Danielle Foster',    'Hillsboro',   '503-555-0168', 2, true,  false, '2022-04-08', true),
    (16, 'Chen Wei',           'Tigard',      '503-555-0103', 2, false, false, '2022-05-16', false),
    (17, 'Rosa Delgado',       'Portland',    '503-555-0156', 3, true,  true,  '2022-06-27', true),
    (18, 'Brian Oyelaran',     'Gresham',     '503-555-0139', 1, false, false, '2022-08-30', true),
    (19, 'Heather McAllister', 'Vancouver',   '503-555-0185', 2, true,  true,  '2022-10-11', true),
    (20, 'Sam Pritchard',      'Portland',    '503-555-0112', 3, false, true,  '2022-12-01', true),
    (21, 'Olga Petrova',       'Beaverton',   '503-555-0194', 2, false, false, '2023-01-24', true),
    (22, 'Jamal Richardson',   'Milwaukie',   '503-555-0127', 2, true,  false, '2023-03-14', true),
    (23, 'Nicole Baptiste',    'Portland',    '503-555-0165', 4, false, true,  '2023-05-02', true),
    (24, 'Eric Lundgren',      'Hillsboro',   '503-555-0148', 1, false, false, '2023-07-19', false),
    (25, 'Priscilla Mensah',   'Gresham',     '503-555-0179', 3, true,  true,  '2023-09-06', true),
    (26, 'Valerie Dubois',     'Portland',    '503-555-0130', 2, false, true,  '2025-09-15', true),
    (27, 'Kevin Marsh',        'Tigard',      '503-555-0158', 2, true,  false, '2025-10-20', true),
    (28, 'Tanya Brooks',       'Lake Oswego', '503-555-0117', 1, false, false, '2021-05-11', false);

INSERT INTO foster_placement (placement_id, animal_id, foster_home_id, start_date, end_date)
SELECT row_number() OVER (ORDER BY start_date, i), i, home, start_date, end_date
FROM (SELECT i,
             1 + (i * 5 + i / 40) % 25 AS home,
             d1 + 3 + i % 4 AS start_date,
             CASE WHEN o1 IS NULL THEN NULL
                  ELSE least(o1 - 1, d1 + 3 + i % 4 + 10 + (i * 7) % 45) END AS end_date
      FROM g
      WHERE (i * 31 + i / 50) % 100 < 25
        AND (out1 IS NULL OR out1 <> 'RTO')
        AND (o1 IS NULL OR o1 - d1 >= 15)
        AND d1 + 3 + i % 4 <= date '2025-12-31') AS p;

-- Homes that stopped fostering in mid-2024 passed their later animals to the next home; a home
-- is approved before its first animal.
UPDATE foster_placement SET foster_home_id = foster_home_id + 1
WHERE foster_home_id IN (5, 9, 16, 24) AND start_date > date '2024-06-30';

UPDATE foster_home AS h SET approved_on = least(h.approved_on, f.first_start - (10 + h.foster_home_id))
FROM (SELECT foster_home_id, min(start_date) AS first_start FROM foster_placement GROUP BY foster_home_id) AS f
WHERE f.foster_home_id = h.foster_home_id;

-- Veterinary treatments ---------------------------------------------------------------------------

CREATE TEMP TABLE t AS
SELECT g.*, coalesce(o1, date '2026-01-01') AS until,
       (out1 IS NULL OR out1 IN ('ADOPT', 'XFER')) AS staying
FROM g;

CREATE TEMP TABLE tr AS
SELECT i, 'EXAM' AS tt, d1 AS treated_on, 1 AS ord,
       42.00 + (i % 3) * 6 AS base_cost
FROM t
UNION ALL
SELECT i, 'VACC', d1 + 1, 2, CASE WHEN sp = 'RAB' THEN 34.00 ELSE 28.50 END
FROM t WHERE sp IN ('DOG', 'CAT', 'RAB') AND d1 + 1 < until
UNION ALL
SELECT i, 'VACC', d1 + 21, 3, 28.50
FROM t WHERE sp IN ('DOG', 'CAT') AND age_days < 365 AND d1 + 21 < until
UNION ALL
SELECT i, 'DEWORM', d1 + 1, 4, CASE WHEN sp = 'DOG' THEN 14.25 ELSE 11.50 END
FROM t WHERE sp IN ('DOG', 'CAT') AND i % 3 <> 0 AND d1 + 1 < until
UNION ALL
SELECT i, 'MCHIP', d1 + 2, 5, 19.95
FROM t WHERE sp IN ('DOG', 'CAT') AND NOT came_chipped AND staying AND d1 + 2 < until
UNION ALL
SELECT i, 'SPAY', d1 + 5 + i % 6 + CASE WHEN age_days < 60 THEN 60 - age_days ELSE 0 END, 6,
       CASE sp WHEN 'DOG' THEN 165.00 + (i * 13) % 90 WHEN 'CAT' THEN 95.00 ELSE 120.00 END
FROM t
WHERE sp IN ('DOG', 'CAT', 'RAB') AND NOT came_altered AND staying
  AND d1 + 5 + i % 6 + CASE WHEN age_days < 60 THEN 60 - age_days ELSE 0 END < until
UNION ALL
SELECT i, 'DENT', d1 + 12, 7, 240.00 + (i % 5) * 35
FROM t WHERE sp IN ('DOG', 'CAT') AND age_days >= 5 * 365 AND i % 3 = 0 AND d1 + 12 < until
UNION ALL
SELECT i, 'SURG', d1 + 3, 8, 600.00 + (i * 37) % 900
FROM t WHERE sp IN ('DOG', 'CAT', 'RAB') AND i % 17 = 0 AND d1 + 3 < until
UNION ALL
SELECT i, 'EXAM', returned_on, 1, 42.00 + (i % 3) * 6
FROM ret2;

INSERT INTO vet_treatment (treatment_id, animal_id, treatment_type_code, treated_on, vet_name, cost)
SELECT row_number() OVER (ORDER BY treated_on, i, ord), i, tt, treated_on,
       (ARRAY['Dr. Priya Raman','Dr. Tomás Ortega','Dr. Helen Brooks','Dr. Samuel Okafor'])
           [1 + CASE WHEN treated_on < date '2024-01-01' THEN (i + ord) % 3 ELSE (i + ord) % 4 END],
       round(base_cost * (1 + 0.04 * (extract(year FROM treated_on) - 2022)), 2)
FROM tr
WHERE treated_on <= date '2025-12-31';

UPDATE animal AS a SET is_altered = true
WHERE EXISTS (SELECT 1 FROM vet_treatment AS v
              WHERE v.animal_id = a.animal_id AND v.treatment_type_code = 'SPAY');

UPDATE animal AS a SET microchip_number = '98512' || lpad(((a.animal_id * 7919) % 10000000000)::text, 10, '0')
WHERE EXISTS (SELECT 1 FROM vet_treatment AS v
              WHERE v.animal_id = a.animal_id AND v.treatment_type_code = 'MCHIP');

-- Volunteers and shifts ---------------------------------------------------------------------------

INSERT INTO volunteer (volunteer_id, first_name, last_name, email, phone, joined_on, is_dog_handler, is_active)
SELECT v, fn, ln,
       lower(left(fn, 1) || ln || v) || '@example.org',
       '971-555-' || lpad(((v * 53) % 10000)::text, 4, '0'),
       CASE WHEN v <= 70 THEN date '2021-03-01' + (v * 41) % 1000
            ELSE date '2025-09-01' + (v - 70) * 9 END,
       (v * 5) % 9 < 4,
       true
FROM (SELECT v,
             (ARRAY['Alice','Ben','Carmen','Derek','Elena','Felix','Gina','Hector','Iris','Jonah',
                    'Kate','Luis','Megan','Nate','Opal','Pedro','Quinn','Rachel','Sean','Tara',
                    'Uma','Victor','Wendy','Xavier','Yasmin','Zach','Bethany','Colin','Dana','Elliot'])[1 + v % 30] AS fn,
             (ARRAY['Abbott','Byrne','Chavez','Dunn','Ellis','Fischer','Gomez','Hughes','Ibarra','Jensen',
                    'Kaur','Larsen','Moreno','Nash','Ortiz','Pham','Quinn','Reyes','Schultz','Tran',
                    'Underwood','Vogel','Ward','Xu','Yates','Zimmer','Barker','Cole','Dixon','Ferris'])
                 [1 + (v * 7 + v / 30) % 30] AS ln
      FROM generate_series(1, 78) AS s(v)) AS n;

CREATE TEMP TABLE sh AS
SELECT s,
       date '2022-01-01' + (s * 76) / 100 + s % 3 AS shift_date,
       1 + ((s * 13 + s / 200) % 97) % 70 AS v0
FROM generate_series(1, 1900) AS x(s);

-- Volunteers with id % 9 = 4 stopped coming at the end of June 2024; their later shifts went to
-- the next volunteer on the list.
INSERT INTO volunteer_shift (shift_id, volunteer_id, shift_start, hours)
SELECT s,
       CASE WHEN v0 % 9 = 4 AND shift_date > date '2024-06-30' THEN v0 + 1 ELSE v0 END,
       shift_date + (ARRAY[time '08:00', time '12:30', time '16:00'])[1 + (s / 3) % 3],
       (ARRAY[2, 2.5, 3, 3, 4, 4.5, 6])[1 + (s * 5) % 7]
FROM sh;

UPDATE volunteer AS v
SET joined_on = least(v.joined_on, f.first_shift - (5 + v.volunteer_id % 30)),
    is_active = f.last_shift >= date '2025-07-01'
FROM (SELECT volunteer_id, min(shift_start)::date AS first_shift, max(shift_start)::date AS last_shift
      FROM volunteer_shift GROUP BY volunteer_id) AS f
WHERE f.volunteer_id = v.volunteer_id;

-- Donations ---------------------------------------------------------------------------------------

INSERT INTO donation (donation_id, donor_name, adopter_id, donated_on, amount, is_recurring)
SELECT d,
       CASE WHEN d % 6 = 0 THEN ad.first_name || ' ' || ad.last_name
            ELSE (ARRAY['Margaret Ellison','Hillside Veterinary Group','David Kowalski','Rebecca Stone',
                        'Thomas Whitaker','Linda Morales','Maple Street Bakery','Harrington Family Foundation',
                        'Cascade Pet Supply','George Papadakis','Susan Blackwell','Riverside Rotary Club',
                        'Anita Desai','Frank Gallagher','Northwest Credit Union','Joan Mercer',
                        'Patrick O''Neill','Cynthia Yamamoto','Bridgetown Brewing Co.','Walter Finch',
                        'Diane Sutherland','Paws & Claws Grooming','Raymond Ochoa','Evelyn Park',
                        'Mount Hood Dental','Lorraine Becker','Stanley Ruiz','Green Acres Landscaping',
                        'Beatrice Holm','Oregon Pet Lovers Society'])[1 + j]
       END,
       CASE WHEN d % 6 = 0 THEN ad.adopter_id END,
       dd,
       CASE WHEN d = 137 THEN 10000.00
            WHEN d = 412 THEN 5000.00
            WHEN d = 706 THEN 7500.00
            WHEN d % 6 <> 0 AND j < 6 THEN (ARRAY[25, 50, 20, 100, 15, 30])[1 + j]
            ELSE (ARRAY[10, 20, 25, 40, 50, 75, 100, 150, 250, 500, 35, 60])[1 + (d * 7) % 12]
                 * CASE WHEN extract(month FROM dd) = 12 THEN 2 ELSE 1 END
       END,
       d % 6 <> 0 AND j < 6 AND d NOT IN (137, 412, 706)
FROM (SELECT d,
             (d * 11 + d / 30) % 30 AS j,
             date '2022-01-01' + (d * 160) / 100 + (d * 7) % 4 AS dd
      FROM generate_series(1, 900) AS s(d)) AS x
LEFT JOIN adopter AS ad ON ad.adopter_id = 1 + (x.d * 7) % 320 AND x.d % 6 = 0;

DROP TABLE g, a1, ret, ret2, all_adoption, t, tr, sh;

ANALYZE;
