//! The one stemmer: light on purpose, so that inflections of a word meet ("orders",
//! "ordered", "ordering") while different words stay apart ("product", "production").

/// Forms the suffix rules cannot reach: irregular verbs and plurals, the adverbs and
/// adjectives of time ("monthly" is "month", "annual" is "year"), and spellings of one word
/// (British "labour", "centre", "cancelled" are the American "labor", "center", "canceled").
/// Sorted by form, for a binary search.
pub(super) const IRREGULAR: &[(&str, &str)] = &[
    ("analyses", "analysis"),
    ("analysis", "analysis"),
    ("annual", "year"),
    ("annually", "year"),
    ("behaviour", "behavior"),
    ("born", "birth"),
    ("bought", "buy"),
    ("cancelled", "cancel"),
    ("cancelling", "cancel"),
    ("catalogue", "catalog"),
    ("catalogues", "catalog"),
    ("centre", "center"),
    ("centres", "center"),
    ("children", "child"),
    ("colour", "color"),
    ("colours", "color"),
    ("daily", "day"),
    ("diagnoses", "diagnosis"),
    ("diagnosis", "diagnosis"),
    ("enrolment", "enrollment"),
    ("enrolments", "enrollment"),
    ("favourite", "favorite"),
    ("favourites", "favorite"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("fulfilment", "fulfillment"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("growth", "grow"),
    ("jewellery", "jewelry"),
    ("kilometre", "kilometer"),
    ("kilometres", "kilometer"),
    ("labelled", "label"),
    ("labour", "labor"),
    ("labours", "labor"),
    ("licence", "license"),
    ("licences", "license"),
    ("litre", "liter"),
    ("litres", "liter"),
    ("made", "make"),
    ("metre", "meter"),
    ("metres", "meter"),
    ("monthly", "month"),
    ("movies", "movie"),
    ("neighbourhood", "neighborhood"),
    ("neighbourhoods", "neighborhood"),
    ("organisation", "organization"),
    ("organisations", "organization"),
    ("paid", "pay"),
    ("people", "person"),
    ("prognoses", "prognosis"),
    ("prognosis", "prognosis"),
    ("programme", "program"),
    ("programmes", "program"),
    ("quarterly", "quarter"),
    ("sold", "sell"),
    ("spent", "spend"),
    ("theatre", "theater"),
    ("theatres", "theater"),
    ("travelled", "travel"),
    ("travelling", "travel"),
    ("versus", "vs"),
    ("weekly", "week"),
    ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"),
    ("yearly", "year"),
];

/// The stem of one lower-case word: possessive dropped, irregular forms looked up, then
/// plurals (`-s`, `-es`, `-ies`) and `-ing`/`-ed` removed. Words of three letters or less and
/// words with digits are left alone.
pub fn stem(word: &str) -> String {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if let Ok(at) = IRREGULAR.binary_search_by(|(form, _)| (*form).cmp(word)) {
        return IRREGULAR[at].1.to_owned();
    }
    // "salespeople" is a salesperson, "tradesmen" a tradesman ("specimen" is no plural).
    if let Some(head) = word.strip_suffix("people").filter(|h| h.len() >= 3) {
        return format!("{head}person");
    }
    if let Some(head) = word.strip_suffix("smen").filter(|h| h.len() >= 3) {
        return format!("{head}sman");
    }
    let chars: Vec<char> = word.chars().collect();
    if chars.len() <= 3 || chars.iter().any(|c| c.is_ascii_digit()) {
        return word.to_owned();
    }
    let mut stem = singular(word, chars);
    strip_verb_ending(&mut stem);
    stem.into_iter().collect()
}

/// `categories` → `category`, `boxes` → `box`, `orders` → `order`; `status`, `analysis`
/// and `address` stay.
fn singular(word: &str, mut chars: Vec<char>) -> Vec<char> {
    let n = chars.len();
    let ends = |suffix: &str| word.ends_with(suffix);
    if ends("ies") && n > 4 {
        chars.truncate(n - 3);
        chars.push('y');
    } else if ends("sses") || ends("xes") || ends("ches") || ends("shes") {
        chars.truncate(n - 2);
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
        chars.truncate(n - 1);
    }
    chars
}

/// `-ing` and `-ed` off when four letters stay, with a doubled final consonant undone
/// (`shipped` → `ship`) except the `l`, `s` and `f` that English doubles anyway (`billing`
/// → `bill`).
fn strip_verb_ending(stem: &mut Vec<char>) {
    for suffix in ["ing", "ed"] {
        let len = suffix.chars().count();
        let ends_with =
            stem.len() >= len && stem[stem.len() - len..].iter().copied().eq(suffix.chars());
        if ends_with && stem.len() >= len + 4 {
            stem.truncate(stem.len() - len);
            let m = stem.len();
            if stem[m - 1] == stem[m - 2] && !matches!(stem[m - 1], 'l' | 's' | 'f') {
                stem.pop();
            }
            // British "fuelled", "labelled", "modelling": the `l` doubled after a syllable
            // of its own ("spelled", "smelling" keep theirs).
            let head = stem.len().saturating_sub(3);
            if stem[head..] == ['e', 'l', 'l'] && stem[..head].iter().any(|c| "aeiou".contains(*c))
            {
                stem.pop();
            }
            return;
        }
    }
}

/// Endings that make a noun of a verb: "departure", "shipment", "arrival", "reservation",
/// "delivery", "acceptance".
const NOUN_ENDINGS: &[&str] = &[
    "ure", "ment", "al", "ion", "ation", "ition", "y", "ery", "ance", "ence", "lation",
];

/// Whether `noun` (a stem) is the noun made of the verb whose stem is `verb`: "departure"
/// of "depart", "arrival" of "arriv" (arriving), "reservation" of "reserv", "admission" of
/// "admit", "prescription" of "prescrib", "payment" of "pay", "sale" of "sell".
pub fn nominalizes(noun: &str, verb: &str) -> bool {
    if (verb, noun) == ("fly", "flight") {
        return true;
    }
    if verb.len() < 3 || noun.len() <= verb.len() {
        return verb == "sell" && noun == "sale";
    }
    // "done" makes no "donation", "gone" no "gonorrhea": light verbs name nothing.
    if matches!(
        verb,
        "done"
            | "did"
            | "doe"
            | "made"
            | "make"
            | "gone"
            | "goe"
            | "been"
            | "had"
            | "got"
            | "get"
            | "take"
            | "took"
            | "taken"
    ) {
        return false;
    }
    let base = verb.strip_suffix('e').unwrap_or(verb);
    let suffixed = |stem: &str| {
        noun.strip_prefix(stem)
            .is_some_and(|rest| NOUN_ENDINGS.contains(&rest))
    };
    // "admit" → "admission", "prescrib" → "prescription", "receiv" → "receipt".
    let changed = [("it", "ission"), ("ib", "iption"), ("eiv", "eipt")]
        .iter()
        .any(|(end, ending)| {
            base.strip_suffix(end)
                .is_some_and(|root| noun.strip_prefix(root) == Some(ending))
        });
    suffixed(base) || changed
}
