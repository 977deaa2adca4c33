//! Upstream → client. Backend messages are forwarded in the chunks they arrive in, without
//! decoding rows; only message boundaries are tracked, and ErrorResponse, ReadyForQuery and
//! CopyInResponse are looked at. A row larger than the buffer streams through in pieces, so
//! memory stays bounded whatever the result size.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt, ReadHalf, WriteHalf};
use tokio::sync::{mpsc, watch};

use super::row_cap::RowCap;
use super::{Phase, Shared, ToClient, ToUpstream};
use crate::error::{sqlstate, ClientError};
use crate::metrics::{StatementOutcome, METRICS};
use crate::protocol::HEADER_LEN;
use crate::upstream::BoxStream;

/// Read size from the upstream; also the most askpg forwards in one write.
const CHUNK: usize = 64 * 1024;

struct ToClientRelay {
    upstream: ReadHalf<BoxStream>,
    client: WriteHalf<BoxStream>,
    shared: Arc<Shared>,
    to_upstream: mpsc::Sender<ToUpstream>,
    buf: BytesMut,
    /// Bytes of a large pass-through message still to come.
    passthrough: usize,
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
}

enum Step {
    Continue,
    End(EndReason),
}

#[derive(PartialEq, Eq)]
enum EndReason {
    UpstreamClosed,
    Other,
}

pub(super) async fn run(
    cap: RowCap,
    upstream: ReadHalf<BoxStream>,
    client: WriteHalf<BoxStream>,
    shared: Arc<Shared>,
    mut phase: watch::Receiver<Phase>,
    mut control: mpsc::Receiver<ToClient>,
    to_upstream: mpsc::Sender<ToUpstream>,
) -> Ending {
    let mut relay = ToClientRelay {
        upstream,
        client,
        shared,
        to_upstream,
        buf: BytesMut::with_capacity(CHUNK),
        passthrough: 0,
        ready_count: 0,
        status: b'I',
        swallowing: false,
        swallowed_error: false,
        cap,
        discard: 0,
        statement_error: false,
        statement_refused: false,
    };
    let mut control_open = true;
    let start = *phase.borrow_and_update();
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
            changed = phase.changed() => {
                let now = if changed.is_ok() { *phase.borrow_and_update() } else { Phase::Closing };
                relay.on_phase(now).await
            }
            message = control.recv(), if control_open => match message {
                Some(ToClient::Fatal(err)) => relay.fatal(err).await,
                None => {
                    // The client-reading side ended: the client has gone.
                    control_open = false;
                    if relay.idle() { Step::Continue } else { Step::End(EndReason::Other) }
                }
            },
            read = relay.upstream.read_buf(&mut relay.buf) => match read {
                Ok(0) | Err(_) => Step::End(EndReason::UpstreamClosed),
                Ok(_) => {
                    let now = *phase.borrow();
                    relay.forward(now).await
                }
            },
        };
        if let Step::End(reason) = step {
            let ending = if reason == EndReason::UpstreamClosed || relay.idle() {
                Ending::Idle
            } else {
                Ending::UpstreamBusy
            };
            let _ = relay.to_upstream.send(ToUpstream::Terminate).await;
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

    /// Forwards every complete (or streamable) message in the buffer.
    async fn forward(&mut self, phase: Phase) -> Step {
        let mut scan = 0;
        let mut sent = 0;
        loop {
            if self.discard > 0 {
                let take = self.discard.min(self.buf.len() - scan);
                if self.write(sent, scan).await.is_err() {
                    return Step::End(EndReason::Other);
                }
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
            let available = self.buf.len() - scan;
            if available < HEADER_LEN {
                break;
            }
            let tag = self.buf[scan];
            let declared = i32::from_be_bytes([
                self.buf[scan + 1],
                self.buf[scan + 2],
                self.buf[scan + 3],
                self.buf[scan + 4],
            ]);
            if declared < 4 {
                return self.fatal(upstream_protocol_error(tag)).await;
            }
            let len = declared as usize + 1;
            if self.swallowing {
                // The answer to askpg's own re-pin: hidden from the client except for
                // ParameterStatus, which keeps the client's view of settings right.
                if available < len {
                    self.buf.reserve(len);
                    break;
                }
                if tag != b'S' {
                    if self.write(sent, scan).await.is_err() {
                        return Step::End(EndReason::Other);
                    }
                    sent = scan + len;
                }
                match tag {
                    b'E' => self.swallowed_error = true,
                    b'Z' => {
                        self.status = self.buf[scan + HEADER_LEN];
                        if self.swallowed_error && self.status == b'I' {
                            return self.fatal(repin_failed()).await;
                        }
                        self.next_slot();
                    }
                    _ => {}
                }
                scan += len;
                continue;
            }
            if self.cap.active() && matches!(tag, b'D' | b'd') && !self.cap.admit() {
                // Past the row cap: the row is dropped, whole or as it streams in (the
                // discard step above first sends what precedes it).
                self.discard = len;
                continue;
            }
            if self.cap.active() && tag == b'C' {
                if available < len {
                    self.buf.reserve(len);
                    break;
                }
                if let Some(replacement) =
                    self.cap.complete(&self.buf[scan + HEADER_LEN..scan + len])
                {
                    if self.write(sent, scan).await.is_err()
                        || self.client.write_all(&replacement).await.is_err()
                    {
                        return Step::End(EndReason::Other);
                    }
                    sent = scan + len;
                }
                scan += len;
                continue;
            }
            if !matches!(tag, b'E' | b'Z' | b'G' | b'W') {
                if available >= len {
                    scan += len;
                } else {
                    self.passthrough = len - available;
                    scan = self.buf.len();
                }
                continue;
            }
            if available < len {
                self.buf.reserve(len);
                break;
            }
            let body = scan + HEADER_LEN..scan + len;
            if matches!(tag, b'E' | b'Z') {
                self.cap.reset();
            }
            match tag {
                b'E' => {
                    self.statement_error = true;
                    if let Some(replacement) = self.shared.take_replacement(&self.buf[body]) {
                        self.statement_refused = true;
                        if self.write(sent, scan).await.is_err()
                            || self.client.write_all(&replacement).await.is_err()
                        {
                            return Step::End(EndReason::Other);
                        }
                        sent = scan + len;
                    }
                }
                b'Z' => {
                    self.status = self.buf[body.start];
                    self.next_slot();
                }
                _ => {
                    // CopyInResponse / CopyBothResponse: askpg never lets a client write.
                    if self.write(sent, scan).await.is_err() {
                        return Step::End(EndReason::Other);
                    }
                    sent = scan + len;
                    let err = crate::guard::copy_from_stdin_refused();
                    METRICS.guard_refusal(err.code);
                    self.statement_refused = true;
                    let token = self.shared.refuse(&err, self.ready_count + 1);
                    let _ = self.to_upstream.send(ToUpstream::AbortCopyIn(token)).await;
                }
            }
            scan += len;
        }
        if self.write(sent, scan).await.is_err() || self.client.flush().await.is_err() {
            return Step::End(EndReason::Other);
        }
        self.buf.advance(scan);
        if phase != Phase::Running && self.idle() {
            return self.fatal(shutdown_error()).await;
        }
        Step::Continue
    }

    /// Moves on after a ReadyForQuery; the next answer may be askpg's own.
    fn next_slot(&mut self) {
        let elapsed = self.shared.completed_sync_point();
        if !self.swallowing {
            let outcome = if self.statement_refused {
                StatementOutcome::Refused
            } else if self.statement_error {
                StatementOutcome::Error
            } else {
                StatementOutcome::Ok
            };
            METRICS.sql_statement(outcome, elapsed.unwrap_or_default());
        }
        self.statement_error = false;
        self.statement_refused = false;
        self.ready_count += 1;
        self.shared.ready_for_query(self.ready_count);
        self.swallowing = self.shared.take_internal(self.ready_count + 1);
        self.swallowed_error = false;
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
