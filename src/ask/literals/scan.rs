//! Finding literals in a question: a small tokenizer, then one left-to-right pass that tries,
//! at each token, the literal patterns from the most specific (a date range) to the least (a
//! bare number).

mod patterns;

use super::calendar::Relative;
use super::{KnownValue, Literal, LiteralKind, LiteralValue, Template, ValueIndex};
use crate::ask::vocab::is_never_a_value;
pub(super) use patterns::canonical_number;
use patterns::{
    date_at, date_range_at, half_year_at, month_at, month_range_at, number_at, quarter_at,
    relative_at, year_word,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    /// Letters and digits, with inner apostrophes (`team's`).
    Word,
    Punct,
    /// A quoted string; `lower` holds its content.
    Quoted,
}

#[derive(Debug, Clone)]
struct Tok {
    kind: TokKind,
    lower: String,
    start: usize,
    end: usize,
    /// Whitespace right before it (ISO dates and `Q3-2024` need adjacent parts).
    space_before: bool,
}

fn closing_quote(open: char) -> Option<char> {
    match open {
        '\'' | '‘' | '’' => Some('\''),
        '"' | '“' | '”' => Some('"'),
        _ => None,
    }
}

fn is_closing(open: char, c: char) -> bool {
    match closing_quote(open) {
        Some('\'') => matches!(c, '\'' | '’'),
        Some('"') => matches!(c, '"' | '”'),
        _ => false,
    }
}

fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut tokens = Vec::new();
    let mut space = false;
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let after_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        let (kind, next) = if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let inner_apostrophe = matches!(chars[j].1, '\'' | '’')
                    && chars[j - 1].1.is_alphabetic()
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic());
                if !(chars[j].1.is_alphanumeric() || inner_apostrophe) {
                    break;
                }
                j += 1;
            }
            (TokKind::Word, j)
        } else if closing_quote(c).is_some() && !after_word {
            let close = (i + 2..chars.len()).find(|&j| {
                is_closing(c, chars[j].1)
                    && !chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
            });
            match close {
                Some(j) => (TokKind::Quoted, j + 1),
                None => (TokKind::Punct, i + 1),
            }
        } else {
            (TokKind::Punct, i + 1)
        };
        let end = end_of(next);
        let lower = match kind {
            TokKind::Quoted => text[end_of(i + 1)..end_of(next - 1)].trim().to_lowercase(),
            TokKind::Word => unaccented(&text[start..end].to_lowercase()),
            _ => text[start..end].to_lowercase(),
        };
        tokens.push(Tok {
            kind,
            lower,
            start,
            end,
            space_before: space,
        });
        space = false;
        i = next;
    }
    tokens
}

/// A word without its accents ("rosé" is "rose", "Zürich" "zurich"), as values and
/// questions are compared: a value stored with or without them is the one said either way.
pub(crate) fn unaccented(word: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    if word.is_ascii() {
        return word.to_owned();
    }
    word.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// The words of a phrase as values and glossary entries are compared: lower case, `&` as
/// `and`, other punctuation dropped.
pub(super) fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter_map(|t| match t.kind {
            TokKind::Word => Some(t.lower),
            TokKind::Punct if t.lower == "&" => Some("and".to_owned()),
            _ => None,
        })
        .collect()
}

/// Words from token `i` on, each with the index after its token; stops at punctuation
/// other than `-`, `/`, `&`.
fn words_from(toks: &[Tok], i: usize, limit: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (j, t) in toks.iter().enumerate().skip(i) {
        if out.len() == limit {
            break;
        }
        match (t.kind, t.lower.as_str()) {
            (TokKind::Word, w) => out.push((w.to_owned(), j + 1)),
            (TokKind::Punct, "&") => out.push(("and".to_owned(), j + 1)),
            (TokKind::Punct, "-" | "/") if !out.is_empty() => {}
            _ => break,
        }
    }
    out
}

struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    index: &'a ValueIndex,
}

enum Found {
    Literal(LiteralKind, LiteralValue, usize, Option<String>),
    /// Glossary vocabulary up to this token: not a value.
    Vocabulary(usize),
}

/// The literals of `question` and its skeleton.
pub fn extract(question: &str, index: &ValueIndex) -> Template {
    let scanner = Scanner {
        text: question,
        toks: tokenize(question),
        index,
    };
    scanner.run()
}

/// The relative periods named in `text`, resolved or not.
pub(super) fn relative_phrases(text: &str) -> Vec<Relative> {
    let toks = tokenize(text);
    (0..toks.len())
        .filter_map(|i| relative_at(&toks, i).map(|(r, _, _)| r))
        .collect()
}

/// Whether all of `text` is one literal (a glossary synonym such as `Q4 2025`).
pub(super) fn is_literal_phrase(text: &str) -> bool {
    let template = extract(text, &ValueIndex::default());
    template.skeleton.split(' ').count() == 1 && template.literals.len() == 1
}

impl Scanner<'_> {
    fn run(&self) -> Template {
        let mut literals = Vec::new();
        let mut pieces: Vec<String> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.literal_at(i) {
                Some(Found::Literal(kind, value, next, relative)) => {
                    let span = self.toks[i].start..self.toks[next - 1].end;
                    literals.push(Literal {
                        kind,
                        text: self.text[span.clone()].to_owned(),
                        span,
                        value,
                        relative,
                    });
                    pieces.push(kind.placeholder().to_owned());
                    i = next;
                }
                Some(Found::Vocabulary(next)) => {
                    pieces.extend(self.toks[i..next].iter().filter_map(skeleton_word));
                    i = next;
                }
                None => {
                    pieces.extend(skeleton_word(&self.toks[i]));
                    i += 1;
                }
            }
        }
        Template {
            skeleton: pieces.join(" "),
            literals,
        }
    }

    fn literal_at(&self, i: usize) -> Option<Found> {
        let toks = &self.toks;
        let lit = |kind, value, next| Some(Found::Literal(kind, value, next, None));
        if toks[i].kind == TokKind::Quoted {
            return match self.index.lookup(&toks[i].lower) {
                Some(v) => lit(LiteralKind::Value, LiteralValue::Value(v.clone()), i + 1),
                None => {
                    let content = &self.text[toks[i].start..toks[i].end];
                    let inner: String = content.chars().skip(1).collect();
                    let inner: String = inner.chars().take(inner.chars().count() - 1).collect();
                    lit(
                        LiteralKind::Text,
                        LiteralValue::Text(inner.trim().to_owned()),
                        i + 1,
                    )
                }
            };
        }
        if let Some((from, to, next)) = date_range_at(toks, i)
            .or_else(|| month_range_at(toks, i))
            .or_else(|| half_year_at(toks, i))
        {
            return lit(
                LiteralKind::DateRange,
                LiteralValue::DateRange { from, to },
                next,
            );
        }
        if let Some((date, next)) = date_at(toks, i) {
            return lit(LiteralKind::Date, LiteralValue::Date(date), next);
        }
        if let Some((year, month, next)) = month_at(toks, i) {
            return lit(
                LiteralKind::Month,
                LiteralValue::Month { year, month },
                next,
            );
        }
        if let Some((year, quarter, next)) = quarter_at(toks, i) {
            return lit(
                LiteralKind::Quarter,
                LiteralValue::Quarter { year, quarter },
                next,
            );
        }
        if let Some((relative, phrase, next)) = relative_at(toks, i) {
            let resolved = self.index.clock.and_then(|c| c.resolve(relative));
            return Some(match resolved {
                Some(period) => {
                    let (kind, value) = period_literal(period);
                    Found::Literal(kind, value, next, Some(phrase))
                }
                None => Found::Literal(
                    LiteralKind::Relative,
                    LiteralValue::Relative(phrase),
                    next,
                    None,
                ),
            });
        }
        if let Some(found) = self.value_or_vocabulary_at(i) {
            return Some(found);
        }
        if let Some(year) = year_word(toks, i) {
            return lit(LiteralKind::Year, LiteralValue::Year(year), i + 1);
        }
        number_at(toks, i)
            .and_then(|(n, next)| lit(LiteralKind::Number, LiteralValue::Number(n), next))
    }

    /// The longer of a known value and a glossary phrase starting here; a tie goes to the
    /// glossary, whose words are vocabulary, not values.
    fn value_or_vocabulary_at(&self, i: usize) -> Option<Found> {
        let index = self.index;
        let limit = index.max_value_words.max(index.max_vocabulary_words);
        let words = words_from(&self.toks, i, limit);
        let key = |n: usize| {
            words[..n]
                .iter()
                .map(|w| w.0.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let value = (1..=words.len().min(index.max_value_words))
            .rev()
            .find_map(|n| {
                // "Sales Reps": a value of several words said in the plural.
                // ("electric buses" of 'electric bus', "daily deliveries" of 'daily
                // delivery'.)
                let plural = || {
                    let key = key(n);
                    if n < 2 {
                        return None;
                    }
                    let singular = key.strip_suffix('s')?;
                    index
                        .get(singular)
                        .or_else(|| index.get(key.strip_suffix("es")?))
                        .or_else(|| index.get(&format!("{}y", key.strip_suffix("ies")?)))
                };
                // "voided invoices" of a status 'void': the participle of a status.
                let participle = || {
                    let key = key(n);
                    // (Not "opened", "posted": verbs of when a row began, whatever a
                    // status 'open' says now.)
                    let bare = key.strip_suffix("ed").filter(|k| {
                        n == 1
                            && k.len() >= 4
                            && !matches!(*k, "open" | "post" | "book" | "list" | "order" | "start")
                    })?;
                    let known = index.get(bare)?;
                    known
                        .sources
                        .iter()
                        .all(|s| s.column.to_lowercase().contains("status"))
                        .then_some(known)
                };
                let known = index.get(&key(n)).or_else(plural).or_else(participle)?;
                let next = words[n - 1].1;
                self.acceptable(known, i, next).then_some((n, known, next))
            });
        let vocabulary = (1..=words.len().min(index.max_vocabulary_words))
            .rev()
            .find(|&n| index.vocabulary.contains(&key(n)));
        match (value, vocabulary) {
            (Some((n, known, next)), v) if v.is_none_or(|v| n > v) => Some(Found::Literal(
                LiteralKind::Value,
                LiteralValue::Value(known.clone()),
                next,
                None,
            )),
            (_, Some(v)) => Some(Found::Vocabulary(words[v - 1].1)),
            _ => None,
        }
    }

    /// Unquoted, a short function word is never a value and a one- or two-letter value (a country
    /// code) must be typed exactly as stored.
    fn acceptable(&self, known: &KnownValue, i: usize, next: usize) -> bool {
        if is_never_a_value(&known.key) {
            return false;
        }
        // "shows in Spanish" is a language, not the country 'Spain' its demonym names.
        let alias = known
            .sources
            .iter()
            .all(|s| scan_key(&s.value) != known.key);
        let previous = i
            .checked_sub(1)
            .and_then(|p| self.toks.get(p))
            .map(|t| t.lower.as_str());
        if alias && matches!(previous, Some("in" | "speak" | "speaking")) {
            return false;
        }
        if known.key.chars().count() > 2 {
            return true;
        }
        let typed = &self.text[self.toks[i].start..self.toks[next - 1].end];
        known.sources.iter().any(|s| s.value == typed)
    }
}

fn skeleton_word(tok: &Tok) -> Option<String> {
    match (tok.kind, tok.lower.as_str()) {
        (TokKind::Word, w) => Some(w.to_owned()),
        (TokKind::Punct, "&") => Some("and".to_owned()),
        (TokKind::Punct, "%") => Some("percent".to_owned()),
        _ => None,
    }
}

fn period_literal(period: super::Period) -> (LiteralKind, LiteralValue) {
    use super::Period;
    match period {
        Period::Year(year) => (LiteralKind::Year, LiteralValue::Year(year)),
        Period::Quarter { year, quarter } => (
            LiteralKind::Quarter,
            LiteralValue::Quarter { year, quarter },
        ),
        Period::Month { year, month } => (LiteralKind::Month, LiteralValue::Month { year, month }),
    }
}

/// A value's words as the index keys them.
fn scan_key(value: &str) -> String {
    words(value).join(" ")
}
