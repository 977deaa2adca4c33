//! Functions refused in any spelling (`nextval`, `pg_catalog.nextval`, `"nextval"`,
//! `NEXTVAL`): side effects, escapes from read-only, sleeping, file and network access.
//! `set_config` passes only for settings a client may SET.

use sqlparser::ast::{FunctionArg, FunctionArgExpr, FunctionArguments, ObjectName};

use super::{denied, statements, Catalog, Guard};
use crate::error::ClientError;

/// Refused by exact (lower-case) name.
const DENIED: &[&str] = &[
    "nextval",
    "setval",
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
    "txid_current",
    "pg_current_xact_id",
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

pub(super) fn check(
    name: &ObjectName,
    args: Option<&FunctionArguments>,
    guard: &Guard,
    catalog: &Catalog,
) -> Result<(), ClientError> {
    let Some(function) = name
        .0
        .last()
        .and_then(|p| p.as_ident())
        .map(|i| i.value.to_lowercase())
    else {
        return Ok(());
    };
    if function == "set_config" {
        return check_set_config(args, guard);
    }
    let listed = !ALLOWED.contains(&function.as_str())
        && (DENIED.contains(&function.as_str())
            || DENIED_PREFIXES.iter().any(|p| function.starts_with(p))
            || guard.denied_functions.contains(&function));
    if listed {
        return Err(denied(format!("function {function}() is not allowed through askpg"))
            .with_hint("Functions that change data or server state, sleep, take locks, read server files or reach other servers are refused."));
    }
    if catalog.volatile_functions.contains(&function) {
        return Err(denied(format!(
            "function {function}() is VOLATILE and may change data; it is not allowed through askpg"
        ))
        .with_hint("Mark read-only functions STABLE or IMMUTABLE in the upstream database."));
    }
    Ok(())
}

/// `set_config(name, value, is_local)` follows SET's rules: the name must be a literal
/// naming an allowed setting.
fn check_set_config(args: Option<&FunctionArguments>, guard: &Guard) -> Result<(), ClientError> {
    let first = match args {
        Some(FunctionArguments::List(list)) => list.args.first(),
        _ => None,
    };
    let setting = match first {
        Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(expr))) => statements::string_literal(expr),
        _ => None,
    };
    match setting {
        Some(name) => statements::check_setting(name, guard),
        None => Err(denied(
            "set_config() is allowed only with a literal setting name".into(),
        )),
    }
}
