//! Entry points for the fuzz targets in `tests/fuzz`: every decoder askpg applies to bytes
//! a client controls, and the guard. Not part of the supported API.

use crate::config::GuardConfig;
use crate::guard::Guard;
use crate::protocol::{self, HEADER_LEN};

/// Runs client bytes through the startup and message decoders: a startup packet body
/// first, then typed messages as the relay and the authentication read them.
pub fn client_bytes(data: &[u8]) {
    if let Ok(params) = crate::frontend::parse_parameters(data) {
        let _ = crate::frontend::check_parameters(&params);
    }
    let mut rest = data;
    while let Ok(Some(len)) = protocol::frame_len(rest, 1 << 20) {
        if rest.len() < len {
            break;
        }
        let body = &rest[HEADER_LEN..len];
        match rest[0] {
            b'Q' => {
                let _ = protocol::query_text(body);
            }
            b'P' => {
                let _ = protocol::parse_parts(body);
            }
            b'p' => {
                let _ = crate::frontend::auth::parse_sasl_initial_response(body);
            }
            _ => {
                let _ = crate::upstream::error_fields(body);
            }
        }
        rest = &rest[len..];
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::config::ScramVerifier::parse(text);
    }
}

/// Runs arbitrary text through the guard.
pub fn guard(data: &[u8]) {
    thread_local! {
        static GUARD: Guard = Guard::new(&GuardConfig::default());
    }
    let text = String::from_utf8_lossy(data);
    GUARD.with(|guard| {
        let _ = guard.check(&text);
    });
}

/// Runs arbitrary text through everything that reads a question or a model's answer:
/// statement recognition, admin statements, literal extraction and re-binding, answer
/// parsing and the strict policy for generated SQL.
pub fn questions(data: &[u8]) {
    use crate::ask::{corpus::Corpus, literals, statement, validate};
    thread_local! {
        static STATE: (Guard, Corpus, literals::ValueIndex) = {
            let corpus = Corpus::default();
            let index = literals::ValueIndex::build(&corpus);
            (Guard::new(&GuardConfig::default()), corpus, index)
        };
    }
    let text = String::from_utf8_lossy(data);
    let _ = statement::recognize(&text);
    let _ = crate::admin::recognize(&text);
    let _ = crate::ask::generate::prompt::parse_answer(&text);
    STATE.with(|(guard, corpus, index)| {
        let template = literals::extract(&text, index);
        let _ = literals::rebind(&text, &template.literals, &template.literals);
        let _ = validate::check_generated(guard, corpus, &text, 100);
    });
}

#[cfg(test)]
mod tests {
    /// The fuzz entry points must survive hostile input (the fuzzers explore further).
    #[test]
    fn entry_points_survive_hostile_input() {
        let samples: [&[u8]; 6] = [
            b"",
            b"user\0\0",
            &[b'Q', 0, 0, 0, 5, 0xff],
            &[b'p', 0, 0, 0, 12, b'S', 0, 0x7f, 0xff, 0xff, 0xff, 0, 0],
            &[b'P', 0xff, 0xff, 0xff, 0xff],
            b"SCRAM-SHA-256$4096:$:",
        ];
        for sample in samples {
            super::client_bytes(sample);
            super::guard(sample);
            super::questions(sample);
        }
        for text in [
            "ASK $$",
            "EXPLAIN (FORMAT JSON ASK 'x'",
            "-- ask:",
            "/* ask: /* nested */",
            "top 5 in Q5 2024 from 2025-02-30",
            "```sql\n",
            // Found by the fuzzer: a six-byte word that is not ASCII.
            "0T\u{6},ցmցm,ցm",
            "--\u{fff}!",
            "/*\u{fff}",
            "/*/",
        ] {
            super::questions(text.as_bytes());
        }
        super::guard("(".repeat(100_000).as_bytes());
    }
}
