//! Prometheus metrics (every name defined here, once, with its help text; labels only from
//! fixed sets) and the HTTP endpoint serving `/metrics`, `/healthz` and `/readyz`.
//!
//! This module sits below the rest of askpg: callers pass plain labels, and `/readyz` asks a
//! [`Readiness`] the server provides.

mod endpoint;

use std::sync::LazyLock;

use prometheus::{Encoder, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};

pub use endpoint::{bind, serve};

#[derive(Debug, thiserror::Error)]
pub enum MetricsError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
}

/// Whether askpg is ready to serve, with a JSON report naming each check (`/readyz`).
pub struct ReadyReport {
    pub ready: bool,
    pub report: serde_json::Value,
}

/// Answers `/readyz`; the server implements it.
#[async_trait::async_trait]
pub trait Readiness: Send + Sync {
    async fn readiness(&self) -> ReadyReport;
}

/// How a client connection ended its startup.
#[derive(Debug, Clone, Copy)]
pub enum ConnectionOutcome {
    Accepted,
    RefusedLimit,
    StartupFailed,
    AuthFailed,
    UpstreamFailed,
    /// The database name is unknown or not allowed (3D000).
    RefusedDatabase,
    Cancel,
}

impl ConnectionOutcome {
    const ALL: [ConnectionOutcome; 7] = [
        Self::Accepted,
        Self::RefusedLimit,
        Self::StartupFailed,
        Self::AuthFailed,
        Self::UpstreamFailed,
        Self::RefusedDatabase,
        Self::Cancel,
    ];

    fn label(self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::RefusedLimit => "refused_limit",
            Self::StartupFailed => "startup_failed",
            Self::AuthFailed => "auth_failed",
            Self::UpstreamFailed => "upstream_failed",
            Self::RefusedDatabase => "refused_database",
            Self::Cancel => "cancel",
        }
    }
}

/// How a statement (one ReadyForQuery's worth of work) ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementOutcome {
    Ok,
    Error,
    Refused,
}

impl StatementOutcome {
    const ALL: [StatementOutcome; 3] = [Self::Ok, Self::Error, Self::Refused];

    fn label(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Error => "error",
            Self::Refused => "refused",
        }
    }
}

/// Why the guard refused, from the SQLSTATE it answered with.
fn refusal_reason(code: &str) -> &'static str {
    match code {
        "25006" => "write",
        "42501" => "privilege",
        "42601" => "syntax",
        "22021" => "encoding",
        _ => "unsupported",
    }
}

const REFUSAL_REASONS: [&str; 5] = ["write", "privilege", "syntax", "encoding", "unsupported"];

pub struct Metrics {
    registry: Registry,
    pub client_sessions: IntGauge,
    connections: IntCounterVec,
    pub upstream_connect_errors: IntCounter,
    pub bytes_to_client: IntCounter,
    pub bytes_to_upstream: IntCounter,
    statements: IntCounterVec,
    /// `statements{kind="sql"}` by outcome (in `StatementOutcome::ALL` order), resolved
    /// once: every relayed statement counts here.
    sql_statements: [IntCounter; 3],
    sql_duration: prometheus::Histogram,
    refusals: IntCounterVec,
    reloads: IntCounterVec,
    ask_stages: prometheus::HistogramVec,
    pub ask_repairs: IntCounter,
    llm_requests: IntCounterVec,
    llm_duration: prometheus::Histogram,
    llm_tokens: IntCounterVec,
    llm_cost: prometheus::Counter,
    cache_lookups: IntCounterVec,
    cache_bypasses: IntCounterVec,
    cache_stores: IntCounterVec,
    cache_entries: IntGauge,
    cache_weight: IntGauge,
    database_sessions: IntCounterVec,
    identity_sessions: IntCounterVec,
    identity_questions: IntCounterVec,
}

/// Stages of an ASK, each with its latency histogram.
pub const ASK_STAGES: [&str; 5] = [
    "cache",
    "retrieval",
    "generation",
    "validation",
    "execution",
];

/// Tiers of a cache lookup: the exact key, the intent, then the nearest question.
pub const CACHE_TIERS: [&str; 3] = ["exact", "intent", "semantic"];

/// Outcomes of a reload (SIGHUP or `ASKPG RELOAD`).
const RELOAD_OUTCOMES: [&str; 2] = ["ok", "error"];

/// Outcomes of LLM requests.
const LLM_OUTCOMES: [&str; 4] = ["ok", "timeout", "http", "malformed"];

/// Why a question skipped the cache: it reads as a follow-up (or names nothing but
/// literals), or the cache was switching to a reloaded corpus.
pub const CACHE_BYPASS_REASONS: [&str; 2] = ["not_standalone", "reloading"];

/// Where stored cache entries come from.
pub const CACHE_SOURCES: [&str; 2] = ["example", "generated"];

impl Metrics {
    fn new() -> Self {
        let registry = Registry::new();
        let client_sessions = IntGauge::new(
            "askpg_client_sessions",
            "Client sessions currently relaying",
        )
        .unwrap();
        let connections = IntCounterVec::new(
            Opts::new(
                "askpg_client_connections_total",
                "Client connections by startup outcome",
            ),
            &["outcome"],
        )
        .unwrap();
        let upstream_connect_errors = IntCounter::new(
            "askpg_upstream_connect_errors_total",
            "Upstream connections that could not be opened or authenticated",
        )
        .unwrap();
        let relayed = IntCounterVec::new(
            Opts::new(
                "askpg_relayed_bytes_total",
                "Protocol bytes relayed, by direction",
            ),
            &["direction"],
        )
        .unwrap();
        for outcome in ConnectionOutcome::ALL {
            connections.with_label_values(&[outcome.label()]);
        }
        let statements = IntCounterVec::new(
            Opts::new(
                "askpg_statements_total",
                "Statements (one per ReadyForQuery) by kind and outcome",
            ),
            &["kind", "outcome"],
        )
        .unwrap();
        for kind in ["sql", "ask", "explain_ask"] {
            for outcome in StatementOutcome::ALL {
                statements.with_label_values(&[kind, outcome.label()]);
            }
        }
        let ask_stages = prometheus::HistogramVec::new(
            prometheus::HistogramOpts::new(
                "askpg_ask_stage_duration_seconds",
                "ASK latency by stage: cache lookup, retrieval, generation (all attempts), validation (all attempts), execution upstream",
            )
            .buckets(vec![
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                10.0, 30.0, 60.0,
            ]),
            &["stage"],
        )
        .unwrap();
        for stage in ASK_STAGES {
            ask_stages.with_label_values(&[stage]);
        }
        let ask_repairs = IntCounter::new(
            "askpg_ask_repairs_total",
            "Further generation attempts after generated SQL was rejected",
        )
        .unwrap();
        let llm_requests = IntCounterVec::new(
            Opts::new(
                "askpg_llm_requests_total",
                "Chat requests to the language model, by outcome",
            ),
            &["outcome"],
        )
        .unwrap();
        for outcome in LLM_OUTCOMES {
            llm_requests.with_label_values(&[outcome]);
        }
        let llm_duration = prometheus::Histogram::with_opts(
            prometheus::HistogramOpts::new(
                "askpg_llm_request_duration_seconds",
                "Chat request latency",
            )
            .buckets(vec![0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0]),
        )
        .unwrap();
        let llm_tokens = IntCounterVec::new(
            Opts::new("askpg_llm_tokens_total", "Tokens used, by kind"),
            &["kind"],
        )
        .unwrap();
        for kind in ["prompt", "completion"] {
            llm_tokens.with_label_values(&[kind]);
        }
        let llm_cost = prometheus::Counter::new(
            "askpg_llm_cost_estimate_total",
            "Estimated LLM cost from llm.prompt_price_per_million and llm.completion_price_per_million",
        )
        .unwrap();
        let sql_duration = prometheus::Histogram::with_opts(
            prometheus::HistogramOpts::new(
                "askpg_sql_statement_duration_seconds",
                "Passthrough SQL: from forwarding the statement to the upstream's ReadyForQuery",
            )
            .buckets(vec![
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                10.0, 30.0, 60.0,
            ]),
        )
        .unwrap();
        let refusals = IntCounterVec::new(
            Opts::new(
                "askpg_guard_refusals_total",
                "Statements the guard refused, by reason",
            ),
            &["reason"],
        )
        .unwrap();
        for reason in REFUSAL_REASONS {
            refusals.with_label_values(&[reason]);
        }
        let reloads = IntCounterVec::new(
            Opts::new(
                "askpg_reloads_total",
                "Reloads of what askpg knows of the upstream, by outcome",
            ),
            &["outcome"],
        )
        .unwrap();
        for outcome in RELOAD_OUTCOMES {
            reloads.with_label_values(&[outcome]);
        }
        let cache_lookups = IntCounterVec::new(
            Opts::new(
                "askpg_cache_lookups_total",
                "Semantic cache lookups by tier (exact, intent, semantic) and result (hit, miss)",
            ),
            &["tier", "result"],
        )
        .unwrap();
        for tier in CACHE_TIERS {
            for result in ["hit", "miss"] {
                cache_lookups.with_label_values(&[tier, result]);
            }
        }
        let cache_bypasses = IntCounterVec::new(
            Opts::new(
                "askpg_cache_bypasses_total",
                "Questions that skipped the semantic cache, by reason",
            ),
            &["reason"],
        )
        .unwrap();
        for reason in CACHE_BYPASS_REASONS {
            cache_bypasses.with_label_values(&[reason]);
        }
        let cache_stores = IntCounterVec::new(
            Opts::new(
                "askpg_cache_stores_total",
                "Translations stored in the semantic cache, by source (corpus example, generated)",
            ),
            &["source"],
        )
        .unwrap();
        for source in CACHE_SOURCES {
            cache_stores.with_label_values(&[source]);
        }
        let cache_entries =
            IntGauge::new("askpg_cache_entries", "Entries in the semantic cache").unwrap();
        let cache_weight = IntGauge::new(
            "askpg_cache_weight_bytes",
            "Approximate bytes held by the semantic cache's entries",
        )
        .unwrap();
        let database_sessions = IntCounterVec::new(
            Opts::new(
                "askpg_database_sessions_total",
                "Client sessions started, by database (names from the configuration; other databases as \"other\")",
            ),
            &["database"],
        )
        .unwrap();
        let identity_sessions = IntCounterVec::new(
            Opts::new(
                "askpg_identity_sessions_total",
                "Client sessions started, by askpg user and upstream role (names from auth.users, its mapped roles and the role of upstream.url; others, passthrough logins among them, as \"other\")",
            ),
            &["user", "upstream_role"],
        )
        .unwrap();
        let identity_questions = IntCounterVec::new(
            Opts::new(
                "askpg_identity_questions_total",
                "Questions (ASK and EXPLAIN ASK) asked, by askpg user and upstream role (labelled as in askpg_identity_sessions_total)",
            ),
            &["user", "upstream_role"],
        )
        .unwrap();
        let bytes_to_client = relayed.with_label_values(&["to_client"]);
        let bytes_to_upstream = relayed.with_label_values(&["to_upstream"]);
        registry
            .register(Box::new(client_sessions.clone()))
            .unwrap();
        registry.register(Box::new(connections.clone())).unwrap();
        registry
            .register(Box::new(upstream_connect_errors.clone()))
            .unwrap();
        registry.register(Box::new(relayed)).unwrap();
        registry.register(Box::new(statements.clone())).unwrap();
        registry.register(Box::new(sql_duration.clone())).unwrap();
        registry.register(Box::new(refusals.clone())).unwrap();
        registry.register(Box::new(reloads.clone())).unwrap();
        registry.register(Box::new(ask_stages.clone())).unwrap();
        registry.register(Box::new(ask_repairs.clone())).unwrap();
        registry.register(Box::new(llm_requests.clone())).unwrap();
        registry.register(Box::new(llm_duration.clone())).unwrap();
        registry.register(Box::new(llm_tokens.clone())).unwrap();
        registry.register(Box::new(llm_cost.clone())).unwrap();
        registry.register(Box::new(cache_lookups.clone())).unwrap();
        registry.register(Box::new(cache_bypasses.clone())).unwrap();
        registry.register(Box::new(cache_stores.clone())).unwrap();
        registry.register(Box::new(cache_entries.clone())).unwrap();
        registry.register(Box::new(cache_weight.clone())).unwrap();
        registry
            .register(Box::new(identity_sessions.clone()))
            .unwrap();
        registry
            .register(Box::new(identity_questions.clone()))
            .unwrap();
        registry
            .register(Box::new(database_sessions.clone()))
            .unwrap();
        Self {
            registry,
            client_sessions,
            connections,
            upstream_connect_errors,
            bytes_to_client,
            bytes_to_upstream,
            sql_statements: StatementOutcome::ALL
                .map(|outcome| statements.with_label_values(&["sql", outcome.label()])),
            statements,
            sql_duration,
            refusals,
            reloads,
            ask_stages,
            ask_repairs,
            llm_requests,
            llm_duration,
            llm_tokens,
            llm_cost,
            cache_lookups,
            cache_bypasses,
            cache_stores,
            cache_entries,
            cache_weight,
            database_sessions,
            identity_sessions,
            identity_questions,
        }
    }

    /// Creates the series of every database label (the fixed set the configuration gives).
    pub fn database_labels(&self, labels: &[&str]) {
        for label in labels {
            self.database_sessions.with_label_values(&[label]);
        }
    }

    /// A client session started on the database labelled `label`.
    pub fn database_session(&self, label: &str) {
        self.database_sessions.with_label_values(&[label]).inc();
    }

    /// A client session of `user` started as `upstream_role` (labels from a fixed set,
    /// see [`crate::identity::metric_labels`]).
    pub fn identity_session(&self, user: &str, upstream_role: &str) {
        self.identity_sessions
            .with_label_values(&[user, upstream_role])
            .inc();
    }

    /// A question asked in a session labelled `user` and `upstream_role`.
    pub fn identity_question(&self, user: &str, upstream_role: &str) {
        self.identity_questions
            .with_label_values(&[user, upstream_role])
            .inc();
    }

    /// One tier of a cache lookup (`tier` from [`CACHE_TIERS`]) answered (`hit`) or not.
    pub fn cache_lookup(&self, tier: &'static str, hit: bool) {
        debug_assert!(CACHE_TIERS.contains(&tier));
        let result = if hit { "hit" } else { "miss" };
        self.cache_lookups.with_label_values(&[tier, result]).inc();
    }

    /// A reload ended, successfully or not.
    pub fn reload(&self, ok: bool) {
        let outcome = if ok {
            RELOAD_OUTCOMES[0]
        } else {
            RELOAD_OUTCOMES[1]
        };
        self.reloads.with_label_values(&[outcome]).inc();
    }

    /// A question skipped the cache (`reason` from [`CACHE_BYPASS_REASONS`]).
    pub fn cache_bypass(&self, reason: &'static str) {
        debug_assert!(CACHE_BYPASS_REASONS.contains(&reason));
        self.cache_bypasses.with_label_values(&[reason]).inc();
    }

    /// A translation was stored (`source` from [`CACHE_SOURCES`]).
    pub fn cache_stored(&self, source: &'static str) {
        debug_assert!(CACHE_SOURCES.contains(&source));
        self.cache_stores.with_label_values(&[source]).inc();
    }

    /// The cache's current size.
    pub fn cache_size(&self, entries: u64, weight_bytes: u64) {
        self.cache_entries
            .set(i64::try_from(entries).unwrap_or(i64::MAX));
        self.cache_weight
            .set(i64::try_from(weight_bytes).unwrap_or(i64::MAX));
    }

    /// An ASK or EXPLAIN ASK statement ended.
    pub fn ask_statement(&self, explain: bool, outcome: StatementOutcome) {
        let kind = if explain { "explain_ask" } else { "ask" };
        self.statements
            .with_label_values(&[kind, outcome.label()])
            .inc();
    }

    /// Time spent in one ASK stage (`stage` from [`ASK_STAGES`]).
    pub fn ask_stage(&self, stage: &'static str, elapsed: std::time::Duration) {
        debug_assert!(ASK_STAGES.contains(&stage));
        self.ask_stages
            .with_label_values(&[stage])
            .observe(elapsed.as_secs_f64());
    }

    /// A chat request finished (successfully or not) after `elapsed`.
    pub fn llm_request_done(&self, elapsed: std::time::Duration) {
        self.llm_duration.observe(elapsed.as_secs_f64());
    }

    /// A chat request succeeded.
    pub fn llm_ok(&self) {
        self.llm_requests.with_label_values(&["ok"]).inc();
    }

    /// A chat request failed: `kind` is timeout, http or malformed.
    pub fn llm_error(&self, kind: &'static str) {
        debug_assert!(LLM_OUTCOMES.contains(&kind));
        self.llm_requests.with_label_values(&[kind]).inc();
    }

    pub fn llm_tokens(
        &self,
        prompt: u64,
        completion: u64,
        prompt_price: f64,
        completion_price: f64,
    ) {
        self.llm_tokens
            .with_label_values(&["prompt"])
            .inc_by(prompt);
        self.llm_tokens
            .with_label_values(&["completion"])
            .inc_by(completion);
        let cost = (prompt as f64 * prompt_price + completion as f64 * completion_price) / 1e6;
        if cost > 0.0 {
            self.llm_cost.inc_by(cost);
        }
    }

    /// A passthrough SQL statement ended; `elapsed` from forwarding to ReadyForQuery.
    pub fn sql_statement(&self, outcome: StatementOutcome, elapsed: std::time::Duration) {
        self.sql_statements[outcome as usize].inc();
        self.sql_duration.observe(elapsed.as_secs_f64());
    }

    /// The guard refused a statement with this SQLSTATE.
    pub fn guard_refusal(&self, code: &str) {
        self.refusals
            .with_label_values(&[refusal_reason(code)])
            .inc();
    }

    pub fn connection(&self, outcome: ConnectionOutcome) {
        self.connections.with_label_values(&[outcome.label()]).inc();
    }

    /// The text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

/// The process-wide metrics.
pub static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);
