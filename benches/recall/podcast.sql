-- A podcast network's data: shows and their hosts, episodes, downloads by country and
-- listening app, sponsors, ad campaigns and the ad spots placed in episodes, and listener
-- reviews. Every row is invented and reproducible (fixed lists, generate_series and
-- modular arithmetic; no random(), no clock); uuid keys are md5 hashes of fixed strings.

CREATE SCHEMA app;

CREATE TABLE app.categories (
    id          uuid PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text,
    created_at  timestamptz NOT NULL
);

CREATE TABLE app.hosts (
    id               uuid PRIMARY KEY,
    full_name        text NOT NULL,
    email            text NOT NULL UNIQUE,
    city             text NOT NULL,
    is_staff         boolean NOT NULL,
    fee_per_episode  numeric(8,2) NOT NULL,
    joined_on        date NOT NULL,
    created_at       timestamptz NOT NULL
);

CREATE TABLE app.shows (
    id              uuid PRIMARY KEY,
    title           text NOT NULL UNIQUE,
    category_id     uuid NOT NULL REFERENCES app.categories (id),
    language        text NOT NULL,
    release_cadence text NOT NULL CHECK (release_cadence IN ('weekly', 'biweekly', 'monthly')),
    status          text NOT NULL CHECK (status IN ('active', 'hiatus', 'ended', 'in development')),
    is_explicit     boolean NOT NULL,
    launched_on     date,
    ended_on        date,
    created_at      timestamptz NOT NULL
);

CREATE TABLE app.show_hosts (
    id         uuid PRIMARY KEY,
    show_id    uuid NOT NULL REFERENCES app.shows (id),
    host_id    uuid NOT NULL REFERENCES app.hosts (id),
    role       text NOT NULL CHECK (role IN ('host', 'co-host')),
    started_on date NOT NULL,
    ended_on   date,
    created_at timestamptz NOT NULL,
    UNIQUE (show_id, host_id)
);

CREATE TABLE app.episodes (
    id               uuid PRIMARY KEY,
    show_id          uuid NOT NULL REFERENCES app.shows (id),
    season           integer NOT NULL,
    episode_number   integer NOT NULL,
    title            text NOT NULL,
    duration_seconds integer NOT NULL,
    is_bonus         boolean NOT NULL,
    status           text NOT NULL CHECK (status IN ('published', 'scheduled')),
    published_at     timestamptz,
    scheduled_for    timestamptz,
    created_at       timestamptz NOT NULL,
    UNIQUE (show_id, episode_number)
);

CREATE TABLE app.countries (
    id         uuid PRIMARY KEY,
    iso_code   char(2) NOT NULL UNIQUE,
    name       text NOT NULL UNIQUE,
    region     text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE app.listening_apps (
    id         uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    platform   text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE app.downloads (
    id            uuid PRIMARY KEY,
    episode_id    uuid NOT NULL REFERENCES app.episodes (id),
    country_id    uuid NOT NULL REFERENCES app.countries (id),
    app_id        uuid NOT NULL REFERENCES app.listening_apps (id),
    device_type   text NOT NULL,
    downloaded_at timestamptz NOT NULL,
    created_at    timestamptz NOT NULL
);

CREATE TABLE app.sponsors (
    id            uuid PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    industry      text NOT NULL,
    website       text NOT NULL,
    contact_email text NOT NULL,
    created_at    timestamptz NOT NULL
);

CREATE TABLE app.ad_campaigns (
    id         uuid PRIMARY KEY,
    sponsor_id uuid NOT NULL REFERENCES app.sponsors (id),
    name       text NOT NULL UNIQUE,
    objective  text NOT NULL,
    start_date date NOT NULL,
    end_date   date NOT NULL,
    budget     numeric(12,2) NOT NULL,
    cpm_rate   numeric(8,2) NOT NULL,
    status     text NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
    created_at timestamptz NOT NULL
);

CREATE TABLE app.ad_spots (
    id               uuid PRIMARY KEY,
    campaign_id      uuid NOT NULL REFERENCES app.ad_campaigns (id),
    episode_id       uuid NOT NULL REFERENCES app.episodes (id),
    placement        text NOT NULL CHECK (placement IN ('pre-roll', 'mid-roll', 'post-roll')),
    is_host_read     boolean NOT NULL,
    duration_seconds integer NOT NULL,
    impressions      integer NOT NULL,
    price            numeric(10,2) NOT NULL,
    created_at       timestamptz NOT NULL
);

CREATE TABLE app.reviews (
    id            uuid PRIMARY KEY,
    show_id       uuid NOT NULL REFERENCES app.shows (id),
    app_id        uuid NOT NULL REFERENCES app.listening_apps (id),
    reviewer_name text NOT NULL,
    rating        smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title         text NOT NULL,
    body          text,
    reviewed_at   timestamptz NOT NULL,
    created_at    timestamptz NOT NULL
);

-- Categories -------------------------------------------------------------------------

INSERT INTO app.categories (id, name, description, created_at)
SELECT md5('category' || n)::uuid, name, description,
       timestamptz '2022-01-03 09:00:00+00' + (n * interval '7 minutes')
FROM (VALUES
    (1,  'True Crime',        'Investigations, cold cases and courtroom stories'),
    (2,  'Comedy',            'Improv, panel shows and sketch comedy'),
    (3,  'News & Politics',   'Daily and weekly news analysis'),
    (4,  'Business',          'Markets, startups and personal finance'),
    (5,  'Technology',        'Gadgets, software and the tech industry'),
    (6,  'Health & Fitness',  'Training, nutrition and wellbeing'),
    (7,  'Sports',            'Match analysis, interviews and fan talk'),
    (8,  'History',           'Narrative history and historical deep dives'),
    (9,  'Science',           'Research explained for a general audience'),
    (10, 'Society & Culture', 'Interviews and essays on how we live'),
    (11, 'Kids & Family',     'Parenting and shows for the whole family'),
    (12, 'Music',             'Artist interviews and music history')
) AS c (n, name, description);

-- Hosts --------------------------------------------------------------------------------

INSERT INTO app.hosts (id, full_name, email, city, is_staff, fee_per_episode, joined_on, created_at)
SELECT md5('host' || n)::uuid, full_name,
       lower(replace(replace(full_name, ' ', '.'), '''', '')) || '@' ||
           CASE WHEN is_staff THEN 'wavelength.fm' ELSE 'hostmail.net' END,
       city, is_staff, fee, joined_on,
       joined_on + time '10:30' + (n * interval '3 minutes')
FROM (VALUES
    (1,  'Maya Okafor',       'New York',    true,  450.00, date '2022-01-04'),
    (2,  'Dan Whitcombe',     'Chicago',     true,  400.00, date '2022-01-18'),
    (3,  'Priya Raman',       'London',      false, 650.00, date '2022-02-01'),
    (4,  'Leo Hartmann',      'Austin',      true,  380.00, date '2022-02-21'),
    (5,  'Sofia Marquez',     'Los Angeles', false, 700.00, date '2022-03-02'),
    (6,  'Tom Beckett',       'Boston',      true,  420.00, date '2022-03-28'),
    (7,  'Grace Lindqvist',   'Stockholm',   false, 550.00, date '2022-04-11'),
    (8,  'Marcus Bell',       'Atlanta',     true,  390.00, date '2022-05-09'),
    (9,  'Hannah Cho',        'Seattle',     false, 600.00, date '2022-05-30'),
    (10, 'Oliver Grant',      'Toronto',     true,  410.00, date '2022-06-13'),
    (11, 'Amara Nwosu',       'London',      false, 520.00, date '2022-07-04'),
    (12, 'Jake Donnelly',     'Dublin',      true,  360.00, date '2022-08-01'),
    (13, 'Ruth Feldman',      'New York',    false, 800.00, date '2022-08-15'),
    (14, 'Sam Albright',      'Denver',      true,  430.00, date '2022-09-12'),
    (15, 'Nadia Haddad',      'Chicago',     false, 480.00, date '2022-10-03'),
    (16, 'Chris Yamamoto',    'San Francisco', true, 470.00, date '2022-12-05'),
    (17, 'Elena Petrova',     'Berlin',      false, 530.00, date '2023-01-16'),
    (18, 'Ben Adeyemi',       'Austin',      true,  400.00, date '2023-02-06'),
    (19, 'Lucía Fernández',   'Madrid',      false, 450.00, date '2023-04-10'),
    (20, 'Diego Ramírez',     'Mexico City', false, 420.00, date '2023-05-22'),
    (21, 'Ivy Thompson',      'Portland',    true,  380.00, date '2023-07-03'),
    (22, 'Kwame Mensah',      'Atlanta',     false, 610.00, date '2023-08-14'),
    (23, 'Rachel O''Neill',   'Boston',      true,  440.00, date '2023-11-06'),
    (24, 'Felix Braun',       'Munich',      false, 500.00, date '2024-01-15'),
    (25, 'Jasmine Patel',     'Los Angeles', false, 750.00, date '2024-03-04'),
    (26, 'Noah Sinclair',     'Philadelphia', true, 400.00, date '2024-05-13'),
    (27, 'Zoe Kaplan',        'Brooklyn',    false, 480.00, date '2024-08-05'),
    (28, 'Owen Price',        'Cardiff',     false, 390.00, date '2025-01-20'),
    (29, 'Mia Rossi',         'Chicago',     true,  360.00, date '2025-04-07'),
    (30, 'Arjun Mehta',       'Toronto',     false, 560.00, date '2025-06-16')
) AS h (n, full_name, city, is_staff, fee, joined_on);

-- Shows --------------------------------------------------------------------------------

CREATE TEMP TABLE show_seed (
    n integer, title text, category integer, language text, cadence text, status text,
    is_explicit boolean, launched_on date, ended_on date, last_planned date,
    base_minutes integer, popularity integer, quality integer
);
INSERT INTO show_seed VALUES
    (1,  'Cold Case Files Revisited', 1,  'en', 'weekly',   'active',         true,  '2022-01-12', NULL,         '2025-11-30', 52, 8, 1),
    (2,  'The Laugh Track',           2,  'en', 'weekly',   'active',         true,  '2022-02-03', NULL,         '2025-11-30', 58, 6, 2),
    (3,  'Morning Ledger',            4,  'en', 'weekly',   'active',         false, '2022-03-07', NULL,         '2025-11-30', 28, 5, 1),
    (4,  'Silicon Side Streets',      5,  'en', 'biweekly', 'active',         false, '2022-04-05', NULL,         '2025-11-30', 46, 4, 2),
    (5,  'Run Slow, Live Long',       6,  'en', 'biweekly', 'ended',          false, '2022-05-16', '2024-06-30', '2024-06-30', 35, 2, 3),
    (6,  'Extra Innings',             7,  'en', 'weekly',   'active',         false, '2022-06-01', NULL,         '2025-11-30', 64, 5, 2),
    (7,  'Footnotes of Empire',       8,  'en', 'biweekly', 'active',         false, '2022-07-11', NULL,         '2025-11-30', 71, 4, 1),
    (8,  'Lab Notes',                 9,  'en', 'monthly',  'active',         false, '2022-08-22', NULL,         '2025-11-30', 40, 2, 1),
    (9,  'Kitchen Table Politics',    3,  'en', 'weekly',   'ended',          true,  '2022-09-05', '2023-12-18', '2023-12-18', 44, 3, 3),
    (10, 'Small Town Secrets',        1,  'en', 'biweekly', 'active',         true,  '2022-10-03', NULL,         '2025-11-30', 49, 7, 2),
    (11, 'Overheard at the Office',   2,  'en', 'weekly',   'hiatus',         true,  '2023-01-09', NULL,         '2025-03-31', 33, 3, 3),
    (12, 'The Founder Files',         4,  'en', 'biweekly', 'active',         false, '2023-02-14', NULL,         '2025-11-30', 55, 3, 1),
    (13, 'Byte Size',                 5,  'en', 'weekly',   'active',         false, '2023-03-20', NULL,         '2025-11-30', 22, 4, 2),
    (14, 'Mind Over Muscle',          6,  'en', 'weekly',   'active',         false, '2023-04-17', NULL,         '2025-11-30', 38, 3, 2),
    (15, 'Crónicas del Crimen',       1,  'es', 'biweekly', 'active',         true,  '2023-05-08', NULL,         '2025-11-30', 47, 4, 1),
    (16, 'Fuera de Juego',            7,  'es', 'weekly',   'active',         false, '2023-06-05', NULL,         '2025-11-30', 41, 3, 2),
    (17, 'Deep Time',                 9,  'en', 'monthly',  'active',         false, '2023-08-01', NULL,         '2025-11-30', 66, 2, 1),
    (18, 'The Culture Desk',          10, 'en', 'weekly',   'active',         false, '2023-09-11', NULL,         '2025-11-30', 36, 3, 2),
    (19, 'Money Moves',               4,  'en', 'weekly',   'active',         false, '2024-01-08', NULL,         '2025-11-30', 31, 5, 2),
    (20, 'Zeitgeschichte kompakt',    8,  'de', 'biweekly', 'active',         false, '2024-02-05', NULL,         '2025-11-30', 43, 2, 1),
    (21, 'Late Night Leftovers',      2,  'en', 'weekly',   'ended',          true,  '2024-04-01', '2025-02-24', '2025-02-24', 39, 2, 3),
    (22, 'Courtside Chat',            7,  'en', 'weekly',   'active',         false, '2024-06-03', NULL,         '2025-11-30', 34, 4, 2),
    (23, 'Tiny Humans',               11, 'en', 'biweekly', 'active',         false, '2024-09-02', NULL,         '2025-11-30', 26, 2, 1),
    (24, 'Quantum Coffee',            9,  'en', 'weekly',   'in development', false, NULL,         NULL,         NULL,         30, 1, 2);

INSERT INTO app.shows (id, title, category_id, language, release_cadence, status, is_explicit,
                       launched_on, ended_on, created_at)
SELECT md5('show' || n)::uuid, title, md5('category' || category)::uuid, language, cadence,
       status, is_explicit, launched_on, ended_on,
       coalesce(launched_on - 45, date '2025-09-15') + time '14:00' + (n * interval '11 minutes')
FROM show_seed;

-- Hosts on shows -----------------------------------------------------------------------

INSERT INTO app.show_hosts (id, show_id, host_id, role, started_on, ended_on, created_at)
SELECT md5('show_host' || sh.show_n || '-' || sh.host_n)::uuid,
       md5('show' || sh.show_n)::uuid, md5('host' || sh.host_n)::uuid, sh.role,
       greatest(s.launched_on, h.joined_on) + sh.start_offset, sh.ended_on,
       greatest(s.launched_on, h.joined_on) + sh.start_offset - 10 + time '09:00'
FROM (VALUES
    (1, 1, 'host', 0, NULL::date),   (1, 13, 'co-host', 0, NULL),
    (2, 2, 'host', 0, NULL),         (2, 5, 'co-host', 0, NULL),      (2, 9, 'co-host', 120, date '2023-06-30'),
    (3, 4, 'host', 0, NULL),
    (4, 16, 'host', 0, NULL),        (4, 6, 'co-host', 0, NULL),
    (5, 8, 'host', 0, date '2024-06-30'),
    (6, 10, 'host', 0, NULL),        (6, 14, 'co-host', 30, NULL),
    (7, 3, 'host', 0, NULL),
    (8, 7, 'host', 0, NULL),
    (9, 11, 'host', 0, date '2023-12-18'), (9, 15, 'co-host', 0, date '2023-12-18'),
    (10, 1, 'co-host', 0, NULL),     (10, 12, 'host', 0, NULL),
    (11, 18, 'host', 0, NULL),       (11, 2, 'co-host', 0, NULL),
    (12, 13, 'host', 0, NULL),
    (13, 16, 'co-host', 0, NULL),    (13, 21, 'host', 0, NULL),
    (14, 23, 'host', 0, NULL),       (14, 8, 'co-host', 60, NULL),
    (15, 19, 'host', 0, NULL),       (15, 20, 'co-host', 0, NULL),
    (16, 20, 'host', 0, NULL),
    (17, 9, 'host', 0, NULL),        (17, 22, 'co-host', 0, NULL),
    (18, 22, 'host', 0, NULL),       (18, 11, 'co-host', 14, NULL),   (18, 15, 'co-host', 200, NULL),
    (19, 6, 'host', 0, NULL),        (19, 25, 'co-host', 0, NULL),
    (20, 24, 'host', 0, NULL),       (20, 17, 'co-host', 0, NULL),
    (21, 5, 'host', 0, date '2025-02-24'), (21, 26, 'co-host', 0, date '2025-02-24'),
    (22, 10, 'co-host', 0, NULL),    (22, 26, 'host', 0, NULL),
    (23, 27, 'host', 0, NULL)
) AS sh (show_n, host_n, role, start_offset, ended_on)
JOIN show_seed s ON s.n = sh.show_n
JOIN app.hosts h ON h.id = md5('host' || sh.host_n)::uuid;

-- Episodes -----------------------------------------------------------------------------

CREATE TEMP TABLE episode_seed AS
SELECT row_number() OVER (ORDER BY s.n, d) AS g,
       s.n AS show_n,
       row_number() OVER (PARTITION BY s.n ORDER BY d) AS ep_no,
       d::date AS release_date,
       s.launched_on, s.base_minutes, s.popularity
FROM show_seed s
CROSS JOIN LATERAL generate_series(
    s.launched_on::timestamp, s.last_planned::timestamp,
    CASE s.cadence WHEN 'weekly' THEN interval '7 days'
                   WHEN 'biweekly' THEN interval '14 days'
                   ELSE interval '1 month' END) AS d
WHERE s.launched_on IS NOT NULL;

INSERT INTO app.episodes (id, show_id, season, episode_number, title, duration_seconds, is_bonus,
                          status, published_at, scheduled_for, created_at)
SELECT md5('episode' || e.g)::uuid,
       md5('show' || e.show_n)::uuid,
       extract(year FROM e.release_date)::int - extract(year FROM e.launched_on)::int + 1,
       e.ep_no,
       CASE WHEN e.ep_no % 12 = 0 THEN 'Bonus: ' ELSE '' END ||
       (ARRAY['The Beginning', 'Follow the Money', 'Behind Closed Doors', 'What We Got Wrong',
              'Listener Mailbag', 'The Long Game', 'Into the Archives', 'A Second Look',
              'The Interview', 'Loose Ends', 'Numbers Don''t Lie', 'On the Road',
              'The Turning Point', 'Ask Us Anything', 'Quiet Heroes', 'The Big Picture',
              'Myths and Facts', 'Under Pressure', 'Fresh Starts', 'Year in Review',
              'Hidden Costs', 'The Comeback', 'Lessons Learned', 'Small Wins',
              'Open Questions', 'Rules of Thumb', 'Against the Odds', 'Field Notes',
              'The Deep End', 'Unfinished Business', 'Crossroads', 'Last Call'])
           [1 + ((e.g * 7 + e.show_n) % 32)] || ' (Ep. ' || e.ep_no || ')',
       CASE WHEN e.ep_no % 12 = 0
            THEN 600 + (e.g * 53) % 900
            ELSE e.base_minutes * 60 + (e.g * 137) % 1200 - 600 END,
       e.ep_no % 12 = 0,
       CASE WHEN e.release_date <= date '2025-10-31' THEN 'published' ELSE 'scheduled' END,
       CASE WHEN e.release_date <= date '2025-10-31'
            THEN e.release_date + time '05:00' + ((e.show_n % 4) * interval '1 hour') END,
       CASE WHEN e.release_date > date '2025-10-31'
            THEN e.release_date + time '05:00' + ((e.show_n % 4) * interval '1 hour') END,
       least(e.release_date, date '2025-10-28') - (3 + e.g % 9)::int + time '16:20'
FROM episode_seed e;

-- Countries and listening apps ---------------------------------------------------------

INSERT INTO app.countries (id, iso_code, name, region, created_at)
SELECT md5('country' || n)::uuid, iso, name, region,
       timestamptz '2022-01-03 09:30:00+00' + (n * interval '1 minute')
FROM (VALUES
    (1, 'US', 'United States', 'North America'), (2, 'GB', 'United Kingdom', 'Europe'),
    (3, 'CA', 'Canada', 'North America'),        (4, 'AU', 'Australia', 'Oceania'),
    (5, 'DE', 'Germany', 'Europe'),              (6, 'IE', 'Ireland', 'Europe'),
    (7, 'NL', 'Netherlands', 'Europe'),          (8, 'SE', 'Sweden', 'Europe'),
    (9, 'IN', 'India', 'Asia'),                  (10, 'BR', 'Brazil', 'South America'),
    (11, 'MX', 'Mexico', 'North America'),       (12, 'ES', 'Spain', 'Europe'),
    (13, 'FR', 'France', 'Europe'),              (14, 'ZA', 'South Africa', 'Africa'),
    (15, 'NZ', 'New Zealand', 'Oceania'),        (16, 'JP', 'Japan', 'Asia'),
    (17, 'AR', 'Argentina', 'South America'),    (18, 'NG', 'Nigeria', 'Africa')
) AS c (n, iso, name, region);

INSERT INTO app.listening_apps (id, name, platform, created_at)
SELECT md5('app' || n)::uuid, name, platform,
       timestamptz '2022-01-03 09:45:00+00' + (n * interval '1 minute')
FROM (VALUES
    (1, 'Apple Podcasts', 'iOS'),         (2, 'Spotify', 'cross-platform'),
    (3, 'Pocket Casts', 'cross-platform'), (4, 'Overcast', 'iOS'),
    (5, 'YouTube Music', 'cross-platform'), (6, 'Amazon Music', 'cross-platform'),
    (7, 'Castbox', 'Android'),            (8, 'Podcast Addict', 'Android'),
    (9, 'Web Player', 'web'),             (10, 'Castro', 'iOS')
) AS a (n, name, platform);

-- Downloads ----------------------------------------------------------------------------

CREATE TEMP TABLE download_seed AS
SELECT row_number() OVER (ORDER BY e.g, j) AS d, e.g, e.show_n, j,
       e.release_date + time '05:00' + ((e.show_n % 4) * interval '1 hour') AS released
FROM episode_seed e
CROSS JOIN LATERAL generate_series(2, (e.g * e.g + e.ep_no + e.show_n) % (e.popularity + 2)) AS j
WHERE e.release_date <= date '2025-10-31';

INSERT INTO app.downloads (id, episode_id, country_id, app_id, device_type, downloaded_at, created_at)
SELECT md5('download' || d)::uuid,
       md5('episode' || g)::uuid,
       md5('country' || CASE
            WHEN c < 36 THEN 1  WHEN c < 48 THEN 2  WHEN c < 56 THEN 3  WHEN c < 63 THEN 4
            WHEN c < 69 THEN 5  WHEN c < 72 THEN 6  WHEN c < 75 THEN 7  WHEN c < 77 THEN 8
            WHEN c < 82 THEN 9  WHEN c < 85 THEN 10 WHEN c < 89 THEN 11 WHEN c < 93 THEN 12
            WHEN c < 95 THEN 13 WHEN c < 97 THEN 14 WHEN c < 98 THEN 15 WHEN c < 99 THEN 16
            ELSE 17 END)::uuid,
       md5('app' || CASE
            WHEN a < 38 THEN 1  WHEN a < 70 THEN 2  WHEN a < 76 THEN 3  WHEN a < 81 THEN 4
            WHEN a < 88 THEN 5  WHEN a < 92 THEN 6  WHEN a < 95 THEN 7  WHEN a < 98 THEN 8
            WHEN a < 99 THEN 9 ELSE 10 END)::uuid,
       CASE WHEN v < 68 THEN 'phone' WHEN v < 80 THEN 'desktop' WHEN v < 89 THEN 'smart speaker'
            WHEN v < 95 THEN 'tablet' ELSE 'car' END,
       dl, dl
FROM (
    SELECT d, g, (d * 37 + g * 11) % 100 AS c, (d * 53 + g * 29 + j * 7) % 100 AS a,
           (d * 17 + j * 41) % 100 AS v,
           least(released + ((j * j * 3 + g) % 40) * interval '1 day'
                          + ((d * 7) % 1440) * interval '1 minute',
                 timestamptz '2025-10-31 23:00:00+00' - ((d % 600) * interval '1 minute')) AS dl
    FROM download_seed
) q;

-- Sponsors and campaigns ---------------------------------------------------------------

INSERT INTO app.sponsors (id, name, industry, website, contact_email, created_at)
SELECT md5('sponsor' || n)::uuid, name, industry,
       'https://www.' || slug || '.com', 'partnerships@' || slug || '.com',
       timestamptz '2022-02-01 11:00:00+00' + ((n * 23) * interval '1 day')
FROM (VALUES
    (1,  'Drowsy Dreams Mattress',  'Home & Sleep',     'drowsydreams'),
    (2,  'Hearth & Pan Meal Kits',  'Food & Drink',     'hearthandpan'),
    (3,  'ShieldLine VPN',          'Software',         'shieldlinevpn'),
    (4,  'Kinetic Athletics',       'Apparel',          'kineticathletics'),
    (5,  'Ledgerly',                'Financial Services','ledgerly'),
    (6,  'Northbound Coffee',       'Food & Drink',     'northboundcoffee'),
    (7,  'Quillbox Web Builder',    'Software',         'quillbox'),
    (8,  'Verdant Greens',          'Health',           'verdantgreens'),
    (9,  'Parcel Pilot',            'Logistics',        'parcelpilot'),
    (10, 'Brightside Insurance',    'Financial Services','brightsideins'),
    (11, 'Lumen Eyewear',           'Apparel',          'lumeneyewear'),
    (12, 'Tandem Language',         'Education',        'tandemlang'),
    (13, 'Crate & Canine',          'Pet Supplies',     'crateandcanine'),
    (14, 'Solace Therapy Online',   'Health',           'solacetherapy'),
    (15, 'Roam Rentals',            'Travel',           'roamrentals'),
    (16, 'Gridiron Fantasy',        'Gaming',           'gridironfantasy'),
    (17, 'Pocket Ledger Bank',      'Financial Services','pocketledger'),
    (18, 'Auric Razors',            'Personal Care',    'auricrazors'),
    (19, 'Mindful Minutes',         'Health',           'mindfulminutes'),
    (20, 'Trailhead Outfitters',    'Apparel',          'trailheadoutfitters'),
    (21, 'Copperleaf Tea',          'Food & Drink',     'copperleaftea'),
    (22, 'Stackwise Cloud',         'Software',         'stackwisecloud')
) AS s (n, name, industry, slug);

CREATE TEMP TABLE campaign_seed AS
SELECT g,
       1 + (g * 7) % 19 AS sponsor_n,
       date '2022-03-01' + (g - 1) * 28 + (g * 5) % 9 AS start_date,
       date '2022-03-01' + (g - 1) * 28 + (g * 5) % 9 + 27 + ((g * 17) % 5) * 30 AS end_date,
       (ARRAY['brand awareness', 'promo code sales', 'app installs', 'sign-ups'])[1 + (g * 3) % 4] AS objective,
       15000 + ((g * 1237) % 40) * 500 AS budget,
       18 + (g * 7) % 15 + ((g * 3) % 4) * 0.25 AS cpm_rate
FROM generate_series(1, 50) AS g;

INSERT INTO app.ad_campaigns (id, sponsor_id, name, objective, start_date, end_date, budget,
                              cpm_rate, status, created_at)
SELECT md5('campaign' || c.g)::uuid, md5('sponsor' || c.sponsor_n)::uuid,
       s.name || ' ' || to_char(c.start_date, 'Mon YYYY') || ' flight',
       c.objective, c.start_date, c.end_date, c.budget, c.cpm_rate,
       CASE WHEN c.g % 11 = 0 THEN 'cancelled'
            WHEN c.end_date < date '2025-10-31' THEN 'completed'
            WHEN c.start_date > date '2025-10-31' THEN 'planned'
            ELSE 'active' END,
       c.start_date - 21 + time '13:15'
FROM campaign_seed c
JOIN app.sponsors s ON s.id = md5('sponsor' || c.sponsor_n)::uuid;

-- Ad spots: every fifth-ish episode released during a (not cancelled) campaign's flight.
INSERT INTO app.ad_spots (id, campaign_id, episode_id, placement, is_host_read, duration_seconds,
                          impressions, price, created_at)
SELECT md5('spot' || c.g || '-' || e.g)::uuid,
       md5('campaign' || c.g)::uuid, md5('episode' || e.g)::uuid,
       (ARRAY['pre-roll', 'mid-roll', 'mid-roll', 'post-roll'])[1 + (e.g + c.g) % 4],
       (e.g * 3 + c.g) % 5 < 3,
       (ARRAY[30, 60, 60, 90])[1 + (e.g * 5 + c.g) % 4],
       imp,
       round(imp * c.cpm_rate / 1000.0, 2),
       e.release_date - 5 + time '08:00'
FROM campaign_seed c
JOIN episode_seed e
  ON e.release_date BETWEEN c.start_date AND c.end_date
 AND e.release_date <= date '2025-10-31'
 AND (e.g * 13 + c.g * 7) % 5 = 0
CROSS JOIN LATERAL (SELECT 6000 + e.popularity * 4500 + (e.g * 97 + c.g * 31) % 12000 AS imp) i
WHERE c.g % 11 <> 0;

-- Budgets of booked campaigns follow what their spots sold for: most leave some headroom,
-- a few overran; active campaigns still have most of their flight ahead.
UPDATE app.ad_campaigns c
SET budget = round(t.spend * (0.9 + ((t.g * 7) % 9) * 0.05)
                   * CASE WHEN c.status = 'active' THEN 1.6 ELSE 1 END, -2)
FROM (SELECT cs.g, sum(sp.price) AS spend
      FROM campaign_seed cs
      JOIN app.ad_spots sp ON sp.campaign_id = md5('campaign' || cs.g)::uuid
      GROUP BY cs.g) t
WHERE c.id = md5('campaign' || t.g)::uuid;

-- Reviews ------------------------------------------------------------------------------

INSERT INTO app.reviews (id, show_id, app_id, reviewer_name, rating, title, body, reviewed_at, created_at)
SELECT md5('review' || r.g)::uuid, md5('show' || s.n)::uuid,
       md5('app' || CASE WHEN (r.g * 7) % 20 < 12 THEN 1 WHEN (r.g * 7) % 20 < 18 THEN 2
                         WHEN (r.g * 7) % 20 < 19 THEN 8 ELSE 7 END)::uuid,
       (ARRAY['sleepy', 'commuter', 'night_owl', 'trivia', 'coffee', 'marathon', 'bookish',
              'daily', 'curious', 'gardening'])[1 + r.g % 10] ||
       (ARRAY['_listener', 'Fan', '_kate', 'Dad', '_mo', 'Runner', 'Nerd'])[1 + (r.g * 3) % 7] ||
       (r.g % 97)::text,
       rt.rating,
       (CASE rt.rating
            WHEN 5 THEN ARRAY['Obsessed!', 'Best show in my feed', 'Appointment listening']
            WHEN 4 THEN ARRAY['Really solid', 'Great hosts', 'Worth a subscribe']
            WHEN 3 THEN ARRAY['Hit or miss', 'Decent', 'Too many ads lately']
            WHEN 2 THEN ARRAY['Lost its way', 'Audio quality issues', 'Not for me']
            ELSE ARRAY['Unlistenable', 'Way too many ads', 'Unsubscribed'] END)[1 + r.g % 3],
       CASE WHEN r.g % 4 = 0 THEN NULL
            ELSE 'Listened on ' || (ARRAY['my commute', 'long runs', 'road trips', 'the school run'])[1 + r.g % 4] || '.' END,
       rv.at, rv.at + interval '2 minutes'
FROM generate_series(1, 760) AS r (g)
CROSS JOIN (SELECT array_agg(s.n ORDER BY s.n, k) AS arr
            FROM show_seed s CROSS JOIN LATERAL generate_series(1, s.popularity + 2) AS k
            WHERE s.launched_on IS NOT NULL) w
JOIN show_seed s
  ON s.n = w.arr[1 + (r.g * 37) % array_length(w.arr, 1)]
CROSS JOIN LATERAL (
    SELECT (s.launched_on + 20 + (r.g * 53) %
            (least(coalesce(s.ended_on + 90, date '2025-10-25'), date '2025-10-25') - s.launched_on - 20))
           + time '07:00' + ((r.g * 37) % 900) * interval '1 minute' AS at
) rv
CROSS JOIN LATERAL (
    SELECT CASE s.quality
             WHEN 1 THEN (ARRAY[5,5,5,5,5,4,4,4,3,2])[1 + (r.g * 11 + s.n * 3) % 10]
             WHEN 2 THEN (ARRAY[5,5,5,4,4,4,3,3,2,1])[1 + (r.g * 11 + s.n * 3) % 10]
             ELSE        (ARRAY[5,4,4,3,3,3,2,2,1,1])[1 + (r.g * 11 + s.n * 3) % 10] END AS rating
) rt;

DROP TABLE show_seed, episode_seed, download_seed, campaign_seed;

ANALYZE;
