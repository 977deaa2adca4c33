//! A private PostgreSQL cluster started from the system's binaries in a temporary directory
//! on a free port — for `askpg demo` and the tests. `initdb` and `postgres` refuse to run as
//! root, so as root the cluster runs as the unprivileged `postgres` user, which owns the
//! directory. The cluster stops and its directory is removed on drop.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, Signal};
use nix::unistd::{Gid, Pid, Uid, User};

#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error("PostgreSQL server binaries (initdb, postgres) not found on PATH or under /usr/lib/postgresql/*/bin; install them, e.g. `apt-get install postgresql`")]
    BinariesNotFound,
    #[error("running as root but there is no unprivileged `postgres` user to own the cluster (install the postgresql package, which creates it)")]
    NoUnprivilegedUser,
    #[error("{step}: {source}")]
    Io {
        step: &'static str,
        source: std::io::Error,
    },
    #[error("{step} failed: {output}")]
    Command { step: &'static str, output: String },
    #[error("PostgreSQL did not become ready within {0:?}; log:\n{1}")]
    NotReady(Duration, String),
}

/// Options for a new cluster.
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// pg_hba method for TCP connections (`scram-sha-256`, `md5`, `trust`). Unix-socket
    /// connections are always `trust` for the superuser's setup work.
    pub host_auth: String,
    /// Serve TLS with a generated self-signed certificate.
    pub ssl: bool,
    /// Extra `-c name=value` settings.
    pub settings: Vec<(String, String)>,
    /// pg_hba.conf lines placed before initdb's own (first match wins).
    pub hba_first: Vec<String>,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        Self {
            host_auth: "scram-sha-256".into(),
            ssl: false,
            settings: Vec::new(),
            hba_first: Vec::new(),
        }
    }
}

pub struct PrivateCluster {
    dir: PathBuf,
    port: u16,
    options: ClusterOptions,
    bin: PathBuf,
    owner: Option<(Uid, Gid)>,
    postgres: Option<Child>,
}

impl PrivateCluster {
    /// Runs initdb and starts postgres; returns once it accepts connections.
    pub fn start(options: &ClusterOptions) -> Result<Self, ClusterError> {
        let bin = find_binaries().ok_or(ClusterError::BinariesNotFound)?;
        let owner = unprivileged_owner()?;
        let dir = make_private_dir(owner)?;
        let mut cluster = Self {
            dir,
            port: 0,
            options: options.clone(),
            bin,
            owner,
            postgres: None,
        };
        cluster.initdb(options)?;
        if options.ssl {
            cluster.write_certificate()?;
        }
        cluster.port = free_port()?;
        cluster.launch(options)?;
        Ok(cluster)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The Unix-socket directory; connections there are trusted superuser connections.
    pub fn socket_dir(&self) -> PathBuf {
        self.dir.join("sock")
    }

    /// tokio-postgres configuration for the superuser over the Unix socket.
    pub fn superuser_config(&self, dbname: &str) -> tokio_postgres::Config {
        let mut config = tokio_postgres::Config::new();
        config
            .host_path(self.socket_dir())
            .port(self.port)
            .user("postgres")
            .dbname(dbname);
        config
    }

    /// Connects as superuser and drives the connection in the background.
    pub async fn superuser_client(
        &self,
        dbname: &str,
    ) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
        let (client, connection) = self
            .superuser_config(dbname)
            .connect(tokio_postgres::NoTls)
            .await?;
        tokio::spawn(connection);
        Ok(client)
    }

    pub fn bin_dir(&self) -> &Path {
        &self.bin
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(self.bin.join(program));
        if let Some((uid, gid)) = self.owner {
            use std::os::unix::process::CommandExt;
            cmd.uid(uid.as_raw()).gid(gid.as_raw());
        }
        cmd.env("LC_ALL", "C").env_remove("PGDATA");
        cmd
    }

    fn initdb(&self, options: &ClusterOptions) -> Result<(), ClusterError> {
        let output = self
            .command("initdb")
            .arg("-D")
            .arg(self.dir.join("data"))
            .args([
                "-U",
                "postgres",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ])
            .arg(format!("--auth-host={}", options.host_auth))
            .arg("--auth-local=trust")
            .output()
            .map_err(|source| ClusterError::Io {
                step: "initdb",
                source,
            })?;
        if !output.status.success() {
            return Err(ClusterError::Command {
                step: "initdb",
                output: String::from_utf8_lossy(&output.stderr).into_owned(),
            });
        }
        if !options.hba_first.is_empty() {
            let hba = self.dir.join("data").join("pg_hba.conf");
            let io = |source| ClusterError::Io {
                step: "pg_hba.conf",
                source,
            };
            let existing = std::fs::read_to_string(&hba).map_err(io)?;
            let text = format!("{}\n{existing}", options.hba_first.join("\n"));
            std::fs::write(&hba, text).map_err(io)?;
        }
        Ok(())
    }

    fn write_certificate(&self) -> Result<(), ClusterError> {
        let (cert, key) = crate::tls::self_signed(&["localhost", "127.0.0.1"]).map_err(|e| {
            ClusterError::Command {
                step: "certificate",
                output: e.to_string(),
            }
        })?;
        for (name, pem) in [("server.crt", cert), ("server.key", key)] {
            let path = self.dir.join("data").join(name);
            crate::tls::write_private(&path, &pem).map_err(|source| ClusterError::Io {
                step: "certificate",
                source,
            })?;
            self.chown(&path)?;
        }
        Ok(())
    }

    fn chown(&self, path: &Path) -> Result<(), ClusterError> {
        if let Some((uid, gid)) = self.owner {
            nix::unistd::chown(path, Some(uid), Some(gid)).map_err(|e| ClusterError::Io {
                step: "chown",
                source: e.into(),
            })?;
        }
        Ok(())
    }

    fn launch(&mut self, options: &ClusterOptions) -> Result<(), ClusterError> {
        let socket_dir = self.socket_dir();
        std::fs::create_dir_all(&socket_dir).map_err(|source| ClusterError::Io {
            step: "socket dir",
            source,
        })?;
        self.chown(&socket_dir)?;
        let log_path = self.dir.join("postgres.log");
        let log = std::fs::File::create(&log_path).map_err(|source| ClusterError::Io {
            step: "log",
            source,
        })?;
        self.chown(&log_path)?;
        let mut settings: Vec<(String, String)> = [
            ("listen_addresses", "127.0.0.1"),
            ("fsync", "off"),
            ("synchronous_commit", "off"),
            ("full_page_writes", "off"),
            ("max_connections", "200"),
            ("shared_buffers", "64MB"),
            ("ssl", if options.ssl { "on" } else { "off" }),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        settings.push((
            "unix_socket_directories".into(),
            socket_dir.display().to_string(),
        ));
        settings.extend(options.settings.iter().cloned());
        let mut cmd = self.command("postgres");
        cmd.arg("-D")
            .arg(self.dir.join("data"))
            .arg("-p")
            .arg(self.port.to_string());
        for (name, value) in &settings {
            cmd.arg("-c").arg(format!("{name}={value}"));
        }
        let stderr = log.try_clone().map_err(|source| ClusterError::Io {
            step: "log",
            source,
        })?;
        let child = cmd
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(stderr)
            .spawn()
            .map_err(|source| ClusterError::Io {
                step: "postgres",
                source,
            })?;
        self.postgres = Some(child);
        self.wait_ready(Duration::from_secs(60))
    }

    /// Ready when postmaster.pid's status line says so (it says "starting" before).
    fn wait_ready(&mut self, limit: Duration) -> Result<(), ClusterError> {
        let pid_file = self.dir.join("data").join("postmaster.pid");
        let started = Instant::now();
        while started.elapsed() < limit {
            if let Ok(text) = std::fs::read_to_string(&pid_file) {
                if text.lines().nth(7).map(str::trim) == Some("ready") {
                    return Ok(());
                }
            }
            if let Some(child) = self.postgres.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    return Err(ClusterError::Command {
                        step: "postgres",
                        output: format!("exited with {status}; log:\n{}", self.log()),
                    });
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(ClusterError::NotReady(limit, self.log()))
    }

    /// The server log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("postgres.log")).unwrap_or_default()
    }

    /// Fast shutdown (SIGINT), then SIGKILL if it does not finish in time.
    pub fn stop(&mut self) {
        let Some(mut child) = self.postgres.take() else {
            return;
        };
        let pid = Pid::from_raw(child.id() as i32);
        let _ = kill(pid, Signal::SIGINT);
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        let _ = child.kill();
        let _ = child.wait();
    }

    /// Starts the server again (same directory, port and options) after `stop` — for
    /// tests of an upstream that goes away and comes back.
    pub fn start_again(&mut self) -> Result<(), ClusterError> {
        self.stop();
        let options = self.options.clone();
        self.launch(&options)
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Directory holding initdb, postgres and pg_ctl: next to `initdb` on PATH, else the newest
/// `/usr/lib/postgresql/<version>/bin`.
pub fn find_binaries() -> Option<PathBuf> {
    let has_all = |dir: &Path| ["initdb", "postgres"].iter().all(|b| dir.join(b).is_file());
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let initdb = dir.join("initdb");
            if let Ok(real) = std::fs::canonicalize(&initdb) {
                if let Some(parent) = real.parent().filter(|p| has_all(p)) {
                    return Some(parent.to_owned());
                }
            }
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((version, e.path().join("bin")))
        })
        .filter(|(_, bin)| has_all(bin))
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn unprivileged_owner() -> Result<Option<(Uid, Gid)>, ClusterError> {
    if !Uid::effective().is_root() {
        return Ok(None);
    }
    match User::from_name("postgres") {
        Ok(Some(user)) => Ok(Some((user.uid, user.gid))),
        _ => Err(ClusterError::NoUnprivilegedUser),
    }
}

fn make_private_dir(owner: Option<(Uid, Gid)>) -> Result<PathBuf, ClusterError> {
    let io = |source| ClusterError::Io {
        step: "temp dir",
        source,
    };
    let dir = tempfile::Builder::new()
        .prefix("askpg-pg-")
        .tempdir()
        .map_err(io)?
        .keep();
    if let Some((uid, gid)) = owner {
        nix::unistd::chown(&dir, Some(uid), Some(gid)).map_err(|e| io(e.into()))?;
    }
    Ok(dir)
}

/// A port the OS reports free on 127.0.0.1 right now.
pub fn free_port() -> Result<u16, ClusterError> {
    let listener =
        std::net::TcpListener::bind("127.0.0.1:0").map_err(|source| ClusterError::Io {
            step: "free port",
            source,
        })?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|source| ClusterError::Io {
            step: "free port",
            source,
        })
}
