//! The configuration sections for questions: corpus, embeddings, LLM, ASK, cache, audit
//! and admin users. Every key is documented with its default in
//! `config/askpg.example.toml`.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::Secret;

/// Operators allowed the admin statements (SHOW askpg.*, ASKPG RELOAD, ASKPG CACHE CLEAR).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// askpg user names (from auth.users, or any name under trust).
    pub users: Vec<String>,
}

/// What askpg learns about the upstream and reads from the corpus directory.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CorpusConfig {
    /// Directory with glossary.yaml, examples.yaml and Markdown notes; empty: none.
    pub dir: String,
    /// Sample distinct values of low-cardinality text columns.
    pub sample_values: bool,
    /// A text column is sampled when it has at most this many distinct values.
    pub max_distinct_values: u32,
    /// Longest sampled value kept (characters); longer values are skipped.
    pub max_value_length: u32,
    /// Columns never sampled, as `table.column` or `schema.table.column`; `*` matches any
    /// name part (`*.email`).
    pub sensitive_columns: Vec<String>,
    /// Check every example with the guard and EXPLAIN at load.
    pub validate_examples: bool,
    /// Look a question's names up upstream in text columns with too many values to sample
    /// (by equality, where an index leads with the column or the table is small).
    pub lookup_values: bool,
    /// statement_timeout of that one lookup statement per question.
    #[serde(with = "humantime_serde")]
    pub lookup_timeout: Duration,
    /// Columns looked up at most per question.
    pub lookup_max_columns: u32,
    /// Learn join paths, usual columns and expressions from the SQL relayed through askpg
    /// (counts only: never results, never literals).
    pub learn_from_sql: bool,
    /// Where those statistics are kept across restarts; empty: a file per upstream
    /// database under ~/.cache/askpg/learned.
    pub learned_path: String,
}

impl Default for CorpusConfig {
    fn default() -> Self {
        Self {
            dir: String::new(),
            sample_values: true,
            max_distinct_values: 50,
            max_value_length: 80,
            sensitive_columns: Vec::new(),
            validate_examples: true,
            lookup_values: true,
            lookup_timeout: Duration::from_millis(300),
            lookup_max_columns: 64,
            learn_from_sql: true,
            learned_path: String::new(),
        }
    }
}

/// Embeddings for retrieval: the built-in local embedder, or an OpenAI-compatible endpoint.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmbeddingsConfig {
    /// OpenAI-compatible base URL (…/v1); empty: the built-in local embedder.
    pub base_url: String,
    pub model: String,
    pub api_key: Secret,
    /// Texts per embeddings request.
    pub batch_size: u32,
    /// Directory caching embeddings by content hash; empty: ~/.cache/askpg/embeddings.
    pub cache_dir: String,
    /// Most bytes the on-disk cache may take; past it the least recently used entries go.
    /// 0 = no bound.
    pub cache_max_bytes: u64,
    #[serde(with = "humantime_serde")]
    pub timeout: Duration,
}

impl Default for EmbeddingsConfig {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            model: "text-embedding-3-small".into(),
            api_key: Secret::default(),
            batch_size: 64,
            cache_dir: String::new(),
            cache_max_bytes: 512 << 20,
            timeout: Duration::from_secs(30),
        }
    }
}

/// The SQL generator: an OpenAI-compatible chat endpoint, or the built-in generator.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LlmConfig {
    /// OpenAI-compatible base URL (…/v1); empty: the built-in generator.
    pub base_url: String,
    pub model: String,
    pub api_key: Secret,
    /// Azure OpenAI: the api-version; when set, base_url is the resource endpoint and
    /// model is the deployment name.
    pub azure_api_version: String,
    pub temperature: f32,
    /// Bound on one chat request.
    #[serde(with = "humantime_serde")]
    pub timeout: Duration,
    /// Most completion tokens per request.
    pub max_tokens: u32,
    /// Further attempts after the guard or the upstream rejected generated SQL.
    pub max_repairs: u32,
    /// Prices per million tokens, for the estimated cost metric.
    pub prompt_price_per_million: f64,
    pub completion_price_per_million: f64,
}

impl Default for LlmConfig {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            model: "gpt-4o-mini".into(),
            api_key: Secret::default(),
            azure_api_version: String::new(),
            temperature: 0.0,
            timeout: Duration::from_secs(30),
            max_tokens: 1024,
            max_repairs: 2,
            prompt_price_per_million: 0.0,
            completion_price_per_million: 0.0,
        }
    }
}

/// Which engine answers a question the cache does not, when an LLM is configured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// The intent engine when it reads the question, the LLM otherwise.
    #[default]
    Auto,
    /// Always the LLM; the question's intent, when the engine reads one, goes into the prompt.
    Llm,
    /// Only the built-in generator (examples and the intent engine), never the LLM.
    Builtin,
}

/// How questions are answered.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AskConfig {
    /// Bound on one ASK from the question to the SQL being sent upstream.
    #[serde(with = "humantime_serde")]
    pub deadline: Duration,
    /// Send the generated SQL to the client as a NoticeResponse.
    pub notice_sql: bool,
    /// Earlier questions (and their SQL) of the session given to the generator.
    pub history_turns: u32,
    /// Budget of the retrieved context, in tokens (about four characters each).
    pub context_tokens: u32,
    /// LIMIT added to generated SQL that has none, and the most it may ask for.
    pub max_rows: u64,
    /// Which engine answers when an LLM is configured: `auto`, `llm` or `builtin`.
    pub route: Route,
}

impl Default for AskConfig {
    fn default() -> Self {
        Self {
            deadline: Duration::from_secs(60),
            notice_sql: true,
            history_turns: 4,
            context_tokens: 3000,
            max_rows: 1000,
            route: Route::Auto,
        }
    }
}

/// The semantic cache of translations (question → validated SQL; never results).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CacheConfig {
    /// Look questions up before generating and store validated SQL after.
    pub enabled: bool,
    /// The exact tier: the same question (case, spacing, punctuation and the spelling of
    /// its literals aside).
    pub exact: bool,
    /// The semantic tier: a question of the same shape, with its literals re-bound.
    pub semantic: bool,
    /// Least cosine similarity of the question skeletons for a semantic hit.
    pub similarity_threshold: f32,
    /// Most entries kept.
    pub max_entries: u64,
    /// Most bytes the entries may weigh (question, SQL, literals, vector).
    pub max_weight_bytes: u64,
    /// How long a generated entry lives; corpus examples do not expire.
    #[serde(with = "humantime_serde")]
    pub ttl: Duration,
    /// Seed the cache with the corpus examples at load and reload.
    pub seed_examples: bool,
}

impl Default for CacheConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            exact: true,
            semantic: true,
            similarity_threshold: 0.75,
            max_entries: 10_000,
            max_weight_bytes: 64 << 20,
            ttl: Duration::from_secs(24 * 3600),
            seed_examples: true,
        }
    }
}

/// The ASK audit log: one JSON line per question.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditConfig {
    /// File the lines are appended to; empty: no audit log.
    pub path: String,
}
