-- Operations of Nantes Atlantique airport (NTE): airlines, arriving and departing flights with
-- scheduled and actual block times, gates and stands, stand allocations, ground handling agents
-- and their turnaround tasks, delays with IATA delay codes, baggage reclaim belts, mishandled
-- bags and passenger counts, 2022 to 2025. Sample database of the golden set
-- benches/intent/airport.frozen.yaml.
-- Every row is invented and reproducible (generate_series, fixed lists, modular arithmetic).
-- The schema was grown by two teams: the flight operations team names tables in plural
-- snake_case, the ground operations team in singular lower case with words run together.

CREATE TABLE airlines (
    id             integer PRIMARY KEY,
    iata_code      char(2) NOT NULL UNIQUE,
    icao_code      char(3) NOT NULL UNIQUE,
    name           text NOT NULL,
    country        text NOT NULL,
    alliance       text,
    is_low_cost    boolean NOT NULL,
    contract_start date NOT NULL
);

CREATE TABLE gates (
    id          integer PRIMARY KEY,
    gate_code   varchar(4) NOT NULL UNIQUE,
    terminal    text NOT NULL,
    gate_type   text NOT NULL,          -- 'contact' (jet bridge) or 'bus'
    is_schengen boolean NOT NULL,
    is_active   boolean NOT NULL
);

CREATE TABLE stands (
    id                integer PRIMARY KEY,
    stand_code        varchar(4) NOT NULL UNIQUE,
    stand_type        text NOT NULL,    -- 'contact' or 'remote'
    max_aircraft_size text NOT NULL,    -- 'narrowbody' or 'widebody'
    gate_id           integer REFERENCES gates,
    has_ground_power  boolean NOT NULL,
    is_active         boolean NOT NULL
);

CREATE TABLE groundhandler (
    handlerid     integer PRIMARY KEY,
    handlername   text NOT NULL,
    servicetype   text NOT NULL,
    hourlyrate    numeric(7,2) NOT NULL,
    contractstart date NOT NULL,
    contractend   date
);

CREATE TABLE delay_codes (
    code        varchar(2) PRIMARY KEY,
    category    text NOT NULL,
    description text NOT NULL,
    is_controllable boolean NOT NULL
);

CREATE TABLE flights (
    id             integer PRIMARY KEY,
    airline_id     integer NOT NULL REFERENCES airlines,
    flight_number  varchar(8) NOT NULL,
    direction      text NOT NULL,       -- 'arrival' or 'departure'
    origin         char(3) NOT NULL,
    destination    char(3) NOT NULL,
    aircraft_type  varchar(5) NOT NULL,
    registration   varchar(8) NOT NULL,
    seats          integer NOT NULL,
    scheduled_time timestamp NOT NULL,  -- scheduled in-block (arrivals) or off-block (departures)
    actual_time    timestamp,           -- actual in-block or off-block; null when cancelled or diverted
    status         text NOT NULL,       -- 'landed', 'departed', 'cancelled', 'diverted'
    gate_id        integer REFERENCES gates
);

CREATE TABLE flight_delays (
    id         integer PRIMARY KEY,
    flight_id  integer NOT NULL REFERENCES flights,
    delay_code varchar(2) NOT NULL REFERENCES delay_codes,
    minutes    integer NOT NULL
);

CREATE TABLE standallocation (
    allocationid      integer PRIMARY KEY,
    arrivalflightid   integer NOT NULL REFERENCES flights,
    departureflightid integer REFERENCES flights,
    standid           integer NOT NULL REFERENCES stands,
    onblocktime       timestamp NOT NULL,
    offblocktime      timestamp,
    towed             boolean NOT NULL
);

CREATE TABLE turnaroundtask (
    taskid        integer PRIMARY KEY,
    flightid      integer NOT NULL REFERENCES flights,
    handlerid     integer NOT NULL REFERENCES groundhandler,
    tasktype      text NOT NULL,
    scheduledtime timestamp NOT NULL,
    actualstart   timestamp NOT NULL,
    actualend     timestamp NOT NULL,
    charge        numeric(8,2) NOT NULL
);

CREATE TABLE paxcount (
    flightid      integer PRIMARY KEY REFERENCES flights,
    paxtotal      integer NOT NULL,
    infantcount   integer NOT NULL,
    transfercount integer NOT NULL,
    bagcount      integer NOT NULL,
    source        text NOT NULL         -- 'DCS' or 'manual'
);

CREATE TABLE baggageclaim (
    claimid      integer PRIMARY KEY,
    flightid     integer NOT NULL UNIQUE REFERENCES flights,
    beltnumber   integer NOT NULL,
    firstbagtime timestamp NOT NULL,
    lastbagtime  timestamp NOT NULL,
    bagsdelivered integer NOT NULL
);

CREATE TABLE mishandledbag (
    bagid        integer PRIMARY KEY,
    flightid     integer NOT NULL REFERENCES flights,
    tagnumber    varchar(10) NOT NULL UNIQUE,
    reason       text NOT NULL,         -- 'delayed', 'damaged', 'pilfered', 'lost'
    reportedtime timestamp NOT NULL,
    resolvedtime timestamp,
    compensation numeric(8,2) NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Reference data

INSERT INTO airlines VALUES
    ( 1, 'AF', 'AFR', 'Air France',         'France',         'SkyTeam',       false, '2005-04-01'),
    ( 2, 'U2', 'EZY', 'easyJet',            'United Kingdom', NULL,            true,  '2011-03-27'),
    ( 3, 'V7', 'VOE', 'Volotea',            'Spain',          NULL,            true,  '2012-06-15'),
    ( 4, 'TO', 'TVF', 'Transavia France',   'France',         NULL,            true,  '2008-05-01'),
    ( 5, 'FR', 'RYR', 'Ryanair',            'Ireland',        NULL,            true,  '2007-10-28'),
    ( 6, 'VY', 'VLG', 'Vueling',            'Spain',          NULL,            true,  '2010-03-28'),
    ( 7, 'KL', 'KLM', 'KLM',                'Netherlands',    'SkyTeam',       false, '2006-01-15'),
    ( 8, 'LH', 'DLH', 'Lufthansa',          'Germany',        'Star Alliance', false, '2009-10-25'),
    ( 9, 'EI', 'EIN', 'Aer Lingus',         'Ireland',        NULL,            false, '2013-04-02'),
    (10, 'AT', 'RAM', 'Royal Air Maroc',    'Morocco',        'oneworld',      false, '2014-07-01'),
    (11, 'AH', 'DAH', 'Air Algérie',        'Algeria',        NULL,            false, '2010-06-01'),
    (12, 'TU', 'TAR', 'Tunisair',           'Tunisia',        NULL,            false, '2010-06-01'),
    (13, 'XK', 'CCM', 'Air Corsica',        'France',         NULL,            false, '2016-04-01'),
    (14, 'BA', 'BAW', 'British Airways',    'United Kingdom', 'oneworld',      false, '2018-03-25'),
    (15, 'SN', 'BEL', 'Brussels Airlines',  'Belgium',        'Star Alliance', false, '2017-10-29'),
    (16, 'TS', 'TSC', 'Air Transat',        'Canada',         NULL,            false, '2019-06-10'),
    (17, 'CE', 'CLG', 'Chalair',            'France',         NULL,            false, '2021-09-01'),
    (18, 'NT', 'IBB', 'Binter Canarias',    'Spain',          NULL,            false, '2025-10-01'),
    (19, 'W6', 'WZZ', 'Wizz Air',           'Hungary',        NULL,            true,  '2025-11-15');

INSERT INTO gates VALUES
    ( 1, 'A1',  'T1', 'contact', true,  true),
    ( 2, 'A2',  'T1', 'contact', true,  true),
    ( 3, 'A3',  'T1', 'contact', true,  true),
    ( 4, 'A4',  'T1', 'contact', true,  true),
    ( 5, 'A5',  'T1', 'contact', true,  true),
    ( 6, 'A6',  'T1', 'contact', true,  true),
    ( 7, 'A7',  'T1', 'contact', false, true),
    ( 8, 'A8',  'T1', 'contact', false, true),
    ( 9, 'A9',  'T1', 'contact', false, true),
    (10, 'A10', 'T1', 'contact', false, true),
    (11, 'B1',  'T1', 'bus',     true,  true),
    (12, 'B2',  'T1', 'bus',     true,  true),
    (13, 'B3',  'T1', 'bus',     true,  true),
    (14, 'B4',  'T1', 'bus',     true,  true),
    (15, 'B5',  'T1', 'bus',     false, true),
    (16, 'B6',  'T1', 'bus',     false, true),
    (17, 'C1',  'T2', 'contact', true,  true),
    (18, 'C2',  'T2', 'contact', true,  true),
    (19, 'C3',  'T2', 'contact', true,  true),
    (20, 'C4',  'T2', 'contact', true,  true),
    (21, 'C5',  'T2', 'contact', true,  true),
    (22, 'C6',  'T2', 'contact', true,  true),
    (23, 'C7',  'T2', 'bus',     true,  true),
    (24, 'C8',  'T2', 'bus',     true,  true),
    (25, 'A11', 'T1', 'contact', false, false);

INSERT INTO stands VALUES
    ( 1, '1',   'contact', 'narrowbody',  1, true,  true),
    ( 2, '2',   'contact', 'narrowbody',  2, true,  true),
    ( 3, '3',   'contact', 'narrowbody',  3, true,  true),
    ( 4, '4',   'contact', 'narrowbody',  4, true,  true),
    ( 5, '5',   'contact', 'narrowbody',  5, true,  true),
    ( 6, '6',   'contact', 'narrowbody',  6, true,  true),
    ( 7, '7',   'contact', 'narrowbody',  7, true,  true),
    ( 8, '8',   'contact', 'narrowbody',  8, true,  true),
    ( 9, '9',   'contact', 'widebody',    9, true,  true),
    (10, '10',  'contact', 'widebody',   10, true,  true),
    (11, '21',  'contact', 'narrowbody', 17, true,  true),
    (12, '22',  'contact', 'narrowbody', 18, true,  true),
    (13, '23',  'contact', 'narrowbody', 19, true,  true),
    (14, '24',  'contact', 'narrowbody', 20, true,  true),
    (15, '25',  'contact', 'narrowbody', 21, false, true),
    (16, '26',  'contact', 'narrowbody', 22, false, true),
    (17, '40',  'remote',  'widebody',   NULL, true,  true),
    (18, '41',  'remote',  'narrowbody', NULL, true,  true),
    (19, '42',  'remote',  'narrowbody', NULL, true,  true),
    (20, '43',  'remote',  'narrowbody', NULL, false, true),
    (21, '44',  'remote',  'narrowbody', NULL, false, true),
    (22, '45',  'remote',  'narrowbody', NULL, false, true),
    (23, '46',  'remote',  'narrowbody', NULL, false, true),
    (24, '47',  'remote',  'narrowbody', NULL, false, true),
    (25, '48',  'remote',  'narrowbody', NULL, false, true),
    (26, '49',  'remote',  'narrowbody', NULL, false, true),
    (27, '50',  'remote',  'narrowbody', NULL, false, true),
    (28, '51',  'remote',  'narrowbody', NULL, false, true),
    (29, '52',  'remote',  'narrowbody', NULL, true,  true),
    (30, '53',  'remote',  'narrowbody', NULL, true,  true),
    (31, '54',  'remote',  'narrowbody', NULL, true,  true),
    (32, '55',  'remote',  'narrowbody', NULL, false, true),
    (33, '56',  'remote',  'narrowbody', NULL, false, false),
    (34, '57',  'remote',  'narrowbody', NULL, false, false);

INSERT INTO groundhandler VALUES
    (1, 'Atlantique Ground Services', 'ramp',       48.50, '2015-01-01', NULL),
    (2, 'AeroRampe Handling',         'ramp',       44.00, '2019-04-01', NULL),
    (3, 'Fuelink Aviation',           'fuel',       62.00, '2012-06-01', NULL),
    (4, 'Polar Deicing Services',     'de-icing',   95.00, '2018-11-01', NULL),
    (5, 'Ouest Catering',             'catering',   39.50, '2014-03-01', NULL),
    (6, 'SkyChef Loire',              'catering',   41.00, '2020-09-01', NULL),
    (7, 'BlueLine Cabin Cleaning',    'cleaning',   33.00, '2025-11-01', NULL),
    (8, 'Nantes Piste Services',      'ramp',       46.00, '2009-01-01', '2021-12-31');

INSERT INTO delay_codes VALUES
    ('11', 'Passenger and baggage',      'Late check-in, acceptance after deadline',           true),
    ('12', 'Passenger and baggage',      'Late check-in, congestion in check-in area',         true),
    ('14', 'Passenger and baggage',      'Oversales, booking errors',                          true),
    ('15', 'Passenger and baggage',      'Boarding, discrepancies and paging, missing passenger', true),
    ('18', 'Passenger and baggage',      'Baggage processing, sorting',                        true),
    ('21', 'Cargo and mail',             'Cargo documentation, errors',                        true),
    ('31', 'Aircraft and ramp handling', 'Aircraft documentation late or inaccurate',          true),
    ('32', 'Aircraft and ramp handling', 'Loading and unloading, bulky items, lack of staff',  true),
    ('33', 'Aircraft and ramp handling', 'Loading equipment lack or breakdown',                true),
    ('34', 'Aircraft and ramp handling', 'Servicing equipment lack or breakdown',              true),
    ('35', 'Aircraft and ramp handling', 'Aircraft cleaning',                                  true),
    ('36', 'Aircraft and ramp handling', 'Fuelling and defuelling',                           true),
    ('37', 'Aircraft and ramp handling', 'Catering, late delivery or loading',                 true),
    ('41', 'Technical',                  'Aircraft defects',                                   true),
    ('46', 'Technical',                  'Aircraft change for technical reasons',              true),
    ('51', 'Damage to aircraft',         'Damage during flight operations, bird or lightning strike', false),
    ('52', 'Damage to aircraft',         'Damage during ground operations',                    true),
    ('63', 'Flight operations and crew', 'Late crew boarding or departure procedures',         true),
    ('64', 'Flight operations and crew', 'Flight deck crew shortage',                          true),
    ('71', 'Weather',                    'Weather at departure station',                       false),
    ('72', 'Weather',                    'Weather at destination',                             false),
    ('75', 'Weather',                    'De-icing of aircraft',                               false),
    ('81', 'ATC and airport',            'ATC flow management, en-route demand and capacity',  false),
    ('83', 'ATC and airport',            'ATC flow management, restriction at destination',    false),
    ('87', 'ATC and airport',            'Airport facilities, stand or gate unavailable',      false),
    ('89', 'ATC and airport',            'Restrictions at airport of departure',               false),
    ('93', 'Reactionary',                'Aircraft rotation, late arrival from another flight', false),
    ('96', 'Reactionary',                'Operations control, re-routing or cancellation',     true);

-- ---------------------------------------------------------------------------------------------
-- Rotations: an inbound flight and the outbound flight of the same aircraft, 1,200 of them from
-- January 2022 to December 2025, growing in number year after year.

CREATE TEMP TABLE spec (airline_id integer, types text[], seats integer[], dests text[], numbase integer,
                        regprefix text, hub boolean);
INSERT INTO spec VALUES
    ( 1, '{A320,A321,A319}', '{178,212,142}', '{CDG,ORY,LYS,MRS,NCE,TLS,AMS}',           7300, 'F-HB', true),
    ( 2, '{A320,A319,A321}', '{186,156,235}', '{LGW,BSL,GVA,LYS,NCE,BCN,LIS,MXP}',       4300, 'G-EZ', false),
    ( 3, '{A319,A320}',      '{150,180}',     '{PMI,BCN,VCE,ATH,MRS,NCE,AJA,OPO,NAP}',    2650, 'EC-N', false),
    ( 4, '{B738}',           '{189}',         '{ALC,AGP,RAK,OPO,HER,TFS,FCO}',           4020, 'F-HT', false),
    ( 5, '{B738}',           '{189}',         '{STN,DUB,PMI,AGP,FEZ,PSA}',               1540, 'EI-D', false),
    ( 6, '{A320}',           '{180}',         '{BCN,MAD,SVQ}',                           6660, 'EC-M', false),
    ( 7, '{E190,B738}',      '{100,186}',     '{AMS}',                                   1280, 'PH-E', true),
    ( 8, '{CRJ9,A320}',      '{90,168}',      '{FRA,MUC}',                               1120, 'D-AI', true),
    ( 9, '{A320}',           '{174}',         '{DUB,ORK}',                                700, 'EI-F', false),
    (10, '{B738}',           '{159}',         '{CMN}',                                    780, 'CN-R', false),
    (11, '{B738}',           '{162}',         '{ALG,ORN}',                               1050, '7T-V', false),
    (12, '{A320}',           '{168}',         '{TUN,DJE}',                                860, 'TS-I', false),
    (13, '{A320}',           '{174}',         '{AJA,BIA}',                                330, 'F-HZ', false),
    (14, '{A320}',           '{168}',         '{LHR}',                                   8220, 'G-EU', false),
    (15, '{A319}',           '{141}',         '{BRU}',                                   3590, 'OO-S', true),
    (16, '{A332}',           '{345}',         '{YUL}',                                    530, 'C-GT', false),
    (17, '{AT72}',           '{68}',          '{LIL,SXB}',                               1600, 'F-HB', false);

CREATE TEMP TABLE rot AS
WITH base AS (
    SELECT r,
           -- weighted airline choice: 40 slots, every slot used equally often
           CASE WHEN r % 50 = 0 THEN 16
                WHEN r % 37 = 0 THEN 17
                ELSE ('{1,1,1,1,1,1,2,2,2,2,2,2,3,3,3,3,3,3,3,4,4,4,4,4,5,5,5,6,6,7,7,8,8,9,10,11,12,13,14,15}'::int[])[(r * 17) % 40 + 1]
           END AS airline_id,
           date '2022-01-01' + floor(1461 * power((r - 1) / 1200.0, 0.85))::int AS day,
           (6 + (r * 7) % 16) * interval '1 hour' + ((r * 11) % 12) * interval '5 minutes' AS arr_clock
    FROM generate_series(1, 1200) AS r
), s1 AS (
    SELECT b.*, s.types, s.seats AS seatlist, s.dests, s.numbase, s.regprefix, s.hub,
           (r * 5) % array_length(s.types, 1) + 1 AS ti,
           (r * 3) % array_length(s.dests, 1) + 1 AS di
    FROM base b JOIN spec s USING (airline_id)
), s2 AS (
    SELECT s1.*,
           types[ti] AS aircraft_type,
           seatlist[ti] AS seats,
           dests[di] AS other,
           numbase + 2 * (di - 1) AS depnum,
           CASE WHEN types[ti] = 'A332' THEN 120 + (r % 4) * 20
                WHEN types[ti] = 'AT72' THEN 30 + (r % 4) * 10
                ELSE 40 + ((r * 13) % 8) * 10 END AS turn,
           CASE WHEN types[ti] = 'A332' THEN 90
                WHEN types[ti] = 'AT72' THEN 25
                ELSE 35 END AS minturn,
           CASE r % 5 WHEN 0 THEN 15 + (r * 23) % 75
                      WHEN 1 THEN -(r % 12)
                      WHEN 2 THEN r % 14
                      ELSE (r * 3) % 10 - 5 END AS arrdelay,
           CASE WHEN r % 7 = 0 THEN 15 + (r * 31) % 60 ELSE 0 END AS owndelay,
           ('{11,15,18,31,32,32,33,35,36,37,41,41,41,46,63,64,81,81,81,83,87,89,96,12,21,34,51,72,15,41}'::text[])[(r / 7 * 11) % 30 + 1] AS owncode,
           CASE WHEN extract(month FROM day) IN (12, 1, 2) AND r % 4 = 0 THEN 20 + (r % 5) * 5 ELSE 0 END AS deice,
           CASE WHEN r % 41 = 0 THEN 'cancelled'
                WHEN r % 173 = 0 THEN 'diverted'
                ELSE 'ok' END AS fate
    FROM s1
)
SELECT s2.*,
       greatest(0, arrdelay + minturn - turn) AS reactdelay,
       day + arr_clock AS arr_sched,
       day + arr_clock + turn * interval '1 minute' AS dep_sched,
       regprefix || chr(65 + (r * 7) % 26) || chr(65 + (r * 3 + airline_id) % 26) AS registration
FROM s2;

ALTER TABLE rot ADD COLUMN depdelay integer;
UPDATE rot SET depdelay = CASE WHEN reactdelay + owndelay + deice > 0 THEN reactdelay + owndelay + deice
                               ELSE (r % 9) - 3 END;

ALTER TABLE rot ADD COLUMN stand_id integer;
UPDATE rot SET stand_id = CASE
    WHEN aircraft_type = 'A332' THEN ('{9,10,17}'::int[])[r % 3 + 1]
    WHEN airline_id IN (2, 3, 4, 5, 6) THEN ('{11,12,13,14,15,16,18,19,20,21,22,23,24,25,26,27,28,11,12,18}'::int[])[(r * 7) % 20 + 1]
    ELSE ('{1,2,3,4,5,6,7,8,1,2,3,1,11,12,29,30,31,32,5,6}'::int[])[(r * 7) % 20 + 1] END;

-- Flights: odd ids are the inbound legs, even ids the outbound legs of the same rotation.
INSERT INTO flights
SELECT 2 * r - 1, airline_id, a.iata_code || (depnum + 1), 'arrival', other, 'NTE',
       aircraft_type, registration, seats, arr_sched,
       CASE WHEN fate = 'ok' THEN arr_sched + arrdelay * interval '1 minute' END,
       CASE fate WHEN 'ok' THEN 'landed' WHEN 'diverted' THEN 'diverted' ELSE 'cancelled' END,
       NULL
FROM rot JOIN airlines a ON a.id = rot.airline_id;

INSERT INTO flights
SELECT 2 * r, airline_id, a.iata_code || depnum, 'departure', 'NTE', other,
       aircraft_type, registration, seats, dep_sched,
       CASE WHEN fate = 'ok' THEN dep_sched + depdelay * interval '1 minute' END,
       CASE fate WHEN 'ok' THEN 'departed' ELSE 'cancelled' END,
       CASE WHEN st.gate_id IS NOT NULL THEN st.gate_id
            WHEN other IN ('LGW','STN','DUB','ORK','LHR','CMN','ALG','ORN','TUN','DJE','YUL','RAK','FEZ')
                 THEN 15 + r % 2
            WHEN st.id BETWEEN 18 AND 24 THEN 23 + r % 2
            ELSE 11 + r % 4 END
FROM rot JOIN airlines a ON a.id = rot.airline_id JOIN stands st ON st.id = rot.stand_id;

-- Delay reports on the outbound legs that left 15 minutes or more late, one line per cause.
INSERT INTO flight_delays
SELECT row_number() OVER (ORDER BY flight_id, delay_code), flight_id, delay_code, minutes
FROM (
    SELECT 2 * r AS flight_id, '93' AS delay_code, reactdelay AS minutes FROM rot
     WHERE fate = 'ok' AND depdelay >= 15 AND reactdelay > 0
    UNION ALL
    SELECT 2 * r, owncode, owndelay FROM rot
     WHERE fate = 'ok' AND depdelay >= 15 AND owndelay > 0
    UNION ALL
    SELECT 2 * r, '75', deice FROM rot
     WHERE fate = 'ok' AND depdelay >= 15 AND deice > 0
) d;

-- Stand allocation for every turnaround that took place.
INSERT INTO standallocation
SELECT row_number() OVER (ORDER BY r), 2 * r - 1, 2 * r, stand_id,
       arr_sched + arrdelay * interval '1 minute',
       dep_sched + depdelay * interval '1 minute',
       r % 19 = 0
FROM rot WHERE fate = 'ok';

-- Passenger counts for every flight that operated.
INSERT INTO paxcount
SELECT f.id,
       pax,
       pax * (f.id % 4) / 100,
       CASE WHEN s.hub THEN pax * (20 + f.id % 30) / 100 ELSE f.id % 3 END,
       pax * CASE WHEN a.is_low_cost THEN 35 + f.id % 21 ELSE 70 + f.id % 31 END / 100,
       CASE WHEN f.id % 23 = 0 THEN 'manual' ELSE 'DCS' END
FROM flights f
JOIN airlines a ON a.id = f.airline_id
JOIN spec s ON s.airline_id = f.airline_id
CROSS JOIN LATERAL (SELECT f.seats * (55 + (f.id * 13) % 43
                          + CASE WHEN extract(month FROM f.scheduled_time) IN (7, 8) THEN 3 ELSE 0 END) / 100 AS pax) p
WHERE f.status IN ('landed', 'departed');

-- Reclaim belt for every inbound flight that landed.
INSERT INTO baggageclaim
SELECT row_number() OVER (ORDER BY f.id), f.id,
       CASE WHEN f.origin IN ('LGW','STN','DUB','ORK','LHR','CMN','ALG','ORN','TUN','DJE','YUL','RAK','FEZ')
            THEN 5 + f.id % 2 ELSE 1 + (f.id * 3) % 4 END,
       f.actual_time + (8 + f.id % 14) * interval '1 minute',
       f.actual_time + (8 + f.id % 14 + 6 + p.bagcount / 6) * interval '1 minute',
       p.bagcount
FROM flights f JOIN paxcount p ON p.flightid = f.id
WHERE f.direction = 'arrival' AND f.status = 'landed';

-- Turnaround tasks on the outbound legs.
INSERT INTO turnaroundtask
SELECT row_number() OVER (ORDER BY t.flightid, t.ord), t.flightid, t.handlerid, t.tasktype, t.sched,
       t.sched + t.late * interval '1 minute',
       t.sched + (t.late + t.dur) * interval '1 minute',
       t.charge
FROM (
    -- fuelling on every turnaround
    SELECT 2 * r AS flightid, 1 AS ord, 3 AS handlerid, 'fuelling' AS tasktype,
           dep_sched - interval '35 minutes' AS sched,
           CASE WHEN r % 6 = 0 THEN 5 + r % 20 ELSE (r % 5) - 2 END AS late,
           CASE WHEN aircraft_type = 'A332' THEN 45 ELSE 15 + r % 10 END AS dur,
           (CASE WHEN aircraft_type = 'A332' THEN 3 ELSE 1 END * (180 + ((r * 7) % 20) * 15))::numeric(8,2) AS charge
    FROM rot WHERE fate = 'ok'
    UNION ALL
    -- cabin cleaning, full-service carriers only
    SELECT 2 * r, 2, CASE WHEN airline_id % 2 = 0 THEN 2 ELSE 1 END, 'cleaning',
           arr_sched + interval '10 minutes',
           CASE WHEN r % 8 = 0 THEN 6 + r % 15 ELSE r % 4 END,
           CASE WHEN aircraft_type = 'A332' THEN 40 ELSE 12 + r % 9 END,
           (95 + (r % 9) * 12.5)::numeric(8,2)
    FROM rot JOIN airlines a ON a.id = rot.airline_id WHERE fate = 'ok' AND NOT a.is_low_cost
    UNION ALL
    -- catering, full-service carriers only
    SELECT 2 * r, 3, CASE WHEN airline_id IN (1, 7, 14, 16) THEN 6 ELSE 5 END, 'catering',
           dep_sched - interval '40 minutes',
           CASE WHEN r % 9 = 0 THEN 8 + r % 25 ELSE r % 6 - 2 END,
           10 + r % 12,
           (140 + ((r * 3) % 16) * 10.25)::numeric(8,2)
    FROM rot JOIN airlines a ON a.id = rot.airline_id WHERE fate = 'ok' AND NOT a.is_low_cost
    UNION ALL
    -- pushback from contact stands
    SELECT 2 * r, 4, CASE WHEN airline_id % 3 = 0 THEN 2 ELSE 1 END, 'pushback',
           dep_sched,
           depdelay,
           4 + r % 5,
           CASE WHEN airline_id % 3 = 0 THEN 72.00 ELSE 78.50 END
    FROM rot JOIN stands st ON st.id = rot.stand_id WHERE fate = 'ok' AND st.stand_type = 'contact'
    UNION ALL
    -- de-icing in winter
    SELECT 2 * r, 5, 4, 'de-icing',
           dep_sched - interval '15 minutes',
           (r % 7),
           deice - 5,
           (850 + (r % 10) * 120)::numeric(8,2)
    FROM rot WHERE fate = 'ok' AND deice > 0
) t;

-- Mishandled bags reported on inbound flights.
INSERT INTO mishandledbag
SELECT row_number() OVER (ORDER BY f.id, g),
       f.id,
       'NTE' || lpad(((f.id * 7919 + g * 104729) % 1000000)::text, 6, '0'),
       m.reason,
       f.actual_time + (40 + (f.id * g) % 50) * interval '1 minute',
       CASE WHEN m.reason = 'delayed' THEN f.actual_time + (20 + (f.id % 5) * 12) * interval '1 hour'
            WHEN m.reason = 'lost' AND f.id % 4 <> 1 THEN NULL
            WHEN m.reason = 'lost' THEN f.actual_time + (21 + f.id % 15) * interval '1 day'
            WHEN f.id % 7 = 0 THEN NULL
            ELSE f.actual_time + (3 + f.id % 10) * interval '1 day' END,
       CASE m.reason WHEN 'delayed' THEN CASE WHEN (f.id / 3) % 3 = 0 THEN 0 ELSE 50 + (f.id % 5) * 25 END
                     WHEN 'damaged' THEN 80 + (f.id % 13) * 25
                     WHEN 'pilfered' THEN 100 + (f.id % 9) * 22.5
                     ELSE 500 + (f.id % 11) * 100 END
FROM flights f
CROSS JOIN LATERAL generate_series(1, CASE WHEN f.id % 15 = 0 THEN 2 ELSE 1 END) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['delayed','delayed','delayed','delayed','delayed','delayed',
                                  'damaged','damaged','pilfered','lost'])[(f.id / 6 + g) % 10 + 1] AS reason) m
WHERE f.direction = 'arrival' AND f.status = 'landed' AND f.id % 3 = 0;

DROP TABLE rot, spec;

ANALYZE;
