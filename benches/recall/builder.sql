-- Operational data of a general contractor building in the western United States, used as
-- the sample database of the golden set benches/intent/builder.yaml. Nothing carries a
-- comment; every row is invented and reproducible (generate_series, fixed lists and
-- modular arithmetic).

CREATE TABLE projects (
    id               bigserial PRIMARY KEY,
    name             text NOT NULL,
    client_name      text NOT NULL,
    client_type      text NOT NULL,
    project_type     text NOT NULL,
    city             text NOT NULL,
    budget           numeric(14,2) NOT NULL,
    start_date       date NOT NULL,
    planned_end_date date NOT NULL,
    actual_end_date  date,
    status           text NOT NULL,
    project_manager  varchar(80),
    created_at       timestamp NOT NULL,
    updated_at       timestamp NOT NULL
);
CREATE TABLE sites (
    id           bigserial PRIMARY KEY,
    project_id   bigint NOT NULL REFERENCES projects,
    name         text NOT NULL,
    address      text NOT NULL,
    city         text NOT NULL,
    area_sqft    integer NOT NULL,
    site_manager varchar(80),
    gate_code    varchar(10),
    created_at   timestamp NOT NULL,
    updated_at   timestamp NOT NULL
);
CREATE TABLE subcontractors (
    id             bigserial PRIMARY KEY,
    name           text NOT NULL,
    trade          text NOT NULL,
    city           text NOT NULL,
    license_number varchar(20) NOT NULL,
    insured        boolean NOT NULL,
    hourly_rate    numeric(8,2) NOT NULL,
    rating         numeric(3,1),
    email          varchar(120),
    created_at     timestamp NOT NULL,
    updated_at     timestamp NOT NULL
);
CREATE TABLE crews (
    id               bigserial PRIMARY KEY,
    name             text NOT NULL,
    subcontractor_id bigint REFERENCES subcontractors,
    trade            text NOT NULL,
    foreman_name     varchar(80) NOT NULL,
    active           boolean NOT NULL,
    created_at       timestamp NOT NULL,
    updated_at       timestamp NOT NULL
);
CREATE TABLE workers (
    id             bigserial PRIMARY KEY,
    crew_id        bigint NOT NULL REFERENCES crews,
    first_name     varchar(40) NOT NULL,
    last_name      varchar(40) NOT NULL,
    role           text NOT NULL,
    hourly_wage    numeric(6,2) NOT NULL,
    hired_on       date NOT NULL,
    terminated_on  date,
    osha_certified boolean NOT NULL,
    phone          varchar(20),
    created_at     timestamp NOT NULL,
    updated_at     timestamp NOT NULL
);
CREATE TABLE work_orders (
    id              bigserial PRIMARY KEY,
    site_id         bigint NOT NULL REFERENCES sites,
    crew_id         bigint NOT NULL REFERENCES crews,
    title           text NOT NULL,
    trade           text NOT NULL,
    priority        text NOT NULL,
    status          text NOT NULL,
    scheduled_on    date NOT NULL,
    due_on          date NOT NULL,
    started_at      timestamp,
    completed_at    timestamp,
    estimated_hours numeric(6,1) NOT NULL,
    actual_hours    numeric(6,1),
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL
);
CREATE TABLE suppliers (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    city       text NOT NULL,
    state      char(2) NOT NULL,
    phone      varchar(20),
    preferred  boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
CREATE TABLE materials (
    id          bigserial PRIMARY KEY,
    supplier_id bigint NOT NULL REFERENCES suppliers,
    sku         varchar(20) NOT NULL,
    name        text NOT NULL,
    category    text NOT NULL,
    unit        text NOT NULL,
    unit_price  numeric(10,2) NOT NULL,
    created_at  timestamp NOT NULL,
    updated_at  timestamp NOT NULL
);
CREATE TABLE purchase_orders (
    id           bigserial PRIMARY KEY,
    project_id   bigint NOT NULL REFERENCES projects,
    supplier_id  bigint NOT NULL REFERENCES suppliers,
    po_number    varchar(20) NOT NULL,
    ordered_on   date NOT NULL,
    expected_on  date NOT NULL,
    delivered_on date,
    status       text NOT NULL,
    notes        text,
    created_at   timestamp NOT NULL,
    updated_at   timestamp NOT NULL
);
CREATE TABLE purchase_order_lines (
    id                bigserial PRIMARY KEY,
    purchase_order_id bigint NOT NULL REFERENCES purchase_orders,
    material_id       bigint NOT NULL REFERENCES materials,
    quantity          numeric(10,2) NOT NULL,
    unit_price        numeric(10,2) NOT NULL,
    created_at        timestamp NOT NULL,
    updated_at        timestamp NOT NULL
);
CREATE TABLE invoices (
    id             bigserial PRIMARY KEY,
    project_id     bigint NOT NULL REFERENCES projects,
    invoice_number varchar(20) NOT NULL,
    issued_on      date NOT NULL,
    due_on         date NOT NULL,
    amount         numeric(12,2) NOT NULL,
    status         text NOT NULL,
    paid           boolean NOT NULL,
    created_at     timestamp NOT NULL,
    updated_at     timestamp NOT NULL
);
CREATE TABLE payments (
    id             bigserial PRIMARY KEY,
    invoice_id     bigint NOT NULL REFERENCES invoices,
    received_on    date NOT NULL,
    amount         numeric(12,2) NOT NULL,
    payment_method text NOT NULL,
    reference      varchar(30),
    created_at     timestamp NOT NULL,
    updated_at     timestamp NOT NULL
);
CREATE TABLE safety_incidents (
    id             bigserial PRIMARY KEY,
    site_id        bigint NOT NULL REFERENCES sites,
    worker_id      bigint REFERENCES workers,
    occurred_at    timestamptz NOT NULL,
    reported_at    timestamptz NOT NULL,
    incident_type  text NOT NULL,
    severity       text NOT NULL,
    lost_days      integer NOT NULL,
    osha_recordable boolean NOT NULL,
    description    text,
    created_at     timestamp NOT NULL,
    updated_at     timestamp NOT NULL
);
CREATE TABLE inspections (
    id              bigserial PRIMARY KEY,
    site_id         bigint NOT NULL REFERENCES sites,
    inspection_type text NOT NULL,
    inspector_name  varchar(80) NOT NULL,
    scheduled_on    date NOT NULL,
    inspected_at    timestamp,
    passed          boolean,
    score           integer,
    notes           text,
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL
);

-- projects: 56 started 2022-2024, 4 planned for early 2025
INSERT INTO projects (id, name, client_name, client_type, project_type, city, budget, start_date,
                      planned_end_date, actual_end_date, status, project_manager, created_at, updated_at)
SELECT i,
       (ARRAY['Riverside','Cedar Ridge','Summit','Harbor View','Maple Grove','Canyon','Lakeshore','Pioneer',
              'Granite Park','Willow Creek','Eastgate','Sunset','Aspen','Union Square','Bluebird'])[1 + (i - 1) % 15]
         || ' ' ||
       (ARRAY['Apartments','Office Tower','Medical Center','Retail Plaza','Elementary School','Bridge Repair',
              'Warehouse','Townhomes','Library Renovation','Parking Garage','Hotel','Fire Station'])[1 + (i * 5) % 12],
       (ARRAY['Northwind Properties','City of Denver','Blue Harbor Realty','Summit Health','Greenway Developments',
              'Pacific Retail Group','Salt Lake County','Alder Homes','Frontier Logistics','Mesa School District',
              'Copperline Hotels','State of Oregon','Redstone Capital','Evergreen Living','Tahoe Holdings'])[1 + (i * 7) % 15],
       CASE WHEN (i * 7) % 15 IN (1, 6, 9, 11) THEN 'public'
            WHEN (i * 7) % 15 IN (7, 13) THEN 'residential'
            ELSE 'commercial' END,
       (ARRAY['residential','commercial','healthcare','retail','education','infrastructure',
              'industrial','residential','renovation','infrastructure','hospitality','public safety'])[1 + (i * 5) % 12],
       (ARRAY['Denver','Phoenix','Salt Lake City','Portland','Seattle','Boise','Albuquerque','Reno'])[1 + (i * 3) % 8],
       (400000 + ((i * 37) % 41) * 95000 + (i % 7) * 1250)::numeric(14,2),
       s.start_date,
       s.start_date + (200 + (i * 53) % 400),
       CASE WHEN st.status = 'completed' THEN s.start_date + (200 + (i * 53) % 400) + ((i * 13) % 80 - 20) END,
       st.status,
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE (ARRAY['Laura Mitchell','Daniel Ortiz','Priya Shah','Kevin O''Brien','Sarah Nguyen','Marcus Reed'])[1 + i % 6] END,
       CASE WHEN i > 56 THEN date '2024-11-04' + (i - 57) * 10 ELSE s.start_date - (15 + i % 25) END
         + time '08:30' + (i % 50) * interval '7 minutes',
       least(s.start_date + (200 + (i * 53) % 400) + time '17:05' - (i % 3) * interval '90 days',
             timestamp '2024-12-20 17:05' + (i % 9) * interval '1 day')
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 56 THEN date '2022-01-10' + ((i - 1) * 1000) / 56 + (i * 7) % 11
                                ELSE date '2025-01-06' + (i - 57) * 23 END AS start_date) s
CROSS JOIN LATERAL (SELECT CASE WHEN i > 56 THEN 'planned'
                                WHEN i IN (9, 40) THEN 'cancelled'
                                WHEN i IN (14, 33, 47) THEN 'on_hold'
                                WHEN s.start_date + (200 + (i * 53) % 400) + ((i * 13) % 80 - 20) < date '2024-12-15' THEN 'completed'
                                ELSE 'in_progress' END AS status) st;
UPDATE projects SET updated_at = created_at + interval '3 days 2 hours' WHERE updated_at < created_at;

-- sites: every project has one site, 30 have a second one
INSERT INTO sites (id, project_id, name, address, city, area_sqft, site_manager, gate_code, created_at, updated_at)
SELECT n, p.id,
       CASE WHEN n <= 60 THEN p.name || ' - Main Site'
            ELSE p.name || ' - ' || (ARRAY['North Lot','Annex','Staging Yard'])[1 + n % 3] END,
       (100 + (n * 37) % 8900)::text || ' ' ||
       (ARRAY['Main St','Oak Ave','Industrial Blvd','Lincoln Way','River Rd','Market St','Highland Dr','5th Ave'])[1 + (n * 3) % 8],
       p.city,
       5000 + (n * 1231) % 95000,
       CASE WHEN n % 7 = 0 THEN NULL
            ELSE (ARRAY['Tom Becker','Rosa Alvarez','James Whitfield','Anita Kowalski','Luis Romero','Grace Park','Ben Carter'])[1 + n % 7] END,
       CASE WHEN n % 4 = 0 THEN NULL ELSE lpad(((n * 7919) % 10000)::text, 4, '0') END,
       p.created_at + interval '2 days' + (n % 5) * interval '1 hour',
       p.created_at + interval '40 days'
FROM generate_series(1, 90) AS n
JOIN projects p ON p.id = CASE WHEN n <= 60 THEN n ELSE (n - 60) * 2 - 1 END;

-- subcontractors
INSERT INTO subcontractors (id, name, trade, city, license_number, insured, hourly_rate, rating, email, created_at, updated_at)
SELECT i,
       (ARRAY['Bright Spark Electric','Apex Plumbing','Cool Air Mechanical','Rock Solid Concrete','Peak Roofing',
              'Smooth Wall Drywall','True Color Painting','Deep Dig Excavation','Iron Works Steel','Timberline Carpentry',
              'Volt Masters','Clearwater Plumbing','Alpine HVAC','Foundation Pros','SkyHigh Roofing',
              'Precision Drywall','Fresh Coat Painters','Earthmovers Inc','Skyline Steel Erectors','Heritage Woodworks',
              'Current Electric','Pipeline Plumbing Co','Desert Air Systems','Cornerstone Concrete','Summit Roofing & Sheet Metal',
              'Level Line Interiors','Brushstroke Painting','Grade Right Excavating','Keystone Steel','Craftsman Framing'])[i],
       (ARRAY['electrical','plumbing','HVAC','concrete','roofing','drywall','painting','excavation','steel','carpentry'])[1 + (i - 1) % 10],
       (ARRAY['Denver','Phoenix','Salt Lake City','Portland','Seattle','Boise','Albuquerque','Reno','Tucson','Spokane'])[1 + (i * 3) % 10],
       'LIC-' || (40000 + i * 173)::text,
       i % 8 <> 0,
       (55 + (i * 11) % 45 + (i % 4) * 0.25)::numeric(8,2),
       CASE WHEN i % 6 = 0 THEN NULL ELSE (3.0 + ((i * 7) % 21) / 10.0)::numeric(3,1) END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE 'office' || i || '@subs.example.com' END,
       timestamp '2021-09-01 10:00' + (i * 11) * interval '1 day' + (i % 8) * interval '1 hour',
       timestamp '2024-06-01 09:00' + (i * 3) * interval '1 day'
FROM generate_series(1, 30) AS i;

-- crews: 8 in-house crews, 16 belonging to subcontractors
INSERT INTO crews (id, name, subcontractor_id, trade, foreman_name, active, created_at, updated_at)
SELECT i,
       (ARRAY['Alpha','Bravo','Charlie','Delta','Echo','Foxtrot','Golf','Hotel','India','Juliet','Kilo','Lima',
              'Mike','November','Oscar','Papa','Quebec','Romeo','Sierra','Tango','Uniform','Victor','Whiskey','Yankee'])[i] || ' Crew',
       CASE WHEN i <= 8 THEN NULL ELSE i - 8 END,
       CASE WHEN i <= 8 THEN (ARRAY['general','framing','concrete','finishing'])[1 + (i - 1) % 4]
            ELSE (ARRAY['electrical','plumbing','HVAC','concrete','roofing','drywall','painting','excavation','steel','carpentry'])[1 + (i - 9) % 10] END,
       (ARRAY['Hector Diaz','Mike Sullivan','Jorge Ramirez','Steve Kowalski','Dale Jensen','Ray Thompson','Carlos Mendoza',
              'Bill Harris','Tony Russo','Frank Miller','Eddie Chen','Nate Parker'])[1 + (i * 5) % 12],
       i NOT IN (6, 19, 23),
       timestamp '2021-12-01 08:00' + (i * 9) * interval '1 day',
       timestamp '2024-05-01 08:00' + (i * 2) * interval '1 day'
FROM generate_series(1, 24) AS i;

-- workers
INSERT INTO workers (id, crew_id, first_name, last_name, role, hourly_wage, hired_on, terminated_on, osha_certified, phone, created_at, updated_at)
SELECT w.id, w.crew_id, w.first_name, w.last_name, w.role, w.hourly_wage, w.hired_on,
       CASE WHEN w.id % 11 = 0 THEN w.hired_on + 300 + (w.id * 7) % 400 END,
       w.id % 5 <> 0,
       CASE WHEN w.id % 6 = 0 THEN NULL ELSE '(' || (200 + w.id % 700) || ') 555-' || lpad(((w.id * 37) % 10000)::text, 4, '0') END,
       w.hired_on - 3 + time '09:15' + (w.id % 30) * interval '1 minute',
       w.hired_on + 120 + time '11:00'
FROM (
    SELECT i AS id,
           1 + (i - 1) % 24 AS crew_id,
           (ARRAY['James','Maria','Robert','Jose','Michael','Linda','David','Carlos','William','Patricia','Juan','Jennifer',
                  'Richard','Luis','Thomas','Elena','Daniel','Miguel','Kevin','Ashley','Brian','Sofia','Jason','Ricardo'])[1 + (i * 7) % 24] AS first_name,
           (ARRAY['Smith','Garcia','Johnson','Martinez','Brown','Lopez','Davis','Hernandez','Wilson','Gonzalez','Anderson',
                  'Perez','Taylor','Sanchez','Moore','Rivera','Clark','Torres','Lewis','Flores'])[1 + (i * 3) % 20] AS last_name,
           CASE WHEN i <= 24 THEN 'foreman'
                ELSE (ARRAY['laborer','laborer','carpenter','electrician','plumber','equipment operator','apprentice','ironworker','laborer'])[1 + i % 9] END AS role,
           (CASE WHEN i <= 24 THEN 42 ELSE 21 END + (i * 13) % 18 + (i % 4) * 0.5)::numeric(6,2) AS hourly_wage,
           date '2019-03-01' + (i * 97) % 2000 AS hired_on
    FROM generate_series(1, 240) AS i
) w;

-- suppliers
INSERT INTO suppliers (id, name, city, state, phone, preferred, created_at, updated_at)
SELECT i,
       (ARRAY['Western Lumber Supply','Front Range Ready Mix','Desert Steel Distributors','Cascade Building Materials',
              'Rocky Mountain Electrical Supply','Great Basin Plumbing Supply','Pacific Insulation Co','Valley Drywall Supply',
              'Mountain States Rebar','Northwest Roofing Supply','Sunbelt Paint & Coatings','Intermountain Aggregates',
              'Copper State Wire','Evergreen Hardware Wholesale','High Desert Lumber','Columbia Concrete Products',
              'Summit Fasteners','Red Rock Tile & Stone','Silver State Glass','Timber Trail Millwork'])[i],
       (ARRAY['Denver','Denver','Phoenix','Portland','Salt Lake City','Salt Lake City','Seattle','Boise','Denver','Portland',
              'Phoenix','Reno','Tucson','Seattle','Albuquerque','Portland','Boise','Phoenix','Reno','Spokane'])[i],
       (ARRAY['CO','CO','AZ','OR','UT','UT','WA','ID','CO','OR','AZ','NV','AZ','WA','NM','OR','ID','AZ','NV','WA'])[i],
       CASE WHEN i % 7 = 0 THEN NULL ELSE '(' || (300 + i * 17) || ') 555-' || lpad((i * 431)::text, 4, '0') END,
       i % 3 = 1,
       timestamp '2021-06-15 10:00' + (i * 13) * interval '1 day',
       timestamp '2024-02-01 10:00' + (i * 5) * interval '1 day'
FROM generate_series(1, 20) AS i;

-- materials: 3 per supplier, in the supplier's line of business
INSERT INTO materials (id, supplier_id, sku, name, category, unit, unit_price, created_at, updated_at)
SELECT m.id, m.supplier_id, 'SKU-' || lpad((m.id * 101)::text, 5, '0'), m.name, m.category, m.unit, m.price,
       timestamp '2021-07-01 09:00' + (m.id * 5) * interval '1 day',
       timestamp '2024-01-15 09:00' + (m.id * 2) * interval '1 day'
FROM (VALUES
 (1, 1,'2x4 Stud 8ft','lumber','each',4.85),(21, 1,'2x6 Stud 10ft','lumber','each',8.90),(41, 1,'OSB Sheathing 7/16','lumber','sheet',18.75),
 (2, 2,'Ready Mix Concrete 4000 PSI','concrete','cubic yard',165.00),(22, 2,'Ready Mix Concrete 5000 PSI','concrete','cubic yard',182.00),(42, 2,'Flowable Fill','concrete','cubic yard',120.00),
 (3, 3,'Structural Steel Beam W12','steel','linear foot',42.50),(23, 3,'Steel Column HSS 6x6','steel','linear foot',38.20),(43, 3,'Steel Deck 20 Gauge','steel','square foot',3.10),
 (4, 4,'Portland Cement 94lb','concrete','bag',16.40),(24, 4,'Masonry Block 8in','masonry','each',2.35),(44, 4,'Mortar Mix 80lb','masonry','bag',9.80),
 (5, 5,'Copper Wire 12 AWG','electrical','foot',0.62),(25, 5,'Electrical Panel 200A','electrical','each',385.00),(45, 5,'LED Troffer 2x4','electrical','each',74.00),
 (6, 6,'PEX Pipe 3/4in','plumbing','foot',0.95),(26, 6,'PVC Pipe 4in Sch 40','plumbing','foot',3.45),(46, 6,'Water Heater 50 gal','plumbing','each',720.00),
 (7, 7,'Fiberglass Batt R-19','insulation','roll',52.00),(27, 7,'Spray Foam Kit','insulation','each',465.00),(47, 7,'Rigid Foam Board 2in','insulation','sheet',34.50),
 (8, 8,'Drywall 1/2in 4x8','drywall','sheet',14.20),(28, 8,'Drywall Type X 5/8in','drywall','sheet',17.60),(48, 8,'Joint Compound 4.5gal','drywall','bucket',19.90),
 (9, 9,'Rebar #4 20ft','steel','each',11.75),(29, 9,'Rebar #5 20ft','steel','each',17.30),(49, 9,'Wire Mesh 6x6','steel','sheet',12.40),
 (10,10,'Asphalt Shingles Bundle','roofing','bundle',38.00),(30,10,'TPO Membrane 60mil','roofing','roll',890.00),(50,10,'Roof Underlayment','roofing','roll',95.00),
 (11,11,'Interior Latex Paint','finishes','gallon',34.00),(31,11,'Exterior Acrylic Paint','finishes','gallon',46.00),(51,11,'Primer Sealer','finishes','gallon',27.50),
 (12,12,'Crushed Gravel 3/4in','aggregates','ton',32.00),(32,12,'Fill Sand','aggregates','ton',24.50),(52,12,'Road Base','aggregates','ton',28.75),
 (13,13,'Copper Wire 10 AWG','electrical','foot',0.98),(33,13,'Conduit EMT 3/4in','electrical','each',9.60),(53,13,'Breaker 20A','electrical','each',12.80),
 (14,14,'Anchor Bolts 5/8in','hardware','box',64.00),(34,14,'Construction Adhesive','hardware','each',6.25),(54,14,'Framing Nails 16d','hardware','box',58.00),
 (15,15,'Glulam Beam 5x12','lumber','linear foot',29.00),(35,15,'Plywood 3/4in','lumber','sheet',52.00),(55,15,'2x10 Joist 12ft','lumber','each',21.40),
 (16,16,'Precast Curb','concrete','each',85.00),(36,16,'Concrete Pavers','concrete','square foot',4.75),(56,16,'Precast Manhole Ring','concrete','each',410.00),
 (17,17,'Structural Screws 6in','hardware','box',89.00),(37,17,'Hex Bolts 3/4in','hardware','box',72.00),(57,17,'Concrete Anchors','hardware','box',48.00),
 (18,18,'Porcelain Floor Tile','finishes','square foot',5.40),(38,18,'Granite Countertop','finishes','square foot',62.00),(58,18,'Ceramic Wall Tile','finishes','square foot',3.20),
 (19,19,'Insulated Glass Unit','glazing','each',540.00),(39,19,'Storefront Framing','glazing','linear foot',48.00),(59,19,'Tempered Glass Panel','glazing','each',310.00),
 (20,20,'Interior Door Prehung','millwork','each',210.00),(40,20,'Baseboard Trim MDF','millwork','linear foot',1.85),(60,20,'Cabinet Base Unit','millwork','each',340.00)
) AS m(id, supplier_id, name, category, unit, price);

-- purchase orders (none for projects still in planning)
INSERT INTO purchase_orders (id, project_id, supplier_id, po_number, ordered_on, expected_on, delivered_on, status, notes, created_at, updated_at)
SELECT q.id, q.project_id, q.supplier_id, 'PO-' || (10000 + q.id)::text, q.ordered_on, q.ordered_on + 7 + q.id % 14,
       CASE WHEN q.status = 'delivered' THEN q.ordered_on + 5 + (q.id * 7) % 20 END,
       q.status,
       CASE WHEN q.id % 9 = 0 THEN 'Deliver to north gate before 7am'
            WHEN q.id % 13 = 0 THEN 'Call site manager on arrival' END,
       q.ordered_on - 1 + time '14:20' + (q.id % 40) * interval '3 minutes',
       q.ordered_on + 10 + time '16:00'
FROM (
    SELECT i AS id,
           p.id AS project_id,
           1 + (i * 7) % 20 AS supplier_id,
           d.ordered_on,
           CASE WHEN i % 29 = 0 THEN 'cancelled'
                WHEN d.ordered_on > date '2024-12-10' THEN 'submitted'
                WHEN i % 23 = 0 THEN 'draft'
                ELSE 'delivered' END AS status
    FROM generate_series(1, 420) AS i
    JOIN projects p ON p.id = 1 + ((i * 13) % 56)
    CROSS JOIN LATERAL (SELECT least(p.start_date + (i * 31) % greatest(least(p.planned_end_date, date '2024-12-31') - p.start_date, 30),
                                     date '2024-12-20') AS ordered_on) d
) q;

-- purchase order lines: one to three lines per order, materials of the order's supplier
INSERT INTO purchase_order_lines (id, purchase_order_id, material_id, quantity, unit_price, created_at, updated_at)
SELECT row_number() OVER (ORDER BY po.id, k),
       po.id,
       po.supplier_id + 20 * (k - 1),
       CASE WHEN m.unit IN ('cubic yard','ton') THEN 10 + (po.id * k * 7) % 90
            WHEN m.unit_price > 300 THEN 1 + (po.id + k) % 12
            ELSE 20 + (po.id * k * 17) % 480 END,
       (m.unit_price * (1 + ((po.id % 5) - 2) / 100.0))::numeric(10,2),
       po.created_at + k * interval '2 minutes',
       po.updated_at
FROM purchase_orders po
CROSS JOIN generate_series(1, 3) AS k
JOIN materials m ON m.id = po.supplier_id + 20 * (k - 1)
WHERE k <= 1 + po.id % 3;

-- invoices: monthly progress billing on started projects
INSERT INTO invoices (id, project_id, invoice_number, issued_on, due_on, amount, status, paid, created_at, updated_at)
SELECT y.id, y.project_id, 'INV-' || to_char(y.issued_on, 'YYYY') || '-' || lpad(y.id::text, 4, '0'),
       y.issued_on, y.issued_on + 30, y.amount, y.status, y.status = 'paid',
       y.issued_on - 1 + time '16:45', y.issued_on + 5 + time '10:00'
FROM (
SELECT z.*,
       CASE WHEN z.id % 31 = 0 THEN 'void'
            WHEN z.issued_on > date '2024-12-01' THEN 'sent'
            WHEN z.id % 9 = 0 AND z.issued_on > date '2024-06-01' THEN 'overdue'
            WHEN z.id % 17 = 0 AND z.issued_on > date '2024-01-01' THEN 'overdue'
            ELSE 'paid' END AS status
FROM (
SELECT row_number() OVER (ORDER BY x.issued_on, x.project_id) AS id, x.*
FROM (
    SELECT p.id AS project_id,
           (date_trunc('month', p.start_date) + (g * 2 + 1) * interval '1 month' - interval '1 day')::date AS issued_on,
           round(p.budget / 12 * (0.6 + ((p.id * 7 + g * 3) % 9) / 10.0), 2) AS amount
    FROM projects p
    CROSS JOIN generate_series(0, 15) AS g
    WHERE p.status <> 'planned'
      AND (date_trunc('month', p.start_date) + (g * 2 + 1) * interval '1 month' - interval '1 day')::date
          <= least(coalesce(p.actual_end_date, p.planned_end_date) + 30, date '2024-12-31')
      AND NOT (p.status IN ('cancelled','on_hold') AND g > 2)
) x
) z
) y;

-- payments: paid invoices settled by one payment, every sixth in two instalments
INSERT INTO payments (id, invoice_id, received_on, amount, payment_method, reference, created_at, updated_at)
SELECT row_number() OVER (ORDER BY i.id, k),
       i.id,
       i.issued_on + (CASE WHEN k = 1 THEN 12 + (i.id * 7) % 30 ELSE 40 + (i.id * 3) % 10 END)::int,
       CASE WHEN i.id % 6 = 0 THEN round(i.amount / 2, 2) + CASE WHEN k = 2 THEN i.amount - 2 * round(i.amount / 2, 2) ELSE 0 END
            ELSE i.amount END,
       (ARRAY['ACH','wire','check','ACH'])[1 + i.id % 4],
       CASE WHEN i.id % 10 = 0 THEN NULL ELSE 'REF' || lpad((i.id * 7331 % 1000000)::text, 6, '0') || '-' || k END,
       i.issued_on + (CASE WHEN k = 1 THEN 12 + (i.id * 7) % 30 ELSE 40 + (i.id * 3) % 10 END)::int + time '11:30',
       i.issued_on + (CASE WHEN k = 1 THEN 12 + (i.id * 7) % 30 ELSE 40 + (i.id * 3) % 10 END)::int + time '11:30' + interval '1 day'
FROM invoices i
CROSS JOIN generate_series(1, 2) AS k
WHERE i.paid AND (k = 1 OR i.id % 6 = 0);

-- work orders
INSERT INTO work_orders (id, site_id, crew_id, title, trade, priority, status, scheduled_on, due_on, started_at,
                         completed_at, estimated_hours, actual_hours, created_at, updated_at)
SELECT q.id, q.site_id, q.crew_id, q.title, q.trade, q.priority, q.status, q.scheduled_on, q.scheduled_on + q.span,
       CASE WHEN q.status IN ('in_progress','completed') THEN q.scheduled_on + time '07:00' + (q.id % 3) * interval '1 day' END,
       CASE WHEN q.status = 'completed' THEN q.scheduled_on + q.span + ((q.id * 7) % 9 - 4) + time '15:30' + (q.id % 5) * interval '20 minutes' END,
       q.est,
       CASE WHEN q.status = 'completed' THEN round(q.est * (0.75 + ((q.id * 11) % 60) / 100.0), 1)
            WHEN q.status = 'in_progress' THEN round(q.est * 0.4, 1) END,
       q.scheduled_on - (3 + q.id % 10) + time '10:10' + (q.id % 45) * interval '1 minute',
       q.scheduled_on + q.span + 2 + time '18:00'
FROM (
    SELECT i AS id, s.id AS site_id, c.id AS crew_id,
           (ARRAY['Pour foundation slab','Frame exterior walls','Install electrical rough-in','Run plumbing supply lines',
                  'Install HVAC ductwork','Hang drywall','Paint interior walls','Install roof membrane','Set steel beams',
                  'Excavate utility trench','Install window frames','Finish trim carpentry','Tape and mud drywall',
                  'Pull wire to panels','Pour sidewalk'])[1 + (i * 7) % 15] AS title,
           c.trade,
           (ARRAY['normal','normal','high','low','normal','urgent','high','normal'])[1 + (i * 3) % 8] AS priority,
           d.scheduled_on,
           2 + (i * 5) % 12 AS span,
           (4 + (i * 13) % 70)::numeric(6,1) AS est,
           CASE WHEN i % 37 = 0 THEN 'cancelled'
                WHEN d.scheduled_on > date '2024-12-20' THEN 'open'
                WHEN d.scheduled_on > date '2024-12-05' THEN 'scheduled'
                WHEN d.scheduled_on > date '2024-11-10' THEN 'in_progress'
                WHEN i % 41 = 0 THEN 'on_hold'
                ELSE 'completed' END AS status
    FROM generate_series(1, 900) AS i
    JOIN sites s ON s.id = 1 + (i * 17) % 90
    JOIN projects p ON p.id = s.project_id
    JOIN crews c ON c.id = 1 + (i * 5) % 24
    CROSS JOIN LATERAL (SELECT least(p.start_date + (i * 19) % greatest(least(p.planned_end_date, date '2024-12-31') - p.start_date, 30),
                                     date '2024-12-28') AS scheduled_on) d
    WHERE p.status <> 'planned'
) q;

-- safety incidents
INSERT INTO safety_incidents (id, site_id, worker_id, occurred_at, reported_at, incident_type, severity, lost_days,
                              osha_recordable, description, created_at, updated_at)
SELECT q.id, q.site_id, q.worker_id, q.occurred_at, q.occurred_at + (1 + q.id % 20) * interval '1 hour',
       q.incident_type, q.severity,
       CASE q.severity WHEN 'minor' THEN 0 WHEN 'moderate' THEN 1 + q.id % 3 WHEN 'serious' THEN 5 + q.id % 10 ELSE 20 + q.id % 25 END,
       q.severity IN ('serious','critical') OR (q.severity = 'moderate' AND q.id % 2 = 0),
       CASE WHEN q.id % 4 = 0 THEN NULL
            ELSE (ARRAY['Worker slipped on wet surface','Material dropped from scaffold','Hand cut while handling sheet metal',
                        'Shock from unmarked live circuit','Near miss with reversing loader','Ladder tipped during use',
                        'Strain while lifting rebar bundle'])[1 + q.id % 7] END,
       q.occurred_at::timestamp + (2 + q.id % 20) * interval '1 hour',
       q.occurred_at::timestamp + interval '5 days'
FROM (
    SELECT i AS id,
           s.id AS site_id,
           CASE WHEN i % 6 = 0 THEN NULL ELSE 25 + (i * 41) % 216 END AS worker_id,
           (least(p.start_date + (i * 23) % greatest(least(p.planned_end_date, date '2024-12-31') - p.start_date, 30), date '2024-12-20')
              + time '07:00' + ((i * 37) % 600) * interval '1 minute')::timestamptz AS occurred_at,
           (ARRAY['fall','struck by object','cut or laceration','electrical shock','near miss','slip or trip','overexertion'])[1 + (i * 3) % 7] AS incident_type,
           CASE WHEN i % 19 = 0 THEN 'critical' WHEN i % 7 = 0 THEN 'serious' WHEN i % 3 = 0 THEN 'moderate' ELSE 'minor' END AS severity
    FROM generate_series(1, 160) AS i
    JOIN sites s ON s.id = 1 + (i * 29) % 84
    JOIN projects p ON p.id = s.project_id
    WHERE p.status <> 'planned'
) q;

-- inspections (sites of planned projects and a few others not yet inspected)
INSERT INTO inspections (id, site_id, inspection_type, inspector_name, scheduled_on, inspected_at, passed, score, notes, created_at, updated_at)
SELECT q.id, q.site_id, q.inspection_type, q.inspector_name, q.scheduled_on,
       CASE WHEN q.done THEN q.scheduled_on + time '09:00' + (q.id % 6) * interval '1 hour' END,
       CASE WHEN q.done THEN q.id % 6 <> 0 AND q.id % 11 <> 0 END,
       CASE WHEN q.done THEN CASE WHEN q.id % 6 <> 0 AND q.id % 11 <> 0 THEN 75 + (q.id * 7) % 26 ELSE 40 + (q.id * 7) % 30 END END,
       CASE WHEN q.done AND (q.id % 6 = 0 OR q.id % 11 = 0) THEN
                 (ARRAY['Missing fire blocking','Improper rebar spacing','GFCI protection missing','Guardrail height below code'])[1 + q.id % 4]
            WHEN q.id % 10 = 0 THEN 'Re-inspection requested by site manager' END,
       q.scheduled_on - (5 + q.id % 10) + time '13:00',
       q.scheduled_on + 2 + time '08:00'
FROM (
    SELECT i AS id, s.id AS site_id,
           (ARRAY['foundation','framing','electrical','plumbing','fire safety','final'])[1 + (i * 5) % 6] AS inspection_type,
           (ARRAY['Gloria Hammond','Peter Vasquez','Nina Patel','Walter Briggs','Helen Cho'])[1 + (i * 3) % 5] AS inspector_name,
           d.scheduled_on,
           d.scheduled_on <= date '2024-12-15' AS done
    FROM generate_series(1, 320) AS i
    JOIN sites s ON s.id = 1 + (i * 7) % 80
    JOIN projects p ON p.id = s.project_id
    CROSS JOIN LATERAL (SELECT least(p.start_date + 20 + (i * 11) % greatest(least(p.planned_end_date, date '2024-12-31') - p.start_date, 30),
                                     date '2024-12-27') AS scheduled_on) d
    WHERE p.status <> 'planned'
) q;

SELECT setval('projects_id_seq', (SELECT max(id) FROM projects));
SELECT setval('sites_id_seq', (SELECT max(id) FROM sites));
SELECT setval('subcontractors_id_seq', (SELECT max(id) FROM subcontractors));
SELECT setval('crews_id_seq', (SELECT max(id) FROM crews));
SELECT setval('workers_id_seq', (SELECT max(id) FROM workers));
SELECT setval('suppliers_id_seq', (SELECT max(id) FROM suppliers));
SELECT setval('materials_id_seq', (SELECT max(id) FROM materials));
SELECT setval('purchase_orders_id_seq', (SELECT max(id) FROM purchase_orders));
SELECT setval('purchase_order_lines_id_seq', (SELECT max(id) FROM purchase_order_lines));
SELECT setval('invoices_id_seq', (SELECT max(id) FROM invoices));
SELECT setval('payments_id_seq', (SELECT max(id) FROM payments));
SELECT setval('work_orders_id_seq', (SELECT max(id) FROM work_orders));
SELECT setval('safety_incidents_id_seq', (SELECT max(id) FROM safety_incidents));
SELECT setval('inspections_id_seq', (SELECT max(id) FROM inspections));
