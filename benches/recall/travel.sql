-- Operational data of a French travel agency network (branches, agents, clients, trips sold
-- with their flight, hotel and tour lines, payments, refunds and reviews), used as the sample
-- database of the golden set benches/intent/travel.yaml. Every row is invented and
-- reproducible (generate_series, fixed lists and modular arithmetic); facts run 2022-2024.

CREATE TABLE branches (
    brnch_id    integer PRIMARY KEY,
    brnch_nm    text NOT NULL,
    city        text NOT NULL,
    addr_ln     text,
    postl_cd    varchar(10),
    opn_dt      date NOT NULL,
    mgr_nm      text,
    is_actv     boolean NOT NULL
);
CREATE TABLE agents (
    agt_id      integer PRIMARY KEY,
    frst_nm     text NOT NULL,
    lst_nm      text NOT NULL,
    brnch_id    integer NOT NULL REFERENCES branches,
    email       varchar(120),
    hire_dt     date NOT NULL,
    term_dt     date,
    comm_pct    numeric(4,2) NOT NULL,
    sr_flg      boolean NOT NULL
);
CREATE TABLE loyalty_tiers (
    tier_cd     varchar(3) PRIMARY KEY,
    tier_nm     text NOT NULL,
    min_pts     integer NOT NULL,
    disc_pct    numeric(4,2) NOT NULL,
    lounge_flg  boolean NOT NULL
);
CREATE TABLE clients (
    clnt_id     integer PRIMARY KEY,
    frst_nm     text NOT NULL,
    lst_nm      text NOT NULL,
    email       varchar(120),
    phn_nbr     varchar(20),
    birth_dt    date,
    city        text NOT NULL,
    ctry_cd     char(2) NOT NULL,
    tier_cd     varchar(3) NOT NULL REFERENCES loyalty_tiers,
    pref_agt_id integer REFERENCES agents,
    reg_dt      date NOT NULL,
    nwsltr_flg  boolean NOT NULL
);
CREATE TABLE destinations (
    dest_cd     varchar(3) PRIMARY KEY,
    dest_nm     text NOT NULL,
    ctry_nm     text NOT NULL,
    rgn_nm      text NOT NULL,
    dest_typ_cd varchar(3) NOT NULL,
    visa_reqd   boolean NOT NULL,
    added_dt    date NOT NULL
);
CREATE TABLE suppliers (
    supp_id       integer PRIMARY KEY,
    supp_nm       text NOT NULL,
    supp_typ_cd   varchar(3) NOT NULL,
    dest_cd       varchar(3) REFERENCES destinations,
    hq_ctry       text NOT NULL,
    str_rtg       smallint,
    comm_pct      numeric(4,2) NOT NULL,
    curr_cd       char(3) NOT NULL,
    prfd_flg      boolean NOT NULL,
    cntrct_end_dt date
);
CREATE TABLE bookings (
    bkg_id      integer PRIMARY KEY,
    bkg_ref     varchar(12) NOT NULL UNIQUE,
    clnt_id     integer NOT NULL REFERENCES clients,
    agt_id      integer REFERENCES agents,
    dest_cd     varchar(3) NOT NULL REFERENCES destinations,
    bkg_dt      timestamp NOT NULL,
    dep_dt      date NOT NULL,
    ret_dt      date,
    nbr_pax     smallint NOT NULL,
    chnl_cd     varchar(3) NOT NULL,
    stat_cd     varchar(3) NOT NULL,
    curr_cd     char(3) NOT NULL,
    tot_amt     numeric(12,2) NOT NULL,
    disc_amt    numeric(10,2),
    ins_flg     boolean NOT NULL,
    cxl_dt      timestamp
);
CREATE TABLE booking_items (
    itm_id      integer PRIMARY KEY,
    bkg_id      integer NOT NULL REFERENCES bookings,
    supp_id     integer NOT NULL REFERENCES suppliers,
    itm_typ_cd  varchar(3) NOT NULL,
    svc_dt      date NOT NULL,
    nbr_nts     smallint,
    qty         smallint NOT NULL,
    unit_prc    numeric(10,2) NOT NULL,
    ln_amt      numeric(12,2) NOT NULL,
    stat_cd     varchar(3) NOT NULL
);
CREATE TABLE payments (
    pmt_id      integer PRIMARY KEY,
    bkg_id      integer NOT NULL REFERENCES bookings,
    pmt_dt      timestamptz NOT NULL,
    pd_amt      numeric(12,2) NOT NULL,
    curr_cd     char(3) NOT NULL,
    pmt_typ_cd  varchar(3) NOT NULL,
    pmt_mthd_cd varchar(3) NOT NULL,
    card_last4  varchar(4),
    stat_cd     varchar(3) NOT NULL
);
CREATE TABLE refunds (
    rfnd_id     integer PRIMARY KEY,
    bkg_id      integer NOT NULL REFERENCES bookings,
    pmt_id      integer NOT NULL REFERENCES payments,
    rfnd_dt     date NOT NULL,
    rfnd_amt    numeric(12,2) NOT NULL,
    rsn_cd      varchar(3) NOT NULL,
    aprv_agt_id integer REFERENCES agents,
    prcs_ts     timestamp
);
CREATE TABLE reviews (
    rvw_id      integer PRIMARY KEY,
    bkg_id      integer NOT NULL REFERENCES bookings,
    clnt_id     integer NOT NULL REFERENCES clients,
    rvw_dt      date NOT NULL,
    rtg         smallint NOT NULL,
    rcmd_flg    boolean NOT NULL,
    cmnt_txt    text,
    src_cd      varchar(3) NOT NULL
);

INSERT INTO branches VALUES
  (1, 'Paris Opéra', 'Paris', '12 rue Auber', '75009', '2009-03-02', 'Claire Moreau', true),
  (2, 'Paris Bastille', 'Paris', '5 rue de la Roquette', '75011', '2015-09-14', 'Julien Faure', true),
  (3, 'Lyon Part-Dieu', 'Lyon', '48 rue de la Villette', '69003', '2011-05-16', 'Sophie Garnier', true),
  (4, 'Marseille Vieux-Port', 'Marseille', '21 quai du Port', '13002', '2012-10-01', 'Karim Benali', true),
  (5, 'Bordeaux Chartrons', 'Bordeaux', '77 cours du Médoc', '33300', '2016-02-08', NULL, true),
  (6, 'Lille Grand Place', 'Lille', '3 place du Général de Gaulle', '59800', '2014-06-23', 'Marc Lefebvre', false),
  (7, 'Nantes Commerce', 'Nantes', NULL, '44000', '2019-04-01', 'Élodie Roux', true),
  (8, 'Toulouse Capitole', 'Toulouse', '9 rue du Taur', '31000', '2021-01-11', 'Thomas Girard', true);

INSERT INTO agents
SELECT n,
       (ARRAY['Camille','Lucas','Manon','Hugo','Léa','Antoine','Chloé','Nicolas','Inès','Maxime',
              'Sarah','Romain','Emma','Mehdi','Julie','Alexandre','Laura','Pierre','Océane','Yanis',
              'Pauline','Baptiste','Amandine','Quentin','Marion','Théo','Nadia','Florian','Anaïs','Vincent'])[n],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefèvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','André','Mercier','Dupont','Lambert','Bonnet','François','Martinez','Legrand'])[1 + (n * 7) % 30],
       CASE WHEN n <= 28 THEN 1 + (n - 1) % 8 ELSE n - 25 END,
       CASE WHEN n % 10 = 6 THEN NULL ELSE 'agent' || n || '@voyagesazur.fr' END,
       CASE WHEN n <= 28 THEN DATE '2010-01-04' + (n * 173) % 4200 ELSE DATE '2024-10-01' + (n - 29) * 14 END,
       CASE WHEN n IN (6, 17) THEN DATE '2024-03-29' + (n - 6) * 5 ELSE NULL END,
       2.50 + (n * 3 % 8) * 0.50,
       n <= 28 AND n % 3 = 1
FROM generate_series(1, 30) AS n;

INSERT INTO loyalty_tiers VALUES
  ('BAS', 'Basic', 0, 0.00, false),
  ('SLV', 'Silver', 1000, 3.00, false),
  ('GLD', 'Gold', 5000, 5.00, true),
  ('PLT', 'Platinum', 15000, 8.00, true);

INSERT INTO clients
SELECT n,
       (ARRAY['Marie','Jean','Isabelle','Philippe','Nathalie','Michel','Sandrine','Olivier','Valérie','Christophe',
              'Céline','Stéphane','Aurélie','Frédéric','Émilie','Sébastien','Caroline','Laurent','Virginie','Patrick',
              'Hélène','Éric','Mathilde','Guillaume','Charlotte','Benoît','Lucie','Arnaud','Margaux','Damien',
              'Agathe','Raphaël','Justine','Clément','Elsa','Adrien','Noémie','Bruno','Zoé','Gabriel'])[1 + n % 40],
       (ARRAY['Blanc','Guérin','Muller','Henry','Roussel','Nicolas','Perrin','Morin','Mathieu','Clément',
              'Gauthier','Dumont','Lopez','Fontaine','Chevalier','Robin','Masson','Sanchez','Gérard','Nguyen',
              'Boyer','Denis','Lemaire','Duval','Joly','Gautier','Roger','Roche','Roy','Noël',
              'Meyer','Lucas','Meunier','Jean','Perez','Marchand','Dufour','Blanchard','Marie','Barbier',
              'Brun','Dumas','Brunet','Schmitt','Leroux','Colin','Fernandez','Pierre','Renard','Arnaud'])[1 + (n / 40 + 11 * (n % 40)) % 50],
       CASE WHEN n % 13 = 0 THEN NULL ELSE 'client' || n || (ARRAY['@orange.fr','@gmail.com','@free.fr','@laposte.net','@yahoo.fr'])[1 + n % 5] END,
       CASE WHEN n % 8 = 0 THEN NULL ELSE '+33 6 ' || lpad(((n * 7919) % 100000000)::text, 8, '0') END,
       CASE WHEN n % 17 = 0 THEN NULL ELSE DATE '1948-01-01' + (n * 4567) % 19000 END,
       (ARRAY['Paris','Paris','Lyon','Marseille','Bordeaux','Lille','Nantes','Toulouse','Nice','Strasbourg',
              'Rennes','Montpellier','Grenoble','Paris','Lyon','Brussels','Geneva'])[1 + (n * 5) % 17],
       CASE (1 + (n * 5) % 17) WHEN 16 THEN 'BE' WHEN 17 THEN 'CH' ELSE 'FR' END,
       CASE WHEN n % 10 < 5 THEN 'BAS' WHEN n % 10 < 8 THEN 'SLV' WHEN n % 10 = 8 THEN 'GLD' ELSE 'PLT' END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE 1 + (n * 11) % 28 END,
       CASE WHEN n <= 550 THEN DATE '2017-01-09' + (n * 7) % 1780 ELSE DATE '2024-06-03' + (n - 550) * 3 END,
       n % 3 <> 2
FROM generate_series(1, 600) AS n;

INSERT INTO destinations VALUES
  ('BCN', 'Barcelona', 'Spain', 'Europe', 'BCH', false, '2015-01-05'),
  ('LIS', 'Lisbon', 'Portugal', 'Europe', 'CTY', false, '2015-01-05'),
  ('ROM', 'Rome', 'Italy', 'Europe', 'CTY', false, '2015-01-05'),
  ('RAK', 'Marrakesh', 'Morocco', 'Africa', 'CTY', false, '2015-01-05'),
  ('PMI', 'Palma de Mallorca', 'Spain', 'Europe', 'BCH', false, '2015-01-05'),
  ('NYC', 'New York', 'United States', 'North America', 'CTY', true, '2015-01-05'),
  ('ATH', 'Athens', 'Greece', 'Europe', 'CTY', false, '2016-03-01'),
  ('JTR', 'Santorini', 'Greece', 'Europe', 'BCH', false, '2016-03-01'),
  ('LON', 'London', 'United Kingdom', 'Europe', 'CTY', false, '2015-01-05'),
  ('AMS', 'Amsterdam', 'Netherlands', 'Europe', 'CTY', false, '2015-01-05'),
  ('DXB', 'Dubai', 'United Arab Emirates', 'Asia', 'CTY', false, '2017-09-18'),
  ('BKK', 'Bangkok', 'Thailand', 'Asia', 'CTY', false, '2016-03-01'),
  ('VCE', 'Venice', 'Italy', 'Europe', 'CTY', false, '2015-01-05'),
  ('DBV', 'Dubrovnik', 'Croatia', 'Europe', 'BCH', false, '2018-04-02'),
  ('PRG', 'Prague', 'Czechia', 'Europe', 'CTY', false, '2016-03-01'),
  ('CUN', 'Cancun', 'Mexico', 'North America', 'BCH', false, '2018-04-02'),
  ('HKT', 'Phuket', 'Thailand', 'Asia', 'BCH', false, '2017-09-18'),
  ('MAD', 'Madrid', 'Spain', 'Europe', 'CTY', false, '2015-01-05'),
  ('DUB', 'Dublin', 'Ireland', 'Europe', 'CTY', false, '2019-02-11'),
  ('TYO', 'Tokyo', 'Japan', 'Asia', 'CTY', false, '2017-09-18'),
  ('MIA', 'Miami', 'United States', 'North America', 'BCH', true, '2019-02-11'),
  ('DPS', 'Bali', 'Indonesia', 'Asia', 'BCH', true, '2018-04-02'),
  ('CAI', 'Cairo', 'Egypt', 'Africa', 'CTY', true, '2019-02-11'),
  ('REK', 'Reykjavik', 'Iceland', 'Europe', 'NAT', false, '2020-06-15'),
  ('YUL', 'Montreal', 'Canada', 'North America', 'CTY', true, '2019-02-11'),
  ('MLE', 'Maldives', 'Maldives', 'Asia', 'BCH', false, '2020-06-15'),
  ('CPT', 'Cape Town', 'South Africa', 'Africa', 'NAT', false, '2021-03-08'),
  ('ZNZ', 'Zanzibar', 'Tanzania', 'Africa', 'BCH', true, '2021-03-08'),
  ('RIO', 'Rio de Janeiro', 'Brazil', 'South America', 'BCH', false, '2024-05-06'),
  ('SYD', 'Sydney', 'Australia', 'Oceania', 'CTY', true, '2024-05-06');

INSERT INTO suppliers VALUES
  (1, 'Air France', 'AIR', NULL, 'France', NULL, 1.00, 'EUR', true, '2026-12-31'),
  (2, 'KLM', 'AIR', NULL, 'Netherlands', NULL, 1.00, 'EUR', true, '2026-12-31'),
  (3, 'Lufthansa', 'AIR', NULL, 'Germany', NULL, 1.00, 'EUR', false, '2025-06-30'),
  (4, 'British Airways', 'AIR', NULL, 'United Kingdom', NULL, 0.75, 'GBP', false, '2025-06-30'),
  (5, 'Iberia', 'AIR', NULL, 'Spain', NULL, 1.00, 'EUR', false, NULL),
  (6, 'TAP Air Portugal', 'AIR', NULL, 'Portugal', NULL, 1.25, 'EUR', false, NULL),
  (7, 'Vueling', 'AIR', NULL, 'Spain', NULL, 0.50, 'EUR', false, NULL),
  (8, 'easyJet', 'AIR', NULL, 'United Kingdom', NULL, 0.00, 'GBP', false, NULL),
  (9, 'Transavia', 'AIR', NULL, 'France', NULL, 0.50, 'EUR', true, '2025-12-31'),
  (10, 'Emirates', 'AIR', NULL, 'United Arab Emirates', NULL, 1.50, 'USD', true, '2026-03-31');

INSERT INTO suppliers
SELECT 10 + i,
       h.nm, 'HTL', d.dest_cd, d.ctry_nm, h.stars,
       8.00 + (i * 3 % 5) * 1.50,
       CASE d.ctry_nm WHEN 'United States' THEN 'USD' WHEN 'United Kingdom' THEN 'GBP' WHEN 'Japan' THEN 'JPY'
                      WHEN 'Thailand' THEN 'THB' WHEN 'Czechia' THEN 'CZK' WHEN 'Canada' THEN 'CAD'
                      WHEN 'Egypt' THEN 'USD' WHEN 'Maldives' THEN 'USD' WHEN 'Indonesia' THEN 'USD'
                      WHEN 'Mexico' THEN 'USD' WHEN 'Tanzania' THEN 'USD' WHEN 'South Africa' THEN 'ZAR'
                      WHEN 'Brazil' THEN 'USD' WHEN 'Australia' THEN 'AUD' WHEN 'Iceland' THEN 'EUR'
                      WHEN 'United Arab Emirates' THEN 'USD' WHEN 'Morocco' THEN 'EUR' ELSE 'EUR' END,
       i % 4 = 1,
       CASE WHEN i % 6 = 0 THEN NULL ELSE DATE '2025-03-31' + (i % 4) * 92 END
FROM (VALUES
  (1, 'BCN', 'Hotel Miramar Barcelona', 4), (2, 'LIS', 'Casa do Alfama', 3), (3, 'ROM', 'Palazzo Navona Suites', 4),
  (4, 'RAK', 'Riad Dar Zitoun', 4), (5, 'PMI', 'Playa Serena Resort', 4), (6, 'NYC', 'The Hudson Midtown', 3),
  (7, 'ATH', 'Acropolis View Hotel', 3), (8, 'JTR', 'Oia Cliff Villas', 5), (9, 'LON', 'Kensington Gardens Hotel', 4),
  (10, 'AMS', 'Canal House Amsterdam', 4), (11, 'DXB', 'Marina Pearl Tower', 5), (12, 'BKK', 'Riverside Siam Hotel', 4),
  (13, 'VCE', 'Ca'' Dorata Venezia', 4), (14, 'DBV', 'Villa Lapad', 4), (15, 'PRG', 'Hotel Vltava', 3),
  (16, 'CUN', 'Coral Beach Resort Cancun', 5), (17, 'HKT', 'Kata Sands Resort', 4), (18, 'MAD', 'Gran Via Plaza', 3),
  (19, 'DUB', 'Liffey Quay Hotel', 3), (20, 'TYO', 'Shinjuku Garden Hotel', 3), (21, 'MIA', 'Ocean Drive Suites', 4),
  (22, 'DPS', 'Ubud Jungle Retreat', 4), (23, 'CAI', 'Nile Corniche Hotel', 4), (24, 'REK', 'Aurora Harbour Hotel', 3),
  (25, 'YUL', 'Hôtel Vieux-Montréal', 4), (26, 'MLE', 'Velana Lagoon Resort', 5), (27, 'CPT', 'Table Bay Lodge', 4),
  (28, 'ZNZ', 'Nungwi Beach Bungalows', 3), (29, 'RIO', 'Copacabana Palace View', 4), (30, 'SYD', 'Harbour Bridge Hotel', 4)
) AS h(i, cd, nm, stars)
JOIN destinations d ON d.dest_cd = h.cd;

INSERT INTO suppliers VALUES
  (41, 'Sunway Excursions', 'TOP', NULL, 'Spain', NULL, 15.00, 'EUR', true, '2025-09-30'),
  (42, 'Atlas Discovery Tours', 'TOP', NULL, 'Morocco', NULL, 18.00, 'EUR', false, '2025-09-30'),
  (43, 'Blue Lagoon Trips', 'TOP', NULL, 'Greece', NULL, 12.50, 'EUR', false, NULL),
  (44, 'Nomad Expeditions', 'TOP', NULL, 'Thailand', NULL, 20.00, 'USD', true, '2026-01-31'),
  (45, 'Cityscope Walks', 'TOP', NULL, 'Italy', NULL, 10.00, 'EUR', false, NULL),
  (46, 'Safari Horizons', 'TOP', NULL, 'South Africa', NULL, 17.50, 'USD', false, '2025-04-30'),
  (47, 'Island Hoppers', 'TOP', NULL, 'Indonesia', NULL, 14.00, 'USD', false, NULL),
  (48, 'Heritage Trails', 'TOP', NULL, 'France', NULL, 11.00, 'EUR', true, '2026-06-30');

-- Trips sold: volume grows each year, a few destinations and agents sell far more than others.
INSERT INTO bookings
SELECT n,
       'VA' || to_char(t.bkg_ts, 'YY') || lpad(n::text, 6, '0'),
       1 + (n * 37) % 550,
       CASE WHEN n % 8 IN (0, 4) THEN NULL
            ELSE 1 + floor(28 * power(((n * 389) % 1000 + 0.5) / 1000.0, 1.4))::int END,
       (ARRAY['BCN','LIS','ROM','RAK','PMI','NYC','ATH','JTR','LON','AMS','DXB','BKK','VCE','DBV',
              'PRG','CUN','HKT','MAD','DUB','TYO','MIA','DPS','CAI','REK','YUL','MLE','CPT','ZNZ'])
         [1 + floor(28 * power(((n * 733) % 1000 + 0.5) / 1000.0, 1.7))::int],
       t.bkg_ts,
       t.dep,
       CASE WHEN n % 41 = 0 THEN NULL ELSE t.ret END,
       CASE WHEN n % 10 < 5 THEN 2 WHEN n % 10 < 7 THEN 1 WHEN n % 10 < 9 THEN 4 ELSE 3 END,
       CASE n % 8 WHEN 0 THEN 'WEB' WHEN 4 THEN 'APP' WHEN 2 THEN 'PHN' WHEN 6 THEN 'PHN' ELSE 'AGY' END,
       CASE WHEN n % 11 = 0 THEN 'CXL'
            WHEN t.bkg_ts >= TIMESTAMP '2024-11-01' AND n % 3 = 0 THEN 'PND'
            WHEN t.ret < DATE '2024-12-31' THEN 'CMP'
            ELSE 'CNF' END,
       'EUR',
       0,
       NULL,
       n % 3 = 0,
       CASE WHEN n % 11 = 0 THEN t.bkg_ts + make_interval(days => 1 + n % 12, hours => 3) END
FROM generate_series(1, 1000) AS n,
LATERAL (
  SELECT CASE WHEN n <= 280 THEN TIMESTAMP '2022-01-01' + make_interval(days => (n - 1) * 365 / 280)
              WHEN n <= 610 THEN TIMESTAMP '2023-01-01' + make_interval(days => (n - 281) * 365 / 330)
              ELSE TIMESTAMP '2024-01-01' + make_interval(days => (n - 611) * 366 / 390) END
         + make_interval(hours => 8 + n % 11, mins => (n * 13) % 60) AS bkg_ts
) AS b,
LATERAL (
  SELECT b.bkg_ts, (b.bkg_ts::date + 14 + (n * 13) % 150) AS dep,
         (b.bkg_ts::date + 14 + (n * 13) % 150 + 3 + (n * 5) % 12) AS ret
) AS t;

-- Two agents left in 2024, shortly after their last sale.
UPDATE agents a SET term_dt = (SELECT max(b.bkg_dt)::date + 10 FROM bookings b WHERE b.agt_id = a.agt_id)
WHERE a.term_dt IS NOT NULL;

-- Flight line on every trip.
INSERT INTO booking_items
SELECT b.bkg_id, b.bkg_id,
       CASE WHEN d.rgn_nm = 'Europe' THEN 1 + (b.bkg_id * 7) % 9
            ELSE (ARRAY[1, 2, 3, 4, 10])[1 + b.bkg_id % 5] END,
       'FLT', b.dep_dt, NULL, b.nbr_pax,
       p.prc, p.prc * b.nbr_pax,
       CASE b.stat_cd WHEN 'CXL' THEN 'CXL' WHEN 'PND' THEN 'PND' ELSE 'CNF' END
FROM bookings b
JOIN destinations d ON d.dest_cd = b.dest_cd,
LATERAL (
  SELECT (CASE d.rgn_nm WHEN 'Europe' THEN 95 WHEN 'Africa' THEN 260 WHEN 'Asia' THEN 560
                        WHEN 'North America' THEN 480 WHEN 'South America' THEN 720 ELSE 1050 END
          + (b.bkg_id * 17) % 110 + 0.99)::numeric(10,2) AS prc
) AS p;

-- Hotel line on two trips out of three.
INSERT INTO booking_items
SELECT 1000 + row_number() OVER (ORDER BY b.bkg_id), b.bkg_id, s.supp_id,
       'HTL', b.dep_dt, coalesce(b.ret_dt - b.dep_dt, 5), (b.nbr_pax + 1) / 2,
       p.prc, p.prc * coalesce(b.ret_dt - b.dep_dt, 5) * ((b.nbr_pax + 1) / 2),
       CASE b.stat_cd WHEN 'CXL' THEN 'CXL' WHEN 'PND' THEN 'PND' ELSE 'CNF' END
FROM bookings b
JOIN suppliers s ON s.dest_cd = b.dest_cd AND s.supp_typ_cd = 'HTL',
LATERAL (SELECT (45 + s.str_rtg * 28 + (b.bkg_id * 7) % 30)::numeric(10,2) AS prc) AS p
WHERE b.bkg_id % 3 <> 0;

-- Guided tour or excursion on one trip out of three.
INSERT INTO booking_items
SELECT 2000 + row_number() OVER (ORDER BY b.bkg_id), b.bkg_id, 41 + (b.bkg_id * 5) % 8,
       'TUR', b.dep_dt + 1 + b.bkg_id % 2, NULL, b.nbr_pax,
       p.prc, p.prc * b.nbr_pax,
       CASE b.stat_cd WHEN 'CXL' THEN 'CXL' WHEN 'PND' THEN 'PND' ELSE 'CNF' END
FROM bookings b,
LATERAL (SELECT (35 + ((b.bkg_id * 19) % 8) * 15)::numeric(10,2) AS prc) AS p
WHERE b.bkg_id % 3 = 1;

UPDATE bookings b
SET disc_amt = CASE WHEN b.bkg_id % 9 = 0 THEN round(s.sm * 0.05, 2) END,
    tot_amt  = s.sm - CASE WHEN b.bkg_id % 9 = 0 THEN round(s.sm * 0.05, 2) ELSE 0 END
FROM (SELECT bkg_id, sum(ln_amt) AS sm FROM booking_items GROUP BY bkg_id) s
WHERE s.bkg_id = b.bkg_id;

-- Payments: full payment at booking, or a 30% deposit then the balance 30 days before
-- departure; a few card payments fail first; pending trips are not paid yet.
INSERT INTO payments
SELECT row_number() OVER (ORDER BY x.pmt_dt, x.bkg_id, x.seq), x.bkg_id, x.pmt_dt, x.amt, 'EUR',
       x.typ, x.mthd,
       CASE WHEN x.mthd = 'CC' THEN lpad(((x.bkg_id * 7331) % 10000)::text, 4, '0') END,
       x.stat
FROM (
  SELECT b.bkg_id, 1 AS seq, (b.bkg_dt + interval '2 hours') AT TIME ZONE 'Europe/Paris' AS pmt_dt,
         CASE WHEN b.bkg_id % 2 = 0 THEN b.tot_amt ELSE round(b.tot_amt * 0.30, 2) END AS amt,
         CASE WHEN b.bkg_id % 2 = 0 THEN 'FUL' ELSE 'DEP' END AS typ,
         (ARRAY['CC','CC','CC','BT','PP','CC','BT','CHQ'])[1 + b.bkg_id % 8] AS mthd,
         'OK' AS stat
  FROM bookings b WHERE b.stat_cd <> 'PND'
  UNION ALL
  SELECT b.bkg_id, 0, (b.bkg_dt + interval '1 hour') AT TIME ZONE 'Europe/Paris',
         CASE WHEN b.bkg_id % 2 = 0 THEN b.tot_amt ELSE round(b.tot_amt * 0.30, 2) END,
         CASE WHEN b.bkg_id % 2 = 0 THEN 'FUL' ELSE 'DEP' END, 'CC', 'FLD'
  FROM bookings b WHERE b.stat_cd <> 'PND' AND b.bkg_id % 29 = 0
  UNION ALL
  SELECT b.bkg_id, 2,
         (greatest(b.bkg_dt + interval '1 day', (b.dep_dt - 30) + time '10:30')) AT TIME ZONE 'Europe/Paris',
         b.tot_amt - round(b.tot_amt * 0.30, 2), 'BAL',
         (ARRAY['CC','BT','CC','PP'])[1 + b.bkg_id % 4], 'OK'
  FROM bookings b
  WHERE b.bkg_id % 2 = 1 AND b.stat_cd IN ('CMP', 'CNF')
    AND greatest(b.bkg_dt + interval '1 day', (b.dep_dt - 30) + time '10:30') < TIMESTAMP '2024-12-31'
) AS x;

-- Refunds on cancelled trips (share depends on the reason) and a few goodwill refunds after
-- complaints on completed trips.
INSERT INTO refunds
SELECT row_number() OVER (ORDER BY r.rfnd_dt, r.bkg_id), r.bkg_id, r.pmt_id, r.rfnd_dt, r.amt, r.rsn,
       r.agt, CASE WHEN r.rfnd_dt >= DATE '2024-12-10' THEN NULL ELSE r.rfnd_dt + time '16:00' + make_interval(days => 2 + r.bkg_id % 5) END
FROM (
  SELECT b.bkg_id, p.pmt_id, (b.cxl_dt::date + b.bkg_id % 10) AS rfnd_dt,
         round(p.pd_amt * CASE b.bkg_id % 3 WHEN 0 THEN 1.00 WHEN 1 THEN 0.80 ELSE 0.50 END, 2) AS amt,
         CASE b.bkg_id % 3 WHEN 0 THEN 'SUP' WHEN 1 THEN 'MED' ELSE 'CLT' END AS rsn,
         b.agt_id AS agt
  FROM bookings b JOIN payments p ON p.bkg_id = b.bkg_id AND p.stat_cd = 'OK' AND p.pmt_typ_cd IN ('FUL', 'DEP')
  WHERE b.stat_cd = 'CXL'
  UNION ALL
  SELECT b.bkg_id, p.pmt_id, b.ret_dt + 6 + b.bkg_id % 9,
         (50 + (b.bkg_id % 4) * 25)::numeric(12,2), 'CMP', coalesce(b.agt_id, 3)
  FROM bookings b JOIN payments p ON p.bkg_id = b.bkg_id AND p.stat_cd = 'OK' AND p.pmt_typ_cd IN ('FUL', 'DEP')
  WHERE b.stat_cd = 'CMP' AND b.bkg_id % 23 = 0 AND b.ret_dt IS NOT NULL
) AS r
WHERE r.rfnd_dt <= DATE '2024-12-31';

-- Reviews left after most completed trips.
INSERT INTO reviews
SELECT row_number() OVER (ORDER BY x.rvw_dt, x.bkg_id), x.bkg_id, x.clnt_id, x.rvw_dt, x.rtg,
       x.rtg >= 4,
       CASE WHEN x.bkg_id % 4 = 0 THEN NULL
            ELSE (CASE x.rtg WHEN 5 THEN ARRAY['Perfect trip, everything was organised to the minute.',
                                               'Wonderful hotel and a very helpful agent.',
                                               'Would book again without hesitation.']
                             WHEN 4 THEN ARRAY['Very good overall, the transfer was a bit late.',
                                               'Nice stay, breakfast could be better.',
                                               'Good value for money.']
                             WHEN 3 THEN ARRAY['Average, the room did not match the photos.',
                                               'Flight delayed both ways, hotel fine.',
                                               'OK but too expensive for what it was.']
                             WHEN 2 THEN ARRAY['Hotel was noisy and the tour was cancelled.',
                                               'Poor communication before departure.',
                                               'Lost luggage and little help from the airline.']
                             ELSE ARRAY['Terrible experience, asked for a refund.',
                                        'Overbooked hotel, we were moved to another one.',
                                        'Never again.'] END)[1 + x.bkg_id % 3] END,
       (ARRAY['WEB','EML','APP','WEB'])[1 + x.bkg_id % 4]
FROM (
  SELECT b.bkg_id, b.clnt_id, coalesce(b.ret_dt, b.dep_dt + 7) + 1 + b.bkg_id % 9 AS rvw_dt,
         CASE WHEN (b.bkg_id * 7 + length(b.dest_cd || d.dest_nm)) % 10 < 4 THEN 5
              WHEN (b.bkg_id * 7 + length(b.dest_cd || d.dest_nm)) % 10 < 7 THEN 4
              WHEN (b.bkg_id * 7 + length(b.dest_cd || d.dest_nm)) % 10 < 8 THEN 3
              WHEN (b.bkg_id * 7 + length(b.dest_cd || d.dest_nm)) % 10 < 9 THEN 2
              ELSE 1 END AS rtg
  FROM bookings b JOIN destinations d ON d.dest_cd = b.dest_cd
  WHERE b.stat_cd = 'CMP' AND b.bkg_id % 5 IN (0, 1, 3)
) AS x
WHERE x.rvw_dt <= DATE '2024-12-31';
