//! Questions see only what the session's role may read: its tables, its columns, its
//! row-level security's values, its own cache of translations.

use super::setup::PT_READER_PASSWORD;
use super::setup::{self, code, tls_client, EU_PASSWORD, EU_USER, OPS_PASSWORD, OPS_USER};
use crate::common::fake_llm::{asked_question, FakeLlm, Reply};
use crate::common::{self, Proxy};

const PAYROLL_SQL: &str = "SELECT employee, salary FROM payroll ORDER BY id";
const SALES_SQL: &str =
    "SELECT region, sum(amount) AS total FROM sales GROUP BY region ORDER BY region";

/// askpg with mapped users, and the fake LLM as generator when given.
async fn proxy(llm: Option<&FakeLlm>, passthrough: bool) -> (Proxy, tempfile::TempDir) {
    let cache = tempfile::tempdir().unwrap();
    let mut config = if passthrough {
        setup::passthrough_config()
    } else {
        setup::mapped_config()
    };
    config.embeddings.cache_dir = cache.path().display().to_string();
    config.admin.users = vec![EU_USER.into()];
    if let Some(llm) = llm {
        config.llm.base_url = llm.base_url();
        config.llm.model = "test-model".into();
        config.ask.route = askpg::config::Route::Llm;
    }
    (Proxy::start(config).await, cache)
}

/// The lines of an EXPLAIN ASK report.
async fn explain(client: &tokio_postgres::Client, question: &str) -> String {
    let rows = client
        .simple_query(&format!("EXPLAIN ASK '{question}'"))
        .await
        .unwrap_or_else(|e| panic!("EXPLAIN ASK {question}: {e}"));
    common::simple_rows(rows)
        .into_iter()
        .map(|r| r[0].clone())
        .collect::<Vec<_>>()
        .join("\n")
}

async fn rows(client: &tokio_postgres::Client, sql: &str) -> Vec<Vec<String>> {
    common::simple_rows(
        client
            .simple_query(sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}")),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_offline_engine_answers_from_what_the_role_may_read() {
    let (proxy, _cache) = proxy(None, false).await;
    let erin = tls_client(proxy.port(), EU_USER, EU_PASSWORD).await;
    let oscar = tls_client(proxy.port(), OPS_USER, OPS_PASSWORD).await;
    // Row-level security applies to the answer.
    assert_eq!(
        rows(&erin, "ASK 'how many sales are there?'").await,
        [["6"]]
    );
    assert_eq!(
        rows(&oscar, "ASK 'how many sales are there?'").await,
        [["12"]]
    );
    // The restricted role's report never names the table it cannot read.
    let report = explain(&erin, "total salary by employee").await;
    assert!(!report.to_lowercase().contains("payroll"), "{report}");
    let report = explain(&oscar, "total salary by employee").await;
    assert!(report.contains("public.payroll"), "{report}");
    // Nor a sampled value only other rows hold.
    let report = explain(&erin, "sales by region").await;
    assert!(!report.contains("Americas"), "{report}");
    // A question about the table it cannot read is not answered from it.
    let err = erin
        .simple_query("ASK 'total salary by employee in payroll'")
        .await
        .unwrap_err();
    assert!(!err.to_string().contains("payroll"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_llm_sees_the_roles_schema_and_its_sql_is_checked_as_the_role() {
    let llm = FakeLlm::start();
    let (proxy, _cache) = proxy(Some(&llm), false).await;
    let erin = tls_client(proxy.port(), EU_USER, EU_PASSWORD).await;
    let oscar = tls_client(proxy.port(), OPS_USER, OPS_PASSWORD).await;

    // The LLM answers payroll questions with payroll SQL, any other with sales SQL.
    llm.respond_with(|request| {
        let question = asked_question(request).unwrap_or_default();
        let sql = if question.contains("payroll") {
            PAYROLL_SQL
        } else {
            SALES_SQL
        };
        Reply::Content(format!("```sql\n{sql}\n```"))
    });
    let listed = rows(&oscar, "ASK 'list the payroll'").await;
    assert_eq!(listed.len(), 5, "{listed:?}");
    let prompt = llm.prompt(0);
    assert!(
        prompt.contains("public.payroll") && prompt.contains("Americas"),
        "{prompt}"
    );

    // The same question from erin is not served from oscar's translation: it goes to the
    // LLM with erin's schema, and SQL naming a table erin cannot read is refused (42501).
    let err = erin
        .simple_query("ASK 'list the payroll'")
        .await
        .unwrap_err();
    assert_eq!(code(&err), "42501", "{err}");
    let requests = llm.chat_requests().len();
    assert!(requests >= 2, "erin's question reached the LLM");
    for i in 1..requests {
        let prompt = llm.prompt(i);
        assert!(
            !prompt.contains("public.payroll") && !prompt.contains("Americas"),
            "{prompt}"
        );
        assert!(prompt.contains("sales"), "{prompt}");
    }
    // oscar's translation is still his: served from his cache, no new request.
    assert_eq!(rows(&oscar, "ASK 'list the payroll'").await.len(), 5);
    assert_eq!(llm.chat_requests().len(), requests);
    // erin's own translations are hers, and cached for her.
    let totals = [["Europe", "420"]];
    assert_eq!(rows(&erin, "ASK 'total sales by region'").await, totals);
    assert_eq!(rows(&erin, "ASK 'total sales by region'").await, totals);
    assert_eq!(llm.chat_requests().len(), requests + 1);
    // oscar's answer to it comes from his own translation, under his rows.
    let totals = rows(&oscar, "ASK 'total sales by region'").await;
    assert_eq!(totals.len(), 2, "{totals:?}");
    assert_eq!(llm.chat_requests().len(), requests + 2);
    // ASKPG CACHE CLEAR empties the roles' caches too.
    let cleared = rows(&erin, "ASKPG CACHE CLEAR").await;
    assert!(
        cleared.iter().any(|r| r[0] == "cleared" && r[1] != "0"),
        "{cleared:?}"
    );
    rows(&erin, "ASK 'total sales by region'").await;
    assert_eq!(llm.chat_requests().len(), requests + 3);
    let err = oscar
        .simple_query("SELECT * FROM customers")
        .await
        .unwrap_err();
    assert_eq!(code(&err), "42501");
}

/// A passthrough login only this test uses (its connections are counted).
const PT_ASKER: &str = "identity_pt_asker";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passthrough_questions_see_what_the_login_may_read() {
    let (proxy, _cache) = proxy(None, true).await;
    let reader = tls_client(proxy.port(), PT_ASKER, PT_READER_PASSWORD).await;
    assert_eq!(
        rows(&reader, "ASK 'how many sales are there?'").await,
        [["6"]]
    );
    let report = explain(&reader, "total salary by employee").await;
    assert!(!report.to_lowercase().contains("payroll"), "{report}");
    // A new session of the same login answers from the same view, and two sessions'
    // questions share the login's side connection.
    let again = tls_client(proxy.port(), PT_ASKER, PT_READER_PASSWORD).await;
    let (count, total) = tokio::join!(
        rows(&again, "ASK 'how many sales are there?'"),
        rows(&reader, "ASK 'total amount of sales'"),
    );
    assert_eq!(count, [["6"]]);
    assert_eq!(total, [["420"]]);
    // With the login's last session its side connection closes too.
    let admin = common::fixture().superuser().await;
    let open_connections = || async {
        admin
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = $1",
                &[&PT_ASKER],
            )
            .await
            .unwrap()
            .get::<_, i64>(0)
    };
    assert_eq!(
        open_connections().await,
        3,
        "two sessions and the side connection"
    );
    drop((reader, again));
    let started = std::time::Instant::now();
    loop {
        let open = open_connections().await;
        if open == 0 {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{open} connections of {PT_ASKER} stay open"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_metrics_and_audit_lines_carry_user_and_role() {
    let dir = tempfile::tempdir().unwrap();
    let audit = dir.path().join("audit.jsonl");
    let mut config = setup::mapped_config();
    config.embeddings.cache_dir = dir.path().display().to_string();
    config.metrics.listen = "127.0.0.1:0".into();
    config.audit.path = audit.display().to_string();
    config.admin.users = vec![EU_USER.into()];
    let proxy = Proxy::start(config).await;
    let erin = tls_client(proxy.port(), EU_USER, EU_PASSWORD).await;
    let oscar = tls_client(proxy.port(), OPS_USER, OPS_PASSWORD).await;
    rows(&oscar, "ASK 'how many sales are there?'").await;

    let sessions = erin.simple_query("SHOW askpg.sessions").await.unwrap();
    let columns: Vec<String> = match &sessions[0] {
        tokio_postgres::SimpleQueryMessage::RowDescription(columns) => {
            columns.iter().map(|c| c.name().to_owned()).collect()
        }
        other => panic!("{other:?}"),
    };
    let (user, role) = (
        columns.iter().position(|c| c == "user").unwrap(),
        columns.iter().position(|c| c == "upstream_role").unwrap(),
    );
    let mut seen: Vec<(String, String)> = common::simple_rows(sessions)
        .into_iter()
        .map(|r| (r[user].clone(), r[role].clone()))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            (EU_USER.to_owned(), setup::EU_ROLE.to_owned()),
            (OPS_USER.to_owned(), setup::OPS_ROLE.to_owned())
        ]
    );

    let corpus = common::simple_rows(erin.simple_query("SHOW askpg.corpus").await.unwrap());
    assert!(
        corpus
            .iter()
            .any(|r| r[0] == "role_corpus" && r[1].starts_with("identity_ops: ")),
        "{corpus:?}"
    );
    let (_, metrics) = common::http_get(proxy.metrics_addr.unwrap(), "/metrics").await;
    for line in [
        r#"askpg_identity_sessions_total{upstream_role="identity_eu",user="erin"}"#,
        r#"askpg_identity_sessions_total{upstream_role="identity_ops",user="oscar"}"#,
        r#"askpg_identity_questions_total{upstream_role="identity_ops",user="oscar"}"#,
    ] {
        assert!(metrics.contains(line), "{line} missing:\n{metrics}");
    }
    let line = std::fs::read_to_string(&audit).unwrap();
    let record: serde_json::Value = serde_json::from_str(line.lines().last().unwrap()).unwrap();
    assert_eq!(record["user"], OPS_USER);
    assert_eq!(record["upstream_role"], setup::OPS_ROLE);
}
