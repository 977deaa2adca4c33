-- Operational data of a group of veterinary practices, used as the sample database of
-- the golden set benches/intent/vet.frozen.yaml. Nothing carries a comment; every row is
-- invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE clinic (
    id                   integer PRIMARY KEY,
    name                 text NOT NULL,
    city                 text NOT NULL,
    street               text,
    phone                varchar(20) NOT NULL,
    opened_on            date NOT NULL,
    exam_rooms           integer NOT NULL,
    has_emergency_service boolean NOT NULL
);
CREATE TABLE staff (
    id             integer PRIMARY KEY,
    clinic_id      integer NOT NULL REFERENCES clinic,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    role           text NOT NULL,
    license_number varchar(20),
    email          varchar(120) NOT NULL,
    hired_on       date NOT NULL,
    left_on        date,
    hourly_rate    numeric(6,2) NOT NULL,
    is_active      boolean NOT NULL
);
CREATE TABLE owner (
    id            integer PRIMARY KEY,
    clinic_id     integer NOT NULL REFERENCES clinic,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         varchar(120),
    phone         varchar(20),
    city          text NOT NULL,
    postcode      varchar(10),
    registered_at timestamptz NOT NULL,
    accepts_marketing boolean NOT NULL
);
CREATE TABLE species (
    id   integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE breed (
    id         integer PRIMARY KEY,
    species_id integer NOT NULL REFERENCES species,
    name       text NOT NULL,
    size_class text NOT NULL
);
CREATE TABLE pet (
    id                integer PRIMARY KEY,
    owner_id          integer NOT NULL REFERENCES owner,
    breed_id          integer NOT NULL REFERENCES breed,
    name              text NOT NULL,
    sex               text NOT NULL,
    birth_date        date,
    weight_kg         numeric(5,2),
    is_neutered       boolean NOT NULL,
    microchip_number  varchar(20),
    registered_on     date NOT NULL,
    deceased_on       date
);
CREATE TABLE visit (
    id             integer PRIMARY KEY,
    pet_id         integer NOT NULL REFERENCES pet,
    clinic_id      integer NOT NULL REFERENCES clinic,
    staff_id       integer NOT NULL REFERENCES staff,
    visit_type     text NOT NULL,
    status         text NOT NULL,
    scheduled_at   timestamp NOT NULL,
    checked_in_at  timestamp,
    checked_out_at timestamp,
    reason         text
);
CREATE TABLE procedure (
    id               integer PRIMARY KEY,
    name             text NOT NULL,
    category         text NOT NULL,
    standard_price   numeric(8,2) NOT NULL,
    duration_minutes integer NOT NULL,
    requires_anaesthesia boolean NOT NULL
);
CREATE TABLE treatment (
    id           integer PRIMARY KEY,
    visit_id     integer NOT NULL REFERENCES visit,
    procedure_id integer NOT NULL REFERENCES procedure,
    quantity     integer NOT NULL,
    unit_price   numeric(8,2) NOT NULL,
    performed_at timestamp NOT NULL
);
CREATE TABLE vaccination (
    id             integer PRIMARY KEY,
    pet_id         integer NOT NULL REFERENCES pet,
    visit_id       integer NOT NULL REFERENCES visit,
    staff_id       integer NOT NULL REFERENCES staff,
    vaccine_name   text NOT NULL,
    administered_on date NOT NULL,
    next_due_on    date,
    batch_number   varchar(20),
    price          numeric(8,2) NOT NULL
);
CREATE TABLE medication (
    id            integer PRIMARY KEY,
    name          text NOT NULL,
    form          text NOT NULL,
    manufacturer  text NOT NULL,
    unit_price    numeric(8,2) NOT NULL,
    is_controlled boolean NOT NULL
);
CREATE TABLE prescription (
    id            integer PRIMARY KEY,
    visit_id      integer NOT NULL REFERENCES visit,
    medication_id integer NOT NULL REFERENCES medication,
    staff_id      integer NOT NULL REFERENCES staff,
    prescribed_on date NOT NULL,
    quantity      integer NOT NULL,
    dosage        text NOT NULL,
    refills       integer NOT NULL,
    unit_price    numeric(8,2) NOT NULL
);
CREATE TABLE invoice (
    id           integer PRIMARY KEY,
    visit_id     integer NOT NULL REFERENCES visit,
    owner_id     integer NOT NULL REFERENCES owner,
    issued_on    date NOT NULL,
    due_on       date NOT NULL,
    total_amount numeric(10,2) NOT NULL,
    status       text NOT NULL
);
CREATE TABLE payment (
    id         integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES invoice,
    paid_at    timestamptz NOT NULL,
    amount     numeric(10,2) NOT NULL,
    method     text NOT NULL,
    reference  varchar(30)
);

INSERT INTO clinic VALUES
 (1, 'Kirkstall Veterinary Centre',     'Leeds',      '14 Abbey Road',        '0113 274 1180', '2009-04-01', 5, true),
 (2, 'Minster Animal Hospital',         'York',       '3 Gillygate',          '01904 622 310', '2012-09-15', 4, false),
 (3, 'Didsbury Pet Clinic',             'Manchester', '221 Wilmslow Road',    '0161 445 9020', '2014-02-03', 4, true),
 (4, 'Clifton Vets',                    'Bristol',    '8 Whiteladies Road',   '0117 973 5521', '2011-06-20', 6, true),
 (5, 'Cowley Road Veterinary Surgery',  'Oxford',     '117 Cowley Road',      '01865 248 733', '2016-01-11', 3, false),
 (6, 'Mill Road Animal Clinic',         'Cambridge',  '52 Mill Road',         '01223 311 404', '2018-03-05', 3, false),
 (7, 'Riverside Veterinary Practice',   'Norwich',    '9 Riverside Walk',     '01603 767 250', '2020-10-12', 4, false),
 (8, 'Ancoats Veterinary Clinic',       'Manchester', NULL,                   '0161 228 4410', '2022-05-16', 3, false);

INSERT INTO staff
SELECT s,
       ((s - 1) % 8) + 1,
       (ARRAY['Emma','Oliver','Sophie','James','Hannah','Thomas','Charlotte','Daniel','Grace','Samuel',
              'Lucy','Matthew','Ella','Benjamin','Chloe','Joseph','Amelia','Ryan','Isla','Adam',
              'Megan','Luke','Freya','Nathan'])[((s * 5) % 24) + 1],
       (ARRAY['Walker','Hughes','Patel','Robinson','Wright','Thompson','Khan','Evans','Green','Hall',
              'Wood','Clarke','Murray','Price','Bennett','Shaw','Fletcher','Doyle'])[((s * 7) % 18) + 1],
       (ARRAY['Veterinarian','Veterinarian','Veterinarian','Veterinary nurse','Technician','Receptionist'])[((s - 1) / 8) + 1],
       CASE WHEN s <= 24 THEN 'RCVS-' || (70412 + s * 37) END,
       'staff' || s || '@pawsgroup.co.uk',
       date '2014-01-06' + ((s * 173) % 3200),
       CASE WHEN s % 13 = 0 THEN date '2024-08-30' + (s % 40) END,
       (ARRAY[46.00, 44.50, 42.00, 24.50, 21.75, 15.20])[((s - 1) / 8) + 1] + (s % 5) * 1.25,
       s % 13 <> 0
FROM generate_series(1, 48) s;

INSERT INTO owner
SELECT g,
       c,
       (ARRAY['Sarah','David','Laura','Michael','Rachel','Paul','Claire','Mark','Helen','Andrew',
              'Emily','Chris','Jessica','Richard','Rebecca','Stephen','Katie','Simon','Anna','Peter',
              'Victoria','Gareth','Natalie','Ian','Jade','Robert','Holly','Martin','Zoe','Alan',
              'Fiona','Gary','Nicola','Kevin','Amy','Neil','Louise','Tom','Priya','Liam'])[((g * 7) % 40) + 1],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Wright','Roberts',
              'Walker','Evans','Green','Hall','Wood','Harris','Lewis','Martin','Jackson','Clarke',
              'Clark','Turner','Hill','Scott','Cooper','Morris','Ward','Moore','King','Watson',
              'Baker','Harrison','Morgan','Patel','Young','Allen','Mitchell','James','Anderson','Phillips'])[((g / 40 + g * 3) % 40) + 1],
       CASE WHEN g % 9 = 0 THEN NULL ELSE 'client' || g || '@' || (ARRAY['gmail.com','outlook.com','yahoo.co.uk','btinternet.com'])[(g % 4) + 1] END,
       CASE WHEN g % 23 = 0 THEN NULL ELSE '07' || lpad(((g * 7919) % 1000000000)::text, 9, '0') END,
       CASE WHEN g % 6 = 0
            THEN (ARRAY['Wakefield','Harrogate','Stockport','Clevedon','Abingdon','Ely','Wymondham','Salford'])[c]
            ELSE (ARRAY['Leeds','York','Manchester','Bristol','Oxford','Cambridge','Norwich','Manchester'])[c] END,
       CASE WHEN g % 17 = 0 THEN NULL ELSE
            (ARRAY['LS5','YO31','M20','BS8','OX4','CB1','NR1','M4'])[c] || ' ' || (g % 9 + 1) || chr(65 + g % 26) || chr(65 + (g * 7) % 26) END,
       timestamptz '2019-01-07 09:00:00+00' + ((g * 211) % 700) * interval '1 day' + (g % 9) * interval '1 hour',
       g % 3 = 0
FROM generate_series(1, 620) g
CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 = 9 THEN 8 ELSE ((g * 3) % 7) + 1 END AS c) x;

INSERT INTO species VALUES
 (1, 'Dog'), (2, 'Cat'), (3, 'Rabbit'), (4, 'Guinea pig'), (5, 'Bird'), (6, 'Reptile');

INSERT INTO breed VALUES
 (1, 1, 'Labrador Retriever', 'Large'),
 (2, 1, 'German Shepherd', 'Large'),
 (3, 1, 'Golden Retriever', 'Large'),
 (4, 1, 'French Bulldog', 'Small'),
 (5, 1, 'Beagle', 'Medium'),
 (6, 1, 'Border Collie', 'Medium'),
 (7, 1, 'Cocker Spaniel', 'Medium'),
 (8, 1, 'Dachshund', 'Small'),
 (9, 1, 'Staffordshire Bull Terrier', 'Medium'),
 (10, 1, 'Jack Russell Terrier', 'Small'),
 (11, 1, 'Cockapoo', 'Medium'),
 (12, 1, 'Cavalier King Charles Spaniel', 'Small'),
 (13, 2, 'Domestic Shorthair', 'Medium'),
 (14, 2, 'Maine Coon', 'Large'),
 (15, 2, 'Siamese', 'Medium'),
 (16, 2, 'British Shorthair', 'Medium'),
 (17, 2, 'Persian', 'Medium'),
 (18, 2, 'Ragdoll', 'Medium'),
 (19, 2, 'Bengal', 'Medium'),
 (20, 2, 'Sphynx', 'Small'),
 (21, 3, 'Holland Lop', 'Small'),
 (22, 3, 'Netherland Dwarf', 'Small'),
 (23, 3, 'Lionhead', 'Small'),
 (24, 3, 'Mini Rex', 'Small'),
 (25, 4, 'Abyssinian', 'Small'),
 (26, 4, 'American', 'Small'),
 (27, 5, 'Budgerigar', 'Small'),
 (28, 5, 'Cockatiel', 'Small'),
 (29, 6, 'Bearded Dragon', 'Small'),
 (30, 6, 'Leopard Gecko', 'Small');

INSERT INTO pet
SELECT g,
       CASE WHEN g <= 600 THEN g ELSE ((g * 13) % 200) + 1 END,
       b,
       (ARRAY['Bella','Max','Luna','Charlie','Daisy','Milo','Poppy','Teddy','Molly','Alfie',
              'Coco','Oscar','Rosie','Buster','Willow','Archie','Lola','Simba','Ruby','Leo',
              'Bonnie','Ollie','Maisie','Bailey','Nala','Jasper','Pepper','Toby','Millie','Rocky',
              'Tilly','Loki','Hazel','Bruno','Misty','Ziggy','Honey','Finn','Cleo','Biscuit'])[((g * 17) % 40) + 1],
       CASE WHEN (g / 3) % 2 = 0 THEN 'Female' ELSE 'Male' END,
       CASE WHEN g % 15 = 0 THEN NULL ELSE date '2006-01-01' + ((g * 389) % 5400) END,
       CASE WHEN g % 29 = 0 THEN NULL ELSE
       CASE WHEN b <= 12 THEN 6.0 + ((g * 7) % 34) + (g % 10) / 10.0
            WHEN b <= 20 THEN 3.0 + ((g * 3) % 4) + (g % 10) / 10.0
            WHEN b <= 24 THEN 1.2 + (g % 13) / 10.0
            WHEN b <= 26 THEN 0.8 + (g % 5) / 10.0
            WHEN b <= 28 THEN 0.04 + (g % 6) / 100.0
            ELSE 0.3 + (g % 4) / 10.0 END END,
       b <= 20 AND g % 3 <> 0,
       CASE WHEN b <= 20 AND g % 6 <> 0 THEN '9826' || lpad(((g * 104729) % 100000000000)::text, 11, '0') END,
       CASE WHEN g <= 859 THEN date '2021-01-04' + ((g * 97) % 360) ELSE date '2024-11-20' + (g - 859) % 30 END,
       NULL
FROM generate_series(1, 900) g
CROSS JOIN LATERAL (SELECT CASE
         WHEN g % 20 < 10 THEN (ARRAY[1,1,1,1,4,4,4,11,11,11,3,3,2,5,6,7,8,9,10,12])[(((g / 20) * 7 + g % 20) % 20) + 1]
         WHEN g % 20 < 16 THEN (ARRAY[13,13,13,13,13,16,16,16,14,14,18,15,19,17,20,13])[(((g / 20) * 5 + g % 20) % 16) + 1]
         WHEN g % 20 < 18 THEN ((g / 20) % 4) + 21
         WHEN g % 20 = 18 THEN ((g / 20) % 4) + 25
         ELSE ((g / 20) % 2) + 29 END AS b) x;

INSERT INTO visit
SELECT g, p.id, o.clinic_id, o.clinic_id + 8 * (g % 3), t.visit_type, t.status, t.sched,
       CASE WHEN t.status = 'Completed' THEN t.sched + ((g % 9) - 3) * interval '1 minute' END,
       CASE WHEN t.status = 'Completed' THEN t.sched + ((g % 9) - 3) * interval '1 minute'
            + (CASE t.visit_type WHEN 'Surgery' THEN 240 WHEN 'Dental' THEN 150 WHEN 'Emergency' THEN 90 ELSE 20 + g % 15 END) * interval '1 minute' END,
       CASE WHEN g % 8 = 0 THEN NULL ELSE
       CASE t.visit_type
            WHEN 'Checkup' THEN (ARRAY['Annual health check','Weight check','Senior wellness check','Post-operative check'])[(g % 4) + 1]
            WHEN 'Vaccination' THEN (ARRAY['Annual booster','Puppy/kitten course','Booster due'])[(g % 3) + 1]
            WHEN 'Illness' THEN (ARRAY['Vomiting','Diarrhoea','Limping','Skin irritation','Ear infection','Coughing','Not eating'])[(g % 7) + 1]
            WHEN 'Dental' THEN (ARRAY['Bad breath','Tartar build-up','Broken tooth'])[(g % 3) + 1]
            WHEN 'Surgery' THEN (ARRAY['Neutering','Lump removal','Wound','Fracture'])[(g % 4) + 1]
            ELSE (ARRAY['Hit by car','Poisoning','Bleeding','Collapse','Breathing difficulty'])[(g % 5) + 1] END END
FROM generate_series(1, 2000) g
JOIN pet p ON p.id = ((g * 37) % 859) + 1
JOIN owner o ON o.id = p.owner_id
JOIN breed b ON b.id = p.breed_id
CROSS JOIN LATERAL (SELECT
    CASE WHEN g % 10 IN (3, 4) AND b.species_id > 3 THEN 'Checkup'
         ELSE (ARRAY['Checkup','Checkup','Checkup','Vaccination','Vaccination','Illness','Illness','Dental','Surgery','Emergency'])[(g % 10) + 1] END AS visit_type,
    CASE WHEN g % 20 = 0 THEN 'Cancelled' WHEN g % 20 = 7 THEN 'No-show' ELSE 'Completed' END AS status,
    timestamp '2022-01-01 08:00:00' + ((g * 547) % 1096) * interval '1 day' + (g % 18) * interval '30 minutes' AS sched) t;

UPDATE pet SET deceased_on = (SELECT max(v.scheduled_at)::date FROM visit v WHERE v.pet_id = pet.id)
WHERE id % 47 = 0 AND id <= 859;

INSERT INTO procedure VALUES
 (1, 'Wellness examination', 'Consultation', 55.00, 20, false),
 (2, 'Emergency consultation', 'Consultation', 120.00, 30, false),
 (3, 'Complete blood count', 'Diagnostics', 68.00, 15, false),
 (4, 'Biochemistry panel', 'Diagnostics', 95.00, 15, false),
 (5, 'Urinalysis', 'Diagnostics', 42.00, 10, false),
 (6, 'Faecal examination', 'Diagnostics', 35.00, 10, false),
 (7, 'Digital X-ray', 'Imaging', 145.00, 30, false),
 (8, 'Abdominal ultrasound', 'Imaging', 210.00, 40, false),
 (9, 'Dental scale and polish', 'Dental', 240.00, 60, true),
 (10, 'Tooth extraction', 'Dental', 180.00, 45, true),
 (11, 'Spay', 'Surgery', 420.00, 90, true),
 (12, 'Castration', 'Surgery', 280.00, 60, true),
 (13, 'Lump removal', 'Surgery', 520.00, 90, true),
 (14, 'Wound repair', 'Surgery', 310.00, 60, true),
 (15, 'Fracture repair', 'Surgery', 1450.00, 180, true),
 (16, 'Nail clipping', 'Preventive', 18.00, 10, false),
 (17, 'Microchipping', 'Preventive', 39.00, 10, false),
 (18, 'Flea and tick treatment', 'Preventive', 28.00, 10, false),
 (19, 'Worming treatment', 'Preventive', 22.00, 5, false),
 (20, 'Intravenous fluids', 'Hospitalisation', 85.00, 60, false),
 (21, 'Overnight hospitalisation', 'Hospitalisation', 160.00, 720, false),
 (22, 'Ear cleaning', 'Preventive', 32.00, 15, false),
 (23, 'Allergy testing', 'Diagnostics', 190.00, 30, false),
 (24, 'Euthanasia', 'End of life', 250.00, 45, true),
 (25, 'Individual cremation', 'End of life', 180.00, 0, false);

INSERT INTO treatment
SELECT row_number() OVER (ORDER BY x.visit_id, x.ord),
       x.visit_id, pr.id,
       CASE WHEN pr.id IN (20, 21) THEN 1 + x.visit_id % 3 ELSE 1 END,
       CASE WHEN x.visit_id % 11 = 0 THEN round(pr.standard_price * 0.9, 2) ELSE pr.standard_price END,
       x.at + x.ord * interval '10 minutes'
FROM (
    SELECT v.id AS visit_id, 1 AS ord, v.checked_in_at AS at,
           CASE v.visit_type
                WHEN 'Emergency' THEN 2
                WHEN 'Dental' THEN 9
                WHEN 'Surgery' THEN CASE (v.id / 10) % 5
                                         WHEN 0 THEN CASE WHEN p.sex = 'Female' THEN 11 ELSE 12 END
                                         WHEN 1 THEN CASE WHEN p.sex = 'Female' THEN 11 ELSE 12 END
                                         WHEN 2 THEN 13 WHEN 3 THEN 14 ELSE 15 END
                ELSE 1 END AS proc
    FROM visit v JOIN pet p ON p.id = v.pet_id
    WHERE v.status = 'Completed'
    UNION ALL
    SELECT v.id, 2, v.checked_in_at, (ARRAY[3,4,5,6,7,8,16,17,18,19,20,21,22,23])[((v.id / 8) % 14) + 1]
    FROM visit v
    WHERE v.status = 'Completed' AND v.id % 8 = 0
) x
JOIN procedure pr ON pr.id = x.proc;

INSERT INTO vaccination
SELECT row_number() OVER (ORDER BY v.id, k.n),
       v.pet_id, v.id, v.staff_id,
       CASE b.species_id
            WHEN 1 THEN (ARRAY['DHPP','Leptospirosis','Kennel cough','Rabies'])[((v.id + k.n) % 4) + 1]
            WHEN 2 THEN (ARRAY['Cat flu (FVRCP)','Feline leukaemia (FeLV)','Rabies'])[((v.id + k.n) % 3) + 1]
            ELSE 'Myxomatosis-RHD' END,
       v.scheduled_at::date,
       CASE WHEN v.id % 19 = 0 THEN NULL ELSE v.scheduled_at::date + 365 END,
       CASE WHEN v.id % 13 = 0 THEN NULL ELSE 'B' || to_char(v.scheduled_at, 'YYMM') || '-' || lpad((v.id % 997)::text, 3, '0') END,
       CASE b.species_id WHEN 1 THEN 52.00 WHEN 2 THEN 48.00 ELSE 39.50 END
FROM visit v
JOIN pet p ON p.id = v.pet_id
JOIN breed b ON b.id = p.breed_id
CROSS JOIN LATERAL generate_series(1, CASE WHEN b.species_id = 1 AND v.id % 2 = 0 THEN 2 ELSE 1 END) AS k(n)
WHERE v.visit_type = 'Vaccination' AND v.status = 'Completed';

INSERT INTO medication VALUES
 (1, 'Amoxicillin 250 mg', 'Tablet', 'Norbrook', 0.85, false),
 (2, 'Amoxicillin-clavulanate 500 mg', 'Tablet', 'Zoetis', 1.40, false),
 (3, 'Meloxicam oral suspension', 'Oral suspension', 'Boehringer Ingelheim', 18.50, false),
 (4, 'Carprofen 50 mg', 'Tablet', 'Zoetis', 0.95, false),
 (5, 'Robenacoxib 6 mg', 'Tablet', 'Elanco', 2.10, false),
 (6, 'Gabapentin 100 mg', 'Capsule', 'Dechra', 0.60, true),
 (7, 'Tramadol 50 mg', 'Tablet', 'Dechra', 0.45, true),
 (8, 'Buprenorphine injection', 'Injection', 'Ceva', 14.00, true),
 (9, 'Maropitant 16 mg', 'Tablet', 'Zoetis', 3.20, false),
 (10, 'Metronidazole 200 mg', 'Tablet', 'Norbrook', 0.70, false),
 (11, 'Cefalexin 500 mg', 'Capsule', 'Virbac', 1.10, false),
 (12, 'Doxycycline 100 mg', 'Tablet', 'Virbac', 0.90, false),
 (13, 'Prednisolone 5 mg', 'Tablet', 'Dechra', 0.25, false),
 (14, 'Oclacitinib 16 mg', 'Tablet', 'Zoetis', 2.75, false),
 (15, 'Chlorhexidine shampoo', 'Topical', 'Virbac', 16.90, false),
 (16, 'Otic ear drops', 'Topical', 'Elanco', 21.40, false),
 (17, 'Fluorescein eye drops', 'Topical', 'Bausch', 9.80, false),
 (18, 'Omeprazole 10 mg', 'Capsule', 'Norbrook', 0.55, false),
 (19, 'Furosemide 40 mg', 'Tablet', 'Ceva', 0.40, false),
 (20, 'Pimobendan 5 mg', 'Tablet', 'Boehringer Ingelheim', 1.85, false),
 (21, 'Levothyroxine 0.2 mg', 'Tablet', 'Dechra', 0.35, false),
 (22, 'Methimazole 5 mg', 'Tablet', 'Dechra', 0.50, false),
 (23, 'Insulin (porcine) 40 IU/ml', 'Injection', 'MSD Animal Health', 62.00, false),
 (24, 'Phenobarbital 30 mg', 'Tablet', 'Dechra', 0.30, true),
 (25, 'Diazepam 5 mg', 'Tablet', 'Teva', 0.35, true),
 (26, 'Fipronil spot-on', 'Topical', 'Merial', 7.50, false),
 (27, 'Milbemycin-praziquantel', 'Tablet', 'Elanco', 5.90, false),
 (28, 'Lactulose syrup', 'Oral suspension', 'Norbrook', 8.40, false),
 (29, 'Renal support paste', 'Oral suspension', 'Virbac', 14.20, false),
 (30, 'Ivermectin injection', 'Injection', 'MSD Animal Health', 11.60, false);

INSERT INTO prescription
SELECT row_number() OVER (ORDER BY v.id),
       v.id, m.id, v.staff_id, v.scheduled_at::date,
       CASE WHEN m.form IN ('Tablet', 'Capsule') THEN 10 + (v.id % 4) * 7 ELSE 1 END,
       (ARRAY['Once daily with food','Twice daily for 7 days','Every 12 hours','Three times daily','Once daily for 5 days','As directed'])[(v.id % 6) + 1],
       CASE WHEN v.id % 7 = 0 THEN 2 WHEN v.id % 4 = 0 THEN 1 ELSE 0 END,
       m.unit_price
FROM visit v
JOIN medication m ON m.id = (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,3,3,3,3,1,1,1,4,4,9])[((v.id * 7 + v.id / 10) % 40) + 1]
WHERE v.status = 'Completed'
  AND (v.visit_type IN ('Illness', 'Surgery', 'Emergency', 'Dental') OR (v.visit_type = 'Checkup' AND v.id % 7 = 0));

INSERT INTO invoice
SELECT row_number() OVER (ORDER BY v.id),
       v.id, p.owner_id, v.scheduled_at::date, v.scheduled_at::date + 30,
       coalesce((SELECT sum(t.quantity * t.unit_price) FROM treatment t WHERE t.visit_id = v.id), 0)
     + coalesce((SELECT sum(va.price) FROM vaccination va WHERE va.visit_id = v.id), 0)
     + coalesce((SELECT sum(pr.quantity * pr.unit_price) FROM prescription pr WHERE pr.visit_id = v.id), 0),
       CASE WHEN v.id % 17 = 0 THEN 'Void'
            WHEN v.scheduled_at >= timestamp '2024-12-05' AND v.id % 2 = 0 THEN 'Unpaid'
            WHEN v.id % 13 = 0 THEN 'Unpaid'
            WHEN v.id % 9 = 0 THEN 'Partially paid'
            ELSE 'Paid' END
FROM visit v
JOIN pet p ON p.id = v.pet_id
WHERE v.status = 'Completed';

INSERT INTO payment
SELECT row_number() OVER (ORDER BY x.invoice_id, x.part),
       x.invoice_id,
       ((x.issued_on + (x.invoice_id % 12) + (x.part - 1) * 14) + time '10:15' + (x.invoice_id % 7) * interval '1 hour') AT TIME ZONE 'Europe/London',
       x.amount,
       CASE WHEN x.invoice_id % 10 = 0 THEN 'Pet insurance'
            ELSE (ARRAY['Card','Card','Card','Cash','Bank transfer'])[(x.invoice_id % 5) + 1] END,
       CASE WHEN x.invoice_id % 5 = 4 OR x.invoice_id % 10 = 0 THEN 'REF' || lpad((x.invoice_id * 31 + x.part)::text, 7, '0') END
FROM (
    SELECT i.id AS invoice_id, i.issued_on, 1 AS part,
           CASE WHEN i.status = 'Partially paid' THEN round(i.total_amount * 0.5, 2)
                WHEN i.id % 6 = 0 THEN round(i.total_amount * 0.4, 2)
                ELSE i.total_amount END AS amount
    FROM invoice i WHERE i.status IN ('Paid', 'Partially paid')
    UNION ALL
    SELECT i.id, i.issued_on, 2, i.total_amount - round(i.total_amount * 0.4, 2)
    FROM invoice i WHERE i.status = 'Paid' AND i.id % 6 = 0
) x;
