-- Operational data of a French property & casualty and personal-lines insurer (branches,
-- agents, products, policyholders, insured vehicles and properties, policies, premium
-- installments, claims, adjusters and claim settlements), used as the sample database of
-- the golden set benches/intent/insurance.frozen.yaml. Nothing carries a comment; every
-- row is invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE branches (
    branch_id    integer PRIMARY KEY,
    branch_name  text NOT NULL,
    city         text NOT NULL,
    region       text NOT NULL,
    phone        varchar(20),
    opened_on    date NOT NULL
);
CREATE TABLE agents (
    agent_id         integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            varchar(120) NOT NULL,
    branch_id        integer NOT NULL REFERENCES branches,
    license_number   varchar(12) NOT NULL,
    hired_on         date NOT NULL,
    commission_rate  numeric(4,3) NOT NULL,
    is_active        boolean NOT NULL
);
CREATE TABLE products (
    product_id           integer PRIMARY KEY,
    product_name         text NOT NULL,
    line_of_business     text NOT NULL,
    tier                 text NOT NULL,
    base_annual_premium  numeric(10,2) NOT NULL,
    deductible           numeric(10,2) NOT NULL,
    launched_on          date NOT NULL,
    is_active            boolean NOT NULL
);
CREATE TABLE policyholders (
    policyholder_id  integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    gender           char(1) NOT NULL,
    birth_date       date NOT NULL,
    email            varchar(120),
    phone            varchar(20),
    city             text NOT NULL,
    postal_code      varchar(10) NOT NULL,
    is_smoker        boolean NOT NULL,
    customer_since   date NOT NULL,
    marketing_opt_in boolean NOT NULL
);
CREATE TABLE vehicles (
    vehicle_id       integer PRIMARY KEY,
    policyholder_id  integer NOT NULL REFERENCES policyholders,
    make             text NOT NULL,
    model            text NOT NULL,
    model_year       integer NOT NULL,
    fuel_type        text NOT NULL,
    vin              varchar(17) NOT NULL UNIQUE,
    license_plate    varchar(10),
    estimated_value  numeric(10,2) NOT NULL
);
CREATE TABLE properties (
    property_id      integer PRIMARY KEY,
    policyholder_id  integer NOT NULL REFERENCES policyholders,
    street_address   text NOT NULL,
    city             text NOT NULL,
    property_type    text NOT NULL,
    year_built       integer,
    floor_area_m2    integer NOT NULL,
    rebuild_value    numeric(12,2) NOT NULL,
    has_alarm        boolean NOT NULL
);
CREATE TABLE policies (
    policy_id          integer PRIMARY KEY,
    policy_number      varchar(20) NOT NULL UNIQUE,
    policyholder_id    integer NOT NULL REFERENCES policyholders,
    product_id         integer NOT NULL REFERENCES products,
    agent_id           integer REFERENCES agents,
    vehicle_id         integer REFERENCES vehicles,
    property_id        integer REFERENCES properties,
    sales_channel      text NOT NULL,
    issued_at          timestamptz NOT NULL,
    start_date         date NOT NULL,
    end_date           date,
    payment_frequency  text NOT NULL,
    annual_premium     numeric(10,2) NOT NULL,
    sum_insured        numeric(12,2) NOT NULL,
    status             text NOT NULL,
    cancelled_on       date
);
CREATE TABLE premium_payments (
    payment_id      integer PRIMARY KEY,
    policy_id       integer NOT NULL REFERENCES policies,
    installment_no  integer NOT NULL,
    due_date        date NOT NULL,
    paid_at         timestamp,
    amount          numeric(10,2) NOT NULL,
    payment_method  text NOT NULL,
    status          text NOT NULL
);
CREATE TABLE adjusters (
    adjuster_id   integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    specialty     text NOT NULL,
    branch_id     integer NOT NULL REFERENCES branches,
    hired_on      date NOT NULL,
    is_external   boolean NOT NULL
);
CREATE TABLE claims (
    claim_id          integer PRIMARY KEY,
    claim_number      varchar(20) NOT NULL UNIQUE,
    policy_id         integer NOT NULL REFERENCES policies,
    adjuster_id       integer REFERENCES adjusters,
    claim_type        text NOT NULL,
    incident_date     date NOT NULL,
    incident_city     text,
    reported_at       timestamptz NOT NULL,
    amount_claimed    numeric(12,2) NOT NULL,
    amount_approved   numeric(12,2),
    status            text NOT NULL,
    closed_at         timestamptz,
    suspected_fraud   boolean NOT NULL
);
CREATE TABLE claim_payments (
    claim_payment_id  integer PRIMARY KEY,
    claim_id          integer NOT NULL REFERENCES claims,
    paid_on           date NOT NULL,
    amount            numeric(12,2) NOT NULL,
    payee_type        text NOT NULL,
    payment_method    text NOT NULL,
    reference         varchar(24)
);

INSERT INTO branches VALUES
  (1, 'Paris Opéra',          'Paris',       'Île-de-France',            '01 44 51 20 10', '2009-03-02'),
  (2, 'La Défense',           'Puteaux',     'Île-de-France',            '01 47 73 40 22', '2014-09-15'),
  (3, 'Lyon Part-Dieu',       'Lyon',        'Auvergne-Rhône-Alpes',     '04 72 60 18 35', '2011-05-09'),
  (4, 'Marseille Vieux-Port', 'Marseille',   'Provence-Alpes-Côte d''Azur', '04 91 33 27 80', '2012-01-16'),
  (5, 'Toulouse Capitole',    'Toulouse',    'Occitanie',                '05 61 22 90 14', '2015-06-01'),
  (6, 'Bordeaux Chartrons',   'Bordeaux',    'Nouvelle-Aquitaine',       '05 56 44 71 09', '2017-10-02'),
  (7, 'Lille Grand Place',    'Lille',       'Hauts-de-France',          NULL,             '2018-04-03'),
  (8, 'Nantes Île de Nantes', 'Nantes',      'Pays de la Loire',         '02 40 48 15 62', '2021-02-22');

INSERT INTO agents
SELECT n,
       (ARRAY['Céline','Olivier','Nathalie','Stéphane','Isabelle','Laurent','Sandrine','Frédéric',
              'Valérie','Sébastien','Aurélie','Julien','Delphine','Mathieu','Émilie','Guillaume',
              'Caroline','Romain','Audrey','Vincent'])[1 + (n * 3) % 20],
       (ARRAY['Rousseau','Blanc','Guerin','Muller','Henry','Roussel','Nicolas','Perrin','Morin','Mathieu',
              'Clement','Gauthier','Dumont','Lopez','Fontaine','Chevalier','Robin','Masson','Sanchez','Faure',
              'Boyer','Marchand','Brun','Barbier','Arnaud','Giraud','Rolland','Lemaire','Renaud','Picard',
              'Colin','Vidal','Caron','Aubert','Gaillard','Leclerc','Hubert','Roger','Noel','Meyer'])[1 + (n * 7) % 40],
       'agent' || n || '@assurance-horizon.fr',
       1 + (n * 5) % 8,
       'ORIAS' || lpad((1040000 + n * 137)::text, 7, '0'),
       CASE WHEN n > 36 THEN DATE '2024-10-01' + (n - 36) * 17
            ELSE DATE '2012-01-09' + (n * 173) % 3500 END,
       0.050 + ((n * 7) % 11) * 0.010,
       (n % 13 <> 0 OR n > 36)
FROM generate_series(1, 40) AS n;

INSERT INTO products VALUES
  ( 1, 'Auto Tiers',            'Auto',   'Bronze',    420.00,  500.00, '2012-01-01', true),
  ( 2, 'Auto Tiers Plus',       'Auto',   'Silver',    610.00,  400.00, '2012-01-01', true),
  ( 3, 'Auto Tous Risques',     'Auto',   'Gold',      890.00,  300.00, '2014-03-01', true),
  ( 4, 'Auto Prestige',         'Auto',   'Platinum', 1290.00,  150.00, '2019-06-01', true),
  ( 5, 'Auto Classic',          'Auto',   'Bronze',    380.00,  600.00, '2008-01-01', false),
  ( 6, 'Home Essentials',       'Home',   'Bronze',    190.00,  380.00, '2011-01-01', true),
  ( 7, 'Home Standard',         'Home',   'Silver',    285.00,  300.00, '2011-01-01', true),
  ( 8, 'Home Gold',             'Home',   'Gold',      410.00,  200.00, '2016-09-01', true),
  ( 9, 'Home Prestige',         'Home',   'Platinum',  690.00,  150.00, '2020-02-01', true),
  (10, 'Landlord Protect',      'Home',   'Silver',    340.00,  450.00, '2018-05-01', true),
  (11, 'Term Life 10',          'Life',   'Silver',    360.00,    0.00, '2013-01-01', true),
  (12, 'Term Life 20',          'Life',   'Gold',      520.00,    0.00, '2013-01-01', true),
  (13, 'Whole Life',            'Life',   'Platinum', 1450.00,    0.00, '2016-01-01', true),
  (14, 'Health Basic',          'Health', 'Bronze',    540.00,  250.00, '2015-01-01', true),
  (15, 'Health Family',         'Health', 'Silver',    980.00,  200.00, '2015-01-01', true),
  (16, 'Health Gold',           'Health', 'Gold',     1380.00,  100.00, '2017-01-01', true),
  (17, 'Dental & Optical Plus', 'Health', 'Silver',    310.00,   50.00, '2021-04-01', true),
  (18, 'Travel Single Trip',    'Travel', 'Bronze',     45.00,   75.00, '2014-05-01', true),
  (19, 'Travel Annual',         'Travel', 'Silver',    160.00,   75.00, '2014-05-01', true),
  (20, 'Travel Ski & Snow',     'Travel', 'Gold',       95.00,   50.00, '2019-11-01', false);

WITH cities(idx, city, postal_code) AS (
  VALUES (0,'Paris','75011'),(1,'Lyon','69003'),(2,'Paris','75015'),(3,'Marseille','13008'),
         (4,'Toulouse','31000'),(5,'Paris','75017'),(6,'Bordeaux','33000'),(7,'Lyon','69006'),
         (8,'Nantes','44000'),(9,'Lille','59000'),(10,'Nice','06000'),(11,'Paris','75020'),
         (12,'Strasbourg','67000'),(13,'Marseille','13005'),(14,'Rennes','35000'),(15,'Toulouse','31400'),
         (16,'Montpellier','34000'),(17,'Lyon','69007'),(18,'Nantes','44300')
)
INSERT INTO policyholders
SELECT n,
       (ARRAY['Camille','Lucas','Léa','Hugo','Manon','Louis','Chloé','Gabriel','Emma','Arthur',
              'Inès','Jules','Sarah','Nathan','Julie','Thomas','Claire','Antoine','Marie','Paul',
              'Sophie','Nicolas','Laura','Maxime'])[1 + n % 24],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','André','Mercier','Dupont','Lambert','Bonnet','François','Martinez'])[1 + (n * 5 + n / 24) % 29],
       CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       DATE '1948-03-01' + (n * 4271) % 19700,
       CASE WHEN n % 9 = 0 THEN NULL ELSE 'client' || n || '@courriel.example' END,
       CASE WHEN n % 7 = 0 THEN NULL ELSE '06 ' || lpad(((n * 7919) % 100000000)::text, 8, '0') END,
       c.city, c.postal_code,
       (n % 6 = 1),
       DATE '2012-01-02' + (n * 2311) % 4700,
       (n % 3 <> 0)
FROM generate_series(1, 600) AS n
JOIN cities c ON c.idx = (n * 7) % 19;

WITH models(idx, make, model, base_value) AS (
  VALUES (0,'Renault','Clio',17500),(1,'Peugeot','208',19000),(2,'Peugeot','3008',32000),
         (3,'Citroën','C3',16500),(4,'Volkswagen','Golf',27000),(5,'Toyota','Yaris',20500),
         (6,'Renault','Mégane',24000),(7,'Dacia','Sandero',12500),(8,'Tesla','Model 3',42000),
         (9,'BMW','Série 3',45000),(10,'Audi','A3',33000),(11,'Ford','Fiesta',16000),
         (12,'Renault','Captur',23000)
)
INSERT INTO vehicles
SELECT v,
       1 + (v * 7) % 600,
       m.make, m.model,
       2008 + (v * 5) % 17,
       CASE WHEN m.model = 'Model 3' THEN 'Electric'
            WHEN v % 10 IN (0, 7) THEN 'Hybrid'
            WHEN v % 10 IN (1, 4, 8) THEN 'Diesel'
            ELSE 'Petrol' END,
       'VF' || lpad(((v * 982451) % 1000000000)::text, 9, '0') || lpad((v * 13)::text, 6, '0'),
       CASE WHEN v % 15 = 0 THEN NULL
            ELSE chr(65 + v % 26) || chr(65 + (v * 7) % 26) || '-' || lpad(((v * 37) % 1000)::text, 3, '0')
                 || '-' || chr(65 + (v * 3) % 26) || chr(65 + (v * 11) % 26) END,
       round(m.base_value * power(0.88, 2024 - (2008 + (v * 5) % 17)) * (0.9 + (v % 5) * 0.05), 2)
FROM generate_series(1, 350) AS v
JOIN models m ON m.idx = (v * 3) % 13;

INSERT INTO properties
SELECT p, ph.policyholder_id,
       (1 + (p * 17) % 140)::text || ' ' ||
       (ARRAY['rue Victor Hugo','avenue Jean Jaurès','rue de la République','boulevard Pasteur',
              'rue des Lilas','place du Marché','rue Émile Zola','avenue de la Gare','rue du Moulin',
              'chemin des Vignes','rue Nationale'])[1 + p % 11],
       ph.city,
       (ARRAY['Apartment','House','Apartment','House','Townhouse','Apartment','Condo'])[1 + (p * 3) % 7],
       CASE WHEN p % 10 = 0 THEN NULL ELSE 1890 + (p * 13) % 134 END,
       35 + (p * 29) % 190,
       round((35 + (p * 29) % 190) * (1900 + (p * 7) % 900)::numeric, 2),
       (p % 4 = 1)
FROM generate_series(1, 250) AS p
JOIN policyholders ph ON ph.policyholder_id = 1 + (p * 11 + 3) % 600;

WITH src AS (
  SELECT v.policyholder_id, v.vehicle_id, NULL::integer AS property_id,
         (ARRAY[1,2,2,3,3,3,4,5,1])[1 + v.vehicle_id % 9] AS product_id,
         DATE '2022-01-01' + (v.vehicle_id * 317) % 1096 AS start_date,
         v.estimated_value AS sum_insured
  FROM vehicles v
  UNION ALL
  SELECT pr.policyholder_id, NULL, pr.property_id,
         CASE WHEN pr.property_type = 'Apartment' AND pr.property_id % 5 = 0 THEN 10
              ELSE (ARRAY[6,7,7,8,8,9,7])[1 + pr.property_id % 7] END,
         DATE '2022-01-01' + (pr.property_id * 211 + 50) % 1096,
         pr.rebuild_value
  FROM properties pr
  UNION ALL
  SELECT 1 + (g * 13) % 600, NULL, NULL,
         (ARRAY[11,14,18,12,15,19,13,16,17,14,15,18,11,20,19])[1 + g % 15],
         DATE '2022-01-01' + (g * 173 + 20) % 1096,
         0
  FROM generate_series(1, 300) AS g
), numbered AS (
  SELECT row_number() OVER (ORDER BY s.start_date, s.policyholder_id, s.product_id)::integer AS id, s.*
  FROM src s
), shaped AS (
  SELECT n.*, pr.line_of_business AS lob, pr.product_name, pr.base_annual_premium,
         CASE WHEN pr.product_name = 'Travel Single Trip' THEN n.start_date + 6 + n.id % 21
              WHEN pr.product_name = 'Travel Ski & Snow' THEN n.start_date + 120
              WHEN pr.product_name = 'Term Life 10' THEN (n.start_date + interval '10 years')::date - 1
              WHEN pr.product_name = 'Term Life 20' THEN (n.start_date + interval '20 years')::date - 1
              WHEN pr.product_name = 'Whole Life' THEN NULL
              ELSE (n.start_date + interval '1 year')::date - 1 END AS end_date,
         CASE WHEN n.id % 17 = 0 AND n.start_date < DATE '2024-06-01' THEN n.start_date + 20 + (n.id * 13) % 180 END AS cancelled_on
  FROM numbered n JOIN products pr ON pr.product_id = n.product_id
)
INSERT INTO policies
SELECT s.id,
       'POL-' || extract(year FROM s.start_date)::text || '-' || lpad((s.id * 7 + 10000)::text, 6, '0'),
       s.policyholder_id, s.product_id,
       CASE WHEN s.id % 13 = 0 OR s.lob = 'Travel' AND s.id % 3 = 0 THEN NULL
            ELSE 1 + (s.id * 11) % 36 END,
       s.vehicle_id, s.property_id,
       CASE WHEN s.id % 13 = 0 OR s.lob = 'Travel' AND s.id % 3 = 0 THEN 'Online'
            WHEN s.id % 10 = 4 THEN 'Broker'
            ELSE 'Agent' END,
       ((s.start_date - (s.id % 20)) + time '09:00' + make_interval(mins => (s.id * 37) % 540))::timestamptz,
       s.start_date, s.end_date,
       CASE WHEN s.lob = 'Travel' THEN 'Annual'
            WHEN s.id % 10 < 5 THEN 'Annual'
            WHEN s.id % 10 < 8 THEN 'Semi-annual'
            ELSE 'Quarterly' END,
       round(s.base_annual_premium * (0.85 + ((s.id * 7) % 46) / 100.0), 2),
       CASE WHEN s.lob IN ('Auto', 'Home') THEN s.sum_insured
            WHEN s.product_name = 'Term Life 10' THEN 100000 + (s.id % 5) * 50000
            WHEN s.product_name = 'Term Life 20' THEN 150000 + (s.id % 6) * 50000
            WHEN s.product_name = 'Whole Life' THEN 250000 + (s.id % 4) * 100000
            WHEN s.lob = 'Health' THEN 50000
            ELSE 10000 END,
       CASE WHEN s.cancelled_on IS NOT NULL THEN 'Cancelled'
            WHEN s.id % 23 = 0 AND s.start_date < DATE '2024-03-01' THEN 'Lapsed'
            WHEN s.end_date < DATE '2025-01-01' THEN 'Expired'
            ELSE 'Active' END,
       s.cancelled_on
FROM shaped s;

-- A policyholder is on file no later than the day the first policy is issued.
UPDATE policyholders ph SET customer_since = f.first_issue
FROM (SELECT policyholder_id, min(issued_at)::date AS first_issue FROM policies GROUP BY policyholder_id) f
WHERE f.policyholder_id = ph.policyholder_id AND ph.customer_since > f.first_issue;

WITH inst AS (
  SELECT p.*, g AS installment_no,
         CASE p.payment_frequency WHEN 'Annual' THEN 1 WHEN 'Semi-annual' THEN 2 ELSE 4 END AS per_year
  FROM policies p
  CROSS JOIN generate_series(1, 4) AS g
), due AS (
  SELECT i.policy_id, i.installment_no, i.status AS policy_status, i.payment_frequency,
         (i.start_date + make_interval(months => (i.installment_no - 1) * 12 / i.per_year))::date AS due_date,
         round(i.annual_premium / i.per_year, 2) AS amount,
         i.cancelled_on
  FROM inst i
  WHERE i.installment_no <= i.per_year
), kept AS (
  SELECT row_number() OVER (ORDER BY d.due_date, d.policy_id)::integer AS id, d.*
  FROM due d
  WHERE d.due_date <= DATE '2024-12-31'
    AND (d.cancelled_on IS NULL OR d.due_date <= d.cancelled_on)
)
INSERT INTO premium_payments
SELECT k.id, k.policy_id, k.installment_no, k.due_date,
       CASE WHEN k.due_date > DATE '2024-12-15' THEN NULL
            WHEN k.policy_status = 'Lapsed' AND k.installment_no > 1 THEN NULL
            WHEN k.id % 29 = 0 THEN NULL
            ELSE (k.due_date + ((k.id * 3) % 12 - 4)) + time '08:00' + make_interval(mins => (k.id * 53) % 600) END,
       k.amount,
       CASE WHEN k.payment_frequency <> 'Annual' THEN (ARRAY['Direct Debit','Direct Debit','Card'])[1 + k.policy_id % 3]
            ELSE (ARRAY['Card','Bank Transfer','Direct Debit','Card','Cheque'])[1 + k.policy_id % 5] END,
       CASE WHEN k.due_date > DATE '2024-12-15' THEN 'Pending'
            WHEN k.policy_status = 'Lapsed' AND k.installment_no > 1 THEN 'Failed'
            WHEN k.id % 29 = 0 THEN 'Failed'
            ELSE 'Paid' END
FROM kept k;

INSERT INTO adjusters VALUES
  ( 1, 'Bruno',     'Lemoine',   'Auto',     1, '2013-04-15', false),
  ( 2, 'Karine',    'Perrot',    'Auto',     3, '2015-09-01', false),
  ( 3, 'Yannick',   'Besson',    'Auto',     4, '2016-02-08', false),
  ( 4, 'Agnès',     'Carpentier','Auto',     5, '2017-11-20', false),
  ( 5, 'Thierry',   'Duval',     'Auto',     2, '2018-06-04', true),
  ( 6, 'Hélène',    'Marty',     'Auto',     6, '2019-03-11', false),
  ( 7, 'Damien',    'Lacroix',   'Auto',     7, '2020-01-06', false),
  ( 8, 'Patricia',  'Benoit',    'Auto',     8, '2021-05-17', true),
  ( 9, 'Cédric',    'Huet',      'Auto',     1, '2021-10-04', false),
  (10, 'Virginie',  'Poirier',   'Auto',     3, '2022-09-12', false),
  (11, 'Franck',    'Collet',    'Property', 1, '2012-08-27', false),
  (12, 'Sylvie',    'Germain',   'Property', 3, '2014-01-13', false),
  (13, 'Éric',      'Langlois',  'Property', 4, '2015-07-06', true),
  (14, 'Martine',   'Pichon',    'Property', 5, '2016-10-03', false),
  (15, 'Arnaud',    'Tessier',   'Property', 6, '2018-02-19', false),
  (16, 'Stéphanie', 'Bailly',    'Property', 7, '2019-09-09', true),
  (17, 'Jérôme',    'Rey',       'Property', 8, '2021-03-29', false),
  (18, 'Nadia',     'Benali',    'Property', 2, '2022-11-14', false),
  (19, 'Christophe','Fabre',     'Health',   1, '2014-05-05', false),
  (20, 'Mélanie',   'Jacquet',   'Health',   3, '2017-04-24', false),
  (21, 'Pascal',    'Royer',     'Health',   4, '2019-12-02', false),
  (22, 'Élodie',    'Schmitt',   'Health',   6, '2022-02-07', true),
  (23, 'Gilles',    'Hamon',     'Life',     1, '2011-09-19', false),
  (24, 'Corinne',   'Leblanc',   'Life',     3, '2016-06-13', false),
  (25, 'Kévin',     'Marchal',   'Auto',     5, '2024-12-02', false);

WITH picks AS (
  SELECT p.*, 1 AS k FROM policies p WHERE p.policy_id % 5 IN (0, 2)
  UNION ALL
  SELECT p.*, 2 FROM policies p WHERE p.policy_id % 7 = 3
), cand AS (
  SELECT pk.policy_id, pk.k, pk.policyholder_id, pk.property_id, pk.sum_insured,
         pr.line_of_business AS lob, pr.product_name,
         pk.start_date + CASE WHEN pr.product_name = 'Travel Single Trip' THEN (pk.policy_id * 3 + pk.k) % 6
                              ELSE (pk.policy_id * 37 + pk.k * 101) % 330 END AS incident_date,
         coalesce(pk.cancelled_on, pk.end_date, DATE '2024-12-31') AS cover_until
  FROM picks pk JOIN products pr ON pr.product_id = pk.product_id
  WHERE pr.line_of_business <> 'Life' OR pk.policy_id % 4 = 0
), numbered AS (
  SELECT row_number() OVER (ORDER BY c.incident_date, c.policy_id, c.k)::integer AS id, c.*
  FROM cand c
  WHERE c.incident_date <= c.cover_until AND c.incident_date <= DATE '2024-12-20'
), typed AS (
  SELECT n.*,
         CASE n.lob
           WHEN 'Auto'   THEN (ARRAY['Collision','Collision','Glass Breakage','Theft','Collision','Third-Party Liability','Glass Breakage','Vandalism'])[1 + (n.id * 3) % 8]
           WHEN 'Home'   THEN (ARRAY['Water Damage','Burglary','Storm Damage','Water Damage','Fire','Water Damage','Storm Damage'])[1 + (n.id * 5) % 7]
           WHEN 'Health' THEN (ARRAY['Hospitalization','Outpatient Care','Outpatient Care','Dental','Optical'])[1 + (n.id * 3) % 5]
           WHEN 'Travel' THEN (ARRAY['Trip Cancellation','Baggage Loss','Medical Abroad','Trip Cancellation','Flight Delay'])[1 + (n.id * 3) % 5]
           ELSE (ARRAY['Death','Critical Illness'])[1 + n.id % 2] END AS claim_type,
         ((n.id::bigint * 104729 + 7) % 10000000)::integer AS h,
         (n.incident_date + (n.id % 9)) + time '09:30' + make_interval(mins => (n.id * 41) % 480) AS reported_ts
  FROM numbered n
), valued AS (
  SELECT t.*,
         round(CASE t.claim_type
           WHEN 'Collision'             THEN 800 + (t.h % 820000) / 100.0
           WHEN 'Glass Breakage'        THEN 150 + (t.h % 75000) / 100.0
           WHEN 'Theft'                 THEN 3000 + (t.h % 1500000) / 100.0
           WHEN 'Third-Party Liability' THEN 1200 + (t.h % 1400000) / 100.0
           WHEN 'Vandalism'             THEN 300 + (t.h % 250000) / 100.0
           WHEN 'Water Damage'          THEN 900 + (t.h % 1300000) / 100.0
           WHEN 'Burglary'              THEN 600 + (t.h % 750000) / 100.0
           WHEN 'Storm Damage'          THEN 700 + (t.h % 1100000) / 100.0
           WHEN 'Fire'                  THEN 6000 + (t.h % 6000000) / 100.0
           WHEN 'Hospitalization'       THEN 1500 + (t.h % 1200000) / 100.0
           WHEN 'Outpatient Care'       THEN 60 + (t.h % 90000) / 100.0
           WHEN 'Dental'                THEN 120 + (t.h % 180000) / 100.0
           WHEN 'Optical'               THEN 90 + (t.h % 60000) / 100.0
           WHEN 'Trip Cancellation'     THEN 300 + (t.h % 380000) / 100.0
           WHEN 'Baggage Loss'          THEN 100 + (t.h % 220000) / 100.0
           WHEN 'Medical Abroad'        THEN 400 + (t.h % 900000) / 100.0
           WHEN 'Flight Delay'          THEN 50 + (t.h % 35000) / 100.0
           WHEN 'Death'                 THEN t.sum_insured
           ELSE t.sum_insured * 0.5 END, 2) AS amount_claimed,
         CASE WHEN t.reported_ts > TIMESTAMP '2024-10-20' THEN
                   CASE WHEN t.id % 3 = 0 THEN 'Open' ELSE 'Under Review' END
              WHEN t.id % 10 IN (0, 7) THEN 'Denied'
              WHEN t.id % 10 = 4 THEN 'Approved'
              ELSE 'Closed' END AS status
  FROM typed t
)
INSERT INTO claims
SELECT v.id,
       'CLM-' || extract(year FROM v.incident_date)::text || '-' || lpad((v.id * 3 + 5000)::text, 5, '0'),
       v.policy_id,
       CASE WHEN v.status = 'Open' AND v.id % 2 = 0 THEN NULL
            WHEN v.lob = 'Auto' THEN 1 + (v.id * 7) % 10
            WHEN v.lob = 'Home' THEN 11 + (v.id * 3) % 8
            WHEN v.lob IN ('Health', 'Travel') THEN 19 + v.id % 4
            ELSE 23 + v.id % 2 END,
       v.claim_type, v.incident_date,
       CASE WHEN v.lob = 'Home' THEN pr.city
            WHEN v.lob = 'Auto' AND v.id % 4 = 0 THEN
                 (ARRAY['Paris','Lyon','Marseille','Bordeaux','Nice','Toulouse','Lille'])[1 + v.id % 7]
            WHEN v.lob = 'Auto' THEN ph.city
            WHEN v.lob = 'Travel' THEN
                 (ARRAY['Barcelona','Rome','London','Lisbon','New York','Marrakech','Chamonix','Berlin'])[1 + (v.id * 3) % 8]
            ELSE NULL END,
       v.reported_ts::timestamptz,
       v.amount_claimed,
       CASE WHEN v.status IN ('Approved', 'Closed')
            THEN round(v.amount_claimed * CASE WHEN v.claim_type = 'Death' THEN 1.0
                                               ELSE (0.55 + (v.h % 46) / 100.0) END, 2) END,
       v.status,
       CASE WHEN v.status IN ('Closed', 'Denied')
            THEN (v.reported_ts + make_interval(days => 8 + v.h % 75, mins => (v.id * 17) % 300))::timestamptz END,
       (v.id % 31 = 0 OR (v.status = 'Denied' AND v.id % 4 = 0))
FROM valued v
JOIN policyholders ph ON ph.policyholder_id = v.policyholder_id
LEFT JOIN properties pr ON pr.property_id = v.property_id;

WITH base AS (
  SELECT c.*, pr.line_of_business AS lob
  FROM claims c
  JOIN policies p ON p.policy_id = c.policy_id
  JOIN products pr ON pr.product_id = p.product_id
  WHERE c.status IN ('Closed', 'Approved')
), parts AS (
  SELECT b.claim_id, b.lob, b.status, 1 AS part,
         CASE WHEN b.claim_id % 3 = 0 THEN round(b.amount_approved * 0.6, 2) ELSE b.amount_approved END AS amount,
         CASE WHEN b.status = 'Approved' THEN least(b.reported_at::date + 12, DATE '2024-12-31')
              WHEN b.claim_id % 3 = 0 THEN b.reported_at::date + (b.closed_at::date - b.reported_at::date) / 2
              ELSE b.closed_at::date END AS paid_on
  FROM base b
  WHERE b.status = 'Closed' OR b.claim_id % 3 = 0
  UNION ALL
  SELECT b.claim_id, b.lob, b.status, 2,
         b.amount_approved - round(b.amount_approved * 0.6, 2),
         b.closed_at::date
  FROM base b
  WHERE b.status = 'Closed' AND b.claim_id % 3 = 0
)
INSERT INTO claim_payments
SELECT row_number() OVER (ORDER BY pt.paid_on, pt.claim_id, pt.part)::integer,
       pt.claim_id, pt.paid_on, pt.amount,
       CASE WHEN pt.lob = 'Life' THEN 'Beneficiary'
            WHEN pt.lob = 'Auto' AND pt.claim_id % 3 <> 1 THEN 'Repair Shop'
            WHEN pt.lob = 'Home' AND pt.claim_id % 2 = 0 THEN 'Contractor'
            WHEN pt.lob IN ('Health', 'Travel') AND pt.claim_id % 4 = 0 THEN 'Hospital'
            ELSE 'Policyholder' END,
       CASE WHEN pt.claim_id % 11 = 0 THEN 'Cheque' ELSE 'Bank Transfer' END,
       CASE WHEN pt.claim_id % 11 = 0 THEN NULL
            ELSE 'VIR' || to_char(pt.paid_on, 'YYYYMMDD') || lpad((pt.claim_id * 10 + pt.part)::text, 6, '0') END
FROM parts pt;
