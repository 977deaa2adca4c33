//! Client → upstream. Frontend messages are forwarded unchanged (format codes, max_rows and
//! all), except those askpg refuses, which become sentinels (see the module above).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt, ReadHalf, WriteHalf};
use tokio::sync::mpsc;

use super::{RelayLimits, Shared, ToClient, ToUpstream};
use crate::error::ClientError;
use crate::metrics::METRICS;
use crate::protocol;
use crate::upstream::BoxStream;

struct ToUpstreamRelay {
    shared: Arc<Shared>,
    upstream: WriteHalf<BoxStream>,
    guard: Option<Arc<crate::guard::Guard>>,
    pin_sql: Arc<str>,
    /// A Parse reset session settings: re-pin after the next Sync.
    repin_at_sync: bool,
    verdicts: crate::guard::VerdictCache,
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
}

pub(super) async fn run(
    mut client: ReadHalf<BoxStream>,
    upstream: WriteHalf<BoxStream>,
    shared: Arc<Shared>,
    limits: RelayLimits,
    to_client: mpsc::Sender<ToClient>,
    mut control: mpsc::Receiver<ToUpstream>,
) {
    let mut relay = ToUpstreamRelay {
        shared,
        upstream,
        guard: limits.guard.clone(),
        pin_sql: limits.pin_sql.clone(),
        repin_at_sync: false,
        verdicts: crate::guard::VerdictCache::default(),
    };
    let mut buf = BytesMut::with_capacity(8 * 1024);
    loop {
        tokio::select! {
            biased;
            message = control.recv() => match message {
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
                match relay.forward(&mut buf, limits.max_message_bytes).await {
                    Ok(true) => {}
                    Ok(false) => return,
                    Err(Some(err)) => {
                        let _ = to_client.send(ToClient::Fatal(err)).await;
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
                match self.check(protocol::query_text(body)) {
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

fn terminate() -> BytesMut {
    let mut buf = BytesMut::new();
    postgres_protocol::message::frontend::terminate(&mut buf);
    buf
}
