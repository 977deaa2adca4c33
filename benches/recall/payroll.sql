-- HR and payroll system of Norvel Industries (offices in eight European cities), used as the
-- sample database of the golden set benches/intent/payroll.yaml. Legacy schema, no comments;
-- every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE loc (
    locno    integer PRIMARY KEY,
    city     varchar(40) NOT NULL,
    ctry     char(2) NOT NULL,
    addr     text,
    postcd   varchar(10),
    opendt   date NOT NULL
);

CREATE TABLE dept (
    deptno   integer PRIMARY KEY,
    dname    varchar(40) NOT NULL,
    locno    integer NOT NULL REFERENCES loc,
    costctr  varchar(8) NOT NULL,
    budget   numeric(12,2),
    actv     boolean NOT NULL
);

CREATE TABLE job (
    jobcd    varchar(8) PRIMARY KEY,
    jtitle   varchar(60) NOT NULL,
    grade    integer NOT NULL,
    minsal   numeric(10,2) NOT NULL,
    maxsal   numeric(10,2) NOT NULL,
    exempt   boolean NOT NULL
);

CREATE TABLE emp (
    empno    integer PRIMARY KEY,
    ename    varchar(60) NOT NULL,
    email    varchar(120),
    gender   char(1) NOT NULL,
    birthdt  date,
    jobcd    varchar(8) NOT NULL REFERENCES job,
    mgr      integer REFERENCES emp,
    deptno   integer NOT NULL REFERENCES dept,
    hiredate date NOT NULL,
    termdate date,
    sal      numeric(10,2) NOT NULL,
    comm     numeric(9,2),
    stat     char(1) NOT NULL,
    ftepct   integer NOT NULL
);

CREATE TABLE pay_run (
    runno    integer PRIMARY KEY,
    runtype  varchar(4) NOT NULL,
    prdstart date NOT NULL,
    prdend   date NOT NULL,
    paydt    date NOT NULL,
    stat     varchar(6) NOT NULL,
    crtts    timestamp NOT NULL,
    closets  timestamp
);

CREATE TABLE payslip (
    slipno   integer PRIMARY KEY,
    runno    integer NOT NULL REFERENCES pay_run,
    empno    integer NOT NULL REFERENCES emp,
    basepay  numeric(10,2) NOT NULL,
    otpay    numeric(9,2) NOT NULL,
    grosspay numeric(10,2) NOT NULL,
    taxamt   numeric(10,2) NOT NULL,
    penamt   numeric(9,2) NOT NULL,
    netpay   numeric(10,2) NOT NULL,
    paymeth  varchar(4) NOT NULL,
    paidts   timestamptz
);

CREATE TABLE lv_req (
    reqno    integer PRIMARY KEY,
    empno    integer NOT NULL REFERENCES emp,
    lvtype   varchar(10) NOT NULL,
    startdt  date NOT NULL,
    enddt    date NOT NULL,
    ndays    numeric(4,1) NOT NULL,
    stat     varchar(4) NOT NULL,
    reqts    timestamp NOT NULL,
    apprby   integer REFERENCES emp,
    reason   text
);

CREATE TABLE tmsht (
    tsno     integer PRIMARY KEY,
    empno    integer NOT NULL REFERENCES emp,
    prdend   date NOT NULL,
    reghrs   numeric(5,2) NOT NULL,
    othrs    numeric(5,2) NOT NULL,
    stat     varchar(4) NOT NULL,
    submts   timestamp NOT NULL,
    apprts   timestamp
);

CREATE TABLE perf_rvw (
    rvwno    integer PRIMARY KEY,
    empno    integer NOT NULL REFERENCES emp,
    rvwr     integer REFERENCES emp,
    rvwyr    integer NOT NULL,
    rvwtype  varchar(6) NOT NULL,
    rvwdt    date NOT NULL,
    rating   integer,
    stat     varchar(5) NOT NULL,
    remarks  text
);

CREATE TABLE trn_crs (
    crsno    integer PRIMARY KEY,
    crsname  varchar(80) NOT NULL,
    provider varchar(60) NOT NULL,
    categ    varchar(12) NOT NULL,
    durhrs   numeric(4,1) NOT NULL,
    costpp   numeric(8,2) NOT NULL,
    mandtry  boolean NOT NULL
);

CREATE TABLE trn_att (
    attno    integer PRIMARY KEY,
    crsno    integer NOT NULL REFERENCES trn_crs,
    empno    integer NOT NULL REFERENCES emp,
    attdt    date NOT NULL,
    stat     varchar(6) NOT NULL,
    score    numeric(5,1),
    enrlts   timestamptz NOT NULL
);

INSERT INTO loc VALUES
    (1, 'Paris',      'FR', '18 rue de la Pepiniere',  '75008',   '2009-03-02'),
    (2, 'Lyon',       'FR', '42 quai Perrache',        '69002',   '2011-09-12'),
    (3, 'Manchester', 'GB', '3 Piccadilly Place',      'M1 3BN',  '2013-05-06'),
    (4, 'Dublin',     'IE', '21 Harcourt Street',      'D02 H364','2014-02-03'),
    (5, 'Hamburg',    'DE', 'Grosse Elbstrasse 145',   '22767',   '2015-10-01'),
    (6, 'Madrid',     'ES', 'Calle de Alcala 95',      '28009',   '2016-06-13'),
    (7, 'Milan',      'IT', 'Via Tortona 31',          '20144',   '2018-01-15'),
    (8, 'Rotterdam',  'NL', 'Wilhelminakade 77',       NULL,      '2019-04-01');

INSERT INTO dept VALUES
    (10,  'Executive Office',  1, 'CC1000',  850000.00, true),
    (20,  'Finance',           1, 'CC2000', 1200000.00, true),
    (30,  'Human Resources',   2, 'CC3000',  640000.00, true),
    (40,  'Sales',             3, 'CC4000', 1900000.00, true),
    (50,  'Marketing',         6, 'CC5000',  900000.00, true),
    (60,  'Engineering',       4, 'CC6000', 2600000.00, true),
    (70,  'Customer Support',  2, 'CC7000',  780000.00, true),
    (80,  'Operations',        8, 'CC8000', 1100000.00, true),
    (90,  'Legal',             1, 'CC9000',  700000.00, true),
    (100, 'IT Services',       4, 'CC1100',  950000.00, true),
    (110, 'Procurement',       5, 'CC1200',  520000.00, true),
    (120, 'Research',          7, 'CC1300', 1400000.00, true),
    (130, 'Facilities',        2, 'CC1400',       NULL, false);

INSERT INTO job VALUES
    ('CEO',    'Chief Executive Officer',     10, 180000, 260000, true),
    ('DEPMGR', 'Department Manager',           8,  85000, 140000, true),
    ('ACCT',   'Accountant',                   4,  38000,  55000, true),
    ('FINAN',  'Financial Analyst',            5,  45000,  68000, true),
    ('HRADM',  'HR Administrator',             3,  30000,  42000, false),
    ('HRBP',   'HR Business Partner',          6,  52000,  75000, true),
    ('SLSREP', 'Sales Representative',         3,  30000,  45000, false),
    ('SLSEXE', 'Account Executive',            5,  45000,  70000, true),
    ('MKTCO',  'Marketing Coordinator',        3,  32000,  45000, false),
    ('MKTSP',  'Marketing Specialist',         5,  42000,  62000, true),
    ('SWDEV',  'Software Developer',           5,  48000,  72000, true),
    ('SWSR',   'Senior Software Engineer',     7,  68000,  95000, true),
    ('CSAGT',  'Customer Support Agent',       2,  26000,  34000, false),
    ('CSLEAD', 'Support Team Lead',            4,  34000,  46000, false),
    ('OPSAN',  'Operations Analyst',           4,  36000,  52000, true),
    ('WHSUP',  'Warehouse Supervisor',         3,  31000,  43000, false),
    ('LEGCN',  'Legal Counsel',                7,  65000,  98000, true),
    ('PARLG',  'Paralegal',                    3,  32000,  44000, false),
    ('ITSUP',  'IT Support Technician',        3,  30000,  42000, false),
    ('SYSAD',  'Systems Administrator',        5,  44000,  64000, true),
    ('BUYER',  'Buyer',                        4,  36000,  50000, true),
    ('LOGCO',  'Logistics Coordinator',        3,  30000,  42000, false),
    ('RSCI',   'Research Scientist',           6,  55000,  82000, true),
    ('LABTC',  'Lab Technician',               3,  30000,  41000, false),
    ('FACMGR', 'Facilities Coordinator',       3,  29000,  40000, false);

INSERT INTO emp (empno, ename, email, gender, birthdt, jobcd, mgr, deptno, hiredate, termdate, sal, comm, stat, ftepct)
WITH s AS (
    SELECT i,
           CASE WHEN i = 1 THEN 10 WHEN i <= 12 THEN i * 10 ELSE 20 + ((i * 7) % 11) * 10 END AS d,
           (ARRAY['Claire','Thomas','Sophie','Lukas','Emma','Javier','Giulia','Sean','Anna','Pieter',
                  'Laura','Marco','Chloe','Daniel','Ines','Oliver','Marta','Hugo','Niamh','Felix',
                  'Elena','Tomas','Hannah','Rafael','Sara','James','Lea','Matteo','Aoife','Jonas',
                  'Lucia','Ethan'])[i % 32 + 1] AS fn,
           CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END AS g,
           (ARRAY['Martin','Bernard','Dubois','Schmidt','Murphy','Garcia','Rossi','Kelly','Jansen','Moreau',
                  'Fischer','Lopez','Bianchi','Walsh','Laurent','Weber','Romano','Byrne','de Vries','Fernandez',
                  'Girard','Becker','Ricci','Taylor','Navarro','Wright','Meyer','Colombo','Brennan','Bakker',
                  'Leroy','Evans'])[(i * 5 + (i / 32) * 3) % 32 + 1] AS ln
    FROM generate_series(1, 64) AS i
), j AS (
    SELECT s.*,
           CASE WHEN i = 1 THEN 'CEO'
                WHEN i <= 12 THEN 'DEPMGR'
                WHEN i % 3 = 0 THEN (ARRAY['','FINAN','HRBP','SLSEXE','MKTSP','SWSR','CSLEAD','OPSAN','LEGCN','SYSAD','BUYER','RSCI'])[d / 10]
                ELSE (ARRAY['','ACCT','HRADM','SLSREP','MKTCO','SWDEV','CSAGT','WHSUP','PARLG','ITSUP','LOGCO','LABTC'])[d / 10]
           END AS jc,
           CASE WHEN i = 1 THEN date '2011-04-04'
                WHEN i <= 12 THEN date '2012-01-09' + (i * 211) % 2200
                ELSE date '2014-01-06' + (i * 173) % 3950
           END AS hd
    FROM s
)
SELECT 7000 + i,
       fn || ' ' || ln,
       CASE WHEN i % 19 = 7 THEN NULL ELSE lower(fn) || '.' || lower(replace(ln, ' ', '')) || '@norvel.eu' END,
       g,
       CASE WHEN i % 13 = 0 THEN NULL ELSE least(hd - 7670, date '1962-02-01' + (i * 1777) % 13000) END,
       jc,
       CASE WHEN i = 1 THEN NULL WHEN i <= 12 THEN 7001 ELSE 7000 + d / 10 END,
       d,
       hd,
       CASE WHEN i > 12 AND i % 7 = 3 THEN least(date '2024-12-13', greatest(hd + 200, date '2022-01-31' + (i * 41) % 1050))
            WHEN i > 12 AND i % 11 = 4 THEN greatest(hd + 300, date '2019-06-28' + (i * 67) % 900)
       END,
       round((job.minsal + (job.maxsal - job.minsal) * ((i * 37) % 11) / 10.0) / 500) * 500,
       CASE WHEN d = 40 AND jc = 'SLSREP' THEN 3000 + (i % 5) * 1250
            WHEN d = 40 AND jc = 'SLSEXE' THEN 8000 + (i % 4) * 1500
            WHEN d = 40 THEN 0 END,
       'A',
       CASE WHEN i > 12 AND i % 9 = 2 THEN 80 WHEN i > 12 AND i % 9 = 5 THEN 60 ELSE 100 END
FROM j JOIN job ON job.jobcd = j.jc;

UPDATE emp SET termdate = hiredate + 150 WHERE termdate < hiredate;
UPDATE emp SET stat = 'T' WHERE termdate IS NOT NULL;
UPDATE emp SET stat = 'L' WHERE termdate IS NULL AND empno IN (7019, 7040, 7057);

INSERT INTO pay_run (runno, runtype, prdstart, prdend, paydt, stat, crtts, closets)
SELECT m,
       'REG',
       (date '2022-01-01' + (m - 1) * interval '1 month')::date,
       (date '2022-01-01' + m * interval '1 month' - interval '1 day')::date,
       (date '2022-01-01' + (m - 1) * interval '1 month' + interval '24 days')::date,
       CASE WHEN m = 36 THEN 'OPEN' ELSE 'CLOSED' END,
       date '2022-01-01' + (m - 1) * interval '1 month' + interval '19 days 09:15',
       CASE WHEN m = 36 THEN NULL ELSE date '2022-01-01' + (m - 1) * interval '1 month' + interval '23 days 16:40' END
FROM generate_series(1, 36) AS m;

INSERT INTO pay_run (runno, runtype, prdstart, prdend, paydt, stat, crtts, closets)
SELECT 36 + k,
       'BON',
       make_date(2021 + k, 1, 1),
       make_date(2021 + k, 12, 31),
       make_date(2021 + k, 12, 15),
       'CLOSED',
       make_date(2021 + k, 12, 8) + time '10:30',
       make_date(2021 + k, 12, 14) + time '17:05'
FROM generate_series(1, 3) AS k;

INSERT INTO payslip (slipno, runno, empno, basepay, otpay, grosspay, taxamt, penamt, netpay, paymeth, paidts)
WITH b AS (
    SELECT r.runno, r.runtype, r.paydt, r.stat AS rstat, e.empno,
           CASE WHEN r.runtype = 'BON'
                THEN round(e.sal * (0.03 + (e.empno % 4) * 0.02) * (1 - 0.03 * (2024 - extract(year FROM r.paydt))), 2)
                ELSE round(e.sal * e.ftepct / 100.0 * (1 - 0.03 * (2024 - extract(year FROM r.paydt))) / 12
                           + coalesce(e.comm, 0) / 12 * (0.6 + ((r.runno + e.empno) % 5) * 0.2), 2)
           END AS base,
           CASE WHEN r.runtype = 'REG' AND NOT j.exempt THEN ((r.runno * 3 + e.empno) % 6) * 42.50 ELSE 0 END AS ot
    FROM pay_run r
    JOIN emp e ON e.hiredate <= r.prdend AND (e.termdate IS NULL OR e.termdate >= r.prdstart)
    JOIN job j ON j.jobcd = e.jobcd
    WHERE r.runtype = 'REG' OR (e.empno % 3 <> 0 AND (e.termdate IS NULL OR e.termdate > r.paydt) AND e.hiredate < r.paydt - 90)
), g AS (
    SELECT b.*, base + ot AS gross,
           round((base + ot) * CASE WHEN base + ot > 8000 THEN 0.34 WHEN base + ot > 5000 THEN 0.27
                                    WHEN base + ot > 3000 THEN 0.21 ELSE 0.16 END, 2) AS tax,
           CASE WHEN runtype = 'BON' THEN 0 ELSE round((base + ot) * 0.06, 2) END AS pen
    FROM b
)
SELECT row_number() OVER (ORDER BY runno, empno),
       runno, empno, base, ot, gross, tax, pen, gross - tax - pen,
       CASE WHEN empno % 23 = 5 THEN 'CHQ' ELSE 'BACS' END,
       CASE WHEN rstat = 'OPEN' THEN NULL ELSE (paydt + time '06:00') AT TIME ZONE 'Europe/Paris' END
FROM g;

INSERT INTO lv_req (reqno, empno, lvtype, startdt, enddt, ndays, stat, reqts, apprby, reason)
WITH c AS (
    SELECT n,
           7001 + (n * 29) % 64 AS eno,
           date '2022-01-03' + ((n * 53) % 156) * 7 + n % 5 AS sd,
           CASE n % 10 WHEN 5 THEN 'SICK' WHEN 6 THEN 'SICK' WHEN 7 THEN 'UNPAID'
                       WHEN 8 THEN CASE WHEN n % 3 = 0 THEN 'PARENTAL' ELSE 'STUDY' END
                       ELSE 'ANNUAL' END AS t
    FROM generate_series(1, 720) AS n
), d AS (
    SELECT c.*,
           CASE t WHEN 'ANNUAL' THEN 1 + n % 10 WHEN 'SICK' THEN 1 + n % 4 WHEN 'UNPAID' THEN 1 + n % 5
                  WHEN 'PARENTAL' THEN 20 + n % 41 ELSE 1 + n % 3 END AS dur
    FROM c
), f AS (
    SELECT d.*, e.mgr,
           CASE WHEN t = 'SICK' THEN 'APPR'
                WHEN sd >= date '2024-11-18' AND n % 4 <> 0 THEN 'PEND'
                WHEN n % 11 = 0 THEN 'REJ'
                WHEN n % 13 = 0 THEN 'CANC'
                ELSE 'APPR' END AS st
    FROM d JOIN emp e ON e.empno = d.eno
    WHERE e.hiredate <= d.sd AND (e.termdate IS NULL OR e.termdate >= d.sd + d.dur)
)
SELECT row_number() OVER (ORDER BY n),
       eno, t, sd, sd + dur - 1,
       CASE WHEN dur = 1 AND n % 4 = 0 AND t <> 'PARENTAL' THEN 0.5 ELSE dur END,
       st,
       CASE WHEN t = 'SICK' THEN sd + time '08:12' + (n % 50) * interval '1 minute'
            ELSE sd - (7 + n % 40) * interval '1 day' + time '10:00' + (n % 300) * interval '1 minute' END,
       CASE WHEN st IN ('APPR', 'REJ') THEN mgr END,
       CASE WHEN t = 'SICK' AND n % 3 = 0 THEN 'Flu'
            WHEN t = 'SICK' AND n % 3 = 1 THEN 'Medical appointment'
            WHEN t = 'UNPAID' THEN (ARRAY['Moving house','Family matter','Personal travel'])[n % 3 + 1]
            WHEN t = 'STUDY' THEN 'Exam preparation'
            WHEN t = 'ANNUAL' AND n % 6 = 0 THEN 'Summer holiday'
       END
FROM f;

INSERT INTO tmsht (tsno, empno, prdend, reghrs, othrs, stat, submts, apprts)
WITH t AS (
    SELECT e.empno, e.ftepct, r.prdend, r.runno
    FROM emp e
    JOIN job j ON j.jobcd = e.jobcd AND NOT j.exempt
    JOIN pay_run r ON r.runtype = 'REG'
                  AND e.hiredate <= r.prdstart
                  AND (e.termdate IS NULL OR e.termdate >= r.prdend)
)
SELECT row_number() OVER (ORDER BY prdend, empno),
       empno, prdend,
       round(ftepct / 100.0 * (152 + ((runno * 7 + empno) % 5) * 4), 2),
       ((runno * 3 + empno) % 6) * 1.5,
       CASE WHEN runno = 36 AND empno % 3 = 0 THEN 'SUBM'
            WHEN (runno + empno) % 29 = 0 THEN 'REJ'
            ELSE 'APPR' END,
       prdend + time '17:30' + ((runno + empno) % 4) * interval '1 day' - interval '3 days',
       CASE WHEN (runno = 36 AND empno % 3 = 0) THEN NULL
            ELSE prdend + time '11:00' + ((runno + empno) % 3) * interval '1 day' END
FROM t;

INSERT INTO perf_rvw (rvwno, empno, rvwr, rvwyr, rvwtype, rvwdt, rating, stat, remarks)
WITH p AS (
    SELECT e.empno, e.mgr, y.yr, v.tp,
           CASE v.tp WHEN 'MIDYR' THEN make_date(y.yr, 6, 10) ELSE make_date(y.yr, 11, 25) END
             + (e.empno % 15) AS dt
    FROM emp e
    CROSS JOIN generate_series(2022, 2024) AS y(yr)
    CROSS JOIN (VALUES ('MIDYR'), ('ANNUAL')) AS v(tp)
    WHERE e.hiredate < CASE v.tp WHEN 'MIDYR' THEN make_date(y.yr, 3, 1) ELSE make_date(y.yr, 9, 1) END
      AND (e.termdate IS NULL OR e.termdate > CASE v.tp WHEN 'MIDYR' THEN make_date(y.yr, 7, 15) ELSE make_date(y.yr, 12, 20) END)
)
SELECT row_number() OVER (ORDER BY yr, tp DESC, empno),
       empno, mgr, yr, tp, dt,
       CASE WHEN yr = 2024 AND tp = 'ANNUAL' AND empno % 5 = 0 THEN NULL
            ELSE (ARRAY[3,4,2,3,4,5,3,4,1,3,4,3,5,2,4,3,4])[(empno * 7 + yr * 3 + length(tp)) % 17 + 1] END,
       CASE WHEN yr = 2024 AND tp = 'ANNUAL' AND empno % 5 = 0 THEN 'DRAFT' ELSE 'FINAL' END,
       CASE (empno + yr) % 6 WHEN 0 THEN 'Exceeds targets' WHEN 1 THEN 'Needs to improve time keeping'
                             WHEN 2 THEN 'Solid contributor' WHEN 3 THEN 'Ready for promotion' END
FROM p;

INSERT INTO trn_crs VALUES
    ( 1, 'GDPR Essentials',                  'DataWise Academy',   'COMPLIANCE',  3.0,  120.00, true),
    ( 2, 'Fire Safety Awareness',            'SafeWork Partners',  'SAFETY',      2.0,   80.00, true),
    ( 3, 'Excel for Finance',                'Skillhouse',         'TECH',        7.0,  340.00, false),
    ( 4, 'Leading High-Performing Teams',    'Ardent Leadership',  'LEADERSHIP', 14.0, 1450.00, false),
    ( 5, 'Negotiation Skills',               'Ardent Leadership',  'SOFT',        7.0,  620.00, false),
    ( 6, 'First Aid at Work',                'Red Cross Training', 'SAFETY',     18.0,  390.00, false),
    ( 7, 'Anti-Bribery and Corruption',      'DataWise Academy',   'COMPLIANCE',  2.0,   95.00, true),
    ( 8, 'Forklift Operation',               'SafeWork Partners',  'SAFETY',     21.0,  780.00, false),
    ( 9, 'Python for Data Analysis',         'CodeCamp Europe',    'TECH',       21.0, 1100.00, false),
    (10, 'Secure Coding',                    'CodeCamp Europe',    'TECH',       14.0,  950.00, false),
    (11, 'Customer Service Excellence',      'Skillhouse',         'SOFT',        7.0,  280.00, false),
    (12, 'Time Management',                  'Skillhouse',         'SOFT',        3.5,  150.00, false),
    (13, 'Presentation Skills',              'Ardent Leadership',  'SOFT',        7.0,  450.00, false),
    (14, 'Project Management Fundamentals',  'PM Institute',       'LEADERSHIP', 21.0, 1650.00, false),
    (15, 'Conflict Resolution',              'Ardent Leadership',  'SOFT',        7.0,  520.00, false),
    (16, 'Manual Handling',                  'SafeWork Partners',  'SAFETY',      3.0,   90.00, false),
    (17, 'Information Security Awareness',   'DataWise Academy',   'COMPLIANCE',  2.0,   70.00, true),
    (18, 'Unconscious Bias',                 'Skillhouse',         'COMPLIANCE',  3.0,  160.00, false),
    (19, 'AWS Cloud Practitioner',           'CodeCamp Europe',    'TECH',       14.0, 1200.00, false),
    (20, 'Coaching for Managers',            'Ardent Leadership',  'LEADERSHIP', 10.5, 980.00, false),
    (21, 'Payroll Legislation Update',       'PM Institute',       'COMPLIANCE',  4.0,  260.00, false);

INSERT INTO trn_att (attno, crsno, empno, attdt, stat, score, enrlts)
WITH c AS (
    SELECT n,
           (n * 7) % 20 + 1 AS crs,
           7001 + (n * 13 + n / 64) % 64 AS eno,
           date '2022-01-10' + ((n * 61) % 154) * 7 + (n * 3) % 5 AS dt
    FROM generate_series(1, 760) AS n
)
SELECT row_number() OVER (ORDER BY dt, n),
       crs, eno, dt,
       CASE WHEN dt > date '2024-12-06' THEN 'ENRL'
            WHEN n % 9 = 0 THEN 'NOSHOW'
            WHEN n % 17 = 0 THEN 'CANC'
            ELSE 'COMPL' END,
       CASE WHEN dt <= date '2024-12-06' AND n % 9 <> 0 AND n % 17 <> 0 AND crs IN (1, 3, 7, 9, 10, 17, 19)
            THEN 55 + (n * 11) % 46 END,
       (dt - (10 + n % 25)) + time '09:00' + (n % 480) * interval '1 minute'
FROM c JOIN emp e ON e.empno = c.eno
WHERE e.hiredate <= c.dt AND (e.termdate IS NULL OR e.termdate >= c.dt) AND e.empno % 16 <> 5;
