-- Reader revenue of a regional daily newspaper (The Riverton Courier): subscribers, print and
-- digital subscription plans, subscriptions with start and cancel dates, payments, home-delivery
-- routes and their carriers, delivery complaints, articles by section and journalist, and the
-- page views of logged-in subscribers. Sample database of benches/intent/newspaper.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE sections (
    id         integer PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    slug       text NOT NULL UNIQUE,
    launched_on date NOT NULL
);

CREATE TABLE journalists (
    id         integer PRIMARY KEY,
    full_name  text NOT NULL,
    role       text NOT NULL,              -- staff writer, columnist, freelancer, editor
    section_id integer NOT NULL REFERENCES sections (id),
    hired_on   date NOT NULL
);

CREATE TABLE plans (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    medium         text NOT NULL,          -- print, digital, bundle
    billing_period text NOT NULL,          -- monthly, quarterly, annual
    price          numeric(8,2) NOT NULL,  -- charged each billing period
    home_delivery  boolean NOT NULL,
    is_active      boolean NOT NULL        -- still on sale
);

CREATE TABLE carriers (
    id            integer PRIMARY KEY,
    full_name     text NOT NULL,
    phone         text NOT NULL,
    vehicle       text NOT NULL,           -- car, bicycle, on foot, van
    is_contractor boolean NOT NULL,
    hired_on      date NOT NULL
);

CREATE TABLE delivery_routes (
    id          integer PRIMARY KEY,
    code        varchar(6) NOT NULL UNIQUE,
    name        text NOT NULL,
    town        text NOT NULL,
    length_km   numeric(5,1) NOT NULL,
    weekly_fee  numeric(8,2) NOT NULL,     -- paid to the carrier for the route
    carrier_id  integer REFERENCES carriers (id)
);

CREATE TABLE subscribers (
    id              integer PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text NOT NULL UNIQUE,
    town            text NOT NULL,
    postcode        varchar(8) NOT NULL,
    joined_on       date NOT NULL,
    route_id        integer REFERENCES delivery_routes (id),
    marketing_opt_in boolean NOT NULL,
    profile         jsonb NOT NULL          -- {"age_band": "35-44", "interests": [...]}
);

CREATE TABLE subscriptions (
    id             integer PRIMARY KEY,
    subscriber_id  integer NOT NULL REFERENCES subscribers (id),
    plan_id        integer NOT NULL REFERENCES plans (id),
    started_on     date NOT NULL,
    cancelled_on   date,
    status         text NOT NULL,          -- active, paused, cancelled
    cancel_reason  text,
    auto_renew     boolean NOT NULL
);

CREATE TABLE payments (
    id              integer PRIMARY KEY,
    subscription_id integer NOT NULL REFERENCES subscriptions (id),
    paid_on         date NOT NULL,
    amount          numeric(8,2) NOT NULL,
    method          text NOT NULL,         -- card, direct debit, paypal
    status          text NOT NULL          -- succeeded, failed, refunded
);

CREATE TABLE delivery_complaints (
    id             integer PRIMARY KEY,
    subscriber_id  integer NOT NULL REFERENCES subscribers (id),
    route_id       integer NOT NULL REFERENCES delivery_routes (id),
    reported_on    date NOT NULL,
    issue          text NOT NULL,          -- missed, late, wet, damaged, wrong paper
    resolved       boolean NOT NULL,
    credit_amount  numeric(6,2) NOT NULL   -- credit given to the subscriber's account
);

CREATE TABLE articles (
    id             integer PRIMARY KEY,
    headline       text NOT NULL,
    section_id     integer NOT NULL REFERENCES sections (id),
    journalist_id  integer NOT NULL REFERENCES journalists (id),
    published_at   timestamp NOT NULL,
    word_count     integer NOT NULL,
    is_premium     boolean NOT NULL,       -- behind the paywall
    meta           jsonb NOT NULL          -- {"tags": [...], "live_blog": bool}
);

CREATE TABLE page_views (
    id             integer PRIMARY KEY,
    article_id     integer NOT NULL REFERENCES articles (id),
    subscriber_id  integer NOT NULL REFERENCES subscribers (id),
    viewed_at      timestamp NOT NULL,
    seconds_on_page integer NOT NULL,
    device         text NOT NULL           -- desktop, mobile, app
);

-- Reference data -------------------------------------------------------------------------

INSERT INTO sections (id, name, slug, launched_on) VALUES
    (1, 'News',           'news',     '1998-03-01'),
    (2, 'Politics',       'politics', '1998-03-01'),
    (3, 'Business',       'business', '2001-09-15'),
    (4, 'Sport',          'sport',    '1998-03-01'),
    (5, 'Culture',        'culture',  '2004-05-10'),
    (6, 'Opinion',        'opinion',  '2006-01-09'),
    (7, 'Local',          'local',    '2012-06-04'),
    (8, 'Science & Tech', 'science',  '2019-02-18');

INSERT INTO journalists (id, full_name, role, section_id, hired_on) VALUES
    ( 1, 'Hannah Okafor',     'editor',       1, '2009-04-01'),
    ( 2, 'Tom Brennan',       'staff writer', 1, '2015-08-17'),
    ( 3, 'Priya Raman',       'staff writer', 1, '2019-01-07'),
    ( 4, 'Martin Keogh',      'editor',       2, '2011-10-03'),
    ( 5, 'Aisha Mensah',      'staff writer', 2, '2017-03-20'),
    ( 6, 'Lucas Ferreira',    'freelancer',   2, '2021-06-01'),
    ( 7, 'Claire Dubois',     'staff writer', 3, '2013-02-11'),
    ( 8, 'Owen Pritchard',    'columnist',    3, '2016-09-05'),
    ( 9, 'Nadia Haddad',      'freelancer',   3, '2022-04-19'),
    (10, 'Gareth Lloyd',      'editor',       4, '2008-07-14'),
    (11, 'Jamie Sullivan',    'staff writer', 4, '2018-11-26'),
    (12, 'Ben Adeyemi',       'staff writer', 4, '2020-02-03'),
    (13, 'Sofia Lindqvist',   'freelancer',   4, '2023-01-16'),
    (14, 'Eleanor Vance',     'editor',       5, '2010-05-24'),
    (15, 'Rafael Ortiz',      'columnist',    5, '2014-12-01'),
    (16, 'Mei Tanaka',        'freelancer',   5, '2021-09-13'),
    (17, 'Douglas Reid',      'columnist',    6, '2005-01-10'),
    (18, 'Fatima Zahra',      'columnist',    6, '2019-10-21'),
    (19, 'Kevin Walsh',       'editor',       7, '2012-06-04'),
    (20, 'Rosie Clarke',      'staff writer', 7, '2016-04-25'),
    (21, 'Imran Siddiqui',    'staff writer', 7, '2022-08-08'),
    (22, 'Laura Becker',      'editor',       8, '2019-02-18'),
    (23, 'Daniel Kowalski',   'staff writer', 8, '2020-10-05'),
    (24, 'Grace Nakamura',    'freelancer',   8, '2024-03-04');

INSERT INTO plans (id, name, medium, billing_period, price, home_delivery, is_active) VALUES
    (1, 'Digital Monthly',          'digital', 'monthly',     9.99, false, true),
    (2, 'Digital Annual',           'digital', 'annual',     99.00, false, true),
    (3, 'Print Weekdays',           'print',   'monthly',    24.50, true,  true),
    (4, 'Sunday Print',             'print',   'monthly',     8.75, true,  true),
    (5, 'Print 7-Day Quarterly',    'print',   'quarterly',  89.00, true,  true),
    (6, 'All-Access Monthly',       'bundle',  'monthly',    29.99, true,  true),
    (7, 'All-Access Annual',        'bundle',  'annual',    319.00, true,  true),
    (8, 'Student Digital',          'digital', 'monthly',     4.99, false, true),
    (9, 'Legacy Print Annual',      'print',   'annual',    260.00, true,  false);

INSERT INTO carriers (id, full_name, phone, vehicle, is_contractor, hired_on)
SELECT g,
       (ARRAY['Sam','Joan','Peter','Agnes','Mohammed','Linda','Craig','Beata','Frank','Yusuf',
              'Moira','Stephen','Olga','Terry','Wendy','Ravi','Colin','Dorota','Harold','Zainab',
              'Eric','Paula'])[g] || ' ' ||
       (ARRAY['Barker','Fenwick','Doyle','Marsh','Khan','Hughes','Munro','Nowak','Ellis','Demir',
              'Coyle','Pratt','Ivanova','Hale','Bishop','Patel','Rudd','Zielinska','Webb','Ali',
              'Stone','Gibbs'])[g],
       '07700 9' || lpad((g * 4177 % 100000)::text, 5, '0'),
       (ARRAY['car','car','bicycle','car','van','on foot','car','bicycle','car','car','van'])[(g * 7) % 11 + 1],
       g % 4 <> 0,
       date '2014-03-03' + (g * 173) % 3600
FROM generate_series(1, 22) AS g;

INSERT INTO delivery_routes (id, code, name, town, length_km, weekly_fee, carrier_id) VALUES
    ( 1, 'RV-01', 'Riverton Old Town',        'Riverton',  6.4, 145.00,  1),
    ( 2, 'RV-02', 'Riverton Quayside',        'Riverton',  8.1, 160.00,  2),
    ( 3, 'RV-03', 'Riverton North Hill',      'Riverton', 11.7, 190.00,  3),
    ( 4, 'RV-04', 'Riverton Parkside',        'Riverton',  7.3, 150.00,  5),
    ( 5, 'RV-05', 'Riverton Station Estate',  'Riverton',  5.2, 135.00,  6),
    ( 6, 'RV-06', 'Riverton Southgate',       'Riverton', 13.9, 210.00,  7),
    ( 7, 'EB-01', 'Eastbrook Village',        'Eastbrook', 9.6, 170.00,  9),
    ( 8, 'EB-02', 'Eastbrook Meadows',        'Eastbrook', 14.8, 220.00, 10),
    ( 9, 'EB-03', 'Eastbrook Mill Lane',      'Eastbrook', 7.9, 155.00, 11),
    (10, 'EB-04', 'Eastbrook Farms',          'Eastbrook', 22.5, 275.00, 13),
    (11, 'MH-01', 'Millhaven Harbour',        'Millhaven', 6.8, 140.00, 14),
    (12, 'MH-02', 'Millhaven Cliffs',         'Millhaven', 18.2, 245.00, 15),
    (13, 'MH-03', 'Millhaven Green',          'Millhaven', 9.1, 165.00, 15),
    (14, 'OF-01', 'Oakford Centre',           'Oakford',   5.9, 130.00, 17),
    (15, 'OF-02', 'Oakford Ridge',            'Oakford',  16.4, 235.00, 18),
    (16, 'OF-03', 'Oakford Lakes',            'Oakford',  12.3, 195.00, NULL),
    (17, 'WP-01', 'Westport Marina',          'Westport',  8.8, 160.00, 19),
    (18, 'WP-02', 'Westport Downs',           'Westport', 25.1, 290.00, 21);

-- Subscribers, built in a staging table so subscriptions can reuse the same choices -------

CREATE TEMP TABLE stage_subscribers AS
SELECT i,
       (ARRAY['Olivia','James','Amelia','Noah','Isla','Oliver','Ava','George','Mia','Harry',
              'Emily','Jack','Grace','Leo','Sophie','Arthur','Ella','Oscar','Lily','Charlie',
              'Freya','Jacob','Ruby','Alfie','Chloe','Thomas','Evie','William','Alice','Henry'])[(i - 1) % 30 + 1] AS first_name,
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson',
              'Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',
              'Clarke','Hughes','Edwards','Turner','Hill','Moore','Cooper','Ward','Morris','King',
              'Baker'])[((i - 1) * 7) % 31 + 1] AS last_name,
       (ARRAY['Riverton','Eastbrook','Riverton','Millhaven','Riverton','Oakford','Eastbrook','Riverton',
              'Westport','Millhaven','Riverton','Eastbrook','Oakford','Riverton','Eastbrook','Millhaven'])[(i * 5) % 16 + 1] AS town,
       date '2022-01-01' + floor(1455 * power((i - 0.5) / 340.0, 0.8))::int AS joined_on,
       CASE WHEN (ARRAY[1,3,1,6,2,3,4,1,5,6,8,3,1,7,2,3,9])[(i * 5) % 17 + 1] = 9
                 AND date '2022-01-01' + floor(1455 * power((i - 0.5) / 340.0, 0.8))::int >= date '2023-01-01'
            THEN 3
            ELSE (ARRAY[1,3,1,6,2,3,4,1,5,6,8,3,1,7,2,3,9])[(i * 5) % 17 + 1]
       END AS plan_id
FROM generate_series(1, 340) AS i;

INSERT INTO subscribers (id, first_name, last_name, email, town, postcode, joined_on, route_id,
                         marketing_opt_in, profile)
SELECT s.i, s.first_name, s.last_name,
       lower(s.first_name || '.' || s.last_name) || '@' ||
           (ARRAY['mailbox.example','inbox.example','post.example'])[s.i % 3 + 1],
       s.town,
       (ARRAY['RV','EB','MH','OF','WP'])[array_position(ARRAY['Riverton','Eastbrook','Millhaven','Oakford','Westport'], s.town)]
           || (s.i % 9 + 1) || ' ' || (s.i % 7 + 2) || chr(65 + s.i % 26) || chr(65 + (s.i * 3) % 26),
       s.joined_on,
       CASE WHEN p.home_delivery THEN
           (SELECT r.id FROM delivery_routes r WHERE r.town = s.town ORDER BY r.id
            OFFSET (s.i * 7) % (SELECT count(*) FROM delivery_routes r2 WHERE r2.town = s.town) LIMIT 1)
       END,
       (s.i * 3) % 5 < 2,
       jsonb_build_object(
           'age_band', (ARRAY['18-24','25-34','35-44','45-54','55-64','65+','65+','55-64','45-54','35-44','65+',
                           '25-34','55-64','65+','45-54','55-64','65+','35-44','45-54','55-64','65+'])[(s.i * 8) % 21 + 1],
           'interests', CASE s.i % 6
                WHEN 0 THEN jsonb_build_array('politics', 'business')
                WHEN 1 THEN jsonb_build_array('sport')
                WHEN 2 THEN jsonb_build_array('culture', 'local')
                WHEN 3 THEN jsonb_build_array('local', 'sport', 'politics')
                WHEN 4 THEN jsonb_build_array('science', 'business')
                ELSE jsonb_build_array('puzzles', 'culture') END,
           'newsletter', s.i % 4 <> 1)
FROM stage_subscribers s
JOIN plans p ON p.id = s.plan_id;

-- Subscriptions: one first subscription per subscriber, then win-backs on digital -----------

CREATE TEMP TABLE stage_first AS
SELECT s.i, s.plan_id, s.joined_on AS started_on,
       CASE WHEN s.i % 10 IN (0, 2, 4, 5, 7)
                 AND s.joined_on + (45 + (s.i * 37) % 700) <= date '2025-12-31'
            THEN s.joined_on + (45 + (s.i * 37) % 700) END AS cancelled_on
FROM stage_subscribers s;

INSERT INTO subscriptions (id, subscriber_id, plan_id, started_on, cancelled_on, status, cancel_reason, auto_renew)
SELECT f.i, f.i, f.plan_id, f.started_on, f.cancelled_on,
       CASE WHEN f.cancelled_on IS NOT NULL THEN 'cancelled'
            WHEN f.i % 19 = 0 THEN 'paused'
            ELSE 'active' END,
       CASE WHEN f.cancelled_on IS NOT NULL THEN
            (ARRAY['too expensive','switched to digital','not reading enough','moved away',
                   'delivery problems','too expensive','switched to digital','other'])[(f.i * 3) % 8 + 1] END,
       f.i % 6 <> 4
FROM stage_first f;

INSERT INTO subscriptions (id, subscriber_id, plan_id, started_on, cancelled_on, status, cancel_reason, auto_renew)
SELECT 340 + row_number() OVER (ORDER BY s.id),
       s.subscriber_id,
       CASE WHEN s.subscriber_id % 3 = 0 THEN 2 WHEN s.subscriber_id % 3 = 1 THEN 1 ELSE 8 END,
       s.cancelled_on + CASE WHEN s.cancel_reason = 'switched to digital' THEN 0 ELSE 30 END,
       CASE WHEN s.subscriber_id % 4 = 0
                 AND s.cancelled_on + 200 + s.subscriber_id % 90 <= date '2025-12-31'
            THEN s.cancelled_on + 200 + s.subscriber_id % 90 END,
       CASE WHEN s.subscriber_id % 4 = 0
                 AND s.cancelled_on + 200 + s.subscriber_id % 90 <= date '2025-12-31'
            THEN 'cancelled' ELSE 'active' END,
       CASE WHEN s.subscriber_id % 4 = 0
                 AND s.cancelled_on + 200 + s.subscriber_id % 90 <= date '2025-12-31'
            THEN 'not reading enough' END,
       true
FROM subscriptions s
WHERE s.cancelled_on IS NOT NULL
  AND (s.cancel_reason = 'switched to digital' OR (s.cancel_reason = 'too expensive' AND s.subscriber_id % 2 = 0))
  AND s.cancelled_on + 30 <= date '2025-12-31';

-- Payments: one per billing period from the start until cancellation (paused ones stop at
-- the end of June 2025); the first month of a monthly plan is half price ------------------

INSERT INTO payments (id, subscription_id, paid_on, amount, method, status)
SELECT row_number() OVER (ORDER BY x.subscription_id, x.paid_on),
       x.subscription_id, x.paid_on,
       CASE WHEN x.billing_period = 'monthly' AND x.n = 1 THEN round(x.price / 2, 2) ELSE x.price END,
       (ARRAY['card','direct debit','card','paypal','direct debit','card','direct debit'])[x.subscription_id % 7 + 1],
       CASE WHEN (x.subscription_id * 13 + x.n * 7) % 53 = 0 THEN 'failed'
            WHEN (x.subscription_id * 5 + x.n * 11) % 89 = 0 THEN 'refunded'
            ELSE 'succeeded' END
FROM (
    SELECT s.id AS subscription_id, p.price, p.billing_period,
           d::date AS paid_on,
           row_number() OVER (PARTITION BY s.id ORDER BY d) AS n
    FROM subscriptions s
    JOIN plans p ON p.id = s.plan_id
    CROSS JOIN LATERAL generate_series(
        s.started_on::timestamp,
        (CASE WHEN s.cancelled_on IS NOT NULL THEN s.cancelled_on - 1
              WHEN s.status = 'paused' THEN date '2025-06-30'
              ELSE date '2025-12-31' END)::timestamp,
        CASE p.billing_period WHEN 'monthly' THEN interval '1 month'
                              WHEN 'quarterly' THEN interval '3 months'
                              ELSE interval '1 year' END) AS d
) AS x;

-- Delivery complaints from home-delivery subscribers, on their own route -----------------

INSERT INTO delivery_complaints (id, subscriber_id, route_id, reported_on, issue, resolved, credit_amount)
SELECT row_number() OVER (ORDER BY c.reported_on, c.subscriber_id, c.k),
       c.subscriber_id, c.route_id, c.reported_on, c.issue,
       c.reported_on < date '2025-11-01' AND (c.subscriber_id + c.k) % 17 <> 0,
       CASE c.issue WHEN 'missed' THEN 2.50 WHEN 'damaged' THEN 1.50 WHEN 'wet' THEN 1.00
                    WHEN 'wrong paper' THEN 1.25 ELSE 0 END
FROM (
    SELECT s.id AS subscriber_id, s.route_id, k,
           s.joined_on + (20 + (s.id * 41 + k * 113) % 500) AS reported_on,
           (ARRAY['missed','late','wet','missed','damaged','late','missed','wrong paper','late','wet','missed'])
               [(s.id * 3 + k * 5 + s.route_id) % 11 + 1] AS issue
    FROM subscribers s
    CROSS JOIN generate_series(1, 4) AS k
    WHERE s.route_id IS NOT NULL
      AND (s.id * k + s.route_id * 3) % 7 < 2 + (s.route_id * 3) % 4
) AS c
WHERE c.reported_on <= date '2025-12-31';

-- Articles --------------------------------------------------------------------------------

INSERT INTO articles (id, headline, section_id, journalist_id, published_at, word_count, is_premium, meta)
SELECT a.i,
       (ARRAY['Council','Harbour','Hospital','Rail line','School','Riverton FC','Festival',
              'Mayor','Factory','Library','Bridge','Housing plan','Market'])[a.i % 13 + 1] || ' ' ||
       (ARRAY['faces','wins','delays','rejects','backs','reveals','questions','celebrates',
              'cuts','plans','reviews'])[a.i % 11 + 1] || ' ' ||
       (ARRAY['new budget','record season','costly repairs','green scheme','late-night vote',
              'price rise','expansion'])[a.i % 7 + 1],
       j.section_id, j.id,
       timestamp '2022-01-03 06:00' + (a.i - 1) * interval '3 days 14 hours' + ((a.i * 37) % 600) * interval '1 minute',
       300 + (a.i * 173) % 1900,
       j.section_id IN (2, 3, 6, 8) AND a.i % 3 <> 0 OR a.i % 10 = 7,
       jsonb_build_object(
           'tags', CASE j.section_id
                WHEN 1 THEN jsonb_build_array('breaking', (ARRAY['crime','health','transport'])[a.i % 3 + 1])
                WHEN 2 THEN jsonb_build_array('council', (ARRAY['election','budget','housing'])[a.i % 3 + 1])
                WHEN 3 THEN jsonb_build_array('economy', (ARRAY['jobs','property','retail'])[a.i % 3 + 1])
                WHEN 4 THEN jsonb_build_array('football', (ARRAY['transfers','match report','cricket'])[a.i % 3 + 1])
                WHEN 5 THEN jsonb_build_array('arts', (ARRAY['music','theatre','books'])[a.i % 3 + 1])
                WHEN 6 THEN jsonb_build_array('comment')
                WHEN 7 THEN jsonb_build_array('community', (ARRAY['transport','housing','schools'])[a.i % 3 + 1])
                ELSE jsonb_build_array('science', (ARRAY['climate','ai','health'])[a.i % 3 + 1]) END,
           'live_blog', a.i % 17 = 0)
FROM generate_series(1, 400) AS a(i)
CROSS JOIN LATERAL (SELECT (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,2,3,5,7,11,12,15,17,20,21,23,2,5,7,11,20,5,11,11])[(a.i * 7) % 43 + 1] AS pick) AS w
JOIN journalists j ON j.id = CASE WHEN w.pick = 24 AND a.i <= 300 THEN 23
                                  WHEN w.pick = 13 AND a.i <= 100 THEN 12
                                  ELSE w.pick END;

-- Page views by logged-in subscribers, only by subscribers who had joined by then --------

CREATE TEMP TABLE stage_ranked AS
SELECT id, joined_on, row_number() OVER (ORDER BY joined_on, id) AS rk FROM subscribers;

INSERT INTO page_views (id, article_id, subscriber_id, viewed_at, seconds_on_page, device)
SELECT row_number() OVER (ORDER BY v.viewed_at, v.g),
       v.article_id, r.id, v.viewed_at, v.seconds_on_page, v.device
FROM (
    SELECT a.id * 100 + k AS g, a.id AS article_id,
           a.published_at + (((a.id * 100 + k) * 97) % 4000) * interval '1 minute' AS viewed_at,
           10 + ((a.id * 100 + k) * 61) % 50 + a.word_count * (((a.id * 100 + k) * 7) % 5 + 1) / 200
               + CASE WHEN a.is_premium THEN 25 ELSE 0 END AS seconds_on_page,
           (ARRAY['mobile','desktop','app','mobile','app','mobile','mobile'])[((a.id * 100 + k) * 3) % 7 + 1] AS device,
           (SELECT count(*) FROM subscribers s WHERE s.joined_on <= a.published_at::date) AS n_joined
    FROM articles a
    CROSS JOIN LATERAL generate_series(1, (a.id * 37) % 19 + (a.id * 11) % 5 + CASE WHEN a.is_premium THEN 3 ELSE 0 END) AS k
) AS v
JOIN stage_ranked r ON r.rk = 1 + (v.g * 31) % greatest(v.n_joined, 1)
WHERE v.n_joined > 0;

DROP TABLE stage_ranked;
DROP TABLE stage_first;
DROP TABLE stage_subscribers;
