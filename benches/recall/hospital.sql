-- Operational data of St. Brendan Regional Medical Center (central Ohio), migrated from
-- SQL Server with its quoted PascalCase names; sample database of the golden set
-- benches/intent/hospital.yaml. Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic).

CREATE TABLE "Department" (
    "DepartmentID"   integer PRIMARY KEY,
    "DepartmentName" varchar(80) NOT NULL,
    "Building"       varchar(40) NOT NULL,
    "Phone"          varchar(20),
    "CostCenter"     varchar(10) NOT NULL,
    "IsSurgical"     boolean NOT NULL
);
CREATE TABLE "Ward" (
    "WardID"             integer PRIMARY KEY,
    "DepartmentID"       integer NOT NULL REFERENCES "Department" ("DepartmentID"),
    "WardName"           varchar(80) NOT NULL,
    "FloorNumber"        integer NOT NULL,
    "WardType"           varchar(20) NOT NULL,
    "BedCapacity"        integer NOT NULL,
    "IsIsolationCapable" boolean NOT NULL,
    "OpenedDate"         date NOT NULL
);
CREATE TABLE "Bed" (
    "BedID"         integer PRIMARY KEY,
    "WardID"        integer NOT NULL REFERENCES "Ward" ("WardID"),
    "BedNumber"     varchar(10) NOT NULL,
    "BedType"       varchar(20) NOT NULL,
    "IsPrivateRoom" boolean NOT NULL,
    "DailyRate"     numeric(8,2) NOT NULL,
    "IsOperational" boolean NOT NULL
);
CREATE TABLE "Doctor" (
    "DoctorID"            integer PRIMARY KEY,
    "FirstName"           varchar(40) NOT NULL,
    "LastName"            varchar(40) NOT NULL,
    "Specialty"           varchar(60) NOT NULL,
    "DepartmentID"        integer NOT NULL REFERENCES "Department" ("DepartmentID"),
    "Grade"               varchar(20) NOT NULL,
    "LicenseNumber"       varchar(20) NOT NULL,
    "Email"               varchar(120),
    "HireDate"            date NOT NULL,
    "AnnualSalary"        numeric(10,2) NOT NULL,
    "IsAcceptingPatients" boolean NOT NULL
);
CREATE TABLE "Nurse" (
    "NurseID"      integer PRIMARY KEY,
    "FirstName"    varchar(40) NOT NULL,
    "LastName"     varchar(40) NOT NULL,
    "WardID"       integer NOT NULL REFERENCES "Ward" ("WardID"),
    "Specialty"    varchar(40) NOT NULL,
    "Grade"        varchar(30) NOT NULL,
    "ShiftPattern" varchar(10) NOT NULL,
    "HireDate"     date NOT NULL,
    "HourlyRate"   numeric(6,2) NOT NULL,
    "IsAgency"     boolean NOT NULL
);
CREATE TABLE "Insurer" (
    "InsurerID"       integer PRIMARY KEY,
    "InsurerName"     varchar(60) NOT NULL,
    "PlanName"        varchar(60) NOT NULL,
    "PlanType"        varchar(10) NOT NULL,
    "CoveragePercent" numeric(5,2) NOT NULL,
    "ClaimsPhone"     varchar(20),
    "IsInNetwork"     boolean NOT NULL
);
CREATE TABLE "Patient" (
    "PatientID"           integer PRIMARY KEY,
    "MedicalRecordNumber" varchar(12) NOT NULL UNIQUE,
    "FirstName"           varchar(40) NOT NULL,
    "LastName"            varchar(40) NOT NULL,
    "Gender"              char(1) NOT NULL,
    "BirthDate"           date NOT NULL,
    "City"                varchar(40) NOT NULL,
    "ZipCode"             varchar(10),
    "Phone"               varchar(20),
    "Email"               varchar(120),
    "BloodType"           varchar(3),
    "InsurerID"           integer REFERENCES "Insurer" ("InsurerID"),
    "PolicyNumber"        varchar(20),
    "RegisteredAt"        timestamp NOT NULL
);
CREATE TABLE "Admission" (
    "AdmissionID"          integer PRIMARY KEY,
    "PatientID"            integer NOT NULL REFERENCES "Patient" ("PatientID"),
    "BedID"                integer NOT NULL REFERENCES "Bed" ("BedID"),
    "DoctorID"             integer NOT NULL REFERENCES "Doctor" ("DoctorID"),
    "AdmitDate"            timestamp NOT NULL,
    "DischargeDate"        timestamp,
    "AdmissionSource"      varchar(30) NOT NULL,
    "IsEmergency"          boolean NOT NULL,
    "DiagnosisCode"        varchar(10) NOT NULL,
    "DiagnosisDescription" varchar(120) NOT NULL,
    "Status"               varchar(15) NOT NULL,
    "LengthOfStay"         integer,
    "TotalCost"            numeric(12,2)
);
CREATE TABLE "Procedure" (
    "ProcedureID"     integer PRIMARY KEY,
    "AdmissionID"     integer NOT NULL REFERENCES "Admission" ("AdmissionID"),
    "DoctorID"        integer NOT NULL REFERENCES "Doctor" ("DoctorID"),
    "ProcedureCode"   varchar(10) NOT NULL,
    "ProcedureName"   varchar(80) NOT NULL,
    "PerformedAt"     timestamp NOT NULL,
    "DurationMinutes" integer NOT NULL,
    "AnesthesiaType"  varchar(20),
    "Cost"            numeric(10,2) NOT NULL,
    "Outcome"         varchar(20) NOT NULL
);
CREATE TABLE "LabResult" (
    "LabResultID"    integer PRIMARY KEY,
    "PatientID"      integer NOT NULL REFERENCES "Patient" ("PatientID"),
    "AdmissionID"    integer REFERENCES "Admission" ("AdmissionID"),
    "DoctorID"       integer NOT NULL REFERENCES "Doctor" ("DoctorID"),
    "TestName"       varchar(60) NOT NULL,
    "TestCategory"   varchar(20) NOT NULL,
    "OrderedAt"      timestamp NOT NULL,
    "ResultedAt"     timestamp,
    "ResultValue"    numeric(10,2),
    "Unit"           varchar(20) NOT NULL,
    "ReferenceRange" varchar(30) NOT NULL,
    "IsAbnormal"     boolean,
    "Status"         varchar(15) NOT NULL,
    "Fee"            numeric(8,2) NOT NULL
);
CREATE TABLE "Prescription" (
    "PrescriptionID" integer PRIMARY KEY,
    "PatientID"      integer NOT NULL REFERENCES "Patient" ("PatientID"),
    "DoctorID"       integer NOT NULL REFERENCES "Doctor" ("DoctorID"),
    "AdmissionID"    integer REFERENCES "Admission" ("AdmissionID"),
    "MedicationName" varchar(60) NOT NULL,
    "Dosage"         varchar(30) NOT NULL,
    "Frequency"      varchar(30) NOT NULL,
    "Quantity"       integer NOT NULL,
    "Refills"        integer NOT NULL,
    "UnitPrice"      numeric(8,2) NOT NULL,
    "PrescribedDate" date NOT NULL,
    "EndDate"        date,
    "IsGeneric"      boolean NOT NULL,
    "Status"         varchar(15) NOT NULL
);
CREATE TABLE "Bill" (
    "BillID"                integer PRIMARY KEY,
    "AdmissionID"           integer NOT NULL UNIQUE REFERENCES "Admission" ("AdmissionID"),
    "PatientID"             integer NOT NULL REFERENCES "Patient" ("PatientID"),
    "InsurerID"             integer REFERENCES "Insurer" ("InsurerID"),
    "BillDate"              date NOT NULL,
    "DueDate"               date NOT NULL,
    "TotalAmount"           numeric(12,2) NOT NULL,
    "InsuranceCovered"      numeric(12,2) NOT NULL,
    "PatientResponsibility" numeric(12,2) NOT NULL,
    "Status"                varchar(20) NOT NULL
);
CREATE TABLE "Payment" (
    "PaymentID"       integer PRIMARY KEY,
    "BillID"          integer NOT NULL REFERENCES "Bill" ("BillID"),
    "PaymentDate"     date NOT NULL,
    "Amount"          numeric(12,2) NOT NULL,
    "PaymentMethod"   varchar(20) NOT NULL,
    "PayerType"       varchar(10) NOT NULL,
    "ReferenceNumber" varchar(30),
    "PostedAt"        timestamptz NOT NULL
);
CREATE TABLE "Appointment" (
    "AppointmentID"   integer PRIMARY KEY,
    "PatientID"       integer NOT NULL REFERENCES "Patient" ("PatientID"),
    "DoctorID"        integer NOT NULL REFERENCES "Doctor" ("DoctorID"),
    "ScheduledAt"     timestamp NOT NULL,
    "DurationMinutes" integer NOT NULL,
    "AppointmentType" varchar(20) NOT NULL,
    "Status"          varchar(15) NOT NULL,
    "Fee"             numeric(8,2) NOT NULL,
    "CheckedInAt"     timestamp,
    "Reason"          varchar(120),
    "BookedAt"        timestamptz NOT NULL
);

INSERT INTO "Department" VALUES
  (1, 'Cardiology', 'Heart & Vascular Pavilion', '614-555-0110', 'CC-110', false),
  (2, 'Orthopedics', 'Surgical Tower', '614-555-0120', 'CC-120', true),
  (3, 'General Surgery', 'Surgical Tower', '614-555-0130', 'CC-130', true),
  (4, 'Internal Medicine', 'Main Building', '614-555-0140', 'CC-140', false),
  (5, 'Pediatrics', 'Children''s Wing', '614-555-0150', 'CC-150', false),
  (6, 'Obstetrics and Gynecology', 'Women''s Center', '614-555-0160', 'CC-160', true),
  (7, 'Neurology', 'Main Building', NULL, 'CC-170', false),
  (8, 'Oncology', 'Cancer Institute', '614-555-0180', 'CC-180', false),
  (9, 'Pulmonology', 'Main Building', NULL, 'CC-190', false),
  (10, 'Critical Care', 'Surgical Tower', '614-555-0200', 'CC-200', false);

INSERT INTO "Ward" VALUES
  (1, 1, 'Hartwell Cardiac Step-Down Unit', 4, 'Step-Down', 10, false, '2009-03-02'),
  (2, 1, 'Cardiology Ward 4B', 4, 'General', 14, false, '2009-03-02'),
  (3, 2, 'Orthopedic Ward 5A', 5, 'General', 14, false, '2012-06-11'),
  (4, 2, 'Orthopedic Ward 5B', 5, 'General', 14, false, '2012-06-11'),
  (5, 3, 'Surgical Ward 3A', 3, 'General', 14, true, '2012-06-11'),
  (6, 3, 'Surgical Ward 3B', 3, 'General', 14, false, '2012-06-11'),
  (7, 4, 'Medical Ward 2A', 2, 'General', 16, true, '2004-09-20'),
  (8, 4, 'Medical Ward 2B', 2, 'General', 16, false, '2004-09-20'),
  (9, 5, 'Sunflower Children''s Ward', 1, 'Pediatric', 12, true, '2015-01-12'),
  (10, 5, 'Pediatric High Dependency Unit', 1, 'Step-Down', 8, true, '2015-01-12'),
  (11, 6, 'Maternity Ward', 2, 'Maternity', 12, false, '2010-05-03'),
  (12, 6, 'Labor and Delivery Suite', 2, 'Maternity', 8, false, '2010-05-03'),
  (13, 7, 'Neurology Ward 6A', 6, 'General', 14, false, '2008-10-06'),
  (14, 7, 'Stroke Unit', 6, 'Step-Down', 10, false, '2018-02-19'),
  (15, 8, 'Oncology Ward 7A', 7, 'General', 14, true, '2016-08-29'),
  (16, 8, 'Hematology-Oncology Unit', 7, 'General', 10, true, '2016-08-29'),
  (17, 9, 'Respiratory Ward 2C', 2, 'General', 14, true, '2004-09-20'),
  (18, 9, 'Pulmonary Step-Down Unit', 2, 'Step-Down', 8, true, '2021-01-11'),
  (19, 10, 'Medical ICU', 3, 'Intensive Care', 10, true, '2012-06-11'),
  (20, 10, 'Surgical ICU', 3, 'Intensive Care', 10, true, '2012-06-11');

INSERT INTO "Bed"
SELECT row_number() OVER (ORDER BY w."WardID", b)::int,
       w."WardID",
       w."FloorNumber" || chr(64 + 1 + (w."WardID" + 1) % 2) || '-' || lpad(b::text, 2, '0'),
       CASE WHEN w."WardType" = 'Intensive Care' THEN 'ICU'
            WHEN w."WardType" = 'Pediatric' AND b % 3 = 0 THEN 'Crib'
            WHEN w."WardType" = 'Maternity' THEN 'Birthing'
            WHEN b = 1 AND w."WardType" = 'General' THEN 'Bariatric'
            WHEN b = 2 AND w."IsIsolationCapable" THEN 'Isolation'
            ELSE 'Standard' END,
       (w."WardType" IN ('Intensive Care', 'Maternity') OR b % 4 = 0 OR (b = 2 AND w."IsIsolationCapable")),
       CASE w."WardType" WHEN 'Intensive Care' THEN 3850.00
                         WHEN 'Step-Down' THEN 2400.00
                         WHEN 'Maternity' THEN 1950.00
                         WHEN 'Pediatric' THEN 1800.00
                         ELSE 1450.00 END
         + CASE WHEN b = 1 AND w."WardType" = 'General' THEN 250.00 ELSE 0 END
         + CASE WHEN b % 4 = 0 AND w."WardType" NOT IN ('Intensive Care', 'Maternity') THEN 175.00 ELSE 0 END,
       NOT ((b * 7 + w."WardID") % 19 = 0)
FROM "Ward" w
CROSS JOIN LATERAL generate_series(1, w."BedCapacity") AS b;

INSERT INTO "Doctor"
SELECT n,
       (ARRAY['James','Sarah','Michael','Priya','David','Laura','Robert','Aisha','Daniel','Emily',
              'Thomas','Mei','Andrew','Rachel','Carlos','Hannah','Steven','Fatima','Brian','Olivia',
              'Kevin','Nadia','Jonathan','Grace','Samuel','Elena','Victor','Julia','Raj','Megan',
              'Patrick','Chen','Gregory','Sofia','Marcus','Ingrid','Omar','Natalie','Henry','Yuki'])[1 + (n * 7) % 40],
       (ARRAY['Whitfield','Okafor','Brennan','Raman','Kowalski','Hartman','Lindqvist','Mensah','Castillo','Novak',
              'Gallagher','Iyer','Prescott','Yamamoto','Delgado','Fairbanks','Osei','Sorensen','Harrington','Vance',
              'Bhatt','Morrow','Keane','Albrecht','Duarte','Sinclair','Nakamura','Petrov','Holloway','Adeyemi'])[1 + (n * 11) % 30],
       (CASE (n - 1) / 6 + 1
          WHEN 1 THEN ARRAY['Cardiology','Interventional Cardiology','Electrophysiology']
          WHEN 2 THEN ARRAY['Orthopedic Surgery','Sports Medicine','Spine Surgery']
          WHEN 3 THEN ARRAY['General Surgery','Colorectal Surgery','Vascular Surgery']
          WHEN 4 THEN ARRAY['Internal Medicine','Endocrinology','Gastroenterology']
          WHEN 5 THEN ARRAY['Pediatrics','Neonatology']
          WHEN 6 THEN ARRAY['Obstetrics','Gynecology','Maternal-Fetal Medicine']
          WHEN 7 THEN ARRAY['Neurology','Neurosurgery']
          WHEN 8 THEN ARRAY['Medical Oncology','Hematology','Radiation Oncology']
          WHEN 9 THEN ARRAY['Pulmonology','Sleep Medicine']
          ELSE ARRAY['Critical Care Medicine','Anesthesiology'] END)[1 + ((n - 1) % 6) % (CASE WHEN (n - 1) / 6 + 1 IN (5, 7, 9, 10) THEN 2 ELSE 3 END)],
       (n - 1) / 6 + 1,
       CASE (n - 1) % 6 WHEN 0 THEN 'Chief' WHEN 4 THEN 'Resident' WHEN 5 THEN 'Fellow' ELSE 'Attending' END,
       'OH-' || (35000 + n * 173)::text,
       CASE WHEN n % 8 = 3 THEN NULL ELSE lower((ARRAY['James','Sarah','Michael','Priya','David','Laura','Robert','Aisha','Daniel','Emily',
              'Thomas','Mei','Andrew','Rachel','Carlos','Hannah','Steven','Fatima','Brian','Olivia',
              'Kevin','Nadia','Jonathan','Grace','Samuel','Elena','Victor','Julia','Raj','Megan',
              'Patrick','Chen','Gregory','Sofia','Marcus','Ingrid','Omar','Natalie','Henry','Yuki'])[1 + (n * 7) % 40]) || '.' || n || '@stbrendan-med.org' END,
       CASE WHEN (n - 1) % 6 IN (4, 5) THEN DATE '2020-07-01' + ((n * 97) % 540)
            ELSE DATE '2003-01-06' + ((n * 353) % 6200) END,
       CASE (n - 1) % 6 WHEN 0 THEN 485000.00 WHEN 4 THEN 68500.00 WHEN 5 THEN 82000.00 ELSE 312000.00 END
         + ((n * 1370) % 60000)::numeric * CASE WHEN (n - 1) % 6 IN (4, 5) THEN 0.05 ELSE 1 END,
       (n % 7 <> 0)
FROM generate_series(1, 60) AS n;

INSERT INTO "Nurse"
SELECT n,
       (ARRAY['Ashley','Brandon','Carmen','Denise','Erin','Faith','Gloria','Heather','Irene','Jasmine',
              'Kelly','Lamar','Monica','Nicole','Paula','Renee','Shawn','Tamara','Vanessa','Wendy',
              'Alicia','Bethany','Crystal','Dominic','Felicia','Holly','Jerome','Kristen','Lydia','Marisol'])[1 + (n * 13) % 30],
       (ARRAY['Adams','Barker','Collins','Dunn','Ellison','Fleming','Garcia','Hayes','Irwin','Jordan',
              'Klein','Lambert','Marsh','Nolan','Owens','Pierce','Quintero','Rhodes','Stokes','Tucker',
              'Underhill','Vargas','Wheeler','Yoder','Zeller','Bauer','Cross','Dalton','Espinoza','Frost'])[1 + (n * 17 + n / 30) % 30],
       1 + (n - 1) % 20,
       CASE (SELECT w."WardType" FROM "Ward" w WHERE w."WardID" = 1 + (n - 1) % 20)
         WHEN 'Intensive Care' THEN 'Critical Care'
         WHEN 'Maternity' THEN CASE WHEN n % 2 = 0 THEN 'Midwifery' ELSE 'Labor and Delivery' END
         WHEN 'Pediatric' THEN 'Pediatric'
         ELSE (ARRAY['Cardiac','Orthopedic','Surgical','Medical-Surgical','Pediatric','Obstetric','Neuroscience','Oncology','Respiratory','Critical Care'])[1 + ((n - 1) % 20) / 2] END,
       CASE WHEN n <= 20 THEN 'Charge Nurse'
            WHEN n > 100 AND n % 3 = 0 THEN 'Nurse Practitioner'
            WHEN (n > 60 AND n <= 80 AND n % 2 = 0) OR (n > 80 AND n <= 100 AND n % 3 = 1) THEN 'LPN'
            ELSE 'RN' END,
       (ARRAY['Day','Night','Rotating'])[1 + (n * 7) % 3],
       DATE '2006-03-13' + ((n * 619) % 6500),
       CASE WHEN n > 100 AND n % 3 = 0 THEN 58.50 WHEN n <= 20 THEN 49.75
            WHEN (n > 60 AND n <= 80 AND n % 2 = 0) OR (n > 80 AND n <= 100 AND n % 3 = 1) THEN 29.40 ELSE 41.20 END
         + ((n * 37) % 9)::numeric * 0.85,
       (n % 9 = 4)
FROM generate_series(1, 120) AS n;

INSERT INTO "Insurer" VALUES
  (1, 'Aetna', 'Aetna Choice POS II', 'PPO', 80.00, '800-555-0101', true),
  (2, 'Anthem Blue Cross', 'Anthem Gold PPO', 'PPO', 85.00, '800-555-0102', true),
  (3, 'UnitedHealthcare', 'UHC Silver Compass', 'HMO', 70.00, '800-555-0103', true),
  (4, 'Cigna', 'Cigna Open Access Plus', 'PPO', 80.00, NULL, false),
  (5, 'Medical Mutual', 'SuperMed Bronze', 'HMO', 60.00, '800-555-0105', true),
  (6, 'Medicare', 'Medicare Part A', 'Medicare', 80.00, '800-555-0106', true),
  (7, 'Ohio Medicaid', 'CareSource Medicaid', 'Medicaid', 95.00, '800-555-0107', true),
  (8, 'Humana', 'Humana Gold Plus', 'HMO', 75.00, '800-555-0108', false);

-- Patient groups: ids ending in 0 are children, ids ending in 1 are women of childbearing age.
INSERT INTO "Patient"
SELECT n,
       'MRN' || lpad((204000 + n * 7)::text, 7, '0'),
       CASE WHEN n % 10 = 1 OR (n % 10 <> 0 AND n % 2 = 0) OR (n % 10 = 0 AND n % 20 = 0)
            THEN (ARRAY['Mary','Jennifer','Linda','Patricia','Elizabeth','Susan','Jessica','Karen','Nancy','Lisa',
                        'Amanda','Melissa','Deborah','Stephanie','Rebecca','Sharon','Cynthia','Kathleen','Amy','Angela',
                        'Brittany','Samantha','Megan','Chloe','Madison','Abigail','Ava','Emma','Lily','Zoe'])[1 + (n * 7 + n / 30) % 30]
            ELSE (ARRAY['John','William','Richard','Joseph','Charles','Christopher','Matthew','Anthony','Mark','Donald',
                        'Paul','Joshua','Kenneth','Kevin','Timothy','Ronald','Jason','Jeffrey','Ryan','Gary',
                        'Tyler','Ethan','Noah','Logan','Caleb','Owen','Lucas','Mason','Elijah','Wyatt'])[1 + (n * 7 + n / 30) % 30] END,
       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Miller','Davis','Wilson','Anderson','Taylor',
              'Thomas','Moore','Martin','Jackson','Thompson','White','Harris','Clark','Lewis','Robinson',
              'Walker','Young','Allen','King','Wright','Scott','Hill','Green','Baker','Nelson',
              'Carter','Mitchell','Roberts','Turner','Phillips','Campbell','Parker','Evans','Edwards','Stewart',
              'Murphy','Cook','Rogers','Reed','Bailey','Bell','Cooper','Howard','Ward','Cox'])[1 + (n * 17 + n / 50) % 50],
       CASE WHEN n % 10 = 1 OR (n % 10 <> 0 AND n % 2 = 0) OR (n % 10 = 0 AND n % 20 = 0) THEN 'F' ELSE 'M' END,
       CASE WHEN n % 10 = 0 THEN DATE '2008-02-01' + (n * 389) % 5400
            WHEN n % 10 = 1 THEN DATE '1982-03-01' + (n * 271) % 7600
            ELSE DATE '1932-05-01' + (n * 613) % 24800 END,
       (ARRAY['Columbus','Columbus','Columbus','Columbus','Dublin','Westerville','Grove City','Hilliard',
              'Delaware','Newark','Lancaster','Marysville','Worthington','Reynoldsburg','Gahanna','Pickerington'])[1 + (n * 13 + n / 16) % 16],
       CASE WHEN n % 17 = 0 THEN NULL ELSE (ARRAY['43215','43215','43201','43206','43017','43081','43123','43026',
              '43015','43055','43130','43040','43085','43068','43230','43147'])[1 + (n * 13 + n / 16) % 16] END,
       CASE WHEN n % 12 = 5 THEN NULL ELSE '614-555-' || lpad(((n * 4721) % 10000)::text, 4, '0') END,
       CASE WHEN n % 10 = 0 OR n % 7 = 2 THEN NULL ELSE 'patient' || n || '@mailhost.example' END,
       CASE WHEN n % 9 = 0 THEN NULL
            ELSE (ARRAY['O+','A+','B+','O+','A+','AB+','O-','A-','O+','A+','B-','AB-'])[1 + (n * 5) % 12] END,
       CASE WHEN n % 13 = 6 OR n % 29 = 0 THEN NULL
            WHEN n % 10 = 0 AND n % 30 = 0 THEN 7
            WHEN n % 10 NOT IN (0, 1) AND (DATE '1932-05-01' + (n * 613) % 24800) < DATE '1959-01-01' THEN 6
            ELSE (ARRAY[1, 2, 3, 4, 5, 7, 8, 2, 1, 3, 5, 4])[1 + (n * 7) % 12] END,
       NULL,
       TIMESTAMP '2014-01-06 08:00' + make_interval(days => (n * 547) % 3900, mins => (n * 37) % 600)
FROM generate_series(1, 1200) AS n;

UPDATE "Patient" SET "PolicyNumber" = upper(substr(i."InsurerName", 1, 3)) || '-' || lpad((("PatientID" * 7919) % 10000000)::text, 7, '0')
FROM "Insurer" i WHERE i."InsurerID" = "Patient"."InsurerID" AND "PatientID" % 23 <> 0;

CREATE TEMP TABLE dx (dept integer, idx integer, code varchar(10), descr varchar(120), proc_idx integer);
INSERT INTO dx VALUES
  (1, 0, 'I21.4', 'Non-ST elevation myocardial infarction', 1),
  (1, 1, 'I50.9', 'Heart failure', 3),
  (1, 2, 'I48.91', 'Atrial fibrillation', 4),
  (1, 3, 'I20.0', 'Unstable angina', 2),
  (1, 4, 'I10', 'Hypertensive urgency', NULL),
  (2, 0, 'S72.001A', 'Hip fracture', 3),
  (2, 1, 'M17.11', 'Osteoarthritis of knee', 1),
  (2, 2, 'M16.12', 'Osteoarthritis of hip', 2),
  (2, 3, 'S82.201A', 'Tibia fracture', 3),
  (2, 4, 'M48.06', 'Lumbar spinal stenosis', 4),
  (3, 0, 'K35.80', 'Acute appendicitis', 1),
  (3, 1, 'K80.20', 'Gallstones', 2),
  (3, 2, 'K40.90', 'Inguinal hernia', 3),
  (3, 3, 'K56.609', 'Bowel obstruction', 4),
  (3, 4, 'K57.32', 'Diverticulitis', NULL),
  (4, 0, 'E11.65', 'Type 2 diabetes with hyperglycemia', NULL),
  (4, 1, 'N39.0', 'Urinary tract infection', NULL),
  (4, 2, 'A41.9', 'Sepsis', 3),
  (4, 3, 'K92.2', 'Gastrointestinal bleeding', 1),
  (4, 4, 'E86.0', 'Dehydration', NULL),
  (5, 0, 'J21.9', 'Acute bronchiolitis', 2),
  (5, 1, 'J45.901', 'Asthma attack', 2),
  (5, 2, 'A08.4', 'Viral gastroenteritis', 3),
  (5, 3, 'J06.9', 'Upper respiratory infection', NULL),
  (5, 4, 'R56.00', 'Febrile seizure', 1),
  (6, 0, 'O80', 'Normal delivery', 1),
  (6, 1, 'O82', 'Cesarean delivery', 2),
  (6, 2, 'O14.03', 'Pre-eclampsia', 3),
  (6, 3, 'O24.410', 'Gestational diabetes', 3),
  (6, 4, 'O80', 'Normal delivery', 1),
  (7, 0, 'I63.9', 'Ischemic stroke', 3),
  (7, 1, 'G40.909', 'Epilepsy', 2),
  (7, 2, 'G43.909', 'Migraine', 1),
  (7, 3, 'S06.0X0A', 'Concussion', 1),
  (7, 4, 'G35', 'Multiple sclerosis', 1),
  (8, 0, 'C34.90', 'Lung cancer', 1),
  (8, 1, 'C50.911', 'Breast cancer', 1),
  (8, 2, 'C18.9', 'Colon cancer', 3),
  (8, 3, 'C91.10', 'Chronic lymphocytic leukemia', 2),
  (8, 4, 'D70.1', 'Neutropenia after chemotherapy', NULL),
  (9, 0, 'J18.9', 'Pneumonia', 2),
  (9, 1, 'J44.1', 'COPD exacerbation', 2),
  (9, 2, 'J45.51', 'Severe asthma exacerbation', NULL),
  (9, 3, 'I26.99', 'Pulmonary embolism', 2),
  (9, 4, 'U07.1', 'COVID-19', 3),
  (10, 0, 'R65.21', 'Septic shock', 2),
  (10, 1, 'J96.00', 'Acute respiratory failure', 1),
  (10, 2, 'I46.9', 'Cardiac arrest', 3),
  (10, 3, 'T40.2X1A', 'Opioid overdose', 3),
  (10, 4, 'S06.5X0A', 'Traumatic subdural hemorrhage', 1);

CREATE TEMP TABLE px (dept integer, idx integer, code varchar(10), pname varchar(80), cost numeric(10,2), minutes integer, anesthesia varchar(20));
INSERT INTO px VALUES
  (1, 1, '92928', 'Coronary angioplasty with stent', 18500.00, 90, 'Sedation'),
  (1, 2, '93458', 'Cardiac catheterization', 6200.00, 60, 'Local'),
  (1, 3, '93306', 'Echocardiogram', 1150.00, 45, NULL),
  (1, 4, '33208', 'Pacemaker implantation', 24800.00, 120, 'Local'),
  (2, 1, '27447', 'Total knee replacement', 32500.00, 150, 'General'),
  (2, 2, '27130', 'Total hip replacement', 34800.00, 160, 'General'),
  (2, 3, '27245', 'Fracture fixation surgery', 21400.00, 140, 'General'),
  (2, 4, '63047', 'Lumbar laminectomy', 26900.00, 180, 'General'),
  (3, 1, '44970', 'Laparoscopic appendectomy', 12800.00, 75, 'General'),
  (3, 2, '47562', 'Laparoscopic cholecystectomy', 14600.00, 90, 'General'),
  (3, 3, '49505', 'Inguinal hernia repair', 9400.00, 70, 'General'),
  (3, 4, '44140', 'Colectomy', 38200.00, 210, 'General'),
  (4, 1, '43239', 'Upper GI endoscopy', 2850.00, 30, 'Sedation'),
  (4, 2, '45378', 'Colonoscopy', 3100.00, 45, 'Sedation'),
  (4, 3, '36556', 'Central line placement', 1900.00, 30, 'Local'),
  (5, 1, '62270', 'Lumbar puncture', 1450.00, 30, 'Sedation'),
  (5, 2, '94640', 'Nebulizer treatment', 180.00, 20, NULL),
  (5, 3, '96360', 'IV rehydration', 420.00, 60, NULL),
  (6, 1, '59400', 'Vaginal delivery', 8900.00, 480, 'Epidural'),
  (6, 2, '59510', 'Cesarean section', 16400.00, 75, 'Spinal'),
  (6, 3, '59025', 'Fetal non-stress test', 380.00, 40, NULL),
  (7, 1, '70553', 'MRI brain', 3400.00, 50, NULL),
  (7, 2, '95816', 'Electroencephalogram', 1200.00, 60, NULL),
  (7, 3, '61645', 'Mechanical thrombectomy', 36500.00, 120, 'General'),
  (8, 1, '96413', 'Chemotherapy infusion', 5600.00, 240, NULL),
  (8, 2, '38221', 'Bone marrow biopsy', 2700.00, 40, 'Local'),
  (8, 3, '36561', 'Port placement', 4300.00, 60, 'Sedation'),
  (9, 1, '71260', 'Chest CT', 1650.00, 20, NULL),
  (9, 2, '31622', 'Bronchoscopy', 3900.00, 45, 'Sedation'),
  (9, 3, '32555', 'Thoracentesis', 1800.00, 30, 'Local'),
  (10, 1, '31500', 'Intubation', 1350.00, 15, 'Sedation'),
  (10, 2, '36620', 'Arterial line placement', 950.00, 20, 'Local'),
  (10, 3, '94002', 'Mechanical ventilation', 9800.00, 1440, 'Sedation');

-- Admissions walk the beds in order, so one bed is used again only months later.
INSERT INTO "Admission"
SELECT s.n,
       CASE WHEN s.dept = 5 THEN 10 * (1 + (s.n * 7) % 120)
            WHEN s.dept = 6 THEN 10 * ((s.n * 11) % 120) + 1
            WHEN (s.n * 389 + (s.n * s.n) % 97) % 1200 % 10 = 9 THEN (s.n * 389 + (s.n * s.n) % 97) % 1200 - 7
            ELSE 1 + (s.n * 389 + (s.n * s.n) % 97) % 1200 END,
       s.bed,
       (s.dept - 1) * 6 + 1 + (s.n / 3) % 6,
       s.admit,
       CASE WHEN s.admit + make_interval(days => s.los, hours => 2 + (s.n * 5) % 8) <= TIMESTAMP '2024-12-31 18:00'
            THEN date_trunc('day', s.admit + make_interval(days => s.los)) + make_interval(hours => 10 + (s.n * 5) % 8, mins => (s.n * 17) % 60) END,
       s.source,
       s.source = 'Emergency Room',
       d.code, d.descr,
       CASE WHEN s.admit + make_interval(days => s.los, hours => 2 + (s.n * 5) % 8) > TIMESTAMP '2024-12-31 18:00' THEN 'Admitted'
            WHEN s.dept IN (8, 10) AND s.n % 13 = 0 THEN 'Deceased'
            WHEN s.n % 41 = 0 THEN 'Transferred'
            ELSE 'Discharged' END,
       NULL, NULL
FROM (
  SELECT n, b."BedID" AS bed, w."DepartmentID" AS dept, w."WardType" AS wtype,
         TIMESTAMP '2022-01-01 00:00'
           + make_interval(days => floor(1093 * power((n - 0.5) / 1300.0, 0.93))::int,
                           hours => (n * 7) % 24, mins => (n * 23) % 60) AS admit,
         CASE w."WardType" WHEN 'Intensive Care' THEN 3 + (n * 7) % 10
                           WHEN 'Maternity' THEN 1 + (n * 3) % 4
                           WHEN 'Step-Down' THEN 2 + (n * 5) % 7
                           WHEN 'Pediatric' THEN 1 + (n * 3) % 5
                           ELSE 1 + (n * 7) % 11 END AS los,
         CASE WHEN n % 29 = 0 THEN 'Transfer'
              WHEN w."WardType" = 'Intensive Care' AND n % 4 <> 1 THEN 'Emergency Room'
              WHEN n % 5 IN (0, 2) THEN 'Emergency Room'
              WHEN n % 5 = 1 THEN 'Physician Referral'
              ELSE 'Scheduled' END AS source
  FROM generate_series(1, 1300) AS n
  JOIN "Bed" b ON b."BedID" = 1 + (n - 1) % 242
  JOIN "Ward" w ON w."WardID" = b."WardID"
) s
JOIN dx d ON d.dept = s.dept AND d.idx = (ARRAY[0, 0, 0, 1, 1, 1, 2, 2, 3, 4])[1 + (s.n / 7 + s.n + s.dept * 3) % 10];

UPDATE "Admission" SET "LengthOfStay" = "DischargeDate"::date - "AdmitDate"::date
WHERE "DischargeDate" IS NOT NULL;

INSERT INTO "Procedure"
SELECT row_number() OVER (ORDER BY a."AdmissionID", p.idx)::int,
       a."AdmissionID",
       (d.dept - 1) * 6 + 1 + (a."AdmissionID" + p.idx) % 4,
       p.code, p.pname,
       a."AdmitDate" + make_interval(hours => 3 + (a."AdmissionID" * 5) % 20),
       p.minutes + (a."AdmissionID" * 7) % 25 - 10 + CASE WHEN p.minutes < 30 THEN 10 ELSE 0 END,
       p.anesthesia,
       round(p.cost * (0.92 + ((a."AdmissionID" * 13) % 17) * 0.01), 2),
       CASE WHEN a."AdmissionID" % 17 = 0 THEN 'Complicated'
            WHEN a."AdmissionID" % 61 = 0 THEN 'Aborted'
            ELSE 'Successful' END
FROM "Admission" a
JOIN "Bed" b ON b."BedID" = a."BedID"
JOIN "Ward" w ON w."WardID" = b."WardID"
JOIN dx d ON d.dept = w."DepartmentID" AND d.code = a."DiagnosisCode" AND d.descr = a."DiagnosisDescription"
JOIN px p ON p.dept = d.dept
WHERE d.proc_idx IS NOT NULL
  AND ((p.idx = d.proc_idx AND (d.dept IN (2, 3, 6, 10) OR a."AdmissionID" % 3 <> 0))
       OR (p.idx <> d.proc_idx AND p.idx = 1 + (d.proc_idx % 3) AND a."AdmissionID" % 8 = 0));

UPDATE "Admission" a
SET "TotalCost" = round(greatest(a."LengthOfStay", 1) * b."DailyRate"
                  + coalesce((SELECT sum(p."Cost") FROM "Procedure" p WHERE p."AdmissionID" = a."AdmissionID"), 0)
                  + 85.00 * ((a."AdmissionID" * 3) % 7), 2)
FROM "Bed" b
WHERE b."BedID" = a."BedID" AND a."DischargeDate" IS NOT NULL;

INSERT INTO "Appointment"
SELECT n,
       CASE WHEN dept = 5 THEN 10 * (1 + (n * 13) % 120)
            WHEN dept = 6 THEN 10 * ((n * 17) % 120) + 1
            WHEN (n * 31 + n / 5) % 1180 % 10 = 9 THEN (n * 31 + n / 5) % 1180 + 3
            ELSE 1 + (n * 31 + n / 5) % 1180 END,
       (dept - 1) * 6 + (ARRAY[1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 2, 3, 4])[1 + (n / 15 + n * 7) % 13],
       at,
       CASE typ WHEN 'New Patient' THEN 45 WHEN 'Consultation' THEN 40 WHEN 'Telehealth' THEN 20 ELSE 30 END,
       typ,
       CASE WHEN at > TIMESTAMP '2024-12-31 23:59' THEN 'Scheduled'
            WHEN n % 11 = 0 THEN 'Cancelled'
            WHEN n % 14 = 0 THEN 'No-Show'
            ELSE 'Completed' END,
       CASE typ WHEN 'New Patient' THEN 250.00 WHEN 'Consultation' THEN 300.00 WHEN 'Telehealth' THEN 95.00
                WHEN 'Annual Check-up' THEN 180.00 ELSE 120.00 END
         + CASE WHEN dept IN (1, 7, 8) THEN 40.00 ELSE 0 END,
       CASE WHEN at <= TIMESTAMP '2024-12-31 23:59' AND n % 11 <> 0 AND n % 14 <> 0 AND typ <> 'Telehealth'
            THEN at - make_interval(mins => 5 + (n * 7) % 20) END,
       CASE WHEN n % 6 = 0 THEN NULL
            ELSE (CASE dept
                   WHEN 1 THEN ARRAY['Chest pain','Palpitations','Blood pressure review']
                   WHEN 2 THEN ARRAY['Knee pain','Back pain','Post-op review']
                   WHEN 3 THEN ARRAY['Hernia assessment','Post-op review','Abdominal pain']
                   WHEN 4 THEN ARRAY['Diabetes follow-up','Fatigue','Medication review']
                   WHEN 5 THEN ARRAY['Well-child visit','Ear infection','Asthma review']
                   WHEN 6 THEN ARRAY['Prenatal visit','Postpartum check','Pelvic pain']
                   WHEN 7 THEN ARRAY['Headaches','Seizure follow-up','Numbness']
                   WHEN 8 THEN ARRAY['Chemotherapy planning','Scan results','Follow-up after treatment']
                   ELSE ARRAY['Shortness of breath','Chronic cough','Sleep study results'] END)[1 + (n / 2) % 3] END,
       (at - make_interval(days => 1 + (n * 7) % 40, hours => (n * 3) % 9)) AT TIME ZONE 'America/New_York'
FROM (
  SELECT n, (ARRAY[1, 1, 2, 2, 2, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8, 9, 1, 4, 6])[1 + n % 19] AS dept,
         TIMESTAMP '2022-01-03 08:00'
           + make_interval(days => floor(1110 * power((n - 0.5) / 2000.0, 0.9))::int,
                           hours => (n * 5) % 9, mins => 15 * ((n * 3) % 4)) AS at,
         (ARRAY['Follow-up','New Patient','Follow-up','Consultation','Annual Check-up','Telehealth','Follow-up'])[1 + (n * 3 + n / 7) % 7] AS typ
  FROM generate_series(1, 2000) AS n
) s;

-- Lab tests: inpatient orders during a stay, outpatient ones at some completed visits.
CREATE TEMP TABLE lt (idx integer, tname varchar(60), cat varchar(20), unit varchar(20), lo numeric, hi numeric, fee numeric(8,2));
INSERT INTO lt VALUES
  (0, 'Complete Blood Count', 'Hematology', '10^3/uL', 4.5, 11.0, 45.00),
  (1, 'Basic Metabolic Panel', 'Chemistry', 'mg/dL', 70, 99, 62.00),
  (2, 'Hemoglobin A1c', 'Chemistry', '%', 4.0, 5.6, 58.00),
  (3, 'Lipid Panel', 'Chemistry', 'mg/dL', 100, 199, 75.00),
  (4, 'Troponin I', 'Cardiac', 'ng/mL', 0.00, 0.04, 96.00),
  (5, 'TSH', 'Endocrine', 'mIU/L', 0.4, 4.0, 68.00),
  (6, 'C-Reactive Protein', 'Immunology', 'mg/L', 0.0, 10.0, 52.00),
  (7, 'Creatinine', 'Chemistry', 'mg/dL', 0.6, 1.2, 38.00),
  (8, 'INR', 'Hematology', 'ratio', 0.8, 1.1, 41.00),
  (9, 'Urinalysis', 'Urinalysis', 'SG', 1.005, 1.030, 29.00);

INSERT INTO "LabResult"
SELECT row_number() OVER (ORDER BY o.ordered, o.pid)::int,
       o.pid, o.adm, o.doc, t.tname, t.cat, o.ordered,
       CASE WHEN o.k % 53 = 0 OR o.ordered > TIMESTAMP '2024-12-27 12:00' THEN NULL
            ELSE o.ordered + make_interval(hours => 2 + o.k % 30) END,
       CASE WHEN o.k % 53 = 0 OR o.ordered > TIMESTAMP '2024-12-27 12:00' THEN NULL
            WHEN o.k % 6 = 0 THEN round(t.hi + (t.hi - t.lo) * (0.15 + (o.k % 7) * 0.12), 2)
            WHEN o.k % 17 = 0 THEN round(t.lo - (t.hi - t.lo) * 0.08, 2)
            ELSE round(t.lo + (t.hi - t.lo) * ((o.k * 37) % 100) / 100.0, 2) END,
       t.unit,
       t.lo::text || '-' || t.hi::text,
       CASE WHEN o.k % 53 = 0 OR o.ordered > TIMESTAMP '2024-12-27 12:00' THEN NULL
            ELSE (o.k % 6 = 0 OR o.k % 17 = 0) END,
       CASE WHEN o.k % 53 = 0 THEN 'Cancelled'
            WHEN o.ordered > TIMESTAMP '2024-12-27 12:00' THEN 'Pending'
            ELSE 'Completed' END,
       t.fee
FROM (
  SELECT a."PatientID" AS pid, a."AdmissionID" AS adm, a."DoctorID" AS doc,
         a."AdmitDate" + make_interval(hours => 1 + s * 9) AS ordered,
         a."AdmissionID" * 2 + s AS k,
         (a."AdmissionID" / 2 + s * 3) % 10 AS tidx
  FROM "Admission" a CROSS JOIN generate_series(0, 1) AS s
  WHERE (s = 0 AND a."AdmissionID" % 5 <> 4) OR (s = 1 AND a."AdmissionID" % 4 = 0)
  UNION ALL
  SELECT ap."PatientID", NULL, ap."DoctorID",
         ap."ScheduledAt" + interval '50 minutes',
         5000 + ap."AppointmentID",
         (ap."AppointmentID" / 4 * 3) % 10
  FROM "Appointment" ap
  WHERE ap."Status" = 'Completed' AND ap."AppointmentID" % 4 = 0
) o
JOIN lt t ON t.idx = o.tidx;

CREATE TEMP TABLE rx (idx integer, mname varchar(60), dosage varchar(30), freq varchar(30), price numeric(8,2), generic boolean);
INSERT INTO rx VALUES
  (0, 'Atorvastatin', '40 mg', 'Once daily', 0.45, true),
  (1, 'Metoprolol Tartrate', '25 mg', 'Twice daily', 0.30, true),
  (2, 'Lisinopril', '10 mg', 'Once daily', 0.25, true),
  (3, 'Metformin', '500 mg', 'Twice daily', 0.20, true),
  (4, 'Apixaban', '5 mg', 'Twice daily', 8.75, false),
  (5, 'Amoxicillin', '500 mg', 'Every 8 hours', 0.55, true),
  (6, 'Ceftriaxone', '1 g IV', 'Once daily', 14.20, true),
  (7, 'Oxycodone', '5 mg', 'Every 6 hours as needed', 1.10, true),
  (8, 'Ondansetron', '4 mg', 'Every 8 hours as needed', 0.95, true),
  (9, 'Albuterol Inhaler', '90 mcg', '2 puffs every 4 hours', 38.50, false),
  (10, 'Prednisone', '20 mg', 'Once daily', 0.35, true),
  (11, 'Levetiracetam', '500 mg', 'Twice daily', 1.60, true),
  (12, 'Enoxaparin', '40 mg injection', 'Once daily', 22.40, false),
  (13, 'Pantoprazole', '40 mg', 'Once daily', 0.40, true),
  (14, 'Acetaminophen', '650 mg', 'Every 6 hours as needed', 0.10, true),
  (15, 'Insulin Glargine', '20 units', 'Once daily at bedtime', 31.80, false);

INSERT INTO "Prescription"
SELECT row_number() OVER (ORDER BY o.pdate, o.k)::int,
       o.pid, o.doc, o.adm, r.mname, r.dosage, r.freq,
       o.qty, CASE WHEN o.adm IS NULL THEN (o.k % 4) ELSE 0 END,
       r.price, o.pdate,
       CASE WHEN o.k % 10 = 7 THEN NULL ELSE o.pdate + o.days END,
       r.generic,
       CASE WHEN o.k % 19 = 0 THEN 'Discontinued'
            WHEN o.k % 10 = 7 OR o.pdate + o.days > DATE '2024-12-31' THEN 'Active'
            ELSE 'Completed' END
FROM (
  SELECT a."PatientID" AS pid, a."DoctorID" AS doc, a."AdmissionID" AS adm,
         coalesce(a."DischargeDate", a."AdmitDate")::date AS pdate,
         a."AdmissionID" * 3 + s AS k,
         CASE w."DepartmentID" WHEN 1 THEN (ARRAY[0, 1, 4, 2])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 2 THEN (ARRAY[7, 12, 14, 8])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 3 THEN (ARRAY[7, 6, 8, 14])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 4 THEN (ARRAY[3, 15, 5, 13])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 5 THEN (ARRAY[5, 9, 14, 10])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 6 THEN (ARRAY[14, 7, 12, 8])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 7 THEN (ARRAY[11, 14, 4, 0])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 8 THEN (ARRAY[8, 10, 7, 12])[1 + (a."AdmissionID" + s) % 4]
                               WHEN 9 THEN (ARRAY[9, 10, 5, 6])[1 + (a."AdmissionID" + s) % 4]
                               ELSE (ARRAY[6, 12, 13, 7])[1 + (a."AdmissionID" + s) % 4] END AS ridx,
         10 + (a."AdmissionID" * 7 + s) % 5 * 10 AS qty,
         7 + (a."AdmissionID" + s) % 4 * 7 AS days
  FROM "Admission" a
  JOIN "Bed" b ON b."BedID" = a."BedID"
  JOIN "Ward" w ON w."WardID" = b."WardID"
  CROSS JOIN generate_series(0, 1) AS s
  WHERE (s = 0 AND a."AdmissionID" % 10 <> 9) OR (s = 1 AND a."AdmissionID" % 4 = 0)
  UNION ALL
  SELECT ap."PatientID", ap."DoctorID", NULL,
         ap."ScheduledAt"::date,
         10000 + ap."AppointmentID",
         (ARRAY[0, 2, 3, 5, 9, 10, 13, 14, 1, 5])[1 + (ap."AppointmentID" / 5 * 3) % 10],
         30 * (1 + ap."AppointmentID" % 3),
         30 * (1 + ap."AppointmentID" % 3)
  FROM "Appointment" ap
  WHERE ap."Status" = 'Completed' AND ap."AppointmentID" % 5 = 1
) o
JOIN rx r ON r.idx = o.ridx;

INSERT INTO "Bill"
SELECT row_number() OVER (ORDER BY a."DischargeDate", a."AdmissionID")::int,
       a."AdmissionID", a."PatientID", p."InsurerID",
       a."DischargeDate"::date + 2,
       a."DischargeDate"::date + 32,
       a."TotalCost",
       coalesce(round(a."TotalCost" * i."CoveragePercent" / 100, 2), 0),
       a."TotalCost" - coalesce(round(a."TotalCost" * i."CoveragePercent" / 100, 2), 0),
       'Unpaid'
FROM "Admission" a
JOIN "Patient" p ON p."PatientID" = a."PatientID"
LEFT JOIN "Insurer" i ON i."InsurerID" = p."InsurerID"
WHERE a."DischargeDate" IS NOT NULL;

INSERT INTO "Payment"
SELECT row_number() OVER (ORDER BY x.pdate, x."BillID", x.payer)::int,
       x."BillID", x.pdate, x.amount, x.method, x.payer, x.ref,
       (x.pdate + make_time(9 + x."BillID" % 8, (x."BillID" * 7) % 60, 0)) AT TIME ZONE 'America/New_York'
FROM (
  SELECT b."BillID", b."BillDate" + 18 + (b."BillID" * 7) % 25 AS pdate,
         b."InsuranceCovered" AS amount, 'Insurance' AS method, 'Insurer' AS payer,
         'EOB-' || (700000 + b."BillID" * 31)::text AS ref
  FROM "Bill" b
  WHERE b."InsuranceCovered" > 0 AND b."BillID" % 37 <> 0
  UNION ALL
  SELECT b."BillID", b."BillDate" + 10 + (b."BillID" * 11) % 40,
         CASE WHEN b."BillID" % 7 = 0 THEN round(b."PatientResponsibility" / 2, 2) ELSE b."PatientResponsibility" END,
         (ARRAY['Credit Card', 'Credit Card', 'Check', 'Cash', 'Bank Transfer'])[1 + b."BillID" % 5],
         'Patient',
         CASE WHEN b."BillID" % 5 = 3 THEN NULL ELSE 'TXN' || (5500000 + b."BillID" * 13)::text END
  FROM "Bill" b
  WHERE b."PatientResponsibility" > 0 AND b."BillID" % 3 <> 2 AND b."BillID" % 31 <> 0
  UNION ALL
  SELECT b."BillID", b."BillDate" + 75 + b."BillID" % 20,
         b."PatientResponsibility" - round(b."PatientResponsibility" / 2, 2),
         'Credit Card', 'Patient', 'TXN' || (5600000 + b."BillID" * 13)::text
  FROM "Bill" b
  WHERE b."PatientResponsibility" > 0 AND b."BillID" % 7 = 0 AND b."BillID" % 3 = 0
    AND b."BillID" % 31 <> 0
) x
WHERE x.pdate <= DATE '2024-12-31';

UPDATE "Bill" b
SET "Status" = CASE WHEN coalesce(s.paid, 0) >= b."TotalAmount" THEN 'Paid'
                    WHEN b."BillID" % 31 = 0 AND b."BillDate" < DATE '2024-06-01' THEN 'Written Off'
                    WHEN coalesce(s.paid, 0) > 0 THEN 'Partially Paid'
                    ELSE 'Unpaid' END
FROM (SELECT bb."BillID", (SELECT sum(p."Amount") FROM "Payment" p WHERE p."BillID" = bb."BillID") AS paid
      FROM "Bill" bb) s
WHERE s."BillID" = b."BillID";

-- Nobody is registered after their first visit or stay.
UPDATE "Patient" p
SET "RegisteredAt" = f.first_seen - make_interval(days => 1 + p."PatientID" % 20, hours => p."PatientID" % 7)
FROM (SELECT "PatientID", min(t) AS first_seen
      FROM (SELECT "PatientID", "AdmitDate" AS t FROM "Admission"
            UNION ALL SELECT "PatientID", "ScheduledAt" FROM "Appointment") e
      GROUP BY "PatientID") f
WHERE f."PatientID" = p."PatientID" AND p."RegisteredAt" > f.first_seen;

DROP TABLE dx, px, lt, rx;
