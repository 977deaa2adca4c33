//! Embeddings: the [`Embedder`] trait, the built-in local embedder (no network, the
//! default) and an OpenAI-compatible endpoint with an on-disk cache keyed by content hash.

use super::AskError;

/// Turns texts into unit-length vectors of a fixed dimension.
#[async_trait::async_trait]
pub trait Embedder: Send + Sync {
    /// Name shown in EXPLAIN ASK and /readyz, e.g. `builtin` or `openai:text-embedding-3-small`.
    fn name(&self) -> String;
    /// One vector per text, in order.
    async fn embed(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, AskError>;
}
