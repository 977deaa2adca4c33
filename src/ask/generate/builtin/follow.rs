//! Follow-ups the question engine reads by composing them with the conversation: after
//! "How many orders were placed in 2024?", "and by region?" is read as "How many orders
//! were placed in 2024 by region", and then "what about 2023?" as the same question with
//! 2023 in place of 2024. A literal of the follow-up replaces the one of the same slot in
//! the earlier question (a year for a year, a country for a country); its other words are
//! added to it. The engine then reads the composed question as it would any other, with
//! the same refusals, so a follow-up is answered only when that question is.

use crate::ask::literals::{extract, ValueIndex};
use crate::ask::vocab::{continues_conversation, is_follow_up_word, raw_words};

/// Words that only join a follow-up to the question before it, dropped from it when the
/// rest is added to that question ("and", "what about", "instead").
fn is_joining(word: &str) -> bool {
    is_follow_up_word(word) || matches!(word, "what" | "how" | "about" | "if")
}

/// `follow_up` composed with `previous` (a question standing on its own), or None when
/// `follow_up` does not read as a follow-up or adds nothing.
pub(super) fn compose(values: &ValueIndex, previous: &str, follow_up: &str) -> Option<String> {
    let words: Vec<String> = raw_words(&follow_up.to_lowercase());
    let first = words.first()?;
    if !continues_conversation(first, words.get(1).map(String::as_str))
        && !words.iter().any(|w| is_follow_up_word(w))
    {
        return None;
    }
    let asked = extract(follow_up, values);
    let before = extract(previous, values);
    // Literals of the follow-up that take the place of one in the earlier question, as
    // (span in the earlier question, new text), and the spans they leave in the follow-up.
    let mut replaced = Vec::new();
    let mut taken = Vec::new();
    for literal in &asked.literals {
        let fitting: Vec<_> = before
            .literals
            .iter()
            .filter(|b| b.fits_slot_of(literal))
            .collect();
        if let [one] = fitting[..] {
            if replaced.iter().any(|(span, _)| span == &one.span) {
                return None;
            }
            replaced.push((one.span.clone(), literal.text.clone()));
            taken.push(literal.span.clone());
        }
    }
    let mut composed = previous.to_owned();
    replaced.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    for (span, text) in &replaced {
        composed.replace_range(span.clone(), text);
    }
    // What is left of the follow-up once its joining words and replacing literals are out.
    let mut rest = follow_up.to_owned();
    taken.sort_by_key(|span| std::cmp::Reverse(span.start));
    for span in &taken {
        rest.replace_range(span.clone(), " ");
    }
    let rest: Vec<String> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, '?' | '!' | ',' | ';'))
        .filter(|w| !w.is_empty())
        .filter(|w| !is_joining(&w.trim_end_matches('.').to_lowercase()))
        .map(str::to_owned)
        .collect();
    // A preposition left alone ("and for 2023?" once 2023 took the place of 2024) adds
    // nothing.
    let adds = rest.iter().any(|w| {
        !matches!(
            w.to_lowercase().as_str(),
            "for" | "in" | "of" | "on" | "the"
        )
    });
    if replaced.is_empty() && !adds {
        return None;
    }
    if adds {
        let trimmed = composed
            .trim_end()
            .trim_end_matches(['?', '.', '!'])
            .to_owned();
        composed = format!("{trimmed} {}", rest.join(" "));
    }
    Some(composed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::corpus::Corpus;

    fn compose_plain(previous: &str, follow_up: &str) -> Option<String> {
        compose(&ValueIndex::build(&Corpus::default()), previous, follow_up)
    }

    #[test]
    fn follow_ups_replace_a_literal_or_add_their_words() {
        let first = "How many orders were placed in 2024?";
        assert_eq!(
            compose_plain(first, "and by region?").as_deref(),
            Some("How many orders were placed in 2024 by region")
        );
        assert_eq!(
            compose_plain(first, "what about 2023?").as_deref(),
            Some("How many orders were placed in 2023?")
        );
        assert_eq!(
            compose_plain(first, "and for 2022 instead?").as_deref(),
            Some("How many orders were placed in 2022?")
        );
        assert_eq!(
            compose_plain(first, "what about 2023, by month?").as_deref(),
            Some("How many orders were placed in 2023 by month")
        );
        // A question of its own is not a follow-up, nor one that adds nothing.
        assert_eq!(compose_plain(first, "How many customers are there?"), None);
        assert_eq!(compose_plain(first, "and?"), None);
    }
}
