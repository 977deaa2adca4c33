//! The client's database name chooses the upstream database: other databases of the
//! upstream, `databases.allowed`, `databases.map`, 3D000 for unknown and disallowed names,
//! psql's `\c`, and per-database role audits and guard catalogs.

mod common;

use std::sync::OnceLock;

use askpg::config::{Config, DatabaseRoute, Secret, UserEntry};
use common::{
    base_config, fixture, simple_rows, Proxy, CLIENT_PASSWORD, CLIENT_USER, DATABASE, READER,
    READER_PASSWORD, TRUSTED_READER,
};

/// The reader may read `widgets`; `bump()` is STABLE here (VOLATILE in the fixture's
/// database) and `other_bump()`, VOLATILE, exists only here.
const OTHER: &str = "askpg_other";
/// A database the reader may connect to and nothing more.
const THIRD: &str = "askpg_third";
/// A database whose CONNECT privilege the reader lacks.
const PRIVATE: &str = "askpg_private";
/// A database where the reader may INSERT into `ledger`.
const WRITABLE: &str = "askpg_writable";
/// Changed by the reload test only.
const RELOADED: &str = "askpg_reloaded";

/// Creates the extra databases once per test binary.
fn databases() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        // On a thread of its own: the caller runs inside a tokio runtime.
        std::thread::spawn(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(create_databases())
        })
        .join()
        .expect("extra databases created")
    });
}

async fn create_databases() {
    let fx = fixture();
    let admin = fx.superuser_on("postgres").await;
    for name in [OTHER, THIRD, PRIVATE, WRITABLE, RELOADED] {
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
    }
    admin
        .batch_execute(&format!("REVOKE CONNECT ON DATABASE {PRIVATE} FROM PUBLIC"))
        .await
        .unwrap();
    fx.superuser_on(OTHER)
        .await
        .batch_execute(&format!(
            "CREATE TABLE widgets (id int PRIMARY KEY, name text);
             INSERT INTO widgets VALUES (1, 'sprocket'), (2, 'gear');
             GRANT SELECT ON widgets TO {READER};
             CREATE FUNCTION bump() RETURNS int LANGUAGE sql STABLE AS 'SELECT 7';
             CREATE FUNCTION other_bump() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 8';"
        ))
        .await
        .unwrap();
    fx.superuser_on(WRITABLE)
        .await
        .batch_execute(&format!(
            "CREATE TABLE ledger (id int);
             GRANT SELECT, INSERT ON ledger TO {READER};"
        ))
        .await
        .unwrap();
    fx.superuser_on(RELOADED)
        .await
        .batch_execute(&format!(
            "CREATE TABLE notes (id int);
             GRANT SELECT ON notes TO {READER};"
        ))
        .await
        .unwrap();
}

async fn proxy(config: Config) -> Proxy {
    databases();
    Proxy::start(config).await
}

/// A session through askpg on `database` as `user`.
async fn connect_as(
    proxy: &Proxy,
    user: &str,
    password: &str,
    database: &str,
) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    let conninfo = format!(
        "host=127.0.0.1 port={} user={user} password={password} dbname={database} sslmode=disable",
        proxy.port()
    );
    let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls).await?;
    tokio::spawn(conn);
    Ok(client)
}

async fn connect(
    proxy: &Proxy,
    database: &str,
) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    connect_as(proxy, CLIENT_USER, CLIENT_PASSWORD, database).await
}

/// Severity, SQLSTATE and message of a server error.
fn fields(err: &tokio_postgres::Error) -> (String, String, String) {
    let db = err
        .as_db_error()
        .unwrap_or_else(|| panic!("not a server error: {err}"));
    (
        db.severity().to_owned(),
        db.code().code().to_owned(),
        db.message().to_owned(),
    )
}

async fn one_value(client: &tokio_postgres::Client, sql: &str) -> String {
    simple_rows(client.simple_query(sql).await.unwrap())[0][0].clone()
}

/// `name` mapped to OTHER, reached as the trusted reader (another role than upstream.url's).
fn trusted_route_to_other(name: &str) -> DatabaseRoute {
    DatabaseRoute {
        name: name.into(),
        url: Secret::new(format!(
            "postgres://{TRUSTED_READER}@127.0.0.1:{}/{OTHER}?sslmode=disable",
            fixture().port
        )),
    }
}

/// The configuration with an admin user, ops.
fn with_admin(mut config: Config) -> Config {
    config.auth.users.push(UserEntry {
        name: "ops".into(),
        password: Secret::new("ops-secret"),
        ..Default::default()
    });
    config.admin.users = vec!["ops".into()];
    config
}

/// PostgreSQL's error for a database that does not exist.
fn no_such_database(name: &str) -> (String, String, String) {
    (
        "FATAL".into(),
        "3D000".into(),
        format!("database \"{name}\" does not exist"),
    )
}

/// Connects to `database` through askpg and checks that the session is on it upstream.
async fn assert_reaches(proxy: &Proxy, database: &str) -> tokio_postgres::Client {
    let client = connect(proxy, database).await.unwrap();
    assert_eq!(
        one_value(&client, "SELECT current_database()").await,
        database
    );
    client
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_name_chooses_the_upstream_database() {
    let proxy = proxy(base_config()).await;
    let other = assert_reaches(&proxy, OTHER).await;
    assert_eq!(one_value(&other, "SELECT current_user").await, READER);
    assert_eq!(
        one_value(
            &other,
            "SELECT string_agg(name, ',' ORDER BY id) FROM widgets"
        )
        .await,
        "sprocket,gear"
    );
    // Pinned like every upstream session.
    assert_eq!(one_value(&other, "SHOW transaction_read_only").await, "on");
    let refused = other.simple_query("DELETE FROM widgets").await.unwrap_err();
    assert_eq!(fields(&refused).1, "25006");
    assert_reaches(&proxy, DATABASE).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psql_backslash_c_switches_database() {
    let fx = fixture();
    let proxy = proxy(base_config()).await;
    let mut cmd = tokio::process::Command::new(fx.psql());
    let output = common::libpq_env(&mut cmd, proxy.port(), CLIENT_USER, CLIENT_PASSWORD)
        .args(["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1"])
        .args(["-c", "SELECT current_database()"])
        .args(["-c", &format!("\\c {OTHER}")])
        .args(["-c", "SELECT current_database()"])
        .output()
        .await
        .expect("psql runs");
    assert!(
        output.status.success(),
        "{}",
        common::describe_output(&output)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.first(), Some(&DATABASE), "{stdout}");
    assert!(
        stdout.contains(&format!("You are now connected to database \"{OTHER}\"")),
        "{stdout}"
    );
    assert_eq!(lines.last(), Some(&OTHER), "{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_database_gives_3d000_like_postgresql() {
    let fx = fixture();
    let proxy = proxy(base_config()).await;
    let through = connect(&proxy, "askpg_nope").await.unwrap_err();
    let direct = tokio_postgres::connect(
        &format!(
            "host=127.0.0.1 port={} user={READER} password={READER_PASSWORD} dbname=askpg_nope sslmode=disable",
            fx.port
        ),
        tokio_postgres::NoTls,
    )
    .await
    .map(|_| ())
    .unwrap_err();
    assert_eq!(fields(&through), fields(&direct));
    assert_eq!(fields(&through), no_such_database("askpg_nope"));
    // A database the role may not connect to is refused the same way: the client cannot
    // tell it from one that does not exist.
    let private = connect(&proxy, PRIVATE).await.unwrap_err();
    assert_eq!(fields(&private), no_such_database(PRIVATE));
    // The session ends there; askpg goes on serving.
    connect(&proxy, OTHER).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn databases_allowed_restricts_the_names() {
    let mut config = base_config();
    config.databases.allowed = vec![OTHER.into()];
    let proxy = proxy(config).await;
    let refused = connect(&proxy, THIRD).await.unwrap_err();
    assert_eq!(fields(&refused), no_such_database(THIRD));
    assert_reaches(&proxy, OTHER).await;
    // The database of upstream.url is always allowed.
    assert_reaches(&proxy, DATABASE).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mapped_name_reaches_its_upstream() {
    let mut config = base_config();
    config.databases.allowed = vec![THIRD.into()];
    config.databases.map = vec![trusted_route_to_other("sales")];
    let proxy = proxy(config).await;
    let sales = connect(&proxy, "sales").await.unwrap();
    assert_eq!(
        simple_rows(
            sales
                .simple_query("SELECT current_database(), current_user")
                .await
                .unwrap()
        ),
        [[OTHER.to_owned(), TRUSTED_READER.to_owned()]]
    );
    // The mapped name is its own: the upstream database's name is not allowed here.
    assert_eq!(
        fields(&connect(&proxy, OTHER).await.unwrap_err()).1,
        "3D000"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_guard_checks_each_database_against_its_own_catalog() {
    let proxy = proxy(base_config()).await;
    let other = connect(&proxy, OTHER).await.unwrap();
    // VOLATILE only in OTHER: refused there, before it runs.
    let refused = other.simple_query("SELECT other_bump()").await.unwrap_err();
    let (_, code, message) = fields(&refused);
    assert_eq!(code, "42501", "{message}");
    assert!(message.contains("other_bump"), "{message}");
    // STABLE in OTHER, VOLATILE in the fixture's database.
    assert_eq!(one_value(&other, "SELECT bump()").await, "7");
    let primary = connect(&proxy, DATABASE).await.unwrap();
    let refused = primary.simple_query("SELECT bump()").await.unwrap_err();
    assert_eq!(fields(&refused).1, "42501");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_where_the_role_can_write_is_refused() {
    let proxy = proxy(base_config()).await;
    let refused = connect(&proxy, WRITABLE).await.unwrap_err();
    let db = refused.as_db_error().expect("server error");
    assert_eq!(db.code().code(), "08006");
    assert!(
        db.message()
            .contains(&format!("askpg refuses database \"{WRITABLE}\"")),
        "{}",
        db.message()
    );
    let detail = db.detail().unwrap_or_default();
    assert!(detail.contains("INSERT on public.ledger"), "{detail}");
    // Refused again on the next attempt (a failed audit is not cached as a pass), while
    // the other databases are served.
    assert_eq!(
        fields(&connect(&proxy, WRITABLE).await.unwrap_err()).1,
        "08006"
    );
    connect(&proxy, DATABASE).await.unwrap();

    let mut config = base_config();
    config.guard.allow_writable_upstream = true;
    let allowing = Proxy::start(config).await;
    let writable = connect(&allowing, WRITABLE).await.unwrap();
    let refused = writable
        .simple_query("INSERT INTO ledger VALUES (1)")
        .await
        .unwrap_err();
    assert_eq!(fields(&refused).1, "25006");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_re_audits_the_databases_reached() {
    let fx = fixture();
    let config = with_admin(base_config());
    let proxy = proxy(config).await;
    let ops = connect_as(&proxy, "ops", "ops-secret", DATABASE)
        .await
        .unwrap();
    let reloaded = connect(&proxy, RELOADED).await.unwrap();
    assert_eq!(
        one_value(&reloaded, "SELECT count(*) FROM notes").await,
        "0"
    );

    let superuser = fx.superuser_on(RELOADED).await;
    superuser
        .batch_execute("CREATE FUNCTION stamp() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1'")
        .await
        .unwrap();
    let report = simple_rows(ops.simple_query("ASKPG RELOAD").await.unwrap());
    let changes = &report.iter().find(|r| r[0] == "changes").unwrap()[1];
    assert!(
        changes.contains(&format!("database {RELOADED}")) && changes.contains("stamp"),
        "{changes}"
    );
    // The new catalog reaches sessions already running and new ones.
    for client in [&reloaded, &connect(&proxy, RELOADED).await.unwrap()] {
        let refused = client.simple_query("SELECT stamp()").await.unwrap_err();
        assert_eq!(fields(&refused).1, "42501");
    }

    superuser
        .batch_execute(&format!("GRANT UPDATE ON notes TO {READER}"))
        .await
        .unwrap();
    let report = simple_rows(ops.simple_query("ASKPG RELOAD").await.unwrap());
    let changes = &report.iter().find(|r| r[0] == "changes").unwrap()[1];
    assert!(changes.contains("audit failed"), "{changes}");
    let refused = connect(&proxy, RELOADED).await.unwrap_err();
    let db = refused.as_db_error().expect("server error");
    assert_eq!(db.code().code(), "08006");
    assert!(
        db.detail()
            .unwrap_or_default()
            .contains("UPDATE on public.notes"),
        "{db:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_are_answered_on_the_upstream_url_database_only() {
    let proxy = proxy(base_config()).await;
    let other = connect(&proxy, OTHER).await.unwrap();
    for question in [
        "ASK 'how many widgets are there?'",
        "EXPLAIN ASK 'how many widgets are there?'",
    ] {
        let refused = other.simple_query(question).await.unwrap_err();
        let db = refused.as_db_error().expect("server error");
        assert_eq!(db.code().code(), "0A000", "{question}");
        assert!(db.message().contains(OTHER), "{}", db.message());
        assert!(
            db.hint().unwrap_or_default().contains(DATABASE),
            "{:?}",
            db.hint()
        );
    }
    // Ordinary SQL goes on in the same session.
    assert_eq!(one_value(&other, "SELECT 1").await, "1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_and_admin_name_the_database() {
    let mut config = base_config();
    config.metrics.listen = "127.0.0.1:0".into();
    config.auth.users.push(UserEntry {
        name: "ops".into(),
        password: Secret::new("ops-secret"),
        ..Default::default()
    });
    config.admin.users = vec!["ops".into()];
    config.databases.map = vec![trusted_route_to_other("metrics_db")];
    let proxy = proxy(config).await;
    let _a = connect(&proxy, "metrics_db").await.unwrap();
    let _b = connect(&proxy, "metrics_db").await.unwrap();
    let ops = connect_as(&proxy, "ops", "ops-secret", DATABASE)
        .await
        .unwrap();
    let sessions = simple_rows(ops.simple_query("SHOW askpg.sessions").await.unwrap());
    let databases: Vec<&str> = sessions.iter().map(|r| r[5].as_str()).collect();
    assert_eq!(
        databases.iter().filter(|d| **d == "metrics_db").count(),
        2,
        "{sessions:?}"
    );
    assert!(databases.contains(&DATABASE), "{sessions:?}");

    let (_, metrics) = common::http_get(proxy.metrics_addr.unwrap(), "/metrics").await;
    assert!(
        metrics.contains("askpg_database_sessions_total{database=\"metrics_db\"} 2"),
        "{metrics}"
    );
    for series in [
        "askpg_database_sessions_total{database=\"other\"}",
        "askpg_client_connections_total{outcome=\"refused_database\"}",
    ] {
        assert!(metrics.contains(series), "{series} missing:\n{metrics}");
    }
}
