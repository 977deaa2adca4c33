-- Operational database of Cascade Harvest, a regional food-bank nonprofit in the Pacific
-- Northwest: donor accounts, gifts, pledges, recurring gifts, events and volunteers, as its
-- Django CRM stores them. Every row is invented and reproducible (generate_series, fixed
-- lists and modular arithmetic).

CREATE TABLE fundraising_household (
    id            integer PRIMARY KEY,
    name          varchar(150) NOT NULL,
    account_type  varchar(20) NOT NULL,
    street        varchar(200),
    city          varchar(80) NOT NULL,
    state         varchar(2) NOT NULL,
    postal_code   varchar(10),
    created_at    timestamptz NOT NULL
);
CREATE TABLE fundraising_donor (
    id                 integer PRIMARY KEY,
    household_id       integer NOT NULL REFERENCES fundraising_household (id),
    first_name         varchar(60) NOT NULL,
    last_name          varchar(60) NOT NULL,
    email              varchar(254),
    phone              varchar(20),
    birth_date         date,
    source             varchar(30) NOT NULL,
    preferred_contact  varchar(10) NOT NULL,
    do_not_solicit     boolean NOT NULL,
    is_active          boolean NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE TABLE fundraising_campaign (
    id             integer PRIMARY KEY,
    name           varchar(120) NOT NULL,
    campaign_type  varchar(30) NOT NULL,
    goal_amount    numeric(12,2),
    start_date     date NOT NULL,
    end_date       date,
    is_active      boolean NOT NULL
);
CREATE TABLE fundraising_appeal (
    id           integer PRIMARY KEY,
    campaign_id  integer NOT NULL REFERENCES fundraising_campaign (id),
    name         varchar(150) NOT NULL,
    channel      varchar(20) NOT NULL,
    sent_on      date NOT NULL,
    pieces_sent  integer,
    cost         numeric(10,2)
);
CREATE TABLE fundraising_recurringgift (
    id              integer PRIMARY KEY,
    donor_id        integer NOT NULL REFERENCES fundraising_donor (id),
    campaign_id     integer REFERENCES fundraising_campaign (id),
    amount          numeric(10,2) NOT NULL,
    frequency       varchar(10) NOT NULL,
    day_of_month    smallint NOT NULL,
    payment_method  varchar(20) NOT NULL,
    status          varchar(10) NOT NULL,
    started_on      date NOT NULL,
    ended_on        date
);
CREATE TABLE fundraising_donation (
    id                 integer PRIMARY KEY,
    donor_id           integer NOT NULL REFERENCES fundraising_donor (id),
    campaign_id        integer NOT NULL REFERENCES fundraising_campaign (id),
    appeal_id          integer REFERENCES fundraising_appeal (id),
    recurring_gift_id  integer REFERENCES fundraising_recurringgift (id),
    amount             numeric(12,2) NOT NULL,
    received_on        date NOT NULL,
    payment_method     varchar(20) NOT NULL,
    check_number       varchar(20),
    status             varchar(10) NOT NULL,
    is_anonymous       boolean NOT NULL,
    receipt_sent       boolean NOT NULL,
    tribute            text,
    created_at         timestamptz NOT NULL
);
CREATE TABLE fundraising_pledge (
    id            integer PRIMARY KEY,
    donor_id      integer NOT NULL REFERENCES fundraising_donor (id),
    campaign_id   integer NOT NULL REFERENCES fundraising_campaign (id),
    amount        numeric(12,2) NOT NULL,
    installments  integer NOT NULL,
    pledged_on    date NOT NULL,
    due_date      date NOT NULL,
    status        varchar(15) NOT NULL
);
CREATE TABLE fundraising_pledgepayment (
    id              integer PRIMARY KEY,
    pledge_id       integer NOT NULL REFERENCES fundraising_pledge (id),
    amount          numeric(12,2) NOT NULL,
    paid_on         date NOT NULL,
    payment_method  varchar(20) NOT NULL
);
CREATE TABLE events_event (
    id           integer PRIMARY KEY,
    campaign_id  integer REFERENCES fundraising_campaign (id),
    name         varchar(150) NOT NULL,
    event_type   varchar(30) NOT NULL,
    venue        varchar(150),
    city         varchar(80),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    capacity     integer NOT NULL,
    ticket_price numeric(8,2) NOT NULL,
    is_virtual   boolean NOT NULL
);
CREATE TABLE events_registration (
    id             integer PRIMARY KEY,
    event_id       integer NOT NULL REFERENCES events_event (id),
    donor_id       integer NOT NULL REFERENCES fundraising_donor (id),
    registered_at  timestamptz NOT NULL,
    ticket_count   integer NOT NULL,
    amount_paid    numeric(10,2) NOT NULL,
    status         varchar(15) NOT NULL,
    checked_in_at  timestamptz,
    UNIQUE (event_id, donor_id)
);
CREATE TABLE volunteers_volunteer (
    id                   integer PRIMARY KEY,
    donor_id             integer REFERENCES fundraising_donor (id),
    first_name           varchar(60) NOT NULL,
    last_name            varchar(60) NOT NULL,
    email                varchar(254),
    phone                varchar(20),
    skills               text,
    background_check_on  date,
    joined_on            date NOT NULL,
    is_active            boolean NOT NULL
);
CREATE TABLE volunteers_shift (
    id            integer PRIMARY KEY,
    volunteer_id  integer NOT NULL REFERENCES volunteers_volunteer (id),
    event_id      integer REFERENCES events_event (id),
    role          varchar(40) NOT NULL,
    location      varchar(80),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    hours         numeric(4,1) NOT NULL,
    status        varchar(15) NOT NULL
);

-- Household accounts (1-360) and organization / foundation accounts (361-390).
INSERT INTO fundraising_household
SELECT n,
       (ARRAY['Anderson','Bennett','Carter','Diaz','Edwards','Foster','Garcia','Hughes','Ito','Jensen',
              'Kowalski','Larsen','Mitchell','Nguyen','Olsen','Patel','Quinn','Reyes','Sullivan','Thompson',
              'Underwood','Vasquez','Walsh','Xu','Yamamoto','Zimmerman','Brooks','Chavez','Dawson','Ellis',
              'Fischer','Graham','Hayes','Iverson','Jimenez','Kim','Lopez','Murphy','Novak','Ortiz',
              'Price','Ramirez','Schultz','Tran','Vaughn','Warren','Yates','Bishop','Coleman','Delgado'])[1 + (n * 7) % 50]
         || ' Household',
       'household',
       CASE WHEN n % 17 = 0 THEN NULL
            ELSE (100 + (n * 379) % 9800)::text || ' ' ||
                 (ARRAY['NE Alberta St','SE Hawthorne Blvd','NW 23rd Ave','Maple St','Oak Ave','Cedar Ln',
                        'Lincoln Blvd','Fremont St','Division St','Willamette Dr','Pine St','Birch Ct'])[1 + (n * 5) % 12]
       END,
       c.city, c.state,
       CASE WHEN n % 23 = 0 THEN NULL ELSE c.zip_prefix || lpad(((n * 13) % 100)::text, 2, '0') END,
       TIMESTAMPTZ '2018-01-08 10:00:00+00' + ((n * 131) % 1450) * INTERVAL '1 day' + ((n * 47) % 480) * INTERVAL '1 minute'
FROM generate_series(1, 360) AS n
CROSS JOIN LATERAL (
    SELECT (ARRAY['Portland','Portland','Portland','Portland','Portland','Portland','Portland','Seattle','Seattle','Seattle',
                  'Tacoma','Tacoma','Eugene','Eugene','Salem','Spokane','Boise','Vancouver','Bend','Olympia'])[1 + n % 20] AS city,
           (ARRAY['OR','OR','OR','OR','OR','OR','OR','WA','WA','WA',
                  'WA','WA','OR','OR','OR','WA','ID','WA','OR','WA'])[1 + n % 20] AS state,
           (ARRAY['972','972','972','972','972','972','972','981','981','981',
                  '984','984','974','974','973','992','837','986','977','985'])[1 + n % 20] AS zip_prefix
) AS c;

INSERT INTO fundraising_household
SELECT 360 + k,
       (ARRAY['Columbia Sportswear Giving','Rose City Credit Union','Evergreen Dental Group','Pacific Crest Builders',
              'Bridgetown Coffee Roasters','Northwest Natural Grocers','Willamette Valley Vineyards','Stumptown Printing Co.',
              'Cascadia Health Partners','Puget Sound Logistics','Emerald City Software','Rainier Bank',
              'Salish Sea Seafoods','Hood River Orchards','Boise Ridge Outfitters','Deschutes Brewing Friends',
              'Lewis & Clark Law Group','Tualatin Valley Electric','Olympia Food Co-op','Spokane Valley Realty',
              'Pearl District Architects','Beaverton Tech Alliance','Mt. Tabor Church','Gorge Community Rotary',
              'Meyer Memorial Trust','Collins Foundation','Oregon Community Foundation','Murdock Charitable Trust',
              'Ford Family Foundation','Seattle Foundation'])[k],
       CASE WHEN k <= 24 THEN 'organization' ELSE 'foundation' END,
       (200 + k * 311)::text || ' ' || (ARRAY['SW Main St','NW Front Ave','Commerce Way','Industrial Blvd','Market St'])[1 + k % 5],
       (ARRAY['Portland','Portland','Seattle','Portland','Eugene','Tacoma','Salem','Portland','Seattle','Bend'])[1 + k % 10],
       (ARRAY['OR','OR','WA','OR','OR','WA','OR','OR','WA','OR'])[1 + k % 10],
       (ARRAY['97204','97209','98101','97210','97401','98402','97301','97205','98104','97701'])[1 + k % 10],
       TIMESTAMPTZ '2018-03-01 15:30:00+00' + ((k * 97) % 1700) * INTERVAL '1 day'
FROM generate_series(1, 30) AS k;

-- Donors: every 15th donor is the contact person of an organization or foundation.
INSERT INTO fundraising_donor
SELECT n, h.id,
       fn.first_name,
       CASE WHEN h.account_type = 'household' AND n % 9 <> 4 THEN replace(h.name, ' Household', '')
            ELSE (ARRAY['Abbott','Baker','Chen','Donovan','Estrada','Fleming','Gupta','Hoffman','Ibarra','Jacobs',
                        'Keller','Lindqvist','Moreno','Nakamura','Okafor','Pham','Roth','Silva','Tanaka','Vega'])[1 + (n * 3 + n / 15) % 20]
       END AS last_name,
       NULL, NULL,
       CASE WHEN n % 3 = 0 THEN NULL ELSE DATE '1940-01-01' + (n * 2711) % 20000 END,
       (ARRAY['Website','Event','Referral','Direct mail','Website','Board member','Workplace giving','Event','Direct mail','Website'])[1 + (n * 7) % 10],
       (ARRAY['email','email','mail','phone','email'])[1 + n % 5],
       (n % 29 = 0),
       (n % 12 <> 0),
       CASE WHEN n % 4 = 0 THEN TIMESTAMPTZ '2022-01-05 09:00:00+00' + ((n * 37) % 1080) * INTERVAL '1 day'
            ELSE TIMESTAMPTZ '2018-01-10 09:00:00+00' + ((n * 53) % 1450) * INTERVAL '1 day' END
         + ((n * 61) % 540) * INTERVAL '1 minute'
FROM generate_series(1, 900) AS n
CROSS JOIN LATERAL (
    SELECT (ARRAY['Emily','James','Hannah','Michael','Olivia','David','Sarah','Daniel','Grace','Robert',
                  'Linda','Kevin','Maria','Thomas','Susan','Brian','Aisha','Jose','Karen','Eric',
                  'Mei','Andrew','Laura','Mark','Priya','Steven','Rachel','Paul','Nancy','Carlos',
                  'Julia','Samuel','Megan','Hiroshi','Anna','Peter','Fatima','Jason','Helen','Luis',
                  'Claire','Noah','Diane','Omar','Ruth','Ethan','Sofia','Gary','Ingrid','Tyler',
                  'Beth','Marcus','Elena','Frank','Keiko','Adam','Rosa','Henry','Zoe','Victor'])[1 + (n * 11 + n / 15) % 60] AS first_name
) AS fn
JOIN fundraising_household h
  ON h.id = CASE WHEN n % 15 = 0 THEN 361 + (n / 15) % 30
                 ELSE 1 + ((n - n / 15 - 1) * 7) % 360 END;

UPDATE fundraising_donor SET
    email = CASE WHEN id % 8 = 3 THEN NULL
                 ELSE lower(first_name) || '.' || lower(last_name) || (id % 100)::text || '@' ||
                      (ARRAY['gmail.com','yahoo.com','outlook.com','comcast.net','icloud.com','hotmail.com'])[1 + id % 6] END,
    phone = CASE WHEN id % 5 = 2 THEN NULL
                 ELSE (ARRAY['503','206','541','253','971','360'])[1 + id % 6] || '-555-' || lpad(((id * 37) % 10000)::text, 4, '0') END;

INSERT INTO fundraising_campaign VALUES
  (1,  '2022 Annual Fund',               'Annual fund', 150000.00,  '2022-01-01', '2022-12-31', false),
  (2,  '2023 Annual Fund',               'Annual fund', 160000.00,  '2023-01-01', '2023-12-31', false),
  (3,  '2024 Annual Fund',               'Annual fund', 190000.00,  '2024-01-01', '2024-12-31', true),
  (4,  'New Warehouse Capital Campaign', 'Capital',     1500000.00, '2022-03-01', '2024-06-30', false),
  (5,  'Hunger-Free Summer 2022',        'Seasonal',    60000.00,   '2022-05-01', '2022-08-31', false),
  (6,  'Hunger-Free Summer 2023',        'Seasonal',    75000.00,   '2023-05-01', '2023-08-31', false),
  (7,  'Hunger-Free Summer 2024',        'Seasonal',    80000.00,   '2024-05-01', '2024-08-31', false),
  (8,  'Winter Relief 2022',             'Emergency',   90000.00,   '2022-11-01', '2023-02-28', false),
  (9,  'Winter Relief 2023',             'Emergency',   100000.00,  '2023-11-01', '2024-02-29', false),
  (10, 'Winter Relief 2024',             'Emergency',   110000.00,  '2024-11-01', NULL,         true),
  (11, 'Harvest Gala 2022',              'Event',       120000.00,  '2022-08-15', '2022-10-31', false),
  (12, 'Harvest Gala 2023',              'Event',       140000.00,  '2023-08-15', '2023-10-31', false),
  (13, 'Harvest Gala 2024',              'Event',       150000.00,  '2024-08-15', '2024-10-31', false),
  (14, 'Mobile Pantry Van',              'Capital',     85000.00,   '2023-04-01', '2023-12-31', false),
  (15, 'Endowment Fund',                 'Endowment',   NULL,       '2022-01-01', NULL,         true),
  (16, 'Giving Tuesday 2024',            'Digital',     40000.00,   '2024-11-15', '2024-12-15', false);

-- Appeals: up to four per campaign (mail, email, phone, social), sent while it runs.
INSERT INTO fundraising_appeal
SELECT row_number() OVER (ORDER BY c.id, k),
       c.id,
       c.name || ' - ' || ch.label,
       ch.channel,
       c.start_date + (k - 1) * 21 + (c.id % 5),
       CASE ch.channel WHEN 'Direct mail' THEN 4000 + (c.id * 733) % 9000
                       WHEN 'Email' THEN 12000 + (c.id * 1511) % 20000
                       WHEN 'Phone' THEN 300 + (c.id * 41) % 500
                       ELSE NULL END,
       CASE ch.channel WHEN 'Direct mail' THEN round((4000 + (c.id * 733) % 9000) * 0.92, 2)
                       WHEN 'Email' THEN 150.00
                       WHEN 'Phone' THEN round((300 + (c.id * 41) % 500) * 2.50, 2)
                       ELSE CASE WHEN c.id % 2 = 0 THEN 500.00 ELSE NULL END END
FROM fundraising_campaign c
CROSS JOIN generate_series(1, 4) AS k
CROSS JOIN LATERAL (
    SELECT (ARRAY['Direct mail','Email','Phone','Social media'])[k] AS channel,
           (ARRAY['Spring letter','Email blast','Phone-a-thon','Social push'])[k] AS label
) AS ch
WHERE c.start_date + (k - 1) * 21 + (c.id % 5) <= coalesce(c.end_date, DATE '2024-12-31')
  AND NOT (c.campaign_type IN ('Event','Digital') AND ch.channel = 'Phone')
  AND NOT (c.campaign_type = 'Endowment' AND ch.channel IN ('Email','Social media'));

UPDATE fundraising_appeal SET name = replace(name, 'Spring letter',
    CASE WHEN extract(month FROM sent_on) BETWEEN 3 AND 5 THEN 'Spring letter'
         WHEN extract(month FROM sent_on) BETWEEN 6 AND 8 THEN 'Summer letter'
         WHEN extract(month FROM sent_on) BETWEEN 9 AND 11 THEN 'Fall letter'
         ELSE 'Winter letter' END);

-- Recurring gifts (monthly, quarterly or yearly sustainers).
INSERT INTO fundraising_recurringgift
SELECT n,
       d,
       CASE WHEN n % 4 = 0 OR s < DATE '2022-01-01' THEN NULL
            ELSE extract(year FROM s)::int - 2021 END,
       (ARRAY[10,15,20,25,50,100,30,40,25,20])[1 + (n * 7) % 10],
       CASE WHEN n % 11 = 0 THEN 'annual' WHEN n % 5 = 0 THEN 'quarterly' ELSE 'monthly' END,
       1 + (n * 9) % 28,
       CASE WHEN n % 3 = 0 THEN 'ach' ELSE 'credit_card' END,
       CASE WHEN n % 4 = 1 THEN 'cancelled' WHEN n % 19 = 0 THEN 'paused' ELSE 'active' END,
       s,
       CASE WHEN n % 4 = 1 THEN least(s + 120 + (n * 37) % 500, DATE '2024-12-15') END
FROM generate_series(1, 140) AS n
CROSS JOIN LATERAL (
    SELECT 1 + (n * 29) % 900 + CASE WHEN (1 + (n * 29) % 900) % 13 = 0 THEN 1 ELSE 0 END AS d,
           DATE '2021-06-01' + (n * 23) % 1200 AS s
) AS x;

-- Gifts. Donors whose id is a multiple of 13 are prospects who never gave.
INSERT INTO fundraising_donation
SELECT b.n, b.donor_id,
       CASE WHEN b.n % 25 = 0 THEN 15
            ELSE (SELECT (array_agg(c.id ORDER BY c.id))[1 + b.n % count(*)]
                  FROM fundraising_campaign c
                  WHERE c.campaign_type <> 'Endowment'
                    AND b.received_on BETWEEN c.start_date AND coalesce(c.end_date, DATE '2024-12-31')) END,
       NULL, NULL,
       b.amount,
       b.received_on,
       CASE WHEN b.amount >= 1000 AND b.n % 4 = 0 THEN 'stock' ELSE b.method END,
       CASE WHEN b.method = 'check' THEN (1001 + (b.n * 7) % 8000)::text END,
       CASE WHEN b.n % 41 = 0 THEN 'refunded' WHEN b.n % 53 = 0 THEN 'pending' ELSE 'received' END,
       (b.n % 23 = 0),
       (b.n % 41 <> 0 AND b.n % 53 <> 0 AND b.n % 17 <> 0),
       CASE WHEN b.n % 31 = 0 THEN 'In memory of ' || (ARRAY['my mother','my father','Grandma Rose','our friend Dave','Helen Park','my husband'])[1 + b.n % 6]
            WHEN b.n % 37 = 0 THEN 'In honor of ' || (ARRAY['the Tuesday volunteer crew','my teacher','our wedding','Dr. Lee'])[1 + b.n % 4] END,
       b.received_on + TIME '08:00' + ((b.n * 53) % 600) * INTERVAL '1 minute' + INTERVAL '1 day'
FROM (
    SELECT n,
           1 + (n * 17 + n / 900) % 900 + CASE WHEN (1 + (n * 17 + n / 900) % 900) % 13 = 0 THEN 1 ELSE 0 END AS donor_id,
           CASE WHEN n % 397 = 0 THEN 25000.00
                WHEN n % 211 = 0 THEN 10000.00
                ELSE (ARRAY[25,50,100,35,250,50,100,75,500,25,150,100,1000,50,20,250,60,100,2500,40])[1 + (n * 7) % 20]::numeric(12,2)
           END AS amount,
           CASE WHEN n % 9 = 0
                THEN make_date(2022 + (n / 9) % 3, 12, 1 + (n * 7) % 31)
                ELSE DATE '2022-01-01' + (n * 389) % 1096 END AS received_on,
           (ARRAY['credit_card','credit_card','check','ach','credit_card','paypal','check','cash','credit_card','credit_card'])[1 + (n * 3) % 10] AS method
    FROM generate_series(1, 2000) AS n
) AS b;

-- Organizations and foundations give larger gifts.
UPDATE fundraising_donation d SET amount = d.amount * 10
FROM fundraising_donor r JOIN fundraising_household h ON h.id = r.household_id
WHERE r.id = d.donor_id AND h.account_type <> 'household' AND d.amount < 10000;

UPDATE fundraising_donation d SET appeal_id = (
    SELECT a.id FROM fundraising_appeal a
    WHERE a.campaign_id = d.campaign_id AND a.sent_on <= d.received_on
    ORDER BY a.sent_on DESC, a.id LIMIT 1)
WHERE d.id % 4 <> 0;

-- Gifts from sustainers while their recurring gift ran.
UPDATE fundraising_donation d SET recurring_gift_id = m.rg_id, amount = m.amount,
       payment_method = m.payment_method, check_number = NULL
FROM (
    SELECT DISTINCT ON (d2.id) d2.id AS donation_id, r.id AS rg_id, r.amount, r.payment_method
    FROM fundraising_donation d2
    JOIN fundraising_recurringgift r
      ON r.donor_id = d2.donor_id
     AND d2.received_on BETWEEN r.started_on AND coalesce(r.ended_on, DATE '2024-12-31')
    WHERE d2.id % 5 <> 0
    ORDER BY d2.id, r.id
) AS m
WHERE m.donation_id = d.id;

-- Nobody is entered after their first gift.
UPDATE fundraising_donor r SET created_at = f.first_gift - ((r.id * 7) % 40 + 1) * INTERVAL '1 day' + TIME '11:20'
FROM (SELECT donor_id, min(received_on) AS first_gift FROM fundraising_donation GROUP BY donor_id) AS f
WHERE f.donor_id = r.id AND r.created_at::date >= f.first_gift;

-- Pledges, mostly to the capital campaigns.
INSERT INTO fundraising_pledge
SELECT n, p.donor_id, p.campaign_id, p.amount, p.installments, p.pledged_on,
       (p.pledged_on + p.installments * INTERVAL '1 month')::date,
       CASE WHEN n % 13 = 0 THEN 'cancelled'
            WHEN n % 17 = 0 THEN 'written_off'
            WHEN (p.pledged_on + p.installments * INTERVAL '1 month')::date < DATE '2024-09-01' AND n % 7 <> 0 THEN 'fulfilled'
            ELSE 'open' END
FROM generate_series(1, 160) AS n
CROSS JOIN LATERAL (
    SELECT 1 + (n * 41) % 900 + CASE WHEN (1 + (n * 41) % 900) % 13 = 0 THEN 1 ELSE 0 END AS donor_id,
           c.id AS campaign_id,
           (ARRAY[1000,2500,5000,1200,10000,3000,25000,2000,600,50000,1500,5000])[1 + (n * 5) % 12]::numeric(12,2) AS amount,
           (ARRAY[1,4,12,2,4,1,12,4,3,6])[1 + n % 10] AS installments,
           c.start_date + (n * 13) % (least(coalesce(c.end_date, DATE '2024-10-31'), DATE '2024-10-31') - c.start_date) AS pledged_on
    FROM fundraising_campaign c
    WHERE c.id = (ARRAY[4,4,4,14,15,4,1,2,3,14,4,9])[1 + (n * 7) % 12]
) AS p;

INSERT INTO fundraising_pledgepayment
SELECT row_number() OVER (ORDER BY p.id, k),
       p.id,
       round(p.amount / p.installments, 2),
       (p.pledged_on + (k - 1) * INTERVAL '1 month')::date + (p.id % 10),
       (ARRAY['check','ach','credit_card','stock','check'])[1 + (p.id + k) % 5]
FROM fundraising_pledge p
CROSS JOIN generate_series(1, p.installments) AS k
WHERE (p.pledged_on + (k - 1) * INTERVAL '1 month')::date + (p.id % 10) <= DATE '2024-12-31'
  AND (p.status IN ('fulfilled','open') OR k <= p.installments / 2)
  AND NOT (p.status = 'open' AND p.id % 5 = 0);

INSERT INTO events_event VALUES
  (1,  11,   'Harvest Gala 2022',                   'Gala',            'The Nines Hotel',            'Portland',    '2022-10-15 18:00-07', '2022-10-15 23:00-07', 300, 175.00, false),
  (2,  5,    'Hunger Walk 5K 2022',                 'Walk/Run',        'Tom McCall Waterfront Park', 'Portland',    '2022-05-21 09:00-07', '2022-05-21 12:00-07', 600, 35.00,  false),
  (3,  NULL, 'Donor Appreciation Breakfast 2022',   'Donor reception', 'Cascade Harvest Warehouse',  'Portland',    '2022-03-10 08:00-08', '2022-03-10 10:00-08', 80,  0.00,   false),
  (4,  1,    'Seattle Supper Club',                 'Dinner',          'Canlis',                     'Seattle',     '2022-06-16 18:30-07', '2022-06-16 22:00-07', 60,  250.00, false),
  (5,  NULL, 'Food Insecurity in the Northwest',    'Webinar',         NULL,                         NULL,          '2022-09-08 12:00-07', '2022-09-08 13:00-07', 500, 0.00,   true),
  (6,  1,    'Golf Classic 2022',                   'Golf tournament', 'Pumpkin Ridge Golf Club',    'North Plains','2022-08-19 07:30-07', '2022-08-19 16:00-07', 144, 300.00, false),
  (7,  8,    'Holiday Open House 2022',             'Open house',      'Cascade Harvest Warehouse',  'Portland',    '2022-12-08 16:00-08', '2022-12-08 19:00-08', 150, 0.00,   false),
  (8,  4,    'Warehouse Groundbreaking',            'Donor reception', 'NE Columbia Blvd site',      'Portland',    '2022-07-12 11:00-07', '2022-07-12 13:00-07', 120, 0.00,   false),
  (9,  1,    'Eugene Wine Tasting',                 'Dinner',          'King Estate Winery',         'Eugene',      '2022-04-23 17:00-07', '2022-04-23 20:00-07', 90,  85.00,  false),
  (10, 12,   'Harvest Gala 2023',                   'Gala',            'The Nines Hotel',            'Portland',    '2023-10-14 18:00-07', '2023-10-14 23:00-07', 320, 195.00, false),
  (11, 6,    'Hunger Walk 5K 2023',                 'Walk/Run',        'Tom McCall Waterfront Park', 'Portland',    '2023-05-20 09:00-07', '2023-05-20 12:00-07', 650, 35.00,  false),
  (12, NULL, 'Donor Appreciation Breakfast 2023',   'Donor reception', 'Cascade Harvest Warehouse',  'Portland',    '2023-03-09 08:00-08', '2023-03-09 10:00-08', 80,  0.00,   false),
  (13, 2,    'Tacoma Art Auction',                  'Auction',         'Museum of Glass',            'Tacoma',      '2023-04-15 18:00-07', '2023-04-15 21:30-07', 180, 60.00,  false),
  (14, 14,   'Mobile Pantry Van Launch',            'Donor reception', 'Pioneer Courthouse Square',  'Portland',    '2023-11-04 10:00-07', '2023-11-04 12:00-07', 200, 0.00,   false),
  (15, 2,    'Golf Classic 2023',                   'Golf tournament', 'Pumpkin Ridge Golf Club',    'North Plains','2023-08-18 07:30-07', '2023-08-18 16:00-07', 144, 325.00, false),
  (16, NULL, 'Volunteer Orientation Webinar',       'Webinar',         NULL,                         NULL,          '2023-01-25 18:00-08', '2023-01-25 19:00-08', 300, 0.00,   true),
  (17, 2,    'Seattle Supper Club 2023',            'Dinner',          'The Edgewater',              'Seattle',     '2023-06-22 18:30-07', '2023-06-22 22:00-07', 70,  275.00, false),
  (18, 9,    'Holiday Open House 2023',             'Open house',      'Cascade Harvest Warehouse',  'Portland',    '2023-12-07 16:00-08', '2023-12-07 19:00-08', 150, 0.00,   false),
  (19, 2,    'Boise Harvest Dinner',                'Dinner',          'The Grove Hotel',            'Boise',       '2023-09-21 18:00-06', '2023-09-21 21:00-06', 100, 120.00, false),
  (20, 13,   'Harvest Gala 2024',                   'Gala',            'Portland Art Museum',        'Portland',    '2024-10-19 18:00-07', '2024-10-19 23:00-07', 350, 200.00, false),
  (21, 7,    'Hunger Walk 5K 2024',                 'Walk/Run',        'Tom McCall Waterfront Park', 'Portland',    '2024-05-18 09:00-07', '2024-05-18 12:00-07', 700, 40.00,  false),
  (22, NULL, 'Donor Appreciation Breakfast 2024',   'Donor reception', 'New Cascade Harvest Warehouse','Portland',  '2024-03-14 08:00-07', '2024-03-14 10:00-07', 100, 0.00,   false),
  (23, 4,    'New Warehouse Ribbon Cutting',        'Donor reception', 'New Cascade Harvest Warehouse','Portland',  '2024-06-06 11:00-07', '2024-06-06 13:00-07', 250, 0.00,   false),
  (24, 3,    'Golf Classic 2024',                   'Golf tournament', 'Langdon Farms Golf Club',    'Aurora',      '2024-08-16 07:30-07', '2024-08-16 16:00-07', 144, 350.00, false),
  (25, 3,    'Bend Brewery Trivia Night',           'Community',       'Deschutes Brewery',          'Bend',        '2024-02-22 19:00-08', '2024-02-22 21:30-08', 120, 25.00,  false),
  (26, 3,    'Tacoma Art Auction 2024',             'Auction',         'Museum of Glass',            'Tacoma',      '2024-04-13 18:00-07', '2024-04-13 21:30-07', 180, 65.00,  false),
  (27, NULL, 'Planned Giving Webinar',              'Webinar',         NULL,                         NULL,          '2024-07-17 12:00-07', '2024-07-17 13:00-07', 300, 0.00,   true),
  (28, 3,    'Seattle Supper Club 2024',            'Dinner',          'The Edgewater',              'Seattle',     '2024-06-20 18:30-07', '2024-06-20 22:00-07', 70,  295.00, false),
  (29, 16,   'Giving Tuesday Live Stream',          'Webinar',         NULL,                         NULL,          '2024-12-03 17:00-08', '2024-12-03 19:00-08', 1000, 0.00,  true),
  (30, 10,   'Holiday Open House 2024',             'Open house',      'New Cascade Harvest Warehouse','Portland',  '2024-12-12 16:00-08', '2024-12-12 19:00-08', 180, 0.00,   false);

INSERT INTO events_registration
SELECT row_number() OVER (ORDER BY e.id, k),
       e.id,
       1 + (e.id * 37 + k * 17) % 900,
       e.starts_at - ((k * 3 + e.id) % 60 + 1) * INTERVAL '1 day' - ((k * 71) % 600) * INTERVAL '1 minute',
       t.tickets,
       CASE WHEN k % 11 = 0 OR k % 15 = 0 THEN 0.00 ELSE t.tickets * e.ticket_price END,
       CASE WHEN k % 11 = 0 THEN 'cancelled' WHEN k % 9 = 0 THEN 'no_show' ELSE 'attended' END,
       CASE WHEN k % 11 <> 0 AND k % 9 <> 0 AND NOT e.is_virtual
            THEN e.starts_at - INTERVAL '20 minutes' + ((k * 7) % 75) * INTERVAL '1 minute' END
FROM events_event e
CROSS JOIN generate_series(1, 100) AS k
CROSS JOIN LATERAL (
    SELECT CASE WHEN e.is_virtual THEN 1
                WHEN e.event_type = 'Walk/Run' THEN 1 + (k + e.id) % 4
                ELSE 1 + (k + e.id) % 2 END AS tickets
) AS t
WHERE k <= least(CASE WHEN e.is_virtual OR e.event_type = 'Walk/Run' THEN e.capacity ELSE e.capacity * 2 / 3 END, 100) * (45 + (e.id * 7) % 45) / 100;

INSERT INTO volunteers_volunteer
SELECT n,
       CASE WHEN n % 3 = 0 THEN 3 * n + 1 END,
       coalesce(d.first_name,
                (ARRAY['Ava','Ben','Chloe','Dylan','Ella','Finn','Gabriela','Hugo','Isla','Jack',
                       'Kira','Leo','Maya','Nate','Olga','Pablo','Quinn','Riley','Sam','Tara'])[1 + (n * 7) % 20]),
       coalesce(d.last_name,
                (ARRAY['Adler','Brennan','Cruz','Dunn','Erikson','Flores','Gallagher','Holt','Ivanov','Jordan',
                       'Kaur','Lund','Mendez','Nolan','Osei','Park','Rivera','Stone','Tucker','Wong'])[1 + (n * 3) % 20]),
       NULL,
       CASE WHEN n % 6 = 5 THEN NULL ELSE '971-555-' || lpad(((n * 89) % 10000)::text, 4, '0') END,
       (ARRAY[NULL,'Forklift certified','Spanish speaker',NULL,'CDL license','Food handler card',NULL,'Event planning','Bookkeeping',NULL])[1 + n % 10],
       CASE WHEN n % 7 = 3 THEN NULL ELSE DATE '2021-09-01' + (n * 17) % 800 END,
       CASE WHEN n > 140 THEN DATE '2024-10-01' + (n - 140) * 7
            ELSE DATE '2017-03-01' + (n * 97) % 1800 END,
       (n % 9 <> 0)
FROM generate_series(1, 150) AS n
LEFT JOIN fundraising_donor d ON d.id = CASE WHEN n % 3 = 0 THEN 3 * n + 1 END;

UPDATE volunteers_volunteer SET email = CASE WHEN id % 10 = 7 THEN NULL
    ELSE lower(first_name) || lower(left(last_name, 1)) || id::text || '@' || (ARRAY['gmail.com','outlook.com','yahoo.com'])[1 + id % 3] END;

INSERT INTO volunteers_shift
SELECT s.n, s.volunteer_id, s.event_id, s.role, s.location, s.starts_at,
       s.starts_at + s.hours * INTERVAL '1 hour', s.hours,
       CASE WHEN s.n % 17 = 0 THEN 'no_show' WHEN s.n % 13 = 0 THEN 'cancelled' ELSE 'completed' END
FROM (
    SELECT n,
           1 + (n * 7 + n / 140) % 140 AS volunteer_id,
           CASE WHEN n % 4 = 0 THEN e.id END AS event_id,
           CASE WHEN n % 4 = 0 THEN (ARRAY['Event setup','Registration desk','Cleanup','Greeter','Event setup'])[1 + (n / 4) % 5]
                ELSE (ARRAY['Food sorting','Food sorting','Pantry distribution','Delivery driver','Office help','Pantry distribution','Food sorting'])[1 + (n * 3) % 7] END AS role,
           CASE WHEN n % 4 = 0 THEN NULL
                ELSE (ARRAY['Portland warehouse','Portland warehouse','Portland warehouse','Eugene pantry','Seattle pantry','Tacoma pantry'])[1 + (n * 5) % 6] END AS location,
           CASE WHEN n % 4 = 0 THEN e.starts_at - INTERVAL '2 hours'
                ELSE (DATE '2022-01-03' + (n * 263) % 1090) + (ARRAY[TIME '09:00', TIME '13:00', TIME '17:30'])[1 + n % 3] + INTERVAL '8 hours' END AS starts_at,
           (ARRAY[3.0, 4.0, 2.5, 3.0, 5.0, 3.5])[1 + (n * 5) % 6]::numeric(4,1) AS hours
    FROM generate_series(1, 800) AS n
    JOIN events_event e ON e.id = 1 + (n / 4 * 7) % 30
) AS s;

-- Volunteers are on the books before their first shift.
UPDATE volunteers_volunteer v SET joined_on = f.first_shift - ((v.id * 3) % 30 + 5)
FROM (SELECT volunteer_id, min(starts_at)::date AS first_shift FROM volunteers_shift GROUP BY volunteer_id) AS f
WHERE f.volunteer_id = v.id AND v.joined_on > f.first_shift;
