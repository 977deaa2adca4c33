-- Operational data of the internal IT service desk of a European company, used as the sample
-- database of the golden set benches/intent/helpdesk.yaml. Schema created by Entity Framework
-- (quoted PascalCase identifiers). Nothing carries a comment; every row is invented and
-- reproducible (generate_series, fixed lists and modular arithmetic).

CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId"    varchar(150) PRIMARY KEY,
    "ProductVersion" varchar(32) NOT NULL
);
CREATE TABLE "Offices" (
    "OfficeId"       integer PRIMARY KEY,
    "Name"           text NOT NULL,
    "City"           text NOT NULL,
    "Country"        text NOT NULL,
    "Address"        text,
    "OpenedOn"       date NOT NULL,
    "IsHeadquarters" boolean NOT NULL
);
CREATE TABLE "Departments" (
    "DepartmentId"    integer PRIMARY KEY,
    "Name"            text NOT NULL,
    "CostCenter"      varchar(12) NOT NULL,
    "HeadName"        text,
    "MonthlyItBudget" numeric(12,2) NOT NULL
);
CREATE TABLE "Users" (
    "UserId"       integer PRIMARY KEY,
    "FirstName"    text NOT NULL,
    "LastName"     text NOT NULL,
    "Email"        varchar(160) NOT NULL,
    "Phone"        varchar(24),
    "JobTitle"     text,
    "DepartmentId" integer NOT NULL REFERENCES "Departments"("DepartmentId"),
    "OfficeId"     integer NOT NULL REFERENCES "Offices"("OfficeId"),
    "HiredOn"      date NOT NULL,
    "IsVip"        boolean NOT NULL,
    "IsActive"     boolean NOT NULL
);
CREATE TABLE "AgentGroups" (
    "AgentGroupId" integer PRIMARY KEY,
    "Name"         text NOT NULL,
    "Email"        varchar(160) NOT NULL,
    "OfficeId"     integer NOT NULL REFERENCES "Offices"("OfficeId"),
    "IsActive"     boolean NOT NULL
);
CREATE TABLE "Agents" (
    "AgentId"      integer PRIMARY KEY,
    "FirstName"    text NOT NULL,
    "LastName"     text NOT NULL,
    "Email"        varchar(160) NOT NULL,
    "AgentGroupId" integer NOT NULL REFERENCES "AgentGroups"("AgentGroupId"),
    "Tier"         integer NOT NULL,
    "HourlyRate"   numeric(7,2) NOT NULL,
    "HiredOn"      date NOT NULL,
    "IsActive"     boolean NOT NULL
);
CREATE TABLE "Categories" (
    "CategoryId"          integer PRIMARY KEY,
    "Name"                text NOT NULL,
    "DefaultAgentGroupId" integer NOT NULL REFERENCES "AgentGroups"("AgentGroupId"),
    "IsActive"            boolean NOT NULL
);
CREATE TABLE "SlaPolicies" (
    "SlaPolicyId"          integer PRIMARY KEY,
    "Name"                 text NOT NULL,
    "Priority"             text NOT NULL,
    "IsVip"                boolean NOT NULL,
    "FirstResponseMinutes" integer NOT NULL,
    "ResolutionHours"      integer NOT NULL,
    "PenaltyPerBreach"     numeric(10,2) NOT NULL
);
CREATE TABLE "Assets" (
    "AssetId"           integer PRIMARY KEY,
    "AssetTag"          varchar(16) NOT NULL UNIQUE,
    "AssetType"         text NOT NULL,
    "Manufacturer"      text NOT NULL,
    "Model"             text NOT NULL,
    "SerialNumber"      varchar(32) NOT NULL,
    "PurchaseDate"      date NOT NULL,
    "PurchaseCost"      numeric(10,2) NOT NULL,
    "WarrantyExpiresOn" date,
    "Status"            text NOT NULL,
    "AssignedUserId"    integer REFERENCES "Users"("UserId")
);
CREATE TABLE "Tickets" (
    "TicketId"        integer PRIMARY KEY,
    "Subject"         text NOT NULL,
    "RequesterId"     integer NOT NULL REFERENCES "Users"("UserId"),
    "CategoryId"      integer NOT NULL REFERENCES "Categories"("CategoryId"),
    "AgentGroupId"    integer NOT NULL REFERENCES "AgentGroups"("AgentGroupId"),
    "AssignedAgentId" integer REFERENCES "Agents"("AgentId"),
    "SlaPolicyId"     integer NOT NULL REFERENCES "SlaPolicies"("SlaPolicyId"),
    "AssetId"         integer REFERENCES "Assets"("AssetId"),
    "Priority"        text NOT NULL,
    "Status"          text NOT NULL,
    "Channel"         text NOT NULL,
    "CreatedAt"       timestamp NOT NULL,
    "FirstResponseAt" timestamp,
    "DueAt"           timestamp NOT NULL,
    "ResolvedAt"      timestamp,
    "ClosedAt"        timestamp,
    "SlaBreached"     boolean NOT NULL,
    "ReopenCount"     integer NOT NULL
);
CREATE TABLE "TicketComments" (
    "TicketCommentId" integer PRIMARY KEY,
    "TicketId"        integer NOT NULL REFERENCES "Tickets"("TicketId"),
    "AuthorAgentId"   integer REFERENCES "Agents"("AgentId"),
    "AuthorUserId"    integer REFERENCES "Users"("UserId"),
    "Body"            text NOT NULL,
    "IsInternal"      boolean NOT NULL,
    "CreatedAt"       timestamptz NOT NULL
);
CREATE TABLE "TimeEntries" (
    "TimeEntryId" integer PRIMARY KEY,
    "TicketId"    integer NOT NULL REFERENCES "Tickets"("TicketId"),
    "AgentId"     integer NOT NULL REFERENCES "Agents"("AgentId"),
    "WorkDate"    date NOT NULL,
    "Minutes"     integer NOT NULL,
    "IsBillable"  boolean NOT NULL,
    "LaborCost"   numeric(10,2) NOT NULL,
    "Notes"       varchar(200)
);
CREATE TABLE "SurveyResponses" (
    "SurveyResponseId" integer PRIMARY KEY,
    "TicketId"         integer NOT NULL UNIQUE REFERENCES "Tickets"("TicketId"),
    "Rating"           integer NOT NULL,
    "WouldRecommend"   boolean NOT NULL,
    "Comment"          text,
    "RespondedAt"      timestamptz NOT NULL
);

INSERT INTO "__EFMigrationsHistory" VALUES
    ('20211103091512_InitialCreate', '6.0.0'),
    ('20220214153044_AddAssets', '6.0.2'),
    ('20220609110731_AddSlaPolicies', '6.0.5'),
    ('20230118084220_AddTimeEntries', '7.0.2'),
    ('20230905140318_AddSurveyResponses', '7.0.10'),
    ('20240311102655_TicketReopenCount', '8.0.2');

INSERT INTO "Offices" VALUES
    (1, 'Lyon Part-Dieu', 'Lyon', 'France', '12 Rue Servient', '2009-03-02', true),
    (2, 'Paris La Defense', 'Paris', 'France', '4 Place de la Defense', '2011-09-12', false),
    (3, 'Marseille Joliette', 'Marseille', 'France', NULL, '2016-05-17', false),
    (4, 'London Canary Wharf', 'London', 'United Kingdom', '25 Canada Square', '2012-01-09', false),
    (5, 'Manchester Spinningfields', 'Manchester', 'United Kingdom', NULL, '2018-10-01', false),
    (6, 'Berlin Mitte', 'Berlin', 'Germany', 'Friedrichstrasse 68', '2013-06-03', false),
    (7, 'Munich Schwabing', 'Munich', 'Germany', 'Leopoldstrasse 150', '2019-02-18', false),
    (8, 'Madrid Castellana', 'Madrid', 'Spain', 'Paseo de la Castellana 95', '2014-11-24', false),
    (9, 'Amsterdam Zuidas', 'Amsterdam', 'Netherlands', 'Gustav Mahlerlaan 10', '2017-04-03', false),
    (10, 'Dublin Docklands', 'Dublin', 'Ireland', NULL, '2021-08-30', false);

INSERT INTO "Departments" VALUES
    (1, 'Finance', 'CC-1100', 'Claire Morel', 4200.00),
    (2, 'Human Resources', 'CC-1200', 'Sarah Whitfield', 2600.00),
    (3, 'Sales', 'CC-2100', 'Marco Bianchi', 7800.00),
    (4, 'Marketing', 'CC-2200', NULL, 5100.00),
    (5, 'Engineering', 'CC-3100', 'Jonas Becker', 12500.00),
    (6, 'Operations', 'CC-3200', 'Lucia Fernandez', 6300.00),
    (7, 'Legal', 'CC-1300', 'Henri Laurent', 1900.00),
    (8, 'Customer Service', 'CC-2300', 'Aoife Byrne', 5600.00),
    (9, 'Procurement', 'CC-1400', NULL, 1700.00),
    (10, 'Information Technology', 'CC-3300', 'Pieter de Vries', 15800.00),
    (11, 'Facilities', 'CC-3400', 'Tom Harris', 2200.00),
    (12, 'Research', 'CC-3500', 'Nadia Keller', 8900.00);

INSERT INTO "Users"
SELECT i,
       fn, ln,
       lower(fn) || '.' || lower(replace(ln, ' ', '')) || i || '@northwind-group.eu',
       CASE WHEN i % 9 = 0 THEN NULL ELSE '+33 4 72 ' || lpad(((i * 7919) % 100000)::text, 5, '0') END,
       CASE WHEN i % 23 = 0 THEN NULL
            ELSE (ARRAY['Analyst', 'Accountant', 'Account Manager', 'Engineer', 'Team Lead', 'Coordinator',
                        'Specialist', 'Consultant', 'Assistant', 'Manager', 'Developer', 'Director'])[1 + (i * 5) % 12] END,
       (ARRAY[1, 2, 3, 3, 3, 4, 5, 5, 5, 5, 6, 6, 7, 8, 8, 8, 9, 10, 10, 11, 12, 12])[1 + (i * 7) % 22],
       (ARRAY[1, 1, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9, 10])[1 + (i * 3 + i / 10) % 16],
       date '2010-01-01' + (i * 37) % 5100,
       i % 25 = 0,
       i % 17 <> 0
FROM (
    SELECT i,
           (ARRAY['Camille', 'Lucas', 'Emma', 'Hugo', 'Chloe', 'Louis', 'Sophie', 'Thomas', 'Laura', 'Julien',
                  'Oliver', 'Amelia', 'James', 'Charlotte', 'Harry', 'Lena', 'Felix', 'Hannah', 'Maximilian', 'Mia',
                  'Carmen', 'Javier', 'Lucia', 'Pablo', 'Sanne', 'Daan', 'Niamh', 'Sean', 'Giulia', 'Matteo'])[1 + (i * 7) % 30] AS fn,
           (ARRAY['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Moreau', 'Girard', 'Smith', 'Jones', 'Taylor',
                  'Brown', 'Wilson', 'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Garcia', 'Lopez', 'Martinez',
                  'Sanchez', 'de Jong', 'Jansen', 'Murphy', 'Kelly', 'Rossi', 'Ricci', 'Fontaine', 'Roux', 'Clarke'])[1 + (i * 11 + i / 30) % 30] AS ln
    FROM generate_series(1, 400) AS i
) AS u;

INSERT INTO "AgentGroups" VALUES
    (1, 'Service Desk', 'servicedesk@northwind-group.eu', 1, true),
    (2, 'Desktop Support', 'desktop@northwind-group.eu', 1, true),
    (3, 'Network Operations', 'netops@northwind-group.eu', 6, true),
    (4, 'Application Support', 'appsupport@northwind-group.eu', 2, true),
    (5, 'Identity and Access', 'iam@northwind-group.eu', 4, true),
    (6, 'Security Operations', 'soc@northwind-group.eu', 4, true),
    (7, 'Telephony', 'telephony@northwind-group.eu', 8, false),
    (8, 'Field Services', 'field@northwind-group.eu', 9, true);

INSERT INTO "Agents"
SELECT i,
       fn, ln,
       lower(fn) || '.' || lower(ln) || '@northwind-group.eu',
       1 + (i - 1) % 8,
       1 + (i * 5) % 3,
       round(32 + (1 + (i * 5) % 3) * 9.5 + (i % 5) * 1.75, 2),
       date '2015-03-01' + (i * 173) % 3000,
       i % 11 <> 0
FROM (
    SELECT i,
           (ARRAY['Antoine', 'Manon', 'Kevin', 'Ines', 'Daniel', 'Grace', 'Tobias', 'Leonie', 'Alvaro', 'Marta',
                  'Ruben', 'Fleur', 'Conor', 'Siobhan', 'Luca', 'Elena', 'Nicolas', 'Pauline'])[1 + (i * 5) % 18] AS fn,
           (ARRAY['Petit', 'Blanc', 'Guerin', 'Evans', 'Walker', 'Hughes', 'Wagner', 'Hoffmann', 'Navarro',
                  'Romero', 'Visser', 'Bakker', 'Walsh', 'Ryan', 'Conti', 'Greco', 'Mercier', 'Faure', 'Lambert'])[1 + (i * 7) % 19] AS ln
    FROM generate_series(1, 36) AS i
) AS a;

INSERT INTO "Categories" VALUES
    (1, 'Hardware', 2, true),
    (2, 'Software', 4, true),
    (3, 'Network', 3, true),
    (4, 'Access Request', 5, true),
    (5, 'Email', 4, true),
    (6, 'Printing', 2, true),
    (7, 'Security Incident', 6, true),
    (8, 'Telephony', 7, false),
    (9, 'Password Reset', 1, true),
    (10, 'New Starter', 1, true),
    (11, 'VPN', 3, true),
    (12, 'Mobile Device', 8, true);

INSERT INTO "SlaPolicies" VALUES
    (1, 'P1 Critical', 'Critical', false, 15, 4, 500.00),
    (2, 'P2 High', 'High', false, 60, 8, 200.00),
    (3, 'P3 Medium', 'Medium', false, 240, 24, 75.00),
    (4, 'P4 Low', 'Low', false, 480, 72, 25.00),
    (5, 'P1 Critical VIP', 'Critical', true, 10, 2, 750.00),
    (6, 'P2 High VIP', 'High', true, 30, 4, 300.00),
    (7, 'P3 Medium VIP', 'Medium', true, 120, 12, 120.00),
    (8, 'P4 Low VIP', 'Low', true, 240, 48, 40.00);

INSERT INTO "Assets"
SELECT i,
       'AST-' || lpad(i::text, 5, '0'),
       t,
       CASE t WHEN 'Laptop' THEN (ARRAY['Dell', 'Lenovo', 'HP', 'Apple'])[1 + (i / 12 + i) % 4]
              WHEN 'Desktop' THEN (ARRAY['Dell', 'HP'])[1 + i % 2]
              WHEN 'Monitor' THEN (ARRAY['Dell', 'LG', 'Samsung'])[1 + i % 3]
              WHEN 'Phone' THEN (ARRAY['Apple', 'Samsung'])[1 + (i / 3) % 2]
              WHEN 'Tablet' THEN 'Apple'
              ELSE (ARRAY['Jabra', 'Poly'])[1 + i % 2] END,
       CASE t WHEN 'Laptop' THEN (ARRAY['Latitude 5440', 'ThinkPad T14', 'EliteBook 840', 'MacBook Pro 14'])[1 + (i / 12 + i) % 4]
              WHEN 'Desktop' THEN (ARRAY['OptiPlex 7010', 'EliteDesk 800'])[1 + i % 2]
              WHEN 'Monitor' THEN (ARRAY['P2723DE', '27UL550', 'ViewFinity S6'])[1 + i % 3]
              WHEN 'Phone' THEN (ARRAY['iPhone 14', 'Galaxy S23'])[1 + (i / 3) % 2]
              WHEN 'Tablet' THEN 'iPad Air'
              ELSE (ARRAY['Evolve2 65', 'Voyager Focus 2'])[1 + i % 2] END,
       upper(substr(md5('asset' || i), 1, 12)),
       pd,
       CASE t WHEN 'Laptop' THEN 1150 + (i * 37) % 900
              WHEN 'Desktop' THEN 820 + (i * 23) % 400
              WHEN 'Monitor' THEN 190 + (i * 13) % 220
              WHEN 'Phone' THEN 640 + (i * 29) % 380
              WHEN 'Tablet' THEN 599 + (i * 17) % 200
              ELSE 129 + (i * 11) % 120 END + (i % 4) * 0.25,
       CASE WHEN t = 'Headset' OR i % 13 = 0 THEN NULL ELSE pd + interval '3 years' END::date,
       st,
       CASE WHEN st IN ('In Stock', 'Retired') THEN NULL ELSE 1 + (i * 3) % 400 END
FROM (
    SELECT i,
           (ARRAY['Laptop', 'Laptop', 'Phone', 'Monitor', 'Laptop', 'Desktop', 'Phone', 'Monitor',
                  'Headset', 'Tablet', 'Laptop', 'Headset'])[1 + i % 12] AS t,
           date '2019-01-07' + (i * 97) % 2150 AS pd,
           CASE WHEN i % 19 = 0 THEN 'Retired' WHEN i % 14 = 0 THEN 'In Stock'
                WHEN i % 31 = 0 THEN 'In Repair' ELSE 'In Use' END AS st
    FROM generate_series(1, 520) AS i
) AS s;

INSERT INTO "Tickets"
WITH base AS (
    SELECT i,
           1 + (i * 131) % 390 AS requester,
           (ARRAY[1, 1, 2, 2, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 9, 10, 11, 12])[1 + (i * 7 + i / 13) % 18] AS cat,
           (ARRAY['Low', 'Medium', 'Medium', 'Medium', 'High', 'High', 'Critical', 'Low', 'Medium', 'Low'])[1 + (i * 3 + i / 7) % 10] AS prio,
           (ARRAY['Portal', 'Email', 'Portal', 'Phone', 'Chat', 'Email', 'Portal', 'Walk-in', 'Chat', 'Phone'])[1 + (i * 9 + i / 5) % 10] AS chan,
           timestamp '2022-01-03 07:30' + ((i - 1) * 1094 / 1500) * interval '1 day'
                                       + ((i * 47) % 640) * interval '1 minute' AS created,
           CASE WHEN i > 1440 THEN (ARRAY['Open', 'In Progress', 'Pending', 'Resolved', 'In Progress'])[1 + i % 5]
                WHEN i % 29 = 0 THEN 'Cancelled'
                WHEN i % 97 = 0 THEN 'Pending'
                WHEN i > 1390 THEN 'Resolved'
                ELSE 'Closed' END AS status
    FROM generate_series(1, 1500) AS i
), b2 AS (
    SELECT b.*,
           c."DefaultAgentGroupId" AS grp,
           c."Name" AS catname,
           u."IsVip" AS vip,
           CASE b.prio WHEN 'Critical' THEN 1 WHEN 'High' THEN 2 WHEN 'Medium' THEN 3 ELSE 4 END
             + CASE WHEN u."IsVip" THEN 4 ELSE 0 END AS sla
    FROM base b
    JOIN "Categories" c ON c."CategoryId" = b.cat
    JOIN "Users" u ON u."UserId" = b.requester
), b3 AS (
    SELECT b2.*,
           CASE WHEN status = 'Open' AND i % 2 = 0 THEN NULL
                WHEN grp = 8 THEN 8 + 8 * ((i / 3) % 3)
                ELSE grp + 8 * ((i / 3) % 4) END AS agent,
           created + sp."ResolutionHours" * interval '1 hour' AS due,
           CASE WHEN status = 'Open' AND i % 2 = 0 THEN NULL
                ELSE created + CASE prio WHEN 'Critical' THEN 6 + i % 25
                                         WHEN 'High' THEN 20 + (i * 7) % 90
                                         WHEN 'Medium' THEN 45 + (i * 11) % 300
                                         ELSE 90 + (i * 13) % 700 END * interval '1 minute' END AS firstresp,
           CASE WHEN status IN ('Resolved', 'Closed')
                THEN created + CASE prio WHEN 'Critical' THEN 1 + i % 5
                                         WHEN 'High' THEN 2 + (i * 3) % 9
                                         WHEN 'Medium' THEN 4 + (i * 7) % 30
                                         ELSE 10 + (i * 11) % 80 END * interval '1 hour'
                             + ((i * 17) % 60) * interval '1 minute' END AS resolved,
           CASE WHEN catname IN ('Hardware', 'Mobile Device')
                THEN (SELECT min(a."AssetId") FROM "Assets" a WHERE a."AssignedUserId" = b2.requester) END AS asset
    FROM b2
    JOIN "SlaPolicies" sp ON sp."SlaPolicyId" = b2.sla
)
SELECT i,
       CASE cat
           WHEN 1 THEN (ARRAY['Laptop will not power on', 'Docking station not detecting monitors', 'Broken keyboard'])[1 + i % 3]
           WHEN 2 THEN (ARRAY['Excel crashes on startup', 'Request to install Visio', 'Teams keeps freezing'])[1 + i % 3]
           WHEN 3 THEN (ARRAY['Wi-Fi drops in meeting room', 'Slow network on 3rd floor', 'Cannot reach file share'])[1 + i % 3]
           WHEN 4 THEN (ARRAY['Access to SAP finance module', 'Add me to the Sales SharePoint', 'Need admin rights'])[1 + i % 3]
           WHEN 5 THEN (ARRAY['Mailbox full', 'Cannot send external email', 'Shared mailbox missing in Outlook'])[1 + i % 3]
           WHEN 6 THEN (ARRAY['Printer jammed', 'Cannot add printer', 'Scan to email not working'])[1 + i % 3]
           WHEN 7 THEN (ARRAY['Phishing email received', 'Suspicious login alert', 'Lost badge'])[1 + i % 3]
           WHEN 8 THEN (ARRAY['Desk phone no dial tone', 'Voicemail PIN reset', 'Call forwarding request'])[1 + i % 3]
           WHEN 9 THEN (ARRAY['Password expired', 'Account locked out', 'MFA reset needed'])[1 + i % 3]
           WHEN 10 THEN (ARRAY['New joiner setup', 'Laptop and accounts for new hire', 'Onboarding equipment'])[1 + i % 3]
           WHEN 11 THEN (ARRAY['VPN disconnects every hour', 'Cannot connect to VPN from home', 'VPN certificate expired'])[1 + i % 3]
           ELSE (ARRAY['Company phone screen cracked', 'Enrol phone in Intune', 'Tablet not syncing email'])[1 + i % 3]
       END,
       requester, cat, grp, agent, sla, asset, prio, status, chan,
       created, firstresp, due, resolved,
       CASE WHEN status = 'Closed' THEN resolved + interval '3 days' END,
       coalesce(resolved > due, false),
       CASE WHEN i % 37 = 0 THEN 2 WHEN i % 11 = 0 THEN 1 ELSE 0 END
FROM b3;

INSERT INTO "TicketComments"
SELECT c,
       t."TicketId",
       CASE WHEN c % 3 <> 0 THEN t."AssignedAgentId" END,
       CASE WHEN c % 3 = 0 OR t."AssignedAgentId" IS NULL THEN t."RequesterId" END,
       CASE WHEN c % 3 = 0
            THEN (ARRAY['Any update on this?', 'Still happening this morning.', 'Thanks, that fixed it.',
                        'I am working from home today, please call my mobile.'])[1 + (c / 3) % 4]
            ELSE (ARRAY['Looking into this now.', 'Remote session scheduled.', 'Escalated to second line.',
                        'Waiting for the user to confirm.', 'Replaced the faulty part.',
                        'Vendor case opened.', 'Applied the standard fix from the knowledge base.'])[1 + c % 7] END,
       c % 3 <> 0 AND c % 4 = 0 AND t."AssignedAgentId" IS NOT NULL,
       (t."CreatedAt" + (10 + (c * 53) % 900) * interval '1 minute') AT TIME ZONE 'Europe/Paris'
FROM generate_series(1, 2000) AS c
JOIN "Tickets" t ON t."TicketId" = 1 + (c * 7) % 1500;

INSERT INTO "TimeEntries"
SELECT row_number() OVER (ORDER BY e),
       t."TicketId",
       ag."AgentId",
       t."CreatedAt"::date + e % 3,
       m,
       e % 4 <> 0,
       round(m / 60.0 * ag."HourlyRate", 2),
       CASE WHEN e % 5 = 0 THEN NULL
            ELSE (ARRAY['Diagnosis', 'Remote session', 'On-site visit', 'Configuration', 'Follow-up call',
                        'Documentation'])[1 + e % 6] END
FROM generate_series(1, 1900) AS e
JOIN "Tickets" t ON t."TicketId" = 1 + (e * 13) % 1500
JOIN "Agents" ag ON ag."AgentId" = t."AssignedAgentId"
CROSS JOIN LATERAL (SELECT 5 + (e * 17) % 115 AS m) AS mm
WHERE t."Status" <> 'Cancelled';

INSERT INTO "SurveyResponses"
SELECT row_number() OVER (ORDER BY t."TicketId"),
       t."TicketId",
       r,
       r >= 4,
       CASE WHEN t."TicketId" % 3 = 0 THEN NULL
            WHEN r >= 4 THEN (ARRAY['Quick and friendly', 'Great service', 'Solved on the first call', 'Thanks!'])[1 + t."TicketId" % 4]
            WHEN r = 3 THEN 'OK but took a while'
            ELSE (ARRAY['Took far too long', 'Had to chase several times', 'Problem came back'])[1 + t."TicketId" % 3] END,
       (t."ResolvedAt" + (2 + t."TicketId" % 40) * interval '1 hour') AT TIME ZONE 'Europe/Paris'
FROM "Tickets" t
CROSS JOIN LATERAL (
    SELECT CASE WHEN t."SlaBreached" THEN (ARRAY[1, 2, 3, 2, 4, 3])[1 + t."TicketId" % 6]
                ELSE (ARRAY[5, 4, 5, 3, 4, 5, 2, 4, 5, 5, 4, 3])[1 + (t."TicketId" * 7) % 12] END AS r
) AS rr
WHERE t."ResolvedAt" IS NOT NULL AND (t."TicketId" * 3 + t."TicketId" / 7) % 5 IN (0, 2);
