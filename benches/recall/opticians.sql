-- Pennant & Lowe Opticians: operational extract for a chain of three high-street opticians.
-- Patients book appointments (eye tests, contact lens fittings and aftercare, follow-ups)
-- with an optometrist; an attended eye test records its outcome (prescription changed or not).
-- Dispensing staff sell frames, lenses and accessories (sales with sale_items lines, line
-- value = quantity x unit_price); NHS optical vouchers are redeemed against sales; patients
-- may hold monthly contact-lens subscriptions; broken glasses come in for repairs.
-- State: statuses and types are PostgreSQL ENUM types. Soft deletes: most tables have a
-- deleted_at timestamp; a row with deleted_at set is deleted and must not be counted.
-- Money is in pounds sterling (numeric, 2 decimals); durations are in minutes.
-- Data runs from January 2023 to June 2025 (plus appointments already booked for July 2025);
-- the extract was taken on 1 July 2025.

BEGIN;

CREATE TYPE staff_role AS ENUM ('optometrist', 'dispensing_optician', 'optical_assistant', 'branch_manager');
CREATE TYPE appointment_type AS ENUM ('eye_test', 'contact_lens_fitting', 'contact_lens_aftercare', 'follow_up');
CREATE TYPE appointment_status AS ENUM ('booked', 'attended', 'missed', 'cancelled');
CREATE TYPE test_outcome AS ENUM ('no_change', 'prescription_changed', 'referred');
CREATE TYPE product_kind AS ENUM ('frame', 'lens', 'accessory');
CREATE TYPE payment_method AS ENUM ('card', 'cash', 'finance');
CREATE TYPE contact_lens_type AS ENUM ('daily', 'two_weekly', 'monthly', 'toric', 'multifocal');
CREATE TYPE subscription_status AS ENUM ('active', 'paused', 'cancelled');
CREATE TYPE repair_type AS ENUM ('screw_replacement', 'nose_pads', 'frame_adjustment', 'hinge_repair', 'lens_replacement', 'frame_soldering');
CREATE TYPE repair_status AS ENUM ('received', 'in_progress', 'ready', 'collected');

CREATE TABLE branches (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    town        text NOT NULL,
    opened_on   date NOT NULL,
    phone       text,
    deleted_at  timestamp
);

CREATE TABLE staff (
    id          integer PRIMARY KEY,
    branch_id   integer NOT NULL REFERENCES branches (id),
    full_name   text NOT NULL,
    role        staff_role NOT NULL,
    goc_number  text,
    hired_on    date NOT NULL,
    deleted_at  timestamp
);

CREATE TABLE patients (
    id              integer PRIMARY KEY,
    full_name       text NOT NULL,
    date_of_birth   date NOT NULL,
    home_branch_id  integer NOT NULL REFERENCES branches (id),
    email           text,
    phone           text,
    registered_on   date NOT NULL,
    deleted_at      timestamp
);

CREATE TABLE brands (
    id       integer PRIMARY KEY,
    name     text NOT NULL UNIQUE,
    country  text NOT NULL
);

CREATE TABLE products (
    id          integer PRIMARY KEY,
    brand_id    integer REFERENCES brands (id),
    kind        product_kind NOT NULL,
    name        text NOT NULL UNIQUE,
    list_price  numeric(8,2) NOT NULL CHECK (list_price > 0),
    deleted_at  timestamp
);

CREATE TABLE nhs_voucher_types (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    lens_category  text NOT NULL
);

CREATE TABLE appointments (
    id                integer PRIMARY KEY,
    patient_id        integer NOT NULL REFERENCES patients (id),
    branch_id         integer NOT NULL REFERENCES branches (id),
    optometrist_id    integer NOT NULL REFERENCES staff (id),
    appointment_type  appointment_type NOT NULL,
    scheduled_at      timestamp NOT NULL,
    duration_minutes  integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 120),
    status            appointment_status NOT NULL,
    outcome           test_outcome,
    nhs_funded        boolean NOT NULL DEFAULT false,
    fee               numeric(8,2) NOT NULL CHECK (fee >= 0),
    deleted_at        timestamp,
    CHECK (outcome IS NULL OR status = 'attended')
);

CREATE TABLE sales (
    id              integer PRIMARY KEY,
    patient_id      integer NOT NULL REFERENCES patients (id),
    branch_id       integer NOT NULL REFERENCES branches (id),
    staff_id        integer NOT NULL REFERENCES staff (id),
    appointment_id  integer REFERENCES appointments (id),
    sold_at         timestamp NOT NULL,
    payment_method  payment_method NOT NULL,
    deleted_at      timestamp
);

CREATE TABLE sale_items (
    id          integer PRIMARY KEY,
    sale_id     integer NOT NULL REFERENCES sales (id),
    product_id  integer NOT NULL REFERENCES products (id),
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(8,2) NOT NULL CHECK (unit_price >= 0)
);

CREATE TABLE nhs_vouchers (
    id               integer PRIMARY KEY,
    voucher_type_id  integer NOT NULL REFERENCES nhs_voucher_types (id),
    patient_id       integer NOT NULL REFERENCES patients (id),
    sale_id          integer NOT NULL REFERENCES sales (id),
    redeemed_on      date NOT NULL,
    amount           numeric(8,2) NOT NULL CHECK (amount > 0),
    deleted_at       timestamp
);

CREATE TABLE contact_lens_subscriptions (
    id           integer PRIMARY KEY,
    patient_id   integer NOT NULL REFERENCES patients (id),
    branch_id    integer NOT NULL REFERENCES branches (id),
    lens_type    contact_lens_type NOT NULL,
    monthly_fee  numeric(8,2) NOT NULL CHECK (monthly_fee > 0),
    started_on   date NOT NULL,
    ended_on     date,
    status       subscription_status NOT NULL,
    deleted_at   timestamp,
    CHECK ((status = 'cancelled') = (ended_on IS NOT NULL)),
    CHECK (ended_on IS NULL OR ended_on > started_on)
);

CREATE TABLE repairs (
    id             integer PRIMARY KEY,
    patient_id     integer NOT NULL REFERENCES patients (id),
    branch_id      integer NOT NULL REFERENCES branches (id),
    staff_id       integer REFERENCES staff (id),
    repair_type    repair_type NOT NULL,
    received_on    date NOT NULL,
    completed_on   date,
    under_warranty boolean NOT NULL DEFAULT false,
    charge         numeric(8,2) NOT NULL CHECK (charge >= 0),
    status         repair_status NOT NULL,
    deleted_at     timestamp,
    CHECK (completed_on IS NULL OR completed_on >= received_on)
);

-- ---------------------------------------------------------------- reference data

INSERT INTO branches (id, name, town, opened_on, phone, deleted_at) VALUES
    (1, 'Kettleby Market Street', 'Kettleby', '2009-04-01', '01632 960114', NULL),
    (2, 'Ashworth Riverside',     'Ashworth', '2014-09-15', '01632 960287', NULL),
    (3, 'Penmoor Station Road',   'Penmoor',  '2019-03-01', NULL,           NULL);

INSERT INTO staff (id, branch_id, full_name, role, goc_number, hired_on, deleted_at) VALUES
    ( 1, 1, 'Eleanor Whitby',    'optometrist',         '01-23817', '2010-02-01', NULL),
    ( 2, 1, 'Marcus Oyelaran',   'optometrist',         '01-30442', '2016-06-13', NULL),
    ( 3, 1, 'Priya Chandran',    'optometrist',         '01-34190', '2020-09-01', NULL),
    ( 4, 1, 'Thomas Garside',    'dispensing_optician', 'D-11873',  '2012-03-19', NULL),
    ( 5, 1, 'Lucy Penhallow',    'dispensing_optician', 'D-14520',  '2018-01-08', NULL),
    ( 6, 1, 'Jade Fairclough',   'optical_assistant',   NULL,       '2021-05-04', NULL),
    ( 7, 1, 'Owen Brackley',     'optical_assistant',   NULL,       '2019-07-15', '2022-11-30 17:30'),
    ( 8, 1, 'Sandra Kells',      'branch_manager',      NULL,       '2009-03-02', NULL),
    ( 9, 2, 'Daniel Ashdown',    'optometrist',         '01-28765', '2014-09-01', NULL),
    (10, 2, 'Fatima Rahimi',     'optometrist',         '01-35011', '2021-11-22', NULL),
    (11, 2, 'Graham Tolley',     'optometrist',         '01-19934', '2015-01-12', '2022-08-31 18:00'),
    (12, 2, 'Megan Rowntree',    'dispensing_optician', 'D-15208',  '2017-04-24', NULL),
    (13, 2, 'Kieran Doyle',      'optical_assistant',   NULL,       '2020-02-10', NULL),
    (14, 2, 'Hannah Blythe',     'optical_assistant',   NULL,       '2022-06-06', NULL),
    (15, 2, 'Victor Amadi',      'branch_manager',      NULL,       '2014-08-18', NULL),
    (16, 3, 'Rebecca Lund',      'optometrist',         '01-33378', '2019-02-18', NULL),
    (17, 3, 'Samuel Trevithick', 'optometrist',         '01-36620', '2022-10-03', NULL),
    (18, 3, 'Chloe Haworth',     'dispensing_optician', 'D-16047',  '2019-02-18', NULL),
    (19, 3, 'Nadia Kowal',       'optical_assistant',   NULL,       '2021-08-16', NULL),
    (20, 3, 'Ian Mercer',        'branch_manager',      NULL,       '2019-01-07', NULL);

INSERT INTO brands (id, name, country) VALUES
    (1, 'Harwick',           'United Kingdom'),
    (2, 'Orsa Eyewear',      'Italy'),
    (3, 'Velden',            'Denmark'),
    (4, 'Kestrel & Moor',    'United Kingdom'),
    (5, 'Tamsin Row',        'United Kingdom'),
    (6, 'Lucerna',           'Italy'),
    (7, 'Lucent Labs',       'Germany'),
    (8, 'Veriform',          'France'),
    (9, 'Clearpath Optical', 'United Kingdom');

-- frames 1..32 (31 and 32 discontinued, i.e. soft-deleted)
INSERT INTO products (id, brand_id, kind, name, list_price, deleted_at)
SELECT i,
       CASE WHEN i <= 6 THEN 1 WHEN i <= 12 THEN 2 WHEN i <= 17 THEN 3
            WHEN i <= 23 THEN 4 WHEN i <= 27 THEN 5 ELSE 6 END,
       'frame',
       (ARRAY['Alder','Beck','Cobble','Dale','Ember','Fell','Garth','Heath','Ings','Jura',
              'Kelp','Linden','Moss','Nab','Orme','Pike','Quill','Rill','Scar','Tarn',
              'Umber','Vale','Wold','Yarrow','Zephyr','Aspen','Brae','Cairn','Dune','Esk',
              'Flint','Gill'])[i] || ' ' ||
       (ARRAY['Tortoise','Matte Black','Gold','Crystal','Navy','Horn'])[1 + (i * 5) % 6],
       CASE WHEN i <= 6 THEN 89 WHEN i <= 12 THEN 159 WHEN i <= 17 THEN 189
            WHEN i <= 23 THEN 69 WHEN i <= 27 THEN 59 ELSE 139 END
         + ((i * 17) % 5) * 10,
       CASE WHEN i >= 31 THEN timestamp '2024-01-15 09:00' + (i - 31) * interval '90 days' END
FROM generate_series(1, 32) AS g(i);

INSERT INTO products (id, brand_id, kind, name, list_price, deleted_at) VALUES
    (33, 9,    'lens',      'Single Vision Standard 1.5',   45.00, NULL),
    (34, 9,    'lens',      'Single Vision Thin 1.6',       70.00, NULL),
    (35, 7,    'lens',      'Single Vision Ultra Thin 1.74', 120.00, NULL),
    (36, 8,    'lens',      'Varifocal Essential',          110.00, NULL),
    (37, 7,    'lens',      'Varifocal Premium',            195.00, NULL),
    (38, 9,    'lens',      'Bifocal D28',                   65.00, NULL),
    (39, 8,    'lens',      'Occupational Office',           95.00, NULL),
    (40, 7,    'lens',      'Blue Filter Single Vision',     60.00, NULL),
    (41, NULL, 'accessory', 'Hard Glasses Case',              8.00, NULL),
    (42, NULL, 'accessory', 'Microfibre Cloth',               3.50, NULL),
    (43, NULL, 'accessory', 'Lens Cleaning Spray',            5.00, NULL);

INSERT INTO nhs_voucher_types (id, name, lens_category) VALUES
    (1, 'Voucher A', 'single vision, low power'),
    (2, 'Voucher B', 'single vision, medium power'),
    (3, 'Voucher C', 'single vision, high power'),
    (4, 'Voucher D', 'single vision, prism or very high power'),
    (5, 'Voucher E', 'bifocal or varifocal, low power'),
    (6, 'Voucher F', 'bifocal or varifocal, medium power'),
    (7, 'Voucher G', 'bifocal or varifocal, high power'),
    (8, 'Voucher H', 'bifocal or varifocal, prism or very high power');

-- ---------------------------------------------------------------- patients
-- 1,600 patients; ids divisible by 53 were registered in error and are soft-deleted
-- (they have no activity). Patients 1..1100 joined before 2023, 1101..1400 joined steadily
-- from January 2023 onwards; patients 1401..1600 are only seen for repairs, if at all.

INSERT INTO patients (id, full_name, date_of_birth, home_branch_id, email, phone, registered_on, deleted_at)
SELECT i,
       fn || ' ' || ln,
       date '1937-03-01' + ((i * 7919) % 29000) + ((i * 13) % 7) * ((i * 31) % 600),
       CASE WHEN i % 10 < 5 THEN 1 WHEN i % 10 < 8 THEN 2 ELSE 3 END,
       CASE WHEN i % 7 = 3 THEN NULL ELSE lower(replace(fn, '''', '')) || '.' || lower(ln) || i || '@mailbox.example' END,
       CASE WHEN i % 11 = 5 THEN NULL ELSE '07700 9' || lpad(((i * 389) % 100000)::text, 5, '0') END,
       CASE WHEN i BETWEEN 1101 AND 1400 THEN date '2023-01-02' + ((i - 1101) * 941) / 300
            ELSE date '2011-01-10' + (i * 37) % 4350 END,
       CASE WHEN i % 53 = 0 THEN timestamp '2023-02-01 10:00' + ((i * 11) % 800) * interval '1 day' END
FROM (
    SELECT i,
           (ARRAY['Oliver','Amelia','Harry','Isla','George','Ava','Noah','Mia','Jack','Ivy',
                  'Leo','Freya','Arthur','Lily','Oscar','Grace','Alfie','Rosie','Henry','Evie',
                  'Theo','Sophie','Archie','Ella','Joshua','Poppy','Edward','Alice','James','Ruby',
                  'William','Chloe','Samuel','Daisy','Thomas','Martha','Daniel','Hazel','Joseph','Nancy'])
               [1 + (i - 1) % 40] AS fn,
           (ARRAY['Ashby','Barlow','Calder','Denholm','Ellery','Farrant','Gresley','Hollis','Ingram','Jessop',
                  'Kirkby','Lomax','Merriman','Nuttall','Ormerod','Pryce','Quayle','Rudd','Sowerby','Thwaite',
                  'Upton','Varley','Wadsworth','Yeadon','Allott','Birtwhistle','Crabtree','Dewhurst','Earnshaw','Fothergill',
                  'Greenhalgh','Hepworth','Illingworth','Jowett','Kershaw','Lumb','Midgley','Naylor','Oldroyd','Pickles'])
               [1 + ((i - 1) / 40 + ((i - 1) % 40) * 3) % 40] AS ln
    FROM generate_series(1, 1600) AS g(i)
) p;

-- ---------------------------------------------------------------- appointments
-- Mon-Sat slots per branch and day; busier in January and September, quieter in August
-- and December. Appointments after the extract date are still 'booked'.

INSERT INTO appointments (id, patient_id, branch_id, optometrist_id, appointment_type, scheduled_at,
                          duration_minutes, status, outcome, nhs_funded, fee, deleted_at)
WITH slots AS (
    SELECT row_number() OVER (ORDER BY d, b, s) AS n, d::date AS day, b, s
    FROM generate_series(timestamp '2023-01-02', timestamp '2025-07-31', interval '1 day') AS gd(d)
    CROSS JOIN generate_series(1, 3) AS gb(b)
    CROSS JOIN generate_series(1, 8) AS gs(s)
    WHERE extract(isodow FROM d) <> 7
      AND s <= CASE b WHEN 1 THEN 3 WHEN 2 THEN 2 ELSE 2 END
             + CASE WHEN extract(month FROM d) IN (1, 9) THEN 1
                    WHEN extract(month FROM d) IN (8, 12) THEN -1 ELSE 0 END
             - CASE WHEN extract(isodow FROM d) = 6 THEN 1 ELSE 0 END
             + CASE WHEN (extract(doy FROM d)::int + b) % 3 = 0 THEN 1 ELSE 0 END
             + CASE WHEN extract(year FROM d) = 2025 AND b = 3 AND (extract(doy FROM d)::int % 2) = 0 THEN 1 ELSE 0 END
), hashed AS (
    SELECT n, day, b, s,
           ((n * 2654435761) % 4294967296) / 4294968 AS h1,
           ((n * 2246822519) % 4294967296) / 4294968 AS h2,
           ((n * 3266489917) % 4294967296) / 4294968 AS h3,
           ((n * 668265263) % 4294967296) / 4294968 AS h4
    FROM slots
), typed AS (
    SELECT n, day, b, s, h1, h2, h3, h4,
           day + time '09:00' + (s - 1) * interval '45 minutes' + ((n % 3) * 5) * interval '1 minute' AS at,
           CASE WHEN h1 < 650 THEN 'eye_test'
                WHEN h1 < 800 THEN 'contact_lens_aftercare'
                WHEN h1 < 900 THEN 'contact_lens_fitting'
                ELSE 'follow_up' END::appointment_type AS t
    FROM hashed
), pat AS (
    -- about a fifth of visits come from ~120 regular patients; the patient base grows over time
    SELECT *, CASE WHEN raw % 53 = 0 THEN raw + 1 ELSE raw END AS pid
    FROM (
        SELECT *, CASE WHEN ((n * 374761393) % 4294967296) / 4294968 < 200
                       THEN 1 + 9 * ((n * 7919) % 122)
                       ELSE (n * 7919) % least(1400, 1100 + (300 * (day - date '2023-01-02')) / 941) + 1 END AS raw
        FROM typed
    ) r
)
SELECT n,
       pid,
       b,
       CASE b WHEN 1 THEN (ARRAY[1, 1, 2, 3, 1, 2, 3, 1])[1 + h4 % 8]
              WHEN 2 THEN (ARRAY[9, 10, 10])[1 + h4 % 3]
              ELSE (ARRAY[16, 17, 16, 17, 16])[1 + h4 % 5] END,
       t,
       at,
       CASE t WHEN 'eye_test' THEN 25 + (n % 3) * 5
              WHEN 'contact_lens_fitting' THEN 40 + (n % 2) * 15
              WHEN 'contact_lens_aftercare' THEN 20
              ELSE 15 + (n % 2) * 5 END,
       st,
       CASE WHEN st = 'attended' AND t = 'eye_test' THEN
            CASE WHEN h3 < 360 + (extract(year FROM day)::int - 2023) * 15 THEN 'prescription_changed'
                 WHEN h3 < 435 THEN 'referred'
                 ELSE 'no_change' END::test_outcome END,
       nhs,
       CASE WHEN nhs THEN 0
            ELSE CASE t WHEN 'eye_test' THEN CASE WHEN day < date '2024-04-01' THEN 25 ELSE 28 END
                        WHEN 'contact_lens_fitting' THEN 45
                        WHEN 'contact_lens_aftercare' THEN 15
                        ELSE 0 END END,
       CASE WHEN n % 97 = 0 THEN at + interval '2 days' END
FROM (
    SELECT pat.*,
           CASE WHEN day >= date '2025-07-01' THEN 'booked'
                WHEN h2 < 80 THEN 'missed'
                WHEN h2 < 170 OR (extract(month FROM day) = 12 AND h2 < 240) THEN 'cancelled'
                ELSE 'attended' END::appointment_status AS st,
           (t = 'eye_test' AND (h1 % 4 = 0 OR extract(year FROM age(day, p.date_of_birth)) >= 60
                                         OR extract(year FROM age(day, p.date_of_birth)) < 16)) AS nhs
    FROM pat JOIN patients p ON p.id = pat.pid
) a;

-- ---------------------------------------------------------------- sales
-- Most patients whose prescription changed buy glasses a few days later; a few with no
-- change buy a new pair anyway.

INSERT INTO sales (id, patient_id, branch_id, staff_id, appointment_id, sold_at, payment_method, deleted_at)
SELECT s,
       patient_id,
       branch_id,
       CASE branch_id WHEN 1 THEN (ARRAY[4, 5, 4, 6, 5, 4])[1 + hs % 6]
                      WHEN 2 THEN (ARRAY[12, 12, 13, 14, 12])[1 + hs % 5]
                      ELSE (ARRAY[18, 19, 18])[1 + hs % 3] END,
       id,
       scheduled_at + (s % 4) * interval '1 day' + interval '50 minutes',
       CASE WHEN s % 9 = 0 THEN 'cash' WHEN s % 13 = 0 THEN 'finance' ELSE 'card' END::payment_method,
       CASE WHEN s % 61 = 0 THEN scheduled_at + (s % 4) * interval '1 day' + interval '3 hours' END
FROM (
    SELECT a0.*, ((a0.s * 2654435761) % 4294967296) / 4294968 AS hs
    FROM (SELECT row_number() OVER (ORDER BY id) AS s, * FROM appointments
    WHERE status = 'attended' AND deleted_at IS NULL
      AND ((outcome = 'prescription_changed' AND id % 5 <> 0)
           OR (outcome = 'no_change' AND id % 7 = 0))
      AND scheduled_at < timestamp '2025-06-27') a0
) x;

-- frame line (most sales), lens line (always), accessory line (every fourth sale)
INSERT INTO sale_items (id, sale_id, product_id, quantity, unit_price)
SELECT row_number() OVER (ORDER BY sale_id, line), sale_id, product_id, quantity,
       round(p.list_price * CASE WHEN sale_id % 10 = 0 AND p.kind <> 'accessory' THEN 0.80
                                 WHEN sold_at < timestamp '2024-03-01' THEN 0.95 ELSE 1 END, 2)
FROM (
    SELECT s.id AS sale_id, 1 AS line, s.sold_at,
           (ARRAY[1,1,1,1,1,1,1,1,1, 2,2,2,2, 3,3,3,3,3,3, 4,4,4, 5,5, 6,6,
                  7,7,7,7,7,7,7, 8,8,8, 9,9,9,9,9, 10,10, 11, 12,12,
                  13,13,13, 14,14,14,14, 15, 16,16, 17,
                  18,18,18,18,18,18,18,18, 19,19,19, 20,20,20,20,20, 21,21, 22, 23,23,
                  24,24,24,24,24,24, 25,25,25,25, 26, 29, 30,30])[1 + (s.id * 7) % 92] AS product_id,
           1 AS quantity
    FROM sales s WHERE s.id % 8 <> 0
    UNION ALL
    SELECT s.id, 2, s.sold_at,
           CASE WHEN extract(year FROM age(s.sold_at, p.date_of_birth)) >= 45
                THEN (ARRAY[36,36,36,37,37,38,39,36,37,33])[1 + (s.id * 3) % 10]
                ELSE (ARRAY[33,33,33,33,34,34,34,35,40,40,33])[1 + (s.id * 3) % 11] END,
           CASE WHEN s.id % 15 = 0 THEN 1 ELSE 2 END
    FROM sales s JOIN patients p ON p.id = s.patient_id
    UNION ALL
    SELECT s.id, 3, s.sold_at, 41 + (s.id / 4) % 3, 1 + (s.id % 3 = 0)::int
    FROM sales s WHERE s.id % 4 = 0
) li JOIN products p ON p.id = li.product_id;

-- NHS vouchers redeemed against sales that followed an NHS-funded eye test
INSERT INTO nhs_vouchers (id, voucher_type_id, patient_id, sale_id, redeemed_on, amount, deleted_at)
SELECT row_number() OVER (ORDER BY s.id),
       vt,
       s.patient_id,
       s.id,
       s.sold_at::date,
       round((ARRAY[42.40, 64.30, 94.80, 214.10, 73.60, 93.30, 122.50, 226.90])[vt]
             * CASE WHEN s.sold_at >= timestamp '2025-04-01' THEN 1.05
                    WHEN s.sold_at >= timestamp '2024-04-01' THEN 1.03 ELSE 1 END, 2),
       CASE WHEN s.deleted_at IS NOT NULL THEN s.deleted_at
            WHEN s.id % 47 = 0 THEN s.sold_at + interval '6 days' END
FROM (
    SELECT s.*, (ARRAY[1,1,1,1,1,1, 2,2,2, 3,3, 5,5,5,5, 6,6, 7, 4, 8])[1 + ((s.id / 3) * 7) % 20] AS vt
    FROM sales s JOIN appointments a ON a.id = s.appointment_id
    WHERE a.nhs_funded AND s.id % 3 = 0
) s;

-- ---------------------------------------------------------------- contact lens subscriptions

INSERT INTO contact_lens_subscriptions (id, patient_id, branch_id, lens_type, monthly_fee,
                                        started_on, ended_on, status, deleted_at)
SELECT row_number() OVER (ORDER BY started_on, patient_id, k),
       patient_id, branch_id, lt,
       CASE lt WHEN 'daily' THEN 29.50 + (k % 3) * 3
               WHEN 'monthly' THEN 17.00 + (k % 2) * 2
               WHEN 'two_weekly' THEN 15.50
               WHEN 'toric' THEN 33.00 + (k % 2) * 4
               ELSE 39.00 END
         + CASE WHEN started_on >= date '2024-04-01' THEN 1.50 ELSE 0 END,
       started_on,
       CASE WHEN cancel_on <= date '2025-06-30' THEN cancel_on END,
       CASE WHEN cancel_on <= date '2025-06-30' THEN 'cancelled'
            WHEN ((k::bigint * 374761393) % 4294967296) / 42949673 BETWEEN 24 AND 29 THEN 'paused'
            ELSE 'active' END::subscription_status,
       CASE WHEN k % 41 = 0 THEN started_on + interval '3 days 10 hours' END
FROM (
    SELECT *,
           CASE WHEN k % 20 < 11 THEN 'daily' WHEN k % 20 < 15 THEN 'monthly'
                WHEN k % 20 < 17 THEN 'two_weekly' WHEN k % 20 < 19 THEN 'toric'
                ELSE 'multifocal' END::contact_lens_type AS lt,
           CASE WHEN ((k::bigint * 374761393) % 4294967296) / 42949673 < 24 THEN started_on + (3 + k % 20) * interval '1 month' END::date AS cancel_on
    FROM (
        -- subscriptions that already existed before 2023
        SELECT i AS k,
               CASE WHEN ((i * 131) % 1100 + 1) % 53 = 0 THEN (i * 131) % 1100 + 2 ELSE (i * 131) % 1100 + 1 END AS patient_id,
               1 + (i % 10 >= 6)::int + (i % 10 >= 9)::int AS branch_id,
               date '2019-06-03' + (i * 97) % 1300 AS started_on
        FROM generate_series(1, 110) AS g(i)
        UNION ALL
        -- subscriptions taken out after a contact lens fitting
        SELECT 200 + id, patient_id, branch_id, scheduled_at::date + 7
        FROM appointments
        WHERE appointment_type = 'contact_lens_fitting' AND status = 'attended'
          AND deleted_at IS NULL AND id % 10 < 7 AND scheduled_at < timestamp '2025-06-20'
    ) src
) x;

-- ---------------------------------------------------------------- repairs
-- More repairs in summer (holidays, sunglasses), fewer in mid-winter.

INSERT INTO repairs (id, patient_id, branch_id, staff_id, repair_type, received_on, completed_on,
                     under_warranty, charge, status, deleted_at)
SELECT r,
       CASE WHEN praw % 53 = 0 THEN praw + 1 ELSE praw END,
       b,
       CASE WHEN st = 'received' OR r % 40 = 7 THEN NULL
            ELSE CASE b WHEN 1 THEN (ARRAY[4, 6, 5])[1 + r % 3]
                        WHEN 2 THEN (ARRAY[13, 14, 12])[1 + r % 3]
                        ELSE (ARRAY[19, 18])[1 + r % 2] END END,
       rt,
       received_on,
       done_on,
       warranty,
       CASE WHEN warranty THEN 0
            ELSE CASE rt WHEN 'screw_replacement' THEN 5 * (r % 2)
                         WHEN 'nose_pads' THEN 6
                         WHEN 'frame_adjustment' THEN 0
                         WHEN 'hinge_repair' THEN 25
                         WHEN 'lens_replacement' THEN 45 + (r % 4) * 15
                         ELSE 35 END END,
       st,
       CASE WHEN r % 73 = 0 THEN received_on + interval '1 day 2 hours' END
FROM (
    SELECT *,
           CASE WHEN r % 4 = 0 THEN 1401 + (r * 6151) % 200
                ELSE (r * 6151) % (1100 + (300 * (received_on - date '2023-01-02')) / 941) + 1 END AS praw,
           CASE WHEN done_on IS NULL THEN CASE WHEN r % 3 = 0 THEN 'received' ELSE 'in_progress' END
                WHEN done_on + (r % 10)::int <= date '2025-06-30' AND r % 50 <> 0 THEN 'collected'
                ELSE 'ready' END::repair_status AS st
    FROM (
        SELECT *,
               CASE WHEN received_on + turnaround::int <= date '2025-06-30' THEN received_on + turnaround::int END AS done_on
        FROM (
            SELECT *,
                   CASE rt WHEN 'hinge_repair' THEN 3 + r % 5
                           WHEN 'lens_replacement' THEN 5 + r % 7
                           WHEN 'frame_soldering' THEN 7 + r % 10
                           ELSE 0 END AS turnaround,
                   (r % 6 = 0 AND rt IN ('screw_replacement', 'hinge_repair', 'frame_soldering', 'nose_pads')) AS warranty
            FROM (
                SELECT row_number() OVER (ORDER BY d, b, s) AS r, d::date AS received_on, b,
                       CASE WHEN ((row_number() OVER (ORDER BY d, b, s)) * 29) % 100 < 30 THEN 'screw_replacement'
                            WHEN ((row_number() OVER (ORDER BY d, b, s)) * 29) % 100 < 52 THEN 'nose_pads'
                            WHEN ((row_number() OVER (ORDER BY d, b, s)) * 29) % 100 < 70 THEN 'frame_adjustment'
                            WHEN ((row_number() OVER (ORDER BY d, b, s)) * 29) % 100 < 85 THEN 'hinge_repair'
                            WHEN ((row_number() OVER (ORDER BY d, b, s)) * 29) % 100 < 95 THEN 'lens_replacement'
                            ELSE 'frame_soldering' END::repair_type AS rt
                FROM generate_series(timestamp '2023-01-02', timestamp '2025-06-30', interval '1 day') AS gd(d)
                CROSS JOIN generate_series(1, 3) AS gb(b)
                CROSS JOIN generate_series(1, 2) AS gs(s)
                WHERE extract(isodow FROM d) <> 7
                  AND (extract(doy FROM d)::int * 7 + b * 5 + s * 3) % 10
                      < CASE b WHEN 1 THEN 3 WHEN 2 THEN 2 ELSE 2 END
                        + CASE WHEN extract(month FROM d) IN (6, 7, 8) THEN 2
                               WHEN extract(month FROM d) IN (12, 1) THEN -1 ELSE 0 END
            ) base
        ) t
    ) u
) v;

-- Registration date can never be after a patient's first recorded activity.
UPDATE patients p
SET registered_on = f.first_seen - (p.id % 20) * 3
FROM (
    SELECT patient_id, min(d) AS first_seen
    FROM (
        SELECT patient_id, scheduled_at::date AS d FROM appointments
        UNION ALL SELECT patient_id, received_on FROM repairs
        UNION ALL SELECT patient_id, started_on FROM contact_lens_subscriptions
    ) acts
    GROUP BY patient_id
) f
WHERE f.patient_id = p.id AND p.registered_on > f.first_seen;

COMMIT;
