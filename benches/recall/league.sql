-- Operational data of the West Riding Amateur Football League: clubs, teams, players,
-- registrations, fixtures with results, goals, injuries and gate receipts, 2022-2024.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE venues (
    id               integer PRIMARY KEY,
    name             text NOT NULL,
    city             text NOT NULL,
    address          text,
    capacity         integer NOT NULL,
    surface          text NOT NULL,
    has_floodlights  boolean NOT NULL,
    hire_fee         numeric(7,2) NOT NULL
);
CREATE TABLE clubs (
    id               integer PRIMARY KEY,
    name             text NOT NULL,
    city             text NOT NULL,
    founded_year     integer NOT NULL,
    home_venue_id    integer REFERENCES venues,
    email            varchar(120),
    phone            varchar(20),
    joined_league_on date NOT NULL,
    is_active        boolean NOT NULL
);
CREATE TABLE seasons (
    id               integer PRIMARY KEY,
    name             varchar(20) NOT NULL,
    start_date       date NOT NULL,
    end_date         date NOT NULL,
    is_current       boolean NOT NULL
);
CREATE TABLE coaches (
    id                 integer PRIMARY KEY,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    club_id            integer NOT NULL REFERENCES clubs,
    license_level      text NOT NULL,
    email              varchar(120),
    phone              varchar(20),
    hired_on           date NOT NULL,
    monthly_allowance  numeric(8,2)
);
CREATE TABLE teams (
    id          integer PRIMARY KEY,
    club_id     integer NOT NULL REFERENCES clubs,
    coach_id    integer REFERENCES coaches,
    name        text NOT NULL,
    age_group   text NOT NULL,
    gender      text NOT NULL,
    kit_colour  text
);
CREATE TABLE players (
    id           integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    birth_date   date NOT NULL,
    gender       text NOT NULL,
    position     text NOT NULL,
    city         text NOT NULL,
    email        varchar(120),
    phone        varchar(20),
    created_at   timestamptz NOT NULL
);
CREATE TABLE registrations (
    id              integer PRIMARY KEY,
    player_id       integer NOT NULL REFERENCES players,
    team_id         integer NOT NULL REFERENCES teams,
    season_id       integer NOT NULL REFERENCES seasons,
    registered_on   date NOT NULL,
    fee             numeric(7,2) NOT NULL,
    payment_status  text NOT NULL,
    paid_on         date,
    shirt_number    integer
);
CREATE TABLE referees (
    id           integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    grade        text NOT NULL,
    city         text NOT NULL,
    phone        varchar(20),
    match_fee    numeric(6,2) NOT NULL,
    joined_on    date NOT NULL,
    is_active    boolean NOT NULL
);
CREATE TABLE matches (
    id            integer PRIMARY KEY,
    season_id     integer NOT NULL REFERENCES seasons,
    home_team_id  integer NOT NULL REFERENCES teams,
    away_team_id  integer NOT NULL REFERENCES teams,
    venue_id      integer NOT NULL REFERENCES venues,
    referee_id    integer REFERENCES referees,
    competition   text NOT NULL,
    kickoff_at    timestamp NOT NULL,
    status        text NOT NULL,
    home_score    integer,
    away_score    integer,
    attendance    integer,
    created_at    timestamptz NOT NULL
);
CREATE TABLE goals (
    id           integer PRIMARY KEY,
    match_id     integer NOT NULL REFERENCES matches,
    player_id    integer NOT NULL REFERENCES players,
    team_id      integer NOT NULL REFERENCES teams,
    minute       integer NOT NULL,
    goal_type    text NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE TABLE injuries (
    id              integer PRIMARY KEY,
    player_id       integer NOT NULL REFERENCES players,
    match_id        integer REFERENCES matches,
    injury_type     text NOT NULL,
    severity        text NOT NULL,
    injured_on      date NOT NULL,
    returned_on     date,
    treatment_cost  numeric(8,2),
    reported_at     timestamptz NOT NULL
);
CREATE TABLE ticket_sales (
    id              integer PRIMARY KEY,
    match_id        integer NOT NULL REFERENCES matches,
    ticket_type     text NOT NULL,
    quantity        integer NOT NULL,
    unit_price      numeric(6,2) NOT NULL,
    amount          numeric(8,2) NOT NULL,
    payment_method  text NOT NULL,
    sold_at         timestamptz NOT NULL,
    is_refunded     boolean NOT NULL
);

INSERT INTO venues VALUES
 (1,  'Kirkstall Lane Playing Fields', 'Leeds',        '12 Kirkstall Lane',       450, 'grass',         true,  120.00),
 (2,  'Weetwood Sports Park',          'Leeds',        '4 Otley Road',            800, '3G artificial', true,  180.00),
 (3,  'Clifton Moor Ground',           'York',         '1 Clifton Moor Gate',     600, 'grass',         true,  140.00),
 (4,  'Acomb Recreation Ground',       'York',         'Front Street',            300, 'grass',         false,  80.00),
 (5,  'Manningham Park',               'Bradford',     '88 Oak Lane',             500, 'grass',         false,  90.00),
 (6,  'Shipley Community Stadium',     'Bradford',     'Valley Road',            1200, 'hybrid',        true,  250.00),
 (7,  'Knaresborough Sports Centre',   'Harrogate',    '21 Stockwell Lane',       400, '3G artificial', true,  160.00),
 (8,  'Pannal Green',                  'Harrogate',    NULL,                      250, 'grass',         false,  70.00),
 (9,  'Sandal Athletic Ground',        'Wakefield',    '7 Barnsley Road',         700, 'grass',         true,  130.00),
 (10, 'Lindley Moor Fields',           'Huddersfield', 'Lindley Moor Road',       550, 'grass',         true,  110.00),
 (11, 'The Shay Training Pitches',     'Halifax',      'Shaw Hill',               350, '3G artificial', true,  170.00),
 (12, 'Hillsborough Park Pitches',     'Sheffield',    'Middlewood Road',         650, 'grass',         false, 100.00),
 (13, 'Crookes Valley Ground',         'Sheffield',    '3 Crookes Valley Road',   300, 'hybrid',        true,  150.00),
 (14, 'Ilkley Lido Fields',            'Ilkley',       'Denton Road',             200, 'grass',         false,  60.00);

INSERT INTO clubs VALUES
 (1,  'Kirkstall Athletic',    'Leeds',        1921, 1,  'secretary@kirkstallathletic.co.uk', '0113 496 0101', '2015-06-01', true),
 (2,  'Headingley Rovers',     'Leeds',        1964, 2,  'info@headingleyrovers.org',         '0113 496 0172', '2015-06-01', true),
 (3,  'Clifton Rangers',       'York',         1948, 3,  'clubsec@cliftonrangers.co.uk',      NULL,            '2016-05-20', true),
 (4,  'Acomb United',          'York',         1977, 4,  'acombunited@gmail.com',             '01904 496 233', '2015-06-01', true),
 (5,  'Manningham FC',         'Bradford',     1989, 5,  NULL,                                '01274 496 118', '2017-07-01', true),
 (6,  'Shipley Town',          'Bradford',     1903, 6,  'office@shipleytownfc.co.uk',        '01274 496 950', '2015-06-01', true),
 (7,  'Knaresborough Celtic',  'Harrogate',    1955, 7,  'hello@knaresboroughceltic.com',     '01423 496 404', '2018-06-15', true),
 (8,  'Pannal Sports',         'Harrogate',    2001, 8,  'pannalsports@outlook.com',          NULL,            '2019-06-01', true),
 (9,  'Sandal Wanderers',      'Wakefield',    1932, 9,  'sandalwanderers@gmail.com',         '01924 496 327', '2015-06-01', true),
 (10, 'Horbury Juniors',       'Wakefield',    1996, 9,  'contact@horburyjuniors.org',        '01924 496 845', '2020-05-30', true),
 (11, 'Lindley Athletic',      'Huddersfield', 1911, 10, 'lindleyathletic@btinternet.com',    '01484 496 561', '2015-06-01', true),
 (12, 'Marsden Villa',         'Huddersfield', 1970, 10, NULL,                                '01484 496 902', '2016-05-20', true),
 (13, 'Sowerby Bridge FC',     'Halifax',      1926, 11, 'secretary@sowerbybridgefc.co.uk',   '01422 496 700', '2015-06-01', true),
 (14, 'Hillsborough Harriers', 'Sheffield',    1985, 12, 'harriers@hillsboroughfc.co.uk',     '0114 496 0455', '2017-07-01', true),
 (15, 'Crookes Albion',        'Sheffield',    1958, 13, 'info@crookesalbion.com',            '0114 496 0388', '2018-06-15', true),
 (16, 'Ilkley Town',           'Ilkley',       1999, 14, 'ilkleytown@gmail.com',              NULL,            '2021-06-01', true),
 (17, 'Bramley Phoenix',       'Leeds',        2005, NULL, NULL,                              '0113 496 0999', '2015-06-01', false),
 (18, 'Tadcaster Wheelers',    'York',         1981, NULL, 'tadwheelers@yahoo.co.uk',         NULL,            '2016-05-20', false);

INSERT INTO seasons VALUES
 (1, '2022', '2022-03-05', '2022-11-26', false),
 (2, '2023', '2023-03-04', '2023-11-25', false),
 (3, '2024', '2024-03-02', '2024-11-30', true);

INSERT INTO coaches
SELECT g,
       (ARRAY['Mark','Paul','Steve','Gary','Lee','Darren','Sarah','Claire','Neil','Andy','Rachel','Tom','Ian','Emma','Chris','Dave','Helen','Matt'])[(g * 7) % 18 + 1],
       (ARRAY['Hargreaves','Sutcliffe','Booth','Holroyd','Firth','Pickles','Barraclough','Ackroyd','Crowther','Haigh','Lumb','Brook','Greenwood','Shaw'])[(g * 5) % 14 + 1],
       CASE WHEN g <= 16 THEN g
            WHEN g <= 26 THEN g - 16
            WHEN g <= 34 THEN (ARRAY[1,2,3,6,9,11,13,14])[g - 26]
            ELSE (g * 3) % 16 + 1 END,
       (ARRAY['FA Level 1','FA Level 2','UEFA C','UEFA B','FA Level 1'])[g % 5 + 1],
       CASE WHEN g % 6 = 0 THEN NULL ELSE 'coach' || g || '@wraflcoaches.org.uk' END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE '07700 9' || lpad((g * 137 % 100000)::text, 5, '0') END,
       date '2014-08-01' + (g * 97) % 3000,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 100 + (g * 35) % 400 END
FROM generate_series(1, 38) g;

INSERT INTO teams
SELECT t,
       CASE WHEN t <= 16 THEN t WHEN t <= 26 THEN t - 16 ELSE (ARRAY[1,2,3,6,9,11,13,14])[t - 26] END,
       CASE WHEN t % 11 = 0 THEN NULL ELSE t END,
       (SELECT c.name FROM clubs c WHERE c.id = CASE WHEN t <= 16 THEN t WHEN t <= 26 THEN t - 16 ELSE (ARRAY[1,2,3,6,9,11,13,14])[t - 26] END)
         || CASE WHEN t <= 16 THEN ' First XI' WHEN t <= 26 THEN ' Ladies' ELSE ' Under 18s' END,
       CASE WHEN t <= 26 THEN 'Senior' ELSE 'Under 18' END,
       CASE WHEN t <= 16 OR t > 26 THEN 'men' ELSE 'women' END,
       CASE WHEN t % 9 = 0 THEN NULL ELSE (ARRAY['red','blue','green','white','black and white','claret and blue','amber','navy'])[t % 8 + 1] END
FROM generate_series(1, 34) t;

INSERT INTO players
SELECT p,
       CASE WHEN (p - 1) / 14 + 1 BETWEEN 17 AND 26
            THEN (ARRAY['Sophie','Chloe','Lucy','Hannah','Megan','Amy','Jessica','Lauren','Ellie','Katie','Olivia','Grace','Holly','Beth','Georgia','Abbie','Niamh'])[(p * 7) % 17 + 1]
            ELSE (ARRAY['Jack','Harry','Oliver','James','Liam','Connor','Ryan','Callum','Josh','Adam','Sam','Ben','Jordan','Kyle','Nathan','Luke','Reece','Danny','Mohammed','Jamie'])[(p * 7) % 20 + 1] END,
       (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Walker','Wood','Thompson','Wright','Robinson','Hughes','Hall','Clarke','Khan','Hussain','Patel','Turner','Jackson','Harrison','Fletcher','Mitchell','Dawson','Kelly','Atkinson'])[(p * 11) % 24 + 1],
       CASE WHEN (p - 1) / 14 + 1 <= 26 THEN date '1984-01-01' + (p * 331) % 7300
            ELSE date '2006-09-01' + (p * 53) % 1100 END,
       CASE WHEN (p - 1) / 14 + 1 BETWEEN 17 AND 26 THEN 'female' ELSE 'male' END,
       CASE WHEN (p - 1) % 14 IN (0, 13) THEN 'Goalkeeper'
            WHEN (p - 1) % 14 BETWEEN 1 AND 5 THEN 'Defender'
            WHEN (p - 1) % 14 BETWEEN 6 AND 9 THEN 'Midfielder'
            ELSE 'Forward' END,
       (SELECT c.city FROM clubs c JOIN teams tm ON tm.club_id = c.id WHERE tm.id = (p - 1) / 14 + 1),
       CASE WHEN p % 5 = 0 THEN NULL ELSE 'player' || p || '@mail.example.com' END,
       CASE WHEN p % 3 = 0 THEN NULL ELSE '07700 8' || lpad((p * 173 % 100000)::text, 5, '0') END,
       timestamptz '2021-11-15 09:00:00+00'
         + CASE WHEN p % 4 = 0 THEN (p * 2203 % 800) ELSE (p * 7 % 100) END * interval '1 day'
         + (p * 37 % 600) * interval '1 minute'
FROM generate_series(1, 476) p;

INSERT INTO registrations
SELECT row_number() OVER (ORDER BY s.id, p.id),
       p.id,
       (p.id - 1) / 14 + 1,
       s.id,
       greatest(s.start_date - 40 + (p.id * 13) % 35, p.created_at::date),
       CASE WHEN (p.id - 1) / 14 + 1 <= 16 THEN (ARRAY[85.00, 90.00, 95.00])[s.id]
            WHEN (p.id - 1) / 14 + 1 <= 26 THEN (ARRAY[70.00, 75.00, 80.00])[s.id]
            ELSE (ARRAY[45.00, 50.00, 50.00])[s.id] END
         * CASE WHEN p.id % 10 = 0 THEN 0.5 ELSE 1 END,
       CASE WHEN p.id % 23 = 0 THEN 'waived'
            WHEN s.id = 3 AND p.id % 7 = 0 THEN 'pending'
            WHEN (p.id + s.id) % 31 = 0 THEN 'refunded'
            ELSE 'paid' END,
       CASE WHEN p.id % 23 = 0 OR (s.id = 3 AND p.id % 7 = 0) THEN NULL
            ELSE greatest(s.start_date - 40 + (p.id * 13) % 35, p.created_at::date) + (p.id * 17) % 21 END,
       CASE WHEN p.id % 9 = 0 THEN NULL ELSE (p.id - 1) % 14 + 1 + (p.id % 3) * 10 END
FROM players p
JOIN seasons s ON s.end_date > p.created_at::date + 60
WHERE NOT (s.id = 3 AND p.id % 8 = 0)
  AND NOT (s.id >= 2 AND p.id % 19 = 0);

INSERT INTO referees
SELECT r,
       (ARRAY['Graham','Keith','Martin','Simon','Phil','Alison','Rob','Kevin','Joanne','Stuart','Dean','Carl'])[(r * 5) % 12 + 1],
       (ARRAY['Oldroyd','Hepworth','Marsden','Spencer','Naylor','Beaumont','Dyson','Wainwright','Exley','Sykes','Gledhill'])[(r * 7) % 11 + 1],
       (ARRAY['Level 7','Level 6','Level 5','Level 4'])[r % 4 + 1],
       (ARRAY['Leeds','York','Bradford','Harrogate','Wakefield','Huddersfield','Halifax','Sheffield'])[r % 8 + 1],
       CASE WHEN r % 5 = 0 THEN NULL ELSE '07700 7' || lpad((r * 211 % 100000)::text, 5, '0') END,
       (ARRAY[30.00, 35.00, 40.00, 50.00])[r % 4 + 1],
       CASE WHEN r > 22 THEN date '2024-09-01' + r ELSE date '2012-03-01' + (r * 211) % 3500 END,
       r % 13 <> 0
FROM generate_series(1, 24) r;

INSERT INTO matches
WITH cats AS (
    SELECT 1 AS cat, 1 AS lo, 16 AS hi, time '15:00' AS ko, 0 AS day_shift
    UNION ALL SELECT 2, 17, 26, time '13:00', 1
    UNION ALL SELECT 3, 27, 34, time '10:30', 1
), pairs AS (
    SELECT s.id AS season_id, s.start_date, c.cat, c.ko, c.day_shift, a, b,
           row_number() OVER (PARTITION BY s.id, c.cat ORDER BY (a * 7 + b * 13 + s.id * 5) % 97, a, b) AS k
    FROM seasons s CROSS JOIN cats c
    CROSS JOIN generate_series(c.lo, c.hi) a
    CROSS JOIN generate_series(c.lo, c.hi) b
    WHERE a < b
), sched AS (
    SELECT *, (start_date + ((k - 1) % 34)::int * 7 + day_shift) + ko AS kickoff
    FROM pairs
), numbered AS (
    SELECT row_number() OVER (ORDER BY kickoff, cat, k) AS id, *
    FROM sched
)
SELECT n.id,
       n.season_id,
       CASE WHEN (n.a + n.b + n.season_id) % 2 = 0 THEN n.a ELSE n.b END,
       CASE WHEN (n.a + n.b + n.season_id) % 2 = 0 THEN n.b ELSE n.a END,
       CASE WHEN n.k % 19 = 0 THEN (n.k % 14) + 1
            ELSE (SELECT c.home_venue_id FROM clubs c JOIN teams t ON t.club_id = c.id
                  WHERE t.id = CASE WHEN (n.a + n.b + n.season_id) % 2 = 0 THEN n.a ELSE n.b END) END,
       CASE WHEN n.cat = 3 AND n.id % 5 = 0 THEN NULL
            WHEN n.id % 47 = 0 THEN NULL
            ELSE (n.id * 7) % 22 + 1 END,
       CASE WHEN n.k % 9 = 0 THEN 'County Cup' ELSE 'League' END,
       n.kickoff,
       CASE WHEN n.kickoff >= timestamp '2024-10-19' THEN 'scheduled'
            WHEN n.id % 47 = 0 THEN 'cancelled'
            WHEN n.id % 29 = 0 THEN 'postponed'
            ELSE 'played' END,
       NULL, NULL, NULL,
       (n.start_date - 21 + (n.id % 5)::int) + time '19:30'
FROM numbered n;

UPDATE matches SET
    home_score = (ARRAY[0,1,1,2,2,3,1,4,2,0,3,1,5])[id % 13 + 1],
    away_score = (ARRAY[1,0,2,1,1,0,2,3,0,1,2,1])[(id * 5) % 12 + 1],
    attendance = CASE WHEN home_team_id > 26 AND id % 3 = 0 THEN NULL
                      WHEN home_team_id <= 16 THEN 40 + (id * 37) % 260
                      ELSE 20 + (id * 23) % 120 END
WHERE status = 'played';

INSERT INTO goals
WITH regs AS (
    SELECT r.player_id, r.team_id, r.season_id,
           row_number() OVER (PARTITION BY r.team_id, r.season_id ORDER BY
               CASE p.position WHEN 'Forward' THEN 1 WHEN 'Midfielder' THEN 2 WHEN 'Defender' THEN 3 ELSE 9 END, r.player_id) AS rn,
           count(*) FILTER (WHERE p.position <> 'Goalkeeper') OVER (PARTITION BY r.team_id, r.season_id) AS cnt
    FROM registrations r JOIN players p ON p.id = r.player_id
), scored AS (
    SELECT m.id AS match_id, m.season_id, m.kickoff_at, m.home_team_id AS team_id, g
    FROM matches m CROSS JOIN generate_series(1, m.home_score) g
    WHERE m.status = 'played'
    UNION ALL
    SELECT m.id, m.season_id, m.kickoff_at, m.away_team_id, g + 10
    FROM matches m CROSS JOIN generate_series(1, m.away_score) g
    WHERE m.status = 'played'
), picked AS (
    SELECT s.*, ((s.match_id * 13 + s.g * 7) % 97) AS pick,
           ((s.match_id * 17 + s.g * 23) % 90) + 1 AS minute
    FROM scored s
)
SELECT row_number() OVER (ORDER BY pk.match_id, pk.minute, pk.g),
       pk.match_id,
       r.player_id,
       pk.team_id,
       pk.minute,
       (ARRAY['open play','open play','header','open play','penalty','open play','free kick','header','open play'])[(pk.match_id + pk.g) % 9 + 1],
       (pk.kickoff_at + (pk.minute + CASE WHEN pk.minute > 45 THEN 15 ELSE 0 END + 2) * interval '1 minute') AT TIME ZONE 'Europe/London'
FROM picked pk
JOIN regs r ON r.team_id = pk.team_id AND r.season_id = pk.season_id
           AND r.rn = CASE WHEN pk.pick % 10 < 6 THEN pk.pick % LEAST(r.cnt, 4) ELSE pk.pick % r.cnt END + 1;

INSERT INTO injuries
WITH regs AS (
    SELECT r.player_id, r.team_id, r.season_id,
           row_number() OVER (PARTITION BY r.team_id, r.season_id ORDER BY r.player_id) AS rn,
           count(*) OVER (PARTITION BY r.team_id, r.season_id) AS cnt
    FROM registrations r
), src AS (
    SELECT m.id AS match_id, m.season_id, m.kickoff_at, m.home_team_id AS team_id, m.id AS seed
    FROM matches m WHERE m.status = 'played' AND m.id % 6 = 0
    UNION ALL
    SELECT NULL, s.id, s.start_date + ((t * 19) % 230) + time '19:00', (t * 5) % 34 + 1, t * 31
    FROM seasons s CROSS JOIN generate_series(1, 12) t
    WHERE s.start_date + ((t * 19) % 230) < date '2024-10-15'
), rows AS (
    SELECT src.*, r.player_id,
           (ARRAY['minor','minor','moderate','moderate','severe'])[src.seed % 5 + 1] AS severity
    FROM src JOIN regs r ON r.team_id = src.team_id AND r.season_id = src.season_id
                        AND r.rn = (src.seed * 11) % r.cnt + 1
)
SELECT row_number() OVER (ORDER BY kickoff_at, player_id),
       player_id,
       match_id,
       (ARRAY['hamstring strain','ankle sprain','knee ligament','groin strain','concussion','calf strain','broken wrist','shoulder dislocation'])[seed % 8 + 1],
       severity,
       kickoff_at::date,
       CASE WHEN seed % 9 = 0 OR kickoff_at > timestamp '2024-09-15' THEN NULL
            ELSE kickoff_at::date + CASE severity WHEN 'minor' THEN 7 + seed % 10
                                                  WHEN 'moderate' THEN 21 + seed % 20
                                                  ELSE 60 + seed % 90 END END,
       CASE WHEN severity = 'minor' AND seed % 2 = 0 THEN NULL
            ELSE CASE severity WHEN 'minor' THEN 25.00 WHEN 'moderate' THEN 120.00 ELSE 450.00 END + (seed % 7) * 15 END,
       (kickoff_at + interval '1 day' * (seed % 3) + interval '3 hours') AT TIME ZONE 'Europe/London'
FROM rows;

INSERT INTO ticket_sales
WITH src AS (
    SELECT m.id AS match_id, m.season_id, m.kickoff_at, n
    FROM matches m CROSS JOIN generate_series(1, 1 + m.id % 4) n
    WHERE m.home_team_id <= 26 AND m.status IN ('played', 'cancelled')
), typed AS (
    SELECT src.*, (ARRAY['adult','adult','concession','child','adult','family'])[(match_id + n * 3) % 6 + 1] AS ticket_type,
           (match_id * 3 + n) % 4 + 1 AS quantity
    FROM src
), priced AS (
    SELECT typed.*,
           CASE ticket_type WHEN 'adult' THEN (ARRAY[5.00, 6.00, 6.00])[season_id]
                            WHEN 'concession' THEN (ARRAY[3.00, 3.50, 4.00])[season_id]
                            WHEN 'child' THEN 2.00
                            ELSE (ARRAY[12.00, 12.00, 14.00])[season_id] END AS unit_price
    FROM typed
)
SELECT row_number() OVER (ORDER BY p.kickoff_at, p.match_id, p.n),
       p.match_id, p.ticket_type, p.quantity, p.unit_price, p.quantity * p.unit_price,
       (ARRAY['cash','card','online','card','cash'])[(p.match_id + p.n) % 5 + 1],
       (p.kickoff_at - ((p.match_id * 7 + p.n * 13) % 120) * interval '1 hour' - p.n * interval '17 minutes') AT TIME ZONE 'Europe/London',
       m.status = 'cancelled'
FROM priced p JOIN matches m ON m.id = p.match_id;
