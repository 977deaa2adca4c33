-- Data of an online marketplace for freelancers: the client companies that post projects, the
-- freelancers and the skills they list, the projects (fixed-price or hourly), the proposals
-- (bids) freelancers send on them, the contracts that follow a hire, the milestones of
-- fixed-price contracts, the payments clients make with the platform fee taken from each,
-- the reviews both sides leave after a contract, and the disputes opened on contracts; used
-- as the sample database of the golden set benches/intent/freelance.yaml.
-- Every row is invented and reproducible (generate_series, fixed value lists and modular
-- arithmetic; no random(), no now()). The data runs from January 2022 to December 2025.
-- Naming follows Rails conventions; money is in integer cents; statuses are enum types.

CREATE TYPE experience_level AS ENUM ('entry', 'intermediate', 'expert');
CREATE TYPE budget_type AS ENUM ('fixed', 'hourly');
CREATE TYPE project_status AS ENUM ('open', 'in_progress', 'completed', 'cancelled');
CREATE TYPE proposal_status AS ENUM ('pending', 'shortlisted', 'accepted', 'rejected', 'withdrawn');
CREATE TYPE contract_status AS ENUM ('active', 'paused', 'completed', 'terminated');
CREATE TYPE milestone_status AS ENUM ('pending', 'funded', 'submitted', 'released', 'cancelled');
CREATE TYPE payment_status AS ENUM ('completed', 'failed', 'refunded');
CREATE TYPE payment_method AS ENUM ('card', 'bank_transfer', 'paypal', 'wallet');
CREATE TYPE party_role AS ENUM ('client', 'freelancer');
CREATE TYPE dispute_reason AS ENUM ('quality', 'missed_deadline', 'non_payment', 'scope_change', 'communication');
CREATE TYPE dispute_status AS ENUM ('open', 'in_mediation', 'resolved', 'withdrawn');

CREATE TABLE skills (
    id         bigserial PRIMARY KEY,
    name       varchar NOT NULL UNIQUE,
    category   varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE clients (
    id            bigserial PRIMARY KEY,
    company_name  varchar NOT NULL UNIQUE,
    contact_name  varchar NOT NULL,
    email         varchar NOT NULL UNIQUE,
    country       varchar NOT NULL,
    industry      varchar NOT NULL,
    payment_verified boolean NOT NULL DEFAULT false,
    created_at    timestamp(6) NOT NULL,
    updated_at    timestamp(6) NOT NULL
);

CREATE TABLE freelancers (
    id                bigserial PRIMARY KEY,
    name              varchar NOT NULL,
    email             varchar NOT NULL UNIQUE,
    country           varchar NOT NULL,
    headline          varchar,
    level             experience_level NOT NULL,
    hourly_rate_cents integer NOT NULL,
    available         boolean NOT NULL DEFAULT true,
    top_rated         boolean NOT NULL DEFAULT false,
    created_at        timestamp(6) NOT NULL,
    updated_at        timestamp(6) NOT NULL
);

CREATE TABLE freelancer_skills (
    id               bigserial PRIMARY KEY,
    freelancer_id    bigint NOT NULL REFERENCES freelancers (id),
    skill_id         bigint NOT NULL REFERENCES skills (id),
    years_experience integer NOT NULL,
    created_at       timestamp(6) NOT NULL,
    updated_at       timestamp(6) NOT NULL,
    UNIQUE (freelancer_id, skill_id)
);

CREATE TABLE projects (
    id                 bigserial PRIMARY KEY,
    client_id          bigint NOT NULL REFERENCES clients (id),
    skill_id           bigint NOT NULL REFERENCES skills (id),
    title              varchar NOT NULL,
    budget_type        budget_type NOT NULL,
    budget_cents       integer NOT NULL,
    experience_level   experience_level NOT NULL,
    status             project_status NOT NULL DEFAULT 'open',
    created_at         timestamp(6) NOT NULL,
    updated_at         timestamp(6) NOT NULL
);

CREATE TABLE proposals (
    id                bigserial PRIMARY KEY,
    project_id        bigint NOT NULL REFERENCES projects (id),
    freelancer_id     bigint NOT NULL REFERENCES freelancers (id),
    bid_amount_cents  integer NOT NULL,
    estimated_days    integer NOT NULL,
    status            proposal_status NOT NULL DEFAULT 'pending',
    created_at        timestamp(6) NOT NULL,
    updated_at        timestamp(6) NOT NULL,
    UNIQUE (project_id, freelancer_id)
);

CREATE TABLE contracts (
    id                bigserial PRIMARY KEY,
    project_id        bigint NOT NULL UNIQUE REFERENCES projects (id),
    freelancer_id     bigint NOT NULL REFERENCES freelancers (id),
    proposal_id       bigint NOT NULL UNIQUE REFERENCES proposals (id),
    contract_type     budget_type NOT NULL,
    amount_cents      integer NOT NULL,
    hourly_rate_cents integer,
    status            contract_status NOT NULL DEFAULT 'active',
    started_on        date NOT NULL,
    ended_on          date,
    created_at        timestamp(6) NOT NULL,
    updated_at        timestamp(6) NOT NULL
);

CREATE TABLE milestones (
    id           bigserial PRIMARY KEY,
    contract_id  bigint NOT NULL REFERENCES contracts (id),
    position     integer NOT NULL,
    title        varchar NOT NULL,
    amount_cents integer NOT NULL,
    due_on       date NOT NULL,
    status       milestone_status NOT NULL DEFAULT 'pending',
    created_at   timestamp(6) NOT NULL,
    updated_at   timestamp(6) NOT NULL,
    UNIQUE (contract_id, position)
);

CREATE TABLE payments (
    id                 bigserial PRIMARY KEY,
    contract_id        bigint NOT NULL REFERENCES contracts (id),
    milestone_id       bigint REFERENCES milestones (id),
    amount_cents       integer NOT NULL,
    platform_fee_cents integer NOT NULL,
    payment_method     payment_method NOT NULL,
    status             payment_status NOT NULL DEFAULT 'completed',
    paid_at            timestamp(6) NOT NULL,
    created_at         timestamp(6) NOT NULL,
    updated_at         timestamp(6) NOT NULL
);

CREATE TABLE reviews (
    id            bigserial PRIMARY KEY,
    contract_id   bigint NOT NULL REFERENCES contracts (id),
    reviewer_role party_role NOT NULL,
    rating        integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       text,
    created_at    timestamp(6) NOT NULL,
    updated_at    timestamp(6) NOT NULL,
    UNIQUE (contract_id, reviewer_role)
);

CREATE TABLE disputes (
    id           bigserial PRIMARY KEY,
    contract_id  bigint NOT NULL REFERENCES contracts (id),
    opened_by    party_role NOT NULL,
    reason       dispute_reason NOT NULL,
    status       dispute_status NOT NULL DEFAULT 'open',
    refund_cents integer NOT NULL DEFAULT 0,
    resolved_at  timestamp(6),
    created_at   timestamp(6) NOT NULL,
    updated_at   timestamp(6) NOT NULL
);

CREATE INDEX index_freelancer_skills_on_skill_id ON freelancer_skills (skill_id);
CREATE INDEX index_projects_on_client_id ON projects (client_id);
CREATE INDEX index_projects_on_skill_id ON projects (skill_id);
CREATE INDEX index_proposals_on_freelancer_id ON proposals (freelancer_id);
CREATE INDEX index_contracts_on_freelancer_id ON contracts (freelancer_id);
CREATE INDEX index_payments_on_contract_id ON payments (contract_id);
CREATE INDEX index_payments_on_milestone_id ON payments (milestone_id);
CREATE INDEX index_reviews_on_contract_id ON reviews (contract_id);
CREATE INDEX index_disputes_on_contract_id ON disputes (contract_id);

-- Skills --------------------------------------------------------------------------------------
INSERT INTO skills (id, name, category, created_at, updated_at)
SELECT s.ord, s.name, s.category, timestamp '2021-12-01 09:00' + s.ord * interval '1 minute',
       timestamp '2021-12-01 09:00' + s.ord * interval '1 minute'
FROM (VALUES
    (1, 'Python', 'Development'), (2, 'JavaScript', 'Development'), (3, 'React', 'Development'),
    (4, 'Node.js', 'Development'), (5, 'Ruby on Rails', 'Development'), (6, 'PHP', 'Development'),
    (7, 'iOS Development', 'Development'), (8, 'Android Development', 'Development'),
    (9, 'WordPress', 'Development'), (10, 'DevOps', 'Development'),
    (11, 'Logo Design', 'Design'), (12, 'UI/UX Design', 'Design'), (13, 'Illustration', 'Design'),
    (14, 'Figma', 'Design'), (15, 'Video Editing', 'Design'),
    (16, 'Copywriting', 'Writing'), (17, 'Technical Writing', 'Writing'), (18, 'Translation', 'Writing'),
    (19, 'Proofreading', 'Writing'), (20, 'Ghostwriting', 'Writing'),
    (21, 'SEO', 'Marketing'), (22, 'Social Media Marketing', 'Marketing'), (23, 'Google Ads', 'Marketing'),
    (24, 'Email Marketing', 'Marketing'),
    (25, 'SQL', 'Data'), (26, 'Data Analysis', 'Data'), (27, 'Machine Learning', 'Data'), (28, 'Excel', 'Data'),
    (29, 'Virtual Assistance', 'Admin Support'), (30, 'Bookkeeping', 'Admin Support')
) AS s (ord, name, category);

-- Clients: one signs up about every eleven days from January 2022 -----------------------------
INSERT INTO clients (id, company_name, contact_name, email, country, industry, payment_verified, created_at, updated_at)
SELECT i,
       (ARRAY['Acme','Bluefin','Northwind','Cedar','Brightline','Copperleaf','Evergreen','Harbor','Ironwood','Juniper',
              'Keystone','Lumen','Maple','Nimbus','Orchard','Pinnacle','Quartz','Redwood','Summit','Tidewater'])[(i - 1) % 20 + 1]
         || ' ' || (ARRAY['Labs','Media','Health','Logistics','Studio','Partners'])[(i - 1) / 20 + 1],
       (ARRAY['Emma','Liam','Olivia','Noah','Ava','Ethan','Sophia','Mason','Isabella','Lucas','Mia','James',
              'Charlotte','Benjamin','Amelia','Henry','Harper','Daniel','Evelyn','Jack','Grace','Samuel','Chloe','David'])[(i * 5) % 24 + 1]
         || ' ' || (ARRAY['Smith','Johnson','Brown','Taylor','Miller','Wilson','Moore','Clark','Lewis','Walker','Hall','Young',
              'King','Wright','Scott','Green','Baker','Adams','Nelson','Carter','Mitchell','Turner','Parker','Collins'])[(i * 7 + i / 24) % 24 + 1],
       'billing' || i || '@' || lower((ARRAY['Acme','Bluefin','Northwind','Cedar','Brightline','Copperleaf','Evergreen','Harbor','Ironwood','Juniper',
              'Keystone','Lumen','Maple','Nimbus','Orchard','Pinnacle','Quartz','Redwood','Summit','Tidewater'])[(i - 1) % 20 + 1])
         || '-' || lower((ARRAY['Labs','Media','Health','Logistics','Studio','Partners'])[(i - 1) / 20 + 1]) || '.example.com',
       (ARRAY['United States','United States','United Kingdom','Canada','Germany','United States','Australia',
              'Netherlands','France','United Kingdom','Singapore','United States'])[(i * 7) % 12 + 1],
       (ARRAY['Software','Media & Publishing','Healthcare','Logistics','Design & Creative','Consulting'])[(i - 1) / 20 + 1],
       (i % 6 <> 0),
       timestamp '2022-01-01 07:00' + greatest(0, (i - 1) * 11 - (i * 3) % 7) * interval '1 day' + (i % 50) * interval '1 minute',
       timestamp '2022-01-01 07:00' + greatest(0, (i - 1) * 11 - (i * 3) % 7) * interval '1 day' + (i % 50) * interval '1 minute'
         + ((i * 13) % 90) * interval '1 day'
FROM generate_series(1, 120) AS i;

-- Freelancers: 240 sign up every five days from January 2022, ten more in the last weeks of 2025
INSERT INTO freelancers (id, name, email, country, headline, level, hourly_rate_cents, available, top_rated, created_at, updated_at)
SELECT i,
       (ARRAY['Aarav','Fatima','Miguel','Olena','Chidi','Mei','Lucas','Priya','Tomasz','Amara','Diego','Sana','Andrei',
              'Grace','Juan','Ayesha','Kwame','Lina','Rafael','Nadia','Omar','Sofia','Vikram','Zainab','Mateo'])[(i - 1) % 25 + 1]
         || ' ' || (ARRAY['Sharma','Khan','Santos','Kovalenko','Okafor','Chen','Silva','Patel','Nowak','Mensah','Garcia','Malik',
              'Popescu','Wanjiru','Reyes','Hussain','Boateng','Haddad','Costa','Ivanova','Farouk','Rossi','Iyer','Bello',
              'Fernandez','Das','Kowalski','Mwangi','Torres','Rahman'])[((i - 1) / 25 + 3 * ((i - 1) % 25)) % 30 + 1],
       'freelancer' || i || '@mail.example.com',
       (ARRAY['India','Pakistan','Philippines','Ukraine','United States','India','Nigeria','Brazil','Philippines','Poland',
              'Kenya','India','Argentina','Bangladesh','Pakistan','Romania','India','Philippines','Egypt','Ukraine',
              'Vietnam','India'])[(i * 5 + i / 22) % 22 + 1],
       NULL,
       (CASE WHEN (i * 3 + i / 10) % 10 < 3 THEN 'entry'
             WHEN (i * 3 + i / 10) % 10 < 7 THEN 'intermediate'
             ELSE 'expert' END)::experience_level,
       CASE WHEN (i * 3 + i / 10) % 10 < 3 THEN 1500 + ((i * 7) % 9) * 250
            WHEN (i * 3 + i / 10) % 10 < 7 THEN 3000 + ((i * 11) % 15) * 250
            ELSE 6000 + ((i * 13) % 19) * 500 END,
       (i % 4 <> 0),
       ((i * 3 + i / 10) % 10 >= 7 AND i % 3 = 0) OR ((i * 3 + i / 10) % 10 BETWEEN 3 AND 6 AND i % 7 = 0),
       timestamp '2022-01-01 08:00' + (CASE WHEN i <= 240 THEN (i - 1) * 5 ELSE 1385 + (i - 241) * 5 END) * interval '1 day'
         + ((i * 17) % 600) * interval '1 minute',
       timestamp '2022-01-01 08:00' + (CASE WHEN i <= 240 THEN (i - 1) * 5 ELSE 1385 + (i - 241) * 5 END) * interval '1 day'
         + ((i * 17) % 600) * interval '1 minute' + ((i * 7) % 40) * interval '1 day'
FROM generate_series(1, 250) AS i;

-- Freelancer skills: two to four each; the first one is the main skill of the headline
INSERT INTO freelancer_skills (freelancer_id, skill_id, years_experience, created_at, updated_at)
SELECT f.id, ((f.id * 7 + k * 11) % 30) + 1,
       1 + (f.id + k * 3) % 12,
       f.created_at + k * interval '2 hours', f.created_at + k * interval '2 hours'
FROM freelancers f
CROSS JOIN LATERAL generate_series(0, 1 + (f.id % 3)::int) AS k
ORDER BY f.id, k;

UPDATE freelancers f
SET headline = s.name || CASE s.category WHEN 'Development' THEN ' developer'
                                         WHEN 'Design' THEN ' designer'
                                         WHEN 'Writing' THEN ' writer'
                                         WHEN 'Marketing' THEN ' marketer'
                                         WHEN 'Data' THEN ' analyst'
                                         ELSE ' specialist' END
FROM skills s
WHERE s.id = ((f.id * 7) % 30) + 1 AND f.id % 9 <> 4;

-- Projects: posted from January 2022 to December 2025, more each year, busiest in spring and autumn
INSERT INTO projects (id, client_id, skill_id, title, budget_type, budget_cents, experience_level, status, created_at, updated_at)
SELECT p.i,
       1 + ((p.i * 37 + (p.i * p.i) % 7) % least(120, p.off / 11 + 1)),
       p.skill,
       (ARRAY['Python automation script','Interactive JavaScript widget','React dashboard','Node.js REST API',
              'Rails app maintenance','PHP site bug fixes','iPhone app','Android app','WordPress website','CI/CD pipeline setup',
              'Logo and brand mark','App UI/UX redesign','Custom illustrations','Figma prototype','Promo video edit',
              'Landing page copy','API documentation','Website translation','Proofreading of guides','Blog ghostwriting',
              'SEO audit','Social media content plan','Google Ads campaign','Email newsletter sequence',
              'SQL reporting queries','Sales data analysis','Churn prediction model','Excel financial model',
              'Virtual assistant support','Monthly bookkeeping'])[p.skill]
         || ' ' || (ARRAY['for an online store','for a dental clinic','for a real estate agency','for a nonprofit',
              'for a SaaS startup','for a restaurant group','for a law firm','for a fitness brand'])[(p.i * 3 + p.i / 8) % 8 + 1],
       CASE WHEN p.i % 3 = 0 THEN 'hourly' ELSE 'fixed' END::budget_type,
       CASE WHEN p.i % 3 = 0 THEN 100000 + ((p.i * 29) % 36) * 25000
            ELSE 15000 + ((p.i * 53) % 97) * 5000 END,
       (CASE WHEN (p.i * 5) % 9 < 3 THEN 'entry' WHEN (p.i * 5) % 9 < 7 THEN 'intermediate' ELSE 'expert' END)::experience_level,
       (CASE WHEN p.i % 11 = 0 THEN 'cancelled'
             WHEN p.off >= 1400 THEN 'open'
             WHEN p.off >= 1300 AND p.i % 5 = 0 THEN 'open'
             WHEN p.off >= 1300 THEN 'in_progress'
             ELSE 'completed' END)::project_status,
       timestamp '2022-01-01' + p.off * interval '1 day' + (8 + p.i % 11) * interval '1 hour' + ((p.i * 13) % 60) * interval '1 minute',
       timestamp '2022-01-01' + p.off * interval '1 day' + (8 + p.i % 11) * interval '1 hour' + ((p.i * 13) % 60) * interval '1 minute'
         + ((p.i * 5) % 11) * interval '1 day'
FROM (SELECT i, off,
             (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,
                    1,3,9,9,11,12,16,21,21,26,29,3,1,2,22,9,16])[(i * 11 + i / 7 + (i * i) % 4) % 47 + 1] AS skill
      FROM (SELECT row_number() OVER (ORDER BY mo, k)::int AS i,
                   (ms - date '2022-01-01') + 3 + (k * ((ms + interval '1 month')::date - ms - 4)) / n AS off
            FROM (SELECT mo, (date '2022-01-01' + mo * interval '1 month')::date AS ms,
                         7 + mo / 6 + (ARRAY[3,5,4,2,1,0,-2,-1,2,4,3,-3])[mo % 12 + 1] + (mo * 7) % 4 AS n
                  FROM generate_series(0, 47) AS mo) AS months
            CROSS JOIN LATERAL generate_series(0, n - 1) AS k) AS numbered) AS p;

-- Proposals: up to ten bids per project from freelancers who had signed up by then -------------
INSERT INTO proposals (project_id, freelancer_id, bid_amount_cents, estimated_days, status, created_at, updated_at)
SELECT p.id,
       1 + ((p.id * 7919 + (p.id * p.id) % 1009 + k) % q.m),
       ((p.budget_cents * (80 + (p.id * 13 + k * 17) % 41)) / 100 / 500) * 500,
       3 + (p.id + k * 5) % 40,
       (CASE WHEN k = 0 AND (p.status IN ('in_progress', 'completed') OR (p.status = 'cancelled' AND p.id % 22 = 0 AND p.created_at < timestamp '2025-08-01')) THEN 'accepted'
             WHEN p.status = 'open' AND k % 3 = 0 THEN 'shortlisted'
             WHEN p.status = 'open' THEN 'pending'
             WHEN (p.id + k) % 7 = 0 THEN 'withdrawn'
             ELSE 'rejected' END)::proposal_status,
       p.created_at + (k * 13 + 2) * interval '1 hour' + ((p.id * k) % 50) * interval '1 minute',
       p.created_at + (k * 13 + 2) * interval '1 hour' + ((p.id * k) % 50) * interval '1 minute' + interval '3 days'
FROM projects p
CROSS JOIN LATERAL (SELECT least(240, (p.created_at::date - date '2022-01-01') / 5 + 1) AS m) AS q
CROSS JOIN LATERAL generate_series(0, least(2 + (p.id * 7) % 9, q.m) - 1) AS k
ORDER BY p.id, k;

-- Contracts: one per hire ------------------------------------------------------------------------
INSERT INTO contracts (id, project_id, freelancer_id, proposal_id, contract_type, amount_cents, hourly_rate_cents, status,
                       started_on, ended_on, created_at, updated_at)
SELECT row_number() OVER (ORDER BY p.id),
       p.id, pr.freelancer_id, pr.id, p.budget_type, pr.bid_amount_cents,
       CASE WHEN p.budget_type = 'hourly' THEN f.hourly_rate_cents END,
       (CASE WHEN p.status = 'cancelled' THEN 'terminated'
             WHEN p.status = 'completed' THEN 'completed'
             WHEN p.id % 9 = 0 THEN 'paused'
             ELSE 'active' END)::contract_status,
       (pr.created_at + (2 + p.id % 5) * interval '1 day')::date,
       CASE WHEN p.status = 'cancelled' THEN (pr.created_at + (2 + p.id % 5) * interval '1 day')::date + pr.estimated_days / 2 + 1
            WHEN p.status = 'completed' THEN (pr.created_at + (2 + p.id % 5) * interval '1 day')::date + pr.estimated_days + (p.id % 10)::int END,
       pr.created_at + (2 + p.id % 5) * interval '1 day' - interval '3 hours',
       pr.created_at + (2 + p.id % 5) * interval '1 day' - interval '3 hours'
         + (CASE WHEN p.status IN ('cancelled', 'completed') THEN pr.estimated_days + p.id % 10 ELSE 1 END) * interval '1 day'
FROM projects p
JOIN proposals pr ON pr.project_id = p.id AND pr.status = 'accepted'
JOIN freelancers f ON f.id = pr.freelancer_id
ORDER BY p.id;

-- Milestones of fixed-price contracts: one to four, splitting the contract amount ----------------
INSERT INTO milestones (contract_id, position, title, amount_cents, due_on, status, created_at, updated_at)
SELECT c.id, j,
       (ARRAY['Discovery and plan','First draft','Revisions','Final delivery'])[CASE WHEN j = n THEN 4 ELSE j END],
       c.amount_cents / n + CASE WHEN j = n THEN c.amount_cents % n ELSE 0 END,
       c.started_on + j * (pr.estimated_days / n + 1),
       (CASE WHEN c.status = 'completed' THEN 'released'
             WHEN c.status = 'terminated' AND j = 1 THEN 'released'
             WHEN c.status = 'terminated' THEN 'cancelled'
             WHEN j <= n / 2 AND c.started_on + j * (pr.estimated_days / n + 1) < date '2025-12-20' THEN 'released'
             WHEN j = n / 2 + 1 AND c.id % 2 = 0 THEN 'submitted'
             WHEN j = n / 2 + 1 THEN 'funded'
             ELSE 'pending' END)::milestone_status,
       c.created_at + interval '1 hour', c.created_at + interval '1 hour' + j * (pr.estimated_days / n + 1) * interval '1 day'
FROM contracts c
JOIN proposals pr ON pr.id = c.proposal_id
CROSS JOIN LATERAL (SELECT 1 + (c.id % 4)::int AS n) AS q
CROSS JOIN LATERAL generate_series(1, q.n) AS j
WHERE c.contract_type = 'fixed'
ORDER BY c.id, j;

-- Payments -----------------------------------------------------------------------------------------
-- The platform keeps 20% of a payment under $500 and 10% of larger ones.
-- Fixed-price: one payment for each released milestone.
INSERT INTO payments (contract_id, milestone_id, amount_cents, platform_fee_cents, payment_method, status, paid_at, created_at, updated_at)
SELECT c.id, m.id, m.amount_cents,
       CASE WHEN m.amount_cents < 50000 THEN m.amount_cents / 5 ELSE m.amount_cents / 10 END,
       (ARRAY['card','bank_transfer','paypal','card','wallet','card','paypal'])[p.client_id % 7 + 1]::payment_method,
       'completed',
       m.due_on + (1 + m.id % 3) * interval '1 day' + (9 + m.id % 9) * interval '1 hour' + ((m.id * 7) % 60) * interval '1 minute',
       m.due_on + (1 + m.id % 3) * interval '1 day' + (7 + m.id % 9) * interval '1 hour' + ((m.id * 7) % 60) * interval '1 minute',
       m.due_on + (1 + m.id % 3) * interval '1 day' + (9 + m.id % 9) * interval '1 hour' + ((m.id * 7) % 60) * interval '1 minute'
FROM milestones m
JOIN contracts c ON c.id = m.contract_id
JOIN projects p ON p.id = c.project_id
WHERE m.status = 'released'
ORDER BY m.id;

-- Hourly: weekly invoices of the hours logged, up to eight weeks.
INSERT INTO payments (contract_id, milestone_id, amount_cents, platform_fee_cents, payment_method, status, paid_at, created_at, updated_at)
SELECT c.id, NULL, h.hours * c.hourly_rate_cents,
       CASE WHEN h.hours * c.hourly_rate_cents < 50000 THEN h.hours * c.hourly_rate_cents / 5
            ELSE h.hours * c.hourly_rate_cents / 10 END,
       (ARRAY['card','bank_transfer','paypal','card','wallet','card','paypal'])[p.client_id % 7 + 1]::payment_method,
       'completed',
       c.started_on + 7 * w + 2 + (10 + (c.id + w) % 8) * interval '1 hour' + ((c.id * w) % 60) * interval '1 minute',
       c.started_on + 7 * w + 2 + (8 + (c.id + w) % 8) * interval '1 hour' + ((c.id * w) % 60) * interval '1 minute',
       c.started_on + 7 * w + 2 + (10 + (c.id + w) % 8) * interval '1 hour' + ((c.id * w) % 60) * interval '1 minute'
FROM contracts c
JOIN projects p ON p.id = c.project_id
CROSS JOIN LATERAL generate_series(1, least(8, greatest(1, (coalesce(c.ended_on, date '2025-12-26') - c.started_on) / 7))) AS w
CROSS JOIN LATERAL (SELECT 4 + (c.id * 7 + w * 11) % 33 AS hours) AS h
WHERE c.contract_type = 'hourly'
  AND c.started_on + 7 * w + 2 < date '2025-12-31'
ORDER BY c.id, w;

-- A few card charges failed once before going through.
INSERT INTO payments (contract_id, milestone_id, amount_cents, platform_fee_cents, payment_method, status, paid_at, created_at, updated_at)
SELECT contract_id, milestone_id, amount_cents, platform_fee_cents, payment_method, 'failed',
       paid_at - interval '1 day', created_at - interval '1 day', paid_at - interval '1 day'
FROM payments
WHERE payment_method = 'card' AND id % 19 = 3
ORDER BY id;

-- Some payments were refunded to the client.
UPDATE payments SET status = 'refunded', updated_at = paid_at + interval '6 days'
WHERE status = 'completed' AND id % 41 = 17;

-- Reviews: after a contract ends, the client rates the freelancer and the freelancer the client --
INSERT INTO reviews (contract_id, reviewer_role, rating, comment, created_at, updated_at)
SELECT c.id, 'client',
       CASE WHEN c.status = 'terminated' THEN 1 + c.id % 2
            ELSE (ARRAY[5,5,4,5,3,5,4,5,2,4,5,5,4,1,5,4,3,5,5,4])[(c.id * 7 + c.freelancer_id) % 20 + 1] END AS rating,
       NULL,
       c.ended_on + (1 + c.id % 6) * interval '1 day' + (9 + c.id % 10) * interval '1 hour',
       c.ended_on + (1 + c.id % 6) * interval '1 day' + (9 + c.id % 10) * interval '1 hour'
FROM contracts c
WHERE c.status IN ('completed', 'terminated') AND c.id % 6 <> 5
ORDER BY c.id;

INSERT INTO reviews (contract_id, reviewer_role, rating, comment, created_at, updated_at)
SELECT c.id, 'freelancer',
       CASE WHEN c.status = 'terminated' THEN 2 + c.id % 2
            ELSE (ARRAY[5,4,5,5,4,3,5,5,4,5,2,5])[(c.id * 5 + p.client_id) % 12 + 1] END,
       NULL,
       c.ended_on + (2 + c.id % 5) * interval '1 day' + (11 + c.id % 9) * interval '1 hour',
       c.ended_on + (2 + c.id % 5) * interval '1 day' + (11 + c.id % 9) * interval '1 hour'
FROM contracts c
JOIN projects p ON p.id = c.project_id
WHERE c.status IN ('completed', 'terminated') AND c.id % 4 <> 3
ORDER BY c.id;

UPDATE reviews SET comment = CASE rating
    WHEN 5 THEN (ARRAY['Outstanding work, would hire again.','Great communication and fast delivery.',
                       'A pleasure to work with.','Exceeded expectations.'])[id % 4 + 1]
    WHEN 4 THEN (ARRAY['Good job overall, a few revisions needed.','Solid work and responsive.',
                       'Delivered as agreed.'])[id % 3 + 1]
    WHEN 3 THEN (ARRAY['Okay result, but slow to respond.','Met the brief, nothing more.'])[id % 2 + 1]
    WHEN 2 THEN (ARRAY['Missed several deadlines.','Unclear requirements and slow feedback.'])[id % 2 + 1]
    ELSE 'Would not work together again.' END
WHERE id % 5 <> 2;

-- Disputes -------------------------------------------------------------------------------------
INSERT INTO disputes (contract_id, opened_by, reason, status, refund_cents, resolved_at, created_at, updated_at)
SELECT c.id, d.opened_by,
       (CASE WHEN d.opened_by = 'client' THEN (ARRAY['quality','missed_deadline','communication','quality','missed_deadline'])[(c.id / 3 + c.project_id) % 5 + 1]
             ELSE (ARRAY['non_payment','scope_change','non_payment'])[(c.id / 3 + c.project_id) % 3 + 1] END)::dispute_reason,
       d.status,
       CASE WHEN d.status = 'resolved' AND d.opened_by = 'client'
            THEN ((c.amount_cents * (25 * (1 + c.id % 4))) / 100 / 100) * 100 ELSE 0 END,
       CASE WHEN d.status IN ('resolved', 'withdrawn') THEN d.opened_at + (5 + c.id % 26) * interval '1 day' END,
       d.opened_at,
       d.opened_at + CASE WHEN d.status IN ('resolved', 'withdrawn') THEN (5 + c.id % 26) ELSE 1 END * interval '1 day'
FROM contracts c
CROSS JOIN LATERAL (
    SELECT (CASE WHEN (c.id / 14 + c.freelancer_id) % 3 = 0 THEN 'freelancer' ELSE 'client' END)::party_role AS opened_by,
           (CASE WHEN c.status IN ('active', 'paused') AND c.id % 2 = 0 THEN 'open'
                 WHEN c.status IN ('active', 'paused') THEN 'in_mediation'
                 WHEN (c.id / 14 + c.project_id) % 4 = 1 THEN 'withdrawn'
                 ELSE 'resolved' END)::dispute_status AS status,
           c.started_on + (coalesce(c.ended_on, c.started_on + 16) - c.started_on) / 2
             + (10 + c.id % 8) * interval '1 hour' + ((c.id * 11) % 60) * interval '1 minute' AS opened_at
) AS d
WHERE c.id % 14 = 6 OR c.status = 'terminated' OR (c.status IN ('active', 'paused') AND c.id % 3 = 1)
ORDER BY c.id;

-- The data ends with 2025: no row is updated later than that.
UPDATE projects SET updated_at = timestamp '2025-12-31 18:00' WHERE updated_at > timestamp '2025-12-31 18:00';
UPDATE proposals SET updated_at = timestamp '2025-12-31 18:00' WHERE updated_at > timestamp '2025-12-31 18:00';

SELECT setval(pg_get_serial_sequence('skills', 'id'), (SELECT max(id) FROM skills));
SELECT setval(pg_get_serial_sequence('clients', 'id'), (SELECT max(id) FROM clients));
SELECT setval(pg_get_serial_sequence('freelancers', 'id'), (SELECT max(id) FROM freelancers));
SELECT setval(pg_get_serial_sequence('projects', 'id'), (SELECT max(id) FROM projects));
SELECT setval(pg_get_serial_sequence('contracts', 'id'), (SELECT max(id) FROM contracts));
