-- Operational data of a container port terminal (Kestrel Bay Container Terminal): the
-- shipping lines it serves, their vessels, the berths and quay cranes, port calls, the
-- containers moved on and off the ships crane by crane, customs holds on discharged boxes
-- and the invoices raised to the shipping lines. Migrated from Oracle, so the names are
-- quoted upper case, keys are numeric(10) and flags are CHAR(1) 'Y'/'N'. Sample database
-- of the golden set benches/intent/seaport.yaml. Every row is invented and reproducible
-- (generate_series, fixed lists and modular arithmetic; no random(), no clock).

CREATE TABLE "SHIPPING_LINE" (
    "SHIPPING_LINE_ID"   numeric(10)   PRIMARY KEY,
    "LINE_CODE"          varchar(4)    NOT NULL UNIQUE,
    "LINE_NAME"          varchar(80)   NOT NULL,
    "HQ_COUNTRY"         varchar(40)   NOT NULL,
    "ALLIANCE_NAME"      varchar(30),
    "PAYMENT_TERMS_DAYS" numeric(3)    NOT NULL,
    "CREDIT_LIMIT"       numeric(12,2) NOT NULL,
    "CUSTOMER_SINCE"     date          NOT NULL,
    "ACTIVE_FLAG"        char(1)       NOT NULL CHECK ("ACTIVE_FLAG" IN ('Y','N'))
);

CREATE TABLE "VESSEL" (
    "VESSEL_ID"        numeric(10)  PRIMARY KEY,
    "SHIPPING_LINE_ID" numeric(10)  NOT NULL REFERENCES "SHIPPING_LINE" ("SHIPPING_LINE_ID"),
    "VESSEL_NAME"      varchar(60)  NOT NULL,
    "IMO_NUMBER"       varchar(7)   NOT NULL UNIQUE,
    "VESSEL_TYPE"      varchar(20)  NOT NULL,
    "FLAG_STATE"       varchar(40)  NOT NULL,
    "TEU_CAPACITY"     numeric(6)   NOT NULL,
    "GROSS_TONNAGE"    numeric(10)  NOT NULL,
    "LOA_M"            numeric(5,1) NOT NULL,
    "MAX_DRAFT_M"      numeric(4,1) NOT NULL,
    "BUILT_YEAR"       numeric(4)   NOT NULL
);

CREATE TABLE "BERTH" (
    "BERTH_ID"         numeric(10)  PRIMARY KEY,
    "BERTH_CODE"       varchar(5)   NOT NULL UNIQUE,
    "BERTH_NAME"       varchar(40)  NOT NULL,
    "QUAY_NAME"        varchar(20)  NOT NULL,
    "LENGTH_M"         numeric(5,1) NOT NULL,
    "MAX_DRAFT_M"      numeric(4,1) NOT NULL,
    "SHORE_POWER_FLAG" char(1)      NOT NULL CHECK ("SHORE_POWER_FLAG" IN ('Y','N')),
    "ACTIVE_FLAG"      char(1)      NOT NULL CHECK ("ACTIVE_FLAG" IN ('Y','N'))
);

CREATE TABLE "CRANE" (
    "CRANE_ID"            numeric(10)  PRIMARY KEY,
    "CRANE_CODE"          varchar(8)   NOT NULL UNIQUE,
    "CRANE_TYPE"          varchar(3)   NOT NULL,
    "BERTH_ID"            numeric(10)  NOT NULL REFERENCES "BERTH" ("BERTH_ID"),
    "MANUFACTURER"        varchar(30)  NOT NULL,
    "SAFE_WORKING_LOAD_T" numeric(5,1) NOT NULL,
    "OUTREACH_M"          numeric(4,1) NOT NULL,
    "COMMISSIONED_DATE"   date         NOT NULL,
    "CRANE_STATUS"        varchar(20)  NOT NULL
);

CREATE TABLE "PORT_CALL" (
    "CALL_ID"      numeric(10) PRIMARY KEY,
    "VESSEL_ID"    numeric(10) NOT NULL REFERENCES "VESSEL" ("VESSEL_ID"),
    "BERTH_ID"     numeric(10) NOT NULL REFERENCES "BERTH" ("BERTH_ID"),
    "VOYAGE_NO"    varchar(10) NOT NULL,
    "PREV_PORT"    varchar(30) NOT NULL,
    "NEXT_PORT"    varchar(30) NOT NULL,
    "ETA_TS"       timestamp   NOT NULL,
    "ARRIVAL_TS"   timestamp,
    "BERTHING_TS"  timestamp,
    "DEPARTURE_TS" timestamp,
    "CALL_STATUS"  varchar(12) NOT NULL
);

CREATE TABLE "CONTAINER" (
    "CONTAINER_ID"     numeric(10) PRIMARY KEY,
    "CONTAINER_NO"     varchar(11) NOT NULL UNIQUE,
    "SHIPPING_LINE_ID" numeric(10) NOT NULL REFERENCES "SHIPPING_LINE" ("SHIPPING_LINE_ID"),
    "ISO_TYPE_CODE"    varchar(4)  NOT NULL,
    "LENGTH_FT"        numeric(2)  NOT NULL,
    "CONTAINER_TYPE"   varchar(12) NOT NULL,
    "TARE_KG"          numeric(6)  NOT NULL,
    "MAX_GROSS_KG"     numeric(6)  NOT NULL,
    "BUILT_YEAR"       numeric(4)  NOT NULL
);

CREATE TABLE "CONTAINER_MOVE" (
    "MOVE_ID"         numeric(10) PRIMARY KEY,
    "CALL_ID"         numeric(10) NOT NULL REFERENCES "PORT_CALL" ("CALL_ID"),
    "CONTAINER_ID"    numeric(10) NOT NULL REFERENCES "CONTAINER" ("CONTAINER_ID"),
    "CRANE_ID"        numeric(10) NOT NULL REFERENCES "CRANE" ("CRANE_ID"),
    "MOVE_TYPE"       varchar(10) NOT NULL,
    "MOVE_TS"         timestamp   NOT NULL,
    "FULL_EMPTY_IND"  char(1)     NOT NULL CHECK ("FULL_EMPTY_IND" IN ('F','E')),
    "GROSS_WEIGHT_KG" numeric(6)  NOT NULL,
    "HAZARDOUS_FLAG"  char(1)     NOT NULL CHECK ("HAZARDOUS_FLAG" IN ('Y','N'))
);

CREATE TABLE "CUSTOMS_HOLD" (
    "HOLD_ID"      numeric(10) PRIMARY KEY,
    "CONTAINER_ID" numeric(10) NOT NULL REFERENCES "CONTAINER" ("CONTAINER_ID"),
    "CALL_ID"      numeric(10) NOT NULL REFERENCES "PORT_CALL" ("CALL_ID"),
    "HOLD_TYPE"    varchar(20) NOT NULL,
    "HOLD_AGENCY"  varchar(20) NOT NULL,
    "PLACED_TS"    timestamp   NOT NULL,
    "RELEASED_TS"  timestamp,
    "HOLD_STATUS"  varchar(10) NOT NULL
);

CREATE TABLE "CHARGE_TYPE" (
    "CHARGE_TYPE_ID"  numeric(10)   PRIMARY KEY,
    "CHARGE_CODE"     varchar(10)   NOT NULL UNIQUE,
    "DESCRIPTION"     varchar(60)   NOT NULL,
    "UNIT_OF_MEASURE" varchar(15)   NOT NULL,
    "BASE_RATE"       numeric(10,4) NOT NULL
);

CREATE TABLE "INVOICE" (
    "INVOICE_ID"       numeric(10)   PRIMARY KEY,
    "INVOICE_NO"       varchar(14)   NOT NULL UNIQUE,
    "SHIPPING_LINE_ID" numeric(10)   NOT NULL REFERENCES "SHIPPING_LINE" ("SHIPPING_LINE_ID"),
    "CALL_ID"          numeric(10)   NOT NULL REFERENCES "PORT_CALL" ("CALL_ID"),
    "INVOICE_DATE"     date          NOT NULL,
    "DUE_DATE"         date          NOT NULL,
    "CURRENCY_CODE"    char(3)       NOT NULL,
    "TOTAL_AMOUNT"     numeric(12,2) NOT NULL,
    "INVOICE_STATUS"   varchar(10)   NOT NULL,
    "PAID_DATE"        date
);

CREATE TABLE "INVOICE_ITEM" (
    "ITEM_ID"        numeric(10)   PRIMARY KEY,
    "INVOICE_ID"     numeric(10)   NOT NULL REFERENCES "INVOICE" ("INVOICE_ID"),
    "CHARGE_TYPE_ID" numeric(10)   NOT NULL REFERENCES "CHARGE_TYPE" ("CHARGE_TYPE_ID"),
    "QUANTITY"       numeric(10,2) NOT NULL,
    "UNIT_RATE"      numeric(10,4) NOT NULL,
    "LINE_AMOUNT"    numeric(12,2) NOT NULL
);

-- Shipping lines (customers of the terminal).
INSERT INTO "SHIPPING_LINE" VALUES
 ( 1, 'NHCL', 'Nordhavn Container Line',  'Denmark',              'NORTHSTAR',    45, 4000000.00, DATE '2009-03-01', 'Y'),
 ( 2, 'MRSL', 'Meridian Sea Lines',       'Switzerland',          'OCEAN BRIDGE', 45, 4000000.00, DATE '2011-06-15', 'Y'),
 ( 3, 'ATLX', 'Atlantica Express',        'France',               'OCEAN BRIDGE', 30, 2500000.00, DATE '2012-01-10', 'Y'),
 ( 4, 'PCFS', 'Pacific Star Shipping',    'Taiwan',               'NORTHSTAR',    60, 3500000.00, DATE '2014-09-01', 'Y'),
 ( 5, 'HNSM', 'Hanseatic Maritime',       'Germany',              'NORTHSTAR',    30, 2000000.00, DATE '2008-05-20', 'Y'),
 ( 6, 'OCLN', 'Orient Crescent Lines',    'China',                'OCEAN BRIDGE', 60, 3500000.00, DATE '2016-02-01', 'Y'),
 ( 7, 'HBMT', 'Hanbit Marine Transport',  'South Korea',          'SEALINK',      45, 1500000.00, DATE '2017-11-01', 'Y'),
 ( 8, 'ISLF', 'Island Feeder Services',   'Ireland',              NULL,           30,  600000.00, DATE '2010-04-12', 'Y'),
 ( 9, 'MDTL', 'Mediterranea Linea',       'Italy',                'SEALINK',      45, 1800000.00, DATE '2013-07-01', 'Y'),
 (10, 'BSLN', 'Baltic Shuttle Line',      'Finland',              NULL,           30,  500000.00, DATE '2015-03-16', 'Y'),
 (11, 'GCCS', 'Gulf Coast Carriers',      'United Arab Emirates', 'SEALINK',      60, 2500000.00, DATE '2024-02-01', 'Y'),
 (12, 'STLN', 'Southern Trident Lines',   'Brazil',               NULL,           45,  800000.00, DATE '2018-08-01', 'N');

-- Vessels: name, operating line, size class (L mainliner, M mid-size, F feeder), build year, flag.
INSERT INTO "VESSEL"
SELECT v.id, v.line, v.name, '9' || lpad(((v.id * 48271) % 900000 + 100000)::text, 6, '0'),
       CASE WHEN v.id = 42 THEN 'CON-RO' WHEN v.cls = 'F' THEN 'FEEDER' ELSE 'CONTAINER' END,
       v.flag,
       t.teu,
       CASE v.cls WHEN 'L' THEN t.teu * 10 + (v.id * 97) % 6000
                  WHEN 'M' THEN t.teu * 11 + (v.id * 53) % 3000
                  ELSE t.teu * 9 + (v.id * 31) % 1500 END,
       CASE v.cls WHEN 'L' THEN 330 + (v.id * 7) % 70
                  WHEN 'M' THEN 230 + (v.id * 11) % 70
                  ELSE 130 + (v.id * 13) % 60 END + ((v.id * 3) % 10) / 10.0,
       CASE v.cls WHEN 'L' THEN 14.5 + (v.id % 15) / 10.0
                  WHEN 'M' THEN 11.5 + (v.id % 20) / 10.0
                  ELSE 7.5 + (v.id % 25) / 10.0 END,
       v.built
FROM (VALUES
 ( 1,  1, 'NORDHAVN AURORA',     'L', 2015, 'Denmark'),
 ( 2,  1, 'NORDHAVN BOREALIS',   'L', 2016, 'Denmark'),
 ( 3,  1, 'NORDHAVN CYGNUS',     'L', 2019, 'Singapore'),
 ( 4,  1, 'NORDHAVN DRACO',      'M', 2009, 'Denmark'),
 ( 5,  1, 'NORDHAVN ERIDANUS',   'M', 2011, 'Malta'),
 ( 6,  1, 'NORDHAVN FORNAX',     'F', 2014, 'Denmark'),
 ( 7,  2, 'MERIDIAN ALBA',       'L', 2017, 'Liberia'),
 ( 8,  2, 'MERIDIAN LUCERNA',    'L', 2020, 'Panama'),
 ( 9,  2, 'MERIDIAN SOLIS',      'L', 2023, 'Liberia'),
 (10,  2, 'MERIDIAN TICINO',     'M', 2008, 'Panama'),
 (11,  2, 'MERIDIAN VENTURA',    'M', 2012, 'Liberia'),
 (12,  3, 'ATLANTICA BISCAYE',   'L', 2018, 'France'),
 (13,  3, 'ATLANTICA BREST',     'M', 2010, 'Malta'),
 (14,  3, 'ATLANTICA GIRONDE',   'M', 2013, 'France'),
 (15,  3, 'ATLANTICA NANTES',    'M', 2006, 'Malta'),
 (16,  4, 'PACIFIC AMBER',       'L', 2021, 'Hong Kong'),
 (17,  4, 'PACIFIC CORAL',       'M', 2007, 'Panama'),
 (18,  4, 'PACIFIC JADE',        'L', 2016, 'Hong Kong'),
 (19,  4, 'PACIFIC ONYX',        'M', 2025, 'Singapore'),
 (20,  4, 'PACIFIC PEARL',       'L', 2014, 'Singapore'),
 (21,  5, 'HANSE LUEBECK',       'M', 2012, 'Germany'),
 (22,  5, 'HANSE ROSTOCK',       'M', 2015, 'Portugal'),
 (23,  5, 'HANSE STRALSUND',     'L', 2019, 'Germany'),
 (24,  5, 'HANSE WISMAR',        'F', 2005, 'Antigua and Barbuda'),
 (25,  6, 'CRESCENT FORTUNE',    'L', 2017, 'Hong Kong'),
 (26,  6, 'CRESCENT HARMONY',    'L', 2022, 'Hong Kong'),
 (27,  6, 'CRESCENT PROSPERITY', 'M', 2011, 'Panama'),
 (28,  6, 'CRESCENT SERENITY',   'L', 2023, 'Marshall Islands'),
 (29,  7, 'HANBIT DAWN',         'M', 2014, 'Marshall Islands'),
 (30,  7, 'HANBIT DUSK',         'M', 2016, 'South Korea'),
 (31,  7, 'HANBIT NOON',         'M', 2010, 'Marshall Islands'),
 (32,  8, 'ISLAND FULMAR',       'F', 2004, 'Ireland'),
 (33,  8, 'ISLAND GANNET',       'F', 2008, 'Ireland'),
 (34,  8, 'ISLAND KITTIWAKE',    'F', 2012, 'Cyprus'),
 (35,  8, 'ISLAND PUFFIN',       'F', 2003, 'Cyprus'),
 (36,  8, 'ISLAND TERN',         'F', 2018, 'Ireland'),
 (37,  9, 'LINEA GENOVA',        'M', 2009, 'Italy'),
 (38,  9, 'LINEA NAPOLI',        'M', 2013, 'Italy'),
 (39,  9, 'LINEA PALERMO',       'F', 2007, 'Malta'),
 (40,  9, 'LINEA TRIESTE',       'L', 2020, 'Liberia'),
 (41, 10, 'BALTIC PILOT',        'F', 2011, 'Finland'),
 (42, 10, 'BALTIC RUNNER',       'F', 2016, 'Finland'),
 (43, 10, 'BALTIC TRADER',       'F', 2006, 'Antigua and Barbuda'),
 (44, 11, 'GULF FALCON',         'L', 2018, 'Marshall Islands'),
 (45, 11, 'GULF ORYX',           'M', 2015, 'Liberia'),
 (46, 11, 'GULF PEARL DIVER',    'M', 2012, 'Panama'),
 (47, 12, 'TRIDENT RECIFE',      'M', 2004, 'Brazil'),
 (48, 12, 'TRIDENT SANTOS',      'M', 2007, 'Panama')
) AS v (id, line, name, cls, built, flag)
CROSS JOIN LATERAL (
    SELECT CASE WHEN v.id = 42 THEN 650
                WHEN v.cls = 'L' THEN ((11000 + (v.id * 733) % 9000) / 10) * 10
                WHEN v.cls = 'M' THEN ((3500 + (v.id * 577) % 5500) / 10) * 10
                ELSE ((800 + (v.id * 211) % 1700) / 10) * 10 END AS teu
) AS t;

-- Berths; B09 is a new berth still being built (no calls yet).
INSERT INTO "BERTH" VALUES
 (1, 'B01', 'North Quay 1',      'NORTH QUAY',  400.0, 16.5, 'Y', 'Y'),
 (2, 'B02', 'North Quay 2',      'NORTH QUAY',  400.0, 16.5, 'Y', 'Y'),
 (3, 'B03', 'North Quay 3',      'NORTH QUAY',  380.0, 16.0, 'N', 'Y'),
 (4, 'B04', 'North Quay 4',      'NORTH QUAY',  350.0, 15.5, 'N', 'Y'),
 (5, 'B05', 'South Quay 1',      'SOUTH QUAY',  300.0, 14.0, 'N', 'Y'),
 (6, 'B06', 'South Quay 2',      'SOUTH QUAY',  300.0, 14.0, 'N', 'Y'),
 (7, 'B07', 'Feeder Quay East',  'FEEDER QUAY', 210.0, 10.5, 'N', 'Y'),
 (8, 'B08', 'Feeder Quay West',  'FEEDER QUAY', 190.0, 10.0, 'N', 'Y'),
 (9, 'B09', 'North Quay 5',      'NORTH QUAY',  420.0, 17.0, 'Y', 'N');

-- Quay cranes: ship-to-shore gantries (STS) and mobile harbour cranes (MHC).
INSERT INTO "CRANE" VALUES
 ( 1, 'STS-01', 'STS', 1, 'ZPMC',       65.0, 68.0, DATE '2012-05-14', 'IN SERVICE'),
 ( 2, 'STS-02', 'STS', 1, 'ZPMC',       65.0, 68.0, DATE '2012-05-14', 'IN SERVICE'),
 ( 3, 'STS-03', 'STS', 1, 'Liebherr',   75.0, 72.0, DATE '2016-09-01', 'IN SERVICE'),
 ( 4, 'STS-04', 'STS', 2, 'ZPMC',       65.0, 70.0, DATE '2014-03-20', 'IN SERVICE'),
 ( 5, 'STS-05', 'STS', 2, 'ZPMC',       65.0, 70.0, DATE '2014-03-20', 'IN SERVICE'),
 ( 6, 'STS-06', 'STS', 3, 'Liebherr',   50.0, 60.0, DATE '2010-06-11', 'MAINTENANCE'),
 ( 7, 'STS-07', 'STS', 3, 'Liebherr',   50.0, 60.0, DATE '2010-06-11', 'IN SERVICE'),
 ( 8, 'STS-08', 'STS', 4, 'Konecranes', 61.0, 65.0, DATE '2018-02-02', 'IN SERVICE'),
 ( 9, 'STS-09', 'STS', 4, 'Konecranes', 61.0, 65.0, DATE '2018-02-02', 'IN SERVICE'),
 (10, 'STS-10', 'STS', 5, 'Liebherr',   45.0, 52.0, DATE '2008-04-30', 'IN SERVICE'),
 (11, 'STS-11', 'STS', 5, 'Liebherr',   45.0, 52.0, DATE '2008-04-30', 'MAINTENANCE'),
 (12, 'STS-12', 'STS', 6, 'ZPMC',       55.0, 56.0, DATE '2019-11-15', 'IN SERVICE'),
 (13, 'STS-13', 'STS', 6, 'ZPMC',       55.0, 56.0, DATE '2019-11-15', 'IN SERVICE'),
 (14, 'STS-14', 'STS', 1, 'Paceco',     40.0, 45.0, DATE '1998-07-01', 'DECOMMISSIONED'),
 (15, 'MHC-01', 'MHC', 7, 'Liebherr',  125.0, 51.0, DATE '2011-03-03', 'IN SERVICE'),
 (16, 'MHC-02', 'MHC', 7, 'Gottwald',  100.0, 46.0, DATE '2006-05-19', 'IN SERVICE'),
 (17, 'MHC-03', 'MHC', 8, 'Konecranes',125.0, 51.0, DATE '2015-08-08', 'IN SERVICE'),
 (18, 'MHC-04', 'MHC', 8, 'Konecranes',125.0, 51.0, DATE '2015-08-08', 'IN SERVICE'),
 (19, 'STS-15', 'STS', 9, 'ZPMC',       80.0, 74.0, DATE '2025-11-20', 'COMMISSIONING'),
 (20, 'STS-16', 'STS', 9, 'ZPMC',       80.0, 74.0, DATE '2025-11-20', 'COMMISSIONING');

-- Port calls: each vessel calls on a regular rotation inside its service window; data is
-- as of 2025-12-31 18:00, so the last calls are still at berth or expected.
INSERT INTO "PORT_CALL"
WITH v AS (
    SELECT "VESSEL_ID"::int AS vid,
           CASE WHEN "TEU_CAPACITY" >= 10000 THEN 'L'
                WHEN "VESSEL_TYPE" IN ('FEEDER', 'CON-RO') THEN 'F' ELSE 'M' END AS cls,
           "SHIPPING_LINE_ID"::int AS line
    FROM "VESSEL"
), w AS (
    SELECT vid, cls,
           CASE cls WHEN 'F' THEN 63 + (vid % 3) * 7
                    WHEN 'M' THEN 105 + (vid % 4) * 7
                    ELSE 140 + (vid % 3) * 14 END AS every_days,
           CASE WHEN vid IN (9, 28) THEN TIMESTAMP '2023-07-01 06:00'
                WHEN vid = 26 THEN TIMESTAMP '2022-05-01 06:00'
                WHEN vid = 19 THEN TIMESTAMP '2026-02-01 06:00'
                WHEN line = 11 THEN TIMESTAMP '2024-03-01 06:00'
                ELSE TIMESTAMP '2022-01-02 06:00' END AS svc_from,
           CASE WHEN line = 12 THEN TIMESTAMP '2023-06-30 00:00'
                ELSE TIMESTAMP '2026-01-20 00:00' END AS svc_to
    FROM v
), c AS (
    SELECT w.vid, w.cls, w.svc_to, k,
           w.svc_from + make_interval(days => (w.vid * 11) % w.every_days + k * w.every_days,
                                      hours => (w.vid * 5 + k * 3) % 18) AS eta
    FROM w CROSS JOIN generate_series(0, 40) AS k
), c2 AS (
    SELECT c.*,
           row_number() OVER (ORDER BY eta, vid) AS call_id,
           eta + make_interval(hours => (vid * 7 + k * 13) % 15 - 4) AS arr
    FROM c
    WHERE c.eta < c.svc_to
), c3 AS (
    SELECT c2.*,
           arr + make_interval(hours => (vid * 3 + k * 11) % 19, mins => ((vid + k) % 4) * 15) AS brt,
           CASE cls WHEN 'L' THEN 30 + (vid * 5 + k * 7) % 30
                    WHEN 'M' THEN 20 + (vid * 3 + k * 5) % 20
                    ELSE 10 + (vid + k * 3) % 12 END AS stay_h,
           CASE cls WHEN 'L' THEN 1 + (vid + k) % 4
                    WHEN 'M' THEN 3 + (vid + k) % 4
                    ELSE (ARRAY[7, 8, 7, 8, 6])[1 + (vid + k) % 5] END AS berth
    FROM c2
), c4 AS (
    SELECT c3.*, brt + make_interval(hours => stay_h) AS dep,
           CASE WHEN (vid * 3 + k * 7) % 37 = 0 AND eta < TIMESTAMP '2025-12-31 18:00' THEN 'CANCELLED'
                WHEN eta >= TIMESTAMP '2025-12-31 18:00' OR arr > TIMESTAMP '2025-12-31 18:00' THEN 'EXPECTED'
                WHEN brt > TIMESTAMP '2025-12-31 18:00' THEN 'AT ANCHOR'
                WHEN brt + make_interval(hours => stay_h) > TIMESTAMP '2025-12-31 18:00' THEN 'AT BERTH'
                ELSE 'DEPARTED' END AS st
    FROM c3
)
SELECT call_id, vid, berth,
       'V' || lpad(vid::text, 2, '0') || to_char(eta, 'YY') || lpad((k + 1)::text, 2, '0'),
       (ARRAY['Rotterdam', 'Antwerp', 'Hamburg', 'Felixstowe', 'Le Havre', 'Algeciras',
              'Valencia', 'Gdansk', 'Gothenburg', 'Dublin', 'Tanger Med', 'Piraeus'])[1 + (vid + k) % 12],
       (ARRAY['Rotterdam', 'Antwerp', 'Hamburg', 'Felixstowe', 'Le Havre', 'Algeciras',
              'Valencia', 'Gdansk', 'Gothenburg', 'Dublin', 'Tanger Med', 'Piraeus'])[1 + (vid * 5 + k * 7 + 3) % 12],
       eta,
       CASE WHEN st IN ('CANCELLED', 'EXPECTED') THEN NULL ELSE arr END,
       CASE WHEN st IN ('CANCELLED', 'EXPECTED', 'AT ANCHOR') THEN NULL ELSE brt END,
       CASE WHEN st = 'DEPARTED' THEN dep END,
       st
FROM c4;

-- Containers, owned or operated by the lines (ISO 6346 style numbers).
INSERT INTO "CONTAINER"
WITH b AS (
    SELECT id,
           (ARRAY[1,1,1,1,2,2,2,3,3,4,4,4,5,5,6,6,6,7,8,8,9,9,10,11,11,12,1,2,4,6])[1 + id % 30] AS line,
           (id / 30) % 20 AS t
    FROM generate_series(1, 2400) AS id
), ty AS (
    SELECT b.*,
           CASE WHEN t <= 7 THEN '45G1' WHEN t <= 12 THEN '22G1' WHEN t = 13 THEN '42G1'
                WHEN t <= 15 THEN '45R1' WHEN t = 16 THEN '22R1' WHEN t = 17 THEN '22T1'
                WHEN t = 18 THEN '42U1' ELSE '42P1' END AS iso
    FROM b
)
SELECT id,
       substr(l."LINE_CODE", 1, 3) || 'U' || lpad(((id * 7919) % 1000000)::text, 6, '0') || (id % 10)::text,
       line, iso,
       CASE WHEN iso LIKE '2%' THEN 20 ELSE 40 END,
       CASE substr(iso, 3, 1) WHEN 'G' THEN 'DRY' WHEN 'R' THEN 'REEFER' WHEN 'T' THEN 'TANK'
                              WHEN 'U' THEN 'OPEN TOP' ELSE 'FLAT RACK' END,
       CASE iso WHEN '45G1' THEN 3900 + id % 200 WHEN '22G1' THEN 2200 + id % 150
                WHEN '42G1' THEN 3750 + id % 150 WHEN '45R1' THEN 4600 + id % 250
                WHEN '22R1' THEN 3000 + id % 200 WHEN '22T1' THEN 3650 + id % 300
                WHEN '42U1' THEN 3800 + id % 200 ELSE 5000 + id % 400 END,
       CASE WHEN substr(iso, 3, 1) = 'R' THEN 34000
            WHEN iso LIKE '2%' THEN 30480 ELSE 32500 END,
       2008 + (id * 13) % 17
FROM ty JOIN "SHIPPING_LINE" l ON l."SHIPPING_LINE_ID" = ty.line;

-- Crane moves: every call worked discharges first, then loads; a few restows. A call's
-- boxes belong to the vessel's line; its moves are spread over the time at berth.
INSERT INTO "CONTAINER_MOVE"
WITH pc AS (
    SELECT p."CALL_ID"::int AS cid, p."BERTH_ID"::int AS berth, p."BERTHING_TS" AS brt,
           coalesce(p."DEPARTURE_TS", p."BERTHING_TS" + interval '30 hours') AS dep,
           v."SHIPPING_LINE_ID"::int AS line,
           CASE WHEN v."TEU_CAPACITY" >= 10000 THEN 8 + (p."CALL_ID"::int * 7) % 7
                WHEN v."VESSEL_TYPE" IN ('FEEDER', 'CON-RO') THEN 3 + (p."CALL_ID"::int * 3) % 5
                ELSE 6 + (p."CALL_ID"::int * 5) % 7 END AS n
    FROM "PORT_CALL" p JOIN "VESSEL" v ON v."VESSEL_ID" = p."VESSEL_ID"
    WHERE p."CALL_STATUS" IN ('DEPARTED', 'AT BERTH')
), ctr AS (
    SELECT "CONTAINER_ID"::int AS ctid, "SHIPPING_LINE_ID"::int AS line, "TARE_KG"::int AS tare,
           "LENGTH_FT"::int AS len, "CONTAINER_TYPE" AS ctype,
           row_number() OVER (PARTITION BY "SHIPPING_LINE_ID" ORDER BY "CONTAINER_ID") AS rn,
           count(*) OVER (PARTITION BY "SHIPPING_LINE_ID") AS cnt
    FROM "CONTAINER"
), cr AS (
    SELECT "CRANE_ID"::int AS crid, "BERTH_ID"::int AS berth,
           row_number() OVER (PARTITION BY "BERTH_ID" ORDER BY "CRANE_ID") AS rn,
           count(*) OVER (PARTITION BY "BERTH_ID") AS cnt
    FROM "CRANE"
    WHERE "CRANE_STATUS" IN ('IN SERVICE', 'MAINTENANCE')
), m AS (
    SELECT pc.cid, j, pc.n, pc.berth, pc.line,
           pc.brt + make_interval(mins => (j * (extract(epoch FROM pc.dep - pc.brt)::int / 60)) / (pc.n + 1)) AS ts,
           CASE WHEN (pc.cid + j) % 13 = 0 THEN 'RESTOW'
                WHEN j <= (pc.n + 1) / 2 THEN 'DISCHARGE' ELSE 'LOAD' END AS mtype,
           CASE WHEN (pc.cid * 3 + j) % 7 = 0 THEN 'E' ELSE 'F' END AS fe
    FROM pc CROSS JOIN LATERAL generate_series(1, pc.n) AS j
)
SELECT row_number() OVER (ORDER BY m.cid, m.j),
       m.cid, ctr.ctid, cr.crid, m.mtype, m.ts, m.fe,
       CASE WHEN m.fe = 'E' THEN ctr.tare
            WHEN ctr.len = 20 THEN ctr.tare + 4000 + (m.cid * 131 + m.j * 977) % 20000
            ELSE ctr.tare + 5000 + (m.cid * 131 + m.j * 977) % 22000 END,
       CASE WHEN m.fe = 'F' AND (ctr.ctype = 'TANK' OR (m.cid + m.j * 5) % 17 = 0) THEN 'Y' ELSE 'N' END
FROM m
JOIN ctr ON ctr.line = m.line AND ctr.rn = (m.cid * 37 + m.j * 53) % ctr.cnt + 1
JOIN cr ON cr.berth = m.berth AND cr.rn = (m.cid + m.j % 2) % cr.cnt + 1
WHERE m.ts <= TIMESTAMP '2025-12-31 18:00';

-- Customs holds on full containers discharged here.
INSERT INTO "CUSTOMS_HOLD"
WITH d AS (
    SELECT "MOVE_ID"::int AS mid, "CONTAINER_ID" AS ctid, "CALL_ID" AS cid, "MOVE_TS" AS ts,
           ("MOVE_ID"::int / 15) % 10 AS kind
    FROM "CONTAINER_MOVE"
    WHERE "MOVE_TYPE" = 'DISCHARGE' AND "FULL_EMPTY_IND" = 'F' AND "MOVE_ID"::int % 15 = 0
), h AS (
    SELECT d.*,
           CASE WHEN kind <= 3 THEN 'DOCUMENT CHECK' WHEN kind <= 6 THEN 'X-RAY SCAN'
                WHEN kind <= 8 THEN 'PHYSICAL EXAM' ELSE 'PHYTOSANITARY' END AS htype,
           ts + make_interval(mins => (mid % 6) * 20 + 15) AS placed,
           CASE WHEN kind <= 3 THEN 4 + (mid * 7) % 44 WHEN kind <= 6 THEN 8 + (mid * 11) % 60
                WHEN kind <= 8 THEN 24 + (mid * 13) % 120 ELSE 12 + mid % 72 END AS hours
    FROM d
)
SELECT row_number() OVER (ORDER BY mid), ctid, cid, htype,
       CASE WHEN htype = 'PHYTOSANITARY' THEN 'PLANT HEALTH' ELSE 'CUSTOMS' END,
       placed,
       CASE WHEN (mid / 15) % 13 = 5 THEN NULL
            WHEN placed + make_interval(hours => hours) > TIMESTAMP '2025-12-31 18:00' THEN NULL
            ELSE placed + make_interval(hours => hours) END,
       CASE WHEN (mid / 15) % 13 = 5 THEN 'SEIZED'
            WHEN placed + make_interval(hours => hours) > TIMESTAMP '2025-12-31 18:00' THEN 'ACTIVE'
            ELSE 'RELEASED' END
FROM h;

-- Terminal tariff (base rates in EUR; the rate charged rises each year).
INSERT INTO "CHARGE_TYPE" VALUES
 (1, 'STV-F',     'Stevedoring, full container',   'PER MOVE',      185.0000),
 (2, 'STV-E',     'Stevedoring, empty container',  'PER MOVE',      120.0000),
 (3, 'RESTOW',    'Restow on board',               'PER MOVE',       95.0000),
 (4, 'DOCKAGE',   'Dockage',                       'PER GT',          0.0650),
 (5, 'HAZ',       'Dangerous goods surcharge',     'PER MOVE',       65.0000),
 (6, 'REEFER',    'Reefer plug-in and monitoring', 'PER CONTAINER',  80.0000),
 (7, 'MOORING',   'Mooring and unmooring',         'PER CALL',     1450.0000),
 (8, 'WASTE',     'Ship waste reception',          'PER CALL',      320.0000),
 (9, 'SHORE-PWR', 'Shore power supply',            'PER CALL',     2100.0000);

-- One invoice to the operating line per departed call.
INSERT INTO "INVOICE"
WITH p AS (
    SELECT pc."CALL_ID"::int AS cid, v."SHIPPING_LINE_ID" AS line, l."PAYMENT_TERMS_DAYS"::int AS terms,
           pc."DEPARTURE_TS"::date + 1 + pc."CALL_ID"::int % 3 AS inv_date
    FROM "PORT_CALL" pc
    JOIN "VESSEL" v ON v."VESSEL_ID" = pc."VESSEL_ID"
    JOIN "SHIPPING_LINE" l ON l."SHIPPING_LINE_ID" = v."SHIPPING_LINE_ID"
    WHERE pc."CALL_STATUS" = 'DEPARTED'
), q AS (
    SELECT p.*, inv_date + terms AS due,
           inv_date + terms - 20 + (cid * 11) % 28 AS pay,
           row_number() OVER (ORDER BY inv_date, cid) AS iid,
           row_number() OVER (PARTITION BY extract(year FROM inv_date) ORDER BY inv_date, cid) AS seq
    FROM p
), s AS (
    SELECT q.*,
           CASE WHEN line = 12 AND inv_date >= DATE '2023-03-01' THEN 'OVERDUE'
                WHEN cid % 19 = 0 THEN 'DISPUTED'
                WHEN inv_date >= DATE '2025-07-01' AND cid % 7 = 0 THEN 'OVERDUE'
                WHEN pay <= DATE '2025-12-31' THEN 'PAID'
                WHEN due < DATE '2025-12-31' THEN 'OVERDUE'
                ELSE 'OPEN' END AS st
    FROM q
)
SELECT iid, 'KBT-' || extract(year FROM inv_date)::int || '-' || lpad(seq::text, 4, '0'),
       line, cid, inv_date, due, 'EUR', 0, st,
       CASE WHEN st = 'PAID' THEN pay END
FROM s;

INSERT INTO "INVOICE_ITEM"
WITH i AS (
    SELECT i."INVOICE_ID" AS iid, i."CALL_ID" AS cid,
           CASE extract(year FROM i."INVOICE_DATE")::int
                WHEN 2022 THEN 1.00 WHEN 2023 THEN 1.04 WHEN 2024 THEN 1.07 ELSE 1.10 END AS uplift,
           v."GROSS_TONNAGE" AS gt, b."SHORE_POWER_FLAG" AS shore
    FROM "INVOICE" i
    JOIN "PORT_CALL" pc ON pc."CALL_ID" = i."CALL_ID"
    JOIN "VESSEL" v ON v."VESSEL_ID" = pc."VESSEL_ID"
    JOIN "BERTH" b ON b."BERTH_ID" = pc."BERTH_ID"
), mv AS (
    SELECT m."CALL_ID" AS cid,
           count(*) FILTER (WHERE m."MOVE_TYPE" <> 'RESTOW' AND m."FULL_EMPTY_IND" = 'F') AS full_moves,
           count(*) FILTER (WHERE m."MOVE_TYPE" <> 'RESTOW' AND m."FULL_EMPTY_IND" = 'E') AS empty_moves,
           count(*) FILTER (WHERE m."MOVE_TYPE" = 'RESTOW') AS restows,
           count(*) FILTER (WHERE m."HAZARDOUS_FLAG" = 'Y') AS haz,
           count(*) FILTER (WHERE c."CONTAINER_TYPE" = 'REEFER' AND m."FULL_EMPTY_IND" = 'F') AS reefers
    FROM "CONTAINER_MOVE" m JOIN "CONTAINER" c ON c."CONTAINER_ID" = m."CONTAINER_ID"
    GROUP BY m."CALL_ID"
), q AS (
    SELECT i.iid, i.uplift, x.charge, x.qty
    FROM i LEFT JOIN mv ON mv.cid = i.cid
    CROSS JOIN LATERAL (VALUES
        (1, coalesce(mv.full_moves, 0)),
        (2, coalesce(mv.empty_moves, 0)),
        (3, coalesce(mv.restows, 0)),
        (4, i.gt),
        (5, coalesce(mv.haz, 0)),
        (6, coalesce(mv.reefers, 0)),
        (7, 1),
        (8, CASE WHEN i.cid % 3 <> 0 THEN 1 ELSE 0 END),
        (9, CASE WHEN i.shore = 'Y' AND i.cid % 4 = 0 THEN 1 ELSE 0 END)
    ) AS x (charge, qty)
    WHERE x.qty > 0
)
SELECT row_number() OVER (ORDER BY q.iid, q.charge), q.iid, q.charge, q.qty,
       round(ct."BASE_RATE" * q.uplift, 4),
       round(q.qty * round(ct."BASE_RATE" * q.uplift, 4), 2)
FROM q JOIN "CHARGE_TYPE" ct ON ct."CHARGE_TYPE_ID" = q.charge;

UPDATE "INVOICE" i
SET "TOTAL_AMOUNT" = s.total
FROM (SELECT "INVOICE_ID", sum("LINE_AMOUNT") AS total FROM "INVOICE_ITEM" GROUP BY "INVOICE_ID") AS s
WHERE s."INVOICE_ID" = i."INVOICE_ID";
