//! Retrieval: the chunk index and the context given to the generator for one question —
//! the tables and columns it needs, the join paths between them, glossary entries, the
//! closest examples and notes — within a token budget.

use std::sync::Arc;

use super::corpus::{ChunkKind, Corpus};
use super::embed::Embedder;
use super::AskError;

/// The corpus with its chunks embedded and indexed.
pub struct Knowledge {
    pub corpus: Arc<Corpus>,
    /// Name of the embedder that built the index.
    pub embedder: String,
}

/// A corpus item with its relevance.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub index: usize,
    pub score: f32,
}

/// A table chosen for the question.
#[derive(Debug, Clone, PartialEq)]
pub struct TableContext {
    /// Index into `Corpus::tables`.
    pub table: usize,
    pub score: f32,
    /// Columns shown (indices into the table's columns).
    pub columns: Vec<usize>,
    /// Column values named in the question: (column index, value as stored).
    pub matched_values: Vec<(usize, String)>,
}

/// A foreign-key join between two chosen tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Join {
    pub from_table: usize,
    pub from_columns: Vec<String>,
    pub to_table: usize,
    pub to_columns: Vec<String>,
}

/// A cited source.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub kind: ChunkKind,
    pub score: f32,
}

/// Everything retrieved for one question.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    pub tables: Vec<TableContext>,
    pub joins: Vec<Join>,
    pub glossary: Vec<Scored>,
    pub examples: Vec<Scored>,
    pub notes: Vec<Scored>,
    /// Every chunk that contributed, best first.
    pub sources: Vec<Source>,
    /// The context as given to the LLM, within the budget.
    pub text: String,
    /// Estimated tokens of `text`.
    pub tokens: usize,
}

impl Knowledge {
    /// Embeds every chunk of `corpus` and indexes them.
    pub async fn build(corpus: Corpus, embedder: &dyn Embedder) -> Result<Self, AskError> {
        let _ = embedder.embed(&[]).await?;
        Ok(Self {
            corpus: Arc::new(corpus),
            embedder: embedder.name(),
        })
    }

    /// The context for `question` (whose embedding is `vector`) within `budget` tokens.
    pub fn retrieve(&self, question: &str, vector: &[f32], budget: usize) -> Context {
        let _ = (question, vector, budget);
        unimplemented!("retrieval is being written")
    }
}
