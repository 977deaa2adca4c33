-- Allotments service of Eastham Borough Council.
-- The council runs eight allotment sites; each site is divided into numbered plots
-- (area in square metres, soil type, kind of water supply). Residents rent a plot under a
-- tenancy and receive one rent invoice per calendar year (rent per square metre plus a
-- water charge, less a concession discount), which they pay in one or more payments.
-- Each site keeps a waiting list of applicants. Council officers and site wardens inspect
-- plots and grade their cultivation (A best to D worst; a D grade means a non-cultivation notice).
-- Water meters on the mains supply of each site are read monthly during the growing
-- season, and each site keeps a store of shared tools that tenants can borrow.
-- Records start on 1 January 2022, when the service moved to this system.

CREATE TABLE site (
    site_id          integer PRIMARY KEY,
    site_code        text NOT NULL UNIQUE,
    site_name        text NOT NULL UNIQUE,
    address          text NOT NULL,
    postcode         text NOT NULL,
    established_year integer NOT NULL,
    has_toilets      boolean NOT NULL,
    has_car_park     boolean NOT NULL,
    gate_code        text
);

CREATE TABLE staff (
    staff_id    integer PRIMARY KEY,
    full_name   text NOT NULL,
    role        text NOT NULL CHECK (role IN ('OFFICER', 'WARDEN', 'VOLUNTEER', 'ADMIN')),
    site_id     integer REFERENCES site (site_id),
    email       text NOT NULL UNIQUE,
    phone       text,
    start_date  date NOT NULL,
    is_active   boolean NOT NULL DEFAULT true
);

CREATE TABLE plot (
    plot_id       integer PRIMARY KEY,
    site_id       integer NOT NULL REFERENCES site (site_id),
    plot_number   text NOT NULL UNIQUE,
    area_sqm      numeric(6,1) NOT NULL CHECK (area_sqm > 0),
    soil_type     text NOT NULL CHECK (soil_type IN ('LOAM', 'CLAY', 'SANDY', 'SILT', 'CHALK')),
    water_access  text NOT NULL CHECK (water_access IN ('TAP', 'TROUGH', 'NONE')),
    has_shed      boolean NOT NULL,
    is_accessible boolean NOT NULL,
    status        text NOT NULL DEFAULT 'VACANT' CHECK (status IN ('LET', 'VACANT', 'OVERGROWN'))
);

CREATE TABLE tenant (
    tenant_id           integer PRIMARY KEY,
    first_name          text NOT NULL,
    last_name           text NOT NULL,
    email               text NOT NULL UNIQUE,
    phone               text,
    postcode            text NOT NULL,
    concession_code     text NOT NULL CHECK (concession_code IN ('NONE', 'SENIOR', 'STUDENT', 'UNWAGED')),
    is_committee_member boolean NOT NULL DEFAULT false,
    registered_date     date NOT NULL
);

CREATE TABLE tenancy (
    tenancy_id  integer PRIMARY KEY,
    plot_id     integer NOT NULL REFERENCES plot (plot_id),
    tenant_id   integer NOT NULL REFERENCES tenant (tenant_id),
    start_date  date NOT NULL,
    end_date    date,
    status      text NOT NULL CHECK (status IN ('ACTIVE', 'ENDED', 'TERMINATED')),
    end_reason  text,
    CHECK (end_date IS NULL OR end_date > start_date)
);

CREATE TABLE waiting_list_entry (
    waiting_list_entry_id integer PRIMARY KEY,
    site_id               integer NOT NULL REFERENCES site (site_id),
    applicant_name        text NOT NULL,
    email                 text NOT NULL,
    postcode              text NOT NULL,
    applied_date          date NOT NULL,
    preferred_size        text NOT NULL CHECK (preferred_size IN ('QUARTER', 'HALF', 'FULL')),
    status                text NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'HOUSED', 'WITHDRAWN')),
    offered_date          date
);

CREATE TABLE rent_rate (
    rent_rate_id            integer PRIMARY KEY,
    rent_year               integer NOT NULL UNIQUE,
    rate_per_sqm            numeric(6,2) NOT NULL,
    tap_water_charge        numeric(8,2) NOT NULL,
    trough_water_charge     numeric(8,2) NOT NULL,
    concession_discount_pct numeric(5,2) NOT NULL,
    approved_date           date NOT NULL
);

CREATE TABLE rent_invoice (
    rent_invoice_id integer PRIMARY KEY,
    tenancy_id      integer NOT NULL REFERENCES tenancy (tenancy_id),
    rent_rate_id    integer NOT NULL REFERENCES rent_rate (rent_rate_id),
    rent_year       integer NOT NULL,
    issue_date      date NOT NULL,
    due_date        date NOT NULL,
    rent_amount     numeric(10,2) NOT NULL,
    water_charge    numeric(10,2) NOT NULL,
    discount_amount numeric(10,2) NOT NULL,
    total_amount    numeric(10,2) NOT NULL,
    status          text NOT NULL CHECK (status IN ('PAID', 'PART_PAID', 'UNPAID', 'WRITTEN_OFF')),
    UNIQUE (tenancy_id, rent_year)
);

CREATE TABLE payment (
    payment_id      integer PRIMARY KEY,
    rent_invoice_id integer NOT NULL REFERENCES rent_invoice (rent_invoice_id),
    payment_date    date NOT NULL,
    amount          numeric(10,2) NOT NULL CHECK (amount > 0),
    method          text NOT NULL CHECK (method IN ('BANK', 'CARD', 'CASH', 'CHEQUE')),
    reference       text,
    recorded_at     timestamp NOT NULL
);

CREATE TABLE inspection (
    inspection_id   integer PRIMARY KEY,
    plot_id         integer NOT NULL REFERENCES plot (plot_id),
    staff_id        integer NOT NULL REFERENCES staff (staff_id),
    inspection_date date NOT NULL,
    grade           text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    cultivation_pct integer NOT NULL CHECK (cultivation_pct BETWEEN 0 AND 100),
    notice_issued   boolean NOT NULL,
    notes           text
);

CREATE TABLE water_meter (
    water_meter_id integer PRIMARY KEY,
    site_id        integer NOT NULL REFERENCES site (site_id),
    serial_number  text NOT NULL UNIQUE,
    location       text NOT NULL,
    install_date   date NOT NULL
);

CREATE TABLE meter_reading (
    meter_reading_id integer PRIMARY KEY,
    water_meter_id   integer NOT NULL REFERENCES water_meter (water_meter_id),
    reading_date     date NOT NULL,
    reading_value    numeric(10,1) NOT NULL,
    usage_m3         numeric(8,1) NOT NULL,
    staff_id         integer NOT NULL REFERENCES staff (staff_id),
    is_estimated     boolean NOT NULL,
    UNIQUE (water_meter_id, reading_date)
);

CREATE TABLE tool (
    tool_id        integer PRIMARY KEY,
    site_id        integer NOT NULL REFERENCES site (site_id),
    tool_code      text NOT NULL UNIQUE,
    tool_name      text NOT NULL,
    category       text NOT NULL CHECK (category IN ('POWERED', 'HAND', 'WHEELED', 'WATERING')),
    purchase_date  date NOT NULL,
    purchase_cost  numeric(8,2) NOT NULL,
    condition      text NOT NULL CHECK (condition IN ('GOOD', 'FAIR', 'POOR', 'RETIRED'))
);

CREATE TABLE tool_loan (
    tool_loan_id   integer PRIMARY KEY,
    tool_id        integer NOT NULL REFERENCES tool (tool_id),
    tenant_id      integer NOT NULL REFERENCES tenant (tenant_id),
    loan_date      date NOT NULL,
    due_date       date NOT NULL,
    return_date    date,
    status         text NOT NULL CHECK (status IN ('OUT', 'RETURNED', 'LOST')),
    deposit_amount numeric(8,2) NOT NULL DEFAULT 0,
    notes          text
);

CREATE INDEX ON plot (site_id);
CREATE INDEX ON tenancy (plot_id);
CREATE INDEX ON tenancy (tenant_id);
CREATE INDEX ON rent_invoice (tenancy_id);
CREATE INDEX ON payment (rent_invoice_id);
CREATE INDEX ON inspection (plot_id);
CREATE INDEX ON meter_reading (water_meter_id);
CREATE INDEX ON tool_loan (tool_id);
CREATE INDEX ON tool_loan (tenant_id);

-- ---------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------

INSERT INTO site (site_id, site_code, site_name, address, postcode, established_year, has_toilets, has_car_park, gate_code) VALUES
    (1, 'BRK', 'Brookfield Road',   'Brookfield Road, Eastham',          'EH4 2BR', 1948, true,  true,  '4471'),
    (2, 'HIL', 'Hillside Lane',     'Hillside Lane, Upper Eastham',      'EH7 9HL', 1962, false, false, '1208'),
    (3, 'MIL', 'Mill Meadow',       'Mill Lane, Eastham Mills',          'EH2 6MM', 1921, true,  true,  '3390'),
    (4, 'ORC', 'Orchard Close',     'Orchard Close, Westbury',           'EH9 1OC', 1979, false, true,  NULL),
    (5, 'RIV', 'Riverside Gardens', 'Towpath Road, Eastham',             'EH3 4RG', 1935, true,  false, '5802'),
    (6, 'GLB', 'St Anne''s Glebe',  'Church Walk, Old Eastham',          'EH1 3SA', 1987, false, false, NULL),
    (7, 'VIC', 'Victoria Park',     'Victoria Park East, Eastham',       'EH5 8VP', 1919, true,  true,  '7716'),
    (8, 'WIN', 'Windmill Hill',     'Windmill Hill Road, Northgate',     'EH8 2WH', 1954, true,  false, '6623');

INSERT INTO staff (staff_id, full_name, role, site_id, email, phone, start_date, is_active) VALUES
    (1,  'Margaret Holloway', 'OFFICER',   NULL, 'margaret.holloway@eastham.gov.uk', '01632 960101', '2022-01-01', true),
    (2,  'Dev Patel',         'OFFICER',   NULL, 'dev.patel@eastham.gov.uk',         '01632 960102', '2022-01-01', true),
    (3,  'Siobhan Keane',     'WARDEN',    7,    'siobhan.keane@eastham.gov.uk',     '07700 900301', '2022-01-01', true),
    (4,  'Tom Ashworth',      'WARDEN',    3,    'tom.ashworth@eastham.gov.uk',      '07700 900302', '2022-01-01', true),
    (5,  'Gareth Pryce',      'WARDEN',    1,    'gareth.pryce@eastham.gov.uk',      '07700 900303', '2022-01-01', true),
    (6,  'Fiona McLeod',      'WARDEN',    5,    'fiona.mcleod@eastham.gov.uk',      '07700 900304', '2022-03-14', true),
    (7,  'Alan Whitfield',    'VOLUNTEER', 2,    'alan.whitfield@eastham.gov.uk',    '07700 900305', '2022-01-01', false),
    (8,  'Priya Raman',       'VOLUNTEER', 8,    'priya.raman@eastham.gov.uk',       '07700 900306', '2022-05-03', true),
    (9,  'Josef Novak',       'OFFICER',   NULL, 'josef.novak@eastham.gov.uk',       '01632 960109', '2024-02-05', true),
    (10, 'Rebecca Lowe',      'ADMIN',     NULL, 'rebecca.lowe@eastham.gov.uk',      '01632 960110', '2022-01-01', true);

INSERT INTO rent_rate (rent_rate_id, rent_year, rate_per_sqm, tap_water_charge, trough_water_charge, concession_discount_pct, approved_date) VALUES
    (1, 2022, 0.40, 18.00, 12.00, 50.00, '2022-01-04'),
    (2, 2023, 0.42, 19.50, 13.00, 50.00, '2022-11-21'),
    (3, 2024, 0.46, 21.00, 14.00, 50.00, '2023-11-20'),
    (4, 2025, 0.50, 23.00, 15.00, 40.00, '2024-11-25');

-- ---------------------------------------------------------------------------
-- Plots: a fixed number per site, attributes from fixed value lists
-- ---------------------------------------------------------------------------

INSERT INTO plot (plot_id, site_id, plot_number, area_sqm, soil_type, water_access, has_shed, is_accessible)
SELECT b.p,
       b.site_id,
       b.site_code || '-' || lpad(b.n::text, 2, '0'),
       ((ARRAY[250, 125, 125, 250, 62.5, 125, 250, 187.5, 125, 300, 250])[1 + b.p % 11] + (b.p % 4) * 5)::numeric(6,1),
       CASE WHEN b.site_id = 6 THEN 'CHALK'
            WHEN b.site_id = 5 AND b.p % 2 = 0 THEN 'SILT'
            ELSE (ARRAY['LOAM', 'CLAY', 'LOAM', 'SANDY', 'CLAY', 'SILT', 'LOAM'])[1 + (b.p * 3) % 7] END,
       CASE WHEN b.site_id = 6 THEN 'NONE'
            ELSE (ARRAY['TAP', 'TROUGH', 'TAP', 'NONE', 'TROUGH', 'TAP'])[1 + (b.p + b.p / 7) % 6] END,
       b.p % 3 <> 0,
       b.p % 19 = 0 OR (b.site_id = 7 AND b.n <= 3)
FROM (
    SELECT row_number() OVER (ORDER BY s.site_id, g.n)::integer AS p, s.site_id, s.site_code, g.n
    FROM site s
    CROSS JOIN LATERAL generate_series(1, (ARRAY[34, 22, 41, 18, 29, 12, 47, 25])[s.site_id]) AS g(n)
) b;

-- ---------------------------------------------------------------------------
-- Tenants and tenancies
--   first tenancy on most plots from 2022; about a third of them end, and most of
--   those plots are re-let; a few plots empty in 2022 are let later.
-- ---------------------------------------------------------------------------

INSERT INTO tenant (tenant_id, first_name, last_name, email, phone, postcode, concession_code, is_committee_member, registered_date)
SELECT t,
       (ARRAY['Susan', 'David', 'Aisha', 'Peter', 'Helen', 'Rajesh', 'Claire', 'Michael', 'Joanna', 'Kwame',
              'Linda', 'Stephen', 'Fatima', 'Robert', 'Emma', 'Tomasz', 'Janet', 'Graham', 'Mei', 'Patrick',
              'Ruth', 'Oliver', 'Nadia', 'Brian'])[1 + t % 24],
       (ARRAY['Smith', 'Jones', 'Khan', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Patel', 'Thomas',
              'Roberts', 'Walker', 'Wright', 'Kowalski', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke', 'Chen',
              'Murphy', 'Ahmed', 'Turner', 'Cooper', 'Hill', 'Ward', 'Morris', 'Osei', 'Baker'])[1 + (t * 7) % 29],
       'tenant' || t || '@mailbox.example',
       CASE WHEN t % 8 = 3 THEN NULL ELSE '07' || lpad(((t * 7919) % 1000000000)::text, 9, '0') END,
       (ARRAY['EH1', 'EH2', 'EH3', 'EH4', 'EH5', 'EH7', 'EH8', 'EH9'])[1 + (t * 5) % 8] || ' ' || (1 + t % 9) || chr(65 + t % 26) || chr(65 + (t * 3) % 26),
       (ARRAY['NONE', 'NONE', 'SENIOR', 'NONE', 'UNWAGED', 'NONE', 'SENIOR', 'STUDENT', 'NONE', 'NONE', 'SENIOR'])[1 + t % 11],
       t % 23 = 5,
       date '2022-01-01'
FROM generate_series(1, 320) AS g(t);

WITH a AS (
    -- first tenancy of each plot that was let when records started
    SELECT p.plot_id AS p,
           date '2022-01-01' + (p.plot_id * 17) % 45 AS start_date
    FROM plot p
    WHERE p.plot_id % 9 <> 4
), a2 AS (
    SELECT a.p, a.start_date,
           CASE WHEN a.p % 5 = 2 OR a.p % 7 = 4 THEN a.start_date + 200 + (a.p * 37) % 800 END AS end_date
    FROM a
), plan AS (
    SELECT a2.p AS plot_id, 1 AS seq, a2.start_date, a2.end_date,
           CASE WHEN a2.end_date IS NULL THEN 'ACTIVE'
                WHEN a2.p % 3 = 0 THEN 'TERMINATED' ELSE 'ENDED' END AS status,
           CASE WHEN a2.end_date IS NULL THEN NULL
                WHEN a2.p % 3 = 0 THEN (ARRAY['Non-cultivation after two notices', 'Non-payment of rent', 'Breach of tenancy rules (bonfires)'])[1 + (a2.p / 3) % 3]
                ELSE (ARRAY['Relinquished - moving away', 'Relinquished - health reasons', 'Relinquished - not enough time', 'Relinquished - moving away', 'Transferred to a smaller plot'])[1 + a2.p % 5] END AS end_reason,
           NULL::integer AS reuse_plot
    FROM a2
    UNION ALL
    -- re-let after the first tenancy ended
    SELECT a2.p, 2, a2.end_date + 21 + a2.p % 50, NULL, 'ACTIVE', NULL, NULL
    FROM a2
    WHERE a2.end_date IS NOT NULL AND a2.p % 4 <> 1
      AND a2.end_date + 21 + a2.p % 50 <= date '2025-09-30'
    UNION ALL
    -- plots empty in 2022, let later (some to a tenant of the neighbouring plot)
    SELECT p.plot_id, 1, date '2023-03-01' + (p.plot_id * 11) % 700, NULL, 'ACTIVE', NULL,
           CASE WHEN p.plot_id % 4 = 0 THEN p.plot_id - 1 END
    FROM plot p
    WHERE p.plot_id % 9 = 4 AND p.plot_id % 2 = 0
), numbered AS (
    SELECT plan.*,
           row_number() OVER (ORDER BY plan.start_date, plan.plot_id)::integer AS tenancy_id,
           (row_number() OVER (PARTITION BY plan.reuse_plot IS NULL ORDER BY plan.start_date, plan.plot_id))::integer AS new_tenant_no
    FROM plan
)
INSERT INTO tenancy (tenancy_id, plot_id, tenant_id, start_date, end_date, status, end_reason)
SELECT n.tenancy_id, n.plot_id,
       CASE WHEN n.reuse_plot IS NULL THEN n.new_tenant_no
            ELSE (SELECT n2.new_tenant_no FROM numbered n2 WHERE n2.plot_id = n.reuse_plot AND n2.seq = 1) END,
       n.start_date, n.end_date, n.status, n.end_reason
FROM numbered n
ORDER BY n.tenancy_id;

-- tenants with no tenancy at all are stale registrations; remove them
DELETE FROM tenant t WHERE NOT EXISTS (SELECT 1 FROM tenancy y WHERE y.tenant_id = t.tenant_id);

UPDATE tenant t
SET registered_date = GREATEST(date '2022-01-01', f.first_start - (t.tenant_id * 3) % 25)
FROM (SELECT tenant_id, min(start_date) AS first_start FROM tenancy GROUP BY tenant_id) f
WHERE f.tenant_id = t.tenant_id;

-- plot status follows its tenancies: let, or vacant / overgrown after a termination
UPDATE plot p
SET status = CASE
        WHEN EXISTS (SELECT 1 FROM tenancy y WHERE y.plot_id = p.plot_id AND y.status = 'ACTIVE') THEN 'LET'
        WHEN EXISTS (SELECT 1 FROM tenancy y WHERE y.plot_id = p.plot_id AND y.status = 'TERMINATED') THEN 'OVERGROWN'
        WHEN p.plot_id % 9 = 4 AND p.plot_id % 5 = 0 THEN 'OVERGROWN'
        ELSE 'VACANT' END;

-- ---------------------------------------------------------------------------
-- Waiting lists
-- ---------------------------------------------------------------------------

INSERT INTO waiting_list_entry (waiting_list_entry_id, site_id, applicant_name, email, postcode, applied_date, preferred_size, status, offered_date)
SELECT w.k, w.site_id, w.applicant_name, w.email, w.postcode, w.applied_date, w.preferred_size, w.status,
       CASE WHEN w.status IN ('OFFERED', 'HOUSED') THEN w.applied_date + 90 + (w.k * 13) % 200 END
FROM (
    SELECT k,
           (ARRAY[7, 7, 3, 1, 7, 5, 3, 8, 7, 2, 1, 3, 7, 4, 5, 8, 7, 1, 6, 3, 7])[1 + k % 21] AS site_id,
           (ARRAY['Alice', 'Ben', 'Chloe', 'Daniel', 'Esther', 'Farid', 'Grace', 'Hamza', 'Imogen', 'Jack',
                  'Kiran', 'Lucy', 'Marek', 'Nina', 'Owen', 'Precious', 'Quentin', 'Rosa', 'Sam'])[1 + k % 19]
             || ' ' ||
           (ARRAY['Adams', 'Bell', 'Carter', 'Dixon', 'Ellis', 'Foster', 'Gray', 'Hussain', 'Irving', 'James',
                  'King', 'Lewis', 'Mason', 'Nowak', 'Owens', 'Price', 'Reid'])[1 + (k * 5) % 17] AS applicant_name,
           'applicant' || k || '@mailbox.example' AS email,
           (ARRAY['EH1', 'EH2', 'EH3', 'EH4', 'EH5', 'EH6', 'EH7', 'EH8', 'EH9'])[1 + (k * 4) % 9] || ' ' || (1 + k % 8) || chr(65 + (k * 7) % 26) || chr(65 + k % 26) AS postcode,
           date '2022-01-05' + (k * 97) % 1400 AS applied_date,
           (ARRAY['HALF', 'FULL', 'HALF', 'QUARTER', 'HALF', 'FULL', 'QUARTER', 'HALF'])[1 + k % 8] AS preferred_size,
           CASE WHEN k % 11 = 2 OR k % 13 = 7 THEN 'WITHDRAWN'
                WHEN date '2022-01-05' + (k * 97) % 1400 < date '2024-01-01' AND k % 2 = 0 THEN 'HOUSED'
                WHEN date '2022-01-05' + (k * 97) % 1400 < date '2025-03-01' AND k % 5 = 1 THEN 'OFFERED'
                ELSE 'WAITING' END AS status
    FROM generate_series(1, 186) AS g(k)
) w;

-- ---------------------------------------------------------------------------
-- Rent invoices: one per tenancy per calendar year it covers (pro rata in the
-- first year), then payments against them
-- ---------------------------------------------------------------------------

INSERT INTO rent_invoice (rent_invoice_id, tenancy_id, rent_rate_id, rent_year, issue_date, due_date,
                          rent_amount, water_charge, discount_amount, total_amount, status)
SELECT row_number() OVER (ORDER BY c.rent_year, c.tenancy_id)::integer,
       c.tenancy_id, c.rent_rate_id, c.rent_year, c.issue_date, c.issue_date + 28,
       c.rent_amount, c.water_charge, c.discount_amount,
       c.rent_amount + c.water_charge - c.discount_amount,
       CASE WHEN c.rent_year = 2025 AND c.k % 5 = 0 THEN 'UNPAID'
            WHEN c.rent_year = 2025 AND c.k % 7 = 0 THEN 'PART_PAID'
            WHEN c.tenancy_status = 'TERMINATED' AND c.rent_year = c.end_year AND c.k % 2 = 0 THEN 'WRITTEN_OFF'
            WHEN c.k % 17 = 0 THEN 'PART_PAID'
            WHEN c.k % 29 = 0 THEN 'UNPAID'
            ELSE 'PAID' END
FROM (
    SELECT x.*,
           round((x.rent_amount + x.water_charge) * x.concession_discount_pct / 100, 2) * (x.concession_code <> 'NONE')::integer AS discount_amount
    FROM (
        SELECT y.tenancy_id, y.status AS tenancy_status, extract(year FROM y.end_date)::integer AS end_year,
               r.rent_rate_id, r.rent_year, r.concession_discount_pct, tn.concession_code,
               (y.tenancy_id * 7 + r.rent_year) AS k,
               GREATEST(make_date(r.rent_year, 1, 10), y.start_date + 7) AS issue_date,
               round(p.area_sqm * r.rate_per_sqm
                     * (CASE WHEN extract(year FROM y.start_date) = r.rent_year
                             THEN 13 - extract(month FROM y.start_date) ELSE 12 END) / 12, 2) AS rent_amount,
               round(CASE p.water_access WHEN 'TAP' THEN r.tap_water_charge
                                         WHEN 'TROUGH' THEN r.trough_water_charge ELSE 0 END
                     * (CASE WHEN extract(year FROM y.start_date) = r.rent_year
                             THEN 13 - extract(month FROM y.start_date) ELSE 12 END) / 12, 2) AS water_charge
        FROM tenancy y
        JOIN plot p ON p.plot_id = y.plot_id
        JOIN tenant tn ON tn.tenant_id = y.tenant_id
        JOIN rent_rate r ON make_date(r.rent_year, 1, 1) <= COALESCE(y.end_date, date '2025-12-31')
                        AND make_date(r.rent_year, 12, 31) >= y.start_date
    ) x
) c;

INSERT INTO payment (payment_id, rent_invoice_id, payment_date, amount, method, reference, recorded_at)
SELECT row_number() OVER (ORDER BY q.rent_invoice_id, q.instalment)::integer,
       q.rent_invoice_id, q.payment_date, q.amount,
       q.method,
       CASE WHEN q.method = 'CHEQUE' THEN 'CHQ ' || (100200 + q.rent_invoice_id * 3)
            WHEN q.method = 'BANK' THEN 'ALT' || q.rent_year || '-' || lpad(q.rent_invoice_id::text, 4, '0')
            ELSE NULL END,
       q.payment_date + time '09:00' + ((q.rent_invoice_id * 37 + q.instalment * 11) % 480) * interval '1 minute'
FROM (
    SELECT i.rent_invoice_id, i.rent_year, s.instalment,
           LEAST(date '2025-12-19', i.issue_date + 3 + (i.rent_invoice_id * 7) % 36 + (s.instalment - 1) * 61) AS payment_date,
           CASE WHEN i.status = 'PART_PAID' THEN round(i.total_amount * (ARRAY[0.5, 0.4, 0.25])[1 + i.rent_invoice_id % 3], 2)
                WHEN i.status = 'WRITTEN_OFF' THEN round(i.total_amount * 0.2, 2)
                WHEN i.rent_invoice_id % 4 = 0 AND s.instalment = 1 THEN round(i.total_amount / 2, 2)
                WHEN i.rent_invoice_id % 4 = 0 THEN i.total_amount - round(i.total_amount / 2, 2)
                ELSE i.total_amount END AS amount,
           (ARRAY['BANK', 'CARD', 'BANK', 'CASH', 'CARD', 'BANK', 'CHEQUE', 'BANK', 'CARD'])[1 + (i.rent_invoice_id + s.instalment) % 9] AS method
    FROM rent_invoice i
    CROSS JOIN generate_series(1, 2) AS s(instalment)
    WHERE i.total_amount > 0
      AND (   (i.status = 'PAID' AND (s.instalment = 1 OR i.rent_invoice_id % 4 = 0))
           OR (i.status IN ('PART_PAID') AND s.instalment = 1)
           OR (i.status = 'WRITTEN_OFF' AND s.instalment = 1 AND i.rent_invoice_id % 3 = 0))
) q;

-- ---------------------------------------------------------------------------
-- Inspections: two rounds a year (May and August); each plot is seen in some rounds
-- ---------------------------------------------------------------------------

INSERT INTO inspection (inspection_id, plot_id, staff_id, inspection_date, grade, cultivation_pct, notice_issued, notes)
SELECT row_number() OVER (ORDER BY v.inspection_date, v.plot_id)::integer,
       v.plot_id, v.staff_id, v.inspection_date, v.grade,
       CASE v.grade WHEN 'A' THEN 90 + (v.plot_id + v.r) % 11
                    WHEN 'B' THEN 72 + (v.plot_id * 3 + v.r) % 17
                    WHEN 'C' THEN 48 + (v.plot_id * 5 + v.r) % 23
                    ELSE 10 + (v.plot_id * 7 + v.r) % 35 END,
       v.grade = 'D',
       CASE v.grade WHEN 'A' THEN (ARRAY['Excellent, fully cultivated', 'Well kept, good crops', NULL])[1 + (v.plot_id + v.r) % 3]
                    WHEN 'B' THEN (ARRAY['Good overall, some weeds along paths', NULL, 'Cultivated, shed needs repair', NULL])[1 + (v.plot_id + v.r) % 4]
                    WHEN 'C' THEN (ARRAY['Half the plot under weeds', 'Paths overgrown, crops neglected', 'Rubbish stored on plot'])[1 + (v.plot_id + v.r) % 3]
                    ELSE (ARRAY['Largely uncultivated - notice issued', 'Brambles and couch grass throughout - notice issued'])[1 + (v.plot_id + v.r) % 2] END
FROM (
    SELECT p.plot_id, g.r,
           make_date(2022 + g.r / 2, CASE WHEN g.r % 2 = 0 THEN 5 ELSE 8 END, 2 + (p.plot_id * 7 + g.r) % 26) AS inspection_date,
           CASE WHEN p.status = 'OVERGROWN' AND g.r >= 4 THEN 'D'
                WHEN p.status = 'VACANT' AND g.r >= 5 THEN (ARRAY['C', 'D'])[1 + p.plot_id % 2]
                ELSE (ARRAY['A', 'B', 'B', 'C', 'B', 'A', 'C', 'D', 'B', 'A', 'B', 'C', 'A'])[1 + (p.plot_id * 3 + g.r * 7) % 13] END AS grade,
           CASE WHEN (p.plot_id + g.r) % 3 = 0 THEN
                     CASE WHEN g.r >= 4 AND p.plot_id % 2 = 0 THEN 9 ELSE (ARRAY[1, 2, 1])[1 + p.plot_id % 3] END
                WHEN w.staff_id IS NOT NULL THEN w.staff_id
                ELSE (ARRAY[2, 1, 2])[1 + (p.plot_id + g.r) % 3] END AS staff_id
    FROM plot p
    CROSS JOIN generate_series(0, 7) AS g(r)
    LEFT JOIN staff w ON w.site_id = p.site_id AND w.role = 'WARDEN'
    WHERE (p.plot_id * 2 + g.r) % 3 = 0
      AND p.plot_id % 31 <> 7
) v;

-- ---------------------------------------------------------------------------
-- Water meters and monthly readings (March to November)
-- ---------------------------------------------------------------------------

INSERT INTO water_meter (water_meter_id, site_id, serial_number, location, install_date) VALUES
    (1,  1, 'EW-BRK-20431', 'Main gate standpipe',     '2022-01-12'),
    (2,  2, 'EW-HIL-18872', 'Top path, by the shed',   '2022-01-12'),
    (3,  3, 'EW-MIL-20117', 'North gate',              '2022-01-13'),
    (4,  3, 'EW-MIL-21954', 'River end, trough feed',  '2022-01-13'),
    (5,  4, 'EW-ORC-19380', 'Car park corner',         '2022-01-14'),
    (6,  5, 'EW-RIV-20766', 'Towpath entrance',        '2022-01-14'),
    (7,  7, 'EW-VIC-20012', 'Pavilion',                '2022-01-17'),
    (8,  7, 'EW-VIC-23508', 'East field, new main',    '2023-04-12'),
    (9,  8, 'EW-WIN-19945', 'Beside the windmill wall', '2022-01-18');

INSERT INTO meter_reading (meter_reading_id, water_meter_id, reading_date, reading_value, usage_m3, staff_id, is_estimated)
SELECT row_number() OVER (ORDER BY u.reading_date, u.water_meter_id)::integer,
       u.water_meter_id, u.reading_date,
       u.opening_value + sum(u.usage_m3) OVER (PARTITION BY u.water_meter_id ORDER BY u.reading_date),
       u.usage_m3,
       u.staff_id,
       u.is_estimated
FROM (
    SELECT m.water_meter_id,
           make_date(y.yr, mo.mon, 1 + (m.water_meter_id * 3 + mo.mon) % 5) AS reading_date,
           (1000 + m.water_meter_id * 1375)::numeric AS opening_value,
           round((ARRAY[1.5, 3.0, 6.5, 11.0, 15.5, 14.0, 9.0, 4.5, 2.0])[mo.mon - 2]
                 * (ARRAY[1.6, 0.9, 1.4, 0.8, 0.7, 1.2, 1.9, 1.1, 1.0])[m.water_meter_id]
                 * (1 + ((m.water_meter_id * 7 + mo.mon * 3 + y.yr) % 9) / 20.0)
                 * (ARRAY[1.00, 1.18, 0.86, 1.07])[y.yr - 2021], 1) AS usage_m3,
           COALESCE((SELECT st.staff_id FROM staff st WHERE st.site_id = m.site_id AND st.role = 'WARDEN'),
                    CASE WHEN y.yr >= 2024 AND mo.mon % 2 = 0 THEN 9 ELSE 2 END) AS staff_id,
           (m.water_meter_id + mo.mon + y.yr) % 13 = 0 AS is_estimated
    FROM water_meter m
    CROSS JOIN generate_series(2022, 2025) AS y(yr)
    CROSS JOIN generate_series(3, 11) AS mo(mon)
    WHERE make_date(y.yr, mo.mon, 1) > m.install_date
) u;

-- ---------------------------------------------------------------------------
-- Shared tools and loans to tenants of the same site
-- ---------------------------------------------------------------------------

INSERT INTO tool (tool_id, site_id, tool_code, tool_name, category, purchase_date, purchase_cost, condition)
SELECT t.k, t.site_id,
       s.site_code || '-' || upper(left(replace(t.tool_name, ' ', ''), 3)) || '-' || lpad(t.k::text, 2, '0'),
       t.tool_name, t.category, t.purchase_date, t.purchase_cost,
       CASE WHEN t.k % 13 = 6 THEN 'RETIRED'
            WHEN t.purchase_date < date '2023-01-01' AND t.k % 3 = 0 THEN 'POOR'
            WHEN t.purchase_date < date '2024-06-01' AND t.k % 2 = 1 THEN 'FAIR'
            ELSE 'GOOD' END
FROM (
    SELECT k,
           (ARRAY[1, 3, 7, 2, 5, 7, 3, 8, 1, 7, 4, 3, 5, 7, 1, 8, 3])[1 + k % 17] AS site_id,
           (ARRAY['Rotavator', 'Wheelbarrow', 'Strimmer', 'Hose reel', 'Spade', 'Hedge trimmer', 'Sack truck',
                  'Lawn mower', 'Watering can set', 'Fork', 'Leaf blower', 'Post rammer'])[1 + (k * 5) % 12] AS tool_name,
           (ARRAY['POWERED', 'WHEELED', 'POWERED', 'WATERING', 'HAND', 'POWERED', 'WHEELED',
                  'POWERED', 'WATERING', 'HAND', 'POWERED', 'HAND'])[1 + (k * 5) % 12] AS category,
           date '2022-02-01' + (k * 47) % 1150 AS purchase_date,
           ((ARRAY[420.00, 89.00, 165.00, 54.00, 32.00, 139.00, 75.00, 310.00, 28.00, 36.00, 119.00, 48.00])[1 + (k * 5) % 12]
             + (k % 5) * 4.50)::numeric(8,2) AS purchase_cost
    FROM generate_series(1, 44) AS g(k)
) t
JOIN site s ON s.site_id = t.site_id;

INSERT INTO tool_loan (tool_loan_id, tool_id, tenant_id, loan_date, due_date, return_date, status, deposit_amount, notes)
SELECT row_number() OVER (ORDER BY l.loan_date, l.tool_id)::integer,
       l.tool_id, l.tenant_id, l.loan_date, l.due_date,
       CASE WHEN l.status = 'RETURNED' THEN l.loan_date + l.days_kept END,
       l.status,
       CASE WHEN l.category = 'POWERED' THEN 25.00 WHEN l.category = 'WHEELED' THEN 10.00 ELSE 0 END,
       CASE WHEN l.status = 'LOST' THEN 'Not returned; deposit kept'
            WHEN l.status = 'RETURNED' AND l.days_kept > l.due_date - l.loan_date THEN 'Returned late'
            WHEN l.k % 17 = 0 THEN 'Returned dirty' END
FROM (
    SELECT c.*, who.tenant_id,
           c.loan_date + CASE WHEN c.category = 'POWERED' THEN 3 ELSE 7 END AS due_date,
           CASE WHEN c.loan_date >= date '2025-11-01' AND c.k % 3 <> 0 THEN 'OUT'
                WHEN c.k % 97 = 13 THEN 'LOST'
                ELSE 'RETURNED' END AS status
    FROM (
        SELECT t.tool_id, t.site_id, t.category, g.n,
               t.tool_id * 100 + g.n AS k,
               t.purchase_date + 5 + g.n * (ARRAY[22, 31, 39, 48, 61])[1 + t.tool_id % 5] + (g.n * t.tool_id) % 9 AS loan_date,
               CASE WHEN t.category = 'POWERED' THEN 1 + (g.n * 3 + t.tool_id) % 5 ELSE 2 + (g.n * 3 + t.tool_id) % 8 END AS days_kept
        FROM tool t
        CROSS JOIN generate_series(0, 80) AS g(n)
    ) c
    CROSS JOIN LATERAL (
        SELECT y.tenant_id
        FROM tenancy y
        JOIN plot p ON p.plot_id = y.plot_id
        WHERE p.site_id = c.site_id
          AND y.start_date <= c.loan_date
          AND (y.end_date IS NULL OR y.end_date >= c.loan_date)
        ORDER BY (y.tenant_id * 7 + c.k) % 13, y.tenant_id % 5, y.tenancy_id
        LIMIT 1
    ) who
    WHERE c.loan_date <= date '2025-11-28'
      AND extract(month FROM c.loan_date) BETWEEN 3 AND 10 OR (c.loan_date BETWEEN date '2025-11-01' AND date '2025-11-28')
) l
WHERE NOT (l.tool_id % 13 = 6 AND l.loan_date > date '2025-03-01');

-- two tools bought at the end of 2025, not yet lent out
INSERT INTO tool (tool_id, site_id, tool_code, tool_name, category, purchase_date, purchase_cost, condition) VALUES
    (45, 7, 'VIC-ROT-45', 'Rotavator',   'POWERED', '2025-11-24', 449.00, 'GOOD'),
    (46, 4, 'ORC-POS-46', 'Post rammer', 'HAND',    '2025-12-02',  52.50, 'GOOD');
