//! How each piece of the context reads: compact DDL-like table and column lines, joins,
//! glossary entries, examples and notes.

use super::super::{Join, Knowledge};
use crate::ask::corpus::{quote_ident, Column, Example, GlossaryEntry, Note, Table};

const MAX_VALUE_CHARS: usize = 40;
const MAX_COMMENT_CHARS: usize = 200;
const MAX_NOTE_CHARS: usize = 600;
/// Sampled values shown per column when there are more than `ALL_VALUES_UP_TO`.
const VALUES_SHOWN: usize = 5;
const ALL_VALUES_UP_TO: usize = 8;
/// How a column's values start when no comment precedes them; after a comment the
/// shorter `; values: ` or ` Values: ` is written instead.
pub(super) const VALUES_PREFIX: &str = " -- values: ";

/// ` -- comment` of a table or column, shortened; `None` when there is none.
pub(super) fn comment_text(comment: Option<&str>, table: bool) -> Option<String> {
    let comment = comment.filter(|c| !c.trim().is_empty())?;
    let max = if table {
        2 * MAX_COMMENT_CHARS
    } else {
        MAX_COMMENT_CHARS
    };
    Some(format!(" -- {}", shorten(comment, max)))
}

pub(super) fn glossary_text(entry: &GlossaryEntry) -> String {
    let mut text = format!("- {}: {}", entry.term, collapse(&entry.definition));
    if let Some(sql) = entry.sql.as_deref().filter(|s| !s.trim().is_empty()) {
        text.push_str(&format!(" SQL: {}", collapse(sql)));
    }
    text.push('\n');
    text
}

pub(super) fn example_text(example: &Example) -> String {
    format!(
        "Q: {}\nSQL: {}\n",
        collapse(&example.question),
        example.sql.trim()
    )
}

pub(super) fn note_text(note: &Note) -> String {
    format!(
        "[{}] {}\n",
        collapse(&note.title),
        shorten(&note.text, MAX_NOTE_CHARS)
    )
}

pub(super) fn header_text(table: &Table) -> String {
    let mut about = Vec::new();
    if table.kind != "table" && !table.kind.is_empty() {
        about.push(table.kind.clone());
    }
    if table.row_estimate >= 0 {
        about.push(format!("~{} rows", table.row_estimate));
    }
    if about.is_empty() {
        format!("{}\n", table.qualified())
    } else {
        format!("{} ({})\n", table.qualified(), about.join(", "))
    }
}

pub(super) fn column_text(
    knowledge: &Knowledge,
    table: &Table,
    column: &Column,
    matched: &[&str],
) -> String {
    let mut text = format!("  {} {}", quote_ident(&column.name), column.data_type);
    if !column.nullable {
        text.push_str(" NOT NULL");
    }
    if table.primary_key.contains(&column.name) {
        text.push_str(" PK");
    }
    for fk in &table.foreign_keys {
        if let (Some(position), 1) = (
            fk.columns.iter().position(|c| *c == column.name),
            fk.columns.len(),
        ) {
            let target = knowledge
                .corpus
                .table(&format!("{}.{}", fk.ref_schema, fk.ref_table));
            if let Some((_, target)) = target {
                text.push_str(&format!(
                    " -> {}.{}",
                    short_name(knowledge, target),
                    quote_ident(&fk.ref_columns[position])
                ));
            }
        }
    }
    if !matched.is_empty() && !column.sensitive {
        let quoted: Vec<String> = matched.iter().map(|v| quote_literal(v)).collect();
        text.push_str(&format!(" [question names {}]", quoted.join(", ")));
    }
    text.push('\n');
    text
}

/// ` -- values: 'a', 'b', … (27 values)`; after a comment the ` --` becomes `;`.
pub(super) fn values_text(values: &[String]) -> String {
    let shown = if values.len() <= ALL_VALUES_UP_TO {
        values.len()
    } else {
        VALUES_SHOWN
    };
    let listed: Vec<String> = values[..shown]
        .iter()
        .map(|v| quote_literal(&shorten(v, MAX_VALUE_CHARS)))
        .collect();
    let mut text = format!("{VALUES_PREFIX}{}", listed.join(", "));
    if shown < values.len() {
        text.push_str(&format!(", … ({} values)", values.len()));
    }
    text
}

pub(super) fn join_text(knowledge: &Knowledge, join: &Join) -> String {
    let corpus = &knowledge.corpus;
    let (from, to) = (
        &corpus.tables[join.from_table],
        &corpus.tables[join.to_table],
    );
    join.from_columns
        .iter()
        .zip(&join.to_columns)
        .map(|(a, b)| {
            format!(
                "{}.{} = {}.{}",
                short_name(knowledge, from),
                quote_ident(a),
                short_name(knowledge, to),
                quote_ident(b)
            )
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The table's name alone when no other schema has a table of that name.
fn short_name(knowledge: &Knowledge, table: &Table) -> String {
    let clashes = knowledge
        .corpus
        .tables
        .iter()
        .filter(|t| t.name == table.name)
        .count();
    if clashes > 1 {
        table.qualified()
    } else {
        quote_ident(&table.name)
    }
}

fn quote_literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// Whitespace runs become one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` collapsed and cut to `max` characters, with `…` when cut.
fn shorten(text: &str, max: usize) -> String {
    let text = collapse(text);
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Estimated tokens of the whole schema as the context writes it: every table's header and
/// column lines, and a join line per foreign key.
pub(in crate::ask::retrieve) fn schema_tokens(corpus: &crate::ask::corpus::Corpus) -> usize {
    let chars: usize = corpus
        .tables
        .iter()
        .map(|table| {
            let columns: usize = table
                .columns
                .iter()
                .map(|c| c.name.len() + c.data_type.len() + 12)
                .sum();
            table.schema.len() + table.name.len() + 20 + columns + 40 * table.foreign_keys.len()
        })
        .sum();
    chars.div_ceil(4)
}
