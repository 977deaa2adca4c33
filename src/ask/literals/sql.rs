//! Re-binding an example's SQL to new literals, on sqlparser tokens: every SQL literal that a
//! question literal produced is found by its form and context (a year compared with
//! `EXTRACT(YEAR FROM …)`, the two DATE bounds of a quarter, a value compared with a column
//! that holds it, the number after LIMIT) and replaced; anything uncertain refuses.

use std::collections::{HashMap, HashSet};

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Location, Token, Tokenizer, Word};

use super::calendar::{Date, Period};
use super::scan::canonical_number;
use super::{KnownValue, Literal, LiteralValue};

struct Sql<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    /// Byte range of each token in `text`; together they cover all of it.
    spans: Vec<std::ops::Range<usize>>,
}

/// How a number is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberUse {
    Limit,
    Comparison,
    Other,
}

/// Byte offset of a tokenizer location (1-based line, column in characters).
fn byte_offset(text: &str, line_starts: &[usize], at: Location) -> Option<usize> {
    let start = *line_starts.get(usize::try_from(at.line).ok()?.checked_sub(1)?)?;
    let column = usize::try_from(at.column).ok()?.checked_sub(1)?;
    let line = &text[start..];
    let within = line
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .nth(column)?;
    Some(start + within)
}

impl<'a> Sql<'a> {
    fn parse(sql: &'a str) -> Option<Sql<'a>> {
        // Raw token text (no unescaping): string contents compare as written.
        let located = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .with_unescape(false)
            .tokenize_with_location()
            .ok()?;
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(sql.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut tokens = Vec::with_capacity(located.len());
        let mut spans = Vec::with_capacity(located.len());
        for t in located {
            let start = byte_offset(sql, &line_starts, t.span.start)?;
            let end = byte_offset(sql, &line_starts, t.span.end)?;
            tokens.push(t.token);
            spans.push(start..end);
        }
        Some(Sql {
            text: sql,
            tokens,
            spans,
        })
    }

    fn prev(&self, i: usize) -> Option<usize> {
        (0..i)
            .rev()
            .find(|&j| !matches!(self.tokens[j], Token::Whitespace(_)))
    }

    fn word(&self, i: usize) -> Option<&Word> {
        match self.tokens.get(i) {
            Some(Token::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn keyword_at(&self, i: Option<usize>, keyword: Keyword) -> bool {
        i.and_then(|i| self.word(i))
            .is_some_and(|w| w.quote_style.is_none() && w.keyword == keyword)
    }

    /// Content of a plain single-quoted string, as written (quotes doubled).
    fn string(&self, i: usize) -> Option<&str> {
        match &self.tokens[i] {
            Token::SingleQuotedString(s) => Some(s),
            _ => None,
        }
    }

    fn date(&self, i: usize) -> Option<Date> {
        self.string(i).and_then(Date::parse_iso)
    }

    fn number(&self, i: usize) -> Option<String> {
        match &self.tokens[i] {
            Token::Number(n, false) => {
                let (integer, fraction) = n.split_once('.').unwrap_or((n, ""));
                let plain = integer
                    .bytes()
                    .chain(fraction.bytes())
                    .all(|b| b.is_ascii_digit());
                plain.then(|| canonical_number(integer, fraction))
            }
            _ => None,
        }
    }

    fn is_comparison(&self, i: usize) -> bool {
        matches!(
            self.tokens[i],
            Token::Eq
                | Token::DoubleEq
                | Token::Neq
                | Token::Lt
                | Token::Gt
                | Token::LtEq
                | Token::GtEq
        )
    }

    /// The operator a literal at `i` is compared through: a comparison right before it, or
    /// the `IN` of the list it is in. Returns the token index the left operand ends before.
    fn operator_of(&self, i: usize) -> Option<usize> {
        let p = self.prev(i)?;
        if self.is_comparison(p) {
            return Some(p);
        }
        let mut j = p;
        loop {
            match self.tokens[j] {
                Token::LParen => break,
                Token::Comma => {}
                _ if j != i && (self.string(j).is_some() || self.number(j).is_some()) => {}
                _ => return None,
            }
            j = self.prev(j)?;
        }
        let in_keyword = self.prev(j)?;
        self.keyword_at(Some(in_keyword), Keyword::IN)
            .then_some(in_keyword)
            .map(|k| match self.prev(k) {
                Some(n) if self.keyword_at(Some(n), Keyword::NOT) => n,
                _ => k,
            })
    }

    /// The column compared with the literal at `i` (`c.country = 'Brazil'`,
    /// `cc.environment IN ('staging', 'dev')`), lower-cased.
    fn compared_column(&self, i: usize) -> Option<String> {
        let operator = self.operator_of(i)?;
        let w = self.word(self.prev(operator)?)?;
        Some(w.value.to_lowercase())
    }

    /// Whether the number at `i` is compared with a year: `EXTRACT(YEAR FROM d) = 2024`,
    /// `date_part('year', d) IN (2023, 2024)` or a column named `year` / `…_year`.
    fn is_year_context(&self, i: usize) -> bool {
        let Some(left) = self.operator_of(i).and_then(|op| self.prev(op)) else {
            return false;
        };
        if let Some(w) = self.word(left) {
            let name = w.value.to_lowercase();
            return name == "year" || name.ends_with("_year");
        }
        if self.tokens[left] != Token::RParen {
            return false;
        }
        let Some(open) = self.matching_open(left) else {
            return false;
        };
        let function = self.prev(open).and_then(|f| self.word(f));
        let first = (open + 1..left).find(|&j| !matches!(self.tokens[j], Token::Whitespace(_)));
        match (function, first) {
            (Some(f), Some(first)) if f.keyword == Keyword::EXTRACT => {
                self.keyword_at(Some(first), Keyword::YEAR)
            }
            (Some(f), Some(first)) if f.value.eq_ignore_ascii_case("date_part") => self
                .string(first)
                .is_some_and(|s| s.eq_ignore_ascii_case("year")),
            _ => false,
        }
    }

    fn matching_open(&self, close: usize) -> Option<usize> {
        let mut depth = 0usize;
        for j in (0..=close).rev() {
            match self.tokens[j] {
                Token::RParen => depth += 1,
                Token::LParen => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn number_use(&self, i: usize) -> NumberUse {
        let p = self.prev(i);
        let fetch_first = p.is_some_and(|p| {
            (self.keyword_at(Some(p), Keyword::FIRST) || self.keyword_at(Some(p), Keyword::NEXT))
                && self.keyword_at(self.prev(p), Keyword::FETCH)
        });
        if self.keyword_at(p, Keyword::LIMIT) || fetch_first {
            NumberUse::Limit
        } else if self.operator_of(i).is_some() {
            NumberUse::Comparison
        } else {
            NumberUse::Other
        }
    }

    fn indices(&self) -> std::ops::Range<usize> {
        0..self.tokens.len()
    }

    fn dates_equal(&self, date: Date) -> Vec<usize> {
        self.indices()
            .filter(|&i| self.date(i) == Some(date))
            .collect()
    }
}

fn string_token(text: &str) -> Token {
    Token::SingleQuotedString(text.replace('\'', "''"))
}

fn date_token(date: Date) -> Token {
    string_token(&date.to_string())
}

/// Token replacements, each owned by the literal pair that claimed it.
#[derive(Default)]
struct Claims {
    replacements: HashMap<usize, (usize, Token)>,
}

impl Claims {
    /// False when another pair already claimed the token: the SQL is ambiguous.
    fn claim(&mut self, pair: usize, at: usize, token: Token) -> bool {
        match self.replacements.insert(at, (pair, token)) {
            Some((owner, _)) => owner == pair,
            None => true,
        }
    }
}

/// Rewrites `sql`, written for the literals `from`, for the literals `to` (`from[i]` becomes
/// `to[i]`). Literals that do not change need not appear in the SQL; every literal that
/// changes must be found in a form that can be mapped, or the answer is None:
/// - a year: numbers compared with `EXTRACT(YEAR FROM …)` (or `date_part('year', …)`, a
///   `year` column), or the DATE bounds of the whole year;
/// - a quarter, month: the DATE bounds of its half-open range (or an inclusive last day);
/// - a date: the string `'YYYY-MM-DD'`; a date range: its first day and its last day (or
///   the day after, for a half-open bound);
/// - a known value: strings compared (`=`, `<>`, `IN`) with a column that holds both values;
/// - a number: the number after LIMIT, or compared with something — not both;
/// - a quoted text: the same string.
///
/// None as well when two literals claim the same SQL token, when the SQL keeps another date
/// or year-compared number in a changed literal's year, or a changed value appears where no
/// column tells what it is. Output aliases that carry a changed year or one-word value as a
/// `_`-separated part (`revenue_2024`) are renamed along, unless that would collide.
pub fn rebind(sql: &str, from: &[Literal], to: &[Literal]) -> Option<String> {
    if from.len() != to.len() || from.iter().zip(to).any(|(f, t)| !f.fits_slot_of(t)) {
        return None;
    }
    if from.iter().zip(to).all(|(f, t)| f.same_value(t)) {
        return Some(sql.to_owned());
    }
    let parsed = Sql::parse(sql)?;
    let mut claims = Claims::default();
    for (pair, (old, new)) in from.iter().zip(to).enumerate() {
        let changed = !old.same_value(new);
        // An unchanged literal only reserves the tokens it clearly produced.
        let found = match claim_pair(&parsed, old, new) {
            Some(found) if !(changed && found.is_empty()) => found,
            _ if changed => return None,
            _ => Vec::new(),
        };
        for (at, token) in found {
            if !claims.claim(pair, at, token) {
                return None;
            }
        }
    }
    for (old, new) in from.iter().zip(to) {
        if !old.same_value(new) && leaves_traces(&parsed, old, &claims) {
            return None;
        }
    }
    let renames = alias_renames(&parsed, from, to);
    Some(render(&parsed, &claims, &renames))
}

/// For each of a question's literals, whether [`rebind`] can move it to another value in
/// `sql` (the SQL that question produced): its SQL tokens are found in a form that maps, no
/// other literal claims one of them, and no date or year-compared number of its year is left
/// elsewhere. A literal that is false here can only stay as it is.
pub fn rebindable(sql: &str, literals: &[Literal]) -> Vec<bool> {
    let Some(parsed) = Sql::parse(sql) else {
        return vec![false; literals.len()];
    };
    let found: Vec<Option<Vec<(usize, Token)>>> = literals
        .iter()
        .map(|l| claim_pair(&parsed, l, l).filter(|f| !f.is_empty()))
        .collect();
    let mut claims = Claims::default();
    let mut shared: HashSet<usize> = HashSet::new();
    for (pair, tokens) in found.iter().enumerate() {
        for (at, token) in tokens.iter().flatten() {
            if !claims.claim(pair, *at, token.clone()) {
                shared.insert(*at);
            }
        }
    }
    literals
        .iter()
        .zip(&found)
        .map(|(literal, tokens)| match tokens {
            Some(tokens) => {
                tokens.iter().all(|(at, _)| !shared.contains(at))
                    && !leaves_traces(&parsed, literal, &claims)
            }
            None => false,
        })
        .collect()
}

/// Whether `sql` shows `literal` in any form [`rebind`] knows, or in a form it cannot map,
/// or keeps a date or year-compared number of its year. True when the SQL does not
/// tokenize: the answer errs towards "it may".
pub fn mentions(sql: &str, literal: &Literal) -> bool {
    let Some(parsed) = Sql::parse(sql) else {
        return true;
    };
    match claim_pair(&parsed, literal, literal) {
        Some(found) if found.is_empty() => leaves_traces(&parsed, literal, &Claims::default()),
        _ => true,
    }
}

/// The tokens that `old` produced, each with its replacement for `new`. None when `old`
/// shows in a form that cannot be mapped.
fn claim_pair(sql: &Sql, old: &Literal, new: &Literal) -> Option<Vec<(usize, Token)>> {
    match (&old.value, &new.value) {
        (LiteralValue::Year(a), LiteralValue::Year(b)) => {
            let mut found: Vec<(usize, Token)> = sql
                .indices()
                .filter(|&i| sql.number(i) == Some(a.to_string()) && sql.is_year_context(i))
                .map(|i| (i, Token::Number(b.to_string(), false)))
                .collect();
            found
                .extend(period_bounds(sql, Period::Year(*a), Period::Year(*b)).unwrap_or_default());
            Some(found)
        }
        (LiteralValue::Quarter { .. }, _) | (LiteralValue::Month { .. }, _) => {
            period_bounds(sql, old.period()?, new.period()?)
        }
        (LiteralValue::Date(a), LiteralValue::Date(b)) => Some(
            sql.dates_equal(*a)
                .into_iter()
                .map(|i| (i, date_token(*b)))
                .collect(),
        ),
        (
            LiteralValue::DateRange { from: f1, to: t1 },
            LiteralValue::DateRange { from: f2, to: t2 },
        ) => range_bounds(sql, (*f1, *t1), (*f2, *t2)),
        (LiteralValue::Number(a), LiteralValue::Number(b)) => number_claims(sql, a, b),
        (LiteralValue::Value(a), LiteralValue::Value(b)) => value_claims(sql, a, b),
        (LiteralValue::Text(a), LiteralValue::Text(b)) => {
            let written = a.replace('\'', "''");
            Some(
                sql.indices()
                    .filter(|&i| sql.string(i) == Some(written.as_str()))
                    .map(|i| (i, string_token(b)))
                    .collect(),
            )
        }
        (LiteralValue::Relative(a), LiteralValue::Relative(b)) if a == b => Some(Vec::new()),
        _ => None,
    }
}

/// The bounds of `old` as date strings: as many first days as last bounds (the exclusive
/// `end` or the inclusive last day). Empty when the first day does not occur.
fn period_bounds(sql: &Sql, old: Period, new: Period) -> Option<Vec<(usize, Token)>> {
    range_bounds(
        sql,
        (old.start(), old.last_day()),
        (new.start(), new.last_day()),
    )
}

/// `old` and `new` as (first day, last day), both inclusive.
fn range_bounds(sql: &Sql, old: (Date, Date), new: (Date, Date)) -> Option<Vec<(usize, Token)>> {
    let starts = sql.dates_equal(old.0);
    if starts.is_empty() {
        return Some(Vec::new());
    }
    let exclusive = sql.dates_equal(old.1.add_days(1));
    let inclusive = if old.0 == old.1 {
        Vec::new()
    } else {
        sql.dates_equal(old.1)
    };
    if starts.len() != exclusive.len() + inclusive.len() {
        return None;
    }
    let mut found: Vec<(usize, Token)> =
        starts.into_iter().map(|i| (i, date_token(new.0))).collect();
    found.extend(
        exclusive
            .into_iter()
            .map(|i| (i, date_token(new.1.add_days(1)))),
    );
    found.extend(inclusive.into_iter().map(|i| (i, date_token(new.1))));
    Some(found)
}

fn number_claims(sql: &Sql, old: &str, new: &str) -> Option<Vec<(usize, Token)>> {
    let uses: Vec<(usize, NumberUse)> = sql
        .indices()
        .filter(|&i| sql.number(i).as_deref() == Some(old) && !sql.is_year_context(i))
        .map(|i| (i, sql.number_use(i)))
        .filter(|(_, u)| *u != NumberUse::Other)
        .collect();
    let limit = uses.iter().any(|(_, u)| *u == NumberUse::Limit);
    let comparison = uses.iter().any(|(_, u)| *u == NumberUse::Comparison);
    if limit && comparison {
        return None;
    }
    Some(
        uses.into_iter()
            .map(|(i, _)| (i, Token::Number(new.to_owned(), false)))
            .collect(),
    )
}

fn value_claims(sql: &Sql, old: &KnownValue, new: &KnownValue) -> Option<Vec<(usize, Token)>> {
    let written: Vec<String> = old
        .sources
        .iter()
        .map(|s| s.value.replace('\'', "''"))
        .collect();
    let mut found = Vec::new();
    for i in sql.indices() {
        let Some(text) = sql.string(i) else { continue };
        if !written.iter().any(|w| w == text) {
            continue;
        }
        let column = sql.compared_column(i)?;
        let was = old.stored_in(&column)?;
        if was.replace('\'', "''") != text {
            return None;
        }
        found.push((i, string_token(new.stored_in(&column)?)));
    }
    Some(found)
}

/// Whether the SQL keeps, outside the claimed tokens, a date or a year-compared number in a
/// year of the changed literal `old`: then that part of the query depends on the old
/// literal in a way the rewrite did not follow.
fn leaves_traces(sql: &Sql, old: &Literal, claims: &Claims) -> bool {
    let years: Vec<i32> = match &old.value {
        LiteralValue::DateRange { from, to } => vec![from.year, to.year],
        LiteralValue::Date(d) => vec![d.year],
        _ => match old.period() {
            Some(period) => vec![period.year()],
            None => return false,
        },
    };
    sql.indices()
        .filter(|i| !claims.replacements.contains_key(i))
        .any(|i| {
            let date_year = sql.date(i).map(|d| d.year);
            let number_year = sql
                .number(i)
                .and_then(|n| n.parse::<i32>().ok())
                .filter(|_| sql.is_year_context(i));
            date_year
                .or(number_year)
                .is_some_and(|y| years.contains(&y))
        })
}

/// The `_`-separated identifier part a changed literal shows up as in aliases.
fn alias_part(literal: &Literal) -> Option<String> {
    let text = match &literal.value {
        LiteralValue::Year(y) => y.to_string(),
        LiteralValue::Value(v) => v.key.clone(),
        _ => return None,
    };
    text.chars()
        .all(|c| c.is_ascii_alphanumeric())
        .then_some(text)
}

/// Renames for aliases (`AS revenue_2024`) that carry a changed literal; none at all if a new
/// name would collide with another word of the query.
fn alias_renames(sql: &Sql, from: &[Literal], to: &[Literal]) -> HashMap<String, String> {
    let parts: HashMap<String, String> = from
        .iter()
        .zip(to)
        .filter(|(f, t)| !f.same_value(t))
        .filter_map(|(f, t)| Some((alias_part(f)?, alias_part(t)?)))
        .collect();
    let words: HashSet<String> = sql
        .indices()
        .filter_map(|i| sql.word(i))
        .map(|w| w.value.to_lowercase())
        .collect();
    let mut renames = HashMap::new();
    for i in sql.indices() {
        let Some(w) = sql.word(i).filter(|w| w.quote_style.is_none()) else {
            continue;
        };
        if !sql.keyword_at(sql.prev(i), Keyword::AS) {
            continue;
        }
        let name = w.value.to_lowercase();
        let renamed: Vec<&str> = name
            .split('_')
            .map(|p| parts.get(p).map_or(p, String::as_str))
            .collect();
        let renamed = renamed.join("_");
        if renamed != name {
            renames.insert(name, renamed);
        }
    }
    let targets: HashSet<&String> = renames.values().collect();
    let collides = targets.len() != renames.len()
        || targets
            .iter()
            .any(|t| words.contains(*t) && !renames.contains_key(*t));
    if collides {
        HashMap::new()
    } else {
        renames
    }
}

/// The SQL text with the claimed tokens and renamed aliases replaced; every other byte is
/// kept as written.
fn render(sql: &Sql, claims: &Claims, renames: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(sql.text.len());
    for (i, token) in sql.tokens.iter().enumerate() {
        let renamed = match token {
            Token::Word(w) if w.quote_style.is_none() => renames.get(&w.value.to_lowercase()),
            _ => None,
        };
        match (claims.replacements.get(&i), renamed) {
            (Some((_, replacement)), _) => out.push_str(&replacement.to_string()),
            (None, Some(name)) => out.push_str(name),
            (None, None) => out.push_str(&sql.text[sql.spans[i].clone()]),
        }
    }
    out
}

/// The periods a SQL text filters on: years compared with `EXTRACT(YEAR …)`, and pairs of
/// date strings that bound a whole year, quarter or month.
pub(super) fn bound_periods(sql: &str) -> Vec<Period> {
    let Some(parsed) = Sql::parse(sql) else {
        return Vec::new();
    };
    let mut periods: Vec<Period> = parsed
        .indices()
        .filter(|&i| parsed.is_year_context(i))
        .filter_map(|i| parsed.number(i)?.parse().ok())
        .map(Period::Year)
        .collect();
    let dates: Vec<Date> = parsed.indices().filter_map(|i| parsed.date(i)).collect();
    for &start in &dates {
        for &end in &dates {
            periods.extend(Period::from_bounds(start, end));
        }
    }
    periods
}
