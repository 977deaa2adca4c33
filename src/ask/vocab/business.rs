//! The built-in business vocabulary: what a question's words mean in a schema nobody
//! annotated.
//! - Measures: "revenue", "spent", "sold", "units", "price" and "cost" ask for a kind of
//!   column (money, price, cost, quantity) whatever the schema calls it: `invoice.total`,
//!   `payment.amount`, `order_details.unit_price`, `invoice_line.quantity`.
//!   [`measures_said`] reads them in a question, [`column_measures`] recognizes the columns
//!   by their name and type.
//! - Kinds of thing: words that name the same kind of table or column ("movie" and `film`,
//!   "client" and `customer`, "agent" and `employee`): [`related`].
//! - Periods: words and literals that ask for a time grouping or range ([`names_period`]);
//!   time-typed columns ([`is_time_type`]).
//! - Buyers: table names of whoever buys ([`is_buyer`]), which a sales table refers to.
//!
//! Words are matched as stems ([`super::stem()`]), so every form of a listed word counts.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::stem;

/// A kind of quantity a question can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    /// Money that came in: revenue, sales, what customers spent or paid.
    Money,
    /// What one thing costs to buy or rent.
    Price,
    /// Money that went out.
    Cost,
    /// How many units.
    Quantity,
}

use Measure::{Cost, Money, Price, Quantity};

/// Question words and the measures they ask for, with how surely.
const MEASURE_WORDS: &[(&str, &[(Measure, f32)])] = &[
    ("amount", &[(Money, 0.6)]),
    ("bestseller", &[(Quantity, 0.8), (Money, 0.5)]),
    ("billing", &[(Money, 0.7)]),
    ("bought", &[(Quantity, 0.6), (Money, 0.6)]),
    ("cheap", &[(Price, 1.0)]),
    ("cheapest", &[(Price, 1.0)]),
    ("cost", &[(Cost, 1.0), (Price, 0.6)]),
    ("dollar", &[(Money, 0.9)]),
    ("earn", &[(Money, 0.9)]),
    ("earnings", &[(Money, 0.9)]),
    ("expense", &[(Cost, 1.0)]),
    ("expensive", &[(Price, 1.0)]),
    ("fee", &[(Price, 0.8)]),
    ("grossing", &[(Money, 0.9)]),
    ("income", &[(Money, 0.9)]),
    ("margin", &[(Money, 0.8)]),
    ("money", &[(Money, 1.0)]),
    ("paid", &[(Money, 0.8)]),
    ("pay", &[(Money, 0.8)]),
    ("payment", &[(Money, 0.7)]),
    ("popular", &[(Quantity, 0.6)]),
    ("price", &[(Price, 1.0)]),
    ("priciest", &[(Price, 1.0)]),
    ("profit", &[(Money, 0.9)]),
    ("purchase", &[(Money, 0.6), (Quantity, 0.4)]),
    ("quantity", &[(Quantity, 1.0)]),
    ("revenue", &[(Money, 1.0)]),
    ("sale", &[(Money, 0.9)]),
    ("sales", &[(Money, 0.9)]),
    ("selling", &[(Quantity, 0.8), (Money, 0.6)]),
    ("sold", &[(Quantity, 0.8), (Money, 0.6)]),
    ("spend", &[(Money, 1.0), (Cost, 1.0)]),
    ("spent", &[(Money, 1.0), (Cost, 1.0)]),
    ("turnover", &[(Money, 1.0)]),
    ("units", &[(Quantity, 0.9)]),
    ("value", &[(Money, 0.6)]),
    ("volume", &[(Quantity, 0.8)]),
    ("worth", &[(Money, 0.6)]),
];

/// Words in a column's name that make a number column carry a measure, and how surely.
const COLUMN_WORDS: &[(&str, &[(Measure, f32)])] = &[
    ("amount", &[(Money, 1.0), (Cost, 0.5)]),
    ("balance", &[(Money, 0.5)]),
    ("buy", &[(Cost, 0.9), (Price, 0.7)]),
    ("charge", &[(Money, 0.8), (Cost, 0.5)]),
    ("cost", &[(Cost, 1.0), (Price, 0.6), (Money, 0.4)]),
    ("count", &[(Quantity, 0.7)]),
    ("expense", &[(Cost, 1.0)]),
    ("fee", &[(Price, 0.8), (Money, 0.6), (Cost, 0.6)]),
    ("freight", &[(Cost, 0.7)]),
    ("gross", &[(Money, 0.8)]),
    ("income", &[(Money, 1.0)]),
    ("net", &[(Money, 0.8)]),
    ("paid", &[(Money, 0.9)]),
    ("payment", &[(Money, 0.9)]),
    ("price", &[(Price, 1.0), (Money, 0.8)]),
    ("qty", &[(Quantity, 1.0)]),
    ("quantity", &[(Quantity, 1.0)]),
    ("rate", &[(Price, 0.7)]),
    ("revenue", &[(Money, 1.0)]),
    ("sales", &[(Money, 1.0)]),
    ("sold", &[(Quantity, 1.0)]),
    ("spend", &[(Cost, 1.0), (Money, 0.6)]),
    ("subtotal", &[(Money, 1.0)]),
    ("total", &[(Money, 1.0)]),
    ("turnover", &[(Money, 1.0)]),
    ("units", &[(Quantity, 0.8)]),
    ("value", &[(Money, 0.6)]),
    ("volume", &[(Quantity, 0.8)]),
];

/// Words in a column's name that make its money go out, not come in (`purchase_price`,
/// `refund_amount`): never revenue.
const OUTGOING: &[&str] = &[
    "purchase", "buy", "cost", "expense", "refund", "budget", "salary", "wage", "fuel", "freight",
];

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
    &["product", "item", "article", "goods", "merchandise"],
    &["supplier", "vendor", "provider", "manufacturer"],
    &["film", "movie"],
    &["track", "song", "tune"],
    &["artist", "performer", "musician", "band", "singer"],
    &["album", "record"],
    &["city", "town"],
    &["country", "nation"],
    &["category", "genre"],
    &["shipper", "carrier", "courier"],
    &["store", "shop", "branch", "outlet"],
    &["manager", "boss", "supervisor"],
    &["salary", "wage", "compensation"],
    &["invoice", "bill", "receipt"],
    &["rental", "rent", "lease"],
    &["order", "basket", "cart"],
    &["inventory", "copy", "stock"],
    &["phone", "telephone"],
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
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
    measure_words: HashMap<String, &'static [(Measure, f32)]>,
    outgoing: Vec<String>,
    column_words: HashMap<String, &'static [(Measure, f32)]>,
    kinds: HashMap<String, usize>,
    periods: Vec<String>,
    buyers: Vec<String>,
    names: Vec<String>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        measure_words: MEASURE_WORDS.iter().map(|(w, m)| (stem(w), *m)).collect(),
        outgoing: OUTGOING.iter().map(|w| stem(w)).collect(),
        column_words: COLUMN_WORDS.iter().map(|(w, m)| (stem(w), *m)).collect(),
        kinds: KINDS
            .iter()
            .enumerate()
            .flat_map(|(k, words)| words.iter().map(move |w| (stem(w), k)))
            .collect(),
        periods: PERIOD_WORDS.iter().map(|w| stem(w)).collect(),
        buyers: BUYERS.iter().map(|w| stem(w)).collect(),
        names: NAME_WORDS.iter().map(|w| stem(w)).collect(),
    })
}

/// The measures a question's terms (stemmed) ask for: each with its strongest strength and
/// the term that asked.
pub fn measures_said(terms: &[String]) -> Vec<(Measure, f32, String)> {
    let mut said: Vec<(Measure, f32, String)> = Vec::new();
    for term in terms {
        let Some(measures) = tables().measure_words.get(term) else {
            continue;
        };
        for &(measure, strength) in *measures {
            match said.iter_mut().find(|(m, _, _)| *m == measure) {
                Some(entry) if entry.1 >= strength => {}
                Some(entry) => *entry = (measure, strength, term.clone()),
                None => said.push((measure, strength, term.clone())),
            }
        }
    }
    said
}

/// The measures a column carries, from its name's terms (stemmed) and its type: only
/// number columns carry one, and a quantity is never also a price (`unit_price`).
pub fn column_measures(name_terms: &[String], data_type: &str) -> Vec<(Measure, f32)> {
    if !is_number_type(data_type) {
        return Vec::new();
    }
    let mut found: Vec<(Measure, f32)> = Vec::new();
    for term in name_terms {
        let Some(measures) = tables().column_words.get(term) else {
            continue;
        };
        for &(measure, strength) in *measures {
            match found.iter_mut().find(|(m, _)| *m == measure) {
                Some(entry) => entry.1 = entry.1.max(strength),
                None => found.push((measure, strength)),
            }
        }
    }
    let money_like = found.iter().any(|(m, _)| *m != Quantity);
    if money_like {
        found.retain(|(m, _)| *m != Quantity);
    }
    if is_outgoing(name_terms) {
        found.retain(|(m, _)| *m != Money);
    }
    found
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

/// Whether a table's name (its terms, stemmed) names whoever buys.
pub fn is_buyer(name_terms: &[String]) -> bool {
    name_terms.iter().any(|t| tables().buyers.contains(t))
}

/// Whether a name (its terms, stemmed) says money goes out: an `expenses` table's
/// `amount` is no revenue.
pub fn is_outgoing(name_terms: &[String]) -> bool {
    name_terms.iter().any(|t| tables().outgoing.contains(t))
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

    fn measures(question: &str) -> Vec<Measure> {
        let mut m: Vec<Measure> = measures_said(&terms(question))
            .into_iter()
            .map(|(m, _, _)| m)
            .collect();
        m.sort();
        m
    }

    #[test]
    fn questions_ask_for_measures_in_any_form() {
        assert_eq!(measures("monthly revenue in 2010"), [Money]);
        assert_eq!(measures("which 5 customers spent the most"), [Money, Cost]);
        assert_eq!(measures("gross profit"), [Money]);
        assert_eq!(
            measures("best selling tracks by units sold"),
            [Money, Quantity]
        );
        assert_eq!(measures("the priciest products"), [Price]);
        assert_eq!(measures("customers by country"), []);
        let said = measures_said(&terms("revenue per sales support agent"));
        assert_eq!(said[0], (Money, 1.0, "revenue".to_owned()));
    }

    #[test]
    fn columns_carry_measures_by_name_and_type() {
        let of = |name: &str, ty: &str| -> Vec<Measure> {
            column_measures(&terms(name), ty)
                .into_iter()
                .map(|(m, _)| m)
                .collect()
        };
        assert_eq!(of("total", "numeric(10,2)"), [Money]);
        assert_eq!(of("amount", "numeric(5,2)"), [Money, Cost]);
        assert_eq!(of("quantity", "integer"), [Quantity]);
        assert_eq!(of("unit_price", "numeric(10,2)"), [Price, Money]);
        assert_eq!(of("units_in_stock", "smallint"), [Quantity]);
        assert!(of("total", "text").is_empty());
        assert_eq!(of("purchase_price", "numeric"), [Price]);
        assert_eq!(of("refund_amount", "numeric"), [Cost]);
        assert!(of("billing_city", "text").is_empty());
    }

    #[test]
    fn kinds_relate_words_in_any_form() {
        assert_eq!(related(&stem("movies"), &stem("film")), RELATED);
        assert_eq!(related(&stem("agent"), &stem("employees")), RELATED);
        assert_eq!(related(&stem("songs"), &stem("track")), RELATED);
        assert_eq!(related("film", "film"), 0.0);
        assert_eq!(related(&stem("customer"), &stem("film")), 0.0);
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
