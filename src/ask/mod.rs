//! ASK: a plain-English question becomes guarded SQL.
//!
//! One question goes through these files, in order:
//! - [`statement`]: recognizes `ASK '…'`, `-- ask: …` and `EXPLAIN ASK` in a Query or Parse;
//! - [`pipeline`]: the per-question work under one deadline — cache lookup, retrieval,
//!   generation, validation and repair — producing the SQL the relay sends upstream in the
//!   question's place (see `relay::to_upstream`);
//! - [`cache`]: the semantic cache of translations (question → validated SQL), exact and
//!   semantic tiers, scoped by corpus version and policy;
//! - [`retrieve`]: the context for the question out of the [`corpus`] (built by
//!   [`introspect`] and the corpus files) through an [`embed`] index, matching names,
//!   comments and values by their terms, and values beyond the sample [`lookup`]ed
//!   upstream;
//! - [`generate`]: the OpenAI-compatible generator or the built-in one;
//! - [`literals`]: the literals of a question (years, quarters, values…), its skeleton, and
//!   re-binding an example's SQL to other literals (built-in generator, semantic cache);
//! - [`validate`]: the strict policy for generated SQL and the upstream EXPLAIN check;
//! - [`explain`]: the EXPLAIN ASK report; [`audit`]: one JSON line per question;
//! - [`learn`]: statistics learned from the SQL relayed through askpg (joins, usual
//!   columns and expressions), which retrieval uses.
//!
//! Underneath, [`vocab`] reads words the same way for all of them: tokens, the stemmer,
//! word classes (stop words, filler, follow-up words) and glossary synonyms.

pub mod audit;
pub mod cache;
pub mod corpus;
pub mod embed;
pub mod explain;
pub mod generate;
pub mod intent;
pub mod introspect;
pub mod learn;
pub mod literals;
pub mod load;
pub mod lookup;
pub mod pipeline;
pub mod report;
pub mod retrieve;
pub mod session;
pub mod statement;
pub mod validate;
pub mod vocab;

use crate::error::{sqlstate, ClientError};

/// One earlier question of the session and the SQL that answered it.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub question: String,
    pub sql: String,
}

/// A rejected attempt: the SQL and why it was rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub sql: String,
    /// SQLSTATE of the rejection.
    pub code: String,
    pub error: String,
}

/// Why a question could not be answered.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AskError {
    /// The generator cannot answer this question (built-in generator without a match).
    #[error("{message}")]
    Unanswerable { message: String, hint: String },
    /// The LLM or embeddings endpoint failed: HTTP error, timeout, malformed answer.
    #[error("{0}")]
    Service(String),
    /// The generated SQL never passed validation.
    #[error("{message}")]
    Invalid {
        message: String,
        code: String,
        sql: String,
    },
    /// The ASK deadline passed.
    #[error("the question was not answered within {0:?}")]
    Deadline(std::time::Duration),
    #[error("canceling statement due to user request")]
    Cancelled,
    /// The corpus or index is not available.
    #[error("{0}")]
    NotReady(String),
    /// The session's database is not the one the corpus describes.
    #[error("questions are answered on database \"{served}\", not on \"{database}\"")]
    OtherDatabase { database: String, served: String },
}

impl AskError {
    /// What the audit log calls this failure.
    pub fn failure(&self) -> audit::Failure {
        match self {
            AskError::Unanswerable { .. } => audit::Failure::Unanswerable,
            AskError::Service(_) => audit::Failure::LlmError,
            AskError::Invalid { .. } => audit::Failure::InvalidSql,
            AskError::Deadline(_) => audit::Failure::Deadline,
            AskError::Cancelled => audit::Failure::Cancelled,
            AskError::NotReady(_) => audit::Failure::NotReady,
            AskError::OtherDatabase { .. } => audit::Failure::OtherDatabase,
        }
    }

    /// The error the client sees.
    pub fn to_client(&self) -> ClientError {
        match self {
            AskError::Unanswerable { message, hint } => {
                ClientError::error(sqlstate::FEATURE_NOT_SUPPORTED, message.clone())
                    .with_hint(hint.clone())
            }
            AskError::Service(message) => ClientError::error(
                sqlstate::SYSTEM_ERROR,
                format!("askpg could not generate SQL: {message}"),
            )
            .with_hint("The language model service failed; try again, or check llm.base_url, llm.model and llm.timeout."),
            AskError::Invalid { message, code, sql } => {
                ClientError::error(sqlstate::intern(code), "askpg could not produce valid SQL for this question")
                    .with_detail(format!("Last SQL tried:\n{sql}\nError: {message}"))
                    .with_hint("Rephrase the question naming the tables, columns or values you mean, or ask EXPLAIN ASK to see the context askpg used.")
            }
            AskError::Deadline(limit) => ClientError::error(
                sqlstate::QUERY_CANCELED,
                format!("canceling ASK: no SQL within the deadline of {limit:?}"),
            )
            .with_hint("Raise ask.deadline or llm.timeout, or try again when the language model is less busy."),
            AskError::Cancelled => ClientError::error(
                sqlstate::QUERY_CANCELED,
                "canceling statement due to user request",
            ),
            AskError::NotReady(message) => ClientError::error(
                sqlstate::CANNOT_CONNECT_NOW,
                format!("askpg cannot answer questions yet: {message}"),
            )
            .with_hint("Ordinary SQL works meanwhile; see /readyz."),
            AskError::OtherDatabase { database, served } => ClientError::error(
                sqlstate::FEATURE_NOT_SUPPORTED,
                format!("askpg does not answer questions on database \"{database}\""),
            )
            .with_hint(format!(
                "Questions are answered on database \"{served}\": connect to it to ask. Ordinary SQL works here."
            )),
        }
    }
}
