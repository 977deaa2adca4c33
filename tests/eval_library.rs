//! `askpg eval` with the built-in generator on an unannotated database: the lending library
//! of tests/fixtures/library.sql (keys and foreign keys, no comments, no corpus), scored on
//! its held-out golden set. The offline question engine must never answer wrongly there.

mod common;

use common::offline::{eval_offline, load_sample};

const LIBRARY: &str = "askpg_library";

/// Questions of the held-out set the engine answers right, at least.
const RIGHT_FLOOR: u64 = 19;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_held_out_library_set_gets_no_wrong_answer_offline() {
    load_sample(LIBRARY, "tests/fixtures/library.sql").await;
    let document = eval_offline(LIBRARY, "tests/fixtures/library.frozen.yaml").await;
    let summary = &document["summary"];
    eprintln!("library held-out set, built-in generator: {summary}");
    assert_eq!(document["run"]["generator"], "builtin");
    assert_eq!(summary["errors"], 0, "{:#}", document["questions"]);
    assert_eq!(summary["wrong"], 0, "{:#}", document["questions"]);
    assert!(
        summary["right"].as_u64().unwrap() >= RIGHT_FLOOR,
        "{summary}"
    );
}
