//! Cache keys for guard verdicts: the statement text with its numeric literals replaced,
//! so `WHERE aid = 17` and `WHERE aid = 42` share one verdict. Texts that mention ANALYZE
//! keep their exact key (EXPLAIN's `ANALYZE 0/1` option); verdicts that depend on other
//! literal values (a timeout's new value) are never stored under a normalized key (see
//! `VerdictCache`). Digits inside strings, quoted identifiers, dollar
//! quotes, comments, identifiers (`t1`) and parameters (`$1`) are kept; text the scanner
//! cannot follow to its end (an unterminated quote or comment) gets no key.

/// The normalized key, or None when `sql` must be keyed by its exact text.
#[cfg(test)]
fn numbers_normalized(sql: &str) -> Option<String> {
    let mut out = Vec::new();
    normalize_into(sql, &mut out).then(|| String::from_utf8(out).expect("digits are ASCII"))
}

/// Writes the normalized key of `sql` into `out` (cleared first); false when `sql` must be
/// keyed by its exact text. Only ASCII digits are replaced, so the key is UTF-8 like `sql`.
pub(super) fn normalize_into(sql: &str, out: &mut Vec<u8>) -> bool {
    out.clear();
    if crate::protocol::mentions(sql, "analyze") {
        return false;
    }
    let bytes = sql.as_bytes();
    let mut i = 0;
    // Bytes before `copied` are in `out`; everything up to a numeric literal is copied in
    // one piece.
    let mut copied = 0;
    while i < bytes.len() {
        match next_token_start(bytes, i) {
            Some(at) => i = at,
            None => break,
        }
        let b = bytes[i];
        let prev_ident = i > 0 && is_ident(bytes[i - 1]);
        let end = match b {
            b'\'' => {
                let escapes = i > 0
                    && matches!(bytes[i - 1], b'e' | b'E')
                    && !(i > 1 && is_ident(bytes[i - 2]));
                match quoted(bytes, i, b'\'', escapes) {
                    Some(end) => end,
                    None => return false,
                }
            }
            b'"' => match quoted(bytes, i, b'"', false) {
                Some(end) => end,
                None => return false,
            },
            b'$' if !prev_ident => match dollar(bytes, i) {
                Some(end) => end,
                None => return false,
            },
            b'-' if bytes.get(i + 1) == Some(&b'-') => bytes[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(bytes.len(), |p| i + p + 1),
            b'/' if bytes.get(i + 1) == Some(&b'*') => match block_comment(bytes, i) {
                Some(end) => end,
                None => return false,
            },
            b'0'..=b'9' if !prev_ident => {
                let mut j = i;
                while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
                    j += 1;
                }
                if j < bytes.len() && matches!(bytes[j], b'e' | b'E') {
                    let mut k = j + 1;
                    if k < bytes.len() && matches!(bytes[k], b'+' | b'-') {
                        k += 1;
                    }
                    if k < bytes.len() && bytes[k].is_ascii_digit() {
                        j = k;
                        while j < bytes.len() && bytes[j].is_ascii_digit() {
                            j += 1;
                        }
                    }
                }
                out.extend_from_slice(&bytes[copied..i]);
                out.push(b'#');
                i = j;
                copied = j;
                continue;
            }
            _ => i + 1,
        };
        i = end;
    }
    out.extend_from_slice(&bytes[copied..]);
    true
}

/// Bytes that may start a token the scanner follows (quote, dollar quote or parameter,
/// comment, numeric literal); `next_token_start` steps over every other byte.
const STARTS_TOKEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = b'0';
    while b <= b'9' {
        table[b as usize] = true;
        b += 1;
    }
    table[b'\'' as usize] = true;
    table[b'"' as usize] = true;
    table[b'$' as usize] = true;
    table[b'-' as usize] = true;
    table[b'/' as usize] = true;
    table
};

/// The first byte at or after `from` that may start a token. Every such byte lies in
/// `"`..=`9`, so runs of 16 bytes outside that range (letters, spaces, most of a
/// statement) are skipped with one comparison per byte that the compiler vectorizes.
fn next_token_start(bytes: &[u8], mut from: usize) -> Option<usize> {
    const LOW: u8 = b'"';
    const SPAN: u8 = b'9' - b'"';
    while let Some(chunk) = bytes.get(from..from + 16) {
        if chunk
            .iter()
            .fold(false, |any, &b| any | (b.wrapping_sub(LOW) <= SPAN))
        {
            break;
        }
        from += 16;
    }
    bytes[from..]
        .iter()
        .position(|&b| STARTS_TOKEN[usize::from(b)])
        .map(|skip| from + skip)
}

/// Identifier characters: letters, digits, `_`, `$` and any non-ASCII byte.
fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

/// End (exclusive) of a quoted token starting at `start`; a doubled quote is an escaped
/// quote, and with `escapes` so is a backslash-escaped one.
fn quoted(bytes: &[u8], start: usize, quote: u8, escapes: bool) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if escapes => i += 2,
            c if c == quote => {
                if bytes.get(i + 1) == Some(&quote) {
                    i += 2;
                } else {
                    return Some(i + 1);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// End of a `$n` parameter or a `$tag$ … $tag$` string starting at `start`.
fn dollar(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if bytes.get(i).is_some_and(u8::is_ascii_digit) {
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        return Some(i);
    }
    while bytes
        .get(i)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
    {
        i += 1;
    }
    if bytes.get(i) != Some(&b'$') {
        // Not a dollar quote: a lone `$` (PostgreSQL would reject it).
        return Some(start + 1);
    }
    let tag = &bytes[start..=i];
    let body = i + 1;
    let close = bytes[body..].windows(tag.len()).position(|w| w == tag)?;
    Some(body + close + tag.len())
}

/// End of a (nested) block comment starting at `start`.
pub(crate) fn block_comment(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::numbers_normalized as n;
    use super::{next_token_start, STARTS_TOKEN};

    #[test]
    fn the_chunked_skip_stops_where_a_byte_by_byte_scan_does() {
        for b in 0..=255u8 {
            if STARTS_TOKEN[usize::from(b)] {
                assert!(
                    (b'"'..=b'9').contains(&b),
                    "byte {b:#x} outside the skipped range"
                );
            }
        }
        // Token starts at every offset around the 16-byte chunk edges, after runs of
        // in-range bytes that start nothing (`(`, `,`, `.`, `*`).
        for len in 0..40 {
            for at in 0..=len {
                for filler in [b'a', b'(', b'.', b' '] {
                    for start in [b'7', b'\'', b'-', b'$', b'/'] {
                        let mut text = vec![filler; len];
                        if at < len {
                            text[at] = start;
                        }
                        let naive = text.iter().position(|&b| STARTS_TOKEN[usize::from(b)]);
                        for from in 0..=len {
                            assert_eq!(
                                next_token_start(&text, from),
                                naive.filter(|&p| p >= from),
                                "len {len}, token at {at}, from {from}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn numeric_literals_share_a_key() {
        assert_eq!(
            n("SELECT abalance FROM a WHERE aid = 17;"),
            n("SELECT abalance FROM a WHERE aid = 42;")
        );
        assert_eq!(n("SELECT 1.5e-3, 2"), Some("SELECT #, #".into()));
        assert_eq!(n("SELECT .5"), Some("SELECT .#".into()));
    }

    #[test]
    fn digits_that_are_not_numeric_literals_are_kept() {
        for (a, b) in [
            ("SELECT * FROM t1", "SELECT * FROM t2"),
            ("SELECT * FROM \"hr 1\".x", "SELECT * FROM \"hr 2\".x"),
            ("SELECT 'a1'", "SELECT 'a2'"),
            ("SELECT E'\\'1'", "SELECT E'\\'2'"),
            ("SELECT $q$ 1 $q$", "SELECT $q$ 2 $q$"),
            ("SELECT $1", "SELECT $2"),
            (
                "SELECT set_config('a1', '1', false)",
                "SELECT set_config('a2', '1', false)",
            ),
            ("SELECT x$1", "SELECT x$2"),
        ] {
            assert_ne!(n(a), n(b), "{a} / {b}");
        }
    }

    #[test]
    fn comments_and_quotes_are_followed_like_postgresql() {
        // The DELETE is inside the nested comment for PostgreSQL; its digits stay apart from code.
        assert_eq!(
            n("SELECT 1 /* /* */ 7 */"),
            Some("SELECT # /* /* */ 7 */".into())
        );
        // A standard string ends at the first quote even after a backslash.
        assert_eq!(n("SELECT 'a\\' , 3"), Some("SELECT 'a\\' , #".into()));
        assert_eq!(n("SELECT E'a\\' , 3'"), Some("SELECT E'a\\' , 3'".into()));
        assert_eq!(n("SELECT 'it''s', 3"), Some("SELECT 'it''s', #".into()));
    }

    #[test]
    fn unterminated_text_and_analyze_get_no_key() {
        for sql in [
            "SELECT 'x",
            "SELECT \"x",
            "SELECT $a$ x",
            "SELECT /* x",
            "EXPLAIN (ANALYZE 0) SELECT 1",
            "explain (analyze 1) select 1",
        ] {
            assert_eq!(n(sql), None, "{sql}");
        }
    }
}
