//! The `To:` header of a mail: the recipient's name and address, with a name that is not plain
//! ASCII written as RFC 2047 encoded-words that each hold whole words.
//!
//! lettre cuts a long name wherever its line fills up, often inside a word; RFC 2047 decoders
//! glue the pieces back, but Python's standard parser (and others that keep the space between
//! two encoded-words of a display name) show the word broken by a space. Here a name is one
//! encoded-word when it fits (at most 75 characters, RFC 2047 section 2); a longer name is cut
//! only after a space, and that space goes inside the earlier encoded-word so that decoders
//! which drop the whitespace between encoded-words still keep the words apart. Only a single
//! word too long for one encoded-word is ever cut inside (between characters).

use base64::Engine;

/// The longest run of UTF-8 bytes one encoded-word carries: `=?utf-8?b?` + 60 base64
/// characters + `?=` is 72 characters, within RFC 2047's 75.
const BYTES_PER_WORD: usize = 45;

/// The value of a `To:` header for `name` at `address` (the address already checked). An empty
/// name gives the bare address.
pub fn to_header_value(name: &str, address: &str) -> String {
    if name.is_empty() {
        return address.to_owned();
    }
    if name.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) && !name.contains("=?") {
        return format!("{} <{address}>", quoted(name));
    }
    let words: Vec<String> = encoded_chunks(name)
        .iter()
        .map(|chunk| {
            let base64 = base64::engine::general_purpose::STANDARD.encode(chunk.as_bytes());
            format!("=?utf-8?b?{base64}?=")
        })
        .collect();
    // Each encoded-word on its own folded line keeps every line short.
    format!("{} <{address}>", words.join("\r\n "))
}

/// `name` as a quoted-string when it holds anything but letters, digits and spaces.
fn quoted(name: &str) -> String {
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == ' ' || "!#$%&'*+-/=?^_`{|}~".contains(c))
    {
        return name.to_owned();
    }
    let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// `name` cut into pieces of at most [`BYTES_PER_WORD`] bytes, each ending after a space where
/// one falls within the piece.
fn encoded_chunks(name: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut rest = name;
    while rest.len() > BYTES_PER_WORD {
        let mut limit = BYTES_PER_WORD;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = match rest[..limit].rfind(' ') {
            Some(space) if space > 0 => space + 1,
            _ => limit,
        };
        chunks.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    if !rest.is_empty() {
        chunks.push(rest);
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(value: &str) -> Vec<String> {
        let names = value.rsplit_once(" <").unwrap().0;
        names
            .split("\r\n ")
            .map(|word| {
                let base64 = word
                    .strip_prefix("=?utf-8?b?")
                    .and_then(|w| w.strip_suffix("?="))
                    .unwrap();
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(base64)
                    .unwrap();
                String::from_utf8(bytes).unwrap()
            })
            .collect()
    }

    #[test]
    fn a_long_arabic_name_is_cut_only_after_a_space() {
        let name = "ليلى حسن عبد الرحمن الأحمد بن خالد";
        let value = to_header_value(name, "layla@example.org");
        let pieces = decoded(&value);
        assert!(pieces.len() > 1, "{value}");
        assert_eq!(pieces.concat(), name);
        for piece in &pieces[..pieces.len() - 1] {
            assert!(piece.ends_with(' '), "{piece:?} ends inside a word");
        }
        for line in value.split("\r\n") {
            assert!(line.trim().len() <= 76, "{line}");
        }
    }

    #[test]
    fn a_short_name_is_one_encoded_word() {
        let value = to_header_value("أميرة حداد", "amira@example.org");
        assert_eq!(decoded(&value), vec!["أميرة حداد".to_owned()]);
    }

    #[test]
    fn a_single_overlong_word_is_cut_between_characters() {
        let name = "ا".repeat(40);
        let pieces = decoded(&to_header_value(&name, "a@example.org"));
        assert_eq!(pieces.concat(), name);
        assert!(pieces.iter().all(|p| p.len() <= BYTES_PER_WORD));
    }

    #[test]
    fn ascii_names_are_plain_or_quoted() {
        assert_eq!(
            to_header_value("Amira Haddad", "a@example.org"),
            "Amira Haddad <a@example.org>"
        );
        assert_eq!(
            to_header_value("Haddad, \"Amira\"", "a@example.org"),
            "\"Haddad, \\\"Amira\\\"\" <a@example.org>"
        );
        assert_eq!(to_header_value("", "a@example.org"), "a@example.org");
        // A name that looks like an encoded-word is encoded, so no reader decodes it as one.
        let spoof = to_header_value("=?utf-8?b?QWRtaW4=?=", "a@example.org");
        assert_eq!(decoded(&spoof), vec!["=?utf-8?b?QWRtaW4=?=".to_owned()]);
    }
}
