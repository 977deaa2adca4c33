use super::lists::all_lists;
use super::stem::IRREGULAR;
use super::*;
use crate::ask::corpus::fixtures::{column, glossary, table};
use crate::ask::corpus::Corpus;
use crate::ask::literals::{extract, plain_skeleton, ValueIndex};

#[test]
fn stemming_meets_inflections_and_keeps_words_apart() {
    for (word, expected) in [
        ("customers", "customer"),
        ("salespeople", "salesperson"),
        ("salesmen", "salesman"),
        ("specimen", "specimen"),
        ("categories", "category"),
        ("boxes", "box"),
        ("matches", "match"),
        ("addresses", "address"),
        ("status", "status"),
        ("analysis", "analysis"),
        ("days", "day"),
        ("ties", "tie"),
        ("team's", "team"),
        ("customer’s", "customer"),
        ("ordered", "order"),
        ("ordering", "order"),
        ("shipped", "ship"),
        ("shipping", "ship"),
        ("billing", "bill"),
        ("fuelled", "fuel"),
        ("labelling", "label"),
        ("spelled", "spell"),
        ("passed", "pass"),
        ("selling", "sell"),
        ("used", "used"),
        ("earnings", "earn"),
        ("sold", "sell"),
        ("spent", "spend"),
        ("bought", "buy"),
        ("paid", "pay"),
        ("grew", "grow"),
        ("growth", "grow"),
        ("growing", "grow"),
        ("people", "person"),
        ("monthly", "month"),
        ("daily", "day"),
        ("weekly", "week"),
        ("quarterly", "quarter"),
        ("annual", "year"),
        ("yearly", "year"),
        ("versus", "vs"),
        ("bus", "bus"),
        ("q4s", "q4s"),
        ("product", "product"),
        ("production", "production"),
    ] {
        assert_eq!(stem(word), expected, "{word}");
    }
}

#[test]
fn a_stem_is_its_own_stem() {
    for word in [
        "customers",
        "categories",
        "boxes",
        "shipped",
        "billing",
        "monthly",
        "sold",
        "team's",
        "earnings",
        "addresses",
        "people",
    ] {
        let once = stem(word);
        assert_eq!(stem(&once), once, "{word}");
    }
}

#[test]
fn irregular_forms_are_sorted_for_binary_search() {
    // A form out of order would silently be stemmed by the suffix rules instead.
    assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
    for (form, base) in IRREGULAR {
        assert_eq!(stem(form), *base, "{form}");
    }
}

#[test]
fn identifiers_split_and_accents_fold() {
    assert_eq!(raw_words("net_amount"), ["net", "amount"]);
    assert_eq!(raw_words("orderDate"), ["order", "date"]);
    assert_eq!(raw_words("HTTPStatus"), ["httpstatus"]);
    assert_eq!(raw_words("q4_2025"), ["q4", "2025"]);
    assert_eq!(raw_words("São Paulo, Straße"), ["sao", "paulo", "strasse"]);
    assert_eq!(raw_words("the team's budget"), ["the", "team", "budget"]);
    assert_eq!(raw_words("O'Neil's"), ["o", "neil"]);
    assert_eq!(raw_words("don't"), ["don", "t"]);
}

#[test]
fn table_names_lose_a_prefix_that_only_says_table() {
    assert_eq!(table_words("tbl_ticket_sale"), ["ticket", "sale"]);
    assert_eq!(table_words("dim_customer"), ["customer"]);
    assert_eq!(table_words("t_order"), ["order"]);
    // A Django app named for its one model.
    assert_eq!(table_words("members_member"), ["member"]);
    // A name that is only the prefix keeps it; other first words stay.
    assert_eq!(table_words("fact"), ["fact"]);
    assert_eq!(table_words("courses_course"), ["course"]);
    assert_eq!(table_words("courses_lesson"), ["courses", "lesson"]);
    assert_eq!(
        table_terms("tbl_membership_payments"),
        ["membership", "payment"]
    );
    let mut sorted = super::lists::all_lists()
        .into_iter()
        .find(|(name, _)| *name == "TABLE_PREFIXES")
        .map(|(_, list)| list.to_vec())
        .unwrap_or_default();
    let listed = sorted.clone();
    sorted.sort_unstable();
    assert_eq!(
        listed, sorted,
        "TABLE_PREFIXES is searched by binary search"
    );
}

#[test]
fn terms_drop_stop_words_and_stem() {
    assert_eq!(terms("net_amount"), ["net", "amount"]);
    assert_eq!(
        terms("What are the Countries of our customers?"),
        ["country", "customer"]
    );
    assert_eq!(terms("categories"), terms("category"));
    assert_eq!(terms("shipped orders"), ["ship", "order"]);
    assert_eq!(terms("money spent"), ["money", "spend"]);
    assert_eq!(
        terms("monthly revenue between regions"),
        ["month", "revenue", "region"]
    );
    assert_eq!(terms("the total amount"), ["total", "amount"]);
}

#[test]
fn skeleton_words_read_how_many_as_number_of() {
    assert_eq!(
        skeleton_words("how many orders in {year}"),
        ["number", "of", "orders", "in", "{year}"]
    );
    assert_eq!(skeleton_words(" revenue  "), ["revenue"]);
}

#[test]
fn filler_is_asking_and_grammar_never_content_or_relations() {
    for word in [
        "show", "me", "what", "was", "our", "total", "please", "how", "much",
    ] {
        assert!(is_filler(word), "{word}");
    }
    for word in [
        "by", "from", "to", "and", "or", "between", "each", "top", "bottom", "revenue", "not",
        "without", "per", "vs", "also", "then",
    ] {
        assert!(!is_filler(word), "{word}");
    }
}

#[test]
fn every_filler_word_is_a_shape_stop_word() {
    for (_, list) in all_lists() {
        for word in list.iter().filter(|w| is_filler(w)) {
            assert!(is_shape_stop_word(word), "{word}");
        }
    }
    for word in ["by", "from", "between", "every"] {
        assert!(is_shape_stop_word(word) && !is_filler(word), "{word}");
    }
}

#[test]
fn retrieval_keeps_question_padding_but_drops_relations() {
    for word in ["total", "find", "see", "still"] {
        assert!(!is_stop_word(word) && is_filler(word), "{word}");
    }
    for word in ["by", "between", "every", "vs", "also", "the"] {
        assert!(is_stop_word(word), "{word}");
    }
    for word in ["top", "revenue", "not", "without"] {
        assert!(!is_stop_word(word), "{word}");
    }
}

#[test]
fn lists_are_lower_case_without_repeats() {
    for (name, list) in all_lists() {
        for (i, word) in list.iter().enumerate() {
            assert_eq!(word.to_lowercase(), *word, "{name}: {word}");
            assert!(!list[..i].contains(word), "{name}: {word} twice");
        }
    }
    // The classes composed into the stop-word predicates are disjoint.
    let composed = &all_lists()[..4];
    for (i, (name, list)) in composed.iter().enumerate() {
        for (other, other_list) in &composed[i + 1..] {
            for word in *list {
                assert!(!other_list.contains(word), "{word} in {name} and {other}");
            }
        }
    }
}

#[test]
fn follow_up_words() {
    assert!(continues_conversation("and", Some("by")));
    assert!(continues_conversation("what", Some("about")));
    assert!(continues_conversation("instead", None));
    assert!(!continues_conversation("what", Some("was")));
    assert!(!continues_conversation("revenue", None));
    for word in ["it", "those", "same", "again", "previous"] {
        assert!(refers_back(word), "{word}");
    }
    for word in ["revenue", "only", "and"] {
        assert!(!refers_back(word), "{word}");
    }
    assert!(that_points_back(Some("show"), Some("customers")));
    assert!(that_points_back(Some("customers"), Some("by")));
    assert!(that_points_back(None, Some("customers")));
    assert!(that_points_back(Some("for"), None));
    assert!(!that_points_back(Some("customers"), Some("ordered")));
    for word in ["again", "instead", "only", "then", "but"] {
        assert!(is_follow_up_word(word), "{word}");
    }
    for word in ["revenue", "it", "by"] {
        assert!(!is_follow_up_word(word), "{word}");
    }
    assert!(is_period_preposition("during") && !is_period_preposition("by"));
}

#[test]
fn short_function_words_are_never_values() {
    // Quantifiers too: "no lessons booked at all" names no age group 'all'.
    for word in ["us", "in", "it", "no", "the", "all", "any", "most"] {
        assert!(is_never_a_value(word), "{word}");
    }
    for word in ["br", "de", "brazil", "sale"] {
        assert!(!is_never_a_value(word), "{word}");
    }
}

fn synonyms() -> (Synonyms, ValueIndex) {
    let corpus = Corpus {
        tables: vec![table("customers", vec![column("country", &["Brazil"])])],
        glossary: vec![
            glossary("revenue", &["sales", "turnover", "net sales"], None),
            glossary("order count", &["number of orders"], None),
            glossary("gross margin", &["profit", "Q4 2025"], None),
            glossary("net profit", &["profit"], None),
        ],
        ..Corpus::default()
    };
    let values = ValueIndex::build(&corpus);
    let synonyms = Synonyms::build(&corpus.glossary, |p| plain_skeleton(p, &values));
    (synonyms, values)
}

#[test]
fn synonyms_fold_onto_their_term_longest_first() {
    let (synonyms, values) = synonyms();
    let fold = |q: &str| synonyms.fold(&extract(q, &values).skeleton);
    let word = |w: &str, s: &str| Folded::Word {
        word: w.into(),
        stem: s.into(),
    };
    assert_eq!(
        fold("Net sales in 2024"),
        [
            Folded::Term(0),
            word("in", "in"),
            Folded::Placeholder("{year}".into())
        ]
    );
    assert_eq!(fold("turnovers"), [Folded::Term(0)]);
    assert_eq!(fold("how many orders"), [Folded::Term(1)]);
    assert_eq!(
        fold("how many customers"),
        [Folded::Count, word("customers", "customer")]
    );
    // "profit" names two terms: it stays a word.
    assert_eq!(fold("profit"), [word("profit", "profit")]);
    assert_eq!(fold("gross margins"), [Folded::Term(2)]);
    assert_eq!(
        fold("orders from Brazil"),
        [
            word("orders", "order"),
            word("from", "from"),
            Folded::Placeholder("{value}".into())
        ]
    );
}

#[test]
fn only_literals_and_follow_up_words_make_a_literal_follow_up() {
    let (synonyms, _) = synonyms();
    let follow_up = |skeleton: &str| is_literal_follow_up(&synonyms.fold(skeleton));
    assert!(follow_up("what about {year}"));
    assert!(follow_up("and for {value} instead"));
    assert!(follow_up("only {year}"));
    assert!(!follow_up("what about it"));
    assert!(!follow_up("sales in {year}"));
    assert!(!follow_up("number of {value}"));
    assert!(!follow_up("customers in {year}"));
}

#[test]
fn nouns_made_of_verbs() {
    for (noun, verb) in [
        ("departure", "departing"),
        ("arrival", "arriving"),
        ("reservation", "reserved"),
        ("admission", "admitted"),
        ("prescription", "prescribed"),
        ("payment", "paid"),
        ("shipment", "shipped"),
        ("delivery", "delivered"),
        ("cancellation", "cancelled"),
        ("sale", "sold"),
        ("receipt", "received"),
    ] {
        assert!(nominalizes(&stem(noun), &stem(verb)), "{noun} of {verb}");
    }
    for (noun, verb) in [
        ("order", "ordered"),
        ("production", "prod"),
        ("station", "stayed"),
        ("payroll", "paid"),
    ] {
        assert!(!nominalizes(&stem(noun), &stem(verb)), "{noun} of {verb}");
    }
}

#[test]
fn identifiers_spell_out_their_abbreviations() {
    assert_eq!(identifier_words("cust_nm"), ["customer", "name"]);
    assert_eq!(identifier_words("bkg_dt"), ["booking", "date"]);
    assert_eq!(identifier_words("clientDOB"), ["client", "birth", "date"]);
    assert_eq!(identifier_words("amt_due"), ["amount", "due"]);
    // Whole words are kept, and free text is not an identifier.
    assert_eq!(identifier_words("department"), ["department"]);
    assert_eq!(raw_words("no orders"), ["no", "orders"]);
    assert_eq!(identifier_terms("tot_amt"), ["total", "amount"]);
    // Words written without their vowels.
    assert_eq!(identifier_words("frst_nm"), ["first", "name"]);
    assert_eq!(identifier_words("rsn_cd"), ["reason", "code"]);
    assert_eq!(
        identifier_words("pmt_mthd_cd"),
        ["payment", "method", "code"]
    );
    assert_eq!(identifier_words("rtg"), ["rating"]);
    assert_eq!(identifier_words("chnl_cd"), ["channel", "code"]);
    // Too few of a word's consonants, or a word of its own.
    assert_eq!(identifier_words("url"), ["url"]);
    assert_eq!(identifier_words("sku"), ["sku"]);
}

#[test]
fn abbreviations_are_sorted_lower_case_and_spelled_out_once() {
    let list = super::lists::abbreviations();
    for pair in list.windows(2) {
        assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
    }
    for (short, full) in list {
        assert_eq!(short.to_lowercase(), *short);
        assert!(full.len() > short.len(), "{short}");
    }
}

#[test]
fn run_together_names_split_into_words_the_schema_or_vocabulary_knows() {
    let segmenter = Segmenter::new(
        [
            "prescriptions",
            "prescriptionfills",
            "invoice",
            "invoiceline",
            "playlist",
            "playlisttrack",
            "customer",
            "inventory",
            "host",
        ],
        [
            "firstname",
            "supportrepid",
            "billingcountry",
            "unitprice",
            "milliseconds",
            "invoiceno",
            "isactive",
            "is_weekend",
            "description",
            "lvtype",
            "taxamt",
            "title",
        ],
    );
    let words = |name: &str| segmenter.words(name);
    assert_eq!(words("prescriptionfills"), ["prescription", "fills"]);
    assert_eq!(words("invoiceline"), ["invoice", "line"]);
    assert_eq!(words("playlisttrack"), ["playlist", "track"]);
    assert_eq!(words("firstname"), ["first", "name"]);
    assert_eq!(words("supportrepid"), ["support", "rep", "id"]);
    assert_eq!(words("billingcountry"), ["billing", "country"]);
    assert_eq!(words("unitprice"), ["unit", "price"]);
    // Abbreviations of the parts are spelled out.
    assert_eq!(words("invoiceno"), ["invoice", "number"]);
    assert_eq!(words("isactive"), ["is", "active"]);
    // Words of their own, or made of parts nobody knows, stay whole.
    for whole in [
        "milliseconds",
        "inventory",
        "description",
        "customer",
        "weekend",
        "capacity",
        "electricity",
    ] {
        assert_eq!(words(whole), [whole], "{whole}");
    }
    // A word that ends in a word-making suffix is a word of its own.
    assert_eq!(words("membership"), ["membership"]);
    // One word nobody knows before a head word that is known, or after "is".
    assert_eq!(words("nightlyprice"), ["nightly", "price"]);
    assert_eq!(words("cleaningfee"), ["cleaning", "fee"]);
    assert_eq!(words("isfrequentflyer"), ["is", "frequentflyer"]);
    assert_eq!(words("issuperhost"), ["is", "super", "host"]);
    assert_eq!(words("checkindate"), ["checkin", "date"]);
    // Unless the unknown part begins with a word of the schema: words askpg cannot part.
    assert_eq!(words("prescriptionistfee"), ["prescriptionistfee"]);
    // Abbreviated parts, spelled out.
    assert_eq!(words("lvtype"), ["leave", "type"]);
    assert_eq!(words("taxamt"), ["tax", "amount"]);
}

#[test]
fn demonyms_are_sorted_by_country_and_found() {
    assert_eq!(business::demonyms("italy"), ["italian"]);
    assert_eq!(business::demonyms("united states"), ["american"]);
    assert!(business::demonyms("atlantis").is_empty());
}
