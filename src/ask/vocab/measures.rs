//! The measure words, kept as data and read by both retrieval and the question engine:
//! what a question's word asks to measure ("revenue", "sales", "spent", "sold", "units",
//! "price", "cost", "expensive"), which aggregate it implies, which way it ranks, which
//! tables record the activity it names ("sold" → order lines), and which column names
//! carry each kind of measure (`invoice.total`, `payment.amount`,
//! `order_details.unit_price`, `invoice_line.quantity`).
//!
//! Retrieval reads a question's stems with [`measures_said`] and a schema's columns with
//! [`column_measures`]; the question engine reads one word at a time with [`measure_word`].

use std::collections::HashMap;
use std::sync::OnceLock;

use super::grammar::{Aggregate, Direction};
use super::stem;

/// A kind of quantity a question can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Money that came in: revenue, sales, what customers spent or paid.
    Money,
    /// What one thing costs to buy or rent.
    Price,
    /// Money that went out.
    Cost,
    /// How many units.
    Quantity,
    /// What a person is paid for their work: a salary, a wage.
    Pay,
}

use Measure::{Cost, Money, Pay, Price, Quantity};

/// What one question word says about the measure asked for.
#[derive(Debug)]
pub struct MeasureWord {
    pub word: &'static str,
    /// The kinds of measure it asks for, with how surely.
    pub kinds: &'static [(Measure, f32)],
    /// The aggregate it implies when the question names none ("revenue" is a sum); None
    /// when it could be several ("price", "cost": of one thing or summed; "sales": a count
    /// of sales or a sum of money).
    pub aggregate: Option<Aggregate>,
    /// The end it ranks by ("cheapest" → Lowest).
    pub rank: Option<Direction>,
    /// Table-name phrases that record the activity it names, most likely first.
    pub tables: &'static [&'static str],
    /// A word of a column's name it ranks by, for measures that are no business kind
    /// ("longest" → length).
    pub column: Option<&'static str>,
}

impl PartialEq for MeasureWord {
    fn eq(&self, other: &Self) -> bool {
        self.word == other.word
    }
}

const fn word(word: &'static str, kinds: &'static [(Measure, f32)]) -> MeasureWord {
    MeasureWord {
        word,
        kinds,
        aggregate: None,
        rank: None,
        tables: &[],
        column: None,
    }
}

const fn summed(w: &'static str, kinds: &'static [(Measure, f32)]) -> MeasureWord {
    MeasureWord {
        aggregate: Some(Aggregate::Sum),
        ..word(w, kinds)
    }
}

const fn ranks(w: &'static str, kinds: &'static [(Measure, f32)], rank: Direction) -> MeasureWord {
    MeasureWord {
        rank: Some(rank),
        ..word(w, kinds)
    }
}

const fn activity(
    w: &'static str,
    kinds: &'static [(Measure, f32)],
    tables: &'static [&'static str],
) -> MeasureWord {
    MeasureWord {
        tables,
        ..summed(w, kinds)
    }
}

const fn ranks_column(w: &'static str, column: &'static str, rank: Direction) -> MeasureWord {
    MeasureWord {
        column: Some(column),
        ..ranks(w, &[], rank)
    }
}

use Direction::{Highest, Lowest};

/// Question words and what they measure, alphabetically.
const MEASURE_WORDS: &[MeasureWord] = &[
    summed("amount", &[(Money, 0.6)]),
    MeasureWord {
        rank: Some(Highest),
        ..summed("bestseller", &[(Quantity, 0.8), (Money, 0.5)])
    },
    summed("billing", &[(Money, 0.7)]),
    activity(
        "borrowed",
        &[],
        &["loan", "borrowing", "checkout", "rental"],
    ),
    activity(
        "bought",
        &[(Quantity, 0.6), (Money, 0.6)],
        &["order line", "order item", "purchase"],
    ),
    ranks("cheap", &[(Price, 1.0)], Lowest),
    ranks("cheapest", &[(Price, 1.0)], Lowest),
    // "toll charges by road": their amounts, or how many.
    word("charge", &[(Money, 0.7)]),
    summed("collected", &[(Money, 0.9)]),
    summed("cost", &[(Cost, 1.0), (Price, 0.6)]),
    // "total donations": their amounts; "how many donations": their rows.
    word("donation", &[(Money, 0.8)]),
    summed("dollar", &[(Money, 0.9)]),
    summed("earn", &[(Money, 0.9), (Pay, 0.9)]),
    summed("earnings", &[(Money, 0.9), (Pay, 0.9)]),
    summed("expense", &[(Cost, 1.0)]),
    ranks("expensive", &[(Price, 1.0)], Highest),
    word("fee", &[(Price, 0.8)]),
    // "total fines by reason": the fines' amounts; "how many fines": their rows.
    word("fine", &[(Money, 0.7)]),
    word("penalty", &[(Money, 0.7)]),
    word("premium", &[(Money, 0.8)]),
    word("invoice", &[(Money, 0.6)]),
    summed("grossing", &[(Money, 0.9)]),
    ranks_column("heaviest", "weight", Highest),
    summed("income", &[(Money, 0.9)]),
    ranks_column("lightest", "weight", Lowest),
    ranks_column("longest", "length", Highest),
    word("margin", &[(Money, 0.8)]),
    summed("money", &[(Money, 1.0)]),
    activity(
        "ordered",
        &[],
        &["order line", "order item", "order detail", "orderdetail"],
    ),
    summed("paid", &[(Money, 0.8), (Pay, 0.8)]),
    summed("pay", &[(Money, 0.8), (Pay, 0.8)]),
    summed("payment", &[(Money, 0.7)]),
    word("popular", &[(Quantity, 0.6)]),
    word("price", &[(Price, 1.0)]),
    ranks("priciest", &[(Price, 1.0)], Highest),
    word("profit", &[(Money, 0.9)]),
    activity(
        "purchase",
        &[(Money, 0.6), (Quantity, 0.4)],
        &["order line", "order item", "purchase"],
    ),
    activity("purchased", &[], &["order line", "order item", "purchase"]),
    summed("quantity", &[(Quantity, 1.0)]),
    activity("rented", &[], &["rental"]),
    summed("revenue", &[(Money, 1.0)]),
    word("sale", &[(Money, 0.9)]),
    // "sales by region", "lowest sales in 2023": money totalled, as analysts read it; a
    // count of sales is said so ("number of sales").
    summed("sales", &[(Money, 0.9)]),
    activity(
        "selling",
        &[(Quantity, 0.8), (Money, 0.6)],
        &[
            "order line",
            "order item",
            "order detail",
            "orderdetail",
            "sale line",
            "sale item",
        ],
    ),
    ranks_column("shortest", "length", Lowest),
    activity(
        "sold",
        &[(Quantity, 0.8), (Money, 0.6)],
        &[
            "order line",
            "sale",
            "order item",
            "order detail",
            "orderdetail",
            "sale line",
            "sale item",
        ],
    ),
    summed("spend", &[(Money, 1.0), (Cost, 1.0)]),
    summed("spent", &[(Money, 1.0), (Cost, 1.0)]),
    summed("takings", &[(Money, 1.0)]),
    summed("turnover", &[(Money, 1.0)]),
    summed("units", &[(Quantity, 0.9)]),
    word("value", &[(Money, 0.6)]),
    summed("volume", &[(Quantity, 0.8)]),
    word("worth", &[(Money, 0.6)]),
];

/// Words in a column's name that make a number column carry a measure, and how surely.
const COLUMN_WORDS: &[(&str, &[(Measure, f32)])] = &[
    ("amount", &[(Money, 1.0), (Cost, 0.5)]),
    ("amt", &[(Money, 1.0), (Cost, 0.5)]),
    ("balance", &[(Money, 0.5)]),
    ("buy", &[(Cost, 0.9), (Price, 0.7)]),
    ("charge", &[(Money, 0.8), (Cost, 0.5)]),
    ("cost", &[(Cost, 1.0), (Price, 0.6), (Money, 0.4)]),
    ("expense", &[(Cost, 1.0)]),
    ("fare", &[(Money, 0.9)]),
    ("fee", &[(Price, 0.8), (Money, 0.6), (Cost, 0.6)]),
    ("freight", &[(Cost, 0.7)]),
    ("gross", &[(Money, 0.8)]),
    ("hour", &[(Quantity, 0.8)]),
    ("income", &[(Money, 1.0)]),
    ("minute", &[(Quantity, 0.7)]),
    ("net", &[(Money, 0.8)]),
    ("paid", &[(Money, 0.9)]),
    ("payment", &[(Money, 0.9)]),
    ("premium", &[(Money, 0.9)]),
    ("price", &[(Price, 1.0), (Money, 0.8)]),
    ("qty", &[(Quantity, 1.0)]),
    ("quantity", &[(Quantity, 1.0)]),
    ("rate", &[(Price, 0.7)]),
    ("revenue", &[(Money, 1.0)]),
    ("salary", &[(Pay, 1.0)]),
    ("sales", &[(Money, 1.0)]),
    ("sold", &[(Quantity, 1.0)]),
    ("spend", &[(Cost, 1.0), (Money, 0.6)]),
    ("subtotal", &[(Money, 1.0)]),
    ("total", &[(Money, 1.0)]),
    ("tuition", &[(Money, 0.8)]),
    ("turnover", &[(Money, 1.0)]),
    ("units", &[(Quantity, 0.8)]),
    ("value", &[(Money, 0.6)]),
    ("volume", &[(Quantity, 0.8)]),
    ("wage", &[(Pay, 1.0)]),
];

/// Words in a column's name that make its money go out, not come in (`purchase_price`,
/// `refund_amount`): never revenue.
const OUTGOING: &[&str] = &[
    "purchase", "buy", "cost", "expense", "refund", "budget", "salary", "wage", "fuel", "freight",
    "discount",
];

struct Tables {
    /// By stem; of two words with one stem, the later in [`MEASURE_WORDS`] that names a
    /// kind of measure.
    by_stem: HashMap<String, &'static MeasureWord>,
    column_words: HashMap<String, &'static [(Measure, f32)]>,
    outgoing: Vec<String>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        by_stem: MEASURE_WORDS.iter().fold(HashMap::new(), |mut map, m| {
            let kept = map
                .get(&stem(m.word))
                .is_some_and(|k: &&MeasureWord| !k.kinds.is_empty() && m.kinds.is_empty());
            if !kept {
                map.insert(stem(m.word), m);
            }
            map
        }),
        column_words: COLUMN_WORDS.iter().map(|(w, m)| (stem(w), *m)).collect(),
        outgoing: OUTGOING.iter().map(|w| stem(w)).collect(),
    })
}

/// What a word, as typed (lower case), says about a measure: the word itself, else any
/// listed word of its stem.
pub fn measure_word(typed: &str) -> Option<&'static MeasureWord> {
    MEASURE_WORDS
        .iter()
        .find(|m| m.word == typed)
        .or_else(|| tables().by_stem.get(&stem(typed)).copied())
}

/// The measures a question's terms (stemmed) ask for: each with its strongest strength and
/// the term that asked.
pub fn measures_said(terms: &[String]) -> Vec<(Measure, f32, String)> {
    let mut said: Vec<(Measure, f32, String)> = Vec::new();
    for term in terms {
        let Some(word) = tables().by_stem.get(term) else {
            continue;
        };
        for &(measure, strength) in word.kinds {
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
    if !super::business::is_number_type(data_type) {
        return Vec::new();
    }
    // `revenue_share`, `discount_pct`: a ratio, no money.
    if name_terms.last().is_some_and(|t| {
        matches!(
            t.as_str(),
            "share" | "percent" | "percentage" | "ratio" | "pct"
        )
    }) {
        return Vec::new();
    }
    // `payment_terms_days`, `lead_time_hours`: a length of time, whatever it is of; no
    // money, and a quantity only as its unit's word says (hours worked, not days valid).
    let time_length = name_terms.len() > 1
        && name_terms.last().is_some_and(|t| {
            matches!(
                t.as_str(),
                "day"
                    | "days"
                    | "hour"
                    | "hours"
                    | "hrs"
                    | "minute"
                    | "minutes"
                    | "mins"
                    | "week"
                    | "weeks"
                    | "second"
                    | "seconds"
                    | "secs"
            )
        });
    // `max_gross_kg`, `gross_tonnage`, `distance_km`: a weight or a size, never money
    // (but `price_per_kg` is a price: the unit is what it is per).
    let per_unit = name_terms.windows(2).any(|w| w[0] == "per");
    if !per_unit
        && name_terms.iter().any(|t| {
            matches!(
                t.as_str(),
                "kg" | "kgs"
                    | "lb"
                    | "lbs"
                    | "ton"
                    | "tons"
                    | "tonne"
                    | "tonnes"
                    | "tonnage"
                    | "weight"
                    | "km"
                    | "mile"
                    | "miles"
                    | "meter"
                    | "metre"
                    | "meters"
                    | "metres"
                    | "litre"
                    | "liter"
                    | "litres"
                    | "liters"
                    | "gallon"
                    | "gallons"
                    | "teu"
                    | "sqm"
                    | "sqft"
            )
        })
    {
        return vec![(Quantity, 0.7)];
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
    if time_length {
        found.retain(|(m, _)| *m == Quantity);
    }
    found
}

/// Whether a name (its terms, stemmed) says money goes out: an `expenses` table's
/// `amount` is no revenue (a `fuel_sales` table's is: what is sold comes in).
pub fn is_outgoing(name_terms: &[String]) -> bool {
    let sold = name_terms.iter().any(|t| {
        matches!(
            t.as_str(),
            "sale" | "sell" | "revenue" | "income" | "receipt"
        )
    });
    !sold && name_terms.iter().any(|t| tables().outgoing.contains(t))
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
        assert!(of("revenue_share", "numeric").is_empty());
        assert!(of("billing_city", "text").is_empty());
        assert!(of("payment_terms_days", "numeric(3)").is_empty());
        assert!(of("validity_days", "integer").is_empty());
        assert_eq!(of("worked_hours", "numeric"), [Quantity]);
        assert_eq!(of("gross_tonnage", "integer"), [Quantity]);
    }

    #[test]
    fn one_word_carries_its_aggregate_ranking_and_tables() {
        let revenue = measure_word("revenue").unwrap();
        assert_eq!(revenue.aggregate, Some(Aggregate::Sum));
        assert_eq!(
            measure_word("sales").unwrap().aggregate,
            Some(Aggregate::Sum)
        );
        assert_eq!(measure_word("sale").unwrap().aggregate, None);
        assert_eq!(measure_word("cheapest").unwrap().rank, Some(Lowest));
        assert_eq!(measure_word("longest").unwrap().column, Some("length"));
        assert_eq!(measure_word("sold").unwrap().tables[0], "order line");
        assert!(measure_word("customers").is_none());
    }
}
