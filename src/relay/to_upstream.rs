//! Client → upstream. Frontend messages are forwarded unchanged (format codes, max_rows and
//! all), except those askpg refuses, which become sentinels (see the module above).

use std::sync::Arc;

use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::halves::{ReadHalf, WriteHalf};

use super::mailbox::{CloseOnDrop, Mailbox};
use super::replies::Replies;
use super::{RelayLimits, ToClient, ToUpstream};
use crate::ask::session::{Questions, Replacement};
use crate::ask::statement::AskStatement;
use crate::error::ClientError;
use crate::metrics::METRICS;
use crate::protocol;

struct ToUpstreamRelay {
    replies: Arc<Replies>,
    upstream: WriteHalf,
    guard: Option<Arc<crate::guard::Guard>>,
    pin_sql: Arc<str>,
    /// See [`RelayLimits::mapped_role`].
    mapped_role: bool,
    /// A Parse reset session settings: re-pin after the next Sync.
    repin_at_sync: bool,
    verdicts: crate::guard::VerdictCache,
    questions: Option<Questions>,
    admin: Option<crate::admin::Admin>,
    /// The session's span, for what this direction logs.
    span: tracing::Span,
}

/// A question found in a Query or Parse message.
struct AskWork {
    statement: AskStatement,
    /// The prepared statement name for a Parse; `None` for a simple Query.
    parse_name: Option<String>,
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
    Admin(crate::admin::AdminStatement, Option<String>),
}

pub(super) async fn run(
    mut client: ReadHalf,
    upstream: WriteHalf,
    replies: Arc<Replies>,
    mut limits: RelayLimits,
    to_client: Arc<Mailbox<ToClient>>,
    mailbox: Arc<Mailbox<ToUpstream>>,
) {
    // However this direction ends, the other one learns that the client has gone.
    let _close = CloseOnDrop(to_client.clone());
    let mut relay = ToUpstreamRelay {
        replies,
        upstream,
        guard: limits.guard.clone(),
        pin_sql: limits.pin_sql.clone(),
        mapped_role: limits.mapped_role,
        repin_at_sync: false,
        verdicts: crate::guard::VerdictCache::default(),
        questions: limits.questions.take(),
        admin: limits.admin.clone(),
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
                crate::workers::note_activity(Arc::as_ptr(&relay.replies) as usize, false);
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
            // A Query, Sync or FunctionCall closes its batch: the upstream answers it with a
            // ReadyForQuery. The batch's entry is closed before the message is written, so
            // its reply can never arrive first.
            let closes = matches!(buf[scan], b'Q' | b'S' | b'F');
            let action = self.classify(&buf[scan..scan + len]);
            match action {
                Action::Forward if closes => self.replies.close(),
                Action::Forward => {}
                Action::ForwardThenRepin => {
                    self.replies.close();
                    self.replies.internal();
                    self.write(&buf[run_start..scan + len]).await?;
                    let pin = protocol::query_message(&self.pin_sql);
                    self.write(&pin).await?;
                    run_start = scan + len;
                }
                Action::Terminate => keep_going = false,
                Action::Admin(statement, parse_name) => {
                    self.write(&buf[run_start..scan]).await?;
                    self.upstream.flush().await.map_err(|_| None)?;
                    let replacement = self.answer_admin(statement, parse_name).await;
                    if closes {
                        self.replies.close();
                    }
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
                    if closes {
                        self.replies.close();
                    }
                    self.write(&replacement).await?;
                    run_start = scan + len;
                }
                Action::Replace(_) | Action::Drop => {
                    self.write(&buf[run_start..scan]).await?;
                    if closes {
                        self.replies.close();
                    }
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
                let sql = protocol::query_text(body);
                if let Some(action) = self.recognize(sql, None) {
                    return action;
                }
                match self.check(sql) {
                    Err(err) => self.refuse(&err, None),
                    Ok(verdict) => {
                        self.observe(sql);
                        if verdict.resets_session {
                            Action::ForwardThenRepin
                        } else {
                            Action::Forward
                        }
                    }
                }
            }
            b'P' => {
                let parts = protocol::parse_parts(body);
                if let Some((name, sql)) = parts {
                    if let Some(action) = self.recognize(Some(sql), Some(name)) {
                        return action;
                    }
                }
                match self.check(parts.map(|(_, sql)| sql)) {
                    Err(err) => {
                        let name = parts.map(|(name, _)| name).unwrap_or_default();
                        self.refuse(&err, Some(name))
                    }
                    Ok(verdict) if verdict.resets_role && self.mapped_role => {
                        let name = parts.map(|(name, _)| name).unwrap_or_default();
                        self.refuse(&crate::identity::role_reset_refused(), Some(name))
                    }
                    Ok(verdict) => {
                        self.observe(parts.map(|(_, sql)| sql));
                        self.repin_at_sync |= verdict.resets_session;
                        Action::Forward
                    }
                }
            }
            b'S' => {
                if std::mem::take(&mut self.repin_at_sync) {
                    Action::ForwardThenRepin
                } else {
                    Action::Forward
                }
            }
            b'F' => self.refuse(&crate::guard::function_call_refused(), None),
            // Copy-in messages outside COPY-in mode are ignored, as PostgreSQL does; askpg
            // never lets the upstream enter COPY-in mode.
            b'd' | b'c' | b'f' => Action::Drop,
            b'X' => Action::Terminate,
            _ => Action::Forward,
        }
    }

    /// Lets askpg learn from a statement the guard let through, the first time this session
    /// sends its text (a repeated text is not queued again).
    fn observe(&self, sql: Option<&str>) {
        if let (Some(questions), Some(sql)) = (&self.questions, sql) {
            if self.verdicts.last_was_fresh() {
                questions.observe_sql(sql);
            }
        }
    }

    /// A sentinel in place of a refused Query or Parse (see the module above).
    fn refuse(&self, err: &ClientError, parse_name: Option<&str>) -> Action {
        METRICS.guard_refusal(err.code);
        Action::Replace(self.sentinel(err, parse_name))
    }

    fn sentinel(&self, err: &ClientError, parse_name: Option<&str>) -> BytesMut {
        statement_message(parse_name, &self.replies.refuse(err))
    }

    /// What askpg answers itself: an admin statement or a question.
    fn recognize(&mut self, sql: Option<&str>, parse_name: Option<&str>) -> Option<Action> {
        // Both forms contain "ask" ("askpg"); ordinary SQL rarely does.
        if !protocol::mentions(sql?, "ask") {
            return None;
        }
        self.recognize_admin(sql, parse_name)
            .or_else(|| self.recognize_ask(sql, parse_name))
    }

    /// An Ask action when `sql` is a question (or a refusal when it is a malformed or mixed
    /// one); `None` for ordinary SQL.
    fn recognize_ask(&mut self, sql: Option<&str>, parse_name: Option<&str>) -> Option<Action> {
        self.questions.as_ref()?;
        match crate::ask::statement::recognize(sql?) {
            Ok(None) => None,
            Ok(Some(statement)) => Some(Action::Ask(Box::new(AskWork {
                statement,
                parse_name: parse_name.map(str::to_owned),
            }))),
            Err(err) => Some(self.refuse(&err, parse_name)),
        }
    }

    fn recognize_admin(&self, sql: Option<&str>, parse_name: Option<&str>) -> Option<Action> {
        self.admin.as_ref()?;
        let statement = crate::admin::recognize(sql?)?;
        Some(Action::Admin(statement, parse_name.map(str::to_owned)))
    }

    /// The upstream's answer to an admin statement (rows from VALUES) or a sentinel.
    async fn answer_admin(
        &mut self,
        statement: crate::admin::AdminStatement,
        parse_name: Option<String>,
    ) -> BytesMut {
        let admin = self.admin.clone().expect("recognized only with admin");
        let result = admin.answer(statement).await;
        self.span.in_scope(|| match &result {
            Err(err) => tracing::info!(?statement, error = %err.message, "admin statement refused"),
            Ok(_) => tracing::info!(?statement, "admin statement"),
        });
        match result {
            Ok(sql) => statement_message(parse_name.as_deref(), &sql),
            Err(err) => self.sentinel(&err, parse_name.as_deref()),
        }
    }

    /// Answers a question: its SQL (or the EXPLAIN ASK report) in the message's place, or a
    /// sentinel carrying the error; the question's reply joins the open batch. `None` when
    /// the client hung up meanwhile. What the client sends meanwhile is appended to `buf`.
    async fn answer(
        &mut self,
        work: AskWork,
        client: &mut ReadHalf,
        buf: &mut BytesMut,
        max_message: usize,
    ) -> Option<BytesMut> {
        let questions = self
            .questions
            .as_mut()
            .expect("ASK is recognized only with questions served");
        let answered = questions
            .answer(work.statement, hang_up(client, buf, max_message))
            .await?;
        let parse_name = work.parse_name.as_deref();
        let message = match &answered.replacement {
            Replacement::Sql(sql) => statement_message(parse_name, sql),
            Replacement::Refused(err) => self.sentinel(err, parse_name),
        };
        self.replies.question(answered.reply);
        Some(message)
    }
}

/// A Parse named `parse_name` with `sql`, or a simple Query when there is no name.
fn statement_message(parse_name: Option<&str>, sql: &str) -> BytesMut {
    match parse_name {
        Some(name) => protocol::parse_message(name, sql),
        None => protocol::query_message(sql),
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
