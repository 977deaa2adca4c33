//! Functions refused in any spelling (`nextval`, `pg_catalog.nextval`, `"nextval"`,
//! `NEXTVAL`): side effects, escapes from read-only, sleeping, file and network access.
//! `set_config` follows the rules of SET (see `walk`).

use super::{denied, Catalog, Guard};
use crate::error::ClientError;

/// Refused by exact (lower-case) name.
const DENIED: &[&str] = &[
    "nextval",
    "setval",
    "txid_current",
    "pg_current_xact_id",
    "pg_terminate_backend",
    "pg_cancel_backend",
    "pg_reload_conf",
    "pg_rotate_logfile",
    "pg_read_file",
    "pg_read_binary_file",
    "pg_stat_file",
    "pg_notify",
    "ts_stat",
    "pg_logical_emit_message",
    "loread",
    "lowrite",
    "pg_promote",
    "pg_switch_wal",
    "pg_create_restore_point",
    "pg_backup_start",
    "pg_backup_stop",
    "pg_start_backup",
    "pg_stop_backup",
    "pg_log_backend_memory_contexts",
    "pg_wal_replay_pause",
    "pg_wal_replay_resume",
    "pg_import_system_collations",
];

/// Refused by name prefix.
const DENIED_PREFIXES: &[&str] = &[
    "pg_sleep",
    "pg_advisory",
    "pg_try_advisory",
    "lo_",
    "pg_ls_",
    "dblink",
    "query_to_xml",
    "table_to_xml",
    "database_to_xml",
    "schema_to_xml",
    "cursor_to_xml",
    "pg_stat_reset",
    "pg_replication_",
    "pg_create_",
    "pg_drop_replication",
    "pg_file_",
];

/// Exceptions to the prefixes: they only release what a session holds (asyncpg's pool
/// reset calls it).
const ALLOWED: &[&str] = &["pg_advisory_unlock_all"];

/// Refuses a call of the function named `name` (its qualified name's parts) when it is on
/// a deny list or VOLATILE in the upstream catalog. `set_config` is checked with its
/// arguments by the walk.
pub(super) fn check(name: &[String], guard: &Guard, catalog: &Catalog) -> Result<(), ClientError> {
    let Some(function) = name.last().map(|n| n.to_lowercase()) else {
        return Ok(());
    };
    let listed = !ALLOWED.contains(&function.as_str())
        && (DENIED.contains(&function.as_str())
            || DENIED_PREFIXES.iter().any(|p| function.starts_with(p))
            || guard.denied_functions.contains(&function));
    if listed {
        return Err(denied(format!("function {function}() is not allowed through askpg"))
            .with_hint("Functions that change data or server state, sleep, take locks, read server files or reach other servers are refused."));
    }
    if catalog.volatile_functions.contains(&function) {
        return Err(volatile(&function));
    }
    Ok(())
}

/// The refusal of a user-defined VOLATILE function.
pub(super) fn volatile(function: &str) -> ClientError {
    denied(format!(
        "function {function}() is VOLATILE and may change data; it is not allowed through askpg"
    ))
    .with_hint("Mark read-only functions STABLE or IMMUTABLE in the upstream database.")
}
