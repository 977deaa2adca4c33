//! One question from text to validated SQL, under the ASK deadline: the cache, retrieval,
//! generation, the strict policy, EXPLAIN upstream, and repair attempts fed with each
//! rejection.
//!
//! The [`Asker`] owns the current [`Knowledge`] (swapped whole on reload: questions in
//! flight finish on the one they started with), the embedder, the generator, the semantic
//! cache and a small pool of side connections for EXPLAIN checks.

use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tokio_postgres::Client;

use super::cache::{EntrySource, Lookup, Probe, QuestionCache, Seed};
use super::embed::Embedder;
use super::generate::{GenerationRequest, Generator};
use super::learn::Learner;
use super::report::SecondOpinionReport;
use super::retrieve::{Context, Hints, Knowledge};
use super::{validate, AskError, Attempt, Turn};

mod roles;
mod side;
use crate::config::Config;
use crate::guard::Guard;
use crate::identity::Identity;
use crate::metrics::METRICS;
pub use roles::RoleLease;
use roles::{RoleSlot, View};

pub use super::report::{RejectedReport, Report, SourceReport};

/// A question answered with SQL.
#[derive(Debug, Clone)]
pub struct Answer {
    pub sql: String,
    pub report: Report,
}

/// Whether a question is answered to run its SQL or only to explain it (EXPLAIN ASK, which
/// leaves the cache as it found it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Run,
    Explain,
}

/// The state of the knowledge askpg answers from.
enum KnowledgeState {
    Loading,
    Ready(Arc<Knowledge>),
    Failed(String),
}

pub struct Asker {
    config: Config,
    guard: Arc<Guard>,
    embedder: Arc<dyn Embedder>,
    generator: Arc<dyn Generator>,
    knowledge: RwLock<KnowledgeState>,
    /// Serializes reloads.
    reload_lock: tokio::sync::Mutex<()>,
    explain_pool: Mutex<Vec<Client>>,
    /// The semantic cache, unless `cache.enabled = false`.
    cache: Option<Arc<QuestionCache>>,
    /// Runtime that owns the side connections (sessions run on their own runtimes).
    runtime: tokio::runtime::Handle,
    /// What the SQL relayed through askpg says about the schema.
    learner: Learner,
    /// The views of roles other than the configured one (see [`roles`]).
    roles: roles::RoleSlots,
    pub audit: Option<Arc<super::audit::AuditLog>>,
}

/// Side connections kept for EXPLAIN checks.
const EXPLAIN_POOL: usize = 4;

impl Asker {
    /// An asker with the given embedder and generator; knowledge comes from [`Self::reload`]
    /// or [`Self::install`].
    pub fn new(
        config: &Config,
        guard: Arc<Guard>,
        embedder: Arc<dyn Embedder>,
        generator: Arc<dyn Generator>,
    ) -> Result<Self, String> {
        let audit = if config.audit.path.is_empty() {
            None
        } else {
            Some(Arc::new(
                super::audit::AuditLog::open(&config.audit.path)
                    .map_err(|e| format!("audit.path = {:?}: {e}", config.audit.path))?,
            ))
        };
        let cache = config
            .cache
            .enabled
            .then(|| Arc::new(QuestionCache::new(&config.cache, Arc::clone(&embedder))));
        Ok(Self {
            config: config.clone(),
            guard,
            embedder,
            generator,
            cache,
            knowledge: RwLock::new(KnowledgeState::Loading),
            reload_lock: tokio::sync::Mutex::new(()),
            explain_pool: Mutex::new(Vec::new()),
            runtime: tokio::runtime::Handle::current(),
            learner: Learner::start(config, &tokio::runtime::Handle::current()),
            roles: roles::RoleSlots::default(),
            audit,
        })
    }

    /// Builds the asker the configuration describes: the OpenAI-compatible generator when
    /// `llm.base_url` is set, the built-in one otherwise; the embedder likewise.
    pub fn from_config(config: &Config, guard: Arc<Guard>) -> Result<Self, String> {
        let embedder = super::embed::from_config(&config.embeddings);
        let generator: Arc<dyn Generator> = if config.llm.base_url.is_empty() {
            Arc::new(super::generate::builtin::BuiltinGenerator::new())
        } else {
            Arc::new(super::generate::route::RoutedGenerator::new(
                config.ask.route,
                Box::new(super::generate::openai::OpenAiGenerator::new(&config.llm)),
                super::generate::builtin::BuiltinGenerator::new(),
            ))
        };
        Self::new(config, guard, embedder, generator)
    }

    /// `builtin` or `openai`.
    pub fn generator_name(&self) -> &'static str {
        self.generator.name()
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The runtime that owns the side connections; questions are answered on it, off the
    /// session threads.
    pub fn runtime(&self) -> &tokio::runtime::Handle {
        &self.runtime
    }

    /// Learns from one SQL statement a client sent (plain SQL the relay forwards, not
    /// questions): cheap and never blocking — the text is queued for the main runtime.
    pub fn observe_sql(&self, sql: &str) {
        self.learner.observe(sql);
    }

    /// [`Self::observe_sql`] for a session of `identity`: a session with its own role
    /// teaches that role's learner only.
    pub fn observe_sql_as(&self, identity: &Identity, sql: &str) {
        match identity.scope() {
            None => self.observe_sql(sql),
            Some(role) => self
                .slot(role, matches!(identity, Identity::Mapped(_)))
                .learner
                .observe(sql),
        }
    }

    /// What was learned from relayed SQL, for `SHOW askpg.corpus`.
    pub fn learned_status(&self) -> Vec<(&'static str, String)> {
        self.learner.status()
    }

    /// The semantic cache, when enabled.
    pub fn cache(&self) -> Option<&QuestionCache> {
        self.cache.as_deref()
    }

    /// The knowledge questions are answered from, if loaded.
    pub fn knowledge(&self) -> Result<Arc<Knowledge>, String> {
        match &*self.knowledge.read().unwrap_or_else(|p| p.into_inner()) {
            KnowledgeState::Ready(k) => Ok(k.clone()),
            KnowledgeState::Loading => Err("the corpus is still loading".into()),
            KnowledgeState::Failed(e) => Err(format!("the corpus could not be loaded: {e}")),
        }
    }

    /// Swaps in new knowledge; questions in flight keep the one they started with.
    pub fn install(&self, knowledge: Knowledge) {
        *self.knowledge.write().unwrap_or_else(|p| p.into_inner()) =
            KnowledgeState::Ready(Arc::new(knowledge));
    }

    /// Re-reads the corpus and re-introspects the upstream, then swaps atomically.
    /// Returns a one-line account of what changed. On failure the old knowledge stays.
    pub async fn reload(&self) -> Result<String, String> {
        let _one_at_a_time = self.reload_lock.lock().await;
        let started = Instant::now();
        let corpus = super::load::load(&self.config, &self.guard)
            .await
            .map_err(|e| e.to_string());
        let corpus = match corpus {
            Ok(corpus) => corpus,
            Err(e) => {
                let mut state = self.knowledge.write().unwrap_or_else(|p| p.into_inner());
                if !matches!(*state, KnowledgeState::Ready(_)) {
                    *state = KnowledgeState::Failed(e.clone());
                }
                return Err(e);
            }
        };
        let before = self.knowledge().ok();
        let knowledge = Knowledge::build(corpus, self.embedder.as_ref())
            .await
            .map_err(|e| e.to_string())?;
        let summary = knowledge.corpus.summary();
        let changes = match &before {
            Some(before) if before.corpus.version == knowledge.corpus.version => {
                "corpus unchanged".to_owned()
            }
            Some(before) => format!(
                "corpus {} -> {}: {}",
                short(&before.corpus.version),
                short(&knowledge.corpus.version),
                summary
            ),
            None => format!(
                "corpus {} loaded: {}",
                short(&knowledge.corpus.version),
                summary
            ),
        };
        let scope = match &self.cache {
            Some(cache) => self.rescope(cache, &knowledge.corpus, None).await,
            None => None,
        };
        self.install(knowledge);
        self.forget_role_views().await;
        if let (Some(cache), Some(scope)) = (&self.cache, scope) {
            cache.activate(scope);
        }
        tracing::info!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            "{changes}"
        );
        Ok(changes)
    }

    /// A new cache scope seeded with the corpus examples, unless the active scope already
    /// belongs to this corpus version and policy (then its entries stay).
    async fn rescope(
        &self,
        cache: &QuestionCache,
        corpus: &super::corpus::Corpus,
        role: Option<&RoleSlot>,
    ) -> Option<super::cache::PreparedScope> {
        let policy = super::cache::policy_fingerprint(&self.config, &self.guard);
        if cache.is_current(&corpus.version, &policy) {
            return None;
        }
        let seeds = if self.config.cache.seed_examples {
            self.seeds(corpus, role).await
        } else {
            Vec::new()
        };
        Some(cache.prepare(corpus, policy, &seeds).await)
    }

    /// The corpus examples whose SQL passes the strict policy (and EXPLAIN, when the
    /// corpus load did not already check them).
    async fn seeds(&self, corpus: &super::corpus::Corpus, role: Option<&RoleSlot>) -> Vec<Seed> {
        let mut seeds = Vec::with_capacity(corpus.examples.len());
        for example in &corpus.examples {
            let checked = validate::check_generated(
                &self.guard,
                corpus,
                &example.sql,
                self.config.ask.max_rows,
            );
            let sql = match checked {
                Ok(sql) if self.config.corpus.validate_examples => sql,
                Ok(sql) => match self.explain(&sql, role).await {
                    Ok(()) => sql,
                    Err(_) => continue,
                },
                Err(rejection) => {
                    tracing::debug!(example = %example.id, error = %rejection.error, "example not seeded into the cache");
                    continue;
                }
            };
            seeds.push(Seed {
                example_id: example.id.clone(),
                question: example.question.clone(),
                sql,
            });
        }
        seeds
    }

    /// Answers one question of the configured role under `ask.deadline`.
    pub async fn answer(
        &self,
        question: &str,
        history: &[Turn],
        mode: Mode,
    ) -> Result<Answer, (AskError, Report)> {
        self.answer_as(&Identity::Configured, question, history, mode)
            .await
    }

    /// Answers one question of a session with `identity` under `ask.deadline`, from what
    /// its role may read. The error comes with what was learned before it (for EXPLAIN
    /// ASK and the audit log).
    pub async fn answer_as(
        &self,
        identity: &Identity,
        question: &str,
        history: &[Turn],
        mode: Mode,
    ) -> Result<Answer, (AskError, Report)> {
        let deadline = self.config.ask.deadline;
        let mut report = Report {
            question: question.to_owned(),
            generator: self.generator.name().to_owned(),
            ..Default::default()
        };
        // The thread's name shows in logs that include it: never a session thread.
        tracing::debug!(
            thread = std::thread::current().name(),
            "answering a question"
        );
        let started = Instant::now();
        let work = self.work(identity, question, history, mode, &mut report);
        let outcome = tokio::time::timeout(deadline, work).await;
        report
            .timings_ms
            .insert("total", started.elapsed().as_secs_f64() * 1000.0);
        match outcome {
            Ok(Ok(sql)) => {
                report.sql = Some(sql.clone());
                Ok(Answer { sql, report })
            }
            Ok(Err(err)) => {
                report.error = Some(err.to_string());
                if let AskError::Unanswerable { hint, .. } = &err {
                    report.hint = Some(hint.clone()).filter(|h| !h.is_empty());
                }
                Err((err, report))
            }
            Err(_) => {
                let err = AskError::Deadline(deadline);
                report.error = Some(err.to_string());
                Err((err, report))
            }
        }
    }

    async fn work(
        &self,
        identity: &Identity,
        question: &str,
        history: &[Turn],
        mode: Mode,
        report: &mut Report,
    ) -> Result<String, AskError> {
        let view = self.view(identity).await?;
        report.corpus_version = view.knowledge.corpus.version.clone();
        let probe = match self.cached(&view, question, report).await {
            Ok(sql) => return Ok(sql),
            Err(probe) => probe,
        };
        let context = self.retrieve(&view, question, history, report).await?;
        let history = &history[history
            .len()
            .saturating_sub(self.config.ask.history_turns as usize)..];
        let sql = self
            .generate(&view, question, &context, history, mode, report)
            .await?;
        if let (Some(cache), Some(probe), Mode::Run) = (&view.cache, probe, mode) {
            let source = EntrySource::Generated {
                generator: self.generator.name().to_owned(),
                model: report.model.clone(),
            };
            match cache.store(probe, &sql, source, history) {
                Ok(id) => report.cache.stored = Some(id),
                Err(why) => report.cache.not_stored = Some(why),
            }
        }
        Ok(sql)
    }

    /// The cache's answer, checked against the strict policy; otherwise the probe to store
    /// the generated SQL with (None when the cache is off or does not apply).
    async fn cached(
        &self,
        view: &View,
        question: &str,
        report: &mut Report,
    ) -> Result<String, Option<Probe>> {
        let Some(cache) = &view.cache else {
            return Err(None);
        };
        let knowledge = &view.knowledge;
        let started = Instant::now();
        let result = match cache.lookup(question, &knowledge.corpus.version).await {
            Lookup::Bypass(bypass) => {
                report.cache = bypass;
                Err(None)
            }
            Lookup::Miss(probe) => {
                report.cache = probe.report.clone();
                Err(Some(probe))
            }
            Lookup::Hit(hit) => match validate::check_generated(
                &self.guard,
                &knowledge.corpus,
                &hit.sql,
                self.config.ask.max_rows,
            ) {
                Ok(sql) => {
                    report.route = "cache".to_owned();
                    report.derived_from = hit.report.entry.as_ref().map(|e| {
                        if e.source.starts_with("example:") {
                            e.source.clone()
                        } else {
                            format!("cache:{}", e.id)
                        }
                    });
                    report.cache = hit.report;
                    Ok(sql)
                }
                Err(rejection) => {
                    let probe = hit.reject(rejection.error);
                    report.cache = probe.report.clone();
                    Err(Some(probe))
                }
            },
        };
        let elapsed = started.elapsed();
        METRICS.ask_stage("cache", elapsed);
        report.timings_ms.insert("cache", ms(elapsed));
        result
    }

    /// The context retrieval gives `question` asked on its own, with the report of how it
    /// was chosen (what EXPLAIN ASK shows of it). The retrieval benchmark measures this.
    pub async fn context(&self, question: &str) -> Result<(Context, Report), AskError> {
        let view = self.view(&Identity::Configured).await?;
        let mut report = Report {
            question: question.to_owned(),
            corpus_version: view.knowledge.corpus.version.clone(),
            ..Default::default()
        };
        let context = self.retrieve(&view, question, &[], &mut report).await?;
        Ok((context, report))
    }

    /// The retrieved context; a follow-up ("what about 2011?") retrieves with the previous
    /// question too.
    async fn retrieve(
        &self,
        view: &View,
        question: &str,
        history: &[Turn],
        report: &mut Report,
    ) -> Result<Context, AskError> {
        let started = Instant::now();
        let retrieval_text = match history.last() {
            Some(last) => format!("{question}\n{}", last.question),
            None => question.to_owned(),
        };
        let vector = self
            .embedder
            .embed(std::slice::from_ref(&retrieval_text))
            .await?
            .pop()
            .unwrap_or_default();
        let knowledge = &*view.knowledge;
        let found = self
            .look_up_values(view, &retrieval_text, &vector, report)
            .await;
        let learner = match &view.role {
            Some(slot) => &slot.learner,
            None => &self.learner,
        };
        let learned = learner.stats();
        let hints = Hints {
            found: &found,
            learned: learner.enabled().then_some(&*learned),
        };
        let context = knowledge.retrieve_with(
            &retrieval_text,
            &vector,
            self.config.ask.context_tokens as usize,
            hints,
        );
        let elapsed = started.elapsed();
        METRICS.ask_stage("retrieval", elapsed);
        report.timings_ms.insert("retrieval", ms(elapsed));
        report.describe_context(knowledge, &context);
        Ok(context)
    }

    /// Generation, the strict policy and EXPLAIN, with repairs.
    async fn generate(
        &self,
        view: &View,
        question: &str,
        context: &Context,
        history: &[Turn],
        mode: Mode,
        report: &mut Report,
    ) -> Result<String, AskError> {
        let knowledge = &*view.knowledge;
        let mut rejected: Vec<Attempt> = Vec::new();
        let (mut generating, mut validating) = (Duration::ZERO, Duration::ZERO);
        let result = loop {
            let started = Instant::now();
            let request = GenerationRequest {
                question,
                corpus: &knowledge.corpus,
                context,
                history,
                rejected: &rejected,
                max_rows: self.config.ask.max_rows,
                intent: None,
            };
            let generated = self.generator.generate(&request).await;
            generating += started.elapsed();
            let generation = generated?;
            report.model = generation.model.clone();
            report.prompt_tokens += generation.prompt_tokens;
            report.completion_tokens += generation.completion_tokens;
            report.derived_from = generation.derived_from.clone();
            report.route = generation.route.to_owned();
            report.intent = generation
                .intent
                .as_deref()
                .and_then(|i| serde_json::from_str(i).ok());

            let started = Instant::now();
            let checked = match validate::check_generated(
                &self.guard,
                &knowledge.corpus,
                &generation.sql,
                self.config.ask.max_rows,
            ) {
                Ok(sql) => self.explain(&sql, view.role.as_deref()).await.map(|()| sql),
                Err(rejection) => Err(rejection),
            };
            validating += started.elapsed();
            match checked {
                Ok(sql) if mode == Mode::Explain => {
                    let opinion = self.generator.second_opinion(&request, &generation).await;
                    report.second_opinion =
                        opinion.map(|o| SecondOpinionReport::compare(&sql, o.route, o.sql));
                    break Ok(sql);
                }
                Ok(sql) => break Ok(sql),
                Err(rejection) => {
                    tracing::debug!(sqlstate = %rejection.code, error = %rejection.error, "generated SQL rejected");
                    report.rejected.push(RejectedReport::from(&rejection));
                    rejected.push(rejection);
                    if rejected.len() > self.config.llm.max_repairs as usize {
                        let last = rejected.pop().expect("one");
                        break Err(AskError::Invalid {
                            message: last.error,
                            code: last.code,
                            sql: last.sql,
                        });
                    }
                    report.repairs += 1;
                    METRICS.ask_repairs.inc();
                }
            }
        };
        METRICS.ask_stage("generation", generating);
        METRICS.ask_stage("validation", validating);
        report.timings_ms.insert("generation", ms(generating));
        report.timings_ms.insert("validation", ms(validating));
        result
    }

    /// EXPLAIN on a pooled side connection owned by the server's runtime, as `role` when
    /// the question is a role's.
    async fn explain(&self, sql: &str, role: Option<&RoleSlot>) -> Result<(), Attempt> {
        let client = self.side_client(role).await.map_err(|error| Attempt {
            sql: sql.to_owned(),
            code: crate::error::sqlstate::CONNECTION_FAILURE.into(),
            error,
        })?;
        let result = validate::explain(&client, sql).await;
        self.give_back(client, role);
        result
    }
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

fn short(version: &str) -> &str {
    &version[..version.len().min(12)]
}
