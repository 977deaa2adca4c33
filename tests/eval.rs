//! `askpg eval` as a team's CI runs it: the binary against a real PostgreSQL holding the
//! demo warehouse, with the scripted LLM (tests/common/fake_llm.rs) or the built-in
//! generator. Counts, statuses, exit codes and the JSON document are checked exactly.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::ask::ask_config;
use common::fake_llm::{asked_question, FakeLlm, Reply};
use serde_json::Value;

const ORDERS_BY_STATUS: &str =
    "SELECT status, count(*) FROM orders GROUP BY status ORDER BY status";
/// 287.925 exactly: rounds to 287.93 at two decimals, stays 287.9250 at four.
const AVERAGE_PRICE: &str = "SELECT AVG(list_price) FROM products";

/// One golden question, the model's answer to it, and the status it must get.
struct Case {
    id: &'static str,
    question: &'static str,
    gold: &'static str,
    reply: &'static str,
    status: &'static str,
}

const CASES: &[Case] = &[
    Case {
        id: "same-rows-same-order",
        question: "How many orders are there in each status?",
        gold: ORDERS_BY_STATUS,
        reply: "SELECT status, count(*) AS orders FROM orders GROUP BY status ORDER BY status",
        status: "right",
    },
    Case {
        id: "order-does-not-matter",
        question: "Orders per status, in any order",
        gold: "SELECT status, count(*) FROM orders GROUP BY status",
        reply: "SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY n DESC",
        status: "right",
    },
    Case {
        id: "order-matters",
        question: "Orders per status, alphabetically",
        gold: ORDERS_BY_STATUS,
        reply: "SELECT status, count(*) FROM orders GROUP BY status ORDER BY status DESC",
        status: "wrong",
    },
    Case {
        id: "other-rows",
        question: "How many web orders were placed?",
        gold: "SELECT count(*) FROM orders WHERE channel = 'web'",
        reply: "SELECT count(*) FROM orders WHERE channel = 'store'",
        status: "wrong",
    },
    Case {
        id: "rounded-to-the-gold",
        question: "Average list price to the cent",
        gold: "SELECT ROUND(AVG(list_price), 2) FROM products",
        reply: AVERAGE_PRICE,
        status: "right",
    },
    Case {
        id: "less-precise-than-the-gold",
        question: "Average list price to four decimals",
        gold: "SELECT ROUND(AVG(list_price), 4) FROM products",
        reply: "SELECT ROUND(AVG(list_price), 2) FROM products",
        status: "wrong",
    },
    Case {
        id: "refusal",
        question: "What will the weather be tomorrow?",
        gold: "SELECT 1",
        reply: "-- cannot answer: the warehouse holds no weather data",
        status: "refused",
    },
    Case {
        id: "llm-error",
        question: "Which customers signed up first?",
        gold: "SELECT customer_name FROM customers ORDER BY signup_date, customer_id LIMIT 1",
        reply: "",
        status: "error",
    },
    Case {
        id: "gold-fails",
        question: "How many orders are there?",
        gold: "SELECT no_such_column FROM orders",
        reply: "SELECT count(*) FROM orders",
        status: "error",
    },
    Case {
        id: "answer-fails",
        question: "Orders divided by zero",
        gold: "SELECT count(*) FROM orders",
        reply: "SELECT count(*) / (count(*) - count(*)) FROM orders",
        status: "error",
    },
];

fn golden_yaml(cases: &[Case]) -> String {
    let entries: Vec<Value> = cases
        .iter()
        .map(|c| serde_json::json!({"id": c.id, "question": c.question, "sql": c.gold}))
        .collect();
    // JSON is YAML.
    serde_json::to_string_pretty(&entries).unwrap()
}

/// The scripted model answers each case's question, whatever order they arrive in.
fn scripted_llm() -> FakeLlm {
    let llm = FakeLlm::start();
    llm.respond_with(|request| {
        match CASES
            .iter()
            .find(|c| Some(c.question) == asked_question(request))
        {
            // A client error: a 5xx would be retried with backoff first.
            Some(case) if case.id == "llm-error" => Reply::Status(
                400,
                r#"{"error":{"message":"maximum context length exceeded"}}"#.into(),
            ),
            Some(case) => Reply::Content(format!("```sql\n{}\n```", case.reply)),
            None => Reply::Status(400, r#"{"error":{"message":"unexpected question"}}"#.into()),
        }
    });
    llm
}

/// A config file pointing at the warehouse with the demo corpus, and the LLM when given.
fn write_config(dir: &Path, llm: Option<&FakeLlm>) -> PathBuf {
    let config = ask_config(&dir.join("embeddings"));
    let mut text = format!(
        "[upstream]\nurl = {:?}\n\n[corpus]\ndir = {:?}\n\n[embeddings]\ncache_dir = {:?}\n",
        config.upstream.url.expose(),
        config.corpus.dir,
        config.embeddings.cache_dir,
    );
    if let Some(llm) = llm {
        text.push_str(&format!(
            "\n[llm]\nbase_url = {:?}\nmodel = \"test-model\"\napi_key = \"sk-test\"\ntimeout = \"10s\"\nmax_repairs = 0\nprompt_price_per_million = 2.0\ncompletion_price_per_million = 10.0\n",
            llm.base_url()
        ));
        // The scripted model answers every question: the intent engine does not route
        // around it.
        text.push_str("\n[ask]\nroute = \"llm\"\n");
    }
    let path = dir.join("askpg.toml");
    std::fs::write(&path, text).unwrap();
    path
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

/// `askpg eval ARGS` with no `ASKPG_*` variables from the test's environment.
async fn eval(args: &[&str]) -> Run {
    let mut command = common::offline::eval_command();
    command.args(args);
    let output = tokio::time::timeout(Duration::from_secs(300), command.output())
        .await
        .expect("askpg eval finishes")
        .expect("askpg eval starts");
    Run {
        code: output.status.code().expect("exit code"),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `askpg eval GOLDEN --config CONFIG MORE…` (`more` split at whitespace).
async fn eval_with(golden: &Path, config: &Path, more: &str) -> Run {
    let (golden, config) = (golden.to_str().unwrap(), config.to_str().unwrap());
    let args: Vec<&str> = [golden, "--config", config]
        .into_iter()
        .chain(more.split_whitespace())
        .collect();
    eval(&args).await
}

#[track_caller]
fn assert_says(output: &str, expected: &str) {
    assert!(
        output.contains(expected),
        "expected {expected:?} in:\n{output}"
    );
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scripted_answers_get_exact_counts_statuses_and_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let llm = scripted_llm();
    let config = write_config(dir.path(), Some(&llm));
    let golden = dir.path().join("golden.yaml");
    std::fs::write(&golden, golden_yaml(CASES)).unwrap();

    let run = eval_with(
        &golden,
        &config,
        "--format json --concurrency 3 --min-accuracy 30",
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let document = run.json();
    assert_eq!(keys(&document), set(&["run", "summary", "questions"]));
    let summary = &document["summary"];
    assert_eq!(
        keys(summary),
        set(&[
            "total",
            "right",
            "wrong",
            "refused",
            "errors",
            "accuracy",
            "precision",
            "latency_ms_p50",
            "latency_ms_p95",
            "prompt_tokens",
            "completion_tokens",
            "cost_estimate",
        ])
    );
    let counts: Vec<u64> = ["total", "right", "wrong", "refused", "errors"]
        .iter()
        .map(|k| summary[k].as_u64().unwrap())
        .collect();
    assert_eq!(counts, [10, 3, 3, 1, 3], "{summary}");
    assert_eq!(summary["accuracy"], 0.3);
    assert_eq!(summary["precision"], 0.5);
    let (p50, p95) = (
        summary["latency_ms_p50"].as_f64().unwrap(),
        summary["latency_ms_p95"].as_f64().unwrap(),
    );
    assert!(0.0 < p50 && p50 <= p95, "{summary}");

    // Tokens are what the model reported for every SQL it wrote: not for the HTTP 400, and
    // not for the refusal, whose tokens the pipeline does not report.
    let requests = llm.chat_requests();
    assert_eq!(
        requests.len(),
        CASES.len(),
        "one request per question, no repairs"
    );
    let (mut prompt_tokens, mut completion_tokens) = (0, 0);
    for request in &requests {
        let asked = asked_question(request);
        let case = CASES.iter().find(|c| Some(c.question) == asked).unwrap();
        if !["llm-error", "refusal"].contains(&case.id) {
            let chars: usize = request["messages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["content"].as_str().unwrap().len())
                .sum();
            prompt_tokens += chars as u64 / 4;
            completion_tokens += format!("```sql\n{}\n```", case.reply).len() as u64 / 4;
        }
    }
    assert_eq!(summary["prompt_tokens"].as_u64(), Some(prompt_tokens));
    assert_eq!(
        summary["completion_tokens"].as_u64(),
        Some(completion_tokens)
    );
    let cost = (prompt_tokens as f64 * 2.0 + completion_tokens as f64 * 10.0) / 1e6;
    assert!(
        (summary["cost_estimate"].as_f64().unwrap() - cost).abs() < 1e-6,
        "{summary} vs {cost}"
    );

    let questions = document["questions"].as_array().unwrap();
    assert_eq!(questions.len(), CASES.len());
    for (question, case) in questions.iter().zip(CASES) {
        assert_eq!(
            keys(question),
            set(&[
                "id",
                "question",
                "status",
                "sql",
                "gold_sql",
                "repairs",
                "cache",
                "latency_ms",
                "prompt_tokens",
                "completion_tokens",
                "tags",
                "order_matters",
                "detail",
            ])
        );
        assert_eq!(question["id"], case.id);
        assert_eq!(question["question"], case.question);
        assert_eq!(question["gold_sql"], case.gold);
        assert_eq!(question["status"], case.status, "{question:#}");
        assert_eq!(question["cache"], "off");
        assert_eq!(question["repairs"], 0);
        assert!(question["latency_ms"].as_f64().unwrap() > 0.0);
        match case.status {
            "right" => assert!(question["detail"].is_null(), "{question:#}"),
            _ => assert!(question["detail"].is_string(), "{question:#}"),
        }
        match case.id {
            "refusal" | "llm-error" => assert!(question["sql"].is_null(), "{question:#}"),
            _ => assert!(
                question["sql"].as_str().unwrap().starts_with(case.reply),
                "{question:#}"
            ),
        }
    }
    let detail = |id: &str| {
        let i = CASES.iter().position(|c| c.id == id).unwrap();
        questions[i]["detail"].as_str().unwrap().to_owned()
    };
    assert_eq!(detail("order-matters"), "the same rows in another order");
    assert_eq!(
        detail("less-precise-than-the-gold"),
        "the answer lacks the gold row (287.9250) and has (287.93) instead"
    );
    for (id, start) in [
        ("other-rows", "the answer lacks the gold row ("),
        (
            "refusal",
            "the language model cannot answer this question: the warehouse holds no weather data",
        ),
        ("llm-error", "llm_error: "),
        ("gold-fails", "the gold SQL failed: 42703"),
        ("answer-fails", "the generated SQL failed: 22012"),
    ] {
        assert!(detail(id).starts_with(start), "{id}: {}", detail(id));
    }
    assert_eq!(questions[0]["order_matters"], true);
    assert_eq!(questions[1]["order_matters"], false);
    assert_eq!(document["run"]["generator"], "openai");
    assert_eq!(document["run"]["model"], "test-model");
    assert_eq!(document["run"]["cache"], false);

    // The text form on stdout, the same JSON in the report, and exit 1 below the minimum.
    let report = dir.path().join("report.json");
    let run = eval_with(
        &golden,
        &config,
        &format!("--report {} --min-accuracy 30.5", report.display()),
    )
    .await;
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_says(
        &run.stdout,
        "10 questions: right 3, wrong 3, refused 1, error 3",
    );
    assert_says(&run.stdout, "accuracy 30.0 %");
    for case in CASES {
        let row = run
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("{} ", case.id)));
        let row = row.unwrap_or_else(|| panic!("no row for {}:\n{}", case.id, run.stdout));
        assert_eq!(row.split_whitespace().nth(1), Some(case.status), "{row}");
    }
    // Plain progress lines when stderr is not a terminal.
    assert_says(&run.stderr, "[10/10] ");
    let reported: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(reported["summary"]["right"], 3);
    let statuses: Vec<&str> = reported["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, CASES.iter().map(|c| c.status).collect::<Vec<_>>());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_golden_files_and_configuration_exit_2_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let llm = scripted_llm();
    let config = write_config(dir.path(), Some(&llm));
    let config = config.to_str().unwrap();
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };

    let bad_files: [(&str, &str, &[&str]); 3] = [
        (
            "syntax.yaml",
            "- id: a\n  question: [unclosed\n",
            &["syntax.yaml:\n  - did not find expected ',' or ']' at line 3 column 1"],
        ),
        (
            "fields.yaml",
            "- {id: counted, question: How many orders?, sql: SELECT count(*) FROM orders}\n\
             - {id: counted, question: How many again?, sql: SELECT count(*) FROM orders}\n\
             - {id: no-gold, question: How many customers?}\n",
            &[
                "  - counted: duplicate id (entries 1 and 2)",
                "  - no-gold: missing field `sql`",
            ],
        ),
        (
            "refused.yaml",
            "- {id: fine, question: How many orders?, sql: SELECT count(*) FROM orders}\n\
             - {id: locks, question: Lock the orders, sql: SELECT * FROM orders FOR UPDATE}\n\
             - {id: sequence, question: Next id, sql: \"SELECT nextval('order_ids')\"}\n",
            &[
                "  - locks: the guard refuses the gold SQL",
                "  - sequence: the guard refuses the gold SQL",
            ],
        ),
    ];
    for (name, yaml, problems) in bad_files {
        let run = eval(&[&file(name, yaml), "--config", config]).await;
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert_eq!(run.stdout, "");
        for problem in problems {
            assert_says(&run.stderr, problem);
        }
        // Each problem once, and only those.
        let listed = run.stderr.lines().filter(|l| l.starts_with("  - ")).count();
        assert_eq!(listed, problems.len(), "{}", run.stderr);
    }

    let good = file(
        "good.yaml",
        "- {id: a, question: How many orders?, sql: SELECT 1}\n",
    );
    let missing = dir.path().join("missing.toml");
    let run = eval(&[&good, "--config", missing.to_str().unwrap()]).await;
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_says(&run.stderr, "missing.toml");
    let run = eval(&[&good, "--upstream", "not a url at all"]).await;
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = eval(&[&good, "--config", config, "--min-accuracy", "150"]).await;
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = eval(&[&good, "--config", config, "--format", "xml"]).await;
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = eval(&["--config", config]).await;
    assert_eq!(run.code, 2, "{}", run.stderr);

    assert!(llm.chat_requests().is_empty(), "no question was asked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cache_is_consulted_only_with_the_flag() {
    // A corpus example word for word: the cache holds it from the start.
    const EXAMPLE: &str = "SELECT ROUND(SUM(ol.net_amount), 2) AS revenue
FROM orders o
JOIN order_lines ol ON ol.order_id = o.order_id
WHERE o.status = 'completed'
  AND EXTRACT(YEAR FROM o.order_date) = 2024";
    let dir = tempfile::tempdir().unwrap();
    let llm = FakeLlm::start();
    llm.respond_with(|_| Reply::Content(format!("```sql\n{EXAMPLE}\n```")));
    let config = write_config(dir.path(), Some(&llm));
    let golden = dir.path().join("golden.yaml");
    let entry = serde_json::json!([{"id": "revenue-2024", "question": "What was our total revenue in 2024?", "sql": EXAMPLE}]);
    std::fs::write(&golden, entry.to_string()).unwrap();

    let run = eval_with(&golden, &config, "--format json").await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let question = &run.json()["questions"][0];
    assert_eq!(
        (&question["status"], &question["cache"]),
        (&"right".into(), &"off".into())
    );
    assert_eq!(llm.chat_requests().len(), 1);

    let run = eval_with(&golden, &config, "--format json --cache").await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let document = run.json();
    let question = &document["questions"][0];
    assert_eq!(
        (&question["status"], &question["cache"]),
        (&"right".into(), &"hit:exact".into())
    );
    assert_eq!(document["run"]["cache"], true);
    assert_eq!(llm.chat_requests().len(), 1, "a cache hit asks no model");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_golden_set_runs_with_the_built_in_generator() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), None);
    let golden = common::repo_path("corpus/demo/golden.yaml");
    let run = eval_with(&golden, &config, "--format json").await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let document = run.json();
    let summary = &document["summary"];
    eprintln!("demo golden set, built-in generator: {summary}");
    assert!(summary["total"].as_u64().unwrap() >= 40, "{summary}");
    // Every gold SQL runs on the warehouse.
    assert_eq!(summary["errors"], 0, "{:#}", document["questions"]);
    assert!(summary["refused"].as_u64().unwrap() > 0, "{summary}");
    // A question of the corpus examples, word for word, gets the example's rows.
    for question in document["questions"].as_array().unwrap() {
        if question["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "easy")
        {
            assert_eq!(question["status"], "right", "{question:#}");
        }
    }
    assert_eq!(document["run"]["generator"], "builtin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_golden_set_answered_with_its_own_gold_sql_is_all_right() {
    let golden = common::repo_path("corpus/demo/golden.yaml");
    let entries = askpg::eval::golden::parse(&std::fs::read_to_string(&golden).unwrap()).unwrap();
    let llm = FakeLlm::start();
    llm.respond_with(move |request| {
        let asked = asked_question(request);
        match entries.iter().find(|e| Some(e.question.as_str()) == asked) {
            Some(entry) => Reply::Content(format!("```sql\n{}\n```", entry.sql)),
            None => Reply::Status(400, r#"{"error":{"message":"unexpected question"}}"#.into()),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), Some(&llm));
    let run = eval_with(
        &golden,
        &config,
        "--format json --concurrency 4 --min-accuracy 100",
    )
    .await;
    let document = run.json();
    let not_right: Vec<&Value> = document["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["status"] != "right")
        .collect();
    assert!(not_right.is_empty(), "{not_right:#?}");
    assert_eq!(run.code, 0, "{}", run.stderr);
}
