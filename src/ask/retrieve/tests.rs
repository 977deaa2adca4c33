//! Retrieval on a small hand-built warehouse, with the built-in embedder.

use super::*;
use crate::ask::corpus::{Chunk, Column, Example, ForeignKey, GlossaryEntry, Note, Table};
use crate::ask::embed::LocalEmbedder;

fn column(name: &str, data_type: &str, comment: &str, values: &[&str]) -> Column {
    Column {
        name: name.into(),
        data_type: data_type.into(),
        nullable: false,
        comment: (!comment.is_empty()).then(|| comment.into()),
        values: values.iter().map(|v| (*v).into()).collect(),
        sensitive: false,
        searchable: false,
        filled: None,
        value_shares: Vec::new(),
    }
}

fn table(
    name: &str,
    comment: &str,
    columns: Vec<Column>,
    pk: &str,
    fks: &[(&str, &str, &str)],
) -> Table {
    Table {
        schema: "public".into(),
        name: name.into(),
        kind: "table".into(),
        comment: Some(comment.into()),
        row_estimate: 1000,
        columns,
        primary_key: vec![pk.into()],
        foreign_keys: fks
            .iter()
            .map(|(col, to, to_col)| ForeignKey {
                columns: vec![(*col).into()],
                ref_schema: "public".into(),
                ref_table: (*to).into(),
                ref_columns: vec![(*to_col).into()],
            })
            .collect(),
    }
}

/// Chunks as the loader makes them: one per table, column, glossary entry, example, note.
fn with_chunks(mut corpus: Corpus) -> Corpus {
    let mut chunks = Vec::new();
    let mut push = |id: String, kind, text: String, table, column, item| {
        chunks.push(Chunk {
            id,
            kind,
            text,
            table,
            column,
            item,
        });
    };
    for (t, table) in corpus.tables.iter().enumerate() {
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        let text = format!(
            "table {}: {} columns: {}",
            table.name,
            table.comment.clone().unwrap_or_default(),
            names.join(", ")
        );
        push(
            format!("table:public.{}", table.name),
            ChunkKind::Table,
            text,
            Some(t),
            None,
            None,
        );
        for (c, column) in table.columns.iter().enumerate() {
            let text = format!(
                "column {}.{} {}: {} {}",
                table.name,
                column.name,
                column.data_type,
                column.comment.clone().unwrap_or_default(),
                column.values.join(", ")
            );
            push(
                format!("column:public.{}.{}", table.name, column.name),
                ChunkKind::Column,
                text,
                Some(t),
                Some(c),
                None,
            );
        }
    }
    for (i, g) in corpus.glossary.iter().enumerate() {
        let text = format!("{} ({}): {}", g.term, g.synonyms.join(", "), g.definition);
        push(
            format!("glossary:{}", g.term),
            ChunkKind::Glossary,
            text,
            None,
            None,
            Some(i),
        );
    }
    for (i, e) in corpus.examples.iter().enumerate() {
        push(
            format!("example:{}", e.id),
            ChunkKind::Example,
            e.question.clone(),
            None,
            None,
            Some(i),
        );
    }
    for (i, n) in corpus.notes.iter().enumerate() {
        push(
            format!("note:{}", n.id),
            ChunkKind::Note,
            format!("{}\n{}", n.title, n.text),
            None,
            None,
            Some(i),
        );
    }
    corpus.chunks = chunks;
    corpus
}

fn shop() -> Corpus {
    let mut email = column(
        "email",
        "text",
        "Contact e-mail address.",
        &["alice@example.com"],
    );
    email.sensitive = true;
    let tables = vec![
        table(
            "regions",
            "Sales regions.",
            vec![
                column("region_id", "smallint", "Primary key of the region.", &[]),
                column(
                    "region_name",
                    "text",
                    "Name of the sales region.",
                    &["Europe", "North America", "Latin America"],
                ),
            ],
            "region_id",
            &[],
        ),
        table(
            "customers",
            "One row per customer account.",
            vec![
                column(
                    "customer_id",
                    "integer",
                    "Primary key of the customer.",
                    &[],
                ),
                column("customer_name", "text", "Company or person name.", &[]),
                email,
                column(
                    "segment",
                    "text",
                    "Customer type.",
                    &["Enterprise", "SMB", "Consumer"],
                ),
                column(
                    "country",
                    "text",
                    "Billing country.",
                    &["United States", "Germany", "Brazil", "France"],
                ),
                column(
                    "region_id",
                    "smallint",
                    "Sales region; references regions.",
                    &[],
                ),
            ],
            "customer_id",
            &[("region_id", "regions", "region_id")],
        ),
        table(
            "orders",
            "One row per order placed by a customer.",
            vec![
                column("order_id", "integer", "Primary key of the order.", &[]),
                column(
                    "customer_id",
                    "integer",
                    "Customer who placed the order.",
                    &[],
                ),
                column("order_date", "date", "Date the order was placed.", &[]),
                column(
                    "status",
                    "text",
                    "Order status.",
                    &["completed", "cancelled", "refunded"],
                ),
            ],
            "order_id",
            &[("customer_id", "customers", "customer_id")],
        ),
        table(
            "order_lines",
            "Line items of orders: product, quantity and price.",
            vec![
                column("order_id", "integer", "Order this line belongs to.", &[]),
                column("product_id", "integer", "Product sold on this line.", &[]),
                column("quantity", "integer", "Units sold.", &[]),
                column(
                    "net_amount",
                    "numeric(12,2)",
                    "Line amount after discount, USD.",
                    &[],
                ),
            ],
            "order_id",
            &[
                ("order_id", "orders", "order_id"),
                ("product_id", "products", "product_id"),
            ],
        ),
        table(
            "products",
            "Products we sell.",
            vec![
                column("product_id", "integer", "Primary key of the product.", &[]),
                column("product_name", "text", "Product name.", &[]),
                column(
                    "list_price",
                    "numeric(10,2)",
                    "Current list price in USD.",
                    &[],
                ),
            ],
            "product_id",
            &[],
        ),
        table(
            "cloud_costs",
            "Daily cloud spend per team and service.",
            vec![
                column("usage_date", "date", "Day of usage.", &[]),
                column(
                    "service",
                    "text",
                    "Cloud service.",
                    &["EC2", "S3", "BigQuery"],
                ),
                column("cost_usd", "numeric(12,2)", "Cost in USD.", &[]),
            ],
            "usage_date",
            &[],
        ),
    ];
    with_chunks(Corpus {
        version: "test".into(),
        tables,
        glossary: vec![GlossaryEntry {
            term: "revenue".into(),
            definition: "Money from completed orders, net of discounts.".into(),
            synonyms: vec!["sales".into(), "turnover".into()],
            sql: Some("SUM(order_lines.net_amount) FILTER (WHERE orders.status = 'completed')".into()),
            columns: vec!["order_lines.net_amount".into(), "orders.status".into()],
        }],
        examples: vec![Example {
            id: "orders-by-country".into(),
            question: "How many orders per country?".into(),
            sql: "SELECT c.country, count(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY 1".into(),
        }],
        notes: vec![Note {
            id: "sales.md#refunds".into(),
            title: "Refunds".into(),
            text: "Refunded orders keep status refunded and are not revenue. ".repeat(8),
        }],
        ..Default::default()
    })
}

async fn knowledge() -> Knowledge {
    Knowledge::build(shop(), &LocalEmbedder::new())
        .await
        .unwrap()
}

fn ask(knowledge: &Knowledge, question: &str, budget: usize) -> Context {
    let vector = LocalEmbedder::new().embed_one(question);
    knowledge.retrieve(question, &vector, budget)
}

/// The columns of `table` shown in the context, by name.
fn shown(knowledge: &Knowledge, context: &Context, table: &str) -> Vec<String> {
    let (t, found) = knowledge.corpus.table(table).unwrap();
    context
        .table(t)
        .map(|tc| {
            tc.columns
                .iter()
                .map(|&c| found.columns[c].name.clone())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_value_in_the_question_finds_its_column() {
    let k = knowledge().await;
    let context = ask(&k, "How many orders came from Brazil in 2024?", 3000);
    let (customers, _) = k.corpus.table("customers").unwrap();
    let table = context.table(customers).expect("customers chosen");
    assert_eq!(table.matched_values, vec![(4, "Brazil".to_string())]);
    assert!(shown(&k, &context, "customers").contains(&"country".into()));
    assert!(shown(&k, &context, "orders").contains(&"customer_id".into()));
    assert!(
        context.text.contains("[question names 'Brazil']"),
        "{}",
        context.text
    );
    assert!(context
        .sources
        .iter()
        .any(|s| s.id == "column:public.customers.country"));
}

#[tokio::test]
async fn typos_and_plurals_still_match() {
    let k = knowledge().await;
    let context = ask(&k, "custmers per segmnt in Germny", 3000);
    assert!(
        shown(&k, &context, "customers").contains(&"segment".into()),
        "{}",
        context.text
    );
    let (customers, _) = k.corpus.table("customers").unwrap();
    assert!(context
        .table(customers)
        .unwrap()
        .matched_values
        .contains(&(4, "Germany".into())));
    let context = ask(&k, "list prices of the products", 3000);
    assert!(shown(&k, &context, "products").contains(&"list_price".into()));
}

#[tokio::test]
async fn glossary_synonyms_pull_in_their_columns() {
    let k = knowledge().await;
    let context = ask(&k, "turnover by region", 3000);
    assert!(
        shown(&k, &context, "order_lines").contains(&"net_amount".into()),
        "{}",
        context.text
    );
    assert!(shown(&k, &context, "orders").contains(&"status".into()));
    assert!(shown(&k, &context, "regions").contains(&"region_name".into()));
    assert_eq!(context.glossary.first().map(|g| g.index), Some(0));
    assert!(context.text.contains("SUM(order_lines.net_amount)"));
}

#[tokio::test]
async fn bridge_tables_connect_distant_tables() {
    let k = knowledge().await;
    let context = ask(
        &k,
        "Which products do customers in Europe buy?",
        pruning(&k),
    );
    let names: Vec<&str> = context
        .tables
        .iter()
        .map(|t| k.corpus.tables[t.table].name.as_str())
        .collect();
    for needed in ["products", "customers", "regions", "orders", "order_lines"] {
        assert!(names.contains(&needed), "{needed} missing from {names:?}");
    }
    assert!(!names.contains(&"cloud_costs"), "{names:?}");
    let join = |from: &str, to: &str| {
        let (f, _) = k.corpus.table(from).unwrap();
        let (t, _) = k.corpus.table(to).unwrap();
        context
            .joins
            .iter()
            .any(|j| j.from_table == f && j.to_table == t)
    };
    assert!(join("orders", "customers") && join("order_lines", "orders"));
    assert!(join("order_lines", "products") && join("customers", "regions"));
    assert!(
        context
            .text
            .contains("orders.customer_id = customers.customer_id"),
        "{}",
        context.text
    );
    for key in ["order_id", "product_id"] {
        assert!(shown(&k, &context, "order_lines").contains(&key.to_string()));
    }
}

/// A budget the whole schema does not fit comfortably in, so that tables are chosen.
fn pruning(k: &Knowledge) -> usize {
    2 * k.schema_tokens - 1
}

#[tokio::test]
async fn a_schema_that_fits_comfortably_is_given_whole() {
    let k = knowledge().await;
    let whole = ask(&k, "daily EC2 cost", 2 * k.schema_tokens);
    assert_eq!(whole.tables.len(), k.corpus.tables.len(), "{}", whole.text);
    let first = &k.corpus.tables[whole.tables[0].table];
    assert_eq!(first.name, "cloud_costs", "the asked-for table comes first");
    let why: Vec<&str> = whole.tables.iter().map(|t| t.why.as_str()).collect();
    assert!(
        why[1..].iter().any(|w| w.contains("whole schema")),
        "{why:?}"
    );
    let pruned = ask(&k, "daily EC2 cost", pruning(&k));
    assert!(pruned.tables.len() < k.corpus.tables.len());
}

#[tokio::test]
async fn the_budget_always_holds() {
    let k = knowledge().await;
    let question = "revenue by customer country and product in 2024, with refunds";
    let full = ask(&k, question, 100_000);
    assert!(full.text.contains("Refunds"), "{}", full.text);
    let mut previous = usize::MAX;
    for budget in [3000, 800, 400, 200, 100, 50, 10, 0] {
        let context = ask(&k, question, budget);
        assert!(context.tokens <= budget, "{budget}: {}", context.tokens);
        assert_eq!(context.tokens, estimate_tokens(&context.text));
        assert!(context.tokens <= previous);
        previous = context.tokens;
        // What is cited is what is shown.
        for table in &context.tables {
            assert!(context
                .text
                .contains(&k.corpus.tables[table.table].qualified()));
        }
        assert!(context.sources.windows(2).all(|w| w[0].score >= w[1].score));
    }
    let small = ask(&k, question, 100);
    assert!(
        !small.tables.is_empty(),
        "a small budget keeps the best table"
    );
    assert!(
        !small.text.contains("Refunds"),
        "notes go first: {}",
        small.text
    );
}

#[tokio::test]
async fn sensitive_values_never_reach_the_text() {
    let k = knowledge().await;
    for question in ["orders of alice@example.com", "customer email addresses"] {
        let context = ask(&k, question, 3000);
        assert!(
            !context.text.contains("alice@example.com"),
            "{}",
            context.text
        );
        assert!(context
            .tables
            .iter()
            .all(|t| t.matched_values.iter().all(|(_, v)| !v.contains("alice"))));
    }
    let context = ask(&k, "customer email addresses", 3000);
    assert!(shown(&k, &context, "customers").contains(&"email".into()));
}

#[tokio::test]
async fn unrelated_domains_stay_out() {
    let k = knowledge().await;
    let context = ask(&k, "daily EC2 cost", pruning(&k));
    let chosen = context
        .tables
        .iter()
        .filter(|t| !t.why.starts_with("candidate"));
    assert_eq!(chosen.count(), 1, "{}", context.text);
    assert_eq!(k.corpus.tables[context.tables[0].table].name, "cloud_costs");
    assert!(shown(&k, &context, "cloud_costs").contains(&"service".into()));
    assert!(context.sources[0].score >= context.sources.last().unwrap().score);
    let example = ask(&k, "number of orders in each country", 3000);
    assert_eq!(example.examples.first().map(|e| e.index), Some(0));
    assert!(example.text.contains("GROUP BY 1"));
}

#[tokio::test]
async fn odd_inputs_do_not_panic() {
    let k = knowledge().await;
    let context = k.retrieve("orders", &[0.5; 3], 3000);
    assert!(!context.tables.is_empty(), "words alone still retrieve");
    let mut broken = LocalEmbedder::new().embed_one("orders");
    broken[0] = f32::NAN;
    assert_eq!(k.retrieve("orders", &broken, 3000), context);
    let context = ask(&k, "", 3000);
    assert!(context.tokens <= 3000);
    let empty = Knowledge::build(Corpus::default(), &LocalEmbedder::new())
        .await
        .unwrap();
    let context = empty.retrieve("orders", &LocalEmbedder::new().embed_one("orders"), 3000);
    assert_eq!(context, Context::default());
}

#[test]
fn knowledge_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Knowledge>();
}

#[tokio::test]
async fn a_line_table_brings_what_it_lists() {
    let k = knowledge().await;
    let context = ask(&k, "order lines with a quantity above 3", pruning(&k));
    let why = |name: &str| {
        let (t, _) = k.corpus.table(name).unwrap();
        context
            .tables
            .iter()
            .find(|tc| tc.table == t)
            .map(|tc| tc.why.clone())
    };
    assert!(why("order_lines").is_some(), "{}", context.text);
    let products = why("products").unwrap_or_default();
    assert!(products.contains("order_lines lists it"), "{products}");
    assert!(why("cloud_costs").is_none(), "{}", context.text);
}
