//! The totals of a run, the JSON document (`--format json`, `--report`) and the text form.

use std::fmt::Write;

use serde::Serialize;

use super::golden::Entry;
use super::score::{Scored, Status};
use crate::config::LlmConfig;

/// The totals over every question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub total: usize,
    pub right: usize,
    pub wrong: usize,
    pub refused: usize,
    pub errors: usize,
    /// right / total.
    pub accuracy: f64,
    /// right / (right + wrong); null when no answer ran.
    pub precision: Option<f64>,
    pub latency_ms_p50: f64,
    pub latency_ms_p95: f64,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    /// In the currency of `llm.*_price_per_million`.
    pub cost_estimate: f64,
}

impl Summary {
    pub fn of(scored: &[Scored], llm: &LlmConfig) -> Summary {
        let count = |status: Status| scored.iter().filter(|s| s.status == status).count();
        let (right, wrong) = (count(Status::Right), count(Status::Wrong));
        let total = scored.len();
        let prompt_tokens = scored.iter().map(|s| s.prompt_tokens).sum();
        let completion_tokens = scored.iter().map(|s| s.completion_tokens).sum();
        let mut latencies: Vec<f64> = scored.iter().map(|s| millis(s.latency)).collect();
        latencies.sort_by(f64::total_cmp);
        let cost = (prompt_tokens as f64 * llm.prompt_price_per_million
            + completion_tokens as f64 * llm.completion_price_per_million)
            / 1e6;
        Summary {
            total,
            right,
            wrong,
            refused: count(Status::Refused),
            errors: count(Status::Error),
            accuracy: ratio(right, total).unwrap_or(0.0),
            precision: ratio(right, right + wrong),
            latency_ms_p50: percentile(&latencies, 50),
            latency_ms_p95: percentile(&latencies, 95),
            prompt_tokens,
            completion_tokens,
            cost_estimate: (cost * 1e6).round() / 1e6,
        }
    }

    /// Whether the accuracy reaches `min_percent`, compared without rounding.
    pub fn meets(&self, min_percent: f64) -> bool {
        self.right as f64 * 100.0 >= min_percent * self.total as f64
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The nearest-rank percentile of sorted values (0 for none).
fn percentile(sorted: &[f64], percent: usize) -> f64 {
    let rank = (percent * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied().unwrap_or(0.0)
}

/// Milliseconds to the microsecond.
pub fn millis(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

/// What produced the answers, so that two reports can be told apart.
#[derive(Debug, Clone, Serialize)]
pub struct RunInfo {
    pub askpg_version: &'static str,
    pub golden: String,
    /// `builtin` or `openai`.
    pub generator: &'static str,
    pub model: String,
    pub corpus_version: String,
    /// Whether the semantic cache was consulted (`--cache`).
    pub cache: bool,
}

/// One question in the JSON document.
#[derive(Serialize)]
struct Question<'a> {
    id: &'a str,
    question: &'a str,
    status: Status,
    sql: Option<&'a str>,
    gold_sql: &'a str,
    repairs: u32,
    cache: &'a str,
    latency_ms: f64,
    prompt_tokens: u64,
    completion_tokens: u64,
    tags: &'a [String],
    order_matters: bool,
    detail: Option<&'a str>,
}

#[derive(Serialize)]
struct Document<'a> {
    run: &'a RunInfo,
    summary: &'a Summary,
    questions: Vec<Question<'a>>,
}

/// The JSON document of a run.
pub fn json(run: &RunInfo, summary: &Summary, entries: &[Entry], scored: &[Scored]) -> String {
    let questions = entries
        .iter()
        .zip(scored)
        .map(|(entry, s)| Question {
            id: &entry.id,
            question: &entry.question,
            status: s.status,
            sql: s.sql.as_deref(),
            gold_sql: &entry.sql,
            repairs: s.repairs,
            cache: &s.cache,
            latency_ms: millis(s.latency),
            prompt_tokens: s.prompt_tokens,
            completion_tokens: s.completion_tokens,
            tags: &entry.tags,
            order_matters: entry.order_matters,
            detail: s.detail.as_deref(),
        })
        .collect();
    let document = Document {
        run,
        summary,
        questions,
    };
    serde_json::to_string_pretty(&document).expect("the document serializes")
}

/// The text form: what ran, a table per question, why each question that is not right is
/// not, and the totals.
pub fn text(run: &RunInfo, summary: &Summary, entries: &[Entry], scored: &[Scored]) -> String {
    let mut out = String::new();
    let model = match run.generator {
        "builtin" => String::new(),
        _ => format!(" (model {})", run.model),
    };
    let _ = writeln!(
        out,
        "askpg {} eval of {}: generator {}{model}, corpus {}, cache {}\n",
        run.askpg_version,
        run.golden,
        run.generator,
        &run.corpus_version[..run.corpus_version.len().min(12)],
        if run.cache { "on" } else { "off" },
    );
    let width = entries.iter().map(|e| e.id.len()).max().unwrap_or(2).max(2);
    let _ = writeln!(
        out,
        "{:<width$}  {:<7}  {:>7}  {:<12}  {:>10}  {:>7}",
        "id", "status", "repairs", "cache", "latency_ms", "tokens"
    );
    for (entry, s) in entries.iter().zip(scored) {
        let _ = writeln!(
            out,
            "{:<width$}  {:<7}  {:>7}  {:<12}  {:>10.1}  {:>7}",
            entry.id,
            s.status.label(),
            s.repairs,
            s.cache,
            millis(s.latency),
            s.prompt_tokens + s.completion_tokens
        );
    }
    let unexplained: Vec<String> = entries
        .iter()
        .zip(scored)
        .filter(|(_, s)| s.status != Status::Right)
        .filter_map(|(entry, s)| {
            let detail = s.detail.as_deref()?;
            let first_line = detail.lines().next().unwrap_or_default();
            Some(format!(
                "  {} ({}): {first_line}",
                entry.id,
                s.status.label()
            ))
        })
        .collect();
    if !unexplained.is_empty() {
        let _ = writeln!(out, "\nnot right:\n{}", unexplained.join("\n"));
    }
    let percent = |v: f64| format!("{:.1} %", v * 100.0);
    let _ = writeln!(
        out,
        "\n{} questions: right {}, wrong {}, refused {}, error {}",
        summary.total, summary.right, summary.wrong, summary.refused, summary.errors
    );
    let wider = scored
        .iter()
        .filter(|s| s.status == Status::Right && s.detail.is_some())
        .count();
    if wider > 0 {
        let _ = writeln!(
            out,
            "({wider} of the right answers show more columns than the gold; see the JSON report)"
        );
    }
    let _ = writeln!(
        out,
        "accuracy {} (right/total), precision {} (right/(right+wrong))",
        percent(summary.accuracy),
        summary.precision.map_or("-".to_owned(), percent)
    );
    let _ = writeln!(
        out,
        "latency p50 {:.1} ms, p95 {:.1} ms; tokens {} prompt, {} completion; estimated cost {:.4}",
        summary.latency_ms_p50,
        summary.latency_ms_p95,
        summary.prompt_tokens,
        summary.completion_tokens,
        summary.cost_estimate
    );
    out
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn scored(status: Status, latency_ms: u64, tokens: (u64, u64)) -> Scored {
        Scored {
            status,
            sql: None,
            repairs: 0,
            cache: "off".into(),
            latency: Duration::from_millis(latency_ms),
            prompt_tokens: tokens.0,
            completion_tokens: tokens.1,
            detail: None,
        }
    }

    #[test]
    fn totals_ratios_percentiles_and_cost() {
        let mut all = vec![
            scored(Status::Right, 10, (100, 10)),
            scored(Status::Right, 20, (100, 10)),
            scored(Status::Wrong, 30, (100, 10)),
            scored(Status::Refused, 40, (0, 0)),
        ];
        all.extend((0..16).map(|i| scored(Status::Error, 100 + i, (0, 0))));
        let llm = LlmConfig {
            prompt_price_per_million: 2.0,
            completion_price_per_million: 10.0,
            ..Default::default()
        };
        let summary = Summary::of(&all, &llm);
        assert_eq!(
            (
                summary.total,
                summary.right,
                summary.wrong,
                summary.refused,
                summary.errors
            ),
            (20, 2, 1, 1, 16)
        );
        assert_eq!(summary.accuracy, 0.1);
        assert_eq!(summary.precision, Some(2.0 / 3.0));
        // Nearest rank: the 10th and the 19th of 20 sorted latencies.
        assert_eq!(summary.latency_ms_p50, 105.0);
        assert_eq!(summary.latency_ms_p95, 114.0);
        assert_eq!(
            (summary.prompt_tokens, summary.completion_tokens),
            (300, 30)
        );
        assert_eq!(summary.cost_estimate, 0.0009);
        assert!(summary.meets(10.0));
        assert!(!summary.meets(10.5));
    }

    #[test]
    fn precision_is_null_without_answers_and_accuracy_compares_exactly() {
        let refused = vec![scored(Status::Refused, 1, (0, 0))];
        let summary = Summary::of(&refused, &LlmConfig::default());
        assert_eq!(summary.precision, None);
        assert_eq!(summary.accuracy, 0.0);
        // 57 of 100 is 57 %, although 0.57 * 100 is 56.99999999999999 in floating point.
        let mut many = vec![scored(Status::Right, 1, (0, 0)); 57];
        many.extend(vec![scored(Status::Wrong, 1, (0, 0)); 43]);
        assert!(Summary::of(&many, &LlmConfig::default()).meets(57.0));
    }

    #[test]
    fn percentiles_of_few_values() {
        assert_eq!(percentile(&[], 50), 0.0);
        assert_eq!(percentile(&[7.0], 95), 7.0);
        assert_eq!(percentile(&[1.0, 2.0], 50), 1.0);
        assert_eq!(percentile(&[1.0, 2.0], 95), 2.0);
    }
}
