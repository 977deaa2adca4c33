-- Sales data warehouse of Fresco, a French supermarket chain, used as the sample database of
-- the golden set benches/intent/retailwh.yaml. A star schema: dim_* dimensions with surrogate
-- keys, fact_* tables holding measures, dates reached through dim_date. Nothing carries a
-- comment; every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE dim_date (
    date_key          integer PRIMARY KEY,
    full_date         date NOT NULL UNIQUE,
    year              smallint NOT NULL,
    quarter           smallint NOT NULL,
    month             smallint NOT NULL,
    month_name        varchar(9) NOT NULL,
    day_of_month      smallint NOT NULL,
    day_of_week       smallint NOT NULL,
    day_name          varchar(9) NOT NULL,
    week_of_year      smallint NOT NULL,
    is_weekend        boolean NOT NULL,
    is_public_holiday boolean NOT NULL
);
CREATE TABLE dim_store (
    store_key        integer PRIMARY KEY,
    store_code       varchar(8) NOT NULL UNIQUE,
    store_name       text NOT NULL,
    store_format     text NOT NULL,
    city             text NOT NULL,
    region           text NOT NULL,
    postal_code      varchar(5) NOT NULL,
    floor_area_sqm   integer NOT NULL,
    opened_on        date NOT NULL,
    last_refit_on    date,
    has_fuel_station boolean NOT NULL,
    manager_name     text
);
CREATE TABLE dim_product (
    product_key      integer PRIMARY KEY,
    sku              varchar(12) NOT NULL UNIQUE,
    product_name     text NOT NULL,
    brand            text NOT NULL,
    category         text NOT NULL,
    department       text NOT NULL,
    pack_size        varchar(20) NOT NULL,
    list_price       numeric(8,2) NOT NULL,
    unit_cost        numeric(8,2) NOT NULL,
    is_private_label boolean NOT NULL,
    is_organic       boolean NOT NULL,
    launched_on      date NOT NULL
);
CREATE TABLE dim_customer (
    customer_key        integer PRIMARY KEY,
    loyalty_card_number varchar(16) NOT NULL UNIQUE,
    first_name          text NOT NULL,
    last_name           text NOT NULL,
    gender              char(1),
    birth_date          date,
    email               varchar(120),
    city                text NOT NULL,
    segment             text NOT NULL,
    loyalty_tier        text NOT NULL,
    enrolled_on         date NOT NULL,
    email_opt_in        boolean NOT NULL,
    is_active           boolean NOT NULL,
    last_updated_at     timestamptz NOT NULL
);
CREATE TABLE dim_promotion (
    promotion_key   integer PRIMARY KEY,
    promo_code      varchar(12) NOT NULL UNIQUE,
    promotion_name  text NOT NULL,
    promo_type      text NOT NULL,
    media_channel   text NOT NULL,
    discount_pct    numeric(5,2) NOT NULL,
    start_date      date NOT NULL,
    end_date        date NOT NULL,
    loyalty_only    boolean NOT NULL,
    budget          numeric(12,2)
);
CREATE TABLE dim_return_reason (
    reason_key          integer PRIMARY KEY,
    reason_code         varchar(6) NOT NULL UNIQUE,
    reason_description  text NOT NULL,
    reason_category     text NOT NULL,
    requires_inspection boolean NOT NULL
);
CREATE TABLE fact_sales (
    sales_line_id   integer PRIMARY KEY,
    receipt_number  varchar(20) NOT NULL,
    line_number     smallint NOT NULL,
    date_key        integer NOT NULL REFERENCES dim_date,
    store_key       integer NOT NULL REFERENCES dim_store,
    product_key     integer NOT NULL REFERENCES dim_product,
    customer_key    integer REFERENCES dim_customer,
    promotion_key   integer REFERENCES dim_promotion,
    payment_method  text NOT NULL,
    quantity        integer NOT NULL,
    unit_price      numeric(8,2) NOT NULL,
    gross_amount    numeric(10,2) NOT NULL,
    discount_amount numeric(10,2) NOT NULL,
    net_amount      numeric(10,2) NOT NULL,
    cost_amount     numeric(10,2) NOT NULL,
    UNIQUE (receipt_number, line_number)
);
CREATE TABLE fact_returns (
    return_id               integer PRIMARY KEY,
    return_number           varchar(12) NOT NULL UNIQUE,
    original_receipt_number varchar(20) NOT NULL,
    date_key                integer NOT NULL REFERENCES dim_date,
    store_key               integer NOT NULL REFERENCES dim_store,
    product_key             integer NOT NULL REFERENCES dim_product,
    customer_key            integer REFERENCES dim_customer,
    reason_key              integer NOT NULL REFERENCES dim_return_reason,
    item_condition          text NOT NULL,
    quantity_returned       integer NOT NULL,
    refund_amount           numeric(10,2) NOT NULL
);
CREATE TABLE fact_inventory_snapshot (
    date_key          integer NOT NULL REFERENCES dim_date,
    store_key         integer NOT NULL REFERENCES dim_store,
    product_key       integer NOT NULL REFERENCES dim_product,
    quantity_on_hand  integer NOT NULL,
    quantity_on_order integer NOT NULL,
    reorder_point     integer NOT NULL,
    stock_value       numeric(12,2) NOT NULL,
    days_of_supply    numeric(6,1),
    PRIMARY KEY (date_key, store_key, product_key)
);

INSERT INTO dim_date
SELECT to_char(d, 'YYYYMMDD')::int,
       d,
       extract(year FROM d)::smallint,
       extract(quarter FROM d)::smallint,
       extract(month FROM d)::smallint,
       trim(to_char(d, 'Month')),
       extract(day FROM d)::smallint,
       extract(isodow FROM d)::smallint,
       trim(to_char(d, 'Day')),
       extract(week FROM d)::smallint,
       extract(isodow FROM d) IN (6, 7),
       to_char(d, 'MM-DD') IN ('01-01','05-01','05-08','07-14','08-15','11-01','11-11','12-25')
FROM generate_series(DATE '2022-01-01', DATE '2024-12-31', interval '1 day') AS g(t),
     LATERAL (SELECT t::date AS d) AS x;

INSERT INTO dim_store VALUES
  (1,  'FR0101', 'Fresco Paris Bastille',        'Supermarket', 'Paris',       'Île-de-France',              '75011', 2100,  '2008-03-14', '2019-05-06', false, 'Claire Fontaine'),
  (2,  'FR0102', 'Fresco Paris Montparnasse',    'Express',     'Paris',       'Île-de-France',              '75014', 380,   '2014-09-02', NULL,         false, 'Karim Benali'),
  (3,  'FR0103', 'Fresco Paris Saint-Lazare',    'Express',     'Paris',       'Île-de-France',              '75008', 290,   '2017-01-23', NULL,         false, NULL),
  (4,  'FR0104', 'Fresco Versailles Parly',      'Hypermarket', 'Versailles',  'Île-de-France',              '78000', 11200, '1996-10-09', '2018-02-12', true,  'Olivier Marchand'),
  (5,  'FR0201', 'Fresco Lyon Part-Dieu',        'Hypermarket', 'Lyon',        'Auvergne-Rhône-Alpes',       '69003', 9800,  '1999-04-21', '2020-09-14', true,  'Isabelle Roche'),
  (6,  'FR0202', 'Fresco Lyon Croix-Rousse',     'Express',     'Lyon',        'Auvergne-Rhône-Alpes',       '69004', 420,   '2016-06-15', NULL,         false, 'Mehdi Haddad'),
  (7,  'FR0203', 'Fresco Grenoble Europole',     'Supermarket', 'Grenoble',    'Auvergne-Rhône-Alpes',       '38000', 2400,  '2005-11-30', '2021-03-01', false, 'Nathalie Blanc'),
  (8,  'FR0301', 'Fresco Marseille La Valentine','Hypermarket', 'Marseille',   'Provence-Alpes-Côte d''Azur', '13011', 10400, '1994-05-17', '2017-10-02', true,  'Franck Giordano'),
  (9,  'FR0302', 'Fresco Marseille Vieux-Port',  'Express',     'Marseille',   'Provence-Alpes-Côte d''Azur', '13001', 350,   '2018-02-27', NULL,         false, 'Sandrine Colombo'),
  (10, 'FR0303', 'Fresco Nice Riquier',          'Supermarket', 'Nice',        'Provence-Alpes-Côte d''Azur', '06300', 1900,  '2007-07-04', NULL,         false, 'Laurent Ferri'),
  (11, 'FR0401', 'Fresco Toulouse Purpan',       'Hypermarket', 'Toulouse',    'Occitanie',                  '31300', 9200,  '2001-09-12', '2022-04-04', true,  'Sylvie Castan'),
  (12, 'FR0402', 'Fresco Toulouse Capitole',     'Express',     'Toulouse',    'Occitanie',                  '31000', 310,   '2019-03-18', NULL,         false, 'Hugo Salles'),
  (13, 'FR0403', 'Fresco Montpellier Antigone',  'Supermarket', 'Montpellier', 'Occitanie',                  '34000', 2200,  '2010-10-20', NULL,         false, 'Aurélie Vidal'),
  (14, 'FR0501', 'Fresco Bordeaux Mériadeck',    'Supermarket', 'Bordeaux',    'Nouvelle-Aquitaine',         '33000', 2600,  '2006-02-08', '2020-01-20', false, 'Pascal Dupuy'),
  (15, 'FR0502', 'Fresco Bordeaux Lac',          'Hypermarket', 'Bordeaux',    'Nouvelle-Aquitaine',         '33300', 10900, '1998-08-26', '2016-06-06', true,  'Valérie Lacoste'),
  (16, 'FR0601', 'Fresco Nantes Atlantis',       'Hypermarket', 'Nantes',      'Pays de la Loire',           '44800', 9600,  '2000-03-29', '2019-11-04', true,  'Yann Le Goff'),
  (17, 'FR0602', 'Fresco Nantes Commerce',       'Express',     'Nantes',      'Pays de la Loire',           '44000', 270,   '2020-06-10', NULL,         false, NULL),
  (18, 'FR0701', 'Fresco Rennes Alma',           'Supermarket', 'Rennes',      'Bretagne',                   '35000', 2300,  '2009-05-13', NULL,         false, 'Gwenaëlle Morvan'),
  (19, 'FR0702', 'Fresco Rennes Cesson',         'Hypermarket', 'Rennes',      'Bretagne',                   '35510', 8700,  '2003-10-01', '2021-08-30', true,  'Erwan Le Bihan'),
  (20, 'FR0801', 'Fresco Lille Euralille',       'Hypermarket', 'Lille',       'Hauts-de-France',            '59777', 10100, '1995-09-06', '2018-09-17', false, 'Bruno Lemaire'),
  (21, 'FR0802', 'Fresco Lille Wazemmes',        'Supermarket', 'Lille',       'Hauts-de-France',            '59000', 1700,  '2012-04-11', NULL,         false, 'Céline Dufour'),
  (22, 'FR0901', 'Fresco Strasbourg Esplanade',  'Supermarket', 'Strasbourg',  'Grand Est',                  '67000', 2000,  '2011-01-19', NULL,         false, 'Thierry Koenig'),
  (23, 'FR0902', 'Fresco Reims Clairmarais',     'Express',     'Reims',       'Grand Est',                  '51100', 330,   '2021-02-24', NULL,         false, 'Manon Petitjean'),
  (24, 'FR1001', 'Fresco Dijon Toison d''Or',    'Supermarket', 'Dijon',       'Bourgogne-Franche-Comté',    '21000', 2500,  '2004-06-23', '2022-10-10', true,  NULL);

-- Two items per category, each sold under two national brands and the Fresco own brand.
INSERT INTO dim_product
SELECT row_number() OVER (ORDER BY c.cat_no, s.item_no, b.brand_no)::int AS product_key,
       'SKU' || lpad((c.cat_no * 100 + s.item_no * 10 + b.brand_no)::text, 6, '0'),
       b.brand || ' ' || s.item_name,
       b.brand,
       c.category,
       c.department,
       s.pack_size,
       round(s.base_price * b.price_factor, 2),
       round(s.base_price * b.price_factor * (0.58 + 0.02 * ((c.cat_no + b.brand_no) % 5)), 2),
       b.brand = 'Fresco',
       (c.cat_no * 3 + s.item_no + b.brand_no) % 7 = 0,
       DATE '2011-01-03' + (c.cat_no * 211 + s.item_no * 97 + b.brand_no * 389) % 3600
FROM (VALUES
        (1,  'Dairy',              'Fresh Food',    'Danone',        'Président'),
        (2,  'Cheese',             'Fresh Food',    'Président',     'Entremont'),
        (3,  'Bakery',             'Fresh Food',    'Harrys',        'Pasquier'),
        (4,  'Fruit & Vegetables', 'Fresh Food',    'Florette',      'Bonduelle'),
        (5,  'Meat & Poultry',     'Fresh Food',    'Le Gaulois',    'Charal'),
        (6,  'Pasta & Rice',       'Grocery',       'Barilla',       'Panzani'),
        (7,  'Breakfast',          'Grocery',       'Kellogg''s',    'Nestlé'),
        (8,  'Snacks',             'Grocery',       'Lay''s',        'Pringles'),
        (9,  'Canned Food',        'Grocery',       'Cassegrain',    'Mutti'),
        (10, 'Confectionery',      'Grocery',       'Milka',         'Lindt'),
        (11, 'Soft Drinks',        'Beverages',     'Coca-Cola',     'Orangina'),
        (12, 'Water',              'Beverages',     'Evian',         'Vittel'),
        (13, 'Coffee & Tea',       'Beverages',     'Lavazza',       'Lipton'),
        (14, 'Beer',               'Beverages',     'Kronenbourg',   'Heineken'),
        (15, 'Wine',               'Beverages',     'Gérard Bertrand','Barton & Guestier'),
        (16, 'Cleaning',           'Household',     'Ariel',         'Mir'),
        (17, 'Paper Goods',        'Household',     'Lotus',         'Okay'),
        (18, 'Hygiene',            'Personal Care', 'Dove',          'Colgate'),
        (19, 'Baby',               'Personal Care', 'Pampers',       'Blédina'),
        (20, 'Frozen Meals',       'Frozen',        'Findus',        'Buitoni'),
        (21, 'Ice Cream',          'Frozen',        'Magnum',        'Carte d''Or')
     ) AS c(cat_no, category, department, brand1, brand2)
JOIN (VALUES
        (1,  1, 'Natural Yogurt',          '4 x 125 g',   1.60), (1,  2, 'Semi-Skimmed Milk',     '1 L',         1.05),
        (2,  1, 'Camembert',               '250 g',       2.40), (2,  2, 'Grated Emmental',       '200 g',       2.10),
        (3,  1, 'Sliced Sandwich Bread',   '500 g',       1.95), (3,  2, 'Butter Croissants',     '6 pieces',    2.60),
        (4,  1, 'Mixed Salad',             '200 g',       1.99), (4,  2, 'Baby Carrots',          '500 g',       1.49),
        (5,  1, 'Chicken Breast Fillets',  '500 g',       6.90), (5,  2, 'Lean Beef Mince',       '400 g',       5.40),
        (6,  1, 'Spaghetti',               '500 g',       1.35), (6,  2, 'Basmati Rice',          '1 kg',        2.80),
        (7,  1, 'Corn Flakes',             '500 g',       3.20), (7,  2, 'Crunchy Muesli',        '750 g',       3.90),
        (8,  1, 'Salted Crisps',           '150 g',       1.90), (8,  2, 'Paprika Crisps',        '165 g',       2.30),
        (9,  1, 'Garden Peas',             '400 g',       1.20), (9,  2, 'Chopped Tomatoes',      '400 g',       0.95),
        (10, 1, 'Milk Chocolate Bar',      '100 g',       1.45), (10, 2, 'Dark Chocolate 70%',    '100 g',       2.20),
        (11, 1, 'Cola',                    '1.5 L',       1.85), (11, 2, 'Sparkling Orange',      '1.5 L',       2.05),
        (12, 1, 'Still Mineral Water',     '6 x 1.5 L',   3.40), (12, 2, 'Sparkling Water',       '1 L',         0.95),
        (13, 1, 'Ground Coffee',           '250 g',       3.95), (13, 2, 'Green Tea',             '25 bags',     2.50),
        (14, 1, 'Lager',                   '6 x 25 cl',   4.60), (14, 2, 'Blonde Ale',            '6 x 33 cl',   6.20),
        (15, 1, 'Côtes du Rhône Red',      '75 cl',       5.90), (15, 2, 'Provence Rosé',         '75 cl',       6.50),
        (16, 1, 'Laundry Liquid',          '1.5 L',       9.90), (16, 2, 'Washing-up Liquid',     '500 ml',      1.80),
        (17, 1, 'Toilet Paper',            '12 rolls',    5.20), (17, 2, 'Kitchen Towels',        '4 rolls',     3.10),
        (18, 1, 'Shower Gel',              '250 ml',      2.90), (18, 2, 'Toothpaste',            '75 ml',       2.15),
        (19, 1, 'Nappies Size 4',          '44 pieces',  12.90), (19, 2, 'Fruit Puree',           '4 x 100 g',   2.60),
        (20, 1, 'Fish Fingers',            '15 pieces',   3.60), (20, 2, 'Margherita Pizza',      '400 g',       3.20),
        (21, 1, 'Classic Ice Cream Bars',  '4 pieces',    4.20), (21, 2, 'Vanilla Ice Cream Tub', '1 L',         3.80)
     ) AS s(cat_no, item_no, item_name, pack_size, base_price) ON s.cat_no = c.cat_no
CROSS JOIN LATERAL (VALUES
        (1, c.brand1, 1.00),
        (2, c.brand2, 0.95),
        (3, 'Fresco', 0.74)
     ) AS b(brand_no, brand, price_factor);

UPDATE dim_product SET launched_on = DATE '2024-12-02' + product_key % 7 WHERE product_key % 21 = 5;

INSERT INTO dim_customer
SELECT n,
       '7001' || lpad((n * 7919 % 1000000)::text, 6, '0') || lpad(n::text, 6, '0'),
       (ARRAY['Camille','Julien','Marie','Thomas','Sophie','Nicolas','Laura','Antoine','Emma','Lucas',
              'Chloe','Hugo','Manon','Louis','Sarah','Maxime','Julie','Pierre','Lea','Mathieu'])[1 + n % 20],
       (ARRAY['Martin','Bernard','Dubois','Girard','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier'])[1 + (n / 20 + n) % 20],
       CASE WHEN n % 23 = 0 THEN NULL
            WHEN n % 20 IN (0,2,4,6,8,10,12,14,16,18) THEN 'F' ELSE 'M' END,
       CASE WHEN n % 11 = 0 THEN NULL ELSE DATE '1944-01-01' + (n * 4513) % 20500 END,
       CASE WHEN n % 6 = 0 THEN NULL
            ELSE lower((ARRAY['Camille','Julien','Marie','Thomas','Sophie','Nicolas','Laura','Antoine','Emma','Lucas',
                              'Chloe','Hugo','Manon','Louis','Sarah','Maxime','Julie','Pierre','Lea','Mathieu'])[1 + n % 20])
                 || '.' || lower((ARRAY['Martin','Bernard','Dubois','Girard','Robert','Richard','Petit','Durand','Leroy','Moreau',
                              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier'])[1 + (n / 20 + n) % 20])
                 || n || '@' || (ARRAY['gmail.com','orange.fr','free.fr','outlook.fr','laposte.net'])[1 + n % 5] END,
       (ARRAY['Paris','Lyon','Marseille','Toulouse','Bordeaux','Nantes','Lille','Rennes','Nice','Montpellier',
              'Strasbourg','Grenoble','Versailles','Reims','Dijon','Paris'])[1 + (n * 3) % 16],
       (ARRAY['Families','Young Adults','Seniors','Families','Students','Professionals','Seniors','Families','Professionals'])[1 + (n * 7 + n / 13) % 9],
       CASE WHEN n % 10 = 0 THEN 'Gold' WHEN n % 10 IN (1, 4, 7) THEN 'Silver' ELSE 'Bronze' END,
       DATE '2014-01-06' + (n * 9137) % 3900,
       n % 3 <> 0,
       n % 9 <> 0,
       TIMESTAMPTZ '2024-03-01 02:00:00+00' + (n % 240) * interval '1 day' + ((n * 37) % 3600) * interval '1 second'
FROM generate_series(1, 400) AS n;

INSERT INTO dim_promotion
SELECT (y - 2022) * 8 + s.slot,
       'PR' || y || '-' || lpad(s.slot::text, 2, '0'),
       s.name || ' ' || y,
       (ARRAY['Price Reduction','Multi-buy','Coupon','Buy One Get One','Loyalty Points'])[1 + (s.slot + y) % 5],
       (ARRAY['Flyer','TV','Online','In-store'])[1 + (s.slot * 3 + y) % 4],
       (ARRAY[10, 15, 20, 25, 30, 50])[1 + (s.slot * 5 + y) % 6],
       make_date(y, s.mon, s.start_day),
       make_date(y, s.mon, s.start_day) + s.days,
       (s.slot + y) % 5 = 4,
       CASE WHEN (s.slot * 3 + y) % 4 = 3 THEN NULL ELSE 20000 + ((s.slot * 7 + y) % 9) * 7500 END
FROM generate_series(2022, 2024) AS y
CROSS JOIN (VALUES
        (1, 'New Year Savings',  1,  3, 20),
        (2, 'Winter Warmers',    2,  1, 17),
        (3, 'Spring Clean',      3, 14, 20),
        (4, 'Easter Treats',     4,  4, 13),
        (5, 'Summer Barbecue',   6, 10, 24),
        (6, 'Back to School',    8, 26, 16),
        (7, 'Autumn Harvest',   10,  7, 20),
        (8, 'Christmas Feast',  12,  1, 23)
     ) AS s(slot, name, mon, start_day, days);

INSERT INTO dim_return_reason VALUES
  (1,  'DMGPK', 'Damaged packaging',             'Quality',     true),
  (2,  'EXPRD', 'Past its use-by date',          'Quality',     false),
  (3,  'SPOIL', 'Not fresh or spoiled',          'Quality',     true),
  (4,  'WRONG', 'Wrong item picked',             'Store error', false),
  (5,  'CHMND', 'Changed mind',                  'Customer',    false),
  (6,  'RECAL', 'Product recall',                'Supplier',    false),
  (7,  'MISSP', 'Missing or broken parts',       'Quality',     true),
  (8,  'ALLRG', 'Allergy or intolerance',        'Customer',    false),
  (9,  'DUPLI', 'Bought twice by mistake',       'Customer',    false),
  (10, 'PRICE', 'Charged the wrong price',       'Store error', false);

-- Two lines per receipt; hypermarkets see three times the tills of an Express store;
-- shops are shut on 1 May and Christmas Day; December 2024 launches are not on sale yet.
INSERT INTO fact_sales
SELECT l.i,
       'T' || to_char(l.d, 'YYMMDD') || '-' || lpad(l.store::text, 2, '0') || '-' || lpad(l.r::text, 4, '0'),
       l.line_no,
       to_char(l.d, 'YYYYMMDD')::int,
       l.store,
       l.product,
       CASE WHEN l.r % 4 = 0 THEN NULL ELSE 1 + (l.r * 37) % 400 END,
       CASE WHEN l.i % 2 = 0 THEN
            (SELECT p.promotion_key FROM dim_promotion p WHERE l.d BETWEEN p.start_date AND p.end_date)
       END,
       CASE WHEN l.r % 10 < 6 THEN 'Card' WHEN l.r % 10 < 8 THEN 'Cash'
            WHEN l.r % 10 = 8 THEN 'Mobile' ELSE 'Voucher' END,
       l.qty,
       pr.list_price,
       l.qty * pr.list_price,
       0,
       l.qty * pr.list_price,
       l.qty * pr.unit_cost
FROM (SELECT i, r, line_no, qty, store, product,
             CASE WHEN to_char(d0, 'MM-DD') IN ('05-01', '12-25') THEN d0 + 1 ELSE d0 END AS d
      FROM (SELECT i,
                   (i + 1) / 2 AS r,
                   2 - i % 2 AS line_no,
                   CASE WHEN (i * 3 + i / 126) % 8 < 3 THEN 1 ELSE 1 + (i * 7 + i / 126) % 5 END AS qty,
                   (ARRAY[4,5,8,11,15,16,19,20, 1,7,10,13,14,18,21,22,24, 2,3,6,9,12,17,23,
                          4,5,8,11,15,16,19,20, 1,7,10,13,14,18,21,22,24, 4,5,8,11,15,16,19,20])
                       [1 + (((i + 1) / 2) * 7 + ((i + 1) / 2) / 49) % 49] AS store,
                   1 + (i * 53) % 126 + CASE WHEN (1 + (i * 53) % 126) % 21 = 5 THEN 1 ELSE 0 END AS product,
                   DATE '2022-01-01' + (((i + 1) / 2) * 547) % 1096 AS d0
            FROM generate_series(1, 2000) AS i) AS raw) AS l
JOIN dim_product pr ON pr.product_key = l.product;

UPDATE fact_sales f
SET discount_amount = round(f.gross_amount * p.discount_pct / 100, 2),
    net_amount = f.gross_amount - round(f.gross_amount * p.discount_pct / 100, 2)
FROM dim_promotion p
WHERE p.promotion_key = f.promotion_key;

-- A card is only used once enrolled; only loyalty members can use loyalty-only promotions.
UPDATE fact_sales f
SET customer_key = NULL
FROM dim_customer c, dim_date d
WHERE c.customer_key = f.customer_key AND d.date_key = f.date_key AND c.enrolled_on > d.full_date;

UPDATE fact_sales f
SET promotion_key = NULL, discount_amount = 0, net_amount = f.gross_amount
FROM dim_promotion p
WHERE p.promotion_key = f.promotion_key AND p.loyalty_only AND f.customer_key IS NULL;

-- Every tenth sales line comes back, a few days later.
INSERT INTO fact_returns
SELECT j + 1,
       'RT' || lpad((j + 1)::text, 6, '0'),
       f.receipt_number,
       to_char(least(d.full_date + 1 + j % 12, DATE '2024-12-31'), 'YYYYMMDD')::int,
       CASE WHEN j % 15 = 0 THEN 1 + f.store_key % 24 ELSE f.store_key END,
       f.product_key,
       f.customer_key,
       rr.reason_key,
       CASE WHEN rr.reason_category = 'Customer' THEN (ARRAY['Unopened','Opened'])[1 + j % 2]
            WHEN rr.reason_code IN ('DMGPK', 'MISSP') THEN 'Damaged'
            ELSE 'Opened' END,
       q.qty_ret,
       round(f.net_amount / f.quantity * q.qty_ret, 2)
FROM generate_series(0, 199) AS j
JOIN fact_sales f ON f.sales_line_id = 10 * j + 3
JOIN dim_date d ON d.date_key = f.date_key
CROSS JOIN LATERAL (SELECT CASE WHEN j % 4 = 0 THEN f.quantity ELSE 1 END AS qty_ret) AS q
JOIN dim_return_reason rr ON rr.reason_key = (ARRAY[1,1,2,2,3,3,3,4,5,5,5,6,7,8,9,10])[1 + (j * 7 + j / 16) % 16];

INSERT INTO fact_inventory_snapshot
SELECT to_char(m.month_end, 'YYYYMMDD')::int,
       1 + k % 10,
       1 + (k * 13) % 120,
       s.on_hand,
       CASE WHEN s.on_hand < 10 + (k % 4) * 5 THEN 24 * (1 + k % 3) ELSE 0 END,
       10 + (k % 4) * 5,
       s.on_hand * p.unit_cost,
       CASE WHEN s.on_hand = 0 THEN NULL ELSE round(s.on_hand / (1.5 + k % 6)::numeric, 1) END
FROM generate_series(0, 49) AS k
CROSS JOIN LATERAL (SELECT (date_trunc('month', DATE '2022-01-01' + mm * interval '1 month')
                            + interval '1 month - 1 day')::date AS month_end, mm
                    FROM generate_series(0, 35) AS mm) AS m
CROSS JOIN LATERAL (SELECT greatest(0, (k * 23 + m.mm * 29) % 85 - 6) AS on_hand) AS s
JOIN dim_product p ON p.product_key = 1 + (k * 13) % 120;
