//! Client → upstream. Frontend messages are forwarded unchanged (format codes, max_rows and
//! all), except those askpg refuses, which become sentinels (see the module above).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::halves::{ReadHalf, WriteHalf};

use super::mailbox::{CloseOnDrop, Mailbox};
use super::{AskSession, AskSlot, RelayLimits, Shared, ToClient, ToUpstream};
use crate::ask::statement::AskStatement;
use crate::ask::{AskError, Turn};
use crate::error::ClientError;
use crate::metrics::METRICS;
use crate::protocol;

struct ToUpstreamRelay {
    shared: Arc<Shared>,
    upstream: WriteHalf,
    guard: Option<Arc<crate::guard::Guard>>,
    pin_sql: Arc<str>,
    /// A Parse reset session settings: re-pin after the next Sync.
    repin_at_sync: bool,
    verdicts: crate::guard::VerdictCache,
    ask: Option<AskSession>,
    admin: Option<crate::admin::Admin>,
    /// This session's earlier questions and their SQL (for follow-ups).
    history: Vec<Turn>,
    asks_answered: u64,
    /// The session's span, for what this direction logs.
    span: tracing::Span,
}

/// A question found in a Query or Parse message.
struct AskWork {
    statement: AskStatement,
    /// The prepared statement name for a Parse; `None` for a simple Query.
    parse_name: Option<String>,
    /// The sync point whose ReadyForQuery ends this statement.
    slot: u64,
}

/// What happens to one client message.
enum Action {
    Forward,
    /// Forward it, then re-apply the pinned session settings.
    ForwardThenRepin,
    /// Forward these bytes instead (a sentinel).
    Replace(BytesMut),
    Drop,
    /// Forward it, then stop.
    Terminate,
    /// Answer the question, then forward its SQL (or a sentinel) in the message's place.
    Ask(Box<AskWork>),
    /// Answer an admin statement the same way.
    Admin(crate::admin::AdminStatement, Option<String>, u64),
}

pub(super) async fn run(
    mut client: ReadHalf,
    upstream: WriteHalf,
    shared: Arc<Shared>,
    limits: RelayLimits,
    to_client: Arc<Mailbox<ToClient>>,
    mailbox: Arc<Mailbox<ToUpstream>>,
) {
    // However this direction ends, the other one learns that the client has gone.
    let _close = CloseOnDrop(to_client.clone());
    let mut relay = ToUpstreamRelay {
        shared,
        upstream,
        guard: limits.guard.clone(),
        pin_sql: limits.pin_sql.clone(),
        repin_at_sync: false,
        verdicts: crate::guard::VerdictCache::default(),
        ask: limits.ask.clone(),
        admin: limits.admin.clone(),
        history: Vec::new(),
        asks_answered: 0,
        span: limits.span.clone(),
    };
    let mut buf = BytesMut::with_capacity(8 * 1024);
    loop {
        tokio::select! {
            biased;
            message = mailbox.next() => match message {
                Some(ToUpstream::AbortCopyIn(token)) => {
                    let mut fail = BytesMut::new();
                    let _ = postgres_protocol::message::frontend::copy_fail(&token, &mut fail);
                    if relay.send(&fail).await.is_err() {
                        return;
                    }
                }
                Some(ToUpstream::Terminate) | None => {
                    let _ = relay.send(&terminate()).await;
                    return;
                }
            },
            read = client.read_buf(&mut buf) => {
                if !matches!(read, Ok(n) if n > 0) {
                    let _ = relay.send(&terminate()).await;
                    return;
                }
                crate::workers::note_activity(Arc::as_ptr(&relay.shared) as usize, false);
                match relay.forward(&mut client, &mut buf, limits.max_message_bytes).await {
                    Ok(true) => {}
                    Ok(false) => return,
                    Err(Some(err)) => {
                        to_client.post(ToClient::Fatal(err));
                        return;
                    }
                    Err(None) => return,
                }
            }
        }
    }
}

impl ToUpstreamRelay {
    /// Relays every complete message in `buf`, writing runs of unchanged messages straight
    /// from the buffer. Ok(false) after Terminate; Err(Some) for a protocol error to report,
    /// Err(None) when the upstream is gone.
    async fn forward(
        &mut self,
        client: &mut ReadHalf,
        buf: &mut BytesMut,
        max_message: usize,
    ) -> Result<bool, Option<ClientError>> {
        let mut scan = 0;
        let mut run_start = 0;
        let mut keep_going = true;
        while keep_going {
            let len = match protocol::frame_len(&buf[scan..], max_message).map_err(Some)? {
                Some(len) if buf.len() - scan >= len => len,
                Some(len) => {
                    buf.reserve(len);
                    break;
                }
                None => break,
            };
            let action = self.classify(&buf[scan..scan + len]);
            match action {
                Action::Forward => {}
                Action::ForwardThenRepin => {
                    // Registered before anything is written, so the answer cannot be seen
                    // before askpg knows it is its own.
                    let sync_point = self.sync_point();
                    self.shared.add_internal(sync_point);
                    self.write(&buf[run_start..scan + len]).await?;
                    let pin = protocol::query_message(&self.pin_sql);
                    self.write(&pin).await?;
                    run_start = scan + len;
                }
                Action::Terminate => keep_going = false,
                Action::Admin(statement, parse_name, slot) => {
                    self.write(&buf[run_start..scan]).await?;
                    self.upstream.flush().await.map_err(|_| None)?;
                    let replacement = self.answer_admin(statement, parse_name, slot).await;
                    self.write(&replacement).await?;
                    run_start = scan + len;
                }
                Action::Ask(work) => {
                    // What precedes the question goes now, so the upstream works on it
                    // while the question is answered.
                    self.write(&buf[run_start..scan]).await?;
                    self.upstream.flush().await.map_err(|_| None)?;
                    let Some(replacement) = self.answer(*work, client, buf, max_message).await
                    else {
                        // The client hung up meanwhile: nobody is left to answer.
                        let _ = self.send(&terminate()).await;
                        return Ok(false);
                    };
                    self.write(&replacement).await?;
                    run_start = scan + len;
                }
                Action::Replace(_) | Action::Drop => {
                    self.write(&buf[run_start..scan]).await?;
                    if let Action::Replace(bytes) = action {
                        self.write(&bytes).await?;
                    }
                    run_start = scan + len;
                }
            }
            scan += len;
        }
        self.write(&buf[run_start..scan]).await?;
        self.upstream.flush().await.map_err(|_| None)?;
        buf.advance(scan);
        if buf.capacity() < 4096 {
            buf.reserve(8 * 1024);
        }
        Ok(keep_going)
    }

    async fn write(&mut self, bytes: &[u8]) -> Result<(), Option<ClientError>> {
        if bytes.is_empty() {
            return Ok(());
        }
        self.upstream.write_all(bytes).await.map_err(|_| None)?;
        crate::metrics::METRICS
            .bytes_to_upstream
            .inc_by(bytes.len() as u64);
        Ok(())
    }

    async fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.upstream.write_all(bytes).await?;
        self.upstream.flush().await
    }

    /// The guard's verdict on a statement text (everything passes without a guard).
    fn check(&mut self, sql: Option<&str>) -> Result<crate::guard::Verdict, ClientError> {
        match (&self.guard, sql) {
            (None, _) => Ok(crate::guard::Verdict::default()),
            (Some(guard), Some(sql)) => self.verdicts.check(guard, sql),
            (Some(_), None) => Err(crate::guard::invalid_utf8()),
        }
    }

    /// Decides what goes upstream for one client message.
    fn classify(&mut self, frame: &[u8]) -> Action {
        let body = &frame[protocol::HEADER_LEN..];
        match frame[0] {
            b'Q' => {
                let sync_point = self.sync_point();
                let sql = protocol::query_text(body);
                if let Some(action) = self.recognize(sql, None, sync_point) {
                    return action;
                }
                match self.check(sql) {
                    Err(err) => {
                        METRICS.guard_refusal(err.code);
                        Action::Replace(self.sentinel_query(&err, sync_point))
                    }
                    Ok(verdict) if verdict.resets_session => Action::ForwardThenRepin,
                    Ok(_) => Action::Forward,
                }
            }
            b'P' => {
                let parts = protocol::parse_parts(body);
                if let Some((name, sql)) = parts {
                    let slot = self.shared.sync_points_sent.load(Ordering::Acquire) + 1;
                    if let Some(action) = self.recognize(Some(sql), Some(name), slot) {
                        return action;
                    }
                }
                match self.check(parts.map(|(_, sql)| sql)) {
                    Err(err) => {
                        METRICS.guard_refusal(err.code);
                        let name = parts.map(|(name, _)| name).unwrap_or_default().to_owned();
                        let closes_at = self.shared.sync_points_sent.load(Ordering::Acquire) + 1;
                        let token = self.shared.refuse(&err, closes_at);
                        Action::Replace(protocol::parse_message(&name, &token))
                    }
                    Ok(verdict) => {
                        self.repin_at_sync |= verdict.resets_session;
                        Action::Forward
                    }
                }
            }
            b'S' => {
                self.sync_point();
                if std::mem::take(&mut self.repin_at_sync) {
                    Action::ForwardThenRepin
                } else {
                    Action::Forward
                }
            }
            b'F' => {
                let sync_point = self.sync_point();
                METRICS.guard_refusal(crate::error::sqlstate::FEATURE_NOT_SUPPORTED);
                Action::Replace(
                    self.sentinel_query(&crate::guard::function_call_refused(), sync_point),
                )
            }
            // Copy-in messages outside COPY-in mode are ignored, as PostgreSQL does; askpg
            // never lets the upstream enter COPY-in mode.
            b'd' | b'c' | b'f' => Action::Drop,
            b'X' => Action::Terminate,
            _ => Action::Forward,
        }
    }

    /// What askpg answers itself: an admin statement or a question.
    fn recognize(
        &mut self,
        sql: Option<&str>,
        parse_name: Option<&str>,
        slot: u64,
    ) -> Option<Action> {
        // Both forms contain "ask" ("askpg"); ordinary SQL rarely does.
        if !protocol::mentions(sql?, "ask") {
            return None;
        }
        self.recognize_admin(sql, parse_name, slot)
            .or_else(|| self.recognize_ask(sql, parse_name, slot))
    }

    /// An Ask action when `sql` is a question (or a refusal when it is a malformed or mixed
    /// one); `None` for ordinary SQL.
    fn recognize_ask(
        &mut self,
        sql: Option<&str>,
        parse_name: Option<&str>,
        slot: u64,
    ) -> Option<Action> {
        self.ask.as_ref()?;
        match crate::ask::statement::recognize(sql?) {
            Ok(None) => None,
            Ok(Some(statement)) => Some(Action::Ask(Box::new(AskWork {
                statement,
                parse_name: parse_name.map(str::to_owned),
                slot,
            }))),
            Err(err) => {
                METRICS.guard_refusal(err.code);
                let token = self.shared.refuse(&err, slot);
                Some(Action::Replace(match parse_name {
                    Some(name) => protocol::parse_message(name, &token),
                    None => protocol::query_message(&token),
                }))
            }
        }
    }

    fn recognize_admin(
        &self,
        sql: Option<&str>,
        parse_name: Option<&str>,
        slot: u64,
    ) -> Option<Action> {
        self.admin.as_ref()?;
        let statement = crate::admin::recognize(sql?)?;
        Some(Action::Admin(
            statement,
            parse_name.map(str::to_owned),
            slot,
        ))
    }

    /// The upstream's answer to an admin statement (rows from VALUES) or a sentinel.
    async fn answer_admin(
        &mut self,
        statement: crate::admin::AdminStatement,
        parse_name: Option<String>,
        slot: u64,
    ) -> BytesMut {
        let admin = self.admin.clone().expect("recognized only with admin");
        let result = admin.answer(statement).await;
        self.span.in_scope(|| match &result {
            Err(err) => tracing::info!(?statement, error = %err.message, "admin statement refused"),
            Ok(_) => tracing::info!(?statement, "admin statement"),
        });
        match (result, parse_name) {
            (Ok(sql), Some(name)) => protocol::parse_message(&name, &sql),
            (Ok(sql), None) => protocol::query_message(&sql),
            (Err(err), name) => {
                let token = self.shared.refuse(&err, slot);
                match name {
                    Some(name) => protocol::parse_message(&name, &token),
                    None => protocol::query_message(&token),
                }
            }
        }
    }

    /// Answers a question: the generated SQL (or the EXPLAIN ASK report) in the message's
    /// place, or a sentinel carrying the error. A CancelRequest stops it, and so does the
    /// client hanging up (`None`): the model's work would be for nobody, and an LLM request
    /// can take minutes. What the client sends meanwhile is appended to `buf`.
    async fn answer(
        &mut self,
        work: AskWork,
        client: &mut ReadHalf,
        buf: &mut BytesMut,
        max_message: usize,
    ) -> Option<BytesMut> {
        let session = self
            .ask
            .clone()
            .expect("ASK is recognized only with a session");
        let started = std::time::Instant::now();
        self.asks_answered += 1;
        let question = &work.statement.question;
        let span = tracing::info_span!(
            parent: &self.span,
            "ask",
            session = session.session_id,
            statement = self.asks_answered
        );
        let mode = if work.statement.explain.is_some() {
            crate::ask::pipeline::Mode::Explain
        } else {
            crate::ask::pipeline::Mode::Run
        };
        let generation = tracing::Instrument::instrument(
            session
                .cancel
                .run(session.asker.answer(question, &self.history, mode)),
            span,
        );
        let (answered, hung_up) = tokio::select! {
            answered = generation => (answered, false),
            () = hang_up(client, buf, max_message) => (None, true),
        };
        let explain = work.statement.explain;
        let asker_config = session.asker.config();
        let (sql, report, error) = match answered {
            Some(Ok(answer)) => (Some(answer.sql), answer.report, None),
            Some(Err((err, report))) => (None, report, Some(err)),
            None => {
                let report = crate::ask::pipeline::Report {
                    question: question.clone(),
                    error: Some(AskError::Cancelled.to_string()),
                    ..Default::default()
                };
                (None, report, Some(AskError::Cancelled))
            }
        };
        // EXPLAIN ASK shows why no SQL came out, unless nothing could be learned.
        let explain_report = matches!(
            (&explain, &error),
            (
                Some(_),
                None | Some(AskError::Unanswerable { .. }) | Some(AskError::Invalid { .. })
            )
        );
        let message_sql = match (&explain, &sql, &error) {
            (Some(format), _, _) if explain_report => {
                Some(crate::ask::explain::sql(&report, *format))
            }
            (None, Some(sql), _) => Some(sql.clone()),
            _ => None,
        };
        let client_error = match (&message_sql, &error) {
            (None, Some(err)) => Some(err.to_client()),
            _ => None,
        };
        if let (None, Some(sql)) = (&explain, &sql) {
            self.history.push(Turn {
                question: question.clone(),
                sql: sql.clone(),
            });
            let keep = asker_config.ask.history_turns.max(1) as usize;
            if self.history.len() > keep {
                self.history.drain(..self.history.len() - keep);
            }
        }
        let notice = match (&explain, &sql) {
            (None, Some(sql)) if asker_config.ask.notice_sql => Some(sql_notice(sql, &report)),
            _ => None,
        };
        let outcome = match &error {
            _ if hung_up => "client_gone".to_owned(),
            None => "ok".to_owned(),
            Some(err) if message_sql.is_some() => format!("explained_{}", err.outcome()),
            Some(err) => err.outcome().to_owned(),
        };
        let audit = session.asker.audit.clone().map(|log| {
            let record = crate::ask::audit::AuditRecord {
                time: crate::ask::audit::now(),
                session: session.session_id,
                statement: self.asks_answered,
                user: session.user.clone(),
                application_name: session.application_name.clone(),
                question: question.clone(),
                explain: explain.is_some(),
                sql: sql.clone(),
                generator: report.generator.clone(),
                model: report.model.clone(),
                cache: report.cache.clone(),
                corpus_version: report.corpus_version.clone(),
                derived_from: report.derived_from.clone(),
                repairs: report.repairs,
                prompt_tokens: report.prompt_tokens,
                completion_tokens: report.completion_tokens,
                generation_ms: started.elapsed().as_secs_f64() * 1000.0,
                latency_ms: 0.0,
                rows: 0,
                outcome,
                error: client_error
                    .as_ref()
                    .map(|e| format!("{}: {}", e.code, e.message)),
            };
            (log, record)
        });
        self.span.in_scope(|| match &error {
            _ if hung_up => {
                tracing::info!(question = %question, "ASK abandoned: the client disconnected")
            }
            None => {
                tracing::info!(question = %question, cache = report.cache.label(), "ASK answered")
            }
            Some(err) => tracing::info!(question = %question, error = %err, "ASK not answered"),
        });
        if hung_up {
            if let Some((log, mut record)) = audit {
                record.latency_ms = record.generation_ms;
                log.write(&record);
            }
            return None;
        }
        self.shared.add_ask(AskSlot {
            slot: work.slot,
            explain: explain.is_some(),
            notice,
            audit,
            started,
            sent: std::time::Instant::now(),
            rows: 0,
            error: None,
        });
        Some(match (message_sql, client_error, &work.parse_name) {
            (Some(sql), _, Some(name)) => protocol::parse_message(name, &sql),
            (Some(sql), _, None) => protocol::query_message(&sql),
            (None, err, name) => {
                let err = err.unwrap_or_else(|| AskError::Cancelled.to_client());
                let token = self.shared.refuse(&err, work.slot);
                match name {
                    Some(name) => protocol::parse_message(name, &token),
                    None => protocol::query_message(&token),
                }
            }
        })
    }

    /// Counts a message that yields a ReadyForQuery and returns its number.
    fn sync_point(&self) -> u64 {
        self.shared.forwarded_sync_point();
        self.shared.sync_points_sent.fetch_add(1, Ordering::AcqRel) + 1
    }

    fn sentinel_query(&self, err: &ClientError, sync_point: u64) -> BytesMut {
        let token = self.shared.refuse(err, sync_point);
        protocol::query_message(&token)
    }
}

/// Completes when the client hangs up: its socket reached end of stream or failed. What it
/// sends before that (pipelined messages) is appended to `buf`, and watching stops once
/// `buf` holds `limit` bytes, so a flood waits for the answer like any other client.
async fn hang_up(client: &mut ReadHalf, buf: &mut BytesMut, limit: usize) {
    while buf.len() < limit {
        match client.read_buf(buf).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
    }
    std::future::pending().await
}

fn terminate() -> BytesMut {
    let mut buf = BytesMut::new();
    postgres_protocol::message::frontend::terminate(&mut buf);
    buf
}

/// The NoticeResponse showing the generated SQL to the client (psql prints it).
fn sql_notice(sql: &str, report: &crate::ask::pipeline::Report) -> BytesMut {
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
    if report.cache.status == crate::ask::cache::CacheStatus::Hit {
        detail.push_str(&format!("; cache: {}", report.cache.label()));
    }
    let mut buf = BytesMut::new();
    crate::error::encode_notice(&format!("askpg SQL:\n{sql}"), &detail, &mut buf);
    buf
}
