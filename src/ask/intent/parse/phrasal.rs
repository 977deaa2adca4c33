//! Words rewritten before a question is read. Phrasal verbs said of what a business sends
//! or publishes ("the campaigns that went out", "articles that went live", "shows that
//! haven't put out an episode"): read as the one verb of that kind the schema records
//! (`sent_at`, status `'Published'`), or as nothing when it records none, so that the rest
//! of the question is read as it stands. And hyphenated kinds ("fixed-price contracts"):
//! the kind, not a price; hyphenated words a name runs together ("on-board sales" of
//! `onboard_sales`): that one word.

use super::*;

/// The verbs a phrasal verb with this particle may stand for, in order of preference.
fn stands_for(particle: &str) -> &'static [&'static str] {
    match particle {
        "out" => &[
            "sent",
            "published",
            "released",
            "dispatched",
            "shipped",
            "issued",
            "distributed",
            "delivered",
            "mailed",
        ],
        "live" => &["published", "launched", "released", "activated", "opened"],
        // "vendors that put in 30 orders", "hours put in": what they placed, or nothing.
        "in" => &["placed"],
        // "the staff who rang up the most sales": nothing but what they sold, said after;
        // "loads picked up in 2023": their pickup.
        "up" => &["pickup"],
        _ => &[],
    }
}

fn is_light_verb(word: &str) -> bool {
    matches!(
        word,
        "go" | "goes"
            | "went"
            | "gone"
            | "going"
            | "put"
            | "puts"
            | "putting"
            | "sent"
            | "send"
            | "ring"
            | "rings"
            | "rang"
            | "rung"
            | "pick"
            | "picks"
            | "picked"
    )
}

/// The question with each such phrasal verb replaced by the verb the schema records, or
/// removed when it records none.
/// The question as the parser reads it: fillers dropped, tax phrases, hyphenated names and
/// kinds, and phrasal verbs rewritten.
pub(super) fn rewritten(model: &Model, question: &str) -> String {
    let question = went_ahead(model, &said_otherwise(&fillers(question)));
    let question = tax_phrases(
        model,
        &counting_too(&ones_too(&excluded_ones(model, &onwards(&question)))),
    );
    phrasal_verbs(
        model,
        &hyphenated_kinds(&hyphenated_names(model, &question)),
    )
}

fn phrasal_verbs(model: &Model, question: &str) -> String {
    let (words, lower) = lower_words(question);
    let mut out = String::with_capacity(question.len());
    let mut copied = 0;
    for k in 0..words.len().saturating_sub(1) {
        let particle = lower[k + 1].as_str();
        let verbs = stands_for(particle);
        // "go out of warranty", "sent out of the country": another meaning.
        let of_after = lower.get(k + 2).is_some_and(|w| w == "of");
        if verbs.is_empty() || !is_light_verb(&lower[k]) || of_after {
            continue;
        }
        if particle == "live" && matches!(lower[k].as_str(), "sent" | "send" | "put" | "puts") {
            continue;
        }
        if particle == "in" && !matches!(lower[k].as_str(), "put" | "puts" | "putting") {
            continue;
        }
        let rung = matches!(lower[k].as_str(), "ring" | "rings" | "rang" | "rung");
        let picked = matches!(lower[k].as_str(), "pick" | "picks" | "picked");
        if (particle == "up") != (rung || picked) {
            continue;
        }
        let named: Vec<usize> = (0..model.tables.len())
            .filter(|&t| {
                lower
                    .iter()
                    .any(|w| model.tables[t].words.contains(&stem(w)))
            })
            .collect();
        let all: Vec<usize> = (0..model.tables.len()).collect();
        let recorded = |verb: &str, tables: &[usize]| {
            let stemmed = stem(verb);
            tables.iter().any(|&t| {
                model.tables[t].columns.iter().any(|c| {
                    c.words.contains(&stemmed)
                        || c.values.iter().any(|v| v.eq_ignore_ascii_case(verb))
                })
            })
        };
        let chosen = verbs
            .iter()
            .find(|v| recorded(v, &named))
            .or_else(|| verbs.iter().find(|v| recorded(v, &all)))
            .filter(|_| !rung);
        out.push_str(&question[copied..words[k].0]);
        match chosen {
            Some(verb) => out.push_str(verb),
            // ("emails sent out", "orders picked up": the verb stays when no other is
            // recorded.)
            None if matches!(lower[k].as_str(), "sent" | "send") || picked => {
                out.push_str(&question[words[k].0..words[k].1])
            }
            None => {}
        }
        copied = words[k + 1].1;
    }
    out.push_str(&question[copied..]);
    out
}

/// The question without the money word of a hyphenated adjective ("fixed-price
/// contracts", "flat-rate plans"): the kind of the rows that follow, not their price.
pub(super) fn hyphenated_kinds(question: &str) -> String {
    let words = word_spans(question);
    let mut out = String::with_capacity(question.len());
    let mut copied = 0;
    for k in 0..words.len().saturating_sub(2) {
        let joined = &question[words[k].1..words[k + 1].0] == "-";
        let second = question[words[k + 1].0..words[k + 1].1].to_lowercase();
        let money = matches!(
            second.as_str(),
            "price" | "priced" | "rate" | "cost" | "fee"
        );
        let noun_after = question[words[k + 1].1..words[k + 2].0].trim().is_empty();
        if joined && money && noun_after {
            out.push_str(&question[copied..words[k].1]);
            copied = words[k + 1].1;
        }
    }
    out.push_str(&question[copied..]);
    out
}

/// "on-board sales" of `onboard_sales`, "on-call shifts" of `oncall_shifts`: two words
/// joined by a hyphen that a name of the schema runs together, written as that one word.
pub(super) fn hyphenated_names(model: &Model, question: &str) -> String {
    if !question.contains('-') {
        return question.to_owned();
    }
    let words = word_spans(question);
    let named = |joined: &str| {
        let joined = stem(joined);
        model.tables.iter().any(|t| {
            t.spelled.iter().any(|w| stem(w) == joined)
                || t.columns.iter().any(|c| {
                    crate::ask::vocab::raw_words(&c.name.replace('_', " "))
                        .iter()
                        .any(|w| stem(w) == joined)
                })
        })
    };
    let mut out = String::with_capacity(question.len());
    let mut copied = 0;
    for k in 0..words.len().saturating_sub(1) {
        let joined = &question[words[k].1..words[k + 1].0] == "-";
        if joined && words[k].0 >= copied {
            let together = format!(
                "{}{}",
                &question[words[k].0..words[k].1],
                &question[words[k + 1].0..words[k + 1].1]
            )
            .to_lowercase();
            // (Or two words of a name, the first a word askpg reads otherwise: the flag
            // `after_hours` of "after-hours jobs", which no bound begins.)
            let first = question[words[k].0..words[k].1].to_lowercase();
            let second = question[words[k + 1].0..words[k + 1].1].to_lowercase();
            let pair = matches!(
                first.as_str(),
                "after" | "before" | "since" | "over" | "under"
            ) && model.tables.iter().flat_map(|t| &t.columns).any(|c| {
                crate::ask::vocab::raw_words(&c.name.replace('_', " "))
                    .windows(2)
                    .any(|w| w[0] == first && stem(&w[1]) == stem(&second))
            });
            if named(&together) || pair {
                out.push_str(&question[copied..words[k].0]);
                out.push_str(&together);
                copied = words[k + 1].1;
            }
        }
    }
    out.push_str(&question[copied..]);
    out
}

/// The byte spans of the question's words (letters, digits, apostrophes).
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (k, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || c == '\'';
        match (inside, start) {
            (true, None) => start = Some(k),
            (false, Some(s)) => {
                spans.push((s, k));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// The question's word spans, and each word in lower case.
pub(super) fn lower_words(text: &str) -> (Vec<(usize, usize)>, Vec<String>) {
    let words = word_spans(text);
    let lower = words
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    (words, lower)
}

/// "before VAT", "excluding tax", "net of VAT": the amount kept net, "net", where number
/// columns say net and gross apart (`amount_net`, `vat_amount`).
pub(super) fn tax_phrases(model: &Model, question: &str) -> String {
    let kept = |word: &str| {
        model.tables.iter().any(|t| {
            t.columns
                .iter()
                .any(|c| c.role == Role::Number && c.words.iter().any(|w| w == word))
        })
    };
    if !kept("net") {
        return question.to_owned();
    }
    let (words, lower) = lower_words(question);
    let mut out = String::with_capacity(question.len());
    let mut copied = 0;
    let mut k = 0;
    while k + 1 < words.len() {
        let tax = matches!(lower[k + 1].as_str(), "vat" | "tax" | "gst" | "taxes");
        let net = matches!(
            lower[k].as_str(),
            "before" | "excluding" | "excl" | "ex" | "without" | "exclusive"
        ) || (lower[k] == "of" && k > 0 && lower[k - 1] == "net");
        if tax && net {
            // ("net of VAT": the "net" is said already.)
            let start = if lower[k] == "of" {
                words[k - 1].0
            } else {
                words[k].0
            };
            out.push_str(&question[copied..start]);
            out.push_str("net");
            copied = words[k + 1].1;
            k += 2;
            continue;
        }
        k += 1;
    }
    out.push_str(&question[copied..]);
    out
}

/// The question without words that say nothing of the rows: "i.e." and "e.g." before an
/// explanation, "(of) all time" ("top 5 rooms by bookings, all time": ever), and "going
/// by" or "judging by" said for "by".
pub(super) fn fillers(question: &str) -> String {
    let (words, lower) = lower_words(question);
    let mut out = String::with_capacity(question.len());
    let mut copied = 0;
    let mut k = 0;
    while k < words.len() {
        let next = lower.get(k + 1).map(String::as_str);
        let dropped = match (lower[k].as_str(), next) {
            // "i.e." and "e.g." are read as the letters apart.
            ("i", Some("e")) | ("e", Some("g")) => 2,
            ("all", Some("time")) if k > 0 && lower[k - 1] == "of" => 2,
            ("all", Some("time")) => 2,
            ("going" | "judging", Some("by")) => 1,
            _ => 0,
        };
        if dropped == 0 {
            k += 1;
            continue;
        }
        // ("of all time": the "of" too.)
        let start = match lower[k].as_str() {
            "all" if k > 0 && lower[k - 1] == "of" => words[k - 1].0,
            _ => words[k].0,
        };
        out.push_str(&question[copied..start]);
        copied = words[k + dropped - 1].1;
        // (The dots after "i.e".)
        while question[copied..].starts_with('.') {
            copied += 1;
        }
        k += dropped;
    }
    out.push_str(&question[copied..]);
    out
}

/// "rounded to one decimal place", "to 2 dp", "to the nearest whole number": the question
/// without the words, and the decimal places asked.
pub(super) fn rounding(question: &str) -> (String, Option<u8>) {
    let (words, lower) = lower_words(question);
    let places = |w: &str| match w {
        "zero" | "no" => Some(0),
        "one" | "a" | "single" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        _ => w.parse::<u8>().ok().filter(|&n| n <= 6),
    };
    let word = |k: usize| lower.get(k).map(String::as_str);
    // The last word of the phrase, and the places it asks.
    let found = (1..lower.len()).find_map(|k| match (word(k - 1), word(k), word(k + 1)) {
        (Some(n), Some("decimal"), Some("place" | "places")) => Some((k - 1, k + 1, places(n)?)),
        (Some(n), Some("decimals" | "dp" | "dps"), _) => Some((k - 1, k, places(n)?)),
        // "Round to one decimal."
        (Some(n), Some("decimal"), _) if k >= 2 && lower[k - 2] == "to" => {
            Some((k - 1, k, places(n)?))
        }
        (Some("nearest"), Some("whole"), Some("number" | "numbers")) => Some((k - 1, k + 1, 0)),
        (Some("to"), Some("whole"), Some("numbers")) => Some((k, k + 1, 0)),
        _ => None,
    });
    let Some((first, last, n)) = found else {
        return (question.to_owned(), None);
    };
    // Back over "to (the)" and "round(ed) (it | them | the answer)".
    let mut start = first;
    if start > 0 && word(start - 1) == Some("the") {
        start -= 1;
    }
    if start > 0 && word(start - 1) == Some("to") {
        start -= 1;
    }
    let rounds = |w: &str| matches!(w, "round" | "rounded" | "rounding");
    if let Some(r) = (start.saturating_sub(4)..start)
        .rev()
        .find(|&r| rounds(&lower[r]))
    {
        let between = &lower[r + 1..start];
        if between.iter().all(|w| {
            matches!(
                w.as_str(),
                "it" | "them"
                    | "that"
                    | "the"
                    | "answer"
                    | "answers"
                    | "result"
                    | "results"
                    | "figure"
                    | "figures"
                    | "each"
                    | "off"
            )
        }) {
            start = r;
        }
    }
    let mut out = question[..words[start].0].to_owned();
    out.push_str(&question[words[last].1..]);
    (out, Some(n))
}

/// "from 2023 onwards": since 2023; "from fewest upwards": from fewest up.
pub(super) fn onwards(question: &str) -> String {
    let (words, lower) = lower_words(question);
    for k in 1..lower.len() {
        let (start, end) = words[k];
        match lower[k].as_str() {
            "upwards" | "upward" => {
                return format!("{}up{}", &question[..start], onwards(&question[end..]));
            }
            "onwards" | "onward" => {
                let Some(from) = (k.saturating_sub(4)..k).rev().find(|&f| lower[f] == "from")
                else {
                    continue;
                };
                let (s, e) = words[from];
                return format!(
                    "{}since{}{}",
                    &question[..s],
                    &question[e..words[k - 1].1],
                    onwards(&question[end..])
                );
            }
            _ => {}
        }
    }
    question.to_owned()
}

/// "lesson income, excluding cancelled lessons": the rows said before, "excluding
/// cancelled ones" (a condition on them, not rows that never were).
pub(super) fn excluded_ones(model: &Model, question: &str) -> String {
    let (words, lower) = lower_words(question);
    let stems: Vec<String> = lower.iter().map(|w| stem(w)).collect();
    let table_word = |s: &str| {
        model
            .tables
            .iter()
            .any(|t| t.words.last().is_some_and(|w| w == s))
    };
    for k in 2..lower.len() {
        let before = k.checked_sub(3).map(|b| lower[b].as_str());
        let excluding = matches!(
            (lower[k - 2].as_str(), before),
            ("excluding" | "excl" | "except" | "ignoring" | "minus", _)
                | ("counting", Some("not"))
                | ("out", Some("leaving" | "leave"))
        );
        let noun = &stems[k];
        let said_before = stems[..k - 2].iter().any(|w| w == noun);
        if excluding && said_before && table_word(noun) && lower[k].ends_with('s') {
            let mut out = question[..words[k].0].to_owned();
            out.push_str("ones");
            out.push_str(&question[words[k].1..]);
            return out;
        }
    }
    question.to_owned()
}

/// "lessons that went ahead", "sailings that actually took place": those not cancelled,
/// where the schema keeps cancellations (a flag, a date or a status value). ("Events took
/// place in March" only dates them: said without "that" or "actually", it stays.)
pub(super) fn went_ahead(model: &Model, question: &str) -> String {
    // (The schema is read only when the words are said: warehouses hold thousands of
    // tables.)
    let cancel = |w: &str| w.to_lowercase().starts_with("cancel");
    let cancels = || {
        model.tables.iter().any(|t| {
            t.columns
                .iter()
                .any(|c| c.words.iter().any(|w| cancel(w)) || c.values.iter().any(|v| cancel(v)))
        })
    };
    let (words, lower) = lower_words(question);
    let word = |k: usize| lower.get(k).map(String::as_str);
    for k in 1..lower.len() {
        let happened = matches!(
            (word(k), word(k + 1)),
            (Some("went"), Some("ahead")) | (Some("took"), Some("place"))
        );
        if !happened {
            continue;
        }
        let mut start = k;
        if word(start - 1) == Some("actually") {
            start -= 1;
        }
        if start > 0 && matches!(word(start - 1), Some("that" | "which")) {
            start -= 1;
        }
        if start == k || !cancels() {
            continue;
        }
        let mut out = question[..words[start].0].to_owned();
        out.push_str("not cancelled");
        out.push_str(&question[words[k + 1].1..]);
        return out;
    }
    question.to_owned()
}

/// "at the moment", "right now": "currently"; "hourly rather than fixed-price": the
/// alternative set aside, dropped ("hourly").
pub(super) fn said_otherwise(question: &str) -> String {
    let (words, lower) = lower_words(question);
    let word = |k: usize| lower.get(k).map(String::as_str);
    for k in 0..lower.len() {
        let (last, with) = match (word(k), word(k + 1), word(k + 2)) {
            (Some("at"), Some("the"), Some("moment")) => (k + 2, "currently"),
            (Some("as"), Some("of"), Some("now")) => (k + 2, "currently"),
            (Some("right"), Some("now"), _) => (k + 1, "currently"),
            (Some("rather"), Some("than"), Some(_)) => {
                // To the end of the clause: punctuation, or a word that opens another part.
                let mut end = k + 2;
                while let Some(next) = word(end + 1) {
                    let clause = matches!(
                        next,
                        "since"
                            | "in"
                            | "during"
                            | "between"
                            | "before"
                            | "after"
                            | "per"
                            | "for"
                            | "and"
                            | "or"
                    );
                    let gap = &question[words[end].1..words[end + 1].0];
                    if clause
                        || gap
                            .chars()
                            .any(|c| matches!(c, ',' | '?' | '.' | ';' | '(' | ')'))
                    {
                        break;
                    }
                    end += 1;
                }
                (end, "")
            }
            _ => continue,
        };
        let mut out = question[..words[k].0].trim_end().to_owned();
        if !with.is_empty() {
            out.push(' ');
            out.push_str(with);
        }
        out.push_str(&question[words[last].1..]);
        return out;
    }
    question.to_owned()
}
