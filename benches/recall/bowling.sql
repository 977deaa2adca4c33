-- Strikezone Lanes & Bar: operational database (migrated from the old MySQL system).
-- 20 lanes rented out per session, either booked in advance or taken by walk-ins;
-- customers may hold a membership (bronze/silver/gold). Shoe hire is rung up per session.
-- Weekly leagues: each league has teams of four players who meet in weekly fixtures;
-- every player's three games per fixture are recorded in leaguescore.
-- The bar runs tabs (open/closed/voided) made of lines of bar items; staff work shifts.
-- Flags are smallint 0/1 (former tinyint(1)); money is in US dollars.

CREATE TABLE lane (
    laneid              integer PRIMARY KEY,
    laneno              integer NOT NULL UNIQUE,
    lanetype            varchar(20) NOT NULL,          -- family / standard / vip
    hourlyrate          numeric(8,2) NOT NULL,
    hasbumpers          smallint NOT NULL DEFAULT 0,
    isactive            smallint NOT NULL DEFAULT 1,
    lastresurfaceddate  date
);

CREATE TABLE customer (
    customerid      integer PRIMARY KEY,
    firstname       varchar(50) NOT NULL,
    lastname        varchar(50) NOT NULL,
    email           varchar(120),
    phone           varchar(20),
    city            varchar(50) NOT NULL,
    birthdate       date,
    signupdate      date NOT NULL,
    ismember        smallint NOT NULL DEFAULT 0,
    membershiptier  varchar(10),                       -- bronze / silver / gold, NULL for non-members
    membersince     date,
    marketingoptin  smallint NOT NULL DEFAULT 0
);

CREATE TABLE lanesession (
    lanesessionid    integer PRIMARY KEY,
    laneid           integer NOT NULL REFERENCES lane (laneid),
    customerid       integer REFERENCES customer (customerid),   -- NULL for walk-ins
    bookingtype      varchar(10) NOT NULL,                        -- booked / walkin
    bookingchannel   varchar(20),                                 -- phone / website / in person; NULL for walk-ins
    eventtype        varchar(30),                                 -- occasion for booked sessions
    bookeddatetime   timestamp NOT NULL,
    startdatetime    timestamp NOT NULL,
    durationminutes  integer NOT NULL,
    playercount      integer NOT NULL,
    gamesplayed      integer NOT NULL,
    totalamount      numeric(10,2) NOT NULL,
    status           varchar(12) NOT NULL,                        -- completed / cancelled / noshow
    ispaid           smallint NOT NULL DEFAULT 0,
    notes            varchar(255)
);

CREATE TABLE shoerental (
    shoerentalid    integer PRIMARY KEY,
    lanesessionid   integer NOT NULL REFERENCES lanesession (lanesessionid),
    rentaldatetime  timestamp NOT NULL,
    pairs           integer NOT NULL,
    feeperpair      numeric(6,2) NOT NULL,
    totalfee        numeric(8,2) NOT NULL,
    isreturned      smallint NOT NULL DEFAULT 1
);

CREATE TABLE league (
    leagueid    integer PRIMARY KEY,
    leaguename  varchar(60) NOT NULL UNIQUE,
    leaguetype  varchar(20) NOT NULL,      -- mixed / seniors / corporate / womens / scratch / youth
    dayofweek   varchar(10) NOT NULL,
    startdate   date NOT NULL,
    weekcount   integer NOT NULL,
    teamfee     numeric(8,2) NOT NULL,     -- season fee per team
    status      varchar(12) NOT NULL       -- completed / in progress
);

CREATE TABLE leagueteam (
    leagueteamid    integer PRIMARY KEY,
    leagueid        integer NOT NULL REFERENCES league (leagueid),
    teamname        varchar(60) NOT NULL,
    sponsorname     varchar(80),
    registereddate  date NOT NULL,
    feepaid         smallint NOT NULL DEFAULT 0
);

CREATE TABLE teamplayer (
    teamplayerid  integer PRIMARY KEY,
    leagueteamid  integer NOT NULL REFERENCES leagueteam (leagueteamid),
    customerid    integer NOT NULL REFERENCES customer (customerid),
    iscaptain     smallint NOT NULL DEFAULT 0,
    handicap      integer NOT NULL DEFAULT 0,
    joindate      date NOT NULL
);

CREATE TABLE fixture (
    fixtureid         integer PRIMARY KEY,
    leagueid          integer NOT NULL REFERENCES league (leagueid),
    weekno            integer NOT NULL,
    fixturedate       date NOT NULL,
    homeleagueteamid  integer NOT NULL REFERENCES leagueteam (leagueteamid),
    awayleagueteamid  integer NOT NULL REFERENCES leagueteam (leagueteamid),
    laneid            integer NOT NULL REFERENCES lane (laneid),   -- first lane of the pair
    status            varchar(12) NOT NULL                         -- played / postponed / scheduled
);

CREATE TABLE leaguescore (
    leaguescoreid  integer PRIMARY KEY,
    fixtureid      integer NOT NULL REFERENCES fixture (fixtureid),
    teamplayerid   integer NOT NULL REFERENCES teamplayer (teamplayerid),
    game1          integer NOT NULL,
    game2          integer NOT NULL,
    game3          integer NOT NULL
);

CREATE TABLE staff (
    staffid     integer PRIMARY KEY,
    firstname   varchar(50) NOT NULL,
    lastname    varchar(50) NOT NULL,
    jobrole     varchar(20) NOT NULL,      -- manager / bartender / front desk / mechanic / cook
    hourlyrate  numeric(6,2) NOT NULL,
    hiredate    date NOT NULL,
    enddate     date,
    isactive    smallint NOT NULL DEFAULT 1
);

CREATE TABLE staffshift (
    staffshiftid   integer PRIMARY KEY,
    staffid        integer NOT NULL REFERENCES staff (staffid),
    shiftdate      date NOT NULL,
    shifttype      varchar(10) NOT NULL,   -- opening / afternoon / closing
    startdatetime  timestamp NOT NULL,
    enddatetime    timestamp NOT NULL
);

CREATE TABLE baritem (
    baritemid    integer PRIMARY KEY,
    itemname     varchar(60) NOT NULL,
    category     varchar(20) NOT NULL,     -- draught beer / bottled beer / wine / spirits / soft drinks / food / snacks
    unitprice    numeric(6,2) NOT NULL,
    isalcoholic  smallint NOT NULL DEFAULT 0,
    isavailable  smallint NOT NULL DEFAULT 1,
    dateadded    date NOT NULL
);

CREATE TABLE bartab (
    bartabid         integer PRIMARY KEY,
    customerid       integer REFERENCES customer (customerid),   -- NULL when the guest is not on file
    laneid           integer REFERENCES lane (laneid),           -- NULL when served at the counter
    staffid          integer NOT NULL REFERENCES staff (staffid), -- bartender who opened the tab
    openeddatetime   timestamp NOT NULL,
    closeddatetime   timestamp,
    status           varchar(10) NOT NULL,                        -- open / closed / voided
    paymentmethod    varchar(15),                                 -- card / cash / contactless
    tipamount        numeric(8,2) NOT NULL DEFAULT 0
);

CREATE TABLE bartabline (
    bartablineid  integer PRIMARY KEY,
    bartabid      integer NOT NULL REFERENCES bartab (bartabid),
    baritemid     integer NOT NULL REFERENCES baritem (baritemid),
    quantity      integer NOT NULL,
    unitprice     numeric(6,2) NOT NULL
);

-- ---------------------------------------------------------------- lanes
INSERT INTO lane (laneid, laneno, lanetype, hourlyrate, hasbumpers, isactive, lastresurfaceddate)
SELECT i, i,
       CASE WHEN i <= 4 THEN 'family' WHEN i >= 17 THEN 'vip' ELSE 'standard' END,
       CASE WHEN i <= 4 THEN 28.00 WHEN i >= 17 THEN 48.00 ELSE 34.00 END,
       CASE WHEN i <= 4 THEN 1 ELSE 0 END,
       CASE WHEN i IN (14, 20) THEN 0 ELSE 1 END,
       date '2022-02-01' + ((i * 97) % 1200)
FROM generate_series(1, 20) AS i;

-- ---------------------------------------------------------------- customers
INSERT INTO customer (customerid, firstname, lastname, email, phone, city, birthdate, signupdate,
                      ismember, membershiptier, membersince, marketingoptin)
SELECT i, fn, ln,
       CASE WHEN i % 19 = 0 THEN NULL ELSE lower(fn) || '.' || lower(ln) || i || '@example.com' END,
       '555-' || lpad(((i * 7331) % 10000)::text, 4, '0'),
       (ARRAY['Springfield','Riverton','Springfield','Oakdale','Springfield','Riverton','Shelbyville',
              'Springfield','Maple Grove','Riverton','Oakdale','Springfield','Fairview'])[1 + (i * 7) % 13],
       date '1955-01-01' + ((i * 397) % 18000),
       sd,
       CASE WHEN i % 3 = 0 OR i % 7 = 0 THEN 1 ELSE 0 END,
       CASE WHEN i % 3 = 0 OR i % 7 = 0 THEN (ARRAY['bronze','silver','bronze','gold','bronze','silver'])[1 + (i / 3) % 6] END,
       CASE WHEN i % 3 = 0 OR i % 7 = 0 THEN
            CASE WHEN sd + ((i * 11) % 200) > date '2025-06-30' THEN sd ELSE sd + ((i * 11) % 200) END END,
       CASE WHEN i % 4 = 1 THEN 0 ELSE 1 END
FROM (
    SELECT i,
           (ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
                  'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Chris','Karen',
                  'Daniel','Lisa','Matthew','Nancy','Anthony','Betty','Mark','Sandra','Steven','Ashley',
                  'Paul','Kimberly','Andrew','Emily','Joshua','Donna','Kevin','Michelle','Brian','Carol'])[1 + i % 40] AS fn,
           (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                  'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
                  'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson','Walker'])[1 + i % 31] AS ln,
           date '2022-01-01' + ((i * 53) % 1260) AS sd
    FROM generate_series(1, 300) AS i
) c;

-- ---------------------------------------------------------------- lane sessions (booked and walk-in)
INSERT INTO lanesession (lanesessionid, laneid, customerid, bookingtype, bookingchannel, eventtype,
                         bookeddatetime, startdatetime, durationminutes, playercount, gamesplayed,
                         totalamount, status, ispaid, notes)
SELECT row_number() OVER (ORDER BY s.startdatetime, s.i),
       s.laneid, s.customerid, s.bookingtype, s.bookingchannel, s.eventtype,
       CASE WHEN s.bookingtype = 'booked'
            THEN s.startdatetime - make_interval(days => (s.i * 3) % 21 + 1, hours => s.i % 5)
            ELSE s.startdatetime END,
       s.startdatetime, s.durationminutes, s.playercount,
       greatest(1, s.durationminutes / 30 - s.i % 3),
       round(l.hourlyrate * s.durationminutes / 60.0
             * (ARRAY[0.90, 0.95, 1.00, 1.05])[extract(year FROM s.startdatetime)::int - 2021], 2),
       s.status,
       CASE WHEN s.status = 'completed' THEN 1 ELSE 0 END,
       CASE WHEN s.i % 29 = 0 THEN 'Birthday cake brought in'
            WHEN s.i % 31 = 0 THEN 'Asked for bumpers'
            WHEN s.i % 37 = 0 THEN 'Requested a lane near the bar' END
FROM (
    SELECT i,
           (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,
                  9,9,9,10,10,5,6,7,8,11,12,1,2,17,18,3,4,15,16,13])[1 + (i * 17 + i / 40) % 40] AS laneid,
           CASE WHEN i % 5 < 3 THEN
                CASE WHEN i % 13 = 0 THEN (ARRAY[3,3,3,3,6,6,6,1,1,5,2,4,7,3,6,1])[1 + (i / 13) % 16]
                     ELSE 1 + (i * 37) % 271 END
           END AS customerid,
           CASE WHEN i % 5 < 3 THEN 'booked' ELSE 'walkin' END AS bookingtype,
           CASE WHEN i % 5 < 3 THEN (ARRAY['phone','website','website','in person'])[1 + i % 4] END AS bookingchannel,
           CASE WHEN i % 5 < 3 THEN (ARRAY['casual','birthday party','casual','corporate','casual',
                                           'school group','birthday party','casual','league practice'])[1 + (i * 7 + i / 9) % 9] END AS eventtype,
           d + make_interval(hours => 10 + (i * 5) % 13, mins => 30 * (i % 2))
             -- quieter summers: part of the June/July trade moves to the winter season
             + CASE WHEN extract(month FROM d) IN (6, 7) AND d < date '2025-01-01' AND i % 3 = 0
                    THEN interval '150 days' ELSE interval '0' END AS startdatetime,
           (ARRAY[60, 60, 90, 120, 60, 90])[1 + (i * 11) % 6] AS durationminutes,
           (ARRAY[2, 4, 3, 2, 5, 4, 6, 2, 3, 1, 4, 3])[1 + (i * 7) % 12] AS playercount,
           CASE WHEN i % 5 >= 3 THEN 'completed'
                WHEN i % 17 = 0 THEN 'cancelled'
                WHEN i % 19 = 0 THEN 'noshow'
                ELSE 'completed' END AS status
    FROM (SELECT i, timestamp '2022-01-22 00:00'
                      + make_interval(days => floor(1255 * (0.4 * x + 0.6 * sqrt(x)))::int) AS d
          FROM (SELECT i, ((i * 7919) % 1000) / 1000.0 AS x FROM generate_series(1, 1000) AS i) x0) g
) s
JOIN lane l ON l.laneid = s.laneid;

-- ---------------------------------------------------------------- shoe hire
INSERT INTO shoerental (shoerentalid, lanesessionid, rentaldatetime, pairs, feeperpair, totalfee, isreturned)
SELECT row_number() OVER (ORDER BY ls.lanesessionid),
       ls.lanesessionid, ls.startdatetime,
       greatest(1, ls.playercount - ls.lanesessionid % 3),
       CASE WHEN ls.startdatetime < '2024-01-01' THEN 3.50 ELSE 4.00 END,
       greatest(1, ls.playercount - ls.lanesessionid % 3)
         * CASE WHEN ls.startdatetime < '2024-01-01' THEN 3.50 ELSE 4.00 END,
       CASE WHEN ls.lanesessionid % 41 = 0 THEN 0 ELSE 1 END
FROM lanesession ls
WHERE ls.status = 'completed' AND ls.lanesessionid % 4 <> 1;

-- ---------------------------------------------------------------- leagues
INSERT INTO league (leagueid, leaguename, leaguetype, dayofweek, startdate, weekcount, teamfee, status) VALUES
 (1, 'Monday Night Mixed',      'mixed',     'Monday',    '2023-09-11', 12, 240.00, 'completed'),
 (2, 'Tuesday Seniors',         'seniors',   'Tuesday',   '2023-09-12', 10, 180.00, 'completed'),
 (3, 'Wednesday Corporate Cup', 'corporate', 'Wednesday', '2024-01-10', 10, 320.00, 'completed'),
 (4, 'Thursday Ladies',         'womens',    'Thursday',  '2024-09-05', 12, 200.00, 'completed'),
 (5, 'Friday Scratch',          'scratch',   'Friday',    '2024-02-02',  9, 260.00, 'completed'),
 (6, 'Saturday Youth',          'youth',     'Saturday',  '2025-05-03', 12, 120.00, 'in progress');

INSERT INTO leagueteam (leagueteamid, leagueid, teamname, sponsorname, registereddate, feepaid)
SELECT t.id, t.leagueid, t.teamname, t.sponsorname,
       l.startdate - (7 + (t.id * 5) % 15),
       CASE WHEN t.id IN (6, 27, 35, 37) THEN 0 ELSE 1 END
FROM (VALUES
 ( 1, 1, 'Pin Pals',            'Joe''s Hardware'),
 ( 2, 1, 'Split Happens',        NULL),
 ( 3, 1, 'Gutter Gang',          'Riverton Pizza'),
 ( 4, 1, 'Lucky Strikes',        NULL),
 ( 5, 1, 'Spare Me',             'Oakdale Auto Body'),
 ( 6, 1, 'Alley Cats',           NULL),
 ( 7, 1, 'Ten Pin Wizards',      'Wizard Print Shop'),
 ( 8, 1, 'The Rollers',          NULL),
 ( 9, 2, 'Golden Oldies',        'Sunrise Pharmacy'),
 (10, 2, 'Silver Streaks',       NULL),
 (11, 2, 'Early Birds',          'Early Bird Diner'),
 (12, 2, 'Steady Eddies',        NULL),
 (13, 2, 'Grand Slammers',       NULL),
 (14, 2, 'Hook Line and Sinker', 'Bait and Tackle Co'),
 (15, 3, 'Acme Accountants',     'Acme Accounting LLP'),
 (16, 3, 'Riverton Dental',      'Riverton Dental Group'),
 (17, 3, 'Springfield Power',    'Springfield Power & Light'),
 (18, 3, 'Oakdale Realty',       'Oakdale Realty'),
 (19, 3, 'Maple Grove IT',       'Maple Grove IT Services'),
 (20, 3, 'Shelby Logistics',     'Shelby Logistics'),
 (21, 3, 'Fairview Legal',       'Fairview Legal'),
 (22, 3, 'Metro Bank',           'Metro Bank'),
 (23, 4, 'Strike Queens',        NULL),
 (24, 4, 'Pinderellas',          'Glass Slipper Salon'),
 (25, 4, 'Bowl Sisters',         NULL),
 (26, 4, 'Lady Luck',            'Lucky Nail Bar'),
 (27, 4, 'Spare Parts',          'Spare Parts Garage'),
 (28, 4, 'The Splitters',        NULL),
 (29, 5, 'Kingpins',             'Kingpin Brewing'),
 (30, 5, 'Perfect Game',         NULL),
 (31, 5, 'Heavy Hitters',        'Iron Works Gym'),
 (32, 5, 'Strike Force',         NULL),
 (33, 6, 'Junior Jets',          NULL),
 (34, 6, 'Little Strikers',      'Springfield Elementary PTA'),
 (35, 6, 'Bumper Bunch',         NULL),
 (36, 6, 'Rolling Thunder',      'Thunder Music School'),
 (37, 6, 'Pin Busters',          NULL),
 (38, 6, 'Young Guns',           'Riverton Scouts')
) AS t (id, leagueid, teamname, sponsorname)
JOIN league l ON l.leagueid = t.leagueid;

-- four players per team; some bowlers play in two leagues
INSERT INTO teamplayer (teamplayerid, leagueteamid, customerid, iscaptain, handicap, joindate)
SELECT k + 1, lt.leagueteamid, 1 + (k * 7) % 120,
       CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END,
       (k * 13) % 41,
       lt.registereddate + (k % 4)
FROM generate_series(0, 151) AS k
JOIN leagueteam lt ON lt.leagueteamid = 1 + k / 4;

-- round-robin fixtures (circle method), one fixture per pair of teams per week
INSERT INTO fixture (fixtureid, leagueid, weekno, fixturedate, homeleagueteamid, awayleagueteamid, laneid, status)
WITH t AS (
    SELECT leagueteamid, leagueid,
           row_number() OVER (PARTITION BY leagueid ORDER BY leagueteamid) - 1 AS idx,
           count(*) OVER (PARTITION BY leagueid) AS n
    FROM leagueteam
), m AS (
    SELECT l.leagueid, w.weekno, l.startdate + 7 * (w.weekno - 1) AS fixturedate,
           a.idx AS aidx, a.leagueteamid AS ateam, b.leagueteamid AS bteam
    FROM league l
    CROSS JOIN LATERAL generate_series(1, l.weekcount) AS w (weekno)
    JOIN t a ON a.leagueid = l.leagueid
    JOIN t b ON b.leagueid = l.leagueid AND a.idx < b.idx
    WHERE CASE WHEN b.idx = b.n - 1 THEN (2 * a.idx) % (a.n - 1) = (w.weekno - 1) % (a.n - 1)
               ELSE (a.idx + b.idx) % (a.n - 1) = (w.weekno - 1) % (a.n - 1) END
)
SELECT row_number() OVER (ORDER BY fixturedate, leagueid, aidx),
       leagueid, weekno, fixturedate,
       CASE WHEN weekno % 2 = 0 THEN bteam ELSE ateam END,
       CASE WHEN weekno % 2 = 0 THEN ateam ELSE bteam END,
       1 + 2 * aidx,
       CASE WHEN fixturedate > date '2025-06-30' THEN 'scheduled'
            WHEN (leagueid = 2 AND weekno = 6 AND aidx = 0)
              OR (leagueid = 4 AND weekno = 3 AND aidx = 1)
              OR (leagueid = 1 AND weekno = 9 AND aidx = 2) THEN 'postponed'
            ELSE 'played' END
FROM m;

-- three games per player per played fixture (a few absences)
INSERT INTO leaguescore (leaguescoreid, fixtureid, teamplayerid, game1, game2, game3)
SELECT row_number() OVER (ORDER BY f.fixtureid, tp.teamplayerid),
       f.fixtureid, tp.teamplayerid,
       least(300, 105 + (tp.teamplayerid * 37) % 97 + (f.fixtureid * 13 + tp.teamplayerid * 7 + 29) % 53 - 20),
       least(300, 105 + (tp.teamplayerid * 37) % 97 + (f.fixtureid * 11 + tp.teamplayerid * 5 + 58) % 57 - 22
                  + CASE WHEN (f.fixtureid * 7 + tp.teamplayerid) % 31 = 0 THEN 55 ELSE 0 END),
       least(300, 105 + (tp.teamplayerid * 37) % 97 + (f.fixtureid * 17 + tp.teamplayerid * 3 + 87) % 61 - 24)
FROM fixture f
JOIN teamplayer tp ON tp.leagueteamid IN (f.homeleagueteamid, f.awayleagueteamid)
WHERE f.status = 'played'
  AND (f.fixtureid * 3 + tp.teamplayerid) % 17 <> 0;

-- ---------------------------------------------------------------- staff and shifts
INSERT INTO staff (staffid, firstname, lastname, jobrole, hourlyrate, hiredate, enddate, isactive) VALUES
 ( 1, 'Dana',   'Whitfield', 'manager',    32.00, '2022-01-10', NULL,         1),
 ( 2, 'Marcus', 'Bell',      'manager',    26.50, '2022-03-01', NULL,         1),
 ( 3, 'Priya',  'Natarajan', 'bartender',  17.25, '2022-02-14', NULL,         1),
 ( 4, 'Tom',    'Keller',    'bartender',  16.50, '2022-05-02', NULL,         1),
 ( 5, 'Jess',   'Alvarez',   'bartender',  16.00, '2023-01-09', NULL,         1),
 ( 6, 'Owen',   'Price',     'bartender',  15.75, '2023-06-19', '2024-08-31', 0),
 ( 7, 'Kayla',  'Brooks',    'bartender',  16.25, '2024-02-05', NULL,         1),
 ( 8, 'Liam',   'O''Connor', 'front desk', 15.00, '2022-01-10', NULL,         1),
 ( 9, 'Sofia',  'Rossi',     'front desk', 15.25, '2022-09-12', NULL,         1),
 (10, 'Ethan',  'Park',      'front desk', 14.75, '2023-04-03', NULL,         1),
 (11, 'Grace',  'Turner',    'front desk', 14.50, '2024-05-20', NULL,         1),
 (12, 'Victor', 'Mendes',    'mechanic',   24.00, '2022-01-10', NULL,         1),
 (13, 'Hank',   'Dawson',    'mechanic',   22.50, '2023-02-13', '2025-01-31', 0),
 (14, 'Rosa',   'Jimenez',   'cook',       18.00, '2022-04-04', NULL,         1),
 (15, 'Ben',    'Carter',    'cook',       17.00, '2023-08-28', NULL,         1),
 (16, 'Mia',    'Chen',      'cook',       16.75, '2024-09-09', NULL,         1),
 (17, 'Noah',   'Fischer',   'front desk', 14.50, '2022-06-06', '2023-12-22', 0),
 (18, 'Ava',    'Lindqvist', 'bartender',  16.75, '2025-02-03', NULL,         1);

INSERT INTO staffshift (staffshiftid, staffid, shiftdate, shifttype, startdatetime, enddatetime)
SELECT row_number() OVER (ORDER BY d.shiftdate, d.i),
       d.staffids[1 + (d.i * 37 + d.i / 11) % cardinality(d.staffids)],
       d.shiftdate,
       (ARRAY['opening','afternoon','closing'])[1 + d.i % 3],
       d.shiftdate + make_interval(hours => (ARRAY[10, 15, 18])[1 + d.i % 3]),
       d.shiftdate + make_interval(hours => (ARRAY[10, 15, 18])[1 + d.i % 3])
                   + make_interval(mins => (ARRAY[360, 480, 300, 420, 480, 390, 240])[1 + (d.i * 3) % 7])
FROM (
    SELECT g.i, g.shiftdate,
           (SELECT array_agg(s.staffid ORDER BY s.staffid) FROM staff s
             WHERE s.hiredate <= g.shiftdate AND (s.enddate IS NULL OR s.enddate >= g.shiftdate)) AS staffids
    FROM (SELECT i, date '2023-01-01' + ((i * 409) % 912) AS shiftdate
          FROM generate_series(1, 650) AS i) g
) d;

-- ---------------------------------------------------------------- bar
INSERT INTO baritem (baritemid, itemname, category, unitprice, isalcoholic, isavailable, dateadded) VALUES
 ( 1, 'House Lager',            'draught beer',  5.50, 1, 1, '2022-01-01'),
 ( 2, 'Hazy IPA',               'draught beer',  6.50, 1, 1, '2022-01-01'),
 ( 3, 'Irish Stout',            'draught beer',  6.00, 1, 1, '2022-01-01'),
 ( 4, 'Apple Cider',            'draught beer',  6.25, 1, 1, '2022-01-01'),
 ( 5, 'Light Beer Bottle',      'bottled beer',  5.00, 1, 1, '2022-01-01'),
 ( 6, 'Imported Pilsner Bottle','bottled beer',  6.75, 1, 0, '2022-01-01'),
 ( 7, 'House Red',              'wine',          7.50, 1, 1, '2022-01-01'),
 ( 8, 'House White',            'wine',          7.25, 1, 1, '2022-01-01'),
 ( 9, 'Prosecco',               'wine',          8.50, 1, 1, '2022-06-01'),
 (10, 'Whiskey Shot',           'spirits',       7.00, 1, 1, '2022-01-01'),
 (11, 'Vodka Soda',             'spirits',       8.00, 1, 1, '2022-01-01'),
 (12, 'Rum and Cola',           'spirits',       8.25, 1, 1, '2022-01-01'),
 (13, 'Cola',                   'soft drinks',   2.75, 0, 1, '2022-01-01'),
 (14, 'Lemonade',               'soft drinks',   2.95, 0, 1, '2022-01-01'),
 (15, 'Orange Juice',           'soft drinks',   3.25, 0, 0, '2022-01-01'),
 (16, 'Bottled Water',          'soft drinks',   2.00, 0, 1, '2022-01-01'),
 (17, 'Cheeseburger',           'food',         11.50, 0, 1, '2022-01-01'),
 (18, 'Chicken Wings',          'food',         12.25, 0, 1, '2022-01-01'),
 (19, 'Loaded Nachos',          'food',         10.50, 0, 1, '2022-03-15'),
 (20, 'Pepperoni Pizza',        'food',         14.00, 0, 1, '2022-01-01'),
 (21, 'Fries',                  'snacks',        4.50, 0, 1, '2022-01-01'),
 (22, 'Pretzel Bites',          'snacks',        5.25, 0, 1, '2022-09-01'),
 (23, 'Mozzarella Sticks',      'snacks',        6.50, 0, 1, '2025-06-20'),
 (24, 'Espresso Martini',       'spirits',       9.50, 1, 1, '2025-06-20');

INSERT INTO bartab (bartabid, customerid, laneid, staffid, openeddatetime, closeddatetime, status, paymentmethod, tipamount)
SELECT row_number() OVER (ORDER BY b.openeddatetime, b.i),
       b.customerid, b.laneid,
       b.bartenders[1 + (b.i * 37 + b.i / 11) % cardinality(b.bartenders)],
       b.openeddatetime,
       CASE WHEN b.status <> 'open' THEN b.openeddatetime + make_interval(mins => 25 + (b.i * 17) % 160) END,
       b.status,
       CASE WHEN b.status = 'closed' THEN (ARRAY['card','card','cash','contactless','card','contactless','cash'])[1 + (b.i * 5) % 7] END,
       CASE WHEN b.status = 'closed' THEN ((b.i * 7) % 13) * 0.50 ELSE 0 END
FROM (
    SELECT o.*,
           CASE WHEN o.openeddatetime >= timestamp '2025-06-27' THEN 'open'
                WHEN o.i % 43 = 0 THEN 'voided'
                ELSE 'closed' END AS status,
           (SELECT array_agg(s.staffid ORDER BY s.staffid) FROM staff s
             WHERE s.jobrole = 'bartender' AND s.hiredate <= o.openeddatetime::date
               AND (s.enddate IS NULL OR s.enddate >= o.openeddatetime::date)) AS bartenders
    FROM (
        SELECT i,
               CASE WHEN i % 3 = 0 THEN NULL ELSE 1 + (i * 53) % 283 END AS customerid,
               CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + (i * 11) % 20 END AS laneid,
               timestamp '2023-01-01 00:00'
                 + make_interval(days => floor(911 * (0.5 * x + 0.5 * sqrt(x)))::int,
                                 hours => 12 + (i * 7) % 11, mins => (i * 13) % 60) AS openeddatetime
        FROM (SELECT i, ((i * 613) % 650) / 650.0 AS x FROM generate_series(1, 650) AS i) g
    ) o
) b;

INSERT INTO bartabline (bartablineid, bartabid, baritemid, quantity, unitprice)
SELECT row_number() OVER (ORDER BY t.bartabid, n.lineno),
       t.bartabid, it.baritemid,
       1 + (t.bartabid * 3 + n.lineno * 5) % 4,
       it.unitprice
FROM bartab t
CROSS JOIN LATERAL generate_series(1, 1 + (t.bartabid * 5) % 4) AS n (lineno)
JOIN baritem it ON it.baritemid =
     (ARRAY[1,1,1,1,2,2,3,13,13,17,21,1,2,4,18,19,13,14,21,5,
            7,8,10,11,12,16,20,22,9,3,6,15,1,2,17,13,21,18,4,7])[1 + ((t.bartabid * 4 + n.lineno) * 23 + (t.bartabid * 4 + n.lineno) / 40) % 40];
