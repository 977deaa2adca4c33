//! The corpus loader against real PostgreSQL: the demo warehouse and corpus files, a copy
//! of them with mistakes, and a database of awkward relations the reader can partly see.
mod common;

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::time::Duration;

use askpg::ask::corpus::{Column, Corpus, Table};
use askpg::ask::introspect::{introspect, IntrospectOptions};
use askpg::ask::load::{glossary_slug, load, load_with, LoadError};
use askpg::config::{Config, Secret};
use askpg::guard::Guard;
use common::{fixture, repo_path, READER, READER_PASSWORD};

const DEMO_TABLES: [&str; 8] = [
    "cloud_costs",
    "customers",
    "order_lines",
    "orders",
    "product_categories",
    "products",
    "regions",
    "teams",
];

fn demo_config() -> Config {
    // The embeddings cache is not used by the loader; any directory will do.
    common::ask::ask_config(&std::env::temp_dir())
}

async fn load_ok(config: &Config) -> Corpus {
    let guard = Guard::new(&config.guard);
    load(config, &guard).await.expect("corpus loads")
}

fn table<'a>(corpus: &'a Corpus, name: &str) -> &'a Table {
    corpus
        .table(name)
        .unwrap_or_else(|| panic!("table {name} missing"))
        .1
}

fn column<'a>(corpus: &'a Corpus, table_name: &str, name: &str) -> &'a Column {
    table(corpus, table_name)
        .column(name)
        .unwrap_or_else(|| panic!("column {table_name}.{name} missing"))
}

fn chunk_text<'a>(corpus: &'a Corpus, id: &str) -> &'a str {
    &corpus
        .chunk(id)
        .unwrap_or_else(|| panic!("chunk {id} missing"))
        .text
}

/// The demo corpus files (glossary, examples, notes) copied into a fresh directory.
fn copy_of_demo_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let demo = repo_path("corpus/demo");
    for name in ["glossary.yaml", "examples.yaml"] {
        std::fs::copy(demo.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::create_dir(dir.path().join("notes")).unwrap();
    for entry in std::fs::read_dir(demo.join("notes")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            dir.path().join("notes").join(entry.file_name()),
        )
        .unwrap();
    }
    dir
}

fn append(path: &Path, text: &str) {
    let mut content = std::fs::read_to_string(path).unwrap();
    content.push_str(text);
    std::fs::write(path, content).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_tables_have_comments_and_keys() {
    let corpus = load_ok(&demo_config()).await;
    let names: Vec<String> = corpus.tables.iter().map(|t| t.qualified()).collect();
    let expected: Vec<String> = DEMO_TABLES.iter().map(|t| format!("public.{t}")).collect();
    assert_eq!(names, expected);
    for table in &corpus.tables {
        assert_eq!(table.kind, "table");
        assert!(
            table.comment.as_deref().is_some_and(|c| !c.is_empty()),
            "{}",
            table.name
        );
        for column in &table.columns {
            assert!(
                column.comment.is_some(),
                "{}.{} has no comment",
                table.name,
                column.name
            );
        }
    }
    let orders = table(&corpus, "orders");
    assert!(orders.comment.as_deref().unwrap().contains("Sales orders"));
    assert!(orders.row_estimate > 40_000, "{}", orders.row_estimate);
    let columns: Vec<&str> = orders.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        columns,
        ["order_id", "customer_id", "order_date", "status", "channel"]
    );
    assert_eq!(orders.primary_key, ["order_id"]);
    let lines = table(&corpus, "public.order_lines");
    assert_eq!(lines.primary_key, ["order_id", "line_number"]);
    let net = column(&corpus, "order_lines", "net_amount");
    assert_eq!(net.data_type, "numeric(12,2)");
    assert!(net.comment.as_deref().unwrap().contains("after discount"));
    assert_eq!(
        column(&corpus, "customers", "country_code").data_type,
        "character(2)"
    );
    assert!(!column(&corpus, "customers", "email").nullable);

    let references = |name: &str| -> BTreeSet<String> {
        table(&corpus, name)
            .foreign_keys
            .iter()
            .map(|fk| {
                format!(
                    "{}->{}.{}({})",
                    fk.columns.join(","),
                    fk.ref_schema,
                    fk.ref_table,
                    fk.ref_columns.join(",")
                )
            })
            .collect()
    };
    assert_eq!(
        references("order_lines"),
        BTreeSet::from([
            "order_id->public.orders(order_id)".to_owned(),
            "product_id->public.products(product_id)".to_owned(),
        ])
    );
    assert_eq!(
        references("orders"),
        BTreeSet::from(["customer_id->public.customers(customer_id)".to_owned()])
    );
    assert_eq!(
        references("customers"),
        BTreeSet::from(["region_id->public.regions(region_id)".to_owned()])
    );
    assert_eq!(
        references("products"),
        BTreeSet::from(["category_id->public.product_categories(category_id)".to_owned()])
    );
    assert_eq!(
        references("cloud_costs"),
        BTreeSet::from(["team_id->public.teams(team_id)".to_owned()])
    );
    assert!(references("regions").is_empty());

    let text = chunk_text(&corpus, "table:public.order_lines");
    assert!(text.contains("Order line items"), "{text}");
    assert!(text.contains("net_amount numeric(12,2)"), "{text}");
    assert!(
        text.contains("Foreign key: (order_id) references public.orders (order_id)"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn low_cardinality_text_columns_are_sampled() {
    let db = common::ask::warehouse_superuser().await;
    db.batch_execute("ANALYZE orders").await.unwrap();
    let corpus = load_ok(&demo_config()).await;
    let countries: BTreeSet<String> = db
        .query("SELECT DISTINCT country FROM customers", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let country = column(&corpus, "customers", "country");
    assert!(
        country.values.iter().any(|v| v == "Brazil"),
        "{:?}",
        country.values
    );
    assert_eq!(
        country.values.iter().cloned().collect::<BTreeSet<_>>(),
        countries
    );
    // Most frequent first: the United States has the largest share of customers.
    assert_eq!(country.values[0], "United States");

    // Each value's share of the rows, as the data has it.
    let orders_status = column(&corpus, "orders", "status");
    let completed: f64 = db
        .query_one(
            "SELECT (count(*) FILTER (WHERE status = 'completed'))::float8 \
             / count(status) FROM orders",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(orders_status.value_shares.len(), orders_status.values.len());
    assert!(
        (f64::from(orders_status.value_shares[0]) - completed).abs() < 1e-4,
        "{:?} against {completed}",
        orders_status.value_shares
    );
    let total: f32 = orders_status.value_shares.iter().sum();
    assert!((total - 1.0).abs() < 1e-4, "{total}");
    assert!(orders_status.value_shares.windows(2).all(|w| w[0] >= w[1]));
    // Analyzed, a column says the share of rows it fills: every order has a status.
    assert_eq!(orders_status.filled, Some(1.0));
    let status = &column(&corpus, "orders", "status").values;
    assert_eq!(status[0], "completed");
    assert_eq!(
        status.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        BTreeSet::from(["cancelled", "completed", "pending", "refunded"])
    );
    assert!(column(&corpus, "customers", "country_code")
        .values
        .contains(&"JP".to_owned()));
    assert_eq!(
        column(&corpus, "cloud_costs", "environment").values.len(),
        3
    );
    // Unique or numeric columns are not sampled.
    assert!(column(&corpus, "customers", "email").values.is_empty());
    assert!(column(&corpus, "customers", "customer_name")
        .values
        .is_empty());
    assert!(column(&corpus, "order_lines", "quantity").values.is_empty());
    let text = chunk_text(&corpus, "column:public.customers.country");
    assert!(text.contains("Values: United States, "), "{text}");
    assert!(text.contains("Brazil"), "{text}");

    // Fewer distinct values allowed, and shorter values only.
    let mut config = demo_config();
    config.corpus.max_distinct_values = 10;
    config.corpus.max_value_length = 7;
    config.corpus.validate_examples = false;
    let corpus = load_ok(&config).await;
    assert!(column(&corpus, "customers", "country").values.is_empty());
    assert_eq!(column(&corpus, "orders", "status").values, ["pending"]);

    config.corpus.sample_values = false;
    let corpus = load_ok(&config).await;
    assert!(corpus
        .tables
        .iter()
        .all(|t| t.columns.iter().all(|c| c.values.is_empty())));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sensitive_columns_are_never_sampled() {
    let mut config = demo_config();
    config.corpus.sensitive_columns = vec!["*.COUNTRY_CODE".into(), "public.orders.status".into()];
    config.corpus.validate_examples = false;
    let corpus = load_ok(&config).await;
    for (table_name, name) in [("customers", "country_code"), ("orders", "status")] {
        let c = column(&corpus, table_name, name);
        assert!(c.sensitive, "{table_name}.{name}");
        assert!(c.values.is_empty(), "{table_name}.{name}: {:?}", c.values);
        let text = chunk_text(&corpus, &format!("column:public.{table_name}.{name}"));
        assert!(!text.contains("Values"), "{text}");
    }
    let text = chunk_text(&corpus, "column:public.customers.country_code");
    assert!(!text.contains("JP"), "{text}");
    let country = column(&corpus, "customers", "country");
    assert!(!country.sensitive);
    assert!(!country.values.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_glossary_examples_and_notes_load_without_issues() {
    let corpus = load_ok(&demo_config()).await;
    assert!(corpus.issues.is_empty(), "{:#?}", corpus.issues);
    let glossary_file = std::fs::read_to_string(repo_path("corpus/demo/glossary.yaml")).unwrap();
    let examples_file = std::fs::read_to_string(repo_path("corpus/demo/examples.yaml")).unwrap();
    assert_eq!(
        corpus.glossary.len(),
        glossary_file.matches("\n- term: ").count()
    );
    assert_eq!(corpus.glossary.len(), 60);
    assert_eq!(
        corpus.examples.len(),
        examples_file.matches("\n- id: ").count()
    );
    assert_eq!(corpus.examples.len(), 60);
    for entry in &corpus.glossary {
        assert!(corpus
            .chunk(&format!("glossary:{}", glossary_slug(&entry.term)))
            .is_some());
    }
    for example in &corpus.examples {
        let text = chunk_text(&corpus, &format!("example:{}", example.id));
        assert!(text.contains(example.question.trim()), "{text}");
    }
    let revenue = chunk_text(&corpus, "glossary:revenue");
    assert!(revenue.contains("net sales"), "{revenue}");
    assert!(revenue.contains("SUM(order_lines.net_amount)"), "{revenue}");

    // Notes: every Markdown file under notes/, one note per section; not README.md.
    assert!(corpus.notes.len() >= 10, "{}", corpus.notes.len());
    assert!(corpus.notes.iter().all(|n| n.id.starts_with("notes/")));
    let statuses = corpus
        .notes
        .iter()
        .find(|n| n.id == "notes/sales.md#order-statuses")
        .expect("order statuses section");
    assert_eq!(statuses.title, "Sales data / Order statuses");
    assert!(statuses.text.contains("`refunded`"));
    assert!(!statuses.text.contains("## "));
    let text = chunk_text(&corpus, "note:notes/finops.md#environments");
    assert!(
        text.starts_with("Cloud costs (FinOps) / Environments\n\n"),
        "{text}"
    );

    let ids: HashSet<&str> = corpus.chunks.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), corpus.chunks.len(), "chunk ids are unique");
    let columns: usize = corpus.tables.iter().map(|t| t.columns.len()).sum();
    assert_eq!(
        corpus.chunks.len(),
        corpus.tables.len() + columns + 60 + 60 + corpus.notes.len()
    );
    assert_eq!(
        corpus.summary(),
        format!(
            "8 tables, {columns} columns, 60 glossary terms, 60 examples, {} notes, 0 issues",
            corpus.notes.len()
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_examples_and_terms_are_reported_by_name_and_left_out() {
    let dir = copy_of_demo_corpus();
    append(
        &dir.path().join("examples.yaml"),
        "
- id: unknown-column
  question: What is the mood of each order?
  sql: SELECT order_id, no_such_column FROM orders
- id: delete-orders
  question: Remove the cancelled orders
  sql: DELETE FROM orders WHERE status = 'cancelled'
- id: revenue-by-year
  question: Revenue per year, again
  sql: SELECT 1
- id: unknown-table
  question: What does everyone earn?
  sql: SELECT * FROM payroll
",
    );
    append(
        &dir.path().join("glossary.yaml"),
        "
- term: mood
  definition: How the customer feels.
  columns: [customers.mood]
",
    );
    let mut config = demo_config();
    config.corpus.dir = dir.path().display().to_string();
    let corpus = load_ok(&config).await;

    let issue = |source: &str| {
        corpus
            .issues
            .iter()
            .find(|i| i.source == source)
            .unwrap_or_else(|| panic!("no issue for {source}: {:#?}", corpus.issues))
            .message
            .clone()
    };
    assert_eq!(corpus.issues.len(), 5, "{:#?}", corpus.issues);
    let message = issue("examples.yaml: unknown-column");
    assert!(
        message.contains("42703") && message.contains("no_such_column"),
        "{message}"
    );
    let message = issue("examples.yaml: delete-orders");
    assert!(
        message.contains("42501") && message.contains("SELECT"),
        "{message}"
    );
    let message = issue("examples.yaml: revenue-by-year");
    assert!(message.contains("duplicate id"), "{message}");
    let message = issue("examples.yaml: unknown-table");
    assert!(message.contains("payroll"), "{message}");
    let message = issue("glossary.yaml: mood");
    assert!(message.contains("customers.mood"), "{message}");

    assert_eq!(corpus.examples.len(), 60);
    let kept = corpus
        .examples
        .iter()
        .find(|e| e.id == "revenue-by-year")
        .unwrap();
    assert_ne!(kept.sql, "SELECT 1", "the first example with an id is kept");
    for id in ["unknown-column", "delete-orders", "unknown-table"] {
        assert!(corpus.examples.iter().all(|e| e.id != id));
        assert!(corpus.chunk(&format!("example:{id}")).is_none());
    }
    assert_eq!(corpus.glossary.len(), 60);
    assert!(corpus.chunk("glossary:mood").is_none());

    // Without validation only the duplicate is caught.
    config.corpus.validate_examples = false;
    let corpus = load_ok(&config).await;
    assert_eq!(corpus.examples.len(), 63);
    assert_eq!(corpus.issues.len(), 2, "{:#?}", corpus.issues);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn yaml_syntax_errors_name_the_file_and_line() {
    let dir = copy_of_demo_corpus();
    std::fs::write(
        dir.path().join("examples.yaml"),
        "- id: a\n  question: q\n  sql: SELECT 1\n- id: b\n    question: misindented\n",
    )
    .unwrap();
    let mut config = demo_config();
    config.corpus.dir = dir.path().display().to_string();
    let guard = Guard::new(&config.guard);
    let err = load(&config, &guard).await.unwrap_err();
    let text = err.to_string();
    assert!(
        matches!(err, LoadError::Yaml { line: Some(5), .. }),
        "{text}"
    );
    assert!(text.contains("examples.yaml line 5"), "{text}");

    std::fs::write(dir.path().join("examples.yaml"), "- id: a\n  question: q\n").unwrap();
    let text = load(&config, &guard).await.unwrap_err().to_string();
    assert!(text.contains("examples.yaml line 1"), "{text}");
    assert!(text.contains("missing field `sql`"), "{text}");

    config.corpus.dir = dir.path().join("absent").display().to_string();
    let err = load(&config, &guard).await.unwrap_err();
    assert!(matches!(err, LoadError::Dir { .. }), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn version_is_stable_and_follows_the_files() {
    let dir = copy_of_demo_corpus();
    let mut config = demo_config();
    config.corpus.dir = dir.path().display().to_string();
    config.corpus.validate_examples = false;
    let guard = Guard::new(&config.guard);
    let client = askpg::role_audit::side_connection(&config).await.unwrap();
    let first = load_with(&client, &config, &guard).await.unwrap();
    let second = load_with(&client, &config, &guard).await.unwrap();
    assert_eq!(first.version.len(), 64);
    assert!(first.version.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(first.version, second.version);
    assert_eq!(first.chunks, second.chunks);

    let glossary = dir.path().join("glossary.yaml");
    let text = std::fs::read_to_string(&glossary).unwrap();
    std::fs::write(
        &glossary,
        text.replace("Money from completed orders", "Money from paid orders"),
    )
    .unwrap();
    let changed = load_with(&client, &config, &guard).await.unwrap();
    assert_ne!(changed.version, first.version);
    let revenue = chunk_text(&changed, "glossary:revenue");
    assert!(revenue.contains("Money from paid orders"), "{revenue}");

    std::fs::write(&glossary, text).unwrap();
    let restored = load_with(&client, &config, &guard).await.unwrap();
    assert_eq!(restored.version, first.version);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exposed_schemas_restrict_the_tables() {
    let mut config = common::base_config();
    let all = load_ok(&config).await;
    let names: Vec<String> = all.tables.iter().map(|t| t.qualified()).collect();
    assert!(names.contains(&"hr.salaries".to_owned()), "{names:?}");
    assert!(names.contains(&"public.customers".to_owned()), "{names:?}");
    assert_eq!(table(&all, "customer_totals").kind, "view");
    let status = column(&all, "public.orders", "status");
    assert_eq!(status.data_type, "mood");
    assert_eq!(
        status
            .values
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        BTreeSet::from(["happy", "ok", "sad"])
    );

    config.guard.exposed_schemas = vec!["HR".into()];
    let hr = load_ok(&config).await;
    let names: Vec<String> = hr.tables.iter().map(|t| t.qualified()).collect();
    assert_eq!(names, ["hr.salaries"]);
    let salaries = &hr.tables[0];
    let columns: Vec<(&str, &str)> = salaries
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.data_type.as_str()))
        .collect();
    assert_eq!(columns, [("employee", "text"), ("amount", "numeric")]);
    assert!(hr.chunk("table:public.customers").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_upstream_is_a_load_error() {
    let mut config = demo_config();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    config.upstream.url = Secret::new(format!("postgres://{READER}@127.0.0.1:{port}/x"));
    let err = load(&config, &Guard::new(&config.guard)).await.unwrap_err();
    assert!(matches!(err, LoadError::Unreachable(_)), "{err}");
    assert!(
        err.to_string().contains("cannot reach the upstream"),
        "{err}"
    );
}

/// A database of awkward relations (tests/fixtures/corpus_lab.sql) readable by the reader.
async fn create_lab_database() -> String {
    const LAB: &str = "askpg_corpus_lab";
    let fx = fixture();
    let admin = fx.superuser().await;
    admin
        .batch_execute(&format!("CREATE DATABASE {LAB}"))
        .await
        .unwrap();
    let db = fx.superuser_on(LAB).await;
    let sql = std::fs::read_to_string(repo_path("tests/fixtures/corpus_lab.sql")).unwrap();
    db.batch_execute(&sql.replace("{reader}", READER).replace("{db}", LAB))
        .await
        .expect("lab database loads");
    LAB.to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspection_shows_only_what_the_role_can_read() {
    let mut config = common::base_config();
    config.upstream.url = Secret::new(format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{}?sslmode=require",
        fixture().port,
        create_lab_database().await
    ));
    let client = askpg::role_audit::side_connection(&config).await.unwrap();
    let mut options = IntrospectOptions::from_config(&config);
    options.sample_timeout = Duration::from_millis(300);
    let tables = introspect(&client, &options).await.unwrap();
    let corpus = Corpus {
        tables,
        ..Default::default()
    };
    let kinds: BTreeSet<(String, &str)> = corpus
        .tables
        .iter()
        .map(|t| (t.qualified(), t.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        BTreeSet::from([
            (r#""Lab"."Order""#.to_owned(), "table"),
            (r#""Lab".happy"#.to_owned(), "view"),
            (r#""Lab".line"#.to_owned(), "table"),
            (r#""Lab".measurements"#.to_owned(), "partitioned table"),
            (r#""Lab".mood_counts"#.to_owned(), "materialized view"),
            (r#""Lab".slow"#.to_owned(), "view"),
        ])
    );

    let order = table(&corpus, "lab.order");
    assert_eq!(order.comment.as_deref(), Some("Orders with awkward names."));
    assert_eq!(order.primary_key, ["select", "Order Id"]);
    let select = order.column("select").unwrap();
    assert_eq!(
        select.comment.as_deref(),
        Some("A reserved word as a name.")
    );
    assert_eq!(select.values, ["b", "a"]);
    let mood = order.column("mood").unwrap();
    assert_eq!(mood.data_type, r#""Lab".mood"#);
    assert_eq!(mood.values, ["happy", "sad"]);
    assert_eq!(order.column("Quote\"d").unwrap().values, ["O'Brien"]);
    assert!(order.column("Order Id").unwrap().values.is_empty());

    let line = table(&corpus, "lab.line");
    let columns: Vec<&str> = line.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(columns, ["id", "order_select", "order_id", "secret_id"]);
    assert_eq!(
        line.foreign_keys.len(),
        1,
        "the key to the unreadable table is left out"
    );
    let fk = &line.foreign_keys[0];
    assert_eq!(fk.columns, ["order_select", "order_id"]);
    assert_eq!(
        (fk.ref_schema.as_str(), fk.ref_table.as_str()),
        ("Lab", "Order")
    );
    assert_eq!(fk.ref_columns, ["select", "Order Id"]);

    let region = &table(&corpus, "lab.measurements")
        .column("region")
        .unwrap()
        .values;
    assert_eq!(
        region.iter().collect::<BTreeSet<_>>(),
        BTreeSet::from([&"north".to_owned(), &"south".to_owned()])
    );
    assert_eq!(
        table(&corpus, "lab.mood_counts")
            .column("mood")
            .unwrap()
            .values
            .len(),
        2
    );
    // Sampling the slow view (about 1 s) exceeds the timeout: the column is skipped and
    // the rest goes on; the timeout is local to the sampling query.
    assert!(table(&corpus, "lab.slow").columns[0].values.is_empty());
    let row = client
        .query_one("SHOW statement_timeout", &[])
        .await
        .unwrap();
    assert_ne!(row.get::<_, String>(0), "300ms");
    options.sample_timeout = Duration::from_secs(30);
    let tables = introspect(&client, &options).await.unwrap();
    let slow = tables.iter().find(|t| t.name == "slow").unwrap();
    assert_eq!(slow.columns[0].values, ["slow"]);
}
