-- Operational data of a subscription video streaming service, used as the sample database
-- of the golden set benches/intent/streaming.yaml. Nothing carries a comment; every row is
-- invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE countries (
    id            integer PRIMARY KEY,
    name          text NOT NULL,
    iso_code      varchar(2) NOT NULL UNIQUE,
    region        text NOT NULL,
    currency_code varchar(3) NOT NULL,
    launched_on   date
);
CREATE TABLE plans (
    id             integer PRIMARY KEY,
    name           text NOT NULL,
    monthly_price  numeric(6,2) NOT NULL,
    annual_price   numeric(7,2) NOT NULL,
    max_streams    integer NOT NULL,
    video_quality  varchar(10) NOT NULL,
    has_ads        boolean NOT NULL,
    introduced_on  date NOT NULL
);
CREATE TABLE accounts (
    id               integer PRIMARY KEY,
    email            varchar(160) NOT NULL UNIQUE,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    phone            varchar(24),
    birth_date       date,
    country_id       integer NOT NULL REFERENCES countries,
    city             text NOT NULL,
    signed_up_at     timestamptz NOT NULL,
    marketing_opt_in boolean NOT NULL,
    is_verified      boolean NOT NULL
);
CREATE TABLE profiles (
    id                 integer PRIMARY KEY,
    account_id         integer NOT NULL REFERENCES accounts,
    name               text NOT NULL,
    is_kids_profile    boolean NOT NULL,
    preferred_language text NOT NULL,
    autoplay_enabled   boolean NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE TABLE subscriptions (
    id            integer PRIMARY KEY,
    account_id    integer NOT NULL REFERENCES accounts,
    plan_id       integer NOT NULL REFERENCES plans,
    start_date    date NOT NULL,
    end_date      date,
    status        text NOT NULL,
    billing_cycle text NOT NULL,
    auto_renew    boolean NOT NULL,
    cancel_reason text
);
CREATE TABLE payments (
    id              integer PRIMARY KEY,
    subscription_id integer NOT NULL REFERENCES subscriptions,
    paid_at         timestamp NOT NULL,
    amount          numeric(8,2) NOT NULL,
    payment_method  text NOT NULL,
    status          text NOT NULL,
    card_last4      varchar(4)
);
CREATE TABLE genres (
    id   integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE titles (
    id                integer PRIMARY KEY,
    name              text NOT NULL,
    title_type        text NOT NULL,
    genre_id          integer NOT NULL REFERENCES genres,
    release_year      integer NOT NULL,
    maturity_rating   varchar(8) NOT NULL,
    runtime_minutes   integer,
    original_language text NOT NULL,
    is_original       boolean NOT NULL,
    license_cost      numeric(12,2),
    added_on          date NOT NULL,
    removed_on        date
);
CREATE TABLE episodes (
    id              integer PRIMARY KEY,
    title_id        integer NOT NULL REFERENCES titles,
    season_number   integer NOT NULL,
    episode_number  integer NOT NULL,
    name            text NOT NULL,
    runtime_minutes integer NOT NULL,
    air_date        date NOT NULL,
    UNIQUE (title_id, season_number, episode_number)
);
CREATE TABLE viewing_sessions (
    id            integer PRIMARY KEY,
    profile_id    integer NOT NULL REFERENCES profiles,
    title_id      integer NOT NULL REFERENCES titles,
    episode_id    integer REFERENCES episodes,
    started_at    timestamp NOT NULL,
    ended_at      timestamp,
    watch_minutes integer NOT NULL,
    device        text NOT NULL,
    completed     boolean NOT NULL
);
CREATE TABLE ratings (
    id         integer PRIMARY KEY,
    profile_id integer NOT NULL REFERENCES profiles,
    title_id   integer NOT NULL REFERENCES titles,
    stars      integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
    review     text,
    rated_at   timestamp NOT NULL,
    UNIQUE (profile_id, title_id)
);

INSERT INTO countries VALUES
  (1, 'United States', 'US', 'North America', 'USD', '2019-11-12'),
  (2, 'Canada', 'CA', 'North America', 'CAD', '2019-11-12'),
  (3, 'Mexico', 'MX', 'Latin America', 'MXN', '2020-11-17'),
  (4, 'Brazil', 'BR', 'Latin America', 'BRL', '2020-11-17'),
  (5, 'Argentina', 'AR', 'Latin America', 'ARS', '2021-03-02'),
  (6, 'United Kingdom', 'GB', 'Europe', 'GBP', '2020-03-24'),
  (7, 'Ireland', 'IE', 'Europe', 'EUR', '2020-03-24'),
  (8, 'France', 'FR', 'Europe', 'EUR', '2020-04-07'),
  (9, 'Germany', 'DE', 'Europe', 'EUR', '2020-03-24'),
  (10, 'Spain', 'ES', 'Europe', 'EUR', '2020-03-24'),
  (11, 'Italy', 'IT', 'Europe', 'EUR', '2020-03-24'),
  (12, 'Netherlands', 'NL', 'Europe', 'EUR', '2019-11-12'),
  (13, 'Sweden', 'SE', 'Europe', 'SEK', '2020-09-15'),
  (14, 'Poland', 'PL', 'Europe', 'PLN', '2022-06-14'),
  (15, 'India', 'IN', 'Asia Pacific', 'INR', '2020-04-03'),
  (16, 'Japan', 'JP', 'Asia Pacific', 'JPY', '2020-06-11'),
  (17, 'South Korea', 'KR', 'Asia Pacific', 'KRW', '2021-11-12'),
  (18, 'Australia', 'AU', 'Asia Pacific', 'AUD', '2019-11-19'),
  (19, 'New Zealand', 'NZ', 'Asia Pacific', 'NZD', '2019-11-19'),
  (20, 'South Africa', 'ZA', 'Africa', 'ZAR', '2022-05-18'),
  (21, 'Portugal', 'PT', 'Europe', 'EUR', NULL),
  (22, 'Norway', 'NO', 'Europe', 'NOK', NULL);

INSERT INTO plans VALUES
  (1, 'Basic', 7.99, 79.90, 1, '720p', true, '2019-11-12'),
  (2, 'Standard', 15.49, 154.90, 2, '1080p', false, '2019-11-12'),
  (3, 'Premium', 19.99, 199.90, 4, '4K', false, '2020-06-01');

INSERT INTO genres VALUES
  (1, 'Drama'), (2, 'Comedy'), (3, 'Action'), (4, 'Thriller'), (5, 'Documentary'),
  (6, 'Animation'), (7, 'Horror'), (8, 'Romance'), (9, 'Science Fiction'), (10, 'Crime'),
  (11, 'Fantasy'), (12, 'Family'), (13, 'Reality'), (14, 'Stand-up Comedy'), (15, 'Musical');

INSERT INTO accounts
SELECT n,
       lower(f.first_name) || '.' || lower(f.last_name) || n || '@'
         || (ARRAY['gmail.com','outlook.com','yahoo.com','icloud.com','proton.me'])[1 + n % 5],
       f.first_name, f.last_name,
       CASE WHEN n % 4 = 0 THEN NULL ELSE '+1-555-' || lpad(((n * 7919) % 10000)::text, 4, '0') END,
       CASE WHEN n % 9 = 0 THEN NULL ELSE DATE '1955-03-01' + (n * 4271) % 17500 END,
       co.id, c.city,
       (DATE '2022-01-03' + ((n - 1) * 1020) / 220 + make_interval(hours => 8 + n % 12, mins => (n * 17) % 60))::timestamp AT TIME ZONE 'UTC',
       (n % 3 <> 0),
       (n % 23 <> 7)
FROM generate_series(1, 220) AS n
CROSS JOIN LATERAL (
    SELECT (ARRAY['Emma','Liam','Olivia','Noah','Ava','Lucas','Sophia','Mateo','Isabella','Ethan',
                  'Mia','James','Chloe','Daniel','Camille','Hugo','Lena','Jonas','Giulia','Marco',
                  'Lucia','Pablo','Anna','Lars','Zofia','Jakub','Priya','Arjun','Yuki','Haruto',
                  'Min-jun','Seo-yeon','Charlotte','Jack','Aroha','Thabo','Sienna','Oliver','Grace','Diego'])[1 + n % 40] AS first_name,
           (ARRAY['Smith','Johnson','Garcia','Martin','Brown','Silva','Rossi','Muller','Dubois','Jansen',
                  'Lindqvist','Kowalski','Sharma','Tanaka','Kim','Walker','Murphy','Lopez','Fernandez','Moreau',
                  'Schmidt','Bianchi','de Vries','Nowak','Patel','Sato','Park','Wilson','Taylor','Naidoo',
                  'Ortiz','Hughes','Costa','Weber','Ricci','Bakker','Berg','Wright','Clarke','Romero'])[1 + (n / 40 + 13 * (n % 40)) % 40] AS last_name,
           1 + (n * 11 + n / 7) % 32 AS city_no
) f
JOIN (VALUES
  (1, 'New York', 'US'), (2, 'Chicago', 'US'), (3, 'Austin', 'US'), (4, 'Seattle', 'US'),
  (5, 'Toronto', 'CA'), (6, 'Vancouver', 'CA'), (7, 'Mexico City', 'MX'), (8, 'São Paulo', 'BR'),
  (9, 'Rio de Janeiro', 'BR'), (10, 'Buenos Aires', 'AR'), (11, 'London', 'GB'), (12, 'Manchester', 'GB'),
  (13, 'Dublin', 'IE'), (14, 'Paris', 'FR'), (15, 'Lyon', 'FR'), (16, 'Berlin', 'DE'),
  (17, 'Munich', 'DE'), (18, 'Madrid', 'ES'), (19, 'Barcelona', 'ES'), (20, 'Rome', 'IT'),
  (21, 'Milan', 'IT'), (22, 'Amsterdam', 'NL'), (23, 'Stockholm', 'SE'), (24, 'Warsaw', 'PL'),
  (25, 'Mumbai', 'IN'), (26, 'Bangalore', 'IN'), (27, 'Tokyo', 'JP'), (28, 'Seoul', 'KR'),
  (29, 'Sydney', 'AU'), (30, 'Melbourne', 'AU'), (31, 'Auckland', 'NZ'), (32, 'Cape Town', 'ZA')
) AS c(city_no, city, iso) ON c.city_no = f.city_no
JOIN countries co ON co.iso_code = c.iso;

INSERT INTO profiles
SELECT row_number() OVER (ORDER BY a.id, j)::int,
       a.id,
       CASE WHEN j = 1 THEN a.first_name
            WHEN kids THEN (ARRAY['Kids','Kids','Junior','Little Ones'])[1 + a.id % 4]
            ELSE (ARRAY['Sam','Alex','Mom','Dad','Grandma','Leo','Nina','Guest','Max','Julie','Tom','Rosa'])[1 + (a.id * 5 + j) % 12] END,
       kids,
       CASE co.iso_code WHEN 'MX' THEN 'Spanish' WHEN 'AR' THEN 'Spanish' WHEN 'ES' THEN 'Spanish'
                        WHEN 'BR' THEN 'Portuguese' WHEN 'FR' THEN 'French' WHEN 'DE' THEN 'German'
                        WHEN 'IT' THEN 'Italian' WHEN 'NL' THEN 'Dutch' WHEN 'SE' THEN 'Swedish'
                        WHEN 'PL' THEN 'Polish' WHEN 'JP' THEN 'Japanese' WHEN 'KR' THEN 'Korean'
                        WHEN 'IN' THEN CASE WHEN j % 2 = 0 THEN 'Hindi' ELSE 'English' END
                        ELSE 'English' END,
       (a.id + j) % 5 <> 0,
       least(a.signed_up_at + make_interval(days => (j - 1) * (3 + a.id % 20), hours => j),
             TIMESTAMPTZ '2024-12-20 12:00+00')
FROM accounts a
JOIN countries co ON co.id = a.country_id
CROSS JOIN LATERAL generate_series(1, (ARRAY[1, 2, 3, 2, 4])[1 + a.id % 5]) AS j
CROSS JOIN LATERAL (SELECT (j = 3 AND a.id % 2 = 0) OR (j = 4 AND a.id % 3 <> 1) AS kids) k;

-- One subscription per account; a third of the early accounts later switched plan and got a second one.
INSERT INTO subscriptions
WITH base AS (
    SELECT n,
           DATE '2022-01-03' + ((n - 1) * 1020) / 220 AS d0,
           CASE WHEN n % 20 < 7 THEN 1 WHEN n % 20 < 16 THEN 2 ELSE 3 END AS plan1,
           (n % 3 = 0 AND n <= 170) AS switched
    FROM generate_series(1, 220) AS n
), firsts AS (
    SELECT n, plan1 AS plan_id, d0 AS start_date,
           CASE WHEN switched THEN (d0 + make_interval(months => 3 + n % 7))::date - 1
                WHEN n % 4 = 1 AND (d0 + make_interval(months => 2 + n % 11))::date <= DATE '2024-12-31'
                     THEN (d0 + make_interval(months => 2 + n % 11))::date
                END AS end_date,
           switched
    FROM base
), seconds AS (
    SELECT n,
           CASE plan1 WHEN 1 THEN 2 WHEN 2 THEN CASE WHEN n % 2 = 0 THEN 3 ELSE 1 END ELSE 2 END AS plan_id,
           (d0 + make_interval(months => 3 + n % 7))::date AS start_date
    FROM base WHERE switched
), subs AS (
    SELECT n AS id, n AS account_id, plan_id, start_date, end_date,
           CASE WHEN switched THEN 'expired'
                WHEN end_date IS NOT NULL THEN 'cancelled'
                WHEN n % 17 = 2 THEN 'paused'
                ELSE 'active' END AS status,
           n AS k
    FROM firsts
    UNION ALL
    SELECT 220 + n / 3, n, plan_id, start_date,
           CASE WHEN n % 5 = 0 AND (start_date + make_interval(months => 4 + n % 6))::date <= DATE '2024-12-31'
                THEN (start_date + make_interval(months => 4 + n % 6))::date END,
           CASE WHEN n % 5 = 0 AND (start_date + make_interval(months => 4 + n % 6))::date <= DATE '2024-12-31'
                THEN 'cancelled' WHEN n % 17 = 2 THEN 'paused' ELSE 'active' END,
           n + 1
    FROM seconds
)
SELECT id, account_id, plan_id, start_date, end_date, status,
       CASE WHEN k % 5 IN (2, 4) THEN 'annual' ELSE 'monthly' END,
       CASE WHEN status IN ('cancelled', 'expired') THEN false ELSE k % 6 <> 0 END,
       CASE WHEN status = 'cancelled'
            THEN (ARRAY['too expensive','not enough new content','switched to another service',
                        'streaming quality issues','only needed it for one show','billing problem'])[1 + (k * 5 + k / 7) % 6] END
FROM subs;

-- Monthly plans are charged every month from the start date, annual plans once a year.
-- Prices went up on 1 January 2024.
INSERT INTO payments
SELECT row_number() OVER (ORDER BY s.id, m)::int,
       s.id,
       (s.start_date + make_interval(months => m)) + make_interval(hours => 6 + s.id % 14, mins => (s.id * 7 + m) % 60),
       CASE WHEN s.billing_cycle = 'annual'
            THEN CASE WHEN (s.start_date + make_interval(months => m)) >= DATE '2024-01-01' THEN p.annual_price
                      ELSE (ARRAY[69.90, 139.90, 179.90])[p.id] END
            ELSE CASE WHEN (s.start_date + make_interval(months => m)) >= DATE '2024-01-01' THEN p.monthly_price
                      ELSE (ARRAY[6.99, 13.99, 17.99])[p.id] END
       END,
       pm.method,
       CASE WHEN (s.id * 3 + m) % 31 = 4 THEN 'failed'
            WHEN (s.id + m * 5) % 53 = 7 THEN 'refunded'
            ELSE 'paid' END,
       CASE WHEN pm.method = 'credit card' THEN lpad(((s.account_id * 6007) % 10000)::text, 4, '0') END
FROM subscriptions s
JOIN plans p ON p.id = s.plan_id
CROSS JOIN LATERAL generate_series(0, 35, CASE WHEN s.billing_cycle = 'annual' THEN 12 ELSE 1 END) AS m
CROSS JOIN LATERAL (
    SELECT (ARRAY['credit card','credit card','credit card','PayPal','Apple Pay','Google Pay','gift card'])[1 + (s.account_id * 3) % 7] AS method
) pm
WHERE (s.start_date + make_interval(months => m))::date < coalesce(s.end_date, DATE '2025-01-01')
  AND (s.start_date + make_interval(months => m))::date <= DATE '2024-12-31'
  AND (s.status <> 'paused' OR (s.start_date + make_interval(months => m))::date < DATE '2024-07-01');

INSERT INTO titles
SELECT n,
       (ARRAY['The Last','Broken','Silent','Midnight','Golden','Hidden','Crimson','Northern',
              'Endless','Wild','Lost','Frozen','Secret','Distant','Little'])[1 + (n - 1) % 15]
         || ' ' ||
       (ARRAY['Harbor','Kingdom','Signal','Garden','Frontier','Empire','River','Summer','Code','Echo'])[1 + (n - 1) / 15],
       CASE WHEN n % 5 IN (0, 2) THEN 'series' ELSE 'movie' END,
       g.genre_id,
       ry.release_year,
       CASE WHEN g.genre_id IN (6, 12) THEN CASE WHEN n % 5 IN (0, 2) THEN 'TV-Y7' ELSE (ARRAY['G','PG'])[1 + n % 2] END
            WHEN n % 5 IN (0, 2) THEN (ARRAY['TV-PG','TV-14','TV-MA','TV-14'])[1 + n % 4]
            ELSE (ARRAY['PG-13','R','PG','PG-13','R'])[1 + n % 5] END,
       CASE WHEN n % 5 IN (0, 2) THEN NULL ELSE 84 + (n * 13) % 71 END,
       (ARRAY['English','English','English','Spanish','English','Korean','French','English','Japanese','English','German'])[1 + (n * 7) % 11],
       (n % 3 = 0),
       CASE WHEN n % 3 = 0 THEN NULL ELSE 40000 + ((n * 7919) % 900) * 1000 END,
       ad.added_on,
       CASE WHEN n % 3 <> 0 AND n % 13 = 1 AND ad.added_on + 420 <= DATE '2024-12-31' THEN ad.added_on + 420 END
FROM generate_series(1, 150) AS n
CROSS JOIN LATERAL (SELECT 1 + (n * 5 + n / 14) % 14 AS genre_id) g
CROSS JOIN LATERAL (SELECT CASE WHEN n % 4 = 0 THEN 1994 + n % 25 WHEN n % 10 = 9 THEN 2024 ELSE 2016 + n % 8 END AS release_year) ry
CROSS JOIN LATERAL (
    SELECT greatest(make_date(ry.release_year, 1 + n % 12, 1 + n % 28), DATE '2021-09-01' + (n * 53) % 820) AS added_on
) ad;

INSERT INTO episodes
SELECT row_number() OVER (ORDER BY t.id, s, e)::int,
       t.id, s, e,
       CASE WHEN s = 1 AND e = 1 THEN 'Pilot'
            ELSE (ARRAY['The Arrival','Crossroads','Homecoming','Aftermath','Fault Lines','Blackout','The Visitor',
                        'Old Wounds','Low Tide','First Light','The Long Night','Safe House','Open Water','Loose Ends',
                        'Undertow','Thin Ice','The Reckoning','New Blood','Ghosts','Point of No Return'])[1 + (t.id * 3 + s * 7 + e) % 20] END,
       CASE WHEN t.genre_id IN (2, 6, 12, 14) THEN 22 + (t.id + e) % 8
            WHEN t.genre_id = 13 THEN 40 + (t.id + e) % 6
            ELSE 44 + (t.id * 3 + e) % 15 END,
       make_date(t.release_year + s - 1, 1 + (t.id * 5) % 9, 1 + t.id % 27) + (e - 1) * 7
FROM titles t
CROSS JOIN LATERAL generate_series(1, least(1 + t.id % 3, 2025 - t.release_year)) AS s
CROSS JOIN LATERAL generate_series(1, 5 + t.id % 4) AS e
WHERE t.title_type = 'series';

-- Sessions: a few profiles never watch, a few titles are never played; kids profiles stay on kids titles.
INSERT INTO viewing_sessions
WITH watchers AS (
    SELECT row_number() OVER (ORDER BY id) AS rn, id, is_kids_profile, created_at AT TIME ZONE 'UTC' AS created_at
    FROM profiles WHERE id % 11 <> 0
), pool AS (
    SELECT id, release_year, title_type, runtime_minutes, added_on, removed_on,
           row_number() OVER (ORDER BY id) AS rn_all,
           row_number() OVER (PARTITION BY genre_id IN (6, 12) ORDER BY id) AS rn_kids,
           genre_id IN (6, 12) AS kids_title
    FROM titles WHERE id % 17 <> 5
), draws AS (
    SELECT g, w.id AS profile_id, w.created_at, w.is_kids_profile,
           CASE WHEN w.is_kids_profile
                THEN (SELECT p.id FROM pool p WHERE p.kids_title
                      AND p.rn_kids = 1 + ((g * g * 7 + g * 3) % 1009) % (SELECT count(*) FROM pool WHERE kids_title))
                ELSE (SELECT p.id FROM pool p
                      WHERE p.rn_all = 1 + ((g * g * 7 + g * 3) % 1009) % (SELECT count(*) FROM pool)) END AS title_id
    FROM generate_series(1, 2000) AS g
    JOIN watchers w ON w.rn = 1 + (g * 53) % (SELECT count(*) FROM watchers)
), with_episode AS (
    SELECT d.*, t.runtime_minutes AS movie_minutes, t.added_on, t.removed_on,
           ep.id AS episode_id, ep.runtime_minutes AS episode_minutes, ep.air_date
    FROM draws d
    JOIN titles t ON t.id = d.title_id
    LEFT JOIN LATERAL (
        SELECT e.id, e.runtime_minutes, e.air_date FROM episodes e
        WHERE e.title_id = t.id
        ORDER BY e.id
        OFFSET (d.g * 13) % nullif((SELECT count(*) FROM episodes x WHERE x.title_id = t.id), 0) LIMIT 1
    ) ep ON t.title_type = 'series'
), timed AS (
    SELECT w.*,
           coalesce(w.episode_minutes, w.movie_minutes) AS full_minutes,
           greatest(w.created_at::date + 1, w.added_on, coalesce(w.air_date, w.added_on)) AS first_day,
           least(coalesce(w.removed_on, DATE '2024-12-31'), DATE '2024-12-31') AS last_day
    FROM with_episode w
), dated AS (
    SELECT t.*,
           (t.first_day + (greatest(t.last_day - t.first_day, 0) * ((t.g * 7919) % 1000) * ((t.g * 7919) % 1000)) / 1000000)
             + make_interval(hours => CASE WHEN t.g % 7 = 0 THEN 7 + t.g % 5 ELSE 17 + t.g % 6 END,
                             mins => (t.g * 37) % 60) AS started_at,
           greatest(1, CASE WHEN t.g % 3 = 0 THEN (coalesce(t.episode_minutes, t.movie_minutes) * (1 + t.g % 10)) / 12
                            ELSE coalesce(t.episode_minutes, t.movie_minutes) END) AS watch_minutes
    FROM timed t
)
SELECT g,
       profile_id, title_id, episode_id,
       started_at,
       CASE WHEN g % 97 = 0 THEN NULL ELSE started_at + make_interval(mins => watch_minutes + g % 4) END,
       watch_minutes,
       (ARRAY['tv','tv','mobile','tv','web','tablet','mobile','console','tv','web'])[1 + (g * 3 + profile_id) % 10],
       watch_minutes >= 0.9 * full_minutes
FROM dated;

-- A licence never ends before the last time its title was played.
UPDATE titles t
SET removed_on = CASE WHEN last_play.day < DATE '2024-12-31' THEN last_play.day + 1 END
FROM (SELECT title_id, max(started_at)::date AS day FROM viewing_sessions GROUP BY title_id) AS last_play
WHERE last_play.title_id = t.id AND t.removed_on <= last_play.day;

INSERT INTO ratings
SELECT row_number() OVER (ORDER BY first_seen, profile_id, title_id)::int,
       profile_id, title_id,
       (ARRAY[5, 4, 4, 3, 5, 2, 4, 1, 5, 3, 4, 5])[1 + (profile_id * 7 + title_id * 3) % 12],
       CASE WHEN (profile_id + title_id) % 4 = 0
            THEN (ARRAY['Loved it','Great cast, slow middle','Could not stop watching','Not for me',
                        'The ending ruined it','Perfect for a Sunday night','Better than expected',
                        'Too long','Beautifully shot','Kids loved it'])[1 + (profile_id + title_id * 3) % 10] END,
       least(first_seen + make_interval(hours => 2 + (profile_id + title_id) % 70), TIMESTAMP '2024-12-31 23:30')
FROM (
    SELECT profile_id, title_id, min(started_at) AS first_seen
    FROM viewing_sessions
    GROUP BY profile_id, title_id
) v
WHERE (profile_id + title_id) % 3 <> 1;
