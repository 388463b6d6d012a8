//! [`PlacementDraft`]: one employer's taster placements in a `placement` session: how many
//! people it takes and what the day holds.

use super::fields::FieldError;
use super::fields::FormErrors;
use crate::domain::text::TextRule;
use serde::Deserialize;
use uuid::Uuid;

/// The most people one placement may take.
pub const MAX_CAPACITY: i32 = 500;

/// The placement form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlacementInput {
    /// The employer's id, from a list of the event's employers.
    pub employer_id: String,
    /// Places.
    pub capacity: String,
    /// What the taster day holds.
    pub description: String,
    /// Where, when not at the event's venue.
    pub address: String,
    /// Whom to ask for on arrival.
    pub contact: String,
    /// What to do on arrival.
    pub instructions: String,
}

/// A valid placement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacementDraft {
    /// Which employer hosts it.
    pub employer_id: Uuid,
    /// Places, 1 to [`MAX_CAPACITY`].
    pub capacity: i32,
    /// Description shown to participants, 1-300 characters.
    pub description: String,
    /// The employer's address, when the day is spent there (empty: the event's venue).
    pub address: String,
    /// Whom to ask for on arrival (may be empty).
    pub contact: String,
    /// What to do on arrival, what to wear, how to get there (may be empty).
    pub instructions: String,
}

/// An address: one line.
pub const ADDRESS: TextRule = TextRule::optional_line(300);
/// A contact person: one line.
pub const CONTACT: TextRule = TextRule::optional_line(200);
/// Instructions: a few lines.
pub const INSTRUCTIONS: TextRule = TextRule::lines(1000);

impl PlacementDraft {
    /// Checks every field; `employers` are the ids of the event's employers.
    pub fn parse(input: &PlacementInput, employers: &[Uuid]) -> Result<Self, Vec<FieldError>> {
        let mut errors = FormErrors::none();
        let employer_id = input
            .employer_id
            .trim()
            .parse::<Uuid>()
            .ok()
            .filter(|id| employers.contains(id));
        if employer_id.is_none() {
            errors.push("employer_id", "problem-placement-employer");
        }
        let capacity = input
            .capacity
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|c| (1..=MAX_CAPACITY).contains(c));
        if capacity.is_none() {
            errors.push_with(
                "capacity",
                "problem-placement-capacity",
                vec![("count", MAX_CAPACITY.to_string())],
            );
        }
        let description = errors.text(
            "description",
            &input.description,
            TextRule::required_lines(300),
            "problem-placement-description",
        );
        let address = errors.limited("address", &input.address, ADDRESS);
        let contact = errors.limited("contact", &input.contact, CONTACT);
        let instructions = errors.limited("instructions", &input.instructions, INSTRUCTIONS);
        match (employer_id, capacity) {
            (Some(employer_id), Some(capacity)) if !errors.any() => Ok(Self {
                employer_id,
                capacity,
                description,
                address,
                contact,
                instructions,
            }),
            _ => Err(errors.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_placement_needs_an_invited_employer_a_capacity_and_a_description() {
        let acme = Uuid::now_v7();
        let input = PlacementInput {
            employer_id: acme.to_string(),
            capacity: " 3 ".to_owned(),
            description: "A day in the warehouse team".to_owned(),
            address: " Lagerstraße 5, 12345 Berlin ".to_owned(),
            contact: "Ms Weber, 030 1234".to_owned(),
            instructions: "Ring at gate 2.\nSafety shoes are provided.".to_owned(),
        };
        let draft = PlacementDraft::parse(&input, &[acme]).unwrap();
        assert_eq!(draft.capacity, 3);
        assert_eq!(draft.address, "Lagerstraße 5, 12345 Berlin");
        assert!(draft.instructions.contains('\n'), "several lines");

        let stranger = PlacementInput {
            employer_id: Uuid::now_v7().to_string(),
            capacity: "0".to_owned(),
            description: String::new(),
            address: "two\nlines".to_owned(),
            ..PlacementInput::default()
        };
        let fields: Vec<String> = PlacementDraft::parse(&stranger, &[acme])
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["employer_id", "capacity", "description", "address"]
        );
    }
}
