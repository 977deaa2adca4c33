-- Operational data of a residential solar installation company (sales, installs, monitoring,
-- service and billing), used as the sample database of benches/intent/solar.frozen.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE region (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    manager_name text NOT NULL,
    opened_on    date NOT NULL
);

CREATE TABLE sales_rep (
    id             integer PRIMARY KEY,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          varchar(120) NOT NULL,
    region_id      integer NOT NULL REFERENCES region (id),
    hired_on       date NOT NULL,
    left_on        date,
    commission_pct numeric(4,2) NOT NULL,
    is_active      boolean NOT NULL
);

CREATE TABLE customer (
    id         integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    email      varchar(120),
    phone      varchar(20),
    street     text NOT NULL,
    city       text NOT NULL,
    state      varchar(2) NOT NULL,
    region_id  integer NOT NULL REFERENCES region (id),
    roof_type  text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE financing_plan (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    lender       text NOT NULL,
    term_months  integer NOT NULL,
    apr          numeric(5,2) NOT NULL,
    is_active    boolean NOT NULL
);

CREATE TABLE quote (
    id                  integer PRIMARY KEY,
    customer_id         integer NOT NULL REFERENCES customer (id),
    sales_rep_id        integer NOT NULL REFERENCES sales_rep (id),
    financing_plan_id   integer REFERENCES financing_plan (id),
    created_on          date NOT NULL,
    valid_until         date NOT NULL,
    system_size_kw      numeric(5,2) NOT NULL,
    panel_count         integer NOT NULL,
    is_battery_included boolean NOT NULL,
    price_cents         bigint NOT NULL,
    status              text NOT NULL,
    accepted_at         timestamptz
);

CREATE TABLE project (
    id                integer PRIMARY KEY,
    quote_id          integer NOT NULL UNIQUE REFERENCES quote (id),
    customer_id       integer NOT NULL REFERENCES customer (id),
    status            text NOT NULL,
    signed_on         date NOT NULL,
    install_date      date,
    grid_connected_on date,
    permit_number     varchar(20),
    crew_lead         text,
    is_monitored      boolean NOT NULL,
    created_at        timestamptz NOT NULL
);

CREATE TABLE equipment (
    id               integer PRIMARY KEY,
    category         text NOT NULL,
    maker            text NOT NULL,
    model            text NOT NULL,
    rated_watts      integer,
    capacity_kwh     numeric(5,1),
    unit_price_cents bigint NOT NULL,
    warranty_years   integer NOT NULL,
    is_discontinued  boolean NOT NULL
);

CREATE TABLE project_equipment (
    id               integer PRIMARY KEY,
    project_id       integer NOT NULL REFERENCES project (id),
    equipment_id     integer NOT NULL REFERENCES equipment (id),
    quantity         integer NOT NULL,
    unit_price_cents bigint NOT NULL
);

CREATE TABLE production_reading (
    id            integer PRIMARY KEY,
    project_id    integer NOT NULL REFERENCES project (id),
    reading_month date NOT NULL,
    kwh           numeric(8,1) NOT NULL,
    is_estimated  boolean NOT NULL,
    recorded_at   timestamptz NOT NULL,
    UNIQUE (project_id, reading_month)
);

CREATE TABLE service_call (
    id          integer PRIMARY KEY,
    project_id  integer NOT NULL REFERENCES project (id),
    opened_at   timestamp NOT NULL,
    closed_at   timestamp,
    issue_type  text NOT NULL,
    priority    text NOT NULL,
    technician  text,
    is_warranty boolean NOT NULL,
    cost_cents  bigint,
    resolution  text
);

CREATE TABLE invoice (
    id          integer PRIMARY KEY,
    project_id  integer NOT NULL REFERENCES project (id),
    kind        text NOT NULL,
    issued_on   date NOT NULL,
    due_on      date NOT NULL,
    total_cents bigint NOT NULL,
    status      text NOT NULL
);

CREATE TABLE payment (
    id           integer PRIMARY KEY,
    invoice_id   integer NOT NULL REFERENCES invoice (id),
    paid_at      timestamp NOT NULL,
    amount_cents bigint NOT NULL,
    method       text NOT NULL,
    reference    varchar(40)
);

INSERT INTO region VALUES
    (1, 'Desert Southwest',    'Laura Whitfield', '2018-03-01'),
    (2, 'Southern California', 'Marcus Bell',     '2017-06-15'),
    (3, 'Northern California', 'Priya Raman',     '2019-01-07'),
    (4, 'Mountain West',       'Evan Kowalski',   '2020-04-20'),
    (5, 'Texas',               'Rosa Delgado',    '2021-02-01');

INSERT INTO sales_rep
SELECT n,
       (ARRAY['Jake','Maria','Tyler','Aisha','Brandon','Chloe','Diego','Hannah','Kevin',
              'Lucia','Nathan','Olivia','Ryan','Sofia','Trevor','Vanessa','Wesley','Zoe'])[n],
       (ARRAY['Morales','Chen','Hughes','Patel','Reyes','Foster','Nguyen','Brooks','Ortiz',
              'Sullivan','Kim','Ramirez','Carter','Lopez','Jensen','Ward','Price','Alvarez'])[n],
       lower((ARRAY['Jake','Maria','Tyler','Aisha','Brandon','Chloe','Diego','Hannah','Kevin',
              'Lucia','Nathan','Olivia','Ryan','Sofia','Trevor','Vanessa','Wesley','Zoe'])[n])
           || '.' || lower((ARRAY['Morales','Chen','Hughes','Patel','Reyes','Foster','Nguyen','Brooks','Ortiz',
              'Sullivan','Kim','Ramirez','Carter','Lopez','Jensen','Ward','Price','Alvarez'])[n])
           || '@brightroofsolar.com',
       (n - 1) % 5 + 1,
       date '2019-02-04' + (n * 97) % 1000,
       CASE WHEN n > 15 THEN date '2024-01-10' + (n - 16) * 3 END,
       (6 + (n * 3) % 5)::numeric(4,2) + 0.50 * (n % 2),
       n <= 15
FROM generate_series(1, 18) AS n;

INSERT INTO financing_plan VALUES
    (1, 'SunStart 10',    'Mosaic',             120, 5.99, true),
    (2, 'SunStart 20',    'Mosaic',             240, 6.99, true),
    (3, 'SunStart 25',    'GoodLeap',           300, 7.49, true),
    (4, 'GreenSaver 12',  'GoodLeap',           144, 3.99, true),
    (5, 'Zero Down 15',   'Sunlight Financial', 180, 8.49, true),
    (6, 'Bridge 5',       'Dividend Finance',    60, 2.99, false);

INSERT INTO customer
SELECT n,
       (ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David',
              'Elizabeth','William','Barbara','Richard','Susan','Joseph','Jessica','Thomas',
              'Sarah','Carlos','Karen','Daniel','Lisa','Matthew','Nancy','Anthony','Betty',
              'Mark','Sandra','Steven','Ashley'])[1 + (n * 7) % 30],
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez',
              'Martinez','Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor',
              'Moore','Jackson','Martin','Lee','Perez','Thompson','White','Harris','Sanchez',
              'Clark','Lewis','Robinson','Walker'])[1 + (n * 11) % 30],
       CASE WHEN n % 13 = 0 THEN NULL
            ELSE 'homeowner' || n || '@' || (ARRAY['gmail.com','yahoo.com','outlook.com','icloud.com'])[1 + n % 4] END,
       CASE WHEN n % 9 = 0 THEN NULL
            ELSE '(' || (200 + n % 700) || ') 555-' || lpad(((n * 37) % 10000)::text, 4, '0') END,
       (100 + (n * 53) % 9800) || ' ' ||
           (ARRAY['Mesquite Dr','Palo Verde Ln','Sunset Blvd','Oak St','Canyon Rd','Juniper Way',
                  'Cedar Ave','Ridgeview Ct','Maple St','Aspen Cir','Willow Ln','Elm St'])[1 + n % 12],
       c.city, c.state, c.region_id,
       (ARRAY['asphalt shingle','asphalt shingle','asphalt shingle','concrete tile',
              'clay tile','standing seam metal','flat'])[1 + (n * 5) % 7],
       timestamptz '2022-01-03 09:00:00+00' + (n - 1) * interval '56 hours'
           + ((n * 47) % 540) * interval '1 minute'
FROM generate_series(1, 450) AS n
JOIN (VALUES
    (0, 'Phoenix', 'AZ', 1), (1, 'Tucson', 'AZ', 1), (2, 'Mesa', 'AZ', 1), (3, 'Las Vegas', 'NV', 1),
    (4, 'Henderson', 'NV', 1), (5, 'San Diego', 'CA', 2), (6, 'Riverside', 'CA', 2),
    (7, 'Irvine', 'CA', 2), (8, 'Pasadena', 'CA', 2), (9, 'Sacramento', 'CA', 3),
    (10, 'Fresno', 'CA', 3), (11, 'San Jose', 'CA', 3), (12, 'Oakland', 'CA', 3),
    (13, 'Denver', 'CO', 4), (14, 'Boulder', 'CO', 4), (15, 'Colorado Springs', 'CO', 4),
    (16, 'Salt Lake City', 'UT', 4), (17, 'Austin', 'TX', 5), (18, 'San Antonio', 'TX', 5),
    (19, 'Houston', 'TX', 5), (20, 'Dallas', 'TX', 5), (21, 'Phoenix', 'AZ', 1),
    (22, 'San Diego', 'CA', 2), (23, 'Austin', 'TX', 5)
) AS c(idx, city, state, region_id) ON c.idx = (n * 13) % 24;

INSERT INTO quote
WITH base AS (
    SELECT q,
           CASE WHEN q <= 450 THEN q ELSE (q * 7) % 450 + 1 END AS cust,
           (q * 11) % 20 AS m
    FROM generate_series(1, 700) AS q
), dated AS (
    SELECT b.*, c.region_id,
           least(c.created_at::date + CASE WHEN b.q <= 450 THEN 3 + b.q % 15 ELSE 45 + b.q % 60 END,
                 date '2024-12-27') AS created_on,
           (b.cust * 11) % 20 AS first_m
    FROM base b JOIN customer c ON c.id = b.cust
), sized AS (
    SELECT d.*,
           (4.0 + ((d.q * 37) % 90) / 10.0)::numeric(5,2) AS kw,
           (d.q % 4 = 0) AS battery,
           CASE
               WHEN d.m <= 9 AND d.created_on + 2 + d.q % 12 > date '2024-12-30' THEN 'sent'
               WHEN d.q <= 450 AND d.m <= 8 THEN 'accepted'
               WHEN d.q <= 450 AND d.m <= 12 THEN 'declined'
               WHEN d.q <= 450 AND d.m <= 15 THEN 'expired'
               WHEN d.q > 450 AND d.first_m <= 8 THEN CASE WHEN d.q % 2 = 0 THEN 'declined' ELSE 'expired' END
               WHEN d.q > 450 AND d.m <= 9 THEN 'accepted'
               WHEN d.q > 450 AND d.m <= 14 THEN 'declined'
               WHEN d.created_on + 30 < date '2024-12-31' THEN 'expired'
               WHEN d.m % 2 = 0 THEN 'sent'
               ELSE 'draft'
           END AS status
    FROM dated d
)
SELECT s.q,
       s.cust,
       s.region_id + 5 * (s.q % CASE WHEN s.region_id <= 3 AND s.created_on < date '2024-01-01' THEN 4 ELSE 3 END),
       CASE WHEN s.q % 5 = 0 THEN NULL ELSE 1 + (s.q / 3) % 5 END,
       s.created_on,
       s.created_on + 30,
       s.kw,
       ceil(s.kw * 1000 / 400)::integer,
       s.battery,
       (s.kw * 1000 * (260 + (s.q % 9) * 10))::bigint + CASE WHEN s.battery THEN 1250000 ELSE 0 END,
       CASE WHEN s.status IN ('expired', 'sent') AND s.created_on + 30 >= date '2024-12-31'
            THEN CASE WHEN s.q % 3 = 0 THEN 'draft' ELSE 'sent' END
            ELSE s.status END,
       CASE WHEN s.status = 'accepted'
            THEN (s.created_on + 2 + s.q % 12)::timestamp + interval '10 hours' + ((s.q * 17) % 420) * interval '1 minute'
       END
FROM sized s;

INSERT INTO project
WITH acc AS (
    SELECT row_number() OVER (ORDER BY q.id)::integer AS pid, q.id AS quote_id, q.customer_id,
           q.accepted_at
    FROM quote q WHERE q.status = 'accepted'
), plan AS (
    SELECT a.*, a.accepted_at::date AS signed_on,
           a.accepted_at::date + 25 + (a.pid * 7) % 60 AS inst,
           a.accepted_at::date + 25 + (a.pid * 7) % 60 + 10 + (a.pid * 3) % 30 AS grid
    FROM acc a
), st AS (
    SELECT p.*,
           CASE WHEN p.pid % 23 = 0 THEN 'cancelled'
                WHEN p.grid <= date '2024-12-31' THEN 'completed'
                WHEN p.inst <= date '2024-12-31' THEN 'inspection'
                WHEN p.signed_on + 20 <= date '2024-12-31' THEN 'scheduled'
                ELSE 'permitting' END AS status
    FROM plan p
)
SELECT pid, quote_id, customer_id, status, signed_on,
       CASE WHEN status IN ('completed', 'inspection') THEN inst END,
       CASE WHEN status = 'completed' THEN grid END,
       CASE WHEN status IN ('permitting', 'cancelled') THEN NULL
            ELSE 'BP-' || to_char(signed_on, 'YYYY') || '-' || lpad((pid * 7)::text, 5, '0') END,
       CASE WHEN status IN ('permitting', 'cancelled') THEN NULL
            ELSE (ARRAY['Mike Torres','Dana Fisher','Luis Ochoa','Greg Hanson','Tina Vo','Sam Reed'])[1 + pid % 6] END,
       pid % 4 = 0,
       accepted_at
FROM st;

INSERT INTO equipment VALUES
    ( 1, 'panel',    'REC',            'Alpha Pure-R 410',          410, NULL,   32000, 25, false),
    ( 2, 'panel',    'Qcells',         'Q.TRON BLK M-G2+ 425',      425, NULL,   27500, 25, false),
    ( 3, 'panel',    'Canadian Solar', 'HiKu6 400',                 400, NULL,   21000, 25, false),
    ( 4, 'panel',    'SunPower',       'Maxeon 6 AC 440',           440, NULL,   41000, 40, false),
    ( 5, 'panel',    'LONGi',          'Hi-MO 6 420',               420, NULL,   22500, 25, false),
    ( 6, 'panel',    'Jinko',          'Tiger Neo 430',             430, NULL,   23000, 25, false),
    ( 7, 'panel',    'Panasonic',      'EverVolt 410',              410, NULL,   33500, 25, true),
    ( 8, 'panel',    'Silfab',         'Prime 400',                 400, NULL,   29000, 25, false),
    ( 9, 'panel',    'Qcells',         'Q.PEAK DUO BLK ML-G10+ 400',400, NULL,   24000, 25, true),
    (10, 'panel',    'REC',            'TwinPeak 4 375',            375, NULL,   20000, 25, true),
    (11, 'inverter', 'Enphase',        'IQ8PLUS microinverter',     290, NULL,   18500, 25, false),
    (12, 'inverter', 'Enphase',        'IQ8M microinverter',        325, NULL,   21000, 25, false),
    (13, 'inverter', 'SolarEdge',      'SE7600H',                  7600, NULL,  195000, 12, false),
    (14, 'inverter', 'SolarEdge',      'SE10000H',                10000, NULL,  245000, 12, false),
    (15, 'inverter', 'SMA',            'Sunny Boy 7.7',            7700, NULL,  185000, 10, false),
    (16, 'inverter', 'Fronius',        'Primo 8.2',                8200, NULL,  210000, 10, false),
    (17, 'inverter', 'Tesla',          'Solar Inverter 7.6',       7600, NULL,  160000, 10, false),
    (18, 'battery',  'Tesla',          'Powerwall 2',              NULL, 13.5, 1050000, 10, true),
    (19, 'battery',  'Tesla',          'Powerwall 3',              NULL, 13.5, 1150000, 10, false),
    (20, 'battery',  'Enphase',        'IQ Battery 5P',            NULL,  5.0,  560000, 15, false),
    (21, 'battery',  'LG',             'RESU 16H Prime',           NULL, 16.0, 1190000, 10, false),
    (22, 'battery',  'FranklinWH',     'aPower',                   NULL, 13.6, 1220000, 12, false),
    (23, 'battery',  'Generac',        'PWRcell',                  NULL, 18.0, 1450000, 10, false);

INSERT INTO project_equipment
SELECT row_number() OVER (ORDER BY l.project_id, l.equipment_id)::integer,
       l.project_id, l.equipment_id, l.quantity, e.unit_price_cents
FROM (
    SELECT p.id AS project_id, 1 + (p.id * 3) % 10 AS equipment_id, q.panel_count AS quantity
    FROM project p JOIN quote q ON q.id = p.quote_id
    WHERE p.status <> 'cancelled'
    UNION ALL
    SELECT p.id, 11 + p.id % 7, CASE WHEN p.id % 7 IN (0, 1) THEN q.panel_count ELSE 1 END
    FROM project p JOIN quote q ON q.id = p.quote_id
    WHERE p.status <> 'cancelled'
    UNION ALL
    SELECT p.id, 18 + (p.id * 5) % 6, 1 + (p.id % 5 = 0)::integer
    FROM project p JOIN quote q ON q.id = p.quote_id
    WHERE p.status <> 'cancelled' AND q.is_battery_included
) AS l
JOIN equipment e ON e.id = l.equipment_id;

INSERT INTO production_reading
SELECT row_number() OVER (ORDER BY p.id, mo)::integer,
       p.id,
       mo::date,
       round(q.system_size_kw * 4.4 * 30
             * (ARRAY[0.62,0.72,0.90,1.05,1.18,1.25,1.22,1.15,1.02,0.86,0.68,0.58])[extract(month FROM mo)::integer]
             * (ARRAY[1.15,1.08,1.00,0.97,1.02])[c.region_id]
             * (0.94 + ((p.id + extract(month FROM mo)::integer * 3) % 7) * 0.02), 1),
       (p.id + extract(month FROM mo)::integer) % 17 = 0,
       (mo + interval '1 month' + interval '2 days' + ((p.id * 13) % 300) * interval '1 minute')::timestamptz
FROM project p
JOIN quote q ON q.id = p.quote_id
JOIN customer c ON c.id = p.customer_id
CROSS JOIN LATERAL generate_series(date_trunc('month', p.grid_connected_on) + interval '1 month',
                                   timestamp '2024-12-01', interval '1 month') AS mo
WHERE p.status = 'completed' AND p.is_monitored;

INSERT INTO service_call
WITH done AS (
    SELECT p.id, p.grid_connected_on, q.is_battery_included,
           row_number() OVER (ORDER BY p.id) AS rn, count(*) OVER () AS n
    FROM project p JOIN quote q ON q.id = p.quote_id
    WHERE p.status = 'completed'
), calls AS (
    SELECT s, d.id AS project_id, d.is_battery_included,
           d.grid_connected_on + 15 + (s * 53) % 520 + interval '8 hours' + ((s * 29) % 540) * interval '1 minute' AS opened_at,
           (ARRAY['inverter fault','monitoring offline','panel damage','low production',
                  'battery fault','roof leak','monitoring offline','inverter fault','wiring issue'])[1 + s % 9] AS issue
    FROM generate_series(1, 300) AS s
    JOIN done d ON d.rn = 1 + (s * 37) % d.n
)
SELECT row_number() OVER (ORDER BY opened_at, s)::integer,
       project_id,
       opened_at,
       CASE WHEN s % 19 = 0 OR opened_at > timestamp '2024-12-20' THEN NULL
            ELSE opened_at + (1 + s % 9) * interval '1 day' + ((s * 7) % 300) * interval '1 minute' END,
       CASE WHEN issue = 'battery fault' AND NOT is_battery_included THEN 'low production' ELSE issue END,
       (ARRAY['normal','normal','low','high','normal','urgent'])[1 + (s * 5) % 6],
       CASE WHEN s % 23 = 0 THEN NULL
            ELSE (ARRAY['Andre Wilson','Beth Carney','Chris Dunn','Felix Ibarra','Kara Moss'])[1 + s % 5] END,
       s % 3 <> 0,
       CASE WHEN s % 3 <> 0 THEN NULL ELSE 12500 + ((s * 37) % 60) * 1000 END,
       CASE WHEN s % 19 = 0 OR opened_at > timestamp '2024-12-20' THEN NULL
            ELSE (ARRAY['replaced part','reset remotely','adjusted wiring','cleaned panels','resealed roof penetration'])[1 + s % 5] END
FROM calls
WHERE opened_at < timestamp '2024-12-31';

INSERT INTO invoice
WITH lines AS (
    SELECT p.id AS project_id, 'deposit' AS kind, p.signed_on AS issued_on,
           round(q.price_cents * 0.10)::bigint AS total_cents, p.status = 'cancelled' AS is_void
    FROM project p JOIN quote q ON q.id = p.quote_id
    UNION ALL
    SELECT p.id, 'installation', p.install_date, round(q.price_cents * 0.60)::bigint, false
    FROM project p JOIN quote q ON q.id = p.quote_id
    WHERE p.install_date IS NOT NULL
    UNION ALL
    SELECT p.id, 'final', p.grid_connected_on,
           q.price_cents - round(q.price_cents * 0.10)::bigint - round(q.price_cents * 0.60)::bigint, false
    FROM project p JOIN quote q ON q.id = p.quote_id
    WHERE p.grid_connected_on IS NOT NULL
), numbered AS (
    SELECT row_number() OVER (ORDER BY issued_on, project_id, kind)::integer AS id, l.*
    FROM lines l
)
SELECT id, project_id, kind, issued_on, issued_on + 30, total_cents,
       CASE WHEN is_void THEN 'void'
            WHEN id % 31 <> 0 AND issued_on + 40 <= date '2024-12-31' THEN 'paid'
            WHEN issued_on + 30 < date '2024-12-31' THEN 'overdue'
            ELSE 'open' END
FROM numbered;

INSERT INTO payment
WITH parts AS (
    SELECT i.id AS invoice_id, i.issued_on, i.kind, i.total_cents, 1 AS part,
           CASE WHEN i.status = 'overdue' THEN i.total_cents / 4
                WHEN i.id % 6 = 0 THEN i.total_cents / 2
                ELSE i.total_cents END AS amount
    FROM invoice i
    WHERE i.status = 'paid' OR (i.status = 'overdue' AND i.id % 2 = 0)
    UNION ALL
    SELECT i.id, i.issued_on, i.kind, i.total_cents, 2, i.total_cents - i.total_cents / 2
    FROM invoice i
    WHERE i.status = 'paid' AND i.id % 6 = 0
)
SELECT row_number() OVER (ORDER BY pa.issued_on, pa.invoice_id, pa.part)::integer,
       pa.invoice_id,
       pa.issued_on + (pa.invoice_id % 20) + (pa.part - 1) * 12 + interval '11 hours'
           + ((pa.invoice_id * 31) % 360) * interval '1 minute',
       pa.amount,
       CASE WHEN q.financing_plan_id IS NOT NULL AND pa.kind <> 'deposit' THEN 'loan disbursement'
            ELSE (ARRAY['ACH','credit card','check'])[1 + pa.invoice_id % 3] END,
       CASE WHEN pa.invoice_id % 5 = 0 THEN NULL
            ELSE 'TX' || lpad((pa.invoice_id * 7919 % 1000000)::text, 6, '0') || '-' || pa.part END
FROM parts pa
JOIN invoice i ON i.id = pa.invoice_id
JOIN project p ON p.id = i.project_id
JOIN quote q ON q.id = p.quote_id;
