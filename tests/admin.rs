//! Admin statements: SHOW askpg.status / sessions / corpus / cache, ASKPG RELOAD and
//! ASKPG CACHE CLEAR for users in admin.users; 42501 for everyone else. This binary holds
//! one test so the process-wide reload counter moves only by what it does.

mod common;

use common::{base_config, simple_rows as rows, Proxy, CLIENT_PASSWORD, CLIENT_USER, DATABASE};

async fn connect(proxy: &Proxy, user: &str, password: &str, app: &str) -> tokio_postgres::Client {
    let conninfo = format!(
        "host=127.0.0.1 port={} user={user} password={password} dbname={DATABASE} sslmode=disable application_name={app}",
        proxy.port()
    );
    let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    client
}

fn value<'a>(rows: &'a [Vec<String>], name: &str) -> &'a str {
    rows.iter()
        .find(|r| r[0] == name)
        .map(|r| r[1].as_str())
        .unwrap_or_else(|| panic!("no {name} in {rows:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_see_status_sessions_and_corpus_and_can_reload() {
    let mut config = base_config();
    config.auth.users.push(askpg::config::UserEntry {
        name: "ops".into(),
        password: askpg::config::Secret::new("ops-secret"),
        ..Default::default()
    });
    config.admin.users = vec!["ops".into()];
    config.metrics.listen = "127.0.0.1:0".into();
    let proxy = Proxy::start(config).await;
    let ops = connect(&proxy, "ops", "ops-secret", "console").await;
    let analyst = connect(&proxy, CLIENT_USER, CLIENT_PASSWORD, "notebook").await;

    let status = rows(ops.simple_query("SHOW askpg.status").await.unwrap());
    assert_eq!(value(&status, "sessions"), "2");
    assert_eq!(value(&status, "role_audited"), "true");
    assert_eq!(value(&status, "generator"), "builtin");
    assert_eq!(value(&status, "corpus_version").len(), 64, "{status:?}");

    let sessions = rows(ops.simple_query("show askpg.sessions;").await.unwrap());
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    assert!(sessions.iter().any(|r| r[1] == "ops" && r[2] == "console"));
    assert!(sessions
        .iter()
        .any(|r| r[1] == CLIENT_USER && r[2] == "notebook"));

    let corpus = rows(ops.simple_query("SHOW askpg.corpus").await.unwrap());
    assert!(value(&corpus, "corpus").contains("tables"), "{corpus:?}");
    assert!(
        value(&corpus, "learned").contains("statements"),
        "{corpus:?}"
    );

    // Extended protocol: PostgreSQL describes the answer.
    let statement = ops.prepare("SHOW askpg.cache").await.unwrap();
    let names: Vec<&str> = statement.columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, ["name", "value"]);

    let reload = rows(ops.simple_query("ASKPG RELOAD").await.unwrap());
    assert_eq!(value(&reload, "reload"), "ok");
    assert!(
        value(&reload, "changes").contains("corpus unchanged"),
        "{reload:?}"
    );

    for statement in [
        "SHOW askpg.status",
        "SHOW askpg.sessions",
        "ASKPG RELOAD",
        "ASKPG CACHE CLEAR",
    ] {
        let err = analyst.simple_query(statement).await.unwrap_err();
        let db = err.as_db_error().unwrap();
        assert_eq!(db.code().code(), "42501", "{statement}");
        assert!(db.hint().unwrap().contains("admin.users"));
    }
    let (_, metrics) =
        common::http_get(proxy.metrics_addr.expect("metrics endpoint"), "/metrics").await;
    for (series, count) in [
        ("askpg_reloads_total{outcome=\"ok\"} ", "1"),
        ("askpg_reloads_total{outcome=\"error\"} ", "0"),
    ] {
        let line = metrics.lines().find(|l| l.starts_with(series));
        assert_eq!(line, Some(format!("{series}{count}").as_str()), "{metrics}");
    }
    // The refused session goes on.
    assert_eq!(
        rows(analyst.simple_query("SELECT 1").await.unwrap()),
        vec![vec!["1".to_owned()]]
    );
}
