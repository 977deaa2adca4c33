//! The ASK audit log: one JSON line per question, appended to `audit.path`. It records who
//! asked what, the SQL that ran, how it was produced and how it ended — never result data
//! and never secrets.

use std::io::Write;
use std::sync::Mutex;

use serde::Serialize;

pub struct AuditLog {
    file: Mutex<std::fs::File>,
}

/// One line of the audit log.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRecord {
    pub time: String,
    pub session: u64,
    pub statement: u64,
    pub user: String,
    /// The upstream role the session's statements run as.
    pub upstream_role: String,
    pub application_name: String,
    pub question: String,
    pub explain: bool,
    pub sql: Option<String>,
    pub generator: String,
    pub model: String,
    /// What answered: `cache`, `intent`, `example`, `builtin` or `llm`.
    pub route: String,
    /// What the semantic cache did: status, tier, similarity, the entry.
    pub cache: super::cache::CacheReport,
    pub corpus_version: String,
    pub derived_from: Option<String>,
    pub repairs: u32,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    /// From the question to the SQL being sent upstream.
    pub generation_ms: f64,
    /// From the question to the upstream's ReadyForQuery.
    pub latency_ms: f64,
    /// Rows the client received (0 for EXPLAIN ASK and errors).
    pub rows: u64,
    /// How the question ended (see [`Outcome`]).
    pub outcome: Outcome,
    /// SQLSTATE and message of the error the client got, if any.
    pub error: Option<String>,
}

/// Why a question produced no SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The generator could not answer it.
    Unanswerable,
    /// The LLM or embeddings endpoint failed.
    LlmError,
    /// The generated SQL never passed validation.
    InvalidSql,
    /// `ask.deadline` passed.
    Deadline,
    /// A CancelRequest stopped it.
    Cancelled,
    /// The corpus was not loaded.
    NotReady,
    /// The session is on a database other than the one questions are answered on.
    OtherDatabase,
}

impl Failure {
    pub fn label(self) -> &'static str {
        match self {
            Self::Unanswerable => "unanswerable",
            Self::LlmError => "llm_error",
            Self::InvalidSql => "invalid_sql",
            Self::Deadline => "deadline",
            Self::Cancelled => "cancelled",
            Self::NotReady => "not_ready",
            Self::OtherDatabase => "other_database",
        }
    }
}

/// How a question ended; written to the audit log as a string (`ok`, `unanswerable`,
/// `explained_unanswerable`, `client_gone`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Its SQL ran (or, for EXPLAIN ASK, was explained).
    Ok,
    /// No SQL came out; the client got the error.
    Failed(Failure),
    /// EXPLAIN ASK reported why no SQL came out.
    Explained(Failure),
    /// The client disconnected while the question was answered.
    ClientGone,
    /// The SQL went upstream and the upstream answered with an error.
    ExecutionError,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Ok => f.write_str("ok"),
            Self::Failed(failure) => f.write_str(failure.label()),
            Self::Explained(failure) => write!(f, "explained_{}", failure.label()),
            Self::ClientGone => f.write_str("client_gone"),
            Self::ExecutionError => f.write_str("execution_error"),
        }
    }
}

impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl AuditLog {
    pub fn open(path: &str) -> std::io::Result<Self> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(Self {
            file: Mutex::new(file),
        })
    }

    /// Appends one line; a failing write is logged, never fatal to the session.
    pub fn write(&self, record: &AuditRecord) {
        let Ok(mut line) = serde_json::to_vec(record) else {
            return;
        };
        line.push(b'\n');
        let mut file = self.file.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(err) = file.write_all(&line) {
            tracing::warn!(error = %err, "could not write the ASK audit log");
        }
    }
}

/// The current time as RFC 3339 with milliseconds.
pub fn now() -> String {
    humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string()
}
