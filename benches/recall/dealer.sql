-- Operational data of a car dealership group in Colorado and Arizona (new and used car sales,
-- trade-ins, financing and the service department), used as the sample database of the golden
-- set benches/intent/dealer.yaml. Every row is invented and reproducible (generate_series,
-- fixed lists, modular arithmetic and md5 of fixed strings; no random()).

CREATE TABLE dealership (
    dealership_id   integer PRIMARY KEY,
    dealership_name text NOT NULL,
    brand           text NOT NULL,
    city            text NOT NULL,
    state           char(2) NOT NULL,
    street          text,
    phone           varchar(20),
    opened_on       date NOT NULL,
    service_bays    integer NOT NULL,
    has_body_shop   boolean NOT NULL
);
CREATE TABLE salesperson (
    salesperson_id  integer PRIMARY KEY,
    dealership_id   integer NOT NULL REFERENCES dealership,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           varchar(120),
    job_title       text NOT NULL,
    hired_on        date NOT NULL,
    commission_rate numeric(4,3) NOT NULL,
    is_active       boolean NOT NULL
);
CREATE TABLE customer (
    customer_id      integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            varchar(120),
    phone            varchar(20),
    city             text NOT NULL,
    state            char(2) NOT NULL,
    birth_date       date,
    marketing_opt_in boolean NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE TABLE vehicle (
    vehicle_id     integer PRIMARY KEY,
    vin            varchar(17) NOT NULL UNIQUE,
    dealership_id  integer NOT NULL REFERENCES dealership,
    make           text NOT NULL,
    model          text NOT NULL,
    model_year     integer NOT NULL,
    body_style     text NOT NULL,
    exterior_color text NOT NULL,
    condition      text NOT NULL,
    mileage        integer NOT NULL,
    list_price     numeric(10,2) NOT NULL,
    acquisition_cost numeric(10,2) NOT NULL,
    acquired_on    date NOT NULL,
    status         text NOT NULL
);
CREATE TABLE sale (
    sale_id            integer PRIMARY KEY,
    vehicle_id         integer NOT NULL UNIQUE REFERENCES vehicle,
    customer_id        integer NOT NULL REFERENCES customer,
    salesperson_id     integer NOT NULL REFERENCES salesperson,
    sold_at            timestamp NOT NULL,
    delivered_on       date,
    sale_price         numeric(10,2) NOT NULL,
    discount_amount    numeric(10,2) NOT NULL,
    payment_method     text NOT NULL,
    extended_warranty  boolean NOT NULL,
    status             text NOT NULL
);
CREATE TABLE trade_in (
    trade_in_id     integer PRIMARY KEY,
    sale_id         integer NOT NULL REFERENCES sale,
    make            text NOT NULL,
    model           text NOT NULL,
    model_year      integer NOT NULL,
    mileage         integer NOT NULL,
    condition_grade text NOT NULL,
    appraised_value numeric(10,2) NOT NULL,
    appraised_on    date NOT NULL
);
CREATE TABLE lender (
    lender_id   integer PRIMARY KEY,
    lender_name text NOT NULL,
    lender_type text NOT NULL,
    contact_phone varchar(20)
);
CREATE TABLE loan (
    loan_id          integer PRIMARY KEY,
    sale_id          integer NOT NULL UNIQUE REFERENCES sale,
    lender_id        integer NOT NULL REFERENCES lender,
    principal        numeric(10,2) NOT NULL,
    down_payment     numeric(10,2) NOT NULL,
    apr              numeric(5,2) NOT NULL,
    term_months      integer NOT NULL,
    monthly_payment  numeric(10,2) NOT NULL,
    credit_score     integer,
    approved_on      date NOT NULL,
    first_payment_due date NOT NULL,
    status           text NOT NULL
);
CREATE TABLE service_visit (
    service_visit_id integer PRIMARY KEY,
    dealership_id    integer NOT NULL REFERENCES dealership,
    customer_id      integer NOT NULL REFERENCES customer,
    vehicle_id       integer REFERENCES vehicle,
    service_type     text NOT NULL,
    pay_type         text NOT NULL,
    scheduled_at     timestamp NOT NULL,
    completed_at     timestamp,
    odometer         integer,
    status           text NOT NULL
);
CREATE TABLE service_invoice (
    service_invoice_id integer PRIMARY KEY,
    service_visit_id   integer NOT NULL UNIQUE REFERENCES service_visit,
    invoice_number     varchar(12) NOT NULL,
    issued_on          date NOT NULL,
    labor_hours        numeric(5,2) NOT NULL,
    labor_rate         numeric(6,2) NOT NULL,
    labor_amount       numeric(10,2) NOT NULL,
    parts_amount       numeric(10,2) NOT NULL,
    tax_amount         numeric(10,2) NOT NULL,
    total_amount       numeric(10,2) NOT NULL,
    paid_on            date
);
CREATE TABLE part (
    part_id          integer PRIMARY KEY,
    part_number      varchar(20) NOT NULL UNIQUE,
    part_name        text NOT NULL,
    category         text NOT NULL,
    supplier         text NOT NULL,
    unit_price       numeric(8,2) NOT NULL,
    is_oem           boolean NOT NULL,
    quantity_on_hand integer NOT NULL
);
CREATE TABLE invoice_line (
    invoice_line_id    integer PRIMARY KEY,
    service_invoice_id integer NOT NULL REFERENCES service_invoice,
    part_id            integer NOT NULL REFERENCES part,
    quantity           integer NOT NULL,
    unit_price         numeric(8,2) NOT NULL
);

INSERT INTO dealership VALUES
  (1, 'Summit Toyota', 'Toyota', 'Denver', 'CO', '4200 S Broadway', '303-555-0141', '2009-03-16', 14, true),
  (2, 'Front Range Ford', 'Ford', 'Aurora', 'CO', '15900 E Colfax Ave', '303-555-0178', '2012-06-04', 12, true),
  (3, 'Flatirons Honda', 'Honda', 'Boulder', 'CO', '2750 Pearl St', '720-555-0112', '2015-09-21', 8, false),
  (4, 'Pikes Peak Chevrolet', 'Chevrolet', 'Colorado Springs', 'CO', '1455 Academy Blvd', '719-555-0190', '2011-01-10', 10, true),
  (5, 'Poudre Valley Subaru', 'Subaru', 'Fort Collins', 'CO', NULL, '970-555-0133', '2018-04-30', 6, false),
  (6, 'Desert Sun Nissan', 'Nissan', 'Phoenix', 'AZ', '2101 W Camelback Rd', '602-555-0166', '2014-11-03', 11, true),
  (7, 'Valley Hyundai', 'Hyundai', 'Mesa', 'AZ', '1330 S Power Rd', NULL, '2019-02-18', 7, false),
  (8, 'Saguaro Jeep', 'Jeep', 'Tucson', 'AZ', '5880 E Broadway Blvd', '520-555-0154', '2021-08-09', 6, false);

INSERT INTO salesperson
SELECT n,
       1 + (n - 1) / 5,
       (ARRAY['Derek','Monica','Travis','Alyssa','Hector','Brooke','Jamal','Vanessa','Cody','Erin',
              'Ramon','Tiffany','Shane','Gabriela','Trent','Lindsey','Marco','Heather','Dustin','Kayla'])[1 + (n * 3) % 20],
       (ARRAY['Callahan','Ortega','Whitfield','Nakamura','Brennan','Salazar','Duval','Kowalczyk','Fitzgerald','Baptiste',
              'Lindqvist','Moreno','Okafor','Pruitt','Sandoval','Tillman','Vance','Yazzie','Hollister','Esparza'])[1 + (n * 7 + n / 20) % 20],
       CASE WHEN n % 11 = 0 THEN NULL ELSE 'sales' || n || '@summitautogroup.example' END,
       CASE WHEN n % 5 = 1 THEN 'Sales Manager' WHEN n % 5 IN (2, 4) THEN 'Senior Sales Consultant' ELSE 'Sales Consultant' END,
       DATE '2015-02-02' + (n * 173) % 2500,
       CASE WHEN n % 5 = 1 THEN 0.030 WHEN n % 5 IN (2, 4) THEN 0.025 ELSE 0.020 END,
       n % 9 <> 0
FROM generate_series(1, 40) AS n;

INSERT INTO customer
SELECT n,
       (ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
              'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Carlos','Maria',
              'Daniel','Karen','Matthew','Nancy','Anthony','Lisa','Mark','Emily','Luis','Ashley'])[1 + n % 30],
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
              'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson'])[1 + (n / 30 + 7 * n) % 30],
       CASE WHEN n % 8 = 0 THEN NULL ELSE 'cust' || n || '@inbox.example' END,
       CASE WHEN n % 13 = 0 THEN NULL
            ELSE (ARRAY['303','720','719','970','602','480','520'])[1 + n % 7] || '-555-' || lpad(((n * 73) % 10000)::text, 4, '0') END,
       c.city, c.state,
       CASE WHEN n % 6 = 0 THEN NULL ELSE DATE '1950-01-01' + (n * 3917) % 19000 END,
       n % 3 <> 0,
       TIMESTAMPTZ '2021-10-01 09:00:00+00' + make_interval(days => (n * 479) % 1150, mins => (n * 37) % 600)
FROM generate_series(1, 600) AS n
CROSS JOIN LATERAL (
  SELECT (ARRAY['Denver','Aurora','Lakewood','Boulder','Colorado Springs','Fort Collins','Littleton','Greeley',
                'Phoenix','Mesa','Scottsdale','Tempe','Tucson','Chandler','Longmont','Pueblo'])[1 + (n * 3 + n / 50) % 16] AS city
) c0
CROSS JOIN LATERAL (
  SELECT c0.city,
         CASE WHEN c0.city IN ('Phoenix','Mesa','Scottsdale','Tempe','Tucson','Chandler') THEN 'AZ' ELSE 'CO' END AS state
) c;

INSERT INTO vehicle
SELECT n,
       upper(substr(md5('vin' || n), 1, 3)) || lpad(((n * 7919) % 100000000)::text, 8, '0')
         || upper(substr(md5('vin' || n), 4, 6)),
       dl.did,
       m.make, m.model,
       CASE WHEN n % 10 < 5 THEN extract(year FROM a.acq)::int + CASE WHEN extract(month FROM a.acq) >= 9 THEN 1 ELSE 0 END
            WHEN n % 10 < 8 THEN 2013 + n % 9
            ELSE 2019 + n % 4 END,
       m.body,
       (ARRAY['White','Black','Silver','Gray','Blue','Red','Green','White','Black','Gray'])[1 + (n * 3) % 10],
       CASE WHEN n % 10 < 5 THEN 'New' WHEN n % 10 < 8 THEN 'Used' ELSE 'Certified Pre-Owned' END,
       CASE WHEN n % 10 < 5 THEN 3 + n % 40
            WHEN n % 10 < 8 THEN 20000 + (n * 1237) % 100000
            ELSE 8000 + (n * 733) % 40000 END,
       p.price,
       round(p.price * (0.86 + (n % 4) * 0.01), 2),
       a.acq,
       CASE WHEN n <= 800 AND n % 41 <> 0 THEN 'sold'
            WHEN n % 9 = 0 THEN 'in_transit'
            WHEN n % 13 = 0 THEN 'reserved'
            ELSE 'available' END
FROM generate_series(1, 1200) AS n
CROSS JOIN LATERAL (
  SELECT CASE WHEN n <= 800 THEN DATE '2022-01-03' + (n * 431) % 1090 - (3 + (n * 13) % 85)
              ELSE DATE '2024-06-01' + (n * 17) % 200 END AS acq
) a
CROSS JOIN LATERAL (
  SELECT (ARRAY[1,1,1,1,2,2,2,3,3,4,4,4,5,6,6,6,7,7,8,8])[1 + ('x' || substr(md5('lot' || n), 1, 7))::bit(28)::int % 20] AS did
) dl
CROSS JOIN LATERAL (
  SELECT (ARRAY['Toyota','Toyota','Toyota','Honda','Honda','Ford','Ford','Ford','Chevrolet','Chevrolet',
                'Nissan','Nissan','Hyundai','Hyundai','Subaru','Subaru','Jeep','Jeep'])[k] AS make,
         (ARRAY['Camry','RAV4','Tacoma','Civic','CR-V','F-150','Escape','Mustang','Silverado','Equinox',
                'Altima','Rogue','Tucson','Elantra','Outback','Forester','Wrangler','Grand Cherokee'])[k] AS model,
         (ARRAY['Sedan','SUV','Pickup','Sedan','SUV','Pickup','SUV','Coupe','Pickup','SUV',
                'Sedan','SUV','SUV','Sedan','Wagon','SUV','SUV','SUV'])[k] AS body,
         (ARRAY[28000,31000,36000,25000,32000,45000,29000,38000,44000,28500,
                27000,30000,29500,22000,31500,30500,39000,42000])[k] AS base
  FROM (SELECT CASE WHEN n % 10 < 5
                    THEN (ARRAY[1,6,4,9,15,11,13,17])[dl.did]
                         + ('x' || substr(md5('model' || n), 1, 7))::bit(28)::int % (ARRAY[3,3,2,2,2,2,2,2])[dl.did]
                    ELSE 1 + floor(18 * power(('x' || substr(md5('model' || n), 1, 7))::bit(28)::int / 268435456.0, 1.35))::int
               END AS k) kk
) m
CROSS JOIN LATERAL (
  SELECT (round(m.base * CASE WHEN n % 10 < 5 THEN 1.00 + (n % 7) * 0.03
                              WHEN n % 10 < 8 THEN 0.40 + (n % 9) * 0.04
                              ELSE 0.70 + (n % 5) * 0.03 END / 100) * 100 - 5)::numeric(10,2) AS price
) p;

INSERT INTO sale
SELECT n,
       n,
       1 + (n * 11) % 540,
       (v.dealership_id - 1) * 5 + 1 + floor(5 * power(('x' || substr(md5('rep' || n), 1, 7))::bit(28)::int / 268435456.0, 1.25))::int,
       v.acquired_on + (3 + (n * 13) % 85) + make_interval(hours => 9 + n % 10, mins => (n * 7) % 60),
       CASE WHEN n % 41 = 0 THEN NULL
            ELSE v.acquired_on + (3 + (n * 13) % 85) + n % 4 END,
       v.list_price - d.discount,
       d.discount,
       CASE WHEN ('x' || substr(md5('pay' || n), 1, 7))::bit(28)::int % 100 < 58 THEN 'finance'
            WHEN ('x' || substr(md5('pay' || n), 1, 7))::bit(28)::int % 100 < 81 THEN 'cash'
            ELSE 'lease' END,
       n % 3 = 0,
       CASE WHEN n % 41 = 0 THEN 'cancelled' ELSE 'completed' END
FROM generate_series(1, 800) AS n
JOIN vehicle v ON v.vehicle_id = n
CROSS JOIN LATERAL (
  SELECT (CASE WHEN v.condition = 'New' THEN (n % 5) * 500 ELSE (n % 6) * 250 END)::numeric(10,2) AS discount
) d;

INSERT INTO trade_in
SELECT row_number() OVER (ORDER BY s.sale_id)::int,
       s.sale_id,
       t.make, t.model,
       2008 + s.sale_id % 13,
       40000 + (s.sale_id * 2711) % 140000,
       (ARRAY['Excellent','Good','Good','Fair','Fair','Poor'])[1 + (s.sale_id / 3) % 6],
       round((t.base * (0.25 + (s.sale_id % 13) * 0.03) - (40000 + (s.sale_id * 2711) % 140000) * 0.02)
             * (ARRAY[1.10, 1.00, 1.00, 0.85, 0.85, 0.65])[1 + (s.sale_id / 3) % 6], -1),
       s.sold_at::date - s.sale_id % 5
FROM sale s
CROSS JOIN LATERAL (
  SELECT (ARRAY['Honda','Toyota','Ford','Chevrolet','Nissan','Dodge','Kia','Volkswagen','Mazda','Subaru','GMC','Jeep'])[k] AS make,
         (ARRAY['Accord','Corolla','Explorer','Malibu','Sentra','Ram 1500','Sorento','Jetta','CX-5','Impreza','Sierra','Cherokee'])[k] AS model,
         (ARRAY[27000,22000,36000,25000,20000,40000,30000,23000,29000,22500,43000,31000])[k] AS base
  FROM (SELECT 1 + (s.sale_id * 7) % 12 AS k) kk
) t
WHERE s.sale_id % 3 = 1;

INSERT INTO lender VALUES
  (1, 'Wells Fargo Auto', 'bank', '800-555-0101'),
  (2, 'Chase Auto Finance', 'bank', '800-555-0102'),
  (3, 'Ally Financial', 'bank', '800-555-0103'),
  (4, 'Toyota Financial Services', 'captive', '800-555-0104'),
  (5, 'Ford Credit', 'captive', '800-555-0105'),
  (6, 'Honda Financial Services', 'captive', NULL),
  (7, 'Canvas Credit Union', 'credit union', '303-555-0107'),
  (8, 'Bellco Credit Union', 'credit union', '303-555-0108'),
  (9, 'Desert Financial Credit Union', 'credit union', '602-555-0109'),
  (10, 'Capital One Auto Finance', 'bank', NULL);

INSERT INTO loan
SELECT row_number() OVER (ORDER BY x.sale_id)::int,
       x.sale_id, x.lender_id, x.principal, x.down_payment, x.apr, x.term,
       round(x.principal * (x.apr / 1200) / (1 - power(1 + x.apr / 1200, -x.term)), 2),
       CASE WHEN x.sale_id % 17 = 0 THEN NULL ELSE 580 + (x.sale_id * 37) % 240 END,
       x.sold_at::date,
       x.sold_at::date + 30,
       CASE WHEN x.sale_id % 47 = 0 THEN 'defaulted'
            WHEN x.sale_id % 11 = 0 OR (x.term = 36 AND x.sold_at < TIMESTAMP '2022-07-01') THEN 'paid_off'
            ELSE 'active' END
FROM (
  SELECT s.sale_id, s.sold_at, l.lender_id,
         round(s.sale_price * (0.05 + (s.sale_id % 4) * 0.05), 2) AS down_payment,
         s.sale_price - round(s.sale_price * (0.05 + (s.sale_id % 4) * 0.05), 2) - coalesce(t.appraised_value, 0) AS principal,
         CASE WHEN l.lender_type = 'captive' THEN 2.90 + (s.sale_id % 5) * 0.50
              WHEN l.lender_type = 'credit union' THEN 4.40 + (s.sale_id % 6) * 0.45
              ELSE 5.40 + (s.sale_id % 9) * 0.60 END::numeric(5,2) AS apr,
         (ARRAY[36,48,60,72,84,60,72])[1 + s.sale_id % 7] AS term
  FROM sale s
  JOIN lender l ON l.lender_id = 1 + (s.sale_id * 3 + s.sale_id / 10) % 10
  LEFT JOIN trade_in t ON t.sale_id = s.sale_id
  WHERE s.payment_method = 'finance' AND s.status = 'completed'
) x
WHERE x.principal >= 2500;

INSERT INTO service_visit
SELECT g.n,
       coalesce(v.dealership_id, 1 + g.n % 8),
       coalesce(s.customer_id, 1 + (g.n * 13) % 570),
       s.vehicle_id,
       g.stype,
       CASE WHEN g.stype = 'Warranty Repair' THEN 'warranty'
            WHEN g.n % 37 = 0 THEN 'internal'
            ELSE 'customer' END,
       g.sched,
       CASE WHEN g.st = 'completed'
            THEN g.sched + make_interval(mins => CASE g.stype WHEN 'Engine Repair' THEN 420 WHEN 'Warranty Repair' THEN 300
                                                               WHEN 'Brake Service' THEN 150 WHEN 'Tire Replacement' THEN 110
                                                               ELSE 55 END + (g.n * 7) % 50) END,
       CASE WHEN g.st = 'completed' AND g.n % 14 <> 0 THEN 4000 + (g.n * 3571) % 120000 END,
       g.st
FROM (
  SELECT n,
         (ARRAY['Oil Change','Oil Change','Oil Change','Tire Rotation','Brake Service','State Inspection',
                'Battery Replacement','Engine Repair','Warranty Repair','Tire Replacement',
                'Oil Change','Tire Rotation','State Inspection','Brake Service'])[1 + ('x' || substr(md5('svc' || n), 1, 7))::bit(28)::int % 14] AS stype,
         TIMESTAMP '2022-01-03 07:30:00' + make_interval(days => (n * 367) % 1090, hours => n % 9, mins => 15 * (n % 4)) AS sched,
         CASE WHEN TIMESTAMP '2022-01-03 07:30:00' + make_interval(days => (n * 367) % 1090) >= TIMESTAMP '2024-12-21' THEN 'scheduled'
              WHEN n % 19 = 0 THEN 'cancelled'
              WHEN n % 23 = 0 THEN 'no_show'
              ELSE 'completed' END AS st
  FROM generate_series(1, 1500) AS n
) g
LEFT JOIN sale s ON s.sale_id = 1 + (g.n * 7) % 800 AND g.n % 4 <> 0
                 AND s.status = 'completed' AND s.sold_at < g.sched
LEFT JOIN vehicle v ON v.vehicle_id = s.vehicle_id;

INSERT INTO service_invoice
SELECT row_number() OVER (ORDER BY sv.service_visit_id)::int,
       sv.service_visit_id,
       'SI-' || (100000 + row_number() OVER (ORDER BY sv.service_visit_id))::text,
       sv.completed_at::date,
       h.hours,
       r.rate,
       round(h.hours * r.rate, 2),
       0, 0, 0,
       CASE WHEN sv.service_visit_id % 31 = 0 THEN NULL
            ELSE sv.completed_at::date + (sv.service_visit_id % 3) * 7 END
FROM service_visit sv
JOIN dealership d ON d.dealership_id = sv.dealership_id
CROSS JOIN LATERAL (
  SELECT (CASE sv.service_type
            WHEN 'Oil Change' THEN 0.5 WHEN 'Tire Rotation' THEN 0.5 WHEN 'State Inspection' THEN 0.75
            WHEN 'Battery Replacement' THEN 0.5 WHEN 'Tire Replacement' THEN 1.0
            WHEN 'Brake Service' THEN 1.5 + (sv.service_visit_id % 3) * 0.5
            WHEN 'Engine Repair' THEN 3.0 + sv.service_visit_id % 5
            ELSE 2.0 + sv.service_visit_id % 3 END)::numeric(5,2) AS hours
) h
CROSS JOIN LATERAL (
  SELECT (CASE WHEN d.state = 'AZ' THEN 149.00 ELSE 165.00 END + CASE WHEN d.has_body_shop THEN 10 ELSE 0 END)::numeric(6,2) AS rate
) r
WHERE sv.status = 'completed';

INSERT INTO part VALUES
  (1, 'FLT-10021', 'Oil Filter', 'Filters', 'Fram', 8.95, false, 140),
  (2, 'FLT-10022', 'Synthetic Oil Filter', 'Filters', 'Mobil 1', 12.50, false, 96),
  (3, 'FLT-10030', 'Engine Air Filter', 'Filters', 'K&N', 24.99, false, 54),
  (4, 'FLT-10041', 'Cabin Air Filter', 'Filters', 'Bosch', 29.99, false, 61),
  (5, 'FLT-10055', 'Fuel Filter', 'Filters', 'Denso', 38.50, true, 22),
  (6, 'FLT-10060', 'Transmission Filter Kit', 'Filters', 'ACDelco', 46.00, true, 12),
  (7, 'FLT-10042', 'Charcoal Cabin Filter', 'Filters', 'Bosch', 34.99, false, 18),
  (8, 'FLT-10070', 'Diesel Fuel Filter', 'Filters', 'Motorcraft', 54.00, true, 9),
  (9, 'FLD-20530', '5W-30 Synthetic Oil (qt)', 'Fluids', 'Mobil 1', 9.25, false, 480),
  (10, 'FLD-20020', '0W-20 Synthetic Oil (qt)', 'Fluids', 'Castrol', 9.75, false, 520),
  (11, 'FLD-21100', 'Coolant Concentrate (gal)', 'Fluids', 'Prestone', 27.50, false, 40),
  (12, 'FLD-21204', 'Brake Fluid DOT 4', 'Fluids', 'Bosch', 14.99, false, 35),
  (13, 'FLD-21310', 'ATF Multi-Vehicle (qt)', 'Fluids', 'Valvoline', 11.50, false, 88),
  (14, 'FLD-21420', 'Power Steering Fluid', 'Fluids', 'Prestone', 8.99, false, 30),
  (15, 'FLD-21500', 'Windshield Washer Fluid', 'Fluids', 'Rain-X', 4.50, false, 150),
  (16, 'FLD-21675', 'Differential Gear Oil', 'Fluids', 'Motorcraft', 19.99, true, 24),
  (17, 'BRK-30110', 'Front Brake Pads', 'Brakes', 'Akebono', 89.00, false, 44),
  (18, 'BRK-30120', 'Rear Brake Pads', 'Brakes', 'Akebono', 79.00, false, 38),
  (19, 'BRK-30210', 'Front Brake Rotor', 'Brakes', 'Brembo', 124.00, false, 26),
  (20, 'BRK-30220', 'Rear Brake Rotor', 'Brakes', 'Brembo', 109.00, false, 20),
  (21, 'BRK-30300', 'Brake Caliper', 'Brakes', 'ACDelco', 168.00, true, 8),
  (22, 'BRK-30410', 'Brake Hose', 'Brakes', 'Dorman', 32.50, false, 15),
  (23, 'BRK-30500', 'Parking Brake Cable', 'Brakes', 'Dorman', 58.00, false, 6),
  (24, 'BRK-30610', 'Brake Hardware Kit', 'Brakes', 'Raybestos', 24.00, false, 30),
  (25, 'TIR-40165', 'All-Season Tire 225/65R17', 'Tires', 'Michelin', 165.00, false, 64),
  (26, 'TIR-40189', 'All-Season Tire 235/60R18', 'Tires', 'Bridgestone', 189.00, false, 48),
  (27, 'TIR-40239', 'All-Terrain Tire 265/70R17', 'Tires', 'BFGoodrich', 239.00, false, 32),
  (28, 'TIR-40178', 'Winter Tire 215/55R17', 'Tires', 'Bridgestone', 178.00, false, 40),
  (29, 'TIR-40262', 'Performance Tire 255/40R19', 'Tires', 'Pirelli', 262.00, false, 16),
  (30, 'TIR-40964', 'TPMS Sensor', 'Tires', 'Schrader', 64.00, true, 28),
  (31, 'TIR-40906', 'Wheel Weight Set', 'Tires', 'Perfect Equipment', 6.50, false, 200),
  (32, 'TIR-40139', 'Compact Spare Tire', 'Tires', 'Goodyear', 139.00, true, 5),
  (33, 'ELC-50035', '12V Battery Group 35', 'Electrical', 'Interstate', 189.00, false, 25),
  (34, 'ELC-50048', '12V Battery Group 48', 'Electrical', 'Interstate', 229.00, false, 22),
  (35, 'ELC-50110', 'Alternator', 'Electrical', 'Denso', 412.00, true, 6),
  (36, 'ELC-50120', 'Starter Motor', 'Electrical', 'Denso', 356.00, true, 5),
  (37, 'ELC-50211', 'Headlight Bulb H11', 'Electrical', 'Sylvania', 22.00, false, 70),
  (38, 'ELC-50300', 'Fuse Assortment', 'Electrical', 'Bussmann', 12.00, false, 45),
  (39, 'ELC-50410', 'Ignition Coil', 'Electrical', 'NGK', 96.00, false, 24),
  (40, 'ELC-50520', 'Window Regulator Motor', 'Electrical', 'Dorman', 178.00, false, 7),
  (41, 'ENG-60010', 'Iridium Spark Plug', 'Engine', 'NGK', 14.50, false, 160),
  (42, 'ENG-60120', 'Serpentine Belt', 'Engine', 'Gates', 42.00, false, 27),
  (43, 'ENG-60230', 'Timing Belt Kit', 'Engine', 'Gates', 289.00, false, 6),
  (44, 'ENG-60340', 'Water Pump', 'Engine', 'Aisin', 198.00, true, 9),
  (45, 'ENG-60450', 'Thermostat', 'Engine', 'Motorcraft', 46.00, true, 19),
  (46, 'ENG-60560', 'Radiator', 'Engine', 'Denso', 335.00, true, 4),
  (47, 'ENG-60670', 'Valve Cover Gasket', 'Engine', 'Fel-Pro', 38.00, false, 21),
  (48, 'ENG-60780', 'Engine Mount', 'Engine', 'Anchor', 142.00, false, 11);

INSERT INTO invoice_line
SELECT row_number() OVER (ORDER BY x.service_invoice_id, x.seq)::int,
       x.service_invoice_id, x.part_id, x.quantity, p.unit_price
FROM (
  SELECT si.service_invoice_id, 1 AS seq,
         CASE sv.service_type
           WHEN 'Oil Change' THEN 1 + si.service_invoice_id % 2
           WHEN 'Brake Service' THEN 17 + si.service_invoice_id % 2
           WHEN 'Battery Replacement' THEN 33 + si.service_invoice_id % 2
           WHEN 'Engine Repair' THEN 41 + si.service_invoice_id % 8
           WHEN 'Warranty Repair' THEN (ARRAY[35,36,39,40,43,44])[1 + si.service_invoice_id % 6]
           WHEN 'Tire Replacement' THEN 25 + si.service_invoice_id % 5
           WHEN 'Tire Rotation' THEN 31
         END AS part_id,
         CASE WHEN sv.service_type = 'Tire Replacement' THEN CASE WHEN si.service_invoice_id % 3 = 0 THEN 2 ELSE 4 END
              WHEN sv.service_type = 'Engine Repair' AND si.service_invoice_id % 8 = 0 THEN 4
              ELSE 1 END AS quantity
  FROM service_invoice si JOIN service_visit sv USING (service_visit_id)
  WHERE sv.service_type <> 'State Inspection'
    AND (sv.service_type <> 'Tire Rotation' OR si.service_invoice_id % 3 = 0)
  UNION ALL
  SELECT si.service_invoice_id, 2,
         CASE sv.service_type
           WHEN 'Oil Change' THEN 9 + si.service_invoice_id % 2
           WHEN 'Brake Service' THEN 19 + si.service_invoice_id % 2
           WHEN 'Engine Repair' THEN 11
           WHEN 'Tire Replacement' THEN 30
         END,
         CASE sv.service_type WHEN 'Oil Change' THEN 5 + si.service_invoice_id % 3
                              WHEN 'Brake Service' THEN 2
                              WHEN 'Tire Replacement' THEN 4
                              ELSE 1 END
  FROM service_invoice si JOIN service_visit sv USING (service_visit_id)
  WHERE sv.service_type = 'Oil Change'
     OR (sv.service_type = 'Brake Service' AND si.service_invoice_id % 2 = 0)
     OR (sv.service_type = 'Engine Repair' AND si.service_invoice_id % 2 = 1)
     OR (sv.service_type = 'Tire Replacement' AND si.service_invoice_id % 5 = 0)
  UNION ALL
  SELECT si.service_invoice_id, 3,
         CASE sv.service_type WHEN 'Oil Change' THEN 4 ELSE 12 END,
         1
  FROM service_invoice si JOIN service_visit sv USING (service_visit_id)
  WHERE (sv.service_type = 'Oil Change' AND si.service_invoice_id % 4 = 0)
     OR (sv.service_type = 'Brake Service' AND si.service_invoice_id % 3 = 0)
) x
JOIN part p ON p.part_id = x.part_id;

UPDATE service_invoice si
SET parts_amount = coalesce(l.parts, 0),
    tax_amount   = round(coalesce(l.parts, 0) * 0.08, 2),
    total_amount = si.labor_amount + coalesce(l.parts, 0) + round(coalesce(l.parts, 0) * 0.08, 2)
FROM service_invoice s2
LEFT JOIN (SELECT service_invoice_id, sum(quantity * unit_price) AS parts
           FROM invoice_line GROUP BY service_invoice_id) l USING (service_invoice_id)
WHERE s2.service_invoice_id = si.service_invoice_id;

UPDATE customer c
SET created_at = least(c.created_at, f.first_seen - make_interval(days => 1 + c.customer_id % 20))
FROM (SELECT customer_id, min(t)::timestamp AT TIME ZONE 'UTC' AS first_seen
      FROM (SELECT customer_id, sold_at AS t FROM sale
            UNION ALL
            SELECT customer_id, scheduled_at FROM service_visit) e
      GROUP BY customer_id) f
WHERE f.customer_id = c.customer_id;
