//! New random tokens from the operating system's generator.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The OS random generator failed (it should not; the process cannot issue links without it).
#[derive(Debug, thiserror::Error)]
#[error("the system random generator failed: {0}")]
pub struct RandomError(String);

/// 32 random bytes as 43 URL-safe base64 characters.
pub fn new_token() -> Result<String, RandomError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| RandomError(e.to_string()))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

impl From<RandomError> for crate::services::error::ServiceError {
    fn from(error: RandomError) -> Self {
        Self::Internal(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::token::looks_like_token;

    #[test]
    fn tokens_are_token_shaped_and_distinct() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert!(looks_like_token(&a));
        assert_ne!(a, b);
    }
}
