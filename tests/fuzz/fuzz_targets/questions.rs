#![no_main]
//! Arbitrary text through question recognition, literal extraction, answer parsing and the
//! strict policy for generated SQL.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| askpg::fuzzing::questions(data));
