-- A clinical laboratory's information system (LIS): patients, the ordering physicians and
-- the lab staff, lab orders with their diagnoses and ordered test panels, the samples drawn
-- for them, test results with reference ranges, the analyzers that ran them and their
-- maintenance, payers and billing, 2022-2025. Used as the sample database of the golden set
-- benches/intent/lab.frozen.yaml. Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic; no random() and no current date).

CREATE TABLE payers (
    id           integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    payer_type   text NOT NULL,
    payer_code   varchar(10) NOT NULL UNIQUE,
    phone        varchar(20)
);

CREATE TABLE staff (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    role          text NOT NULL,
    department    text NOT NULL,
    credentials   text,
    email         varchar(120) NOT NULL UNIQUE,
    hired_on      date NOT NULL,
    hourly_rate   numeric(7,2),
    is_active     boolean NOT NULL
);

CREATE TABLE patients (
    id             integer PRIMARY KEY,
    mrn            varchar(12) NOT NULL UNIQUE,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    sex            char(1) NOT NULL,
    birth_date     date NOT NULL,
    city           text NOT NULL,
    phone          varchar(20),
    payer          integer NOT NULL REFERENCES payers (id),
    member_no      varchar(20),
    registered_at  timestamp with time zone NOT NULL
);

CREATE TABLE diagnoses (
    code         varchar(10) PRIMARY KEY,
    description  text NOT NULL,
    is_chronic   boolean NOT NULL
);

CREATE TABLE panels (
    id                integer PRIMARY KEY,
    code              varchar(10) NOT NULL UNIQUE,
    name              text NOT NULL,
    department        text NOT NULL,
    cpt_code          varchar(5) NOT NULL,
    specimen_type     text NOT NULL,
    list_price        numeric(8,2) NOT NULL,
    turnaround_hours  integer NOT NULL,
    requires_fasting  boolean NOT NULL
);

CREATE TABLE tests (
    id              integer PRIMARY KEY,
    panel           integer NOT NULL REFERENCES panels (id),
    loinc_code      varchar(10) NOT NULL UNIQUE,
    name            text NOT NULL,
    unit            text NOT NULL,
    ref_low         numeric(10,3),
    ref_high        numeric(10,3),
    critical_low    numeric(10,3),
    critical_high   numeric(10,3),
    decimal_places  smallint NOT NULL
);

CREATE TABLE instruments (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    manufacturer  text NOT NULL,
    model         text NOT NULL,
    serial_no     varchar(20) NOT NULL UNIQUE,
    department    text NOT NULL,
    installed_on  date NOT NULL,
    retired_on    date,
    status        text NOT NULL,
    purchase_cost numeric(10,2) NOT NULL
);

CREATE TABLE lab_orders (
    id          integer PRIMARY KEY,
    order_no    varchar(12) NOT NULL UNIQUE,
    patient     integer NOT NULL REFERENCES patients (id),
    ordered_by  integer NOT NULL REFERENCES staff (id),
    diagnosis   varchar(10) NOT NULL REFERENCES diagnoses (code),
    ordered_at  timestamp with time zone NOT NULL,
    priority    text NOT NULL,
    status      text NOT NULL,
    fasting     boolean NOT NULL
);

CREATE TABLE order_panels (
    id         integer PRIMARY KEY,
    lab_order  integer NOT NULL REFERENCES lab_orders (id),
    panel      integer NOT NULL REFERENCES panels (id),
    price      numeric(8,2) NOT NULL,
    UNIQUE (lab_order, panel)
);

CREATE TABLE samples (
    id                integer PRIMARY KEY,
    barcode           varchar(14) NOT NULL UNIQUE,
    lab_order         integer NOT NULL REFERENCES lab_orders (id),
    specimen_type     text NOT NULL,
    collected_by      integer NOT NULL REFERENCES staff (id),
    collected_at      timestamp with time zone NOT NULL,
    received_at       timestamp with time zone NOT NULL,
    rejected          boolean NOT NULL,
    rejection_reason  text
);

CREATE TABLE results (
    id           integer PRIMARY KEY,
    sample       integer NOT NULL REFERENCES samples (id),
    test         integer NOT NULL REFERENCES tests (id),
    instrument   integer NOT NULL REFERENCES instruments (id),
    value        numeric NOT NULL,
    flag         varchar(2) NOT NULL,
    status       text NOT NULL,
    resulted_at  timestamp with time zone NOT NULL,
    verified_by  integer REFERENCES staff (id),
    verified_at  timestamp with time zone,
    UNIQUE (sample, test)
);

CREATE TABLE invoices (
    id           integer PRIMARY KEY,
    invoice_no   varchar(14) NOT NULL UNIQUE,
    lab_order    integer NOT NULL UNIQUE REFERENCES lab_orders (id),
    payer        integer NOT NULL REFERENCES payers (id),
    billed_on    date NOT NULL,
    amount       numeric(10,2) NOT NULL,
    paid_amount  numeric(10,2) NOT NULL,
    paid_on      date,
    status       text NOT NULL
);

CREATE TABLE instrument_maintenance (
    id              integer PRIMARY KEY,
    instrument      integer NOT NULL REFERENCES instruments (id),
    performed_by    integer NOT NULL REFERENCES staff (id),
    performed_at    timestamp with time zone NOT NULL,
    kind            text NOT NULL,
    vendor_visit    boolean NOT NULL,
    downtime_hours  numeric(5,1) NOT NULL,
    cost            numeric(9,2) NOT NULL
);

-- ---------------------------------------------------------------------------------------
-- Reference data

INSERT INTO payers VALUES
    (1, 'Medicare',                  'government',         'MCR',  '800-633-4227'),
    (2, 'State Medicaid',            'government',         'MCD',  '800-541-2831'),
    (3, 'Blue Cross Blue Shield',    'commercial',         'BCBS', '888-630-2583'),
    (4, 'Aetna',                     'commercial',         'AET',  '800-872-3862'),
    (5, 'UnitedHealthcare',          'commercial',         'UHC',  '866-414-1959'),
    (6, 'Cigna',                     'commercial',         'CIG',  '800-997-1654'),
    (7, 'Humana Medicare Advantage', 'medicare advantage', 'HUM',  '800-457-4708'),
    (8, 'Tricare',                   'government',         'TRI',  '877-874-2273'),
    (9, 'Self-pay',                  'self-pay',           'SELF', NULL);

INSERT INTO diagnoses VALUES
    ('Z00.00', 'Encounter for general adult medical examination', false),
    ('E11.9',  'Type 2 diabetes mellitus without complications',  true),
    ('I10',    'Essential (primary) hypertension',                true),
    ('E78.5',  'Hyperlipidemia, unspecified',                     true),
    ('N39.0',  'Urinary tract infection, site not specified',     false),
    ('D64.9',  'Anemia, unspecified',                             false),
    ('E03.9',  'Hypothyroidism, unspecified',                     true),
    ('R07.9',  'Chest pain, unspecified',                         false),
    ('N18.3',  'Chronic kidney disease, stage 3',                 true),
    ('Z79.01', 'Long term (current) use of anticoagulants',       true),
    ('E55.9',  'Vitamin D deficiency, unspecified',               false),
    ('Z12.5',  'Encounter for screening for malignant neoplasm of prostate', false),
    ('R50.9',  'Fever, unspecified',                              false),
    ('R53.83', 'Other fatigue',                                   false);

INSERT INTO panels VALUES
    ( 1, 'BMP',   'Basic Metabolic Panel',            'chemistry',    '80048', 'serum',       38.50,  4, true),
    ( 2, 'LIPID', 'Lipid Panel',                      'chemistry',    '80061', 'serum',       42.00,  6, true),
    ( 3, 'HFP',   'Hepatic Function Panel',           'chemistry',    '80076', 'serum',       36.75,  6, false),
    ( 4, 'CBC',   'Complete Blood Count',             'hematology',   '85027', 'whole blood', 24.00,  2, false),
    ( 5, 'COAG',  'Coagulation Panel (PT/INR, aPTT)', 'hematology',   '85610', 'plasma',      31.25,  3, false),
    ( 6, 'THY',   'Thyroid Panel (TSH, Free T4)',     'immunology',   '84443', 'serum',       58.00, 24, false),
    ( 7, 'A1C',   'Hemoglobin A1c',                   'chemistry',    '83036', 'whole blood', 29.50,  8, false),
    ( 8, 'UA',    'Urinalysis',                       'urinalysis',   '81003', 'urine',       12.80,  2, false),
    ( 9, 'IRON',  'Iron Studies',                     'chemistry',    '83540', 'serum',       47.20, 24, true),
    (10, 'VITD',  'Vitamin D, 25-Hydroxy',            'immunology',   '82306', 'serum',       64.00, 48, false),
    (11, 'PSA',   'Prostate Specific Antigen',        'immunology',   '84153', 'serum',       52.40, 24, false),
    (12, 'CRP',   'C-Reactive Protein',               'immunology',   '86140', 'serum',       21.90,  4, false),
    (13, 'TROP',  'Troponin I',                       'chemistry',    '84484', 'plasma',      68.30,  1, false),
    (14, 'UCX',   'Urine Culture',                    'microbiology', '87086', 'urine',       44.60, 48, false),
    (15, 'B12F',  'Vitamin B12 and Folate',           'immunology',   '82607', 'serum',       55.10, 24, false),
    (16, 'MG',    'Magnesium',                        'chemistry',    '83735', 'serum',       18.40,  4, false);

INSERT INTO tests VALUES
    ( 1,  1, '2345-7',  'Glucose',                       'mg/dL',      70,     99,     40,    400,   0),
    ( 2,  1, '3094-0',  'Urea nitrogen (BUN)',           'mg/dL',      7,      20,     NULL,  100,   0),
    ( 3,  1, '2160-0',  'Creatinine',                    'mg/dL',      0.60,   1.30,   NULL,  10,    2),
    ( 4,  1, '2951-2',  'Sodium',                        'mmol/L',     135,    145,    120,   160,   0),
    ( 5,  1, '2823-3',  'Potassium',                     'mmol/L',     3.5,    5.1,    2.8,   6.2,   1),
    ( 6,  1, '2075-0',  'Chloride',                      'mmol/L',     98,     107,    NULL,  NULL,  0),
    ( 7,  1, '2028-9',  'Carbon dioxide',                'mmol/L',     22,     29,     NULL,  NULL,  0),
    ( 8,  1, '17861-6', 'Calcium',                       'mg/dL',      8.6,    10.3,   6.5,   13.0,  1),
    ( 9,  2, '2093-3',  'Cholesterol, total',            'mg/dL',      NULL,   199,    NULL,  NULL,  0),
    (10,  2, '2085-9',  'HDL cholesterol',               'mg/dL',      40,     NULL,   NULL,  NULL,  0),
    (11,  2, '13457-7', 'LDL cholesterol (calculated)',  'mg/dL',      NULL,   99,     NULL,  NULL,  0),
    (12,  2, '2571-8',  'Triglycerides',                 'mg/dL',      NULL,   149,    NULL,  1000,  0),
    (13,  3, '1742-6',  'ALT',                           'U/L',        7,      56,     NULL,  NULL,  0),
    (14,  3, '1920-8',  'AST',                           'U/L',        10,     40,     NULL,  NULL,  0),
    (15,  3, '6768-6',  'Alkaline phosphatase',          'U/L',        44,     147,    NULL,  NULL,  0),
    (16,  3, '1975-2',  'Bilirubin, total',              'mg/dL',      0.1,    1.2,    NULL,  15,    1),
    (17,  3, '1751-7',  'Albumin',                       'g/dL',       3.5,    5.0,    NULL,  NULL,  1),
    (18,  4, '6690-2',  'WBC',                           'x10^3/uL',   4.5,    11.0,   2.0,   30.0,  1),
    (19,  4, '789-8',   'RBC',                           'x10^6/uL',   4.20,   5.90,   NULL,  NULL,  2),
    (20,  4, '718-7',   'Hemoglobin',                    'g/dL',       12.0,   17.5,   7.0,   20.0,  1),
    (21,  4, '4544-3',  'Hematocrit',                    '%',          36,     52,     NULL,  NULL,  1),
    (22,  4, '777-3',   'Platelets',                     'x10^3/uL',   150,    400,    50,    1000,  0),
    (23,  5, '5902-2',  'Prothrombin time (PT)',         's',          11.0,   13.5,   NULL,  NULL,  1),
    (24,  5, '6301-6',  'INR',                           'ratio',      0.8,    1.2,    NULL,  5.0,   1),
    (25,  5, '3173-2',  'aPTT',                          's',          25,     35,     NULL,  100,   0),
    (26,  6, '3016-3',  'TSH',                           'mIU/L',      0.40,   4.00,   NULL,  NULL,  2),
    (27,  6, '3024-7',  'Free T4',                       'ng/dL',      0.80,   1.80,   NULL,  NULL,  2),
    (28,  7, '4548-4',  'Hemoglobin A1c',                '%',          4.0,    5.6,    NULL,  NULL,  1),
    (29,  8, '2756-5',  'Urine pH',                      'pH',         5.0,    8.0,    NULL,  NULL,  1),
    (30,  8, '2965-2',  'Urine specific gravity',        'ratio',      1.005,  1.030,  NULL,  NULL,  3),
    (31,  8, '2888-6',  'Urine protein',                 'mg/dL',      NULL,   14,     NULL,  NULL,  0),
    (32,  9, '2498-4',  'Iron',                          'ug/dL',      60,     170,    NULL,  NULL,  0),
    (33,  9, '2276-4',  'Ferritin',                      'ng/mL',      24,     336,    NULL,  NULL,  0),
    (34,  9, '2500-7',  'Total iron binding capacity',   'ug/dL',      240,    450,    NULL,  NULL,  0),
    (35, 10, '1989-3',  '25-Hydroxyvitamin D',           'ng/mL',      30,     100,    NULL,  NULL,  0),
    (36, 11, '2857-1',  'PSA, total',                    'ng/mL',      NULL,   4.00,   NULL,  NULL,  2),
    (37, 12, '1988-5',  'C-reactive protein',            'mg/L',       NULL,   10.0,   NULL,  NULL,  1),
    (38, 13, '10839-9', 'Troponin I',                    'ng/mL',      NULL,   0.040,  NULL,  0.400, 3),
    (39, 14, '630-4',   'Urine culture colony count',    'CFU/mL',     NULL,   10000,  NULL,  NULL,  0),
    (40, 15, '2132-9',  'Vitamin B12',                   'pg/mL',      200,    900,    NULL,  NULL,  0),
    (41, 15, '2284-8',  'Folate',                        'ng/mL',      3.0,    17.0,   NULL,  NULL,  1),
    (42, 16, '19123-9', 'Magnesium',                     'mg/dL',      1.7,    2.2,    1.0,   4.0,   1);

INSERT INTO instruments VALUES
    ( 1, 'CHEM-1',  'Roche',              'cobas c 503',        'RC503-11872', 'chemistry',    '2019-05-14', NULL,         'in service',     182000.00),
    ( 2, 'CHEM-2',  'Roche',              'cobas c 503',        'RC503-11873', 'chemistry',    '2019-05-14', NULL,         'in service',     182000.00),
    ( 3, 'CHEM-3',  'Abbott',             'Alinity c',          'AC-40219',    'chemistry',    '2024-03-04', NULL,         'in service',     214500.00),
    ( 4, 'CHEM-OLD','Abbott',             'Architect c8000',    'C8K-07731',   'chemistry',    '2014-09-02', '2024-02-28', 'retired',        156000.00),
    ( 5, 'HEME-1',  'Sysmex',             'XN-1000',            'XN-21144',    'hematology',   '2018-02-19', NULL,         'in service',      98500.00),
    ( 6, 'HEME-2',  'Sysmex',             'XN-1000',            'XN-26810',    'hematology',   '2021-06-07', NULL,         'in service',     104200.00),
    ( 7, 'COAG-1',  'Stago',              'STA R Max',          'STA-5521',    'hematology',   '2020-01-13', NULL,         'in service',      87300.00),
    ( 8, 'IMMUNO-1','Roche',              'cobas e 801',        'RE801-3390',  'immunology',   '2019-05-14', NULL,         'in service',     239000.00),
    ( 9, 'IMMUNO-2','Siemens Healthineers','Atellica IM 1600',  'AIM-88412',   'immunology',   '2022-10-17', NULL,         'in service',     226750.00),
    (10, 'URINE-1', 'Beckman Coulter',    'iChem Velocity',     'ICV-14503',   'urinalysis',   '2017-08-28', NULL,         'in service',      61400.00),
    (11, 'MICRO-1', 'BD',                 'Kiestra ReadA',      'BDK-2207',    'microbiology', '2018-11-05', NULL,         'in service',     312000.00),
    (12, 'MICRO-2', 'bioMerieux',         'VITEK 2 Compact',    'VK2C-60318',  'microbiology', '2016-04-11', NULL,         'out of service', 118900.00);

-- ---------------------------------------------------------------------------------------
-- Staff: 1-18 physicians who order tests, 19-30 phlebotomists, 31-52 medical technologists,
-- 53-56 pathologists, 57-60 specimen processing, 61-64 office.

INSERT INTO staff
SELECT i,
       (ARRAY['Maria','James','Aisha','Robert','Linda','Chen','Patricia','Michael','Sofia','David',
              'Grace','Daniel','Priya','Thomas','Elena','Kevin','Fatima','Brian','Olivia','Marcus',
              'Hannah','Jorge','Naomi','Samuel','Yuki','Andre','Rachel','Victor','Leah','Omar',
              'Irene','Tyler'])[1 + (i * 7) % 32],
       (ARRAY['Alvarez','Brennan','Okafor','Lindqvist','Nakamura','Patel','Kowalski','Fischer','Moreau',
              'Haddad','Sullivan','Castillo','Ivanova','Mensah','Whitfield','Rossi','Dubois','Kim',
              'Oyelaran','Becker','Santos','Gallagher','Nguyen','Hoffman','Abernathy','Marsh','Quinn',
              'Delgado','Osei','Thornton','Varga','Holm','Reyes','Bishop','Farouk','Lindgren','Pruitt',
              'Yamada','Ellison','Carvalho','Mbeki'])[1 + (i * 11) % 41],
       r.role, r.department, r.credentials,
       lower((ARRAY['Maria','James','Aisha','Robert','Linda','Chen','Patricia','Michael','Sofia','David',
              'Grace','Daniel','Priya','Thomas','Elena','Kevin','Fatima','Brian','Olivia','Marcus',
              'Hannah','Jorge','Naomi','Samuel','Yuki','Andre','Rachel','Victor','Leah','Omar',
              'Irene','Tyler'])[1 + (i * 7) % 32]) || '.' || i || '@northvalelab.org',
       CASE WHEN i IN (17, 60, 63) THEN date '2024-02-05' + (i * 37) % 300
            ELSE date '2006-03-01' + (i * 523) % 5600 END,
       CASE r.role
            WHEN 'physician'            THEN NULL
            WHEN 'phlebotomist'         THEN 19.50 + (i % 6) * 0.85
            WHEN 'medical technologist' THEN 33.00 + (i % 9) * 1.40
            WHEN 'pathologist'          THEN 118.00 + (i % 4) * 6.50
            WHEN 'specimen processor'   THEN 18.25 + (i % 3) * 0.75
            WHEN 'billing specialist'   THEN 24.60 + (i % 2) * 1.10
            WHEN 'lab manager'          THEN 56.80
            ELSE 17.90 END,
       i NOT IN (9, 26, 47, 59)
FROM generate_series(1, 64) AS g(i)
CROSS JOIN LATERAL (
    SELECT CASE WHEN i <= 18 THEN 'physician'
                WHEN i <= 30 THEN 'phlebotomist'
                WHEN i <= 52 THEN 'medical technologist'
                WHEN i <= 56 THEN 'pathologist'
                WHEN i <= 60 THEN 'specimen processor'
                WHEN i <= 62 THEN 'billing specialist'
                WHEN i = 63 THEN 'lab manager'
                ELSE 'receptionist' END AS role,
           CASE WHEN i <= 18 THEN (ARRAY['internal medicine','family medicine','cardiology','endocrinology',
                                         'nephrology','emergency medicine','urology','oncology',
                                         'family medicine','internal medicine'])[1 + i % 10]
                WHEN i <= 30 THEN 'phlebotomy'
                WHEN i <= 37 THEN 'chemistry'
                WHEN i <= 42 THEN 'hematology'
                WHEN i <= 46 THEN 'immunology'
                WHEN i <= 49 THEN 'microbiology'
                WHEN i <= 52 THEN 'urinalysis'
                WHEN i <= 56 THEN 'pathology'
                WHEN i <= 60 THEN 'specimen processing'
                WHEN i <= 62 THEN 'billing'
                ELSE 'administration' END AS department,
           CASE WHEN i <= 18 THEN (CASE WHEN i % 5 = 2 THEN 'DO' ELSE 'MD' END)
                WHEN i <= 30 THEN 'CPT'
                WHEN i <= 52 THEN (CASE WHEN i % 4 = 0 THEN 'MLT(ASCP)' ELSE 'MLS(ASCP)' END)
                WHEN i <= 56 THEN 'MD, FCAP'
                WHEN i = 63 THEN 'MLS(ASCP), MBA'
                ELSE NULL END AS credentials
) AS r;

-- ---------------------------------------------------------------------------------------
-- Patients (registered_at is set from their first order further down)

INSERT INTO patients
SELECT i,
       'MRN' || lpad((104000 + i * 37)::text, 7, '0'),
       (ARRAY['Emma','Liam','Ava','Noah','Mia','Ethan','Isabella','Lucas','Amelia','Mason',
              'Harper','Logan','Evelyn','Elijah','Abigail','Aiden','Ella','Jackson','Scarlett','Carter',
              'Aria','Wyatt','Chloe','Owen','Layla','Henry','Zoe','Gabriel','Nora','Julian',
              'Lily','Isaac','Hazel','Levi','Violet','Caleb','Aurora','Ryan','Stella','Nathan'])[1 + (i * 17) % 40],
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
              'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
              'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores',
              'Green','Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell','Carter','Roberts',
              'Gomez','Phillips','Evans'])[1 + (i * 29) % 53],
       CASE WHEN i % 9 IN (0, 2, 4, 5, 7) THEN 'F' ELSE 'M' END,
       date '1932-02-11' + (i * 9973) % 31400,
       (ARRAY['Springfield','Springfield','Springfield','Riverton','Riverton','Oak Grove','Fairview',
              'Fairview','Lakeside','Millbrook','Cedar Falls','Springfield','Riverton'])[1 + (i * 5) % 13],
       '555-' || lpad(((i * 7331) % 10000)::text, 4, '0'),
       p.payer,
       CASE WHEN p.payer = 9 THEN NULL
            ELSE (ARRAY['MCR','MCD','BCB','AET','UHC','CIG','HUM','TRI'])[p.payer] || lpad(((i * 48271) % 1000000)::text, 6, '0') END,
       timestamp with time zone '2021-06-01 09:00:00+00'
FROM generate_series(1, 500) AS g(i)
CROSS JOIN LATERAL (
    SELECT CASE WHEN date '1932-02-11' + (i * 9973) % 31400 < date '1960-01-01'
                    THEN (CASE WHEN i % 4 = 1 THEN 7 ELSE 1 END)
                WHEN date '1932-02-11' + (i * 9973) % 31400 > date '2006-01-01'
                    THEN (CASE WHEN i % 3 = 0 THEN 2 ELSE 3 + i % 4 END)
                ELSE (ARRAY[3,3,3,4,4,5,5,5,6,2,2,8,9,9,3,5])[1 + (i * 7) % 16] END AS payer
) AS p;

-- ---------------------------------------------------------------------------------------
-- Orders: 800 orders, more of them each year. Every fourth order comes from one of 45
-- patients with a chronic condition; patients 476-500 have never had an order.

INSERT INTO lab_orders
SELECT i,
       'ORD-' || lpad((20000 + i)::text, 6, '0'),
       pt,
       -- ordering physician by specialty; physician 9 (inactive) and 17 (joined in 2024) order nothing
       CASE dx
            WHEN 'R07.9' THEN (ARRAY[2, 12, 5, 15])[1 + i % 4]
            WHEN 'E11.9' THEN (ARRAY[3, 13, 1, 10, 8])[1 + i % 5]
            WHEN 'N18.3' THEN (ARRAY[4, 14])[1 + i % 2]
            WHEN 'Z12.5' THEN (ARRAY[6, 16, 1])[1 + i % 3]
            WHEN 'Z79.01' THEN (ARRAY[2, 12, 10, 18])[1 + i % 4]
            WHEN 'E03.9' THEN (ARRAY[3, 13, 1, 8, 11, 10])[1 + i % 6]
            ELSE (ARRAY[1, 8, 10, 11, 18, 1, 8, 11, 18, 10, 1, 11, 3, 7, 12, 1, 11, 5, 6, 14, 15, 8])[1 + (i * 7) % 22] END,
       dx,
       ts,
       CASE WHEN dx = 'R07.9' THEN 'stat'
            WHEN dx = 'R50.9' AND i % 2 = 0 THEN 'stat'
            WHEN i % 9 = 4 THEN 'urgent'
            ELSE 'routine' END,
       CASE WHEN ts >= timestamp with time zone '2025-12-27 00:00:00+00' THEN 'in progress'
            WHEN i % 41 = 17 THEN 'cancelled'
            ELSE 'completed' END,
       dx IN ('Z00.00', 'E78.5') OR (dx = 'E11.9' AND i % 2 = 0)
FROM (
    SELECT i, pt, ts,
           CASE WHEN d = 'Z12.5' AND (ps <> 'M' OR pb > date '1975-12-31') THEN 'E55.9' ELSE d END AS dx
    FROM (
        SELECT i,
               CASE WHEN i % 4 = 0 THEN 1 + (i * 37) % 45 ELSE 1 + (i * 293) % 475 END AS pt,
               timestamp with time zone '2022-01-01 00:00:00+00'
                   + floor(1460 * power((i - 0.5) / 800.0, 0.8)) * interval '1 day'
                   + (7 + (i * 5) % 11) * interval '1 hour'
                   + ((i * 17) % 60) * interval '1 minute' AS ts,
               CASE WHEN i % 4 = 0
                    THEN (ARRAY['E11.9','N18.3','Z79.01','I10','E03.9','E11.9','Z79.01','E78.5'])[1 + (i / 4) % 8]
                    ELSE (ARRAY['Z00.00','E11.9','I10','E78.5','N39.0','D64.9','E03.9','R07.9','Z00.00',
                                'E55.9','Z12.5','R50.9','Z00.00','N39.0','E03.9','D64.9','R53.83','I10',
                                'E78.5','R07.9','Z00.00','E11.9','N39.0','E55.9','R53.83','Z79.01',
                                'Z00.00','I10','R50.9','E03.9','Z12.5'])[1 + (i * 13) % 31] END AS d
        FROM generate_series(1, 800) AS g(i)
    ) AS a
    JOIN (SELECT id, sex AS ps, birth_date AS pb FROM patients) AS p ON p.id = a.pt
) AS o;

-- Panels ordered for each diagnosis (with a few extras), priced at the list price from 2024
-- on and 6 % lower before.
INSERT INTO order_panels
SELECT row_number() OVER (ORDER BY o.id, x.panel),
       o.id, x.panel,
       CASE WHEN o.ordered_at >= timestamp with time zone '2024-01-01 00:00:00+00' THEN p.list_price
            ELSE round(p.list_price * 0.94, 2) END
FROM lab_orders AS o
JOIN LATERAL (
    SELECT DISTINCT panel FROM unnest(
        CASE o.diagnosis
             WHEN 'Z00.00' THEN ARRAY[4, 1, 2]
             WHEN 'E11.9'  THEN CASE WHEN o.id % 3 = 0 THEN ARRAY[7, 1, 2] ELSE ARRAY[7, 1] END
             WHEN 'I10'    THEN CASE WHEN o.id % 5 = 0 THEN ARRAY[1, 16] ELSE ARRAY[1] END
             WHEN 'E78.5'  THEN ARRAY[2, 3]
             WHEN 'N39.0'  THEN CASE WHEN o.id % 6 = 1 THEN ARRAY[8] ELSE ARRAY[8, 14] END
             WHEN 'D64.9'  THEN ARRAY[4, 9, 15]
             WHEN 'E03.9'  THEN ARRAY[6]
             WHEN 'R07.9'  THEN ARRAY[13, 4, 1, 16]
             WHEN 'N18.3'  THEN ARRAY[1, 4]
             WHEN 'Z79.01' THEN ARRAY[5]
             WHEN 'E55.9'  THEN ARRAY[10]
             WHEN 'Z12.5'  THEN ARRAY[11]
             WHEN 'R50.9'  THEN ARRAY[4, 12]
             WHEN 'R53.83' THEN ARRAY[4, 6, 10]
        END) AS u(panel)
) AS x ON true
JOIN panels AS p ON p.id = x.panel;

-- ---------------------------------------------------------------------------------------
-- Samples: one tube per order and specimen type (none for cancelled orders). About one
-- tube in 33 was rejected at receipt and drawn again the next day.

INSERT INTO samples
SELECT n,
       'LB' || to_char(collected, 'YYMMDD') || lpad(n::text, 5, '0'),
       lab_order, specimen_type,
       (ARRAY[19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 21, 24, 28])[1 + (n * 5) % 14],
       collected,
       collected + CASE WHEN priority = 'stat' THEN (8 + n % 17) ELSE (20 + (n * 7) % 75) END * interval '1 minute',
       n % 33 = 7,
       CASE WHEN n % 33 = 7 THEN (ARRAY['hemolyzed', 'clotted', 'insufficient volume', 'unlabeled',
                                         'hemolyzed', 'wrong tube type'])[1 + (n / 33) % 6] END
FROM (
    SELECT row_number() OVER (ORDER BY lab_order, specimen_type)::integer AS n, lab_order, specimen_type, priority,
           ordered_at + CASE WHEN priority = 'stat' THEN (4 + lab_order % 21) * interval '1 minute'
                             ELSE ((lab_order % 4) * 95 + 12) * interval '1 minute' END AS collected
    FROM (
        SELECT DISTINCT o.id AS lab_order, p.specimen_type, o.priority, o.ordered_at
        FROM lab_orders AS o
        JOIN order_panels AS op ON op.lab_order = o.id
        JOIN panels AS p ON p.id = op.panel
        WHERE o.status <> 'cancelled'
    ) AS d
) AS s;

INSERT INTO samples
SELECT (SELECT max(id) FROM samples) + row_number() OVER (ORDER BY s.id),
       'LB' || to_char(s.collected_at + interval '1 day', 'YYMMDD')
            || lpad(((SELECT max(id) FROM samples) + row_number() OVER (ORDER BY s.id))::text, 5, '0'),
       s.lab_order, s.specimen_type,
       (ARRAY[20, 22, 25, 29, 30])[1 + s.id % 5],
       s.collected_at + interval '1 day',
       s.received_at + interval '1 day',
       false, NULL
FROM samples AS s
WHERE s.rejected;

-- ---------------------------------------------------------------------------------------
-- Results: one per test of each ordered panel on the accepted tube. Results of orders still
-- in progress are preliminary and unverified, and those not yet out by 2025-12-31 12:00
-- are missing. Critical values are verified by a pathologist.

INSERT INTO results
SELECT r, sample, test,
       CASE dept
            WHEN 'chemistry' THEN CASE WHEN ra < timestamp with time zone '2024-02-28 18:00:00+00'
                                       THEN (ARRAY[1, 2, 4, 1, 2])[1 + r % 5]
                                       WHEN ra < timestamp with time zone '2024-03-04 12:00:00+00'
                                       THEN (ARRAY[1, 2])[1 + r % 2]
                                       ELSE (ARRAY[1, 2, 3, 3])[1 + r % 4] END
            WHEN 'hematology' THEN CASE WHEN panel = 5 THEN 7 ELSE (ARRAY[5, 6])[1 + r % 2] END
            WHEN 'immunology' THEN CASE WHEN ra < timestamp with time zone '2022-10-17 00:00:00+00' THEN 8
                                        ELSE (ARRAY[8, 9, 9])[1 + r % 3] END
            WHEN 'urinalysis' THEN 10
            ELSE CASE WHEN ra < timestamp with time zone '2025-11-03 00:00:00+00' THEN (ARRAY[11, 12])[1 + r % 2]
                      ELSE 11 END END,
       v,
       CASE WHEN critical_low IS NOT NULL AND v < critical_low THEN 'LL'
            WHEN critical_high IS NOT NULL AND v > critical_high THEN 'HH'
            WHEN v < ref_low THEN 'L'
            WHEN v > ref_high THEN 'H'
            ELSE 'N' END,
       CASE WHEN ostatus = 'in progress' THEN 'preliminary' ELSE 'final' END,
       ra,
       CASE WHEN ostatus = 'in progress' THEN NULL
            WHEN (critical_low IS NOT NULL AND v < critical_low) OR (critical_high IS NOT NULL AND v > critical_high)
                THEN (ARRAY[53, 54, 55, 56])[1 + r % 4]
            ELSE CASE dept
                      WHEN 'chemistry'    THEN (ARRAY[31, 32, 33, 34, 35, 36, 37])[1 + (r / 3) % 7]
                      WHEN 'hematology'   THEN (ARRAY[38, 39, 40, 41, 42])[1 + (r / 3) % 5]
                      WHEN 'immunology'   THEN (ARRAY[43, 44, 45, 46])[1 + (r / 2) % 4]
                      WHEN 'microbiology' THEN (ARRAY[48, 49, 48])[1 + r % 3]
                      ELSE (ARRAY[50, 51, 52])[1 + r % 3] END END,
       CASE WHEN ostatus = 'in progress' THEN NULL
            ELSE ra + (4 + (r * 11) % 85) * interval '1 minute' END
FROM (
    SELECT b.*,
           round(greatest(0, CASE
               WHEN test = 38 AND diagnosis = 'R07.9' AND h > 0.62 THEN 0.045 + (h - 0.62) * 1.6
               WHEN test = 39 THEN gen_lo + (gen_hi - gen_lo) * h * h
               WHEN r % 89 = 11 AND critical_high IS NOT NULL THEN critical_high * 1.12
               WHEN r % 89 = 47 AND critical_low IS NOT NULL THEN critical_low * 0.9
               WHEN test IN (1, 28) AND diagnosis = 'E11.9' THEN gen_lo + (gen_hi - gen_lo) * (0.35 + 0.9 * h)
               WHEN test IN (20, 21, 32, 33) AND diagnosis = 'D64.9' THEN gen_lo + (gen_hi - gen_lo) * (0.55 * h)
               WHEN test IN (24, 23) AND diagnosis = 'Z79.01' THEN gen_lo + (gen_hi - gen_lo) * (0.45 + 0.5 * h)
               WHEN test IN (24, 23) THEN gen_lo + (gen_hi - gen_lo) * (0.12 * h)
               WHEN test IN (2, 3) AND diagnosis = 'N18.3' THEN gen_lo + (gen_hi - gen_lo) * (0.5 + 0.5 * h)
               WHEN test = 26 AND diagnosis = 'E03.9' THEN gen_lo + (gen_hi - gen_lo) * (0.2 + 0.8 * h)
               WHEN test = 35 AND diagnosis = 'E55.9' THEN gen_lo + (gen_hi - gen_lo) * (0.6 * h)
               ELSE gen_lo + (gen_hi - gen_lo) * h END), decimal_places) AS v,
           received_at + CASE
               WHEN priority = 'stat' THEN (22 + (r * 7) % 50) * interval '1 minute'
               ELSE turnaround_hours * (0.35 + ((r * 13) % 60) / 100.0) * interval '1 hour' END AS ra
    FROM (
        SELECT row_number() OVER (ORDER BY s.id, t.id)::integer AS r,
               s.id AS sample, t.id AS test, t.panel, p.department AS dept, p.turnaround_hours,
               t.ref_low, t.ref_high, t.critical_low, t.critical_high, t.decimal_places,
               g.gen_lo, g.gen_hi, o.diagnosis, o.priority, o.status AS ostatus, s.received_at,
               ((row_number() OVER (ORDER BY s.id, t.id) * 7919 + t.id * 613) % 1009) / 1008.0 AS h
        FROM samples AS s
        JOIN lab_orders AS o ON o.id = s.lab_order
        JOIN order_panels AS op ON op.lab_order = o.id
        JOIN panels AS p ON p.id = op.panel AND p.specimen_type = s.specimen_type
        JOIN tests AS t ON t.panel = p.id
        JOIN (VALUES (1, 62, 140), (2, 5, 32), (3, 0.5, 2.2), (4, 131, 148), (5, 3.2, 5.6),
                     (6, 95, 110), (7, 19, 31), (8, 8.2, 10.8), (9, 140, 290), (10, 28, 85),
                     (11, 60, 200), (12, 60, 320), (13, 8, 90), (14, 10, 75), (15, 35, 180),
                     (16, 0.2, 2.0), (17, 3.0, 5.2), (18, 3.5, 14), (19, 3.8, 6.0), (20, 10.5, 17.5),
                     (21, 32, 52), (22, 120, 450), (23, 11, 30), (24, 0.9, 3.6), (25, 24, 45),
                     (26, 0.1, 9.0), (27, 0.6, 2.1), (28, 5.0, 8.5), (29, 5.0, 8.0), (30, 1.003, 1.032),
                     (31, 0, 60), (32, 25, 180), (33, 5, 300), (34, 230, 480), (35, 8, 60),
                     (36, 0.2, 7.5), (37, 0.3, 45), (38, 0.001, 0.030), (39, 0, 100000), (40, 150, 1100),
                     (41, 2.5, 20), (42, 1.5, 2.5)) AS g(test, gen_lo, gen_hi) ON g.test = t.id
        WHERE NOT s.rejected
    ) AS b
) AS c
WHERE ra < timestamp with time zone '2025-12-31 12:00:00+00';

-- ---------------------------------------------------------------------------------------
-- Billing: one invoice per completed order, to the patient's payer, the day after the last
-- result was verified. Invoices from November 2025 on are still open.

INSERT INTO invoices
SELECT row_number() OVER (ORDER BY o.id),
       'INV-' || lpad((500000 + o.id * 3)::text, 7, '0'),
       o.id, pa.payer, b.billed_on, amt.amount,
       CASE st.status WHEN 'paid' THEN amt.amount
                      WHEN 'partially paid' THEN round(amt.amount * (0.45 + (o.id % 4) * 0.1), 2)
                      ELSE 0 END,
       CASE WHEN st.status IN ('paid', 'partially paid') THEN b.billed_on + 12 + (o.id * 7) % 45 END,
       st.status
FROM lab_orders AS o
JOIN patients AS pa ON pa.id = o.patient
CROSS JOIN LATERAL (
    SELECT (max(r.verified_at) + interval '1 day')::date AS billed_on
    FROM samples AS s JOIN results AS r ON r.sample = s.id
    WHERE s.lab_order = o.id
) AS b
CROSS JOIN LATERAL (
    SELECT sum(op.price) AS amount FROM order_panels AS op WHERE op.lab_order = o.id
) AS amt
CROSS JOIN LATERAL (
    SELECT CASE WHEN b.billed_on >= date '2025-11-01' THEN 'open'
                WHEN pa.payer = 9 AND o.id % 4 = 1 THEN 'written off'
                WHEN o.id % 20 = 3 THEN 'denied'
                WHEN o.id % 10 = 6 THEN 'partially paid'
                ELSE 'paid' END AS status
) AS st
WHERE o.status = 'completed';

-- A patient's record is opened with the first order; those without orders registered in 2021.
UPDATE patients AS p
SET registered_at = coalesce(
        (SELECT min(o.ordered_at) FROM lab_orders AS o WHERE o.patient = p.id)
            - ((p.id % 5) * 7 + 20) * interval '1 minute',
        timestamp with time zone '2021-03-01 10:00:00+00' + (p.id % 200) * interval '1 day');

-- ---------------------------------------------------------------------------------------
-- Maintenance: calibration each month, preventive maintenance each quarter by the vendor,
-- and repairs now and then, while the instrument is in service.

INSERT INTO instrument_maintenance
SELECT row_number() OVER (ORDER BY m.performed_at, m.instrument),
       m.instrument, m.performed_by, m.performed_at, m.kind, m.kind <> 'calibration',
       m.downtime_hours, m.cost
FROM (
    SELECT i.id AS instrument,
           CASE i.department
                WHEN 'chemistry'    THEN (ARRAY[31, 32, 33, 34, 35, 36, 37])[1 + (k + i.id) % 7]
                WHEN 'hematology'   THEN (ARRAY[38, 39, 40, 41, 42])[1 + (k + i.id) % 5]
                WHEN 'immunology'   THEN (ARRAY[43, 44, 45, 46])[1 + (k + i.id) % 4]
                WHEN 'microbiology' THEN (ARRAY[48, 49])[1 + (k + i.id) % 2]
                ELSE (ARRAY[50, 51, 52])[1 + (k + i.id) % 3] END AS performed_by,
           timestamp with time zone '2022-01-03 08:00:00+00' + k * interval '1 month'
               + ((i.id * 3 + k) % 20) * interval '1 day' + ((i.id + k) % 5) * interval '1 hour' AS performed_at,
           kd.kind,
           CASE kd.kind WHEN 'calibration' THEN 0.5 + (i.id % 3) * 0.5
                        WHEN 'preventive maintenance' THEN 2 + (i.id + k) % 5
                        ELSE 4 + (i.id * 7 + k * 3) % 45 END AS downtime_hours,
           CASE kd.kind WHEN 'calibration' THEN 85 + i.id * 12.5
                        WHEN 'preventive maintenance' THEN 420 + (i.id % 4) * 185 + (k % 3) * 40
                        ELSE 780 + ((i.id * 131 + k * 977) % 5200) END AS cost
    FROM instruments AS i
    CROSS JOIN generate_series(0, 47) AS g(k)
    CROSS JOIN LATERAL (
        SELECT 'calibration' AS kind
        UNION ALL SELECT 'preventive maintenance' WHERE k % 3 = 1
        UNION ALL SELECT 'repair' WHERE (i.id * 5 + k * 7) % 19 = 0
    ) AS kd
) AS m
JOIN instruments AS i ON i.id = m.instrument
WHERE m.performed_at::date >= i.installed_on
  AND (i.retired_on IS NULL OR m.performed_at::date <= i.retired_on)
  AND NOT (i.status = 'out of service' AND m.performed_at >= timestamp with time zone '2025-11-03 00:00:00+00');

INSERT INTO instrument_maintenance
SELECT (SELECT max(id) FROM instrument_maintenance) + 1, 12, 49,
       timestamp with time zone '2025-11-03 09:40:00+00', 'repair', true, 680.0, 14250.00;
