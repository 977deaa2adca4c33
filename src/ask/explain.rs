//! EXPLAIN ASK: the report of what askpg would run, answered by the upstream itself from a
//! `VALUES` list so that the client gets a real RowDescription (a `QUERY PLAN` column, as
//! PostgreSQL's own EXPLAIN has).

use super::pipeline::Report;
use super::statement::ExplainFormat;

/// The report as the lines of a text EXPLAIN.
pub fn text_lines(report: &Report) -> Vec<String> {
    let mut lines = vec![format!("ASK: {}", report.question)];
    match &report.sql {
        Some(sql) => {
            lines.push("SQL:".into());
            lines.extend(sql.lines().map(|l| format!("  {l}")));
        }
        None => {
            lines.push(format!(
                "No SQL: {}",
                report.error.as_deref().unwrap_or("none produced")
            ));
            if let Some(hint) = &report.hint {
                lines.push("Hint:".into());
                lines.extend(hint.lines().map(|l| format!("  {l}")));
            }
        }
    }
    let model = if report.model.is_empty() {
        "-"
    } else {
        &report.model
    };
    lines.push(format!("Generator: {} (model {model})", report.generator));
    if !report.route.is_empty() {
        lines.push(format!("Route: {}", report.route));
    }
    if let Some(from) = &report.derived_from {
        lines.push(format!("Derived from: {from}"));
    }
    if let Some(intent) = &report.intent {
        lines.push(format!("Intent: {intent}"));
    }
    if let Some(other) = &report.second_opinion {
        let mut line = format!("Second opinion ({}): {}", other.route, other.verdict);
        if !other.tables_differ.is_empty() {
            line.push_str(&format!(
                " ({} read by one only)",
                other.tables_differ.join(", ")
            ));
        }
        if let Some(error) = &other.error {
            line.push_str(&format!(": {error}"));
        }
        lines.push(line);
        if let Some(sql) = other.sql.as_ref().filter(|_| other.verdict != "same SQL") {
            lines.extend(sql.lines().map(|l| format!("  {l}")));
        }
    }
    lines.push(format!("Cache: {}", report.cache));
    lines.push(format!("Corpus version: {}", report.corpus_version));
    lines.push(format!("Tables: {}", join_or_none(&report.tables)));
    if !report.why.is_empty() {
        lines.push("Why these tables:".into());
        for reason in &report.why {
            lines.push(format!("  {}: {}", reason.table, reason.why));
        }
    }
    lines.push(format!("Joins: {}", join_or_none(&report.joins)));
    lines.push("Sources:".into());
    for source in &report.sources {
        lines.push(format!("  {} (score {:.3})", source.id, source.score));
    }
    lines.push(format!(
        "Tokens: context {}, prompt {}, completion {}",
        report.context_tokens, report.prompt_tokens, report.completion_tokens
    ));
    lines.push(format!("Repairs: {}", report.repairs));
    for (i, rejected) in report.rejected.iter().enumerate() {
        lines.push(format!(
            "Rejected attempt {}: {} {}",
            i + 1,
            rejected.sqlstate,
            rejected.error
        ));
    }
    let timings: Vec<String> = [
        "cache",
        "lookup",
        "retrieval",
        "generation",
        "validation",
        "total",
    ]
    .iter()
    .filter_map(|stage| {
        report
            .timings_ms
            .get(stage)
            .map(|ms| format!("{stage} {ms:.3} ms"))
    })
    .collect();
    lines.push(format!("Timings: {}", timings.join(", ")));
    lines
}

fn join_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "(none)".into()
    } else {
        items.join(", ")
    }
}

/// A string literal PostgreSQL reads back exactly (standard_conforming_strings is pinned on).
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The SQL the upstream runs to answer EXPLAIN ASK.
pub fn sql(report: &Report, format: ExplainFormat) -> String {
    match format {
        ExplainFormat::Json => {
            let json = serde_json::to_string_pretty(&[report]).unwrap_or_else(|_| "[]".into());
            format!("SELECT {}::json AS \"QUERY PLAN\"", literal(&json))
        }
        ExplainFormat::Text => {
            let rows: Vec<Vec<String>> = text_lines(report).into_iter().map(|l| vec![l]).collect();
            values_query(&["QUERY PLAN"], &rows)
        }
    }
}

/// A query returning `rows` of text columns named `columns`, in order, that PostgreSQL
/// answers itself (so the client gets a real RowDescription and CommandComplete).
pub fn values_query(columns: &[&str], rows: &[Vec<String>]) -> String {
    let quoted: Vec<String> = columns
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect();
    if rows.is_empty() {
        let nulls: Vec<String> = quoted
            .iter()
            .map(|c| format!("NULL::text AS {c}"))
            .collect();
        return format!("SELECT {} WHERE false", nulls.join(", "));
    }
    let values: Vec<String> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let cells: Vec<String> = row
                .iter()
                .map(|v| format!("{}::text", literal(v)))
                .collect();
            format!("({}, {})", i + 1, cells.join(", "))
        })
        .collect();
    format!(
        "SELECT {} FROM (VALUES {}) AS askpg_values(askpg_n, {}) ORDER BY askpg_n",
        quoted.join(", "),
        values.join(", "),
        quoted.join(", ")
    )
}
