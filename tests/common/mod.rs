//! Shared test helper: one private PostgreSQL per test binary (initdb into a temp dir, free
//! port, fixtures loaded, removed at process exit), askpg started in-process on port 0, and
//! a raw wire client for byte-level comparisons.
#![allow(dead_code)]

pub mod ask;
pub mod attacks;
pub mod cache;
pub mod clients;
pub mod fake_llm;
pub mod offline;
pub mod wire;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use askpg::cluster::{ClusterOptions, PrivateCluster};
use askpg::config::{AuthMethod, Config, Secret, UserEntry};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const DATABASE: &str = "askpg_test";
pub const READER: &str = "askpg_reader";
pub const READER_PASSWORD: &str = "reader-secret";
/// An upstream role whose password is stored as md5, so the upstream asks for md5.
pub const MD5_READER: &str = "askpg_md5_reader";
/// An upstream role that pg_hba trusts.
pub const TRUSTED_READER: &str = "askpg_trusted_reader";
pub const CLIENT_USER: &str = "alice";
pub const CLIENT_PASSWORD: &str = "alice-secret";

pub struct Fixture {
    cluster: Mutex<Option<PrivateCluster>>,
    pub port: u16,
    pub socket_dir: PathBuf,
    pub bin_dir: PathBuf,
    pub cert_file: PathBuf,
    pub key_file: PathBuf,
    _certs: tempfile::TempDir,
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

extern "C" fn stop_cluster_at_exit() {
    if let Some(fixture) = FIXTURE.get() {
        // A test that panicked while holding the lock must not keep the cluster alive.
        let mut cluster = fixture.cluster.lock().unwrap_or_else(|p| p.into_inner());
        cluster.take();
    }
}

/// The shared cluster of this test binary, started on first use.
pub fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(|| {
        // Started on its own thread: the caller may be inside a tokio runtime.
        std::thread::spawn(start_fixture)
            .join()
            .expect("fixture thread")
    })
}

fn start_fixture() -> Fixture {
    let options = ClusterOptions {
        host_auth: "scram-sha-256".into(),
        ssl: true,
        settings: vec![
            ("autovacuum".into(), "off".into()),
            ("checkpoint_timeout".into(), "1h".into()),
        ],
        hba_first: vec![
            format!("host all {TRUSTED_READER} 127.0.0.1/32 trust"),
            format!("host all {MD5_READER} 127.0.0.1/32 md5"),
        ],
    };
    let cluster = PrivateCluster::start(&options).expect("private PostgreSQL cluster");
    unsafe {
        libc::atexit(stop_cluster_at_exit);
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let admin = cluster.superuser_client("postgres").await.unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {DATABASE}"))
            .await
            .unwrap();
        let db = cluster.superuser_client(DATABASE).await.unwrap();
        let sql = std::fs::read_to_string(repo_path("tests/fixtures/fixture.sql")).unwrap();
        db.batch_execute(&sql).await.expect("fixture loads");
        db.batch_execute(&askpg::demo::reader_role_sql(
            READER,
            READER_PASSWORD,
            DATABASE,
        ))
        .await
        .unwrap();
        db.batch_execute(&format!(
            "SET password_encryption = 'md5';
             CREATE ROLE {MD5_READER} LOGIN PASSWORD '{READER_PASSWORD}';
             CREATE ROLE {TRUSTED_READER} LOGIN;
             GRANT {READER} TO {MD5_READER}, {TRUSTED_READER};
             GRANT CONNECT ON DATABASE {DATABASE} TO {MD5_READER}, {TRUSTED_READER};
             GRANT USAGE ON SCHEMA hr TO {READER};
             GRANT SELECT ON hr.salaries TO {READER};"
        ))
        .await
        .unwrap();
    });
    let certs = tempfile::tempdir().unwrap();
    let (cert, key) = askpg::tls::self_signed(&["localhost", "127.0.0.1"]).unwrap();
    let cert_file = certs.path().join("askpg.crt");
    let key_file = certs.path().join("askpg.key");
    askpg::tls::write_private(&cert_file, &cert).unwrap();
    askpg::tls::write_private(&key_file, &key).unwrap();
    Fixture {
        port: cluster.port(),
        socket_dir: cluster.socket_dir(),
        bin_dir: cluster.bin_dir().to_owned(),
        cluster: Mutex::new(Some(cluster)),
        cert_file,
        key_file,
        _certs: certs,
    }
}

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

impl Fixture {
    /// Upstream URL for a role over TCP (TLS when `sslmode` says so).
    pub fn upstream_url(&self, role: &str, sslmode: &str) -> String {
        format!(
            "postgres://{role}:{READER_PASSWORD}@127.0.0.1:{}/{DATABASE}?sslmode={sslmode}",
            self.port
        )
    }

    /// Runs `f` with the cluster (e.g. to stop and restart it).
    pub fn with_cluster<R>(&self, f: impl FnOnce(&mut PrivateCluster) -> R) -> R {
        let mut guard = self.cluster.lock().unwrap();
        f(guard.as_mut().expect("cluster running"))
    }

    /// Superuser connection for assertions about the upstream.
    pub async fn superuser(&self) -> tokio_postgres::Client {
        self.superuser_on(DATABASE).await
    }

    /// Superuser connection to another database of the cluster.
    pub async fn superuser_on(&self, database: &str) -> tokio_postgres::Client {
        let mut config = tokio_postgres::Config::new();
        config
            .host_path(&self.socket_dir)
            .port(self.port)
            .user("postgres")
            .dbname(database);
        let (client, conn) = config.connect(tokio_postgres::NoTls).await.unwrap();
        tokio::spawn(conn);
        client
    }

    pub fn psql(&self) -> PathBuf {
        let bundled = self.bin_dir.join("psql");
        if bundled.exists() {
            bundled
        } else {
            PathBuf::from("psql")
        }
    }
}

/// The configuration tests start from: TLS, SCRAM user alice, upstream over TLS.
pub fn base_config() -> Config {
    let fx = fixture();
    let mut config = Config {
        listen: "127.0.0.1:0".into(),
        ..Config::default()
    };
    config.upstream.url = Secret::new(fx.upstream_url(READER, "require"));
    config.auth.method = AuthMethod::Scram;
    config.auth.users = vec![UserEntry {
        name: CLIENT_USER.into(),
        password: Secret::new(CLIENT_PASSWORD),
        ..Default::default()
    }];
    config.auth.failure_delay = std::time::Duration::from_millis(10);
    config.tls.cert_file = fx.cert_file.display().to_string();
    config.tls.key_file = fx.key_file.display().to_string();
    // What askpg learns from relayed SQL stays in this test binary's temporary directory.
    config.corpus.learned_path = fx
        .cert_file
        .with_file_name("learned.json")
        .display()
        .to_string();
    config
}

/// askpg running in-process on a free port.
pub struct Proxy {
    pub addr: SocketAddr,
    pub metrics_addr: Option<SocketAddr>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Proxy {
    pub async fn start(config: Config) -> Proxy {
        let server = askpg::Server::bind(config).await.expect("askpg binds");
        Proxy::from_server(server)
    }

    /// Runs an already bound server (e.g. one with the guard turned off).
    pub fn from_server(server: askpg::Server) -> Proxy {
        let addr = server.local_addr();
        let metrics_addr = server.metrics_addr();
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(server.run(async {
            let _ = stopped.await;
        }));
        Proxy {
            addr,
            metrics_addr,
            stop: Some(stop),
            task: Some(task),
        }
    }

    pub async fn with_defaults() -> Proxy {
        Proxy::start(base_config()).await
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Starts the drain; the returned handle finishes when the server has stopped.
    pub fn begin_shutdown(&mut self) -> JoinHandle<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task.take().expect("server running")
    }

    /// A libpq-style connection string for this proxy.
    pub fn conninfo(&self, sslmode: &str) -> String {
        format!(
            "host=127.0.0.1 port={} user={CLIENT_USER} password={CLIENT_PASSWORD} dbname={DATABASE} sslmode={sslmode}",
            self.port()
        )
    }

    /// tokio-postgres client through askpg (plain TCP, SCRAM).
    pub async fn client(&self) -> tokio_postgres::Client {
        let (client, conn) =
            tokio_postgres::connect(&self.conninfo("disable"), tokio_postgres::NoTls)
                .await
                .expect("connect through askpg");
        tokio::spawn(conn);
        client
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

/// A fingerprint of every fixture table and of the relations in public.
pub async fn table_contents() -> String {
    fixture()
        .superuser()
        .await
        .query_one(
            "SELECT md5(string_agg(t, '|')) FROM (
                 SELECT (SELECT md5(string_agg(c::text, ',' ORDER BY id)) FROM customers c) AS t
                 UNION ALL SELECT (SELECT md5(string_agg(o::text, ',' ORDER BY id)) FROM orders o)
                 UNION ALL SELECT (SELECT md5(string_agg(a::text, ',' ORDER BY id)) FROM all_types a)
                 UNION ALL SELECT (SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class
                                   WHERE relnamespace = 'public'::regnamespace)) s",
            &[],
        )
        .await
        .unwrap()
        .get(0)
}

/// A child process's status and output, for assertion messages.
pub fn describe_output(output: &std::process::Output) -> String {
    format!(
        "status {}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The rows of a simple query, NULL as the empty string.
pub fn simple_rows(messages: Vec<tokio_postgres::SimpleQueryMessage>) -> Vec<Vec<String>> {
    messages
        .into_iter()
        .filter_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(r) => Some(
                (0..r.len())
                    .map(|i| r.get(i).unwrap_or_default().to_owned())
                    .collect(),
            ),
            _ => None,
        })
        .collect()
}

/// A plain HTTP/1.1 GET: the status line and the body.
pub async fn http_get(addr: SocketAddr, path: &str) -> (String, String) {
    http_exchange(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: askpg\r\nConnection: close\r\n\r\n"),
    )
    .await
}

/// A plain HTTP/1.1 POST of a JSON body: the status line and the body.
pub async fn http_post(addr: SocketAddr, path: &str, json: &str) -> (String, String) {
    http_exchange(
        addr,
        format!(
            "POST {path} HTTP/1.1\r\nHost: askpg\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{json}",
            json.len()
        ),
    )
    .await
}

/// Sends one request on a fresh connection and reads the response to its end.
async fn http_exchange(addr: SocketAddr, request: String) -> (String, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let (head, body) = response.split_once("\r\n\r\n").expect("HTTP response");
    (
        head.lines().next().unwrap_or_default().to_owned(),
        body.to_owned(),
    )
}

/// Points a libpq-based client (psql, psycopg, asyncpg, node-postgres, the JDBC script) at
/// `port` through its PG* environment, with TLS required.
pub fn libpq_env<'a>(
    cmd: &'a mut tokio::process::Command,
    port: u16,
    user: &str,
    password: &str,
) -> &'a mut tokio::process::Command {
    cmd.env("PGHOST", "127.0.0.1")
        .env("PGPORT", port.to_string())
        .env("PGUSER", user)
        .env("PGPASSWORD", password)
        .env("PGDATABASE", DATABASE)
        .env("PGSSLMODE", "require")
}

/// Sends `signal` to a child process (SIGINT is a user's Ctrl-C).
pub fn send_signal(child: &tokio::process::Child, signal: nix::sys::signal::Signal) {
    let pid = nix::unistd::Pid::from_raw(child.id().expect("child still running") as i32);
    nix::sys::signal::kill(pid, signal).expect("signal delivered");
}
