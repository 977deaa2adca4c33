//! The upstream database a client's database name reaches, and what askpg knows of each
//! database it serves.
//!
//! A name reaches the database of that name on the upstream of `upstream.url`, with its host
//! and role, unless `databases.allowed` leaves it out (3D000, as for a database that does
//! not exist) or `databases.map` sends it to another upstream. Privileges and catalogs are
//! per database, so each database is audited (the role audit, the guard's catalog) before
//! its first session and again on reload. The database of `upstream.url` is the server's
//! own: it is audited at start (see [`crate::server::Shared::ensure_audited`]).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;
use tracing::{error, info, warn};

use crate::config::{Config, ConfigError};
use crate::error::{sqlstate, ClientError};
use crate::guard::Guard;
use crate::role_audit::AuditError;
use crate::upstream::{UpstreamError, UpstreamTarget};

/// The metrics label of databases that configuration does not name.
pub const OTHER_LABEL: &str = "other";

/// One upstream database askpg serves, audited.
pub struct Database {
    /// The name clients connect with.
    pub name: String,
    pub upstream: UpstreamTarget,
    /// The guard with this database's catalog.
    pub guard: Arc<Guard>,
    /// Whether this is the database of `upstream.url` (where questions are answered).
    pub primary: bool,
    /// The upstream URL of this database, for re-audits.
    pg: tokio_postgres::Config,
}

impl Database {
    /// The upstream URL of this database (the configured role), for side connections.
    pub fn side_config(&self) -> &tokio_postgres::Config {
        &self.pg
    }
}

/// A database's audit, shared by the sessions that wait for it.
type Audited = Arc<OnceCell<Arc<Database>>>;

/// Where client database names lead.
pub struct Databases {
    primary: Arc<Database>,
    /// `databases.allowed`; `None`: any name.
    allowed: Option<HashSet<String>>,
    /// `databases.map`: name → its upstream.
    routes: HashMap<String, (tokio_postgres::Config, UpstreamTarget)>,
    /// Databases other than the primary that sessions have reached (or are being audited
    /// for their first session). Only audited databases stay, so the map is bounded by
    /// the databases the upstreams have.
    reached: Mutex<HashMap<String, Audited>>,
}

impl Databases {
    /// The routes of the configuration; `upstream` and `guard` serve `upstream.url`'s own
    /// database.
    pub fn new(
        config: &Config,
        upstream: &UpstreamTarget,
        guard: Arc<Guard>,
    ) -> Result<Self, ConfigError> {
        let pg = config.upstream_config()?;
        let primary = Arc::new(Database {
            name: config.upstream_database()?,
            upstream: upstream.clone(),
            guard,
            primary: true,
            pg,
        });
        let mut routes = HashMap::new();
        for route in &config.databases.map {
            let pg = route.upstream_config()?;
            let target = UpstreamTarget::from_parsed(&pg, config)?;
            routes.insert(route.name.clone(), (pg, target));
        }
        let allowed = (!config.databases.allowed.is_empty())
            .then(|| config.databases.allowed.iter().cloned().collect());
        let databases = Self {
            primary,
            allowed,
            routes,
            reached: Mutex::new(HashMap::new()),
        };
        crate::metrics::METRICS.database_labels(&databases.labels());
        Ok(databases)
    }

    /// The database of `upstream.url`, where questions are answered.
    pub fn primary(&self) -> &Arc<Database> {
        &self.primary
    }

    /// The metrics label of a database name: the name when configuration names it (the
    /// database of `upstream.url`, `databases.allowed`, `databases.map`), else "other",
    /// so the label's values are a fixed set.
    pub fn label<'a>(&'a self, name: &'a str) -> &'a str {
        let named = name == self.primary.name
            || self.routes.contains_key(name)
            || self.allowed.as_ref().is_some_and(|a| a.contains(name));
        if named {
            name
        } else {
            OTHER_LABEL
        }
    }

    /// Every value the metrics label takes.
    fn labels(&self) -> Vec<&str> {
        let mut labels = vec![self.primary.name.as_str(), OTHER_LABEL];
        labels.extend(self.routes.keys().map(String::as_str));
        labels.extend(self.allowed.iter().flatten().map(String::as_str));
        labels.sort_unstable();
        labels.dedup();
        labels
    }

    /// The database `name` reaches, audited before its first session. The primary is
    /// returned as it is: the server audits it. Err is the error the client gets: 3D000 for
    /// a name that is not allowed, does not exist or that the role may not connect to.
    pub async fn reach(&self, name: &str, config: &Config) -> Result<Arc<Database>, ClientError> {
        if name == self.primary.name {
            return Ok(self.primary.clone());
        }
        let (pg, upstream) = self.route(name)?;
        let cell = self.lock().entry(name.to_owned()).or_default().clone();
        let audited = cell
            .get_or_try_init(|| audit(name, pg, upstream, config))
            .await
            .cloned();
        if audited.is_err() {
            // Names that fail are not kept: the next session audits again.
            let mut reached = self.lock();
            if reached
                .get(name)
                .is_some_and(|c| Arc::ptr_eq(c, &cell) && !c.initialized())
            {
                reached.remove(name);
            }
        }
        audited
    }

    /// The upstream `name` leads to, or 3D000 when configuration does not allow it.
    fn route(&self, name: &str) -> Result<(tokio_postgres::Config, UpstreamTarget), ClientError> {
        if let Some(route) = self.routes.get(name) {
            return Ok(route.clone());
        }
        if self.allowed.as_ref().is_some_and(|a| !a.contains(name)) {
            info!(db = name, "database not in databases.allowed");
            return Err(no_such_database(name));
        }
        let mut pg = self.primary.pg.clone();
        pg.dbname(name);
        Ok((pg, self.primary.upstream.in_database(name)))
    }

    /// Re-audits every database reached so far except the primary (the server re-audits
    /// that one) and reloads their catalogs. A database that fails is forgotten, so its
    /// next session is audited again (and refused while it fails); sessions already
    /// running keep their catalog. Returns what happened, `None` when no other database
    /// was reached.
    pub async fn reload(&self, config: &Config) -> Option<String> {
        let reached: Vec<(String, Arc<Database>)> = self
            .lock()
            .iter()
            .filter_map(|(name, cell)| cell.get().map(|db| (name.clone(), db.clone())))
            .collect();
        if reached.is_empty() {
            return None;
        }
        let mut report = Vec::new();
        for (name, database) in reached {
            match crate::role_audit::run_on(&database.pg, config).await {
                Ok((catalog, findings)) => {
                    warn_writable(&name, &findings);
                    let changes = catalog.changes_since(&database.guard.catalog());
                    database.guard.set_catalog(catalog);
                    report.push(format!("database {name}: {changes}"));
                }
                Err(err) => {
                    error!(db = %name, error = %err, "database audit failed on reload; its new sessions are audited again");
                    self.lock().remove(&name);
                    report.push(format!(
                        "database {name}: audit failed, new sessions audit it again"
                    ));
                }
            }
        }
        Some(report.join("; "))
    }

    /// The names of the databases other than the primary that passed their audit.
    pub fn reached(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .lock()
            .iter()
            .filter(|(_, cell)| cell.initialized())
            .map(|(name, _)| name.clone())
            .collect();
        names.sort_unstable();
        names
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Audited>> {
        // A panic while holding this short lock cannot leave the map inconsistent.
        self.reached.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Audits the role in database `name` and loads its catalog for a guard of its own.
async fn audit(
    name: &str,
    pg: tokio_postgres::Config,
    upstream: UpstreamTarget,
    config: &Config,
) -> Result<Arc<Database>, ClientError> {
    match crate::role_audit::run_on(&pg, config).await {
        Ok((catalog, findings)) => {
            warn_writable(name, &findings);
            let guard = Guard::new(&config.guard);
            guard.set_catalog(catalog);
            info!(db = name, "upstream role audited in database");
            Ok(Arc::new(Database {
                name: name.to_owned(),
                upstream,
                guard: Arc::new(guard),
                primary: false,
                pg,
            }))
        }
        Err(AuditError::Unreachable(err)) => Err(unreachable(name, &err)),
        Err(err @ AuditError::Role { .. }) => Err(ClientError::fatal(
            sqlstate::CONNECTION_FAILURE,
            err.to_string(),
        )),
        Err(AuditError::Writable(findings)) => {
            error!(db = name, findings = %findings.join("; "), "upstream role can write in database");
            Err(ClientError::fatal(
                sqlstate::CONNECTION_FAILURE,
                format!("askpg refuses database \"{name}\": its upstream role can write there"),
            )
            .with_detail(findings.join("\n"))
            .with_hint("Use a role with SELECT only in this database, or set guard.allow_writable_upstream = true."))
        }
    }
}

/// A database the role may not connect to is refused like one that does not exist; the
/// upstream's own 3D000 passes as it is.
fn unreachable(name: &str, err: &UpstreamError) -> ClientError {
    match err {
        UpstreamError::Refused { code, message, .. }
            if code == sqlstate::INSUFFICIENT_PRIVILEGE =>
        {
            info!(db = name, upstream = %message, "the upstream role may not connect to the database");
            no_such_database(name)
        }
        other => {
            warn!(db = name, error = %other, "cannot audit the upstream role in database");
            other.to_client()
        }
    }
}

/// PostgreSQL's answer for a database that does not exist.
fn no_such_database(name: &str) -> ClientError {
    ClientError::fatal(
        sqlstate::INVALID_CATALOG_NAME,
        format!("database \"{name}\" does not exist"),
    )
}

fn warn_writable(name: &str, findings: &[String]) {
    for finding in findings {
        warn!(db = name, finding = %finding, "upstream role can write (guard.allow_writable_upstream = true)");
    }
}
