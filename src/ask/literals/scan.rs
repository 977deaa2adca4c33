//! Finding literals in a question: a small tokenizer, then one left-to-right pass that tries,
//! at each token, the literal patterns from the most specific (a date range) to the least (a
//! bare number).

use super::calendar::{month_number, Date, Relative, Unit};
use super::{KnownValue, Literal, LiteralKind, LiteralValue, Template, ValueIndex};

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

/// Stop words are never values unless quoted ("us", "in" and "it" are country codes).
fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "each", "for", "from", "how", "i",
        "in", "is", "it", "me", "my", "no", "not", "of", "on", "or", "our", "per", "so", "than",
        "that", "the", "this", "to", "up", "us", "was", "we", "were", "what", "when", "which",
        "who", "with",
    ];
    STOP.contains(&word)
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
        if let Some((from, to, next)) = date_range_at(toks, i) {
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
                let known = index.values.get(&key(n))?;
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

    /// Unquoted, a stop word is never a value and a one- or two-letter value (a country
    /// code) must be typed exactly as stored.
    fn acceptable(&self, known: &KnownValue, i: usize, next: usize) -> bool {
        if is_stop_word(&known.key) {
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

fn word(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i)
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.lower.as_str())
}

/// Token `i` is `p`, glued to the token before it.
fn glued_punct(toks: &[Tok], i: usize, p: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Punct && t.lower == p && !t.space_before)
}

fn glued_word(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i)
        .filter(|t| !t.space_before)
        .and_then(|_| word(toks, i))
}

fn digits(w: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (len.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

fn year_of(w: &str) -> Option<i32> {
    digits(w, 4..=4)
        .map(|y| y as i32)
        .filter(|y| (1900..=2100).contains(y))
}

/// A four-digit year from 1900 to 2100 standing alone.
fn year_word(toks: &[Tok], i: usize) -> Option<i32> {
    let year = year_of(word(toks, i)?)?;
    let glued_digits = glued_punct(toks, i + 1, "-") && glued_word(toks, i + 2).is_some();
    (!glued_digits).then_some(year)
}

/// `2025-11-24`, `November 24, 2025`, `24 November 2025`.
fn date_at(toks: &[Tok], i: usize) -> Option<(Date, usize)> {
    let iso = || {
        let year = year_of(word(toks, i)?)?;
        let month = (glued_punct(toks, i + 1, "-")).then(|| glued_word(toks, i + 2))??;
        let day = (glued_punct(toks, i + 3, "-")).then(|| glued_word(toks, i + 4))??;
        let date = Date::new(year, digits(month, 2..=2)?, digits(day, 2..=2)?)?;
        Some((date, i + 5))
    };
    let month_first = || {
        let month = month_number(word(toks, i)?)?;
        let day = digits(word(toks, i + 1)?, 1..=2)?;
        let at = if glued_punct(toks, i + 2, ",") {
            i + 3
        } else {
            i + 2
        };
        let date = Date::new(year_of(word(toks, at)?)?, month, day)?;
        Some((date, at + 1))
    };
    let day_first = || {
        let day = digits(word(toks, i)?, 1..=2)?;
        let month = month_number(word(toks, i + 1)?)?;
        let date = Date::new(year_of(word(toks, i + 2)?)?, month, day)?;
        Some((date, i + 3))
    };
    iso().or_else(month_first).or_else(day_first)
}

/// Two dates joined by `to`, `through`, `until`, `and` or a dash; both bounds inclusive.
fn date_range_at(toks: &[Tok], i: usize) -> Option<(Date, Date, usize)> {
    let (from, after) = date_at(toks, i)?;
    let joined = matches!(
        word(toks, after),
        Some("to" | "through" | "thru" | "until" | "till" | "and")
    ) || toks
        .get(after)
        .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.lower.as_str(), "-" | "–" | "—"));
    if !joined {
        return None;
    }
    let (to, next) = date_at(toks, after + 1)?;
    (from <= to).then_some((from, to, next))
}

/// `March 2025`, `March of 2025`, `2025-03`.
fn month_at(toks: &[Tok], i: usize) -> Option<(i32, u32, usize)> {
    if let Some(year) = word(toks, i).and_then(year_of) {
        let month = glued_punct(toks, i + 1, "-")
            .then(|| glued_word(toks, i + 2))
            .flatten()
            .and_then(|m| digits(m, 2..=2))
            .filter(|m| (1..=12).contains(m))?;
        let day_follows = glued_punct(toks, i + 3, "-");
        return (!day_follows).then_some((year, month, i + 3));
    }
    let month = month_number(word(toks, i)?)?;
    let mut at = i + 1;
    if word(toks, at) == Some("of") || glued_punct(toks, at, ",") {
        at += 1;
    }
    let year = year_of(word(toks, at)?)?;
    Some((year, month, at + 1))
}

fn quarter_number(w: &str) -> Option<u32> {
    let n = match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    };
    Some(n)
}

fn q_word(w: &str) -> Option<u32> {
    w.strip_prefix('q')
        .and_then(|n| digits(n, 1..=1))
        .filter(|n| (1..=4).contains(n))
}

/// `Q3 2024`, `Q3-2024`, `Q3 of 2024`, `2024 Q3`, `2024-Q3`, `2024Q3`,
/// `third quarter of 2024`, `3rd quarter 2024`.
fn quarter_at(toks: &[Tok], i: usize) -> Option<(i32, u32, usize)> {
    let first = word(toks, i)?;
    if let Some(quarter) = q_word(first) {
        let mut at = i + 1;
        if word(toks, at) == Some("of") || glued_punct(toks, at, "-") || glued_punct(toks, at, ",")
        {
            at += 1;
        }
        let year = year_of(word(toks, at)?)?;
        return Some((year, quarter, at + 1));
    }
    // "2024q3": four digits then the quarter, all ASCII (so the split is a char boundary).
    if first.len() == 6 && first.is_ascii() {
        if let (Some(year), Some(quarter)) = (year_of(&first[..4]), q_word(&first[4..])) {
            return Some((year, quarter, i + 1));
        }
    }
    if let Some(year) = year_of(first) {
        let at = if glued_punct(toks, i + 1, "-") {
            i + 2
        } else {
            i + 1
        };
        let quarter = q_word(word(toks, at)?)?;
        return Some((year, quarter, at + 1));
    }
    let quarter = quarter_number(first)?;
    if word(toks, i + 1) != Some("quarter") {
        return None;
    }
    let mut at = i + 2;
    if matches!(word(toks, at), Some("of" | "in")) || glued_punct(toks, at, ",") {
        at += 1;
    }
    let year = year_of(word(toks, at)?)?;
    Some((year, quarter, at + 1))
}

/// `this year`, `last quarter`, `most recent month`…, with its canonical phrase.
fn relative_at(toks: &[Tok], i: usize) -> Option<(Relative, String, usize)> {
    let unit_at = |j: usize| {
        let w = word(toks, j)?;
        let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
        match w {
            "year" => Some(Unit::Year),
            "quarter" => Some(Unit::Quarter),
            "month" => Some(Unit::Month),
            _ => None,
        }
    };
    let (relative, next) = match word(toks, i)? {
        "this" | "current" => {
            if word(toks, i + 1) == Some("calendar") && unit_at(i + 2) == Some(Unit::Year) {
                (Relative::This(Unit::Year), i + 3)
            } else {
                (Relative::This(unit_at(i + 1)?), i + 2)
            }
        }
        "last" | "previous" | "prior" => (Relative::Last(unit_at(i + 1)?), i + 2),
        "latest" | "recent" => match unit_at(i + 1)? {
            Unit::Year => return None,
            unit => (Relative::Last(unit), i + 2),
        },
        "most" if word(toks, i + 1) == Some("recent") => match unit_at(i + 2)? {
            Unit::Year => return None,
            unit => (Relative::Last(unit), i + 3),
        },
        _ => return None,
    };
    let phrase = match relative {
        Relative::This(unit) => format!("this {}", unit_name(unit)),
        Relative::Last(unit) => format!("last {}", unit_name(unit)),
    };
    Some((relative, phrase, next))
}

fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Year => "year",
        Unit::Quarter => "quarter",
        Unit::Month => "month",
    }
}

/// An integer or decimal (`1,000`, `2.5`), or a number word (`ten`), canonicalized.
fn number_at(toks: &[Tok], i: usize) -> Option<(String, usize)> {
    let first = word(toks, i)?;
    if let Some(n) = number_word(first) {
        return Some((n.to_string(), i + 1));
    }
    if !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut integer = first.to_owned();
    let mut at = i + 1;
    while first.len() <= 3 && glued_punct(toks, at, ",") {
        match glued_word(toks, at + 1).filter(|g| digits(g, 3..=3).is_some()) {
            Some(group) => {
                integer.push_str(group);
                at += 2;
            }
            None => break,
        }
    }
    let mut fraction = String::new();
    if glued_punct(toks, at, ".") {
        if let Some(f) = glued_word(toks, at + 1).filter(|f| f.bytes().all(|b| b.is_ascii_digit()))
        {
            fraction = f.to_owned();
            at += 2;
        }
    }
    Some((canonical_number(&integer, &fraction), at))
}

/// `007` → `7`, `2.50` → `2.5`, `3.0` → `3`.
pub(super) fn canonical_number(integer: &str, fraction: &str) -> String {
    let integer = integer.trim_start_matches('0');
    let integer = if integer.is_empty() { "0" } else { integer };
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        integer.to_owned()
    } else {
        format!("{integer}.{fraction}")
    }
}

fn number_word(w: &str) -> Option<u32> {
    const SMALL: [&str; 20] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(i) = SMALL.iter().position(|s| *s == w) {
        return Some(i as u32 + 1);
    }
    match w {
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "hundred" => Some(100),
        _ => None,
    }
}
