//! `askpg eval` with the built-in generator on unannotated databases (keys and foreign
//! keys, no comments, no corpus): the tuning sets of benches/intent/ (benches/README.md).
//! The offline question engine must keep answering them right, and wrongly at most one
//! question in 40 where that goal is met; the others are held to what was measured on
//! them. The held-out sets (`*.frozen.yaml` but northwind: hotel, logistics, rental,
//! insurance, vet, utility, charity, cinema, bikeshare, coffee, fitness, wholesale) are not
//! run here: they are run by hand and reported apart, so that no floor tempts anyone to
//! tune on them.

mod common;

use common::offline::{eval_offline, load_sample};

/// One golden set on its sample database, and the floor it must keep.
struct Set {
    database: &'static str,
    schema: &'static str,
    golden: &'static str,
    /// Right answers at least: what was measured, less a small margin.
    right_floor: u64,
    /// Wrong answers at most.
    wrong_ceiling: u64,
}

const PAGILA: Set = Set {
    database: "askpg_intent_pagila",
    schema: "benches/recall/pagila.sql",
    golden: "benches/intent/pagila.yaml",
    // Measured 43 right, 0 wrong of 46. Its monthly golds cast the month to a date; askpg
    // keeps the timestamp, which `askpg eval` compares equal at midnight.
    right_floor: 41,
    wrong_ceiling: 1,
};

const NORTHWIND: Set = Set {
    database: "askpg_intent_northwind",
    schema: "benches/recall/northwind.sql",
    golden: "benches/intent/northwind.frozen.yaml",
    // Measured 40 right, 2 wrong of 45 (9, 7 before tuning). Both wrong answers sum a
    // `real` column: the gold rounds the float's sum through numeric (373028.00), askpg
    // shows PostgreSQL's sum (373028.28).
    right_floor: 38,
    wrong_ceiling: 2,
};

const UNIVERSITY: Set = Set {
    database: "askpg_intent_university",
    schema: "benches/recall/university.sql",
    golden: "benches/intent/university.yaml",
    // Measured 39 right, 0 wrong of 46 (17, 4 before tuning).
    right_floor: 37,
    wrong_ceiling: 1,
};

const COMPANY: Set = Set {
    database: "askpg_intent_company",
    schema: "benches/recall/company.sql",
    golden: "benches/intent/company.yaml",
    // Measured 37 right, 1 wrong of 50 (20, 6 before tuning). The wrong answer is a
    // convention of the gold: months of one year as numbers (askpg gives the month's
    // first day). Rankings without the measure ranked by are right: askpg shows it, and
    // `askpg eval` takes up to two columns more than the gold.
    right_floor: 35,
    wrong_ceiling: 1,
};

const CLINIC: Set = Set {
    database: "askpg_intent_clinic",
    schema: "benches/recall/clinic.sql",
    golden: "benches/intent/clinic.yaml",
    // Measured 39 right, 0 wrong of 46; held out for its first three runs (15/8, 17/5, 21/4
    // right/wrong).
    right_floor: 37,
    wrong_ceiling: 1,
};

const AIRLINE: Set = Set {
    database: "askpg_intent_airline",
    schema: "benches/recall/airline.sql",
    golden: "benches/intent/airline.yaml",
    // Measured 34 right, 1 wrong of 44; held out for three runs (14/2 each). The wrong
    // answer is a gold convention: months of one year as numbers.
    right_floor: 32,
    wrong_ceiling: 1,
};

const SHOP: Set = Set {
    database: "askpg_intent_shop",
    schema: "benches/recall/shop.sql",
    golden: "benches/intent/shop.yaml",
    // Measured 34 right, 2 wrong of 44; held out for three runs (22/4 each). The wrong
    // answers are gold conventions: months of one year as numbers, a count where askpg
    // lists the customers.
    right_floor: 32,
    wrong_ceiling: 2,
};

const BANK: Set = Set {
    database: "askpg_intent_bank",
    schema: "benches/recall/bank.sql",
    golden: "benches/intent/bank.yaml",
    // Measured 33 right, 0 wrong of 44 (19, 1 at its first run).
    right_floor: 31,
    wrong_ceiling: 1,
};

const GYM: Set = Set {
    database: "askpg_intent_gym",
    schema: "benches/recall/gym.sql",
    golden: "benches/intent/gym.yaml",
    // Measured 36 right, 1 wrong of 44 (22, 2 at its first run). The wrong answer is a
    // convention of the gold: months of one year as numbers.
    right_floor: 34,
    wrong_ceiling: 1,
};

const PROPERTY: Set = Set {
    database: "askpg_intent_property",
    schema: "benches/recall/property.sql",
    golden: "benches/intent/property.yaml",
    // Measured 30 right, 1 wrong of 44 (12, 1 at its first run). The wrong answer is a
    // convention of the gold: months of one year as numbers.
    right_floor: 28,
    wrong_ceiling: 1,
};

const EVENTS: Set = Set {
    database: "askpg_intent_events",
    schema: "benches/recall/events.sql",
    golden: "benches/intent/events.yaml",
    // Measured 24 right, 1 wrong of 40 (12, 2 at its first run). The wrong answer is a
    // convention of the gold: months of one year as numbers.
    right_floor: 22,
    wrong_ceiling: 1,
};

const RESTAURANT: Set = Set {
    database: "askpg_intent_restaurant",
    schema: "benches/recall/restaurant.sql",
    golden: "benches/intent/restaurant.yaml",
    // Measured 26 right, 1 wrong of 40 (5, 1 at its first run; its orders are `tickets`).
    // The wrong answer is a gold convention: months of one year as numbers.
    right_floor: 24,
    wrong_ceiling: 1,
};

const RECRUITING: Set = Set {
    database: "askpg_intent_recruiting",
    schema: "benches/recall/recruiting.sql",
    golden: "benches/intent/recruiting.yaml",
    // Measured 28 right, 1 wrong of 44 (16, 6 at its first run). The wrong answer is a
    // convention of the gold: a listing with three columns.
    right_floor: 26,
    wrong_ceiling: 1,
};

const LIBRARY: Set = Set {
    database: "askpg_intent_library",
    schema: "benches/recall/library.sql",
    golden: "benches/intent/library.yaml",
    // Measured 32 right, 0 wrong of 44 (16, 3 at its first run).
    right_floor: 30,
    wrong_ceiling: 1,
};

const SAAS: Set = Set {
    database: "askpg_intent_saas",
    schema: "benches/recall/saas.sql",
    golden: "benches/intent/saas.yaml",
    // Measured 30 right, 0 wrong of 44 (6, 1 and 1 error at its first run).
    right_floor: 28,
    wrong_ceiling: 1,
};

const TELECOM: Set = Set {
    database: "askpg_intent_telecom",
    schema: "benches/recall/telecom.sql",
    golden: "benches/intent/telecom.yaml",
    // Measured 15 right, 0 wrong of 44 (7, 2 at its first run): coded values (`ACT`),
    // abbreviated columns (`amt_due`) and trade words (handsets, support cases).
    right_floor: 13,
    wrong_ceiling: 1,
};

const FACTORY: Set = Set {
    database: "askpg_intent_factory",
    schema: "benches/recall/factory.sql",
    golden: "benches/intent/factory.yaml",
    // Measured 31 right, 1 wrong of 44 (25, 2 at its first run): singular table names. The
    // wrong answer is a convention of the gold: a listing with two columns.
    right_floor: 29,
    wrong_ceiling: 1,
};

const RIDEHAIL: Set = Set {
    database: "askpg_intent_ridehail",
    schema: "benches/recall/ridehail.sql",
    golden: "benches/intent/ridehail.yaml",
    // Measured 23 right, 0 wrong of 44 (13, 3 and 3 errors at its first run): quoted
    // camelCase names as ORMs make them.
    right_floor: 21,
    wrong_ceiling: 1,
};

const SCHOOL: Set = Set {
    database: "askpg_intent_school",
    schema: "benches/recall/school.sql",
    golden: "benches/intent/school.yaml",
    // Measured 19 right, 0 wrong of 44 (12, 2 at its first run): every table in a schema of
    // its own.
    right_floor: 17,
    wrong_ceiling: 1,
};

const LEAGUE: Set = Set {
    database: "askpg_intent_league",
    schema: "benches/recall/league.sql",
    golden: "benches/intent/league.yaml",
    // Measured 19 right, 1 wrong of 44 (12, 1 at its first run): a sports league's words
    // (fixtures, grounds, keepers). The wrong answer: "each club" with the clubs that run
    // no team (askpg lists those with some).
    right_floor: 17,
    wrong_ceiling: 1,
};

const ELEARN: Set = Set {
    database: "askpg_intent_elearn",
    schema: "benches/recall/elearn.sql",
    golden: "benches/intent/elearn.yaml",
    // Measured 31 right, 0 wrong of 44 (11, 3 at its first run): Django's app prefixes
    // (`courses_course`, `billing_payment`).
    right_floor: 29,
    wrong_ceiling: 1,
};

const TRAVEL: Set = Set {
    database: "askpg_intent_travel",
    schema: "benches/recall/travel.sql",
    golden: "benches/intent/travel.yaml",
    // Measured 23 right, 1 wrong of 44 (10, 3 at its first run): legacy abbreviations
    // (`brnch_nm`, `tot_amt`, `stat_cd = 'CXL'`). The wrong answer is a convention of the
    // gold: months of one year as numbers.
    right_floor: 21,
    wrong_ceiling: 1,
};

const DEALER: Set = Set {
    database: "askpg_intent_dealer",
    schema: "benches/recall/dealer.sql",
    golden: "benches/intent/dealer.yaml",
    // Measured 17 right, 0 wrong of 44 (7, 0 at its first run): singular tables keyed by
    // `<table>_id`.
    right_floor: 15,
    wrong_ceiling: 1,
};

const MARKET: Set = Set {
    database: "askpg_intent_market",
    schema: "benches/recall/market.sql",
    golden: "benches/intent/market.yaml",
    // Measured 27 right, 1 wrong of 44 (23, 5 at its first run): two schemas, catalog and
    // sales. The wrong answer: "listings for used items" read as listings with order
    // items.
    right_floor: 25,
    wrong_ceiling: 1,
};

const PERMITS: Set = Set {
    database: "askpg_intent_permits",
    schema: "benches/recall/permits.sql",
    golden: "benches/intent/permits.yaml",
    // Measured 21 right, 1 wrong of 44 (13, 7 at its first run): `tbl_` prefixes. The wrong
    // answer: "each inspector" with the inspectors who have none (askpg lists those with
    // some).
    right_floor: 19,
    wrong_ceiling: 1,
};

const PHARMACY: Set = Set {
    database: "askpg_intent_pharmacy",
    schema: "benches/recall/pharmacy.sql",
    golden: "benches/intent/pharmacy.yaml",
    // Measured 13 right, 1 wrong of 44 (7, 3 at its first run): names run together as
    // unquoted PascalCase leaves them (`prescriptionfills`). The wrong answer is a
    // convention of the gold: a ranking with a third column.
    right_floor: 11,
    wrong_ceiling: 1,
};

const MUSEUM: Set = Set {
    database: "askpg_intent_museum",
    schema: "benches/recall/museum.sql",
    golden: "benches/intent/museum.yaml",
    // Measured 24 right, 0 wrong of 44 (11, 0 at its first run): `tbl_` prefixes on every
    // table.
    right_floor: 22,
    wrong_ceiling: 1,
};

const HELPDESK: Set = Set {
    database: "askpg_intent_helpdesk",
    schema: "benches/recall/helpdesk.sql",
    golden: "benches/intent/helpdesk.yaml",
    // Measured 20 right, 0 wrong of 44 (10, 2 at its first run): quoted PascalCase as
    // Entity Framework makes it, tickets that move on from `Resolved` to `Closed`.
    right_floor: 18,
    wrong_ceiling: 1,
};

const STREAMING: Set = Set {
    database: "askpg_intent_streaming",
    schema: "benches/recall/streaming.sql",
    golden: "benches/intent/streaming.yaml",
    // Measured 29 right, 0 wrong of 44 (18, 2 at its first run): subscribers kept as
    // accounts, minutes watched.
    right_floor: 27,
    wrong_ceiling: 1,
};

const WINERY: Set = Set {
    database: "askpg_intent_winery",
    schema: "benches/recall/winery.sql",
    golden: "benches/intent/winery.yaml",
    // Measured 25 right, 0 wrong of 44 (20, 1 at its first run): Prisma's quoted names and
    // capitalised statuses.
    right_floor: 23,
    wrong_ceiling: 1,
};

const PUBLISHER: Set = Set {
    database: "askpg_intent_publisher",
    schema: "benches/recall/publisher.sql",
    golden: "benches/intent/publisher.yaml",
    // Measured 29 right, 0 wrong of 44 (24, 2 at its first run).
    right_floor: 27,
    wrong_ceiling: 1,
};

const RETAILWH: Set = Set {
    database: "askpg_intent_retailwh",
    schema: "benches/recall/retailwh.sql",
    golden: "benches/intent/retailwh.yaml",
    // Measured 19 right, 1 wrong of 44 (9, 1 at its first run): a star schema dated by its
    // calendar (`dim_date`). The wrong answer is a convention of the gold: months of one
    // year with their names.
    right_floor: 17,
    wrong_ceiling: 1,
};

async fn check(set: &Set) {
    load_sample(set.database, set.schema).await;
    let document = eval_offline(set.database, set.golden).await;
    let summary = &document["summary"];
    eprintln!("{}, built-in generator: {summary}", set.golden);
    assert_eq!(document["run"]["generator"], "builtin");
    assert_eq!(summary["errors"], 0, "{:#}", document["questions"]);
    let wrong = summary["wrong"].as_u64().unwrap();
    assert!(
        wrong <= set.wrong_ceiling,
        "more wrong answers than {}: {summary}\n{:#}",
        set.wrong_ceiling,
        document["questions"]
    );
    assert!(
        summary["right"].as_u64().unwrap() >= set.right_floor,
        "{summary}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pagila_tuning_set_stays_answered_offline() {
    check(&PAGILA).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_northwind_set_stays_answered_offline() {
    check(&NORTHWIND).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_university_tuning_set_stays_answered_offline() {
    check(&UNIVERSITY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_company_tuning_set_stays_answered_offline() {
    check(&COMPANY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clinic_tuning_set_stays_answered_offline() {
    check(&CLINIC).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_airline_tuning_set_stays_answered_offline() {
    check(&AIRLINE).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_shop_tuning_set_stays_answered_offline() {
    check(&SHOP).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bank_tuning_set_stays_answered_offline() {
    check(&BANK).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gym_tuning_set_stays_answered_offline() {
    check(&GYM).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_property_tuning_set_stays_answered_offline() {
    check(&PROPERTY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_events_tuning_set_stays_answered_offline() {
    check(&EVENTS).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_restaurant_tuning_set_stays_answered_offline() {
    check(&RESTAURANT).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_recruiting_tuning_set_stays_answered_offline() {
    check(&RECRUITING).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_library_tuning_set_stays_answered_offline() {
    check(&LIBRARY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_saas_tuning_set_stays_answered_offline() {
    check(&SAAS).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_telecom_tuning_set_stays_answered_offline() {
    check(&TELECOM).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_factory_tuning_set_stays_answered_offline() {
    check(&FACTORY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ridehail_tuning_set_stays_answered_offline() {
    check(&RIDEHAIL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_school_tuning_set_stays_answered_offline() {
    check(&SCHOOL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_league_tuning_set_stays_answered_offline() {
    check(&LEAGUE).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_elearn_tuning_set_stays_answered_offline() {
    check(&ELEARN).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_travel_tuning_set_stays_answered_offline() {
    check(&TRAVEL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dealer_tuning_set_stays_answered_offline() {
    check(&DEALER).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_market_tuning_set_stays_answered_offline() {
    check(&MARKET).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_permits_tuning_set_stays_answered_offline() {
    check(&PERMITS).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pharmacy_tuning_set_stays_answered_offline() {
    check(&PHARMACY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_museum_tuning_set_stays_answered_offline() {
    check(&MUSEUM).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_helpdesk_tuning_set_stays_answered_offline() {
    check(&HELPDESK).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_streaming_tuning_set_stays_answered_offline() {
    check(&STREAMING).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_winery_tuning_set_stays_answered_offline() {
    check(&WINERY).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_publisher_tuning_set_stays_answered_offline() {
    check(&PUBLISHER).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_retailwh_tuning_set_stays_answered_offline() {
    check(&RETAILWH).await;
}
