//! The accept loop and the server lifecycle: connection limit, one task per connection,
//! graceful drain bounded by `limits.shutdown_grace`.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};
use tokio_util::task::TaskTracker;
use tracing::{error, info, warn};

use std::sync::atomic::{AtomicBool, Ordering};

use crate::admin::{AdminTarget, Rows};
use crate::cancel::{CancelRegistry, SessionInfo};
use crate::config::Config;
use crate::error::{sqlstate, ClientError};
use crate::frontend::auth::Authenticator;
use crate::guard::Guard;
use crate::metrics::{Readiness, ReadyReport, METRICS};
use crate::relay::Phase;
use crate::role_audit::AuditError;
use crate::tls::ServerTls;
use crate::upstream::UpstreamTarget;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("TLS: {0}")]
    Tls(#[from] crate::tls::TlsError),
    #[error(transparent)]
    Audit(#[from] crate::role_audit::AuditError),
    #[error(transparent)]
    Metrics(#[from] crate::metrics::MetricsError),
    #[error("{0}")]
    Ask(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
}

/// What every session needs, built once at start.
pub struct Shared {
    pub config: Config,
    pub tls: Option<Arc<ServerTls>>,
    pub auth: Authenticator,
    pub upstream: UpstreamTarget,
    /// Where client database names lead; the primary is `upstream` with `guard`.
    pub databases: crate::databases::Databases,
    pub cancels: Arc<CancelRegistry>,
    /// Audit verdicts of the mapped roles and passthrough logins, per database.
    pub roles: crate::identity::RoleAudits,
    pub guard: Arc<Guard>,
    /// False only in tests proving that the upstream layers hold without the guard.
    pub guard_enabled: bool,
    pub pin_sql: Arc<str>,
    /// Answers questions (ASK); its knowledge loads after the role audit.
    pub asker: Option<Arc<crate::ask::pipeline::Asker>>,
    audited: AtomicBool,
    started: std::time::Instant,
    audit_lock: tokio::sync::Mutex<()>,
    /// What the audit found when writes were explicitly allowed (reported by /readyz).
    writable_findings: std::sync::Mutex<Vec<String>>,
}

impl Shared {
    /// Audits the upstream role (and loads the guard's catalog) once, before the first
    /// session, when the upstream could not be reached at start.
    pub async fn ensure_audited(&self) -> Result<(), ClientError> {
        if self.audited.load(Ordering::Acquire) {
            return Ok(());
        }
        let _lock = self.audit_lock.lock().await;
        if self.audited.load(Ordering::Acquire) {
            return Ok(());
        }
        match self.audit_roles().await {
            Ok((catalog, findings)) => {
                self.accept_audit(catalog, &findings);
                if let Some(asker) = &self.asker {
                    let asker = asker.clone();
                    // The first session need not wait for the corpus: ordinary SQL works.
                    let roles = mapped_roles(&self.config);
                    tokio::spawn(async move {
                        match asker.reload().await {
                            Ok(_) => asker.prepare_mapped_roles(&roles).await,
                            Err(err) => error!(error = %err, "the corpus could not be loaded"),
                        }
                    });
                }
                Ok(())
            }
            Err(AuditError::Unreachable(err)) => Err(err.to_client()),
            Err(err @ AuditError::Writable(_)) => {
                error!(%err, "upstream role audit failed");
                Err(ClientError::fatal(
                    sqlstate::CONNECTION_FAILURE,
                    "askpg refuses to serve: its upstream role can write",
                )
                .with_detail(err.to_string()))
            }
            Err(err @ AuditError::Role { .. }) => {
                error!(%err, "mapped role audit failed");
                Err(ClientError::fatal(
                    sqlstate::CONNECTION_FAILURE,
                    "askpg refuses to serve: it cannot take a mapped role",
                )
                .with_detail(err.to_string()))
            }
        }
    }

    /// Audits the role of `upstream.url` and every mapped role in its database; the
    /// configured role's catalog and findings.
    async fn audit_roles(&self) -> Result<(crate::guard::Catalog, Vec<String>), AuditError> {
        let audited = crate::role_audit::run(&self.config).await?;
        self.roles
            .audit_mapped(self.databases.primary(), &self.config)
            .await?;
        Ok(audited)
    }

    /// The database a client's database name reaches, audited before its first session;
    /// Err is the error the client gets.
    pub async fn database(
        &self,
        name: &str,
    ) -> Result<Arc<crate::databases::Database>, ClientError> {
        if name == self.databases.primary().name {
            self.ensure_audited().await?;
        }
        self.databases.reach(name, &self.config).await
    }

    /// Re-audits the upstream role and reloads the guard's view of the catalog (SIGHUP,
    /// `ASKPG RELOAD`). Sessions keep running; their cached verdicts are dropped. Returns
    /// what changed.
    pub async fn reload(&self) -> Result<String, ServerError> {
        let reloaded = self.reload_unmetered().await;
        METRICS.reload(reloaded.is_ok());
        reloaded
    }

    async fn reload_unmetered(&self) -> Result<String, ServerError> {
        let before = self.guard.catalog();
        self.roles.forget();
        let (catalog, findings) = self.audit_roles().await?;
        let mut changes = catalog.changes_since(&before);
        self.accept_audit(catalog, &findings);
        if let Some(asker) = &self.asker {
            let corpus = asker.reload().await.map_err(ServerError::Ask)?;
            changes = format!("{changes}; {corpus}");
            prepare_mapped_roles(asker, &self.config);
        }
        if let Some(databases) = self.databases.reload(&self.config).await {
            changes = format!("{changes}; {databases}");
        }
        Ok(changes)
    }

    fn accept_audit(&self, catalog: crate::guard::Catalog, findings: &[String]) {
        for finding in findings {
            warn!(finding = %finding, "upstream role can write (guard.allow_writable_upstream = true)");
        }
        *self
            .writable_findings
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = findings.to_vec();
        self.guard.set_catalog(catalog);
        self.audited.store(true, Ordering::Release);
        info!("upstream role audited");
    }
}

#[async_trait::async_trait]
impl Readiness for Shared {
    /// Ready when the upstream answers with the audited role and the corpus is loaded.
    async fn readiness(&self) -> ReadyReport {
        let upstream = match crate::role_audit::side_connection(&self.config).await {
            Ok(client) => match client.simple_query("SELECT 1").await {
                Ok(_) => Ok(()),
                Err(e) => Err(e.to_string()),
            },
            Err(e) => Err(e.to_string()),
        };
        let audit = match (&upstream, self.ensure_audited().await) {
            (Err(_), _) if !self.audited.load(Ordering::Acquire) => {
                Err("not audited yet: the upstream is unreachable".to_owned())
            }
            (_, Ok(())) => Ok(()),
            (_, Err(e)) => Err(e.message),
        };
        let findings = self
            .writable_findings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let check = |r: &Result<(), String>| match r {
            Ok(()) => serde_json::json!({ "ok": true }),
            Err(e) => serde_json::json!({ "ok": false, "error": e }),
        };
        let corpus = match &self.asker {
            Some(asker) => asker.knowledge().map(|k| k.corpus.summary()),
            None => Ok("questions are not served".to_owned()),
        };
        let corpus_check = match &corpus {
            Ok(summary) => serde_json::json!({ "ok": true, "summary": summary }),
            Err(e) => serde_json::json!({ "ok": false, "error": e }),
        };
        let ready = upstream.is_ok() && audit.is_ok() && corpus.is_ok();
        let mut report = serde_json::json!({
            "ready": ready,
            "checks": {
                "upstream": check(&upstream),
                "role_audit": check(&audit),
                "corpus": corpus_check,
            },
        });
        if !findings.is_empty() {
            report["warnings"] = serde_json::json!({ "writable_upstream": findings });
        }
        ReadyReport { ready, report }
    }
}

#[async_trait::async_trait]
impl AdminTarget for Shared {
    fn status(&self) -> Rows {
        let mut rows = vec![
            ("version", env!("CARGO_PKG_VERSION").to_owned()),
            (
                "uptime",
                humantime::format_duration(std::time::Duration::from_secs(
                    self.started.elapsed().as_secs(),
                ))
                .to_string(),
            ),
            ("sessions", self.cancels.sessions().len().to_string()),
            ("upstream", self.upstream.describe()),
            ("other_databases", self.databases.reached().join(", ")),
            (
                "role_audited",
                self.audited.load(Ordering::Acquire).to_string(),
            ),
        ];
        rows.extend(self.corpus_status());
        rows
    }

    fn corpus_status(&self) -> Rows {
        let Some(asker) = &self.asker else {
            return vec![("corpus", "questions are not served".into())];
        };
        let mut rows = vec![("generator", asker.generator_name().to_owned())];
        match asker.knowledge() {
            Ok(knowledge) => {
                rows.push(("corpus_version", knowledge.corpus.version.clone()));
                rows.push(("corpus", knowledge.corpus.summary()));
                rows.push(("embedder", knowledge.embedder.clone()));
                for issue in &knowledge.corpus.issues {
                    rows.push((
                        "corpus_issue",
                        format!("{}: {}", issue.source, issue.message),
                    ));
                }
            }
            Err(e) => rows.push(("corpus", e)),
        }
        rows.extend(asker.learned_status());
        rows.extend(asker.role_status());
        rows
    }

    fn cache_status(&self) -> Rows {
        match self.asker.as_ref().and_then(|a| a.cache()) {
            Some(cache) => cache.status(),
            None => vec![("cache", "off: translations are not cached".into())],
        }
    }

    fn clear_cache(&self) -> Rows {
        match self.asker.as_ref().and_then(|a| a.cache()) {
            Some(cache) => {
                let (cleared, seeded) = cache.clear();
                let cleared = cleared + self.asker.as_ref().map_or(0, |a| a.clear_role_caches());
                tracing::info!(cleared, seeded, "cache cleared");
                vec![
                    ("cleared", cleared.to_string()),
                    ("examples", seeded.to_string()),
                ]
            }
            None => vec![
                ("cleared", "0".into()),
                ("cache", "off: nothing is cached".into()),
            ],
        }
    }

    fn sessions(&self) -> Vec<(i32, SessionInfo)> {
        self.cancels.sessions()
    }

    async fn reload(&self) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Shared::reload(self).await?)
    }
}

/// A bound server, not yet accepting.
pub struct Server {
    listener: TcpListener,
    metrics: Option<TcpListener>,
    shared: Arc<Shared>,
}

impl Server {
    /// Validates the configuration, loads TLS material and binds the listen address.
    pub async fn bind(config: Config) -> Result<Self, ServerError> {
        config.validate()?;
        let tls = if config.tls.cert_file.is_empty() {
            None
        } else {
            Some(Arc::new(ServerTls::from_files(
                &config.tls.cert_file,
                &config.tls.key_file,
            )?))
        };
        let listener =
            TcpListener::bind(&config.listen)
                .await
                .map_err(|source| ServerError::Bind {
                    addr: config.listen.clone(),
                    source,
                })?;
        let metrics = if config.metrics.listen.is_empty() {
            None
        } else {
            Some(crate::metrics::bind(&config.metrics.listen).await?)
        };
        let guard = Arc::new(Guard::new(&config.guard));
        let asker = crate::ask::pipeline::Asker::from_config(&config, guard.clone())
            .map_err(ServerError::Ask)?;
        let upstream = UpstreamTarget::new(&config)?;
        let databases = crate::databases::Databases::new(&config, &upstream, guard.clone())?;
        let shared = Arc::new(Shared {
            auth: Authenticator::new(&config.auth, listen_is_loopback(&config.listen)),
            roles: crate::identity::RoleAudits::default(),
            upstream,
            databases,
            cancels: Arc::new(CancelRegistry::default()),
            asker: Some(Arc::new(asker)),
            guard,
            guard_enabled: true,
            pin_sql: crate::upstream::pin_sql(&config.guard).into(),
            audited: AtomicBool::new(false),
            started: std::time::Instant::now(),
            audit_lock: tokio::sync::Mutex::new(()),
            writable_findings: std::sync::Mutex::new(Vec::new()),
            tls,
            config,
        });
        match shared.audit_roles().await {
            Ok((catalog, findings)) => {
                shared.accept_audit(catalog, &findings);
                if let Some(asker) = &shared.asker {
                    // A corpus that does not load (a broken examples.yaml, say) stops the
                    // start with the reason; on reload the previous corpus stays instead.
                    let started = std::time::Instant::now();
                    let loaded = asker
                        .reload()
                        .await
                        .map_err(|e| ServerError::Ask(format!("cannot load the corpus: {e}")))?;
                    info!(
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "{loaded}"
                    );
                    prepare_mapped_roles(asker, &shared.config);
                }
            }
            Err(err @ (AuditError::Writable(_) | AuditError::Role { .. })) => {
                return Err(err.into())
            }
            Err(AuditError::Unreachable(err)) => {
                warn!(error = %err, "upstream unreachable at start; its role is audited before the first session")
            }
        }
        Ok(Self {
            listener,
            metrics,
            shared,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("bound listener has an address")
    }

    /// Test only: turns the statement guard off, to prove that the upstream role and the
    /// pinned read-only session stop writes on their own. Never used by `askpg serve`.
    pub fn without_guard(mut self) -> Self {
        if let Some(shared) = Arc::get_mut(&mut self.shared) {
            shared.guard_enabled = false;
        }
        self
    }

    /// The metrics endpoint's address, when one is configured.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().and_then(|l| l.local_addr().ok())
    }

    /// Accepts connections until `shutdown` completes, then drains.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let Server {
            listener,
            metrics,
            shared,
        } = self;
        let metrics_task =
            metrics.map(|listener| tokio::spawn(crate::metrics::serve(listener, shared.clone())));
        let permits = Arc::new(Semaphore::new(shared.config.limits.max_connections));
        let (phase_tx, phase_rx) = watch::channel(Phase::Running);
        let tracker = TaskTracker::new();
        let workers = match crate::workers::Workers::for_runtime(&shared.config.runtime) {
            Ok(workers) => workers,
            Err(e) => return error!(error = %e, "cannot start session threads"),
        };
        info!(
            listen = %listener.local_addr().map(|a| a.to_string()).unwrap_or_default(),
            upstream = %shared.upstream.describe(),
            tls = shared.tls.is_some(),
            session_threads = workers.threads(),
            pinned = workers.pinned(),
            busy_poll_us = workers.busy_poll().as_micros() as u64,
            "askpg listening"
        );
        tokio::pin!(shutdown);
        let mut hangup =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
        loop {
            let accepted = tokio::select! {
                _ = &mut shutdown => break,
                Some(()) = async { match hangup.as_mut() { Some(h) => h.recv().await, None => None } } => {
                    tokio::spawn(reload(shared.clone()));
                    continue;
                }
                accepted = listener.accept() => accepted,
            };
            match accepted {
                Ok((tcp, peer)) => {
                    let _ = tcp.set_nodelay(true);
                    let permit = permits.clone().try_acquire_owned().ok();
                    let span = tracing::debug_span!("connection", %peer);
                    // The socket is registered with the session thread's reactor there.
                    let tcp = match tcp.into_std() {
                        Ok(tcp) => tcp,
                        Err(e) => {
                            warn!(error = %e, "cannot hand over a connection");
                            continue;
                        }
                    };
                    let shared = shared.clone();
                    let phase = phase_rx.clone();
                    workers.spawn(tracker.track_future(tracing::Instrument::instrument(
                        async move {
                            match tokio::net::TcpStream::from_std(tcp) {
                                Ok(tcp) => crate::session::handle(tcp, shared, permit, phase).await,
                                Err(e) => warn!(error = %e, "cannot register a connection"),
                            }
                        },
                        span,
                    )));
                }
                Err(e) => {
                    // Out of file descriptors and similar: log, back off briefly, go on.
                    error!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
        drop(listener);
        drain(&tracker, &phase_tx, shared.config.limits.shutdown_grace).await;
        if let Some(task) = metrics_task {
            task.abort();
        }
        // Joining the session threads blocks; every session has ended or was cut off.
        let _ = tokio::task::spawn_blocking(move || drop(workers)).await;
    }
}

/// The mapped roles of the configuration, owned (for a task).
fn mapped_roles(config: &Config) -> Vec<String> {
    config
        .auth
        .mapped_roles()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// Builds the question views of the mapped roles in the background.
fn prepare_mapped_roles(asker: &Arc<crate::ask::pipeline::Asker>, config: &Config) {
    let roles = mapped_roles(config);
    if roles.is_empty() {
        return;
    }
    let task = asker.clone();
    // On the asker's runtime, which does all question work (a reload may run elsewhere).
    asker
        .runtime()
        .spawn(async move { task.prepare_mapped_roles(&roles).await });
}

/// Whether `listen` is a loopback address (validated before, so it parses).
fn listen_is_loopback(listen: &str) -> bool {
    listen
        .parse::<SocketAddr>()
        .is_ok_and(|addr| addr.ip().is_loopback())
}

async fn reload(shared: Arc<Shared>) {
    info!("SIGHUP received: reloading what askpg knows of the upstream");
    match shared.reload().await {
        Ok(changes) => info!(%changes, "reload complete"),
        Err(err) => error!(error = %err, "reload failed; keeping the previous state"),
    }
}

async fn drain(tracker: &TaskTracker, phase: &watch::Sender<Phase>, grace: Duration) {
    tracker.close();
    info!(sessions = tracker.len(), grace = ?grace, "draining");
    let _ = phase.send(Phase::Draining);
    if tokio::time::timeout(grace, tracker.wait()).await.is_err() {
        warn!(
            sessions = tracker.len(),
            "grace period over, closing remaining sessions"
        );
        let _ = phase.send(Phase::Closing);
        let _ = tokio::time::timeout(Duration::from_secs(5), tracker.wait()).await;
    }
    info!("askpg stopped");
}

/// Resolves on SIGTERM or SIGINT.
pub async fn termination_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
    tokio::select! {
        _ = term.recv() => info!("SIGTERM received"),
        _ = int.recv() => info!("SIGINT received"),
    }
}
