//! When is a question "the same" as an example? Both skeletons become *shapes*: glossary
//! phrases folded onto their term (so "sales" and "turnover" read as "revenue"), shape stop
//! words dropped, words stemmed, literal placeholders kept (all by [`crate::ask::vocab`]).
//! Only equal shapes (in order, or the same words reordered) with literals that fit each
//! other's slots match: a question that differs by one content word — another metric,
//! grouping or ordering — does not.

use crate::ask::literals::Literal;
use crate::ask::vocab::{is_literal_follow_up, is_shape_stop_word, Folded, Synonyms};

/// How a question's shape matches an example's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Fit {
    /// The same words in the same order.
    Same,
    /// The same words in another order ("2025 revenue by quarter").
    Reordered,
}

/// The content of a question: folded, stemmed words and literal placeholders, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shape {
    tokens: Vec<String>,
    /// Only literals and follow-up words (see [`is_literal_follow_up`]).
    follow_up: bool,
}

impl Shape {
    /// The shape of a skeleton: its folded words without shape stop words.
    pub(crate) fn of(synonyms: &Synonyms, skeleton: &str) -> Shape {
        let folded = synonyms.fold(skeleton);
        let follow_up = is_literal_follow_up(&folded);
        let tokens = folded
            .into_iter()
            .filter_map(|f| match f {
                Folded::Placeholder(p) => Some(p),
                Folded::Term(term) => Some(format!("g:{term}")),
                Folded::Count => Some("count".to_owned()),
                Folded::Word { word, stem } => (!is_shape_stop_word(&word)).then_some(stem),
            })
            .collect();
        Shape { tokens, follow_up }
    }

    /// How this (a question's shape) matches an example's, if at all.
    pub(crate) fn fit(&self, example: &Shape) -> Option<Fit> {
        // A question of only stop words says nothing to match on.
        if self.tokens.is_empty() {
            return None;
        }
        if self.tokens == example.tokens {
            return Some(Fit::Same);
        }
        let sorted = |s: &Shape| {
            let mut t = s.tokens.clone();
            t.sort();
            t
        };
        (sorted(self) == sorted(example)).then_some(Fit::Reordered)
    }

    /// Dice coefficient of the two token multisets, to rank examples for hints.
    pub(crate) fn similarity(&self, other: &Shape) -> f32 {
        if self.tokens.is_empty() || other.tokens.is_empty() {
            return 0.0;
        }
        let mut remaining = other.tokens.clone();
        let mut shared = 0;
        for token in &self.tokens {
            if let Some(at) = remaining.iter().position(|t| t == token) {
                remaining.swap_remove(at);
                shared += 1;
            }
        }
        2.0 * shared as f32 / (self.tokens.len() + other.tokens.len()) as f32
    }

    /// Only literals and follow-up words: "what about 2023?", "and for Brazil?".
    pub(crate) fn is_follow_up(&self) -> bool {
        self.follow_up
    }
}

/// Pairs each question literal with an example literal of the same slot type, in order of
/// appearance: `(example literals, question literals)`, ready for `rebind`.
pub(super) fn pair_literals(
    question: &[Literal],
    example: &[Literal],
) -> Option<(Vec<Literal>, Vec<Literal>)> {
    if question.len() != example.len() {
        return None;
    }
    let mut used = vec![false; example.len()];
    let mut from = Vec::with_capacity(question.len());
    for literal in question {
        let j = (0..example.len()).find(|&j| !used[j] && example[j].fits_slot_of(literal))?;
        used[j] = true;
        from.push(example[j].clone());
    }
    Some((from, question.to_vec()))
}
