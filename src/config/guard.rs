//! The `[guard]` section: the read-only policy (README.md, "Read-only by construction").

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The read-only policy (README.md, "Read-only by construction").
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct GuardConfig {
    /// Start even when the upstream role can write (warns instead of refusing).
    pub allow_writable_upstream: bool,
    /// Pinned on every upstream session; clients cannot change them.
    #[serde(with = "humantime_serde")]
    pub statement_timeout: Duration,
    #[serde(with = "humantime_serde")]
    pub lock_timeout: Duration,
    #[serde(with = "humantime_serde")]
    pub idle_in_transaction_session_timeout: Duration,
    /// Schemas clients may read; empty means every schema except the system ones.
    pub exposed_schemas: Vec<String>,
    /// Functions refused in addition to the built-in deny list.
    pub denied_functions: Vec<String>,
    /// Settings clients may SET in addition to the built-in list.
    pub allowed_settings: Vec<String>,
    /// Most rows one statement may return to a client (DataRow and COPY rows); 0: no cap.
    pub max_rows: u64,
    /// Most cursors WITH HOLD one session may have open; 0: none.
    pub max_held_cursors: usize,
    /// A SET that raises, disables or resets a pinned timeout passes, and askpg re-applies
    /// its own timeouts right after it (for clients such as pg_dump that disable them);
    /// false: such a SET is refused.
    pub repin_timeout_changes: bool,
}

impl Default for GuardConfig {
    fn default() -> Self {
        Self {
            allow_writable_upstream: false,
            statement_timeout: Duration::from_secs(300),
            lock_timeout: Duration::from_secs(10),
            idle_in_transaction_session_timeout: Duration::from_secs(600),
            exposed_schemas: Vec::new(),
            denied_functions: Vec::new(),
            allowed_settings: Vec::new(),
            max_rows: 0,
            max_held_cursors: 16,
            repin_timeout_changes: false,
        }
    }
}

/// Settings that keep a session read-only and bounded; never allowed for clients.
pub const PROTECTED_SETTINGS: &[&str] = &[
    "default_transaction_read_only",
    "transaction_read_only",
    "statement_timeout",
    "lock_timeout",
    "idle_in_transaction_session_timeout",
    "idle_session_timeout",
    "role",
    "session_authorization",
    "standard_conforming_strings",
    "client_encoding",
    "search_path_override",
    "session_replication_role",
    "default_transaction_deferrable",
    "transaction_isolation_override",
];
