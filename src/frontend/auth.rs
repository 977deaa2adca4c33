//! Client authentication: SCRAM-SHA-256 (with -PLUS channel binding over TLS) through
//! pgwire's SCRAM state machine, md5, trust (loopback only, enforced by config), and
//! passthrough, which takes the client's clear-text password for the upstream to check.

use std::collections::HashMap;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use bytes::{Buf, Bytes, BytesMut};
use pgwire::api::auth::sasl::scram::{
    gen_salted_password, ScramSecret, ScramServerAuth, SCRAM_ITERATIONS,
};
use pgwire::messages::startup::Authentication;
use pgwire::messages::Message;
use postgres_protocol::authentication::md5_hash;
use tokio::io::AsyncWriteExt;

use crate::config::{AuthConfig, AuthMethod, ScramVerifier};
use crate::error::{sqlstate, ClientError};
use crate::protocol::{read_frame, take_cstr};
use crate::upstream::BoxStream;

/// Largest authentication message a client may send.
const MAX_AUTH_MESSAGE: usize = 8 * 1024;

/// A SCRAM verifier for `password`, with a fresh salt.
fn verifier_from_password(password: &str) -> ScramVerifier {
    let salt: [u8; 16] = rand::random();
    let salted = gen_salted_password(password, &salt, SCRAM_ITERATIONS);
    match ScramSecret::verifier_from_salted_password(salt.to_vec(), salted, SCRAM_ITERATIONS) {
        ScramSecret::Verifier {
            salt,
            iterations,
            stored_key,
            server_key,
        } => ScramVerifier {
            salt,
            iterations,
            stored_key,
            server_key,
        },
        ScramSecret::SaltedPassword { .. } => {
            unreachable!("verifier_from_salted_password returns a verifier")
        }
    }
}

fn scram_secret(verifier: &ScramVerifier) -> ScramSecret {
    ScramSecret::Verifier {
        salt: verifier.salt.clone(),
        iterations: verifier.iterations,
        stored_key: verifier.stored_key.clone(),
        server_key: verifier.server_key.clone(),
    }
}

struct UserCredentials {
    password: Option<String>,
    verifier: ScramVerifier,
}

/// The configured users, with SCRAM verifiers derived once at start.
pub struct Authenticator {
    method: AuthMethod,
    users: HashMap<String, UserCredentials>,
    /// Used for unknown users so that their exchange looks like a real one and then fails.
    decoy: ScramVerifier,
    failure_delay: std::time::Duration,
    /// Whether the listener is a loopback address (passthrough may then ask for a
    /// clear-text password without TLS).
    loopback_listener: bool,
}

/// What authentication established.
pub enum Authenticated {
    /// askpg checked the client and has sent AuthenticationOk.
    Checked,
    /// Passthrough: the client's password, for the upstream to check. AuthenticationOk is
    /// not sent yet ([`Authenticator::accept`] or [`Authenticator::refuse`] follows).
    Password(crate::config::Secret),
}

impl Authenticator {
    /// `loopback_listener`: whether `listen` is a loopback address.
    pub fn new(config: &AuthConfig, loopback_listener: bool) -> Self {
        let users = config
            .users
            .iter()
            .map(|u| {
                let verifier = if u.scram_verifier.is_empty() {
                    verifier_from_password(u.password.expose())
                } else {
                    ScramVerifier::parse(u.scram_verifier.expose()).expect("validated at load")
                };
                let password = (!u.password.is_empty()).then(|| u.password.expose().to_owned());
                (u.name.clone(), UserCredentials { password, verifier })
            })
            .collect();
        let decoy_password: [u8; 16] = rand::random();
        Self {
            method: config.method,
            users,
            decoy: verifier_from_password(&STANDARD.encode(decoy_password)),
            failure_delay: config.failure_delay,
            loopback_listener,
        }
    }

    /// Runs the configured exchange; on success AuthenticationOk has been sent, except
    /// for passthrough, whose password the upstream checks first.
    pub async fn authenticate(
        &self,
        stream: &mut BoxStream,
        user: &str,
        tls_cert_pem: Option<&[u8]>,
        tls: bool,
    ) -> Result<Authenticated, ClientError> {
        let outcome = match self.method {
            AuthMethod::Trust => Ok(()),
            AuthMethod::Md5 => self.md5(stream, user).await,
            AuthMethod::Scram => self.scram(stream, user, tls_cert_pem).await,
            AuthMethod::Passthrough => {
                return match self.cleartext(stream, tls).await {
                    Ok(password) => Ok(Authenticated::Password(password)),
                    Err(err) => Err(self.refuse(err).await),
                };
            }
        };
        if let Err(err) = outcome {
            return Err(self.refuse(err).await);
        }
        send(stream, Authentication::Ok).await?;
        Ok(Authenticated::Checked)
    }

    /// Ends a passthrough exchange the upstream accepted.
    pub async fn accept(&self, stream: &mut BoxStream) -> Result<(), ClientError> {
        send(stream, Authentication::Ok).await
    }

    /// `err` after the failure delay.
    pub async fn refuse(&self, err: ClientError) -> ClientError {
        tokio::time::sleep(self.failure_delay).await;
        err
    }

    /// Asks for the password in clear text: only over TLS or on a loopback listener.
    async fn cleartext(
        &self,
        stream: &mut BoxStream,
        tls: bool,
    ) -> Result<crate::config::Secret, ClientError> {
        if !tls && !self.loopback_listener {
            return Err(ClientError::fatal(
                sqlstate::INVALID_AUTHORIZATION,
                "askpg passes passwords to the upstream and accepts them only over TLS",
            )
            .with_hint("Connect with sslmode=require (auth.method = \"passthrough\")."));
        }
        send(stream, Authentication::CleartextPassword).await?;
        let frame = read_frame(stream, MAX_AUTH_MESSAGE).await?;
        let mut body = frame.body();
        let password = expect_password(frame.tag, &mut body)?;
        if password.is_empty() {
            return Err(ClientError::fatal(
                sqlstate::INVALID_PASSWORD,
                "empty password returned by client",
            ));
        }
        Ok(crate::config::Secret::new(password))
    }

    async fn md5(&self, stream: &mut BoxStream, user: &str) -> Result<(), ClientError> {
        let salt: [u8; 4] = rand::random();
        send(stream, Authentication::MD5Password(salt.to_vec())).await?;
        let frame = read_frame(stream, MAX_AUTH_MESSAGE).await?;
        let mut body = frame.body();
        let answer = expect_password(frame.tag, &mut body)?;
        let expected = self
            .users
            .get(user)
            .and_then(|u| u.password.as_deref())
            .map(|password| md5_hash(user.as_bytes(), password.as_bytes(), salt));
        match expected {
            Some(expected) if expected == answer => Ok(()),
            _ => Err(auth_failed(user)),
        }
    }

    async fn scram(
        &self,
        stream: &mut BoxStream,
        user: &str,
        tls_cert_pem: Option<&[u8]>,
    ) -> Result<(), ClientError> {
        let mut server = ScramServerAuth::new();
        let mut mechanisms = vec!["SCRAM-SHA-256".to_owned()];
        if let Some(pem) = tls_cert_pem {
            server
                .configure_certificate(pem)
                .map_err(|e| ClientError::fatal(sqlstate::INVALID_AUTHORIZATION, e.to_string()))?;
            mechanisms.insert(0, "SCRAM-SHA-256-PLUS".to_owned());
        }
        send(stream, Authentication::SASL(mechanisms.clone())).await?;

        let frame = read_frame(stream, MAX_AUTH_MESSAGE).await?;
        expect_tag(frame.tag)?;
        let (mechanism, data) = parse_sasl_initial_response(frame.body())?;
        if !mechanisms.contains(&mechanism) {
            return Err(ClientError::fatal(
                sqlstate::PROTOCOL_VIOLATION,
                format!("client selected an invalid SASL authentication mechanism {mechanism:?}"),
            ));
        }
        let verifier = self.users.get(user).map_or(&self.decoy, |u| &u.verifier);
        let (server_first, waiting) = server
            .on_client_first_message_with_secret(data, scram_secret(verifier))
            .map_err(|e| ClientError::fatal(sqlstate::PROTOCOL_VIOLATION, e.to_string()))?;
        send(
            stream,
            Authentication::SASLContinue(Bytes::from(server_first)),
        )
        .await?;

        let frame = read_frame(stream, MAX_AUTH_MESSAGE).await?;
        expect_tag(frame.tag)?;
        let server_final = waiting
            .on_client_final_message(frame.body())
            .map_err(|_| auth_failed(user))?;
        if !self.users.contains_key(user) {
            return Err(auth_failed(user));
        }
        send(stream, Authentication::SASLFinal(Bytes::from(server_final))).await
    }
}

fn expect_tag(tag: u8) -> Result<(), ClientError> {
    if tag == b'p' {
        Ok(())
    } else {
        Err(ClientError::fatal(
            sqlstate::PROTOCOL_VIOLATION,
            format!(
                "expected a password message, got message type {:?}",
                tag as char
            ),
        ))
    }
}

fn expect_password(tag: u8, body: &mut &[u8]) -> Result<String, ClientError> {
    expect_tag(tag)?;
    take_cstr(body).ok_or_else(malformed)
}

/// Mechanism name and data of a SASLInitialResponse body.
pub fn parse_sasl_initial_response(mut body: &[u8]) -> Result<(String, &[u8]), ClientError> {
    let mechanism = take_cstr(&mut body).ok_or_else(malformed)?;
    Ok((mechanism, length_prefixed(&mut body)?))
}

fn length_prefixed<'a>(body: &mut &'a [u8]) -> Result<&'a [u8], ClientError> {
    if body.len() < 4 {
        return Err(malformed());
    }
    let len = body.get_i32();
    if len < 0 || len as usize > body.len() {
        return Err(malformed());
    }
    Ok(&body[..len as usize])
}

fn malformed() -> ClientError {
    ClientError::fatal(
        sqlstate::PROTOCOL_VIOLATION,
        "malformed authentication message",
    )
}

fn auth_failed(user: &str) -> ClientError {
    ClientError::fatal(
        sqlstate::INVALID_PASSWORD,
        format!("password authentication failed for user \"{user}\""),
    )
}

async fn send(stream: &mut BoxStream, message: Authentication) -> Result<(), ClientError> {
    let mut buf = BytesMut::new();
    message
        .encode(&mut buf)
        .map_err(|e| ClientError::fatal(sqlstate::PROTOCOL_VIOLATION, e.to_string()))?;
    stream.write_all(&buf).await.map_err(write_failed)?;
    stream.flush().await.map_err(write_failed)
}

fn write_failed(e: std::io::Error) -> ClientError {
    ClientError::fatal(
        sqlstate::CONNECTION_FAILURE,
        format!("client write failed: {e}"),
    )
}
