//! Scoring one question against the corpus.
//!
//! Two kinds of evidence, each scaled to 0..1:
//! - lexical: the question's terms (stemmed, typo-tolerant) against table and column
//!   names, comments and sampled values, glossary terms and synonyms (which lend their
//!   columns evidence), example questions and notes, weighted by term rarity;
//! - vector: cosine similarity of the question to the nearest chunks of the HNSW index,
//!   relative to the closest one, so it means the same for any embedder.
//!
//! - the business vocabulary ([`measures`]): a measure the question asks for, on the
//!   columns that carry it.
//!
//! A column's evidence is its strongest lexical signal; a table's score is its strongest
//! evidence (its name, its best column, the tables of a close example) plus a share of its
//! vector similarity. [`super::select`] chooses tables from these scores.

mod measures;
mod values;

pub(super) use values::searchable_columns;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use super::index::{glossary_said, Concept, Lexicon, GLOSSARY_SAID_FROM};
use super::select::{Selection, STRONG};
use super::Knowledge;
use crate::ask::corpus::{Chunk, ChunkKind};
use crate::ask::lookup::FoundValue;
use crate::ask::vocab::{self, business};

/// Nearest chunks asked of the vector index.
const NEIGHBOURS: usize = 64;
/// Share of vector similarity added to lexical evidence.
const VECTOR_SHARE: f32 = 0.3;
/// A key column's name match counts this much: `customer_id` is in every table near customers.
const KEY_NAME_FACTOR: f32 = 0.6;
/// Comments mention many things: a full match counts this much.
const COMMENT_FACTOR: f32 = 0.45;
/// A glossary entry the question names (at least [`GLOSSARY_SAID_FROM`]: "2025" for
/// "this year" is too weak) lends its columns this share of its match.
const GLOSSARY_LEND: f32 = 0.95;
/// A reworded glossary phrase counts from this share of its weight.
const PARTIAL_PHRASE_FROM: f32 = 0.5;
const PARTIAL_PHRASE: f32 = 0.85;
/// Glossary entries this close by vector (among the closest few) lend their columns
/// this much evidence times their closeness: never enough alone to choose a table.
const GLOSSARY_VECTOR_FROM: f32 = 0.85;
const GLOSSARY_BY_VECTOR: usize = 3;
const GLOSSARY_VECTOR_LEND: f32 = 0.4;
/// A value found in several tables counts this much where nothing else in the question
/// points at the table ("Networking" is a product category and a cloud service category).
pub(super) const AMBIGUOUS_VALUE: f32 = 0.45;
pub(super) const OTHER_SUPPORT: f32 = 0.3;
/// A value looked up upstream and found.
pub(super) const LOOKED_UP: f32 = 0.9;
/// A two-letter code named as written.
pub(super) const CODE_MATCH: f32 = 0.9;
/// How an example's closeness is made up.
const EXAMPLE_BY_WORDS: f32 = 0.4;
const EXAMPLE_BY_VECTOR: f32 = 0.25;
const EXAMPLE_BY_CONCEPTS: f32 = 0.35;
/// Examples at least this close lend their tables, this share of their score.
pub(super) const EXAMPLE_TABLES_FROM: f32 = 0.6;
const EXAMPLE_LEND: f32 = 0.7;

/// Evidence for one column, by kind.
#[derive(Debug, Clone, Default)]
pub(super) struct ColumnScore {
    pub name: f32,
    pub comment: f32,
    pub value: f32,
    /// Glossary entries the question names that name this column, combined as independent
    /// evidence (1 - Π(1 - e)).
    pub glossary: f32,
    /// The closest glossary entries by vector that name this column.
    pub glossary_vector: f32,
    /// A measure the question asks for that this column carries (business vocabulary).
    pub measure: f32,
    /// The question's word that asked for the measure.
    pub measure_word: Option<String>,
    pub vector: f32,
}

impl ColumnScore {
    /// The strongest lexical evidence.
    pub fn evidence(&self) -> f32 {
        self.name
            .max(self.comment)
            .max(self.value)
            .max(self.glossary)
            .max(self.glossary_vector)
            .max(self.measure)
    }

    pub fn score(&self) -> f32 {
        self.evidence() + VECTOR_SHARE * self.vector
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct TableScore {
    pub name: f32,
    pub comment: f32,
    pub example: f32,
    pub vector: f32,
    pub columns: Vec<ColumnScore>,
    /// Sampled values the question names: (column, value as stored).
    pub matched_values: Vec<(usize, String)>,
    /// Columns whose matched value was looked up upstream rather than sampled.
    pub looked_up: Vec<usize>,
}

impl TableScore {
    /// The strongest lexical evidence: the table's name or comment, or its best column.
    pub fn lexical(&self) -> f32 {
        self.columns
            .iter()
            .map(ColumnScore::evidence)
            .fold(self.name.max(self.comment), f32::max)
    }

    pub fn score(&self) -> f32 {
        let columns_vector = self.columns.iter().map(|c| c.vector).fold(0.0, f32::max);
        self.lexical().max(self.example) + VECTOR_SHARE * self.vector.max(0.8 * columns_vector)
    }
}

/// Everything scored for one question.
#[derive(Debug, Clone, Default)]
pub(super) struct Scores {
    /// Similarity of the nearest chunk: vector strengths are relative to it.
    pub nearest: f32,
    /// The question names a period ("monthly", "in 2010").
    pub period: bool,
    pub tables: Vec<TableScore>,
    pub glossary: Vec<f32>,
    pub examples: Vec<f32>,
    pub notes: Vec<f32>,
}

impl Scores {
    /// The tables the question points at: strong lexical evidence of their own.
    pub fn named_tables(&self) -> Vec<usize> {
        self.tables
            .iter()
            .enumerate()
            .filter(|(_, s)| s.lexical() >= STRONG)
            .map(|(t, _)| t)
            .collect()
    }
}

pub(super) struct Scorer<'a> {
    knowledge: &'a Knowledge,
    /// Values of the question found upstream beyond the sample.
    found: &'a [FoundValue],
    lexicon: &'a Lexicon,
    question: &'a str,
    vector: &'a [f32],
    terms: Vec<String>,
    /// Best match of a corpus term among the question's terms, remembered.
    matches: RefCell<HashMap<String, f32>>,
}

impl<'a> Scorer<'a> {
    pub fn new(
        knowledge: &'a Knowledge,
        question: &'a str,
        vector: &'a [f32],
        found: &'a [FoundValue],
    ) -> Self {
        Self {
            knowledge,
            found,
            lexicon: &knowledge.lexicon,
            question,
            vector,
            terms: vocab::terms(question)
                .iter()
                .map(|t| knowledge.lexicon.correct(t))
                .collect(),
            matches: RefCell::new(HashMap::new()),
        }
    }

    pub fn score(&self) -> Scores {
        let corpus = &self.knowledge.corpus;
        let mut scores = Scores {
            nearest: 0.0,
            period: business::names_period(&self.terms),
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
        let said = self.glossary_evidence(&mut scores);
        for t in 0..corpus.tables.len() {
            self.table_evidence(t, &mut scores);
        }
        self.value_evidence(&mut scores);
        self.found_values(&mut scores);
        self.names_near_named_tables(&mut scores);
        self.ambiguous_values(&mut scores);
        self.measure_evidence(&mut scores);
        let concepts = question_concepts(&said, &scores);
        self.example_and_note_evidence(&concepts, &mut scores);
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

    /// Glossary entries whose term or a synonym occurs in the question, as written or
    /// reworded; the columns they name get the entry's match as evidence. So do, more
    /// weakly, the columns of the few entries closest by vector (a paraphrase the glossary
    /// does not list). Returns each entry's lexical match.
    fn glossary_evidence(&self, scores: &mut Scores) -> Vec<f32> {
        // Until the loop below, `scores.glossary` holds vector strengths.
        let mut by_vector: Vec<(usize, f32)> = scores
            .glossary
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, v)| *v >= GLOSSARY_VECTOR_FROM)
            .collect();
        by_vector.sort_by(|a, b| b.1.total_cmp(&a.1));
        by_vector.truncate(GLOSSARY_BY_VECTOR);
        let said = glossary_said(&self.lexicon.glossary, &self.terms);
        let mut matched = vec![0.0; said.len()];
        for (g, entry) in self.lexicon.glossary.iter().enumerate() {
            let lexical = if said[g] > 0.0 {
                said[g]
            } else {
                entry
                    .phrases
                    .iter()
                    .map(|(phrase, weight)| weight * self.reworded(phrase))
                    .fold(0.0f32, f32::max)
            };
            matched[g] = lexical;
            let vector = scores.glossary[g];
            scores.glossary[g] = (lexical.max(0.6 * vector) + 0.2 * vector).min(1.0);
            let lent_by_vector = by_vector.iter().any(|(v, _)| *v == g);
            for &(t, c) in &entry.columns {
                let column = &mut scores.tables[t].columns[c];
                if lexical >= GLOSSARY_SAID_FROM {
                    let evidence = GLOSSARY_LEND * lexical;
                    column.glossary = 1.0 - (1.0 - column.glossary) * (1.0 - evidence);
                }
                if lent_by_vector {
                    column.glossary_vector =
                        column.glossary_vector.max(GLOSSARY_VECTOR_LEND * vector);
                }
            }
        }
        matched
    }

    /// Names and comments of a table and its columns.
    fn table_evidence(&self, t: usize, scores: &mut Scores) {
        let terms = &self.lexicon.tables[t];
        let question_weight = self.question_weight();
        let score = &mut scores.tables[t];
        for (column_score, column_terms) in score.columns.iter_mut().zip(&terms.columns) {
            let key_factor = if column_terms.key {
                KEY_NAME_FACTOR
            } else {
                1.0
            };
            column_score.name =
                key_factor * column_terms.rarity * self.coverage(&column_terms.name);
            column_score.comment =
                COMMENT_FACTOR * self.covered_by(&column_terms.comment, question_weight);
        }
        score.name = self.coverage(&terms.name);
        score.comment = COMMENT_FACTOR * self.covered_by(&terms.comment, question_weight);
    }

    /// A column name many tables share counts fully on a table next to one the question
    /// points at: "cities by number of orders" means the `city` of the customers that
    /// orders refer to, not that of any of the other tables with a city.
    fn names_near_named_tables(&self, scores: &mut Scores) {
        let named = scores.named_tables();
        for t in self.knowledge.graph.near(&named, 1) {
            let terms = &self.lexicon.tables[t];
            for (column, column_terms) in scores.tables[t].columns.iter_mut().zip(&terms.columns) {
                if column.name > 0.0 && !column_terms.key && column_terms.rarity < 1.0 {
                    column.name = self.coverage(&column_terms.name);
                }
            }
        }
    }

    /// Examples by closeness of their question: shared rare terms, vector similarity, and
    /// shared concepts (glossary entries named, values compared with), so "laptop sales"
    /// finds "How much revenue did Laptops bring in". Close examples lend their tables.
    /// Notes by the question's terms they contain.
    fn example_and_note_evidence(&self, concepts: &HashSet<Concept>, scores: &mut Scores) {
        let question_weight = self.question_weight();
        for (e, example) in self.lexicon.examples.iter().enumerate() {
            let lexical = self.overlap(&example.question);
            let shared = concepts.intersection(&example.concepts).count();
            let concept = if shared == 0 {
                0.0
            } else {
                2.0 * shared as f32 / (concepts.len() + example.concepts.len()) as f32
            };
            let score = EXAMPLE_BY_WORDS * lexical
                + EXAMPLE_BY_VECTOR * scores.examples[e]
                + EXAMPLE_BY_CONCEPTS * concept;
            scores.examples[e] = score;
            if score >= EXAMPLE_TABLES_FROM {
                for &t in &example.tables {
                    let table = &mut scores.tables[t];
                    table.example = table.example.max(EXAMPLE_LEND * score);
                }
            }
        }
        for (n, note) in self.lexicon.notes.iter().enumerate() {
            let lexical = self.covered_by(note, question_weight);
            scores.notes[n] = 0.5 * lexical + 0.5 * scores.notes[n];
        }
    }

    /// How well the question rewords a phrase: most of its weight, and two distinct terms
    /// of it, anywhere ("average basket size" for "average basket value").
    fn reworded(&self, phrase: &[String]) -> f32 {
        let distinct: HashSet<&String> = phrase.iter().collect();
        let matched = distinct.iter().filter(|t| self.best_match(t) > 0.0).count();
        if matched < 2 {
            return 0.0;
        }
        let coverage = self.coverage(phrase);
        if coverage >= PARTIAL_PHRASE_FROM {
            PARTIAL_PHRASE * coverage.sqrt()
        } else {
            0.0
        }
    }

    fn question_weight(&self) -> f32 {
        self.terms.iter().map(|q| self.lexicon.idf(q)).sum()
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
        if let Some(&known) = self.matches.borrow().get(term) {
            return known;
        }
        let best = self
            .terms
            .iter()
            .map(|q| vocab::term_match(term, q).max(business::related(term, q)))
            .fold(0.0, f32::max);
        self.matches.borrow_mut().insert(term.to_owned(), best);
        best
    }
}

/// What the question is about: the glossary entries it names, the values it names and
/// the columns holding them.
fn question_concepts(said: &[f32], scores: &Scores) -> HashSet<Concept> {
    let glossary = said
        .iter()
        .enumerate()
        .filter(|(_, s)| **s >= GLOSSARY_SAID_FROM)
        .map(|(g, _)| Concept::Glossary(g));
    let values = scores.tables.iter().enumerate().flat_map(|(t, table)| {
        table
            .matched_values
            .iter()
            .flat_map(move |(c, v)| [Concept::Value(v.to_lowercase()), Concept::ValuesOf(t, *c)])
    });
    glossary.chain(values).collect()
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
        ChunkKind::Learned => None,
    }
}
