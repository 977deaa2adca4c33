-- Salon sample database: "Fringe & Fable", an independent hair and beauty salon with
-- two branches (Old Town, open since 2016, and Harbourside, opened 1 March 2023).
-- Clients book appointments with one stylist; each stylist has a grade (junior, senior,
-- director) that sets the price multiplier applied to list prices and the commission rate.
-- appointment_service lists the services actually carried out in each appointment;
-- no-show appointments (no_show = true) have no service lines and no tip. A NULL tip
-- means the client did not tip. Retail products are sold to clients (walk-in sales have
-- no client). commission_payment holds each stylist's monthly commission on service
-- revenue; paid_on is NULL while a payment is still outstanding.
-- Money is in pounds sterling (GBP) as numeric; durations are PostgreSQL intervals;
-- appointment day and start time are kept in separate date and time columns.
-- Extract taken on 2025-07-01; activity covers 2 January 2023 to 30 June 2025.

BEGIN;

CREATE TABLE branch (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    street      text NOT NULL,
    city        text NOT NULL,
    opened_on   date NOT NULL,
    chair_count integer NOT NULL CHECK (chair_count > 0)
);

CREATE TABLE grade (
    id               integer PRIMARY KEY,
    name             text NOT NULL UNIQUE CHECK (name IN ('junior', 'senior', 'director')),
    price_multiplier numeric(3,2) NOT NULL CHECK (price_multiplier > 0),
    commission_rate  numeric(3,2) NOT NULL CHECK (commission_rate BETWEEN 0 AND 1)
);

CREATE TABLE stylist (
    id               integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    grade_id         integer NOT NULL REFERENCES grade (id),
    branch_id        integer NOT NULL REFERENCES branch (id),
    hired_on         date NOT NULL,
    left_on          date,
    instagram_handle text,
    CHECK (left_on IS NULL OR left_on > hired_on)
);

CREATE TABLE service_category (
    id   integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE service (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    category_id integer NOT NULL REFERENCES service_category (id),
    list_price  numeric(7,2) NOT NULL CHECK (list_price > 0),
    duration    interval NOT NULL CHECK (duration > interval '0'),
    is_active   boolean NOT NULL DEFAULT true
);

CREATE TABLE client (
    id               integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            text,
    phone            text,
    home_branch_id   integer NOT NULL REFERENCES branch (id),
    joined_on        date NOT NULL,
    marketing_opt_in boolean NOT NULL DEFAULT false
);

CREATE TABLE appointment (
    id            integer PRIMARY KEY,
    client_id     integer NOT NULL REFERENCES client (id),
    stylist_id    integer NOT NULL REFERENCES stylist (id),
    branch_id     integer NOT NULL REFERENCES branch (id),
    appt_date     date NOT NULL,
    start_time    time NOT NULL CHECK (start_time BETWEEN time '08:00' AND time '20:00'),
    duration      interval NOT NULL CHECK (duration > interval '0'),
    booked_online boolean NOT NULL,
    no_show       boolean NOT NULL DEFAULT false,
    tip_amount    numeric(6,2) CHECK (tip_amount > 0)
);

CREATE TABLE appointment_service (
    id               integer PRIMARY KEY,
    appointment_id   integer NOT NULL REFERENCES appointment (id),
    service_id       integer NOT NULL REFERENCES service (id),
    price_charged    numeric(7,2) NOT NULL CHECK (price_charged >= 0),
    loyalty_discount boolean NOT NULL DEFAULT false
);

CREATE TABLE product (
    id           integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    brand        text NOT NULL,
    product_line text NOT NULL CHECK (product_line IN
                     ('shampoo', 'conditioner', 'styling', 'treatment', 'nail care', 'gift set')),
    retail_price numeric(7,2) NOT NULL CHECK (retail_price > 0),
    cost_price   numeric(7,2) NOT NULL CHECK (cost_price > 0),
    discontinued boolean NOT NULL DEFAULT false
);

CREATE TABLE product_sale (
    id         integer PRIMARY KEY,
    product_id integer NOT NULL REFERENCES product (id),
    branch_id  integer NOT NULL REFERENCES branch (id),
    client_id  integer REFERENCES client (id),
    stylist_id integer REFERENCES stylist (id),
    sold_on    date NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(7,2) NOT NULL CHECK (unit_price > 0)
);

CREATE TABLE commission_payment (
    id              integer PRIMARY KEY,
    stylist_id      integer NOT NULL REFERENCES stylist (id),
    period_month    date NOT NULL CHECK (extract(day FROM period_month) = 1),
    service_revenue numeric(9,2) NOT NULL CHECK (service_revenue >= 0),
    commission_rate numeric(3,2) NOT NULL,
    amount          numeric(9,2) NOT NULL CHECK (amount >= 0),
    paid_on         date,
    UNIQUE (stylist_id, period_month)
);

-- ---------------------------------------------------------------- reference data

INSERT INTO branch VALUES
 (1, 'Old Town',    '14 Cobbler''s Row',   'Wexbridge', '2016-04-01', 8),
 (2, 'Harbourside', '3 Quayside Terrace', 'Wexbridge', '2023-03-01', 6);

INSERT INTO grade VALUES
 (1, 'junior',   0.85, 0.30),
 (2, 'senior',   1.00, 0.35),
 (3, 'director', 1.20, 0.40);

INSERT INTO stylist VALUES
 ( 1, 'Imogen', 'Harte',     3, 1, '2016-03-01', NULL,         '@imogen.cuts'),
 ( 2, 'Callum', 'Rees',      2, 1, '2018-06-11', NULL,         '@callumrees_hair'),
 ( 3, 'Priya',  'Shah',      2, 1, '2019-09-02', NULL,         NULL),
 ( 4, 'Nadia',  'Kowalski',  1, 1, '2022-08-15', NULL,         '@nadia.colours'),
 ( 5, 'Tom',    'Ellery',    1, 1, '2023-09-04', NULL,         NULL),
 ( 6, 'Freya',  'Lund',      2, 1, '2020-01-06', '2024-10-31', '@freya.balayage'),
 ( 7, 'Ruby',   'Okafor',    1, 1, '2024-11-04', NULL,         NULL),
 ( 8, 'Marcus', 'Webb',      3, 2, '2023-02-01', NULL,         '@marcuswebbhair'),
 ( 9, 'Sofia',  'Marino',    2, 2, '2023-02-13', NULL,         '@sofia.styles'),
 (10, 'Jade',   'Pennington',1, 2, '2023-03-01', '2024-05-31', NULL),
 (11, 'Ellis',  'Grant',     2, 2, '2023-06-05', NULL,         NULL),
 (12, 'Hana',   'Sato',      1, 2, '2024-06-10', NULL,         '@hana.nails'),
 (13, 'Owen',   'Pryce',     1, 2, '2025-01-13', NULL,         NULL),
 (14, 'Leah',   'Byrne',     2, 2, '2024-02-05', NULL,         '@leahbyrne.hair');

INSERT INTO service_category VALUES
 (1, 'Cutting & Styling'),
 (2, 'Colour'),
 (3, 'Treatments'),
 (4, 'Nails'),
 (5, 'Brows & Lashes');

INSERT INTO service VALUES
 ( 1, 'Women''s cut & finish',       1,  58.00, '60 minutes',  true),
 ( 2, 'Men''s cut',                  1,  28.00, '30 minutes',  true),
 ( 3, 'Children''s cut',             1,  18.00, '30 minutes',  true),
 ( 4, 'Blow-dry',                    1,  32.00, '45 minutes',  true),
 ( 5, 'Restyle cut',                 1,  72.00, '75 minutes',  true),
 ( 6, 'Occasion up-do',              1,  65.00, '60 minutes',  true),
 ( 7, 'Full head colour',            2,  85.00, '90 minutes',  true),
 ( 8, 'Root touch-up',               2,  55.00, '60 minutes',  true),
 ( 9, 'Half-head highlights',        2,  95.00, '120 minutes', true),
 (10, 'Full-head highlights',        2, 130.00, '150 minutes', true),
 (11, 'Balayage',                    2, 160.00, '180 minutes', true),
 (12, 'Toner & gloss',               2,  30.00, '30 minutes',  true),
 (13, 'Deep conditioning treatment', 3,  20.00, '20 minutes',  true),
 (14, 'Keratin smoothing',           3, 180.00, '150 minutes', true),
 (15, 'Scalp treatment',             3,  25.00, '30 minutes',  true),
 (16, 'Manicure',                    4,  30.00, '45 minutes',  true),
 (17, 'Gel manicure',                4,  38.00, '60 minutes',  true),
 (18, 'Pedicure',                    4,  40.00, '60 minutes',  true),
 (19, 'Brow shape',                  5,  16.00, '20 minutes',  true),
 (20, 'Brow & lash tint',            5,  24.00, '30 minutes',  true),
 (21, 'Classic perm',                1,  90.00, '120 minutes', false),
 (22, 'Lash lift',                   5,  45.00, '45 minutes',  true);

INSERT INTO product VALUES
 ( 1, 'Hydrating Shampoo 250ml',      'Aurelle',     'shampoo',     16.50,  7.20, false),
 ( 2, 'Hydrating Conditioner 250ml',  'Aurelle',     'conditioner', 17.50,  7.60, false),
 ( 3, 'Colour Guard Shampoo 300ml',   'Northlight',  'shampoo',     19.00,  8.10, false),
 ( 4, 'Colour Guard Conditioner 300ml','Northlight', 'conditioner', 20.00,  8.60, false),
 ( 5, 'Purple Toning Shampoo',        'Northlight',  'shampoo',     18.00,  7.90, false),
 ( 6, 'Sea Salt Texture Spray',       'Kelpie & Co', 'styling',     14.00,  5.10, false),
 ( 7, 'Matte Clay Paste 75ml',        'Kelpie & Co', 'styling',     13.00,  4.80, false),
 ( 8, 'Heat Shield Spray',            'Aurelle',     'styling',     15.50,  6.00, false),
 ( 9, 'Strong Hold Hairspray',        'Velvetine',   'styling',     11.00,  3.90, false),
 (10, 'Bond Repair Mask',             'Northlight',  'treatment',   28.00, 12.50, false),
 (11, 'Argan Hair Oil 50ml',          'Velvetine',   'treatment',   22.00,  9.40, false),
 (12, 'Scalp Serum',                  'Aurelle',     'treatment',   26.00, 11.00, false),
 (13, 'Cuticle Oil',                  'Velvetine',   'nail care',    9.50,  3.20, false),
 (14, 'Gel-Safe Nail Strengthener',   'Velvetine',   'nail care',   12.00,  4.50, false),
 (15, 'Festive Haircare Gift Set',    'Aurelle',     'gift set',    39.00, 18.00, false),
 (16, 'Dry Shampoo',                  'Kelpie & Co', 'styling',      9.00,  3.40, true);

-- ---------------------------------------------------------------- generated data
-- pg_temp.mix(n, salt) is a deterministic scrambler returning 0..999.

CREATE FUNCTION pg_temp.mix(n bigint, salt integer) RETURNS integer
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE h bigint := ((n + salt * 1000003) * 2654435761) & 4294967295;
BEGIN
  h := h # (h >> 16);
  h := (h * 73244475) & 4294967295;
  h := h # (h >> 16);
  h := (h * 73244475) & 4294967295;
  h := h # (h >> 16);
  RETURN (h % 1000)::integer;
END
$$;

-- clients: 420, of which 401..420 registered but never booked
INSERT INTO client
SELECT i,
       (ARRAY['Amelia','Olivia','Isla','Ava','Grace','Lily','Sophie','Evie','Ella','Chloe',
              'Poppy','Jessica','Mia','Hannah','Charlotte','Emily','Zara','Layla','Megan','Holly',
              'Aisha','Niamh','Rosie','Maya','Harriet','Lucy','Eleanor','Alice','Daisy','Phoebe',
              'Oliver','James','Noah','Harry','Jack','Leo','Arjun','Samuel','Daniel','Finn'])[i % 40 + 1],
       (ARRAY['Bennett','Carter','Dawson','Fletcher','Gill','Hughes','Iqbal','Jenkins','Kaur','Lawson',
              'Morgan','Nash','O''Brien','Patel','Quinn','Russell','Stone','Turner','Vaughan','Walsh',
              'Young','Ahmed','Blake','Chapman','Doyle','Ellis','Foster','Griffiths','Hale','Khan'])
              [((i / 40) * 7 + i) % 30 + 1],
       NULL,
       CASE WHEN i % 19 = 5 THEN NULL ELSE '07700 9' || lpad(((i * 367) % 100000)::text, 5, '0') END,
       CASE WHEN i % 5 IN (0, 3) THEN 2 ELSE 1 END,
       date '2024-01-15' + (i * 37) % 500,
       i % 3 <> 0
FROM generate_series(1, 420) i;

UPDATE client
SET email = CASE WHEN id % 7 = 3 OR id % 11 = 6 THEN NULL
                 ELSE lower(replace(first_name || '.' || last_name, '''', '')) || (id % 90 + 10) || '@example.com' END;

-- bookable clients ranked within their home branch
CREATE TEMP TABLE _bc AS
SELECT home_branch_id AS b, row_number() OVER (PARTITION BY home_branch_id ORDER BY id) AS r,
       id AS client_id, count(*) OVER (PARTITION BY home_branch_id) AS cnt
FROM client WHERE id <= 400;

-- appointment slots: one row per appointment, busier on late-week days, in spring,
-- early summer and December, and from 2024 on
CREATE TEMP TABLE _slot AS
WITH days AS (
    SELECT g::date AS d, (g::date - date '2023-01-02') AS di
    FROM generate_series(date '2023-01-02', date '2025-06-30', interval '1 day') g
), bd AS (
    SELECT d, di, b.id AS b
    FROM days CROSS JOIN branch b
    WHERE extract(isodow FROM d) <> 7
      AND to_char(d, 'MM-DD') NOT IN ('12-25', '12-26', '01-01')
      AND d >= b.opened_on
      AND NOT (b.id = 2 AND extract(isodow FROM d) = 1)
)
SELECT row_number() OVER (ORDER BY d, b, s) AS n, d, di, b, s
FROM bd CROSS JOIN LATERAL generate_series(1, greatest(1,
        CASE b WHEN 1 THEN 2 ELSE 1 END
      + CASE extract(isodow FROM d)::int WHEN 1 THEN -1 WHEN 4 THEN 1 WHEN 5 THEN 2 WHEN 6 THEN 3 ELSE 0 END
      + CASE extract(month FROM d)::int WHEN 1 THEN -1 WHEN 4 THEN 1 WHEN 5 THEN 1 WHEN 6 THEN 1
                                        WHEN 8 THEN -1 WHEN 11 THEN 1 WHEN 12 THEN 3 ELSE 0 END
      + CASE WHEN d >= date '2024-01-01' THEN 1 ELSE 0 END
      + (di * 7) % 3 - 1)) s;

-- stylists on duty per branch and day, weighted (seniors take the most bookings)
CREATE TEMP TABLE _duty AS
SELECT x.d, x.b, row_number() OVER (PARTITION BY x.d, x.b ORDER BY st.id, r) AS rn,
       count(*) OVER (PARTITION BY x.d, x.b) AS c, st.id AS stylist_id
FROM (SELECT DISTINCT d, b FROM _slot) x
JOIN stylist st ON st.branch_id = x.b AND st.hired_on <= x.d
               AND (st.left_on IS NULL OR st.left_on >= x.d)
JOIN grade g ON g.id = st.grade_id
CROSS JOIN LATERAL generate_series(1, CASE g.name WHEN 'director' THEN 2
                                                 WHEN 'senior' THEN 4 ELSE 3 END) r;

CREATE TEMP TABLE _pick AS
SELECT s.n, s.d, s.di, s.b, s.s,
       CASE WHEN pg_temp.mix(s.n, 3) < 60 THEN 3 - s.b ELSE s.b END AS cb,
       power(pg_temp.mix(s.n, 2) / 1000.0, 1.7) * (0.35 + 0.65 * s.di / 910.0) AS cf,
       pg_temp.mix(s.n, 1) AS sm
FROM _slot s;

INSERT INTO appointment (id, client_id, stylist_id, branch_id, appt_date, start_time, duration,
                         booked_online, no_show, tip_amount)
SELECT s.n,
       bc.client_id,
       du.stylist_id,
       s.b,
       s.d,
       time '09:00' + ((s.s * 5 + s.di * 3 + s.b)
                       % CASE WHEN extract(isodow FROM s.d) = 4 THEN 21 ELSE 17 END) * interval '30 minutes',
       interval '1 minute',   -- set below from the services booked
       pg_temp.mix(s.n, 5) < CASE extract(year FROM s.d)::int WHEN 2023 THEN 250 WHEN 2024 THEN 400 ELSE 550 END,
       pg_temp.mix(s.n, 6) < 45,
       NULL
FROM _pick s
JOIN (SELECT DISTINCT b, cnt FROM _bc) bn ON bn.b = s.cb
JOIN _bc bc ON bc.b = s.cb AND bc.r = 1 + floor(s.cf * bn.cnt)::int
JOIN (SELECT DISTINCT d, b, c FROM _duty) dc ON dc.d = s.d AND dc.b = s.b
JOIN _duty du ON du.d = s.d AND du.b = s.b AND du.rn = 1 + s.sm % dc.c;

-- services booked in each appointment (primary service plus common add-ons)
CREATE TEMP TABLE _line AS
WITH p AS (
    SELECT a.id, a.appt_date,
           CASE
             WHEN m < 200 THEN 1
             WHEN m < 310 THEN 2
             WHEN m < 350 THEN 3
             WHEN m < 450 THEN 4
             WHEN m < 480 THEN 5
             WHEN m < 500 THEN CASE WHEN extract(month FROM a.appt_date) IN (6, 12) OR m < 490 THEN 6 ELSE 4 END
             WHEN m < 570 THEN 7
             WHEN m < 650 THEN 8
             WHEN m < 700 THEN 9
             WHEN m < 730 THEN 10
             WHEN m < 755 THEN 11
             WHEN m < 770 THEN 14
             WHEN m < 790 THEN 15
             WHEN m < 830 THEN 16
             WHEN m < 870 THEN 17
             WHEN m < 910 THEN 18
             WHEN m < 960 THEN 19
             WHEN m < 990 THEN CASE WHEN a.appt_date >= date '2024-06-01' AND m >= 975 THEN 22 ELSE 20 END
             ELSE CASE WHEN a.appt_date < date '2024-01-01' THEN 21 ELSE 1 END
           END AS svc
    FROM appointment a
    CROSS JOIN LATERAL (SELECT pg_temp.mix(a.id, 4) AS m) mm
)
SELECT id AS appt_id, 1 AS line_no, svc AS service_id FROM p
UNION ALL
SELECT id, 2,
       CASE
         WHEN svc IN (7, 8, 9, 10, 11) THEN CASE WHEN pg_temp.mix(id, 8) < 650 THEN 1 ELSE 4 END
         WHEN svc IN (1, 5) THEN 13
         WHEN svc IN (16, 17) THEN 18
         WHEN svc = 19 THEN 20
       END
FROM p
WHERE (svc IN (7, 8, 9, 10, 11) AND pg_temp.mix(id, 8) < 900)
   OR (svc IN (1, 5) AND pg_temp.mix(id, 8) < 120)
   OR (svc IN (16, 17) AND pg_temp.mix(id, 8) < 250)
   OR (svc = 19 AND pg_temp.mix(id, 8) < 400)
UNION ALL
SELECT id, 3, 12 FROM p
WHERE svc IN (9, 10, 11) AND pg_temp.mix(id, 9) < 200;

UPDATE appointment a
SET duration = t.total
FROM (SELECT l.appt_id, sum(sv.duration) AS total
      FROM _line l JOIN service sv ON sv.id = l.service_id
      GROUP BY l.appt_id) t
WHERE t.appt_id = a.id;

INSERT INTO appointment_service (id, appointment_id, service_id, price_charged, loyalty_discount)
SELECT row_number() OVER (ORDER BY l.appt_id, l.line_no),
       l.appt_id,
       l.service_id,
       round(round(sv.list_price * g.price_multiplier
                   * CASE extract(year FROM a.appt_date)::int WHEN 2023 THEN 0.92 WHEN 2024 THEN 0.96 ELSE 1.00 END)
             * CASE WHEN pg_temp.mix(l.appt_id * 3 + l.line_no, 10) < 80 THEN 0.90 ELSE 1.00 END, 2),
       pg_temp.mix(l.appt_id * 3 + l.line_no, 10) < 80
FROM _line l
JOIN appointment a ON a.id = l.appt_id
JOIN stylist st ON st.id = a.stylist_id
JOIN grade g ON g.id = st.grade_id
JOIN service sv ON sv.id = l.service_id
WHERE NOT a.no_show;

-- tips: a little over half of the clients who turn up leave one
UPDATE appointment a
SET tip_amount = greatest(1.00, round(t.bill * (0.05 + pg_temp.mix(a.id, 12) / 1000.0 * 0.12) * 2) / 2)
FROM (SELECT appointment_id, sum(price_charged) AS bill
      FROM appointment_service GROUP BY appointment_id) t
WHERE t.appointment_id = a.id
  AND NOT a.no_show
  AND pg_temp.mix(a.id, 11) < CASE WHEN extract(month FROM a.appt_date) = 12 THEN 700 ELSE 540 END;

-- client records were created at the first visit; Old Town regulars seen in the first
-- weeks of 2023 were already on the books
UPDATE client c
SET joined_on = CASE WHEN f.first_visit < date '2023-02-15' AND c.home_branch_id = 1
                     THEN date '2016-04-01' + (c.id * 523) % 2400
                     ELSE f.first_visit - (c.id % 3) END
FROM (SELECT client_id, min(appt_date) AS first_visit FROM appointment GROUP BY client_id) f
WHERE f.client_id = c.id;

-- retail sales: after about a quarter of completed appointments, plus walk-in purchases
CREATE TEMP TABLE _sale AS
SELECT a.appt_date AS sold_on, 1 AS src, a.id AS ref, a.branch_id, a.client_id, a.stylist_id,
       CASE
         WHEN extract(month FROM a.appt_date) IN (11, 12) AND pg_temp.mix(a.id, 14) < 300 THEN 15
         WHEN l.service_id IN (7, 8, 9, 10, 11) THEN (ARRAY[3, 4, 3, 5, 10, 4, 3, 11])[pg_temp.mix(a.id, 15) % 8 + 1]
         WHEN l.service_id IN (16, 17, 18) THEN (ARRAY[13, 14, 13])[pg_temp.mix(a.id, 15) % 3 + 1]
         WHEN l.service_id IN (13, 14, 15) THEN (ARRAY[10, 12, 11])[pg_temp.mix(a.id, 15) % 3 + 1]
         WHEN l.service_id = 2 THEN (ARRAY[7, 7, 6, 9, 16])[pg_temp.mix(a.id, 15) % 5 + 1]
         ELSE (ARRAY[1, 2, 1, 6, 8, 9, 11, 16, 2, 8])[pg_temp.mix(a.id, 15) % 10 + 1]
       END AS product_id,
       pg_temp.mix(a.id, 16) AS qm
FROM appointment a
JOIN _line l ON l.appt_id = a.id AND l.line_no = 1
WHERE NOT a.no_show AND pg_temp.mix(a.id, 13) < 270
UNION ALL
SELECT date '2023-01-02' + (i * 577) % 910, 2, i,
       CASE WHEN i % 3 = 0 THEN 2 ELSE 1 END, NULL, NULL,
       CASE WHEN (i * 577) % 910 BETWEEN 310 AND 356 OR (i * 577) % 910 BETWEEN 675 AND 721 THEN 15
            ELSE (ARRAY[1, 9, 6, 16, 3, 13, 1, 11, 8, 2, 7, 9])[pg_temp.mix(i, 17) % 12 + 1] END,
       pg_temp.mix(i, 18)
FROM generate_series(1, 320) i;

INSERT INTO product_sale (id, product_id, branch_id, client_id, stylist_id, sold_on, quantity, unit_price)
SELECT row_number() OVER (ORDER BY s.sold_on, s.src, s.ref),
       CASE WHEN s.product_id = 16 AND s.sold_on >= date '2024-04-01' THEN 6
            WHEN s.product_id = 15 AND extract(month FROM s.sold_on) NOT IN (11, 12) THEN 1
            ELSE s.product_id END,
       s.branch_id,
       s.client_id,
       s.stylist_id,
       CASE WHEN s.src = 2 AND s.branch_id = 2 AND s.sold_on < date '2023-03-01'
            THEN s.sold_on + 60 ELSE s.sold_on END,
       CASE WHEN s.qm < 850 THEN 1 WHEN s.qm < 970 THEN 2 ELSE 3 END,
       0.01
FROM _sale s;

-- no trading on 25-26 December and 1 January, on Sundays, or on Mondays at Harbourside:
-- move walk-in sales on those days to a trading day
UPDATE product_sale
SET sold_on = sold_on + CASE to_char(sold_on, 'MM-DD') WHEN '12-25' THEN -1 ELSE 1 END
WHERE to_char(sold_on, 'MM-DD') IN ('12-25', '12-26', '01-01');

UPDATE product_sale
SET sold_on = sold_on - CASE WHEN extract(isodow FROM sold_on) = 7 THEN 1 ELSE 2 END
WHERE extract(isodow FROM sold_on) = 7
   OR (branch_id = 2 AND extract(isodow FROM sold_on) = 1);

UPDATE product_sale ps
SET unit_price = round(p.retail_price
                       * CASE extract(year FROM ps.sold_on)::int WHEN 2023 THEN 0.94 WHEN 2024 THEN 0.97 ELSE 1.00 END, 2)
FROM product p
WHERE p.id = ps.product_id;

-- monthly commission on service revenue, paid on the 15th of the following month
INSERT INTO commission_payment (id, stylist_id, period_month, service_revenue, commission_rate, amount, paid_on)
SELECT row_number() OVER (ORDER BY m.period_month, m.stylist_id),
       m.stylist_id, m.period_month, m.revenue, g.commission_rate,
       round(m.revenue * g.commission_rate, 2),
       CASE WHEN m.period_month + interval '1 month 14 days' <= date '2025-07-01'
            THEN (m.period_month + interval '1 month 14 days')::date END
FROM (SELECT a.stylist_id, date_trunc('month', a.appt_date)::date AS period_month,
             sum(aps.price_charged) AS revenue
      FROM appointment a
      JOIN appointment_service aps ON aps.appointment_id = a.id
      GROUP BY a.stylist_id, date_trunc('month', a.appt_date)) m
JOIN stylist st ON st.id = m.stylist_id
JOIN grade g ON g.id = st.grade_id;

DROP TABLE _sale;
DROP TABLE _line;
DROP TABLE _pick;
DROP TABLE _duty;
DROP TABLE _slot;
DROP TABLE _bc;
DROP FUNCTION pg_temp.mix(bigint, integer);

COMMIT;

ANALYZE;
