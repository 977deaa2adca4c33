-- Arborist Ltd: back-office extract of a small tree surgery business.
-- Customers are homeowners, parish/town councils, country estates and businesses.
-- Every enquiry becomes a row in tbl_job: status QUOTED until accepted, then BOOKED
-- (crew and date set), DONE once worked, or CANCELLED. Done jobs are invoiced in
-- tbl_invoice, which also records the (single) payment received against it.
-- The yard also dry-hires its chippers, stump grinders and MEWPs by the day
-- (tbl_equip_hire) and sells wood chip by the cubic metre (tbl_chip_sale).
-- Money is in pounds sterling (GBP), net of VAT unless the column says vat;
-- hours are decimal hours, chip volumes are cubic metres (m3).
-- Extract taken on 2025-06-30; data runs from January 2023 to the end of June 2025.

CREATE TABLE tbl_cust_type (
    cust_type_cd  text PRIMARY KEY,
    desc_txt      text NOT NULL UNIQUE
);

CREATE TABLE tbl_customer (
    cust_no       integer PRIMARY KEY,
    cust_nm       text NOT NULL,
    cust_type_cd  text NOT NULL REFERENCES tbl_cust_type (cust_type_cd),
    town          text NOT NULL,
    phone         text,
    email         text,
    created_dt    date NOT NULL
);

CREATE TABLE tbl_work_type (
    work_type_cd  text PRIMARY KEY,
    desc_txt      text NOT NULL UNIQUE
);

CREATE TABLE tbl_crew (
    crew_no       integer PRIMARY KEY,
    crew_nm       text NOT NULL UNIQUE,
    van_reg       text NOT NULL,
    formed_dt     date NOT NULL
);

CREATE TABLE tbl_employee (
    emp_no        integer PRIMARY KEY,
    emp_nm        text NOT NULL,
    role_cd       text NOT NULL CHECK (role_cd IN ('FOREMAN','CLIMBER','GROUNDSMAN','OFFICE')),
    crew_no       integer REFERENCES tbl_crew (crew_no),
    start_dt      date NOT NULL,
    leave_dt      date,
    hourly_rate   numeric(6,2) NOT NULL CHECK (hourly_rate > 0),
    CHECK (leave_dt IS NULL OR leave_dt > start_dt)
);

CREATE TABLE tbl_cert_type (
    cert_cd       text PRIMARY KEY,
    desc_txt      text NOT NULL,
    renew_yrs     integer CHECK (renew_yrs > 0)
);

CREATE TABLE tbl_emp_cert (
    emp_no        integer NOT NULL REFERENCES tbl_employee (emp_no),
    cert_cd       text NOT NULL REFERENCES tbl_cert_type (cert_cd),
    issue_dt      date NOT NULL,
    expiry_dt     date,
    PRIMARY KEY (emp_no, cert_cd),
    CHECK (expiry_dt IS NULL OR expiry_dt > issue_dt)
);

CREATE TABLE tbl_equip (
    equip_no      integer PRIMARY KEY,
    equip_nm      text NOT NULL UNIQUE,
    equip_type    text NOT NULL CHECK (equip_type IN ('CHIPPER','GRINDER','MEWP','SPLITTER','WINCH')),
    purchase_dt   date NOT NULL,
    purchase_amt  numeric(10,2),
    day_rate      numeric(7,2) NOT NULL CHECK (day_rate > 0),
    active_flg    boolean NOT NULL DEFAULT true
);

CREATE TABLE tbl_job (
    job_no        integer PRIMARY KEY,
    cust_no       integer NOT NULL REFERENCES tbl_customer (cust_no),
    work_type_cd  text NOT NULL REFERENCES tbl_work_type (work_type_cd),
    quote_dt      date NOT NULL,
    quote_amt     numeric(10,2) NOT NULL CHECK (quote_amt > 0),
    status        text NOT NULL CHECK (status IN ('QUOTED','BOOKED','DONE','CANCELLED')),
    crew_no       integer REFERENCES tbl_crew (crew_no),
    job_dt        date,
    hrs           numeric(5,1) CHECK (hrs > 0),
    trees_qty     integer CHECK (trees_qty > 0),
    hedge_m       integer CHECK (hedge_m > 0),
    tpo_flg       boolean NOT NULL DEFAULT false,
    desc_txt      text,
    CHECK (job_dt IS NULL OR job_dt >= quote_dt)
);

CREATE TABLE tbl_invoice (
    inv_no        integer PRIMARY KEY,
    job_no        integer NOT NULL UNIQUE REFERENCES tbl_job (job_no),
    inv_dt        date NOT NULL,
    due_dt        date NOT NULL,
    net_amt       numeric(10,2) NOT NULL CHECK (net_amt > 0),
    vat_amt       numeric(10,2) NOT NULL CHECK (vat_amt >= 0),
    paid_dt       date,
    paid_amt      numeric(10,2),
    pay_method    text CHECK (pay_method IN ('BACS','CARD','CHEQUE','CASH')),
    CHECK (due_dt >= inv_dt),
    CHECK ((paid_dt IS NULL) = (paid_amt IS NULL))
);

CREATE TABLE tbl_equip_hire (
    hire_no       integer PRIMARY KEY,
    equip_no      integer NOT NULL REFERENCES tbl_equip (equip_no),
    cust_no       integer NOT NULL REFERENCES tbl_customer (cust_no),
    start_dt      date NOT NULL,
    days_qty      integer NOT NULL CHECK (days_qty > 0),
    amt           numeric(10,2) NOT NULL CHECK (amt > 0)
);

CREATE TABLE tbl_chip_sale (
    sale_no       integer PRIMARY KEY,
    cust_no       integer REFERENCES tbl_customer (cust_no),
    sale_dt       date NOT NULL,
    chip_type     text NOT NULL CHECK (chip_type IN ('MULCH','BIOMASS','PLAYBARK')),
    m3_qty        numeric(5,1) NOT NULL CHECK (m3_qty > 0),
    price_m3      numeric(6,2) NOT NULL CHECK (price_m3 > 0),
    deliv_flg     boolean NOT NULL
);

-- ---------------------------------------------------------------- lookups

INSERT INTO tbl_cust_type VALUES
    ('HOME',     'Homeowner'),
    ('COUNCIL',  'Council'),
    ('ESTATE',   'Estate'),
    ('BUSINESS', 'Business');

INSERT INTO tbl_work_type VALUES
    ('FELL',  'Felling'),
    ('PRUNE', 'Pruning'),
    ('STUMP', 'Stump grinding'),
    ('HEDGE', 'Hedge cutting'),
    ('EMERG', 'Storm damage call-out');

INSERT INTO tbl_crew VALUES
    (1, 'Oak Crew',      'AR19 KTF', '2016-04-01'),
    (2, 'Ash Crew',      'AR20 BLW', '2018-09-03'),
    (3, 'Beech Crew',    'AR68 ZNP', '2021-02-15'),
    (4, 'Hawthorn Crew', 'AR71 HDG', '2022-08-01');

INSERT INTO tbl_employee VALUES
    ( 1, 'Gareth Pryce',     'FOREMAN',    1,    '2015-03-02', NULL,         24.50),
    ( 2, 'Dylan Marsh',      'CLIMBER',    1,    '2017-05-15', NULL,         19.75),
    ( 3, 'Owen Fairley',     'CLIMBER',    1,    '2019-10-07', NULL,         19.25),
    ( 4, 'Kieran Bostock',   'GROUNDSMAN', 1,    '2021-06-21', NULL,         14.10),
    ( 5, 'Sian Hollins',     'FOREMAN',    2,    '2018-09-03', NULL,         23.80),
    ( 6, 'Luke Ambrose',     'CLIMBER',    2,    '2020-01-13', NULL,         18.90),
    ( 7, 'Tomasz Wrona',     'GROUNDSMAN', 2,    '2022-03-28', NULL,         13.85),
    ( 8, 'Ryan Colley',      'GROUNDSMAN', 2,    '2023-02-06', '2024-04-30', 13.50),
    ( 9, 'Harvey Quill',     'FOREMAN',    3,    '2021-02-15', NULL,         23.40),
    (10, 'Ben Tasker',       'CLIMBER',    3,    '2021-04-12', '2024-11-29', 18.60),
    (11, 'Callum Reddy',     'GROUNDSMAN', 3,    '2023-09-04', NULL,         13.60),
    (12, 'Jodie Ketteridge', 'FOREMAN',    4,    '2022-08-01', NULL,         22.90),
    (13, 'Marcus Fenn',      'GROUNDSMAN', 4,    '2022-08-01', NULL,         13.95),
    (14, 'Aled Morgan',      'GROUNDSMAN', 4,    '2024-03-11', NULL,         13.40),
    (15, 'Pauline Deverill', 'OFFICE',     NULL, '2014-11-03', NULL,         16.20),
    (16, 'Imogen Sturt',     'OFFICE',     NULL, '2023-05-22', NULL,         14.75),
    (17, 'Nathan Oduya',     'CLIMBER',    3,    '2024-12-02', NULL,         19.00),
    (18, 'Reece Palfrey',    'GROUNDSMAN', 1,    '2023-01-09', '2023-08-25', 13.20),
    (19, 'Shaun Whitlock',   'CLIMBER',    2,    '2024-06-03', NULL,         18.70),
    (20, 'Edward Lyle',      'GROUNDSMAN', 3,    '2025-03-17', NULL,         13.90),
    (21, 'Freya Combe',      'CLIMBER',    4,    '2023-04-24', NULL,         18.40),
    (22, 'Martin Goss',      'OFFICE',     NULL, '2019-01-07', '2023-06-30', 15.10);

INSERT INTO tbl_cert_type VALUES
    ('CS30', 'Chainsaw maintenance and cross-cutting', NULL),
    ('CS31', 'Felling small trees',                    NULL),
    ('CS38', 'Tree climbing and aerial rescue',        NULL),
    ('CS39', 'Chainsaw use from rope and harness',     NULL),
    ('IPAF', 'MEWP operator licence',                  5),
    ('FAWF', 'First aid at work (forestry)',           3),
    ('PA6',  'Pesticide application, hand held',       NULL),
    ('CHIP', 'Woodchipper operation',                  NULL);

-- Certificates follow the job role; renewable ones carry an expiry date.
INSERT INTO tbl_emp_cert (emp_no, cert_cd, issue_dt, expiry_dt)
SELECT e.emp_no, ct.cert_cd, x.iss,
       CASE WHEN ct.renew_yrs IS NULL THEN NULL
            ELSE (x.iss + make_interval(years => ct.renew_yrs))::date END
FROM tbl_employee e
CROSS JOIN tbl_cert_type ct
CROSS JOIN LATERAL (
    SELECT CASE WHEN ct.renew_yrs IS NULL
                THEN e.start_dt + ((e.emp_no * 37 + ascii(ct.cert_cd) * 11) % 120)
                ELSE greatest(e.start_dt + 14,
                              date '2021-09-06' + ((e.emp_no * 151 + ascii(substr(ct.cert_cd, 2)) * 29) % 1150))
           END AS iss
) x
WHERE CASE e.role_cd
        WHEN 'FOREMAN'    THEN ct.cert_cd <> 'PA6' OR e.emp_no IN (1, 12)
        WHEN 'CLIMBER'    THEN ct.cert_cd IN ('CS30','CS31','CS38','CS39','CHIP')
                               OR (ct.cert_cd = 'FAWF' AND e.emp_no % 2 = 0)
                               OR (ct.cert_cd = 'IPAF' AND e.emp_no IN (3, 21))
        WHEN 'GROUNDSMAN' THEN ct.cert_cd IN ('CS30','CHIP')
                               OR (ct.cert_cd = 'CS31' AND e.emp_no % 3 <> 2)
                               OR (ct.cert_cd = 'PA6' AND e.emp_no IN (13, 14))
                               OR (ct.cert_cd = 'FAWF' AND e.emp_no IN (4, 7, 13))
        ELSE ct.cert_cd = 'FAWF' AND e.emp_no = 15
      END
  AND e.emp_no NOT IN (20);   -- newest starter: training not yet logged

INSERT INTO tbl_equip VALUES
    ( 1, 'Redcliff 150 chipper',        'CHIPPER',  '2017-03-14', 14850.00, 120.00, true),
    ( 2, 'Redcliff 190 chipper',        'CHIPPER',  '2019-08-02', 21400.00, 145.00, true),
    ( 3, 'Brackley T8 tracked chipper', 'CHIPPER',  '2024-02-19', 38900.00, 210.00, true),
    ( 4, 'Stubb 360 stump grinder',     'GRINDER',  '2018-05-09',  9650.00,  95.00, true),
    ( 5, 'Stubb 520 tracked grinder',   'GRINDER',  '2021-10-25', 24300.00, 165.00, true),
    ( 6, 'Stubb Mini grinder',          'GRINDER',  '2016-06-30',  4200.00,  65.00, true),
    ( 7, 'Skyfox 17m spider lift',      'MEWP',     '2020-04-17', 52000.00, 230.00, true),
    ( 8, 'Skyfox 21m tracked lift',     'MEWP',     '2024-05-13', 78500.00, 295.00, true),
    ( 9, 'Towmaster 12m trailer lift',  'MEWP',     '2015-09-21',     NULL, 150.00, true),
    (10, 'Redcliff 100 petrol chipper', 'CHIPPER',  '2012-04-02',     NULL,  70.00, false),
    (11, 'Kindle 20t log splitter',     'SPLITTER', '2019-11-11',  3100.00,  55.00, true),
    (12, 'Haulwell 3t capstan winch',   'WINCH',    '2022-01-24',  2650.00,  45.00, true);

-- ---------------------------------------------------------------- customers

INSERT INTO tbl_customer (cust_no, cust_nm, cust_type_cd, town, phone, email, created_dt)
WITH base AS (
    SELECT i,
           CASE WHEN i <= 260 AND i % 40 IN (0, 1)    THEN 'COUNCIL'
                WHEN i <= 260 AND i % 40 IN (2, 3, 4) THEN 'ESTATE'
                WHEN i <= 260 AND i % 40 IN (5, 6, 7) THEN 'BUSINESS'
                WHEN i > 260 AND i % 53 = 0           THEN 'BUSINESS'
                ELSE 'HOME' END AS typ
    FROM generate_series(1, 420) AS i
), k AS (
    SELECT i, typ, (row_number() OVER (PARTITION BY typ ORDER BY i) - 1)::int AS k
    FROM base
)
SELECT i,
       CASE typ
         WHEN 'HOME' THEN
           (ARRAY['Helen','David','Sarah','Peter','Margaret','James','Claire','Robert',
                  'Anita','Graham','Louise','Stephen','Priya','Andrew','Fiona','Colin',
                  'Rachel','Martin','Joanne','Keith','Deborah','Simon','Yvonne','Neil'])[1 + k % 24]
           || ' ' ||
           (ARRAY['Carter','Whitfield','Patel','Hughes','Morrison','Ashworth','Bennett','Lister',
                  'Okafor','Rowley','Kemp','Thornton','Dunmore','Hale','Sutcliffe','Brennan',
                  'Farrow','Greaves','Nash','Pickering','Quayle','Rudd','Stanier','Tolley',
                  'Vickers','Walsh','Yardley','Ellison','Chowdhury','Moss'])[1 + (k / 24 + k * 7) % 30]
         WHEN 'COUNCIL' THEN
           (ARRAY['Ashby Cross Parish Council','Bramfield Town Council','Chalkwell Parish Council',
                  'Deerhurst Borough Council','Elmstead Parish Council','Fennick Town Council',
                  'Greyhaven District Council','Holloway Parish Council','Lower Bramfield Parish Council',
                  'Nether Fennick Parish Council','Upper Elmstead Parish Council',
                  'Chalkwell Burial Board','Deerhurst Parks Trust','Holloway Village Hall Committee'])[1 + k]
         WHEN 'ESTATE' THEN
           (ARRAY['Hartwell Estate','Kingsmere Park Estate','Lowfield Hall Estate','Beckside Estate',
                  'Coldharbour Estate','Stannington Manor Estate','Wrenfold Estate','Pelham Court Estate',
                  'Ravensgill Estate','Thornbury Hall Estate','Oxley Grange Estate','Sedgewick Estate',
                  'Mardale Estate','Burnham Chase Estate','Eastcote Farm Estate','Glebe House Estate',
                  'Ivybridge Manor Estate','Quarrington Estate','Foxcote Estate','Tilbrook Estate',
                  'Netherby Castle Estate'])[1 + k]
         ELSE
           (ARRAY['Fairway Golf Club','Meadowbank Care Home','Oakridge Primary School',
                  'Brook Lane Caravan Park','Greyhaven Retail Park','St Anne''s Church',
                  'Willow Court Apartments','Chalkwell Garden Centre','Holloway Business Park',
                  'The Plough Inn','Elmstead Cricket Club','Deerhurst Academy',
                  'Riverside Storage Ltd','Fennick Veterinary Clinic','Bramfield Rugby Club',
                  'Kestrel Homes Ltd','Ashby Cross Surgery','Lantern Hotel',
                  'Orchard View Nursery','Millpond Fisheries','Greenway Housing Association',
                  'Sandpit Lane Allotments','Holloway Leisure Centre','Beacon Self Storage',
                  'Marsh Lane Depot','Cooper & Vale Solicitors'])[1 + k]
       END,
       typ,
       CASE WHEN (i * 7) % 20 < 7  THEN 'Bramfield'
            WHEN (i * 7) % 20 < 11 THEN 'Chalkwell'
            WHEN (i * 7) % 20 < 14 THEN 'Ashby Cross'
            WHEN (i * 7) % 20 < 16 THEN 'Deerhurst'
            WHEN (i * 7) % 20 < 18 THEN 'Elmstead'
            WHEN (i * 7) % 20 = 18 THEN 'Fennick'
            ELSE 'Holloway' END,
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE '07' || lpad(((i * 7919 + 104729) % 1000000000)::text, 9, '0') END,
       CASE WHEN typ = 'HOME' AND i % 4 = 0 THEN NULL
            WHEN typ = 'HOME' THEN 'cust' || i || '@example.net'
            ELSE 'accounts' || i || '@example.org' END,
       CASE WHEN i <= 260 THEN date '2014-03-03' + i * 11
            ELSE date '2023-01-04' + (i - 261) * 5 END
FROM k;

-- ---------------------------------------------------------------- jobs
-- Enquiries arrive Monday to Saturday; autumn and winter are the busy season.

CREATE TEMP TABLE tmp_nh AS
SELECT array_agg(cust_no ORDER BY cust_no) AS a FROM tbl_customer WHERE cust_type_cd <> 'HOME'
  AND created_dt < date '2023-01-01';

INSERT INTO tbl_job (job_no, cust_no, work_type_cd, quote_dt, quote_amt, status, crew_no,
                     job_dt, hrs, trees_qty, hedge_m, tpo_flg, desc_txt)
WITH d AS (
    SELECT g::date AS dt, row_number() OVER (ORDER BY g)::int AS di
    FROM (SELECT date '2023-01-02' + i AS g
          FROM generate_series(0, date '2025-06-27' - date '2023-01-02') AS i) AS days
    WHERE extract(isodow FROM g) < 7
), c AS (
    SELECT dt, di,
           (ARRAY[3,3,4,3,2,2,2,2,3,4,4,2])[extract(month FROM dt)::int]
           + CASE WHEN (di * 7) % 5 = 0 THEN 1 ELSE 0 END
           + CASE WHEN extract(year FROM dt) >= 2024 AND di % 4 = 0 THEN 1 ELSE 0 END
           - CASE WHEN extract(isodow FROM dt) = 6 THEN 2 ELSE 0 END
           - CASE WHEN (di * 3) % 11 = 0 THEN 1 ELSE 0 END AS cnt
    FROM d
), q AS (
    SELECT row_number() OVER (ORDER BY c.dt, k)::int AS n, c.dt, c.di,
           extract(month FROM c.dt)::int AS mon
    FROM c, generate_series(1, greatest(c.cnt, 0)) AS k
), t AS (
    SELECT q.*,
           (n * 37 + di * 11) % 100 AS h,
           (n * 53 + di) % 100      AS h2,
           CASE WHEN q.dt < date '2023-01-04' THEN 260
                ELSE least(420, 261 + (q.dt - date '2023-01-04') / 5) END AS maxc
    FROM q
), w AS MATERIALIZED (
    SELECT t.*,
           CASE WHEN mon IN (11, 12, 1, 2) AND h < 7 THEN 'EMERG'
                WHEN h < CASE WHEN mon IN (9, 10, 11, 12, 1, 2) THEN 36 ELSE 11 END THEN 'HEDGE'
                WHEN h < CASE WHEN mon IN (9, 10, 11, 12, 1, 2) THEN 62 ELSE 38 END THEN 'FELL'
                WHEN h < CASE WHEN mon IN (9, 10, 11, 12, 1, 2) THEN 74 ELSE 52 END THEN 'STUMP'
                ELSE 'PRUNE' END AS wt,
           CASE WHEN (n * 29) % 100 < 30
                THEN nh.a[1 + floor(array_length(nh.a, 1) * power(((n * 37) % 101) / 101.0, 2))::int]
                ELSE CASE WHEN (1 + (n * 7919 + di * 13) % maxc) % 17 = 0
                          THEN (n * 7919 + di * 13) % maxc
                          ELSE 1 + (n * 7919 + di * 13) % maxc END
           END AS cust
    FROM t CROSS JOIN tmp_nh AS nh
), s AS (
    SELECT w.*,
           cu.cust_type_cd AS ctyp,
           CASE WHEN wt = 'HEDGE' THEN NULL
                WHEN n % 10 < 5 THEN 1
                WHEN n % 10 < 8 THEN 2 + n % 2
                ELSE 4 + (n * 3) % 5 END AS trees,
           CASE WHEN wt = 'HEDGE' THEN 10 + (n * 17) % 111 END AS hm,
           CASE WHEN wt = 'EMERG' THEN 'DONE'
                WHEN h2 < 21 THEN 'QUOTED'
                WHEN h2 < 28 THEN 'CANCELLED'
                ELSE 'GO' END AS st0,
           CASE WHEN wt = 'EMERG' THEN w.dt + n % 2
                ELSE w.dt + 6 + (n * 17) % 38 END AS jdt
    FROM w JOIN tbl_customer cu ON cu.cust_no = w.cust
)
SELECT n, cust, wt, dt,
       round((CASE wt
                WHEN 'FELL'  THEN 280 + trees * 220 + ((n * 13) % 15) * 20
                WHEN 'PRUNE' THEN 180 + trees * 95  + ((n * 11) % 12) * 15
                WHEN 'STUMP' THEN 120 + trees * 65  + (n % 7) * 10
                WHEN 'HEDGE' THEN 150 + hm * 4      + (n % 9) * 10
                ELSE 450 + trees * 300 END)
             * CASE WHEN ctyp = 'HOME' THEN 1.0 ELSE 1.5 END, 2),
       CASE WHEN st0 <> 'GO' THEN st0
            WHEN jdt <= date '2025-06-30' THEN 'DONE'
            ELSE 'BOOKED' END,
       CASE WHEN st0 = 'QUOTED' THEN NULL
            WHEN wt = 'EMERG' THEN 1
            WHEN wt = 'HEDGE' THEN CASE WHEN n % 5 < 4 THEN 4 ELSE 3 END
            WHEN (n * 7) % 10 < 5 THEN 1
            WHEN (n * 7) % 10 < 8 THEN 2
            WHEN dt < date '2023-04-01' THEN 2
            ELSE 3 END,
       CASE WHEN st0 = 'QUOTED' THEN NULL ELSE jdt END,
       CASE WHEN st0 IN ('QUOTED', 'CANCELLED') OR (st0 = 'GO' AND jdt > date '2025-06-30') THEN NULL
            WHEN n % 97 = 0 THEN NULL
            ELSE round(CASE wt
                         WHEN 'FELL'  THEN 3 + trees * 2.5
                         WHEN 'PRUNE' THEN 2 + trees * 1.5
                         WHEN 'STUMP' THEN 1 + trees * 0.8
                         WHEN 'HEDGE' THEN 2 + hm / 20.0
                         ELSE 4 + trees * 2 END
                       + (n % 5) * 0.5, 1) END,
       trees, hm,
       (wt IN ('FELL', 'PRUNE') AND n % 23 = 0),
       CASE WHEN n % 19 = 0 THEN 'Overhead power lines - notify DNO'
            WHEN n % 31 = 0 THEN 'Access via rear lane only'
            WHEN n % 41 = 0 THEN 'Bats survey required'
            WHEN wt = 'EMERG' THEN 'Storm damage, tree across drive'
            ELSE NULL END
FROM s;

DROP TABLE tmp_nh;

-- ---------------------------------------------------------------- invoices

INSERT INTO tbl_invoice (inv_no, job_no, inv_dt, due_dt, net_amt, vat_amt,
                         paid_dt, paid_amt, pay_method)
WITH j AS (
    SELECT j.job_no, j.job_dt, j.quote_amt, c.cust_type_cd AS ctyp,
           j.job_dt + j.job_no % 4 AS idt,
           j.quote_amt + CASE WHEN j.job_no % 9 = 0 THEN 75 ELSE 0 END AS net
    FROM tbl_job j JOIN tbl_customer c ON c.cust_no = j.cust_no
    WHERE j.status = 'DONE' AND j.job_dt <= date '2025-06-24' AND j.job_no % 113 <> 0
), p AS (
    SELECT j.*,
           round(net * 0.20, 2) AS vat,
           idt + CASE ctyp WHEN 'HOME'    THEN 1 + (job_no * 7) % 21
                           WHEN 'ESTATE'  THEN 15 + job_no % 45
                           WHEN 'COUNCIL' THEN 25 + (job_no * 3) % 50
                           ELSE 10 + job_no % 35 END AS pdt
    FROM j
)
SELECT 10000 + row_number() OVER (ORDER BY job_no),
       job_no, idt,
       idt + CASE WHEN ctyp = 'HOME' THEN 14 ELSE 30 END,
       net, vat,
       CASE WHEN pdt > date '2025-06-30' OR job_no % 71 = 0 THEN NULL ELSE pdt END,
       CASE WHEN pdt > date '2025-06-30' OR job_no % 71 = 0 THEN NULL
            WHEN job_no % 43 = 0 THEN net + vat - 50
            ELSE net + vat END,
       CASE WHEN pdt > date '2025-06-30' OR job_no % 71 = 0 THEN NULL
            WHEN ctyp = 'HOME' THEN CASE WHEN job_no % 10 < 4 THEN 'BACS'
                                         WHEN job_no % 10 < 7 THEN 'CARD'
                                         WHEN job_no % 10 < 9 THEN 'CHEQUE'
                                         ELSE 'CASH' END
            WHEN job_no % 6 = 0 THEN 'CHEQUE'
            ELSE 'BACS' END
FROM p;

-- ---------------------------------------------------------------- equipment hire

CREATE TEMP TABLE tmp_nh AS
SELECT array_agg(cust_no ORDER BY cust_no) AS a FROM tbl_customer WHERE cust_type_cd IN ('ESTATE', 'BUSINESS')
  AND created_dt < date '2023-01-01';

INSERT INTO tbl_equip_hire (hire_no, equip_no, cust_no, start_dt, days_qty, amt)
WITH d AS (
    SELECT g::date AS dt, row_number() OVER (ORDER BY g)::int AS di
    FROM (SELECT date '2023-01-03' + i AS g
          FROM generate_series(0, date '2025-06-27' - date '2023-01-03') AS i) AS days
    WHERE extract(isodow FROM g) < 6
), c AS (
    SELECT dt, di,
           CASE WHEN di % 3 = 0 THEN 0 WHEN di % 7 = 1 THEN 2 ELSE 1 END
           + CASE WHEN extract(month FROM dt) IN (3, 4, 10, 11) AND di % 2 = 0 THEN 1 ELSE 0 END AS cnt
    FROM d
), q AS (
    SELECT row_number() OVER (ORDER BY c.dt, k)::int AS n, c.dt, c.di
    FROM c, generate_series(1, c.cnt) AS k
    WHERE c.cnt > 0
), e AS MATERIALIZED (
    SELECT q.*,
           CASE WHEN (n * 31) % 100 < 32 THEN
                     CASE WHEN dt < date '2023-09-01' AND n % 4 = 0 THEN 10
                          WHEN dt >= date '2024-02-19' AND n % 3 = 0 THEN 3
                          WHEN n % 5 < 3 THEN 1 ELSE 2 END
                WHEN (n * 31) % 100 < 58 THEN CASE WHEN n % 6 < 3 THEN 4 WHEN n % 6 < 5 THEN 5 ELSE 6 END
                WHEN (n * 31) % 100 < 90 THEN
                     CASE WHEN dt >= date '2024-05-13' AND n % 3 = 0 THEN 8
                          WHEN n % 4 < 3 THEN 7 ELSE 9 END
                ELSE 11 END AS eq,
           CASE WHEN n % 10 < 5 THEN 1 WHEN n % 10 < 8 THEN 2 WHEN n % 10 < 9 THEN 3
                ELSE 5 + n % 3 END AS days,
           CASE WHEN (n * 13) % 10 < 6
                THEN nh.a[1 + (n * 11) % array_length(nh.a, 1)]
                ELSE 1 + (n * 389 + di) % 260 END AS cust
    FROM q CROSS JOIN tmp_nh AS nh
)
SELECT n, e.eq, e.cust, e.dt, e.days,
       round(e.days * eq.day_rate * CASE WHEN e.days >= 5 THEN 0.85 ELSE 1 END, 2)
FROM e JOIN tbl_equip eq ON eq.equip_no = e.eq;

DROP TABLE tmp_nh;

-- ---------------------------------------------------------------- wood chip sales

INSERT INTO tbl_chip_sale (sale_no, cust_no, sale_dt, chip_type, m3_qty, price_m3, deliv_flg)
WITH d AS (
    SELECT g::date AS dt, row_number() OVER (ORDER BY g)::int AS di,
           extract(month FROM g)::int AS mon, extract(year FROM g)::int AS yr
    FROM (SELECT date '2023-01-02' + i AS g
          FROM generate_series(0, date '2025-06-28' - date '2023-01-02') AS i) AS days
    WHERE extract(isodow FROM g) < 7
), c AS (
    SELECT d.*,
           CASE WHEN mon IN (3, 4, 5) THEN 2 WHEN mon IN (12, 1) THEN 1 - di % 2 ELSE 1 END
           - CASE WHEN di % 5 = 0 THEN 1 ELSE 0 END AS cnt
    FROM d
), q AS (
    SELECT row_number() OVER (ORDER BY c.dt, k)::int AS n, c.dt, c.mon, c.yr
    FROM c, generate_series(1, c.cnt) AS k
    WHERE c.cnt > 0
), t AS (
    SELECT q.*,
           CASE WHEN mon IN (11, 12, 1, 2) AND n % 10 < 5 THEN 'BIOMASS'
                WHEN n % 10 < 2 THEN 'BIOMASS'
                WHEN (n * 3) % 20 < 3 THEN 'PLAYBARK'
                ELSE 'MULCH' END AS ct
    FROM q
)
SELECT n,
       CASE WHEN ct = 'BIOMASS'
            THEN (ARRAY[3, 3, 3, 6, 43, 43, 85, 124, 162, 206, 244])[1 + (n * 5) % 11]
            WHEN n % 10 < 3 THEN NULL
            ELSE 1 + (n * 389) % 260 END,
       dt, ct,
       CASE ct WHEN 'MULCH'   THEN 1 + ((n * 7) % 19) * 0.5
               WHEN 'BIOMASS' THEN 10 + (n * 3) % 21
               ELSE 2 + (n % 9) * 0.5 END,
       CASE ct WHEN 'MULCH'   THEN (ARRAY[25, 27, 28])[yr - 2022]
               WHEN 'BIOMASS' THEN (ARRAY[18, 19, 21])[yr - 2022]
               ELSE (ARRAY[40, 42, 45])[yr - 2022] END,
       CASE ct WHEN 'BIOMASS' THEN true
               WHEN 'MULCH' THEN n % 3 <> 0
               ELSE n % 2 = 0 END
FROM t;
