//! Plain reasons for everyone who got nothing or less than their first choice, read off the
//! finished allocation: what closed the options to them, or, by counterfactual, why the places
//! went to others: the first objective level on which the best plan that gives them the place
//! is worse (see [`Cause`]), so every reason is true of the plan, not a guess from who holds
//! what.

use super::eligibility::Barrier;
use super::model::{AllocationInput, Explanation, ParticipantSpec};
use super::preference::Seeker;
use super::reason::Reason;
use crate::domain::locale::Locale;
use std::collections::HashMap;

/// A participant with what the solver knew and what they got.
pub(super) struct Candidate<'a> {
    /// As given.
    pub person: &'a ParticipantSpec,
    /// Open options and barriers.
    pub seeker: &'a Seeker,
    /// Options given in this run, with rank.
    pub given: &'a [(usize, Option<u32>)],
    /// The objective level that kept them from what [`counterfactual`] asks for; `None` when
    /// no change of the plan could give it (no free place to begin with).
    pub decided_by: Option<Cause>,
}

/// What giving a participant more would have cost: the first objective level the best plan
/// with that change is worse on (the levels before it tie).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cause {
    /// Someone else would have held fewer places.
    Needed,
    /// A priority participant would have lost their place.
    Priority,
    /// Someone would have got a choice they ranked lower (or fewer would get a top choice).
    Ranked,
    /// Fewer places would have gone to people of the option's occupation field.
    Field,
    /// Nothing but the seeded lottery.
    Lottery,
    /// Nothing at all: an equally good plan, the lottery included (the one found first stays).
    Tie,
    /// Not worked out (a run with very many people left out): the plan's rules in general.
    Plan,
}

/// What a participant's explanation asks of the plan: a place at all, or their first choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Wanted {
    /// A place (they got none).
    Place,
    /// This option, their first choice (they got places, but not it).
    FirstChoice(usize),
}

/// What the explanation of this participant will be about, when it is about who took places.
pub(super) fn wanted(
    person: &ParticipantSpec,
    seeker: &Seeker,
    given: &[(usize, Option<u32>)],
    input: &AllocationInput,
) -> Option<Wanted> {
    if seeker.allowed == 0 {
        return None;
    }
    if person.held == 0 && given.is_empty() {
        return (!seeker.open.is_empty()).then_some(Wanted::Place);
    }
    if given.iter().any(|g| g.1 == Some(1)) {
        return None;
    }
    let first = first_ranked(person, input)?;
    seeker
        .open
        .iter()
        .any(|o| o.0 == first)
        .then_some(Wanted::FirstChoice(first))
}

/// One explanation per participant who got nothing, or less than their first choice.
pub(super) fn explain(candidates: &[Candidate<'_>], input: &AllocationInput) -> Vec<Explanation> {
    let mut out = Vec::new();
    for c in candidates {
        let has_place = c.person.held > 0 || !c.given.is_empty();
        if c.seeker.allowed == 0 {
            continue;
        }
        if !has_place {
            out.push(explanation(c, "nothing", nothing_reason(c, input)));
            continue;
        }
        let best = c.given.iter().filter_map(|g| g.1).min();
        let Some(first_option) = first_ranked(c.person, input) else {
            continue;
        };
        if best == Some(1) {
            continue;
        }
        let label = option_label(input, first_option);
        let reason = match (
            c.seeker.barriers.iter().find(|b| b.0 == first_option),
            c.decided_by,
        ) {
            (Some((_, barrier)), _) => Reason::new("alloc-first-choice-closed")
                .text("option", label)
                .reason("barrier", barrier_reason(*barrier, input)),
            (None, Some(cause)) => Reason::new("alloc-first-choice-taken")
                .text("option", label)
                .reason("cause", cause_reason(cause, 1, input.seed)),
            // No change of the plan frees a place in it: it had none free to begin with.
            (None, None) => Reason::new("alloc-first-choice-full").text("option", label),
        };
        out.push(explanation(c, "not_first_choice", reason));
    }
    out
}

/// The explanation for `c`, with the reason also in plain English (for the planning tool).
fn explanation(c: &Candidate<'_>, outcome: &str, because: Reason) -> Explanation {
    Explanation {
        participant: c.person.id.clone(),
        outcome: outcome.to_owned(),
        reason: because.words(&Locale::default()),
        because,
    }
}

/// Their first-ranked option that exists.
fn first_ranked(person: &ParticipantSpec, input: &AllocationInput) -> Option<usize> {
    person
        .ranking
        .iter()
        .find_map(|id| input.options.iter().position(|o| &o.id == id))
}

/// An option as reasons name it: its label, else its place in the list (`#3`), never its id,
/// which means nothing to a person.
fn option_label(input: &AllocationInput, option: usize) -> String {
    let o = &input.options[option];
    if o.label.is_empty() {
        format!("#{}", option + 1)
    } else {
        o.label.clone()
    }
}

fn nothing_reason(c: &Candidate<'_>, input: &AllocationInput) -> Reason {
    if c.seeker.open.is_empty() {
        if c.seeker.barriers.is_empty() {
            return Reason::new("alloc-no-free-places");
        }
        // The barrier that closes the most options is the one worth telling.
        let mut counts: HashMap<Barrier, usize> = HashMap::new();
        for (_, barrier) in &c.seeker.barriers {
            *counts.entry(*barrier).or_default() += 1;
        }
        let mut ranked: Vec<(Barrier, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let main = barrier_reason(ranked[0].0, input);
        return Reason::new("alloc-none-open").reason("barrier", main);
    }
    match c.decided_by {
        // Even the least costly way to give them a place is worse on this level.
        Some(cause) => {
            let count = c.seeker.open.len();
            Reason::new("alloc-places-taken")
                .count("count", count)
                .reason("cause", cause_reason(cause, count, input.seed))
        }
        None => Reason::new("alloc-no-free-places"),
    }
}

/// Why the holders came first, of `count` places (the words say "it" or "them").
fn cause_reason(cause: Cause, count: usize, seed: u64) -> Reason {
    let id = match cause {
        Cause::Ranked => "alloc-cause-ranked",
        Cause::Priority => "alloc-cause-priority",
        Cause::Field => "alloc-cause-field",
        Cause::Lottery => "alloc-cause-lottery",
        Cause::Tie => "alloc-cause-tie",
        Cause::Needed => "alloc-cause-needed",
        Cause::Plan => "alloc-cause-plan",
    };
    Reason::new(id)
        .count("count", count)
        .text("seed", seed.to_string())
}

fn barrier_reason(barrier: Barrier, input: &AllocationInput) -> Reason {
    let rules = &input.rules;
    let language = rules.language.clone();
    let level = rules.min_level.map(|level| level.to_string());
    let with = |id: &str| {
        let mut reason = Reason::new(id);
        if let Some(language) = &language {
            reason = reason.text("language", language.clone());
        }
        if let Some(level) = &level {
            reason = reason.text("level", level.clone());
        }
        reason
    };
    match barrier {
        Barrier::Language => with(match (&language, &level) {
            (Some(_), Some(_)) => "alloc-barrier-language-level",
            (Some(_), None) => "alloc-barrier-language",
            (None, _) => "alloc-barrier-language-unknown",
        }),
        Barrier::InterviewerLanguage => with(match (&language, &level) {
            (Some(_), Some(_)) => "alloc-barrier-interviewer-language-level",
            (Some(_), None) => "alloc-barrier-interviewer-language",
            (None, Some(_)) => "alloc-barrier-interviewer-level",
            (None, None) => "alloc-barrier-interviewer-none",
        }),
        Barrier::Occupation => Reason::new("alloc-barrier-occupation"),
        Barrier::Clash => Reason::new("alloc-barrier-clash"),
    }
}

#[cfg(test)]
mod tests {
    use crate::allocation::model::*;

    #[test]
    fn a_reason_names_an_unlabelled_option_by_its_place_never_its_id() {
        let option = |id: &str, label: &str, starts: i64| OptionSpec {
            id: id.to_owned(),
            label: label.to_owned(),
            time: Span {
                starts,
                ends: starts + 10,
            },
            capacity: 1,
            volunteer: None,
            languages: vec![],
            fields: vec![],
        };
        let options = vec![option("0195-slot-id", "", 0), option("later", "Later", 20)];
        let person = |id: &str, ranking: &[&str]| ParticipantSpec {
            id: id.to_owned(),
            ranking: ranking.iter().map(|r| (*r).to_owned()).collect(),
            ..ParticipantSpec::default()
        };
        let input = AllocationInput {
            seed: 1,
            rules: SessionRules {
                max_per_participant: 1,
                ..SessionRules::default()
            },
            options,
            participants: vec![
                person("only-first", &["0195-slot-id"]),
                person("either", &["0195-slot-id", "later"]),
            ],
        };
        let result = crate::allocation::allocate(&input, |_, _| {}).unwrap();
        let reasons: Vec<&str> = result
            .explanations
            .iter()
            .map(|e| e.reason.as_str())
            .collect();
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(reasons[0].contains("(#1)"), "{reasons:?}");
        assert!(!reasons[0].contains("slot-id"), "{reasons:?}");
    }

    #[test]
    fn a_first_choice_without_free_places_is_said_to_be_full_not_taken_by_others() {
        let option = |id: &str, capacity: u32, starts: i64| OptionSpec {
            id: id.to_owned(),
            label: id.to_owned(),
            time: Span {
                starts,
                ends: starts + 10,
            },
            capacity,
            volunteer: None,
            languages: vec![],
            fields: vec![],
        };
        let input = AllocationInput {
            seed: 1,
            rules: SessionRules {
                max_per_participant: 1,
                ..SessionRules::default()
            },
            options: vec![option("Full", 0, 0), option("Later", 1, 20)],
            participants: vec![ParticipantSpec {
                id: "p".to_owned(),
                ranking: vec!["Full".to_owned(), "Later".to_owned()],
                ..ParticipantSpec::default()
            }],
        };
        let result = crate::allocation::allocate(&input, |_, _| {}).unwrap();
        let reasons: Vec<&str> = result
            .explanations
            .iter()
            .map(|e| e.reason.as_str())
            .collect();
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(reasons[0].contains("had no free place left"), "{reasons:?}");
        assert!(!reasons[0].contains("no other place"), "{reasons:?}");
    }
}
