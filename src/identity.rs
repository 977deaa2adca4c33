//! Who a client is upstream: the role of `upstream.url`, a mapped role taken with
//! `SET ROLE` (`auth.users[].upstream_role`), or its own login (`auth.method =
//! "passthrough"`). Every role a client reaches is audited like the configured one before
//! its sessions run: mapped roles at start and on reload, passthrough logins at their first
//! login (the verdict is kept until the next reload). A role that can write is refused with
//! its findings unless `guard.allow_writable_upstream`.
//!
//! The client cannot leave its role: the guard refuses `SET ROLE`, `RESET ROLE`,
//! `SET SESSION AUTHORIZATION` and `set_config`, and the role is part of the pin re-applied
//! after `RESET ALL` / `DISCARD ALL` (the relay refuses DISCARD ALL in the extended
//! protocol of a mapped session: the rest of its batch would run before the re-pin).
//! Passwords are held only while the login, the audit and the side connection for the
//! role's questions are opened; they are never stored or logged.

use std::collections::HashMap;
use std::sync::Mutex;

use tracing::{error, info, warn};

use crate::config::{AuthConfig, AuthMethod, Config, Secret};
use crate::databases::Database;
use crate::error::{sqlstate, ClientError};
use crate::role_audit::AuditError;
use crate::upstream::{UpstreamError, UpstreamSession};

/// The upstream identity of one client session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// The role of `upstream.url`.
    Configured,
    /// The role of `upstream.url`, then `SET ROLE` to this role.
    Mapped(String),
    /// Logged in as the client's own user with its password.
    Passthrough(String),
}

impl Identity {
    /// The identity configuration gives `user`.
    pub fn for_user(auth: &AuthConfig, user: &str) -> Self {
        if auth.method == AuthMethod::Passthrough {
            return Identity::Passthrough(user.to_owned());
        }
        match auth.mapped_role(user) {
            Some(role) => Identity::Mapped(role.to_owned()),
            None => Identity::Configured,
        }
    }

    /// The role the session's statements run as; `configured` is the login role of
    /// `upstream.url`.
    pub fn role<'a>(&'a self, configured: &'a str) -> &'a str {
        match self {
            Identity::Configured => configured,
            Identity::Mapped(role) | Identity::Passthrough(role) => role,
        }
    }

    /// The role questions are scoped to: `None` for the configured role, whose view is
    /// the server's own.
    pub fn scope(&self) -> Option<&str> {
        match self {
            Identity::Configured => None,
            Identity::Mapped(role) | Identity::Passthrough(role) => Some(role),
        }
    }
}

/// The metrics label of users and roles configuration does not name.
pub const OTHER_LABEL: &str = "other";

/// The metrics labels (user, upstream role) of a session: a user named in `auth.users`
/// and a role that is the login role of `upstream.url` (`configured_role`) or a mapped
/// role keep their names; any other (passthrough logins, unlisted users under trust) is
/// "other", so the labels' values are a fixed set.
pub fn metric_labels<'a>(
    auth: &'a AuthConfig,
    configured_role: &'a str,
    user: &'a str,
    role: &'a str,
) -> (&'a str, &'a str) {
    let named_user =
        auth.method != AuthMethod::Passthrough && auth.users.iter().any(|u| u.name == user);
    let named_role = auth.method != AuthMethod::Passthrough
        && (role == configured_role || auth.mapped_roles().contains(&role));
    (
        if named_user { user } else { OTHER_LABEL },
        if named_role { role } else { OTHER_LABEL },
    )
}

/// `SET ROLE` to `role`, its name quoted as an identifier.
pub fn set_role_sql(role: &str) -> String {
    format!("SET ROLE \"{}\"", role.replace('"', "\"\""))
}

/// DISCARD ALL in the extended protocol of a session with a mapped role: the statements
/// after it in the batch would run as the login role before askpg re-takes the role.
pub fn role_reset_refused() -> ClientError {
    ClientError::error(
        sqlstate::FEATURE_NOT_SUPPORTED,
        "DISCARD ALL is accepted only as a simple query in a session with a mapped role",
    )
    .with_hint(
        "Send DISCARD ALL as a simple query; askpg re-takes the session's role right after it.",
    )
}

/// What an audit of one role in one database found.
#[derive(Clone)]
enum Verdict {
    /// Read-only, or writable with `guard.allow_writable_upstream`.
    Allowed,
    /// Writable: its sessions are refused with these findings.
    Writable(Vec<String>),
}

/// Audit verdicts by (database, role). Mapped roles are bounded by configuration,
/// passthrough logins by the users that logged in successfully.
#[derive(Default)]
pub struct RoleAudits {
    verdicts: Mutex<HashMap<(String, String), Verdict>>,
}

impl RoleAudits {
    /// Audits every mapped role in `database` (at start and on reload). Err(Writable) names
    /// every finding of every writable role, unless writes are allowed.
    pub async fn audit_mapped(
        &self,
        database: &Database,
        config: &Config,
    ) -> Result<(), AuditError> {
        let mut writable = Vec::new();
        for role in config.auth.mapped_roles() {
            match self.audit(database, role, None, config).await? {
                Verdict::Allowed => {}
                Verdict::Writable(findings) => writable.extend(
                    findings
                        .into_iter()
                        .map(|f| format!("mapped role {role}: {f}")),
                ),
            }
        }
        if writable.is_empty() {
            Ok(())
        } else {
            Err(AuditError::Writable(writable))
        }
    }

    /// Drops every verdict (reload): passthrough logins are audited again at their next
    /// login, mapped roles before their next session.
    pub fn forget(&self) {
        self.lock().clear();
    }

    /// Audits `role` in `database`, on a connection as the configured role that takes the
    /// role (`password`: `None`) or as the role's own login (`password`: its password),
    /// and keeps the verdict.
    async fn audit(
        &self,
        database: &Database,
        role: &str,
        password: Option<&Secret>,
        config: &Config,
    ) -> Result<Verdict, AuditError> {
        let found = match password {
            None => {
                crate::role_audit::findings_of(database.side_config(), Some(role), config).await?
            }
            Some(password) => {
                let mut pg = database.side_config().clone();
                pg.user(role).password(password.expose());
                crate::role_audit::findings_of(&pg, None, config).await?
            }
        };
        let verdict = if found.is_empty() {
            Verdict::Allowed
        } else if config.guard.allow_writable_upstream {
            for finding in &found {
                warn!(role, db = %database.name, finding = %finding, "upstream role can write (guard.allow_writable_upstream = true)");
            }
            Verdict::Allowed
        } else {
            error!(role, db = %database.name, findings = %found.join("; "), "upstream role can write; its sessions are refused");
            Verdict::Writable(found)
        };
        info!(role, db = %database.name, "upstream role audited");
        self.lock()
            .insert((database.name.clone(), role.to_owned()), verdict.clone());
        Ok(verdict)
    }

    fn verdict(&self, database: &str, role: &str) -> Option<Verdict> {
        self.lock()
            .get(&(database.to_owned(), role.to_owned()))
            .cloned()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), Verdict>> {
        // A panic while holding this short lock cannot leave the map inconsistent.
        self.verdicts.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Opens the session's upstream connection as its identity: audits the role first when it
/// has no verdict in this database, and refuses a writable one with 42501. For
/// passthrough, `password` is the client's; a wrong one is the upstream's 28P01.
pub async fn connect(
    audits: &RoleAudits,
    database: &Database,
    identity: &Identity,
    password: Option<&Secret>,
    forwarded: &[(String, String)],
    config: &Config,
) -> Result<UpstreamSession, ClientError> {
    match (identity, password) {
        (Identity::Configured, _) => database.upstream.connect(forwarded).await.map_err(|err| {
            warn!(error = %err, "upstream connection failed");
            err.to_client()
        }),
        (Identity::Mapped(role), _) => {
            let verdict = match audits.verdict(&database.name, role) {
                Some(verdict) => verdict,
                None => audits
                    .audit(database, role, None, config)
                    .await
                    .map_err(|e| audit_failed(role, e))?,
            };
            allowed(role, verdict)?;
            let target = database.upstream.with_role(role);
            target.connect(forwarded).await.map_err(refused)
        }
        (Identity::Passthrough(user), Some(password)) => {
            let target = database.upstream.as_login(user, password);
            let session = target.connect(forwarded).await.map_err(refused)?;
            let verdict = match audits.verdict(&database.name, user) {
                Some(verdict) => verdict,
                None => audits
                    .audit(database, user, Some(password), config)
                    .await
                    .map_err(|e| audit_failed(user, e))?,
            };
            allowed(user, verdict)?;
            Ok(session)
        }
        (Identity::Passthrough(_), None) => Err(ClientError::fatal(
            sqlstate::INVALID_PASSWORD,
            "passthrough needs the client's password",
        )),
    }
}

/// Whether `connect`'s error is the client's failed login (28P01 / 28000), which gets
/// askpg's failure delay like its own.
pub fn is_login_failure(err: &ClientError) -> bool {
    err.code == sqlstate::INVALID_PASSWORD || err.code == sqlstate::INVALID_AUTHORIZATION
}

fn allowed(role: &str, verdict: Verdict) -> Result<(), ClientError> {
    match verdict {
        Verdict::Allowed => Ok(()),
        Verdict::Writable(findings) => Err(ClientError::fatal(
            sqlstate::INSUFFICIENT_PRIVILEGE,
            format!("askpg refuses upstream role \"{role}\": it can write"),
        )
        .with_detail(findings.join("\n"))
        .with_hint("Give the role SELECT only, or set guard.allow_writable_upstream = true.")),
    }
}

fn audit_failed(role: &str, err: AuditError) -> ClientError {
    match err {
        AuditError::Unreachable(err) => {
            warn!(role, error = %err, "cannot audit the upstream role");
            refused(err)
        }
        AuditError::Role { message, .. } => {
            warn!(role, error = %message, "cannot take the mapped role");
            ClientError::fatal(
                sqlstate::INSUFFICIENT_PRIVILEGE,
                format!("askpg cannot take upstream role \"{role}\": {message}"),
            )
            .with_hint("Grant the role to the role of upstream.url.")
        }
        AuditError::Writable(findings) => {
            allowed(role, Verdict::Writable(findings)).expect_err("a writable verdict is refused")
        }
    }
}

/// The client's error for an upstream that refused the session: a failed login as
/// PostgreSQL reported it, anything else as [`UpstreamError::to_client`] says.
fn refused(err: UpstreamError) -> ClientError {
    match &err {
        UpstreamError::Refused {
            code,
            message,
            detail,
            hint,
        } if code == sqlstate::INVALID_PASSWORD || code == sqlstate::INVALID_AUTHORIZATION => {
            info!(code = %code, "the upstream refused the login");
            let code = if code == sqlstate::INVALID_PASSWORD {
                sqlstate::INVALID_PASSWORD
            } else {
                sqlstate::INVALID_AUTHORIZATION
            };
            let mut client = ClientError::fatal(code, message.clone());
            client.detail = detail.clone();
            client.hint = hint.clone();
            client
        }
        _ => {
            warn!(error = %err, "upstream connection failed");
            err.to_client()
        }
    }
}
