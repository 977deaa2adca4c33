//! Words of questions and corpus text, normalized the same way on both sides: split on
//! anything that is not a letter or digit (and inside identifiers like `net_amount` or
//! `orderDate`), lower-cased, accents folded, stop-words dropped, lightly stemmed so plurals
//! and `-ing`/`-ed` forms meet. Shared by the built-in embedder and lexical retrieval.

/// Function words that carry no meaning for retrieval.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "being", "both", "but", "by", "can", "could", "did", "do", "does", "each", "for",
    "from", "get", "give", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "just", "list", "me", "my", "of", "on", "or", "our", "ours",
    "per", "please", "she", "should", "show", "so", "some", "tell", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "to", "too", "us", "versus", "very",
    "via", "vs", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "whose", "why", "will", "with", "would", "you", "your",
];

/// Irregular forms the suffix rules cannot reach.
const IRREGULAR: &[(&str, &str)] = &[
    ("spent", "spend"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("paid", "pay"),
    ("made", "make"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("people", "person"),
    ("children", "child"),
];

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// The raw words of `text`: lower-cased, accents folded, identifiers split on `_` and at
/// lower-to-upper case changes. Stop-words are kept.
pub fn raw_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && previous_lower && !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
            for lower in c.to_lowercase() {
                fold_accent(lower, &mut current);
            }
        } else {
            previous_lower = false;
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// The meaningful words of `text`: raw words without stop-words, stemmed.
pub fn terms(text: &str) -> Vec<String> {
    raw_words(text)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .map(|w| stem(&w))
        .collect()
}

/// A light stemmer: plurals, `-ing` and `-ed`, a few irregular verbs.
pub fn stem(word: &str) -> String {
    if let Some((_, base)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return (*base).to_owned();
    }
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n <= 3 || chars.iter().any(|c| c.is_ascii_digit()) {
        return word.to_owned();
    }
    let ends = |suffix: &str| word.ends_with(suffix);
    let mut stem: Vec<char> = if ends("ies") && n > 4 {
        let mut s = chars[..n - 3].to_vec();
        s.push('y');
        s
    } else if ends("sses") || ends("xes") || ends("ches") || ends("shes") {
        chars[..n - 2].to_vec()
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
        chars[..n - 1].to_vec()
    } else {
        chars.clone()
    };
    for suffix in ["ing", "ed"] {
        let s: String = stem.iter().collect();
        let len = suffix.len();
        if s.ends_with(suffix) && stem.len() >= len + 4 {
            stem.truncate(stem.len() - len);
            let m = stem.len();
            // "shipped" → "ship", "billing" → "bill" keeps its double l.
            if m >= 2 && stem[m - 1] == stem[m - 2] && !matches!(stem[m - 1], 'l' | 's' | 'f') {
                stem.pop();
            }
            break;
        }
    }
    stem.into_iter().collect()
}

/// How closely two terms match: 1 for equal, 0.8 for a small typo, 0 otherwise. Short
/// terms must be equal; a typo is one edit (two from 9 characters on).
pub fn term_match(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let shortest = la.min(lb);
    if shortest < 5 {
        return 0.0;
    }
    let allowed = if shortest >= 9 { 2 } else { 1 };
    if la.abs_diff(lb) <= allowed && edit_distance(a, b) <= allowed {
        0.8
    } else if demonym(a, b) {
        0.7
    } else {
        0.0
    }
}

/// Whether one term is the other's demonym or the like: a shared start of at least four
/// characters (two thirds of the shorter) followed by `-ian`, `-an`, `-ese`, `-ish`…
/// (`brazil`/`brazilian`, `canada`/`canadian`, `japan`/`japanese`).
fn demonym(a: &str, b: &str) -> bool {
    const ENDINGS: &[&str] = &["ian", "an", "n", "ese", "ish", "i", "ean"];
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = short
        .chars()
        .zip(long.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let short_len = short.chars().count();
    if shared < 4 || 3 * shared < 2 * short_len || shared + 2 < short_len {
        return false;
    }
    let ending: String = long.chars().skip(shared).collect();
    ENDINGS.contains(&ending.as_str())
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for (i, cell) in d.iter_mut().step_by(width).enumerate() {
        *cell = i;
    }
    for (j, cell) in d.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

/// Where `phrase` occurs as consecutive terms of `text`, with the weakest term match
/// (1 exact, 0.8 with a typo); 0 when it does not occur.
pub fn phrase_match(phrase: &[String], text: &[String]) -> f32 {
    phrase_occurrences(phrase, text)
        .into_iter()
        .map(|(_, score)| score)
        .fold(0.0, f32::max)
}

/// Every place `phrase` occurs as consecutive terms of `text`: (start, weakest term match).
pub fn phrase_occurrences(phrase: &[String], text: &[String]) -> Vec<(usize, f32)> {
    if phrase.is_empty() || phrase.len() > text.len() {
        return Vec::new();
    }
    text.windows(phrase.len())
        .enumerate()
        .filter_map(|(start, window)| {
            let weakest = phrase
                .iter()
                .zip(window)
                .map(|(p, t)| term_match(p, t))
                .fold(1.0f32, f32::min);
            (weakest > 0.0).then_some((start, weakest))
        })
        .collect()
}

fn fold_accent(c: char, out: &mut String) {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ś' | 'š' | 'ş' => 's',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => {
            out.push_str("ss");
            return;
        }
        other => other,
    };
    out.push(folded);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn identifiers_split_and_plurals_meet() {
        assert_eq!(terms("net_amount"), ["net", "amount"]);
        assert_eq!(terms("orderDate"), ["order", "date"]);
        assert_eq!(
            terms("What are the Countries of our customers?"),
            ["country", "customer"]
        );
        assert_eq!(terms("categories"), terms("category"));
        assert_eq!(terms("shipped orders"), ["ship", "order"]);
        assert_eq!(terms("billing"), ["bill"]);
        assert_eq!(terms("status"), ["status"]);
        assert_eq!(terms("São Paulo"), ["sao", "paulo"]);
        assert_eq!(terms("money spent"), ["money", "spend"]);
    }

    #[test]
    fn typos_match_only_on_longer_words() {
        assert_eq!(term_match("customer", "custmer"), 0.8);
        assert_eq!(term_match("revenue", "revnue"), 0.8);
        assert_eq!(term_match("brazil", "brasil"), 0.8);
        assert_eq!(term_match("date", "data"), 0.0);
        assert_eq!(term_match("category", "catgeory"), 0.8);
        assert_eq!(term_match("brazil", "brazilian"), 0.7);
        assert_eq!(term_match("canadian", "canada"), 0.7);
        assert_eq!(term_match("japan", "japanese"), 0.7);
        assert_eq!(term_match("product", "production"), 0.0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn phrases_match_consecutive_terms() {
        let text = terms("revenue for smart home products");
        assert_eq!(phrase_match(&terms("Smart Home"), &text), 1.0);
        assert_eq!(phrase_match(&terms("home smart"), &text), 0.0);
        assert_eq!(phrase_match(&terms("Home & Kitchen"), &text), 0.0);
    }
}
