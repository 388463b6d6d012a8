//! A person's check-in code for one event: ten hexadecimal digits, shown as two groups of five
//! (`3F9A2-C07B1`) and as a QR code. Typed codes are read forgivingly: any case, spaces and
//! dashes ignored, and the letter O taken for a zero.

/// Digits in a code.
pub const LENGTH: usize = 10;

/// The code made of five random bytes.
pub fn from_random(bytes: [u8; 5]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// The code as people read it: two groups of five.
pub fn shown(code: &str) -> String {
    match (code.get(..5), code.get(5..)) {
        (Some(first), Some(rest)) if !rest.is_empty() => format!("{first}-{rest}"),
        _ => code.to_owned(),
    }
}

/// The stored code that `typed` (by hand or read from a QR code) means, if it is one.
pub fn read(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            other => other,
        })
        .collect();
    (code.len() == LENGTH && code.chars().all(|c| c.is_ascii_hexdigit())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_ten_hex_digits_shown_in_two_groups() {
        let code = from_random([0x3f, 0x9a, 0x2c, 0x07, 0xb1]);
        assert_eq!(code, "3F9A2C07B1");
        assert_eq!(shown(&code), "3F9A2-C07B1");
    }

    #[test]
    fn typed_codes_are_read_forgivingly_and_anything_else_is_no_code() {
        for typed in ["3F9A2-C07B1", "3f9a2 c07b1", " 3F9A2C07B1 ", "3F9A2-CO7B1"] {
            assert_eq!(read(typed).as_deref(), Some("3F9A2C07B1"), "{typed:?}");
        }
        for typed in [
            "",
            "3F9A2",
            "3F9A2C07B1F",
            "3F9A2-C07BZ",
            "<script>",
            "３F9A2C07B1",
        ] {
            assert_eq!(read(typed), None, "{typed:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_code_reads_back_from_how_it_is_shown(bytes in proptest::array::uniform5(0u8..)) {
            let code = from_random(bytes);
            proptest::prop_assert_eq!(read(&shown(&code)), Some(code.clone()));
            proptest::prop_assert_eq!(read(&code.to_lowercase()), Some(code));
        }
    }
}
