//! Upstream → client. Backend messages are forwarded in the chunks they arrive in, without
//! decoding rows; only message boundaries are tracked, and ErrorResponse, ReadyForQuery and
//! CopyInResponse are looked at. A row larger than the buffer streams through in pieces, so
//! memory stays bounded whatever the result size.

use std::sync::Arc;

use super::mailbox::{CloseOnDrop, Mailbox};
use super::replies::Replies;
use super::row_cap::RowCap;
use super::{Phase, ToClient, ToUpstream};
use crate::ask::session::QuestionReply;
use crate::error::{sqlstate, ClientError};
use crate::metrics::{StatementOutcome, METRICS};
use crate::protocol::HEADER_LEN;
use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::halves::{ReadHalf, WriteHalf};

/// Read size from the upstream; also the most askpg forwards in one write.
const CHUNK: usize = 64 * 1024;

struct ToClientRelay {
    upstream: ReadHalf,
    client: WriteHalf,
    replies: Arc<Replies>,
    to_upstream: Arc<Mailbox<ToUpstream>>,
    buf: BytesMut,
    /// Bytes of a large pass-through message still to come.
    passthrough: usize,
    /// Bytes read from the upstream since its last ReadyForQuery.
    answer_bytes: usize,
    /// The transaction status of the last ReadyForQuery.
    status: TxStatus,
    /// What the reply being relayed answers.
    answering: Answering,
    /// How the statement being relayed went so far, for metrics.
    outcome: StatementOutcome,
    cap: RowCap,
    /// Bytes of a dropped (capped) row still to come.
    discard: usize,
    /// The upstream entered COPY-in mode: end it with CopyFail naming this token.
    abort_copy_in: Option<String>,
}

/// What the reply being relayed answers.
enum Answering {
    /// The client's own statements.
    Statement,
    /// A question: its notice goes first, its rows and errors are counted, and it is
    /// finished (audit line, metrics) at its ReadyForQuery.
    Question(Box<QuestionReply>),
    /// askpg's re-pin after a reset: hidden from the client but for ParameterStatus; an
    /// error in it ends the session.
    Internal { failed: bool },
}

/// The transaction status a ReadyForQuery reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TxStatus {
    Idle,
    InBlock,
    Failed,
}

impl TxStatus {
    fn from_byte(byte: u8) -> Self {
        match byte {
            b'T' => Self::InBlock,
            b'E' => Self::Failed,
            _ => Self::Idle,
        }
    }
}

enum Step {
    Continue,
    End(EndReason),
}

/// What happens to one upstream message.
enum Decision {
    /// Its header or body is not buffered yet.
    Wait,
    /// Forward these bytes unchanged.
    Pass(usize),
    /// Forward what is buffered now and the rest as it arrives (a large row).
    Stream(usize),
    /// Drop the message (a row past the cap), whole or as it arrives.
    Drop(usize),
    /// Send these bytes instead of the complete message (empty: hide it).
    Replace(usize, BytesMut),
    /// Send these bytes before the message, then decide on the message again.
    Insert(BytesMut),
    /// End the session with this error.
    Fatal(ClientError),
}

#[derive(PartialEq, Eq)]
enum EndReason {
    UpstreamClosed,
    Other,
}

pub(super) async fn run(
    cap: RowCap,
    start: Phase,
    upstream: ReadHalf,
    client: WriteHalf,
    replies: Arc<Replies>,
    mailbox: Arc<Mailbox<ToClient>>,
    to_upstream: Arc<Mailbox<ToUpstream>>,
) -> Ending {
    let mut relay = ToClientRelay {
        upstream,
        client,
        replies,
        to_upstream,
        buf: BytesMut::with_capacity(CHUNK),
        passthrough: 0,
        answer_bytes: 0,
        status: TxStatus::Idle,
        answering: Answering::Statement,
        outcome: StatementOutcome::Ok,
        cap,
        discard: 0,
        abort_copy_in: None,
    };
    // However this direction ends, the other one learns it has to stop.
    let _close = CloseOnDrop(relay.to_upstream.clone());
    let mut mailbox_open = true;
    let mut phase = start;
    if start != Phase::Running {
        // Started while the server drains: the new session is idle, so it ends at once.
        relay.fatal(shutdown_error()).await;
        return Ending::Idle;
    }
    loop {
        if relay.buf.capacity() - relay.buf.len() < CHUNK / 4 {
            relay.buf.reserve(CHUNK);
        }
        let step = tokio::select! {
            biased;
            message = mailbox.next(), if mailbox_open => match message {
                Some(ToClient::Phase(now)) => {
                    phase = now;
                    relay.on_phase(now).await
                }
                Some(ToClient::Fatal(err)) => relay.fatal(err).await,
                None => {
                    // The client-reading side ended: the client has gone.
                    mailbox_open = false;
                    if relay.idle() { Step::Continue } else { Step::End(EndReason::Other) }
                }
            },
            read = relay.upstream.read_buf(&mut relay.buf) => match read {
                Ok(0) | Err(_) => Step::End(EndReason::UpstreamClosed),
                Ok(n) => {
                    relay.answer_bytes += n;
                    crate::workers::note_activity(
                        Arc::as_ptr(&relay.replies) as usize,
                        relay.answer_bytes > crate::workers::BULK_ANSWER_BYTES,
                    );
                    relay.forward(phase).await
                }
            },
        };
        if let Step::End(reason) = step {
            let ending = if reason == EndReason::UpstreamClosed || relay.idle() {
                Ending::Idle
            } else {
                Ending::UpstreamBusy
            };
            relay.to_upstream.post(ToUpstream::Terminate);
            let _ = relay.client.shutdown().await;
            return ending;
        }
    }
}

/// How the session ended, as far as the upstream is concerned.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Ending {
    Idle,
    /// The upstream was still working on a request: it should be cancelled.
    UpstreamBusy,
}

impl ToClientRelay {
    fn idle(&self) -> bool {
        self.status == TxStatus::Idle && self.replies.outstanding() == 0
    }

    async fn on_phase(&mut self, phase: Phase) -> Step {
        match phase {
            Phase::Running => Step::Continue,
            Phase::Draining if !self.idle() => Step::Continue,
            _ => self.fatal(shutdown_error()).await,
        }
    }

    async fn fatal(&mut self, err: ClientError) -> Step {
        let _ = self.client.write_all(&err.to_bytes()).await;
        let _ = self.client.flush().await;
        Step::End(EndReason::Other)
    }

    /// Forwards every complete (or streamable) message in the buffer, applying what
    /// `decide` says for each.
    async fn forward(&mut self, phase: Phase) -> Step {
        let mut scan = 0;
        let mut sent = 0;
        loop {
            if self.discard > 0 {
                // Flush what precedes the dropped bytes, then skip them.
                if self.write(sent, scan).await.is_err() {
                    return Step::End(EndReason::Other);
                }
                let take = self.discard.min(self.buf.len() - scan);
                scan += take;
                sent = scan;
                self.discard -= take;
                if self.discard > 0 {
                    break;
                }
            }
            if self.passthrough > 0 {
                let take = self.passthrough.min(self.buf.len() - scan);
                scan += take;
                self.passthrough -= take;
                if self.passthrough > 0 {
                    break;
                }
            }
            match self.decide(scan) {
                Decision::Wait => break,
                Decision::Pass(len) => scan += len,
                Decision::Stream(len) => {
                    self.passthrough = len - (self.buf.len() - scan);
                    scan = self.buf.len();
                }
                Decision::Drop(len) => self.discard = len,
                Decision::Replace(len, replacement) => {
                    if self.write(sent, scan).await.is_err()
                        || self.client.write_all(&replacement).await.is_err()
                    {
                        return Step::End(EndReason::Other);
                    }
                    scan += len;
                    sent = scan;
                }
                Decision::Insert(bytes) => {
                    if self.write(sent, scan).await.is_err()
                        || self.client.write_all(&bytes).await.is_err()
                    {
                        return Step::End(EndReason::Other);
                    }
                    sent = scan;
                }
                Decision::Fatal(err) => return self.fatal(err).await,
            }
        }
        if self.write(sent, scan).await.is_err() || self.client.flush().await.is_err() {
            return Step::End(EndReason::Other);
        }
        self.buf.advance(scan);
        if let Some(token) = self.abort_copy_in.take() {
            self.to_upstream.post(ToUpstream::AbortCopyIn(token));
        }
        if phase != Phase::Running && self.idle() {
            return self.fatal(shutdown_error()).await;
        }
        Step::Continue
    }

    /// What to do with the message starting at `scan`, updating the session's state.
    fn decide(&mut self, scan: usize) -> Decision {
        let available = self.buf.len() - scan;
        if available < HEADER_LEN {
            return Decision::Wait;
        }
        let tag = self.buf[scan];
        let declared = i32::from_be_bytes([
            self.buf[scan + 1],
            self.buf[scan + 2],
            self.buf[scan + 3],
            self.buf[scan + 4],
        ]);
        if declared < 4 {
            return Decision::Fatal(upstream_protocol_error(tag));
        }
        let len = declared as usize + 1;
        if matches!(self.answering, Answering::Statement) {
            if let Some(question) = self.replies.take_question() {
                self.answering = Answering::Question(question);
            }
        }
        let internal = matches!(self.answering, Answering::Internal { .. });
        if let Answering::Question(question) = &mut self.answering {
            if let Some(notice) = question.take_notice() {
                return Decision::Insert(notice);
            }
        }
        if self.cap.active() && !internal && matches!(tag, b'D' | b'd') && !self.cap.admit() {
            // Past the row cap: dropped, whole or as it streams in.
            return Decision::Drop(len);
        }
        let question = matches!(self.answering, Answering::Question(_));
        let inspected = internal
            || matches!(tag, b'E' | b'Z' | b'G' | b'W')
            || (tag == b'C' && (self.cap.active() || question));
        if !inspected {
            return if available >= len {
                Decision::Pass(len)
            } else {
                Decision::Stream(len)
            };
        }
        if available < len {
            self.buf.reserve(len);
            return Decision::Wait;
        }
        let body = scan + HEADER_LEN..scan + len;
        if internal {
            return self.decide_internal(tag, len, body.start);
        }
        match tag {
            b'E' => self.on_error(len, body),
            b'Z' => {
                self.cap.reset();
                self.status = TxStatus::from_byte(self.buf[body.start]);
                self.next_reply();
                Decision::Pass(len)
            }
            b'C' => {
                if let Answering::Question(question) = &mut self.answering {
                    question.completed(row_count(&self.buf[body.clone()]));
                }
                if !self.cap.active() {
                    return Decision::Pass(len);
                }
                match self.cap.complete(&self.buf[body]) {
                    Some(replacement) => Decision::Replace(len, replacement),
                    None => Decision::Pass(len),
                }
            }
            _ => {
                // CopyInResponse / CopyBothResponse: askpg never lets a client write.
                let err = crate::guard::copy_from_stdin_refused();
                METRICS.guard_refusal(err.code);
                self.outcome = StatementOutcome::Refused;
                self.abort_copy_in = Some(self.replies.refuse_current(&err));
                Decision::Replace(len, BytesMut::new())
            }
        }
    }

    /// An ErrorResponse: the upstream's own, or the one a sentinel caused, which becomes
    /// askpg's error.
    fn on_error(&mut self, len: usize, body: std::ops::Range<usize>) -> Decision {
        self.cap.reset();
        if self.outcome == StatementOutcome::Ok {
            self.outcome = StatementOutcome::Error;
        }
        if let Answering::Question(question) = &mut self.answering {
            let fields = crate::upstream::error_fields(&self.buf[body.clone()]);
            let field = |t: u8| {
                fields
                    .iter()
                    .find(|(k, _)| *k == t)
                    .map(|(_, v)| v.as_str())
                    .unwrap_or_default()
            };
            question.upstream_error(field(b'C'), field(b'M'));
        }
        match self.replies.take_replacement(&self.buf[body]) {
            Some(replacement) => {
                self.outcome = StatementOutcome::Refused;
                Decision::Replace(len, replacement)
            }
            None => Decision::Pass(len),
        }
    }

    /// The reply to askpg's own re-pin: hidden from the client except for ParameterStatus,
    /// which keeps the client's view of settings right.
    fn decide_internal(&mut self, tag: u8, len: usize, body: usize) -> Decision {
        match tag {
            b'S' => return Decision::Pass(len),
            b'E' => self.answering = Answering::Internal { failed: true },
            b'Z' => {
                self.status = TxStatus::from_byte(self.buf[body]);
                let failed = matches!(self.answering, Answering::Internal { failed: true });
                if failed && self.status == TxStatus::Idle {
                    return Decision::Fatal(repin_failed());
                }
                self.next_reply();
            }
            _ => {}
        }
        Decision::Replace(len, BytesMut::new())
    }

    /// A ReadyForQuery ended the reply at the front of the queue: finish it and look at the
    /// next one, which may be askpg's own.
    fn next_reply(&mut self) {
        let completed = self.replies.complete();
        match std::mem::replace(&mut self.answering, Answering::Statement) {
            Answering::Question(question) => question.finish(self.outcome),
            Answering::Statement => METRICS.sql_statement(self.outcome, completed.elapsed),
            Answering::Internal { .. } => {}
        }
        self.outcome = StatementOutcome::Ok;
        self.answer_bytes = 0;
        if self.replies.next_is_internal() {
            self.answering = Answering::Internal { failed: false };
        }
    }

    async fn write(&mut self, from: usize, to: usize) -> std::io::Result<()> {
        if to > from {
            self.client.write_all(&self.buf[from..to]).await?;
            crate::metrics::METRICS
                .bytes_to_client
                .inc_by((to - from) as u64);
        }
        Ok(())
    }
}

fn shutdown_error() -> ClientError {
    ClientError::fatal(
        sqlstate::ADMIN_SHUTDOWN,
        "terminating connection due to administrator command",
    )
    .with_hint("askpg is shutting down; reconnect to another instance or retry shortly.")
}

fn repin_failed() -> ClientError {
    ClientError::fatal(
        sqlstate::CONNECTION_FAILURE,
        "could not re-apply the read-only session settings after a reset",
    )
    .with_hint("Reconnect; the session was closed to keep it read-only.")
}

fn upstream_protocol_error(tag: u8) -> ClientError {
    ClientError::fatal(
        sqlstate::CONNECTION_FAILURE,
        format!("invalid message {:?} from the upstream", tag as char),
    )
}

/// Rows counted by a CommandComplete tag (`SELECT 5`, `FETCH 3`); 0 for others.
fn row_count(body: &[u8]) -> u64 {
    let tag = body.strip_suffix(&[0]).unwrap_or(body);
    let tag = std::str::from_utf8(tag).unwrap_or_default();
    match tag.split_whitespace().collect::<Vec<_>>().as_slice() {
        ["SELECT" | "FETCH" | "MOVE" | "COPY", n] => n.parse().unwrap_or(0),
        _ => 0,
    }
}
