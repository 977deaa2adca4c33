//! The client leg up to an authenticated session: TLS negotiation (SSLRequest, direct TLS
//! with ALPN `postgresql`, GSSENCRequest answered `N`), the startup packet, cancel requests
//! and the startup parameters askpg accepts.

pub mod auth;

use std::collections::BTreeMap;
use std::sync::Arc;

use bytes::{Buf, BytesMut};
use pgwire::messages::startup::NegotiateProtocolVersion;
use pgwire::messages::Message;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::error::{sqlstate, ClientError};
use crate::protocol::{
    self, take_cstr, CANCEL_REQUEST_CODE, GSSENC_REQUEST_CODE, SSL_REQUEST_CODE,
};
use crate::tls::{ServerTls, ALPN_POSTGRESQL};
use crate::upstream::BoxStream;

/// First byte of a TLS ClientHello record: a client using direct TLS (PostgreSQL 17+).
const TLS_HANDSHAKE_RECORD: u8 = 0x16;

/// Session parameters a client may set at startup; they are forwarded to the upstream.
/// Everything else is refused so that startup cannot change settings the guard protects.
const FORWARDED_PARAMETERS: &[&str] = &[
    "application_name",
    "client_encoding",
    "DateStyle",
    "datestyle",
    "TimeZone",
    "timezone",
    "extra_float_digits",
    "IntervalStyle",
    "intervalstyle",
    "search_path",
    "bytea_output",
    "lc_monetary",
    "lc_numeric",
    "lc_time",
];

/// What a new connection asked for.
pub enum Hello {
    Startup(StartupRequest),
    /// A CancelRequest; the stream is closed once it is handled (over TLS with
    /// close_notify, as PostgreSQL closes it).
    Cancel {
        stream: BoxStream,
        pid: i32,
        secret: i32,
    },
}

/// An (unauthenticated) session request.
pub struct StartupRequest {
    pub stream: BoxStream,
    pub user: String,
    pub database: String,
    /// Parameters to forward to the upstream, in the client's order.
    pub forwarded: Vec<(String, String)>,
    pub tls: bool,
}

/// Runs the pre-authentication exchange on a fresh connection.
pub async fn negotiate(
    tcp: TcpStream,
    tls: Option<&Arc<ServerTls>>,
    max_startup_packet: usize,
) -> Result<Hello, (Option<BoxStream>, ClientError)> {
    let mut first = [0u8; 1];
    let peeked = tcp
        .peek(&mut first)
        .await
        .map_err(|e| (None, io_error(e)))?;
    let mut stream: BoxStream;
    let mut secure = false;
    if peeked == 1 && first[0] == TLS_HANDSHAKE_RECORD {
        let Some(tls) = tls else {
            return Err((
                None,
                ClientError::fatal(sqlstate::PROTOCOL_VIOLATION, "TLS is not configured"),
            ));
        };
        stream = accept_tls(Box::new(tcp), tls, true)
            .await
            .map_err(|e| (None, e))?;
        secure = true;
    } else {
        stream = Box::new(tcp);
    }
    loop {
        let mut body = match protocol::read_startup_packet(&mut stream, max_startup_packet).await {
            Ok(body) => body,
            Err(e) => return Err((Some(stream), e)),
        };
        let code = body.get_i32();
        match code {
            SSL_REQUEST_CODE if !secure => match tls {
                Some(tls) => {
                    write_byte(&mut stream, b'S').await.map_err(|e| (None, e))?;
                    stream = accept_tls(stream, tls, false)
                        .await
                        .map_err(|e| (None, e))?;
                    secure = true;
                }
                None => write_byte(&mut stream, b'N').await.map_err(|e| (None, e))?,
            },
            GSSENC_REQUEST_CODE if !secure => {
                write_byte(&mut stream, b'N').await.map_err(|e| (None, e))?
            }
            CANCEL_REQUEST_CODE if body.len() >= 8 => {
                return Ok(Hello::Cancel {
                    pid: body.get_i32(),
                    secret: body.get_i32(),
                    stream,
                })
            }
            version if version >> 16 == 3 => {
                return match startup_request(stream, body, version, secure).await {
                    Ok(request) => Ok(Hello::Startup(request)),
                    Err((stream, e)) => Err((Some(stream), e)),
                };
            }
            other => {
                let err = ClientError::fatal(
                    sqlstate::FEATURE_NOT_SUPPORTED,
                    format!(
                        "unsupported frontend protocol {}.{}",
                        other >> 16,
                        other & 0xffff
                    ),
                )
                .with_hint("askpg speaks protocol 3.0.");
                return Err((Some(stream), err));
            }
        }
    }
}

async fn accept_tls(
    stream: BoxStream,
    tls: &Arc<ServerTls>,
    direct: bool,
) -> Result<BoxStream, ClientError> {
    let acceptor = tokio_rustls::TlsAcceptor::from(tls.config.clone());
    let tls_stream = acceptor.accept(stream).await.map_err(|e| {
        ClientError::fatal(
            sqlstate::PROTOCOL_VIOLATION,
            format!("TLS handshake failed: {e}"),
        )
    })?;
    let alpn = tls_stream.get_ref().1.alpn_protocol();
    if direct && alpn != Some(ALPN_POSTGRESQL) {
        return Err(ClientError::fatal(
            sqlstate::PROTOCOL_VIOLATION,
            "direct TLS connections must negotiate ALPN \"postgresql\"",
        ));
    }
    Ok(Box::new(tls_stream))
}

async fn startup_request(
    mut stream: BoxStream,
    body: BytesMut,
    version: i32,
    tls: bool,
) -> Result<StartupRequest, (BoxStream, ClientError)> {
    let params = match parse_parameters(&body) {
        Ok(p) => p,
        Err(e) => return Err((stream, e)),
    };
    let protocol_options: Vec<String> = params
        .keys()
        .filter(|k| k.starts_with("_pq_."))
        .cloned()
        .collect();
    if version & 0xffff != 0 || !protocol_options.is_empty() {
        let mut buf = BytesMut::new();
        let _ = NegotiateProtocolVersion::new(0, protocol_options).encode(&mut buf);
        if let Err(e) = stream.write_all(&buf).await {
            return Err((stream, io_error(e)));
        }
    }
    match check_parameters(&params) {
        Ok(forwarded) => Ok(StartupRequest {
            user: params["user"].clone(),
            database: params
                .get("database")
                .cloned()
                .unwrap_or_else(|| params["user"].clone()),
            forwarded,
            stream,
            tls,
        }),
        Err(e) => Err((stream, e)),
    }
}

/// Decodes the key/value pairs of a startup packet body (after the protocol version).
pub fn parse_parameters(body: &[u8]) -> Result<BTreeMap<String, String>, ClientError> {
    let mut params = BTreeMap::new();
    let mut rest: &[u8] = body;
    while rest.first().is_some_and(|&b| b != 0) {
        let (Some(key), Some(value)) = (take_cstr(&mut rest), take_cstr(&mut rest)) else {
            return Err(ClientError::fatal(
                sqlstate::PROTOCOL_VIOLATION,
                "invalid startup packet layout: expected terminator as last byte",
            ));
        };
        params.insert(key, value);
    }
    Ok(params)
}

/// Applies the startup rules and returns the parameters to forward upstream.
pub fn check_parameters(
    params: &BTreeMap<String, String>,
) -> Result<Vec<(String, String)>, ClientError> {
    if !params.contains_key("user") {
        return Err(ClientError::fatal(
            sqlstate::INVALID_AUTHORIZATION,
            "no PostgreSQL user name specified in startup packet",
        ));
    }
    if params
        .get("replication")
        .is_some_and(|v| !matches!(v.as_str(), "false" | "off" | "no" | "0"))
    {
        return Err(ClientError::fatal(
            sqlstate::FEATURE_NOT_SUPPORTED,
            "replication connections are not supported by askpg",
        )
        .with_hint("Connect without replication=...; askpg serves read-only queries only."));
    }
    if params.get("options").is_some_and(|v| !v.trim().is_empty()) {
        return Err(ClientError::fatal(
            sqlstate::INSUFFICIENT_PRIVILEGE,
            "the \"options\" startup parameter is not allowed through askpg",
        )
        .with_hint("Remove -c settings from PGOPTIONS/options; use SET after connecting."));
    }
    if let Some(encoding) = params.get("client_encoding") {
        // asyncpg sends the value quoted ('utf-8'), which PostgreSQL accepts.
        let normalized = encoding
            .replace(['-', '_', '\'', '"'], "")
            .to_ascii_uppercase();
        if normalized != "UTF8" && normalized != "UNICODE" {
            return Err(ClientError::fatal(
                sqlstate::INVALID_PARAMETER_VALUE,
                format!("client_encoding \"{encoding}\" is not supported by askpg"),
            )
            .with_hint("Use client_encoding UTF8."));
        }
    }
    let mut forwarded = Vec::new();
    for (key, value) in params {
        match key.as_str() {
            "user" | "database" | "replication" | "options" => {}
            k if k.starts_with("_pq_.") => {}
            k if FORWARDED_PARAMETERS.contains(&k) => forwarded.push((key.clone(), value.clone())),
            k => {
                return Err(ClientError::fatal(
                    sqlstate::INSUFFICIENT_PRIVILEGE,
                    format!("startup parameter \"{k}\" is not allowed through askpg"),
                )
                .with_hint(format!(
                    "Allowed startup parameters: {}.",
                    FORWARDED_PARAMETERS.join(", ")
                )))
            }
        }
    }
    Ok(forwarded)
}

async fn write_byte(stream: &mut BoxStream, byte: u8) -> Result<(), ClientError> {
    stream.write_all(&[byte]).await.map_err(io_error)?;
    stream.flush().await.map_err(io_error)
}

fn io_error(e: std::io::Error) -> ClientError {
    ClientError::fatal(
        sqlstate::PROTOCOL_VIOLATION,
        format!("connection failed during startup: {e}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn startup_parameters_are_filtered() {
        let ok = check_parameters(&params(&[
            ("user", "a"),
            ("database", "d"),
            ("application_name", "psql"),
            ("client_encoding", "'utf-8'"),
        ]))
        .unwrap();
        assert_eq!(ok.len(), 2);
        let refused = [
            (
                vec![("user", "a"), ("replication", "database")],
                sqlstate::FEATURE_NOT_SUPPORTED,
            ),
            (
                vec![
                    ("user", "a"),
                    ("options", "-c default_transaction_read_only=off"),
                ],
                sqlstate::INSUFFICIENT_PRIVILEGE,
            ),
            (
                vec![("user", "a"), ("statement_timeout", "0")],
                sqlstate::INSUFFICIENT_PRIVILEGE,
            ),
            (
                vec![("user", "a"), ("client_encoding", "LATIN1")],
                sqlstate::INVALID_PARAMETER_VALUE,
            ),
            (vec![("database", "d")], sqlstate::INVALID_AUTHORIZATION),
        ];
        for (pairs, code) in refused {
            assert_eq!(
                check_parameters(&params(&pairs)).unwrap_err().code,
                code,
                "{pairs:?}"
            );
        }
    }
}
