//! Cache test harness: askpg in-process with the fake LLM answering each question with its
//! gold SQL (so a fresh generation is always available), sessions that tell from the audit
//! log what the cache did for each question, and the gold rows PostgreSQL returns.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use askpg::config::Config;
use serde_json::Value;

use super::ask::text_rows;
use super::fake_llm::{asked_question, FakeLlm, Reply};
use super::{Proxy, CLIENT_PASSWORD, CLIENT_USER};

pub type Rows = Vec<Vec<Option<String>>>;

/// Questions and the SQL the fake LLM answers them with.
#[derive(Clone, Default)]
pub struct Answers(Arc<Mutex<HashMap<String, String>>>);

impl Answers {
    pub fn add(&self, question: &str, sql: &str) {
        let mut answers = self.0.lock().unwrap();
        if let Some(earlier) = answers.insert(question.to_owned(), sql.to_owned()) {
            assert_eq!(earlier, sql, "two gold queries for {question:?}");
        }
    }

    /// The fake LLM answers each question with its SQL, and fails on any other.
    fn serve(&self, llm: &FakeLlm) {
        let answers = self.clone();
        llm.respond_with(move |request| {
            let question = asked_question(request).unwrap_or_default();
            match answers.0.lock().unwrap().get(question) {
                Some(sql) => Reply::Content(format!("```sql\n{sql}\n```")),
                None => Reply::Status(
                    400,
                    format!("{{\"error\":\"no gold SQL for {question:?}\"}}"),
                ),
            }
        });
    }
}

/// askpg on `database`, the fake LLM and the audit log.
pub struct Harness {
    pub proxy: Proxy,
    pub llm: FakeLlm,
    pub answers: Answers,
    database: String,
    audit: PathBuf,
    _dirs: Vec<tempfile::TempDir>,
}

impl Harness {
    /// askpg with `config(embeddings cache dir)`, pointed at the fake LLM and an audit log,
    /// then changed by `tweak`; sessions connect to `database`.
    pub async fn start(
        database: &str,
        config: impl FnOnce(&Path) -> Config,
        tweak: impl FnOnce(&mut Config),
    ) -> Harness {
        let llm = FakeLlm::start();
        let answers = Answers::default();
        answers.serve(&llm);
        let embeddings = tempfile::tempdir().unwrap();
        let logs = tempfile::tempdir().unwrap();
        let audit = logs.path().join("audit.jsonl");
        let mut config = config(embeddings.path());
        config.llm.base_url = llm.base_url();
        config.llm.model = "test-model".into();
        config.llm.timeout = Duration::from_secs(10);
        config.audit.path = audit.display().to_string();
        config.admin.users = vec![CLIENT_USER.into()];
        tweak(&mut config);
        Harness {
            proxy: Proxy::start(config).await,
            llm,
            answers,
            database: database.to_owned(),
            audit,
            _dirs: vec![embeddings, logs],
        }
    }
}

/// One client session; questions are asked one at a time across sessions, so each ASK
/// adds exactly one audit line.
pub struct Session {
    client: tokio_postgres::Client,
    audit: PathBuf,
}

/// What askpg did with one question.
#[derive(Debug)]
pub struct Asked {
    pub rows: Result<Rows, String>,
    pub sql: Option<String>,
    pub cache: Value,
}

impl Asked {
    pub fn status(&self) -> &str {
        self.cache["status"].as_str().unwrap_or_default()
    }

    pub fn tier(&self) -> &str {
        self.cache["tier"].as_str().unwrap_or_default()
    }

    pub fn entry(&self) -> Option<u64> {
        self.cache["entry"]["id"].as_u64()
    }

    /// The entry this question's SQL lives in now: the one it came from, or the one stored.
    pub fn owning_entry(&self) -> Option<u64> {
        match self.status() {
            "hit" => self.entry(),
            _ => self.cache["stored"].as_u64(),
        }
    }
}

pub fn describe(err: &tokio_postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!("{} {} ({:?})", db.code().code(), db.message(), db.detail()),
        None => err.to_string(),
    }
}

impl Session {
    pub async fn open(harness: &Harness) -> Session {
        let conninfo = format!(
            "host=127.0.0.1 port={} user={CLIENT_USER} password={CLIENT_PASSWORD} dbname={} sslmode=disable",
            harness.proxy.port(),
            harness.database
        );
        let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
            .await
            .expect("connect through askpg");
        tokio::spawn(conn);
        Session {
            client,
            audit: harness.audit.clone(),
        }
    }

    pub async fn query(&self, sql: &str) -> Result<Rows, String> {
        self.client
            .simple_query(sql)
            .await
            .map(|m| text_rows(&m))
            .map_err(|e| describe(&e))
    }

    /// Asks through askpg; the audit line written for it tells what the cache did.
    pub async fn ask(&mut self, question: &str) -> Asked {
        let before = audit_lines(&self.audit).len();
        let rows = self.query(&format!("ASK $q${question}$q$")).await;
        let lines = audit_lines(&self.audit);
        assert_eq!(lines.len(), before + 1, "one audit line per ASK");
        let line = lines.last().unwrap();
        Asked {
            rows,
            sql: line["sql"].as_str().map(str::to_owned),
            cache: line["cache"].clone(),
        }
    }

    /// EXPLAIN (FORMAT JSON) ASK: the report, without running or storing anything.
    pub async fn explain(&mut self, question: &str) -> Value {
        let rows = self
            .query(&format!("EXPLAIN (FORMAT JSON) ASK $q${question}$q$"))
            .await
            .unwrap_or_else(|e| panic!("{question}: {e}"));
        let report: Value = serde_json::from_str(rows[0][0].as_deref().unwrap()).unwrap();
        report[0].clone()
    }

    pub async fn explain_text(&mut self, question: &str) -> String {
        let rows = self
            .query(&format!("EXPLAIN ASK $q${question}$q$"))
            .await
            .unwrap_or_else(|e| panic!("{question}: {e}"));
        rows.into_iter()
            .map(|r| r[0].clone().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// `SHOW askpg.cache` as name → value.
    pub async fn cache_status(&self) -> BTreeMap<String, String> {
        self.query("SHOW askpg.cache")
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r[0].clone().unwrap(), r[1].clone().unwrap()))
            .collect()
    }
}

fn audit_lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Rows PostgreSQL itself returns, remembered per query.
#[derive(Default)]
pub struct Gold {
    rows: HashMap<String, Rows>,
}

impl Gold {
    pub async fn rows(&mut self, db: &tokio_postgres::Client, sql: &str) -> Rows {
        if let Some(rows) = self.rows.get(sql) {
            return rows.clone();
        }
        let rows = text_rows(
            &db.simple_query(sql)
                .await
                .unwrap_or_else(|e| panic!("gold SQL fails: {}\n{sql}", describe(&e))),
        );
        assert!(
            rows.len() < 1000,
            "gold results stay under ask.max_rows: {sql}"
        );
        self.rows.insert(sql.to_owned(), rows.clone());
        rows
    }
}
