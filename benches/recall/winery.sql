-- Operational data of an online wine shop (Prisma-managed schema), used as the sample
-- database of the golden set benches/intent/winery.yaml. Nothing carries a comment; every
-- row is invented and reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE "Region" (
    "id"        integer PRIMARY KEY,
    "name"      text NOT NULL,
    "country"   text NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL
);
CREATE TABLE "Producer" (
    "id"          integer PRIMARY KEY,
    "name"        text NOT NULL,
    "regionId"    integer NOT NULL REFERENCES "Region"("id"),
    "foundedYear" integer,
    "isOrganic"   boolean NOT NULL DEFAULT false,
    "website"     varchar(200),
    "createdAt"   timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"   timestamp(3) NOT NULL
);
CREATE TABLE "Wine" (
    "id"             integer PRIMARY KEY,
    "producerId"     integer NOT NULL REFERENCES "Producer"("id"),
    "name"           text NOT NULL,
    "grape"          text NOT NULL,
    "wineType"       text NOT NULL,
    "vintage"        integer,
    "price"          numeric(10,2) NOT NULL,
    "alcoholPercent" numeric(4,1) NOT NULL,
    "bottleSizeMl"   integer NOT NULL DEFAULT 750,
    "stockQuantity"  integer NOT NULL DEFAULT 0,
    "isActive"       boolean NOT NULL DEFAULT true,
    "createdAt"      timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"      timestamp(3) NOT NULL
);
CREATE TABLE "Customer" (
    "id"               integer PRIMARY KEY,
    "firstName"        text NOT NULL,
    "lastName"         text NOT NULL,
    "email"            varchar(160) NOT NULL UNIQUE,
    "phone"            varchar(30),
    "birthDate"        date,
    "newsletterOptIn"  boolean NOT NULL DEFAULT false,
    "isWineClubMember" boolean NOT NULL DEFAULT false,
    "createdAt"        timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"        timestamp(3) NOT NULL
);
CREATE TABLE "Address" (
    "id"         integer PRIMARY KEY,
    "customerId" integer NOT NULL REFERENCES "Customer"("id"),
    "label"      text NOT NULL,
    "street"     text NOT NULL,
    "line2"      text,
    "city"       text NOT NULL,
    "postalCode" varchar(12) NOT NULL,
    "country"    text NOT NULL,
    "isDefault"  boolean NOT NULL DEFAULT false,
    "createdAt"  timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"  timestamp(3) NOT NULL
);
CREATE TABLE "DiscountCode" (
    "id"          integer PRIMARY KEY,
    "code"        varchar(40) NOT NULL UNIQUE,
    "description" text,
    "percentOff"  integer NOT NULL,
    "validFrom"   date NOT NULL,
    "validUntil"  date,
    "usageLimit"  integer,
    "isActive"    boolean NOT NULL DEFAULT true,
    "createdAt"   timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"   timestamp(3) NOT NULL
);
CREATE TABLE "Order" (
    "id"             integer PRIMARY KEY,
    "customerId"     integer NOT NULL REFERENCES "Customer"("id"),
    "addressId"      integer NOT NULL REFERENCES "Address"("id"),
    "discountCodeId" integer REFERENCES "DiscountCode"("id"),
    "status"         text NOT NULL DEFAULT 'PENDING',
    "channel"        text NOT NULL DEFAULT 'WEB',
    "subtotalAmount" numeric(10,2) NOT NULL DEFAULT 0,
    "discountAmount" numeric(10,2) NOT NULL DEFAULT 0,
    "shippingFee"    numeric(8,2) NOT NULL DEFAULT 0,
    "totalAmount"    numeric(10,2) NOT NULL DEFAULT 0,
    "notes"          text,
    "cancelledAt"    timestamp(3),
    "createdAt"      timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"      timestamp(3) NOT NULL
);
CREATE TABLE "OrderItem" (
    "id"        integer PRIMARY KEY,
    "orderId"   integer NOT NULL REFERENCES "Order"("id"),
    "wineId"    integer NOT NULL REFERENCES "Wine"("id"),
    "quantity"  integer NOT NULL,
    "unitPrice" numeric(10,2) NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" timestamp(3) NOT NULL
);
CREATE TABLE "Payment" (
    "id"          integer PRIMARY KEY,
    "orderId"     integer NOT NULL REFERENCES "Order"("id"),
    "method"      text NOT NULL,
    "status"      text NOT NULL,
    "amount"      numeric(10,2) NOT NULL,
    "providerRef" varchar(64),
    "paidAt"      timestamptz(3),
    "createdAt"   timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"   timestamp(3) NOT NULL
);
CREATE TABLE "Shipment" (
    "id"             integer PRIMARY KEY,
    "orderId"        integer NOT NULL REFERENCES "Order"("id"),
    "carrier"        text NOT NULL,
    "trackingNumber" varchar(40) NOT NULL,
    "status"         text NOT NULL,
    "shippingCost"   numeric(8,2) NOT NULL,
    "shippedAt"      timestamp(3) NOT NULL,
    "deliveredAt"    timestamp(3),
    "createdAt"      timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"      timestamp(3) NOT NULL
);
CREATE TABLE "Review" (
    "id"         integer PRIMARY KEY,
    "customerId" integer NOT NULL REFERENCES "Customer"("id"),
    "wineId"     integer NOT NULL REFERENCES "Wine"("id"),
    "rating"     integer NOT NULL,
    "title"      text,
    "body"       text,
    "status"     text NOT NULL DEFAULT 'PENDING',
    "createdAt"  timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt"  timestamp(3) NOT NULL
);

INSERT INTO "Region" ("id", "name", "country", "createdAt", "updatedAt")
SELECT r.id, r.name, r.country, timestamp '2021-05-03 09:00:00' + r.id * interval '7 minutes',
       timestamp '2021-05-03 09:00:00' + r.id * interval '7 minutes'
FROM (VALUES
    (1, 'Bordeaux', 'France'), (2, 'Burgundy', 'France'), (3, 'Champagne', 'France'),
    (4, 'Rhône Valley', 'France'), (5, 'Loire Valley', 'France'), (6, 'Alsace', 'France'),
    (7, 'Tuscany', 'Italy'), (8, 'Piedmont', 'Italy'), (9, 'Rioja', 'Spain'),
    (10, 'Mosel', 'Germany'), (11, 'Douro', 'Portugal'), (12, 'Napa Valley', 'United States'),
    (13, 'Marlborough', 'New Zealand'), (14, 'Mendoza', 'Argentina'), (15, 'Barossa Valley', 'Australia')
) AS r(id, name, country);

INSERT INTO "Producer" ("id", "name", "regionId", "foundedYear", "isOrganic", "website", "createdAt", "updatedAt")
SELECT p.id, p.name, p.region,
       CASE WHEN p.id % 8 = 5 THEN NULL ELSE 1820 + (p.id * 37) % 190 END,
       p.id % 4 = 1,
       CASE WHEN p.id % 6 = 2 THEN NULL
            ELSE 'https://www.' || lower(regexp_replace(translate(p.name, 'âéèêôüō', 'aeeeouo'), '[^A-Za-z]', '', 'g')) || '.com' END,
       timestamp '2021-05-10 10:00:00' + p.id * interval '1 day',
       timestamp '2021-05-10 10:00:00' + p.id * interval '1 day' + (p.id % 5) * interval '90 days'
FROM (VALUES
    (1, 'Château Belle-Rive', 1), (2, 'Château Lafleur-Bastide', 1), (3, 'Château des Graves Blanches', 1),
    (4, 'Domaine Morel-Fontaine', 2), (5, 'Domaine Lucien Garnier', 2), (6, 'Maison Bouchard-Vial', 2),
    (7, 'Champagne Delacroix', 3), (8, 'Champagne Vautrin Père et Fils', 3), (9, 'Champagne Maillard', 3),
    (10, 'Domaine de la Combe', 4), (11, 'Cave Saint-Roch', 4), (12, 'Domaine du Vieux Mas', 4),
    (13, 'Domaine Huet-Sauvion', 5), (14, 'Château de Montreuil', 5), (15, 'Domaine Weinbach-Kieffer', 6),
    (16, 'Maison Lorentz', 6), (17, 'Tenuta Il Poggio', 7), (18, 'Castello di Vallebuona', 7),
    (19, 'Fattoria San Lorenzo', 7), (20, 'Cantina Rivetto', 8), (21, 'Azienda Agricola Ferrero', 8),
    (22, 'Bodegas Altamira', 9), (23, 'Bodegas Herrera Ugarte', 9), (24, 'Viña Los Arcos', 9),
    (25, 'Weingut Kessler', 10), (26, 'Weingut Brauneberg', 10), (27, 'Quinta da Serra', 11),
    (28, 'Quinta dos Carvalhos', 11), (29, 'Stonebridge Cellars', 12), (30, 'Oak Hollow Estate', 12),
    (31, 'Calloway Ridge Vineyards', 12), (32, 'Kowhai Bay Wines', 13), (33, 'Tussock Creek Estate', 13),
    (34, 'Bodega Los Andes', 14), (35, 'Finca La Pampa', 14), (36, 'Bodega Cerro Alto', 14),
    (37, 'Redgum Hill Wines', 15), (38, 'Ironbark Valley Estate', 15), (39, 'Lyndoch Stone Vineyards', 15),
    (40, 'Domaine des Trois Pierres', 4)
) AS p(id, name, region);

INSERT INTO "Wine" ("id", "producerId", "name", "grape", "wineType", "vintage", "price", "alcoholPercent",
                    "bottleSizeMl", "stockQuantity", "isActive", "createdAt", "updatedAt")
WITH opt(region, slot, grape, wtype) AS (
    VALUES
    (1, 0, 'Merlot', 'RED'), (1, 1, 'Cabernet Sauvignon', 'RED'), (1, 2, 'Sauvignon Blanc', 'WHITE'), (1, 3, 'Semillon', 'DESSERT'),
    (2, 0, 'Pinot Noir', 'RED'), (2, 1, 'Chardonnay', 'WHITE'),
    (3, 0, 'Chardonnay', 'SPARKLING'), (3, 1, 'Pinot Noir', 'SPARKLING'), (3, 2, 'Pinot Meunier', 'SPARKLING'),
    (4, 0, 'Syrah', 'RED'), (4, 1, 'Grenache', 'RED'), (4, 2, 'Viognier', 'WHITE'), (4, 3, 'Grenache', 'ROSE'),
    (5, 0, 'Chenin Blanc', 'WHITE'), (5, 1, 'Sauvignon Blanc', 'WHITE'), (5, 2, 'Cabernet Franc', 'RED'), (5, 3, 'Cabernet Franc', 'ROSE'),
    (6, 0, 'Riesling', 'WHITE'), (6, 1, 'Gewurztraminer', 'WHITE'), (6, 2, 'Pinot Gris', 'WHITE'),
    (7, 0, 'Sangiovese', 'RED'), (7, 1, 'Vermentino', 'WHITE'),
    (8, 0, 'Nebbiolo', 'RED'), (8, 1, 'Barbera', 'RED'), (8, 2, 'Moscato', 'SPARKLING'),
    (9, 0, 'Tempranillo', 'RED'), (9, 1, 'Garnacha', 'RED'), (9, 2, 'Viura', 'WHITE'),
    (10, 0, 'Riesling', 'WHITE'), (10, 1, 'Riesling', 'DESSERT'),
    (11, 0, 'Touriga Nacional', 'RED'), (11, 1, 'Touriga Nacional', 'FORTIFIED'),
    (12, 0, 'Cabernet Sauvignon', 'RED'), (12, 1, 'Chardonnay', 'WHITE'), (12, 2, 'Zinfandel', 'RED'),
    (13, 0, 'Sauvignon Blanc', 'WHITE'), (13, 1, 'Pinot Noir', 'RED'),
    (14, 0, 'Malbec', 'RED'), (14, 1, 'Torrontes', 'WHITE'), (14, 2, 'Malbec', 'ROSE'),
    (15, 0, 'Shiraz', 'RED'), (15, 1, 'Grenache', 'RED'), (15, 2, 'Semillon', 'WHITE')
), nopt AS (
    SELECT region, count(*)::int AS n FROM opt GROUP BY region
), w AS (
    SELECT (p."id" - 1) * 4 + k AS id, p."id" AS pid, p."name" AS pname, p."regionId" AS region, k,
           o.grape, o.wtype
    FROM "Producer" p
    CROSS JOIN generate_series(1, 4) AS k
    JOIN nopt n ON n.region = p."regionId"
    JOIN opt o ON o.region = p."regionId" AND o.slot = (p."id" + k) % n.n
)
SELECT w.id, w.pid,
       w.pname || ' ' || w.grape ||
           CASE w.wtype WHEN 'ROSE' THEN ' Rosé' WHEN 'DESSERT' THEN ' Late Harvest' WHEN 'FORTIFIED' THEN ' Port' ELSE '' END ||
           ' ' || (ARRAY['Classic', 'Reserve', 'Old Vines', 'Grand Cuvée'])[w.k],
       w.grape, w.wtype,
       CASE WHEN w.wtype = 'SPARKLING' AND w.k % 2 = 1 THEN NULL
            WHEN w.wtype = 'FORTIFIED' AND w.k = 1 THEN NULL
            ELSE 2014 + (w.pid * 3 + w.k * 2) % 9 END,
       floor((ARRAY[28, 42, 48, 26, 19, 21, 30, 36, 22, 24, 27, 45, 20, 18, 25])[w.region]
             * (ARRAY[0.7, 1.0, 1.5, 2.4])[w.k]
             * CASE w.wtype WHEN 'ROSE' THEN 0.75 WHEN 'DESSERT' THEN 1.3 WHEN 'FORTIFIED' THEN 1.2 ELSE 1 END
             + (w.pid % 3)) + 0.90,
       CASE w.wtype WHEN 'RED' THEN 13.0 + (w.pid + w.k) % 3 * 0.5
                    WHEN 'WHITE' THEN 12.0 + (w.pid + w.k) % 3 * 0.5
                    WHEN 'SPARKLING' THEN 12.0
                    WHEN 'ROSE' THEN 12.5
                    WHEN 'DESSERT' THEN 13.5
                    ELSE 20.0 END,
       CASE WHEN w.wtype = 'DESSERT' THEN 375 WHEN w.k = 4 AND w.pid % 5 = 0 THEN 1500 ELSE 750 END,
       CASE WHEN (w.pid + w.k) % 11 = 0 THEN 0 ELSE (w.pid * 17 + w.k * 29) % 240 + 6 END,
       NOT (w.pid % 9 = 0 AND w.k = 1),
       CASE WHEN w.id > 153 THEN timestamp '2024-12-02 10:00:00' + (w.id - 153) * interval '1 day'
            ELSE timestamp '2021-06-01 11:00:00' + w.id * interval '2 days' + (w.id % 7) * interval '1 hour' END,
       CASE WHEN w.id > 153 THEN timestamp '2024-12-02 10:00:00' + (w.id - 153) * interval '1 day'
            ELSE timestamp '2024-11-20 09:00:00' + w.id * interval '3 minutes' END
FROM w;

INSERT INTO "Customer" ("id", "firstName", "lastName", "email", "phone", "birthDate", "newsletterOptIn",
                        "isWineClubMember", "createdAt", "updatedAt")
SELECT c.id, f.fname, l.lname,
       lower(translate(f.fname, 'éèëï', 'eeei')) || '.' || lower(regexp_replace(translate(l.lname, 'éèüö', 'eeuo'), '[^A-Za-z]', '', 'g'))
           || c.id || '@' || (ARRAY['gmail.com', 'outlook.com', 'yahoo.fr', 'orange.fr', 'gmx.de', 'proton.me'])[1 + c.id % 6],
       CASE WHEN c.id % 7 = 3 THEN NULL ELSE '+33 6 ' || lpad(((c.id * 7919) % 100000000)::text, 8, '0') END,
       CASE WHEN c.id % 5 = 2 THEN NULL ELSE date '1950-03-14' + ((c.id * 4391) % 17500) END,
       c.id % 3 <> 0,
       c.id % 6 = 1,
       timestamp '2021-09-01 10:00:00' + (c.id - 1) * interval '3 days' + ((c.id * 53) % 600) * interval '1 minute',
       timestamp '2021-09-01 10:00:00' + (c.id - 1) * interval '3 days' + ((c.id * 53) % 600) * interval '1 minute'
           + ((c.id * 11) % 120) * interval '1 day'
FROM generate_series(1, 400) AS c(id)
JOIN (SELECT row_number() OVER () - 1 AS n, x AS fname FROM unnest(ARRAY[
    'Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Thomas', 'Manon', 'Nicolas', 'Sarah', 'Julien',
    'Emma', 'Antoine', 'Sophie', 'Maxime', 'Claire', 'Pierre', 'Julie', 'Alexandre', 'Laura', 'Mathieu',
    'Oliver', 'Charlotte', 'James', 'Hannah', 'Lukas', 'Anna', 'Felix', 'Marie', 'Daniel', 'Eva',
    'Lucas', 'Inès', 'Paul', 'Alice', 'Marc', 'Isabelle', 'David', 'Nathalie', 'Victor', 'Elena']) AS x) f
  ON f.n = c.id % 40
JOIN (SELECT row_number() OVER () - 1 AS n, x AS lname FROM unnest(ARRAY[
    'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
    'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
    'Smith', 'Taylor', 'Brown', 'Wilson', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Peeters', 'Janssens',
    'Rossi', 'Bianchi', 'Fernandez', 'Lopez', 'Meyer', 'Weber', 'Girard', 'Bonnet', 'Mercier', 'Blanc']) AS x) l
  ON l.n = (c.id * 7 + c.id / 40) % 40;

INSERT INTO "Address" ("id", "customerId", "label", "street", "line2", "city", "postalCode", "country",
                       "isDefault", "createdAt", "updatedAt")
WITH city(n, name, country, zip) AS (
    VALUES
    (0, 'Paris', 'France', '750'), (1, 'Lyon', 'France', '6900'), (2, 'Paris', 'France', '750'),
    (3, 'Bordeaux', 'France', '3300'), (4, 'Marseille', 'France', '1300'), (5, 'Lille', 'France', '5900'),
    (6, 'Paris', 'France', '750'), (7, 'Nantes', 'France', '4400'), (8, 'Toulouse', 'France', '3100'),
    (9, 'Lyon', 'France', '6900'), (10, 'Strasbourg', 'France', '6700'), (11, 'Brussels', 'Belgium', '100'),
    (12, 'Antwerp', 'Belgium', '200'), (13, 'Geneva', 'Switzerland', '120'), (14, 'Zurich', 'Switzerland', '800'),
    (15, 'London', 'United Kingdom', 'SW1A '), (16, 'Manchester', 'United Kingdom', 'M1 '), (17, 'Berlin', 'Germany', '1011'),
    (18, 'Munich', 'Germany', '8033'), (19, 'Amsterdam', 'Netherlands', '101'), (20, 'Luxembourg', 'Luxembourg', 'L-14'),
    (21, 'Paris', 'France', '750'), (22, 'Lyon', 'France', '6900'), (23, 'Nice', 'France', '0600')
), a AS (
    SELECT c.id AS id, c.id AS cid, 1 AS nth, c."createdAt" AS ts FROM "Customer" c
    UNION ALL
    SELECT 400 + c.id / 4, c.id, 2, c."createdAt" + (c.id % 90 + 20) * interval '1 day' FROM "Customer" c WHERE c.id % 4 = 0
)
SELECT a.id, a.cid,
       CASE WHEN a.nth = 1 THEN 'HOME' WHEN a.cid % 3 = 0 THEN 'OTHER' ELSE 'WORK' END,
       (1 + (a.id * 13) % 140) || ' ' ||
           (ARRAY['Rue de la République', 'Avenue Victor Hugo', 'Rue Pasteur', 'Boulevard Voltaire', 'Rue du Moulin',
                  'High Street', 'Hauptstraße', 'Chemin des Vignes', 'Rue de la Gare', 'Station Road',
                  'Avenue des Champs', 'Rue Nationale'])[1 + (a.id * 7) % 12],
       CASE WHEN a.id % 5 = 0 THEN 'Apt ' || (1 + a.id % 40) WHEN a.id % 17 = 0 THEN 'Floor ' || (1 + a.id % 6) ELSE NULL END,
       ci.name,
       ci.zip || (1 + a.id % 9)::text,
       ci.country,
       a.nth = 1,
       a.ts,
       a.ts + (a.id % 30) * interval '1 day'
FROM a JOIN city ci ON ci.n = (a.id * 5 + a.nth) % 24;

INSERT INTO "DiscountCode" ("id", "code", "description", "percentOff", "validFrom", "validUntil", "usageLimit",
                            "isActive", "createdAt", "updatedAt")
SELECT d.id, d.code, d.descr, d.pct, d.vfrom, d.vuntil, d.lim, d.active,
       d.vfrom::timestamp - interval '10 days' + interval '14 hours',
       coalesce(d.vuntil, d.vfrom)::timestamp + interval '1 day'
FROM (VALUES
    (1, 'WELCOME10', 'Welcome offer for new customers', 10, date '2022-01-01', date '2024-12-31', NULL::int, true),
    (2, 'SPRING22', 'Spring selection 2022', 15, date '2022-03-01', date '2022-05-31', 500, false),
    (3, 'SUMMER22', 'Summer rosé campaign 2022', 12, date '2022-06-01', date '2022-08-31', 500, false),
    (4, 'HARVEST22', 'Harvest season 2022', 15, date '2022-09-01', date '2022-10-31', 300, false),
    (5, 'XMAS22', 'Christmas 2022', 20, date '2022-11-15', date '2022-12-31', 1000, false),
    (6, 'NEWYEAR23', 'New Year 2023', 10, date '2023-01-01', date '2023-01-31', 200, false),
    (7, 'SPRING23', 'Spring selection 2023', 15, date '2023-03-01', date '2023-05-31', 500, false),
    (8, 'SUMMER23', 'Summer rosé campaign 2023', 12, date '2023-06-01', date '2023-08-31', 500, false),
    (9, 'HARVEST23', 'Harvest season 2023', 15, date '2023-09-01', date '2023-10-31', 300, false),
    (10, 'XMAS23', 'Christmas 2023', 20, date '2023-11-15', date '2023-12-31', 1000, false),
    (11, 'VALENTINE24', 'Valentine''s Day 2024', 14, date '2024-02-01', date '2024-02-14', 150, false),
    (12, 'SPRING24', 'Spring selection 2024', 15, date '2024-03-01', date '2024-05-31', 500, false),
    (13, 'SUMMER24', 'Summer rosé campaign 2024', 12, date '2024-06-01', date '2024-08-31', 500, false),
    (14, 'HARVEST24', 'Harvest season 2024', 15, date '2024-09-01', date '2024-10-31', 300, false),
    (15, 'BLACKFRIDAY24', 'Black Friday 2024', 25, date '2024-11-25', date '2024-12-02', 400, false),
    (16, 'XMAS24', 'Christmas 2024', 20, date '2024-12-03', date '2024-12-31', 1000, true),
    (17, 'CLUB5', 'Permanent wine club discount', 5, date '2022-01-01', NULL, NULL, true),
    (18, 'STAFF30', NULL, 30, date '2023-06-01', NULL, 50, false)
) AS d(id, code, descr, pct, vfrom, vuntil, lim, active);

INSERT INTO "Order" ("id", "customerId", "addressId", "discountCodeId", "status", "channel", "notes",
                     "cancelledAt", "createdAt", "updatedAt")
WITH o AS (
    SELECT i,
           timestamp '2022-01-01 08:00:00'
               + floor(1095 * power((i - 1) / 899.0, 0.8)) * interval '1 day'
               + ((i * 137) % 780) * interval '1 minute' AS ts
    FROM generate_series(1, 900) AS i
), oc AS (
    SELECT o.i, o.ts,
           1 + (o.i * 37) % least(400, floor(extract(epoch FROM o.ts - timestamp '2021-09-01') / 259200)::int - 1) AS cid
    FROM o
), os AS (
    SELECT oc.*,
           CASE WHEN oc.ts >= timestamp '2024-12-27' THEN CASE WHEN oc.i % 2 = 0 THEN 'PENDING' ELSE 'PAID' END
                WHEN oc.ts >= timestamp '2024-12-19' THEN 'SHIPPED'
                WHEN oc.i % 25 = 0 THEN 'CANCELLED'
                WHEN oc.i % 31 = 0 THEN 'REFUNDED'
                ELSE 'DELIVERED' END AS status
    FROM oc
)
SELECT os.i, os.cid,
       CASE WHEN os.cid % 4 = 0 AND os.i % 3 = 0 AND os.ts > (SELECT "createdAt" FROM "Address" WHERE "id" = 400 + os.cid / 4)
            THEN 400 + os.cid / 4 ELSE os.cid END,
       CASE WHEN os.i % 6 = 0 THEN coalesce((SELECT max(d."id") FROM "DiscountCode" d
                                            WHERE d."id" BETWEEN 2 AND 16 AND os.ts::date BETWEEN d."validFrom" AND d."validUntil"), 1)
            WHEN os.i % 12 = 3 AND os.cid % 6 = 1 THEN 17
            ELSE NULL END,
       os.status,
       CASE WHEN os.i % 7 IN (0, 3) THEN 'MOBILE_APP' WHEN os.i % 19 = 0 THEN 'PHONE' ELSE 'WEB' END,
       CASE WHEN os.i % 11 = 0 THEN (ARRAY['Please leave the parcel with the concierge', 'Gift - please add a card',
                                         'Call before delivery', 'No delivery on Mondays'])[1 + os.i % 4]
            ELSE NULL END,
       CASE WHEN os.status = 'CANCELLED' THEN os.ts + (2 + os.i % 20) * interval '1 hour' ELSE NULL END,
       os.ts,
       os.ts + CASE os.status WHEN 'PENDING' THEN interval '0' WHEN 'PAID' THEN interval '5 minutes'
                              WHEN 'CANCELLED' THEN (2 + os.i % 20) * interval '1 hour'
                              WHEN 'REFUNDED' THEN interval '18 days'
                              ELSE (4 + os.i % 8) * interval '1 day' END
FROM os;

INSERT INTO "OrderItem" ("id", "orderId", "wineId", "quantity", "unitPrice", "createdAt", "updatedAt")
SELECT row_number() OVER (ORDER BY o."id", k), o."id", w."id",
       (ARRAY[1, 2, 1, 3, 6, 1, 2, 12, 1, 2, 6, 1, 3])[1 + (o."id" * 3 + k * 5) % 13],
       w."price", o."createdAt", o."createdAt"
FROM "Order" o
CROSS JOIN generate_series(1, 3) AS k
JOIN "Wine" w ON w."id" = 1 + (o."id" * 13 + k * 47 + (o."id" / 7) * 3) % 153
WHERE k <= 1 + o."id" % 3;

UPDATE "Order" o
SET "subtotalAmount" = s.sub,
    "discountAmount" = s.disc,
    "shippingFee" = s.fee,
    "totalAmount" = s.sub - s.disc + s.fee
FROM (SELECT t."orderId", t.sub,
             round(t.sub * coalesce(d."percentOff", 0) / 100.0, 2) AS disc,
             CASE WHEN t.sub >= 150 THEN 0 ELSE 12.90 END AS fee
      FROM (SELECT "orderId", sum("quantity" * "unitPrice") AS sub FROM "OrderItem" GROUP BY "orderId") t
      JOIN "Order" oo ON oo."id" = t."orderId"
      LEFT JOIN "DiscountCode" d ON d."id" = oo."discountCodeId") s
WHERE s."orderId" = o."id";

INSERT INTO "Payment" ("id", "orderId", "method", "status", "amount", "providerRef", "paidAt", "createdAt", "updatedAt")
WITH p AS (
    SELECT o."id" AS oid, 1 AS nth, o."status", o."totalAmount", o."createdAt", o."updatedAt"
    FROM "Order" o WHERE o."id" % 14 = 0 AND o."status" <> 'PENDING'
    UNION ALL
    SELECT o."id", 2, o."status", o."totalAmount", o."createdAt", o."updatedAt"
    FROM "Order" o WHERE o."status" <> 'PENDING'
), pm AS (
    SELECT p.*, (ARRAY['CARD', 'CARD', 'PAYPAL', 'CARD', 'APPLE_PAY', 'BANK_TRANSFER', 'CARD', 'PAYPAL'])[1 + (p.oid * 5 + p.nth) % 8] AS method
    FROM p
)
SELECT row_number() OVER (ORDER BY pm.oid, pm.nth), pm.oid, pm.method,
       CASE WHEN pm.nth = 1 THEN 'FAILED' WHEN pm.status IN ('CANCELLED', 'REFUNDED') THEN 'REFUNDED' ELSE 'SUCCEEDED' END,
       pm."totalAmount",
       CASE WHEN pm.method = 'BANK_TRANSFER' THEN NULL
            ELSE (CASE pm.method WHEN 'PAYPAL' THEN 'PAYID-' WHEN 'APPLE_PAY' THEN 'ap_' ELSE 'ch_' END)
                 || upper(substr(md5(pm.oid::text || '-' || pm.nth), 1, 16)) END,
       CASE WHEN pm.nth = 1 THEN NULL
            ELSE (pm."createdAt" + (2 + pm.oid % 9) * interval '1 minute'
                  + CASE WHEN pm.method = 'BANK_TRANSFER' THEN interval '1 day' ELSE interval '0' END) AT TIME ZONE 'UTC' END,
       pm."createdAt" + pm.nth * interval '1 minute',
       CASE WHEN pm.status IN ('CANCELLED', 'REFUNDED') AND pm.nth = 2 THEN pm."updatedAt"
            ELSE pm."createdAt" + (pm.nth + 2) * interval '1 minute' END
FROM pm;

INSERT INTO "Shipment" ("id", "orderId", "carrier", "trackingNumber", "status", "shippingCost", "shippedAt", "deliveredAt",
                        "createdAt", "updatedAt")
WITH s AS (
    SELECT o."id" AS oid, o."status", o."createdAt",
           (ARRAY['COLISSIMO', 'DHL', 'UPS', 'DPD', 'CHRONOPOST', 'COLISSIMO', 'DHL'])[1 + o."id" % 7] AS carrier,
           (SELECT count(*) FROM "OrderItem" i WHERE i."orderId" = o."id") AS lines,
           o."createdAt" + (1 + o."id" % 3) * interval '1 day' + interval '3 hours' AS shipped
    FROM "Order" o WHERE o."status" IN ('SHIPPED', 'DELIVERED', 'REFUNDED')
)
SELECT row_number() OVER (ORDER BY s.oid), s.oid, s.carrier,
       CASE s.carrier WHEN 'COLISSIMO' THEN '6A' WHEN 'DHL' THEN 'JD0' WHEN 'UPS' THEN '1Z' WHEN 'DPD' THEN '0509' ELSE 'XW' END
           || lpad(((s.oid * 982451) % 1000000000)::text, 10, '0'),
       CASE s.status WHEN 'SHIPPED' THEN 'IN_TRANSIT' WHEN 'REFUNDED' THEN 'RETURNED' ELSE 'DELIVERED' END,
       (CASE s.carrier WHEN 'COLISSIMO' THEN 8.40 WHEN 'DHL' THEN 11.20 WHEN 'UPS' THEN 12.60 WHEN 'DPD' THEN 9.10 ELSE 14.30 END)
           + s.lines * 1.50,
       s.shipped,
       CASE WHEN s.status = 'SHIPPED' THEN NULL
            ELSE s.shipped + (1 + s.oid % 5) * interval '1 day' + ((s.oid * 29) % 420) * interval '1 minute' END,
       s.shipped - interval '2 hours',
       CASE WHEN s.status = 'SHIPPED' THEN s.shipped
            ELSE s.shipped + (1 + s.oid % 5) * interval '1 day' + ((s.oid * 29) % 420) * interval '1 minute' END
FROM s;

INSERT INTO "Review" ("id", "customerId", "wineId", "rating", "title", "body", "status", "createdAt", "updatedAt")
WITH r AS (
    SELECT i."id" AS iid, o."customerId" AS cid, i."wineId" AS wid,
           (ARRAY[5, 4, 4, 3, 5, 2, 4, 5, 1, 4, 3, 5])[1 + (i."wineId" * 7 + i."id") % 12] AS rating,
           sh."deliveredAt" + (2 + i."id" % 25) * interval '1 day' + ((i."id" * 61) % 600) * interval '1 minute' AS ts
    FROM "OrderItem" i
    JOIN "Order" o ON o."id" = i."orderId"
    JOIN "Shipment" sh ON sh."orderId" = o."id"
    WHERE o."status" = 'DELIVERED' AND i."id" % 3 = 0
)
SELECT row_number() OVER (ORDER BY r.ts, r.iid), r.cid, r.wid, r.rating,
       CASE WHEN r.iid % 4 = 0 THEN NULL
            ELSE (ARRAY['Disappointing', 'Not for me', 'Decent everyday wine', 'Very good value', 'Outstanding bottle'])[r.rating] END,
       CASE WHEN r.iid % 3 = 0 AND r.iid % 2 = 0 THEN NULL
            ELSE (ARRAY['Corked on arrival, the shop replaced it quickly.', 'Too tannic for my taste.',
                        'Fine with a weeknight dinner.', 'Lovely fruit and a long finish.',
                        'Superb, we ordered another case.'])[r.rating] END,
       CASE WHEN r.iid % 29 = 0 THEN 'REJECTED' WHEN r.ts > timestamp '2024-12-20' THEN 'PENDING' ELSE 'PUBLISHED' END,
       r.ts,
       r.ts + (r.iid % 3) * interval '1 day'
FROM r
WHERE r.ts < timestamp '2024-12-31';
