-- A software company's engineering platform database (the internal developer platform of
-- "Shipfast", a mid-sized SaaS company): engineering teams and their engineers, the git
-- repositories each team owns, commits by authors, pull requests and their code reviews, CI
-- pipelines and their runs (durations, outcomes, compute cost), deployments to environments,
-- production incidents with severity and time to resolve, and weekly on-call shifts.
-- Every row is invented and reproducible: fixed lists, generate_series, modular arithmetic and
-- md5 hashes of row numbers, no random() and no current date; the activity runs from January
-- 2022 to December 2025.
-- Times are timestamptz in UTC; durations are integer milliseconds.

SET TimeZone = 'UTC';

CREATE TYPE pr_status AS ENUM ('open', 'merged', 'closed');
CREATE TYPE review_verdict AS ENUM ('approved', 'changes_requested', 'commented');
CREATE TYPE run_status AS ENUM ('succeeded', 'failed', 'cancelled', 'timed_out');
CREATE TYPE deployment_status AS ENUM ('succeeded', 'failed', 'rolled_back');
CREATE TYPE incident_severity AS ENUM ('sev1', 'sev2', 'sev3', 'sev4');
CREATE TYPE incident_status AS ENUM ('open', 'mitigated', 'resolved');

CREATE TABLE teams (
    id                    integer PRIMARY KEY,
    name                  text NOT NULL UNIQUE,
    department            text NOT NULL,
    slack_channel         text NOT NULL UNIQUE,
    monthly_cloud_budget  numeric(10,2) NOT NULL,
    founded_on            date NOT NULL
);

CREATE TABLE engineers (
    id          integer PRIMARY KEY,
    team_id     integer NOT NULL REFERENCES teams(id),
    full_name   text NOT NULL,
    email       text NOT NULL UNIQUE,
    role        text NOT NULL,
    location    text NOT NULL,
    hired_on    date NOT NULL
);

CREATE TABLE repositories (
    id                integer PRIMARY KEY,
    team_id           integer NOT NULL REFERENCES teams(id),
    name              text NOT NULL UNIQUE,
    primary_language  text NOT NULL,
    default_branch    text NOT NULL,
    is_private        boolean NOT NULL,
    is_archived       boolean NOT NULL,
    created_at        timestamptz NOT NULL
);

CREATE TABLE commits (
    id             integer PRIMARY KEY,
    repository_id  integer NOT NULL REFERENCES repositories(id),
    author_id      integer NOT NULL REFERENCES engineers(id),
    sha            char(40) NOT NULL UNIQUE,
    message        text NOT NULL,
    lines_added    integer NOT NULL,
    lines_deleted  integer NOT NULL,
    committed_at   timestamptz NOT NULL
);

CREATE TABLE pull_requests (
    id             integer PRIMARY KEY,
    repository_id  integer NOT NULL REFERENCES repositories(id),
    author_id      integer NOT NULL REFERENCES engineers(id),
    number         integer NOT NULL,
    title          text NOT NULL,
    status         pr_status NOT NULL,
    lines_added    integer NOT NULL,
    lines_deleted  integer NOT NULL,
    opened_at      timestamptz NOT NULL,
    merged_at      timestamptz,
    closed_at      timestamptz,
    UNIQUE (repository_id, number)
);

CREATE TABLE reviews (
    id               integer PRIMARY KEY,
    pull_request_id  integer NOT NULL REFERENCES pull_requests(id),
    reviewer_id      integer NOT NULL REFERENCES engineers(id),
    verdict          review_verdict NOT NULL,
    comment_count    integer NOT NULL,
    submitted_at     timestamptz NOT NULL
);

CREATE TABLE pipelines (
    id             integer PRIMARY KEY,
    repository_id  integer NOT NULL REFERENCES repositories(id),
    name           text NOT NULL,
    trigger        text NOT NULL,
    runner         text NOT NULL,
    is_enabled     boolean NOT NULL,
    created_at     timestamptz NOT NULL,
    UNIQUE (repository_id, name)
);

CREATE TABLE pipeline_runs (
    id            integer PRIMARY KEY,
    pipeline_id   integer NOT NULL REFERENCES pipelines(id),
    triggered_by  integer REFERENCES engineers(id),
    branch        text NOT NULL,
    status        run_status NOT NULL,
    started_at    timestamptz NOT NULL,
    duration_ms   integer NOT NULL,
    compute_cost  numeric(10,4) NOT NULL
);

CREATE TABLE environments (
    id             integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    cloud_region   text NOT NULL,
    is_production  boolean NOT NULL
);

CREATE TABLE deployments (
    id               integer PRIMARY KEY,
    repository_id    integer NOT NULL REFERENCES repositories(id),
    environment_id   integer NOT NULL REFERENCES environments(id),
    pipeline_run_id  integer NOT NULL UNIQUE REFERENCES pipeline_runs(id),
    deployed_by      integer NOT NULL REFERENCES engineers(id),
    version          text NOT NULL,
    status           deployment_status NOT NULL,
    is_hotfix        boolean NOT NULL,
    deployed_at      timestamptz NOT NULL,
    duration_ms      integer NOT NULL
);

CREATE TABLE oncall_shifts (
    id              integer PRIMARY KEY,
    team_id         integer NOT NULL REFERENCES teams(id),
    engineer_id     integer NOT NULL REFERENCES engineers(id),
    is_primary      boolean NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    pages_received  integer NOT NULL,
    stipend         numeric(8,2) NOT NULL
);

CREATE TABLE incidents (
    id                  integer PRIMARY KEY,
    repository_id       integer NOT NULL REFERENCES repositories(id),
    deployment_id       integer REFERENCES deployments(id),
    commander_id        integer NOT NULL REFERENCES engineers(id),
    title               text NOT NULL,
    severity            incident_severity NOT NULL,
    status              incident_status NOT NULL,
    customer_facing     boolean NOT NULL,
    opened_at           timestamptz NOT NULL,
    resolved_at         timestamptz,
    time_to_resolve_ms  integer
);

-- ---------------------------------------------------------------------------------------
-- teams

INSERT INTO teams (id, name, department, slack_channel, monthly_cloud_budget, founded_on) VALUES
 (1,  'Platform',             'Infrastructure',      '#team-platform',  42000.00, '2017-03-01'),
 (2,  'Payments',             'Product Engineering', '#team-payments',  28500.00, '2017-09-18'),
 (3,  'Search',               'Product Engineering', '#team-search',    31000.00, '2018-02-05'),
 (4,  'Mobile',               'Product Engineering', '#team-mobile',    12500.00, '2018-06-11'),
 (5,  'Identity',             'Security',            '#team-identity',  18750.00, '2019-01-14'),
 (6,  'Data Infrastructure',  'Data',                '#team-data-infra',56000.00, '2018-10-01'),
 (7,  'Growth',               'Product Engineering', '#team-growth',     9800.00, '2020-04-20'),
 (8,  'Checkout',             'Product Engineering', '#team-checkout',  21400.00, '2019-07-08'),
 (9,  'Observability',        'Infrastructure',      '#team-o11y',      37250.00, '2019-11-25'),
 (10, 'Developer Experience', 'Infrastructure',      '#team-devex',     15600.00, '2020-09-14');

-- ---------------------------------------------------------------------------------------
-- engineers: 60 people; the first ten are the teams' engineering managers

INSERT INTO engineers (id, team_id, full_name, email, role, location, hired_on)
SELECT i,
       t.team_id,
       f.first_name || ' ' || l.last_name,
       lower(f.first_name || '.' || l.last_name) || '@shipfast.io',
       CASE
         WHEN i <= 10 THEN 'engineering manager'
         WHEN (i * 7) % 10 <= 3 THEN 'software engineer'
         WHEN (i * 7) % 10 <= 6 THEN 'senior software engineer'
         WHEN (i * 7) % 10 = 7 THEN 'staff engineer'
         WHEN t.team_id IN (1, 9) THEN 'site reliability engineer'
         ELSE 'senior software engineer'
       END,
       (ARRAY['Berlin','Lisbon','Toronto','Austin','Bangalore','Remote'])[1 + (i * 5) % 6],
       CASE
         WHEN i <= 10 THEN date '2016-02-01' + (i * 173) % 1500
         ELSE date '2017-01-09' + (i * 211) % 2900
       END
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (SELECT (ARRAY[1,2,3,4,5,6,7,8,9,10, 1,2,3,4,5,6,7,8,9,10,
                                  1,2,3,4,6,8,9,10,1,2, 3,4,5,6,7,8,10,1,2,3,
                                  6,8,9,10,1,2,3,6,4,7, 1,2,6,8,9,10,1,6,3,6])[i] AS team_id) t
CROSS JOIN LATERAL (SELECT (ARRAY['Alice','Bram','Chen','Dana','Emeka','Farah','Gustavo','Hana',
                                  'Ivan','Jonas','Keiko','Liam','Maya','Nikhil','Olga','Pedro',
                                  'Quinn','Rosa','Sven','Tariq','Uma','Viktor','Wen','Ximena',
                                  'Yusuf','Zoe','Anders','Bea','Carlos','Divya'])[1 + (i - 1) % 30]
                           AS first_name) f
CROSS JOIN LATERAL (SELECT (ARRAY['Okafor','Lindqvist','Nakamura','Haddad','Moreau','Kowalski',
                                  'Fernandes','Iyer','Novak','Brennan','Yilmaz','Castillo',
                                  'Petrov','Osei','Schmidt','Tanaka','Rahman','Keller','Duarte',
                                  'Ng','Varga','Mensah','Larsen','Quispe','Romano','Sato',
                                  'Abbott','Fischer','Gallo','Hughes','Ito'])[1 + ((i - 1) * 7) % 31]
                           AS last_name) l;

-- ---------------------------------------------------------------------------------------
-- repositories

INSERT INTO repositories (id, team_id, name, primary_language, default_branch, is_private, is_archived, created_at) VALUES
 (1,  1,  'infra-terraform',     'HCL',        'main',   true,  false, '2017-04-03 10:12:00+00'),
 (2,  1,  'cluster-config',      'Go',         'main',   true,  false, '2018-01-22 14:30:00+00'),
 (3,  1,  'service-mesh',        'Go',         'main',   true,  false, '2020-05-11 09:45:00+00'),
 (4,  2,  'payments-api',        'Java',       'main',   true,  false, '2017-10-02 11:00:00+00'),
 (5,  2,  'ledger-service',      'Java',       'main',   true,  false, '2019-03-18 15:20:00+00'),
 (6,  2,  'fraud-rules',         'Python',     'main',   true,  false, '2020-08-24 13:05:00+00'),
 (7,  3,  'search-indexer',      'Rust',       'main',   true,  false, '2018-03-12 10:40:00+00'),
 (8,  3,  'query-service',       'Go',         'main',   true,  false, '2018-09-03 16:15:00+00'),
 (9,  3,  'ranking-models',      'Python',     'main',   true,  false, '2021-02-15 09:30:00+00'),
 (10, 4,  'ios-app',             'Swift',      'develop',true,  false, '2018-06-18 12:00:00+00'),
 (11, 4,  'android-app',         'Kotlin',     'develop',true,  false, '2018-06-18 12:30:00+00'),
 (12, 5,  'auth-service',        'Go',         'main',   true,  false, '2019-01-21 10:10:00+00'),
 (13, 5,  'sso-gateway',         'TypeScript', 'main',   true,  false, '2020-11-02 14:50:00+00'),
 (14, 6,  'data-pipelines',      'Python',     'main',   true,  false, '2018-10-08 09:00:00+00'),
 (15, 6,  'warehouse-dbt',       'SQL',        'main',   true,  false, '2019-06-03 11:25:00+00'),
 (16, 6,  'stream-ingest',       'Scala',      'main',   true,  false, '2020-02-17 15:40:00+00'),
 (17, 6,  'event-schemas',       'Protobuf',   'main',   false, false, '2020-03-09 10:05:00+00'),
 (18, 7,  'growth-experiments',  'TypeScript', 'main',   true,  false, '2020-05-04 13:35:00+00'),
 (19, 7,  'landing-pages',       'TypeScript', 'main',   true,  false, '2020-06-29 09:55:00+00'),
 (20, 8,  'checkout-web',        'TypeScript', 'main',   true,  false, '2019-07-15 10:20:00+00'),
 (21, 8,  'cart-service',        'Go',         'main',   true,  false, '2019-08-05 14:00:00+00'),
 (22, 8,  'tax-calculator',      'Java',       'main',   true,  false, '2020-01-27 11:45:00+00'),
 (23, 9,  'metrics-collector',   'Go',         'main',   true,  false, '2019-12-02 09:15:00+00'),
 (24, 9,  'alerting-rules',      'Jsonnet',    'main',   true,  false, '2020-03-30 16:30:00+00'),
 (25, 9,  'log-shipper',         'Rust',       'main',   false, false, '2021-04-12 10:50:00+00'),
 (26, 10, 'ci-templates',        'Shell',      'main',   true,  false, '2020-09-21 13:10:00+00'),
 (27, 10, 'dev-portal',          'TypeScript', 'main',   true,  false, '2021-01-11 15:05:00+00'),
 (28, 10, 'shipfast-cli',        'Go',         'main',   false, false, '2021-06-07 09:40:00+00'),
 (29, 2,  'legacy-monolith',     'Ruby',       'master', true,  true,  '2016-05-02 10:00:00+00'),
 (30, 4,  'design-system',       'TypeScript', 'main',   false, false, '2021-03-22 12:25:00+00');

-- ---------------------------------------------------------------------------------------
-- commits: 3000, busier repositories more often, more activity in later years;
-- legacy-monolith (archived in January 2023) only gets commits until then.
-- Authors are non-manager members of the owning team hired by then; every 11th commit is a
-- cross-team contribution.

INSERT INTO commits (id, repository_id, author_id, sha, message, lines_added, lines_deleted, committed_at)
SELECT c.i,
       c.repo_id,
       CASE
         WHEN c.i % 11 = 0 AND cardinality(xp.ids) > 0 THEN xp.ids[1 + ('x' || substr(md5('commit-xauthor-' || c.i), 1, 7))::bit(28)::int % cardinality(xp.ids)]
         WHEN cardinality(tp.ids) > 0 THEN tp.ids[1 + ('x' || substr(md5('commit-author-' || c.i), 1, 7))::bit(28)::int % cardinality(tp.ids)]
         ELSE mp.ids[1]
       END,
       md5('commit-' || c.i) || substr(md5('sha-' || c.i), 1, 8),
       (ARRAY['fix: ','feat: ','chore: ','refactor: ','docs: ','test: ','feat: ','fix: '])[1 + (c.i * 5) % 8]
         || (ARRAY['handle empty response from upstream','add retry with backoff','bump dependencies',
                   'tidy error messages','update README','cover edge case in parser',
                   'add metrics for request latency','remove dead code','tune connection pool',
                   'support pagination','fix flaky test','rename config keys','add feature flag',
                   'improve logging','migrate to new SDK','cache lookups'])[1 + (c.i * 3) % 16],
       CASE WHEN c.i % 53 = 0 THEN 1500 + (c.i * 37) % 900 ELSE 1 + (c.i * 37) % 400 END,
       CASE WHEN c.i % 61 = 0 THEN 1200 + (c.i * 23) % 700 ELSE (c.i * 23) % 180 END,
       c.ts
FROM (
    SELECT s.i, s.ts,
           CASE WHEN r.rid = 29 AND s.ts >= timestamptz '2023-01-20 00:00:00+00' THEN 5 ELSE r.rid END AS repo_id
    FROM (
        SELECT i,
               timestamptz '2022-01-03 08:00:00+00'
                 + floor(1450 * power((i - 1) / 3000.0, 0.75))::int * interval '1 day'
                 + ((i * 7) % 10) * interval '1 hour'
                 + ((i * 13) % 60) * interval '1 minute'
                 + ((i * 29) % 60) * interval '1 second' AS ts
        FROM generate_series(1, 3000) AS i
    ) s
    CROSS JOIN LATERAL (SELECT (ARRAY[4,4,4,5,5,20,20,20,21,21,
                                      14,14,14,15,15,16,8,8,7,7,
                                      1,1,2,3,12,12,13,10,10,11,
                                      11,23,23,24,25,27,27,28,26,18,
                                      18,19,22,6,9,17,30,29,29,3])[1 + ('x' || substr(md5('commit-repo-' || s.i), 1, 7))::bit(28)::int % 50] AS rid) r
) c
JOIN repositories rp ON rp.id = c.repo_id
CROSS JOIN LATERAL (SELECT coalesce(array_agg(e.id ORDER BY e.id), '{}') AS ids FROM engineers e
                    WHERE e.team_id = rp.team_id AND e.role <> 'engineering manager'
                      AND e.hired_on <= c.ts::date) tp
CROSS JOIN LATERAL (SELECT array_agg(e.id ORDER BY e.id) AS ids FROM engineers e
                    WHERE e.team_id = rp.team_id AND e.role = 'engineering manager') mp
CROSS JOIN LATERAL (SELECT coalesce(array_agg(e.id ORDER BY e.id), '{}') AS ids FROM engineers e
                    WHERE e.team_id <> rp.team_id AND e.role <> 'engineering manager'
                      AND e.hired_on <= c.ts::date) xp;

-- ---------------------------------------------------------------------------------------
-- pull requests: 900; most merged, every 9th closed without merging, the newest still open

INSERT INTO pull_requests (id, repository_id, author_id, number, title, status, lines_added,
                           lines_deleted, opened_at, merged_at, closed_at)
SELECT p.i,
       p.repo_id,
       CASE
         WHEN p.i % 13 = 0 AND cardinality(xp.ids) > 0 THEN xp.ids[1 + ('x' || substr(md5('pr-xauthor-' || p.i), 1, 7))::bit(28)::int % cardinality(xp.ids)]
         WHEN cardinality(tp.ids) > 0 THEN tp.ids[1 + ('x' || substr(md5('pr-author-' || p.i), 1, 7))::bit(28)::int % cardinality(tp.ids)]
         ELSE mp.ids[1]
       END,
       row_number() OVER (PARTITION BY p.repo_id ORDER BY p.i)::int,
       (ARRAY['Add','Fix','Refactor','Remove','Upgrade','Speed up','Document','Harden'])[1 + (p.i * 3) % 8]
         || ' ' ||
       (ARRAY['rate limiter','retry logic','config loader','health checks','metrics export',
              'cache invalidation','auth middleware','schema migration','feature flags',
              'error handling','CI workflow','dependency versions','logging format'])[1 + (p.i * 7) % 13],
       CASE
         WHEN p.i % 9 = 0 AND p.ts + p.delay <= timestamptz '2025-12-31 18:00:00+00' THEN 'closed'
         WHEN p.ts + p.delay > timestamptz '2025-12-31 18:00:00+00' THEN 'open'
         WHEN p.i % 97 = 0 THEN 'open'
         ELSE 'merged'
       END::pr_status,
       CASE WHEN p.i % 41 = 0 THEN 1200 + (p.i * 31) % 1500 ELSE 5 + (p.i * 31) % 600 END,
       (p.i * 17) % 250,
       p.ts,
       CASE WHEN p.i % 9 <> 0 AND p.i % 97 <> 0 AND p.ts + p.delay <= timestamptz '2025-12-31 18:00:00+00'
            THEN p.ts + p.delay END,
       CASE WHEN p.i % 97 <> 0 AND p.ts + p.delay <= timestamptz '2025-12-31 18:00:00+00'
            THEN p.ts + p.delay END
FROM (
    SELECT s.i, s.ts, s.delay,
           CASE WHEN r.rid = 29 AND s.ts >= timestamptz '2023-01-13 00:00:00+00' THEN 4 ELSE r.rid END AS repo_id
    FROM (
        SELECT i,
               timestamptz '2022-01-03 09:00:00+00'
                 + floor(1452 * power((i - 1) / 900.0, 0.8))::int * interval '1 day'
                 + ((i * 3) % 9) * interval '1 hour'
                 + ((i * 17) % 60) * interval '1 minute' AS ts,
               (1 + (i * 29) % 140) * interval '1 hour' + ((i * 11) % 60) * interval '1 minute' AS delay
        FROM generate_series(1, 900) AS i
    ) s
    CROSS JOIN LATERAL (SELECT (ARRAY[4,4,5,5,20,20,21,21,14,14,
                                      15,16,8,8,7,1,1,2,3,12,
                                      13,10,10,11,11,23,24,25,27,28,
                                      26,18,19,22,6,9,17,30,29,3])[1 + ('x' || substr(md5('pr-repo-' || s.i), 1, 7))::bit(28)::int % 40] AS rid) r
) p
JOIN repositories rp ON rp.id = p.repo_id
CROSS JOIN LATERAL (SELECT coalesce(array_agg(e.id ORDER BY e.id), '{}') AS ids FROM engineers e
                    WHERE e.team_id = rp.team_id AND e.role <> 'engineering manager'
                      AND e.hired_on <= p.ts::date) tp
CROSS JOIN LATERAL (SELECT array_agg(e.id ORDER BY e.id) AS ids FROM engineers e
                    WHERE e.team_id = rp.team_id AND e.role = 'engineering manager') mp
CROSS JOIN LATERAL (SELECT coalesce(array_agg(e.id ORDER BY e.id), '{}') AS ids FROM engineers e
                    WHERE e.team_id <> rp.team_id AND e.role <> 'engineering manager'
                      AND e.hired_on <= p.ts::date) xp;

-- ---------------------------------------------------------------------------------------
-- reviews: 0 to 3 per pull request by teammates other than the author (managers included);
-- the last review on a merged pull request is an approval

INSERT INTO reviews (id, pull_request_id, reviewer_id, verdict, comment_count, submitted_at)
SELECT row_number() OVER (ORDER BY pr.id, k)::int,
       pr.id,
       CASE WHEN cardinality(rv.ids) > 0 THEN rv.ids[1 + ('x' || substr(md5('reviewer-' || pr.id || '-' || k), 1, 7))::bit(28)::int % cardinality(rv.ids)]
            ELSE ov.ids[1 + ('x' || substr(md5('xreviewer-' || pr.id || '-' || k), 1, 7))::bit(28)::int % cardinality(ov.ids)] END,
       CASE
         WHEN pr.status = 'merged' AND k = n.cnt THEN 'approved'
         WHEN (pr.id + k) % 3 = 0 THEN 'changes_requested'
         WHEN (pr.id + k) % 3 = 1 THEN 'commented'
         ELSE 'approved'
       END::review_verdict,
       CASE WHEN (pr.id * k) % 4 = 0 THEN 0 ELSE (pr.id * 7 + k * 3) % 12 END,
       CASE WHEN pr.closed_at IS NOT NULL
            THEN pr.opened_at + (pr.closed_at - pr.opened_at) * k / (n.cnt + 1)
            ELSE pr.opened_at + k * interval '3 hours' END
FROM pull_requests pr
JOIN repositories rp ON rp.id = pr.repository_id
CROSS JOIN LATERAL (SELECT CASE WHEN pr.id % 7 = 3 THEN 0 ELSE 1 + (pr.id * 5) % 3 END AS cnt) n
CROSS JOIN LATERAL generate_series(1, n.cnt) AS k
CROSS JOIN LATERAL (SELECT coalesce(array_agg(e.id ORDER BY e.id), '{}') AS ids FROM engineers e
                    WHERE e.team_id = rp.team_id AND e.id <> pr.author_id
                      AND e.hired_on <= pr.opened_at::date) rv
CROSS JOIN LATERAL (SELECT array_agg(e.id ORDER BY e.id) AS ids FROM engineers e
                    WHERE e.id <> pr.author_id AND e.hired_on <= pr.opened_at::date) ov;

-- ---------------------------------------------------------------------------------------
-- pipelines: every repository builds and tests its pull requests; deployable services have a
-- deploy pipeline; some run a nightly integration suite; security scans were added late in
-- 2025 for a few repositories, still disabled and never run

INSERT INTO pipelines (id, repository_id, name, trigger, runner, is_enabled, created_at)
SELECT row_number() OVER (ORDER BY x.repository_id, x.ord)::int, x.repository_id, x.name, x.trigger,
       x.runner, x.is_enabled, x.created_at
FROM (
    SELECT r.id AS repository_id, 1 AS ord, 'build-and-test' AS name, 'pull_request' AS trigger,
           CASE WHEN r.primary_language = 'Swift' THEN 'macos'
                WHEN r.primary_language IN ('Rust','Scala','Java') THEN 'linux-large'
                ELSE 'linux-small' END AS runner,
           true AS is_enabled,
           greatest(r.created_at, timestamptz '2021-06-01 10:00:00+00') + (r.id * 3) * interval '1 day' AS created_at
    FROM repositories r
    UNION ALL
    SELECT r.id, 2, 'deploy', 'push',
           CASE WHEN r.primary_language = 'Swift' THEN 'macos' ELSE 'linux-small' END,
           true,
           greatest(r.created_at, timestamptz '2021-06-01 10:00:00+00') + (r.id * 3 + 1) * interval '1 day'
    FROM repositories r
    WHERE r.id NOT IN (17, 26, 28, 30)
    UNION ALL
    SELECT r.id, 3, 'nightly-integration', 'schedule', 'linux-large', true,
           greatest(r.created_at, timestamptz '2021-06-01 10:00:00+00') + (r.id * 3 + 2) * interval '1 day'
    FROM repositories r
    WHERE r.id IN (1, 4, 5, 7, 12, 14, 16, 20, 21, 23)
    UNION ALL
    SELECT r.id, 4, 'security-scan', 'schedule', 'linux-small', false,
           timestamptz '2025-11-03 10:00:00+00' + r.id * interval '1 day'
    FROM repositories r
    WHERE r.id IN (4, 12, 13, 20)
) x;

-- ---------------------------------------------------------------------------------------
-- pipeline runs: 4000 over 2022-2025; legacy-monolith stops building after its archival

INSERT INTO pipeline_runs (id, pipeline_id, triggered_by, branch, status, started_at, duration_ms, compute_cost)
SELECT q.i,
       q.pipeline_id,
       q.triggered_by,
       q.branch,
       q.status,
       q.ts,
       q.duration_ms,
       round(q.duration_ms / 60000.0 * CASE q.runner WHEN 'linux-small' THEN 0.008
                                                   WHEN 'linux-large' THEN 0.032
                                                   ELSE 0.08 END, 4)
FROM (
    SELECT s.i, s.ts, pl.id AS pipeline_id, pl.runner,
           CASE WHEN pl.trigger = 'schedule' THEN NULL
                WHEN cardinality(tp.ids) > 0 THEN tp.ids[1 + ('x' || substr(md5('run-trigger-' || s.i), 1, 7))::bit(28)::int % cardinality(tp.ids)]
                ELSE mp.ids[1] END AS triggered_by,
           CASE WHEN pl.trigger = 'pull_request'
                THEN (ARRAY['feature/','fix/','chore/','feature/'])[1 + s.i % 4]
                     || (ARRAY['retry-backoff','new-onboarding','tax-rules','cache-layer','flaky-tests',
                               'sdk-upgrade','metrics','pagination','login-flow','dark-mode'])[1 + (s.i * 3) % 10]
                ELSE rp.default_branch END AS branch,
           CASE
             WHEN s.i % 43 = 0 THEN 'timed_out'
             WHEN s.i % 17 = 0 THEN 'cancelled'
             WHEN s.i % 7 = 0 OR s.i % 11 = 0 OR (pl.name = 'nightly-integration' AND s.i % 5 = 0) THEN 'failed'
             ELSE 'succeeded'
           END::run_status AS status,
           CASE
             WHEN s.i % 43 = 0 THEN 3600000
             WHEN pl.name = 'build-and-test' THEN 180000 + (s.i * 7919) % 720000
             WHEN pl.name = 'deploy' THEN 90000 + (s.i * 4513) % 420000
             ELSE 1200000 + (s.i * 6151) % 2100000
           END / CASE WHEN s.i % 17 = 0 AND s.i % 43 <> 0 THEN 3 ELSE 1 END AS duration_ms
    FROM (
        SELECT i,
               timestamptz '2022-01-03 08:00:00+00'
                 + floor(1450 * power((i - 1) / 4000.0, 0.8))::int * interval '1 day'
                 + ((i * 5) % 10) * interval '1 hour'
                 + ((i * 19) % 60) * interval '1 minute'
                 + ((i * 37) % 60) * interval '1 second' AS ts
        FROM generate_series(1, 4000) AS i
    ) s
    CROSS JOIN LATERAL (SELECT array_agg(p.id ORDER BY p.id) AS ids
                        FROM pipelines p
                        WHERE p.is_enabled AND p.created_at <= s.ts
                          AND p.name = (ARRAY['build-and-test','build-and-test','build-and-test','build-and-test',
                                              'deploy','deploy','deploy','nightly-integration',
                                              'build-and-test','deploy'])[1 + s.i % 10]
                          AND (p.repository_id <> 29 OR s.ts < timestamptz '2023-01-20 00:00:00+00')) pool
    CROSS JOIN LATERAL (SELECT pool.ids[1 + ('x' || substr(md5('run-pipeline-' || s.i), 1, 7))::bit(28)::int
                                            % cardinality(pool.ids)] AS pid) pk
    JOIN pipelines pl ON pl.id = pk.pid
    JOIN repositories rp ON rp.id = pl.repository_id
    CROSS JOIN LATERAL (SELECT coalesce(array_agg(e.id ORDER BY e.id), '{}') AS ids FROM engineers e
                        WHERE e.team_id = rp.team_id AND e.role <> 'engineering manager'
                          AND e.hired_on <= s.ts::date) tp
    CROSS JOIN LATERAL (SELECT array_agg(e.id ORDER BY e.id) AS ids FROM engineers e
                        WHERE e.team_id = rp.team_id AND e.role = 'engineering manager') mp
) q;

-- ---------------------------------------------------------------------------------------
-- environments

INSERT INTO environments (id, name, cloud_region, is_production) VALUES
 (1, 'development',     'us-east-1',      false),
 (2, 'staging',         'us-east-1',      false),
 (3, 'production-us',   'us-east-1',      true),
 (4, 'production-eu',   'eu-west-1',      true),
 (5, 'production-apac', 'ap-southeast-1', true);

-- ---------------------------------------------------------------------------------------
-- deployments: one per deploy-pipeline run that got as far as rolling out (succeeded or
-- failed runs); every 13th successful rollout was later rolled back

INSERT INTO deployments (id, repository_id, environment_id, pipeline_run_id, deployed_by, version,
                         status, is_hotfix, deployed_at, duration_ms)
SELECT row_number() OVER (ORDER BY pr.id)::int,
       pl.repository_id,
       CASE ('x' || substr(md5('deploy-env-' || pr.id), 1, 7))::bit(28)::int % 8
         WHEN 0 THEN 2 WHEN 3 THEN 2
         WHEN 1 THEN 3 WHEN 4 THEN 3 WHEN 6 THEN 3
         WHEN 2 THEN 4 WHEN 5 THEN 4
         ELSE CASE WHEN pl.repository_id % 3 = 0 THEN 5 ELSE 1 END
       END,
       pr.id,
       pr.triggered_by,
       'v' || (1 + pl.repository_id % 4) || '.'
           || (row_number() OVER (PARTITION BY pl.repository_id ORDER BY pr.id) / 25) || '.'
           || (row_number() OVER (PARTITION BY pl.repository_id ORDER BY pr.id) % 25),
       CASE WHEN pr.status = 'failed' THEN 'failed'
            WHEN pr.id % 13 = 0 THEN 'rolled_back'
            ELSE 'succeeded' END::deployment_status,
       pr.id % 15 = 4,
       pr.started_at + pr.duration_ms * interval '1 millisecond',
       20000 + (pr.id * 7919) % 600000
FROM pipeline_runs pr
JOIN pipelines pl ON pl.id = pr.pipeline_id
WHERE pl.name = 'deploy' AND pr.status IN ('succeeded', 'failed');

-- ---------------------------------------------------------------------------------------
-- on-call: weekly shifts Monday 09:00 UTC to Monday 09:00 UTC for the seven teams that run a
-- pager rotation; Platform and Payments also staff a secondary. Pages are set after the
-- incidents are in.

INSERT INTO oncall_shifts (id, team_id, engineer_id, is_primary, starts_at, ends_at, pages_received, stipend)
SELECT row_number() OVER (ORDER BY w.wk, t.team_id, t.prim DESC)::int,
       t.team_id,
       pool.ids[1 + (w.wk + CASE WHEN t.prim THEN 0 ELSE 1 END) % cardinality(pool.ids)],
       t.prim,
       w.starts_at,
       w.starts_at + interval '7 days',
       0,
       CASE WHEN NOT t.prim THEN 200.00
            WHEN extract(month FROM w.starts_at) = 12 AND extract(day FROM w.starts_at) >= 20 THEN 650.00
            ELSE 400.00 END
FROM (SELECT wk, timestamptz '2022-01-03 09:00:00+00' + wk * interval '7 days' AS starts_at
      FROM generate_series(0, 208) AS wk) w
CROSS JOIN (VALUES (1, true), (1, false), (2, true), (2, false), (3, true), (5, true),
                   (6, true), (8, true), (9, true)) AS t(team_id, prim)
CROSS JOIN LATERAL (SELECT array_agg(e.id ORDER BY e.id) AS ids FROM engineers e
                    WHERE e.team_id = t.team_id AND e.role <> 'engineering manager'
                      AND e.hired_on <= w.starts_at::date) pool;

-- ---------------------------------------------------------------------------------------
-- incidents: every rolled-back production deployment caused one, plus 100 more not tied to a
-- deployment. The commander is the primary on-call of the owning team at the time (Platform's
-- primary for teams without a rotation). The newest few are still open or mitigated.

INSERT INTO incidents (id, repository_id, deployment_id, commander_id, title, severity, status,
                       customer_facing, opened_at, resolved_at, time_to_resolve_ms)
SELECT x.id, x.repository_id, x.deployment_id, sh.engineer_id, x.title, x.severity,
       CASE WHEN x.opened_at + x.ttr * interval '1 millisecond' <= timestamptz '2025-12-31 18:00:00+00'
                 AND (x.opened_at < timestamptz '2025-12-01 00:00:00+00' OR x.id % 3 = 2) THEN 'resolved'
            WHEN x.deployment_id IS NOT NULL THEN 'mitigated'
            ELSE 'open' END::incident_status,
       x.customer_facing,
       x.opened_at,
       CASE WHEN x.opened_at + x.ttr * interval '1 millisecond' <= timestamptz '2025-12-31 18:00:00+00'
                 AND (x.opened_at < timestamptz '2025-12-01 00:00:00+00' OR x.id % 3 = 2) THEN x.opened_at + x.ttr * interval '1 millisecond' END,
       CASE WHEN x.opened_at + x.ttr * interval '1 millisecond' <= timestamptz '2025-12-31 18:00:00+00'
                 AND (x.opened_at < timestamptz '2025-12-01 00:00:00+00' OR x.id % 3 = 2) THEN x.ttr END
FROM (
    SELECT row_number() OVER (ORDER BY y.opened_at, y.repository_id)::int AS id, y.*,
           CASE y.severity
             WHEN 'sev1' THEN 1800000 + (y.seed * 7919) % 12600000
             WHEN 'sev2' THEN 3600000 + (y.seed * 6151) % 25200000
             WHEN 'sev3' THEN 7200000 + (y.seed * 4513) % 165600000
             ELSE 86400000 + (y.seed * 3571) % 777600000
           END AS ttr
    FROM (
        SELECT d.repository_id, d.id AS deployment_id,
               (ARRAY['Elevated 5xx after release','Latency regression after deploy',
                      'Bad config shipped','Migration locked table','Memory leak in new build'])[1 + d.id % 5] AS title,
               CASE WHEN d.id % 4 = 0 THEN 'sev1' WHEN d.id % 4 = 3 THEN 'sev3' ELSE 'sev2' END::incident_severity AS severity,
               true AS customer_facing,
               d.deployed_at + (10 + d.id % 50) * interval '1 minute' AS opened_at,
               d.id AS seed
        FROM deployments d
        JOIN environments en ON en.id = d.environment_id
        WHERE d.status = 'rolled_back' AND en.is_production
        UNION ALL
        SELECT (ARRAY[4,5,20,21,12,13,14,15,16,8,7,1,2,3,23,24,25,10,11,18,22,6,27,19])[1 + (g * 7) % 24],
               NULL,
               (ARRAY['Database CPU saturation','Certificate expired','Queue backlog growing',
                      'Third-party API outage','Disk full on worker nodes','DNS resolution failures',
                      'Slow queries on primary','Alert storm from noisy check','Stale cache served',
                      'Login errors for some users'])[1 + (g * 3) % 10],
               CASE WHEN g % 10 = 0 THEN 'sev1' WHEN g % 10 IN (1, 4, 7) THEN 'sev2'
                    WHEN g % 10 IN (2, 5, 8) THEN 'sev3' ELSE 'sev4' END::incident_severity,
               g % 3 <> 2,
               timestamptz '2022-01-05 10:00:00+00'
                 + floor(1450 * power((g - 1) / 100.0, 0.9))::int * interval '1 day'
                 + ((g * 7) % 9) * interval '1 hour' + ((g * 23) % 60) * interval '1 minute',
               1000 + g
        FROM generate_series(1, 100) AS g
    ) y
) x
JOIN repositories rp ON rp.id = x.repository_id
CROSS JOIN LATERAL (
    SELECT s.engineer_id FROM oncall_shifts s
    WHERE s.is_primary AND x.opened_at >= s.starts_at AND x.opened_at < s.ends_at
      AND s.team_id = CASE WHEN rp.team_id IN (1, 2, 3, 5, 6, 8, 9) THEN rp.team_id ELSE 1 END
) sh;

UPDATE oncall_shifts s
SET pages_received = ('x' || substr(md5('pages-' || s.id), 1, 7))::bit(28)::int % CASE WHEN s.is_primary THEN 7 ELSE 3 END
                     + (SELECT count(*) FROM incidents i
                        WHERE s.is_primary AND i.commander_id = s.engineer_id
                          AND i.opened_at >= s.starts_at AND i.opened_at < s.ends_at);
