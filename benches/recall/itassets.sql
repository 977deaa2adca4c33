-- An IT department's asset management database (the in-house "AssetTrack" tool of a mid-sized
-- company): departments and employees, the IT technicians, vendors and purchase orders, device
-- models and the devices bought (laptops, desktops, monitors, phones, tablets, servers,
-- printers, network switches, access points), device checkouts to employees, software titles,
-- license entitlements and the seats assigned from them, and support tickets about devices.
-- Every row is invented and reproducible: fixed lists, generate_series and modular arithmetic,
-- no random() and no current date; the activity runs from January 2022 to October 2025.

CREATE TABLE department (
    id               integer PRIMARY KEY,
    str_name         text NOT NULL UNIQUE,
    str_cost_center  varchar(10) NOT NULL UNIQUE,
    str_site         text NOT NULL,
    num_it_budget    numeric(12,2) NOT NULL
);

CREATE TABLE employee (
    id                   integer PRIMARY KEY,
    str_first_name       text NOT NULL,
    str_last_name        text NOT NULL,
    str_email            text NOT NULL UNIQUE,
    department_id        integer NOT NULL REFERENCES department(id),
    str_job_title        text NOT NULL,
    str_employment_type  text NOT NULL,
    dt_hired             date NOT NULL,
    dt_terminated        date,
    bln_active           boolean NOT NULL
);

CREATE TABLE technician (
    id                integer PRIMARY KEY,
    employee_id       integer NOT NULL UNIQUE REFERENCES employee(id),
    str_tier          text NOT NULL,
    str_team          text NOT NULL,
    num_hourly_rate   numeric(6,2) NOT NULL,
    bln_on_call       boolean NOT NULL
);

CREATE TABLE vendor (
    id                      integer PRIMARY KEY,
    str_name                text NOT NULL UNIQUE,
    str_vendor_type         text NOT NULL,
    str_country             text NOT NULL,
    str_contact_name        text NOT NULL,
    str_contact_email       text NOT NULL,
    int_payment_terms_days  integer NOT NULL,
    bln_preferred           boolean NOT NULL
);

CREATE TABLE purchase_order (
    id              integer PRIMARY KEY,
    str_po_number   varchar(16) NOT NULL UNIQUE,
    vendor_id       integer NOT NULL REFERENCES vendor(id),
    department_id   integer NOT NULL REFERENCES department(id),
    dt_ordered      date NOT NULL,
    dt_received     date,
    str_status      text NOT NULL,
    num_total       numeric(12,2) NOT NULL
);

CREATE TABLE device_model (
    id                   integer PRIMARY KEY,
    str_manufacturer     text NOT NULL,
    str_model_name       text NOT NULL UNIQUE,
    str_device_type      text NOT NULL,
    num_list_price       numeric(10,2) NOT NULL,
    int_warranty_months  integer NOT NULL
);

CREATE TABLE device (
    id                 integer PRIMARY KEY,
    str_asset_tag      varchar(12) NOT NULL UNIQUE,
    str_serial_number  varchar(20) NOT NULL UNIQUE,
    str_hostname       text UNIQUE,
    device_model_id    integer NOT NULL REFERENCES device_model(id),
    purchase_order_id  integer NOT NULL REFERENCES purchase_order(id),
    dt_purchased       date NOT NULL,
    num_cost           numeric(10,2) NOT NULL,
    int_ram_gb         integer,
    int_storage_gb     integer,
    str_os             text,
    bln_encrypted      boolean,
    str_site           text NOT NULL,
    dt_warranty_end    date NOT NULL,
    str_status         text NOT NULL,
    dt_retired         date
);

CREATE TABLE device_assignment (
    id                      integer PRIMARY KEY,
    device_id               integer NOT NULL REFERENCES device(id),
    employee_id             integer NOT NULL REFERENCES employee(id),
    dt_checked_out          date NOT NULL,
    dt_returned             date,
    str_condition_returned  text
);

CREATE TABLE software (
    id                 integer PRIMARY KEY,
    str_name           text NOT NULL UNIQUE,
    str_publisher      text NOT NULL,
    str_category       text NOT NULL,
    str_license_model  text NOT NULL,
    bln_approved       boolean NOT NULL
);

CREATE TABLE license (
    id                  integer PRIMARY KEY,
    software_id         integer NOT NULL REFERENCES software(id),
    purchase_order_id   integer NOT NULL REFERENCES purchase_order(id),
    str_contract_ref    varchar(20) NOT NULL UNIQUE,
    int_seats           integer NOT NULL,
    num_price_per_seat  numeric(10,2) NOT NULL,
    dt_start            date NOT NULL,
    dt_end              date,
    bln_auto_renew      boolean NOT NULL
);

CREATE TABLE license_seat (
    id           integer PRIMARY KEY,
    license_id   integer NOT NULL REFERENCES license(id),
    employee_id  integer NOT NULL REFERENCES employee(id),
    dt_assigned  date NOT NULL,
    dt_released  date,
    UNIQUE (license_id, employee_id)
);

CREATE TABLE ticket (
    id                integer PRIMARY KEY,
    device_id         integer NOT NULL REFERENCES device(id),
    employee_id       integer NOT NULL REFERENCES employee(id),
    technician_id     integer NOT NULL REFERENCES technician(id),
    str_subject       text NOT NULL,
    str_category      text NOT NULL,
    str_priority      text NOT NULL,
    str_status        text NOT NULL,
    ts_opened         timestamp NOT NULL,
    ts_resolved       timestamp,
    num_labor_hours   numeric(5,2),
    int_csat_score    integer
);

-- ---------------------------------------------------------------------------------------------
-- Departments
INSERT INTO department (id, str_name, str_cost_center, str_site, num_it_budget) VALUES
    (1,  'Information Technology', 'CC-110', 'Boston HQ', 850000.00),
    (2,  'Finance',                'CC-120', 'Boston HQ', 120000.00),
    (3,  'Human Resources',        'CC-130', 'Boston HQ',  60000.00),
    (4,  'Sales',                  'CC-210', 'Chicago',   310000.00),
    (5,  'Marketing',              'CC-220', 'Chicago',   180000.00),
    (6,  'Engineering',            'CC-310', 'Austin',    640000.00),
    (7,  'Customer Support',       'CC-320', 'Austin',    150000.00),
    (8,  'Operations',             'CC-410', 'Chicago',    95000.00),
    (9,  'Legal',                  'CC-140', 'Boston HQ',  45000.00),
    (10, 'Facilities',             'CC-420', 'Austin',     40000.00);

-- Employees: 420 people, names from fixed lists (every first/last pair is distinct)
INSERT INTO employee (id, str_first_name, str_last_name, str_email, department_id, str_job_title,
                      str_employment_type, dt_hired, dt_terminated, bln_active)
SELECT i, fn, ln,
       lower(fn || '.' || ln) || '@northwindlabs.example',
       dep,
       CASE dep
         WHEN 1  THEN (ARRAY['Service Desk Analyst','Systems Administrator','Network Engineer','IT Support Specialist','Security Analyst'])[1 + (i / 7) % 5]
         WHEN 2  THEN (ARRAY['Accountant','Financial Analyst','Payroll Specialist','Controller'])[1 + (i / 7) % 4]
         WHEN 3  THEN (ARRAY['HR Generalist','Recruiter','HR Business Partner'])[1 + (i / 7) % 3]
         WHEN 4  THEN (ARRAY['Account Executive','Sales Development Rep','Sales Manager','Sales Engineer'])[1 + (i / 7) % 4]
         WHEN 5  THEN (ARRAY['Marketing Specialist','Graphic Designer','Content Writer','Marketing Manager'])[1 + (i / 7) % 4]
         WHEN 6  THEN (ARRAY['Software Engineer','Senior Software Engineer','QA Engineer','DevOps Engineer','Engineering Manager','Data Engineer'])[1 + (i / 7) % 6]
         WHEN 7  THEN (ARRAY['Support Agent','Senior Support Agent','Support Team Lead'])[1 + (i / 7) % 3]
         WHEN 8  THEN (ARRAY['Operations Analyst','Logistics Coordinator','Operations Manager'])[1 + (i / 7) % 3]
         WHEN 9  THEN (ARRAY['Paralegal','Corporate Counsel'])[1 + (i / 7) % 2]
         ELSE         (ARRAY['Facilities Coordinator','Facilities Technician'])[1 + (i / 7) % 2]
       END,
       CASE WHEN i % 10 = 7 THEN 'contractor' WHEN i % 17 = 3 THEN 'part-time' ELSE 'full-time' END,
       hired,
       term,
       term IS NULL
FROM (
    SELECT i,
           (ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
                  'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Carlos','Karen',
                  'Daniel','Lisa','Matthew','Nancy','Anthony','Priya','Mark','Sandra','Wei','Ashley',
                  'Omar','Kimberly','Kevin','Emily','Brian','Donna','Hiroshi','Michelle','Ahmed','Sofia'])[1 + i % 40] AS fn,
           (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                  'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
                  'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
                  'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores',
                  'Green','Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell','Carter','Patel'])[1 + ((i / 40) * 11 + i * 3) % 50] AS ln,
           (ARRAY[6,6,6,6,6,4,4,4,4,7,7,7,5,5,1,1,2,2,8,8,3,9,10,6])[1 + (i * 5) % 24] AS dep,
           date '2013-03-01' + (i * 2473) % 4500 AS hired,
           CASE WHEN i % 9 = 4 AND date '2013-03-01' + (i * 2473) % 4500 < date '2024-01-01'
                THEN greatest(date '2013-03-01' + (i * 2473) % 4500 + 120, date '2022-01-15') + (i * 53) % 540
           END AS term
    FROM generate_series(1, 420) AS i
) s;

-- Technicians: twelve active IT staff hired before 2022
INSERT INTO technician (id, employee_id, str_tier, str_team, num_hourly_rate, bln_on_call)
SELECT rn, eid,
       CASE WHEN rn <= 6 THEN 'Tier 1' WHEN rn <= 10 THEN 'Tier 2' ELSE 'Tier 3' END,
       CASE WHEN rn <= 6 THEN 'Service Desk' WHEN rn <= 10 THEN 'Field Services' ELSE 'Infrastructure' END,
       CASE WHEN rn <= 6 THEN 45.00 + (rn % 3) * 2.50 WHEN rn <= 10 THEN 62.00 + (rn % 2) * 4.00 ELSE 85.00 END,
       rn % 4 = 0 OR rn = 11
FROM (SELECT row_number() OVER (ORDER BY id) AS rn, id AS eid
      FROM employee
      WHERE department_id = 1 AND bln_active AND dt_hired < date '2022-01-01') s
WHERE rn <= 12;

-- Vendors
INSERT INTO vendor (id, str_name, str_vendor_type, str_country, str_contact_name, str_contact_email,
                    int_payment_terms_days, bln_preferred) VALUES
    (1,  'CDW',                        'hardware reseller',  'United States',  'Megan Foster',    'megan.foster@cdw.example',        30, true),
    (2,  'Insight Enterprises',        'hardware reseller',  'United States',  'Raj Malhotra',    'raj.malhotra@insight.example',    45, true),
    (3,  'SHI International',          'software reseller',  'United States',  'Dana Kowalski',   'dana.kowalski@shi.example',       30, true),
    (4,  'Connection',                 'hardware reseller',  'United States',  'Luis Ortega',     'luis.ortega@connection.example',  30, false),
    (5,  'Zones',                      'hardware reseller',  'United States',  'Grace Whitfield', 'grace.whitfield@zones.example',   60, false),
    (6,  'Softchoice',                 'software reseller',  'Canada',         'Tom Beaulieu',    'tom.beaulieu@softchoice.example', 30, false),
    (7,  'Microsoft',                  'software publisher', 'United States',  'Alicia Grant',    'alicia.grant@microsoft.example',  30, true),
    (8,  'Adobe',                      'software publisher', 'United States',  'Peter Lindqvist', 'peter.lindqvist@adobe.example',   30, false),
    (9,  'Atlassian',                  'software publisher', 'Australia',      'Chloe Nguyen',    'chloe.nguyen@atlassian.example',  30, true),
    (10, 'Salesforce',                 'software publisher', 'United States',  'Marcus Reed',     'marcus.reed@salesforce.example',  45, true),
    (11, 'JetBrains',                  'software publisher', 'Czech Republic', 'Jan Novak',       'jan.novak@jetbrains.example',     30, false),
    (12, 'Autodesk',                   'software publisher', 'United States',  'Hannah Cole',     'hannah.cole@autodesk.example',    30, false),
    (13, 'Zoom Video Communications',  'software publisher', 'United States',  'Eric Tan',        'eric.tan@zoom.example',           30, false),
    (14, 'Bechtle',                    'hardware reseller',  'Germany',        'Klaus Weber',     'klaus.weber@bechtle.example',     60, false);

-- Device models (the Framework laptop was evaluated but never bought)
INSERT INTO device_model (id, str_manufacturer, str_model_name, str_device_type, num_list_price, int_warranty_months) VALUES
    (1,  'Dell',     'Latitude 5440',                'laptop',          1349.00, 36),
    (2,  'Dell',     'Latitude 7440',                'laptop',          1899.00, 36),
    (3,  'Lenovo',   'ThinkPad T14 Gen 4',           'laptop',          1499.00, 36),
    (4,  'Lenovo',   'ThinkPad X1 Carbon Gen 11',    'laptop',          2199.00, 36),
    (5,  'Apple',    'MacBook Pro 14 (M3)',          'laptop',          2399.00, 12),
    (6,  'Apple',    'MacBook Air 13 (M2)',          'laptop',          1199.00, 12),
    (7,  'HP',       'EliteBook 840 G10',            'laptop',          1599.00, 36),
    (8,  'Dell',     'OptiPlex 7010',                'desktop',          999.00, 36),
    (9,  'HP',       'EliteDesk 800 G9',             'desktop',         1099.00, 36),
    (10, 'Dell',     'P2723DE',                      'monitor',          449.00, 36),
    (11, 'LG',       '27UK850-W',                    'monitor',          399.00, 12),
    (12, 'Dell',     'U3423WE',                      'monitor',          999.00, 36),
    (13, 'Apple',    'iPhone 14',                    'phone',            829.00, 12),
    (14, 'Apple',    'iPhone 15',                    'phone',            899.00, 12),
    (15, 'Samsung',  'Galaxy S23',                   'phone',            799.00, 12),
    (16, 'Apple',    'iPad Air (5th generation)',    'tablet',           599.00, 12),
    (17, 'Microsoft','Surface Pro 9',                'tablet',          1299.00, 12),
    (18, 'Dell',     'PowerEdge R650',               'server',          8900.00, 60),
    (19, 'HPE',      'ProLiant DL380 Gen10 Plus',    'server',         11200.00, 36),
    (20, 'HP',       'LaserJet Enterprise M507dn',   'printer',          729.00, 12),
    (21, 'Brother',  'HL-L8360CDW',                  'printer',          549.00, 24),
    (22, 'Cisco',    'Catalyst 9200-48P',            'network switch',  6400.00, 60),
    (23, 'Ubiquiti', 'UniFi U6 Pro',                 'access point',     159.00, 12),
    (24, 'Framework','Laptop 13',                    'laptop',          1049.00, 12);

-- Software titles
INSERT INTO software (id, str_name, str_publisher, str_category, str_license_model, bln_approved) VALUES
    (1,  'Microsoft 365 E3',              'Microsoft',     'productivity',   'subscription', true),
    (2,  'Visio Plan 2',                  'Microsoft',     'productivity',   'subscription', true),
    (3,  'Project Plan 3',                'Microsoft',     'productivity',   'subscription', true),
    (4,  'Visual Studio Professional',    'Microsoft',     'development',    'subscription', true),
    (5,  'Acrobat Pro',                   'Adobe',         'productivity',   'subscription', true),
    (6,  'Creative Cloud All Apps',       'Adobe',         'design',         'subscription', true),
    (7,  'Jira Software Cloud',           'Atlassian',     'development',    'subscription', true),
    (8,  'Confluence Cloud',              'Atlassian',     'collaboration',  'subscription', true),
    (9,  'Sales Cloud',                   'Salesforce',    'CRM',            'subscription', true),
    (10, 'Tableau Creator',               'Salesforce',    'analytics',      'subscription', true),
    (11, 'Slack Business+',               'Salesforce',    'collaboration',  'subscription', true),
    (12, 'IntelliJ IDEA Ultimate',        'JetBrains',     'development',    'subscription', true),
    (13, 'PyCharm Professional',          'JetBrains',     'development',    'subscription', true),
    (14, 'AutoCAD LT',                    'Autodesk',      'design',         'subscription', true),
    (15, 'Zoom Workplace Business',       'Zoom',          'collaboration',  'subscription', true),
    (16, 'Windows Server 2022 Standard',  'Microsoft',     'infrastructure', 'perpetual',    true),
    (17, 'SQL Server 2022 Standard',      'Microsoft',     'infrastructure', 'perpetual',    true),
    (18, 'Snagit 2023',                   'TechSmith',     'productivity',   'perpetual',    true),
    (19, 'Camtasia 2023',                 'TechSmith',     'design',         'perpetual',    true),
    (20, 'vSphere Standard',              'VMware',        'infrastructure', 'perpetual',    true),
    (21, '1Password Business',            '1Password',     'security',       'subscription', true),
    (22, 'Miro Business',                 'Miro',          'collaboration',  'subscription', true),
    (23, '7-Zip',                         'Igor Pavlov',   'utility',        'free',         true),
    (24, 'Notepad++',                     'Don Ho',        'development',    'free',         true),
    (25, 'VLC media player',              'VideoLAN',      'utility',        'free',         true),
    (26, 'WinRAR',                        'win.rar GmbH',  'utility',        'perpetual',    false),
    (27, 'TeamViewer Business',           'TeamViewer',    'utility',        'subscription', false),
    (28, 'Figma Professional',            'Figma',         'design',         'subscription', true);

-- ---------------------------------------------------------------------------------------------
-- Hardware purchase orders 1..120, spread from January 2022 to October 2025
INSERT INTO purchase_order (id, str_po_number, vendor_id, department_id, dt_ordered, dt_received, str_status, num_total)
SELECT i, 'TMP-' || i,
       (ARRAY[1,2,1,4,2,5,1,2,4,1])[1 + i % 10],
       (ARRAY[1,6,6,4,1,5,7,2,8,6,1,3])[1 + (i * 7) % 12],
       d,
       CASE WHEN st = 'received' THEN d + 4 + (i * 7) % 15 END,
       st,
       CASE WHEN st = 'received' THEN 0 ELSE (5 + i % 9) * 1187.50 END
FROM (SELECT i,
             date '2022-01-10' + ((i - 1) * 1385 / 119 + (i * 3) % 5) AS d,
             CASE WHEN i > 116 THEN 'open' WHEN i % 29 = 0 THEN 'cancelled' ELSE 'received' END AS st
      FROM generate_series(1, 120) AS i) s;

-- Devices received on those orders; each order follows one of twelve buying patterns
WITH plan AS (
    SELECT po.id AS po_id, po.dt_ordered, po.department_id, k,
           (ARRAY[[1,1,10,10],[3,3,3,11],[5,6,5,6],[13,14,15,14],[8,8,10,9],[2,4,7,12],
                  [16,17,16,13],[23,18,22,19],[1,3,7,10],[20,21,20,23],[6,5,11,11],[3,1,10,12]])
               [1 + po.id % 12][1 + k % 4] AS model_id
    FROM purchase_order po
    CROSS JOIN LATERAL generate_series(1, CASE WHEN po.id % 12 = 7 THEN 2 + (po.id / 12) % 4
                                               ELSE 4 + (po.id * 7) % 13 END) AS k
    WHERE po.str_status = 'received'
), numbered AS (
    SELECT row_number() OVER (ORDER BY po_id, k)::integer AS d, plan.* FROM plan
)
INSERT INTO device (id, str_asset_tag, str_serial_number, str_hostname, device_model_id, purchase_order_id,
                    dt_purchased, num_cost, int_ram_gb, int_storage_gb, str_os, bln_encrypted, str_site,
                    dt_warranty_end, str_status, dt_retired)
SELECT n.d,
       'NWL-' || lpad(n.d::text, 5, '0'),
       upper(substr(md5('serial-' || n.d), 1, 10)),
       CASE m.str_device_type
         WHEN 'laptop' THEN 'nwl-lt-' WHEN 'desktop' THEN 'nwl-dt-' WHEN 'server' THEN 'nwl-srv-'
         WHEN 'network switch' THEN 'nwl-sw-' WHEN 'access point' THEN 'nwl-ap-' WHEN 'printer' THEN 'nwl-prn-'
       END || lpad(n.d::text, 5, '0'),
       n.model_id, n.po_id, n.dt_ordered,
       round(m.num_list_price * (0.86 + (n.po_id % 9) * 0.015), 2),
       CASE m.str_device_type
         WHEN 'laptop'  THEN CASE WHEN n.d % 3 = 0 THEN 32 ELSE 16 END
         WHEN 'desktop' THEN CASE n.d % 4 WHEN 0 THEN 64 WHEN 1 THEN 32 ELSE 16 END
         WHEN 'server'  THEN CASE WHEN n.d % 2 = 0 THEN 512 ELSE 256 END
         WHEN 'phone'   THEN CASE WHEN m.str_manufacturer = 'Apple' THEN 6 ELSE 8 END
         WHEN 'tablet'  THEN CASE WHEN n.model_id = 17 THEN 16 ELSE 8 END
       END,
       CASE m.str_device_type
         WHEN 'laptop'  THEN CASE WHEN n.d % 4 = 1 THEN 1024 ELSE 512 END
         WHEN 'desktop' THEN 512
         WHEN 'server'  THEN CASE WHEN n.d % 3 = 0 THEN 7680 ELSE 3840 END
         WHEN 'phone'   THEN CASE WHEN n.d % 2 = 0 THEN 256 ELSE 128 END
         WHEN 'tablet'  THEN 256
       END,
       CASE
         WHEN m.str_device_type = 'laptop' AND m.str_manufacturer = 'Apple' THEN 'macOS'
         WHEN m.str_device_type IN ('laptop','desktop') OR n.model_id = 17 THEN 'Windows 11 Pro'
         WHEN n.model_id = 16 THEN 'iPadOS'
         WHEN m.str_device_type = 'phone' AND m.str_manufacturer = 'Apple' THEN 'iOS'
         WHEN m.str_device_type = 'phone' THEN 'Android'
         WHEN n.model_id = 18 THEN 'VMware ESXi 8.0'
         WHEN n.model_id = 19 THEN 'Windows Server 2022'
       END,
       CASE WHEN m.str_device_type IN ('laptop','desktop','phone','tablet') THEN n.d % 13 <> 0 END,
       CASE WHEN m.str_device_type IN ('server','network switch') THEN 'Data Center' ELSE dep.str_site END,
       (n.dt_ordered + make_interval(months => m.int_warranty_months))::date,
       'in stock',
       CASE WHEN n.dt_ordered < date '2023-01-01' AND n.d % 4 = 0
                 AND m.str_device_type IN ('laptop','desktop','phone','tablet','printer')
            THEN n.dt_ordered + 850 + n.d % 120 END
FROM numbered n
JOIN device_model m ON m.id = n.model_id
JOIN department dep ON dep.id = n.department_id;

UPDATE purchase_order po
SET num_total = s.total
FROM (SELECT purchase_order_id, sum(num_cost) AS total FROM device GROUP BY purchase_order_id) s
WHERE s.purchase_order_id = po.id;

-- Checkouts of end-user devices: up to three successive holders per device
INSERT INTO device_assignment (id, device_id, employee_id, dt_checked_out, dt_returned, str_condition_returned)
SELECT row_number() OVER (ORDER BY g.device_id, g.j)::integer,
       g.device_id, e.id, g.co,
       least(CASE WHEN g.ret <= date '2025-10-31' THEN g.ret END, g.dt_retired, e.dt_terminated),
       NULL
FROM (
    SELECT dv.id AS device_id, dv.dt_retired, j,
           po.dt_received + 2 + dv.id % 5 + (j - 1) * (240 + (dv.id * 13) % 300) AS co,
           CASE WHEN j < nn.n THEN po.dt_received + 2 + dv.id % 5 + j * (240 + (dv.id * 13) % 300) - 3 - dv.id % 4
                WHEN dv.id % 6 = 0 THEN po.dt_received + 2 + dv.id % 5 + j * (240 + (dv.id * 13) % 300) - 10
           END AS ret
    FROM device dv
    JOIN device_model m ON m.id = dv.device_model_id
    JOIN purchase_order po ON po.id = dv.purchase_order_id
    CROSS JOIN LATERAL (SELECT CASE WHEN dv.id % 11 = 0 THEN 0 ELSE 1 + (dv.id * 7) % 3 END AS n) nn
    CROSS JOIN LATERAL generate_series(1, nn.n) AS j
    WHERE m.str_device_type IN ('laptop','desktop','monitor','phone','tablet')
) g
CROSS JOIN LATERAL (
    SELECT e.id, e.dt_terminated
    FROM employee e
    WHERE e.dt_hired <= g.co AND (e.dt_terminated IS NULL OR e.dt_terminated > g.co)
    ORDER BY (e.id * 37 + g.device_id * 101 + g.j * 7) % 421, e.id
    LIMIT 1
) e
WHERE g.co <= date '2025-10-31' AND (g.dt_retired IS NULL OR g.co < g.dt_retired);

UPDATE device_assignment
SET str_condition_returned = (ARRAY['good','good','good','worn','worn','damaged'])[1 + (id * 7) % 6]
WHERE dt_returned IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Software licensing: yearly subscriptions and a few perpetual purchases, each on its own order
CREATE TEMP TABLE license_plan AS
WITH sub(software_id, vendor_id, start_month, seats, prices, all_staff, depts) AS (VALUES
    (1,  3,  7,  ARRAY[360,380,400,410],   ARRAY[432.00,432.00,456.00,468.00],     true,  ARRAY[]::int[]),
    (2,  3,  7,  ARRAY[15,15,20,20],       ARRAY[180.00,180.00,180.00,192.00],     false, ARRAY[1,8]),
    (4,  7,  2,  ARRAY[40,45,45,50],       ARRAY[499.00,499.00,539.00,539.00],     false, ARRAY[6]),
    (5,  8,  3,  ARRAY[60,60,70,70],       ARRAY[239.88,239.88,239.88,263.88],     false, ARRAY[2,3,9]),
    (6,  8,  3,  ARRAY[20,22,22,25],       ARRAY[659.88,659.88,719.88,779.88],     false, ARRAY[5]),
    (7,  9,  9,  ARRAY[120,130,140,140],   ARRAY[94.00,94.00,103.40,103.40],       false, ARRAY[1,6]),
    (8,  9,  9,  ARRAY[120,130,140,140],   ARRAY[66.00,66.00,72.60,72.60],         false, ARRAY[1,6]),
    (9,  10, 2,  ARRAY[55,60,60,65],       ARRAY[1980.00,1980.00,1980.00,2100.00], false, ARRAY[4]),
    (10, 10, 2,  ARRAY[8,8,10,10],         ARRAY[900.00,900.00,900.00,900.00],     false, ARRAY[2]),
    (11, 10, 4,  ARRAY[NULL,200,210,220],  ARRAY[NULL,150.00,150.00,180.00],       false, ARRAY[1,6,7]),
    (12, 11, 11, ARRAY[60,60,70,70],       ARRAY[599.00,599.00,599.00,719.00],     false, ARRAY[6]),
    (13, 11, 11, ARRAY[20,20,25,25],       ARRAY[249.00,249.00,249.00,299.00],     false, ARRAY[6]),
    (14, 12, 5,  ARRAY[5,5,6,6],           ARRAY[490.00,490.00,510.00,510.00],     false, ARRAY[10]),
    (15, 13, 6,  ARRAY[100,100,80,NULL],   ARRAY[199.90,199.90,219.90,NULL],       false, ARRAY[4,5,7]),
    (21, 6,  10, ARRAY[40,45,50,50],       ARRAY[95.88,95.88,95.88,95.88],         false, ARRAY[1,2]),
    (22, 6,  2,  ARRAY[NULL,NULL,30,35],   ARRAY[NULL,NULL,192.00,192.00],         false, ARRAY[5,6]),
    (28, 6,  8,  ARRAY[NULL,NULL,12,15],   ARRAY[NULL,NULL,180.00,240.00],         false, ARRAY[5,6])
), perp(software_id, vendor_id, dt_start, seats, price, all_staff, depts) AS (VALUES
    (16, 1, date '2022-04-12', 16, 1069.00, false, ARRAY[]::int[]),
    (17, 3, date '2023-02-20',  4, 3945.00, false, ARRAY[]::int[]),
    (18, 6, date '2023-03-14', 25,   62.99, false, ARRAY[5,7]),
    (19, 6, date '2023-03-14',  5,  299.99, false, ARRAY[5]),
    (20, 1, date '2022-09-08',  6, 1394.00, false, ARRAY[]::int[])
), all_rows AS (
    SELECT s.software_id, s.vendor_id, make_date(2021 + y, s.start_month, 1) AS dt_start,
           (make_date(2021 + y, s.start_month, 1) + interval '1 year' - interval '1 day')::date AS dt_end,
           s.seats[y] AS seats, s.prices[y] AS price, s.all_staff, s.depts, y < 4 AS auto_renew
    FROM sub s CROSS JOIN generate_series(1, 4) AS y
    WHERE s.seats[y] IS NOT NULL AND make_date(2021 + y, s.start_month, 1) <= date '2025-10-31'
    UNION ALL
    SELECT software_id, vendor_id, dt_start, NULL::date, seats, price, all_staff, depts, false
    FROM perp
)
SELECT row_number() OVER (ORDER BY dt_start, software_id)::integer AS license_id, all_rows.*
FROM all_rows;

INSERT INTO purchase_order (id, str_po_number, vendor_id, department_id, dt_ordered, dt_received, str_status, num_total)
SELECT 120 + license_id, 'TMP-' || (120 + license_id), vendor_id,
       CASE WHEN all_staff OR cardinality(depts) = 0 THEN 1 ELSE depts[1] END,
       dt_start - 21, dt_start - 7, 'received', seats * price
FROM license_plan;

INSERT INTO license (id, software_id, purchase_order_id, str_contract_ref, int_seats, num_price_per_seat,
                     dt_start, dt_end, bln_auto_renew)
SELECT license_id, software_id, 120 + license_id,
       'LIC-' || to_char(dt_start, 'YYYY') || '-' || lpad(software_id::text, 3, '0'),
       seats, price, dt_start, dt_end, auto_renew
FROM license_plan;

-- Purchase order numbers by year in order date order (PO-2024-0007)
UPDATE purchase_order po
SET str_po_number = 'PO-' || to_char(s.dt_ordered, 'YYYY') || '-' || lpad(s.rn::text, 4, '0')
FROM (SELECT id, dt_ordered,
             row_number() OVER (PARTITION BY extract(year FROM dt_ordered) ORDER BY dt_ordered, id) AS rn
      FROM purchase_order) s
WHERE s.id = po.id;

-- Seats: people of the target departments who were on staff during the term, not all seats used
INSERT INTO license_seat (id, license_id, employee_id, dt_assigned, dt_released)
SELECT row_number() OVER (ORDER BY x.license_id, x.employee_id)::integer,
       x.license_id, x.employee_id, x.dt_assigned, x.dt_released
FROM (
    SELECT lp.license_id, e.id AS employee_id,
           greatest(lp.dt_start, e.dt_hired) AS dt_assigned,
           CASE WHEN e.dt_terminated <= coalesce(lp.dt_end, date '2025-10-31') THEN e.dt_terminated END AS dt_released,
           row_number() OVER (PARTITION BY lp.license_id ORDER BY (e.id * 53 + lp.license_id * 11) % 421, e.id) AS pick,
           lp.seats - (lp.seats * ((lp.license_id * 3) % 7)) / 40 AS quota
    FROM license_plan lp
    JOIN employee e
      ON (lp.all_staff OR e.department_id = ANY (lp.depts))
     AND e.dt_hired <= least(coalesce(lp.dt_end, date '2025-10-31'), date '2025-10-31')
     AND (e.dt_terminated IS NULL OR e.dt_terminated > lp.dt_start)
) x
WHERE x.pick <= x.quota;

-- ---------------------------------------------------------------------------------------------
-- Support tickets raised by the holder of a device during a checkout
INSERT INTO ticket (id, device_id, employee_id, technician_id, str_subject, str_category, str_priority,
                    str_status, ts_opened, ts_resolved, num_labor_hours, int_csat_score)
SELECT row_number() OVER (ORDER BY t.ts_opened, t.assignment_id, t.m)::integer,
       t.device_id, t.employee_id,
       CASE t.priority WHEN 'critical' THEN 11 + (t.h2 / 3) % 2 WHEN 'high' THEN 7 + t.h2 % 4
                       WHEN 'medium' THEN 1 + t.h2 % 8 ELSE 1 + t.h2 % 6 END,
       CASE t.category
         WHEN 'hardware failure' THEN (ARRAY['Will not power on','Overheating and fan noise','Random shutdowns'])[1 + t.h % 3]
         WHEN 'battery'          THEN (ARRAY['Battery drains quickly','Battery not charging'])[1 + t.h % 2]
         WHEN 'screen damage'    THEN (ARRAY['Cracked screen','Lines across the display'])[1 + t.h % 2]
         WHEN 'software'         THEN (ARRAY['Application keeps crashing','Software install request','Update failed'])[1 + t.h % 3]
         WHEN 'network'          THEN (ARRAY['Cannot connect to VPN','Wi-Fi keeps dropping'])[1 + t.h % 2]
         WHEN 'access'           THEN (ARRAY['Locked out of account','MFA reset needed','Password reset'])[1 + t.h % 3]
         ELSE                         (ARRAY['Docking station not detected','External display not working'])[1 + t.h % 2]
       END,
       t.category, t.priority,
       CASE WHEN t.resolved IS NULL THEN CASE WHEN t.h % 2 = 0 THEN 'open' ELSE 'in progress' END ELSE 'resolved' END,
       t.ts_opened, t.resolved,
       CASE WHEN t.resolved IS NOT NULL
            THEN (1 + t.h % 12) * 0.25 + CASE t.priority WHEN 'critical' THEN 2 WHEN 'high' THEN 1 ELSE 0 END END,
       CASE WHEN t.resolved IS NOT NULL AND (t.assignment_id + t.m * 3) % 4 <> 0
            THEN (ARRAY[5,5,4,4,4,3,5,2,4,1])[1 + t.h % 10] END
FROM (
    SELECT u.*,
           CASE WHEN u.ts_opened > timestamp '2025-10-20' OR (u.ts_opened > timestamp '2025-06-01' AND (u.assignment_id + u.m) % 17 = 0) THEN NULL
                WHEN u.ts_opened + u.minutes * interval '1 minute' > timestamp '2025-10-31 18:00' THEN NULL
                ELSE u.ts_opened + u.minutes * interval '1 minute' END AS resolved
    FROM (
        SELECT v.*,
               CASE v.priority WHEN 'critical' THEN 60 + v.h % 420 WHEN 'high' THEN 180 + v.h % 1260
                               WHEN 'medium' THEN 480 + v.h % 3840 ELSE 1440 + v.h % 8640 END AS minutes
        FROM (
            SELECT a.id AS assignment_id, a.device_id, a.employee_id, m,
                   (a.id * 13 + m * 31) AS h,
                   (a.id * 17 + m * 7) AS h2,
                   (a.dt_checked_out + ((m - 1) * sp.span) / sp.t + (a.id * 37 + m * 101) % greatest(sp.span / sp.t, 1))::timestamp
                       + interval '8 hours' + ((a.id * 7 + m * 13) % 600) * interval '1 minute' AS ts_opened,
                   CASE WHEN (a.id * 3 + m * 7) % 20 = 0 THEN 'critical'
                        WHEN (a.id * 3 + m * 7) % 20 <= 4 THEN 'high'
                        WHEN (a.id * 3 + m * 7) % 20 <= 12 THEN 'medium'
                        ELSE 'low' END AS priority,
                   CASE dm.str_device_type
                     WHEN 'laptop'  THEN (ARRAY['hardware failure','battery','screen damage','software','network','access','peripheral','software'])[1 + (a.id * 11 + m * 3) % 8]
                     WHEN 'desktop' THEN (ARRAY['hardware failure','software','network','access','peripheral','software'])[1 + (a.id * 11 + m * 3) % 6]
                     WHEN 'monitor' THEN (ARRAY['hardware failure','peripheral','screen damage'])[1 + (a.id * 11 + m * 3) % 3]
                     ELSE                (ARRAY['screen damage','battery','software','access'])[1 + (a.id * 11 + m * 3) % 4]
                   END AS category
            FROM device_assignment a
            JOIN device d ON d.id = a.device_id
            JOIN device_model dm ON dm.id = d.device_model_id
            CROSS JOIN LATERAL (SELECT coalesce(a.dt_returned, date '2025-10-31') - a.dt_checked_out AS span) sp0
            CROSS JOIN LATERAL (SELECT sp0.span,
                                       (sp0.span * (1 + a.id % 3) + (a.id * 53) % 900) / 1100 AS t) sp
            CROSS JOIN LATERAL generate_series(1, sp.t) AS m
            WHERE sp.span >= 1
        ) v
    ) u
) t;

-- Device status from its history
UPDATE device d
SET str_status = CASE
    WHEN d.dt_retired IS NOT NULL THEN 'retired'
    WHEN EXISTS (SELECT 1 FROM ticket t WHERE t.device_id = d.id AND t.ts_resolved IS NULL
                   AND t.str_category IN ('hardware failure','screen damage')) THEN 'in repair'
    WHEN EXISTS (SELECT 1 FROM device_assignment a WHERE a.device_id = d.id AND a.dt_returned IS NULL) THEN 'in use'
    WHEN m.str_device_type IN ('server','network switch','access point','printer') THEN 'in use'
    ELSE 'in stock' END
FROM device_model m
WHERE m.id = d.device_model_id;

DROP TABLE license_plan;

ANALYZE;
