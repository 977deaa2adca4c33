//! The built-in business vocabulary besides measures (which are in [`super::measures`]):
//! what a question's words mean in a schema nobody annotated.
//! - Kinds of thing: words that name the same kind of table or column ("movie" and `film`,
//!   "client" and `customer`, "agent" and `employee`): [`related`].
//! - Periods: words and literals that ask for a time grouping or range ([`names_period`]);
//!   time-typed columns ([`is_time_type`]).
//! - Buyers: table names of whoever buys ([`is_buyer`]), which a sales table refers to.
//!
//! Words are matched as stems ([`super::stem()`]), so every form of a listed word counts.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{stem, MONTH_NAMES};

/// Words that name the same kind of thing. Each group is one kind; a question's word
/// finds a schema's word of the same group.
const KINDS: &[&[&str]] = &[
    &[
        "customer",
        "client",
        "buyer",
        "purchaser",
        "shopper",
        "patron",
        "consumer",
        "subscriber",
    ],
    &[
        "employee",
        "staff",
        "worker",
        "agent",
        "rep",
        "representative",
        "salesperson",
        "salesman",
        "personnel",
        "colleague",
    ],
    &["product", "item", "article", "goods", "merchandise", "dish"],
    &["supplier", "vendor", "provider", "manufacturer"],
    &["film", "movie"],
    &["track", "song", "tune"],
    &["artist", "performer", "musician", "band", "singer"],
    &["album", "record"],
    &["city", "town", "municipality"],
    &["country", "nation"],
    &["category", "genre"],
    &["type", "kind", "sort"],
    &["shipper", "carrier", "courier"],
    &[
        "store",
        "shop",
        "branch",
        "outlet",
        "location",
        "restaurant",
        "office",
        "clinic",
        "practice",
        "pharmacy",
        "dealership",
        "garage",
        "workshop",
    ],
    // ("booking" and "reservation" would be one kind, but "booking" stems to "book".)
    &["sale", "deal", "transaction"],
    &["match", "fixture", "game"],
    &["venue", "ground", "stadium", "arena"],
    &["referee", "ref", "umpire"],
    &["visit", "appointment", "consultation"],
    &["ride", "trip", "journey"],
    &["route", "line"],
    &["seller", "consignor", "merchant"],
    &[
        "device",
        "handset",
        "gadget",
        "asset",
        "equipment",
        "hardware",
        "machine",
        "instrument",
        "analyzer",
        "analyser",
    ],
    &["team", "group", "squad", "crew"],
    &["length", "duration", "runtime"],
    &["author", "writer", "journalist", "reporter"],
    &["shipment", "parcel", "package", "consignment", "delivery"],
    &["discount", "promo", "coupon", "voucher"],
    &["vehicle", "car", "automobile"],
    &["maintenance", "repair", "servicing"],
    &["request", "ticket", "case"],
    &["asking", "listed"],
    &["book", "title", "publication"],
    &["event", "show", "gig"],
    &["manager", "boss", "supervisor"],
    &["salary", "wage", "compensation", "pay"],
    &[
        "job",
        "role",
        "position",
        "occupation",
        "opening",
        "vacancy",
    ],
    &["invoice", "bill", "receipt"],
    &["rental", "rent", "lease"],
    &["order", "basket", "cart"],
    &["inventory", "copy", "stock"],
    &["phone", "telephone"],
    &["vessel", "ship", "boat", "ferry"],
    &["crossing", "sailing", "voyage"],
    &["apartment", "flat"],
    &["elevator", "lift"],
    &["repository", "repo"],
    &["campsite", "campground", "site"],
    &["doctor", "physician", "clinician", "practitioner"],
    &["veterinarian", "vet"],
    &["student", "pupil", "learner", "trainee"],
    &[
        "teacher",
        "instructor",
        "tutor",
        "lecturer",
        "professor",
        "trainer",
    ],
    &["donation", "gift", "contribution", "pledge"],
    &["donor", "giver", "benefactor"],
    &["guest", "visitor", "attendee", "participant", "patient"],
    &["warehouse", "depot", "facility"],
    &["payment", "remittance", "settlement"],
    &["region", "area", "territory", "district"],
    &["department", "division"],
    &["sample", "specimen"],
    &["test", "assay"],
    &["plane", "aircraft", "airplane"],
    &["player", "athlete"],
    &["complaint", "grievance"],
    &["animal", "pet"],
    &["loan", "borrowing", "checkout", "lending"],
    &["fine", "penalty"],
    &["contract", "agreement"],
    &["tenant", "renter", "occupant", "lessee"],
    &["landlord", "lessor"],
    &["mechanic", "technician", "tech", "engineer"],
    &["slope", "piste", "trail", "run"],
    &["comment", "note", "remark"],
    &["subscription", "membership"],
    &["lead", "prospect"],
    &["container", "box"],
    &["berth", "quay", "dock", "pier"],
    &["child", "kid"],
    &["household", "family"],
];

/// How much a word of the same kind counts against the word itself.
pub const RELATED: f32 = 0.75;

/// Words that ask for a time grouping or range.
const PERIOD_WORDS: &[&str] = &[
    "annual",
    "date",
    "day",
    "daily",
    "hour",
    "month",
    "monthly",
    "quarter",
    "quarterly",
    "season",
    "time",
    "trend",
    "week",
    "weekly",
    "when",
    "year",
    "yearly",
    "ytd",
    "today",
    "yesterday",
    "recent",
    "latest",
];

/// Words of column names that hold names a question may use ("Rock", "Brazil", a
/// customer's or product's name).
const NAME_WORDS: &[&str] = &[
    "name", "title", "city", "country", "company", "brand", "label", "first", "last", "surname",
    "region", "state", "district",
];

/// Words that name the whole business a database keeps, or its books ("how many
/// dealerships are in the group", "cars on the lot", "players on the books", "emails on
/// file"): after "in" or "on", when no table or column is so named, they add nothing.
const WHOLE_BUSINESS: &[&str] = &[
    "agency",
    "app",
    "books",
    "business",
    "catalog",
    "catalogue",
    "chain",
    "clinic",
    "collection",
    "company",
    "database",
    "file",
    "firm",
    "fleet",
    "group",
    "hospital",
    "inventory",
    "lot",
    "network",
    "organisation",
    "organization",
    "payroll",
    "platform",
    "portfolio",
    "practice",
    "record",
    "records",
    "roster",
    "site",
    "system",
    "website",
];

/// Countries and what their people and things are called ("Italian wines" come from
/// Italy): sorted by country, lower case.
const DEMONYMS: &[(&str, &[&str])] = &[
    ("argentina", &["argentinian", "argentine"]),
    ("australia", &["australian"]),
    ("austria", &["austrian"]),
    ("belgium", &["belgian"]),
    ("brazil", &["brazilian"]),
    ("canada", &["canadian"]),
    ("chile", &["chilean"]),
    ("china", &["chinese"]),
    ("denmark", &["danish"]),
    ("england", &["english"]),
    ("finland", &["finnish"]),
    ("france", &["french"]),
    ("germany", &["german"]),
    ("greece", &["greek"]),
    ("india", &["indian"]),
    ("ireland", &["irish"]),
    ("italy", &["italian"]),
    ("japan", &["japanese"]),
    ("mexico", &["mexican"]),
    ("netherlands", &["dutch"]),
    ("new zealand", &["new zealander"]),
    ("norway", &["norwegian"]),
    ("poland", &["polish"]),
    ("portugal", &["portuguese"]),
    ("scotland", &["scottish"]),
    ("south africa", &["south african"]),
    ("spain", &["spanish"]),
    ("sweden", &["swedish"]),
    ("switzerland", &["swiss"]),
    ("uk", &["british"]),
    ("united kingdom", &["british"]),
    ("united states", &["american"]),
    ("usa", &["american"]),
];

/// What the people and things of a country (lower case) are called: "italian" of "italy".
pub fn demonyms(country: &str) -> &'static [&'static str] {
    DEMONYMS
        .binary_search_by(|(c, _)| (*c).cmp(country))
        .map_or(&[], |i| DEMONYMS[i].1)
}

/// Whether a word names the whole business ([`WHOLE_BUSINESS`]).
pub fn names_whole_business(word: &str) -> bool {
    WHOLE_BUSINESS.contains(&word)
}

/// Words of table names for whoever buys.
const BUYERS: &[&str] = &[
    "customer",
    "client",
    "buyer",
    "purchaser",
    "shopper",
    "patron",
    "member",
    "account",
    "subscriber",
    "guest",
];

struct Tables {
    kinds: HashMap<String, usize>,
    periods: Vec<String>,
    buyers: Vec<String>,
    names: Vec<String>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        kinds: KINDS
            .iter()
            .enumerate()
            .flat_map(|(k, words)| words.iter().map(move |w| (stem(w), k)))
            .collect(),
        periods: PERIOD_WORDS
            .iter()
            .map(|w| stem(w))
            // Month names and their abbreviations ("jan", "sept") name periods too.
            .chain(MONTH_NAMES.iter().flat_map(|m| [stem(m), stem(&m[..3])]))
            .chain([stem("sept")])
            .collect(),
        buyers: BUYERS.iter().map(|w| stem(w)).collect(),
        names: NAME_WORDS.iter().map(|w| stem(w)).collect(),
    })
}

/// Whether a stem is a word of the built-in vocabulary of kinds, periods, buyers or
/// names: a part a run-together name may be made of.
pub(super) fn is_listed_word(stem: &str) -> bool {
    let t = tables();
    t.kinds.contains_key(stem)
        || [&t.periods, &t.buyers, &t.names]
            .iter()
            .any(|list| list.iter().any(|w| w == stem))
}

/// How much two terms (stemmed) name the same kind of thing: [`RELATED`] for two words
/// of one group, 0 otherwise (and for equal terms, which match as themselves).
pub fn related(a: &str, b: &str) -> f32 {
    let kinds = &tables().kinds;
    match (kinds.get(a), kinds.get(b)) {
        (Some(x), Some(y)) if x == y && a != b => RELATED,
        _ => 0.0,
    }
}

/// Whether a question's terms ask for a period: a time word, or a year.
pub fn names_period(terms: &[String]) -> bool {
    terms.iter().any(|t| {
        tables().periods.contains(t)
            || (t.len() == 4
                && t.chars().all(|c| c.is_ascii_digit())
                && (t.starts_with("19") || t.starts_with("20")))
    })
}

/// Whether a status value says an attempt went through ("succeeded", "Completed").
pub fn is_success_value(value: &str) -> bool {
    matches!(
        value.to_lowercase().as_str(),
        "succeeded"
            | "success"
            | "successful"
            | "completed"
            | "complete"
            | "paid"
            | "settled"
            | "captured"
            | "approved"
            | "cleared"
            | "ok"
    )
}

/// Whether a status value says an attempt did not go through ("failed", "Declined").
pub fn is_failure_value(value: &str) -> bool {
    matches!(
        value.to_lowercase().as_str(),
        "failed"
            | "failure"
            | "declined"
            | "refunded"
            | "voided"
            | "void"
            | "rejected"
            | "cancelled"
            | "canceled"
            | "bounced"
            | "reversed"
            | "error"
            | "fail"
    )
}

/// Whether a status code (`ACT`, `SUSP`, `CLSD`, `CNF`) abbreviates `word` ("active",
/// "suspended", "closed", "confirmed"): the code is its first letters, or the first of its
/// consonants in order from the first letter, three letters or more.
pub fn abbreviates(code: &str, word: &str) -> bool {
    let code = code.to_lowercase();
    let word = word.to_lowercase();
    let is_code = (3..=5).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphabetic());
    if !is_code || word.len() <= code.len() || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    if word.starts_with(&code) {
        // "made" is no `MAD`.
        return word.len() >= code.len() + 2;
    }
    // `CXL` is the travel trade's "cancelled".
    if code.starts_with("cxl") && word.starts_with("cancel") {
        return true;
    }
    let mut letters = word.chars();
    let first = letters.next();
    let consonants: String = first
        .into_iter()
        .chain(letters.filter(|c| !"aeiou".contains(*c)))
        .collect();
    // `CNF` for "confirmed", `PND` for "pending": the first of its consonants.
    consonants.starts_with(&code)
}

/// Whether a table's name (its terms, stemmed) names whoever buys.
pub fn is_buyer(name_terms: &[String]) -> bool {
    name_terms.iter().any(|t| tables().buyers.contains(t))
}

/// Whether a column's name (its terms, stemmed) says it holds names.
pub fn is_name_like(name_terms: &[String]) -> bool {
    name_terms.iter().any(|t| tables().names.contains(t))
}

/// Whether a type (as PostgreSQL formats it) holds numbers.
pub fn is_number_type(data_type: &str) -> bool {
    let t = data_type.to_ascii_lowercase();
    [
        "numeric", "decimal", "real", "double", "money", "integer", "bigint", "smallint", "float",
    ]
    .iter()
    .any(|prefix| t.starts_with(prefix))
}

/// Whether a type (as PostgreSQL formats it) holds dates or times of day with a date.
pub fn is_time_type(data_type: &str) -> bool {
    let t = data_type.to_ascii_lowercase();
    t == "date" || t.starts_with("timestamp")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::vocab::terms;

    #[test]
    fn demonyms_are_sorted_for_binary_search() {
        assert!(DEMONYMS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn kinds_relate_words_in_any_form() {
        assert_eq!(related(&stem("movies"), &stem("film")), RELATED);
        assert_eq!(related(&stem("agent"), &stem("employees")), RELATED);
        assert_eq!(related(&stem("songs"), &stem("track")), RELATED);
        assert_eq!(related("film", "film"), 0.0);
        assert_eq!(related(&stem("customer"), &stem("film")), 0.0);
        assert_eq!(related(&stem("ships"), &stem("vessel")), RELATED);
        assert_eq!(related(&stem("gifts"), &stem("donations")), RELATED);
    }

    #[test]
    fn each_word_is_of_one_kind() {
        let mut seen = std::collections::HashSet::new();
        for word in KINDS.iter().flat_map(|k| k.iter()) {
            assert!(seen.insert(stem(word)), "{word} is in two kinds");
        }
    }

    #[test]
    fn codes_abbreviate_words() {
        assert!(abbreviates("ACT", "active"));
        assert!(abbreviates("SUSP", "suspended"));
        assert!(abbreviates("CLSD", "closed"));
        assert!(abbreviates("CNF", "confirmed"));
        assert!(abbreviates("PND", "pending"));
        assert!(abbreviates("CXL", "cancelled"));
        assert!(!abbreviates("PND", "spend"));
        assert!(abbreviates("BUS", "business"));
        assert!(!abbreviates("ACT", "act"));
        assert!(!abbreviates("OK", "okay"));
        assert!(!abbreviates("PAID", "partially"));
        assert!(!abbreviates("MAD", "made"));
    }

    #[test]
    fn periods_and_buyers() {
        assert!(names_period(&terms("yearly revenue")));
        assert!(names_period(&terms("revenue in 2010")));
        assert!(!names_period(&terms("revenue by country")));
        assert!(is_buyer(&terms("customers")));
        assert!(!is_buyer(&terms("invoice_line")));
        assert!(is_time_type("timestamp without time zone"));
        assert!(!is_time_type("text"));
    }
}
