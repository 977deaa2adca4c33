//! Each client reaches the upstream as its own role: mapped roles taken with SET ROLE
//! (grants and row-level security apply, the client cannot leave its role, a writable
//! role is refused), and passthrough logins checked by the upstream itself.

mod common;
mod identity {
    pub mod databases;
    pub mod passthrough;
    pub mod questions;
    pub mod reload;
    pub mod setup;
}

use identity::setup::{self, code, tls_client, url, EU_PASSWORD, EU_ROLE, EU_USER};
use identity::setup::{OPS_PASSWORD, OPS_ROLE, OPS_USER};

use common::wire::Wire;
use common::Proxy;

async fn one(client: &tokio_postgres::Client, sql: &str) -> String {
    let rows = client.simple_query(sql).await.unwrap();
    common::simple_rows(rows)
        .into_iter()
        .next()
        .and_then(|r| r.into_iter().next())
        .unwrap_or_else(|| panic!("{sql} returned no row"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mapped_users_read_what_their_roles_may_read() {
    let proxy = Proxy::start(setup::mapped_config()).await;
    let erin = tls_client(proxy.port(), EU_USER, EU_PASSWORD).await;
    let oscar = tls_client(proxy.port(), OPS_USER, OPS_PASSWORD).await;

    assert_eq!(one(&erin, "SELECT current_user").await, EU_ROLE);
    assert_eq!(one(&oscar, "SELECT current_user").await, OPS_ROLE);
    // Row-level security: erin sees the rows of Europe only, oscar every row; through both
    // protocols.
    assert_eq!(one(&erin, "SELECT count(*) FROM sales").await, "6");
    assert_eq!(one(&oscar, "SELECT count(*) FROM sales").await, "12");
    let regions: Vec<String> = erin
        .query("SELECT DISTINCT region FROM sales ORDER BY 1", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(regions, ["Europe"]);
    // Grants: each is refused where its role has none, with PostgreSQL's 42501.
    let err = erin.query("SELECT * FROM payroll", &[]).await.unwrap_err();
    assert_eq!(code(&err), "42501", "{err}");
    let err = oscar
        .simple_query("SELECT * FROM customers")
        .await
        .unwrap_err();
    assert_eq!(code(&err), "42501", "{err}");
    assert_eq!(one(&oscar, "SELECT count(*) FROM payroll").await, "5");
    assert_eq!(one(&erin, "SELECT count(*) FROM customers").await, "1000");

    // Resets re-take the role.
    for reset in [
        "RESET ALL",
        "DISCARD ALL",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
    ] {
        erin.simple_query(reset).await.unwrap();
        assert_eq!(
            one(&erin, "SELECT current_user").await,
            EU_ROLE,
            "after {reset}"
        );
        assert_eq!(one(&erin, "SELECT count(*) FROM sales").await, "6");
    }
    // DISCARD ALL in the extended protocol would leave the rest of its batch to the login
    // role: refused.
    let err = erin.execute("DISCARD ALL", &[]).await.unwrap_err();
    assert_eq!(code(&err), "0A000", "{err}");
    assert_eq!(one(&erin, "SELECT current_user").await, EU_ROLE);
}

/// Statements that would change the session's role; each is refused and the role stays.
const ROLE_ESCAPES: &[&str] = &[
    "SET ROLE identity_ops",
    "SET ROLE NONE",
    "SET LOCAL ROLE identity_ops",
    "RESET ROLE",
    "SET SESSION AUTHORIZATION identity_gateway",
    "SET SESSION AUTHORIZATION DEFAULT",
    "RESET SESSION AUTHORIZATION",
    "SELECT set_config('role', 'identity_ops', false)",
    "SELECT set_config('role', 'none', true)",
    "SELECT pg_catalog.set_config('session_authorization', 'identity_gateway', false)",
    "BEGIN; SET LOCAL ROLE identity_ops; SELECT count(*) FROM sales; COMMIT",
    "ALTER ROLE identity_eu BYPASSRLS",
    "GRANT identity_ops TO identity_eu",
    "ALTER TABLE sales DISABLE ROW LEVEL SECURITY",
    "DROP POLICY eu_rows ON sales",
    "RESET ALL; SET ROLE identity_ops",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_attack_escapes_a_mapped_role() {
    let proxy = Proxy::start(setup::mapped_config()).await;
    let admin = common::fixture().superuser().await;
    let before = common::table_contents().await;
    let mut conn = Wire::connect(&url(proxy.port(), EU_USER, EU_PASSWORD, "require"), &[])
        .await
        .unwrap();
    let mut corpus = common::attacks::attack_corpus();
    corpus.extend(
        ROLE_ESCAPES
            .iter()
            .map(|sql| (sql.to_string(), &["25006", "42501", "42601"][..])),
    );
    for (sql, codes) in &corpus {
        common::attacks::assert_refused_both_ways(&mut conn, sql, codes).await;
        let whoami = conn.query("SELECT current_user, session_user").await;
        let row = whoami.iter().find(|m| m.tag == b'D').expect("a row");
        let text = String::from_utf8_lossy(&row.body);
        assert!(text.contains(EU_ROLE), "after {sql:?}: {text}");
    }
    // DISCARD ALL cannot share a string with another statement, and a statement
    // pipelined right after it runs once askpg has taken the role again.
    let mixed = conn.query("DISCARD ALL; SELECT current_user").await;
    assert!(
        common::attacks::sqlstate(&mixed).is_some() && !mixed.iter().any(|m| m.tag == b'D'),
        "{mixed:?}"
    );
    let mut pipelined = common::wire::query("DISCARD ALL");
    pipelined.extend_from_slice(&common::wire::query("SELECT current_user"));
    conn.send(&pipelined).await;
    let discarded = conn.until_ready().await;
    assert!(
        common::attacks::sqlstate(&discarded).is_none(),
        "{discarded:?}"
    );
    let whoami = conn.until_ready().await;
    let row = whoami.iter().find(|m| m.tag == b'D').expect("a row");
    assert!(
        String::from_utf8_lossy(&row.body).contains(EU_ROLE),
        "{whoami:?}"
    );
    let count = conn.query("SELECT count(*) FROM sales").await;
    assert!(
        count
            .iter()
            .any(|m| m.tag == b'D' && m.body.ends_with(b"6")),
        "{count:?}"
    );
    assert_eq!(
        common::table_contents().await,
        before,
        "the upstream changed"
    );
    let policies: i64 = admin
        .query_one(
            "SELECT count(*) FROM pg_policy WHERE polrelid = 'sales'::regclass",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(policies, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mapped_role_that_can_write_is_refused_at_start() {
    let mut config = setup::mapped_config();
    config
        .auth
        .users
        .push(setup::mapped("wendy", "wendy-secret", setup::WRITER_ROLE));
    let err = match askpg::Server::bind(config.clone()).await {
        Ok(_) => panic!("askpg started with a writable mapped role"),
        Err(err) => err.to_string(),
    };
    assert!(
        err.contains("mapped role identity_writer: INSERT on public.sales"),
        "{err}"
    );
    // A role the gateway cannot take stops the start too, saying why.
    let mut stranger = setup::mapped_config();
    stranger
        .auth
        .users
        .push(setup::mapped("sam", "sam-secret", "identity_stranger"));
    let err = match askpg::Server::bind(stranger).await {
        Ok(_) => panic!("askpg started with a role it cannot take"),
        Err(err) => err.to_string(),
    };
    assert!(
        err.contains("cannot take mapped role identity_stranger")
            && err.contains("permission denied"),
        "{err}"
    );
    // Allowed explicitly, it starts; the guard still refuses the write.
    config.guard.allow_writable_upstream = true;
    let proxy = Proxy::start(config).await;
    let wendy = tls_client(proxy.port(), "wendy", "wendy-secret").await;
    assert_eq!(one(&wendy, "SELECT current_user").await, setup::WRITER_ROLE);
    let err = wendy
        .simple_query("INSERT INTO sales VALUES (100, 'Europe', 'x', 1)")
        .await
        .unwrap_err();
    assert_eq!(code(&err), "25006", "{err}");
}

/// psql and psycopg 3 over TLS see each user's own rows and role, in SQL and questions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_clients_over_tls_take_the_mapped_role() {
    let proxy = Proxy::start(setup::mapped_config()).await;
    for (user, password, role, rows) in [
        (EU_USER, EU_PASSWORD, EU_ROLE, "6"),
        (OPS_USER, OPS_PASSWORD, OPS_ROLE, "12"),
    ] {
        let out = setup::psql(
            proxy.port(),
            user,
            password,
            &[
                "SELECT current_user",
                "SELECT count(*) FROM sales",
                "ASK 'how many sales are there?'",
            ],
        )
        .await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            common::describe_output(&out)
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            stdout.lines().collect::<Vec<_>>(),
            [role, rows, rows],
            "{stdout}"
        );
        let out = setup::psycopg(
            proxy.port(),
            user,
            password,
            "SELECT current_user, count(*) FROM sales GROUP BY 1",
        )
        .await;
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.trim() == format!("('{role}', {rows}) ssl=True"),
            "{}",
            common::describe_output(&out)
        );
    }
    let out = setup::psql(
        proxy.port(),
        EU_USER,
        EU_PASSWORD,
        &["SELECT * FROM payroll"],
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("permission denied for table payroll"),
        "{stderr}"
    );
}
