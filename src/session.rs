//! One client connection from the first byte to the end: negotiation, authentication, the
//! upstream session, the startup answer the client sees, then the relay.

use std::sync::Arc;

use bytes::BytesMut;
use pgwire::messages::response::{ReadyForQuery, TransactionStatus};
use pgwire::messages::startup::{BackendKeyData, SecretKey};
use pgwire::messages::Message;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use tokio::sync::{watch, OwnedSemaphorePermit};
use tracing::{debug, info, warn};

use crate::error::{sqlstate, ClientError};
use crate::frontend::auth::Authenticated;
use crate::frontend::{self, Hello, StartupRequest};
use crate::identity::Identity;
use crate::metrics::{ConnectionOutcome, METRICS};
use crate::relay::{self, Phase, RelayLimits};
use crate::server::Shared;
use crate::upstream::BoxStream;

/// Handles one accepted connection; `permit` is `None` when the connection limit is reached.
pub async fn handle(
    tcp: TcpStream,
    shared: Arc<Shared>,
    permit: Option<OwnedSemaphorePermit>,
    phase: watch::Receiver<Phase>,
) {
    let limits = &shared.config.limits;
    let negotiation = tokio::time::timeout(
        limits.startup_timeout,
        frontend::negotiate(tcp, shared.tls.as_ref(), limits.max_startup_packet_bytes),
    )
    .await;
    let request = match negotiation {
        Err(_) => {
            METRICS.connection(ConnectionOutcome::StartupFailed);
            return debug!("startup timed out");
        }
        Ok(Err((stream, err))) => {
            METRICS.connection(ConnectionOutcome::StartupFailed);
            debug!(error = %err, "startup refused");
            if let Some(mut stream) = stream {
                send_error(&mut stream, &err).await;
            }
            return;
        }
        Ok(Ok(Hello::Cancel {
            mut stream,
            pid,
            secret,
        })) => {
            METRICS.connection(ConnectionOutcome::Cancel);
            cancel(&shared, pid, secret).await;
            // A TLS client (libpq 17's encrypted cancel) expects close_notify before the end
            // of the stream, and the end itself tells it the cancel was handled.
            let _ = tokio::time::timeout(limits.startup_timeout, stream.shutdown()).await;
            return;
        }
        Ok(Ok(Hello::Startup(request))) => request,
    };
    let Some(_permit) = permit else {
        let mut stream = request.stream;
        let err = ClientError::fatal(
            sqlstate::TOO_MANY_CONNECTIONS,
            "sorry, too many clients already",
        )
        .with_hint("Raise limits.max_connections or close idle sessions.");
        warn!(user = %request.user, "connection limit reached");
        METRICS.connection(ConnectionOutcome::RefusedLimit);
        return send_error(&mut stream, &err).await;
    };
    let span = tracing::info_span!(
        "session",
        user = %request.user,
        role = tracing::field::Empty,
        db = %request.database,
        tls = request.tls,
        session = tracing::field::Empty
    );
    let started =
        tracing::Instrument::instrument(start(request, shared, span.clone()), span.clone()).await;
    let Some(session) = started else { return };
    let Started {
        stream,
        upstream,
        cancel,
        limits,
        key,
        lease,
    } = session;
    // The relay runs outside the span (see RelayLimits::span).
    relay::run(stream, upstream, cancel, limits, phase).await;
    drop(key);
    drop(lease);
    METRICS.client_sessions.dec();
    span.in_scope(|| info!("session ended"));
}

/// A started session, ready to relay.
struct Started {
    stream: BoxStream,
    upstream: BoxStream,
    cancel: crate::upstream::CancelTarget,
    limits: RelayLimits,
    /// Registered for CancelRequests (and SHOW askpg.sessions) while the session lives.
    key: crate::cancel::CancelKey,
    /// A passthrough session's share in its role's side connection.
    lease: Option<crate::ask::pipeline::RoleLease>,
}

/// Authenticates the client and opens its upstream session; `None` when the session
/// ended there (the client has had its error).
async fn start(
    request: StartupRequest,
    shared: Arc<Shared>,
    span: tracing::Span,
) -> Option<Started> {
    let StartupRequest {
        mut stream,
        user,
        database,
        forwarded,
        tls,
    } = request;
    let cert = if tls {
        shared.tls.as_ref().map(|t| t.cert_pem.as_slice())
    } else {
        None
    };
    let limits = &shared.config.limits;
    if shared.config.tls.require && !tls {
        let err = ClientError::fatal(sqlstate::INVALID_AUTHORIZATION, "askpg requires TLS")
            .with_hint("Connect with sslmode=require.");
        METRICS.connection(ConnectionOutcome::AuthFailed);
        send_error(&mut stream, &err).await;
        return None;
    }
    let auth = tokio::time::timeout(
        limits.startup_timeout,
        shared.auth.authenticate(&mut stream, &user, cert, tls),
    )
    .await;
    let password = match auth {
        Err(_) => {
            METRICS.connection(ConnectionOutcome::AuthFailed);
            debug!("authentication timed out");
            return None;
        }
        Ok(Err(err)) => {
            METRICS.connection(ConnectionOutcome::AuthFailed);
            info!(error = %err, "authentication failed");
            send_error(&mut stream, &err).await;
            return None;
        }
        Ok(Ok(Authenticated::Checked)) => None,
        Ok(Ok(Authenticated::Password(password))) => Some(password),
    };
    let identity = Identity::for_user(&shared.config.auth, &user);
    let database = match shared.database(&database).await {
        Ok(database) => database,
        Err(err) => {
            METRICS.connection(refusal_outcome(&err));
            send_error(&mut stream, &err).await;
            return None;
        }
    };
    let connected = crate::identity::connect(
        &shared.roles,
        &database,
        &identity,
        password.as_ref(),
        &forwarded,
        &shared.config,
    )
    .await;
    let mut lease = None;
    if let (Ok(_), Identity::Passthrough(role), Some(password)) = (&connected, &identity, &password)
    {
        if database.primary {
            lease = lend_login(&shared, &database, role, password).await;
        }
    }
    drop(password);
    let upstream = match connected {
        Ok(upstream) => upstream,
        Err(err) if crate::identity::is_login_failure(&err) => {
            METRICS.connection(ConnectionOutcome::AuthFailed);
            let err = shared.auth.refuse(err).await;
            send_error(&mut stream, &err).await;
            return None;
        }
        Err(err) => {
            METRICS.connection(refusal_outcome(&err));
            if err.code != sqlstate::INSUFFICIENT_PRIVILEGE {
                METRICS.upstream_connect_errors.inc();
            }
            send_error(&mut stream, &err).await;
            return None;
        }
    };
    if password_checked_upstream(&identity) && shared.auth.accept(&mut stream).await.is_err() {
        return None;
    }
    let upstream_role = identity.role(database.upstream.user()).to_owned();
    span.record("role", upstream_role.as_str());
    let application_name = forwarded
        .iter()
        .find(|(k, _)| k == "application_name")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let key = shared.cancels.register(
        upstream.cancel.clone(),
        crate::cancel::SessionInfo {
            user: user.clone(),
            upstream_role: upstream_role.clone(),
            database: database.name.clone(),
            application_name: application_name.clone(),
            tls,
            connected_at: std::time::SystemTime::now(),
        },
    );
    // The session id is askpg's process id for the client (SHOW askpg.sessions, audit).
    tracing::Span::current().record("session", key.pid);
    let mut hello = upstream.parameter_status;
    let _ = BackendKeyData::new(key.pid, SecretKey::I32(key.secret)).encode(&mut hello);
    let _ = ReadyForQuery::new(TransactionStatus::Idle).encode(&mut hello);
    if write_all(&mut stream, &hello).await.is_err() {
        return None;
    }
    info!("session started");
    METRICS.connection(ConnectionOutcome::Accepted);
    METRICS.database_session(shared.databases.label(&database.name));
    let labels = crate::identity::metric_labels(
        &shared.config.auth,
        database.upstream.user(),
        &user,
        &upstream_role,
    );
    METRICS.identity_session(labels.0, labels.1);
    METRICS.client_sessions.inc();
    let limits = RelayLimits {
        max_message_bytes: limits.max_message_bytes,
        cancel_timeout: shared.config.upstream.connect_timeout,
        guard: shared.guard_enabled.then(|| database.guard.clone()),
        pin_sql: match &identity {
            Identity::Mapped(role) => format!(
                "{}; {}",
                shared.pin_sql,
                crate::identity::set_role_sql(role)
            )
            .into(),
            _ => shared.pin_sql.clone(),
        },
        mapped_role: matches!(identity, Identity::Mapped(_)),
        max_rows: shared.config.guard.max_rows,
        questions: shared.asker.as_ref().map(|asker| {
            crate::ask::session::Questions::new(
                asker.clone(),
                user.clone(),
                application_name,
                key.pid as u64,
                key.ask.clone(),
                span.clone(),
            )
            .on_database(&database.name, &shared.databases.primary().name)
            .as_identity(identity.clone(), &upstream_role, labels)
        }),
        admin: Some(crate::admin::Admin {
            server: Arc::<Shared>::downgrade(&shared),
            allowed: shared.config.admin.users.contains(&user),
        }),
        span,
    };
    Some(Started {
        stream,
        upstream: upstream.stream,
        cancel: upstream.cancel,
        limits,
        key,
        lease,
    })
}

async fn cancel(shared: &Shared, pid: i32, secret: i32) {
    match shared.cancels.lookup(pid, secret) {
        Some(handles) => {
            // A question being answered is stopped here: nothing of it runs upstream yet,
            // and a cancel sent there could hit the session's next statement instead.
            let (user, role) = (&handles.user, &handles.upstream_role);
            if handles.ask.cancel() {
                return info!(
                    pid,
                    user, role, "cancel request stopped a question being answered"
                );
            }
            if let Err(err) = handles
                .target
                .cancel(shared.config.upstream.connect_timeout)
                .await
            {
                warn!(error = %err, user, role, "cancel request could not reach the upstream");
            } else {
                info!(pid, user, role, "cancel request forwarded");
            }
        }
        None => debug!(pid, "cancel request with an unknown key ignored"),
    }
}

/// Counts the session as one of its passthrough role's, and gives the asker a side
/// connection as the role for its questions when it has none open (the password itself is
/// not kept); the lease lasts as long as the session.
async fn lend_login(
    shared: &Shared,
    database: &crate::databases::Database,
    role: &str,
    password: &crate::config::Secret,
) -> Option<crate::ask::pipeline::RoleLease> {
    let asker = shared.asker.clone()?;
    let lease = asker.lease(role);
    if !asker.needs_login(role) {
        return Some(lease);
    }
    let mut pg = database.side_config().clone();
    pg.user(role).password(password.expose());
    let config = shared.config.clone();
    // Opened on the asker's runtime, which runs the role's questions.
    let opened = asker
        .runtime()
        .spawn(async move { crate::role_audit::side_connection_to(&pg, &config).await })
        .await;
    match opened {
        Ok(Ok(client)) => asker.adopt_login(role, client),
        Ok(Err(err)) => warn!(error = %err, "no side connection for the login's questions"),
        Err(err) => warn!(error = %err, "no side connection for the login's questions"),
    }
    Some(lease)
}

/// Whether the upstream checked the client's password (passthrough), so AuthenticationOk
/// is still to be sent.
fn password_checked_upstream(identity: &Identity) -> bool {
    matches!(identity, Identity::Passthrough(_))
}

/// How a session refused before it started counts: 3D000 is the client's database name.
fn refusal_outcome(err: &ClientError) -> ConnectionOutcome {
    if err.code == sqlstate::INVALID_CATALOG_NAME {
        ConnectionOutcome::RefusedDatabase
    } else {
        ConnectionOutcome::UpstreamFailed
    }
}

async fn send_error(stream: &mut BoxStream, err: &ClientError) {
    let _ = write_all(stream, &err.to_bytes()).await;
    let _ = stream.shutdown().await;
}

async fn write_all(stream: &mut BoxStream, bytes: &BytesMut) -> std::io::Result<()> {
    stream.write_all(bytes).await?;
    stream.flush().await
}
