//! Text into words. Free text (questions, names, comments, values, notes) is split on
//! anything that is not a letter or digit and inside identifiers (`net_amount`,
//! `orderDate`), lower-cased and accent-folded. Skeletons (a question with its literals
//! replaced, see `literals::extract`) are already lower case and split by spaces.

/// The raw words of `text`: lower-cased, accents folded, identifiers split on `_` and at
/// lower-to-upper case changes, a possessive `'s` dropped. Stop words are kept.
pub fn raw_words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            if c.is_uppercase() && previous_lower && !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
            for lower in c.to_lowercase() {
                fold_accent(lower, &mut current);
            }
        } else {
            if !current.is_empty() && is_possessive(&chars[i..]) {
                i += 1;
            }
            previous_lower = false;
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        }
        i += 1;
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// The words of a schema identifier with its abbreviations spelled out: `cust_nm` is
/// "customer name", `bkg_dt` "booking date", `clientDOB` "client birth date". Only for names
/// of tables and columns: in a question, "no" is no number.
pub fn identifier_words(name: &str) -> Vec<String> {
    raw_words(name)
        .into_iter()
        .flat_map(|w| match super::lists::spelled_out(&w) {
            Some(full) => full.split(' ').map(str::to_owned).collect(),
            None => vec![w],
        })
        .collect()
}

/// The words of a table's name ([`identifier_words`]) without a prefix that only says it is
/// a table or a layer of a warehouse (`tbl_artwork` is "artwork", `dim_customer`
/// "customer"); a name that is only such a word keeps it.
pub fn table_words(name: &str) -> Vec<String> {
    let mut words = identifier_words(name);
    if words.len() > 1 && super::lists::is_table_prefix(&words[0]) {
        words.remove(0);
    }
    // `dogs_tbl`, `stays_table`: the same said after the name.
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "tbl" | "tab" | "table"))
    {
        words.pop();
    }
    // `members_member`: a Django app named for its one model says the word once.
    if let [app, model] = &words[..] {
        if super::stem(app) == super::stem(model) {
            words.remove(0);
        }
    }
    words
}

/// Whether `rest`, right after a word, is its possessive `'s` ("the team's budget").
fn is_possessive(rest: &[char]) -> bool {
    matches!(rest, ['\'' | '’', 's' | 'S', ..]) && !rest.get(2).is_some_and(|c| c.is_alphanumeric())
}

/// Whether a skeleton word is a literal's placeholder, such as `{year}`.
pub fn is_placeholder(word: &str) -> bool {
    word.starts_with('{')
}

/// The words of a skeleton, with "how many" read as "number of" so that both fold the same
/// way.
pub fn skeleton_words(skeleton: &str) -> Vec<&str> {
    let mut words: Vec<&str> = skeleton.split(' ').filter(|w| !w.is_empty()).collect();
    for i in 1..words.len() {
        if (words[i - 1], words[i]) == ("how", "many") {
            words[i - 1] = "number";
            words[i] = "of";
        }
    }
    words
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
