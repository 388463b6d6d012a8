//! Reading a list of occupation fields as a person's form, file row or API body gives it.

use super::{Occupation, key, lookup};
use crate::domain::fields::FieldError;
use crate::domain::text::{self, TextRule};

/// The most occupation fields one person or volunteer may list, and the longest one.
const MAX_OCCUPATIONS: usize = 20;
const OCCUPATION: TextRule = TextRule::optional_line(100);

/// Reads a list of occupation fields separated by `;` (or `,` between items that hold none)
/// as `field`'s value: each a field of the shared list (its code, or its name in any language,
/// see [`super::lookup`]), stored as its code; at most 20. `kept` are values the person
/// already has that are not on the list (typed before it existed): sent back, they stay.
pub fn parse_occupations(
    text: &str,
    field: &str,
    kept: &[String],
) -> Result<Vec<String>, FieldError> {
    let mut fields: Vec<String> = Vec::new();
    for piece in text.split(';') {
        // Some names hold a comma ("Legal, social and cultural professionals"): a piece is one
        // field when it names one, else a list separated by commas.
        let items: Vec<&str> = if piece.contains(',') && lookup(piece).is_none() {
            piece.split(',').collect()
        } else {
            vec![piece]
        };
        for item in items {
            let item = text::check(item, OCCUPATION).map_err(|problem| problem.for_field(field))?;
            if item.trim().is_empty() {
                continue;
            }
            let stored = match lookup(&item) {
                Some(group) => group.code.to_owned(),
                None => match Occupation::read(&item) {
                    Occupation::Own(own) if kept.iter().any(|k| key(k) == own) => own,
                    _ => {
                        return Err(FieldError::with_args(
                            field,
                            "problem-occupation-unknown",
                            vec![("value", item.trim().to_owned())],
                        ));
                    }
                },
            };
            if !fields.contains(&stored) {
                fields.push(stored);
            }
        }
    }
    if fields.len() > MAX_OCCUPATIONS {
        return Err(FieldError::with_args(
            field,
            "problem-occupations-too-many",
            vec![("max", MAX_OCCUPATIONS.to_string())],
        ));
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_in_any_language_become_codes_once_each() {
        let read = parse_occupations(
            "22; Pflege, 25 ;Legal, social and cultural professionals; متخصصان آموزش",
            "occupations",
            &[],
        );
        assert_eq!(
            read,
            Ok(vec!["22".into(), "25".into(), "26".into(), "23".into()])
        );
        assert_eq!(parse_occupations(" ; ", "occupations", &[]), Ok(vec![]));
    }

    #[test]
    fn text_off_the_list_is_refused_unless_the_person_already_had_it() {
        let refused = parse_occupations("22; basket weaving", "expertise", &[]);
        let problem = refused.expect_err("not on the list");
        assert_eq!(problem.field, "expertise");
        assert_eq!(problem.message, "problem-occupation-unknown");
        assert_eq!(problem.args, [("value", "basket weaving".to_owned())]);
        let kept = parse_occupations("basket weaving", "expertise", &["Basket Weaving".into()]);
        assert_eq!(kept, Ok(vec!["basket weaving".into()]));
        assert!(parse_occupations("a\u{0}b", "expertise", &[]).is_err());
        let many = super::super::headings()
            .iter()
            .flat_map(|heading| heading.fields.iter().map(|field| field.code))
            .collect::<Vec<_>>()
            .join(";");
        let too_many = parse_occupations(&many, "expertise", &[]).expect_err("more than 20");
        assert_eq!(too_many.message, "problem-occupations-too-many");
    }
}
