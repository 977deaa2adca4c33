//! The semantic cache end to end: a real PostgreSQL with the demo warehouse, askpg
//! in-process with the built-in embedder, and the fake LLM answering every question with its
//! gold SQL (so a fresh generation is always available). Every answer is checked against
//! the rows PostgreSQL returns for the question's gold SQL; the audit log says what the
//! cache did for each question.

mod common;
#[path = "ask_cache/gold.rs"]
mod gold;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use askpg::config::Config;
use common::ask::{ask_config, warehouse_superuser, WAREHOUSE};
use common::cache::{Gold, Harness, Session};
use gold::{Kind, Pair};

async fn harness(tweak: impl FnOnce(&mut Config)) -> Harness {
    Harness::start(WAREHOUSE, ask_config, tweak).await
}

/// What happened to the second question of each pair.
#[derive(Default, Debug)]
struct Tally {
    pairs: usize,
    exact_hits: usize,
    intent_hits: usize,
    semantic_hits: usize,
    misses: usize,
    wrong: Vec<String>,
    /// Near misses by kind: (hits with the right rows, misses).
    by_kind: BTreeMap<String, (usize, usize)>,
    notes: Vec<String>,
}

impl Tally {
    fn hits(&self) -> usize {
        self.exact_hits + self.intent_hits + self.semantic_hits
    }
}

/// Asks each pair's first question, then its partner, in one session; checks every answer's
/// rows against its gold rows.
async fn run_pairs(pairs: &[Pair]) -> Tally {
    let harness = harness(|_| {}).await;
    for pair in pairs {
        harness.answers.add(pair.first, &pair.first_sql);
        harness.answers.add(pair.second, &pair.second_sql);
    }
    let db = warehouse_superuser().await;
    let mut gold = Gold::default();
    let mut session = Session::open(&harness).await;
    let mut tally = Tally::default();
    for pair in pairs {
        tally.pairs += 1;
        let first = session.ask(pair.first).await;
        let expected = gold.rows(&db, &pair.first_sql).await;
        if first.rows.as_ref() != Ok(&expected) {
            tally.wrong.push(format!("{:?}: {first:?}", pair.first));
        }
        let second = session.ask(pair.second).await;
        let expected = gold.rows(&db, &pair.second_sql).await;
        let right_rows = second.rows.as_ref() == Ok(&expected);
        let from_first = second.status() == "hit" && second.entry() == first.owning_entry();
        let wrong = !right_rows
            || (from_first && !pair.kind.literal_only() && pair.kind != Kind::Paraphrase);
        if wrong {
            tally.wrong.push(format!(
                "{:?} after {:?}: {second:?}\nexpected {} rows",
                pair.second,
                pair.first,
                expected.len()
            ));
        }
        let counts = tally.by_kind.entry(format!("{:?}", pair.kind)).or_default();
        match (second.status(), second.tier()) {
            ("hit", "exact") => {
                tally.exact_hits += 1;
                counts.0 += 1;
            }
            ("hit", "intent") => {
                tally.intent_hits += 1;
                counts.0 += 1;
            }
            ("hit", _) => {
                tally.semantic_hits += 1;
                counts.0 += 1;
            }
            (status, _) => {
                tally.misses += 1;
                counts.1 += 1;
                tally.notes.push(format!(
                    "{status} {:?} (after {:?}): {}",
                    pair.second,
                    pair.first,
                    second.cache["reason"].as_str().unwrap_or("-")
                ));
            }
        }
    }
    tally
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paraphrases_hit_and_never_answer_wrongly() {
    let pairs = gold::paraphrases();
    assert!(pairs.len() >= 50, "{} pairs", pairs.len());
    let tally = run_pairs(&pairs).await;
    let rate = tally.hits() as f64 / tally.pairs as f64;
    println!(
        "paraphrases: {} pairs, {} hits ({} exact, {} intent, {} semantic), {} misses: hit rate {:.1}% (goal >= 80%), wrong answers {}",
        tally.pairs,
        tally.hits(),
        tally.exact_hits,
        tally.intent_hits,
        tally.semantic_hits,
        tally.misses,
        100.0 * rate,
        tally.wrong.len()
    );
    for note in &tally.notes {
        println!("  {note}");
    }
    assert!(
        tally.wrong.is_empty(),
        "wrong answers:\n{}",
        tally.wrong.join("\n")
    );
    assert!(rate >= 0.8, "paraphrase hit rate {:.1}%", 100.0 * rate);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_of_one_intent_share_an_entry_whatever_their_wording() {
    let harness = harness(|_| {}).await;
    let sql = gold::revenue_by("c.country", 2025);
    let first = "Total revenue by country in 2025";
    let paraphrases = [
        "Show total revenue per country in 2025",
        "What was the revenue for each country in 2025?",
    ];
    for question in std::iter::once(first).chain(paraphrases) {
        harness.answers.add(question, &sql);
    }
    harness.answers.add(
        "Total revenue by country in 2024",
        &gold::revenue_by("c.country", 2024),
    );
    harness.answers.add(
        "Top 3 countries by revenue in 2025",
        &format!("{sql} LIMIT 3"),
    );
    let mut session = Session::open(&harness).await;
    let asked = session.ask(first).await;
    assert!(asked.rows.is_ok(), "{asked:?}");
    for question in paraphrases {
        let again = session.ask(question).await;
        assert_eq!(
            (again.status(), again.tier()),
            ("hit", "intent"),
            "{question}: {again:?}"
        );
        assert_eq!(again.entry(), asked.owning_entry(), "{question}");
        assert_eq!(again.rows, asked.rows, "{question}");
    }
    // Another year, grouping or ranking is another intent: it never gets this entry
    // (it may get an entry of its own intent, such as a corpus example's).
    for other in [
        "Total revenue by country in 2024",
        "Total revenue by region in 2025",
        "Top 3 countries by revenue in 2025",
    ] {
        let report = session.explain(other).await;
        let cache = &report["cache"];
        assert!(
            !(cache["status"] == "hit"
                && cache["tier"] == "intent"
                && cache["entry"]["id"].as_u64() == asked.owning_entry()),
            "{other}: {cache}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn near_misses_never_get_their_partners_sql() {
    let pairs = gold::near_misses();
    assert!(pairs.len() >= 50, "{} pairs", pairs.len());
    let tally = run_pairs(&pairs).await;
    println!(
        "near misses: {} pairs, {} answered from the cache with the right rows, {} generated, wrong answers {}",
        tally.pairs,
        tally.hits(),
        tally.misses,
        tally.wrong.len()
    );
    for (kind, (hits, misses)) in &tally.by_kind {
        println!("  {kind:<10} re-bound hits {hits:>2}, misses {misses:>2}");
    }
    for note in &tally.notes {
        println!("  {note}");
    }
    // Wrong includes a partner of another measure, grouping, ordering or kind of period
    // answered from the first question's entry, whatever its rows.
    assert!(
        tally.wrong.is_empty(),
        "wrong answers:\n{}",
        tally.wrong.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn explain_ask_shows_the_hit_and_its_entry_without_storing() {
    let harness = harness(|_| {}).await;
    let first = "Monthly cloud cost for Data Engineering in 2024";
    let second = "Monthly cloud cost for Security in 2023";
    harness
        .answers
        .add(first, &gold::team_monthly_cost("Data Engineering", 2024));
    harness
        .answers
        .add(second, &gold::team_monthly_cost("Security", 2023));
    let mut session = Session::open(&harness).await;
    let asked = session.ask(first).await;
    assert_eq!(asked.status(), "miss", "{asked:?}");
    let stored = asked.cache["stored"].as_u64().expect("stored");
    let requests = harness.llm.chat_requests().len();

    let text = session.explain_text(second).await;
    assert!(
        text.contains("'Security'") && text.contains("= 2023"),
        "{text}"
    );
    assert!(
        text.contains("Cache: hit (semantic tier, similarity "),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "from entry {stored} \"{first}\" (generated by openai (model test-model)), re-bound Data Engineering → Security, 2024 → 2023"
        )),
        "{text}"
    );
    assert!(text.contains("Timings: cache "), "{text}");
    let report = session.explain(second).await;
    let cache = &report["cache"];
    assert_eq!(cache["status"], "hit", "{report}");
    assert_eq!(cache["tier"], "semantic", "{report}");
    assert!(cache["similarity"].as_f64().unwrap() >= 0.75, "{report}");
    assert_eq!(cache["entry"]["id"], stored, "{report}");
    assert_eq!(cache["entry"]["question"], first, "{report}");
    assert_eq!(cache["rebound"][1], "2024 → 2023", "{report}");
    assert_eq!(report["prompt_tokens"], 0, "no LLM on a hit: {report}");
    assert_eq!(harness.llm.chat_requests().len(), requests);
    // EXPLAIN stored nothing: the same question is still a semantic hit, not an exact one.
    assert_eq!(session.explain(second).await["cache"]["tier"], "semantic");

    // A corpus example answers exactly, and says so.
    let text = session
        .explain_text("What was our total revenue in 2024?")
        .await;
    assert!(
        text.contains("Cache: hit (exact tier) from entry "),
        "{text}"
    );
    assert!(text.contains("(example:revenue-total-2024)"), "{text}");
    assert!(
        text.contains("Derived from: example:revenue-total-2024"),
        "{text}"
    );

    // Run for real, the hit gives the gold rows and the audit line records it.
    let asked = session.ask(second).await;
    assert_eq!((asked.status(), asked.tier()), ("hit", "semantic"));
    let db = warehouse_superuser().await;
    let expected = Gold::default()
        .rows(&db, &gold::team_monthly_cost("Security", 2023))
        .await;
    assert_eq!(asked.rows, Ok(expected));
    assert!(asked.sql.unwrap().contains("'Security'"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rebound_sql_gives_the_rows_of_a_fresh_generation() {
    let on = harness(|_| {}).await;
    let off = harness(|c| c.cache.enabled = false).await;
    let pairs: Vec<Pair> = gold::near_misses()
        .into_iter()
        .filter(|p| p.kind.literal_only())
        .collect();
    for harness in [&on, &off] {
        for pair in &pairs {
            harness.answers.add(pair.first, &pair.first_sql);
            harness.answers.add(pair.second, &pair.second_sql);
        }
    }
    let (mut cached, mut fresh) = (Session::open(&on).await, Session::open(&off).await);
    let mut compared = 0;
    for pair in &pairs {
        cached.ask(pair.first).await;
        let rebound = cached.ask(pair.second).await;
        let generated = fresh.ask(pair.second).await;
        assert_eq!(generated.status(), "off");
        assert!(generated.rows.is_ok(), "{generated:?}");
        if rebound.status() == "hit" && rebound.cache["rebound"].as_array().is_some() {
            assert_eq!(
                rebound.rows, generated.rows,
                "{}: re-bound {:?}\nfresh {:?}",
                pair.second, rebound.sql, generated.sql
            );
            compared += 1;
        }
    }
    println!(
        "re-bound answers compared with fresh generations: {compared} of {}",
        pairs.len()
    );
    assert!(compared >= 25, "only {compared} re-bound hits");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_cache_off_every_question_is_generated_and_answers_are_identical() {
    let on = harness(|_| {}).await;
    let off = harness(|c| c.cache.enabled = false).await;
    let pairs: Vec<Pair> = gold::paraphrases().into_iter().take(15).collect();
    for harness in [&on, &off] {
        for pair in &pairs {
            harness.answers.add(pair.first, &pair.first_sql);
            harness.answers.add(pair.second, &pair.second_sql);
        }
    }
    let (mut with_cache, mut without) = (Session::open(&on).await, Session::open(&off).await);
    let mut asked = 0;
    for pair in &pairs {
        for question in [pair.first, pair.second, pair.first] {
            let cached = with_cache.ask(question).await;
            let generated = without.ask(question).await;
            asked += 1;
            assert_eq!(generated.status(), "off", "{generated:?}");
            assert_eq!(cached.rows, generated.rows, "{question}");
        }
    }
    assert_eq!(
        off.llm.chat_requests().len(),
        asked,
        "every question generated"
    );
    assert!(on.llm.chat_requests().len() < asked / 2);
    let text = without.explain_text(pairs[0].first).await;
    assert!(text.contains("Cache: off"), "{text}");
    let status = without.cache_status().await;
    assert!(status["cache"].starts_with("off"), "{status:?}");
}

/// A copy of the demo corpus that a test may change.
fn corpus_copy() -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    let source = common::repo_path("corpus/demo");
    for entry in walk(&source) {
        let target = copy.path().join(entry.strip_prefix(&source).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, target).unwrap();
    }
    copy
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_corpus_change_and_schema_change_start_a_new_scope() {
    let corpus = corpus_copy();
    let dir = corpus.path().display().to_string();
    let harness = harness(move |c| c.corpus.dir = dir).await;
    let question = "Monthly cloud cost for Security in 2024";
    harness
        .answers
        .add(question, &gold::team_monthly_cost("Security", 2024));
    let mut session = Session::open(&harness).await;
    assert_eq!(session.ask(question).await.status(), "miss");
    assert_eq!(session.explain(question).await["cache"]["status"], "hit");
    let first = session.cache_status().await;

    // A reload that changes nothing keeps the cached translations.
    session.query("ASKPG RELOAD").await.unwrap();
    assert_eq!(session.explain(question).await["cache"]["status"], "hit");
    assert_eq!(session.cache_status().await["entries"], first["entries"]);

    // Another glossary: a new scope, seeded with the examples only.
    let glossary = corpus.path().join("glossary.yaml");
    let mut text = std::fs::read_to_string(&glossary).unwrap();
    text.push_str(
        "\n- term: squad budget\n  definition: A team's cloud budget.\n  synonyms: [team budget]\n  columns: [teams.team_name]\n",
    );
    std::fs::write(&glossary, text).unwrap();
    session.query("ASKPG RELOAD").await.unwrap();
    let second = session.cache_status().await;
    assert_ne!(second["corpus_version"], first["corpus_version"]);
    assert_eq!(second["entries"], second["examples"], "{second:?}");
    let report = session.explain(question).await;
    assert_eq!(report["cache"]["status"], "miss", "{report}");
    assert_eq!(report["corpus_version"], second["corpus_version"].as_str());
    assert_eq!(session.ask(question).await.status(), "miss");
    assert_eq!(session.explain(question).await["cache"]["status"], "hit");

    // A new table upstream: the schema changed, so does the scope.
    let db = warehouse_superuser().await;
    db.batch_execute(&format!(
        "CREATE TABLE cache_scope_probe (probe_id int PRIMARY KEY, label text);
         GRANT SELECT ON cache_scope_probe TO {};",
        common::READER
    ))
    .await
    .unwrap();
    session.query("ASKPG RELOAD").await.unwrap();
    let third = session.cache_status().await;
    db.batch_execute("DROP TABLE cache_scope_probe")
        .await
        .unwrap();
    assert_ne!(third["corpus_version"], second["corpus_version"]);
    let report = session.explain(question).await;
    assert_eq!(report["cache"]["status"], "miss", "{report}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entries_stay_within_their_bounds_and_expire_after_the_ttl() {
    // Six questions of different shapes: each one is generated and stored.
    let all = gold::paraphrases();
    let questions: Vec<&Pair> = [1, 5, 10, 12, 14, 18].iter().map(|&i| &all[i]).collect();
    // At most three entries.
    let few = harness(|c| {
        c.cache.seed_examples = false;
        c.cache.max_entries = 3;
    })
    .await;
    // At most 12 KiB: each entry weighs over 2 KiB (its 512-dimension vector alone).
    let light = harness(|c| {
        c.cache.seed_examples = false;
        c.cache.max_weight_bytes = 12 * 1024;
    })
    .await;
    for (harness, most) in [(&few, 3), (&light, 5)] {
        for pair in &questions {
            harness.answers.add(pair.first, &pair.first_sql);
        }
        let mut session = Session::open(harness).await;
        for pair in &questions {
            assert_eq!(
                session.ask(pair.first).await.status(),
                "miss",
                "{}",
                pair.first
            );
        }
        let status = session.cache_status().await;
        let entries: u64 = status["entries"].parse().unwrap();
        let weight: u64 = status["weight_bytes"].parse().unwrap();
        let bound: u64 = status["max_weight_bytes"].parse().unwrap();
        assert!((1..=most).contains(&entries), "{status:?}");
        assert!(weight <= bound, "{status:?}");
        // The latest question is kept, the first one was evicted.
        let last = questions.last().unwrap().first;
        assert_eq!(session.explain(last).await["cache"]["status"], "hit");
        assert_eq!(
            session.explain(questions[0].first).await["cache"]["status"],
            "miss"
        );
    }

    let brief = harness(|c| {
        c.cache.seed_examples = false;
        c.cache.ttl = Duration::from_secs(2);
    })
    .await;
    let question = questions[0].first;
    brief.answers.add(question, &questions[0].first_sql);
    let mut session = Session::open(&brief).await;
    assert_eq!(session.ask(question).await.status(), "miss");
    assert_eq!(session.explain(question).await["cache"]["status"], "hit");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while session.explain(question).await["cache"]["status"] == "hit" {
        assert!(
            std::time::Instant::now() < deadline,
            "the entry never expired"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn show_cache_counts_and_clear_empties_it() {
    let harness = harness(|c| c.metrics.listen = "127.0.0.1:0".into()).await;
    // Revenue by channel: no corpus example has its shape.
    let pair = &gold::paraphrases()[10];
    harness.answers.add(pair.first, &pair.first_sql);
    harness.answers.add(pair.second, &pair.second_sql);
    let mut session = Session::open(&harness).await;
    let status = session.cache_status().await;
    assert_eq!(status["cache"], "on (exact, semantic)");
    // Every example but one that reads as depending on context ("what are they worth?").
    assert_eq!(status["examples"], "59", "{status:?}");
    assert_eq!(status["entries"], "59", "{status:?}");
    assert_eq!(status["corpus_version"].len(), 64, "{status:?}");

    assert_eq!(session.ask(pair.first).await.status(), "miss");
    assert_eq!(session.ask(pair.second).await.status(), "hit");
    assert_eq!(
        session
            .ask("What was our total revenue in 2024?")
            .await
            .status(),
        "hit"
    );
    let status = session.cache_status().await;
    assert_eq!(status["entries"], "60", "{status:?}");
    assert_eq!(
        (
            status["hits"].as_str(),
            status["misses"].as_str(),
            status["stored"].as_str()
        ),
        ("2", "1", "1"),
        "{status:?}"
    );

    let cleared = session.query("ASKPG CACHE CLEAR").await.unwrap();
    assert_eq!(
        cleared,
        vec![
            vec![Some("cleared".into()), Some("1".into())],
            vec![Some("examples".into()), Some("59".into())],
        ]
    );
    assert_eq!(
        session.explain(pair.second).await["cache"]["status"],
        "miss"
    );
    assert_eq!(session.cache_status().await["entries"], "59");

    let metrics_addr = harness.proxy.metrics_addr.unwrap();
    let (_, metrics) = common::http_get(metrics_addr, "/metrics").await;
    let series = |name: &str, labels: &[&str]| -> f64 {
        metrics
            .lines()
            .find(|l| l.starts_with(name) && labels.iter().all(|label| l.contains(label)))
            .and_then(|l| l.rsplit(' ').next()?.parse().ok())
            .unwrap_or_else(|| panic!("{name} {labels:?} missing:\n{metrics}"))
    };
    assert!(
        series(
            "askpg_cache_lookups_total{",
            &["tier=\"exact\"", "result=\"hit\""]
        ) >= 1.0
    );
    assert!(
        series(
            "askpg_cache_lookups_total{",
            &["tier=\"semantic\"", "result=\"hit\""]
        ) >= 1.0
    );
    assert!(
        series(
            "askpg_cache_lookups_total{",
            &["tier=\"semantic\"", "result=\"miss\""]
        ) >= 1.0
    );
    assert!(series("askpg_cache_stores_total{", &["source=\"generated\""]) >= 1.0);
    assert!(series("askpg_cache_entries", &[]) >= 1.0);
    assert!(
        series(
            "askpg_ask_stage_duration_seconds_count{",
            &["stage=\"cache\""]
        ) >= 3.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_are_neither_looked_up_nor_stored() {
    let harness = harness(|_| {}).await;
    let germany = |year| gold::orders_from("Germany", &gold::in_year("o.order_date", year));
    harness
        .answers
        .add("How many orders came from Germany in 2024?", &germany(2024));
    harness.answers.add("what about 2023?", &germany(2023));
    let mut session = Session::open(&harness).await;
    session
        .ask("How many orders came from Germany in 2024?")
        .await;
    let requests = harness.llm.chat_requests().len();
    let follow_up = session.ask("what about 2023?").await;
    assert_eq!(follow_up.status(), "bypass", "{follow_up:?}");
    let db = warehouse_superuser().await;
    assert_eq!(
        follow_up.rows,
        Ok(Gold::default().rows(&db, &germany(2023)).await)
    );
    assert_eq!(harness.llm.chat_requests().len(), requests + 1);
    // Another session asking the same words is not answered from the first one's turn.
    let mut other = Session::open(&harness).await;
    assert_eq!(other.ask("what about 2023?").await.status(), "bypass");
    assert_eq!(harness.llm.chat_requests().len(), requests + 2);

    // SQL that carries a literal over from an earlier question is not stored.
    let borrowed = format!(
        "SELECT c.segment, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id \
         WHERE c.country = 'Germany' AND {} GROUP BY c.segment ORDER BY c.segment",
        gold::in_year("o.order_date", 2023)
    );
    harness.answers.add("orders by segment in 2023", &borrowed);
    let asked = session.ask("orders by segment in 2023").await;
    assert_eq!(asked.status(), "miss");
    let why = asked.cache["not_stored"].as_str().unwrap();
    assert!(why.contains("Germany"), "{why}");
    assert_eq!(
        other.explain("orders by segment in 2023").await["cache"]["status"],
        "miss"
    );
}
