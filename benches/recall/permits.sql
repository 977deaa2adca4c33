-- Operational data of the building permits and inspections office of the City of Riverton,
-- migrated from an old Access back end (hence the tbl_ prefixes). Sample database of the
-- golden set benches/intent/permits.yaml. Every row is invented and reproducible
-- (generate_series, fixed lists and modular arithmetic); the data runs to the end of 2024.

CREATE TABLE tbl_applicant (
    applicant_id    integer PRIMARY KEY,
    first_name      varchar(40) NOT NULL,
    last_name       varchar(40) NOT NULL,
    company_name    varchar(100),
    applicant_type  varchar(20) NOT NULL,
    email           varchar(120),
    phone           varchar(20),
    mailing_address text,
    city            varchar(40) NOT NULL,
    registered_on   date NOT NULL
);
CREATE TABLE tbl_contractor (
    contractor_id   integer PRIMARY KEY,
    business_name   varchar(100) NOT NULL,
    license_number  varchar(20) NOT NULL UNIQUE,
    trade           varchar(30) NOT NULL,
    city            varchar(40) NOT NULL,
    phone           varchar(20),
    license_expires date NOT NULL,
    is_insured      boolean NOT NULL,
    bond_amount     numeric(12,2)
);
CREATE TABLE tbl_property (
    property_id     integer PRIMARY KEY,
    parcel_number   varchar(20) NOT NULL UNIQUE,
    street_address  text NOT NULL,
    neighborhood    varchar(40) NOT NULL,
    zoning          varchar(10) NOT NULL,
    lot_area_sqft   integer NOT NULL,
    year_built      integer,
    assessed_value  numeric(12,2) NOT NULL,
    is_historic     boolean NOT NULL DEFAULT false
);
CREATE TABLE tbl_permit_type (
    permit_type_id       integer PRIMARY KEY,
    type_name            varchar(40) NOT NULL,
    type_code            varchar(4) NOT NULL,
    base_fee             numeric(8,2) NOT NULL,
    requires_plan_review boolean NOT NULL,
    valid_days           integer NOT NULL
);
CREATE TABLE tbl_permit (
    permit_id        integer PRIMARY KEY,
    permit_number    varchar(20) NOT NULL UNIQUE,
    applicant_id     integer NOT NULL REFERENCES tbl_applicant,
    property_id      integer NOT NULL REFERENCES tbl_property,
    permit_type_id   integer NOT NULL REFERENCES tbl_permit_type,
    contractor_id    integer REFERENCES tbl_contractor,
    work_description text NOT NULL,
    estimated_cost   numeric(12,2) NOT NULL,
    is_expedited     boolean NOT NULL,
    status           varchar(20) NOT NULL,
    applied_on       date NOT NULL,
    issued_on        date,
    expires_on       date,
    finaled_on       date,
    created_at       timestamp NOT NULL
);
CREATE TABLE tbl_fee (
    fee_id      integer PRIMARY KEY,
    permit_id   integer NOT NULL REFERENCES tbl_permit,
    fee_type    varchar(30) NOT NULL,
    amount      numeric(10,2) NOT NULL,
    assessed_on date NOT NULL,
    due_on      date NOT NULL,
    is_waived   boolean NOT NULL
);
CREATE TABLE tbl_payment (
    payment_id     integer PRIMARY KEY,
    fee_id         integer NOT NULL REFERENCES tbl_fee,
    paid_at        timestamptz NOT NULL,
    amount         numeric(10,2) NOT NULL,
    payment_method varchar(20) NOT NULL,
    receipt_number varchar(20) NOT NULL
);
CREATE TABLE tbl_inspector (
    inspector_id        integer PRIMARY KEY,
    first_name          varchar(40) NOT NULL,
    last_name           varchar(40) NOT NULL,
    specialty           varchar(30) NOT NULL,
    certification_level varchar(20) NOT NULL,
    email               varchar(120),
    hired_on            date NOT NULL,
    is_active           boolean NOT NULL
);
CREATE TABLE tbl_inspection (
    inspection_id   integer PRIMARY KEY,
    permit_id       integer NOT NULL REFERENCES tbl_permit,
    inspector_id    integer NOT NULL REFERENCES tbl_inspector,
    inspection_type varchar(30) NOT NULL,
    requested_on    date NOT NULL,
    scheduled_at    timestamp NOT NULL,
    completed_at    timestamp,
    status          varchar(20) NOT NULL,
    result          varchar(20),
    notes           text
);
CREATE TABLE tbl_violation (
    violation_id  integer PRIMARY KEY,
    property_id   integer NOT NULL REFERENCES tbl_property,
    inspection_id integer REFERENCES tbl_inspection,
    source        varchar(20) NOT NULL,
    code_section  varchar(20) NOT NULL,
    description   text NOT NULL,
    severity      varchar(10) NOT NULL,
    cited_on      date NOT NULL,
    corrected_on  date,
    fine_amount   numeric(10,2) NOT NULL,
    status        varchar(20) NOT NULL
);
CREATE TABLE tbl_appeal (
    appeal_id    integer PRIMARY KEY,
    violation_id integer REFERENCES tbl_violation,
    permit_id    integer REFERENCES tbl_permit,
    appeal_type  varchar(20) NOT NULL,
    filed_on     date NOT NULL,
    hearing_date date,
    decision     varchar(20),
    filing_fee   numeric(8,2) NOT NULL,
    grounds      text NOT NULL
);

INSERT INTO tbl_applicant
SELECT g,
       (ARRAY['James','Maria','Robert','Linda','Michael','Patricia','David','Jennifer','William','Elizabeth',
              'Daniel','Susan','Thomas','Karen','Anthony','Nancy','Mark','Angela','Steven','Rosa'])[1 + g % 20],
       (ARRAY['Smith','Johnson','Garcia','Miller','Davis','Martinez','Wilson','Moore','Taylor','Clark',
              'Lewis','Walker','Hall','Allen','Young','Hernandez','King','Wright','Lopez','Hill',
              'Scott','Green','Adams','Baker','Nelson'])[1 + (g * 7 + g / 20) % 25],
       CASE WHEN g % 10 IN (6, 7) THEN
                 (ARRAY['Main Street Bakery','Riverton Dental Group','Copper Kettle Diner','Northside Auto Care',
                        'Sunrise Daycare','Parkview Pharmacy','Blue Heron Books','Crossroads Fitness'])[1 + (g / 10) % 8]
            WHEN g % 10 = 8 THEN
                 (ARRAY['Harbor Point Developments','Stonegate Homes LLC','Meridian Properties','Westbrook Land Co'])[1 + (g / 10) % 4]
            WHEN g % 10 = 9 THEN
                 (ARRAY['Riverton Habitat for Humanity','St. Mark''s Parish','Riverton Food Bank','Eastgate Community Center'])[1 + (g / 10) % 4]
            ELSE NULL END,
       CASE WHEN g % 10 < 6 THEN 'Homeowner' WHEN g % 10 < 8 THEN 'Business'
            WHEN g % 10 = 8 THEN 'Developer' ELSE 'Nonprofit' END,
       CASE WHEN g % 13 = 0 THEN NULL ELSE 'applicant' || g || '@mail.example' END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE '555-' || lpad(((g * 373) % 10000)::text, 4, '0') END,
       CASE WHEN g % 17 = 0 THEN NULL
            ELSE (100 + (g * 53) % 4800) || ' ' ||
                 (ARRAY['Maple Ave','Oak St','Elm St','Cedar Ln','Pine Rd','Lakeview Dr','Hill St','Church St',
                        'Washington Blvd','Park Ave'])[1 + g % 10] END,
       (ARRAY['Riverton','Riverton','Riverton','Oak Park','Millbrook','Fairview','Lakeside','Cedar Falls'])[1 + (g * 3) % 8],
       DATE '2020-01-06' + (g * 5) % 700
FROM generate_series(1, 300) AS g;

INSERT INTO tbl_contractor
SELECT g,
       (ARRAY['Summit','Keystone','Blue Ridge','Ironwood','Northstar','Pioneer','Granite','Oakline','Redwood','Harbor',
              'Cornerstone','Evergreen','Liberty','Metro','Precision','Allied','Heritage','Crestview','Sterling','Brightline'])[1 + (g - 1) % 20]
       || ' ' ||
       (ARRAY['Builders','Electric','Plumbing','Heating & Air','Roofing'])[1 + ((g - 1) / 20 + g) % 5],
       'RC-' || lpad((1000 + g * 37)::text, 6, '0'),
       (ARRAY['General','Electrical','Plumbing','Mechanical','Roofing'])[1 + ((g - 1) / 20 + g) % 5],
       (ARRAY['Riverton','Riverton','Oak Park','Millbrook','Fairview','Lakeside'])[1 + g % 6],
       CASE WHEN g % 8 = 0 THEN NULL ELSE '555-' || lpad(((g * 911) % 10000)::text, 4, '0') END,
       DATE '2023-03-31' + (g * 67) % 900,
       g % 7 <> 0,
       CASE WHEN g % 6 = 0 THEN NULL ELSE 5000 + (g % 5) * 5000 END
FROM generate_series(1, 40) AS g;

INSERT INTO tbl_property
SELECT g,
       (100 + g % 37) || '-' || lpad(((g * 97) % 1000)::text, 3, '0') || '-' || lpad(g::text, 3, '0'),
       (10 + (g * 37) % 2990) || ' ' ||
       (ARRAY['Maple Ave','Oak St','Elm St','Cedar Ln','Pine Rd','Lakeview Dr','Hill St','Church St','Washington Blvd',
              'Park Ave','River Rd','Mill St','Front St','Jefferson Ave','Sycamore Ct'])[1 + g % 15],
       (ARRAY['Downtown','Northside','Riverside','Old Town','Eastgate','Westwood','Hillcrest','Harbor View'])[1 + (g * 5) % 8],
       (ARRAY['R-1','R-1','R-1','R-2','R-2','C-1','C-2','M-1','MU'])[1 + g % 9],
       3000 + (g * 131) % 20000,
       CASE WHEN g % 17 = 0 THEN NULL ELSE 1895 + (g * 7) % 128 END,
       150000 + (g * 7919) % 850000,
       (1 + (g * 5) % 8) = 4 AND g % 3 = 0
FROM generate_series(1, 500) AS g;

INSERT INTO tbl_permit_type VALUES
  (1, 'Building',   'BLD', 450.00, true,  365),
  (2, 'Electrical', 'ELE', 125.00, false, 180),
  (3, 'Plumbing',   'PLM', 110.00, false, 180),
  (4, 'Mechanical', 'MEC', 120.00, false, 180),
  (5, 'Demolition', 'DEM', 300.00, true,  180),
  (6, 'Roofing',    'ROF', 150.00, false, 180),
  (7, 'Fence',      'FNC',  60.00, false, 180),
  (8, 'Sign',       'SGN',  85.00, true,  180),
  (9, 'Solar',      'SOL', 200.00, true,  365),
  (10, 'Swimming Pool', 'POL', 275.00, true, 365);

INSERT INTO tbl_permit
SELECT g,
       type_code || '-' || to_char(applied_on, 'YY') || '-' || lpad(g::text, 5, '0'),
       1 + (g * 11) % 280,
       1 + (g * 13) % 450,
       permit_type_id,
       CASE WHEN permit_type_id = 7 OR g % 9 = 0 THEN NULL
            ELSE 1 + floor(36 * power(((g * 11) % 997) / 997.0, 1.7))::int END,
       (ARRAY['Kitchen remodel and new load-bearing wall','Two-story rear addition','Detached garage','Basement finish',
              'Panel upgrade to 200A','Rewire single-family dwelling','EV charger circuit',
              'Water heater replacement','Re-pipe with PEX','Sewer lateral repair',
              'Furnace replacement','Central air install','Ductless mini-split',
              'Demolish detached shed','Demolish fire-damaged dwelling','Interior non-structural demolition',
              'Tear-off and re-roof','Roof overlay','Flat roof membrane replacement',
              '6 ft wood privacy fence','Chain-link fence','Masonry garden wall',
              'Illuminated wall sign','Monument sign','Projecting blade sign',
              'Rooftop solar PV 6.4 kW','Rooftop solar PV 9.8 kW','Ground-mount solar array',
              'In-ground swimming pool','Above-ground pool with deck','Pool and spa'])[(permit_type_id - 1) * 3 + 1 + g % 3],
       round((ARRAY[180000, 9000, 7000, 11000, 24000, 16000, 4200, 6500, 26000, 52000])[permit_type_id]
             * (0.25 + ((g * 37) % 100) / 50.0 + (g % 11) / 200.0), -1),
       expedited,
       CASE WHEN outcome IN ('Denied', 'Withdrawn') THEN outcome
            WHEN candidate > DATE '2024-12-31' THEN CASE WHEN g % 2 = 0 THEN 'Submitted' ELSE 'Under Review' END
            WHEN g % 20 IN (2, 3) AND candidate + valid_days < DATE '2024-12-31' THEN 'Expired'
            WHEN completion <= DATE '2024-12-31' THEN 'Finaled'
            ELSE 'Issued' END,
       applied_on,
       CASE WHEN outcome = 'Go' AND candidate <= DATE '2024-12-31' THEN candidate END,
       CASE WHEN outcome = 'Go' AND candidate <= DATE '2024-12-31' THEN candidate + valid_days END,
       CASE WHEN outcome = 'Go' AND candidate <= DATE '2024-12-31'
                 AND NOT (g % 20 IN (2, 3) AND candidate + valid_days < DATE '2024-12-31')
                 AND completion <= DATE '2024-12-31' THEN completion END,
       applied_on + TIME '08:00' + make_interval(mins => (g * 17) % 540)
FROM (
    SELECT b.*,
           CASE b.g % 20 WHEN 0 THEN 'Denied' WHEN 1 THEN 'Withdrawn' ELSE 'Go' END AS outcome,
           b.applied_on + CASE WHEN b.expedited THEN 2 + b.g % 4
                               ELSE 5 + (b.g * 7) % 30 + CASE WHEN b.requires_plan_review THEN 14 ELSE 0 END END AS candidate,
           b.applied_on + CASE WHEN b.expedited THEN 2 + b.g % 4
                               ELSE 5 + (b.g * 7) % 30 + CASE WHEN b.requires_plan_review THEN 14 ELSE 0 END END
             + 20 + (b.g * 13) % (b.valid_days - 40) AS completion
    FROM (
        SELECT g, t.permit_type_id, t.type_code, t.valid_days, t.requires_plan_review,
               DATE '2022-01-03' + ((g - 1) * 1088 / 750 + g % 5) AS applied_on,
               (g % 15 = 0) AS expedited
        FROM generate_series(1, 750) AS g
        JOIN tbl_permit_type t
          ON t.permit_type_id = (ARRAY[1,1,1,2,2,3,3,4,5,6,6,7,8,9,9,10])[1 + (g * 3) % 16]
    ) b
) c;

INSERT INTO tbl_fee
SELECT row_number() OVER (ORDER BY f.permit_id, f.seq)::int,
       f.permit_id, f.fee_type, f.amount, f.assessed_on, f.assessed_on + 30,
       (f.applicant_type = 'Nonprofit' AND f.fee_type IN ('Permit', 'Plan Review')) OR (f.permit_id * f.seq) % 41 = 0
FROM (
    SELECT p.permit_id, 1 AS seq, 'Application' AS fee_type, 75.00::numeric AS amount, p.applied_on AS assessed_on, a.applicant_type
    FROM tbl_permit p JOIN tbl_applicant a USING (applicant_id)
    UNION ALL
    SELECT p.permit_id, 2, 'Plan Review', round(t.base_fee * 0.65, 2), p.applied_on + 1, a.applicant_type
    FROM tbl_permit p JOIN tbl_permit_type t USING (permit_type_id) JOIN tbl_applicant a USING (applicant_id)
    WHERE t.requires_plan_review AND p.status <> 'Withdrawn'
    UNION ALL
    SELECT p.permit_id, 3, 'Permit', t.base_fee + round(p.estimated_cost * 0.008, 2), p.issued_on, a.applicant_type
    FROM tbl_permit p JOIN tbl_permit_type t USING (permit_type_id) JOIN tbl_applicant a USING (applicant_id)
    WHERE p.issued_on IS NOT NULL
    UNION ALL
    SELECT p.permit_id, 4, 'Expedite', 250.00, p.applied_on, a.applicant_type
    FROM tbl_permit p JOIN tbl_applicant a USING (applicant_id)
    WHERE p.is_expedited
    UNION ALL
    SELECT p.permit_id, 5, 'Late Renewal', 40.00, p.issued_on + 90, a.applicant_type
    FROM tbl_permit p JOIN tbl_applicant a USING (applicant_id)
    WHERE p.issued_on < DATE '2024-09-01' AND p.permit_id % 23 = 0
) f;

INSERT INTO tbl_payment
SELECT row_number() OVER (ORDER BY x.fee_id, x.part)::int,
       x.fee_id,
       (x.assessed_on + (x.fee_id % 19) + (x.part - 1) * 30 + TIME '09:30'
         + make_interval(mins => (x.fee_id * 29) % 420))::timestamptz,
       x.amount,
       (ARRAY['Credit Card','Credit Card','Check','ACH','Cash','Credit Card'])[1 + (x.fee_id * 5 + x.part) % 6],
       'R' || lpad((40000 + x.fee_id * 3 + x.part)::text, 7, '0')
FROM (
    SELECT f.fee_id, 1 AS part, f.assessed_on,
           CASE WHEN f.amount > 1500 AND f.fee_id % 3 = 0 THEN round(f.amount / 2, 2) ELSE f.amount END AS amount
    FROM tbl_fee f
    WHERE NOT f.is_waived AND f.fee_id % 13 <> 0
      AND f.assessed_on + (f.fee_id % 19) <= DATE '2024-12-31'
    UNION ALL
    SELECT f.fee_id, 2, f.assessed_on, f.amount - round(f.amount / 2, 2)
    FROM tbl_fee f
    WHERE NOT f.is_waived AND f.fee_id % 13 <> 0 AND f.amount > 1500 AND f.fee_id % 3 = 0
      AND f.assessed_on + (f.fee_id % 19) + 30 <= DATE '2024-12-31'
) x;

INSERT INTO tbl_inspector VALUES
  (1,  'Gary',     'Whitfield', 'Building',   'Level III', 'gwhitfield@riverton.gov', '2009-04-13', true),
  (2,  'Monica',   'Alvarez',   'Building',   'Level II',  'malvarez@riverton.gov',   '2015-08-03', true),
  (3,  'Terrence', 'Boyd',      'Electrical', 'Level III', 'tboyd@riverton.gov',      '2011-01-24', true),
  (4,  'Hye-jin',  'Park',      'Electrical', 'Level II',  'hpark@riverton.gov',      '2018-06-11', true),
  (5,  'Frank',    'Kowalczyk', 'Plumbing',   'Level III', NULL,                      '2006-09-18', true),
  (6,  'Denise',   'Okafor',    'Plumbing',   'Level I',   'dokafor@riverton.gov',    '2021-03-01', true),
  (7,  'Ray',      'Delgado',   'Mechanical', 'Level II',  'rdelgado@riverton.gov',   '2013-11-04', true),
  (8,  'Sandra',   'Lindqvist', 'Building',   'Level II',  'slindqvist@riverton.gov', '2016-02-29', true),
  (9,  'Victor',   'Huang',     'Fire',       'Level III', 'vhuang@riverton.gov',     '2010-07-19', true),
  (10, 'Paula',    'Rinaldi',   'Building',   'Level I',   'prinaldi@riverton.gov',   '2020-10-05', true),
  (11, 'Curtis',   'Mbeki',     'Electrical', 'Level I',   NULL,                      '2019-05-20', false),
  (12, 'Joan',     'Fitzgerald','Zoning',     'Level II',  'jfitzgerald@riverton.gov','2012-03-12', true),
  (13, 'Leon',     'Sorensen',  'Mechanical', 'Level I',   'lsorensen@riverton.gov',  '2022-01-10', true),
  (14, 'Alisha',   'Grant',     'Building',   'Level I',   'agrant@riverton.gov',     '2024-11-18', true),
  (15, 'Walter',   'Pruitt',    'Plumbing',   'Level III', NULL,                      '2001-06-04', false);

INSERT INTO tbl_inspection
SELECT rn::int, permit_id,
       (ARRAY[1,1,1,2,2,3,3,3,4,5,5,6,7,7,8,9,10,10,11,12,13,2,8])[1 + (rn * 7) % 23],
       inspection_type,
       requested_on,
       scheduled_at,
       CASE WHEN is_final THEN scheduled_at + make_interval(mins => 30 + (rn * 11) % 60)
            WHEN scheduled_at::date > DATE '2024-12-27' OR rn % 29 = 0 THEN NULL
            ELSE scheduled_at + make_interval(mins => 20 + (rn * 11) % 70) END,
       CASE WHEN is_final THEN 'Completed'
            WHEN scheduled_at::date > DATE '2024-12-27' THEN 'Scheduled'
            WHEN rn % 29 = 0 THEN 'Cancelled'
            ELSE 'Completed' END,
       CASE WHEN is_final THEN 'Pass'
            WHEN scheduled_at::date > DATE '2024-12-27' OR rn % 29 = 0 THEN NULL
            WHEN rn % 10 IN (0, 3) THEN 'Fail'
            WHEN rn % 10 = 6 THEN 'Partial'
            ELSE 'Pass' END,
       CASE WHEN is_final OR scheduled_at::date > DATE '2024-12-27' OR rn % 29 = 0 THEN NULL
            WHEN rn % 10 IN (0, 3) THEN
                 (ARRAY['Missing fire blocking at top plates','GFCI protection missing in kitchen',
                        'Improper venting of water heater','Insufficient footing depth',
                        'Smoke detectors not interconnected','Nail plates missing over pipes'])[1 + rn % 6]
            WHEN rn % 10 = 6 THEN 'Portion of work not ready; re-inspect remainder'
            WHEN rn % 7 = 0 THEN 'OK to cover'
            ELSE NULL END
FROM (
    SELECT (row_number() OVER (ORDER BY s.permit_id, s.k))::int AS rn, s.*,
           CASE WHEN s.is_final THEN s.finaled_on + TIME '09:00'
                ELSE s.requested_on + (1 + (s.permit_id + s.k) % 3) + TIME '08:00'
                     + make_interval(hours => (s.permit_id * 3 + s.k) % 8) END AS scheduled_at
    FROM (
        SELECT p.permit_id, k.k, p.finaled_on,
               (p.status = 'Finaled' AND k.k = 2 + p.permit_id % 3) AS is_final,
               CASE WHEN p.status = 'Finaled' AND k.k = 2 + p.permit_id % 3 THEN 'Final'
                    WHEN t.type_name IN ('Building', 'Swimming Pool') THEN (ARRAY['Footing','Framing','Insulation','Framing'])[k.k]
                    WHEN t.type_name = 'Demolition' THEN (ARRAY['Site Safety','Utility Disconnect','Site Safety','Site Safety'])[k.k]
                    ELSE (ARRAY['Rough-In','Rough-In','Progress','Progress'])[k.k] END AS inspection_type,
               CASE WHEN p.status = 'Finaled' AND k.k = 2 + p.permit_id % 3 THEN p.finaled_on - 3
                    ELSE p.issued_on + k.k * (coalesce(p.finaled_on, p.issued_on + 150) - p.issued_on) / (3 + p.permit_id % 3)
                    END AS requested_on
        FROM tbl_permit p
        JOIN tbl_permit_type t USING (permit_type_id)
        CROSS JOIN LATERAL generate_series(1, 2 + p.permit_id % 3) AS k(k)
        WHERE p.issued_on IS NOT NULL
    ) s
    WHERE s.requested_on <= DATE '2024-12-24'
) i;

INSERT INTO tbl_violation
SELECT row_number() OVER (ORDER BY v.cited_on, v.src_id)::int,
       v.property_id, v.inspection_id, v.source,
       (ARRAY['IRC R602.8','NEC 210.8','IPC 504.6','IRC R403.1','IRC R314.3','IRC R302.11',
              'ZO 14.2.1','IPMC 304.7','IPMC 302.4','IBC 1011.1'])[1 + v.code_idx],
       (ARRAY['Fire blocking missing','Missing GFCI protection','Water heater relief valve discharge',
              'Footing depth below minimum','Smoke alarms not interconnected','Penetrations not fire-stopped',
              'Work without a permit','Roof in disrepair','Overgrown weeds and debris','Unsafe stairway'])[1 + v.code_idx],
       CASE WHEN v.code_idx IN (1, 4, 9) THEN 'Critical' WHEN v.code_idx IN (0, 3, 5, 6) THEN 'Major' ELSE 'Minor' END,
       v.cited_on,
       CASE WHEN v.src_id % 5 IN (0, 1, 2) AND v.cited_on < DATE '2024-10-01'
            THEN v.cited_on + 7 + (v.src_id * 3) % 50 END,
       CASE WHEN v.code_idx IN (1, 4, 9) THEN 1000.00 + (v.src_id % 3) * 250
            WHEN v.code_idx IN (0, 3, 5, 6) THEN 400.00 + (v.src_id % 4) * 50
            ELSE 100.00 + (v.src_id % 3) * 25 END,
       CASE WHEN v.src_id % 5 IN (0, 1, 2) AND v.cited_on < DATE '2024-10-01' THEN 'Corrected'
            WHEN v.src_id % 5 = 3 AND v.cited_on < DATE '2024-06-01' THEN 'Referred'
            ELSE 'Open' END
FROM (
    SELECT i.inspection_id AS src_id, p.property_id, i.inspection_id, 'Inspection' AS source,
           i.completed_at::date AS cited_on,
           (ARRAY[0, 1, 2, 3, 4, 5])[1 + (i.inspection_id / 3) % 6] AS code_idx
    FROM tbl_inspection i JOIN tbl_permit p USING (permit_id)
    WHERE i.result = 'Fail' AND i.inspection_id % 3 = 0
    UNION ALL
    SELECT 5000 + g, 1 + (g * 17) % 500, NULL, 'Complaint',
           DATE '2022-01-10' + g * 8 + g % 4,
           (ARRAY[6, 7, 8, 9, 6, 7, 1, 8])[1 + g % 8]
    FROM generate_series(1, 135) AS g
) v;

INSERT INTO tbl_appeal
SELECT row_number() OVER (ORDER BY a.filed_on, a.src)::int,
       a.violation_id, a.permit_id, a.appeal_type, a.filed_on,
       CASE WHEN a.filed_on <= DATE '2024-11-15' THEN a.filed_on + 28 + a.src % 14 END,
       CASE WHEN a.filed_on <= DATE '2024-10-31'
            THEN (ARRAY['Upheld','Upheld','Overturned','Modified','Upheld'])[1 + (a.src * 7 + a.src / 40) % 5] END,
       a.filing_fee,
       a.grounds
FROM (
    SELECT v.violation_id AS src, v.violation_id, NULL::integer AS permit_id, 'Violation' AS appeal_type,
           v.cited_on + 12 AS filed_on, 150.00 AS filing_fee,
           (ARRAY['Condition existed before purchase','Work was permitted under prior owner',
                  'Fine disproportionate to the violation','Correction already completed'])[1 + v.violation_id % 4] AS grounds
    FROM tbl_violation v
    WHERE v.violation_id % 6 = 0 AND v.cited_on + 12 <= DATE '2024-12-31'
    UNION ALL
    SELECT 10000 + p.permit_id, NULL, p.permit_id, 'Permit Denial',
           p.applied_on + 40, 250.00,
           (ARRAY['Zoning interpretation disputed','Plans meet code as submitted','Setback variance requested'])[1 + p.permit_id % 3]
    FROM tbl_permit p
    WHERE p.status = 'Denied' AND p.permit_id % 40 = 0
) a;
