//! Which settings a client may change, and to what, through `SET`, `RESET`, `SET … TO
//! DEFAULT` and `set_config(...)` alike:
//!
//! - formatting, locale and planner/resource settings a session tunes for itself pass with
//!   any value (the list below, `enable_*`, `geqo*`, `jit*`, and `guard.allowed_settings`);
//! - the timeouts askpg pins may only be lowered: a positive value no higher than the pinned
//!   one (never 0, `DEFAULT` or `RESET`, which would lift the bound);
//! - `client_encoding` may only be set to UTF8 (or an alias of it), which changes nothing;
//! - with `guard.exposed_schemas` set, `search_path` may name only exposed schemas;
//! - everything else is refused: role, session authorization, the read-only settings,
//!   `standard_conforming_strings` and every setting not named here.

use std::time::Duration;

use crate::error::{sqlstate, ClientError};

/// Settings any value of which only changes how this session formats, plans or spends its
/// own resources (lower case).
const FREE_SETTINGS: &[&str] = &[
    "application_name",
    "extra_float_digits",
    "datestyle",
    "timezone",
    "intervalstyle",
    "bytea_output",
    "client_min_messages",
    "lc_monetary",
    "lc_numeric",
    "lc_time",
    "search_path",
    "xmloption",
    "xmlbinary",
    "default_text_search_config",
    "quote_all_identifiers",
    "row_security",
    "transaction_isolation",
    "default_transaction_isolation",
    "restrict_nonsystem_relation_kind",
    "work_mem",
    "hash_mem_multiplier",
    "synchronize_seqscans",
    "max_parallel_workers_per_gather",
    "max_parallel_workers",
    "parallel_leader_participation",
    "parallel_setup_cost",
    "parallel_tuple_cost",
    "min_parallel_table_scan_size",
    "min_parallel_index_scan_size",
    "random_page_cost",
    "seq_page_cost",
    "cpu_tuple_cost",
    "cpu_index_tuple_cost",
    "cpu_operator_cost",
    "effective_cache_size",
    "effective_io_concurrency",
    "from_collapse_limit",
    "join_collapse_limit",
    "constraint_exclusion",
    "cursor_tuple_fraction",
    "plan_cache_mode",
    "recursive_worktable_factor",
    "default_statistics_target",
    "gin_fuzzy_search_limit",
];

/// Name prefixes of planner settings that pass with any value.
const FREE_PREFIXES: &[&str] = &["enable_", "geqo", "jit"];

/// Encoding names PostgreSQL reads as UTF8, once lower-cased and stripped of everything but
/// letters and digits (as PostgreSQL compares them).
const UTF8_NAMES: &[&str] = &["utf8", "unicode"];

/// How a statement changes a setting.
pub(super) enum Change<'a> {
    /// To these values (one for most settings, a list for `search_path`); `None` when a
    /// value is not a literal.
    To(&'a [Option<String>]),
    /// Back to its default: `RESET`, `SET … TO DEFAULT`, `SET … FROM CURRENT`.
    Default,
}

/// The pinned timeouts and the rules that depend on configuration.
pub(super) struct SettingRules {
    pub(super) allowed: std::collections::HashSet<String>,
    /// Schemas `search_path` may name; `None`: any.
    pub(super) exposed_schemas: Option<std::collections::HashSet<String>>,
    pub(super) statement_timeout: Duration,
    pub(super) lock_timeout: Duration,
    pub(super) idle_in_transaction_session_timeout: Duration,
}

impl SettingRules {
    /// Whether `change` of `name` may pass.
    pub(super) fn check(&self, name: &str, change: &Change<'_>) -> Result<(), ClientError> {
        let name = name.to_ascii_lowercase();
        if let Some(pinned) = self.pinned_timeout(&name) {
            return check_timeout(&name, pinned, change);
        }
        match name.as_str() {
            "client_encoding" => check_encoding(change),
            "search_path" if self.exposed_schemas.is_some() => self.check_search_path(change),
            _ if self.is_free(&name) => Ok(()),
            _ => Err(self.refused(&name)),
        }
    }

    /// The pinned value when `name` is one of askpg's pinned timeouts.
    pub(super) fn pinned_timeout(&self, name: &str) -> Option<Duration> {
        match name {
            "statement_timeout" => Some(self.statement_timeout),
            "lock_timeout" => Some(self.lock_timeout),
            "idle_in_transaction_session_timeout" => Some(self.idle_in_transaction_session_timeout),
            _ => None,
        }
    }

    fn is_free(&self, name: &str) -> bool {
        FREE_SETTINGS.contains(&name)
            || FREE_PREFIXES.iter().any(|p| name.starts_with(p))
            || self.allowed.contains(name)
    }

    fn check_search_path(&self, change: &Change<'_>) -> Result<(), ClientError> {
        let exposed = self
            .exposed_schemas
            .as_ref()
            .expect("checked by the caller");
        let Change::To(values) = change else {
            return Err(self.refused("search_path"));
        };
        let mut schemas = Vec::new();
        for value in values.iter() {
            let Some(value) = value else {
                return Err(self.refused("search_path"));
            };
            schemas.extend(search_path_entries(value));
        }
        let visible = |schema: &String| {
            matches!(
                schema.as_str(),
                "pg_catalog" | "information_schema" | "pg_temp"
            ) || exposed.contains(schema)
        };
        match schemas.iter().find(|s| !visible(s)) {
            None => Ok(()),
            Some(hidden) => Err(super::denied(format!(
                "search_path may name only exposed schemas; \"{hidden}\" is not exposed through askpg"
            ))
            .with_hint("Only the schemas in guard.exposed_schemas (and pg_catalog, information_schema) can be read.")),
        }
    }

    pub(super) fn refused(&self, name: &str) -> ClientError {
        ClientError::error(
            sqlstate::INSUFFICIENT_PRIVILEGE,
            format!("setting \"{name}\" cannot be changed through askpg"),
        )
        .with_hint(self.hint())
    }

    fn hint(&self) -> String {
        let mut extra: Vec<&str> = self.allowed.iter().map(String::as_str).collect();
        extra.sort_unstable();
        let extra = if extra.is_empty() {
            String::new()
        } else {
            format!(", {}", extra.join(", "))
        };
        format!(
            "Settings that can be changed through askpg: {}, enable_*, geqo*, jit*{extra}; \
             statement_timeout, lock_timeout and idle_in_transaction_session_timeout only \
             lowered (a positive value up to askpg's: {}, {}, {}); client_encoding only to UTF8.",
            FREE_SETTINGS.join(", "),
            pinned_text(self.statement_timeout),
            pinned_text(self.lock_timeout),
            pinned_text(self.idle_in_transaction_session_timeout),
        )
    }
}

fn pinned_text(pinned: Duration) -> String {
    if pinned.is_zero() {
        "none".to_owned()
    } else {
        format!("{}ms", pinned.as_millis())
    }
}

/// A pinned timeout may be lowered: a positive value no higher than the pinned one (any
/// value when askpg pins none).
fn check_timeout(name: &str, pinned: Duration, change: &Change<'_>) -> Result<(), ClientError> {
    let pinned_ms = pinned.as_millis();
    let value = match change {
        Change::To([Some(value)]) => timeout_millis(value),
        _ => None,
    };
    let lowered = match value {
        Some(ms) => pinned_ms == 0 || (ms >= 1 && ms <= pinned_ms),
        None => false,
    };
    if lowered {
        return Ok(());
    }
    Err(ClientError::error(
        sqlstate::INSUFFICIENT_PRIVILEGE,
        format!("{name} can only be lowered through askpg"),
    )
    .with_hint(format!(
        "askpg bounds every session with {name} = {}; a positive value up to that is allowed, 0, DEFAULT, RESET and higher values are not.",
        pinned_text(pinned)
    )))
}

/// A time setting's value in milliseconds, read and rounded as PostgreSQL reads an integer
/// setting whose unit is milliseconds: a number (integer or decimal) with an optional unit
/// (`us`, `ms`, `s`, `min`, `h`, `d`). `None` for anything else, and for values below zero.
pub(super) fn timeout_millis(value: &str) -> Option<u128> {
    let value = value.trim();
    let split = value
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '+' | '-' | 'e' | 'E')))
        .unwrap_or(value.len());
    // "1e3s": the exponent's 'e' is part of the number; a unit starting with 'e' does not exist.
    let (number, unit) = value.split_at(split);
    let number: f64 = number.parse().ok()?;
    let factor = match unit.trim() {
        "" | "ms" => 1.0,
        "us" => 0.001,
        "s" => 1_000.0,
        "min" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        _ => return None,
    };
    let millis = (number * factor).round_ties_even();
    (0.0..1e15).contains(&millis).then_some(millis as u128)
}

fn check_encoding(change: &Change<'_>) -> Result<(), ClientError> {
    let name = match change {
        // Back to the encoding of the session's startup: UTF8, the only one askpg accepts.
        Change::Default => return Ok(()),
        Change::To([Some(value)]) => value.as_str(),
        Change::To(_) => "",
    };
    if is_utf8(name) {
        Ok(())
    } else {
        Err(super::denied(format!(
            "client encoding \"{name}\" is not allowed: askpg speaks UTF8 only"
        ))
        .with_hint("SET client_encoding = 'UTF8' (or utf8, UTF-8, unicode) is allowed and changes nothing."))
    }
}

/// Whether PostgreSQL reads `name` as the UTF8 encoding.
fn is_utf8(name: &str) -> bool {
    let clean: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    UTF8_NAMES.contains(&clean.as_str())
}

/// The schema names of a `search_path` value (`a, "B", $user`): quoted names keep their
/// case, others are lower-cased.
fn search_path_entries(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(
            |entry| match entry.strip_prefix('"').and_then(|e| e.strip_suffix('"')) {
                Some(quoted) => quoted.replace("\"\"", "\""),
                None => entry.to_lowercase(),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_are_read_like_postgresql() {
        for (text, ms) in [
            ("1000", Some(1000)),
            ("5s", Some(5000)),
            ("5 s", Some(5000)),
            ("1.5s", Some(1500)),
            ("2min", Some(120_000)),
            ("1h", Some(3_600_000)),
            ("1d", Some(86_400_000)),
            ("500us", Some(0)),
            ("1500us", Some(2)),
            ("0", Some(0)),
            ("0.4", Some(0)),
            ("1e3", Some(1000)),
            ("-1", None),
            ("5 sec", None),
            ("0x10", None),
            ("", None),
            ("1e400", None),
        ] {
            assert_eq!(timeout_millis(text), ms, "{text:?}");
        }
    }

    #[test]
    fn utf8_aliases_are_recognized() {
        for name in ["UTF8", "utf8", "UTF-8", "unicode", "Utf_8"] {
            assert!(is_utf8(name), "{name}");
        }
        for name in ["LATIN1", "SQL_ASCII", "UTF16", ""] {
            assert!(!is_utf8(name), "{name}");
        }
    }

    #[test]
    fn search_path_entries_follow_identifier_rules() {
        assert_eq!(
            search_path_entries(" Public, \"HR\", \"$user\""),
            vec!["public", "HR", "$user"]
        );
    }
}
