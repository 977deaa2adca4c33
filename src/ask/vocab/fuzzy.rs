//! How close two terms are: equal, one typo apart, or a place and its demonym; and where a
//! phrase of terms occurs in a text. Retrieval reads corpus names and values through it, so
//! "custmer" finds `customer` and "Brazilian" finds `Brazil`.

/// How closely two terms match: 1 for equal, 0.8 for a small typo, 0.7 for a place and its
/// demonym, 0 otherwise. Short terms must be equal; a typo is one edit (two from 9
/// characters on).
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
