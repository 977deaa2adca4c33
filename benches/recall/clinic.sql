-- A chain of outpatient clinics (clinics, doctors and their specialties, patients,
-- appointments, prescriptions, treatments, invoices and payments), written for askpg's
-- benchmarks. No comments on anything: it stands for a warehouse nobody annotated. The rows
-- are made up and deterministic (generate_series and modular arithmetic only).
-- The held-out set: benches/intent/clinic.frozen.yaml is never used to tune the engine.

CREATE TABLE clinics (
    clinic_id   integer PRIMARY KEY,
    clinic_name text NOT NULL,
    city        text NOT NULL,
    region      text NOT NULL,
    opened_on   date NOT NULL,
    phone       varchar(20)
);
CREATE TABLE specialties (
    specialty_id   integer PRIMARY KEY,
    specialty_name text NOT NULL
);
CREATE TABLE doctors (
    doctor_id        integer PRIMARY KEY,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    specialty_id     integer NOT NULL REFERENCES specialties,
    clinic_id        integer NOT NULL REFERENCES clinics,
    hire_date        date NOT NULL,
    consultation_fee numeric(10,2) NOT NULL,
    email            text
);
CREATE TABLE patients (
    patient_id         integer PRIMARY KEY,
    first_name         text NOT NULL,
    last_name          text NOT NULL,
    birth_date         date NOT NULL,
    sex                char(1) NOT NULL,
    city               text NOT NULL,
    phone              varchar(20),
    insurance_provider text,
    registered_on      date NOT NULL
);
CREATE TABLE appointments (
    appointment_id     integer PRIMARY KEY,
    patient_id         integer NOT NULL REFERENCES patients,
    doctor_id          integer NOT NULL REFERENCES doctors,
    clinic_id          integer NOT NULL REFERENCES clinics,
    scheduled_at       timestamp NOT NULL,
    visit_type         text NOT NULL,
    appointment_status text NOT NULL,
    duration_minutes   integer
);
CREATE TABLE medications (
    medication_id   integer PRIMARY KEY,
    medication_name text NOT NULL,
    drug_class      text NOT NULL,
    unit_price      numeric(10,2) NOT NULL
);
CREATE TABLE prescriptions (
    prescription_id integer PRIMARY KEY,
    appointment_id  integer NOT NULL REFERENCES appointments,
    medication_id   integer NOT NULL REFERENCES medications,
    quantity        integer NOT NULL,
    refills         integer NOT NULL,
    prescribed_on   date NOT NULL
);
CREATE TABLE treatments (
    treatment_id   integer PRIMARY KEY,
    appointment_id integer NOT NULL REFERENCES appointments,
    treatment_name text NOT NULL,
    cost           numeric(10,2) NOT NULL
);
CREATE TABLE invoices (
    invoice_id     integer PRIMARY KEY,
    appointment_id integer NOT NULL UNIQUE REFERENCES appointments,
    patient_id     integer NOT NULL REFERENCES patients,
    issued_on      date NOT NULL,
    due_date       date NOT NULL,
    total_amount   numeric(10,2) NOT NULL,
    invoice_status text NOT NULL
);
CREATE TABLE payments (
    payment_id     integer PRIMARY KEY,
    invoice_id     integer NOT NULL REFERENCES invoices,
    paid_on        date NOT NULL,
    amount         numeric(10,2) NOT NULL,
    payment_method text NOT NULL
);

INSERT INTO clinics VALUES
  (1, 'Springfield Central Clinic', 'Springfield', 'North', '2009-04-01', '555-0101'),
  (2, 'Springfield Eastside Health', 'Springfield', 'North', '2016-09-12', '555-0102'),
  (3, 'Shelbyville Family Practice', 'Shelbyville', 'North', '2012-02-20', '555-0131'),
  (4, 'Riverton Medical Center', 'Riverton', 'West', '2005-06-06', '555-0144'),
  (5, 'Lakewood Community Clinic', 'Lakewood', 'West', '2018-01-15', NULL),
  (6, 'Fairhaven Health Partners', 'Fairhaven', 'East', '2011-10-03', '555-0176'),
  (7, 'Brookfield Care Center', 'Brookfield', 'East', '2019-05-27', '555-0188'),
  (8, 'Maplewood Medical Group', 'Maplewood', 'South', '2007-03-19', '555-0192'),
  (9, 'Cedar Falls Clinic', 'Cedar Falls', 'South', '2020-11-02', NULL);

INSERT INTO specialties
SELECT n, s FROM unnest(ARRAY['General Practice','Cardiology','Dermatology','Pediatrics',
  'Orthopedics','Neurology','Obstetrics and Gynecology','Ophthalmology','Psychiatry',
  'Otolaryngology','Endocrinology','Oncology']) WITH ORDINALITY AS x(s, n);

INSERT INTO doctors
SELECT n, f, l,
       (ARRAY[1,1,1,1,2,3,4,4,5,6,7,1,8,9,10,11,1,2,4,5,12,1,3,9])[1 + ((n * 5) % 24)::int],
       (ARRAY[1,1,2,3,4,4,5,6,6,7,8,8,9,1,4])[1 + ((n * 7) % 15)::int],
       CASE WHEN n > 57 THEN DATE '2024-10-01' + (n::int - 57) * 20
            ELSE DATE '2003-03-01' + ((n * 1777) % 6500)::int END,
       round((CASE WHEN (ARRAY[1,1,1,1,2,3,4,4,5,6,7,1,8,9,10,11,1,2,4,5,12,1,3,9])[1 + ((n * 5) % 24)::int] = 1
                   THEN 90 ELSE 160 END + (n * 23) % 120 + (n % 2) * 0.5)::numeric, 2),
       CASE WHEN n % 13 = 4 THEN NULL ELSE lower(substr(f, 1, 1)) || lower(l) || '@clinicgroup.example.com' END
FROM unnest(ARRAY['Naomi','Rajesh','Claire','Tomasz','Adaeze','Henrik','Lucia','Marcus',
  'Sunita','Graham','Yara','Felix','Ines','Connor','Mei','Abdul','Brigitte','Dario','Esther',
  'Gideon','Harriet','Ikechukwu','Josephine','Kieran','Leonora','Mateus','Noor','Oskar',
  'Paloma','Reuben','Sabine','Theo','Ursula','Victor','Wanjiru','Xavier','Yolanda','Zane',
  'Alicia','Bjorn','Celeste','Dominic','Elif','Fernando','Greta','Hamza','Imogen','Jasper',
  'Kalinda','Lorenzo','Magnus','Nerissa','Orla','Pieter','Rania','Stellan','Tove','Umberto',
  'Valentina','Wendell']) WITH ORDINALITY AS x(f, n)
JOIN unnest(ARRAY['Castellane','Varghese','Holloway','Wisniewski','Nwosu','Lund','Ferreira',
  'Oyelaran','Bhattacharya','McAllister','Haddad','Schreiber','Duarte','Brennan','Liang',
  'Rahman','Fournier','Conti','Abramson','Mensah','Pryce','Eze','Marchetti','Doyle','Albescu',
  'Pinto','Siddiqui','Aalto','Serrano','Goldberg','Keller','Vance','Lindahl','Morales',
  'Kamau','Dubois','Cordero','Whitaker','Romero','Svensson','Beaumont','Farrell','Yilmaz',
  'Navarro','Engel','Qureshi','Ashby','Delgado','Ranganathan','Rossi','Berg','Calloway',
  'Quinn','de Vries','Mansour','Ekstrom','Halvorsen','Benedetti','Moretti','Ogden'])
  WITH ORDINALITY AS y(l, m) ON m = n;

INSERT INTO patients
SELECT n,
       CASE n WHEN 1 THEN 'Eleanor' ELSE
         CASE WHEN n % 2 = 0 THEN (ARRAY['Mary','Linda','Susan','Karen','Nancy','Lisa','Betty',
           'Sandra','Ashley','Donna','Emily','Michelle','Carol','Amanda','Melissa','Deborah',
           'Stephanie','Rebecca','Laura','Sharon','Cynthia','Kathleen','Amy','Angela','Anna',
           'Ruth','Brenda','Pamela','Nicole','Katherine','Samantha','Christine','Rachel',
           'Janet','Maria','Olivia','Hannah','Grace','Chloe','Sofia'])[1 + (n * 7) % 40]
         ELSE (ARRAY['James','Robert','John','Michael','David','William','Richard','Joseph',
           'Thomas','Charles','Daniel','Matthew','Anthony','Mark','Donald','Steven','Paul',
           'Andrew','Joshua','Kenneth','Kevin','Brian','George','Timothy','Ronald','Jason',
           'Edward','Jeffrey','Ryan','Jacob','Gary','Nicholas','Eric','Jonathan','Stephen',
           'Larry','Justin','Scott','Brandon','Benjamin'])[1 + (n * 11) % 40] END END,
       CASE n WHEN 1 THEN 'Whitfield' ELSE (ARRAY['Anderson','Bishop','Carlson','Dawson',
         'Ellison','Fleming','Gordon','Hayes','Ingram','Jennings','Kemp','Lawson','Mendez',
         'Norris','Owens','Parsons','Quigley','Reyes','Sutton','Tucker','Underwood','Vaughn',
         'Wallace','Xiong','York','Zimmerman','Barker','Chambers','Dunn','Foster','Griffin',
         'Holt','Irwin','Jordan','Klein','Lambert','Marsh','Nash','Ortiz','Pearson','Ramsey',
         'Shaw','Tran','Vega','Webb','Avery','Bowen','Cross','Doyle','Espinoza'])[1 + (n / 40 + n * 3) % 50] END,
       DATE '1938-01-01' + ((n * 9781) % 31000),
       CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       (ARRAY['Springfield','Springfield','Springfield','Shelbyville','Riverton','Riverton',
              'Lakewood','Fairhaven','Fairhaven','Brookfield','Maplewood','Maplewood',
              'Cedar Falls','Springfield','Oak Ridge','Riverton','Shelbyville','Fairhaven',
              'Maplewood','Greenport','Springfield','Lakewood','Brookfield'])[1 + (n * 13) % 23],
       CASE WHEN n % 17 = 6 THEN NULL ELSE '555-' || lpad(((n * 7919) % 10000)::text, 4, '0') END,
       CASE WHEN n % 6 = 1 THEN NULL
            ELSE (ARRAY['BlueShield','Aetna','UnitedCare','Medica','BlueShield','Cigna','UnitedCare'])[1 + (n * 3) % 7] END,
       CASE WHEN n > 1950 THEN DATE '2024-12-05' + (n - 1950) % 20
            ELSE DATE '2016-01-04' + ((n * 433) % 3200) END
FROM generate_series(1, 2000) AS n;

INSERT INTO appointments
SELECT n, p, d.doctor_id, d.clinic_id,
       TIMESTAMP '2021-01-04 00:00' + (floor(1455 * (n / 7200.0 + sqrt(n / 7200.0)) / 2))::int * interval '1 day'
         + (8 + (n * 7) % 10) * interval '1 hour' + ((n % 4) * 15) * interval '1 minute',
       (ARRAY['consultation','follow-up','check-up','consultation','follow-up','urgent care','telehealth'])[1 + (n * 3) % 7],
       s.st,
       CASE WHEN s.st = 'completed' THEN 15 + ((n * 7) % 4) * 15 END
FROM generate_series(1, 7200) AS n
CROSS JOIN LATERAL (SELECT CASE WHEN n % 5 = 0 THEN 1 + ((n * 613) % 1949) / 10
                                ELSE 1 + (n * 613) % 1949 END AS p) pp
JOIN doctors d ON d.doctor_id = CASE WHEN n % 7 = 3 THEN 1 + (n / 7) % 12 ELSE 1 + (n * 29 + n / 57) % 57 END
CROSS JOIN LATERAL (SELECT CASE WHEN floor(1455 * (n / 7200.0 + sqrt(n / 7200.0)) / 2) >= 1443 THEN 'scheduled'
                                WHEN n % 11 = 3 OR n % 9 = 0 THEN 'cancelled'
                                WHEN n % 17 = 5 OR (n % 23 = 7 AND n > 4000) THEN 'no-show'
                                ELSE 'completed' END AS st) s;

UPDATE appointments SET scheduled_at = scheduled_at - (2 + appointment_id % 5) * interval '1 day'
WHERE extract(isodow FROM scheduled_at) = 7;
UPDATE appointments SET scheduled_at = scheduled_at - (1 + appointment_id % 5) * interval '1 day'
WHERE extract(isodow FROM scheduled_at) = 6 AND appointment_id % 3 <> 0;

INSERT INTO medications
SELECT n, m, c, p
FROM unnest(ARRAY['Amoxicillin','Lisinopril','Metformin','Atorvastatin','Omeprazole',
  'Amlodipine','Levothyroxine','Albuterol','Sertraline','Ibuprofen','Prednisone',
  'Cetirizine','Azithromycin','Losartan','Gabapentin','Hydrochlorothiazide','Fluoxetine',
  'Insulin glargine','Montelukast','Pantoprazole','Warfarin','Clopidogrel','Tramadol',
  'Doxycycline','Escitalopram','Naproxen','Hydrocortisone cream','Tamoxifen',
  'Methotrexate','Latanoprost'],
  ARRAY['antibiotic','antihypertensive','antidiabetic','statin','proton pump inhibitor',
  'antihypertensive','hormone','bronchodilator','antidepressant','analgesic','corticosteroid',
  'antihistamine','antibiotic','antihypertensive','anticonvulsant','diuretic','antidepressant',
  'antidiabetic','antiasthmatic','proton pump inhibitor','anticoagulant','antiplatelet',
  'analgesic','antibiotic','antidepressant','analgesic','corticosteroid','antineoplastic',
  'antineoplastic','ophthalmic'],
  ARRAY[0.45,0.30,0.25,0.60,0.55,0.35,0.40,28.50,0.70,0.15,0.50,0.20,1.95,0.65,0.80,0.18,
  0.75,96.40,1.10,0.90,0.42,1.25,0.95,0.85,0.88,0.22,6.75,2.40,3.10,18.20]::numeric(10,2)[])
  WITH ORDINALITY AS x(m, c, p, n);

INSERT INTO prescriptions
SELECT row_number() OVER (ORDER BY a.appointment_id, k), a.appointment_id,
       CASE WHEN a.appointment_id % 9 = 2 AND k = 1 THEN 10 ELSE 1 + (a.appointment_id * 7 + k * 11) % 27 END,
       (ARRAY[10, 14, 20, 28, 30, 30, 60, 90])[1 + (a.appointment_id * 3 + k) % 8],
       (a.appointment_id + k) % 4,
       a.scheduled_at::date
FROM appointments a
CROSS JOIN generate_series(1, 2) AS k
WHERE a.appointment_status = 'completed'
  AND a.appointment_id % 5 IN (0, 2)
  AND (k = 1 OR a.appointment_id % 10 = 0);

INSERT INTO treatments
SELECT row_number() OVER (ORDER BY a.appointment_id), a.appointment_id, t.name,
       round((t.base + (a.appointment_id * 17) % 40 + (a.appointment_id % 3) * 0.25)::numeric, 2)
FROM appointments a
JOIN (SELECT * FROM unnest(ARRAY['Blood test','X-ray','Electrocardiogram','Vaccination',
        'Physiotherapy session','Wound dressing','Ultrasound','Allergy test','MRI scan',
        'Stitches','Blood test','Vaccination'],
        ARRAY[45, 120, 85, 30, 70, 25, 180, 95, 640, 110, 45, 30])
      WITH ORDINALITY AS x(name, base, k)) t ON t.k = 1 + (a.appointment_id * 5) % 12
WHERE a.appointment_status = 'completed' AND a.appointment_id % 4 IN (1, 2);

INSERT INTO invoices
SELECT row_number() OVER (ORDER BY a.appointment_id), a.appointment_id, a.patient_id,
       a.scheduled_at::date + a.appointment_id % 3,
       a.scheduled_at::date + a.appointment_id % 3 + 30,
       d.consultation_fee + coalesce(t.cost, 0),
       CASE WHEN a.scheduled_at >= '2024-12-01' AND a.appointment_id % 2 = 0 THEN 'unpaid'
            WHEN a.appointment_id % 41 = 0 THEN 'written off'
            WHEN a.appointment_id % 13 = 0 THEN 'unpaid'
            WHEN a.appointment_id % 17 = 0 THEN 'partially paid'
            ELSE 'paid' END
FROM appointments a
JOIN doctors d ON d.doctor_id = a.doctor_id
LEFT JOIN treatments t ON t.appointment_id = a.appointment_id
WHERE a.appointment_status = 'completed';

INSERT INTO payments
SELECT row_number() OVER (ORDER BY i.invoice_id, k), i.invoice_id,
       i.issued_on + (i.invoice_id * 7 + k * 9) % 28,
       CASE WHEN i.invoice_status = 'partially paid' THEN round(i.total_amount / 2, 2)
            WHEN i.invoice_id % 6 = 0 AND k = 1 THEN round(i.total_amount * 0.8, 2)
            WHEN i.invoice_id % 6 = 0 THEN i.total_amount - round(i.total_amount * 0.8, 2)
            ELSE i.total_amount END,
       CASE WHEN p.insurance_provider IS NOT NULL AND (i.invoice_id % 6 = 0 AND k = 1 OR i.invoice_id % 3 = 1) THEN 'insurance'
            ELSE (ARRAY['card','card','cash','bank transfer','card'])[1 + (i.invoice_id + k) % 5] END
FROM invoices i
JOIN patients p ON p.patient_id = i.patient_id
CROSS JOIN generate_series(1, 2) AS k
WHERE i.invoice_status IN ('paid', 'partially paid')
  AND (k = 1 OR (i.invoice_id % 6 = 0 AND i.invoice_status = 'paid'));
