//! Wire framing shared by both legs. Messages stay as bytes: only the type byte and the
//! length are read, plus the few fields askpg must peek at.

use bytes::{Buf, BufMut, BytesMut};
use tokio::io::{AsyncRead, AsyncReadExt};

use crate::error::{sqlstate, ClientError};

/// Startup-phase request codes (the "protocol version" of special packets).
pub const SSL_REQUEST_CODE: i32 = 80_877_103;
pub const GSSENC_REQUEST_CODE: i32 = 80_877_104;
pub const CANCEL_REQUEST_CODE: i32 = 80_877_102;

/// Header size of a typed message: type byte plus the 4-byte length.
pub const HEADER_LEN: usize = 5;

/// One complete typed message: `bytes` holds the type byte, the length and the body.
#[derive(Debug)]
pub struct Frame {
    pub tag: u8,
    pub bytes: BytesMut,
}

impl Frame {
    pub fn body(&self) -> &[u8] {
        &self.bytes[HEADER_LEN..]
    }
}

/// Length of the message starting at `buf[0]` (including the type byte), once its header
/// is buffered; an error when the declared length is impossible or above `max`.
pub fn frame_len(buf: &[u8], max: usize) -> Result<Option<usize>, ClientError> {
    if buf.len() < HEADER_LEN {
        return Ok(None);
    }
    let declared = i32::from_be_bytes([buf[1], buf[2], buf[3], buf[4]]);
    if declared < 4 {
        return Err(ClientError::fatal(
            sqlstate::PROTOCOL_VIOLATION,
            format!("invalid message length {declared}"),
        ));
    }
    let len = declared as usize + 1;
    if len > max {
        return Err(ClientError::fatal(
            sqlstate::PROGRAM_LIMIT_EXCEEDED,
            format!("message of {len} bytes exceeds the limit of {max} bytes"),
        )
        .with_hint("Raise limits.max_message_bytes if such messages are legitimate."));
    }
    Ok(Some(len))
}

/// Reads one untyped startup-phase packet (length-prefixed) of at most `max` bytes and
/// returns its body after the length.
pub async fn read_startup_packet<R: AsyncRead + Unpin>(
    reader: &mut R,
    max: usize,
) -> Result<BytesMut, ClientError> {
    let len = reader.read_i32().await.map_err(io_violation)?;
    if len < 8 || len as usize > max {
        return Err(ClientError::fatal(
            sqlstate::PROTOCOL_VIOLATION,
            format!("invalid startup packet length {len}"),
        ));
    }
    let mut body = BytesMut::zeroed(len as usize - 4);
    reader.read_exact(&mut body).await.map_err(io_violation)?;
    Ok(body)
}

/// Reads one typed message during authentication.
pub async fn read_frame<R: AsyncRead + Unpin>(
    reader: &mut R,
    max: usize,
) -> Result<Frame, ClientError> {
    let mut header = [0u8; HEADER_LEN];
    reader.read_exact(&mut header).await.map_err(io_violation)?;
    let len = frame_len(&header, max)?.unwrap_or(HEADER_LEN);
    let mut bytes = BytesMut::with_capacity(len);
    bytes.put_slice(&header);
    bytes.resize(len, 0);
    reader
        .read_exact(&mut bytes[HEADER_LEN..])
        .await
        .map_err(io_violation)?;
    Ok(Frame {
        tag: header[0],
        bytes,
    })
}

fn io_violation(e: std::io::Error) -> ClientError {
    ClientError::fatal(
        sqlstate::PROTOCOL_VIOLATION,
        format!("connection read failed: {e}"),
    )
}

/// Reads a NUL-terminated string from the front of `body`.
pub fn take_cstr(body: &mut &[u8]) -> Option<String> {
    let end = body.iter().position(|&b| b == 0)?;
    let s = String::from_utf8(body[..end].to_vec()).ok()?;
    body.advance(end + 1);
    Some(s)
}

/// Appends a typed message with the given body.
pub fn put_message(buf: &mut BytesMut, tag: u8, body: &[u8]) {
    buf.put_u8(tag);
    buf.put_i32(body.len() as i32 + 4);
    buf.put_slice(body);
}

/// A Query message.
pub fn query_message(sql: &str) -> BytesMut {
    let mut buf = BytesMut::new();
    // Writing into a BytesMut only fails for strings with NUL bytes, which callers never pass.
    let _ = postgres_protocol::message::frontend::query(sql, &mut buf);
    buf
}

/// A Parse message with no parameter types.
pub fn parse_message(statement: &str, sql: &str) -> BytesMut {
    let mut buf = BytesMut::new();
    let _ = postgres_protocol::message::frontend::parse(statement, sql, [], &mut buf);
    buf
}

/// The SQL text of a Query message body.
pub fn query_text(body: &[u8]) -> Option<&str> {
    let end = memchr::memchr(0, body)?;
    std::str::from_utf8(&body[..end]).ok()
}

/// Whether `text` contains `needle` (given in lower case), ignoring ASCII case. A cheap
/// first test run on every relayed statement (is it a question? an admin statement?), so
/// the search is anchored on the needle's rarest byte (`k` in "ask", `z` in "analyze"),
/// which ordinary SQL holds far fewer of than the first letter.
pub fn mentions(text: &str, needle: &str) -> bool {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    if needle.is_empty() {
        return true;
    }
    if text.len() < needle.len() {
        return false;
    }
    let anchor = (0..needle.len())
        .max_by_key(|&i| rarity(needle[i]))
        .unwrap_or(0);
    let byte = needle[anchor];
    // A match starting at `start` has its anchor at `anchor + start`: search only where
    // the whole needle fits.
    let window = &text[anchor..text.len() - (needle.len() - 1 - anchor)];
    memchr::memchr2_iter(byte.to_ascii_lowercase(), byte.to_ascii_uppercase(), window)
        .any(|start| text[start..start + needle.len()].eq_ignore_ascii_case(needle))
}

/// How rarely a byte occurs in SQL and prose (higher is rarer): letters by their frequency
/// in English text, digits in between, other ASCII (spaces, punctuation) as common and
/// non-ASCII bytes as rare.
fn rarity(byte: u8) -> u8 {
    const RARITY: [u8; 256] = {
        const LETTERS_BY_FREQUENCY: &[u8] = b"etaoinsrhldcumfpgwybvkxjqz";
        let mut table = [0u8; 256];
        let mut b = 0x80;
        while b < 256 {
            table[b] = 30;
            b += 1;
        }
        let mut d = b'0';
        while d <= b'9' {
            table[d as usize] = 8;
            d += 1;
        }
        let mut i = 0;
        while i < LETTERS_BY_FREQUENCY.len() {
            let c = LETTERS_BY_FREQUENCY[i];
            table[c as usize] = i as u8 + 1;
            table[c.to_ascii_uppercase() as usize] = i as u8 + 1;
            i += 1;
        }
        table
    };
    RARITY[usize::from(byte)]
}

/// Statement name and SQL text of a Parse message body (None unless both are UTF-8).
pub fn parse_parts(body: &[u8]) -> Option<(&str, &str)> {
    let name_end = memchr::memchr(0, body)?;
    let rest = &body[name_end + 1..];
    let sql_end = memchr::memchr(0, rest)?;
    Some((
        std::str::from_utf8(&body[..name_end]).ok()?,
        std::str::from_utf8(&rest[..sql_end]).ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_ignores_ascii_case_only() {
        assert!(mentions("SELECT 1; ASK 'x'", "ask"));
        assert!(mentions("show AskPg.status", "askpg"));
        assert!(mentions("ask", "ask"));
        assert!(!mentions(
            "SELECT abalance FROM pgbench_accounts WHERE aid = 1",
            "ask"
        ));
        assert!(!mentions("as", "ask"), "a prefix at the end is no match");
        assert!(!mentions("ÄSK", "ask"));
        assert!(mentions("x", ""));
        assert!(!mentions("", "ask"));
        // Anchored inside the needle: matches at both ends of the text.
        assert!(mentions("ANALYZE", "analyze"));
        assert!(mentions("explain (analyze) select", "analyze"));
        assert!(mentions("select 1; analyzE", "analyze"));
        assert!(!mentions("select z, analyz", "analyze"));
        assert!(mentions("where city = 'São Paulo'", "são paulo"));
        assert!(!mentions("where city = 'Sao Paulo'", "são paulo"));
    }

    #[test]
    fn frame_lengths_are_checked() {
        let buf = query_message("select 1");
        assert_eq!(
            frame_len(&buf[..4], 1024).unwrap(),
            None,
            "header incomplete"
        );
        assert_eq!(frame_len(&buf, 1024).unwrap(), Some(buf.len()));
        assert_eq!(query_text(&buf[HEADER_LEN..]), Some("select 1"));
        let big = query_message(&"x".repeat(2000));
        let err = frame_len(&big, 1024).unwrap_err();
        assert_eq!(err.code, sqlstate::PROGRAM_LIMIT_EXCEEDED);
        assert!(frame_len(&[b'Q', 0, 0, 0, 2], 1024).is_err());
    }

    #[test]
    fn parse_parts_reads_name_and_sql() {
        let msg = parse_message("s1", "select $1");
        assert_eq!(parse_parts(&msg[HEADER_LEN..]), Some(("s1", "select $1")));
    }
}
