//! One client session's questions, from the relay's point of view. The relay hands a
//! recognized question to [`Questions::answer`] and gets back what to send upstream in its
//! place, and a [`QuestionReply`] that travels with the relay's queue of pending replies to
//! the client-writing direction: the notice to send first, then the rows and errors of the
//! answer, and at its ReadyForQuery the audit line and metrics. Nothing else in the relay
//! knows what a question is.

use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use bytes::BytesMut;

use super::audit::{AuditLog, AuditRecord, Outcome};
use super::pipeline::{Asker, Mode, Report};
use super::statement::AskStatement;
use super::{AskError, Turn};
use crate::error::ClientError;
use crate::metrics::{StatementOutcome, METRICS};

/// The questions of one client session: who asks, the session's earlier questions (for
/// follow-ups), and the cancel handle a CancelRequest trips.
pub struct Questions {
    asker: Arc<Asker>,
    user: String,
    /// Whom the session is upstream: its questions see what that role may read.
    identity: crate::identity::Identity,
    /// The role the session's statements run as (audit lines).
    upstream_role: String,
    /// The session's metrics labels: user and upstream role, from a fixed set.
    metric_labels: (String, String),
    application_name: String,
    /// Session number (log and audit correlation).
    session_id: u64,
    /// Woken by a CancelRequest for this session: stops a question in flight.
    cancel: Arc<crate::cancel::AskCancel>,
    history: Vec<Turn>,
    asked: u64,
    span: tracing::Span,
    /// Set when the session is on another database than the corpus describes: every
    /// question is refused with it.
    other_database: Option<AskError>,
}

/// What goes upstream in the question's place.
#[derive(Debug)]
pub enum Replacement {
    /// The SQL to run: the generated query, or the EXPLAIN ASK report as a `VALUES` query.
    Sql(String),
    /// No SQL: the client gets this error.
    Refused(ClientError),
}

/// An answered question: its replacement, and what the client-writing side does with the
/// reply.
pub struct Answered {
    pub replacement: Replacement,
    pub reply: Box<QuestionReply>,
}

/// The reply to a question as it streams back to the client.
pub struct QuestionReply {
    explain: bool,
    /// NoticeResponse carrying the generated SQL, sent before the first answer message.
    notice: Option<BytesMut>,
    audit: Option<(Arc<AuditLog>, AuditRecord)>,
    /// When the question arrived.
    started: Instant,
    /// When its SQL went upstream.
    sent: Instant,
    rows: u64,
    /// The upstream's error, `SQLSTATE: message`.
    upstream_error: Option<String>,
}

impl Questions {
    pub fn new(
        asker: Arc<Asker>,
        user: String,
        application_name: String,
        session_id: u64,
        cancel: Arc<crate::cancel::AskCancel>,
        span: tracing::Span,
    ) -> Self {
        Self {
            asker,
            user,
            identity: crate::identity::Identity::Configured,
            upstream_role: String::new(),
            metric_labels: Default::default(),
            application_name,
            session_id,
            cancel,
            history: Vec::new(),
            asked: 0,
            span,
            other_database: None,
        }
    }

    /// Lets askpg learn from a plain SQL statement this session sends upstream (a Query's
    /// text or a Parse's, once the guard has let it through). Never blocks: the text is
    /// queued for the main runtime, or dropped when the queue is full.
    pub fn observe_sql(&self, sql: &str) {
        self.asker.observe_sql_as(&self.identity, sql);
    }

    /// The session reaches the upstream as `identity`, whose statements run as
    /// `upstream_role`; `labels` are its metrics labels (user, role).
    pub fn as_identity(
        mut self,
        identity: crate::identity::Identity,
        upstream_role: &str,
        labels: (&str, &str),
    ) -> Self {
        self.identity = identity;
        self.upstream_role = upstream_role.to_owned();
        self.metric_labels = (labels.0.to_owned(), labels.1.to_owned());
        self
    }

    /// The session is on `database`; questions are answered only on `served`, the
    /// database whose corpus and catalog askpg knows.
    pub fn on_database(mut self, database: &str, served: &str) -> Self {
        self.other_database = (database != served).then(|| AskError::OtherDatabase {
            database: database.to_owned(),
            served: served.to_owned(),
        });
        self
    }

    /// Answers a question. The work runs on the main runtime, off the session threads, so
    /// that retrieval and generation never hold up other sessions' traffic. A CancelRequest
    /// stops it, and so does `hang_up` completing (the client disconnected): then `None`,
    /// since nobody is left to answer.
    pub async fn answer(
        &mut self,
        statement: AskStatement,
        hang_up: impl Future<Output = ()>,
    ) -> Option<Answered> {
        let started = Instant::now();
        self.asked += 1;
        METRICS.identity_question(&self.metric_labels.0, &self.metric_labels.1);
        let question = statement.question;
        let explain = statement.explain;
        let span = tracing::info_span!(
            parent: &self.span,
            "ask",
            session = self.session_id,
            statement = self.asked
        );
        let mode = if explain.is_some() {
            Mode::Explain
        } else {
            Mode::Run
        };
        let answered = if let Some(err) = &self.other_database {
            Some(Ok(Err((err.clone(), failed_report(&question, err)))))
        } else {
            let work = {
                let asker = self.asker.clone();
                let question = question.clone();
                let history = self.history.clone();
                let identity = self.identity.clone();
                tracing::Instrument::instrument(
                    async move { asker.answer_as(&identity, &question, &history, mode).await },
                    span,
                )
            };
            let work = tokio_util::task::AbortOnDropHandle::new(self.asker.runtime().spawn(work));
            tokio::select! {
                answered = self.cancel.run(work) => answered,
                () = hang_up => {
                    self.abandoned(&question, explain.is_some(), started);
                    return None;
                }
            }
        };
        let (sql, report, error) = match answered {
            Some(Ok(Ok(answer))) => (Some(answer.sql), answer.report, None),
            Some(Ok(Err((err, report)))) => (None, report, Some(err)),
            Some(Err(join)) => {
                let err = AskError::Service(format!("the question's work failed: {join}"));
                (None, failed_report(&question, &err), Some(err))
            }
            None => (
                None,
                failed_report(&question, &AskError::Cancelled),
                Some(AskError::Cancelled),
            ),
        };
        // EXPLAIN ASK shows why no SQL came out, unless nothing could be learned.
        let replacement = match (explain, &sql, &error) {
            (Some(format), _, None | Some(AskError::Unanswerable { .. }))
            | (Some(format), _, Some(AskError::Invalid { .. })) => {
                Replacement::Sql(super::explain::sql(&report, format))
            }
            (None, Some(sql), _) => Replacement::Sql(sql.clone()),
            (_, _, err) => {
                Replacement::Refused(err.as_ref().unwrap_or(&AskError::Cancelled).to_client())
            }
        };
        let outcome = match (&error, &replacement) {
            (None, _) => Outcome::Ok,
            (Some(err), Replacement::Sql(_)) => Outcome::Explained(err.failure()),
            (Some(err), Replacement::Refused(_)) => Outcome::Failed(err.failure()),
        };
        self.span.in_scope(|| match &error {
            None => {
                tracing::info!(question = %question, cache = report.cache.label(), "ASK answered")
            }
            Some(err) => tracing::info!(question = %question, error = %err, "ASK not answered"),
        });
        if let (None, Some(sql)) = (explain, &sql) {
            self.remember(&question, sql);
        }
        let notice = match (explain, &sql) {
            (None, Some(sql)) if self.asker.config().ask.notice_sql => {
                Some(sql_notice(sql, &report))
            }
            _ => None,
        };
        let client_error = match &replacement {
            Replacement::Refused(err) => Some(format!("{}: {}", err.code, err.message)),
            Replacement::Sql(_) => None,
        };
        let audit = self
            .record(&question, explain.is_some(), sql, &report, started)
            .map(|(log, mut record)| {
                record.outcome = outcome;
                record.error = client_error;
                (log, record)
            });
        Some(Answered {
            replacement,
            reply: Box::new(QuestionReply {
                explain: explain.is_some(),
                notice,
                audit,
                started,
                sent: Instant::now(),
                rows: 0,
                upstream_error: None,
            }),
        })
    }

    /// Keeps the question and its SQL for follow-ups, up to `ask.history_turns`.
    fn remember(&mut self, question: &str, sql: &str) {
        self.history.push(Turn {
            question: question.to_owned(),
            sql: sql.to_owned(),
        });
        let keep = self.asker.config().ask.history_turns.max(1) as usize;
        if self.history.len() > keep {
            self.history.drain(..self.history.len() - keep);
        }
    }

    /// The client disconnected before its question was answered.
    fn abandoned(&self, question: &str, explain: bool, started: Instant) {
        self.span.in_scope(
            || tracing::info!(question = %question, "ASK abandoned: the client disconnected"),
        );
        let report = failed_report(question, &AskError::Cancelled);
        if let Some((log, mut record)) = self.record(question, explain, None, &report, started) {
            record.outcome = Outcome::ClientGone;
            record.latency_ms = record.generation_ms;
            log.write(&record);
        }
    }

    /// The audit line as far as the question's answer goes, when there is an audit log.
    fn record(
        &self,
        question: &str,
        explain: bool,
        sql: Option<String>,
        report: &Report,
        started: Instant,
    ) -> Option<(Arc<AuditLog>, AuditRecord)> {
        let log = self.asker.audit.clone()?;
        let record = AuditRecord {
            time: super::audit::now(),
            session: self.session_id,
            statement: self.asked,
            user: self.user.clone(),
            upstream_role: self.upstream_role.clone(),
            application_name: self.application_name.clone(),
            question: question.to_owned(),
            explain,
            sql,
            generator: report.generator.clone(),
            model: report.model.clone(),
            route: report.route.clone(),
            cache: report.cache.clone(),
            corpus_version: report.corpus_version.clone(),
            derived_from: report.derived_from.clone(),
            repairs: report.repairs,
            prompt_tokens: report.prompt_tokens,
            completion_tokens: report.completion_tokens,
            generation_ms: started.elapsed().as_secs_f64() * 1000.0,
            latency_ms: 0.0,
            rows: 0,
            outcome: Outcome::Ok,
            error: None,
        };
        Some((log, record))
    }
}

impl QuestionReply {
    /// The notice to send before the first message of the answer (once).
    pub fn take_notice(&mut self) -> Option<BytesMut> {
        self.notice.take()
    }

    /// A CommandComplete of the answer, counting `rows`.
    pub fn completed(&mut self, rows: u64) {
        self.rows += rows;
    }

    /// The upstream answered with an error.
    pub fn upstream_error(&mut self, code: &str, message: &str) {
        self.upstream_error = Some(format!("{code}: {message}"));
    }

    /// The answer ended with its ReadyForQuery: metrics and the audit line.
    pub fn finish(self, outcome: StatementOutcome) {
        METRICS.ask_statement(self.explain, outcome);
        if !self.explain && outcome != StatementOutcome::Refused {
            METRICS.ask_stage("execution", self.sent.elapsed());
        }
        if let Some((log, mut record)) = self.audit {
            record.latency_ms = self.started.elapsed().as_secs_f64() * 1000.0;
            if !self.explain {
                record.rows = self.rows;
            }
            if let (Some(error), None) = (self.upstream_error, &record.error) {
                record.outcome = Outcome::ExecutionError;
                record.error = Some(error);
            }
            log.write(&record);
        }
    }
}

/// What is known of a question that failed before the pipeline could say more.
fn failed_report(question: &str, err: &AskError) -> Report {
    Report {
        question: question.to_owned(),
        error: Some(err.to_string()),
        ..Default::default()
    }
}

/// The NoticeResponse showing the generated SQL to the client (psql prints it).
fn sql_notice(sql: &str, report: &Report) -> BytesMut {
    let mut detail = format!("generator: {}", report.generator);
    if !report.model.is_empty() && report.model != report.generator {
        detail.push_str(&format!(" ({})", report.model));
    }
    if let Some(from) = &report.derived_from {
        detail.push_str(&format!("; derived from {from}"));
    }
    if report.repairs > 0 {
        detail.push_str(&format!("; repairs: {}", report.repairs));
    }
    if report.cache.status == super::cache::CacheStatus::Hit {
        detail.push_str(&format!("; cache: {}", report.cache.label()));
    }
    let mut buf = BytesMut::new();
    crate::error::encode_notice(&format!("askpg SQL:\n{sql}"), &detail, &mut buf);
    buf
}
