-- Operational data of a B2B SaaS company (customer accounts, their users, plans,
-- subscriptions, billing, product usage, support and sales), used as the sample database
-- of the golden set benches/intent/saas.yaml. Nothing carries a comment; every row is
-- invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE sales_reps (
    id              integer PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           varchar(120) NOT NULL UNIQUE,
    title           text NOT NULL,
    region          text NOT NULL,
    manager_id      integer REFERENCES sales_reps,
    hired_on        date NOT NULL,
    annual_quota    numeric(12,2) NOT NULL,
    commission_rate numeric(4,3) NOT NULL,
    is_active       boolean NOT NULL
);
CREATE TABLE plans (
    id                    integer PRIMARY KEY,
    name                  text NOT NULL,
    code                  varchar(30) NOT NULL UNIQUE,
    price_per_seat        numeric(8,2) NOT NULL,
    annual_price_per_seat numeric(8,2) NOT NULL,
    max_seats             integer,
    is_public             boolean NOT NULL,
    launched_on           date NOT NULL,
    retired_on            date
);
CREATE TABLE accounts (
    id              integer PRIMARY KEY,
    name            text NOT NULL,
    domain          varchar(100) NOT NULL UNIQUE,
    industry        text NOT NULL,
    segment         text NOT NULL,
    employee_count  integer,
    city            text NOT NULL,
    country         text NOT NULL,
    billing_email   varchar(120),
    sales_rep_id    integer REFERENCES sales_reps,
    signed_up_at    timestamptz NOT NULL,
    churned_on      date,
    updated_at      timestamptz NOT NULL
);
CREATE TABLE users (
    id             integer PRIMARY KEY,
    account_id     integer NOT NULL REFERENCES accounts,
    email          varchar(160) NOT NULL UNIQUE,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    job_title      text,
    role           text NOT NULL,
    is_active      boolean NOT NULL,
    created_at     timestamptz NOT NULL,
    last_login_at  timestamptz
);
CREATE TABLE subscriptions (
    id             integer PRIMARY KEY,
    account_id     integer NOT NULL REFERENCES accounts,
    plan_id        integer NOT NULL REFERENCES plans,
    status         text NOT NULL,
    billing_cycle  text NOT NULL,
    seats          integer NOT NULL,
    mrr            numeric(10,2) NOT NULL,
    trial_ends_on  date,
    started_on     date NOT NULL,
    canceled_on    date,
    cancel_reason  text,
    created_at     timestamptz NOT NULL
);
CREATE TABLE invoices (
    id               integer PRIMARY KEY,
    account_id       integer NOT NULL REFERENCES accounts,
    subscription_id  integer NOT NULL REFERENCES subscriptions,
    number           varchar(20) NOT NULL UNIQUE,
    status           text NOT NULL,
    period_start     date NOT NULL,
    period_end       date NOT NULL,
    issued_on        date NOT NULL,
    due_on           date NOT NULL,
    subtotal         numeric(12,2) NOT NULL,
    tax              numeric(12,2) NOT NULL,
    total            numeric(12,2) NOT NULL,
    paid_at          timestamptz
);
CREATE TABLE invoice_line_items (
    id           integer PRIMARY KEY,
    invoice_id   integer NOT NULL REFERENCES invoices,
    kind         text NOT NULL,
    description  text NOT NULL,
    quantity     integer NOT NULL,
    unit_price   numeric(10,2) NOT NULL,
    amount       numeric(12,2) NOT NULL
);
CREATE TABLE payments (
    id              integer PRIMARY KEY,
    invoice_id      integer NOT NULL REFERENCES invoices,
    amount          numeric(12,2) NOT NULL,
    method          text NOT NULL,
    status          text NOT NULL,
    failure_reason  text,
    processor_ref   varchar(40) NOT NULL,
    attempted_at    timestamptz NOT NULL
);
CREATE TABLE usage_events (
    id           bigint PRIMARY KEY,
    account_id   integer NOT NULL REFERENCES accounts,
    user_id      integer REFERENCES users,
    event_type   text NOT NULL,
    source       text NOT NULL,
    quantity     integer NOT NULL,
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE TABLE support_agents (
    id          integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       varchar(120) NOT NULL UNIQUE,
    team        text NOT NULL,
    location    text NOT NULL,
    hired_on    date NOT NULL,
    is_active   boolean NOT NULL
);
CREATE TABLE support_tickets (
    id                   integer PRIMARY KEY,
    account_id           integer NOT NULL REFERENCES accounts,
    requester_id         integer REFERENCES users,
    agent_id             integer REFERENCES support_agents,
    subject              varchar(200) NOT NULL,
    category             text NOT NULL,
    priority             text NOT NULL,
    channel              text NOT NULL,
    status               text NOT NULL,
    opened_at            timestamptz NOT NULL,
    first_response_at    timestamptz,
    resolved_at          timestamptz,
    satisfaction_rating  integer
);

INSERT INTO sales_reps VALUES
  (1, 'Rebecca', 'Holloway', 'rebecca.holloway@cloudledger.io', 'Sales Director', 'North America', NULL, '2019-02-11', 2400000.00, 0.020, true),
  (2, 'Matthias', 'Kessler', 'matthias.kessler@cloudledger.io', 'Sales Director', 'EMEA', NULL, '2019-09-02', 1800000.00, 0.020, true),
  (3, 'Hannah', 'Whitfield', 'hannah.whitfield@cloudledger.io', 'Sales Director', 'APAC', NULL, '2021-04-19', 600000.00, 0.020, true),
  (4, 'Derek', 'Lawson', 'derek.lawson@cloudledger.io', 'Senior Account Executive', 'North America', 1, '2019-06-03', 720000.00, 0.080, true),
  (5, 'Priya', 'Raman', 'priya.raman@cloudledger.io', 'Senior Account Executive', 'North America', 1, '2020-01-13', 720000.00, 0.080, true),
  (6, 'Tyler', 'Brooks', 'tyler.brooks@cloudledger.io', 'Account Executive', 'North America', 1, '2021-08-09', 480000.00, 0.100, true),
  (7, 'Jasmine', 'Ortega', 'jasmine.ortega@cloudledger.io', 'Account Executive', 'North America', 1, '2022-03-07', 480000.00, 0.100, true),
  (8, 'Kevin', 'Marsh', 'kevin.marsh@cloudledger.io', 'Account Executive', 'North America', 1, '2022-10-17', 450000.00, 0.100, true),
  (9, 'Lauren', 'Pierce', 'lauren.pierce@cloudledger.io', 'Account Executive', 'North America', 1, '2020-05-26', 450000.00, 0.100, false),
  (10, 'Marcus', 'Greene', 'marcus.greene@cloudledger.io', 'Account Executive', 'North America', 1, '2023-06-05', 420000.00, 0.100, true),
  (11, 'Sophie', 'Laurent', 'sophie.laurent@cloudledger.io', 'Senior Account Executive', 'EMEA', 2, '2020-02-17', 650000.00, 0.080, true),
  (12, 'Oliver', 'Bennett', 'oliver.bennett@cloudledger.io', 'Account Executive', 'EMEA', 2, '2021-01-11', 450000.00, 0.100, true),
  (13, 'Lena', 'Hoffmann', 'lena.hoffmann@cloudledger.io', 'Account Executive', 'EMEA', 2, '2021-09-20', 450000.00, 0.100, true),
  (14, 'Ruairi', 'Byrne', 'ruairi.byrne@cloudledger.io', 'Account Executive', 'EMEA', 2, '2022-04-04', 420000.00, 0.100, false),
  (15, 'Camille', 'Dubois', 'camille.dubois@cloudledger.io', 'Account Executive', 'EMEA', 2, '2022-11-14', 420000.00, 0.100, true),
  (16, 'Daan', 'Visser', 'daan.visser@cloudledger.io', 'Account Executive', 'EMEA', 2, '2023-09-18', 400000.00, 0.100, true),
  (17, 'Mitchell', 'Clarke', 'mitchell.clarke@cloudledger.io', 'Account Executive', 'APAC', 3, '2021-07-12', 400000.00, 0.100, true),
  (18, 'Aisha', 'Khan', 'aisha.khan@cloudledger.io', 'Account Executive', 'APAC', 3, '2023-02-27', 380000.00, 0.100, true);

INSERT INTO plans VALUES
  (1, 'Free', 'free', 0.00, 0.00, 3, true, '2019-01-01', NULL),
  (2, 'Starter', 'starter_v2', 12.00, 120.00, 10, true, '2021-03-01', NULL),
  (3, 'Team', 'team_v2', 25.00, 250.00, 50, true, '2021-03-01', NULL),
  (4, 'Business', 'business_v2', 45.00, 450.00, 250, true, '2021-03-01', NULL),
  (5, 'Enterprise', 'enterprise_v2', 70.00, 700.00, NULL, true, '2021-03-01', NULL),
  (6, 'Basic', 'basic_2019', 9.00, 90.00, 5, false, '2019-01-01', '2021-02-28'),
  (7, 'Pro', 'pro_2019', 29.00, 290.00, 30, false, '2019-01-01', '2021-02-28'),
  (8, 'Startup Program', 'startup', 8.00, 80.00, 25, false, '2022-06-01', NULL),
  (9, 'Nonprofit', 'nonprofit', 10.00, 100.00, 50, false, '2022-01-01', NULL),
  (10, 'Education', 'education', 6.00, 60.00, 100, false, '2023-01-01', NULL);

INSERT INTO accounts
SELECT i,
       nm,
       lower(replace(nm, ' ', '')) || '.com',
       (ARRAY['Software','Healthcare','Retail','Financial Services','Education','Manufacturing',
              'Media','Logistics'])[1 + (i * 5) % 8],
       seg,
       CASE seg WHEN 'Enterprise' THEN 1000 + (i * 137) % 9000
                WHEN 'Mid-Market' THEN 100 + (i * 31) % 900
                ELSE CASE WHEN i % 11 = 0 THEN NULL ELSE 5 + (i * 13) % 95 END END,
       (ARRAY['New York','San Francisco','Austin','Chicago','Boston','Seattle','Toronto',
              'London','Manchester','Dublin','Berlin','Munich','Paris','Lyon','Amsterdam',
              'Sydney'])[c],
       (ARRAY['United States','United States','United States','United States','United States',
              'United States','Canada','United Kingdom','United Kingdom','Ireland','Germany',
              'Germany','France','France','Netherlands','Australia'])[c],
       CASE WHEN i % 6 = 5 THEN NULL
            ELSE (CASE WHEN i % 2 = 0 THEN 'billing@' ELSE 'accounts@' END) || lower(replace(nm, ' ', '')) || '.com' END,
       CASE WHEN seg = 'SMB' AND i % 4 <> 1 THEN NULL
            WHEN c <= 7 THEN 4 + i % 7
            WHEN c <= 15 THEN 11 + i % 6
            ELSE 17 + i % 2 END,
       su,
       CASE WHEN seg <> 'Enterprise' AND i % 7 = 3 AND su::date + 150 + (i * 11) % 300 <= DATE '2024-12-15'
            THEN su::date + 150 + (i * 11) % 300 END,
       least(su + interval '30 days' + ((i * 41) % 500) * interval '1 day',
             timestamptz '2024-12-30 17:45:00+00')
FROM (
  SELECT i,
         (ARRAY['Acme','Bluebird','Northwind','Brightline','Summit','Pixelworks','Ironclad','Greenleaf',
                'Silverline','Quantum','Harbor','Maple','Nova','Cedar','Atlas','Vertex','Orbit','Lumen',
                'Crestview','Pinecone'])[1 + (i * 7 + (i - 1) / 20) % 20]
         || ' ' ||
         (ARRAY['Labs','Logistics','Health','Retail','Systems','Foods','Capital','Media','Works',
                'Analytics','Dynamics','Partners','Studios','Robotics','Ventures'])[1 + ((i - 1) / 20 + 3 * ((i - 1) % 20)) % 15] AS nm,
         CASE WHEN i % 10 = 0 THEN 'Enterprise' WHEN i % 3 = 0 THEN 'Mid-Market' ELSE 'SMB' END AS seg,
         1 + (i * 7) % 16 AS c,
         timestamptz '2022-01-04 10:00:00+00' + (i - 1) * interval '6 days 14 hours'
           + ((i * 53) % 480) * interval '1 minute' AS su
  FROM generate_series(1, 150) AS i
) a;

UPDATE accounts SET updated_at = churned_on + interval '1 day 3 hours 12 minutes'
WHERE churned_on IS NOT NULL AND updated_at < churned_on;

INSERT INTO users
SELECT b.uid, b.account_id,
       lower(b.fn) || '.' || lower(b.ln) || '@' || b.domain,
       b.fn, b.ln,
       CASE WHEN b.uid % 5 = 2 THEN NULL
            ELSE (ARRAY['Product Manager','Software Engineer','Head of Operations','Marketing Lead',
                        'CFO','Customer Success Manager','Data Analyst','CTO','Office Manager'])[1 + (b.uid * 3) % 9] END,
       CASE WHEN b.n = 1 THEN 'owner' WHEN b.n = 2 THEN 'admin'
            WHEN b.uid % 4 = 0 THEN 'viewer' ELSE 'member' END,
       (b.churned_on IS NULL AND b.uid % 13 <> 6),
       b.created_at,
       CASE WHEN b.uid % 8 = 3 THEN NULL
            ELSE least(b.created_at + ((b.uid * 29) % 700) * interval '1 day' + (b.uid % 9) * interval '1 hour',
                       timestamptz '2024-12-30 18:00:00+00') END
FROM (
  SELECT c.*,
         (ARRAY['Emma','Liam','Olivia','Noah','Ava','Ethan','Sophia','Lucas','Mia','Mason',
                'Isabella','Logan','Amelia','James','Harper','Benjamin','Evelyn','Elijah','Abigail','Daniel',
                'Chloe','Henry','Grace','Samuel','Nora','Leo','Zoe','Jack','Lily','Owen',
                'Hannah','Gabriel','Aria','Julian','Ella','Adrian','Maya','Felix','Clara','Omar'])[1 + (c.uid * 7) % 40] AS fn,
         (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Martinez','Wilson',
                'Taylor','Thomas','Moore','Jackson','Martin','Lee','Thompson','White','Harris','Clark',
                'Lewis','Walker','Young','Allen','King','Wright','Scott','Green','Baker','Adams'])[1 + (c.uid * 11) % 30] AS ln
  FROM (
    SELECT row_number() OVER (ORDER BY a.id, n)::int AS uid, n, a.id AS account_id, a.domain, a.churned_on,
           least(a.signed_up_at + (n - 1) * interval '9 days' + n * interval '1 hour 7 minutes',
                 timestamptz '2024-12-20 12:00:00+00') AS created_at
    FROM accounts a
    CROSS JOIN LATERAL generate_series(1, CASE a.segment WHEN 'Enterprise' THEN 8 + a.id % 7
                                                         WHEN 'Mid-Market' THEN 3 + a.id % 6
                                                         ELSE 1 + a.id % 4 END) AS n
  ) c
) b;

-- First subscription of every account.
INSERT INTO subscriptions
SELECT a.id, a.id, s.plan_id,
       CASE WHEN a.churned_on IS NOT NULL THEN 'canceled'
            WHEN s.upgrades THEN 'canceled'
            WHEN a.id % 17 = 6 THEN 'past_due'
            WHEN a.id % 29 = 13 THEN 'paused'
            ELSE 'active' END,
       s.cycle, s.seats,
       CASE WHEN s.cycle = 'annual' THEN round(p.annual_price_per_seat * s.seats / 12, 2)
            ELSE p.price_per_seat * s.seats END,
       s.trial_end,
       coalesce(s.trial_end, a.signed_up_at::date),
       CASE WHEN a.churned_on IS NOT NULL THEN a.churned_on
            WHEN s.upgrades THEN coalesce(s.trial_end, a.signed_up_at::date) + 120 + a.id % 60 END,
       CASE WHEN a.churned_on IS NOT NULL
              THEN (ARRAY['too expensive','missing features','switched to competitor',
                          'company closed','no longer needed'])[1 + a.id % 5]
            WHEN s.upgrades THEN 'upgrade' END,
       a.signed_up_at
FROM accounts a
JOIN LATERAL (
  SELECT x.plan_id, x.seats, x.cycle, x.trial_end,
         (a.churned_on IS NULL
          AND a.signed_up_at < timestamptz '2024-05-01 00:00:00+00'
          AND ((a.id % 20 = 10) OR (x.plan_id = 2 AND a.id % 7 = 5) OR (x.plan_id = 3 AND a.id % 5 = 2))) AS upgrades
  FROM (
    SELECT pl AS plan_id,
           CASE a.segment WHEN 'Enterprise' THEN 120 + (a.id * 17) % 200
                          WHEN 'Mid-Market' THEN 15 + (a.id * 7) % 35
                          ELSE CASE WHEN pl = 1 THEN 1 + a.id % 3 ELSE 2 + (a.id * 3) % 9 END END AS seats,
           CASE WHEN pl <> 1 AND a.id % 5 IN (0, 3) THEN 'annual' ELSE 'monthly' END AS cycle,
           CASE WHEN pl <> 1 AND a.id % 2 = 1 THEN a.signed_up_at::date + 14 END AS trial_end
    FROM (SELECT CASE WHEN a.segment = 'Enterprise' THEN CASE WHEN a.id % 20 = 0 THEN 5 ELSE 4 END
                      WHEN a.segment = 'Mid-Market' THEN CASE WHEN a.id % 12 = 0 THEN 4 WHEN a.id % 7 = 2 THEN 9 ELSE 3 END
                      WHEN a.id % 5 = 1 THEN 1
                      WHEN a.id % 8 = 3 THEN 8
                      WHEN a.id % 11 = 4 THEN 10
                      WHEN a.id % 2 = 0 THEN 3
                      ELSE 2 END AS pl) q
  ) x
) s ON true
JOIN plans p ON p.id = s.plan_id;

-- Upgrades: the next plan starts the day the previous one ends.
INSERT INTO subscriptions
SELECT 150 + row_number() OVER (ORDER BY s.account_id)::int,
       s.account_id, np.id,
       CASE WHEN s.account_id % 17 = 6 THEN 'past_due' ELSE 'active' END,
       s.billing_cycle, ns.seats,
       CASE WHEN s.billing_cycle = 'annual' THEN round(np.annual_price_per_seat * ns.seats / 12, 2)
            ELSE np.price_per_seat * ns.seats END,
       NULL, s.canceled_on, NULL, NULL,
       s.canceled_on - 2 + interval '15 hours 20 minutes'
FROM subscriptions s
JOIN plans np ON np.id = s.plan_id + 1
CROSS JOIN LATERAL (SELECT s.seats + 2 + s.account_id % 6 AS seats) ns
WHERE s.cancel_reason = 'upgrade';

INSERT INTO invoices
SELECT v.id, v.account_id, v.sub_id,
       'INV-' || to_char(v.issued_on, 'YYYY') || '-' || lpad(v.id::text, 5, '0'),
       CASE WHEN v.issued_on >= DATE '2024-12-15' THEN 'open'
            WHEN v.issued_on >= DATE '2024-12-01' AND v.id % 2 = 0 THEN 'open'
            WHEN v.sub_status = 'past_due' AND v.issued_on >= DATE '2024-10-01' THEN 'open'
            WHEN v.id % 53 = 7 THEN 'void'
            WHEN v.id % 67 = 11 THEN 'uncollectible'
            ELSE 'paid' END,
       v.issued_on,
       CASE WHEN v.cycle = 'annual' THEN (v.issued_on + interval '1 year')::date - 1
            ELSE (v.issued_on + interval '1 month')::date - 1 END,
       v.issued_on,
       v.issued_on + CASE WHEN v.cycle = 'annual' OR v.plan_id = 5 THEN 30 ELSE 14 END,
       0, 0, 0, NULL
FROM (
  SELECT row_number() OVER (ORDER BY g.d, s.id)::int AS id,
         s.account_id, s.id AS sub_id, s.status AS sub_status, s.billing_cycle AS cycle, s.plan_id,
         g.d::date AS issued_on
  FROM subscriptions s
  JOIN plans p ON p.id = s.plan_id
  CROSS JOIN LATERAL generate_series(s.started_on::timestamp,
                                     least(coalesce(s.canceled_on - 1, DATE '2024-12-31'), DATE '2024-12-31')::timestamp,
                                     CASE WHEN s.billing_cycle = 'annual' THEN interval '1 year' ELSE interval '1 month' END) AS g(d)
  WHERE p.price_per_seat > 0
) v;

INSERT INTO invoice_line_items
SELECT row_number() OVER (ORDER BY l.invoice_id, l.k)::int, l.invoice_id, l.kind, l.description,
       l.quantity, l.unit_price, l.quantity * l.unit_price
FROM (
  SELECT i.id AS invoice_id, 1 AS k, 'subscription' AS kind,
         p.name || ' plan, ' || s.seats || ' seats, ' || to_char(i.period_start, 'Mon DD YYYY')
           || ' to ' || to_char(i.period_end, 'Mon DD YYYY') AS description,
         s.seats AS quantity,
         CASE WHEN s.billing_cycle = 'annual' THEN p.annual_price_per_seat ELSE p.price_per_seat END AS unit_price
  FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id JOIN plans p ON p.id = s.plan_id
  UNION ALL
  SELECT i.id, 2, 'onboarding', 'Onboarding and implementation package', 1, 2500.00
  FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id
  WHERE s.plan_id IN (4, 5) AND i.period_start = s.started_on AND s.trial_ends_on IS NULL
  UNION ALL
  SELECT i.id, 3, 'overage', 'API calls above plan allowance (per 10,000 calls)', 2 + (i.id * 7) % 30, 4.00
  FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id
  WHERE i.id % 6 = 1 AND s.plan_id NOT IN (8, 9, 10)
  UNION ALL
  SELECT i.id, 4, 'add_on', 'Advanced analytics add-on', s.seats, 5.00
  FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id
  WHERE s.account_id % 18 = 4 AND s.billing_cycle = 'monthly'
  UNION ALL
  SELECT i.id, 5, 'discount', 'Loyalty discount 10%', 1,
         -round(s.mrr * CASE WHEN s.billing_cycle = 'annual' THEN 12 ELSE 1 END * 0.10, 2)
  FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id
  WHERE i.id % 12 = 4
) l;

UPDATE invoices i SET subtotal = t.subtotal,
                      tax = round(t.subtotal * t.rate, 2),
                      total = t.subtotal + round(t.subtotal * t.rate, 2),
                      paid_at = CASE WHEN i.status = 'paid'
                                     THEN i.issued_on + (i.id % 10 + CASE WHEN i.id % 10 = 3 THEN 3 ELSE 0 END) * interval '1 day'
                                          + interval '8 hours' + ((i.id * 37) % 600) * interval '1 minute' END
FROM (
  SELECT li.invoice_id, sum(li.amount) AS subtotal,
         CASE a.country WHEN 'United States' THEN 0 WHEN 'Canada' THEN 0.13 WHEN 'United Kingdom' THEN 0.20
                        WHEN 'Ireland' THEN 0.23 WHEN 'Germany' THEN 0.19 WHEN 'France' THEN 0.20
                        WHEN 'Netherlands' THEN 0.21 ELSE 0.10 END AS rate
  FROM invoice_line_items li
  JOIN invoices iv ON iv.id = li.invoice_id
  JOIN accounts a ON a.id = iv.account_id
  GROUP BY li.invoice_id, a.country
) t
WHERE t.invoice_id = i.id;

INSERT INTO payments
SELECT row_number() OVER (ORDER BY x.attempted_at, x.invoice_id, x.k)::int,
       x.invoice_id, x.amount,
       CASE WHEN a.segment = 'Enterprise' THEN CASE WHEN a.id % 20 = 0 THEN 'wire' ELSE 'ach' END
            WHEN a.id % 9 = 4 THEN 'paypal'
            WHEN a.id % 7 = 2 THEN 'ach'
            ELSE 'card' END,
       x.status, x.failure_reason,
       'ch_' || substr(md5(x.invoice_id::text || '-' || x.k::text), 1, 24),
       x.attempted_at
FROM (
  SELECT i.id AS invoice_id, 1 AS k, i.total AS amount, 'succeeded' AS status, NULL AS failure_reason,
         i.paid_at AS attempted_at, i.account_id
  FROM invoices i WHERE i.status = 'paid'
  UNION ALL
  SELECT i.id, 0, i.total, 'failed',
         (ARRAY['card_declined','insufficient_funds','expired_card'])[1 + i.id % 3],
         i.paid_at - interval '3 days' + interval '2 hours', i.account_id
  FROM invoices i WHERE i.status = 'paid' AND i.id % 10 = 3
  UNION ALL
  SELECT i.id, 0, i.total, 'failed',
         (ARRAY['card_declined','insufficient_funds','expired_card'])[1 + i.id % 3],
         i.issued_on + interval '1 day 6 hours', i.account_id
  FROM invoices i WHERE i.status IN ('uncollectible') OR (i.status = 'open' AND i.issued_on < DATE '2024-12-01')
  UNION ALL
  SELECT i.id, 1, i.total, 'failed', 'insufficient_funds',
         i.issued_on + interval '8 days 6 hours', i.account_id
  FROM invoices i WHERE i.status = 'uncollectible'
  UNION ALL
  SELECT i.id, 1, i.total, 'pending', NULL,
         i.issued_on + interval '2 days 11 hours', i.account_id
  FROM invoices i WHERE i.status = 'open' AND i.issued_on >= DATE '2024-12-01' AND i.id % 3 = 0
) x
JOIN accounts a ON a.id = x.account_id;

INSERT INTO usage_events
SELECT e.g, e.account_id,
       CASE WHEN e.event_type IN ('api_call', 'integration_sync') THEN NULL ELSE u.id END,
       e.event_type,
       CASE WHEN e.event_type IN ('api_call', 'integration_sync') THEN 'api'
            WHEN e.g % 4 = 0 THEN 'mobile' ELSE 'web' END,
       CASE WHEN e.event_type = 'api_call' THEN 50 * (1 + (e.g * 7) % 40) ELSE 1 + e.g % 5 END,
       e.occurred_at,
       e.occurred_at + (e.g % 90) * interval '1 second'
FROM (
  SELECT g, t AS occurred_at,
         (ARRAY['api_call','dashboard_view','report_export','file_upload','integration_sync',
                'user_invited'])[1 + (g * 3 + g / 6) % 6] AS event_type,
         1 + (g * 37) % least(150, floor(extract(epoch FROM t - timestamptz '2022-01-04 18:00:00+00') / 86400 / 6.6)::int + 1) AS account_id
  FROM (SELECT g, timestamptz '2022-01-06 00:00:00+00' + (g - 1) * interval '13 hours'
                  + ((g * 47) % 60) * interval '1 minute' AS t
        FROM generate_series(1, 2000) AS g) gg
) e
JOIN (SELECT id, account_id, row_number() OVER (PARTITION BY account_id ORDER BY id) AS n,
             count(*) OVER (PARTITION BY account_id) AS cnt
      FROM users) u
  ON u.account_id = e.account_id AND u.n = 1 + e.g % u.cnt;

INSERT INTO support_agents VALUES
  (1, 'Aoife', 'Kelly', 'aoife.kelly@cloudledger.io', 'Tier 1', 'Dublin', '2021-03-15', true),
  (2, 'Conor', 'Walsh', 'conor.walsh@cloudledger.io', 'Tier 1', 'Dublin', '2021-11-01', true),
  (3, 'Maria', 'Santos', 'maria.santos@cloudledger.io', 'Tier 1', 'Manila', '2022-01-10', true),
  (4, 'Joshua', 'Reyes', 'joshua.reyes@cloudledger.io', 'Tier 1', 'Manila', '2022-05-23', false),
  (5, 'Angelica', 'Cruz', 'angelica.cruz@cloudledger.io', 'Tier 1', 'Manila', '2023-02-06', true),
  (6, 'Brittany', 'Nolan', 'brittany.nolan@cloudledger.io', 'Tier 1', 'Austin', '2021-06-21', true),
  (7, 'Jamal', 'Carter', 'jamal.carter@cloudledger.io', 'Tier 1', 'Austin', '2022-09-12', true),
  (8, 'Inês', 'Ferreira', 'ines.ferreira@cloudledger.io', 'Tier 1', 'Lisbon', '2023-04-03', true),
  (9, 'Tomás', 'Almeida', 'tomas.almeida@cloudledger.io', 'Tier 2', 'Lisbon', '2020-10-05', true),
  (10, 'Niamh', 'Doyle', 'niamh.doyle@cloudledger.io', 'Tier 2', 'Dublin', '2020-04-20', true),
  (11, 'Ryan', 'Foster', 'ryan.foster@cloudledger.io', 'Tier 2', 'Austin', '2021-01-18', true),
  (12, 'Daniela', 'Mendes', 'daniela.mendes@cloudledger.io', 'Tier 2', 'Lisbon', '2022-07-04', true),
  (13, 'Paolo', 'Bautista', 'paolo.bautista@cloudledger.io', 'Tier 2', 'Manila', '2023-08-14', true),
  (14, 'Sinead', 'Murphy', 'sinead.murphy@cloudledger.io', 'Billing', 'Dublin', '2021-02-01', true),
  (15, 'Courtney', 'Hale', 'courtney.hale@cloudledger.io', 'Billing', 'Austin', '2022-03-28', true),
  (16, 'Rui', 'Costa', 'rui.costa@cloudledger.io', 'Billing', 'Lisbon', '2024-01-08', true);

INSERT INTO support_tickets
SELECT t.g, t.account_id,
       CASE WHEN t.g % 10 = 7 THEN NULL ELSE u.id END,
       CASE WHEN t.status = 'new' THEN NULL
            WHEN t.category = 'Billing' THEN 14 + t.g % 3
            WHEN t.category IN ('Bug report', 'Integrations') THEN 9 + t.g % 5
            ELSE 1 + t.g % 8 END,
       t.subject, t.category, t.priority, t.channel, t.status, t.opened_at,
       CASE WHEN t.status = 'new' THEN NULL
            ELSE t.opened_at + (5 + (t.g * 17) % 300) * interval '1 minute' END,
       CASE WHEN t.status IN ('solved', 'closed')
            THEN t.opened_at + (1 + (t.g * 13) % 120) * interval '1 hour'
                 + CASE WHEN t.category = 'Bug report' THEN (t.g % 9) * interval '1 day' ELSE interval '0' END END,
       CASE WHEN t.status IN ('solved', 'closed') AND t.g % 3 <> 0
            THEN (ARRAY[5,4,5,3,5,4,2,5,4,1])[1 + (t.g * 7) % 10] END
FROM (
  SELECT g, ts AS opened_at,
         1 + (g * 37) % least(150, floor(extract(epoch FROM ts - timestamptz '2022-01-04 18:00:00+00') / 86400 / 6.6)::int + 1) AS account_id,
         cat AS category,
         CASE cat
           WHEN 'Billing' THEN (ARRAY['Charged twice this month','Need a copy of our invoice with VAT number',
                                      'Question about prorated charges','Update credit card on file'])[1 + g % 4]
           WHEN 'Bug report' THEN (ARRAY['Dashboard not loading','CSV export is missing rows',
                                         'Error 500 when saving report','Charts show wrong time zone'])[1 + g % 4]
           WHEN 'How-to question' THEN (ARRAY['How do I add a new teammate?','How to schedule a weekly report',
                                              'Where can I change my password?'])[1 + g % 3]
           WHEN 'Feature request' THEN (ARRAY['Please add dark mode','Request: export to Google Sheets',
                                              'Would like more granular permissions'])[1 + g % 3]
           WHEN 'Integrations' THEN (ARRAY['Salesforce sync failing','Slack notifications stopped',
                                           'HubSpot integration duplicates contacts'])[1 + g % 3]
           ELSE (ARRAY['Locked out after password reset','SSO login not working',
                       'Need to transfer account ownership'])[1 + g % 3] END AS subject,
         CASE WHEN g % 11 = 0 THEN 'urgent' WHEN g % 4 = 1 THEN 'high' WHEN g % 3 = 0 THEN 'low' ELSE 'normal' END AS priority,
         (ARRAY['email','chat','web form','phone'])[1 + (g * 3) % 4] AS channel,
         CASE WHEN ts >= timestamptz '2024-10-15 00:00:00+00'
                THEN (ARRAY['new','open','pending','solved'])[1 + g % 4]
              WHEN ts >= timestamptz '2024-10-01 00:00:00+00' AND g % 5 = 0 THEN 'solved'
              WHEN g % 5 = 0 THEN 'closed'
              ELSE 'solved' END AS status
  FROM (SELECT g,
               timestamptz '2022-01-10 08:00:00+00' + (g - 1) * interval '2 days 3 hours'
                 + ((g * 53) % 540) * interval '1 minute' AS ts,
               (ARRAY['Billing','Bug report','How-to question','Feature request','Integrations',
                      'Account access','How-to question','Billing','Bug report'])[1 + (g * 5) % 9] AS cat
        FROM generate_series(1, 500) AS g) gg
) t
JOIN (SELECT id, account_id, row_number() OVER (PARTITION BY account_id ORDER BY id) AS n,
             count(*) OVER (PARTITION BY account_id) AS cnt
      FROM users) u
  ON u.account_id = t.account_id AND u.n = 1 + t.g % u.cnt;
