-- Operational data of a regional public library network (branches, catalogue, copies,
-- patrons, circulation, holds, fines and events), used as the sample database of the
-- golden set benches/intent/library.yaml. Every row is invented and reproducible
-- (generate_series, fixed lists and modular arithmetic).

CREATE TABLE branches (
    branch_id    integer PRIMARY KEY,
    branch_name  text NOT NULL,
    city         text NOT NULL,
    street       text,
    phone        varchar(20),
    opened_on    date NOT NULL,
    floor_area_m2 integer NOT NULL,
    has_makerspace boolean NOT NULL
);
CREATE TABLE card_types (
    card_type_id     integer PRIMARY KEY,
    type_name        text NOT NULL,
    annual_fee       numeric(6,2) NOT NULL,
    max_items        integer NOT NULL,
    loan_period_days integer NOT NULL
);
CREATE TABLE authors (
    author_id   integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    nationality text,
    birth_year  integer,
    death_year  integer
);
CREATE TABLE publishers (
    publisher_id   integer PRIMARY KEY,
    publisher_name text NOT NULL,
    city           text NOT NULL,
    country        text NOT NULL
);
CREATE TABLE titles (
    title_id       integer PRIMARY KEY,
    title          text NOT NULL,
    author_id      integer NOT NULL REFERENCES authors,
    publisher_id   integer NOT NULL REFERENCES publishers,
    isbn           varchar(13) NOT NULL UNIQUE,
    genre          text NOT NULL,
    format         text NOT NULL,
    language       text NOT NULL,
    pub_year       integer NOT NULL,
    page_count     integer,
    list_price     numeric(8,2) NOT NULL
);
CREATE TABLE copies (
    copy_id       integer PRIMARY KEY,
    title_id      integer NOT NULL REFERENCES titles,
    branch_id     integer NOT NULL REFERENCES branches,
    barcode       varchar(14) NOT NULL UNIQUE,
    acquired_on   date NOT NULL,
    purchase_cost numeric(8,2) NOT NULL,
    condition     text NOT NULL,
    is_reference  boolean NOT NULL,
    withdrawn_on  date
);
CREATE TABLE patrons (
    patron_id      integer PRIMARY KEY,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          varchar(120),
    phone          varchar(20),
    birth_date     date,
    city           text NOT NULL,
    home_branch_id integer NOT NULL REFERENCES branches,
    card_type_id   integer NOT NULL REFERENCES card_types,
    registered_on  date NOT NULL,
    is_active      boolean NOT NULL
);
CREATE TABLE staff (
    staff_id     integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    branch_id    integer NOT NULL REFERENCES branches,
    role         text NOT NULL,
    hired_on     date NOT NULL,
    hourly_wage  numeric(6,2) NOT NULL,
    is_full_time boolean NOT NULL
);
CREATE TABLE loans (
    loan_id        integer PRIMARY KEY,
    copy_id        integer NOT NULL REFERENCES copies,
    patron_id      integer NOT NULL REFERENCES patrons,
    branch_id      integer NOT NULL REFERENCES branches,
    checked_out_at timestamp NOT NULL,
    due_date       date NOT NULL,
    returned_at    timestamp,
    renewals       integer NOT NULL DEFAULT 0
);
CREATE TABLE holds (
    hold_id          integer PRIMARY KEY,
    title_id         integer NOT NULL REFERENCES titles,
    patron_id        integer NOT NULL REFERENCES patrons,
    pickup_branch_id integer NOT NULL REFERENCES branches,
    placed_at        timestamptz NOT NULL,
    status           text NOT NULL,
    fulfilled_on     date,
    expires_on       date
);
CREATE TABLE fines (
    fine_id     integer PRIMARY KEY,
    loan_id     integer NOT NULL REFERENCES loans,
    patron_id   integer NOT NULL REFERENCES patrons,
    reason      text NOT NULL,
    amount      numeric(6,2) NOT NULL,
    assessed_on date NOT NULL,
    paid_on     date,
    waived      boolean NOT NULL
);
CREATE TABLE events (
    event_id         integer PRIMARY KEY,
    branch_id        integer NOT NULL REFERENCES branches,
    host_staff_id    integer REFERENCES staff,
    event_name       text NOT NULL,
    event_type       text NOT NULL,
    audience         text NOT NULL,
    starts_at        timestamp NOT NULL,
    duration_minutes integer NOT NULL,
    capacity         integer NOT NULL,
    attendance       integer,
    ticket_price     numeric(6,2) NOT NULL,
    is_cancelled     boolean NOT NULL
);

INSERT INTO branches VALUES
 (1,  'Central Library',          'Portland',  '801 SW 10th Ave',     '503-555-0101', '1998-09-14', 8200, true),
 (2,  'Hollywood Branch',         'Portland',  '4040 NE Tillamook St', '503-555-0102', '2002-03-02', 1900, false),
 (3,  'Sellwood Branch',          'Portland',  '7860 SE 13th Ave',    '503-555-0103', '2005-06-18', 1400, false),
 (4,  'Salem Public Library',     'Salem',     '585 Liberty St SE',   '503-555-0104', '1972-11-20', 5100, true),
 (5,  'West Salem Branch',        'Salem',     '395 Glen Creek Rd NW', NULL,          '2010-04-09', 1100, false),
 (6,  'Eugene Downtown Library',  'Eugene',    '100 W 10th Ave',      '541-555-0106', '2002-12-07', 6000, true),
 (7,  'Bethel Branch',            'Eugene',    '1990 Echo Hollow Rd', '541-555-0107', '2011-02-26', 900,  false),
 (8,  'Corvallis-Benton Library', 'Corvallis', '645 NW Monroe Ave',   '541-555-0108', '1992-05-30', 3800, true),
 (9,  'Bend Downtown Library',    'Bend',      '601 NW Wall St',      '541-555-0109', '1999-08-21', 3300, false),
 (10, 'Medford Library',          'Medford',   '205 S Central Ave',   '541-555-0110', '2004-10-16', 3000, false),
 (11, 'Ashland Branch',           'Ashland',   '410 Siskiyou Blvd',   NULL,          '2004-09-11', 1600, false),
 (12, 'Astoria Library',          'Astoria',   '450 10th St',         '503-555-0112', '1967-07-01', 1200, false);

INSERT INTO card_types VALUES
 (1, 'Standard', 0.00,  20, 21),
 (2, 'Junior',   0.00,  10, 14),
 (3, 'Senior',   0.00,  20, 28),
 (4, 'Student',  5.00,  15, 21),
 (5, 'Premium',  30.00, 40, 28);

INSERT INTO authors
SELECT i,
       (ARRAY['Margaret','James','Elena','Samuel','Hannah','David','Sofia','Thomas','Grace','Daniel',
              'Amara','Lucas','Ingrid','Kenji','Nora','Pablo','Chloe','Oliver','Priya','Henry'])[1 + i % 20],
       (ARRAY['Whitaker','Moreno','Lindqvist','Okafor','Brennan','Castillo','Harrington','Nakamura','Duval',
              'Kowalski','Fitzgerald','Abernathy','Santos','Holloway','Reyes','Thornton','Eriksen','Mbeki',
              'Caldwell','Rossi','Prescott','Ward','Sullivan'])[1 + (i * 7) % 23],
       CASE WHEN i % 13 = 0 THEN NULL
            ELSE (ARRAY['American','British','Canadian','Irish','French','Spanish','Swedish','Japanese',
                        'Nigerian','Italian','Australian','Mexican'])[1 + (i * 5) % 12] END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE 1925 + (i * 11) % 75 END,
       CASE WHEN i % 9 <> 0 AND 1925 + (i * 11) % 75 < 1950 AND i % 2 = 0 THEN 1990 + i % 30 END
FROM generate_series(1, 80) AS i;

INSERT INTO publishers VALUES
 (1,  'Harbor House',         'New York',  'United States'),
 (2,  'Penwright Books',      'New York',  'United States'),
 (3,  'Cedar & Finch',        'Boston',    'United States'),
 (4,  'Northlight Press',     'Seattle',   'United States'),
 (5,  'Blue Heron Publishing','Portland',  'United States'),
 (6,  'Meridian Editions',    'Chicago',   'United States'),
 (7,  'Kestrel Books',        'London',    'United Kingdom'),
 (8,  'Ashgrove Publishers',  'London',    'United Kingdom'),
 (9,  'Thistle Press',        'Edinburgh', 'United Kingdom'),
 (10, 'Maple Leaf Editions',  'Toronto',   'Canada'),
 (11, 'Granite Point Press',  'Vancouver', 'Canada'),
 (12, 'Editions du Quai',     'Paris',     'France'),
 (13, 'Casa del Libro Azul',  'Madrid',    'Spain'),
 (14, 'Southern Cross Books', 'Sydney',    'Australia'),
 (15, 'Little Acorn Kids',    'New York',  'United States'),
 (16, 'Summit Academic',      'Boston',    'United States'),
 (17, 'Copperline Media',     'Los Angeles','United States'),
 (18, 'Willow Creek Press',   'Denver',    'United States'),
 (19, 'Lantern Street',       'Dublin',    'Ireland'),
 (20, 'Redwood Hall',         'San Francisco','United States');

INSERT INTO titles
SELECT i,
       'The ' || (ARRAY['Silent','Hidden','Last','Broken','Golden','Forgotten','Midnight','Distant','Burning',
                        'Quiet','Winter','Secret','Crimson','Lost','Wild','Hollow','Shattered'])[1 + i % 17]
              || ' ' ||
              (ARRAY['River','Garden','Orchard','Lighthouse','Kingdom','Harbor','Letter','Mountain','Island',
                     'Forest','Station','Promise','Bridge','Library','Compass','Meadow','Tide','Lantern',
                     'Voyage','Archive','Crown','Shore','Season','Window'])[1 + (i * 5) % 24],
       1 + (i * 13) % 80,
       1 + (i * 7) % 20,
       '978' || lpad(((i * 7919) % 1000000000 + 1000000000)::text, 10, '0'),
       (ARRAY['Literary Fiction','Mystery','Science Fiction','Fantasy','Romance','Biography','History',
              'Science','Children','Young Adult','Poetry','Cooking','Travel','Self-Help','Thriller'])[1 + (i * 7) % 15],
       CASE WHEN i % 10 IN (0, 5) THEN 'paperback' WHEN i % 10 = 3 THEN 'audiobook'
            WHEN i % 10 = 7 THEN 'ebook' WHEN i % 10 = 9 THEN 'large print' ELSE 'hardcover' END,
       CASE WHEN i % 19 = 0 THEN 'Spanish' WHEN i % 29 = 0 THEN 'French'
            WHEN i % 37 = 0 THEN 'Vietnamese' ELSE 'English' END,
       1960 + (i * 17) % 65,
       CASE WHEN i % 10 IN (3, 7) OR i % 31 = 0 THEN NULL ELSE 96 + (i * 37) % 620 END,
       round((9.99 + ((i * 23) % 26))::numeric, 2)
FROM generate_series(1, 400) AS i;

INSERT INTO copies
SELECT i,
       1 + (i - 1) % 400,
       (ARRAY[1,1,1,1,2,2,3,4,4,4,5,6,6,6,7,8,8,9,9,10,10,11,12])[1 + (i * 7) % 23],
       '3100' || lpad((i * 37 + 100000)::text, 10, '0'),
       date '2012-01-01' + ((i * 211) % 4740),
       round((t.list_price * (0.55 + (i % 5) * 0.05))::numeric, 2),
       CASE WHEN i % 23 = 0 THEN 'damaged' WHEN i % 7 = 0 THEN 'worn' WHEN i % 3 = 0 THEN 'fair'
            WHEN i % 41 = 0 THEN 'lost' ELSE 'good' END,
       (i % 29 = 0),
       CASE WHEN i % 23 = 0 OR i % 41 = 0 THEN date '2024-12-31' - (i % 200) END
FROM generate_series(1, 1200) AS i
JOIN titles t ON t.title_id = 1 + (i - 1) % 400;

INSERT INTO patrons
SELECT i,
       (ARRAY['Emma','Liam','Olivia','Noah','Ava','Ethan','Mia','Mason','Isabella','Logan','Zoe','Aiden',
              'Lily','Jacob','Harper','Carlos','Aisha','Wei','Fatima','Mateo','Ruth','George','Linh','Omar',
              'Beatrice','Hugo','Ana','Walter'])[1 + i % 28],
       (ARRAY['Johnson','Nguyen','Garcia','Miller','Patel','Anderson','Kim','Lopez','Thompson','Chen',
              'Martinez','Wilson','Clark','Hernandez','Young','Baker','Rivera','Campbell','Schmidt','Ali',
              'Murphy','Foster','Jensen','Park','Olsen','Brooks','Price','Tran','Sanders','Hughes',
              'Morales'])[1 + (i * 3) % 31],
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'patron' || i || '@' ||
            (ARRAY['gmail.com','outlook.com','yahoo.com','proton.me','comcast.net'])[1 + i % 5] END,
       CASE WHEN i % 6 = 0 THEN NULL ELSE '541-555-' || lpad((1000 + i)::text, 4, '0') END,
       CASE WHEN i % 15 = 0 THEN NULL
            WHEN ct = 2 THEN date '2008-01-01' + (i * 13) % 3600
            WHEN ct = 3 THEN date '1935-01-01' + (i * 31) % 10500
            WHEN ct = 4 THEN date '1998-01-01' + (i * 17) % 2500
            ELSE date '1955-01-01' + (i * 29) % 16000 END,
       b.city,
       b.branch_id,
       ct,
       date '2012-01-01' + (i * 97) % 4740,
       (i % 17 <> 0)
FROM generate_series(1, 600) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 IN (1, 6) THEN 2 WHEN i % 10 = 3 THEN 3
                                WHEN i % 10 = 8 THEN 4 WHEN i % 20 = 9 THEN 5 ELSE 1 END AS ct) c
JOIN branches b ON b.branch_id = 1 + (i * 5) % 12;

INSERT INTO staff
SELECT i,
       (ARRAY['Karen','Brian','Monica','Steven','Julia','Marcus','Teresa','Alan','Denise','Victor','Helen',
              'Rafael','Joanne','Peter','Yuki'])[1 + i % 15],
       (ARRAY['Bishop','Lawson','Ochoa','Whitman','Delgado','Fraser','Ng','Holt','Vance','Sato','Perry',
              'Lindgren','Cooper'])[1 + (i * 5) % 13],
       1 + (i - 1) % 12,
       CASE WHEN i <= 12 THEN 'branch manager' WHEN i % 4 = 0 THEN 'children''s librarian'
            WHEN i % 4 = 1 THEN 'reference librarian' WHEN i % 4 = 2 THEN 'library assistant'
            ELSE 'circulation clerk' END,
       date '2005-03-01' + (i * 173) % 7000,
       CASE WHEN i <= 12 THEN 38.50 + (i % 4) * 1.75 WHEN i % 4 IN (0, 1) THEN 29.00 + (i % 5) * 1.25
            ELSE 19.50 + (i % 6) * 0.80 END,
       (i <= 12 OR i % 3 <> 0)
FROM generate_series(1, 60) AS i;

INSERT INTO loans
SELECT i,
       cp.copy_id,
       y.pid,
       cp.branch_id,
       co,
       co::date + ct.loan_period_days * (1 + rn),
       CASE WHEN i % 97 = 0 THEN NULL
            WHEN co >= timestamp '2024-12-01' AND i % 4 <> 0 THEN NULL
            ELSE co + ((i * 13) % 30 + 2 + rn * 14) * interval '1 day' + ((i * 17) % 300) * interval '1 minute' END,
       rn
FROM generate_series(1, 2000) AS i
CROSS JOIN LATERAL (SELECT timestamp '2022-01-03 10:00' + ((i * 547) % 1093) * interval '1 day'
                                                         + ((i * 37) % 480) * interval '1 minute' AS co,
                           CASE WHEN i % 23 = 0 THEN 2 WHEN i % 9 = 0 THEN 1 ELSE 0 END AS rn) x
CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 = 0
                                THEN 1 + (15 - floor(sqrt(i / 10))::int) * 37 % 400 + 400 * ((i / 10) % 3)
                                ELSE 1 + (i * 733) % 1200 END AS cid,
                           1 + ((i * 389) % 560) * ((i * 389) % 560 + 560) / 1120 AS pid) y
JOIN copies cp ON cp.copy_id = y.cid
JOIN patrons p ON p.patron_id = y.pid
JOIN card_types ct ON ct.card_type_id = p.card_type_id;

INSERT INTO holds
SELECT i,
       1 + (i * 53) % 400,
       1 + (i * 211) % 600,
       1 + (i * 5) % 12,
       pa,
       st,
       CASE WHEN st = 'collected' THEN (pa + (2 + i % 12) * interval '1 day')::date END,
       CASE WHEN st IN ('ready', 'expired') THEN (pa + (9 + i % 5) * interval '1 day')::date END
FROM generate_series(1, 500) AS i
CROSS JOIN LATERAL (SELECT timestamptz '2022-01-04 08:30:00+00' + ((i * 661) % 1090) * interval '1 day'
                                                                 + ((i * 53) % 600) * interval '1 minute' AS pa) x
CROSS JOIN LATERAL (SELECT CASE WHEN pa >= timestamptz '2024-12-10 00:00+00' THEN
                                     CASE WHEN i % 2 = 0 THEN 'waiting' ELSE 'ready' END
                                WHEN i % 10 = 6 THEN 'cancelled'
                                WHEN i % 10 = 7 THEN 'expired'
                                ELSE 'collected' END AS st) s;

INSERT INTO fines
SELECT row_number() OVER (ORDER BY assessed_on, loan_id, reason), *
FROM (
    SELECT l.loan_id, l.patron_id, 'overdue' AS reason,
           least(round(0.25 * (l.returned_at::date - l.due_date), 2), 10.00)::numeric(6,2) AS amount,
           l.returned_at::date AS assessed_on,
           CASE WHEN l.loan_id % 5 = 0 OR l.loan_id % 11 = 0
                  OR l.returned_at::date + l.loan_id % 20 > date '2024-12-31' THEN NULL
                ELSE l.returned_at::date + l.loan_id % 20 END AS paid_on,
           (l.loan_id % 11 = 0) AS waived
    FROM loans l
    WHERE l.returned_at::date > l.due_date
    UNION ALL
    SELECT l.loan_id, l.patron_id, 'lost', t.list_price, l.due_date + 30,
           CASE WHEN l.loan_id % 2 = 0 AND l.due_date + 45 <= date '2024-12-31' THEN l.due_date + 45 END, false
    FROM loans l JOIN copies c USING (copy_id) JOIN titles t USING (title_id)
    WHERE l.returned_at IS NULL AND l.loan_id % 97 = 0
    UNION ALL
    SELECT l.loan_id, l.patron_id, 'damaged', 8.50, l.returned_at::date,
           CASE WHEN l.loan_id % 3 <> 0 THEN l.returned_at::date + 7 END, (l.loan_id % 4 = 0)
    FROM loans l
    WHERE l.returned_at IS NOT NULL AND l.loan_id % 61 = 0
) f;

INSERT INTO events
SELECT i,
       1 + i % 12,
       CASE WHEN i % 5 = 0 THEN NULL ELSE (1 + i % 12) + 12 * (i % 5) END,
       CASE et
            WHEN 'story time'     THEN (ARRAY['Toddler Tales','Pajama Story Time','Bilingual Story Hour'])[1 + i % 3]
            WHEN 'author talk'    THEN 'An Evening with ' || (SELECT first_name || ' ' || last_name FROM authors WHERE author_id = 1 + (i * 7) % 80)
            WHEN 'workshop'       THEN (ARRAY['Intro to 3D Printing','Resume Writing Clinic','Genealogy Basics','Watercolor for Beginners'])[1 + i % 4]
            WHEN 'book club'      THEN (ARRAY['Mystery Lovers Book Club','Classics Circle','Teen Reads'])[1 + i % 3]
            WHEN 'film screening' THEN (ARRAY['Friday Film Night','Documentary Matinee'])[1 + i % 2]
            ELSE (ARRAY['Tech Help Drop-in','ESL Conversation Hour'])[1 + i % 2] END,
       et,
       CASE et WHEN 'story time' THEN 'children' WHEN 'book club' THEN CASE WHEN i % 3 = 2 THEN 'teens' ELSE 'adults' END
               WHEN 'workshop' THEN CASE WHEN i % 4 = 0 THEN 'teens' ELSE 'adults' END
               ELSE CASE WHEN i % 7 = 0 THEN 'seniors' ELSE 'all ages' END END,
       timestamp '2022-01-05 10:00' + ((i * 317) % 1085) * interval '1 day' + (i % 4) * interval '2 hours',
       CASE et WHEN 'story time' THEN 45 WHEN 'film screening' THEN 120 WHEN 'author talk' THEN 75 ELSE 90 END,
       cap,
       CASE WHEN i % 17 = 0 THEN NULL ELSE cap - (i * 7) % (cap / 2) END,
       CASE WHEN et = 'workshop' THEN CASE WHEN i % 2 = 0 THEN 10.00 ELSE 5.00 END
            WHEN et = 'author talk' AND i % 3 = 0 THEN 15.00 ELSE 0.00 END,
       (i % 17 = 0)
FROM generate_series(1, 240) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['story time','author talk','workshop','book club','film screening',
                                  'story time','workshop','community'])[1 + (i * 3) % 8] AS et,
                           (ARRAY[20, 30, 40, 60, 80])[1 + i % 5] AS cap) x;
