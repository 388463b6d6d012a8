//! Plain reasons for everyone who got nothing or less than their first choice, read off the
//! finished allocation: what closed the options to them, or who took the places and why those
//! people came first.

use super::eligibility::Barrier;
use super::model::{AllocationInput, Explanation, ParticipantSpec};
use super::preference::Seeker;
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
            out.push(Explanation {
                participant: c.person.id.clone(),
                outcome: "nothing".to_owned(),
                reason: nothing_reason(c, input, &holders),
            });
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
            Some((_, barrier)) => format!(
                "Your first choice ({label}) is not open to you: {}.",
                barrier_text(*barrier, input)
            ),
            None => {
                let cause = cause_for(c, first_option, Some(1), &holders);
                format!(
                    "Your first choice ({label}) {}.",
                    cause_text(cause, input.seed)
                )
            }
        };
        out.push(Explanation {
            participant: c.person.id.clone(),
            outcome: "not_first_choice".to_owned(),
            reason,
        });
    }
    out
}

/// Their first-ranked option that exists.
fn first_ranked(c: &Candidate<'_>, input: &AllocationInput) -> Option<usize> {
    c.person
        .ranking
        .iter()
        .find_map(|id| input.options.iter().position(|o| &o.id == id))
}

fn option_label(input: &AllocationInput, option: usize) -> String {
    let o = &input.options[option];
    if o.label.is_empty() {
        o.id.clone()
    } else {
        o.label.clone()
    }
}

fn nothing_reason(
    c: &Candidate<'_>,
    input: &AllocationInput,
    holders: &HashMap<usize, Vec<Holder>>,
) -> String {
    if c.seeker.open.is_empty() {
        if c.seeker.barriers.is_empty() {
            return "There were no free places in this session.".to_owned();
        }
        // The barrier that closes the most options is the one worth telling.
        let mut counts: HashMap<Barrier, usize> = HashMap::new();
        for (_, barrier) in &c.seeker.barriers {
            *counts.entry(*barrier).or_default() += 1;
        }
        let mut ranked: Vec<(Barrier, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let main = barrier_text(ranked[0].0, input);
        return format!("No place in this session was open to you: {main}.");
    }
    let mut causes: Vec<Cause> = c
        .seeker
        .open
        .iter()
        .map(|(option, rank, _)| cause_for(c, *option, *rank, holders))
        .collect();
    causes.sort();
    let count = c.seeker.open.len();
    let places = if count == 1 {
        "The one place open to you".to_owned()
    } else {
        format!("All {count} places open to you")
    };
    // The weakest claim over them is the honest summary.
    let cause = causes.last().copied().unwrap_or(Cause::Needed);
    let text = cause_text(cause, input.seed);
    let text = if count == 1 {
        text
    } else {
        text.replace("ranked it", "ranked them")
            .replace("giving it", "giving one")
    };
    format!("{places} {text}.")
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

fn cause_text(cause: Cause, seed: u64) -> String {
    match cause {
        Cause::RankedHigher => "went to people who ranked it higher than you did".to_owned(),
        Cause::Priority => {
            "went to people who ranked it as highly and have priority because they missed out at an earlier event"
                .to_owned()
        }
        Cause::Lottery => format!(
            "went to people who ranked it as highly as you; a lottery decided (seed {seed})"
        ),
        Cause::Needed => {
            "went to people who could take no other place; giving it to you would have left one of them with nothing or a worse choice"
                .to_owned()
        }
    }
}

fn barrier_text(barrier: Barrier, input: &AllocationInput) -> String {
    let rules = &input.rules;
    match barrier {
        Barrier::Language => match (&rules.language, rules.min_level) {
            (Some(language), Some(level)) => {
                format!("it needs {language} at level {level} or above")
            }
            (Some(language), None) => format!("it is held in {language}"),
            (None, _) => "it needs a language you did not give".to_owned(),
        },
        Barrier::InterviewerLanguage => match (&rules.language, rules.min_level) {
            (Some(language), Some(level)) => {
                format!("no free interviewer speaks {language} at level {level} or above")
            }
            (Some(language), None) => format!("no free interviewer speaks {language}"),
            (None, Some(level)) => {
                format!("no free interviewer shares one of your languages at level {level}")
            }
            (None, None) => "no free interviewer shares one of your languages".to_owned(),
        },
        Barrier::Occupation => {
            "the session matches interviewers from your own occupation field, and none was free in it"
                .to_owned()
        }
        Barrier::Clash => "it is at the same time as another of your bookings".to_owned(),
    }
}
