//! Retrieval: the chunk index and the context given to the generator for one question —
//! the tables and columns it needs, the join paths between them, glossary entries, the
//! closest examples and notes — within a token budget.
//!
//! One question goes through:
//! - [`index`]: built once per corpus — the HNSW index over chunk vectors and the lexicon
//!   (terms of names, comments, sampled values, glossary phrases, term weights);
//! - [`score`]: vector similarity and lexical evidence (names, comments, values, glossary,
//!   examples) scored per table, column and corpus item;
//! - [`shapes`]: built once per corpus — which columns carry money, prices, costs or
//!   quantities, and which tables have dates or refer to buyers (business vocabulary);
//! - [`select`]: the tables chosen on that evidence, with why each is there;
//! - [`joins`]: the foreign-key paths connecting the chosen tables, with bridge tables;
//! - [`learned`]: what SQL seen through askpg adds — companions, joins, expressions;
//! - [`render`]: the context text, packed by priority into the budget.

mod index;
mod joins;
mod learned;
mod render;
mod score;
mod select;
mod shapes;
#[cfg(test)]
mod tests;
mod why;

use std::collections::HashMap;
use std::sync::Arc;

use super::corpus::{ChunkKind, Corpus};
use super::embed::Embedder;
use super::learn::UsageStats;
use super::lookup::FoundValue;
use super::AskError;
use index::{Lexicon, VectorIndex};
use joins::ForeignKeyGraph;
use shapes::Shapes;

/// Context size used when the caller has no other budget in mind.
pub const DEFAULT_BUDGET_TOKENS: usize = 3000;

/// The corpus with its chunks embedded and indexed.
pub struct Knowledge {
    pub corpus: Arc<Corpus>,
    /// Name of the embedder that built the index.
    pub embedder: String,
    /// Dimension of the chunk vectors (0 for an empty corpus).
    pub dimensions: usize,
    vectors: VectorIndex,
    lexicon: Lexicon,
    graph: ForeignKeyGraph,
    shapes: Shapes,
    /// Estimated tokens of every table with its columns and joins: when a comfortable
    /// share of the budget holds it, the whole schema is given.
    schema_tokens: usize,
    /// Table names as SQL may write them (for what was learned from SQL).
    names: HashMap<String, usize>,
}

/// What the moment of a question adds to the corpus.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// Values of the question found upstream beyond the sample.
    pub found: &'a [FoundValue],
    /// Statistics learned from SQL seen through askpg.
    pub learned: Option<&'a UsageStats>,
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
    /// Why the table is in the context: the signal that chose it (EXPLAIN ASK shows it).
    pub why: String,
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

impl Context {
    /// The chosen table with corpus index `table`, if any.
    pub fn table(&self, table: usize) -> Option<&TableContext> {
        self.tables.iter().find(|t| t.table == table)
    }
}

impl Knowledge {
    /// Embeds every chunk of `corpus` and indexes them.
    pub async fn build(corpus: Corpus, embedder: &dyn Embedder) -> Result<Self, AskError> {
        let texts: Vec<String> = corpus.chunks.iter().map(|c| c.text.clone()).collect();
        let vectors = if texts.is_empty() {
            Vec::new()
        } else {
            embedder.embed(&texts).await?
        };
        if vectors.len() != texts.len() {
            return Err(AskError::Service(format!(
                "the embedder {} returned {} vectors for {} corpus chunks",
                embedder.name(),
                vectors.len(),
                texts.len()
            )));
        }
        let embedder = embedder.name();
        // CPU work of a second or more on a large warehouse: off the runtime's threads.
        tokio::task::spawn_blocking(move || Self::index(corpus, embedder, vectors))
            .await
            .map_err(|e| AskError::NotReady(format!("indexing the corpus failed: {e}")))?
    }

    /// Indexes `corpus` whose chunks `embedder` turned into `vectors`.
    fn index(corpus: Corpus, embedder: String, vectors: Vec<Vec<f32>>) -> Result<Self, AskError> {
        let started = std::time::Instant::now();
        let vectors = VectorIndex::build(vectors)?;
        let indexed = started.elapsed();
        let lexicon = Lexicon::build(&corpus);
        let graph = ForeignKeyGraph::build(&corpus);
        let shapes = Shapes::build(&corpus, &lexicon, &graph);
        tracing::debug!(
            chunks = corpus.chunks.len(),
            vectors_ms = indexed.as_millis() as u64,
            total_ms = started.elapsed().as_millis() as u64,
            "corpus indexed"
        );
        Ok(Self {
            dimensions: vectors.dimensions(),
            schema_tokens: render::schema_tokens(&corpus),
            names: learned::names(&corpus),
            corpus: Arc::new(corpus),
            embedder,
            vectors,
            lexicon,
            graph,
            shapes,
        })
    }

    /// The context for `question` (whose embedding is `vector`) within `budget` tokens.
    pub fn retrieve(&self, question: &str, vector: &[f32], budget: usize) -> Context {
        self.retrieve_with(question, vector, budget, Hints::default())
    }

    /// The searchable columns (at most `max`) to look `question`'s values up in: those of
    /// the tables it points at, then those that hold names.
    pub fn lookup_columns(
        &self,
        question: &str,
        vector: &[f32],
        max: usize,
    ) -> Vec<(usize, usize)> {
        let scores = score::Scorer::new(self, question, vector, &[]).score();
        score::searchable_columns(self, &scores, max)
    }

    /// [`Self::retrieve`] with what the moment adds: values found upstream, learned SQL.
    pub fn retrieve_with(
        &self,
        question: &str,
        vector: &[f32],
        budget: usize,
        hints: Hints<'_>,
    ) -> Context {
        let mut scores = score::Scorer::new(self, question, vector, hints.found).score();
        let selection = select::select_tables(self, &scores, budget, hints.learned);
        score::score_chosen_columns(self, vector, &selection, &mut scores);
        render::Packer::new(self, &scores, &selection).pack(budget)
    }

    /// Embeds `question` with `embedder` (which should be the one that built the index)
    /// and retrieves its context.
    pub async fn retrieve_for(
        &self,
        embedder: &dyn Embedder,
        question: &str,
        budget: usize,
    ) -> Result<Context, AskError> {
        let vector = embedder
            .embed(&[question.to_owned()])
            .await?
            .pop()
            .unwrap_or_default();
        Ok(self.retrieve(question, &vector, budget))
    }
}

/// Tokens of `text` as the context budget counts them: about four characters each.
pub fn estimate_tokens(text: &str) -> usize {
    text.chars().count().div_ceil(4)
}
