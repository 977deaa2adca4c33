//! `askpg eval` with the built-in generator on unannotated databases (keys and foreign
//! keys, no comments, no corpus): the pagila, northwind, university, company and clinic
//! sets of benches/intent/ (benches/README.md). The offline question engine must keep
//! answering them right, and wrongly at most one question in 40 where that goal is met;
//! the others are held to what was measured on them. The held-out airline and shop sets
//! are not run here: they are run by hand and reported apart, so that no floor tempts
//! anyone to tune on them.

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
    // Measured 43 right, 0 wrong of 46 (45 before numbers in minutes stopped being
    // compared with a `length` whose unit is not said and "payments per year" became a
    // count or a total to choose).
    right_floor: 41,
    wrong_ceiling: 1,
};

const NORTHWIND: Set = Set {
    database: "askpg_intent_northwind",
    schema: "benches/recall/northwind.sql",
    golden: "benches/intent/northwind.frozen.yaml",
    // Measured 40 right, 2 wrong of 45 after two sessions of tuning (9, 7 before); it is
    // no longer held out. Both wrong answers sum a `real` column: the gold rounds the
    // float's sum through numeric (373028.00), askpg shows PostgreSQL's sum (373028.28).
    right_floor: 38,
    wrong_ceiling: 2,
};

const UNIVERSITY: Set = Set {
    database: "askpg_intent_university",
    schema: "benches/recall/university.sql",
    golden: "benches/intent/university.yaml",
    // Measured 34 right, 0 wrong of 46 (17, 4 before tuning).
    right_floor: 32,
    wrong_ceiling: 1,
};

const COMPANY: Set = Set {
    database: "askpg_intent_company",
    schema: "benches/recall/company.sql",
    golden: "benches/intent/company.yaml",
    // Measured 33 right, 4 wrong of 50 (20, 6 before tuning). The four wrong answers are
    // conventions of the gold: months of one year as numbers (askpg gives the month's
    // first day), and rankings without the measure ranked by (askpg shows it).
    right_floor: 31,
    wrong_ceiling: 4,
};

const CLINIC: Set = Set {
    database: "askpg_intent_clinic",
    schema: "benches/recall/clinic.sql",
    golden: "benches/intent/clinic.yaml",
    // Measured 29 right, 0 wrong of 46; held out for its first three runs (15/8, 17/5,
    // 21/4 right/wrong).
    right_floor: 27,
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
