#![no_main]
//! Arbitrary statement text through the read-only guard.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| askpg::fuzzing::guard(data));
