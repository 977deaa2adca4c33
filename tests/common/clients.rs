//! The real clients of tests/clients (psycopg 3, asyncpg, node-postgres, pgJDBC), pg_dump
//! and psqlODBC (unixODBC's isql), run against a server with TLS required.

use tokio::process::Command;

use super::{describe_output, fixture, libpq_env, repo_path};

/// One client check script: how to run it and the prefix of its `N checks passed` line.
pub struct ClientScript {
    pub program: &'static str,
    pub args: &'static [&'static str],
    pub prefix: &'static str,
}

pub const PSYCOPG: ClientScript = ClientScript {
    program: "python3",
    args: &["tests/clients/psycopg_check.py"],
    prefix: "psycopg:",
};

pub const ASYNCPG: ClientScript = ClientScript {
    program: "python3",
    args: &["tests/clients/asyncpg_check.py"],
    prefix: "asyncpg:",
};

pub const NODE_PG: ClientScript = ClientScript {
    program: "node",
    args: &["tests/clients/node_pg_check.js"],
    prefix: "node-pg:",
};

pub const JDBC: ClientScript = ClientScript {
    program: "java",
    args: &[
        "-cp",
        "/usr/share/java/postgresql.jar",
        "tests/clients/JdbcCheck.java",
    ],
    prefix: "jdbc:",
};

impl ClientScript {
    /// Runs the script against `port` as `user` with TLS required and asserts that every
    /// check passed. The script checks that its statements run as `role` (current_user,
    /// passed as `ASKPG_EXPECT_ROLE`) on a login of `session_user`
    /// (`ASKPG_EXPECT_SESSION_USER`).
    pub async fn run(&self, port: u16, user: &str, password: &str, role: &str, session_user: &str) {
        let mut cmd = Command::new(self.program);
        let output = libpq_env(&mut cmd, port, user, password)
            .env("ASKPG_EXPECT_ROLE", role)
            .env("ASKPG_EXPECT_SESSION_USER", session_user)
            .args(self.args)
            .current_dir(repo_path(""))
            .output()
            .await
            .unwrap_or_else(|e| panic!("{} cannot run ({e}); run .ci/install", self.program));
        assert!(
            output.status.success(),
            "{} {:?} as {user}: {}",
            self.program,
            self.args,
            describe_output(&output)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        let last = stdout.lines().last().unwrap_or_default();
        assert!(
            last.starts_with(self.prefix) && last.ends_with("checks passed"),
            "unexpected last line {last:?}: {}",
            describe_output(&output)
        );
    }
}

/// Runs pg_dump (the fixture's binaries, else PATH) against port/user/password.
pub async fn pg_dump(port: u16, user: &str, password: &str, args: &[&str]) -> std::process::Output {
    let bundled = fixture().bin_dir.join("pg_dump");
    let program = if bundled.exists() {
        bundled
    } else {
        "pg_dump".into()
    };
    let mut cmd = Command::new(program);
    libpq_env(&mut cmd, port, user, password)
        // A fixed \restrict key keeps two dumps comparable.
        .args(["--no-password", "--restrict-key=askpgtest"])
        .args(args)
        .output()
        .await
        .expect("pg_dump runs (install postgresql-client)")
}

/// The pg_dump runs compared with a direct dump: the schema and the data of fixture tables.
pub const DUMPS: [&[&str]; 2] = [
    &[
        "--schema-only",
        "-t",
        "customers",
        "-t",
        "orders",
        "-t",
        "customer_totals",
    ],
    &["--data-only", "-t", "customers", "-t", "all_types"],
];

/// Asserts that each of [`DUMPS`] through askpg at `port` as `user` equals the same dump
/// taken directly as the fixture's reader. pg_dump disables the timeouts askpg pins, so
/// askpg needs `guard.repin_timeout_changes`.
pub async fn assert_dumps_match_direct(port: u16, user: &str, password: &str) {
    for args in DUMPS {
        let direct = pg_dump(fixture().port, super::READER, super::READER_PASSWORD, args).await;
        assert!(
            direct.status.success(),
            "direct pg_dump {args:?}: {}",
            describe_output(&direct)
        );
        let proxied = pg_dump(port, user, password, args).await;
        assert!(
            proxied.status.success(),
            "pg_dump {args:?} through askpg as {user}: {}",
            describe_output(&proxied)
        );
        let dump = String::from_utf8_lossy(&proxied.stdout);
        assert!(dump.contains("customers"), "{dump}");
        assert_eq!(
            String::from_utf8_lossy(&direct.stdout),
            dump,
            "pg_dump {args:?} as {user}"
        );
    }
}

/// Runs `statements` (one a line) with unixODBC's isql through psqlODBC with
/// `UseDeclareFetch=1`, which reads every SELECT with `DECLARE … CURSOR WITH HOLD` and
/// FETCH; columns are separated by `|`.
pub async fn isql_declare_fetch(
    port: u16,
    user: &str,
    password: &str,
    statements: &str,
) -> std::process::Output {
    let connection = format!(
        "Driver={{PostgreSQL Unicode}};Server=127.0.0.1;Port={port};Database={};Uid={user};Pwd={password};SSLmode=require;UseDeclareFetch=1;Fetch=3",
        super::DATABASE
    );
    let mut isql = Command::new("isql")
        .args(["-k", &connection, "-b", "-v", "-d|", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("isql runs (install unixodbc and odbc-postgresql: .ci/install)");
    let mut stdin = isql.stdin.take().unwrap();
    tokio::io::AsyncWriteExt::write_all(&mut stdin, statements.as_bytes())
        .await
        .unwrap();
    drop(stdin);
    isql.wait_with_output().await.unwrap()
}

/// Reads for isql, more statements than the default `guard.max_held_cursors` (the driver
/// closes each cursor), and the rows they print.
pub fn isql_reads() -> (String, Vec<String>) {
    let mut statements = String::from("SELECT id, name FROM customers WHERE id <= 7 ORDER BY id\n");
    let mut expected: Vec<String> = (1..=7).map(|i| format!("{i}|\"customer {i}\"")).collect();
    for i in 1..=20 {
        statements.push_str(&format!(
            "SELECT count(*) FROM orders WHERE customer_id = {i}\n"
        ));
        expected.push("20".into());
    }
    (statements, expected)
}

/// Asserts that [`isql_reads`] through askpg at `port` as `user` print their rows.
pub async fn assert_isql_reads(port: u16, user: &str, password: &str) {
    let (statements, expected) = isql_reads();
    let output = isql_declare_fetch(port, user, password, &statements).await;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let rows: Vec<&str> = stdout.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(output.status.success(), "{}", describe_output(&output));
    assert_eq!(rows, expected, "as {user}: {}", describe_output(&output));
}
