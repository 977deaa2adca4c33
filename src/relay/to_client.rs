//! Upstream → client. Backend messages are forwarded in the chunks they arrive in, without
//! decoding rows; only message boundaries are tracked, and ErrorResponse, ReadyForQuery and
//! CopyInResponse are looked at. A row larger than the buffer streams through in pieces, so
//! memory stays bounded whatever the result size.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::mailbox::{CloseOnDrop, Mailbox};
use super::row_cap::RowCap;
use super::{AskSlot, Phase, Shared, ToClient, ToUpstream};
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
    shared: Arc<Shared>,
    to_upstream: Arc<Mailbox<ToUpstream>>,
    buf: BytesMut,
    /// Bytes of a large pass-through message still to come.
    passthrough: usize,
    /// Bytes read from the upstream since its last ReadyForQuery.
    answer_bytes: usize,
    ready_count: u64,
    status: u8,
    /// Inside the answer to askpg's own statement.
    swallowing: bool,
    swallowed_error: bool,
    cap: RowCap,
    /// Bytes of a dropped (capped) row still to come.
    discard: usize,
    /// What happened in the current statement, for metrics.
    statement_error: bool,
    statement_refused: bool,
    /// The upstream entered COPY-in mode: end it with CopyFail naming this token.
    abort_copy_in: Option<String>,
    /// The ASK whose answer is being relayed.
    current_ask: Option<Box<AskSlot>>,
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
    shared: Arc<Shared>,
    mailbox: Arc<Mailbox<ToClient>>,
    to_upstream: Arc<Mailbox<ToUpstream>>,
) -> Ending {
    let mut relay = ToClientRelay {
        upstream,
        client,
        shared,
        to_upstream,
        buf: BytesMut::with_capacity(CHUNK),
        passthrough: 0,
        answer_bytes: 0,
        ready_count: 0,
        status: b'I',
        swallowing: false,
        swallowed_error: false,
        cap,
        discard: 0,
        statement_error: false,
        statement_refused: false,
        abort_copy_in: None,
        current_ask: None,
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
                        Arc::as_ptr(&relay.shared) as usize,
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
        self.status == b'I'
            && self.ready_count >= self.shared.sync_points_sent.load(Ordering::Acquire)
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
        if self.current_ask.is_none() && !self.swallowing && self.shared.has_asks() {
            self.current_ask = self.shared.take_ask(self.ready_count + 1);
        }
        if let Some(notice) = self.current_ask.as_mut().and_then(|a| a.notice.take()) {
            return Decision::Insert(notice);
        }
        if self.cap.active() && !self.swallowing && matches!(tag, b'D' | b'd') && !self.cap.admit()
        {
            // Past the row cap: dropped, whole or as it streams in.
            return Decision::Drop(len);
        }
        let inspected = self.swallowing
            || matches!(tag, b'E' | b'Z' | b'G' | b'W')
            || (tag == b'C' && (self.cap.active() || self.current_ask.is_some()));
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
        if self.swallowing {
            return self.decide_swallowed(tag, len, body.start);
        }
        match tag {
            b'E' => {
                self.cap.reset();
                self.statement_error = true;
                if let Some(ask) = self.current_ask.as_mut() {
                    let fields = crate::upstream::error_fields(&self.buf[body.clone()]);
                    let field = |t: u8| {
                        fields
                            .iter()
                            .find(|(k, _)| *k == t)
                            .map(|(_, v)| v.as_str())
                    };
                    ask.error = Some(format!(
                        "{}: {}",
                        field(b'C').unwrap_or_default(),
                        field(b'M').unwrap_or_default()
                    ));
                }
                match self.shared.take_replacement(&self.buf[body]) {
                    Some(replacement) => {
                        self.statement_refused = true;
                        Decision::Replace(len, replacement)
                    }
                    None => Decision::Pass(len),
                }
            }
            b'Z' => {
                self.cap.reset();
                self.status = self.buf[body.start];
                self.next_slot();
                Decision::Pass(len)
            }
            b'C' => {
                if let Some(ask) = self.current_ask.as_mut() {
                    ask.rows += row_count(&self.buf[body.clone()]);
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
                self.statement_refused = true;
                self.abort_copy_in = Some(self.shared.refuse(&err, self.ready_count + 1));
                Decision::Replace(len, BytesMut::new())
            }
        }
    }

    /// The answer to askpg's own re-pin: hidden from the client except for ParameterStatus,
    /// which keeps the client's view of settings right.
    fn decide_swallowed(&mut self, tag: u8, len: usize, body: usize) -> Decision {
        match tag {
            b'S' => return Decision::Pass(len),
            b'E' => self.swallowed_error = true,
            b'Z' => {
                self.status = self.buf[body];
                if self.swallowed_error && self.status == b'I' {
                    return Decision::Fatal(repin_failed());
                }
                self.next_slot();
            }
            _ => {}
        }
        Decision::Replace(len, BytesMut::new())
    }

    /// Moves on after a ReadyForQuery; the next answer may be askpg's own.
    fn next_slot(&mut self) {
        let elapsed = self.shared.completed_sync_point();
        if let Some(ask) = self.current_ask.take() {
            self.finish_ask(ask);
        } else if !self.swallowing {
            METRICS.sql_statement(self.outcome(), elapsed.unwrap_or_default());
        }
        self.statement_error = false;
        self.statement_refused = false;
        self.ready_count += 1;
        self.answer_bytes = 0;
        self.shared.ready_for_query(self.ready_count);
        self.swallowing = self.shared.take_internal(self.ready_count + 1);
        self.swallowed_error = false;
    }

    /// How the statement that just ended went.
    fn outcome(&self) -> StatementOutcome {
        if self.statement_refused {
            StatementOutcome::Refused
        } else if self.statement_error {
            StatementOutcome::Error
        } else {
            StatementOutcome::Ok
        }
    }

    /// An ASK's statement ended: its metrics and audit line.
    fn finish_ask(&self, ask: Box<AskSlot>) {
        let ask = *ask;
        METRICS.ask_statement(ask.explain, self.outcome());
        if !ask.explain && !self.statement_refused {
            METRICS.ask_stage("execution", ask.sent.elapsed());
        }
        if let Some((log, mut record)) = ask.audit {
            record.latency_ms = ask.started.elapsed().as_secs_f64() * 1000.0;
            if !ask.explain {
                record.rows = ask.rows;
            }
            if let (Some(error), true) = (ask.error, record.error.is_none()) {
                record.outcome = "execution_error".into();
                record.error = Some(error);
            }
            log.write(&record);
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
