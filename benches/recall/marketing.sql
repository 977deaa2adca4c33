-- Email marketing of Hearth & Field, an online retailer of home and garden goods: contacts and
-- their consent, mailing lists and memberships, campaigns, the email event log (sends,
-- deliveries, opens, clicks, bounces, unsubscribes), landing pages and the conversions they
-- bring, the web-shop orders with their lines and products, and discount codes. Sample
-- database of the golden set benches/intent/marketing.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic);
-- sign-ups, sends and orders run from January 2022 to October 2025.

CREATE TABLE products (
    id          integer PRIMARY KEY,
    sku         varchar(12) NOT NULL UNIQUE,
    name        text NOT NULL,
    category    text NOT NULL,
    price       numeric(8,2) NOT NULL,
    is_active   boolean NOT NULL
);

CREATE TABLE mailing_lists (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text NOT NULL,
    created_on  date NOT NULL,
    is_public   boolean NOT NULL,
    is_active   boolean NOT NULL
);

CREATE TABLE contacts (
    id             integer PRIMARY KEY,
    email          text NOT NULL UNIQUE,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    country        text NOT NULL,
    city           text NOT NULL,
    language       varchar(2) NOT NULL,
    signup_source  text NOT NULL,
    date_of_birth  date,
    created_at     timestamp NOT NULL
);

CREATE TABLE consents (
    id            integer PRIMARY KEY,
    contact_id    integer NOT NULL REFERENCES contacts(id),
    channel       text NOT NULL,
    method        text NOT NULL,
    granted_at    timestamp NOT NULL,
    withdrawn_at  timestamp,
    UNIQUE (contact_id, channel)
);

CREATE TABLE list_memberships (
    id               integer PRIMARY KEY,
    list_id          integer NOT NULL REFERENCES mailing_lists(id),
    contact_id       integer NOT NULL REFERENCES contacts(id),
    subscribed_at    timestamp NOT NULL,
    unsubscribed_at  timestamp,
    UNIQUE (list_id, contact_id)
);

CREATE TABLE campaigns (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    campaign_type  text NOT NULL,
    list_id        integer NOT NULL REFERENCES mailing_lists(id),
    subject_line   text NOT NULL,
    from_name      text NOT NULL,
    status         text NOT NULL,
    scheduled_at   timestamp,
    sent_at        timestamp,
    cost           numeric(10,2) NOT NULL
);

CREATE TABLE discount_codes (
    id               integer PRIMARY KEY,
    code             varchar(20) NOT NULL UNIQUE,
    campaign_id      integer REFERENCES campaigns(id),
    discount_type    text NOT NULL,
    discount_value   numeric(6,2),
    minimum_spend    numeric(8,2),
    valid_from       date NOT NULL,
    valid_until      date NOT NULL,
    max_redemptions  integer,
    is_active        boolean NOT NULL
);

CREATE TABLE landing_pages (
    id            integer PRIMARY KEY,
    campaign_id   integer REFERENCES campaigns(id),
    slug          text NOT NULL UNIQUE,
    title         text NOT NULL,
    page_type     text NOT NULL,
    published_on  date NOT NULL,
    is_live       boolean NOT NULL
);

CREATE TABLE email_events (
    id           integer PRIMARY KEY,
    campaign_id  integer NOT NULL REFERENCES campaigns(id),
    contact_id   integer NOT NULL REFERENCES contacts(id),
    event_type   text NOT NULL,
    occurred_at  timestamp NOT NULL,
    url          text,
    bounce_type  text,
    device       text
);

CREATE TABLE orders (
    id                integer PRIMARY KEY,
    order_number      varchar(12) NOT NULL UNIQUE,
    contact_id        integer NOT NULL REFERENCES contacts(id),
    ordered_at        timestamp NOT NULL,
    channel           text NOT NULL,
    status            text NOT NULL,
    discount_code_id  integer REFERENCES discount_codes(id),
    subtotal          numeric(10,2) NOT NULL DEFAULT 0,
    discount_amount   numeric(10,2) NOT NULL DEFAULT 0,
    shipping_fee      numeric(6,2) NOT NULL DEFAULT 0,
    total             numeric(10,2) NOT NULL DEFAULT 0
);

CREATE TABLE order_items (
    id          integer PRIMARY KEY,
    order_id    integer NOT NULL REFERENCES orders(id),
    product_id  integer NOT NULL REFERENCES products(id),
    quantity    integer NOT NULL,
    unit_price  numeric(8,2) NOT NULL
);

CREATE TABLE conversions (
    id               integer PRIMARY KEY,
    contact_id       integer NOT NULL REFERENCES contacts(id),
    campaign_id      integer NOT NULL REFERENCES campaigns(id),
    landing_page_id  integer NOT NULL REFERENCES landing_pages(id),
    conversion_type  text NOT NULL,
    converted_at     timestamp NOT NULL,
    order_id         integer REFERENCES orders(id)
);

-- ---------------------------------------------------------------------------------------
-- Products: a fixed catalogue of 40 articles.

INSERT INTO products (id, sku, name, category, price, is_active) VALUES
 (1,  'KIT-001', 'Cast Iron Skillet 28 cm',        'Kitchen',  54.90, true),
 (2,  'KIT-002', 'Stoneware Mixing Bowls (set of 3)', 'Kitchen', 39.00, true),
 (3,  'KIT-003', 'Oak Chopping Board',             'Kitchen',  29.50, true),
 (4,  'KIT-004', 'Enamel Dutch Oven 5 L',          'Kitchen', 119.00, true),
 (5,  'KIT-005', 'Linen Tea Towels (pack of 4)',   'Kitchen',  18.90, true),
 (6,  'KIT-006', 'Pour-Over Coffee Set',           'Kitchen',  44.00, false),
 (7,  'KIT-007', 'Copper Measuring Cups',          'Kitchen',  24.90, true),
 (8,  'KIT-008', 'Ceramic Knife Block',            'Kitchen',  64.00, true),
 (9,  'GAR-001', 'Galvanised Watering Can 9 L',    'Garden',   32.00, true),
 (10, 'GAR-002', 'Ash Handle Garden Spade',        'Garden',   49.90, true),
 (11, 'GAR-003', 'Terracotta Planter Large',       'Garden',   38.50, true),
 (12, 'GAR-004', 'Teak Folding Bench',             'Garden',  229.00, true),
 (13, 'GAR-005', 'Raised Bed Kit 120 cm',          'Garden',   89.00, true),
 (14, 'GAR-006', 'Pruning Shears',                 'Garden',   27.90, true),
 (15, 'GAR-007', 'Solar String Lights 10 m',       'Garden',   34.90, false),
 (16, 'GAR-008', 'Herb Seed Collection',           'Garden',   12.50, true),
 (17, 'BED-001', 'Washed Linen Duvet Cover Double','Bedding', 139.00, true),
 (18, 'BED-002', 'Percale Sheet Set King',         'Bedding',  99.00, true),
 (19, 'BED-003', 'Wool Throw Blanket',             'Bedding',  79.00, true),
 (20, 'BED-004', 'Feather Pillow (pair)',          'Bedding',  59.00, true),
 (21, 'BED-005', 'Quilted Bedspread',              'Bedding', 149.00, false),
 (22, 'BED-006', 'Cotton Waffle Blanket',          'Bedding',  69.00, true),
 (23, 'BAT-001', 'Turkish Cotton Towel Set',       'Bath',     64.90, true),
 (24, 'BAT-002', 'Bamboo Bath Mat',                'Bath',     29.00, true),
 (25, 'BAT-003', 'Stoneware Soap Dish',            'Bath',     14.50, true),
 (26, 'BAT-004', 'Waffle Bathrobe',                'Bath',     84.00, true),
 (27, 'BAT-005', 'Glass Bath Storage Jars',        'Bath',     22.00, true),
 (28, 'BAT-006', 'Linen Shower Curtain',           'Bath',     49.00, false),
 (29, 'LIG-001', 'Rattan Pendant Shade',           'Lighting', 74.00, true),
 (30, 'LIG-002', 'Brass Table Lamp',               'Lighting',129.00, true),
 (31, 'LIG-003', 'Beeswax Pillar Candles (set of 3)', 'Lighting', 26.00, true),
 (32, 'LIG-004', 'Ceramic Floor Lamp',             'Lighting',189.00, true),
 (33, 'LIG-005', 'Glass Hurricane Lantern',        'Lighting', 36.00, true),
 (34, 'LIG-006', 'Linen Lamp Shade 40 cm',         'Lighting', 45.00, true),
 (35, 'DEC-001', 'Jute Area Rug 160x230',          'Decor',   169.00, true),
 (36, 'DEC-002', 'Hand-Thrown Vase',               'Decor',    42.00, true),
 (37, 'DEC-003', 'Oak Wall Shelf',                 'Decor',    58.00, true),
 (38, 'DEC-004', 'Wool Cushion Cover',             'Decor',    32.00, true),
 (39, 'DEC-005', 'Round Rattan Mirror',            'Decor',    95.00, true),
 (40, 'DEC-006', 'Dried Flower Bouquet',           'Decor',    28.00, false);

-- ---------------------------------------------------------------------------------------
-- Mailing lists.

INSERT INTO mailing_lists (id, name, description, created_on, is_public, is_active) VALUES
 (1, 'Weekly Newsletter',    'Stories, styling ideas and the week''s picks',              '2022-01-01', true,  true),
 (2, 'Promotions & Offers',  'Sales, flash deals and discount codes',                      '2022-01-01', true,  true),
 (3, 'New Arrivals',         'First look at new collections and products',                 '2022-02-14', true,  true),
 (4, 'VIP Club',             'Best customers: early access and members-only offers',       '2022-04-04', false, true),
 (5, 'Garden Club',          'Seasonal garden advice and outdoor products',                '2022-01-20', true,  true),
 (6, 'Kitchen Lovers',       'Recipes, cookware care and kitchen launches',                '2022-01-20', true,  true),
 (7, 'Win-back',             'Lapsed customers targeted by re-engagement campaigns',       '2023-06-01', false, true),
 (8, 'Product Testers',      'Customers who review new products before launch',            '2022-09-19', false, false);

-- ---------------------------------------------------------------------------------------
-- Contacts: 1,200 people who signed up between January 2022 and June 2025.

INSERT INTO contacts (id, email, first_name, last_name, country, city, language, signup_source,
                      date_of_birth, created_at)
SELECT g,
       lower(fn) || '.' || lower(ln) || g || '@' ||
           (ARRAY['gmail.com','outlook.com','yahoo.com','icloud.com','gmx.de','orange.fr','proton.me'])[1 + (g * 3) % 7],
       fn, ln, country,
       CASE country
           WHEN 'France'         THEN (ARRAY['Paris','Lyon','Bordeaux','Nantes'])[1 + (g / 23) % 4]
           WHEN 'Germany'        THEN (ARRAY['Berlin','Hamburg','Munich'])[1 + (g / 23) % 3]
           WHEN 'United Kingdom' THEN (ARRAY['London','Manchester','Bristol'])[1 + (g / 23) % 3]
           WHEN 'Spain'          THEN (ARRAY['Madrid','Barcelona'])[1 + (g / 23) % 2]
           WHEN 'Italy'          THEN (ARRAY['Milan','Rome','Turin'])[1 + (g / 23) % 3]
           WHEN 'Netherlands'    THEN (ARRAY['Amsterdam','Utrecht'])[1 + (g / 23) % 2]
           WHEN 'Belgium'        THEN (ARRAY['Brussels','Ghent'])[1 + (g / 23) % 2]
           ELSE                       (ARRAY['Zurich','Geneva'])[1 + (g / 23) % 2]
       END,
       CASE country
           WHEN 'France' THEN 'fr' WHEN 'Belgium' THEN 'fr' WHEN 'Germany' THEN 'de'
           WHEN 'Switzerland' THEN 'de' WHEN 'Spain' THEN 'es' WHEN 'Italy' THEN 'it'
           WHEN 'Netherlands' THEN 'nl' ELSE 'en'
       END,
       CASE WHEN (g * 7) % 20 < 6  THEN 'checkout'
            WHEN (g * 7) % 20 < 11 THEN 'newsletter form'
            WHEN (g * 7) % 20 < 15 THEN 'exit popup'
            WHEN (g * 7) % 20 < 17 THEN 'giveaway'
            WHEN (g * 7) % 20 < 19 THEN 'referral'
            ELSE 'in-store event' END,
       CASE WHEN g % 9 = 4 THEN NULL
            ELSE date '1952-03-01' + (g * 2711) % 17500 END,
       timestamp '2022-01-01 00:00' + floor(1276 * power((g - 1) / 1199.0, 1.3))::integer * interval '1 day'
           + ((7 + (g * 37) % 16) * interval '1 hour') + ((g * 17) % 60) * interval '1 minute'
FROM (
    SELECT g,
           (ARRAY['Emma','Lucas','Chloe','Louis','Lea','Hugo','Manon','Jules','Camille','Arthur',
                  'Sophie','Paul','Anna','Felix','Laura','Max','Julia','Leon','Mia','Noah',
                  'Olivia','Liam','Grace','Oscar','Isla','Jack','Lucia','Mateo','Giulia','Marco',
                  'Sara','Pablo','Eva','Daan','Sanne','Lars','Ines','Tom','Alice','Victor'])[1 + (g * 7) % 40] AS fn,
           (ARRAY['Martin','Bernard','Dubois','Laurent','Moreau','Lefevre','Muller','Schmidt','Schneider','Fischer',
                  'Weber','Meyer','Smith','Jones','Taylor','Brown','Wilson','Evans','Garcia','Lopez',
                  'Martinez','Sanchez','Rossi','Russo','Ferrari','Esposito','Bianchi','De Jong','Jansen','Visser',
                  'Peeters','Janssens','Maes','Keller','Huber','Roux','Fontaine','Chevalier','Blanc','Girard'])[1 + (g * 13 + g / 40) % 40] AS ln,
           CASE WHEN (g * 13) % 23 < 7  THEN 'France'
                WHEN (g * 13) % 23 < 12 THEN 'Germany'
                WHEN (g * 13) % 23 < 15 THEN 'United Kingdom'
                WHEN (g * 13) % 23 < 17 THEN 'Spain'
                WHEN (g * 13) % 23 < 19 THEN 'Italy'
                WHEN (g * 13) % 23 < 21 THEN 'Netherlands'
                WHEN (g * 13) % 23 = 21 THEN 'Belgium'
                ELSE 'Switzerland' END AS country
    FROM generate_series(1, 1200) AS g
) AS s;

-- ---------------------------------------------------------------------------------------
-- Consents: email consent for every contact (about 7 % withdrawn later), SMS consent for a
-- third of them.

INSERT INTO consents (id, contact_id, channel, method, granted_at, withdrawn_at)
SELECT row_number() OVER (ORDER BY granted_at, contact_id, channel), contact_id, channel, method,
       granted_at, withdrawn_at
FROM (
    SELECT c.id AS contact_id, 'email' AS channel,
           CASE c.signup_source
               WHEN 'checkout' THEN 'checkout checkbox'
               WHEN 'giveaway' THEN 'single opt-in'
               WHEN 'in-store event' THEN 'paper form'
               ELSE 'double opt-in' END AS method,
           c.created_at AS granted_at,
           CASE WHEN c.id % 14 = 3
                 AND c.created_at + (100 + (c.id * 31) % 500) * interval '1 day' < timestamp '2025-10-31'
                THEN c.created_at + (100 + (c.id * 31) % 500) * interval '1 day'
                     + ((c.id * 7) % 600) * interval '1 minute' END AS withdrawn_at
    FROM contacts c
    UNION ALL
    SELECT c.id, 'sms',
           CASE WHEN c.signup_source = 'checkout' THEN 'checkout checkbox' ELSE 'sms keyword' END,
           c.created_at + (c.id % 90) * interval '1 day' + interval '3 hours',
           CASE WHEN c.id % 17 = 0
                 AND c.created_at + (200 + c.id % 300) * interval '1 day' < timestamp '2025-10-31'
                THEN c.created_at + (200 + c.id % 300) * interval '1 day' END
    FROM contacts c
    WHERE c.id % 3 = 0
      AND c.created_at + (c.id % 90) * interval '1 day' < timestamp '2025-10-31'
) AS s;

-- ---------------------------------------------------------------------------------------
-- List memberships: each list draws its own share of the contacts.

INSERT INTO list_memberships (id, list_id, contact_id, subscribed_at, unsubscribed_at)
SELECT row_number() OVER (ORDER BY subscribed_at, list_id, contact_id), list_id, contact_id,
       subscribed_at,
       CASE WHEN (contact_id * 3 + list_id) % 19 = 0
             AND subscribed_at + (60 + (contact_id * list_id) % 400) * interval '1 day' < timestamp '2025-10-31'
            THEN subscribed_at + (60 + (contact_id * list_id) % 400) * interval '1 day'
                 + ((contact_id * 11) % 500) * interval '1 minute' END
FROM (
    SELECT l.id AS list_id, c.id AS contact_id,
           CASE WHEN c.created_at >= l.created_on
                THEN c.created_at + (1 + (c.id * l.id) % 50) * interval '1 minute'
                ELSE l.created_on + ((c.id + l.id * 7) % 45) * interval '1 day'
                     + (540 + (c.id * l.id) % 600) * interval '1 minute' END AS subscribed_at
    FROM contacts c
    CROSS JOIN mailing_lists l
    WHERE (c.id * 37 + l.id * 53) % 100 <
          CASE l.id WHEN 1 THEN 60 WHEN 2 THEN 42 WHEN 3 THEN 25 WHEN 4 THEN 8
                    WHEN 5 THEN 15 WHEN 6 THEN 18 WHEN 7 THEN 10 ELSE 4 END
) AS s
WHERE subscribed_at < timestamp '2025-10-31';

-- ---------------------------------------------------------------------------------------
-- Campaigns: 64, one every 22 days from January 2022; two cancelled, one scheduled for
-- November 2025 and the last one a draft.

INSERT INTO campaigns (id, name, campaign_type, list_id, subject_line, from_name, status,
                       scheduled_at, sent_at, cost)
SELECT c,
       CASE t
           WHEN 'newsletter' THEN 'Newsletter ' || to_char(d, 'Mon YYYY')
           WHEN 'promotion' THEN
               (ARRAY['Flash Sale','Weekend Deals','Free Shipping Week','Members Extra 15%'])[1 + (c / 8) % 4]
               || ' ' || to_char(d, 'Mon YYYY')
           WHEN 'product launch' THEN
               'New In: ' || (ARRAY['Kitchen','Garden','Bedding','Lighting','Bath','Decor'])[1 + (c / 8) % 6]
               || ' ' || to_char(d, 'Mon YYYY')
           WHEN 'seasonal sale' THEN
               CASE WHEN extract(month FROM d) IN (12, 1, 2) THEN 'Winter Sale'
                    WHEN extract(month FROM d) IN (3, 4, 5) THEN 'Spring Sale'
                    WHEN extract(month FROM d) IN (6, 7, 8) THEN 'Summer Sale'
                    WHEN extract(month FROM d) = 11 THEN 'Black Friday'
                    ELSE 'Autumn Sale' END || ' ' || to_char(d, 'YYYY')
           ELSE 'We Miss You ' || to_char(d, 'Mon YYYY')
       END,
       t,
       CASE t
           WHEN 'newsletter' THEN 1
           WHEN 'promotion' THEN CASE WHEN c % 16 = 6 THEN 4 ELSE 2 END
           WHEN 'product launch' THEN
               CASE (ARRAY['Kitchen','Garden','Bedding','Lighting','Bath','Decor'])[1 + (c / 8) % 6]
                   WHEN 'Kitchen' THEN 6 WHEN 'Garden' THEN 5 ELSE 3 END
           WHEN 'seasonal sale' THEN 2
           ELSE CASE WHEN d < timestamp '2023-06-15' THEN 2 ELSE 7 END
       END,
       CASE t
           WHEN 'newsletter' THEN (ARRAY['This week at Hearth & Field','Five ways to warm up your home',
                                         'What we are loving right now','Notes from the workshop',
                                         'Your seasonal home checklist','Behind the scenes with our makers'])[1 + c % 6]
           WHEN 'promotion' THEN (ARRAY['48 hours only: up to 30% off','Your weekend treat is here',
                                        'Free shipping on everything','An extra thank-you for you'])[1 + (c / 8) % 4]
           WHEN 'product launch' THEN 'Just landed: the new collection'
           WHEN 'seasonal sale' THEN 'The sale starts now'
           ELSE 'It has been a while - here is 15% off'
       END,
       CASE WHEN c % 3 = 0 THEN 'Claire at Hearth & Field' ELSE 'Hearth & Field' END,
       CASE WHEN c IN (14, 41) THEN 'cancelled'
            WHEN c = 63 THEN 'scheduled'
            WHEN c = 64 THEN 'draft'
            ELSE 'sent' END,
       CASE WHEN c = 64 THEN NULL ELSE d END,
       CASE WHEN c IN (14, 41, 63, 64) THEN NULL ELSE d + (c % 5) * interval '1 minute' END,
       CASE t
           WHEN 'newsletter' THEN 180 + (c * 37) % 120
           WHEN 'promotion' THEN 420 + (c * 53) % 380
           WHEN 'product launch' THEN 1350 + (c * 71) % 900
           WHEN 'seasonal sale' THEN 950 + (c * 97) % 1100
           ELSE 260 + (c * 29) % 200
       END + (c % 4) * 0.25
FROM (
    SELECT c,
           CASE WHEN c = 63 THEN timestamp '2025-11-18 09:00'
                ELSE timestamp '2022-01-11 09:00' + (c - 1) * interval '22 days' + (c % 4) * interval '2 hours'
           END AS d,
           CASE c % 8 WHEN 0 THEN 'newsletter' WHEN 1 THEN 'promotion' WHEN 2 THEN 'newsletter'
                      WHEN 3 THEN 'product launch' WHEN 4 THEN 'newsletter' WHEN 5 THEN 'seasonal sale'
                      WHEN 6 THEN 'promotion' ELSE 'win-back' END AS t
    FROM generate_series(1, 64) AS c
) AS s;

-- ---------------------------------------------------------------------------------------
-- Discount codes: one per promotion, seasonal sale and win-back campaign, plus five
-- evergreen codes.

INSERT INTO discount_codes (id, code, campaign_id, discount_type, discount_value, minimum_spend,
                            valid_from, valid_until, max_redemptions, is_active)
VALUES
 (1, 'WELCOME10',  NULL, 'percent',       10.00, NULL,  '2022-01-01', '2025-12-31', NULL, true),
 (2, 'FREESHIP',   NULL, 'free shipping', NULL,  30.00, '2022-01-01', '2025-12-31', NULL, true),
 (3, 'BIRTHDAY15', NULL, 'percent',       15.00, NULL,  '2022-06-01', '2025-12-31', NULL, true),
 (4, 'VIP20',      NULL, 'percent',       20.00, 100.00,'2022-05-01', '2024-12-31', 500,  false),
 (5, 'SORRY5',     NULL, 'fixed amount',   5.00, NULL,  '2022-01-01', '2025-12-31', NULL, true);

INSERT INTO discount_codes (id, code, campaign_id, discount_type, discount_value, minimum_spend,
                            valid_from, valid_until, max_redemptions, is_active)
SELECT 5 + row_number() OVER (ORDER BY c.id),
       CASE c.campaign_type WHEN 'promotion' THEN 'DEAL' WHEN 'seasonal sale' THEN 'SALE' ELSE 'COMEBACK' END
           || to_char(c.scheduled_at, 'YYMM'),
       c.id,
       CASE WHEN c.campaign_type = 'promotion' AND c.name LIKE 'Free Shipping%' THEN 'free shipping'
            WHEN c.campaign_type = 'win-back' AND c.id % 3 = 0 THEN 'fixed amount'
            ELSE 'percent' END,
       CASE WHEN c.campaign_type = 'promotion' AND c.name LIKE 'Free Shipping%' THEN NULL
            WHEN c.campaign_type = 'win-back' AND c.id % 3 = 0 THEN 10.00
            WHEN c.campaign_type = 'win-back' THEN 15.00
            WHEN c.campaign_type = 'seasonal sale' THEN (ARRAY[20.00, 25.00, 30.00])[1 + c.id % 3]
            ELSE (ARRAY[10.00, 15.00])[1 + c.id % 2] END,
       CASE WHEN c.id % 4 = 1 THEN 50.00 WHEN c.campaign_type = 'seasonal sale' THEN 75.00 END,
       c.scheduled_at::date,
       c.scheduled_at::date + CASE c.campaign_type WHEN 'seasonal sale' THEN 21 WHEN 'win-back' THEN 30 ELSE 7 END,
       CASE WHEN c.campaign_type = 'win-back' THEN 200 WHEN c.id % 5 = 0 THEN 300 END,
       c.status = 'scheduled'
FROM campaigns c
WHERE c.campaign_type IN ('promotion', 'seasonal sale', 'win-back')
  AND c.status IN ('sent', 'scheduled');

-- ---------------------------------------------------------------------------------------
-- Landing pages: one per campaign that is not a newsletter (not for cancelled or draft
-- campaigns), and six evergreen pages newsletters link to.

INSERT INTO landing_pages (id, campaign_id, slug, title, page_type, published_on, is_live) VALUES
 (1, NULL, 'shop',        'Shop everything',          'collection', '2022-01-03', true),
 (2, NULL, 'bestsellers', 'Our bestsellers',          'collection', '2022-01-03', true),
 (3, NULL, 'journal',     'The Hearth & Field Journal','content',   '2022-01-03', true),
 (4, NULL, 'gift-guide',  'Gift guide',               'collection', '2022-11-14', true),
 (5, NULL, 'garden',      'Garden shop',              'collection', '2022-03-01', true),
 (6, NULL, 'kitchen',     'Kitchen shop',             'collection', '2022-03-01', false);

INSERT INTO landing_pages (id, campaign_id, slug, title, page_type, published_on, is_live)
SELECT 6 + row_number() OVER (ORDER BY c.id), c.id,
       lower(regexp_replace(regexp_replace(c.name, '[^A-Za-z0-9 ]', '', 'g'), ' +', '-', 'g')),
       c.name,
       CASE c.campaign_type WHEN 'product launch' THEN 'product' WHEN 'win-back' THEN 'offer' ELSE 'sale' END,
       c.scheduled_at::date - 2,
       c.status = 'sent' AND c.scheduled_at >= timestamp '2025-08-01'
FROM campaigns c
WHERE c.campaign_type <> 'newsletter' AND c.status IN ('sent', 'scheduled');

-- ---------------------------------------------------------------------------------------
-- Email events. A campaign goes to a sample of its list's members subscribed at send time
-- whose email consent was not withdrawn (to all of them for the VIP Club); a send bounces or is delivered; some deliveries are
-- opened; some opens are clicked or lead to an unsubscribe.

CREATE TEMPORARY TABLE sends AS
SELECT campaign_id, contact_id, sent_at
FROM (
    SELECT c.id AS campaign_id, m.contact_id, c.sent_at,
           CASE WHEN c.list_id = 4 THEN 1000
                ELSE CASE c.campaign_type WHEN 'newsletter' THEN 45 WHEN 'promotion' THEN 40
                                          WHEN 'seasonal sale' THEN 55 WHEN 'product launch' THEN 35
                                          ELSE 30 END END AS audience,
           row_number() OVER (PARTITION BY c.id ORDER BY (m.contact_id * 13 + c.id * 3) % 101, m.contact_id) AS pick
    FROM campaigns c
    JOIN list_memberships m ON m.list_id = c.list_id
    JOIN consents e ON e.contact_id = m.contact_id AND e.channel = 'email'
    WHERE c.status = 'sent'
      AND m.subscribed_at < c.sent_at
      AND (m.unsubscribed_at IS NULL OR m.unsubscribed_at > c.sent_at)
      AND (e.withdrawn_at IS NULL OR e.withdrawn_at > c.sent_at)
) AS s
WHERE pick <= audience;

CREATE TEMPORARY TABLE opens AS
SELECT campaign_id, contact_id, sent_at,
       sent_at + (1 + (contact_id * 13 + campaign_id * 7) % 71) * interval '1 hour'
               + ((contact_id * campaign_id) % 60) * interval '1 minute' AS opened_at,
       CASE WHEN (contact_id + campaign_id) % 10 < 6 THEN 'mobile'
            WHEN (contact_id + campaign_id) % 10 < 9 THEN 'desktop'
            ELSE 'tablet' END AS device
FROM sends
WHERE NOT (contact_id % 97 = 0 OR (contact_id * 5 + campaign_id) % 29 = 0)
  AND contact_id % 6 <> 5
  AND (contact_id * 3 + campaign_id * 7) % 10 < 5;

CREATE TEMPORARY TABLE clicks AS
SELECT o.campaign_id, o.contact_id, o.device,
       o.opened_at + (1 + o.contact_id % 20) * interval '1 minute' AS clicked_at,
       coalesce(lp.id, 1 + (o.contact_id + o.campaign_id) % 5) AS landing_page_id
FROM opens o
LEFT JOIN landing_pages lp ON lp.campaign_id = o.campaign_id
WHERE (o.contact_id + o.campaign_id * 5) % 3 = 0;

INSERT INTO email_events (id, campaign_id, contact_id, event_type, occurred_at, url, bounce_type, device)
SELECT row_number() OVER (ORDER BY occurred_at, campaign_id, contact_id, step),
       campaign_id, contact_id, event_type, occurred_at, url, bounce_type, device
FROM (
    SELECT campaign_id, contact_id, 1 AS step, 'sent' AS event_type, sent_at AS occurred_at,
           NULL::text AS url, NULL::text AS bounce_type, NULL::text AS device
    FROM sends
    UNION ALL
    SELECT campaign_id, contact_id, 2,
           CASE WHEN contact_id % 97 = 0 OR (contact_id * 5 + campaign_id) % 29 = 0 THEN 'bounced' ELSE 'delivered' END,
           sent_at + (1 + contact_id % 4) * interval '1 minute' + (contact_id % 50) * interval '1 second',
           NULL,
           CASE WHEN contact_id % 97 = 0 OR contact_id % 3 = 0 AND (contact_id * 5 + campaign_id) % 29 = 0 THEN 'hard'
                WHEN (contact_id * 5 + campaign_id) % 29 = 0 THEN 'soft' END,
           NULL
    FROM sends
    UNION ALL
    SELECT campaign_id, contact_id, 3, 'opened', opened_at, NULL, NULL, device
    FROM opens
    UNION ALL
    SELECT k.campaign_id, k.contact_id, 4, 'clicked', k.clicked_at,
           'https://www.hearthandfield.com/' || lp.slug, NULL, k.device
    FROM clicks k
    JOIN landing_pages lp ON lp.id = k.landing_page_id
    UNION ALL
    SELECT campaign_id, contact_id, 5, 'unsubscribed', opened_at + interval '2 minutes', NULL, NULL, device
    FROM opens
    WHERE (contact_id * 11 + campaign_id) % 31 = 0
) AS s;

-- An unsubscribe ends the membership of the campaign's list.
UPDATE list_memberships m
SET unsubscribed_at = u.occurred_at
FROM email_events u
JOIN campaigns c ON c.id = u.campaign_id
WHERE u.event_type = 'unsubscribed'
  AND m.list_id = c.list_id
  AND m.contact_id = u.contact_id
  AND (m.unsubscribed_at IS NULL OR m.unsubscribed_at > u.occurred_at);

-- ---------------------------------------------------------------------------------------
-- Conversions on the landing pages after a click, and orders: those the email purchases
-- brought, and the orders from every other channel.

CREATE TEMPORARY TABLE conv AS
SELECT k.contact_id, k.campaign_id, k.landing_page_id,
       CASE WHEN (k.contact_id + k.campaign_id) % 10 < 7 THEN 'purchase'
            WHEN (k.contact_id + k.campaign_id) % 10 < 9 THEN 'account signup'
            ELSE 'wishlist' END AS conversion_type,
       k.clicked_at + (3 + k.contact_id % 40) * interval '1 minute' AS converted_at
FROM clicks k
WHERE (k.contact_id * 7 + k.campaign_id) % 9 < 5;

CREATE TEMPORARY TABLE order_src AS
SELECT v.contact_id, v.converted_at AS ordered_at, 'email' AS channel,
       (SELECT d.id FROM discount_codes d
         WHERE d.campaign_id = v.campaign_id
           AND v.converted_at::date BETWEEN d.valid_from AND d.valid_until) AS discount_code_id
FROM conv v
WHERE v.conversion_type = 'purchase'
UNION ALL
SELECT contact_id, ordered_at,
       CASE WHEN g % 10 < 4 THEN 'organic search'
            WHEN g % 10 < 6 THEN 'direct'
            WHEN g % 10 < 8 THEN 'paid social'
            WHEN g % 10 = 8 THEN 'affiliate'
            ELSE 'marketplace' END,
       CASE WHEN g % 9 = 0 THEN 1 WHEN g % 13 = 0 THEN 2 WHEN g % 31 = 0 THEN 3 WHEN g % 37 = 0 THEN 5 END
FROM (
    SELECT g, c.id AS contact_id,
           c.created_at + ((g * 53) % 540) * interval '1 day' + ((g * 7) % 600) * interval '1 minute'
               + interval '25 minutes' AS ordered_at
    FROM generate_series(1, 1500) AS g
    JOIN contacts c ON c.id = 1 + ((g * 577) % 1193)
) AS o
WHERE ordered_at < timestamp '2025-10-31';

INSERT INTO orders (id, order_number, contact_id, ordered_at, channel, status, discount_code_id)
SELECT n, 'HF-' || (100000 + n * 7), contact_id, ordered_at, channel,
       CASE WHEN ordered_at >= timestamp '2025-10-24' THEN 'shipped'
            WHEN n % 23 = 0 THEN 'cancelled'
            WHEN n % 17 = 0 THEN 'returned'
            ELSE 'delivered' END,
       discount_code_id
FROM (
    SELECT row_number() OVER (ORDER BY ordered_at, contact_id) AS n, *
    FROM order_src
) AS s;

INSERT INTO conversions (id, contact_id, campaign_id, landing_page_id, conversion_type, converted_at, order_id)
SELECT row_number() OVER (ORDER BY v.converted_at, v.contact_id), v.contact_id, v.campaign_id,
       v.landing_page_id, v.conversion_type, v.converted_at, o.id
FROM conv v
LEFT JOIN orders o ON v.conversion_type = 'purchase' AND o.contact_id = v.contact_id
                  AND o.ordered_at = v.converted_at AND o.channel = 'email';

-- Order lines: products drawn from a popularity-weighted list; a product drawn twice for the
-- same order becomes one line.
CREATE TEMPORARY TABLE popularity AS
SELECT row_number() OVER (ORDER BY p.id, k) AS slot, p.id AS product_id
FROM products p
CROSS JOIN LATERAL generate_series(1, 1 + (p.id * 7) % 6
                                      + CASE WHEN p.id IN (3, 17, 23, 31, 38) THEN 6 ELSE 0 END
                                      - CASE WHEN p.is_active THEN 0 ELSE 1 END) AS k;

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price)
SELECT row_number() OVER (ORDER BY l.order_id, l.product_id), l.order_id, l.product_id, l.quantity, p.price
FROM (
    SELECT o.id AS order_id, w.product_id,
           sum(CASE WHEN (o.id + i) % 7 = 0 THEN 3 WHEN (o.id * i) % 4 = 0 THEN 2 ELSE 1 END) AS quantity
    FROM orders o
    CROSS JOIN LATERAL generate_series(1, 1 + (o.id * 7) % 4) AS i
    JOIN popularity w ON w.slot = 1 + ((o.id * 7919 + i * 2741) % 9973) % (SELECT count(*) FROM popularity)
    GROUP BY o.id, w.product_id
) AS l
JOIN products p ON p.id = l.product_id;

UPDATE orders o
SET subtotal = t.subtotal
FROM (SELECT order_id, sum(quantity * unit_price) AS subtotal FROM order_items GROUP BY order_id) AS t
WHERE t.order_id = o.id;

UPDATE orders SET shipping_fee = CASE WHEN subtotal >= 60 THEN 0 ELSE 4.95 END;

UPDATE orders o
SET discount_amount = CASE
        WHEN d.minimum_spend IS NOT NULL AND o.subtotal < d.minimum_spend THEN 0
        WHEN d.discount_type = 'percent' THEN round(o.subtotal * d.discount_value / 100, 2)
        WHEN d.discount_type = 'fixed amount' THEN least(d.discount_value, o.subtotal)
        ELSE o.shipping_fee END
FROM discount_codes d
WHERE d.id = o.discount_code_id;

-- A code whose minimum spend the basket did not reach was not applied.
UPDATE orders SET discount_code_id = NULL
WHERE discount_code_id IS NOT NULL AND discount_amount = 0
  AND discount_code_id IN (SELECT id FROM discount_codes WHERE minimum_spend IS NOT NULL);

UPDATE orders SET total = subtotal - discount_amount + shipping_fee;

DROP TABLE sends, opens, clicks, conv, order_src, popularity;

ANALYZE;
