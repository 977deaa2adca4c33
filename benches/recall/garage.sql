-- Data of a car repair shop management software (multi-tenant SaaS): the repair-shop chains
-- using it (tenants), their shops and mechanics, the service catalog, customers and their
-- vehicles, appointments, work orders (repair orders) with labor and part lines, the parts
-- catalog, invoices and payments; used as the sample database of the golden set
-- benches/intent/garage.frozen.yaml. Every row is invented and reproducible
-- (generate_series, fixed value lists and modular arithmetic; no random(), no now()).
-- The data runs to mid-December 2025: work orders opened after 2025-12-10 are still open
-- and appointments after 2025-12-15 are still to come.

CREATE TABLE tenants (
    id                bigint PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    slug              text NOT NULL UNIQUE,
    subscription_plan text NOT NULL,
    country           char(2) NOT NULL,
    billing_email     text NOT NULL,
    is_active         boolean NOT NULL DEFAULT true,
    created_at        timestamp NOT NULL
);

CREATE TABLE shops (
    id          bigint PRIMARY KEY,
    tenant_id   bigint NOT NULL REFERENCES tenants (id),
    name        text NOT NULL,
    city        text NOT NULL,
    state       text NOT NULL,
    phone       text NOT NULL,
    bay_count   integer NOT NULL,
    labor_rate  numeric(7,2) NOT NULL,
    tax_rate    numeric(5,4) NOT NULL,
    opened_on   date NOT NULL,
    closed_on   date,
    is_active   boolean NOT NULL DEFAULT true
);

CREATE TABLE mechanics (
    id             bigint PRIMARY KEY,
    tenant_id      bigint NOT NULL REFERENCES tenants (id),
    shop_id        bigint NOT NULL REFERENCES shops (id),
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          text NOT NULL UNIQUE,
    skill_level    text NOT NULL,
    ase_certified  boolean NOT NULL,
    hourly_wage    numeric(6,2) NOT NULL,
    hired_on       date NOT NULL,
    terminated_on  date,
    is_active      boolean NOT NULL DEFAULT true
);

CREATE TABLE services (
    id              bigint PRIMARY KEY,
    tenant_id       bigint NOT NULL REFERENCES tenants (id),
    code            text NOT NULL,
    name            text NOT NULL,
    category        text NOT NULL,
    standard_hours  numeric(4,2) NOT NULL,
    flat_price      numeric(8,2),
    is_active       boolean NOT NULL DEFAULT true,
    UNIQUE (tenant_id, code)
);

CREATE TABLE customers (
    id                 bigint PRIMARY KEY,
    tenant_id          bigint NOT NULL REFERENCES tenants (id),
    preferred_shop_id  bigint REFERENCES shops (id),
    customer_type      text NOT NULL,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    company_name       text,
    email              text NOT NULL,
    phone              text NOT NULL,
    marketing_opt_in   boolean NOT NULL,
    created_at         timestamp NOT NULL
);

CREATE TABLE vehicles (
    id              bigint PRIMARY KEY,
    tenant_id       bigint NOT NULL REFERENCES tenants (id),
    customer_id     bigint NOT NULL REFERENCES customers (id),
    vin             char(17) NOT NULL UNIQUE,
    license_plate   text NOT NULL,
    plate_state     text NOT NULL,
    make            text NOT NULL,
    model           text NOT NULL,
    model_year      integer NOT NULL,
    color           text NOT NULL,
    fuel_type       text NOT NULL,
    odometer_miles  integer NOT NULL,
    created_at      timestamp NOT NULL
);

CREATE TABLE appointments (
    id                bigint PRIMARY KEY,
    tenant_id         bigint NOT NULL REFERENCES tenants (id),
    shop_id           bigint NOT NULL REFERENCES shops (id),
    customer_id       bigint NOT NULL REFERENCES customers (id),
    vehicle_id        bigint NOT NULL REFERENCES vehicles (id),
    service_id        bigint NOT NULL REFERENCES services (id),
    scheduled_at      timestamp NOT NULL,
    duration_minutes  integer NOT NULL,
    status            text NOT NULL,
    booking_channel   text NOT NULL,
    reminder_sent     boolean NOT NULL,
    created_at        timestamp NOT NULL
);

CREATE TABLE work_orders (
    id                bigint PRIMARY KEY,
    tenant_id         bigint NOT NULL REFERENCES tenants (id),
    shop_id           bigint NOT NULL REFERENCES shops (id),
    customer_id       bigint NOT NULL REFERENCES customers (id),
    vehicle_id        bigint NOT NULL REFERENCES vehicles (id),
    appointment_id    bigint UNIQUE REFERENCES appointments (id),
    lead_mechanic_id  bigint REFERENCES mechanics (id),
    ro_number         text NOT NULL UNIQUE,
    status            text NOT NULL,
    odometer_in       integer NOT NULL,
    opened_at         timestamp NOT NULL,
    closed_at         timestamp
);

CREATE TABLE labor_lines (
    id             bigint PRIMARY KEY,
    tenant_id      bigint NOT NULL REFERENCES tenants (id),
    work_order_id  bigint NOT NULL REFERENCES work_orders (id),
    service_id     bigint NOT NULL REFERENCES services (id),
    mechanic_id    bigint NOT NULL REFERENCES mechanics (id),
    description    text NOT NULL,
    hours          numeric(5,2) NOT NULL,
    rate           numeric(7,2) NOT NULL,
    amount         numeric(10,2) NOT NULL
);

CREATE TABLE parts (
    id                bigint PRIMARY KEY,
    tenant_id         bigint NOT NULL REFERENCES tenants (id),
    sku               text NOT NULL UNIQUE,
    name              text NOT NULL,
    brand             text NOT NULL,
    category          text NOT NULL,
    unit_cost         numeric(10,2) NOT NULL,
    list_price        numeric(10,2) NOT NULL,
    quantity_on_hand  integer NOT NULL,
    reorder_point     integer NOT NULL,
    is_active         boolean NOT NULL DEFAULT true
);

CREATE TABLE part_lines (
    id             bigint PRIMARY KEY,
    tenant_id      bigint NOT NULL REFERENCES tenants (id),
    work_order_id  bigint NOT NULL REFERENCES work_orders (id),
    part_id        bigint NOT NULL REFERENCES parts (id),
    quantity       numeric(6,2) NOT NULL,
    unit_price     numeric(10,2) NOT NULL,
    unit_cost      numeric(10,2) NOT NULL
);

CREATE TABLE invoices (
    id              bigint PRIMARY KEY,
    tenant_id       bigint NOT NULL REFERENCES tenants (id),
    work_order_id   bigint NOT NULL UNIQUE REFERENCES work_orders (id),
    customer_id     bigint NOT NULL REFERENCES customers (id),
    invoice_number  text NOT NULL UNIQUE,
    issued_on       date NOT NULL,
    due_on          date NOT NULL,
    labor_total     numeric(10,2) NOT NULL,
    parts_total     numeric(10,2) NOT NULL,
    tax_amount      numeric(10,2) NOT NULL,
    total_amount    numeric(10,2) NOT NULL,
    status          text NOT NULL
);

CREATE TABLE payments (
    id          bigint PRIMARY KEY,
    tenant_id   bigint NOT NULL REFERENCES tenants (id),
    invoice_id  bigint NOT NULL REFERENCES invoices (id),
    paid_at     timestamp NOT NULL,
    amount      numeric(10,2) NOT NULL,
    method      text NOT NULL,
    reference   text
);

-- Tenants: the repair-shop chains subscribed to the software.
INSERT INTO tenants (id, name, slug, subscription_plan, country, billing_email, is_active, created_at) VALUES
 (1, 'Precision Auto Group',    'precision-auto',      'enterprise',   'US', 'accounts@precisionauto.example',   true, '2021-10-04 09:15'),
 (2, 'Northside Motor Works',   'northside-motor',     'professional', 'US', 'office@northsidemotor.example',    true, '2021-11-12 14:02'),
 (3, 'Maple Leaf Auto Service', 'maple-leaf-auto',     'professional', 'CA', 'billing@mapleleafauto.example',    true, '2021-12-01 10:30'),
 (4, 'Harbor City Auto Care',   'harbor-city',         'professional', 'US', 'finance@harborcityauto.example',   true, '2021-12-15 16:45'),
 (5, 'Redline Performance',     'redline-performance', 'starter',      'US', 'owner@redlineperf.example',        true, '2021-12-20 11:00'),
 (6, 'Greenway Car Clinics',    'greenway-clinics',    'enterprise',   'US', 'ap@greenwayclinics.example',       true, '2021-10-28 08:20'),
 (7, 'Cornerstone Garage',      'cornerstone-garage',  'trial',        'US', 'hello@cornerstonegarage.example',  true, '2025-11-18 13:40');

INSERT INTO shops (id, tenant_id, name, city, state, phone, bay_count, labor_rate, tax_rate, opened_on, closed_on, is_active) VALUES
 ( 1, 1, 'Precision Auto - Downtown Denver',    'Denver',           'CO', '303-555-0141',  8, 145.00, 0.0881, '2004-05-03', NULL, true),
 ( 2, 1, 'Precision Auto - Lakewood',           'Lakewood',         'CO', '303-555-0178',  6, 139.00, 0.0750, '2009-09-14', NULL, true),
 ( 3, 1, 'Precision Auto - Aurora',             'Aurora',           'CO', '720-555-0112',  6, 139.00, 0.0800, '2012-02-20', NULL, true),
 ( 4, 1, 'Precision Auto - Boulder',            'Boulder',          'CO', '303-555-0190',  5, 155.00, 0.0886, '2015-06-01', NULL, true),
 ( 5, 1, 'Precision Auto - Fort Collins',       'Fort Collins',     'CO', '970-555-0123',  4, 135.00, 0.0755, '2018-03-12', NULL, true),
 ( 6, 1, 'Precision Auto - Colorado Springs',   'Colorado Springs', 'CO', '719-555-0166',  7, 129.00, 0.0825, '2019-10-07', NULL, true),
 ( 7, 2, 'Northside Motor Works - Evanston',    'Evanston',         'IL', '847-555-0104',  5, 132.00, 0.1025, '1998-04-15', NULL, true),
 ( 8, 2, 'Northside Motor Works - Skokie',      'Skokie',           'IL', '847-555-0187',  4, 128.00, 0.1025, '2006-08-21', NULL, true),
 ( 9, 2, 'Northside Motor Works - Lincoln Park', 'Chicago',         'IL', '773-555-0159',  6, 149.00, 0.1025, '2011-01-10', NULL, true),
 (10, 2, 'Northside Motor Works - Oak Park',    'Oak Park',         'IL', '708-555-0132',  3, 125.00, 0.1000, '2014-07-01', '2024-06-28', false),
 (11, 3, 'Maple Leaf Auto - Scarborough',       'Toronto',          'ON', '416-555-0118',  5, 120.00, 0.1300, '2007-03-05', NULL, true),
 (12, 3, 'Maple Leaf Auto - Mississauga',       'Mississauga',      'ON', '905-555-0175',  6, 118.00, 0.1300, '2010-11-22', NULL, true),
 (13, 3, 'Maple Leaf Auto - Hamilton',          'Hamilton',         'ON', '905-555-0146',  4, 110.00, 0.1300, '2016-05-16', NULL, true),
 (14, 4, 'Harbor City Auto Care - Pier Road',   'San Diego',        'CA', '619-555-0129',  6, 165.00, 0.0775, '2001-09-04', NULL, true),
 (15, 4, 'Harbor City Auto Care - Chula Vista', 'Chula Vista',      'CA', '619-555-0183',  4, 155.00, 0.0875, '2013-04-08', NULL, true),
 (16, 4, 'Harbor City Auto Care - Oceanside',   'Oceanside',        'CA', '760-555-0151',  3, 150.00, 0.0775, '2023-04-10', NULL, true),
 (17, 5, 'Redline Performance',                 'Austin',           'TX', '512-555-0107',  4, 175.00, 0.0825, '2017-02-13', NULL, true),
 (18, 6, 'Greenway Car Clinic - Portland',      'Portland',         'OR', '503-555-0138',  7, 142.00, 0.0000, '2008-10-20', NULL, true),
 (19, 6, 'Greenway Car Clinic - Beaverton',     'Beaverton',        'OR', '503-555-0195',  5, 138.00, 0.0000, '2014-03-03', NULL, true),
 (20, 6, 'Greenway Car Clinic - Vancouver',     'Vancouver',        'WA', '360-555-0114',  4, 136.00, 0.0890, '2020-08-17', NULL, true),
 (21, 7, 'Cornerstone Garage',                  'Columbus',         'OH', '614-555-0162',  3, 115.00, 0.0750, '2011-05-09', NULL, true);

-- Mechanics: bay_count + 1 + (shop id mod 3) per shop; the first two of each shop are long-serving.
INSERT INTO mechanics (id, tenant_id, shop_id, first_name, last_name, email, skill_level, ase_certified,
                       hourly_wage, hired_on, terminated_on, is_active)
WITH g AS (
    SELECT row_number() OVER (ORDER BY s.id, k) AS id, s.id AS shop_id, s.tenant_id, s.opened_on, k
    FROM shops s CROSS JOIN LATERAL generate_series(1, s.bay_count + 1 + (s.id::int % 3)) AS k
), h AS (
    SELECT g.*,
        (ARRAY['James','Maria','Robert','Luis','Michael','Aisha','David','Carlos','Kevin','Tanya',
               'Brian','Priya','Jason','Elena','Marcus','Sofia','Derek','Nadia','Tyler','Grace',
               'Andre','Hannah','Victor','Keiko','Ryan','Fatima','Omar','Julia','Scott','Mei'])[1 + (g.id % 30)] AS fn,
        (ARRAY['Miller','Garcia','Nguyen','Johnson','Patel','Kowalski','Brown','Rossi','Okafor','Schmidt',
               'Lopez','Anderson','Kim','Murphy','Silva','Thompson','Novak','Chen','Wright','Dubois',
               'Hughes','Santos','Fischer','Reyes','Walsh','Ivanova','Baker','Moreno','Larsen','Cooper'])[1 + ((g.id / 30 + g.id * 7) % 30)] AS ln,
        CASE WHEN k = 1 THEN 'master'
             WHEN (g.shop_id * k) % 5 = 0 THEN 'apprentice'
             WHEN (g.shop_id * k) % 5 = 1 THEN 'master'
             ELSE 'technician' END AS lvl,
        CASE WHEN k <= 2 THEN greatest(date '2008-01-07' + ((g.shop_id * 173 + k * 389) % 3900)::int, g.opened_on - 20 + k * 9)
             ELSE greatest(date '2012-03-01' + ((g.shop_id * 97 + k * 211) % 4950)::int, g.opened_on - 20 + k * 9) END AS hired
    FROM g
)
SELECT id, tenant_id, shop_id, fn, ln,
       lower(fn) || '.' || lower(ln) || '.' || id || '@shop.example',
       lvl,
       lvl <> 'apprentice' AND (id % 4 <> 3 OR lvl = 'master'),
       CASE lvl WHEN 'master' THEN 42.50 + (shop_id % 5) * 1.25
                WHEN 'technician' THEN 31.00 + ((shop_id + k) % 6) * 1.10
                ELSE 19.50 + (k % 4) * 0.75 END,
       hired,
       CASE WHEN k > 2 AND (shop_id + k * 3) % 9 = 0 AND hired + 400 + ((shop_id * k) % 300)::int < date '2025-12-15'
            THEN hired + 400 + ((shop_id * k) % 300)::int END,
       NOT (k > 2 AND (shop_id + k * 3) % 9 = 0 AND hired + 400 + ((shop_id * k) % 300)::int < date '2025-12-15')
FROM h;

-- Service catalog: each tenant keeps its own copy of the standard operations, plus a few of its own.
INSERT INTO services (id, tenant_id, code, name, category, standard_hours, flat_price, is_active)
WITH catalog(ord, code, name, category, hours, flat) AS (VALUES
    ( 1, 'OIL', 'Oil and filter change',       'maintenance', 0.50,  79.99),
    ( 2, 'ROT', 'Tire rotation',               'maintenance', 0.50,  39.99),
    ( 3, 'BRK', 'Brake pad replacement',       'repair',      1.50,  NULL),
    ( 4, 'ALN', 'Wheel alignment',             'maintenance', 1.00, 119.00),
    ( 5, 'DIA', 'Check engine diagnostic',     'diagnostic',  1.00,  NULL),
    ( 6, 'INS', 'State safety inspection',     'inspection',  0.50,  35.00),
    ( 7, 'BAT', 'Battery replacement',         'repair',      0.50,  NULL),
    ( 8, 'AC',  'A/C recharge',                'repair',      1.00,  NULL),
    ( 9, 'TRN', 'Transmission fluid service',  'maintenance', 1.20,  NULL),
    (10, 'SUS', 'Suspension repair',           'repair',      3.00,  NULL),
    (11, 'ENG', 'Engine repair',               'repair',      6.00,  NULL),
    (12, 'TIM', 'Timing belt replacement',     'repair',      4.00,  NULL)
), rows AS (
    SELECT t.id AS tenant_id, c.ord, c.code, c.name, c.category, c.hours,
           CASE WHEN c.flat IS NULL THEN NULL ELSE c.flat + (t.id % 3) * 5 END AS flat, true AS active
    FROM tenants t CROSS JOIN catalog c
    UNION ALL SELECT 5, 13, 'DYN', 'Dyno tune',               'performance', 2.50, 349.00, true
    UNION ALL SELECT 5, 14, 'EXH', 'Performance exhaust install', 'performance', 3.50, NULL, true
    UNION ALL SELECT 6, 13, 'EVB', 'EV battery health check', 'diagnostic',  0.80,  89.00, true
    UNION ALL SELECT 6, 14, 'HYB', 'Hybrid system service',   'maintenance', 1.50,  NULL, false
)
SELECT row_number() OVER (ORDER BY tenant_id, ord), tenant_id, code, name, category, hours, flat, active
FROM rows;

-- Customers: 8 per bay of each shop of the six established tenants; one in 25 is a fleet account.
INSERT INTO customers (id, tenant_id, preferred_shop_id, customer_type, first_name, last_name, company_name,
                       email, phone, marketing_opt_in, created_at)
WITH g AS (
    SELECT row_number() OVER (ORDER BY k, s.id) AS id, s.id AS shop_id, s.tenant_id, s.opened_on, s.closed_on, s.phone AS shop_phone
    FROM shops s CROSS JOIN LATERAL generate_series(1, s.bay_count * 8) AS k
    WHERE s.tenant_id <> 7
), h AS (
    SELECT g.*,
        (ARRAY['Emma','Liam','Olivia','Noah','Ava','Ethan','Mia','Lucas','Chloe','Mason',
               'Zoe','Logan','Lily','Caleb','Nora','Owen','Ella','Wyatt','Aria','Henry',
               'Layla','Jack','Ruby','Levi','Maya','Isaac','Leah','Dylan','Stella','Gavin',
               'Paige','Miles','Ivy','Cole','Tessa','Adam','Jade','Eli','Vera','Sean'])[1 + (g.id % 40)] AS fn,
        (ARRAY['Adams','Bailey','Carter','Diaz','Evans','Foster','Gray','Hayes','Ingram','Jenkins',
               'Keller','Lambert','Mendez','Nash','Ortiz','Parker','Quinn','Ramos','Stone','Turner',
               'Underwood','Vargas','Ward','Xu','Young','Zimmer','Bishop','Castillo','Doyle','Ellis',
               'Flores','Grant','Holt','Irwin','Jordan','Knight','Lowe','Marsh','Norris','Owens'])[1 + ((g.id / 40 + g.id * 3) % 40)] AS ln,
        (ARRAY['Rocky Mountain Plumbing','Front Range Couriers','Mile High Landscaping','Lakeshore Deliveries',
               'Windy City Electric','Northshore Catering','GTA Home Services','Lakeview Florists',
               'Pacific Coast Pest Control','Bayfront Rentals','Hill Country HVAC','Cascade Roofing',
               'Rose City Movers','Columbia Cleaning Co','Summit Security','Prairie Glass',
               'Harbor Linen Supply','Evergreen Tree Care','Union Station Taxi','Bluebird Home Health',
               'Foothills Fencing','Riverbend Pool Service','Keystone Locksmiths','Granite State Movers',
               'Sunrise Bakery Wholesale','Metro Medical Courier','Ironwood Construction','Clearwater Irrigation',
               'Maplewood Property Management','Tidewater Appliance Repair','Redwood Painting','Silver Line Shuttles',
               'Copperfield Catering','Northgate Auto Glass'])[(row_number() OVER (PARTITION BY (g.id * g.id + g.id / 5) % 25 = 7 ORDER BY g.id))::int] AS company,
        (g.id * g.id + g.id / 5) % 25 = 7 AS is_fleet,
        least(greatest(date '2022-01-03' + ((g.id * 1019) % 1430)::int, g.opened_on + 7),
              coalesce(g.closed_on - 90, date '2099-01-01')) AS since
    FROM g
)
SELECT id, tenant_id, shop_id,
       CASE WHEN is_fleet THEN 'fleet' ELSE 'individual' END,
       fn, ln,
       CASE WHEN is_fleet THEN company END,
       CASE WHEN is_fleet THEN lower(fn) || '@' || replace(lower(company), ' ', '') || '.example'
            ELSE lower(fn) || '.' || lower(ln) || (id % 97) || '@' ||
                 (ARRAY['mail.example','inbox.example','post.example','webmail.example'])[1 + (id % 4)] END,
       left(shop_phone, 4) || '555-' || lpad(((id * 7919) % 10000)::text, 4, '0'),
       id % 3 <> 0 AND id % 11 <> 4,
       since + time '09:00' + (id % 40) * interval '13 minutes'
FROM h;

-- Vehicles: one to three per individual customer, four to eight per fleet account.
INSERT INTO vehicles (id, tenant_id, customer_id, vin, license_plate, plate_state, make, model, model_year,
                      color, fuel_type, odometer_miles, created_at)
WITH g AS (
    SELECT row_number() OVER (ORDER BY c.id, n) AS id, c.id AS customer_id, c.tenant_id, c.customer_type,
           c.created_at, s.state, n
    FROM customers c
    JOIN shops s ON s.id = c.preferred_shop_id
    CROSS JOIN LATERAL generate_series(1, CASE WHEN c.customer_type = 'fleet' THEN 4 + (c.id::int % 5)
                                               ELSE 1 + (c.id % 4 = 0)::int + (c.id % 15 = 0)::int END) AS n
), cars(ord, make, model, fuel) AS (VALUES
    ( 1, 'Toyota', 'Camry', 'gasoline'), ( 2, 'Honda', 'Civic', 'gasoline'), ( 3, 'Ford', 'F-150', 'gasoline'),
    ( 4, 'Toyota', 'RAV4 Hybrid', 'hybrid'), ( 5, 'Chevrolet', 'Silverado 1500', 'gasoline'),
    ( 6, 'Honda', 'CR-V', 'gasoline'), ( 7, 'Tesla', 'Model 3', 'electric'), ( 8, 'Subaru', 'Outback', 'gasoline'),
    ( 9, 'Jeep', 'Wrangler', 'gasoline'), (10, 'Hyundai', 'Elantra', 'gasoline'), (11, 'Nissan', 'Altima', 'gasoline'),
    (12, 'Toyota', 'Prius', 'hybrid'), (13, 'Ram', '2500', 'diesel'), (14, 'Mazda', 'CX-5', 'gasoline'),
    (15, 'Kia', 'Sorento', 'gasoline'), (16, 'BMW', '330i', 'gasoline'), (17, 'Volkswagen', 'Jetta TDI', 'diesel'),
    (18, 'Nissan', 'Leaf', 'electric'), (19, 'Subaru', 'Forester', 'gasoline'), (20, 'Chevrolet', 'Bolt EV', 'electric'),
    (21, 'Ford', 'Escape', 'gasoline'), (22, 'Toyota', 'Tacoma', 'gasoline'), (23, 'Audi', 'A4', 'gasoline'),
    (24, 'Hyundai', 'Ioniq 5', 'electric'), (25, 'Honda', 'Accord', 'gasoline'), (26, 'Ford', 'Mustang', 'gasoline')
), vans(ord, make, model, fuel) AS (VALUES
    (1, 'Ford', 'Transit 250', 'gasoline'), (2, 'Ram', 'ProMaster 2500', 'gasoline'),
    (3, 'Chevrolet', 'Express 2500', 'gasoline'), (4, 'Ford', 'F-250', 'diesel'),
    (5, 'Toyota', 'Tacoma', 'gasoline'), (6, 'Ford', 'E-Transit', 'electric')
), h AS (
    SELECT g.*,
           CASE WHEN g.customer_type = 'fleet' THEN 1 + ((g.id * 5 + g.n) % 6) END AS van_ord,
           1 + ((g.id * 11) % 26) AS car_ord,
           least(2006 + ((g.id * 7) % 20)::int, extract(year FROM g.created_at)::int + 1) AS yr
    FROM g
)
SELECT h.id, h.tenant_id, h.customer_id,
       '1' || upper(substr(md5('vin-' || h.id), 1, 16)),
       chr(65 + (h.id % 26)::int) || chr(65 + ((h.id / 26) % 26)::int) || chr(65 + ((h.id / 676) % 26)::int)
           || '-' || lpad(((h.id * 7919) % 10000)::text, 4, '0'),
       h.state,
       coalesce(v.make, c.make), coalesce(v.model, c.model), h.yr,
       (ARRAY['white','black','silver','gray','blue','red','green','beige'])[1 + ((h.id * 3) % 8)],
       coalesce(v.fuel, c.fuel),
       greatest(300, (extract(year FROM h.created_at)::int - h.yr) * 11500 + ((h.id * 7919) % 9000)::int),
       h.created_at + (h.n - 1) * interval '41 days'
FROM h
JOIN cars c ON c.ord = h.car_ord
LEFT JOIN vans v ON v.ord = h.van_ord;

-- Visits: every vehicle (except every 17th, never brought in) comes back at a regular interval
-- from the day it was added; a ninth of the visits are walk-ins without an appointment.
CREATE TEMP TABLE tmp_visits AS
WITH base AS (
    SELECT v.id AS vehicle_id, v.tenant_id, v.customer_id, c.preferred_shop_id, c.customer_type, v.fuel_type,
           v.odometer_miles AS odo0, v.created_at::date AS since, k,
           v.created_at::date + (v.id % 9)::int
             + k * CASE WHEN c.customer_type = 'fleet' THEN 120 + ((v.id * 13) % 90)::int
                        ELSE 240 + ((v.id * 37) % 260)::int END AS d0
    FROM vehicles v
    JOIN customers c ON c.id = v.customer_id
    CROSS JOIN generate_series(0, 11) AS k
    WHERE v.id % 17 <> 0
), dated AS (
    SELECT b.*, d0 + (extract(dow FROM d0) = 0)::int AS visit_date,
           (b.vehicle_id + 2 * b.k) % 9 = 0 AS walk_in,
           (ARRAY['OIL','OIL','OIL','OIL','OIL','ROT','ROT','ROT','BRK','BRK','INS','INS',
                  'DIA','DIA','ALN','BAT','AC','TRN','SUS','ENG','TIM','BRK'])[1 + ((b.vehicle_id * 7 + b.k * 11) % 22)::int] AS code0
    FROM base b
    WHERE d0 <= date '2025-12-30'
), coded AS (
    SELECT d.*,
           d.visit_date + time '08:00' + ((d.vehicle_id * 5 + d.k * 3) % 18) * interval '30 minutes' AS visit_at,
           CASE WHEN d.fuel_type = 'electric' AND d.code0 IN ('OIL','TRN','TIM','ENG')
                     THEN CASE WHEN d.tenant_id = 6 THEN 'EVB' ELSE 'ROT' END
                WHEN d.tenant_id = 5 AND d.code0 IN ('OIL','INS') AND d.k % 3 = 2 THEN 'DYN'
                WHEN d.tenant_id = 5 AND d.code0 = 'SUS' AND d.k % 2 = 1 THEN 'EXH'
                ELSE d.code0 END AS code
    FROM dated d
    WHERE NOT (d.walk_in AND d.visit_date > date '2025-12-15')
), shopped AS (
    SELECT c.*, sh.shop_id, sv.id AS service_id, sv.name AS service_name, sv.standard_hours,
           CASE WHEN c.walk_in THEN NULL
                WHEN c.visit_at > timestamp '2025-12-15 18:00' THEN 'scheduled'
                WHEN (c.vehicle_id + c.k) % 14 = 0 THEN 'cancelled'
                WHEN (c.vehicle_id * 3 + c.k) % 31 = 0 THEN 'no_show'
                ELSE 'completed' END AS appt_status
    FROM coded c
    CROSS JOIN LATERAL (
        SELECT s.id AS shop_id FROM shops s
        WHERE s.tenant_id = c.tenant_id AND s.opened_on <= c.visit_date
          AND (s.closed_on IS NULL OR s.closed_on > c.visit_date)
        ORDER BY (s.id = c.preferred_shop_id AND (c.vehicle_id + c.k) % 7 <> 3) DESC,
                 (s.id * 17 + c.vehicle_id) % 11, s.id
        LIMIT 1) sh
    JOIN services sv ON sv.tenant_id = c.tenant_id AND sv.code = c.code
)
SELECT s.*,
       CASE WHEN NOT s.walk_in THEN row_number() OVER (PARTITION BY s.walk_in ORDER BY s.visit_at, s.vehicle_id) END AS appt_id,
       (s.walk_in OR s.appt_status = 'completed') AS has_wo
FROM shopped s;

INSERT INTO appointments (id, tenant_id, shop_id, customer_id, vehicle_id, service_id, scheduled_at,
                          duration_minutes, status, booking_channel, reminder_sent, created_at)
SELECT appt_id, tenant_id, shop_id, customer_id, vehicle_id, service_id, visit_at,
       greatest(30, ceil(standard_hours * 60 / 30) * 30)::int,
       appt_status,
       (ARRAY['online','phone','online','phone','online','in_person','phone'])[1 + ((vehicle_id + k * 5) % 7)::int],
       (vehicle_id * 3 + k) % 5 <> 0 AND visit_at - interval '1 day' <= timestamp '2025-12-15 18:00',
       visit_at - ((1 + (vehicle_id + k) % 14)::int * interval '1 day') - ((vehicle_id % 7) * interval '1 hour')
FROM tmp_visits
WHERE NOT walk_in;

CREATE TEMP TABLE tmp_wo AS
SELECT v.*,
       row_number() OVER (ORDER BY v.visit_at, v.vehicle_id) AS wo_id
FROM tmp_visits v
WHERE v.has_wo;

INSERT INTO work_orders (id, tenant_id, shop_id, customer_id, vehicle_id, appointment_id, lead_mechanic_id,
                         ro_number, status, odometer_in, opened_at, closed_at)
SELECT w.wo_id, w.tenant_id, w.shop_id, w.customer_id, w.vehicle_id, w.appt_id, m.id,
       'RO-' || w.tenant_id || '-' || lpad(row_number() OVER (PARTITION BY w.tenant_id ORDER BY w.wo_id)::text, 5, '0'),
       st.status,
       w.odo0 + (w.visit_date - w.since) * CASE WHEN w.customer_type = 'fleet' THEN 70 + (w.vehicle_id % 30)::int
                                                ELSE 22 + (w.vehicle_id % 20)::int END,
       w.visit_at + CASE WHEN w.walk_in THEN interval '20 minutes' ELSE interval '0' END,
       CASE WHEN st.status IN ('completed', 'declined') THEN
            w.visit_at + CASE WHEN st.status = 'declined' THEN interval '75 minutes'
                              WHEN w.standard_hours >= 3 THEN (1 + w.wo_id % 3) * interval '1 day' + interval '2 hours'
                              ELSE interval '95 minutes' + (w.wo_id % 5) * interval '40 minutes' END
       END
FROM tmp_wo w
CROSS JOIN LATERAL (
    SELECT CASE WHEN w.visit_date >= date '2025-12-11'
                    THEN (ARRAY['open','in_progress','waiting_on_parts'])[1 + (w.wo_id % 3)::int]
                WHEN (w.vehicle_id + w.k) % 37 = 0 THEN 'declined'
                ELSE 'completed' END AS status) st
CROSS JOIN LATERAL (
    SELECT mm.id FROM mechanics mm
    WHERE mm.shop_id = w.shop_id AND mm.hired_on <= w.visit_date
      AND (mm.terminated_on IS NULL OR mm.terminated_on > w.visit_date)
    ORDER BY (mm.id * 31 + w.wo_id * 7) % 13, mm.id
    LIMIT 1) m;

-- Labor lines: the booked service, sometimes an upsell, and a diagnostic on every ninth order.
INSERT INTO labor_lines (id, tenant_id, work_order_id, service_id, mechanic_id, description, hours, rate, amount)
WITH wanted AS (
    SELECT wo.id AS wo_id, wo.tenant_id, wo.shop_id, wo.lead_mechanic_id, wo.opened_at, t.service_id, 1 AS seq
    FROM work_orders wo JOIN tmp_wo t ON t.wo_id = wo.id
    WHERE wo.status <> 'declined'
    UNION ALL
    SELECT wo.id, wo.tenant_id, wo.shop_id, wo.lead_mechanic_id, wo.opened_at, sv.id, 2
    FROM work_orders wo JOIN tmp_wo t ON t.wo_id = wo.id
    JOIN services sv ON sv.tenant_id = wo.tenant_id
                    AND sv.code = (ARRAY['ALN','BRK','BAT','AC','BRK','SUS'])[1 + (wo.id % 6)::int]
    WHERE wo.status <> 'declined' AND wo.id % 4 = 1 AND t.code IN ('OIL','ROT','INS')
    UNION ALL
    SELECT wo.id, wo.tenant_id, wo.shop_id, wo.lead_mechanic_id, wo.opened_at, sv.id, 3
    FROM work_orders wo JOIN tmp_wo t ON t.wo_id = wo.id
    JOIN services sv ON sv.tenant_id = wo.tenant_id AND sv.code = 'DIA'
    WHERE wo.status <> 'declined' AND wo.id % 9 = 0 AND t.code <> 'DIA'
), priced AS (
    SELECT w.*, sv.name, sv.flat_price, s.labor_rate,
           round(sv.standard_hours * (0.8 + ((w.wo_id * 7 + w.seq) % 9) * 0.05), 1) AS hrs,
           CASE WHEN w.seq = 1 THEN w.lead_mechanic_id ELSE m.id END AS mech
    FROM wanted w
    JOIN services sv ON sv.id = w.service_id
    JOIN shops s ON s.id = w.shop_id
    CROSS JOIN LATERAL (
        SELECT mm.id FROM mechanics mm
        WHERE mm.shop_id = w.shop_id AND mm.hired_on <= w.opened_at::date
          AND (mm.terminated_on IS NULL OR mm.terminated_on > w.opened_at::date)
        ORDER BY (mm.id * 17 + w.wo_id * 5 + w.seq) % 11, mm.id
        LIMIT 1) m
)
SELECT row_number() OVER (ORDER BY wo_id, seq), tenant_id, wo_id, service_id, mech, name, hrs, labor_rate,
       coalesce(flat_price, round(hrs * labor_rate, 2))
FROM priced;

-- Parts catalog: thirty items per tenant, each tenant buying an item from its own brand.
INSERT INTO parts (id, tenant_id, sku, name, brand, category, unit_cost, list_price, quantity_on_hand, reorder_point, is_active)
WITH items(ord, code, item, category, cost, markup) AS (VALUES
    ( 1, 'OFL', 'Oil Filter',                      'filters',     4.20, 2.10),
    ( 2, 'M53', '5W-30 Synthetic Motor Oil (1 qt)', 'fluids',      6.10, 1.80),
    ( 3, 'M02', '0W-20 Synthetic Motor Oil (1 qt)', 'fluids',      6.40, 1.80),
    ( 4, 'AFL', 'Engine Air Filter',               'filters',     9.80, 2.00),
    ( 5, 'CFL', 'Cabin Air Filter',                'filters',     8.50, 2.20),
    ( 6, 'BPF', 'Front Brake Pad Set',             'brakes',     32.00, 1.90),
    ( 7, 'BPR', 'Rear Brake Pad Set',              'brakes',     28.00, 1.90),
    ( 8, 'RTR', 'Brake Rotor',                     'brakes',     41.00, 1.75),
    ( 9, 'BFL', 'DOT 4 Brake Fluid (1 qt)',        'fluids',      7.50, 1.80),
    (10, 'B24', 'Group 24F Battery',               'electrical', 98.00, 1.55),
    (11, 'BH6', 'Group H6 AGM Battery',            'electrical',145.00, 1.50),
    (12, 'WPR', 'Wiper Blade',                     'accessories', 9.00, 2.20),
    (13, 'SPK', 'Iridium Spark Plug',              'ignition',    7.80, 2.00),
    (14, 'CIL', 'Ignition Coil',                   'ignition',   38.00, 1.80),
    (15, 'TBK', 'Timing Belt Kit',                 'engine',    120.00, 1.60),
    (16, 'WPU', 'Water Pump',                      'engine',     85.00, 1.65),
    (17, 'SRP', 'Serpentine Belt',                 'engine',     24.00, 1.90),
    (18, 'ATF', 'ATF Transmission Fluid (1 qt)',   'fluids',      8.20, 1.85),
    (19, 'R13', 'R-134a Refrigerant (12 oz)',      'fluids',     14.00, 2.00),
    (20, 'R12', 'R-1234yf Refrigerant (8 oz)',     'fluids',     48.00, 1.70),
    (21, 'STR', 'Front Strut Assembly',            'suspension',110.00, 1.60),
    (22, 'CTL', 'Lower Control Arm',               'suspension', 65.00, 1.70),
    (23, 'TRE', 'Outer Tie Rod End',               'steering',   28.00, 1.80),
    (24, 'O2S', 'Oxygen Sensor',                   'sensors',    45.00, 1.85),
    (25, 'MAF', 'Mass Air Flow Sensor',            'sensors',    95.00, 1.70),
    (26, 'TPM', 'TPMS Sensor',                     'sensors',    32.00, 1.90),
    (27, 'VLS', 'Valve Stem',                      'tires',       1.50, 3.00),
    (28, 'CLN', 'Coolant (1 gal)',                 'fluids',     16.00, 1.80),
    (29, 'HDL', 'Headlight Bulb',                  'electrical', 12.00, 2.10),
    (30, 'GSK', 'Valve Cover Gasket',              'engine',     22.00, 1.90)
), g AS (
    SELECT t.id AS tenant_id, i.*,
           (ARRAY['Bosch','ACDelco','Motorcraft','Denso','Duralast','NAPA','Mopar','Dorman'])[1 + ((t.id + i.ord) % 8)::int] AS brand,
           round(i.cost * (1 + t.id * 0.02), 2) AS tcost
    FROM tenants t CROSS JOIN items i
)
SELECT row_number() OVER (ORDER BY tenant_id, ord), tenant_id,
       upper(left(brand, 3)) || '-' || code || '-' || tenant_id,
       brand || ' ' || item, brand, category, tcost, round(tcost * markup, 2),
       ((tenant_id * 13 + ord * 7) % 40)::int + CASE WHEN category = 'fluids' THEN 60 ELSE 0 END,
       CASE WHEN category = 'fluids' THEN 40 ELSE 4 + (ord % 5)::int END,
       NOT (ord = 19 AND tenant_id IN (1, 4, 6))
FROM g;

-- Part lines: the parts each labor operation uses, some only on some orders.
CREATE TEMP TABLE tmp_service_parts(code, item, qty, modulus, remainder) AS VALUES
    ('OIL', 'OFL', 1, 1, 0), ('OIL', 'M53', 5, 2, 0), ('OIL', 'M02', 5, 2, 1),
    ('OIL', 'AFL', 1, 4, 1), ('OIL', 'CFL', 1, 5, 2), ('OIL', 'WPR', 2, 6, 3),
    ('ROT', 'VLS', 4, 3, 0), ('ROT', 'TPM', 1, 9, 4),
    ('BRK', 'BPF', 1, 2, 0), ('BRK', 'BPR', 1, 2, 1), ('BRK', 'RTR', 2, 3, 1), ('BRK', 'BFL', 1, 4, 2),
    ('ALN', 'TRE', 2, 5, 0),
    ('DIA', 'O2S', 1, 3, 0), ('DIA', 'MAF', 1, 7, 2), ('DIA', 'CIL', 1, 5, 1),
    ('INS', 'WPR', 2, 3, 1), ('INS', 'HDL', 1, 4, 0),
    ('BAT', 'B24', 1, 3, 1), ('BAT', 'B24', 1, 3, 2), ('BAT', 'BH6', 1, 3, 0),
    ('AC',  'R13', 2, 2, 0), ('AC',  'R12', 1, 2, 1),
    ('TRN', 'ATF', 6, 2, 0), ('TRN', 'ATF', 8, 2, 1),
    ('SUS', 'STR', 2, 1, 0), ('SUS', 'CTL', 1, 2, 1), ('SUS', 'TRE', 2, 3, 0),
    ('ENG', 'GSK', 1, 1, 0), ('ENG', 'SPK', 4, 2, 0), ('ENG', 'SPK', 6, 2, 1), ('ENG', 'CIL', 1, 3, 0),
    ('ENG', 'CLN', 2, 2, 1), ('ENG', 'WPU', 1, 4, 3),
    ('TIM', 'TBK', 1, 1, 0), ('TIM', 'WPU', 1, 2, 0), ('TIM', 'SRP', 1, 1, 0), ('TIM', 'CLN', 1, 1, 0),
    ('DYN', 'SPK', 6, 1, 0), ('DYN', 'MAF', 1, 3, 1),
    ('EXH', 'O2S', 2, 1, 0), ('EXH', 'GSK', 1, 2, 0);

INSERT INTO part_lines (id, tenant_id, work_order_id, part_id, quantity, unit_price, unit_cost)
WITH used AS (
    SELECT ll.id AS labor_line_id, ll.work_order_id, ll.tenant_id, p.id AS part_id, sp.qty,
           p.list_price, p.unit_cost, c.customer_type, sp.item
    FROM labor_lines ll
    JOIN work_orders wo ON wo.id = ll.work_order_id
    JOIN customers c ON c.id = wo.customer_id
    JOIN services sv ON sv.id = ll.service_id
    JOIN tmp_service_parts sp ON sp.code = sv.code AND ll.work_order_id % sp.modulus = sp.remainder
    JOIN parts p ON p.tenant_id = ll.tenant_id AND p.sku LIKE '%-' || sp.item || '-' || ll.tenant_id
    WHERE wo.status <> 'waiting_on_parts' OR sp.modulus > 1
)
SELECT row_number() OVER (ORDER BY work_order_id, labor_line_id, item), tenant_id, work_order_id, part_id, qty,
       CASE WHEN customer_type = 'fleet' THEN round(list_price * 0.90, 2) ELSE list_price END,
       unit_cost
FROM used;

-- Invoices: one per completed work order, issued the day the car is picked up.
INSERT INTO invoices (id, tenant_id, work_order_id, customer_id, invoice_number, issued_on, due_on,
                      labor_total, parts_total, tax_amount, total_amount, status)
WITH sums AS (
    SELECT wo.id AS wo_id, wo.tenant_id, wo.customer_id, wo.closed_at::date AS issued, c.customer_type, s.tax_rate,
           coalesce((SELECT sum(amount) FROM labor_lines ll WHERE ll.work_order_id = wo.id), 0) AS labor,
           coalesce((SELECT sum(round(quantity * unit_price, 2)) FROM part_lines pl WHERE pl.work_order_id = wo.id), 0) AS parts
    FROM work_orders wo
    JOIN customers c ON c.id = wo.customer_id
    JOIN shops s ON s.id = wo.shop_id
    WHERE wo.status = 'completed'
), numbered AS (
    SELECT s.*, row_number() OVER (ORDER BY s.wo_id) AS id,
           row_number() OVER (PARTITION BY s.tenant_id ORDER BY s.wo_id) AS seq,
           round((s.labor + s.parts) * s.tax_rate, 2) AS tax,
           s.issued + CASE WHEN s.customer_type = 'fleet' THEN 30 ELSE 14 END AS due
    FROM sums s
)
SELECT id, tenant_id, wo_id, customer_id,
       'INV-' || tenant_id || '-' || extract(year FROM issued) || '-' || lpad(seq::text, 5, '0'),
       issued, due, labor, parts, tax, labor + parts + tax,
       CASE WHEN wo_id % 41 = 0 THEN 'void'
            WHEN customer_type = 'fleet' AND due > date '2025-12-15' THEN 'open'
            WHEN customer_type = 'fleet' AND id % 7 = 0 THEN 'overdue'
            WHEN customer_type = 'individual' AND id % 53 = 0 AND due <= date '2025-12-15' THEN 'overdue'
            WHEN customer_type = 'individual' AND issued >= date '2025-12-12' AND id % 3 = 0 THEN 'open'
            ELSE 'paid' END
FROM numbered;

-- Payments: paid at pickup by individuals (sometimes in two instalments), by ACH or check
-- within the terms by fleets; a part payment on half of the overdue invoices.
INSERT INTO payments (id, tenant_id, invoice_id, paid_at, amount, method, reference)
WITH pays AS (
    SELECT i.id AS invoice_id, i.tenant_id, 1 AS seq,
           CASE WHEN c.customer_type = 'fleet' THEN i.issued_on + (18 + (i.id % 12)::int) + time '10:30'
                ELSE wo.closed_at + interval '15 minutes' END AS paid_at,
           CASE WHEN i.status = 'overdue' THEN round(i.total_amount * 0.30, 2)
                WHEN c.customer_type = 'individual' AND i.id % 8 = 0 AND i.issued_on <= date '2025-11-30'
                     THEN round(i.total_amount * 0.50, 2)
                ELSE i.total_amount END AS amount,
           CASE WHEN c.customer_type = 'fleet' THEN CASE WHEN i.id % 4 = 0 THEN 'check' ELSE 'ach' END
                ELSE (ARRAY['card','card','card','debit','cash','card','financing','debit','check'])[1 + (i.id % 9)::int] END AS method
    FROM invoices i
    JOIN work_orders wo ON wo.id = i.work_order_id
    JOIN customers c ON c.id = i.customer_id
    WHERE i.status = 'paid' OR (i.status = 'overdue' AND i.id % 2 = 0)
    UNION ALL
    SELECT i.id, i.tenant_id, 2, i.issued_on + 10 + time '16:05',
           i.total_amount - round(i.total_amount * 0.50, 2),
           CASE WHEN i.id % 3 = 0 THEN 'cash' ELSE 'card' END
    FROM invoices i
    JOIN customers c ON c.id = i.customer_id
    WHERE i.status = 'paid' AND c.customer_type = 'individual' AND i.id % 8 = 0 AND i.issued_on <= date '2025-11-30'
)
SELECT row_number() OVER (ORDER BY paid_at, invoice_id, seq), tenant_id, invoice_id, paid_at, amount, method,
       CASE WHEN method IN ('ach', 'check') THEN upper(method) || '-' || lpad(((invoice_id * 7919 + seq) % 1000000)::text, 6, '0')
            WHEN method IN ('card', 'debit') THEN 'TXN' || lpad(((invoice_id * 104729 + seq * 13) % 100000000)::text, 8, '0') END
FROM pays;

-- A vehicle's odometer is the reading at its last visit.
UPDATE vehicles v SET odometer_miles = w.odo
FROM (SELECT vehicle_id, max(odometer_in) AS odo FROM work_orders GROUP BY vehicle_id) w
WHERE w.vehicle_id = v.id;

DROP TABLE tmp_service_parts;
DROP TABLE tmp_wo;
DROP TABLE tmp_visits;

ANALYZE;
