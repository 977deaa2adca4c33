//! The semantic cache: question → validated SQL, never results (those always come fresh
//! from the upstream). Two tiers:
//! - **exact**: the same question, its case, spacing, punctuation and the spelling of its
//!   literals aside (`key`);
//! - **intent**: a question the intent engine reads into the same intent, whatever its
//!   wording; another year, country, N, measure, grouping, ordering or period is another
//!   intent;
//! - **semantic**: the question's *skeleton* — its literals (years, quarters, months, dates,
//!   numbers, quoted strings, known column values) replaced by typed slots — is embedded and
//!   searched under HNSW (`index`). A candidate answers only when its similarity reaches
//!   `cache.similarity_threshold`, it has the same slots, it says the same thing but for
//!   filler (its *signature*, see `key`), and its SQL can be re-bound to the new literals
//!   with certainty ([`rebind`]); a literal whose SQL tokens were not certain when the entry
//!   was stored can only stay as it is.
//!
//! Entries belong to a *scope*: the corpus version (schema, glossary, examples, notes) and
//! a fingerprint of the policy that validated them (exposed relations, denied functions,
//! `ask.max_rows`). A reload that changes either starts an empty scope, seeded with the
//! corpus examples. Questions that read as follow-ups are neither looked up nor stored, and
//! SQL that reuses a literal of the session's earlier questions is not stored.

mod history;
mod index;
mod key;
mod report;
mod store;
#[cfg(test)]
mod tests;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use sha2::{Digest, Sha256};

use self::history::borrowed_literal;
use self::key::{Analysis, Reader};
use self::store::{Entry, Scoped};
use super::corpus::Corpus;
use super::embed::Embedder;
use super::literals::{rebind, rebindable, Literal};
use super::Turn;
use crate::config::{CacheConfig, Config};
use crate::guard::Guard;
use crate::metrics::METRICS;

use self::report::{entry_report, hit_report, round};
pub use self::report::{CacheReport, CacheStatus, EntryReport, Tier};
pub use self::store::EntrySource;

/// Semantic candidates examined per question.
const CANDIDATES: usize = 8;

/// What a lookup found.
pub enum Lookup {
    /// SQL from the cache, still to pass the strict policy.
    Hit(Hit),
    /// Nothing usable: generate, then [`QuestionCache::store`] with the probe.
    Miss(Probe),
    /// The cache does not apply to this question.
    Bypass(CacheReport),
}

/// A question looked up, kept to store its SQL once generated.
pub struct Probe {
    scoped: Arc<Scoped>,
    question: String,
    analysis: Analysis,
    vector: Vec<f32>,
    pub report: CacheReport,
}

pub struct Hit {
    pub sql: String,
    pub report: CacheReport,
    entry: u64,
    probe: Probe,
}

impl Hit {
    /// The hit's SQL failed the policy after all: the entry goes, and the question is
    /// generated as on a miss.
    pub fn reject(self, reason: String) -> Probe {
        self.probe.scoped.forget(self.entry);
        let mut probe = self.probe;
        probe.report = CacheReport {
            status: CacheStatus::Miss,
            reason: Some(format!(
                "the cached SQL no longer passes the policy: {reason}"
            )),
            ..self.report
        };
        probe
    }
}

/// A corpus example's validated SQL, to seed the cache with.
#[derive(Debug, Clone)]
pub struct Seed {
    pub example_id: String,
    pub question: String,
    pub sql: String,
}

/// A scope built for new knowledge, to [`QuestionCache::activate`] with it.
pub struct PreparedScope(Arc<Scoped>);

#[derive(Default)]
struct Stats {
    exact_hits: AtomicU64,
    intent_hits: AtomicU64,
    semantic_hits: AtomicU64,
    misses: AtomicU64,
    bypasses: AtomicU64,
    stored: AtomicU64,
}

pub struct QuestionCache {
    config: CacheConfig,
    embedder: Arc<dyn Embedder>,
    current: RwLock<Option<Arc<Scoped>>>,
    next_id: AtomicU64,
    stats: Stats,
}

/// Fingerprint of what the strict policy depends on beyond the corpus: the guard's
/// settings and catalog view, and the row cap.
pub fn policy_fingerprint(config: &Config, guard: &Guard) -> String {
    let catalog = guard.catalog();
    let mut relations: Vec<String> = catalog
        .relations
        .iter()
        .flat_map(|(name, schemas)| schemas.iter().map(move |s| format!("{s}.{name}")))
        .collect();
    relations.sort();
    let mut volatile: Vec<&String> = catalog.volatile_functions.iter().collect();
    volatile.sort();
    let mut exposed = config.guard.exposed_schemas.clone();
    exposed.sort();
    let mut denied = config.guard.denied_functions.clone();
    denied.sort();
    let parts = serde_json::json!([exposed, denied, config.ask.max_rows, relations, volatile]);
    format!("{:x}", Sha256::digest(parts.to_string().as_bytes()))
}

fn short(text: &str) -> &str {
    &text[..text.len().min(12)]
}

impl QuestionCache {
    pub fn new(config: &CacheConfig, embedder: Arc<dyn Embedder>) -> Self {
        QuestionCache {
            config: config.clone(),
            embedder,
            current: RwLock::new(None),
            next_id: AtomicU64::new(1),
            stats: Stats::default(),
        }
    }

    fn current(&self) -> Option<Arc<Scoped>> {
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Whether the active scope is this corpus version under this policy.
    pub fn is_current(&self, corpus_version: &str, policy: &str) -> bool {
        self.current()
            .is_some_and(|s| s.corpus_version == corpus_version && s.policy == policy)
    }

    /// An empty scope for `corpus` under `policy`, holding the seeds.
    pub async fn prepare(&self, corpus: &Corpus, policy: String, seeds: &[Seed]) -> PreparedScope {
        let reader = Arc::new(Reader::new(corpus));
        let mut scoped = Scoped::new(&self.config, corpus.version.clone(), policy, reader);
        let analyses: Vec<Analysis> = seeds
            .iter()
            .map(|s| scoped.reader.analyze(&s.question))
            .collect();
        let texts: Vec<String> = analyses.iter().map(|a| a.embedding_text.clone()).collect();
        let vectors = self.embed_all(&texts).await;
        for ((seed, analysis), vector) in seeds.iter().zip(analyses).zip(vectors) {
            if analysis.follow_up.is_some() || scoped.holds(&analysis.exact_key) {
                continue;
            }
            let source = EntrySource::Example {
                id: seed.example_id.clone(),
            };
            let entry = Arc::new(self.entry(&seed.question, analysis, vector, &seed.sql, source));
            scoped.insert(Arc::clone(&entry));
            scoped.seeds.push(entry);
            METRICS.cache_stored("example");
        }
        PreparedScope(Arc::new(scoped))
    }

    /// Vectors for the semantic tier (empty ones when it is off or the embedder fails).
    async fn embed_all(&self, texts: &[String]) -> Vec<Vec<f32>> {
        if !self.config.semantic || texts.is_empty() {
            return vec![Vec::new(); texts.len()];
        }
        match self.embedder.embed(texts).await {
            Ok(vectors) if vectors.len() == texts.len() => vectors,
            Ok(_) => vec![Vec::new(); texts.len()],
            Err(err) => {
                tracing::warn!(error = %err, "cache: no embeddings; those entries are found exactly only");
                vec![Vec::new(); texts.len()]
            }
        }
    }

    /// Makes `prepared` the active scope; the previous scope's entries are dropped.
    pub fn activate(&self, prepared: PreparedScope) {
        let scoped = prepared.0;
        tracing::info!(
            corpus = short(&scoped.corpus_version),
            policy = short(&scoped.policy),
            seeded = scoped.seeds.len(),
            "cache scope activated"
        );
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::clone(&scoped));
        self.publish_size(&scoped);
    }

    fn publish_size(&self, scoped: &Scoped) {
        let (entries, weight) = scoped.size();
        METRICS.cache_size(entries, weight);
    }

    fn entry(
        &self,
        question: &str,
        analysis: Analysis,
        vector: Vec<f32>,
        sql: &str,
        source: EntrySource,
    ) -> Entry {
        let literals = analysis.template.literals;
        Entry {
            id: self.next_id.fetch_add(1, Ordering::Relaxed),
            question: question.to_owned(),
            source,
            movable: rebindable(sql, &literals),
            literals,
            signature: analysis.signature,
            exact_key: analysis.exact_key,
            intent: analysis.intent,
            sql: sql.to_owned(),
            vector,
        }
    }

    fn bypass(&self, reason: &'static str, report: CacheReport) -> Lookup {
        self.stats.bypasses.fetch_add(1, Ordering::Relaxed);
        METRICS.cache_bypass(reason);
        Lookup::Bypass(report)
    }

    /// Looks `question` up in the scope of `corpus_version`.
    pub async fn lookup(&self, question: &str, corpus_version: &str) -> Lookup {
        let Some(scoped) = self
            .current()
            .filter(|s| s.corpus_version == corpus_version)
        else {
            return self.bypass(
                "reloading",
                CacheReport::bypass("the cache is switching to a reloaded corpus"),
            );
        };
        let analysis = scoped.reader.analyze(question);
        if let Some(reason) = analysis.follow_up {
            return self.bypass("not_standalone", CacheReport::bypass(reason));
        }
        if self.config.exact {
            let found = scoped.exact(&analysis.exact_key);
            METRICS.cache_lookup(Tier::Exact.label(), found.is_some());
            if let Some(entry) = found {
                self.stats.exact_hits.fetch_add(1, Ordering::Relaxed);
                let report = hit_report(&entry, Tier::Exact, None, Vec::new());
                return Lookup::Hit(Hit {
                    sql: entry.sql.clone(),
                    entry: entry.id,
                    probe: Probe {
                        scoped,
                        question: question.to_owned(),
                        analysis,
                        vector: Vec::new(),
                        report: report.clone(),
                    },
                    report,
                });
            }
        }
        let mut probe = Probe {
            scoped,
            question: question.to_owned(),
            analysis,
            vector: Vec::new(),
            report: CacheReport {
                status: CacheStatus::Miss,
                ..Default::default()
            },
        };
        if let Some(hit) = self.by_intent(&mut probe) {
            return Lookup::Hit(hit);
        }
        if self.config.semantic {
            if let Some(hit) = self.semantic(&mut probe).await {
                self.stats.semantic_hits.fetch_add(1, Ordering::Relaxed);
                return Lookup::Hit(hit);
            }
        } else {
            probe.report.reason = Some("no entry for this exact question".into());
        }
        self.stats.misses.fetch_add(1, Ordering::Relaxed);
        Lookup::Miss(probe)
    }

    /// The intent tier: an entry of the question's intent answers as it is. Part of the
    /// exact tier's switch, since it needs no embedding.
    fn by_intent(&self, probe: &mut Probe) -> Option<Hit> {
        if !self.config.exact {
            return None;
        }
        let key = &probe.analysis.intent.as_ref()?.full;
        let found = probe.scoped.by_intent(key);
        METRICS.cache_lookup(Tier::Intent.label(), found.is_some());
        let entry = found?;
        self.stats.intent_hits.fetch_add(1, Ordering::Relaxed);
        let report = hit_report(&entry, Tier::Intent, None, Vec::new());
        probe.report = report.clone();
        Some(Hit {
            sql: entry.sql.clone(),
            entry: entry.id,
            probe: Probe {
                scoped: Arc::clone(&probe.scoped),
                question: probe.question.clone(),
                analysis: probe.analysis.clone(),
                vector: Vec::new(),
                report: report.clone(),
            },
            report,
        })
    }

    /// The semantic tier; on a miss the probe's report says why.
    async fn semantic(&self, probe: &mut Probe) -> Option<Hit> {
        let text = std::slice::from_ref(&probe.analysis.embedding_text);
        probe.vector = match self.embedder.embed(text).await {
            Ok(mut vectors) => vectors.pop().unwrap_or_default(),
            Err(err) => {
                METRICS.cache_lookup(Tier::Semantic.label(), false);
                probe.report.reason = Some(format!("no embedding for the question: {err}"));
                return None;
            }
        };
        let candidates = probe.scoped.nearest(&probe.vector, CANDIDATES);
        let mut first_refusal: Option<(Arc<Entry>, f32, String)> = None;
        for (entry, similarity) in candidates {
            if similarity < self.config.similarity_threshold {
                first_refusal.get_or_insert_with(|| {
                    let why = format!(
                        "below the similarity threshold {}",
                        self.config.similarity_threshold
                    );
                    (Arc::clone(&entry), similarity, why)
                });
                break;
            }
            match reuse(&entry, &probe.analysis) {
                Ok((sql, rebound)) => {
                    METRICS.cache_lookup(Tier::Semantic.label(), true);
                    let report = hit_report(&entry, Tier::Semantic, Some(similarity), rebound);
                    probe.report = report.clone();
                    let probe = Probe {
                        scoped: Arc::clone(&probe.scoped),
                        question: probe.question.clone(),
                        analysis: probe.analysis.clone(),
                        vector: std::mem::take(&mut probe.vector),
                        report: report.clone(),
                    };
                    return Some(Hit {
                        sql,
                        report,
                        entry: entry.id,
                        probe,
                    });
                }
                Err(why) => {
                    first_refusal.get_or_insert_with(|| (Arc::clone(&entry), similarity, why));
                }
            }
        }
        METRICS.cache_lookup(Tier::Semantic.label(), false);
        match first_refusal {
            Some((entry, similarity, why)) => {
                probe.report.entry = Some(entry_report(&entry));
                probe.report.similarity = Some(round(similarity));
                probe.report.reason = Some(why);
            }
            None => probe.report.reason = Some("no similar question cached".into()),
        }
        None
    }

    /// Stores the validated `sql` generated for the probed question. `history` is what the
    /// generator saw: SQL that shows a literal only an earlier question named depended on
    /// it and is not stored. Returns the entry id, or why nothing was stored.
    pub fn store(
        &self,
        probe: Probe,
        sql: &str,
        source: EntrySource,
        history: &[Turn],
    ) -> Result<u64, String> {
        let Probe {
            scoped,
            question,
            analysis,
            vector,
            ..
        } = probe;
        if scoped.holds(&analysis.exact_key) {
            return Err("this question is already cached".into());
        }
        if let Some(literal) = borrowed_literal(&scoped, &analysis.template.literals, sql, history)
        {
            return Err(format!(
                "the SQL uses \"{}\" from an earlier question of the session",
                literal.text
            ));
        }
        let entry = self.entry(&question, analysis, vector, sql, source);
        let id = entry.id;
        scoped.insert(Arc::new(entry));
        scoped.tidy();
        self.stats.stored.fetch_add(1, Ordering::Relaxed);
        METRICS.cache_stored("generated");
        self.publish_size(&scoped);
        Ok(id)
    }

    /// Drops every entry but the seeded examples. Returns (entries dropped, examples kept).
    pub fn clear(&self) -> (u64, usize) {
        let mut current = self.current.write().unwrap_or_else(|p| p.into_inner());
        let Some(scoped) = current.as_ref() else {
            return (0, 0);
        };
        let (before, _) = scoped.size();
        let fresh = Arc::new(scoped.emptied(&self.config));
        let (after, _) = fresh.size();
        let seeds = fresh.seeds.len();
        *current = Some(Arc::clone(&fresh));
        drop(current);
        self.publish_size(&fresh);
        (before.saturating_sub(after), seeds)
    }

    /// `SHOW askpg.cache`.
    pub fn status(&self) -> Vec<(&'static str, String)> {
        let tiers: Vec<&str> = [
            (self.config.exact, "exact"),
            (self.config.semantic, "semantic"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| *name)
        .collect();
        let mut rows = vec![("cache", format!("on ({})", tiers.join(", ")))];
        match self.current() {
            Some(scoped) => {
                let (entries, weight) = scoped.size();
                self.publish_size(&scoped);
                rows.push(("corpus_version", scoped.corpus_version.clone()));
                rows.push(("policy", short(&scoped.policy).to_owned()));
                rows.push(("entries", entries.to_string()));
                rows.push(("examples", scoped.seeds.len().to_string()));
                rows.push(("weight_bytes", weight.to_string()));
            }
            None => rows.push(("entries", "0 (no corpus loaded yet)".into())),
        }
        let s = &self.stats;
        let load = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let (exact, intent, semantic, misses) = (
            load(&s.exact_hits),
            load(&s.intent_hits),
            load(&s.semantic_hits),
            load(&s.misses),
        );
        let hits = exact + intent + semantic;
        let lookups = hits + misses;
        let rate = if lookups == 0 {
            "-".to_owned()
        } else {
            format!("{:.1}%", 100.0 * hits as f64 / lookups as f64)
        };
        rows.extend([
            ("hits", hits.to_string()),
            ("hits_exact", exact.to_string()),
            ("hits_intent", intent.to_string()),
            ("hits_semantic", semantic.to_string()),
            ("misses", misses.to_string()),
            ("bypasses", load(&s.bypasses).to_string()),
            ("hit_rate", rate),
            ("stored", load(&s.stored).to_string()),
            (
                "similarity_threshold",
                self.config.similarity_threshold.to_string(),
            ),
            ("max_entries", self.config.max_entries.to_string()),
            ("max_weight_bytes", self.config.max_weight_bytes.to_string()),
            (
                "ttl",
                humantime::format_duration(self.config.ttl).to_string(),
            ),
        ]);
        rows
    }
}

/// The SQL of `entry` for the analyzed question, with the literals re-bound, and the
/// re-bindings as `old → new`; or why the entry does not answer it.
fn reuse(entry: &Entry, analysis: &Analysis) -> Result<(String, Vec<String>), String> {
    if let (Some(theirs), Some(ours)) = (&entry.intent, &analysis.intent) {
        if theirs.structure != ours.structure {
            return Err("it asks something else (their intents differ beyond literals)".into());
        }
    }
    if !entry.signature.matches(&analysis.signature) {
        return Err("it does not say the same thing (words other than filler differ)".into());
    }
    let mut used = vec![false; entry.literals.len()];
    let mut from: Vec<Literal> = Vec::with_capacity(used.len());
    let mut rebound = Vec::new();
    for literal in &analysis.template.literals {
        let slot = literal.slot();
        let Some(j) = (0..used.len()).find(|&j| !used[j] && entry.literals[j].slot() == slot)
        else {
            return Err("its literal slots differ".into());
        };
        used[j] = true;
        let old = &entry.literals[j];
        if !old.same_value(literal) {
            if !entry.movable[j] {
                return Err(format!(
                    "its SQL does not show \"{}\" in a form that can be re-bound with certainty",
                    old.text
                ));
            }
            rebound.push(format!("{} → {}", old.text, literal.text));
        }
        from.push(old.clone());
    }
    if used.iter().any(|u| !u) {
        return Err("its literal slots differ".into());
    }
    let to = &analysis.template.literals;
    match rebind(&entry.sql, &from, to) {
        Some(sql) => Ok((sql, rebound)),
        None => Err("its SQL cannot be re-bound to these literals with certainty".into()),
    }
}
