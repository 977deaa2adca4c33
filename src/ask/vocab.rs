//! The vocabulary every part of ASK reads words with, so that a question, the corpus and the
//! cache's entries are normalized the same way:
//! - `tokens`: free text into raw words ([`raw_words`]: identifiers split, lower case,
//!   accents folded, possessives dropped), a schema name's words with its abbreviations
//!   spelled out ([`identifier_words`]) and skeletons into words ([`skeleton_words`]);
//! - `stem`: the one light stemmer ([`stem()`]: plurals, possessives, `-ed`/`-ing`,
//!   irregular forms, adverbs of time);
//! - `lists`: word classes, each listed once — what retrieval drops ([`is_stop_word`]),
//!   what a cached entry may differ by ([`is_filler`]), what example shapes drop
//!   ([`is_shape_stop_word`]), the words of follow-ups ([`continues_conversation`],
//!   [`refers_back`], [`is_follow_up_word`]), period prepositions, and the short words that
//!   are never a column value ([`is_never_a_value`]);
//! - `synonyms`: glossary phrases folded onto their term ([`Synonyms::fold`]);
//! - `fuzzy`: terms that match despite a typo or as a demonym ([`term_match`]), and where
//!   a phrase occurs ([`phrase_occurrences`]);
//! - [`grammar`]: the words that shape a question — aggregates, rankings, time grains,
//!   comparisons, "distinct", "never", the help request;
//! - [`measures`]: the one list of measure words ("revenue", "sales", "sold", "units",
//!   "price", "expensive") with the kinds of column they ask for, their aggregate, ranking
//!   and activity tables, and the column names that carry each kind — read by retrieval
//!   and by the question engine alike;
//! - [`business`]: the rest of the built-in business vocabulary — kinds of thing ("movie"
//!   is `film`), periods and buyers — for schemas nobody annotated.
//!
//! Retrieval and the built-in embedder read free text as [`terms`]; the semantic cache and
//! the built-in generator read skeletons through [`Synonyms::fold`].

pub mod business;
mod fuzzy;
pub mod grammar;
mod lists;
pub mod measures;
mod segment;
mod stem;
mod synonyms;
#[cfg(test)]
mod tests;
mod tokens;

pub use fuzzy::{edit_distance, phrase_match, phrase_occurrences, term_match};
pub use lists::{
    continues_conversation, is_filler, is_follow_up_word, is_never_a_value, is_period_preposition,
    is_shape_stop_word, is_stop_word, refers_back, that_points_back, MONTH_NAMES,
};
pub use segment::Segmenter;
pub use stem::{nominalizes, stem};
pub use synonyms::{Folded, Synonyms};
pub use tokens::{identifier_words, is_placeholder, raw_words, skeleton_words, table_words};

/// The meaningful words of free text: raw words without stop words, stemmed.
pub fn terms(text: &str) -> Vec<String> {
    meaningful(raw_words(text))
}

/// The meaningful words of a table's or column's name, abbreviations spelled out
/// ([`identifier_words`]), without stop words, stemmed.
pub fn identifier_terms(name: &str) -> Vec<String> {
    meaningful(identifier_words(name))
}

/// The meaningful words of a table's name ([`table_words`]), stemmed, without stop words.
pub fn table_terms(name: &str) -> Vec<String> {
    meaningful(table_words(name))
}

/// The meaningful words of a column's name as [`Segmenter::words`] reads it, stemmed,
/// without stop words.
pub fn column_terms(segmenter: &Segmenter, name: &str) -> Vec<String> {
    meaningful(segmenter.words(name))
}

fn meaningful(words: Vec<String>) -> Vec<String> {
    words
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .map(|w| stem(&w))
        .collect()
}

/// Whether a folded skeleton names only literals and follow-up words, shape stop words
/// aside ("what about 2023?", "and for Brazil instead?"): it changes the literals of an
/// earlier question and means nothing on its own.
pub fn is_literal_follow_up(folded: &[Folded]) -> bool {
    let mut literals = 0;
    for unit in folded {
        match unit {
            Folded::Placeholder(_) => literals += 1,
            Folded::Word { word, .. } if is_shape_stop_word(word) || is_follow_up_word(word) => {}
            _ => return false,
        }
    }
    literals > 0
}
