-- Sample database of a small European hotel chain, made for the held-out golden set
-- benches/intent/hotel.frozen.yaml. Tables and columns carry no comments on purpose, like
-- a warehouse nobody documented. Every row is synthetic and reproducible: fixed lists,
-- generate_series and modular arithmetic, nothing random.

CREATE TABLE hotels (
    hotel_id  integer PRIMARY KEY,
    name      text NOT NULL,
    city      text NOT NULL,
    country   text NOT NULL,
    stars     integer NOT NULL,
    opened_on date NOT NULL
);
CREATE TABLE room_types (
    room_type_id  integer PRIMARY KEY,
    name          text NOT NULL,
    base_rate     numeric(8,2) NOT NULL,
    max_occupancy integer NOT NULL
);
CREATE TABLE rooms (
    room_id      integer PRIMARY KEY,
    hotel_id     integer NOT NULL REFERENCES hotels,
    room_type_id integer NOT NULL REFERENCES room_types,
    room_number  varchar(6) NOT NULL,
    floor        integer NOT NULL
);
CREATE TABLE guests (
    guest_id        integer PRIMARY KEY,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text,
    country         text NOT NULL,
    birth_date      date,
    loyalty_member  boolean NOT NULL
);
CREATE TABLE reservations (
    reservation_id integer PRIMARY KEY,
    guest_id       integer NOT NULL REFERENCES guests,
    room_id        integer NOT NULL REFERENCES rooms,
    check_in       date NOT NULL,
    check_out      date NOT NULL,
    status         text NOT NULL,
    channel        text NOT NULL,
    total_amount   numeric(10,2) NOT NULL,
    created_at     timestamp NOT NULL
);
CREATE TABLE payments (
    payment_id     integer PRIMARY KEY,
    reservation_id integer NOT NULL REFERENCES reservations,
    paid_at        timestamp NOT NULL,
    amount         numeric(10,2) NOT NULL,
    method         text NOT NULL
);
CREATE TABLE reviews (
    review_id      integer PRIMARY KEY,
    reservation_id integer NOT NULL REFERENCES reservations,
    rating         integer NOT NULL,
    review_date    date NOT NULL,
    comment        text
);
CREATE TABLE staff (
    staff_id   integer PRIMARY KEY,
    hotel_id   integer NOT NULL REFERENCES hotels,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    role       text NOT NULL,
    hire_date  date NOT NULL,
    salary     numeric(10,2) NOT NULL
);
CREATE TABLE services (
    service_id integer PRIMARY KEY,
    name       text NOT NULL,
    category   text NOT NULL,
    unit_price numeric(8,2) NOT NULL
);
CREATE TABLE charges (
    charge_id      integer PRIMARY KEY,
    reservation_id integer NOT NULL REFERENCES reservations,
    service_id     integer NOT NULL REFERENCES services,
    quantity       integer NOT NULL,
    charged_on     date NOT NULL
);

INSERT INTO hotels VALUES
  (1, 'Harbour Light Hotel', 'Lisbon', 'Portugal', 4, '2009-05-12'),
  (2, 'Alpenblick Grand', 'Zurich', 'Switzerland', 5, '1998-11-02'),
  (3, 'Keizersgracht House', 'Amsterdam', 'Netherlands', 4, '2012-03-20'),
  (4, 'Old Town Inn', 'Prague', 'Czech Republic', 3, '2005-07-01'),
  (5, 'Thames Riverside', 'London', 'United Kingdom', 4, '2014-09-15'),
  (6, 'Mayfair Residence', 'London', 'United Kingdom', 5, '2001-04-28'),
  (7, 'Costa Brava Suites', 'Barcelona', 'Spain', 4, '2016-06-10'),
  (8, 'Gran Via Central', 'Madrid', 'Spain', 3, '2010-01-18'),
  (9, 'Lac Leman Lodge', 'Geneva', 'Switzerland', 3, '2018-02-05'),
  (10, 'Hofburg Palace Hotel', 'Vienna', 'Austria', 5, '1995-10-09'),
  (11, 'Promenade Azur', 'Nice', 'France', 4, '2011-05-23'),
  (12, 'Spree Budget Rooms', 'Berlin', 'Germany', 2, '2019-08-30');

INSERT INTO room_types VALUES
  (1, 'Single', 89.00, 1),
  (2, 'Double', 129.00, 2),
  (3, 'Twin', 119.00, 2),
  (4, 'Junior Suite', 219.00, 3),
  (5, 'Suite', 349.00, 4);

INSERT INTO rooms
SELECT row_number() OVER (ORDER BY h, k), h,
       (ARRAY[2, 2, 2, 2, 3, 3, 1, 1, 4, 5])[1 + k % 10],
       ((1 + (k - 1) / 6) * 100 + 1 + (k - 1) % 6)::text,
       1 + (k - 1) / 6
FROM generate_series(1, 12) AS h, LATERAL generate_series(1, 10 + (h * 7) % 15) AS k;

INSERT INTO guests
SELECT n,
       (ARRAY['Anna','Ben','Clara','David','Elif','Felix','Giulia','Hugo','Ines','Jan',
              'Katarzyna','Leon','Maria','Nils','Olga','Paul','Rita','Sami','Tomas','Ursula',
              'Victor','Wiebke','Xavier','Yara','Zoe','Aiko','Bruno','Carmen','Dmitri','Emily'])[1 + n % 30],
       (ARRAY['Almeida','Baumann','Costa','Dupont','Eriksson','Fischer','Garcia','Hansen','Ivanova','Jansen',
              'Kowalski','Lopez','Meier','Novak','Olsen','Peters','Rossi','Schmidt','Tanaka','Weber',
              'Young','Zimmermann','Brown','Clarke','Moreau','Silva','Horvat','Nowak','Keller'])[1 + (n * 7) % 29],
       CASE WHEN n % 9 = 0 THEN NULL ELSE 'guest' || n || '@' ||
            (ARRAY['mail.com','webpost.de','inbox.fr','post.nl','example.org'])[1 + n % 5] END,
       (ARRAY['Germany','United Kingdom','France','Spain','Italy','Netherlands','Germany','United States',
              'Switzerland','Germany','Poland','Japan','United Kingdom','Sweden','Austria','Portugal',
              'France','Brazil','Canada','United States'])[1 + (n * 3) % 20],
       date '1948-01-01' + (n * 4111) % 19000,
       n % 7 IN (1, 4)
FROM generate_series(1, 600) AS n;

INSERT INTO reservations
SELECT x.n, x.guest_id, x.room_id, x.check_in, x.check_in + x.nights,
       CASE WHEN x.n % 19 IN (0, 7) THEN 'cancelled'
            WHEN x.n % 19 = 13 THEN 'no_show'
            WHEN x.check_in >= date '2024-11-20' THEN 'confirmed'
            ELSE 'completed' END,
       x.channel,
       round(x.nights * t.base_rate * (0.7 + h.stars * 0.1)
             * CASE x.channel WHEN 'agency' THEN 0.9 ELSE 1 END, 2),
       x.check_in - (1 + x.n % 75) * interval '1 day' + ((x.n * 37) % 1440) * interval '1 minute'
FROM (SELECT n,
             CASE WHEN n % 4 = 0 THEN 1 + (n / 4) % 60 ELSE 1 + (n * 7) % 550 END AS guest_id,
             1 + (n * 13) % 216 AS room_id,
             CASE WHEN n <= 2600 THEN date '2022-01-01' + (n * 367) % 1096
                  ELSE date '2023-06-01' + (n * 131) % 580 END AS check_in,
             1 + (n * 5) % 8 AS nights,
             (ARRAY['web','web','phone','agency','web','web','phone','agency','web','agency'])[1 + (n * 3) % 10] AS channel
      FROM generate_series(1, 3200) AS n) x
JOIN rooms r ON r.room_id = x.room_id
JOIN room_types t ON t.room_type_id = r.room_type_id
JOIN hotels h ON h.hotel_id = r.hotel_id;

-- one payment per completed or confirmed stay, split in two (deposit and balance) for every fourth
INSERT INTO payments
SELECT row_number() OVER (ORDER BY reservation_id, part), reservation_id, paid_at, amount, method
FROM (
  SELECT reservation_id, 1 AS part,
         CASE WHEN status = 'confirmed' OR reservation_id % 4 = 0 THEN created_at + interval '2 hours'
              ELSE check_out + interval '10 hours' END AS paid_at,
         CASE WHEN reservation_id % 4 = 0 AND status = 'completed' THEN round(total_amount * 0.3, 2)
              ELSE total_amount END AS amount,
         (ARRAY['card','card','card','cash','transfer','card','cash'])[1 + reservation_id % 7] AS method
  FROM reservations WHERE status IN ('completed', 'confirmed')
  UNION ALL
  SELECT reservation_id, 2, check_out + interval '9 hours',
         total_amount - round(total_amount * 0.3, 2),
         (ARRAY['card','cash','card','transfer'])[1 + reservation_id % 4]
  FROM reservations WHERE status = 'completed' AND reservation_id % 4 = 0
) p;

INSERT INTO reviews
SELECT row_number() OVER (ORDER BY r.reservation_id), r.reservation_id,
       greatest(1, least(5, h.stars - 1 + (r.reservation_id * 7 + h.hotel_id) % 4 - (r.reservation_id % 5) / 3)),
       r.check_out + (1 + r.reservation_id % 12),
       CASE WHEN r.reservation_id % 5 = 0 THEN NULL
            ELSE (ARRAY['Great location','Friendly staff','Room was small','Excellent breakfast',
                        'Noisy at night','Very clean','Would come again','Slow check-in'])[1 + r.reservation_id % 8] END
FROM reservations r
JOIN rooms rm ON rm.room_id = r.room_id
JOIN hotels h ON h.hotel_id = rm.hotel_id
WHERE r.status = 'completed' AND r.reservation_id % 3 = 1;

INSERT INTO staff
SELECT n, h,
       (ARRAY['Marta','Jonas','Lea','Pedro','Sofia','Karim','Ewa','Luca','Hanna','Mateo',
              'Nora','Oskar','Lina','Rui','Alba','Finn','Irena','Milan','Sara','Theo'])[1 + n % 20],
       (ARRAY['Ferreira','Huber','de Vries','Svoboda','Taylor','Martin','Ruiz','Bianchi','Wagner','Lang',
              'Kral','Navarro','Girard','Wood','Becker','Dvorak','Mendes','Roux'])[1 + (n * 5) % 18],
       (ARRAY['Receptionist','Housekeeper','Housekeeper','Chef','Waiter','Receptionist','Concierge',
              'Maintenance','Housekeeper','Waiter','Manager','Receptionist'])[1 + n % 12],
       date '2012-01-01' + (n * 97) % 4300,
       (ARRAY[2450, 2100, 2100, 3200, 2000, 2450, 2800, 2600, 2100, 2000, 5200, 2450])[1 + n % 12]
         + (n * 13) % 400 + 0.00
FROM (SELECT row_number() OVER (ORDER BY h, k)::integer AS n, h
      FROM generate_series(1, 12) AS h, LATERAL generate_series(1, 6 + (h * 7) % 15) AS k) s;

INSERT INTO services VALUES
  (1, 'Breakfast buffet', 'food', 18.00),
  (2, 'Room service', 'food', 32.50),
  (3, 'Minibar', 'food', 12.00),
  (4, 'Spa treatment', 'wellness', 75.00),
  (5, 'Sauna access', 'wellness', 15.00),
  (6, 'Parking', 'transport', 24.00),
  (7, 'Airport shuttle', 'transport', 45.00),
  (8, 'Laundry', 'other', 20.00),
  (9, 'Late checkout', 'other', 40.00);

INSERT INTO charges
SELECT row_number() OVER (ORDER BY r.reservation_id, k), r.reservation_id,
       (ARRAY[1, 1, 1, 3, 6, 2, 4, 1, 8, 6, 5, 3, 7, 1, 9, 2, 1])[1 + (r.reservation_id + k * 5) % 17],
       1 + (r.reservation_id + k) % 3,
       r.check_in + (k % greatest(1, r.check_out - r.check_in))
FROM reservations r, generate_series(1, 3) AS k
WHERE r.status = 'completed' AND (r.reservation_id + k) % 4 = 0;
