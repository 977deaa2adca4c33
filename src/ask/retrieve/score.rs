//! Scoring one question against the corpus, and choosing its tables.
//!
//! Two kinds of evidence, each scaled to 0..1:
//! - lexical: the question's terms (stemmed, typo-tolerant) against table and column
//!   names, comments and sampled values, glossary terms and synonyms (which pull in the
//!   columns they name), example questions and notes, weighted by term rarity;
//! - vector: cosine similarity of the question to the nearest chunks of the HNSW index,
//!   relative to the closest one, so it means the same for any embedder.
//!
//! A table's score is its strongest lexical evidence (its name, its best column, a matched
//! glossary entry, the tables of a close example) plus a share of its vector similarity.
//! Tables are chosen on evidence, then connected through foreign keys.

use std::collections::HashSet;

use super::index::Lexicon;
use super::joins::Connection;
use super::Knowledge;
use crate::ask::corpus::{Chunk, ChunkKind};
use crate::ask::words;

/// Nearest chunks asked of the vector index.
const NEIGHBOURS: usize = 64;
/// Share of vector similarity added to lexical evidence.
const VECTOR_SHARE: f32 = 0.3;
/// A key column's name match counts this much: `customer_id` is in every table near customers.
const KEY_NAME_FACTOR: f32 = 0.6;
/// Comments mention many things: a full match counts this much.
const COMMENT_FACTOR: f32 = 0.45;
/// Evidence from which a table or column is taken as asked for.
pub(super) const STRONG: f32 = 0.5;
/// Tables chosen at most before adding bridge tables.
const MAX_TABLES: usize = 6;
/// Examples at least this close lend their tables to the question.
const EXAMPLE_TABLES_FROM: f32 = 0.45;

/// Scores of one column.
#[derive(Debug, Clone, Default)]
pub(super) struct ColumnScore {
    /// Strongest lexical evidence: name, value, glossary, comment.
    pub evidence: f32,
    pub vector: f32,
}

impl ColumnScore {
    pub fn score(&self) -> f32 {
        self.evidence + VECTOR_SHARE * self.vector
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct TableScore {
    pub lexical: f32,
    pub example: f32,
    pub vector: f32,
    pub columns: Vec<ColumnScore>,
    /// Sampled values the question names: (column, value as stored).
    pub matched_values: Vec<(usize, String)>,
}

impl TableScore {
    pub fn score(&self) -> f32 {
        self.lexical.max(self.example) + VECTOR_SHARE * self.vector
    }
}

/// Everything scored for one question.
#[derive(Debug, Clone, Default)]
pub(super) struct Scores {
    /// Similarity of the nearest chunk: vector strengths are relative to it.
    pub nearest: f32,
    pub tables: Vec<TableScore>,
    pub glossary: Vec<f32>,
    pub examples: Vec<f32>,
    pub notes: Vec<f32>,
}

pub(super) struct Scorer<'a> {
    knowledge: &'a Knowledge,
    lexicon: &'a Lexicon,
    question: &'a str,
    vector: &'a [f32],
    terms: Vec<String>,
}

impl<'a> Scorer<'a> {
    pub fn new(knowledge: &'a Knowledge, question: &'a str, vector: &'a [f32]) -> Self {
        Self {
            knowledge,
            lexicon: &knowledge.lexicon,
            question,
            vector,
            terms: words::terms(question),
        }
    }

    pub fn score(&self) -> Scores {
        let corpus = &self.knowledge.corpus;
        let mut scores = Scores {
            nearest: 0.0,
            tables: corpus
                .tables
                .iter()
                .map(|t| TableScore {
                    columns: vec![ColumnScore::default(); t.columns.len()],
                    ..Default::default()
                })
                .collect(),
            glossary: vec![0.0; corpus.glossary.len()],
            examples: vec![0.0; corpus.examples.len()],
            notes: vec![0.0; corpus.notes.len()],
        };
        self.vector_evidence(&mut scores);
        self.glossary_evidence(&mut scores);
        for t in 0..corpus.tables.len() {
            self.table_evidence(t, &mut scores);
        }
        self.example_and_note_evidence(&mut scores);
        scores
    }

    /// Similarity to the nearest chunks, relative to the nearest: 1 for it, falling
    /// quadratically, so only the close ones count.
    fn vector_evidence(&self, scores: &mut Scores) {
        let neighbours = self.knowledge.vectors.nearest(self.vector, NEIGHBOURS);
        let Some(top) = neighbours.first().map(|n| n.1).filter(|s| *s > 0.0) else {
            return;
        };
        scores.nearest = top;
        for (chunk, similarity) in neighbours {
            let strength = relative_strength(similarity, top);
            let Some(chunk) = self.knowledge.corpus.chunks.get(chunk) else {
                continue;
            };
            if let Some(slot) = vector_slot(chunk, scores) {
                *slot = slot.max(strength);
            }
        }
    }

    /// Glossary entries whose term or a synonym occurs in the question; the columns they
    /// name get the entry's score as evidence.
    fn glossary_evidence(&self, scores: &mut Scores) {
        for (g, entry) in self.lexicon.glossary.iter().enumerate() {
            let lexical = entry
                .phrases
                .iter()
                .map(|(phrase, weight)| weight * words::phrase_match(phrase, &self.terms))
                .fold(0.0f32, f32::max);
            // Until here `scores.glossary` holds the vector strength.
            let vector = scores.glossary[g];
            let score = lexical.max(0.6 * vector) + 0.2 * vector;
            scores.glossary[g] = score.min(1.0);
            if lexical > 0.0 {
                for &(t, c) in &entry.columns {
                    let column = &mut scores.tables[t].columns[c];
                    column.evidence = column.evidence.max(0.95 * lexical);
                }
            }
        }
    }

    fn table_evidence(&self, t: usize, scores: &mut Scores) {
        let table = &self.knowledge.corpus.tables[t];
        let terms = &self.lexicon.tables[t];
        let question_weight: f32 = self.terms.iter().map(|q| self.lexicon.idf(q)).sum();
        let score = &mut scores.tables[t];
        let mut best_column = 0.0f32;
        let mut best_column_vector = 0.0f32;
        for (c, (column, column_terms)) in table.columns.iter().zip(&terms.columns).enumerate() {
            let name = self.coverage(&column_terms.name)
                * if column_terms.key {
                    KEY_NAME_FACTOR
                } else {
                    1.0
                };
            let comment = COMMENT_FACTOR * self.covered_by(&column_terms.comment, question_weight);
            let mut value = 0.0f32;
            if !column.sensitive {
                for (v, value_terms) in column_terms.values.iter().enumerate() {
                    let matched = self.value_match(&column.values[v], value_terms);
                    if matched > 0.0 {
                        score.matched_values.push((c, column.values[v].clone()));
                        value = value.max(matched);
                    }
                }
            }
            let column_score = &mut score.columns[c];
            column_score.evidence = column_score.evidence.max(name).max(comment).max(value);
            best_column = best_column.max(column_score.evidence);
            best_column_vector = best_column_vector.max(column_score.vector);
        }
        let name = self.coverage(&terms.name);
        let comment = COMMENT_FACTOR * self.covered_by(&terms.comment, question_weight);
        score.lexical = name.max(comment).max(best_column);
        score.vector = score.vector.max(0.8 * best_column_vector);
    }

    /// Examples by closeness of their question (shared rare terms, vector similarity);
    /// close examples lend their tables. Notes by the question's terms they contain.
    fn example_and_note_evidence(&self, scores: &mut Scores) {
        let question_weight: f32 = self.terms.iter().map(|q| self.lexicon.idf(q)).sum();
        for (e, example) in self.lexicon.examples.iter().enumerate() {
            let lexical = self.overlap(&example.question);
            let score = 0.6 * lexical + 0.4 * scores.examples[e];
            scores.examples[e] = score;
            if score >= EXAMPLE_TABLES_FROM {
                for &t in &example.tables {
                    let table = &mut scores.tables[t];
                    table.example = table.example.max(0.7 * score);
                }
            }
        }
        for (n, note) in self.lexicon.notes.iter().enumerate() {
            let lexical = self.covered_by(note, question_weight);
            scores.notes[n] = 0.5 * lexical + 0.5 * scores.notes[n];
        }
    }

    /// Share (by weight) of `target`'s terms that the question contains.
    fn coverage(&self, target: &[String]) -> f32 {
        let total: f32 = target.iter().map(|t| self.lexicon.idf(t)).sum();
        if total == 0.0 {
            return 0.0;
        }
        let found: f32 = target
            .iter()
            .map(|t| self.lexicon.idf(t) * self.best_match(t))
            .sum();
        found / total
    }

    /// Share (by weight) of the question's terms found in `set`.
    fn covered_by(&self, set: &HashSet<String>, question_weight: f32) -> f32 {
        if question_weight == 0.0 || set.is_empty() {
            return 0.0;
        }
        let found: f32 = self
            .terms
            .iter()
            .filter(|q| set.contains(*q))
            .map(|q| self.lexicon.idf(q))
            .sum();
        found / question_weight
    }

    /// Weighted overlap of two term lists (a cosine over term weights).
    fn overlap(&self, other: &[String]) -> f32 {
        let weight = |terms: &[String]| -> f32 {
            let unique: HashSet<&String> = terms.iter().collect();
            unique
                .iter()
                .map(|t| self.lexicon.idf(t).powi(2))
                .sum::<f32>()
                .sqrt()
        };
        let (a, b) = (weight(&self.terms), weight(other));
        if a == 0.0 || b == 0.0 {
            return 0.0;
        }
        let unique: HashSet<&String> = other.iter().collect();
        let shared: f32 = unique
            .iter()
            .map(|t| self.lexicon.idf(t).powi(2) * self.best_match(t))
            .sum();
        (shared / (a * b)).min(1.0)
    }

    fn best_match(&self, term: &str) -> f32 {
        self.terms
            .iter()
            .map(|q| words::term_match(term, q))
            .fold(0.0, f32::max)
    }

    /// Whether the question names a sampled value: its terms consecutively (typos
    /// allowed on long words). Two-letter codes (`BR`, `DE`) must appear as written.
    fn value_match(&self, value: &str, value_terms: &[String]) -> f32 {
        let trimmed = value.trim();
        if trimmed.chars().count() <= 2 {
            let as_written = self
                .question
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == trimmed);
            let code = trimmed
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit());
            return if as_written && (code || !value_terms.is_empty()) {
                0.9
            } else {
                0.0
            };
        }
        words::phrase_match(value_terms, &self.terms)
    }
}

/// Vector evidence: similarity relative to the nearest chunk's, falling quadratically.
fn relative_strength(similarity: f32, nearest: f32) -> f32 {
    (similarity / nearest).clamp(0.0, 1.0).powi(2)
}

/// Columns of the chosen tables beyond the nearest chunks get their vector strength
/// directly, to order them.
pub(super) fn score_chosen_columns(
    knowledge: &Knowledge,
    vector: &[f32],
    selection: &Selection,
    scores: &mut Scores,
) {
    if scores.nearest <= 0.0 {
        return;
    }
    for &(t, _) in &selection.tables {
        for (c, column) in scores.tables[t].columns.iter_mut().enumerate() {
            if column.vector > 0.0 {
                continue;
            }
            if let Some(&chunk) = knowledge.lexicon.chunks.columns.get(&(t, c)) {
                let similarity = knowledge.vectors.similarity(chunk, vector);
                column.vector = relative_strength(similarity, scores.nearest);
            }
        }
    }
}

fn vector_slot<'s>(chunk: &Chunk, scores: &'s mut Scores) -> Option<&'s mut f32> {
    match chunk.kind {
        ChunkKind::Table => Some(&mut scores.tables.get_mut(chunk.table?)?.vector),
        ChunkKind::Column => Some(
            &mut scores
                .tables
                .get_mut(chunk.table?)?
                .columns
                .get_mut(chunk.column?)?
                .vector,
        ),
        ChunkKind::Glossary => scores.glossary.get_mut(chunk.item?),
        ChunkKind::Example => scores.examples.get_mut(chunk.item?),
        ChunkKind::Note => scores.notes.get_mut(chunk.item?),
    }
}

/// The tables chosen for a question, strongest first, and how they connect.
#[derive(Debug, Clone, Default)]
pub(super) struct Selection {
    /// (table, score), strongest first; bridge tables after the table they connect.
    pub tables: Vec<(usize, f32)>,
    pub bridges: HashSet<usize>,
    /// Indices into the foreign-key graph's joins connecting chosen tables.
    pub joins: Vec<usize>,
}

/// Chooses the tables: those with strong evidence (or, for a question only the vectors
/// understand, the closest), then the bridge tables on foreign-key paths between them;
/// groups of tables no key connects to the strongest one are kept only when about as
/// strong.
pub(super) fn select_tables(knowledge: &Knowledge, scores: &Scores) -> Selection {
    let all_scores: Vec<f32> = scores.tables.iter().map(TableScore::score).collect();
    let mut ranked: Vec<(usize, f32)> = all_scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| *s > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let Some(&(_, best)) = ranked.first() else {
        return Selection::default();
    };
    let mut vector_only = 0;
    let mut chosen: Vec<(usize, f32)> = Vec::new();
    for &(t, score) in &ranked {
        let s = &scores.tables[t];
        let by_evidence = s.lexical >= STRONG || s.example >= 0.7 * EXAMPLE_TABLES_FROM;
        let by_vector = s.vector >= 0.8 && vector_only < 2;
        if chosen.len() < MAX_TABLES && score >= 0.35 * best && (by_evidence || by_vector) {
            vector_only += usize::from(!by_evidence);
            chosen.push((t, score));
        }
    }
    if chosen.is_empty() {
        chosen.push(ranked[0]);
    }
    let Connection {
        tables,
        bridges,
        joins,
        groups,
    } = knowledge.graph.connect(&chosen, &all_scores);
    // Drop groups the foreign keys do not tie to the strongest and that are much weaker.
    let strongest_group = groups.iter().map(|g| g.1).fold(0.0f32, f32::max);
    let weak: HashSet<usize> = groups
        .iter()
        .filter(|g| g.1 < 0.6 * strongest_group)
        .flat_map(|g| g.0.iter().copied())
        .collect();
    Selection {
        tables: tables
            .into_iter()
            .filter(|(t, _)| !weak.contains(t))
            .collect(),
        bridges: bridges.into_iter().filter(|t| !weak.contains(t)).collect(),
        joins: joins
            .into_iter()
            .filter(|j| {
                let join = knowledge.graph.join(*j);
                !weak.contains(&join.from_table) && !weak.contains(&join.to_table)
            })
            .collect(),
    }
}
