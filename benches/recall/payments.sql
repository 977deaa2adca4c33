-- A card payment processor's data (merchant categories, fee plans, merchants, their payout
-- bank accounts, terminals, card transactions partitioned by year, refunds, chargeback
-- disputes and payouts to merchants), made for the golden set benches/intent/payments.yaml.
-- Every row is invented and reproducible: built from generate_series, fixed lists and
-- modular arithmetic, with no random() and no clock.

CREATE TABLE merchant_categories (
    id         smallint PRIMARY KEY,
    mcc        char(4) NOT NULL UNIQUE,
    name       text NOT NULL
);

CREATE TABLE fee_plans (
    id           smallint PRIMARY KEY,
    name         text NOT NULL,
    currency     char(3) NOT NULL,
    percent_rate numeric(5,2) NOT NULL,   -- percent of the transaction amount
    fixed_fee    numeric(6,2) NOT NULL,   -- per approved transaction
    monthly_fee  numeric(8,2) NOT NULL,
    is_active    boolean NOT NULL,
    UNIQUE (name, currency)
);

CREATE TABLE merchants (
    id            integer PRIMARY KEY,
    name          text NOT NULL,
    category_id   smallint NOT NULL REFERENCES merchant_categories,
    fee_plan_id   smallint NOT NULL REFERENCES fee_plans,
    country       char(2) NOT NULL,
    city          text NOT NULL,
    currency      char(3) NOT NULL,
    sales_channel text NOT NULL CHECK (sales_channel IN ('in_store', 'online', 'omnichannel')),
    status        text NOT NULL CHECK (status IN ('active', 'suspended', 'closed')),
    risk_level    text NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
    onboarded_at  timestamptz NOT NULL,
    closed_at     timestamptz
);

CREATE TABLE bank_accounts (
    id             integer PRIMARY KEY,
    merchant_id    integer NOT NULL REFERENCES merchants,
    bank_name      text NOT NULL,
    iban           text NOT NULL UNIQUE,
    account_holder text NOT NULL,
    currency       char(3) NOT NULL,
    is_primary     boolean NOT NULL,
    added_at       timestamptz NOT NULL
);

CREATE TABLE terminals (
    id                integer PRIMARY KEY,
    merchant_id       integer NOT NULL REFERENCES merchants,
    serial_number     text NOT NULL UNIQUE,
    terminal_type     text NOT NULL CHECK (terminal_type IN ('countertop', 'portable', 'virtual')),
    model             text,
    installed_at      timestamptz NOT NULL,
    decommissioned_at timestamptz
);

CREATE TABLE transactions (
    id              bigint NOT NULL,
    created_at      timestamptz NOT NULL,
    merchant_id     integer NOT NULL REFERENCES merchants,
    terminal_id     integer NOT NULL REFERENCES terminals,
    amount          numeric(12,2) NOT NULL,
    currency        char(3) NOT NULL,
    fee_amount      numeric(10,2) NOT NULL,
    card_brand      text NOT NULL,
    card_last4      char(4) NOT NULL,
    card_country    char(2) NOT NULL,
    entry_mode      text NOT NULL CHECK (entry_mode IN ('contactless', 'chip', 'magstripe', 'manual', 'ecommerce')),
    status          text NOT NULL CHECK (status IN ('approved', 'declined', 'reversed')),
    decline_reason  text,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE transactions_2022 PARTITION OF transactions
    FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2023-01-01 00:00:00+00');
CREATE TABLE transactions_2023 PARTITION OF transactions
    FOR VALUES FROM ('2023-01-01 00:00:00+00') TO ('2024-01-01 00:00:00+00');
CREATE TABLE transactions_2024 PARTITION OF transactions
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE transactions_2025 PARTITION OF transactions
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE TABLE refunds (
    id                     integer PRIMARY KEY,
    transaction_id         bigint NOT NULL,
    transaction_created_at timestamptz NOT NULL,
    amount                 numeric(12,2) NOT NULL,
    currency               char(3) NOT NULL,
    reason                 text NOT NULL,
    refunded_at            timestamptz NOT NULL,
    FOREIGN KEY (transaction_id, transaction_created_at) REFERENCES transactions (id, created_at)
);

CREATE TABLE disputes (
    id                     integer PRIMARY KEY,
    transaction_id         bigint NOT NULL,
    transaction_created_at timestamptz NOT NULL,
    reason_code            text NOT NULL,
    reason                 text NOT NULL,
    amount                 numeric(12,2) NOT NULL,
    currency               char(3) NOT NULL,
    chargeback_fee         numeric(8,2) NOT NULL,
    status                 text NOT NULL CHECK (status IN ('open', 'won', 'lost', 'accepted')),
    opened_at              timestamptz NOT NULL,
    resolved_at            timestamptz,
    FOREIGN KEY (transaction_id, transaction_created_at) REFERENCES transactions (id, created_at)
);

CREATE TABLE payouts (
    id              integer PRIMARY KEY,
    merchant_id     integer NOT NULL REFERENCES merchants,
    bank_account_id integer NOT NULL REFERENCES bank_accounts,
    period_start    date NOT NULL,
    period_end      date NOT NULL,
    gross_amount    numeric(14,2) NOT NULL,
    fee_amount      numeric(12,2) NOT NULL,
    net_amount      numeric(14,2) NOT NULL,
    currency        char(3) NOT NULL,
    status          text NOT NULL CHECK (status IN ('paid', 'pending', 'failed', 'on_hold')),
    scheduled_for   date NOT NULL,
    paid_at         timestamptz,
    UNIQUE (merchant_id, period_start)
);

-- ---------------------------------------------------------------- reference data

INSERT INTO merchant_categories (id, mcc, name) VALUES
    (1,  '5411', 'Grocery Stores and Supermarkets'),
    (2,  '5812', 'Restaurants'),
    (3,  '5814', 'Fast Food Restaurants'),
    (4,  '5541', 'Service Stations'),
    (5,  '5912', 'Drug Stores and Pharmacies'),
    (6,  '5651', 'Clothing Stores'),
    (7,  '5732', 'Electronics Stores'),
    (8,  '7011', 'Hotels and Lodging'),
    (9,  '4121', 'Taxis and Limousines'),
    (10, '5942', 'Book Stores'),
    (11, '7997', 'Gyms and Membership Clubs'),
    (12, '5999', 'Miscellaneous Retail'),
    (13, '5815', 'Digital Goods and Media'),
    (14, '7995', 'Betting and Casino Gambling'),
    (15, '5933', 'Pawn Shops');

INSERT INTO fee_plans (id, name, currency, percent_rate, fixed_fee, monthly_fee, is_active) VALUES
    (1, 'Starter',     'EUR', 1.90, 0.25,   0.00, true),
    (2, 'Standard',    'EUR', 1.50, 0.20,  19.00, true),
    (3, 'Growth',      'EUR', 1.20, 0.15,  49.00, true),
    (4, 'Enterprise',  'EUR', 0.95, 0.10, 199.00, true),
    (5, 'Starter',     'GBP', 1.75, 0.20,   0.00, true),
    (6, 'Standard',    'GBP', 1.40, 0.20,  15.00, true),
    (7, 'Growth',      'GBP', 1.10, 0.15,  39.00, true),
    (8, 'Legacy Flat', 'EUR', 2.50, 0.00,   0.00, false);

-- ---------------------------------------------------------------- merchants

INSERT INTO merchants (id, name, category_id, fee_plan_id, country, city, currency,
                       sales_channel, status, risk_level, onboarded_at, closed_at)
SELECT m.id, m.name, m.category_id,
       CASE WHEN m.country = 'GB' THEN 5 + m.id % 3 ELSE 1 + m.id % 4 END,
       m.country, m.city,
       CASE WHEN m.country = 'GB' THEN 'GBP' ELSE 'EUR' END,
       m.channel,
       CASE WHEN m.id IN (15, 29, 40) THEN 'closed'
            WHEN m.id IN (22, 47) THEN 'suspended'
            ELSE 'active' END,
       CASE WHEN m.id IN (22, 47) THEN 'high'
            WHEN (m.id * 7) % 10 <= 5 THEN 'low'
            WHEN (m.id * 7) % 10 <= 8 THEN 'medium'
            ELSE 'high' END,
       timestamptz '2021-06-01 09:00:00+00' + ((m.id * 53) % 1100) * interval '1 day',
       CASE WHEN m.id IN (15, 29, 40)
            THEN timestamptz '2021-06-01 17:00:00+00' + ((m.id * 53) % 1100 + 400) * interval '1 day' END
FROM (VALUES
    (1,  'Hofmann Frischmarkt',      1,  'DE', 'Berlin',     'in_store'),
    (2,  'Lindenblatt Bistro',       2,  'DE', 'Munich',     'in_store'),
    (3,  'Burger Werk',              3,  'DE', 'Hamburg',    'in_store'),
    (4,  'Nordtank Tankstelle',      4,  'DE', 'Hamburg',    'in_store'),
    (5,  'Apotheke am Ring',         5,  'DE', 'Cologne',    'in_store'),
    (6,  'Modehaus Keller',          6,  'DE', 'Frankfurt',  'omnichannel'),
    (7,  'Elektro Brandt',           7,  'DE', 'Berlin',     'omnichannel'),
    (8,  'Hotel Spreeblick',         8,  'DE', 'Berlin',     'omnichannel'),
    (9,  'Taxi Zentrale Koeln',      9,  'DE', 'Cologne',    'in_store'),
    (10, 'Buchladen Seitenweise',    10, 'DE', 'Munich',     'in_store'),
    (11, 'FitHaus Studio',           11, 'DE', 'Stuttgart',  'in_store'),
    (12, 'Pixelpilz Games',          13, 'DE', 'Berlin',     'online'),
    (13, 'Marche Dupont',            1,  'FR', 'Paris',      'in_store'),
    (14, 'Le Petit Zinc',            2,  'FR', 'Lyon',       'in_store'),
    (15, 'Crousti Burger',           3,  'FR', 'Marseille',  'in_store'),
    (16, 'Station Lavande',          4,  'FR', 'Marseille',  'in_store'),
    (17, 'Pharmacie des Arcades',    5,  'FR', 'Paris',      'in_store'),
    (18, 'Atelier Colette',          6,  'FR', 'Paris',      'omnichannel'),
    (19, 'Hotel Rive Gauche',        8,  'FR', 'Paris',      'omnichannel'),
    (20, 'Librairie Papyrus',        10, 'FR', 'Lyon',       'in_store'),
    (21, 'Bazar Lumiere',            12, 'FR', 'Lille',      'in_store'),
    (22, 'StreamNuage',              13, 'FR', 'Paris',      'online'),
    (23, 'Versmarkt Jansen',         1,  'NL', 'Amsterdam',  'in_store'),
    (24, 'Eetcafe De Gracht',        2,  'NL', 'Amsterdam',  'in_store'),
    (25, 'Friet Paleis',             3,  'NL', 'Rotterdam',  'in_store'),
    (26, 'Apotheek Zuid',            5,  'NL', 'Utrecht',    'in_store'),
    (27, 'Fietsmode Amsterdam',      6,  'NL', 'Amsterdam',  'omnichannel'),
    (28, 'Gadgetwinkel Bakker',      7,  'NL', 'Rotterdam',  'online'),
    (29, 'Taxi Centrale Utrecht',    9,  'NL', 'Utrecht',    'in_store'),
    (30, 'Sportschool Kracht',       11, 'NL', 'Rotterdam',  'in_store'),
    (31, 'Mercado Solana',           1,  'ES', 'Madrid',     'in_store'),
    (32, 'Taberna El Olivo',         2,  'ES', 'Seville',    'in_store'),
    (33, 'Gasolinera Sierra',        4,  'ES', 'Valencia',   'in_store'),
    (34, 'Farmacia Central',         5,  'ES', 'Madrid',     'in_store'),
    (35, 'Moda Brisa',               6,  'ES', 'Barcelona',  'omnichannel'),
    (36, 'Hostal Mirador',           8,  'ES', 'Barcelona',  'omnichannel'),
    (37, 'Libreria Cervantes',       10, 'ES', 'Madrid',     'in_store'),
    (38, 'Regalos Luna',             12, 'ES', 'Valencia',   'in_store'),
    (39, 'Dunnes Corner Shop',       1,  'IE', 'Dublin',     'in_store'),
    (40, 'The Hungry Heron',         2,  'IE', 'Galway',     'in_store'),
    (41, 'Liffey Cabs',              9,  'IE', 'Dublin',     'in_store'),
    (42, 'Shamrock Gym',             11, 'IE', 'Cork',       'in_store'),
    (43, 'Emerald Tech',             7,  'IE', 'Dublin',     'online'),
    (44, 'Harbour Books',            10, 'IE', 'Cork',       'in_store'),
    (45, 'Bramble Grocers',          1,  'GB', 'London',     'in_store'),
    (46, 'The Copper Kettle',        2,  'GB', 'Manchester', 'in_store'),
    (47, 'Chip Shack',               3,  'GB', 'Leeds',      'in_store'),
    (48, 'Moorland Fuel',            4,  'GB', 'Leeds',      'in_store'),
    (49, 'Wellbeing Chemist',        5,  'GB', 'London',     'in_store'),
    (50, 'Threadneedle Tailors',     6,  'GB', 'London',     'omnichannel'),
    (51, 'Voltline Electronics',     7,  'GB', 'Birmingham', 'online'),
    (52, 'The Kingsway Hotel',       8,  'GB', 'London',     'omnichannel'),
    (53, 'Black Cab Co-op',          9,  'GB', 'London',     'in_store'),
    (54, 'Ironworks Fitness',        11, 'GB', 'Manchester', 'in_store'),
    (55, 'Quill and Page',           10, 'GB', 'Bristol',    'in_store'),
    (56, 'Odds and Ends Emporium',   12, 'GB', 'Bristol',    'in_store'),
    (57, 'CloudCanvas',              13, 'GB', 'London',     'online'),
    (58, 'Nimbus Apps',              13, 'IE', 'Dublin',     'online'),
    (59, 'Pepper Pot Kitchen',       2,  'GB', 'Birmingham', 'in_store'),
    (60, 'Snackbar Zonnig',          3,  'NL', 'Utrecht',    'in_store')
) AS m (id, name, category_id, country, city, channel);

-- ---------------------------------------------------------------- payout bank accounts
-- One account per merchant from onboarding; every sixth merchant switched to a new
-- primary account 500 days later.

INSERT INTO bank_accounts (id, merchant_id, bank_name, iban, account_holder, currency, is_primary, added_at)
SELECT row_number() OVER (ORDER BY a.merchant_id, a.seq),
       a.merchant_id,
       (ARRAY['Northgate Bank', 'Atlantica Bank', 'Rhein Kreditbank', 'Banque du Levant',
              'Tulip Bank', 'Iberia Savings', 'Harbor Trust'])[1 + (a.merchant_id * 3 + a.seq) % 7],
       a.country || lpad(((a.merchant_id * 37 + a.seq) % 97)::text, 2, '0') || ' PAYX '
           || lpad(((a.merchant_id * 104729 + a.seq * 7919) % 100000000)::text, 8, '0'),
       a.name,
       a.currency,
       a.seq = a.n_accounts,
       a.onboarded_at + (a.seq - 1) * interval '500 days'
FROM (SELECT m.id AS merchant_id, m.name, m.country, m.currency, m.onboarded_at, s.seq,
             CASE WHEN m.id % 6 = 0 THEN 2 ELSE 1 END AS n_accounts
      FROM merchants m
      CROSS JOIN generate_series(1, 2) AS s (seq)
      WHERE s.seq = 1 OR m.id % 6 = 0) AS a;

-- ---------------------------------------------------------------- terminals
-- In-store merchants: 1-4 physical terminals; omnichannel: 1-2 physical plus a virtual
-- one (online checkout); online merchants: a single virtual terminal.

INSERT INTO terminals (id, merchant_id, serial_number, terminal_type, model, installed_at, decommissioned_at)
SELECT row_number() OVER (ORDER BY t.merchant_id, t.k),
       t.merchant_id,
       'TRM-' || lpad((t.merchant_id * 10 + t.k)::text, 5, '0'),
       CASE WHEN t.is_virtual THEN 'virtual'
            WHEN (t.merchant_id + t.k) % 4 IN (0, 3) THEN 'countertop'
            ELSE 'portable' END,
       CASE WHEN t.is_virtual THEN NULL
            ELSE (ARRAY['Verifone V400m', 'Ingenico Move/5000', 'PAX A920', 'Ingenico Desk/3500'])
                 [1 + (t.merchant_id + t.k) % 4] END,
       t.onboarded_at + interval '3 days' + (t.k - 1) * interval '45 days',
       CASE WHEN t.closed_at IS NOT NULL THEN t.closed_at
            WHEN NOT t.is_virtual AND (t.merchant_id * 10 + t.k) % 9 = 0
                 AND t.onboarded_at + (t.k - 1) * interval '45 days' + interval '520 days' < timestamptz '2025-12-01 00:00:00+00'
            THEN t.onboarded_at + (t.k - 1) * interval '45 days' + interval '520 days' END
FROM (SELECT m.id AS merchant_id, m.onboarded_at, m.closed_at, k.k,
             m.sales_channel = 'online'
               OR (m.sales_channel = 'omnichannel' AND k.k = 1 + m.id % 2 + 1) AS is_virtual
      FROM merchants m
      CROSS JOIN generate_series(1, 4) AS k (k)
      WHERE k.k <= CASE m.sales_channel
                      WHEN 'in_store'    THEN 1 + (m.id * 7) % 4
                      WHEN 'omnichannel' THEN 1 + m.id % 2 + 1
                      ELSE 1 END) AS t;

-- ---------------------------------------------------------------- transactions
-- 5,000 card transactions over 2022-2025, growing year on year, between 06:00 and 21:00 UTC.
-- Each goes to a terminal in service at that moment; the amount range depends on the
-- merchant's category.

INSERT INTO transactions (id, created_at, merchant_id, terminal_id, amount, currency, fee_amount,
                          card_brand, card_last4, card_country, entry_mode, status, decline_reason)
WITH slots AS (
    SELECT g,
           timestamptz '2022-01-01 06:00:00+00'
             + floor(1461 * power((g - 0.5) / 5000.0, 1 / 1.3))::int * interval '1 day'
             + ((g * 389) % 900) * interval '1 minute' AS ts
    FROM generate_series(1, 5000) AS g
), candidates AS (
    SELECT s.g, s.ts, t.id AS terminal_id, t.merchant_id, t.terminal_type,
           row_number() OVER (PARTITION BY s.g ORDER BY t.id) AS rn,
           count(*) OVER (PARTITION BY s.g) AS cnt
    FROM slots s
    JOIN terminals t ON t.installed_at <= s.ts
                    AND (t.decommissioned_at IS NULL OR t.decommissioned_at > s.ts)
), picked AS (
    SELECT c.*, m.currency, m.country, m.category_id, fp.percent_rate, fp.fixed_fee,
           CASE WHEN (c.g * 37) % 97 < 8 THEN 'declined'
                WHEN (c.g * 37) % 97 = 8 THEN 'reversed'
                ELSE 'approved' END AS status,
           round(r.lo + (r.hi - r.lo) * power(((c.g * 7919) % 1000) / 1000.0, 1.8), 2) AS amount
    FROM candidates c
    JOIN merchants m ON m.id = c.merchant_id
    JOIN fee_plans fp ON fp.id = m.fee_plan_id
    JOIN (VALUES (1, 4.00, 180.00), (2, 12.00, 160.00), (3, 5.00, 35.00), (4, 20.00, 110.00),
                 (5, 4.00, 90.00), (6, 15.00, 320.00), (7, 25.00, 1800.00), (8, 90.00, 1200.00),
                 (9, 8.00, 75.00), (10, 6.00, 80.00), (11, 15.00, 120.00), (12, 3.00, 140.00),
                 (13, 2.00, 60.00)) AS r (category_id, lo, hi) ON r.category_id = m.category_id
    WHERE c.rn = 1 + (c.g * 7919) % c.cnt
)
SELECT p.g, p.ts, p.merchant_id, p.terminal_id, p.amount, p.currency,
       CASE WHEN p.status = 'approved' THEN round(p.amount * p.percent_rate / 100 + p.fixed_fee, 2) ELSE 0 END,
       CASE WHEN ((p.g * 7907) % 10007) % 100 < 44 THEN 'Visa'
            WHEN ((p.g * 7907) % 10007) % 100 < 80 THEN 'Mastercard'
            WHEN ((p.g * 7907) % 10007) % 100 < 90 THEN 'Maestro'
            WHEN ((p.g * 7907) % 10007) % 100 < 97 THEN 'American Express'
            ELSE 'JCB' END,
       lpad(((p.g * 7331) % 10000)::text, 4, '0'),
       CASE WHEN (p.g * 17) % 100 < 70 THEN p.country
            ELSE (ARRAY['US', 'DE', 'FR', 'GB', 'NL', 'IT', 'JP', 'CH'])[1 + p.g % 8] END,
       CASE WHEN p.terminal_type = 'virtual' THEN 'ecommerce'
            WHEN (p.g * 13) % 100 < 58 THEN 'contactless'
            WHEN (p.g * 13) % 100 < 93 THEN 'chip'
            WHEN (p.g * 13) % 100 < 97 THEN 'magstripe'
            ELSE 'manual' END,
       p.status,
       CASE WHEN p.status = 'declined'
            THEN CASE WHEN (p.g * 7) % 20 < 7  THEN 'insufficient_funds'
                      WHEN (p.g * 7) % 20 < 12 THEN 'do_not_honor'
                      WHEN (p.g * 7) % 20 < 16 THEN 'suspected_fraud'
                      WHEN (p.g * 7) % 20 < 19 THEN 'expired_card'
                      ELSE 'incorrect_pin' END END
FROM picked p;

-- ---------------------------------------------------------------- refunds
-- About one approved sale in 29 is refunded, a third of them in part (half the amount).

INSERT INTO refunds (id, transaction_id, transaction_created_at, amount, currency, reason, refunded_at)
SELECT row_number() OVER (ORDER BY t.id),
       t.id, t.created_at,
       CASE WHEN t.id % 3 = 0 THEN round(t.amount / 2, 2) ELSE t.amount END,
       t.currency,
       (ARRAY['customer_request', 'duplicate_charge', 'item_not_received', 'damaged_goods'])[1 + t.id % 4],
       t.created_at + (1 + t.id % 25) * interval '1 day' + interval '2 hours'
FROM transactions t
WHERE t.status = 'approved' AND t.id % 29 = 3
  AND t.created_at < timestamptz '2025-12-01 00:00:00+00';

-- ---------------------------------------------------------------- disputes (chargebacks)

INSERT INTO disputes (id, transaction_id, transaction_created_at, reason_code, reason, amount, currency,
                      chargeback_fee, status, opened_at, resolved_at)
SELECT row_number() OVER (ORDER BY d.id),
       d.id, d.created_at, d.reason_code, d.reason, d.amount, d.currency,
       CASE WHEN d.currency = 'GBP' THEN 12.50 ELSE 15.00 END,
       d.status, d.opened_at,
       CASE WHEN d.status <> 'open' THEN d.opened_at + (15 + d.id % 30) * interval '1 day' END
FROM (SELECT t.id, t.created_at, t.amount, t.currency,
             (ARRAY['10.4', '13.1', '13.3', '12.6', '13.7'])[1 + t.id % 5] AS reason_code,
             (ARRAY['fraud_card_absent', 'merchandise_not_received', 'not_as_described',
                    'duplicate_processing', 'cancelled_merchandise'])[1 + t.id % 5] AS reason,
             t.created_at + (20 + t.id % 40) * interval '1 day' AS opened_at,
             CASE WHEN t.created_at + (20 + t.id % 40 + 15 + t.id % 30) * interval '1 day' >= timestamptz '2025-12-31 00:00:00+00' THEN 'open'
                  WHEN t.id % 7 = 6 AND t.created_at >= timestamptz '2025-01-01 00:00:00+00' THEN 'open'
                  WHEN t.id % 7 IN (0, 1, 2) THEN 'won'
                  WHEN t.id % 7 IN (3, 4) THEN 'lost'
                  WHEN t.id % 7 = 5 THEN 'accepted'
                  ELSE 'won' END AS status
      FROM transactions t
      WHERE t.status = 'approved' AND t.id % 53 = 11 AND t.id % 29 <> 3
        AND t.created_at < timestamptz '2025-11-15 00:00:00+00') AS d;

-- ---------------------------------------------------------------- payouts
-- One payout per merchant and calendar month with approved sales: gross sales less the
-- processing fees, to the merchant's account current at the end of the month, three days
-- after month end. December 2025 is still pending; a few payouts bounced; suspended
-- merchants' payouts since their suspension are on hold.

INSERT INTO payouts (id, merchant_id, bank_account_id, period_start, period_end, gross_amount,
                     fee_amount, net_amount, currency, status, scheduled_for, paid_at)
SELECT row_number() OVER (ORDER BY p.period_start, p.merchant_id),
       p.merchant_id,
       (SELECT b.id FROM bank_accounts b
        WHERE b.merchant_id = p.merchant_id AND b.added_at::date <= p.period_end
        ORDER BY b.added_at DESC LIMIT 1),
       p.period_start, p.period_end, p.gross, p.fees, p.gross - p.fees, p.currency,
       p.status,
       p.period_end + 3,
       CASE WHEN p.status = 'paid' THEN (p.period_end + 3) + interval '10 hours' END
FROM (SELECT x.*,
             CASE WHEN x.period_start = date '2025-12-01' THEN 'pending'
                  WHEN x.merchant_id IN (22, 47) AND x.period_start >= date '2025-07-01' THEN 'on_hold'
                  WHEN (x.merchant_id * 13 + extract(month FROM x.period_start)::int * 7
                        + extract(year FROM x.period_start)::int) % 41 = 0 THEN 'failed'
                  ELSE 'paid' END AS status
      FROM (SELECT t.merchant_id, t.currency,
                   date_trunc('month', t.created_at AT TIME ZONE 'UTC')::date AS period_start,
                   (date_trunc('month', t.created_at AT TIME ZONE 'UTC') + interval '1 month - 1 day')::date AS period_end,
                   sum(t.amount) AS gross, sum(t.fee_amount) AS fees
            FROM transactions t
            WHERE t.status = 'approved'
            GROUP BY 1, 2, 3, 4) AS x) AS p;

ANALYZE;
