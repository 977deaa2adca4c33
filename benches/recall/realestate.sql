-- Operational database of a residential real-estate brokerage (offices, agents, clients,
-- properties, listings, viewings, offers, closed sales, open houses), as written by its
-- JPA/Hibernate back office. Every row is invented and reproducible (generate_series,
-- fixed value lists and modular arithmetic); business facts run from 2022 to 2024.

CREATE TABLE office (
    id                 bigint PRIMARY KEY,
    name               varchar(100) NOT NULL,
    city               varchar(60) NOT NULL,
    state              char(2) NOT NULL,
    street_address     varchar(200) NOT NULL,
    phone              varchar(20),
    opened_date        date NOT NULL,
    headquarters       boolean NOT NULL DEFAULT false,
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

CREATE TABLE neighborhood (
    id                 bigint PRIMARY KEY,
    name               varchar(80) NOT NULL,
    city               varchar(60) NOT NULL,
    zip_code           varchar(10) NOT NULL,
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

CREATE TABLE agent (
    id                 bigint PRIMARY KEY,
    office_id          bigint NOT NULL REFERENCES office(id),
    first_name         varchar(60) NOT NULL,
    last_name          varchar(60) NOT NULL,
    email              varchar(120) NOT NULL,
    phone              varchar(20),
    license_number     varchar(20) NOT NULL UNIQUE,
    agent_level        varchar(20) NOT NULL,
    hire_date          date NOT NULL,
    termination_date   date,
    active             boolean NOT NULL,
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

CREATE TABLE client (
    id                 bigint PRIMARY KEY,
    agent_id           bigint REFERENCES agent(id),
    first_name         varchar(60) NOT NULL,
    last_name          varchar(60) NOT NULL,
    email              varchar(120),
    phone              varchar(20),
    client_type        varchar(20) NOT NULL,
    lead_source        varchar(30) NOT NULL,
    preapproved        boolean NOT NULL DEFAULT false,
    max_budget         numeric(12,2),
    first_contact_date date NOT NULL,
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

CREATE TABLE property (
    id                 bigint PRIMARY KEY,
    neighborhood_id    bigint NOT NULL REFERENCES neighborhood(id),
    owner_id           bigint NOT NULL REFERENCES client(id),
    street_address     varchar(200) NOT NULL,
    property_type      varchar(20) NOT NULL,
    bedrooms           integer NOT NULL,
    bathrooms          numeric(3,1) NOT NULL,
    living_area_sqft   integer NOT NULL,
    lot_size_sqft      integer,
    year_built         integer,
    has_garage         boolean NOT NULL,
    has_pool           boolean NOT NULL,
    hoa_fee            numeric(8,2),
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

CREATE TABLE listing (
    id                  bigint PRIMARY KEY,
    property_id         bigint NOT NULL REFERENCES property(id),
    agent_id            bigint NOT NULL REFERENCES agent(id),
    mls_number          varchar(20) NOT NULL UNIQUE,
    list_price          numeric(12,2) NOT NULL,
    status              varchar(20) NOT NULL,
    listed_date         date NOT NULL,
    expiration_date     date NOT NULL,
    under_contract_date date,
    sold_date           date,
    withdrawn_date      date,
    description         text,
    created_date        timestamp NOT NULL,
    last_modified_date  timestamp,
    version             integer NOT NULL DEFAULT 0
);

CREATE TABLE viewing (
    id                 bigint PRIMARY KEY,
    listing_id         bigint NOT NULL REFERENCES listing(id),
    client_id          bigint NOT NULL REFERENCES client(id),
    agent_id           bigint NOT NULL REFERENCES agent(id),
    scheduled_at       timestamp NOT NULL,
    duration_minutes   integer NOT NULL,
    status             varchar(20) NOT NULL,
    client_rating      smallint,
    feedback           text,
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

CREATE TABLE offer (
    id                  bigint PRIMARY KEY,
    listing_id          bigint NOT NULL REFERENCES listing(id),
    client_id           bigint NOT NULL REFERENCES client(id),
    amount              numeric(12,2) NOT NULL,
    earnest_money       numeric(10,2),
    financing_type      varchar(20) NOT NULL,
    inspection_contingency boolean NOT NULL,
    status              varchar(20) NOT NULL,
    offer_date          date NOT NULL,
    response_date       date,
    created_date        timestamp NOT NULL,
    last_modified_date  timestamp,
    version             integer NOT NULL DEFAULT 0
);

CREATE TABLE sale (
    id                 bigint PRIMARY KEY,
    listing_id         bigint NOT NULL UNIQUE REFERENCES listing(id),
    offer_id           bigint NOT NULL REFERENCES offer(id),
    buyer_id           bigint NOT NULL REFERENCES client(id),
    buyer_agent_id     bigint REFERENCES agent(id),
    contract_date      date NOT NULL,
    closing_date       date NOT NULL,
    sale_price         numeric(12,2) NOT NULL,
    commission_rate    numeric(5,4) NOT NULL,
    commission_amount  numeric(12,2) NOT NULL,
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

CREATE TABLE open_house (
    id                 bigint PRIMARY KEY,
    listing_id         bigint NOT NULL REFERENCES listing(id),
    agent_id           bigint NOT NULL REFERENCES agent(id),
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    visitor_count      integer,
    catered            boolean NOT NULL DEFAULT false,
    created_date       timestamp NOT NULL,
    last_modified_date timestamp,
    version            integer NOT NULL DEFAULT 0
);

INSERT INTO office (id, name, city, state, street_address, phone, opened_date, headquarters, created_date, last_modified_date, version) VALUES
  (1, 'Keystone Realty Downtown Austin', 'Austin', 'TX', '401 Congress Ave, Suite 1500', '512-555-0100', '2009-03-02', true,  '2019-05-14 09:12:00', '2023-02-01 11:40:12', 3),
  (2, 'Keystone Realty Round Rock', 'Austin', 'TX', '2700 Parker Dr', '512-555-0188', '2016-08-15', false, '2019-05-14 09:12:40', '2021-07-19 15:02:31', 1),
  (3, 'Keystone Realty Cherry Creek', 'Denver', 'CO', '250 Fillmore St', '303-555-0142', '2012-04-23', false, '2019-05-14 09:13:05', '2022-09-30 10:21:54', 2),
  (4, 'Keystone Realty LoHi', 'Denver', 'CO', '3200 Tejon St', '303-555-0177', '2018-10-01', false, '2019-05-14 09:13:31', NULL, 0),
  (5, 'Keystone Realty Ballard', 'Seattle', 'WA', '5300 Ballard Ave NW', '206-555-0119', '2014-06-09', false, '2019-05-14 09:14:02', '2024-01-08 08:55:00', 2),
  (6, 'Keystone Realty Pearl District', 'Portland', 'OR', '1015 NW 11th Ave', '503-555-0163', '2015-02-16', false, '2019-05-14 09:14:29', '2020-11-03 13:07:45', 1),
  (7, 'Keystone Realty Arcadia', 'Phoenix', 'AZ', '4500 E Camelback Rd', '602-555-0131', '2017-01-09', false, '2019-05-14 09:15:10', '2023-06-12 16:30:09', 1),
  (8, 'Keystone Realty Germantown', 'Nashville', 'TN', '1200 4th Ave N', NULL, '2020-09-14', false, '2020-09-01 10:00:00', '2022-03-22 09:45:18', 2);

INSERT INTO neighborhood (id, name, city, zip_code, created_date, last_modified_date, version) VALUES
  (1,  'Hyde Park',        'Austin',    '78751', '2019-05-14 09:20:00', NULL, 0),
  (2,  'Zilker',           'Austin',    '78704', '2019-05-14 09:20:00', NULL, 0),
  (3,  'Travis Heights',   'Austin',    '78704', '2019-05-14 09:20:00', NULL, 0),
  (4,  'Mueller',          'Austin',    '78723', '2019-05-14 09:20:00', '2021-04-02 10:11:00', 1),
  (5,  'Round Rock',       'Austin',    '78664', '2019-05-14 09:20:00', NULL, 0),
  (6,  'Capitol Hill',     'Denver',    '80203', '2019-05-14 09:21:00', NULL, 0),
  (7,  'Highland',         'Denver',    '80211', '2019-05-14 09:21:00', NULL, 0),
  (8,  'Cherry Creek',     'Denver',    '80206', '2019-05-14 09:21:00', NULL, 0),
  (9,  'Washington Park',  'Denver',    '80209', '2019-05-14 09:21:00', NULL, 0),
  (10, 'Five Points',      'Denver',    '80205', '2019-05-14 09:21:00', '2022-01-17 14:30:00', 1),
  (11, 'Ballard',          'Seattle',   '98107', '2019-05-14 09:22:00', NULL, 0),
  (12, 'Fremont',          'Seattle',   '98103', '2019-05-14 09:22:00', NULL, 0),
  (13, 'Queen Anne',       'Seattle',   '98109', '2019-05-14 09:22:00', NULL, 0),
  (14, 'Wallingford',      'Seattle',   '98103', '2019-05-14 09:22:00', NULL, 0),
  (15, 'Columbia City',    'Seattle',   '98118', '2019-05-14 09:22:00', NULL, 0),
  (16, 'Pearl District',   'Portland',  '97209', '2019-05-14 09:23:00', NULL, 0),
  (17, 'Alberta Arts',     'Portland',  '97211', '2019-05-14 09:23:00', NULL, 0),
  (18, 'Sellwood',         'Portland',  '97202', '2019-05-14 09:23:00', NULL, 0),
  (19, 'Hawthorne',        'Portland',  '97214', '2019-05-14 09:23:00', NULL, 0),
  (20, 'Arcadia',          'Phoenix',   '85018', '2019-05-14 09:24:00', NULL, 0),
  (21, 'Ahwatukee',        'Phoenix',   '85044', '2019-05-14 09:24:00', NULL, 0),
  (22, 'Roosevelt Row',    'Phoenix',   '85004', '2019-05-14 09:24:00', NULL, 0),
  (23, 'Encanto',          'Phoenix',   '85007', '2019-05-14 09:24:00', NULL, 0),
  (24, 'East Nashville',   'Nashville', '37206', '2020-09-01 10:05:00', NULL, 0),
  (25, 'Germantown',       'Nashville', '37208', '2020-09-01 10:05:00', NULL, 0),
  (26, '12 South',         'Nashville', '37204', '2020-09-01 10:05:00', NULL, 0),
  (27, 'Sylvan Park',      'Nashville', '37209', '2020-09-01 10:05:00', NULL, 0);

INSERT INTO agent (id, office_id, first_name, last_name, email, phone, license_number, agent_level, hire_date, termination_date, active, created_date, last_modified_date, version)
SELECT g,
       CASE WHEN g <= 40 THEN 1 + (g - 1) % 8 ELSE g - 38 END,
       f.fn, f.ln,
       lower(f.fn) || '.' || lower(f.ln) || g || '@keystonerealty.com',
       CASE WHEN g % 7 = 0 THEN NULL ELSE '888-555-' || lpad((1000 + g * 37)::text, 4, '0') END,
       'RE-' || lpad((40000 + g * 731)::text, 7, '0'),
       CASE WHEN g > 40 THEN 'ASSOCIATE'
            WHEN g % 5 = 0 THEN 'BROKER'
            WHEN g % 5 IN (1, 3) THEN 'SENIOR'
            ELSE 'ASSOCIATE' END,
       CASE WHEN g = 41 THEN DATE '2024-11-04'
            WHEN g = 42 THEN DATE '2024-12-02'
            ELSE DATE '2008-03-03' + (g * 97) % 4900 END,
       CASE WHEN g = 13 THEN DATE '2024-12-13'
            WHEN g = 26 THEN DATE '2024-12-20' END,
       g NOT IN (13, 26),
       CASE WHEN g = 41 THEN TIMESTAMP '2024-10-28 10:15:00'
            WHEN g = 42 THEN TIMESTAMP '2024-11-25 09:40:00'
            ELSE greatest(TIMESTAMP '2019-05-14 10:00:00',
                          (DATE '2008-03-03' + (g * 97) % 4900) - 7 + TIME '09:00') + make_interval(mins => g * 3) END,
       CASE WHEN g IN (13, 26) THEN (CASE WHEN g = 13 THEN DATE '2024-12-13' ELSE DATE '2024-12-20' END) + TIME '17:05'
            WHEN g % 3 = 0 THEN TIMESTAMP '2023-01-15 08:00:00' + make_interval(days => g * 11, mins => g * 7)
            ELSE NULL END,
       CASE WHEN g IN (13, 26) THEN 3 WHEN g % 3 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 42) AS g
CROSS JOIN LATERAL (
  SELECT (ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
                'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Christopher','Karen',
                'Daniel','Lisa','Matthew','Nancy','Anthony','Sandra','Mark','Ashley','Steven','Emily',
                'Andrew','Michelle','Joshua','Amanda','Kevin','Melissa','Brian','Stephanie','Carlos','Maria'])[1 + (g * 3 + g / 41) % 40] AS fn,
         (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
                'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
                'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores'])[1 + (g * 17) % 40] AS ln
) AS f;

INSERT INTO client (id, agent_id, first_name, last_name, email, phone, client_type, lead_source, preapproved, max_budget, first_contact_date, created_date, last_modified_date, version)
SELECT c,
       CASE WHEN c % 5 = 0 THEN NULL ELSE 1 + (c * 7) % 40 END,
       (ARRAY['Olivia','Liam','Emma','Noah','Ava','Ethan','Sophia','Mason','Isabella','Lucas',
              'Mia','Logan','Charlotte','Aiden','Amelia','Jackson','Harper','Elijah','Evelyn','Caleb',
              'Abigail','Owen','Ella','Wyatt','Scarlett','Henry','Grace','Julian','Chloe','Levi',
              'Priya','Wei','Fatima','Diego','Hannah','Samuel','Aisha','Nathan','Leah','Omar'])[1 + (c * 7) % 40],
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
              'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
              'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores',
              'Patel','Kim','Chen','Murphy','Cooper','Reed','Bailey','Bell','Ward','Cox'])[1 + (c * 11 + c / 50) % 50],
       CASE WHEN c % 11 = 0 THEN NULL ELSE 'client' || c || '@mail.example.com' END,
       CASE WHEN c % 6 = 0 THEN NULL ELSE '555-' || lpad(((c * 389) % 1000)::text, 3, '0') || '-' || lpad(((c * 7919) % 10000)::text, 4, '0') END,
       CASE WHEN c % 10 BETWEEN 1 AND 6 THEN 'BUYER'
            WHEN c % 10 BETWEEN 7 AND 9 THEN 'SELLER'
            ELSE 'BOTH' END,
       (ARRAY['REFERRAL','WEBSITE','ZILLOW','OPEN_HOUSE','SOCIAL_MEDIA','WALK_IN','REFERRAL','WEBSITE'])[1 + (c * 3) % 8],
       (c % 10 BETWEEN 1 AND 6 OR c % 10 = 0) AND c % 4 <> 3,
       CASE WHEN c % 10 BETWEEN 7 AND 9 OR c % 13 = 0 THEN NULL
            ELSE 250000 + ((c * 53) % 36) * 25000 END,
       DATE '2022-01-01' + (c * 37) % 1000,
       TIMESTAMP '2022-01-01 09:00:00',
       NULL,
       0
FROM generate_series(1, 600) AS c;

INSERT INTO property (id, neighborhood_id, owner_id, street_address, property_type, bedrooms, bathrooms, living_area_sqft, lot_size_sqft, year_built, has_garage, has_pool, hoa_fee, created_date, last_modified_date, version)
SELECT p.id, p.nid,
       ((p.id * 7) % 240) / 4 * 10 + (ARRAY[7, 8, 9, 10])[1 + ((p.id * 7) % 240) % 4],
       (100 + (p.id * 37) % 8900)::text || ' ' ||
       (ARRAY['Oak St','Maple Ave','Cedar Ln','Pine St','Elm St','Willow Way','Lakeview Dr','Hillcrest Rd','Park Ave','Sunset Blvd',
              'Ridge Rd','Meadow Ln','Birch St','Chestnut St','Highland Ave','River Rd','Spruce Ct','Magnolia Dr','Aspen Way','Walnut St'])[1 + (p.id * 13) % 20]
       || CASE WHEN p.ptype IN ('CONDO', 'APARTMENT') THEN ' Unit ' || (100 + (p.id * 7) % 900) ELSE '' END,
       p.ptype, p.beds,
       CASE WHEN p.beds <= 1 THEN 1.0
            ELSE least(p.beds, 1 + (p.id % 3) * 0.5 + p.beds / 2) END,
       p.area,
       CASE WHEN p.ptype IN ('HOUSE', 'MULTI_FAMILY') THEN 4000 + (p.id * 211) % 9000
            WHEN p.ptype = 'TOWNHOUSE' AND p.id % 2 = 0 THEN 1500 + (p.id * 31) % 1200
            ELSE NULL END,
       CASE WHEN p.id % 17 = 0 THEN NULL ELSE 1925 + (p.id * 29) % 99 END,
       p.ptype IN ('HOUSE', 'TOWNHOUSE', 'MULTI_FAMILY') AND p.id % 5 <> 0,
       (p.ptype = 'HOUSE' AND (p.nid BETWEEN 20 AND 23 OR p.id % 11 = 0)) OR (p.ptype = 'CONDO' AND p.id % 9 = 0),
       CASE WHEN p.ptype IN ('CONDO', 'APARTMENT') THEN 180 + (p.id * 23) % 420
            WHEN p.ptype = 'TOWNHOUSE' THEN 90 + (p.id * 13) % 150
            ELSE NULL END,
       TIMESTAMP '2022-01-01 08:00:00',
       NULL,
       0
FROM (
  SELECT g AS id,
         1 + (g * 7) % 27 AS nid,
         t.ptype,
         t.beds,
         CASE t.ptype
           WHEN 'HOUSE'        THEN 1100 + t.beds * 380 + (g * 37) % 600
           WHEN 'CONDO'        THEN 550 + t.beds * 300 + (g * 41) % 300
           WHEN 'APARTMENT'    THEN 450 + t.beds * 280 + (g * 43) % 250
           WHEN 'TOWNHOUSE'    THEN 900 + t.beds * 330 + (g * 47) % 400
           ELSE                     1800 + t.beds * 350 + (g * 53) % 700 END AS area
  FROM generate_series(1, 450) AS g
  CROSS JOIN LATERAL (
    SELECT CASE WHEN g % 10 BETWEEN 0 AND 3 THEN 'HOUSE'
                WHEN g % 10 IN (4, 5) THEN 'CONDO'
                WHEN g % 10 IN (6, 7) THEN 'APARTMENT'
                WHEN g % 10 = 8 THEN 'TOWNHOUSE'
                ELSE 'MULTI_FAMILY' END AS ptype,
           CASE WHEN g % 10 BETWEEN 0 AND 3 THEN 2 + (g / 10) % 4
                WHEN g % 10 IN (4, 5) THEN 1 + (g / 10) % 3
                WHEN g % 10 IN (6, 7) THEN (g / 10) % 4
                WHEN g % 10 = 8 THEN 2 + (g / 10) % 3
                ELSE 4 + (g / 10) % 5 END AS beds
  ) AS t
) AS p;

INSERT INTO listing (id, property_id, agent_id, mls_number, list_price, status, listed_date, expiration_date, under_contract_date, sold_date, withdrawn_date, description, created_date, last_modified_date, version)
WITH base AS (
  SELECT g AS id,
         CASE WHEN g <= 450 THEN g ELSE g - 450 END AS pid,
         CASE WHEN g <= 450 THEN DATE '2022-01-03' + ((g - 1) * 23) / 10
              ELSE DATE '2022-01-03' + ((g - 451) * 23) / 10 + 200 + (g % 5) * 3 END AS listed,
         CASE WHEN g <= 30 THEN CASE WHEN g % 2 = 0 THEN 'WITHDRAWN' ELSE 'EXPIRED' END
              WHEN g > 450 THEN CASE WHEN g % 6 = 0 THEN 'WITHDRAWN' ELSE 'SOLD' END
              WHEN g >= 426 THEN CASE WHEN g % 3 = 0 THEN 'PENDING' ELSE 'ACTIVE' END
              WHEN g % 10 = 7 THEN 'WITHDRAWN'
              WHEN g % 20 = 8 THEN 'EXPIRED'
              ELSE 'SOLD' END AS st0,
         CASE WHEN g >= 426 AND g <= 450 THEN 14 + g % 30
              ELSE 14 + (g * 13) % 75 END AS accept_off,
         28 + g % 17 AS close_off
  FROM generate_series(1, 480) AS g
),
city_agent AS (
  SELECT a.id AS agent_id, o.city,
         row_number() OVER (PARTITION BY o.city ORDER BY a.id) - 1 AS rn,
         count(*) OVER (PARTITION BY o.city) AS cnt
  FROM agent a JOIN office o ON o.id = a.office_id
  WHERE a.id <= 40
),
priced AS (
  SELECT b.*, p.living_area_sqft, p.property_type, n.city,
         round(p.living_area_sqft
               * (CASE n.city WHEN 'Seattle' THEN 470 WHEN 'Denver' THEN 340 WHEN 'Austin' THEN 315
                              WHEN 'Portland' THEN 325 WHEN 'Phoenix' THEN 255 ELSE 300 END
                  + (n.id % 3) * 25)
               * (0.90 + (p.id % 7) * 0.035)
               * (CASE WHEN b.id > 450 THEN 0.95 ELSE 1 END) / 1000) * 1000 AS price
  FROM base b
  JOIN property p ON p.id = b.pid
  JOIN neighborhood n ON n.id = p.neighborhood_id
),
dated AS (
  SELECT pr.*,
         CASE WHEN pr.st0 IN ('SOLD', 'PENDING') THEN pr.listed + pr.accept_off END AS contract_d,
         CASE WHEN pr.st0 = 'SOLD' THEN pr.listed + pr.accept_off + pr.close_off END AS sold_d
  FROM priced pr
)
SELECT d.id, d.pid,
       (SELECT ca.agent_id FROM city_agent ca WHERE ca.city = d.city AND ca.rn = (d.id * 7) % ca.cnt),
       'MLS' || (2200000 + d.id * 173)::text,
       d.price,
       CASE WHEN d.st0 = 'SOLD' AND d.sold_d > DATE '2024-12-20' THEN 'PENDING' ELSE d.st0 END,
       d.listed,
       d.listed + 180,
       d.contract_d,
       CASE WHEN d.st0 = 'SOLD' AND d.sold_d > DATE '2024-12-20' THEN NULL ELSE d.sold_d END,
       CASE WHEN d.st0 = 'WITHDRAWN' THEN d.listed + 40 + d.id % 50 END,
       CASE WHEN d.id % 9 = 0 THEN NULL
            ELSE (ARRAY['Bright and updated', 'Move-in ready', 'Charming', 'Spacious', 'Freshly renovated', 'Light-filled', 'Quiet'])[1 + d.id % 7]
                 || ' ' || lower(replace(d.property_type, '_', '-')) || ' close to parks, shops and transit.' END,
       d.listed - 2 + TIME '10:30' + make_interval(mins => (d.id * 17) % 300),
       CASE WHEN d.st0 IN ('SOLD', 'WITHDRAWN', 'PENDING')
            THEN coalesce(CASE WHEN d.st0 = 'SOLD' AND d.sold_d <= DATE '2024-12-20' THEN d.sold_d END,
                          CASE WHEN d.st0 = 'WITHDRAWN' THEN d.listed + 40 + d.id % 50 END,
                          d.contract_d) + TIME '16:45'
            WHEN d.st0 = 'EXPIRED' THEN d.listed + 181 + TIME '02:00'
            ELSE NULL END,
       CASE WHEN d.st0 = 'ACTIVE' THEN 0 WHEN d.st0 = 'SOLD' AND d.sold_d <= DATE '2024-12-20' THEN 3 ELSE 1 + d.id % 2 END
FROM dated d;

INSERT INTO offer (id, listing_id, client_id, amount, earnest_money, financing_type, inspection_contingency, status, offer_date, response_date, created_date, last_modified_date, version)
WITH plan AS (
  SELECT l.*,
         CASE WHEN l.status IN ('SOLD', 'PENDING') THEN 1 + (l.id * 3) % 4
              WHEN l.status = 'ACTIVE' THEN l.id % 3
              ELSE (l.id * 3) % 4 END::int AS n_offers
  FROM listing l
),
rows AS (
  SELECT p.id::int AS lid, p.status AS lstatus, p.list_price, p.listed_date, p.under_contract_date, p.withdrawn_date,
         p.n_offers, k,
         ((p.id * 13 + k * 29) % 380) AS j
  FROM plan p
  CROSS JOIN LATERAL generate_series(1, p.n_offers) AS k
),
shaped AS (
  SELECT r.*,
         (r.j / 7) * 10 + (ARRAY[1, 2, 3, 4, 5, 6, 10])[1 + r.j % 7] AS buyer,
         CASE WHEN r.lstatus IN ('SOLD', 'PENDING') AND r.k = r.n_offers THEN 'ACCEPTED'
              WHEN r.lstatus = 'ACTIVE' AND r.k = r.n_offers THEN 'PENDING'
              WHEN r.lstatus IN ('WITHDRAWN', 'EXPIRED') THEN CASE WHEN (r.lid + r.k) % 3 = 0 THEN 'WITHDRAWN' ELSE 'REJECTED' END
              WHEN (r.lid + r.k) % 3 = 0 THEN 'REJECTED'
              WHEN (r.lid + r.k) % 3 = 1 THEN 'COUNTERED'
              ELSE 'WITHDRAWN' END AS ostatus,
         CASE WHEN r.lstatus IN ('SOLD', 'PENDING')
                THEN r.listed_date + ((r.under_contract_date - r.listed_date) * r.k) / r.n_offers - CASE WHEN r.k = r.n_offers THEN 2 ELSE 0 END
              WHEN r.lstatus = 'WITHDRAWN'
                THEN r.listed_date + ((r.withdrawn_date - r.listed_date) * r.k) / (r.n_offers + 1)
              WHEN r.lstatus = 'EXPIRED'
                THEN r.listed_date + (150 * r.k) / (r.n_offers + 1)
              ELSE r.listed_date + 9 * r.k END AS odate
  FROM rows r
)
SELECT row_number() OVER (ORDER BY s.odate, s.lid, s.k),
       s.lid, s.buyer,
       CASE WHEN s.ostatus = 'ACCEPTED' THEN round(s.list_price * (0.95 + ((s.lid * 7) % 8) * 0.01), -2)
            ELSE round(s.list_price * (0.86 + s.k * 0.02 + (s.lid % 3) * 0.01), -2) END,
       CASE WHEN (s.lid + s.k) % 6 = 0 THEN NULL ELSE round(s.list_price * 0.01, -2) END,
       (ARRAY['CONVENTIONAL','CONVENTIONAL','CASH','FHA','CONVENTIONAL','VA','CASH'])[1 + (s.lid * 5 + s.k) % 7],
       (s.lid + s.k * 2) % 4 <> 0,
       s.ostatus,
       s.odate,
       CASE WHEN s.ostatus = 'PENDING' THEN NULL
            WHEN s.ostatus = 'ACCEPTED' THEN s.odate + 2
            ELSE s.odate + 1 + (s.lid + s.k) % 3 END,
       s.odate + TIME '08:00' + make_interval(mins => (s.lid * 37 + s.k * 53) % 660),
       CASE WHEN s.ostatus = 'PENDING' THEN NULL
            WHEN s.ostatus = 'ACCEPTED' THEN s.odate + 2 + TIME '17:20'
            ELSE s.odate + 1 + (s.lid + s.k) % 3 + TIME '12:10' END,
       CASE WHEN s.ostatus = 'PENDING' THEN 0 ELSE 1 END
FROM shaped s;

INSERT INTO sale (id, listing_id, offer_id, buyer_id, buyer_agent_id, contract_date, closing_date, sale_price, commission_rate, commission_amount, created_date, last_modified_date, version)
SELECT row_number() OVER (ORDER BY l.sold_date, l.id),
       l.id, o.id, o.client_id, c.agent_id,
       o.response_date, l.sold_date, o.amount,
       (ARRAY[0.0250, 0.0275, 0.0300])[1 + l.id % 3],
       round(o.amount * (ARRAY[0.0250, 0.0275, 0.0300])[1 + l.id % 3], 2),
       l.sold_date + TIME '15:00' + make_interval(mins => (l.id::int * 11) % 120),
       CASE WHEN l.id % 8 = 0 THEN l.sold_date + 12 + TIME '10:05' ELSE NULL END,
       CASE WHEN l.id % 8 = 0 THEN 1 ELSE 0 END
FROM listing l
JOIN offer o ON o.listing_id = l.id AND o.status = 'ACCEPTED'
JOIN client c ON c.id = o.client_id
WHERE l.status = 'SOLD';

INSERT INTO viewing (id, listing_id, client_id, agent_id, scheduled_at, duration_minutes, status, client_rating, feedback, created_date, last_modified_date, version)
WITH plan AS (
  SELECT l.id::int AS lid, l.agent_id, l.listed_date, l.status,
         CASE WHEN l.status IN ('SOLD', 'PENDING') THEN 1 + (l.id * 3) % 4
              WHEN l.status = 'ACTIVE' THEN l.id % 3
              ELSE (l.id * 3) % 4 END::int AS n_offers
  FROM listing l
),
rows AS (
  SELECT p.*, k,
         CASE WHEN k <= p.n_offers THEN (p.lid * 13 + k * 29) % 380
              ELSE (p.lid * 17 + k * 31) % 420 END AS j
  FROM plan p
  CROSS JOIN LATERAL generate_series(1, p.n_offers + 1 + p.lid % 2) AS k
),
shaped AS (
  SELECT r.*,
         (r.j / 7) * 10 + (ARRAY[1, 2, 3, 4, 5, 6, 10])[1 + r.j % 7] AS visitor,
         r.listed_date + 1 + (k - 1) * 2 + TIME '09:00' + make_interval(hours => (r.lid + k * 3) % 9, mins => (k % 2) * 30) AS at,
         CASE WHEN k <= r.n_offers THEN 'COMPLETED'
              WHEN (r.lid * k) % 11 = 0 THEN 'CANCELLED'
              WHEN (r.lid + k) % 13 = 0 THEN 'NO_SHOW'
              ELSE 'COMPLETED' END AS vstatus
  FROM rows r
)
SELECT row_number() OVER (ORDER BY s.at, s.lid, s.k),
       s.lid, s.visitor, s.agent_id, s.at,
       (ARRAY[30, 45, 30, 60])[1 + (s.lid + s.k) % 4],
       s.vstatus,
       CASE WHEN s.vstatus <> 'COMPLETED' OR (s.lid + s.k) % 4 = 0 THEN NULL
            WHEN s.k <= s.n_offers THEN 4 + (s.lid + s.k) % 2
            ELSE 1 + (s.lid * 3 + s.k) % 5 END,
       CASE WHEN s.vstatus <> 'COMPLETED' OR (s.lid + s.k) % 3 <> 0 THEN NULL
            ELSE (ARRAY['Loved the kitchen', 'Too small for the family', 'Great light, noisy street', 'Wants a second look',
                        'Price feels high', 'Yard needs work', 'Perfect location'])[1 + (s.lid + s.k) % 7] END,
       s.at - make_interval(days => 1 + s.k % 3, hours => 2),
       CASE WHEN s.vstatus = 'COMPLETED' THEN s.at + interval '2 hours' WHEN s.vstatus = 'CANCELLED' THEN s.at - interval '5 hours' ELSE s.at + interval '1 day' END,
       1
FROM shaped s;

INSERT INTO open_house (id, listing_id, agent_id, starts_at, ends_at, visitor_count, catered, created_date, last_modified_date, version)
WITH cand AS (
  SELECT l.id::int AS lid, l.agent_id, l.listed_date, k,
         (date_trunc('week', l.listed_date)::date + 5 + 7 * k + (1 - k % 2)) AS oh_day,
         CASE n.city WHEN 'Austin' THEN 'America/Chicago' WHEN 'Nashville' THEN 'America/Chicago'
                     WHEN 'Denver' THEN 'America/Denver' WHEN 'Phoenix' THEN 'America/Phoenix'
                     ELSE 'America/Los_Angeles' END AS tz,
         coalesce(l.under_contract_date, l.withdrawn_date, l.listed_date + 180) AS off_market
  FROM listing l
  JOIN property p ON p.id = l.property_id
  JOIN neighborhood n ON n.id = p.neighborhood_id
  CROSS JOIN LATERAL generate_series(1, (1 + l.id % 2)::int) AS k
  WHERE l.id % 3 <> 1
)
SELECT row_number() OVER (ORDER BY c.oh_day, c.lid),
       c.lid, c.agent_id,
       (c.oh_day + TIME '13:00') AT TIME ZONE c.tz,
       (c.oh_day + TIME '13:00' + make_interval(hours => 2 + c.lid % 2)) AT TIME ZONE c.tz,
       CASE WHEN (c.lid + c.k) % 9 = 0 THEN NULL ELSE 4 + (c.lid * 7 + c.k * 5) % 31 END,
       (c.lid + c.k) % 5 = 0,
       c.oh_day - 6 + TIME '11:00' + make_interval(mins => c.lid % 50),
       CASE WHEN (c.lid + c.k) % 9 = 0 THEN NULL ELSE c.oh_day + 1 + TIME '09:30' END,
       CASE WHEN (c.lid + c.k) % 9 = 0 THEN 0 ELSE 1 END
FROM cand c
WHERE c.oh_day < c.off_market AND c.oh_day <= DATE '2024-12-31';

UPDATE client c
SET first_contact_date = x.first_day - 10 - c.id::int % 30
FROM (
  SELECT client_id, min(d) AS first_day FROM (
    SELECT v.client_id, v.scheduled_at::date AS d FROM viewing v
    UNION ALL
    SELECT o.client_id, o.offer_date FROM offer o
    UNION ALL
    SELECT p.owner_id, min(l.listed_date) FROM property p JOIN listing l ON l.property_id = p.id GROUP BY p.owner_id
  ) t GROUP BY client_id
) x
WHERE x.client_id = c.id AND x.first_day - 10 - c.id::int % 30 < c.first_contact_date;

UPDATE client
SET created_date = first_contact_date + TIME '09:00' + make_interval(mins => (id::int * 13) % 480),
    last_modified_date = CASE WHEN id % 4 = 0 THEN NULL
                              ELSE least(first_contact_date + 30 + (id::int % 200), DATE '2024-12-30') + TIME '14:00' END,
    version = CASE WHEN id % 4 = 0 THEN 0 ELSE 1 + id % 3 END;

UPDATE property p
SET created_date = x.first_listed - 5 + TIME '10:00' + make_interval(mins => (p.id::int * 7) % 240),
    last_modified_date = CASE WHEN p.id % 3 = 0 THEN NULL ELSE x.first_listed - 3 + TIME '16:30' END,
    version = CASE WHEN p.id % 3 = 0 THEN 0 ELSE 1 END
FROM (SELECT property_id, min(listed_date) AS first_listed FROM listing GROUP BY property_id) x
WHERE x.property_id = p.id;
