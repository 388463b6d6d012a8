//! A participant's ranked choices in a preferences session, as the form sends them: a rank
//! (1, 2, 3, ...) or nothing beside each option. Checked into an ordered list of options.

use super::fields::FieldError;
use uuid::Uuid;

/// How many choices are needed: three, or every option when there are fewer.
pub fn choices_needed(options: usize) -> usize {
    options.min(3)
}

/// Reads `(option, rank as typed)` pairs into the options in rank order. Every rank must be a
/// whole number from 1 to the number of options, used once; at least [`choices_needed`] options
/// must be ranked; options not offered are refused. Gaps close up (1, 2, 5 means 1, 2, 3).
pub fn parse_ranking(
    entries: &[(Uuid, String)],
    offered: &[Uuid],
) -> Result<Vec<Uuid>, Vec<FieldError>> {
    let mut ranked: Vec<(usize, Uuid)> = Vec::new();
    let mut errors = Vec::new();
    for (option, typed) in entries {
        let typed = typed.trim();
        if typed.is_empty() {
            continue;
        }
        if !offered.contains(option) {
            errors.push(FieldError::new("ranking", "rank-error-gone"));
            continue;
        }
        match typed.parse::<usize>() {
            Ok(rank) if (1..=offered.len()).contains(&rank) => {
                if ranked.iter().any(|(r, _)| *r == rank) {
                    errors.push(FieldError::with_args(
                        "ranking",
                        "rank-error-twice",
                        vec![("position", rank.to_string())],
                    ));
                } else if ranked.iter().any(|(_, o)| o == option) {
                    errors.push(FieldError::new("ranking", "rank-error-option-twice"));
                } else {
                    ranked.push((rank, *option));
                }
            }
            _ => errors.push(FieldError::with_args(
                "ranking",
                "rank-error-range",
                vec![("options", offered.len().to_string())],
            )),
        }
    }
    let needed = choices_needed(offered.len());
    if errors.is_empty() && ranked.len() < needed {
        errors.push(FieldError::with_args(
            "ranking",
            "rank-error-too-few",
            vec![("needed", needed.to_string())],
        ));
    }
    if !errors.is_empty() {
        errors.dedup();
        return Err(errors);
    }
    ranked.sort_by_key(|(rank, _)| *rank);
    Ok(ranked.into_iter().map(|(_, option)| option).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ids(n: u128) -> Vec<Uuid> {
        (1..=n).map(Uuid::from_u128).collect()
    }

    #[test]
    fn ranks_give_the_order_and_gaps_close_up() {
        let offered = ids(5);
        let entries = vec![
            (offered[0], "5".to_owned()),
            (offered[1], String::new()),
            (offered[2], "1".to_owned()),
            (offered[3], " 2 ".to_owned()),
        ];
        assert_eq!(
            parse_ranking(&entries, &offered).unwrap(),
            [offered[2], offered[3], offered[0]]
        );
    }

    #[test]
    fn duplicates_too_few_strangers_and_junk_are_refused() {
        let offered = ids(4);
        let twice = vec![
            (offered[0], "1".to_owned()),
            (offered[1], "1".to_owned()),
            (offered[2], "2".to_owned()),
        ];
        assert_eq!(
            parse_ranking(&twice, &offered).unwrap_err()[0],
            FieldError::with_args(
                "ranking",
                "rank-error-twice",
                vec![("position", "1".into())]
            )
        );
        let two = vec![(offered[0], "1".to_owned()), (offered[1], "2".to_owned())];
        assert_eq!(
            parse_ranking(&two, &offered).unwrap_err()[0].args,
            [("needed", "3".to_owned())]
        );
        let stranger = vec![(Uuid::from_u128(99), "1".to_owned())];
        assert!(parse_ranking(&stranger, &offered).is_err());
        let junk = vec![(offered[0], "first".to_owned())];
        assert!(parse_ranking(&junk, &offered).is_err());
        let small = ids(2);
        let both = vec![(small[0], "2".to_owned()), (small[1], "1".to_owned())];
        assert_eq!(parse_ranking(&both, &small).unwrap(), [small[1], small[0]]);
    }

    proptest! {
        /// Any permutation of distinct ranks gives back every ranked option exactly once.
        #[test]
        fn a_valid_ranking_lists_each_option_once(order in Just(ids(6)).prop_shuffle(), k in 3usize..=6) {
            let offered = ids(6);
            let entries: Vec<(Uuid, String)> = order
                .iter()
                .take(k)
                .enumerate()
                .map(|(i, o)| (*o, (i + 1).to_string()))
                .collect();
            let ranking = parse_ranking(&entries, &offered).unwrap();
            prop_assert_eq!(ranking, order[..k].to_vec());
        }
    }
}
