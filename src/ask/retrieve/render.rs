//! The context text within the budget. Everything that could be said is cut into pieces —
//! a table's header, each column line, its comment, its sampled values, each join, glossary
//! entry, example and note — each with a priority and a size. Pieces are taken by priority
//! while they fit (a piece only with the piece it belongs to), then written in reading
//! order: tables, joins, glossary, examples, notes. What the question points at comes
//! first: chosen tables with their keys and matched columns, their joins, matched glossary
//! entries and the closest example; then the rest of those tables, further examples,
//! comments and values of other columns, loosely related glossary entries, notes.

use std::collections::{HashMap, HashSet};

mod lines;

use super::score::Scores;
use super::select::{Selection, STRONG};
use super::why::why;
use super::{estimate_tokens, Context, Knowledge, Scored, Source, TableContext};
use crate::ask::corpus::ChunkKind;
pub(super) use lines::schema_tokens;
use lines::{
    column_text, comment_text, example_text, glossary_text, header_text, join_text, note_text,
    values_text, VALUES_PREFIX,
};

/// Priorities, highest taken first. A table's pieces hang off `TABLE - 5 × rank`: its
/// header, then just below it the columns it is wanted for (keys, joins, matches); far
/// below, the rest of it.
mod priority {
    pub const TABLE: f32 = 1000.0;
    pub const PER_RANK: f32 = 5.0;
    /// Less the farther table's rank.
    pub const JOIN: f32 = 995.0;
    pub const MATCHED_GLOSSARY: f32 = 890.0;
    pub const EXPRESSION: f32 = 870.0;
    pub const FIRST_EXAMPLE: f32 = 880.0;
    pub const MORE_EXAMPLES: f32 = 700.0;
    pub const RELATED_GLOSSARY: f32 = 580.0;
    pub const NOTE: f32 = 550.0;
    /// Below the table's own priority.
    pub const OTHER_COLUMN: f32 = 200.0;
    pub const BRIDGE_OTHER_COLUMN: f32 = 300.0;
    pub const WANTED_COMMENT: f32 = 210.0;
    pub const TABLE_COMMENT: f32 = 215.0;
    pub const WANTED_VALUES: f32 = 230.0;
    pub const OTHER_COMMENT: f32 = 350.0;
    pub const OTHER_VALUES: f32 = 400.0;
    /// Scores move an item within its level by up to this much.
    pub const BY_SCORE: f32 = 5.0;
}

/// Examples, glossary entries and notes offered at most, and from which score.
const MAX_EXAMPLES: usize = 3;
const MIN_EXAMPLE: f32 = 0.3;
const MAX_GLOSSARY: usize = 8;
const MIN_GLOSSARY: f32 = 0.45;
const MAX_NOTES: usize = 3;
const MIN_NOTE: f32 = 0.25;
/// Evidence from which a column is cited as a source.
const CITED_COLUMN: f32 = 0.3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Section {
    Tables,
    Joins,
    Expressions,
    Glossary,
    Examples,
    Notes,
}

impl Section {
    fn heading(self) -> &'static str {
        match self {
            Section::Tables => "Tables:\n",
            Section::Joins => "Joins:\n",
            Section::Expressions => "Usual expressions (SQL seen through askpg):\n",
            Section::Glossary => "Glossary:\n",
            Section::Examples => "Examples:\n",
            Section::Notes => "Notes:\n",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// `rank` is the table's position in the selection.
    Header {
        rank: usize,
    },
    TableComment {
        rank: usize,
    },
    Column {
        rank: usize,
        column: usize,
    },
    ColumnComment {
        rank: usize,
        column: usize,
    },
    ColumnValues {
        rank: usize,
        column: usize,
    },
    Join {
        join: usize,
    },
    /// Index into the selection's learned joins.
    LearnedJoin {
        join: usize,
    },
    /// Index into the selection's learned expressions.
    Expression {
        item: usize,
    },
    Glossary {
        item: usize,
        score: f32,
    },
    Example {
        item: usize,
        score: f32,
    },
    Note {
        item: usize,
        score: f32,
    },
}

struct Piece {
    part: Part,
    priority: f32,
    /// Pieces that must be taken first.
    needs: Vec<usize>,
    /// Text of the piece (the widest form, when its wording depends on neighbours).
    text: String,
}

pub(super) struct Packer<'a> {
    knowledge: &'a Knowledge,
    scores: &'a Scores,
    selection: &'a Selection,
    pieces: Vec<Piece>,
}

impl<'a> Packer<'a> {
    pub fn new(knowledge: &'a Knowledge, scores: &'a Scores, selection: &'a Selection) -> Self {
        let mut packer = Self {
            knowledge,
            scores,
            selection,
            pieces: Vec::new(),
        };
        packer.table_pieces();
        packer.corpus_pieces();
        packer
    }

    /// The context within `budget` tokens.
    pub fn pack(&self, budget: usize) -> Context {
        let limit = budget.saturating_mul(4);
        let mut order: Vec<usize> = (0..self.pieces.len()).collect();
        order.sort_by(|&a, &b| self.pieces[b].priority.total_cmp(&self.pieces[a].priority));
        let mut taken: HashSet<usize> = HashSet::new();
        let mut sections: HashSet<Section> = HashSet::new();
        let mut used = 0usize;
        for i in order {
            let piece = &self.pieces[i];
            if !piece.needs.iter().all(|n| taken.contains(n)) {
                continue;
            }
            let section = section_of(piece.part);
            let heading = if sections.contains(&section) {
                0
            } else {
                section.heading().chars().count() + 1
            };
            let cost = piece.text.chars().count() + heading;
            if used + cost <= limit {
                used += cost;
                taken.insert(i);
                sections.insert(section);
            }
        }
        // The sizes above are upper bounds; this only guards against a slip.
        loop {
            let context = self.context(&taken);
            if context.tokens <= budget || taken.is_empty() {
                return context;
            }
            let needed: HashSet<usize> = taken
                .iter()
                .flat_map(|&i| self.pieces[i].needs.iter().copied())
                .collect();
            if let Some(&weakest) = taken
                .iter()
                .filter(|i| !needed.contains(i))
                .min_by(|&&a, &&b| self.pieces[a].priority.total_cmp(&self.pieces[b].priority))
            {
                taken.remove(&weakest);
            }
        }
    }

    fn table_pieces(&mut self) {
        let join_columns: HashSet<(usize, String)> = self
            .selection
            .joins
            .iter()
            .flat_map(|&j| {
                let join = self.knowledge.graph.join(j);
                let from = join
                    .from_columns
                    .iter()
                    .map(|c| (join.from_table, c.clone()));
                let to = join.to_columns.iter().map(|c| (join.to_table, c.clone()));
                from.chain(to).collect::<Vec<_>>()
            })
            .collect();
        let mut headers = HashMap::new();
        for rank in 0..self.selection.tables.len() {
            let header = self.one_table(rank, &join_columns);
            headers.insert(self.selection.tables[rank].0, (header, rank));
        }
        for &j in &self.selection.joins {
            let join = self.knowledge.graph.join(j);
            let (Some(&(a, rank_a)), Some(&(b, rank_b))) =
                (headers.get(&join.from_table), headers.get(&join.to_table))
            else {
                continue;
            };
            let priority = priority::JOIN - priority::PER_RANK * rank_a.max(rank_b) as f32;
            let text = format!("  {}\n", join_text(self.knowledge, join));
            self.push(Part::Join { join: j }, priority, vec![a, b], text);
        }
        for (j, (join, n)) in self.selection.learned_joins.iter().enumerate() {
            let (Some(&(a, rank_a)), Some(&(b, rank_b))) =
                (headers.get(&join.from_table), headers.get(&join.to_table))
            else {
                continue;
            };
            let priority = priority::JOIN - priority::PER_RANK * rank_a.max(rank_b) as f32;
            let text = format!(
                "  {} -- in {n} statements seen\n",
                join_text(self.knowledge, join)
            );
            self.push(
                Part::LearnedJoin { join: j },
                priority - 0.5,
                vec![a, b],
                text,
            );
        }
        for (item, (expression, n)) in self.selection.expressions.iter().enumerate() {
            let text = format!("- {expression} -- in {n} statements\n");
            let priority = priority::EXPRESSION - 0.01 * item as f32;
            self.push(Part::Expression { item }, priority, vec![], text);
        }
    }

    /// The pieces of the table at `rank`; returns its header's piece.
    fn one_table(&mut self, rank: usize, join_columns: &HashSet<(usize, String)>) -> usize {
        let knowledge = self.knowledge;
        let (t, _) = self.selection.tables[rank];
        let table = &knowledge.corpus.tables[t];
        let scores = &self.scores.tables[t];
        let base = priority::TABLE - priority::PER_RANK * rank as f32;
        let header = self.push(Part::Header { rank }, base, vec![], header_text(table));
        if let Some(text) = comment_text(table.comment.as_deref(), true) {
            let part = Part::TableComment { rank };
            self.push(part, base - priority::TABLE_COMMENT, vec![header], text);
        }
        // A bridge table is there for its keys; its other columns matter least.
        let other = if self.selection.bridges.contains(&t) {
            priority::BRIDGE_OTHER_COLUMN
        } else {
            priority::OTHER_COLUMN
        };
        for (c, column) in table.columns.iter().enumerate() {
            let score = scores.columns[c].score().min(1.0);
            let matched: Vec<&str> = scores
                .matched_values
                .iter()
                .filter(|(m, _)| *m == c)
                .map(|(_, v)| v.as_str())
                .collect();
            let wanted = scores.columns[c].evidence() >= STRONG
                || !matched.is_empty()
                || table.primary_key.contains(&column.name)
                || join_columns.contains(&(t, column.name.clone()));
            let (line_priority, comment_priority, values_priority) = if wanted {
                let line = base - 1.0 - 0.5 * (1.0 - score);
                (
                    line,
                    base - priority::WANTED_COMMENT,
                    base - priority::WANTED_VALUES,
                )
            } else {
                let line = base - other - 0.01 * c as f32 + 0.005 * score;
                (
                    line,
                    base - priority::OTHER_COMMENT,
                    base - priority::OTHER_VALUES,
                )
            };
            let text = column_text(knowledge, table, column, &matched);
            let line = self.push(
                Part::Column { rank, column: c },
                line_priority,
                vec![header],
                text,
            );
            if let Some(text) = comment_text(column.comment.as_deref(), false) {
                let part = Part::ColumnComment { rank, column: c };
                self.push(part, comment_priority, vec![line], text);
            }
            if !column.sensitive && !column.values.is_empty() {
                let part = Part::ColumnValues { rank, column: c };
                self.push(
                    part,
                    values_priority,
                    vec![line],
                    values_text(&column.values),
                );
            }
        }
        header
    }

    fn corpus_pieces(&mut self) {
        let corpus = &self.knowledge.corpus;
        let glossary = top(&self.scores.glossary, MIN_GLOSSARY, MAX_GLOSSARY);
        for (n, (item, score)) in glossary.into_iter().enumerate() {
            let level = if score >= STRONG {
                priority::MATCHED_GLOSSARY
            } else {
                priority::RELATED_GLOSSARY
            };
            let priority = level + priority::BY_SCORE * score - 0.01 * n as f32;
            let text = glossary_text(&corpus.glossary[item]);
            self.push(Part::Glossary { item, score }, priority, vec![], text);
        }
        let examples = top(&self.scores.examples, MIN_EXAMPLE, MAX_EXAMPLES);
        for (n, (item, score)) in examples.into_iter().enumerate() {
            let level = if n == 0 {
                priority::FIRST_EXAMPLE
            } else {
                priority::MORE_EXAMPLES - n as f32
            };
            let text = example_text(&corpus.examples[item]);
            let priority = level + priority::BY_SCORE * score;
            self.push(Part::Example { item, score }, priority, vec![], text);
        }
        for (item, score) in top(&self.scores.notes, MIN_NOTE, MAX_NOTES) {
            let priority = priority::NOTE + priority::BY_SCORE * score;
            let text = note_text(&corpus.notes[item]);
            self.push(Part::Note { item, score }, priority, vec![], text);
        }
    }

    fn push(&mut self, part: Part, priority: f32, needs: Vec<usize>, text: String) -> usize {
        // A piece never outranks what it needs, so taking by priority keeps order.
        let ceiling = needs
            .iter()
            .map(|&n| self.pieces[n].priority - 0.001)
            .fold(f32::INFINITY, f32::min);
        self.pieces.push(Piece {
            part,
            priority: priority.min(ceiling),
            needs,
            text,
        });
        self.pieces.len() - 1
    }

    /// The context made of the `taken` pieces.
    fn context(&self, taken: &HashSet<usize>) -> Context {
        let mut context = Context::default();
        let mut text = String::new();
        let mut by_rank: Vec<Vec<&Piece>> = vec![Vec::new(); self.selection.tables.len()];
        let mut other: Vec<&Piece> = Vec::new();
        let mut in_order: Vec<usize> = taken.iter().copied().collect();
        in_order.sort_unstable();
        for &i in &in_order {
            let piece = &self.pieces[i];
            match piece.part {
                Part::Header { rank }
                | Part::TableComment { rank }
                | Part::Column { rank, .. }
                | Part::ColumnComment { rank, .. }
                | Part::ColumnValues { rank, .. } => by_rank[rank].push(piece),
                _ => other.push(piece),
            }
        }
        if by_rank.iter().any(|p| !p.is_empty()) {
            text.push_str(Section::Tables.heading());
        }
        for (rank, pieces) in by_rank.iter().enumerate() {
            if let Some(table) = self.table_context(rank, pieces, &mut text) {
                context.tables.push(table);
            }
        }
        other.sort_by_key(|p| section_of(p.part));
        let mut section = Section::Tables;
        let mut learned = Vec::new();
        for piece in other {
            let this = section_of(piece.part);
            if this != section {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(this.heading());
                section = this;
            }
            text.push_str(&piece.text);
            match piece.part {
                Part::Join { join } => context.joins.push(self.knowledge.graph.join(join).clone()),
                Part::LearnedJoin { join } => {
                    let (join, n) = &self.selection.learned_joins[join];
                    context.joins.push(join.clone());
                    learned.push(learned_source("join", &join_text(self.knowledge, join), *n));
                }
                Part::Expression { item } => {
                    let (expression, n) = &self.selection.expressions[item];
                    learned.push(learned_source("expression", expression, *n));
                }
                Part::Glossary { item, score } => {
                    context.glossary.push(Scored { index: item, score })
                }
                Part::Example { item, score } => {
                    context.examples.push(Scored { index: item, score })
                }
                Part::Note { item, score } => context.notes.push(Scored { index: item, score }),
                _ => {}
            }
        }
        context.sources = self.sources(&context);
        context.sources.extend(learned);
        context.tokens = estimate_tokens(&text);
        context.text = text;
        context
    }

    /// Writes one table's lines and says what was shown of it.
    fn table_context(
        &self,
        rank: usize,
        pieces: &[&Piece],
        text: &mut String,
    ) -> Option<TableContext> {
        let header = pieces
            .iter()
            .find(|p| matches!(p.part, Part::Header { .. }))?;
        let (t, score) = self.selection.tables[rank];
        text.push_str(header.text.trim_end_matches('\n'));
        if let Some(comment) = pieces
            .iter()
            .find(|p| matches!(p.part, Part::TableComment { .. }))
        {
            text.push_str(&comment.text);
        }
        text.push('\n');
        let mut columns = Vec::new();
        for piece in pieces {
            let Part::Column { column, .. } = piece.part else {
                continue;
            };
            columns.push(column);
            text.push_str(piece.text.trim_end_matches('\n'));
            let comment = pieces
                .iter()
                .find(|p| p.part == Part::ColumnComment { rank, column });
            if let Some(comment) = comment {
                text.push_str(&comment.text);
            }
            if let Some(values) = pieces
                .iter()
                .find(|p| p.part == Part::ColumnValues { rank, column })
            {
                let listed = &values.text[VALUES_PREFIX.len()..];
                match comment {
                    // Shorter than the prefix the size was counted with.
                    Some(c) if c.text.ends_with(['.', '!', '?']) => {
                        text.push_str(" Values: ");
                        text.push_str(listed);
                    }
                    Some(_) => {
                        text.push_str("; values: ");
                        text.push_str(listed);
                    }
                    None => text.push_str(&values.text),
                }
            }
            text.push('\n');
        }
        let matched_values = self.scores.tables[t]
            .matched_values
            .iter()
            .filter(|(c, _)| columns.contains(c))
            .cloned()
            .collect();
        let reason = self.selection.reasons[rank];
        Some(TableContext {
            table: t,
            score,
            columns,
            matched_values,
            why: why(self.knowledge, &self.scores.tables[t], t, reason),
        })
    }

    /// The chunks behind what the context shows, best first.
    fn sources(&self, context: &Context) -> Vec<Source> {
        let chunks = &self.knowledge.lexicon.chunks;
        let corpus = &self.knowledge.corpus;
        let mut sources: Vec<(usize, f32)> = Vec::new();
        for table in &context.tables {
            sources.extend(chunks.tables.get(&table.table).map(|&c| (c, table.score)));
            let scores = &self.scores.tables[table.table];
            for &c in &table.columns {
                let column = &scores.columns[c];
                let matched = table.matched_values.iter().any(|(m, _)| *m == c);
                if column.evidence() >= CITED_COLUMN || matched {
                    sources.extend(
                        chunks
                            .columns
                            .get(&(table.table, c))
                            .map(|&i| (i, column.score())),
                    );
                }
            }
        }
        let items = [
            (&context.glossary, &chunks.glossary),
            (&context.examples, &chunks.examples),
            (&context.notes, &chunks.notes),
        ];
        for (scored, map) in items {
            sources.extend(
                scored
                    .iter()
                    .filter_map(|s| map.get(&s.index).map(|&c| (c, s.score))),
            );
        }
        let mut sources: Vec<Source> = sources
            .into_iter()
            .map(|(c, score)| Source {
                id: corpus.chunks[c].id.clone(),
                kind: corpus.chunks[c].kind,
                score,
            })
            .collect();
        sources.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        sources.dedup_by(|a, b| a.id == b.id);
        sources
    }
}

fn section_of(part: Part) -> Section {
    match part {
        Part::Header { .. }
        | Part::TableComment { .. }
        | Part::Column { .. }
        | Part::ColumnComment { .. }
        | Part::ColumnValues { .. } => Section::Tables,
        Part::Join { .. } | Part::LearnedJoin { .. } => Section::Joins,
        Part::Expression { .. } => Section::Expressions,
        Part::Glossary { .. } => Section::Glossary,
        Part::Example { .. } => Section::Examples,
        Part::Note { .. } => Section::Notes,
    }
}

/// A source learned from SQL seen through askpg, cited after the corpus's own.
fn learned_source(what: &str, text: &str, statements: u64) -> Source {
    Source {
        id: format!("learned:{what}:{text}"),
        kind: ChunkKind::Learned,
        score: (statements as f32 / (statements as f32 + 10.0)).min(1.0),
    }
}

/// Items scoring at least `min`, best first, at most `max`.
fn top(scores: &[f32], min: f32, max: usize) -> Vec<(usize, f32)> {
    let mut ranked: Vec<(usize, f32)> = scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| *s >= min)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(max);
    ranked
}
