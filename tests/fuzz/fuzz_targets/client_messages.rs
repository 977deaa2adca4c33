#![no_main]
//! Bytes a client controls, through askpg's startup and message decoders.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| askpg::fuzzing::client_bytes(data));
