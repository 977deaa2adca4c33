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

/// Placeholder until the embedders land.
pub fn from_config(_config: &crate::config::EmbeddingsConfig) -> std::sync::Arc<dyn Embedder> {
    struct Nothing;
    #[async_trait::async_trait]
    impl Embedder for Nothing {
        fn name(&self) -> String {
            "none".into()
        }
        async fn embed(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, AskError> {
            Ok(texts.iter().map(|_| vec![0.0]).collect())
        }
    }
    std::sync::Arc::new(Nothing)
}
