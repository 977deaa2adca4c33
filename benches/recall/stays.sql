-- Operational data of a peer-to-peer vacation rental marketplace (hosts, guests, listings,
-- bookings, payments, payouts, reviews), used as the sample database of the golden set
-- benches/intent/stays.yaml. Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE TABLE host (
    hostid        integer PRIMARY KEY,
    firstname     text NOT NULL,
    lastname      text NOT NULL,
    email         varchar(120) NOT NULL,
    phone         varchar(20),
    city          text NOT NULL,
    joindate      date NOT NULL,
    issuperhost   boolean NOT NULL,
    responserate  numeric(5,2)
);
CREATE TABLE guest (
    guestid     integer PRIMARY KEY,
    firstname   text NOT NULL,
    lastname    text NOT NULL,
    email       varchar(120) NOT NULL,
    phone       varchar(20),
    country     text NOT NULL,
    birthdate   date,
    signupdate  date NOT NULL,
    isverified  boolean NOT NULL
);
CREATE TABLE listing (
    listingid     integer PRIMARY KEY,
    hostid        integer NOT NULL REFERENCES host,
    title         varchar(150) NOT NULL,
    city          text NOT NULL,
    country       text NOT NULL,
    propertytype  text NOT NULL,
    roomtype      text NOT NULL,
    bedrooms      integer NOT NULL,
    bathrooms     numeric(3,1) NOT NULL,
    maxguests     integer NOT NULL,
    nightlyprice  numeric(8,2) NOT NULL,
    cleaningfee   numeric(8,2),
    minnights     integer NOT NULL,
    instantbook   boolean NOT NULL,
    isactive      boolean NOT NULL,
    createddate   date NOT NULL
);
CREATE TABLE amenity (
    amenityid  integer PRIMARY KEY,
    name       text NOT NULL,
    category   text NOT NULL
);
CREATE TABLE listingamenity (
    listingid  integer NOT NULL REFERENCES listing,
    amenityid  integer NOT NULL REFERENCES amenity,
    PRIMARY KEY (listingid, amenityid)
);
CREATE TABLE availabilityblock (
    availabilityblockid  integer PRIMARY KEY,
    listingid            integer NOT NULL REFERENCES listing,
    startdate            date NOT NULL,
    enddate              date NOT NULL,
    reason               text NOT NULL,
    note                 text,
    createdat            timestamptz NOT NULL
);
CREATE TABLE booking (
    bookingid     integer PRIMARY KEY,
    listingid     integer NOT NULL REFERENCES listing,
    guestid       integer NOT NULL REFERENCES guest,
    bookingdate   timestamptz NOT NULL,
    checkindate   date NOT NULL,
    checkoutdate  date NOT NULL,
    numguests     integer NOT NULL,
    totalprice    numeric(10,2) NOT NULL,
    status        text NOT NULL,
    channel       text NOT NULL,
    specialrequest text
);
CREATE TABLE payment (
    paymentid    integer PRIMARY KEY,
    bookingid    integer NOT NULL REFERENCES booking,
    paymentdate  timestamp NOT NULL,
    amount       numeric(10,2) NOT NULL,
    method       text NOT NULL,
    status       text NOT NULL
);
CREATE TABLE payout (
    payoutid      integer PRIMARY KEY,
    hostid        integer NOT NULL REFERENCES host,
    bookingid     integer NOT NULL REFERENCES booking,
    payoutdate    date NOT NULL,
    payoutamount  numeric(10,2) NOT NULL,
    method        text NOT NULL,
    status        text NOT NULL
);
CREATE TABLE review (
    reviewid           integer PRIMARY KEY,
    bookingid          integer NOT NULL REFERENCES booking,
    listingid          integer NOT NULL REFERENCES listing,
    guestid            integer NOT NULL REFERENCES guest,
    rating             integer NOT NULL,
    cleanlinessrating  integer,
    comment            text,
    reviewdate         date NOT NULL
);
CREATE TABLE cancellation (
    cancellationid  integer PRIMARY KEY,
    bookingid       integer NOT NULL UNIQUE REFERENCES booking,
    cancelledat     timestamp NOT NULL,
    cancelledby     text NOT NULL,
    reason          text NOT NULL,
    refundamount    numeric(10,2) NOT NULL
);

INSERT INTO host
SELECT h,
       (ARRAY['Sophie','Marco','Ana','Lukas','Claire','Pedro','Giulia','Jan','Elena','Thomas',
              'Ines','Paolo','Marie','Carlos','Eva','Hugo','Lucia','Pieter','Chiara','Nicolas',
              'Sara','Diego','Emma','Tomas','Julie','Matteo','Laura','Felix','Rita','Olivier'])[h % 30 + 1],
       (ARRAY['Martin','Rossi','Silva','Schmidt','Dubois','Garcia','Bianchi','de Vries','Novak','Bernard',
              'Costa','Ferrari','Lambert','Lopez','Weber','Moreau','Romano','Jansen','Horak','Fontaine',
              'Pereira','Navarro','Fischer','Dvorak','Leroy','Conti','Ruiz','Bakker','Santos','Girard'])[(h * 7) % 30 + 1],
       '',
       CASE WHEN h % 6 = 0 THEN NULL ELSE '+33 6 ' || ((h * 48271 + 12345678) % 90000000 + 10000000)::text END,
       (ARRAY['Lisbon','Porto','Barcelona','Lyon','Paris','Rome','Florence','Amsterdam','Berlin',
              'Prague','Nice','Seville'])[(h * 5) % 12 + 1],
       date '2019-03-01' + (h * 37) % 900,
       h % 4 = 1,
       CASE WHEN h % 11 = 0 THEN NULL ELSE 70 + (h * 7) % 31 END
FROM generate_series(1, 60) AS h;
UPDATE host SET email = lower(replace(firstname || '.' || lastname, ' ', '')) || hostid || '@mailbox.com';

INSERT INTO guest
SELECT g,
       (ARRAY['James','Olivia','Liam','Charlotte','Noah','Amelia','Lena','Max','Camille','Louis',
              'Isabella','Ethan','Mia','Lucas','Ava','Finn','Chloe','Oscar','Zoe','Leo',
              'Hannah','Daniel','Grace','Samuel','Nora','Adam','Alice','Ben','Julia','Victor',
              'Emily','Jack','Anna','Henry','Lea','David','Ella','Paul','Maya','Simon'])[g % 40 + 1],
       (ARRAY['Smith','Johnson','Brown','Taylor','Wilson','Muller','Schneider','Petit','Durand','Moretti',
              'Fernandez','Gomez','Visser','Peeters','Janssens','Keller','Huber','Walker','Clarke','Evans',
              'Thompson','Wright','Hall','Young','King','Roux','Fournier','Marino','Ricci','Alves',
              'Ortiz','Meyer','Wagner','Becker','Hoffmann'])[(g * 11) % 35 + 1],
       '',
       CASE WHEN g % 5 = 2 THEN NULL ELSE '+' || (10 + g % 80) || ' ' || ((g * 69621 + 123456789) % 900000000 + 100000000)::text END,
       (ARRAY['France','Germany','United States','United Kingdom','Spain','Italy','Netherlands',
              'Canada','Portugal','Belgium','Switzerland','Australia','United States','Germany'])[(g * 3) % 14 + 1],
       CASE WHEN g % 7 = 0 THEN NULL ELSE date '1958-01-01' + (g * 211) % 15000 END,
       date '2020-01-15' + (g * 29) % 1000,
       g % 5 <> 0
FROM generate_series(1, 400) AS g;
UPDATE guest SET email = lower(firstname || '.' || lastname) || guestid || '@' ||
       (ARRAY['gmail.com','outlook.com','yahoo.com','web.de','orange.fr'])[guestid % 5 + 1];

INSERT INTO listing
SELECT l,
       CASE WHEN l <= 40 THEN (l - 1) % 10 + 1 ELSE (l - 41) % 45 + 11 END,
       (ARRAY['Sunny','Cozy','Charming','Modern','Quiet','Spacious','Elegant','Rustic'])[(l * 3 + l / 12) % 8 + 1] || ' '
         || lower(t.ptype) || ' in ' || t.city,
       t.city, t.country, t.ptype, t.rtype, t.beds,
       1 + floor((t.beds - 1) / 2.0),
       t.beds * 2 + (l / 12) % 2,
       round(t.citybase * t.typefactor * t.roomfactor + (l * 13) % 40, 0),
       CASE WHEN l % 11 = 0 THEN NULL ELSE 20 + t.beds * 10 + 5 * (l % 3) END,
       1 + (l / 7) % 3,
       (l / 12 + l / 3) % 3 <> 0,
       l % 19 <> 0,
       CASE WHEN l <= 145 THEN date '2021-01-10' + (l * 17) % 330
            ELSE date '2024-10-01' + (l - 146) * 9 END
FROM generate_series(1, 150) AS l
CROSS JOIN LATERAL (SELECT (l * 7) % 12 + 1 AS ci, (l + l / 12) % 6 + 1 AS pi) AS k
CROSS JOIN LATERAL (
    SELECT (ARRAY['Lisbon','Porto','Barcelona','Lyon','Paris','Rome','Florence','Amsterdam','Berlin',
                  'Prague','Nice','Seville'])[k.ci] AS city,
           (ARRAY['Portugal','Portugal','Spain','France','France','Italy','Italy','Netherlands','Germany',
                  'Czech Republic','France','Spain'])[k.ci] AS country,
           (ARRAY[95,80,120,90,150,115,110,160,100,75,140,85])[k.ci] AS citybase,
           (ARRAY['Apartment','House','Villa','Cabin','Loft','Studio'])[k.pi] AS ptype,
           (ARRAY[1.0,1.6,2.8,1.2,1.3,0.8])[k.pi] AS typefactor,
           CASE WHEN l % 23 = 5 THEN 'Shared room' WHEN l % 7 = 4 THEN 'Private room' ELSE 'Entire home' END AS rtype,
           CASE WHEN l % 23 = 5 THEN 0.35 WHEN l % 7 = 4 THEN 0.55 ELSE 1.0 END AS roomfactor,
           (ARRAY[1,2,3,1,1,1])[k.pi] + CASE WHEN k.pi = 6 THEN 0 ELSE (l / 5) % 3 END AS beds
) AS t;

INSERT INTO amenity VALUES
 (1, 'Wifi', 'Essentials'),
 (2, 'Kitchen', 'Essentials'),
 (3, 'Washer', 'Essentials'),
 (4, 'Dryer', 'Comfort'),
 (5, 'Air conditioning', 'Comfort'),
 (6, 'Heating', 'Essentials'),
 (7, 'Free parking', 'Parking'),
 (8, 'Pool', 'Outdoor'),
 (9, 'Hot tub', 'Outdoor'),
 (10, 'Dedicated workspace', 'Comfort'),
 (11, 'TV', 'Entertainment'),
 (12, 'Balcony', 'Outdoor'),
 (13, 'Pets allowed', 'Policies'),
 (14, 'Self check-in', 'Policies'),
 (15, 'EV charger', 'Parking'),
 (16, 'Crib', 'Family'),
 (17, 'Dishwasher', 'Comfort'),
 (18, 'Fireplace', 'Comfort'),
 (19, 'Smoke alarm', 'Safety'),
 (20, 'Sea view', 'Outdoor');

INSERT INTO listingamenity
SELECT l, a
FROM generate_series(1, 150) AS l
CROSS JOIN generate_series(1, 20) AS a
WHERE (a = 1 AND l % 17 <> 0)
   OR (a = 19 AND l % 4 <> 0)
   OR (a NOT IN (1, 19) AND (l * 7 + a * 11) % 10
         < (ARRAY[0,8,6,3,5,8,4,1,1,4,7,3,2,5,1,2,4,1,0,2])[a]);

INSERT INTO availabilityblock
SELECT k,
       (k * 11) % 145 + 1,
       date '2022-01-10' + (k * 97) % 1080,
       date '2022-01-10' + (k * 97) % 1080 + 2 + k % 12,
       (ARRAY['Owner stay','Maintenance','Renovation','Seasonal closure','Personal use'])[k % 5 + 1],
       CASE WHEN k % 4 = 0 THEN (ARRAY['Painting the bedroom','Family visit','Boiler repair','Deep cleaning'])[k % 3 + 1] END,
       (date '2022-01-10' + (k * 97) % 1080 - (5 + k % 30))::timestamp + (k * 53 % 600) * interval '1 minute' + interval '8 hours'
FROM generate_series(1, 120) AS k;

INSERT INTO booking
SELECT i,
       l.listingid,
       (i * 53) % 380 + 1,
       (d.checkin - (2 + (i * 17) % 80))::timestamp + interval '7 hours' + ((i * 37) % 840) * interval '1 minute',
       d.checkin,
       d.checkin + d.nights,
       1 + i % l.maxguests,
       round(d.nights * l.nightlyprice + coalesce(l.cleaningfee, 0), 2),
       CASE WHEN i % 10 = 3 THEN 'Cancelled'
            WHEN d.checkin + d.nights <= date '2024-12-20' THEN 'Completed'
            ELSE 'Confirmed' END,
       (ARRAY['Web','iOS app','Android app','Web'])[i % 4 + 1],
       CASE WHEN i % 9 = 0 THEN (ARRAY['Late check-in','Early check-in','Baby crib please','Airport pickup','Extra towels'])[i % 5 + 1] END
FROM generate_series(1, 1500) AS i
JOIN listing AS l ON l.listingid = (i * 37) % 145 + 1
CROSS JOIN LATERAL (
    SELECT date '2022-01-03' + (i * 389) % 1090 AS checkin,
           greatest(l.minnights, 1 + (i * 13) % 9) AS nights
) AS d;

UPDATE guest AS g
SET signupdate = least(g.signupdate,
       (SELECT min(b.bookingdate)::date - (g.guestid % 30) - 1 FROM booking AS b WHERE b.guestid = g.guestid));
UPDATE host AS h
SET joindate = least(h.joindate,
       (SELECT min(l.createddate) - (h.hostid % 20) - 3 FROM listing AS l WHERE l.hostid = h.hostid));

INSERT INTO payment
SELECT b.bookingid,
       b.bookingid,
       (b.bookingdate AT TIME ZONE 'UTC') + interval '5 minutes',
       b.totalprice,
       (ARRAY['Credit card','PayPal','Credit card','Apple Pay','Debit card','Credit card'])[b.bookingid % 6 + 1],
       CASE WHEN b.status = 'Cancelled' THEN 'Refunded' ELSE 'Paid' END
FROM booking AS b;
INSERT INTO payment
SELECT 1500 + (b.bookingid + 31) / 40,
       b.bookingid,
       (b.bookingdate AT TIME ZONE 'UTC') + interval '1 minute',
       b.totalprice,
       'Credit card',
       'Failed'
FROM booking AS b
WHERE b.bookingid % 40 = 9;

INSERT INTO payout
SELECT row_number() OVER (ORDER BY b.checkindate, b.bookingid),
       l.hostid,
       b.bookingid,
       b.checkindate + 1,
       round(b.totalprice * 0.97, 2),
       CASE WHEN l.hostid % 3 = 0 THEN 'PayPal' ELSE 'Bank transfer' END,
       CASE WHEN b.checkindate + 1 < date '2024-12-20' THEN 'Paid' ELSE 'Pending' END
FROM booking AS b
JOIN listing AS l USING (listingid)
WHERE b.status <> 'Cancelled';

INSERT INTO review
SELECT row_number() OVER (ORDER BY b.checkoutdate + 1 + b.bookingid % 14, b.bookingid),
       b.bookingid, b.listingid, b.guestid,
       r.rating,
       CASE WHEN b.bookingid % 6 = 0 THEN NULL ELSE greatest(1, r.rating - (b.bookingid % 7 = 1)::int) END,
       CASE WHEN b.bookingid % 3 = 0 THEN NULL
            WHEN r.rating = 5 THEN (ARRAY['Perfect stay, great location!','Exactly like the photos, spotless.','Wonderful host, would come back.'])[b.bookingid % 3 + 1]
            WHEN r.rating = 4 THEN (ARRAY['Nice place, a bit noisy at night.','Good value, check-in was easy.'])[b.bookingid % 2 + 1]
            WHEN r.rating = 3 THEN 'Okay for the price, could be cleaner.'
            ELSE (ARRAY['Not as described.','Dirty on arrival and host hard to reach.'])[b.bookingid % 2 + 1] END,
       b.checkoutdate + 1 + b.bookingid % 14
FROM booking AS b
CROSS JOIN LATERAL (
    SELECT CASE WHEN (b.bookingid * 7) % 20 < 10 THEN 5
                WHEN (b.bookingid * 7) % 20 < 16 THEN 4
                WHEN (b.bookingid * 7) % 20 < 18 THEN 3
                WHEN (b.bookingid * 7) % 20 < 19 THEN 2
                ELSE 1 END AS rating
) AS r
WHERE b.status = 'Completed'
  AND b.bookingid % 4 <> 0
  AND b.checkoutdate + 1 + b.bookingid % 14 <= date '2024-12-31';

INSERT INTO cancellation
SELECT row_number() OVER (ORDER BY b.bookingid),
       b.bookingid,
       c.cancelledat,
       CASE WHEN b.bookingid % 7 = 2 THEN 'Host' ELSE 'Guest' END,
       CASE WHEN b.bookingid % 7 = 2
            THEN (ARRAY['Host unavailable','Double booking','Property damage'])[b.bookingid % 3 + 1]
            ELSE (ARRAY['Change of plans','Found another place','Illness','Travel restrictions','Flight cancelled','Change of plans'])[(b.bookingid / 10) % 6 + 1] END,
       CASE WHEN b.bookingid % 7 = 2 OR b.checkindate - c.cancelledat::date >= 14 THEN b.totalprice
            ELSE round(b.totalprice * 0.5, 2) END
FROM booking AS b
CROSS JOIN LATERAL (
    SELECT (b.bookingdate AT TIME ZONE 'UTC')
           + (b.checkindate - (b.bookingdate AT TIME ZONE 'UTC')::date) * (1 + b.bookingid % 3) * interval '1 day' / 4
           AS cancelledat
) AS c
WHERE b.status = 'Cancelled';
