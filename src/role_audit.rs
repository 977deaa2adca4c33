//! The upstream role audit: at start (and before the first session if the upstream was
//! down then) askpg checks that the role it connects as cannot write, and loads what the
//! guard needs from the catalog. Side work like this uses tokio-postgres.

use std::collections::HashMap;

use tokio_postgres::Client;

use crate::config::Config;
use crate::guard::Catalog;
use crate::upstream::UpstreamError;

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("cannot audit the upstream role: {0}")]
    Unreachable(UpstreamError),
    /// The login role cannot take a mapped role (`SET ROLE` failed: no such role, or the
    /// login role is not a member of it).
    #[error("cannot take mapped role {role} with SET ROLE: {message}\nGrant the role to the role of upstream.url (GRANT {role} TO <login role>).")]
    Role { role: String, message: String },
    #[error("the upstream role can write; askpg refuses to start:\n  - {}\nUse a role with SELECT only, or set guard.allow_writable_upstream = true to start anyway.", .0.join("\n  - "))]
    Writable(Vec<String>),
}

/// Opens a side connection with the configured role (TLS as the URL asks).
pub async fn side_connection(config: &Config) -> Result<Client, AuditError> {
    side_connection_to(&upstream_url(config)?, config).await
}

/// Opens a side connection to `pg` (an upstream database askpg serves), with TLS and the
/// timeout of the configuration.
pub async fn side_connection_to(
    pg: &tokio_postgres::Config,
    config: &Config,
) -> Result<Client, AuditError> {
    let tls = crate::tls::upstream_client_config(&config.upstream.tls_ca_file)
        .map_err(|e| AuditError::Unreachable(UpstreamError::Tls(e.to_string())))?;
    let connector = tokio_postgres_rustls::MakeRustlsConnect::new((*tls).clone());
    let addr = upstream_addr(pg);
    let timeout = config.upstream.connect_timeout;
    let (client, connection) = tokio::time::timeout(timeout, pg.connect(connector))
        .await
        .map_err(|_| {
            AuditError::Unreachable(UpstreamError::Timeout {
                addr: addr.clone(),
                timeout,
            })
        })?
        .map_err(|e| AuditError::Unreachable(classify(e, &addr)))?;
    tokio::spawn(connection);
    Ok(client)
}

/// `upstream.url`, parsed.
fn upstream_url(config: &Config) -> Result<tokio_postgres::Config, AuditError> {
    config
        .upstream_config()
        .map_err(|e| AuditError::Unreachable(UpstreamError::Protocol(e.to_string())))
}

fn upstream_addr(pg: &tokio_postgres::Config) -> String {
    let port = pg.get_ports().first().copied().unwrap_or(5432);
    match pg.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(host)) => format!("{host}:{port}"),
        Some(tokio_postgres::config::Host::Unix(dir)) => {
            format!("{}/.s.PGSQL.{port}", dir.display())
        }
        None => "(no host)".into(),
    }
}

/// The upstream's own refusal keeps its SQLSTATE and message; anything else is a failure
/// to reach it.
fn classify(err: tokio_postgres::Error, addr: &str) -> UpstreamError {
    match err.as_db_error() {
        Some(db) => UpstreamError::Refused {
            code: db.code().code().to_owned(),
            message: db.message().to_owned(),
            detail: db.detail().map(str::to_owned),
            hint: db.hint().map(str::to_owned),
        },
        None => UpstreamError::Connect {
            addr: addr.to_owned(),
            source: std::io::Error::other(err.to_string()),
        },
    }
}

const ROLE_ATTRIBUTES: &str = "
WITH RECURSIVE member_of(oid) AS (
    SELECT oid FROM pg_roles WHERE rolname = current_user
    UNION
    SELECT m.roleid FROM pg_auth_members m JOIN member_of ON m.member = member_of.oid
)
SELECT r.rolname, r.rolname = current_user AS is_self,
       r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls
FROM pg_roles r JOIN member_of USING (oid)
ORDER BY 2 DESC, 1";

const WRITABLE_RELATIONS: &str = "
SELECT n.nspname, c.relname, p.privilege
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p(privilege)
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  AND NOT (c.relkind = 'S' AND p.privilege <> 'UPDATE')
  AND has_table_privilege(c.oid, p.privilege)
ORDER BY 1, 2, 3
LIMIT 50";

const CREATE_PRIVILEGES: &str = "
SELECT 'schema ' || quote_ident(nspname) FROM pg_namespace
WHERE has_schema_privilege(oid, 'CREATE')
  AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%'
UNION ALL
SELECT 'database ' || quote_ident(current_database())
WHERE has_database_privilege(current_database(), 'CREATE')";

const WRITER_ROLES: &str = "
SELECT r FROM unnest(ARRAY['pg_write_all_data', 'pg_write_server_files',
                           'pg_execute_server_program', 'pg_signal_backend']) AS r
WHERE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) AND pg_has_role(current_user, r, 'MEMBER')";

/// Every way the role can write or escape, as human-readable findings (empty: read-only).
pub async fn findings(client: &Client) -> Result<Vec<String>, tokio_postgres::Error> {
    let mut out = Vec::new();
    for row in client.query(ROLE_ATTRIBUTES, &[]).await? {
        let name: String = row.get(0);
        let whose = if row.get::<_, bool>(1) {
            format!("role {name}")
        } else {
            format!("role {name} (granted to the upstream role)")
        };
        for (i, attribute) in [
            "SUPERUSER",
            "CREATEROLE",
            "CREATEDB",
            "REPLICATION",
            "BYPASSRLS",
        ]
        .iter()
        .enumerate()
        {
            if row.get::<_, bool>(2 + i) {
                out.push(format!("{whose} has {attribute}"));
            }
        }
    }
    for row in client.query(WRITABLE_RELATIONS, &[]).await? {
        let (schema, relation, privilege): (String, String, String) =
            (row.get(0), row.get(1), row.get(2));
        out.push(format!("{privilege} on {schema}.{relation}"));
    }
    for row in client.query(CREATE_PRIVILEGES, &[]).await? {
        out.push(format!("CREATE on {}", row.get::<_, String>(0)));
    }
    for row in client.query(WRITER_ROLES, &[]).await? {
        out.push(format!("member of {}", row.get::<_, String>(0)));
    }
    Ok(out)
}

/// The findings of `role` (taken with `SET ROLE` on a connection to `pg`, whose role must
/// be a member of it) or, without one, of the role `pg` logs in as.
pub async fn findings_of(
    pg: &tokio_postgres::Config,
    role: Option<&str>,
    config: &Config,
) -> Result<Vec<String>, AuditError> {
    let client = side_connection_to(pg, config).await?;
    let unreachable =
        |e: tokio_postgres::Error| AuditError::Unreachable(classify(e, &upstream_addr(pg)));
    if let Some(role) = role {
        client
            .batch_execute(&crate::identity::set_role_sql(role))
            .await
            .map_err(|e| AuditError::Role {
                role: role.to_owned(),
                message: e
                    .as_db_error()
                    .map_or_else(|| e.to_string(), |db| db.message().to_owned()),
            })?;
    }
    findings(&client).await.map_err(unreachable)
}

/// What the guard needs: user-defined VOLATILE functions and where relations live.
pub async fn load_catalog(client: &Client) -> Result<Catalog, tokio_postgres::Error> {
    let volatile = client
        .query(
            "SELECT DISTINCT lower(p.proname) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE p.provolatile = 'v' AND n.nspname NOT IN ('pg_catalog', 'information_schema')",
            &[],
        )
        .await?
        .iter()
        .map(|row| row.get::<_, String>(0))
        .collect();
    let mut relations: HashMap<String, Vec<String>> = HashMap::new();
    for row in client
        .query(
            "SELECT lower(c.relname), n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT LIKE 'pg\\_toast%'",
            &[],
        )
        .await?
    {
        relations.entry(row.get(0)).or_default().push(row.get(1));
    }
    Ok(Catalog {
        volatile_functions: volatile,
        relations,
    })
}

/// Audits the role of `upstream.url` and loads the catalog; Err(Writable) unless writes
/// are allowed.
pub async fn run(config: &Config) -> Result<(Catalog, Vec<String>), AuditError> {
    run_on(&upstream_url(config)?, config).await
}

/// Audits the role of `pg` in its database and loads that database's catalog (privileges
/// and catalogs are per database); Err(Writable) unless writes are allowed.
pub async fn run_on(
    pg: &tokio_postgres::Config,
    config: &Config,
) -> Result<(Catalog, Vec<String>), AuditError> {
    let client = side_connection_to(pg, config).await?;
    let unreachable =
        |e: tokio_postgres::Error| AuditError::Unreachable(UpstreamError::Protocol(e.to_string()));
    let found = findings(&client).await.map_err(unreachable)?;
    if !found.is_empty() && !config.guard.allow_writable_upstream {
        return Err(AuditError::Writable(found));
    }
    let catalog = load_catalog(&client).await.map_err(unreachable)?;
    Ok((catalog, found))
}
