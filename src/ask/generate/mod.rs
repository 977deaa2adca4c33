//! SQL generation: the [`Generator`] trait, the OpenAI-compatible chat implementation and
//! the built-in generator that answers what the corpus examples cover.

pub mod builtin;
pub mod openai;
pub mod prompt;
pub mod route;

use super::corpus::Corpus;
use super::intent::Understood;
use super::retrieve::Context;
use super::{AskError, Attempt, Turn};

/// What a generator is given for one attempt.
pub struct GenerationRequest<'a> {
    pub question: &'a str,
    pub corpus: &'a Corpus,
    pub context: &'a Context,
    /// Earlier questions of this session and their SQL, oldest first.
    pub history: &'a [Turn],
    /// Earlier attempts at this question that were rejected, oldest first (repair).
    pub rejected: &'a [Attempt],
    /// The row cap a query must respect.
    pub max_rows: u64,
    /// The question's intent and the SQL it compiles to, as structure for the LLM.
    pub intent: Option<&'a Understood>,
}

/// One generated answer.
#[derive(Debug, Clone, Default)]
pub struct Generation {
    pub sql: String,
    /// Model that produced it (`builtin` for the built-in generator).
    pub model: String,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    /// The corpus chunk the SQL was derived from, when there is one (built-in generator).
    pub derived_from: Option<String>,
    /// The intent the SQL was compiled from (built-in question engine), as JSON.
    pub intent: Option<String>,
    /// What produced the SQL: `intent` (the question engine), `example` (a corpus example
    /// re-bound), `builtin` (help or a follow-up) or `llm`.
    pub route: &'static str,
}

#[async_trait::async_trait]
pub trait Generator: Send + Sync {
    /// `builtin` or `openai`.
    fn name(&self) -> &'static str;
    async fn generate(&self, request: &GenerationRequest<'_>) -> Result<Generation, AskError>;
}
