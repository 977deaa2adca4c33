-- Data of a zoo's management system: the zoo's zones and the enclosures in them, the species
-- kept (with their IUCN conservation status), the individual animals, the keepers and the
-- veterinarians, the feeding rounds of each enclosure, the veterinary checks of the animals,
-- the ticket types and the visitor tickets sold, and the sponsors who adopt animals; used as
-- the sample database of the golden set benches/intent/zoo.frozen.yaml. Every row is invented
-- and reproducible (generate_series, fixed value lists and modular arithmetic; no random(),
-- no now()). The records run from January 2022 to the end of December 2025; animals and
-- keepers may have arrived or been hired earlier.

CREATE TABLE zone (
    zone_id                  integer PRIMARY KEY,
    zone_name                text NOT NULL UNIQUE,
    zone_description         text NOT NULL,
    area_in_hectares         numeric(5,2) NOT NULL,
    date_opened_to_public    date NOT NULL
);

CREATE TABLE enclosure (
    enclosure_id               integer PRIMARY KEY,
    zone_id                    integer NOT NULL REFERENCES zone (zone_id),
    enclosure_name             text NOT NULL UNIQUE,
    enclosure_type             text NOT NULL
        CHECK (enclosure_type IN ('paddock', 'house', 'pool', 'aviary', 'island', 'vivarium', 'barn')),
    area_in_square_metres      numeric(8,1) NOT NULL,
    maximum_number_of_animals  integer NOT NULL,
    is_indoor                  boolean NOT NULL,
    date_of_construction       date NOT NULL,
    date_of_last_renovation    date
);

CREATE TABLE species (
    species_id                  integer PRIMARY KEY,
    common_name                 text NOT NULL UNIQUE,
    scientific_name             text NOT NULL UNIQUE,
    taxonomic_class             text NOT NULL
        CHECK (taxonomic_class IN ('mammal', 'bird', 'reptile', 'amphibian')),
    diet_type                   text NOT NULL
        CHECK (diet_type IN ('herbivore', 'carnivore', 'omnivore', 'insectivore', 'piscivore')),
    conservation_status         text NOT NULL
        CHECK (conservation_status IN ('least concern', 'near threatened', 'vulnerable', 'endangered',
                                       'critically endangered', 'extinct in the wild', 'not evaluated')),
    native_region               text NOT NULL,
    average_lifespan_in_years   integer NOT NULL,
    is_in_breeding_programme    boolean NOT NULL
);

CREATE TABLE keeper (
    keeper_id                 integer PRIMARY KEY,
    first_name                text NOT NULL,
    last_name                 text NOT NULL,
    zone_id                   integer NOT NULL REFERENCES zone (zone_id),
    job_title                 text NOT NULL
        CHECK (job_title IN ('head keeper', 'senior keeper', 'keeper', 'apprentice keeper')),
    date_of_hire              date NOT NULL,
    date_of_leaving           date,
    weekly_contracted_hours   numeric(4,1) NOT NULL,
    hourly_wage_eur           numeric(6,2) NOT NULL,
    email_address             text NOT NULL UNIQUE,
    CHECK (date_of_leaving IS NULL OR date_of_leaving > date_of_hire)
);

CREATE TABLE veterinarian (
    veterinarian_id           integer PRIMARY KEY,
    full_name                 text NOT NULL,
    specialisation            text NOT NULL,
    is_external_contractor    boolean NOT NULL,
    hourly_rate_eur           numeric(6,2) NOT NULL
);

CREATE TABLE animal (
    animal_id               integer PRIMARY KEY,
    species_id              integer NOT NULL REFERENCES species (species_id),
    enclosure_id            integer NOT NULL REFERENCES enclosure (enclosure_id),
    animal_name             text NOT NULL,
    sex                     text NOT NULL CHECK (sex IN ('female', 'male')),
    date_of_birth           date NOT NULL,
    date_of_arrival         date NOT NULL,
    origin_of_arrival       text NOT NULL
        CHECK (origin_of_arrival IN ('born on site', 'transfer from another zoo', 'rescue')),
    date_of_departure       date,
    reason_for_departure    text CHECK (reason_for_departure IN ('died', 'transferred to another zoo')),
    weight_in_kilograms     numeric(9,3) NOT NULL,
    daily_food_cost_eur     numeric(7,2) NOT NULL,
    is_on_public_display    boolean NOT NULL,
    CHECK (date_of_arrival >= date_of_birth),
    CHECK (date_of_departure IS NULL OR date_of_departure > date_of_arrival),
    CHECK ((date_of_departure IS NULL) = (reason_for_departure IS NULL))
);

CREATE TABLE feeding_round (
    feeding_round_id            integer PRIMARY KEY,
    enclosure_id                integer NOT NULL REFERENCES enclosure (enclosure_id),
    keeper_id                   integer NOT NULL REFERENCES keeper (keeper_id),
    feeding_started_at          timestamp NOT NULL,
    food_category               text NOT NULL,
    food_quantity_in_kilograms  numeric(8,2) NOT NULL,
    food_cost_eur               numeric(8,2) NOT NULL,
    is_public_feeding_show      boolean NOT NULL
);

CREATE TABLE veterinary_check (
    veterinary_check_id           integer PRIMARY KEY,
    animal_id                     integer NOT NULL REFERENCES animal (animal_id),
    veterinarian_id               integer NOT NULL REFERENCES veterinarian (veterinarian_id),
    date_of_check                 date NOT NULL,
    type_of_check                 text NOT NULL,
    weight_at_check_in_kilograms  numeric(9,3) NOT NULL,
    was_under_anaesthesia         boolean NOT NULL,
    diagnosis                     text NOT NULL,
    treatment_cost_eur            numeric(8,2) NOT NULL,
    follow_up_required            boolean NOT NULL
);

CREATE TABLE ticket_type (
    ticket_type_id               integer PRIMARY KEY,
    ticket_type_name             text NOT NULL UNIQUE,
    ticket_price_including_vat   numeric(6,2) NOT NULL,
    vat_rate_percent             numeric(4,1) NOT NULL,
    is_annual_pass               boolean NOT NULL,
    minimum_visitor_age          integer,
    maximum_visitor_age          integer
);

CREATE TABLE visitor_ticket (
    visitor_ticket_id           integer PRIMARY KEY,
    ticket_type_id              integer NOT NULL REFERENCES ticket_type (ticket_type_id),
    date_of_purchase            date NOT NULL,
    date_of_visit               date NOT NULL,
    sales_channel               text NOT NULL CHECK (sales_channel IN ('online', 'ticket office', 'partner reseller')),
    price_paid_including_vat    numeric(6,2) NOT NULL,
    was_scanned_at_entrance     boolean NOT NULL,
    CHECK (date_of_purchase <= date_of_visit)
);

CREATE TABLE sponsor (
    sponsor_id              integer PRIMARY KEY,
    sponsor_name            text NOT NULL,
    sponsor_type            text NOT NULL CHECK (sponsor_type IN ('private person', 'company', 'school')),
    city                    text NOT NULL,
    email_address           text NOT NULL UNIQUE,
    date_of_registration    date NOT NULL
);

CREATE TABLE animal_adoption (
    animal_adoption_id      integer PRIMARY KEY,
    animal_id               integer NOT NULL REFERENCES animal (animal_id),
    sponsor_id              integer NOT NULL REFERENCES sponsor (sponsor_id),
    adoption_package        text NOT NULL CHECK (adoption_package IN ('bronze', 'silver', 'gold', 'platinum')),
    adoption_fee_eur        numeric(8,2) NOT NULL,
    adoption_start_date     date NOT NULL,
    adoption_end_date       date NOT NULL,
    is_gift_adoption        boolean NOT NULL,
    CHECK (adoption_end_date > adoption_start_date)
);

-- Zones and enclosures -------------------------------------------------------------------------

INSERT INTO zone (zone_id, zone_name, zone_description, area_in_hectares, date_opened_to_public) VALUES
    (1, 'African Savanna',        'Open plains, rock kopjes and the hippo pool',                  6.40, date '1998-05-01'),
    (2, 'Asian Rainforest',       'Forest valley with tigers, apes and red pandas',               3.85, date '2004-04-17'),
    (3, 'Tropical House',         'Heated greenhouse halls with free-flight birds and primates',  1.20, date '2011-03-26'),
    (4, 'Polar Coast',            'Cold-water pools, rocky beach and sea cliffs',                 2.75, date '2015-06-06'),
    (5, 'Reptile & Amphibian House', 'Indoor swamp, vivariums and the tortoise yard',              0.90, date '2009-09-12'),
    (6, 'Children''s Farm',       'Domestic animals that children can meet and feed',             1.10, date '2001-07-01');

INSERT INTO enclosure (enclosure_id, zone_id, enclosure_name, enclosure_type, area_in_square_metres,
                       maximum_number_of_animals, is_indoor, date_of_construction, date_of_last_renovation) VALUES
    ( 1, 1, 'Savanna Plains',         'paddock',  24000.0, 25, false, date '1998-03-15', date '2019-04-10'),
    ( 2, 1, 'Elephant House and Yard', 'house',    8500.0,  8, false, date '2006-10-01', date '2021-09-20'),
    ( 3, 1, 'Lion Rock',              'paddock',   4200.0,  8, false, date '1999-05-20', NULL),
    ( 4, 1, 'Meerkat Mound',          'paddock',    380.0, 25, false, date '2012-04-02', date '2023-03-14'),
    ( 5, 1, 'Hippo Pool',             'pool',      2600.0,  5, false, date '2008-06-30', date '2024-02-19'),
    ( 6, 2, 'Tiger Valley',           'paddock',   5100.0,  6, false, date '2004-02-11', date '2020-11-05'),
    ( 7, 2, 'Red Panda Woods',        'paddock',   1300.0,  8, false, date '2010-08-23', NULL),
    ( 8, 2, 'Orangutan Island',       'island',    3400.0, 10, false, date '2005-05-09', date '2022-06-27'),
    ( 9, 2, 'Gibbon Treetops',        'island',    1800.0,  8, false, date '2013-07-15', NULL),
    (10, 3, 'Rainforest Aviary',      'aviary',    1500.0, 30, true,  date '2011-01-20', date '2023-10-02'),
    (11, 3, 'Canopy House',           'house',      900.0, 18, true,  date '2011-01-20', NULL),
    (12, 3, 'Flamingo Lagoon',        'pool',      1100.0, 40, false, date '2014-04-04', NULL),
    (13, 4, 'Penguin Beach',          'pool',      1650.0, 40, false, date '2015-03-01', date '2024-11-18'),
    (14, 4, 'Sea Lion Bay',           'pool',      2900.0, 10, false, date '2015-03-01', NULL),
    (15, 4, 'Polar Bear Ridge',       'paddock',   6200.0,  4, false, date '2016-09-12', NULL),
    (16, 4, 'Puffin Cliff',           'aviary',     700.0, 25, false, date '2017-05-29', NULL),
    (17, 5, 'Crocodile Swamp',        'house',      640.0,  5, true,  date '2009-08-01', date '2021-01-25'),
    (18, 5, 'Komodo Dragon House',    'house',      420.0,  3, true,  date '2012-11-30', NULL),
    (19, 5, 'Giant Tortoise Yard',    'paddock',    800.0,  8, false, date '2009-08-01', NULL),
    (20, 5, 'Amphibian Ark',          'vivarium',    95.0, 40, true,  date '2016-02-14', date '2025-01-13'),
    (21, 5, 'Snake Gallery',          'vivarium',   120.0, 10, true,  date '2009-08-01', NULL),
    (22, 6, 'Petting Barn',           'barn',       450.0, 20, true,  date '2001-05-01', date '2018-03-05'),
    (23, 6, 'Goat Meadow',            'paddock',   1200.0, 15, false, date '2001-05-01', NULL),
    (24, 6, 'Alpaca Paddock',         'paddock',   2100.0, 10, false, date '2007-04-21', NULL);

-- Species ------------------------------------------------------------------------------------

INSERT INTO species (species_id, common_name, scientific_name, taxonomic_class, diet_type,
                     conservation_status, native_region, average_lifespan_in_years, is_in_breeding_programme) VALUES
    ( 1, 'African Elephant',           'Loxodonta africana',               'mammal',    'herbivore',   'endangered',            'Africa',        60, true),
    ( 2, 'Reticulated Giraffe',        'Giraffa camelopardalis reticulata', 'mammal',   'herbivore',   'endangered',            'Africa',        25, true),
    ( 3, 'Plains Zebra',               'Equus quagga',                     'mammal',    'herbivore',   'near threatened',       'Africa',        25, false),
    ( 4, 'Southern White Rhinoceros',  'Ceratotherium simum simum',        'mammal',    'herbivore',   'near threatened',       'Africa',        40, true),
    ( 5, 'African Lion',               'Panthera leo',                     'mammal',    'carnivore',   'vulnerable',            'Africa',        15, true),
    ( 6, 'Meerkat',                    'Suricata suricatta',               'mammal',    'insectivore', 'least concern',         'Africa',        12, false),
    ( 7, 'Common Hippopotamus',        'Hippopotamus amphibius',           'mammal',    'herbivore',   'vulnerable',            'Africa',        40, true),
    ( 8, 'Sumatran Tiger',             'Panthera tigris sumatrae',         'mammal',    'carnivore',   'critically endangered', 'Asia',          18, true),
    ( 9, 'Red Panda',                  'Ailurus fulgens',                  'mammal',    'herbivore',   'endangered',            'Asia',          12, true),
    (10, 'Bornean Orangutan',          'Pongo pygmaeus',                   'mammal',    'omnivore',    'critically endangered', 'Asia',          45, true),
    (11, 'Lar Gibbon',                 'Hylobates lar',                    'mammal',    'omnivore',    'endangered',            'Asia',          30, true),
    (12, 'Scarlet Macaw',              'Ara macao',                        'bird',      'herbivore',   'least concern',         'South America', 50, false),
    (13, 'Toco Toucan',                'Ramphastos toco',                  'bird',      'omnivore',    'least concern',         'South America', 20, false),
    (14, 'Hyacinth Macaw',             'Anodorhynchus hyacinthinus',       'bird',      'herbivore',   'vulnerable',            'South America', 50, true),
    (15, 'Linnaeus''s Two-toed Sloth', 'Choloepus didactylus',             'mammal',    'herbivore',   'least concern',         'South America', 30, false),
    (16, 'Golden Lion Tamarin',        'Leontopithecus rosalia',           'mammal',    'omnivore',    'endangered',            'South America', 15, true),
    (17, 'Chilean Flamingo',           'Phoenicopterus chilensis',         'bird',      'omnivore',    'near threatened',       'South America', 40, false),
    (18, 'Humboldt Penguin',           'Spheniscus humboldti',             'bird',      'piscivore',   'vulnerable',            'South America', 20, true),
    (19, 'California Sea Lion',        'Zalophus californianus',           'mammal',    'piscivore',   'least concern',         'North America', 25, false),
    (20, 'Polar Bear',                 'Ursus maritimus',                  'mammal',    'carnivore',   'vulnerable',            'Arctic',        25, true),
    (21, 'Atlantic Puffin',            'Fratercula arctica',               'bird',      'piscivore',   'vulnerable',            'Europe',        20, false),
    (22, 'Nile Crocodile',             'Crocodylus niloticus',             'reptile',   'carnivore',   'least concern',         'Africa',        70, false),
    (23, 'Komodo Dragon',              'Varanus komodoensis',              'reptile',   'carnivore',   'endangered',            'Asia',          30, true),
    (24, 'Aldabra Giant Tortoise',     'Aldabrachelys gigantea',           'reptile',   'herbivore',   'vulnerable',            'Africa',       100, false),
    (25, 'Golden Poison Frog',         'Phyllobates terribilis',           'amphibian', 'insectivore', 'endangered',            'South America', 10, true),
    (26, 'Axolotl',                    'Ambystoma mexicanum',              'amphibian', 'carnivore',   'critically endangered', 'North America', 12, true),
    (27, 'Green Tree Python',          'Morelia viridis',                  'reptile',   'carnivore',   'least concern',         'Oceania',       20, false),
    (28, 'Gaboon Viper',               'Bitis gabonica',                   'reptile',   'carnivore',   'least concern',         'Africa',        20, false),
    (29, 'Pygmy Goat',                 'Capra hircus',                     'mammal',    'herbivore',   'not evaluated',         'Africa',        15, false),
    (30, 'Alpaca',                     'Vicugna pacos',                    'mammal',    'herbivore',   'not evaluated',         'South America', 20, false),
    (31, 'Kunekune Pig',               'Sus scrofa domesticus',            'mammal',    'omnivore',    'not evaluated',         'Oceania',       15, false),
    (32, 'Domestic Rabbit',            'Oryctolagus cuniculus domesticus', 'mammal',    'herbivore',   'not evaluated',         'Europe',         9, false),
    (33, 'Guam Kingfisher',            'Todiramphus cinnamominus',         'bird',      'carnivore',   'extinct in the wild',   'Oceania',       10, true);

-- Keepers and veterinarians -------------------------------------------------------------------

INSERT INTO keeper (keeper_id, first_name, last_name, zone_id, job_title, date_of_hire, date_of_leaving,
                    weekly_contracted_hours, hourly_wage_eur, email_address)
SELECT i, first_name, last_name, zone_id, job_title, date_of_hire, date_of_leaving,
       CASE WHEN i % 5 = 0 THEN 24.0 WHEN i % 7 = 0 THEN 30.0 ELSE 38.5 END,
       CASE job_title WHEN 'head keeper'   THEN 24.50 + (i % 3) * 0.60
                      WHEN 'senior keeper' THEN 19.80 + (i % 4) * 0.45
                      WHEN 'keeper'        THEN 16.20 + (i % 4) * 0.35
                      ELSE 12.40 END,
       lower(first_name) || '.' || lower(last_name) || '@example-zoo.org'
FROM (
    SELECT i,
           (ARRAY['Hannah','Jonas','Amara','Lukas','Sofia','Mateo','Ines','Tobias','Freya','Kwame',
                  'Lea','Omar','Clara','Nils','Priya','Felix','Marta','Yusuf','Elena','Bram',
                  'Zoe','Anton','Nadia','Oskar','Leila','Henrik','Paula','Samir','Greta','Emil'])[i] AS first_name,
           (ARRAY['Fischer','Okafor','Lindqvist','Moreau','Novak','Rossi','Keller','Brennan','Haddad','Jansen',
                  'Santos','Weber','Dubois','Kowalski','Nguyen','Berg','Costa','Schmidt','Murphy','Petrov',
                  'Larsen','Meyer','Ferreira','Ahmed','Vogel','Romero','Hughes','Engel','Bakker','Wolf'])[i] AS last_name,
           CASE WHEN i <= 7 THEN 1 WHEN i <= 12 THEN 2 WHEN i <= 17 THEN 3
                WHEN i <= 22 THEN 4 WHEN i <= 26 THEN 5 ELSE 6 END AS zone_id,
           CASE WHEN i IN (1, 8, 13, 18, 23, 27) THEN 'head keeper'
                WHEN i % 7 = 4 THEN 'apprentice keeper'
                WHEN i % 3 = 0 THEN 'senior keeper'
                ELSE 'keeper' END AS job_title,
           CASE WHEN i IN (1, 8, 13, 18, 23, 27) THEN date '2003-02-01' + (i * 211) % 3000
                ELSE date '2008-04-01' + (i * 347) % 6000 END AS date_of_hire,
           CASE WHEN i IN (5, 11, 16, 21, 28) THEN
                least(greatest(date '2008-04-01' + (i * 347) % 6000 + 400, date '2022-02-28') + (i * 41) % 700,
                      date '2025-10-31')
                END AS date_of_leaving
    FROM generate_series(1, 30) AS i
) k;

INSERT INTO veterinarian (veterinarian_id, full_name, specialisation, is_external_contractor, hourly_rate_eur) VALUES
    (1, 'Dr. Miriam Achterberg', 'large mammals',             false, 58.00),
    (2, 'Dr. Kofi Mensah',       'carnivores and primates',   false, 55.00),
    (3, 'Dr. Ana Villanueva',    'avian medicine',            false, 54.00),
    (4, 'Dr. Stefan Horvath',    'reptiles and amphibians',   false, 52.50),
    (5, 'Dr. Judith Rain',       'veterinary dentistry',      true,  95.00);

-- Animals ------------------------------------------------------------------------------------
-- Per species: the enclosure it lives in, how many individuals the zoo has had, a typical
-- adult weight (kg) and a typical daily food cost (EUR).

CREATE TEMPORARY TABLE tmp_species_plan (species_id integer, enclosure_id integer, number_of_animals integer,
                                         typical_weight numeric, typical_food_cost numeric);
INSERT INTO tmp_species_plan VALUES
    ( 1,  2,  5, 4000,   45.00), ( 2,  1,  6,  900,   18.00), ( 3,  1,  8,  300,    7.50), ( 4,  1,  3, 2000,   30.00),
    ( 5,  3,  5,  170,   22.00), ( 6,  4, 18,    0.75, 1.20), ( 7,  5,  3, 1500,   20.00), ( 8,  6,  4,  110,   19.00),
    ( 9,  7,  5,    5,    4.50), (10,  8,  6,   60,   12.00), (11,  9,  5,    6,    3.80), (12, 10,  8,    1,    1.50),
    (13, 10,  6,    0.6,  1.30), (14, 10,  4,    1.5,  1.90), (15, 11,  4,    7,    2.40), (16, 11,  9,    0.6,  1.10),
    (17, 12, 24,    3,    0.90), (18, 13, 28,    4.5,  1.60), (19, 14,  6,  150,    9.00), (20, 15,  2,  450,   28.00),
    (21, 16, 14,    0.45, 0.70), (22, 17,  3,  400,    6.00), (23, 18,  2,   70,    5.50), (24, 19,  5,  200,    3.20),
    (25, 20, 16,    0.03, 0.25), (26, 20, 12,    0.1,  0.30), (27, 21,  3,    1.5,  0.60), (28, 21,  2,    8,    0.80),
    (29, 23, 12,   25,    1.40), (30, 24,  7,   65,    2.20), (31, 22,  4,   80,    2.60), (32, 22, 10,    2,    0.50),
    (33, 10,  2,    0.06, 0.45);

CREATE TEMPORARY TABLE tmp_animal AS
SELECT row_number() OVER (ORDER BY p.species_id, g.n)::integer AS k, p.species_id, p.enclosure_id, g.n,
       p.typical_weight, p.typical_food_cost, s.average_lifespan_in_years AS lifespan
FROM tmp_species_plan p
JOIN species s ON s.species_id = p.species_id
CROSS JOIN LATERAL generate_series(1, p.number_of_animals) AS g(n);

CREATE TEMPORARY TABLE tmp_animal2 AS
SELECT a.*,
       CASE WHEN (k * 3) % 10 < 4 THEN 'born on site'
            WHEN (k * 3) % 10 < 9 THEN 'transfer from another zoo'
            ELSE 'rescue' END AS origin
FROM tmp_animal a;

CREATE TEMPORARY TABLE tmp_animal3 AS
SELECT a.*,
       CASE WHEN origin = 'born on site' THEN date '2012-03-01' + (k * 367) % 5000
            ELSE date '2008-01-01' + (k * 149) % 6500 - (200 + (k * 61) % (lifespan * 120)) END AS birth,
       CASE WHEN origin = 'born on site' THEN date '2012-03-01' + (k * 367) % 5000
            ELSE date '2008-01-01' + (k * 149) % 6500 END AS arrival
FROM tmp_animal2 a;

CREATE TEMPORARY TABLE tmp_animal4 AS
SELECT a.*,
       CASE WHEN k % 9 = 0 AND arrival < date '2025-06-01'
                THEN 'transferred to another zoo'
            WHEN birth + lifespan * 365 < date '2025-12-01' OR k % 23 = 0
                THEN 'died' END AS departure_reason
FROM tmp_animal3 a;

INSERT INTO animal (animal_id, species_id, enclosure_id, animal_name, sex, date_of_birth, date_of_arrival,
                    origin_of_arrival, date_of_departure, reason_for_departure, weight_in_kilograms,
                    daily_food_cost_eur, is_on_public_display)
SELECT k, species_id, enclosure_id,
       (ARRAY['Amani','Bahati','Chui','Dayo','Eshe','Faraji','Gamba','Hodari','Imani','Jabari',
              'Kito','Lulu','Malaika','Nuru','Obi','Pendo','Rafiki','Sefu','Tamu','Upendo',
              'Zuri','Akira','Bao','Chen','Daku','Emas','Fajar','Gita','Hana','Intan',
              'Jaya','Kai','Lin','Mei','Nara','Putri','Rani','Sari','Tala','Wira',
              'Alba','Bruno','Coco','Diego','Estrella','Flor','Gordo','Hugo','Isla','Juno',
              'Kiki','Lola','Mango','Nico','Olivia','Paco','Quinn','Rosa','Solana','Tico',
              'Yuki','Aurora','Blizzard','Crystal','Frost','Glacier','Iceberg','Koda','Nanook','Pearl',
              'Pebble','Skipper','Waddles','Zeus','Apollo','Athena','Bella','Cleo','Duke','Ember',
              'Fern','Ginger','Hazel','Iris','Jasper','Kira','Luna','Milo','Nala','Oscar',
              'Poppy','Rocky','Sage','Toby','Willow','Ziggy','Biscuit','Clover','Daisy','Maple',
              'Nutmeg','Peanut','Pip','Rolo','Saffron','Teddy','Truffle','Velvet','Waffle','Basil',
              'Cedar','Dash','Echo','Flint','Gizmo','Honey','Indigo','Jelly','Kiwi','Lemon',
              'Mocha','Nova','Onyx','Pixel','Quill','Ruby','Storm','Tango','Umber','Vega',
              'Whisper','Xena','Yara','Zephyr','Atlas','Bramble','Cinder','Dune','Eclipse','Fable',
              'Abeni','Baraka','Chausiku','Dalila','Enzi','Fumo','Gozi','Hasani','Ikenna','Jelani',
              'Kamaria','Lumo','Mosi','Nia','Ondine','Pazi','Rehema','Simba','Tendai','Uzima',
              'Adil','Bima','Citra','Dewi','Eka','Farah','Guntur','Harimau','Indah','Joko',
              'Kemala','Laksmi','Melati','Nirmala','Orchid','Permata','Ratna','Suria','Tirta','Wulan',
              'Andes','Bonita','Canela','Dorado','Esme','Fuego','Gala','Halcon','Inti','Jade',
              'Kuna','Lima','Marisol','Nube','Oro','Pampa','Quito','Rio','Selva','Tupa',
              'Ari','Borealis','Calder','Drift','Eira','Fjord','Gale','Hail','Ivory','Jorund',
              'Kestrel','Lumi','Misty','Nordic','Orca','Polaris','Ripple','Sleet','Tundra','Ulla',
              'Acorn','Button','Caramel','Dumpling','Elmo','Fudge','Gumdrop','Hopper','Inky','Jellybean',
              'Kipper','Lolly','Muffin','Noodle','Oreo','Pumpkin','Radish','Sprout','Toffee','Marble',
              'Ayo','Bisa','Chike','Duma','Ekon','Femi','Goma','Halima','Idris','Jamila',
              'Keoni','Leilani','Makoa','Nalu','Oliana','Pika','Rua','Sol','Tahi','Wiremu'])[1 + (k * 53) % 260],
       CASE WHEN (k * 7 + species_id) % 5 < 3 THEN 'female' ELSE 'male' END,
       birth, arrival, origin,
       CASE departure_reason
            WHEN 'transferred to another zoo'
                THEN arrival + 30 + (k * 31) % greatest(1, date '2025-11-30' - arrival - 30)
            WHEN 'died'
                THEN CASE WHEN greatest(birth + lifespan * 365 - (k * 17) % 400, arrival + 60 + (k * 13) % 900)
                                   <= date '2025-12-20'
                          THEN greatest(birth + lifespan * 365 - (k * 17) % 400, arrival + 60 + (k * 13) % 900)
                          ELSE least(date '2025-12-28', greatest(arrival + 30, date '2024-01-10' + (k * 37) % 700)) END
       END,
       departure_reason,
       round(typical_weight * (0.75 + ((k * 37) % 50) / 100.0)
             * CASE WHEN (k * 7 + species_id) % 5 < 3 THEN 1 ELSE 1.15 END, 3),
       round(typical_food_cost * (0.80 + ((k * 29) % 40) / 100.0), 2),
       departure_reason IS NULL AND k % 13 <> 0
FROM tmp_animal4;

-- Feeding rounds: every enclosure is fed on a twelve-day rota that is recorded (2022-2025);
-- the keeper is one of the zone's keepers employed that day.

INSERT INTO feeding_round (feeding_round_id, enclosure_id, keeper_id, feeding_started_at, food_category,
                           food_quantity_in_kilograms, food_cost_eur, is_public_feeding_show)
SELECT row_number() OVER (ORDER BY f.started_at, f.enclosure_id)::integer,
       f.enclosure_id,
       (SELECT kp.keeper_id FROM keeper kp
         WHERE kp.zone_id = f.zone_id
           AND kp.date_of_hire <= f.started_at::date
           AND (kp.date_of_leaving IS NULL OR kp.date_of_leaving > f.started_at::date)
         ORDER BY (kp.keeper_id * 7 + f.j + f.enclosure_id * 3) % 11, kp.keeper_id
         LIMIT 1),
       f.started_at, f.food_category,
       round(f.quantity, 2),
       round(f.quantity * CASE f.food_category
                              WHEN 'hay and browse'      THEN 0.35
                              WHEN 'fruit and vegetables' THEN 1.80
                              WHEN 'pellets'             THEN 2.40
                              WHEN 'meat'                THEN 6.50
                              WHEN 'whole prey'          THEN 9.00
                              WHEN 'fish'                THEN 4.20
                              WHEN 'live insects'        THEN 28.00 END, 2),
       f.enclosure_id IN (3, 5, 6, 13, 14) AND (f.enclosure_id + f.j) % 4 >= 2
FROM (
    SELECT e.enclosure_id, e.zone_id, j,
           timestamp '2022-01-01' + (j * 12 + e.enclosure_id % 12) * interval '1 day'
               + (ARRAY[interval '8 hours 30 minutes', interval '10 hours 15 minutes',
                        interval '13 hours 45 minutes', interval '15 hours 30 minutes'])[1 + (e.enclosure_id + j) % 4]
               AS started_at,
           CASE d.diet_type
                WHEN 'herbivore'   THEN CASE WHEN j % 3 = 0 THEN 'fruit and vegetables' WHEN j % 3 = 1 THEN 'hay and browse' ELSE 'pellets' END
                WHEN 'carnivore'   THEN CASE WHEN j % 4 = 0 THEN 'whole prey' ELSE 'meat' END
                WHEN 'piscivore'   THEN 'fish'
                WHEN 'insectivore' THEN 'live insects'
                ELSE CASE WHEN j % 2 = 0 THEN 'fruit and vegetables' ELSE 'pellets' END END AS food_category,
           greatest(0.15, d.total_weight * 0.02) * (0.85 + ((j * 7 + e.enclosure_id) % 30) / 100.0) AS quantity
    FROM enclosure e
    CROSS JOIN LATERAL (
        SELECT (SELECT s.diet_type FROM animal a JOIN species s ON s.species_id = a.species_id
                 WHERE a.enclosure_id = e.enclosure_id ORDER BY a.species_id LIMIT 1) AS diet_type,
               (SELECT sum(a.weight_in_kilograms) FROM animal a
                 WHERE a.enclosure_id = e.enclosure_id AND a.date_of_departure IS NULL) AS total_weight
    ) d
    CROSS JOIN generate_series(0, 120) AS j
) f;

-- Veterinary checks: each animal present is seen about every six months, with a mix of check types.

INSERT INTO veterinary_check (veterinary_check_id, animal_id, veterinarian_id, date_of_check, type_of_check,
                              weight_at_check_in_kilograms, was_under_anaesthesia, diagnosis,
                              treatment_cost_eur, follow_up_required)
SELECT row_number() OVER (ORDER BY c.date_of_check, c.animal_id)::integer,
       c.animal_id,
       CASE WHEN c.type_of_check = 'dental check' THEN 5
            WHEN c.taxonomic_class = 'bird' THEN CASE WHEN (c.animal_id + c.j) % 3 = 0 THEN 1 ELSE 3 END
            WHEN c.taxonomic_class IN ('reptile', 'amphibian') THEN 4
            ELSE 1 + (c.animal_id + c.j) % 2 END,
       c.date_of_check, c.type_of_check,
       round(c.weight_in_kilograms * (0.92 + ((c.animal_id + c.j * 11) % 15) / 100.0), 3),
       c.anaesthesia,
       c.diagnosis,
       CASE c.type_of_check WHEN 'routine health check' THEN 45 WHEN 'vaccination' THEN 60
                            WHEN 'dental check' THEN 220 WHEN 'injury treatment' THEN 180
                            WHEN 'parasite screening' THEN 35 ELSE 90 END
           + ((c.animal_id * 7 + c.j) % 20) * 2.5
           + CASE WHEN c.anaesthesia THEN 150 ELSE 0 END
           + round(ln(1 + c.weight_in_kilograms) * 9.5, 2),
       c.type_of_check = 'injury treatment' OR c.diagnosis IN ('mild weight loss', 'cracked tooth', 'roundworm infection')
FROM (
    SELECT b.*,
           b.type_of_check IN ('dental check', 'injury treatment') AND (b.animal_id * 7 + b.j * 3) % 5 < 3 AS anaesthesia,
           CASE b.type_of_check
                WHEN 'routine health check' THEN CASE (b.animal_id + b.j) % 6 WHEN 0 THEN 'mild weight loss'
                                                                           WHEN 1 THEN 'overgrown claws'
                                                                           ELSE 'healthy' END
                WHEN 'vaccination' THEN 'healthy'
                WHEN 'dental check' THEN CASE WHEN b.animal_id % 2 = 0 THEN 'tartar build-up' ELSE 'cracked tooth' END
                WHEN 'injury treatment' THEN (ARRAY['laceration', 'sprained limb', 'bite wound'])[1 + (b.animal_id + b.j) % 3]
                WHEN 'parasite screening' THEN CASE WHEN b.animal_id % 3 = 0 THEN 'roundworm infection' ELSE 'no parasites found' END
                ELSE CASE WHEN b.j % 2 = 0 THEN 'pregnant' ELSE 'not pregnant' END END AS diagnosis
    FROM (
        SELECT a.animal_id, a.weight_in_kilograms, s.taxonomic_class, g.j,
               date '2022-01-10' + g.j * 182 + (a.animal_id * 13) % 170 AS date_of_check,
               CASE WHEN (a.animal_id * 3 + g.j * 5) % 10 < 4 THEN 'routine health check'
                    WHEN (a.animal_id * 3 + g.j * 5) % 10 < 6 THEN 'vaccination'
                    WHEN (a.animal_id * 3 + g.j * 5) % 10 = 6 THEN 'dental check'
                    WHEN (a.animal_id * 3 + g.j * 5) % 10 = 7 THEN 'injury treatment'
                    WHEN (a.animal_id * 3 + g.j * 5) % 10 = 8 OR a.sex = 'male' THEN 'parasite screening'
                    ELSE 'pregnancy scan' END AS type_of_check
        FROM animal a
        JOIN species s ON s.species_id = a.species_id
        CROSS JOIN generate_series(0, 7) AS g(j)
        WHERE (a.animal_id + g.j) % 4 <> 1
    ) b
    JOIN animal a2 ON a2.animal_id = b.animal_id
    WHERE b.date_of_check >= a2.date_of_arrival
      AND (a2.date_of_departure IS NULL OR b.date_of_check < a2.date_of_departure)
) c;

-- Tickets -------------------------------------------------------------------------------------

INSERT INTO ticket_type (ticket_type_id, ticket_type_name, ticket_price_including_vat, vat_rate_percent,
                         is_annual_pass, minimum_visitor_age, maximum_visitor_age) VALUES
    ( 1, 'Adult day ticket',             24.50,  7.0, false, 16,   NULL),
    ( 2, 'Child day ticket',             14.00,  7.0, false,  3,   15),
    ( 3, 'Senior day ticket',            19.50,  7.0, false, 65,   NULL),
    ( 4, 'Student day ticket',           18.00,  7.0, false, 16,   NULL),
    ( 5, 'Family day ticket',            69.00,  7.0, false, NULL, NULL),
    ( 6, 'Infant ticket',                 0.00,  0.0, false,  0,    2),
    ( 7, 'School group ticket',           8.50,  7.0, false,  5,   18),
    ( 8, 'Adult annual pass',            89.00,  7.0, true,  16,   NULL),
    ( 9, 'Child annual pass',            49.00,  7.0, true,   3,   15),
    (10, 'Lantern evening ticket',       29.00, 19.0, false, 16,   NULL);

INSERT INTO visitor_ticket (visitor_ticket_id, ticket_type_id, date_of_purchase, date_of_visit, sales_channel,
                            price_paid_including_vat, was_scanned_at_entrance)
SELECT t.i, t.ticket_type_id,
       CASE t.sales_channel WHEN 'online' THEN t.date_of_visit - (t.i * 7) % 30
                            WHEN 'partner reseller' THEN t.date_of_visit - (t.i * 5) % 60
                            ELSE t.date_of_visit END,
       t.date_of_visit, t.sales_channel,
       CASE WHEN t.sales_channel = 'online' AND NOT tt.is_annual_pass
            THEN round(tt.ticket_price_including_vat * 0.90, 2)
            ELSE tt.ticket_price_including_vat END,
       NOT (t.sales_channel <> 'ticket office' AND t.i % 17 = 0)
FROM (
    SELECT v.i,
           CASE WHEN extract(month FROM v.date_of_visit) IN (11, 12) AND v.i % 3 = 0 THEN 10
                WHEN v.ticket_type_id = 10 THEN 1
                ELSE v.ticket_type_id END AS ticket_type_id,
           v.date_of_visit, v.sales_channel
    FROM (
        SELECT i,
               (ARRAY[1,1,1,1,1,1,2,2,2,2,3,3,4,5,5,5,6,7,8,9,10])[1 + (i * 11 + i / 13) % 21] AS ticket_type_id,
               make_date(CASE WHEN i <= 800 THEN 2022 WHEN i <= 1750 THEN 2023 WHEN i <= 2850 THEN 2024 ELSE 2025 END,
                         (ARRAY[1,2,3,3,4,4,5,5,6,6,7,7,7,8,8,8,9,10,11,12])[1 + (i * 7) % 20],
                         1 + (i * 13) % 28) AS date_of_visit,
               CASE WHEN (i * 41) % 101 < 43 THEN 'online' WHEN (i * 41) % 101 < 86 THEN 'ticket office'
                    ELSE 'partner reseller' END AS sales_channel
        FROM generate_series(1, 4000) AS i
    ) v
) t
JOIN ticket_type tt ON tt.ticket_type_id = t.ticket_type_id;

-- Sponsors and animal adoptions ----------------------------------------------------------------

INSERT INTO sponsor (sponsor_id, sponsor_name, sponsor_type, city, email_address, date_of_registration)
SELECT i + 1, s.sponsor_name, s.sponsor_type,
       (ARRAY['Rotterdam','Utrecht','Amsterdam','Eindhoven','Antwerp','Leiden','Arnhem','Groningen'])[1 + (i * 5) % 8],
       lower(regexp_replace(s.sponsor_name, '[^A-Za-z]+', '.', 'g')) || '@' ||
           CASE s.sponsor_type WHEN 'company' THEN 'business.example' WHEN 'school' THEN 'school.example'
                               ELSE 'mail.example' END,
       date '2019-06-01' + (i * 97) % 2300
FROM (
    SELECT i,
           CASE WHEN i % 10 < 6 THEN 'private person' WHEN i % 10 < 9 THEN 'company' ELSE 'school' END AS sponsor_type,
           CASE WHEN i % 10 < 6 THEN
                    (ARRAY['Anna','Bas','Carla','Daan','Eva','Frank','Gert','Hilde','Ivo','Julia','Karel','Lotte',
                           'Maarten','Noor','Olaf','Pien','Ruben','Sanne','Thijs','Ursula','Vera','Wouter','Yvonne','Ziggy'])
                        [1 + (((i / 10) * 6 + i % 10) * 7) % 24]
                    || ' ' ||
                    (ARRAY['de Vries','Jansen','Bakker','Visser','Smit','Meijer','de Boer','Mulder','de Groot','Bos',
                           'Vos','Peters','Hendriks','van Leeuwen','Dekker','Brouwer','de Wit','Dijkstra','Smits','de Graaf',
                           'van der Meer','Kok','Jacobs','de Haan','Vermeulen','van den Berg','van Dijk','Schouten','Willems','Hoekstra'])
                        [1 + (((i / 10) * 6 + i % 10) * 11) % 30]
                WHEN i % 10 < 9 THEN
                    (ARRAY['Brightwater Insurance','Dutch Harbour Logistics','Greenfield Energy','Van Houten Bakeries',
                           'Polder Software','Tulip Travel','Nordwind Bank','Canal Street Dental',
                           'Maasland Dairy','Orion Engineering','Blue Heron Hotels','Windmill Breweries',
                           'Koster Architects','Lighthouse Media','Delta Pharma','Riverside Garden Centre',
                           'Hanze Accountants','Oak & Ivy Law','Zeeland Seafood','Pioneer Telecom',
                           'Sunrise Solar','Kompas Publishing','Beacon Robotics','Meridian Shipping'])
                        [1 + (i / 10) * 3 + i % 10 - 6]
                ELSE
                    (ARRAY['Montessori School Utrecht','St. Jozef Primary School','De Regenboog Primary',
                           'Erasmus Lyceum','Het Baken Elementary','International School Leiden',
                           'De Vlinder Primary','Groen College'])[1 + i / 10]
           END AS sponsor_name
    FROM generate_series(0, 79) AS i
) s;

INSERT INTO animal_adoption (animal_adoption_id, animal_id, sponsor_id, adoption_package, adoption_fee_eur,
                             adoption_start_date, adoption_end_date, is_gift_adoption)
SELECT a.i,
       (SELECT an.animal_id FROM animal an
         WHERE an.date_of_arrival <= a.start_date
           AND (an.date_of_departure IS NULL OR an.date_of_departure > a.start_date)
           AND (a.i % 3 = 0 OR an.species_id IN (1, 2, 5, 8, 9, 10, 18, 20, 19))
         ORDER BY (an.animal_id * 17 + a.i * 31) % 97, an.animal_id
         LIMIT 1),
       (SELECT sp.sponsor_id FROM sponsor sp
         WHERE sp.date_of_registration <= a.start_date
         ORDER BY (sp.sponsor_id * 13 + a.i * a.i) % 83, sp.sponsor_id
         LIMIT 1),
       a.package,
       CASE a.package WHEN 'bronze' THEN 45.00 WHEN 'silver' THEN 90.00 WHEN 'gold' THEN 180.00 ELSE 500.00 END,
       a.start_date,
       (a.start_date + interval '1 year' - interval '1 day')::date,
       a.i % 4 = 0
FROM (
    SELECT i,
           date '2022-01-15' + (i * 173) % 1400 AS start_date,
           CASE WHEN i % 7 < 3 THEN 'bronze' WHEN i % 7 < 5 THEN 'silver' WHEN i % 7 = 5 THEN 'gold'
                ELSE 'platinum' END AS package
    FROM generate_series(1, 160) AS i
) a;

DROP TABLE tmp_animal4;
DROP TABLE tmp_animal3;
DROP TABLE tmp_animal2;
DROP TABLE tmp_animal;
DROP TABLE tmp_species_plan;

ANALYZE;
