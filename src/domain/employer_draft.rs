//! [`EmployerDraft`]: a partner employer and the contact person who registers its volunteers.

use super::email::EmailAddress;
use super::fields::{FieldError, FormErrors};
use crate::domain::text::TextRule;
use serde::Deserialize;

/// The employer form as typed.
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EmployerInput {
    /// The employer's name.
    pub name: String,
    /// The contact person's name.
    pub contact_name: String,
    /// The contact person's address.
    pub contact_email: String,
    /// The language the contact reads mails in.
    pub contact_language: String,
}

/// A valid employer with its contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerDraft {
    /// Name, 1-200 characters.
    pub name: String,
    /// Contact's name.
    pub contact_name: String,
    /// Contact's address.
    pub contact_email: EmailAddress,
    /// Contact's language code.
    pub contact_language: String,
}

impl EmployerDraft {
    /// Checks every field; `languages` are the languages mails can be written in.
    pub fn parse(input: &EmployerInput, languages: &[&str]) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let name = errors.text(
            "name",
            &input.name,
            TextRule::line(200),
            "problem-employer-name",
        );
        let contact_name = errors.text(
            "contact_name",
            &input.contact_name,
            TextRule::line(200),
            "problem-contact-name",
        );
        let contact_email = EmailAddress::parse(&input.contact_email)
            .map_err(|e| errors.push_error(e.problem("contact_email")))
            .ok();
        let contact_language = input.contact_language.trim().to_ascii_lowercase();
        if !languages.contains(&contact_language.as_str()) {
            errors.push_with(
                "contact_language",
                "problem-choose-language",
                vec![("options", languages.join(", "))],
            );
        }
        match contact_email {
            Some(contact_email) if !errors.any() => Ok(Self {
                name,
                contact_name,
                contact_email,
                contact_language,
            }),
            _ => Err(errors.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_employer_needs_a_name_a_contact_and_a_mail_language() {
        let input = EmployerInput {
            name: "Acme Health".to_owned(),
            contact_name: "Jo Lee".to_owned(),
            contact_email: "Jo@Acme.example".to_owned(),
            contact_language: "en".to_owned(),
        };
        let draft = EmployerDraft::parse(&input, &["en", "de"]).unwrap();
        assert_eq!(draft.contact_email.as_str(), "jo@acme.example");
        let errors = EmployerDraft::parse(&EmployerInput::default(), &["en", "de"]).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["name", "contact_name", "contact_email", "contact_language"]
        );
    }
}
