//! The roles and tables the identity tests use, created once per test binary in the
//! fixture database: a gateway login role with no privileges of its own, two mapped roles
//! with different grants and a row-level security policy, a mapped role that can write,
//! and two passthrough logins (one read-only, one that can write); and, for the real
//! clients, a mapped role and a passthrough login that read the fixture tables.
// Two test binaries use this module (identity and identity_clients), each a part of it.
#![allow(dead_code)]

use std::sync::OnceLock;

use askpg::config::{AuthMethod, Config, Secret, UserEntry};

use crate::common::{base_config, fixture, DATABASE, READER_PASSWORD};

/// The login role of `upstream.url` for mapped roles: NOINHERIT, no grants.
pub const GATEWAY: &str = "identity_gateway";
/// Reads `sales` (the rows of region Europe only) and `customers`, not `payroll`.
pub const EU_ROLE: &str = "identity_eu";
/// Reads every row of `sales` and `payroll`, not `customers`.
pub const OPS_ROLE: &str = "identity_ops";
/// Can INSERT into `sales`.
pub const WRITER_ROLE: &str = "identity_writer";
pub const EU_USER: &str = "erin";
pub const EU_PASSWORD: &str = "erin-secret";
pub const OPS_USER: &str = "oscar";
pub const OPS_PASSWORD: &str = "oscar-secret";
/// Passthrough logins, checked by the upstream with scram-sha-256.
pub const PT_READER: &str = "identity_pt_reader";
pub const PT_READER_PASSWORD: &str = "pt-reader-pass-9371";
pub const PT_WRITER: &str = "identity_pt_writer";
pub const PT_WRITER_PASSWORD: &str = "pt-writer-pass-5824";

/// Mapped to CLIENTS_ROLE by the real-client tests.
pub const CLIENTS_USER: &str = "carla";
pub const CLIENTS_PASSWORD: &str = "carla-secret";
/// Reads the fixture tables the client scripts read.
pub const CLIENTS_ROLE: &str = "identity_clients";
/// A passthrough login that reads the same tables.
pub const PT_CLIENTS: &str = "identity_pt_clients";
pub const PT_CLIENTS_PASSWORD: &str = "pt-clients-pass-4410";

const GATEWAY_SETUP: &str = "
CREATE ROLE identity_gateway LOGIN NOINHERIT PASSWORD '{gateway_password}';
GRANT CONNECT ON DATABASE {database} TO identity_gateway;
";

const SETUP: &str = "
CREATE ROLE identity_eu NOLOGIN;
CREATE ROLE identity_ops NOLOGIN;
CREATE ROLE identity_writer NOLOGIN;
CREATE ROLE identity_stranger NOLOGIN;
CREATE ROLE identity_shifty NOLOGIN;
CREATE ROLE identity_pt_shifty LOGIN PASSWORD '{pt_reader_password}';
CREATE ROLE identity_pt_asker LOGIN PASSWORD '{pt_reader_password}';
CREATE ROLE identity_pt_reader LOGIN PASSWORD '{pt_reader_password}';
CREATE ROLE identity_pt_writer LOGIN PASSWORD '{pt_writer_password}';
GRANT identity_eu, identity_ops, identity_writer, identity_shifty TO identity_gateway;
GRANT CONNECT ON DATABASE {database}
    TO identity_pt_reader, identity_pt_writer, identity_pt_shifty,
       identity_pt_asker;
GRANT USAGE ON SCHEMA public TO identity_eu, identity_ops, identity_writer,
    identity_pt_reader, identity_pt_writer, identity_shifty, identity_pt_shifty,
    identity_pt_asker;

CREATE TABLE sales (
    id      integer PRIMARY KEY,
    region  text NOT NULL,
    product text NOT NULL,
    amount  numeric NOT NULL
);
COMMENT ON TABLE sales IS 'Sales by region and product';
INSERT INTO sales
SELECT g, (ARRAY['Europe', 'Americas'])[1 + g % 2], (ARRAY['widget', 'gadget', 'gizmo'])[1 + g % 3], g * 10
FROM generate_series(1, 12) AS g;
ALTER TABLE sales ENABLE ROW LEVEL SECURITY;
CREATE POLICY eu_rows ON sales FOR SELECT TO identity_eu, identity_pt_reader, identity_pt_asker
    USING (region = 'Europe');
CREATE POLICY all_rows ON sales FOR SELECT TO identity_ops USING (true);

CREATE TABLE payroll (
    id       integer PRIMARY KEY,
    employee text NOT NULL,
    salary   numeric NOT NULL
);
COMMENT ON TABLE payroll IS 'Salary of each employee';
INSERT INTO payroll SELECT g, 'employee ' || g, 1000 * g FROM generate_series(1, 5) AS g;

GRANT SELECT ON sales, customers TO identity_eu;
GRANT SELECT ON sales, payroll TO identity_ops;
GRANT SELECT, INSERT ON sales TO identity_writer;
GRANT SELECT ON sales
    TO identity_pt_reader, identity_shifty, identity_pt_shifty, identity_pt_asker;
GRANT SELECT, INSERT ON sales TO identity_pt_writer;
";

const CLIENTS_SETUP: &str = "
CREATE ROLE identity_clients NOLOGIN;
CREATE ROLE identity_pt_clients LOGIN PASSWORD '{pt_clients_password}';
GRANT identity_clients TO identity_gateway;
GRANT CONNECT ON DATABASE {database} TO identity_pt_clients;
GRANT USAGE ON SCHEMA public TO identity_clients, identity_pt_clients;
GRANT SELECT ON customers, orders, all_types, customer_totals
    TO identity_clients, identity_pt_clients;
";

/// Runs `sql`, with its placeholders filled in, as the superuser in the fixture database.
fn run_setup(sql: &str) {
    let sql = sql
        .replace("{gateway_password}", READER_PASSWORD)
        .replace("{pt_reader_password}", PT_READER_PASSWORD)
        .replace("{pt_writer_password}", PT_WRITER_PASSWORD)
        .replace("{pt_clients_password}", PT_CLIENTS_PASSWORD)
        .replace("{database}", DATABASE);
    as_superuser(DATABASE, sql);
}

/// Runs `sql` as the superuser in `database` of the fixture's cluster.
pub fn as_superuser(database: &str, sql: String) {
    let database = database.to_owned();
    // On a thread of its own: the caller may be inside a tokio runtime.
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async {
                fixture()
                    .superuser_on(&database)
                    .await
                    .batch_execute(&sql)
                    .await
                    .unwrap_or_else(|e| panic!("setup in {database}: {e}"))
            })
    })
    .join()
    .expect("identity setup");
}

/// Creates the gateway role once.
fn gateway() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| run_setup(GATEWAY_SETUP));
}

/// Creates the roles and tables once.
pub fn roles() {
    static DONE: OnceLock<()> = OnceLock::new();
    gateway();
    DONE.get_or_init(|| run_setup(SETUP));
}

/// Creates the real clients' mapped role and passthrough login once. Their tests run in a
/// binary of their own, whose public schema holds the fixture tables only.
pub fn client_roles() {
    static DONE: OnceLock<()> = OnceLock::new();
    gateway();
    DONE.get_or_init(|| run_setup(CLIENTS_SETUP));
}

/// askpg logging in as the gateway, with no users.
pub fn gateway_config() -> Config {
    let mut config = base_config();
    config.upstream.url = Secret::new(fixture().upstream_url(GATEWAY, "require"));
    config.auth.users.clear();
    config
}

/// askpg logging in as the gateway, with erin mapped to the EU role and oscar to the ops
/// role.
pub fn mapped_config() -> Config {
    roles();
    let mut config = gateway_config();
    config.auth.users = vec![
        mapped(EU_USER, EU_PASSWORD, EU_ROLE),
        mapped(OPS_USER, OPS_PASSWORD, OPS_ROLE),
    ];
    config
}

pub fn mapped(name: &str, password: &str, role: &str) -> UserEntry {
    UserEntry {
        name: name.into(),
        password: Secret::new(password),
        upstream_role: role.into(),
        ..Default::default()
    }
}

/// askpg with passthrough logins; its own side work logs in as the gateway.
pub fn passthrough_config() -> Config {
    roles();
    let mut config = gateway_config();
    config.auth.method = AuthMethod::Passthrough;
    config
}

/// A URL for a client of askpg at `port`.
pub fn url(port: u16, user: &str, password: &str, sslmode: &str) -> String {
    format!("postgres://{user}:{password}@127.0.0.1:{port}/{DATABASE}?sslmode={sslmode}")
}

/// A tokio-postgres client of askpg over TLS (extended protocol for `query`).
pub async fn tls_client(port: u16, user: &str, password: &str) -> tokio_postgres::Client {
    tls_connect(port, user, password, DATABASE)
        .await
        .unwrap_or_else(|e| panic!("{user} connects through askpg: {e}"))
}

/// A tokio-postgres client of askpg over TLS on `database`, or the error that refused it.
pub async fn tls_connect(
    port: u16,
    user: &str,
    password: &str,
    database: &str,
) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    let tls = askpg::tls::upstream_client_config("").unwrap();
    let connector = tokio_postgres_rustls::MakeRustlsConnect::new((*tls).clone());
    let url = format!("postgres://{user}:{password}@127.0.0.1:{port}/{database}?sslmode=require");
    let (client, conn) = tokio_postgres::connect(&url, connector).await?;
    tokio::spawn(conn);
    Ok(client)
}

/// The SQLSTATE of a failed statement.
pub fn code(err: &tokio_postgres::Error) -> String {
    err.code()
        .map(|c| c.code().to_owned())
        .unwrap_or_else(|| format!("no SQLSTATE: {err}"))
}

/// psql with `-c` for each command, TLS required, unaligned tuples only.
pub async fn psql(
    port: u16,
    user: &str,
    password: &str,
    commands: &[&str],
) -> std::process::Output {
    let mut cmd = tokio::process::Command::new(fixture().psql());
    crate::common::libpq_env(&mut cmd, port, user, password).args(["-X", "-A", "-t"]);
    for c in commands {
        cmd.arg("-c").arg(c);
    }
    cmd.output()
        .await
        .expect("psql runs (install postgresql-client)")
}

/// psycopg 3 over TLS: prints the first row of `sql` and whether the connection is
/// encrypted.
pub async fn psycopg(port: u16, user: &str, password: &str, sql: &str) -> std::process::Output {
    let script = "import sys, psycopg\n\
                  with psycopg.connect('') as conn:\n\
                  \x20   row = conn.execute(sys.argv[1]).fetchone()\n\
                  \x20   print(row, 'ssl=' + str(conn.pgconn.ssl_in_use))\n";
    let mut cmd = tokio::process::Command::new("python3");
    crate::common::libpq_env(&mut cmd, port, user, password)
        .args(["-c", script, sql])
        .output()
        .await
        .expect("python3 runs (psycopg 3: .ci/install)")
}
