//! The built-in generator against the demo warehouse: every corpus example answers itself,
//! paraphrases with new literals give the rows of hand-written SQL, near misses are refused
//! (or answered right), unrelated questions are refused with example questions as a hint,
//! and a follow-up re-binds the previous answer.
mod common;

use askpg::ask::corpus::{Column, Corpus, Example, GlossaryEntry, Table};
use askpg::ask::generate::builtin::BuiltinGenerator;
use askpg::ask::generate::{Generation, GenerationRequest};
use askpg::ask::retrieve::Context;
use askpg::ask::{AskError, Attempt, Turn};
use tokio_postgres::{Client, SimpleQueryMessage};

/// Text columns with at most this many distinct values are sampled, like introspection does.
const SAMPLED_DISTINCT: i64 = 120;

/// The demo corpus: glossary and examples from `corpus/demo`, tables and sampled values from
/// the warehouse.
async fn demo_corpus(db: &Client) -> Corpus {
    let read = |file: &str| std::fs::read_to_string(common::repo_path(file)).unwrap();
    let glossary: Vec<GlossaryEntry> =
        serde_norway::from_str(&read("corpus/demo/glossary.yaml")).unwrap();
    let examples: Vec<Example> =
        serde_norway::from_str(&read("corpus/demo/examples.yaml")).unwrap();
    let columns = db
        .query(
            "SELECT table_name::text, column_name::text, format_type(a.atttypid, a.atttypmod),
                    c.data_type IN ('text', 'character varying', 'character')
             FROM information_schema.columns c
             JOIN pg_attribute a ON a.attrelid = ('public.' || c.table_name)::regclass
                                AND a.attname = c.column_name
             WHERE c.table_schema = 'public'
             ORDER BY c.table_name, c.ordinal_position",
            &[],
        )
        .await
        .unwrap();
    let mut tables: Vec<Table> = Vec::new();
    for row in columns {
        let (table, column): (String, String) = (row.get(0), row.get(1));
        let values = if row.get::<_, bool>(3) {
            sample(db, &table, &column).await
        } else {
            Vec::new()
        };
        if tables.last().is_none_or(|t| t.name != table) {
            tables.push(Table {
                schema: "public".into(),
                name: table.clone(),
                kind: "table".into(),
                comment: None,
                row_estimate: -1,
                columns: Vec::new(),
                primary_key: Vec::new(),
                foreign_keys: Vec::new(),
            });
        }
        tables.last_mut().unwrap().columns.push(Column {
            name: column,
            data_type: row.get(2),
            nullable: false,
            comment: None,
            values,
            sensitive: false,
            searchable: false,
            filled: None,
            value_shares: Vec::new(),
        });
    }
    Corpus {
        version: "demo-test".into(),
        tables,
        glossary,
        examples,
        ..Corpus::default()
    }
}

/// Distinct values of a low-cardinality column, most frequent first.
async fn sample(db: &Client, table: &str, column: &str) -> Vec<String> {
    let rows = db
        .query(
            &format!(
                "SELECT {column}::text FROM {table} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT {}",
                SAMPLED_DISTINCT + 1
            ),
            &[],
        )
        .await
        .unwrap();
    if rows.len() as i64 > SAMPLED_DISTINCT {
        return Vec::new();
    }
    rows.iter().map(|r| r.get(0)).collect()
}

/// The rows of `sql` as text, sorted.
async fn rows(db: &Client, sql: &str) -> Result<Vec<String>, String> {
    let messages = db.simple_query(sql).await.map_err(|e| format!("{e:?}"))?;
    let mut rows: Vec<String> = messages
        .iter()
        .filter_map(|m| match m {
            SimpleQueryMessage::Row(row) => Some(
                (0..row.len())
                    .map(|i| row.get(i).unwrap_or("NULL"))
                    .collect::<Vec<_>>()
                    .join("|"),
            ),
            _ => None,
        })
        .collect();
    rows.sort();
    Ok(rows)
}

fn ask(
    generator: &BuiltinGenerator,
    corpus: &Corpus,
    question: &str,
    history: &[Turn],
    rejected: &[Attempt],
) -> Result<Generation, AskError> {
    let context = Context::default();
    generator.answer(&GenerationRequest {
        question,
        corpus,
        context: &context,
        history,
        rejected,
        max_rows: 1000,
        intent: None,
    })
}

#[derive(Default, Debug)]
struct Tally {
    answered: usize,
    refused: usize,
    wrong: usize,
    failures: Vec<String>,
}

impl Tally {
    /// Asks `question` and compares the rows with `gold`'s; refusals are counted apart.
    async fn check(
        &mut self,
        db: &Client,
        generator: &BuiltinGenerator,
        corpus: &Corpus,
        question: &str,
        gold: &str,
    ) {
        let expected = rows(db, gold).await.expect("gold SQL runs");
        match ask(generator, corpus, question, &[], &[]) {
            Ok(generation) => match rows(db, &generation.sql).await {
                Ok(actual) if actual == expected => self.answered += 1,
                outcome => {
                    self.wrong += 1;
                    self.failures.push(format!(
                        "WRONG {question:?}\n{}\n{:?}\n{outcome:?}\nexpected {} rows",
                        generation.sql,
                        generation.derived_from,
                        expected.len()
                    ));
                }
            },
            Err(error) => {
                self.refused += 1;
                self.failures.push(format!("REFUSED {question:?}: {error}"));
            }
        }
    }

    fn report(&self, what: &str) {
        println!(
            "{what}: answered {} / refused {} / wrong {}",
            self.answered, self.refused, self.wrong
        );
        for failure in &self.failures {
            println!("  {failure}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_example_question_answers_with_its_own_rows() {
    let db = common::ask::warehouse_superuser().await;
    let corpus = demo_corpus(&db).await;
    assert_eq!(corpus.examples.len(), 60);
    let generator = BuiltinGenerator::new();
    let mut tally = Tally::default();
    for example in &corpus.examples {
        tally
            .check(&db, &generator, &corpus, &example.question, &example.sql)
            .await;
    }
    tally.report("corpus examples");
    assert_eq!((tally.refused, tally.wrong), (0, 0), "{tally:#?}");
}

/// Revenue of completed orders, the joins every sales gold query starts from.
const SALES: &str = "FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id";
const PRODUCTS: &str = "JOIN products p ON p.product_id = ol.product_id \
                        JOIN product_categories pc ON pc.category_id = p.category_id";

fn paraphrases() -> Vec<(&'static str, String)> {
    vec![
        (
            "What was our total turnover in 2023?",
            format!("SELECT ROUND(SUM(ol.net_amount), 2) {SALES} \
                     WHERE o.status = 'completed' AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31'"),
        ),
        (
            "Sales by quarter in 2023",
            format!("SELECT EXTRACT(QUARTER FROM o.order_date)::int q, ROUND(SUM(ol.net_amount), 2) {SALES} \
                     WHERE o.status = 'completed' AND date_part('year', o.order_date) = 2023 GROUP BY 1"),
        ),
        (
            "Show monthly revenue and number of orders for 2022",
            format!("SELECT date_trunc('month', o.order_date)::date, ROUND(SUM(ol.net_amount), 2), \
                     COUNT(DISTINCT o.order_id) {SALES} WHERE o.status = 'completed' \
                     AND o.order_date >= '2022-01-01' AND o.order_date < '2023-01-01' GROUP BY 1"),
        ),
        (
            "Top 3 customers by revenue in 2025",
            format!("SELECT c.customer_id, c.customer_name, c.segment, c.country, ROUND(SUM(ol.net_amount), 2) r \
                     {SALES} JOIN customers c ON c.customer_id = o.customer_id \
                     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025 \
                     GROUP BY 1, 2, 3, 4 ORDER BY r DESC LIMIT 3"),
        ),
        (
            "Who were our top 5 customers by sales in Q3 2024?",
            format!("SELECT c.customer_id, c.customer_name, c.segment, c.country, ROUND(SUM(ol.net_amount), 2) r \
                     {SALES} JOIN customers c ON c.customer_id = o.customer_id \
                     WHERE o.status = 'completed' AND o.order_date BETWEEN '2024-07-01' AND '2024-09-30' \
                     GROUP BY 1, 2, 3, 4 ORDER BY r DESC LIMIT 5"),
        ),
        (
            "Who were our top 10 customers by revenue in the fourth quarter of 2024?",
            format!("SELECT c.customer_id, c.customer_name, c.segment, c.country, ROUND(SUM(ol.net_amount), 2) r \
                     {SALES} JOIN customers c ON c.customer_id = o.customer_id \
                     WHERE o.status = 'completed' AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31' \
                     GROUP BY 1, 2, 3, 4 ORDER BY r DESC LIMIT 10"),
        ),
        (
            "Top 7 customers by revenue last year",
            format!("SELECT c.customer_id, c.customer_name, c.segment, c.country, ROUND(SUM(ol.net_amount), 2) r \
                     {SALES} JOIN customers c ON c.customer_id = o.customer_id \
                     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2024 \
                     GROUP BY 1, 2, 3, 4 ORDER BY r DESC LIMIT 7"),
        ),
        (
            "How many orders came from Germany in 2023?",
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE o.status = 'completed') FROM orders o \
             JOIN customers c USING (customer_id) WHERE c.country = 'Germany' \
             AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'".into(),
        ),
        (
            "Top 5 cities by revenue in Canada in 2024",
            format!("SELECT c.city, COUNT(DISTINCT c.customer_id), ROUND(SUM(ol.net_amount), 2) r {SALES} \
                     JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'completed' \
                     AND c.country = 'Canada' AND EXTRACT(YEAR FROM o.order_date) = 2024 \
                     GROUP BY 1 ORDER BY r DESC LIMIT 5"),
        ),
        (
            // Singapore is a city and a country: the example's SQL says which column.
            "Top 10 cities by revenue in Singapore in 2025",
            format!("SELECT c.city, COUNT(DISTINCT c.customer_id), ROUND(SUM(ol.net_amount), 2) r {SALES} \
                     JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'completed' \
                     AND c.country = 'Singapore' AND EXTRACT(YEAR FROM o.order_date) = 2025 \
                     GROUP BY 1 ORDER BY r DESC LIMIT 10"),
        ),
        (
            // December: the range ends on the next January 1st.
            "Revenue by department in Q4 2024",
            format!("SELECT pc.department, ROUND(SUM(ol.net_amount), 2) {SALES} {PRODUCTS} \
                     WHERE o.status = 'completed' AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31' GROUP BY 1"),
        ),
        (
            "Daily number of web orders in December 2024",
            "SELECT order_date, COUNT(*) FROM orders WHERE channel = 'web' \
             AND order_date BETWEEN '2024-12-01' AND '2024-12-31' GROUP BY 1".into(),
        ),
        (
            // A leap-year February.
            "Daily EC2 cost in dev in February 2024",
            "SELECT usage_date, ROUND(SUM(cost_usd), 2) FROM cloud_costs WHERE service = 'EC2' \
             AND environment = 'dev' AND usage_date BETWEEN '2024-02-01' AND '2024-02-29' GROUP BY 1".into(),
        ),
        (
            "Daily Lambda cost in staging in March 2025",
            "SELECT usage_date, ROUND(SUM(cost_usd), 2) FROM cloud_costs WHERE service = 'Lambda' \
             AND environment = 'staging' AND usage_date BETWEEN '2025-03-01' AND '2025-03-31' GROUP BY 1".into(),
        ),
        (
            "Monthly cloud spend by team in 2024",
            "SELECT date_trunc('month', usage_date)::date, team_name, ROUND(SUM(cost_usd), 2) \
             FROM cloud_costs JOIN teams USING (team_id) WHERE EXTRACT(YEAR FROM usage_date) = 2024 GROUP BY 1, 2".into(),
        ),
        (
            "Monthly cloud cost by team last year",
            "SELECT date_trunc('month', usage_date)::date, team_name, ROUND(SUM(cost_usd), 2) \
             FROM cloud_costs JOIN teams USING (team_id) WHERE EXTRACT(YEAR FROM usage_date) = 2024 GROUP BY 1, 2".into(),
        ),
        (
            "What did the Data Engineering team spend on each service in 2024?",
            "SELECT provider, service, environment, ROUND(SUM(cost_usd), 2) FROM cloud_costs \
             JOIN teams USING (team_id) WHERE team_name = 'Data Engineering' \
             AND EXTRACT(YEAR FROM usage_date) = 2024 GROUP BY 1, 2, 3".into(),
        ),
        (
            "Monthly prod cost for Security in 2024",
            "SELECT date_trunc('month', usage_date)::date, ROUND(SUM(cost_usd), 2) FROM cloud_costs \
             JOIN teams USING (team_id) WHERE team_name = 'Security' AND environment = 'prod' \
             AND EXTRACT(YEAR FROM usage_date) = 2024 GROUP BY 1".into(),
        ),
        (
            "How much revenue did Cycling bring in each year?",
            format!("SELECT EXTRACT(YEAR FROM o.order_date)::int, SUM(ol.quantity), ROUND(SUM(ol.net_amount), 2) \
                     {SALES} {PRODUCTS} WHERE o.status = 'completed' AND pc.category_name = 'Cycling' GROUP BY 1"),
        ),
        (
            "quarterly sales for Office Furniture products",
            format!("SELECT date_trunc('quarter', o.order_date)::date, ROUND(SUM(ol.net_amount), 2) \
                     {SALES} {PRODUCTS} WHERE o.status = 'completed' AND pc.category_name = 'Office Furniture' GROUP BY 1"),
        ),
        (
            "Units sold by product category in France in 2024",
            format!("SELECT pc.category_name, SUM(ol.quantity), ROUND(SUM(ol.net_amount), 2) {SALES} {PRODUCTS} \
                     JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'completed' \
                     AND c.country = 'France' AND EXTRACT(YEAR FROM o.order_date) = 2024 GROUP BY 1"),
        ),
        (
            "Average selling price of Home & Kitchen products by year",
            format!("SELECT EXTRACT(YEAR FROM o.order_date)::int, ROUND(SUM(ol.net_amount) / SUM(ol.quantity), 2), \
                     ROUND(AVG(ol.unit_price), 2) {SALES} {PRODUCTS} \
                     WHERE o.status = 'completed' AND pc.department = 'Home & Kitchen' GROUP BY 1"),
        ),
        (
            "Top 3 countries by partner channel revenue in 2023",
            format!("SELECT c.country, ROUND(SUM(ol.net_amount), 2) r {SALES} \
                     JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'completed' \
                     AND o.channel = 'partner' AND EXTRACT(YEAR FROM o.order_date) = 2023 \
                     GROUP BY 1 ORDER BY r DESC LIMIT 3"),
        ),
        (
            "Which 5 days had the highest revenue in 2025?",
            format!("SELECT o.order_date, ROUND(SUM(ol.net_amount), 2) r, COUNT(DISTINCT o.order_id) {SALES} \
                     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025 \
                     GROUP BY 1 ORDER BY r DESC LIMIT 5"),
        ),
        (
            "daily revenue from 2024-11-29 to 2024-12-02 (Black Friday week)",
            format!("SELECT o.order_date, to_char(o.order_date, 'Dy'), ROUND(SUM(ol.net_amount), 2) {SALES} \
                     WHERE o.status = 'completed' AND o.order_date BETWEEN '2024-11-29' AND '2024-12-02' GROUP BY 1"),
        ),
        (
            "Top 3 cloud services by spend in Q2 2025",
            "SELECT provider, service, ROUND(SUM(cost_usd), 2) c FROM cloud_costs \
             WHERE usage_date BETWEEN '2025-04-01' AND '2025-06-30' GROUP BY 1, 2 ORDER BY c DESC LIMIT 3".into(),
        ),
        (
            "Which product categories grew the most between 2023 and 2024?",
            format!("WITH y AS (SELECT pc.category_name n, \
                       SUM(ol.net_amount) FILTER (WHERE o.order_date < '2024-01-01') a, \
                       SUM(ol.net_amount) FILTER (WHERE o.order_date >= '2024-01-01') b \
                     {SALES} {PRODUCTS} WHERE o.status = 'completed' \
                       AND o.order_date BETWEEN '2023-01-01' AND '2024-12-31' GROUP BY 1) \
                     SELECT n, ROUND(a, 2), ROUND(b, 2), ROUND(b / NULLIF(a, 0) - 1, 4) FROM y"),
        ),
        (
            "Monthly S3 cost in 2024",
            "SELECT date_trunc('month', usage_date)::date, ROUND(SUM(cost_usd), 2) FROM cloud_costs \
             WHERE service = 'S3' AND EXTRACT(YEAR FROM usage_date) = 2024 GROUP BY 1".into(),
        ),
        (
            "What share of orders were refunded in each customer segment in 2024?",
            "SELECT c.segment, COUNT(*), COUNT(*) FILTER (WHERE o.status = 'refunded'), \
             ROUND(COUNT(*) FILTER (WHERE o.status = 'refunded')::numeric / COUNT(*), 4) \
             FROM orders o JOIN customers c USING (customer_id) \
             WHERE EXTRACT(YEAR FROM o.order_date) = 2024 GROUP BY 1".into(),
        ),
        (
            "How many customers signed up in 2021, by segment?",
            "SELECT segment, COUNT(*) FROM customers WHERE signup_date BETWEEN '2021-01-01' AND '2021-12-31' GROUP BY 1".into(),
        ),
        (
            "Gross profit by department in 2023",
            format!("SELECT pc.department, ROUND(SUM(ol.net_amount), 2), ROUND(SUM(ol.quantity * p.unit_cost), 2), \
                     ROUND(SUM(ol.net_amount - ol.quantity * p.unit_cost), 2), \
                     ROUND(SUM(ol.net_amount - ol.quantity * p.unit_cost) / SUM(ol.net_amount), 4) \
                     {SALES} {PRODUCTS} WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2023 GROUP BY 1"),
        ),
        (
            "Month-over-month growth of cloud spend in 2024",
            "WITH m AS (SELECT date_trunc('month', usage_date)::date d, SUM(cost_usd) c FROM cloud_costs GROUP BY 1), \
             p AS (SELECT d, c, LAG(c) OVER (ORDER BY d) l FROM m) \
             SELECT d, ROUND(c, 2), ROUND(l, 2), ROUND(c / NULLIF(l, 0) - 1, 4) FROM p \
             WHERE d BETWEEN '2024-01-01' AND '2024-12-01'".into(),
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paraphrases_with_new_literals_give_the_gold_rows() {
    let db = common::ask::warehouse_superuser().await;
    let corpus = demo_corpus(&db).await;
    let generator = BuiltinGenerator::new();
    let cases = paraphrases();
    assert!(cases.len() >= 25);
    let mut tally = Tally::default();
    for (question, gold) in &cases {
        tally.check(&db, &generator, &corpus, question, gold).await;
    }
    tally.report("paraphrases with new literals");
    assert_eq!((tally.refused, tally.wrong), (0, 0), "{tally:#?}");
}

fn near_misses() -> Vec<(&'static str, String)> {
    vec![
        (
            "What was total cloud spend in 2024?",
            "SELECT ROUND(SUM(cost_usd), 2) FROM cloud_costs WHERE EXTRACT(YEAR FROM usage_date) = 2024".into(),
        ),
        (
            "Revenue by channel in 2025",
            format!("SELECT o.channel, ROUND(SUM(ol.net_amount), 2) {SALES} WHERE o.status = 'completed' \
                     AND EXTRACT(YEAR FROM o.order_date) = 2025 GROUP BY 1"),
        ),
        (
            "Gross margin by product category in 2025",
            format!("SELECT pc.category_name, ROUND(SUM(ol.net_amount - ol.quantity * p.unit_cost), 2) {SALES} {PRODUCTS} \
                     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025 GROUP BY 1"),
        ),
        (
            "Bottom 5 customers by revenue in 2024",
            format!("SELECT c.customer_id, ROUND(SUM(ol.net_amount), 2) r {SALES} \
                     JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'completed' \
                     AND EXTRACT(YEAR FROM o.order_date) = 2024 GROUP BY 1 ORDER BY r, 1 LIMIT 5"),
        ),
        (
            "Top 5 products by revenue in 2025",
            format!("SELECT p.product_name, ROUND(SUM(ol.net_amount), 2) r {SALES} {PRODUCTS} \
                     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025 \
                     GROUP BY 1 ORDER BY r DESC LIMIT 5"),
        ),
        (
            "Cloud cost by division in 2025",
            "SELECT division, ROUND(SUM(cost_usd), 2) FROM cloud_costs JOIN teams USING (team_id) \
             WHERE EXTRACT(YEAR FROM usage_date) = 2025 GROUP BY 1".into(),
        ),
        (
            "Monthly revenue in 2025",
            format!("SELECT date_trunc('month', o.order_date)::date, ROUND(SUM(ol.net_amount), 2) {SALES} \
                     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025 GROUP BY 1"),
        ),
        (
            "How many orders came from Brazil each year?",
            "SELECT EXTRACT(YEAR FROM order_date), COUNT(*) FROM orders JOIN customers USING (customer_id) \
             WHERE country = 'Brazil' GROUP BY 1".into(),
        ),
        (
            "How many orders came from Brazil in Q1 2025?",
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'completed') FROM orders \
             JOIN customers USING (customer_id) WHERE country = 'Brazil' \
             AND order_date >= '2025-01-01' AND order_date < '2025-04-01'".into(),
        ),
        (
            "What is the refund rate by customer segment?",
            "SELECT segment, ROUND(COUNT(*) FILTER (WHERE status = 'refunded')::numeric \
             / COUNT(*) FILTER (WHERE status IN ('completed', 'refunded')), 4) \
             FROM orders JOIN customers USING (customer_id) GROUP BY 1".into(),
        ),
        (
            "Top 5 customers by number of orders in 2024",
            "SELECT customer_id, COUNT(*) n FROM orders WHERE EXTRACT(YEAR FROM order_date) = 2024 \
             GROUP BY 1 ORDER BY n DESC, 1 LIMIT 5".into(),
        ),
        (
            "Which 10 days had the lowest revenue in 2024?",
            format!("SELECT o.order_date, ROUND(SUM(ol.net_amount), 2) r {SALES} WHERE o.status = 'completed' \
                     AND EXTRACT(YEAR FROM o.order_date) = 2024 GROUP BY 1 ORDER BY r, 1 LIMIT 10"),
        ),
        (
            "Cloud cost by provider in 2024",
            "SELECT provider, ROUND(SUM(cost_usd), 2) FROM cloud_costs \
             WHERE EXTRACT(YEAR FROM usage_date) = 2024 GROUP BY 1".into(),
        ),
        (
            "Units sold by department in Germany in 2025",
            format!("SELECT pc.department, SUM(ol.quantity) {SALES} {PRODUCTS} \
                     JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'completed' \
                     AND c.country = 'Germany' AND EXTRACT(YEAR FROM o.order_date) = 2025 GROUP BY 1"),
        ),
        (
            "How many new customers signed up each month in 2025?",
            "SELECT date_trunc('month', signup_date)::date, COUNT(*) FROM customers \
             WHERE EXTRACT(YEAR FROM signup_date) = 2025 GROUP BY 1".into(),
        ),
        (
            "Average order value by customer segment in 2025",
            format!("SELECT c.segment, ROUND(SUM(ol.net_amount) / COUNT(DISTINCT o.order_id), 2) {SALES} \
                     JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'completed' \
                     AND EXTRACT(YEAR FROM o.order_date) = 2025 GROUP BY 1"),
        ),
        (
            "What was Enterprise revenue by region in 2025?",
            format!("SELECT r.region_name, ROUND(SUM(ol.net_amount), 2) {SALES} \
                     JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id \
                     WHERE o.status = 'completed' AND c.segment = 'Enterprise' \
                     AND EXTRACT(YEAR FROM o.order_date) = 2025 GROUP BY 1"),
        ),
        (
            "Which team's cloud spend fell the most from 2024 to 2025?",
            "SELECT team_name, ROUND(SUM(cost_usd) FILTER (WHERE usage_date >= '2025-01-01') \
             - SUM(cost_usd) FILTER (WHERE usage_date < '2025-01-01'), 2) d \
             FROM cloud_costs JOIN teams USING (team_id) GROUP BY 1 ORDER BY d LIMIT 1".into(),
        ),
        (
            "Top 5 cloud services by spend in 2025",
            "SELECT provider, service, ROUND(SUM(cost_usd), 2) c FROM cloud_costs \
             WHERE EXTRACT(YEAR FROM usage_date) = 2025 GROUP BY 1, 2 ORDER BY c DESC LIMIT 5".into(),
        ),
        (
            "How much did we spend on Database per provider in 2025?",
            "SELECT provider, service, ROUND(SUM(cost_usd), 2) FROM cloud_costs \
             WHERE service_category = 'Database' AND EXTRACT(YEAR FROM usage_date) = 2025 GROUP BY 1, 2".into(),
        ),
        (
            "Monthly Redshift cost",
            "SELECT date_trunc('month', usage_date)::date, ROUND(SUM(cost_usd), 2) FROM cloud_costs \
             WHERE service = 'Redshift' GROUP BY 1".into(),
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn near_misses_are_refused_rather_than_answered_wrongly() {
    let db = common::ask::warehouse_superuser().await;
    let corpus = demo_corpus(&db).await;
    let generator = BuiltinGenerator::new();
    let cases = near_misses();
    assert!(cases.len() >= 15);
    let mut tally = Tally::default();
    for (question, gold) in &cases {
        tally.check(&db, &generator, &corpus, question, gold).await;
    }
    tally.report("near misses");
    assert_eq!(tally.wrong, 0, "{tally:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unrelated_question_is_refused_with_example_questions() {
    let db = common::ask::warehouse_superuser().await;
    let corpus = demo_corpus(&db).await;
    let generator = BuiltinGenerator::new();
    let error = ask(&generator, &corpus, "who won the 1998 world cup?", &[], &[]).unwrap_err();
    let AskError::Unanswerable { message, hint } = &error else {
        panic!("{error:?}");
    };
    println!("unrelated question refused: {message}\nhint: {hint}");
    assert!(message.contains("built-in generator"), "{message}");
    assert!(message.contains("corpus examples"), "{message}");
    let listed: Vec<&str> = hint
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- "))
        .collect();
    assert!((3..=5).contains(&listed.len()), "{hint}");
    for question in listed {
        assert!(
            corpus.examples.iter().any(|e| e.question == question),
            "{question:?} is not an example question"
        );
    }
    assert!(hint.contains("llm.base_url"), "{hint}");
    assert_eq!(error.to_client().code, "0A000");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_rebind_the_previous_answer() {
    let db = common::ask::warehouse_superuser().await;
    let corpus = demo_corpus(&db).await;
    let generator = BuiltinGenerator::new();
    let mut history: Vec<Turn> = Vec::new();
    let turn = |question: &str, history: &mut Vec<Turn>| {
        let generation = ask(&generator, &corpus, question, history, &[]);
        if let Ok(g) = &generation {
            history.push(Turn {
                question: question.into(),
                sql: g.sql.clone(),
            });
        }
        generation
    };
    let first = turn("What was our total revenue in 2024?", &mut history).unwrap();
    assert_eq!(
        first.derived_from.as_deref(),
        Some("example:revenue-total-2024")
    );
    let follow_up = turn("what about 2023?", &mut history).unwrap();
    let gold = format!(
        "SELECT ROUND(SUM(ol.net_amount), 2) {SALES} \
         WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2023"
    );
    assert_eq!(rows(&db, &follow_up.sql).await, rows(&db, &gold).await);
    assert_ne!(rows(&db, &follow_up.sql).await, rows(&db, &first.sql).await);
    assert_eq!(follow_up.model, "builtin");

    // A value, then a year, through follow-ups of a question with both.
    history.clear();
    turn("How many orders came from Germany in 2024?", &mut history).unwrap();
    turn("and for Brazil?", &mut history).unwrap();
    let last = turn("what about 2022?", &mut history).unwrap();
    let gold = "SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'completed') FROM orders \
                JOIN customers USING (customer_id) WHERE country = 'Brazil' \
                AND EXTRACT(YEAR FROM order_date) = 2022";
    assert_eq!(rows(&db, &last.sql).await, rows(&db, gold).await);

    // A literal the previous question has no slot for is refused, not guessed.
    assert!(turn("and for Laptops?", &mut history).is_err());
    // So is a follow-up without a conversation.
    assert!(ask(&generator, &corpus, "what about 2023?", &[], &[]).is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejected_sql_is_not_offered_again_and_retrieved_examples_come_first() {
    let db = common::ask::warehouse_superuser().await;
    let corpus = demo_corpus(&db).await;
    let generator = BuiltinGenerator::new();
    let question = "Revenue by quarter in 2024";
    let first = ask(&generator, &corpus, question, &[], &[]).unwrap();
    let rejected = [Attempt {
        sql: first.sql.clone(),
        code: "42P01".into(),
        error: "relation does not exist".into(),
    }];
    let error = ask(&generator, &corpus, question, &[], &rejected).unwrap_err();
    assert!(error.to_string().contains("rejected"), "{error}");

    // The retriever's examples are tried first; the answer is the same.
    let index = corpus
        .examples
        .iter()
        .position(|e| e.id == "revenue-by-quarter-2025")
        .unwrap();
    let context = Context {
        examples: vec![askpg::ask::retrieve::Scored { index, score: 0.9 }],
        ..Context::default()
    };
    let generation = generator
        .answer(&GenerationRequest {
            question,
            corpus: &corpus,
            context: &context,
            history: &[],
            rejected: &[],
            max_rows: 1000,
            intent: None,
        })
        .unwrap();
    assert_eq!(generation.sql, first.sql);
    assert_eq!(
        generation.derived_from.as_deref(),
        Some("example:revenue-by-quarter-2025")
    );
    assert_eq!(
        (generation.prompt_tokens, generation.completion_tokens),
        (0, 0)
    );
    assert_eq!(rows(&db, &generation.sql).await.unwrap().len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_change_one_part_of_what_the_engine_read() {
    let db = common::ask::warehouse_superuser().await;
    let corpus = demo_corpus(&db).await;
    let generator = BuiltinGenerator::new();
    let mut history: Vec<Turn> = Vec::new();
    // Each follow-up answers with the rows of the question it stands for.
    let conversation = [
        (
            "How many orders were placed in 2024?",
            "How many orders were placed in 2024?",
        ),
        (
            "and by status?",
            "How many orders were placed in 2024 by status?",
        ),
        (
            "what about 2023?",
            "How many orders were placed in 2023 by status?",
        ),
    ];
    for (asked, standalone) in conversation {
        let generation = ask(&generator, &corpus, asked, &history, &[])
            .unwrap_or_else(|e| panic!("{asked}: {e:?}"));
        let alone = ask(&generator, &corpus, standalone, &[], &[])
            .unwrap_or_else(|e| panic!("{standalone}: {e:?}"));
        println!(
            "{asked} -> {}\n  {}",
            generation.sql,
            generation.derived_from.as_deref().unwrap_or("-")
        );
        assert_eq!(
            rows(&db, &generation.sql).await.unwrap(),
            rows(&db, &alone.sql).await.unwrap(),
            "{asked} as {standalone}"
        );
        history.push(Turn {
            question: asked.into(),
            sql: generation.sql.clone(),
        });
    }
    // The status follow-up groups: more than one row; 2023 is another answer than 2024.
    let by_status_2024 = rows(&db, &history[1].sql).await.unwrap();
    let by_status_2023 = rows(&db, &history[2].sql).await.unwrap();
    assert!(by_status_2024.len() > 1, "{by_status_2024:?}");
    assert_ne!(by_status_2024, by_status_2023);
    // A follow-up the engine cannot place is refused, not guessed.
    assert!(ask(&generator, &corpus, "and by frobnication?", &history, &[]).is_err());
}
