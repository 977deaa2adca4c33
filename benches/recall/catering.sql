-- Sample database of a catering company: clients, venues, events (date, venue, guest count),
-- menus and dishes with prices and costs, event orders and order lines, staff and their shifts,
-- equipment hire, invoices and payments. Base tables live in schema core, reporting views in public.
-- Every row is invented and reproducible: generated from fixed lists, generate_series and
-- modular arithmetic (no random(), no now()). Events run from March 2022 to December 2025 (the
-- earliest were booked in late 2021); the books are as of 31 October 2025, so later events are
-- bookings not yet held or invoiced.

CREATE SCHEMA core;

-- ---------------------------------------------------------------- clients
CREATE TABLE core.clients (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    client_type  text NOT NULL CHECK (client_type IN ('corporate', 'private', 'nonprofit', 'education')),
    contact_name text NOT NULL,
    email        text NOT NULL,
    city         text NOT NULL,
    created_on   date NOT NULL
);

INSERT INTO core.clients (id, name, client_type, contact_name, email, city, created_on)
SELECT v.id, v.name, v.client_type, v.contact_name,
       lower(regexp_replace(v.contact_name, '[^A-Za-z]+', '.', 'g')) || '@' ||
         CASE WHEN v.client_type = 'private' THEN 'mail.example'
              ELSE lower(regexp_replace(v.name, '[^A-Za-z]+', '', 'g')) || '.example' END,
       v.city,
       date '2021-06-01' + (v.id * 23) % 200
FROM (VALUES
    ( 1, 'Harborview Consulting',         'corporate', 'Dana Whitfield',    'Boston'),
    ( 2, 'Bluefield Bank',                'corporate', 'Marcus Lee',        'Boston'),
    ( 3, 'Crescent Law Group',            'corporate', 'Priya Raman',       'Cambridge'),
    ( 4, 'Ironwood Technologies',         'corporate', 'Tom Gallagher',     'Cambridge'),
    ( 5, 'Summit Pharma',                 'corporate', 'Elena Petrova',     'Waltham'),
    ( 6, 'Northgate Insurance',           'corporate', 'Victor Osei',       'Boston'),
    ( 7, 'Oakridge Architects',           'corporate', 'Hannah Brooks',     'Somerville'),
    ( 8, 'Silverline Logistics',          'corporate', 'Raj Mehta',         'Quincy'),
    ( 9, 'Westbrook Capital',             'corporate', 'Claire Dubois',     'Boston'),
    (10, 'Pinecrest Software',            'corporate', 'Owen Fitzgerald',   'Waltham'),
    (11, 'Riverside Medical Partners',    'corporate', 'Grace Kim',         'Newton'),
    (12, 'Maple Street Realty',           'corporate', 'Luis Ortega',       'Brookline'),
    (13, 'Copperleaf Marketing',          'corporate', 'Nina Schultz',      'Boston'),
    (14, 'Granite State Energy',          'corporate', 'Paul Henderson',    'Quincy'),
    (15, 'Lighthouse Biotech',            'corporate', 'Mei Chen',          'Cambridge'),
    (16, 'Emma Walsh',                    'private',   'Emma Walsh',        'Newton'),
    (17, 'James and Olivia Carter',       'private',   'Olivia Carter',     'Brookline'),
    (18, 'Sofia Moretti',                 'private',   'Sofia Moretti',     'Somerville'),
    (19, 'Daniel Okafor',                 'private',   'Daniel Okafor',     'Boston'),
    (20, 'The Nguyen Family',             'private',   'Linh Nguyen',       'Quincy'),
    (21, 'Rachel Goldberg',               'private',   'Rachel Goldberg',   'Newton'),
    (22, 'Michael Brennan',               'private',   'Michael Brennan',   'Cambridge'),
    (23, 'Aisha Rahman',                  'private',   'Aisha Rahman',      'Boston'),
    (24, 'Lucas and Mia Fernandes',       'private',   'Mia Fernandes',     'Somerville'),
    (25, 'Henry Lindqvist',               'private',   'Henry Lindqvist',   'Brookline'),
    (26, 'Chloe Martin',                  'private',   'Chloe Martin',      'Waltham'),
    (27, 'The Patel Family',              'private',   'Anil Patel',        'Newton'),
    (28, 'Isabella Rossi',                'private',   'Isabella Rossi',    'Boston'),
    (29, 'Noah Sullivan',                 'private',   'Noah Sullivan',     'Quincy'),
    (30, 'Zoe Hartmann',                  'private',   'Zoe Hartmann',      'Cambridge'),
    (31, 'Greater Boston Food Alliance',  'nonprofit', 'Teresa Alvarez',    'Boston'),
    (32, 'Harbor Arts Foundation',        'nonprofit', 'Simon Reyes',       'Boston'),
    (33, 'Children''s Literacy League',   'nonprofit', 'Fatima Yusuf',      'Somerville'),
    (34, 'Green Commons Trust',           'nonprofit', 'Ben Adler',         'Cambridge'),
    (35, 'Veterans Outreach Network',     'nonprofit', 'Carl Jensen',       'Quincy'),
    (36, 'Open Doors Shelter Fund',       'nonprofit', 'Maria Santos',      'Boston'),
    (37, 'Riverbank Animal Rescue',       'nonprofit', 'Julia Novak',       'Newton'),
    (38, 'Bay State University',          'education', 'Dr. Alan Brooks',   'Boston'),
    (39, 'Charles River College',         'education', 'Dr. Ruth Okonkwo',  'Cambridge'),
    (40, 'Newton Academy',                'education', 'Karen Li',          'Newton'),
    (41, 'Quincy Technical Institute',    'education', 'Steven Park',       'Quincy'),
    (42, 'Somerville Music School',       'education', 'Laura Bianchi',     'Somerville'),
    (43, 'Brookline Day School',          'education', 'Peter Novak',       'Brookline'),
    (44, 'Waltham Business School',       'education', 'Irene Costa',       'Waltham'),
    (45, 'Fenway Events Collective',      'corporate', 'Jonah Weiss',       'Boston'),
    (46, 'Beacon Hill Dental',            'corporate', 'Sara Lindgren',     'Boston'),
    (47, 'Amelia Clarke',                 'private',   'Amelia Clarke',     'Cambridge'),
    (48, 'Mystic River Watershed Society','nonprofit', 'Oscar Delgado',     'Somerville')
) AS v(id, name, client_type, contact_name, city);

-- the last three clients signed up in 2025 and have not booked anything yet
UPDATE core.clients SET created_on = date '2025-08-04' + (id - 46) * 19 WHERE id >= 46;

-- ---------------------------------------------------------------- venues
CREATE TABLE core.venues (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    venue_type  text NOT NULL,
    city        text NOT NULL,
    capacity    integer NOT NULL CHECK (capacity > 0),
    has_kitchen boolean NOT NULL,
    hire_fee    numeric(10,2) NOT NULL
);

INSERT INTO core.venues (id, name, venue_type, city, capacity, has_kitchen, hire_fee) VALUES
    ( 1, 'The Grand Harbor Hotel Ballroom', 'hotel',    'Boston',     450, true,  6500.00),
    ( 2, 'Rosewood Garden Pavilion',        'garden',   'Brookline',  220, false, 2800.00),
    ( 3, 'Old Mill Barn',                   'barn',     'Waltham',    180, false, 2200.00),
    ( 4, 'Seaport Rooftop Terrace',         'rooftop',  'Boston',     140, false, 3900.00),
    ( 5, 'Museum of Maritime History',      'museum',   'Boston',     300, true,  5200.00),
    ( 6, 'Cambridge Commons Hall',          'hall',     'Cambridge',  260, true,  1900.00),
    ( 7, 'Lakeside Country Club',           'club',     'Newton',     320, true,  4800.00),
    ( 8, 'Union Square Loft',               'loft',     'Somerville',  90, false, 1400.00),
    ( 9, 'Quincy Shore Yacht Club',         'club',     'Quincy',     160, true,  3100.00),
    (10, 'Beacon Street Library Atrium',    'hall',     'Boston',     120, false, 1750.00),
    (11, 'Brewer''s Yard Warehouse',        'warehouse','Somerville', 400, false, 2600.00),
    (12, 'Chestnut Hill Estate',            'garden',   'Newton',     250, true,  5900.00),
    (13, 'Innovation Center Conference Hall','hall',    'Cambridge',  500, true,  4200.00),
    (14, 'The Carriage House',              'barn',      'Brookline',  70, true,  1100.00),
    (15, 'Riverfront Sculpture Garden',     'garden',   'Waltham',    200, false, 2400.00);

-- ---------------------------------------------------------------- dishes
CREATE TABLE core.dishes (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    course         text NOT NULL CHECK (course IN ('canape', 'starter', 'main', 'side', 'dessert', 'beverage')),
    price          numeric(8,2) NOT NULL,   -- current list price per portion
    cost           numeric(8,2) NOT NULL,   -- food cost per portion
    is_vegetarian  boolean NOT NULL,
    is_vegan       boolean NOT NULL,
    is_gluten_free boolean NOT NULL
);

INSERT INTO core.dishes (id, name, course, price, cost, is_vegetarian, is_vegan, is_gluten_free) VALUES
    ( 1, 'Smoked Salmon Blini',          'canape',    4.50,  1.60, false, false, false),
    ( 2, 'Caprese Skewer',               'canape',    3.50,  1.10, true,  false, true ),
    ( 3, 'Mini Crab Cake',               'canape',    5.00,  2.10, false, false, false),
    ( 4, 'Mushroom Tartlet',             'canape',    3.75,  1.20, true,  false, false),
    ( 5, 'Beef Tartare Crostini',        'canape',    5.50,  2.40, false, false, false),
    ( 6, 'Roasted Tomato Soup',          'starter',   7.50,  1.80, true,  true,  true ),
    ( 7, 'Beet and Goat Cheese Salad',   'starter',   9.00,  2.70, true,  false, true ),
    ( 8, 'Shrimp Cocktail',              'starter',  12.00,  5.10, false, false, true ),
    ( 9, 'Caesar Salad',                 'starter',   8.50,  2.20, false, false, false),
    (10, 'Burrata with Peaches',         'starter',  11.00,  4.30, true,  false, true ),
    (11, 'Chicken Liver Pate',           'starter',   9.50,  2.60, false, false, false),
    (12, 'Herb Roast Chicken',           'main',     24.00,  7.80, false, false, true ),
    (13, 'Braised Short Rib',            'main',     34.00, 13.50, false, false, true ),
    (14, 'Grilled Salmon Fillet',        'main',     29.00, 11.20, false, false, true ),
    (15, 'Wild Mushroom Risotto',        'main',     22.00,  5.40, true,  false, true ),
    (16, 'Beef Tenderloin',              'main',     42.00, 18.60, false, false, true ),
    (17, 'Rack of Lamb',                 'main',     38.00, 16.90, false, false, true ),
    (18, 'Vegetable Lasagna',            'main',     21.00,  5.90, true,  false, false),
    (19, 'Pan-Seared Cod',               'main',     27.00, 10.10, false, false, true ),
    (20, 'Chickpea Tagine',              'main',     19.00,  4.20, true,  true,  true ),
    (21, 'Slow Roasted Pork Belly',      'main',     26.00,  8.70, false, false, true ),
    (22, 'Garlic Mashed Potatoes',       'side',      6.00,  1.30, true,  false, true ),
    (23, 'Roasted Seasonal Vegetables',  'side',      6.50,  1.70, true,  true,  true ),
    (24, 'Truffle Fries',                'side',      7.50,  2.20, true,  true,  true ),
    (25, 'Wild Rice Pilaf',              'side',      5.50,  1.10, true,  true,  true ),
    (26, 'Green Beans Almondine',        'side',      6.00,  1.60, true,  false, true ),
    (27, 'Chocolate Fondant',            'dessert',  10.00,  2.90, true,  false, false),
    (28, 'Lemon Tart',                   'dessert',   9.00,  2.30, true,  false, false),
    (29, 'Creme Brulee',                 'dessert',   9.50,  2.10, true,  false, true ),
    (30, 'Seasonal Fruit Platter',       'dessert',   8.00,  3.20, true,  true,  true ),
    (31, 'Tiramisu',                     'dessert',   9.50,  2.60, true,  false, false),
    (32, 'Wedding Cake Slice',           'dessert',   7.00,  2.40, true,  false, false),
    (33, 'Sparkling Lemonade',           'beverage',  4.00,  0.90, true,  true,  true ),
    (34, 'House Red Wine',               'beverage',  9.00,  3.10, true,  true,  true ),
    (35, 'Prosecco',                     'beverage', 10.00,  3.60, true,  true,  true ),
    (36, 'Coffee and Tea Service',       'beverage',  3.50,  0.70, true,  false, true ),
    (37, 'Oyster Platter',               'starter',  18.00,  9.50, false, false, true ),
    (38, 'Lobster Thermidor',            'main',     55.00, 27.00, false, false, true ),
    (39, 'Kids Chicken Tenders',         'main',     12.00,  3.10, false, false, false),
    (40, 'Vegan Chocolate Mousse',       'dessert',   9.00,  2.50, true,  true,  true );

-- ---------------------------------------------------------------- menus
CREATE TABLE core.menus (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    service_style text NOT NULL CHECK (service_style IN ('plated', 'buffet', 'cocktail', 'family style')),
    min_guests    integer NOT NULL,
    is_active     boolean NOT NULL
);

INSERT INTO core.menus (id, name, service_style, min_guests, is_active) VALUES
    ( 1, 'Classic Wedding Dinner',  'plated',       60, true ),
    ( 2, 'Garden Party Buffet',     'buffet',       30, true ),
    ( 3, 'Executive Lunch',         'plated',       10, true ),
    ( 4, 'Cocktail Reception',      'cocktail',     40, true ),
    ( 5, 'Vegetarian Feast',        'buffet',       25, true ),
    ( 6, 'Mediterranean Buffet',    'buffet',       30, true ),
    ( 7, 'Gala Tasting Menu',       'plated',       80, true ),
    ( 8, 'Conference Day Package',  'buffet',       40, true ),
    ( 9, 'Family Style Supper',     'family style', 20, true ),
    (10, 'Late Night Bites',        'cocktail',     30, true ),
    (11, 'Holiday Dinner',          'plated',       40, false);

CREATE TABLE core.menu_dishes (
    id      integer PRIMARY KEY,
    menu_id integer NOT NULL REFERENCES core.menus (id),
    dish_id integer NOT NULL REFERENCES core.dishes (id),
    UNIQUE (menu_id, dish_id)
);

INSERT INTO core.menu_dishes (id, menu_id, dish_id)
SELECT row_number() OVER (ORDER BY m.menu_id, d.ord), m.menu_id, d.dish_id
FROM (VALUES
    ( 1, ARRAY[7, 13, 14, 22, 32, 35]),
    ( 2, ARRAY[2, 9, 12, 39, 23, 30, 33]),
    ( 3, ARRAY[6, 19, 25, 28, 36]),
    ( 4, ARRAY[1, 3, 4, 5, 35]),
    ( 5, ARRAY[10, 15, 18, 23, 27]),
    ( 6, ARRAY[7, 17, 20, 26, 31]),
    ( 7, ARRAY[8, 16, 24, 29, 34]),
    ( 8, ARRAY[9, 12, 18, 25, 30, 36]),
    ( 9, ARRAY[11, 21, 22, 26, 28, 34]),
    (10, ARRAY[2, 5, 24, 33]),
    (11, ARRAY[6, 21, 22, 29])
) AS m(menu_id, dishes)
CROSS JOIN LATERAL unnest(m.dishes) WITH ORDINALITY AS d(dish_id, ord);

-- ---------------------------------------------------------------- events
CREATE TABLE core.events (
    id          integer PRIMARY KEY,
    client_id   integer NOT NULL REFERENCES core.clients (id),
    venue_id    integer REFERENCES core.venues (id),   -- null: held on the client's own premises
    event_name  text NOT NULL,
    event_type  text NOT NULL,
    event_date  date NOT NULL,
    start_time  time NOT NULL,
    guest_count integer NOT NULL CHECK (guest_count > 0),
    status      text NOT NULL CHECK (status IN ('tentative', 'confirmed', 'completed', 'cancelled')),
    booked_on   date NOT NULL
);

-- clients 1-45 get a fixed number of booking slots (companies and schools many, households a few),
-- interleaved by modular arithmetic; event dates step through the calendar by 53 days modulo 1390
WITH slots AS (
    SELECT c.id AS client_id,
           (row_number() OVER (ORDER BY (c.id * 7 + s * 131) % 541, c.id, s))::int AS slot
    FROM core.clients c
    CROSS JOIN LATERAL generate_series(1,
        CASE c.client_type WHEN 'corporate' THEN 10 + (c.id * c.id * 5) % 17
                           WHEN 'education' THEN 8 + (c.id * 3) % 9
                           WHEN 'nonprofit' THEN 5 + c.id % 7
                           ELSE 2 + c.id % 4 END) AS s
    WHERE c.id <= 45
), base AS (
    SELECT sl.slot AS id,
           sl.client_id,
           date '2022-03-01' + (sl.slot * 53) % 1390 AS event_date
    FROM slots sl
), typed AS (
    SELECT b.*, c.name AS client_name,
           CASE c.client_type
             WHEN 'corporate' THEN (ARRAY['corporate lunch', 'conference', 'gala', 'product launch', 'holiday party'])[b.id % 5 + 1]
             WHEN 'private'   THEN (ARRAY['wedding', 'birthday', 'wedding', 'anniversary', 'funeral reception', 'birthday'])[b.id % 6 + 1]
             WHEN 'nonprofit' THEN (ARRAY['fundraiser', 'gala', 'fundraiser', 'volunteer lunch'])[b.id % 4 + 1]
             ELSE                  (ARRAY['graduation', 'conference', 'alumni dinner'])[b.id % 3 + 1]
           END AS event_type
    FROM base b JOIN core.clients c ON c.id = b.client_id
), sized AS (
    SELECT t.*,
           CASE t.event_type
             WHEN 'wedding'           THEN 80 + (t.id * 29) % 171
             WHEN 'conference'        THEN 60 + (t.id * 31) % 241
             WHEN 'gala'              THEN 120 + (t.id * 13) % 231
             WHEN 'corporate lunch'   THEN 12 + (t.id * 7) % 49
             WHEN 'product launch'    THEN 50 + (t.id * 11) % 151
             WHEN 'holiday party'     THEN 40 + (t.id * 17) % 121
             WHEN 'birthday'          THEN 20 + (t.id * 3) % 61
             WHEN 'anniversary'       THEN 25 + (t.id * 5) % 76
             WHEN 'funeral reception' THEN 30 + (t.id * 9) % 91
             WHEN 'fundraiser'        THEN 80 + (t.id * 23) % 221
             WHEN 'volunteer lunch'   THEN 25 + (t.id * 7) % 56
             WHEN 'graduation'        THEN 100 + (t.id * 19) % 301
             ELSE                          40 + (t.id * 13) % 111   -- alumni dinner
           END AS guest_count
    FROM typed t
)
INSERT INTO core.events (id, client_id, venue_id, event_name, event_type, event_date, start_time,
                         guest_count, status, booked_on)
SELECT s.id, s.client_id,
       CASE WHEN s.event_type IN ('corporate lunch', 'volunteer lunch') AND s.id % 3 = 0 THEN NULL
            ELSE (SELECT v.id FROM core.venues v
                  WHERE v.capacity >= s.guest_count
                  ORDER BY v.id
                  OFFSET s.id % (SELECT count(*) FROM core.venues v2 WHERE v2.capacity >= s.guest_count)
                  LIMIT 1)
       END,
       s.client_name || ' ' || initcap(s.event_type) || ' ' || to_char(s.event_date, 'Mon FMDD, YYYY'),
       s.event_type,
       s.event_date,
       CASE WHEN s.event_type IN ('corporate lunch', 'volunteer lunch', 'conference') THEN time '11:30'
            WHEN s.event_type = 'funeral reception' THEN time '14:00'
            ELSE time '17:00' + ((s.id % 5) * interval '30 minutes') END,
       s.guest_count,
       CASE WHEN s.id % 13 = 0 THEN 'cancelled'
            WHEN s.event_date > date '2025-10-31' AND s.id % 3 = 0 THEN 'tentative'
            WHEN s.event_date > date '2025-10-31' THEN 'confirmed'
            ELSE 'completed' END,
       s.event_date - (30 + (s.id * 7) % 150)
FROM sized s;

-- ---------------------------------------------------------------- orders and order lines
CREATE TABLE core.orders (
    id         integer PRIMARY KEY,
    event_id   integer NOT NULL REFERENCES core.events (id),
    menu_id    integer NOT NULL REFERENCES core.menus (id),
    ordered_on date NOT NULL,
    status     text NOT NULL CHECK (status IN ('confirmed', 'fulfilled')),
    notes      text
);

-- every event that is going ahead has a main order; every seventh one also a late-night order
INSERT INTO core.orders (id, event_id, menu_id, ordered_on, status, notes)
SELECT row_number() OVER (ORDER BY x.event_id, x.seq), x.event_id, x.menu_id, x.ordered_on, x.status, x.notes
FROM (
    SELECT e.id AS event_id, 1 AS seq,
           CASE e.event_type
             WHEN 'wedding'           THEN 1
             WHEN 'corporate lunch'   THEN CASE WHEN e.id % 2 = 0 THEN 3 ELSE 8 END
             WHEN 'conference'        THEN 8
             WHEN 'gala'              THEN CASE WHEN e.id % 2 = 0 THEN 7 ELSE 4 END
             WHEN 'product launch'    THEN 4
             WHEN 'holiday party'     THEN CASE WHEN e.id % 2 = 0 THEN 9 ELSE 6 END
             WHEN 'birthday'          THEN CASE WHEN e.id % 2 = 0 THEN 9 ELSE 2 END
             WHEN 'anniversary'       THEN CASE WHEN e.id % 2 = 0 THEN 9 ELSE 5 END
             WHEN 'funeral reception' THEN CASE WHEN e.id % 2 = 0 THEN 2 ELSE 6 END
             WHEN 'fundraiser'        THEN CASE WHEN e.id % 2 = 0 THEN 4 ELSE 6 END
             WHEN 'volunteer lunch'   THEN CASE WHEN e.id % 2 = 0 THEN 5 ELSE 2 END
             WHEN 'graduation'        THEN CASE WHEN e.id % 2 = 0 THEN 2 ELSE 6 END
             ELSE                          CASE WHEN e.id % 2 = 0 THEN 7 ELSE 9 END
           END AS menu_id,
           e.booked_on + (5 + e.id % 20) AS ordered_on,
           CASE WHEN e.status = 'completed' THEN 'fulfilled' ELSE 'confirmed' END AS status,
           CASE WHEN e.id % 9 = 0 THEN 'nut-free kitchen requested'
                WHEN e.id % 11 = 0 THEN 'serve vegetarian option on request' END AS notes
    FROM core.events e
    WHERE e.status IN ('completed', 'confirmed')
    UNION ALL
    SELECT e.id, 2, 10, least(e.booked_on + (40 + e.id % 10), e.event_date - 3),
           CASE WHEN e.status = 'completed' THEN 'fulfilled' ELSE 'confirmed' END,
           'late-night add-on'
    FROM core.events e
    WHERE e.status IN ('completed', 'confirmed') AND e.id % 7 = 0 AND e.guest_count >= 60
) x;

CREATE TABLE core.order_lines (
    id         integer PRIMARY KEY,
    order_id   integer NOT NULL REFERENCES core.orders (id),
    dish_id    integer NOT NULL REFERENCES core.dishes (id),
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(8,2) NOT NULL    -- price charged per portion on this order
);

WITH lines AS (
    SELECT o.id AS order_id, md.dish_id, d.course, d.price, e.guest_count, o.menu_id,
           extract(year FROM e.event_date)::int AS yr, c.client_type,
           count(*) FILTER (WHERE d.course = 'main') OVER (PARTITION BY o.id) AS mains
    FROM core.orders o
    JOIN core.events e ON e.id = o.event_id
    JOIN core.clients c ON c.id = e.client_id
    JOIN core.menu_dishes md ON md.menu_id = o.menu_id
    JOIN core.dishes d ON d.id = md.dish_id
)
INSERT INTO core.order_lines (id, order_id, dish_id, quantity, unit_price)
SELECT row_number() OVER (ORDER BY l.order_id, l.dish_id), l.order_id, l.dish_id,
       greatest(1, ceil(l.guest_count *
         CASE WHEN l.menu_id = 10 THEN 0.5
              WHEN l.course = 'canape' THEN 3
              WHEN l.course = 'beverage' THEN 2
              WHEN l.course = 'side' THEN 0.6
              WHEN l.course = 'main' AND l.dish_id = 39 THEN 0.1
              WHEN l.course = 'main' THEN 1.0 / greatest(l.mains - CASE WHEN l.menu_id = 2 THEN 1 ELSE 0 END, 1)
              ELSE 1 END))::int,
       round(l.price
             * CASE l.yr WHEN 2022 THEN 0.90 WHEN 2023 THEN 0.94 WHEN 2024 THEN 0.97 ELSE 1.00 END
             * CASE WHEN l.client_type = 'nonprofit' THEN 0.90 ELSE 1.00 END, 2)
FROM lines l;

-- ---------------------------------------------------------------- staff and shifts
CREATE TABLE core.staff (
    id          integer PRIMARY KEY,
    full_name   text NOT NULL,
    role        text NOT NULL CHECK (role IN ('chef', 'server', 'bartender', 'driver', 'event manager')),
    hourly_rate numeric(6,2) NOT NULL,
    hired_on    date NOT NULL,
    left_on     date,
    is_active   boolean NOT NULL
);

INSERT INTO core.staff (id, full_name, role, hourly_rate, hired_on, left_on, is_active)
SELECT g,
       (ARRAY['Alex','Bianca','Carlos','Deborah','Ethan','Fiona','Gabriel','Helen','Ivan','Jasmine',
              'Kevin','Leah','Mateo','Nora','Oscar','Paula','Quentin','Rosa','Samuel','Tara'])[(g - 1) % 20 + 1]
       || ' ' ||
       (ARRAY['Abbott','Barros','Coleman','Diaz','Evans','Foster','Garcia','Hughes','Ibrahim','Jones',
              'Kowalski','Lopez','Murphy','Nakamura','OBrien','Price','Quinn','Russo','Silva','Turner'])[((g - 1) / 20 + (g - 1) * 7) % 20 + 1],
       r.role,
       CASE r.role WHEN 'chef' THEN 30.00 + (g % 5) * 1.50
                   WHEN 'server' THEN 18.50 + (g % 4) * 0.75
                   WHEN 'bartender' THEN 20.00 + (g % 3) * 1.00
                   WHEN 'driver' THEN 21.50
                   ELSE 36.00 + (g % 3) * 2.00 END,
       CASE WHEN g > 38 THEN date '2025-09-01' + (g - 39) * 17
            ELSE date '2016-04-01' + (g * 97) % 2100 END,
       CASE WHEN g IN (9, 18, 27, 36) THEN date '2023-06-30' + (g * 41) % 400 END,
       g NOT IN (9, 18, 27, 36)
FROM generate_series(1, 42) AS g
CROSS JOIN LATERAL (SELECT CASE WHEN g % 7 = 0 THEN 'event manager'
                                WHEN g % 7 IN (1, 4, 6) THEN 'server'
                                WHEN g % 7 = 2 THEN 'chef'
                                WHEN g % 7 = 3 THEN 'bartender'
                                ELSE 'driver' END AS role) r;

CREATE TABLE core.shifts (
    id         integer PRIMARY KEY,
    staff_id   integer NOT NULL REFERENCES core.staff (id),
    event_id   integer NOT NULL REFERENCES core.events (id),
    shift_date date NOT NULL,
    start_time time NOT NULL,
    hours      numeric(4,1) NOT NULL CHECK (hours > 0),
    UNIQUE (staff_id, event_id)
);

-- staff 1-38 rotate over events; staff who had left are not rostered after leaving
INSERT INTO core.shifts (id, staff_id, event_id, shift_date, start_time, hours)
SELECT row_number() OVER (ORDER BY x.event_id, x.staff_id), x.staff_id, x.event_id, x.event_date,
       x.start_time - interval '2 hours', x.hours
FROM (
    SELECT e.id AS event_id, e.event_date, e.start_time,
           (e.id * 7 + k * 11) % 38 + 1 AS staff_id,
           4.0 + ((e.id + k * 3) % 9) * 0.5 AS hours
    FROM core.events e
    CROSS JOIN LATERAL generate_series(0, least(2 + e.guest_count / 40, 10) - 1) AS k
    WHERE e.status IN ('completed', 'confirmed')
) x
JOIN core.staff s ON s.id = x.staff_id
WHERE s.left_on IS NULL OR s.left_on >= x.event_date;

-- ---------------------------------------------------------------- equipment hire
CREATE TABLE core.equipment (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    category       text NOT NULL,
    daily_rate     numeric(8,2) NOT NULL,
    units_in_stock integer NOT NULL
);

INSERT INTO core.equipment (id, name, category, daily_rate, units_in_stock) VALUES
    ( 1, 'Round Banquet Table',      'furniture',   12.00,  60),
    ( 2, 'Chiavari Chair',           'furniture',    4.50, 500),
    ( 3, 'Cocktail High Table',      'furniture',    9.00,  40),
    ( 4, 'White Linen Tablecloth',   'linen',        6.00, 120),
    ( 5, 'Linen Napkin',             'linen',        0.60, 800),
    ( 6, 'Dinner Plate Set',         'tableware',    1.20, 600),
    ( 7, 'Wine Glass',               'tableware',    0.80, 700),
    ( 8, 'Cutlery Set',              'tableware',    1.00, 600),
    ( 9, 'Chafing Dish',             'cooking',     15.00,  30),
    (10, 'Mobile Oven',              'cooking',     95.00,   4),
    (11, 'Portable Bar Counter',     'bar',         85.00,   6),
    (12, 'Beverage Cooler',          'bar',         40.00,  10),
    (13, 'PA Sound System',          'audio visual', 150.00,  3),
    (14, 'Projector and Screen',     'audio visual', 120.00,  4),
    (15, 'Marquee Tent 10x20m',      'tent',       650.00,   2),
    (16, 'Patio Heater',             'outdoor',     45.00,  12),
    (17, 'Dance Floor Panels',       'furniture',  400.00,   1),
    (18, 'Ice Sculpture Mold',       'decor',       75.00,   2);

CREATE TABLE core.equipment_hires (
    id           integer PRIMARY KEY,
    event_id     integer NOT NULL REFERENCES core.events (id),
    equipment_id integer NOT NULL REFERENCES core.equipment (id),
    quantity     integer NOT NULL CHECK (quantity > 0),
    days         integer NOT NULL CHECK (days > 0),
    line_cost    numeric(10,2) NOT NULL   -- charged to the client: quantity * days * daily rate
);

INSERT INTO core.equipment_hires (id, event_id, equipment_id, quantity, days, line_cost)
SELECT row_number() OVER (ORDER BY x.event_id, x.equipment_id), x.event_id, x.equipment_id, x.qty, x.days,
       x.qty * x.days * q.daily_rate
FROM (
    SELECT y.event_id, y.equipment_id, y.days,
           least(q.units_in_stock,
                 CASE q.category WHEN 'furniture' THEN greatest(1, ceil(y.guest_count / CASE WHEN q.id = 2 THEN 1.0 ELSE 8.0 END))
                                 WHEN 'linen' THEN ceil(y.guest_count / CASE WHEN q.id = 5 THEN 1.0 ELSE 8.0 END)
                                 WHEN 'tableware' THEN y.guest_count
                                 ELSE 1 + y.event_id % 3 END)::int AS qty
    FROM (
        SELECT e.id AS event_id, e.guest_count, 1 + e.id % 3 AS days, (e.id * 3) % 16 + 1 AS equipment_id
        FROM core.events e
        WHERE e.status IN ('completed', 'confirmed') AND e.id % 5 IN (0, 1, 2)
        UNION
        SELECT e.id, e.guest_count, 1 + e.id % 3, (e.id * 5 + 7) % 16 + 1
        FROM core.events e
        WHERE e.status IN ('completed', 'confirmed') AND e.id % 5 IN (0, 2)
    ) y
    JOIN core.equipment q ON q.id = y.equipment_id
) x
JOIN core.equipment q ON q.id = x.equipment_id;

-- ---------------------------------------------------------------- invoices and payments
CREATE TABLE core.invoices (
    id             integer PRIMARY KEY,
    invoice_number text NOT NULL UNIQUE,
    event_id       integer NOT NULL UNIQUE REFERENCES core.events (id),
    issued_on      date NOT NULL,
    due_on         date NOT NULL,
    subtotal       numeric(12,2) NOT NULL,
    tax_amount     numeric(12,2) NOT NULL,
    total_amount   numeric(12,2) NOT NULL,
    status         text NOT NULL CHECK (status IN ('unpaid', 'partially paid', 'paid'))
);

-- one invoice per completed event, issued a few days after it (those from the last days of October 2025
-- are not invoiced yet): food and drink plus equipment hire, 7% tax
INSERT INTO core.invoices (id, invoice_number, event_id, issued_on, due_on, subtotal, tax_amount, total_amount, status)
SELECT row_number() OVER (ORDER BY x.issued_on, x.event_id),
       'INV-' || extract(year FROM x.issued_on) || '-' ||
         lpad((row_number() OVER (PARTITION BY extract(year FROM x.issued_on) ORDER BY x.issued_on, x.event_id))::text, 4, '0'),
       x.event_id, x.issued_on, x.issued_on + 30,
       x.subtotal, round(x.subtotal * 0.07, 2), x.subtotal + round(x.subtotal * 0.07, 2), 'unpaid'
FROM (
    SELECT e.id AS event_id, e.event_date + (1 + e.id % 6) AS issued_on,
           coalesce((SELECT sum(ol.quantity * ol.unit_price)
                     FROM core.orders o JOIN core.order_lines ol ON ol.order_id = o.id
                     WHERE o.event_id = e.id), 0)
         + coalesce((SELECT sum(h.line_cost) FROM core.equipment_hires h WHERE h.event_id = e.id), 0) AS subtotal
    FROM core.events e
    WHERE e.status = 'completed'
) x
WHERE x.issued_on <= date '2025-10-31';

CREATE TABLE core.payments (
    id         integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES core.invoices (id),
    paid_on    date NOT NULL,
    amount     numeric(12,2) NOT NULL CHECK (amount > 0),
    method     text NOT NULL CHECK (method IN ('card', 'bank transfer', 'check'))
);

-- tenth invoices unpaid, every tenth-plus-one half paid, every third paid in two instalments;
-- nothing is paid after 31 October 2025
INSERT INTO core.payments (id, invoice_id, paid_on, amount, method)
SELECT row_number() OVER (ORDER BY p.paid_on, p.invoice_id, p.part), p.invoice_id, p.paid_on, p.amount, p.method
FROM (
    SELECT i.id AS invoice_id, 1 AS part, i.issued_on + (i.id * 7) % 40 AS paid_on,
           CASE WHEN i.id % 10 = 1 THEN round(i.total_amount * 0.5, 2)
                WHEN i.id % 3 = 0 THEN round(i.total_amount * 0.3, 2)
                ELSE i.total_amount END AS amount,
           (ARRAY['bank transfer', 'card', 'bank transfer', 'check', 'card'])[i.id % 5 + 1] AS method
    FROM core.invoices i
    WHERE i.id % 10 <> 0
    UNION ALL
    SELECT i.id, 2, i.issued_on + (i.id * 7) % 40 + 14 + i.id % 10,
           i.total_amount - round(i.total_amount * 0.3, 2),
           (ARRAY['bank transfer', 'card', 'bank transfer', 'check', 'card'])[(i.id + 2) % 5 + 1]
    FROM core.invoices i
    WHERE i.id % 10 NOT IN (0, 1) AND i.id % 3 = 0
) p
WHERE p.paid_on <= date '2025-10-31';

UPDATE core.invoices i
SET status = CASE WHEN p.paid >= i.total_amount THEN 'paid' ELSE 'partially paid' END
FROM (SELECT invoice_id, sum(amount) AS paid FROM core.payments GROUP BY invoice_id) p
WHERE p.invoice_id = i.id;

-- ---------------------------------------------------------------- reporting views
CREATE VIEW public.event_summary AS
SELECT e.id AS event_id,
       e.event_name,
       e.event_type,
       e.event_date,
       e.status,
       e.guest_count,
       c.name        AS client_name,
       c.client_type,
       v.name        AS venue_name,
       v.city        AS venue_city,
       (SELECT count(*) FROM core.orders o WHERE o.event_id = e.id) AS order_count,
       coalesce((SELECT sum(ol.quantity * ol.unit_price)
                 FROM core.orders o JOIN core.order_lines ol ON ol.order_id = o.id
                 WHERE o.event_id = e.id), 0) AS food_and_drink_total,
       coalesce((SELECT sum(h.line_cost) FROM core.equipment_hires h WHERE h.event_id = e.id), 0) AS equipment_total,
       (SELECT count(*) FROM core.shifts s WHERE s.event_id = e.id) AS staff_on_shift,
       i.invoice_number,
       i.total_amount AS invoice_total,
       i.status       AS invoice_status
FROM core.events e
JOIN core.clients c ON c.id = e.client_id
LEFT JOIN core.venues v ON v.id = e.venue_id
LEFT JOIN core.invoices i ON i.event_id = e.id;

CREATE VIEW public.menu_items AS
SELECT m.id   AS menu_id,
       m.name AS menu_name,
       m.service_style,
       m.is_active AS menu_is_active,
       d.id   AS dish_id,
       d.name AS dish_name,
       d.course,
       d.price,
       d.cost,
       d.price - d.cost AS margin,
       d.is_vegetarian,
       d.is_vegan
FROM core.menu_dishes md
JOIN core.menus m ON m.id = md.menu_id
JOIN core.dishes d ON d.id = md.dish_id;
