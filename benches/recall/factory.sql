-- Operational data of a plant making pumps, valves, gearboxes, compressors and hydraulic
-- cylinders, used as the sample database of the golden set benches/intent/factory.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE customer (
    customer_id   integer PRIMARY KEY,
    company_name  text NOT NULL,
    industry      text NOT NULL,
    city          text NOT NULL,
    country       text NOT NULL,
    contact_email varchar(120),
    credit_limit  numeric(12,2) NOT NULL,
    created_on    date NOT NULL,
    is_active     boolean NOT NULL
);
CREATE TABLE supplier (
    supplier_id    integer PRIMARY KEY,
    supplier_name  text NOT NULL,
    city           text NOT NULL,
    country        text NOT NULL,
    payment_terms  text NOT NULL,
    lead_time_days integer NOT NULL,
    rating         integer,
    is_preferred   boolean NOT NULL
);
CREATE TABLE product (
    product_id      integer PRIMARY KEY,
    sku             varchar(20) NOT NULL UNIQUE,
    product_name    text NOT NULL,
    category        text NOT NULL,
    list_price      numeric(10,2) NOT NULL,
    standard_cost   numeric(10,2) NOT NULL,
    weight_kg       numeric(7,2),
    launched_on     date NOT NULL,
    is_discontinued boolean NOT NULL
);
CREATE TABLE part (
    part_id       integer PRIMARY KEY,
    part_number   varchar(20) NOT NULL UNIQUE,
    part_name     text NOT NULL,
    material      text NOT NULL,
    supplier_id   integer NOT NULL REFERENCES supplier,
    unit_cost     numeric(10,2) NOT NULL,
    stock_qty     integer NOT NULL,
    reorder_level integer NOT NULL,
    weight_g      integer
);
CREATE TABLE bom_item (
    bom_item_id  integer PRIMARY KEY,
    product_id   integer NOT NULL REFERENCES product,
    part_id      integer NOT NULL REFERENCES part,
    quantity     integer NOT NULL,
    UNIQUE (product_id, part_id)
);
CREATE TABLE purchase_order (
    purchase_order_id integer PRIMARY KEY,
    po_number         varchar(20) NOT NULL UNIQUE,
    supplier_id       integer NOT NULL REFERENCES supplier,
    part_id           integer NOT NULL REFERENCES part,
    ordered_on        date NOT NULL,
    expected_on       date NOT NULL,
    received_on       date,
    quantity          integer NOT NULL,
    unit_price        numeric(10,2) NOT NULL,
    total_amount      numeric(12,2) NOT NULL,
    status            text NOT NULL
);
CREATE TABLE machine (
    machine_id       integer PRIMARY KEY,
    asset_tag        varchar(12) NOT NULL UNIQUE,
    machine_name     text NOT NULL,
    machine_type     text NOT NULL,
    manufacturer     text NOT NULL,
    production_line  text NOT NULL,
    hourly_rate      numeric(8,2) NOT NULL,
    installed_on     date NOT NULL,
    last_serviced_on date,
    is_active        boolean NOT NULL
);
CREATE TABLE operator (
    operator_id  integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    badge_number varchar(10) NOT NULL UNIQUE,
    skill_level  text NOT NULL,
    hourly_wage  numeric(6,2) NOT NULL,
    hired_on     date NOT NULL,
    phone        varchar(20),
    is_certified boolean NOT NULL
);
CREATE TABLE shift (
    shift_id      integer PRIMARY KEY,
    shift_date    date NOT NULL,
    shift_name    text NOT NULL,
    supervisor_id integer NOT NULL REFERENCES operator,
    starts_at     timestamp NOT NULL,
    ends_at       timestamp NOT NULL,
    UNIQUE (shift_date, shift_name)
);
CREATE TABLE work_order (
    work_order_id    integer PRIMARY KEY,
    wo_number        varchar(20) NOT NULL UNIQUE,
    product_id       integer NOT NULL REFERENCES product,
    customer_id      integer REFERENCES customer,
    machine_id       integer NOT NULL REFERENCES machine,
    operator_id      integer REFERENCES operator,
    shift_id         integer REFERENCES shift,
    priority         text NOT NULL,
    status           text NOT NULL,
    quantity_planned integer NOT NULL,
    quantity_good    integer,
    quantity_scrap   integer,
    created_at       timestamp NOT NULL,
    scheduled_start  date NOT NULL,
    started_at       timestamp,
    completed_at     timestamp,
    due_date         date NOT NULL
);
CREATE TABLE inspection (
    inspection_id  integer PRIMARY KEY,
    work_order_id  integer NOT NULL REFERENCES work_order,
    inspector_id   integer NOT NULL REFERENCES operator,
    inspected_at   timestamptz NOT NULL,
    inspection_type text NOT NULL,
    sample_size    integer NOT NULL,
    result         text NOT NULL,
    notes          text
);
CREATE TABLE defect (
    defect_id     integer PRIMARY KEY,
    inspection_id integer NOT NULL REFERENCES inspection,
    defect_type   text NOT NULL,
    severity      text NOT NULL,
    quantity      integer NOT NULL,
    disposition   text NOT NULL
);
CREATE TABLE shipment (
    shipment_id     integer PRIMARY KEY,
    customer_id     integer NOT NULL REFERENCES customer,
    product_id      integer NOT NULL REFERENCES product,
    shipped_on      date NOT NULL,
    delivered_on    date,
    carrier         text NOT NULL,
    tracking_number varchar(30),
    quantity        integer NOT NULL,
    invoice_amount  numeric(12,2) NOT NULL,
    freight_cost    numeric(10,2) NOT NULL,
    status          text NOT NULL
);

INSERT INTO customer
SELECT i,
       (ARRAY['Apex','Borealis','Cobalt','Delta','Everest','Falcon','Granite','Horizon',
              'Ironclad','Juniper','Keystone','Lumen'])[(i-1) % 12 + 1] || ' ' ||
       (ARRAY['Motors','Energy','Agritech','Construction','Marine'])[(i-1) / 12 + 1],
       (ARRAY['Automotive','Energy','Agriculture','Construction','Marine'])[(i-1) / 12 + 1],
       c.city, c.country,
       CASE WHEN i % 7 = 3 THEN NULL
            ELSE 'purchasing' || i || '@' || lower((ARRAY['Apex','Borealis','Cobalt','Delta','Everest','Falcon','Granite','Horizon',
              'Ironclad','Juniper','Keystone','Lumen'])[(i-1) % 12 + 1]) || '.example.com' END,
       (50000 + (i * 37) % 20 * 25000)::numeric(12,2),
       CASE WHEN i > 55 THEN date '2024-11-04' + (i - 56) * 9
            ELSE date '2018-02-01' + (i * 53) % 1800 END,
       i % 19 <> 0
FROM generate_series(1, 60) AS i
JOIN (VALUES (0,'Lyon','France'),(1,'Hamburg','Germany'),(2,'Milan','Italy'),(3,'Detroit','USA'),
             (4,'Chicago','USA'),(5,'Manchester','UK'),(6,'Toronto','Canada'),(7,'Monterrey','Mexico'),
             (8,'Rotterdam','Netherlands'),(9,'Stuttgart','Germany'),(10,'Birmingham','UK'),
             (11,'Houston','USA'),(12,'Turin','Italy'),(13,'Gothenburg','Sweden'),(14,'Barcelona','Spain'))
     AS c(k, city, country) ON c.k = (i * 7) % 15;

INSERT INTO supplier VALUES
 (1,'Nordic Steel AB','Gothenburg','Sweden','Net 60',21,5,true),
 (2,'Rhein Bearings GmbH','Cologne','Germany','Net 30',14,4,true),
 (3,'Pacific Seals Inc','Portland','USA','Net 30',18,3,false),
 (4,'Midwest Castings','Cleveland','USA','Net 45',28,4,true),
 (5,'Atlas Fasteners','Leeds','UK','Net 30',7,NULL,false),
 (6,'Precision Gears Ltd','Sheffield','UK','Net 45',20,5,true),
 (7,'Sakura Motor Co','Nagoya','Japan','Net 60',35,4,false),
 (8,'Iberia Rubber SA','Valencia','Spain','Net 30',16,2,false),
 (9,'Alpine Hydraulics','Innsbruck','Austria','Net 45',19,4,true),
 (10,'Great Lakes Metals','Cleveland','USA','Net 30',12,3,false),
 (11,'Silesia Forge','Katowice','Poland','Net 60',24,4,false),
 (12,'Danube Components','Linz','Austria','Net 30',15,NULL,false),
 (13,'Lone Star Alloys','Houston','USA','Net 45',22,3,false),
 (14,'Bavaria Elektro','Munich','Germany','Net 30',17,5,true),
 (15,'Tyne Valley Plastics','Newcastle','UK','Net 30',10,2,false),
 (16,'Po Valley Valves','Brescia','Italy','Net 60',26,4,true),
 (17,'Kyushu Precision','Fukuoka','Japan','Net 60',40,5,false),
 (18,'Ontario Machining','Hamilton','Canada','Net 30',13,3,false),
 (19,'Baltic Gaskets','Gdansk','Poland','Net 45',18,NULL,false),
 (20,'Cascade Bearings','Seattle','USA','Net 30',16,4,false),
 (21,'Loire Fonderie','Nantes','France','Net 45',23,3,false),
 (22,'Shenzhen Motion','Shenzhen','China','Net 60',45,3,false),
 (23,'Anatolia Metalworks','Bursa','Turkey','Net 60',30,4,false),
 (24,'Cumbria Springs','Carlisle','UK','Net 30',9,2,false),
 (25,'Ohio Pump Parts','Dayton','USA','Net 30',11,4,true);

INSERT INTO product
SELECT i,
       (ARRAY['CP','BV','GB','AC','HC'])[(i-1) / 8 + 1] || '-' || (100 + ((i-1) % 8) * 50),
       (ARRAY['CP','BV','GB','AC','HC'])[(i-1) / 8 + 1] || '-' || (100 + ((i-1) % 8) * 50) || ' ' ||
       (ARRAY['Centrifugal Pump','Ball Valve','Helical Gearbox','Screw Air Compressor','Hydraulic Cylinder'])[(i-1) / 8 + 1],
       (ARRAY['Pumps','Valves','Gearboxes','Compressors','Hydraulic Cylinders'])[(i-1) / 8 + 1],
       round((ARRAY[1800,450,2600,5400,1200])[(i-1) / 8 + 1] * (1 + ((i-1) % 8) * 0.15), 2),
       round((ARRAY[1800,450,2600,5400,1200])[(i-1) / 8 + 1] * (1 + ((i-1) % 8) * 0.15) * (0.58 + (i % 5) * 0.02), 2),
       CASE WHEN i % 9 = 4 THEN NULL
            ELSE round((ARRAY[45,6,80,210,35])[(i-1) / 8 + 1] * (1 + ((i-1) % 8) * 0.2), 2) END,
       CASE WHEN i > 36 THEN date '2024-09-02' + (i - 37) * 21
            ELSE date '2015-03-01' + (i * 211) % 2400 END,
       i IN (8, 21, 34)
FROM generate_series(1, 40) AS i;

INSERT INTO part
SELECT i,
       'P-' || lpad((10000 + i * 7)::text, 5, '0'),
       t.name || ' ' || chr(64 + (i-1) / 12 + 1) || (10 + (i-1) / 12 * 5),
       t.material,
       1 + (i * 3) % 25,
       round(t.cost * (1 + ((i-1) / 12) * 0.12), 2),
       (i * 53) % 900 + 20,
       (ARRAY[50,100,150,200])[i % 4 + 1],
       CASE WHEN i % 10 = 7 THEN NULL ELSE t.grams * (1 + (i-1) / 12) END
FROM generate_series(1, 120) AS i
JOIN (VALUES (0,'Ball bearing','Steel',12.50,180),(1,'Drive shaft','Stainless steel',86.00,2400),
             (2,'Shaft seal','Rubber',4.20,30),(3,'Flange gasket','Graphite',3.10,45),
             (4,'Impeller','Bronze',140.00,1600),(5,'Pump housing','Cast iron',310.00,9500),
             (6,'Hex bolt kit','Steel',6.80,400),(7,'O-ring','Rubber',0.45,5),
             (8,'Valve seat','Brass',22.00,260),(9,'Spur gear','Steel',58.00,900),
             (10,'Piston rod','Chrome steel',74.00,3100),(11,'Electric motor','Copper',420.00,14000))
     AS t(k, name, material, cost, grams) ON t.k = (i-1) % 12;

INSERT INTO bom_item
SELECT row_number() OVER (ORDER BY p, k), p, 1 + (p * 7 + k * 13) % 120, 1 + (p + k) % 4
FROM generate_series(1, 40) AS p, generate_series(1, 10) AS k
WHERE k <= 6 + p % 5;

INSERT INTO purchase_order
SELECT i, 'PO-' || (22000 + i), pt.supplier_id, pt.part_id, d.ordered_on,
       d.ordered_on + s.lead_time_days,
       CASE WHEN st.status IN ('received','partially received')
            THEN d.ordered_on + s.lead_time_days + (i % 9) - 3 END,
       (10 + (i * 23) % 191) * 5,
       round(pt.unit_cost * (0.95 + (i % 11) * 0.01), 2),
       round((10 + (i * 23) % 191) * 5 * round(pt.unit_cost * (0.95 + (i % 11) * 0.01), 2), 2),
       st.status
FROM generate_series(1, 900) AS i
CROSS JOIN LATERAL (SELECT date '2022-01-03' + (i - 1) * 1090 / 900 AS ordered_on) AS d
CROSS JOIN LATERAL (SELECT CASE WHEN i > 885 THEN 'open'
                                WHEN i % 29 = 0 THEN 'cancelled'
                                WHEN i % 17 = 0 THEN 'partially received'
                                ELSE 'received' END AS status) AS st
JOIN part AS pt ON pt.part_id = 1 + (i * 17) % 112
JOIN supplier AS s ON s.supplier_id = pt.supplier_id;

INSERT INTO machine
SELECT i,
       'M-' || (100 + i),
       t.name || ' ' || lpad(((i-1) / 6 + 1)::text, 2, '0'),
       t.mtype,
       (ARRAY['Haas','DMG Mori','Mazak','Okuma','Trumpf','Fanuc','Hermle'])[(i * 3) % 7 + 1],
       (ARRAY['Line A','Line B','Line C'])[i % 3 + 1],
       round(t.rate * (1 + (i % 4) * 0.05), 2),
       CASE WHEN i > 28 THEN date '2024-11-18' + (i - 29) * 14 ELSE date '2012-05-01' + (i * 173) % 3300 END,
       CASE WHEN i > 28 OR i % 8 = 5 THEN NULL ELSE date '2024-01-08' + (i * 29) % 330 END,
       i <= 28
FROM generate_series(1, 30) AS i
JOIN (VALUES (0,'Lathe','CNC lathe',85.00),(1,'Mill','CNC milling machine',95.00),
             (2,'Press','Hydraulic press',60.00),(3,'Welder','Welding robot',70.00),
             (4,'Grinder','Surface grinder',55.00),(5,'Assembly Cell','Assembly station',40.00))
     AS t(k, name, mtype, rate) ON t.k = (i-1) % 6;

INSERT INTO operator
SELECT i,
       (ARRAY['James','Maria','Ahmed','Sophie','Luca','Anna','Carlos','Emily','Jonas','Fatima',
              'Daniel','Chloe','Marek','Hannah','Pedro','Olivia','Tomasz','Grace','Kenji','Laura'])[(i-1) % 20 + 1],
       (ARRAY['Schmidt','Rossi','Novak','Martin','Garcia','Kowalski','Brown','Dubois','Jensen',
              'Silva','Murphy','Weber','Costa','Nilsson','Evans'])[(i-1) % 15 + 1],
       'B' || (4000 + i),
       CASE WHEN i % 6 = 0 THEN 'Lead' WHEN i % 4 = 1 THEN 'Senior' WHEN i > 54 THEN 'Apprentice' ELSE 'Junior' END,
       CASE WHEN i % 6 = 0 THEN 34.50 WHEN i % 4 = 1 THEN 29.00 WHEN i > 54 THEN 18.50 ELSE 23.75 END + (i % 5) * 0.50,
       CASE WHEN i > 54 THEN date '2024-03-04' + (i - 55) * 30 ELSE date '2010-03-01' + (i * 97) % 4200 END,
       CASE WHEN i % 8 = 2 THEN NULL ELSE '+49 711 ' || (5550100 + i * 17) END,
       i % 6 = 0 OR i % 4 = 1 OR i % 5 = 2
FROM generate_series(1, 60) AS i;

INSERT INTO shift
SELECT row_number() OVER (ORDER BY d, n.ord), d::date, n.name,
       6 * (1 + (extract(doy FROM d)::int + n.ord) % 9),
       d + n.starts, d + n.starts + interval '8 hours'
FROM generate_series(date '2022-01-03', date '2024-12-31', interval '1 day') AS d
CROSS JOIN (VALUES (1,'Day',interval '6 hours'),(2,'Night',interval '22 hours')) AS n(ord, name, starts)
WHERE extract(isodow FROM d) < 6;

INSERT INTO work_order
SELECT i,
       'WO-' || (50000 + i),
       1 + (i * 13) % 38,
       CASE WHEN i % 3 = 0 THEN NULL ELSE 1 + (i * 11) % 55 END,
       1 + (i * 11) % 28,
       CASE WHEN st.status = 'planned' THEN NULL ELSE 1 + (i * 7) % 54 END,
       CASE WHEN st.status = 'planned' THEN NULL ELSE sh.shift_id END,
       CASE WHEN i % 10 = 0 THEN 'rush' WHEN i % 4 = 0 THEN 'high' ELSE 'normal' END,
       st.status,
       q.planned,
       CASE WHEN st.status = 'completed' THEN q.planned - q.scrap END,
       CASE WHEN st.status = 'completed' THEN q.scrap END,
       d.start_day - (2 + i % 6) + time '09:00' + (i % 240) * interval '1 minute',
       d.start_day,
       CASE WHEN st.status <> 'planned' THEN sh.starts_at + (i % 50) * interval '1 minute' END,
       CASE WHEN st.status = 'completed' THEN sh.starts_at + (i % 50) * interval '1 minute' + (3 + i % 9) * interval '1 hour' END,
       d.start_day + 5 + i % 10
FROM generate_series(1, 1200) AS i
CROSS JOIN LATERAL (SELECT date '2022-01-03' + (i - 1) * 1090 / 1200 AS raw_day) AS r
CROSS JOIN LATERAL (SELECT r.raw_day + CASE extract(isodow FROM r.raw_day) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS start_day) AS d
CROSS JOIN LATERAL (SELECT CASE WHEN i > 1194 THEN 'planned'
                                WHEN i > 1186 THEN 'in progress'
                                WHEN i % 37 = 0 THEN 'cancelled'
                                ELSE 'completed' END AS status) AS st
CROSS JOIN LATERAL (SELECT (5 + (i * 37) % 46) * 10 AS planned,
                           (5 + (i * 37) % 46) * 10 * ((i * 7) % 6) / 100 AS scrap) AS q
JOIN shift AS sh ON sh.shift_date = d.start_day AND sh.shift_name = CASE WHEN i % 3 = 0 THEN 'Night' ELSE 'Day' END;

INSERT INTO inspection
SELECT row_number() OVER (ORDER BY w.completed_at, k), w.work_order_id,
       (ARRAY[1,5,6,9,12,13,17,18,24,29])[(w.work_order_id + k) % 10 + 1],
       (w.completed_at + (30 + w.work_order_id % 120) * interval '1 minute' + (k - 1) * interval '1 day') AT TIME ZONE 'Europe/Berlin',
       CASE WHEN k = 2 THEN 're-inspection' WHEN w.work_order_id % 4 = 0 THEN 'first article' ELSE 'final' END,
       5 + (w.work_order_id * 3) % 20,
       CASE WHEN k = 2 THEN 'pass'
            WHEN w.work_order_id % 11 = 0 THEN 'fail'
            WHEN w.work_order_id % 7 = 0 THEN 'conditional pass'
            ELSE 'pass' END,
       CASE WHEN k = 2 THEN 'Re-checked after rework'
            WHEN w.work_order_id % 11 = 0 THEN 'Batch held for review'
            WHEN w.work_order_id % 7 = 0 THEN 'Accepted with deviation' END
FROM work_order AS w
CROSS JOIN generate_series(1, 2) AS k
WHERE w.status = 'completed' AND w.work_order_id % 9 <> 0
  AND (k = 1 OR w.work_order_id % 11 = 0);

INSERT INTO defect
SELECT row_number() OVER (ORDER BY n.inspection_id, g), n.inspection_id,
       (ARRAY['scratch','dimension out of tolerance','crack','porosity','misalignment','burr','leak'])[(n.inspection_id * 3 + g) % 7 + 1],
       CASE WHEN n.result = 'fail' AND g = 1 THEN (ARRAY['major','critical'])[n.inspection_id % 2 + 1]
            WHEN n.result = 'fail' THEN 'major' ELSE 'minor' END,
       1 + (n.inspection_id + g) % 4,
       CASE WHEN n.result = 'fail' AND g = 1 AND n.inspection_id % 2 = 1 THEN 'scrap'
            WHEN n.result = 'fail' THEN 'rework' ELSE 'use as is' END
FROM inspection AS n
CROSS JOIN generate_series(1, 3) AS g
WHERE (n.result = 'fail' AND g <= 1 + n.inspection_id % 3)
   OR (n.result = 'conditional pass' AND g <= 1 + n.inspection_id % 2)
   OR (n.result = 'pass' AND n.inspection_type <> 're-inspection' AND n.inspection_id % 13 = 0 AND g = 1);

INSERT INTO shipment
SELECT i, CASE WHEN i % 4 = 0 THEN 1 + (i / 4 * 5) % 12 ELSE 1 + (i * 7) % 55 END, p.product_id, d.shipped_on,
       CASE WHEN st.status = 'in transit' THEN NULL ELSE d.shipped_on + 2 + i % 8 END,
       (ARRAY['DHL','DB Schenker','DHL','Kuehne+Nagel','UPS Freight','DHL','DSV','DB Schenker'])[i % 8 + 1],
       CASE WHEN i % 17 = 0 THEN NULL ELSE 'TRK' || (880000000 + i * 7919) END,
       1 + (i * 3) % 20,
       round((1 + (i * 3) % 20) * p.list_price * (1 - (i % 4) * 0.025), 2),
       round(40 + (1 + (i * 3) % 20) * 12.50 + (i % 7) * 8, 2),
       st.status
FROM generate_series(1, 800) AS i
CROSS JOIN LATERAL (SELECT date '2022-01-10' + (i - 1) * 1085 / 800 AS shipped_on) AS d
CROSS JOIN LATERAL (SELECT CASE WHEN i > 788 THEN 'in transit'
                                WHEN i % 41 = 0 THEN 'returned'
                                ELSE 'delivered' END AS status) AS st
JOIN product AS p ON p.product_id = 1 + (i * 11) % 36;
