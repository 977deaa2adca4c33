//! `askpg demo`: a private PostgreSQL with the demo warehouse, a SELECT-only role, and askpg
//! on 127.0.0.1:6543 with TLS and SCRAM — no configuration, no LLM.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context};

use crate::cluster::{ClusterOptions, PrivateCluster};
use crate::config::{AuthMethod, Config, Secret, UserEntry};

pub const DEMO_LISTEN: &str = "127.0.0.1:6543";
pub const DEMO_DATABASE: &str = "warehouse";
pub const DEMO_USER: &str = "demo";
pub const DEMO_PASSWORD: &str = "demo";
/// The upstream role askpg uses: it can read the warehouse and nothing else.
pub const READER_ROLE: &str = "askpg_reader";

/// Where the demo dataset lives: `./corpus/demo`, next to the binary's source tree, or the
/// install location used by the container image.
fn corpus_dir() -> anyhow::Result<PathBuf> {
    let mut candidates = vec![PathBuf::from("corpus/demo")];
    if let Ok(exe) = std::env::current_exe() {
        // target/{debug,release}/askpg → repository root
        if let Some(root) = exe.ancestors().nth(3) {
            candidates.push(root.join("corpus/demo"));
        }
    }
    candidates.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/demo"));
    candidates.push(PathBuf::from("/usr/share/askpg/corpus/demo"));
    for dir in &candidates {
        if dir.join("warehouse.sql").is_file() {
            return Ok(dir.clone());
        }
    }
    bail!(
        "demo dataset not found; looked for warehouse.sql in: {}",
        candidates
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// SQL that gives the reader role SELECT on the warehouse and nothing else.
pub fn reader_role_sql(role: &str, password: &str, database: &str) -> String {
    format!(
        "CREATE ROLE {role} LOGIN PASSWORD '{password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
         REVOKE CREATE ON SCHEMA public FROM PUBLIC;
         REVOKE ALL ON DATABASE {database} FROM PUBLIC;
         GRANT CONNECT ON DATABASE {database} TO {role};
         GRANT USAGE ON SCHEMA public TO {role};
         GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};"
    )
}

fn step(what: &str, started: Instant) {
    eprintln!("  {what:<44} {:>6.1}s", started.elapsed().as_secs_f64());
}

pub async fn run() -> anyhow::Result<()> {
    let started = Instant::now();
    eprintln!("askpg demo");
    let corpus = corpus_dir()?;
    let sql = std::fs::read_to_string(corpus.join("warehouse.sql"))
        .with_context(|| format!("reading {}", corpus.join("warehouse.sql").display()))?;
    // Fail before starting anything if the demo port is taken.
    let probe = std::net::TcpListener::bind(DEMO_LISTEN)
        .with_context(|| format!("{DEMO_LISTEN} is in use; stop what listens there and retry"))?;
    drop(probe);

    let options = ClusterOptions::default();
    let cluster = tokio::task::spawn_blocking(move || PrivateCluster::start(&options)).await??;
    step(
        &format!("private PostgreSQL on port {}", cluster.port()),
        started,
    );
    eprintln!("  (data directory {})", cluster.dir().display());

    let admin = cluster.superuser_client("postgres").await?;
    admin
        .batch_execute(&format!("CREATE DATABASE {DEMO_DATABASE}"))
        .await?;
    let db = cluster.superuser_client(DEMO_DATABASE).await?;
    db.batch_execute(&sql)
        .await
        .context("loading the demo warehouse")?;
    step("demo warehouse loaded", started);

    let reader_password = hex_token();
    db.batch_execute(&reader_role_sql(
        READER_ROLE,
        &reader_password,
        DEMO_DATABASE,
    ))
    .await?;
    step(&format!("read-only role {READER_ROLE} created"), started);

    let (cert, key) = crate::tls::self_signed(&["localhost", "127.0.0.1"])?;
    let cert_file = cluster.dir().join("askpg.crt");
    let key_file = cluster.dir().join("askpg.key");
    crate::tls::write_private(&cert_file, &cert)?;
    crate::tls::write_private(&key_file, &key)?;

    let mut config = Config {
        listen: DEMO_LISTEN.into(),
        ..Config::default()
    };
    config.upstream.url = Secret::new(format!(
        "postgres://{READER_ROLE}:{reader_password}@127.0.0.1:{}/{DEMO_DATABASE}",
        cluster.port()
    ));
    config.auth.method = AuthMethod::Scram;
    config.auth.users = vec![UserEntry {
        name: DEMO_USER.into(),
        password: Secret::new(DEMO_PASSWORD),
        ..Default::default()
    }];
    config.tls.cert_file = cert_file.display().to_string();
    config.tls.key_file = key_file.display().to_string();
    // Questions are answered from the demo corpus; with ASKPG_LLM_BASE_URL (and friends)
    // in the environment the demo uses that LLM instead of the built-in generator.
    config.corpus.dir = corpus.display().to_string();
    config.corpus.sensitive_columns = vec![
        "*.email".into(),
        "*.owner_email".into(),
        "*.owner_name".into(),
    ];
    apply_llm_environment(&mut config)?;
    let eval_config = cluster.dir().join("eval.toml");
    crate::tls::write_private(&eval_config, &eval_toml(&config)?)?;
    crate::init_tracing(&config.log);
    let generator = if config.llm.base_url.is_empty() {
        "built-in generator (no LLM configured)".to_owned()
    } else {
        format!("LLM {} at {}", config.llm.model, config.llm.base_url)
    };
    let server = crate::Server::bind(config).await?;
    step(
        &format!("corpus indexed; questions go to the {generator}"),
        started,
    );
    step(&format!("askpg listening on {DEMO_LISTEN}"), started);
    print_welcome(&eval_config);
    server.run(crate::server::termination_signal()).await;
    drop(db);
    drop(admin);
    tokio::task::spawn_blocking(move || drop(cluster)).await?;
    eprintln!("demo stopped; private cluster removed");
    Ok(())
}

/// The `llm`, `embeddings` and `audit` settings from `ASKPG_*` variables, so the demo can
/// use a real LLM: `ASKPG_LLM_BASE_URL=… ASKPG_LLM_API_KEY=… askpg demo`.
fn apply_llm_environment(config: &mut Config) -> anyhow::Result<()> {
    let wanted = [
        "ASKPG_LLM_",
        "ASKPG_EMBEDDINGS_",
        "ASKPG_AUDIT_",
        "ASKPG_ASK_",
    ];
    let vars: Vec<(String, String)> = std::env::vars()
        .filter(|(k, _)| wanted.iter().any(|w| k.starts_with(w)))
        .collect();
    if vars.is_empty() {
        return Ok(());
    }
    let mut env = vars;
    env.push((
        "ASKPG_UPSTREAM_URL".into(),
        config.upstream.url.expose().to_owned(),
    ));
    env.push(("ASKPG_AUTH_METHOD".into(), "trust".into()));
    let loaded = Config::load(None, env, &Default::default()).context(
        "reading the ASKPG_LLM_*/ASKPG_EMBEDDINGS_*/ASKPG_AUDIT_*/ASKPG_ASK_* variables",
    )?;
    config.llm = loaded.llm;
    config.embeddings = loaded.embeddings;
    config.audit = loaded.audit;
    config.ask = loaded.ask;
    Ok(())
}

/// The configuration `askpg eval` needs to measure the demo: its upstream and corpus (the
/// LLM comes from the same `ASKPG_LLM_*` variables, read by eval itself).
fn eval_toml(config: &Config) -> anyhow::Result<String> {
    let mut upstream = toml::Table::new();
    upstream.insert("url".into(), config.upstream.url.expose().into());
    let mut corpus = toml::Table::new();
    // Absolute, so eval finds it from any directory.
    let dir = std::fs::canonicalize(&config.corpus.dir)?;
    corpus.insert("dir".into(), dir.display().to_string().into());
    corpus.insert(
        "sensitive_columns".into(),
        config.corpus.sensitive_columns.clone().into(),
    );
    let mut table = toml::Table::new();
    table.insert("upstream".into(), upstream.into());
    table.insert("corpus".into(), corpus.into());
    Ok(toml::to_string(&table)?)
}

fn hex_token() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn print_welcome(eval_config: &std::path::Path) {
    let (host, port) = DEMO_LISTEN.split_once(':').unwrap_or((DEMO_LISTEN, "6543"));
    println!(
        "
Connect with psql:
    psql \"postgresql://{DEMO_USER}:{DEMO_PASSWORD}@{host}:{port}/{DEMO_DATABASE}?sslmode=require\"

JDBC (DBeaver, Metabase, DataGrip):
    jdbc:postgresql://{host}:{port}/{DEMO_DATABASE}?user={DEMO_USER}&password={DEMO_PASSWORD}&sslmode=require

Try:
    \\dt
    SELECT c.country, sum(ol.net_amount) AS revenue
      FROM order_lines ol JOIN orders o USING (order_id) JOIN customers c USING (customer_id)
     WHERE o.status = 'completed' AND o.order_date >= date '2025-01-01'
     GROUP BY 1 ORDER BY 2 DESC LIMIT 5;
    SELECT t.team_name, date_trunc('month', usage_date)::date AS month, sum(cost_usd)
      FROM cloud_costs JOIN teams t USING (team_id)
     WHERE usage_date >= date '2025-10-01' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 10;
    DELETE FROM orders;            -- refused: askpg is read-only

Ask questions (answered offline from the schema and corpus/demo; set ASKPG_LLM_BASE_URL
for open questions):
    ASK 'help';                    -- what the offline engine reads on this database
    ASK 'What was our total revenue in 2024?';
    ASK 'How many products are in each department?';
    ASK 'Top 5 customers by revenue in 2025';
    -- ask: Monthly cloud cost by team in 2025
    EXPLAIN ASK 'How many orders came from Germany in 2025?';

Measure how often questions are answered right (from another terminal):
    askpg eval corpus/demo/golden.yaml --config {}

Press Ctrl-C to stop; the private cluster and its files are removed.
",
        eval_config.display()
    );
}
