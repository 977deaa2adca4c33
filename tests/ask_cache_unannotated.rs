//! The semantic cache on a database nobody annotated: the pagila sample (keys and foreign
//! keys, no comments) with no corpus, askpg in-process with the default route (the offline
//! intent engine answers what it reads, the fake LLM the rest, with each question's gold
//! SQL). Pairs of questions are asked in turn and the audit log says whether the cache
//! answered the second. Every answer's rows are compared with its gold rows, and a hit must
//! also give the rows a fresh answer gives.
//!
//! The goal: no wrong answer on near-miss pairs, and at least 80% of paraphrase
//! pairs served from the cache.

mod common;
#[path = "ask_cache_unannotated/pairs.rs"]
mod pairs;

use std::collections::BTreeMap;
use std::path::Path;

use askpg::config::{Config, Route, Secret};
use askpg::eval::compare::{compare, ResultSet};
use common::cache::{Asked, Gold, Harness, Rows, Session};
use common::offline::sample_once;
use common::{base_config, fixture, READER, READER_PASSWORD};
use pairs::{Kind, Pair};

const PAGILA: &str = "askpg_cache_pagila";

/// askpg on pagila with no corpus, the default route and nothing learned from relayed SQL
/// (so that only the schema informs the engine).
fn pagila_config(cache_dir: &Path) -> Config {
    let database = sample_once(PAGILA, "benches/recall/pagila.sql");
    let mut config = base_config();
    config.upstream.url = Secret::new(format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{database}?sslmode=require",
        fixture().port
    ));
    config.embeddings.cache_dir = cache_dir.display().to_string();
    config.corpus.learn_from_sql = false;
    config.ask.route = Route::Auto;
    config
}

async fn harness(tweak: impl FnOnce(&mut Config)) -> Harness {
    Harness::start(PAGILA, pagila_config, tweak).await
}

/// Whether askpg's rows are the gold rows, compared as `askpg eval` compares them.
fn rows_match(gold_sql: &str, gold: &Rows, answer: &Result<Rows, String>) -> Result<(), String> {
    let answer = answer.as_ref().map_err(Clone::clone)?;
    let set = |rows: &Rows| ResultSet {
        columns: rows.first().map_or(0, Vec::len),
        rows: rows.clone(),
    };
    let ordered = gold_sql.contains("ORDER BY");
    compare(&set(gold), &set(answer), ordered).map(|_| ())
}

/// How the engine reads a question, from EXPLAIN ASK with the built-in route and the cache
/// off: its intent, or why it reads none.
async fn reading(session: &mut Session, question: &str) -> String {
    let report = session.explain(question).await;
    match &report["intent"] {
        serde_json::Value::Null => format!(
            "no intent ({})",
            report["error"]
                .as_str()
                .unwrap_or("answered by the built-in examples")
        ),
        intent => format!("intent {intent}"),
    }
}

/// What happened to the pairs.
#[derive(Default)]
struct Tally {
    pairs: usize,
    /// Hits of the second question by tier.
    hits: BTreeMap<String, usize>,
    /// Answers with other rows than their gold's.
    wrong: Vec<String>,
    /// Hits whose rows are neither the gold's nor a fresh answer's: the cache's doing.
    wrong_by_cache: Vec<String>,
    /// Second questions generated afresh: (pair, the cache's reason).
    missed: Vec<(usize, String)>,
    /// First questions generated but not stored, and why.
    not_stored: Vec<String>,
    /// By kind: (hits, misses).
    by_kind: BTreeMap<Kind, (usize, usize)>,
}

impl Tally {
    fn hits(&self) -> usize {
        self.hits.values().sum()
    }

    fn rate(&self) -> f64 {
        self.hits() as f64 / self.pairs as f64
    }

    /// Checks an answer against its gold rows; `fresh` is the rows of a fresh answer when
    /// this one came from the cache.
    fn check(&mut self, question: &str, sql: &str, gold: &Rows, asked: &Asked, fresh: &Asked) {
        let Err(why) = rows_match(sql, gold, &asked.rows) else {
            return;
        };
        let note = format!(
            "{question:?} ({} {}): {why}\n    sql: {}",
            asked.status(),
            asked.tier(),
            asked.sql.as_deref().unwrap_or("-")
        );
        if asked.status() == "hit" && asked.rows != fresh.rows {
            self.wrong_by_cache.push(note.clone());
        }
        self.wrong.push(note);
    }

    fn record(&mut self, i: usize, kind: Kind, second: &Asked) {
        let counts = self.by_kind.entry(kind).or_default();
        if second.status() == "hit" {
            counts.0 += 1;
            *self.hits.entry(second.tier().to_owned()).or_default() += 1;
        } else {
            counts.1 += 1;
            let reason = second.cache["reason"].as_str().unwrap_or("-");
            self.missed
                .push((i, format!("{}: {reason}", second.status())));
        }
    }
}

/// askpg with `tweak`, the fake LLM knowing every question's gold SQL.
async fn harness_for(pairs: &[Pair], tweak: impl FnOnce(&mut Config)) -> Harness {
    let harness = harness(tweak).await;
    for pair in pairs {
        harness.answers.add(pair.first, pair.first_sql);
        harness.answers.add(pair.second, pair.second_sql);
    }
    harness
}

/// Asks each pair's first question, then its partner, in one session; the partner again
/// with the cache off, to tell the cache's mistakes from the engine's.
async fn run_pairs(pairs: &[Pair]) -> Tally {
    let cached = harness_for(pairs, |_| {}).await;
    let uncached = harness_for(pairs, |c| c.cache.enabled = false).await;
    let db = fixture().superuser_on(PAGILA).await;
    let mut gold = Gold::default();
    let mut session = Session::open(&cached).await;
    let mut fresh = Session::open(&uncached).await;
    let mut tally = Tally::default();
    for (i, pair) in pairs.iter().enumerate() {
        tally.pairs += 1;
        let first = session.ask(pair.first).await;
        let expected = gold.rows(&db, pair.first_sql).await;
        tally.check(pair.first, pair.first_sql, &expected, &first, &first);
        if let Some(why) = first.cache["not_stored"].as_str() {
            tally.not_stored.push(format!("{:?}: {why}", pair.first));
        }
        let second = session.ask(pair.second).await;
        let generated = fresh.ask(pair.second).await;
        let expected = gold.rows(&db, pair.second_sql).await;
        tally.check(pair.second, pair.second_sql, &expected, &second, &generated);
        tally.record(i, pair.kind, &second);
    }
    tally
}

fn print_summary(name: &str, tally: &Tally) {
    println!(
        "{name}: {} pairs, {} hits {:?}, {} misses: hit rate {:.1}%; wrong answers {}, by the cache {}",
        tally.pairs,
        tally.hits(),
        tally.hits,
        tally.missed.len(),
        100.0 * tally.rate(),
        tally.wrong.len(),
        tally.wrong_by_cache.len()
    );
    for (kind, (hits, misses)) in &tally.by_kind {
        println!("  {kind:<10?} hits {hits:>2}, misses {misses:>2}");
    }
    for why in &tally.not_stored {
        println!("  first question not stored: {why}");
    }
    for wrong in &tally.wrong {
        println!("  wrong: {wrong}");
    }
}

/// No hit differs from a fresh answer, and no answer is wrong.
fn assert_right(tally: &Tally) {
    assert!(
        tally.wrong_by_cache.is_empty(),
        "wrong answers from the cache:\n{}",
        tally.wrong_by_cache.join("\n")
    );
    assert!(tally.wrong.is_empty(), "wrong answers: {:#?}", tally.wrong);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paraphrases_hit_and_never_answer_wrongly() {
    let pairs = pairs::paraphrases();
    assert!(pairs.len() >= 30, "{} pairs", pairs.len());
    let tally = run_pairs(&pairs).await;
    print_summary("paraphrases", &tally);
    let engine = harness_for(&pairs, |c| {
        c.cache.enabled = false;
        c.ask.route = Route::Builtin;
    })
    .await;
    let mut session = Session::open(&engine).await;
    for (i, reason) in &tally.missed {
        let pair = &pairs[*i];
        println!("  miss {:?} after {:?}: {reason}", pair.second, pair.first);
        println!("    first:  {}", reading(&mut session, pair.first).await);
        println!("    second: {}", reading(&mut session, pair.second).await);
    }
    assert_right(&tally);
    // The goal is 80%; this is the floor measured (29 of 34: "payments per year" is
    // refused as a count or a total to choose; "How many rentals did each staff member
    // process?" counts every member of staff, those with none too, where "per staff
    // member" counts those with rentals: two intents, which pagila answers alike).
    assert!(
        tally.rate() >= 0.85,
        "paraphrase hit rate {:.1}%",
        100.0 * tally.rate()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn near_misses_never_get_their_partners_answer() {
    let pairs = pairs::near_misses();
    assert!(pairs.len() >= 30, "{} pairs", pairs.len());
    let tally = run_pairs(&pairs).await;
    print_summary("near misses", &tally);
    for (i, reason) in &tally.missed {
        println!("  generated {:?}: {reason}", pairs[*i].second);
    }
    assert_right(&tally);
}
