//! One question scored: asked through the same pipeline as an `ASK`, then its SQL and the
//! gold SQL run on the upstream in a read-only session pinned like a client's, and their
//! rows compared ([`super::compare`]).

use std::time::{Duration, Instant};

use serde::Serialize;
use tokio_postgres::{Client, SimpleQueryMessage};

use super::compare::{compare, ResultSet};
use super::golden::Entry;
use crate::ask::cache::{CacheReport, CacheStatus};
use crate::ask::pipeline::{Asker, Mode};
use crate::ask::AskError;
use crate::config::Config;
use crate::role_audit::AuditError;

/// How a question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The answer's rows are the gold's.
    Right,
    /// The answer ran and its rows are not the gold's.
    Wrong,
    /// askpg declined to answer: no SQL (the built-in generator found no match, or the
    /// model said it cannot answer).
    Refused,
    /// The gold SQL failed, the LLM failed, the generated SQL never passed validation or
    /// failed when run, or the deadline passed.
    Error,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Right => "right",
            Status::Wrong => "wrong",
            Status::Refused => "refused",
            Status::Error => "error",
        }
    }
}

/// What happened to one question.
#[derive(Debug, Clone)]
pub struct Scored {
    pub status: Status,
    /// The generated SQL (for SQL that never passed validation, the last one tried).
    pub sql: Option<String>,
    pub repairs: u32,
    /// `off`, `bypass`, `miss`, `hit:exact` or `hit:semantic`.
    pub cache: String,
    /// From the question to validated SQL (or to the error): the pipeline's time, not the
    /// time the SQL takes to run.
    pub latency: Duration,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    /// Why the question is not right.
    pub detail: Option<String>,
}

/// Asks one question and scores its answer against the gold SQL.
pub async fn score(asker: &Asker, entry: &Entry, session: &mut ReadOnlySession) -> Scored {
    let started = Instant::now();
    let answered = asker.answer(&entry.question, &[], Mode::Run).await;
    let latency = started.elapsed();
    let (answer, report) = match answered {
        Ok(answer) => (Ok(answer.sql), answer.report),
        Err((err, report)) => (Err(err), report),
    };
    let sql = match &answer {
        Ok(sql) => Some(sql.clone()),
        Err(AskError::Invalid { sql, .. }) => Some(sql.clone()),
        Err(_) => None,
    };
    let max_rows = asker.config().ask.max_rows;
    let (status, detail) = judge(answer, entry, session, max_rows).await;
    Scored {
        status,
        sql,
        repairs: report.repairs,
        cache: cache_label(&report.cache),
        latency,
        prompt_tokens: report.prompt_tokens,
        completion_tokens: report.completion_tokens,
        detail,
    }
}

/// The status of an answer. A gold SQL that fails makes the question an error whatever
/// the answer: nothing can be judged against it.
async fn judge(
    answer: Result<String, AskError>,
    entry: &Entry,
    session: &mut ReadOnlySession,
    max_rows: u64,
) -> (Status, Option<String>) {
    let gold = match session.fetch(&entry.sql, max_rows).await {
        Err(err) => return (Status::Error, Some(format!("the gold SQL failed: {err}"))),
        Ok(gold) if gold.rows.len() as u64 > max_rows => {
            let detail = format!(
                "the gold SQL returns more than ask.max_rows ({max_rows}) rows, the most an answer returns"
            );
            return (Status::Error, Some(detail));
        }
        Ok(gold) => gold,
    };
    let sql = match answer {
        Ok(sql) => sql,
        Err(AskError::Unanswerable { message, .. }) => return (Status::Refused, Some(message)),
        Err(err) => {
            return (
                Status::Error,
                Some(format!("{}: {err}", err.failure().label())),
            )
        }
    };
    match session.fetch(&sql, max_rows).await {
        Err(err) => (
            Status::Error,
            Some(format!("the generated SQL failed: {err}")),
        ),
        Ok(rows) => match compare(&gold, &rows, entry.order_matters) {
            Ok(note) => (Status::Right, note),
            Err(difference) => (Status::Wrong, Some(difference)),
        },
    }
}

fn cache_label(report: &CacheReport) -> String {
    match (report.status, report.tier) {
        (CacheStatus::Hit, Some(tier)) => format!("hit:{}", tier.label()),
        (CacheStatus::Hit, None) => "hit".into(),
        (CacheStatus::Miss, _) => "miss".into(),
        (CacheStatus::Bypass, _) => "bypass".into(),
        (CacheStatus::Off, _) => "off".into(),
    }
}

/// A side connection with the configured role, pinned read-only with the guard's timeouts
/// exactly as client sessions are; reopened when it breaks.
pub struct ReadOnlySession {
    config: Config,
    client: Option<Client>,
}

/// The cursor results are read through, so a result is read no further than needed.
const CURSOR: &str = "askpg_eval";

impl ReadOnlySession {
    pub fn new(config: &Config) -> Self {
        Self {
            config: config.clone(),
            client: None,
        }
    }

    async fn client(&mut self) -> Result<&Client, String> {
        if self.client.as_ref().is_none_or(Client::is_closed) {
            let client = crate::role_audit::side_connection(&self.config)
                .await
                .map_err(|e| match e {
                    AuditError::Unreachable(e) => format!("cannot reach the upstream: {e}"),
                    other => other.to_string(),
                })?;
            client
                .batch_execute(&crate::upstream::pin_sql(&self.config.guard))
                .await
                .map_err(|e| describe(&e))?;
            self.client = Some(client);
        }
        Ok(self.client.as_ref().expect("connected above"))
    }

    /// The first `max_rows + 1` rows of one query, in a read-only transaction.
    pub async fn fetch(&mut self, sql: &str, max_rows: u64) -> Result<ResultSet, String> {
        let client = self.client().await?;
        let fetched = async {
            client
                .batch_execute(&format!(
                    "BEGIN READ ONLY; DECLARE {CURSOR} NO SCROLL CURSOR FOR\n{sql}\n"
                ))
                .await?;
            client
                .simple_query(&format!("FETCH FORWARD {} FROM {CURSOR}", max_rows + 1))
                .await
        }
        .await;
        let ended = client.batch_execute("ROLLBACK").await;
        let messages = fetched.map_err(|e| describe(&e))?;
        ended.map_err(|e| describe(&e))?;
        Ok(result_set(messages))
    }
}

fn result_set(messages: Vec<SimpleQueryMessage>) -> ResultSet {
    let mut result = ResultSet::default();
    for message in messages {
        match message {
            SimpleQueryMessage::RowDescription(columns) => result.columns = columns.len(),
            SimpleQueryMessage::Row(row) => result.rows.push(
                (0..row.len())
                    .map(|i| row.get(i).map(str::to_owned))
                    .collect(),
            ),
            _ => {}
        }
    }
    result
}

/// The upstream's error as `SQLSTATE message`, or the connection's failure.
fn describe(err: &tokio_postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!("{} {}", db.code().code(), db.message()),
        None => err.to_string(),
    }
}
