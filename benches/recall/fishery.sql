-- Sample database of a fishing cooperative: member owners and their vessels, skippers,
-- fishing trips, landings by species and weight (kg), quotas per vessel, species and year,
-- the first-sale fish auctions at the co-op's ports, registered buyers and the auction lots
-- they bought with the price per kilogram.
-- Every row is invented and reproducible: fixed lists, generate_series and modular
-- arithmetic only (no random(), no now()).

CREATE TABLE ports (
    port_code              char(3) PRIMARY KEY,
    name                   text NOT NULL UNIQUE,
    region                 text NOT NULL,
    has_auction_hall       boolean NOT NULL,
    berth_fee_per_day      numeric(6,2) NOT NULL
);

CREATE TABLE owners (
    member_no              text PRIMARY KEY,
    name                   text NOT NULL,
    member_type            text NOT NULL CHECK (member_type IN ('individual', 'family firm', 'company')),
    town                   text NOT NULL,
    joined_on              date NOT NULL,
    shares_held            integer NOT NULL
);

CREATE TABLE skippers (
    licence_no             text PRIMARY KEY,
    full_name              text NOT NULL,
    born_on                date NOT NULL,
    certificate_class      text NOT NULL CHECK (certificate_class IN ('Class 1', 'Class 2')),
    certified_on           date NOT NULL
);

CREATE TABLE vessels (
    registration_no        text PRIMARY KEY,
    name                   text NOT NULL,
    home_port              char(3) NOT NULL REFERENCES ports (port_code),
    member_no              text NOT NULL REFERENCES owners (member_no),
    skipper_licence        text NOT NULL REFERENCES skippers (licence_no),
    gear_type              text NOT NULL CHECK (gear_type IN ('trawl', 'gillnet', 'longline', 'pot', 'seine')),
    length_m               numeric(5,2) NOT NULL,
    engine_kw              integer NOT NULL,
    gross_tonnage          numeric(7,1) NOT NULL,
    built_year             integer NOT NULL,
    registered_on          date NOT NULL,
    active                 boolean NOT NULL,
    decommissioned_on      date
);

CREATE TABLE species (
    species_code           char(3) PRIMARY KEY,
    common_name            text NOT NULL UNIQUE,
    scientific_name        text NOT NULL,
    category               text NOT NULL CHECK (category IN ('demersal', 'flatfish', 'shellfish', 'pelagic')),
    min_size_mm            integer,
    quota_managed          boolean NOT NULL,
    withdrawal_price_per_kg numeric(6,2) NOT NULL
);

CREATE TABLE quotas (
    registration_no        text NOT NULL REFERENCES vessels (registration_no),
    species_code           char(3) NOT NULL REFERENCES species (species_code),
    quota_year             integer NOT NULL,
    quota_kg               numeric(10,0) NOT NULL,
    PRIMARY KEY (registration_no, species_code, quota_year)
);

CREATE TABLE trips (
    registration_no        text NOT NULL REFERENCES vessels (registration_no),
    trip_no                integer NOT NULL,
    departed_at            timestamp NOT NULL,
    returned_at            timestamp NOT NULL,
    landing_port           char(3) NOT NULL REFERENCES ports (port_code),
    skipper_licence        text NOT NULL REFERENCES skippers (licence_no),
    crew_size              integer NOT NULL,
    fuel_litres            numeric(8,1) NOT NULL,
    status                 text NOT NULL CHECK (status IN ('completed', 'aborted')),
    PRIMARY KEY (registration_no, trip_no),
    CHECK (returned_at > departed_at)
);

CREATE TABLE landings (
    registration_no        text NOT NULL,
    trip_no                integer NOT NULL,
    species_code           char(3) NOT NULL REFERENCES species (species_code),
    weight_kg              numeric(9,1) NOT NULL,
    discard_kg             numeric(8,1) NOT NULL,
    PRIMARY KEY (registration_no, trip_no, species_code),
    FOREIGN KEY (registration_no, trip_no) REFERENCES trips (registration_no, trip_no)
);

CREATE TABLE buyers (
    buyer_reg_no           text PRIMARY KEY,
    name                   text NOT NULL UNIQUE,
    buyer_type             text NOT NULL CHECK (buyer_type IN ('wholesaler', 'processor', 'retailer', 'restaurant', 'exporter')),
    city                   text NOT NULL,
    country                text NOT NULL,
    registered_on          date NOT NULL,
    credit_limit           numeric(12,2) NOT NULL
);

CREATE TABLE auctions (
    port_code              char(3) NOT NULL REFERENCES ports (port_code),
    auction_date           date NOT NULL,
    auctioneer             text NOT NULL,
    opened_at              time NOT NULL,
    PRIMARY KEY (port_code, auction_date)
);

CREATE TABLE lots (
    port_code              char(3) NOT NULL,
    auction_date           date NOT NULL,
    lot_no                 integer NOT NULL,
    registration_no        text NOT NULL,
    trip_no                integer NOT NULL,
    species_code           char(3) NOT NULL,
    weight_kg              numeric(9,1) NOT NULL,
    freshness_grade        char(1) NOT NULL CHECK (freshness_grade IN ('E', 'A', 'B')),
    status                 text NOT NULL CHECK (status IN ('sold', 'withdrawn')),
    buyer_reg_no           text REFERENCES buyers (buyer_reg_no),
    price_per_kg           numeric(7,2),
    PRIMARY KEY (port_code, auction_date, lot_no),
    FOREIGN KEY (port_code, auction_date) REFERENCES auctions (port_code, auction_date),
    FOREIGN KEY (registration_no, trip_no, species_code)
        REFERENCES landings (registration_no, trip_no, species_code),
    CHECK ((status = 'sold') = (buyer_reg_no IS NOT NULL AND price_per_kg IS NOT NULL))
);

INSERT INTO ports (port_code, name, region, has_auction_hall, berth_fee_per_day) VALUES
    ('KLB', 'Kilbrannan',   'West',  true,  18.50),
    ('ARD', 'Port Ardmore', 'West',  true,  22.00),
    ('SLW', 'Saltwick',     'North', true,  15.00),
    ('HLB', 'Hollins Bay',  'North', false,  9.50),
    ('EWD', 'Eastwold',     'East',  true,  20.00),
    ('MRP', 'Marram Point', 'East',  false,  8.00),
    ('SKR', 'Skerrow',      'North', true,  12.50),
    ('DNM', 'Dunmere',      'South', true,  25.00);

INSERT INTO owners (member_no, name, member_type, town, joined_on, shares_held) VALUES
    ('CM-101', 'Brannan Fishing Ltd',        'company',     'Kilbrannan',   '2009-04-01', 40),
    ('CM-102', 'Iain MacLeod',               'individual',  'Kilbrannan',   '2011-06-15',  8),
    ('CM-103', 'Ardmore Seafoods Ltd',       'company',     'Port Ardmore', '2008-01-10', 55),
    ('CM-104', 'Sorcha Dunne',               'individual',  'Port Ardmore', '2015-03-02',  6),
    ('CM-105', 'Saltwick Trawlers Ltd',      'company',     'Saltwick',     '2010-09-20', 48),
    ('CM-106', 'The Gilchrist Family',       'family firm', 'Saltwick',     '2012-05-11', 20),
    ('CM-107', 'Hollins Bay Creels',         'family firm', 'Hollins Bay',  '2016-07-07', 12),
    ('CM-108', 'Peter Kettle',               'individual',  'Eastwold',     '2013-02-28',  5),
    ('CM-109', 'Eastwold Pelagic Ltd',       'company',     'Eastwold',     '2009-11-30', 70),
    ('CM-110', 'Marram Shellfish',           'family firm', 'Marram Point', '2018-04-16', 10),
    ('CM-111', 'Ruaridh Sinclair',           'individual',  'Skerrow',      '2014-08-19',  7),
    ('CM-112', 'Skerrow Line Fishing Ltd',   'company',     'Skerrow',      '2011-03-03', 30),
    ('CM-113', 'Dunmere Fish Co',            'company',     'Dunmere',      '2010-06-30', 45),
    ('CM-114', 'Alys Penrose',               'individual',  'Dunmere',      '2019-10-01',  4),
    ('CM-115', 'Northern Reach Fishing Ltd', 'company',     'Saltwick',     '2021-01-18', 25),
    ('CM-116', 'Tamsin Hocking',             'individual',  'Dunmere',      '2024-02-12',  3),
    ('CM-117', 'Callum Reid',                'individual',  'Kilbrannan',   '2023-05-05',  2);

-- Skippers: born and certified dates from modular arithmetic on the list position.
INSERT INTO skippers (licence_no, full_name, born_on, certificate_class, certified_on)
SELECT s.licence_no,
       s.full_name,
       date '1956-03-01' + ((s.i * 1237) % 12400),
       CASE WHEN s.i % 3 = 0 THEN 'Class 2' ELSE 'Class 1' END,
       date '1956-03-01' + ((s.i * 1237) % 12400) + (22 + s.i % 9) * 365 + (s.i * 41) % 200
FROM (VALUES
    ( 1, 'SKL-20417', 'Angus MacRae'),
    ( 2, 'SKL-20533', 'Duncan Shaw'),
    ( 3, 'SKL-20586', 'Morag Campbell'),
    ( 4, 'SKL-20702', 'Ewan Fraser'),
    ( 5, 'SKL-20791', 'Neil Gilchrist'),
    ( 6, 'SKL-20845', 'Fergus Bain'),
    ( 7, 'SKL-20913', 'Calum Munro'),
    ( 8, 'SKL-21030', 'Jory Trevithick'),
    ( 9, 'SKL-21088', 'Iain MacLeod'),
    (10, 'SKL-21154', 'Kerensa Pascoe'),
    (11, 'SKL-21207', 'Alys Penrose'),
    (12, 'SKL-21349', 'Tom Kettle'),
    (13, 'SKL-21402', 'Sorcha Dunne'),
    (14, 'SKL-21476', 'Harry Kettle'),
    (15, 'SKL-21530', 'Magnus Sinclair'),
    (16, 'SKL-21618', 'Erik Tulloch'),
    (17, 'SKL-21695', 'Ruaridh Sinclair'),
    (18, 'SKL-21742', 'Piran Hocking'),
    (19, 'SKL-21803', 'Donald Mackay'),
    (20, 'SKL-21869', 'Hamish Mackay'),
    (21, 'SKL-21924', 'Ross Tait'),
    (22, 'SKL-22011', 'Gary Bell'),
    (23, 'SKL-22078', 'Kenny Reid'),
    (24, 'SKL-22136', 'Lewis Manson'),
    (25, 'SKL-22190', 'Robbie Ward'),
    (26, 'SKL-22257', 'Graham Herd'),
    (27, 'SKL-22312', 'Stuart Gilchrist'),
    (28, 'SKL-22385', 'Fraser Irvine'),
    (29, 'SKL-22441', 'Colin Budge'),
    (30, 'SKL-22509', 'Mairi Nicolson'),
    (31, 'SKL-22563', 'Denzil Rowe'),
    (32, 'SKL-22620', 'Ally Grant'),
    (33, 'SKL-22688', 'Bill Jamieson'),
    (34, 'SKL-22747', 'Kirsty Morrison')
) AS s (i, licence_no, full_name);

INSERT INTO vessels (registration_no, name, home_port, member_no, skipper_licence, gear_type,
                     length_m, engine_kw, gross_tonnage, built_year, registered_on, active, decommissioned_on) VALUES
    ('KN-101', 'Morning Star',    'KLB', 'CM-101', 'SKL-20417', 'trawl',    21.50,  480,  112.0, 2004, '2009-04-01', true,  NULL),
    ('KN-114', 'Silver Harvest',  'KLB', 'CM-101', 'SKL-20533', 'trawl',    18.20,  370,   84.5, 2010, '2010-08-14', true,  NULL),
    ('AD-203', 'Girl Morag',      'ARD', 'CM-103', 'SKL-20586', 'trawl',    23.80,  560,  140.2, 2001, '2008-01-10', true,  NULL),
    ('AD-219', 'Ocean Venture',   'ARD', 'CM-103', 'SKL-20702', 'trawl',    19.60,  410,   96.0, 2012, '2012-05-02', true,  NULL),
    ('SW-305', 'Northern Light',  'SLW', 'CM-105', 'SKL-20791', 'trawl',    24.40,  620,  151.7, 1999, '2010-09-20', false, '2023-09-30'),
    ('SW-318', 'Bountiful',       'SLW', 'CM-105', 'SKL-20845', 'trawl',    20.10,  440,  101.3, 2016, '2016-04-11', true,  NULL),
    ('SW-322', 'Reaper',          'SLW', 'CM-115', 'SKL-20913', 'trawl',    22.70,  520,  128.9, 2018, '2021-01-18', true,  NULL),
    ('DM-801', 'Cornish Maid',    'DNM', 'CM-113', 'SKL-21030', 'trawl',    17.40,  330,   72.4, 2008, '2010-06-30', true,  NULL),
    ('KN-131', 'Ellen Rose',      'KLB', 'CM-102', 'SKL-21088', 'gillnet',  11.90,  180,   18.6, 2006, '2011-06-15', true,  NULL),
    ('DM-812', 'Gannet',          'DNM', 'CM-113', 'SKL-21154', 'gillnet',  12.40,  200,   21.0, 2011, '2011-09-01', true,  NULL),
    ('DM-827', 'Kittiwake',       'DNM', 'CM-114', 'SKL-21207', 'gillnet',   9.80,  140,   12.3, 2019, '2019-10-01', true,  NULL),
    ('EW-505', 'Provider',        'EWD', 'CM-108', 'SKL-21349', 'gillnet',  13.10,  210,   24.8, 2003, '2013-02-28', true,  NULL),
    ('AD-241', 'Sorcha D',        'ARD', 'CM-104', 'SKL-21402', 'gillnet',  10.60,  160,   14.9, 2015, '2015-03-02', true,  NULL),
    ('EW-512', 'Tern',            'EWD', 'CM-108', 'SKL-21476', 'gillnet',   8.90,  120,    9.7, 1997, '2013-02-28', false, '2024-03-31'),
    ('SK-701', 'Sula Sgeir',      'SKR', 'CM-112', 'SKL-21530', 'longline', 26.30,  700,  186.0, 2005, '2011-03-03', true,  NULL),
    ('SK-709', 'Atlantic Dawn',   'SKR', 'CM-112', 'SKL-21618', 'longline', 28.10,  760,  214.5, 2013, '2013-07-19', true,  NULL),
    ('SK-716', 'Solan',           'SKR', 'CM-111', 'SKL-21695', 'longline', 16.80,  300,   61.2, 2009, '2014-08-19', true,  NULL),
    ('DM-835', 'Hake Hunter',     'DNM', 'CM-113', 'SKL-21742', 'longline', 25.20,  650,  172.8, 2023, '2023-07-01', true,  NULL),
    ('HB-401', 'Creel Lass',      'HLB', 'CM-107', 'SKL-21803', 'pot',       9.20,  110,    8.4, 2007, '2016-07-07', true,  NULL),
    ('HB-406', 'Lobster Pot',     'HLB', 'CM-107', 'SKL-21869', 'pot',       8.10,   90,    6.2, 2014, '2016-07-07', false, '2022-12-31'),
    ('MP-601', 'Razorbill',       'MRP', 'CM-110', 'SKL-21924', 'pot',      10.40,  130,   10.9, 2012, '2018-04-16', true,  NULL),
    ('MP-604', 'Puffin',          'MRP', 'CM-110', 'SKL-22011', 'pot',       7.60,   75,    5.1, 2020, '2020-05-20', true,  NULL),
    ('KN-152', 'Wee Mhairi',      'KLB', 'CM-102', 'SKL-22078', 'pot',       8.70,   95,    7.0, 2002, '2011-06-15', true,  NULL),
    ('SK-724', 'Selkie',          'SKR', 'CM-111', 'SKL-22136', 'pot',       9.50,  115,    8.8, 2017, '2017-03-27', true,  NULL),
    ('EW-520', 'Pelagic Quest',   'EWD', 'CM-109', 'SKL-22190', 'seine',    55.00, 2400, 1180.0, 2008, '2009-11-30', true,  NULL),
    ('EW-531', 'Aurora Borealis', 'EWD', 'CM-109', 'SKL-22257', 'seine',    62.30, 3100, 1540.0, 2015, '2015-06-01', true,  NULL),
    ('SW-340', 'Shetland Rover',  'SLW', 'CM-106', 'SKL-22312', 'seine',    48.70, 1900,  890.5, 2006, '2012-05-11', true,  NULL),
    ('KN-170', 'Brannan Pride',   'KLB', 'CM-101', 'SKL-22385', 'seine',    51.20, 2200, 1020.0, 2019, '2019-09-09', true,  NULL);

INSERT INTO species (species_code, common_name, scientific_name, category, min_size_mm, quota_managed, withdrawal_price_per_kg) VALUES
    ('COD', 'Atlantic cod',      'Gadus morhua',             'demersal',  350, true,   2.60),
    ('HAD', 'Haddock',           'Melanogrammus aeglefinus', 'demersal',  300, true,   1.80),
    ('WHG', 'Whiting',           'Merlangius merlangus',     'demersal',  270, true,   1.05),
    ('POK', 'Saithe',            'Pollachius virens',        'demersal',  350, true,   0.95),
    ('HKE', 'European hake',     'Merluccius merluccius',    'demersal',  270, true,   2.95),
    ('LIN', 'Ling',              'Molva molva',              'demersal',  630, true,   1.50),
    ('MON', 'Monkfish',          'Lophius piscatorius',      'demersal', NULL, true,   4.60),
    ('PLE', 'European plaice',   'Pleuronectes platessa',    'flatfish',  270, true,   1.50),
    ('SOL', 'Common sole',       'Solea solea',              'flatfish',  240, true,   8.50),
    ('NEP', 'Norway lobster',    'Nephrops norvegicus',      'shellfish',  20, true,   6.50),
    ('LOB', 'European lobster',  'Homarus gammarus',         'shellfish',  87, false, 15.50),
    ('CRE', 'Edible crab',       'Cancer pagurus',           'shellfish', 140, false,  2.10),
    ('WHE', 'Common whelk',      'Buccinum undatum',         'shellfish',  45, false,  0.85),
    ('MAC', 'Atlantic mackerel', 'Scomber scombrus',         'pelagic',   200, true,   0.75),
    ('HER', 'Atlantic herring',  'Clupea harengus',          'pelagic',   200, true,   0.38),
    ('SPR', 'European sprat',    'Sprattus sprattus',        'pelagic',  NULL, true,   0.22);

INSERT INTO buyers (buyer_reg_no, name, buyer_type, city, country, registered_on, credit_limit) VALUES
    ('RB-1042', 'Nordfresh Seafoods',      'wholesaler', 'Aberdeen',     'United Kingdom', '2015-03-01', 250000.00),
    ('RB-1077', 'Clyde Fish Merchants',    'wholesaler', 'Glasgow',      'United Kingdom', '2012-06-12', 180000.00),
    ('RB-1103', 'Harbour Smokehouse',      'processor',  'Kilbrannan',   'United Kingdom', '2016-09-01',  60000.00),
    ('RB-1128', 'Atlantic Processing Ltd', 'processor',  'Peterhead',    'United Kingdom', '2010-01-20', 400000.00),
    ('RB-1150', 'Le Poisson Bleu',         'restaurant', 'Edinburgh',    'United Kingdom', '2019-04-04',  15000.00),
    ('RB-1164', 'Saltwick Fishmongers',    'retailer',   'Saltwick',     'United Kingdom', '2014-11-11',  25000.00),
    ('RB-1189', 'Iberia Mar Export',       'exporter',   'Vigo',         'Spain',          '2013-05-17', 500000.00),
    ('RB-1203', 'Dunmere Catch',           'retailer',   'Dunmere',      'United Kingdom', '2017-02-02',  20000.00),
    ('RB-1231', 'Eastwold Quay Kitchen',   'restaurant', 'Eastwold',     'United Kingdom', '2020-07-15',  12000.00),
    ('RB-1258', 'Pelagia Frozen Foods',    'processor',  'Lerwick',      'United Kingdom', '2011-08-08', 600000.00),
    ('RB-1276', 'North Sea Traders',       'wholesaler', 'Hull',         'United Kingdom', '2015-10-10', 220000.00),
    ('RB-1290', 'Brixham Fish Sales',      'wholesaler', 'Brixham',      'United Kingdom', '2018-03-03', 150000.00),
    ('RB-1312', 'Shellfish Direct Europe', 'exporter',   'Roscoff',      'France',         '2016-06-06', 300000.00),
    ('RB-1335', 'The Creel Room',          'restaurant', 'Hollins Bay',  'United Kingdom', '2021-05-05',   8000.00),
    ('RB-1357', 'Highland Fish Co',        'retailer',   'Inverness',    'United Kingdom', '2019-09-09',  30000.00),
    ('RB-1372', 'Baltic Herring AS',       'exporter',   'Bergen',       'Norway',         '2012-12-12', 450000.00),
    ('RB-1398', 'Ardmore Fish Shop',       'retailer',   'Port Ardmore', 'United Kingdom', '2022-02-22',  10000.00),
    ('RB-1411', 'Marram Seafood Bar',      'restaurant', 'Marram Point', 'United Kingdom', '2023-04-01',   6000.00),
    ('RB-1436', 'Coastline Catering',      'restaurant', 'Glasgow',      'United Kingdom', '2025-01-15',   9000.00),
    ('RB-1459', 'Kestrel Fish Imports',    'exporter',   'Rotterdam',    'Netherlands',    '2024-10-01', 200000.00);

-- Trips: each vessel fishes evenly over its working period in 2022-2025 (from its
-- registration or 2022-01-04, to ten days before decommissioning or 2025-12-12); trip
-- length and crew follow the gear; about one trip in 29 is aborted. Boats other than the
-- day-trip creelers sail twelve days earlier rather than be at sea over Christmas.
WITH v AS (
    SELECT vs.*,
           row_number() OVER (ORDER BY vs.registration_no) AS vi,
           greatest(date '2022-01-04', vs.registered_on) AS first_day,
           coalesce(vs.decommissioned_on - 10, date '2025-12-12') AS last_day,
           CASE vs.gear_type WHEN 'pot' THEN 80 WHEN 'gillnet' THEN 62 WHEN 'trawl' THEN 46
                             WHEN 'longline' THEN 36 ELSE 30 END AS per_period
    FROM vessels vs
), p AS (
    SELECT v.*,
           (v.last_day - v.first_day) AS span,
           greatest(6, round(v.per_period * (v.last_day - v.first_day) / 1438.0
                             * (0.85 + (v.vi % 5) / 10.0)))::int AS ntrips
    FROM v
)
INSERT INTO trips (registration_no, trip_no, departed_at, returned_at, landing_port,
                   skipper_licence, crew_size, fuel_litres, status)
SELECT p.registration_no,
       t.n,
       e.dep,
       e.dep + f.dur,
       CASE WHEN t.n % 6 = 0 AND p.length_m > 15
                THEN (ARRAY['KLB','ARD','SLW','EWD','SKR','DNM'])[1 + (p.vi + t.n) % 6]
            WHEN p.home_port = 'HLB' THEN 'SLW'
            WHEN p.home_port = 'MRP' THEN 'EWD'
            ELSE p.home_port END,
       CASE WHEN t.n % 9 = 0
                THEN (ARRAY['SKL-22441','SKL-22509','SKL-22563','SKL-22620'])[1 + (p.vi + t.n / 9) % 4]
            ELSE p.skipper_licence END,
       CASE p.gear_type WHEN 'pot' THEN 2 WHEN 'gillnet' THEN 3 WHEN 'trawl' THEN 4
                        WHEN 'longline' THEN 5 ELSE 8 END + (p.vi + t.n) % 3,
       round((p.engine_kw * extract(epoch FROM f.dur) / 3600.0
              * (0.16 + ((p.vi + t.n) % 7) / 100.0))::numeric, 1),
       e.status
FROM p
CROSS JOIN LATERAL generate_series(1, p.ntrips) AS t (n)
CROSS JOIN LATERAL (
    SELECT p.first_day + ((t.n - 1) * p.span / p.ntrips + (p.vi * 5 + t.n * 3) % 4)::int AS planned_day
) d0
CROSS JOIN LATERAL (
    SELECT CASE WHEN p.gear_type <> 'pot' AND extract(month FROM d0.planned_day) = 12
                     AND extract(day FROM d0.planned_day) >= 20
                THEN d0.planned_day - 12 ELSE d0.planned_day END AS dep_day
) d
CROSS JOIN LATERAL (
    SELECT d.dep_day + time '03:00'
               + ((p.vi * 7 + t.n) % 6) * interval '1 hour'
               + ((t.n * 13) % 4) * interval '15 minutes' AS dep,
           CASE WHEN (p.vi * 31 + t.n * 17) % 29 = 0 THEN 'aborted' ELSE 'completed' END AS status
) e
CROSS JOIN LATERAL (
    SELECT CASE WHEN e.status = 'aborted'
                    THEN interval '5 hours' + (t.n % 4) * interval '1 hour'
                ELSE CASE p.gear_type
                    WHEN 'pot'      THEN interval '9 hours' + ((p.vi + t.n) % 5) * interval '1 hour'
                    WHEN 'gillnet'  THEN interval '1 day' + ((p.vi + t.n) % 3) * interval '12 hours'
                                         + ((t.n * 7) % 5) * interval '1 hour'
                    WHEN 'trawl'    THEN interval '3 days' + ((p.vi * 3 + t.n) % 4) * interval '1 day'
                                         + ((t.n * 5) % 9) * interval '1 hour'
                    WHEN 'longline' THEN interval '5 days' + ((p.vi + t.n * 2) % 4) * interval '1 day'
                                         + ((t.n * 3) % 7) * interval '1 hour'
                    ELSE                 interval '2 days' + ((p.vi + t.n) % 3) * interval '1 day'
                                         + ((t.n * 11) % 10) * interval '1 hour'
                END END AS dur
) f;

-- Landings: completed trips land one to five species of the vessel's gear; purse seiners
-- follow the season (mackerel in winter, herring in summer, sprat some winter trips).
WITH v AS (
    SELECT vs.*, row_number() OVER (ORDER BY vs.registration_no) AS vi,
           CASE vs.gear_type
               WHEN 'trawl'    THEN ARRAY['COD','HAD','WHG','PLE','NEP','MON']
               WHEN 'gillnet'  THEN ARRAY['COD','POK','HKE','SOL']
               WHEN 'longline' THEN ARRAY['HKE','LIN','COD','MON']
               WHEN 'pot'      THEN ARRAY['LOB','CRE','WHE']
           END AS gear_species,
           vs.length_m / CASE vs.gear_type WHEN 'seine' THEN 55 WHEN 'pot' THEN 9 ELSE 18 END AS size_factor
    FROM vessels vs
), base (species_code, kg) AS (VALUES
    ('COD', 900), ('HAD', 800), ('WHG', 450), ('POK', 650), ('HKE', 700), ('LIN', 400),
    ('MON', 300), ('PLE', 380), ('SOL', 110), ('NEP', 320), ('LOB', 35), ('CRE', 320),
    ('WHE', 450), ('MAC', 140000), ('HER', 110000), ('SPR', 60000)
), pick AS (
    SELECT t.registration_no, t.trip_no, v.vi, v.size_factor, s.category,
           extract(month FROM t.returned_at)::int AS mon,
           j.j,
           c.species_code
    FROM trips t
    JOIN v ON v.registration_no = t.registration_no
    CROSS JOIN LATERAL (
        SELECT CASE WHEN v.gear_type <> 'seine' THEN v.gear_species
                    WHEN extract(month FROM t.departed_at) IN (11, 12, 1, 2) AND t.trip_no % 2 = 0 THEN ARRAY['MAC','SPR']
                    WHEN extract(month FROM t.departed_at) IN (10, 11, 12, 1, 2, 3) THEN ARRAY['MAC']
                    WHEN extract(month FROM t.departed_at) IN (6, 7) AND t.trip_no % 3 = 0 THEN ARRAY['HER','MAC']
                    ELSE ARRAY['HER'] END AS arr
    ) a
    CROSS JOIN LATERAL (
        SELECT CASE v.gear_type WHEN 'seine' THEN cardinality(a.arr)
                                WHEN 'trawl' THEN 2 + (v.vi + t.trip_no) % 4
                                ELSE 1 + (v.vi + t.trip_no) % 3 END AS k,
               (t.trip_no * v.vi + t.trip_no / 3) % cardinality(a.arr) AS off
    ) b
    CROSS JOIN LATERAL generate_series(0, b.k - 1) AS j (j)
    CROSS JOIN LATERAL (
        SELECT CASE WHEN v.gear_type = 'seine' THEN a.arr[1 + j.j]
                    ELSE a.arr[1 + (b.off + j.j) % cardinality(a.arr)] END AS species_code
    ) c
    JOIN species s ON s.species_code = c.species_code
    WHERE t.status = 'completed'
)
INSERT INTO landings (registration_no, trip_no, species_code, weight_kg, discard_kg)
SELECT pk.registration_no, pk.trip_no, pk.species_code, w.kg,
       round(w.kg * ((pk.vi + pk.trip_no + pk.j) % 6) / 100.0, 1)
FROM pick pk
JOIN base ON base.species_code = pk.species_code
CROSS JOIN LATERAL (
    SELECT round((base.kg * pk.size_factor
                   * (0.55 + ((pk.vi * 13 + pk.trip_no * 7 + pk.j * 5) % 17) / 16.0)
                   * CASE pk.category
                         WHEN 'shellfish' THEN 1 - 0.3 * cos(radians(30 * (pk.mon - 1)))
                         WHEN 'pelagic'   THEN 1
                         ELSE 1 + 0.2 * cos(radians(30 * (pk.mon - 1))) END)::numeric, 1) AS kg
) w;

-- Quotas: every quota-managed species of the vessel's gear, for each year the vessel
-- fished; set between about 95% and 135% of that year's landings (at least 1,000 kg),
-- rounded to 500 kg, so some vessels end a year over quota and most under.
WITH v AS (
    SELECT vs.registration_no, row_number() OVER (ORDER BY vs.registration_no) AS vi,
           CASE vs.gear_type
               WHEN 'trawl'    THEN ARRAY['COD','HAD','WHG','PLE','NEP','MON']
               WHEN 'gillnet'  THEN ARRAY['COD','POK','HKE','SOL']
               WHEN 'longline' THEN ARRAY['HKE','LIN','COD','MON']
               WHEN 'pot'      THEN ARRAY[]::text[]
               ELSE ARRAY['MAC','HER','SPR']
           END AS gear_species
    FROM vessels vs
), years AS (
    SELECT DISTINCT registration_no, extract(year FROM returned_at)::int AS yr
    FROM trips
)
INSERT INTO quotas (registration_no, species_code, quota_year, quota_kg)
SELECT v.registration_no, sp.code, y.yr,
       greatest(1000, round(coalesce(l.kg, 0) * (0.95 + ((v.vi * 3 + y.yr + sp.ord * 2) % 9) / 20.0) / 500) * 500)
FROM v
JOIN years y ON y.registration_no = v.registration_no
CROSS JOIN LATERAL unnest(v.gear_species) WITH ORDINALITY AS sp (code, ord)
LEFT JOIN LATERAL (
    SELECT sum(la.weight_kg) AS kg
    FROM landings la JOIN trips t USING (registration_no, trip_no)
    WHERE la.registration_no = v.registration_no AND la.species_code = sp.code
      AND extract(year FROM t.returned_at) = y.yr
) l ON true;

-- Auctions: a morning sale at each landing port with an auction hall on every day a boat
-- came in (fish landed after 06:00 go to the next morning's sale).
INSERT INTO auctions (port_code, auction_date, auctioneer, opened_at)
SELECT x.port_code, x.auction_date,
       CASE x.port_code
           WHEN 'KLB' THEN (ARRAY['Hector Lyall', 'Jean Ogilvie'])[1 + extract(dow FROM x.auction_date)::int % 2]
           WHEN 'ARD' THEN (ARRAY['Brian Coull', 'Fiona Rennie'])[1 + extract(dow FROM x.auction_date)::int % 2]
           WHEN 'SLW' THEN (ARRAY['Doug Strachan', 'Ann Leask'])[1 + extract(dow FROM x.auction_date)::int % 2]
           WHEN 'EWD' THEN (ARRAY['Martin Pye', 'Carol Wragg'])[1 + extract(dow FROM x.auction_date)::int % 2]
           WHEN 'SKR' THEN 'Magnus Isbister'
           ELSE (ARRAY['Ben Trewin', 'Lowenna Cole'])[1 + extract(dow FROM x.auction_date)::int % 2]
       END,
       CASE WHEN x.port_code IN ('SKR', 'DNM') THEN time '06:30' ELSE time '06:00' END
FROM (
    SELECT DISTINCT t.landing_port AS port_code, (t.returned_at + interval '18 hours')::date AS auction_date
    FROM trips t
    WHERE EXISTS (SELECT 1 FROM landings l WHERE l.registration_no = t.registration_no AND l.trip_no = t.trip_no)
) x;

-- Lots: each landing goes to the next sale at its landing port, in two lots when over two
-- tonnes. The best bid depends on species, freshness grade, day and year; a lot whose bid
-- is under the species' withdrawal price (the 2022 level, raised 4% a year like the
-- market) is withdrawn unsold. Buyers registered after the
-- sale date are replaced by a long-standing buyer of that kind of fish.
WITH guide (species_code, price) AS (VALUES
    ('COD', 3.60), ('HAD', 2.50), ('WHG', 1.45), ('POK', 1.30), ('HKE', 4.10), ('LIN', 2.05),
    ('MON', 6.40), ('PLE', 2.10), ('SOL', 11.80), ('NEP', 9.00), ('LOB', 21.50), ('CRE', 2.90),
    ('WHE', 1.15), ('MAC', 1.05), ('HER', 0.52), ('SPR', 0.30)
), parts AS (
    SELECT l.registration_no, l.trip_no, l.species_code, s.category, s.withdrawal_price_per_kg,
           t.landing_port AS port_code,
           (t.returned_at + interval '18 hours')::date AS auction_date,
           pt.part,
           CASE WHEN l.weight_kg <= 2000 THEN l.weight_kg
                WHEN pt.part = 1 THEN round(l.weight_kg * 0.55, 1)
                ELSE l.weight_kg - round(l.weight_kg * 0.55, 1) END AS weight_kg,
           ascii(substr(l.species_code, 1, 1)) + ascii(substr(l.species_code, 2, 1))
               + ascii(substr(l.registration_no, 1, 1)) + substr(l.registration_no, 4)::int AS h
    FROM landings l
    JOIN trips t USING (registration_no, trip_no)
    JOIN species s ON s.species_code = l.species_code
    CROSS JOIN LATERAL generate_series(1, CASE WHEN l.weight_kg > 2000 THEN 2 ELSE 1 END) AS pt (part)
), bid AS (
    SELECT p.*,
           CASE WHEN (p.trip_no * 5 + p.h + p.part) % 7 = 0 THEN 'B'
                WHEN (p.trip_no * 3 + p.h + p.part * 2) % 4 = 0 THEN 'E'
                ELSE 'A' END AS grade
    FROM parts p
), priced AS (
    SELECT b.*,
           round(g.price
                 * CASE b.grade WHEN 'E' THEN 1.15 WHEN 'B' THEN 0.78 ELSE 1.0 END
                 * (0.85 + ((b.trip_no * 7 + b.part * 5 + b.h + extract(day FROM b.auction_date)::int) % 31) / 100.0)
                 * (1 + 0.04 * (extract(year FROM b.auction_date) - 2022)), 2) AS best_bid,
           round(s.withdrawal_price_per_kg * (1 + 0.04 * (extract(year FROM b.auction_date) - 2022)), 2) AS floor_price,
           CASE b.category
               WHEN 'pelagic'   THEN (ARRAY['RB-1258','RB-1372','RB-1128','RB-1189','RB-1042'])
                                        [1 + (b.trip_no * 11 + b.h + b.part * 3) % 5]
               WHEN 'shellfish' THEN (ARRAY['RB-1312','RB-1335','RB-1411','RB-1150','RB-1231','RB-1203','RB-1189'])
                                        [1 + (b.trip_no * 11 + b.h + b.part * 3) % 7]
               ELSE (ARRAY['RB-1042','RB-1077','RB-1103','RB-1128','RB-1164','RB-1203','RB-1276',
                           'RB-1290','RB-1357','RB-1398','RB-1150','RB-1231','RB-1189'])
                                        [1 + (b.trip_no * 11 + b.h + b.part * 3) % 13]
           END AS buyer
    FROM bid b
    JOIN guide g ON g.species_code = b.species_code
    JOIN species s ON s.species_code = b.species_code
)
INSERT INTO lots (port_code, auction_date, lot_no, registration_no, trip_no, species_code,
                  weight_kg, freshness_grade, status, buyer_reg_no, price_per_kg)
SELECT pr.port_code, pr.auction_date,
       row_number() OVER (PARTITION BY pr.port_code, pr.auction_date
                          ORDER BY pr.registration_no, pr.trip_no, pr.species_code, pr.part),
       pr.registration_no, pr.trip_no, pr.species_code, pr.weight_kg, pr.grade,
       CASE WHEN pr.best_bid < pr.floor_price THEN 'withdrawn' ELSE 'sold' END,
       CASE WHEN pr.best_bid < pr.floor_price THEN NULL
            WHEN b.registered_on <= pr.auction_date THEN pr.buyer
            WHEN pr.category = 'shellfish' THEN 'RB-1312'
            ELSE 'RB-1042' END,
       CASE WHEN pr.best_bid < pr.floor_price THEN NULL ELSE pr.best_bid END
FROM priced pr
JOIN buyers b ON b.buyer_reg_no = pr.buyer;
