-- Operational data of a regional news publisher (print and online), used as the sample
-- database of the golden set benches/intent/publisher.yaml. Every row is invented and
-- reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE sections (
    section_id    integer PRIMARY KEY,
    section_name  text NOT NULL UNIQUE,
    desk_editor   text NOT NULL,
    launched_on   date NOT NULL,
    is_paywalled  boolean NOT NULL
);
CREATE TABLE authors (
    author_id   integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       varchar(120) NOT NULL,
    section_id  integer NOT NULL REFERENCES sections,
    is_staff    boolean NOT NULL,
    hired_on    date,
    base_city   text NOT NULL
);
CREATE TABLE articles (
    article_id    integer PRIMARY KEY,
    author_id     integer NOT NULL REFERENCES authors,
    section_id    integer NOT NULL REFERENCES sections,
    title         text NOT NULL,
    status        text NOT NULL,
    published_at  timestamptz,
    updated_at    timestamptz,
    word_count    integer NOT NULL,
    is_premium    boolean NOT NULL
);
CREATE TABLE plans (
    plan_id          integer PRIMARY KEY,
    plan_name        text NOT NULL UNIQUE,
    monthly_price    numeric(6,2) NOT NULL,
    includes_print   boolean NOT NULL,
    includes_digital boolean NOT NULL,
    print_days       varchar(40),
    launched_on      date NOT NULL
);
CREATE TABLE readers (
    reader_id        integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            varchar(120) NOT NULL,
    city             text NOT NULL,
    country          text NOT NULL,
    postcode         varchar(10),
    birth_year       integer,
    signed_up_on     date NOT NULL,
    marketing_opt_in boolean NOT NULL
);
CREATE TABLE subscriptions (
    subscription_id integer PRIMARY KEY,
    reader_id       integer NOT NULL REFERENCES readers,
    plan_id         integer NOT NULL REFERENCES plans,
    billing_cycle   text NOT NULL,
    start_date      date NOT NULL,
    end_date        date,
    status          text NOT NULL,
    auto_renew      boolean NOT NULL,
    discount_pct    numeric(5,2),
    cancel_reason   text
);
CREATE TABLE payments (
    payment_id      integer PRIMARY KEY,
    subscription_id integer NOT NULL REFERENCES subscriptions,
    paid_at         timestamp NOT NULL,
    amount          numeric(10,2) NOT NULL,
    method          text NOT NULL,
    status          text NOT NULL
);
CREATE TABLE page_views (
    page_view_id    integer PRIMARY KEY,
    article_id      integer NOT NULL REFERENCES articles,
    reader_id       integer REFERENCES readers,
    viewed_at       timestamp NOT NULL,
    device          text NOT NULL,
    seconds_on_page integer NOT NULL,
    referrer        text
);
CREATE TABLE newsletters (
    newsletter_id   integer PRIMARY KEY,
    newsletter_name text NOT NULL UNIQUE,
    frequency       text NOT NULL,
    section_id      integer REFERENCES sections,
    launched_on     date NOT NULL,
    is_active       boolean NOT NULL
);
CREATE TABLE newsletter_sends (
    newsletter_send_id integer PRIMARY KEY,
    newsletter_id      integer NOT NULL REFERENCES newsletters,
    reader_id          integer NOT NULL REFERENCES readers,
    sent_at            timestamptz NOT NULL,
    opened             boolean NOT NULL,
    opened_at          timestamptz,
    clicked            boolean NOT NULL
);
CREATE TABLE advertisers (
    advertiser_id   integer PRIMARY KEY,
    advertiser_name text NOT NULL,
    industry        text NOT NULL,
    city            text NOT NULL,
    contact_email   varchar(120),
    created_on      date NOT NULL
);
CREATE TABLE ad_campaigns (
    ad_campaign_id integer PRIMARY KEY,
    advertiser_id  integer NOT NULL REFERENCES advertisers,
    section_id     integer REFERENCES sections,
    campaign_name  text NOT NULL,
    pricing_model  text NOT NULL,
    start_date     date NOT NULL,
    end_date       date NOT NULL,
    budget         numeric(12,2) NOT NULL,
    spend          numeric(12,2) NOT NULL,
    impressions    integer NOT NULL,
    clicks         integer NOT NULL,
    status         text NOT NULL
);

INSERT INTO sections VALUES
  (1, 'News',       'Helen Marsh',     '2009-03-02', false),
  (2, 'Politics',   'Owen Fletcher',   '2009-03-02', false),
  (3, 'Business',   'Priya Raman',     '2010-06-14', true),
  (4, 'Sport',      'Gareth Doyle',    '2009-03-02', false),
  (5, 'Culture',    'Isabel Moreau',   '2012-09-10', true),
  (6, 'Technology', 'Daniel Okafor',   '2015-01-19', true),
  (7, 'Opinion',    'Ruth Callaghan',  '2011-04-04', false),
  (8, 'Travel',     'Simon Achterberg','2018-05-21', true);

INSERT INTO authors
SELECT n,
       (ARRAY['Alice','Tom','Fiona','James','Nadia','Patrick','Sophie','Rahul','Claire','Ben',
              'Maya','Connor','Eleanor','Yusuf','Grace','Liam','Hannah','Marcus','Chloe','David'])[1 + (n - 1) % 20],
       (ARRAY['Whitfield','Brennan','Kaur','Lindqvist','Osei','McAllister','Harding','Novak','Reid','Castellano',
              'Barker','Ahmed','Doherty','Frost','Gallagher','Hughes','Jovanovic','Kerr','Morrison','Pryce',
              'Quigley','Rowe','Sutherland','Turner','Vaughan','Walsh','Young','Ellison','Fairley','Grant'])[1 + (n * 7) % 30],
       'author' || n || '@dailyherald.example',
       1 + (n - 1) % 8,
       n % 5 <> 0,
       CASE WHEN n % 5 = 0 THEN NULL ELSE date '2008-01-07' + ((n * 211) % 5400) END,
       (ARRAY['London','Manchester','Leeds','Bristol','Edinburgh','Glasgow','Cardiff','Birmingham'])[1 + (n * 3) % 8]
FROM generate_series(1, 30) AS n;

INSERT INTO articles
SELECT n,
       a.author_id,
       a.section_id,
       (ARRAY['Council','Rail','Housing','Budget','Hospital','School','Festival','Election','Market','Climate',
              'Stadium','Airport','Museum','Startup','Harbour','Library'])[1 + (n * 5) % 16]
         || ' ' ||
       (ARRAY['plans spark debate','faces fresh delays','hits record high','under review','gets green light',
              'in numbers',': what happens next','sees late surge','divides residents','wins national award',
              'falls short of targets','explained'])[1 + (n * 7) % 12],
       s.status,
       CASE WHEN s.status <> 'published' THEN NULL ELSE s.pub END,
       CASE WHEN s.status <> 'published' THEN NULL
            WHEN n % 6 = 0 THEN s.pub + make_interval(hours => 2 + n % 20) END,
       380 + (n * 131) % 1650,
       n % 4 = 0 OR a.section_id IN (3, 6) AND n % 2 = 0
FROM generate_series(1, 600) AS n
JOIN authors a ON a.author_id = CASE WHEN n % 4 = 0 THEN 1 + (n * 5) % 13 WHEN n % 9 = 0 THEN 1 + (n / 9) % 6 ELSE 1 + (n * 7) % 30 END
CROSS JOIN LATERAL (
    SELECT CASE WHEN n % 29 = 0 THEN 'draft' WHEN n % 97 = 0 THEN 'in review' ELSE 'published' END AS status,
           timestamptz '2022-01-03 07:00:00+00' + (n - 1) * interval '43 hours'
             + make_interval(mins => (n * 37) % 600) AS pub
) s;

INSERT INTO plans VALUES
  (1, 'Digital',         9.99, false, true,  NULL,              '2015-02-01'),
  (2, 'Print',          19.99, true,  false, 'Monday-Saturday', '2009-03-02'),
  (3, 'Bundle',         24.99, true,  true,  'Monday-Saturday', '2016-09-01'),
  (4, 'Student Digital', 4.99, false, true,  NULL,              '2019-08-15'),
  (5, 'Weekend Print',  11.50, true,  false, 'Saturday-Sunday', '2014-04-07');

INSERT INTO readers
SELECT n,
       (ARRAY['Olivia','Jack','Amelia','Harry','Isla','George','Ava','Oscar','Emily','Charlie',
              'Sophia','Leo','Mia','Arthur','Ella','Noah','Freya','Alfie','Lily','Finn',
              'Ruby','Theo','Evie','Ethan','Zara','Samuel','Niamh','Ravi','Grace','Aidan',
              'Lucy','Kofi','Holly','Dylan','Anya','Callum','Erin','Omar','Poppy','Reuben'])[1 + n % 40],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson',
              'Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',
              'Clarke','Khan','Lewis','Murphy','Scott','Campbell','O''Brien','Kelly','Singh','Morgan',
              'Baker','Harrison','Ward','Fraser','Hussain','Ali','Martin','Cooper','Hill','Price',
              'Moore','King','Lee','Allen','Bell','Young','Mitchell','Carter','Phillips','Ross'])[1 + (n / 40 + 13 * (n % 40)) % 50],
       'reader' || n || '@' || (ARRAY['gmail.com','outlook.com','yahoo.co.uk','btinternet.com','icloud.com'])[1 + n % 5],
       c.city,
       c.country,
       CASE WHEN n % 11 = 0 THEN NULL ELSE c.pc || ' ' || (1 + n % 9) || chr(65 + n % 26) || chr(65 + (n * 7) % 26) END,
       CASE WHEN n % 9 = 0 THEN NULL ELSE 1948 + (n * 17) % 56 END,
       date '2022-01-01' + ((n - 1) * 2 + (n * 13) % 3),
       n % 3 <> 0
FROM generate_series(1, 520) AS n
CROSS JOIN LATERAL (
    SELECT (ARRAY['London','London','London','Manchester','Birmingham','Leeds','Bristol','Edinburgh',
                  'Glasgow','Cardiff','Liverpool','Brighton','Dublin','Belfast','Oxford','Newcastle'])[k] AS city,
           (ARRAY['England','England','England','England','England','England','England','Scotland',
                  'Scotland','Wales','England','England','Ireland','Northern Ireland','England','England'])[k] AS country,
           (ARRAY['N1','SE1','E2','M4','B3','LS1','BS8','EH3','G12','CF10','L1','BN1','D02','BT7','OX1','NE1'])[k] AS pc
    FROM (SELECT 1 + (n * 5 + n / 16) % 16 AS k) kk
) c;

INSERT INTO subscriptions
SELECT row_number() OVER (ORDER BY x.start_date, x.reader_id),
       x.reader_id, x.plan_id, x.billing_cycle, x.start_date,
       CASE WHEN x.status IN ('cancelled', 'expired') THEN x.end_date END,
       x.status,
       x.status = 'active' AND x.reader_id % 4 <> 0,
       CASE WHEN x.reader_id % 8 = 0 THEN 20.00 WHEN x.reader_id % 13 = 0 THEN 50.00 END,
       CASE WHEN x.status = 'cancelled' THEN
            (ARRAY['Too expensive','Not reading enough','Moved abroad','Switched to another paper','Delivery problems'])[1 + (x.reader_id / 2) % 5]
       END
FROM (
    SELECT y.*,
           CASE WHEN y.kind = 3 AND y.cand_end < date '2024-12-01' THEN 'cancelled'
                WHEN y.kind = 4 AND y.cand_end < date '2024-12-01' THEN 'expired'
                WHEN y.kind = 5 AND y.reader_id % 3 = 1 THEN 'paused'
                ELSE 'active' END AS status,
           y.cand_end AS end_date
    FROM (
        SELECT r.reader_id,
               CASE WHEN r.reader_id % 10 IN (1, 2, 3) THEN 1
                    WHEN r.reader_id % 10 IN (4, 7) THEN 3
                    WHEN r.reader_id % 10 = 6 THEN 2
                    WHEN r.reader_id % 10 = 8 THEN 4
                    ELSE 5 END AS plan_id,
               CASE WHEN r.reader_id % 3 = 0 THEN 'annual' ELSE 'quarterly' END AS billing_cycle,
               r.signed_up_on + r.reader_id % 21 AS start_date,
               CASE WHEN r.reader_id % 3 = 0 AND (r.reader_id * 7) % 12 / 2 = 4
                    THEN r.signed_up_on + r.reader_id % 21 + 365 * (1 + r.reader_id % 2)
                    ELSE r.signed_up_on + r.reader_id % 21 + 60 + (r.reader_id * 37) % 420 END AS cand_end,
               (r.reader_id * 7) % 12 / 2 AS kind
        FROM readers r
        WHERE r.reader_id % 5 <> 0
        UNION ALL
        SELECT r.reader_id,
               CASE WHEN r.reader_id % 2 = 0 THEN 3 ELSE 1 END,
               'quarterly',
               r.signed_up_on + 200 + r.reader_id % 40,
               r.signed_up_on + 200 + r.reader_id % 40 + 90 + (r.reader_id * 11) % 300,
               (r.reader_id * 5) % 4
        FROM readers r
        WHERE r.reader_id % 5 <> 0 AND r.reader_id % 4 = 1 AND r.signed_up_on < date '2024-04-01'
    ) y
) x;

INSERT INTO payments
SELECT row_number() OVER (ORDER BY p.paid_at, p.subscription_id),
       p.subscription_id,
       p.paid_at,
       p.amount,
       (ARRAY['card','card','direct debit','paypal'])[1 + (p.subscription_id + p.k) % 4],
       CASE WHEN (p.subscription_id * 3 + p.k) % 29 = 0 THEN 'failed'
            WHEN (p.subscription_id + p.k * 7) % 53 = 0 THEN 'refunded'
            ELSE 'paid' END
FROM (
    SELECT s.subscription_id,
           g.k,
           (s.start_date + g.k * CASE WHEN s.billing_cycle = 'annual' THEN interval '12 months' ELSE interval '3 months' END)::timestamp
             + make_interval(hours => 6 + s.subscription_id % 14, mins => (s.subscription_id * 17) % 60) AS paid_at,
           round(pl.monthly_price * CASE WHEN s.billing_cycle = 'annual' THEN 10 ELSE 3 END
                 * (1 - coalesce(s.discount_pct, 0) / 100), 2) AS amount
    FROM subscriptions s
    JOIN plans pl ON pl.plan_id = s.plan_id
    CROSS JOIN LATERAL generate_series(0, 40) AS g(k)
    WHERE s.start_date + g.k * CASE WHEN s.billing_cycle = 'annual' THEN interval '12 months' ELSE interval '3 months' END
          <= coalesce(s.end_date, date '2024-12-31')
      AND (s.status <> 'paused' OR g.k < 2)
) p;

INSERT INTO page_views
SELECT row_number() OVER (ORDER BY v.viewed_at, v.n),
       v.article_id, v.reader_id, v.viewed_at, v.device, v.seconds_on_page, v.referrer
FROM (
    SELECT n,
           a.article_id,
           CASE WHEN n % 4 = 0 THEN NULL ELSE 1 + (n * 53) % 520 END AS reader_id,
           (a.published_at AT TIME ZONE 'UTC') + make_interval(mins => 5 + (n * 97) % 4000) AS viewed_at,
           (ARRAY['mobile','mobile','desktop','mobile','tablet','desktop'])[1 + n % 6] AS device,
           8 + (n * 29) % 420 AS seconds_on_page,
           (ARRAY['google','direct','facebook','newsletter','twitter','google',NULL,'direct'])[1 + (n * 3) % 8] AS referrer
    FROM generate_series(1, 2100) AS n
    JOIN articles a ON a.article_id = 1 + (n * 41 + n / 600) % 600
    WHERE a.status = 'published'
) v;

INSERT INTO newsletters VALUES
  (1, 'Morning Briefing',  'daily',  NULL, '2016-03-07', true),
  (2, 'Westminster Weekly','weekly', 2,    '2017-09-04', true),
  (3, 'Money Matters',     'weekly', 3,    '2018-01-08', true),
  (4, 'Match Day',         'weekly', 4,    '2019-08-10', true),
  (5, 'Culture Fix',       'weekly', 5,    '2020-02-14', true),
  (6, 'Tech Digest',       'weekly', 6,    '2021-05-03', false),
  (7, 'Weekend Escapes',   'monthly',8,    '2023-03-01', true);

INSERT INTO newsletter_sends
SELECT n,
       CASE WHEN w.nl = 7 AND n < 800 THEN 5
            WHEN w.nl = 6 AND n > 1700 THEN 4
            ELSE w.nl END,
       r.reader_id,
       timestamptz '2022-01-03 06:30:00+00' + (n - 1) * interval '13 hours' + make_interval(mins => n % 50),
       o.opened,
       CASE WHEN o.opened THEN timestamptz '2022-01-03 06:30:00+00' + (n - 1) * interval '13 hours'
                               + make_interval(mins => n % 50 + 3 + (n * 11) % 480) END,
       o.opened AND (n * 13) % 7 < 3
FROM generate_series(1, 2000) AS n
JOIN readers r ON r.reader_id = 1 + (n * 31) % 520
CROSS JOIN LATERAL (SELECT (n * 7) % 10 < 4 AS opened) o
CROSS JOIN LATERAL (
    SELECT CASE WHEN n % 10 < 4 THEN 1 WHEN n % 10 < 7 THEN 2 + n % 3 ELSE 5 + n % 3 END AS nl
) w;

INSERT INTO advertisers VALUES
  ( 1, 'Northgate Motors',        'Automotive',     'Birmingham', 'media@northgatemotors.example',  '2019-02-11'),
  ( 2, 'Albion Building Society', 'Finance',        'London',     'marketing@albionbs.example',     '2018-06-04'),
  ( 3, 'Harbourside Hotels',      'Travel',         'Bristol',    'ads@harbourside.example',        '2020-03-16'),
  ( 4, 'Pennine Outdoor',         'Retail',         'Leeds',      NULL,                             '2021-01-25'),
  ( 5, 'Thistle Telecom',         'Telecom',        'Glasgow',    'brand@thistletel.example',       '2019-09-09'),
  ( 6, 'Greenfield Organics',     'Food & Drink',   'Bristol',    'hello@greenfield.example',       '2022-02-07'),
  ( 7, 'Castlegate Estate Agents','Property',       'Edinburgh',  'lettings@castlegate.example',    '2020-11-02'),
  ( 8, 'Mersey Ferries Travel',   'Travel',         'Liverpool',  NULL,                             '2021-05-17'),
  ( 9, 'Brightwave Broadband',    'Telecom',        'Manchester', 'promo@brightwave.example',       '2018-10-22'),
  (10, 'Kingsley & Hart Solicitors','Legal',        'London',     'office@kingsleyhart.example',    '2022-07-04'),
  (11, 'Copperpot Brewing',       'Food & Drink',   'Manchester', 'cheers@copperpot.example',       '2022-03-28'),
  (12, 'Silverline Airways',      'Travel',         'London',     'partners@silverline.example',    '2019-04-15'),
  (13, 'Oakridge University',     'Education',      'Oxford',     'admissions@oakridge.example',    '2020-08-03'),
  (14, 'Riverside Theatre',       'Arts',           'Cardiff',    'boxoffice@riversidetheatre.example','2021-09-20'),
  (15, 'Hollis Home Furnishings', 'Retail',         'Newcastle',  NULL,                             '2022-10-10'),
  (16, 'Lumen Energy',            'Energy',         'London',     'media@lumenenergy.example',      '2021-02-01'),
  (17, 'Celtic Sea Insurance',    'Finance',        'Dublin',     'ads@celticsea.example',          '2020-05-11'),
  (18, 'Fenwick & Cole',          'Retail',         'Newcastle',  'store@fenwickcole.example',      '2019-11-25'),
  (19, 'Vantage Cars',            'Automotive',     'Manchester', 'sales@vantagecars.example',      '2023-01-09'),
  (20, 'Pixelforge Games',        'Technology',     'Brighton',   'community@pixelforge.example',   '2022-05-23'),
  (21, 'Meadowbank Dairies',      'Food & Drink',   'Glasgow',    NULL,                             '2021-07-12'),
  (22, 'Sterling Wealth',         'Finance',        'Edinburgh',  'clients@sterlingwealth.example', '2018-03-19'),
  (23, 'Cloudnine Software',      'Technology',     'London',     'growth@cloudnine.example',       '2023-04-17'),
  (24, 'Belfast Grand Opera',     'Arts',           'Belfast',    'info@belfastopera.example',      '2022-09-05'),
  (25, 'Coastline Holidays',      'Travel',         'Brighton',   'deals@coastline.example',        '2019-06-24'),
  (26, 'Redbrick Homes',          'Property',       'Leeds',      'newhomes@redbrick.example',      '2020-01-13'),
  (27, 'Apex Fitness Clubs',      'Health',         'Birmingham', 'join@apexfitness.example',       '2021-10-18'),
  (28, 'Sinclair Private Clinic', 'Health',         'London',     NULL,                             '2023-06-05'),
  (29, 'Wexford Wines',           'Food & Drink',   'Dublin',     'orders@wexfordwines.example',    '2022-11-14'),
  (30, 'Ironbridge Tools',        'Retail',         'Birmingham', 'trade@ironbridgetools.example',  '2020-07-27'),
  (31, 'Highland Rail Tours',     'Travel',         'Edinburgh',  'tours@highlandrail.example',     '2023-02-20'),
  (32, 'Quantum Mobile',          'Telecom',        'London',     'ads@quantummobile.example',      '2021-03-08'),
  (33, 'Elmwood Care Homes',      'Health',         'Bristol',    'enquiries@elmwood.example',      '2022-04-25'),
  (34, 'Granite City Motors',     'Automotive',     'Glasgow',    NULL,                             '2023-08-14'),
  (35, 'Blackwater Books',        'Retail',         'Cardiff',    'shop@blackwaterbooks.example',   '2021-12-06'),
  (36, 'Summit Recruitment',      'Recruitment',    'Leeds',      'jobs@summitrec.example',         '2022-06-20'),
  (37, 'Lantern Cinema Group',    'Arts',           'Liverpool',  'screens@lantern.example',        '2024-02-12'),
  (38, 'Orchard Lane Bakery',     'Food & Drink',   'Oxford',     NULL,                             '2024-05-06'),
  (39, 'Tidewater Solar',         'Energy',         'Cardiff',    'install@tidewater.example',      '2024-07-01'),
  (40, 'Marlow Opticians',        'Health',         'London',     'care@marlowopticians.example',   '2024-09-16');

INSERT INTO ad_campaigns
SELECT n,
       adv.advertiser_id,
       CASE WHEN n % 5 = 0 THEN NULL ELSE 1 + (n * 3) % 8 END,
       split_part(adv.advertiser_name, ' ', 1) || ' '
         || (ARRAY['Winter','Spring','Summer','Autumn'])[1 + extract(month FROM d.start_date)::int % 12 / 3]
         || ' ' || extract(year FROM d.start_date)::int,
       CASE WHEN n % 3 = 0 THEN 'CPC' ELSE 'CPM' END,
       d.start_date,
       d.end_date,
       b.budget,
       CASE WHEN st.status = 'cancelled' THEN round(b.budget * 0.05, 2)
            WHEN st.status = 'planned' THEN 0
            WHEN st.status = 'running' THEN round(b.budget * 0.45, 2)
            ELSE round(b.budget * (0.82 + (n % 17) / 100.0), 2) END,
       CASE WHEN st.status = 'planned' THEN 0
            WHEN st.status = 'cancelled' THEN (b.budget * 2)::int
            ELSE (b.budget * (28 + n % 19))::int END,
       CASE WHEN st.status = 'planned' THEN 0
            WHEN st.status = 'cancelled' THEN (b.budget * 2 * 0.004)::int
            ELSE (b.budget * (28 + n % 19) * (0.002 + (n % 9) * 0.0012))::int END,
       st.status
FROM generate_series(1, 160) AS n
JOIN advertisers adv ON adv.advertiser_id = 1 + (n * 7) % 36
CROSS JOIN LATERAL (
    SELECT date '2022-01-10' + (n - 1) * 7 + n % 5 AS start_date,
           date '2022-01-10' + (n - 1) * 7 + n % 5 + 14 + (n * 11) % 77 AS end_date
) d
CROSS JOIN LATERAL (SELECT (2500 + (n * 1373) % 47500)::numeric(12,2) AS budget) b
CROSS JOIN LATERAL (
    SELECT CASE WHEN n % 17 = 0 THEN 'cancelled'
                WHEN d.start_date > date '2024-12-31' THEN 'planned'
                WHEN d.end_date >= date '2024-12-31' THEN 'running'
                ELSE 'completed' END AS status
) st;
