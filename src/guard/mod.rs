//! The read-only guard: every statement of every Query and Parse message is classified
//! from the parse tree PostgreSQL itself builds (libpg_query) before anything is forwarded,
//! failing closed. README.md's "Read-only by construction" states the policy; errors name
//! the construct and say what is allowed.
//!
//! - [`parse`]: PostgreSQL's parser, on a stack large enough for the tree;
//! - [`statements`]: which statement kinds pass, and the rules for session statements;
//! - [`settings`]: which settings a client may change, and to what;
//! - [`walk`] over [`tree`]: the walk over a query's whole tree (CTEs, subqueries,
//!   expressions), which visits every node whatever its kind;
//! - [`functions`]: the function deny list;
//! - [`cursors`]: held cursors, counted per session;
//! - [`cache`]: a session's memory of passed texts ([`VerdictCache`]);
//! - [`names`]: how refusals name statements.

mod cache;
mod cursors;
mod functions;
mod names;
mod normalize;
mod parse;
mod settings;
mod statements;
mod tree;
mod walk;

pub use cache::VerdictCache;
pub use cursors::{CursorChange, HeldCursors};
pub(crate) use normalize::block_comment;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, RwLock};

use crate::config::GuardConfig;
use crate::error::{sqlstate, ClientError};

/// Schemas every client may read: the catalogs that drivers and BI tools query.
const CATALOG_SCHEMAS: &[&str] = &["pg_catalog", "information_schema"];

/// What the upstream catalog says, loaded when the upstream role is audited.
#[derive(Debug, Default, Clone)]
pub struct Catalog {
    /// User-defined VOLATILE functions (lower-case names), refused like the deny list.
    pub volatile_functions: HashSet<String>,
    /// Relation name → schemas holding a relation of that name.
    pub relations: HashMap<String, Vec<String>>,
}

impl Catalog {
    /// A one-line account of what differs from `before` (for reload reports).
    pub fn changes_since(&self, before: &Catalog) -> String {
        let relations = |c: &Catalog| -> HashSet<String> {
            c.relations
                .iter()
                .flat_map(|(name, schemas)| schemas.iter().map(move |s| format!("{s}.{name}")))
                .collect()
        };
        let (now, then) = (relations(self), relations(before));
        let mut parts = Vec::new();
        for (label, now, then) in [
            ("relations", &now, &then),
            (
                "volatile functions",
                &self.volatile_functions,
                &before.volatile_functions,
            ),
        ] {
            let mut added: Vec<&String> = now.difference(then).collect();
            let mut removed: Vec<&String> = then.difference(now).collect();
            added.sort();
            removed.sort();
            if !added.is_empty() || !removed.is_empty() {
                parts.push(format!(
                    "{label}: +{} {:?}, -{} {:?}",
                    added.len(),
                    added,
                    removed.len(),
                    removed
                ));
            }
        }
        if parts.is_empty() {
            "no changes".to_owned()
        } else {
            parts.join("; ")
        }
    }
}

/// The outcome of a passed check.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The text resets session settings (RESET ALL, DISCARD ALL, or a change of a pinned
    /// timeout with `guard.repin_timeout_changes`): askpg re-applies its pinned settings
    /// right after it.
    pub resets_session: bool,
    /// The text resets the session's role to the login role (DISCARD ALL), which a
    /// session with a mapped role must not run before askpg re-takes the role.
    pub resets_role: bool,
    /// The held cursors the text declares and the cursors it closes, in order.
    cursors: Option<Arc<[CursorChange]>>,
    /// The verdict depends on a numeric literal (a timeout's value, an EXPLAIN option), so
    /// it holds for this exact text only.
    depends_on_literals: bool,
}

impl Verdict {
    /// What the text does to the session's held cursors (see [`HeldCursors`]).
    pub fn cursor_changes(&self) -> &[CursorChange] {
        self.cursors.as_deref().unwrap_or_default()
    }
}

pub struct Guard {
    /// Bumped whenever the catalog changes, so cached verdicts can tell they are stale.
    generation: std::sync::atomic::AtomicU64,
    exposed_schemas: Option<HashSet<String>>,
    denied_functions: HashSet<String>,
    settings: settings::SettingRules,
    /// Most cursors WITH HOLD one session may have open.
    pub max_held_cursors: usize,
    repin_timeout_changes: bool,
    catalog: RwLock<Arc<Catalog>>,
}

impl Guard {
    pub fn new(config: &GuardConfig) -> Self {
        let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<HashSet<_>>();
        let exposed_schemas =
            (!config.exposed_schemas.is_empty()).then(|| lower(&config.exposed_schemas));
        Self {
            generation: std::sync::atomic::AtomicU64::new(0),
            exposed_schemas: exposed_schemas.clone(),
            denied_functions: lower(&config.denied_functions),
            settings: settings::SettingRules {
                allowed: lower(&config.allowed_settings),
                exposed_schemas,
                statement_timeout: config.statement_timeout,
                lock_timeout: config.lock_timeout,
                idle_in_transaction_session_timeout: config.idle_in_transaction_session_timeout,
            },
            max_held_cursors: config.max_held_cursors,
            repin_timeout_changes: config.repin_timeout_changes,
            catalog: RwLock::new(Arc::new(Catalog::default())),
        }
    }

    /// Replaces what the guard knows of the upstream catalog.
    pub fn set_catalog(&self, catalog: Catalog) {
        *self.catalog.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(catalog);
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// Changes whenever a verdict could change (the catalog was replaced).
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    /// What the guard currently knows of the upstream catalog.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Checks one Query or Parse text; any refused statement refuses the whole text.
    /// Empty and comment-only texts pass.
    pub fn check(&self, sql: &str) -> Result<Verdict, ClientError> {
        let catalog = self.catalog();
        parse::with_tree(sql, |tree| {
            let mut verdict = Verdict::default();
            let mut cursors = Vec::new();
            for (i, raw) in tree.stmts.iter().enumerate() {
                let Some(node) = raw.stmt.as_ref().and_then(|n| n.node.as_ref()) else {
                    return Err(denied(
                        "askpg could not check an empty statement node".into(),
                    ));
                };
                let effects = statements::check(node, self, &catalog)?;
                if effects.changes_timeout && i + 1 < tree.stmts.len() {
                    return Err(denied(
                        "a change of a pinned timeout must be the last statement of its text"
                            .into(),
                    )
                    .with_hint("askpg re-applies its timeouts right after such a statement; send what follows separately."));
                }
                verdict.resets_session |= effects.resets_session;
                verdict.resets_role |= effects.resets_role;
                verdict.depends_on_literals |= effects.depends_on_literals;
                cursors.extend(effects.cursor);
            }
            if !cursors.is_empty() {
                verdict.cursors = Some(cursors.into());
            }
            Ok(verdict)
        })
    }

    fn schema_exposed(&self, schema: &str) -> bool {
        let schema = schema.to_lowercase();
        CATALOG_SCHEMAS.contains(&schema.as_str())
            || self
                .exposed_schemas
                .as_ref()
                .is_none_or(|s| s.contains(&schema))
    }
}

/// A write-class refusal (25006).
pub(crate) fn write_refused(construct: &str) -> ClientError {
    ClientError::error(
        sqlstate::READ_ONLY_SQL_TRANSACTION,
        format!("{construct} is not allowed: askpg is read-only"),
    )
    .with_hint(ALLOWED_HINT)
}

/// A privilege refusal (42501).
pub(crate) fn denied(message: String) -> ClientError {
    ClientError::error(sqlstate::INSUFFICIENT_PRIVILEGE, message).with_hint(ALLOWED_HINT)
}

const ALLOWED_HINT: &str = "askpg runs queries (SELECT, VALUES, TABLE, WITH without data-modifying statements), EXPLAIN without ANALYZE, SHOW, COPY (query) TO STDOUT, cursors (also WITH HOLD), LOCK … IN ACCESS SHARE MODE, BEGIN/COMMIT/ROLLBACK (read only), and SET of session settings.";

pub fn copy_from_stdin_refused() -> ClientError {
    write_refused("COPY FROM STDIN").with_hint("COPY (query) TO STDOUT is allowed.")
}

pub fn function_call_refused() -> ClientError {
    ClientError::error(
        sqlstate::FEATURE_NOT_SUPPORTED,
        "the FunctionCall protocol message is not supported by askpg",
    )
    .with_hint("Call functions from a SELECT statement instead.")
}

pub fn invalid_utf8() -> ClientError {
    ClientError::error(
        sqlstate::CHARACTER_NOT_IN_REPERTOIRE,
        "invalid byte sequence for encoding \"UTF8\"",
    )
    .with_hint("askpg accepts UTF-8 statements only.")
}

#[cfg(test)]
mod tests;
