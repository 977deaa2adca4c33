//! What is built once per corpus: the HNSW index over chunk vectors, and the lexicon —
//! every name, comment, sampled value, glossary phrase and example question as terms,
//! with inverse document frequencies to weigh them.

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use hnsw_rs::prelude::{DistCosine, Hnsw};
use sqlparser::ast::Visit;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, Tokenizer};

use crate::ask::corpus::{ChunkKind, Corpus};
use crate::ask::embed::cosine;
use crate::ask::vocab;
use crate::ask::AskError;

/// Neighbours kept per HNSW node, and the candidate list while building.
const HNSW_CONNECTIONS: usize = 16;
const HNSW_EF_CONSTRUCTION: usize = 200;
const HNSW_LAYERS: usize = 16;

/// Chunk vectors under an HNSW index with cosine distance.
pub(super) struct VectorIndex {
    hnsw: Option<Hnsw<'static, f32, DistCosine>>,
    vectors: Vec<Vec<f32>>,
    dimensions: usize,
}

impl VectorIndex {
    pub fn build(vectors: Vec<Vec<f32>>) -> Result<Self, AskError> {
        let dimensions = vectors.first().map_or(0, Vec::len);
        if vectors
            .iter()
            .any(|v| v.len() != dimensions || dimensions == 0)
        {
            return Err(AskError::Service(
                "the embedder returned vectors of different or zero dimensions".into(),
            ));
        }
        if vectors.iter().flatten().any(|x| !x.is_finite()) {
            return Err(AskError::Service(
                "the embedder returned a vector that is not finite".into(),
            ));
        }
        let hnsw = (!vectors.is_empty()).then(|| {
            let mut hnsw = Hnsw::new(
                HNSW_CONNECTIONS,
                vectors.len(),
                HNSW_LAYERS,
                HNSW_EF_CONSTRUCTION,
                DistCosine,
            );
            for (id, vector) in vectors.iter().enumerate() {
                hnsw.insert_slice((vector, id));
            }
            hnsw.set_searching_mode(true);
            hnsw
        });
        Ok(Self {
            hnsw,
            vectors,
            dimensions,
        })
    }

    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// The `k` chunks nearest to `query`, as (chunk index, cosine similarity), closest
    /// first. Empty when the query does not fit the index (other dimension, zero vector).
    pub fn nearest(&self, query: &[f32], k: usize) -> Vec<(usize, f32)> {
        let Some(hnsw) = &self.hnsw else {
            return Vec::new();
        };
        let usable = query.iter().all(|x| x.is_finite()) && query.iter().any(|x| *x != 0.0);
        if query.len() != self.dimensions || !usable {
            if !query.is_empty() {
                tracing::warn!(
                    got = query.len(),
                    expected = self.dimensions,
                    "question vector does not fit the index; retrieving by words only"
                );
            }
            return Vec::new();
        }
        let k = k.min(self.vectors.len());
        let ef = (2 * k).max(64);
        let mut found: Vec<(usize, f32)> = hnsw
            .search(query, k, ef)
            .into_iter()
            .map(|n| (n.d_id, 1.0 - n.distance))
            .collect();
        found.sort_by(|a, b| b.1.total_cmp(&a.1));
        found
    }

    /// Cosine similarity of chunk `chunk` to `query` (0 when it does not fit).
    pub fn similarity(&self, chunk: usize, query: &[f32]) -> f32 {
        self.vectors.get(chunk).map_or(0.0, |v| cosine(v, query))
    }
}

/// Terms of one column.
pub(super) struct ColumnTerms {
    pub name: Vec<String>,
    pub comment: HashSet<String>,
    /// Terms of each sampled value, parallel to `Column::values` (empty if sensitive).
    pub values: Vec<Vec<String>>,
    /// Part of the primary key or of a foreign key: its name matches loosely.
    pub key: bool,
}

/// Terms of one table and its columns.
pub(super) struct TableTerms {
    pub name: Vec<String>,
    pub comment: HashSet<String>,
    pub columns: Vec<ColumnTerms>,
}

/// Terms of one glossary entry and the columns it refers to.
pub(super) struct GlossaryTerms {
    /// The term and each synonym as terms, with how much a match counts.
    pub phrases: Vec<(Vec<String>, f32)>,
    /// (table, column) the entry names in `columns`, resolved against the corpus.
    pub columns: Vec<(usize, usize)>,
}

pub(super) struct ExampleTerms {
    pub question: Vec<String>,
    /// Tables the example's SQL reads.
    pub tables: Vec<usize>,
    /// What it is about: the glossary entries its question names, the values its SQL
    /// compares with (see [`Concept`]).
    pub concepts: HashSet<Concept>,
}

/// A thing a question is about, beyond its words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Concept {
    Glossary(usize),
    /// A value, lower-cased.
    Value(String),
    /// A column that holds a value the question or example compares with: "Smart Home"
    /// and "Office Furniture" are both about `product_categories.category_name`.
    ValuesOf(usize, usize),
}

/// A glossary phrase counts as said from this match on.
pub(super) const GLOSSARY_SAID_FROM: f32 = 0.45;

/// Where each corpus item's chunk is, to cite it and look up its vector.
#[derive(Default)]
pub(super) struct ChunkMap {
    pub tables: HashMap<usize, usize>,
    pub columns: HashMap<(usize, usize), usize>,
    pub glossary: HashMap<usize, usize>,
    pub examples: HashMap<usize, usize>,
    pub notes: HashMap<usize, usize>,
}

pub(super) struct Lexicon {
    idf: HashMap<String, f32>,
    unseen_idf: f32,
    pub tables: Vec<TableTerms>,
    pub glossary: Vec<GlossaryTerms>,
    pub examples: Vec<ExampleTerms>,
    pub notes: Vec<HashSet<String>>,
    pub chunks: ChunkMap,
}

impl Lexicon {
    pub fn build(corpus: &Corpus) -> Self {
        let tables: Vec<TableTerms> = corpus.tables.iter().map(table_terms).collect();
        let glossary: Vec<GlossaryTerms> = corpus
            .glossary
            .iter()
            .map(|entry| GlossaryTerms {
                phrases: std::iter::once((vocab::terms(&entry.term), 1.0))
                    .chain(entry.synonyms.iter().map(|s| (vocab::terms(s), 0.9)))
                    .filter(|(terms, _)| !terms.is_empty())
                    .map(|(terms, weight)| {
                        // "2025" as a synonym says little about which columns are meant.
                        let weak = terms.iter().all(|t| t.chars().all(|c| c.is_ascii_digit()));
                        (terms, if weak { 0.4 } else { weight })
                    })
                    .collect(),
                columns: entry
                    .columns
                    .iter()
                    .filter_map(|name| resolve_column(corpus, name))
                    .collect(),
            })
            .collect();
        let examples = corpus
            .examples
            .iter()
            .map(|example| {
                let question = vocab::terms(&example.question);
                let said = glossary_said(&glossary, &question);
                let literals = sql_literals(&example.sql);
                let columns: Vec<(usize, usize)> = literals
                    .iter()
                    .flat_map(|l| columns_holding(corpus, l))
                    .collect();
                let concepts = said
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| **s >= GLOSSARY_SAID_FROM)
                    .map(|(g, _)| Concept::Glossary(g))
                    .chain(columns.into_iter().map(|(t, c)| Concept::ValuesOf(t, c)))
                    .chain(literals.into_iter().map(Concept::Value))
                    .collect();
                ExampleTerms {
                    question,
                    tables: sql_tables(corpus, &example.sql),
                    concepts,
                }
            })
            .collect();
        let notes = corpus
            .notes
            .iter()
            .map(|note| {
                vocab::terms(&format!("{} {}", note.title, note.text))
                    .into_iter()
                    .collect()
            })
            .collect();
        let mut lexicon = Self {
            idf: HashMap::new(),
            unseen_idf: 1.0,
            tables,
            glossary,
            examples,
            notes,
            chunks: chunk_map(corpus),
        };
        lexicon.weigh(corpus);
        lexicon
    }

    /// Inverse document frequency over every table, column, glossary entry, example and
    /// note: rare terms ("refund") weigh more than ubiquitous ones ("id").
    fn weigh(&mut self, corpus: &Corpus) {
        let mut documents: Vec<HashSet<String>> = Vec::new();
        for (table, terms) in corpus.tables.iter().zip(&self.tables) {
            let mut doc: HashSet<String> = terms.name.iter().cloned().collect();
            doc.extend(terms.comment.iter().cloned());
            documents.push(doc);
            for (column, terms) in table.columns.iter().zip(&terms.columns) {
                let mut doc: HashSet<String> = terms.name.iter().cloned().collect();
                doc.extend(terms.comment.iter().cloned());
                if !column.sensitive {
                    doc.extend(terms.values.iter().flatten().cloned());
                }
                documents.push(doc);
            }
        }
        for (entry, terms) in corpus.glossary.iter().zip(&self.glossary) {
            let mut doc: HashSet<String> = vocab::terms(&entry.definition).into_iter().collect();
            doc.extend(terms.phrases.iter().flat_map(|(p, _)| p.iter().cloned()));
            documents.push(doc);
        }
        documents.extend(
            self.examples
                .iter()
                .map(|e| e.question.iter().cloned().collect()),
        );
        documents.extend(self.notes.iter().cloned());
        let mut frequency: HashMap<String, usize> = HashMap::new();
        for doc in &documents {
            for term in doc {
                *frequency.entry(term.clone()).or_default() += 1;
            }
        }
        let n = documents.len().max(1) as f32;
        self.idf = frequency
            .into_iter()
            .map(|(term, df)| (term, (1.0 + n / df as f32).ln()))
            .collect();
        self.unseen_idf = (1.0 + n).ln();
    }

    /// The weight of a term: rare terms weigh more.
    pub fn idf(&self, term: &str) -> f32 {
        self.idf.get(term).copied().unwrap_or(self.unseen_idf)
    }

    /// A question's term as the corpus spells it: unknown terms become the closest known
    /// term (a typo, a demonym: "custmer" → "customer", "brazilian" → "brazil"), the most
    /// common on a tie; terms without a close one stay as they are.
    /// (A linear scan: it runs only for terms the corpus does not know.)
    pub fn correct(&self, term: &str) -> String {
        if self.idf.contains_key(term) {
            return term.to_owned();
        }
        let mut best: Option<(&str, f32, f32)> = None;
        for (known, &idf) in &self.idf {
            let close = vocab::term_match(term, known);
            // Ties go to the more common term, then the first in order: the map's own
            // order must not decide.
            let better = match best {
                None => close > 0.0,
                Some((k, c, i)) => {
                    close > c || (close == c && (idf < i || (idf == i && known.as_str() < k)))
                }
            };
            if better {
                best = Some((known, close, idf));
            }
        }
        best.map_or_else(|| term.to_owned(), |(known, _, _)| known.to_owned())
    }
}

fn table_terms(table: &crate::ask::corpus::Table) -> TableTerms {
    let fk_columns: HashSet<&str> = table
        .foreign_keys
        .iter()
        .flat_map(|fk| fk.columns.iter().map(String::as_str))
        .collect();
    TableTerms {
        name: vocab::terms(&table.name),
        comment: comment_terms(table.comment.as_deref()),
        columns: table
            .columns
            .iter()
            .map(|column| ColumnTerms {
                name: vocab::terms(&column.name),
                comment: comment_terms(column.comment.as_deref()),
                values: if column.sensitive {
                    Vec::new()
                } else {
                    column.values.iter().map(|v| vocab::terms(v)).collect()
                },
                key: table.primary_key.contains(&column.name)
                    || fk_columns.contains(column.name.as_str()),
            })
            .collect(),
    }
}

fn comment_terms(comment: Option<&str>) -> HashSet<String> {
    comment
        .map(vocab::terms)
        .unwrap_or_default()
        .into_iter()
        .collect()
}

/// `table.column` or `schema.table.column` → (table index, column index).
pub(super) fn resolve_column(corpus: &Corpus, name: &str) -> Option<(usize, usize)> {
    let (table, column) = name.rsplit_once('.')?;
    let (t, found) = corpus.table(table)?;
    let c = found
        .columns
        .iter()
        .position(|c| c.name.eq_ignore_ascii_case(column))?;
    Some((t, c))
}

/// Per glossary entry, how well `terms` say its term or a synonym as written (typos
/// allowed), times the phrase's weight. The longest phrase wins where phrases overlap:
/// "service category" is not also "category" (of products).
pub(super) fn glossary_said(glossary: &[GlossaryTerms], terms: &[String]) -> Vec<f32> {
    // (entry, start, length, score)
    let mut found: Vec<(usize, usize, usize, f32)> = Vec::new();
    for (g, entry) in glossary.iter().enumerate() {
        for (phrase, weight) in &entry.phrases {
            for (start, score) in vocab::phrase_occurrences(phrase, terms) {
                found.push((g, start, phrase.len(), weight * score));
            }
        }
    }
    let mut said = vec![0.0f32; glossary.len()];
    for &(g, start, len, score) in &found {
        let covered = found
            .iter()
            .any(|&(other, s, l, _)| other != g && l > len && s <= start && start + len <= s + l);
        if !covered {
            said[g] = said[g].max(score);
        }
    }
    said
}

/// The (table, column) pairs whose sampled values include `value` (any case).
fn columns_holding(corpus: &Corpus, value: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (t, table) in corpus.tables.iter().enumerate() {
        for (c, column) in table.columns.iter().enumerate() {
            if !column.sensitive && column.values.iter().any(|v| v.eq_ignore_ascii_case(value)) {
                found.push((t, c));
            }
        }
    }
    found
}

/// The string literals of a SQL text, lower-cased.
fn sql_literals(sql: &str) -> Vec<String> {
    let Ok(tokens) = Tokenizer::new(&PostgreSqlDialect {}, sql).tokenize() else {
        return Vec::new();
    };
    tokens
        .into_iter()
        .filter_map(|token| match token {
            Token::SingleQuotedString(s) | Token::EscapedStringLiteral(s) => Some(s.to_lowercase()),
            _ => None,
        })
        .collect()
}

/// The corpus tables a SQL text reads (CTE names and unknown relations are skipped).
pub(super) fn sql_tables(corpus: &Corpus, sql: &str) -> Vec<usize> {
    let Ok(statements) = Parser::parse_sql(&PostgreSqlDialect {}, sql) else {
        return Vec::new();
    };
    let mut tables = Vec::new();
    let _ = statements.visit(&mut RelationVisitor(|parts: Vec<String>| {
        if let Some((t, _)) = corpus.table(&parts.join(".")) {
            if !tables.contains(&t) {
                tables.push(t);
            }
        }
    }));
    tables
}

struct RelationVisitor<F>(F);

impl<F: FnMut(Vec<String>)> sqlparser::ast::Visitor for RelationVisitor<F> {
    type Break = ();

    fn pre_visit_relation(&mut self, relation: &sqlparser::ast::ObjectName) -> ControlFlow<()> {
        let parts = relation
            .0
            .iter()
            .filter_map(|p| p.as_ident())
            .map(|i| i.value.clone())
            .collect();
        (self.0)(parts);
        ControlFlow::Continue(())
    }
}

fn chunk_map(corpus: &Corpus) -> ChunkMap {
    let mut map = ChunkMap::default();
    for (i, chunk) in corpus.chunks.iter().enumerate() {
        match (chunk.kind, chunk.table, chunk.column, chunk.item) {
            (ChunkKind::Table, Some(t), _, _) => {
                map.tables.entry(t).or_insert(i);
            }
            (ChunkKind::Column, Some(t), Some(c), _) => {
                map.columns.entry((t, c)).or_insert(i);
            }
            (ChunkKind::Glossary, _, _, Some(item)) => {
                map.glossary.entry(item).or_insert(i);
            }
            (ChunkKind::Example, _, _, Some(item)) => {
                map.examples.entry(item).or_insert(i);
            }
            (ChunkKind::Note, _, _, Some(item)) => {
                map.notes.entry(item).or_insert(i);
            }
            _ => {}
        }
    }
    map
}
