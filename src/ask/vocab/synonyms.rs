//! Glossary synonyms folded onto their term, so that "sales", "turnover" and "net sales"
//! all read as "revenue" wherever questions are compared (example shapes, cache
//! signatures and the cache's embedding text).

use std::collections::HashMap;

use super::{is_placeholder, skeleton_words, stem};
use crate::ask::corpus::GlossaryEntry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    Term(usize),
    /// The phrase belongs to two glossary terms: left unfolded.
    Ambiguous,
}

/// The glossary as phrases to fold, exactly as written and stemmed.
#[derive(Debug, Default)]
pub struct Synonyms {
    exact: HashMap<String, Fold>,
    stemmed: HashMap<String, Fold>,
    max_words: usize,
}

/// One unit of a folded skeleton.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Folded {
    /// A literal placeholder such as `{year}`.
    Placeholder(String),
    /// A glossary phrase: the index of its entry.
    Term(usize),
    /// "number of", "how many".
    Count,
    /// Any other word, as written (lower case) and stemmed.
    Word { word: String, stem: String },
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

/// Whether the word folded last names what a "headcount" after it counts ("animal
/// headcount"), not a word about the staff's ("current headcount").
fn counted_before(folded: &[Folded]) -> bool {
    let Some(Folded::Word { word, .. }) = folded.last() else {
        return false;
    };
    let about_staff = matches!(
        word.as_str(),
        "current"
            | "total"
            | "overall"
            | "active"
            | "average"
            | "monthly"
            | "yearly"
            | "annual"
            | "company"
            | "staff"
            | "employee"
            | "team"
            | "department"
            | "our"
            | "the"
            | "full"
            | "actual"
            | "present"
            | "today"
            | "today's"
            | "planned"
            | "budgeted"
    );
    !about_staff && !super::is_stop_word(word) && word.chars().all(|c| c.is_alphabetic())
}

impl Synonyms {
    /// Every glossary term and synonym, read as a question is: `skeleton` gives the
    /// skeleton of a phrase, or None for one to leave out (a synonym that is a literal, such
    /// as `Q4 2025`; see `literals::plain_skeleton`).
    pub fn build(glossary: &[GlossaryEntry], skeleton: impl Fn(&str) -> Option<String>) -> Self {
        let mut synonyms = Synonyms::default();
        for (term, entry) in glossary.iter().enumerate() {
            for phrase in std::iter::once(&entry.term).chain(&entry.synonyms) {
                let Some(skeleton) = skeleton(phrase) else {
                    continue;
                };
                let words = skeleton_words(&skeleton);
                synonyms.max_words = synonyms.max_words.max(words.len());
                insert(&mut synonyms.exact, words.join(" "), term);
                let stemmed: Vec<String> = words.iter().map(|w| stem(w)).collect();
                insert(&mut synonyms.stemmed, stemmed.join(" "), term);
            }
        }
        synonyms
    }

    /// The longest glossary phrase at word `i` (as written, else stemmed): its term and
    /// length in words.
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
    pub fn fold(&self, skeleton: &str) -> Vec<Folded> {
        let words = skeleton_words(skeleton);
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
            } else if word == "headcount" && counted_before(&folded) {
                // "animal headcount": the number of animals.
                let noun = folded.pop().expect("a word before");
                folded.push(Folded::Count);
                folded.push(noun);
                i += 1;
            } else if word == "headcount" && words.get(i + 1) == Some(&"of") {
                // "the headcount of drivers": the number of drivers there now.
                folded.push(Folded::Count);
                folded.push(Folded::Word {
                    word: "headcount".into(),
                    stem: "headcount".into(),
                });
                i += 2;
            } else if word == "headcount" {
                // "headcount": the number of staff there now.
                folded.push(Folded::Count);
                folded.push(Folded::Word {
                    word: "headcount".into(),
                    stem: "headcount".into(),
                });
                folded.push(Folded::Word {
                    word: "staff".into(),
                    stem: stem("staff"),
                });
                i += 1;
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
}
