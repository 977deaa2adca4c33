//! ASK end to end: a real PostgreSQL holding the demo warehouse, askpg in-process, and a
//! real HTTP server speaking the OpenAI API with scripted answers (tests/common/fake_llm.rs).
//! Every result is checked against the rows PostgreSQL returns for the expected SQL.

mod common;

use std::time::Duration;

use askpg::config::{Config, Route};
use common::ask::{ask_config, text_rows, warehouse_superuser, TOP_CUSTOMERS, WAREHOUSE};
use common::fake_llm::{FakeLlm, Reply};
use common::{Proxy, CLIENT_PASSWORD, CLIENT_USER};

const ORDERS_BY_STATUS: &str =
    "SELECT status, count(*) AS orders FROM orders GROUP BY status ORDER BY status";

/// askpg on the warehouse with the fake LLM as its generator (when given).
async fn proxy(
    llm: Option<&FakeLlm>,
    tweak: impl FnOnce(&mut Config),
) -> (Proxy, tempfile::TempDir) {
    let cache = tempfile::tempdir().unwrap();
    let mut config = ask_config(cache.path());
    if let Some(llm) = llm {
        config.llm.base_url = llm.base_url();
        config.llm.model = "test-model".into();
        config.llm.api_key = askpg::config::Secret::new("sk-test-key-123");
    }
    config.llm.timeout = Duration::from_secs(10);
    tweak(&mut config);
    (Proxy::start(config).await, cache)
}

async fn connect(proxy: &Proxy) -> tokio_postgres::Client {
    connect_with_handle(proxy).await.0
}

/// A client and the task driving its connection (aborting it closes the socket).
async fn connect_with_handle(
    proxy: &Proxy,
) -> (
    tokio_postgres::Client,
    tokio::task::JoinHandle<Result<(), tokio_postgres::Error>>,
) {
    let conninfo = format!(
        "host=127.0.0.1 port={} user={CLIENT_USER} password={CLIENT_PASSWORD} dbname={WAREHOUSE} sslmode=disable application_name=ask-tests",
        proxy.port()
    );
    let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
        .await
        .expect("connect through askpg");
    (client, tokio::spawn(conn))
}

/// The rows PostgreSQL itself returns for `sql`.
async fn expected(sql: &str) -> Vec<Vec<Option<String>>> {
    let db = warehouse_superuser().await;
    text_rows(&db.simple_query(sql).await.unwrap())
}

async fn ask(client: &tokio_postgres::Client, statement: &str) -> Vec<Vec<Option<String>>> {
    match client.simple_query(statement).await {
        Ok(messages) => text_rows(&messages),
        Err(err) => panic!("{statement}: {}", describe(&err)),
    }
}

fn describe(err: &tokio_postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!(
            "{} {} (detail: {:?}, hint: {:?})",
            db.code().code(),
            db.message(),
            db.detail(),
            db.hint()
        ),
        None => err.to_string(),
    }
}

fn db_error(err: tokio_postgres::Error) -> tokio_postgres::error::DbError {
    err.as_db_error()
        .cloned()
        .unwrap_or_else(|| panic!("expected a server error, got {err}"))
}

/// Answers every chat request with the SQL for the question's keywords.
fn answer_by_question(llm: &FakeLlm) {
    llm.respond_with(|request| {
        let user = request["messages"][1]["content"]
            .as_str()
            .unwrap_or_default();
        let question = user
            .split("### Question\n")
            .nth(1)
            .unwrap_or_default()
            .lines()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let sql = if question.contains("status") {
            ORDERS_BY_STATUS
        } else {
            TOP_CUSTOMERS
        };
        Reply::Content(format!("Sure, here it is:\n```sql\n{sql}\n```"))
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_statement_form_answers_in_the_simple_protocol() {
    let llm = FakeLlm::start();
    answer_by_question(&llm);
    let (proxy, _cache) = proxy(Some(&llm), |_| {}).await;
    let client = connect(&proxy).await;
    let top = expected(TOP_CUSTOMERS).await;
    assert_eq!(top.len(), 5);
    for statement in [
        "ASK 'top 5 customers by revenue'",
        "ask E'top 5 customers by revenue\\n' ;",
        "ASK $$top 5 customers' revenue$$",
        "ASK $q$top 5 customers by revenue$q$;",
        "-- ask: top 5 customers by revenue",
        "-- Metabase:: userID: 1 queryType: native queryHash: 3f2a\n-- ask: top 5 customers by revenue\n",
        "/* ask: top 5 customers by revenue */",
    ] {
        assert_eq!(ask(&client, statement).await, top, "{statement}");
    }
    assert_eq!(
        ask(&client, "ASK 'orders by status'").await,
        expected(ORDERS_BY_STATUS).await
    );
    // The prompt carries the question, the PostgreSQL dialect and the retrieved schema.
    let prompt = llm.prompt(0);
    assert!(prompt.contains("top 5 customers by revenue"), "{prompt}");
    assert!(prompt.contains("PostgreSQL"), "{prompt}");
    assert!(prompt.contains("customers"), "{prompt}");
    assert!(llm
        .authorizations()
        .iter()
        .all(|a| a == "Bearer sk-test-key-123"));
    // Ordinary SQL on the same session is relayed as usual.
    assert_eq!(ask(&client, "SELECT 1").await, vec![vec![Some("1".into())]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_extended_protocol_describes_with_postgres_row_description() {
    let llm = FakeLlm::start();
    answer_by_question(&llm);
    let (proxy, _cache) = proxy(Some(&llm), |_| {}).await;
    let client = connect(&proxy).await;
    let statement = client
        .prepare("ASK 'top 5 customers by revenue'")
        .await
        .unwrap_or_else(|e| panic!("{}", describe(&e)));
    let direct = warehouse_superuser().await;
    let expected_statement = direct.prepare(TOP_CUSTOMERS).await.unwrap();
    let describe_columns = |s: &tokio_postgres::Statement| -> Vec<(String, u32)> {
        s.columns()
            .iter()
            .map(|c| (c.name().to_owned(), c.type_().oid()))
            .collect()
    };
    assert_eq!(
        describe_columns(&statement),
        describe_columns(&expected_statement)
    );
    let rows = client.query(&statement, &[]).await.unwrap();
    let expected_rows = direct.query(&expected_statement, &[]).await.unwrap();
    let names =
        |rows: &[tokio_postgres::Row]| -> Vec<String> { rows.iter().map(|r| r.get(0)).collect() };
    assert_eq!(names(&rows), names(&expected_rows));
    // Binary results through the rewritten Parse.
    let rows = client.query("-- ask: orders by status", &[]).await.unwrap();
    let counts: Vec<i64> = rows.iter().map(|r| r.get(1)).collect();
    assert_eq!(counts.len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn explain_ask_reports_sql_sources_and_timings_without_running() {
    let llm = FakeLlm::start();
    answer_by_question(&llm);
    let (proxy, _cache) = proxy(Some(&llm), |_| {}).await;
    let client = connect(&proxy).await;
    let lines: Vec<String> = ask(&client, "EXPLAIN ASK 'top 5 customers by revenue'")
        .await
        .into_iter()
        .map(|r| r[0].clone().unwrap())
        .collect();
    let text = lines.join("\n");
    assert_eq!(lines[0], "ASK: top 5 customers by revenue");
    assert!(text.contains("SQL:\n  SELECT c.customer_name"), "{text}");
    assert!(
        text.contains("Generator: openai (model test-model)"),
        "{text}"
    );
    assert!(text.contains("table:public.customers"), "{text}");
    // Why each table is there: the signal that chose it.
    assert!(
        text.contains("Why these tables:\n") && text.contains("\n  public.customers: table name"),
        "{text}"
    );
    // Stages in pipeline order: the cache lookup (a miss here) comes first.
    assert!(text.contains("Timings: cache "), "{text}");
    assert!(text.contains(", retrieval "), "{text}");
    assert!(text.contains("Cache: miss"), "{text}");
    let json = ask(
        &client,
        "EXPLAIN (FORMAT JSON) ASK 'top 5 customers by revenue'",
    )
    .await;
    let report: serde_json::Value = serde_json::from_str(json[0][0].as_deref().unwrap()).unwrap();
    let report = &report[0];
    assert!(
        report["sql"].as_str().unwrap().contains("LIMIT 5"),
        "{report}"
    );
    assert!(report["prompt_tokens"].as_u64().unwrap() > 0, "{report}");
    assert!(
        !report["sources"].as_array().unwrap().is_empty(),
        "{report}"
    );
    assert!(report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "public.customers"));
    assert!(report["why"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["table"] == "public.customers" && !t["why"].as_str().unwrap().is_empty()));
    assert!(report["timings_ms"]["total"].as_f64().unwrap() > 0.0);
    // The column is named like PostgreSQL's own EXPLAIN output.
    let statement = client
        .prepare("EXPLAIN ASK 'top 5 customers'")
        .await
        .unwrap();
    assert_eq!(statement.columns()[0].name(), "QUERY PLAN");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_mixed_with_other_statements_is_refused() {
    let (proxy, _cache) = proxy(None, |_| {}).await;
    let client = connect(&proxy).await;
    for statement in ["SELECT 1; ASK 'x'", "ASK 'x'; SELECT 1"] {
        let err = db_error(client.simple_query(statement).await.unwrap_err());
        assert_eq!(err.code().code(), "0A000", "{statement}");
        assert!(err.hint().unwrap().contains("on its own"));
    }
    // The session goes on.
    assert_eq!(ask(&client, "SELECT 2").await, vec![vec![Some("2".into())]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_repair_loop_fixes_a_wrong_column_and_a_disallowed_function() {
    let llm = FakeLlm::start();
    llm.script_sql(&[
        "SELECT customer_nme FROM customers ORDER BY customer_id LIMIT 3",
        "SELECT customer_name FROM customers ORDER BY customer_id LIMIT 3",
        "SELECT version(), customer_name FROM customers ORDER BY customer_id LIMIT 3",
        "SELECT customer_name FROM customers ORDER BY customer_id LIMIT 3",
    ]);
    let (proxy, _cache) = proxy(Some(&llm), |_| {}).await;
    let client = connect(&proxy).await;
    let gold = expected("SELECT customer_name FROM customers ORDER BY customer_id LIMIT 3").await;
    assert_eq!(ask(&client, "ASK 'first three customers'").await, gold);
    let repair = llm.prompt(1);
    assert!(repair.contains("customer_nme"), "{repair}");
    assert!(repair.contains("does not exist"), "{repair}");
    assert_eq!(
        ask(&client, "ASK 'first three customers again'").await,
        gold
    );
    let repair = llm.prompt(3);
    assert!(repair.contains("version() is not allowed"), "{repair}");
    assert_eq!(llm.chat_requests().len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sql_that_never_becomes_valid_ends_in_the_documented_error() {
    let llm = FakeLlm::start();
    llm.respond_with(|_| Reply::Content("```sql\nSELECT no_such_column FROM orders\n```".into()));
    let (proxy, _cache) = proxy(Some(&llm), |c| c.llm.max_repairs = 2).await;
    let client = connect(&proxy).await;
    let err = db_error(client.simple_query("ASK 'broken'").await.unwrap_err());
    assert_eq!(err.code().code(), "42703");
    assert!(
        err.message().contains("could not produce valid SQL"),
        "{}",
        err.message()
    );
    let detail = err.detail().unwrap();
    assert!(
        detail.contains("SELECT no_such_column FROM orders"),
        "{detail}"
    );
    assert!(detail.contains("does not exist"), "{detail}");
    assert!(err.hint().unwrap().contains("Rephrase"));
    assert_eq!(llm.chat_requests().len(), 3, "one attempt and two repairs");
    // In a transaction block the error aborts it, as any failed statement does.
    client.simple_query("BEGIN").await.unwrap();
    assert!(client.simple_query("ASK 'broken'").await.is_err());
    let err = db_error(client.simple_query("SELECT 1").await.unwrap_err());
    assert_eq!(err.code().code(), "25P02");
    client.simple_query("ROLLBACK").await.unwrap();
    assert_eq!(ask(&client, "SELECT 3").await, vec![vec![Some("3".into())]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn llm_errors_timeouts_and_malformed_answers_are_clear_errors() {
    let llm = FakeLlm::start();
    let (proxy, _cache) = proxy(Some(&llm), |c| {
        c.llm.timeout = Duration::from_millis(800);
        c.llm.max_repairs = 1;
    })
    .await;
    let client = connect(&proxy).await;

    llm.script([Reply::Status(500, r#"{"error":{"message":"model overloaded","type":"server_error","param":null,"code":null}}"#.into())]);
    let err = db_error(client.simple_query("ASK 'q1'").await.unwrap_err());
    assert_eq!(err.code().code(), "58000");
    assert!(err.message().contains("500"), "{}", err.message());
    assert!(
        !err.message().contains("sk-test-key"),
        "no secrets in errors"
    );

    llm.script([Reply::Malformed("{\"unexpected\": true}".into())]);
    let err = db_error(client.simple_query("ASK 'q2'").await.unwrap_err());
    assert_eq!(err.code().code(), "58000");
    assert!(
        err.message().contains("not a valid chat completion"),
        "{}",
        err.message()
    );

    llm.script([Reply::Delay(
        Duration::from_secs(5),
        Box::new(Reply::Content("SELECT 1".into())),
    )]);
    let started = std::time::Instant::now();
    let err = db_error(client.simple_query("ASK 'q3'").await.unwrap_err());
    assert_eq!(err.code().code(), "58000");
    assert!(
        err.message().contains("did not answer"),
        "{}",
        err.message()
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "bounded by llm.timeout"
    );

    // Prose without SQL, twice: the second try is a repair, then the documented error.
    llm.script([
        Reply::Content("I am not sure what you mean.".into()),
        Reply::Content("Still no idea.".into()),
    ]);
    let err = db_error(client.simple_query("ASK 'q4'").await.unwrap_err());
    assert_eq!(err.code().code(), "42601");
    assert!(
        err.detail().unwrap().contains("no SQL"),
        "{:?}",
        err.detail()
    );

    // The session is fine afterwards.
    assert_eq!(ask(&client, "SELECT 4").await, vec![vec![Some("4".into())]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ask_deadline_ends_a_slow_question_with_57014() {
    let llm = FakeLlm::start();
    llm.script([Reply::Delay(
        Duration::from_secs(8),
        Box::new(Reply::Content("SELECT 1".into())),
    )]);
    let (proxy, _cache) = proxy(Some(&llm), |c| {
        c.ask.deadline = Duration::from_millis(700);
    })
    .await;
    let client = connect(&proxy).await;
    let err = db_error(client.simple_query("ASK 'slow'").await.unwrap_err());
    assert_eq!(err.code().code(), "57014");
    assert!(err.message().contains("deadline"), "{}", err.message());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_stops_an_ask_while_other_sessions_run() {
    let llm = FakeLlm::start();
    llm.script([Reply::Delay(
        Duration::from_secs(30),
        Box::new(Reply::Content("SELECT 1".into())),
    )]);
    let (proxy, _cache) = proxy(Some(&llm), |c| c.llm.timeout = Duration::from_secs(60)).await;
    let client = connect(&proxy).await;
    let token = client.cancel_token();
    let pending = tokio::spawn(async move {
        let result = client.simple_query("ASK 'slow question'").await;
        (result.map(|_| ()).map_err(db_error), client)
    });
    // Wait until the question reached the LLM.
    tokio::time::timeout(Duration::from_secs(30), async {
        while llm.chat_requests().is_empty() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the question reaches the LLM");
    // Another session's SQL is not held up by the pending question.
    let other = connect(&proxy).await;
    assert_eq!(ask(&other, "SELECT 5").await, vec![vec![Some("5".into())]]);
    assert!(
        !pending.is_finished(),
        "the question is still being answered"
    );
    token.cancel_query(tokio_postgres::NoTls).await.unwrap();
    let (result, client) = tokio::time::timeout(Duration::from_secs(10), pending)
        .await
        .expect("the cancel ends the ASK")
        .unwrap();
    let err = result.unwrap_err();
    assert_eq!(err.code().code(), "57014");
    assert!(err.message().contains("user request"), "{}", err.message());
    assert_eq!(ask(&client, "SELECT 6").await, vec![vec![Some("6".into())]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statements_sent_while_a_question_is_answered_run_after_it_in_order() {
    let llm = FakeLlm::start();
    llm.script([Reply::Delay(
        Duration::from_millis(800),
        Box::new(Reply::Content("SELECT 41 AS answer".into())),
    )]);
    let (proxy, _cache) = proxy(Some(&llm), |_| {}).await;
    let client = connect(&proxy).await;
    // tokio-postgres pipelines: the SELECTs reach askpg while the question is answered.
    let question = client.simple_query("ASK 'the answer'");
    let later = async {
        while llm.chat_requests().is_empty() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        tokio::join!(
            client.simple_query("SELECT 42"),
            client.simple_query("SELECT 43")
        )
    };
    let (asked, (first, second)) = tokio::time::timeout(Duration::from_secs(30), async {
        tokio::join!(question, later)
    })
    .await
    .expect("every statement is answered");
    assert_eq!(text_rows(&asked.unwrap()), vec![vec![Some("41".into())]]);
    assert_eq!(text_rows(&first.unwrap()), vec![vec![Some("42".into())]]);
    assert_eq!(text_rows(&second.unwrap()), vec![vec![Some("43".into())]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_hangs_up_stops_its_ask() {
    let llm = FakeLlm::start();
    llm.script([Reply::Delay(
        Duration::from_secs(30),
        Box::new(Reply::Content("SELECT 1".into())),
    )]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.jsonl");
    let audit_path = path.display().to_string();
    let (proxy, _cache) = proxy(Some(&llm), move |c| {
        c.llm.timeout = Duration::from_secs(60);
        c.ask.deadline = Duration::from_secs(60);
        c.audit.path = audit_path;
    })
    .await;
    let (client, connection) = connect_with_handle(&proxy).await;
    let pending = tokio::spawn(async move { client.simple_query("ASK 'slow question'").await });
    while llm.chat_requests().is_empty() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The client goes away mid-question: its socket closes without a Terminate.
    connection.abort();
    let _ = connection.await;
    let _ = pending.await;
    // askpg stops the question (its audit line is written) long before the model's
    // 30-second answer would have arrived.
    let hung_up_at = std::time::Instant::now();
    let line = loop {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if let Some(line) = text.lines().next() {
            break serde_json::from_str::<serde_json::Value>(line).unwrap();
        }
        assert!(
            hung_up_at.elapsed() < Duration::from_secs(10),
            "no audit line 10 s after the client hung up"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(line["question"], "slow question");
    assert_eq!(line["outcome"], "client_gone");
    assert!(line["sql"].is_null(), "{line}");
    assert_eq!(
        llm.chat_requests().len(),
        1,
        "no retry for a client that left"
    );
    // The server goes on serving.
    let other = connect(&proxy).await;
    assert_eq!(ask(&other, "SELECT 7").await, vec![vec![Some("7".into())]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prompts_never_carry_result_rows_or_sensitive_values() {
    let llm = FakeLlm::start();
    answer_by_question(&llm);
    let (proxy, _cache) = proxy(Some(&llm), |c| {
        c.corpus.sensitive_columns = vec!["customers.email".into(), "*.owner_email".into()];
    })
    .await;
    let client = connect(&proxy).await;
    // Results seen by this session before asking (passthrough and an earlier ASK).
    let mut seen: Vec<String> = ask(
        &client,
        "SELECT customer_name, email FROM customers ORDER BY customer_id LIMIT 20",
    )
    .await
    .into_iter()
    .flatten()
    .flatten()
    .collect();
    seen.extend(
        ask(&client, "ASK 'top 5 customers by revenue'")
            .await
            .into_iter()
            .flatten()
            .flatten(),
    );
    ask(&client, "ASK 'and now by status'").await;
    let emails: Vec<String> =
        expected("SELECT email FROM customers UNION ALL SELECT owner_email FROM teams")
            .await
            .into_iter()
            .flatten()
            .flatten()
            .collect();
    for i in 0..llm.chat_requests().len() {
        let prompt = llm.prompt(i);
        for value in seen.iter().chain(&emails) {
            assert!(
                !prompt.contains(value.as_str()),
                "prompt {i} carries {value:?}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_up_questions_see_the_session_history() {
    let llm = FakeLlm::start();
    llm.script_sql(&[
        "SELECT count(*) AS orders FROM orders WHERE EXTRACT(YEAR FROM order_date) = 2024",
        "SELECT count(*) AS orders FROM orders WHERE EXTRACT(YEAR FROM order_date) = 2023",
    ]);
    let (proxy, _cache) = proxy(Some(&llm), |_| {}).await;
    let client = connect(&proxy).await;
    ask(&client, "ASK 'how many orders in 2024?'").await;
    let rows = ask(&client, "ASK 'what about 2023?'").await;
    assert_eq!(
        rows,
        expected("SELECT count(*) FROM orders WHERE EXTRACT(YEAR FROM order_date) = 2023").await
    );
    let follow_up = llm.prompt(1);
    assert!(
        follow_up.contains("how many orders in 2024?"),
        "{follow_up}"
    );
    assert!(
        follow_up.contains("EXTRACT(YEAR FROM order_date) = 2024"),
        "{follow_up}"
    );
    // Another session has its own history.
    let other = connect(&proxy).await;
    llm.script_sql(&["SELECT 1 AS one FROM orders LIMIT 1"]);
    ask(&other, "ASK 'what about 2022?'").await;
    assert!(!llm.prompt(2).contains("how many orders in 2024?"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audit_log_has_one_line_per_question_without_data_or_secrets() {
    let llm = FakeLlm::start();
    answer_by_question(&llm);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.jsonl");
    let audit_path = path.display().to_string();
    let (proxy, _cache) = proxy(Some(&llm), move |c| c.audit.path = audit_path).await;
    let client = connect(&proxy).await;
    let rows = ask(&client, "ASK 'top 5 customers by revenue'").await;
    // A 5xx is retried three times (with backoff, within llm.timeout) before it fails.
    llm.script(vec![Reply::Status(500, "{}".into()); 4]);
    let _ = client.simple_query("ASK 'will fail'").await;
    ask(&client, "EXPLAIN ASK 'orders by status'").await;
    drop(client);
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{text}");
    let ok = &lines[0];
    assert_eq!(ok["user"], CLIENT_USER);
    assert_eq!(ok["application_name"], "ask-tests");
    assert_eq!(ok["question"], "top 5 customers by revenue");
    assert_eq!(ok["outcome"], "ok");
    assert_eq!(ok["rows"], 5);
    assert!(ok["sql"].as_str().unwrap().contains("customer_name"));
    assert!(ok["prompt_tokens"].as_u64().unwrap() > 0);
    assert!(ok["latency_ms"].as_f64().unwrap() > 0.0);
    assert_eq!(lines[1]["outcome"], "llm_error");
    assert!(lines[1]["error"].as_str().unwrap().starts_with("58000"));
    assert_eq!(lines[2]["explain"], true);
    for value in rows.iter().flatten().flatten() {
        assert!(
            !text.contains(value.as_str()),
            "audit carries result value {value}"
        );
    }
    assert!(!text.contains("sk-test-key"));
}

/// askpg with the fake LLM under `route`, the cache off so that every question is routed,
/// and an audit log; the audit file lives in the returned directory.
async fn routed(llm: &FakeLlm, route: Route) -> (Proxy, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let audit = dir.path().join("audit.jsonl").display().to_string();
    let (proxy, _cache) = proxy(Some(llm), move |c| {
        c.ask.route = route;
        c.cache.enabled = false;
        c.audit.path = audit;
    })
    .await;
    (proxy, dir)
}

fn audit_routes(dir: &tempfile::TempDir) -> Vec<String> {
    std::fs::read_to_string(dir.path().join("audit.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            line["route"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_route_decides_whether_a_readable_question_reaches_the_llm() {
    let llm = FakeLlm::start();
    answer_by_question(&llm);
    let readable = "ASK 'Total revenue by country'";

    // auto: the intent engine answers what it reads; the LLM is not called.
    let (auto, audit) = routed(&llm, Route::Auto).await;
    let client = connect(&auto).await;
    let text: Vec<String> = ask(&client, &format!("EXPLAIN {readable}"))
        .await
        .into_iter()
        .map(|r| r[0].clone().unwrap())
        .collect();
    let text = text.join("\n");
    assert!(text.contains("Route: intent"), "{text}");
    assert!(text.contains("Intent: "), "{text}");
    // EXPLAIN asks the LLM for a second opinion, and shows that it differs (the fake LLM
    // answers with the top customers' SQL) and what it would run.
    assert_eq!(llm.chat_requests().len(), 1);
    assert!(text.contains("Second opinion (llm): different"), "{text}");
    assert!(
        text.contains(TOP_CUSTOMERS.lines().next().unwrap().trim()),
        "{text}"
    );
    // Asked to run, the engine answers alone.
    assert!(!ask(&client, readable).await.is_empty());
    assert_eq!(llm.chat_requests().len(), 1);
    // What the engine cannot read still goes to the LLM.
    ask(&client, "ASK 'frobnicate the top 5 customers please'").await;
    assert_eq!(llm.chat_requests().len(), 2);
    drop(client);
    assert_eq!(audit_routes(&audit), ["intent", "intent", "llm"]);

    // llm: always the LLM, with the compiled intent in its prompt as structure.
    let (always, _audit) = routed(&llm, Route::Llm).await;
    let client = connect(&always).await;
    let json = ask(&client, &format!("EXPLAIN (FORMAT JSON) {readable}")).await;
    let report: serde_json::Value = serde_json::from_str(json[0][0].as_deref().unwrap()).unwrap();
    assert_eq!(report[0]["route"], "llm", "{report}");
    // The engine's reading is the second opinion, beside the LLM's SQL.
    let other = &report[0]["second_opinion"];
    assert_eq!(other["route"], "intent", "{report}");
    assert!(
        other["verdict"].as_str().unwrap().starts_with("different"),
        "{report}"
    );
    assert!(
        other["sql"].as_str().unwrap().contains("SELECT"),
        "{report}"
    );
    assert_eq!(llm.chat_requests().len(), 3);
    let prompt = llm.prompt(2);
    assert!(prompt.contains("### Intent"), "{prompt}");
    assert!(prompt.contains("\"shape\""), "{prompt}");

    // builtin: never the LLM, even for what the engine cannot read.
    let (offline, _audit) = routed(&llm, Route::Builtin).await;
    let client = connect(&offline).await;
    assert!(!ask(&client, readable).await.is_empty());
    assert!(client
        .simple_query("ASK 'frobnicate the top 5 customers please'")
        .await
        .is_err());
    assert_eq!(llm.chat_requests().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_builtin_generator_answers_corpus_questions_without_an_llm() {
    let (proxy, _cache) = proxy(None, |_| {}).await;
    let client = connect(&proxy).await;
    let examples: Vec<serde_json::Value> = serde_norway::from_str(
        &std::fs::read_to_string(common::repo_path("corpus/demo/examples.yaml")).unwrap(),
    )
    .unwrap();
    let first = &examples[0];
    let question = first["question"].as_str().unwrap();
    let rows = ask(&client, &format!("ASK '{}'", question.replace('\'', "''"))).await;
    assert_eq!(
        rows,
        expected(first["sql"].as_str().unwrap()).await,
        "{question}"
    );
    let err = db_error(
        client
            .simple_query("ASK 'who won the 1998 football world cup?'")
            .await
            .unwrap_err(),
    );
    assert_eq!(err.code().code(), "0A000");
    let hint = err.hint().unwrap();
    assert!(hint.contains("llm.base_url"), "{hint}");
    // A follow-up of what the question engine answered, in this session, answers as the
    // question it stands for asked in a new one.
    ask(&client, "ASK 'How many orders were placed in 2024?'").await;
    let follow_up = ask(&client, "ASK 'and by status?'").await;
    let fresh = connect(&proxy).await;
    let standalone = ask(
        &fresh,
        "ASK 'How many orders were placed in 2024 by status?'",
    )
    .await;
    assert!(follow_up.len() > 1, "{follow_up:?}");
    assert_eq!(follow_up, standalone);
    // EXPLAIN ASK shows the refusal and what it suggests instead.
    let text: Vec<String> = ask(
        &client,
        "EXPLAIN ASK 'who won the 1998 football world cup?'",
    )
    .await
    .into_iter()
    .map(|r| r[0].clone().unwrap())
    .collect();
    let start = text
        .iter()
        .position(|l| l == "Hint:")
        .expect("a Hint section");
    assert!(text[1].starts_with("No SQL: "), "{text:?}");
    let suggested: Vec<&String> = text[start + 1..]
        .iter()
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert!(
        suggested.iter().any(|l| l.contains("llm.base_url")),
        "{text:?}"
    );
    assert!(
        suggested.iter().any(|l| l.trim_start().starts_with("- ")),
        "{text:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_corpus_file_stops_the_start_naming_file_and_line() {
    let cache = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("examples.yaml"),
        "- id: ok\n  question: How many orders?\n  sql: SELECT count(*) FROM orders\n- id: broken\n  question: [unclosed\n",
    )
    .unwrap();
    let mut config = ask_config(cache.path());
    config.corpus.dir = corpus.path().display().to_string();
    let err = match askpg::Server::bind(config).await {
        Ok(_) => panic!("a broken examples.yaml must stop the start"),
        Err(err) => err.to_string(),
    };
    assert!(err.contains("examples.yaml"), "{err}");
    assert!(err.contains("line"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn azure_openai_deployments_are_called_with_their_api_version_and_key() {
    let llm = FakeLlm::start();
    answer_by_question(&llm);
    let (proxy, _cache) = proxy(Some(&llm), |c| {
        c.llm.base_url = format!("http://{}", llm.addr);
        c.llm.azure_api_version = "2024-10-21".into();
        c.llm.model = "sql-deployment".into();
    })
    .await;
    let client = connect(&proxy).await;
    assert_eq!(
        ask(&client, "ASK 'orders by status'").await,
        expected(ORDERS_BY_STATUS).await
    );
    let paths = llm.chat_paths();
    assert_eq!(
        paths,
        ["/openai/deployments/sql-deployment/chat/completions?api-version=2024-10-21"]
    );
    assert_eq!(llm.authorizations(), ["sk-test-key-123"], "sent as api-key");
}
