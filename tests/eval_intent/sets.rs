//! The tuning sets of benches/intent/ on plain, framework-made and legacy schemas, one test
//! each: what was measured on each set at the last change of its floor, and the floor
//! (measured less two) and ceiling of wrong answers it is held to.

use super::{check, Set};

// Measured 43 right, 0 wrong of 46. Its monthly golds cast the month to a date; askpg
// keeps the timestamp, which `askpg eval` compares equal at midnight.
tuning_set!(
    the_pagila_tuning_set_stays_answered_offline,
    "pagila",
    "pagila.yaml",
    right >= 41,
    wrong <= 1
);

// Measured 41 right, 2 wrong of 45 (9, 7 before tuning). Both wrong answers sum a `real`
// column: the gold rounds the float's sum through numeric (373028.00), askpg shows
// PostgreSQL's sum (373028.28).
tuning_set!(
    the_northwind_set_stays_answered_offline,
    "northwind",
    "northwind.frozen.yaml",
    right >= 39,
    wrong <= 2
);

// Measured 39 right, 0 wrong of 46 (17, 4 before tuning).
tuning_set!(
    the_university_tuning_set_stays_answered_offline,
    "university",
    "university.yaml",
    right >= 37,
    wrong <= 1
);

// Measured 38 right, 1 wrong of 50 (20, 6 before tuning). The wrong answer is a convention
// of the gold: months of one year as numbers (askpg gives the month's first day). Rankings
// without the measure ranked by are right: askpg shows it, and `askpg eval` takes up to
// two columns more than the gold.
tuning_set!(
    the_company_tuning_set_stays_answered_offline,
    "company",
    "company.yaml",
    right >= 36,
    wrong <= 1
);

// Measured 40 right, 0 wrong of 46; held out for its first three runs (15/8, 17/5, 21/4
// right/wrong).
tuning_set!(
    the_clinic_tuning_set_stays_answered_offline,
    "clinic",
    "clinic.yaml",
    right >= 38,
    wrong <= 1
);

// Measured 34 right, 1 wrong of 44; held out for three runs (14/2 each). The wrong answer
// is a gold convention: months of one year as numbers.
tuning_set!(
    the_airline_tuning_set_stays_answered_offline,
    "airline",
    "airline.yaml",
    right >= 32,
    wrong <= 1
);

// Measured 36 right, 1 wrong of 44; held out for three runs (22/4 each). The wrong answers
// are gold conventions: months of one year as numbers, a count where askpg lists the
// customers.
tuning_set!(
    the_shop_tuning_set_stays_answered_offline,
    "shop",
    "shop.yaml",
    right >= 34,
    wrong <= 1
);

// Measured 34 right, 1 wrong of 44 (19, 1 at its first run).
tuning_set!(
    the_bank_tuning_set_stays_answered_offline,
    "bank",
    "bank.yaml",
    right >= 32,
    wrong <= 1
);

// Measured 38 right, 1 wrong of 44 (22, 2 at its first run). The wrong answer is a
// convention of the gold: months of one year as numbers.
tuning_set!(
    the_gym_tuning_set_stays_answered_offline,
    "gym",
    "gym.yaml",
    right >= 36,
    wrong <= 1
);

// Measured 33 right, 1 wrong of 44 (12, 1 at its first run). The wrong answer is a
// convention of the gold: months of one year as numbers.
tuning_set!(
    the_property_tuning_set_stays_answered_offline,
    "property",
    "property.yaml",
    right >= 31,
    wrong <= 1
);

// Measured 26 right, 1 wrong of 40 (12, 2 at its first run). The wrong answer is a
// convention of the gold: months of one year as numbers.
tuning_set!(
    the_events_tuning_set_stays_answered_offline,
    "events",
    "events.yaml",
    right >= 24,
    wrong <= 1
);

// Measured 27 right, 1 wrong of 40 (5, 1 at its first run; its orders are `tickets`). The
// wrong answer is a gold convention: months of one year as numbers.
tuning_set!(
    the_restaurant_tuning_set_stays_answered_offline,
    "restaurant",
    "restaurant.yaml",
    right >= 25,
    wrong <= 1
);

// Measured 31 right, 1 wrong of 44 (16, 6 at its first run). The wrong answer is a
// convention of the gold: a listing with three columns.
tuning_set!(
    the_recruiting_tuning_set_stays_answered_offline,
    "recruiting",
    "recruiting.yaml",
    right >= 29,
    wrong <= 1
);

// Measured 33 right, 0 wrong of 44 (16, 3 at its first run).
tuning_set!(
    the_library_tuning_set_stays_answered_offline,
    "library",
    "library.yaml",
    right >= 31,
    wrong <= 1
);

// Measured 32 right, 0 wrong of 44 (6, 1 and 1 error at its first run).
tuning_set!(
    the_saas_tuning_set_stays_answered_offline,
    "saas",
    "saas.yaml",
    right >= 30,
    wrong <= 1
);

// Measured 16 right, 0 wrong of 44 (7, 2 at its first run): coded values (`ACT`),
// abbreviated columns (`amt_due`) and trade words (handsets, support cases).
tuning_set!(
    the_telecom_tuning_set_stays_answered_offline,
    "telecom",
    "telecom.yaml",
    right >= 14,
    wrong <= 1
);

// Measured 34 right, 0 wrong of 44 (25, 2 at its first run): singular table names. Both
// wrong answers are a convention of the gold: parts listed with their number beside the
// name.
tuning_set!(
    the_factory_tuning_set_stays_answered_offline,
    "factory",
    "factory.yaml",
    right >= 32,
    wrong <= 1
);

// Measured 26 right, 1 wrong of 44 (13, 3 and 3 errors at its first run): quoted camelCase
// names as ORMs make them. The wrong answer is a convention of the gold: a rider's email
// beside the names.
tuning_set!(
    the_ridehail_tuning_set_stays_answered_offline,
    "ridehail",
    "ridehail.yaml",
    right >= 24,
    wrong <= 1
);

// Measured 22 right, 0 wrong of 44 (12, 2 at its first run): every table in a schema of
// its own.
tuning_set!(
    the_school_tuning_set_stays_answered_offline,
    "school",
    "school.yaml",
    right >= 20,
    wrong <= 1
);

// Measured 21 right, 2 wrong of 44 (12, 1 at its first run): a sports league's words
// (fixtures, grounds, keepers). The wrong answers: "each club", "each referee" with those
// that have none (askpg lists those with some).
tuning_set!(
    the_league_tuning_set_stays_answered_offline,
    "league",
    "league.yaml",
    right >= 19,
    wrong <= 2
);

// Measured 35 right, 0 wrong of 44 (11, 3 at its first run): Django's app prefixes
// (`courses_course`, `billing_payment`).
tuning_set!(
    the_elearn_tuning_set_stays_answered_offline,
    "elearn",
    "elearn.yaml",
    right >= 33,
    wrong <= 1
);

// Measured 25 right, 1 wrong of 44 (10, 3 at its first run): legacy abbreviations
// (`brnch_nm`, `tot_amt`, `stat_cd = 'CXL'`). The wrong answer is a convention of the
// gold: months of one year as numbers.
tuning_set!(
    the_travel_tuning_set_stays_answered_offline,
    "travel",
    "travel.yaml",
    right >= 23,
    wrong <= 1
);

// Measured 19 right, 0 wrong of 44 (7, 0 at its first run): singular tables keyed by
// `<table>_id`.
tuning_set!(
    the_dealer_tuning_set_stays_answered_offline,
    "dealer",
    "dealer.yaml",
    right >= 17,
    wrong <= 1
);

// Measured 32 right, 1 wrong of 44 (23, 5 at its first run): two schemas, catalog and
// sales. The wrong answer: "listings for used items" read as listings with order items.
tuning_set!(
    the_market_tuning_set_stays_answered_offline,
    "market",
    "market.yaml",
    right >= 30,
    wrong <= 1
);

// Measured 25 right, 1 wrong of 44 (13, 7 at its first run): `tbl_` prefixes. The wrong
// answer: "each inspector" with the inspectors who have none (askpg lists those with
// some).
tuning_set!(
    the_permits_tuning_set_stays_answered_offline,
    "permits",
    "permits.yaml",
    right >= 23,
    wrong <= 1
);

// Measured 18 right, 1 wrong of 44 (7, 3 at its first run): names run together as unquoted
// PascalCase leaves them (`prescriptionfills`). The wrong answer is a convention of the
// gold: a ranking with a third column.
tuning_set!(
    the_pharmacy_tuning_set_stays_answered_offline,
    "pharmacy",
    "pharmacy.yaml",
    right >= 16,
    wrong <= 1
);

// Measured 28 right, 0 wrong of 44 (11, 0 at its first run): `tbl_` prefixes on every
// table.
tuning_set!(
    the_museum_tuning_set_stays_answered_offline,
    "museum",
    "museum.yaml",
    right >= 26,
    wrong <= 1
);

// Measured 23 right, 0 wrong of 44 (10, 2 at its first run): quoted PascalCase as Entity
// Framework makes it, tickets that move on from `Resolved` to `Closed`.
tuning_set!(
    the_helpdesk_tuning_set_stays_answered_offline,
    "helpdesk",
    "helpdesk.yaml",
    right >= 21,
    wrong <= 1
);

// Measured 33 right, 0 wrong of 44 (18, 2 at its first run): subscribers kept as accounts,
// minutes watched.
tuning_set!(
    the_streaming_tuning_set_stays_answered_offline,
    "streaming",
    "streaming.yaml",
    right >= 31,
    wrong <= 1
);

// Measured 27 right, 0 wrong of 44 (20, 1 at its first run): Prisma's quoted names and
// capitalised statuses.
tuning_set!(
    the_winery_tuning_set_stays_answered_offline,
    "winery",
    "winery.yaml",
    right >= 25,
    wrong <= 1
);

// Measured 35 right, 0 wrong of 44 (24, 2 at its first run).
tuning_set!(
    the_publisher_tuning_set_stays_answered_offline,
    "publisher",
    "publisher.yaml",
    right >= 33,
    wrong <= 1
);

// Measured 20 right, 1 wrong of 44 (9, 1 at its first run): a star schema dated by its
// calendar (`dim_date`). The wrong answer is a convention of the gold: months of one year
// with their names.
tuning_set!(
    the_retailwh_tuning_set_stays_answered_offline,
    "retailwh",
    "retailwh.yaml",
    right >= 18,
    wrong <= 1
);

// Measured 18 right, 0 wrong of 44 (2, 2 at its first run): Oracle-style short names
// (`emp`, `lv_req`, `hiredate`, `mandtry`), current staff as those without a leaving date.
tuning_set!(
    the_payroll_tuning_set_stays_answered_offline,
    "payroll",
    "payroll.yaml",
    right >= 16,
    wrong <= 1
);

// Measured 23 right, 8 wrong of 44 (13, 9 at its first run): names run together in lower
// case (`nightlyprice`, `issuperhost`). The wrong answers are a convention of the gold:
// every listing and ranking shows the key beside the name (`hostid, firstname, lastname`).
tuning_set!(
    the_stays_tuning_set_stays_answered_offline,
    "stays",
    "stays.yaml",
    right >= 21,
    wrong <= 8
);

// Measured 30 right, 0 wrong of 44 (19, 1 at its first run): Rails tables with
// `created_at` and `updated_at`.
tuning_set!(
    the_builder_tuning_set_stays_answered_offline,
    "builder",
    "builder.yaml",
    right >= 28,
    wrong <= 1
);

// Measured 31 right, 0 wrong of 44 (18, 1 at its first run): Django app prefixes, one app
// named for its model (`members_member`).
tuning_set!(
    the_cowork_tuning_set_stays_answered_offline,
    "cowork",
    "cowork.yaml",
    right >= 29,
    wrong <= 1
);

// Measured 31 right, 0 wrong of 44 (14, 0 at its first run): Rails tables; dishes, promo
// codes, orders placed then picked up.
tuning_set!(
    the_delivery_tuning_set_stays_answered_offline,
    "delivery",
    "delivery.yaml",
    right >= 29,
    wrong <= 1
);

// Measured 27 right, 1 wrong of 44 (21, 1 at its first run): quoted PascalCase as SQL
// Server migrations keep it (`"AdmitDate"`). The wrong answer is a convention of the gold:
// months of one year as numbers.
tuning_set!(
    the_hospital_tuning_set_stays_answered_offline,
    "hospital",
    "hospital.yaml",
    right >= 25,
    wrong <= 1
);

// Measured 26 right, 3 wrong of 44 (15, 2 at its first run): plain names of a city's
// transport agency (routes called lines). The wrong answers are conventions of the gold: a
// line's number beside its name, a vehicle's type beside it.
tuning_set!(
    the_transit_tuning_set_stays_answered_offline,
    "transit",
    "transit.yaml",
    right >= 24,
    wrong <= 3
);

// Measured 24 right, 1 wrong of 44 (14, 2 at its first run): SQLAlchemy style with
// PostgreSQL ENUM status columns. The wrong answer lists the same bidders in another
// order, where counts tie.
tuning_set!(
    the_auction_tuning_set_stays_answered_offline,
    "auction",
    "auction.yaml",
    right >= 22,
    wrong <= 1
);

// Measured 33 right, 1 wrong of 44 (10, 14 at its first run): Laravel's soft-deleted rows
// (`deleted_at`), which the gold leaves out. The wrong answer is a convention of the gold:
// a model's make beside it.
tuning_set!(
    the_carshare_tuning_set_stays_answered_offline,
    "carshare",
    "carshare.yaml",
    right >= 31,
    wrong <= 1
);

// Measured 18 right, 1 wrong of 44 (9, 2 at its first run): legacy `t_` tables whose
// columns carry a three-letter code of their table (`apt_status`). The wrong answer is a
// convention of the gold: a share as a percentage.
tuning_set!(
    the_dental_tuning_set_stays_answered_offline,
    "dental",
    "dental.yaml",
    right >= 16,
    wrong <= 1
);
