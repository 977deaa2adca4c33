//! Embeddings from an OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, a LiteLLM
//! gateway): batched requests, each bounded by the configured timeout, answers checked
//! before use, vectors kept in the on-disk cache.

use std::collections::HashMap;
use std::time::Duration;

use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::types::embeddings::{CreateEmbeddingRequest, EmbeddingInput};

use super::cache::EmbeddingCache;
use super::{normalize, Embedder};
use crate::ask::AskError;
use crate::config::EmbeddingsConfig;

/// Longest part of an endpoint's error body quoted in an error message.
const MAX_QUOTED: usize = 300;

pub struct OpenAiEmbedder {
    client: async_openai::Client<OpenAIConfig>,
    /// The base URL without credentials, for messages.
    endpoint: String,
    model: String,
    batch_size: usize,
    timeout: Duration,
    cache: Option<EmbeddingCache>,
}

impl OpenAiEmbedder {
    pub fn new(config: &EmbeddingsConfig) -> Self {
        // reqwest is built without a default TLS provider; any provider installed first wins.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let base_url = config.base_url.trim().trim_end_matches('/');
        let openai = OpenAIConfig::new()
            .with_api_base(base_url)
            .with_api_key(config.api_key.expose());
        let cache = EmbeddingCache::from_config_dir(&config.cache_dir, config.cache_max_bytes);
        if cache.is_none() {
            tracing::warn!(
                "no embeddings.cache_dir and no home directory: embeddings are not cached"
            );
        }
        Self {
            client: async_openai::Client::with_config(openai),
            endpoint: without_credentials(base_url),
            model: config.model.clone(),
            batch_size: (config.batch_size as usize).max(1),
            timeout: config.timeout,
            cache,
        }
    }

    pub fn cache(&self) -> Option<&EmbeddingCache> {
        self.cache.as_ref()
    }

    /// Cached vectors by position; `None` where the cache has nothing usable.
    async fn lookup(&self, keys: &[String]) -> Vec<Option<Vec<f32>>> {
        let Some(cache) = self.cache.clone() else {
            return vec![None; keys.len()];
        };
        let keys = keys.to_vec();
        let count = keys.len();
        tokio::task::spawn_blocking(move || keys.iter().map(|k| cache.get(k)).collect())
            .await
            .unwrap_or_else(|_| vec![None; count])
    }

    async fn store(&self, entries: Vec<(String, Vec<f32>)>) {
        let Some(cache) = self.cache.clone() else {
            return;
        };
        let stored = tokio::task::spawn_blocking(move || {
            entries
                .iter()
                .try_for_each(|(key, vector)| cache.put(key, vector))
        })
        .await;
        if let Ok(Err(err)) = stored {
            tracing::warn!(error = %err, "could not write the embeddings cache");
        }
    }

    /// One request for one batch, bounded by the timeout; vectors in input order.
    async fn request(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, AskError> {
        let count = texts.len();
        let request = CreateEmbeddingRequest {
            model: self.model.clone(),
            input: EmbeddingInput::StringArray(texts),
            ..Default::default()
        };
        let embeddings = self.client.embeddings();
        let answer = tokio::time::timeout(self.timeout, embeddings.create(request))
            .await
            .map_err(|_| {
                AskError::Service(format!(
                    "the embeddings endpoint {} did not answer within {:?}",
                    self.endpoint, self.timeout
                ))
            })?
            .map_err(|err| self.service_error(err))?;
        if answer.data.len() != count {
            return Err(self.malformed(format!(
                "{} embeddings for {count} inputs",
                answer.data.len()
            )));
        }
        let mut vectors: Vec<Option<Vec<f32>>> = vec![None; count];
        for item in answer.data {
            let slot = vectors
                .get_mut(item.index as usize)
                .filter(|slot| slot.is_none())
                .ok_or_else(|| self.malformed(format!("unexpected index {}", item.index)))?;
            let mut vector = item.embedding;
            if vector.is_empty() || vector.iter().any(|x| !x.is_finite()) {
                return Err(self.malformed("an empty or non-finite vector".into()));
            }
            normalize(&mut vector);
            *slot = Some(vector);
        }
        Ok(vectors.into_iter().flatten().collect())
    }

    fn malformed(&self, what: String) -> AskError {
        AskError::Service(format!(
            "the embeddings endpoint {} sent a malformed answer: {what}",
            self.endpoint
        ))
    }

    fn service_error(&self, err: OpenAIError) -> AskError {
        match err {
            OpenAIError::ApiError(api) => AskError::Service(format!(
                "the embeddings endpoint {} answered HTTP {}: {}",
                self.endpoint,
                api.status_code.as_u16(),
                quoted_message(&api.api_error.message)
            )),
            OpenAIError::JSONDeserialize(err, _) => self.malformed(err.to_string()),
            OpenAIError::Reqwest(err) => AskError::Service(format!(
                "could not reach the embeddings endpoint {}: {}",
                self.endpoint,
                error_chain(&err)
            )),
            other => AskError::Service(format!(
                "the embeddings request to {} failed: {other}",
                self.endpoint
            )),
        }
    }
}

#[async_trait::async_trait]
impl Embedder for OpenAiEmbedder {
    fn name(&self) -> String {
        format!("openai:{}", self.model)
    }

    async fn embed(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, AskError> {
        let keys: Vec<String> = texts
            .iter()
            .map(|t| EmbeddingCache::key(&self.model, t))
            .collect();
        let mut vectors = self.lookup(&keys).await;
        // Each missing text is asked for once, however often it occurs.
        let mut missing: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut order: Vec<&str> = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            if vectors[i].is_none() {
                let positions = missing.entry(key).or_default();
                if positions.is_empty() {
                    order.push(key);
                }
                positions.push(i);
            }
        }
        for batch in order.chunks(self.batch_size) {
            let inputs = batch
                .iter()
                .map(|key| texts[missing[key][0]].clone())
                .collect();
            let answers = self.request(inputs).await?;
            let mut fresh = Vec::with_capacity(batch.len());
            for (key, vector) in batch.iter().zip(answers) {
                for &i in &missing[key] {
                    vectors[i] = Some(vector.clone());
                }
                fresh.push(((*key).to_owned(), vector));
            }
            self.store(fresh).await;
        }
        let vectors: Vec<Vec<f32>> = vectors.into_iter().flatten().collect();
        if let Some(first) = vectors.first() {
            if vectors.iter().any(|v| v.len() != first.len()) {
                return Err(self.malformed("vectors of different dimensions".into()));
            }
        }
        Ok(vectors)
    }
}

/// The message of an error body: the `error.message` of a JSON body, else the body,
/// shortened.
fn quoted_message(body: &str) -> String {
    let message = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["error"]["message"].as_str().map(str::to_owned))
        .unwrap_or_else(|| body.trim().to_owned());
    if message.chars().count() > MAX_QUOTED {
        let cut: String = message.chars().take(MAX_QUOTED).collect();
        format!("{cut}…")
    } else if message.is_empty() {
        "(no message)".into()
    } else {
        message
    }
}

fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// `https://user:secret@host/v1` → `https://host/v1`.
fn without_credentials(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let authority_end = rest.find('/').unwrap_or(rest.len());
            match rest[..authority_end].rfind('@') {
                Some(at) => format!("{scheme}://{}", &rest[at + 1..]),
                None => url.to_owned(),
            }
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_never_show_url_credentials() {
        assert_eq!(
            without_credentials("https://u:secret@example.test/v1"),
            "https://example.test/v1"
        );
        assert_eq!(without_credentials("http://h:1/v1"), "http://h:1/v1");
    }

    #[test]
    fn error_bodies_are_quoted_briefly() {
        assert_eq!(
            quoted_message(r#"{"error":{"message":"model overloaded"}}"#),
            "model overloaded"
        );
        assert_eq!(quoted_message(""), "(no message)");
        assert!(quoted_message(&"x".repeat(1000)).chars().count() <= MAX_QUOTED + 1);
    }
}
