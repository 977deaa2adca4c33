//! What EXPLAIN ASK and the audit log say about one question.

use std::collections::BTreeMap;

use serde::Serialize;

use super::cache::CacheReport;
use super::retrieve::{Context, Knowledge};
use super::Attempt;

/// What EXPLAIN ASK and the audit log report about one question.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub question: String,
    /// The SQL that runs (or would run), when one was produced.
    pub sql: Option<String>,
    pub corpus_version: String,
    pub generator: String,
    pub model: String,
    /// What the semantic cache did for this question.
    pub cache: CacheReport,
    /// The corpus chunk the SQL came from (built-in generator).
    pub derived_from: Option<String>,
    /// What answered: `cache`, `intent`, `example`, `builtin` or `llm` (see
    /// [`crate::ask::generate::Generation::route`]).
    pub route: String,
    /// The intent the question was read into (built-in question engine), as JSON.
    pub intent: Option<serde_json::Value>,
    pub sources: Vec<SourceReport>,
    pub tables: Vec<String>,
    /// Why each table of `tables` was chosen: the signal behind it.
    pub why: Vec<TableReason>,
    pub joins: Vec<String>,
    pub context_tokens: usize,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub repairs: u32,
    /// Rejected attempts, in order.
    pub rejected: Vec<RejectedReport>,
    /// Milliseconds per stage (cache, retrieval, generation, validation, total).
    pub timings_ms: BTreeMap<&'static str, f64>,
    /// Why no SQL was produced, when none was.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TableReason {
    pub table: String,
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceReport {
    pub id: String,
    pub kind: String,
    pub score: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct RejectedReport {
    pub sql: String,
    pub sqlstate: String,
    pub error: String,
}

impl From<&Attempt> for RejectedReport {
    fn from(a: &Attempt) -> Self {
        Self {
            sql: a.sql.clone(),
            sqlstate: a.code.clone(),
            error: a.error.clone(),
        }
    }
}

impl Report {
    /// Records what retrieval chose: sources, tables, joins and context size.
    pub fn describe_context(&mut self, knowledge: &Knowledge, context: &Context) {
        let report = self;
        let corpus = &knowledge.corpus;
        report.context_tokens = context.tokens;
        report.sources = context
            .sources
            .iter()
            .map(|s| SourceReport {
                id: s.id.clone(),
                kind: serde_json::to_value(s.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                score: (s.score * 1000.0).round() / 1000.0,
            })
            .collect();
        report.tables = context
            .tables
            .iter()
            .filter_map(|t| corpus.tables.get(t.table))
            .map(|t| format!("{}.{}", t.schema, t.name))
            .collect();
        report.why = context
            .tables
            .iter()
            .filter_map(|t| {
                let table = corpus.tables.get(t.table)?;
                Some(TableReason {
                    table: format!("{}.{}", table.schema, table.name),
                    why: t.why.clone(),
                })
            })
            .collect();
        report.joins = context
            .joins
            .iter()
            .filter_map(|j| {
                let from = corpus.tables.get(j.from_table)?;
                let to = corpus.tables.get(j.to_table)?;
                Some(
                    j.from_columns
                        .iter()
                        .zip(&j.to_columns)
                        .map(|(f, t)| {
                            format!(
                                "{}.{}.{f} = {}.{}.{t}",
                                from.schema, from.name, to.schema, to.name
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" AND "),
                )
            })
            .collect();
    }
}
