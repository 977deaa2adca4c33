//! Configuration: a TOML file, overridden by `ASKPG_<SECTION>_<KEY>` environment variables,
//! overridden by command-line flags. Every key is documented in `config/askpg.example.toml`.
//!
//! Layers are merged as TOML tables before one strict deserialization, so an unknown key or a
//! bad value is reported with the key's name whichever layer it came from.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use toml::{Table, Value};

mod ask;
mod auth;
mod databases;
mod guard;
mod scram;

pub use ask::{
    AdminConfig, AskConfig, AuditConfig, CacheConfig, CorpusConfig, EmbeddingsConfig, LlmConfig,
    Route,
};
pub use auth::{AuthConfig, AuthMethod, UserEntry};
pub use databases::{DatabaseRoute, DatabasesConfig};
pub use guard::{GuardConfig, PROTECTED_SETTINGS};
pub use scram::ScramVerifier;

/// Errors found while loading or validating configuration. Each names the key at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("environment variable {var}: {message}")]
    Env { var: String, message: String },
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

/// A secret string: never printed by `Debug` or `Display`.
#[derive(Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() {
            "\"\""
        } else {
            "<redacted>"
        })
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address the proxy listens on for PostgreSQL clients.
    pub listen: String,
    pub upstream: UpstreamConfig,
    pub auth: AuthConfig,
    pub tls: TlsConfig,
    pub limits: LimitsConfig,
    pub metrics: MetricsConfig,
    pub log: LogConfig,
    pub runtime: RuntimeConfig,
    pub guard: GuardConfig,
    pub corpus: CorpusConfig,
    pub embeddings: EmbeddingsConfig,
    pub llm: LlmConfig,
    pub ask: AskConfig,
    pub cache: CacheConfig,
    pub audit: AuditConfig,
    pub admin: AdminConfig,
    pub databases: DatabasesConfig,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct UpstreamConfig {
    /// libpq-style URL or key/value string of the upstream PostgreSQL and its read-only role.
    pub url: Secret,
    #[serde(with = "humantime_serde")]
    pub connect_timeout: Duration,
    /// CA bundle (PEM) to verify the upstream's certificate; empty means encrypt without
    /// verifying when the URL's sslmode asks for TLS (libpq's `require`).
    pub tls_ca_file: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct TlsConfig {
    /// PEM certificate chain; with `key_file` it enables TLS for clients.
    pub cert_file: String,
    pub key_file: String,
    /// Refuse clients that do not negotiate TLS.
    pub require: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    pub max_connections: usize,
    #[serde(with = "humantime_serde")]
    pub startup_timeout: Duration,
    pub max_startup_packet_bytes: usize,
    pub max_message_bytes: usize,
    #[serde(with = "humantime_serde")]
    pub shutdown_grace: Duration,
}

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// HTTP address for `/metrics` and `/healthz`; empty disables the endpoint.
    pub listen: String,
}

/// Session threads. The defaults (all zero or off) are safe on a shared host: threads sized
/// from the CPUs askpg may use, none pinned, none spinning.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuntimeConfig {
    /// Threads that run client sessions; 0 means half the CPUs askpg may use, rounded up
    /// (its affinity, fewer under a cgroup CPU quota), or one per CPU when pinned.
    pub session_threads: usize,
    /// How long a session thread keeps polling its sockets after relaying something
    /// before it sleeps, in microseconds; 0 (the default) disables busy polling.
    pub busy_poll_us: u64,
    /// Pin each session thread to a CPU of its own (when there is a thread for every CPU
    /// and no CPU quota). Off by default: on a shared host it crowds other processes.
    pub pin_session_threads: bool,
}

/// Upper bound of `runtime.busy_poll_us`.
pub const MAX_BUSY_POLL_US: u64 = 10_000;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// tracing filter, e.g. `info` or `askpg=debug`; `RUST_LOG` wins when set.
    pub level: String,
    /// `human` or `json`.
    pub format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Human,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:6543".into(),
            upstream: UpstreamConfig::default(),
            auth: AuthConfig::default(),
            tls: TlsConfig::default(),
            limits: LimitsConfig::default(),
            metrics: MetricsConfig::default(),
            log: LogConfig::default(),
            runtime: RuntimeConfig::default(),
            guard: GuardConfig::default(),
            corpus: CorpusConfig::default(),
            embeddings: EmbeddingsConfig::default(),
            llm: LlmConfig::default(),
            ask: AskConfig::default(),
            cache: CacheConfig::default(),
            audit: AuditConfig::default(),
            admin: AdminConfig::default(),
            databases: DatabasesConfig::default(),
        }
    }
}

impl Default for UpstreamConfig {
    fn default() -> Self {
        Self {
            url: Secret::default(),
            connect_timeout: Duration::from_secs(10),
            tls_ca_file: String::new(),
        }
    }
}

impl Default for LimitsConfig {
    fn default() -> Self {
        Self {
            max_connections: 100,
            startup_timeout: Duration::from_secs(10),
            max_startup_packet_bytes: 10_000,
            max_message_bytes: 1 << 20,
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        Self {
            level: "info".into(),
            format: LogFormat::Human,
        }
    }
}

/// Values given on the command line; they win over file and environment.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub listen: Option<String>,
    pub upstream_url: Option<String>,
    pub metrics_listen: Option<String>,
}

impl Config {
    /// Loads file (if any), then environment (`ASKPG_*` from `env`), then flags; validates.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
        overrides: &Overrides,
    ) -> Result<Self, ConfigError> {
        let mut table = match file {
            Some(path) => read_table(path)?,
            None => Table::new(),
        };
        apply_env(&mut table, env)?;
        let flags = [
            ("listen", &overrides.listen),
            ("upstream.url", &overrides.upstream_url),
            ("metrics.listen", &overrides.metrics_listen),
        ];
        for (key, value) in flags {
            if let Some(value) = value {
                set_path(&mut table, key, Value::String(value.clone()));
            }
        }
        let config: Config = Config::deserialize(table).map_err(|e| match file {
            Some(path) => ConfigError::Parse {
                path: path.to_owned(),
                message: e.to_string(),
            },
            None => ConfigError::Invalid(e.to_string()),
        })?;
        config.validate()?;
        Ok(config)
    }

    /// Checks relations between keys that types alone cannot express.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |m: String| Err(ConfigError::Invalid(m));
        let listen: SocketAddr = self.listen.parse().map_err(|e| {
            ConfigError::Invalid(format!(
                "listen = {:?}: {e} (expected HOST:PORT)",
                self.listen
            ))
        })?;
        if self.upstream.url.is_empty() {
            return invalid("upstream.url is required (or ASKPG_UPSTREAM_URL / --upstream)".into());
        }
        self.databases.validate(&self.upstream_database()?)?;
        self.auth.validate(&listen)?;
        if self.runtime.busy_poll_us > MAX_BUSY_POLL_US {
            return invalid(format!(
                "runtime.busy_poll_us = {}: at most {MAX_BUSY_POLL_US} (10 ms); longer windows \
                 only burn CPU between statements",
                self.runtime.busy_poll_us
            ));
        }
        if self.tls.cert_file.is_empty() != self.tls.key_file.is_empty() {
            return invalid("tls.cert_file and tls.key_file must be set together".into());
        }
        if self.tls.require && self.tls.cert_file.is_empty() {
            return invalid("tls.require = true needs tls.cert_file and tls.key_file".into());
        }
        if self.limits.max_connections == 0 {
            return invalid("limits.max_connections must be at least 1".into());
        }
        if self.limits.max_message_bytes < 1024 || self.limits.max_startup_packet_bytes < 64 {
            return invalid(
                "limits.max_message_bytes must be >= 1024 and limits.max_startup_packet_bytes >= 64"
                    .into(),
            );
        }
        for name in &self.guard.allowed_settings {
            if PROTECTED_SETTINGS.contains(&name.to_lowercase().as_str()) {
                return invalid(format!(
                    "guard.allowed_settings: {name:?} keeps sessions read-only and bounded and cannot be allowed"
                ));
            }
        }
        if !(0.0..=2.0).contains(&self.llm.temperature) {
            return invalid(format!(
                "llm.temperature = {}: must be between 0 and 2",
                self.llm.temperature
            ));
        }
        if self.llm.max_repairs > 10 {
            return invalid("llm.max_repairs must be at most 10".into());
        }
        if self.ask.max_rows == 0 {
            return invalid("ask.max_rows must be at least 1".into());
        }
        if self.ask.context_tokens < 200 {
            return invalid("ask.context_tokens must be at least 200".into());
        }
        self.validate_cache()?;
        if self.embeddings.batch_size == 0 {
            return invalid("embeddings.batch_size must be at least 1".into());
        }
        for (key, url) in [
            ("llm.base_url", &self.llm.base_url),
            ("embeddings.base_url", &self.embeddings.base_url),
        ] {
            if !(url.is_empty() || url.starts_with("http://") || url.starts_with("https://")) {
                return invalid(format!(
                    "{key} = {url:?}: expected an http:// or https:// URL"
                ));
            }
        }
        if !self.metrics.listen.is_empty() {
            self.metrics.listen.parse::<SocketAddr>().map_err(|e| {
                ConfigError::Invalid(format!("metrics.listen = {:?}: {e}", self.metrics.listen))
            })?;
        }
        Ok(())
    }

    fn validate_cache(&self) -> Result<(), ConfigError> {
        let cache = &self.cache;
        let invalid = |m: String| Err(ConfigError::Invalid(m));
        let threshold = cache.similarity_threshold;
        if !(threshold > 0.0 && threshold <= 1.0) {
            return invalid(format!(
                "cache.similarity_threshold = {threshold}: must be above 0 and at most 1"
            ));
        }
        if cache.max_entries == 0 {
            return invalid("cache.max_entries must be at least 1".into());
        }
        if cache.max_weight_bytes < cache.max_entries {
            return invalid(format!(
                "cache.max_weight_bytes = {} must be at least cache.max_entries ({})",
                cache.max_weight_bytes, cache.max_entries
            ));
        }
        if cache.ttl.is_zero() {
            return invalid("cache.ttl must be longer than 0s".into());
        }
        if cache.enabled && !cache.exact && !cache.semantic {
            return invalid(
                "cache.enabled = true needs cache.exact or cache.semantic (or set enabled = false)"
                    .into(),
            );
        }
        Ok(())
    }

    /// The upstream URL parsed by tokio-postgres (which understands URLs and key=value strings).
    pub fn upstream_config(&self) -> Result<tokio_postgres::Config, ConfigError> {
        let parsed: tokio_postgres::Config = self
            .upstream
            .url
            .expose()
            .parse()
            .map_err(|e| ConfigError::Invalid(format!("upstream.url: {e}")))?;
        if parsed.get_hosts().is_empty() {
            return Err(ConfigError::Invalid("upstream.url names no host".into()));
        }
        if parsed.get_user().is_none() {
            return Err(ConfigError::Invalid("upstream.url names no user".into()));
        }
        Ok(parsed)
    }

    /// The database of `upstream.url` (libpq's default: the user name).
    pub fn upstream_database(&self) -> Result<String, ConfigError> {
        let pg = self.upstream_config()?;
        Ok(pg
            .get_dbname()
            .or(pg.get_user())
            .unwrap_or_default()
            .to_owned())
    }

    /// Every key path (`section.key`) with its environment variable name.
    pub fn env_keys() -> BTreeMap<String, String> {
        let defaults = Table::try_from(Config::default()).expect("defaults serialize");
        let mut keys = BTreeMap::new();
        for (name, value) in &defaults {
            match value {
                Value::Table(section) => {
                    for key in section.keys() {
                        let var = format!("ASKPG_{}_{}", name, key).to_uppercase();
                        keys.insert(var, format!("{name}.{key}"));
                    }
                }
                _ => {
                    keys.insert(format!("ASKPG_{}", name.to_uppercase()), name.clone());
                }
            }
        }
        keys
    }
}

fn read_table(path: &Path) -> Result<Table, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_owned(),
        source,
    })?;
    text.parse::<Table>().map_err(|e| ConfigError::Parse {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

/// Variables that are not config keys but belong to askpg's command line.
const NON_KEY_VARS: &[&str] = &["ASKPG_CONFIG", "ASKPG_LOG"];

fn apply_env(
    table: &mut Table,
    env: impl IntoIterator<Item = (String, String)>,
) -> Result<(), ConfigError> {
    let keys = Config::env_keys();
    let defaults = Table::try_from(Config::default()).expect("defaults serialize");
    for (var, raw) in env {
        if !var.starts_with("ASKPG_") || NON_KEY_VARS.contains(&var.as_str()) {
            continue;
        }
        let Some(path) = keys.get(&var) else {
            return Err(ConfigError::Env {
                var,
                message: "not a configuration key (see config/askpg.example.toml)".into(),
            });
        };
        let value =
            env_value(lookup(&defaults, path), &raw).map_err(|message| ConfigError::Env {
                var: var.clone(),
                message: format!("{path}: {message}"),
            })?;
        set_path(table, path, value);
    }
    Ok(())
}

/// Interprets a variable's text with the type of the key's default.
fn env_value(default: Option<&Value>, raw: &str) -> Result<Value, String> {
    match default {
        Some(Value::Integer(_)) => raw
            .trim()
            .parse::<i64>()
            .map(Value::Integer)
            .map_err(|_| format!("expected an integer, got {raw:?}")),
        Some(Value::Float(_)) => raw
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(Value::Float)
            .ok_or_else(|| format!("expected a number, got {raw:?}")),
        Some(Value::Boolean(_)) => match raw.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" | "on" => Ok(Value::Boolean(true)),
            "false" | "0" | "no" | "off" => Ok(Value::Boolean(false)),
            _ => Err(format!("expected true or false, got {raw:?}")),
        },
        Some(Value::Array(_)) => {
            let wrapped = format!("v = {raw}");
            let parsed: Table = wrapped
                .parse()
                .map_err(|e| format!("expected a TOML array: {e}"))?;
            Ok(parsed["v"].clone())
        }
        _ => Ok(Value::String(raw.to_owned())),
    }
}

fn lookup<'a>(table: &'a Table, path: &str) -> Option<&'a Value> {
    match path.split_once('.') {
        Some((section, key)) => table.get(section)?.as_table()?.get(key),
        None => table.get(path),
    }
}

fn set_path(table: &mut Table, path: &str, value: Value) {
    match path.split_once('.') {
        Some((section, key)) => {
            let entry = table
                .entry(section.to_owned())
                .or_insert_with(|| Value::Table(Table::new()));
            if let Value::Table(section) = entry {
                section.insert(key.to_owned(), value);
            }
        }
        None => {
            table.insert(path.to_owned(), value);
        }
    }
}

#[cfg(test)]
mod tests;
