-- Operational data of a French mobile operator (shops, tariff plans, subscribers, billing
-- accounts, SIM lines, monthly bills, usage, prepaid top-ups, customer care, handset
-- sales), used as the sample database of the golden set benches/intent/telecom.yaml.
-- Nothing carries a comment; every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE TABLE stores (
    store_id      integer PRIMARY KEY,
    store_nm      text NOT NULL,
    city          text NOT NULL,
    region        text NOT NULL,
    street_addr   text,
    opened_dt     date NOT NULL,
    is_franchise  boolean NOT NULL
);
CREATE TABLE tariff_plans (
    plan_id        integer PRIMARY KEY,
    plan_nm        text NOT NULL,
    plan_type_cd   varchar(4) NOT NULL,
    monthly_fee    numeric(7,2) NOT NULL,
    data_allow_mb  integer,
    voice_mins     integer,
    is_5g          boolean NOT NULL,
    launch_dt      date NOT NULL,
    retired_dt     date
);
CREATE TABLE subscribers (
    sub_id        integer PRIMARY KEY,
    first_nm      text NOT NULL,
    last_nm       text NOT NULL,
    birth_dt      date,
    email         varchar(120),
    city          text NOT NULL,
    segment_cd    varchar(4) NOT NULL,
    kyc_verified  boolean NOT NULL,
    created_ts    timestamptz NOT NULL
);
CREATE TABLE accounts (
    acct_id        integer PRIMARY KEY,
    sub_id         integer NOT NULL REFERENCES subscribers,
    acct_type_cd   varchar(4) NOT NULL,
    store_id       integer REFERENCES stores,
    open_dt        date NOT NULL,
    close_dt       date,
    status_cd      varchar(4) NOT NULL,
    bill_cycle_day integer,
    credit_limit   numeric(10,2),
    pay_method_cd  varchar(4)
);
CREATE TABLE lines (
    line_id          integer PRIMARY KEY,
    acct_id          integer NOT NULL REFERENCES accounts,
    plan_id          integer NOT NULL REFERENCES tariff_plans,
    msisdn           varchar(15) NOT NULL UNIQUE,
    iccid            varchar(22) NOT NULL,
    is_esim          boolean NOT NULL,
    activation_dt    date NOT NULL,
    deactivation_dt  date,
    status_cd        varchar(4) NOT NULL,
    port_in_flag     boolean NOT NULL,
    prev_operator    text
);
CREATE TABLE bills (
    bill_id    integer PRIMARY KEY,
    acct_id    integer NOT NULL REFERENCES accounts,
    bill_dt    date NOT NULL,
    due_dt     date NOT NULL,
    amt_due    numeric(10,2) NOT NULL,
    amt_paid   numeric(10,2) NOT NULL,
    paid_dt    date,
    status_cd  varchar(4) NOT NULL
);
CREATE TABLE bill_items (
    item_id       integer PRIMARY KEY,
    bill_id       integer NOT NULL REFERENCES bills,
    line_id       integer REFERENCES lines,
    item_type_cd  varchar(4) NOT NULL,
    item_desc     text NOT NULL,
    amt           numeric(10,2) NOT NULL
);
CREATE TABLE usage_records (
    usage_id       integer PRIMARY KEY,
    line_id        integer NOT NULL REFERENCES lines,
    usage_type_cd  varchar(5) NOT NULL,
    start_ts       timestamp NOT NULL,
    end_ts         timestamp,
    call_secs      integer,
    data_mb        numeric(10,2),
    other_party    varchar(15),
    roaming_flag   boolean NOT NULL,
    country_cd     char(2) NOT NULL,
    charge_amt     numeric(8,2) NOT NULL
);
CREATE TABLE topups (
    topup_id    integer PRIMARY KEY,
    line_id     integer NOT NULL REFERENCES lines,
    topup_ts    timestamptz NOT NULL,
    amt         numeric(8,2) NOT NULL,
    channel_cd  varchar(8) NOT NULL,
    store_id    integer REFERENCES stores,
    status_cd   varchar(4) NOT NULL
);
CREATE TABLE support_calls (
    case_id        integer PRIMARY KEY,
    sub_id         integer NOT NULL REFERENCES subscribers,
    line_id        integer REFERENCES lines,
    opened_ts      timestamptz NOT NULL,
    closed_ts      timestamptz,
    channel_cd     varchar(6) NOT NULL,
    reason_cd      varchar(4) NOT NULL,
    agent_nm       text NOT NULL,
    resolved_flag  boolean NOT NULL,
    csat_score     integer
);
CREATE TABLE devices (
    device_id   integer PRIMARY KEY,
    brand_nm    text NOT NULL,
    model_nm    text NOT NULL,
    os_nm       text NOT NULL,
    release_dt  date NOT NULL,
    list_price  numeric(8,2) NOT NULL,
    is_5g       boolean NOT NULL
);
CREATE TABLE device_sales (
    sale_id        integer PRIMARY KEY,
    device_id      integer NOT NULL REFERENCES devices,
    store_id       integer NOT NULL REFERENCES stores,
    acct_id        integer REFERENCES accounts,
    sale_ts        timestamp NOT NULL,
    sale_price     numeric(8,2) NOT NULL,
    discount_amt   numeric(8,2),
    pay_method_cd  varchar(4) NOT NULL,
    returned_dt    date
);

INSERT INTO stores VALUES
  (1, 'Paris Opera', 'Paris', 'Ile-de-France', '12 Boulevard des Capucines', '2015-03-02', false),
  (2, 'Paris Bastille', 'Paris', 'Ile-de-France', '5 Rue du Faubourg Saint-Antoine', '2017-09-18', false),
  (3, 'Lyon Part-Dieu', 'Lyon', 'Auvergne-Rhone-Alpes', '17 Rue du Docteur Bouchut', '2016-05-10', false),
  (4, 'Lyon Bellecour', 'Lyon', 'Auvergne-Rhone-Alpes', '28 Rue de la Republique', '2019-02-25', true),
  (5, 'Marseille Vieux-Port', 'Marseille', 'Provence-Alpes-Cote d''Azur', '44 La Canebiere', '2016-11-07', false),
  (6, 'Nice Massena', 'Nice', 'Provence-Alpes-Cote d''Azur', NULL, '2018-06-04', true),
  (7, 'Toulouse Capitole', 'Toulouse', 'Occitanie', '9 Rue d''Alsace-Lorraine', '2017-04-03', false),
  (8, 'Montpellier Comedie', 'Montpellier', 'Occitanie', '3 Rue de la Loge', '2023-03-15', true),
  (9, 'Bordeaux Sainte-Catherine', 'Bordeaux', 'Nouvelle-Aquitaine', '110 Rue Sainte-Catherine', '2018-10-22', false),
  (10, 'Nantes Commerce', 'Nantes', 'Pays de la Loire', '2 Place du Commerce', '2019-07-01', true),
  (11, 'Lille Euralille', 'Lille', 'Hauts-de-France', NULL, '2022-09-05', false),
  (12, 'Strasbourg Kleber', 'Strasbourg', 'Grand Est', '16 Place Kleber', '2020-01-13', true);

INSERT INTO tariff_plans VALUES
  (1, 'Prepaid Go', 'PRE', 9.99, 5120, 120, false, '2019-03-01', NULL),
  (2, 'Prepaid Max', 'PRE', 19.99, 30720, NULL, true, '2020-06-15', NULL),
  (3, 'Prepaid Travel', 'PRE', 14.99, 10240, 300, false, '2021-04-01', '2024-06-30'),
  (4, 'Basic', 'POST', 15.99, 10240, NULL, false, '2018-01-15', NULL),
  (5, 'Silver', 'POST', 24.99, 51200, NULL, true, '2020-09-01', NULL),
  (6, 'Gold', 'POST', 34.99, 153600, NULL, true, '2020-09-01', NULL),
  (7, 'Platinum', 'POST', 49.99, NULL, NULL, true, '2021-11-08', NULL),
  (8, 'Business Pro', 'POST', 39.99, 102400, NULL, true, '2019-05-20', NULL),
  (9, 'Data Only 50', 'POST', 12.99, 51200, 0, true, '2022-02-01', NULL);

INSERT INTO subscribers
SELECT n,
       (ARRAY['Camille','Lucas','Manon','Hugo','Chloe','Louis','Ines','Nathan','Lea','Gabriel',
              'Sarah','Arthur','Emma','Jules','Jade','Thomas','Louise','Mathis','Alice','Yanis',
              'Clara','Rayan','Juliette','Antoine','Zoe','Maxime','Lina','Theo','Margaux','Karim',
              'Pauline','Adrien','Amandine','Nicolas','Fatima','Julien','Elodie','Mehdi','Anais','Romain'])[1 + n % 40],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','Andre','Mercier','Dupont','Lambert','Bonnet','Francois','Martinez','Legrand',
              'Garnier','Faure','Rousseau','Blanc','Guerin','Muller','Henry','Roussel','Nicolas','Perrin',
              'Morin','Mathieu','Clement','Gauthier','Dumont','Lopez','Fontaine','Chevalier','Robin','Benali'])[1 + (n / 40 + 7 * (n % 40)) % 50],
       CASE WHEN n % 17 = 0 THEN NULL ELSE DATE '1950-01-01' + (n * 3571) % 19000 END,
       CASE WHEN n % 7 = 0 THEN NULL ELSE 'client' || n || '@courriel.example' END,
       (ARRAY['Paris','Paris','Paris','Lyon','Lyon','Marseille','Nice','Toulouse','Montpellier',
              'Bordeaux','Nantes','Lille','Strasbourg','Rennes','Grenoble'])[1 + (n * 11) % 15],
       CASE WHEN n % 15 = 3 THEN 'BUS' ELSE 'CONS' END,
       (n % 13 <> 6),
       TIMESTAMPTZ '2021-01-04 09:00:00+01' + ((n * 577) % 1420) * interval '1 day'
         + ((n * 37) % 600) * interval '1 minute'
FROM generate_series(1, 420) AS n;

INSERT INTO accounts
SELECT n, s.sub_id,
       CASE WHEN s.segment_cd = 'BUS' OR n % 20 = 1 THEN 'POST' ELSE 'PRE' END,
       CASE WHEN n % 4 = 0 THEN NULL ELSE 1 + (n * 7 + n / 12) % 12 END,
       s.created_ts::date + CASE WHEN n > 420 THEN 120 + (n * 7) % 300 ELSE 0 END,
       NULL, 'ACT', NULL, NULL, NULL
FROM generate_series(1, 460) AS n
JOIN subscribers s ON s.sub_id = CASE WHEN n <= 420 THEN n ELSE (n - 420) * 10 END;

-- Accounts opened after the end of 2024 are pulled back; nobody opens one in a shop before it opens.
UPDATE accounts SET open_dt = DATE '2024-12-01' - (acct_id % 200) WHERE open_dt > DATE '2024-12-15';
UPDATE accounts a SET store_id = 1 + a.acct_id % 7
FROM stores s WHERE s.store_id = a.store_id AND a.open_dt < s.opened_dt;

UPDATE accounts SET
  close_dt = CASE WHEN acct_id % 11 = 0 AND open_dt + 200 + (acct_id * 13) % 420 <= DATE '2024-12-31'
                  THEN open_dt + 200 + (acct_id * 13) % 420 END,
  bill_cycle_day = CASE WHEN acct_type_cd = 'POST' THEN (ARRAY[1, 8, 15, 22])[1 + acct_id % 4] END,
  credit_limit = CASE WHEN acct_type_cd = 'POST' THEN (ARRAY[150, 250, 400, 1000])[1 + acct_id % 4] END,
  pay_method_cd = CASE WHEN acct_type_cd = 'POST' THEN (ARRAY['DD','DD','CARD','DD','CARD','INV'])[1 + acct_id % 6]
                       WHEN acct_id % 3 = 0 THEN 'CASH' WHEN acct_id % 3 = 1 THEN 'CARD' END;
UPDATE accounts SET status_cd = CASE WHEN close_dt IS NOT NULL THEN 'CLSD'
                                     WHEN acct_id % 19 = 5 THEN 'SUSP' ELSE 'ACT' END;

INSERT INTO lines
SELECT row_number() OVER (ORDER BY a.acct_id, k)::int,
       a.acct_id,
       CASE WHEN a.acct_type_cd = 'PRE' THEN (ARRAY[1, 2, 1, 3, 2, 1, 2])[1 + (a.acct_id + k) % 7]
            WHEN s.segment_cd = 'BUS' THEN (ARRAY[8, 8, 8, 9, 6])[1 + (a.acct_id / 15 + k) % 5]
            ELSE (ARRAY[4, 5, 6, 5, 7, 6, 5, 9])[1 + (a.acct_id / 20 + k * 3) % 8] END,
       'tmp' || a.acct_id || '-' || k, '', ((a.acct_id + k) % 6 = 0),
       a.open_dt + (k - 1) * 45, NULL, 'ACT',
       ((a.acct_id * 7 + k) % 5 = 2), NULL
FROM accounts a
JOIN subscribers s ON s.sub_id = a.sub_id
CROSS JOIN LATERAL generate_series(1, CASE WHEN a.acct_type_cd = 'PRE' THEN 1
                                           WHEN s.segment_cd = 'BUS' THEN 1 + (a.acct_id / 15) % 3
                                           ELSE 1 + (a.acct_id / 20) % 2 END) AS k;

UPDATE lines SET
  msisdn = '33' || (ARRAY['6', '7'])[1 + line_id % 2]
           || lpad(((12345678 + line_id * 104729) % 90000000 + 10000000)::text, 8, '0'),
  iccid = '893320' || lpad(((line_id::bigint * 7368787) % 1000000000000)::text, 13, '0'),
  prev_operator = CASE WHEN port_in_flag THEN (ARRAY['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile'])[1 + line_id % 4] END,
  plan_id = CASE WHEN plan_id = 3 AND activation_dt > DATE '2024-06-30' THEN 2 ELSE plan_id END;
UPDATE lines SET activation_dt = DATE '2024-12-20' WHERE activation_dt > DATE '2024-12-31';
UPDATE lines l SET deactivation_dt = a.close_dt, status_cd = 'TERM'
FROM accounts a WHERE a.acct_id = l.acct_id AND a.close_dt IS NOT NULL;
UPDATE lines SET deactivation_dt = activation_dt + 150 + (line_id * 17) % 400, status_cd = 'TERM'
WHERE deactivation_dt IS NULL AND line_id % 9 = 4 AND plan_id IN (1, 2, 3) AND activation_dt + 150 + (line_id * 17) % 400 <= DATE '2024-12-31';
UPDATE lines l SET status_cd = 'SUSP'
FROM accounts a WHERE a.acct_id = l.acct_id AND a.status_cd = 'SUSP' AND l.status_cd = 'ACT';

-- Monthly bills of the postpaid accounts since the billing migration of January 2022.
INSERT INTO bills
SELECT row_number() OVER (ORDER BY m.mon, a.acct_id)::int,
       a.acct_id,
       (m.mon + (a.bill_cycle_day - 1) * interval '1 day')::date,
       (m.mon + (a.bill_cycle_day - 1) * interval '1 day')::date + 20,
       0, 0, NULL, 'OPEN'
FROM accounts a
CROSS JOIN generate_series(TIMESTAMP '2022-01-01', TIMESTAMP '2024-12-01', interval '1 month') AS m(mon)
WHERE a.acct_type_cd = 'POST'
  AND (m.mon + (a.bill_cycle_day - 1) * interval '1 day')::date > a.open_dt + 20
  AND (a.close_dt IS NULL OR (m.mon + (a.bill_cycle_day - 1) * interval '1 day')::date <= a.close_dt + 31);

INSERT INTO bill_items (item_id, bill_id, line_id, item_type_cd, item_desc, amt)
SELECT row_number() OVER (ORDER BY x.bill_id, x.ord, x.line_id)::int, x.bill_id, x.line_id, x.t, x.d, x.amt
FROM (
  SELECT b.bill_id, 1 AS ord, l.line_id, 'PLAN' AS t, 'Monthly fee ' || p.plan_nm AS d, p.monthly_fee AS amt
  FROM bills b
  JOIN lines l ON l.acct_id = b.acct_id AND l.activation_dt < b.bill_dt
              AND (l.deactivation_dt IS NULL OR l.deactivation_dt >= b.bill_dt - 30)
  JOIN tariff_plans p ON p.plan_id = l.plan_id
  UNION ALL
  SELECT b.bill_id, 2, l.line_id, 'ROAM',
         'Roaming ' || (ARRAY['Spain', 'Italy', 'United Kingdom', 'Switzerland', 'Morocco', 'United States'])[1 + b.bill_id % 6],
         round(4.50 + (b.bill_id % 9) * 3.25 + CASE WHEN b.bill_id % 6 IN (3, 5) THEN 18 ELSE 0 END, 2)
  FROM bills b
  JOIN LATERAL (SELECT min(line_id) AS line_id FROM lines WHERE acct_id = b.acct_id) l ON true
  WHERE (b.bill_id * 3) % 11 = 0
  UNION ALL
  SELECT b.bill_id, 3, l.line_id, 'OVRG', 'Extra data 1 GB', 5.00 * (1 + b.bill_id % 3)
  FROM bills b
  JOIN LATERAL (SELECT max(line_id) AS line_id FROM lines WHERE acct_id = b.acct_id) l ON true
  WHERE b.bill_id % 13 = 0
  UNION ALL
  SELECT b.bill_id, 4, NULL, 'VAS', (ARRAY['Music streaming option', 'Cloud storage 100 GB', 'Device insurance'])[1 + b.acct_id % 3],
         (ARRAY[4.99, 2.99, 7.99])[1 + b.acct_id % 3]
  FROM bills b WHERE b.acct_id % 7 = 2
  UNION ALL
  SELECT b.bill_id, 5, NULL, 'DISC', 'Loyalty discount', -5.00
  FROM bills b WHERE b.bill_id % 10 = 0
) x;

UPDATE bills b SET amt_due = t.total
FROM (SELECT bill_id, sum(amt) AS total FROM bill_items GROUP BY bill_id) t
WHERE t.bill_id = b.bill_id;

UPDATE bills SET
  status_cd = CASE WHEN due_dt > DATE '2024-12-31' THEN 'OPEN'
                   WHEN bill_id % 17 = 0 THEN 'OVRD'
                   WHEN bill_id % 23 = 0 THEN 'PART'
                   ELSE 'PAID' END;
UPDATE bills SET
  amt_paid = CASE status_cd WHEN 'PAID' THEN amt_due WHEN 'PART' THEN round(amt_due / 2, 2) ELSE 0 END,
  paid_dt = CASE WHEN status_cd IN ('PAID', 'PART') THEN bill_dt + 3 + bill_id % 19 END;

-- Calls, texts and data sessions, each dated inside the life of its line.
INSERT INTO usage_records
SELECT n, l.line_id, u.typ, u.ts,
       CASE u.typ WHEN 'VOICE' THEN u.ts + u.secs * interval '1 second'
                  WHEN 'DATA' THEN u.ts + (5 + (n * 13) % 170) * interval '1 minute' END,
       CASE WHEN u.typ = 'VOICE' THEN u.secs END,
       CASE WHEN u.typ = 'DATA' THEN round((0.8 + ((n * 7919) % 2400) / 3.7)::numeric, 2) END,
       CASE WHEN u.typ <> 'DATA' THEN '33' || (ARRAY['6', '7', '1', '4'])[1 + n % 4]
                 || lpad(((n * 48271) % 100000000)::text, 8, '0') END,
       u.roam,
       CASE WHEN u.roam THEN (ARRAY['ES', 'IT', 'GB', 'CH', 'MA', 'US', 'DE', 'BE'])[1 + (n / 12) % 8] ELSE 'FR' END,
       CASE WHEN NOT u.roam THEN 0.00
            WHEN u.typ = 'VOICE' THEN round(u.secs / 60.0 * 0.45, 2)
            WHEN u.typ = 'SMS' THEN 0.25
            ELSE round((0.8 + ((n * 7919) % 2400) / 3.7)::numeric * 0.01, 2) END
FROM generate_series(1, 2000) AS n
CROSS JOIN LATERAL (SELECT 1 + (n * 7919) % (SELECT count(*) - 1 FROM lines) AS x) pick
JOIN lines l ON l.line_id = pick.x + CASE WHEN pick.x % 8 = 5 THEN 1 ELSE 0 END
CROSS JOIN LATERAL (
  SELECT (ARRAY['VOICE', 'DATA', 'VOICE', 'SMS', 'DATA', 'DATA', 'VOICE'])[1 + n % 7] AS typ,
         greatest(l.activation_dt, DATE '2022-01-01')
           + ((n * 613) % greatest(coalesce(l.deactivation_dt, DATE '2024-12-31')
                                   - greatest(l.activation_dt, DATE '2022-01-01'), 1)) * interval '1 day'
           + ((7 * 60 + (n * 389) % (16 * 60)) * interval '1 minute') AS ts,
         20 + (n * 211) % 1500 - CASE WHEN n % 5 = 0 THEN 15 ELSE 0 END AS secs,
         (n % 12 = 5) AS roam
) u;

INSERT INTO topups
SELECT n, l.line_id,
       (greatest(l.activation_dt, DATE '2022-01-01')
         + ((n * 389) % greatest(coalesce(l.deactivation_dt, DATE '2024-12-31')
                                 - greatest(l.activation_dt, DATE '2022-01-01'), 1)) * interval '1 day'
         + ((8 * 60 + (n * 97) % (14 * 60)) * interval '1 minute'))::timestamp AT TIME ZONE 'Europe/Paris',
       (ARRAY[10, 15, 20, 10, 25, 30, 20, 50, 10, 5])[1 + (n * 3) % 10],
       c.ch,
       CASE WHEN c.ch = 'STORE' THEN 1 + (n * 5) % 12 END,
       CASE WHEN n % 29 = 7 THEN 'FAIL' ELSE 'OK' END
FROM generate_series(1, 1400) AS n
JOIN LATERAL (
  SELECT line_id, activation_dt, deactivation_dt,
         row_number() OVER (ORDER BY line_id) AS rn, count(*) OVER () AS cnt
  FROM lines WHERE plan_id IN (1, 2, 3)
) l ON l.rn = 1 + (n * 131) % l.cnt
CROSS JOIN LATERAL (
  SELECT (ARRAY['APP', 'APP', 'WEB', 'STORE', 'VOUCHER', 'AUTO', 'APP', 'STORE'])[1 + n % 8] AS ch
) c;

-- A top-up in a shop happens after the shop opened; otherwise it was made in the app.
UPDATE topups t SET channel_cd = 'APP', store_id = NULL
FROM stores s WHERE s.store_id = t.store_id AND t.topup_ts::date < s.opened_dt;

INSERT INTO support_calls
SELECT n, s.sub_id,
       CASE WHEN n % 6 = 0 THEN NULL
            ELSE (SELECT min(l.line_id) FROM lines l JOIN accounts a ON a.acct_id = l.acct_id WHERE a.sub_id = s.sub_id) END,
       o.ts,
       CASE WHEN n % 14 = 3 THEN NULL
            ELSE o.ts + (10 + (n * 53) % 4000) * interval '1 minute' END,
       (ARRAY['PHONE', 'PHONE', 'CHAT', 'PHONE', 'STORE', 'CHAT', 'EMAIL'])[1 + n % 7],
       (ARRAY['BILL', 'NETW', 'BILL', 'DEVC', 'PORT', 'ROAM', 'PLAN', 'NETW', 'BILL', 'SIM'])[1 + (n * 3) % 10],
       (ARRAY['Sophie Marchand', 'Karim Haddad', 'Elise Noel', 'Sophie Marchand', 'Bastien Colin', 'Nadia Brahimi',
              'Karim Haddad', 'Olivier Lemaire', 'Sophie Marchand', 'Celine Barbier', 'Yann Le Gall',
              'Aurelie Masson', 'Samir Ouali', 'Nadia Brahimi', 'Elise Noel', 'Karim Haddad',
              'Sophie Marchand'])[1 + (n * 5 + n / 17) % 17],
       (n % 14 <> 3 AND n % 9 <> 4),
       CASE WHEN n % 14 = 3 OR n % 4 = 1 THEN NULL
            WHEN n % 9 = 4 THEN 1 + (n / 9) % 3 ELSE 3 + (n * 7 + n / 5) % 3 END
FROM generate_series(1, 520) AS n
JOIN subscribers s ON s.sub_id = 1 + (n * 37) % 350
CROSS JOIN LATERAL (
  SELECT greatest(s.created_ts, TIMESTAMPTZ '2022-01-03 08:00:00+01')
         + ((n * 271) % greatest((DATE '2024-12-28' - greatest(s.created_ts, TIMESTAMPTZ '2022-01-03 08:00:00+01')::date), 1)) * interval '1 day'
         + ((n * 83) % 480) * interval '1 minute' AS ts
) o;

INSERT INTO devices VALUES
  (1, 'Apple', 'iPhone 13', 'iOS', '2021-09-24', 909.00, true),
  (2, 'Apple', 'iPhone 14', 'iOS', '2022-09-16', 1019.00, true),
  (3, 'Apple', 'iPhone 14 Pro', 'iOS', '2022-09-16', 1329.00, true),
  (4, 'Apple', 'iPhone 15', 'iOS', '2023-09-22', 969.00, true),
  (5, 'Apple', 'iPhone 15 Pro Max', 'iOS', '2023-09-22', 1479.00, true),
  (6, 'Apple', 'iPhone SE', 'iOS', '2022-03-18', 529.00, true),
  (7, 'Samsung', 'Galaxy S22', 'Android', '2022-02-25', 859.00, true),
  (8, 'Samsung', 'Galaxy S23', 'Android', '2023-02-17', 949.00, true),
  (9, 'Samsung', 'Galaxy S24', 'Android', '2024-01-31', 899.00, true),
  (10, 'Samsung', 'Galaxy A34', 'Android', '2023-03-24', 389.00, true),
  (11, 'Samsung', 'Galaxy A54', 'Android', '2023-03-24', 499.00, true),
  (12, 'Samsung', 'Galaxy Z Flip5', 'Android', '2023-08-11', 1199.00, true),
  (13, 'Google', 'Pixel 7', 'Android', '2022-10-13', 649.00, true),
  (14, 'Google', 'Pixel 8', 'Android', '2023-10-12', 799.00, true),
  (15, 'Xiaomi', 'Redmi Note 12', 'Android', '2023-03-30', 249.00, false),
  (16, 'Xiaomi', 'Redmi Note 13', 'Android', '2024-01-15', 279.00, false),
  (17, 'Xiaomi', '13T', 'Android', '2023-09-26', 649.00, true),
  (18, 'Fairphone', 'Fairphone 5', 'Android', '2023-09-14', 699.00, true),
  (19, 'OnePlus', 'Nord 3', 'Android', '2023-07-05', 449.00, true),
  (20, 'Motorola', 'moto g54', 'Android', '2023-09-01', 219.00, true),
  (21, 'Nokia', 'G22', 'Android', '2023-03-01', 179.00, false),
  (22, 'Samsung', 'Galaxy A13', 'Android', '2022-03-23', 199.00, false);

INSERT INTO device_sales
SELECT n, d.device_id, st.store_id,
       CASE WHEN n % 8 = 0 THEN NULL ELSE 1 + (n * 97) % 460 END,
       x.ts,
       round(d.list_price - coalesce(x.disc, 0), 2),
       x.disc,
       (ARRAY['CARD', 'CARD', 'INST', 'CASH', 'CARD', 'INST'])[1 + n % 6],
       CASE WHEN n % 31 = 11 THEN (x.ts)::date + 3 + n % 10 END
FROM generate_series(1, 720) AS n
CROSS JOIN LATERAL (
  SELECT TIMESTAMP '2022-01-03 10:00' + floor(1090 * (n - 0.5) / 720.0)::int * interval '1 day'
           + ((n * 47) % 540) * interval '1 minute' AS ts,
         CASE WHEN n % 5 = 0 THEN (ARRAY[30.00, 50.00, 100.00, 150.00])[1 + n % 4]
              WHEN n % 7 = 3 THEN 20.00 END AS disc
) x
JOIN LATERAL (
  SELECT device_id, list_price FROM devices WHERE release_dt <= x.ts::date
  ORDER BY device_id OFFSET (n * 7 + n / 11) % (SELECT count(*) FROM devices WHERE release_dt <= x.ts::date) LIMIT 1
) d ON true
JOIN LATERAL (
  SELECT store_id FROM stores WHERE opened_dt <= x.ts::date
  ORDER BY store_id OFFSET (n * 7 + n / 13) % (SELECT count(*) FROM stores WHERE opened_dt <= x.ts::date) LIMIT 1
) st ON true;

-- A handset is sold on an account only once the account exists.
UPDATE device_sales ds SET acct_id = NULL
FROM accounts a WHERE a.acct_id = ds.acct_id AND a.open_dt > ds.sale_ts::date;
