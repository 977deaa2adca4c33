//! When is a question "the same" as an example? Both skeletons become *shapes*: glossary
//! phrases folded onto their term (so "sales" and "turnover" read as "revenue"), stop words
//! dropped, words lightly stemmed, literal placeholders kept. Only equal shapes (in order, or
//! the same words reordered) with literals that fit each other's slots match: a question
//! that differs by one content word — another metric, grouping or ordering — does not.
//!
//! The folding itself ([`Vocabulary::fold`]) is shared with the semantic cache, which
//! drops fewer words than a shape does.

use std::collections::HashMap;

use crate::ask::corpus::GlossaryEntry;
use crate::ask::literals::{extract, Literal, ValueIndex};

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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    Term(usize),
    /// The phrase belongs to two glossary terms: left unfolded.
    Ambiguous,
}

/// The glossary as phrases to fold, exactly as written and stemmed.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    exact: HashMap<String, Fold>,
    stemmed: HashMap<String, Fold>,
    max_words: usize,
}

pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "been", "being", "between",
    "by", "came", "come", "did", "do", "does", "each", "every", "far", "find", "for", "from",
    "get", "give", "had", "has", "have", "how", "i", "in", "into", "is", "it", "its", "let",
    "list", "me", "much", "my", "need", "of", "on", "or", "our", "overall", "please", "see",
    "show", "so", "some", "still", "tell", "than", "that", "the", "their", "there", "these",
    "they", "this", "those", "to", "total", "us", "was", "we", "were", "what", "when", "which",
    "who", "whom", "whose", "with", "you", "your",
];

/// Words that turn a bare literal into a follow-up ("what about 2023?", "and for Brazil?").
const FOLLOW_UP_WORDS: &[&str] = &[
    "again", "also", "instead", "just", "now", "ok", "okay", "only", "rather", "same", "then",
    "too",
];

fn is_placeholder(token: &str) -> bool {
    token.starts_with('{')
}

/// Light stemming: possessives, plurals, `-ed`/`-ing`, a few irregular forms, and the
/// adverbs of time (`monthly` is `month`).
pub(crate) fn stem(word: &str) -> String {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    let irregular = match word {
        "grew" | "grown" | "growth" | "growing" => Some("grow"),
        "bought" => Some("buy"),
        "sold" => Some("sell"),
        "spent" => Some("spend"),
        "monthly" => Some("month"),
        "daily" => Some("day"),
        "weekly" => Some("week"),
        "quarterly" => Some("quarter"),
        "yearly" | "annual" | "annually" => Some("year"),
        "versus" => Some("vs"),
        _ => None,
    };
    if let Some(stem) = irregular {
        return stem.to_owned();
    }
    let mut w = word.to_owned();
    if w.len() > 5 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.len() > 4 && w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.len() > 3 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
    {
        w.pop();
    }
    if w.len() > 6 && w.ends_with("ing") {
        w.truncate(w.len() - 3);
    } else if w.len() > 5 && w.ends_with("ed") {
        w.truncate(w.len() - 2);
    }
    w
}

/// Skeleton words, with "how many" read as "number of" so that both fold the same way.
fn words(skeleton: &str) -> Vec<&str> {
    let mut words: Vec<&str> = skeleton.split(' ').filter(|w| !w.is_empty()).collect();
    for i in 1..words.len() {
        if (words[i - 1], words[i]) == ("how", "many") {
            words[i - 1] = "number";
            words[i] = "of";
        }
    }
    words
}

fn insert(map: &mut HashMap<String, Fold>, key: String, term: usize) {
    map.entry(key)
        .and_modify(|f| {
            if *f != Fold::Term(term) {
                *f = Fold::Ambiguous;
            }
        })
        .or_insert(Fold::Term(term));
}

impl Vocabulary {
    /// Every glossary term and synonym, read as a question is (so a synonym that is a literal,
    /// such as `Q4 2025`, is left out).
    pub(crate) fn build(glossary: &[GlossaryEntry], values: &ValueIndex) -> Self {
        let mut vocabulary = Vocabulary::default();
        for (term, entry) in glossary.iter().enumerate() {
            for phrase in std::iter::once(&entry.term).chain(&entry.synonyms) {
                let template = extract(phrase, values);
                if !template.literals.is_empty() || template.skeleton.is_empty() {
                    continue;
                }
                let words = words(&template.skeleton);
                vocabulary.max_words = vocabulary.max_words.max(words.len());
                insert(&mut vocabulary.exact, words.join(" "), term);
                let stemmed: Vec<String> = words.iter().map(|w| stem(w)).collect();
                insert(&mut vocabulary.stemmed, stemmed.join(" "), term);
            }
        }
        vocabulary
    }

    fn fold_at(&self, words: &[&str], stems: &[String], i: usize) -> Option<(usize, usize)> {
        let longest = self.max_words.min(words.len() - i);
        (1..=longest).rev().find_map(|n| {
            let exact = self.exact.get(&words[i..i + n].join(" "));
            let stemmed = || self.stemmed.get(&stems[i..i + n].join(" "));
            match (exact, stemmed()) {
                (Some(Fold::Term(t)), _) | (_, Some(Fold::Term(t))) => Some((*t, n)),
                _ => None,
            }
        })
    }

    /// The words of a skeleton folded: placeholders kept, glossary phrases (as written or
    /// stemmed, longest first) replaced by their term, "number of" / "how many" read as a
    /// count, every other word kept with its stem. Nothing is dropped.
    pub(crate) fn fold(&self, skeleton: &str) -> Vec<Folded> {
        let words = words(skeleton);
        let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
        let mut folded = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            let word = words[i];
            if is_placeholder(word) {
                folded.push(Folded::Placeholder(word.to_owned()));
                i += 1;
            } else if let Some((term, n)) = self.fold_at(&words, &stems, i) {
                folded.push(Folded::Term(term));
                i += n;
            } else if (word, words.get(i + 1).copied()) == ("number", Some("of")) {
                folded.push(Folded::Count);
                i += 2;
            } else {
                folded.push(Folded::Word {
                    word: word.to_owned(),
                    stem: stems[i].clone(),
                });
                i += 1;
            }
        }
        folded
    }

    /// The shape of a skeleton: its folded words without stop words.
    pub(crate) fn shape(&self, skeleton: &str) -> Shape {
        let tokens = self
            .fold(skeleton)
            .into_iter()
            .filter_map(|f| match f {
                Folded::Placeholder(p) => Some(p),
                Folded::Term(term) => Some(format!("g:{term}")),
                Folded::Count => Some("count".to_owned()),
                Folded::Word { word, stem } => {
                    (!STOP_WORDS.contains(&word.as_str())).then_some(stem)
                }
            })
            .collect();
        Shape { tokens }
    }
}

/// One unit of a folded skeleton.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Folded {
    /// A literal placeholder such as `{year}`.
    Placeholder(String),
    /// A glossary phrase: the index of its entry.
    Term(usize),
    /// "number of", "how many".
    Count,
    /// Any other word, as written (lower case) and stemmed.
    Word { word: String, stem: String },
}

impl Shape {
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
        self.tokens.iter().any(|t| is_placeholder(t))
            && self
                .tokens
                .iter()
                .all(|t| is_placeholder(t) || FOLLOW_UP_WORDS.contains(&t.as_str()))
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
