//! Errors askpg reports to clients: one place maps each to its SQLSTATE and wire message.
//!
//! Errors that come from the upstream are never built here: they are relayed with every
//! field intact.

use bytes::BytesMut;
use pgwire::messages::response::{ErrorResponse, NoticeResponse};
use pgwire::messages::Message;

/// SQLSTATE codes askpg itself emits.
pub mod sqlstate {
    pub const PROTOCOL_VIOLATION: &str = "08P01";
    pub const CONNECTION_FAILURE: &str = "08006";
    pub const UNABLE_TO_CONNECT: &str = "08001";
    pub const FEATURE_NOT_SUPPORTED: &str = "0A000";
    pub const INVALID_PASSWORD: &str = "28P01";
    pub const INVALID_AUTHORIZATION: &str = "28000";
    pub const INVALID_CATALOG_NAME: &str = "3D000";
    pub const INSUFFICIENT_PRIVILEGE: &str = "42501";
    pub const PROGRAM_LIMIT_EXCEEDED: &str = "54000";
    pub const STATEMENT_TOO_COMPLEX: &str = "54001";
    pub const CONFIGURATION_LIMIT_EXCEEDED: &str = "53400";
    pub const TOO_MANY_CONNECTIONS: &str = "53300";
    pub const ADMIN_SHUTDOWN: &str = "57P01";
    pub const INVALID_PARAMETER_VALUE: &str = "22023";
    pub const READ_ONLY_SQL_TRANSACTION: &str = "25006";
    pub const SYNTAX_ERROR: &str = "42601";
    pub const CHARACTER_NOT_IN_REPERTOIRE: &str = "22021";
    pub const SYSTEM_ERROR: &str = "58000";
    pub const QUERY_CANCELED: &str = "57014";
    pub const CANNOT_CONNECT_NOW: &str = "57P03";
    pub const SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION: &str = "42000";

    /// A SQLSTATE received at run time (from the upstream) as a static string. The set of
    /// codes is small and fixed by PostgreSQL, so each distinct code is stored once.
    pub fn intern(code: &str) -> &'static str {
        use std::collections::HashSet;
        use std::sync::{Mutex, OnceLock};
        static CODES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
        let valid = code.len() == 5 && code.bytes().all(|b| b.is_ascii_alphanumeric());
        if !valid {
            return SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
        }
        let mut codes = CODES
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if let Some(known) = codes.get(code) {
            return known;
        }
        let stored: &'static str = Box::leak(code.to_owned().into_boxed_str());
        codes.insert(stored);
        stored
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Fatal,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "ERROR",
            Severity::Fatal => "FATAL",
        }
    }
}

/// An error askpg sends to a client, with the fields psql and drivers display.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ClientError {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub detail: Option<String>,
    pub hint: Option<String>,
}

impl ClientError {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code,
            message: message.into(),
            detail: None,
            hint: None,
        }
    }

    pub fn fatal(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Fatal,
            ..Self::error(code, message)
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    fn fields(&self) -> Vec<(u8, String)> {
        let severity = self.severity.as_str().to_owned();
        let mut fields = vec![
            (b'S', severity.clone()),
            (b'V', severity),
            (b'C', self.code.to_owned()),
            (b'M', self.message.clone()),
        ];
        if let Some(detail) = &self.detail {
            fields.push((b'D', detail.clone()));
        }
        if let Some(hint) = &self.hint {
            fields.push((b'H', hint.clone()));
        }
        fields
    }

    /// Appends the ErrorResponse message to `buf`.
    pub fn encode(&self, buf: &mut BytesMut) {
        // Encoding into a BytesMut cannot fail for messages below pgwire's size limit.
        let _ = ErrorResponse::new(self.fields()).encode(buf);
    }

    pub fn to_bytes(&self) -> BytesMut {
        let mut buf = BytesMut::new();
        self.encode(&mut buf);
        buf
    }
}

/// Appends a NoticeResponse with a WARNING to `buf`.
pub fn encode_warning(message: &str, buf: &mut BytesMut) {
    let fields = vec![
        (b'S', "WARNING".to_owned()),
        (b'V', "WARNING".to_owned()),
        (b'C', "01000".to_owned()),
        (b'M', message.to_owned()),
    ];
    let _ = NoticeResponse::new(fields).encode(buf);
}

/// A NOTICE (SQLSTATE 00000) with a detail line.
pub fn encode_notice(message: &str, detail: &str, buf: &mut BytesMut) {
    let fields = vec![
        (b'S', "NOTICE".to_owned()),
        (b'V', "NOTICE".to_owned()),
        (b'C', "00000".to_owned()),
        (b'M', message.to_owned()),
        (b'D', detail.to_owned()),
    ];
    let _ = NoticeResponse::new(fields).encode(buf);
}
