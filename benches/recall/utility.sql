-- Operational data of a regional electricity and gas utility in Ohio (customer information
-- and billing system extract), used as the sample database of the golden set
-- benches/intent/utility.frozen.yaml. Every row is invented and reproducible
-- (generate_series, fixed lists and modular arithmetic).

CREATE TABLE rate_plans (
    plan_cd        varchar(8) PRIMARY KEY,
    plan_nm        text NOT NULL,
    svc_type_cd    varchar(4) NOT NULL,
    cust_cls_cd    varchar(3) NOT NULL,
    unit_rt        numeric(8,4) NOT NULL,
    mthly_chg_amt  numeric(8,2) NOT NULL,
    rnwbl_pct      integer NOT NULL,
    eff_dt         date NOT NULL,
    exp_dt         date,
    open_enrl_flg  boolean NOT NULL
);
CREATE TABLE customers (
    cust_no        integer PRIMARY KEY,
    cust_nm        text NOT NULL,
    cust_type_cd   varchar(3) NOT NULL,
    email_addr     varchar(120),
    phone_no       varchar(20),
    pref_lang_cd   varchar(2) NOT NULL,
    crt_dt         date NOT NULL,
    paperless_flg  boolean NOT NULL,
    med_cert_flg   boolean NOT NULL,
    stat_cd        varchar(3) NOT NULL
);
CREATE TABLE premises (
    prem_id        integer PRIMARY KEY,
    prem_addr      text NOT NULL,
    city_nm        text NOT NULL,
    zip_cd         varchar(10) NOT NULL,
    prem_type_cd   varchar(3) NOT NULL,
    sq_ft          integer,
    built_yr       integer,
    owner_cust_no  integer REFERENCES customers
);
CREATE TABLE accounts (
    acct_no        integer PRIMARY KEY,
    cust_no        integer NOT NULL REFERENCES customers,
    prem_id        integer NOT NULL REFERENCES premises,
    svc_type_cd    varchar(4) NOT NULL,
    plan_cd        varchar(8) NOT NULL REFERENCES rate_plans,
    bill_cyc_cd    varchar(2) NOT NULL,
    open_dt        date NOT NULL,
    cls_dt         date,
    stat_cd        varchar(3) NOT NULL,
    auto_pay_flg   boolean NOT NULL,
    dep_amt        numeric(10,2)
);
CREATE TABLE meters (
    mtr_id         integer PRIMARY KEY,
    acct_no        integer NOT NULL REFERENCES accounts,
    mtr_ser_no     varchar(20) NOT NULL,
    mtr_type_cd    varchar(3) NOT NULL,
    mfr_nm         text NOT NULL,
    inst_dt        date NOT NULL,
    rmv_dt         date,
    mult_fctr      numeric(6,2) NOT NULL,
    stat_cd        varchar(3) NOT NULL
);
CREATE TABLE meter_readings (
    rdg_id         integer PRIMARY KEY,
    mtr_id         integer NOT NULL REFERENCES meters,
    rdg_dt         date NOT NULL,
    rdg_ts         timestamp NOT NULL,
    kwh_qty        numeric(10,2),
    thm_qty        numeric(10,2),
    rdg_type_cd    varchar(3) NOT NULL,
    rdg_src_cd     varchar(4) NOT NULL
);
CREATE TABLE bills (
    bill_id        integer PRIMARY KEY,
    acct_no        integer NOT NULL REFERENCES accounts,
    rdg_id         integer REFERENCES meter_readings,
    per_strt_dt    date NOT NULL,
    per_end_dt     date NOT NULL,
    bill_dt        date NOT NULL,
    due_dt         date NOT NULL,
    tax_amt        numeric(10,2) NOT NULL,
    amt_due        numeric(10,2) NOT NULL,
    est_flg        boolean NOT NULL,
    stat_cd        varchar(3) NOT NULL
);
CREATE TABLE bill_charges (
    line_id        integer PRIMARY KEY,
    bill_id        integer NOT NULL REFERENCES bills,
    chg_type_cd    varchar(3) NOT NULL,
    chg_desc       text NOT NULL,
    chg_qty        numeric(12,2),
    chg_rt         numeric(8,4),
    chg_amt        numeric(10,2) NOT NULL
);
CREATE TABLE payments (
    pmt_id         integer PRIMARY KEY,
    acct_no        integer NOT NULL REFERENCES accounts,
    bill_id        integer REFERENCES bills,
    pd_dt          date NOT NULL,
    pd_amt         numeric(10,2) NOT NULL,
    pmt_mthd_cd    varchar(3) NOT NULL,
    conf_no        varchar(16),
    posted_ts      timestamptz NOT NULL
);
CREATE TABLE crews (
    crew_id        integer PRIMARY KEY,
    crew_nm        text NOT NULL,
    crew_type_cd   varchar(4) NOT NULL,
    base_city_nm   text NOT NULL,
    sup_nm         text NOT NULL,
    hdcnt          integer NOT NULL,
    on_call_flg    boolean NOT NULL
);
CREATE TABLE outages (
    outg_id        integer PRIMARY KEY,
    svc_type_cd    varchar(4) NOT NULL,
    city_nm        text NOT NULL,
    fdr_cd         varchar(10) NOT NULL,
    cause_cd       varchar(4) NOT NULL,
    strt_ts        timestamptz NOT NULL,
    rstr_ts        timestamptz,
    cust_affctd_cnt integer NOT NULL,
    crew_id        integer REFERENCES crews,
    plnd_flg       boolean NOT NULL
);
CREATE TABLE service_orders (
    ord_id         integer PRIMARY KEY,
    acct_no        integer NOT NULL REFERENCES accounts,
    req_type_cd    varchar(3) NOT NULL,
    chnl_cd        varchar(3) NOT NULL,
    req_ts         timestamp NOT NULL,
    sched_dt       date,
    cmpl_ts        timestamp,
    crew_id        integer REFERENCES crews,
    prty_cd        varchar(3) NOT NULL,
    fee_amt        numeric(8,2),
    stat_cd        varchar(3) NOT NULL
);

INSERT INTO rate_plans VALUES
  ('E-STD', 'Standard Residential', 'ELEC', 'RES', 0.1325, 11.00, 0, '2015-01-01', NULL, true),
  ('E-GRN', 'Green Future', 'ELEC', 'RES', 0.1410, 11.00, 100, '2019-04-01', NULL, true),
  ('E-TOU', 'Time of Day', 'ELEC', 'RES', 0.1190, 12.50, 0, '2020-06-01', NULL, true),
  ('E-FIX', 'Fixed Rate Saver', 'ELEC', 'RES', 0.1380, 10.00, 20, '2021-01-01', NULL, true),
  ('E-LEG', 'Legacy Basic', 'ELEC', 'RES', 0.1150, 9.50, 0, '2008-01-01', '2020-12-31', false),
  ('E-BUS', 'Small Business', 'ELEC', 'COM', 0.1120, 35.00, 10, '2015-01-01', NULL, true),
  ('E-IND', 'Industrial Power', 'ELEC', 'IND', 0.0850, 250.00, 0, '2015-01-01', NULL, true),
  ('G-STD', 'Residential Gas', 'GAS', 'RES', 1.2450, 10.00, 0, '2015-01-01', NULL, true),
  ('G-BUD', 'Gas Budget Plan', 'GAS', 'RES', 1.2900, 8.00, 0, '2018-09-01', NULL, true),
  ('G-BUS', 'Commercial Gas', 'GAS', 'COM', 1.0500, 30.00, 0, '2015-01-01', NULL, true),
  ('E-EVC', 'EV Charging Night', 'ELEC', 'RES', 0.0990, 14.00, 50, '2024-10-01', NULL, true);

INSERT INTO customers
SELECT i,
       CASE WHEN i % 5 = 0 THEN
            (ARRAY['Buckeye Hardware','Maple Street Diner','Miami Valley Plastics','Lakeview Laundromat',
                   'Summit Auto Repair','Heartland Bakery','Grandview Veterinary Clinic','Northgate Florist',
                   'Ohio Valley Castings','Olentangy Printing','Riverside Dental Group','Union Brewing Co',
                   'Scioto Storage','Front Street Books'])[i / 5]
            ELSE
            (ARRAY['James','Mary','Robert','Linda','Michael','Karen','David','Susan','William','Jennifer',
                   'Thomas','Lisa','Daniel','Nancy','Matthew','Angela','Steven','Rebecca','Andrew','Denise'])[1 + i % 20]
            || ' ' ||
            (ARRAY['Miller','Johnson','Schmidt','Brown','Wagner','Davis','Kowalski','Wilson','Moore','Taylor',
                   'Anderson','Hoffman','Martin','Jackson','White','Harris','Garcia','Clark','Lewis','Walker',
                   'Young','Hall','Kraus'])[1 + (i * 7) % 23]
       END,
       CASE WHEN i % 30 = 15 THEN 'IND' WHEN i % 5 = 0 THEN 'COM' ELSE 'RES' END,
       CASE WHEN i % 6 = 0 THEN NULL
            WHEN i % 5 = 0 THEN 'billing' || i || '@business.example'
            ELSE 'cust' || (1000 + i * 17) || '@mail.example' END,
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE (ARRAY['614','937','419','330'])[1 + i % 4] || '-555-' || lpad(((i * 263) % 10000)::text, 4, '0') END,
       CASE WHEN i % 9 = 4 THEN 'ES' ELSE 'EN' END,
       date '2016-02-01' + (i * 173) % 3100,
       i % 3 <> 0,
       i % 17 = 3,
       CASE WHEN i % 13 = 0 THEN 'INA' ELSE 'ACT' END
FROM generate_series(1, 70) AS i;

INSERT INTO premises
SELECT c.cust_no,
       (100 + (c.cust_no * 137) % 8800) || ' ' ||
       (ARRAY['Elm St','High St','Oak Ave','Main St','Broad St','Maple Dr','Walnut St','Cherry Ln',
              'Park Ave','Lincoln Way','Washington Blvd','Riverside Dr'])[1 + (c.cust_no * 5) % 12],
       (ARRAY['Columbus','Dayton','Toledo','Columbus','Akron','Canton','Columbus','Springfield','Lima','Mansfield'])[1 + (c.cust_no * 3) % 10],
       (ARRAY['43215','45402','43604','43206','44308','44702','43085','45502','45801','44902'])[1 + (c.cust_no * 3) % 10],
       CASE WHEN c.cust_type_cd = 'IND' THEN 'IND'
            WHEN c.cust_type_cd = 'COM' THEN CASE WHEN c.cust_no % 3 = 0 THEN 'OFF' ELSE 'RTL' END
            WHEN c.cust_no % 4 = 1 THEN 'APT'
            ELSE 'SFH' END,
       CASE WHEN c.cust_no % 9 = 0 THEN NULL
            WHEN c.cust_type_cd = 'IND' THEN 42000 + c.cust_no * 100
            WHEN c.cust_type_cd = 'COM' THEN 2400 + (c.cust_no * 311) % 6000
            WHEN c.cust_no % 4 = 1 THEN 650 + (c.cust_no * 23) % 600
            ELSE 1100 + (c.cust_no * 47) % 1900 END,
       CASE WHEN c.cust_no % 7 = 0 THEN NULL ELSE 1925 + (c.cust_no * 11) % 98 END,
       CASE WHEN c.cust_type_cd = 'RES' AND c.cust_no % 4 = 1 THEN NULL ELSE c.cust_no END
FROM customers c;

INSERT INTO premises
SELECT 70 + k,
       (200 + k * 411) || ' ' || (ARRAY['Commerce Dr','Industrial Pkwy','Market St','Dublin Rd','Sawmill Rd','Front St'])[k],
       (ARRAY['Columbus','Dayton','Toledo','Akron','Columbus','Canton'])[k],
       (ARRAY['43215','45402','43604','44308','43017','44702'])[k],
       CASE WHEN k % 2 = 0 THEN 'WHS' ELSE 'OFF' END,
       3000 + k * 850,
       CASE WHEN k = 4 THEN NULL ELSE 1960 + k * 9 END,
       k * 10
FROM generate_series(1, 6) AS k;

INSERT INTO accounts
SELECT 300000 + c.cust_no * 10 + 1,
       c.cust_no,
       c.cust_no,
       'ELEC',
       CASE WHEN c.cust_type_cd = 'COM' THEN 'E-BUS'
            WHEN c.cust_type_cd = 'IND' THEN 'E-IND'
            ELSE (ARRAY['E-GRN','E-TOU','E-FIX','E-LEG','E-STD','E-STD','E-STD'])[1 + c.cust_no % 7] END,
       'C' || (1 + c.cust_no % 3),
       c.crt_dt,
       CASE WHEN c.stat_cd = 'INA' THEN date '2022-05-01' + c.cust_no * 11 END,
       CASE WHEN c.stat_cd = 'INA' THEN 'CLS' WHEN c.cust_no % 17 = 0 THEN 'SUS' ELSE 'ACT' END,
       c.cust_no % 4 IN (1, 2),
       CASE WHEN c.cust_type_cd = 'IND' THEN 5000.00
            WHEN c.cust_type_cd = 'COM' THEN 750.00
            WHEN c.cust_no % 6 = 0 THEN 150.00 END
FROM customers c
UNION ALL
SELECT 300000 + c.cust_no * 10 + 2,
       c.cust_no,
       c.cust_no,
       'GAS',
       CASE WHEN c.cust_type_cd <> 'RES' THEN 'G-BUS'
            WHEN c.cust_no % 8 = 4 THEN 'G-BUD' ELSE 'G-STD' END,
       'C' || (1 + c.cust_no % 3),
       c.crt_dt + c.cust_no % 40,
       CASE WHEN c.stat_cd = 'INA' THEN date '2022-05-01' + c.cust_no * 11 END,
       CASE WHEN c.stat_cd = 'INA' THEN 'CLS' WHEN c.cust_no % 17 = 0 THEN 'SUS' ELSE 'ACT' END,
       c.cust_no % 4 IN (1, 2),
       CASE WHEN c.cust_type_cd <> 'RES' THEN 400.00 END
FROM customers c
WHERE c.cust_no % 4 = 0 OR c.cust_type_cd = 'IND'
UNION ALL
SELECT 300000 + p.owner_cust_no * 10 + 3,
       p.owner_cust_no,
       p.prem_id,
       'ELEC',
       'E-BUS',
       'C' || (1 + p.prem_id % 3),
       date '2021-03-01' + (p.prem_id - 70) * 190,
       NULL,
       'ACT',
       false,
       750.00
FROM premises p
WHERE p.prem_id > 70;

INSERT INTO meters
SELECT row_number() OVER (ORDER BY a.acct_no, m.seq) + 800000,
       a.acct_no,
       CASE WHEN a.svc_type_cd = 'GAS' THEN 'G' ELSE 'E' END || lpad(((a.acct_no::bigint * 7919 + m.seq * 104729) % 99999999)::text, 8, '0'),
       CASE WHEN m.seq = 1 AND a.xchg THEN 'AMR'
            WHEN a.svc_type_cd = 'GAS' AND (a.acct_no / 10) % 3 = 0 THEN 'AMR'
            ELSE 'AMI' END,
       CASE WHEN a.svc_type_cd = 'GAS' THEN (ARRAY['Sensus','Honeywell Elster','Itron'])[1 + (a.acct_no / 10 + m.seq) % 3]
            ELSE (ARRAY['Itron','Landis+Gyr','Aclara','Itron','Sensus'])[1 + (a.acct_no / 10 + m.seq) % 5] END,
       CASE WHEN m.seq = 2 THEN date '2023-02-01' + (a.acct_no % 97) * 3
            ELSE least(a.open_dt, date '2019-06-01' + (a.acct_no % 500)) END,
       CASE WHEN m.seq = 1 AND a.xchg THEN date '2023-02-01' + (a.acct_no % 97) * 3
            ELSE a.cls_dt END,
       CASE WHEN a.plan_cd = 'E-IND' THEN 40.00 ELSE 1.00 END,
       CASE WHEN (m.seq = 1 AND a.xchg) OR a.cls_dt IS NOT NULL THEN 'RMV' ELSE 'ACT' END
FROM (SELECT acct.*, (acct.acct_no % 60 = 11 AND acct.cls_dt IS NULL AND acct.open_dt < date '2022-06-01') AS xchg
      FROM accounts acct) a
JOIN generate_series(1, 2) AS m(seq) ON m.seq = 1 OR a.xchg;

CREATE TEMP TABLE bill_periods AS
SELECT a.acct_no, a.svc_type_cd, a.plan_cd, a.auto_pay_flg, a.stat_cd AS acct_stat_cd, c.cust_type_cd, c.cust_no, q,
       (date '2021-10-01' + ((substr(a.bill_cyc_cd, 2)::int - 1) + q * 3) * interval '1 month')::date AS per_strt_dt,
       (date '2021-10-01' + ((substr(a.bill_cyc_cd, 2)::int - 1) + q * 3 + 3) * interval '1 month' - interval '1 day')::date AS per_end_dt
FROM accounts a
JOIN customers c ON c.cust_no = a.cust_no
CROSS JOIN generate_series(0, 11) AS q
WHERE a.open_dt <= (date '2021-10-01' + ((substr(a.bill_cyc_cd, 2)::int - 1) + q * 3 + 3) * interval '1 month' - interval '1 day')::date
  AND (a.cls_dt IS NULL OR a.cls_dt >= (date '2021-10-01' + ((substr(a.bill_cyc_cd, 2)::int - 1) + q * 3) * interval '1 month')::date);

INSERT INTO meter_readings
SELECT row_number() OVER (ORDER BY bp.per_end_dt, bp.acct_no),
       m.mtr_id,
       bp.per_end_dt,
       bp.per_end_dt + interval '7 hours' + ((bp.acct_no * 37 + bp.q * 53) % 540) * interval '1 minute',
       CASE WHEN bp.svc_type_cd = 'ELEC' THEN round(
            (CASE bp.cust_type_cd WHEN 'IND' THEN 60000 + (bp.cust_no * 977) % 40000
                                  WHEN 'COM' THEN 9000 + (bp.cust_no * 733) % 12000
                                  ELSE 1800 + (bp.cust_no * 131) % 1500 END)
            * (CASE WHEN extract(month FROM bp.per_end_dt) IN (7, 8, 9) THEN 1.30
                    WHEN extract(month FROM bp.per_end_dt) IN (12, 1, 2) THEN 1.15 ELSE 1.00 END)
            * (1 + ((bp.acct_no + bp.q) % 7) * 0.015), 2) END,
       CASE WHEN bp.svc_type_cd = 'GAS' THEN round(
            (CASE WHEN bp.cust_type_cd = 'RES' THEN 90 + (bp.cust_no * 17) % 120 ELSE 600 + (bp.cust_no * 53) % 900 END)
            * (CASE WHEN extract(month FROM bp.per_end_dt) IN (12, 1, 2, 3) THEN 2.20
                    WHEN extract(month FROM bp.per_end_dt) IN (4, 5, 11) THEN 1.00 ELSE 0.40 END)
            * (1 + ((bp.acct_no + bp.q) % 5) * 0.02), 2) END,
       CASE WHEN (bp.cust_no + bp.q) % 13 = 0 THEN 'EST' ELSE 'ACT' END,
       CASE WHEN (bp.cust_no + bp.q) % 13 = 0 THEN 'SYS'
            WHEN m.mtr_type_cd = 'AMI' THEN 'AMI'
            WHEN (bp.cust_no + bp.q) % 4 = 0 THEN 'CUST' ELSE 'FLD' END
FROM bill_periods bp
CROSS JOIN LATERAL (
    SELECT mt.mtr_id, mt.mtr_type_cd FROM meters mt
    WHERE mt.acct_no = bp.acct_no AND mt.inst_dt <= bp.per_end_dt
    ORDER BY mt.inst_dt DESC LIMIT 1
) m;

INSERT INTO bills
SELECT row_number() OVER (ORDER BY bp.per_end_dt, bp.acct_no),
       bp.acct_no,
       r.rdg_id,
       bp.per_strt_dt,
       bp.per_end_dt,
       bp.per_end_dt + 4,
       bp.per_end_dt + 25,
       0, 0,
       r.rdg_type_cd = 'EST',
       'OPN'
FROM bill_periods bp
JOIN meters m ON m.acct_no = bp.acct_no
JOIN meter_readings r ON r.mtr_id = m.mtr_id AND r.rdg_dt = bp.per_end_dt;

INSERT INTO bill_charges
SELECT row_number() OVER (ORDER BY x.bill_id, x.ord), x.bill_id, x.chg_type_cd, x.chg_desc, x.chg_qty, x.chg_rt, x.chg_amt
FROM (
    SELECT b.bill_id, 1 AS ord, 'ENG' AS chg_type_cd,
           CASE WHEN a.svc_type_cd = 'GAS' THEN 'Gas supply and delivery' ELSE 'Energy charge' END AS chg_desc,
           coalesce(r.kwh_qty, r.thm_qty) AS chg_qty, p.unit_rt AS chg_rt,
           round(coalesce(r.kwh_qty, r.thm_qty) * p.unit_rt, 2) AS chg_amt
    FROM bills b JOIN accounts a ON a.acct_no = b.acct_no JOIN rate_plans p ON p.plan_cd = a.plan_cd
    JOIN meter_readings r ON r.rdg_id = b.rdg_id
    UNION ALL
    SELECT b.bill_id, 2, 'FXD', 'Customer charge', 3, p.mthly_chg_amt, p.mthly_chg_amt * 3
    FROM bills b JOIN accounts a ON a.acct_no = b.acct_no JOIN rate_plans p ON p.plan_cd = a.plan_cd
    UNION ALL
    SELECT b.bill_id, 3, 'LTF', 'Late payment charge', NULL, NULL, 15.00
    FROM bills b WHERE b.bill_id % 17 = 5
    UNION ALL
    SELECT b.bill_id, 4, 'CRD', 'Goodwill credit', NULL, NULL, -25.00
    FROM bills b WHERE b.bill_id % 41 = 7
) x;

UPDATE bills b
SET tax_amt = s.tax, amt_due = s.total + s.tax
FROM (SELECT bill_id, sum(chg_amt) AS total, round(sum(chg_amt) * 0.0575, 2) AS tax
      FROM bill_charges GROUP BY bill_id) s
WHERE s.bill_id = b.bill_id;

INSERT INTO payments
SELECT row_number() OVER (ORDER BY y.pd_dt, y.bill_id), y.acct_no, y.bill_id, y.pd_dt, y.pd_amt, y.pmt_mthd_cd,
       CASE WHEN y.pmt_mthd_cd IN ('ACH', 'CC') THEN 'CF' || lpad(((y.bill_id * 48271) % 100000000)::text, 8, '0') END,
       (y.pd_dt + interval '9 hours' + (y.bill_id % 480) * interval '1 minute') AT TIME ZONE 'America/New_York'
FROM (
    SELECT b.bill_id, b.acct_no,
           CASE WHEN a.auto_pay_flg THEN b.due_dt ELSE b.bill_dt + 5 + (b.bill_id * 7) % 28 END AS pd_dt,
           CASE WHEN b.bill_id % 29 = 3 THEN round(b.amt_due / 2, 2) ELSE b.amt_due END AS pd_amt,
           CASE WHEN a.auto_pay_flg THEN 'ACH'
                ELSE (ARRAY['CC','CHK','CC','CSH','CHK'])[1 + b.bill_id % 5] END AS pmt_mthd_cd
    FROM bills b JOIN accounts a ON a.acct_no = b.acct_no
    WHERE b.bill_id % 19 <> 11
      AND b.bill_dt < date '2024-11-20'
      AND NOT (a.stat_cd = 'SUS' AND b.bill_dt >= date '2024-03-01')
) y;

UPDATE bills b
SET stat_cd = CASE WHEN p.paid >= b.amt_due THEN 'PD'
                   WHEN p.paid > 0 THEN 'PRT'
                   WHEN b.due_dt < date '2024-12-20' THEN 'OVD'
                   ELSE 'OPN' END
FROM (SELECT b2.bill_id, coalesce(sum(p2.pd_amt), 0) AS paid
      FROM bills b2 LEFT JOIN payments p2 ON p2.bill_id = b2.bill_id GROUP BY b2.bill_id) p
WHERE p.bill_id = b.bill_id;

INSERT INTO crews VALUES
  (1, 'Line Crew North', 'ELEC', 'Columbus', 'Gary Hoffman', 6, true),
  (2, 'Line Crew South', 'ELEC', 'Dayton', 'Teresa Lindqvist', 5, true),
  (3, 'Line Crew Lakes', 'ELEC', 'Toledo', 'Mark Jablonski', 5, false),
  (4, 'Line Crew East', 'ELEC', 'Akron', 'Dwayne Porter', 4, true),
  (5, 'Gas Ops Central', 'GAS', 'Columbus', 'Helen Novak', 4, true),
  (6, 'Gas Ops North', 'GAS', 'Canton', 'Rick Sandoval', 3, false),
  (7, 'Meter Services Columbus', 'MTR', 'Columbus', 'Angela Brooks', 3, false),
  (8, 'Meter Services West', 'MTR', 'Dayton', 'Paul Mercer', 2, false),
  (9, 'Vegetation Management', 'ELEC', 'Mansfield', 'Lyle Carver', 4, false),
  (10, 'Storm Reserve Crew', 'ELEC', 'Lima', 'Sandra Oyelaran', 6, true);

INSERT INTO outages
SELECT i,
       CASE WHEN i % 6 = 0 THEN 'GAS' ELSE 'ELEC' END,
       (ARRAY['Columbus','Dayton','Toledo','Akron','Columbus','Canton','Springfield','Lima','Mansfield','Dayton'])[1 + (i * 7) % 10],
       CASE WHEN i % 6 = 0 THEN 'GM-' ELSE 'FDR-' END || (100 + (i * 29) % 400),
       CASE WHEN i % 6 = 0 THEN (ARRAY['EQP','3RD','PLND'])[1 + (i / 6) % 3]
            ELSE (ARRAY['WTHR','EQP','VEG','ANML','WTHR','PLND','VEH','WTHR','EQP','VEG'])[1 + i % 10] END,
       timestamptz '2022-01-06 05:00:00-05' + (i - 1) * interval '17 days 12 hours' + ((i * 7) % 24) * interval '1 hour',
       CASE WHEN i = 62 THEN NULL
            ELSE timestamptz '2022-01-06 05:00:00-05' + (i - 1) * interval '17 days 12 hours' + ((i * 7) % 24) * interval '1 hour'
                 + (25 + (i * 47) % 640) * interval '1 minute' END,
       CASE WHEN i % 6 = 0 THEN 5 + (i * 13) % 120 ELSE 12 + (i * 137) % 4200 END,
       CASE WHEN i % 6 = 0 THEN 5 + i % 2
            WHEN i % 10 IN (2, 9) THEN 9
            WHEN i % 23 = 4 THEN NULL
            ELSE 1 + i % 4 END,
       (CASE WHEN i % 6 = 0 THEN (ARRAY['EQP','3RD','PLND'])[1 + (i / 6) % 3]
             ELSE (ARRAY['WTHR','EQP','VEG','ANML','WTHR','PLND','VEH','WTHR','EQP','VEG'])[1 + i % 10] END) = 'PLND'
FROM generate_series(1, 62) AS i;

INSERT INTO service_orders
SELECT n,
       a.acct_no,
       t.req_type_cd,
       (ARRAY['PHN','WEB','PHN','IVR','FLD','WEB'])[1 + n % 6],
       t.req_ts,
       CASE WHEN t.req_type_cd = 'HBI' THEN NULL ELSE t.req_ts::date + 1 + n % 6 END,
       CASE WHEN t.stat_cd = 'CMP' THEN
            CASE WHEN t.req_type_cd = 'HBI' THEN t.req_ts + (2 + n % 5) * interval '1 day'
                 ELSE (t.req_ts::date + 1 + n % 6) + interval '9 hours' + (n % 8) * interval '1 hour' + (n * 13 % 60) * interval '1 minute' END END,
       CASE WHEN t.req_type_cd = 'HBI' OR t.stat_cd IN ('CNC', 'OPN') THEN NULL
            WHEN t.req_type_cd = 'LKI' THEN 5 + n % 2
            WHEN t.req_type_cd IN ('MTX', 'RDV') THEN 7 + n % 2
            ELSE (ARRAY[7, 8, 1, 2, 3, 4])[1 + n % 6] END,
       CASE WHEN t.req_type_cd = 'LKI' THEN 'EMR' WHEN t.req_type_cd IN ('DIS', 'RCN') THEN 'HI' ELSE 'STD' END,
       CASE WHEN t.req_type_cd = 'RCN' THEN 45.00 WHEN t.req_type_cd = 'CON' THEN 25.00
            WHEN t.req_type_cd = 'RDV' AND n % 3 = 0 THEN 20.00 END,
       t.stat_cd
FROM generate_series(1, 240) AS n
JOIN (SELECT acct_no, svc_type_cd, row_number() OVER (ORDER BY acct_no) AS rn FROM accounts) a
  ON a.rn = 1 + (n * 37) % 95
CROSS JOIN LATERAL (
    SELECT CASE WHEN a.svc_type_cd = 'GAS' AND n % 3 = 0 THEN 'LKI'
                ELSE (ARRAY['HBI','MTX','RDV','DIS','RCN','CON','HBI','RDV'])[1 + n % 8] END AS req_type_cd,
           timestamp '2022-01-03 08:00:00' + (n - 1) * interval '4 days 13 hours' + ((n * 11) % 540) * interval '1 minute' AS req_ts,
           CASE WHEN n % 17 = 0 THEN 'CNC'
                WHEN n > 236 THEN 'OPN'
                WHEN n > 232 THEN 'SCH'
                ELSE 'CMP' END AS stat_cd
) t;

DROP TABLE bill_periods;
