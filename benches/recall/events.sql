-- Ticket sales for a small live-events platform: venues, promoters, shows, price tiers,
-- buyers, their orders, the individual tickets, refunds and discount codes. Made for the
-- askpg golden set benches/intent/events.yaml; every row is derived by arithmetic, no randomness.

CREATE TABLE venues (
    venue_id   integer PRIMARY KEY,
    venue_name text NOT NULL,
    city       text NOT NULL,
    country    text NOT NULL,
    capacity   integer NOT NULL,
    opened_yr  integer
);
CREATE TABLE promoter (
    promoter_id   integer PRIMARY KEY,
    promoter_name text NOT NULL,
    contact_email varchar(120),
    hq_city       text NOT NULL
);
CREATE TABLE events (
    event_id    integer PRIMARY KEY,
    title       text NOT NULL,
    venue_id    integer NOT NULL REFERENCES venues,
    promoter_id integer NOT NULL REFERENCES promoter,
    category    varchar(20) NOT NULL,
    starts_at   timestamp NOT NULL,
    ends_at     timestamp,
    status      varchar(20) NOT NULL,
    min_age     integer
);
CREATE TABLE price_tier (
    tier_id   integer PRIMARY KEY,
    event_id  integer NOT NULL REFERENCES events,
    tier_name varchar(20) NOT NULL,
    price     numeric(8,2) NOT NULL,
    quota     integer NOT NULL
);
CREATE TABLE customers (
    cust_id          integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    email            varchar(160),
    country          text NOT NULL,
    signed_up        date NOT NULL,
    marketing_opt_in boolean NOT NULL
);
CREATE TABLE promo_code (
    code_id    integer PRIMARY KEY,
    code       varchar(30) NOT NULL UNIQUE,
    pct_off    integer NOT NULL,
    valid_from date NOT NULL,
    valid_to   date
);
CREATE TABLE orders (
    order_id  integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES customers,
    placed_at timestamp NOT NULL,
    status    varchar(12) NOT NULL,
    total_amt numeric(10,2) NOT NULL,
    code_id   integer REFERENCES promo_code
);
CREATE TABLE tickets (
    ticket_id  integer PRIMARY KEY,
    order_id   integer NOT NULL REFERENCES orders,
    tier_id    integer NOT NULL REFERENCES price_tier,
    seat       varchar(10),
    scanned_at timestamp
);
CREATE TABLE refunds (
    refund_id   integer PRIMARY KEY,
    order_id    integer NOT NULL REFERENCES orders,
    refunded_at timestamp NOT NULL,
    amt         numeric(10,2) NOT NULL,
    reason      text
);

INSERT INTO venues VALUES
  (1, 'Harbourside Arena', 'Liverpool', 'United Kingdom', 11000, 2008),
  (2, 'The Velvet Room', 'London', 'United Kingdom', 850, 1996),
  (3, 'Kingsgate Theatre', 'London', 'United Kingdom', 1900, 1902),
  (4, 'Stadion Nordpark', 'Hamburg', 'Germany', 32000, 1974),
  (5, 'Kulturhalle Mitte', 'Berlin', 'Germany', 2400, 2011),
  (6, 'Salle Lumière', 'Lyon', 'France', 1600, 1988),
  (7, 'Palais des Rives', 'Paris', 'France', 6500, 1999),
  (8, 'Teatro Aurora', 'Madrid', 'Spain', 1200, 1931),
  (9, 'Estadio del Puerto', 'Valencia', 'Spain', 24000, 1969),
  (10, 'Canal Street Comedy Club', 'Amsterdam', 'Netherlands', 300, 2015),
  (11, 'Lakeshore Pavilion', 'Chicago', 'USA', 4800, 2003),
  (12, 'Sunset Bowl', 'Los Angeles', 'USA', 17500, 1993),
  (13, 'Granite Hall', 'Boston', 'USA', 2200, NULL),
  (14, 'Maple Leaf Gardens Annex', 'Toronto', 'Canada', 3100, 2018),
  (15, 'Riverside Playhouse', 'Dublin', 'Ireland', 640, NULL);

INSERT INTO promoter VALUES
  (1, 'Northern Lights Live', 'bookings@northernlights.example', 'Manchester'),
  (2, 'Bluebird Presents', 'hello@bluebird.example', 'London'),
  (3, 'Klangwerk Konzerte', 'info@klangwerk.example', 'Berlin'),
  (4, 'Scène Ouverte', NULL, 'Paris'),
  (5, 'Punchline Productions', 'team@punchline.example', 'Amsterdam'),
  (6, 'Iberia Eventos', 'contacto@iberiaeventos.example', 'Madrid'),
  (7, 'Great Lakes Entertainment', 'ops@greatlakes.example', 'Chicago'),
  (8, 'Pacific Stage Co', NULL, 'Los Angeles'),
  (9, 'Fairplay Sports Events', 'tickets@fairplay.example', 'Hamburg');

-- 120 events, one every 8 days from March 2022; the last three have no sales yet
INSERT INTO events
SELECT n,
       CASE (n % 4)
         WHEN 0 THEN (ARRAY['The Midnight Owls','Saltwater Choir','Neon Harbour','Clara Voss Quartet',
                            'Brass Republic','The Paper Kites Tribute','Lena Marsh','Electric Meadow'])[1 + (n / 4) % 8]
                     || (ARRAY[' Live',' World Tour',' Unplugged',' in Concert'])[1 + n % 3]
         WHEN 1 THEN (ARRAY['Hamlet','The Glass Menagerie','A Doll''s House','Twelfth Night',
                            'Death of a Salesman','The Cherry Orchard','Les Misérables','Cabaret'])[1 + (n / 4) % 8]
         WHEN 2 THEN (ARRAY['City Derby','Cup Quarter-Final','Basketball Classic','Ice Hockey Showdown',
                            'Boxing Night','Tennis Exhibition','Rugby Sevens','Handball Final'])[1 + (n / 4) % 8]
         ELSE (ARRAY['Laugh Riot','Stand-Up Saturday','Open Mic Madness','Dry Humour Hour',
                     'The Roast Show','Comedy Gala'])[1 + (n / 4) % 6]
       END,
       CASE (n % 4)
         WHEN 0 THEN (ARRAY[1, 2, 5, 7, 11, 12, 14])[1 + (n / 4) % 7]
         WHEN 1 THEN (ARRAY[3, 6, 8, 13, 15])[1 + (n / 4) % 5]
         WHEN 2 THEN (ARRAY[4, 9, 1, 12])[1 + (n / 4) % 4]
         ELSE (ARRAY[10, 2, 13, 15])[1 + (n / 4) % 4]
       END,
       CASE (n % 4)
         WHEN 0 THEN (ARRAY[1, 2, 3, 7, 8])[1 + (n / 4) % 5]
         WHEN 1 THEN (ARRAY[2, 4, 6])[1 + (n / 4) % 3]
         WHEN 2 THEN (ARRAY[9, 7, 6])[1 + (n / 4) % 3]
         ELSE (ARRAY[5, 2, 8])[1 + (n / 4) % 3]
       END,
       (ARRAY['concert','theatre','sports','comedy'])[1 + n % 4],
       timestamp '2022-03-05 19:30' + (n - 1) * interval '8 days' + (n % 3) * interval '30 minutes',
       CASE WHEN n % 10 = 7 THEN NULL
            ELSE timestamp '2022-03-05 19:30' + (n - 1) * interval '8 days' + (n % 3) * interval '30 minutes'
                 + (120 + (n % 5) * 15) * interval '1 minute' END,
       CASE WHEN n % 13 = 0 THEN 'cancelled' WHEN n % 7 = 0 THEN 'sold out' ELSE 'scheduled' END,
       CASE WHEN n % 4 = 3 THEN 18 WHEN n % 6 = 0 THEN 16 ELSE NULL END
FROM generate_series(1, 120) AS n;

-- general and vip for every event, a student tier for two events in three
INSERT INTO price_tier
SELECT row_number() OVER (ORDER BY e.event_id, t.k),
       e.event_id,
       t.tier_name,
       round((CASE e.category WHEN 'concert' THEN 45 WHEN 'theatre' THEN 38 WHEN 'sports' THEN 30 ELSE 22 END
              + (e.event_id % 9) * 2.5) * t.mult, 2),
       CASE t.tier_name WHEN 'general' THEN 400 + (e.event_id % 5) * 100
                        WHEN 'vip' THEN 40 + (e.event_id % 4) * 10
                        ELSE 60 + (e.event_id % 3) * 20 END
FROM events e
CROSS JOIN (VALUES (1, 'general', 1.0), (2, 'vip', 2.8), (3, 'student', 0.6)) AS t(k, tier_name, mult)
WHERE t.tier_name <> 'student' OR e.event_id % 3 <> 0;

INSERT INTO customers
SELECT n,
       (ARRAY['Oliver','Amelia','Jack','Isla','Harry','Ava','George','Freya','Noah','Grace',
              'Lukas','Hannah','Felix','Lea','Jonas','Marie','Hugo','Chloé','Louis','Manon',
              'Pablo','Lucía','Javier','Carmen','Daan','Sanne','Liam','Emma','Ethan','Sophia',
              'Mason','Zoe','Conor','Niamh','Aiden','Saoirse','Ravi','Anika','Mateo','Elif'])[1 + n % 40],
       (ARRAY['Walsh','Hughes','Clarke','Turner','Evans','Baker','Fischer','Weber','Becker','Wagner',
              'Bernard','Moreau','Laurent','Girard','Fernández','Ruiz','Navarro','de Vries','Jansen','Bakker',
              'Miller','Johnson','Brooks','Reyes','Murphy','Byrne','Kennedy','Gallagher','Singh','Chen',
              'Novak','Costa','Okafor','Lindqvist','Yilmaz','Rossi','Dubois','Hoffmann','Price','Ward'])[1 + (n / 40 + 3 * (n % 40)) % 40],
       CASE WHEN n % 9 = 4 THEN NULL ELSE 'buyer' || n || '@mailbox.example' END,
       (ARRAY['United Kingdom','United Kingdom','United Kingdom','Germany','Germany','France','France',
              'Spain','Netherlands','USA','USA','USA','Canada','Ireland','Italy'])[1 + (n * 7) % 15],
       date '2021-11-01' + (n * 17) % 900,
       n % 3 <> 0
FROM generate_series(1, 650) AS n;

INSERT INTO promo_code VALUES
  (1, 'EARLYBIRD10', 10, '2022-01-01', NULL),
  (2, 'SPRING15', 15, '2022-03-01', '2022-05-31'),
  (3, 'STUDENT5', 5, '2022-01-01', NULL),
  (4, 'SUMMERFEST20', 20, '2023-06-01', '2023-08-31'),
  (5, 'FRIENDS25', 25, '2022-09-01', '2024-12-31'),
  (6, 'BLACKFRIDAY30', 30, '2023-11-20', '2023-11-30'),
  (7, 'NEWYEAR12', 12, '2024-01-01', '2024-01-31'),
  (8, 'LOYAL8', 8, '2022-06-01', NULL),
  (9, 'PRESSPASS50', 50, '2024-05-01', '2024-06-30');

-- 2400 orders, each for one tier of one event, 1 to 4 tickets; customers 601-650 never bought
CREATE TEMP TABLE order_plan AS
SELECT n AS order_id,
       1 + (n * 53 + (n / 7) * (n % 11)) % 600 AS cust_id,
       pt.tier_id,
       pt.price,
       1 + (n * 5) % 4 AS qty,
       ev.starts_at - ((n % 45) + 1) * interval '1 day' + ((n * 7) % 14) * interval '1 hour' AS placed_at,
       CASE WHEN n % 17 = 0 THEN 'refunded' WHEN n % 23 = 0 THEN 'pending' ELSE 'paid' END AS status,
       CASE WHEN n % 7 = 0 THEN 1 + (n / 7) % 8 ELSE NULL END AS code_id
FROM generate_series(1, 2400) AS n
JOIN events ev ON ev.event_id = 1 + (n * 37) % 117
JOIN LATERAL (
    SELECT p.tier_id, p.price
    FROM price_tier p
    WHERE p.event_id = ev.event_id
    ORDER BY p.tier_id
    OFFSET (CASE WHEN n % 5 = 0 THEN 1 WHEN n % 5 = 3 AND ev.event_id % 3 <> 0 THEN 2 ELSE 0 END)
    LIMIT 1
) pt ON true;

INSERT INTO orders
SELECT o.order_id, o.cust_id, o.placed_at, o.status,
       round(o.price * o.qty * (100 - coalesce(pc.pct_off, 0)) / 100.0, 2),
       o.code_id
FROM order_plan o
LEFT JOIN promo_code pc ON pc.code_id = o.code_id;

INSERT INTO tickets
SELECT row_number() OVER (ORDER BY o.order_id, k),
       o.order_id,
       o.tier_id,
       CASE WHEN pt.tier_name = 'general' THEN NULL
            ELSE chr(65 + (o.order_id + k) % 12) || '-' || (1 + (o.order_id * 3 + k) % 30) END,
       CASE WHEN o.status <> 'paid' OR ev.status = 'cancelled' OR (o.order_id + k) % 10 = 0 THEN NULL
            ELSE ev.starts_at - interval '50 minutes' + ((o.order_id * 7 + k * 3) % 70) * interval '1 minute' END
FROM order_plan o
CROSS JOIN LATERAL generate_series(1, o.qty) AS k
JOIN price_tier pt ON pt.tier_id = o.tier_id
JOIN events ev ON ev.event_id = pt.event_id;

INSERT INTO refunds
SELECT row_number() OVER (ORDER BY o.order_id),
       o.order_id,
       o.placed_at + ((o.order_id % 20) + 2) * interval '1 day',
       CASE WHEN o.order_id % 3 = 0 THEN round(o.total_amt / 2, 2) ELSE o.total_amt END,
       CASE o.order_id % 5 WHEN 0 THEN NULL
                           WHEN 1 THEN 'event cancelled'
                           WHEN 2 THEN 'could not attend'
                           WHEN 3 THEN 'duplicate purchase'
                           ELSE 'illness' END
FROM orders o
WHERE o.status = 'refunded';

DROP TABLE order_plan;
