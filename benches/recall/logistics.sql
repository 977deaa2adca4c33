-- Sample database of a parcel delivery company, made for the held-out golden set
-- benches/intent/logistics.frozen.yaml. Singular table names, plain "id" keys and no
-- comments anywhere, as in an undocumented operational schema. All rows are synthetic and
-- reproducible: fixed lists, generate_series and modular arithmetic, nothing random.

CREATE TABLE customer (
    id            integer PRIMARY KEY,
    name          text NOT NULL,
    contact_email varchar(120),
    city          text NOT NULL,
    country       text NOT NULL,
    segment       text NOT NULL,
    signed_up_on  date NOT NULL,
    is_active     boolean NOT NULL
);
CREATE TABLE warehouse (
    id           integer PRIMARY KEY,
    code         char(5) NOT NULL UNIQUE,
    name         text NOT NULL,
    city         text NOT NULL,
    country      text NOT NULL,
    capacity_m3  integer NOT NULL,
    opened_on    date NOT NULL
);
CREATE TABLE carrier (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    mode        text NOT NULL,
    is_external boolean NOT NULL
);
CREATE TABLE vehicle (
    id           integer PRIMARY KEY,
    plate        varchar(12) NOT NULL UNIQUE,
    carrier_id   integer NOT NULL REFERENCES carrier,
    vehicle_type text NOT NULL,
    capacity_kg  integer NOT NULL,
    year_built   integer NOT NULL
);
CREATE TABLE driver (
    id            integer PRIMARY KEY,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    carrier_id    integer NOT NULL REFERENCES carrier,
    license_class varchar(3) NOT NULL,
    hired_on      date NOT NULL,
    phone         text
);
CREATE TABLE shipment (
    id                   integer PRIMARY KEY,
    customer_id          integer NOT NULL REFERENCES customer,
    origin_warehouse_id  integer NOT NULL REFERENCES warehouse,
    carrier_id           integer NOT NULL REFERENCES carrier,
    destination_city     text NOT NULL,
    destination_country  text NOT NULL,
    service_level        text NOT NULL,
    weight_kg            numeric(8,2) NOT NULL,
    shipped_at           timestamp NOT NULL,
    delivered_at         timestamp,
    status               text NOT NULL,
    price                numeric(10,2) NOT NULL
);
CREATE TABLE parcel (
    id            integer PRIMARY KEY,
    shipment_id   integer NOT NULL REFERENCES shipment,
    tracking_code varchar(20) NOT NULL UNIQUE,
    weight_kg     numeric(8,2) NOT NULL,
    length_cm     integer NOT NULL,
    width_cm      integer NOT NULL,
    height_cm     integer NOT NULL,
    fragile       boolean NOT NULL
);
CREATE TABLE delivery_attempt (
    id           integer PRIMARY KEY,
    shipment_id  integer NOT NULL REFERENCES shipment,
    driver_id    integer NOT NULL REFERENCES driver,
    vehicle_id   integer REFERENCES vehicle,
    attempted_at timestamp NOT NULL,
    outcome      text NOT NULL
);
CREATE TABLE invoice (
    id          integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer,
    issued_on   date NOT NULL,
    due_on      date NOT NULL,
    amount      numeric(12,2) NOT NULL,
    paid_on     date
);
CREATE TABLE transfer (
    id                integer PRIMARY KEY,
    from_warehouse_id integer NOT NULL REFERENCES warehouse,
    to_warehouse_id   integer NOT NULL REFERENCES warehouse,
    vehicle_id        integer REFERENCES vehicle,
    departed_at       timestamp NOT NULL,
    arrived_at        timestamp,
    pallet_count      integer NOT NULL
);

INSERT INTO warehouse VALUES
  (1, 'HAM01', 'Hamburg North Hub', 'Hamburg', 'Germany', 42000, '2011-04-01'),
  (2, 'MUC01', 'Munich South Depot', 'Munich', 'Germany', 28000, '2014-09-15'),
  (3, 'RTM01', 'Rotterdam Port Hub', 'Rotterdam', 'Netherlands', 55000, '2009-02-10'),
  (4, 'LYS01', 'Lyon Distribution Centre', 'Lyon', 'France', 31000, '2016-06-20'),
  (5, 'MXP01', 'Milan Malpensa Depot', 'Milan', 'Italy', 24000, '2018-03-05'),
  (6, 'WAW01', 'Warsaw East Hub', 'Warsaw', 'Poland', 36000, '2019-11-12'),
  (7, 'BCN01', 'Barcelona Logistics Park', 'Barcelona', 'Spain', 27000, '2020-05-18'),
  (8, 'POZ01', 'Poznan Cross-dock', 'Poznan', 'Poland', 18000, '2022-08-01');

INSERT INTO carrier VALUES
  (1, 'SwiftRoad Own Fleet', 'road', false),
  (2, 'EuroTruck Partners', 'road', true),
  (3, 'SkyCargo Express', 'air', true),
  (4, 'RailLink Freight', 'rail', true),
  (5, 'CityBike Couriers', 'road', true);

INSERT INTO customer
SELECT n,
       (ARRAY['Nordlicht','Blue Fjord','Casa Verde','Atlas','Kestrel','Orion','Maple Leaf','Pioneer',
              'Sunflower','Granite','Lumen','Vega','Harbor','Redwood','Silverline','Tulip'])[1 + n % 16]
         || ' ' ||
       (ARRAY['Trading','Home Goods','Electronics','Fashion','Pharma','Books','Outdoor','Foods','Tools','Toys'])[1 + (n / 16) % 10]
         || CASE WHEN n > 160 THEN ' ' || (n / 160 + 1)::text ELSE '' END,
       CASE WHEN n % 7 = 3 THEN NULL ELSE 'orders' || n || '@' ||
            (ARRAY['shop.de','store.nl','boutique.fr','negozio.it','sklep.pl','tienda.es'])[1 + n % 6] END,
       (ARRAY['Berlin','Hamburg','Amsterdam','Paris','Milan','Warsaw','Madrid','Cologne','Utrecht','Lyon',
              'Krakow','Valencia','Frankfurt','Turin','Munich'])[1 + (n * 4) % 15],
       (ARRAY['Germany','Germany','Netherlands','France','Italy','Poland','Spain','Germany','Netherlands','France',
              'Poland','Spain','Germany','Italy','Germany'])[1 + (n * 4) % 15],
       (ARRAY['retail','retail','business','retail','enterprise','business','retail','business'])[1 + n % 8],
       date '2019-01-01' + (n * 53) % 1800,
       n % 11 <> 5
FROM generate_series(1, 320) AS n;

INSERT INTO vehicle
SELECT n,
       (ARRAY['HH','M','RT','LY','MI','WA','B','PO'])[1 + n % 8] || '-' || (1000 + n * 37)::text,
       (ARRAY[1, 1, 1, 2, 2, 4, 5, 1, 2, 1])[1 + n % 10],
       CASE (ARRAY[1, 1, 1, 2, 2, 4, 5, 1, 2, 1])[1 + n % 10]
            WHEN 5 THEN 'cargo bike' WHEN 4 THEN 'rail wagon'
            ELSE (ARRAY['van','van','truck','van','truck'])[1 + n % 5] END,
       CASE (ARRAY[1, 1, 1, 2, 2, 4, 5, 1, 2, 1])[1 + n % 10]
            WHEN 5 THEN 120 WHEN 4 THEN 40000
            ELSE (ARRAY[1500, 1500, 12000, 1500, 18000])[1 + n % 5] END,
       2012 + (n * 3) % 12
FROM generate_series(1, 60) AS n;

INSERT INTO driver
SELECT n,
       (ARRAY['Lukas','Marek','Jan','Pierre','Matteo','Pablo','Tobias','Piotr','Sven','Luis',
              'Karin','Agnieszka','Julia','Elena','Chiara','Lea','Ahmet','Dario','Bram','Ola'])[1 + n % 20],
       (ARRAY['Schulz','Wojcik','de Jong','Bernard','Russo','Fernandez','Krause','Lewandowski','Visser','Moreno',
              'Koch','Zielinski','Richter','Romano','Petit','Bakker','Yilmaz'])[1 + (n * 3) % 17],
       (ARRAY[1, 1, 1, 2, 2, 5, 1, 2, 5, 1])[1 + n % 10],
       (ARRAY['B','C1','C','CE','B','C'])[1 + n % 6],
       CASE WHEN n > 84 THEN date '2024-12-01' + (n - 84) * 3 ELSE date '2015-03-01' + (n * 61) % 3200 END,
       CASE WHEN n % 6 = 2 THEN NULL ELSE '+49 151 ' || lpad((n * 7919 % 10000000)::text, 7, '0') END
FROM generate_series(1, 90) AS n;

INSERT INTO shipment
SELECT x.n, x.customer_id, x.origin, x.carrier_id, x.dest_city, x.dest_country, x.service_level,
       x.weight_kg, x.shipped_at,
       CASE WHEN x.status = 'delivered'
            THEN x.shipped_at + (CASE x.service_level WHEN 'express' THEN 18 WHEN 'standard' THEN 40 ELSE 70 END
                                 + (x.n * 11) % 48) * interval '1 hour' END,
       x.status,
       round(4.90 + x.weight_kg * CASE x.service_level WHEN 'express' THEN 1.85 WHEN 'standard' THEN 0.95 ELSE 0.60 END
             * CASE x.carrier_id WHEN 3 THEN 1.6 WHEN 4 THEN 0.8 ELSE 1 END, 2)
FROM (SELECT n,
             CASE WHEN n % 5 = 0 THEN 1 + (n / 5) % 25 ELSE 1 + (n * 17) % 300 END AS customer_id,
             (ARRAY[1, 1, 3, 3, 3, 2, 4, 5, 6, 7, 1, 3, 2, 6, 8])[1 + n % 15] AS origin,
             (ARRAY[1, 1, 2, 1, 3, 2, 1, 4, 1, 5, 2, 1])[1 + (n * 7 + n / 8) % 12] AS carrier_id,
             (ARRAY['Berlin','Paris','Vienna','Brussels','Copenhagen','Prague','Amsterdam','Lisbon',
                    'Munich','Stockholm','Rome','Zurich','Dublin','Budapest','Oslo','Madrid'])[1 + (n * 5) % 16] AS dest_city,
             (ARRAY['Germany','France','Austria','Belgium','Denmark','Czech Republic','Netherlands','Portugal',
                    'Germany','Sweden','Italy','Switzerland','Ireland','Hungary','Norway','Spain'])[1 + (n * 5) % 16] AS dest_country,
             (ARRAY['standard','standard','express','economy','standard','express','standard','economy'])[1 + (n * 3) % 8] AS service_level,
             round((0.5 + ((n * 37) % 400) / 10.0 + CASE WHEN n % 23 = 0 THEN 120 ELSE 0 END)::numeric, 2) AS weight_kg,
             CASE WHEN n <= 3400 THEN timestamp '2022-01-03 06:00' + ((n * 389) % 1090) * interval '1 day'
                  ELSE timestamp '2024-01-02 06:00' + ((n * 389) % 362) * interval '1 day' END
               + ((n * 53) % 720) * interval '1 minute' AS shipped_at,
             CASE WHEN n % 50 = 7 THEN 'lost'
                  WHEN n % 25 = 3 THEN 'returned'
                  WHEN (n <= 3400 AND (n * 389) % 1090 >= 1082) OR (n > 3400 AND (n * 389) % 362 >= 354) THEN 'in_transit'
                  WHEN n % 40 = 11 THEN 'in_transit'
                  ELSE 'delivered' END AS status
      FROM generate_series(1, 4200) AS n) x;

INSERT INTO parcel
SELECT row_number() OVER (ORDER BY s.id, k), s.id,
       'PX' || lpad((s.id * 10 + k)::text, 9, '0'),
       round(s.weight_kg / (1 + s.id % 3), 2),
       20 + (s.id * 7 + k * 3) % 80,
       15 + (s.id * 5 + k) % 45,
       5 + (s.id * 3 + k * 7) % 40,
       (s.id + k) % 9 = 0
FROM shipment s, generate_series(1, 3) AS k
WHERE k <= 1 + s.id % 3;

-- one or two attempts per delivered shipment, the last one succeeding; failed ones for lost and returned
INSERT INTO delivery_attempt
SELECT row_number() OVER (ORDER BY a.shipment_id, a.attempted_at), a.shipment_id, a.driver_id, a.vehicle_id,
       a.attempted_at, a.outcome
FROM (
  SELECT s.id AS shipment_id, 1 + (s.id * 5) % 84 AS driver_id,
         CASE WHEN s.id % 13 = 0 THEN NULL ELSE 1 + (s.id * 13) % 55 END AS vehicle_id,
         s.delivered_at - interval '1 day' AS attempted_at,
         (ARRAY['no_one_home','no_one_home','address_not_found','refused'])[1 + s.id % 4] AS outcome
  FROM shipment s WHERE s.status = 'delivered' AND s.id % 6 = 1
  UNION ALL
  SELECT s.id, CASE WHEN s.id % 9 = 0 THEN 1 + (s.id / 9) % 15 ELSE 1 + (s.id * 5 + 3) % 84 END,
         CASE WHEN s.id % 13 = 0 THEN NULL ELSE 1 + (s.id * 13) % 55 END,
         s.delivered_at, 'delivered'
  FROM shipment s WHERE s.status = 'delivered'
  UNION ALL
  SELECT s.id, 1 + (s.id * 5) % 84, 1 + (s.id * 13) % 55, s.shipped_at + interval '2 days',
         CASE s.status WHEN 'returned' THEN 'refused' ELSE 'address_not_found' END
  FROM shipment s WHERE s.status IN ('returned', 'lost')
) a;

INSERT INTO invoice
SELECT row_number() OVER (ORDER BY m, c), c, m + 2, m + 32,
       v.amount,
       CASE WHEN (c + extract(month FROM m)::integer) % 10 = 0 THEN NULL
            ELSE (m + 2) + (5 + (c * 3 + extract(month FROM m)::integer) % 40) END
FROM (SELECT s.customer_id AS c, date_trunc('month', s.shipped_at)::date AS m, sum(s.price) AS amount
      FROM shipment s GROUP BY 1, 2) v;

INSERT INTO transfer
SELECT n, f, CASE WHEN t >= f THEN t + 1 ELSE t END,
       CASE WHEN n % 9 = 0 THEN NULL ELSE (ARRAY[3, 5, 13, 23, 33, 43, 53, 6, 16, 26])[1 + n % 10] END,
       timestamp '2022-01-05 05:00' + ((n * 113) % 1085) * interval '1 day' + (n % 8) * interval '1 hour',
       CASE WHEN n % 31 = 0 THEN NULL
            ELSE timestamp '2022-01-05 05:00' + ((n * 113) % 1085) * interval '1 day' + (n % 8) * interval '1 hour'
                 + (6 + (n * 7) % 30) * interval '1 hour' END,
       4 + (n * 5) % 29
FROM generate_series(1, 640) AS n,
     LATERAL (SELECT (ARRAY[3, 1, 3, 2, 1, 3, 6, 4, 3, 1, 5, 7, 3, 8])[1 + n % 14] AS f,
                     1 + (n * 3) % 7 AS t) x;
