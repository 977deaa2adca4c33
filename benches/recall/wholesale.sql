-- Sales warehouse of a wholesale food distributor supplying restaurants, cafés, hotels and
-- caterers in France, used as the sample database of the golden set
-- benches/intent/wholesale.frozen.yaml. Star schema: dim_* dimensions, fact_* facts.
-- Nothing carries a comment; every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE TABLE dim_date (
    date_key    integer PRIMARY KEY,
    full_date   date NOT NULL UNIQUE,
    year        integer NOT NULL,
    quarter     integer NOT NULL,
    month       integer NOT NULL,
    month_name  varchar(9) NOT NULL,
    day_of_week varchar(9) NOT NULL,
    is_weekend  boolean NOT NULL
);

CREATE TABLE dim_customer (
    customer_key       integer PRIMARY KEY,
    customer_code      varchar(10) NOT NULL UNIQUE,
    customer_name      text NOT NULL,
    segment            text NOT NULL,
    city               text NOT NULL,
    postcode           varchar(5) NOT NULL,
    contact_email      varchar(120),
    phone              varchar(20),
    price_tier         text NOT NULL,
    credit_limit       numeric(10,2) NOT NULL,
    payment_terms_days integer NOT NULL,
    is_active          boolean NOT NULL,
    account_opened_on  date NOT NULL,
    closed_on          date,
    created_at         timestamptz NOT NULL
);

CREATE TABLE dim_sales_rep (
    sales_rep_key   integer PRIMARY KEY,
    employee_code   varchar(8) NOT NULL UNIQUE,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    territory       text NOT NULL,
    email           varchar(120) NOT NULL,
    mobile          varchar(20),
    hired_on        date NOT NULL,
    left_on         date,
    commission_rate numeric(4,3) NOT NULL,
    is_active       boolean NOT NULL
);

CREATE TABLE dim_supplier (
    supplier_key     integer PRIMARY KEY,
    supplier_name    text NOT NULL,
    country          text NOT NULL,
    city             text NOT NULL,
    lead_time_days   integer NOT NULL,
    is_local         boolean NOT NULL,
    contact_email    varchar(120),
    contract_ends_on date
);

CREATE TABLE dim_product (
    product_key      integer PRIMARY KEY,
    sku              varchar(12) NOT NULL UNIQUE,
    product_name     text NOT NULL,
    category         text NOT NULL,
    supplier_key     integer NOT NULL REFERENCES dim_supplier (supplier_key),
    unit_of_measure  varchar(10) NOT NULL,
    list_price       numeric(10,2) NOT NULL,
    unit_cost        numeric(10,2) NOT NULL,
    storage_type     text NOT NULL,
    is_organic       boolean NOT NULL,
    shelf_life_days  integer,
    listed_on        date NOT NULL,
    price_updated_at timestamp
);

CREATE TABLE dim_depot (
    depot_key        integer PRIMARY KEY,
    depot_name       text NOT NULL,
    city             text NOT NULL,
    region           text NOT NULL,
    has_cold_storage boolean NOT NULL,
    dock_count       integer NOT NULL,
    opened_on        date NOT NULL
);

CREATE TABLE fact_order_line (
    order_line_key              integer PRIMARY KEY,
    order_number                varchar(16) NOT NULL,
    line_number                 integer NOT NULL,
    date_key                    integer NOT NULL REFERENCES dim_date (date_key),
    requested_delivery_date_key integer NOT NULL REFERENCES dim_date (date_key),
    customer_key                integer NOT NULL REFERENCES dim_customer (customer_key),
    product_key                 integer NOT NULL REFERENCES dim_product (product_key),
    sales_rep_key               integer NOT NULL REFERENCES dim_sales_rep (sales_rep_key),
    depot_key                   integer NOT NULL REFERENCES dim_depot (depot_key),
    order_channel               text NOT NULL,
    pricing_type                text NOT NULL,
    promo_code                  varchar(12),
    quantity                    integer NOT NULL,
    unit_price                  numeric(10,2) NOT NULL,
    gross_amount                numeric(12,2) NOT NULL,
    discount_amount             numeric(10,2) NOT NULL,
    net_amount                  numeric(12,2) NOT NULL,
    cost_amount                 numeric(12,2) NOT NULL,
    UNIQUE (order_number, line_number)
);

CREATE TABLE fact_delivery (
    delivery_key           integer PRIMARY KEY,
    delivery_number        varchar(16) NOT NULL UNIQUE,
    order_number           varchar(16) NOT NULL,
    scheduled_date_key     integer NOT NULL REFERENCES dim_date (date_key),
    delivered_date_key     integer REFERENCES dim_date (date_key),
    customer_key           integer NOT NULL REFERENCES dim_customer (customer_key),
    depot_key              integer NOT NULL REFERENCES dim_depot (depot_key),
    delivery_status        text NOT NULL,
    vehicle_type           text NOT NULL,
    driver_name            text NOT NULL,
    cases_ordered          integer NOT NULL,
    cases_delivered        integer NOT NULL,
    delay_minutes          integer,
    distance_km            numeric(6,1) NOT NULL,
    delivery_charge        numeric(8,2) NOT NULL,
    temperature_check_ok   boolean
);

CREATE TABLE fact_credit_note (
    credit_note_key    integer PRIMARY KEY,
    credit_note_number varchar(16) NOT NULL UNIQUE,
    order_number       varchar(16) NOT NULL,
    date_key           integer NOT NULL REFERENCES dim_date (date_key),
    invoice_date_key   integer NOT NULL REFERENCES dim_date (date_key),
    customer_key       integer NOT NULL REFERENCES dim_customer (customer_key),
    product_key        integer NOT NULL REFERENCES dim_product (product_key),
    sales_rep_key      integer NOT NULL REFERENCES dim_sales_rep (sales_rep_key),
    reason             text NOT NULL,
    status             text NOT NULL,
    quantity           integer NOT NULL,
    credit_amount      numeric(10,2) NOT NULL,
    restocked          boolean NOT NULL
);

-- calendar 2022-2024
INSERT INTO dim_date
SELECT to_char(d, 'YYYYMMDD')::integer,
       d::date,
       extract(year FROM d)::integer,
       extract(quarter FROM d)::integer,
       extract(month FROM d)::integer,
       trim(to_char(d, 'Month')),
       trim(to_char(d, 'Day')),
       extract(isodow FROM d) IN (6, 7)
FROM generate_series(date '2022-01-01', date '2024-12-31', interval '1 day') AS d;

INSERT INTO dim_sales_rep VALUES
 (1,  'E1041', 'Sophie',  'Martin',   'Paris',     'sophie.martin@gastrodis.fr',   '06 12 44 80 11', '2014-09-01', NULL,         0.030, true),
 (2,  'E1057', 'Julien',  'Bernard',  'Paris',     'julien.bernard@gastrodis.fr',  '06 31 72 05 94', '2017-03-13', NULL,         0.025, true),
 (3,  'E1063', 'Camille', 'Dubois',   'Lyon',      'camille.dubois@gastrodis.fr',  NULL,             '2018-01-08', NULL,         0.025, true),
 (4,  'E1078', 'Thomas',  'Leroy',    'Lyon',      'thomas.leroy@gastrodis.fr',    '06 77 20 43 58', '2019-05-20', NULL,         0.025, true),
 (5,  'E1082', 'Nadia',   'Haddad',   'Marseille', 'nadia.haddad@gastrodis.fr',    '06 45 18 92 37', '2019-10-01', NULL,         0.030, true),
 (6,  'E1090', 'Lucas',   'Moreau',   'Bordeaux',  'lucas.moreau@gastrodis.fr',    '06 58 63 14 70', '2020-02-03', NULL,         0.025, true),
 (7,  'E1095', 'Élodie',  'Petit',    'Lille',     'elodie.petit@gastrodis.fr',    NULL,             '2020-06-15', NULL,         0.020, true),
 (8,  'E1102', 'Antoine', 'Girard',   'Nantes',    'antoine.girard@gastrodis.fr',  '06 09 81 27 66', '2021-01-11', NULL,         0.020, true),
 (9,  'E1108', 'Manon',   'Roux',     'Toulouse',  'manon.roux@gastrodis.fr',      '06 22 35 71 08', '2021-04-06', NULL,         0.020, true),
 (10, 'E1113', 'Karim',   'Benali',   'Nice',      'karim.benali@gastrodis.fr',    '06 64 90 52 13', '2021-09-01', NULL,         0.025, true),
 (11, 'E1120', 'Claire',  'Fournier', 'Paris',     'claire.fournier@gastrodis.fr', '06 83 47 16 29', '2016-11-07', NULL,         0.035, true),
 (12, 'E1033', 'Hugo',    'Lambert',  'Lyon',      'hugo.lambert@gastrodis.fr',    NULL,             '2012-04-02', '2023-06-30', 0.030, false);

INSERT INTO dim_supplier VALUES
 (1,  'Laiterie des Alpes',        'France',      'Annecy',           3, true,  'commandes@laiteriedesalpes.fr', '2025-06-30'),
 (2,  'Fromagerie Morin',          'France',      'Rennes',           4, true,  'ventes@fromagerie-morin.fr',    '2025-03-31'),
 (3,  'Boucherie Charolaise SA',   'France',      'Mâcon',            2, true,  'pro@charolaise-sa.fr',          NULL),
 (4,  'Volailles de Bresse',       'France',      'Bourg-en-Bresse',  2, true,  NULL,                            '2024-12-31'),
 (5,  'Marée Atlantique',          'France',      'Boulogne-sur-Mer', 1, true,  'ventes@maree-atlantique.fr',     NULL),
 (6,  'Primeurs du Sud',           'France',      'Cavaillon',        2, true,  'contact@primeursdusud.fr',      '2025-09-30'),
 (7,  'Huerta Valenciana',         'Spain',       'Valencia',         5, false, 'export@huertavalenciana.es',    '2025-01-31'),
 (8,  'Moulin de la Vallée',       'France',      'Chartres',         3, true,  'commandes@moulin-vallee.fr',    NULL),
 (9,  'Pastificio Toscano',        'Italy',       'Florence',         7, false, 'export@pastificiotoscano.it',   '2026-02-28'),
 (10, 'Olivares del Sur',          'Spain',       'Jaén',             8, false, NULL,                            '2025-12-31'),
 (11, 'Brasserie du Nord',         'France',      'Lille',            3, true,  'b2b@brasseriedunord.fr',        '2025-06-30'),
 (12, 'Torréfaction Lumière',      'France',      'Le Havre',         4, true,  'pro@torrefaction-lumiere.fr',   NULL),
 (13, 'Polar Foods BV',            'Netherlands', 'Rotterdam',        6, false, 'orders@polarfoods.nl',          '2025-10-31'),
 (14, 'Ardenne Charcuterie',       'Belgium',     'Bastogne',         5, false, 'info@ardenne-charcuterie.be',   NULL),
 (15, 'Caseificio Emiliano',       'Italy',       'Parma',            7, false, 'export@caseificioemiliano.it',  '2025-04-30');

INSERT INTO dim_product
SELECT v.*,
       CASE WHEN v.k > 56 THEN date '2024-12-19' + (v.k - 57) * 3
            ELSE date '2015-01-05' + (v.k * 53) % 2400 END,
       CASE WHEN v.k % 7 = 0 OR v.k > 56 THEN NULL
            ELSE timestamp '2024-01-08 06:30' + (v.k % 5) * interval '1 day'
                 + (v.k * 17 % 240) * interval '1 minute' END
FROM (VALUES
 (1,  'DAI-1001', 'Whole milk 1L x12',                 'Dairy',              1,  'case',  13.20,  9.60, 'Chilled', false, 10),
 (2,  'DAI-1002', 'Unsalted butter 82% 1kg',           'Dairy',              1,  'kg',     9.80,  7.10, 'Chilled', false, 60),
 (3,  'DAI-1003', 'Crème fraîche 35% 5L',              'Dairy',              1,  'piece', 24.50, 17.90, 'Chilled', false, 21),
 (4,  'DAI-1004', 'Comté AOP 18 months',               'Dairy',              1,  'kg',    22.40, 16.30, 'Chilled', false, 120),
 (5,  'DAI-1005', 'Camembert de Normandie x6',         'Dairy',              2,  'case',  18.90, 13.20, 'Chilled', false, 30),
 (6,  'DAI-1006', 'Buffalo mozzarella 125g x8',        'Dairy',              15, 'case',  21.60, 15.40, 'Chilled', false, 14),
 (7,  'DAI-1007', 'Parmigiano Reggiano 24 months',     'Dairy',              15, 'kg',    26.80, 19.50, 'Chilled', false, 180),
 (8,  'DAI-1008', 'Organic Greek yoghurt 2kg',         'Dairy',              2,  'piece',  8.40,  5.90, 'Chilled', true,  25),
 (9,  'MEA-2001', 'Charolais beef rib-eye',            'Meat',               3,  'kg',    38.50, 29.10, 'Chilled', false, 12),
 (10, 'MEA-2002', 'Beef mince 15% fat 2.5kg',          'Meat',               3,  'piece', 27.50, 20.40, 'Chilled', false, 5),
 (11, 'MEA-2003', 'Whole Bresse chicken',              'Meat',               4,  'piece', 24.90, 18.20, 'Chilled', false, 7),
 (12, 'MEA-2004', 'Duck breast magret',                'Meat',               4,  'kg',    21.30, 15.80, 'Chilled', false, 10),
 (13, 'MEA-2005', 'Chicken supreme x10',               'Meat',               4,  'case',  32.00, 23.50, 'Chilled', false, 7),
 (14, 'MEA-2006', 'Smoked bacon lardons 1kg',          'Meat',               14, 'kg',     9.60,  6.70, 'Chilled', false, 30),
 (15, 'MEA-2007', 'Sliced Ardennes ham 500g',          'Meat',               14, 'piece', 11.90,  8.30, 'Chilled', false, 21),
 (16, 'MEA-2008', 'French-trimmed lamb rack',          'Meat',               3,  'kg',    42.00, 32.60, 'Chilled', false, 10),
 (17, 'SEA-3001', 'Atlantic salmon fillet',            'Seafood',            5,  'kg',    24.80, 18.90, 'Chilled', false, 5),
 (18, 'SEA-3002', 'Cod loin skin-on',                  'Seafood',            5,  'kg',    22.60, 17.10, 'Chilled', false, 4),
 (19, 'SEA-3003', 'Rope-grown mussels 5kg',            'Seafood',            5,  'piece', 16.50, 11.40, 'Chilled', false, 3),
 (20, 'SEA-3004', 'Cooked brown shrimp 1kg',           'Seafood',            5,  'kg',    29.90, 22.80, 'Chilled', false, 5),
 (21, 'SEA-3005', 'Fines de claire oysters no.3 x48',  'Seafood',            5,  'case',  46.00, 34.50, 'Chilled', false, 7),
 (22, 'SEA-3006', 'Sliced smoked salmon 1kg',          'Seafood',            5,  'kg',    34.50, 25.90, 'Chilled', false, 21),
 (23, 'FRV-4001', 'Vine tomatoes 6kg',                 'Fruit & Vegetables', 6,  'case',  14.40, 10.10, 'Chilled', false, 8),
 (24, 'FRV-4002', 'Charlotte potatoes 10kg',           'Fruit & Vegetables', 6,  'case',  11.80,  7.90, 'Ambient', false, 30),
 (25, 'FRV-4003', 'Iceberg lettuce x10',               'Fruit & Vegetables', 7,  'case',  12.50,  8.60, 'Chilled', false, 6),
 (26, 'FRV-4004', 'Valencia oranges 15kg',             'Fruit & Vegetables', 7,  'case',  19.90, 13.80, 'Ambient', false, 20),
 (27, 'FRV-4005', 'Unwaxed lemons 5kg',                'Fruit & Vegetables', 7,  'case',  13.60,  9.40, 'Ambient', true,  25),
 (28, 'FRV-4006', 'Cavaillon melons x6',               'Fruit & Vegetables', 6,  'case',  15.90, 11.10, 'Ambient', false, 7),
 (29, 'FRV-4007', 'Organic carrots 10kg',              'Fruit & Vegetables', 6,  'case',  12.90,  8.80, 'Chilled', true,  21),
 (30, 'FRV-4008', 'Fresh herb bunches x12',            'Fruit & Vegetables', 6,  'case',  17.40, 12.30, 'Chilled', false, 5),
 (31, 'BAK-5001', 'Par-baked baguette tradition x50',  'Bakery',             8,  'case',  21.50, 14.90, 'Frozen',  false, 180),
 (32, 'BAK-5002', 'Raw butter croissants x60',         'Bakery',             8,  'case',  27.90, 19.80, 'Frozen',  false, 180),
 (33, 'BAK-5003', 'Raw pains au chocolat x60',         'Bakery',             8,  'case',  29.40, 20.90, 'Frozen',  false, 180),
 (34, 'BAK-5004', 'Sourdough country loaf 800g',       'Bakery',             8,  'piece',  4.20,  2.70, 'Ambient', true,  4),
 (35, 'BAK-5005', 'Brioche burger buns x24',           'Bakery',             8,  'case',  12.60,  8.70, 'Ambient', false, 10),
 (36, 'BAK-5006', 'Wheat flour type 55 25kg',          'Bakery',             8,  'piece', 18.40, 13.10, 'Ambient', false, 270),
 (37, 'DRY-6001', 'Spaghetti no.5 5kg',                'Dry Goods',          9,  'piece',  9.90,  6.60, 'Ambient', false, 730),
 (38, 'DRY-6002', 'Penne rigate 5kg',                  'Dry Goods',          9,  'piece',  9.70,  6.50, 'Ambient', false, 730),
 (39, 'DRY-6003', 'Arborio risotto rice 5kg',          'Dry Goods',          9,  'piece', 16.80, 11.90, 'Ambient', false, 540),
 (40, 'DRY-6004', 'Extra virgin olive oil 5L',         'Dry Goods',          10, 'piece', 38.90, 29.50, 'Ambient', false, 540),
 (41, 'DRY-6005', 'Organic extra virgin olive oil 5L', 'Dry Goods',          10, 'piece', 46.50, 35.20, 'Ambient', true,  540),
 (42, 'DRY-6006', 'Sunflower frying oil 10L',          'Dry Goods',          10, 'piece', 21.90, 16.40, 'Ambient', false, 365),
 (43, 'DRY-6007', 'Chopped tomatoes 2.5kg x6',         'Dry Goods',          9,  'case',  17.20, 12.00, 'Ambient', false, 900),
 (44, 'DRY-6008', 'Caster sugar 10kg',                 'Dry Goods',          8,  'piece', 12.30,  8.90, 'Ambient', false, NULL),
 (45, 'BEV-7001', 'Espresso beans house blend 1kg',    'Beverages',          12, 'kg',    19.50, 13.40, 'Ambient', false, 270),
 (46, 'BEV-7002', 'Organic decaf beans 1kg',           'Beverages',          12, 'kg',    23.80, 16.90, 'Ambient', true,  270),
 (47, 'BEV-7003', 'Blonde ale 25cl x24',               'Beverages',          11, 'case',  31.20, 22.60, 'Ambient', false, 365),
 (48, 'BEV-7004', 'Craft IPA keg 20L',                 'Beverages',          11, 'piece', 89.00, 66.00, 'Chilled', false, 120),
 (49, 'BEV-7005', 'Sparkling mineral water 1L x12',    'Beverages',          11, 'case',   9.40,  6.30, 'Ambient', false, 540),
 (50, 'BEV-7006', 'Fresh orange juice 1L x6',          'Beverages',          7,  'case',  16.20, 11.50, 'Chilled', false, 10),
 (51, 'BEV-7007', 'Breakfast tea bags x500',           'Beverages',          12, 'piece', 14.60,  9.80, 'Ambient', false, NULL),
 (52, 'BEV-7008', 'Hot chocolate powder 1kg',          'Beverages',          12, 'kg',    11.40,  7.90, 'Ambient', false, 540),
 (53, 'FRZ-8001', 'French fries 10mm 4x2.5kg',         'Frozen',             13, 'case',  18.90, 13.20, 'Frozen',  false, 540),
 (54, 'FRZ-8002', 'Sweet potato fries 4x2.5kg',        'Frozen',             13, 'case',  26.40, 19.10, 'Frozen',  false, 540),
 (55, 'FRZ-8003', 'Vanilla ice cream 5L',              'Frozen',             13, 'piece', 17.80, 12.40, 'Frozen',  false, 365),
 (56, 'FRZ-8004', 'Frozen garden peas 2.5kg',          'Frozen',             13, 'piece',  7.60,  5.10, 'Frozen',  false, 540),
 (57, 'FRZ-8005', 'Raspberry sorbet 5L',               'Frozen',             13, 'piece', 21.50, 15.30, 'Frozen',  false, 365),
 (58, 'FRZ-8006', 'Frozen tiger prawns 1kg',           'Frozen',             5,  'kg',    18.70, 13.60, 'Frozen',  false, 365),
 (59, 'FRZ-8007', 'Frozen mixed berries 2.5kg',        'Frozen',             13, 'piece', 19.40, 13.70, 'Frozen',  false, 540),
 (60, 'FRZ-8008', 'Plant-based burger patties x40',    'Frozen',             13, 'case',  44.00, 32.50, 'Frozen',  false, 365)
) AS v (k, sku, product_name, category, supplier_key, unit_of_measure, list_price, unit_cost,
        storage_type, is_organic, shelf_life_days);


INSERT INTO dim_depot VALUES
 (1, 'Rungis',          'Rungis',    'Île-de-France',              true,  24, '2008-03-03'),
 (2, 'Lyon Corbas',     'Corbas',    'Auvergne-Rhône-Alpes',       true,  14, '2011-09-12'),
 (3, 'Marseille Vitrolles', 'Vitrolles', 'Provence-Alpes-Côte d''Azur', true, 12, '2013-05-06'),
 (4, 'Bordeaux Bruges', 'Bruges',    'Nouvelle-Aquitaine',         true,  10, '2016-10-03'),
 (5, 'Lille Lesquin',   'Lesquin',   'Hauts-de-France',            false,  6, '2019-02-18');

INSERT INTO dim_customer
SELECT i,
       'C' || lpad(i::text, 5, '0'),
       (ARRAY['Bistrot ', 'Café ', 'Hôtel ', 'Traiteur '])[s + 1] || w_name,
       (ARRAY['Restaurant', 'Café', 'Hotel', 'Caterer'])[s + 1],
       city,
       CASE city WHEN 'Paris' THEN '750' WHEN 'Lyon' THEN '6900' WHEN 'Marseille' THEN '130'
                 WHEN 'Bordeaux' THEN '3300' WHEN 'Lille' THEN '5900' WHEN 'Nantes' THEN '4400'
                 WHEN 'Toulouse' THEN '3100' ELSE '0600' END
         || CASE WHEN city IN ('Paris', 'Marseille') THEN lpad((1 + w % 16)::text, 2, '0')
                 ELSE (1 + w % 8)::text END,
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE 'achats' || i || '@' || lower(translate(replace((ARRAY['Bistrot ', 'Café ', 'Hôtel ', 'Traiteur '])[s + 1] || w_name, ' ', ''), 'éèôâ''-', 'eeoa')) || '.fr' END,
       CASE WHEN i % 13 = 0 THEN NULL
            ELSE '0' || (1 + i % 5) || ' ' || lpad((i * 37 % 100)::text, 2, '0') || ' '
                 || lpad((i * 53 % 100)::text, 2, '0') || ' ' || lpad((i * 71 % 100)::text, 2, '0')
                 || ' ' || lpad((i * 19 % 100)::text, 2, '0') END,
       tier,
       CASE tier WHEN 'Gold' THEN 20000 WHEN 'Silver' THEN 8000 ELSE 3000 END + (i % 5) * 500,
       CASE s WHEN 1 THEN 15 WHEN 2 THEN 45 ELSE 30 END,
       i % 17 <> 0,
       opened,
       CASE WHEN i % 17 = 0 THEN date '2024-12-20' + i % 10 END,
       (opened + time '09:15' + (i * 41 % 480) * interval '1 minute') AT TIME ZONE 'Europe/Paris'
FROM (
    SELECT i, (i - 1) % 4 AS s, (i - 1) / 4 AS w,
           (ARRAY['du Marché', 'des Halles', 'du Port', 'de la Gare', 'du Parc', 'Saint-Louis',
                  'des Arts', 'du Théâtre', 'de la Place', 'des Remparts', 'du Vieux Port',
                  'Bellevue', 'des Tilleuls', 'du Château', 'de la Paix', 'Lumière', 'des Canuts',
                  'du Lac', 'des Vignes', 'Mistral', 'de l''Opéra', 'du Pont', 'des Capucins',
                  'du Centre', 'Victor Hugo', 'de la Fontaine', 'des Cordeliers', 'Bonne Mère',
                  'du Midi', 'des Quais'])[(i - 1) / 4 + 1] AS w_name,
           (ARRAY['Paris', 'Lyon', 'Marseille', 'Paris', 'Bordeaux', 'Lille', 'Lyon', 'Nantes',
                  'Toulouse', 'Nice'])[((i - 1) / 4 * 3 + (i - 1) % 4 * 7) % 10 + 1] AS city,
           CASE WHEN (i - 1) / 4 % 5 = 0 THEN 'Gold' WHEN (i - 1) / 4 % 5 IN (1, 3) THEN 'Silver'
                ELSE 'Bronze' END AS tier,
           CASE WHEN i <= 110 THEN date '2012-02-01' + (i * 173) % 3600
                ELSE date '2024-11-04' + (i - 111) * 5 END AS opened
    FROM generate_series(1, 120) AS i
) c;

-- 500 orders from customers 1-110, lines of 2 to 6 products
CREATE TEMP TABLE tmp_orders AS
SELECT o.i, o.d, c.customer_key, c.segment, c.city, c.price_tier,
       CASE c.city WHEN 'Paris' THEN CASE WHEN c.segment = 'Hotel' THEN 11 WHEN c.customer_key % 2 = 0 THEN 1 ELSE 2 END
                   WHEN 'Lyon' THEN CASE WHEN c.customer_key % 3 = 0 AND o.d < date '2023-07-01' THEN 12
                                         WHEN c.customer_key % 2 = 0 THEN 3 ELSE 4 END
                   WHEN 'Marseille' THEN 5 WHEN 'Bordeaux' THEN 6 WHEN 'Lille' THEN 7
                   WHEN 'Nantes' THEN 8 WHEN 'Toulouse' THEN 9 ELSE 10 END AS sales_rep_key,
       CASE WHEN c.city = 'Paris' THEN 1 WHEN c.city = 'Lyon' THEN 2
            WHEN c.city IN ('Marseille', 'Nice') THEN 3
            WHEN c.city IN ('Bordeaux', 'Toulouse', 'Nantes') THEN 4 ELSE 5 END AS depot_key,
       (ARRAY['Web shop', 'Web shop', 'Web shop', 'Web shop', 'Phone', 'Phone', 'Sales rep',
              'Sales rep', 'Sales rep', 'EDI'])[o.i % 10 + 1] AS order_channel,
       'SO-' || extract(year FROM o.d) || '-' || lpad(o.i::text, 5, '0') AS order_number
FROM (SELECT i, date '2022-01-03' + ((i - 1) * 1080) / 499 AS d,
             CASE WHEN i % 10 = 0 THEN (i / 10 * 7) % 15 + 1
                  WHEN i % 4 = 0 THEN (i / 4 * 13) % 40 + 1
                  ELSE (i * 47) % 110 + 1 END AS cust
      FROM generate_series(1, 500) AS i) o
JOIN dim_customer c ON c.customer_key = o.cust;

INSERT INTO fact_order_line
SELECT row_number() OVER (ORDER BY x.i, x.l),
       x.order_number, x.l,
       to_char(x.d, 'YYYYMMDD')::integer,
       to_char(x.d + CASE WHEN extract(isodow FROM x.d) = 6 THEN 2 ELSE 1 END, 'YYYYMMDD')::integer,
       x.customer_key, x.product_key, x.sales_rep_key, x.depot_key, x.order_channel,
       x.pricing_type,
       CASE WHEN x.pricing_type = 'Promotion' AND x.i % 4 <> 0
            THEN (ARRAY['WINTER', 'SPRING', 'SUMMER', 'AUTUMN'])[extract(quarter FROM x.d)::integer]
                 || to_char(x.d, 'YY') END,
       x.qty, x.price,
       x.qty * x.price,
       round(x.qty * x.price * x.rate, 2),
       x.qty * x.price - round(x.qty * x.price * x.rate, 2),
       round(x.qty * x.cost, 2)
FROM (
    SELECT o.*, l, p.product_key,
           1 + (o.i * 3 + l * 5) % 9 + (extract(year FROM o.d)::integer - 2022)
             + CASE WHEN o.segment = 'Hotel' THEN 4 WHEN o.segment = 'Caterer' THEN 2 ELSE 0 END AS qty,
           round(p.list_price * (0.94 + 0.03 * (extract(year FROM o.d) - 2022)), 2) AS price,
           p.unit_cost * (0.94 + 0.03 * (extract(year FROM o.d) - 2022)) AS cost,
           CASE WHEN o.price_tier = 'Gold' THEN 'Contract'
                WHEN (o.i + l) % 7 = 0 THEN 'Promotion' ELSE 'List' END AS pricing_type,
           CASE WHEN o.price_tier = 'Gold' THEN 0.08
                WHEN (o.i + l) % 7 = 0 THEN 0.15 ELSE 0 END AS rate
    FROM tmp_orders o
    CROSS JOIN LATERAL generate_series(1, 2 + o.i % 5) AS l
    JOIN dim_product p ON p.product_key = (o.i * 13 + l * 11) % 56 + 1
) x;

INSERT INTO fact_delivery
SELECT o.i,
       'DL-' || lpad(o.i::text, 6, '0'),
       o.order_number,
       to_char(sd, 'YYYYMMDD')::integer,
       CASE WHEN st = 'Failed' THEN NULL
            ELSE to_char(sd + CASE WHEN o.i % 31 = 0 THEN 1 ELSE 0 END, 'YYYYMMDD')::integer END,
       o.customer_key, o.depot_key, st,
       CASE WHEN o.depot_key = 5 OR o.i % 6 = 0 THEN 'Van' ELSE 'Refrigerated truck' END,
       (ARRAY['Mehdi Saidi', 'Paul Garnier', 'Yann Le Gall', 'Rui Ferreira', 'Marc Blanc',
              'Sébastien Noël', 'Ahmed Toure', 'Kevin Robin', 'Olivier Caron'])[(o.i * 5) % 9 + 1],
       t.cases,
       CASE WHEN st = 'Failed' THEN 0 WHEN st = 'Partial' THEN t.cases - 1 - o.i % 3 ELSE t.cases END,
       CASE WHEN st = 'Failed' THEN NULL
            WHEN o.i % 31 = 0 THEN 900 + o.i % 120
            WHEN (o.i * 37) % 100 < 70 THEN 0
            ELSE ((o.i * 37) % 100 - 66) * 4 END,
       round((4 + (o.i * 13) % 38 + (o.i % 10) / 10.0)::numeric, 1),
       CASE WHEN t.net >= 250 THEN 0 WHEN o.segment = 'Café' THEN 9.50 ELSE 14.90 END,
       CASE WHEN st = 'Failed' THEN NULL ELSE o.i % 19 <> 0 END
FROM tmp_orders o
CROSS JOIN LATERAL (SELECT o.d + CASE WHEN extract(isodow FROM o.d) = 6 THEN 2 ELSE 1 END AS sd,
                           CASE WHEN o.i % 25 = 0 THEN 'Failed' WHEN o.i % 11 = 0 THEN 'Partial'
                                ELSE 'Delivered' END AS st) s
JOIN (SELECT order_number, sum(quantity) AS cases, sum(net_amount) AS net
      FROM fact_order_line GROUP BY order_number) t ON t.order_number = o.order_number;

INSERT INTO fact_credit_note
SELECT row_number() OVER (ORDER BY f.order_line_key),
       'CN-' || lpad(f.order_line_key::text, 6, '0'),
       f.order_number,
       to_char(dd.full_date + 3 + f.order_line_key % 6, 'YYYYMMDD')::integer,
       f.date_key,
       f.customer_key, f.product_key, f.sales_rep_key,
       (ARRAY['Damaged', 'Short delivery', 'Out of date', 'Pricing error', 'Wrong product',
              'Damaged', 'Short delivery'])[(f.order_line_key / 8) % 7 + 1],
       CASE WHEN (f.order_line_key / 8) % 13 = 0 THEN 'Rejected'
            WHEN (f.order_line_key / 8) % 9 = 0 THEN 'Pending' ELSE 'Approved' END,
       least(f.quantity, 1 + f.order_line_key % 3),
       round(least(f.quantity, 1 + f.order_line_key % 3) * f.net_amount / f.quantity, 2),
       (f.order_line_key / 8) % 7 IN (3, 4)
FROM fact_order_line f
JOIN dim_date dd ON dd.date_key = f.date_key
WHERE (f.order_line_key * 7919) % 101 < 13;

DROP TABLE tmp_orders;
