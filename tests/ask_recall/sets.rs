//! A benchmark set loaded into its own database of the test cluster, and what retrieval
//! gives its questions.

use std::path::Path;
use std::time::{Duration, Instant};

use askpg::ask::pipeline::Asker;
use askpg::config::{Config, Secret};
use askpg::guard::Guard;

use super::common::{base_config, fixture, repo_path, READER, READER_PASSWORD};
use super::{gold, noise, sql_columns};

/// One question and the SQL that answers it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Question {
    pub question: String,
    pub sql: String,
}

pub struct RecallSet {
    pub name: String,
    database: String,
    schema_sql: String,
    questions: Vec<Question>,
    noise: usize,
}

impl RecallSet {
    /// The demo warehouse with its corpus switched off, and `noise` unrelated tables.
    pub fn demo(noise: usize) -> Self {
        let questions = gold::GOLD
            .iter()
            .map(|(q, sql)| Question {
                question: (*q).to_owned(),
                sql: (*sql).to_owned(),
            })
            .collect();
        let schema_sql = std::fs::read_to_string(repo_path("corpus/demo/warehouse.sql")).unwrap();
        Self::new("demo", schema_sql, questions, noise)
    }

    /// `benches/recall/<file>.sql` and its questions in `<file>.yaml`.
    pub fn from_files(name: &str, file: &str, noise: usize) -> Self {
        let dir = repo_path("benches/recall");
        let schema_sql = std::fs::read_to_string(dir.join(format!("{file}.sql"))).unwrap();
        let yaml = std::fs::read_to_string(dir.join(format!("{file}.yaml"))).unwrap();
        let questions: Vec<Question> = serde_norway::from_str(&yaml).unwrap();
        Self::new(name, schema_sql, questions, noise)
    }

    fn new(name: &str, schema_sql: String, questions: Vec<Question>, noise: usize) -> Self {
        let name = if noise > 0 {
            format!("{name}+{noise}")
        } else {
            name.to_owned()
        };
        Self {
            database: format!("recall_{}", name.replace('+', "_")),
            name,
            schema_sql,
            questions,
            noise,
        }
    }

    /// Loads the set, readies askpg on it, and retrieves every question's context.
    pub async fn measure(&self, cache: &Path) -> Measured {
        let noise_sql = noise::tables("public", self.noise, usize::MAX);
        create_database(&self.database, &[&self.schema_sql, &noise_sql]).await;
        let db = fixture().superuser_on(&self.database).await;
        let asker = ready_asker(&self.database, cache).await;
        let mut measured = Measured {
            name: self.name.clone(),
            startup: asker.1,
            tables: asker.2,
            ..Default::default()
        };
        let asker = asker.0;
        let knowledge = asker.knowledge().unwrap();
        for q in &self.questions {
            if let Err(err) = db.query(&q.sql, &[]).await {
                panic!("the SQL for {:?} fails: {err}\n{}", q.question, q.sql);
            }
            let needed = sql_columns::columns_used(&q.sql, |name| {
                knowledge
                    .corpus
                    .table(name)
                    .map(|(_, t)| t.columns.iter().map(|c| c.name.clone()).collect())
            });
            let started = Instant::now();
            let (context, _) = asker.context(&q.question).await.unwrap();
            measured.times.push(started.elapsed());
            measured.tokens.push(context.tokens);
            let shown: Vec<&str> = context
                .tables
                .iter()
                .map(|t| knowledge.corpus.tables[t.table].name.as_str())
                .collect();
            let why: Vec<String> = context
                .tables
                .iter()
                .map(|t| format!("{} ({})", knowledge.corpus.tables[t.table].name, t.why))
                .collect();
            let missing: Vec<&String> = needed
                .keys()
                .filter(|t| !shown.contains(&t.as_str()))
                .collect();
            measured.pairs += needed.len();
            measured.found += needed.len() - missing.len();
            measured.questions += 1;
            if missing.is_empty() {
                measured.complete += 1;
            } else {
                measured.misses.push(format!(
                    "{:?} {missing:?}; context has {}",
                    q.question,
                    why.join(", ")
                ));
            }
        }
        measured
    }
}

/// What one set measured.
#[derive(Debug, Default)]
pub struct Measured {
    pub name: String,
    pub tables: usize,
    pub questions: usize,
    pub complete: usize,
    pub pairs: usize,
    pub found: usize,
    pub tokens: Vec<usize>,
    pub times: Vec<Duration>,
    pub startup: Duration,
    pub misses: Vec<String>,
}

impl Measured {
    pub fn pair_recall(&self) -> f64 {
        self.found as f64 / self.pairs.max(1) as f64
    }

    pub fn header() -> String {
        format!(
            "{:<18} {:>6} {:>4} {:>16} {:>10} {:>11} {:>9} {:>17} {:>9}",
            "set",
            "tables",
            "qs",
            "(q,table) recall",
            "all tables",
            "tokens mean",
            "tokens p95",
            "retrieve p50/p95",
            "startup"
        )
    }

    pub fn line(&self) -> String {
        let mut tokens = self.tokens.clone();
        tokens.sort_unstable();
        let mut times = self.times.clone();
        times.sort_unstable();
        let mean = tokens.iter().sum::<usize>() as f64 / tokens.len().max(1) as f64;
        format!(
            "{:<18} {:>6} {:>4} {:>8.3} ({:>3}/{:<3}) {:>9.1}% {:>11.0} {:>9} {:>7.2}/{:<6.2}ms {:>7.0}ms",
            self.name,
            self.tables,
            self.questions,
            self.pair_recall(),
            self.found,
            self.pairs,
            100.0 * self.complete as f64 / self.questions.max(1) as f64,
            mean,
            percentile(&tokens, 0.95),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(self.startup),
        )
    }
}

fn percentile<T: Copy + Default>(sorted: &[T], p: f64) -> T {
    if sorted.is_empty() {
        return T::default();
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Creates `database` (dropping an older one), runs `scripts` in it, lets the reader role
/// read every schema, and analyzes it.
pub async fn create_database(database: &str, scripts: &[&str]) {
    let admin = fixture().superuser().await;
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {database}"))
        .await
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .await
        .unwrap();
    let db = fixture().superuser_on(database).await;
    for script in scripts {
        db.batch_execute(script)
            .await
            .expect("benchmark schema loads");
    }
    db.batch_execute(&format!(
        "GRANT CONNECT ON DATABASE {database} TO {READER};
         DO $$ DECLARE s text; BEGIN
           FOR s IN SELECT nspname FROM pg_namespace
                    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
             EXECUTE format('GRANT USAGE ON SCHEMA %I TO {READER}', s);
             EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO {READER}', s);
           END LOOP; END $$;
         ANALYZE;"
    ))
    .await
    .unwrap();
}

/// A configuration for `database` without a corpus directory.
pub fn config(database: &str, cache: &Path) -> Config {
    let mut config = base_config();
    config.upstream.url = Secret::new(format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{database}?sslmode=disable",
        fixture().port
    ));
    config.corpus.dir = String::new();
    config.embeddings.cache_dir = cache.display().to_string();
    config
}

/// An asker ready on `database`, with the time its load took and the tables it knows.
pub async fn ready_asker(database: &str, cache: &Path) -> (Asker, Duration, usize) {
    let config = config(database, cache);
    let guard = std::sync::Arc::new(Guard::new(&config.guard));
    let asker = Asker::from_config(&config, guard).unwrap();
    let started = Instant::now();
    asker.reload().await.expect("the corpus loads");
    let startup = started.elapsed();
    let tables = asker.knowledge().unwrap().corpus.tables.len();
    (asker, startup, tables)
}

/// Time to be ready on `schemas` × `per_schema` unrelated tables.
pub async fn startup(cache: &Path, schemas: usize, per_schema: usize) -> String {
    let scripts: Vec<String> = (0..schemas)
        .map(|s| noise::tables(&format!("dept{s}"), per_schema, 500))
        .collect();
    let scripts: Vec<&str> = scripts.iter().map(String::as_str).collect();
    create_database("recall_startup", &scripts).await;
    let (asker, first, tables) = ready_asker("recall_startup", cache).await;
    let started = Instant::now();
    asker.reload().await.unwrap();
    let again = started.elapsed();
    // The two parts of a reload: loading the corpus from the upstream, building the index.
    let config = config("recall_startup", cache);
    let started = Instant::now();
    let corpus = askpg::ask::load::load(&config, &Guard::new(&config.guard))
        .await
        .unwrap();
    let load = started.elapsed();
    let started = Instant::now();
    let embedder = askpg::ask::embed::LocalEmbedder::new();
    askpg::ask::retrieve::Knowledge::build(corpus, &embedder)
        .await
        .unwrap();
    let build = started.elapsed();
    format!(
        "startup on {tables} tables: {:.0} ms to ready (a reload: {:.0} ms; loading the \
         corpus {:.0} ms, building the index {:.0} ms)",
        ms(first),
        ms(again),
        ms(load),
        ms(build)
    )
}
