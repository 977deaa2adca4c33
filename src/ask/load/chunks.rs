//! The retrievable pieces of a corpus, each with a stable id, and the corpus version.

use sha2::{Digest, Sha256};

use super::notes::slug;
use crate::ask::corpus::{Chunk, ChunkKind, Column, Corpus, Table};

/// One chunk per table, column, glossary term, example and note section, in that order.
pub fn build(corpus: &Corpus) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    for (t, table) in corpus.tables.iter().enumerate() {
        chunks.push(Chunk {
            id: format!("table:{}.{}", table.schema, table.name),
            kind: ChunkKind::Table,
            text: table_text(table),
            table: Some(t),
            column: None,
            item: None,
        });
        for (c, column) in table.columns.iter().enumerate() {
            chunks.push(Chunk {
                id: format!("column:{}.{}.{}", table.schema, table.name, column.name),
                kind: ChunkKind::Column,
                text: column_text(table, column),
                table: Some(t),
                column: Some(c),
                item: None,
            });
        }
    }
    let glossary = corpus.glossary.iter().map(|g| {
        let mut text = format!("Glossary term: {}", g.term);
        if !g.synonyms.is_empty() {
            text.push_str(&format!("\nAlso called: {}", g.synonyms.join(", ")));
        }
        text.push_str(&format!("\n{}", g.definition.trim()));
        if let Some(sql) = &g.sql {
            text.push_str(&format!("\nSQL: {}", sql.trim()));
        }
        (format!("glossary:{}", glossary_slug(&g.term)), text)
    });
    push_items(&mut chunks, ChunkKind::Glossary, glossary);
    let examples = corpus.examples.iter().map(|e| {
        let text = format!("Question: {}\nSQL:\n{}", e.question.trim(), e.sql.trim());
        (format!("example:{}", e.id), text)
    });
    push_items(&mut chunks, ChunkKind::Example, examples);
    let notes = corpus.notes.iter().map(|n| {
        (
            format!("note:{}", n.id),
            format!("{}\n\n{}", n.title, n.text),
        )
    });
    push_items(&mut chunks, ChunkKind::Note, notes);
    chunks
}

fn push_items(
    chunks: &mut Vec<Chunk>,
    kind: ChunkKind,
    items: impl Iterator<Item = (String, String)>,
) {
    for (item, (id, text)) in items.enumerate() {
        chunks.push(Chunk {
            id,
            kind,
            text,
            table: None,
            column: None,
            item: Some(item),
        });
    }
}

/// The slug a glossary term is known by (`glossary:<slug>`).
pub fn glossary_slug(term: &str) -> String {
    slug(term)
}

fn table_text(table: &Table) -> String {
    let mut text = format!("Table {}.{} ({})", table.schema, table.name, table.kind);
    if let Some(comment) = &table.comment {
        text.push_str(&format!(": {}", comment.trim()));
    }
    let columns: Vec<String> = table
        .columns
        .iter()
        .map(|c| format!("{} {}", c.name, c.data_type))
        .collect();
    text.push_str(&format!("\nColumns: {}", columns.join(", ")));
    if !table.primary_key.is_empty() {
        text.push_str(&format!("\nPrimary key: {}", table.primary_key.join(", ")));
    }
    for fk in &table.foreign_keys {
        text.push_str(&format!(
            "\nForeign key: ({}) references {}.{} ({})",
            fk.columns.join(", "),
            fk.ref_schema,
            fk.ref_table,
            fk.ref_columns.join(", ")
        ));
    }
    text
}

fn column_text(table: &Table, column: &Column) -> String {
    let mut text = format!(
        "Column {}.{}.{} ({}{})",
        table.schema,
        table.name,
        column.name,
        column.data_type,
        if column.nullable { "" } else { ", not null" }
    );
    if let Some(comment) = &column.comment {
        text.push_str(&format!(": {}", comment.trim()));
    }
    // Sensitive columns are never sampled; checking here too keeps a hand-built corpus
    // from leaking values into the index.
    if !column.values.is_empty() && !column.sensitive {
        text.push_str(&format!("\nValues: {}", column.values.join(", ")));
    }
    text
}

/// Hex SHA-256 of the tables, glossary, examples and notes. Row estimates are left out:
/// they move with every ANALYZE, while nothing a question is answered from changes.
pub fn version(corpus: &Corpus) -> String {
    let tables: Vec<Table> = corpus
        .tables
        .iter()
        .map(|t| Table {
            row_estimate: 0,
            ..t.clone()
        })
        .collect();
    let mut hasher = Sha256::new();
    for part in [
        serde_json::to_vec(&tables),
        serde_json::to_vec(&corpus.glossary),
        serde_json::to_vec(&corpus.examples),
        serde_json::to_vec(&corpus.notes),
    ] {
        // Serializing plain data structures cannot fail.
        let bytes = part.unwrap_or_default();
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    format!("{:x}", hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::corpus::{Example, ForeignKey, GlossaryEntry, Note};

    fn corpus() -> Corpus {
        let column = |name: &str, values: &[&str], sensitive| Column {
            name: name.into(),
            data_type: "text".into(),
            nullable: false,
            comment: Some(format!("The {name}.")),
            values: values.iter().map(|v| v.to_string()).collect(),
            sensitive,
            searchable: false,
            filled: None,
            value_shares: Vec::new(),
        };
        Corpus {
            tables: vec![Table {
                schema: "public".into(),
                name: "orders".into(),
                kind: "table".into(),
                comment: Some("Sales orders.".into()),
                row_estimate: 42,
                columns: vec![
                    column("status", &["completed", "pending"], false),
                    column("email", &["a@example.com"], true),
                ],
                primary_key: vec!["status".into()],
                foreign_keys: vec![ForeignKey {
                    columns: vec!["email".into()],
                    ref_schema: "public".into(),
                    ref_table: "customers".into(),
                    ref_columns: vec!["email".into()],
                }],
            }],
            glossary: vec![GlossaryEntry {
                term: "Gross Margin %".into(),
                definition: "Revenue minus cost.".into(),
                synonyms: vec!["margin".into()],
                sql: Some("SUM(x)".into()),
                columns: vec![],
            }],
            examples: vec![Example {
                id: "count-orders".into(),
                question: "How many orders?".into(),
                sql: "SELECT count(*) FROM orders".into(),
            }],
            notes: vec![Note {
                id: "notes/a.md#statuses".into(),
                title: "Sales / Statuses".into(),
                text: "Four statuses.".into(),
            }],
            ..Default::default()
        }
    }

    #[test]
    fn chunks_have_stable_ids_and_point_at_their_piece() {
        let chunks = build(&corpus());
        let ids: Vec<&str> = chunks.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "table:public.orders",
                "column:public.orders.status",
                "column:public.orders.email",
                "glossary:gross-margin",
                "example:count-orders",
                "note:notes/a.md#statuses",
            ]
        );
        assert_eq!((chunks[2].table, chunks[2].column), (Some(0), Some(1)));
        assert_eq!(chunks[3].item, Some(0));
        assert_eq!(chunks[4].item, Some(0));
        assert_eq!(chunks[5].item, Some(0));
        let table = &chunks[0].text;
        assert!(table.starts_with("Table public.orders (table): Sales orders."));
        assert!(table.contains("Columns: status text, email text"));
        assert!(table.contains("Foreign key: (email) references public.customers (email)"));
        assert!(chunks[1].text.contains("Values: completed, pending"));
        assert!(
            !chunks[2].text.contains("example.com"),
            "{}",
            chunks[2].text
        );
        assert!(chunks[3].text.contains("Also called: margin"));
        assert!(chunks[3].text.contains("SQL: SUM(x)"));
        assert!(chunks[4].text.contains("How many orders?"));
        assert!(chunks[5]
            .text
            .starts_with("Sales / Statuses\n\nFour statuses."));
    }

    #[test]
    fn version_follows_content_but_not_row_estimates() {
        let a = corpus();
        let mut b = corpus();
        b.tables[0].row_estimate = 1_000_000;
        assert_eq!(version(&a), version(&b));
        assert_eq!(version(&a).len(), 64);
        b.glossary[0].definition.push('!');
        assert_ne!(version(&a), version(&b));
        let mut c = corpus();
        c.tables[0].columns[0].values.pop();
        assert_ne!(version(&a), version(&c));
    }
}
