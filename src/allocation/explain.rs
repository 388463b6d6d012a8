//! Plain reasons for everyone who got nothing or less than their first choice, read off the
//! finished allocation: what closed the options to them, or who took the places and why those
//! people came first.

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
}

/// Someone who was given an option.
struct Holder {
    /// Their rank for it.
    rank: Option<u32>,
    /// Whether they have priority.
    priority: bool,
    /// Whether any other option was open to them.
    alternatives: bool,
}

/// Why the holders of an option came before a participant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cause {
    /// They ranked it higher.
    RankedHigher,
    /// They ranked it as highly and have priority.
    Priority,
    /// They ranked it as highly; the lottery decided.
    Lottery,
    /// They needed it: without it someone would have had no place, or a worse rank overall.
    Needed,
}

/// One explanation per participant who got nothing, or less than their first choice.
pub(super) fn explain(candidates: &[Candidate<'_>], input: &AllocationInput) -> Vec<Explanation> {
    let mut holders: HashMap<usize, Vec<Holder>> = HashMap::new();
    for c in candidates {
        for (option, rank) in c.given {
            holders.entry(*option).or_default().push(Holder {
                rank: *rank,
                priority: c.person.priority,
                alternatives: c.seeker.open.len() > 1,
            });
        }
    }
    let mut out = Vec::new();
    for c in candidates {
        let has_place = c.person.held > 0 || !c.given.is_empty();
        if c.seeker.allowed == 0 {
            continue;
        }
        if !has_place {
            out.push(explanation(
                c,
                "nothing",
                nothing_reason(c, input, &holders),
            ));
            continue;
        }
        let best = c.given.iter().filter_map(|g| g.1).min();
        let Some(first_option) = first_ranked(c, input) else {
            continue;
        };
        if best == Some(1) {
            continue;
        }
        let label = option_label(input, first_option);
        let reason = match c.seeker.barriers.iter().find(|b| b.0 == first_option) {
            Some((_, barrier)) => Reason::new("alloc-first-choice-closed")
                .text("option", label)
                .reason("barrier", barrier_reason(*barrier, input)),
            // Nobody took it in this run: it had no free place to begin with.
            None if input.options[first_option].capacity == 0 => {
                Reason::new("alloc-first-choice-full").text("option", label)
            }
            None => {
                let cause = cause_for(c, first_option, Some(1), &holders);
                Reason::new("alloc-first-choice-taken")
                    .text("option", label)
                    .reason("cause", cause_reason(cause, 1, input.seed))
            }
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
fn first_ranked(c: &Candidate<'_>, input: &AllocationInput) -> Option<usize> {
    c.person
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

fn nothing_reason(
    c: &Candidate<'_>,
    input: &AllocationInput,
    holders: &HashMap<usize, Vec<Holder>>,
) -> Reason {
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
    let mut causes: Vec<Cause> = c
        .seeker
        .open
        .iter()
        .map(|(option, rank, _)| cause_for(c, *option, *rank, holders))
        .collect();
    causes.sort();
    let count = c.seeker.open.len();
    // The weakest claim over them is the honest summary.
    let cause = causes.last().copied().unwrap_or(Cause::Needed);
    Reason::new("alloc-places-taken")
        .count("count", count)
        .reason("cause", cause_reason(cause, count, input.seed))
}

/// Why the holders of `option` came before this participant, who ranked it `rank`.
fn cause_for(
    c: &Candidate<'_>,
    option: usize,
    rank: Option<u32>,
    holders: &HashMap<usize, Vec<Holder>>,
) -> Cause {
    let mine = rank.unwrap_or(u32::MAX);
    let Some(list) = holders.get(&option) else {
        return Cause::Needed;
    };
    list.iter()
        .map(|holder| {
            let theirs = holder.rank.unwrap_or(u32::MAX);
            if theirs < mine {
                Cause::RankedHigher
            } else if !holder.alternatives {
                Cause::Needed
            } else if theirs == mine && holder.priority && !c.person.priority {
                Cause::Priority
            } else if theirs == mine {
                Cause::Lottery
            } else {
                Cause::Needed
            }
        })
        .min()
        .unwrap_or(Cause::Needed)
}

/// Why the holders came first, of `count` places (the words say "it" or "them").
fn cause_reason(cause: Cause, count: usize, seed: u64) -> Reason {
    let id = match cause {
        Cause::RankedHigher => "alloc-cause-ranked-higher",
        Cause::Priority => "alloc-cause-priority",
        Cause::Lottery => "alloc-cause-lottery",
        Cause::Needed => "alloc-cause-needed",
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
