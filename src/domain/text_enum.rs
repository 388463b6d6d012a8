//! [`text_enum!`]: an enum whose every value is stored as a fixed text (a status, a mode), with
//! `as_str`, `FromStr`, `Display` and the list of all values, written once instead of per enum.

/// Declares `enum $name` whose variants are stored as the given texts, and `$error`, the error
/// of reading a text that is none of them.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident, refused as $error:ident ($what:literal) {
            $( $(#[$variant_meta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        #[doc = concat!("The text is not ", $what, ".")]
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
        #[error("'{}' is not {}", .0, $what)]
        pub struct $error(pub String);

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: &'static [Self] = &[$( Self::$variant, )+];

            /// The stored text.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $text, )+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == text)
                    .ok_or_else(|| $error(text.to_owned()))
            }
        }
    };
}

pub(crate) use text_enum;

#[cfg(test)]
mod tests {
    text_enum! {
        /// A test enum.
        pub enum Light, refused as UnknownLight ("a light") {
            /// Go.
            Green = "green",
            /// Stop.
            Red = "red",
        }
    }

    #[test]
    fn each_value_reads_back_from_its_text_and_nothing_else_does() {
        for light in Light::ALL {
            assert_eq!(light.as_str().parse(), Ok(*light));
            assert_eq!(light.to_string(), light.as_str());
        }
        assert_eq!(
            "Green".parse::<Light>().unwrap_err().to_string(),
            "'Green' is not a light"
        );
    }
}
