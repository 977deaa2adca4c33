-- A retail bank's core data (branches, advisors, customers, accounts, postings, cards,
-- loans and their repayments), made for the golden set benches/intent/bank.yaml. Nothing
-- is annotated; every row is fabricated deterministically from generate_series and fixed lists.

CREATE TABLE branch (
    id          integer PRIMARY KEY,
    branch_name text NOT NULL,
    city        text NOT NULL,
    region      text NOT NULL,
    opened_on   date NOT NULL
);
CREATE TABLE advisor (
    id         integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    title      text NOT NULL,
    branch_id  integer NOT NULL REFERENCES branch,
    hired_on   date NOT NULL
);
CREATE TABLE customer (
    id         integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name  text NOT NULL,
    email      varchar(120),
    birth_date date NOT NULL,
    segment    text NOT NULL,
    branch_id  integer NOT NULL REFERENCES branch,
    advisor_id integer REFERENCES advisor,
    joined_on  date NOT NULL,
    is_active  boolean NOT NULL
);
CREATE TABLE account (
    id             integer PRIMARY KEY,
    account_number varchar(12) NOT NULL UNIQUE,
    customer_id    integer NOT NULL REFERENCES customer,
    account_type   text NOT NULL,
    opened_on      date NOT NULL,
    closed_on      date,
    balance        numeric(14,2) NOT NULL,
    currency       char(3) NOT NULL
);
CREATE TABLE account_transaction (
    id         bigint PRIMARY KEY,
    account_id integer NOT NULL REFERENCES account,
    posted_at  timestamp NOT NULL,
    amount     numeric(12,2) NOT NULL,
    direction  text NOT NULL,
    category   text NOT NULL,
    merchant   text
);
CREATE TABLE card (
    id         integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES account,
    card_type  text NOT NULL,
    network    text NOT NULL,
    issued_on  date NOT NULL,
    expires_on date NOT NULL,
    is_blocked boolean NOT NULL
);
CREATE TABLE loan (
    id            integer PRIMARY KEY,
    customer_id   integer NOT NULL REFERENCES customer,
    loan_type     text NOT NULL,
    principal     numeric(14,2) NOT NULL,
    interest_rate numeric(5,3) NOT NULL,
    start_date    date NOT NULL,
    end_date      date NOT NULL,
    status        text NOT NULL
);
CREATE TABLE loan_payment (
    id        integer PRIMARY KEY,
    loan_id   integer NOT NULL REFERENCES loan,
    paid_on   date NOT NULL,
    amount    numeric(12,2) NOT NULL,
    is_late   boolean NOT NULL
);

INSERT INTO branch VALUES
  (1, 'Harbor Square', 'Boston', 'Northeast', '1998-04-06'),
  (2, 'Midtown Plaza', 'New York', 'Northeast', '2003-09-15'),
  (3, 'Rittenhouse', 'Philadelphia', 'Northeast', '2011-02-28'),
  (4, 'Lakeshore', 'Chicago', 'Midwest', '2001-06-11'),
  (5, 'Riverfront', 'Detroit', 'Midwest', '2015-10-05'),
  (6, 'Uptown', 'Minneapolis', 'Midwest', '2019-03-18'),
  (7, 'Peachtree', 'Atlanta', 'South', '2007-01-22'),
  (8, 'Bayou Park', 'Houston', 'South', '2012-08-13'),
  (9, 'Music Row', 'Nashville', 'South', '2021-05-03'),
  (10, 'Pike Street', 'Seattle', 'West', '2005-11-30'),
  (11, 'Union Square', 'San Francisco', 'West', '2009-07-27'),
  (12, 'Camelback', 'Phoenix', 'West', '2022-02-14');

INSERT INTO advisor
SELECT n,
       (ARRAY['Rachel','Daniel','Monica','Victor','Sandra','Trevor','Alicia','Howard','Naomi','Gregory',
              'Felicia','Raymond','Tamara','Wesley','Bianca','Curtis','Deborah','Malik','Colleen','Ibrahim',
              'Yvonne','Preston','Lorena','Dwayne','Hannah','Kenji','Marisol','Stuart','Nadia','Elliot'])[n],
       (ARRAY['Whitfield','Okafor','Brennan','Castillo','Hartman','Nakamura','Delgado','Fitzgerald','Abernathy','Kowalski',
              'Lindqvist','Obi','Rinaldi','Sato','Harrington','Vasquez','Pemberton','Osei','Gallagher','Farouk',
              'Beaumont','Strickland','Paredes','Holloway','Jansen','Morita','Quintero','Ashworth','Karimi','Vance'])[n],
       (ARRAY['Relationship Manager','Personal Banker','Personal Banker','Senior Advisor','Branch Manager'])[1 + n % 5],
       1 + (n - 1) % 12,
       DATE '2012-03-01' + (n * 173) % 3900
FROM generate_series(1, 30) AS n;

INSERT INTO customer
SELECT n,
       (ARRAY['James','Mary','Robert','Patricia','Michael','Jennifer','William','Linda','David','Elizabeth',
              'Joseph','Susan','Thomas','Jessica','Charles','Sarah','Anthony','Karen','Mark','Nancy',
              'Carlos','Lucia','Andre','Keisha','Minh','Anh','Rahul','Ananya','Ivan','Olga',
              'Tyrone','Jasmine','Samuel','Grace','Hector','Rosa','Dylan','Megan','Omar','Leila'])[1 + n % 40],
       (ARRAY['Anderson','Bennett','Carter','Dawson','Ellis','Foster','Griffin','Hughes','Irving','Jenkins',
              'Keller','Lambert','Mitchell','Nolan','Owens','Parker','Quinn','Reyes','Sullivan','Turner',
              'Underwood','Vargas','Walsh','Xu','Young','Zimmerman','Alvarez','Brooks','Chang','Diaz',
              'Evans','Flores','Gupta','Hayes','Ibarra','Jordan','Kaur','Lopez','Morales','Nguyen',
              'Ortiz','Price','Ramirez','Shaw','Tran','Vaughn','Wagner','Yates','Zhang','Banerjee'])[1 + (n / 40 + 11 * (n % 40)) % 50],
       CASE WHEN n % 9 = 0 THEN NULL ELSE 'client' || n || '@mailbox.example' END,
       DATE '1948-01-01' + (n * 1379) % 20000,
       CASE n % 10 WHEN 0 THEN 'business' WHEN 3 THEN 'premium' WHEN 7 THEN 'premium' ELSE 'retail' END,
       1 + (n * 7 + n / 9) % 12,
       CASE WHEN n % 7 = 0 THEN NULL ELSE 1 + n % 26 END,
       DATE '2021-01-01' + (n * 53) % 1440,
       n % 13 <> 0
FROM generate_series(1, 600) AS n;

INSERT INTO account
SELECT n,
       'AC' || lpad((40000000 + n * 389)::text, 10, '0'),
       1 + (n * 37) % 600,
       CASE n % 5 WHEN 0 THEN 'savings' WHEN 1 THEN 'credit' WHEN 2 THEN 'savings' ELSE 'checking' END,
       DATE '2021-01-01' + (n * 11) % 1400,
       CASE WHEN n % 17 = 0 THEN DATE '2021-01-01' + (n * 11) % 1400 + 120 + (n * 7) % 300 END,
       CASE WHEN n % 5 = 1 THEN ((n * 4421) % 900000) / 100.0
            WHEN n % 97 = 0 THEN 150000 + ((n * 7919) % 9000000) / 100.0
            ELSE ((n * 7919) % 4500000) / 100.0 END,
       CASE n % 20 WHEN 0 THEN 'EUR' WHEN 10 THEN 'GBP' ELSE 'USD' END
FROM generate_series(1, 1000) AS n;

INSERT INTO account_transaction
SELECT n, account_id, posted_at,
       CASE category
         WHEN 'salary' THEN 2400 + (n * 31 % 60) * 85.5
         WHEN 'rent' THEN 1150 + (n * 7 % 25) * 45
         WHEN 'transfer' THEN 100 + (n * 613 % 450000) / 100.0
         WHEN 'travel' THEN 80 + (n * 877 % 150000) / 100.0
         WHEN 'atm' THEN 20 * (1 + n % 15)
         WHEN 'utilities' THEN 45 + (n * 389 % 25000) / 100.0
         ELSE 4.5 + (n * 1733 % 24000) / 100.0
       END,
       CASE WHEN category = 'salary' THEN 'credit'
            WHEN category = 'transfer' AND (n / 14) % 2 = 0 THEN 'credit'
            ELSE 'debit' END,
       category,
       CASE category
         WHEN 'groceries' THEN (ARRAY['Whole Foods','Kroger','Trader Joe''s','Safeway','Aldi'])[1 + n % 5]
         WHEN 'dining' THEN (ARRAY['Chipotle','Olive Garden','Starbucks','Shake Shack','Panera Bread'])[1 + n % 5]
         WHEN 'rent' THEN (ARRAY['Greystar Properties','Equity Residential','AvalonBay'])[1 + n % 3]
         WHEN 'utilities' THEN (ARRAY['Con Edison','Comcast Xfinity','Duke Energy','Verizon'])[1 + n % 4]
         WHEN 'fuel' THEN (ARRAY['Shell','Chevron','ExxonMobil','BP'])[1 + n % 4]
         WHEN 'travel' THEN (ARRAY['Delta Air Lines','Marriott','Amtrak','Expedia','Hertz'])[1 + n % 5]
         WHEN 'shopping' THEN (ARRAY['Amazon','Target','Best Buy','Home Depot','Costco'])[1 + n % 5]
         WHEN 'healthcare' THEN (ARRAY['CVS Pharmacy','Walgreens','Kaiser Permanente'])[1 + n % 3]
         WHEN 'salary' THEN (ARRAY['Acme Logistics Payroll','Northwind Health Payroll','City of Springfield Payroll','Globex Corp Payroll'])[1 + n % 4]
       END
FROM (
  SELECT n,
         1 + (n * 13) % 950 AS account_id,
         TIMESTAMP '2021-01-01 00:00' + ((n * 263) % 1461) * INTERVAL '1 day'
                                      + ((n * 3671) % 86400) * INTERVAL '1 second' AS posted_at,
         (ARRAY['groceries','dining','rent','utilities','fuel','groceries','shopping','salary',
                'transfer','travel','healthcare','atm','dining','groceries'])[1 + (n * 5) % 14] AS category
  FROM generate_series(1, 4000) AS n
) t;

INSERT INTO card
SELECT row_number() OVER (ORDER BY a.id),
       a.id,
       CASE WHEN a.account_type = 'credit' THEN 'credit' ELSE 'debit' END,
       (ARRAY['Visa','Mastercard','Visa','American Express'])[1 + a.id % 4],
       a.opened_on + 6,
       (a.opened_on + 6 + INTERVAL '4 years')::date,
       a.id % 23 = 0
FROM account a
WHERE a.account_type IN ('checking', 'credit');

INSERT INTO loan
SELECT n,
       1 + (n * 53) % 200,
       lt,
       CASE lt WHEN 'mortgage' THEN 180000 + (n * 7 % 40) * 6250
               WHEN 'auto' THEN 14000 + (n * 13 % 30) * 850
               WHEN 'personal' THEN 2500 + (n * 11 % 25) * 420
               ELSE 60000 + (n * 3 % 20) * 12500 END,
       CASE lt WHEN 'mortgage' THEN 3.125 + (n % 12) * 0.25
               WHEN 'auto' THEN 4.250 + (n % 9) * 0.375
               WHEN 'personal' THEN 8.900 + (n % 10) * 0.650
               ELSE 6.500 + (n % 8) * 0.500 END,
       DATE '2021-01-01' + (n * 97) % 1300,
       (DATE '2021-01-01' + (n * 97) % 1300
         + CASE lt WHEN 'mortgage' THEN INTERVAL '30 years' WHEN 'auto' THEN INTERVAL '5 years'
                   WHEN 'personal' THEN INTERVAL '3 years' ELSE INTERVAL '7 years' END)::date,
       CASE WHEN n % 11 = 0 THEN 'defaulted' WHEN n % 5 = 2 THEN 'repaid' ELSE 'active' END
FROM (SELECT n, (ARRAY['mortgage','auto','personal','business'])[1 + n % 4] AS lt
      FROM generate_series(1, 250) AS n) s;

INSERT INTO loan_payment
SELECT row_number() OVER (ORDER BY l.id, k),
       l.id,
       (l.start_date + k * INTERVAL '1 month')::date,
       round(l.principal * (l.interest_rate / 1200.0
             + 1.0 / (12 * extract(year FROM age(l.end_date, l.start_date)))), 2),
       (l.id + k) % 9 = 0 OR (l.status = 'defaulted' AND k > 3)
FROM loan l
CROSS JOIN generate_series(1, 48) AS k
WHERE (l.start_date + k * INTERVAL '1 month')::date <= DATE '2024-12-31'
  AND k <= CASE l.status WHEN 'defaulted' THEN 5 + l.id % 6
                         WHEN 'repaid' THEN 12 + l.id % 18
                         ELSE 48 END;
