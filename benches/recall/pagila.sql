-- A DVD rental business in the shape of the public Pagila/Sakila sample (table and column
-- names as in Pagila), written for askpg's retrieval benchmark. No comments on anything: it
-- stands for a warehouse nobody annotated. The rows are made up and deterministic
-- (generate_series and modular arithmetic only).

CREATE TABLE language (
    language_id smallint PRIMARY KEY,
    name        char(20) NOT NULL,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE category (
    category_id smallint PRIMARY KEY,
    name        text NOT NULL,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE actor (
    actor_id    integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE country (
    country_id  integer PRIMARY KEY,
    country     text NOT NULL,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE city (
    city_id     integer PRIMARY KEY,
    city        text NOT NULL,
    country_id  integer NOT NULL REFERENCES country,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE address (
    address_id  integer PRIMARY KEY,
    address     text NOT NULL,
    address2    text,
    district    text NOT NULL,
    city_id     integer NOT NULL REFERENCES city,
    postal_code text,
    phone       text NOT NULL,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE film (
    film_id              integer PRIMARY KEY,
    title                text NOT NULL,
    description          text,
    release_year         integer,
    language_id          smallint NOT NULL REFERENCES language,
    original_language_id smallint REFERENCES language,
    rental_duration      smallint NOT NULL DEFAULT 3,
    rental_rate          numeric(4,2) NOT NULL DEFAULT 4.99,
    length               smallint,
    replacement_cost     numeric(5,2) NOT NULL DEFAULT 19.99,
    rating               text,
    special_features     text[],
    last_update          timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE film_actor (
    actor_id    integer NOT NULL REFERENCES actor,
    film_id     integer NOT NULL REFERENCES film,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19',
    PRIMARY KEY (actor_id, film_id)
);
CREATE TABLE film_category (
    film_id     integer NOT NULL REFERENCES film,
    category_id smallint NOT NULL REFERENCES category,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19',
    PRIMARY KEY (film_id, category_id)
);
CREATE TABLE store (
    store_id         integer PRIMARY KEY,
    manager_staff_id integer NOT NULL,
    address_id       integer NOT NULL REFERENCES address,
    last_update      timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE staff (
    staff_id    integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    address_id  integer NOT NULL REFERENCES address,
    email       text,
    store_id    integer NOT NULL REFERENCES store,
    active      boolean NOT NULL DEFAULT true,
    username    text NOT NULL,
    password    text,
    last_update timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
ALTER TABLE store ADD FOREIGN KEY (manager_staff_id) REFERENCES staff DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE customer (
    customer_id integer PRIMARY KEY,
    store_id    integer NOT NULL REFERENCES store,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       text,
    address_id  integer NOT NULL REFERENCES address,
    activebool  boolean NOT NULL DEFAULT true,
    create_date date NOT NULL DEFAULT '2022-02-14',
    last_update timestamp DEFAULT '2022-02-15 10:02:19',
    active      integer
);
CREATE TABLE inventory (
    inventory_id integer PRIMARY KEY,
    film_id      integer NOT NULL REFERENCES film,
    store_id     integer NOT NULL REFERENCES store,
    last_update  timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE rental (
    rental_id    integer PRIMARY KEY,
    rental_date  timestamp NOT NULL,
    inventory_id integer NOT NULL REFERENCES inventory,
    customer_id  integer NOT NULL REFERENCES customer,
    return_date  timestamp,
    staff_id     integer NOT NULL REFERENCES staff,
    last_update  timestamp NOT NULL DEFAULT '2022-02-15 10:02:19'
);
CREATE TABLE payment (
    payment_id   integer PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customer,
    staff_id     integer NOT NULL REFERENCES staff,
    rental_id    integer NOT NULL REFERENCES rental,
    amount       numeric(5,2) NOT NULL,
    payment_date timestamp NOT NULL
);

INSERT INTO language (language_id, name) VALUES
  (1, 'English'), (2, 'Italian'), (3, 'Japanese'), (4, 'Mandarin'), (5, 'French'), (6, 'German');

INSERT INTO category (category_id, name)
SELECT n, c FROM unnest(ARRAY['Action','Animation','Children','Classics','Comedy','Documentary',
  'Drama','Family','Foreign','Games','Horror','Music','New','Sci-Fi','Sports','Travel'])
  WITH ORDINALITY AS x(c, n);

INSERT INTO actor (actor_id, first_name, last_name)
SELECT n,
       (ARRAY['PENELOPE','NICK','ED','JENNIFER','JOHNNY','BETTE','GRACE','MATTHEW','JOE',
              'CHRISTIAN','ZERO','KARL','UMA','VIVIEN','CUBA','FRED','HELEN','DAN','BOB',
              'LUCILLE'])[1 + (n - 1) % 20],
       (ARRAY['GUINESS','WAHLBERG','CHASE','DAVIS','LOLLOBRIGIDA','NICHOLSON','MOSTEL',
              'JOHANSSON','SWANK','GABLE','CAGE','BERRY','WOOD','BERGEN','OLIVIER','COSTNER',
              'VOIGHT','TORN','FAWCETT','TRACY','PALTROW','MARX','KILMER','STREEP','BLOOM'])[1 + ((n - 1) / 20 + (n - 1)) % 25]
FROM generate_series(1, 200) AS n;

INSERT INTO country (country_id, country)
SELECT n, c FROM unnest(ARRAY['Afghanistan','Algeria','American Samoa','Angola','Anguilla',
  'Argentina','Armenia','Australia','Austria','Azerbaijan','Bahrain','Bangladesh','Belarus',
  'Bolivia','Brazil','Brunei','Bulgaria','Cambodia','Cameroon','Canada','Chad','Chile','China',
  'Colombia','Czech Republic','Dominican Republic','Ecuador','Egypt','Estonia','Ethiopia',
  'Finland','France','French Guiana','Gambia','Germany','Greece','Greenland','Holy See (Vatican City State)',
  'Hong Kong','Hungary','India','Indonesia','Iran','Iraq','Israel','Italy','Japan','Kazakstan',
  'Kenya','Kuwait','Latvia','Liechtenstein','Lithuania','Madagascar','Malawi','Malaysia',
  'Mexico','Moldova','Morocco','Mozambique','Myanmar','Nauru','Nepal','Netherlands',
  'New Zealand','Nigeria','North Korea','Oman','Pakistan','Paraguay','Peru','Philippines',
  'Poland','Puerto Rico','Romania','Runion','Russian Federation','Saint Vincent and the Grenadines',
  'Saudi Arabia','Senegal','Slovakia','South Africa','South Korea','Spain','Sri Lanka','Sudan',
  'Sweden','Switzerland','Taiwan','Tanzania','Thailand','Tonga','Tunisia','Turkey','Turkmenistan',
  'Tuvalu','Ukraine','United Arab Emirates','United Kingdom','United States','Venezuela',
  'Vietnam','Virgin Islands, U.S.','Yemen','Yugoslavia','Zambia']) WITH ORDINALITY AS x(c, n);

INSERT INTO city (city_id, city, country_id)
SELECT n,
       CASE n WHEN 1 THEN 'London' WHEN 2 THEN 'Lethbridge' WHEN 3 THEN 'Woodridge'
              WHEN 4 THEN 'Aurora' WHEN 5 THEN 'Toulouse'
              ELSE (ARRAY['San','Santa','Port','New','Fort','North','Lake','Mount','East','West'])[1 + n % 10]
                   || ' ' || (ARRAY['Alvorada','Baybay','Citrus','Dongying','Emeishan','Fengshan',
                   'Garden','Hubli','Ipoh','Jinzhou','Kamyin','Lancaster','Monclova','Nagaon',
                   'Ozamis','Pingxiang','Quilmes','Rae','Sasebo','Tarlac'])[1 + (n / 10) % 20]
                   || ' ' || n END,
       CASE n WHEN 1 THEN 99 WHEN 2 THEN 20 WHEN 3 THEN 8 WHEN 4 THEN 100 WHEN 5 THEN 32
              ELSE 1 + (n * 13) % 106 END
FROM generate_series(1, 600) AS n;

INSERT INTO address (address_id, address, district, city_id, postal_code, phone)
SELECT n, (n * 37) % 1900 + 10 || ' ' || (ARRAY['Main','Oak','Pine','Maple','Cedar','Elm',
         'Lake','Hill','Park','River'])[1 + n % 10] || ' Street',
       (ARRAY['Alberta','QLD','California','Buenos Aires','Texas','Shandong','West Bengal',
              'England','Nordrhein-Westfalen','Gois'])[1 + (n * 7) % 10],
       1 + (n * 7) % 600, lpad(((n * 7919) % 99999)::text, 5, '0'),
       '555' || lpad(((n * 104729) % 10000000)::text, 7, '0')
FROM generate_series(1, 605) AS n;

BEGIN;
INSERT INTO store (store_id, manager_staff_id, address_id) VALUES (1, 1, 1), (2, 2, 2);
INSERT INTO staff (staff_id, first_name, last_name, address_id, email, store_id, username) VALUES
  (1, 'Mike', 'Hillyer', 3, 'Mike.Hillyer@sakilastaff.com', 1, 'Mike'),
  (2, 'Jon', 'Stephens', 4, 'Jon.Stephens@sakilastaff.com', 2, 'Jon');
COMMIT;

INSERT INTO customer (customer_id, store_id, first_name, last_name, email, address_id, active)
SELECT n, 1 + n % 2,
       CASE n WHEN 1 THEN 'MARY' ELSE (ARRAY['PATRICIA','LINDA','BARBARA','ELIZABETH','JENNIFER',
         'MARIA','SUSAN','MARGARET','DOROTHY','LISA','NANCY','KAREN','BETTY','HELEN','SANDRA',
         'DONNA','CAROL','RUTH','SHARON','MICHELLE','LAURA','SARAH','KIMBERLY','DEBORAH',
         'JESSICA','SHIRLEY','CYNTHIA','ANGELA','MELISSA','BRENDA'])[1 + n % 30] END,
       CASE n WHEN 1 THEN 'SMITH' ELSE (ARRAY['JOHNSON','WILLIAMS','JONES','BROWN','DAVIS',
         'MILLER','WILSON','MOORE','TAYLOR','ANDERSON','THOMAS','JACKSON','WHITE','HARRIS',
         'MARTIN','THOMPSON','GARCIA','MARTINEZ','ROBINSON','CLARK','RODRIGUEZ','LEWIS','LEE'])[1 + (n * 7) % 23] END,
       'customer' || n || '@sakilacustomer.org', 5 + n, (n % 20 <> 0)::int
FROM generate_series(1, 599) AS n;

INSERT INTO film (film_id, title, description, release_year, language_id, rental_duration,
                  rental_rate, length, replacement_cost, rating, special_features)
SELECT n,
       CASE n WHEN 1 THEN 'ACADEMY DINOSAUR' WHEN 2 THEN 'ACE GOLDFINGER'
         ELSE (ARRAY['ADAPTATION','AFFAIR','AGENT','AIRPLANE','ALABAMA','ALAMO','ALASKA','ALI',
           'ALONE','AMADEUS','AMERICAN','ANACONDA','ANGELS','ANNIE','APOLLO','ARABIA','ARMY',
           'ARSENIC','ATLANTIS','ATTACKS','BABY','BACKLASH','BALLOON','BANG','BEAR','BEAST',
           'BED','BIKINI','BILKO','BIRDS','BLADE','BLANKET','BOOGIE','BORN','BOUND','BRAVEHEART',
           'BREAKFAST','BRIDE','BROTHERHOOD','BUCKET'])[1 + n % 40] || ' ' ||
           (ARRAY['HOLES','WRONG','TRUMAN','SIERRA','DEVIL','WAR','ALONE','ZOO','DARES',
           'EXPRESS','GROUNDHOG','HOUSE','CONFIDENTIAL','CALENDAR','REAR','HIGHBALL','STING',
           'HORN','RACER','MAGUIRE','GOLDMINE','MINDS','BUNCH','FIGHT','FIRE'])[1 + (n / 40) % 25] END,
       'A film about ' || (ARRAY['a dentist','a monkey','a robot','a teacher','a crocodile'])[1 + n % 5],
       2006, CASE WHEN n % 17 = 0 THEN 5 ELSE 1 END, 3 + n % 5,
       (ARRAY[0.99, 2.99, 4.99])[1 + n % 3], 46 + (n * 7) % 140,
       9.99 + (n % 21), (ARRAY['G','PG','PG-13','R','NC-17'])[1 + n % 5],
       CASE n % 4 WHEN 0 THEN ARRAY['Deleted Scenes','Behind the Scenes'] WHEN 1 THEN ARRAY['Trailers']
         WHEN 2 THEN ARRAY['Commentaries','Deleted Scenes'] ELSE ARRAY['Behind the Scenes'] END
FROM generate_series(1, 1000) AS n;

INSERT INTO film_actor (actor_id, film_id)
SELECT DISTINCT 1 + (f * k * 7 + k) % 200, f
FROM generate_series(1, 1000) AS f, generate_series(1, 5) AS k;

INSERT INTO film_category (film_id, category_id)
SELECT f, 1 + (f * 11) % 16 FROM generate_series(1, 1000) AS f;

INSERT INTO inventory (inventory_id, film_id, store_id)
SELECT n, 1 + (n * 3) % 958, 1 + n % 2 FROM generate_series(1, 3000) AS n;

INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id)
SELECT n, TIMESTAMP '2022-05-24 22:53:30' + (n * interval '47 minutes'),
       1 + (n * 7) % 3000, 1 + (n * 11) % 599,
       CASE WHEN n % 50 = 0 THEN NULL
            ELSE TIMESTAMP '2022-05-24 22:53:30' + (n * interval '47 minutes') + ((1 + n % 9) * interval '1 day') END,
       1 + n % 2
FROM generate_series(1, 8000) AS n;

INSERT INTO payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date)
SELECT r.rental_id, r.customer_id, r.staff_id, r.rental_id, f.rental_rate + (r.rental_id % 3),
       r.rental_date + interval '2 hours'
FROM rental r JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id;
