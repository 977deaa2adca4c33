//! PostgreSQL's own parser: libpg_query (through the `pg_query` crate) builds the raw parse
//! tree PostgreSQL would build, as protobuf bytes, and the tree is decoded into Rust types.
//!
//! libpg_query protects its own stack: it measures the stack left on the calling thread
//! and answers "stack depth limit exceeded" instead of overflowing. Decoding the tree,
//! walking it and dropping it recurse in Rust once per nesting level, up to libpg_query's
//! limit of 10,000 levels, so they run where the stack is known to suffice: on the
//! caller's stack when the tree fits in what is left, otherwise on a stack sized for the
//! tree. How deep a tree nests is known before it is decoded: at most half its length in
//! bytes (each nested message costs its parent at least a tag and a length byte), and, when
//! that bound is too coarse, from one pass over the bytes ([`nesting_bound`]).

use std::ffi::{c_char, c_int, CStr, CString};

use pg_query::protobuf::ParseResult;
use prost::Message;

use crate::error::{sqlstate, ClientError};

/// The deepest tree libpg_query encodes (`PG_QUERY_PROTOBUF_MAX_DEPTH`).
const MAX_DEPTH: usize = 10_000;

/// Stack one nesting level may take while the tree is decoded, walked and dropped: about
/// twice the most measured (1.8 KiB optimized, 18 KiB unoptimized, for the deepest trees
/// of `tests::deep_trees_are_checked_on_a_small_stack`).
const STACK_PER_LEVEL: usize = if cfg!(debug_assertions) {
    32 * 1024
} else {
    4 * 1024
};

/// Stack kept free beyond the tree's own needs (the checks' own frames, error formatting).
const STACK_RESERVE: usize = 256 * 1024;

/// Parses `sql` and runs `check` on its tree; PostgreSQL's parse error when it does not
/// parse.
pub(super) fn with_tree<T>(
    sql: &str,
    check: impl FnOnce(&ParseResult) -> Result<T, ClientError>,
) -> Result<T, ClientError> {
    let output = Output::parse(sql)?;
    let bytes = output.bytes();
    let left = stacker::remaining_stack().unwrap_or(0);
    let needed = |levels: usize| (levels.min(MAX_DEPTH) + 1) * STACK_PER_LEVEL + STACK_RESERVE;
    let mut need = needed(bytes.len() / 2);
    if need > left {
        need = needed(nesting_bound(bytes));
    }
    let run = || {
        let tree = ParseResult::decode(bytes).map_err(|e| {
            ClientError::error(
                sqlstate::SYNTAX_ERROR,
                format!("askpg could not read the parse tree: {e}"),
            )
        })?;
        check(&tree)
    };
    if need <= left {
        run()
    } else {
        stacker::grow(need, run)
    }
}

/// An upper bound of how deep the messages in protobuf `bytes` nest, from one pass without
/// the schema. Every length-delimited field is entered as if it held a message; one that
/// turns out not to be (a string) is skipped to its end, and the levels it seemed to hold
/// still count. A real message is always valid, so no real level is missed.
pub(super) fn nesting_bound(bytes: &[u8]) -> usize {
    // Ends of the fields entered, innermost last.
    let mut ends = vec![bytes.len()];
    let mut deepest = 0;
    let mut at = 0;
    while let Some(&end) = ends.last() {
        if at >= end {
            at = end;
            ends.pop();
            continue;
        }
        let skip_to = match next_field(bytes, at, end) {
            Some(Field::Scalar(next)) => next,
            Some(Field::Nested { start, end }) => {
                ends.push(end);
                deepest = deepest.max(ends.len() - 1);
                start
            }
            // Not a message after all: on past the field.
            None => end,
        };
        at = skip_to;
    }
    deepest
}

enum Field {
    /// A varint or fixed-size field; the next field starts here.
    Scalar(usize),
    /// A length-delimited field: its content.
    Nested { start: usize, end: usize },
}

/// The field starting at `at`, which must end by `end`; `None` when the bytes are not one.
fn next_field(bytes: &[u8], at: usize, end: usize) -> Option<Field> {
    let (key, at) = varint(bytes, at, end)?;
    let next = match key & 7 {
        0 => varint(bytes, at, end)?.1,
        1 => at + 8,
        5 => at + 4,
        2 => {
            let (len, start) = varint(bytes, at, end)?;
            let len = usize::try_from(len).ok()?;
            let field_end = start.checked_add(len).filter(|&e| e <= end)?;
            return Some(Field::Nested {
                start,
                end: field_end,
            });
        }
        _ => return None,
    };
    (next <= end).then_some(Field::Scalar(next))
}

/// A varint starting at `at` and ending by `end`, and where the bytes after it start.
fn varint(bytes: &[u8], mut at: usize, end: usize) -> Option<(u64, usize)> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(at).filter(|_| at < end)?;
        at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some((value, at));
        }
    }
    None
}

/// The fields of libpg_query's `PgQueryProtobuf`.
#[repr(C)]
struct Protobuf {
    len: usize,
    data: *mut c_char,
}

/// The fields of libpg_query's `PgQueryError`.
#[repr(C)]
struct ParseError {
    message: *mut c_char,
    funcname: *mut c_char,
    filename: *mut c_char,
    lineno: c_int,
    cursorpos: c_int,
    context: *mut c_char,
}

/// The fields of libpg_query's `PgQueryProtobufParseResult`.
#[repr(C)]
struct RawResult {
    parse_tree: Protobuf,
    stderr_buffer: *mut c_char,
    error: *mut ParseError,
}

// The `pg_query` crate links libpg_query statically and keeps its bindings private; these
// are the two functions of libpg_query's public header (pg_query.h) that askpg calls.
// Calling them directly (instead of `pg_query::parse`) keeps the parse on the caller's
// stack, where libpg_query's depth check is right, while the Rust side of the work may
// move to a larger stack, and skips the summary `pg_query::parse` computes.
extern "C" {
    fn pg_query_parse_protobuf(input: *const c_char) -> RawResult;
    fn pg_query_free_protobuf_parse_result(result: RawResult);
}

/// libpg_query's answer, freed on drop.
struct Output(RawResult);

impl Output {
    fn parse(sql: &str) -> Result<Output, ClientError> {
        let input = CString::new(sql).map_err(|_| {
            ClientError::error(
                sqlstate::SYNTAX_ERROR,
                "a statement cannot contain a zero byte",
            )
        })?;
        // SAFETY: `input` is a NUL-terminated string that outlives the call; the result is
        // owned by `Output`, which frees it exactly once.
        let output = Output(unsafe { pg_query_parse_protobuf(input.as_ptr()) });
        match output.error() {
            Some(err) => Err(err),
            None => Ok(output),
        }
    }

    fn error(&self) -> Option<ClientError> {
        if self.0.error.is_null() {
            return None;
        }
        // SAFETY: a non-null `error` points to a PgQueryError whose `message` is a
        // NUL-terminated string, both alive until the result is freed.
        let message = unsafe { CStr::from_ptr((*self.0.error).message) }
            .to_string_lossy()
            .into_owned();
        Some(parse_error(message))
    }

    fn bytes(&self) -> &[u8] {
        let tree = &self.0.parse_tree;
        if tree.data.is_null() || tree.len == 0 {
            return &[];
        }
        // SAFETY: without an error, `data` holds `len` bytes of encoded tree, alive until
        // the result is freed (no sooner than `self`).
        unsafe { std::slice::from_raw_parts(tree.data.cast::<u8>(), tree.len) }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        let result = std::mem::replace(
            &mut self.0,
            RawResult {
                parse_tree: Protobuf {
                    len: 0,
                    data: std::ptr::null_mut(),
                },
                stderr_buffer: std::ptr::null_mut(),
                error: std::ptr::null_mut(),
            },
        );
        // SAFETY: `result` came from pg_query_parse_protobuf and is freed only here.
        unsafe { pg_query_free_protobuf_parse_result(result) };
    }
}

/// PostgreSQL's own message for text it cannot parse: 42601, or 54001 when the statement
/// nests deeper than the parser's stack allows (as PostgreSQL reports it).
fn parse_error(message: String) -> ClientError {
    let too_deep =
        message.contains("stack depth limit exceeded") || message.contains("nested too deeply");
    if too_deep {
        return ClientError::error(sqlstate::STATEMENT_TOO_COMPLEX, message)
            .with_hint("askpg checks statements with PostgreSQL's parser, which has a nesting limit; simplify the statement.");
    }
    ClientError::error(sqlstate::SYNTAX_ERROR, message).with_hint(
        "askpg checks every statement with PostgreSQL's own grammar before it runs, and this text does not parse.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(sql: &str) -> Result<usize, ClientError> {
        with_tree(sql, |tree| Ok(tree.stmts.len()))
    }

    #[test]
    fn statements_empty_text_and_errors() {
        assert_eq!(statements("SELECT 1; SELECT 2").unwrap(), 2);
        assert_eq!(statements("").unwrap(), 0);
        assert_eq!(statements("-- ping").unwrap(), 0);
        assert_eq!(statements("/* a */ ;;").unwrap(), 0);
        let err = statements("SELEC 1").unwrap_err();
        assert_eq!(err.code, "42601");
        assert!(
            err.message.contains("syntax error at or near \"SELEC\""),
            "{}",
            err.message
        );
        assert_eq!(statements("SELECT '\0'").unwrap_err().code, "42601");
    }

    type Shape = (&'static str, fn(usize) -> String);

    /// Nestings of every kind of node that nests without bound.
    const SHAPES: [Shape; 11] = [
        ("plus", |n| format!("SELECT {}", vec!["c"; n].join(" + "))),
        ("calls", |n| {
            format!("SELECT {}1{}", "f(".repeat(n), ")".repeat(n))
        }),
        ("subselects", |n| {
            format!("SELECT {}1{}", "(SELECT ".repeat(n), ")".repeat(n))
        }),
        ("casts", |n| format!("SELECT 1{}", "::text".repeat(n))),
        ("not", |n| format!("SELECT {}true", "NOT ".repeat(n))),
        ("case", |n| {
            format!(
                "SELECT {}1{}",
                "CASE WHEN a THEN ".repeat(n),
                " END".repeat(n)
            )
        }),
        ("joins", |n| {
            let joins: String = (1..n).map(|i| format!(" JOIN t{i} ON true")).collect();
            format!("SELECT 1 FROM t0{joins}")
        }),
        ("unions", |n| vec!["SELECT 1"; n].join(" UNION ")),
        ("arrays", |n| {
            format!("SELECT {}1{}", "ARRAY[".repeat(n), "]".repeat(n))
        }),
        ("rows", |n| {
            format!("SELECT {}1{}", "ROW(".repeat(n), ")".repeat(n))
        }),
        ("ctes", |n| {
            let open = "SELECT * FROM (WITH a AS (".repeat(n);
            format!("{open}SELECT 1{}", ") SELECT 1) s".repeat(n))
        }),
    ];

    /// Deep trees of every shape libpg_query accepts are checked by the guard on a thread
    /// with the session threads' 2 MiB stack, up to libpg_query's own limit, and never
    /// overflow it: the stack sized from [`nesting_bound`] and `STACK_PER_LEVEL` suffices.
    #[test]
    fn deep_trees_are_checked_on_a_small_stack() {
        for (name, build) in SHAPES {
            let outcome = std::thread::Builder::new()
                .stack_size(2 << 20)
                .spawn(move || {
                    let guard = crate::guard::Guard::new(&crate::config::GuardConfig::default());
                    let mut deepest = 0;
                    for n in [10, 100, 400, 1600, 3200, 6400] {
                        match guard.check(&build(n)) {
                            Ok(_) => deepest = n,
                            Err(err) if matches!(err.code, "54001" | "42601") => break,
                            Err(err) => panic!("{name} {n}: {err:?}"),
                        }
                    }
                    deepest
                })
                .unwrap()
                .join();
            let deepest = outcome.unwrap_or_else(|_| panic!("{name}: the check panicked"));
            assert!(deepest >= 100, "{name}: only {deepest} levels parse");
        }
    }

    #[test]
    fn the_nesting_bound_is_never_below_the_real_depth() {
        for (name, build) in SHAPES {
            for n in [1, 5, 50, 200] {
                // Past libpg_query's own limit on this thread there is nothing to decode.
                let Ok(output) = Output::parse(&build(n)) else {
                    continue;
                };
                let bytes = output.bytes();
                let mut depth = Depth::default();
                stacker::grow(256 << 20, || {
                    let tree = ParseResult::decode(bytes).unwrap();
                    super::super::tree::walk(&mut depth, &tree).unwrap();
                });
                let bound = nesting_bound(bytes);
                // The walk counts the outermost message as level 1.
                assert!(
                    bound + 1 >= depth.deepest,
                    "{name} {n}: {bound} < {}",
                    depth.deepest
                );
                assert!(bound <= bytes.len() / 2, "{name} {n}");
            }
        }
        for bytes in [
            &b""[..],
            b"\x0a",
            b"\x0a\x7f",
            b"\x0a\x02\x0a\x00",
            b"\xff\xff\xff",
        ] {
            assert!(nesting_bound(bytes) <= 2, "{bytes:?}");
        }
    }

    #[derive(Default)]
    struct Depth {
        now: usize,
        deepest: usize,
    }

    impl super::super::tree::Visit for Depth {
        fn enter(&mut self, _node: &'static str) -> Result<(), super::super::tree::Stop> {
            self.now += 1;
            self.deepest = self.deepest.max(self.now);
            Ok(())
        }

        fn leave(&mut self, _node: &'static str) -> Result<(), super::super::tree::Stop> {
            self.now -= 1;
            Ok(())
        }
    }
}
