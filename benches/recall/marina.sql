-- Data of a marina: its pontoons and berths (slips) by size, berth holders (owners) and their
-- boats, berthing seasons and berth contracts per season, fuel dock sales, the boatyard's staff,
-- yard jobs and haul-outs (lift-outs onto the hard), invoices and the payments against them,
-- and the waiting list for a berth; used as the sample database of the golden set
-- benches/intent/marina.yaml. Every row is invented and reproducible (generate_series, fixed
-- value lists and modular arithmetic; no random(), no now()).
-- Amounts are of type money, durations of type interval. The data runs to the end of 2025:
-- yard jobs opened after 2025-11-20 are still in progress, and boats hauled out for them are
-- still ashore (no haul_out_duration yet).

CREATE TABLE pontoons (
    id                  integer PRIMARY KEY,
    code                char(1) NOT NULL UNIQUE,
    name                text NOT NULL UNIQUE,
    max_boat_length_m   numeric(5,2) NOT NULL,
    has_shore_power     boolean NOT NULL,
    has_fresh_water     boolean NOT NULL,
    is_visitor_pontoon  boolean NOT NULL DEFAULT false
);

CREATE TABLE berths (
    id                integer PRIMARY KEY,
    pontoon_id        integer NOT NULL REFERENCES pontoons (id),
    berth_number      text NOT NULL UNIQUE,
    berth_type        text NOT NULL,          -- finger, alongside, hammerhead
    length_m          numeric(5,2) NOT NULL,
    width_m           numeric(5,2) NOT NULL,
    depth_m           numeric(4,2) NOT NULL,  -- depth at chart datum
    shore_power_amps  integer,                -- null where the berth has no power post
    is_out_of_service boolean NOT NULL DEFAULT false
);

CREATE TABLE owners (
    id             integer PRIMARY KEY,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          text NOT NULL UNIQUE,
    phone          text NOT NULL,
    city           text NOT NULL,
    country        text NOT NULL,
    is_club_member boolean NOT NULL,
    joined_on      date NOT NULL
);

CREATE TABLE boats (
    id                  integer PRIMARY KEY,
    owner_id            integer NOT NULL REFERENCES owners (id),
    name                text NOT NULL UNIQUE,
    boat_type           text NOT NULL,      -- sailing yacht, motor cruiser, catamaran, rib, fishing boat
    make                text NOT NULL,
    length_m            numeric(5,2) NOT NULL,
    beam_m              numeric(4,2) NOT NULL,
    draft_m             numeric(4,2) NOT NULL,
    year_built          integer NOT NULL,
    hull_material       text NOT NULL,
    registration_number text NOT NULL UNIQUE
);

CREATE TABLE seasons (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    season_type text NOT NULL,             -- summer, winter
    starts_on   date NOT NULL,
    ends_on     date NOT NULL
);

CREATE TABLE berth_contracts (
    id            integer PRIMARY KEY,
    boat_id       integer NOT NULL REFERENCES boats (id),
    berth_id      integer NOT NULL REFERENCES berths (id),
    season_id     integer NOT NULL REFERENCES seasons (id),
    signed_on     date NOT NULL,
    starts_on     date NOT NULL,
    ends_on       date NOT NULL,
    fee           money NOT NULL,
    is_liveaboard boolean NOT NULL DEFAULT false,
    status        text NOT NULL,           -- completed, cancelled
    UNIQUE (berth_id, season_id),
    UNIQUE (boat_id, season_id)
);

CREATE TABLE fuel_sales (
    id                integer PRIMARY KEY,
    boat_id           integer REFERENCES boats (id),   -- null for visiting boats
    visitor_boat_name text,                            -- set for visiting boats only
    sold_at           timestamp NOT NULL,
    fuel_type         text NOT NULL,                   -- diesel, petrol
    litres            numeric(7,2) NOT NULL,
    price_per_litre   money NOT NULL,
    amount            money NOT NULL,
    payment_method    text NOT NULL                    -- card, cash, account
);

CREATE TABLE staff (
    id          integer PRIMARY KEY,
    full_name   text NOT NULL UNIQUE,
    role        text NOT NULL,
    hired_on    date NOT NULL,
    hourly_rate money NOT NULL,
    is_active   boolean NOT NULL DEFAULT true
);

CREATE TABLE yard_jobs (
    id               integer PRIMARY KEY,
    boat_id          integer NOT NULL REFERENCES boats (id),
    staff_id         integer NOT NULL REFERENCES staff (id),
    job_type         text NOT NULL,
    opened_on        date NOT NULL,
    completed_on     date,
    status           text NOT NULL,        -- completed, in progress, cancelled
    labour_duration  interval,
    labour_cost      money,
    parts_cost       money
);

CREATE TABLE haul_outs (
    id                integer PRIMARY KEY,
    boat_id           integer NOT NULL REFERENCES boats (id),
    yard_job_id       integer REFERENCES yard_jobs (id),   -- null for winter storage lifts
    hauled_out_at     timestamp NOT NULL,
    haul_out_duration interval,                            -- null while the boat is still ashore
    lift_type         text NOT NULL,                       -- travel lift, crane, slipway
    reason            text NOT NULL,                       -- yard work, winter storage
    fee               money NOT NULL
);

CREATE TABLE invoices (
    id                integer PRIMARY KEY,
    invoice_number    text NOT NULL UNIQUE,
    owner_id          integer NOT NULL REFERENCES owners (id),
    category          text NOT NULL,       -- berthing, yard work, haul-out
    berth_contract_id integer REFERENCES berth_contracts (id),
    yard_job_id       integer REFERENCES yard_jobs (id),
    haul_out_id       integer REFERENCES haul_outs (id),
    issued_on         date NOT NULL,
    due_on            date NOT NULL,
    amount            money NOT NULL,
    status            text NOT NULL        -- paid, part paid, unpaid
);

CREATE TABLE payments (
    id         integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES invoices (id),
    paid_on    date NOT NULL,
    amount     money NOT NULL,
    method     text NOT NULL               -- card, bank transfer, cash, cheque
);

CREATE TABLE waiting_list_entries (
    id                    integer PRIMARY KEY,
    owner_id              integer NOT NULL REFERENCES owners (id),
    boat_length_m         numeric(5,2) NOT NULL,
    preferred_pontoon_id  integer REFERENCES pontoons (id),
    added_on              date NOT NULL,
    status                text NOT NULL,   -- waiting, offered, accepted, withdrawn
    offered_on            date
);

-- ---------------------------------------------------------------- pontoons and berths
INSERT INTO pontoons (id, code, name, max_boat_length_m, has_shore_power, has_fresh_water, is_visitor_pontoon) VALUES
    (1, 'A', 'Alpha',    10.00, true,  true,  false),
    (2, 'B', 'Bravo',    12.00, true,  true,  false),
    (3, 'C', 'Charlie',  14.00, true,  true,  false),
    (4, 'D', 'Delta',    17.00, true,  false, false),
    (5, 'E', 'Echo',     21.00, true,  true,  false),
    (6, 'F', 'Foxtrot',  30.00, true,  true,  false),
    (7, 'V', 'Visitors', 18.00, false, true,  true);

-- 20 berths per pontoon; berth 20 is the hammerhead at the pontoon's end.
INSERT INTO berths (id, pontoon_id, berth_number, berth_type, length_m, width_m, depth_m, shore_power_amps, is_out_of_service)
SELECT i,
       p,
       (ARRAY['A','B','C','D','E','F','V'])[p] || lpad(n::text, 2, '0'),
       CASE WHEN n = 20 THEN 'hammerhead'
            WHEN p = 6 OR (p = 7 AND n % 2 = 0) THEN 'alongside'
            ELSE 'finger' END,
       (ARRAY[8, 10, 12, 15, 18, 24, 14])[p] + (n % 3) * 1.0
           + CASE WHEN n = 20 THEN 2 ELSE 0 END,
       round(((ARRAY[8, 10, 12, 15, 18, 24, 14])[p] + (n % 3)) * 0.36, 2),
       (ARRAY[2.20, 2.40, 2.60, 2.80, 3.20, 4.00, 3.00])[p] + (n % 4) * 0.10,
       CASE WHEN p = 7 AND n % 3 <> 0 THEN NULL
            WHEN p <= 2 THEN 16
            WHEN p <= 4 THEN CASE WHEN n % 4 = 0 THEN 32 ELSE 16 END
            WHEN p = 5 THEN 32
            WHEN p = 6 THEN 63
            ELSE 16 END,
       (n = 13 AND p IN (2, 4, 5)) OR (n = 7 AND p = 7)
FROM generate_series(1, 140) AS i,
     LATERAL (SELECT (i - 1) / 20 + 1 AS p, (i - 1) % 20 + 1 AS n) AS x;

-- ---------------------------------------------------------------- owners and boats
INSERT INTO owners (id, first_name, last_name, email, phone, city, country, is_club_member, joined_on)
SELECT i, f, l,
       lower(f) || '.' || lower(replace(l, '''', '')) || '@' ||
           (ARRAY['mail.example','sailmail.example','post.example'])[1 + i % 3],
       '+44 7' || lpad(((i * 7919) % 1000000000)::text, 9, '0'),
       CASE WHEN i % 11 = 0 THEN (ARRAY['Cherbourg','Rotterdam','Hamburg','Cork'])[1 + (i / 11) % 4]
            ELSE (ARRAY['Southampton','Portsmouth','Winchester','London','Chichester',
                        'Salisbury','Bournemouth','Guildford','Reading'])[1 + (i * 5) % 9] END,
       CASE WHEN i % 11 = 0 THEN (ARRAY['France','Netherlands','Germany','Ireland'])[1 + (i / 11) % 4]
            ELSE 'United Kingdom' END,
       i % 3 = 0,
       DATE '2014-03-01' + ((i * 397) % 4200)
FROM generate_series(1, 180) AS i,
     LATERAL (SELECT (ARRAY['James','Sarah','David','Emma','Richard','Claire','Peter','Helen',
                            'Andrew','Louise','Mark','Fiona','Simon','Rachel','Paul','Karen',
                            'Tom','Alice','Nick','Jane'])[1 + i % 20] AS f,
                     (ARRAY['Harris','Bennett','Clarke','Fletcher','Hughes','Marsh','Turner',
                            'Wright','Cooper','Baxter','Holloway','Pearce','Dawson','Griffin',
                            'Lambert','Mason','Newman','O''Brien','Palmer','Reeves','Sutton',
                            'Warren','Young'])[1 + i % 23] AS l) AS nm;

-- Owners 151-180 have no boat here yet (they are on the waiting list).
INSERT INTO boats (id, owner_id, name, boat_type, make, length_m, beam_m, draft_m, year_built, hull_material, registration_number)
SELECT i,
       ((i * 7) % 150) + 1,
       (ARRAY['Sea','Blue','Silver','Wild','Morning','Salty','Northern','Golden','Lucky','Quiet',
              'Restless','Southern','Misty','Jolly','Red'])[1 + i % 15] || ' ' ||
       (ARRAY['Breeze','Heron','Spray','Dancer','Tern','Wanderer','Star','Swallow','Lady',
              'Otter','Spirit','Gull','Venture','Harmony'])[1 + i % 14],
       t,
       CASE t WHEN 'sailing yacht' THEN (ARRAY['Beneteau','Jeanneau','Bavaria','Hallberg-Rassy','Westerly'])[1 + (i / 20) % 5]
              WHEN 'motor cruiser' THEN (ARRAY['Princess','Sunseeker','Fairline','Haines'])[1 + (i / 20) % 4]
              WHEN 'catamaran'     THEN (ARRAY['Lagoon','Fountaine Pajot','Leopard'])[1 + (i / 20) % 3]
              WHEN 'rib'           THEN (ARRAY['Ribeye','Avon','Ballistic'])[1 + (i / 20) % 3]
              ELSE (ARRAY['Orkney','Wilson Flyer','Cygnus'])[1 + (i / 20) % 3] END,
       len,
       round(len * CASE t WHEN 'catamaran' THEN 0.52 WHEN 'rib' THEN 0.40 ELSE 0.33 END, 2),
       round(CASE t WHEN 'sailing yacht' THEN 1.20 + len * 0.11
                    WHEN 'catamaran' THEN 0.90 + len * 0.02
                    WHEN 'rib' THEN 0.45
                    ELSE 0.60 + len * 0.05 END, 2),
       1975 + (i * 17) % 49,
       CASE WHEN t = 'rib' THEN 'hypalon'
            WHEN i % 13 = 0 THEN 'steel'
            WHEN i % 17 = 0 THEN 'wood'
            WHEN i % 19 = 0 THEN 'aluminium'
            ELSE 'GRP' END,
       'SSR' || (100000 + i * 613)::text
FROM generate_series(1, 200) AS i,
     LATERAL (SELECT CASE WHEN i % 20 < 9  THEN 'sailing yacht'
                          WHEN i % 20 < 14 THEN 'motor cruiser'
                          WHEN i % 20 < 16 THEN 'catamaran'
                          WHEN i % 20 < 18 THEN 'rib'
                          ELSE 'fishing boat' END AS t) AS ty,
     LATERAL (SELECT CASE t WHEN 'rib' THEN 5.5 + (i % 5) * 0.5
                            WHEN 'fishing boat' THEN 6.5 + (i % 7) * 0.5
                            WHEN 'catamaran' THEN 11.0 + ((i * 3) % 9) * 0.5
                            ELSE 7.5 + ((i * 13) % 33) * 0.5 END AS len) AS ln;

-- ---------------------------------------------------------------- seasons and berth contracts
INSERT INTO seasons (id, name, season_type, starts_on, ends_on) VALUES
    (1, 'Summer 2022',    'summer', DATE '2022-04-01', DATE '2022-09-30'),
    (2, 'Winter 2022/23', 'winter', DATE '2022-10-01', DATE '2023-03-31'),
    (3, 'Summer 2023',    'summer', DATE '2023-04-01', DATE '2023-09-30'),
    (4, 'Winter 2023/24', 'winter', DATE '2023-10-01', DATE '2024-03-31'),
    (5, 'Summer 2024',    'summer', DATE '2024-04-01', DATE '2024-09-30'),
    (6, 'Winter 2024/25', 'winter', DATE '2024-10-01', DATE '2025-03-31'),
    (7, 'Summer 2025',    'summer', DATE '2025-04-01', DATE '2025-09-30');

-- In each season a share of the boats takes a berth on pontoons A-F; boats are matched to
-- berths by size (the k-th shortest boat of the season gets a berth of matching rank).
WITH takers AS (
    SELECT s.id AS season_id, b.id AS boat_id, b.length_m,
           row_number() OVER (PARTITION BY s.id ORDER BY b.length_m, b.id) AS r,
           count(*) OVER (PARTITION BY s.id) AS n
    FROM seasons s
    JOIN boats b ON (b.id * 3 + s.id * 5) % 10 < (ARRAY[5, 3, 5, 4, 6, 4, 6])[s.id]
                AND b.id % 23 <> s.id
), ranked_berths AS (
    SELECT id, length_m, row_number() OVER (ORDER BY length_m, id) AS r
    FROM berths WHERE pontoon_id <= 6
), matched AS (
    SELECT t.season_id, t.boat_id, rb.id AS berth_id, rb.length_m AS berth_length
    FROM takers t
    JOIN ranked_berths rb ON rb.r = ceil(t.r * 120.0 / t.n)
), numbered AS (
    SELECT m.*, row_number() OVER (ORDER BY m.season_id, m.berth_id) AS k
    FROM matched m
)
INSERT INTO berth_contracts (id, boat_id, berth_id, season_id, signed_on, starts_on, ends_on, fee, is_liveaboard, status)
SELECT nb.k, nb.boat_id, nb.berth_id, nb.season_id,
       s.starts_on - (10 + (nb.k * 7) % 50)::int,
       s.starts_on,
       s.ends_on,
       (round(nb.berth_length
              * CASE s.season_type WHEN 'summer' THEN 310 ELSE 185 END
              * power(1.05, extract(year FROM s.starts_on) - 2022)
              * CASE WHEN o.is_club_member THEN 0.90 ELSE 1.00 END, 2))::numeric::money,
       nb.boat_id % 25 = 0,
       CASE WHEN nb.k % 19 = 0 THEN 'cancelled' ELSE 'completed' END
FROM numbered nb
JOIN seasons s ON s.id = nb.season_id
JOIN boats bo ON bo.id = nb.boat_id
JOIN owners o ON o.id = bo.owner_id;

-- ---------------------------------------------------------------- fuel dock
INSERT INTO fuel_sales (id, boat_id, visitor_boat_name, sold_at, fuel_type, litres, price_per_litre, amount, payment_method)
SELECT i,
       CASE WHEN i % 6 = 0 THEN NULL ELSE ((i * 11) % 200) + 1 END,
       CASE WHEN i % 6 = 0 THEN (ARRAY['Kittiwake','Aurora','Bluebird','Seraphina','Mistral',
                                        'Papillon','Nordlys','Zephyr','Calypso','Petrel'])[1 + (i / 6) % 10] END,
       d + TIME '08:00' + make_interval(mins => (i * 37) % 600),
       ft,
       lt,
       pr::numeric::money,
       round(lt * pr, 2)::numeric::money,
       CASE WHEN i % 6 = 0 THEN (ARRAY['card','card','cash'])[1 + i % 3]
            WHEN i % 4 = 0 THEN 'account'
            WHEN i % 9 = 0 THEN 'cash'
            ELSE 'card' END
FROM generate_series(1, 1800) AS i,
     LATERAL (SELECT CASE WHEN i % 3 = 0
                          THEN make_date(2022 + (i / 3) % 4, 5, 1) + ((i * 7) % 150)
                          ELSE DATE '2022-01-01' + ((i * 17) % 1461) END AS d) AS dd,
     LATERAL (SELECT CASE WHEN i % 4 = 1 OR (i % 6 = 0 AND i % 12 <> 0) THEN 'petrol' ELSE 'diesel' END AS ft) AS f,
     LATERAL (SELECT CASE WHEN ft = 'petrol' THEN 15 + (i * 29) % 120 + (i % 4) * 0.25
                          ELSE 25 + (i * 29) % 380 + (i % 4) * 0.25 END AS lt) AS l,
     LATERAL (SELECT CASE ft WHEN 'diesel' THEN (ARRAY[1.89, 1.64, 1.56, 1.49])[extract(year FROM d)::int - 2021]
                             ELSE (ARRAY[1.97, 1.76, 1.68, 1.62])[extract(year FROM d)::int - 2021] END AS pr) AS p;

-- ---------------------------------------------------------------- boatyard staff
INSERT INTO staff (id, full_name, role, hired_on, hourly_rate, is_active) VALUES
    ( 1, 'Graham Whitlock',  'marina manager',      DATE '2012-04-02', 38.00, true),
    ( 2, 'Julie Fenwick',    'office administrator', DATE '2016-09-12', 19.50, true),
    ( 3, 'Ben Carter',       'office administrator', DATE '2022-02-14', 17.80, true),
    ( 4, 'Sean Malloy',      'yard manager',        DATE '2014-01-06', 31.00, true),
    ( 5, 'Kevin Rourke',     'shipwright',          DATE '2015-03-16', 26.50, true),
    ( 6, 'Dan Pritchard',    'shipwright',          DATE '2019-05-20', 24.00, true),
    ( 7, 'Lucy Ashworth',    'shipwright',          DATE '2022-03-01', 22.50, true),
    ( 8, 'Mike Trelawney',   'marine engineer',     DATE '2013-07-08', 29.00, true),
    ( 9, 'Owen Pascoe',      'marine engineer',     DATE '2018-11-05', 27.00, true),
    (10, 'Ravi Mehta',       'marine engineer',     DATE '2023-04-17', 25.00, true),
    (11, 'Colin Drake',      'rigger',              DATE '2017-02-27', 25.50, true),
    (12, 'Hannah Pike',      'marine electrician',  DATE '2020-06-15', 26.00, true),
    (13, 'Stuart Lowe',      'marine electrician',  DATE '2016-08-01', 27.50, false),
    (14, 'Gary Finch',       'lift operator',       DATE '2011-10-10', 21.00, true),
    (15, 'Tony Raines',      'lift operator',       DATE '2021-03-22', 19.00, true),
    (16, 'Josh Kemp',        'dockhand',            DATE '2023-05-02', 13.50, true),
    (17, 'Megan Doyle',      'dockhand',            DATE '2024-04-08', 13.00, true),
    (18, 'Liam Foster',      'dockhand',            DATE '2022-05-09', 13.50, false),
    (19, 'Amy Whitfield',    'dockhand',            DATE '2025-04-14', 12.60, true),
    (20, 'Chris Nolan',      'fuel dock attendant', DATE '2021-06-01', 14.00, true),
    (21, 'Paula Grant',      'fuel dock attendant', DATE '2024-06-03', 13.20, true),
    (22, 'Neil Brennan',     'shipwright',          DATE '2010-02-15', 27.00, false);

-- ---------------------------------------------------------------- yard jobs
-- Antifouling is done in spring, winterisation in autumn; other work all year round.
INSERT INTO yard_jobs (id, boat_id, staff_id, job_type, opened_on, completed_on, status, labour_duration, labour_cost, parts_cost)
SELECT i, boat_id,
       CASE WHEN jt IN ('antifouling', 'hull repair', 'osmosis treatment')
                 THEN CASE WHEN od < DATE '2022-03-01' THEN (ARRAY[5, 6, 22])[1 + i % 3]
                           WHEN od < DATE '2023-01-01' THEN (ARRAY[5, 6, 7, 22])[1 + i % 4]
                           ELSE (ARRAY[5, 6, 7])[1 + i % 3] END
            WHEN jt IN ('engine service', 'winterisation')
                 THEN CASE WHEN od < DATE '2023-04-17' THEN (ARRAY[8, 9])[1 + i % 2]
                           ELSE (ARRAY[8, 9, 10])[1 + i % 3] END
            WHEN jt = 'rigging' THEN 11
            WHEN jt = 'electrical' THEN CASE WHEN od < DATE '2024-01-01' AND i % 3 = 0 THEN 13 ELSE 12 END
            ELSE 4 END,
       jt, od,
       CASE WHEN st = 'completed' THEN od + days END,
       st,
       CASE WHEN st <> 'cancelled' THEN make_interval(hours => hrs, mins => (i % 2) * 30) END,
       CASE WHEN st <> 'cancelled' THEN round((hrs + (i % 2) * 0.5) * (ARRAY[65, 68, 72, 75])[extract(year FROM od)::int - 2021], 2)::numeric::money END,
       CASE WHEN st <> 'cancelled' THEN parts::numeric::money END
FROM generate_series(1, 520) AS i,
     LATERAL (SELECT ((i * 19) % 200) + 1 AS boat_id,
                     CASE WHEN i % 20 < 5  THEN 'antifouling'
                          WHEN i % 20 < 9  THEN 'engine service'
                          WHEN i % 20 < 11 THEN 'hull repair'
                          WHEN i % 20 < 13 THEN 'rigging'
                          WHEN i % 20 < 15 THEN 'electrical'
                          WHEN i % 20 < 18 THEN 'winterisation'
                          WHEN i % 20 = 18 THEN 'osmosis treatment'
                          ELSE 'survey' END AS jt) AS a,
     LATERAL (SELECT CASE jt WHEN 'antifouling'   THEN make_date(2022 + (i / 20) % 4, 2, 1) + ((i * 7) % 80)
                             WHEN 'winterisation' THEN make_date(2022 + (i / 20) % 4, 10, 1) + ((i * 5) % 55)
                             ELSE DATE '2022-01-04' + ((i * 173) % 1448) END AS od) AS o,
     LATERAL (SELECT CASE jt WHEN 'antifouling'       THEN 3 + i % 7
                             WHEN 'engine service'    THEN 1 + i % 4
                             WHEN 'hull repair'       THEN 5 + (i * 3) % 21
                             WHEN 'rigging'           THEN 1 + i % 5
                             WHEN 'electrical'        THEN 1 + i % 6
                             WHEN 'winterisation'     THEN 1 + i % 2
                             WHEN 'osmosis treatment' THEN 30 + (i * 7) % 61
                             ELSE 1 END AS days,
                     CASE jt WHEN 'antifouling'       THEN 6 + (i % 5) * 2
                             WHEN 'engine service'    THEN 3 + i % 6
                             WHEN 'hull repair'       THEN 10 + (i * 7) % 30
                             WHEN 'rigging'           THEN 4 + i % 8
                             WHEN 'electrical'        THEN 2 + i % 9
                             WHEN 'winterisation'     THEN 3 + i % 3
                             WHEN 'osmosis treatment' THEN 40 + (i * 3) % 50
                             ELSE 4 END AS hrs,
                     CASE jt WHEN 'antifouling'       THEN 140 + (i * 13) % 260
                             WHEN 'engine service'    THEN 120 + (i * 37) % 400
                             WHEN 'hull repair'       THEN 200 + (i * 53) % 1500
                             WHEN 'rigging'           THEN 90 + (i * 41) % 2500
                             WHEN 'electrical'        THEN 50 + (i * 29) % 900
                             WHEN 'winterisation'     THEN 60 + (i % 5) * 15
                             WHEN 'osmosis treatment' THEN 1500 + (i * 71) % 3000
                             ELSE 0 END + (i % 4) * 0.25 AS parts) AS c,
     LATERAL (SELECT CASE WHEN od > DATE '2025-11-20' THEN 'in progress'
                          WHEN i % 31 = 0 THEN 'cancelled'
                          ELSE 'completed' END AS st) AS s;

-- ---------------------------------------------------------------- haul-outs
-- Every antifouling, hull repair, osmosis treatment and survey job needs the boat lifted out;
-- besides those, some boats come out for winter storage on the hard.
WITH lifts AS (
    SELECT j.boat_id, j.id AS yard_job_id,
           j.opened_on + TIME '08:00' + make_interval(hours => j.id % 4) AS hauled_out_at,
           CASE WHEN j.status = 'completed'
                THEN make_interval(days => (j.completed_on - j.opened_on) + 1, hours => (j.id * 5) % 8)
                WHEN j.status = 'cancelled' THEN make_interval(days => 1) END AS dur,
           'yard work' AS reason
    FROM yard_jobs j
    WHERE j.job_type IN ('antifouling', 'hull repair', 'osmosis treatment', 'survey')
    UNION ALL
    SELECT ((g * 23) % 200) + 1, NULL,
           make_date(2022 + g % 3, 10, 15) + ((g * 11) % 40) + TIME '09:00',
           make_interval(days => 120 + (g * 13) % 60),
           'winter storage'
    FROM generate_series(1, 42) AS g
), numbered AS (
    SELECT l.*, row_number() OVER (ORDER BY l.hauled_out_at, l.boat_id) AS k
    FROM lifts l
)
INSERT INTO haul_outs (id, boat_id, yard_job_id, hauled_out_at, haul_out_duration, lift_type, reason, fee)
SELECT n.k, n.boat_id, n.yard_job_id, n.hauled_out_at, n.dur,
       CASE WHEN b.boat_type = 'rib' THEN 'slipway'
            WHEN b.boat_type = 'catamaran' OR b.length_m >= 18 THEN 'crane'
            ELSE 'travel lift' END,
       n.reason,
       round(b.length_m * CASE WHEN b.boat_type = 'rib' THEN 9
                               WHEN b.boat_type = 'catamaran' OR b.length_m >= 18 THEN 31
                               ELSE 24 END
             + coalesce(extract(day FROM n.dur), 1) * b.length_m * 0.85, 2)::numeric::money
FROM numbered n
JOIN boats b ON b.id = n.boat_id;

-- ---------------------------------------------------------------- invoices
WITH src AS (
    SELECT bo.owner_id, 'berthing' AS category, c.id AS berth_contract_id,
           NULL::integer AS yard_job_id, NULL::integer AS haul_out_id,
           c.signed_on AS issued_on, c.fee::numeric AS amount, 1 AS ord, c.id AS src_id
    FROM berth_contracts c JOIN boats bo ON bo.id = c.boat_id
    WHERE c.status <> 'cancelled'
    UNION ALL
    SELECT bo.owner_id, 'yard work', NULL, j.id, NULL,
           j.completed_on + 2, (j.labour_cost + j.parts_cost)::numeric, 2, j.id
    FROM yard_jobs j JOIN boats bo ON bo.id = j.boat_id
    WHERE j.status = 'completed'
    UNION ALL
    SELECT bo.owner_id, 'haul-out', NULL, NULL, h.id,
           (h.hauled_out_at + h.haul_out_duration)::date, h.fee::numeric, 3, h.id
    FROM haul_outs h JOIN boats bo ON bo.id = h.boat_id
    WHERE h.haul_out_duration IS NOT NULL
), numbered AS (
    SELECT s.*,
           row_number() OVER (ORDER BY s.issued_on, s.ord, s.src_id) AS k,
           row_number() OVER (PARTITION BY extract(year FROM s.issued_on)
                              ORDER BY s.issued_on, s.ord, s.src_id) AS seq
    FROM src s
)
INSERT INTO invoices (id, invoice_number, owner_id, category, berth_contract_id, yard_job_id, haul_out_id, issued_on, due_on, amount, status)
SELECT k,
       'INV-' || extract(year FROM issued_on)::text || '-' || lpad(seq::text, 4, '0'),
       owner_id, category, berth_contract_id, yard_job_id, haul_out_id,
       issued_on, issued_on + 30, amount::money, 'unpaid'
FROM numbered;

-- ---------------------------------------------------------------- payments
-- Every 11th invoice is unpaid, every 13th only half paid; a quarter of the berthing invoices
-- are paid in two instalments; invoices issued in the last three weeks of 2025 are unpaid.
WITH plan AS (
    SELECT i.id AS invoice_id, i.issued_on, i.amount::numeric AS amt, i.category,
           CASE WHEN i.id % 11 = 0 OR i.issued_on > DATE '2025-12-10' THEN 'none'
                WHEN i.id % 13 = 0 THEN 'half'
                WHEN i.category = 'berthing' AND i.id % 4 = 0 THEN 'two'
                ELSE 'full' END AS kind
    FROM invoices i
), rows AS (
    SELECT invoice_id, issued_on + (3 + (invoice_id * 7) % 40) AS paid_on, amt AS amount, 1 AS part
    FROM plan WHERE kind = 'full'
    UNION ALL
    SELECT invoice_id, issued_on + (5 + invoice_id % 20), round(amt / 2, 2), 1
    FROM plan WHERE kind IN ('half', 'two')
    UNION ALL
    SELECT invoice_id, issued_on + (90 + invoice_id % 15), amt - round(amt / 2, 2), 2
    FROM plan WHERE kind = 'two'
), numbered AS (
    SELECT r.*, row_number() OVER (ORDER BY r.paid_on, r.invoice_id, r.part) AS k
    FROM rows r
)
INSERT INTO payments (id, invoice_id, paid_on, amount, method)
SELECT k, invoice_id, paid_on, amount::money,
       CASE WHEN invoice_id % 10 < 4 THEN 'bank transfer'
            WHEN invoice_id % 10 < 8 THEN 'card'
            WHEN invoice_id % 10 = 8 THEN 'cheque'
            ELSE 'cash' END
FROM numbered;

UPDATE invoices i
SET status = CASE WHEN p.paid = i.amount THEN 'paid' ELSE 'part paid' END
FROM (SELECT invoice_id, sum(amount) AS paid FROM payments GROUP BY invoice_id) p
WHERE p.invoice_id = i.id;

-- ---------------------------------------------------------------- waiting list
-- The first 30 entries are owners 151-180, who have no boat at the marina yet; the rest are
-- berth holders who want a bigger berth.
INSERT INTO waiting_list_entries (id, owner_id, boat_length_m, preferred_pontoon_id, added_on, status, offered_on)
SELECT i,
       CASE WHEN i <= 30 THEN 150 + i ELSE ((i * 37) % 150) + 1 END,
       len,
       CASE WHEN i % 5 = 0 THEN NULL
            WHEN len <= 10 THEN 1 WHEN len <= 12 THEN 2 WHEN len <= 14 THEN 3
            WHEN len <= 17 THEN 4 WHEN len <= 21 THEN 5 ELSE 6 END,
       ad,
       st,
       CASE WHEN st IN ('offered', 'accepted') THEN ad + (40 + (i * 13) % 200) END
FROM generate_series(1, 64) AS i,
     LATERAL (SELECT 8 + ((i * 7) % 30) * 0.5 AS len,
                     DATE '2022-01-10' + ((i * 67) % 1440) AS ad) AS a,
     LATERAL (SELECT CASE WHEN ad < DATE '2023-06-01' THEN (ARRAY['accepted', 'withdrawn', 'accepted'])[1 + i % 3]
                          WHEN ad < DATE '2024-09-01' THEN (ARRAY['offered', 'waiting', 'accepted', 'withdrawn'])[1 + i % 4]
                          ELSE 'waiting' END AS st) AS s;
