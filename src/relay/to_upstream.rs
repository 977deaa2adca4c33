//! Client → upstream. Frontend messages are forwarded unchanged (format codes, max_rows and
//! all), except those askpg refuses, which become sentinels (see the module above).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bytes::BytesMut;
use tokio::io::{AsyncReadExt, AsyncWriteExt, ReadHalf, WriteHalf};
use tokio::sync::mpsc;

use super::{RelayLimits, Shared, ToClient, ToUpstream};
use crate::error::ClientError;
use crate::protocol::{self, Frame};
use crate::upstream::BoxStream;

struct ToUpstreamRelay {
    shared: Arc<Shared>,
    out: BytesMut,
}

pub(super) async fn run(
    mut client: ReadHalf<BoxStream>,
    mut upstream: WriteHalf<BoxStream>,
    shared: Arc<Shared>,
    limits: RelayLimits,
    to_client: mpsc::Sender<ToClient>,
    mut control: mpsc::Receiver<ToUpstream>,
) {
    let mut relay = ToUpstreamRelay {
        shared,
        out: BytesMut::with_capacity(8 * 1024),
    };
    let mut buf = BytesMut::with_capacity(8 * 1024);
    loop {
        tokio::select! {
            biased;
            message = control.recv() => match message {
                Some(ToUpstream::AbortCopyIn(token)) => {
                    let mut fail = BytesMut::new();
                    let _ = postgres_protocol::message::frontend::copy_fail(&token, &mut fail);
                    if send(&mut upstream, &fail).await.is_err() {
                        return;
                    }
                }
                Some(ToUpstream::Terminate) | None => {
                    let _ = send(&mut upstream, &terminate()).await;
                    return;
                }
            },
            read = client.read_buf(&mut buf) => {
                if !matches!(read, Ok(n) if n > 0) {
                    let _ = send(&mut upstream, &terminate()).await;
                    return;
                }
                let mut terminated = false;
                loop {
                    match protocol::split_frame(&mut buf, limits.max_message_bytes) {
                        Ok(Some(frame)) => {
                            terminated = relay.handle(frame);
                            if terminated {
                                break;
                            }
                        }
                        Ok(None) => break,
                        Err(err) => {
                            let _ = to_client.send(ToClient::Fatal(err)).await;
                            return;
                        }
                    }
                }
                if !relay.out.is_empty() {
                    if send(&mut upstream, &relay.out).await.is_err() {
                        return;
                    }
                    crate::metrics::METRICS.bytes_to_upstream.inc_by(relay.out.len() as u64);
                    relay.out.clear();
                }
                if terminated {
                    return;
                }
                if buf.capacity() < 4096 {
                    buf.reserve(8 * 1024);
                }
            }
        }
    }
}

impl ToUpstreamRelay {
    /// Queues what goes upstream for one client message; true after Terminate.
    fn handle(&mut self, frame: Frame) -> bool {
        match frame.tag {
            b'Q' => {
                let refusal = match protocol::query_text(frame.body()) {
                    Some(sql) => crate::guard::check(sql).err(),
                    None => None,
                };
                let sync_point = self.sync_point();
                match refusal {
                    Some(err) => self.sentinel_query(&err, sync_point),
                    None => self.out.extend_from_slice(&frame.bytes),
                }
            }
            b'P' => {
                let refusal = protocol::parse_parts(frame.body()).and_then(|(name, sql)| {
                    crate::guard::check(sql).err().map(|e| (name.to_owned(), e))
                });
                match refusal {
                    Some((name, err)) => {
                        let closes_at = self.shared.sync_points_sent.load(Ordering::Acquire) + 1;
                        let token = self.shared.refuse(&err, closes_at);
                        self.out
                            .extend_from_slice(&protocol::parse_message(&name, &token));
                    }
                    None => self.out.extend_from_slice(&frame.bytes),
                }
            }
            b'S' => {
                self.sync_point();
                self.out.extend_from_slice(&frame.bytes);
            }
            b'F' => {
                let sync_point = self.sync_point();
                self.sentinel_query(&crate::guard::function_call_refused(), sync_point);
            }
            // Copy-in messages outside COPY-in mode are ignored, as PostgreSQL does; askpg
            // never lets the upstream enter COPY-in mode.
            b'd' | b'c' | b'f' => {}
            b'X' => {
                self.out.extend_from_slice(&frame.bytes);
                return true;
            }
            _ => self.out.extend_from_slice(&frame.bytes),
        }
        false
    }

    /// Counts a message that yields a ReadyForQuery and returns its number.
    fn sync_point(&self) -> u64 {
        self.shared.sync_points_sent.fetch_add(1, Ordering::AcqRel) + 1
    }

    fn sentinel_query(&mut self, err: &ClientError, sync_point: u64) {
        let token = self.shared.refuse(err, sync_point);
        self.out.extend_from_slice(&protocol::query_message(&token));
    }
}

fn terminate() -> BytesMut {
    let mut buf = BytesMut::new();
    postgres_protocol::message::frontend::terminate(&mut buf);
    buf
}

async fn send(upstream: &mut WriteHalf<BoxStream>, bytes: &[u8]) -> std::io::Result<()> {
    upstream.write_all(bytes).await?;
    upstream.flush().await
}
