-- Data of a golf club's management system: membership categories and members, the club's
-- courses and their holes with par, tee time bookings, rounds played with the score on each
-- hole, green fees paid by visitors, club competitions and the members' entries, pro shop
-- products and sales, and lessons with the club professionals; used as the sample database
-- of the golden set benches/intent/golf.frozen.yaml. Every row is invented and reproducible
-- (generate_series, fixed value lists and modular arithmetic; no random(), no now()).
-- The activity runs from January 2022 to December 2025.

CREATE TABLE membershipcategory (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    annualfee      numeric(8,2) NOT NULL,
    playingrights  boolean NOT NULL,
    weekendaccess  boolean NOT NULL,
    minage         integer,
    maxage         integer
);

CREATE TABLE member (
    id                    integer PRIMARY KEY,
    firstname             text NOT NULL,
    lastname              text NOT NULL,
    email                 text NOT NULL UNIQUE,
    phone                 text NOT NULL,
    gender                char(1) NOT NULL CHECK (gender IN ('M', 'F')),
    birthdate             date NOT NULL,
    city                  text NOT NULL,
    membershipcategoryid  integer NOT NULL REFERENCES membershipcategory (id),
    joindate              date NOT NULL,
    handicapindex         numeric(3,1),
    isactive              boolean NOT NULL DEFAULT true
);

CREATE TABLE course (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    holecount     integer NOT NULL,
    par           integer NOT NULL,
    courserating  numeric(3,1) NOT NULL,
    sloperating   integer NOT NULL,
    openedyear    integer NOT NULL
);

CREATE TABLE hole (
    id           integer PRIMARY KEY,
    courseid     integer NOT NULL REFERENCES course (id),
    holenumber   integer NOT NULL,
    par          integer NOT NULL CHECK (par BETWEEN 3 AND 5),
    strokeindex  integer NOT NULL,
    yards        integer NOT NULL,
    UNIQUE (courseid, holenumber)
);

CREATE TABLE teetime (
    id        integer PRIMARY KEY,
    courseid  integer NOT NULL REFERENCES course (id),
    memberid  integer NOT NULL REFERENCES member (id),
    teeoff    timestamp NOT NULL,
    players   integer NOT NULL CHECK (players BETWEEN 1 AND 4),
    buggy     boolean NOT NULL DEFAULT false,
    status    text NOT NULL CHECK (status IN ('played', 'cancelled', 'no-show')),
    bookedat  timestamp NOT NULL
);

CREATE TABLE round (
    id            integer PRIMARY KEY,
    teetimeid     integer NOT NULL UNIQUE REFERENCES teetime (id),
    memberid      integer NOT NULL REFERENCES member (id),
    courseid      integer NOT NULL REFERENCES course (id),
    playedon      date NOT NULL,
    teecolour     text NOT NULL,
    isqualifying  boolean NOT NULL
);

CREATE TABLE holescore (
    id       integer PRIMARY KEY,
    roundid  integer NOT NULL REFERENCES round (id),
    holeid   integer NOT NULL REFERENCES hole (id),
    strokes  integer NOT NULL CHECK (strokes >= 1),
    putts    integer NOT NULL,
    UNIQUE (roundid, holeid)
);

CREATE TABLE greenfee (
    id             integer PRIMARY KEY,
    courseid       integer NOT NULL REFERENCES course (id),
    paidon         date NOT NULL,
    visitorname    text NOT NULL,
    homeclub       text,
    players        integer NOT NULL,
    amount         numeric(8,2) NOT NULL,
    paymentmethod  text NOT NULL,
    memberid       integer REFERENCES member (id)
);

CREATE TABLE competition (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    courseid     integer NOT NULL REFERENCES course (id),
    playedon     date NOT NULL,
    format       text NOT NULL CHECK (format IN ('medal', 'stableford')),
    eligibility  text NOT NULL CHECK (eligibility IN ('open', 'ladies', 'seniors')),
    entryfee     numeric(6,2) NOT NULL,
    maxentries   integer NOT NULL
);

CREATE TABLE competitionentry (
    id                integer PRIMARY KEY,
    competitionid     integer NOT NULL REFERENCES competition (id),
    memberid          integer NOT NULL REFERENCES member (id),
    enteredon         date NOT NULL,
    status            text NOT NULL CHECK (status IN ('completed', 'withdrawn', 'no return')),
    playinghandicap   integer NOT NULL,
    grossscore        integer,
    netscore          integer,
    points            integer,
    UNIQUE (competitionid, memberid)
);

CREATE TABLE product (
    id        integer PRIMARY KEY,
    name      text NOT NULL UNIQUE,
    category  text NOT NULL,
    brand     text NOT NULL,
    price     numeric(8,2) NOT NULL,
    cost      numeric(8,2) NOT NULL
);

CREATE TABLE sale (
    id             integer PRIMARY KEY,
    productid      integer NOT NULL REFERENCES product (id),
    memberid       integer REFERENCES member (id),
    soldat         timestamp NOT NULL,
    quantity       integer NOT NULL,
    unitprice      numeric(8,2) NOT NULL,
    amount         numeric(10,2) NOT NULL,
    paymentmethod  text NOT NULL
);

CREATE TABLE pro (
    id          integer PRIMARY KEY,
    firstname   text NOT NULL,
    lastname    text NOT NULL,
    title       text NOT NULL,
    hourlyrate  numeric(6,2) NOT NULL,
    startdate   date NOT NULL
);

CREATE TABLE lesson (
    id               integer PRIMARY KEY,
    proid            integer NOT NULL REFERENCES pro (id),
    memberid         integer NOT NULL REFERENCES member (id),
    startsat         timestamp NOT NULL,
    durationminutes  integer NOT NULL,
    focus            text NOT NULL,
    fee              numeric(7,2) NOT NULL,
    status           text NOT NULL CHECK (status IN ('completed', 'cancelled', 'no-show'))
);

-- ---------------------------------------------------------------------------------------
INSERT INTO membershipcategory (id, name, annualfee, playingrights, weekendaccess, minage, maxage) VALUES
    (1, 'Full',         1850.00, true,  true,  18,   NULL),
    (2, 'Five-Day',     1350.00, true,  false, 18,   NULL),
    (3, 'Junior',        250.00, true,  true,  NULL, 17),
    (4, 'Intermediate',  950.00, true,  true,  18,   29),
    (5, 'Senior',       1400.00, true,  true,  65,   NULL),
    (6, 'Social',        150.00, false, false, 18,   NULL),
    (7, 'Country',       700.00, true,  true,  18,   NULL);

-- 320 members; first names (37) and last names (41) combine without repeats.
INSERT INTO member (id, firstname, lastname, email, phone, gender, birthdate, city,
                    membershipcategoryid, joindate, handicapindex, isactive)
SELECT i, fn, ln,
       lower(fn || '.' || ln) || '@mail.example',
       '07' || lpad(((i::bigint * 7919 * 104729) % 1000000000)::text, 9, '0'),
       g, bd,
       (ARRAY['Canterbury','Canterbury','Canterbury','Canterbury','Canterbury','Ashford','Ashford','Ashford',
              'Faversham','Faversham','Faversham','Whitstable','Whitstable','Whitstable','Maidstone',
              'Maidstone','Tonbridge','Sevenoaks'])[1 + (((((i)::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer / 3) % 18],
       cat,
       CASE WHEN cat = 3 THEN greatest(jd, bd + 3000) ELSE jd END,
       CASE WHEN cat = 6 THEN NULL
            WHEN cat = 3 THEN 10.0 + ((i * 37) % 300) / 10.0
            ELSE 1.0 + ((i * 37) % 340) / 10.0 END,
       i % 17 <> 0
FROM (
    SELECT i,
           (ARRAY['James','Emma','Oliver','Sophie','Harry','Charlotte','George','Lucy','Thomas','Hannah',
                  'William','Grace','Jack','Olivia','Daniel','Amelia','Samuel','Emily','Michael','Sarah',
                  'David','Rachel','Robert','Helen','Peter','Claire','Andrew','Laura','Richard','Margaret',
                  'Mark','Susan','Stephen','Catherine','Paul','Christopher','Edward'])[1 + (i * 7) % 37] AS fn,
           (ARRAY['M','F','M','F','M','F','M','F','M','F',
                  'M','F','M','F','M','F','M','F','M','F',
                  'M','F','M','F','M','F','M','F','M','F',
                  'M','F','M','F','M','M','M'])[1 + (i * 7) % 37] AS g,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                  'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
                  'Patel','Hughes','Edwards','Turner','Harris','Martin','Cooper','Hill','Ward','Morris',
                  'Moore','Clark','Lee','King','Baker','Harrison','Morgan','Allen','Scott','Young',
                  'Mitchell'])[1 + (i * 11) % 41] AS ln,
           c.cat,
           CASE c.cat WHEN 3 THEN date '2008-01-01' + (i * 71) % 2190
                      WHEN 4 THEN date '1996-01-01' + (i * 71) % 3285
                      WHEN 5 THEN date '1940-01-01' + (i * 71) % 6570
                      ELSE        date '1958-01-01' + (i * 71) % 13500 END AS bd,
           date '2012-01-01' + (i * 173) % 5000 AS jd
    FROM generate_series(1, 320) AS i
    CROSS JOIN LATERAL (
        SELECT CASE WHEN i % 20 <= 8 THEN 1
                    WHEN i % 20 <= 11 THEN 2
                    WHEN i % 20 <= 13 THEN 3
                    WHEN i % 20 <= 15 THEN 4
                    WHEN i % 20 <= 17 THEN 5
                    WHEN i % 20 = 18 THEN 6
                    ELSE 7 END AS cat
    ) AS c
) AS s;

INSERT INTO course (id, name, holecount, par, courserating, sloperating, openedyear) VALUES
    (1, 'Old Course',     18, 72, 72.4, 131, 1924),
    (2, 'Heath Course',   18, 70, 69.8, 124, 1968),
    (3, 'Academy Course',  9, 30, 29.6, 101, 2009);

INSERT INTO hole (id, courseid, holenumber, par, strokeindex, yards)
SELECT row_number() OVER (ORDER BY c, n), c, n, p, si,
       CASE WHEN c = 3 THEN CASE p WHEN 3 THEN 95 + (n * 37) % 60 ELSE 250 + (n * 53) % 70 END
            ELSE CASE p WHEN 3 THEN 140 + (n * c * 37) % 70
                        WHEN 4 THEN 330 + (n * c * 53) % 110
                        ELSE 480 + (n * c * 29) % 70 END END
FROM (
    SELECT 1 AS c, n, p, si
    FROM unnest(ARRAY[4,4,3,5,4,4,3,4,5, 4,3,4,5,4,4,3,4,5],
                ARRAY[7,11,17,1,5,13,15,3,9, 10,18,6,2,12,8,16,14,4]) WITH ORDINALITY AS t(p, si, n)
    UNION ALL
    SELECT 2, n, p, si
    FROM unnest(ARRAY[4,3,4,4,5,3,4,4,4, 4,4,3,5,4,3,4,4,4],
                ARRAY[3,15,9,1,11,17,5,13,7, 8,2,16,12,4,18,10,6,14]) WITH ORDINALITY AS t(p, si, n)
    UNION ALL
    SELECT 3, n, p, si
    FROM unnest(ARRAY[3,4,3,3,4,3,4,3,3],
                ARRAY[5,1,9,7,3,8,2,6,4]) WITH ORDINALITY AS t(p, si, n)
) AS h;

-- Tee time bookings, January 2022 to December 2025, made by members with playing rights:
-- up to two a day in winter, up to four a day in summer.
INSERT INTO teetime (id, courseid, memberid, teeoff, players, buggy, status, bookedat)
SELECT i,
       CASE WHEN i % 10 < 5 THEN 1 WHEN i % 10 < 8 THEN 2 ELSE 3 END,
       pm.id,
       t,
       1 + (h / 7) % 4,
       h % 5 = 0,
       CASE WHEN h % 100 < 4 THEN 'no-show' WHEN h % 100 < 14 THEN 'cancelled' ELSE 'played' END,
       t - make_interval(days => 1 + i % 14, hours => (i * 5) % 11)
FROM (
    SELECT row_number() OVER (ORDER BY g.d, sl.k)::integer AS i, g.d
    FROM generate_series(date '2022-01-01', date '2025-12-31', interval '1 day') AS g(d)
    CROSS JOIN LATERAL (
        SELECT (ARRAY[1,1,1,2,2,3,3,3,2,2,1,1])[extract(month FROM g.d)::integer]
               + CASE ((((g.d::date - date '2022-01-01')::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer % 4 WHEN 0 THEN 1 WHEN 1 THEN -1 ELSE 0 END AS n
    ) AS dn
    CROSS JOIN LATERAL generate_series(1, dn.n) AS sl(k)
) AS b
CROSS JOIN LATERAL (
    SELECT b.d + make_interval(hours => 7, mins => ((b.i * 7) % 66) * 10) AS t,
           ((((b.i)::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer AS h
) AS tt
CROSS JOIN LATERAL (
    SELECT m.id
    FROM member m JOIN membershipcategory mc ON mc.id = m.membershipcategoryid
    WHERE mc.playingrights AND m.joindate <= b.d
    ORDER BY m.id
    OFFSET (b.i * 53) % (SELECT count(*) FROM member m2 JOIN membershipcategory mc2 ON mc2.id = m2.membershipcategoryid
                 WHERE mc2.playingrights AND m2.joindate <= b.d)
    LIMIT 1
) AS pm;

-- Rounds with a card handed in: every eleventh booking that was played.
INSERT INTO round (id, teetimeid, memberid, courseid, playedon, teecolour, isqualifying)
SELECT row_number() OVER (ORDER BY t.id), t.id, t.memberid, t.courseid, t.teeoff::date,
       CASE WHEN m.gender = 'F' THEN 'red'
            WHEN m.handicapindex > 20 OR m.membershipcategoryid = 5 THEN 'yellow'
            ELSE 'white' END,
       t.id % 4 <> 0
FROM teetime t JOIN member m ON m.id = t.memberid
WHERE t.id % 11 = 0 AND t.status = 'played';

INSERT INTO holescore (id, roundid, holeid, strokes, putts)
SELECT row_number() OVER (ORDER BY r.id, h.holenumber), r.id, h.id, s.strokes,
       least(s.strokes, 1 + (r.id * 3 + h.holenumber * 5) % 3)
FROM round r
JOIN member m ON m.id = r.memberid
JOIN hole h ON h.courseid = r.courseid
CROSS JOIN LATERAL (
    SELECT greatest(1, h.par
             + CASE (r.id * 31 + h.holenumber * 17 + m.id) % 12
                    WHEN 0 THEN -1 WHEN 1 THEN 0 WHEN 2 THEN 0 WHEN 3 THEN 0 WHEN 4 THEN 0 WHEN 5 THEN 0
                    WHEN 6 THEN 1 WHEN 7 THEN 1 WHEN 8 THEN 1 WHEN 9 THEN 2 WHEN 10 THEN 2 ELSE 3 END
             + CASE WHEN m.handicapindex > 24 AND h.holenumber % 3 = 0 THEN 1 ELSE 0 END
             + CASE WHEN ((((r.id * 100 + h.holenumber)::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer % 20 < (18 - h.strokeindex) / 3 THEN 1 ELSE 0 END) AS strokes
) AS s;

-- Green fee payments by visiting parties, busier in summer; a quarter are guests introduced by a
-- member (half rate).
INSERT INTO greenfee (id, courseid, paidon, visitorname, homeclub, players, amount, paymentmethod, memberid)
SELECT i, c, d,
       (ARRAY['James','Emma','Oliver','Sophie','Harry','Charlotte','George','Lucy','Thomas','Hannah',
              'William','Grace','Jack','Olivia','Daniel','Amelia','Samuel','Emily','Michael','Sarah',
              'David','Rachel','Robert','Helen','Peter','Claire','Andrew','Laura','Richard','Margaret',
              'Mark','Susan','Stephen','Catherine','Paul','Christopher','Edward'])[1 + (i * 5) % 37]
       || ' ' ||
       (ARRAY['Fletcher','Bennett','Carter','Dixon','Fox','Grant','Hayes','Irving','Knight','Lawson',
              'Marsh','Nash','Owen','Palmer','Quinn','Reid','Shaw','Tucker','Vaughan','Webb',
              'Yates','Barker','Chapman','Doyle','Ellis','Foster','Gibson','Holmes','Lloyd',
              'Mason','Newton','Porter','Riley','Stone','Walsh','Wells','Burton','Cole','Day',
              'Fisher','Hunt'])[1 + (i * 3) % 41],
       CASE WHEN i % 6 = 0 THEN NULL
            ELSE (ARRAY['Royal St George''s','Prince''s','Prince''s','Littlestone','Littlestone','Littlestone',
                        'Knole Park','Wildernesse','Wildernesse','Canterbury','Canterbury','Canterbury',
                        'Canterbury','Faversham','Faversham','Rochester & Cobham Park','North Foreland',
                        'North Foreland'])[1 + (((i::bigint * 1103515245 + 12345) % 2147483648) / 65536) % 18] END,
       p,
       p * (CASE c WHEN 1 THEN CASE WHEN wkend THEN 110 ELSE 85 END
                   WHEN 2 THEN CASE WHEN wkend THEN 75 ELSE 60 END
                   ELSE CASE WHEN wkend THEN 30 ELSE 25 END END
            + CASE WHEN d >= date '2024-01-01' THEN 5 ELSE 0 END)
         * CASE WHEN i % 4 = 0 THEN 0.5 ELSE 1 END,
       (ARRAY['card','card','online','cash','card'])[1 + i % 5],
       CASE WHEN i % 4 = 0 THEN (SELECT m.id FROM member m
                                 WHERE m.membershipcategoryid <> 6 AND m.joindate <= d
                                 ORDER BY m.id OFFSET (i * 7) % 200 LIMIT 1) END
FROM (
    SELECT row_number() OVER (ORDER BY j)::integer AS i, c, d, wkend, p
    FROM (
        SELECT j,
               CASE WHEN j % 7 <= 3 THEN 1 WHEN j % 7 <= 5 THEN 2 ELSE 3 END AS c,
               date '2022-01-01' + (j * 1460) / 1100 AS d,
               extract(isodow FROM date '2022-01-01' + (j * 1460) / 1100) >= 6 AS wkend,
               1 + (j * 5) % 4 AS p
        FROM generate_series(1, 1100) AS j
    ) AS c0
    WHERE ((((j)::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer % 10 < (ARRAY[3,3,5,7,8,9,9,9,8,6,4,3])[extract(month FROM d)::integer]
) AS g;

-- Eight club competitions a year, 2022 to 2025.
INSERT INTO competition (id, name, courseid, playedon, format, eligibility, entryfee, maxentries)
SELECT (y - 2022) * 8 + k, nm, cid, make_date(y, mo, dy + (y - 2022)), fmt, elig,
       fee + CASE WHEN y >= 2024 THEN 2 ELSE 0 END, mx
FROM generate_series(2022, 2025) AS y
CROSS JOIN unnest(
    ARRAY['Spring Medal','Ladies Open','Captain''s Day','Summer Stableford','Club Championship',
          'Seniors Cup','Autumn Medal','Christmas Turkey Trot'],
    ARRAY[1, 2, 1, 2, 1, 2, 1, 2],
    ARRAY[4, 5, 6, 7, 8, 9, 10, 12],
    ARRAY[9, 14, 18, 16, 20, 10, 15, 6],
    ARRAY['medal','medal','stableford','stableford','medal','stableford','medal','stableford'],
    ARRAY['open','ladies','open','open','open','seniors','open','open'],
    ARRAY[10.00, 15.00, 25.00, 8.00, 20.00, 10.00, 10.00, 12.00],
    ARRAY[120, 84, 144, 120, 96, 80, 120, 100]
) WITH ORDINALITY AS t(nm, cid, mo, dy, fmt, elig, fee, mx, k);

INSERT INTO competitionentry (id, competitionid, memberid, enteredon, status, playinghandicap,
                              grossscore, netscore, points)
SELECT row_number() OVER (ORDER BY c.id, m.id), c.id, m.id,
       c.playedon - (1 + (m.id + c.id) % 21),
       st, ph,
       CASE WHEN st = 'completed' THEN co.par + ph + r - 4 END,
       CASE WHEN st = 'completed' THEN co.par + r - 4 END,
       CASE WHEN st = 'completed' AND c.format = 'stableford' THEN 40 - r END
FROM competition c
JOIN course co ON co.id = c.courseid
JOIN member m ON m.handicapindex IS NOT NULL AND m.joindate <= c.playedon - 30
CROSS JOIN LATERAL (
    SELECT round(m.handicapindex * co.sloperating / 113.0)::integer AS ph,
           (m.id * c.id + m.id) % 13 AS r,
           CASE WHEN (m.id + c.id * 3) % 17 = 0 THEN 'withdrawn'
                WHEN (m.id + c.id * 3) % 23 = 5 THEN 'no return'
                ELSE 'completed' END AS st
) AS x
WHERE (c.eligibility = 'open'
       OR (c.eligibility = 'ladies' AND m.gender = 'F')
       OR (c.eligibility = 'seniors' AND m.birthdate <= c.playedon - interval '60 years'))
  AND (m.id * 7 + c.id * 13) % 20 < CASE c.name WHEN 'Captain''s Day' THEN 7
                                                WHEN 'Club Championship' THEN 5
                                                WHEN 'Ladies Open' THEN 12
                                                WHEN 'Seniors Cup' THEN 11
                                                WHEN 'Christmas Turkey Trot' THEN 5
                                                ELSE 4 END;

INSERT INTO product (id, name, category, brand, price, cost) VALUES
    (1,  'Pro V1 Balls (dozen)',             'balls',       'Titleist',       54.99,  36.50),
    (2,  'AVX Balls (dozen)',                'balls',       'Titleist',       49.99,  32.00),
    (3,  'Chrome Soft Balls (dozen)',        'balls',       'Callaway',       47.99,  30.50),
    (4,  'Soft Feel Balls (dozen)',          'balls',       'Srixon',         24.99,  14.00),
    (5,  'Distance+ Balls (dozen)',          'balls',       'TaylorMade',     19.99,  10.50),
    (6,  'Club Logo Balls (sleeve of 3)',    'balls',       'Titleist',        9.99,   5.20),
    (7,  'StaSof Glove',                     'gloves',      'FootJoy',        24.99,  13.00),
    (8,  'WeatherSof Glove',                 'gloves',      'FootJoy',        14.99,   7.40),
    (9,  'Players Glove',                    'gloves',      'Titleist',       22.99,  12.10),
    (10, 'TSR2 Driver',                      'clubs',       'Titleist',      529.00, 365.00),
    (11, 'G430 Max Driver',                  'clubs',       'Ping',          499.00, 340.00),
    (12, 'Paradym Fairway Wood',             'clubs',       'Callaway',      329.00, 222.00),
    (13, 'Stealth Hybrid',                   'clubs',       'TaylorMade',    229.00, 150.00),
    (14, 'i230 Irons (7-piece)',             'clubs',       'Ping',         1099.00, 760.00),
    (15, 'Vokey SM9 Wedge',                  'clubs',       'Titleist',      169.00, 108.00),
    (16, 'White Hot Putter',                 'clubs',       'Odyssey',       179.00, 112.00),
    (17, 'Newport Putter',                   'clubs',       'Scotty Cameron', 399.00, 270.00),
    (18, 'Club Logo Polo Shirt',             'apparel',     'Galvin Green',   39.99,  18.00),
    (19, 'Club Logo Quarter-Zip',            'apparel',     'Galvin Green',   54.99,  26.00),
    (20, 'Waterproof Jacket',                'apparel',     'Galvin Green',  149.00,  82.00),
    (21, 'Waterproof Trousers',              'apparel',     'Galvin Green',   99.00,  54.00),
    (22, 'Club Logo Cap',                    'apparel',     'Titleist',       19.99,   8.50),
    (23, 'Bobble Hat',                       'apparel',     'FootJoy',        14.99,   6.20),
    (24, 'Golf Socks (3 pairs)',             'apparel',     'FootJoy',        12.99,   5.10),
    (25, 'Pro/SL Shoes',                     'footwear',    'FootJoy',       149.00,  88.00),
    (26, 'Biom Shoes',                       'footwear',    'Ecco',          179.00, 105.00),
    (27, 'Codechaos Shoes',                  'footwear',    'Adidas',        129.00,  74.00),
    (28, 'Players 4 Stand Bag',              'bags',        'Titleist',      249.00, 160.00),
    (29, 'Hoofer Stand Bag',                 'bags',        'Ping',          229.00, 146.00),
    (30, 'Pro Series Cart Bag',              'bags',        'Motocaddy',     189.00, 118.00),
    (31, 'Wooden Tees (bag of 100)',         'accessories', 'Masters',         4.99,   1.60),
    (32, 'Pitch Mark Repairer',              'accessories', 'Masters',         6.99,   2.10),
    (33, 'Pro X3 Rangefinder',               'accessories', 'Bushnell',      299.00, 198.00),
    (34, 'Golf Umbrella',                    'accessories', 'Titleist',       29.99,  14.00),
    (35, 'Tri-Fold Towel',                   'accessories', 'Titleist',       12.99,   5.00),
    (36, 'Scorecard Holder',                 'accessories', 'Masters',         9.99,   3.40);

-- 1,800 pro shop sales; members pay 10% less than the list price, walk-in customers pay list.
-- The rangefinder and the scorecard holder have never sold.
INSERT INTO sale (id, productid, memberid, soldat, quantity, unitprice, amount, paymentmethod)
SELECT i, p.id, mid, st, q, up, q * up,
       CASE WHEN mid IS NOT NULL AND i % 4 = 1 THEN 'member account'
            WHEN i % 5 = 2 THEN 'cash' ELSE 'card' END
FROM (
    SELECT i, h,
           CASE WHEN h % 3 <> 0
                THEN (ARRAY[1,1,2,3,4,5,5,5,6,7,8,8,9,18,22,22,31,31,31,32,34,35])[1 + (h / 7) % 22]
                ELSE 1 + (h / 7) % 32 END AS pid,
           CASE WHEN i % 3 = 0 THEN NULL
                ELSE (SELECT m.id FROM member m
                      WHERE m.joindate <= date '2022-01-01' + (i * 1460) / 1800
                      ORDER BY m.id OFFSET (i * 29) % 200 LIMIT 1) END AS mid,
           timestamp '2022-01-01 08:00' + make_interval(days => (i * 1460) / 1800, mins => (i * 37) % 600) AS st
    FROM generate_series(1, 1800) AS i
    CROSS JOIN LATERAL (
        SELECT (((i::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer AS h
    ) AS hh
) AS s
JOIN product p ON p.id = s.pid
CROSS JOIN LATERAL (
    SELECT CASE WHEN p.category = 'balls' THEN 1 + (h / 5) % 3
                WHEN p.category IN ('clubs', 'bags', 'footwear') THEN 1
                ELSE 1 + (i % 5 = 0)::integer END AS q,
           CASE WHEN mid IS NOT NULL THEN round(p.price * 0.9, 2) ELSE p.price END AS up
) AS x;

INSERT INTO pro (id, firstname, lastname, title, hourlyrate, startdate) VALUES
    (1, 'Gareth', 'Holloway',  'Head Professional',      70.00, date '2009-03-01'),
    (2, 'Sophie', 'Lindqvist', 'Assistant Professional', 50.00, date '2016-05-16'),
    (3, 'Marcus', 'Bell',      'Assistant Professional', 45.00, date '2019-09-02'),
    (4, 'Jamie',  'Okafor',    'Trainee Professional',   30.00, date '2023-04-01');

-- Lessons, busier in spring and summer; the trainee teaches from April 2023; three in five
-- lessons go to forty keen members.
INSERT INTO lesson (id, proid, memberid, startsat, durationminutes, focus, fee, status)
SELECT i, pid, pm.id, sa, dur,
       (ARRAY['full swing','short game','putting','driving','bunker play','course management'])[1 + (i * 7) % 6],
       round(p.hourlyrate * dur / 60.0, 2),
       CASE WHEN h % 100 < 8 THEN 'cancelled' WHEN h % 100 < 12 THEN 'no-show' ELSE 'completed' END
FROM (
    SELECT i, sa, (((i::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer AS h,
           CASE WHEN i % 10 <= 2 THEN 1
                WHEN i % 10 <= 5 THEN 2
                WHEN i % 10 <= 8 THEN 3
                WHEN sa >= timestamp '2023-04-01' THEN 4
                ELSE 3 END AS pid,
           CASE WHEN i % 5 <= 1 THEN 60 WHEN i % 5 <= 3 THEN 30 ELSE 45 END AS dur
    FROM (
        SELECT row_number() OVER (ORDER BY j)::integer AS i, sa
        FROM generate_series(1, 1050) AS j
        CROSS JOIN LATERAL (
            SELECT timestamp '2022-01-04 09:00' + make_interval(days => (j * 1455) / 1050, hours => (j * 5) % 9) AS sa
        ) AS t
        WHERE ((((j)::bigint * 1103515245 + 12345) % 2147483648) / 65536)::integer % 10 < (ARRAY[4,4,7,9,9,8,8,8,7,6,5,4])[extract(month FROM sa)::integer]
    ) AS t
) AS l
JOIN pro p ON p.id = l.pid
CROSS JOIN LATERAL (
    SELECT m.id
    FROM member m JOIN membershipcategory mc ON mc.id = m.membershipcategoryid
    WHERE mc.playingrights AND m.joindate <= l.sa::date
    ORDER BY m.id
    OFFSET (CASE WHEN l.h % 5 < 3 THEN ((l.h / 5) % 40) * 7 ELSE l.i * 29 END) % (SELECT count(*) FROM member m2 JOIN membershipcategory mc2 ON mc2.id = m2.membershipcategoryid
                 WHERE mc2.playingrights AND m2.joindate <= l.sa::date)
    LIMIT 1
) AS pm;
