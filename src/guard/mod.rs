//! The read-only guard: every statement of every Query and Parse message is checked with
//! sqlparser (PostgreSQL dialect) before anything is forwarded, failing closed. README.md's
//! "Read-only by construction" states the policy; errors name the construct and say what
//! is allowed.
//!
//! - [`statements`]: which statement kinds pass, and the rules for session statements;
//! - [`walk`]: the walk over a query's whole tree (CTEs, subqueries, expressions);
//! - [`functions`]: the function deny list and `set_config`'s value rule.

mod functions;
mod normalize;
mod statements;
mod walk;

pub(crate) use normalize::block_comment;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, RwLock};

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, Tokenizer};

use crate::config::GuardConfig;
use crate::error::{sqlstate, ClientError};

/// Schemas every client may read: the catalogs that drivers and BI tools query.
const CATALOG_SCHEMAS: &[&str] = &["pg_catalog", "information_schema"];

/// Settings a client may change with SET, RESET or set_config (lower case).
const ALLOWED_SETTINGS: &[&str] = &[
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
    "jit",
    "search_path",
];

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
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// The text resets session settings (RESET ALL, DISCARD ALL): askpg re-applies its
    /// pinned read-only settings right after it.
    pub resets_session: bool,
}

pub struct Guard {
    /// Bumped whenever the catalog changes, so cached verdicts can tell they are stale.
    generation: std::sync::atomic::AtomicU64,
    exposed_schemas: Option<HashSet<String>>,
    denied_functions: HashSet<String>,
    allowed_settings: HashSet<String>,
    catalog: RwLock<Arc<Catalog>>,
}

impl Guard {
    pub fn new(config: &GuardConfig) -> Self {
        let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<HashSet<_>>();
        let exposed_schemas =
            (!config.exposed_schemas.is_empty()).then(|| lower(&config.exposed_schemas));
        let mut allowed_settings: HashSet<String> =
            ALLOWED_SETTINGS.iter().map(|s| s.to_string()).collect();
        allowed_settings.extend(lower(&config.allowed_settings));
        if exposed_schemas.is_some() {
            // With a restricted set of schemas, unqualified names must resolve predictably.
            allowed_settings.remove("search_path");
        }
        Self {
            generation: std::sync::atomic::AtomicU64::new(0),
            exposed_schemas,
            denied_functions: lower(&config.denied_functions),
            allowed_settings,
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
    pub fn check(&self, sql: &str) -> Result<Verdict, ClientError> {
        if let Some(verdict) = self.check_unparsed_forms(sql)? {
            return Ok(verdict);
        }
        let parsed = Parser::parse_sql(&PostgreSqlDialect {}, sql).map_err(|e| {
            ClientError::error(sqlstate::SYNTAX_ERROR, format!("askpg could not parse the statement: {e}"))
                .with_hint("askpg checks every statement before it runs and refuses what it cannot read; check the syntax, or split the text into simpler statements.")
        })?;
        let catalog = self.catalog();
        let mut verdict = Verdict::default();
        for statement in &parsed {
            let checked = statements::check(statement, self, &catalog)?;
            verdict.resets_session |= checked.resets_session;
        }
        Ok(verdict)
    }

    /// Statements PostgreSQL accepts that sqlparser does not parse, checked on tokens:
    /// `MOVE … cursor` (asyncpg) and `TABLE name`.
    fn check_unparsed_forms(&self, sql: &str) -> Result<Option<Verdict>, ClientError> {
        let start: String = sql
            .trim_start()
            .chars()
            .take(6)
            .collect::<String>()
            .to_ascii_uppercase();
        if !(start.starts_with("MOVE") || start.starts_with("TABLE")) {
            return Ok(None);
        }
        let Ok(tokens) = Tokenizer::new(&PostgreSqlDialect {}, sql).tokenize() else {
            return Ok(None);
        };
        let mut words: Vec<&Token> = tokens
            .iter()
            .filter(|t| !matches!(t, Token::Whitespace(_)))
            .collect();
        // One statement only: a semicolon may end it, nothing may follow.
        if matches!(words.last(), Some(Token::SemiColon)) {
            words.pop();
        }
        let plain = words.iter().all(|t| {
            matches!(
                t,
                Token::Word(_) | Token::Number(..) | Token::Period | Token::Minus
            )
        });
        if !plain {
            return Ok(None);
        }
        let Some(Token::Word(keyword)) = words.first() else {
            return Ok(None);
        };
        match keyword.value.to_ascii_uppercase().as_str() {
            "MOVE" => Ok(Some(Verdict::default())),
            "TABLE" if words.len() >= 2 => {
                let parts: Vec<String> = words[1..]
                    .iter()
                    .filter_map(|t| match t {
                        Token::Word(w) => Some(w.value.clone()),
                        _ => None,
                    })
                    .collect();
                walk::check_relation_parts(self, &self.catalog(), &parts)?;
                Ok(Some(Verdict::default()))
            }
            _ => Ok(None),
        }
    }

    fn schema_exposed(&self, schema: &str) -> bool {
        let schema = schema.to_lowercase();
        CATALOG_SCHEMAS.contains(&schema.as_str())
            || self
                .exposed_schemas
                .as_ref()
                .is_none_or(|s| s.contains(&schema))
    }

    fn setting_allowed(&self, name: &str) -> bool {
        self.allowed_settings.contains(&name.to_lowercase())
    }

    fn allowed_settings_hint(&self) -> String {
        let mut names: Vec<&str> = self.allowed_settings.iter().map(String::as_str).collect();
        names.sort_unstable();
        format!(
            "Settings that can be changed through askpg: {}.",
            names.join(", ")
        )
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

const ALLOWED_HINT: &str = "askpg runs queries (SELECT, VALUES, TABLE, WITH without data-modifying statements), EXPLAIN without ANALYZE, SHOW, COPY (query) TO STDOUT, cursors, BEGIN/COMMIT/ROLLBACK (read only), and SET of session settings.";

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

/// A session's memory of statement texts that passed, so that drivers re-sending the same
/// Parse (or a dashboard repeating a query) are not parsed again.
#[derive(Default)]
pub struct VerdictCache {
    generation: u64,
    /// foldhash rather than SipHash: the keys are the session's own statements, and the
    /// hash runs for every relayed statement, where SipHash's cost is measurable.
    passed: HashMap<Box<[u8]>, Verdict, foldhash::fast::RandomState>,
    /// The key being looked up, reused from statement to statement.
    key: Vec<u8>,
    /// The last text that passed, as sent: drivers re-send the same Parse for every
    /// execution, and comparing it costs less than normalizing it.
    last: Vec<u8>,
    last_verdict: Option<Verdict>,
}

impl VerdictCache {
    const CAPACITY: usize = 256;

    /// The guard's verdict on `sql`, from the cache when the text passed before.
    pub fn check(&mut self, guard: &Guard, sql: &str) -> Result<Verdict, ClientError> {
        let generation = guard.generation();
        if generation != self.generation {
            self.passed.clear();
            self.last_verdict = None;
            self.generation = generation;
        }
        if let Some(verdict) = self.last_verdict.filter(|_| self.last == sql.as_bytes()) {
            return Ok(verdict);
        }
        // Numeric literals do not change a verdict, so statements that differ only in them
        // (a dashboard's or pgbench's literal SQL) share one entry.
        let key: &[u8] = if normalize::normalize_into(sql, &mut self.key) {
            &self.key
        } else {
            sql.as_bytes()
        };
        let verdict = match self.passed.get(key) {
            Some(verdict) => *verdict,
            None => {
                let verdict = guard.check(sql)?;
                if self.passed.len() >= Self::CAPACITY {
                    self.passed.clear();
                }
                self.passed.insert(key.into(), verdict);
                verdict
            }
        };
        self.last.clear();
        self.last.extend_from_slice(sql.as_bytes());
        self.last_verdict = Some(verdict);
        Ok(verdict)
    }
}

#[cfg(test)]
mod tests;
