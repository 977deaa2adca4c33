-- Operational data of an online multiplayer game studio (game backend and in-game store),
-- used as the sample database of the golden set benches/intent/gaming.frozen.yaml.
-- Nothing carries a comment; every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE SCHEMA game;
CREATE SCHEMA store;

CREATE TABLE game.players (
    player_id      integer PRIMARY KEY,
    username       varchar(40) NOT NULL UNIQUE,
    email          varchar(120),
    country        text NOT NULL,
    platform       text NOT NULL,
    signed_up_on   date NOT NULL,
    birth_date     date,
    is_premium     boolean NOT NULL,
    account_status text NOT NULL,
    last_login_at  timestamptz
);
CREATE TABLE game.characters (
    character_id    integer PRIMARY KEY,
    player_id       integer NOT NULL REFERENCES game.players,
    character_name  varchar(40) NOT NULL,
    character_class text NOT NULL,
    level           integer NOT NULL,
    experience      bigint NOT NULL,
    created_at      timestamp NOT NULL,
    deleted_at      timestamp
);
CREATE TABLE game.guilds (
    guild_id      integer PRIMARY KEY,
    guild_name    text NOT NULL,
    tag           varchar(5) NOT NULL,
    region        text NOT NULL,
    founded_on    date NOT NULL,
    max_members   integer NOT NULL,
    is_recruiting boolean NOT NULL,
    motto         text
);
CREATE TABLE game.guild_members (
    guild_member_id integer PRIMARY KEY,
    guild_id        integer NOT NULL REFERENCES game.guilds,
    player_id       integer NOT NULL REFERENCES game.players,
    role            text NOT NULL,
    joined_on       date NOT NULL,
    left_on         date
);
CREATE TABLE game.matches (
    match_id      integer PRIMARY KEY,
    game_mode     text NOT NULL,
    map_name      text NOT NULL,
    server_region text NOT NULL,
    is_ranked     boolean NOT NULL,
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz,
    status        text NOT NULL
);
CREATE TABLE game.match_results (
    match_result_id integer PRIMARY KEY,
    match_id        integer NOT NULL REFERENCES game.matches,
    player_id       integer NOT NULL REFERENCES game.players,
    character_id    integer NOT NULL REFERENCES game.characters,
    team            smallint,
    score           integer NOT NULL,
    kills           integer NOT NULL,
    deaths          integer NOT NULL,
    assists         integer NOT NULL,
    won             boolean NOT NULL,
    UNIQUE (match_id, player_id)
);
CREATE TABLE game.achievements (
    achievement_id   integer PRIMARY KEY,
    achievement_name text NOT NULL,
    category         text NOT NULL,
    points           integer NOT NULL,
    is_hidden        boolean NOT NULL,
    added_on         date NOT NULL
);
CREATE TABLE game.player_achievements (
    player_achievement_id integer PRIMARY KEY,
    player_id             integer NOT NULL REFERENCES game.players,
    achievement_id        integer NOT NULL REFERENCES game.achievements,
    unlocked_at           timestamp NOT NULL,
    UNIQUE (player_id, achievement_id)
);
CREATE TABLE store.items (
    item_id     integer PRIMARY KEY,
    item_name   text NOT NULL,
    item_type   text NOT NULL,
    rarity      text NOT NULL,
    price       numeric(8,2) NOT NULL,
    released_on date NOT NULL,
    is_limited  boolean NOT NULL,
    retired_on  date
);
CREATE TABLE store.purchases (
    purchase_id    integer PRIMARY KEY,
    player_id      integer NOT NULL REFERENCES game.players,
    item_id        integer NOT NULL REFERENCES store.items,
    purchased_at   timestamptz NOT NULL,
    price_paid     numeric(8,2) NOT NULL,
    payment_method text NOT NULL,
    status         text NOT NULL,
    promo_code     varchar(20)
);
CREATE TABLE store.refunds (
    refund_id   integer PRIMARY KEY,
    purchase_id integer NOT NULL REFERENCES store.purchases,
    refunded_at timestamptz NOT NULL,
    amount      numeric(8,2) NOT NULL,
    reason      text NOT NULL,
    approved_by varchar(40)
);
CREATE TABLE store.support_tickets (
    support_ticket_id   integer PRIMARY KEY,
    player_id           integer NOT NULL REFERENCES game.players,
    purchase_id         integer REFERENCES store.purchases,
    category            text NOT NULL,
    priority            text NOT NULL,
    status              text NOT NULL,
    subject             text NOT NULL,
    opened_at           timestamptz NOT NULL,
    resolved_at         timestamptz,
    satisfaction_rating smallint
);

INSERT INTO game.players
SELECT n,
       (ARRAY['Shadow','Frost','Iron','Silent','Crimson','Lucky','Rapid','Golden','Night','Storm',
              'Wild','Toxic','Cosmic','Savage','Pixel','Turbo'])[1 + n % 16]
         || (ARRAY['Fox','Wolf','Viper','Hawk','Blade','Ninja','Ghost','Raven','Tiger','Knight',
                   'Sniper','Falcon','Dragon','Cobra','Panda','Reaper'])[1 + (n / 16 + 3 * n) % 16]
         || n,
       CASE WHEN n % 11 = 0 THEN NULL
            ELSE 'player' || n || (ARRAY['@gmail.com','@outlook.com','@yahoo.com','@gmx.de','@orange.fr','@icloud.com'])[1 + n % 6] END,
       (ARRAY['United States','Germany','France','Brazil','Japan','South Korea','United Kingdom',
              'Canada','Poland','Sweden','Spain','Australia'])[1 + (n * 7 + n / 12) % 12],
       (ARRAY['PC','PlayStation','Xbox','Nintendo Switch','Mobile','PC','PlayStation','Mobile'])[1 + (n * 3 + n / 7) % 8],
       DATE '2022-01-01' + (n * 389) % 1096,
       CASE WHEN n % 6 = 0 THEN NULL ELSE DATE '1975-01-01' + (n * 2713) % 12000 END,
       (n % 5 = 0),
       CASE WHEN n % 41 = 0 THEN 'banned' WHEN n % 29 = 0 THEN 'suspended'
            WHEN n % 23 = 0 THEN 'closed' ELSE 'active' END,
       CASE WHEN n % 13 = 0 THEN NULL
            ELSE TIMESTAMPTZ '2024-06-01 00:00+00' + ((n * 4177) % 300000) * interval '1 minute' END
FROM generate_series(1, 400) AS n;

INSERT INTO game.characters
SELECT n,
       p.player_id,
       (ARRAY['Aldric','Brynn','Cassia','Dorian','Elara','Fenwick','Gideon','Isolde','Kael','Lyra',
              'Magnus','Nyx','Orin','Persephone','Rowan','Seraphina','Thorne','Vesper','Wren','Zephyr'])[1 + (n * 3) % 20],
       (ARRAY['Warrior','Mage','Rogue','Healer','Ranger','Paladin'])[1 + (n * 5 + n / 9) % 6],
       1 + (n * 17) % 60,
       ((1 + (n * 17) % 60) * (1 + (n * 17) % 60) * 350 + (n * 131) % 5000)::bigint,
       least(p.signed_up_on + (n % 120), DATE '2024-12-30') + ((n * 53) % 1440) * interval '1 minute',
       CASE WHEN n % 19 = 0 THEN TIMESTAMP '2024-11-01' + (n % 50) * interval '1 day' END
FROM generate_series(1, 700) AS n
JOIN game.players p ON p.player_id = (n - 1) % 400 + 1;

INSERT INTO game.guilds VALUES
  (1, 'Iron Wolves', 'IRW', 'Europe', '2022-01-15', 50, true, 'Strength in the pack'),
  (2, 'Crimson Tide', 'CRT', 'North America', '2022-02-03', 40, false, NULL),
  (3, 'Night Watch', 'NWT', 'Europe', '2022-02-20', 30, true, 'We never sleep'),
  (4, 'Sakura Blades', 'SKB', 'Asia', '2022-03-11', 50, true, NULL),
  (5, 'Golden Phoenix', 'GPX', 'North America', '2022-04-02', 60, true, 'Rise again'),
  (6, 'Storm Riders', 'STR', 'Oceania', '2022-05-19', 30, false, NULL),
  (7, 'Los Lobos', 'LOB', 'South America', '2022-06-07', 40, true, 'Juntos hasta el final'),
  (8, 'Frost Giants', 'FRG', 'Europe', '2022-07-23', 50, true, NULL),
  (9, 'Shadow Syndicate', 'SHS', 'North America', '2022-08-14', 25, false, 'Unseen, unheard'),
  (10, 'Dragon Dynasty', 'DRD', 'Asia', '2022-09-30', 60, true, NULL),
  (11, 'Valkyrie Squad', 'VKS', 'Europe', '2022-11-05', 30, true, 'Chosen for glory'),
  (12, 'Jaguar Clan', 'JGC', 'South America', '2022-12-12', 40, false, NULL),
  (13, 'Silver Arrows', 'SAR', 'Europe', '2023-01-21', 35, true, NULL),
  (14, 'Thunder Lords', 'THL', 'North America', '2023-02-28', 50, true, 'Hear us roar'),
  (15, 'Kraken Crew', 'KRK', 'Oceania', '2023-04-09', 30, true, NULL),
  (16, 'Obsidian Order', 'OBO', 'Europe', '2023-05-17', 45, false, 'Order above all'),
  (17, 'Neon Samurai', 'NEO', 'Asia', '2023-06-25', 50, true, NULL),
  (18, 'Red Baron Squadron', 'RBS', 'Europe', '2023-08-03', 30, true, NULL),
  (19, 'Wildfire', 'WLD', 'North America', '2023-09-12', 40, true, 'Spread fast'),
  (20, 'Polar Bears', 'PLB', 'Europe', '2023-10-29', 25, false, NULL),
  (21, 'Aurora Legion', 'AUL', 'Europe', '2024-01-08', 50, true, 'Light the sky'),
  (22, 'Titan Forge', 'TTF', 'North America', '2024-03-16', 40, true, NULL),
  (23, 'Lotus Assassins', 'LTA', 'Asia', '2024-05-27', 30, true, NULL),
  (24, 'Southern Cross', 'SCX', 'Oceania', '2024-08-19', 30, true, 'Under one sky');

-- Each of 260 distinct players belongs to one guild; the first 24 rows are the leaders.
INSERT INTO game.guild_members
SELECT n,
       g.guild_id,
       (n * 7) % 400 + 1,
       CASE WHEN n <= 24 THEN 'leader' WHEN n % 6 = 0 THEN 'officer' WHEN n % 11 = 0 THEN 'recruit' ELSE 'member' END,
       least(g.founded_on + CASE WHEN n <= 24 THEN 0 ELSE (n * 37) % 400 END, DATE '2024-12-20'),
       CASE WHEN n > 24 AND n % 9 = 0
            THEN least(g.founded_on + (n * 37) % 400 + 30 + (n * 13) % 200, DATE '2024-12-30') END
FROM generate_series(1, 260) AS n
JOIN game.guilds g ON g.guild_id = (n * 5) % 24 + 1;

INSERT INTO game.matches
SELECT n,
       (ARRAY['Team Deathmatch','Battle Royale','Capture the Flag','Domination','Free-for-All',
              'Team Deathmatch','Battle Royale'])[1 + (n * 3 + n / 5) % 7],
       (ARRAY['Frostbite Canyon','Harbor District','Desert Outpost','Sunken Temple','Skyline Towers',
              'Volcano Ridge','Old Mill','Neon City'])[1 + (n * 5 + n / 8) % 8],
       (ARRAY['EU West','US East','US West','Asia Pacific','South America','EU West'])[1 + (n * 7) % 6],
       (n % 3 <> 0),
       TIMESTAMPTZ '2022-01-01 00:00+00' + (n - 1) * interval '82 hours' + ((n * 37) % 600) * interval '1 minute',
       CASE WHEN n % 37 = 0 OR n = 320 THEN NULL
            ELSE TIMESTAMPTZ '2022-01-01 00:00+00' + (n - 1) * interval '82 hours' + ((n * 37) % 600) * interval '1 minute'
                 + (8 + (n * 11) % 30) * interval '1 minute' END,
       CASE WHEN n = 320 THEN 'in_progress' WHEN n % 37 = 0 THEN 'abandoned' ELSE 'completed' END
FROM generate_series(1, 320) AS n;

-- Five players per match.
INSERT INTO game.match_results
SELECT (m.match_id - 1) * 5 + s,
       m.match_id,
       (m.match_id * 37 + s * 83) % 400 + 1,
       CASE WHEN m.match_id % 2 = 0 AND (m.match_id * 37 + s * 83) % 400 + 1 <= 300
            THEN (m.match_id * 37 + s * 83) % 400 + 1 + 400
            ELSE (m.match_id * 37 + s * 83) % 400 + 1 END,
       CASE WHEN m.game_mode IN ('Battle Royale','Free-for-All') THEN NULL ELSE (s % 2 + 1)::smallint END,
       ((m.match_id * 7 + s * 11) % 11 + ((m.match_id * 37 + s * 83) * 31) % 17) * 100
         + ((m.match_id * 5 + s * 3) % 12) * 50 + (m.match_id * s) % 90,
       (m.match_id * 7 + s * 11) % 11 + ((m.match_id * 37 + s * 83) * 31) % 17,
       (m.match_id * 3 + s * 5) % 15,
       (m.match_id * 5 + s * 3) % 12,
       CASE WHEN m.status <> 'completed' THEN false
            WHEN m.game_mode IN ('Battle Royale','Free-for-All') THEN s = 1 + m.match_id % 5
            ELSE s % 2 + 1 = 1 + m.match_id % 2 END
FROM game.matches m
CROSS JOIN generate_series(1, 5) AS s;

INSERT INTO game.achievements VALUES
  (1, 'First Blood', 'Combat', 10, false, '2022-01-01'),
  (2, 'Sharpshooter', 'Combat', 25, false, '2022-01-01'),
  (3, 'Unstoppable', 'Combat', 50, false, '2022-01-01'),
  (4, 'Last One Standing', 'Combat', 75, false, '2022-01-01'),
  (5, 'Headhunter', 'Combat', 40, false, '2022-01-01'),
  (6, 'Untouchable', 'Combat', 100, true, '2022-01-01'),
  (7, 'Globetrotter', 'Exploration', 20, false, '2022-01-01'),
  (8, 'Cartographer', 'Exploration', 30, false, '2022-01-01'),
  (9, 'Secret Passage', 'Exploration', 50, true, '2022-03-15'),
  (10, 'Summit Reached', 'Exploration', 25, false, '2022-03-15'),
  (11, 'Deep Diver', 'Exploration', 35, false, '2022-06-01'),
  (12, 'Band of Brothers', 'Social', 15, false, '2022-01-01'),
  (13, 'Guild Founder', 'Social', 30, false, '2022-01-01'),
  (14, 'Helping Hand', 'Social', 10, false, '2022-01-01'),
  (15, 'Squad Goals', 'Social', 20, false, '2022-06-01'),
  (16, 'Party Animal', 'Social', 25, false, '2022-09-10'),
  (17, 'Collector', 'Collection', 20, false, '2022-01-01'),
  (18, 'Fashionista', 'Collection', 30, false, '2022-01-01'),
  (19, 'Hoarder', 'Collection', 40, false, '2022-06-01'),
  (20, 'Legendary Taste', 'Collection', 60, false, '2023-01-10'),
  (21, 'Completionist', 'Collection', 100, true, '2023-01-10'),
  (22, 'Rookie', 'Progression', 5, false, '2022-01-01'),
  (23, 'Veteran', 'Progression', 25, false, '2022-01-01'),
  (24, 'Max Level', 'Progression', 75, false, '2022-01-01'),
  (25, 'Prestige', 'Progression', 100, false, '2022-09-10'),
  (26, 'Marathon Runner', 'Progression', 30, false, '2023-01-10'),
  (27, 'Night Owl', 'Event', 15, false, '2023-05-01'),
  (28, 'Winter Champion', 'Event', 50, false, '2023-12-01'),
  (29, 'Summer Splash', 'Event', 40, false, '2024-06-15'),
  (30, 'Anniversary Hero', 'Event', 35, false, '2024-01-01'),
  (31, 'Flawless Victory', 'Combat', 150, true, '2024-09-01'),
  (32, 'Halloween Hunter', 'Event', 45, false, '2024-10-15');

-- One to six unlocks per player over 30 of the 32 achievements, never before sign-up.
INSERT INTO game.player_achievements
SELECT row_number() OVER (ORDER BY p.player_id, k)::int,
       p.player_id,
       (p.player_id * 3 + k * (ARRAY[7,11,13,17,19,23,29,1])[1 + p.player_id % 8]) % 30 + 1,
       p.signed_up_on + ((p.player_id * 787 + k * 131) % greatest(1, DATE '2024-12-31' - p.signed_up_on))
         + ((p.player_id * 97 + k * 61) % 1440) * interval '1 minute'
FROM game.players p
JOIN generate_series(0, 5) AS k ON k < 1 + (p.player_id * 5 + p.player_id / 7) % 6;

INSERT INTO store.items VALUES
  (1, 'Neon Samurai Skin', 'Skin', 'Legendary', 19.99, '2022-01-10', false, NULL),
  (2, 'Arctic Camo Skin', 'Skin', 'Rare', 7.99, '2022-01-10', false, NULL),
  (3, 'Pirate Captain Skin', 'Skin', 'Epic', 12.99, '2022-04-01', false, NULL),
  (4, 'Cyber Ninja Skin', 'Skin', 'Legendary', 19.99, '2022-09-15', true, '2023-03-15'),
  (5, 'Desert Nomad Skin', 'Skin', 'Common', 4.99, '2023-02-01', false, NULL),
  (6, 'Dragonscale Armor Skin', 'Skin', 'Epic', 14.99, '2023-10-20', true, '2024-01-31'),
  (7, 'Victory Dance Emote', 'Emote', 'Common', 2.99, '2022-01-10', false, NULL),
  (8, 'Floss Emote', 'Emote', 'Rare', 4.99, '2022-06-01', false, NULL),
  (9, 'Mic Drop Emote', 'Emote', 'Epic', 6.99, '2023-05-12', false, NULL),
  (10, 'Golden Dragon Rifle', 'Weapon Skin', 'Legendary', 17.99, '2022-03-01', false, NULL),
  (11, 'Tiger Stripe Shotgun', 'Weapon Skin', 'Rare', 6.99, '2022-07-20', false, NULL),
  (12, 'Plasma Blade', 'Weapon Skin', 'Epic', 11.99, '2023-08-08', false, NULL),
  (13, 'Season 1 Battle Pass', 'Battle Pass', 'Epic', 9.99, '2022-01-10', true, '2022-12-31'),
  (14, 'Season 2 Battle Pass', 'Battle Pass', 'Epic', 9.99, '2023-01-01', true, '2023-12-31'),
  (15, 'Season 3 Battle Pass', 'Battle Pass', 'Epic', 9.99, '2024-01-01', true, '2024-12-31'),
  (16, '500 Gold Coins', 'Coin Pack', 'Common', 4.99, '2022-01-10', false, NULL),
  (17, '1200 Gold Coins', 'Coin Pack', 'Common', 9.99, '2022-01-10', false, NULL),
  (18, '2800 Gold Coins', 'Coin Pack', 'Rare', 19.99, '2022-01-10', false, NULL),
  (19, '6500 Gold Coins', 'Coin Pack', 'Epic', 49.99, '2022-01-10', false, NULL),
  (20, 'Double XP Booster (1 day)', 'Booster', 'Common', 1.99, '2022-02-14', false, NULL),
  (21, 'Double XP Booster (7 days)', 'Booster', 'Rare', 5.99, '2022-02-14', false, NULL),
  (22, 'Loot Luck Booster', 'Booster', 'Rare', 3.49, '2023-03-03', false, NULL),
  (23, 'Starter Bundle', 'Bundle', 'Rare', 14.99, '2022-01-10', false, NULL),
  (24, 'Founders Pack', 'Bundle', 'Legendary', 39.99, '2022-01-10', true, '2022-06-30'),
  (25, 'Holiday Bundle', 'Bundle', 'Epic', 24.99, '2023-12-01', true, '2024-01-07'),
  (26, 'Retro Arcade Skin', 'Skin', 'Rare', 8.99, '2024-11-20', false, NULL);

INSERT INTO store.purchases
SELECT n,
       CASE WHEN ((n * 53) % 400 + 1) % 6 = 3 THEN (n * 53) % 400 ELSE (n * 53) % 400 + 1 END,
       i.item_id,
       TIMESTAMPTZ '2022-01-12 00:00+00' + (n - 1) * interval '1040 minutes' + ((n * 211) % 600) * interval '1 minute',
       CASE WHEN n % 10 = 0 THEN round(i.price * 0.80, 2) ELSE i.price END,
       (ARRAY['Credit Card','PayPal','PlayStation Store','Xbox Store','Google Pay','Apple Pay','Credit Card','Steam Wallet'])[1 + (n * 5 + n / 3) % 8],
       CASE WHEN n % 31 = 0 THEN 'refunded' WHEN n % 43 = 0 THEN 'failed' WHEN n % 97 = 0 THEN 'chargeback'
            WHEN n >= 1495 THEN 'pending' ELSE 'completed' END,
       CASE WHEN n % 10 = 0 THEN (ARRAY['SPRING20','SUMMER20','WELCOME20','BLACKFRIDAY'])[1 + (n / 10) % 4] END
FROM generate_series(1, 1500) AS n
JOIN store.items i ON i.item_id = (ARRAY[16,17,7,13,14,15,1,20,2,16,3,17,8,10,18,21,11,5,16,22,
                                           23,12,9,4,19,17,6,24,25,13,14,15,16,20,7,1,10,3,18,2])[1 + (n * 7 + n / 11) % 40];

-- Nothing is sold before its release or after it is retired: those orders become a coin pack.
UPDATE store.purchases p
SET item_id = c.item_id,
    price_paid = CASE WHEN p.promo_code IS NOT NULL THEN round(c.price * 0.80, 2) ELSE c.price END
FROM store.items i, store.items c
WHERE i.item_id = p.item_id
  AND c.item_id = 16 + p.purchase_id % 3
  AND (p.purchased_at::date < i.released_on OR p.purchased_at::date > i.retired_on);

INSERT INTO store.refunds
SELECT row_number() OVER (ORDER BY p.purchase_id)::int,
       p.purchase_id,
       p.purchased_at + (1 + p.purchase_id % 9) * interval '1 day' + ((p.purchase_id * 17) % 300) * interval '1 minute',
       CASE WHEN p.purchase_id % 5 = 0 THEN round(p.price_paid / 2, 2) ELSE p.price_paid END,
       (ARRAY['Accidental purchase','Item not delivered','Duplicate charge','Unauthorized charge','Parent request'])[1 + (p.purchase_id / 31) % 5],
       CASE WHEN p.purchase_id % 4 = 0 THEN NULL
            ELSE (ARRAY['m.keller','a.santos','j.okafor','l.chen'])[1 + p.purchase_id % 4] END
FROM store.purchases p
WHERE p.status = 'refunded';

INSERT INTO store.support_tickets
SELECT n,
       CASE WHEN c.cat = 'Billing' THEN p.player_id ELSE (n * 29) % 400 + 1 END,
       CASE WHEN c.cat = 'Billing' THEN p.purchase_id END,
       c.cat,
       (ARRAY['low','medium','medium','high','urgent'])[1 + (n * 3 + n / 4) % 5],
       CASE WHEN n > 290 THEN 'open' WHEN n % 17 = 0 THEN 'in_progress' WHEN n % 5 = 0 THEN 'closed' ELSE 'resolved' END,
       CASE c.cat
         WHEN 'Billing' THEN (ARRAY['Charged twice for item','Coins not received','Refund request','Wrong price charged'])[1 + n % 4]
         WHEN 'Account Access' THEN (ARRAY['Cannot log in','Two-factor code not arriving','Account hacked','Email change request'])[1 + n % 4]
         WHEN 'Bug Report' THEN (ARRAY['Game crashes on map load','Stuck in wall on Old Mill','Achievement did not unlock','Skin not showing'])[1 + n % 4]
         WHEN 'Cheating Report' THEN (ARRAY['Player using aimbot','Wallhack suspected','Teammate griefing'])[1 + n % 3]
         ELSE (ARRAY['High ping on EU West','Disconnected mid-match','Matchmaking takes forever'])[1 + n % 3] END,
       o.opened_at,
       CASE WHEN n > 290 OR n % 17 = 0 THEN NULL
            ELSE o.opened_at + (2 + (n * 13) % 140) * interval '1 hour' END,
       CASE WHEN n > 290 OR n % 17 = 0 OR n % 3 = 0 THEN NULL ELSE 1 + (n * 7) % 5 END
FROM generate_series(1, 300) AS n
CROSS JOIN LATERAL (SELECT (ARRAY['Billing','Account Access','Bug Report','Cheating Report','Connection Issues',
                                  'Billing','Bug Report'])[1 + (n * 5 + n / 6) % 7] AS cat) c
CROSS JOIN LATERAL (SELECT TIMESTAMPTZ '2022-01-20 09:00+00' + (n - 1) * interval '86 hours'
                           + ((n * 41) % 480) * interval '1 minute' AS opened_at) o
LEFT JOIN store.purchases p ON p.purchase_id = greatest(1, least(1500, (n * 4) + n % 4));
