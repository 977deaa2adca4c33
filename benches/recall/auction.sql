-- Operational data of an international auction house (salerooms, live, online and timed
-- sales), used as the sample database of the golden set benches/intent/auction.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TYPE seller_type AS ENUM ('private', 'dealer', 'estate', 'institution');
CREATE TYPE auction_type AS ENUM ('live', 'online', 'timed');
CREATE TYPE auction_status AS ENUM ('scheduled', 'live', 'closed', 'cancelled');
CREATE TYPE lot_status AS ENUM ('draft', 'open', 'sold', 'unsold', 'withdrawn');
CREATE TYPE bid_type AS ENUM ('floor', 'phone', 'absentee', 'online');
CREATE TYPE payment_method AS ENUM ('card', 'bank_transfer', 'paypal', 'cheque');
CREATE TYPE payment_status AS ENUM ('pending', 'completed', 'failed', 'refunded');
CREATE TYPE shipment_status AS ENUM ('pending', 'in_transit', 'delivered', 'returned');
CREATE TYPE dispute_reason AS ENUM ('item_not_received', 'not_as_described', 'damaged_in_transit', 'non_payment', 'other');
CREATE TYPE dispute_status AS ENUM ('open', 'under_review', 'resolved', 'rejected');

CREATE TABLE venues (
    id         integer PRIMARY KEY,
    name       text NOT NULL,
    city       text NOT NULL,
    country    text NOT NULL,
    address    text,
    capacity   integer NOT NULL,
    is_active  boolean NOT NULL DEFAULT true
);

CREATE TABLE categories (
    id          integer PRIMARY KEY,
    name        varchar(60) NOT NULL UNIQUE,
    department  text NOT NULL,
    is_restricted boolean NOT NULL DEFAULT false
);

CREATE TABLE sellers (
    id              integer PRIMARY KEY,
    name            text NOT NULL,
    seller_type     seller_type NOT NULL,
    email           varchar(120),
    phone           varchar(30),
    city            text NOT NULL,
    country         text NOT NULL,
    commission_rate numeric(4,2) NOT NULL,
    is_verified     boolean NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE TABLE bidders (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         varchar(120) NOT NULL,
    phone         varchar(30),
    city          text NOT NULL,
    country       text NOT NULL,
    credit_limit  numeric(12,2),
    is_verified   boolean NOT NULL,
    is_blocked    boolean NOT NULL DEFAULT false,
    registered_at timestamptz NOT NULL
);

CREATE TABLE auctions (
    id                  integer PRIMARY KEY,
    title               text NOT NULL,
    venue_id            integer REFERENCES venues,
    auction_type        auction_type NOT NULL,
    status              auction_status NOT NULL,
    auctioneer          text,
    starts_at           timestamptz NOT NULL,
    ends_at             timestamptz NOT NULL,
    buyers_premium_rate numeric(5,2) NOT NULL,
    created_at          timestamptz NOT NULL
);

CREATE TABLE lots (
    id             integer PRIMARY KEY,
    auction_id     integer NOT NULL REFERENCES auctions,
    seller_id      integer NOT NULL REFERENCES sellers,
    category_id    integer NOT NULL REFERENCES categories,
    lot_number     integer NOT NULL,
    title          text NOT NULL,
    description    text,
    estimate_low   numeric(12,2) NOT NULL,
    estimate_high  numeric(12,2) NOT NULL,
    reserve_price  numeric(12,2),
    starting_price numeric(12,2) NOT NULL,
    status         lot_status NOT NULL,
    has_provenance boolean NOT NULL,
    created_at     timestamptz NOT NULL,
    UNIQUE (auction_id, lot_number)
);

CREATE TABLE registrations (
    id             integer PRIMARY KEY,
    auction_id     integer NOT NULL REFERENCES auctions,
    bidder_id      integer NOT NULL REFERENCES bidders,
    paddle_number  integer NOT NULL,
    deposit_amount numeric(10,2),
    is_approved    boolean NOT NULL,
    registered_at  timestamptz NOT NULL,
    UNIQUE (auction_id, bidder_id)
);

CREATE TABLE bids (
    id         integer PRIMARY KEY,
    lot_id     integer NOT NULL REFERENCES lots,
    bidder_id  integer NOT NULL REFERENCES bidders,
    amount     numeric(12,2) NOT NULL,
    bid_type   bid_type NOT NULL,
    is_winning boolean NOT NULL,
    placed_at  timestamptz NOT NULL
);

CREATE TABLE sales (
    id              integer PRIMARY KEY,
    lot_id          integer NOT NULL UNIQUE REFERENCES lots,
    bidder_id       integer NOT NULL REFERENCES bidders,
    hammer_price    numeric(12,2) NOT NULL,
    buyers_premium  numeric(12,2) NOT NULL,
    invoice_number  varchar(20) NOT NULL UNIQUE,
    sold_at         timestamptz NOT NULL,
    payment_due_on  date NOT NULL
);

CREATE TABLE payments (
    id         integer PRIMARY KEY,
    sale_id    integer NOT NULL REFERENCES sales,
    amount     numeric(12,2) NOT NULL,
    method     payment_method NOT NULL,
    status     payment_status NOT NULL,
    reference  varchar(40),
    paid_at    timestamptz NOT NULL
);

CREATE TABLE shipments (
    id              integer PRIMARY KEY,
    sale_id         integer NOT NULL REFERENCES sales,
    carrier         varchar(40) NOT NULL,
    tracking_number varchar(40),
    shipping_cost   numeric(8,2) NOT NULL,
    is_insured      boolean NOT NULL,
    status          shipment_status NOT NULL,
    shipped_at      timestamptz,
    delivered_at    timestamptz
);

CREATE TABLE disputes (
    id            integer PRIMARY KEY,
    sale_id       integer NOT NULL REFERENCES sales,
    reason        dispute_reason NOT NULL,
    status        dispute_status NOT NULL,
    notes         text,
    refund_amount numeric(12,2),
    opened_at     timestamptz NOT NULL,
    resolved_at   timestamptz
);

INSERT INTO venues VALUES
  (1, 'Hôtel Drouot Saleroom 9', 'Paris', 'France', '9 Rue Drouot', 320, true),
  (2, 'Presqu''île Saleroom', 'Lyon', 'France', '14 Quai Saint-Antoine', 180, true),
  (3, 'King Street Rooms', 'London', 'United Kingdom', '8 King Street', 450, true),
  (4, 'Rockefeller Gallery', 'New York', 'United States', '20 Rockefeller Plaza', 600, true),
  (5, 'Salle des Bergues', 'Geneva', 'Switzerland', '33 Quai des Bergues', 220, true),
  (6, 'Palais Fasanenstrasse', 'Berlin', 'Germany', 'Fasanenstraße 25', 200, true),
  (7, 'Palazzo Brera Rooms', 'Milan', 'Italy', NULL, 160, true),
  (8, 'Pacific Place Hall', 'Hong Kong', 'China', '88 Queensway', 380, false);

INSERT INTO categories VALUES
  (1, 'Paintings', 'Fine Art', false),
  (2, 'Prints', 'Fine Art', false),
  (3, 'Sculpture', 'Fine Art', false),
  (4, 'Jewellery', 'Luxury', false),
  (5, 'Watches', 'Luxury', false),
  (6, 'Furniture', 'Decorative Arts', false),
  (7, 'Ceramics', 'Decorative Arts', false),
  (8, 'Silver', 'Decorative Arts', false),
  (9, 'Books & Manuscripts', 'Collectibles', false),
  (10, 'Coins & Medals', 'Collectibles', false),
  (11, 'Stamps', 'Collectibles', false),
  (12, 'Wine', 'Wine & Spirits', true),
  (13, 'Photographs', 'Fine Art', false),
  (14, 'Asian Art', 'Fine Art', true),
  (15, 'Classic Cars', 'Motoring', false);

INSERT INTO sellers
SELECT n,
       CASE (n % 4)
         WHEN 0 THEN (ARRAY['Galerie Marchand','Hartley Fine Art','Antiquités Lefèvre','Becker Kunsthandel',
                            'Bellini Antichità','Whitcombe & Sons','Maison Roussel','Thornton Gallery',
                            'Kessler Numismatik','Albion Rare Books','Saint-Honoré Horlogerie','Vinothek Adler',
                            'Morland Motors','Dragon Gate Antiques','Ashby Silver'])[n / 4]
         WHEN 3 THEN 'Estate of ' || (ARRAY['Henri','Margaret','Otto','Giulia','Arthur','Colette','Frederick','Ingrid',
                            'Edmund','Simone','Walter','Beatrice','Lionel','Hélène','Gerald'])[n / 4 + 1]
                     || ' ' || (ARRAY['Delacroix','Ashworth','Brandt','Conti','Pemberton','Moreau','Hale','Lindqvist',
                            'Fairfax','Gautier','Richter','Ellison','Vance','Duval','Whitmore'])[n / 4 + 1]
         WHEN 2 THEN (ARRAY['Musée Lambert Foundation','Royal Dunmore Society','Stiftung Hagen','Fondazione Ricci',
                            'Oakhurst College Trust','Bibliothèque Vernier','Carrow Abbey Trust','Hudson Valley Museum',
                            'Kunsthalle Weser','Thames Heritage Fund','Genève Horology Circle','Collegio San Marco',
                            'Brookfield Library','Société des Amis du Louvre-Lens','Orchard House Trust'])[n / 4 + 1]
         ELSE (ARRAY['Claire','James','Sophie','Thomas','Anna','Lucas','Emma','Marco','Charlotte','Daniel',
                     'Isabelle','Felix','Laura','Hugo','Victoria'])[n / 4 + 1]
              || ' ' || (ARRAY['Martin','Clarke','Dubois','Schneider','Rossi','Bennett','Laurent','Fischer',
                     'Greene','Moretti','Bernard','Wagner','Hughes','Petit','Campbell'])[n / 4 + 1]
       END,
       (ARRAY['dealer','private','institution','estate'])[(n % 4) + 1]::seller_type,
       CASE WHEN n % 9 = 5 THEN NULL ELSE 'consign' || n || '@' ||
            (ARRAY['orange.fr','gmail.com','outlook.com','web.de','libero.it'])[(n % 5) + 1] END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE '+33 1 ' || lpad(((n * 7919) % 10000)::text, 4, '0') || ' ' || lpad(((n * 313) % 10000)::text, 4, '0') END,
       (ARRAY['Paris','Lyon','London','New York','Geneva','Berlin','Milan','Brussels','Edinburgh','Munich',
              'Bordeaux','Zurich'])[(n % 12) + 1],
       (ARRAY['France','France','United Kingdom','United States','Switzerland','Germany','Italy','Belgium',
              'United Kingdom','Germany','France','Switzerland'])[(n % 12) + 1],
       (ARRAY[10.00, 12.50, 15.00, 8.00])[(n % 4) + 1],
       n % 7 <> 3,
       timestamptz '2019-03-01 10:00+00' + (n * 23) * interval '1 day'
FROM generate_series(1, 60) AS n;

INSERT INTO bidders
SELECT n,
       (ARRAY['Olivia','Julien','Amelia','Maximilian','Chiara','William','Camille','Hiroshi','Eleanor','Matteo',
              'Charlotte','Sebastian','Léa','George','Sofia','Pierre','Isla','Jonas','Beatrice','Wei',
              'Harriet','Antoine','Greta','Oliver','Margaux','Luca','Alice','Kenji','Florence','Noah'])[(n % 30) + 1],
       (ARRAY['Smith','Girard','Müller','Bianchi','Taylor','Fontaine','Tanaka','Wright','Romano','Weber',
              'Mercier','Evans','Colombo','Roux','Hoffmann','Chen','Walker','Blanc','Keller','Ricci',
              'Harris','Leroy','Sato','Lambert','Vogel','Morgan','Gallo','Wong','Dupont','Baker',
              'Rey','Fraser','Ferrari','Lang','Hall','Faure','Young'])[(n % 37) + 1],
       'bidder' || n || '@' || (ARRAY['gmail.com','icloud.com','orange.fr','gmx.de','yahoo.co.uk','outlook.com'])[(n % 6) + 1],
       CASE WHEN n % 5 = 2 THEN NULL ELSE '+' || (100000000 + (n * 48271) % 900000000)::text END,
       (ARRAY['Paris','Lyon','Marseille','London','Manchester','New York','Los Angeles','Chicago','Geneva','Zurich',
              'Berlin','Munich','Milan','Rome','Brussels','Amsterdam','Tokyo','Hong Kong','Madrid','Toronto'])[(n % 20) + 1],
       (ARRAY['France','France','France','United Kingdom','United Kingdom','United States','United States','United States',
              'Switzerland','Switzerland','Germany','Germany','Italy','Italy','Belgium','Netherlands','Japan','China',
              'Spain','Canada'])[(n % 20) + 1],
       CASE WHEN n % 4 = 1 THEN NULL ELSE (ARRAY[5000, 10000, 25000, 50000, 100000, 250000])[(n % 6) + 1] END,
       n % 8 <> 6,
       n % 41 = 17,
       timestamptz '2021-01-05 09:30+00' + (n * 45) * interval '1 hour' + (n % 7) * interval '37 minutes'
FROM generate_series(1, 400) AS n;

INSERT INTO auctions
SELECT a.id,
       (ARRAY['Important Paintings','Prints & Multiples','Sculpture','Fine Jewels','Fine Watches',
              'Furniture & Decorative Arts','European Ceramics','Silver & Objects of Vertu',
              'Rare Books & Manuscripts','Coins & Medals','Stamps of the World','Fine & Rare Wines',
              'Photographs','Asian Art','Classic Cars'])[(a.id * 7) % 15 + 1]
         || ' — ' || to_char(a.starts_at AT TIME ZONE 'UTC', 'FMMonth YYYY'),
       CASE WHEN a.id % 2 = 1 THEN ((a.id / 2) % 8) + 1 END,
       a.kind,
       CASE WHEN a.id IN (71, 72) THEN 'scheduled'
            WHEN a.id = 70 THEN 'live'
            WHEN a.id IN (23, 46) THEN 'cancelled'
            ELSE 'closed' END::auction_status,
       CASE WHEN a.kind = 'live' THEN
            (ARRAY['Hélène Marchetti','Rupert Langley','Anne-Sophie Vidal','Konrad Albers','Giorgio Sala'])[(a.id % 5) + 1] END,
       a.starts_at,
       CASE a.kind WHEN 'live' THEN a.starts_at + interval '4 hours'
                   WHEN 'online' THEN a.starts_at + interval '2 days'
                   ELSE a.starts_at + interval '7 days' END,
       CASE a.kind WHEN 'live' THEN 25.00 WHEN 'online' THEN 22.50 ELSE 20.00 END,
       a.starts_at - interval '60 days'
FROM (SELECT id,
             timestamptz '2022-01-12 14:00+00' + ((id - 1) / 2) * interval '1 month' + ((id - 1) % 2) * interval '14 days' AS starts_at,
             CASE id % 4 WHEN 0 THEN 'online' WHEN 2 THEN 'timed' ELSE 'live' END::auction_type AS kind
      FROM generate_series(1, 72) AS id) AS a;

INSERT INTO lots
SELECT l.id,
       l.auction_id,
       ((l.id * 7) % 55) + 1,
       l.cat,
       l.lot_number,
       (ARRAY[
         ['Landscape with River and Mill, oil on canvas','Portrait of a Lady in Blue, oil on panel','Still Life with Lemons','Harbour at Dusk, oil on canvas','View of the Seine, watercolour'],
         ['Lithograph, signed and numbered','Etching after Rembrandt','Screenprint in colours, edition of 50','Woodcut, Japanese school','Aquatint of Venice'],
         ['Bronze figure of a dancer','Marble bust of a young woman','Terracotta maquette','Bronze horse and rider','Carved oak angel'],
         ['Sapphire and diamond ring','Pearl necklace with diamond clasp','Art Deco emerald brooch','Gold and ruby bracelet','Pair of diamond ear clips'],
         ['Patek Philippe Calatrava wristwatch','Rolex Submariner, steel','Omega Speedmaster chronograph','Cartier Tank, gold','Jaeger-LeCoultre Reverso'],
         ['Louis XV walnut commode','George III mahogany bookcase','Pair of Empire fauteuils','Victorian rosewood games table','Art Nouveau marquetry cabinet'],
         ['Meissen porcelain figure group','Sèvres cup and saucer','Delft blue and white charger','Wedgwood jasperware vase','Limoges dinner service'],
         ['George II silver teapot','Pair of silver candlesticks','Christofle silver-plated tray','Silver and enamel cigarette case','Set of twelve silver spoons'],
         ['First edition, original cloth','Illuminated book of hours leaf','Autograph letter signed','Atlas with hand-coloured maps','Private press folio'],
         ['Gold napoleon 20 francs, 1811','Roman silver denarius','Victorian gold sovereign','Medal of the Legion of Honour','Set of proof coins'],
         ['Penny Black, four margins','Collection of French colonies','Block of four, mint','Early airmail cover','Album of European stamps'],
         ['Château Latour 1982, twelve bottles','Romanée-Conti 1990, one bottle','Dom Pérignon 1996, six bottles','Château d''Yquem 2001, magnum','Barolo Riserva 2010, case'],
         ['Gelatin silver print, signed','Albumen print of Paris','Vintage fashion photograph','Platinum print landscape','Chromogenic print, edition of 10'],
         ['Ming blue and white vase','Qing jade carving','Japanese lacquer box','Tibetan gilt bronze figure','Chinese scroll painting'],
         ['1965 Jaguar E-Type roadster','1972 Porsche 911 S coupé','1959 Mercedes-Benz 190 SL','1967 Alfa Romeo Giulia Sprint','1961 Citroën DS 19']
       ])[l.cat][(l.id % 5) + 1],
       CASE WHEN l.id % 3 = 0 THEN NULL ELSE 'Condition: ' || (ARRAY['excellent','good','fair, minor wear','restored','as found'])[(l.id % 5) + 1] END,
       l.est,
       l.est * 1.5,
       CASE WHEN l.id % 4 = 0 THEN NULL ELSE round(l.est * 0.8, 2) END,
       round(l.est * 0.5, 2),
       CASE WHEN a.status = 'cancelled' THEN 'withdrawn'
            WHEN a.status = 'scheduled' THEN CASE WHEN l.lot_number > 8 THEN 'draft' ELSE 'open' END
            WHEN a.status = 'live' THEN 'open'
            WHEN l.id % 13 = 0 THEN 'withdrawn'
            WHEN l.id % 5 = 1 THEN 'unsold'
            ELSE 'sold' END::lot_status,
       l.id % 3 <> 1,
       a.created_at + ((l.id % 20) + 1) * interval '1 day'
FROM (SELECT id,
             (id - 1) / 10 + 1 AS auction_id,
             (id - 1) % 10 + 1 AS lot_number,
             (((id - 1) / 10 + 1) * 7) % 15 + 1 AS cat,
             round((ARRAY[8000,1200,6000,4000,5000,3000,1500,1800,2500,900,600,1400,2000,7000,45000])[(((id - 1) / 10 + 1) * 7) % 15 + 1]
                   * (1 + (id % 9) * 0.25) / 50) * 50 AS est
      FROM generate_series(1, 720) AS id) AS l
JOIN auctions a ON a.id = l.auction_id;

INSERT INTO bids
SELECT row_number() OVER (ORDER BY b.lot_id, g.n),
       b.lot_id,
       ((b.lot_id * 13 + g.n * 29) % b.pool) + 1,
       round(CASE WHEN b.status = 'unsold'
                  THEN b.starting_price + (b.reserve_price - b.starting_price) * g.n / (b.k + 1)
                  ELSE b.starting_price + (b.final - b.starting_price) * g.n / b.k END, -1),
       CASE WHEN b.auction_type <> 'live' THEN 'online'
            ELSE (ARRAY['floor','phone','absentee','online','floor'])[((b.lot_id + g.n) % 5) + 1] END::bid_type,
       b.status = 'sold' AND g.n = b.k,
       CASE WHEN b.auction_type = 'live'
            THEN b.starts_at + (b.lot_number * 20 + g.n * 2) * interval '1 minute'
            ELSE b.starts_at + (g.n * 5 + b.lot_number) * interval '1 hour' END
FROM (SELECT l.id AS lot_id, l.status, l.lot_number, l.starting_price, l.reserve_price,
             round(l.estimate_low * (0.9 + (l.id % 7) * 0.15), -1) AS final,
             a.auction_type, a.starts_at,
             least(400, floor(extract(epoch FROM a.starts_at - timestamptz '2021-01-05 09:30+00') / 3600 / 45)::int - 2) AS pool,
             CASE l.status WHEN 'sold' THEN 1 + l.id % 4
                           WHEN 'unsold' THEN CASE WHEN l.reserve_price IS NULL THEN 0 ELSE l.id % 3 END
                           WHEN 'open' THEN l.id % 3
                           ELSE 0 END AS k
      FROM lots l JOIN auctions a ON a.id = l.auction_id) AS b
CROSS JOIN LATERAL generate_series(1, b.k) AS g(n);

INSERT INTO registrations
SELECT row_number() OVER (ORDER BY r.auction_id, r.bidder_id),
       r.auction_id,
       r.bidder_id,
       100 + row_number() OVER (PARTITION BY r.auction_id ORDER BY r.bidder_id),
       CASE WHEN r.auction_type = 'live' AND r.bidder_id % 3 = 0 THEN 500.00
            WHEN r.category_id = 15 THEN 5000.00 END,
       r.bidder_id % 23 <> 4 OR r.has_bid,
       r.starts_at - ((r.bidder_id % 10) + 1) * interval '1 day' - (r.bidder_id % 5) * interval '3 hours'
FROM (SELECT u.auction_id, u.bidder_id, bool_or(u.has_bid) AS has_bid,
             min(a.auction_type::text)::auction_type AS auction_type, min(a.starts_at) AS starts_at,
             min((a.id * 7) % 15 + 1) AS category_id
      FROM (SELECT l.auction_id, b.bidder_id, true AS has_bid
            FROM bids b JOIN lots l ON l.id = b.lot_id
            UNION ALL
            SELECT a.id, ((a.id * 37 + k * 53) % 300) + 1, false
            FROM auctions a CROSS JOIN generate_series(1, 4) AS k
            WHERE a.status <> 'cancelled') AS u
      JOIN auctions a ON a.id = u.auction_id
      GROUP BY u.auction_id, u.bidder_id) AS r;

INSERT INTO sales
SELECT row_number() OVER (ORDER BY b.lot_id),
       b.lot_id,
       b.bidder_id,
       b.amount,
       round(b.amount * a.buyers_premium_rate / 100, 2),
       'INV-' || to_char(b.placed_at AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(b.lot_id::text, 5, '0'),
       b.placed_at,
       (b.placed_at AT TIME ZONE 'UTC')::date + 30
FROM bids b
JOIN lots l ON l.id = b.lot_id
JOIN auctions a ON a.id = l.auction_id
WHERE b.is_winning;

INSERT INTO payments
SELECT row_number() OVER (ORDER BY p.sale_id, p.attempt),
       p.sale_id, p.amount, p.method, p.status,
       CASE WHEN p.method IN ('card', 'paypal', 'bank_transfer') THEN 'TX' || lpad((p.sale_id * 7717 + p.attempt)::text, 9, '0') END,
       p.paid_at
FROM (SELECT s.id AS sale_id, 1 AS attempt,
             s.hammer_price + s.buyers_premium AS amount,
             (ARRAY['bank_transfer','card','bank_transfer','paypal','cheque','card'])[(s.id % 6) + 1]::payment_method AS method,
             CASE WHEN s.id % 11 = 0 THEN 'failed'
                  WHEN s.id % 19 = 0 THEN 'pending'
                  WHEN s.id % 29 = 0 THEN 'refunded'
                  ELSE 'completed' END::payment_status AS status,
             s.sold_at + ((s.id % 20) + 1) * interval '1 day' + interval '2 hours' AS paid_at
      FROM sales s WHERE s.id % 17 <> 0
      UNION ALL
      SELECT s.id, 2, s.hammer_price + s.buyers_premium, 'bank_transfer', 'completed',
             s.sold_at + ((s.id % 20) + 6) * interval '1 day' + interval '4 hours'
      FROM sales s WHERE s.id % 11 = 0 AND s.id % 17 <> 0) AS p;

INSERT INTO shipments
SELECT row_number() OVER (ORDER BY s.id),
       s.id,
       CASE WHEN l.category_id IN (1, 3, 6, 14, 15) THEN (ARRAY['Fine Art Logistics','Hedley''s Fine Art','Crown Fine Art'])[(s.id % 3) + 1]
            ELSE (ARRAY['DHL Express','FedEx','UPS','La Poste Colissimo','Royal Mail'])[(s.id % 5) + 1] END,
       CASE WHEN st.status = 'pending' THEN NULL ELSE 'TRK' || lpad((s.id * 92821 % 100000000)::text, 8, '0') END,
       CASE WHEN l.category_id = 15 THEN 2400.00
            WHEN l.category_id IN (1, 3, 6, 14) THEN 180.00 + (s.id % 5) * 35
            ELSE 25.00 + (s.id % 6) * 7.50 END,
       s.hammer_price >= 2000 OR s.id % 4 = 0,
       st.status,
       CASE WHEN st.status <> 'pending' THEN pay.paid_at + ((s.id % 4) + 1) * interval '1 day' END,
       CASE WHEN st.status IN ('delivered', 'returned') THEN pay.paid_at + ((s.id % 4) + 4 + s.id % 6) * interval '1 day' END
FROM sales s
JOIN lots l ON l.id = s.lot_id
JOIN LATERAL (SELECT max(p.paid_at) AS paid_at FROM payments p WHERE p.sale_id = s.id AND p.status = 'completed') pay ON pay.paid_at IS NOT NULL
CROSS JOIN LATERAL (SELECT CASE WHEN pay.paid_at > timestamptz '2024-11-20' THEN 'pending'
                                WHEN pay.paid_at > timestamptz '2024-10-25' THEN 'in_transit'
                                WHEN s.id % 37 = 0 THEN 'returned'
                                ELSE 'delivered' END::shipment_status AS status) st
WHERE s.id % 6 <> 0;

INSERT INTO disputes
SELECT row_number() OVER (ORDER BY s.id),
       s.id,
       CASE WHEN s.id % 17 = 0 THEN 'non_payment'
            ELSE (ARRAY['not_as_described','damaged_in_transit','item_not_received','not_as_described','other'])[(s.id % 5) + 1] END::dispute_reason,
       CASE WHEN s.sold_at > timestamptz '2024-09-01' THEN (ARRAY['open','under_review'])[(s.id % 2) + 1]
            ELSE (ARRAY['resolved','resolved','rejected'])[(s.id % 3) + 1] END::dispute_status,
       CASE WHEN s.id % 4 = 0 THEN NULL ELSE (ARRAY['Buyer sent photos','Seller contacted','Awaiting condition report','Carrier claim filed'])[(s.id % 4) + 1] END,
       CASE WHEN s.sold_at <= timestamptz '2024-09-01' AND (s.id % 3) < 2 AND s.id % 17 <> 0
            THEN round(s.hammer_price * (ARRAY[0.10, 0.25, 1.00])[(s.id % 3) + 1], 2) END,
       s.sold_at + ((s.id % 15) + 10) * interval '1 day',
       CASE WHEN s.sold_at <= timestamptz '2024-09-01' THEN s.sold_at + ((s.id % 15) + 10 + (s.id % 9) * 4 + 5) * interval '1 day' END
FROM sales s
WHERE s.id % 16 = 3 OR s.id % 17 = 0 OR s.id % 45 = 7;
