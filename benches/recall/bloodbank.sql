-- A regional blood bank (the Northern Valley Regional Blood Service, serving eight towns):
-- its registered donors and their blood groups, the fixed donor centres and the host sites of
-- mobile donation drives, the drives themselves, donations, the blood units (components) made
-- from each donation with their expiry dates, the hospitals it supplies, the hospitals'
-- requests for blood, the units issued against those requests, and donor deferrals with their
-- reasons, 2022-2025 (data as of 31 December 2025). Sample database of the golden set
-- benches/intent/bloodbank.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists and modular arithmetic;
-- no random values, no dates relative to today). Money is in US dollars.
-- Style: plural snake_case tables, "id" keys, created_on/modified_on audit timestamps on every
-- table, soft deletes as is_deleted smallint 0/1, yes/no flags as smallint 0/1 "is_" columns.

CREATE TABLE blood_groups (
    id             smallint PRIMARY KEY,
    code           varchar(3) NOT NULL UNIQUE,       -- 'O+', 'AB-', ...
    abo_group      varchar(2) NOT NULL,
    rh_factor      varchar(8) NOT NULL CHECK (rh_factor IN ('positive', 'negative')),
    created_on     timestamp NOT NULL,
    modified_on    timestamp NOT NULL,
    is_deleted     smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

CREATE TABLE component_types (
    id                   smallint PRIMARY KEY,
    code                 varchar(5) NOT NULL UNIQUE,
    name                 text NOT NULL UNIQUE,
    shelf_life_days      smallint NOT NULL,
    storage_temperature  text NOT NULL,
    standard_fee         numeric(8,2) NOT NULL,   -- processing fee charged to hospitals per unit
    created_on           timestamp NOT NULL,
    modified_on          timestamp NOT NULL,
    is_deleted           smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

CREATE TABLE deferral_reasons (
    id                     smallint PRIMARY KEY,
    code                   varchar(10) NOT NULL UNIQUE,
    description            text NOT NULL,
    is_permanent           smallint NOT NULL CHECK (is_permanent IN (0, 1)),
    default_deferral_days  smallint,                -- null for permanent deferrals
    created_on             timestamp NOT NULL,
    modified_on            timestamp NOT NULL,
    is_deleted             smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

-- Fixed donor centres and the places that host mobile drives.
CREATE TABLE sites (
    id              integer PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    site_type       text NOT NULL,
    address_line    text NOT NULL,
    city            text NOT NULL,
    donor_beds      smallint NOT NULL,
    is_fixed_site   smallint NOT NULL CHECK (is_fixed_site IN (0, 1)),
    created_on      timestamp NOT NULL,
    modified_on     timestamp NOT NULL,
    is_deleted      smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

CREATE TABLE hospitals (
    id              integer PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    hospital_type   text NOT NULL,
    address_line    text NOT NULL,
    city            text NOT NULL,
    bed_count       smallint NOT NULL,
    trauma_level    smallint,                        -- null: not a trauma centre
    discount_pct    numeric(5,2) NOT NULL,           -- contract discount on standard fees
    contact_name    text NOT NULL,
    contact_phone   varchar(20) NOT NULL,
    is_active       smallint NOT NULL CHECK (is_active IN (0, 1)),
    created_on      timestamp NOT NULL,
    modified_on     timestamp NOT NULL,
    is_deleted      smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

CREATE TABLE donors (
    id                 integer PRIMARY KEY,
    donor_number       varchar(10) NOT NULL,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    sex                char(1) NOT NULL CHECK (sex IN ('F', 'M')),
    date_of_birth      date NOT NULL,
    blood_group_id     smallint NOT NULL REFERENCES blood_groups (id),
    phone              varchar(20) NOT NULL,
    email              varchar(120) NOT NULL,
    city               text NOT NULL,
    preferred_site_id  integer NOT NULL REFERENCES sites (id),
    registered_on      date NOT NULL,
    is_cmv_negative    smallint NOT NULL CHECK (is_cmv_negative IN (0, 1)),
    is_active          smallint NOT NULL CHECK (is_active IN (0, 1)),
    created_on         timestamp NOT NULL,
    modified_on        timestamp NOT NULL,
    is_deleted         smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

CREATE TABLE donor_deferrals (
    id                  integer PRIMARY KEY,
    donor_id            integer NOT NULL REFERENCES donors (id),
    deferral_reason_id  smallint NOT NULL REFERENCES deferral_reasons (id),
    deferred_on         date NOT NULL,
    deferred_until      date,                        -- null: permanent
    created_on          timestamp NOT NULL,
    modified_on         timestamp NOT NULL,
    is_deleted          smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

-- Mobile donation drives held at host sites.
CREATE TABLE drives (
    id                integer PRIMARY KEY,
    drive_name        text NOT NULL,
    site_id           integer NOT NULL REFERENCES sites (id),
    coordinator_name  text NOT NULL,
    drive_date        date NOT NULL,
    start_time        time NOT NULL,
    end_time          time NOT NULL,
    target_units      smallint NOT NULL,
    is_cancelled      smallint NOT NULL CHECK (is_cancelled IN (0, 1)),
    created_on        timestamp NOT NULL,
    modified_on       timestamp NOT NULL,
    is_deleted        smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

-- One row per collection; drive_id is null for walk-in donations at a fixed donor centre.
CREATE TABLE donations (
    id                   integer PRIMARY KEY,
    donation_number      varchar(12) NOT NULL UNIQUE,
    donor_id             integer NOT NULL REFERENCES donors (id),
    site_id              integer NOT NULL REFERENCES sites (id),
    drive_id             integer REFERENCES drives (id),
    donated_on           timestamp NOT NULL,
    donation_type        text NOT NULL CHECK (donation_type IN ('whole blood', 'apheresis platelets', 'apheresis plasma')),
    volume_ml            smallint NOT NULL,
    hemoglobin_g_dl      numeric(3,1) NOT NULL,
    pulse_bpm            smallint NOT NULL,
    is_first_time        smallint NOT NULL CHECK (is_first_time IN (0, 1)),
    is_adverse_reaction  smallint NOT NULL CHECK (is_adverse_reaction IN (0, 1)),
    created_on           timestamp NOT NULL,
    modified_on          timestamp NOT NULL,
    is_deleted           smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

-- Blood components made from donations, each with its own expiry.
CREATE TABLE blood_units (
    id                 integer PRIMARY KEY,
    unit_number        varchar(24) NOT NULL UNIQUE,
    donation_id        integer NOT NULL REFERENCES donations (id),
    component_type_id  smallint NOT NULL REFERENCES component_types (id),
    blood_group_id     smallint NOT NULL REFERENCES blood_groups (id),
    volume_ml          smallint NOT NULL,
    collected_on       date NOT NULL,
    expires_on         date NOT NULL,
    is_irradiated      smallint NOT NULL CHECK (is_irradiated IN (0, 1)),
    status             text NOT NULL CHECK (status IN ('available', 'issued', 'expired', 'discarded')),
    discarded_on       date,
    discard_reason     text,
    created_on         timestamp NOT NULL,
    modified_on        timestamp NOT NULL,
    is_deleted         smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

CREATE TABLE hospital_requests (
    id                 integer PRIMARY KEY,
    request_number     varchar(12) NOT NULL UNIQUE,
    hospital_id        integer NOT NULL REFERENCES hospitals (id),
    component_type_id  smallint NOT NULL REFERENCES component_types (id),
    blood_group_id     smallint NOT NULL REFERENCES blood_groups (id),
    units_requested    smallint NOT NULL CHECK (units_requested > 0),
    priority           text NOT NULL CHECK (priority IN ('routine', 'urgent', 'emergency')),
    requested_on       timestamp NOT NULL,
    required_by        timestamp NOT NULL,
    status             text NOT NULL CHECK (status IN ('pending', 'fulfilled', 'partially fulfilled', 'unfilled', 'cancelled')),
    created_on         timestamp NOT NULL,
    modified_on        timestamp NOT NULL,
    is_deleted         smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

CREATE TABLE issued_units (
    id                    integer PRIMARY KEY,
    request_id            integer NOT NULL REFERENCES hospital_requests (id),
    blood_unit_id         integer NOT NULL UNIQUE REFERENCES blood_units (id),
    issued_on             timestamp NOT NULL,
    fee_amount            numeric(8,2) NOT NULL,     -- billed to the hospital
    is_emergency_release  smallint NOT NULL CHECK (is_emergency_release IN (0, 1)),
    created_on            timestamp NOT NULL,
    modified_on           timestamp NOT NULL,
    is_deleted            smallint NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);

-- ---------------------------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------------------------

INSERT INTO blood_groups (id, code, abo_group, rh_factor, created_on, modified_on, is_deleted) VALUES
    (1, 'O+',  'O',  'positive', '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (2, 'O-',  'O',  'negative', '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (3, 'A+',  'A',  'positive', '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (4, 'A-',  'A',  'negative', '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (5, 'B+',  'B',  'positive', '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (6, 'B-',  'B',  'negative', '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (7, 'AB+', 'AB', 'positive', '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (8, 'AB-', 'AB', 'negative', '2021-11-15 09:00', '2021-11-15 09:00', 0);

INSERT INTO component_types (id, code, name, shelf_life_days, storage_temperature, standard_fee, created_on, modified_on, is_deleted) VALUES
    (1, 'RBC',  'Red blood cells',     42,  '1 to 6 °C',          225.00, '2021-11-15 09:00', '2024-01-02 08:30', 0),
    (2, 'FFP',  'Fresh frozen plasma', 365, '-18 °C or colder',    65.00, '2021-11-15 09:00', '2024-01-02 08:30', 0),
    (3, 'PLT',  'Platelets',           5,   '20 to 24 °C, agitated', 540.00, '2021-11-15 09:00', '2024-01-02 08:30', 0),
    (4, 'CRYO', 'Cryoprecipitate',     365, '-18 °C or colder',    90.00, '2021-11-15 09:00', '2024-01-02 08:30', 0);

INSERT INTO deferral_reasons (id, code, description, is_permanent, default_deferral_days, created_on, modified_on, is_deleted) VALUES
    (1,  'LOWHB',   'Low hemoglobin',                       0, 90,   '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (2,  'TATTOO',  'Recent tattoo or piercing',            0, 90,   '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (3,  'TRAVEL',  'Travel to a malaria-risk area',        0, 90,   '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (4,  'MEDS',    'Medication (e.g. antibiotics)',        0, 14,   '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (5,  'COLD',    'Cold, flu or fever',                   0, 7,    '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (6,  'BP',      'Blood pressure out of range',          0, 1,    '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (7,  'PREG',    'Pregnancy or recent childbirth',       0, 180,  '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (8,  'SURGERY', 'Recent surgery',                       0, 120,  '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (9,  'REACTIVE','Reactive infectious disease marker',   1, NULL, '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (10, 'HEART',   'Heart disease',                        1, NULL, '2021-11-15 09:00', '2021-11-15 09:00', 0);

INSERT INTO sites (id, name, site_type, address_line, city, donor_beds, is_fixed_site, created_on, modified_on, is_deleted) VALUES
    (1,  'Millbrook Donor Centre',        'donor centre',    '120 Market Street',        'Millbrook',   10, 1, '2021-11-15 09:00', '2023-05-10 14:20', 0),
    (2,  'Ashford Donor Centre',          'donor centre',    '45 Station Road',          'Ashford',      6, 1, '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (3,  'Riverton Donor Centre',         'donor centre',    '8 Quay Lane',              'Riverton',     8, 1, '2021-11-15 09:00', '2022-08-01 10:05', 0),
    (4,  'Cedar Falls Donor Centre',      'donor centre',    '300 Falls Avenue',         'Cedar Falls',  4, 1, '2021-11-15 09:00', '2021-11-15 09:00', 0),
    (5,  'Millbrook High School',         'school',          '1 School Hill',            'Millbrook',    6, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (6,  'Northgate Mall',                'shopping centre', '900 Northgate Parkway',    'Millbrook',    5, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (7,  'Harlow Logistics Depot',        'workplace',       '14 Depot Road',            'Millbrook',    4, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (8,  'Ashford Community College',     'college',         '220 College Drive',        'Ashford',      6, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (9,  'Ashford Sports Arena',          'venue',           '5 Arena Way',              'Ashford',      8, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (10, 'St. Brendan''s Parish Hall',    'church',          '33 Chapel Street',         'Ashford',      4, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (11, 'Valley State University',       'college',         '1 University Circle',      'Riverton',     8, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (12, 'Riverton Civic Hall',           'community hall',  '60 Civic Square',          'Riverton',     5, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (13, 'Kestrel Foods Plant',           'workplace',       '2 Industrial Estate',      'Riverton',     4, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (14, 'Cedar Falls Fire Station No. 2','public building', '77 Ember Street',          'Cedar Falls',  3, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (15, 'Cedar Falls Public Library',    'public building', '10 Reading Row',           'Cedar Falls',  4, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (16, 'Lakeside Rotary Hall',          'community hall',  '18 Shore Road',            'Lakeside',     5, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (17, 'Lakeside Elementary School',    'school',          '4 Birch Lane',             'Lakeside',     3, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (18, 'Granville Town Hall',           'public building', '1 High Street',            'Granville',    5, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (19, 'Granville Baptist Church',      'church',          '52 Elm Street',            'Granville',    4, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (20, 'Dunmore County Fairgrounds',    'venue',           'Fairground Road',          'Dunmore',      6, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (21, 'Dunmore High School',           'school',          '300 Pine Avenue',          'Dunmore',      5, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (22, 'Fairhaven Yacht Club',          'venue',           '2 Harbour Walk',           'Fairhaven',    4, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (23, 'Fairhaven Senior Center',       'community hall',  '75 Seaview Road',          'Fairhaven',    4, 0, '2021-11-20 11:00', '2021-11-20 11:00', 0),
    (24, 'Ridgeway Tech Campus',          'workplace',       '400 Ridgeway Boulevard',   'Ashford',      6, 0, '2024-09-02 10:30', '2024-09-02 10:30', 0);

INSERT INTO hospitals (id, name, hospital_type, address_line, city, bed_count, trauma_level, discount_pct, contact_name, contact_phone, is_active, created_on, modified_on, is_deleted) VALUES
    (1,  'Millbrook General Hospital',                'general',    '500 Hospital Road',      'Millbrook',   420, 2,    5.00,  'Karen Whitlock',   '(555) 201-4410', 1, '2021-11-16 10:00', '2024-02-12 09:15', 0),
    (2,  'St. Agnes Medical Center',                  'general',    '12 Convent Street',      'Ashford',     310, 3,    4.00,  'Luis Ortega',      '(555) 202-7781', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (3,  'Valley University Hospital',                'teaching',   '2 University Circle',    'Riverton',    680, 1,    10.00, 'Dr. Helen Marsh',  '(555) 203-1000', 1, '2021-11-16 10:00', '2025-01-06 11:40', 0),
    (4,  'Riverton Children''s Hospital',             'children''s','90 Kite Street',         'Riverton',    180, 2,    6.00,  'Amy Chen',         '(555) 203-5522', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (5,  'Cedar Falls Regional Medical Center',       'general',    '1 Regional Way',         'Cedar Falls', 355, 2,    5.00,  'Derek Fong',       '(555) 204-3300', 1, '2021-11-16 10:00', '2023-07-19 16:00', 0),
    (6,  'Lakeside Community Hospital',               'community',  '40 Shore Road',          'Lakeside',    95,  NULL, 0.00,  'Beth Sorensen',    '(555) 205-8001', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (7,  'Granville Memorial Hospital',               'community',  '7 Memorial Drive',       'Granville',   120, 4,    0.00,  'Omar Haddad',      '(555) 206-2219', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (8,  'Dunmore County Hospital',                   'community',  '15 County Road',         'Dunmore',     88,  4,    0.00,  'Patricia Gale',    '(555) 207-6650', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (9,  'Fairhaven Women''s and Infants Hospital',   'specialty',  '3 Harbour Hill',         'Fairhaven',   140, NULL, 2.50,  'Grace Okafor',     '(555) 208-4040', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (10, 'Ashford Orthopaedic and Surgical Hospital', 'private',    '88 Bridge Street',       'Ashford',     64,  NULL, 0.00,  'Neil Prentice',    '(555) 202-9034', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (11, 'Northgate Cancer Institute',                'specialty',  '920 Northgate Parkway',  'Millbrook',   110, NULL, 3.00,  'Dr. Sunita Rao',   '(555) 201-7788', 1, '2021-11-16 10:00', '2022-10-03 13:00', 0),
    (12, 'Millbrook Surgical Centre',                 'private',    '61 Market Street',       'Millbrook',   40,  NULL, 0.00,  'Jon Eastwood',     '(555) 201-3125', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (13, 'Riverbend Rehabilitation Hospital',         'specialty',  '200 Riverbend Road',     'Riverton',    75,  NULL, 0.00,  'Martha Klein',     '(555) 203-8890', 1, '2021-11-16 10:00', '2021-11-16 10:00', 0),
    (14, 'Harlow Veterans Hospital',                  'general',    '1 Veterans Way',         'Millbrook',   210, 3,    2.00,  'Col. Ray Dutton',  '(555) 201-0909', 0, '2021-11-16 10:00', '2023-07-03 09:00', 0);

-- ---------------------------------------------------------------------------------------------
-- Donors: 750 real donor records plus 8 duplicate registrations that were soft-deleted.
-- ---------------------------------------------------------------------------------------------

INSERT INTO donors (id, donor_number, first_name, last_name, sex, date_of_birth, blood_group_id, phone,
                    email, city, preferred_site_id, registered_on, is_cmv_negative, is_active,
                    created_on, modified_on, is_deleted)
SELECT b.id,
       'D' || to_char(10000 + b.id, 'FM00000'),
       b.first_name,
       b.last_name,
       b.sex,
       b.registered_on - (6600 + (b.id * 2731) % 15000),
       CASE WHEN b.g < 37 THEN 1 WHEN b.g < 44 THEN 2 WHEN b.g < 78 THEN 3 WHEN b.g < 84 THEN 4
            WHEN b.g < 93 THEN 5 WHEN b.g < 95 THEN 6 WHEN b.g < 99 THEN 7 ELSE 8 END,
       '(555) ' || (300 + b.id % 97)::text || '-' || lpad(((b.id * 7919) % 10000)::text, 4, '0'),
       lower(b.first_name) || '.' || lower(replace(b.last_name, '''', '')) || b.id::text || '@example.com',
       b.city,
       CASE b.city WHEN 'Millbrook' THEN 1 WHEN 'Lakeside' THEN 1 WHEN 'Ashford' THEN 2 WHEN 'Granville' THEN 2
                   WHEN 'Riverton' THEN 3 WHEN 'Dunmore' THEN 3 ELSE 4 END,
       b.registered_on,
       CASE WHEN (b.id * 7) % 5 < 2 THEN 1 ELSE 0 END,
       CASE WHEN b.id % 11 = 0 OR b.id % 13 = 0 THEN 0 ELSE 1 END,
       b.registered_on + time '09:00' + ((b.id * 37) % 480) * interval '1 minute',
       least(b.registered_on + time '09:00' + ((b.id * 37) % 480) * interval '1 minute'
                 + ((b.id * 17) % 500) * interval '1 day',
             timestamp '2025-12-31 17:00'),
       0
FROM (
    SELECT n AS id,
           CASE WHEN (n * 5) % 11 < 5 THEN 'M' ELSE 'F' END AS sex,
           CASE WHEN (n * 5) % 11 < 5
                THEN (ARRAY['James','Robert','Michael','David','William','Daniel','Joseph','Thomas','Carlos','Anthony',
                            'Kevin','Brian','Jason','Ahmed','Ryan','Eric','Samuel','Wei','Patrick','Marcus'])[(n * 7) % 20 + 1]
                ELSE (ARRAY['Mary','Jennifer','Linda','Sarah','Jessica','Emily','Laura','Maria','Ashley','Rachel',
                            'Hannah','Olivia','Nicole','Fatima','Megan','Rosa','Chloe','Mei','Grace','Sophie'])[(n * 7) % 20 + 1]
           END AS first_name,
           (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                  'Hernandez','Lopez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin','Lee',
                  'Thompson','White','Harris','Clark','Lewis','Robinson','Walker','Young','Allen','King',
                  'Wright','Scott','Nguyen','Hill','Green','Adams','Baker','Nelson','O''Brien','Patel',
                  'Kowalski','Murphy','Foster'])[(n * 11 + 3) % 43 + 1] AS last_name,
           (ARRAY['Millbrook','Millbrook','Millbrook','Ashford','Ashford','Riverton','Riverton','Cedar Falls',
                  'Lakeside','Granville','Dunmore','Fairhaven'])[(n * 7) % 12 + 1] AS city,
           date '2014-03-01' + (n * 379) % 4300 AS registered_on,
           (n * 37 + 11) % 100 AS g
    FROM generate_series(1, 750) AS n
) AS b;

-- Duplicate registrations found later and soft-deleted (same person, second record).
INSERT INTO donors (id, donor_number, first_name, last_name, sex, date_of_birth, blood_group_id, phone,
                    email, city, preferred_site_id, registered_on, is_cmv_negative, is_active,
                    created_on, modified_on, is_deleted)
SELECT 750 + k, 'D' || to_char(10750 + k, 'FM00000'), d.first_name, d.last_name, d.sex, d.date_of_birth,
       d.blood_group_id, d.phone, d.email, d.city, d.preferred_site_id, d.registered_on + 3,
       d.is_cmv_negative, 0, d.created_on + interval '3 days', d.created_on + interval '40 days', 1
FROM generate_series(1, 8) AS k
JOIN donors AS d ON d.id = k * 89;

-- ---------------------------------------------------------------------------------------------
-- Drives: 80 mobile drives at host sites, about every 18 days; every 17th was cancelled.
-- ---------------------------------------------------------------------------------------------

INSERT INTO drives (id, drive_name, site_id, coordinator_name, drive_date, start_time, end_time, target_units,
                    is_cancelled, created_on, modified_on, is_deleted)
SELECT x.g,
       s.name || ' Blood Drive, ' || to_char(x.drive_date, 'FMMonth YYYY'),
       x.site_id,
       (ARRAY['Dana Whitfield','Marcus Lee','Priya Nair','Tom Kowalski','Ines Moreau'])[(x.g * 3) % 5 + 1],
       x.drive_date,
       x.start_time,
       x.start_time + ((5 + x.g % 3) * interval '1 hour'),
       15 + ((x.g * 7) % 4) * 5,
       CASE WHEN x.g % 17 = 0 THEN 1 ELSE 0 END,
       x.drive_date - 45 + time '10:00',
       CASE WHEN x.g % 17 = 0 THEN x.drive_date - 3 + time '15:30' ELSE x.drive_date + 1 + time '09:00' END,
       0
FROM (
    SELECT g,
           (ARRAY[5,6,7,5,6,8,9,10,8,11,12,13,11,12,14,15,16,17,18,19,20,21,22,23,11,5])[(g * 7) % 26 + 1] AS site_id,
           date '2022-01-15' + (g - 1) * 18 + (g * 5) % 7 AS drive_date,
           (ARRAY[time '09:00', time '10:00', time '12:00'])[g % 3 + 1] AS start_time
    FROM generate_series(1, 80) AS g
) AS x
JOIN sites AS s ON s.id = x.site_id;

-- ---------------------------------------------------------------------------------------------
-- Donor deferrals: 170 deferrals of 140 donors.
-- ---------------------------------------------------------------------------------------------

INSERT INTO donor_deferrals (id, donor_id, deferral_reason_id, deferred_on, deferred_until, created_on, modified_on, is_deleted)
SELECT y.e, y.donor_id, y.reason_id, y.deferred_on,
       y.deferred_on + r.default_deferral_days,
       y.deferred_on + time '08:00' + ((y.e * 41) % 600) * interval '1 minute',
       y.deferred_on + time '08:00' + ((y.e * 41) % 600) * interval '1 minute',
       0
FROM (
    SELECT z.e, z.donor_id, z.reason_id,
           z.lo + (z.e * 571) % greatest(date '2025-12-20' - z.lo + 1, 1) AS deferred_on
    FROM (
        SELECT e,
               ((e * 37) % 140) * 5 + 1 AS donor_id,
               CASE WHEN e % 21 = 0 THEN 9 + (e / 21) % 2
                    WHEN (e * 11) % 28 = 21 AND d.sex = 'M' THEN 8   -- pregnancy: women only
                    ELSE (ARRAY[1,1,1,1,1,1,5,5,5,5,5,6,6,6,4,4,4,2,2,3,3,7,8,1,5,6,1,2])[(e * 11) % 28 + 1]
               END AS reason_id,
               least(greatest(d.registered_on + 14, date '2022-01-03'), date '2025-12-20') AS lo
        FROM generate_series(1, 170) AS e
        JOIN donors AS d ON d.id = ((e * 37) % 140) * 5 + 1
    ) AS z
) AS y
JOIN deferral_reasons AS r ON r.id = y.reason_id;

-- Permanently deferred donors are no longer active.
UPDATE donors AS d
SET is_active = 0,
    modified_on = greatest(d.modified_on, f.deferred_on + time '17:00')
FROM donor_deferrals AS f
WHERE f.donor_id = d.id AND f.deferred_until IS NULL;

-- ---------------------------------------------------------------------------------------------
-- Donations: each donor's visits are spread evenly from registration (or 2022) on, to the end of
-- 2025 (September 2023 for lapsed donors). Three in five whole-blood visits are made at a drive
-- if one is held within 20 days (in the donor's own town if possible); the other visits are
-- walk-ins at the donor's donor centre. Visits in a deferral window led to no donation.
-- ---------------------------------------------------------------------------------------------

CREATE TEMP TABLE tmp_visits AS
WITH p AS (
    SELECT d.id AS donor_id, d.city, d.sex, d.preferred_site_id, d.registered_on,
           greatest(d.registered_on + 7, date '2022-01-03') AS start_on,
           CASE WHEN d.id % 11 = 0 OR d.id % 13 = 0 THEN date '2023-09-30' ELSE date '2026-01-20' END AS end_on,
           (ARRAY[0,1,1,2,2,3,3,3,4,4,5,5,6,7,8,9,10,12])[(d.id * 5) % 18 + 1] AS base
    FROM donors AS d
    WHERE d.is_deleted = 0
), k AS (
    SELECT p.*, end_on - start_on AS span,
           greatest(least(base, (end_on - start_on) / 120), 0) AS visits
    FROM p
), v AS (
    SELECT k.donor_id, k.city, k.sex, k.preferred_site_id, k.registered_on, j,
           k.start_on + (k.span * (j - 1)) / k.visits + (k.donor_id * 29) % (k.span / k.visits - 40)
               + (k.donor_id * 3 + j * 7) % 21 AS tentative_on,
           CASE WHEN k.donor_id % 8 = 3 THEN 'apheresis platelets'
                WHEN k.donor_id % 8 = 5 AND j % 2 = 0 THEN 'apheresis plasma'
                ELSE 'whole blood' END AS donation_type
    FROM k
    CROSS JOIN LATERAL generate_series(1, k.visits) AS j
)
SELECT v.*,
       CASE WHEN v.donation_type = 'whole blood' AND (v.donor_id + j * 3) % 5 < 3 THEN
           (SELECT dr.id
            FROM drives AS dr JOIN sites AS s ON s.id = dr.site_id
            WHERE dr.is_cancelled = 0
              AND dr.drive_date BETWEEN v.tentative_on - 20 AND v.tentative_on + 20
            ORDER BY s.city <> v.city, abs(dr.drive_date - v.tentative_on), dr.id
            LIMIT 1)
       END AS drive_id
FROM v
WHERE v.tentative_on <= date '2025-12-31';

INSERT INTO donations (id, donation_number, donor_id, site_id, drive_id, donated_on, donation_type, volume_ml,
                       hemoglobin_g_dl, pulse_bpm, is_first_time, is_adverse_reaction, created_on, modified_on, is_deleted)
SELECT w.id,
       'DN' || to_char(w.donated_on, 'YY') || lpad(w.id::text, 5, '0'),
       w.donor_id, w.site_id, w.drive_id, w.donated_on, w.donation_type,
       CASE w.donation_type WHEN 'whole blood' THEN 430 + (w.donor_id * 7 + w.j * 3) % 46
                            WHEN 'apheresis platelets' THEN 210 + (w.donor_id * 5 + w.j * 11) % 91
                            ELSE 600 + (w.donor_id * 3 + w.j * 13) % 181 END,
       CASE WHEN w.sex = 'F' THEN 12.5 + ((w.donor_id * 7 + w.j * 3) % 34) / 10.0
            ELSE 13.0 + ((w.donor_id * 7 + w.j * 3) % 45) / 10.0 END,
       55 + (w.donor_id * 3 + w.j * 11) % 40,
       CASE WHEN w.registered_on >= date '2022-01-01' AND w.nth = 1 THEN 1 ELSE 0 END,
       CASE WHEN (w.donor_id * 17 + w.j * 29) % 41 = 0 THEN 1 ELSE 0 END,
       w.donated_on + interval '25 minutes',
       w.donated_on + interval '25 minutes' + CASE WHEN w.id % 9 = 0 THEN interval '2 days' ELSE interval '0' END,
       0
FROM (
    SELECT row_number() OVER (ORDER BY u.donated_on, u.donor_id)::integer AS id,
           row_number() OVER (PARTITION BY u.donor_id ORDER BY u.donated_on) AS nth,
           u.*
    FROM (
        SELECT t.donor_id, t.sex, t.registered_on, t.j, t.donation_type, t.drive_id,
               CASE WHEN t.drive_id IS NOT NULL THEN dr.site_id ELSE t.preferred_site_id END AS site_id,
               CASE WHEN t.drive_id IS NOT NULL
                    THEN dr.drive_date + dr.start_time
                         + ((t.donor_id * 7 + t.j * 13) % (extract(epoch FROM dr.end_time - dr.start_time)::int / 60 - 30)) * interval '1 minute'
                    ELSE t.tentative_on + time '08:00' + ((t.donor_id * 11 + t.j * 17) % 600) * interval '1 minute'
               END AS donated_on
        FROM tmp_visits AS t
        LEFT JOIN drives AS dr ON dr.id = t.drive_id
    ) AS u
    WHERE NOT EXISTS (
        SELECT 1 FROM donor_deferrals AS f
        WHERE f.donor_id = u.donor_id
          AND u.donated_on::date >= f.deferred_on
          AND u.donated_on::date <= coalesce(f.deferred_until, date '9999-12-31'))
) AS w;

DROP TABLE tmp_visits;

-- ---------------------------------------------------------------------------------------------
-- Blood units: whole blood gives red cells, every 3rd donation's plasma is frozen as FFP (the rest
-- goes to fractionation and is not tracked here) and every 6th also gives cryoprecipitate;
-- apheresis gives one or two platelet or plasma units.
-- ---------------------------------------------------------------------------------------------

INSERT INTO blood_units (id, unit_number, donation_id, component_type_id, blood_group_id, volume_ml, collected_on,
                         expires_on, is_irradiated, status, discarded_on, discard_reason, created_on, modified_on, is_deleted)
SELECT c.id,
       dn.donation_number || '-' || ct.code || CASE WHEN c.split > 1 OR c.part > 1 THEN '-' || c.part ELSE '' END,
       c.donation_id, c.component_type_id, d.blood_group_id,
       CASE c.component_type_id WHEN 1 THEN 240 + (c.id * 7) % 81
                                WHEN 2 THEN 200 + (c.id * 11) % 81
                                WHEN 3 THEN 180 + (c.id * 13) % 101
                                ELSE 15 + c.id % 6 END,
       dn.donated_on::date,
       dn.donated_on::date + ct.shelf_life_days,
       CASE WHEN c.component_type_id IN (1, 3) AND c.id % 7 = 0 THEN 1 ELSE 0 END,
       'available',
       NULL, NULL,
       dn.donated_on + interval '3 hours',
       dn.donated_on + interval '3 hours',
       0
FROM (
    SELECT row_number() OVER (ORDER BY x.donation_id, x.component_type_id, x.part)::integer AS id, x.*
    FROM (
        SELECT dn.id AS donation_id, ct_id AS component_type_id, 1 AS part, 1 AS split
        FROM donations AS dn
        CROSS JOIN LATERAL unnest(CASE WHEN dn.id % 6 = 0 THEN ARRAY[1, 2, 4] WHEN dn.id % 3 = 0 THEN ARRAY[1, 2] ELSE ARRAY[1] END) AS ct_id
        WHERE dn.donation_type = 'whole blood'
        UNION ALL
        SELECT dn.id, CASE dn.donation_type WHEN 'apheresis platelets' THEN 3 ELSE 2 END, part,
               CASE WHEN dn.id % 3 = 0 THEN 2 ELSE 1 END
        FROM donations AS dn
        CROSS JOIN LATERAL generate_series(1, CASE WHEN dn.id % 3 = 0 THEN 2 ELSE 1 END) AS part
        WHERE dn.donation_type <> 'whole blood'
    ) AS x
) AS c
JOIN donations AS dn ON dn.id = c.donation_id
JOIN donors AS d ON d.id = dn.donor_id
JOIN component_types AS ct ON ct.id = c.component_type_id;

-- Units discarded after processing or testing.
UPDATE blood_units
SET status = 'discarded',
    discarded_on = least(collected_on + 1 + id % 3, date '2025-12-31'),
    discard_reason = (ARRAY['reactive screening test', 'bag leak', 'clotted', 'temperature excursion',
                            'reactive screening test', 'lipemic', 'bag leak', 'reactive screening test'])[(id / 53) % 8 + 1],
    modified_on = least(collected_on + 1 + id % 3, date '2025-12-31') + time '14:00'
WHERE (id * 7) % 53 = 0;

-- ---------------------------------------------------------------------------------------------
-- Hospital requests: 1,300 requests over 2022-2025; every 23rd was cancelled, and every 97th was
-- entered in error and soft-deleted.
-- ---------------------------------------------------------------------------------------------

INSERT INTO hospital_requests (id, request_number, hospital_id, component_type_id, blood_group_id, units_requested,
                               priority, requested_on, required_by, status, created_on, modified_on, is_deleted)
SELECT q.r,
       'RQ' || to_char(q.requested_on, 'YY') || '-' || lpad(q.r::text, 5, '0'),
       q.hospital_id, q.component_type_id, q.blood_group_id,
       CASE q.component_type_id WHEN 1 THEN 1 + (q.r * 3) % 5
                                WHEN 2 THEN 2 + q.r % 3
                                WHEN 3 THEN 1 + q.r % 2
                                ELSE 1 + (q.r * 5) % 3 END,
       q.priority,
       q.requested_on,
       q.requested_on + CASE q.priority WHEN 'emergency' THEN interval '1 hour'
                                        WHEN 'urgent' THEN interval '6 hours'
                                        ELSE interval '48 hours' END,
       CASE WHEN q.r % 97 = 0 OR q.r % 23 = 0 THEN 'cancelled' ELSE 'pending' END,  -- settled below
       q.requested_on,
       q.requested_on,
       CASE WHEN q.r % 97 = 0 THEN 1 ELSE 0 END
FROM (
    SELECT h.r, h.requested_on, h.priority, h.blood_group_id,
           CASE WHEN h.hospital_id = 14 AND h.requested_on >= timestamp '2023-07-01' THEN 3
                WHEN h.hospital_id = 13 AND h.requested_on >= timestamp '2025-01-01' THEN 1
                ELSE h.hospital_id END AS hospital_id,
           CASE WHEN h.hospital_id IN (4, 11) AND h.r % 2 = 0 THEN 3 ELSE h.component_type_id END AS component_type_id
    FROM (
        SELECT r,
               timestamp '2022-01-01 00:00' + ((r - 1) * 1461 / 1300) * interval '1 day'
                   + ((r * 7) % 24) * interval '1 hour' + ((r * 13) % 60) * interval '1 minute' AS requested_on,
               (ARRAY[3,3,3,3,3,3,3,3,1,1,1,1,1,1,5,5,5,5,5,2,2,2,2,4,4,4,11,11,11,7,7,6,6,9,9,8,10,12,13,14])[(r * 17) % 40 + 1] AS hospital_id,
               (ARRAY[1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,3,3,4,4])[(r * 7 + r / 40) % 20 + 1] AS component_type_id,
               CASE WHEN (r * 37 + 5) % 100 < 36 THEN 1 WHEN (r * 37 + 5) % 100 < 46 THEN 2
                    WHEN (r * 37 + 5) % 100 < 78 THEN 3 WHEN (r * 37 + 5) % 100 < 84 THEN 4
                    WHEN (r * 37 + 5) % 100 < 93 THEN 5 WHEN (r * 37 + 5) % 100 < 95 THEN 6
                    WHEN (r * 37 + 5) % 100 < 99 THEN 7 ELSE 8 END AS blood_group_id,
               CASE WHEN (r * 11) % 20 < 2 THEN 'emergency' WHEN (r * 11) % 20 < 7 THEN 'urgent' ELSE 'routine' END AS priority
        FROM generate_series(1, 1300) AS r
    ) AS h
) AS q;

-- ---------------------------------------------------------------------------------------------
-- Issue units against requests in order of arrival: same component and blood group (platelets of
-- any group), collected at least a day before the request, not expiring before the day after;
-- first to expire, first out. Requests of the last two days of 2025 are still pending.
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    req   record;
    u     record;
    n     integer;
    next_id integer := 0;
    gap   interval;
BEGIN
    FOR req IN
        SELECT q.*, h.discount_pct
        FROM hospital_requests AS q JOIN hospitals AS h ON h.id = q.hospital_id
        WHERE q.status = 'pending' AND q.requested_on < timestamp '2025-12-30 00:00'
        ORDER BY q.requested_on, q.id
    LOOP
        n := 0;
        gap := CASE req.priority WHEN 'emergency' THEN interval '20 minutes'
                                 WHEN 'urgent' THEN interval '90 minutes'
                                 ELSE interval '5 hours' + (req.id % 12) * interval '15 minutes' END;
        FOR u IN
            SELECT b.id, b.is_irradiated, ct.standard_fee
            FROM blood_units AS b JOIN component_types AS ct ON ct.id = b.component_type_id
            WHERE b.status = 'available'
              AND b.component_type_id = req.component_type_id
              AND (b.blood_group_id = req.blood_group_id OR req.component_type_id = 3)
              AND b.collected_on <= req.requested_on::date - 1
              AND b.expires_on >= req.requested_on::date + 1
            ORDER BY b.expires_on, b.id
            LIMIT req.units_requested
        LOOP
            n := n + 1;
            next_id := next_id + 1;
            INSERT INTO issued_units (id, request_id, blood_unit_id, issued_on, fee_amount, is_emergency_release,
                                      created_on, modified_on, is_deleted)
            VALUES (next_id, req.id, u.id, req.requested_on + gap + n * interval '4 minutes',
                    round(u.standard_fee * (1 - req.discount_pct / 100), 2) + CASE WHEN u.is_irradiated = 1 THEN 45.00 ELSE 0 END,
                    CASE WHEN req.priority = 'emergency' THEN 1 ELSE 0 END,
                    req.requested_on + gap + n * interval '4 minutes',
                    req.requested_on + gap + n * interval '4 minutes',
                    0);
            UPDATE blood_units
            SET status = 'issued', modified_on = req.requested_on + gap + n * interval '4 minutes'
            WHERE id = u.id;
        END LOOP;
        UPDATE hospital_requests
        SET status = CASE WHEN n = 0 THEN 'unfilled' WHEN n < req.units_requested THEN 'partially fulfilled' ELSE 'fulfilled' END,
            modified_on = req.requested_on + gap + greatest(n, 1) * interval '4 minutes'
        WHERE id = req.id;
    END LOOP;
END
$$;

-- Whatever was left on the shelf past its expiry date by the end of 2025 expired.
UPDATE blood_units
SET status = 'expired', modified_on = expires_on + time '00:05'
WHERE status = 'available' AND expires_on < date '2025-12-31';

-- Cancellations are recorded a little after the request came in.
UPDATE hospital_requests
SET modified_on = requested_on + interval '35 minutes'
WHERE status = 'cancelled';

ANALYZE;
