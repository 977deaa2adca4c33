-- Operational database of a coworking space operator (Django apps spaces, members, billing,
-- bookings, events, support), used as the sample database of benches/intent/cowork.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).

CREATE TABLE spaces_location (
    id              integer PRIMARY KEY,
    name            varchar(100) NOT NULL,
    city            varchar(60) NOT NULL,
    address         text NOT NULL,
    postcode        varchar(10) NOT NULL,
    opened_on       date NOT NULL,
    floor_area_sqm  integer NOT NULL,
    has_parking     boolean NOT NULL,
    is_open_24h     boolean NOT NULL
);

CREATE TABLE spaces_room (
    id           integer PRIMARY KEY,
    location_id  integer NOT NULL REFERENCES spaces_location (id),
    name         varchar(80) NOT NULL,
    room_type    varchar(20) NOT NULL,
    capacity     integer NOT NULL,
    hourly_rate  numeric(8,2),
    floor        integer NOT NULL,
    has_screen   boolean NOT NULL,
    is_active    boolean NOT NULL
);

CREATE TABLE spaces_desk (
    id           integer PRIMARY KEY,
    location_id  integer NOT NULL REFERENCES spaces_location (id),
    label        varchar(20) NOT NULL,
    desk_type    varchar(20) NOT NULL,
    floor        integer NOT NULL,
    has_monitor  boolean NOT NULL,
    is_active    boolean NOT NULL
);

CREATE TABLE members_company (
    id              integer PRIMARY KEY,
    name            varchar(120) NOT NULL,
    industry        varchar(60) NOT NULL,
    vat_number      varchar(20),
    employee_count  integer,
    created_at      timestamptz NOT NULL
);

CREATE TABLE members_member (
    id                integer PRIMARY KEY,
    first_name        varchar(60) NOT NULL,
    last_name         varchar(60) NOT NULL,
    email             varchar(160) NOT NULL,
    phone             varchar(20),
    company_id        integer REFERENCES members_company (id),
    home_location_id  integer NOT NULL REFERENCES spaces_location (id),
    job_title         varchar(80),
    date_joined       date NOT NULL,
    is_active         boolean NOT NULL
);

CREATE TABLE billing_plan (
    id                      integer PRIMARY KEY,
    name                    varchar(60) NOT NULL,
    monthly_price           numeric(8,2) NOT NULL,
    meeting_hours_included  integer NOT NULL,
    has_dedicated_desk      boolean NOT NULL,
    access_24_7             boolean NOT NULL,
    is_archived             boolean NOT NULL
);

CREATE TABLE billing_membership (
    id                integer PRIMARY KEY,
    member_id         integer NOT NULL REFERENCES members_member (id),
    plan_id           integer NOT NULL REFERENCES billing_plan (id),
    location_id       integer NOT NULL REFERENCES spaces_location (id),
    start_date        date NOT NULL,
    end_date          date,
    status            varchar(20) NOT NULL,
    discount_percent  numeric(5,2),
    monthly_amount    numeric(8,2) NOT NULL,
    auto_renew        boolean NOT NULL
);

CREATE TABLE bookings_booking (
    id            integer PRIMARY KEY,
    member_id     integer NOT NULL REFERENCES members_member (id),
    room_id       integer REFERENCES spaces_room (id),
    desk_id       integer REFERENCES spaces_desk (id),
    kind          varchar(10) NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    attendees     integer,
    status        varchar(20) NOT NULL,
    price         numeric(8,2) NOT NULL,
    created_at    timestamptz NOT NULL
);

CREATE TABLE bookings_checkin (
    id              integer PRIMARY KEY,
    member_id       integer NOT NULL REFERENCES members_member (id),
    location_id     integer NOT NULL REFERENCES spaces_location (id),
    checked_in_at   timestamp NOT NULL,
    checked_out_at  timestamp,
    method          varchar(20) NOT NULL
);

CREATE TABLE billing_invoice (
    id            integer PRIMARY KEY,
    number        varchar(20) NOT NULL UNIQUE,
    member_id     integer NOT NULL REFERENCES members_member (id),
    company_id    integer REFERENCES members_company (id),
    issued_on     date NOT NULL,
    due_on        date NOT NULL,
    status        varchar(20) NOT NULL,
    total_amount  numeric(10,2) NOT NULL,
    currency      char(3) NOT NULL
);

CREATE TABLE billing_invoiceline (
    id           integer PRIMARY KEY,
    invoice_id   integer NOT NULL REFERENCES billing_invoice (id),
    kind         varchar(20) NOT NULL,
    description  text NOT NULL,
    quantity     integer NOT NULL,
    unit_price   numeric(8,2) NOT NULL,
    amount       numeric(10,2) NOT NULL
);

CREATE TABLE billing_payment (
    id          integer PRIMARY KEY,
    invoice_id  integer NOT NULL REFERENCES billing_invoice (id),
    paid_at     timestamptz NOT NULL,
    amount      numeric(10,2) NOT NULL,
    method      varchar(20) NOT NULL,
    reference   varchar(40)
);

CREATE TABLE events_event (
    id                 integer PRIMARY KEY,
    location_id        integer NOT NULL REFERENCES spaces_location (id),
    room_id            integer REFERENCES spaces_room (id),
    title              varchar(120) NOT NULL,
    category           varchar(30) NOT NULL,
    starts_at          timestamp NOT NULL,
    ends_at            timestamp NOT NULL,
    capacity           integer NOT NULL,
    attendee_count     integer,
    ticket_price       numeric(6,2),
    is_members_only    boolean NOT NULL,
    status             varchar(20) NOT NULL
);

CREATE TABLE support_ticket (
    id           integer PRIMARY KEY,
    member_id    integer NOT NULL REFERENCES members_member (id),
    location_id  integer NOT NULL REFERENCES spaces_location (id),
    subject      varchar(200) NOT NULL,
    category     varchar(30) NOT NULL,
    priority     varchar(10) NOT NULL,
    status       varchar(20) NOT NULL,
    opened_at    timestamptz NOT NULL,
    resolved_at  timestamptz
);

INSERT INTO spaces_location VALUES
 (1, 'Hive Canal Saint-Martin', 'Paris',     '42 quai de Valmy',           '75010', '2018-04-03', 1850, false, true),
 (2, 'Hive Opera',              'Paris',     '17 rue de la Chaussee d''Antin', '75009', '2019-09-16', 2400, false, true),
 (3, 'Hive Part-Dieu',          'Lyon',      '88 boulevard Vivier-Merle',  '69003', '2019-02-11', 1600, true,  false),
 (4, 'Hive Confluence',         'Lyon',      '12 cours Charlemagne',       '69002', '2021-06-01', 1200, true,  false),
 (5, 'Hive Chartrons',          'Bordeaux',  '55 quai des Chartrons',      '33000', '2020-10-05', 1100, true,  false),
 (6, 'Hive Euralille',          'Lille',     '3 avenue Le Corbusier',      '59000', '2021-01-18',  950, false, false),
 (7, 'Hive Ile de Nantes',      'Nantes',    '20 quai Francois Mitterrand','44200', '2022-02-07',  900, true,  false),
 (8, 'Hive Vieux-Port',         'Marseille', '9 quai du Port',             '13002', '2022-03-14', 1300, false, true);

INSERT INTO spaces_room
SELECT g,
       (g - 1) / 7 + 1,
       CASE (g - 1) % 7
            WHEN 0 THEN (ARRAY['Everest','Etna','Ventoux','Vesuvius','Olympus','Fuji','Denali','Kilimanjaro'])[(g - 1) / 7 + 1]
            WHEN 1 THEN (ARRAY['Seine','Loire','Rhone','Garonne','Danube','Thames','Tagus','Rhine'])[(g - 1) / 7 + 1]
            WHEN 2 THEN (ARRAY['Curie','Pasteur','Lumiere','Eiffel','Voltaire','Hugo','Verne','Pagnol'])[(g - 1) / 7 + 1]
            WHEN 3 THEN 'Phone Booth ' || ((g - 1) / 7 + 1)
            WHEN 4 THEN 'Office ' || (((g - 1) / 7 + 1) * 100 + 1)
            WHEN 5 THEN 'Office ' || (((g - 1) / 7 + 1) * 100 + 2)
            ELSE 'Event Hall ' || (ARRAY['Valmy','Opera','Part-Dieu','Confluence','Chartrons','Euralille','Nantes','Vieux-Port'])[(g - 1) / 7 + 1]
       END,
       CASE (g - 1) % 7 WHEN 3 THEN 'phone_booth' WHEN 4 THEN 'private_office' WHEN 5 THEN 'private_office'
                        WHEN 6 THEN 'event_space' ELSE 'meeting_room' END,
       CASE (g - 1) % 7 WHEN 0 THEN 4 WHEN 1 THEN 8 WHEN 2 THEN 12 + 2 * (g % 3) WHEN 3 THEN 1
                        WHEN 4 THEN 4 WHEN 5 THEN 6 + 2 * (g % 2) ELSE 40 + 20 * (g % 3) END,
       CASE (g - 1) % 7 WHEN 0 THEN 25.00 WHEN 1 THEN 40.00 WHEN 2 THEN 60.00 WHEN 3 THEN 8.00
                        WHEN 6 THEN 150.00 + 25 * (g % 3) ELSE NULL END,
       1 + (g - 1) % 3,
       (g - 1) % 7 NOT IN (3, 4),
       g NOT IN (19, 45)
FROM generate_series(1, 56) AS g;

INSERT INTO spaces_desk
SELECT g,
       (g - 1) / 30 + 1,
       (ARRAY['A','B','C'])[1 + ((g - 1) % 30) / 10] || '-' || lpad((((g - 1) % 10) + 1)::text, 2, '0'),
       CASE WHEN (g - 1) % 10 < 5 THEN 'hot_desk' WHEN (g - 1) % 10 < 8 THEN 'dedicated' ELSE 'standing' END,
       1 + ((g - 1) % 30) / 10,
       g % 3 <> 0,
       g % 37 <> 0
FROM generate_series(1, 240) AS g;

INSERT INTO members_company
SELECT g,
       (ARRAY['Nova','Bluefin','Pixelwise','Atlas','Greenleaf','Brightside','Kite','Orbit','Maple','Cobalt','Lumen','Vertex'])[(g - 1) % 12 + 1]
         || ' ' || (ARRAY['Labs','Studio','Consulting','Digital','Partners'])[(g - 1) / 12 + 1],
       (ARRAY['Software','Design','Marketing','Consulting','Finance','Legal','Architecture','E-commerce'])[(g * 7) % 8 + 1],
       CASE WHEN g % 5 = 0 THEN NULL ELSE 'FR' || lpad(((g * 7919) % 100000000000)::text, 11, '0') END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE 1 + (g * 13) % 45 END,
       timestamptz '2021-11-02 09:30:00+01' + ((g - 1) * 17) * interval '1 day' + (g % 8) * interval '1 hour'
FROM generate_series(1, 60) AS g;

INSERT INTO members_member
SELECT g,
       (ARRAY['Camille','Lucas','Chloe','Hugo','Manon','Louis','Ines','Nathan','Lea','Jules',
              'Sarah','Thomas','Emma','Antoine','Julie','Maxime','Clara','Paul','Laura','Arthur',
              'Alice','Romain','Zoe','Theo','Anna','Mehdi','Sofia','Karim','Eva','Victor'])[(g - 1) % 30 + 1],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier',
              'Morel','Girard','Andre','Mercier','Blanc'])[(g * 7) % 25 + 1],
       '',
       CASE WHEN g % 6 = 0 THEN NULL ELSE '+33 6 ' || lpad(((g * 48271) % 100000000)::text, 8, '0') END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE (g * 11 + g / 60 + (g * g) % 7) % 60 + 1 END,
       (g * 3) % 8 + 1,
       CASE WHEN g % 5 = 0 THEN NULL
            ELSE (ARRAY['Developer','Designer','Product Manager','Consultant','Founder','Accountant','Marketing Manager','Lawyer'])[(g * 5) % 8 + 1] END,
       date '2022-01-03' + ((g - 1) * 1060) / 600 + (g % 5),
       g % 7 <> 0
FROM generate_series(1, 600) AS g;

UPDATE members_member
   SET email = lower(first_name) || '.' || lower(last_name) || id || '@' ||
               CASE WHEN company_id IS NULL THEN 'gmail.com' ELSE 'mail.example.fr' END;

INSERT INTO billing_plan VALUES
 (1, 'Flex',            149.00,  2, false, false, false),
 (2, 'Hot Desk',        249.00,  4, false, false, false),
 (3, 'Dedicated Desk',  349.00,  8, true,  true,  false),
 (4, 'Gold',            449.00, 16, true,  true,  false),
 (5, 'Private Office',  890.00, 20, true,  true,  false),
 (6, 'Virtual Office',   59.00,  0, false, false, false),
 (7, 'Starter',          99.00,  1, false, false, true);

INSERT INTO billing_membership
SELECT m.id,
       m.id,
       p.plan_id,
       m.home_location_id,
       m.date_joined,
       CASE WHEN m.id <= 200 THEN m.date_joined + 399
            WHEN m.id % 7 = 0 THEN (m.date_joined + (2 + m.id % 9) * interval '1 month')::date
            WHEN m.id % 3 = 0 THEN NULL
            WHEN m.id % 13 = 0 THEN NULL
            ELSE (m.date_joined + (6 + (m.id * 7) % 13) * interval '1 month')::date END,
       CASE WHEN m.id <= 200 THEN 'expired'
            WHEN m.id % 7 = 0 THEN 'cancelled'
            WHEN m.id % 3 = 0 THEN 'active'
            WHEN m.id % 13 = 0 THEN 'paused'
            WHEN (m.date_joined + (6 + (m.id * 7) % 13) * interval '1 month')::date < date '2024-12-01' THEN 'expired'
            ELSE 'active' END,
       CASE WHEN m.id % 5 = 0 THEN 10.00 WHEN m.id % 17 = 0 THEN 20.00 ELSE NULL END,
       round(pl.monthly_price * (1 - coalesce(CASE WHEN m.id % 5 = 0 THEN 10.00 WHEN m.id % 17 = 0 THEN 20.00 END, 0) / 100), 2),
       m.id % 4 <> 1
FROM members_member m
CROSS JOIN LATERAL (SELECT CASE WHEN m.id <= 40 AND m.id % 8 = 0 THEN 7
                                ELSE (ARRAY[1,2,2,3,4,2,5,6,1,3,4,2])[(m.id * 5) % 12 + 1] END AS plan_id) p
JOIN billing_plan pl ON pl.id = p.plan_id;

INSERT INTO billing_membership
SELECT 600 + m.id,
       m.id,
       p.plan_id,
       m.home_location_id,
       m.date_joined + 400,
       CASE WHEN m.id % 7 = 0 THEN m.date_joined + 400 + 180 + m.id % 60 ELSE NULL END,
       CASE WHEN m.id % 7 = 0 THEN 'cancelled' WHEN m.id % 11 = 0 THEN 'paused' ELSE 'active' END,
       CASE WHEN m.id % 10 = 3 THEN 15.00 ELSE NULL END,
       round(pl.monthly_price * (1 - coalesce(CASE WHEN m.id % 10 = 3 THEN 15.00 END, 0) / 100), 2),
       true
FROM members_member m
CROSS JOIN LATERAL (SELECT (ARRAY[3,4,4,5,2,3,4])[(m.id * 3) % 7 + 1] AS plan_id) p
JOIN billing_plan pl ON pl.id = p.plan_id
WHERE m.id <= 200;

INSERT INTO bookings_booking
SELECT g,
       CASE WHEN ((g * 37) % 600 + 1) % 9 = 4 THEN (g * 37) % 600 ELSE (g * 37) % 600 + 1 END,
       CASE WHEN g % 3 <> 0 THEN r.room_id END,
       CASE WHEN g % 3 = 0 THEN ((g * 13) % 8) * 30 + (g * 7) % 30 + 1 END,
       CASE WHEN g % 3 <> 0 THEN 'room' ELSE 'desk' END,
       b.starts_at,
       b.starts_at + b.hours * interval '1 hour',
       CASE WHEN g % 3 <> 0 THEN least(rm.capacity, 1 + g % 10) END,
       CASE WHEN g % 17 = 0 THEN 'cancelled' WHEN g % 23 = 0 THEN 'no_show'
            WHEN b.starts_at >= timestamptz '2024-12-16 00:00:00+01' THEN 'confirmed' ELSE 'completed' END,
       CASE WHEN g % 3 <> 0 THEN rm.hourly_rate * b.hours
            WHEN g % 5 = 0 THEN 25.00 ELSE 0.00 END,
       b.starts_at - (1 + g % 12) * interval '1 day' - (g % 7) * interval '1 hour'
FROM generate_series(1, 2000) AS g
CROSS JOIN LATERAL (SELECT ((g * 13 + g / 90 + (g * g) % 5) % 8) * 7 + (ARRAY[1,2,3,4,1,2,7,1,4,2,3,1,2])[(g + g / 40) % 13 + 1] AS room_id) r
CROSS JOIN LATERAL (SELECT timestamptz '2022-01-03 00:00:00+01'
                           + floor(1092 * power((g - 1) / 2000.0, 0.8)) * interval '1 day'
                           + CASE WHEN g % 3 = 0 THEN interval '9 hours' ELSE (8 + g % 10) * interval '1 hour' END AS starts_at,
                           CASE WHEN g % 3 = 0 THEN 9 ELSE 1 + g % 4 END AS hours) b
JOIN spaces_room rm ON rm.id = r.room_id;

INSERT INTO bookings_checkin
SELECT g,
       (g * 53) % 600 + 1,
       CASE WHEN g % 6 = 0 THEN (g * 5) % 8 + 1 ELSE ((g * 53) % 600 + 1) * 3 % 8 + 1 END,
       c.t,
       CASE WHEN g % 15 = 0 THEN NULL ELSE c.t + (120 + (g * 31) % 480) * interval '1 minute' END,
       (ARRAY['badge','badge','badge','mobile_app','mobile_app','reception'])[g % 6 + 1]
FROM generate_series(1, 2000) AS g
CROSS JOIN LATERAL (SELECT timestamp '2022-01-03 07:30:00'
                           + ((g - 1) * 1094 / 2000) * interval '1 day'
                           + ((g * 17) % 300) * interval '1 minute' AS t) c;

INSERT INTO billing_invoice
SELECT g,
       'INV-' || to_char(i.issued_on, 'YYYY') || '-' || lpad(g::text, 5, '0'),
       i.member_id,
       CASE WHEN m.id % 3 <> 0 THEN m.company_id END,
       i.issued_on,
       i.issued_on + 30,
       CASE WHEN g % 41 = 0 THEN 'void'
            WHEN i.issued_on >= date '2024-12-01' THEN 'open'
            WHEN g % 19 = 0 THEN 'overdue'
            WHEN g % 29 = 0 THEN 'open'
            ELSE 'paid' END,
       0,
       'EUR'
FROM generate_series(1, 1000) AS g
CROSS JOIN LATERAL (SELECT (g * 7) % 600 + 1 AS member_id,
                           (date '2022-01-01' + ((g - 1) * 36 / 1000) * interval '1 month')::date + (g % 27) AS issued_on) i
JOIN members_member m ON m.id = i.member_id;

INSERT INTO billing_invoiceline
SELECT row_number() OVER (ORDER BY inv.id, k),
       inv.id,
       CASE k WHEN 1 THEN 'membership'
              WHEN 2 THEN CASE WHEN inv.id % 4 = 0 THEN 'day_pass' ELSE 'meeting_room' END
              ELSE CASE WHEN inv.id % 5 = 0 THEN 'event_ticket' ELSE 'printing' END END,
       CASE k WHEN 1 THEN (ARRAY['Flex','Hot Desk','Dedicated Desk','Gold','Private Office','Virtual Office'])[(inv.id + inv.id / 6) % 6 + 1] || ' membership - ' || to_char(inv.issued_on, 'FMMonth YYYY')
              WHEN 2 THEN CASE WHEN inv.id % 4 = 0 THEN 'Day pass' ELSE 'Meeting room hours' END
              ELSE CASE WHEN inv.id % 5 = 0 THEN 'Event ticket' ELSE 'Printing and copies' END END,
       q.quantity,
       q.unit_price,
       q.quantity * q.unit_price
FROM billing_invoice inv
CROSS JOIN LATERAL generate_series(1, 1 + inv.id % 3) AS k
CROSS JOIN LATERAL (SELECT CASE k WHEN 1 THEN 1
                                  WHEN 2 THEN 1 + (inv.id * 7 + inv.id / 13) % 9
                                  ELSE CASE WHEN inv.id % 5 = 0 THEN 1 + inv.id % 2 ELSE 20 + inv.id % 80 END END AS quantity,
                           CASE k WHEN 1 THEN (ARRAY[149.00,249.00,349.00,449.00,890.00,59.00])[(inv.id + inv.id / 6) % 6 + 1]
                                  WHEN 2 THEN CASE WHEN inv.id % 4 = 0 THEN 25.00 ELSE 35.00 END
                                  ELSE CASE WHEN inv.id % 5 = 0 THEN 15.00 ELSE 0.10 END END AS unit_price) q;

UPDATE billing_invoice inv
   SET total_amount = l.total
  FROM (SELECT invoice_id, sum(amount) AS total FROM billing_invoiceline GROUP BY invoice_id) l
 WHERE l.invoice_id = inv.id;

INSERT INTO billing_payment
SELECT row_number() OVER (ORDER BY p.paid_at, p.invoice_id),
       p.invoice_id,
       p.paid_at,
       p.amount,
       p.method,
       p.reference
FROM (
    SELECT inv.id AS invoice_id,
           (inv.issued_on + (inv.id % 25)) + time '10:00' + (inv.id % 8) * interval '1 hour' AS paid_at,
           inv.total_amount AS amount,
           (ARRAY['card','card','sepa_debit','sepa_debit','bank_transfer','cash'])[inv.id % 6 + 1] AS method,
           CASE WHEN inv.id % 6 IN (4, 5) THEN NULL ELSE 'PAY-' || lpad((inv.id * 7)::text, 6, '0') END AS reference
      FROM billing_invoice inv
     WHERE inv.status = 'paid'
    UNION ALL
    SELECT inv.id,
           (inv.issued_on + 10) + time '15:30',
           round(inv.total_amount / 2, 2),
           'bank_transfer',
           'PAY-' || lpad((inv.id * 7)::text, 6, '0') || 'P'
      FROM billing_invoice inv
     WHERE inv.status IN ('open', 'overdue') AND inv.id % 2 = 1
) p;

INSERT INTO events_event
SELECT g,
       e.loc,
       CASE WHEN g % 4 = 0 THEN NULL ELSE (e.loc - 1) * 7 + 7 END,
       (ARRAY['Startup Breakfast','Founders Friday','UX Design Workshop','Freelance Tax Q&A','Summer Rooftop Party',
              'Pitch Night','Python Meetup','Yoga at the Office','Women in Tech Talk','Holiday Party'])[e.t + 1],
       (ARRAY['networking','networking','workshop','workshop','social',
              'networking','meetup','wellness','talk','social'])[e.t + 1],
       e.starts_at,
       e.starts_at + (1 + g % 3) * interval '1 hour',
       e.cap,
       CASE WHEN g % 13 = 0 THEN NULL ELSE least(e.cap, 8 + (g * 17) % 50) END,
       CASE WHEN e.t IN (2, 3, 6) THEN 10.00 + 5 * (g % 3) WHEN e.t = 4 THEN 20.00 ELSE NULL END,
       g % 4 = 1,
       CASE WHEN g % 13 = 0 THEN 'cancelled' ELSE 'held' END
FROM generate_series(1, 150) AS g
CROSS JOIN LATERAL (SELECT (g * 5) % 8 + 1 AS loc,
                           (g * 3) % 10 AS t,
                           30 + 10 * (g % 5) AS cap,
                           timestamp '2022-01-13 18:30:00' + ((g - 1) * 1085 / 150) * interval '1 day' AS starts_at) e;

INSERT INTO support_ticket
SELECT g,
       (g * 29) % 600 + 1,
       (g + (g / 8) * 3) % 8 + 1,
       (ARRAY['Wi-Fi keeps dropping','Kitchen needs cleaning','Badge does not open the door','Wrong amount on my invoice',
              'Too noisy in the open space','Printer out of toner','Too cold near the windows','Coffee machine broken'])[t.c + 1],
       (ARRAY['wifi','cleaning','access','billing','noise','printer','heating','kitchen'])[t.c + 1],
       (ARRAY['low','medium','medium','high','low','medium','urgent'])[g % 7 + 1],
       CASE WHEN t.opened_at >= timestamptz '2024-12-10 00:00:00+01' AND g % 2 = 0 THEN 'open'
            WHEN t.opened_at >= timestamptz '2024-12-10 00:00:00+01' THEN 'in_progress'
            WHEN g % 31 = 0 THEN 'open'
            WHEN g % 5 = 2 THEN 'closed' ELSE 'resolved' END,
       t.opened_at,
       CASE WHEN t.opened_at >= timestamptz '2024-12-10 00:00:00+01' OR g % 31 = 0 THEN NULL
            ELSE t.opened_at + (2 + (g * 11) % 70) * interval '1 hour' END
FROM generate_series(1, 420) AS g
CROSS JOIN LATERAL (SELECT (g * 3) % 8 AS c,
                           timestamptz '2022-01-05 09:00:00+01' + ((g - 1) * 1090 / 420) * interval '1 day'
                           + (g % 9) * interval '1 hour' AS opened_at) t;
