-- Operations of a day spa: clients, therapists, treatments and their categories, rooms,
-- treatment bookings, membership plans and memberships, retail product sales and gift
-- vouchers, used as the sample database of the golden set benches/intent/spa.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE "TreatmentCategory" (
    category_id  integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    description  text
);

CREATE TABLE "Treatment" (
    treatment_id      integer PRIMARY KEY,
    category_id       integer NOT NULL REFERENCES "TreatmentCategory" (category_id),
    name              text NOT NULL UNIQUE,
    duration_minutes  integer NOT NULL,
    price             numeric(8,2) NOT NULL,
    is_couples        boolean NOT NULL DEFAULT false,
    is_active         boolean NOT NULL DEFAULT true
);

CREATE TABLE "Room" (
    room_id     integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    room_type   text NOT NULL,
    floor       integer NOT NULL,
    capacity    integer NOT NULL,
    has_shower  boolean NOT NULL
);

CREATE TABLE "Therapist" (
    therapist_id           integer PRIMARY KEY,
    first_name             text NOT NULL,
    last_name              text NOT NULL,
    email                  text NOT NULL UNIQUE,
    level                  text NOT NULL,
    employment_type        text NOT NULL,
    specialty_category_id  integer REFERENCES "TreatmentCategory" (category_id),
    hourly_rate            numeric(6,2) NOT NULL,
    hired_on               date NOT NULL,
    left_on                date,
    is_active              boolean NOT NULL
);

CREATE TABLE "Client" (
    client_id         integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    email             text NOT NULL UNIQUE,
    phone             text,
    date_of_birth     date,
    city              text NOT NULL,
    referral_source   text,
    marketing_opt_in  boolean NOT NULL,
    joined_on         date NOT NULL
);

CREATE TABLE "MembershipPlan" (
    plan_id               integer PRIMARY KEY,
    name                  text NOT NULL UNIQUE,
    monthly_fee           numeric(7,2) NOT NULL,
    treatments_per_month  integer NOT NULL,
    retail_discount_pct   numeric(4,1) NOT NULL,
    is_available          boolean NOT NULL
);

CREATE TABLE "Membership" (
    membership_id  integer PRIMARY KEY,
    client_id      integer NOT NULL REFERENCES "Client" (client_id),
    plan_id        integer NOT NULL REFERENCES "MembershipPlan" (plan_id),
    started_on     date NOT NULL,
    ended_on       date,
    status         text NOT NULL,
    auto_renew     boolean NOT NULL
);

CREATE TABLE "TreatmentBooking" (
    booking_id     integer PRIMARY KEY,
    client_id      integer NOT NULL REFERENCES "Client" (client_id),
    therapist_id   integer NOT NULL REFERENCES "Therapist" (therapist_id),
    treatment_id   integer NOT NULL REFERENCES "Treatment" (treatment_id),
    room_id        integer NOT NULL REFERENCES "Room" (room_id),
    booked_for     timestamp NOT NULL,
    created_at     timestamp NOT NULL,
    status         text NOT NULL,
    price_charged  numeric(8,2),
    tip_amount     numeric(6,2),
    booking_channel text NOT NULL
);

CREATE TABLE "Product" (
    product_id       integer PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    brand            text NOT NULL,
    product_type     text NOT NULL,
    retail_price     numeric(7,2) NOT NULL,
    cost_price       numeric(7,2) NOT NULL,
    stock_on_hand    integer NOT NULL,
    is_discontinued  boolean NOT NULL
);

CREATE TABLE "ProductSale" (
    sale_id          integer PRIMARY KEY,
    product_id       integer NOT NULL REFERENCES "Product" (product_id),
    client_id        integer REFERENCES "Client" (client_id),
    therapist_id     integer REFERENCES "Therapist" (therapist_id),
    sold_at          timestamp NOT NULL,
    quantity         integer NOT NULL,
    unit_price       numeric(7,2) NOT NULL,
    discount_amount  numeric(7,2) NOT NULL,
    payment_method   text NOT NULL
);

CREATE TABLE "GiftVoucher" (
    voucher_id             integer PRIMARY KEY,
    code                   text NOT NULL UNIQUE,
    purchaser_client_id    integer REFERENCES "Client" (client_id),
    recipient_name         text NOT NULL,
    amount                 numeric(7,2) NOT NULL,
    purchased_on           date NOT NULL,
    expires_on             date NOT NULL,
    sales_channel          text NOT NULL,
    redeemed_booking_id    integer REFERENCES "TreatmentBooking" (booking_id),
    redeemed_on            date,
    status                 text NOT NULL
);

-- ---------------------------------------------------------------- reference data

INSERT INTO "TreatmentCategory" (category_id, name, description) VALUES
    (1, 'Massage',         'Full-body and targeted massage therapies'),
    (2, 'Facials',         'Skin treatments for the face'),
    (3, 'Body Treatments', 'Scrubs, wraps and body polishes'),
    (4, 'Hydrotherapy',    'Water-based therapies in the wet rooms'),
    (5, 'Nails',           'Manicures and pedicures'),
    (6, 'Spa Packages',    'Half-day and full-day combinations of treatments');

INSERT INTO "Treatment" (treatment_id, category_id, name, duration_minutes, price, is_couples, is_active) VALUES
    ( 1, 1, 'Swedish Massage',         60,  95.00, false, true),
    ( 2, 1, 'Deep Tissue Massage',     60, 110.00, false, true),
    ( 3, 1, 'Hot Stone Massage',       75, 130.00, false, true),
    ( 4, 1, 'Aromatherapy Massage',    60, 105.00, false, true),
    ( 5, 1, 'Pregnancy Massage',       60, 100.00, false, true),
    ( 6, 1, 'Sports Massage',          45,  85.00, false, true),
    ( 7, 1, 'Couples Massage',         60, 190.00, true,  true),
    ( 8, 1, 'Indian Head Massage',     30,  55.00, false, true),
    ( 9, 2, 'Signature Facial',        60, 120.00, false, true),
    (10, 2, 'Express Facial',          30,  65.00, false, true),
    (11, 2, 'Anti-Ageing Facial',      75, 150.00, false, true),
    (12, 2, 'Hydrating Facial',        60, 115.00, false, true),
    (13, 2, 'Gentlemen''s Facial',     45,  85.00, false, true),
    (14, 2, 'Microdermabrasion',       45, 135.00, false, false),
    (15, 3, 'Sea Salt Scrub',          45,  75.00, false, true),
    (16, 3, 'Seaweed Wrap',            60, 110.00, false, true),
    (17, 3, 'Mud Wrap',                60, 105.00, false, true),
    (18, 3, 'Detox Body Wrap',         75, 125.00, false, false),
    (19, 4, 'Hydrotherapy Bath',       30,  55.00, false, true),
    (20, 4, 'Vichy Shower',            45,  80.00, false, true),
    (21, 4, 'Flotation Session',       60,  70.00, false, true),
    (22, 5, 'Classic Manicure',        45,  40.00, false, true),
    (23, 5, 'Gel Manicure',            60,  55.00, false, true),
    (24, 5, 'Classic Pedicure',        50,  50.00, false, true),
    (25, 5, 'Luxury Pedicure',         75,  72.00, false, true),
    (26, 6, 'Half Day Escape',        180, 245.00, false, true),
    (27, 6, 'Couples Retreat',        150, 360.00, true,  true),
    (28, 6, 'Bridal Package',         240, 420.00, false, true);

INSERT INTO "Room" (room_id, name, room_type, floor, capacity, has_shower) VALUES
    (1, 'Lotus',       'single',   1, 1, false),
    (2, 'Jasmine',     'single',   1, 1, false),
    (3, 'Orchid',      'single',   2, 1, true),
    (4, 'Willow',      'single',   2, 1, false),
    (5, 'Cedar Suite', 'couples',  2, 2, true),
    (6, 'Sandalwood',  'couples',  2, 2, true),
    (7, 'Aqua',        'wet room', 0, 1, true),
    (8, 'Rain',        'wet room', 0, 2, true),
    (9, 'Nail Studio', 'salon',    1, 4, false);

INSERT INTO "Therapist" (therapist_id, first_name, last_name, email, level, employment_type,
                         specialty_category_id, hourly_rate, hired_on, left_on, is_active) VALUES
    ( 1, 'Amelie',  'Laurent',   'amelie.laurent@serenityspa.example',   'lead',   'full-time', 1, 34.00, '2016-03-01', NULL,         true),
    ( 2, 'Sofia',   'Marin',     'sofia.marin@serenityspa.example',      'senior', 'full-time', 2, 29.50, '2018-06-11', NULL,         true),
    ( 3, 'Hannah',  'Cole',      'hannah.cole@serenityspa.example',      'senior', 'full-time', 1, 28.00, '2019-01-14', '2024-04-30', false),
    ( 4, 'Priya',   'Nair',      'priya.nair@serenityspa.example',       'senior', 'full-time', 3, 28.50, '2019-09-02', NULL,         true),
    ( 5, 'Lucas',   'Ferreira',  'lucas.ferreira@serenityspa.example',   'junior', 'full-time', 1, 22.00, '2020-02-17', NULL,         true),
    ( 6, 'Mei',     'Tanaka',    'mei.tanaka@serenityspa.example',       'lead',   'full-time', 2, 33.00, '2017-05-08', NULL,         true),
    ( 7, 'Olivia',  'Brandt',    'olivia.brandt@serenityspa.example',    'junior', 'part-time', 5, 19.50, '2021-04-06', '2023-08-31', false),
    ( 8, 'Chloe',   'Dubois',    'chloe.dubois@serenityspa.example',     'senior', 'part-time', 5, 24.00, '2020-10-12', NULL,         true),
    ( 9, 'Isabel',  'Ortega',    'isabel.ortega@serenityspa.example',    'senior', 'full-time', 4, 27.00, '2018-11-19', NULL,         true),
    (10, 'Nadia',   'Haddad',    'nadia.haddad@serenityspa.example',     'junior', 'full-time', 3, 21.50, '2021-07-05', NULL,         true),
    (11, 'Grace',   'Okafor',    'grace.okafor@serenityspa.example',     'junior', 'full-time', 1, 21.00, '2022-03-14', NULL,         true),
    (12, 'Emma',    'Lindqvist', 'emma.lindqvist@serenityspa.example',   'senior', 'part-time', 2, 26.00, '2022-09-05', '2025-02-28', false),
    (13, 'Tom',     'Walsh',     'tom.walsh@serenityspa.example',        'junior', 'full-time', 1, 20.50, '2023-01-09', NULL,         true),
    (14, 'Yuki',    'Sato',      'yuki.sato@serenityspa.example',        'senior', 'full-time', 4, 27.50, '2023-06-19', NULL,         true),
    (15, 'Leila',   'Moradi',    'leila.moradi@serenityspa.example',     'junior', 'part-time', 5, 18.75, '2024-02-12', NULL,         true),
    (16, 'Ruby',    'Evans',     'ruby.evans@serenityspa.example',       'junior', 'full-time', 2, 20.00, '2024-10-07', NULL,         true);

INSERT INTO "MembershipPlan" (plan_id, name, monthly_fee, treatments_per_month, retail_discount_pct, is_available) VALUES
    (1, 'Essential',       59.00, 1, 10.0, true),
    (2, 'Serenity',        99.00, 2, 15.0, true),
    (3, 'Indulgence',     159.00, 3, 20.0, true),
    (4, 'Couples',        179.00, 4, 15.0, true),
    (5, 'Founders Club',   45.00, 1, 25.0, false);

INSERT INTO "Product" (product_id, name, brand, product_type, retail_price, cost_price, stock_on_hand, is_discontinued) VALUES
    ( 1, 'Hydrating Day Cream 50ml',        'Elemis',                  'skincare',     68.00, 27.20, 24, false),
    ( 2, 'Pro-Collagen Cleansing Balm',     'Elemis',                  'skincare',     52.00, 20.80, 31, false),
    ( 3, 'Night Repair Serum',              'Elemis',                  'skincare',     89.00, 35.60, 12, false),
    ( 4, 'Daily Microfoliant',              'Dermalogica',             'skincare',     59.00, 23.60, 18, false),
    ( 5, 'Skin Smoothing Cream',            'Dermalogica',             'skincare',     55.00, 22.00,  0, false),
    ( 6, 'Special Cleansing Gel',           'Dermalogica',             'skincare',     36.00, 14.40, 40, false),
    ( 7, 'Eye Revive Gel',                  'Comfort Zone',            'skincare',     44.00, 17.60,  9, false),
    ( 8, 'Sublime Skin Mask',               'Comfort Zone',            'skincare',     72.00, 28.80,  6, true),
    ( 9, 'Deep Relax Bath Oil',             'Aromatherapy Associates', 'aromatherapy', 52.00, 19.50, 27, false),
    (10, 'Revive Body Oil',                 'Aromatherapy Associates', 'aromatherapy', 48.00, 18.00, 22, false),
    (11, 'De-Stress Muscle Gel',            'Aromatherapy Associates', 'aromatherapy', 42.00, 15.75, 15, false),
    (12, 'Lavender Pillow Mist',            'ESPA',                    'aromatherapy', 28.00, 10.50, 33, false),
    (13, 'Restorative Body Balm',           'ESPA',                    'body care',    46.00, 17.25, 14, false),
    (14, 'Detoxifying Salt Scrub',          'ESPA',                    'body care',    54.00, 20.25, 11, false),
    (15, 'Seaweed Body Wash',               'Comfort Zone',            'body care',    32.00, 12.00, 26, false),
    (16, 'Shea Hand Cream',                 'Comfort Zone',            'body care',    22.00,  8.25, 52, false),
    (17, 'Firming Body Lotion',             'Elemis',                  'body care',    58.00, 23.20,  8, false),
    (18, 'Cedar & Vetiver Candle',          'Serenity Home',           'candles',      38.00, 11.40, 19, false),
    (19, 'Neroli Blossom Candle',           'Serenity Home',           'candles',      38.00, 11.40, 23, false),
    (20, 'Eucalyptus Reed Diffuser',        'Serenity Home',           'candles',      42.00, 12.60, 17, false),
    (21, 'Cuticle Oil Pen',                 'OPI',                     'nail care',    16.00,  5.60, 45, false),
    (22, 'Nail Envy Strengthener',          'OPI',                     'nail care',    24.00,  8.40, 38, false),
    (23, 'Gel Polish Remover Kit',          'OPI',                     'nail care',    19.00,  6.65,  0, true),
    (24, 'Waffle Robe',                     'Serenity Home',           'accessories',  85.00, 34.00,  7, false),
    (25, 'Bamboo Slippers',                 'Serenity Home',           'accessories',  18.00,  6.30, 61, false),
    (26, 'Silk Eye Mask',                   'Serenity Home',           'accessories',  29.00, 10.15, 20, false),
    (27, 'Jade Facial Roller',              'Serenity Home',           'accessories',  34.00, 11.90, 13, false),
    (28, 'Rose Hydrating Toner',            'Comfort Zone',            'skincare',     39.00, 15.60,  0, false);

-- ---------------------------------------------------------------- clients

INSERT INTO "Client" (client_id, first_name, last_name, email, phone, date_of_birth, city,
                      referral_source, marketing_opt_in, joined_on)
SELECT i,
       fn[1 + i % 40],
       ln[1 + (i * 7) % 37],
       lower(fn[1 + i % 40]) || '.' || lower(replace(ln[1 + (i * 7) % 37], '''', '')) || i || '@mail.example',
       CASE WHEN i % 17 = 0 THEN NULL
            ELSE '07' || lpad(((i * 7919) % 1000000000)::text, 9, '0') END,
       CASE WHEN i % 23 = 0 THEN NULL
            ELSE date '1948-01-01' + (i * 4999) % 19000 END,
       (ARRAY['Bath','Bath','Bath','Bristol','Bristol','Chippenham','Frome','Bradford-on-Avon','Bath','Trowbridge','Bristol','Bath'])[1 + (i * 5) % 12],
       CASE WHEN i % 13 = 0 THEN NULL
            ELSE (ARRAY['walk-in','instagram','friend','google','hotel concierge','friend','google','gift voucher'])[1 + (i * 3) % 8] END,
       i % 3 <> 0,
       date '2025-12-01'  -- replaced below from each client's first visit
FROM generate_series(1, 420) AS g(i),
     LATERAL (SELECT ARRAY['Olivia','Amelia','Isla','Ava','Mia','Grace','Sophie','Emily','Lily','Freya',
                           'Charlotte','Ella','Poppy','Evie','Jessica','Harriet','Lucy','Alice','Ruby','Chloe',
                           'James','Oliver','Harry','Jack','George','Noah','Thomas','Daniel','Samuel','Joseph',
                           'Hannah','Rachel','Laura','Megan','Zara','Priya','Fatima','Aisha','Nina','Holly'] AS fn,
                     ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                           'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
                           'Patel','Khan','Lewis','James','Phillips','Mason','Mitchell','Rose','Davis','Rodriguez',
                           'Cox','Alexander','Morgan','Moore','Hughes','O''Brien','Kelly'] AS ln) AS names;

-- ---------------------------------------------------------------- memberships

INSERT INTO "Membership" (membership_id, client_id, plan_id, started_on, ended_on, status, auto_renew)
SELECT i,
       1 + (i * 7) % 380,
       p,
       s,
       CASE WHEN i % 6 = 0 OR i % 10 = 4
            THEN LEAST(s + (60 + (i * 37) % 420), date '2025-11-28') END,
       CASE WHEN i % 6 = 0 OR i % 10 = 4 THEN 'cancelled'
            WHEN i % 11 = 5 THEN 'frozen'
            ELSE 'active' END,
       i % 5 <> 2
FROM generate_series(1, 190) AS g(i),
     LATERAL (SELECT CASE WHEN i <= 24 AND i % 4 = 0 THEN 5  -- the Founders Club was only sold in early 2022
                          ELSE (ARRAY[1,2,1,3,2,1,4,2,1,3,2,1,2,3,1,2])[1 + i % 16] END AS p,
                     date '2022-01-04' + ((i - 1) * 1400) / 190 + (i * 3) % 9 AS s) AS x;

-- ---------------------------------------------------------------- bookings

INSERT INTO "TreatmentBooking" (booking_id, client_id, therapist_id, treatment_id, room_id,
                                booked_for, created_at, status, price_charged, tip_amount, booking_channel)
SELECT i,
       1 + (i * 37 + i / 5) % 380,
       1 + (i * 5 + i / 11) % 16,
       t,
       CASE
         WHEN t IN (7, 27)                    THEN 5 + i % 2
         WHEN t IN (16, 17, 18, 19, 20, 21)   THEN 7 + (i / 3) % 2
         WHEN t BETWEEN 22 AND 25             THEN 9
         WHEN t IN (26, 28)                   THEN 5 + (i / 2) % 2
         ELSE 1 + (i * 3 + i / 4) % 4
       END,
       ts,
       ts - make_interval(days => 1 + (i * 11) % 29, hours => (i * 7) % 9),
       'completed',
       NULL, NULL,
       (ARRAY['online','online','phone','online','reception','phone','online','app'])[1 + (i * 3) % 8]
FROM generate_series(1, 3200) AS g(i),
     LATERAL (SELECT (ARRAY[1,1,1,2,2,3,4,4,6,8,
                            9,9,10,11,12,13,
                            15,16,17,19,20,21,
                            22,22,23,23,24,25,
                            1,2,3,5,7,26,27,28,
                            9,12,4,1,2,22,23,10,
                            18,14,6,11,21,26,3,15])[1 + (i * 17 + i / 13) % 52] AS t,
                     timestamp '2022-01-03 00:00'
                       + make_interval(days => floor(1458 * power((i - 1) / 3199.0, 0.8))::int
                                          - CASE WHEN extract(isodow FROM date '2022-01-03' + floor(1458 * power((i - 1) / 3199.0, 0.8))::int) = 7
                                                 THEN 1 ELSE 0 END,
                                       hours => 9 + (i * 7) % 10,
                                       mins => 30 * (i % 2)) AS ts) AS x;

-- no treatment before a therapist was hired or after they left: their colleague takes it
UPDATE "TreatmentBooking" b
SET therapist_id = (ARRAY[1, 2, 4, 5, 6, 8, 9, 10])[1 + b.booking_id % 8]
FROM "Therapist" t
WHERE t.therapist_id = b.therapist_id
  AND (b.booked_for::date < t.hired_on OR b.booked_for::date > t.left_on);

-- discontinued treatments: Microdermabrasion ended in mid-2023, Detox Body Wrap in 2024
UPDATE "TreatmentBooking" SET treatment_id = 12 WHERE treatment_id = 14 AND booked_for >= '2023-07-01';
UPDATE "TreatmentBooking" SET treatment_id = 16, room_id = 7 + booking_id % 2
WHERE treatment_id = 18 AND booked_for >= '2024-03-01';

UPDATE "TreatmentBooking"
SET status = CASE
               WHEN booked_for >= '2025-12-01' THEN 'booked'
               WHEN booking_id % 19 = 3 OR booking_id % 23 = 7 THEN 'cancelled'
               WHEN booking_id % 31 = 11 THEN 'no-show'
               ELSE 'completed'
             END;

UPDATE "TreatmentBooking" b
SET price_charged = CASE b.status
                      WHEN 'completed' THEN CASE WHEN b.booking_id % 9 = 4 THEN round(t.price * 0.85, 2) ELSE t.price END
                      WHEN 'no-show'   THEN round(t.price * 0.5, 2)
                      WHEN 'cancelled' THEN 0.00
                    END,
    tip_amount = CASE WHEN b.status = 'completed'
                      THEN (ARRAY[0, 5, 10, 0, 15, 5, 0, 20, 10, 0, 5])[1 + (b.booking_id * 7 + b.booking_id / 17) % 11] END
FROM "Treatment" t
WHERE t.treatment_id = b.treatment_id;

-- ---------------------------------------------------------------- retail

INSERT INTO "ProductSale" (sale_id, product_id, client_id, therapist_id, sold_at, quantity,
                           unit_price, discount_amount, payment_method)
SELECT i,
       pr,
       CASE WHEN i % 8 = 0 THEN NULL ELSE 1 + (i * 29 + i / 7) % 380 END,
       CASE WHEN i % 6 = 0 THEN NULL ELSE 1 + (i * 3 + i / 5) % 16 END,
       timestamp '2022-01-05 00:00'
         + make_interval(days => floor(1420 * power((i - 1) / 1499.0, 0.8))::int,
                         hours => 10 + (i * 5) % 9, mins => (i * 13) % 60),
       1 + CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END + CASE WHEN i % 29 = 0 THEN 2 ELSE 0 END,
       p.retail_price,
       0,
       (ARRAY['card','card','card','contactless','cash','card','contactless','gift voucher'])[1 + (i * 5) % 8]
FROM generate_series(1, 1500) AS g(i),
     LATERAL (SELECT (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,
                            16,16,12,13,9,9,1,2,6,21,25,18,19,10,16,12,22,4])[1 + (i * 11 + i / 9) % 46] AS pr) AS x
JOIN "Product" p ON p.product_id = x.pr;

-- staff who were not employed at the time of a sale: recorded without a seller
UPDATE "ProductSale" s SET therapist_id = NULL
FROM "Therapist" t
WHERE t.therapist_id = s.therapist_id
  AND (s.sold_at::date < t.hired_on OR s.sold_at::date > t.left_on);

-- member discount on retail for clients with a membership running on the day of the sale
UPDATE "ProductSale" s
SET discount_amount = round(s.unit_price * s.quantity * mp.retail_discount_pct / 100, 2)
FROM "Membership" m
JOIN "MembershipPlan" mp ON mp.plan_id = m.plan_id
WHERE m.client_id = s.client_id
  AND s.sold_at::date >= m.started_on
  AND (m.ended_on IS NULL OR s.sold_at::date <= m.ended_on);

-- ---------------------------------------------------------------- gift vouchers

INSERT INTO "GiftVoucher" (voucher_id, code, purchaser_client_id, recipient_name, amount,
                           purchased_on, expires_on, sales_channel, redeemed_booking_id, redeemed_on, status)
SELECT i,
       'GV-' || lpad((i * 7331 % 100000)::text, 5, '0'),
       CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + (i * 13) % 380 END,
       (ARRAY['Margaret Hill','Sarah Cooper','Anna Price','Rebecca Lloyd','Kate Barnes','Helen Ward','Jenny Fox','Louise Grant',
              'Claire Hunt','Emma Bell','Diane Shaw','Maria Lopez','Joanne Reid','Tessa Young','Paul Carter','Mark Dean',
              'Ruth Ellis','Fiona Grey','Nicola Stone','Gemma Pike','Abigail Marsh','Sian Powell','Lauren Cross'])[1 + (i * 5) % 23],
       (ARRAY[50, 75, 100, 100, 150, 200, 250, 120, 100, 75, 300, 150])[1 + (i * 7) % 12],
       d,
       (d + interval '12 months')::date,
       (ARRAY['online','online','reception','online','phone','reception'])[1 + i % 6],
       NULL, NULL, 'open'
FROM generate_series(1, 240) AS g(i),
     LATERAL (SELECT make_date(2022 + i % 4,
                               (ARRAY[12,12,2,11,12,5,3,12,6,10,12,9,7,12,4,11])[1 + (i / 4) % 16],
                               1 + (i * 7) % 28) AS d) AS x
WHERE make_date(2022 + i % 4, (ARRAY[12,12,2,11,12,5,3,12,6,10,12,9,7,12,4,11])[1 + (i / 4) % 16], 1) < date '2025-12-01';

UPDATE "GiftVoucher" v
SET redeemed_booking_id = (SELECT min(b.booking_id) FROM "TreatmentBooking" b
                           WHERE b.status = 'completed'
                             AND b.booking_id % 7 = v.voucher_id % 7
                             AND b.booked_for::date >= v.purchased_on + (14 + (v.voucher_id * 13) % 150))
WHERE v.voucher_id % 10 NOT IN (3, 8, 9);

UPDATE "GiftVoucher" v SET redeemed_booking_id = NULL
WHERE v.redeemed_booking_id IS NOT NULL
  AND (SELECT b.booked_for::date FROM "TreatmentBooking" b WHERE b.booking_id = v.redeemed_booking_id) > v.expires_on;

-- a booking is paid with one voucher at most: a later voucher pointing at the same booking stays unused
UPDATE "GiftVoucher" v SET redeemed_booking_id = NULL
WHERE EXISTS (SELECT 1 FROM "GiftVoucher" w
              WHERE w.redeemed_booking_id = v.redeemed_booking_id AND w.voucher_id < v.voucher_id);

UPDATE "GiftVoucher" v SET redeemed_on = b.booked_for::date
FROM "TreatmentBooking" b
WHERE b.booking_id = v.redeemed_booking_id;

UPDATE "GiftVoucher"
SET status = CASE WHEN redeemed_booking_id IS NOT NULL THEN 'redeemed'
                  WHEN expires_on < date '2025-12-01' THEN 'expired'
                  ELSE 'open' END;

-- ---------------------------------------------------------------- client sign-up dates

-- a client is registered on (or a little before) their first visit, purchase, membership or
-- voucher; clients with none of these registered late in 2025
UPDATE "Client" c
SET joined_on = f.first_seen - (c.client_id % 40)
FROM (SELECT client_id, min(d) AS first_seen
      FROM (SELECT client_id, booked_for::date AS d FROM "TreatmentBooking"
            UNION ALL SELECT client_id, sold_at::date FROM "ProductSale" WHERE client_id IS NOT NULL
            UNION ALL SELECT client_id, started_on FROM "Membership"
            UNION ALL SELECT purchaser_client_id, purchased_on FROM "GiftVoucher" WHERE purchaser_client_id IS NOT NULL) a
      GROUP BY client_id) f
WHERE f.client_id = c.client_id;

UPDATE "Client" SET joined_on = date '2025-09-01' + (client_id * 3) % 85
WHERE client_id NOT IN (SELECT client_id FROM "TreatmentBooking")
  AND client_id NOT IN (SELECT client_id FROM "ProductSale" WHERE client_id IS NOT NULL)
  AND client_id NOT IN (SELECT client_id FROM "Membership");
