-- A contract research organization's clinical trials: the sponsors it works for, their studies
-- and study drugs, the investigator sites and investigators running them, the participants
-- screened and enrolled at each site, their visits and adverse events, study drug shipments
-- to sites and the CRO's payments to sites, 2022-2025 (data as of 30 November 2025).
-- Used as the sample database of the golden set benches/intent/trials.yaml. Every row is
-- invented and reproducible (generate_series, fixed lists and modular arithmetic; no random()
-- and no current date). All money is in US dollars.

CREATE TABLE sponsor (
    id                integer PRIMARY KEY,
    sponsor_name      text NOT NULL UNIQUE,
    sponsor_type      text NOT NULL,
    country           text NOT NULL,
    msa_signed_on     date NOT NULL,
    contact_name      text NOT NULL,
    contact_email     varchar(120) NOT NULL,
    created_by        text NOT NULL,
    created_at        timestamp with time zone NOT NULL,
    updated_by        text NOT NULL,
    updated_at        timestamp with time zone NOT NULL,
    row_version       integer NOT NULL
);

CREATE TABLE study (
    id                 integer PRIMARY KEY,
    protocol_number    varchar(20) NOT NULL UNIQUE,
    study_title        text NOT NULL,
    indication         text NOT NULL,
    therapeutic_area   text NOT NULL,
    phase              text NOT NULL,
    sponsor_id         integer NOT NULL REFERENCES sponsor (id),
    status             text NOT NULL,
    start_date         date NOT NULL,
    planned_end_date   date NOT NULL,
    actual_end_date    date,
    target_enrollment  integer NOT NULL,
    contract_value     numeric(14,2) NOT NULL,
    is_blinded         boolean NOT NULL,
    created_by         text NOT NULL,
    created_at         timestamp with time zone NOT NULL,
    updated_by         text NOT NULL,
    updated_at         timestamp with time zone NOT NULL,
    row_version        integer NOT NULL
);

CREATE TABLE site (
    id                integer PRIMARY KEY,
    site_name         text NOT NULL UNIQUE,
    city              text NOT NULL,
    country           text NOT NULL,
    region            text NOT NULL,
    site_type         text NOT NULL,
    uses_central_irb  boolean NOT NULL,
    onboarded_on      date NOT NULL,
    is_active         boolean NOT NULL,
    created_by        text NOT NULL,
    created_at        timestamp with time zone NOT NULL,
    updated_by        text NOT NULL,
    updated_at        timestamp with time zone NOT NULL,
    row_version       integer NOT NULL
);

CREATE TABLE investigator (
    id                integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    degree            text NOT NULL,
    specialty         text NOT NULL,
    email             varchar(120) NOT NULL UNIQUE,
    site_id           integer NOT NULL REFERENCES site (id),
    gcp_certified_on  date NOT NULL,
    gcp_expires_on    date NOT NULL,
    is_active         boolean NOT NULL,
    created_by        text NOT NULL,
    created_at        timestamp with time zone NOT NULL,
    updated_by        text NOT NULL,
    updated_at        timestamp with time zone NOT NULL,
    row_version       integer NOT NULL
);

CREATE TABLE study_site (
    id                         integer PRIMARY KEY,
    study_id                   integer NOT NULL REFERENCES study (id),
    site_id                    integer NOT NULL REFERENCES site (id),
    site_number                varchar(6) NOT NULL,
    principal_investigator_id  integer NOT NULL REFERENCES investigator (id),
    status                     text NOT NULL,
    selected_on                date NOT NULL,
    activated_on               date,
    closed_on                  date,
    enrollment_target          integer NOT NULL,
    per_visit_fee              numeric(8,2) NOT NULL,
    created_by                 text NOT NULL,
    created_at                 timestamp with time zone NOT NULL,
    updated_by                 text NOT NULL,
    updated_at                 timestamp with time zone NOT NULL,
    row_version                integer NOT NULL,
    UNIQUE (study_id, site_id),
    UNIQUE (study_id, site_number)
);

CREATE TABLE participant (
    id                  integer PRIMARY KEY,
    subject_number      varchar(30) NOT NULL UNIQUE,
    study_id            integer NOT NULL REFERENCES study (id),
    site_id             integer NOT NULL REFERENCES site (id),
    sex                 char(1) NOT NULL,
    birth_date          date NOT NULL,
    consented_on        date NOT NULL,
    screened_on         date NOT NULL,
    enrolled_on         date,
    treatment_arm       text,
    status              text NOT NULL,
    screen_fail_reason  text,
    completed_on        date,
    discontinued_on     date,
    withdrawal_reason   text,
    created_by          text NOT NULL,
    created_at          timestamp with time zone NOT NULL,
    updated_by          text NOT NULL,
    updated_at          timestamp with time zone NOT NULL,
    row_version         integer NOT NULL,
    FOREIGN KEY (study_id, site_id) REFERENCES study_site (study_id, site_id)
);

CREATE TABLE visit (
    id              integer PRIMARY KEY,
    participant_id  integer NOT NULL REFERENCES participant (id),
    visit_number    integer NOT NULL,
    visit_name      text NOT NULL,
    scheduled_date  date NOT NULL,
    visit_date      date,
    status          text NOT NULL,
    is_remote       boolean NOT NULL,
    created_by      text NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    updated_by      text NOT NULL,
    updated_at      timestamp with time zone NOT NULL,
    row_version     integer NOT NULL,
    UNIQUE (participant_id, visit_number)
);

CREATE TABLE adverse_event (
    id              integer PRIMARY KEY,
    participant_id  integer NOT NULL REFERENCES participant (id),
    visit_id        integer NOT NULL REFERENCES visit (id),
    ae_term         text NOT NULL,
    body_system     text NOT NULL,
    severity        text NOT NULL,
    is_serious      boolean NOT NULL,
    causality       text NOT NULL,
    onset_date      date NOT NULL,
    resolved_on     date,
    outcome         text NOT NULL,
    action_taken    text NOT NULL,
    created_by      text NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    updated_by      text NOT NULL,
    updated_at      timestamp with time zone NOT NULL,
    row_version     integer NOT NULL
);

CREATE TABLE study_drug (
    id                 integer PRIMARY KEY,
    study_id           integer NOT NULL REFERENCES study (id),
    product_code       varchar(20) NOT NULL UNIQUE,
    product_name       text NOT NULL,
    product_role       text NOT NULL,
    dosage_form        text NOT NULL,
    strength           text NOT NULL,
    storage_condition  text NOT NULL,
    kit_unit_cost      numeric(10,2) NOT NULL,
    created_by         text NOT NULL,
    created_at         timestamp with time zone NOT NULL,
    updated_by         text NOT NULL,
    updated_at         timestamp with time zone NOT NULL,
    row_version        integer NOT NULL
);

CREATE TABLE drug_shipment (
    id                     integer PRIMARY KEY,
    shipment_number        varchar(20) NOT NULL UNIQUE,
    study_drug_id          integer NOT NULL REFERENCES study_drug (id),
    site_id                integer NOT NULL REFERENCES site (id),
    shipped_on             date NOT NULL,
    received_on            date,
    kit_count              integer NOT NULL,
    courier                text NOT NULL,
    status                 text NOT NULL,
    temperature_excursion  boolean NOT NULL,
    shipping_cost          numeric(9,2) NOT NULL,
    created_by             text NOT NULL,
    created_at             timestamp with time zone NOT NULL,
    updated_by             text NOT NULL,
    updated_at             timestamp with time zone NOT NULL,
    row_version            integer NOT NULL
);

CREATE TABLE site_payment (
    id              integer PRIMARY KEY,
    invoice_number  varchar(20) NOT NULL UNIQUE,
    study_id        integer NOT NULL REFERENCES study (id),
    site_id         integer NOT NULL REFERENCES site (id),
    payment_type    text NOT NULL,
    unit_count      integer NOT NULL,
    amount          numeric(12,2) NOT NULL,
    invoiced_on     date NOT NULL,
    status          text NOT NULL,
    paid_on         date,
    created_by      text NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    updated_by      text NOT NULL,
    updated_at      timestamp with time zone NOT NULL,
    row_version     integer NOT NULL,
    FOREIGN KEY (study_id, site_id) REFERENCES study_site (study_id, site_id)
);

-- Sponsors (the CRO's clients). Lumen Rare Diseases signed in 2025 and has no study yet.
INSERT INTO sponsor
SELECT v.id, v.sponsor_name, v.sponsor_type, v.country, v.msa_signed_on, v.contact_name,
       v.contact_email, (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (v.id) % 8],
       ((v.msa_signed_on) + time '08:00' + ((v.id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((v.id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (v.id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((v.id) * 3 + 1) % 8] END,
       (((v.msa_signed_on) + time '08:00' + ((v.id) * 37) % 540 * interval '1 minute') + least(((v.id) * 7) % 5 * ((v.id) % 17 + 1), greatest(date '2025-12-20' - (v.msa_signed_on), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((v.id) * 7) % 5
FROM (VALUES
    (1,  'Helixa Therapeutics',        'Biotech',        'United States',  date '2021-06-14', 'Dana Whitfield',   'd.whitfield@helixa.example'),
    (2,  'Norvane Pharma',             'Big Pharma',     'Switzerland',    date '2021-02-01', 'Lukas Brenner',    'lukas.brenner@norvane.example'),
    (3,  'Corvida Biosciences',        'Biotech',        'United States',  date '2021-11-22', 'Priya Raman',      'praman@corvida.example'),
    (4,  'Aldermoor University',       'Academic',       'United Kingdom', date '2022-04-05', 'Fiona McAllister', 'f.mcallister@aldermoor.example'),
    (5,  'Brightwell Medical Devices', 'Medical Device', 'Germany',        date '2022-01-17', 'Jonas Keller',     'j.keller@brightwell.example'),
    (6,  'Kestrel Oncology',           'Biotech',        'United States',  date '2022-07-11', 'Marcus Hale',      'mhale@kestrelonc.example'),
    (7,  'Pinecrest Pharmaceuticals',  'Big Pharma',     'United States',  date '2020-09-30', 'Sandra Ortiz',     'sortiz@pinecrest.example'),
    (8,  'Quorra Bio',                 'Biotech',        'Denmark',        date '2022-10-03', 'Mette Holm',       'mholm@quorra.example'),
    (9,  'Meridian Vaccines',          'Big Pharma',     'France',         date '2022-08-22', 'Claire Fontaine',  'c.fontaine@meridianvx.example'),
    (10, 'Talos Neuroscience',         'Biotech',        'Canada',         date '2022-12-12', 'Ethan Roy',        'eroy@talosneuro.example'),
    (11, 'Osprey Cardiovascular',      'Medical Device', 'Ireland',        date '2023-02-20', 'Niamh Byrne',      'nbyrne@ospreycv.example'),
    (12, 'Sable Immunology',           'Biotech',        'Netherlands',    date '2023-01-09', 'Pieter de Vries',  'pdevries@sableimmuno.example'),
    (13, 'Vantor Health',              'Big Pharma',     'Japan',          date '2023-03-27', 'Kenji Morita',     'k.morita@vantor.example'),
    (14, 'Lumen Rare Diseases',        'Biotech',        'United States',  date '2025-07-21', 'Rachel Stone',     'rstone@lumenrare.example')
) AS v(id, sponsor_name, sponsor_type, country, msa_signed_on, contact_name, contact_email);

-- Studies (protocols). Device studies have phase 'Not Applicable' and no study drug.
INSERT INTO study
SELECT v.id, v.protocol_number, v.study_title, v.indication, v.therapeutic_area, v.phase,
       v.sponsor_id, v.status, v.start_date, v.planned_end_date, v.actual_end_date,
       v.target_enrollment, v.contract_value, v.is_blinded,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (v.id) % 8],
       ((v.start_date - 90) + time '08:00' + ((v.id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((v.id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (v.id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((v.id) * 3 + 1) % 8] END,
       (((v.start_date - 90) + time '08:00' + ((v.id) * 37) % 540 * interval '1 minute') + least(((v.id) * 7) % 5 * ((v.id) % 17 + 1), greatest(date '2025-12-20' - (v.start_date - 90), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((v.id) * 7) % 5
FROM (VALUES
    (1,  'HLX-101-201',  'HELIOS-2: Helixtinib in previously treated advanced NSCLC',            'Non-small cell lung cancer',      'Oncology',           'Phase II',       1,  'Completed',  date '2022-01-17', date '2023-12-31', date '2023-11-20', 60,  4850000.00, false),
    (2,  'NRV-3310-301', 'NORTHSTAR: Norglutide versus placebo in type 2 diabetes',               'Type 2 diabetes',                 'Endocrinology',      'Phase III',      2,  'Completed',  date '2022-03-01', date '2024-06-30', date '2024-08-15', 140, 12400000.00, true),
    (3,  'CRV-220-101',  'First-in-human study of corvimab in rheumatoid arthritis',              'Rheumatoid arthritis',            'Immunology',         'Phase I',        3,  'Completed',  date '2022-05-09', date '2023-03-31', date '2023-02-28', 36,  1650000.00, true),
    (4,  'ALD-HF-04',    'ALDER-HF: Registry-based trial of early titration in heart failure',    'Chronic heart failure',           'Cardiology',         'Phase IV',       4,  'Follow-up',  date '2022-09-12', date '2025-12-31', NULL,              90,  2100000.00, false),
    (5,  'BMD-ST-210',   'PULSEGUARD: Implantable rhythm monitor in atrial fibrillation',         'Atrial fibrillation',             'Cardiology',         'Not Applicable', 5,  'Completed',  date '2022-06-20', date '2024-03-31', date '2024-02-29', 80,  3900000.00, false),
    (6,  'KST-550-201',  'KESTREL-2: Kestuzumab in HER2-low metastatic breast cancer',            'Metastatic breast cancer',        'Oncology',           'Phase II',       6,  'Terminated', date '2022-11-07', date '2025-06-30', date '2024-04-12', 70,  5600000.00, false),
    (7,  'PNC-712-301',  'SUMMIT: Pinekinumab in moderate-to-severe plaque psoriasis',            'Plaque psoriasis',                'Dermatology',        'Phase III',      7,  'Completed',  date '2022-10-03', date '2025-03-31', date '2025-04-30', 150, 14800000.00, true),
    (8,  'QRB-018-102',  'Multiple ascending dose study of QRB-018 in adults with obesity',       'Obesity',                         'Endocrinology',      'Phase I',        8,  'Completed',  date '2023-01-16', date '2023-12-31', date '2023-10-31', 40,  1980000.00, true),
    (9,  'MRV-RSV-301',  'BREATHE: RSV prefusion F vaccine in adults aged 60 and over',           'Respiratory syncytial virus',     'Infectious Disease', 'Phase III',      9,  'Follow-up',  date '2023-02-06', date '2026-03-31', NULL,              160, 16500000.00, true),
    (10, 'TLS-404-201',  'RECALL: Talonemab in early Alzheimer''s disease',                       'Early Alzheimer''s disease',      'Neurology',          'Phase II',       10, 'Follow-up',  date '2023-03-20', date '2026-06-30', NULL,              100, 9200000.00, true),
    (11, 'OSP-TAVR-01',  'OSPREY-VALVE: Transcatheter aortic valve in severe aortic stenosis',    'Aortic stenosis',                 'Cardiology',         'Not Applicable', 11, 'Enrolling',  date '2023-05-15', date '2026-12-31', NULL,              120, 7400000.00, false),
    (12, 'SBL-210-201',  'SABLE-UC: Sabritinib in moderate-to-severe ulcerative colitis',         'Ulcerative colitis',              'Gastroenterology',   'Phase II',       12, 'Follow-up',  date '2023-04-10', date '2025-12-31', NULL,              90,  6300000.00, true),
    (13, 'VNT-881-301',  'VANTAGE: Vantorsartan in uncontrolled hypertension',                    'Hypertension',                    'Cardiology',         'Phase III',      13, 'Enrolling',  date '2023-07-03', date '2026-09-30', NULL,              200, 15200000.00, true),
    (14, 'HLX-101-301',  'HELIOS-3: Helixtinib versus docetaxel in advanced NSCLC',               'Non-small cell lung cancer',      'Oncology',           'Phase III',      1,  'Enrolling',  date '2023-09-18', date '2027-03-31', NULL,              180, 18900000.00, false),
    (15, 'NRV-4420-201', 'NORTHWIND: Norfinerone in diabetic kidney disease',                     'Diabetic kidney disease',         'Nephrology',         'Phase II',       2,  'Terminated', date '2023-06-05', date '2025-12-31', date '2024-11-29', 80,  5100000.00, true),
    (16, 'CRV-220-201',  'CORVIDA-RA: Corvimab in methotrexate-refractory rheumatoid arthritis',  'Rheumatoid arthritis',            'Immunology',         'Phase II',       3,  'Follow-up',  date '2023-08-21', date '2026-02-28', NULL,              110, 8700000.00, true),
    (17, 'KST-550-102',  'KESTREL-1B: Kestuzumab dose expansion in solid tumours',                'Advanced solid tumours',          'Oncology',           'Phase I',        6,  'Completed',  date '2023-03-06', date '2024-12-31', date '2025-01-31', 45,  3300000.00, false),
    (18, 'TLS-510-101',  'Single ascending dose study of TLS-510 in migraine',                    'Migraine',                        'Neurology',          'Phase I',        10, 'Completed',  date '2023-10-02', date '2024-09-30', date '2024-08-30', 32,  1450000.00, true),
    (19, 'MRV-FLU-201',  'SHIELD: mRNA quadrivalent influenza vaccine',                           'Seasonal influenza',              'Infectious Disease', 'Phase II',       9,  'Follow-up',  date '2024-01-08', date '2025-12-31', NULL,              130, 6900000.00, true),
    (20, 'PNC-730-201',  'CANOPY: Pinecitinib cream in atopic dermatitis',                        'Atopic dermatitis',               'Dermatology',        'Phase II',       7,  'Enrolling',  date '2024-02-12', date '2026-06-30', NULL,              100, 7800000.00, true),
    (21, 'QRB-018-201',  'LIGHTEN: QRB-018 once weekly for chronic weight management',            'Obesity',                         'Endocrinology',      'Phase II',       8,  'Enrolling',  date '2024-03-04', date '2026-08-31', NULL,              140, 9900000.00, true),
    (22, 'ALD-MS-02',    'ALDER-MS: Treatment de-escalation in stable multiple sclerosis',        'Multiple sclerosis',              'Neurology',          'Phase IV',       4,  'Enrolling',  date '2024-04-15', date '2027-04-30', NULL,              75,  1850000.00, false),
    (23, 'SBL-305-301',  'SABLE-CD: Sabritinib in moderate-to-severe Crohn''s disease',           'Crohn''s disease',                'Gastroenterology',   'Phase III',      12, 'Enrolling',  date '2024-05-20', date '2027-06-30', NULL,              170, 17300000.00, true),
    (24, 'VNT-902-201',  'CLEARPATH: VNT-902 in primary hypercholesterolaemia',                   'Hypercholesterolaemia',           'Cardiology',         'Phase II',       13, 'On Hold',    date '2024-06-03', date '2026-03-31', NULL,              90,  5400000.00, true),
    (25, 'BMD-CGM-300',  'GLUCOSENSE: 15-day continuous glucose monitor in type 1 diabetes',      'Type 1 diabetes',                 'Endocrinology',      'Not Applicable', 5,  'Enrolling',  date '2024-09-09', date '2026-10-31', NULL,              110, 4600000.00, false),
    (26, 'TLS-404-301',  'RECALL-3: Talonemab in early Alzheimer''s disease',                     'Early Alzheimer''s disease',      'Neurology',          'Phase III',      10, 'Enrolling',  date '2025-01-13', date '2028-06-30', NULL,              220, 21500000.00, true),
    (27, 'KST-560-201',  'KESTREL-OV: KST-560 in platinum-resistant ovarian cancer',              'Ovarian cancer',                  'Oncology',           'Phase II',       6,  'Start-up',   date '2025-09-01', date '2027-12-31', NULL,              60,  5900000.00, false),
    (28, 'OSP-MVR-01',   'OSPREY-MITRAL: Transcatheter mitral repair system',                     'Mitral regurgitation',            'Cardiology',         'Not Applicable', 11, 'Start-up',   date '2025-10-06', date '2027-09-30', NULL,              90,  6100000.00, false),
    (29, 'HLX-205-101',  'First-in-human study of HLX-205 in advanced solid tumours',             'Advanced solid tumours',          'Oncology',           'Phase I',        1,  'Start-up',   date '2025-11-03', date '2027-06-30', NULL,              30,  2750000.00, false),
    (30, 'NRV-5100-201', 'NOVA-LIVER: Norvalifor in MASH with fibrosis',                          'Metabolic steatohepatitis (MASH)','Gastroenterology',   'Phase II',       2,  'Start-up',   date '2025-12-01', date '2028-03-31', NULL,              100, 8800000.00, true)
) AS v(id, protocol_number, study_title, indication, therapeutic_area, phase, sponsor_id, status,
       start_date, planned_end_date, actual_end_date, target_enrollment, contract_value, is_blinded);

-- Investigator sites. Harbourside and Yarra (Australia) were onboarded in 2025 and are not
-- yet on any study; Danube Clinical Studies was deactivated.
INSERT INTO site
SELECT v.id, v.site_name, v.city, v.country,
       CASE WHEN v.country IN ('United States', 'Canada') THEN 'North America'
            WHEN v.country IN ('Japan', 'Australia') THEN 'Asia-Pacific'
            ELSE 'Europe' END,
       v.site_type, v.id % 3 <> 1, v.onboarded_on, v.id <> 23,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (v.id) % 8],
       ((v.onboarded_on) + time '08:00' + ((v.id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((v.id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (v.id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((v.id) * 3 + 1) % 8] END,
       (((v.onboarded_on) + time '08:00' + ((v.id) * 37) % 540 * interval '1 minute') + least(((v.id) * 7) % 5 * ((v.id) % 17 + 1), greatest(date '2025-12-20' - (v.onboarded_on), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((v.id) * 7) % 5
FROM (VALUES
    (1,  'Boston Oncology Research Center',        'Boston',        'United States',  'Academic Medical Center', date '2019-03-11'),
    (2,  'Lakeshore Clinical Research',            'Chicago',       'United States',  'Private Clinic',          date '2019-06-24'),
    (3,  'Mission Bay Medical Center',             'San Francisco', 'United States',  'Hospital',                date '2019-09-02'),
    (4,  'Peachtree Research Institute',           'Atlanta',       'United States',  'Research Unit',           date '2020-01-13'),
    (5,  'Gulf Coast Clinical Trials',             'Houston',       'United States',  'Private Clinic',          date '2020-02-17'),
    (6,  'Rocky Mountain Health Research',         'Denver',        'United States',  'Private Clinic',          date '2020-05-04'),
    (7,  'Hudson Valley Medical Center',           'New York',      'United States',  'Hospital',                date '2020-07-20'),
    (8,  'Cascade Clinical Research',              'Seattle',       'United States',  'Research Unit',           date '2020-10-05'),
    (9,  'Toronto Lakeside Hospital',              'Toronto',       'Canada',         'Hospital',                date '2020-11-16'),
    (10, 'Montreal Institute for Clinical Research','Montreal',     'Canada',         'Academic Medical Center', date '2021-01-25'),
    (11, 'St Bartholomew Research Unit',           'London',        'United Kingdom', 'Research Unit',           date '2021-03-08'),
    (12, 'Manchester Royal Clinical Centre',       'Manchester',    'United Kingdom', 'Hospital',                date '2021-04-19'),
    (13, 'Edinburgh Clinical Trials Unit',         'Edinburgh',     'United Kingdom', 'Academic Medical Center', date '2021-05-31'),
    (14, 'Spreebogen Studienzentrum',              'Berlin',        'Germany',        'Academic Medical Center', date '2021-07-12'),
    (15, 'Isar Klinikum Forschung',                'Munich',        'Germany',        'Hospital',                date '2021-08-23'),
    (16, 'Hopital Saint-Remy Research Unit',       'Lyon',          'France',         'Research Unit',           date '2021-10-04'),
    (17, 'Clinique du Parc Montsouris',            'Paris',         'France',         'Private Clinic',          date '2021-11-15'),
    (18, 'Amstel Clinical Research',               'Amsterdam',     'Netherlands',    'Research Unit',           date '2022-01-10'),
    (19, 'Leiden Bio Science Park Clinic',         'Leiden',        'Netherlands',    'Academic Medical Center', date '2022-02-21'),
    (20, 'Oresund Trial Center',                   'Copenhagen',    'Denmark',        'Research Unit',           date '2022-03-28'),
    (21, 'Vistula Medical Research',               'Warsaw',        'Poland',         'Private Clinic',          date '2022-05-09'),
    (22, 'Krakow Clinical Research Center',        'Krakow',        'Poland',         'Hospital',                date '2022-06-13'),
    (23, 'Danube Clinical Studies',                'Budapest',      'Hungary',        'Private Clinic',          date '2022-07-18'),
    (24, 'Vltava Research Clinic',                 'Prague',        'Czech Republic', 'Private Clinic',          date '2022-08-29'),
    (25, 'Iberia Clinical Research',               'Madrid',        'Spain',          'Hospital',                date '2022-10-10'),
    (26, 'Montjuic Clinical Research',             'Barcelona',     'Spain',          'Research Unit',           date '2022-11-21'),
    (27, 'Tiber Medical Research',                 'Rome',          'Italy',          'Hospital',                date '2023-01-16'),
    (28, 'Navigli Clinical Trials Center',         'Milan',         'Italy',          'Academic Medical Center', date '2023-02-27'),
    (29, 'Sakura Clinical Research',               'Tokyo',         'Japan',          'Research Unit',           date '2023-04-10'),
    (30, 'Kansai Trial Hospital',                  'Osaka',         'Japan',          'Hospital',                date '2023-05-22'),
    (31, 'Harbourside Clinical Research',          'Sydney',        'Australia',      'Research Unit',           date '2025-03-03'),
    (32, 'Yarra Clinical Trials',                  'Melbourne',     'Australia',      'Private Clinic',          date '2025-06-16')
) AS v(id, site_name, city, country, site_type, onboarded_on);

-- Investigators: two per site (three at sites 1-6); ids s and s + 32 (and s + 64) work at site s.
INSERT INTO investigator
SELECT i, fn, ln,
       (ARRAY['MD', 'MD', 'MD, PhD', 'MBBS', 'DO', 'MD'])[1 + i % 6],
       (ARRAY['Medical Oncology', 'Cardiology', 'Neurology', 'Rheumatology', 'Endocrinology',
              'Infectious Diseases', 'Gastroenterology', 'Dermatology', 'Internal Medicine',
              'Nephrology'])[1 + (i * 3) % 10],
       lower(left(fn, 1) || '.' || replace(ln, ' ', '')) || i || '@sites.example',
       site_id, cert, cert + 1095, i % 17 <> 0,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (i) % 8],
       ((cert) + time '08:00' + ((i) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((i) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (i) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((i) * 3 + 1) % 8] END,
       (((cert) + time '08:00' + ((i) * 37) % 540 * interval '1 minute') + least(((i) * 7) % 5 * ((i) % 17 + 1), greatest(date '2025-12-20' - (cert), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((i) * 7) % 5
FROM (
    SELECT i,
           (ARRAY['Anna', 'Benjamin', 'Chiara', 'David', 'Elena', 'Farid', 'Grace', 'Hiroshi',
                  'Ingrid', 'James', 'Katarzyna', 'Liam', 'Maria', 'Nikolai', 'Olivia', 'Pablo',
                  'Rosa', 'Samuel', 'Tomoko', 'Victor'])[1 + (i * 7) % 20] AS fn,
           (ARRAY['Andersen', 'Bauer', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia',
                  'Hoffmann', 'Ito', 'Jansen', 'Kowalski', 'Lambert', 'Moretti', 'Nakamura',
                  'O''Connor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usman',
                  'Varga', 'Walsh', 'Yilmaz', 'Zielinski'])[1 + (i * 11) % 25] AS ln,
           ((i - 1) % 32) + 1 AS site_id,
           date '2021-01-04' + (i * 47) % 1400 AS cert
    FROM generate_series(1, 70) AS i
) AS x;

-- Which sites run which study: 3 to 8 sites per study, drawn from sites 1-30.
INSERT INTO study_site
SELECT id, study_id, site_id, site_number, principal_investigator_id, status, selected_on,
       activated_on, closed_on, enrollment_target, per_visit_fee,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8],
       ((selected_on) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((id) * 3 + 1) % 8] END,
       (((selected_on) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') + least(((id) * 7) % 5 * ((id) % 17 + 1), greatest(date '2025-12-20' - (selected_on), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((id) * 7) % 5
FROM (
    SELECT row_number() OVER (ORDER BY s.id, k)::int AS id,
           s.id AS study_id,
           ((s.id * s.id * 3 + k * 7) % 30) + 1 AS site_id,
           lpad((100 + k + 1)::text, 3, '0') AS site_number,
           CASE WHEN (s.id + k) % 2 = 0 THEN ((s.id * s.id * 3 + k * 7) % 30) + 1
                ELSE ((s.id * s.id * 3 + k * 7) % 30) + 33 END AS principal_investigator_id,
           CASE s.status WHEN 'Completed' THEN 'Closed' WHEN 'Terminated' THEN 'Closed'
                         WHEN 'Follow-up' THEN 'Active' WHEN 'Enrolling' THEN 'Enrolling'
                         WHEN 'On Hold' THEN 'On Hold'
                         ELSE CASE WHEN k % 2 = 0 THEN 'Selected' ELSE 'Contracting' END END AS status,
           s.start_date - 60 - (k * 11 + s.id) % 45 AS selected_on,
           CASE WHEN s.status = 'Start-up' THEN NULL
                ELSE s.start_date + (k * 19 + s.id * 3) % 90 END AS activated_on,
           s.actual_end_date AS closed_on,
           greatest(4, s.target_enrollment / (3 + (s.id * 7) % 6) + (k * 3) % 5 - 2) AS enrollment_target,
           (450 + (s.id * 73) % 700 + (((s.id * s.id * 3 + k * 7) % 30) + 1) % 4 * 50)::numeric(8,2) AS per_visit_fee
    FROM study s
    CROSS JOIN generate_series(0, 7) AS k
    WHERE k < 3 + (s.id * 7) % 6
) AS x;

-- Participants screened at activated sites; about one in five fails screening. The CRO's data
-- cut-off is 30 November 2025.
INSERT INTO participant
WITH base AS (
    SELECT ss.id AS ss_id, ss.study_id, ss.site_id, ss.site_number, ss.activated_on,
           s.status AS study_status, s.protocol_number, s.is_blinded, s.actual_end_date, g,
           least(coalesce(s.actual_end_date, s.planned_end_date)
                 - CASE WHEN s.status = 'Enrolling' THEN 0 ELSE 180 END,
                 date '2025-10-31') AS window_end
    FROM study_site ss
    JOIN study s ON s.id = ss.study_id
    CROSS JOIN generate_series(1, 12) AS g
    WHERE ss.activated_on IS NOT NULL
      AND g <= CASE WHEN ss.id % 13 = 0 THEN 0 ELSE 2 + (ss.id * 7) % 11 END
), numbered AS (
    SELECT b.*, row_number() OVER (ORDER BY ss_id, g)::int AS pid,
           activated_on + (g * 37 + ss_id * 11) % greatest(window_end - activated_on, 10) AS screened_on
    FROM base b
), classed AS (
    SELECT n.*, (pid * 7 + ss_id * 3) % 20 AS h,
           CASE WHEN (pid * 7 + ss_id * 3) % 20 < 4 THEN NULL
                ELSE screened_on + 7 + (pid * 7 + ss_id * 3) % 20 END AS enrolled_on
    FROM numbered n
), statused AS (
    SELECT c.*,
           CASE WHEN h < 4 THEN 'Screen Failed'
                WHEN study_status = 'Completed' THEN
                     CASE WHEN h <= 15 THEN 'Completed' WHEN h = 18 THEN 'Lost to Follow-up' ELSE 'Withdrawn' END
                WHEN study_status = 'Terminated' THEN
                     CASE WHEN h <= 16 THEN 'Withdrawn' WHEN h <= 18 THEN 'Completed' ELSE 'Lost to Follow-up' END
                WHEN study_status = 'Follow-up' THEN
                     CASE WHEN h BETWEEN 12 AND 15 AND enrolled_on + 182 <= date '2025-11-25' THEN 'Completed'
                          WHEN h <= 15 THEN 'On Study' WHEN h <= 18 THEN 'Withdrawn' ELSE 'Lost to Follow-up' END
                ELSE CASE WHEN h <= 16 THEN 'On Study' WHEN h <= 18 THEN 'Withdrawn' ELSE 'Lost to Follow-up' END
           END AS status
    FROM classed c
)
SELECT pid,
       protocol_number || '-' || site_number || '-' || lpad(g::text, 3, '0'),
       study_id, site_id,
       CASE WHEN (pid * 3 + study_id) % 5 < 3 THEN 'F' ELSE 'M' END,
       date '1948-01-01' + (pid * 397) % 19000,
       screened_on - pid % 6,
       screened_on,
       enrolled_on,
       CASE WHEN enrolled_on IS NULL THEN NULL
            WHEN is_blinded THEN CASE WHEN pid % 3 = 0 THEN 'Placebo' ELSE 'Active' END
            ELSE CASE WHEN pid % 2 = 0 THEN 'Control' ELSE 'Experimental' END END,
       status,
       CASE WHEN status = 'Screen Failed' THEN
            (ARRAY['Inclusion criteria not met', 'Exclusion criteria met', 'Abnormal laboratory values',
                   'Consent withdrawn before randomization'])[1 + pid % 4] END,
       CASE WHEN status = 'Completed' THEN
            least(enrolled_on + 182, coalesce(actual_end_date, date '2025-11-25')) END,
       CASE WHEN status IN ('Withdrawn', 'Lost to Follow-up') THEN
            CASE WHEN study_status = 'Terminated' AND h <= 16 THEN actual_end_date
                 ELSE greatest(enrolled_on + 1,
                               least(enrolled_on + 20 + (pid * 13) % 240,
                                     coalesce(actual_end_date, date '2025-11-25'))) END END,
       CASE WHEN status = 'Withdrawn' THEN
            CASE WHEN study_status = 'Terminated' AND h <= 16 THEN 'Sponsor terminated study'
                 ELSE (ARRAY['Adverse event', 'Withdrew consent', 'Protocol deviation',
                             'Investigator decision', 'Relocated'])[1 + pid % 5] END END,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (pid) % 8],
       ((screened_on) + time '08:00' + ((pid) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((pid) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (pid) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((pid) * 3 + 1) % 8] END,
       (((screened_on) + time '08:00' + ((pid) * 37) % 540 * interval '1 minute') + least(((pid) * 7) % 5 * ((pid) % 17 + 1), greatest(date '2025-12-20' - (screened_on), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((pid) * 7) % 5
FROM statused;

-- Visits: screening for everyone, then Baseline, Week 4, 12, 24 and 52 after enrollment, up to
-- the participant's completion or discontinuation. Visits after the cut-off are still scheduled.
INSERT INTO visit
WITH sched(visit_number, visit_name, day_offset) AS (
    VALUES (2, 'Baseline', 0), (3, 'Week 4', 28), (4, 'Week 12', 84), (5, 'Week 24', 168), (6, 'Week 52', 364)
), raw AS (
    SELECT p.id AS participant_id, 1 AS visit_number, 'Screening' AS visit_name, p.screened_on AS scheduled_date
    FROM participant p
    UNION ALL
    SELECT p.id, s.visit_number, s.visit_name, p.enrolled_on + s.day_offset
    FROM participant p
    CROSS JOIN sched s
    WHERE p.enrolled_on IS NOT NULL
      AND p.enrolled_on + s.day_offset <= CASE WHEN p.status = 'Completed' THEN p.completed_on
                                               WHEN p.status IN ('Withdrawn', 'Lost to Follow-up') THEN p.discontinued_on
                                               ELSE date '2026-06-30' END
), numbered AS (
    SELECT r.*, row_number() OVER (ORDER BY scheduled_date, participant_id, visit_number)::int AS id,
           CASE WHEN scheduled_date > date '2025-11-27' THEN 'Scheduled'
                WHEN visit_number > 2 AND (participant_id * 5 + visit_number * 3) % 23 = 0 THEN 'Missed'
                ELSE 'Completed' END AS status
    FROM raw r
)
SELECT id, participant_id, visit_number, visit_name, scheduled_date,
       CASE WHEN status <> 'Completed' THEN NULL
            WHEN visit_number <= 2 THEN scheduled_date
            ELSE scheduled_date + (participant_id + visit_number) % 5 - 2 END,
       status,
       visit_number IN (3, 4) AND (participant_id + visit_number) % 6 = 0,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8],
       ((least(scheduled_date, date '2025-11-28')) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((id) * 3 + 1) % 8] END,
       (((least(scheduled_date, date '2025-11-28')) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') + least(((id) * 7) % 5 * ((id) % 17 + 1), greatest(date '2025-12-20' - (least(scheduled_date, date '2025-11-28')), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((id) * 7) % 5
FROM numbered;

-- Adverse events, recorded at completed visits after screening; oncology studies report more.
INSERT INTO adverse_event
WITH terms(n, ae_term, body_system) AS (
    VALUES (0,  'Headache',                          'Nervous system disorders'),
           (1,  'Nausea',                            'Gastrointestinal disorders'),
           (2,  'Fatigue',                           'General disorders and administration site conditions'),
           (3,  'Diarrhoea',                         'Gastrointestinal disorders'),
           (4,  'Injection site reaction',           'General disorders and administration site conditions'),
           (5,  'Rash',                              'Skin and subcutaneous tissue disorders'),
           (6,  'Dizziness',                         'Nervous system disorders'),
           (7,  'Upper respiratory tract infection', 'Infections and infestations'),
           (8,  'Arthralgia',                        'Musculoskeletal and connective tissue disorders'),
           (9,  'Hypertension',                      'Vascular disorders'),
           (10, 'Anaemia',                           'Blood and lymphatic system disorders'),
           (11, 'Neutropenia',                       'Blood and lymphatic system disorders'),
           (12, 'Alanine aminotransferase increased','Investigations'),
           (13, 'Vomiting',                          'Gastrointestinal disorders'),
           (14, 'Insomnia',                          'Psychiatric disorders'),
           (15, 'Pneumonia',                         'Infections and infestations')
), src AS (
    SELECT v.id AS visit_id, v.participant_id, v.visit_date, 0 AS k
    FROM visit v
    JOIN participant p ON p.id = v.participant_id
    JOIN study s ON s.id = p.study_id
    WHERE v.status = 'Completed' AND v.visit_number >= 2
      AND (v.id * 7) % 11 < CASE WHEN s.therapeutic_area = 'Oncology' THEN 4 ELSE 2 END
    UNION ALL
    SELECT v.id, v.participant_id, v.visit_date, 1
    FROM visit v
    WHERE v.status = 'Completed' AND v.visit_number >= 3 AND (v.id * 3) % 29 = 0
), numbered AS (
    SELECT s.*, row_number() OVER (ORDER BY visit_date, visit_id, k)::int AS id,
           (visit_id * 13 + participant_id + k * 7) % 20 AS sev,
           (visit_id * 5 + participant_id + k * 9) % 16 AS t
    FROM src s
), graded AS (
    SELECT n.*,
           CASE WHEN sev < 11 THEN 'Mild' WHEN sev < 17 THEN 'Moderate'
                WHEN sev < 19 THEN 'Severe' ELSE 'Life-threatening' END AS severity
    FROM numbered n
), outcome AS (
    SELECT g.*,
           CASE WHEN severity = 'Life-threatening' AND visit_id % 3 = 0 THEN 'Fatal'
                WHEN id % 17 <= 10 OR id % 17 = 16 THEN 'Recovered'
                WHEN id % 17 <= 12 THEN 'Recovering'
                WHEN id % 17 <= 14 THEN 'Not Recovered'
                ELSE 'Recovered with Sequelae' END AS outcome,
           visit_date - visit_id % 10 AS onset_date
    FROM graded g
)
SELECT o.id, o.participant_id, o.visit_id, t.ae_term, t.body_system, o.severity,
       o.severity IN ('Severe', 'Life-threatening') AND (o.severity = 'Life-threatening' OR o.id % 3 <> 0),
       (ARRAY['Not related', 'Unlikely related', 'Possibly related', 'Probably related', 'Definitely related'])
           [1 + (o.id * 7 + o.visit_id) % 5],
       o.onset_date,
       CASE WHEN o.outcome IN ('Recovered', 'Recovered with Sequelae')
            THEN o.onset_date + 2 + (o.id * 11) % 40 END,
       o.outcome,
       CASE WHEN o.severity = 'Mild' THEN 'None'
            ELSE (ARRAY['None', 'Dose reduced', 'Drug interrupted', 'None', 'Drug withdrawn'])[1 + o.id % 5] END,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (o.id) % 8],
       ((o.visit_date) + time '08:00' + ((o.id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((o.id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (o.id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((o.id) * 3 + 1) % 8] END,
       (((o.visit_date) + time '08:00' + ((o.id) * 37) % 540 * interval '1 minute') + least(((o.id) * 7) % 5 * ((o.id) % 17 + 1), greatest(date '2025-12-20' - (o.visit_date), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((o.id) * 7) % 5
FROM outcome o
JOIN terms t ON t.n = o.t;

-- Study drug: the investigational product of every drug study, and matching placebo for the
-- blinded ones. Device studies have none.
INSERT INTO study_drug
WITH ip(study_id, product_name, dosage_form, strength, storage_condition, kit_unit_cost) AS (
    VALUES (1,  'helixtinib',        'Tablet',              '150 mg',        'Ambient',                  1840.00),
           (2,  'norglutide',        'Pre-filled pen',      '2 mg/0.5 mL',   'Refrigerated (2-8 C)',     410.00),
           (3,  'corvimab',          'Solution for infusion','200 mg/10 mL', 'Refrigerated (2-8 C)',     2250.00),
           (4,  'sacubitrilat',      'Tablet',              '97/103 mg',     'Ambient',                  96.50),
           (6,  'kestuzumab',        'Solution for infusion','420 mg/14 mL', 'Refrigerated (2-8 C)',     2380.00),
           (7,  'pinekinumab',       'Pre-filled syringe',  '150 mg/mL',     'Refrigerated (2-8 C)',     1275.00),
           (8,  'QRB-018',           'Pre-filled syringe',  '5 mg/0.5 mL',   'Refrigerated (2-8 C)',     640.00),
           (9,  'MRV-RSV vaccine',   'Suspension for injection','120 mcg/0.5 mL','Refrigerated (2-8 C)', 185.00),
           (10, 'talonemab',         'Solution for infusion','350 mg/7 mL',  'Refrigerated (2-8 C)',     1960.00),
           (12, 'sabritinib',        'Tablet',              '45 mg',         'Ambient',                  520.00),
           (13, 'vantorsartan',      'Tablet',              '40 mg',         'Ambient',                  74.25),
           (14, 'helixtinib',        'Tablet',              '150 mg',        'Ambient',                  1840.00),
           (15, 'norfinerone',       'Film-coated tablet',  '20 mg',         'Ambient',                  88.00),
           (16, 'corvimab',          'Pre-filled syringe',  '100 mg/mL',     'Refrigerated (2-8 C)',     1490.00),
           (17, 'kestuzumab',        'Solution for infusion','420 mg/14 mL', 'Refrigerated (2-8 C)',     2380.00),
           (18, 'TLS-510',           'Oral solution',       '10 mg/mL',      'Ambient',                  215.00),
           (19, 'MRV-FLU mRNA vaccine','Dispersion for injection','50 mcg/0.5 mL','Frozen (-25 to -15 C)',260.00),
           (20, 'pinecitinib',       'Cream',               '1.5%',          'Ambient',                  132.00),
           (21, 'QRB-018',           'Pre-filled pen',      '10 mg/0.5 mL',  'Refrigerated (2-8 C)',     705.00),
           (22, 'ofatumumab',        'Pre-filled pen',      '20 mg/0.4 mL',  'Refrigerated (2-8 C)',     980.00),
           (23, 'sabritinib',        'Tablet',              '90 mg',         'Ambient',                  560.00),
           (24, 'VNT-902',           'Solution for injection','300 mg/mL',   'Refrigerated (2-8 C)',     890.00),
           (26, 'talonemab',         'Solution for infusion','700 mg/14 mL', 'Refrigerated (2-8 C)',     2145.00),
           (27, 'KST-560',           'Powder for infusion', '100 mg',        'Frozen (-25 to -15 C)',    2475.00),
           (29, 'HLX-205',           'Capsule',             '25 mg',         'Ambient',                  1120.00),
           (30, 'norvalifor',        'Tablet',              '80 mg',         'Ambient',                  150.00)
), items AS (
    SELECT ip.study_id, s.protocol_number || '-IP' AS product_code,
           ip.product_name, 'Investigational' AS product_role, ip.dosage_form, ip.strength,
           ip.storage_condition, ip.kit_unit_cost, s.start_date, 1 AS ord
    FROM ip JOIN study s ON s.id = ip.study_id
    UNION ALL
    SELECT ip.study_id, s.protocol_number || '-PBO',
           'placebo matching ' || ip.product_name, 'Placebo', ip.dosage_form, '0 mg',
           ip.storage_condition, round(35 + (ip.study_id * 7) % 30 + ip.kit_unit_cost * 0.02, 2),
           s.start_date, 2
    FROM ip JOIN study s ON s.id = ip.study_id
    WHERE s.is_blinded
    UNION ALL
    SELECT ip.study_id, s.protocol_number || '-CMP', 'docetaxel', 'Comparator',
           'Solution for infusion', '75 mg/m2', 'Ambient', 310.00, s.start_date, 3
    FROM ip JOIN study s ON s.id = ip.study_id
    WHERE s.id = 14
), numbered AS (
    SELECT i.*, row_number() OVER (ORDER BY study_id, ord)::int AS id FROM items i
)
SELECT id, study_id, product_code, product_name, product_role, dosage_form, strength,
       storage_condition, kit_unit_cost,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8],
       ((start_date - 45) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((id) * 3 + 1) % 8] END,
       (((start_date - 45) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') + least(((id) * 7) % 5 * ((id) % 17 + 1), greatest(date '2025-12-20' - (start_date - 45), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((id) * 7) % 5
FROM numbered;

-- Drug shipments from the depot to activated sites: a first shipment a week before activation,
-- then resupplies every 70 to 100 days while the site is open.
INSERT INTO drug_shipment
WITH raw AS (
    SELECT sd.id AS study_drug_id, ss.site_id, ss.id AS ss_id, g, sd.storage_condition,
           ss.activated_on - 7 + g * (70 + (sd.id % 4) * 10) AS shipped_on
    FROM study_site ss
    JOIN study_drug sd ON sd.study_id = ss.study_id
    CROSS JOIN generate_series(0, 4) AS g
    WHERE ss.activated_on IS NOT NULL
      AND ss.activated_on - 7 + g * (70 + (sd.id % 4) * 10)
          <= least(coalesce(ss.closed_on - 90, date '2025-11-28'), date '2025-11-28')
), numbered AS (
    SELECT r.*, row_number() OVER (ORDER BY shipped_on, ss_id, study_drug_id)::int AS id
    FROM raw r
), flagged AS (
    SELECT n.*, (id * 11) % 29 = 0 AS excursion,
           CASE WHEN shipped_on > date '2025-11-24' THEN 'In Transit'
                WHEN (id * 11) % 29 = 0 THEN 'Quarantined'
                WHEN id % 97 = 50 THEN 'Lost'
                ELSE 'Delivered' END AS status
    FROM numbered n
)
SELECT id, 'SHP-' || to_char(shipped_on, 'YYYY') || '-' || lpad(id::text, 5, '0'),
       study_drug_id, site_id, shipped_on,
       CASE WHEN status IN ('Delivered', 'Quarantined') THEN shipped_on + 1 + id % 4 END,
       6 + (ss_id * 3 + g * 7 + study_drug_id) % 19,
       (ARRAY['World Courier', 'Marken', 'DHL Medical Express', 'FedEx Custom Critical', 'Cryoport'])
           [CASE WHEN storage_condition LIKE 'Frozen%' THEN 5 ELSE 1 + (id * 3) % 4 END],
       status, excursion,
       (CASE WHEN storage_condition LIKE 'Frozen%' THEN 1450
             WHEN storage_condition LIKE 'Refrigerated%' THEN 620 ELSE 280 END
        + (id * 37) % 400 + (id % 4) * 0.25)::numeric(9,2),
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8],
       ((shipped_on) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((id) * 3 + 1) % 8] END,
       (((shipped_on) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') + least(((id) * 7) % 5 * ((id) % 17 + 1), greatest(date '2025-12-20' - (shipped_on), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((id) * 7) % 5
FROM flagged;

-- Site payments (invoices from sites): start-up fees, per-visit fees billed per quarter,
-- screen failure fees, pass-through costs and close-out fees. Invoices up to September 2025
-- are mostly paid; a few are disputed.
INSERT INTO site_payment
WITH ss AS (
    SELECT ss.*, st.site_type
    FROM study_site ss JOIN site st ON st.id = ss.site_id
    WHERE ss.activated_on IS NOT NULL
), raw AS (
    SELECT ss.study_id, ss.site_id, 'Start-up Fee' AS payment_type, 1 AS unit_count,
           (CASE ss.site_type WHEN 'Academic Medical Center' THEN 15000 WHEN 'Hospital' THEN 12000
                              WHEN 'Research Unit' THEN 9500 ELSE 8000 END
            + (ss.study_id * 250) % 3000)::numeric(12,2) AS amount,
           ss.activated_on + 14 AS invoiced_on
    FROM ss
    UNION ALL
    SELECT ss.study_id, ss.site_id, 'Per-Visit Fee', count(*)::int, count(*) * ss.per_visit_fee,
           (date_trunc('quarter', v.visit_date) + interval '3 months 9 days')::date
    FROM visit v
    JOIN participant p ON p.id = v.participant_id
    JOIN ss ON ss.study_id = p.study_id AND ss.site_id = p.site_id
    WHERE v.status = 'Completed' AND v.visit_number >= 2
    GROUP BY ss.study_id, ss.site_id, ss.per_visit_fee, date_trunc('quarter', v.visit_date)
    UNION ALL
    SELECT ss.study_id, ss.site_id, 'Screen Failure Fee', count(*)::int, count(*) * 350.00,
           (date_trunc('quarter', p.screened_on) + interval '3 months 9 days')::date
    FROM participant p
    JOIN ss ON ss.study_id = p.study_id AND ss.site_id = p.site_id
    WHERE p.status = 'Screen Failed'
    GROUP BY ss.study_id, ss.site_id, date_trunc('quarter', p.screened_on)
    UNION ALL
    SELECT ss.study_id, ss.site_id, 'Pass-through Cost', 1,
           1200 + (ss.id * 53) % 2500 + 0.75, ss.activated_on + 120
    FROM ss
    WHERE ss.id % 3 = 0
    UNION ALL
    SELECT ss.study_id, ss.site_id, 'Close-out Fee', 1, 5000 + ss.study_id * 100.00,
           ss.closed_on + 30
    FROM ss
    WHERE ss.closed_on IS NOT NULL
), numbered AS (
    SELECT r.*, row_number() OVER (ORDER BY invoiced_on, study_id, site_id, payment_type)::int AS id
    FROM raw r
    WHERE invoiced_on <= date '2025-11-30'
), statused AS (
    SELECT n.*,
           CASE WHEN invoiced_on > date '2025-09-30' THEN CASE WHEN id % 2 = 0 THEN 'Pending' ELSE 'Approved' END
                WHEN id % 19 = 0 THEN 'Disputed'
                WHEN invoiced_on + 21 + (id * 7) % 40 > date '2025-11-30' THEN 'Approved'
                ELSE 'Paid' END AS status
    FROM numbered n
)
SELECT id, 'INV-' || to_char(invoiced_on, 'YYYY') || '-' || lpad(id::text, 5, '0'),
       study_id, site_id, payment_type, unit_count, amount, invoiced_on, status,
       CASE WHEN status = 'Paid' THEN invoiced_on + 21 + (id * 7) % 40 END,
       (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8],
       ((invoiced_on) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN ((id) * 7) % 5 = 0 THEN (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + (id) % 8]
            ELSE (ARRAY['ctms.sync', 'a.okafor', 'm.lindqvist', 'r.patel', 's.moreau', 'l.chen', 'p.dubois', 'edc.integration'])[1 + ((id) * 3 + 1) % 8] END,
       (((invoiced_on) + time '08:00' + ((id) * 37) % 540 * interval '1 minute') + least(((id) * 7) % 5 * ((id) % 17 + 1), greatest(date '2025-12-20' - (invoiced_on), 0)) * interval '1 day') AT TIME ZONE 'UTC',
       1 + ((id) * 7) % 5
FROM statused;
