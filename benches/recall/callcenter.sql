-- Operational data of a customer-service call centre run for a broadband and mobile provider
-- (sites, supervisors, teams, agents and their queue skills, customers, inbound calls with their
-- wrap-up dispositions, satisfaction surveys, callbacks and agent shifts), used as the sample
-- database of the golden set benches/intent/callcenter.yaml. Every row is invented and
-- reproducible (generate_series, fixed lists, modular arithmetic); all durations are integer
-- seconds and all timestamps are stored in UTC.

CREATE TABLE sites (
    site_id     integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    city        text NOT NULL,
    country     text NOT NULL,
    seat_count  integer NOT NULL,
    opened_on   date NOT NULL
);

CREATE TABLE supervisors (
    supervisor_id integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         text NOT NULL UNIQUE,
    site_id       integer NOT NULL REFERENCES sites (site_id),
    annual_salary numeric(10,2) NOT NULL,
    hired_on      date NOT NULL
);

CREATE TABLE teams (
    team_id       integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    site_id       integer NOT NULL REFERENCES sites (site_id),
    supervisor_id integer NOT NULL REFERENCES supervisors (supervisor_id),
    formed_on     date NOT NULL
);

CREATE TABLE agents (
    agent_id        integer PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text NOT NULL UNIQUE,
    team_id         integer NOT NULL REFERENCES teams (team_id),
    employment_type text NOT NULL CHECK (employment_type IN ('full-time', 'part-time')),
    hourly_rate     numeric(6,2) NOT NULL,
    hired_on        date NOT NULL,
    left_on         date,
    is_active       boolean NOT NULL
);

CREATE TABLE queues (
    queue_id              integer PRIMARY KEY,
    name                  text NOT NULL UNIQUE,
    phone_number          text NOT NULL,
    language              text NOT NULL,
    priority              integer NOT NULL,
    service_level_seconds integer NOT NULL,
    opened_on             date NOT NULL
);

CREATE TABLE agent_skills (
    agent_id     integer NOT NULL REFERENCES agents (agent_id),
    queue_id     integer NOT NULL REFERENCES queues (queue_id),
    proficiency  integer NOT NULL CHECK (proficiency BETWEEN 1 AND 5),
    certified_on date NOT NULL,
    PRIMARY KEY (agent_id, queue_id)
);

CREATE TABLE customers (
    customer_id       integer PRIMARY KEY,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    phone             text NOT NULL,
    email             text,
    city              text NOT NULL,
    segment           text NOT NULL,
    is_vip            boolean NOT NULL,
    account_opened_on date NOT NULL
);

CREATE TABLE dispositions (
    disposition_id integer PRIMARY KEY,
    code           text NOT NULL UNIQUE,
    name           text NOT NULL,
    category       text NOT NULL,
    is_resolved    boolean NOT NULL
);

CREATE TABLE calls (
    call_id        integer PRIMARY KEY,
    customer_id    integer REFERENCES customers (customer_id),
    queue_id       integer NOT NULL REFERENCES queues (queue_id),
    agent_id       integer REFERENCES agents (agent_id),
    disposition_id integer REFERENCES dispositions (disposition_id),
    started_at     timestamptz NOT NULL,
    answered_at    timestamptz,
    ended_at       timestamptz NOT NULL,
    wait_seconds   integer NOT NULL,
    talk_seconds   integer NOT NULL,
    hold_seconds   integer NOT NULL,
    wrap_seconds   integer NOT NULL,
    is_abandoned   boolean NOT NULL,
    was_transferred boolean NOT NULL
);

CREATE TABLE surveys (
    survey_id    integer PRIMARY KEY,
    call_id      integer NOT NULL UNIQUE REFERENCES calls (call_id),
    sent_at      timestamptz NOT NULL,
    completed_at timestamptz,
    csat_score   integer CHECK (csat_score BETWEEN 1 AND 5),
    nps_score    integer CHECK (nps_score BETWEEN 0 AND 10),
    comment      text
);

CREATE TABLE callbacks (
    callback_id   integer PRIMARY KEY,
    call_id       integer NOT NULL REFERENCES calls (call_id),
    customer_id   integer NOT NULL REFERENCES customers (customer_id),
    agent_id      integer REFERENCES agents (agent_id),
    requested_at  timestamptz NOT NULL,
    scheduled_for timestamptz NOT NULL,
    completed_at  timestamptz,
    status        text NOT NULL,
    attempts      integer NOT NULL
);

CREATE TABLE shifts (
    shift_id      integer PRIMARY KEY,
    agent_id      integer NOT NULL REFERENCES agents (agent_id),
    shift_date    date NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    break_seconds integer NOT NULL,
    status        text NOT NULL,
    UNIQUE (agent_id, shift_date)
);

-- ---------------------------------------------------------------------------------------------

INSERT INTO sites VALUES
    (1, 'Leeds Contact Centre', 'Leeds',     'United Kingdom', 220, '2014-05-01'),
    (2, 'Glasgow Hub',          'Glasgow',   'United Kingdom', 140, '2017-09-15'),
    (3, 'Manila North',         'Manila',    'Philippines',    300, '2019-02-01'),
    (4, 'Cape Town Bay',        'Cape Town', 'South Africa',   120, '2021-06-14');

INSERT INTO supervisors VALUES
    (1, 'Helen',   'Whitaker',  'helen.whitaker@callhub.example',   1, 41500.00, '2014-04-07'),
    (2, 'Gareth',  'Okafor',    'gareth.okafor@callhub.example',    1, 39800.00, '2016-10-03'),
    (3, 'Morag',   'Campbell',  'morag.campbell@callhub.example',   2, 40200.00, '2017-08-21'),
    (4, 'Callum',  'Reid',      'callum.reid@callhub.example',      2, 37600.00, '2019-03-11'),
    (5, 'Maricel', 'Santos',    'maricel.santos@callhub.example',   3, 28900.00, '2019-01-14'),
    (6, 'Jericho', 'Villanueva','jericho.villanueva@callhub.example',3, 27400.00, '2020-07-06'),
    (7, 'Thandi',  'Mokoena',   'thandi.mokoena@callhub.example',   4, 33100.00, '2021-05-24'),
    (8, 'Pieter',  'van Wyk',   'pieter.vanwyk@callhub.example',    4, 31750.00, '2022-02-14');

-- three teams per site; the first and third team of a site share a supervisor
INSERT INTO teams (team_id, name, site_id, supervisor_id, formed_on)
SELECT t,
       (ARRAY['Aire Valley', 'Kirkgate', 'Headingley', 'Clyde', 'Merchant City', 'Kelvin',
              'Makati', 'Pasig', 'Binondo', 'Table Mountain', 'Signal Hill', 'Sea Point'])[t],
       (t - 1) / 3 + 1,
       2 * ((t - 1) / 3) + 1 + CASE WHEN (t - 1) % 3 = 1 THEN 1 ELSE 0 END,
       (ARRAY[date '2014-05-01', date '2015-01-12', date '2018-06-04', date '2017-09-15',
              date '2019-03-11', date '2021-01-04', date '2019-02-01', date '2019-11-18',
              date '2022-03-07', date '2021-06-14', date '2022-02-14', date '2023-09-04'])[t]
FROM generate_series(1, 12) AS t;

-- agents 1-80 hired 2017-2021 (every ninth one has since left), 81-87 hired 2022-2025,
-- 88-90 trainees who joined in autumn 2025 and are not yet skilled on any queue
INSERT INTO agents (agent_id, first_name, last_name, email, team_id, employment_type,
                    hourly_rate, hired_on, left_on, is_active)
SELECT g, fn, ln,
       lower(fn) || '.' || lower(replace(ln, '''', '')) || '@callhub.example',
       1 + ((g * 7 + g / 5 + g / 17) % 12),
       CASE WHEN g % 4 = 0 THEN 'part-time' ELSE 'full-time' END,
       13.50 + ((g * 37) % 23) * 0.25 + CASE WHEN g <= 30 THEN 1.00 ELSE 0 END,
       hired,
       lft,
       lft IS NULL
FROM (
    SELECT g,
           (ARRAY['Aisha','Ben','Carla','Dmitri','Elena','Farid','Grace','Hiro','Isla','Jamal',
                  'Kasia','Liam','Maya','Nikhil','Olga','Pedro','Quinn','Rosa','Samir','Tara',
                  'Umar','Vera','Wes','Ximena','Yusuf','Zoe','Marco','Priya','Tomasz','Joy'])[1 + (g * 7) % 30] AS fn,
           (ARRAY['Adams','Bello','Chen','Dlamini','Evans','Fraser','Garcia','Hughes','Ibrahim',
                  'Jones','Kowalski','Lopez','Murray','Nkosi','O''Brien','Patel','Quispe','Reyes',
                  'Singh','Taylor','Usman','Vargas','Walsh','Yilmaz','Zulu'])[1 + (g * 11) % 25] AS ln,
           CASE WHEN g <= 80 THEN date '2017-01-09' + (g * 37) % 1800
                WHEN g <= 87 THEN date '2022-01-10' + (g - 80) * 183
                ELSE date '2025-09-29' + (g - 88) * 21 END AS hired,
           CASE WHEN g <= 80 AND g % 9 = 0 THEN date '2022-03-01' + (g * 41) % 1000 END AS lft
    FROM generate_series(1, 90) AS g
) AS a;

INSERT INTO queues VALUES
    ( 1, 'Billing',              '0800 310 1001', 'English', 2,  60, '2014-05-01'),
    ( 2, 'Technical Support',    '0800 310 1002', 'English', 2,  90, '2014-05-01'),
    ( 3, 'Sales',                '0800 310 1003', 'English', 1,  30, '2014-05-01'),
    ( 4, 'Cancellations',        '0800 310 1004', 'English', 1,  45, '2016-02-01'),
    ( 5, 'Account Changes',      '0800 310 1005', 'English', 3, 120, '2016-02-01'),
    ( 6, 'Soporte en Español',   '0800 310 1006', 'Spanish', 2,  90, '2018-04-16'),
    ( 7, 'Business Line',        '0800 310 1007', 'English', 1,  30, '2019-02-01'),
    ( 8, 'Fraud and Security',   '0800 310 1008', 'English', 1,  20, '2019-02-01'),
    ( 9, 'Moving Home',          '0800 310 1009', 'English', 3, 120, '2020-09-01'),
    (10, 'Service Outages',      '0800 310 1010', 'English', 2,  60, '2021-06-14'),
    (11, 'Ventas en Español',    '0800 310 1011', 'Spanish', 3,  60, '2021-06-14'),
    (12, 'Device Returns',       '0800 310 1012', 'English', 3, 120, '2026-01-05');

-- two to four queues per agent (the autumn-2025 trainees have none yet); Device Returns has
-- not gone live and nobody is skilled on it
INSERT INTO agent_skills (agent_id, queue_id, proficiency, certified_on)
SELECT a.agent_id,
       1 + ((a.agent_id * 3 + i * 5) % 11),
       1 + ((a.agent_id + i * 2) % 5),
       greatest(a.hired_on + 28 + i * 45,
                (SELECT opened_on FROM queues q WHERE q.queue_id = 1 + ((a.agent_id * 3 + i * 5) % 11)))
FROM agents a
CROSS JOIN generate_series(0, 3) AS i
WHERE a.agent_id <= 87 AND i <= 1 + a.agent_id % 3;

INSERT INTO customers (customer_id, first_name, last_name, phone, email, city, segment, is_vip,
                       account_opened_on)
SELECT g,
       (ARRAY['Alice','Brian','Chloe','Daniel','Emma','Fiona','George','Hannah','Ian','Jessica',
              'Kevin','Laura','Michael','Natalie','Oliver','Paula','Rachel','Steven','Sophie','Thomas',
              'Victoria','William','Yasmin','Adam','Bethany','Craig','Deborah','Edward','Gemma','Harry'])[1 + g % 30],
       (ARRAY['Smith','Brown','Wilson','Thomson','Robertson','Wright','Wood','Thompson','White',
              'Green','Hall','Clarke','Jackson','Lewis','Harris','Martin','Cooper','Ward','Morris',
              'King','Baker','Hill','Scott','Young','Mitchell'])[1 + (g / 30) % 25],
       '07' || lpad(((g * 7919) % 1000000000)::text, 9, '0'),
       CASE WHEN g % 11 = 0 THEN NULL
            ELSE 'cust' || g || '@mail.example' END,
       (ARRAY['London','Manchester','Leeds','Bristol','Glasgow','Cardiff','Liverpool',
              'Birmingham','Edinburgh','Belfast'])[1 + (g * 7) % 10],
       CASE WHEN g % 17 = 0 THEN 'enterprise'
            WHEN g % 5 = 0 THEN 'small business'
            ELSE 'residential' END,
       g % 13 = 0,
       date '2008-01-07' + (g * 97) % 5000
FROM generate_series(1, 600) AS g;

INSERT INTO dispositions VALUES
    ( 1, 'RESOLVED',   'Issue resolved',                 'resolved',  true),
    ( 2, 'INFO',       'Information given',              'resolved',  true),
    ( 3, 'SALE',       'Sale made',                      'sales',     true),
    ( 4, 'NO-SALE',    'No sale',                        'sales',     true),
    ( 5, 'RETAINED',   'Customer retained',              'retention', true),
    ( 6, 'CANCELLED',  'Cancellation processed',         'retention', true),
    ( 7, 'ESC-T2',     'Escalated to second line',       'escalated', false),
    ( 8, 'ESC-SUP',    'Escalated to supervisor',        'escalated', false),
    ( 9, 'CALLBACK',   'Callback scheduled',             'follow-up', false),
    (10, 'ENGINEER',   'Engineer visit booked',          'follow-up', false),
    (11, 'COMPLAINT',  'Complaint logged',               'complaint', false),
    (12, 'MISROUTED',  'Wrong queue',                    'other',     false),
    (13, 'DROPPED',    'Call dropped',                   'other',     false);

-- 4000 inbound calls from 3 January 2022 to 31 December 2025, more each year; each answered call
-- goes to an agent skilled on its queue who was employed that day
INSERT INTO calls (call_id, customer_id, queue_id, agent_id, disposition_id, started_at,
                   answered_at, ended_at, wait_seconds, talk_seconds, hold_seconds, wrap_seconds,
                   is_abandoned, was_transferred)
SELECT b.g,
       b.customer_id,
       b.queue_id,
       CASE WHEN NOT b.abandoned THEN pick.arr[1 + ((b.g * 7919) % 10007) % cardinality(pick.arr)] END,
       CASE WHEN b.abandoned THEN NULL
            WHEN b.queue_id IN (3, 7, 11) THEN
                 (ARRAY[3, 4, 4, 3, 2, 4, 9, 3, 4, 12, 4, 8])[1 + (b.g * 7 + b.g / 13) % 12]
            WHEN b.queue_id = 4 THEN
                 (ARRAY[5, 6, 5, 6, 6, 8, 5, 11, 6])[1 + (b.g * 7 + b.g / 13) % 9]
            WHEN b.queue_id IN (2, 10) THEN
                 (ARRAY[1, 7, 1, 10, 1, 9, 2, 13, 1, 7, 10, 1, 11])[1 + (b.g * 7 + b.g / 13) % 13]
            ELSE (ARRAY[1, 2, 1, 9, 1, 2, 11, 1, 12, 2, 13, 8, 1, 2, 7])[1 + (b.g * 7 + b.g / 13) % 15] END,
       b.started_at,
       CASE WHEN NOT b.abandoned THEN b.started_at + b.wait_s * interval '1 second' END,
       b.started_at + (b.wait_s + b.talk_s + b.hold_s) * interval '1 second',
       b.wait_s, b.talk_s, b.hold_s, b.wrap_s,
       b.abandoned,
       NOT b.abandoned AND b.g % 17 = 0
FROM (
    SELECT g, queue_id, started_at, abandoned, customer_id,
           CASE WHEN abandoned THEN 20 + (g * 29) % 400
                ELSE 3 + ((g * 53) % 100) * ((g * 53) % 100) / 70 + CASE WHEN queue_id IN (2, 10) THEN (g * 7) % 90 ELSE 0 END
                     + CASE WHEN extract(year FROM started_at) = 2023 THEN 25 ELSE 0 END END AS wait_s,
           CASE WHEN abandoned THEN 0
                ELSE 45 + (g * 97) % 780 + CASE WHEN queue_id IN (2, 10) THEN 240 + (g * 13) % 600
                                                WHEN queue_id = 4 THEN 180 ELSE 0 END
                     + CASE WHEN g = 2718 THEN 2131 ELSE 0 END END AS talk_s,
           CASE WHEN abandoned OR g % 3 = 0 THEN 0 ELSE (g * 17) % 300 END AS hold_s,
           CASE WHEN abandoned THEN 0 ELSE 15 + (g * 19) % 120 END AS wrap_s
    FROM (
        SELECT g,
               CASE WHEN (g * 31 + g / 9) % 100 < 8 THEN true ELSE false END AS abandoned,
               CASE WHEN g % 23 = 0 THEN NULL ELSE 1 + (g * 211 + (g * g) % 53) % 570 END AS customer_id,
               (ARRAY[1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11])[1 + (g * g * 3 + g * 7 + g / 11) % 20] AS queue_id,
               timestamptz '2022-01-03 09:00:00+00'
                 + floor(1458 * sqrt((g - 1) / 3999.0)) * interval '1 day'
                 + ((g * 37) % 540) * interval '1 minute'
                 + ((g * 13) % 60) * interval '1 second' AS started_at
        FROM generate_series(1, 4000) AS g
    ) AS s
) AS b
CROSS JOIN LATERAL (
    SELECT array_agg(k.agent_id ORDER BY k.agent_id) AS arr
    FROM agent_skills k
    JOIN agents a ON a.agent_id = k.agent_id
    WHERE k.queue_id = b.queue_id
      AND a.hired_on <= b.started_at::date
      AND (a.left_on IS NULL OR a.left_on > b.started_at::date)
) AS pick;

-- a survey goes out after two answered calls in five from known customers; a little over half
-- come back
INSERT INTO surveys (survey_id, call_id, sent_at, completed_at, csat_score, nps_score, comment)
SELECT row_number() OVER (ORDER BY c.call_id),
       c.call_id,
       c.ended_at + interval '10 minutes',
       CASE WHEN answered THEN date_trunc('day', c.ended_at) + (1 + c.call_id % 3) * interval '1 day'
                               + (8 + c.call_id % 10) * interval '1 hour'
                               + (c.call_id % 60) * interval '1 minute' END,
       CASE WHEN answered THEN csat END,
       CASE WHEN answered THEN 2 * csat - 1 + c.call_id % 2 END,
       CASE WHEN answered AND c.call_id % 6 = 1 THEN
            (ARRAY['Agent was very helpful', 'Took too long to get through',
                   'Sorted in one call, thanks', 'Had to explain everything twice',
                   'Friendly and quick', 'Still waiting for the fix'])[1 + (c.call_id / 6) % 6] END
FROM (
    SELECT c.*, c.call_id % 7 NOT IN (0, 3, 5) AS answered,
           greatest(1,
               CASE WHEN d.category IN ('resolved', 'sales', 'retention') THEN 3 + c.call_id % 3
                    WHEN d.category = 'follow-up' THEN 2 + c.call_id % 3
                    ELSE 1 + c.call_id % 3 END
               - CASE WHEN c.wait_seconds > 150 THEN 1 ELSE 0 END) AS csat
    FROM calls c
    JOIN dispositions d ON d.disposition_id = c.disposition_id
    WHERE NOT c.is_abandoned AND c.customer_id IS NOT NULL AND c.call_id % 5 IN (0, 2)
) AS c;

-- callbacks are booked when an agent wraps up with 'Callback scheduled', and for a third of
-- the abandoned calls from known customers (the caller chose a callback instead of waiting)
INSERT INTO callbacks (callback_id, call_id, customer_id, agent_id, requested_at, scheduled_for,
                       completed_at, status, attempts)
SELECT row_number() OVER (ORDER BY x.call_id),
       x.call_id, x.customer_id,
       CASE WHEN x.status IN ('completed', 'no answer') THEN x.agent_pick END,
       x.ended_at,
       x.scheduled_for,
       CASE WHEN x.status = 'completed' THEN x.scheduled_for + (x.call_id % 20) * interval '1 minute' END,
       x.status,
       CASE x.status WHEN 'completed' THEN 1 + CASE WHEN x.call_id % 3 = 0 THEN 1 ELSE 0 END
                     WHEN 'no answer' THEN 3
                     WHEN 'cancelled' THEN x.call_id % 2
                     ELSE 0 END
FROM (
    SELECT c.call_id, c.customer_id, c.ended_at,
           coalesce(c.agent_id, (SELECT min(k.agent_id) FROM agent_skills k
                                 JOIN agents a ON a.agent_id = k.agent_id
                                 WHERE k.queue_id = c.queue_id AND a.hired_on <= c.started_at::date
                                   AND (a.left_on IS NULL OR a.left_on > c.started_at::date)
                                   AND k.agent_id % 4 = c.call_id % 4)) AS agent_pick,
           date_trunc('hour', c.ended_at) + (2 + c.call_id % 46) * interval '1 hour' AS scheduled_for,
           CASE WHEN c.ended_at >= timestamptz '2025-12-20 00:00:00+00' THEN 'pending'
                WHEN c.call_id % 10 = 6 THEN 'no answer'
                WHEN c.call_id % 10 = 7 THEN 'cancelled'
                ELSE 'completed' END AS status
    FROM calls c
    WHERE c.customer_id IS NOT NULL
      AND (c.disposition_id = 9 OR (c.is_abandoned AND c.call_id % 3 = 0))
) AS x;

-- one planned shift a week for each employed agent, on a weekday that varies with the agent
INSERT INTO shifts (shift_id, agent_id, shift_date, starts_at, ends_at, break_seconds, status)
SELECT row_number() OVER (ORDER BY y.shift_date, y.agent_id),
       y.agent_id, y.shift_date,
       (y.shift_date + y.start_time) AT TIME ZONE 'UTC',
       (y.shift_date + y.start_time) AT TIME ZONE 'UTC'
         + CASE WHEN y.part_time THEN interval '4 hours 30 minutes' ELSE interval '8 hours 30 minutes' END,
       CASE WHEN y.part_time THEN 900 ELSE 3600 END,
       CASE WHEN (y.agent_id * y.w) % 23 = 1 THEN 'sick'
            WHEN (y.agent_id * y.w) % 41 = 2 THEN 'no-show'
            WHEN (y.agent_id + y.w * 3) % 29 = 0 THEN 'holiday'
            WHEN (y.agent_id + y.w) % 13 = 4 THEN 'late'
            ELSE 'worked' END
FROM (
    SELECT a.agent_id, w, a.employment_type = 'part-time' AS part_time,
           date '2022-01-03' + w * 7 + (a.agent_id % 5) AS shift_date,
           CASE WHEN w % 2 = 0 THEN time '08:00' ELSE time '11:30' END AS start_time,
           a.hired_on, a.left_on
    FROM agents a
    CROSS JOIN generate_series(0, 208) AS w
    WHERE (a.agent_id + w) % 4 = 0
) AS y
WHERE y.shift_date >= y.hired_on
  AND (y.left_on IS NULL OR y.shift_date < y.left_on)
  AND y.shift_date <= date '2025-12-31';
