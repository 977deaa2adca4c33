//! The upstream leg: one connection per client session to the configured PostgreSQL, opened
//! with askpg's read-only role (SCRAM-SHA-256, md5, cleartext or trust; optional TLS). The
//! startup ParameterStatus set and BackendKeyData are collected for the client session.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bytes::{Buf, BytesMut};
use postgres_protocol::authentication::sasl::{ChannelBinding, ScramSha256, SCRAM_SHA_256};
use postgres_protocol::message::frontend;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpStream, UnixStream};
use tokio_postgres::config::{Host, SslMode};

use crate::error::{sqlstate, ClientError};
use crate::protocol::{self, take_cstr, Frame};
use crate::tls;

/// A bidirectional byte stream: TCP, Unix socket or TLS over TCP.
pub trait Stream: AsyncRead + AsyncWrite + Unpin + Send {
    /// The socket itself when the stream is plain TCP (the relay then splits it into halves
    /// that need no lock); the stream unchanged otherwise.
    fn into_tcp(self: Box<Self>) -> Result<TcpStream, BoxStream>;
}
pub type BoxStream = Box<dyn Stream>;

impl Stream for TcpStream {
    fn into_tcp(self: Box<Self>) -> Result<TcpStream, BoxStream> {
        Ok(*self)
    }
}

macro_rules! not_plain_tcp {
    ($($stream:ty),*) => {$(
        impl Stream for $stream {
            fn into_tcp(self: Box<Self>) -> Result<TcpStream, BoxStream> {
                Err(self)
            }
        }
    )*};
}
not_plain_tcp!(
    UnixStream,
    tokio_rustls::server::TlsStream<BoxStream>,
    tokio_rustls::client::TlsStream<BoxStream>
);

/// Largest backend message accepted during the upstream's startup.
const MAX_STARTUP_MESSAGE: usize = 1 << 20;

#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    #[error("could not connect to upstream {addr}: {source}")]
    Connect {
        addr: String,
        source: std::io::Error,
    },
    #[error("upstream {addr} did not answer within {timeout:?}")]
    Timeout { addr: String, timeout: Duration },
    #[error("upstream refused the connection: {message}")]
    Refused {
        code: String,
        message: String,
        detail: Option<String>,
        hint: Option<String>,
    },
    #[error("upstream TLS: {0}")]
    Tls(String),
    #[error("upstream protocol error: {0}")]
    Protocol(String),
}

impl UpstreamError {
    /// The error a client sees: 08001 when the upstream cannot be reached, 08006 when it
    /// refused the session, with the upstream's own message; the upstream's 3D000 (no such
    /// database) as it is.
    pub fn to_client(&self) -> ClientError {
        match self {
            // An unknown database is the client's error, reported as PostgreSQL reports it.
            UpstreamError::Refused {
                code,
                message,
                detail,
                hint,
            } if code == sqlstate::INVALID_CATALOG_NAME => {
                let mut err = ClientError::fatal(sqlstate::INVALID_CATALOG_NAME, message.clone());
                err.detail = detail.clone();
                err.hint = hint.clone();
                err
            }
            UpstreamError::Refused {
                code,
                message,
                detail,
                hint,
            } => {
                let mut err = ClientError::fatal(
                    sqlstate::CONNECTION_FAILURE,
                    format!("upstream refused the connection: {message}"),
                )
                .with_detail(match detail {
                    Some(d) => format!("upstream SQLSTATE {code}: {d}"),
                    None => format!("upstream SQLSTATE {code}"),
                });
                if let Some(h) = hint {
                    err = err.with_hint(h.clone());
                }
                err
            }
            UpstreamError::Connect { .. } | UpstreamError::Timeout { .. } => {
                ClientError::fatal(sqlstate::UNABLE_TO_CONNECT, self.to_string())
                    .with_hint("Check upstream.url and that the upstream PostgreSQL is running.")
            }
            _ => ClientError::fatal(sqlstate::CONNECTION_FAILURE, self.to_string()),
        }
    }
}

/// Where and how to reach the upstream; built once from the configuration.
#[derive(Clone)]
pub struct UpstreamTarget {
    endpoint: Endpoint,
    user: String,
    password: Option<Vec<u8>>,
    database: String,
    ssl_mode: SslMode,
    tls: Option<Arc<rustls::ClientConfig>>,
    connect_timeout: Duration,
    /// Statements run on every new session before the client sees it.
    pin_sql: Option<String>,
}

/// The statements that pin an upstream session: read-only, with askpg's timeouts, and
/// standard-conforming strings (the guard reads string literals that way, whatever a role
/// default might say).
pub fn pin_sql(guard: &crate::config::GuardConfig) -> String {
    format!(
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY; SET statement_timeout = {}; SET lock_timeout = {}; SET idle_in_transaction_session_timeout = {}; SET standard_conforming_strings = on",
        guard.statement_timeout.as_millis(),
        guard.lock_timeout.as_millis(),
        guard.idle_in_transaction_session_timeout.as_millis()
    )
}

#[derive(Clone, Debug)]
enum Endpoint {
    Tcp { host: String, port: u16 },
    Unix(PathBuf),
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Endpoint::Tcp { host, port } => write!(f, "{host}:{port}"),
            Endpoint::Unix(path) => write!(f, "{}", path.display()),
        }
    }
}

/// What a cancel request needs to reach the upstream backend of one session.
#[derive(Clone, Debug)]
pub struct CancelTarget {
    endpoint: Endpoint,
    pid: i32,
    secret: i32,
}

impl CancelTarget {
    /// Sends a CancelRequest for this backend on a new connection.
    pub async fn cancel(&self, timeout: Duration) -> Result<(), UpstreamError> {
        let mut buf = BytesMut::new();
        frontend::cancel_request(self.pid, self.secret, &mut buf);
        let mut stream = connect_endpoint(&self.endpoint, timeout).await?;
        stream
            .write_all(&buf)
            .await
            .map_err(|e| UpstreamError::Protocol(e.to_string()))?;
        // The server closes the connection after reading the request; wait for that so the
        // cancel has been delivered when this returns.
        let mut sink = [0u8; 1];
        let _ = tokio::time::timeout(
            timeout,
            tokio::io::AsyncReadExt::read(&mut stream, &mut sink),
        )
        .await;
        Ok(())
    }
}

/// An authenticated upstream session, ready for queries.
pub struct UpstreamSession {
    pub stream: BoxStream,
    /// ParameterStatus messages exactly as the upstream sent them at startup.
    pub parameter_status: BytesMut,
    pub cancel: CancelTarget,
}

impl UpstreamTarget {
    pub fn new(config: &crate::config::Config) -> Result<Self, crate::config::ConfigError> {
        Self::from_parsed(&config.upstream_config()?, config)
    }

    /// The target of `pg` (a parsed upstream URL), with the TLS, timeout and pinning of
    /// the configuration.
    pub fn from_parsed(
        pg: &tokio_postgres::Config,
        config: &crate::config::Config,
    ) -> Result<Self, crate::config::ConfigError> {
        let port = pg.get_ports().first().copied().unwrap_or(5432);
        let endpoint = match &pg.get_hosts()[0] {
            Host::Tcp(host) => Endpoint::Tcp {
                host: host.clone(),
                port,
            },
            Host::Unix(dir) => Endpoint::Unix(dir.join(format!(".s.PGSQL.{port}"))),
        };
        let ssl_mode = pg.get_ssl_mode();
        let tls = if ssl_mode == SslMode::Disable || matches!(endpoint, Endpoint::Unix(_)) {
            None
        } else {
            Some(
                tls::upstream_client_config(&config.upstream.tls_ca_file).map_err(|e| {
                    crate::config::ConfigError::Invalid(format!("upstream TLS: {e}"))
                })?,
            )
        };
        let user = pg.get_user().unwrap_or_default().to_owned();
        Ok(Self {
            endpoint,
            database: pg.get_dbname().unwrap_or(&user).to_owned(),
            user,
            password: pg.get_password().map(<[u8]>::to_vec),
            ssl_mode,
            tls,
            connect_timeout: config.upstream.connect_timeout,
            pin_sql: Some(pin_sql(&config.guard)),
        })
    }

    /// The same upstream and role, in another database.
    pub fn in_database(&self, database: &str) -> Self {
        Self {
            database: database.to_owned(),
            ..self.clone()
        }
    }

    /// The same upstream, whose sessions take `role` with `SET ROLE` after the pin (a
    /// mapped role: the login role must be a member of it).
    pub fn with_role(&self, role: &str) -> Self {
        let set_role = crate::identity::set_role_sql(role);
        Self {
            pin_sql: Some(match &self.pin_sql {
                Some(pin) => format!("{pin}; {set_role}"),
                None => set_role,
            }),
            ..self.clone()
        }
    }

    /// The same upstream and database, logged into as `user` with `password`
    /// (passthrough).
    pub fn as_login(&self, user: &str, password: &crate::config::Secret) -> Self {
        Self {
            user: user.to_owned(),
            password: Some(password.expose().as_bytes().to_vec()),
            ..self.clone()
        }
    }

    /// The role sessions log in as.
    pub fn user(&self) -> &str {
        &self.user
    }

    /// Sessions as the upstream opens them, without askpg's pinned settings (for tools that
    /// compare askpg with a plain connection).
    pub fn without_pinning(mut self) -> Self {
        self.pin_sql = None;
        self
    }

    pub fn describe(&self) -> String {
        format!("{}@{}/{}", self.user, self.endpoint, self.database)
    }

    /// Opens and authenticates a session, passing the client's session parameters along.
    pub async fn connect(
        &self,
        client_params: &[(String, String)],
    ) -> Result<UpstreamSession, UpstreamError> {
        let timeout = self.connect_timeout;
        tokio::time::timeout(timeout, self.connect_inner(client_params))
            .await
            .map_err(|_| UpstreamError::Timeout {
                addr: self.endpoint.to_string(),
                timeout,
            })?
    }

    async fn connect_inner(
        &self,
        client_params: &[(String, String)],
    ) -> Result<UpstreamSession, UpstreamError> {
        let raw = connect_endpoint(&self.endpoint, self.connect_timeout).await?;
        let mut stream = self.negotiate_tls(raw).await?;
        let mut params: Vec<(&str, &str)> =
            vec![("user", &self.user), ("database", &self.database)];
        params.extend(client_params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let mut buf = BytesMut::new();
        frontend::startup_message(params, &mut buf).map_err(protocol_error)?;
        send(&mut stream, &buf).await?;
        self.authenticate(&mut stream).await?;
        let (mut parameter_status, pid, secret) = read_until_ready(&mut stream).await?;
        if let Some(pin) = &self.pin_sql {
            let mut buf = BytesMut::new();
            frontend::query(pin, &mut buf).map_err(protocol_error)?;
            send(&mut stream, &buf).await?;
            let (changed, _, _) = read_until_ready(&mut stream).await?;
            parameter_status = merge_parameter_status(&parameter_status, &changed);
        }
        Ok(UpstreamSession {
            stream,
            parameter_status,
            cancel: CancelTarget {
                endpoint: self.endpoint.clone(),
                pid,
                secret,
            },
        })
    }

    async fn negotiate_tls(&self, mut raw: BoxStream) -> Result<BoxStream, UpstreamError> {
        let (Some(config), Endpoint::Tcp { host, .. }) = (&self.tls, &self.endpoint) else {
            return Ok(raw);
        };
        let mut buf = BytesMut::new();
        frontend::ssl_request(&mut buf);
        send(&mut raw, &buf).await?;
        let mut answer = [0u8; 1];
        tokio::io::AsyncReadExt::read_exact(&mut raw, &mut answer)
            .await
            .map_err(protocol_error)?;
        match answer[0] {
            b'S' => {
                let name = tls::server_name(host).map_err(|e| UpstreamError::Tls(e.to_string()))?;
                let connector = tokio_rustls::TlsConnector::from(config.clone());
                let tls = connector
                    .connect(name, raw)
                    .await
                    .map_err(|e| UpstreamError::Tls(e.to_string()))?;
                Ok(Box::new(tls))
            }
            b'N' if self.ssl_mode == SslMode::Prefer => Ok(raw),
            b'N' => Err(UpstreamError::Tls(
                "the upstream does not support TLS but upstream.url requires it".into(),
            )),
            other => Err(UpstreamError::Protocol(format!(
                "unexpected answer {other:#x} to SSLRequest"
            ))),
        }
    }

    async fn authenticate(&self, stream: &mut BoxStream) -> Result<(), UpstreamError> {
        let mut scram: Option<ScramSha256> = None;
        loop {
            let frame = read_backend(stream).await?;
            let mut body = frame.body();
            match frame.tag {
                b'R' => {}
                b'E' => return Err(refused(frame.body())),
                b'v' | b'N' => continue,
                other => {
                    return Err(UpstreamError::Protocol(format!(
                        "unexpected message {:?} during authentication",
                        other as char
                    )))
                }
            }
            let code = body.get_i32();
            let mut out = BytesMut::new();
            match code {
                0 => return Ok(()),
                3 => frontend::password_message(self.password()?, &mut out)
                    .map_err(protocol_error)?,
                5 => {
                    let salt = [body[0], body[1], body[2], body[3]];
                    let hash = postgres_protocol::authentication::md5_hash(
                        self.user.as_bytes(),
                        self.password()?,
                        salt,
                    );
                    frontend::password_message(hash.as_bytes(), &mut out)
                        .map_err(protocol_error)?;
                }
                10 => {
                    let offers_scram = body
                        .split(|&b| b == 0)
                        .any(|m| m == SCRAM_SHA_256.as_bytes());
                    if !offers_scram {
                        return Err(UpstreamError::Protocol(
                            "upstream offers no SCRAM-SHA-256".into(),
                        ));
                    }
                    let state = ScramSha256::new(self.password()?, ChannelBinding::unsupported());
                    frontend::sasl_initial_response(SCRAM_SHA_256, state.message(), &mut out)
                        .map_err(protocol_error)?;
                    scram = Some(state);
                }
                11 | 12 => {
                    let state = scram.as_mut().ok_or_else(|| {
                        UpstreamError::Protocol("SASL message out of order".into())
                    })?;
                    if code == 11 {
                        state.update(body).map_err(protocol_error)?;
                        frontend::sasl_response(state.message(), &mut out)
                            .map_err(protocol_error)?;
                    } else {
                        state.finish(body).map_err(protocol_error)?;
                        continue;
                    }
                }
                other => {
                    return Err(UpstreamError::Protocol(format!(
                        "unsupported upstream authentication method {other}"
                    )))
                }
            }
            send(stream, &out).await?;
        }
    }

    fn password(&self) -> Result<&[u8], UpstreamError> {
        self.password.as_deref().ok_or_else(|| {
            UpstreamError::Protocol(
                "the upstream asks for a password but upstream.url has none".into(),
            )
        })
    }
}

async fn connect_endpoint(
    endpoint: &Endpoint,
    timeout: Duration,
) -> Result<BoxStream, UpstreamError> {
    let addr = endpoint.to_string();
    let connect = async {
        match endpoint {
            Endpoint::Tcp { host, port } => {
                let stream = TcpStream::connect((host.as_str(), *port)).await?;
                stream.set_nodelay(true)?;
                Ok::<BoxStream, std::io::Error>(Box::new(stream))
            }
            Endpoint::Unix(path) => Ok(Box::new(UnixStream::connect(path).await?) as BoxStream),
        }
    };
    match tokio::time::timeout(timeout, connect).await {
        Ok(Ok(stream)) => Ok(stream),
        Ok(Err(source)) => Err(UpstreamError::Connect { addr, source }),
        Err(_) => Err(UpstreamError::Timeout { addr, timeout }),
    }
}

async fn read_until_ready(stream: &mut BoxStream) -> Result<(BytesMut, i32, i32), UpstreamError> {
    let mut params = BytesMut::new();
    let mut key = (0, 0);
    loop {
        let frame = read_backend(stream).await?;
        match frame.tag {
            b'S' => params.extend_from_slice(&frame.bytes),
            b'K' => {
                let mut body = frame.body();
                key = (
                    body.get_i32(),
                    if body.len() >= 4 { body.get_i32() } else { 0 },
                );
            }
            b'Z' => return Ok((params, key.0, key.1)),
            b'E' => return Err(refused(frame.body())),
            _ => {}
        }
    }
}

/// ParameterStatus messages of `base` with those in `changes` replacing same-name ones.
fn merge_parameter_status(base: &[u8], changes: &[u8]) -> BytesMut {
    fn split(mut bytes: &[u8]) -> Vec<(&[u8], &[u8])> {
        let mut out = Vec::new();
        while bytes.len() >= 5 {
            let len = i32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]) as usize + 1;
            let message = &bytes[..len.min(bytes.len())];
            let body = &message[5..];
            let name = &body[..body.iter().position(|&b| b == 0).unwrap_or(body.len())];
            out.push((name, message));
            bytes = &bytes[message.len()..];
        }
        out
    }
    let changes = split(changes);
    let mut merged = BytesMut::new();
    for (name, message) in split(base) {
        let replacement = changes.iter().find(|(n, _)| *n == name).map(|(_, m)| *m);
        merged.extend_from_slice(replacement.unwrap_or(message));
    }
    for (name, message) in &changes {
        if !split(&merged).iter().any(|(n, _)| n == name) {
            merged.extend_from_slice(message);
        }
    }
    merged
}

async fn read_backend(stream: &mut BoxStream) -> Result<Frame, UpstreamError> {
    protocol::read_frame(stream, MAX_STARTUP_MESSAGE)
        .await
        .map_err(|e| UpstreamError::Protocol(e.message))
}

async fn send(stream: &mut BoxStream, buf: &[u8]) -> Result<(), UpstreamError> {
    stream.write_all(buf).await.map_err(protocol_error)?;
    stream.flush().await.map_err(protocol_error)
}

fn protocol_error(e: std::io::Error) -> UpstreamError {
    UpstreamError::Protocol(e.to_string())
}

/// Decodes the fields of an ErrorResponse body.
pub fn error_fields(mut body: &[u8]) -> Vec<(u8, String)> {
    let mut fields = Vec::new();
    while let Some((&code, rest)) = body.split_first() {
        if code == 0 {
            break;
        }
        body = rest;
        match take_cstr(&mut body) {
            Some(value) => fields.push((code, value)),
            None => break,
        }
    }
    fields
}

fn refused(body: &[u8]) -> UpstreamError {
    let fields = error_fields(body);
    let get = |c: u8| fields.iter().find(|(k, _)| *k == c).map(|(_, v)| v.clone());
    UpstreamError::Refused {
        code: get(b'C').unwrap_or_default(),
        message: get(b'M').unwrap_or_default(),
        detail: get(b'D'),
        hint: get(b'H'),
    }
}
