//! Word classes. Each list is one class of words with one reason to exist; what retrieval,
//! the cache and the built-in generator ignore is composed from them below, so a word
//! belongs to one list only and the compositions cannot drift apart.
//!
//! Every word here is lower case and unstemmed: the lists are consulted on the words of a
//! text or skeleton before stemming.

/// Grammar that names nothing in any text: articles, pronouns, auxiliaries, wh-words, the
/// verbs of a request ("show me", "give", "tell", "list", "please").
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "all",
    "an",
    "any",
    "anybody",
    "anyone",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "did",
    "do",
    "does",
    "everybody",
    "everyone",
    "get",
    "give",
    "had",
    "has",
    "have",
    "how",
    "i",
    "is",
    "it",
    "its",
    "list",
    "me",
    "my",
    "of",
    "our",
    "please",
    "show",
    "so",
    "some",
    "somebody",
    "someone",
    "tell",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "us",
    "was",
    "we",
    "were",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "what's",
    "that's",
    "there's",
    "who's",
    "who've",
    "they've",
    "you've",
    "they're",
    "we're",
    "you're",
    "you",
    "your",
];

/// The phrasing of a question that names nothing in it ("find", "let me see", "how much",
/// "so far", "what was our total", "how many came from"). Retrieval keeps them: in corpus
/// text they can name something (`total_amount`, "orders still open").
const QUESTION_PADDING: &[&str] = &[
    "came", "come", "far", "find", "let", "much", "need", "overall", "see", "still", "total",
];

/// Words that relate the words around them: a grouping ("by", "each", "every"), a filter
/// ("from", "in", "with", "between", "than", "when"), a range ("to"), a conjunction. Example
/// shapes drop them, since an example's literals and content words already pin what it
/// answers; the cache keeps them, since its entries come from any question and "customers
/// from Brazil" is not "customers to Brazil".
const RELATION_WORDS: &[&str] = &[
    "and", "between", "by", "each", "every", "for", "from", "in", "into", "on", "or", "than", "to",
    "when", "with",
];

/// More function words that retrieval drops but question matching keeps: in a question they
/// can mark a follow-up ("also", "then", "too", "just"), a comparison ("vs", "per", "both"),
/// a condition ("if", "while", "after", "where") or point back ("them"), so two questions
/// that differ by one of them may mean different things.
const MORE_FUNCTION_WORDS: &[&str] = &[
    "after", "also", "am", "both", "but", "can", "could", "he", "her", "here", "his", "if", "just",
    "ours", "per", "she", "should", "them", "then", "too", "versus", "very", "via", "vs", "where",
    "while", "why", "will", "would",
];

/// Short function words that are never read as a column value unless quoted: "us", "in"
/// and "it" are country codes too, but typed bare in a question they are words.
const NEVER_VALUES: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "do", "each", "for", "from", "how", "i", "in",
    "is", "it", "me", "my", "no", "not", "of", "on", "or", "our", "per", "so", "than", "that",
    "the", "this", "to", "up", "us", "was", "we", "were", "what", "when", "which", "who", "with",
    // Quantifiers and other function words: "no lessons booked at all" names no age group
    // `all`.
    "all", "any", "both", "every", "some", "have", "has", "had", "did", "does", "there", "their",
    "they", "you", "your", "its", "into", "over", "under", "about", "after", "before", "between",
    "more", "most", "less", "least", "many", "much", "ever", "still", "also", "just", "only", "if",
];

/// Prepositions that only attach the period right after them ("in 2024", "for Q3 2025").
const PERIOD_PREPOSITIONS: &[&str] = &["during", "for", "in", "on"];

/// Words that link a new question to the conversation when they open it ("and by region?",
/// "now for 2023", "ok, 2024").
const CONNECTING_WORDS: &[&str] = &["and", "but", "now", "ok", "okay", "or", "so", "then"];

/// Words that ask for an earlier question again, changed ("the same for EC2", "2023
/// instead", "again for Brazil").
const REPEATING_WORDS: &[&str] = &["again", "also", "instead", "rather", "same", "too"];

/// Words that narrow an earlier question down to a literal ("just 2023", "only Brazil").
const NARROWING_WORDS: &[&str] = &["just", "only"];

/// Words that stand for an earlier answer or its parts ("show it by month", "those
/// customers", "the previous one").
const POINTING_BACK_WORDS: &[&str] = &[
    "above", "else", "former", "it", "its", "latter", "previous", "them", "these", "they", "this",
    "those",
];

/// Opening word pairs that continue a conversation ("what about 2023?").
const CONTINUING_PAIRS: &[(&str, &str)] = &[("how", "about"), ("what", "about"), ("what", "if")];

/// Verbs right before "that" which make it point back ("show that by month") rather than
/// start a clause ("customers that ordered").
const VERBS_BEFORE_THAT: &[&str] = &[
    "break", "chart", "compare", "do", "filter", "give", "group", "list", "make", "plot", "redo",
    "repeat", "see", "show", "sort", "split", "tell",
];

/// Words right after "that" which make it point back ("revenue for that by month", "that
/// again").
const WORDS_AFTER_THAT: &[&str] = &[
    "again", "as", "but", "by", "down", "for", "in", "instead", "only", "over", "per", "with",
    "without",
];

fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Words retrieval and the built-in embedder drop: function words and relations, in
/// questions and corpus text alike.
pub fn is_stop_word(word: &str) -> bool {
    is_in(FUNCTION_WORDS, word) || is_in(RELATION_WORDS, word) || is_in(MORE_FUNCTION_WORDS, word)
}

/// Words by which a question may differ from the cached entry that answers it: function
/// words and question padding. Every filler word is a shape stop word too, so the cache
/// never calls two questions the same that the built-in generator would tell apart.
pub fn is_filler(word: &str) -> bool {
    is_in(FUNCTION_WORDS, word) || is_in(QUESTION_PADDING, word)
}

/// Words an example shape leaves out: filler and relations.
pub fn is_shape_stop_word(word: &str) -> bool {
    is_filler(word) || is_in(RELATION_WORDS, word)
}

/// Whether an unquoted `word` can never be a column value ("us", "in", "it").
pub fn is_never_a_value(word: &str) -> bool {
    is_in(NEVER_VALUES, word)
}

/// Whether `word`, right before a period literal, only attaches it ("in 2024").
pub fn is_period_preposition(word: &str) -> bool {
    is_in(PERIOD_PREPOSITIONS, word)
}

/// Whether a question opening with these words continues a conversation ("and by
/// region?", "what about 2023?").
pub fn continues_conversation(first: &str, second: Option<&str>) -> bool {
    is_in(CONNECTING_WORDS, first)
        || is_in(REPEATING_WORDS, first)
        || second.is_some_and(|second| CONTINUING_PAIRS.contains(&(first, second)))
}

/// Whether `word` anywhere in a question refers to an earlier one ("show it by month",
/// "the same for EC2").
pub fn refers_back(word: &str) -> bool {
    is_in(POINTING_BACK_WORDS, word) || is_in(REPEATING_WORDS, word)
}

/// Whether a "that" between these words stands for an earlier answer ("show that by
/// month", a bare "that") rather than starting a clause ("customers that ordered").
pub fn that_points_back(before: Option<&str>, after: Option<&str>) -> bool {
    match (before, after) {
        (Some(before), Some(after)) => {
            is_in(VERBS_BEFORE_THAT, before) || is_in(WORDS_AFTER_THAT, after)
        }
        _ => true,
    }
}

/// Words that, next to literals only, make a question a follow-up of the previous one
/// ("what about 2023?", "and for Brazil instead?", "only 2024").
pub fn is_follow_up_word(word: &str) -> bool {
    is_in(CONNECTING_WORDS, word) || is_in(REPEATING_WORDS, word) || is_in(NARROWING_WORDS, word)
}

/// Abbreviations that legacy schemas write for a word (`cust_nm`, `amt_due`, `bkg_dt`), each
/// with the words it stands for. Only abbreviations with one common reading in a column or
/// table name are listed: `dep` (departure or deposit), `curr` (currency or current), `inv`
/// (invoice or inventory) and `prem` (premise or premium) are not.
const IDENTIFIER_ABBREVIATIONS: &[(&str, &str)] = &[
    ("acct", "account"),
    ("addr", "address"),
    ("agt", "agent"),
    ("amnt", "amount"),
    ("amt", "amount"),
    ("appt", "appointment"),
    ("avg", "average"),
    ("bal", "balance"),
    ("bkg", "booking"),
    ("catg", "category"),
    ("cd", "code"),
    ("chg", "charge"),
    ("chrg", "charge"),
    ("clm", "claim"),
    ("clnt", "client"),
    ("cncl", "cancel"),
    ("cnt", "count"),
    ("cntry", "country"),
    ("comm", "commission"),
    ("crs", "course"),
    ("ctry", "country"),
    ("cust", "customer"),
    ("dept", "department"),
    ("desc", "description"),
    ("descr", "description"),
    ("dest", "destination"),
    ("disc", "discount"),
    ("dlvry", "delivery"),
    ("dname", "department name"),
    ("dob", "birth date"),
    ("dt", "date"),
    ("dte", "date"),
    ("emp", "employee"),
    ("ename", "employee name"),
    ("fname", "first name"),
    ("grp", "group"),
    ("hr", "hour"),
    ("hrs", "hours"),
    ("lic", "license"),
    ("lname", "last name"),
    ("loc", "location"),
    ("lv", "leave"),
    ("mfr", "manufacturer"),
    ("mgr", "manager"),
    ("msg", "message"),
    ("mth", "month"),
    ("mtr", "meter"),
    ("nbr", "number"),
    ("nm", "name"),
    ("no", "number"),
    ("num", "number"),
    ("pax", "passengers"),
    ("pct", "percent"),
    ("pd", "paid"),
    ("perf", "performance"),
    ("pkg", "package"),
    ("pmt", "payment"),
    ("pol", "policy"),
    ("prc", "price"),
    ("prod", "product"),
    ("proj", "project"),
    ("purch", "purchase"),
    ("pymt", "payment"),
    ("qtr", "quarter"),
    ("qty", "quantity"),
    ("rcpt", "receipt"),
    ("rcvd", "received"),
    ("rdg", "reading"),
    ("ref", "reference"),
    ("req", "request"),
    ("sal", "salary"),
    ("sched", "scheduled"),
    ("seg", "segment"),
    ("stat", "status"),
    ("sts", "status"),
    ("svc", "service"),
    ("tel", "phone"),
    ("tkt", "ticket"),
    ("tmsht", "timesheet"),
    ("tot", "total"),
    ("trn", "training"),
    ("trx", "transaction"),
    ("ttl", "total"),
    ("txn", "transaction"),
    ("typ", "type"),
    ("usr", "user"),
    ("veh", "vehicle"),
    ("vnd", "vendor"),
    ("whse", "warehouse"),
    ("wk", "week"),
    ("yr", "year"),
];

/// Words that column and table names often shorten by dropping vowels (`frst_nm`, `rtg`,
/// `chnl_cd`, `rsn_cd`): an identifier's word that keeps the first letter and enough of
/// the consonants of exactly one of them, in order, stands for it ([`spelled_out`]).
const SHORTENED_WORDS: &[&str] = &[
    "account",
    "active",
    "address",
    "amount",
    "approved",
    "balance",
    "birth",
    "branch",
    "budget",
    "cancelled",
    "category",
    "channel",
    "charge",
    "city",
    "class",
    "client",
    "closed",
    "comment",
    "commission",
    "company",
    "completed",
    "contact",
    "contract",
    "cost",
    "count",
    "country",
    "created",
    "currency",
    "customer",
    "default",
    "delivery",
    "department",
    "deposit",
    "description",
    "destination",
    "discount",
    "document",
    "duration",
    "email",
    "employee",
    "end",
    "event",
    "expense",
    "expiry",
    "first",
    "flag",
    "gender",
    "group",
    "hotel",
    "image",
    "invoice",
    "issued",
    "item",
    "language",
    "last",
    "level",
    "limit",
    "line",
    "manager",
    "member",
    "message",
    "method",
    "middle",
    "mobile",
    "model",
    "month",
    "name",
    "newsletter",
    "nights",
    "note",
    "number",
    "office",
    "open",
    "order",
    "owner",
    "paid",
    "parent",
    "partner",
    "payment",
    "percent",
    "period",
    "phone",
    "plan",
    "points",
    "policy",
    "postal",
    "preferred",
    "premium",
    "price",
    "priority",
    "process",
    "product",
    "profile",
    "quantity",
    "rate",
    "rating",
    "reason",
    "received",
    "recommend",
    "record",
    "reference",
    "refund",
    "region",
    "rental",
    "request",
    "return",
    "revenue",
    "review",
    "salary",
    "score",
    "segment",
    "senior",
    "sequence",
    "service",
    "shipment",
    "size",
    "source",
    "start",
    "status",
    "street",
    "subscription",
    "supplier",
    "target",
    "tax",
    "text",
    "ticket",
    "title",
    "total",
    "transaction",
    "travel",
    "type",
    "unit",
    "user",
    "value",
    "vendor",
    "version",
    "volume",
    "warehouse",
    "weight",
    "year",
];

/// The one listed word ([`SHORTENED_WORDS`]) that `short` writes without its vowels: its
/// first letter, no vowel after it, at least three letters, and in order at least three
/// in five of the word's consonants, ending on its last.
fn unshortened(short: &str) -> Option<&'static str> {
    let letters: Vec<char> = short.chars().collect();
    let vowel = |c: &char| "aeiouy".contains(*c);
    // Three letters from a vowel are a word of their own ("act", "off").
    let own_word = letters.len() == 3 && vowel(&letters[0]);
    if letters.len() < 3
        || own_word
        || letters.iter().skip(1).any(vowel)
        || !short.chars().all(|c| c.is_ascii_lowercase())
    {
        return None;
    }
    let writes = |word: &str| {
        let mut rest = word.chars();
        if rest.next() != Some(letters[0]) {
            return false;
        }
        let consonants: Vec<char> = word.chars().skip(1).filter(|c| !vowel(c)).collect();
        let in_order = letters[1..].iter().all(|l| rest.any(|c| c == *l));
        // Ending on the word's last consonant: `off` is no "office".
        in_order
            && consonants.last() == letters.last()
            && letters.len() * 5 >= (consonants.len() + 1) * 3
            && word.len() > short.len()
    };
    let mut found = SHORTENED_WORDS.iter().filter(|w| writes(w));
    match (found.next(), found.next()) {
        (Some(word), None) => Some(word),
        _ => None,
    }
}

/// The words an identifier's word abbreviates (`amt` → "amount", `dob` → "birth date",
/// `rtg` → "rating"), if it is a listed abbreviation or a listed word without its vowels.
pub fn spelled_out(word: &str) -> Option<&'static str> {
    IDENTIFIER_ABBREVIATIONS
        .binary_search_by(|(short, _)| short.cmp(&word))
        .ok()
        .map(|i| IDENTIFIER_ABBREVIATIONS[i].1)
        .or_else(|| unshortened(word))
}

/// Whether a word is one that column names shorten ([`SHORTENED_WORDS`]) or that an
/// abbreviation stands for: a part a run-together name may be made of.
pub(super) fn is_column_word(word: &str) -> bool {
    SHORTENED_WORDS.contains(&word)
        || IDENTIFIER_ABBREVIATIONS
            .iter()
            .any(|(_, full)| full.split(' ').any(|w| w == word))
}

/// Words that begin table names to say what kind of object or warehouse layer they are, not
/// what their rows are: `tbl_member`, `t_order`, `dim_customer`, `fact_sales`, `stg_event`.
const TABLE_PREFIXES: &[&str] = &[
    "dim", "fact", "fct", "lkp", "lu", "mst", "raw", "stg", "t", "tab", "tb", "tbl",
];

/// Whether `word` (lower case) is a prefix of table names that is no word of their rows.
pub fn is_table_prefix(word: &str) -> bool {
    TABLE_PREFIXES.binary_search(&word).is_ok()
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The abbreviations, for tests of their form.
#[cfg(test)]
pub(super) fn abbreviations() -> &'static [(&'static str, &'static str)] {
    IDENTIFIER_ABBREVIATIONS
}

/// Every list, for tests of their form.
#[cfg(test)]
pub(super) fn all_lists() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("FUNCTION_WORDS", FUNCTION_WORDS),
        ("QUESTION_PADDING", QUESTION_PADDING),
        ("RELATION_WORDS", RELATION_WORDS),
        ("MORE_FUNCTION_WORDS", MORE_FUNCTION_WORDS),
        ("NEVER_VALUES", NEVER_VALUES),
        ("PERIOD_PREPOSITIONS", PERIOD_PREPOSITIONS),
        ("CONNECTING_WORDS", CONNECTING_WORDS),
        ("REPEATING_WORDS", REPEATING_WORDS),
        ("NARROWING_WORDS", NARROWING_WORDS),
        ("POINTING_BACK_WORDS", POINTING_BACK_WORDS),
        ("VERBS_BEFORE_THAT", VERBS_BEFORE_THAT),
        ("WORDS_AFTER_THAT", WORDS_AFTER_THAT),
        ("TABLE_PREFIXES", TABLE_PREFIXES),
    ]
}
