use super::*;
use crate::ask::corpus::fixtures::{column, glossary, table};
use crate::ask::corpus::Example;

fn corpus() -> Corpus {
    let mut secret = column("email", &["a@example.com"]);
    secret.sensitive = true;
    Corpus {
        tables: vec![
            table(
                "customers",
                vec![
                    column("country", &["Brazil", "United States", "Singapore", "Germany"]),
                    column("city", &["Singapore", "Berlin"]),
                    column("country_code", &["US", "IN", "BR"]),
                    column("segment", &["Enterprise", "SMB"]),
                    secret,
                ],
            ),
            table("orders", vec![column("status", &["completed", "cancelled"])]),
            table("wines", vec![column("wine_type", &["ROSE", "RED"]), column("region", &["Zürich"])]),
            table("teams", vec![column("team_name", &["Machine Learning", "Data & AI"])]),
        ],
        glossary: vec![
            glossary("revenue", &["sales", "turnover"], None),
            glossary("enterprise", &["enterprise customers"], None),
            glossary(
                "this year",
                &["current year", "2025"],
                Some("EXTRACT(YEAR FROM orders.order_date) = 2025"),
            ),
            glossary(
                "last quarter",
                &["Q4 2025"],
                Some("orders.order_date >= DATE '2025-10-01' AND orders.order_date < DATE '2026-01-01'"),
            ),
        ],
        ..Corpus::default()
    }
}

fn index() -> ValueIndex {
    ValueIndex::build(&corpus())
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn values(question: &str) -> Vec<LiteralValue> {
    extract(question, &index())
        .literals
        .into_iter()
        .map(|l| l.value)
        .collect()
}

// ------------------------------------------------------------------ calendar

#[test]
fn leap_years_and_day_arithmetic() {
    assert!(calendar::is_leap(2024) && calendar::is_leap(2000));
    assert!(!calendar::is_leap(2023) && !calendar::is_leap(1900));
    assert!(Date::new(2024, 2, 29).is_some());
    assert!(Date::new(2023, 2, 29).is_none());
    assert!(Date::parse_iso("2025-13-01").is_none());
    assert!(Date::parse_iso("2025-1-01").is_none());
    assert_eq!(date("2024-02-28").add_days(1), date("2024-02-29"));
    assert_eq!(date("2023-02-28").add_days(1), date("2023-03-01"));
    assert_eq!(date("2025-12-31").add_days(1), date("2026-01-01"));
    assert_eq!(date("2026-01-01").add_days(-1), date("2025-12-31"));
    assert_eq!(date("1999-12-31").add_days(366), date("2000-12-31"));
}

#[test]
fn period_bounds_are_half_open() {
    let q4 = Period::Quarter {
        year: 2024,
        quarter: 4,
    };
    assert_eq!(
        (q4.start(), q4.end()),
        (date("2024-10-01"), date("2025-01-01"))
    );
    let december = Period::Month {
        year: 2025,
        month: 12,
    };
    assert_eq!(december.end(), date("2026-01-01"));
    let february = Period::Month {
        year: 2024,
        month: 2,
    };
    assert_eq!(february.last_day(), date("2024-02-29"));
    assert_eq!(Period::Year(2024).end(), date("2025-01-01"));
    assert_eq!(
        Period::from_bounds(date("2025-07-01"), date("2025-10-01")),
        Some(Period::Quarter {
            year: 2025,
            quarter: 3
        })
    );
    assert_eq!(
        Period::from_bounds(date("2025-07-01"), date("2025-09-30")),
        None
    );
}

#[test]
fn relative_periods_follow_the_data_end() {
    let end = date("2025-12-31");
    let q4 = Period::Quarter {
        year: 2025,
        quarter: 4,
    };
    assert_eq!(Relative::Last(Unit::Quarter).resolve_at(end), q4);
    assert_eq!(
        Relative::Last(Unit::Year).resolve_at(end),
        Period::Year(2024)
    );
    assert_eq!(
        Relative::This(Unit::Year).resolve_at(end),
        Period::Year(2025)
    );
    // Mid-quarter, the last complete quarter is the one before.
    assert_eq!(
        Relative::Last(Unit::Quarter).resolve_at(date("2025-11-15")),
        Period::Quarter {
            year: 2025,
            quarter: 3
        }
    );
    assert_eq!(
        Relative::Last(Unit::Month).resolve_at(date("2025-03-10")),
        Period::Month {
            year: 2025,
            month: 2
        }
    );
}

#[test]
fn the_data_end_is_learned_from_the_corpus() {
    // "this year" = 2025 and "last quarter" = Q4 2025 leave only 2025-12-31.
    let clock = index().clock().unwrap();
    assert_eq!(clock.range(), (date("2025-12-31"), date("2025-12-31")));
    assert_eq!(
        values("revenue last quarter"),
        [LiteralValue::Quarter {
            year: 2025,
            quarter: 4
        }]
    );
    assert_eq!(values("revenue this year"), [LiteralValue::Year(2025)]);
    assert_eq!(values("revenue previous year"), [LiteralValue::Year(2024)]);
    assert_eq!(
        values("revenue last month"),
        [LiteralValue::Month {
            year: 2025,
            month: 12
        }]
    );

    // Only "this year" = 2025: the end date may be any day of 2025, so "last quarter" is
    // unknown and stays a phrase, while "last year" is certain.
    let mut corpus = corpus();
    corpus.glossary.retain(|g| g.term != "last quarter");
    let index = ValueIndex::build(&corpus);
    let template = extract("top customers last quarter and last year", &index);
    assert_eq!(
        template.literals[0].value,
        LiteralValue::Relative("last quarter".into())
    );
    assert_eq!(template.literals[0].kind, LiteralKind::Relative);
    assert_eq!(template.literals[1].value, LiteralValue::Year(2024));

    // Conflicting statements teach nothing.
    corpus.examples.push(Example {
        id: "x".into(),
        question: "revenue this year".into(),
        sql: "SELECT 1 WHERE EXTRACT(YEAR FROM d) = 2023".into(),
    });
    assert_eq!(ValueIndex::build(&corpus).clock(), None);

    // An explicit end date wins.
    let index = ValueIndex::build(&corpus).with_data_end(date("2024-06-30"));
    assert_eq!(
        extract("last quarter", &index).literals[0].value,
        LiteralValue::Quarter {
            year: 2024,
            quarter: 2
        }
    );
}

// ------------------------------------------------------------------ extraction

#[test]
fn years_quarters_and_months() {
    assert_eq!(values("revenue in 2024"), [LiteralValue::Year(2024)]);
    assert_eq!(
        values("revenue in 1850 and 12345"),
        [
            LiteralValue::Number("1850".into()),
            LiteralValue::Number("12345".into())
        ]
    );
    let q3 = LiteralValue::Quarter {
        year: 2024,
        quarter: 3,
    };
    for text in [
        "Q3 2024",
        "q3-2024",
        "Q3 of 2024",
        "2024 Q3",
        "2024-Q3",
        "2024Q3",
        "third quarter of 2024",
        "the 3rd quarter 2024",
    ] {
        assert_eq!(values(text), std::slice::from_ref(&q3), "{text}");
    }
    for text in [
        "the last quarter of 2023",
        "final quarter of 2023",
        "Q4 2023",
    ] {
        assert_eq!(
            values(text),
            [LiteralValue::Quarter {
                year: 2023,
                quarter: 4
            }],
            "{text}"
        );
    }
    let march = LiteralValue::Month {
        year: 2025,
        month: 3,
    };
    for text in ["March 2025", "mar 2025", "March of 2025", "2025-03"] {
        assert_eq!(values(text), std::slice::from_ref(&march), "{text}");
    }
    assert_eq!(
        values("Sept 2025"),
        [LiteralValue::Month {
            year: 2025,
            month: 9
        }]
    );
    // Without a year, neither a quarter nor a month is a literal.
    assert!(values("revenue in Q3").is_empty());
    assert!(values("revenue in March").is_empty());
}

#[test]
fn dates_and_date_ranges() {
    let day = LiteralValue::Date(date("2025-11-24"));
    for text in [
        "2025-11-24",
        "November 24, 2025",
        "24 November 2025",
        "Nov 24 2025",
        "November 24th, 2025",
        "24th November 2025",
    ] {
        assert_eq!(values(text), std::slice::from_ref(&day), "{text}");
    }
    let range = LiteralValue::DateRange {
        from: date("2025-11-24"),
        to: date("2025-12-03"),
    };
    for text in [
        "daily revenue from 2025-11-24 to 2025-12-03",
        "between 2025-11-24 and 2025-12-03",
        "2025-11-24 - 2025-12-03",
        "from November 24, 2025 through December 3, 2025",
        "between November 24 and December 3, 2025",
        "November 24 to December 3 2025",
        "between 24 November and 3 December 2025",
    ] {
        assert_eq!(values(text), std::slice::from_ref(&range), "{text}");
    }
    // Months as a range: from the first day of one to the last day of the other.
    let spring = LiteralValue::DateRange {
        from: date("2023-03-01"),
        to: date("2023-05-31"),
    };
    for text in [
        "events between March and May 2023",
        "March to May 2023",
        "from March 2023 through May 2023",
    ] {
        assert_eq!(values(text), std::slice::from_ref(&spring), "{text}");
    }
    // A backwards range is two dates.
    assert_eq!(values("2025-12-03 to 2025-11-24").len(), 2);
    assert!(values("2023-02-29")
        .iter()
        .all(|v| !matches!(v, LiteralValue::Date(_))));
}

#[test]
fn numbers_and_quoted_strings() {
    assert_eq!(
        values("top 10 customers"),
        [LiteralValue::Number("10".into())]
    );
    assert_eq!(
        values("top ten customers"),
        [LiteralValue::Number("10".into())]
    );
    assert_eq!(
        values("orders above 1,000 or 2.50"),
        [
            LiteralValue::Number("1000".into()),
            LiteralValue::Number("2.5".into())
        ]
    );
    // Scales, said after the number or after the number a range goes to.
    assert_eq!(
        values("budgets over 2.5 million"),
        [LiteralValue::Number("2500000".into())]
    );
    assert_eq!(
        values("between 1 and 2 million dollars"),
        [
            LiteralValue::Number("1000000".into()),
            LiteralValue::Number("2000000".into())
        ]
    );
    assert_eq!(
        values("between 500 and 2 thousand"),
        [
            LiteralValue::Number("500".into()),
            LiteralValue::Number("2000".into())
        ]
    );
    assert_eq!(
        values("customers named 'Acme Corp' or \"Globex\""),
        [
            LiteralValue::Text("Acme Corp".into()),
            LiteralValue::Text("Globex".into())
        ]
    );
    // An apostrophe inside a word is not a quote.
    assert!(values("each team's cloud cost").is_empty());
    let quoted = extract("orders from 'brazil'", &index());
    assert_eq!(quoted.literals[0].kind, LiteralKind::Value);
}

#[test]
fn known_values_with_their_columns() {
    let template = extract("Top cities in the united states and Singapore", &index());
    let [us, singapore] = &template.literals[..] else {
        panic!("{template:?}");
    };
    assert_eq!(us.text, "united states");
    assert_eq!(us.kind, LiteralKind::Value);
    assert_eq!(us.slot(), "value(public.customers.country)");
    let LiteralValue::Value(known) = &us.value else {
        panic!()
    };
    assert_eq!(known.stored_in("country"), Some("United States"));
    // A city and a country share the name.
    assert_eq!(
        singapore.slot(),
        "value(public.customers.city|public.customers.country)"
    );
    assert!(singapore.fits_slot_of(us));
    // `&` reads as `and`.
    assert_eq!(values("spend of Data and AI").len(), 1);
    assert_eq!(values("spend of the Machine Learning team").len(), 1);
}

#[test]
fn stop_words_short_codes_glossary_terms_and_sensitive_columns_are_not_values() {
    // "in" is India's code and "us" the United States': typed in lower case they are words.
    assert!(values("revenue in brazil for us").len() == 1);
    assert_eq!(values("orders from BR").len(), 1);
    assert!(
        values("orders from br").is_empty(),
        "a two-letter code is typed as stored"
    );
    assert!(
        values("orders from US").is_empty(),
        "a stop word needs quotes"
    );
    assert_eq!(values("orders from 'US'").len(), 1);
    // "Enterprise" is a glossary term before it is a segment value.
    let index = index();
    assert!(index.lookup("Enterprise").is_none());
    assert!(index.is_vocabulary("enterprise customers"));
    assert!(index.lookup("SMB").is_some());
    assert!(values("revenue of enterprise customers").is_empty());
    assert!(index.lookup("a@example.com").is_none());
    // Synonyms that are literals are not vocabulary.
    assert!(!index.is_vocabulary("2025") && !index.is_vocabulary("Q4 2025"));
}

#[test]
fn skeletons_and_cache_keys() {
    let template = extract(
        "Who were our TOP 5 customers by revenue in Q3-2024, in Brazil?",
        &index(),
    );
    assert_eq!(
        template.skeleton,
        "who were our top {number} customers by revenue in {quarter} in {value}"
    );
    assert_eq!(
        template.cache_key(),
        "who were our top {number} customers by revenue in {quarter} in {value} \
         | number,quarter,value(public.customers.country)"
    );
    let literal = &template.literals[1];
    assert_eq!(literal.text, "Q3-2024");
    assert_eq!(
        &"Who were our TOP 5 customers by revenue in Q3-2024, in Brazil?"[literal.span.clone()],
        "Q3-2024"
    );
    // Same shape, other literals: the same key.
    let other = extract(
        "who were our top 7 customers by revenue in Q1 2025 in Germany",
        &index(),
    );
    assert_eq!(other.cache_key(), template.cache_key());
    assert_eq!(
        extract("Home & Kitchen: 20% off?", &ValueIndex::default()).skeleton,
        "home and kitchen {number} percent off"
    );
    let relative = extract("top customers last quarter", &index());
    assert_eq!(
        relative.literals[0].relative.as_deref(),
        Some("last quarter")
    );
}

mod rebind;

#[test]
fn values_are_found_with_or_without_their_accents() {
    let stored = |question: &str| -> Vec<String> {
        values(question)
            .into_iter()
            .filter_map(|v| match v {
                LiteralValue::Value(k) => Some(k.sources[0].value.clone()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(stored("how many rosé wines"), ["ROSE"]);
    assert_eq!(stored("wines from Zurich"), ["Zürich"]);
    assert_eq!(stored("wines from Zürich"), ["Zürich"]);
}
