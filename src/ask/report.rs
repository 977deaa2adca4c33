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
    /// What the refusal suggests instead: the rephrasings of the readings the question
    /// engine hesitated between, or questions it can answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// EXPLAIN ASK with an LLM and the question engine: what the route that did not answer
    /// would run, and whether it agrees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub second_opinion: Option<SecondOpinionReport>,
}

/// What the other route would run, compared with the SQL that answers.
#[derive(Debug, Clone, Serialize)]
pub struct SecondOpinionReport {
    /// `llm` or `intent`.
    pub route: String,
    pub sql: Option<String>,
    /// Why it produced no SQL, when it did not.
    pub error: Option<String>,
    /// `same SQL`, `different SQL, same tables`, `different tables` or `no SQL`.
    pub verdict: String,
    /// The tables only one of the two reads, when they differ.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tables_differ: Vec<String>,
}

impl SecondOpinionReport {
    /// Compares `answer` (the SQL that answers) with the other route's `other`: the same
    /// statement once both are parsed and printed again, or the same tables read.
    pub fn compare(answer: &str, route: &str, other: Result<String, String>) -> Self {
        let (sql, error) = match other {
            Ok(sql) => (Some(sql), None),
            Err(error) => (None, Some(error)),
        };
        let mut tables_differ = Vec::new();
        let verdict = match &sql {
            None => "no SQL",
            Some(other) if canonical(other) == canonical(answer) => "same SQL",
            Some(other) => {
                let read = |sql: &str| {
                    crate::ask::learn::parse::observe(sql)
                        .map(|o| o.tables)
                        .unwrap_or_default()
                };
                let (a, b) = (read(answer), read(other));
                tables_differ = a.symmetric_difference(&b).cloned().collect();
                if tables_differ.is_empty() {
                    "different SQL, same tables"
                } else {
                    "different tables"
                }
            }
        };
        SecondOpinionReport {
            route: route.to_owned(),
            sql,
            error,
            verdict: verdict.to_owned(),
            tables_differ,
        }
    }
}

/// A statement printed back from its parse, in lower case outside string literals
/// (spacing, case and a final semicolon aside); the text itself when it does not parse.
fn canonical(sql: &str) -> String {
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::parser::Parser;
    let trimmed = sql.trim().trim_end_matches(';');
    let printed = match Parser::parse_sql(&PostgreSqlDialect {}, trimmed) {
        Ok(statements) => statements
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join("; "),
        Err(_) => trimmed.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    let mut in_literal = false;
    printed
        .chars()
        .map(|c| {
            if c == '\'' {
                in_literal = !in_literal;
            }
            if in_literal {
                c
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::SecondOpinionReport;

    #[test]
    fn second_opinions_compare_statements_then_tables() {
        let answer = "SELECT country, sum(total) FROM invoices GROUP BY country";
        let same = SecondOpinionReport::compare(
            answer,
            "llm",
            Ok("select country,\n  SUM(total)\nfrom invoices group by country;".into()),
        );
        assert_eq!(same.verdict, "same SQL");
        let reordered = SecondOpinionReport::compare(
            answer,
            "llm",
            Ok("SELECT country, count(*) FROM invoices GROUP BY country".into()),
        );
        assert_eq!(reordered.verdict, "different SQL, same tables");
        let other = SecondOpinionReport::compare(
            answer,
            "intent",
            Ok("SELECT c.country, sum(i.total) FROM invoices i JOIN customers c ON c.id = i.customer_id GROUP BY 1".into()),
        );
        assert_eq!(other.verdict, "different tables");
        assert_eq!(other.tables_differ, ["customers"]);
        let none = SecondOpinionReport::compare(answer, "llm", Err("the LLM timed out".into()));
        assert_eq!(
            (none.verdict.as_str(), none.error.as_deref()),
            ("no SQL", Some("the LLM timed out"))
        );
    }
}
