-- A garden centre's back-office database: plants and garden products by category and
-- planting season, suppliers and purchase orders, quarterly stock counts, till sales and
-- their sale lines, loyalty-card members, gardening workshops and their bookings, home
-- deliveries of bulky purchases, and the staff. Every table keeps audit columns
-- (created_at, updated_at, created_by) and soft-deletes rows by setting deleted_at.
-- Every row is invented and reproducible: fixed value lists, generate_series and modular
-- arithmetic only (no random values, no clock reads); dates run from 2022 to 2025.

CREATE TYPE staff_role AS ENUM ('manager', 'buyer', 'cashier', 'horticulturist', 'delivery_driver', 'yard_hand');
CREATE TYPE planting_season AS ENUM ('spring', 'summer', 'autumn', 'winter', 'all_year');
CREATE TYPE supplier_status AS ENUM ('active', 'on_hold', 'delisted');
CREATE TYPE purchase_order_status AS ENUM ('draft', 'sent', 'received', 'cancelled');
CREATE TYPE stock_location AS ENUM ('glasshouse', 'outdoor_beds', 'shop_floor', 'warehouse');
CREATE TYPE member_tier AS ENUM ('green', 'silver', 'gold');
CREATE TYPE payment_method AS ENUM ('cash', 'card', 'contactless', 'gift_card');
CREATE TYPE sale_status AS ENUM ('completed', 'refunded', 'voided');
CREATE TYPE workshop_status AS ENUM ('scheduled', 'held', 'cancelled');
CREATE TYPE booking_status AS ENUM ('booked', 'attended', 'no_show', 'cancelled');
CREATE TYPE delivery_status AS ENUM ('scheduled', 'delivered', 'failed', 'cancelled');

CREATE TABLE staff (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text NOT NULL UNIQUE,
    role            staff_role NOT NULL,
    hourly_rate     numeric(6,2) NOT NULL,
    is_full_time    boolean NOT NULL,
    hired_on        date NOT NULL,
    left_on         date,
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL,
    created_by      text NOT NULL,
    deleted_at      timestamp
);

CREATE TABLE categories (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    is_live_plant   boolean NOT NULL,
    vat_rate        numeric(4,2) NOT NULL,
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL,
    created_by      text NOT NULL,
    deleted_at      timestamp
);

CREATE TABLE suppliers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL,
    contact_name    text NOT NULL,
    email           text NOT NULL,
    phone           text,
    city            text NOT NULL,
    country         text NOT NULL,
    lead_time_days  integer NOT NULL,
    status          supplier_status NOT NULL DEFAULT 'active',
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL,
    created_by      text NOT NULL,
    deleted_at      timestamp
);

CREATE TABLE products (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku             text NOT NULL UNIQUE,
    name            text NOT NULL,
    category_id     bigint NOT NULL REFERENCES categories (id),
    supplier_id     bigint NOT NULL REFERENCES suppliers (id),
    season          planting_season NOT NULL,
    retail_price    numeric(8,2) NOT NULL,
    cost_price      numeric(8,2) NOT NULL,
    pot_size_litres numeric(5,1),
    reorder_level   integer NOT NULL,
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL,
    created_by      text NOT NULL,
    deleted_at      timestamp
);

CREATE TABLE stock_counts (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id          bigint NOT NULL REFERENCES products (id),
    counted_on          date NOT NULL,
    location            stock_location NOT NULL,
    quantity_on_hand    integer NOT NULL,
    counted_by_staff_id bigint NOT NULL REFERENCES staff (id),
    created_at          timestamp NOT NULL,
    updated_at          timestamp NOT NULL,
    created_by          text NOT NULL,
    deleted_at          timestamp,
    UNIQUE (product_id, counted_on)
);

CREATE TABLE purchase_orders (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    po_number          text NOT NULL UNIQUE,
    supplier_id        bigint NOT NULL REFERENCES suppliers (id),
    placed_by_staff_id bigint NOT NULL REFERENCES staff (id),
    ordered_on         date NOT NULL,
    expected_on        date NOT NULL,
    received_on        date,
    status             purchase_order_status NOT NULL,
    created_at         timestamp NOT NULL,
    updated_at         timestamp NOT NULL,
    created_by         text NOT NULL,
    deleted_at         timestamp
);

CREATE TABLE purchase_order_lines (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_order_id bigint NOT NULL REFERENCES purchase_orders (id),
    product_id        bigint NOT NULL REFERENCES products (id),
    quantity          integer NOT NULL,
    unit_cost         numeric(8,2) NOT NULL,
    created_at        timestamp NOT NULL,
    updated_at        timestamp NOT NULL,
    created_by        text NOT NULL,
    deleted_at        timestamp
);

CREATE TABLE loyalty_members (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_number      text NOT NULL UNIQUE,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            text NOT NULL,
    postcode         text NOT NULL,
    tier             member_tier NOT NULL DEFAULT 'green',
    points_balance   integer NOT NULL DEFAULT 0,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    joined_on        date NOT NULL,
    created_at       timestamp NOT NULL,
    updated_at       timestamp NOT NULL,
    created_by       text NOT NULL,
    deleted_at       timestamp
);

CREATE TABLE sales (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    receipt_number    text NOT NULL UNIQUE,
    sold_at           timestamp NOT NULL,
    till_number       smallint NOT NULL,
    staff_id          bigint NOT NULL REFERENCES staff (id),
    loyalty_member_id bigint REFERENCES loyalty_members (id),
    payment_method    payment_method NOT NULL,
    status            sale_status NOT NULL,
    total_amount      numeric(10,2) NOT NULL DEFAULT 0,
    created_at        timestamp NOT NULL,
    updated_at        timestamp NOT NULL,
    created_by        text NOT NULL,
    deleted_at        timestamp
);

CREATE TABLE sale_lines (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id         bigint NOT NULL REFERENCES sales (id),
    product_id      bigint NOT NULL REFERENCES products (id),
    quantity        integer NOT NULL,
    unit_price      numeric(8,2) NOT NULL,
    discount_amount numeric(8,2) NOT NULL DEFAULT 0,
    line_total      numeric(10,2) NOT NULL,
    created_at      timestamp NOT NULL,
    updated_at      timestamp NOT NULL,
    created_by      text NOT NULL,
    deleted_at      timestamp
);

CREATE TABLE workshops (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            text NOT NULL,
    held_on          date NOT NULL,
    start_time       time NOT NULL,
    duration_minutes integer NOT NULL,
    tutor_staff_id   bigint NOT NULL REFERENCES staff (id),
    capacity         integer NOT NULL,
    price_per_place  numeric(6,2) NOT NULL,
    status           workshop_status NOT NULL,
    created_at       timestamp NOT NULL,
    updated_at       timestamp NOT NULL,
    created_by       text NOT NULL,
    deleted_at       timestamp
);

CREATE TABLE workshop_bookings (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id       bigint NOT NULL REFERENCES workshops (id),
    loyalty_member_id bigint REFERENCES loyalty_members (id),
    contact_name      text NOT NULL,
    places            smallint NOT NULL,
    amount_paid       numeric(8,2) NOT NULL,
    status            booking_status NOT NULL,
    booked_on         date NOT NULL,
    created_at        timestamp NOT NULL,
    updated_at        timestamp NOT NULL,
    created_by        text NOT NULL,
    deleted_at        timestamp
);

CREATE TABLE deliveries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id          bigint NOT NULL UNIQUE REFERENCES sales (id),
    driver_staff_id  bigint NOT NULL REFERENCES staff (id),
    postcode         text NOT NULL,
    scheduled_for    date NOT NULL,
    delivered_at     timestamp,
    status           delivery_status NOT NULL,
    delivery_fee     numeric(6,2) NOT NULL,
    created_at       timestamp NOT NULL,
    updated_at       timestamp NOT NULL,
    created_by       text NOT NULL,
    deleted_at       timestamp
);

-- ---------------------------------------------------------------- staff
INSERT INTO staff (first_name, last_name, email, role, hourly_rate, is_full_time, hired_on, left_on,
                   created_at, updated_at, created_by)
SELECT v.first_name, v.last_name,
       lower(v.first_name || '.' || v.last_name) || '@greenhollow-gc.co.uk',
       v.role::staff_role, v.rate, v.ft, v.hired::date, v.left_on::date,
       greatest(v.hired::date, date '2021-11-01') + time '09:00',
       coalesce(v.left_on::date, greatest(v.hired::date, date '2021-11-01')) + time '09:00',
       CASE WHEN v.hired::date < date '2021-11-01' THEN 'migration' ELSE 'helen.ashworth' END
FROM (VALUES
 ( 1, 'Helen',   'Ashworth',   'manager',         24.50, true,  '2016-03-01', NULL),
 ( 2, 'David',   'Okafor',     'manager',         21.00, true,  '2019-05-13', NULL),
 ( 3, 'Priya',   'Nair',       'buyer',           17.80, true,  '2018-09-03', NULL),
 ( 4, 'Tom',     'Garside',    'buyer',           16.90, true,  '2023-02-06', NULL),
 ( 5, 'Sophie',  'Turner',     'cashier',         11.90, true,  '2020-04-01', NULL),
 ( 6, 'Liam',    'Kershaw',    'cashier',         11.44, false, '2021-06-14', NULL),
 ( 7, 'Grace',   'Whitfield',  'cashier',         12.10, true,  '2019-03-18', NULL),
 ( 8, 'Ahmed',   'Rahman',     'cashier',         11.44, false, '2022-03-07', NULL),
 ( 9, 'Chloe',   'Bennett',    'cashier',         11.60, false, '2022-05-02', '2024-08-30'),
 (10, 'Jack',    'Doyle',      'cashier',         11.44, false, '2023-03-20', NULL),
 (11, 'Emily',   'Pryce',      'cashier',         12.00, true,  '2024-04-08', NULL),
 (12, 'Noah',    'Fitzgerald', 'cashier',         11.44, false, '2025-03-03', NULL),
 (13, 'Rebecca', 'Holt',       'horticulturist',  15.20, true,  '2017-02-20', NULL),
 (14, 'Owen',    'Price',      'horticulturist',  14.60, true,  '2020-09-07', NULL),
 (15, 'Hannah',  'Lowe',       'horticulturist',  14.10, false, '2021-03-15', NULL),
 (16, 'Samuel',  'Greaves',    'horticulturist',  14.80, true,  '2022-08-01', NULL),
 (17, 'Isla',    'McKenzie',   'horticulturist',  14.10, false, '2024-03-11', NULL),
 (18, 'Martin',  'Cole',       'horticulturist',  15.00, true,  '2018-01-08', '2023-10-31'),
 (19, 'Gary',    'Hughes',     'delivery_driver', 13.20, true,  '2019-07-01', NULL),
 (20, 'Kieran',  'Walsh',      'delivery_driver', 12.80, true,  '2022-02-14', NULL),
 (21, 'Dean',    'Foster',     'delivery_driver', 12.80, false, '2023-05-15', '2025-06-30'),
 (22, 'Marcus',  'Reid',       'delivery_driver', 12.90, true,  '2025-05-19', NULL),
 (23, 'Ben',     'Carter',     'yard_hand',       11.80, true,  '2021-04-12', NULL),
 (24, 'Lucy',    'Hammond',    'yard_hand',       11.60, false, '2022-03-21', NULL),
 (25, 'Ryan',    'Moss',       'yard_hand',       11.60, false, '2024-09-02', NULL),
 (26, 'Zoe',     'Marsh',      'yard_hand',       11.70, false, '2025-04-07', NULL)
) AS v (ord, first_name, last_name, role, rate, ft, hired, left_on)
ORDER BY v.ord;

-- ---------------------------------------------------------------- categories
INSERT INTO categories (name, is_live_plant, vat_rate, created_at, updated_at, created_by)
SELECT v.name, v.live, v.vat, timestamp '2021-11-01 09:00', timestamp '2021-11-01 09:00', 'migration'
FROM (VALUES
 ( 1, 'Perennials',         true,  20.00),
 ( 2, 'Shrubs',             true,  20.00),
 ( 3, 'Trees & Hedging',    true,  20.00),
 ( 4, 'Roses',              true,  20.00),
 ( 5, 'Bulbs',              true,  20.00),
 ( 6, 'Bedding Plants',     true,  20.00),
 ( 7, 'Houseplants',        true,  20.00),
 ( 8, 'Herbs & Veg Plants', true,   0.00),
 ( 9, 'Seeds',              false,  0.00),
 (10, 'Compost & Soil',     false, 20.00),
 (11, 'Tools',              false, 20.00),
 (12, 'Pots & Planters',    false, 20.00),
 (13, 'Garden Furniture',   false, 20.00),
 (14, 'Bird Care',          false, 20.00)
) AS v (ord, name, live, vat)
ORDER BY v.ord;

-- ---------------------------------------------------------------- suppliers
-- supplier 15 is new and has had no order yet; supplier 16 was delisted and soft-deleted
INSERT INTO suppliers (name, contact_name, email, phone, city, country, lead_time_days, status,
                       created_at, updated_at, created_by, deleted_at)
SELECT v.name, v.contact, v.email, v.phone, v.city, v.country, v.lead, v.status::supplier_status,
       v.created::timestamp, coalesce(v.deleted::timestamp, v.created::timestamp),
       v.created_by, v.deleted::timestamp
FROM (VALUES
 ( 1, 'Fernbrook Nurseries',        'Alan Pike',        'orders@fernbrook-nurseries.co.uk', '01386 552310', 'Evesham',    'United Kingdom',  5, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 2, 'Westvale Growers',           'Janet Crowe',      'sales@westvale-growers.co.uk',     '01775 710442', 'Spalding',   'United Kingdom',  4, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 3, 'Oakhurst Trees Ltd',         'Robert Lane',      'trade@oakhurst-trees.co.uk',       '01432 860127', 'Hereford',   'United Kingdom', 12, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 4, 'Harcourt Roses',             'Elaine Harcourt',  'orders@harcourtroses.co.uk',       '01743 290855', 'Shrewsbury', 'United Kingdom',  9, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 5, 'Van der Berg Bulbs BV',      'Pieter van der Berg','export@vdberg-bulbs.nl',         '+31 252 417 300', 'Lisse',   'Netherlands',    14, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 6, 'Meadowsweet Seed Co',        'Fiona Blake',      'trade@meadowsweetseed.co.uk',      '01603 228914', 'Norwich',    'United Kingdom',  6, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 7, 'Greenacre Compost Ltd',      'Steve Marlow',     'depot@greenacre-compost.co.uk',    '01453 764001', 'Stroud',     'United Kingdom',  3, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 8, 'Harrow & Hoe Tools',         'Colin Webster',    'sales@harrowandhoe.co.uk',         '0114 276 5530', 'Sheffield', 'United Kingdom',  7, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 ( 9, 'Impruneta Terracotta Srl',   'Giulia Bartoli',   'export@impruneta-terracotta.it',   '+39 055 201 4471', 'Florence', 'Italy',        21, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 (10, 'Larchwood Furniture',        'Mark Dunmore',     'trade@larchwood-furniture.co.uk',  '0117 962 3380', 'Bristol',   'United Kingdom', 18, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 (11, 'Birdsong Supplies',          'Karen Lister',     'orders@birdsongsupplies.co.uk',    '01452 308812', 'Gloucester', 'United Kingdom',  4, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 (12, 'Hortus Leaf BV',             'Sanne de Vries',   'sales@hortusleaf.nl',              '+31 297 390 118', 'Aalsmeer', 'Netherlands',   10, 'active',   '2021-11-01 09:00', 'migration',     NULL),
 (13, 'Kestrel Horticulture',       'Neil Ambrose',     'orders@kestrel-hort.co.uk',        '01905 611723', 'Worcester',  'United Kingdom',  5, 'active',   '2022-01-17 10:30', 'priya.nair',    NULL),
 (14, 'Vlaamse Plantenhandel NV',   'Joris Peeters',    'verkoop@vlaamseplanten.be',        '+32 9 224 61 90', 'Ghent',   'Belgium',        11, 'on_hold',  '2022-06-06 11:15', 'priya.nair',    NULL),
 (15, 'Blackthorn Hedging',         'Sarah Quinn',      'hello@blackthornhedging.co.uk',    '01531 634020', 'Ledbury',    'United Kingdom',  8, 'active',   '2025-10-13 14:00', 'tom.garside',   NULL),
 (16, 'Copperfield Garden Supplies','Derek Moore',      'sales@copperfield-gs.co.uk',       NULL,           'Swindon',    'United Kingdom', 15, 'delisted', '2021-11-01 09:00', 'migration',     '2022-04-29 16:20')
) AS v (ord, name, contact, email, phone, city, country, lead, status, created, created_by, deleted)
ORDER BY v.ord;

-- ---------------------------------------------------------------- products
-- prices are the current (2025) shelf price; products 97-99 are new lines added in late
-- December 2025 (not sold yet); products 100-102 were keyed in error and soft-deleted
INSERT INTO products (sku, name, category_id, supplier_id, season, retail_price, cost_price, pot_size_litres,
                      reorder_level, is_active, created_at, updated_at, created_by, deleted_at)
SELECT 'GH-' || lpad(v.ord::text, 4, '0'), v.name, c.id, v.sup, v.season::planting_season, v.price, v.cost, v.pot,
       v.reorder, v.active,
       v.created::timestamp, coalesce(v.deleted::timestamp, v.updated::timestamp, v.created::timestamp),
       CASE WHEN v.created::timestamp < timestamp '2022-01-01' THEN 'migration' ELSE 'priya.nair' END,
       v.deleted::timestamp
FROM (VALUES
 (  1, 'Lavender ''Hidcote'' 2L',                 'Perennials',          1, 'spring',    8.99,   3.60,  2.0, 20, true,  '2021-11-01 09:00', NULL, NULL),
 (  2, 'Hardy Geranium ''Rozanne'' 2L',           'Perennials',          1, 'spring',    9.99,   4.10,  2.0, 15, true,  '2021-11-01 09:00', NULL, NULL),
 (  3, 'Salvia ''Caradonna'' 2L',                 'Perennials',         13, 'summer',    8.49,   3.40,  2.0, 15, true,  '2022-01-17 11:00', NULL, NULL),
 (  4, 'Echinacea purpurea 2L',                   'Perennials',         13, 'summer',    9.49,   3.90,  2.0, 12, true,  '2022-01-17 11:00', NULL, NULL),
 (  5, 'Hosta ''June'' 3L',                       'Perennials',          1, 'spring',   12.99,   5.20,  3.0, 10, true,  '2021-11-01 09:00', NULL, NULL),
 (  6, 'Japanese Anemone 3L',                     'Perennials',          1, 'autumn',   11.99,   4.80,  3.0, 10, true,  '2021-11-01 09:00', NULL, NULL),
 (  7, 'Hellebore ''Christmas Rose'' 2L',         'Perennials',         13, 'winter',   14.99,   6.00,  2.0, 10, true,  '2022-01-17 11:00', NULL, NULL),
 (  8, 'Sedum ''Autumn Joy'' 2L',                 'Perennials',         13, 'autumn',    7.99,   3.10,  2.0, 12, true,  '2022-01-17 11:00', NULL, NULL),
 (  9, 'Hydrangea macrophylla 5L',                'Shrubs',              1, 'summer',   24.99,  10.50,  5.0,  8, true,  '2021-11-01 09:00', NULL, NULL),
 ( 10, 'Buddleja ''Black Knight'' 3L',            'Shrubs',             13, 'summer',   16.99,   6.80,  3.0,  8, true,  '2022-01-17 11:00', NULL, NULL),
 ( 11, 'Skimmia japonica 3L',                     'Shrubs',             13, 'winter',   19.99,   8.20,  3.0,  8, true,  '2022-01-17 11:00', NULL, NULL),
 ( 12, 'Pieris ''Forest Flame'' 5L',              'Shrubs',              1, 'spring',   27.99,  11.40,  5.0,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 13, 'Viburnum tinus 5L',                       'Shrubs',             13, 'winter',   22.99,   9.30,  5.0,  6, true,  '2022-01-17 11:00', NULL, NULL),
 ( 14, 'Euonymus ''Emerald Gaiety'' 3L',          'Shrubs',              1, 'all_year', 14.99,   5.90,  3.0,  8, true,  '2021-11-01 09:00', NULL, NULL),
 ( 15, 'Hebe ''Midsummer Beauty'' 3L',            'Shrubs',             13, 'summer',   13.49,   5.30,  3.0,  8, true,  '2022-01-17 11:00', NULL, NULL),
 ( 16, 'Japanese Maple ''Bloodgood'' 10L',        'Trees & Hedging',     3, 'autumn',   59.99,  26.00, 10.0,  4, true,  '2021-11-01 09:00', NULL, NULL),
 ( 17, 'Silver Birch 12L',                        'Trees & Hedging',     3, 'winter',   49.99,  21.50, 12.0,  4, true,  '2021-11-01 09:00', NULL, NULL),
 ( 18, 'Apple Tree ''Cox''''s Orange Pippin'' 12L','Trees & Hedging',    3, 'winter',   39.99,  17.00, 12.0,  4, true,  '2021-11-01 09:00', NULL, NULL),
 ( 19, 'Magnolia stellata 10L',                   'Trees & Hedging',     3, 'spring',   44.99,  19.50, 10.0,  3, true,  '2021-11-01 09:00', NULL, NULL),
 ( 20, 'Beech Hedging Whip (bare root)',          'Trees & Hedging',     3, 'winter',    3.49,   1.20, NULL, 50, true,  '2021-11-01 09:00', NULL, NULL),
 ( 21, 'Cherry Laurel ''Rotundifolia'' 10L',      'Trees & Hedging',     3, 'all_year', 34.99,  14.80, 10.0,  5, true,  '2021-11-01 09:00', NULL, NULL),
 ( 22, 'Olive Tree Standard 20L',                 'Trees & Hedging',     3, 'summer',   89.99,  41.00, 20.0,  3, true,  '2021-11-01 09:00', NULL, NULL),
 ( 23, 'Cherry Tree ''Stella'' 12L',              'Trees & Hedging',     3, 'winter',   42.99,  18.40, 12.0,  3, true,  '2021-11-01 09:00', NULL, NULL),
 ( 24, 'Rose ''Gertrude Jekyll'' 4L',             'Roses',               4, 'summer',   21.99,   9.20,  4.0,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 25, 'Rose ''Iceberg'' 4L',                     'Roses',               4, 'summer',   18.99,   7.90,  4.0,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 26, 'Rose ''Graham Thomas'' 4L',               'Roses',               4, 'summer',   22.99,   9.60,  4.0,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 27, 'Rose ''Peace'' 4L',                       'Roses',               4, 'summer',   17.99,   7.40,  4.0,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 28, 'Rambling Rose ''Albertine'' 4L',          'Roses',               4, 'spring',   19.99,   8.30,  4.0,  5, true,  '2021-11-01 09:00', NULL, NULL),
 ( 29, 'Bare-Root Rose ''Munstead Wood''',        'Roses',               4, 'winter',   16.49,   6.20, NULL, 10, true,  '2021-11-01 09:00', NULL, NULL),
 ( 30, 'Tulip ''Queen of Night'' (10 bulbs)',     'Bulbs',               5, 'autumn',    5.99,   1.90, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 31, 'Daffodil ''Tete-a-Tete'' (20 bulbs)',     'Bulbs',               5, 'autumn',    6.49,   2.10, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 32, 'Allium ''Purple Sensation'' (10 bulbs)',  'Bulbs',               5, 'autumn',    7.99,   2.60, NULL, 30, true,  '2021-11-01 09:00', NULL, NULL),
 ( 33, 'Crocus Mixed (50 bulbs)',                 'Bulbs',               5, 'autumn',    8.49,   2.70, NULL, 30, true,  '2021-11-01 09:00', NULL, NULL),
 ( 34, 'Dahlia ''Cafe au Lait'' Tuber',           'Bulbs',               5, 'spring',    6.99,   2.30, NULL, 25, true,  '2021-11-01 09:00', NULL, NULL),
 ( 35, 'Lily ''Stargazer'' (3 bulbs)',            'Bulbs',               5, 'spring',    5.49,   1.70, NULL, 25, true,  '2021-11-01 09:00', NULL, NULL),
 ( 36, 'Snowdrops in the Green (25)',             'Bulbs',               5, 'winter',   11.99,   4.20, NULL, 20, true,  '2021-11-01 09:00', NULL, NULL),
 ( 37, 'Petunia 6-Pack',                          'Bedding Plants',      2, 'summer',    4.99,   1.60,  0.5, 60, true,  '2021-11-01 09:00', NULL, NULL),
 ( 38, 'Pelargonium 1L',                          'Bedding Plants',      2, 'summer',    3.49,   1.10,  1.0, 60, true,  '2021-11-01 09:00', NULL, NULL),
 ( 39, 'Busy Lizzie 6-Pack',                      'Bedding Plants',      2, 'summer',    4.49,   1.40,  0.5, 40, false, '2021-11-01 09:00', '2024-09-30 12:00', NULL),
 ( 40, 'Pansy 6-Pack',                            'Bedding Plants',      2, 'autumn',    3.99,   1.20,  0.5, 60, true,  '2021-11-01 09:00', NULL, NULL),
 ( 41, 'Cyclamen 1L',                             'Bedding Plants',     14, 'winter',    3.99,   1.30,  1.0, 40, true,  '2022-06-06 11:30', NULL, NULL),
 ( 42, 'Primula 6-Pack',                          'Bedding Plants',      2, 'spring',    4.29,   1.30,  0.5, 50, true,  '2021-11-01 09:00', NULL, NULL),
 ( 43, 'Hanging Basket (Ready Planted)',          'Bedding Plants',     14, 'summer',   24.99,   9.80, NULL, 10, true,  '2022-06-06 11:30', NULL, NULL),
 ( 44, 'Monstera deliciosa 2L',                   'Houseplants',        12, 'all_year', 24.99,  10.20,  2.0,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 45, 'Peace Lily 1.5L',                         'Houseplants',        12, 'all_year', 14.99,   5.80,  1.5,  8, true,  '2021-11-01 09:00', NULL, NULL),
 ( 46, 'Snake Plant 1.5L',                        'Houseplants',        12, 'all_year', 16.99,   6.50,  1.5,  8, true,  '2021-11-01 09:00', NULL, NULL),
 ( 47, 'Phalaenopsis Orchid 1L',                  'Houseplants',        14, 'all_year', 17.99,   7.00,  1.0,  8, true,  '2022-06-06 11:30', NULL, NULL),
 ( 48, 'Fiddle Leaf Fig 5L',                      'Houseplants',        12, 'all_year', 39.99,  16.50,  5.0,  4, true,  '2021-11-01 09:00', NULL, NULL),
 ( 49, 'Poinsettia 1L',                           'Houseplants',        14, 'winter',    7.99,   2.80,  1.0, 30, true,  '2022-06-06 11:30', NULL, NULL),
 ( 50, 'Christmas Cactus 1L',                     'Houseplants',        12, 'winter',    9.99,   3.70,  1.0, 12, true,  '2021-11-01 09:00', NULL, NULL),
 ( 51, 'Basil 1L',                                'Herbs & Veg Plants',  2, 'summer',    2.99,   0.90,  1.0, 30, true,  '2021-11-01 09:00', NULL, NULL),
 ( 52, 'Rosemary 2L',                             'Herbs & Veg Plants',  2, 'all_year',  5.99,   2.10,  2.0, 15, true,  '2021-11-01 09:00', NULL, NULL),
 ( 53, 'Tomato ''Gardener''''s Delight'' 9cm',    'Herbs & Veg Plants',  2, 'spring',    2.49,   0.70,  0.5, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 54, 'Strawberry ''Cambridge Favourite'' 9cm',  'Herbs & Veg Plants',  2, 'spring',    2.99,   0.95,  0.5, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 55, 'Mint 1L',                                 'Herbs & Veg Plants',  2, 'spring',    3.49,   1.05,  1.0, 20, true,  '2021-11-01 09:00', NULL, NULL),
 ( 56, 'Courgette ''Defender'' 9cm',              'Herbs & Veg Plants',  2, 'spring',    2.49,   0.75,  0.5, 30, true,  '2021-11-01 09:00', NULL, NULL),
 ( 57, 'Chilli ''Cayenne'' 1L',                   'Herbs & Veg Plants',  2, 'spring',    3.99,   1.30,  1.0, 20, true,  '2021-11-01 09:00', NULL, NULL),
 ( 58, 'Sweet Pea ''Spencer Mix'' Seeds',         'Seeds',               6, 'spring',    2.79,   0.80, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 59, 'Sunflower ''Russian Giant'' Seeds',       'Seeds',               6, 'spring',    2.49,   0.70, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 60, 'Carrot ''Early Nantes'' Seeds',           'Seeds',               6, 'spring',    1.99,   0.50, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 61, 'Wildflower Meadow Mix 100g',              'Seeds',               6, 'spring',    9.99,   3.60, NULL, 15, true,  '2021-11-01 09:00', NULL, NULL),
 ( 62, 'Hard-Wearing Lawn Seed 1kg',              'Seeds',               6, 'autumn',   12.99,   5.10, NULL, 20, true,  '2021-11-01 09:00', NULL, NULL),
 ( 63, 'Broad Bean ''Aquadulce'' Seeds',          'Seeds',               6, 'autumn',    2.49,   0.70, NULL, 30, false, '2021-11-01 09:00', '2025-01-20 15:00', NULL),
 ( 64, 'Multi-Purpose Compost 50L',               'Compost & Soil',      7, 'all_year',  7.99,   3.70, NULL, 80, true,  '2021-11-01 09:00', NULL, NULL),
 ( 65, 'Peat-Free Compost 40L',                   'Compost & Soil',      7, 'all_year',  8.49,   4.00, NULL, 80, true,  '2021-11-01 09:00', NULL, NULL),
 ( 66, 'John Innes No.2 25L',                     'Compost & Soil',      7, 'all_year',  6.99,   3.20, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 67, 'Ericaceous Compost 50L',                  'Compost & Soil',      7, 'spring',    8.99,   4.10, NULL, 30, true,  '2021-11-01 09:00', NULL, NULL),
 ( 68, 'Farmyard Manure 50L',                     'Compost & Soil',      7, 'autumn',    6.49,   2.80, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 69, 'Bark Mulch 70L',                          'Compost & Soil',      7, 'autumn',    9.49,   4.30, NULL, 30, true,  '2021-11-01 09:00', NULL, NULL),
 ( 70, 'Top Soil 25L',                            'Compost & Soil',      7, 'all_year',  4.49,   1.90, NULL, 40, true,  '2021-11-01 09:00', NULL, NULL),
 ( 71, 'Stainless Steel Border Spade',            'Tools',               8, 'all_year', 39.99,  18.00, NULL,  5, true,  '2021-11-01 09:00', NULL, NULL),
 ( 72, 'Bypass Secateurs',                        'Tools',               8, 'all_year', 19.99,   8.50, NULL, 10, true,  '2021-11-01 09:00', NULL, NULL),
 ( 73, 'Hand Trowel',                             'Tools',               8, 'all_year',  8.99,   3.40, NULL, 12, true,  '2021-11-01 09:00', NULL, NULL),
 ( 74, 'Hedge Shears',                            'Tools',               8, 'summer',   29.99,  13.00, NULL,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 75, 'Leaf Rake',                               'Tools',               8, 'autumn',   14.99,   6.10, NULL,  8, true,  '2021-11-01 09:00', NULL, NULL),
 ( 76, 'Watering Can 10L',                        'Tools',               8, 'summer',   12.99,   5.20, NULL, 10, true,  '2021-11-01 09:00', NULL, NULL),
 ( 77, 'Garden Hose 30m',                         'Tools',               8, 'summer',   34.99,  15.50, NULL,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 78, 'Kneeling Pad',                            'Tools',               8, 'all_year',  6.99,   2.40, NULL, 10, false, '2021-11-01 09:00', '2025-02-14 10:00', NULL),
 ( 79, 'Terracotta Pot 30cm',                     'Pots & Planters',     9, 'all_year', 19.99,   8.10, NULL, 10, true,  '2021-11-01 09:00', NULL, NULL),
 ( 80, 'Terracotta Pot 45cm',                     'Pots & Planters',     9, 'all_year', 39.99,  16.40, NULL,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 81, 'Glazed Blue Pot 35cm',                    'Pots & Planters',     9, 'all_year', 29.99,  12.30, NULL,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 82, 'Window Box 60cm',                         'Pots & Planters',     8, 'spring',   14.99,   5.70, NULL,  8, true,  '2021-11-01 09:00', NULL, NULL),
 ( 83, 'Self-Watering Planter',                   'Pots & Planters',     8, 'all_year', 24.99,  10.20, NULL,  6, true,  '2021-11-01 09:00', NULL, NULL),
 ( 84, 'Seed Tray (Pack of 5)',                   'Pots & Planters',     8, 'spring',    4.99,   1.60, NULL, 20, true,  '2021-11-01 09:00', NULL, NULL),
 ( 85, 'Teak Bench 150cm',                        'Garden Furniture',   10, 'summer',  299.00, 140.00, NULL,  2, true,  '2021-11-01 09:00', NULL, NULL),
 ( 86, 'Bistro Set (Table and 2 Chairs)',         'Garden Furniture',   10, 'summer',  149.00,  68.00, NULL,  3, true,  '2021-11-01 09:00', NULL, NULL),
 ( 87, 'Rattan Corner Sofa',                      'Garden Furniture',   10, 'summer',  899.00, 430.00, NULL,  1, true,  '2021-11-01 09:00', NULL, NULL),
 ( 88, 'Folding Deckchair',                       'Garden Furniture',   10, 'summer',   49.99,  21.00, NULL,  4, true,  '2021-11-01 09:00', NULL, NULL),
 ( 89, 'Parasol 2.7m',                            'Garden Furniture',   10, 'summer',   79.99,  34.00, NULL,  3, true,  '2021-11-01 09:00', NULL, NULL),
 ( 90, 'Steel Fire Pit',                          'Garden Furniture',   10, 'autumn',  129.00,  57.00, NULL,  2, true,  '2021-11-01 09:00', NULL, NULL),
 ( 91, 'Sunflower Hearts 2kg',                    'Bird Care',          11, 'all_year',  8.99,   3.80, NULL, 20, true,  '2021-11-01 09:00', NULL, NULL),
 ( 92, 'Fat Balls (Tub of 50)',                   'Bird Care',          11, 'winter',    9.99,   4.00, NULL, 20, true,  '2021-11-01 09:00', NULL, NULL),
 ( 93, 'Hanging Seed Feeder',                     'Bird Care',          11, 'all_year', 12.99,   5.10, NULL, 10, true,  '2021-11-01 09:00', NULL, NULL),
 ( 94, 'Wooden Nest Box',                         'Bird Care',          11, 'spring',   16.99,   6.70, NULL,  8, true,  '2021-11-01 09:00', NULL, NULL),
 ( 95, 'Stone Bird Bath',                         'Bird Care',          11, 'summer',   34.99,  14.60, NULL,  4, true,  '2021-11-01 09:00', NULL, NULL),
 ( 96, 'Niger Seed 1kg',                          'Bird Care',          11, 'all_year',  6.49,   2.60, NULL, 15, true,  '2021-11-01 09:00', NULL, NULL),
 ( 97, 'Heated Propagator',                       'Tools',               8, 'spring',   54.99,  24.00, NULL,  3, true,  '2025-12-29 10:00', NULL, NULL),
 ( 98, 'Amaryllis ''Red Lion'' Bulb',             'Bulbs',               5, 'winter',    8.99,   3.20, NULL, 15, true,  '2025-12-29 10:00', NULL, NULL),
 ( 99, 'Ceramic Bird Feeder Station',             'Bird Care',          11, 'all_year', 44.99,  19.80, NULL,  3, true,  '2025-12-29 10:00', NULL, NULL),
 (100, 'Lavender Hidcote 2L (duplicate)',         'Perennials',          1, 'spring',    8.99,   3.60,  2.0, 20, false, '2022-02-03 10:00', NULL, '2022-02-03 10:20'),
 (101, 'TEST ITEM - do not sell',                 'Tools',               8, 'all_year',  0.01,   0.01, NULL,  0, false, '2023-05-09 14:00', NULL, '2023-05-09 14:05'),
 (102, 'Peat Free Compost 40 L',                  'Compost & Soil',      7, 'all_year',  8.49,   4.00, NULL, 80, false, '2024-03-12 09:40', NULL, '2024-03-12 11:00')
) AS v (ord, name, category, sup, season, price, cost, pot, reorder, active, created, updated, deleted)
JOIN categories c ON c.name = v.category
ORDER BY v.ord;

-- ---------------------------------------------------------------- loyalty members (join dates grow with id)
-- every 41st member asked to be erased and is soft-deleted; they have no purchases or bookings
INSERT INTO loyalty_members (card_number, first_name, last_name, email, postcode, tier, points_balance,
                             marketing_opt_in, joined_on, created_at, updated_at, created_by, deleted_at)
SELECT 'GH' || lpad(i::text, 6, '0'),
       f.first_name,
       l.last_name,
       lower(f.first_name || '.' || l.last_name) || i || '@' ||
         (ARRAY['gmail.com','outlook.com','btinternet.com','yahoo.co.uk','hotmail.co.uk'])[1 + (i * 3) % 5],
       (ARRAY['GL50 2','GL51 7','GL52 3','GL53 0','GL54 1','GL20 5','GL7 1','WR11 4','GL52 6','GL51 9'])[1 + (i * 7) % 10]
         || chr(65 + (i * 11) % 26) || chr(65 + (i * 5) % 26),
       (CASE WHEN i % 10 = 0 OR i % 23 = 0 THEN 'gold'
             WHEN i % 10 IN (3, 6) OR i % 7 = 0 THEN 'silver'
             ELSE 'green' END)::member_tier,
       (i * 137) % 2400,
       (i % 3 <> 0),
       j.d,
       j.d + time '10:00' + (i % 420) * interval '1 minute',
       j.d + time '10:00' + (i % 420) * interval '1 minute' + ((i * 13) % 300) * interval '1 day',
       CASE WHEN i % 4 = 0 THEN 'web_signup' ELSE 'till' || (1 + i % 3) END,
       NULL
FROM generate_series(1, 420) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 90 THEN date '2022-03-01' + (i - 1) * 45 / 90
                                ELSE date '2022-04-15' + (i - 91) * 1350 / 330 END AS d) j
CROSS JOIN LATERAL (SELECT (ARRAY['Susan','Peter','Margaret','John','Linda','Richard','Carol','Michael','Janet','Stephen',
                                   'Ann','Andrew','Gillian','Paul','Karen','Ian','Julie','Mark','Deborah','Simon',
                                   'Rachel','James','Claire','Robert','Alison','Nigel','Joanne','Graham','Fiona','Keith',
                                   'Sarah','Colin','Elizabeth','Neil','Patricia','Trevor'])[1 + i % 36] AS first_name) f
CROSS JOIN LATERAL (SELECT (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                                   'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
                                   'Harris','Lewis','Morgan','Cooper','King','Baker','Harrison','Morris','Hill','Ward',
                                   'Moore','Parker','Watson','Bennett','Griffiths','Edwards','Turner','Phillips','Cook','Hughes',
                                   'Allen','Mason','Carter','Shaw','Lloyd'])[1 + (i / 36 + 13 * (i % 36)) % 45] AS last_name) l
ORDER BY i;

UPDATE loyalty_members
SET deleted_at = joined_on + 200 + (id % 60)::int + time '16:45',
    updated_at = joined_on + 200 + (id % 60)::int + time '16:45'
WHERE id % 41 = 0;

-- ---------------------------------------------------------------- sales (till transactions)
-- busier in spring and early summer, and growing year on year
INSERT INTO sales (receipt_number, sold_at, till_number, staff_id, loyalty_member_id, payment_method, status,
                   total_amount, created_at, updated_at, created_by)
SELECT 'R' || to_char(x.d, 'YYMMDD') || '-' || lpad(x.i::text, 4, '0'),
       x.d + time '09:00' + ((x.i * 53) % 520) * interval '1 minute',
       x.till,
       (SELECT s.id FROM staff s
         WHERE s.role = 'cashier' AND s.hired_on <= x.d AND (s.left_on IS NULL OR s.left_on >= x.d)
         ORDER BY s.id
         OFFSET (x.i * 11 + x.i / 13) % (SELECT count(*) FROM staff s2
                              WHERE s2.role = 'cashier' AND s2.hired_on <= x.d AND (s2.left_on IS NULL OR s2.left_on >= x.d))
         LIMIT 1),
       CASE WHEN (x.i * 7) % 20 < 9 AND x.d >= date '2022-03-05' THEN
         (SELECT m.id FROM loyalty_members m
           WHERE m.joined_on <= x.d AND m.id % 41 <> 0
           ORDER BY m.id
           OFFSET (x.i * 31) % (SELECT count(*) FROM loyalty_members m2 WHERE m2.joined_on <= x.d AND m2.id % 41 <> 0)
           LIMIT 1)
       END,
       (CASE WHEN (x.i * 11) % 20 < 3 THEN 'cash'
             WHEN (x.i * 11) % 20 < 9 THEN 'card'
             WHEN (x.i * 11) % 20 < 19 THEN 'contactless'
             ELSE 'gift_card' END)::payment_method,
       (CASE WHEN (x.i * 17) % 50 = 0 THEN 'voided'
             WHEN (x.i * 17) % 50 IN (1, 2) THEN 'refunded'
             ELSE 'completed' END)::sale_status,
       0,
       x.d + time '09:00' + ((x.i * 53) % 520) * interval '1 minute',
       x.d + time '09:00' + ((x.i * 53) % 520) * interval '1 minute'
         + CASE WHEN (x.i * 17) % 50 IN (1, 2) THEN (3 + x.i % 10) * interval '1 day' ELSE interval '0' END,
       'till' || x.till
FROM (SELECT g AS i,
             date '2022-01-01' + (g * 7919) % 1461 AS d,
             (1 + (g * 7) % CASE WHEN g % 3 = 0 THEN 4 ELSE 3 END)::smallint AS till
      FROM generate_series(1, 3600) AS g) x
WHERE CASE WHEN extract(month FROM x.d) IN (4, 5, 6) THEN true
           WHEN extract(month FROM x.d) IN (3, 7, 8, 9) THEN (x.i * 13) % 10 < 5 + (extract(year FROM x.d)::int - 2022)
           WHEN extract(month FROM x.d) = 12 THEN (x.i * 13) % 10 < 5
           ELSE (x.i * 13) % 10 < 2 + (extract(year FROM x.d)::int - 2022) END
ORDER BY x.d + time '09:00' + ((x.i * 53) % 520) * interval '1 minute', x.i;

-- ---------------------------------------------------------------- sale lines
-- a sale picks its products among those in season that month (or sold all year round);
-- cheap lines are picked more often than dear ones
INSERT INTO sale_lines (sale_id, product_id, quantity, unit_price, discount_amount, line_total,
                        created_at, updated_at, created_by)
WITH elig AS (
    SELECT sg.grp, p.id AS product_id, p.retail_price, c.name AS category,
           row_number() OVER (PARTITION BY sg.grp ORDER BY p.id, w.n) AS rn,
           count(*) OVER (PARTITION BY sg.grp) AS cnt
    FROM products p
    JOIN categories c ON c.id = p.category_id
    CROSS JOIN (VALUES ('spring'), ('summer'), ('autumn'), ('winter')) AS sg (grp)
    CROSS JOIN LATERAL generate_series(1, CASE WHEN p.retail_price < 10 THEN 6
                                               WHEN p.retail_price < 30 THEN 3
                                               WHEN p.retail_price < 100 THEN 2
                                               ELSE 1 END) AS w (n)
    WHERE p.deleted_at IS NULL AND p.created_at < timestamp '2025-12-01'
      AND (p.season::text = sg.grp OR p.season = 'all_year')
),
lines AS (
    SELECT s.id AS sale_id, s.sold_at, s.loyalty_member_id, s.created_by, k,
           CASE WHEN extract(month FROM s.sold_at) IN (3, 4, 5) THEN 'spring'
                WHEN extract(month FROM s.sold_at) IN (6, 7, 8) THEN 'summer'
                WHEN extract(month FROM s.sold_at) IN (9, 10, 11) THEN 'autumn'
                ELSE 'winter' END AS grp
    FROM sales s
    CROSS JOIN LATERAL generate_series(1, 1 + (s.id * 7) % 4) AS k
)
SELECT l.sale_id, e.product_id, q.qty,
       round(e.retail_price * (0.88 + 0.04 * (extract(year FROM l.sold_at) - 2022)), 2),
       CASE WHEN l.loyalty_member_id IS NOT NULL AND (l.sale_id + l.k) % 3 = 0
            THEN round(q.qty * round(e.retail_price * (0.88 + 0.04 * (extract(year FROM l.sold_at) - 2022)), 2) * 0.10, 2)
            ELSE 0 END,
       0,
       l.sold_at, l.sold_at, l.created_by
FROM lines l
JOIN LATERAL (SELECT e.* FROM elig e
               WHERE e.grp = l.grp
                 AND e.rn = 1 + (l.sale_id * 37 + l.k * 101 + l.k * l.sale_id) % e.cnt) e ON true
CROSS JOIN LATERAL (SELECT CASE WHEN e.category IN ('Bedding Plants', 'Herbs & Veg Plants', 'Seeds', 'Bulbs')
                                THEN 1 + (l.sale_id + l.k * 3) % 6
                                WHEN e.category = 'Compost & Soil' THEN 1 + (l.sale_id * l.k) % 4
                                WHEN e.category = 'Trees & Hedging' AND e.retail_price < 10 THEN 5 * (1 + (l.sale_id + l.k) % 5)
                                WHEN e.retail_price < 20 THEN 1 + (l.sale_id + l.k) % 2
                                ELSE 1 END AS qty) q
ORDER BY l.sale_id, l.k;

UPDATE sale_lines SET line_total = quantity * unit_price - discount_amount;

-- a product can appear twice in one basket when picked twice: that is kept as two lines
UPDATE sales s
SET total_amount = t.total
FROM (SELECT sale_id, sum(line_total) AS total FROM sale_lines GROUP BY sale_id) t
WHERE t.sale_id = s.id;

-- ---------------------------------------------------------------- deliveries
-- completed sales with a tree, furniture or at least 3 bags of compost are delivered
INSERT INTO deliveries (sale_id, driver_staff_id, postcode, scheduled_for, delivered_at, status, delivery_fee,
                        created_at, updated_at, created_by)
SELECT x.sale_id,
       (SELECT st.id FROM staff st
         WHERE st.role = 'delivery_driver' AND st.hired_on <= x.sched AND (st.left_on IS NULL OR st.left_on >= x.sched)
         ORDER BY st.id
         OFFSET (x.sale_id * 7 + x.sale_id / 5) % (SELECT count(*) FROM staff s2
                                    WHERE s2.role = 'delivery_driver' AND s2.hired_on <= x.sched
                                      AND (s2.left_on IS NULL OR s2.left_on >= x.sched))
         LIMIT 1),
       x.postcode,
       x.sched,
       CASE WHEN x.st = 'delivered' THEN x.sched + time '08:30' + ((x.sale_id * 37) % 510) * interval '1 minute' END,
       x.st::delivery_status,
       CASE WHEN x.total >= 150 THEN 0.00
            WHEN x.postcode LIKE 'GL5%' THEN 9.95
            ELSE 14.95 END,
       x.sold_at, x.sold_at + interval '1 day', x.created_by
FROM (
    SELECT s.id AS sale_id, s.sold_at, s.total_amount AS total, s.created_by,
           s.sold_at::date + 1 + (s.id % 6)::int AS sched,
           coalesce(m.postcode,
                    (ARRAY['GL50 3','GL51 8','GL52 2','GL53 7','GL54 4','GL20 6','GL7 2','WR11 7'])[1 + (s.id * 3) % 8]
                      || chr((65 + (s.id * 7) % 26)::int) || chr((65 + (s.id * 13) % 26)::int)) AS postcode,
           CASE WHEN s.sold_at::date + 1 + (s.id % 6)::int > date '2025-12-31' THEN 'scheduled'
                WHEN s.id % 23 = 4 THEN 'failed'
                WHEN s.id % 31 = 9 THEN 'cancelled'
                ELSE 'delivered' END AS st
    FROM sales s
    LEFT JOIN loyalty_members m ON m.id = s.loyalty_member_id
    WHERE s.status = 'completed'
      AND EXISTS (SELECT 1 FROM sale_lines sl JOIN products p ON p.id = sl.product_id
                   JOIN categories c ON c.id = p.category_id
                   WHERE sl.sale_id = s.id
                     AND (c.name = 'Garden Furniture'
                          OR (c.name = 'Trees & Hedging' AND p.retail_price >= 30)
                          OR (c.name = 'Compost & Soil' AND sl.quantity >= 3)))
      AND s.id % 3 <> 1
) x
ORDER BY x.sale_id;

-- ---------------------------------------------------------------- stock counts (quarter-end stock takes)
INSERT INTO stock_counts (product_id, counted_on, location, quantity_on_hand, counted_by_staff_id,
                          created_at, updated_at, created_by)
SELECT p.id, q.d,
       (CASE WHEN c.name IN ('Houseplants', 'Bedding Plants', 'Herbs & Veg Plants') THEN 'glasshouse'
             WHEN c.is_live_plant AND c.name <> 'Bulbs' THEN 'outdoor_beds'
             WHEN c.name IN ('Compost & Soil', 'Garden Furniture', 'Pots & Planters') THEN 'warehouse'
             ELSE 'shop_floor' END)::stock_location,
       CASE WHEN c.name = 'Garden Furniture' THEN (p.id * 3 + q.n * 5) % 9
            ELSE greatest(0, p.reorder_level * (1 + (p.id * 7 + q.n * 11) % 5) / 2 + (p.id * q.n) % 7 - 3) END,
       CASE WHEN c.is_live_plant
            THEN (ARRAY[13, 14, 15, 16])[1 + (p.id + q.n) % 4] + CASE WHEN q.d > date '2024-03-11' AND (p.id + q.n) % 4 = 3 THEN 1 ELSE 0 END
            ELSE (ARRAY[23, 24])[1 + (p.id + q.n) % 2] END,
       q.d + time '18:00', q.d + time '18:00', 'stocktake_app'
FROM products p
JOIN categories c ON c.id = p.category_id
CROSS JOIN LATERAL (SELECT n, (date '2022-01-01' + n * interval '3 months' - interval '1 day')::date AS d
                    FROM generate_series(1, 16) AS n) q
WHERE p.deleted_at IS NULL AND p.created_at < q.d
ORDER BY q.d, p.id;

-- ---------------------------------------------------------------- purchase orders
INSERT INTO purchase_orders (po_number, supplier_id, placed_by_staff_id, ordered_on, expected_on, received_on, status,
                             created_at, updated_at, created_by)
SELECT 'PO-' || extract(year FROM x.od) || '-' || lpad(x.i::text, 4, '0'),
       x.sup,
       CASE WHEN x.od >= date '2023-02-06' AND x.i % 2 = 0 THEN 4 ELSE 3 END,
       x.od,
       x.od + sp.lead_time_days,
       CASE WHEN x.st = 'received' THEN x.od + sp.lead_time_days + ((x.i * 3) % 7) - 2 END,
       x.st::purchase_order_status,
       x.od + time '11:00',
       CASE WHEN x.st = 'received' THEN x.od + sp.lead_time_days + ((x.i * 3) % 7) - 2 + time '15:00'
            ELSE x.od + time '11:00' END,
       CASE WHEN x.od >= date '2023-02-06' AND x.i % 2 = 0 THEN 'tom.garside' ELSE 'priya.nair' END
FROM (SELECT i, od, sup,
             CASE WHEN od + 30 > date '2025-12-31' AND i % 3 = 0 THEN 'draft'
                  WHEN od + 30 > date '2025-12-31' THEN 'sent'
                  WHEN i % 19 = 0 THEN 'cancelled'
                  ELSE 'received' END AS st
      FROM (SELECT i,
                   date '2022-01-10' + (i - 1) * 1440 / 270 + i % 4 AS od,
                   CASE WHEN i % 45 = 17 AND i > 45 THEN 14
                        ELSE (ARRAY[7,2,1,7,13,5,2,7,11,3,1,6,7,2,4,8,12,7,9,13,10,5,2,1,11,6,12])[1 + (i * 7) % 27] END AS sup
            FROM generate_series(1, 270) AS i) y) x
JOIN suppliers sp ON sp.id = x.sup
ORDER BY x.i;

INSERT INTO purchase_order_lines (purchase_order_id, product_id, quantity, unit_cost, created_at, updated_at, created_by)
SELECT po.id, p.id,
       CASE WHEN c.name = 'Bedding Plants' THEN 12 * (1 + (po.id + p.id) % 4)
            WHEN c.name = 'Herbs & Veg Plants' THEN 12 * (2 + (po.id + p.id) % 4)
            WHEN c.name IN ('Bulbs', 'Seeds') THEN 10 * (1 + (po.id * p.id) % 4)
            WHEN c.name = 'Compost & Soil' THEN 10 * (1 + (po.id + p.id) % 3)
            WHEN c.name = 'Garden Furniture' THEN 1 + (po.id + p.id) % 3
            WHEN c.name = 'Trees & Hedging' AND p.retail_price < 10 THEN 50 + 25 * ((po.id + p.id) % 4)
            WHEN c.name IN ('Trees & Hedging', 'Roses', 'Shrubs') THEN 2 + (po.id + p.id) % 6
            WHEN c.name = 'Perennials' THEN 4 + (po.id * 3 + p.id) % 12
            WHEN c.name = 'Tools' THEN 24 + (po.id * 3 + p.id) % 48
            WHEN c.name IN ('Bird Care', 'Pots & Planters') THEN 10 + (po.id * 3 + p.id) % 23
            ELSE 6 + (po.id * 3 + p.id) % 19 END,
       round(p.cost_price * (0.90 + 0.033 * (extract(year FROM po.ordered_on) - 2022)), 2),
       po.created_at, po.created_at, po.created_by
FROM purchase_orders po
JOIN LATERAL (SELECT p.*, row_number() OVER (ORDER BY p.id) AS rn, count(*) OVER () AS cnt
              FROM products p
              WHERE p.supplier_id = po.supplier_id AND p.deleted_at IS NULL AND p.created_at < po.ordered_on) p ON true
JOIN categories c ON c.id = p.category_id
WHERE (p.rn - 1 + po.id * 5) % p.cnt < 1 + (po.id * 3) % 4
ORDER BY po.id, p.id;

-- ---------------------------------------------------------------- workshops (two a month)
INSERT INTO workshops (title, held_on, start_time, duration_minutes, tutor_staff_id, capacity, price_per_place, status,
                       created_at, updated_at, created_by)
SELECT t.title, x.d,
       CASE WHEN x.slot = 1 THEN time '10:00' ELSE time '14:00' END,
       CASE WHEN t.title LIKE '%Wreath%' OR t.title LIKE 'Bonsai%' THEN 150 ELSE 90 END,
       (SELECT st.id FROM staff st
         WHERE st.role = 'horticulturist' AND st.hired_on <= x.d AND (st.left_on IS NULL OR st.left_on >= x.d)
         ORDER BY st.id
         OFFSET (x.m * 2 + x.slot) % (SELECT count(*) FROM staff s2
                                       WHERE s2.role = 'horticulturist' AND s2.hired_on <= x.d
                                         AND (s2.left_on IS NULL OR s2.left_on >= x.d))
         LIMIT 1),
       12 + ((x.m * 2 + x.slot) * 5) % 9,
       CASE WHEN t.title LIKE '%Wreath%' THEN 45.00
            WHEN t.title LIKE 'Bonsai%' THEN 40.00
            WHEN t.title LIKE '%Terrarium%' OR t.title LIKE '%Centrepiece%' THEN 35.00
            WHEN t.title LIKE '%Basket%' THEN 30.00
            WHEN x.slot = 1 THEN 20.00
            ELSE 25.00 END,
       (CASE WHEN x.d > date '2025-11-30' THEN 'scheduled'
             WHEN (x.m * 2 + x.slot) % 13 = 5 THEN 'cancelled'
             ELSE 'held' END)::workshop_status,
       x.d - 45 + time '09:30',
       CASE WHEN x.d > date '2025-11-30' THEN x.d - 45 + time '09:30' ELSE x.d + time '17:00' END,
       'events.desk'
FROM (SELECT m, slot,
             (date '2022-01-01' + m * interval '1 month')::date + CASE WHEN slot = 1 THEN 8 + m % 5 ELSE 21 + m % 5 END AS d
      FROM generate_series(0, 47) AS m
      CROSS JOIN generate_series(1, 2) AS slot) x
JOIN (VALUES
 ( 1, 1, 'Winter Pruning of Fruit Trees'), ( 1, 2, 'Planning Your Veg Plot'),
 ( 2, 1, 'Sowing Seeds Indoors'),          ( 2, 2, 'Rose Pruning Masterclass'),
 ( 3, 1, 'Lawn Care Basics'),              ( 3, 2, 'Propagating Houseplants'),
 ( 4, 1, 'Planting a Herb Garden'),        ( 4, 2, 'Container Gardening'),
 ( 5, 1, 'Hanging Basket Workshop'),       ( 5, 2, 'Growing Tomatoes'),
 ( 6, 1, 'Wildlife-Friendly Gardening'),   ( 6, 2, 'Summer Pruning'),
 ( 7, 1, 'Watering Wisely'),               ( 7, 2, 'Taking Cuttings'),
 ( 8, 1, 'Saving Seeds'),                  ( 8, 2, 'Succulent Terrariums'),
 ( 9, 1, 'Planting Spring Bulbs'),         ( 9, 2, 'Autumn Lawn Renovation'),
 (10, 1, 'Composting Made Easy'),          (10, 2, 'Bonsai for Beginners'),
 (11, 1, 'Planting Bare-Root Roses'),      (11, 2, 'Christmas Wreath Making'),
 (12, 1, 'Christmas Wreath Making'),       (12, 2, 'Festive Table Centrepieces')
) AS t (month, slot, title) ON t.month = 1 + x.m % 12 AND t.slot = x.slot
ORDER BY x.d, x.slot;

-- ---------------------------------------------------------------- workshop bookings
-- bookings fill a workshop up to its capacity at most; every 3rd booking is a guest (no card)
INSERT INTO workshop_bookings (workshop_id, loyalty_member_id, contact_name, places, amount_paid, status, booked_on,
                               created_at, updated_at, created_by, deleted_at)
SELECT b.workshop_id, b.member_id,
       coalesce(m.first_name || ' ' || m.last_name,
                (ARRAY['Anne Fletcher','Brian Osborne','Diane Patel','Gordon Lamb','Irene Sutton','Kevin Dale',
                       'Maureen Quigley','Philip Rowe','Sheila Grant','Victor Hale','Wendy Ingram','Yvonne Booth'])
                  [1 + (b.workshop_id * 5 + b.k) % 12]),
       b.places,
       CASE WHEN b.st = 'cancelled' THEN 0 ELSE b.places * b.price END,
       b.st::booking_status,
       b.booked_on,
       b.booked_on + time '12:00',
       CASE WHEN b.st IN ('attended', 'no_show') THEN b.held_on + time '17:30' ELSE b.booked_on + time '12:00' END,
       CASE WHEN b.member_id IS NULL THEN 'events.desk' ELSE 'web_booking' END,
       CASE WHEN (b.workshop_id * b.k) % 53 = 7 THEN b.booked_on + time '12:10' END
FROM (
    SELECT w.id AS workshop_id, w.held_on, w.price_per_place AS price, g.k,
           (1 + (w.id + g.k) % 3 / 2)::smallint AS places,
           sum(1 + (w.id + g.k) % 3 / 2) OVER (PARTITION BY w.id ORDER BY g.k) AS running,
           w.capacity,
           w.held_on - (3 + (g.k * 5 + w.id) % 25)::int AS booked_on,
           CASE WHEN (w.id + g.k) % 3 = 0 OR w.held_on - (3 + (g.k * 5 + w.id) % 25)::int < date '2022-03-05' THEN NULL
                ELSE (SELECT m.id FROM loyalty_members m
                       WHERE m.joined_on <= w.held_on - (3 + (g.k * 5 + w.id) % 25)::int AND m.id % 41 <> 0
                       ORDER BY m.id
                       OFFSET (w.id * 17 + g.k * 29) % (SELECT count(*) FROM loyalty_members m2
                                                         WHERE m2.joined_on <= w.held_on - (3 + (g.k * 5 + w.id) % 25)::int
                                                           AND m2.id % 41 <> 0)
                       LIMIT 1) END AS member_id,
           CASE WHEN w.status = 'cancelled' THEN 'cancelled'
                WHEN w.status = 'scheduled' THEN 'booked'
                WHEN (w.id + g.k * 3) % 17 = 0 THEN 'cancelled'
                WHEN (w.id * g.k) % 11 = 0 THEN 'no_show'
                ELSE 'attended' END AS st
    FROM workshops w
    CROSS JOIN LATERAL generate_series(1, CASE WHEN w.title LIKE '%Wreath%' THEN 20
                                               ELSE 3 + (w.id * 7) % 9 END) AS g (k)
) b
LEFT JOIN loyalty_members m ON m.id = b.member_id
WHERE b.running <= b.capacity
ORDER BY b.workshop_id, b.k;
