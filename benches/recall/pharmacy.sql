-- Operational data of a retail pharmacy chain in the Mountain West, used as the sample database
-- of the golden set benches/intent/pharmacy.yaml. Nothing carries a comment; every row is
-- invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE stores (
    storeid       integer PRIMARY KEY,
    storename     text NOT NULL,
    city          text NOT NULL,
    state         varchar(2) NOT NULL,
    address       text,
    phone         varchar(20),
    openeddate    date NOT NULL,
    hasdrivethru  boolean NOT NULL,
    is24hours     boolean NOT NULL
);
CREATE TABLE pharmacists (
    pharmacistid         integer PRIMARY KEY,
    firstname            text NOT NULL,
    lastname             text NOT NULL,
    licensenumber        varchar(20) NOT NULL,
    storeid              integer NOT NULL REFERENCES stores,
    hiredate             date NOT NULL,
    hourlyrate           numeric(6,2) NOT NULL,
    employmenttype       text NOT NULL,
    ispharmacistincharge boolean NOT NULL,
    email                varchar(120)
);
CREATE TABLE insuranceplans (
    planid       integer PRIMARY KEY,
    planname     text NOT NULL,
    carrier      text NOT NULL,
    plantype     text NOT NULL,
    genericcopay numeric(6,2) NOT NULL,
    brandcopay   numeric(6,2) NOT NULL,
    deductible   numeric(8,2) NOT NULL,
    isactive     boolean NOT NULL
);
CREATE TABLE patients (
    patientid    integer PRIMARY KEY,
    firstname    text NOT NULL,
    lastname     text NOT NULL,
    dateofbirth  date NOT NULL,
    gender       text NOT NULL,
    city         text NOT NULL,
    phone        varchar(20),
    email        varchar(120),
    planid       integer REFERENCES insuranceplans,
    memberid     varchar(20),
    allergies    text,
    createdat    timestamptz NOT NULL
);
CREATE TABLE prescribers (
    prescriberid integer PRIMARY KEY,
    firstname    text NOT NULL,
    lastname     text NOT NULL,
    credential   varchar(10) NOT NULL,
    specialty    text NOT NULL,
    npi          varchar(10) NOT NULL,
    clinicname   text NOT NULL,
    city         text NOT NULL,
    phone        varchar(20)
);
CREATE TABLE suppliers (
    supplierid       integer PRIMARY KEY,
    suppliername     text NOT NULL,
    city             text NOT NULL,
    state            varchar(2) NOT NULL,
    contactemail     varchar(120),
    phone            varchar(20),
    paymenttermsdays integer NOT NULL,
    leadtimedays     integer NOT NULL,
    isactive         boolean NOT NULL
);
CREATE TABLE drugcategories (
    categoryid   integer PRIMARY KEY,
    categoryname text NOT NULL,
    description  text
);
CREATE TABLE drugs (
    drugid             integer PRIMARY KEY,
    drugname           text NOT NULL,
    genericname        text NOT NULL,
    categoryid         integer NOT NULL REFERENCES drugcategories,
    strength           varchar(30) NOT NULL,
    dosageform         text NOT NULL,
    isgeneric          boolean NOT NULL,
    controlledschedule varchar(3),
    manufacturer       text NOT NULL,
    unitprice          numeric(8,2) NOT NULL,
    supplierid         integer NOT NULL REFERENCES suppliers
);
CREATE TABLE prescriptions (
    prescriptionid     integer PRIMARY KEY,
    patientid          integer NOT NULL REFERENCES patients,
    prescriberid       integer NOT NULL REFERENCES prescribers,
    drugid             integer NOT NULL REFERENCES drugs,
    writtendate        date NOT NULL,
    receivedat         timestamp NOT NULL,
    quantityprescribed integer NOT NULL,
    daysupply          integer NOT NULL,
    refillsallowed     integer NOT NULL,
    directions         text NOT NULL,
    status             text NOT NULL,
    expirationdate     date NOT NULL,
    notes              text
);
CREATE TABLE prescriptionfills (
    fillid            integer PRIMARY KEY,
    prescriptionid    integer NOT NULL REFERENCES prescriptions,
    storeid           integer NOT NULL REFERENCES stores,
    pharmacistid      integer NOT NULL REFERENCES pharmacists,
    refillnumber      integer NOT NULL,
    filledat          timestamp NOT NULL,
    quantitydispensed integer NOT NULL,
    totalprice        numeric(10,2) NOT NULL,
    copayamount       numeric(10,2) NOT NULL,
    status            text NOT NULL,
    pickedupat        timestamp
);
CREATE TABLE insuranceclaims (
    claimid         integer PRIMARY KEY,
    fillid          integer NOT NULL REFERENCES prescriptionfills,
    planid          integer NOT NULL REFERENCES insuranceplans,
    submittedat     timestamp NOT NULL,
    billedamount    numeric(10,2) NOT NULL,
    paidamount      numeric(10,2),
    status          text NOT NULL,
    rejectionreason text,
    adjudicateddate date
);
CREATE TABLE inventory (
    inventoryid    integer PRIMARY KEY,
    storeid        integer NOT NULL REFERENCES stores,
    drugid         integer NOT NULL REFERENCES drugs,
    quantityonhand integer NOT NULL,
    reorderlevel   integer NOT NULL,
    lotnumber      varchar(20),
    expirationdate date,
    lastcountedat  timestamp NOT NULL,
    UNIQUE (storeid, drugid)
);
CREATE TABLE purchaseorders (
    purchaseorderid      integer PRIMARY KEY,
    supplierid           integer NOT NULL REFERENCES suppliers,
    storeid              integer NOT NULL REFERENCES stores,
    pharmacistid         integer REFERENCES pharmacists,
    orderdate            date NOT NULL,
    expecteddeliverydate date NOT NULL,
    receiveddate         date,
    status               text NOT NULL,
    totalamount          numeric(12,2) NOT NULL
);
CREATE TABLE purchaseorderlines (
    purchaseorderlineid integer PRIMARY KEY,
    purchaseorderid     integer NOT NULL REFERENCES purchaseorders,
    drugid              integer NOT NULL REFERENCES drugs,
    quantityordered     integer NOT NULL,
    quantityreceived    integer,
    unitcost            numeric(8,2) NOT NULL
);

INSERT INTO stores VALUES
  (1, 'Summit Pharmacy LoDo', 'Denver', 'CO', '1650 Wynkoop St', '303-555-0141', '2012-05-14', false, false),
  (2, 'Summit Pharmacy Cherry Creek', 'Denver', 'CO', '245 Columbine St', '303-555-0177', '2015-09-01', true, true),
  (3, 'Summit Pharmacy Pearl Street', 'Boulder', 'CO', '1440 Pearl St', '303-555-0192', '2014-03-10', false, false),
  (4, 'Summit Pharmacy Old Colorado City', 'Colorado Springs', 'CO', '2418 W Colorado Ave', '719-555-0110', '2016-06-20', true, false),
  (5, 'Summit Pharmacy Old Town', 'Fort Collins', 'CO', '150 N College Ave', '970-555-0133', '2017-11-06', true, false),
  (6, 'Summit Pharmacy Southlands', 'Aurora', 'CO', '6240 S Main St', NULL, '2019-02-18', true, true),
  (7, 'Summit Pharmacy Belmont', 'Pueblo', 'CO', '1001 Bonforte Blvd', '719-555-0158', '2018-08-13', true, false),
  (8, 'Summit Pharmacy Capitol', 'Cheyenne', 'WY', '1720 Carey Ave', '307-555-0124', '2020-04-27', false, false),
  (9, 'Summit Pharmacy Canyon Road', 'Santa Fe', 'NM', '530 Canyon Rd', '505-555-0166', '2021-07-12', false, false),
  (10, 'Summit Pharmacy Nob Hill', 'Albuquerque', 'NM', '3500 Central Ave SE', '505-555-0185', '2022-03-07', true, true);

INSERT INTO pharmacists
SELECT n,
       (ARRAY['Rebecca','Daniel','Mei','Jonathan','Fatima','Gregory','Anita','Victor','Holly','Samuel',
              'Yuki','Patricia','Hector','Lena','Marcus','Deepa','Owen','Claire','Tomas','Renee',
              'Brian','Ngozi','Kristen','Adrian','Maria','Phillip','Janelle','Kenji','Monica','Elliot'])[n],
       (ARRAY['Albright','Baxter','Chen','Delacroix','Rahman','Eastwood','Fernandes','Gutierrez','Hollis','Ingram',
              'Tanaka','Jorgensen','Morales','Kessler','Lambert','Iyer','McAllister','Nakamura','Ostrowski','Pellerin',
              'Quintero','Okonkwo','Rasmussen','Serrano','Trujillo','Upton','Vance','Watanabe','Yazzie','Zeller'])[n],
       (ARRAY['CO','CO','CO','CO','CO','CO','CO','WY','NM','NM'])[1 + (n - 1) / 3] || 'RPH-' || lpad((4100 + n * 271)::text, 6, '0'),
       1 + (n - 1) / 3,
       DATE '2012-06-01' + (n * 211) % 3900,
       CASE WHEN (n - 1) % 3 = 0 THEN 68.50 + (n % 5) * 1.25 ELSE 58.00 + (n * 7) % 9 + CASE WHEN n % 2 = 0 THEN 0.75 ELSE 0 END END,
       CASE WHEN (n - 1) % 3 = 2 AND n % 2 = 0 THEN 'part-time' WHEN n % 13 = 0 THEN 'per diem' ELSE 'full-time' END,
       (n - 1) % 3 = 0,
       CASE WHEN n % 8 = 5 THEN NULL ELSE lower((ARRAY['Rebecca','Daniel','Mei','Jonathan','Fatima','Gregory','Anita','Victor','Holly','Samuel',
              'Yuki','Patricia','Hector','Lena','Marcus','Deepa','Owen','Claire','Tomas','Renee',
              'Brian','Ngozi','Kristen','Adrian','Maria','Phillip','Janelle','Kenji','Monica','Elliot'])[n]) || '.' || n || '@summitrx.example' END
FROM generate_series(1, 30) AS n;

-- Nobody is hired before the store opens.
UPDATE pharmacists p SET hiredate = s.openeddate + (p.pharmacistid * 11) % 120
FROM stores s
WHERE s.storeid = p.storeid AND p.hiredate < s.openeddate;

INSERT INTO insuranceplans VALUES
  (1, 'Gold PPO', 'BlueCross BlueShield', 'commercial', 5.00, 25.00, 500.00, true),
  (2, 'Silver HMO', 'BlueCross BlueShield', 'commercial', 10.00, 40.00, 1500.00, true),
  (3, 'Bronze HDHP', 'Aetna', 'commercial', 15.00, 60.00, 3500.00, true),
  (4, 'Choice Plus', 'UnitedHealthcare', 'commercial', 10.00, 35.00, 1000.00, true),
  (5, 'Open Access Plus', 'Cigna', 'commercial', 8.00, 30.00, 750.00, true),
  (6, 'Medicare Part D Basic', 'Humana', 'medicare', 4.00, 47.00, 505.00, true),
  (7, 'Medicare Part D Premier', 'Humana', 'medicare', 2.00, 20.00, 0.00, true),
  (8, 'Health First Colorado', 'Colorado Medicaid', 'medicaid', 0.00, 3.00, 0.00, true),
  (9, 'Classic Indemnity', 'Anthem', 'commercial', 12.00, 45.00, 2000.00, false);

INSERT INTO patients
SELECT n,
       (ARRAY['Emma','Liam','Olivia','Noah','Ava','Elijah','Sophia','James','Isabella','William',
              'Mia','Benjamin','Charlotte','Lucas','Amelia','Henry','Harper','Alexander','Evelyn','Jackson',
              'Abigail','Sebastian','Emily','Mateo','Ella','Jack','Camila','Owen','Luna','Daniel',
              'Gloria','Harold','Dorothy','Walter','Betty','Raymond','Shirley','Eugene','Joan','Ruth'])[1 + n % 40],
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
              'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
              'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores',
              'Green','Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell','Carter','Roberts'])[1 + (n / 40 + 7 * (n % 40)) % 50],
       DATE '1938-01-01' + (n * 7919) % 30000,
       CASE WHEN n % 2 = 0 THEN 'F' WHEN n % 53 = 7 THEN 'X' ELSE 'M' END,
       (ARRAY['Denver','Denver','Denver','Boulder','Colorado Springs','Colorado Springs','Fort Collins','Aurora',
              'Aurora','Pueblo','Cheyenne','Santa Fe','Albuquerque','Albuquerque','Lakewood','Littleton'])[1 + (n * 5 + n / 7) % 16],
       CASE WHEN n % 6 = 0 THEN NULL ELSE (ARRAY['303','720','719','970','307','505'])[1 + n % 6] || '-555-' || lpad(((n * 53) % 10000)::text, 4, '0') END,
       CASE WHEN n % 4 = 1 THEN NULL ELSE 'patient' || n || '@mailbox.example' END,
       CASE WHEN n % 10 = 3 THEN NULL ELSE (ARRAY[1,2,2,3,4,4,5,6,6,7,8,1,4,2])[1 + (n * 3 + n / 5) % 14] END,
       NULL,
       CASE WHEN n % 5 IN (1, 2, 3) THEN NULL
            ELSE (ARRAY['Penicillin','Sulfa drugs','Codeine','Latex','Aspirin','Penicillin','Ibuprofen'])[1 + n % 7] END,
       TIMESTAMPTZ '2019-03-01 09:00:00+00' + ((n * 2113) % 2000) * interval '1 day' + ((n * 37) % 540) * interval '1 minute'
FROM generate_series(1, 800) AS n;

UPDATE patients SET memberid = upper(substr(md5('member' || patientid), 1, 3)) || lpad(((patientid * 7919) % 1000000)::text, 8, '0')
WHERE planid IS NOT NULL;

INSERT INTO prescribers
SELECT n,
       (ARRAY['Alan','Beth','Carmen','David','Elena','Frank','Gina','Howard','Irene','Joel',
              'Karen','Louis','Maya','Nathan','Olga','Paul','Rosa','Stephen','Teresa','Umar'])[1 + n % 20],
       (ARRAY['Abbott','Bauer','Cruz','Dunbar','Ellison','Fairbanks','Goldberg','Hartman','Ibarra','Jameson',
              'Keller','Lindholm','Mendez','Norwood','Oyelaran','Prescott','Quade','Rosenthal','Sandoval','Tillman',
              'Ulrich','Valdez','Whitfield','Xiong','Yoder','Zamora','Becker','Castillo','Donovan','Estrada'])[1 + (n * 7) % 30],
       CASE WHEN n % 12 = 5 THEN 'DDS' WHEN n % 9 = 4 THEN 'NP' WHEN n % 11 = 2 THEN 'PA-C' WHEN n % 7 = 0 THEN 'DO' ELSE 'MD' END,
       CASE WHEN n % 12 = 5 THEN 'Dentistry'
            ELSE (ARRAY['Family Medicine','Internal Medicine','Family Medicine','Cardiology','Psychiatry','Pediatrics',
                        'Endocrinology','Internal Medicine','Pulmonology','Neurology','Family Medicine','Gastroenterology'])[1 + n % 12] END,
       (1000000000 + (n * 48611) % 900000000)::text,
       (ARRAY['Front Range Family Health','Mile High Internal Medicine','Rocky Mountain Heart Center','Foothills Behavioral Health',
              'Peak Pediatrics','Centennial Endocrine Clinic','Aspen Pulmonary Associates','Pikes Peak Medical Group',
              'Poudre Valley Clinic','High Plains Neurology','Sangre de Cristo Medical','Rio Grande Family Practice'])[1 + n % 12],
       (ARRAY['Denver','Boulder','Colorado Springs','Fort Collins','Aurora','Pueblo','Cheyenne','Santa Fe','Albuquerque','Denver'])[1 + (n * 3) % 10],
       CASE WHEN n % 7 = 3 THEN NULL ELSE (ARRAY['303','720','719','970','307','505'])[1 + n % 6] || '-555-' || lpad(((n * 97) % 10000)::text, 4, '0') END
FROM generate_series(1, 60) AS n;

INSERT INTO suppliers VALUES
  (1, 'McKesson', 'Aurora', 'CO', 'orders.denver@mckesson.example', '800-555-0101', 30, 1, true),
  (2, 'Cardinal Health', 'Denver', 'CO', 'rx.mountain@cardinal.example', '800-555-0102', 30, 2, true),
  (3, 'AmerisourceBergen', 'Salt Lake City', 'UT', 'westregion@amerisource.example', '800-555-0103', 45, 2, true),
  (4, 'Anda Inc', 'Weston', 'FL', NULL, '800-555-0104', 30, 4, true),
  (5, 'Smith Drug Company', 'Spartanburg', 'SC', 'sales@smithdrug.example', NULL, 21, 5, true),
  (6, 'Morris & Dickson', 'Shreveport', 'LA', 'accounts@morrisdickson.example', '800-555-0106', 30, 4, true),
  (7, 'Kinray', 'Whitestone', 'NY', 'support@kinray.example', '800-555-0107', 15, 6, false),
  (8, 'Rochester Drug Cooperative', 'Rochester', 'NY', NULL, '800-555-0108', 30, 7, false);

INSERT INTO drugcategories VALUES
  (1, 'Antibiotics', 'Drugs that treat bacterial infections'),
  (2, 'Blood Pressure', 'Antihypertensives: ACE inhibitors, ARBs, beta blockers, calcium channel blockers'),
  (3, 'Cholesterol', 'Statins and other lipid-lowering drugs'),
  (4, 'Diabetes', 'Oral antidiabetics, GLP-1 agonists and insulins'),
  (5, 'Pain Relief', 'NSAIDs and opioid analgesics'),
  (6, 'Antidepressants', NULL),
  (7, 'Blood Thinners', 'Anticoagulants and antiplatelets'),
  (8, 'Respiratory', 'Asthma and COPD inhalers, leukotriene inhibitors'),
  (9, 'Gastrointestinal', 'Acid reducers and antiemetics'),
  (10, 'Allergy', NULL),
  (11, 'Thyroid', 'Thyroid hormone replacement and antithyroid drugs'),
  (12, 'Neurology', 'Anticonvulsants and nerve pain');

INSERT INTO drugs VALUES
  (1, 'Amoxicillin', 'amoxicillin', 1, '500 mg', 'capsule', true, NULL, 'Aurobindo', 0.28, 1),
  (2, 'Azithromycin', 'azithromycin', 1, '250 mg', 'tablet', true, NULL, 'Teva', 1.45, 1),
  (3, 'Ciprofloxacin', 'ciprofloxacin', 1, '500 mg', 'tablet', true, NULL, 'Dr. Reddy''s', 0.62, 2),
  (4, 'Doxycycline Hyclate', 'doxycycline', 1, '100 mg', 'capsule', true, NULL, 'Mylan', 0.95, 3),
  (5, 'Augmentin', 'amoxicillin/clavulanate', 1, '875-125 mg', 'tablet', false, NULL, 'GlaxoSmithKline', 6.80, 2),
  (6, 'Lisinopril', 'lisinopril', 2, '10 mg', 'tablet', true, NULL, 'Lupin', 0.09, 1),
  (7, 'Amlodipine', 'amlodipine besylate', 2, '5 mg', 'tablet', true, NULL, 'Greenstone', 0.11, 1),
  (8, 'Losartan', 'losartan potassium', 2, '50 mg', 'tablet', true, NULL, 'Torrent', 0.14, 2),
  (9, 'Metoprolol Succinate ER', 'metoprolol succinate', 2, '50 mg', 'tablet', true, NULL, 'Par', 0.32, 3),
  (10, 'Diovan', 'valsartan', 2, '160 mg', 'tablet', false, NULL, 'Novartis', 9.75, 2),
  (11, 'Atorvastatin', 'atorvastatin calcium', 3, '20 mg', 'tablet', true, NULL, 'Apotex', 0.12, 1),
  (12, 'Simvastatin', 'simvastatin', 3, '40 mg', 'tablet', true, NULL, 'Accord', 0.10, 1),
  (13, 'Rosuvastatin', 'rosuvastatin calcium', 3, '10 mg', 'tablet', true, NULL, 'Sun Pharma', 0.21, 3),
  (14, 'Crestor', 'rosuvastatin calcium', 3, '10 mg', 'tablet', false, NULL, 'AstraZeneca', 11.40, 2),
  (15, 'Pravastatin', 'pravastatin sodium', 3, '40 mg', 'tablet', true, NULL, 'Glenmark', 0.18, 4),
  (16, 'Metformin', 'metformin hydrochloride', 4, '500 mg', 'tablet', true, NULL, 'Granules', 0.07, 1),
  (17, 'Glipizide', 'glipizide', 4, '5 mg', 'tablet', true, NULL, 'Zydus', 0.13, 1),
  (18, 'Januvia', 'sitagliptin', 4, '100 mg', 'tablet', false, NULL, 'Merck', 18.90, 2),
  (19, 'Ozempic', 'semaglutide', 4, '1 mg/dose', 'pen injector', false, NULL, 'Novo Nordisk', 245.00, 3),
  (20, 'Lantus SoloStar', 'insulin glargine', 4, '100 units/mL', 'pen injector', false, NULL, 'Sanofi', 68.50, 3),
  (21, 'Ibuprofen', 'ibuprofen', 5, '800 mg', 'tablet', true, NULL, 'Amneal', 0.16, 1),
  (22, 'Tramadol', 'tramadol hydrochloride', 5, '50 mg', 'tablet', true, 'IV', 'Sun Pharma', 0.24, 1),
  (23, 'Hydrocodone-Acetaminophen', 'hydrocodone bitartrate/acetaminophen', 5, '5-325 mg', 'tablet', true, 'II', 'Rhodes', 0.55, 2),
  (24, 'Oxycodone', 'oxycodone hydrochloride', 5, '5 mg', 'tablet', true, 'II', 'KVK-Tech', 0.48, 2),
  (25, 'Meloxicam', 'meloxicam', 5, '15 mg', 'tablet', true, NULL, 'Cipla', 0.10, 4),
  (26, 'Sertraline', 'sertraline hydrochloride', 6, '50 mg', 'tablet', true, NULL, 'Aurobindo', 0.14, 1),
  (27, 'Escitalopram', 'escitalopram oxalate', 6, '10 mg', 'tablet', true, NULL, 'Torrent', 0.15, 1),
  (28, 'Fluoxetine', 'fluoxetine hydrochloride', 6, '20 mg', 'capsule', true, NULL, 'Teva', 0.12, 3),
  (29, 'Bupropion XL', 'bupropion hydrochloride', 6, '150 mg', 'tablet', true, NULL, 'Par', 0.58, 3),
  (30, 'Lexapro', 'escitalopram oxalate', 6, '10 mg', 'tablet', false, NULL, 'AbbVie', 12.25, 2),
  (31, 'Warfarin', 'warfarin sodium', 7, '5 mg', 'tablet', true, NULL, 'Taro', 0.19, 1),
  (32, 'Eliquis', 'apixaban', 7, '5 mg', 'tablet', false, NULL, 'Bristol-Myers Squibb', 9.60, 2),
  (33, 'Xarelto', 'rivaroxaban', 7, '20 mg', 'tablet', false, NULL, 'Janssen', 17.80, 2),
  (34, 'Clopidogrel', 'clopidogrel bisulfate', 7, '75 mg', 'tablet', true, NULL, 'Dr. Reddy''s', 0.17, 4),
  (35, 'Dabigatran', 'dabigatran etexilate', 7, '150 mg', 'capsule', true, NULL, 'Alembic', 3.90, 5),
  (36, 'Albuterol HFA', 'albuterol sulfate', 8, '90 mcg/actuation', 'inhaler', true, NULL, 'Teva', 28.50, 1),
  (37, 'Montelukast', 'montelukast sodium', 8, '10 mg', 'tablet', true, NULL, 'Unichem', 0.20, 1),
  (38, 'Advair Diskus', 'fluticasone/salmeterol', 8, '250-50 mcg', 'inhaler', false, NULL, 'GlaxoSmithKline', 385.00, 3),
  (39, 'Fluticasone Nasal', 'fluticasone propionate', 8, '50 mcg/spray', 'nasal spray', true, NULL, 'Apotex', 14.20, 4),
  (40, 'Symbicort', 'budesonide/formoterol', 8, '160-4.5 mcg', 'inhaler', false, NULL, 'AstraZeneca', 342.00, 3),
  (41, 'Omeprazole', 'omeprazole', 9, '20 mg', 'capsule', true, NULL, 'Dr. Reddy''s', 0.13, 1),
  (42, 'Pantoprazole', 'pantoprazole sodium', 9, '40 mg', 'tablet', true, NULL, 'Aurobindo', 0.15, 1),
  (43, 'Famotidine', 'famotidine', 9, '20 mg', 'tablet', true, NULL, 'Teva', 0.11, 5),
  (44, 'Ondansetron ODT', 'ondansetron', 9, '4 mg', 'orally disintegrating tablet', true, NULL, 'Glenmark', 0.35, 4),
  (45, 'Nexium', 'esomeprazole magnesium', 9, '40 mg', 'capsule', false, NULL, 'AstraZeneca', 10.60, 2),
  (46, 'Cetirizine', 'cetirizine hydrochloride', 10, '10 mg', 'tablet', true, NULL, 'Perrigo', 0.08, 5),
  (47, 'Loratadine', 'loratadine', 10, '10 mg', 'tablet', true, NULL, 'Perrigo', 0.07, 5),
  (48, 'Hydroxyzine HCl', 'hydroxyzine hydrochloride', 10, '25 mg', 'tablet', true, NULL, 'Teva', 0.16, 6),
  (49, 'Fexofenadine', 'fexofenadine hydrochloride', 10, '180 mg', 'tablet', true, NULL, 'Dr. Reddy''s', 0.22, 6),
  (50, 'Promethazine', 'promethazine hydrochloride', 10, '25 mg', 'tablet', true, NULL, 'Zydus', 0.19, 6),
  (51, 'Levothyroxine', 'levothyroxine sodium', 11, '50 mcg', 'tablet', true, NULL, 'Mylan', 0.22, 1),
  (52, 'Levothyroxine', 'levothyroxine sodium', 11, '100 mcg', 'tablet', true, NULL, 'Mylan', 0.24, 1),
  (53, 'Synthroid', 'levothyroxine sodium', 11, '75 mcg', 'tablet', false, NULL, 'AbbVie', 1.85, 2),
  (54, 'Liothyronine', 'liothyronine sodium', 11, '25 mcg', 'tablet', true, NULL, 'Sigmapharm', 1.10, 4),
  (55, 'Methimazole', 'methimazole', 11, '10 mg', 'tablet', true, NULL, 'Par', 0.42, 7),
  (56, 'Gabapentin', 'gabapentin', 12, '300 mg', 'capsule', true, NULL, 'Ascend', 0.11, 1),
  (57, 'Lamotrigine', 'lamotrigine', 12, '100 mg', 'tablet', true, NULL, 'Taro', 0.17, 2),
  (58, 'Levetiracetam', 'levetiracetam', 12, '500 mg', 'tablet', true, NULL, 'Lupin', 0.26, 3),
  (59, 'Topiramate', 'topiramate', 12, '50 mg', 'tablet', true, NULL, 'Zydus', 0.14, 7),
  (60, 'Clonazepam', 'clonazepam', 12, '0.5 mg', 'tablet', true, 'IV', 'Accord', 0.09, 8);

INSERT INTO prescriptions (prescriptionid, patientid, prescriberid, drugid, writtendate, receivedat,
                           quantityprescribed, daysupply, refillsallowed, directions, status, expirationdate, notes)
SELECT n, x.patientid, x.prescriberid, x.drugid, x.writtendate,
       x.writtendate + ((8 + (n * 7) % 11) * interval '1 hour') + (((n * 13) % 60) * interval '1 minute'),
       CASE WHEN d.categoryid = 1 THEN (ARRAY[20,14,10,20])[1 + n % 4]
            WHEN d.controlledschedule = 'II' THEN (ARRAY[12,20,30])[1 + n % 3]
            WHEN d.dosageform IN ('inhaler','nasal spray','pen injector') THEN 1 + n % 2
            WHEN n % 5 = 0 THEN 90
            WHEN n % 5 = 1 THEN 60
            ELSE 30 END,
       CASE WHEN d.categoryid = 1 THEN (ARRAY[10,7,5,10])[1 + n % 4]
            WHEN d.controlledschedule = 'II' THEN (ARRAY[3,5,7])[1 + n % 3]
            WHEN d.dosageform IN ('inhaler','nasal spray','pen injector') THEN 30
            WHEN n % 5 = 0 THEN 90
            ELSE 30 END,
       CASE WHEN d.categoryid = 1 OR d.controlledschedule = 'II' THEN 0
            WHEN d.controlledschedule = 'IV' THEN (ARRAY[0,1,2,5])[1 + n % 4]
            WHEN n % 5 = 0 THEN (ARRAY[1,3,3])[1 + n % 3]
            ELSE (ARRAY[0,2,3,5,11,5,2])[1 + n % 7] END,
       CASE WHEN d.dosageform = 'inhaler' THEN 'Inhale 2 puffs by mouth every 4 to 6 hours as needed'
            WHEN d.dosageform = 'nasal spray' THEN 'Use 2 sprays in each nostril once daily'
            WHEN d.dosageform = 'pen injector' THEN 'Inject subcutaneously as directed'
            WHEN d.categoryid = 1 THEN 'Take 1 by mouth twice daily until finished'
            WHEN d.categoryid = 5 THEN 'Take 1 tablet by mouth every 6 hours as needed for pain'
            WHEN n % 5 = 1 THEN 'Take 1 tablet by mouth twice daily'
            ELSE 'Take 1 tablet by mouth once daily' END,
       'active',
       x.writtendate + CASE WHEN d.controlledschedule IS NOT NULL THEN 180 ELSE 365 END,
       CASE WHEN n % 17 = 0 THEN 'Dispense as written'
            WHEN n % 29 = 0 THEN 'Patient requested child-resistant caps off'
            WHEN n % 31 = 0 THEN 'Verified with prescriber by phone' END
FROM (
  SELECT n, patientid, pr.prescriberid,
         CASE pr.specialty
           WHEN 'Cardiology' THEN (ARRAY[2,3,7,2,3])[1 + n % 5]
           WHEN 'Psychiatry' THEN (ARRAY[6,6,6,12])[1 + n % 4]
           WHEN 'Endocrinology' THEN (ARRAY[4,11,4])[1 + n % 3]
           WHEN 'Pulmonology' THEN (ARRAY[8,8,10])[1 + n % 3]
           WHEN 'Dentistry' THEN (ARRAY[1,5])[1 + n % 2]
           WHEN 'Neurology' THEN (ARRAY[12,12,5])[1 + n % 3]
           WHEN 'Gastroenterology' THEN 9
           WHEN 'Pediatrics' THEN (ARRAY[1,8,10,1])[1 + n % 4]
           ELSE (ARRAY[1,2,3,4,2,5,6,9,3,10,11,7,8,12,1,2,4])[1 + (n * 7) % 17] END * 5 - 4
           + floor(5 * power(((n * 7919 + 13) % 10007) / 10007.0, 1.6))::int AS drugid,
         writtendate
  FROM (
    SELECT n,
           1 + (n * 37 + n / 11) % 770 AS patientid,
           1 + floor(57 * power(((n * 4421 + 7) % 9973) / 9973.0, 1.2))::int AS prescriberid,
           DATE '2022-01-03' + floor(1085 * power((n - 0.5) / 1200.0, 0.92))::int AS writtendate
    FROM generate_series(1, 1200) AS n
  ) b
  JOIN prescribers pr ON pr.prescriberid = b.prescriberid
) x
JOIN drugs d ON d.drugid = x.drugid;

UPDATE prescriptions SET status = 'cancelled' WHERE prescriptionid % 23 = 0;

INSERT INTO prescriptionfills
SELECT row_number() OVER (ORDER BY f.filledat, f.prescriptionid)::int,
       f.prescriptionid, f.storeid,
       (f.storeid - 1) * 3 + 1 + (f.prescriptionid + f.r) % 3,
       f.r, f.filledat, f.qty,
       f.total,
       CASE WHEN f.planid IS NULL THEN f.total
            ELSE least(f.total, CASE WHEN f.isgeneric THEN f.genericcopay ELSE f.brandcopay END
                                * CASE WHEN f.daysupply >= 90 THEN 2 ELSE 1 END) END,
       CASE WHEN f.filledat >= TIMESTAMP '2024-12-27' THEN 'ready for pickup'
            WHEN (f.prescriptionid + f.r) % 29 = 0 THEN 'returned to stock'
            ELSE 'picked up' END,
       CASE WHEN f.filledat >= TIMESTAMP '2024-12-27' OR (f.prescriptionid + f.r) % 29 = 0 THEN NULL
            ELSE f.filledat + ((20 + (f.prescriptionid * 37 + f.r * 11) % 2800) * interval '1 minute') END
FROM (
  SELECT p.prescriptionid, r.r, p.daysupply, d.isgeneric, pl.planid, pl.genericcopay, pl.brandcopay,
         CASE WHEN (p.prescriptionid + r.r) % 9 = 0 THEN 1 + (p.patientid * 3 + 4) % 10 ELSE 1 + (p.patientid * 3) % 10 END AS storeid,
         CASE WHEN p.quantityprescribed >= 60 AND (p.prescriptionid + r.r) % 13 = 0 THEN p.quantityprescribed / 2
              ELSE p.quantityprescribed END AS qty,
         round(d.unitprice * CASE WHEN p.quantityprescribed >= 60 AND (p.prescriptionid + r.r) % 13 = 0 THEN p.quantityprescribed / 2
                                  ELSE p.quantityprescribed END + 4.50, 2) AS total,
         p.receivedat + ((r.r * p.daysupply - r.r * 2 + (p.prescriptionid % 3)) * interval '1 day')
           + ((1 + (p.prescriptionid * 7 + r.r) % 5) * interval '1 hour') AS filledat
  FROM prescriptions p
  JOIN drugs d ON d.drugid = p.drugid
  JOIN patients pa ON pa.patientid = p.patientid
  LEFT JOIN insuranceplans pl ON pl.planid = pa.planid
  CROSS JOIN LATERAL generate_series(0, least(p.refillsallowed, p.prescriptionid % 3)) AS r(r)
  WHERE p.status <> 'cancelled'
) f
WHERE f.filledat < TIMESTAMP '2025-01-01';

-- Stores opened in 2022 do not fill before opening: send those fills to the Cherry Creek store.
UPDATE prescriptionfills f SET storeid = 2, pharmacistid = 4 + f.fillid % 3
FROM stores s
WHERE s.storeid = f.storeid AND f.filledat < s.openeddate;

UPDATE prescriptions p SET status = CASE
    WHEN c.fills = 1 + p.refillsallowed THEN 'completed'
    WHEN p.expirationdate < DATE '2024-12-31' THEN 'expired'
    ELSE 'active' END
FROM (SELECT prescriptionid, count(*) AS fills FROM prescriptionfills GROUP BY prescriptionid) c
WHERE c.prescriptionid = p.prescriptionid AND p.status <> 'cancelled';

UPDATE prescriptions SET status = 'expired'
WHERE status = 'active' AND expirationdate < DATE '2024-12-31'
  AND prescriptionid NOT IN (SELECT prescriptionid FROM prescriptionfills);

INSERT INTO insuranceclaims
SELECT row_number() OVER (ORDER BY f.fillid)::int,
       f.fillid, pa.planid,
       f.filledat - interval '25 minutes' + ((f.fillid % 20) * interval '1 minute'),
       f.totalprice,
       CASE WHEN f.fillid % 17 = 0 OR f.filledat >= TIMESTAMP '2024-12-20' THEN NULL
            ELSE f.totalprice - f.copayamount END,
       CASE WHEN f.fillid % 17 = 0 THEN 'rejected'
            WHEN f.filledat >= TIMESTAMP '2024-12-20' THEN 'pending'
            ELSE 'paid' END,
       CASE WHEN f.fillid % 17 = 0 THEN (ARRAY['Refill too soon','Prior authorization required','Drug not on formulary','Patient not eligible'])[1 + (f.fillid / 17) % 4] END,
       CASE WHEN f.filledat >= TIMESTAMP '2024-12-20' AND f.fillid % 17 <> 0 THEN NULL
            ELSE f.filledat::date + CASE WHEN f.fillid % 17 = 0 THEN 0 ELSE 3 + f.fillid % 12 END END
FROM prescriptionfills f
JOIN prescriptions p ON p.prescriptionid = f.prescriptionid
JOIN patients pa ON pa.patientid = p.patientid
WHERE pa.planid IS NOT NULL AND f.totalprice > f.copayamount;

INSERT INTO inventory
SELECT (s.storeid - 1) * 60 + d.drugid, s.storeid, d.drugid,
       CASE WHEN (s.storeid * 31 + d.drugid * 17) % 23 = 0 THEN 0
            WHEN d.dosageform IN ('inhaler','pen injector','nasal spray') THEN (s.storeid * 7 + d.drugid * 3) % 25
            ELSE (s.storeid * 131 + d.drugid * 577) % 1200 END,
       CASE WHEN d.dosageform IN ('inhaler','pen injector','nasal spray') THEN 6
            WHEN d.isgeneric THEN 300 ELSE 120 END,
       CASE WHEN (s.storeid + d.drugid) % 11 = 0 THEN NULL ELSE upper(substr(md5('lot' || s.storeid || '-' || d.drugid), 1, 8)) END,
       CASE WHEN (s.storeid + d.drugid) % 11 = 0 THEN NULL ELSE DATE '2025-01-15' + (s.storeid * 37 + d.drugid * 53) % 700 END,
       TIMESTAMP '2024-12-02 07:30' + ((s.storeid * 3 + d.drugid) % 27) * interval '1 day' + (d.drugid % 8) * interval '1 hour'
FROM stores s CROSS JOIN drugs d;

INSERT INTO purchaseorders
SELECT n, x.supplierid, x.storeid,
       CASE WHEN n % 11 = 0 THEN NULL ELSE (x.storeid - 1) * 3 + 1 + n % 3 END,
       x.orderdate,
       x.orderdate + sp.leadtimedays,
       CASE WHEN n % 19 = 0 OR x.orderdate > DATE '2024-12-22' THEN NULL
            ELSE x.orderdate + sp.leadtimedays + CASE WHEN n % 7 = 0 THEN 2 + n % 4 ELSE 0 END END,
       CASE WHEN n % 19 = 0 THEN 'cancelled' WHEN x.orderdate > DATE '2024-12-22' THEN 'open' ELSE 'received' END,
       0
FROM (
  SELECT n,
         1 + (n * 3) % 10 AS storeid,
         CASE WHEN DATE '2022-01-04' + floor(1090 * (n - 0.5) / 420.0)::int < DATE '2023-06-01' AND n % 9 = 4 THEN 7
              ELSE (ARRAY[1,1,1,2,2,3,1,2,4,3,5,6,1,2])[1 + n % 14] END AS supplierid,
         DATE '2022-01-04' + floor(1090 * (n - 0.5) / 420.0)::int AS orderdate
  FROM generate_series(1, 420) AS n
) x
JOIN suppliers sp ON sp.supplierid = x.supplierid;

-- Stores opened in 2022 order from their opening day on.
UPDATE purchaseorders o SET orderdate = s.openeddate + o.purchaseorderid % 20,
       expecteddeliverydate = s.openeddate + o.purchaseorderid % 20 + (o.expecteddeliverydate - o.orderdate),
       receiveddate = CASE WHEN o.receiveddate IS NULL THEN NULL ELSE s.openeddate + o.purchaseorderid % 20 + (o.receiveddate - o.orderdate) END
FROM stores s
WHERE s.storeid = o.storeid AND o.orderdate < s.openeddate;

INSERT INTO purchaseorderlines
SELECT row_number() OVER (ORDER BY o.purchaseorderid, k)::int,
       o.purchaseorderid, d.drugid,
       q.qty,
       CASE WHEN o.status <> 'received' THEN NULL
            WHEN (o.purchaseorderid + k) % 15 = 0 THEN q.qty - q.qty / 5
            ELSE q.qty END,
       round(d.unitprice * CASE WHEN d.isgeneric THEN 0.55 ELSE 0.82 END, 2)
FROM purchaseorders o
CROSS JOIN LATERAL generate_series(1, 2 + o.purchaseorderid % 3) AS k
JOIN drugs d ON d.drugid = 1 + (o.purchaseorderid * 7 + k * 13) % 60
CROSS JOIN LATERAL (
  SELECT CASE WHEN d.dosageform IN ('inhaler','pen injector','nasal spray') THEN (ARRAY[6,12,24])[1 + (o.purchaseorderid + k) % 3]
              ELSE (ARRAY[100,500,1000,300,500])[1 + (o.purchaseorderid + k) % 5] END AS qty
) q;

UPDATE purchaseorders o SET totalamount = t.total
FROM (SELECT purchaseorderid, sum(quantityordered * unitcost) AS total FROM purchaseorderlines GROUP BY purchaseorderid) t
WHERE t.purchaseorderid = o.purchaseorderid;
