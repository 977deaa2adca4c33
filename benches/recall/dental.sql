-- Operational data of a group of dental practices along the Colorado Front Range, used as
-- the sample database of the golden set benches/intent/dental.yaml. Legacy naming (t_ tables,
-- three-letter column prefixes). Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE TABLE t_clinic (
    cli_id         integer PRIMARY KEY,
    cli_name       text NOT NULL,
    cli_city       text NOT NULL,
    cli_street     text NOT NULL,
    cli_zip        varchar(10) NOT NULL,
    cli_phone      varchar(20),
    cli_open_dt    date NOT NULL,
    cli_chair_cnt  integer NOT NULL,
    cli_has_xray   boolean NOT NULL,
    cli_sat_open   boolean NOT NULL
);

CREATE TABLE t_insurer (
    ins_id          integer PRIMARY KEY,
    ins_name        text NOT NULL,
    ins_plan_type   text NOT NULL,
    ins_payer_code  varchar(10) NOT NULL,
    ins_cover_pct   numeric(5,2) NOT NULL,
    ins_in_network  boolean NOT NULL,
    ins_phone       varchar(20)
);

CREATE TABLE t_provider (
    prv_id          integer PRIMARY KEY,
    cli_id          integer NOT NULL REFERENCES t_clinic (cli_id),
    prv_first_name  text NOT NULL,
    prv_last_name   text NOT NULL,
    prv_role        text NOT NULL,
    prv_specialty   text,
    prv_license_no  varchar(20) NOT NULL,
    prv_email       varchar(120),
    prv_hire_dt     date NOT NULL,
    prv_hourly_amt  numeric(7,2) NOT NULL,
    prv_is_active   boolean NOT NULL
);

CREATE TABLE t_patient (
    pat_id          integer PRIMARY KEY,
    pat_first_name  text NOT NULL,
    pat_last_name   text NOT NULL,
    pat_gender      char(1) NOT NULL,
    pat_birth_dt    date NOT NULL,
    pat_email       varchar(120),
    pat_phone       varchar(20),
    cli_id          integer NOT NULL REFERENCES t_clinic (cli_id),
    ins_id          integer REFERENCES t_insurer (ins_id),
    pat_member_no   varchar(20),
    pat_reg_dt      date NOT NULL,
    pat_is_active   boolean NOT NULL
);

CREATE TABLE t_procedure (
    prc_id            integer PRIMARY KEY,
    prc_code          varchar(8) NOT NULL UNIQUE,
    prc_name          text NOT NULL,
    prc_category      text NOT NULL,
    prc_fee_amt       numeric(8,2) NOT NULL,
    prc_duration_min  integer NOT NULL,
    prc_needs_tooth   boolean NOT NULL,
    prc_is_active     boolean NOT NULL
);

CREATE TABLE t_appointment (
    apt_id             integer PRIMARY KEY,
    pat_id             integer NOT NULL REFERENCES t_patient (pat_id),
    cli_id             integer NOT NULL REFERENCES t_clinic (cli_id),
    prv_id             integer NOT NULL REFERENCES t_provider (prv_id),
    apt_booked_dt      date NOT NULL,
    apt_start          timestamp NOT NULL,
    apt_duration_min   integer NOT NULL,
    apt_type           text NOT NULL,
    apt_status         text NOT NULL,
    apt_checkin_at     timestamp,
    apt_cancel_reason  text,
    apt_note           text
);

CREATE TABLE t_appt_procedure (
    apr_id        integer PRIMARY KEY,
    apt_id        integer NOT NULL REFERENCES t_appointment (apt_id),
    prc_id        integer NOT NULL REFERENCES t_procedure (prc_id),
    apr_tooth_no  smallint,
    apr_surface   varchar(5),
    apr_fee_amt   numeric(8,2) NOT NULL
);

CREATE TABLE t_invoice (
    inv_id         integer PRIMARY KEY,
    apt_id         integer NOT NULL UNIQUE REFERENCES t_appointment (apt_id),
    pat_id         integer NOT NULL REFERENCES t_patient (pat_id),
    inv_issue_dt   date NOT NULL,
    inv_due_dt     date NOT NULL,
    inv_total_amt  numeric(10,2) NOT NULL,
    inv_status     text NOT NULL,
    inv_paid_dt    date
);

CREATE TABLE t_claim (
    clm_id           integer PRIMARY KEY,
    inv_id           integer NOT NULL REFERENCES t_invoice (inv_id),
    ins_id           integer NOT NULL REFERENCES t_insurer (ins_id),
    clm_submit_dt    date NOT NULL,
    clm_decision_dt  date,
    clm_status       text NOT NULL,
    clm_billed_amt   numeric(10,2) NOT NULL,
    clm_paid_amt     numeric(10,2),
    clm_deny_reason  text
);

CREATE TABLE t_payment (
    pay_id      integer PRIMARY KEY,
    inv_id      integer NOT NULL REFERENCES t_invoice (inv_id),
    pay_dt      date NOT NULL,
    pay_amt     numeric(10,2) NOT NULL,
    pay_method  text NOT NULL,
    pay_ref     varchar(30)
);

CREATE TABLE t_recall (
    rcl_id       integer PRIMARY KEY,
    pat_id       integer NOT NULL REFERENCES t_patient (pat_id),
    cli_id       integer NOT NULL REFERENCES t_clinic (cli_id),
    apt_id       integer REFERENCES t_appointment (apt_id),
    rcl_type     text NOT NULL,
    rcl_due_dt   date NOT NULL,
    rcl_channel  text NOT NULL,
    rcl_sent_at  timestamptz,
    rcl_status   text NOT NULL
);

INSERT INTO t_clinic VALUES
 (1, 'Riverside Dental',            'Denver',           '1420 Platte St',         '80202', '(303) 555-0141', '2006-04-03', 12, true,  true),
 (2, 'Cherry Creek Dental',         'Denver',           '255 Fillmore St',        '80206', '(303) 555-0188', '2011-09-12',  9, true,  true),
 (3, 'Hillcrest Family Dentistry',  'Boulder',          '2850 Baseline Rd',       '80303', '(720) 555-0127', '2009-02-16',  8, true,  false),
 (4, 'Old Town Dental',             'Fort Collins',     '118 Linden St',          '80524', '(970) 555-0163', '2014-06-02',  7, true,  false),
 (5, 'Lakeside Dental Care',        'Colorado Springs', '4310 Centennial Blvd',   '80907', '(719) 555-0102', '2012-10-01', 10, true,  true),
 (6, 'Summit Smiles',               'Aurora',           '15200 E Iliff Ave',      '80014', NULL,             '2017-03-20',  6, false, true),
 (7, 'Pine Ridge Dental',           'Lakewood',         '7600 W Alameda Ave',     '80226', '(303) 555-0175', '2015-08-17',  6, true,  false),
 (8, 'Front Range Dental',          'Pueblo',           '921 N Santa Fe Ave',     '81003', '(719) 555-0150', '2019-01-14',  5, false, false);

INSERT INTO t_insurer VALUES
 (1, 'Delta Dental',       'PPO',      'DD001', 80.00, true,  '(800) 555-0101'),
 (2, 'MetLife',            'PPO',      'ML220', 75.00, true,  '(800) 555-0102'),
 (3, 'Cigna Dental',       'DHMO',     'CG310', 70.00, true,  '(800) 555-0103'),
 (4, 'Aetna',              'PPO',      'AE415', 70.00, true,  NULL),
 (5, 'Guardian',           'PPO',      'GD508', 65.00, false, '(800) 555-0105'),
 (6, 'Humana',             'DHMO',     'HU612', 60.00, false, '(800) 555-0106'),
 (7, 'United Concordia',   'Indemnity','UC707', 70.00, false, NULL),
 (8, 'Health First Colorado', 'Medicaid', 'CO810', 90.00, true, '(800) 555-0108');

-- Five providers per clinic: three dentists and two hygienists, plus two dentists hired late in 2024.
INSERT INTO t_provider
SELECT i,
       ((i - 1) % 8) + 1,
       (ARRAY['Emily','James','Sophia','Daniel','Olivia','Michael','Hannah','Ryan','Grace','Lucas',
              'Chloe','Nathan','Megan','Ethan','Laura','Kevin','Rachel','Brian','Natalie','Andrew',
              'Julia','Marcus','Vanessa','Tyler','Elena','Victor','Priya','Omar','Lauren','Derek',
              'Monica','Samuel','Tara','Gavin','Alicia','Peter','Irene','Colin','Wendy','Felix'])[i],
       (ARRAY['Nguyen','Carter','Patel','Brooks','Ramirez','Olsen','Fischer','Kim','Sullivan','Reyes',
              'Bennett','Hughes','Morales','Park','Jensen','Walsh','Chen','Dawson','Foster','Grant',
              'Lopez','Hayes','Meyer','Ortiz','Price','Quinn','Shah','Torres','Vance','Young',
              'Abbott','Burke','Cruz','Doyle','Ellis','Flores','Gibson','Howell','Ingram','Keller'])[((i * 7) % 40) + 1],
       CASE WHEN ((i - 1) / 8) IN (2, 4) THEN 'Hygienist' ELSE 'Dentist' END,
       CASE WHEN ((i - 1) / 8) IN (2, 4) THEN NULL
            WHEN ((i - 1) / 8) = 3 THEN (ARRAY['Orthodontics','Endodontics','Periodontics','Pediatric','Orthodontics','Oral Surgery','Endodontics','Prosthodontics'])[((i - 1) % 8) + 1]
            ELSE 'General' END,
       CASE WHEN ((i - 1) / 8) IN (2, 4) THEN 'RDH-' ELSE 'DDS-' END || lpad((40210 + i * 173)::text, 6, '0'),
       CASE WHEN i % 9 = 4 THEN NULL
            ELSE lower((ARRAY['Emily','James','Sophia','Daniel','Olivia','Michael','Hannah','Ryan','Grace','Lucas',
              'Chloe','Nathan','Megan','Ethan','Laura','Kevin','Rachel','Brian','Natalie','Andrew',
              'Julia','Marcus','Vanessa','Tyler','Elena','Victor','Priya','Omar','Lauren','Derek',
              'Monica','Samuel','Tara','Gavin','Alicia','Peter','Irene','Colin','Wendy','Felix'])[i]) || '.' || i || '@frontrangedental.com' END,
       DATE '2008-03-01' + ((i * 397) % 5000),
       CASE WHEN ((i - 1) / 8) IN (2, 4) THEN 42.00 + (i % 7) * 2.50
            WHEN ((i - 1) / 8) = 3 THEN 95.00 + (i % 5) * 6.00
            ELSE 78.00 + (i % 6) * 4.50 END,
       i NOT IN (13, 30)
FROM generate_series(1, 40) AS g(i);

INSERT INTO t_provider VALUES
 (41, 2, 'Isabel', 'Marsh',   'Dentist', 'General',      'DDS-052710', 'isabel.41@frontrangedental.com', '2024-11-04', 80.00, true),
 (42, 5, 'Connor', 'Whitley', 'Dentist', 'Periodontics', 'DDS-052883', NULL,                              '2024-11-18', 98.00, true);

INSERT INTO t_patient
SELECT i,
       CASE WHEN i % 2 = 0
            THEN (ARRAY['Mary','Jennifer','Linda','Patricia','Susan','Jessica','Sarah','Karen','Nancy','Lisa',
                        'Ashley','Amanda','Stephanie','Rebecca','Katherine','Nicole','Samantha','Emma','Ava','Mia',
                        'Isabella','Abigail','Madison','Zoe','Lily'])[((i * 7) % 25) + 1]
            ELSE (ARRAY['John','Robert','David','William','Richard','Joseph','Thomas','Charles','Christopher','Matthew',
                        'Anthony','Mark','Steven','Paul','Joshua','Kenneth','Jacob','Noah','Liam','Mason',
                        'Logan','Aiden','Carlos','Jose','Luis'])[((i * 7) % 25) + 1] END,
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
              'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Lewis','Robinson','Walker',
              'Young','Allen','King','Wright','Scott','Torres','Hill','Green','Adams','Baker',
              'Nelson','Mitchell','Campbell'])[((i * 13) % 43) + 1],
       CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END,
       DATE '1941-05-01' + ((i * 4409) % 28300),
       NULL,
       CASE WHEN i % 23 = 0 THEN NULL
            ELSE '(' || (ARRAY['303','720','719','970'])[(i % 4) + 1] || ') 555-' || lpad(((i * 37) % 10000)::text, 4, '0') END,
       (ARRAY[1,1,1,2,2,3,3,4,4,5,5,5,6,6,7,7,8,1,2,3])[(i % 20) + 1],
       CASE WHEN i % 7 = 0 THEN NULL
            ELSE (ARRAY[1,1,1,1,2,2,2,3,3,4,4,5,6,7,8,8,1])[((i * 5) % 17) + 1] END,
       NULL,
       CASE WHEN i > 570 THEN DATE '2024-01-08' + ((i * 17) % 320)
            ELSE DATE '2010-01-04' + ((i * 2713) % 4700) END,
       i % 19 <> 0
FROM generate_series(1, 600) AS g(i);

UPDATE t_patient
SET pat_email = CASE WHEN pat_id % 6 = 0 THEN NULL
                     ELSE lower(pat_first_name) || '.' || lower(pat_last_name) || pat_id ||
                          (ARRAY['@gmail.com','@yahoo.com','@outlook.com','@comcast.net'])[(pat_id % 4) + 1] END,
    pat_member_no = CASE WHEN ins_id IS NULL THEN NULL
                         ELSE (SELECT ins_payer_code FROM t_insurer i WHERE i.ins_id = t_patient.ins_id) || '-' || lpad((pat_id * 7919 % 1000000)::text, 6, '0') END;

INSERT INTO t_procedure VALUES
 ( 1, 'D0120', 'Periodic oral evaluation',                    'Diagnostic',      65.00, 15, false, true),
 ( 2, 'D0140', 'Limited oral evaluation, problem focused',    'Diagnostic',      80.00, 20, false, true),
 ( 3, 'D0150', 'Comprehensive oral evaluation',               'Diagnostic',      95.00, 30, false, true),
 ( 4, 'D0210', 'Full mouth X-rays',                           'Diagnostic',     140.00, 25, false, true),
 ( 5, 'D0274', 'Bitewing X-rays, four films',                 'Diagnostic',      70.00, 10, false, true),
 ( 6, 'D0330', 'Panoramic X-ray',                             'Diagnostic',     115.00, 10, false, true),
 ( 7, 'D1110', 'Adult cleaning (prophylaxis)',                'Preventive',     110.00, 45, false, true),
 ( 8, 'D1120', 'Child cleaning (prophylaxis)',                'Preventive',      80.00, 30, false, true),
 ( 9, 'D1206', 'Fluoride varnish',                            'Preventive',      40.00,  5, false, true),
 (10, 'D1351', 'Sealant, per tooth',                          'Preventive',      50.00, 10, true,  true),
 (11, 'D2140', 'Amalgam filling, one surface',                'Restorative',    150.00, 30, true,  false),
 (12, 'D2150', 'Amalgam filling, two surfaces',               'Restorative',    185.00, 40, true,  false),
 (13, 'D2330', 'Composite filling, anterior, one surface',    'Restorative',    175.00, 30, true,  true),
 (14, 'D2391', 'Composite filling, posterior, one surface',   'Restorative',    195.00, 40, true,  true),
 (15, 'D2740', 'Porcelain crown',                             'Restorative',   1250.00, 90, true,  true),
 (16, 'D2950', 'Core buildup',                                'Restorative',    290.00, 30, true,  true),
 (17, 'D3310', 'Root canal, anterior tooth',                  'Endodontics',    850.00, 60, true,  true),
 (18, 'D3330', 'Root canal, molar',                           'Endodontics',   1250.00, 90, true,  true),
 (19, 'D4341', 'Scaling and root planing, per quadrant',      'Periodontics',   250.00, 45, false, true),
 (20, 'D4910', 'Periodontal maintenance',                     'Periodontics',   160.00, 45, false, true),
 (21, 'D5110', 'Complete upper denture',                      'Prosthodontics',1800.00, 60, false, true),
 (22, 'D5213', 'Partial upper denture, cast metal',           'Prosthodontics',1650.00, 60, false, true),
 (23, 'D6010', 'Implant placement',                           'Implants',      2300.00, 90, true,  true),
 (24, 'D7140', 'Simple extraction',                           'Oral Surgery',   190.00, 30, true,  true),
 (25, 'D7210', 'Surgical extraction',                         'Oral Surgery',   350.00, 45, true,  true),
 (26, 'D7240', 'Wisdom tooth removal, impacted',              'Oral Surgery',   520.00, 60, true,  true),
 (27, 'D8080', 'Comprehensive orthodontic treatment (braces)','Orthodontics',  5600.00, 90, false, true),
 (28, 'D9110', 'Palliative emergency treatment',              'Adjunctive',     120.00, 20, false, true),
 (29, 'D9944', 'Night guard',                                 'Adjunctive',     520.00, 30, false, true),
 (30, 'D9972', 'Teeth whitening, in office',                  'Cosmetic',       450.00, 60, false, true),
 (31, 'D2962', 'Porcelain veneer',                            'Cosmetic',      1100.00, 60, true,  true);

-- Appointments: more of them as the group grows, none on Sundays, December 2024 partly ahead.
INSERT INTO t_appointment
SELECT s.i,
       s.pat_id,
       s.cli_id,
       (SELECT v.prv_id FROM t_provider v
         WHERE v.cli_id = s.cli_id AND v.prv_id <= 40
           AND v.prv_role = CASE WHEN s.apt_type = 'Cleaning' THEN 'Hygienist' ELSE 'Dentist' END
         ORDER BY v.prv_id
         OFFSET CASE WHEN s.apt_type = 'Cleaning' THEN s.i % 2 ELSE s.i % 3 END LIMIT 1),
       s.d - CASE WHEN s.apt_type = 'Emergency' THEN s.i % 2 ELSE 1 + (s.i * 13) % 45 END,
       s.d + TIME '08:00' + ((s.i * 7) % 17) * INTERVAL '30 minutes',
       CASE s.apt_type WHEN 'Checkup' THEN 45 WHEN 'Cleaning' THEN 60 WHEN 'Treatment' THEN 90 ELSE 30 END,
       s.apt_type,
       s.apt_status,
       CASE WHEN s.apt_status = 'Completed'
            THEN s.d + TIME '08:00' + ((s.i * 7) % 17) * INTERVAL '30 minutes' - ((s.i % 14) - 3) * INTERVAL '1 minute' END,
       CASE WHEN s.apt_status = 'Cancelled'
            THEN (ARRAY['Patient ill','Schedule conflict','Weather','Rescheduled by clinic','No reason given'])[(s.i % 5) + 1] END,
       CASE WHEN s.i % 31 = 0 THEN 'Anxious patient, prefers morning slots'
            WHEN s.i % 37 = 0 THEN 'Requires antibiotic premedication'
            WHEN s.i % 43 = 0 THEN 'Wheelchair access needed' END
FROM (
    SELECT g.i,
           p.pat_id,
           CASE WHEN g.i % 9 = 0 THEN (p.cli_id % 8) + 1 ELSE p.cli_id END AS cli_id,
           x.d,
           (ARRAY['Checkup','Checkup','Checkup','Checkup','Checkup','Checkup',
                  'Cleaning','Cleaning','Cleaning','Cleaning','Cleaning',
                  'Treatment','Treatment','Treatment','Treatment','Treatment','Treatment',
                  'Emergency','Emergency','Consultation'])[((g.i * 7) % 20) + 1] AS apt_type,
           CASE WHEN x.d > DATE '2024-12-20' THEN 'Scheduled'
                WHEN g.i % 11 = 4 THEN 'Cancelled'
                WHEN g.i % 17 = 5 THEN 'No-show'
                ELSE 'Completed' END AS apt_status
    FROM generate_series(1, 1900) AS g(i)
    JOIN t_patient p ON p.pat_id = ((g.i * 137) % 570) + 1
    CROSS JOIN LATERAL (
        SELECT DATE '2022-01-03' + floor(1093 * power((g.i - 1) / 1899.0, 0.85))::integer AS d0
    ) y
    CROSS JOIN LATERAL (
        SELECT CASE WHEN extract(dow FROM y.d0) = 0 THEN y.d0 + 1 ELSE y.d0 END AS d
    ) x
) s;

-- Patients booked before they registered are registered on the day of their first booking.
UPDATE t_patient p
SET pat_reg_dt = f.first_booked
FROM (SELECT pat_id, min(apt_booked_dt) AS first_booked FROM t_appointment GROUP BY pat_id) f
WHERE f.pat_id = p.pat_id AND f.first_booked < p.pat_reg_dt;

-- Procedures performed during completed appointments (a second one on every fifth visit, consultations and half the emergencies).
INSERT INTO t_appt_procedure
SELECT row_number() OVER (ORDER BY q.apt_id, q.slot),
       q.apt_id,
       r.prc_id,
       CASE WHEN r.prc_needs_tooth THEN 1 + (q.apt_id * 11 + q.slot * 5) % 32 END,
       CASE WHEN r.prc_code IN ('D2140','D2330','D2391') THEN (ARRAY['O','B','L','M','D'])[(q.apt_id % 5) + 1]
            WHEN r.prc_code = 'D2150' THEN (ARRAY['MO','DO','OB'])[(q.apt_id % 3) + 1] END,
       round(r.prc_fee_amt
             * CASE extract(year FROM q.apt_start) WHEN 2022 THEN 0.94 WHEN 2023 THEN 0.97 ELSE 1.00 END
             * CASE WHEN q.apt_id % 9 = 0 THEN 0.90 ELSE 1.00 END, 2)
FROM (
    SELECT a.apt_id, a.apt_start, sl.slot,
           CASE
             WHEN a.apt_type = 'Checkup' AND sl.slot = 1 THEN 'D0120'
             WHEN a.apt_type = 'Checkup' THEN (ARRAY['D0274','D0210'])[((a.apt_id / 4) % 2) + 1]
             WHEN a.apt_type = 'Cleaning' AND sl.slot = 1 THEN
                  CASE WHEN a.apt_start < p.pat_birth_dt + INTERVAL '14 years' THEN 'D1120'
                       WHEN a.apt_id % 8 = 0 THEN 'D4910'
                       WHEN a.apt_id % 8 = 5 THEN 'D4341'
                       ELSE 'D1110' END
             WHEN a.apt_type = 'Cleaning' THEN
                  CASE WHEN a.apt_start < p.pat_birth_dt + INTERVAL '14 years' THEN 'D1351' ELSE 'D1206' END
             WHEN a.apt_type = 'Treatment' AND a.apt_start < p.pat_birth_dt + INTERVAL '16 years' THEN
                  (ARRAY['D2391','D1351','D2330','D7140','D8080','D2391'])[((a.apt_id * 5 + sl.slot) % 6) + 1]
             WHEN a.apt_type = 'Treatment' THEN
                  (ARRAY['D2391','D2330','D2391','D2740','D2950','D3330','D3310','D2391','D7140','D7210',
                         'D7240','D5213','D5110','D6010','D9944','D9972','D2962','D2140','D2150','D8080',
                         'D2391','D2740','D2330','D4341'])[(((a.apt_id / 3) * 7 + sl.slot * 5) % 24) + 1]
             WHEN a.apt_type = 'Emergency' AND sl.slot = 1 THEN 'D0140'
             WHEN a.apt_type = 'Emergency' THEN (ARRAY['D9110','D7140','D3310','D9110','D3330','D7140'])[((a.apt_id / 20) % 6) + 1]
             WHEN sl.slot = 1 THEN 'D0150'
             ELSE 'D0330'
           END AS prc_code
    FROM t_appointment a
    JOIN t_patient p ON p.pat_id = a.pat_id
    JOIN generate_series(1, 2) AS sl(slot) ON sl.slot = 1 OR a.apt_id % 5 = 0 OR a.apt_type = 'Consultation' OR (a.apt_type = 'Emergency' AND a.apt_id % 2 = 0)
    WHERE a.apt_status = 'Completed'
) q
-- The old amalgam codes were billed until the clinics dropped them in mid 2023.
JOIN t_procedure r ON r.prc_code = CASE WHEN q.prc_code IN ('D2140','D2150') AND q.apt_start >= TIMESTAMP '2023-07-01'
                                        THEN 'D2391' ELSE q.prc_code END;

INSERT INTO t_invoice
SELECT row_number() OVER (ORDER BY a.apt_id),
       a.apt_id,
       a.pat_id,
       a.apt_start::date,
       a.apt_start::date + 30,
       sum(x.apr_fee_amt),
       'Open',
       NULL
FROM t_appointment a
JOIN t_appt_procedure x ON x.apt_id = a.apt_id
GROUP BY a.apt_id, a.pat_id, a.apt_start;

INSERT INTO t_claim
SELECT row_number() OVER (ORDER BY v.inv_id) AS clm_id,
       v.inv_id,
       p.ins_id,
       v.inv_issue_dt + (v.inv_id % 6),
       NULL, 'Paid', v.inv_total_amt, NULL, NULL
FROM t_invoice v
JOIN t_patient p ON p.pat_id = v.pat_id
WHERE p.ins_id IS NOT NULL AND v.inv_id % 12 <> 5;

UPDATE t_claim c
SET clm_status = CASE WHEN c.clm_submit_dt > DATE '2024-11-29' OR c.clm_id % 47 = 0 THEN 'Pending'
                      WHEN c.clm_id % 13 = 0 THEN 'Denied'
                      WHEN c.clm_id % 9 = 4 THEN 'Partially paid'
                      ELSE 'Paid' END;

UPDATE t_claim c
SET clm_decision_dt = CASE WHEN c.clm_status <> 'Pending' THEN c.clm_submit_dt + 9 + (c.clm_id * 7) % 31 END,
    clm_paid_amt = CASE c.clm_status
                     WHEN 'Paid' THEN round(c.clm_billed_amt * i.ins_cover_pct / 100, 2)
                     WHEN 'Partially paid' THEN round(c.clm_billed_amt * i.ins_cover_pct / 200, 2)
                     WHEN 'Denied' THEN 0.00 END,
    clm_deny_reason = CASE WHEN c.clm_status = 'Denied'
                           THEN (ARRAY['Frequency limitation','Service not covered','Missing X-ray','Coverage terminated'])[(c.clm_id % 4) + 1] END
FROM t_insurer i
WHERE i.ins_id = c.ins_id;

-- Patients pay their share (the total less the expected insurance part); a few never pay.
INSERT INTO t_payment
SELECT row_number() OVER (ORDER BY v.inv_id),
       v.inv_id,
       least(v.inv_issue_dt + (v.inv_id * 7) % 28, DATE '2024-12-31'),
       v.inv_total_amt - coalesce(round(v.inv_total_amt * i.ins_cover_pct / 100, 2), 0),
       (ARRAY['Card','Card','Card','Cash','Check','Card','HSA card','Bank transfer'])[(v.inv_id % 8) + 1],
       CASE (ARRAY['Card','Card','Card','Cash','Check','Card','HSA card','Bank transfer'])[(v.inv_id % 8) + 1]
            WHEN 'Cash' THEN NULL
            WHEN 'Check' THEN 'CHK ' || (1000 + v.inv_id * 3)
            ELSE 'TX' || lpad(((v.inv_id * 48271) % 1000000)::text, 6, '0') END
FROM t_invoice v
LEFT JOIN t_claim c ON c.inv_id = v.inv_id
LEFT JOIN t_insurer i ON i.ins_id = c.ins_id
WHERE v.inv_id % 10 <> 3 AND v.inv_issue_dt < DATE '2024-12-10';

UPDATE t_invoice v
SET inv_status = 'Paid', inv_paid_dt = y.pay_dt
FROM t_payment y
WHERE y.inv_id = v.inv_id;

UPDATE t_invoice
SET inv_status = CASE WHEN inv_due_dt >= DATE '2024-12-31' THEN 'Open'
                      WHEN inv_issue_dt < DATE '2023-07-01' AND inv_id % 4 <> 1 THEN 'Written off'
                      ELSE 'Overdue' END
WHERE inv_status <> 'Paid';

-- Recall reminders raised after each completed checkup or cleaning.
INSERT INTO t_recall
SELECT row_number() OVER (ORDER BY a.apt_id),
       a.pat_id,
       a.cli_id,
       a.apt_id,
       CASE WHEN a.apt_id % 10 = 0 THEN 'Periodontal maintenance' ELSE a.apt_type END,
       (a.apt_start + CASE WHEN a.apt_id % 10 = 0 THEN INTERVAL '3 months' ELSE INTERVAL '6 months' END)::date,
       CASE WHEN p.pat_email IS NULL THEN (ARRAY['SMS','Letter'])[(a.apt_id % 2) + 1]
            ELSE (ARRAY['Email','SMS','Email','Phone'])[(a.apt_id % 4) + 1] END,
       NULL,
       'Pending'
FROM t_appointment a
JOIN t_patient p ON p.pat_id = a.pat_id
WHERE a.apt_status = 'Completed' AND a.apt_type IN ('Checkup','Cleaning');

UPDATE t_recall
SET rcl_sent_at = CASE WHEN rcl_due_dt - 21 <= DATE '2024-12-31'
                       THEN ((rcl_due_dt - 21) + TIME '09:00' + (rcl_id % 50) * INTERVAL '1 minute') AT TIME ZONE 'America/Denver' END;

UPDATE t_recall r
SET rcl_status = CASE WHEN r.rcl_sent_at IS NULL THEN 'Pending'
                      WHEN r.rcl_channel = 'Email' AND r.rcl_id % 14 = 0 THEN 'Bounced'
                      WHEN EXISTS (SELECT 1 FROM t_appointment a
                                    WHERE a.pat_id = r.pat_id AND a.apt_id <> r.apt_id
                                      AND a.apt_start::date BETWEEN r.rcl_due_dt - 60 AND r.rcl_due_dt + 120)
                           THEN 'Booked'
                      ELSE 'Sent' END;
