//! Learning from the SQL that passes through askpg: the plain SQL BI tools and people send
//! is the best description of how an organisation uses its schema. Each statement's
//! relations, joins, columns and aggregate expressions are counted ([`stats`]), never its
//! literals or results; retrieval then brings the tables usually read together, the joins
//! used where no foreign key says so, and the usual expressions.
//!
//! [`Learner::observe`] is the entry point for relayed SQL: it costs a copy of the text and
//! a non-blocking send into a bounded channel (a full channel drops the statement). One
//! task on the main runtime parses and counts, publishes a snapshot for retrieval at most
//! every [`PUBLISH_EVERY`], and writes the statistics to `corpus.learned_path` at most
//! every [`SAVE_EVERY`], so they survive restarts. `corpus.learn_from_sql = false` turns
//! it all off.

pub mod parse;
pub mod stats;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::sync::mpsc;

use crate::config::Config;
pub use stats::UsageStats;

/// Statements waiting to be learned from at most; more are dropped.
const QUEUE: usize = 1024;
/// Longer statements are not learned from (generated SQL of that size says little).
const MAX_STATEMENT_BYTES: usize = 64 * 1024;
const PUBLISH_EVERY: Duration = Duration::from_secs(1);
const SAVE_EVERY: Duration = Duration::from_secs(30);

/// The learner shared by the asker and whatever relays SQL.
pub struct Learner {
    sender: Option<mpsc::Sender<String>>,
    snapshot: Arc<RwLock<Arc<UsageStats>>>,
    path: Option<PathBuf>,
    dropped: AtomicU64,
}

impl Learner {
    /// A learner as the configuration asks (off when `corpus.learn_from_sql` is false), with
    /// the statistics saved before; its task runs on `runtime`.
    pub fn start(config: &Config, runtime: &tokio::runtime::Handle) -> Self {
        if !config.corpus.learn_from_sql {
            return Self::off();
        }
        let path = learned_path(config);
        let stats = path.as_deref().map(load).unwrap_or_default();
        let snapshot = Arc::new(RwLock::new(Arc::new(stats.clone())));
        let (sender, receiver) = mpsc::channel(QUEUE);
        runtime.spawn(learn(receiver, stats, Arc::clone(&snapshot), path.clone()));
        Self {
            sender: Some(sender),
            snapshot,
            path,
            dropped: AtomicU64::new(0),
        }
    }

    /// A learner as the configuration asks that keeps its statistics in memory only (a
    /// role's own, see [`crate::ask::pipeline`]); its task runs on `runtime`.
    pub fn in_memory(config: &Config, runtime: &tokio::runtime::Handle) -> Self {
        if !config.corpus.learn_from_sql {
            return Self::off();
        }
        let snapshot = Arc::new(RwLock::new(Arc::new(UsageStats::default())));
        let (sender, receiver) = mpsc::channel(QUEUE);
        runtime.spawn(learn(
            receiver,
            UsageStats::default(),
            Arc::clone(&snapshot),
            None,
        ));
        Self {
            sender: Some(sender),
            snapshot,
            path: None,
            dropped: AtomicU64::new(0),
        }
    }

    /// A learner that learns nothing.
    pub fn off() -> Self {
        Self {
            sender: None,
            snapshot: Arc::new(RwLock::new(Arc::new(UsageStats::default()))),
            path: None,
            dropped: AtomicU64::new(0),
        }
    }

    /// Queues one statement's text to learn from; never blocks. Only what starts like a
    /// query is queued.
    pub fn observe(&self, sql: &str) {
        let Some(sender) = &self.sender else {
            return;
        };
        if sql.len() > MAX_STATEMENT_BYTES || !looks_like_a_query(sql) {
            return;
        }
        if sender.try_send(sql.to_owned()).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Whether the learner is on.
    pub fn enabled(&self) -> bool {
        self.sender.is_some()
    }

    /// The statistics as last published.
    pub fn stats(&self) -> Arc<UsageStats> {
        Arc::clone(&self.snapshot.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Rows for `SHOW askpg.corpus`.
    pub fn status(&self) -> Vec<(&'static str, String)> {
        if !self.enabled() {
            return vec![("learned", "off (corpus.learn_from_sql = false)".into())];
        }
        let stats = self.stats();
        let mut rows = vec![(
            "learned",
            format!(
                "{} statements: {} relations, {} joins, {} columns, {} expressions",
                stats.statements,
                stats.tables.len(),
                stats.joins.len(),
                stats.columns.len(),
                stats.expressions.len()
            ),
        )];
        let mut joins: Vec<(&String, &u64)> = stats.joins.iter().collect();
        joins.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (join, n) in joins.into_iter().take(5) {
            rows.push(("learned_join", format!("{join} ({n} statements)")));
        }
        if let Some(path) = &self.path {
            rows.push(("learned_path", path.display().to_string()));
        }
        let dropped = self.dropped.load(Ordering::Relaxed);
        if dropped > 0 {
            rows.push(("learned_dropped", dropped.to_string()));
        }
        rows
    }
}

/// Whether a text starts (after comments and spaces) with SELECT, WITH, VALUES or TABLE.
fn looks_like_a_query(sql: &str) -> bool {
    let mut rest = sql.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(word.as_str(), "select" | "with")
}

/// The task: counts what arrives, publishes and saves now and then.
async fn learn(
    mut receiver: mpsc::Receiver<String>,
    mut stats: UsageStats,
    snapshot: Arc<RwLock<Arc<UsageStats>>>,
    path: Option<PathBuf>,
) {
    let mut publish = tokio::time::interval(PUBLISH_EVERY);
    let mut save = tokio::time::interval(SAVE_EVERY);
    let (mut unpublished, mut unsaved) = (false, false);
    loop {
        tokio::select! {
            sql = receiver.recv() => {
                let Some(sql) = sql else { break };
                if let Some(observation) = parse::observe(&sql) {
                    stats.add(&observation);
                    unpublished = true;
                    unsaved = true;
                }
            }
            _ = publish.tick(), if unpublished => {
                *snapshot.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(stats.clone());
                unpublished = false;
            }
            _ = save.tick(), if unsaved => {
                if let Some(path) = &path {
                    persist(path, &stats).await;
                }
                unsaved = false;
            }
        }
    }
    if let (Some(path), true) = (&path, unsaved) {
        persist(path, &stats).await;
    }
}

/// `corpus.learned_path`, or a file per upstream database under `~/.cache/askpg/learned`;
/// none when that is empty and there is no home directory.
fn learned_path(config: &Config) -> Option<PathBuf> {
    let configured = config.corpus.learned_path.trim();
    if !configured.is_empty() {
        return Some(PathBuf::from(configured));
    }
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    // Statistics belong to one database: hosts, ports, database and role, not the password.
    let upstream = config.upstream_config().ok()?;
    let identity = format!(
        "{:?}|{:?}|{:?}|{:?}",
        upstream.get_hosts(),
        upstream.get_ports(),
        upstream.get_dbname(),
        upstream.get_user()
    );
    let digest = hex(&Sha256::digest(identity.as_bytes()));
    Some(
        Path::new(&home)
            .join(".cache/askpg/learned")
            .join(format!("{}.json", &digest[..16])),
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The statistics saved at `path`; empty when there are none or they do not read.
fn load(path: &Path) -> UsageStats {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|err| {
            tracing::warn!(path = %path.display(), error = %err, "learned statistics unreadable; starting afresh");
            UsageStats::default()
        }),
        Err(_) => UsageStats::default(),
    }
}

/// Writes the statistics to `path` through a temporary file, so a crash leaves the old ones.
async fn persist(path: &Path, stats: &UsageStats) {
    let Ok(bytes) = serde_json::to_vec(stats) else {
        return;
    };
    let path = path.to_owned();
    let written = tokio::task::spawn_blocking(move || -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let temporary = path.with_extension("json.tmp");
        std::fs::write(&temporary, bytes)?;
        std::fs::rename(&temporary, &path)
    })
    .await;
    if let Ok(Err(err)) = written {
        tracing::warn!(error = %err, "learned statistics not saved");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_queries_are_queued() {
        assert!(looks_like_a_query("SELECT 1"));
        assert!(looks_like_a_query(
            "  -- Metabase\n/* x */ with a as (select 1) select 1"
        ));
        assert!(!looks_like_a_query("UPDATE t SET a = 1"));
        assert!(!looks_like_a_query("ASK 'revenue'"));
    }

    #[tokio::test]
    async fn statistics_are_learned_published_and_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("learned.json");
        let mut config = Config::default();
        config.corpus.learned_path = path.display().to_string();
        let learner = Learner::start(&config, &tokio::runtime::Handle::current());
        learner.observe(
            "SELECT SUM(i.total) FROM invoice i JOIN customer c ON c.customer_id = i.customer_id",
        );
        learner.observe("DELETE FROM invoice");
        // Poll, bounded, for the snapshot that follows the statement.
        for _ in 0..100 {
            if learner.stats().statements == 1 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(learner.stats().statements, 1);
        drop(learner);
        for _ in 0..100 {
            if path.exists() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let saved = load(&path);
        assert_eq!(saved.tables["invoice"], 1);
        let again = Learner::start(&config, &tokio::runtime::Handle::current());
        assert_eq!(again.stats().statements, 1, "kept across restarts");
        assert!(Learner::off().status()[0].1.starts_with("off"));
    }
}
