-- Production schema of a fitness tracking app (Prisma-managed): members, coaches, training
-- programs, logged workouts, exercises, challenges, subscriptions, payments and paired
-- wearables. Sample database of benches/intent/fitness.frozen.yaml. Every row is invented
-- and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE "Plan" (
    "id"           integer PRIMARY KEY,
    "name"         text NOT NULL UNIQUE,
    "monthlyPrice" numeric(8,2) NOT NULL,
    "yearlyPrice"  numeric(8,2) NOT NULL,
    "maxDevices"   integer NOT NULL,
    "hasCoaching"  boolean NOT NULL DEFAULT false,
    "isActive"     boolean NOT NULL DEFAULT true,
    "createdAt"    timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"    timestamp(3) NOT NULL
);

CREATE TABLE "Coach" (
    "id"          integer PRIMARY KEY,
    "firstName"   text NOT NULL,
    "lastName"    text NOT NULL,
    "email"       varchar(191) NOT NULL UNIQUE,
    "specialty"   text NOT NULL,
    "city"        text NOT NULL,
    "hourlyRate"  numeric(8,2) NOT NULL,
    "rating"      numeric(3,2),
    "isCertified" boolean NOT NULL DEFAULT false,
    "hiredOn"     date NOT NULL,
    "isActive"    boolean NOT NULL DEFAULT true,
    "createdAt"   timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"   timestamp(3) NOT NULL
);

CREATE TABLE "User" (
    "id"          integer PRIMARY KEY,
    "email"       varchar(191) NOT NULL UNIQUE,
    "firstName"   text NOT NULL,
    "lastName"    text NOT NULL,
    "gender"      text,
    "birthDate"   date,
    "city"        text NOT NULL,
    "country"     text NOT NULL,
    "heightCm"    integer,
    "weightKg"    numeric(5,1),
    "fitnessGoal" text,
    "coachId"     integer REFERENCES "Coach"("id") ON DELETE SET NULL,
    "isActive"    boolean NOT NULL DEFAULT true,
    "lastLoginAt" timestamptz,
    "createdAt"   timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"   timestamp(3) NOT NULL
);

CREATE TABLE "Device" (
    "id"              integer PRIMARY KEY,
    "userId"          integer NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
    "brand"           text NOT NULL,
    "model"           text NOT NULL,
    "deviceType"      text NOT NULL,
    "serialNumber"    varchar(32) NOT NULL UNIQUE,
    "firmwareVersion" varchar(16),
    "pairedAt"        timestamptz NOT NULL,
    "lastSyncedAt"    timestamptz,
    "isActive"        boolean NOT NULL DEFAULT true,
    "createdAt"       timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"       timestamp(3) NOT NULL
);

CREATE TABLE "Program" (
    "id"              integer PRIMARY KEY,
    "title"           text NOT NULL,
    "category"        text NOT NULL,
    "level"           text NOT NULL,
    "coachId"         integer NOT NULL REFERENCES "Coach"("id"),
    "durationWeeks"   integer NOT NULL,
    "sessionsPerWeek" integer NOT NULL,
    "isPremium"       boolean NOT NULL DEFAULT false,
    "status"          text NOT NULL DEFAULT 'DRAFT',
    "publishedAt"     date,
    "createdAt"       timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"       timestamp(3) NOT NULL
);

CREATE TABLE "ProgramEnrollment" (
    "id"              integer PRIMARY KEY,
    "userId"          integer NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
    "programId"       integer NOT NULL REFERENCES "Program"("id"),
    "startedOn"       date NOT NULL,
    "completedAt"     timestamp(3),
    "status"          text NOT NULL,
    "progressPercent" integer NOT NULL DEFAULT 0,
    "createdAt"       timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"       timestamp(3) NOT NULL,
    UNIQUE ("userId", "programId")
);

CREATE TABLE "Exercise" (
    "id"          integer PRIMARY KEY,
    "name"        text NOT NULL UNIQUE,
    "muscleGroup" text NOT NULL,
    "equipment"   text,
    "isCompound"  boolean NOT NULL DEFAULT false,
    "createdAt"   timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"   timestamp(3) NOT NULL
);

CREATE TABLE "Workout" (
    "id"               integer PRIMARY KEY,
    "userId"           integer NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
    "programId"        integer REFERENCES "Program"("id"),
    "deviceId"         integer REFERENCES "Device"("id") ON DELETE SET NULL,
    "type"             text NOT NULL,
    "startedAt"        timestamptz NOT NULL,
    "durationMinutes"  integer NOT NULL,
    "caloriesBurned"   integer NOT NULL,
    "distanceKm"       numeric(6,2),
    "avgHeartRate"     integer,
    "perceivedEffort"  integer,
    "notes"            text,
    "createdAt"        timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"        timestamp(3) NOT NULL
);

CREATE TABLE "WorkoutExercise" (
    "id"          integer PRIMARY KEY,
    "workoutId"   integer NOT NULL REFERENCES "Workout"("id") ON DELETE CASCADE,
    "exerciseId"  integer NOT NULL REFERENCES "Exercise"("id"),
    "position"    integer NOT NULL,
    "sets"        integer NOT NULL,
    "reps"        integer NOT NULL,
    "weightKg"    numeric(6,2),
    "restSeconds" integer,
    "createdAt"   timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"   timestamp(3) NOT NULL
);

CREATE TABLE "Challenge" (
    "id"               integer PRIMARY KEY,
    "name"             text NOT NULL,
    "metric"           text NOT NULL,
    "goalValue"        numeric(10,2) NOT NULL,
    "startDate"        date NOT NULL,
    "endDate"          date NOT NULL,
    "coachId"          integer REFERENCES "Coach"("id"),
    "prizeAmount"      numeric(8,2),
    "isPublic"         boolean NOT NULL DEFAULT true,
    "createdAt"        timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"        timestamp(3) NOT NULL
);

CREATE TABLE "ChallengeEntry" (
    "id"            integer PRIMARY KEY,
    "challengeId"   integer NOT NULL REFERENCES "Challenge"("id") ON DELETE CASCADE,
    "userId"        integer NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
    "joinedAt"      timestamptz NOT NULL,
    "progressValue" numeric(10,2) NOT NULL DEFAULT 0,
    "status"        text NOT NULL,
    "finalRank"     integer,
    "createdAt"     timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"     timestamp(3) NOT NULL,
    UNIQUE ("challengeId", "userId")
);

CREATE TABLE "Subscription" (
    "id"           integer PRIMARY KEY,
    "userId"       integer NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
    "planId"       integer NOT NULL REFERENCES "Plan"("id"),
    "status"       text NOT NULL,
    "billingCycle" text NOT NULL,
    "startDate"    date NOT NULL,
    "endDate"      date,
    "trialEndsAt"  date,
    "cancelledAt"  timestamptz,
    "autoRenew"    boolean NOT NULL DEFAULT true,
    "createdAt"    timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"    timestamp(3) NOT NULL
);

CREATE TABLE "Payment" (
    "id"             integer PRIMARY KEY,
    "subscriptionId" integer NOT NULL REFERENCES "Subscription"("id"),
    "userId"         integer NOT NULL REFERENCES "User"("id"),
    "amount"         numeric(10,2) NOT NULL,
    "currency"       varchar(3) NOT NULL DEFAULT 'EUR',
    "status"         text NOT NULL,
    "method"         text NOT NULL,
    "invoiceNumber"  varchar(20) NOT NULL UNIQUE,
    "paidAt"         timestamptz,
    "failureReason"  text,
    "createdAt"      timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"      timestamp(3) NOT NULL
);

CREATE INDEX "Workout_userId_startedAt_idx" ON "Workout"("userId", "startedAt");
CREATE INDEX "Payment_subscriptionId_idx" ON "Payment"("subscriptionId");
CREATE INDEX "Subscription_userId_idx" ON "Subscription"("userId");

INSERT INTO "Plan" VALUES
  (1, 'Free', 0.00, 0.00, 1, false, true, '2021-11-02 09:00:00', '2021-11-02 09:00:00'),
  (2, 'Plus', 9.99, 99.00, 2, false, true, '2021-11-02 09:00:00', '2023-03-01 10:15:00'),
  (3, 'Pro', 19.99, 199.00, 5, true, true, '2021-11-02 09:00:00', '2023-03-01 10:15:00');

INSERT INTO "Coach" VALUES
  ( 1, 'Marco',   'Bianchi',   'marco.bianchi@coach.stridely.app',   'Strength',  'Milan',      55.00, 4.80, true,  '2021-10-04', true,  '2021-10-04 08:30:00', '2024-06-11 12:00:00'),
  ( 2, 'Claire',  'Dubois',    'claire.dubois@coach.stridely.app',   'Running',   'Lyon',       45.00, 4.65, true,  '2021-10-18', true,  '2021-10-18 09:10:00', '2024-02-03 16:20:00'),
  ( 3, 'Anika',   'Sharma',    'anika.sharma@coach.stridely.app',    'Yoga',      'London',     60.00, 4.92, true,  '2021-11-01', true,  '2021-11-01 10:00:00', '2024-09-14 11:45:00'),
  ( 4, 'Jonas',   'Keller',    'jonas.keller@coach.stridely.app',    'HIIT',      'Berlin',     50.00, 4.55, true,  '2021-11-15', true,  '2021-11-15 14:05:00', '2023-12-01 09:00:00'),
  ( 5, 'Lucia',   'Fernandez', 'lucia.fernandez@coach.stridely.app', 'Cycling',   'Madrid',     42.00, 4.40, false, '2022-01-10', true,  '2022-01-10 11:30:00', '2024-04-22 15:10:00'),
  ( 6, 'Sophie',  'Martin',    'sophie.martin@coach.stridely.app',   'Mobility',  'Paris',      48.00, 4.71, true,  '2022-02-07', true,  '2022-02-07 09:45:00', '2024-01-19 10:30:00'),
  ( 7, 'Daniel',  'Walker',    'daniel.walker@coach.stridely.app',   'Strength',  'Manchester', 52.00, 4.58, true,  '2022-03-14', true,  '2022-03-14 13:20:00', '2024-07-30 17:00:00'),
  ( 8, 'Thomas',  'Girard',    'thomas.girard@coach.stridely.app',   'Running',   'Marseille',  40.00, NULL, false, '2022-04-04', true,  '2022-04-04 08:00:00', '2023-05-09 08:40:00'),
  ( 9, 'Eva',     'Janssen',   'eva.janssen@coach.stridely.app',     'Yoga',      'Amsterdam',  58.00, 4.85, true,  '2022-05-16', true,  '2022-05-16 10:10:00', '2024-10-02 14:00:00'),
  (10, 'Pablo',   'Romero',    'pablo.romero@coach.stridely.app',    'HIIT',      'Barcelona',  44.00, 4.36, true,  '2022-06-20', true,  '2022-06-20 15:30:00', '2024-03-12 09:25:00'),
  (11, 'Felix',   'Wagner',    'felix.wagner@coach.stridely.app',    'Cycling',   'Munich',     50.00, 4.62, true,  '2022-08-01', true,  '2022-08-01 09:00:00', '2024-08-08 11:11:00'),
  (12, 'Hannah',  'Schmidt',   'hannah.schmidt@coach.stridely.app',  'Running',   'Hamburg',    46.00, 4.77, true,  '2022-09-12', true,  '2022-09-12 10:40:00', '2024-05-27 13:35:00'),
  (13, 'Oliver',  'Bennett',   'oliver.bennett@coach.stridely.app',  'Strength',  'London',     65.00, 4.50, true,  '2022-11-07', true,  '2022-11-07 12:00:00', '2024-11-18 10:05:00'),
  (14, 'Giulia',  'Romano',    'giulia.romano@coach.stridely.app',   'Strength',  'Milan',      54.00, 4.88, true,  '2023-01-09', true,  '2023-01-09 09:15:00', '2024-09-03 16:45:00'),
  (15, 'Ines',    'Costa',     'ines.costa@coach.stridely.app',      'Swimming',  'Lisbon',     47.00, 4.44, false, '2023-02-20', true,  '2023-02-20 08:50:00', '2024-06-30 12:30:00'),
  (16, 'Lukas',   'Becker',    'lukas.becker@coach.stridely.app',    'Running',   'Berlin',     51.00, 4.69, true,  '2023-04-03', true,  '2023-04-03 10:20:00', '2024-10-21 09:40:00'),
  (17, 'Amelie',  'Laurent',   'amelie.laurent@coach.stridely.app',  'Nutrition', 'Paris',      70.00, 4.90, true,  '2023-05-15', true,  '2023-05-15 11:00:00', '2024-12-02 15:15:00'),
  (18, 'Sanne',   'de Vries',  'sanne.devries@coach.stridely.app',   'Nutrition', 'Amsterdam',  62.00, 4.57, true,  '2023-06-26', true,  '2023-06-26 09:30:00', '2024-08-19 10:00:00'),
  (19, 'Ryan',    'Murphy',    'ryan.murphy@coach.stridely.app',     'Strength',  'Manchester', 49.00, NULL, false, '2023-08-07', false, '2023-08-07 14:45:00', '2024-04-01 08:00:00'),
  (20, 'Elena',   'Garcia',    'elena.garcia@coach.stridely.app',    'Yoga',      'Madrid',     43.00, 4.48, true,  '2023-09-18', true,  '2023-09-18 10:05:00', '2024-11-05 17:20:00'),
  (21, 'Hugo',    'Lefevre',   'hugo.lefevre@coach.stridely.app',    'Running',   'Lyon',       41.00, 4.31, false, '2023-11-06', true,  '2023-11-06 08:25:00', '2024-07-12 11:50:00'),
  (22, 'Matteo',  'Ricci',     'matteo.ricci@coach.stridely.app',    'HIIT',      'Milan',      46.00, 4.60, true,  '2024-01-15', true,  '2024-01-15 09:40:00', '2024-10-28 14:10:00'),
  (23, 'Chloe',   'Evans',     'chloe.evans@coach.stridely.app',     'Nutrition', 'London',     68.00, NULL, true,  '2024-05-06', true,  '2024-05-06 10:00:00', '2024-05-06 10:00:00'),
  (24, 'Nils',    'Hoffmann',  'nils.hoffmann@coach.stridely.app',   'Cycling',   'Munich',     45.00, NULL, false, '2024-09-02', false, '2024-09-02 13:00:00', '2024-12-10 09:30:00');

INSERT INTO "User"
SELECT u,
       lower(fname) || '.' || lower(lname) || u || '@' ||
         (ARRAY['gmail.com','outlook.com','yahoo.fr','web.de','icloud.com','proton.me'])[1 + (u * 7) % 6],
       fname,
       lname,
       CASE WHEN u % 23 = 0 THEN NULL WHEN u % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
       CASE WHEN u % 9 = 0 THEN NULL ELSE date '1962-03-01' + (u * 997) % 14200 END,
       (ARRAY['Paris','London','Berlin','Lyon','Madrid','Paris','Munich','London','Barcelona','Amsterdam',
              'Milan','Paris','Hamburg','Marseille','Berlin','London','Manchester','Lyon','Madrid','Amsterdam'])[1 + ci],
       (ARRAY['France','United Kingdom','Germany','France','Spain','France','Germany','United Kingdom','Spain','Netherlands',
              'Italy','France','Germany','France','Germany','United Kingdom','United Kingdom','France','Spain','Netherlands'])[1 + ci],
       CASE WHEN u % 6 = 0 THEN NULL WHEN u % 2 = 0 THEN 158 + (u * 7) % 20 ELSE 170 + (u * 11) % 22 END,
       CASE WHEN u % 5 = 0 THEN NULL WHEN u % 2 = 0 THEN 52 + ((u * 13) % 300) / 10.0 ELSE 66 + ((u * 17) % 380) / 10.0 END,
       CASE WHEN u % 8 = 5 THEN NULL
            ELSE (ARRAY['LOSE_WEIGHT','BUILD_MUSCLE','IMPROVE_ENDURANCE','STAY_ACTIVE','LOSE_WEIGHT','STAY_ACTIVE'])[1 + (u * 5) % 6] END,
       CASE WHEN u % 20 >= 17 OR u % 20 = 13 THEN 1 + (u / 3) % 22 END,
       u % 11 <> 0,
       CASE WHEN u % 17 = 0 THEN NULL
            ELSE least(created + ((u * 53) % 400) * interval '1 day' + interval '7 hours', timestamp '2024-12-31 21:40:00') END,
       created,
       least(created + ((u * 29) % 200) * interval '1 day', timestamp '2024-12-31 22:00:00')
FROM (
  SELECT u,
         (u * 7 + u / 20) % 20 AS ci,
         CASE WHEN u % 2 = 0
              THEN (ARRAY['Emma','Chloe','Lea','Camille','Sarah','Laura','Anna','Lena','Marie','Sofia',
                          'Julia','Lucia','Martina','Olivia','Amelia','Isla','Mila','Noor','Fleur','Giulia'])[1 + (u / 2) % 20]
              ELSE (ARRAY['Lucas','Hugo','Louis','Nathan','Paul','Leon','Felix','Max','Jonas','Mateo',
                          'Pablo','Daniel','Oliver','Jack','Harry','Sem','Daan','Luca','Marco','Tom'])[1 + (u / 2) % 20] END AS fname,
         (ARRAY['Martin','Bernard','Petit','Moreau','Laurent','Muller','Schneider','Fischer','Weber','Meyer',
                'Garcia','Lopez','Sanchez','Navarro','Smith','Jones','Taylor','Brown','Wilson','Davies',
                'de Jong','Bakker','Visser','Rossi','Russo','Ferrari','Esposito','Colombo','Roux','Fontaine',
                'Wagner','Becker','Hoffmann','Torres','Ruiz','Evans','Hughes','Jansen','Conti','Girard'])[1 + (u * 13 + u / 40) % 40] AS lname,
         timestamp '2022-01-01 08:00:00' + (u - 1) * interval '65 hours 30 minutes' + ((u * 17) % 11) * interval '1 hour' AS created
  FROM generate_series(1, 400) AS u
) s;

INSERT INTO "Device"
SELECT d,
       uid,
       (ARRAY['Garmin','Garmin','Apple','Apple','Fitbit','Fitbit','Polar','Polar','Whoop','Withings','Samsung','Oura'])[1 + m],
       (ARRAY['Forerunner 255','Fenix 7','Apple Watch Series 8','Apple Watch SE','Charge 5','Versa 4','H10',
              'Pacer Pro','Whoop 4.0','Body+','Galaxy Watch 6','Oura Ring Gen3'])[1 + m],
       (ARRAY['WATCH','WATCH','WATCH','WATCH','BAND','WATCH','CHEST_STRAP','WATCH','BAND','SMART_SCALE','WATCH','RING'])[1 + m],
       upper(substr(md5('device' || d), 1, 12)),
       CASE WHEN d % 7 = 0 THEN NULL ELSE (2 + d % 5) || '.' || (d * 3) % 20 || '.' || d % 9 END,
       paired,
       CASE WHEN d % 10 = 0 THEN NULL
            ELSE least(paired + ((d * 31) % 500) * interval '1 day' + interval '3 hours', timestamptz '2024-12-31 20:00:00') END,
       d % 10 <> 0,
       paired,
       least(paired + ((d * 11) % 90) * interval '1 day', timestamp '2024-12-31 22:00:00')
FROM (
  SELECT d, uid, (d * 7 + d / 12) % 12 AS m,
         least(u."createdAt" + ((d * 17) % 60) * interval '1 day' + interval '2 hours', timestamp '2024-12-31 12:00:00') AS paired
  FROM (SELECT d, 1 + (d * 11) % 260 AS uid FROM generate_series(1, 300) AS d) x
  JOIN "User" u ON u."id" = x.uid
) s;

INSERT INTO "Program" VALUES
  ( 1, 'Couch to 5K',                   'Running',  'BEGINNER',      2,  9, 3, false, 'PUBLISHED', '2022-01-10', '2021-12-20 10:00:00', '2023-06-02 09:00:00'),
  ( 2, '10K Builder',                   'Running',  'INTERMEDIATE',  2,  8, 4, true,  'PUBLISHED', '2022-02-14', '2022-01-25 11:00:00', '2023-06-02 09:00:00'),
  ( 3, 'Half Marathon Plan',            'Running',  'INTERMEDIATE',  8, 12, 4, true,  'PUBLISHED', '2022-05-02', '2022-04-10 14:30:00', '2024-01-15 10:00:00'),
  ( 4, 'Marathon Prep',                 'Running',  'ADVANCED',      8, 16, 5, true,  'PUBLISHED', '2022-06-13', '2022-05-20 09:15:00', '2024-01-15 10:00:00'),
  ( 5, 'Beginner Strength Foundations', 'Strength', 'BEGINNER',      1,  6, 3, false, 'PUBLISHED', '2022-01-03', '2021-12-01 08:00:00', '2023-09-10 12:00:00'),
  ( 6, '5x5 Strength',                  'Strength', 'INTERMEDIATE',  1, 12, 3, true,  'PUBLISHED', '2022-03-07', '2022-02-11 10:20:00', '2023-09-10 12:00:00'),
  ( 7, 'Hypertrophy Split',             'Strength', 'ADVANCED',      7, 10, 5, true,  'PUBLISHED', '2022-07-04', '2022-06-01 15:00:00', '2024-02-20 08:30:00'),
  ( 8, 'Kettlebell Basics',             'Strength', 'BEGINNER',     13,  4, 3, false, 'PUBLISHED', '2023-01-16', '2022-12-05 10:00:00', '2023-01-16 07:00:00'),
  ( 9, 'Morning Yoga Flow',             'Yoga',     'BEGINNER',      3,  4, 5, false, 'PUBLISHED', '2022-01-17', '2021-12-15 09:00:00', '2022-11-30 18:00:00'),
  (10, 'Power Yoga',                    'Yoga',     'INTERMEDIATE',  3,  6, 4, true,  'PUBLISHED', '2022-09-05', '2022-08-10 09:45:00', '2023-04-04 13:00:00'),
  (11, 'Yoga for Runners',              'Yoga',     'BEGINNER',      9,  4, 3, false, 'PUBLISHED', '2022-10-03', '2022-09-01 16:10:00', '2024-03-18 11:30:00'),
  (12, 'HIIT Burn 20',                  'HIIT',     'INTERMEDIATE',  4,  6, 4, true,  'PUBLISHED', '2022-02-21', '2022-01-30 12:00:00', '2023-10-09 10:00:00'),
  (13, 'Tabata Express',                'HIIT',     'ADVANCED',      4,  4, 5, true,  'PUBLISHED', '2022-11-14', '2022-10-20 14:00:00', '2023-10-09 10:00:00'),
  (14, 'Fat Loss Bootcamp',             'HIIT',     'BEGINNER',     10,  8, 4, true,  'PUBLISHED', '2023-01-02', '2022-11-28 09:30:00', '2024-01-08 09:00:00'),
  (15, 'Indoor Cycling Base',           'Cycling',  'BEGINNER',      5,  6, 3, false, 'PUBLISHED', '2022-03-21', '2022-02-28 10:00:00', '2023-02-14 15:45:00'),
  (16, 'Climbing Power Rides',          'Cycling',  'ADVANCED',      5,  8, 4, true,  'PUBLISHED', '2023-03-06', '2023-02-01 11:20:00', '2024-04-29 10:10:00'),
  (17, 'Gran Fondo Prep',               'Cycling',  'INTERMEDIATE', 11, 12, 4, true,  'PUBLISHED', '2023-04-17', '2023-03-15 13:00:00', '2024-05-06 08:00:00'),
  (18, 'Mobility Reset',                'Mobility', 'BEGINNER',      6,  4, 5, false, 'PUBLISHED', '2022-04-11', '2022-03-20 09:00:00', '2023-08-21 12:20:00'),
  (19, 'Desk Worker Mobility',          'Mobility', 'BEGINNER',      6,  3, 5, false, 'PUBLISHED', '2023-05-22', '2023-05-01 10:30:00', '2023-05-22 06:00:00'),
  (20, 'Core Crusher',                  'HIIT',     'INTERMEDIATE', 10,  4, 4, false, 'PUBLISHED', '2023-06-12', '2023-05-25 15:00:00', '2024-02-12 10:00:00'),
  (21, 'Glute Builder',                 'Strength', 'INTERMEDIATE',  7,  8, 3, true,  'PUBLISHED', '2023-07-03', '2023-06-10 11:00:00', '2024-06-17 09:30:00'),
  (22, 'Sub-25 5K',                     'Running',  'ADVANCED',     12,  8, 4, true,  'PUBLISHED', '2023-08-14', '2023-07-20 08:45:00', '2024-08-05 14:00:00'),
  (23, 'Pilates Core',                  'Mobility', 'INTERMEDIATE',  9,  6, 3, true,  'PUBLISHED', '2023-10-02', '2023-09-05 10:00:00', '2024-09-09 11:00:00'),
  (24, 'Postnatal Strength',            'Strength', 'BEGINNER',     14,  8, 3, true,  'PUBLISHED', '2024-01-08', '2023-12-01 09:20:00', '2024-07-22 16:00:00'),
  (25, 'Swim Technique',                'Swimming', 'BEGINNER',     15,  6, 3, false, 'PUBLISHED', '2024-03-04', '2024-02-05 12:00:00', '2024-10-14 10:45:00'),
  (26, 'Triathlon Sprint Prep',         'Running',  'INTERMEDIATE', 16, 12, 5, true,  'PUBLISHED', '2024-04-15', '2024-03-18 14:15:00', '2024-11-25 13:00:00'),
  (27, 'New Year Shred 2022',           'HIIT',     'INTERMEDIATE',  4,  6, 5, true,  'ARCHIVED',  '2022-01-02', '2021-12-10 10:00:00', '2022-12-31 23:00:00'),
  (28, 'Summer Beach Body 2022',        'Strength', 'BEGINNER',      7,  8, 4, true,  'ARCHIVED',  '2022-05-09', '2022-04-18 09:00:00', '2022-10-01 08:00:00'),
  (29, 'Olympic Lifting Masterclass',   'Strength', 'ADVANCED',      1, 10, 4, true,  'DRAFT',     NULL,         '2024-10-07 10:00:00', '2024-12-16 17:30:00'),
  (30, 'Prenatal Yoga',                 'Yoga',     'BEGINNER',     20, 12, 3, false, 'DRAFT',     NULL,         '2024-11-12 09:00:00', '2024-12-19 12:00:00');

INSERT INTO "ProgramEnrollment"
SELECT g, uid, pid, started,
       CASE WHEN st = 'COMPLETED' THEN (started + weeks * 7 + (g % 5)) + time '19:30' END,
       st,
       CASE WHEN st = 'COMPLETED' THEN 100
            WHEN st = 'ACTIVE' THEN least(95, greatest(5, ((date '2024-12-31' - started) * 100) / (weeks * 7)))
            ELSE 5 + (g * 7) % 70 END,
       started + time '07:15' + (g % 12) * interval '1 hour',
       CASE WHEN st = 'COMPLETED' THEN (started + weeks * 7 + (g % 5)) + time '19:30'
            ELSE least(started + (g % 40) + time '20:00', timestamp '2024-12-31 22:00:00') END
FROM (
  SELECT g, uid, pid, started, weeks,
         CASE WHEN g % 3 = 1 THEN 'DROPPED'
              WHEN started + weeks * 7 + (g % 5) <= date '2024-12-31' THEN 'COMPLETED'
              ELSE 'ACTIVE' END AS st
  FROM (
    SELECT g, x.uid, x.pid, p."durationWeeks" AS weeks,
           least(greatest(u."createdAt"::date, p."publishedAt") + (g % 40), date '2024-12-20') AS started
    FROM (SELECT DISTINCT ON (uid, pid) g, uid, pid
          FROM (SELECT g, 1 + (g * 13) % 400 AS uid,
                       (ARRAY[1,5,9,12,1,2,3,4,6,7,8,10,11,1,5,9,13,14,15,16,12,17,18,19,20,1,
                              21,22,23,24,25,26,2,3,7,6,9,12,14,18])[1 + (g * 7 + g / 40) % 40] AS pid
                FROM generate_series(1, 600) AS g) r
          ORDER BY uid, pid, g) x
    JOIN "User" u ON u."id" = x.uid
    JOIN "Program" p ON p."id" = x.pid
  ) a
) b;

INSERT INTO "Exercise" ("id", "name", "muscleGroup", "equipment", "isCompound", "createdAt", "updatedAt") VALUES
  ( 1, 'Barbell Back Squat',     'Legs',      'Barbell',     true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  ( 2, 'Deadlift',               'Back',      'Barbell',     true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  ( 3, 'Bench Press',            'Chest',     'Barbell',     true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  ( 4, 'Overhead Press',         'Shoulders', 'Barbell',     true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  ( 5, 'Barbell Row',            'Back',      'Barbell',     true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  ( 6, 'Romanian Deadlift',      'Legs',      'Barbell',     true,  '2021-11-05 10:00:00', '2022-08-01 09:00:00'),
  ( 7, 'Incline Dumbbell Press', 'Chest',     'Dumbbell',    true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  ( 8, 'Dumbbell Lunge',         'Legs',      'Dumbbell',    true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  ( 9, 'Lateral Raise',          'Shoulders', 'Dumbbell',    false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (10, 'Bicep Curl',             'Arms',      'Dumbbell',    false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (11, 'Hammer Curl',            'Arms',      'Dumbbell',    false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (12, 'Triceps Pushdown',       'Arms',      'Cable',       false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (13, 'Lat Pulldown',           'Back',      'Cable',       true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (14, 'Seated Cable Row',       'Back',      'Cable',       true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (15, 'Cable Fly',              'Chest',     'Cable',       false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (16, 'Leg Press',              'Legs',      'Machine',     true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (17, 'Leg Curl',               'Legs',      'Machine',     false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (18, 'Leg Extension',          'Legs',      'Machine',     false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (19, 'Chest Press Machine',    'Chest',     'Machine',     true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (20, 'Kettlebell Swing',       'Full Body', 'Kettlebell',  true,  '2021-11-05 10:00:00', '2023-01-10 11:00:00'),
  (21, 'Goblet Squat',           'Legs',      'Kettlebell',  true,  '2021-11-05 10:00:00', '2023-01-10 11:00:00'),
  (22, 'Pull-Up',                'Back',      NULL,          true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (23, 'Dip',                    'Arms',      NULL,          true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (24, 'Hip Thrust',             'Legs',      'Barbell',     true,  '2022-06-20 14:00:00', '2022-06-20 14:00:00'),
  (25, 'Burpee',                 'Full Body', NULL,          true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (26, 'Mountain Climber',       'Core',      NULL,          false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (27, 'Jump Squat',             'Legs',      NULL,          true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (28, 'Push-Up',                'Chest',     NULL,          true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (29, 'Box Jump',               'Legs',      'Plyo Box',    true,  '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (30, 'Battle Ropes',           'Full Body', 'Battle Rope', true,  '2022-02-01 09:00:00', '2022-02-01 09:00:00'),
  (31, 'Plank',                  'Core',      NULL,          false, '2021-11-05 10:00:00', '2021-11-05 10:00:00'),
  (32, 'Kettlebell Snatch',      'Full Body', 'Kettlebell',  true,  '2023-01-10 11:00:00', '2023-01-10 11:00:00'),
  (33, 'Hip Flexor Stretch',     'Legs',      NULL,          false, '2024-03-01 10:00:00', '2024-03-01 10:00:00'),
  (34, 'Cat-Cow',                'Back',      NULL,          false, '2024-03-01 10:00:00', '2024-03-01 10:00:00'),
  (35, 'Foam Rolling',           'Full Body', 'Foam Roller', false, '2024-03-01 10:00:00', '2024-03-01 10:00:00'),
  (36, 'Thoracic Rotation',      'Back',      NULL,          false, '2024-03-01 10:00:00', '2024-03-01 10:00:00');

INSERT INTO "Workout"
SELECT g, uid, pid, did, wtype, started, dur,
       dur * (CASE wtype WHEN 'RUNNING' THEN 11 WHEN 'CYCLING' THEN 9 WHEN 'STRENGTH' THEN 7
                         WHEN 'YOGA' THEN 4 WHEN 'HIIT' THEN 12 WHEN 'WALKING' THEN 5 ELSE 10 END) + (g * 7) % 40,
       CASE WHEN g % 13 = 0 THEN NULL
            WHEN wtype = 'RUNNING' THEN round(dur / (5.2 + (g % 9) * 0.2), 2)
            WHEN wtype = 'CYCLING' THEN round(dur / (2.1 + (g % 7) * 0.15), 2)
            WHEN wtype = 'WALKING' THEN round(dur / (10.5 + (g % 5) * 0.5), 2)
            WHEN wtype = 'SWIMMING' THEN round(dur / (28.0 + (g % 6)), 2) END,
       CASE WHEN did IS NOT NULL THEN
              (CASE wtype WHEN 'YOGA' THEN 95 WHEN 'WALKING' THEN 100 WHEN 'HIIT' THEN 140 ELSE 125 END) + (g * 7) % 35 END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE 3 + (g * 3) % 8 END,
       CASE WHEN g % 9 = 0 THEN (ARRAY['Felt great','Legs heavy today','New personal best!','Short on time',
                                       'Hot and humid','Back after a break','Easy recovery session'])[1 + (g / 9) % 7] END,
       started::timestamp + dur * interval '1 minute' + interval '4 minutes',
       started::timestamp + dur * interval '1 minute' + interval '4 minutes' + (CASE WHEN g % 6 = 0 THEN interval '2 days' ELSE interval '0' END)
FROM (
  SELECT g, uid, pid, did, started, wtype,
         CASE wtype WHEN 'RUNNING' THEN 20 + (g * 3) % 55 WHEN 'CYCLING' THEN 30 + (g * 7) % 95
                    WHEN 'STRENGTH' THEN 35 + (g * 5) % 45 WHEN 'YOGA' THEN 25 + (g * 3) % 45
                    WHEN 'HIIT' THEN 15 + (g * 11) % 30 WHEN 'WALKING' THEN 20 + (g * 13) % 70
                    ELSE 25 + (g * 7) % 40 END AS dur
  FROM (
    SELECT g, x.uid,
           CASE WHEN g % 3 = 0 THEN (SELECT min(e."programId") FROM "ProgramEnrollment" e WHERE e."userId" = x.uid AND e."startedOn" <= x.day) END AS pid,
           CASE WHEN g % 5 <> 0 THEN (SELECT min(d."id") FROM "Device" d WHERE d."userId" = x.uid) END AS did,
           greatest(x.day, u."createdAt"::date + 1)
             + time '06:00' + ((g * 5) % 15) * interval '1 hour' + ((g * 13) % 60) * interval '1 minute' AS started,
           (ARRAY['RUNNING','STRENGTH','CYCLING','YOGA','HIIT','RUNNING','WALKING','STRENGTH','SWIMMING','CYCLING'])[1 + (g * 3) % 10] AS basetype
    FROM (
      SELECT g, day,
             CASE WHEN g % 3 = 0 THEN 1 + ((g * 11) % least(50, (nb - 1) / 7 + 1)) * 7
                  ELSE 1 + (g * 7) % least(370, nb) END AS uid
      FROM (
        SELECT g, day, greatest(5, floor((day - date '2022-01-01') * 24 / 65.5)::int) AS nb
        FROM (SELECT g, date '2022-01-03' + floor(1093 * power(((g * 389) % 1800) / 1800.0, 0.75))::int AS day
              FROM generate_series(1, 1800) AS g) d0
      ) d1
    ) x
    JOIN "User" u ON u."id" = x.uid
  ) a
  LEFT JOIN LATERAL (
    SELECT CASE p."category" WHEN 'Running' THEN 'RUNNING' WHEN 'Strength' THEN 'STRENGTH' WHEN 'Yoga' THEN 'YOGA'
                             WHEN 'HIIT' THEN 'HIIT' WHEN 'Cycling' THEN 'CYCLING' WHEN 'Mobility' THEN 'YOGA'
                             WHEN 'Swimming' THEN 'SWIMMING' END AS ptype
    FROM "Program" p WHERE p."id" = a.pid
  ) pt ON true
  CROSS JOIN LATERAL (SELECT coalesce(pt.ptype, a.basetype) AS wtype) w
) b;

INSERT INTO "WorkoutExercise"
SELECT row_number() OVER (ORDER BY w."id", k),
       w."id",
       ex,
       k,
       CASE WHEN w."type" = 'HIIT' THEN 3 + (w."id" + k) % 3 ELSE 3 + (w."id" + k) % 3 END,
       CASE WHEN w."type" = 'HIIT' THEN 10 + ((w."id" * k) % 4) * 5 ELSE 5 + ((w."id" * k) % 4) * 2 END,
       CASE WHEN e."equipment" IS NULL OR e."equipment" IN ('Plyo Box', 'Battle Rope') THEN NULL
            WHEN e."equipment" = 'Barbell' THEN 40 + ((w."id" * 3 + k) % 16) * 5
            WHEN e."equipment" = 'Machine' THEN 30 + ((w."id" + k * 7) % 14) * 5
            WHEN e."equipment" = 'Cable' THEN 20 + ((w."id" + k) % 10) * 2.5
            ELSE 8 + ((w."id" + k * 3) % 12) * 2 END,
       CASE WHEN (w."id" + k) % 6 = 0 THEN NULL WHEN w."type" = 'HIIT' THEN 30 ELSE 60 + ((w."id" + k) % 4) * 30 END,
       w."createdAt",
       w."updatedAt"
FROM "Workout" w
CROSS JOIN LATERAL generate_series(1, 2 + w."id" % 3) AS k
CROSS JOIN LATERAL (SELECT CASE WHEN w."type" = 'STRENGTH' THEN 1 + (w."id" * 7 + k * 5) % 24
                                ELSE 25 + (w."id" + k * 3) % 8 END AS ex) c
JOIN "Exercise" e ON e."id" = c.ex
WHERE w."type" IN ('STRENGTH', 'HIIT');

INSERT INTO "Challenge" VALUES
  ( 1, 'New Year Kickstart 2022',   'WORKOUT_COUNT',   20,    '2022-01-03', '2022-01-31',  4, NULL,   true,  '2021-12-15 10:00:00', '2022-02-01 09:00:00'),
  ( 2, 'Spring 100K Run',           'DISTANCE_KM',     100,   '2022-03-01', '2022-04-30',  2, 150.00, true,  '2022-02-10 11:00:00', '2022-05-01 09:00:00'),
  ( 3, 'May Move More',             'ACTIVE_MINUTES',  900,   '2022-05-01', '2022-05-31', NULL, NULL, true,  '2022-04-20 09:30:00', '2022-06-01 09:00:00'),
  ( 4, 'Summer Cycling Series',     'DISTANCE_KM',     400,   '2022-06-01', '2022-08-31',  5, 250.00, true,  '2022-05-15 14:00:00', '2022-09-01 09:00:00'),
  ( 5, 'September Strength Streak', 'WORKOUT_COUNT',   16,    '2022-09-01', '2022-09-30',  1, NULL,   true,  '2022-08-20 10:00:00', '2022-10-01 09:00:00'),
  ( 6, 'Autumn Calorie Crusher',    'CALORIES',        15000, '2022-10-01', '2022-11-15', 10, 100.00, true,  '2022-09-18 12:00:00', '2022-11-16 09:00:00'),
  ( 7, 'Advent Active Days',        'ACTIVE_MINUTES',  720,   '2022-12-01', '2022-12-24', NULL, NULL, true,  '2022-11-20 09:00:00', '2022-12-25 09:00:00'),
  ( 8, 'New Year Kickstart 2023',   'WORKOUT_COUNT',   20,    '2023-01-02', '2023-01-31',  4, NULL,   true,  '2022-12-12 10:00:00', '2023-02-01 09:00:00'),
  ( 9, 'Lyon Half Marathon Squad',  'DISTANCE_KM',     150,   '2023-02-06', '2023-04-02',  2, 200.00, false, '2023-01-20 15:00:00', '2023-04-03 09:00:00'),
  (10, 'Spring Yoga Month',         'ACTIVE_MINUTES',  600,   '2023-04-01', '2023-04-30',  3, NULL,   true,  '2023-03-15 09:00:00', '2023-05-01 09:00:00'),
  (11, 'Tour de Summer',            'DISTANCE_KM',     500,   '2023-06-01', '2023-07-31', 11, 300.00, true,  '2023-05-10 10:00:00', '2023-08-01 09:00:00'),
  (12, 'August HIIT Blitz',         'CALORIES',        12000, '2023-08-01', '2023-08-31', 10, 120.00, true,  '2023-07-15 11:00:00', '2023-09-01 09:00:00'),
  (13, 'Back to Routine',           'WORKOUT_COUNT',   15,    '2023-09-04', '2023-10-01', NULL, NULL, true,  '2023-08-25 10:00:00', '2023-10-02 09:00:00'),
  (14, 'Movember Miles',            'DISTANCE_KM',     120,   '2023-11-01', '2023-11-30', 12, 150.00, true,  '2023-10-15 09:00:00', '2023-12-01 09:00:00'),
  (15, 'Holiday Burn',              'CALORIES',        10000, '2023-12-01', '2023-12-31', 22, NULL,   true,  '2023-11-20 10:00:00', '2024-01-01 09:00:00'),
  (16, 'New Year Kickstart 2024',   'WORKOUT_COUNT',   20,    '2024-01-02', '2024-01-31',  4, NULL,   true,  '2023-12-12 10:00:00', '2024-02-01 09:00:00'),
  (17, 'Berlin Winter Run Club',    'DISTANCE_KM',     80,    '2024-02-01', '2024-02-29', 16, 100.00, false, '2024-01-15 10:00:00', '2024-03-01 09:00:00'),
  (18, 'Spring 100K Run 2024',      'DISTANCE_KM',     100,   '2024-03-01', '2024-04-30',  8, 200.00, true,  '2024-02-10 11:00:00', '2024-05-01 09:00:00'),
  (19, 'Glute Challenge',           'WORKOUT_COUNT',   18,    '2024-05-06', '2024-06-02',  7, NULL,   true,  '2024-04-20 12:00:00', '2024-06-03 09:00:00'),
  (20, 'Summer Swim Series',        'DISTANCE_KM',     30,    '2024-06-15', '2024-08-15', 15, 250.00, true,  '2024-06-01 09:00:00', '2024-08-16 09:00:00'),
  (21, 'Olympic Summer Sweat',      'ACTIVE_MINUTES',  1200,  '2024-07-26', '2024-08-11', NULL, 500.00, true, '2024-07-10 10:00:00', '2024-08-12 09:00:00'),
  (22, 'October Ride Out',          'DISTANCE_KM',     350,   '2024-10-01', '2024-10-31', 11, 150.00, true,  '2024-09-15 10:00:00', '2024-11-01 09:00:00'),
  (23, 'November Core Challenge',   'WORKOUT_COUNT',   16,    '2024-11-01', '2024-11-30', 22, NULL,   true,  '2024-10-20 09:00:00', '2024-12-01 09:00:00'),
  (24, 'December Streak',           'ACTIVE_MINUTES',  800,   '2024-12-01', '2024-12-31', NULL, NULL, true,  '2024-11-20 10:00:00', '2024-12-31 23:00:00');

INSERT INTO "ChallengeEntry"
SELECT row_number() OVER (ORDER BY cid, k),
       cid, uid, joined, progress,
       st,
       CASE WHEN st = 'COMPLETED' THEN rank() OVER (PARTITION BY cid, st = 'COMPLETED' ORDER BY progress DESC, joined) END,
       joined::timestamp,
       ends + time '23:30'
FROM (
  SELECT cid, k, uid, joined, ends, progress,
         CASE WHEN k % 9 = 4 THEN 'WITHDRAWN' WHEN progress >= goal THEN 'COMPLETED' ELSE 'JOINED' END AS st
  FROM (
    SELECT DISTINCT ON (c."id", 1 + (k * 17 + c."id" * 5) % nb)
           c."id" AS cid, k, 1 + (k * 17 + c."id" * 5) % nb AS uid, c."endDate" AS ends, c."goalValue" AS goal,
           (c."startDate" + (k % 6)) + time '07:00' + ((k * 7) % 14) * interval '1 hour' AS joined,
           round(c."goalValue" * (CASE WHEN k % 9 = 4 THEN 0.1 + (k % 5) * 0.05 ELSE 0.30 + ((k * 37) % 90) / 100.0 END), 2) AS progress
    FROM "Challenge" c
    CROSS JOIN LATERAL (SELECT greatest(10, (extract(epoch FROM (c."startDate" - timestamp '2022-01-01 08:00:00')) / 235800)::int) AS nb) n
    CROSS JOIN LATERAL generate_series(0, 14 + (c."id" * 11) % 30) AS k
    ORDER BY c."id", 1 + (k * 17 + c."id" * 5) % nb, k
  ) a
) b;

INSERT INTO "Subscription"
WITH base AS (
  SELECT u."id" AS uid, u."createdAt" AS created,
         CASE WHEN u."id" % 20 < 11 THEN 1 WHEN u."id" % 20 < 17 THEN 2 ELSE 3 END AS p0,
         u."createdAt"::date + 30 + (u."id" % 5) * 20 AS switched
  FROM "User" u
), plan_rows AS (
  SELECT uid, created, p0 AS plan_id, created::date AS starts,
         CASE WHEN uid % 10 = 3 AND switched <= date '2024-12-01' THEN switched END AS upgraded_on, 1 AS seq
  FROM base
  UNION ALL
  SELECT uid, created, p0 + 1, switched, NULL, 2
  FROM base WHERE uid % 10 = 3 AND switched <= date '2024-12-01'
), shaped AS (
  SELECT r.*,
         CASE WHEN plan_id = 1 THEN 'MONTHLY' WHEN uid % 7 IN (0, 3) THEN 'YEARLY' ELSE 'MONTHLY' END AS cycle,
         starts + ((2 + uid % 8) * interval '1 month') AS planned_end
  FROM plan_rows r
)
SELECT row_number() OVER (ORDER BY starts, uid, seq),
       uid, plan_id,
       CASE WHEN upgraded_on IS NOT NULL THEN 'CANCELLED'
            WHEN plan_id = 1 THEN 'ACTIVE'
            WHEN uid % 9 IN (0, 1, 3, 6) AND planned_end <= date '2024-12-31' THEN 'CANCELLED'
            WHEN uid % 9 = 2 AND cycle = 'MONTHLY' AND starts <= date '2024-10-01' THEN 'PAST_DUE'
            WHEN uid % 9 = 5 AND cycle = 'YEARLY' AND starts + interval '1 year' <= date '2024-12-31' THEN 'EXPIRED'
            ELSE 'ACTIVE' END,
       cycle,
       starts,
       CASE WHEN upgraded_on IS NOT NULL THEN upgraded_on
            WHEN plan_id = 1 THEN NULL
            WHEN uid % 9 IN (0, 1, 3, 6) AND planned_end <= date '2024-12-31' THEN planned_end::date
            WHEN uid % 9 = 5 AND cycle = 'YEARLY' AND starts + interval '1 year' <= date '2024-12-31' THEN (starts + interval '1 year')::date
            END,
       CASE WHEN plan_id > 1 AND uid % 3 = 0 THEN starts + 14 END,
       CASE WHEN upgraded_on IS NOT NULL THEN upgraded_on + time '12:00'
            WHEN plan_id > 1 AND uid % 9 IN (0, 1, 3, 6) AND planned_end <= date '2024-12-31' THEN planned_end - interval '9 days' + time '18:20' END,
       NOT (plan_id = 1 OR upgraded_on IS NOT NULL OR (uid % 9 IN (0, 1, 3, 6) AND planned_end <= date '2024-12-31')
            OR (uid % 9 = 5 AND cycle = 'YEARLY')),
       CASE WHEN seq = 1 THEN created ELSE starts + time '12:00' END,
       CASE WHEN upgraded_on IS NOT NULL THEN upgraded_on + time '12:00'
            ELSE least(starts + time '12:00' + (uid % 60) * interval '1 day', timestamp '2024-12-31 22:00:00') END
FROM shaped;

INSERT INTO "Payment"
WITH charges AS (
  SELECT s."id" AS sid, s."userId" AS uid, s."status" AS sstatus, s."billingCycle" AS cycle, k,
         CASE WHEN s."billingCycle" = 'YEARLY' THEN p."yearlyPrice" ELSE p."monthlyPrice" END AS amount,
         (s."startDate" + CASE WHEN s."billingCycle" = 'YEARLY' THEN k * interval '1 year' ELSE k * interval '1 month' END)::date AS due,
         count(*) OVER (PARTITION BY s."id") AS n, max(k) OVER (PARTITION BY s."id") AS lastk
  FROM "Subscription" s
  JOIN "Plan" p ON p."id" = s."planId"
  CROSS JOIN LATERAL generate_series(0, 40) AS k
  WHERE s."planId" > 1
    AND (s."startDate" + CASE WHEN s."billingCycle" = 'YEARLY' THEN k * interval '1 year' ELSE k * interval '1 month' END)
        < coalesce(s."endDate", date '2024-12-31')
), attempts AS (
  SELECT sid, uid, k, amount, due, 1 AS try,
         CASE WHEN sstatus = 'PAST_DUE' AND k = lastk THEN 'FAILED'
              WHEN (sid + k * 7) % 37 = 0 THEN 'REFUNDED'
              ELSE 'SUCCEEDED' END AS st
  FROM charges
  UNION ALL
  SELECT sid, uid, k, amount, due - 2, 0, 'FAILED'
  FROM charges WHERE (sid * 3 + k) % 19 = 0 AND NOT (sstatus = 'PAST_DUE' AND k = lastk)
)
SELECT row_number() OVER (ORDER BY due, try, sid),
       sid, uid, amount, 'EUR', st,
       (ARRAY['CARD','CARD','PAYPAL','APPLE_PAY','CARD','GOOGLE_PAY'])[1 + (uid * 5) % 6],
       'INV-' || to_char(due, 'YYYYMM') || '-' || lpad((row_number() OVER (ORDER BY due, try, sid))::text, 5, '0'),
       CASE WHEN st <> 'FAILED' THEN due + time '03:10' + ((sid * 7) % 50) * interval '1 minute' END,
       CASE WHEN st = 'FAILED' THEN (ARRAY['card_declined','insufficient_funds','expired_card','card_declined'])[1 + (sid + k) % 4] END,
       due + time '03:10',
       due + time '03:10' + CASE WHEN st = 'REFUNDED' THEN interval '6 days' ELSE interval '2 minutes' END
FROM attempts;
