-- Fenmoor Regional Ambulance Service: operational extract of the control-room and fleet systems.
-- Emergency calls arrive at the control room (caller's area, triage priority 1 = most urgent .. 4),
-- most calls open an incident, and vehicles (ambulances, rapid response cars, motorbikes) based at
-- stations are dispatched to incidents; ambulances convey patients to receiving hospitals.
-- State is kept as timestamps on the rows (dispatched / on scene / left scene / at hospital),
-- a nullable closed_at and outcome on incident, retired_at on vehicle and left_at on crew_member.
-- Every time is timestamptz stored in UTC; every duration is integer seconds (suffix _secs);
-- distances are kilometres. No money amounts are kept, so there is no currency.
-- Rows carry Rails-style created_at / updated_at audit columns.
-- Extract taken 2025-07-01 06:00 UTC; activity covers 2023-01-01 to 2025-06-30.

-- ---------------------------------------------------------------- schema

CREATE TABLE area (
    id          bigint PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    area_type   text NOT NULL CHECK (area_type IN ('urban', 'suburban', 'rural')),
    population  integer NOT NULL CHECK (population > 0),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE station (
    id             bigint PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    area_id        bigint NOT NULL REFERENCES area (id),
    address        text NOT NULL,
    open_24_hours  boolean NOT NULL,
    opened_at      timestamptz NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE TABLE vehicle_type (
    id          bigint PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    crew_size   integer NOT NULL CHECK (crew_size BETWEEN 1 AND 3),
    can_convey  boolean NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE vehicle (
    id               bigint PRIMARY KEY,
    call_sign        text NOT NULL UNIQUE,
    registration     text NOT NULL UNIQUE,
    vehicle_type_id  bigint NOT NULL REFERENCES vehicle_type (id),
    station_id       bigint NOT NULL REFERENCES station (id),
    make_model       text NOT NULL,
    status           text NOT NULL CHECK (status IN ('in_service', 'maintenance', 'retired')),
    commissioned_at  timestamptz NOT NULL,
    retired_at       timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK ((status = 'retired') = (retired_at IS NOT NULL)),
    CHECK (retired_at IS NULL OR retired_at > commissioned_at)
);

CREATE TABLE crew_role (
    id                       bigint PRIMARY KEY,
    name                     text NOT NULL UNIQUE,
    is_registered_clinician  boolean NOT NULL,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL
);

CREATE TABLE crew_member (
    id               bigint PRIMARY KEY,
    employee_number  text NOT NULL UNIQUE,
    full_name        text NOT NULL,
    crew_role_id     bigint NOT NULL REFERENCES crew_role (id),
    station_id       bigint NOT NULL REFERENCES station (id),
    phone            text,
    hired_at         timestamptz NOT NULL,
    left_at          timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (left_at IS NULL OR left_at > hired_at)
);

CREATE TABLE shift (
    id              bigint PRIMARY KEY,
    crew_member_id  bigint NOT NULL REFERENCES crew_member (id),
    vehicle_id      bigint NOT NULL REFERENCES vehicle (id),
    shift_type      text NOT NULL CHECK (shift_type IN ('day', 'late', 'night')),
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    status          text NOT NULL CHECK (status IN ('worked', 'sick', 'cancelled')),
    overtime_secs   integer NOT NULL DEFAULT 0 CHECK (overtime_secs >= 0),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (status = 'worked' OR overtime_secs = 0)
);

CREATE TABLE hospital (
    id                 bigint PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    area_id            bigint NOT NULL REFERENCES area (id),
    has_trauma_centre  boolean NOT NULL,
    has_cardiac_unit   boolean NOT NULL,
    bed_count          integer NOT NULL CHECK (bed_count > 0),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE TABLE complaint_category (
    id                bigint PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    default_priority  integer NOT NULL CHECK (default_priority BETWEEN 1 AND 4),
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);

CREATE TABLE call (
    id                   bigint PRIMARY KEY,
    received_at          timestamptz NOT NULL,
    area_id              bigint NOT NULL REFERENCES area (id),
    priority             integer NOT NULL CHECK (priority BETWEEN 1 AND 4),
    caller_type          text NOT NULL CHECK (caller_type IN
                             ('public', 'police', 'fire_service', 'healthcare_professional', 'care_home')),
    disposition          text NOT NULL CHECK (disposition IN
                             ('incident_created', 'advice_given', 'duplicate', 'hoax', 'abandoned')),
    time_to_answer_secs  integer CHECK (time_to_answer_secs >= 0),
    call_length_secs     integer CHECK (call_length_secs > 0),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);

CREATE TABLE incident (
    id                     bigint PRIMARY KEY,
    reference              text NOT NULL UNIQUE,
    call_id                bigint NOT NULL UNIQUE REFERENCES call (id),
    complaint_category_id  bigint NOT NULL REFERENCES complaint_category (id),
    opened_at              timestamptz NOT NULL,
    closed_at              timestamptz,
    outcome                text CHECK (outcome IN
                               ('conveyed', 'treated_on_scene', 'referred', 'no_patient_found', 'cancelled')),
    patient_age            integer CHECK (patient_age BETWEEN 0 AND 110),
    patient_sex            text CHECK (patient_sex IN ('female', 'male')),
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK ((closed_at IS NULL) = (outcome IS NULL))
);

CREATE TABLE dispatch (
    id                   bigint PRIMARY KEY,
    incident_id          bigint NOT NULL REFERENCES incident (id),
    vehicle_id           bigint NOT NULL REFERENCES vehicle (id),
    status               text NOT NULL CHECK (status IN ('completed', 'stood_down', 'active')),
    dispatched_at        timestamptz NOT NULL,
    arrived_on_scene_at  timestamptz,
    left_scene_at        timestamptz,
    hospital_id          bigint REFERENCES hospital (id),
    arrived_hospital_at  timestamptz,
    handover_delay_secs  integer CHECK (handover_delay_secs >= 0),
    distance_km          numeric(6,1) NOT NULL CHECK (distance_km >= 0),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CHECK (arrived_on_scene_at IS NULL OR arrived_on_scene_at > dispatched_at),
    CHECK (left_scene_at IS NULL OR left_scene_at > arrived_on_scene_at),
    CHECK (arrived_hospital_at IS NULL OR arrived_hospital_at > left_scene_at),
    CHECK (handover_delay_secs IS NULL OR arrived_hospital_at IS NOT NULL)
);

CREATE INDEX call_received_at_idx ON call (received_at);
CREATE INDEX incident_opened_at_idx ON incident (opened_at);
CREATE INDEX dispatch_incident_id_idx ON dispatch (incident_id);
CREATE INDEX dispatch_vehicle_id_idx ON dispatch (vehicle_id);
CREATE INDEX shift_crew_member_id_idx ON shift (crew_member_id);

-- ---------------------------------------------------------------- deterministic mixer (session only)

CREATE FUNCTION pg_temp.mix(i bigint, salt integer) RETURNS integer
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE h bigint;
BEGIN
    -- integer hash of (i, salt) -> 0 .. 999999, built from multiplications, shifts and xor
    h := (i * 374761393 + salt::bigint * 668265263 + 144665) & 4294967295;
    h := ((h # (h >> 15)) * 1274126177) & 4294967295;
    h := ((h # (h >> 13)) * 668265263) & 4294967295;
    RETURN ((h # (h >> 16)) % 1000000)::integer;
END $$;

-- ---------------------------------------------------------------- reference data

INSERT INTO area (id, name, area_type, population, created_at, updated_at)
SELECT id, name, area_type, population, timestamptz '2022-10-03 09:00+00', timestamptz '2022-10-03 09:00+00'
FROM (VALUES
    (1, 'Northgate',      'urban',    148000),
    (2, 'Riverside',      'urban',    121000),
    (3, 'Old Harbour',    'urban',     96000),
    (4, 'Millbrook',      'suburban',  64000),
    (5, 'Eastfield',      'suburban',  58000),
    (6, 'Kestrel Vale',   'suburban',  47000),
    (7, 'Hawthorn Downs', 'rural',     23000),
    (8, 'Saltmarsh',      'rural',     17500),
    (9, 'Upper Fenwick',  'rural',     12800),
    (10, 'Brackenmoor',   'rural',     15200)
) v(id, name, area_type, population);

INSERT INTO station (id, name, area_id, address, open_24_hours, opened_at, created_at, updated_at)
SELECT id, name, area_id, address, open_24, opened_at, timestamptz '2022-10-03 09:00+00',
       CASE WHEN id = 6 THEN timestamptz '2024-04-15 10:30+00' ELSE timestamptz '2022-10-03 09:00+00' END
FROM (VALUES
    (1, 'Northgate Station',    1, '14 Beacon Street, Northgate',        true,  timestamptz '1987-05-01 00:00+00'),
    (2, 'Riverside Station',    2, '2 Wharf Lane, Riverside',            true,  timestamptz '1994-09-12 00:00+00'),
    (3, 'Harbour Road Station', 3, '88 Harbour Road, Old Harbour',       true,  timestamptz '2001-03-19 00:00+00'),
    (4, 'Millbrook Station',    4, 'Unit 3, Mill Trading Estate',        true,  timestamptz '2009-11-02 00:00+00'),
    (5, 'Kestrel Vale Station', 6, 'Kestrel Way, Kestrel Vale',          true,  timestamptz '2012-06-25 00:00+00'),
    (6, 'Hawthorn Station',     7, 'The Old Forge, Hawthorn Downs',      false, timestamptz '1979-02-05 00:00+00'),
    (7, 'Brackenmoor Station', 10, 'Moor Road, Brackenmoor',             false, timestamptz '2016-08-01 00:00+00')
) v(id, name, area_id, address, open_24, opened_at);

INSERT INTO vehicle_type (id, name, crew_size, can_convey, created_at, updated_at)
VALUES (1, 'Ambulance',          2, true,  timestamptz '2022-10-03 09:00+00', timestamptz '2022-10-03 09:00+00'),
       (2, 'Rapid response car', 1, false, timestamptz '2022-10-03 09:00+00', timestamptz '2022-10-03 09:00+00'),
       (3, 'Motorbike',          1, false, timestamptz '2022-10-03 09:00+00', timestamptz '2022-10-03 09:00+00');

INSERT INTO vehicle (id, call_sign, registration, vehicle_type_id, station_id, make_model, status,
                     commissioned_at, retired_at, created_at, updated_at)
SELECT id, call_sign, registration, vehicle_type_id, station_id, make_model, status,
       commissioned_at, retired_at,
       greatest(commissioned_at - interval '7 days', timestamptz '2022-10-03 09:00+00'),
       coalesce(retired_at, CASE WHEN status = 'maintenance' THEN timestamptz '2025-06-11 14:20+00'
                                 ELSE greatest(commissioned_at, timestamptz '2022-10-03 09:00+00') END)
FROM (VALUES
    (1,  'NG-A1', 'FM19 KDA', 1, 1, 'Mercedes Sprinter 519',  'in_service',  timestamptz '2019-03-01 08:00+00', NULL::timestamptz),
    (2,  'NG-A2', 'FM21 RTE', 1, 1, 'Mercedes Sprinter 519',  'in_service',  timestamptz '2021-06-15 08:00+00', NULL),
    (3,  'RS-A1', 'FK18 WBN', 1, 2, 'Fiat Ducato Maxi',       'retired',     timestamptz '2018-09-03 08:00+00', timestamptz '2024-02-29 17:00+00'),
    (4,  'RS-A2', 'FM20 LHC', 1, 2, 'Mercedes Sprinter 519',  'in_service',  timestamptz '2020-01-10 08:00+00', NULL),
    (5,  'HR-A1', 'FK69 PZO', 1, 3, 'Fiat Ducato Maxi',       'in_service',  timestamptz '2019-11-20 08:00+00', NULL),
    (6,  'MB-A1', 'FJ17 GUV', 1, 4, 'Fiat Ducato Maxi',       'maintenance', timestamptz '2017-05-05 08:00+00', NULL),
    (7,  'KV-A1', 'FM71 SAX', 1, 5, 'Mercedes Sprinter 519',  'in_service',  timestamptz '2022-02-01 08:00+00', NULL),
    (8,  'HW-A1', 'FJ66 DRY', 1, 6, 'Fiat Ducato Maxi',       'in_service',  timestamptz '2016-08-08 08:00+00', NULL),
    (9,  'BM-A1', 'FK18 CTL', 1, 7, 'Fiat Ducato Maxi',       'in_service',  timestamptz '2018-04-04 08:00+00', NULL),
    (10, 'RS-A3', 'FM24 HYB', 1, 2, 'Ford Transit 4x4',       'in_service',  timestamptz '2024-03-01 08:00+00', NULL),
    (11, 'NG-A3', 'FM25 NUE', 1, 1, 'Ford Transit 4x4',       'in_service',  timestamptz '2025-06-16 08:00+00', NULL),
    (12, 'SP-A1', 'FH65 OLD', 1, 1, 'Fiat Ducato Maxi',       'maintenance', timestamptz '2015-10-01 08:00+00', NULL),
    (13, 'NG-R1', 'FM20 VXR', 2, 1, 'Skoda Octavia Estate',   'in_service',  timestamptz '2020-07-01 08:00+00', NULL),
    (14, 'HR-R1', 'FM21 ZLK', 2, 3, 'Skoda Octavia Estate',   'in_service',  timestamptz '2021-02-14 08:00+00', NULL),
    (15, 'KV-R1', 'FK19 BPE', 2, 5, 'Volvo V90',              'in_service',  timestamptz '2019-05-20 08:00+00', NULL),
    (16, 'BM-R1', 'FM23 QWA', 2, 7, 'Volvo V90',              'in_service',  timestamptz '2023-05-02 08:00+00', NULL),
    (17, 'MB-R1', 'FE14 MMR', 2, 4, 'Vauxhall Insignia',      'retired',     timestamptz '2014-09-09 08:00+00', timestamptz '2023-04-28 16:00+00'),
    (18, 'SP-R1', 'FE16 SPR', 2, 4, 'Skoda Octavia Estate',   'maintenance', timestamptz '2016-03-30 08:00+00', NULL),
    (19, 'NG-M1', 'FM21 BKE', 3, 1, 'BMW R 1250 RT',          'in_service',  timestamptz '2021-04-06 08:00+00', NULL),
    (20, 'RS-M1', 'FM22 MTO', 3, 2, 'BMW R 1250 RT',          'in_service',  timestamptz '2022-04-04 08:00+00', NULL),
    (21, 'HR-M1', 'FM24 CYC', 3, 3, 'Yamaha FJR1300',         'in_service',  timestamptz '2024-04-02 08:00+00', NULL)
) v(id, call_sign, registration, vehicle_type_id, station_id, make_model, status, commissioned_at, retired_at);

INSERT INTO crew_role (id, name, is_registered_clinician, created_at, updated_at)
SELECT id, name, reg, timestamptz '2022-10-03 09:00+00', timestamptz '2022-10-03 09:00+00'
FROM (VALUES (1, 'Advanced Paramedic', true),
             (2, 'Paramedic', true),
             (3, 'Emergency Medical Technician', false),
             (4, 'Emergency Care Assistant', false),
             (5, 'Student Paramedic', false)) v(id, name, reg);

INSERT INTO hospital (id, name, area_id, has_trauma_centre, has_cardiac_unit, bed_count, created_at, updated_at)
SELECT id, name, area_id, trauma, cardiac, beds, timestamptz '2022-10-03 09:00+00', timestamptz '2022-10-03 09:00+00'
FROM (VALUES
    (1, 'Northgate General Hospital',    1,  true,  true,  640),
    (2, 'Riverside Royal Infirmary',     2,  false, false, 520),
    (3, 'St Brannoc''s Hospital',        3,  false, false, 410),
    (4, 'Millbrook Community Hospital',  4,  false, false, 180),
    (5, 'Kestrel Vale Hospital',         6,  false, true,  350),
    (6, 'Brackenmoor Cottage Hospital', 10,  false, false,  60)
) v(id, name, area_id, trauma, cardiac, beds);

INSERT INTO complaint_category (id, name, default_priority, created_at, updated_at)
SELECT id, name, dp, timestamptz '2022-10-03 09:00+00', timestamptz '2022-10-03 09:00+00'
FROM (VALUES (1, 'Cardiac arrest', 1),
             (2, 'Chest pain', 2),
             (3, 'Breathing problems', 2),
             (4, 'Stroke', 2),
             (5, 'Fall', 3),
             (6, 'Road traffic collision', 2),
             (7, 'Sick person', 3),
             (8, 'Unconscious or fainting', 2),
             (9, 'Mental health crisis', 3),
             (10, 'Overdose or poisoning', 2),
             (11, 'Maternity', 2),
             (12, 'Heat or cold exposure', 3)) v(id, name, dp);

-- crew members: names from two short lists, paired so that every name is different
INSERT INTO crew_member (id, employee_number, full_name, crew_role_id, station_id, phone,
                         hired_at, left_at, created_at, updated_at)
SELECT i,
       'FRAS-' || (4100 + i * 7)::text,
       (ARRAY['Aisha','Ben','Chloe','Daniel','Ella','Farid','Grace','Harry','Isla','Jack',
              'Kiran','Laura','Marcus','Nadia','Oliver','Priya','Quinn','Rosa','Samuel','Tessa',
              'Umar','Vera','William','Yasmin','Zoe','Callum','Megan','Owen','Hannah','Leon'])[((i - 1) % 30) + 1]
       || ' ' ||
       (ARRAY['Ashworth','Bellamy','Carver','Dunmore','Ellison','Fairbrother','Garside','Holloway',
              'Ingram','Jessop','Kettle','Lowther','Marsh','Northcott','Oakley','Pennington','Quayle',
              'Rudd','Stainton','Thackeray','Upton','Varley','Whitlock','Yardley','Abbott','Birtwistle',
              'Cowell','Drinkwater','Eastwood','Pickering','Greaves'])[((i - 1) * 7 % 31) + 1],
       role_id,
       (ARRAY[1,1,1,2,2,2,3,3,4,5,5,6,7])[(pg_temp.mix(i, 71) % 13) + 1],
       CASE WHEN pg_temp.mix(i, 72) % 100 < 12 THEN NULL
            ELSE '07700 9' || lpad((pg_temp.mix(i, 73) % 100000)::text, 5, '0') END,
       hired_at, left_at, hired_at, coalesce(left_at, hired_at)
FROM (
    SELECT i, role_id,
           CASE WHEN i = 60 THEN timestamptz '2025-05-12 09:00+00'
                WHEN i = 61 THEN timestamptz '2025-06-02 09:00+00'
                WHEN i = 62 THEN timestamptz '2025-06-23 09:00+00'
                WHEN role_id = 5 THEN timestamptz '2024-09-02 09:00+00' + (pg_temp.mix(i, 74) % 200) * interval '1 day'
                ELSE timestamptz '2008-01-07 09:00+00' + (pg_temp.mix(i, 74) % 5100) * interval '1 day'
           END AS hired_at,
           CASE WHEN i % 9 = 4 AND i < 56
                THEN timestamptz '2023-03-31 17:00+00' + (pg_temp.mix(i, 75) % 700) * interval '1 day'
           END AS left_at
    FROM (
        SELECT i, CASE WHEN i <= 5 THEN 1 WHEN i <= 27 THEN 2 WHEN i <= 43 THEN 3
                       WHEN i <= 55 THEN 4 WHEN i <= 59 THEN 5
                       WHEN i = 60 THEN 2 WHEN i = 61 THEN 3 ELSE 4 END AS role_id
        FROM generate_series(1, 62) i
    ) r
) x;

ANALYZE area, station, vehicle_type, vehicle, crew_role, crew_member, hospital, complaint_category;

-- ---------------------------------------------------------------- helper weights (session only)

CREATE TEMP TABLE tmp_area_weight AS
SELECT season, area_id,
       (sum(w) OVER (PARTITION BY season ORDER BY area_id) - w)::int AS lo,
       (sum(w) OVER (PARTITION BY season ORDER BY area_id))::int AS hi
FROM (
    SELECT s.season, v.area_id, CASE WHEN s.season = 'summer' THEN v.w_summer ELSE v.w_other END AS w
    FROM (VALUES (1, 20, 17), (2, 17, 15), (3, 13, 15), (4, 11, 11), (5, 10, 10),
                 (6, 8, 8), (7, 7, 7), (8, 6, 10), (9, 4, 4), (10, 4, 3)) v(area_id, w_other, w_summer)
    CROSS JOIN (VALUES ('winter'), ('mid'), ('summer')) s(season)
) x;
ANALYZE tmp_area_weight;

CREATE TEMP TABLE tmp_cat_weight AS
SELECT season, category_id,
       (sum(w) OVER (PARTITION BY season ORDER BY category_id) - w)::int AS lo,
       (sum(w) OVER (PARTITION BY season ORDER BY category_id))::int AS hi
FROM (
    SELECT s.season, v.category_id,
           CASE s.season WHEN 'winter' THEN v.w_winter WHEN 'summer' THEN v.w_summer ELSE v.w_mid END AS w
    FROM (VALUES (1, 2, 3, 2), (2, 11, 12, 10), (3, 12, 18, 9), (4, 5, 5, 5), (5, 20, 22, 17),
                 (6, 7, 5, 10), (7, 17, 16, 15), (8, 8, 6, 10), (9, 8, 6, 8), (10, 5, 3, 6),
                 (11, 4, 3, 4), (12, 1, 1, 4)) v(category_id, w_mid, w_winter, w_summer)
    CROSS JOIN (VALUES ('winter'), ('mid'), ('summer')) s(season)
) x;
ANALYZE tmp_cat_weight;

-- per category: % conveyed, % referred, patient age range
CREATE TEMP TABLE tmp_cat_profile (category_id int, convey_pct int, refer_pct int, age_lo int, age_hi int);
INSERT INTO tmp_cat_profile VALUES
    (1, 55, 0, 34, 92), (2, 82, 6, 28, 91), (3, 72, 6, 1, 95), (4, 95, 0, 44, 97),
    (5, 52, 12, 58, 101), (6, 68, 4, 17, 79), (7, 48, 15, 1, 96), (8, 58, 8, 14, 92),
    (9, 38, 30, 15, 71), (10, 66, 8, 15, 66), (11, 86, 6, 18, 43), (12, 50, 6, 19, 93);
ANALYZE tmp_cat_profile;

-- area -> home station, area -> receiving hospital weights
CREATE TEMP TABLE tmp_area_station (area_id int, station_id int);
INSERT INTO tmp_area_station VALUES (1,1),(2,2),(3,3),(4,4),(5,2),(6,5),(7,6),(8,3),(9,7),(10,7);
ANALYZE tmp_area_station;

CREATE TEMP TABLE tmp_area_hospital AS
SELECT area_id, hospital_id,
       (sum(w) OVER (PARTITION BY area_id ORDER BY hospital_id) - w)::int AS lo,
       (sum(w) OVER (PARTITION BY area_id ORDER BY hospital_id))::int AS hi
FROM (VALUES (1,1,90),(1,2,10),(2,2,85),(2,1,15),(3,3,88),(3,2,12),(4,4,55),(4,1,45),
             (5,2,70),(5,4,30),(6,5,92),(6,4,8),(7,5,75),(7,6,25),(8,3,80),(8,5,20),
             (9,6,60),(9,5,40),(10,6,65),(10,1,35)) v(area_id, hospital_id, w);
ANALYZE tmp_area_hospital;

-- ---------------------------------------------------------------- calls

CREATE TEMP TABLE tmp_call AS
WITH days AS (
    SELECT d::date AS day, (d::date - date '2023-01-01') AS dn,
           extract(month FROM d)::int AS mon, extract(isodow FROM d)::int AS dow,
           extract(year FROM d)::int AS yr
    FROM generate_series(timestamp '2023-01-01', timestamp '2025-06-30', interval '1 day') d
), counts AS (
    SELECT *,
           CASE WHEN mon IN (12, 1, 2) THEN 'winter' WHEN mon IN (6, 7, 8) THEN 'summer' ELSE 'mid' END AS season,
           3 + CASE WHEN mon IN (12, 1) THEN 3 WHEN mon IN (2, 11) THEN 2 WHEN mon IN (7, 8) THEN 1 ELSE 0 END
             + CASE WHEN dow IN (5, 6) THEN 1 ELSE 0 END
             + CASE WHEN yr >= 2024 THEN 1 ELSE 0 END
             + pg_temp.mix(dn, 1) % 3 AS n_calls
    FROM days
), raw AS (
    SELECT c.day, c.dn, c.mon, c.yr, c.season, k, c.dn * 32 + k AS seed
    FROM counts c CROSS JOIN LATERAL generate_series(1, c.n_calls) k
), timed AS (
    SELECT r.*,
           (r.day::timestamp
             + make_interval(hours => (ARRAY[0,1,2,3,4,5,6,7,8,8,9,9,10,10,10,11,11,11,12,12,
                                             13,13,14,14,15,15,16,16,17,17,18,18,19,19,20,20,
                                             21,21,22,23])[1 + pg_temp.mix(seed, 2) % 40],
                             mins => pg_temp.mix(seed, 3) % 60,
                             secs => pg_temp.mix(seed, 4) % 60)) AT TIME ZONE 'UTC' AS received_at
    FROM raw r
)
SELECT row_number() OVER (ORDER BY received_at, seed) AS id, t.*
FROM timed t;
ANALYZE tmp_call;

CREATE TEMP TABLE tmp_call2 AS
SELECT c.id, c.received_at, c.mon, c.yr, c.season, aw.area_id, a.area_type, cw.category_id,
       p.priority,
       CASE WHEN p.priority = 1 THEN 'incident_created'
            WHEN m8 < 2 THEN 'abandoned'
            WHEN m8 < 3 THEN 'hoax'
            WHEN m8 < 9 THEN 'duplicate'
            WHEN (p.priority = 4 AND m8 < 45) OR (p.priority = 3 AND m8 < 17) THEN 'advice_given'
            ELSE 'incident_created' END AS disposition,
       CASE WHEN cw.category_id = 5 AND m9 >= 52 AND m9 < 70 THEN 'care_home'
            WHEN cw.category_id = 6 AND m9 >= 50 AND m9 < 75 THEN 'police'
            WHEN m9 < 70 THEN 'public'
            WHEN m9 < 80 THEN 'police'
            WHEN m9 < 89 THEN 'healthcare_professional'
            WHEN m9 < 97 THEN 'care_home'
            ELSE 'fire_service' END AS caller_type
FROM tmp_call c
JOIN tmp_area_weight aw ON aw.season = c.season
     AND pg_temp.mix(c.id, 5) % 100 >= aw.lo AND pg_temp.mix(c.id, 5) % 100 < aw.hi
JOIN area a ON a.id = aw.area_id
JOIN tmp_cat_weight cw ON cw.season = c.season
     AND pg_temp.mix(c.id, 6) % 100 >= cw.lo AND pg_temp.mix(c.id, 6) % 100 < cw.hi
JOIN complaint_category cc ON cc.id = cw.category_id
CROSS JOIN LATERAL (SELECT pg_temp.mix(c.id, 8) % 100 AS m8, pg_temp.mix(c.id, 9) % 100 AS m9,
                           pg_temp.mix(c.id, 7) % 100 AS m7) m
CROSS JOIN LATERAL (
    SELECT CASE WHEN cw.category_id = 1 THEN 1
                ELSE greatest(1, least(4, cc.default_priority
                       + CASE WHEN m7 < 66 THEN 0 WHEN m7 < 86 THEN 1 ELSE -1 END)) END AS priority
) p;
ANALYZE tmp_call2;

INSERT INTO call (id, received_at, area_id, priority, caller_type, disposition,
                  time_to_answer_secs, call_length_secs, created_at, updated_at)
SELECT id, received_at, area_id, priority, caller_type, disposition, tta, len,
       received_at, received_at + make_interval(secs => coalesce(tta, 0) + coalesce(len, 45))
FROM (
    SELECT c.*,
           CASE WHEN disposition = 'abandoned' THEN NULL
                ELSE 2 + pg_temp.mix(id, 10) % 10
                       + CASE WHEN season = 'winter' THEN pg_temp.mix(id, 11) % 16 ELSE 0 END
                       + CASE WHEN yr = 2024 THEN pg_temp.mix(id, 12) % 5 ELSE 0 END
                       + CASE WHEN pg_temp.mix(id, 13) % 100 < 4 THEN 45 + pg_temp.mix(id, 14) % 240 ELSE 0 END
           END AS tta,
           CASE WHEN disposition = 'abandoned' THEN NULL
                WHEN disposition IN ('duplicate', 'hoax') THEN 35 + pg_temp.mix(id, 15) % 120
                ELSE 95 + pg_temp.mix(id, 15) % 420 + CASE WHEN priority = 1 THEN 150 ELSE 0 END
           END AS len
    FROM tmp_call2 c
) x
ORDER BY id;

ANALYZE call;

-- ---------------------------------------------------------------- incidents

CREATE TEMP TABLE tmp_inc AS
SELECT row_number() OVER (ORDER BY opened_at, call_id) AS id, x.*
FROM (
    SELECT c.id AS call_id, c.category_id, c.priority, c.area_id, c.area_type, c.mon, c.season,
           c.received_at + make_interval(secs => k.time_to_answer_secs + 40 + pg_temp.mix(c.id, 16) % 140) AS opened_at,
           CASE WHEN m20 < 4 THEN 'cancelled'
                WHEN m20 < 7 THEN 'no_patient_found'
                WHEN m21 < p.convey_pct THEN 'conveyed'
                WHEN m21 < p.convey_pct + p.refer_pct THEN 'referred'
                ELSE 'treated_on_scene' END AS plan_outcome,
           p.age_lo, p.age_hi
    FROM tmp_call2 c
    JOIN call k ON k.id = c.id
    JOIN tmp_cat_profile p ON p.category_id = c.category_id
    CROSS JOIN LATERAL (SELECT pg_temp.mix(c.id, 20) % 100 AS m20, pg_temp.mix(c.id, 21) % 100 AS m21) m
    WHERE c.disposition = 'incident_created'
) x;
ANALYZE tmp_inc;

-- one or two dispatches per incident; a few cancelled incidents never had a vehicle sent
CREATE TEMP TABLE tmp_dplan AS
WITH f AS (
    SELECT i.*,
           NOT (plan_outcome = 'cancelled' AND pg_temp.mix(id, 30) % 100 < 45) AS has_dispatch,
           CASE WHEN (priority = 1 OR category_id = 1) AND pg_temp.mix(id, 31) % 100 < 72 THEN 2
                WHEN area_type = 'urban' AND mon BETWEEN 4 AND 9 AND priority IN (2, 3)
                     AND pg_temp.mix(id, 31) % 100 < 14 THEN 3
                WHEN area_type = 'urban' AND priority IN (2, 3) AND pg_temp.mix(id, 31) % 100 < 4 THEN 3
                WHEN priority IN (2, 3) AND pg_temp.mix(id, 31) % 100 < 11 THEN 2
                ELSE 1 END AS first_type
    FROM tmp_inc i
)
SELECT f.id AS incident_id, 1 AS seq, first_type AS vtype,
       (first_type = 1 AND plan_outcome = 'conveyed') AS conveys,
       (plan_outcome = 'cancelled') AS stood_down
FROM f WHERE has_dispatch
UNION ALL
SELECT f.id, 2, 1,
       (plan_outcome = 'conveyed'),
       (plan_outcome <> 'conveyed' AND priority = 1 AND pg_temp.mix(id, 33) % 100 < 50)
FROM f
WHERE has_dispatch AND first_type <> 1 AND plan_outcome <> 'cancelled'
  AND (plan_outcome = 'conveyed'
       OR (priority = 1 AND pg_temp.mix(id, 32) % 100 < 65)
       OR (plan_outcome = 'treated_on_scene' AND pg_temp.mix(id, 32) % 100 < 30));
ANALYZE tmp_dplan;

CREATE TEMP TABLE tmp_disp AS
WITH base AS MATERIALIZED (
    SELECT d.*, i.opened_at, i.priority, i.category_id, i.area_id, i.area_type, i.mon, i.season,
           i.plan_outcome, s.station_id AS home_station,
           i.opened_at + make_interval(secs =>
               CASE i.priority
                   WHEN 1 THEN 15 + pg_temp.mix(i.id, 34) % 90
                   WHEN 2 THEN 45 + pg_temp.mix(i.id, 34) % 420
                               + CASE WHEN i.season = 'winter' THEN pg_temp.mix(i.id, 35) % 600 ELSE 0 END
                   WHEN 3 THEN 120 + pg_temp.mix(i.id, 34) % 1500
                               + CASE WHEN i.season = 'winter' THEN pg_temp.mix(i.id, 35) % 1200 ELSE 0 END
                   ELSE 300 + pg_temp.mix(i.id, 34) % 2700
                               + CASE WHEN i.season = 'winter' THEN pg_temp.mix(i.id, 35) % 2400 ELSE 0 END
               END
               + CASE WHEN d.seq = 2 THEN CASE WHEN i.priority = 1 THEN 30 + pg_temp.mix(i.id, 36) % 400
                                                ELSE 120 + pg_temp.mix(i.id, 36) % 900 END
                      ELSE 0 END) AS dispatched_at
    FROM tmp_dplan d
    JOIN tmp_inc i ON i.id = d.incident_id
    JOIN tmp_area_station s ON s.area_id = i.area_id
), pick AS MATERIALIZED (
    SELECT b.*, v.id AS vehicle_id, v.station_id AS vehicle_station,
           row_number() OVER (PARTITION BY b.incident_id, b.seq
                              ORDER BY CASE WHEN v.station_id = b.home_station
                                            THEN CASE WHEN pg_temp.mix(b.incident_id * 3 + b.seq, 37) % 100 < 10 THEN 2 ELSE 0 END
                                            ELSE 1 END,
                                       pg_temp.mix(b.incident_id * 100 + v.id, 38), v.id) AS rn
    FROM base b
    JOIN vehicle v ON v.vehicle_type_id = b.vtype
                  AND v.commissioned_at <= b.dispatched_at
                  AND (v.retired_at IS NULL OR v.retired_at > b.dispatched_at)
                  AND v.call_sign NOT LIKE 'SP-%'
), chosen AS MATERIALIZED (
    SELECT p.*,
           round((CASE p.area_type WHEN 'urban' THEN 200 + pg_temp.mix(p.incident_id * 3 + p.seq, 39) % 540
                                   WHEN 'suburban' THEN 330 + pg_temp.mix(p.incident_id * 3 + p.seq, 39) % 780
                                   ELSE 520 + pg_temp.mix(p.incident_id * 3 + p.seq, 39) % 1400 END
                  * CASE WHEN p.priority = 1 THEN 0.8 ELSE 1.0 END
                  * CASE p.vtype WHEN 3 THEN 0.75 WHEN 2 THEN 0.85 ELSE 1.0 END)
                 + CASE WHEN p.vehicle_station <> p.home_station
                        THEN 420 + pg_temp.mix(p.incident_id * 3 + p.seq, 40) % 600 ELSE 0 END)::int AS travel_secs,
           CASE WHEN p.plan_outcome = 'no_patient_found' THEN 240 + pg_temp.mix(p.incident_id * 3 + p.seq, 41) % 600
                WHEN p.category_id = 1 THEN 2100 + pg_temp.mix(p.incident_id * 3 + p.seq, 41) % 2400
                WHEN p.plan_outcome IN ('treated_on_scene', 'referred') THEN 1500 + pg_temp.mix(p.incident_id * 3 + p.seq, 41) % 2100
                ELSE 900 + pg_temp.mix(p.incident_id * 3 + p.seq, 41) % 1500 END AS on_scene_secs,
           CASE WHEN p.conveys THEN
                CASE WHEN p.category_id = 6 AND pg_temp.mix(p.incident_id, 42) % 100 < 70 THEN 1
                     WHEN p.category_id IN (1, 2) AND pg_temp.mix(p.incident_id, 42) % 100 < 55
                          THEN CASE WHEN p.area_id IN (4, 6, 7, 8, 9) THEN 5 ELSE 1 END
                     ELSE (SELECT h.hospital_id FROM tmp_area_hospital h
                           WHERE h.area_id = p.area_id
                             AND pg_temp.mix(p.incident_id, 43) % 100 >= h.lo
                             AND pg_temp.mix(p.incident_id, 43) % 100 < h.hi) END
           END AS hospital_id,
           600 + pg_temp.mix(p.incident_id, 44) % 1200
               + CASE WHEN p.area_type = 'rural' THEN 900 ELSE 0 END AS to_hospital_secs,
           CASE p.area_type WHEN 'urban' THEN 0.009 WHEN 'suburban' THEN 0.012 ELSE 0.015 END AS km_per_sec
    FROM pick p
    WHERE p.rn = 1
)
SELECT c.*,
       CASE WHEN c.stood_down THEN NULL
            ELSE c.dispatched_at + make_interval(secs => c.travel_secs) END AS arrived_on_scene_at,
       CASE WHEN c.stood_down THEN NULL
            ELSE c.dispatched_at + make_interval(secs => c.travel_secs + c.on_scene_secs) END AS left_scene_at,
       CASE WHEN c.conveys
            THEN c.dispatched_at + make_interval(secs => c.travel_secs + c.on_scene_secs + c.to_hospital_secs) END AS arrived_hospital_at,
       CASE WHEN c.conveys AND pg_temp.mix(c.incident_id, 45) % 100 >= 2 THEN
            greatest(120, round(
                (ARRAY[1380, 2520, 1680, 540, 1080, 420])[c.hospital_id]
                * CASE WHEN c.mon IN (12, 1) THEN 1.9 WHEN c.mon IN (2, 11) THEN 1.4
                       WHEN c.mon IN (3, 10) THEN 1.1 ELSE 0.9 END
                * CASE extract(year FROM c.dispatched_at AT TIME ZONE 'UTC')::int
                       WHEN 2024 THEN 1.12 WHEN 2025 THEN 0.95 ELSE 1.0 END
                * (50 + pg_temp.mix(c.incident_id, 46) % 100) / 100.0)::int
              + CASE WHEN c.hospital_id IN (1, 2, 3) AND pg_temp.mix(c.incident_id, 47) % 100 < 6
                     THEN 3600 + pg_temp.mix(c.incident_id, 48) % 9000 ELSE 0 END)
       END AS handover_delay_secs,
       round((CASE WHEN c.stood_down
                   THEN c.travel_secs * (20 + pg_temp.mix(c.incident_id * 3 + c.seq, 49) % 60) / 100.0
                   ELSE c.travel_secs END * c.km_per_sec
              + CASE WHEN c.conveys THEN c.to_hospital_secs * 0.014 ELSE 0 END)::numeric, 1) AS distance_km
FROM chosen c;
ANALYZE tmp_disp;

INSERT INTO incident (id, reference, call_id, complaint_category_id, opened_at, closed_at, outcome,
                      patient_age, patient_sex, created_at, updated_at)
SELECT i.id,
       'INC-' || extract(year FROM i.opened_at AT TIME ZONE 'UTC')::int || '-'
           || lpad(row_number() OVER (PARTITION BY extract(year FROM i.opened_at AT TIME ZONE 'UTC')
                                      ORDER BY i.id)::text, 5, '0'),
       i.call_id, i.category_id, i.opened_at,
       cl.closed_at,
       CASE WHEN cl.closed_at IS NOT NULL THEN i.plan_outcome END,
       CASE WHEN pg_temp.mix(i.id, 50) % 100 < 5
              OR (i.plan_outcome IN ('cancelled', 'no_patient_found') AND pg_temp.mix(i.id, 50) % 100 < 70)
            THEN NULL
            WHEN i.category_id = 5 AND pg_temp.mix(i.id, 51) % 100 < 12 THEN 3 + pg_temp.mix(i.id, 52) % 50
            ELSE greatest(i.age_lo + pg_temp.mix(i.id, 52) % (i.age_hi - i.age_lo + 1),
                          i.age_lo + pg_temp.mix(i.id, 53) % (i.age_hi - i.age_lo + 1)
                          - CASE WHEN i.category_id IN (6, 9, 10, 11) THEN 30 ELSE 0 END)
       END,
       CASE WHEN i.category_id = 11 THEN 'female'
            WHEN pg_temp.mix(i.id, 54) % 100 < 4 THEN NULL
            WHEN pg_temp.mix(i.id, 54) % 100 < CASE WHEN i.category_id IN (5, 7) THEN 60
                                                    WHEN i.category_id IN (6, 10) THEN 38 ELSE 50 END
            THEN 'female' ELSE 'male' END,
       i.opened_at, coalesce(cl.closed_at, i.opened_at)
FROM tmp_inc i
LEFT JOIN (
    SELECT d.incident_id,
           max(greatest(d.dispatched_at + interval '10 minutes',
                        d.left_scene_at + interval '12 minutes',
                        d.arrived_hospital_at + make_interval(secs => coalesce(d.handover_delay_secs, 0) + 900))) AS c
    FROM tmp_disp d GROUP BY d.incident_id
) dl ON dl.incident_id = i.id
CROSS JOIN LATERAL (
    SELECT CASE WHEN t.c > timestamptz '2025-07-01 06:00+00' OR pg_temp.mix(i.id, 55) % 1000 < 2 THEN NULL
                ELSE t.c END AS closed_at
    FROM (SELECT coalesce(dl.c, i.opened_at + make_interval(secs => 300 + pg_temp.mix(i.id, 56) % 1200)) AS c) t
) cl
ORDER BY i.id;

INSERT INTO dispatch (id, incident_id, vehicle_id, status, dispatched_at, arrived_on_scene_at, left_scene_at,
                      hospital_id, arrived_hospital_at, handover_delay_secs, distance_km, created_at, updated_at)
SELECT row_number() OVER (ORDER BY d.dispatched_at, d.incident_id, d.seq),
       d.incident_id, d.vehicle_id,
       CASE WHEN d.stood_down THEN 'stood_down'
            WHEN coalesce(d.arrived_hospital_at + make_interval(secs => coalesce(d.handover_delay_secs, 0)),
                          d.left_scene_at) > timestamptz '2025-07-01 06:00+00' THEN 'active'
            ELSE 'completed' END,
       d.dispatched_at,
       d.arrived_on_scene_at,
       CASE WHEN d.left_scene_at <= timestamptz '2025-07-01 06:00+00' THEN d.left_scene_at END,
       d.hospital_id,
       CASE WHEN d.arrived_hospital_at <= timestamptz '2025-07-01 06:00+00' THEN d.arrived_hospital_at END,
       CASE WHEN d.arrived_hospital_at + make_interval(secs => coalesce(d.handover_delay_secs, 0))
                 <= timestamptz '2025-07-01 06:00+00' THEN d.handover_delay_secs END,
       d.distance_km,
       d.dispatched_at,
       least(timestamptz '2025-07-01 06:00+00',
             coalesce(d.arrived_hospital_at + make_interval(secs => coalesce(d.handover_delay_secs, 0)),
                      d.left_scene_at, d.dispatched_at + interval '6 minutes'))
FROM tmp_disp d;

-- ---------------------------------------------------------------- shifts

CREATE TEMP TABLE tmp_slot AS
WITH days AS (
    SELECT d::date AS day, (d::date - date '2023-01-01') AS dn,
           extract(month FROM d)::int AS mon, extract(isodow FROM d)::int AS dow
    FROM generate_series(timestamp '2023-01-01', timestamp '2025-06-30', interval '1 day') d
)
SELECT day, dn, mon, slot, shift_type, vtype, vrank, crank, start_hour
FROM days
CROSS JOIN (VALUES (1, 'day', 1, 1, 1, 7), (2, 'night', 1, 2, 2, 19),
                   (3, 'day', 2, 1, 1, 8), (4, 'late', 1, 3, 3, 12)) s(slot, shift_type, vtype, vrank, crank, start_hour)
WHERE (slot IN (1, 2))
   OR (slot = 3 AND dow <= 5)
   OR (slot = 4 AND (dow IN (5, 6) OR mon IN (12, 1)));
ANALYZE tmp_slot;

CREATE TEMP TABLE tmp_vehicle_day AS
SELECT d.day, v.vehicle_type_id AS vtype, v.id AS vehicle_id,
       row_number() OVER (PARTITION BY d.day, v.vehicle_type_id
                          ORDER BY pg_temp.mix(d.dn * 100 + v.id, 60), v.id) AS vrank
FROM (SELECT DISTINCT day, dn FROM tmp_slot) d
JOIN vehicle v ON v.commissioned_at <= (d.day + 1)::timestamp AT TIME ZONE 'UTC'
              AND (v.retired_at IS NULL OR v.retired_at > d.day::timestamp AT TIME ZONE 'UTC')
              AND v.call_sign NOT LIKE 'SP-%'
              AND v.vehicle_type_id IN (1, 2);
ANALYZE tmp_vehicle_day;

-- pools: 'lead' = Paramedic, 'second' = EMT or ECA, 'rrc' = Advanced Paramedic
CREATE TEMP TABLE tmp_crew_day AS
SELECT d.day, p.pool, cm.id AS crew_member_id,
       row_number() OVER (PARTITION BY d.day, p.pool
                          ORDER BY pg_temp.mix(d.dn * 100 + cm.id, 61) * CASE WHEN cm.id % 5 = 0 THEN 3 ELSE 1 END,
                                   cm.id) AS crank
FROM (SELECT DISTINCT day, dn FROM tmp_slot) d
JOIN crew_member cm ON cm.hired_at < d.day::timestamp AT TIME ZONE 'UTC'
                   AND (cm.left_at IS NULL OR cm.left_at > (d.day + 1)::timestamp AT TIME ZONE 'UTC')
JOIN (VALUES (1, 'rrc'), (2, 'lead'), (3, 'second'), (4, 'second')) p(role_id, pool)
  ON p.role_id = cm.crew_role_id;
ANALYZE tmp_crew_day;

CREATE TEMP TABLE tmp_shift AS
SELECT s.day, s.dn, s.mon, s.slot, pos.position, s.shift_type, vd.vehicle_id, cd.crew_member_id,
       (s.day::timestamp + make_interval(hours => s.start_hour)) AT TIME ZONE 'UTC' AS starts_at
FROM tmp_slot s
JOIN tmp_vehicle_day vd ON vd.day = s.day AND vd.vtype = s.vtype AND vd.vrank = s.vrank
JOIN (VALUES (1, 'lead'), (2, 'second')) pos(position, pool) ON s.vtype = 1 OR pos.position = 1
JOIN tmp_crew_day cd ON cd.day = s.day AND cd.crank = s.crank
                    AND cd.pool = CASE WHEN s.vtype = 2 THEN 'rrc' ELSE pos.pool END;
ANALYZE tmp_shift;

INSERT INTO shift (id, crew_member_id, vehicle_id, shift_type, starts_at, ends_at, status, overtime_secs,
                   created_at, updated_at)
SELECT id, crew_member_id, vehicle_id, shift_type, starts_at, starts_at + interval '12 hours', status,
       CASE WHEN status = 'worked' AND pg_temp.mix(id, 64) % 100 < CASE WHEN mon IN (12, 1, 2) THEN 42 ELSE 24 END
            THEN 900 * (1 + pg_temp.mix(id, 65) % 8) ELSE 0 END,
       starts_at - interval '21 days',
       CASE WHEN status = 'worked' THEN starts_at + interval '13 hours'
            ELSE starts_at - interval '1 day' + make_interval(hours => pg_temp.mix(id, 66) % 20) END
FROM (
    SELECT t.*,
           row_number() OVER (ORDER BY t.starts_at, t.slot, t.position) AS id,
           CASE WHEN pg_temp.mix(t.dn * 10 + t.slot * 2 + t.position, 63) % 1000
                     < CASE WHEN t.mon IN (12, 1, 2) THEN 70 ELSE 35 END THEN 'sick'
                WHEN pg_temp.mix(t.dn * 10 + t.slot * 2 + t.position, 63) % 1000
                     >= 985 THEN 'cancelled'
                ELSE 'worked' END AS status
    FROM tmp_shift t
) x
ORDER BY id;

-- ---------------------------------------------------------------- tidy up session helpers

DROP TABLE tmp_shift, tmp_crew_day, tmp_vehicle_day, tmp_slot, tmp_disp, tmp_dplan, tmp_inc,
           tmp_call2, tmp_call, tmp_area_hospital, tmp_area_station, tmp_cat_profile,
           tmp_cat_weight, tmp_area_weight;
DROP FUNCTION pg_temp.mix(bigint, integer);

ANALYZE;
