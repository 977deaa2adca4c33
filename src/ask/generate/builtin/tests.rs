use super::*;
use crate::ask::corpus::fixtures::example;
use crate::ask::corpus::{Column, GlossaryEntry, Table};
use crate::ask::retrieve::{Context, Scored};
use crate::ask::Attempt;

const REVENUE_2024: &str = "SELECT SUM(net) AS revenue FROM orders o \
                            WHERE EXTRACT(YEAR FROM o.order_date) = 2024";
const TOP_CUSTOMERS: &str = "SELECT c.name, SUM(net) AS revenue FROM orders o \
                             JOIN customers c USING (customer_id) \
                             WHERE o.order_date >= DATE '2025-10-01' AND o.order_date < DATE '2026-01-01' \
                             GROUP BY 1 ORDER BY revenue DESC LIMIT 10";
const BRAZIL: &str = "SELECT COUNT(*) FROM orders o JOIN customers c USING (customer_id) \
                      WHERE c.country = 'Brazil' AND EXTRACT(YEAR FROM o.order_date) = 2024";
/// A year the SQL keeps in a date string: it cannot be re-bound.
const SINCE_MID_YEAR: &str =
    "SELECT COUNT(*) FROM orders WHERE EXTRACT(YEAR FROM order_date) = 2024 \
                              AND order_date >= DATE '2024-07-01'";

fn corpus() -> Corpus {
    let glossary = |term: &str, synonyms: &[&str], sql: Option<&str>| GlossaryEntry {
        term: term.into(),
        definition: String::new(),
        synonyms: synonyms.iter().map(|s| s.to_string()).collect(),
        sql: sql.map(str::to_owned),
        columns: vec![],
    };
    Corpus {
        version: "v1".into(),
        tables: vec![Table {
            schema: "public".into(),
            name: "customers".into(),
            kind: "table".into(),
            comment: None,
            row_estimate: 10,
            columns: vec![Column {
                name: "country".into(),
                data_type: "text".into(),
                nullable: false,
                comment: None,
                values: vec!["Brazil".into(), "Germany".into(), "United States".into()],
                sensitive: false,
                searchable: false,
                filled: None,
                value_shares: Vec::new(),
            }],
            primary_key: vec![],
            foreign_keys: vec![],
        }],
        glossary: vec![
            glossary("revenue", &["sales", "turnover", "net sales"], None),
            glossary("gross margin", &["profit"], None),
            glossary("order count", &["orders", "number of orders"], None),
        ],
        examples: vec![
            example(
                "revenue-2024",
                "What was our total revenue in 2024?",
                REVENUE_2024,
            ),
            example(
                "top-customers",
                "Who were our top 10 customers by revenue last quarter?",
                TOP_CUSTOMERS,
            ),
            example(
                "brazil",
                "How many orders came from Brazil in 2024?",
                BRAZIL,
            ),
            example(
                "since-mid-year",
                "Orders in 2024 since mid-year",
                SINCE_MID_YEAR,
            ),
        ],
        ..Corpus::default()
    }
}

struct Asker {
    generator: BuiltinGenerator,
    corpus: Corpus,
    context: Context,
}

impl Asker {
    fn new() -> Self {
        Asker {
            // The toy corpus says nothing of its end date.
            generator: BuiltinGenerator::with_data_end(Date::parse_iso("2025-12-31").unwrap()),
            corpus: corpus(),
            context: Context::default(),
        }
    }

    fn ask_with(
        &self,
        question: &str,
        history: &[Turn],
        rejected: &[Attempt],
    ) -> Result<Generation, AskError> {
        self.generator.answer(&GenerationRequest {
            question,
            corpus: &self.corpus,
            context: &self.context,
            history,
            rejected,
            max_rows: 100,
            intent: None,
        })
    }

    fn ask(&self, question: &str) -> Result<Generation, AskError> {
        self.ask_with(question, &[], &[])
    }
}

fn refusal(result: Result<Generation, AskError>) -> (String, String) {
    match result {
        Err(AskError::Unanswerable { message, hint }) => (message, hint),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn shapes_fold_synonyms_and_drop_stop_words() {
    let corpus = corpus();
    let values = ValueIndex::build(&corpus);
    let synonyms = Synonyms::build(&corpus.glossary, |p| plain_skeleton(p, &values));
    let shape = |q: &str| Shape::of(&synonyms, &extract(q, &values).skeleton);
    assert_eq!(
        shape("What was our total revenue in 2024?"),
        shape("turnover in 2023")
    );
    assert_eq!(shape("net sales for 2022"), shape("revenue 2024"));
    assert_eq!(
        shape("How many orders came from Brazil in 2024?")
            .fit(&shape("number of orders from Germany in 2023")),
        Some(Fit::Same)
    );
    assert_eq!(
        shape("revenue by quarter in 2025").fit(&shape("2024 revenue by quarter")),
        Some(Fit::Reordered)
    );
    assert_eq!(shape("profit in 2024").fit(&shape("revenue in 2024")), None);
    assert!(shape("what about 2023?").is_follow_up());
    assert!(shape("and for Germany instead?").is_follow_up());
    assert!(!shape("revenue in 2023").is_follow_up());
    assert!(!shape("what about it?").is_follow_up());
    assert_eq!(shape("what is it?").fit(&shape("what was it")), None);
}

#[test]
fn answers_an_example_with_new_literals() {
    let asker = Asker::new();
    let generation = asker.ask("Turnover in 2023").unwrap();
    assert_eq!(generation.sql, REVENUE_2024.replace("2024", "2023"));
    assert_eq!(generation.model, "builtin");
    assert_eq!(
        generation.derived_from.as_deref(),
        Some("example:revenue-2024")
    );
    assert_eq!(
        (generation.prompt_tokens, generation.completion_tokens),
        (0, 0)
    );

    let generation = asker.ask("top 3 customers by sales in Q2 2024").unwrap();
    assert!(
        generation.sql.contains("DATE '2024-04-01'"),
        "{}",
        generation.sql
    );
    assert!(
        generation.sql.contains("DATE '2024-07-01'"),
        "{}",
        generation.sql
    );
    assert!(generation.sql.ends_with("LIMIT 3"), "{}", generation.sql);

    let generation = asker
        .ask("how many orders came from the United States in 2022")
        .unwrap();
    assert!(generation.sql.contains("c.country = 'United States'"));
    assert!(generation.sql.contains("= 2022"));
    // The example itself comes back verbatim.
    assert_eq!(
        asker
            .ask("How many orders came from Brazil in 2024?")
            .unwrap()
            .sql,
        BRAZIL
    );
}

#[test]
fn refuses_other_questions_with_the_closest_examples() {
    let asker = Asker::new();
    let (message, hint) = refusal(asker.ask("What was our total profit in 2023?"));
    assert!(message.contains("only answers questions close to the corpus examples"));
    assert!(message.contains("none of its 4 examples"), "{message}");
    assert!(hint.contains("llm.base_url"), "{hint}");
    let (rephrasings, examples) = hint.split_once("corpus examples").expect("both lists");
    assert!(
        rephrasings.contains("askpg answers on this database"),
        "{hint}"
    );
    let listed: Vec<&str> = examples
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- "))
        .collect();
    assert_eq!(listed.len(), 4);
    assert_eq!(listed[0], "What was our total revenue in 2024?", "{hint}");
    // A different kind of literal: a quarter where the example has a year.
    refusal(asker.ask("How many orders came from Brazil in Q1 2024?"));
    // A value the corpus does not know.
    refusal(asker.ask("How many orders came from Atlantis in 2024?"));
}

#[test]
fn refuses_when_the_values_cannot_be_bound_with_certainty() {
    let asker = Asker::new();
    assert_eq!(
        asker.ask("Orders in 2024 since mid-year").unwrap().sql,
        SINCE_MID_YEAR
    );
    let (message, _) = refusal(asker.ask("Orders in 2023 since mid-year"));
    assert!(message.contains("example:since-mid-year"), "{message}");
    assert!(message.contains("with certainty"), "{message}");
}

#[test]
fn never_offers_rejected_sql_again() {
    let asker = Asker::new();
    let sql = asker.ask("revenue in 2023").unwrap().sql;
    let rejected = [Attempt {
        sql: format!("  {}\n", sql.replace(' ', "\n ")),
        code: "57014".into(),
        error: "canceling statement due to statement timeout".into(),
    }];
    let (message, _) = refusal(asker.ask_with("revenue in 2023", &[], &rejected));
    assert!(message.contains("was rejected"), "{message}");
}

#[test]
fn follow_ups_change_only_literals() {
    let asker = Asker::new();
    let first = asker
        .ask("How many orders came from Brazil in 2024?")
        .unwrap();
    let mut history = vec![Turn {
        question: "How many orders came from Brazil in 2024?".into(),
        sql: first.sql,
    }];
    let year = asker.ask_with("what about 2023?", &history, &[]).unwrap();
    assert_eq!(year.sql, BRAZIL.replace("2024", "2023"));
    assert_eq!(year.derived_from, None);
    history.push(Turn {
        question: "what about 2023?".into(),
        sql: year.sql,
    });
    let country = asker.ask_with("and for Germany?", &history, &[]).unwrap();
    assert_eq!(
        country.sql,
        BRAZIL.replace("2024", "2023").replace("Brazil", "Germany")
    );
    // Two new years for one slot, or a slot the conversation never had: refused.
    refusal(asker.ask_with("what about 2022 and 2021?", &history, &[]));
    let (message, _) = refusal(asker.ask_with("and for Q3 2024?", &history, &[]));
    assert!(message.contains("follow-up"), "{message}");
    let (message, _) = refusal(asker.ask("what about 2023?"));
    assert!(message.contains("no earlier question"), "{message}");
    // A question about the future is not a question about the past.
    refusal(asker.ask("What will our total revenue be in 2026?"));
}

#[test]
fn retrieved_examples_are_tried_first_and_bad_indices_ignored() {
    let mut asker = Asker::new();
    asker.context.examples = vec![
        Scored {
            index: 99,
            score: 1.0,
        },
        Scored {
            index: 0,
            score: 0.5,
        },
    ];
    let generation = asker.ask("revenue in 2022").unwrap();
    assert_eq!(
        generation.derived_from.as_deref(),
        Some("example:revenue-2024")
    );
}

#[test]
fn derived_data_is_cached_per_corpus_version() {
    let mut asker = Asker::new();
    let first = asker.generator.prepared(&asker.corpus);
    asker.ask("revenue in 2022").unwrap();
    assert!(Arc::ptr_eq(
        &first,
        &asker.generator.prepared(&asker.corpus)
    ));
    asker.corpus.version = "v2".into();
    asker.corpus.examples.truncate(1);
    let second = asker.generator.prepared(&asker.corpus);
    assert!(!Arc::ptr_eq(&first, &second));
    assert_eq!(second.examples.len(), 1);
    // Without a version, the content decides.
    asker.corpus.version.clear();
    let unversioned = asker.generator.prepared(&asker.corpus);
    assert!(Arc::ptr_eq(
        &unversioned,
        &asker.generator.prepared(&asker.corpus)
    ));
    asker.corpus.examples.clear();
    let (message, hint) = refusal(asker.ask("revenue in 2022"));
    assert!(message.contains("no examples"), "{message}");
    assert!(hint.contains("llm.base_url"));
}

#[tokio::test]
async fn implements_the_generator_trait() {
    let asker = Asker::new();
    let generator: &dyn Generator = &asker.generator;
    assert_eq!(generator.name(), "builtin");
    let generation = generator
        .generate(&GenerationRequest {
            question: "sales in 2021",
            corpus: &asker.corpus,
            context: &asker.context,
            history: &[],
            rejected: &[],
            max_rows: 100,
            intent: None,
        })
        .await
        .unwrap();
    assert!(generation.sql.contains("= 2021"));
}
