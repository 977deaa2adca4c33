//! Column names run together: `invoicedate`, `billingcountry`, `unitprice`, as unquoted
//! camelCase (`InvoiceDate`) leaves them in PostgreSQL. A long word of a column's name that
//! is no word of its own is split into words the schema or the vocabulary knows: the
//! separate words of the schema's other names, its one-word table names, and the built-in
//! lists of column words, kinds, periods and measures. (Table names run together are read
//! by the question engine's phrases: "prescriptions filled" for `prescriptionfills`.)

use std::collections::HashSet;

use super::{identifier_words, stem};

/// Words of names that none of the built-in lists holds, each common in schemas.
const PARTS: &[&str] = &[
    "billing", "code", "current", "due", "end", "fill", "first", "flag", "full", "hire", "item",
    "key", "last", "level", "line", "list", "media", "middle", "name", "note", "order", "plan",
    "play", "postal", "rep", "ship", "start", "status", "support", "tax", "title", "type", "unit",
    "user", "zip",
];

/// Words of two letters a part may be only at the start (`isactive`) or the end
/// (`customerid`, `invoiceno`).
const SHORT_PARTS: &[&str] = &["cd", "dt", "id", "is", "nm", "no"];

/// Words that end words of their own (`membership`, `network`, `checkout`): never the
/// last part of a split.
const SUFFIX_WORDS: &[&str] = &[
    "able", "age", "day", "dom", "ful", "hood", "less", "like", "man", "men", "ment", "ness",
    "out", "over", "ship", "side", "ward", "ware", "way", "wide", "wise", "work",
];

/// Prefixes of units (`milliseconds`, `kilometers`): never a word before a head word.
const UNIT_PREFIXES: &[&str] = &["milli", "micro", "kilo", "centi", "mega", "giga", "nano"];

/// Words that are run together but one word all the same: never split.
const WHOLE: &[&str] = &[
    "birthday",
    "breakdown",
    "database",
    "downtime",
    "overtime",
    "turnover",
    "workload",
    "headquarters",
    "password",
    "timestamp",
    "weekend",
    "website",
];

/// The words a schema's run-together names are split into.
#[derive(Debug, Default, Clone)]
pub struct Segmenter {
    /// Stems of the schema's own words: the words of names that separate, and one-word
    /// table names.
    known: HashSet<String>,
}

impl Segmenter {
    /// A segmenter for a schema: `tables` are its table names, `columns` its column names.
    pub fn new<'a>(
        tables: impl IntoIterator<Item = &'a str>,
        columns: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut known = HashSet::new();
        let mut single_tables = Vec::new();
        let mut short_columns = Vec::new();
        for (name, is_table) in tables
            .into_iter()
            .map(|t| (t, true))
            .chain(columns.into_iter().map(|c| (c, false)))
        {
            let words = identifier_words(name);
            if words.len() > 1 {
                known.extend(words.iter().filter(|w| w.len() >= 3).map(|w| stem(w)));
            } else if let [word] = &words[..] {
                if is_table {
                    single_tables.push(word.clone());
                } else if word.len() <= 7 {
                    short_columns.push(word.clone());
                }
            }
        }
        // A one-word table name is a word of the schema, unless it is made of another
        // of its words ("prescriptionfills" of the table `prescriptions`; a `playlist`
        // is no play and list).
        known.extend(single_tables.iter().map(|w| stem(w)));
        let mut segmenter = Segmenter { known };
        let compound: Vec<String> = single_tables
            .iter()
            .filter(|w| {
                let own = stem(w);
                let had = segmenter.known.remove(&own);
                let splits = segmenter
                    .split(w)
                    .is_some_and(|parts| parts.iter().any(|p| segmenter.known.contains(&stem(p))));
                if had {
                    segmenter.known.insert(own);
                }
                splits
            })
            .map(|w| stem(w))
            .collect();
        for w in compound {
            segmenter.known.remove(&w);
        }
        // A short one-word column name is a word of the schema ("title", "city"), unless
        // it is made of known parts (`lvtype`, `taxamt`).
        let own: Vec<String> = short_columns
            .iter()
            .filter(|w| segmenter.split(w).is_none())
            .map(|w| stem(w))
            .collect();
        segmenter.known.extend(own);
        segmenter
    }

    /// Whether `part` is a word a name may be made of.
    fn knows(&self, part: &str) -> bool {
        let stemmed = stem(part);
        self.known.contains(part)
            || self.known.contains(&stemmed)
            || PARTS.contains(&part)
            || PARTS.contains(&stemmed.as_str())
            || super::lists::is_column_word(part)
            || super::business::is_listed_word(&stemmed)
            || super::measures::measure_word(part).is_some()
            // `taxamt`, `rvwtype`: an abbreviation of a word names use.
            || (part.len() >= 3 && super::lists::spelled_out(part).is_some())
    }

    /// The words `word` is made of, when it is a long word that is none of its own and
    /// every part is known; fewest parts first.
    pub fn split(&self, word: &str) -> Option<Vec<String>> {
        let n = word.len();
        if n < 6 || !word.is_ascii() || WHOLE.contains(&word) || self.knows(word) {
            return None;
        }
        // best[i]: the fewest parts that make up word[..i], and where the last begins.
        let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
        best[0] = Some((0, 0));
        for end in 1..=n {
            for start in 0..end {
                let Some((parts, _)) = best[start] else {
                    continue;
                };
                let part = &word[start..end];
                let short_ok = part.len() == 2
                    && (SHORT_PARTS.contains(&part) || super::lists::spelled_out(part).is_some())
                    && (start == 0 || end == n)
                    && !(part == "is" && end == n);
                let fits = (part.len() >= 3 && self.knows(part)) || short_ok;
                if fits && best[end].is_none_or(|(p, _)| parts + 1 < p) {
                    best[end] = Some((parts + 1, start));
                }
            }
        }
        let Some((parts, last)) = best[n] else {
            return self.split_one_unknown(word);
        };
        if parts < 2 || SUFFIX_WORDS.contains(&&word[last..]) {
            return None;
        }
        let mut words = Vec::with_capacity(parts);
        let mut end = n;
        while end > 0 {
            let (_, start) = best[end]?;
            words.push(word[start..end].to_owned());
            end = start;
        }
        words.reverse();
        Some(words)
    }

    /// A word nobody knows before a head word the schema or the column words know
    /// (`nightlyprice`, `cleaningfee`, `propertytype`, `checkindate`), or after "is" or
    /// "has" (`issuperhost`): the unknown part is kept as one word.
    fn split_one_unknown(&self, word: &str) -> Option<Vec<String>> {
        for flag in ["is", "has"] {
            if let Some(rest) = word.strip_prefix(flag) {
                if rest.len() >= 4 && !self.knows(rest) {
                    let mut parts = vec![flag.to_owned()];
                    parts.extend(self.split(rest).unwrap_or_else(|| vec![rest.to_owned()]));
                    return Some(parts);
                }
            }
        }
        let n = word.len();
        (4..n.saturating_sub(2)).find_map(|k| {
            let (unknown, head) = (&word[..k], &word[k..]);
            let strong = self.known.contains(&stem(head))
                || PARTS.contains(&head)
                || super::lists::is_column_word(head)
                || super::measures::measure_word(head).is_some();
            let whole = strong && head.len() >= 3 && !SUFFIX_WORDS.contains(&head);
            let prefix = UNIT_PREFIXES.contains(&unknown);
            // `pharmacistincharge`: a part that begins with a word of the schema is no
            // word nobody knows, but words run together that askpg cannot part.
            let begins_known =
                (5..unknown.len()).any(|j| self.known.contains(&stem(&unknown[..j])));
            // `capacity`, `electricity` are no "capa city": a word seldom ends in a, i, o
            // or u, where one word runs on into a known one.
            let runs_on = unknown.ends_with(['a', 'i', 'o', 'u']);
            (whole && !prefix && !begins_known && !runs_on && !self.knows(unknown))
                .then(|| vec![unknown.to_owned(), head.to_owned()])
        })
    }

    /// The words of a table's name run together (`lanesession`, `shoerental`), when it
    /// parts into words of which one is a word of the schema's other names ("lane" of the
    /// table `lane`): the rows are then "sessions" as a `lane_sessions` table's would be.
    /// (A `playlist` beside no `play` or `list` stays one word.)
    /// A word nobody knows before a known head word parts as well (`shoerental`: "shoe
    /// rental"), and so does another table's name before a word (`leagueteam`).
    pub fn table_parts(&self, word: &str, tables: &[String]) -> Option<Vec<String>> {
        let schema_word = |p: &String| p.len() >= 3 && self.known.contains(&stem(p));
        if let Some(parts) = self.split(word).filter(|p| p.len() == 2) {
            if parts.iter().any(schema_word) || !self.knows(&parts[0]) {
                return Some(parts);
            }
        }
        tables.iter().find_map(|t| {
            let rest = word.strip_prefix(t.as_str())?;
            let whole = t.len() >= 3 && rest.len() >= 4 && rest.is_ascii();
            if !whole || SUFFIX_WORDS.contains(&rest) || WHOLE.contains(&word) {
                return None;
            }
            // `salesperson` beside `sale`: the table's plural, then a known word; where
            // neither reading is known, askpg does not part it.
            // (An "s" before a vowel begins a word: `lanesession` is "lane session".)
            let vowel_next = rest[1..].starts_with(['a', 'e', 'i', 'o', 'u', 'y']);
            match rest.strip_prefix('s') {
                _ if self.knows(rest) => Some(vec![t.clone(), rest.to_owned()]),
                Some(known) if known.len() >= 4 && self.knows(known) => {
                    Some(vec![format!("{t}s"), known.to_owned()])
                }
                Some(_) if !vowel_next => None,
                _ => Some(vec![t.clone(), rest.to_owned()]),
            }
        })
    }

    /// The words of a schema name ([`identifier_words`]) with run-together ones split
    /// (and their abbreviations spelled out: `invoiceno` is "invoice number").
    pub fn words(&self, name: &str) -> Vec<String> {
        identifier_words(name)
            .into_iter()
            .flat_map(|w| match self.split(&w) {
                Some(parts) => parts.iter().flat_map(|p| identifier_words(p)).collect(),
                None => vec![w],
            })
            .collect()
    }
}
