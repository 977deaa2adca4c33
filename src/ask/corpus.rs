//! What askpg knows about the upstream: the introspected schema (tables, columns, keys,
//! comments, sampled values) and the corpus directory's files (glossary, examples, notes).
//! Every piece becomes a [`Chunk`] with a stable id, so answers can cite their sources.

use serde::{Deserialize, Serialize};

/// One relation of an exposed schema.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Table {
    pub schema: String,
    pub name: String,
    /// "table", "view", "materialized view", "partitioned table" or "foreign table".
    pub kind: String,
    pub comment: Option<String>,
    /// The planner's row estimate (reltuples); -1 when never analyzed.
    pub row_estimate: i64,
    pub columns: Vec<Column>,
    pub primary_key: Vec<String>,
    pub foreign_keys: Vec<ForeignKey>,
}

impl Table {
    /// `schema.name`, quoted where needed.
    pub fn qualified(&self) -> String {
        format!("{}.{}", quote_ident(&self.schema), quote_ident(&self.name))
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Column {
    pub name: String,
    /// The type as PostgreSQL formats it (`format_type`), e.g. `numeric(12,2)`.
    pub data_type: String,
    pub nullable: bool,
    pub comment: Option<String>,
    /// Distinct values of a low-cardinality text column, most frequent first; empty when
    /// not sampled (too many values, not text, or sensitive).
    pub values: Vec<String>,
    /// Marked sensitive in config: never sampled, and its values never reach the LLM.
    pub sensitive: bool,
    /// A text column with too many values to sample whose values a question may name:
    /// looked up upstream by equality (it leads an index, or its table is small).
    #[serde(default)]
    pub searchable: bool,
    /// The share of rows that hold a value (1 − `null_frac` of the planner's statistics);
    /// `None` when the table was never analyzed.
    #[serde(default)]
    pub filled: Option<f32>,
    /// For each sampled value, the share of the rows with a value that hold it.
    #[serde(default)]
    pub value_shares: Vec<f32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ForeignKey {
    pub columns: Vec<String>,
    pub ref_schema: String,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
}

/// A business term from `glossary.yaml`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    pub definition: String,
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// The SQL expression the term means, if any.
    #[serde(default)]
    pub sql: Option<String>,
    /// Columns (`table.column`) the term refers to.
    #[serde(default)]
    pub columns: Vec<String>,
}

/// A question → SQL pair from `examples.yaml`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub id: String,
    pub question: String,
    pub sql: String,
}

/// A section of a Markdown note from the corpus directory.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Note {
    /// `file.md#heading-slug`.
    pub id: String,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ChunkKind {
    Table,
    Column,
    Glossary,
    Example,
    Note,
    /// Learned from SQL seen through askpg (a join or an expression); never a chunk.
    Learned,
}

/// A retrievable, citable piece of the corpus.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Chunk {
    /// Stable id: `table:public.orders`, `column:public.orders.status`,
    /// `glossary:revenue`, `example:revenue-by-year`, `note:finops.md#tagging`.
    pub id: String,
    pub kind: ChunkKind,
    /// The text that is embedded (and, for notes, shown in the prompt).
    pub text: String,
    /// Index into `Corpus::tables` for table and column chunks.
    pub table: Option<usize>,
    /// Index into the table's columns for column chunks.
    pub column: Option<usize>,
    /// Index into `glossary`, `examples` or `notes` for those kinds.
    pub item: Option<usize>,
}

/// A problem found while loading; the offending piece is left out.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LoadIssue {
    /// What it concerns: `examples.yaml: revenue-by-year`, `glossary.yaml`, `notes/x.md`.
    pub source: String,
    pub message: String,
}

/// Everything askpg knows for answering questions, built at start and on reload.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Corpus {
    /// Content hash of everything below: changes whenever the schema or files change.
    pub version: String,
    pub tables: Vec<Table>,
    pub glossary: Vec<GlossaryEntry>,
    pub examples: Vec<Example>,
    pub notes: Vec<Note>,
    pub chunks: Vec<Chunk>,
    /// Problems found at load (bad examples, unreadable files), reported by name.
    pub issues: Vec<LoadIssue>,
}

impl Corpus {
    /// The segmenter of this schema's run-together names ([`crate::ask::vocab::Segmenter`]).
    pub fn segmenter(&self) -> crate::ask::vocab::Segmenter {
        crate::ask::vocab::Segmenter::new(
            self.tables.iter().map(|t| t.name.as_str()),
            self.tables
                .iter()
                .flat_map(|t| t.columns.iter().map(|c| c.name.as_str())),
        )
    }

    /// The table named `name` (`schema.table` or unqualified; case-insensitive).
    pub fn table(&self, name: &str) -> Option<(usize, &Table)> {
        let name = name.to_lowercase();
        let (schema, table) = match name.split_once('.') {
            Some((s, t)) => (Some(s.to_owned()), t.to_owned()),
            None => (None, name),
        };
        self.tables.iter().enumerate().find(|(_, t)| {
            t.name.to_lowercase() == table
                && schema
                    .as_ref()
                    .is_none_or(|s| t.schema.to_lowercase() == *s)
        })
    }

    /// A chunk by id.
    pub fn chunk(&self, id: &str) -> Option<&Chunk> {
        self.chunks.iter().find(|c| c.id == id)
    }

    /// One line for logs and /readyz: "8 tables, 61 columns, 60 glossary terms, …".
    pub fn summary(&self) -> String {
        let columns: usize = self.tables.iter().map(|t| t.columns.len()).sum();
        format!(
            "{} tables, {columns} columns, {} glossary terms, {} examples, {} notes, {} issues",
            self.tables.len(),
            self.glossary.len(),
            self.examples.len(),
            self.notes.len(),
            self.issues.len()
        )
    }
}

/// PostgreSQL's reserved key words and those that cannot name a table or column
/// (`reserved` and `reserved (can be function or type)` in the key words appendix).
const RESERVED_WORDS: &str = "all analyse analyze and any array as asc asymmetric \
    authorization binary both case cast check collate collation column concurrently constraint \
    create cross current_catalog current_date current_role current_schema current_time \
    current_timestamp current_user default deferrable desc distinct do else end except false \
    fetch for foreign freeze from full grant group having ilike in initially inner intersect \
    into is isnull join lateral leading left like limit localtime localtimestamp natural not \
    notnull null offset on only or order outer overlaps placing primary references returning \
    right select session_user similar some symmetric system_user table tablesample then to \
    trailing true union unique user using variadic verbose when where window with";

/// Quotes an identifier when PostgreSQL would need it: anything but lower-case letters,
/// digits and underscores, or a reserved key word.
pub fn quote_ident(name: &str) -> String {
    let plain = !name.is_empty()
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RESERVED_WORDS.split_whitespace().any(|word| word == name);
    if plain {
        name.to_owned()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_ident_quotes_what_postgres_would_misread() {
        assert_eq!(quote_ident("orders"), "orders");
        assert_eq!(quote_ident("_x1"), "_x1");
        assert_eq!(quote_ident("Orders"), "\"Orders\"");
        assert_eq!(quote_ident("order lines"), "\"order lines\"");
        assert_eq!(quote_ident("1st"), "\"1st\"");
        assert_eq!(quote_ident("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote_ident("order"), "\"order\"");
        assert_eq!(quote_ident("user"), "\"user\"");
        assert_eq!(quote_ident("status"), "status");
    }
}

/// Small corpora for unit tests.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{Column, Example, GlossaryEntry, Table};

    /// A NOT NULL text column with these sampled values.
    pub fn column(name: &str, values: &[&str]) -> Column {
        Column {
            name: name.into(),
            data_type: "text".into(),
            nullable: false,
            comment: None,
            values: values.iter().map(|v| v.to_string()).collect(),
            sensitive: false,
            searchable: false,
            filled: None,
            value_shares: Vec::new(),
        }
    }

    /// A table in `public`.
    pub fn table(name: &str, columns: Vec<Column>) -> Table {
        Table {
            schema: "public".into(),
            name: name.into(),
            kind: "table".into(),
            comment: None,
            row_estimate: 100,
            columns,
            primary_key: vec![],
            foreign_keys: vec![],
        }
    }

    pub fn glossary(term: &str, synonyms: &[&str], sql: Option<&str>) -> GlossaryEntry {
        GlossaryEntry {
            term: term.into(),
            definition: String::new(),
            synonyms: synonyms.iter().map(|s| s.to_string()).collect(),
            sql: sql.map(str::to_owned),
            columns: vec![],
        }
    }

    pub fn example(id: &str, question: &str, sql: &str) -> Example {
        Example {
            id: id.into(),
            question: question.into(),
            sql: sql.into(),
        }
    }
}
