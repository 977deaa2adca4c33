//! A raw protocol client: sends frontend messages as bytes and returns backend messages as
//! bytes, so a test can compare what PostgreSQL and askpg send, byte for byte.

use bytes::{BufMut, BytesMut};
use postgres_protocol::message::frontend;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use askpg::config::{Config, Secret};
use askpg::upstream::{BoxStream, UpstreamError, UpstreamTarget};

/// One backend message: type byte and body.
#[derive(Clone, PartialEq, Eq)]
pub struct Msg {
    pub tag: u8,
    pub body: Vec<u8>,
}

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}",
            self.tag as char,
            String::from_utf8_lossy(&self.body).escape_debug()
        )
    }
}

impl Msg {
    /// Field value of an ErrorResponse/NoticeResponse.
    pub fn field(&self, code: u8) -> Option<String> {
        askpg::upstream::error_fields(&self.body)
            .into_iter()
            .find(|(c, _)| *c == code)
            .map(|(_, v)| v)
    }
}

pub struct Wire {
    stream: BoxStream,
    buf: BytesMut,
    /// ParameterStatus messages received at startup.
    pub startup_params: BytesMut,
}

impl Wire {
    /// Connects with a libpq-style URL (user, password, database, sslmode).
    pub async fn connect(url: &str, params: &[(&str, &str)]) -> Result<Wire, UpstreamError> {
        Self::open(url, params, false).await
    }

    /// A direct PostgreSQL session pinned the way askpg pins its upstream sessions.
    pub async fn connect_pinned(url: &str, params: &[(&str, &str)]) -> Result<Wire, UpstreamError> {
        Self::open(url, params, true).await
    }

    async fn open(url: &str, params: &[(&str, &str)], pinned: bool) -> Result<Wire, UpstreamError> {
        let mut config = Config::default();
        config.upstream.url = Secret::new(url);
        let mut target = UpstreamTarget::new(&config).expect("valid URL");
        if !pinned {
            target = target.without_pinning();
        }
        let params: Vec<(String, String)> = params
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let session = target.connect(&params).await?;
        Ok(Wire {
            stream: session.stream,
            buf: BytesMut::new(),
            startup_params: session.parameter_status,
        })
    }

    pub async fn send(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).await.unwrap();
        self.stream.flush().await.unwrap();
    }

    /// Next backend message; None at end of stream.
    pub async fn recv(&mut self) -> Option<Msg> {
        loop {
            if self.buf.len() >= 5 {
                let len = i32::from_be_bytes([self.buf[1], self.buf[2], self.buf[3], self.buf[4]])
                    as usize
                    + 1;
                if self.buf.len() >= len {
                    let frame = self.buf.split_to(len);
                    return Some(Msg {
                        tag: frame[0],
                        body: frame[5..].to_vec(),
                    });
                }
            }
            match self.stream.read_buf(&mut self.buf).await {
                Ok(0) | Err(_) => return None,
                Ok(_) => {}
            }
        }
    }

    /// Messages up to and including the next ReadyForQuery.
    pub async fn until_ready(&mut self) -> Vec<Msg> {
        let mut out = Vec::new();
        while let Some(msg) = self.recv().await {
            let done = msg.tag == b'Z';
            out.push(msg);
            if done {
                return out;
            }
        }
        panic!("connection closed before ReadyForQuery; got {out:?}");
    }

    /// Messages until `n` messages arrived (for Flush-based exchanges without Sync).
    pub async fn take(&mut self, n: usize) -> Vec<Msg> {
        let mut out = Vec::new();
        while out.len() < n {
            out.push(self.recv().await.expect("message"));
        }
        out
    }

    pub async fn query(&mut self, sql: &str) -> Vec<Msg> {
        self.send(&query(sql)).await;
        self.until_ready().await
    }
}

pub fn query(sql: &str) -> BytesMut {
    let mut buf = BytesMut::new();
    frontend::query(sql, &mut buf).unwrap();
    buf
}

pub fn parse(name: &str, sql: &str, types: &[u32]) -> BytesMut {
    let mut buf = BytesMut::new();
    frontend::parse(name, sql, types.iter().copied(), &mut buf).unwrap();
    buf
}

/// Bind with explicit parameter formats, values (None = NULL) and result formats.
pub fn bind(
    portal: &str,
    statement: &str,
    param_formats: &[i16],
    values: &[Option<&[u8]>],
    result_formats: &[i16],
) -> BytesMut {
    let mut body = BytesMut::new();
    put_cstr(&mut body, portal);
    put_cstr(&mut body, statement);
    body.put_i16(param_formats.len() as i16);
    for f in param_formats {
        body.put_i16(*f);
    }
    body.put_i16(values.len() as i16);
    for v in values {
        match v {
            Some(bytes) => {
                body.put_i32(bytes.len() as i32);
                body.put_slice(bytes);
            }
            None => body.put_i32(-1),
        }
    }
    body.put_i16(result_formats.len() as i16);
    for f in result_formats {
        body.put_i16(*f);
    }
    let mut buf = BytesMut::new();
    buf.put_u8(b'B');
    buf.put_i32(body.len() as i32 + 4);
    buf.put_slice(&body);
    buf
}

fn put_cstr(buf: &mut BytesMut, s: &str) {
    buf.put_slice(s.as_bytes());
    buf.put_u8(0);
}

pub fn describe(kind: u8, name: &str) -> BytesMut {
    let mut buf = BytesMut::new();
    frontend::describe(kind, name, &mut buf).unwrap();
    buf
}

pub fn execute(portal: &str, max_rows: i32) -> BytesMut {
    let mut buf = BytesMut::new();
    frontend::execute(portal, max_rows, &mut buf).unwrap();
    buf
}

pub fn close(kind: u8, name: &str) -> BytesMut {
    let mut buf = BytesMut::new();
    frontend::close(kind, name, &mut buf).unwrap();
    buf
}

pub fn sync() -> BytesMut {
    let mut buf = BytesMut::new();
    frontend::sync(&mut buf);
    buf
}

pub fn flush() -> BytesMut {
    let mut buf = BytesMut::new();
    frontend::flush(&mut buf);
    buf
}

/// Concatenates messages into one write (a pipeline).
pub fn batch(parts: &[BytesMut]) -> BytesMut {
    let mut out = BytesMut::new();
    for p in parts {
        out.extend_from_slice(p);
    }
    out
}

/// Tags of a message list, e.g. "1T D D C Z" style, for readable assertions.
pub fn tags(msgs: &[Msg]) -> String {
    msgs.iter().map(|m| m.tag as char).collect()
}
