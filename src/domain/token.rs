//! Access tokens as stored: only a SHA-256 hash of the token ever reaches the database.

use sha2::{Digest, Sha256};

/// The hex SHA-256 of a token, as stored and looked up.
pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `token` has the shape of a Fairplan token (43 URL-safe base64 characters), so
/// that junk is refused before any database look-up.
pub fn looks_like_token(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_stable_hex_and_differs_from_the_token() {
        let hash = token_hash("abc");
        assert_eq!(
            hash,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn only_token_shaped_text_is_looked_up() {
        assert!(looks_like_token(&"a".repeat(43)));
        assert!(!looks_like_token("short"));
        assert!(!looks_like_token(&format!("{}/", "a".repeat(42))));
    }
}
