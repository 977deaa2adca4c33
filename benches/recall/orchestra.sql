-- Sample database: a symphony orchestra and its concert hall -- seasons, concerts and their
-- programmes (composers, works, guest soloists), the players and their sections, who played
-- which concert, ticket orders and their lines, subscribers with their season subscriptions,
-- and donations.
-- Every row is invented and reproducible: built from fixed lists, generate_series and modular
-- arithmetic only, so each load gives the same rows.

CREATE TABLE seasons (
    id          integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL
);

CREATE TABLE composers (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    nationality  text NOT NULL,
    birth_year   integer NOT NULL,
    death_year   integer
);

CREATE TABLE works (
    id                integer PRIMARY KEY,
    composer_id       integer NOT NULL REFERENCES composers (id),
    title             text NOT NULL,
    genre             text NOT NULL,
    duration_minutes  integer NOT NULL,
    year_composed     integer NOT NULL,
    solo_instrument   text
);

CREATE TABLE soloists (
    id           integer PRIMARY KEY,
    name         text NOT NULL,
    instrument   text NOT NULL,
    nationality  text NOT NULL,
    agency       text NOT NULL
);

CREATE TABLE concerts (
    id          integer PRIMARY KEY,
    season_id   integer NOT NULL REFERENCES seasons (id),
    title       text NOT NULL,
    series      text NOT NULL,
    venue       text NOT NULL,
    concert_date date NOT NULL,
    start_time  time NOT NULL,
    conductor   text,
    status      text NOT NULL CHECK (status IN ('scheduled', 'performed', 'cancelled'))
);

CREATE TABLE programme_items (
    concert_id   integer NOT NULL REFERENCES concerts (id),
    seq          integer NOT NULL,
    work_id      integer NOT NULL REFERENCES works (id),
    soloist_id   integer REFERENCES soloists (id),
    soloist_fee  numeric(10,2),
    PRIMARY KEY (concert_id, seq)
);

CREATE TABLE sections (
    id      integer PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    family  text NOT NULL
);

CREATE TABLE musicians (
    id             integer PRIMARY KEY,
    section_id     integer NOT NULL REFERENCES sections (id),
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    chair          text NOT NULL,
    hired_on       date NOT NULL,
    left_on        date,
    annual_salary  numeric(10,2) NOT NULL,
    is_active      boolean NOT NULL
);

CREATE TABLE concert_musicians (
    concert_id   integer NOT NULL REFERENCES concerts (id),
    musician_id  integer NOT NULL REFERENCES musicians (id),
    PRIMARY KEY (concert_id, musician_id)
);

CREATE TABLE subscribers (
    id          integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       text NOT NULL UNIQUE,
    city        text NOT NULL,
    joined_on   date NOT NULL
);

CREATE TABLE subscriptions (
    id             integer PRIMARY KEY,
    subscriber_id  integer NOT NULL REFERENCES subscribers (id),
    season_id      integer NOT NULL REFERENCES seasons (id),
    package        text NOT NULL,
    seat_zone      text NOT NULL,
    price          numeric(10,2) NOT NULL,
    purchased_on   date NOT NULL,
    auto_renew     boolean NOT NULL,
    status         text NOT NULL CHECK (status IN ('active', 'cancelled')),
    UNIQUE (subscriber_id, season_id)
);

CREATE TABLE ticket_orders (
    id             integer PRIMARY KEY,
    concert_id     integer NOT NULL REFERENCES concerts (id),
    subscriber_id  integer REFERENCES subscribers (id),
    ordered_at     timestamp NOT NULL,
    channel        text NOT NULL,
    status         text NOT NULL CHECK (status IN ('paid', 'refunded'))
);

CREATE TABLE order_lines (
    order_id     integer NOT NULL REFERENCES ticket_orders (id),
    line_no      integer NOT NULL,
    price_zone   text NOT NULL,
    ticket_type  text NOT NULL,
    quantity     integer NOT NULL CHECK (quantity > 0),
    unit_price   numeric(8,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE donations (
    id             integer PRIMARY KEY,
    subscriber_id  integer NOT NULL REFERENCES subscribers (id),
    donated_on     date NOT NULL,
    amount         numeric(10,2) NOT NULL,
    fund           text NOT NULL,
    method         text NOT NULL,
    gift_aid       boolean NOT NULL,
    is_anonymous   boolean NOT NULL
);

-- Seasons run September to June.
INSERT INTO seasons (id, name, starts_on, ends_on) VALUES
    (1, '2022-23', '2022-09-01', '2023-06-30'),
    (2, '2023-24', '2023-09-01', '2024-06-30'),
    (3, '2024-25', '2024-09-01', '2025-06-30'),
    (4, '2025-26', '2025-09-01', '2026-06-30');

INSERT INTO composers (id, name, nationality, birth_year, death_year) VALUES
    ( 1, 'Ludwig van Beethoven',    'German',    1770, 1827),
    ( 2, 'Wolfgang Amadeus Mozart', 'Austrian',  1756, 1791),
    ( 3, 'Johannes Brahms',         'German',    1833, 1897),
    ( 4, 'Pyotr Ilyich Tchaikovsky','Russian',   1840, 1893),
    ( 5, 'Antonin Dvorak',          'Czech',     1841, 1904),
    ( 6, 'Gustav Mahler',           'Austrian',  1860, 1911),
    ( 7, 'Jean Sibelius',           'Finnish',   1865, 1957),
    ( 8, 'Sergei Rachmaninoff',     'Russian',   1873, 1943),
    ( 9, 'Dmitri Shostakovich',     'Russian',   1906, 1975),
    (10, 'Claude Debussy',          'French',    1862, 1918),
    (11, 'Maurice Ravel',           'French',    1875, 1937),
    (12, 'Felix Mendelssohn',       'German',    1809, 1847),
    (13, 'Robert Schumann',         'German',    1810, 1856),
    (14, 'Edward Elgar',            'British',   1857, 1934),
    (15, 'Ralph Vaughan Williams',  'British',   1872, 1958),
    (16, 'Benjamin Britten',        'British',   1913, 1976),
    (17, 'Igor Stravinsky',         'Russian',   1882, 1971),
    (18, 'Sergei Prokofiev',        'Russian',   1891, 1953),
    (19, 'Franz Schubert',          'Austrian',  1797, 1828),
    (20, 'Joseph Haydn',            'Austrian',  1732, 1809),
    (21, 'Johann Sebastian Bach',   'German',    1685, 1750),
    (22, 'Antonio Vivaldi',         'Italian',   1678, 1741),
    (23, 'Hector Berlioz',          'French',    1803, 1869),
    (24, 'Bela Bartok',             'Hungarian', 1881, 1945),
    (25, 'Aaron Copland',           'American',  1900, 1990),
    (26, 'John Adams',              'American',  1947, NULL),
    (27, 'Arvo Part',               'Estonian',  1935, NULL),
    (28, 'Caroline Shaw',           'American',  1982, NULL),
    (29, 'Anna Thorvaldsdottir',    'Icelandic', 1977, NULL),
    (30, 'Jessie Montgomery',       'American',  1981, NULL);

INSERT INTO works (id, composer_id, title, genre, duration_minutes, year_composed, solo_instrument) VALUES
    ( 1,  1, 'Symphony No. 5 in C minor',                  'symphony',   31, 1808, NULL),
    ( 2,  1, 'Symphony No. 7 in A major',                  'symphony',   36, 1812, NULL),
    ( 3,  1, 'Piano Concerto No. 5 "Emperor"',             'concerto',   38, 1811, 'piano'),
    ( 4,  1, 'Violin Concerto in D major',                 'concerto',   43, 1806, 'violin'),
    ( 5,  1, 'Egmont Overture',                            'overture',    9, 1810, NULL),
    ( 6,  2, 'Symphony No. 41 "Jupiter"',                  'symphony',   33, 1788, NULL),
    ( 7,  2, 'Piano Concerto No. 21 in C major',           'concerto',   28, 1785, 'piano'),
    ( 8,  2, 'Clarinet Concerto in A major',               'concerto',   29, 1791, 'clarinet'),
    ( 9,  2, 'The Marriage of Figaro Overture',            'overture',    4, 1786, NULL),
    (10,  3, 'Symphony No. 1 in C minor',                  'symphony',   46, 1876, NULL),
    (11,  3, 'Symphony No. 4 in E minor',                  'symphony',   40, 1885, NULL),
    (12,  3, 'Violin Concerto in D major',                 'concerto',   40, 1878, 'violin'),
    (13,  3, 'Academic Festival Overture',                 'overture',   10, 1880, NULL),
    (14,  4, 'Symphony No. 5 in E minor',                  'symphony',   47, 1888, NULL),
    (15,  4, 'Symphony No. 6 "Pathetique"',                'symphony',   46, 1893, NULL),
    (16,  4, 'Piano Concerto No. 1 in B-flat minor',       'concerto',   35, 1875, 'piano'),
    (17,  4, 'Violin Concerto in D major',                 'concerto',   34, 1878, 'violin'),
    (18,  4, 'Romeo and Juliet Fantasy-Overture',          'overture',   20, 1880, NULL),
    (19,  5, 'Symphony No. 9 "From the New World"',        'symphony',   42, 1893, NULL),
    (20,  5, 'Cello Concerto in B minor',                  'concerto',   40, 1895, 'cello'),
    (21,  5, 'Carnival Overture',                          'overture',    9, 1891, NULL),
    (22,  6, 'Symphony No. 1 "Titan"',                     'symphony',   55, 1888, NULL),
    (23,  6, 'Symphony No. 5',                             'symphony',   70, 1902, NULL),
    (24,  7, 'Symphony No. 2 in D major',                  'symphony',   44, 1902, NULL),
    (25,  7, 'Violin Concerto in D minor',                 'concerto',   31, 1905, 'violin'),
    (26,  7, 'Finlandia',                                  'tone poem',   8, 1900, NULL),
    (27,  8, 'Piano Concerto No. 2 in C minor',            'concerto',   34, 1901, 'piano'),
    (28,  8, 'Rhapsody on a Theme of Paganini',            'concerto',   24, 1934, 'piano'),
    (29,  8, 'Symphonic Dances',                           'suite',      35, 1940, NULL),
    (30,  9, 'Symphony No. 5 in D minor',                  'symphony',   45, 1937, NULL),
    (31,  9, 'Cello Concerto No. 1',                       'concerto',   28, 1959, 'cello'),
    (32, 10, 'La Mer',                                     'tone poem',  24, 1905, NULL),
    (33, 10, 'Prelude to the Afternoon of a Faun',         'tone poem',  10, 1894, NULL),
    (34, 11, 'Bolero',                                     'tone poem',  15, 1928, NULL),
    (35, 11, 'Piano Concerto in G major',                  'concerto',   22, 1931, 'piano'),
    (36, 11, 'Daphnis et Chloe Suite No. 2',               'suite',      17, 1913, NULL),
    (37, 12, 'Violin Concerto in E minor',                 'concerto',   27, 1844, 'violin'),
    (38, 12, 'Symphony No. 4 "Italian"',                   'symphony',   28, 1833, NULL),
    (39, 12, 'The Hebrides Overture',                      'overture',   10, 1830, NULL),
    (40, 13, 'Piano Concerto in A minor',                  'concerto',   31, 1845, 'piano'),
    (41, 14, 'Enigma Variations',                          'variations', 30, 1899, NULL),
    (42, 14, 'Cello Concerto in E minor',                  'concerto',   30, 1919, 'cello'),
    (43, 15, 'Symphony No. 5 in D major',                  'symphony',   38, 1943, NULL),
    (44, 16, 'The Young Person''s Guide to the Orchestra', 'variations', 17, 1946, NULL),
    (45, 16, 'Four Sea Interludes',                        'suite',      16, 1945, NULL),
    (46, 17, 'The Rite of Spring',                         'ballet',     34, 1913, NULL),
    (47, 17, 'The Firebird Suite',                         'suite',      22, 1919, NULL),
    (48, 18, 'Romeo and Juliet Suite No. 2',               'suite',      30, 1936, NULL),
    (49, 18, 'Peter and the Wolf',                         'tone poem',  26, 1936, NULL),
    (50, 18, 'Piano Concerto No. 3 in C major',            'concerto',   27, 1921, 'piano'),
    (51, 19, 'Symphony No. 8 "Unfinished"',                'symphony',   25, 1822, NULL),
    (52, 20, 'Symphony No. 94 "Surprise"',                 'symphony',   23, 1791, NULL),
    (53, 20, 'Trumpet Concerto in E-flat major',           'concerto',   15, 1796, 'trumpet'),
    (54, 23, 'Symphonie fantastique',                      'symphony',   50, 1830, NULL),
    (55, 24, 'Divertimento for Strings',                   'suite',      25, 1939, NULL),
    (56, 25, 'Appalachian Spring Suite',                   'suite',      25, 1945, NULL),
    (57, 25, 'Rodeo: Four Dance Episodes',                 'ballet',     19, 1942, NULL),
    (58, 26, 'Short Ride in a Fast Machine',               'overture',    4, 1986, NULL),
    (59, 27, 'Cantus in Memoriam Benjamin Britten',        'tone poem',   6, 1977, NULL),
    (60, 29, 'Metacosmos',                                 'tone poem',  13, 2018, NULL),
    (61, 30, 'Starburst',                                  'overture',    3, 2012, NULL),
    (62, 21, 'Orchestral Suite No. 3 in D major',          'suite',      22, 1731, NULL),
    (63, 21, 'Concerto for Two Violins in D minor',        'concerto',   15, 1731, 'violin'),
    (64, 22, 'The Four Seasons',                           'concerto',   42, 1721, 'violin'),
    (65,  1, 'String Quartet No. 14 in C-sharp minor',     'chamber',    40, 1826, NULL),
    (66,  2, 'Clarinet Quintet in A major',                'chamber',    32, 1789, NULL),
    (67,  2, 'Eine kleine Nachtmusik',                     'chamber',    16, 1787, NULL),
    (68,  3, 'Piano Quintet in F minor',                   'chamber',    42, 1864, NULL),
    (69, 19, 'String Quintet in C major',                  'chamber',    50, 1828, NULL),
    (70, 19, '"Trout" Quintet in A major',                 'chamber',    40, 1819, NULL),
    (71,  5, 'String Quartet No. 12 "American"',           'chamber',    26, 1893, NULL),
    (72,  9, 'String Quartet No. 8 in C minor',            'chamber',    21, 1960, NULL),
    (73, 11, 'String Quartet in F major',                  'chamber',    28, 1903, NULL),
    (74, 10, 'String Quartet in G minor',                  'chamber',    25, 1893, NULL),
    (75, 12, 'Octet in E-flat major',                      'chamber',    32, 1825, NULL),
    (76, 20, 'String Quartet Op. 76 No. 3 "Emperor"',      'chamber',    27, 1797, NULL),
    (77, 28, 'Entr''acte',                                 'chamber',    12, 2011, NULL),
    (78, 27, 'Spiegel im Spiegel',                         'chamber',    10, 1978, NULL);

INSERT INTO soloists (id, name, instrument, nationality, agency) VALUES
    ( 1, 'Mira Castellanos',  'piano',    'Spanish',    'Harmonia Artists'),
    ( 2, 'Jonah Whitfield',   'piano',    'British',    'Askonas Lane'),
    ( 3, 'Yuki Morimoto',     'piano',    'Japanese',   'Harmonia Artists'),
    ( 4, 'Pavel Lindqvist',   'piano',    'Swedish',    'Nordic Classics'),
    ( 5, 'Adaeze Nwosu',      'piano',    'Nigerian',   'Askonas Lane'),
    ( 6, 'Clara Hoffmann',    'violin',   'German',     'Harmonia Artists'),
    ( 7, 'Rafael Oliveira',   'violin',   'Brazilian',  'IMG Strings'),
    ( 8, 'Hana Novakova',     'violin',   'Czech',      'Nordic Classics'),
    ( 9, 'Samuel Achterberg', 'violin',   'Dutch',      'IMG Strings'),
    (10, 'Leila Haddad',      'violin',   'French',     'Askonas Lane'),
    (11, 'Benedikt Kessler',  'cello',    'Austrian',   'Harmonia Artists'),
    (12, 'Ingrid Solberg',    'cello',    'Norwegian',  'Nordic Classics'),
    (13, 'Tariq Bashir',      'cello',    'British',    'IMG Strings'),
    (14, 'Emma Fairclough',   'clarinet', 'British',    'Askonas Lane'),
    (15, 'Marco Bellini',     'trumpet',  'Italian',    'IMG Strings'),
    (16, 'Sunhee Park',       'piano',    'Korean',     'Harmonia Artists'),
    (17, 'Olivia Grant',      'soprano',  'American',   'Askonas Lane'),
    (18, 'Dmitri Volkov',     'viola',    'Russian',    'Nordic Classics');

-- 36 concerts in each full season, about a week apart from September; 14 so far in 2025-26.
INSERT INTO concerts (id, season_id, title, series, venue, concert_date, start_time, conductor, status)
SELECT c.id, c.season_id,
       CASE c.series
            WHEN 'Gala'        THEN 'Opening Night Gala'
            WHEN 'Masterworks' THEN 'Masterworks ' || c.n
            WHEN 'Pops'        THEN 'Pops ' || c.n
            WHEN 'Family'      THEN 'Family Matinee ' || c.n
            ELSE                    'Chamber Series ' || c.n
       END,
       c.series,
       CASE WHEN c.series = 'Chamber' THEN 'Recital Room' ELSE 'Main Hall' END,
       c.concert_date,
       CASE WHEN c.series = 'Family' THEN time '14:30'
            WHEN c.series = 'Chamber' THEN time '19:00'
            WHEN c.series = 'Masterworks' AND c.k % 7 = 0 THEN time '15:00'
            ELSE time '19:30' END,
       CASE WHEN c.series = 'Gala' THEN 'Elena Varga'
            WHEN c.series = 'Masterworks' AND c.k % 4 = 2
                 THEN (ARRAY['Tomasz Wieczorek', 'Lukas Brenner', 'Sofia Marchetti', 'Hiroshi Tanaka'])[(c.k + c.season_id) % 4 + 1]
            WHEN c.series = 'Masterworks' THEN 'Elena Varga'
            WHEN c.series = 'Pops' THEN 'Daniel Hart'
            WHEN c.series = 'Family' THEN 'Amara Okafor'
            ELSE NULL END,
       CASE WHEN c.id % 29 = 11 THEN 'cancelled'
            WHEN c.concert_date >= date '2025-11-01' THEN 'scheduled'
            ELSE 'performed' END
FROM (
    SELECT b.*,
           row_number() OVER (ORDER BY b.season_id, b.k) AS id,
           row_number() OVER (PARTITION BY b.season_id, b.series ORDER BY b.k) AS n
    FROM (
        SELECT s.id AS season_id, k,
               s.starts_on + ((k - 1) * 8 + k % 3) AS concert_date,
               CASE WHEN k = 1 THEN 'Gala'
                    WHEN k % 10 IN (2, 6) THEN 'Pops'
                    WHEN k % 10 = 4 THEN 'Family'
                    WHEN k % 10 IN (0, 7) THEN 'Chamber'
                    ELSE 'Masterworks' END AS series
        FROM seasons s
        CROSS JOIN LATERAL generate_series(1, CASE WHEN s.id = 4 THEN 14 ELSE 36 END) AS k
    ) b
) c;

-- Programmes: an orchestral concert opens with an overture or tone poem, then a concerto with
-- a soloist on the right instrument, on odd-numbered concerts a suite, ballet or set of
-- variations, and (Masterworks and galas) a symphony to close; Pops and Family concerts play
-- an opener, a suite or ballet score and on odd-numbered dates a concerto. Chamber concerts
-- play two or three chamber works.
INSERT INTO programme_items (concert_id, seq, work_id, soloist_id, soloist_fee)
WITH grouped AS (
    SELECT id, solo_instrument,
           CASE WHEN genre IN ('overture', 'tone poem') THEN 'A'
                WHEN genre = 'concerto' THEN 'B'
                WHEN genre IN ('suite', 'ballet', 'variations') THEN 'C'
                WHEN genre = 'symphony' THEN 'D'
                ELSE 'E' END AS grp
    FROM works
), pool AS (
    SELECT id, grp, solo_instrument,
           row_number() OVER (PARTITION BY grp ORDER BY id) - 1 AS r,
           count(*) OVER (PARTITION BY grp) AS n
    FROM grouped
), slots AS (
    SELECT c.id AS concert_id, c.season_id, v.grp, v.mult
    FROM concerts c
    CROSS JOIN LATERAL (VALUES ('A', 7), ('B', 5), ('C', 3), ('D', 11)) AS v(grp, mult)
    WHERE c.series IN ('Masterworks', 'Gala')
      AND (v.grp <> 'C' OR c.id % 2 = 1)
    UNION ALL
    SELECT c.id, c.season_id, v.grp, v.mult
    FROM concerts c
    CROSS JOIN LATERAL (VALUES ('A', 5), ('C', 7), ('B', 3)) AS v(grp, mult)
    WHERE c.series IN ('Pops', 'Family')
      AND (v.grp <> 'B' OR c.id % 2 = 1)
), picks AS (
    SELECT s.concert_id, s.season_id, s.grp, p.id AS work_id, p.solo_instrument
    FROM slots s
    JOIN pool p ON p.grp = s.grp AND p.r = (s.concert_id * s.mult + s.concert_id / 9) % p.n
    UNION ALL
    SELECT c.id, c.season_id, 'E', p.id, p.solo_instrument
    FROM concerts c
    CROSS JOIN LATERAL generate_series(1, 2 + c.id % 2) AS j
    JOIN pool p ON p.grp = 'E' AND p.r = (c.id * 5 + j * 3) % p.n
    WHERE c.series = 'Chamber'
), sol AS (
    SELECT id, instrument, row_number() OVER (PARTITION BY instrument ORDER BY id) - 1 AS r,
           count(*) OVER (PARTITION BY instrument) AS n
    FROM soloists
)
SELECT p.concert_id,
       row_number() OVER (PARTITION BY p.concert_id ORDER BY p.grp, p.work_id),
       p.work_id,
       s.id,
       CASE WHEN s.id IS NOT NULL
            THEN 6000 + (s.id * 2750) % 22000 + (p.season_id - 1) * 500 + (p.concert_id % 3) * 250 END
FROM picks p
LEFT JOIN sol s ON s.instrument = p.solo_instrument AND s.r = (p.concert_id + p.season_id) % s.n;

-- Soloists are not paid for a cancelled concert.
UPDATE programme_items SET soloist_fee = NULL
WHERE concert_id IN (SELECT id FROM concerts WHERE status = 'cancelled');

INSERT INTO sections (id, name, family) VALUES
    ( 1, 'First Violins',         'strings'),
    ( 2, 'Second Violins',        'strings'),
    ( 3, 'Violas',                'strings'),
    ( 4, 'Cellos',                'strings'),
    ( 5, 'Double Basses',         'strings'),
    ( 6, 'Flutes',                'woodwinds'),
    ( 7, 'Oboes',                 'woodwinds'),
    ( 8, 'Clarinets',             'woodwinds'),
    ( 9, 'Bassoons',              'woodwinds'),
    (10, 'Horns',                 'brass'),
    (11, 'Trumpets',              'brass'),
    (12, 'Trombones',             'brass'),
    (13, 'Tuba',                  'brass'),
    (14, 'Timpani and Percussion','percussion'),
    (15, 'Harp',                  'harp and keyboard'),
    (16, 'Keyboard',              'harp and keyboard');

-- The current seats of each section, plus one former player in every third section.
INSERT INTO musicians (id, section_id, first_name, last_name, chair, hired_on, left_on, annual_salary, is_active)
WITH sizes (section_id, seats) AS (
    VALUES (1, 12), (2, 10), (3, 8), (4, 7), (5, 5), (6, 3), (7, 3), (8, 3),
           (9, 3), (10, 4), (11, 3), (12, 3), (13, 1), (14, 3), (15, 1), (16, 1)
), seats AS (
    SELECT z.section_id, z.seats, g AS seat
    FROM sizes z
    CROSS JOIN LATERAL generate_series(1, z.seats + CASE WHEN z.section_id % 3 = 0 THEN 1 ELSE 0 END) AS g
), numbered AS (
    SELECT s.*, (row_number() OVER (ORDER BY s.section_id, s.seat))::int AS id
    FROM seats s
)
SELECT n.id, n.section_id,
       (ARRAY['Alice','Ben','Chloe','David','Eleanor','Felix','Grace','Henry','Isla','Jacob',
              'Katarzyna','Liam','Maya','Noah','Olga','Peter','Quentin','Rosa','Stefan','Tara',
              'Umar','Vera','William','Xenia','Yusuf','Zoe','Anton','Beatrice','Callum','Dana',
              'Emil','Freya'])[(n.id * 7) % 32 + 1],
       (ARRAY['Abbott','Baker','Chen','Dawson','Evans','Fischer','Green','Hughes','Ivanova','Jones',
              'Kowalski','Lewis','Morgan','Nakamura','Owens','Patel','Quinn','Reyes','Schmidt','Turner',
              'Ueda','Vasquez','Walsh','Young','Zielinski','Ahmed','Brennan','Costa','Doyle','Ellis',
              'Fraser','Gallagher','Holt','Iqbal','Jensen','Kerr','Lund'])[(n.id * 11) % 37 + 1],
       CASE WHEN n.seat = 1 THEN 'principal'
            WHEN n.seat = 2 AND n.seats >= 3 THEN 'associate principal'
            ELSE 'section' END,
       CASE WHEN n.seat > n.seats THEN date '1996-01-01' + (n.id * 211) % 6000
            ELSE date '1998-09-01' + (n.id * 3967) % 9800 END,
       CASE WHEN n.seat > n.seats THEN date '2022-03-01' + (n.id * 97) % 1300 END,
       CASE WHEN n.seat = 1 THEN 92000
            WHEN n.seat = 2 AND n.seats >= 3 THEN 80000
            ELSE 64000 END
         + CASE WHEN n.section_id IN (1, 10, 11) AND n.seat = 1 THEN 12000 ELSE 0 END
         + ((n.id * 37) % 41) * 230 + (n.id % 7) * 15,
       n.seat <= n.seats
FROM numbered n;

-- Who played: about three quarters of the players on the books that day for an orchestral
-- concert; the string principals (and on even dates the principal clarinet) for chamber ones.
-- Cancelled concerts have no roster.
INSERT INTO concert_musicians (concert_id, musician_id)
SELECT c.id, m.id
FROM concerts c
JOIN musicians m ON m.hired_on <= c.concert_date
                AND (m.left_on IS NULL OR m.left_on > c.concert_date)
JOIN sections s ON s.id = m.section_id
WHERE c.status <> 'cancelled'
  AND (   (c.series <> 'Chamber' AND (m.id * 3 + c.id) % 4 <> 0)
       OR (c.series = 'Chamber' AND m.chair = 'principal'
           AND (s.family = 'strings' OR (s.name = 'Clarinets' AND c.id % 2 = 0))));

INSERT INTO subscribers (id, first_name, last_name, email, city, joined_on)
SELECT n,
       f, l,
       lower(f || '.' || l || '@example.org'),
       (ARRAY['Bristol','Bristol','Bristol','Bristol','Bristol','Bristol','Bristol','Bath','Bath','Bath',
              'Cardiff','Cardiff','Clifton','Clifton','Weston-super-Mare','Gloucester','Cheltenham',
              'Swindon','Exeter','Bristol'])[(n * 13) % 20 + 1],
       date '2012-01-01' + (n * 53) % 5000
FROM (
    SELECT n,
           (ARRAY['Amelia','Arthur','Beth','Charles','Daisy','Edward','Fiona','George','Harriet','Ian',
                  'Jane','Keith','Lucy','Martin','Nina','Oliver','Pauline','Richard','Sarah','Thomas',
                  'Ursula','Victor','Wendy','Alan','Brenda','Colin','Diana','Eric','Frances','Gordon',
                  'Helen','Jack','Karen','Leonard','Margaret','Nigel','Patricia','Roger','Susan','Trevor'])[n % 40 + 1] AS f,
           (ARRAY['Atkinson','Bennett','Carter','Dixon','Edwards','Foster','Gibson','Harris','Irving','Jackson',
                  'King','Lawson','Mitchell','Newman','Osborne','Parker','Rees','Simpson','Taylor','Underwood',
                  'Vaughan','Webb','Wood','Yates','Adams','Barnes','Clarke','Davies','Ellison','Fletcher',
                  'Graham','Hall','Ingram','Jenkins','Knight','Lloyd','Marshall','Norris','Palmer','Richards',
                  'Shaw','Thompson','Walker','Watson','Wright','Bishop','Cooper','Dean','Fox','Hunt'])[(n / 40 * 41 + n) % 50 + 1] AS l
    FROM generate_series(1, 450) AS n
) x;

-- Season subscriptions: most subscribers who had joined by the autumn renew each season.
INSERT INTO subscriptions (id, subscriber_id, season_id, package, seat_zone, price, purchased_on, auto_renew, status)
SELECT row_number() OVER (ORDER BY x.season_id, x.subscriber_id),
       x.subscriber_id, x.season_id, x.package, x.seat_zone,
       round(CASE x.package WHEN 'Full Masterworks' THEN 420 WHEN 'Half Masterworks' THEN 230
                            WHEN 'Chamber' THEN 150 WHEN 'Pops' THEN 180 ELSE 120 END
             * CASE x.seat_zone WHEN 'Stalls' THEN 1.0 WHEN 'Dress Circle' THEN 0.9 ELSE 0.65 END
             * (1 + (x.season_id - 1) * 0.04), 2),
       x.purchased_on,
       (x.subscriber_id + x.season_id) % 3 <> 0,
       CASE WHEN (x.subscriber_id * 5 + x.season_id) % 17 = 0 THEN 'cancelled' ELSE 'active' END
FROM (
    SELECT b.id AS subscriber_id, s.id AS season_id,
           CASE WHEN (b.id + s.id) % 10 < 4 THEN 'Full Masterworks'
                WHEN (b.id + s.id) % 10 < 6 THEN 'Half Masterworks'
                WHEN (b.id + s.id) % 10 < 8 THEN 'Chamber'
                WHEN (b.id + s.id) % 10 = 8 THEN 'Pops'
                ELSE 'Family' END AS package,
           CASE WHEN (b.id * 3 + s.id) % 7 < 3 THEN 'Stalls'
                WHEN (b.id * 3 + s.id) % 7 < 5 THEN 'Dress Circle'
                ELSE 'Upper Circle' END AS seat_zone,
           greatest(b.joined_on, s.starts_on - 150 + (b.id * 13) % 140) AS purchased_on
    FROM subscribers b
    CROSS JOIN seasons s
    WHERE b.joined_on <= s.starts_on + 60
      AND (b.id * 7 + s.id * 3) % 5 <> 0
) x;

-- Single-ticket orders: a quarter come from people who are not subscribers, and the first few
-- dozen subscribers buy more often than the rest; galas and the odd-numbered concerts sell more.
INSERT INTO ticket_orders (id, concert_id, subscriber_id, ordered_at, channel, status)
SELECT o.n, c.id,
       CASE WHEN o.n % 4 = 0 THEN NULL
            WHEN o.n % 5 = 0 THEN ((o.n / 5) * 7) % (10 + (o.n / 5) % 50) + 1
            ELSE (o.n * 31) % 450 + 1 END,
       (c.concert_date - (o.n * 17) % 75) + time '08:00' + ((o.n * 37) % 840) * interval '1 minute',
       CASE WHEN (o.n * 7 + o.n / 13) % 11 < 7 THEN 'online'
            WHEN (o.n * 7 + o.n / 13) % 11 < 9 THEN 'box office' ELSE 'phone' END,
       CASE WHEN c.status = 'cancelled' OR o.n % 29 = 0 THEN 'refunded' ELSE 'paid' END
FROM generate_series(1, 3000) AS o(n)
JOIN concerts c ON c.id = CASE WHEN o.n % 3 = 0 THEN ((o.n / 3) * 13) % 61 * 2 + 1
                               WHEN o.n % 7 = 1 THEN ((o.n / 7) % 4) * 36 + 1
                               ELSE (o.n * 47) % 122 + 1 END;

INSERT INTO order_lines (order_id, line_no, price_zone, ticket_type, quantity, unit_price)
SELECT x.order_id, x.line_no, x.price_zone, x.ticket_type,
       1 + (x.order_id + x.line_no) % 4,
       round(CASE x.price_zone WHEN 'Stalls' THEN 48 WHEN 'Dress Circle' THEN 42
                               WHEN 'Upper Circle' THEN 28 ELSE 65 END
             * CASE x.series WHEN 'Gala' THEN 1.6 WHEN 'Pops' THEN 0.9 WHEN 'Family' THEN 0.5
                             WHEN 'Chamber' THEN 0.55 ELSE 1.0 END
             * CASE x.ticket_type WHEN 'concession' THEN 0.85 WHEN 'student' THEN 0.5
                                  WHEN 'child' THEN 0.4 ELSE 1.0 END
             * (1 + (x.season_id - 1) * 0.05), 2)
FROM (
    SELECT t.id AS order_id, l AS line_no, c.series, c.season_id,
           CASE WHEN (t.id + l * 3) % 8 < 3 THEN 'Stalls'
                WHEN (t.id + l * 3) % 8 < 5 THEN 'Dress Circle'
                WHEN (t.id + l * 3) % 8 < 7 THEN 'Upper Circle'
                ELSE 'Box' END AS price_zone,
           CASE WHEN c.series = 'Family' AND (t.id + l) % 2 = 0 THEN 'child'
                WHEN (t.id * l) % 6 < 3 THEN 'adult'
                WHEN (t.id * l) % 6 = 3 THEN 'concession'
                WHEN (t.id * l) % 6 = 4 THEN 'student'
                ELSE 'adult' END AS ticket_type
    FROM ticket_orders t
    JOIN concerts c ON c.id = t.concert_id
    CROSS JOIN LATERAL generate_series(1, 1 + CASE WHEN t.id % 3 = 0 THEN 1 ELSE 0 END
                                             + CASE WHEN t.id % 7 = 0 THEN 1 ELSE 0 END) AS l
) x;

-- Gifts from (some of) the subscribers, January 2022 to December 2025.
INSERT INTO donations (id, subscriber_id, donated_on, amount, fund, method, gift_aid, is_anonymous)
SELECT n,
       ((n * 37 + n / 20) % 180) * 2 + 1,
       date '2022-01-01' + (n * 29) % 1461,
       CASE WHEN n % 20 < 10 THEN 20 + ((n * 7) % 19) * 15
            WHEN n % 20 < 16 THEN 400 + ((n * 3) % 13) * 125
            WHEN n % 20 < 19 THEN 2000 + ((n * 11) % 9) * 750
            ELSE 10000 + ((n * 13) % 11) * 2500 END,
       (ARRAY['Annual Fund','Annual Fund','Annual Fund','Education and Outreach','Endowment',
              'Gala Appeal','Instrument Fund'])[(n * 3) % 7 + 1],
       (ARRAY['card','card','direct debit','direct debit','cheque','bank transfer'])[(n * 5) % 6 + 1],
       n % 4 <> 1,
       n % 11 = 0
FROM generate_series(1, 650) AS n;
