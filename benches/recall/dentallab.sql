-- Order-management data of a dental laboratory in Portland, Oregon: the dental practices it
-- serves, their dentists, case orders and order lines (crowns, bridges, dentures, aligners,
-- appliances), bench technicians, production steps, remakes, shipments, invoices and payments.
-- Sample database of the golden set benches/intent/dentallab.yaml. Legacy naming (short
-- three/four-letter table names). Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic); the data runs from January 2022 to December 2025.

BEGIN;

CREATE TABLE cust (
    cust_id    integer PRIMARY KEY,
    cust_nm    text NOT NULL UNIQUE,
    cust_typ   text NOT NULL,            -- solo, group, DSO, school
    city       text NOT NULL,
    st         char(2) NOT NULL,
    phn        varchar(20),
    opn_dt     date NOT NULL,            -- account opened
    crdt_lim   numeric(10,2) NOT NULL,
    actv       boolean NOT NULL
);

CREATE TABLE dent (
    dent_id    integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    dent_nm    text NOT NULL,
    spec       text NOT NULL,            -- general, orthodontics, prosthodontics, implantology
    lic_no     varchar(12) NOT NULL UNIQUE,
    eml        text
);

CREATE TABLE prod (
    prod_id    integer PRIMARY KEY,
    prod_nm    text NOT NULL UNIQUE,
    prod_cat   text NOT NULL,            -- crown, bridge, denture, aligner, appliance, veneer
    matl       text NOT NULL,
    unit_prc   numeric(8,2) NOT NULL,    -- current list price
    std_days   integer NOT NULL,         -- standard turnaround in working days
    actv       boolean NOT NULL
);

CREATE TABLE tech (
    tech_id    integer PRIMARY KEY,
    tech_nm    text NOT NULL,
    dept       text NOT NULL,            -- CAD/CAM, ceramics, removables, orthodontics, QC, shipping
    hire_dt    date NOT NULL,
    hrly_rt    numeric(6,2) NOT NULL,
    cdt        boolean NOT NULL          -- certified dental technician
);

CREATE TABLE ordr (
    ordr_id    integer PRIMARY KEY,
    dent_id    integer NOT NULL REFERENCES dent (dent_id),
    ordr_dt    date NOT NULL,
    due_dt     date NOT NULL,
    rush       boolean NOT NULL,
    ordr_stat  text NOT NULL,            -- received, in production, shipped, delivered
    pat_ref    varchar(12) NOT NULL,
    shade      varchar(4)
);

CREATE TABLE ordl (
    ordl_id    integer PRIMARY KEY,
    ordr_id    integer NOT NULL REFERENCES ordr (ordr_id),
    ln_no      smallint NOT NULL,
    prod_id    integer NOT NULL REFERENCES prod (prod_id),
    qty        integer NOT NULL,
    tooth_no   smallint,                 -- FDI notation, crowns/bridges/veneers only
    unit_prc   numeric(8,2) NOT NULL,    -- price charged per unit
    amt        numeric(10,2) NOT NULL,
    UNIQUE (ordr_id, ln_no)
);

CREATE TABLE stp (
    stp_id     integer PRIMARY KEY,
    ordl_id    integer NOT NULL REFERENCES ordl (ordl_id),
    seq        smallint NOT NULL,
    stp_typ    text NOT NULL,            -- design, finishing, qc, setup, processing, planning, thermoforming
    tech_id    integer NOT NULL REFERENCES tech (tech_id),
    strt_ts    timestamp NOT NULL,
    mins       integer NOT NULL,
    UNIQUE (ordl_id, seq)
);

CREATE TABLE rmk (
    rmk_id     integer PRIMARY KEY,
    ordl_id    integer NOT NULL REFERENCES ordl (ordl_id),
    rmk_dt     date NOT NULL,
    rsn        text NOT NULL,
    lab_fault  boolean NOT NULL,
    tech_id    integer NOT NULL REFERENCES tech (tech_id),
    cost       numeric(8,2) NOT NULL
);

CREATE TABLE shpm (
    shpm_id    integer PRIMARY KEY,
    ordr_id    integer NOT NULL UNIQUE REFERENCES ordr (ordr_id),
    shp_dt     date NOT NULL,
    carr       text NOT NULL,            -- courier, UPS, FedEx, USPS
    trk_no     varchar(24) NOT NULL,
    shp_cost   numeric(7,2) NOT NULL,
    dlvr_dt    date
);

CREATE TABLE invc (
    invc_id    integer PRIMARY KEY,
    invc_no    varchar(14) NOT NULL UNIQUE,
    ordr_id    integer NOT NULL UNIQUE REFERENCES ordr (ordr_id),
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    invc_dt    date NOT NULL,
    due_dt     date NOT NULL,
    invc_amt   numeric(10,2) NOT NULL,
    invc_stat  text NOT NULL             -- open, paid
);

CREATE TABLE pmt (
    pmt_id     integer PRIMARY KEY,
    invc_id    integer NOT NULL REFERENCES invc (invc_id),
    pmt_dt     date NOT NULL,
    amt        numeric(10,2) NOT NULL,
    pmt_mthd   text NOT NULL,            -- ACH, check, card
    ref_no     varchar(20)
);

-- Practices ------------------------------------------------------------------------------
INSERT INTO cust (cust_id, cust_nm, cust_typ, city, st, phn, opn_dt, crdt_lim, actv) VALUES
 ( 1, 'Alder Street Dental',          'group',  'Portland',  'OR', '503-555-0101', '2014-03-10', 15000, true),
 ( 2, 'Bridgetown Family Dentistry',  'solo',   'Portland',  'OR', '503-555-0102', '2016-06-21',  5000, true),
 ( 3, 'Cascade Smile Studio',         'group',  'Beaverton', 'OR', '503-555-0103', '2015-01-12', 12000, true),
 ( 4, 'Willamette Dental Partners',   'DSO',    'Salem',     'OR', '503-555-0104', '2013-09-02', 40000, true),
 ( 5, 'Hawthorne Dental Care',        'solo',   'Portland',  'OR', '503-555-0105', '2018-04-16',  5000, true),
 ( 6, 'Evergreen Prosthodontics',     'solo',   'Vancouver', 'WA', '360-555-0106', '2017-11-06',  8000, true),
 ( 7, 'Pearl District Dentistry',     'group',  'Portland',  'OR', '503-555-0107', '2012-05-28', 15000, true),
 ( 8, 'Rose City Orthodontics',       'solo',   'Portland',  'OR', '503-555-0108', '2019-02-04',  7500, true),
 ( 9, 'Tualatin Valley Dental',       'group',  'Hillsboro', 'OR', '503-555-0109', '2016-08-15', 12000, true),
 (10, 'Mount Hood Family Dental',     'group',  'Gresham',   'OR', '503-555-0110', '2014-10-20', 10000, true),
 (11, 'Sellwood Smiles',              'solo',   'Portland',  'OR', '503-555-0111', '2020-03-09',  5000, true),
 (12, 'Emerald Dental Group',         'DSO',    'Eugene',    'OR', '541-555-0112', '2011-07-18', 35000, true),
 (13, 'Deschutes Dental Arts',        'solo',   'Bend',      'OR', '541-555-0113', '2018-09-24',  6000, true),
 (14, 'Puget Sound Dental',           'group',  'Tacoma',    'WA', '253-555-0114', '2015-04-13', 12000, true),
 (15, 'OHSU School of Dentistry Clinic', 'school', 'Portland', 'OR', '503-555-0115', '2010-01-04', 50000, true),
 (16, 'Laurelhurst Dental',           'solo',   'Portland',  'OR', '503-555-0116', '2017-03-27',  5000, true),
 (17, 'Capitol Dental Center',        'group',  'Salem',     'OR', '503-555-0117', '2016-12-05', 10000, true),
 (18, 'Fremont Bridge Dental',        'solo',   'Portland',  'OR', '503-555-0118', '2019-07-15',  4000, false),
 (19, 'Columbia River Dental',        'group',  'Vancouver', 'WA', '360-555-0119', '2013-02-11', 12000, true),
 (20, 'Pacific Northwest Dental Co',  'DSO',    'Seattle',   'WA', '206-555-0120', '2012-10-01', 45000, true),
 (21, 'Multnomah Dental Clinic',      'group',  'Gresham',   'OR', '503-555-0121', '2018-01-22', 10000, true),
 (22, 'Lake Oswego Cosmetic Dentistry', 'solo', 'Lake Oswego', 'OR', '503-555-0122', '2015-08-31', 9000, true),
 (23, 'Sunset Highway Dental',        'group',  'Beaverton', 'OR', '503-555-0123', '2014-06-09', 12000, true),
 (24, 'Eastside Dental Associates',   'group',  'Portland',  'OR', '503-555-0124', '2017-05-01', 10000, true),
 (25, 'Capitol Hill Dental',          'group',  'Seattle',   'WA', '206-555-0125', '2016-02-15', 12000, true),
 (26, 'Skinner Butte Dental',         'solo',   'Eugene',    'OR', '541-555-0126', '2019-10-28',  5000, false),
 (27, 'Tigard Family Dentistry',      'solo',   'Tigard',    'OR', '503-555-0127', '2018-06-04',  6000, true),
 (28, 'Forest Grove Dental',          'group',  'Hillsboro', 'OR', '503-555-0128', '2015-11-16', 10000, true),
 (29, 'Nob Hill Dental Studio',       'solo',   'Portland',  'OR', '503-555-0129', '2020-08-10',  5000, true),
 (30, 'High Desert Dental',           'group',  'Bend',      'OR', '541-555-0130', '2016-04-25', 10000, true),
 (31, 'Northwest Dental Alliance',    'DSO',    'Portland',  'OR', '503-555-0131', '2011-03-14', 40000, true),
 (32, 'Old Town Dental',              'solo',   'Tacoma',    'WA', '253-555-0132', '2019-05-20',  5000, false),
 (33, 'Beaverton Creek Dental',       'solo',   'Beaverton', 'OR', '503-555-0133', '2022-04-11',  5000, true),
 (34, 'Orenco Station Dental',        'group',  'Hillsboro', 'OR', '503-555-0134', '2022-09-19',  8000, true),
 (35, 'Salmon Creek Smiles',          'solo',   'Vancouver', 'WA', '360-555-0135', '2023-01-30',  5000, true),
 (36, 'Ballard Dental Collective',    'group',  'Seattle',   'WA', '206-555-0136', '2023-06-12', 10000, true),
 (37, 'Division Street Dental',       'solo',   'Portland',  'OR', '503-555-0137', '2023-11-06',  4000, true),
 (38, 'Cornerstone Dental Partners',  'DSO',    'Salem',     'OR', '503-555-0138', '2024-03-04', 30000, true),
 (39, 'Kenton Dental',                'solo',   'Portland',  'OR', '503-555-0139', '2024-08-26',  4000, true),
 (40, 'Spokane Street Dental',        'solo',   'Portland',  'OR', '503-555-0140', '2025-02-17',  4000, true);

-- Dentists: a fixed number per practice; names from two coprime lists (12 x 11) so no two
-- dentists share a name.
INSERT INTO dent (dent_id, cust_id, dent_nm, spec, lic_no, eml)
SELECT n,
       cust_id,
       'Dr. ' || (ARRAY['Anna','Brian','Carla','David','Elena','Farid','Grace','Henry',
                        'Isabel','James','Keiko','Lucas'])[1 + n % 12]
              || ' ' ||
              (ARRAY['Abbott','Bauer','Chen','Duarte','Ellis','Foster','Gupta','Hansen',
                     'Iverson','Jensen','Kim'])[1 + n % 11],
       CASE WHEN cust_id = 8 OR n % 19 = 4 THEN 'orthodontics'
            WHEN cust_id = 6 OR n % 13 = 6 THEN 'prosthodontics'
            WHEN n % 11 = 9 THEN 'implantology'
            ELSE 'general' END,
       CASE WHEN st = 'WA' THEN 'DE' ELSE 'OR' END || lpad((60000 + n * 137)::text, 6, '0'),
       CASE WHEN n % 6 = 0 THEN NULL
            ELSE lower((ARRAY['anna','brian','carla','david','elena','farid','grace','henry',
                              'isabel','james','keiko','lucas'])[1 + n % 12]) || n || '@example.com' END
FROM (
    SELECT row_number() OVER (ORDER BY c.cust_id, g)::int AS n, c.cust_id, c.st
    FROM cust c
    CROSS JOIN LATERAL generate_series(1,
        (ARRAY[4,1,5,9,1,2,6,2,3,4, 1,8,1,3,12,2,3,1,4,10, 2,1,3,2,4,1,2,3,1,2, 7,1,2,3,1,5,1,3,1,2])[c.cust_id]) g
) s;

-- Catalogue ------------------------------------------------------------------------------
INSERT INTO prod (prod_id, prod_nm, prod_cat, matl, unit_prc, std_days, actv) VALUES
 ( 1, 'Full-contour zirconia crown',        'crown',     'zirconia',           129.00,  5, true),
 ( 2, 'High-translucency zirconia crown',   'crown',     'zirconia',           149.00,  5, true),
 ( 3, 'Layered zirconia crown',             'crown',     'zirconia',           189.00,  7, true),
 ( 4, 'Pressed e.max crown',                'crown',     'lithium disilicate', 169.00,  6, true),
 ( 5, 'PFM crown, non-precious',            'crown',     'PFM',                119.00,  7, true),
 ( 6, 'Full-cast gold crown',               'crown',     'gold',               395.00,  8, true),
 ( 7, 'Screw-retained implant crown',       'crown',     'zirconia',           289.00,  8, true),
 ( 8, 'Zirconia bridge unit',               'bridge',    'zirconia',           135.00,  7, true),
 ( 9, 'e.max bridge unit',                  'bridge',    'lithium disilicate', 175.00,  8, true),
 (10, 'PFM bridge unit',                    'bridge',    'PFM',                125.00,  8, true),
 (11, 'Maryland bridge',                    'bridge',    'zirconia',           210.00,  7, true),
 (12, 'Complete denture',                   'denture',   'acrylic',            325.00, 10, true),
 (13, 'Premium complete denture',           'denture',   'acrylic',            495.00, 12, true),
 (14, 'Cast partial denture',               'denture',   'cobalt-chrome',      385.00, 12, true),
 (15, 'Flexible partial denture',           'denture',   'nylon',              345.00, 10, true),
 (16, 'Immediate denture',                  'denture',   'acrylic',            295.00,  8, true),
 (17, 'Denture reline',                     'denture',   'acrylic',             95.00,  3, true),
 (18, 'Clear aligner series, mild',         'aligner',   'PETG',               695.00, 10, true),
 (19, 'Clear aligner series, comprehensive','aligner',   'PETG',              1295.00, 14, true),
 (20, 'Aligner refinement stage',           'aligner',   'PETG',                45.00,  5, true),
 (21, 'Essix retainer',                     'appliance', 'PETG',                65.00,  3, true),
 (22, 'Hard night guard',                   'appliance', 'acrylic',            115.00,  4, true),
 (23, 'Sports mouthguard',                  'appliance', 'EVA',                 55.00,  3, false),
 (24, 'Feldspathic veneer',                 'veneer',    'feldspathic porcelain', 215.00, 8, false);

-- Technicians ----------------------------------------------------------------------------
INSERT INTO tech (tech_id, tech_nm, dept, hire_dt, hrly_rt, cdt) VALUES
 ( 1, 'Marta Kowalski',   'CAD/CAM',      '2014-05-12', 34.50, true),
 ( 2, 'Luis Ortega',      'CAD/CAM',      '2017-09-05', 31.00, true),
 ( 3, 'Hannah Brooks',    'CAD/CAM',      '2019-02-18', 28.75, false),
 ( 4, 'Kenji Watanabe',   'CAD/CAM',      '2012-08-20', 38.00, true),
 ( 5, 'Priya Nair',       'ceramics',     '2011-03-07', 41.25, true),
 ( 6, 'Owen Gallagher',   'ceramics',     '2016-06-27', 33.00, true),
 ( 7, 'Sofia Lindqvist',  'ceramics',     '2018-10-15', 30.50, false),
 ( 8, 'Darnell Hayes',    'ceramics',     '2020-01-13', 27.00, false),
 ( 9, 'Rosa Delgado',     'removables',   '2009-11-02', 36.00, true),
 (10, 'Peter Novak',      'removables',   '2015-04-20', 31.75, true),
 (11, 'Grace Okafor',     'removables',   '2021-06-07', 26.50, false),
 (12, 'Tomasz Zielinski', 'removables',   '2013-01-28', 33.25, true),
 (13, 'Emily Tran',       'orthodontics', '2019-08-19', 29.00, true),
 (14, 'Jacob Meyer',      'orthodontics', '2021-03-01', 27.50, false),
 (15, 'Aisha Rahman',     'orthodontics', '2023-05-15', 26.00, false),
 (16, 'Nathan Cole',      'CAD/CAM',      '2024-02-05', 25.50, false),
 (17, 'Lena Fischer',     'QC',           '2010-07-19', 35.00, true),
 (18, 'Carlos Mendez',    'shipping',     '2024-09-09', 22.00, false);

-- Case orders ----------------------------------------------------------------------------
-- Order dates grow denser over time; each order goes to a dentist whose practice had an
-- account at the time (inactive practices stop ordering at the end of 2023; a few dentists
-- never send a case). Planned ship and delivery dates decide the status as of 2025-12-31.
CREATE TEMP TABLE o_plan AS
SELECT i,
       d AS ordr_dt,
       (i % 9 = 0 OR i % 23 = 0) AS rush,
       d + CASE WHEN (i % 9 = 0 OR i % 23 = 0) THEN 2 + i % 4 ELSE 5 + (i * 5) % 7 END AS shp_dt
FROM (
    SELECT i, date '2022-01-03' + floor(1455 * power((i - 0.5) / 1150.0, 0.8))::int AS d
    FROM generate_series(1, 1150) i
) s;

CREATE TEMP TABLE elig AS
SELECT d.dent_id, c.opn_dt, c.actv, c.city
FROM dent d JOIN cust c USING (cust_id)
WHERE d.dent_id % 17 <> 5;

INSERT INTO ordr (ordr_id, dent_id, ordr_dt, due_dt, rush, ordr_stat, pat_ref, shade)
SELECT p.i,
       (SELECT e.dent_id FROM elig e
         WHERE e.opn_dt <= p.ordr_dt AND (e.actv OR p.ordr_dt < date '2024-01-01')
         ORDER BY e.dent_id
         OFFSET ((p.i * 37 + (p.i * p.i) % 11)
                 % (SELECT count(*) FROM elig e2
                     WHERE e2.opn_dt <= p.ordr_dt AND (e2.actv OR p.ordr_dt < date '2024-01-01')))
         LIMIT 1),
       p.ordr_dt,
       p.ordr_dt + CASE WHEN p.rush THEN 4 ELSE 10 END,
       p.rush,
       'received',
       'PT-' || lpad(((p.i * 7919) % 100000)::text, 5, '0'),
       (ARRAY['A1','A2','A2','A3','A3','A3.5','B1','B2','C1','BL2','D2','A2'])[1 + (p.i * 5) % 12]
FROM o_plan p;

-- Order lines ----------------------------------------------------------------------------
-- Orthodontists order aligners and appliances; everyone else mostly fixed work.
INSERT INTO ordl (ordl_id, ordr_id, ln_no, prod_id, qty, tooth_no, unit_prc, amt)
SELECT row_number() OVER (ORDER BY x.ordr_id, x.ln)::int,
       x.ordr_id, x.ln, x.prod_id, x.qty,
       CASE WHEN pr.prod_cat IN ('crown','bridge','veneer')
            THEN (ARRAY[11,12,13,14,15,16,17,21,22,23,24,25,26,27,31,32,33,34,35,36,37,
                        41,42,43,44,45,46,47,36,46,16,26])[1 + (x.ordr_id * 11 + x.ln * 5) % 32] END,
       x.up, x.qty * x.up
FROM (
    SELECT y.*,
           CASE WHEN pr.prod_cat = 'bridge' AND y.prod_id <> 11 THEN 3 + (y.ordr_id + y.ln) % 2
                WHEN pr.prod_cat = 'crown' THEN 1 + ((y.ordr_id * 3 + y.ln) % 7 = 0)::int
                                                  + ((y.ordr_id + y.ln) % 13 = 0)::int
                WHEN y.prod_id = 20 THEN 2 + (y.ordr_id % 5)
                WHEN pr.prod_cat IN ('denture','appliance') THEN 1 + (y.ordr_id % 6 = 0)::int
                ELSE 1 END AS qty,
           round(pr.unit_prc
                 * CASE extract(year FROM y.ordr_dt) WHEN 2022 THEN 0.92 WHEN 2023 THEN 0.96
                                                     WHEN 2024 THEN 1.00 ELSE 1.04 END
                 * CASE WHEN y.cust_typ IN ('DSO','school') THEN 0.90 ELSE 1.00 END, 2) AS up
    FROM (
        SELECT o.ordr_id, o.ordr_dt, ln, c.cust_typ,
               CASE WHEN d.spec = 'orthodontics'
                    THEN (ARRAY[18,19,20,21,18,20,21,22,18,21,19])[1 + (o.ordr_id * 7 + ln * 3) % 11]
                    ELSE (ARRAY[1,1,1,1,1,1,2,2,2,2,2,3,3,3,4,4,4,4,4,5,5,5,6,7,7,7,
                                8,8,8,9,9,10,10,11,12,12,12,13,14,14,15,16,17,17,
                                18,18,19,20,20,21,21,22,22,22])[1 + (o.ordr_id * 31 + ln * 17 + o.ordr_id / 13) % 54]
               END AS prod_id
        FROM ordr o
        JOIN dent d USING (dent_id)
        JOIN cust c USING (cust_id)
        CROSS JOIN LATERAL generate_series(1, 1 + (o.ordr_id % 3 = 0)::int + (o.ordr_id % 7 = 0)::int
                                              + (o.ordr_id % 11 = 0)::int) ln
    ) y
    JOIN prod pr USING (prod_id)
) x
JOIN prod pr USING (prod_id);

-- Status as of 2025-12-31 from the planned ship and delivery dates.
CREATE TEMP TABLE s_plan AS
SELECT p.i AS ordr_id, p.ordr_dt, p.rush, p.shp_dt,
       CASE WHEN e.city IN ('Portland','Beaverton','Gresham','Hillsboro','Tigard','Lake Oswego','Vancouver')
                 AND NOT p.rush THEN 'courier'
            WHEN p.rush THEN 'FedEx'
            WHEN p.i % 3 = 0 THEN 'USPS'
            ELSE 'UPS' END AS carr
FROM o_plan p
JOIN ordr o ON o.ordr_id = p.i
JOIN elig e ON e.dent_id = o.dent_id;

ALTER TABLE s_plan ADD COLUMN dlvr_dt date;
UPDATE s_plan SET dlvr_dt = shp_dt + CASE carr WHEN 'courier' THEN 0
                                             WHEN 'FedEx' THEN 1
                                             WHEN 'UPS' THEN 1 + ordr_id % 3
                                             ELSE 2 + ordr_id % 3 END;

UPDATE ordr o
SET ordr_stat = CASE WHEN s.shp_dt > date '2025-12-31' AND o.ordr_dt >= date '2025-12-24' THEN 'received'
                     WHEN s.shp_dt > date '2025-12-31' THEN 'in production'
                     WHEN s.dlvr_dt > date '2025-12-31' THEN 'shipped'
                     ELSE 'delivered' END
FROM s_plan s
WHERE s.ordr_id = o.ordr_id;

-- Production steps -----------------------------------------------------------------------
-- Fixed work: design (CAD/CAM), finishing (ceramics), qc; dentures: setup, processing
-- (removables); aligners: planning, thermoforming (orthodontics); appliances: design,
-- thermoforming. Steps fall between the order date and the ship date; none after 2025-12-31.
INSERT INTO stp (stp_id, ordl_id, seq, stp_typ, tech_id, strt_ts, mins)
SELECT row_number() OVER (ORDER BY z.ordl_id, z.seq)::int,
       z.ordl_id, z.seq, z.stp_typ,
       CASE z.pool
            WHEN 'CAD/CAM' THEN CASE WHEN z.ordr_dt >= date '2024-02-12'
                                     THEN (ARRAY[1,2,3,4,16,2,3])[1 + (z.ordl_id * 3 + z.ordr_id) % 7]
                                     ELSE (ARRAY[1,2,3,4,4,2])[1 + (z.ordl_id * 3 + z.ordr_id) % 6] END
            WHEN 'ceramics' THEN (ARRAY[5,6,7,8,6,7,5,8,7])[1 + (z.ordl_id * 5 + z.ordr_id / 3) % 9]
            WHEN 'removables' THEN (ARRAY[9,10,11,12,10,11])[1 + (z.ordl_id + z.seq * 2) % 6]
            WHEN 'orthodontics' THEN CASE WHEN z.ordr_dt >= date '2023-05-22'
                                          THEN (ARRAY[13,14,15,15,13])[1 + (z.ordl_id * 7 + z.seq) % 5]
                                          ELSE (ARRAY[13,14,13])[1 + (z.ordl_id * 7 + z.seq) % 3] END
            ELSE 17 END,
       z.ts,
       z.mins
FROM (
    SELECT l.ordl_id, l.ordr_id, s.ordr_dt, t.seq, t.stp_typ, t.pool,
           (s.ordr_dt + CASE WHEN t.seq = t.nsteps THEN (s.shp_dt - s.ordr_dt) - 1
                             ELSE least(t.seq, (s.shp_dt - s.ordr_dt) - 1) END)
             + time '07:00' + make_interval(mins => (l.ordl_id * 37 + t.seq * 113) % 540) AS ts,
           CASE t.stp_typ
                WHEN 'design'        THEN 15 + (l.ordl_id * 7) % 31 + 8 * (l.qty - 1)
                WHEN 'finishing'     THEN 30 + (l.ordl_id * 11) % 61 + 15 * (l.qty - 1)
                WHEN 'qc'            THEN 8 + (l.ordl_id % 13)
                WHEN 'setup'         THEN 60 + (l.ordl_id * 13) % 61
                WHEN 'processing'    THEN 90 + (l.ordl_id * 17) % 61
                WHEN 'planning'      THEN 45 + (l.ordl_id * 19) % 76
                ELSE                      20 + (l.ordl_id * 23) % 41 + 5 * (l.qty - 1) END AS mins
    FROM ordl l
    JOIN prod p USING (prod_id)
    JOIN s_plan s ON s.ordr_id = l.ordr_id
    JOIN ordr o ON o.ordr_id = l.ordr_id
    CROSS JOIN LATERAL (
        SELECT * FROM (VALUES
            ('crown', 1, 'design', 'CAD/CAM', 3), ('crown', 2, 'finishing', 'ceramics', 3), ('crown', 3, 'qc', 'QC', 3),
            ('bridge', 1, 'design', 'CAD/CAM', 3), ('bridge', 2, 'finishing', 'ceramics', 3), ('bridge', 3, 'qc', 'QC', 3),
            ('veneer', 1, 'design', 'CAD/CAM', 3), ('veneer', 2, 'finishing', 'ceramics', 3), ('veneer', 3, 'qc', 'QC', 3),
            ('denture', 1, 'setup', 'removables', 2), ('denture', 2, 'processing', 'removables', 2),
            ('aligner', 1, 'planning', 'orthodontics', 2), ('aligner', 2, 'thermoforming', 'orthodontics', 2),
            ('appliance', 1, 'design', 'CAD/CAM', 2), ('appliance', 2, 'thermoforming', 'orthodontics', 2)
        ) v(cat, seq, stp_typ, pool, nsteps)
        WHERE v.cat = p.prod_cat
    ) t
    WHERE o.ordr_stat <> 'received'
) z
WHERE z.ts < timestamp '2026-01-01';

-- Shipments ------------------------------------------------------------------------------
INSERT INTO shpm (shpm_id, ordr_id, shp_dt, carr, trk_no, shp_cost, dlvr_dt)
SELECT row_number() OVER (ORDER BY s.shp_dt, s.ordr_id)::int,
       s.ordr_id, s.shp_dt, s.carr,
       CASE s.carr WHEN 'courier' THEN 'CR-' || lpad(s.ordr_id::text, 6, '0')
                   WHEN 'UPS'     THEN '1Z84W7' || lpad((s.ordr_id * 7331 % 10000000)::text, 10, '0')
                   WHEN 'FedEx'   THEN lpad((770000000000 + s.ordr_id * 48611)::text, 12, '0')
                   ELSE '9400' || lpad((s.ordr_id * 91193 % 100000000)::text, 16, '0') END,
       CASE s.carr WHEN 'courier' THEN 12.00
                   WHEN 'UPS'     THEN 11.75 + (s.ordr_id % 4) * 1.25
                   WHEN 'FedEx'   THEN 24.50 + (s.ordr_id % 3) * 3.00
                   ELSE 8.40 + (s.ordr_id % 2) * 1.10 END,
       CASE WHEN s.dlvr_dt <= date '2025-12-31' THEN s.dlvr_dt END
FROM s_plan s
WHERE s.shp_dt <= date '2025-12-31';

-- Remakes: about one line in nineteen of delivered fixed or removable work comes back.
INSERT INTO rmk (rmk_id, ordl_id, rmk_dt, rsn, lab_fault, tech_id, cost)
SELECT row_number() OVER (ORDER BY r.rmk_dt, r.ordl_id)::int,
       r.ordl_id, r.rmk_dt, r.rsn,
       r.rsn IN ('poor fit','open contact','fracture','tooth setup'),
       (SELECT st.tech_id FROM stp st
         WHERE st.ordl_id = r.ordl_id
           AND st.seq = CASE WHEN r.rsn IN ('shade mismatch','fracture','processing') THEN 2 ELSE 1 END),
       round(r.amt * 0.55, 2)
FROM (
    SELECT l.ordl_id, l.amt,
           sh.dlvr_dt + 5 + (l.ordl_id * 3) % 24 AS rmk_dt,
           CASE WHEN p.prod_cat = 'denture'
                THEN (ARRAY['poor fit','bite high','tooth setup','poor fit','processing'])[1 + (l.ordl_id / 19) % 5]
                ELSE (ARRAY['shade mismatch','poor fit','open contact','fracture','bite high',
                            'poor fit','shade mismatch','open contact'])[1 + (l.ordl_id / 19) % 8] END AS rsn
    FROM ordl l
    JOIN prod p USING (prod_id)
    JOIN shpm sh ON sh.ordr_id = l.ordr_id
    WHERE (l.ordl_id * 7) % 19 = 0
      AND p.prod_cat IN ('crown','bridge','denture')
      AND sh.dlvr_dt IS NOT NULL
) r
WHERE r.rmk_dt <= date '2025-12-31';

-- Invoices: one per shipped case, dated the ship date, net 30.
INSERT INTO invc (invc_id, invc_no, ordr_id, cust_id, invc_dt, due_dt, invc_amt, invc_stat)
SELECT row_number() OVER (ORDER BY sh.shp_dt, sh.ordr_id)::int,
       'INV-' || extract(year FROM sh.shp_dt) || '-'
              || lpad((row_number() OVER (PARTITION BY extract(year FROM sh.shp_dt)
                                          ORDER BY sh.shp_dt, sh.ordr_id))::text, 5, '0'),
       sh.ordr_id, d.cust_id, sh.shp_dt, sh.shp_dt + 30,
       (SELECT sum(l.amt) FROM ordl l WHERE l.ordr_id = sh.ordr_id),
       'open'
FROM shpm sh
JOIN ordr o USING (ordr_id)
JOIN dent d USING (dent_id);

-- Payments: most invoices paid in one go, every eleventh in two instalments, every
-- forty-seventh only half paid; slow payers take a month longer; nothing after 2025-12-31.
INSERT INTO pmt (pmt_id, invc_id, pmt_dt, amt, pmt_mthd, ref_no)
SELECT row_number() OVER (ORDER BY q.pmt_dt, q.invc_id, q.k)::int,
       q.invc_id, q.pmt_dt, q.amt, q.mthd,
       CASE q.mthd WHEN 'check' THEN 'CHK ' || (1000 + (q.invc_id * 13 + q.k) % 9000)
                   WHEN 'card'  THEN 'AUTH' || lpad(((q.invc_id * 4093 + q.k) % 1000000)::text, 6, '0')
                   ELSE 'ACH' || lpad((q.invc_id * 10 + q.k)::text, 8, '0') END
FROM (
    SELECT i.invc_id, k,
           i.invc_dt + 12 + (i.invc_id * 13) % 50 + CASE WHEN i.cust_id % 7 = 3 THEN 30 ELSE 0 END
                     + (k - 1) * 30 AS pmt_dt,
           CASE WHEN i.invc_id % 11 = 0 OR i.invc_id % 47 = 0
                THEN CASE WHEN k = 1 THEN round(i.invc_amt / 2, 2) ELSE i.invc_amt - round(i.invc_amt / 2, 2) END
                ELSE i.invc_amt END AS amt,
           CASE WHEN i.cust_id % 5 IN (0, 1) THEN 'ACH'
                WHEN i.cust_id % 5 = 2 THEN 'check'
                WHEN i.cust_id % 5 = 3 THEN 'card'
                WHEN i.invc_id % 6 = 0 THEN 'card'
                ELSE 'ACH' END AS mthd
    FROM invc i
    CROSS JOIN LATERAL generate_series(1, CASE WHEN i.invc_id % 11 = 0 THEN 2 ELSE 1 END) k
) q
WHERE q.pmt_dt <= date '2025-12-31';

UPDATE invc i
SET invc_stat = 'paid'
WHERE i.invc_amt = (SELECT coalesce(sum(p.amt), 0) FROM pmt p WHERE p.invc_id = i.invc_id);

DROP TABLE o_plan, elig, s_plan;

COMMIT;
