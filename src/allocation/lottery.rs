//! The seeded lottery: a draw order of participants that the stored seed reproduces.
//!
//! SplitMix64 is written out here on purpose: a run must reproduce from its stored seed after
//! any upgrade, so the generator cannot depend on a crate whose algorithm may change.

/// The next value of a SplitMix64 stream.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Each of `count` participants' draw: a permutation of `1..=count` (1 = drawn first).
pub fn draws(seed: u64, count: usize) -> Vec<u64> {
    let mut order: Vec<usize> = (0..count).collect();
    let mut state = seed;
    // Fisher-Yates; the modulo bias (below 2^-40 for any real event) does not matter here.
    for i in (1..count).rev() {
        let j = usize::try_from(next(&mut state) % (i as u64 + 1)).unwrap_or(0);
        order.swap(i, j);
    }
    let mut draw = vec![0u64; count];
    for (position, participant) in order.into_iter().enumerate() {
        draw[participant] = position as u64 + 1;
    }
    draw
}

/// Each person's lottery weight (`count` for the first drawn, 1 for the last), for people
/// given by id: draws go by sorted id, so the order of the input changes nobody's luck.
pub fn luck<'a>(seed: u64, ids: impl ExactSizeIterator<Item = &'a str>) -> Vec<i64> {
    let ids: Vec<&str> = ids.collect();
    let mut by_id: Vec<usize> = (0..ids.len()).collect();
    by_id.sort_by(|a, b| ids[*a].cmp(ids[*b]));
    let drawn = draws(seed, ids.len());
    let count = ids.len() as i64;
    let mut luck = vec![0i64; ids.len()];
    for (position, person) in by_id.into_iter().enumerate() {
        luck[person] = count + 1 - i64::try_from(drawn[position]).unwrap_or(count);
    }
    luck
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_are_a_permutation_that_the_seed_reproduces() {
        let a = draws(42, 50);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (1..=50).collect::<Vec<u64>>());
        assert_eq!(a, draws(42, 50));
        assert_ne!(a, draws(43, 50));
    }

    #[test]
    fn the_stream_is_fixed_forever() {
        // Changing the generator would change every stored run's result.
        assert_eq!(draws(7, 5), vec![4, 2, 5, 3, 1]);
    }
}
