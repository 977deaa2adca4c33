-- Operational data of a regional chain of fitness clubs, used as the sample database of
-- the golden set benches/intent/gym.yaml. Nothing carries a comment; every row is
-- invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE clubs (
    club_id    integer PRIMARY KEY,
    club_name  text NOT NULL,
    city       text NOT NULL,
    street     text,
    opened_on  date NOT NULL,
    capacity   integer NOT NULL,
    has_pool   boolean NOT NULL
);
CREATE TABLE plans (
    plan_id          integer PRIMARY KEY,
    plan_name        text NOT NULL,
    monthly_fee      numeric(8,2) NOT NULL,
    duration_months  integer NOT NULL,
    includes_classes boolean NOT NULL
);
CREATE TABLE members (
    member_id    integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        varchar(120),
    phone        varchar(20),
    gender       text NOT NULL,
    birth_date   date,
    home_club_id integer NOT NULL REFERENCES clubs,
    joined_on    date NOT NULL,
    is_student   boolean NOT NULL
);
CREATE TABLE memberships (
    membership_id integer PRIMARY KEY,
    member_id     integer NOT NULL REFERENCES members,
    plan_id       integer NOT NULL REFERENCES plans,
    start_date    date NOT NULL,
    end_date      date,
    status        text NOT NULL,
    price_paid    numeric(10,2) NOT NULL
);
CREATE TABLE trainers (
    trainer_id    integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    specialty     text NOT NULL,
    hourly_rate   numeric(6,2) NOT NULL,
    club_id       integer NOT NULL REFERENCES clubs,
    hired_on      date NOT NULL,
    certification text
);
CREATE TABLE classes (
    class_id         integer PRIMARY KEY,
    trainer_id       integer NOT NULL REFERENCES trainers,
    club_id          integer NOT NULL REFERENCES clubs,
    class_type       text NOT NULL,
    starts_at        timestamp NOT NULL,
    duration_minutes integer NOT NULL,
    max_participants integer NOT NULL
);
CREATE TABLE class_bookings (
    booking_id integer PRIMARY KEY,
    class_id   integer NOT NULL REFERENCES classes,
    member_id  integer NOT NULL REFERENCES members,
    booked_at  timestamp NOT NULL,
    attended   boolean NOT NULL
);
CREATE TABLE check_ins (
    check_in_id     integer PRIMARY KEY,
    member_id       integer NOT NULL REFERENCES members,
    club_id         integer NOT NULL REFERENCES clubs,
    checked_in_at   timestamp NOT NULL,
    checked_out_at  timestamp
);
CREATE TABLE payments (
    payment_id    integer PRIMARY KEY,
    member_id     integer NOT NULL REFERENCES members,
    membership_id integer REFERENCES memberships,
    paid_on       date NOT NULL,
    amount        numeric(10,2) NOT NULL,
    method        text NOT NULL,
    purpose       text NOT NULL
);

INSERT INTO clubs VALUES
  (1, 'Ironworks Pearl District', 'Portland', '1120 NW Glisan St', '2016-04-09', 420, true),
  (2, 'Ironworks Hawthorne', 'Portland', '3815 SE Hawthorne Blvd', '2019-09-14', 260, false),
  (3, 'Ironworks Capitol Hill', 'Seattle', '612 E Pine St', '2017-02-20', 380, true),
  (4, 'Ironworks Ballard', 'Seattle', '5401 Leary Ave NW', '2021-06-05', 300, false),
  (5, 'Ironworks LoDo', 'Denver', '1801 Wazee St', '2018-11-03', 450, true),
  (6, 'Ironworks South Congress', 'Austin', '1600 S Congress Ave', '2020-01-18', 340, true),
  (7, 'Ironworks Wicker Park', 'Chicago', '1550 N Milwaukee Ave', '2015-08-22', 500, true),
  (8, 'Ironworks Back Bay', 'Boston', NULL, '2022-03-12', 220, false),
  (9, 'Ironworks Riverside', 'Boise', '210 W Main St', '2023-05-06', 180, false);

INSERT INTO plans VALUES
  (1, 'Basic Monthly', 29.99, 1, false),
  (2, 'Standard Quarterly', 26.50, 3, false),
  (3, 'Student Semester', 19.99, 6, true),
  (4, 'Standard Annual', 24.99, 12, false),
  (5, 'Premium Monthly', 64.99, 1, true),
  (6, 'Premium Annual', 54.99, 12, true),
  (7, 'Off-Peak Annual', 17.99, 12, false);

INSERT INTO members
SELECT n,
       (ARRAY['Emily','Jacob','Hannah','Tyler','Madison','Brandon','Ashley','Kevin','Samantha','Jordan',
              'Rachel','Marcus','Lauren','Andre','Megan','Carlos','Nicole','Darius','Priya','Ryan',
              'Alicia','Ming','Tessa','Omar','Julia','Devon','Natalie','Luis','Grace','Ethan',
              'Sofia','Caleb','Aaliyah','Noah','Keiko','Isaac','Brianna','Mateo','Zoe','Liam'])[1 + n % 40],
       (ARRAY['Anderson','Bennett','Carter','Diaz','Edwards','Foster','Gonzalez','Hughes','Ito','Jensen',
              'Kowalski','Larsen','Mitchell','Nguyen','Olsen','Patel','Quinn','Reyes','Sullivan','Thompson',
              'Underwood','Vasquez','Walsh','Xu','Young','Zimmerman','Brooks','Chavez','Dawson','Ellis',
              'Fischer','Graham','Hayes','Iverson','Jimenez','Kim','Lopez','Murphy','Novak','Ortiz',
              'Price','Ramirez','Schultz','Tran','Vaughn','Warren','Yates','Bishop','Coleman','Delgado'])[1 + (n / 40 + 11 * (n % 40)) % 50],
       CASE WHEN n % 9 = 0 THEN NULL ELSE 'member' || n || '@mailbox.example' END,
       CASE WHEN n % 4 = 0 THEN NULL ELSE '503-555-' || lpad(((n * 37) % 10000)::text, 4, '0') END,
       CASE WHEN n % 40 = 13 OR n % 97 = 5 THEN 'non-binary'
            WHEN n % 40 IN (0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38) THEN 'female'
            ELSE 'male' END,
       CASE WHEN n % 31 = 0 THEN NULL ELSE DATE '1958-01-01' + (n * 4271) % 17000 END,
       1 + (n * 7 + n / 13) % 9 - CASE WHEN (1 + (n * 7 + n / 13) % 9) = 9 AND n % 2 = 0 THEN 4 ELSE 0 END,
       DATE '2021-01-04' + floor(1400 * power((n - 0.5) / 1200.0, 0.9))::int,
       (n % 6 = 1)
FROM generate_series(1, 1200) AS n;

-- Nobody joins a club before it opens.
UPDATE members m SET joined_on = c.opened_on + (m.member_id * 3) % 560
FROM clubs c
WHERE c.club_id = m.home_club_id AND m.joined_on < c.opened_on;

INSERT INTO memberships
SELECT row_number() OVER (ORDER BY m.member_id, s.seq)::int,
       m.member_id, s.plan_id, s.start_date,
       CASE WHEN s.cancelled THEN least(s.start_date + 20 + (m.member_id * 7) % 60, DATE '2024-12-31')
            WHEN (s.start_date + make_interval(months => p.duration_months))::date <= DATE '2024-12-31'
              THEN (s.start_date + make_interval(months => p.duration_months))::date
            ELSE NULL END,
       CASE WHEN s.cancelled THEN 'cancelled'
            WHEN (s.start_date + make_interval(months => p.duration_months))::date <= DATE '2024-12-31' THEN 'expired'
            ELSE 'active' END,
       round(p.monthly_fee * p.duration_months * CASE WHEN m.is_student THEN 0.85 ELSE 1 END, 2)
FROM members m
CROSS JOIN LATERAL (
  SELECT 1 AS seq,
         CASE WHEN m.is_student AND m.member_id % 2 = 1 THEN 3
              ELSE (ARRAY[1,4,2,6,5,4,7,1,4,2,6,4,1])[1 + m.member_id % 13] END AS plan_id,
         m.joined_on AS start_date,
         (m.member_id % 10 = 0) AS cancelled
  UNION ALL
  SELECT 2,
         (ARRAY[4,6,5,4,7,2])[1 + m.member_id % 6],
         m.joined_on + 400 + (m.member_id % 30),
         (m.member_id % 21 = 0)
  WHERE m.member_id % 3 = 0 AND m.joined_on + 400 + (m.member_id % 30) <= DATE '2024-11-30'
) s
JOIN plans p ON p.plan_id = s.plan_id;

INSERT INTO trainers
SELECT n,
       (ARRAY['Alex','Jamie','Morgan','Taylor','Casey','Riley','Drew','Quinn','Avery','Sam',
              'Dana','Kendall','Jesse','Robin','Skyler','Cameron','Hayden','Reese','Parker','Logan',
              'Erin','Blake','Corey','Shawn','Tatum','Marisol','Viktor','Ines','Kwame','Leilani',
              'Bruno','Signe'])[n],
       (ARRAY['Holloway','Marsh','Pena','Sato','Abernathy','Kline','Okafor','Rinaldi','Stroud','Vega',
              'Whitaker','Lindqvist','Moreau','Dunn','Harlow','Castellano','Pruitt','Byrne','Achebe','Fontaine',
              'Gallagher','Haddad','Kaur','Lindgren','Mbeki','Navarro','Orlov','Petrova','Boateng','Kahale',
              'Carvalho','Nygaard'])[n],
       (ARRAY['yoga','strength','cardio','pilates','boxing','cycling','strength','yoga'])[1 + n % 8],
       35 + (n * 7) % 31 + CASE WHEN n % 3 = 0 THEN 0.50 ELSE 0 END,
       1 + n % 9,
       DATE '2018-03-01' + (n * 97) % 1500,
       CASE WHEN n % 5 = 0 THEN NULL
            ELSE (ARRAY['NASM-CPT','ACE','RYT-200','NSCA-CSCS'])[1 + n % 4] END
FROM generate_series(1, 32) AS n;

-- A trainer is hired no earlier than the opening of the club.
UPDATE trainers t SET hired_on = c.opened_on + (t.trainer_id * 9) % 90
FROM clubs c
WHERE c.club_id = t.club_id AND t.hired_on < c.opened_on;

INSERT INTO classes
SELECT n, t.trainer_id, t.club_id,
       CASE t.specialty
         WHEN 'yoga' THEN (ARRAY['Vinyasa Yoga','Yin Yoga','Power Yoga'])[1 + n % 3]
         WHEN 'strength' THEN (ARRAY['Barbell Basics','Kettlebell Flow','Powerlifting'])[1 + n % 3]
         WHEN 'cardio' THEN (ARRAY['HIIT','Bootcamp','Zumba'])[1 + n % 3]
         WHEN 'pilates' THEN (ARRAY['Mat Pilates','Reformer Pilates'])[1 + n % 2]
         WHEN 'boxing' THEN (ARRAY['Cardio Boxing','Boxing Technique'])[1 + n % 2]
         ELSE (ARRAY['Spin','Rhythm Ride'])[1 + n % 2] END,
       ts, (ARRAY[30,45,45,60,60,60,75,90])[1 + (n * 5) % 8],
       (ARRAY[10,12,15,20,20,25,30])[1 + (n * 3) % 7]
FROM (
  SELECT n,
         1 + floor(32 * power(((n * 7919 + 13) % 10007) / 10007.0, 1.3))::int AS tid,
         TIMESTAMP '2022-01-03 00:00' + (floor(1090 * (n - 0.5) / 1600.0)::int * interval '1 day')
           + ((6 + (n * 5) % 14) * interval '1 hour') + (((n * 7) % 2) * interval '30 minutes') AS ts
  FROM generate_series(1, 1600) AS n
) c
JOIN trainers t ON t.trainer_id = c.tid
WHERE c.ts >= t.hired_on;

INSERT INTO class_bookings
SELECT row_number() OVER (ORDER BY c.class_id, k)::int,
       c.class_id, mb.member_id,
       c.starts_at - ((2 + (c.class_id * 13 + k * 29) % 140) * interval '1 hour'),
       ((c.class_id * 3 + k * 7) % 10 < 8)
FROM classes c
CROSS JOIN generate_series(1, 12) AS k
CROSS JOIN LATERAL (SELECT 1 + floor(1200 * power(((c.class_id * 37 + k * 1009) % 10007) / 10007.0, 1.25))::int AS member_id) mb
JOIN members m ON m.member_id = mb.member_id
WHERE k <= 2 + (c.class_id * 5) % 11
  AND c.starts_at >= m.joined_on + 3
  AND k <= c.max_participants
  AND mb.member_id % 17 <> 0;

INSERT INTO check_ins
SELECT n, m.member_id,
       CASE WHEN n % 8 = 0 THEN 1 + (n / 8) % 8 ELSE m.home_club_id END,
       ci, CASE WHEN n % 23 = 0 THEN NULL
                ELSE ci + ((25 + (n * 17) % 120) * interval '1 minute') END
FROM (
  SELECT n,
         1 + (n * 53 + n / 7) % 1200 AS mid,
         TIMESTAMP '2022-01-01 00:00' + (floor(1096 * power((n - 0.5) / 6000.0, 0.85))::int * interval '1 day')
           + ((5 + (n * 7) % 17) * interval '1 hour') + (((n * 11) % 60) * interval '1 minute') AS ci
  FROM generate_series(1, 6000) AS n
) x
JOIN members m ON m.member_id = x.mid
WHERE m.member_id % 19 <> 0
  AND x.ci::date >= m.joined_on
  AND (x.n % 8 <> 0 OR x.ci >= TIMESTAMP '2022-03-12');

INSERT INTO payments
SELECT membership_id, member_id, membership_id, start_date,
       price_paid,
       (ARRAY['card','card','direct debit','card','bank transfer','direct debit','cash'])[1 + (membership_id * 3) % 7],
       'membership'
FROM memberships;

INSERT INTO payments
SELECT 5000 + n, 1 + floor(1200 * power(((n * 6151 + 29) % 10009) / 10009.0, 2))::int, NULL,
       DATE '2021-03-01' + (n * 13) % 1390,
       CASE WHEN n % 3 = 0 THEN 45.00 + (n % 7) * 10
            WHEN n % 3 = 1 THEN 12.50 + (n % 9) * 4.25
            ELSE 8.00 + (n % 4) * 2.50 END,
       (ARRAY['card','cash','card','mobile wallet','card'])[1 + n % 5],
       CASE WHEN n % 3 = 0 THEN 'personal training'
            WHEN n % 3 = 1 THEN 'merchandise'
            ELSE 'guest pass' END
FROM generate_series(1, 700) AS n;
