//! ASK test helpers: the demo warehouse loaded into its own database of the shared cluster
//! (once per test binary), and configurations pointing askpg at it with the demo corpus.

use askpg::config::{Config, Route, Secret};

use super::{base_config, fixture, repo_path, READER, READER_PASSWORD};

/// The expected SQL of the tests' "top 5 customers by revenue" question.
pub const TOP_CUSTOMERS: &str = "SELECT c.customer_name, ROUND(SUM(ol.net_amount), 2) AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
JOIN order_lines ol ON ol.order_id = o.order_id
WHERE o.status = 'completed'
GROUP BY c.customer_name
ORDER BY revenue DESC
LIMIT 5";

/// Database holding `corpus/demo/warehouse.sql`.
pub const WAREHOUSE: &str = "askpg_warehouse";

/// Loads the demo warehouse on first use.
pub fn warehouse() -> &'static str {
    super::offline::sample_once(WAREHOUSE, "corpus/demo/warehouse.sql")
}

/// Superuser connection to the warehouse database.
pub async fn warehouse_superuser() -> tokio_postgres::Client {
    fixture().superuser_on(warehouse()).await
}

/// The base configuration pointed at the warehouse, with the demo corpus, the built-in
/// embedder and generator, and an embeddings cache in a fresh temp dir.
pub fn ask_config(cache_dir: &std::path::Path) -> Config {
    let fx = fixture();
    let mut config = base_config();
    config.upstream.url = Secret::new(format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{}?sslmode=require",
        fx.port,
        warehouse()
    ));
    config.corpus.dir = repo_path("corpus/demo").display().to_string();
    config.embeddings.cache_dir = cache_dir.display().to_string();
    // Tests that configure the fake LLM measure what it answers; the route tests choose
    // their own.
    config.ask.route = Route::Llm;
    config
}

/// Rows of a simple query as text, NULL as None (to compare with PostgreSQL's own rows).
pub fn text_rows(messages: &[tokio_postgres::SimpleQueryMessage]) -> Vec<Vec<Option<String>>> {
    messages
        .iter()
        .filter_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(row) => Some(
                (0..row.len())
                    .map(|i| row.get(i).map(str::to_owned))
                    .collect(),
            ),
            _ => None,
        })
        .collect()
}
