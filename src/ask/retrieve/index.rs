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

/// Up to this many chunks the nearest are found by comparing the question with every
/// chunk: a few milliseconds, and no index to build. A warehouse of 2,800 tables has about
/// 20,000 chunks; an HNSW index over them took most of a minute to build.
const EXACT_UP_TO: usize = 60_000;
/// Neighbours kept per HNSW node, and the candidate list while building.
const HNSW_CONNECTIONS: usize = 16;
const HNSW_EF_CONSTRUCTION: usize = 64;
const HNSW_LAYERS: usize = 16;

/// Chunk vectors, searched exactly or (past [`EXACT_UP_TO`]) under an HNSW index with
/// cosine distance.
pub(super) struct VectorIndex {
    hnsw: Option<Hnsw<'static, f32, DistCosine>>,
    vectors: Vec<Vec<f32>>,
    /// Length of each vector, for exact cosine similarity.
    norms: Vec<f32>,
    dimensions: usize,
}

impl VectorIndex {
    pub fn build(vectors: Vec<Vec<f32>>) -> Result<Self, AskError> {
        Self::build_exact_up_to(vectors, EXACT_UP_TO)
    }

    /// [`Self::build`] with an HNSW index past `exact_up_to` chunks.
    fn build_exact_up_to(vectors: Vec<Vec<f32>>, exact_up_to: usize) -> Result<Self, AskError> {
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
        let hnsw = (vectors.len() > exact_up_to).then(|| {
            let mut hnsw = Hnsw::new(
                HNSW_CONNECTIONS,
                vectors.len(),
                HNSW_LAYERS,
                HNSW_EF_CONSTRUCTION,
                DistCosine,
            );
            let points: Vec<(&[f32], usize)> = vectors
                .iter()
                .enumerate()
                .map(|(id, v)| (v.as_slice(), id))
                .collect();
            hnsw.parallel_insert_slice(&points);
            hnsw.set_searching_mode(true);
            hnsw
        });
        let norms = vectors
            .iter()
            .map(|v| v.iter().map(|x| x * x).sum::<f32>().sqrt())
            .collect();
        Ok(Self {
            hnsw,
            vectors,
            norms,
            dimensions,
        })
    }

    /// The `k` chunks most similar to `query` by comparing it with every chunk.
    fn exact(&self, query: &[f32], k: usize) -> Vec<(usize, f32)> {
        let norm = query.iter().map(|x| x * x).sum::<f32>().sqrt();
        let mut all: Vec<(usize, f32)> = self
            .vectors
            .iter()
            .zip(&self.norms)
            .enumerate()
            .map(|(i, (v, n))| {
                let dot: f32 = v.iter().zip(query).map(|(a, b)| a * b).sum();
                (i, if *n > 0.0 { dot / (n * norm) } else { 0.0 })
            })
            .collect();
        let by_similarity =
            |a: &(usize, f32), b: &(usize, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if k < all.len() {
            all.select_nth_unstable_by(k, by_similarity);
            all.truncate(k);
        }
        all.sort_by(by_similarity);
        all
    }

    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// The `k` chunks nearest to `query`, as (chunk index, cosine similarity), closest
    /// first. Empty when the query does not fit the index (other dimension, zero vector).
    pub fn nearest(&self, query: &[f32], k: usize) -> Vec<(usize, f32)> {
        if self.vectors.is_empty() {
            return Vec::new();
        }
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
        let Some(hnsw) = &self.hnsw else {
            return self.exact(query, k);
        };
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
    /// How rare the column's name is across tables, 1 for one table's own down to near 0
    /// for a name every table has: a question naming `country` names few of the hundred
    /// tables with a `country` column.
    pub rarity: f32,
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
        let segmenter = corpus.segmenter();
        let mut tables: Vec<TableTerms> = corpus
            .tables
            .iter()
            .map(|t| table_terms(t, &segmenter))
            .collect();
        weigh_column_names(&mut tables);
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

fn table_terms(table: &crate::ask::corpus::Table, segmenter: &vocab::Segmenter) -> TableTerms {
    let fk_columns: HashSet<&str> = table
        .foreign_keys
        .iter()
        .flat_map(|fk| fk.columns.iter().map(String::as_str))
        .collect();
    TableTerms {
        name: vocab::table_terms(&table.name),
        comment: comment_terms(table.comment.as_deref()),
        columns: table
            .columns
            .iter()
            .map(|column| ColumnTerms {
                name: vocab::column_terms(segmenter, &column.name),
                comment: comment_terms(column.comment.as_deref()),
                values: if column.sensitive {
                    Vec::new()
                } else {
                    column.values.iter().map(|v| vocab::terms(v)).collect()
                },
                key: table.primary_key.contains(&column.name)
                    || fk_columns.contains(column.name.as_str()),
                rarity: 1.0,
            })
            .collect(),
    }
}

/// Sets each column's rarity: (ln(1 + N/n) / ln(1 + N))², where N tables hold n columns
/// of that name.
fn weigh_column_names(tables: &mut [TableTerms]) {
    let mut holders: HashMap<String, usize> = HashMap::new();
    for table in tables.iter() {
        let names: HashSet<String> = table.columns.iter().map(|c| c.name.join(" ")).collect();
        for name in names {
            *holders.entry(name).or_default() += 1;
        }
    }
    let n = tables.len() as f32;
    if n < 2.0 {
        return;
    }
    for column in tables.iter_mut().flat_map(|t| t.columns.iter_mut()) {
        let held = holders[&column.name.join(" ")] as f32;
        column.rarity = ((1.0 + n / held).ln() / (1.0 + n).ln()).powi(2).min(1.0);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::embed::LocalEmbedder;

    #[test]
    fn exact_and_hnsw_search_find_the_same_nearest() {
        let embedder = LocalEmbedder::new();
        let texts: Vec<String> = (0..300)
            .map(|i| format!("table t{i} column c{} of domain d{}", i % 17, i % 7))
            .collect();
        let vectors: Vec<Vec<f32>> = texts.iter().map(|t| embedder.embed_one(t)).collect();
        let exact = VectorIndex::build_exact_up_to(vectors.clone(), usize::MAX).unwrap();
        let hnsw = VectorIndex::build_exact_up_to(vectors, 0).unwrap();
        assert!(exact.hnsw.is_none() && hnsw.hnsw.is_some());
        let query = embedder.embed_one("column c3 of domain d3");
        let a = exact.nearest(&query, 5);
        let b = hnsw.nearest(&query, 5);
        assert_eq!(a.len(), 5);
        assert_eq!(a[0].0, b[0].0, "{a:?} vs {b:?}");
        assert!(a.windows(2).all(|w| w[0].1 >= w[1].1));
        assert!((a[0].1 - b[0].1).abs() < 1e-4);
        assert!(
            exact.nearest(&[0.0; 3], 5).is_empty(),
            "a query of another size"
        );
    }
}
