-- Records of a fire and ambulance dispatch centre (a city's CAD database, once an MS Access file
-- exported to PostgreSQL, so names keep their spaces and capitals): districts, fire stations,
-- unit types and units (apparatus), crew members, call types, incidents with addresses and
-- districts, unit responses with dispatch / en route / arrival / clear times, patient
-- transports to hospitals, and apparatus maintenance; sample database of the golden set
-- benches/intent/dispatch.yaml. Every row is invented and reproducible (generate_series,
-- fixed lists and modular arithmetic; no random() and no clock), with dates over 2022-2025.

CREATE TABLE "Districts" (
    "District ID"    integer PRIMARY KEY,
    "District Name"  text NOT NULL UNIQUE,
    "Population"     integer NOT NULL,
    "Area Sq Km"     numeric(6,2) NOT NULL
);

CREATE TABLE "Stations" (
    "Station ID"      integer PRIMARY KEY,
    "Station Number"  smallint NOT NULL UNIQUE,
    "Station Name"    text NOT NULL UNIQUE,
    "Street Address"  text NOT NULL,
    "District ID"     integer NOT NULL REFERENCES "Districts" ("District ID"),
    "Station Type"    text NOT NULL,          -- Career / Combination / Volunteer
    "Opened Date"     date NOT NULL,
    "Apparatus Bays"  smallint NOT NULL
);

CREATE TABLE "Unit Types" (
    "Unit Type ID"      integer PRIMARY KEY,
    "Type Name"         text NOT NULL UNIQUE,
    "Service"           text NOT NULL,        -- Fire / EMS / Command
    "Minimum Staffing"  smallint NOT NULL
);

CREATE TABLE "Units" (
    "Unit ID"         integer PRIMARY KEY,
    "Unit Name"       text NOT NULL UNIQUE,
    "Unit Type ID"    integer NOT NULL REFERENCES "Unit Types" ("Unit Type ID"),
    "Station ID"      integer NOT NULL REFERENCES "Stations" ("Station ID"),
    "Make"            text NOT NULL,
    "Model Year"      smallint NOT NULL,
    "Purchase Price"  numeric(12,2) NOT NULL,
    "In Service"      boolean NOT NULL        -- false = reserve apparatus
);

CREATE TABLE "Crew Members" (
    "Crew Member ID"       integer PRIMARY KEY,
    "Badge Number"         text NOT NULL UNIQUE,
    "First Name"           text NOT NULL,
    "Last Name"            text NOT NULL,
    "Rank"                 text NOT NULL,
    "Station ID"           integer NOT NULL REFERENCES "Stations" ("Station ID"),
    "Shift"                text NOT NULL,     -- A / B / C
    "Employment Type"      text NOT NULL,     -- Career / Volunteer
    "Hire Date"            date NOT NULL,
    "Paramedic Certified"  boolean NOT NULL,
    "Annual Salary"        numeric(10,2)      -- NULL for volunteers
);

CREATE TABLE "Call Types" (
    "Call Type ID"  integer PRIMARY KEY,
    "Call Code"     text NOT NULL UNIQUE,
    "Description"   text NOT NULL UNIQUE,
    "Category"      text NOT NULL,            -- Fire / EMS / Rescue / Hazmat / Service
    "Priority"      smallint NOT NULL         -- 1 = highest
);

CREATE TABLE "Incidents" (
    "Incident ID"      integer PRIMARY KEY,
    "Incident Number"  text NOT NULL UNIQUE,
    "Call Type ID"     integer NOT NULL REFERENCES "Call Types" ("Call Type ID"),
    "Received Time"    timestamp NOT NULL,
    "Street Address"   text NOT NULL,
    "District ID"      integer NOT NULL REFERENCES "Districts" ("District ID"),
    "Status"           text NOT NULL,         -- Closed / Cancelled
    "Alarm Level"      smallint,              -- fires only
    "Property Loss"    numeric(12,2),         -- estimated dollar loss, fires only
    "Mutual Aid"       boolean NOT NULL
);

CREATE TABLE "Unit Responses" (
    "Response ID"     integer PRIMARY KEY,
    "Incident ID"     integer NOT NULL REFERENCES "Incidents" ("Incident ID"),
    "Unit ID"         integer NOT NULL REFERENCES "Units" ("Unit ID"),
    "Dispatch Time"   timestamp NOT NULL,
    "En Route Time"   timestamp NOT NULL,
    "Arrival Time"    timestamp,              -- NULL when cancelled en route
    "Clear Time"      timestamp NOT NULL,
    UNIQUE ("Incident ID", "Unit ID")
);

CREATE TABLE "Hospitals" (
    "Hospital ID"    integer PRIMARY KEY,
    "Hospital Name"  text NOT NULL UNIQUE,
    "Street Address" text NOT NULL,
    "Trauma Level"   smallint,
    "Burn Unit"      boolean NOT NULL,
    "Pediatric"      boolean NOT NULL
);

CREATE TABLE "Patient Transports" (
    "Transport ID"          integer PRIMARY KEY,
    "Incident ID"           integer NOT NULL REFERENCES "Incidents" ("Incident ID"),
    "Unit ID"               integer NOT NULL REFERENCES "Units" ("Unit ID"),
    "Hospital ID"           integer NOT NULL REFERENCES "Hospitals" ("Hospital ID"),
    "Patient Age"           smallint NOT NULL,
    "Patient Sex"           text NOT NULL,    -- M / F
    "Acuity"                text NOT NULL,    -- Critical / Urgent / Non-Urgent
    "Depart Scene Time"     timestamp NOT NULL,
    "Arrive Hospital Time"  timestamp NOT NULL,
    "Transport Miles"       numeric(5,1) NOT NULL,
    "Billed Amount"         numeric(10,2) NOT NULL,
    "Payer"                 text NOT NULL,
    "Amount Collected"      numeric(10,2) NOT NULL
);

CREATE TABLE "Maintenance Records" (
    "Maintenance ID"        integer PRIMARY KEY,
    "Unit ID"               integer NOT NULL REFERENCES "Units" ("Unit ID"),
    "Service Date"          date NOT NULL,
    "Work Type"             text NOT NULL,
    "Vendor"                text NOT NULL,
    "Cost"                  numeric(10,2) NOT NULL,
    "Days Out Of Service"   smallint NOT NULL
);

-- ------------------------------------------------------------------ reference data

INSERT INTO "Districts" VALUES
 (1, 'Downtown',     48200,  6.40),
 (2, 'Riverside',    36750, 11.25),
 (3, 'Northgate',    52900, 18.70),
 (4, 'Eastfield',    29400, 22.15),
 (5, 'Westbrook',    41300, 14.80),
 (6, 'Harbor Point', 22650,  9.35),
 (7, 'Hillcrest',    15800, 16.90);

INSERT INTO "Stations" VALUES
 (1, 1, 'Central Station',       '100 Main Street',        1, 'Career',      '1962-05-14', 5),
 (2, 2, 'Market Street Station', '845 Market Street',      1, 'Career',      '1978-09-02', 3),
 (3, 3, 'Riverside Station',     '2210 River Road',        2, 'Career',      '1985-03-11', 3),
 (4, 4, 'Northgate Station',     '4100 Northgate Avenue',  3, 'Career',      '1991-06-20', 4),
 (5, 5, 'Ridgeway Station',      '77 Ridgeway Drive',      3, 'Combination', '2004-10-01', 3),
 (6, 6, 'Eastfield Station',     '1530 Eastfield Pike',    4, 'Combination', '1999-04-17', 4),
 (7, 7, 'Westbrook Station',     '960 Westbrook Boulevard',5, 'Career',      '1988-08-08', 4),
 (8, 8, 'Harbor Point Station',  '12 Harbor Street',       6, 'Career',      '1972-11-30', 4),
 (9, 9, 'Pier Road Station',     '301 Pier Road',          6, 'Volunteer',   '2012-02-25', 2);

INSERT INTO "Unit Types" VALUES
 (1,  'Engine',          'Fire',    4),
 (2,  'Ladder',          'Fire',    4),
 (3,  'Medic',           'EMS',     2),   -- advanced life support ambulance
 (4,  'Ambulance',       'EMS',     2),   -- basic life support ambulance
 (5,  'Heavy Rescue',    'Fire',    4),
 (6,  'Brush Truck',     'Fire',    2),
 (7,  'Hazmat',          'Fire',    3),
 (8,  'Battalion Chief', 'Command', 1),
 (9,  'Tanker',          'Fire',    2),
 (10, 'Fireboat',        'Fire',    3);

INSERT INTO "Units" VALUES
 (1,  'Engine 1',     1,  1, 'Pierce',                     2016,  685000.00, true),
 (2,  'Engine 2',     1,  2, 'Pierce',                     2011,  598000.00, true),
 (3,  'Engine 3',     1,  3, 'E-One',                      2019,  742500.00, true),
 (4,  'Engine 4',     1,  4, 'Pierce',                     2014,  651000.00, true),
 (5,  'Engine 5',     1,  5, 'Spartan',                    2008,  512000.00, true),
 (6,  'Engine 6',     1,  6, 'E-One',                      2021,  798000.00, true),
 (7,  'Engine 7',     1,  7, 'Pierce',                     2018,  729000.00, true),
 (8,  'Engine 8',     1,  8, 'Spartan',                    2013,  624500.00, true),
 (9,  'Engine 9',     1,  9, 'KME',                        2005,  455000.00, true),
 (10, 'Ladder 1',     2,  1, 'Pierce',                     2017, 1385000.00, true),
 (11, 'Ladder 4',     2,  4, 'E-One',                      2010, 1090000.00, true),
 (12, 'Ladder 7',     2,  7, 'Pierce',                     2022, 1648000.00, true),
 (13, 'Ladder 8',     2,  8, 'Sutphen',                    2012, 1175000.00, true),
 (14, 'Medic 1',      3,  1, 'Ford/Horton',                2021,  312000.00, true),
 (15, 'Medic 2',      3,  2, 'Ford/Horton',                2019,  289500.00, true),
 (16, 'Medic 3',      3,  3, 'Freightliner/Wheeled Coach', 2020,  338000.00, true),
 (17, 'Medic 4',      3,  4, 'Ford/Horton',                2017,  261000.00, true),
 (18, 'Medic 5',      3,  5, 'Chevrolet/AEV',              2023,  356000.00, true),
 (19, 'Medic 6',      3,  6, 'Ford/Horton',                2016,  248500.00, true),
 (20, 'Medic 7',      3,  7, 'Freightliner/Wheeled Coach', 2022,  349000.00, true),
 (21, 'Medic 8',      3,  8, 'Ford/Horton',                2018,  276000.00, true),
 (22, 'Ambulance 9',  4,  9, 'Chevrolet/AEV',              2015,  198000.00, true),
 (23, 'Ambulance 3',  4,  3, 'Ford/Horton',                2014,  187500.00, true),
 (24, 'Rescue 1',     5,  1, 'Pierce',                     2015,  925000.00, true),
 (25, 'Rescue 8',     5,  8, 'Spartan',                    2020, 1012000.00, true),
 (26, 'Brush 5',      6,  5, 'Ford F-550',                 2019,  214000.00, true),
 (27, 'Brush 6',      6,  6, 'Ford F-550',                 2012,  176000.00, true),
 (28, 'Hazmat 4',     7,  4, 'Spartan',                    2009,  689000.00, true),
 (29, 'Battalion 1',  8,  1, 'Chevrolet Tahoe',            2022,   78500.00, true),
 (30, 'Battalion 2',  8,  7, 'Ford Expedition',            2020,   71000.00, true),
 (31, 'Tanker 6',     9,  6, 'Kenworth',                   2007,  342000.00, true),
 (32, 'Engine 21',    1,  2, 'Pierce',                     2003,  402000.00, false),
 (33, 'Medic 31',     3,  3, 'Ford/Horton',                2010,  172000.00, false),
 (34, 'Marine 9',     10, 9, 'MetalCraft',                 2017,  895000.00, true);

INSERT INTO "Call Types" VALUES
 (1,  'STR', 'Structure Fire',         'Fire',    1),
 (2,  'VEH', 'Vehicle Fire',           'Fire',    2),
 (3,  'BRU', 'Brush Fire',             'Fire',    2),
 (4,  'ALM', 'Fire Alarm',             'Fire',    2),
 (5,  'CAR', 'Cardiac Arrest',         'EMS',     1),
 (6,  'BRE', 'Breathing Problems',     'EMS',     1),
 (7,  'FAL', 'Fall',                   'EMS',     3),
 (8,  'SIC', 'Sick Person',            'EMS',     3),
 (9,  'OD',  'Overdose',               'EMS',     1),
 (10, 'MVA', 'Motor Vehicle Accident', 'Rescue',  1),
 (11, 'WAT', 'Water Rescue',           'Rescue',  1),
 (12, 'GAS', 'Gas Leak',               'Hazmat',  2),
 (13, 'SPL', 'Fuel Spill',             'Hazmat',  3),
 (14, 'LFT', 'Lift Assist',            'Service', 3),
 (15, 'ELV', 'Elevator Rescue',        'Rescue',  3),
 (16, 'CO',  'Carbon Monoxide Alarm',  'Hazmat',  2),
 (17, 'TRN', 'Train Derailment',       'Rescue',  1),
 (18, 'TRE', 'Trench Rescue',          'Rescue',  1);

INSERT INTO "Hospitals" VALUES
 (1, 'St. Mary''s Medical Center',             '500 Cathedral Avenue',  1,    true,  false),
 (2, 'Riverside General Hospital',             '3300 River Road',       2,    false, false),
 (3, 'Northgate Community Hospital',           '5120 Northgate Avenue', 3,    false, false),
 (4, 'Harbor Point Regional Medical Center',   '40 Lighthouse Lane',    2,    false, false),
 (5, 'Eastfield Children''s Hospital',         '1800 Orchard Way',      2,    false, true),
 (6, 'Cedar Valley Hospital',                  '9 Valley Road',         NULL, false, false);

-- ------------------------------------------------------------------ crew members
-- Each station runs three shifts (A, B, C) with a fixed number of positions per shift.

INSERT INTO "Crew Members"
SELECT id,
       'B' || lpad((1000 + id * 7)::text, 4, '0'),
       (ARRAY['James','Maria','Robert','Linda','Michael','Patricia','David','Jennifer','Daniel',
              'Elizabeth','Carlos','Susan','Kevin','Angela','Brian','Nicole','Anthony','Rachel',
              'Jason','Laura','Marcus','Tanya','Eric','Megan','Victor','Denise','Sean','Hannah',
              'Luis','Olivia','Tyrone'])[1 + id % 31],
       (ARRAY['Anderson','Brooks','Castillo','Dawson','Ellis','Fitzgerald','Garcia','Hughes',
              'Ibarra','Jensen','Kowalski','Lambert','Mendoza','Nguyen','O''Brien','Patel',
              'Quinn','Reyes','Sullivan','Thompson','Underwood','Vasquez','Walsh','Xiong',
              'Young','Zimmerman','Baxter','Carver','Dunn','Eriksen','Foster','Greene',
              'Holloway','Ingram','Jordan','Keller','Lindqvist'])[1 + (id * 7) % 37],
       rnk,
       st,
       shift,
       CASE WHEN st = 9 OR (st IN (5, 6) AND p >= 3) THEN 'Volunteer' ELSE 'Career' END,
       hired,
       rnk = 'Paramedic' OR (rnk IN ('Captain', 'Lieutenant', 'Engineer', 'Firefighter') AND id % 6 = 0),
       CASE WHEN st = 9 OR (st IN (5, 6) AND p >= 3) THEN NULL
            ELSE (CASE rnk WHEN 'Firefighter' THEN 61500 WHEN 'Paramedic' THEN 68200
                           WHEN 'Engineer' THEN 72400 WHEN 'Lieutenant' THEN 81300
                           WHEN 'Captain' THEN 89750 ELSE 112600 END
                  + (2025 - extract(year FROM hired)::int) * 1175)::numeric(10,2) END
FROM (
    SELECT id, st, shift, p, rnk,
           date '1995-01-01' + CASE WHEN rnk IN ('Captain', 'Battalion Chief')
                                    THEN (id * 397 + p * 131) % 4000
                                    ELSE (id * 397 + p * 131) % 10950 END AS hired
    FROM (
        SELECT (row_number() OVER (ORDER BY s.st, sh.k, p))::int AS id, s.st, sh.shift, p,
               CASE WHEN (s.st = 1 AND p = 7) OR (s.st = 7 AND p = 5) THEN 'Battalion Chief'
                    WHEN p = 1 THEN CASE WHEN s.st IN (1, 4, 7, 8) THEN 'Captain' ELSE 'Lieutenant' END
                    WHEN p = 2 AND s.st <> 9 THEN 'Engineer'
                    WHEN s.st = 9 OR (s.st IN (5, 6) AND p >= 3)
                         THEN CASE WHEN p % 2 = 0 THEN 'Firefighter' ELSE 'EMT' END
                    WHEN p % 2 = 1 THEN 'Firefighter'
                    ELSE 'Paramedic' END AS rnk
        FROM (VALUES (1,7),(2,5),(3,5),(4,6),(5,4),(6,4),(7,5),(8,5),(9,3)) AS s(st, n)
        CROSS JOIN (VALUES (1,'A'),(2,'B'),(3,'C')) AS sh(k, shift)
        CROSS JOIN LATERAL generate_series(1, s.n) AS p
    ) x
) y;

-- ------------------------------------------------------------------ incidents
-- 2400 incidents, call volume growing over 2022-2025; brush fires only April-September,
-- water rescues only in the river and harbour districts, overdoses rising from mid-2023,
-- more falls in winter.

INSERT INTO "Incidents"
SELECT i,
       to_char(rt, 'YY') || '-' || lpad((row_number() OVER (PARTITION BY extract(year FROM rt) ORDER BY i))::text, 5, '0'),
       ct,
       rt,
       (100 + (i * 53) % 4900)::text || ' ' ||
       (ARRAY['Main Street','Oak Avenue','Elm Street','River Road','Market Street','Cedar Lane',
              'Maple Drive','Northgate Avenue','Harbor Street','Pine Street','Lakeview Terrace',
              'Ridgeway Drive','Eastfield Pike','Westbrook Boulevard','Church Street','Mill Road',
              'Orchard Way','Hillcrest Road','Union Street','Lincoln Avenue','Jackson Street',
              'Pier Road','Valley Road','Summit Avenue'])[1 + (i * 7 + i / 24) % 24],
       d,
       st,
       CASE WHEN st = 'Cancelled' THEN NULL
            WHEN ct = 1 THEN CASE WHEN i % 42 = 0 THEN 3 WHEN i % 6 = 0 THEN 2 ELSE 1 END
            WHEN ct IN (2, 3) THEN 1 END,
       CASE WHEN st = 'Cancelled' THEN NULL
            WHEN ct = 1 THEN (((i * 7919) % 1800) * 100 + 2500)
                             * CASE WHEN i % 42 = 0 THEN 3 WHEN i % 6 = 0 THEN 2 ELSE 1 END
            WHEN ct = 2 THEN 1500 + (i * 613) % 28000 + ((i * 37) % 100) / 100.0
            WHEN ct = 3 THEN (i * 211) % 6000 END,
       i % 53 = 0
FROM (
    SELECT i, rt, d, ct,
           CASE WHEN i % 31 = 0 AND ct <> 1 THEN 'Cancelled' ELSE 'Closed' END AS st
    FROM (
        SELECT i, rt, d,
               CASE WHEN ct0 = 3 AND extract(month FROM rt) NOT BETWEEN 4 AND 9 THEN 4
                    WHEN ct0 = 11 AND d NOT IN (2, 6) THEN 10
                    WHEN ct0 = 9 AND rt < timestamp '2023-07-01' AND i % 2 = 0 THEN 8
                    WHEN ct0 = 8 AND extract(month FROM rt) IN (12, 1, 2) AND i % 3 = 0 THEN 7
                    ELSE ct0 END AS ct
        FROM (
            SELECT i,
                   timestamp '2022-01-01'
                     + make_interval(days => ((i - 1)::bigint * (9600 - (i - 1)) * 1461 / (3::bigint * 2400 * 2400))::int,
                                     mins => (i * 397) % 1440) AS rt,
                   (ARRAY[1,5,7,8,4,10,6,12,14,2,8,7,9,4,16,8,3,6,10,7,1,8,4,14,13,
                          5,7,9,10,8,6,2,4,15,8,7,3,10,12,11,1,6,14,9,4,16,8,10,7])[1 + ((i * 7919 + (i / 97) * 13) % 1021) % 49] AS ct0,
                   (ARRAY[1,1,1,1,1,2,2,2,3,3,3,3,4,4,4,5,5,5,6,6,6,7,7])[1 + (i * 17 + (i / 23) * 5) % 23] AS d
            FROM generate_series(1, 2400) AS i
        ) a
    ) b
) c;

-- ------------------------------------------------------------------ unit responses
-- Response plan per call type; the first-due station follows the incident's district
-- (Hillcrest has no station of its own and is covered by Ridgeway and Eastfield).

INSERT INTO "Unit Responses"
SELECT (row_number() OVER (ORDER BY i, seq))::int,
       i, unit,
       disp,
       enr,
       CASE WHEN cancelled THEN NULL ELSE arr END,
       CASE WHEN cancelled THEN enr + make_interval(mins => 1 + i % 4)
            ELSE arr + make_interval(mins => scene) END
FROM (
    SELECT q.*,
           q.enr + make_interval(mins => travel, secs => (i * 17 + seq * 29) % 60) AS arr
    FROM (
        SELECT p.*,
               p.disp + make_interval(secs => 25 + (i * 13 + seq * 7) % 95) AS enr
        FROM (
            SELECT inc."Incident ID" AS i, plan.seq, plan.role,
                   inc."Status" = 'Cancelled' AS cancelled,
                   inc."Received Time" + make_interval(secs => 35 + (inc."Incident ID" * 7 + plan.seq * 11) % 85 + (plan.seq - 1) * 20) AS disp,
                   CASE plan.role
                        WHEN 'E1' THEN f.fs
                        WHEN 'E2' THEN f.ss
                        WHEN 'L'  THEN CASE WHEN f.fs <= 3 THEN 10 WHEN f.fs <= 5 THEN 11 WHEN f.fs <= 7 THEN 12 ELSE 13 END
                        WHEN 'B'  THEN CASE WHEN f.fs <= 5 THEN 29 ELSE 30 END
                        WHEN 'B2' THEN CASE WHEN f.fs <= 5 THEN 30 ELSE 29 END
                        WHEN 'M'  THEN CASE f.ms WHEN 9 THEN 22
                                                 WHEN 3 THEN CASE WHEN inc."Call Type ID" IN (7, 8) AND inc."Incident ID" % 3 = 0 THEN 23 ELSE 16 END
                                                 ELSE 13 + f.ms END
                        WHEN 'R'  THEN CASE WHEN f.fs <= 5 THEN 24 ELSE 25 END
                        WHEN 'BR' THEN CASE WHEN f.fs <= 5 THEN 26 ELSE 27 END
                        WHEN 'H'  THEN 28
                        WHEN 'T'  THEN 31
                        WHEN 'MAR' THEN 34 END AS unit,
                   2 + (inc."Incident ID" * 5 + plan.seq * 3) % 7
                     + CASE WHEN plan.role IN ('E1', 'M') THEN 0 ELSE 3 END
                     + CASE WHEN inc."District ID" = 7 THEN 4 ELSE 0 END
                     + CASE WHEN plan.role = 'M' AND inc."Incident ID" % 7 = 0 THEN 3 ELSE 0 END AS travel,
                   CASE WHEN inc."Call Type ID" = 1
                             THEN 50 + (inc."Incident ID" * 11 + plan.seq * 7) % 130 + 75 * (coalesce(inc."Alarm Level", 1) - 1)
                        WHEN inc."Call Type ID" IN (2, 3, 4, 11, 12, 13, 15, 16)
                             THEN 12 + (inc."Incident ID" * 7 + plan.seq * 5) % 45
                        ELSE 10 + (inc."Incident ID" * 3 + plan.seq * 11) % 30 END AS scene
            FROM "Incidents" inc
            CROSS JOIN LATERAL (
                SELECT fs,
                       CASE fs WHEN 1 THEN 2 WHEN 2 THEN 1 WHEN 3 THEN 1 WHEN 4 THEN 5 WHEN 5 THEN 4
                               WHEN 6 THEN 5 WHEN 7 THEN 3 WHEN 8 THEN 9 ELSE 8 END AS ss,
                       CASE WHEN inc."Incident ID" % 7 = 0
                            THEN CASE fs WHEN 1 THEN 2 WHEN 2 THEN 1 WHEN 3 THEN 1 WHEN 4 THEN 5 WHEN 5 THEN 4
                                         WHEN 6 THEN 5 WHEN 7 THEN 3 WHEN 8 THEN 9 ELSE 8 END
                            ELSE fs END AS ms
                FROM (SELECT CASE inc."District ID" WHEN 1 THEN 1 + inc."Incident ID" % 2 WHEN 2 THEN 3
                                  WHEN 3 THEN 4 + inc."Incident ID" % 2 WHEN 4 THEN 6 WHEN 5 THEN 7
                                  WHEN 6 THEN 8 + inc."Incident ID" % 2 ELSE 5 + inc."Incident ID" % 2 END AS fs) z
            ) f
            JOIN (VALUES
                (1, 1, 'E1', NULL), (1, 2, 'E2', NULL), (1, 3, 'L', NULL), (1, 4, 'B', NULL), (1, 5, 'M', NULL),
                (1, 6, 'R', 'alarm2'), (1, 7, 'B2', 'alarm3'),
                (2, 1, 'E1', NULL),
                (3, 1, 'BR', NULL), (3, 2, 'E1', NULL), (3, 3, 'T', 'rural'),
                (4, 1, 'E1', NULL), (4, 2, 'L', NULL),
                (5, 1, 'M', NULL), (5, 2, 'E1', NULL),
                (6, 1, 'M', NULL), (6, 2, 'E1', NULL),
                (7, 1, 'M', NULL),
                (8, 1, 'M', NULL),
                (9, 1, 'M', NULL), (9, 2, 'E1', NULL),
                (10, 1, 'E1', NULL), (10, 2, 'M', NULL), (10, 3, 'R', NULL),
                (11, 1, 'MAR', NULL), (11, 2, 'R', NULL), (11, 3, 'M', NULL),
                (12, 1, 'E1', NULL), (12, 2, 'H', NULL),
                (13, 1, 'E1', NULL), (13, 2, 'H', NULL),
                (14, 1, 'E1', NULL),
                (15, 1, 'E1', NULL), (15, 2, 'L', NULL),
                (16, 1, 'E1', NULL)
            ) AS plan(ct, seq, role, cond)
              ON plan.ct = inc."Call Type ID"
             AND (plan.cond IS NULL
                  OR (plan.cond = 'alarm2' AND inc."Alarm Level" >= 2)
                  OR (plan.cond = 'alarm3' AND inc."Alarm Level" >= 3)
                  OR (plan.cond = 'rural' AND inc."District ID" IN (4, 7)))
        ) p
    ) q
) r;

-- ------------------------------------------------------------------ patient transports

INSERT INTO "Patient Transports"
SELECT (row_number() OVER (ORDER BY i))::int,
       i, unit, hosp, age, sex, acuity,
       dep,
       dep + make_interval(mins => 3 + floor(miles * 2.2)::int),
       miles,
       billed,
       payer,
       round(billed * CASE payer WHEN 'Medicare' THEN 0.62 WHEN 'Medicaid' THEN 0.41
                                 WHEN 'Private Insurance' THEN 0.85
                                 ELSE CASE WHEN i % 2 = 0 THEN 0.25 ELSE 0 END END, 2)
FROM (
    SELECT h.*,
           round(CASE WHEN utype = 3
                      THEN 1150.00 + 16.75 * miles + CASE WHEN acuity = 'Critical' THEN 375 ELSE 0 END
                      ELSE 725.00 + 13.50 * miles END, 2) AS billed,
           CASE WHEN age >= 65 THEN CASE WHEN i % 9 = 0 THEN 'Private Insurance' ELSE 'Medicare' END
                WHEN i % 5 IN (0, 1) THEN 'Medicaid'
                WHEN i % 5 IN (2, 3) THEN 'Private Insurance'
                ELSE 'Self Pay' END AS payer
    FROM (
        SELECT g.*,
               round((1.5 + ((i * 7) % 70) / 10.0
                      + CASE WHEN hosp = 1 AND d IN (4, 6, 7) THEN 4.0 ELSE 0 END)::numeric, 1) AS miles
        FROM (
            SELECT a.*,
                   CASE WHEN age < 15 THEN 5
                        WHEN acuity = 'Critical' OR ct IN (10, 11) THEN 1
                        ELSE CASE d WHEN 1 THEN CASE WHEN i % 3 = 0 THEN 2 ELSE 1 END
                                    WHEN 2 THEN 2 WHEN 3 THEN 3
                                    WHEN 4 THEN CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END
                                    WHEN 5 THEN 2 WHEN 6 THEN 4 ELSE 3 END END AS hosp
            FROM (
                SELECT inc."Incident ID" AS i, inc."Call Type ID" AS ct, inc."District ID" AS d,
                       r."Unit ID" AS unit, u."Unit Type ID" AS utype,
                       r."Arrival Time" + make_interval(mins => 12 + inc."Incident ID" % 14) AS dep,
                       CASE inc."Call Type ID" WHEN 7 THEN 58 + (inc."Incident ID" * 7) % 39
                                               WHEN 9 THEN 16 + (inc."Incident ID" * 11) % 43
                                               WHEN 5 THEN 41 + (inc."Incident ID" * 13) % 49
                                               ELSE 1 + (inc."Incident ID" * 29) % 93 END AS age,
                       CASE WHEN (inc."Incident ID" * 3) % 7 < 4 THEN 'M' ELSE 'F' END AS sex,
                       CASE WHEN inc."Call Type ID" = 5 THEN 'Critical'
                            WHEN inc."Call Type ID" IN (6, 9, 10, 11) AND inc."Incident ID" % 4 = 0 THEN 'Critical'
                            WHEN inc."Call Type ID" IN (6, 9, 10, 11) THEN 'Urgent'
                            WHEN inc."Incident ID" % 5 = 0 THEN 'Urgent'
                            ELSE 'Non-Urgent' END AS acuity
                FROM "Incidents" inc
                JOIN "Unit Responses" r ON r."Incident ID" = inc."Incident ID"
                JOIN "Units" u ON u."Unit ID" = r."Unit ID" AND u."Unit Type ID" IN (3, 4)
                WHERE inc."Status" = 'Closed'
                  AND CASE inc."Call Type ID"
                           WHEN 5 THEN inc."Incident ID" % 3 <> 0
                           WHEN 6 THEN inc."Incident ID" % 10 < 8
                           WHEN 9 THEN inc."Incident ID" % 10 < 8
                           WHEN 7 THEN inc."Incident ID" % 10 < 6
                           WHEN 8 THEN inc."Incident ID" % 10 < 6
                           WHEN 10 THEN inc."Incident ID" % 2 = 0
                           WHEN 11 THEN inc."Incident ID" % 3 = 0
                           ELSE false END
            ) a
        ) g
    ) h
) t;

-- the transporting ambulance clears only after handing the patient over at the hospital
UPDATE "Unit Responses" r
SET "Clear Time" = t."Arrive Hospital Time" + make_interval(mins => 18 + t."Incident ID" % 20)
FROM "Patient Transports" t
WHERE r."Incident ID" = t."Incident ID" AND r."Unit ID" = t."Unit ID";

-- ------------------------------------------------------------------ maintenance records

INSERT INTO "Maintenance Records"
SELECT (row_number() OVER (ORDER BY sdate, u))::int,
       u, sdate, wt,
       CASE WHEN wt IN ('Preventive Maintenance', 'Annual Inspection') THEN 'City Fleet Services'
            WHEN wt = 'Repair' AND utype IN (3, 4) THEN 'Metro Ambulance Works'
            WHEN wt = 'Repair' THEN 'Halvorsen Fire Apparatus'
            WHEN wt = 'Tire Replacement' THEN 'Metro Truck & Tire'
            WHEN wt = 'Brake Service' THEN 'Northside Diesel'
            ELSE 'Certified Fire Testing Inc.' END,
       CASE wt WHEN 'Preventive Maintenance' THEN 280 + (u * 37 + k * 53) % 620 + ((u * 17 + k * 29) % 100) / 100.0
               WHEN 'Repair' THEN (450 + (u * 7919 + k * 104729) % 11500) * CASE WHEN utype IN (3, 4, 6, 8) THEN 0.6 ELSE 1 END
               WHEN 'Tire Replacement' THEN 1400 + (u * 41 + k * 67) % 3600
               WHEN 'Brake Service' THEN 850 + (u * 23 + k * 31) % 1900 + ((u * 13 + k * 7) % 100) / 100.0
               WHEN 'Annual Inspection' THEN 325 + (u * 11 + k * 13) % 300
               WHEN 'Pump Test' THEN 450 + (u * 5 + k * 3) % 150
               ELSE 2200 + (u * 19 + k * 7) % 800 END,
       CASE wt WHEN 'Repair' THEN 1 + (u + k) % 9
               WHEN 'Tire Replacement' THEN 1
               WHEN 'Brake Service' THEN 1
               ELSE 0 END
FROM (
    SELECT u, k, utype, sdate,
           CASE WHEN idx = 6 AND utype IN (1, 9) THEN 'Pump Test'
                WHEN idx = 6 AND utype = 2 THEN 'Aerial Certification'
                WHEN idx = 6 THEN 'Preventive Maintenance'
                ELSE (ARRAY['Preventive Maintenance','Repair','Tire Replacement','Brake Service',
                            'Annual Inspection'])[idx] END AS wt
    FROM (
        SELECT un."Unit ID" AS u, k, un."Unit Type ID" AS utype,
               date '2022-01-03' + un."Unit ID" * 5 + k * (55 + (un."Unit ID" * 13) % 50) AS sdate,
               1 + (un."Unit ID" * 3 + k * 7) % 6 AS idx
        FROM "Units" un
        CROSS JOIN generate_series(0, 30) AS k
    ) a
    WHERE sdate <= date '2025-12-20'
) b;
