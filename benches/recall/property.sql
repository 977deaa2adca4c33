-- Sample data for a residential property-management firm: landlords, their apartment buildings,
-- the units, tenants and leases, monthly rent collection, repair tickets and unit walk-throughs.
-- Everything is invented and reproducible (fixed lists, generate_series, modular arithmetic).

CREATE TABLE owners (
    owner_id     integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    company_name text,
    email        varchar(120) NOT NULL,
    phone        varchar(20)
);
CREATE TABLE buildings (
    id             integer PRIMARY KEY,
    name           text NOT NULL,
    street_address text NOT NULL,
    city           text NOT NULL,
    year_built     integer NOT NULL,
    floors         integer NOT NULL,
    has_elevator   boolean NOT NULL,
    owner_id       integer NOT NULL REFERENCES owners
);
CREATE TABLE units (
    unit_id      integer PRIMARY KEY,
    building_id  integer NOT NULL REFERENCES buildings,
    unit_number  varchar(8) NOT NULL,
    bedrooms     integer NOT NULL,
    bathrooms    numeric(2,1) NOT NULL,
    square_feet  integer NOT NULL,
    listed_rent  numeric(8,2) NOT NULL,
    is_furnished boolean NOT NULL,
    UNIQUE (building_id, unit_number)
);
CREATE TABLE tenants (
    id         integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    email      varchar(120),
    phone      varchar(20) NOT NULL,
    birth_date date
);
CREATE TABLE leases (
    lease_id         integer PRIMARY KEY,
    unit_id          integer NOT NULL REFERENCES units,
    tenant_id        integer NOT NULL REFERENCES tenants,
    start_date       date NOT NULL,
    end_date         date,
    monthly_rent     numeric(8,2) NOT NULL,
    security_deposit numeric(8,2) NOT NULL,
    status           text NOT NULL
);
CREATE TABLE rent_payments (
    payment_id integer PRIMARY KEY,
    lease_id   integer NOT NULL REFERENCES leases,
    due_date   date NOT NULL,
    paid_date  date,
    amount     numeric(8,2) NOT NULL,
    method     text,
    late_fee   numeric(6,2) NOT NULL DEFAULT 0
);
CREATE TABLE technicians (
    id          integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    specialty   text NOT NULL,
    hourly_rate numeric(6,2) NOT NULL,
    hired_on    date NOT NULL
);
CREATE TABLE maintenance_requests (
    request_id    integer PRIMARY KEY,
    unit_id       integer NOT NULL REFERENCES units,
    technician_id integer REFERENCES technicians,
    opened_at     timestamp NOT NULL,
    closed_at     timestamp,
    category      text NOT NULL,
    priority      text NOT NULL,
    description   text NOT NULL,
    cost          numeric(8,2)
);
CREATE TABLE unit_inspections (
    inspection_id integer PRIMARY KEY,
    unit_id       integer NOT NULL REFERENCES units,
    inspected_on  date NOT NULL,
    score         integer NOT NULL,
    passed        boolean NOT NULL,
    notes         text
);

INSERT INTO owners VALUES
  (1, 'Margaret', 'Holloway', 'Holloway Residential LLC', 'margaret@hollowayres.com', '503-555-0141'),
  (2, 'Desmond', 'Okafor', NULL, 'd.okafor@mailbox.net', '206-555-0172'),
  (3, 'Rachel', 'Brenner', 'Brenner Family Trust', 'rbrenner@brennertrust.org', '303-555-0118'),
  (4, 'Tomás', 'Villanueva', 'Villanueva Holdings', 'tomas@villanuevaholdings.com', '512-555-0133'),
  (5, 'Eleanor', 'Fitzgerald', NULL, 'eleanor.fitz@gmail.com', NULL),
  (6, 'Kenji', 'Morimoto', 'Cascade Peak Properties', 'kenji@cascadepeak.com', '206-555-0199'),
  (7, 'Patricia', 'Lindqvist', NULL, 'plindqvist@outlook.com', '612-555-0164'),
  (8, 'Harold', 'Nakamura', 'Front Range Rentals Inc', 'hnakamura@frontrange.com', '303-555-0107'),
  (9, 'Simone', 'Adeyemi', NULL, 'simone.adeyemi@yahoo.com', '512-555-0185'),
  (10, 'Victor', 'Castellano', 'Castellano & Sons', 'victor@castellanosons.com', '612-555-0126'),
  (11, 'Beatrice', 'Whitcombe', NULL, 'bwhitcombe@protonmail.com', '503-555-0150'),
  (12, 'Gregory', 'Pahlavi', 'Northgate Capital', 'greg@northgatecap.com', NULL);

INSERT INTO buildings VALUES
  (1, 'The Alder', '1420 NW Everett St', 'Portland', 1928, 4, false, 1),
  (2, 'Hawthorne Commons', '3305 SE Hawthorne Blvd', 'Portland', 2008, 5, true, 1),
  (3, 'Belmont Lofts', '812 SE Belmont St', 'Portland', 2016, 6, true, 5),
  (4, 'Pike Street Flats', '1519 E Pike St', 'Seattle', 1964, 3, false, 2),
  (5, 'Ravenna Court', '5621 Ravenna Ave NE', 'Seattle', 1991, 4, true, 6),
  (6, 'Queen Anne Terrace', '22 W Galer St', 'Seattle', 2019, 7, true, 6),
  (7, 'Larimer Square Residences', '1430 Larimer St', 'Denver', 2012, 8, true, 8),
  (8, 'Highlands Row', '3210 W 32nd Ave', 'Denver', 1952, 3, false, 3),
  (9, 'Wash Park Gardens', '720 S Downing St', 'Denver', 1978, 2, false, 3),
  (10, 'East Sixth Lofts', '1105 E 6th St', 'Austin', 2014, 5, true, 4),
  (11, 'Zilker Pointe', '2300 Barton Springs Rd', 'Austin', 2021, 6, true, 4),
  (12, 'Travis Heights Bungalows', '1007 Travis Heights Blvd', 'Austin', 1948, 1, false, 9),
  (13, 'Mueller Station', '1900 Aldrich St', 'Austin', 2018, 4, true, 9),
  (14, 'Lake Harriet Manor', '4135 Upton Ave S', 'Minneapolis', 1935, 3, false, 7),
  (15, 'Mill District Apartments', '600 S 2nd St', 'Minneapolis', 2010, 9, true, 10),
  (16, 'Uptown Commons', '2901 Hennepin Ave', 'Minneapolis', 1999, 5, true, 10),
  (17, 'Pearl District Tower', '1200 NW Marshall St', 'Portland', 2022, 12, true, 5),
  (18, 'Capitol Hill Arms', '410 E Republican St', 'Seattle', 1957, 4, false, 2);

INSERT INTO units
SELECT row_number() OVER (ORDER BY b.id, k)::int,
       b.id,
       ((1 + (k - 1) % b.floors) * 100 + 1 + (k - 1) / b.floors)::text,
       br,
       CASE WHEN br >= 2 AND (b.id + k) % 3 <> 0 THEN 2.0 WHEN br = 3 THEN 2.5 ELSE 1.0 END,
       sq,
       round(sq * (CASE b.city WHEN 'Seattle' THEN 2.35 WHEN 'Portland' THEN 1.95 WHEN 'Denver' THEN 1.90
                               WHEN 'Austin' THEN 1.80 ELSE 1.60 END)
             + CASE WHEN b.year_built >= 2010 THEN 175 ELSE 0 END, -1),
       (b.id * 3 + k) % 7 = 0
FROM buildings b
CROSS JOIN generate_series(1, 20) AS k
CROSS JOIN LATERAL (SELECT (b.id * 5 + k * 3) % 9 AS h) hh
CROSS JOIN LATERAL (SELECT CASE WHEN h < 1 THEN 0 WHEN h < 5 THEN 1 WHEN h < 8 THEN 2 ELSE 3 END AS br) bb
CROSS JOIN LATERAL (SELECT (CASE br WHEN 0 THEN 430 WHEN 1 THEN 610 WHEN 2 THEN 880 ELSE 1180 END)
                           + ((b.id * 37 + k * 53) % 19) * 15 AS sq) ss
WHERE k <= 6 + (b.id * 5) % 11;

INSERT INTO tenants
SELECT n,
       (ARRAY['Aaron','Bianca','Caleb','Daniela','Elijah','Fiona','Gabriel','Hannah','Isaac','Jasmine',
              'Kevin','Leah','Marcus','Natalie','Owen','Paige','Quentin','Rosa','Samuel','Tara',
              'Umar','Vanessa','Wesley','Ximena','Yusuf','Zoe','Andre','Brianna','Connor','Delia',
              'Emeka','Freya','Grant','Hailey','Ivan','Josefina','Kai','Lucia','Malik','Nadia'])[1 + n % 40],
       (ARRAY['Abbott','Barnes','Castillo','Dawson','Ellison','Fischer','Gutierrez','Hughes','Ibrahim','Jensen',
              'Kowalski','Larsen','Mendoza','Nguyen','Olsen','Price','Quinn','Ramirez','Sullivan','Tran',
              'Underwood','Vasquez','Whitaker','Yamamoto','Zimmerman','Alvarez','Bishop','Chang','Delgado','Ortiz',
              'Foster','Greene','Holt','Iverson','Jacobs','Kaur','Lowe','Morales','Novak','Osei',
              'Park','Reyes','Shah','Torres','Vogel'])[1 + (n / 40 + 11 * (n % 40)) % 45],
       CASE WHEN n % 9 = 4 THEN NULL ELSE 'tenant' || n || '@' ||
            (ARRAY['gmail.com','yahoo.com','outlook.com','icloud.com','hotmail.com'])[1 + n % 5] END,
       (ARRAY['503','206','303','512','612'])[1 + (n * 3) % 5] || '-555-' || lpad(((n * 7919) % 10000)::text, 4, '0'),
       CASE WHEN n % 31 = 0 THEN NULL ELSE DATE '1950-06-15' + (n * 4021) % 17500 END
FROM generate_series(1, 700) AS n;

INSERT INTO leases
SELECT row_number() OVER (ORDER BY s, u.unit_id)::int,
       u.unit_id,
       1 + ((u.unit_id * 4 + k) * 37) % 680,
       s,
       CASE WHEN k = 4 AND u.unit_id % 6 = 0 THEN NULL
            WHEN k < 4 AND (u.unit_id * k) % 11 = 0 THEN s + 120 + (u.unit_id * k) % 200
            WHEN k < 4 THEN s + (ARRAY[364, 364, 273, 181, 364, 334])[1 + (u.unit_id * k) % 6]
            ELSE s + 364 END,
       r,
       CASE WHEN u.unit_id % 3 = 0 THEN round(r * 1.5, 2) ELSE r END,
       CASE WHEN k = 4 THEN 'active'
            WHEN (u.unit_id * k) % 11 = 0 THEN 'terminated'
            ELSE 'ended' END
FROM units u
CROSS JOIN generate_series(1, 4) AS k
CROSS JOIN LATERAL (SELECT DATE '2021-01-01' + (u.unit_id * 13) % 150 + (k - 1) * 400 AS s,
                           round(u.listed_rent * (0.88 + 0.04 * k), -1) AS r) x
WHERE (k > 1 OR u.unit_id % 4 <> 0)
  AND (k < 4 OR u.unit_id % 13 <> 0);

INSERT INTO rent_payments
SELECT row_number() OVER (ORDER BY d, l.lease_id)::int,
       l.lease_id,
       d,
       CASE WHEN d >= DATE '2024-11-01' AND h % 5 = 0 THEN NULL
            WHEN h % 97 = 0 THEN NULL
            ELSE d + (h % 11) - 3 END,
       l.monthly_rent,
       CASE WHEN (d >= DATE '2024-11-01' AND h % 5 = 0) OR h % 97 = 0 THEN NULL
            WHEN h % 20 < 11 THEN 'transfer'
            WHEN h % 20 < 17 THEN 'card'
            ELSE 'check' END,
       CASE WHEN (d >= DATE '2024-11-01' AND h % 5 = 0) OR h % 97 = 0 THEN 0
            WHEN h % 11 - 3 > 5 THEN 50.00
            ELSE 0 END
FROM leases l
CROSS JOIN LATERAL generate_series(l.start_date, LEAST(coalesce(l.end_date, DATE '2024-12-31'), DATE '2024-12-31'),
                                   interval '1 month') AS g
CROSS JOIN LATERAL (SELECT g::date AS d, (l.lease_id * 7727 + (g::date - DATE '2021-01-01') * 31) % 10007 AS h) x;

INSERT INTO technicians VALUES
  (1, 'Ray', 'Delacroix', 'plumbing', 62.00, '2019-03-11'),
  (2, 'Monica', 'Szabo', 'electrical', 71.50, '2018-07-23'),
  (3, 'Luis', 'Herrera', 'general', 45.00, '2020-01-06'),
  (4, 'Dana', 'McAllister', 'hvac', 68.00, '2021-05-17'),
  (5, 'Tyrone', 'Whitfield', 'general', 42.50, '2021-09-01'),
  (6, 'Anja', 'Kristiansen', 'appliance', 55.00, '2022-02-14'),
  (7, 'Boris', 'Petrov', 'plumbing', 58.75, '2022-10-03'),
  (8, 'Keisha', 'Lamont', 'electrical', 66.00, '2023-04-10'),
  (9, 'Hector', 'Salgado', 'locksmith', 49.00, '2023-08-21'),
  (10, 'Gwen', 'Ashby', 'hvac', 64.25, '2024-12-02');

INSERT INTO maintenance_requests
SELECT n,
       1 + (n * 7919) % (SELECT count(*) FROM units),
       CASE WHEN n % 23 = 0 OR n > 1585 AND n % 3 = 0 THEN NULL
            ELSE (ARRAY[1, 7, 2, 8, 4, 4, 6, 9, 3, 1, 3, 5])[1 + c] END,
       op,
       CASE WHEN n > 1570 AND n % 2 = 0 OR n % 41 = 0 THEN NULL
            ELSE op + (CASE p WHEN 'emergency' THEN 3 + n % 9 WHEN 'high' THEN 18 + n % 40
                              WHEN 'medium' THEN 40 + (n * 7) % 120 ELSE 72 + (n * 11) % 300 END) * interval '1 hour' END,
       (ARRAY['plumbing','plumbing','electrical','electrical','heating','heating','appliance','locksmith',
              'general','plumbing','painting','pest control'])[1 + c],
       p,
       (ARRAY['Leaking faucet under kitchen sink','Toilet running constantly','Outlet not working in bedroom',
              'Breaker keeps tripping','No heat in living room','Thermostat unresponsive','Dishwasher not draining',
              'Front door lock sticking','Closet door off track','Slow drain in bathtub',
              'Water stain on ceiling needs repaint','Ants in kitchen'])[1 + c],
       CASE WHEN n > 1570 AND n % 2 = 0 OR n % 41 = 0 OR n % 8 = 0 THEN NULL
            ELSE round((CASE c WHEN 0 THEN 140 WHEN 1 THEN 95 WHEN 2 THEN 120 WHEN 3 THEN 210 WHEN 4 THEN 260
                               WHEN 5 THEN 150 WHEN 6 THEN 180 WHEN 7 THEN 85 WHEN 10 THEN 320 WHEN 11 THEN 175
                               ELSE 60 END) + ((n * 37) % 23) * 8.5
                       + CASE p WHEN 'emergency' THEN 150 ELSE 0 END, 2) END
FROM generate_series(1, 1640) AS n
CROSS JOIN LATERAL (SELECT (n * 7 + n / 5 + n / 13) % 12 AS c,
                           CASE WHEN n % 17 = 0 THEN 'emergency' WHEN n % 5 = 1 THEN 'high'
                                WHEN n % 3 = 0 THEN 'low' ELSE 'medium' END AS p,
                           TIMESTAMP '2021-01-04 08:00' + floor((n - 1) * 1456.0 / 1640) * interval '1 day'
                             + ((n * 7) % 11) * interval '1 hour' + ((n * 13) % 60) * interval '1 minute' AS op) x;

INSERT INTO unit_inspections
SELECT n,
       1 + (n * 4099) % (SELECT count(*) FROM units),
       DATE '2021-02-01' + floor((n - 1) * 1400.0 / 620)::int,
       sc,
       sc >= 70,
       CASE WHEN sc < 70 THEN (ARRAY['Smoke detector missing battery','Carpet damage in hallway',
                                     'Mold near bathroom window','Broken window latch'])[1 + n % 4]
            WHEN n % 6 = 0 THEN 'Minor wear, no action needed' ELSE NULL END
FROM generate_series(1, 620) AS n
CROSS JOIN LATERAL (SELECT 55 + (n * 29) % 46 AS sc) x;
