//! The `[auth]` section: how clients authenticate to askpg and which upstream role each
//! one reaches (the configured role, a mapped role, or its own login by passthrough).

use std::net::SocketAddr;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{ConfigError, ScramVerifier, Secret};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthMethod {
    Scram,
    Md5,
    Trust,
    /// askpg asks the client for its password in clear text (over TLS or on a loopback
    /// listener only) and logs into the upstream as that user with it; PostgreSQL decides.
    Passthrough,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthConfig {
    pub method: AuthMethod,
    pub users: Vec<UserEntry>,
    /// Pause before answering a failed authentication, to slow down password guessing.
    #[serde(with = "humantime_serde")]
    pub failure_delay: Duration,
}

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct UserEntry {
    pub name: String,
    /// Clear-text password (works with `scram` and `md5`).
    pub password: Secret,
    /// `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`, as in `pg_authid`.
    pub scram_verifier: Secret,
    /// The upstream role this user's sessions take with `SET ROLE` (the role of
    /// `upstream.url` must be a member of it); empty: the role of `upstream.url` itself.
    pub upstream_role: String,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            method: AuthMethod::Scram,
            users: Vec::new(),
            failure_delay: Duration::from_millis(500),
        }
    }
}

impl AuthConfig {
    /// The distinct mapped roles of `users`, sorted.
    pub fn mapped_roles(&self) -> Vec<&str> {
        let mut roles: Vec<&str> = self
            .users
            .iter()
            .map(|u| u.upstream_role.as_str())
            .filter(|r| !r.is_empty())
            .collect();
        roles.sort_unstable();
        roles.dedup();
        roles
    }

    /// The mapped role of `user`, if it has one.
    pub fn mapped_role(&self, user: &str) -> Option<&str> {
        self.users
            .iter()
            .find(|u| u.name == user && !u.upstream_role.is_empty())
            .map(|u| u.upstream_role.as_str())
    }

    pub(super) fn validate(&self, listen: &SocketAddr) -> Result<(), ConfigError> {
        let invalid = |m: String| Err(ConfigError::Invalid(m));
        match self.method {
            AuthMethod::Trust if !listen.ip().is_loopback() => {
                return invalid(format!(
                    "auth.method = \"trust\" is only allowed when listen is a loopback address, not {listen}"
                ));
            }
            AuthMethod::Passthrough if !self.users.is_empty() => {
                return invalid(
                    "auth.users is not used with auth.method = \"passthrough\": clients log \
                     into the upstream as themselves (remove auth.users)"
                        .into(),
                );
            }
            AuthMethod::Scram | AuthMethod::Md5 if self.users.is_empty() => {
                return invalid(format!(
                    "auth.users is empty but auth.method = {:?} needs at least one user",
                    self.method
                ));
            }
            _ => {}
        }
        for (i, user) in self.users.iter().enumerate() {
            self.validate_user(i, user)?;
        }
        Ok(())
    }

    fn validate_user(&self, i: usize, user: &UserEntry) -> Result<(), ConfigError> {
        let at = format!("auth.users[{i}]");
        if user.name.is_empty() {
            return Err(ConfigError::Invalid(format!("{at}.name is empty")));
        }
        if user.upstream_role.contains('\0') {
            return Err(ConfigError::Invalid(format!(
                "{at}.upstream_role ({}) contains a NUL byte",
                user.name
            )));
        }
        let has_verifier = !user.scram_verifier.is_empty();
        if user.password.is_empty() && !has_verifier {
            return Err(ConfigError::Invalid(format!(
                "{at} ({}) needs password or scram_verifier",
                user.name
            )));
        }
        if has_verifier {
            ScramVerifier::parse(user.scram_verifier.expose()).map_err(|e| {
                ConfigError::Invalid(format!("{at}.scram_verifier ({}): {e}", user.name))
            })?;
            if self.method == AuthMethod::Md5 && user.password.is_empty() {
                return Err(ConfigError::Invalid(format!(
                    "{at} ({}): auth.method = \"md5\" needs a password, a SCRAM verifier cannot check md5",
                    user.name
                )));
            }
        }
        Ok(())
    }
}
