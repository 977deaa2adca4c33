//! Why a table is in a question's context, in words (EXPLAIN ASK shows it): the signal that
//! chose it — its name, a column's name, comment or value, a value looked up upstream, a
//! measure of the business vocabulary, the glossary, an example, vector similarity, SQL
//! seen through askpg — or its place in the selection: a join path, the date of another
//! table, a candidate, the whole schema.

use super::score::{ColumnScore, TableScore};
use super::select::Reason;
use super::Knowledge;

/// The reason for the table at `t` that came in for `reason`.
pub(super) fn why(knowledge: &Knowledge, scores: &TableScore, t: usize, reason: Reason) -> String {
    match reason {
        Reason::Evidence => evidence(knowledge, scores, t),
        Reason::Bridge => "join path between chosen tables".into(),
        Reason::DateOf(served) => format!(
            "{} belongs to it (its date)",
            knowledge.corpus.tables[served].name
        ),
        Reason::Learned(with, n) => format!(
            "read with {} in {n} statements seen through askpg",
            knowledge.corpus.tables[with].name
        ),
        Reason::Candidate => format!("candidate: {}", evidence(knowledge, scores, t)),
        Reason::Schema => "the whole schema fits the budget".into(),
    }
}

/// The strongest signal behind a table's score.
fn evidence(knowledge: &Knowledge, scores: &TableScore, t: usize) -> String {
    let table = &knowledge.corpus.tables[t];
    let mut best = (scores.name, "table name".to_owned());
    let mut consider = |strength: f32, text: String| {
        if strength > best.0 {
            best = (strength, text);
        }
    };
    consider(scores.comment, "table comment".into());
    consider(scores.example, "a close corpus example".into());
    for (c, column) in scores.columns.iter().enumerate() {
        let name = &table.columns[c].name;
        for (strength, text) in column_signals(column, name, scores, c) {
            consider(strength, text);
        }
    }
    if best.0 <= 0.0 && scores.vector > 0.0 {
        return "vector similarity".into();
    }
    if best.0 <= 0.0 {
        return "no direct evidence".into();
    }
    best.1
}

fn column_signals(
    column: &ColumnScore,
    name: &str,
    scores: &TableScore,
    c: usize,
) -> Vec<(f32, String)> {
    let value = scores
        .matched_values
        .iter()
        .find(|(m, _)| *m == c)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    let looked_up = if scores.looked_up.contains(&c) {
        ", looked up upstream"
    } else {
        ""
    };
    let word = column.measure_word.as_deref().unwrap_or_default();
    vec![
        (column.name, format!("column name {name}")),
        (column.comment, format!("comment of {name}")),
        (
            column.value,
            format!("value '{value}' in {name}{looked_up}"),
        ),
        (column.glossary, format!("glossary term for {name}")),
        (
            column.glossary_vector,
            format!("glossary entry like the question, for {name}"),
        ),
        (
            column.measure,
            format!("business vocabulary: '{word}' is {name}"),
        ),
    ]
}
