//! Admin statements for the operators named in `admin.users`:
//! `SHOW askpg.status`, `SHOW askpg.sessions`, `SHOW askpg.corpus`, `SHOW askpg.cache`,
//! `ASKPG RELOAD` and `ASKPG CACHE CLEAR`. Other users get 42501. Answers are rows the
//! upstream returns from a `VALUES` list (see [`crate::ask::explain::values_query`]), so
//! every client shows them like any result. What they read and act on comes through
//! [`AdminTarget`], which the server implements.

use std::sync::Weak;

use crate::ask::explain::values_query;
use crate::cancel::SessionInfo;
use crate::error::{sqlstate, ClientError};

/// Name and value rows, as `SHOW askpg.status` and its kin answer.
pub type Rows = Vec<(&'static str, String)>;

/// What admin statements read and act on.
#[async_trait::async_trait]
pub trait AdminTarget: Send + Sync {
    /// `SHOW askpg.status`: what this askpg is and how it is doing.
    fn status(&self) -> Rows;
    /// `SHOW askpg.sessions`: the client sessions, oldest first, by askpg's pid.
    fn sessions(&self) -> Vec<(i32, SessionInfo)>;
    /// `SHOW askpg.corpus`: the corpus version and what it holds, with its load issues.
    fn corpus_status(&self) -> Rows;
    /// `SHOW askpg.cache`: entries, hits and misses per tier, the scope's corpus version.
    fn cache_status(&self) -> Rows;
    /// `ASKPG CACHE CLEAR`: drops every cached translation and seeds the corpus examples
    /// again.
    fn clear_cache(&self) -> Rows;
    /// `ASKPG RELOAD`: what changed, or why nothing did.
    async fn reload(&self) -> Result<String, Box<dyn std::error::Error + Send + Sync>>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminStatement {
    Status,
    Sessions,
    Corpus,
    Cache,
    Reload,
    CacheClear,
}

/// The admin statement in `sql`, if it is one (one statement, optional semicolon).
pub fn recognize(sql: &str) -> Option<AdminStatement> {
    // Fast path: every form names askpg.
    if !crate::protocol::mentions(sql, "askpg") {
        return None;
    }
    let text = sql.trim().trim_end_matches(';').trim().to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        ["show", "askpg.status"] => Some(AdminStatement::Status),
        ["show", "askpg.sessions"] => Some(AdminStatement::Sessions),
        ["show", "askpg.corpus"] => Some(AdminStatement::Corpus),
        ["show", "askpg.cache"] => Some(AdminStatement::Cache),
        ["askpg", "reload"] => Some(AdminStatement::Reload),
        ["askpg", "cache", "clear"] => Some(AdminStatement::CacheClear),
        _ => None,
    }
}

/// Answers admin statements for one session.
#[derive(Clone)]
pub struct Admin {
    /// The server this session belongs to; gone once it has stopped.
    pub server: Weak<dyn AdminTarget>,
    /// Whether this session's user is in `admin.users`.
    pub allowed: bool,
}

impl Admin {
    /// The SQL that answers `statement`, or the error to send.
    pub async fn answer(&self, statement: AdminStatement) -> Result<String, ClientError> {
        if !self.allowed {
            return Err(ClientError::error(
                sqlstate::INSUFFICIENT_PRIVILEGE,
                "permission denied: askpg admin statements need an admin user",
            )
            .with_hint("Add the user to admin.users in askpg's configuration."));
        }
        let server = self.server.upgrade().ok_or_else(|| {
            ClientError::error(sqlstate::ADMIN_SHUTDOWN, "askpg is shutting down")
        })?;
        let kv = |rows: Rows| {
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .map(|(k, v)| vec![k.to_owned(), v])
                .collect();
            values_query(&["name", "value"], &rows)
        };
        match statement {
            AdminStatement::Status => Ok(kv(server.status())),
            AdminStatement::Sessions => {
                let rows: Vec<Vec<String>> = server
                    .sessions()
                    .into_iter()
                    .map(|(pid, info)| {
                        vec![
                            pid.to_string(),
                            info.user,
                            info.application_name,
                            info.tls.to_string(),
                            humantime::format_rfc3339_seconds(info.connected_at).to_string(),
                            info.database,
                            info.upstream_role,
                        ]
                    })
                    .collect();
                Ok(values_query(
                    &[
                        "pid",
                        "user",
                        "application_name",
                        "tls",
                        "connected_at",
                        "database",
                        "upstream_role",
                    ],
                    &rows,
                ))
            }
            AdminStatement::Corpus => Ok(kv(server.corpus_status())),
            AdminStatement::Cache => Ok(kv(server.cache_status())),
            AdminStatement::Reload => match server.reload().await {
                Ok(changes) => Ok(kv(vec![("reload", "ok".into()), ("changes", changes)])),
                Err(err) => Err(ClientError::error(
                    sqlstate::SYSTEM_ERROR,
                    format!("reload failed: {err}"),
                )
                .with_hint(
                    "The previous corpus and catalog stay in use; fix the cause and reload again.",
                )),
            },
            AdminStatement::CacheClear => Ok(kv(server.clear_cache())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_only_whole_admin_statements() {
        assert_eq!(recognize("SHOW askpg.status"), Some(AdminStatement::Status));
        assert_eq!(
            recognize(" show ASKPG.sessions ; "),
            Some(AdminStatement::Sessions)
        );
        assert_eq!(recognize("ASKPG RELOAD;"), Some(AdminStatement::Reload));
        assert_eq!(
            recognize("askpg cache clear"),
            Some(AdminStatement::CacheClear)
        );
        assert_eq!(recognize("SHOW work_mem"), None);
        assert_eq!(recognize("SELECT 'askpg reload'"), None);
        assert_eq!(recognize("SHOW askpg.status; SELECT 1"), None);
    }
}
