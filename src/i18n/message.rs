//! [`Message`]: something to tell a person, kept as a text id with its arguments until it is
//! known in whose language it will be read (a service refuses a change; the page that shows the
//! refusal knows the reader).

use super::{Arg, lookup};
use crate::domain::locale::Locale;
use std::borrow::Cow;
use std::fmt;

/// One argument's value.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Value {
    Text(String),
    Count(i64),
    /// Another message, said in the same language.
    Said(Box<Message>),
}

/// A text of the Fluent files with its arguments, said in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, Value)>,
}

impl Message {
    /// The text `id`, so far without arguments (an id known only at run time, such as one
    /// stored with an allocation run, is owned).
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// With the argument `name` shown as `value` is written.
    pub fn with(mut self, name: impl Into<Cow<'static, str>>, value: impl fmt::Display) -> Self {
        self.args
            .push((name.into(), Value::Text(value.to_string())));
        self
    }

    /// With the number `name`, which chooses plural forms.
    pub fn count(mut self, name: impl Into<Cow<'static, str>>, value: i64) -> Self {
        self.args.push((name.into(), Value::Count(value)));
        self
    }

    /// With the argument `name` being `message`, said in the same language.
    pub fn said(mut self, name: impl Into<Cow<'static, str>>, message: Message) -> Self {
        self.args
            .push((name.into(), Value::Said(Box::new(message))));
        self
    }

    /// Its text id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The message in `locale`'s words.
    pub fn in_locale(&self, locale: &Locale) -> String {
        // Every argument as words first (inner messages in the same language), so the lookup can
        // borrow them; counts stay numbers to choose plural forms.
        let words: Vec<String> = self
            .args
            .iter()
            .map(|(_, value)| match value {
                Value::Text(text) => text.clone(),
                Value::Count(n) => n.to_string(),
                Value::Said(message) => message.in_locale(locale),
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .zip(&words)
            .map(|((name, value), words)| {
                let value = match value {
                    Value::Count(n) => Arg::Count(*n),
                    Value::Text(_) | Value::Said(_) => Arg::Text(words),
                };
                (name.as_ref(), value)
            })
            .collect();
        lookup(locale, &self.id, &args)
    }
}

/// In English, for logs and error chains.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_locale(&Locale::default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_said_in_the_language_asked_for() {
        let message = Message::new("mail-hello").with("name", "Amira");
        assert_eq!(message.in_locale(&Locale::parse("de")), "Hallo Amira,");
        assert_eq!(message.to_string(), "Hello Amira,");
    }

    #[test]
    fn a_message_inside_another_is_said_in_the_same_language() {
        let message = Message::new("coord-refuse-event-status")
            .said("status", Message::new("coord-status-closed"));
        assert!(
            message
                .in_locale(&Locale::parse("de"))
                .contains("abgeschlossen")
        );
        assert!(message.to_string().contains("closed"));
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let one = Message::new("form-problems").count("count", 1);
        let two = Message::new("form-problems").count("count", 2);
        assert_eq!(one.to_string(), "Please correct 1 problem");
        assert_eq!(two.to_string(), "Please correct 2 problems");
    }
}
