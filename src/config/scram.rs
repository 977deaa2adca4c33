//! SCRAM-SHA-256 verifiers as `pg_authid` stores them (`auth.users[].scram_verifier`).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// A decoded SCRAM-SHA-256 verifier: what the server keeps instead of a password.
#[derive(Clone)]
pub struct ScramVerifier {
    pub iterations: usize,
    pub salt: Vec<u8>,
    pub stored_key: Vec<u8>,
    pub server_key: Vec<u8>,
}

impl std::fmt::Debug for ScramVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScramVerifier")
            .field("iterations", &self.iterations)
            .finish_non_exhaustive()
    }
}

impl ScramVerifier {
    /// Parses `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let rest = text
            .strip_prefix("SCRAM-SHA-256$")
            .ok_or("must start with SCRAM-SHA-256$")?;
        let (params, keys) = rest.split_once('$').ok_or("missing '$' before the keys")?;
        let (iterations, salt) = params
            .split_once(':')
            .ok_or("missing ':' after iterations")?;
        let (stored, server) = keys.split_once(':').ok_or("missing ':' between the keys")?;
        let decode = |what: &str, s: &str| STANDARD.decode(s).map_err(|e| format!("{what}: {e}"));
        let verifier = Self {
            iterations: iterations
                .parse()
                .map_err(|_| format!("iterations {iterations:?} is not a number"))?,
            salt: decode("salt", salt)?,
            stored_key: decode("StoredKey", stored)?,
            server_key: decode("ServerKey", server)?,
        };
        if verifier.stored_key.len() != 32 || verifier.server_key.len() != 32 {
            return Err("StoredKey and ServerKey must be 32 bytes".into());
        }
        Ok(verifier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifier_strings_parse_and_bad_ones_are_explained() {
        let text = "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$\
            WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:\
            ZGKJgPWqZg8JUkp9SL7UZYxwRwubbn2PVIaN8IOP0oE=";
        let v = ScramVerifier::parse(text).unwrap();
        assert_eq!(v.iterations, 4096);
        assert!(ScramVerifier::parse("md5abc")
            .unwrap_err()
            .contains("SCRAM-SHA-256$"));
        assert!(ScramVerifier::parse("SCRAM-SHA-256$x:c2FsdA==$a:b").is_err());
    }
}
