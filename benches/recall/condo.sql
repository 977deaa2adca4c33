-- Sample database of a small holiday-apartment rental agency (owners, apartments in several
-- towns, seasonal nightly rates, guests, reservations by booking channel, cleaning jobs,
-- owner payouts, guest reviews and damage reports), made for the golden set
-- benches/intent/condo.frozen.yaml. Every row is invented and reproducible: fixed lists,
-- generate_series and modular arithmetic, nothing random and nothing tied to today's date.

CREATE TABLE towns (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    region      text NOT NULL,
    country     char(2) NOT NULL,
    currency    char(3) NOT NULL,
    tourist_tax numeric(6,2) NOT NULL,
    archived    boolean NOT NULL DEFAULT false
);

CREATE TABLE owners (
    id         integer PRIMARY KEY,
    full_name  text NOT NULL,
    email      text NOT NULL UNIQUE,
    phone      text,
    country    char(2) NOT NULL,
    iban       text,
    joined_on  date NOT NULL,
    archived   boolean NOT NULL DEFAULT false
);

CREATE TABLE apartments (
    id             integer PRIMARY KEY,
    owner_id       integer NOT NULL REFERENCES owners(id),
    town_id        integer NOT NULL REFERENCES towns(id),
    name           text NOT NULL UNIQUE,
    address        text NOT NULL,
    licence_no     text,
    bedrooms       smallint NOT NULL,
    bathrooms      smallint NOT NULL,
    max_guests     smallint NOT NULL,
    sea_view       boolean NOT NULL DEFAULT false,
    has_pool       boolean NOT NULL DEFAULT false,
    pets_allowed   boolean NOT NULL DEFAULT false,
    cleaning_fee   numeric(8,2) NOT NULL,
    currency       char(3) NOT NULL,
    listed_on      date NOT NULL,
    archived       boolean NOT NULL DEFAULT false
);

CREATE TABLE seasons (
    id         integer PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    kind       text NOT NULL CHECK (kind IN ('low', 'shoulder', 'peak')),
    starts_on  date NOT NULL,
    ends_on    date NOT NULL
);

CREATE TABLE rates (
    id            integer PRIMARY KEY,
    apartment_id  integer NOT NULL REFERENCES apartments(id),
    season_id     integer NOT NULL REFERENCES seasons(id),
    nightly_rate  numeric(8,2) NOT NULL,
    currency      char(3) NOT NULL,
    min_nights    smallint NOT NULL,
    UNIQUE (apartment_id, season_id)
);

CREATE TABLE channels (
    id              integer PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    commission_pct  numeric(5,2) NOT NULL,
    archived        boolean NOT NULL DEFAULT false
);

CREATE TABLE guests (
    id          integer PRIMARY KEY,
    full_name   text NOT NULL,
    email       text NOT NULL UNIQUE,
    phone       text,
    country     char(2) NOT NULL,
    created_at  timestamp NOT NULL,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    archived    boolean NOT NULL DEFAULT false
);

CREATE TABLE reservations (
    id            integer PRIMARY KEY,
    apartment_id  integer NOT NULL REFERENCES apartments(id),
    guest_id      integer NOT NULL REFERENCES guests(id),
    channel_id    integer NOT NULL REFERENCES channels(id),
    booked_at     timestamp NOT NULL,
    check_in      date NOT NULL,
    check_out     date NOT NULL,
    adults        smallint NOT NULL,
    children      smallint NOT NULL DEFAULT 0,
    status        text NOT NULL,
    cancelled_at  timestamp,
    total_amount  numeric(10,2) NOT NULL,
    currency      char(3) NOT NULL,
    notes         text,
    CHECK (check_out > check_in)
);

CREATE TABLE cleaners (
    id         integer PRIMARY KEY,
    full_name  text NOT NULL,
    phone      text,
    town_id    integer NOT NULL REFERENCES towns(id),
    hourly_rate numeric(6,2) NOT NULL,
    currency   char(3) NOT NULL,
    archived   boolean NOT NULL DEFAULT false
);

CREATE TABLE cleaning_jobs (
    id                integer PRIMARY KEY,
    apartment_id      integer NOT NULL REFERENCES apartments(id),
    reservation_id    integer REFERENCES reservations(id),
    cleaner_id        integer NOT NULL REFERENCES cleaners(id),
    job_type          text NOT NULL,
    scheduled_on      date NOT NULL,
    completed_at      timestamp,
    duration_minutes  integer,
    cost              numeric(8,2) NOT NULL,
    currency          char(3) NOT NULL,
    status            text NOT NULL
);

CREATE TABLE owner_payouts (
    id            integer PRIMARY KEY,
    owner_id      integer NOT NULL REFERENCES owners(id),
    period_start  date NOT NULL,
    amount        numeric(10,2) NOT NULL,
    currency      char(3) NOT NULL,
    status        text NOT NULL,
    paid_on       date,
    reference     text
);

CREATE TABLE reviews (
    id                integer PRIMARY KEY,
    reservation_id    integer NOT NULL UNIQUE REFERENCES reservations(id),
    rating            smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    cleanliness       smallint NOT NULL CHECK (cleanliness BETWEEN 1 AND 5),
    comment           text,
    submitted_at      timestamp NOT NULL,
    host_replied      boolean NOT NULL DEFAULT false
);

CREATE TABLE damage_reports (
    id                integer PRIMARY KEY,
    apartment_id      integer NOT NULL REFERENCES apartments(id),
    reservation_id    integer REFERENCES reservations(id),
    reported_on       date NOT NULL,
    category          text NOT NULL,
    description       text NOT NULL,
    estimated_cost    numeric(8,2) NOT NULL,
    currency          char(3) NOT NULL,
    charged_to_guest  boolean NOT NULL DEFAULT false,
    resolved          boolean NOT NULL DEFAULT false
);

-- towns -------------------------------------------------------------------------------------
INSERT INTO towns (id, name, region, country, currency, tourist_tax, archived) VALUES
    (1, 'Lagos',      'Algarve',    'PT', 'EUR', 2.00, false),
    (2, 'Albufeira',  'Algarve',    'PT', 'EUR', 2.00, false),
    (3, 'Tavira',     'Algarve',    'PT', 'EUR', 1.50, false),
    (4, 'Funchal',    'Madeira',    'PT', 'EUR', 2.00, false),
    (5, 'Nerja',      'Andalusia',  'ES', 'EUR', 1.00, false),
    (6, 'Marbella',   'Andalusia',  'ES', 'EUR', 1.50, false),
    (7, 'St Ives',    'Cornwall',   'GB', 'GBP', 0.00, false),
    (8, 'Padstow',    'Cornwall',   'GB', 'GBP', 0.00, false),
    (9, 'Sagres',     'Algarve',    'PT', 'EUR', 1.00, true);

-- owners ------------------------------------------------------------------------------------
INSERT INTO owners (id, full_name, email, phone, country, iban, joined_on, archived)
SELECT o,
       n.full_name,
       lower(replace(n.full_name, ' ', '.')) || '@owners.example',
       '+' || (300000000 + o * 7919)::text,
       n.country,
       CASE WHEN o % 9 = 4 THEN NULL ELSE n.country || lpad((o * 104729 % 100000000)::text, 20, '0') END,
       date '2021-03-01' + (o * 47 % 1000),
       o = 27
FROM generate_series(1, 30) AS o
JOIN (VALUES
    (1,  'Joao Ferreira',     'PT'), (2,  'Margaret Collins',  'GB'), (3,  'Hans Becker',       'DE'),
    (4,  'Ana Rodrigues',     'PT'), (5,  'Pieter de Vries',   'NL'), (6,  'Carmen Ortega',     'ES'),
    (7,  'David Thompson',    'GB'), (8,  'Sofia Almeida',     'PT'), (9,  'Michael Greene',    'US'),
    (10, 'Luis Navarro',      'ES'), (11, 'Helen Walsh',       'IE'), (12, 'Rui Carvalho',      'PT'),
    (13, 'Ingrid Larsson',    'SE'), (14, 'Peter Hughes',      'GB'), (15, 'Marta Santos',      'PT'),
    (16, 'Jean-Luc Moreau',   'FR'), (17, 'Isabel Morales',    'ES'), (18, 'Thomas Wright',     'GB'),
    (19, 'Catarina Sousa',    'PT'), (20, 'Klaus Hoffmann',    'DE'), (21, 'Patricia Doyle',    'IE'),
    (22, 'Miguel Torres',     'ES'), (23, 'Susan Miller',      'US'), (24, 'Nuno Pereira',      'PT'),
    (25, 'Elizabeth Carter',  'GB'), (26, 'Anders Nilsson',    'SE'), (27, 'Beatriz Lopes',     'PT'),
    (28, 'Robert Fischer',    'DE'), (29, 'Claire Dubois',     'FR'), (30, 'James Porter',      'GB')
) AS n(id, full_name, country) ON n.id = o;

-- apartments --------------------------------------------------------------------------------
INSERT INTO apartments (id, owner_id, town_id, name, address, licence_no, bedrooms, bathrooms,
                        max_guests, sea_view, has_pool, pets_allowed, cleaning_fee, currency,
                        listed_on, archived)
SELECT a,
       (ARRAY[1,2,3,1,4,5,6,7,2,8,9,10,11,1,12,13,3,14,15,16,
              17,2,18,19,20,21,4,22,23,24,1,25,26,6,13,28,5,9,12,2,
              14,15,3,18,20,1,22,7,24,25,8,10,11,16,17,19,21,27,26,28])[a],
       t.town_id,
       (ARRAY['Sunny','Blue','Coral','Golden','Quiet','Salt','White','Olive','Pine','Harbour'])[1 + (a - 1) % 10]
           || ' ' ||
       (ARRAY['Loft','Terrace','Studio','House','Flat','Retreat'])[1 + (a - 1) / 10],
       (ARRAY['Rua','Avenida','Calle','Travessa','Street'])[1 + a % 5] || ' ' || (a * 13 % 97 + 1)::text
           || ', ' || tw.name,
       CASE WHEN tw.country = 'GB' THEN NULL
            WHEN tw.country = 'PT' THEN (10000 + a * 211)::text || '/AL'
            ELSE 'VFT/MA/' || (2000 + a * 37)::text END,
       1 + (a * 7) % 4,
       1 + (a * 7) % 4 / 2,
       2 * (1 + (a * 7) % 4) + (a % 2),
       a % 3 <> 0,
       a % 4 = 1,
       a % 6 = 2,
       (40 + ((a * 7) % 4) * 15 + (a % 3) * 5)::numeric(8,2),
       tw.currency,
       date '2021-01-15' + (a * 29 % 700),
       a IN (13, 41, 58)
FROM generate_series(1, 60) AS a
CROSS JOIN LATERAL (SELECT (ARRAY[1,1,1,2,2,3,3,4,4,5,5,5,6,6,7,8,1,2,5,4])[1 + a % 20] AS town_id) AS t
JOIN towns tw ON tw.id = t.town_id;

-- seasons: five a year, 2022 to 2025 ----------------------------------------------------------
INSERT INTO seasons (id, name, kind, starts_on, ends_on)
SELECT (y - 2022) * 5 + s.n,
       s.label || ' ' || y,
       s.kind,
       make_date(y, s.m1, 1),
       (make_date(y, s.m2, 1) + interval '1 month' - interval '1 day')::date
FROM generate_series(2022, 2025) AS y
CROSS JOIN (VALUES
    (1, 'Winter',        'low',      1,  3),
    (2, 'Spring',        'shoulder', 4,  6),
    (3, 'Summer',        'peak',     7,  8),
    (4, 'Autumn',        'shoulder', 9, 10),
    (5, 'Late autumn',   'low',     11, 12)
) AS s(n, label, kind, m1, m2);

-- rates: one per apartment and season ----------------------------------------------------------
INSERT INTO rates (id, apartment_id, season_id, nightly_rate, currency, min_nights)
SELECT (a.id - 1) * 20 + s.id,
       a.id,
       s.id,
       round((55 + a.bedrooms * 25 + CASE WHEN a.sea_view THEN 30 ELSE 0 END
                 + CASE WHEN a.has_pool THEN 20 ELSE 0 END + (a.id % 7) * 5)
             * CASE s.kind WHEN 'low' THEN 0.7 WHEN 'shoulder' THEN 1.0 ELSE 1.6 END
             * (1 + 0.05 * (extract(year FROM s.starts_on) - 2022)))::numeric(8,2),
       a.currency,
       CASE s.kind WHEN 'peak' THEN 5 WHEN 'shoulder' THEN 3 ELSE 2 END
FROM apartments a
CROSS JOIN seasons s
WHERE NOT (a.archived AND s.starts_on >= date '2024-07-01');

-- channels ----------------------------------------------------------------------------------
INSERT INTO channels (id, name, commission_pct, archived) VALUES
    (1, 'Airbnb',       15.00, false),
    (2, 'Booking.com',  17.00, false),
    (3, 'Direct',        0.00, false),
    (4, 'Vrbo',         12.00, false),
    (5, 'Expedia',      18.00, false),
    (6, 'Phone',         0.00, false),
    (7, 'Travel agent', 10.00, false),
    (8, 'HomeAway',     12.00, true);

-- guests ------------------------------------------------------------------------------------
INSERT INTO guests (id, full_name, email, phone, country, created_at, marketing_opt_in, archived)
SELECT g,
       f.first || ' ' || l.last,
       lower(f.first || '.' || l.last || g::text) || '@mail.example',
       CASE WHEN g % 8 = 3 THEN NULL ELSE '+' || (440000000 + g * 15485)::text END,
       (ARRAY['GB','GB','GB','DE','DE','NL','FR','PT','ES','US','IE','BE','SE','GB','DE','IT','US','CH'])[1 + (g * 7) % 18],
       timestamp '2021-06-01 09:00' + (g * 0.97 || ' days')::interval + ((g * 131) % 600 || ' minutes')::interval,
       g % 3 = 0,
       g % 41 = 0 AND g <= 1400
FROM generate_series(1, 1500) AS g
JOIN unnest(ARRAY[
        'Oliver','Emma','Lukas','Sophie','Daan','Chloe','Tiago','Lucia','Jack','Mia',
        'Liam','Hannah','Noah','Ines','Felix','Grace','Mateo','Julia','Sean','Freya',
        'Erik','Alice','Marco','Clara','Ethan','Nora','Louis','Eva','Samuel','Laura']) WITH ORDINALITY AS f(first, i)
    ON f.i = 1 + (g - 1) % 30
JOIN unnest(ARRAY[
        'Smith','Muller','Jansen','Martin','Silva','Garcia','Brown','Murphy','Andersson','Rossi',
        'Taylor','Schmidt','Bakker','Bernard','Costa','Lopez','Wilson','Kelly','Berg','Bianchi',
        'Evans','Weber','Visser','Petit','Oliveira','Jones','Fischer','Dekker','Dubois','Santos',
        'Fernandez','Davies','Walsh','Lindqvist','Ricci','Roberts','Wagner','Smit','Laurent','Pereira',
        'Martinez','Hughes','Byrne','Nilsson','Greco','Clarke','Hansen','Vermeulen','Girard','Moreira']) WITH ORDINALITY AS l(last, i)
    ON l.i = 1 + ((g - 1) / 30 + 3 * ((g - 1) % 30)) % 50;

-- reservations ------------------------------------------------------------------------------
-- Each apartment's stays follow one another: the length of a stay and the gap before the next
-- arrival depend on the month (long stays and short gaps in summer, the reverse in winter), so
-- no two stays in one apartment overlap. Archived apartments stop taking guests in mid-2024.
CREATE FUNCTION pg_temp.stay_nights(d date, a integer, n integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN extract(month FROM d) IN (7, 8)     THEN 5 + (a * 3 + n * 7) % 9
                WHEN extract(month FROM d) IN (6, 9)     THEN 4 + (a * 3 + n * 7) % 7
                WHEN extract(month FROM d) IN (4, 5, 10) THEN 3 + (a * 3 + n * 7) % 6
                ELSE 2 + (a * 3 + n * 7) % 5 END
$$;
CREATE FUNCTION pg_temp.stay_gap(d date, a integer, n integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN extract(month FROM d) BETWEEN 6 AND 9  THEN 1 + (a * 5 + n * 3) % 8
                WHEN extract(month FROM d) IN (4, 5, 10)    THEN 10 + (a * 5 + n * 3) % 25
                ELSE 30 + (a * 7 + n * 11) % 40 END
$$;

CREATE TEMP TABLE stays AS
WITH RECURSIVE s(apartment_id, n, check_in, nights) AS (
    SELECT a.id, 0, d.first_in, pg_temp.stay_nights(d.first_in, a.id, 0)
    FROM apartments a
    CROSS JOIN LATERAL (SELECT greatest(date '2022-01-03' + (a.id * 5) % 29, a.listed_on + 10) AS first_in) AS d
    UNION ALL
    SELECT s.apartment_id, s.n + 1, nx.check_in, pg_temp.stay_nights(nx.check_in, s.apartment_id, s.n + 1)
    FROM s
    CROSS JOIN LATERAL (SELECT s.check_in + s.nights
                               + pg_temp.stay_gap(s.check_in + s.nights, s.apartment_id, s.n) AS check_in) AS nx
    WHERE nx.check_in <= date '2025-12-20'
)
SELECT row_number() OVER (ORDER BY s.check_in, s.apartment_id) AS k,
       s.apartment_id, s.n, s.check_in, s.nights
FROM s
JOIN apartments a ON a.id = s.apartment_id
WHERE NOT (a.archived AND s.check_in >= date '2024-06-01');

INSERT INTO reservations (id, apartment_id, guest_id, channel_id, booked_at, check_in, check_out,
                          adults, children, status, cancelled_at, total_amount, currency, notes)
SELECT st.k,
       st.apartment_id,
       CASE WHEN st.k % 4 = 0 THEN 1 + (st.k * 7) % 150
            ELSE 151 + (st.k * 389) % 1250 END,
       ch.channel_id,
       st.check_in - (4 + (st.apartment_id * 13 + st.n * 17) % 120)
           + ((st.apartment_id * 17 + st.n * 29) % 1440 || ' minutes')::interval,
       st.check_in,
       st.check_in + st.nights,
       least(a.max_guests, 1 + (st.apartment_id + st.n) % 4),
       least(a.max_guests - least(a.max_guests, 1 + (st.apartment_id + st.n) % 4), (st.apartment_id * st.n) % 3),
       sts.status,
       CASE WHEN sts.status = 'cancelled'
            THEN st.check_in - (1 + (st.apartment_id + st.n) % 3) + time '10:15' END,
       round(CASE WHEN cur.currency = 'USD' THEN 1.08 ELSE 1 END
             * (r.nightly_rate * st.nights + a.cleaning_fee), 2),
       cur.currency,
       CASE WHEN (st.apartment_id + st.n) % 17 = 0 THEN 'late arrival'
            WHEN (st.apartment_id + st.n) % 23 = 0 THEN 'travelling with a dog'
            WHEN (st.apartment_id + st.n) % 29 = 0 THEN 'needs a cot' END
FROM stays st
JOIN apartments a ON a.id = st.apartment_id
JOIN towns tw ON tw.id = a.town_id
JOIN seasons s ON st.check_in BETWEEN s.starts_on AND s.ends_on
JOIN rates r ON r.apartment_id = a.id AND r.season_id = s.id
CROSS JOIN LATERAL (SELECT CASE
        WHEN (st.apartment_id * 11 + st.n * 5) % 20 < 7  THEN 1
        WHEN (st.apartment_id * 11 + st.n * 5) % 20 < 12 THEN 2
        WHEN (st.apartment_id * 11 + st.n * 5) % 20 < 15 THEN 3
        WHEN (st.apartment_id * 11 + st.n * 5) % 20 < 17 AND st.check_in < date '2022-07-01' THEN 8
        WHEN (st.apartment_id * 11 + st.n * 5) % 20 < 17 THEN 4
        WHEN (st.apartment_id * 11 + st.n * 5) % 20 < 18 THEN 5
        WHEN (st.apartment_id * 11 + st.n * 5) % 20 < 19 THEN 6
        ELSE 7 END AS channel_id) AS ch
CROSS JOIN LATERAL (SELECT CASE
        WHEN tw.currency = 'GBP' THEN 'GBP'
        WHEN ch.channel_id IN (4, 5, 8) AND (st.apartment_id + st.n) % 2 = 0 THEN 'USD'
        ELSE 'EUR' END AS currency) AS cur
CROSS JOIN LATERAL (SELECT CASE
        WHEN st.check_in >= date '2025-12-01' THEN 'confirmed'
        WHEN (st.apartment_id + st.n * 3) % 11 = 0 THEN 'cancelled'
        WHEN (st.apartment_id * st.n) % 47 = 5 THEN 'no_show'
        ELSE 'completed' END AS status) AS sts;

DROP TABLE stays;

-- cleaners ----------------------------------------------------------------------------------
INSERT INTO cleaners (id, full_name, phone, town_id, hourly_rate, currency, archived) VALUES
    (1,  'Fatima Costa',     '+351910000101', 1, 11.00, 'EUR', false),
    (2,  'Irina Popescu',    '+351910000102', 1, 10.50, 'EUR', false),
    (3,  'Graca Martins',    '+351910000103', 2, 10.00, 'EUR', false),
    (4,  'Vera Nunes',       '+351910000104', 2, 10.50, 'EUR', true),
    (5,  'Lurdes Pinto',     '+351910000105', 3, 9.50,  'EUR', false),
    (6,  'Olena Shevchenko', '+351910000106', 3, 10.00, 'EUR', false),
    (7,  'Rosa Freitas',     '+351910000107', 4, 10.00, 'EUR', false),
    (8,  'Manuela Gomes',    '+351910000108', 4, 11.50, 'EUR', false),
    (9,  'Dolores Ruiz',     '+34610000109',  5, 12.00, 'EUR', false),
    (10, 'Pilar Castillo',   '+34610000110',  5, 11.00, 'EUR', false),
    (11, 'Rocio Jimenez',    '+34610000111',  6, 12.50, 'EUR', false),
    (12, 'Nadia Amrani',     '+34610000112',  6, 12.00, 'EUR', false),
    (13, 'Karen Penrose',    '+447700900113', 7, 13.00, 'GBP', false),
    (14, 'Tracy Nance',      '+447700900114', 7, 12.50, 'GBP', false),
    (15, 'Jenny Trelawny',   '+447700900115', 8, 13.50, 'GBP', false),
    (16, 'Marek Nowak',      '+447700900116', 8, 12.00, 'GBP', true);

-- cleaning jobs: a turnover clean after every stay that happened (or is booked), and a deep
-- clean of every apartment each January ---------------------------------------------------------
INSERT INTO cleaning_jobs (id, apartment_id, reservation_id, cleaner_id, job_type, scheduled_on,
                           completed_at, duration_minutes, cost, currency, status)
SELECT row_number() OVER (ORDER BY j.scheduled_on, j.apartment_id, j.job_type DESC),
       j.apartment_id, j.reservation_id, j.cleaner_id, j.job_type, j.scheduled_on,
       CASE WHEN j.status = 'done'
            THEN j.scheduled_on + time '11:00' + (j.duration_minutes || ' minutes')::interval END,
       CASE WHEN j.status = 'done' THEN j.duration_minutes END,
       j.cost, j.currency, j.status
FROM (
    SELECT r.apartment_id,
           r.id AS reservation_id,
           (a.town_id - 1) * 2 + 1 + CASE WHEN a.town_id IN (2, 8) AND r.check_out >= date '2024-09-01' THEN 0
                                          ELSE r.id % 2 END AS cleaner_id,
           'turnover' AS job_type,
           r.check_out AS scheduled_on,
           CASE WHEN r.status = 'confirmed' THEN 'scheduled'
                WHEN r.id % 53 = 7 THEN 'missed'
                ELSE 'done' END AS status,
           60 + a.bedrooms * 30 + (r.id % 4) * 10 AS duration_minutes,
           round(a.cleaning_fee * 0.7, 2) AS cost,
           a.currency
    FROM reservations r
    JOIN apartments a ON a.id = r.apartment_id
    WHERE r.status IN ('completed', 'confirmed')
    UNION ALL
    SELECT a.id,
           NULL,
           (a.town_id - 1) * 2 + 1 + CASE WHEN a.town_id IN (2, 8) AND y >= 2025 THEN 0 ELSE (a.id + y) % 2 END,
           'deep_clean',
           make_date(y, 1, 8 + a.id % 20),
           'done',
           180 + a.bedrooms * 60,
           round(a.cleaning_fee * 2.5, 2),
           a.currency
    FROM apartments a
    CROSS JOIN generate_series(2023, 2025) AS y
    WHERE NOT (a.archived AND y >= 2025)
      AND make_date(y, 1, 8 + a.id % 20) >= a.listed_on
) AS j;

-- owner payouts: monthly, per owner and currency, 80 % of what the guest paid after the
-- channel's commission, for stays that ended that month -------------------------------------------
INSERT INTO owner_payouts (id, owner_id, period_start, amount, currency, status, paid_on, reference)
SELECT row_number() OVER (ORDER BY p.period_start, p.owner_id, p.currency),
       p.owner_id, p.period_start, p.amount, p.currency,
       CASE WHEN p.period_start >= date '2025-11-01' THEN 'pending'
            WHEN p.owner_id = 11 AND p.period_start = date '2025-10-01' THEN 'on_hold'
            ELSE 'paid' END,
       CASE WHEN p.period_start >= date '2025-10-01' AND NOT (p.period_start = date '2025-10-01' AND p.owner_id <> 11)
            THEN NULL
            ELSE (p.period_start + interval '1 month' + ((8 + p.owner_id % 5) || ' days')::interval)::date END,
       'PO-' || to_char(p.period_start, 'YYYYMM') || '-' || lpad(p.owner_id::text, 3, '0') || '-' || p.currency
FROM (
    SELECT a.owner_id,
           date_trunc('month', r.check_out)::date AS period_start,
           r.currency,
           round(sum(r.total_amount * (1 - c.commission_pct / 100) * 0.8), 2) AS amount
    FROM reservations r
    JOIN apartments a ON a.id = r.apartment_id
    JOIN channels c ON c.id = r.channel_id
    WHERE r.status = 'completed'
    GROUP BY a.owner_id, date_trunc('month', r.check_out), r.currency
) AS p;

-- reviews: about six in ten completed stays get one ------------------------------------------------
INSERT INTO reviews (id, reservation_id, rating, cleanliness, comment, submitted_at, host_replied)
SELECT row_number() OVER (ORDER BY r.id),
       r.id,
       CASE WHEN (r.id * 13 + r.apartment_id) % 20 = 0 THEN 1
            WHEN (r.id * 13 + r.apartment_id) % 20 < 3 THEN 2
            WHEN (r.id * 13 + r.apartment_id) % 20 < 6 THEN 3
            WHEN (r.id * 13 + r.apartment_id) % 20 < 12 + r.apartment_id % 3 THEN 4
            ELSE 5 END,
       CASE WHEN (r.id * 7 + r.apartment_id * 3) % 25 < 2 THEN 2
            WHEN (r.id * 7 + r.apartment_id * 3) % 25 < 6 THEN 3
            WHEN (r.id * 7 + r.apartment_id * 3) % 25 < 13 THEN 4
            ELSE 5 END,
       (ARRAY['Lovely place, would come back.', 'Great location near the beach.',
              'Clean and comfortable.', 'A bit noisy at night.', 'Host was very helpful.',
              'Wifi was slow.', NULL, 'Perfect for a family holiday.', 'Check-in was confusing.',
              NULL])[1 + r.id % 10],
       r.check_out + (1 + r.id % 9) + ((r.id * 37) % 900 || ' minutes')::interval + time '08:00',
       r.id % 4 <> 1
FROM reservations r
WHERE r.status = 'completed'
  AND (r.id * 7) % 10 < 6;

-- damage reports ----------------------------------------------------------------------------------
INSERT INTO damage_reports (id, apartment_id, reservation_id, reported_on, category, description,
                            estimated_cost, currency, charged_to_guest, resolved)
SELECT row_number() OVER (ORDER BY d.reported_on, d.apartment_id),
       d.apartment_id, d.reservation_id, d.reported_on, d.category, d.description,
       d.estimated_cost, d.currency, d.charged_to_guest, d.resolved
FROM (
    SELECT r.apartment_id,
           r.id AS reservation_id,
           r.check_out AS reported_on,
           k.category,
           k.description,
           (k.base + (r.id % 7) * 15)::numeric(8,2) AS estimated_cost,
           a.currency,
           r.id % 3 <> 0 AS charged_to_guest,
           r.check_out < date '2025-07-01' OR r.id % 2 = 0 AS resolved
    FROM reservations r
    JOIN apartments a ON a.id = r.apartment_id
    JOIN (VALUES
        (0, 'breakage',  'Broken glasses and plates',           25),
        (1, 'linen',     'Stained bed linen and towels',         40),
        (2, 'furniture', 'Damaged sofa or chair',               180),
        (3, 'appliance', 'Broken kitchen appliance',            220),
        (4, 'walls',     'Marks and scuffs on walls, repaint',   150),
        (5, 'keys',      'Keys not returned, lock changed',       90)
    ) AS k(n, category, description, base) ON k.n = (r.id / 29) % 6
    WHERE r.status = 'completed' AND r.id % 29 = 0
    UNION ALL
    SELECT a.id, NULL, make_date(2022 + a.id % 4, 1 + a.id % 3, 10 + a.id % 15),
           'storm', 'Storm damage to shutters and terrace',
           (300 + a.id * 10)::numeric(8,2), a.currency, false, true
    FROM apartments a
    WHERE a.id % 9 = 4
) AS d;
