//! Embeddings: the [`Embedder`] trait, the built-in local embedder (no network, the
//! default) and an OpenAI-compatible endpoint with an on-disk cache keyed by content hash.

mod cache;
mod openai;

use std::sync::Arc;

use super::vocab;
use super::AskError;
use crate::config::EmbeddingsConfig;

pub use cache::EmbeddingCache;
pub use openai::OpenAiEmbedder;

/// Turns texts into unit-length vectors of a fixed dimension.
#[async_trait::async_trait]
pub trait Embedder: Send + Sync {
    /// Name shown in EXPLAIN ASK and /readyz, e.g. `builtin` or `openai:text-embedding-3-small`.
    fn name(&self) -> String;
    /// One vector per text, in order.
    async fn embed(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, AskError>;
}

/// The embedder the configuration asks for: an OpenAI-compatible endpoint when
/// `embeddings.base_url` is set, the built-in local embedder otherwise.
pub fn from_config(config: &EmbeddingsConfig) -> Arc<dyn Embedder> {
    if config.base_url.trim().is_empty() {
        Arc::new(LocalEmbedder::new())
    } else {
        Arc::new(OpenAiEmbedder::new(config))
    }
}

/// The built-in embedder: feature hashing of a text's terms (stemmed, stop-words dropped),
/// its term bigrams and the character trigrams of each term, into a fixed number of
/// dimensions with signed buckets, scaled to unit length. Deterministic, no network, and
/// fast; texts sharing words, phrases or word pieces (typos, inflections) come out close.
#[derive(Debug, Clone)]
pub struct LocalEmbedder {
    dimensions: usize,
}

const TERM_WEIGHT: f32 = 1.0;
const BIGRAM_WEIGHT: f32 = 0.6;
const TRIGRAM_WEIGHT: f32 = 0.3;

impl LocalEmbedder {
    pub const DEFAULT_DIMENSIONS: usize = 512;

    pub fn new() -> Self {
        Self::with_dimensions(Self::DEFAULT_DIMENSIONS)
    }

    pub fn with_dimensions(dimensions: usize) -> Self {
        Self {
            dimensions: dimensions.max(8),
        }
    }

    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// The vector of one text (synchronous: the work is a few microseconds).
    pub fn embed_one(&self, text: &str) -> Vec<f32> {
        let mut vector = vec![0f32; self.dimensions];
        let terms = vocab::terms(text);
        for term in &terms {
            self.add(&mut vector, b't', term, TERM_WEIGHT);
            let padded: Vec<char> = format!("^{term}$").chars().collect();
            for trigram in padded.windows(3) {
                let trigram: String = trigram.iter().collect();
                self.add(&mut vector, b'c', &trigram, TRIGRAM_WEIGHT);
            }
        }
        for pair in terms.windows(2) {
            self.add(
                &mut vector,
                b'b',
                &format!("{} {}", pair[0], pair[1]),
                BIGRAM_WEIGHT,
            );
        }
        let norm = vector.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm == 0.0 {
            // A text without terms still gets a unit vector: one bucket of its own.
            self.add(&mut vector, b'e', "", 1.0);
            return vector.iter().map(|x| x.abs()).collect();
        }
        vector.iter().map(|x| x / norm).collect()
    }

    fn add(&self, vector: &mut [f32], kind: u8, feature: &str, weight: f32) {
        let hash = feature_hash(kind, feature.as_bytes());
        let bucket = (hash % self.dimensions as u64) as usize;
        let sign = if hash >> 63 == 0 { 1.0 } else { -1.0 };
        vector[bucket] += sign * weight;
    }
}

impl Default for LocalEmbedder {
    fn default() -> Self {
        Self::new()
    }
}

#[async_trait::async_trait]
impl Embedder for LocalEmbedder {
    fn name(&self) -> String {
        "builtin".into()
    }

    async fn embed(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, AskError> {
        Ok(texts.iter().map(|t| self.embed_one(t)).collect())
    }
}

/// FNV-1a over a kind byte and the feature, finished with a 64-bit mixer so the low bits
/// (the bucket) and the high bit (the sign) are independent.
fn feature_hash(kind: u8, bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&kind).chain(bytes) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Cosine similarity; 0 when either vector is zero or their lengths differ.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    if a.len() != b.len() {
        return 0.0;
    }
    let (mut dot, mut na, mut nb) = (0f32, 0f32, 0f32);
    for (x, y) in a.iter().zip(b) {
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na.sqrt() * nb.sqrt())
    }
}

/// Scales `vector` to unit length (left as is when zero).
pub fn normalize(vector: &mut [f32]) {
    let norm = vector.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        vector.iter_mut().for_each(|x| *x /= norm);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn similarity(embedder: &LocalEmbedder, a: &str, b: &str) -> f32 {
        cosine(&embedder.embed_one(a), &embedder.embed_one(b))
    }

    #[test]
    fn vectors_are_unit_length_and_deterministic() {
        let e = LocalEmbedder::new();
        for text in ["revenue by month", "", "the of and", "net_amount"] {
            let v = e.embed_one(text);
            assert_eq!(v.len(), LocalEmbedder::DEFAULT_DIMENSIONS);
            let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((norm - 1.0).abs() < 1e-4, "{text:?}: {norm}");
            assert_eq!(v, LocalEmbedder::new().embed_one(text));
        }
    }

    #[test]
    fn similar_texts_rank_above_unrelated_ones() {
        let e = LocalEmbedder::new();
        let question = "total revenue per customer country";
        let close = similarity(
            &e,
            question,
            "customers.country: billing country of the customer",
        );
        let inflected = similarity(&e, "Revenues of the countries", "revenue by country");
        let typo = similarity(&e, "custmer countries", "customer country");
        let unrelated = similarity(
            &e,
            question,
            "cloud_costs.usage_unit: unit of usage quantity",
        );
        assert!(close > unrelated + 0.1, "{close} vs {unrelated}");
        assert!(
            inflected > 0.99,
            "inflections and stop-words do not matter: {inflected}"
        );
        assert!(typo > 0.3, "{typo}");
        assert!(typo > similarity(&e, "custmer countries", "cloud usage"));
        // Identifiers split on `_` meet the words of a question.
        let identifier = similarity(&e, "net amount", "net_amount");
        assert!(identifier > 0.99, "{identifier}");
    }

    #[test]
    fn candidates_are_ordered_by_shared_meaningful_words() {
        let e = LocalEmbedder::new();
        let question = "monthly cloud spend by team";
        let candidates = [
            "cloud_costs: daily cloud spend per team, provider and service",
            "teams: internal teams that own cloud resources",
            "orders: one row per order placed by a customer",
        ];
        let scores: Vec<f32> = candidates
            .iter()
            .map(|c| similarity(&e, question, c))
            .collect();
        assert!(scores.windows(2).all(|w| w[0] > w[1]), "{scores:?}");
    }

    #[tokio::test]
    async fn builtin_is_the_default() {
        let embedder = from_config(&EmbeddingsConfig::default());
        assert_eq!(embedder.name(), "builtin");
        let vectors = embedder.embed(&["a".into(), "b c".into()]).await.unwrap();
        assert_eq!(vectors.len(), 2);
    }
}
