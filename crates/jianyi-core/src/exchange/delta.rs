//! Deltas: a packet to a partner carries only what the partner does not
//! hold yet. Every event is numbered by its office of origin when it is
//! first sealed (`Seal::seq`: 1, 2, 3 … per office), so what an office holds
//! is, per office of origin, a few ranges of numbers (`Holdings`). Each
//! packet says what its sender holds; the receiver remembers the newest
//! such word of each partner and leaves out of its next packet to that
//! partner whatever the partner said it holds. A lost packet is covered by
//! the next one: the partner never said it holds what it never received.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::exchange::packet::Seal;
use crate::ids::OfficeId;

/// What an office holds: per office of origin, the numbers (`Seal::seq`)
/// of its events held, as sorted, disjoint, non-adjacent inclusive ranges.
/// As JSON: `{"<office id>":[[1,120],[124,130]]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Holdings(pub BTreeMap<OfficeId, Vec<[u64; 2]>>);

impl Holdings {
    /// The holdings of the given seals (those without a number count for
    /// nothing: they were sealed before numbers were kept).
    pub fn of<'a>(seals: impl IntoIterator<Item = &'a Seal>) -> Holdings {
        let mut by_office: BTreeMap<OfficeId, Vec<u64>> = BTreeMap::new();
        for seal in seals {
            if let Some(seq) = seal.seq {
                by_office.entry(seal.office).or_default().push(seq);
            }
        }
        Holdings(
            by_office
                .into_iter()
                .map(|(office, mut seqs)| {
                    seqs.sort_unstable();
                    seqs.dedup();
                    (office, ranges(&seqs))
                })
                .collect(),
        )
    }

    /// Whether the event of `office` numbered `seq` is held.
    pub fn contains(&self, office: OfficeId, seq: u64) -> bool {
        self.0.get(&office).is_some_and(|ranges| {
            // The last range starting at or before `seq`.
            let i = ranges.partition_point(|r| r[0] <= seq);
            i > 0 && ranges[i - 1][1] >= seq
        })
    }

    /// How many events are held, over all offices.
    pub fn count(&self) -> u64 {
        self.0
            .values()
            .flatten()
            .map(|r| r[1].saturating_sub(r[0]) + 1)
            .sum()
    }

    /// Whether a partner that said it holds `self`, and whose own office
    /// is `partner`, lacks the event under `seal`: it is not among what the
    /// partner said it holds — its own events included, which a partner
    /// restored from an older backup lacks and gets back this way. An event
    /// sealed without a number (before numbers were kept) is sent to all
    /// but its maker (the receiver counts it as already held).
    pub fn lacks(&self, partner: OfficeId, seal: &Seal) -> bool {
        match seal.seq {
            Some(seq) => !self.contains(seal.office, seq),
            None => seal.office != partner,
        }
    }

    /// The highest number held of `office`'s events.
    pub fn last_of(&self, office: OfficeId) -> Option<u64> {
        self.0.get(&office)?.last().map(|r| r[1])
    }
}

/// Sorted, deduplicated numbers as inclusive ranges.
fn ranges(seqs: &[u64]) -> Vec<[u64; 2]> {
    let mut out: Vec<[u64; 2]> = Vec::new();
    for &n in seqs {
        match out.last_mut() {
            Some(last) if last[1] + 1 == n => last[1] = n,
            _ => out.push([n, n]),
        }
    }
    out
}

/// The next number for an office's events sealed now: after the highest of
/// `sealed` (the seals the office holds) and of what any partner said it
/// holds of the office's events (`heard`) — an office restored from an
/// older backup must not number new events as ones its partners hold.
pub fn next_seq<'a>(
    office: OfficeId,
    sealed: impl IntoIterator<Item = &'a Seal>,
    heard: impl IntoIterator<Item = &'a Holdings>,
) -> u64 {
    let own = sealed
        .into_iter()
        .filter(|s| s.office == office)
        .filter_map(|s| s.seq)
        .max();
    let told = heard.into_iter().filter_map(|h| h.last_of(office)).max();
    own.max(told).unwrap_or(0) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seal(office: u128, seq: Option<u64>) -> Seal {
        Seal {
            office: OfficeId(uuid::Uuid::from_u128(office)),
            signature: String::new(),
            seq,
        }
    }

    #[test]
    fn holdings_are_ranges_per_office() {
        let seals: Vec<Seal> = [1, 2, 3, 7, 5, 6, 10]
            .into_iter()
            .map(|n| seal(1, Some(n)))
            .chain([seal(2, Some(4)), seal(2, None)])
            .collect();
        let h = Holdings::of(&seals);
        let a = OfficeId(uuid::Uuid::from_u128(1));
        let b = OfficeId(uuid::Uuid::from_u128(2));
        assert_eq!(h.0[&a], vec![[1, 3], [5, 7], [10, 10]]);
        assert_eq!(h.0[&b], vec![[4, 4]]);
        assert_eq!(h.count(), 8);
        for (n, held) in [
            (0, false),
            (1, true),
            (3, true),
            (4, false),
            (6, true),
            (8, false),
            (10, true),
            (11, false),
        ] {
            assert_eq!(h.contains(a, n), held, "{n}");
        }
        assert!(h.lacks(b, &seal(1, Some(4))));
        assert!(!h.lacks(b, &seal(1, Some(5))));
        // The partner's own events: those it did not say it holds (after
        // a restore from an older backup) go back to it.
        assert!(!h.lacks(b, &seal(2, Some(4))));
        assert!(h.lacks(b, &seal(2, Some(99))));
        // Unnumbered ones: to all but their maker.
        assert!(h.lacks(a, &seal(3, None)));
        assert!(!h.lacks(b, &seal(2, None)));
        assert_eq!(next_seq(a, &seals, []), 11);
        assert_eq!(next_seq(OfficeId(uuid::Uuid::from_u128(9)), &seals, []), 1);
        // Restored from an older backup holding 1..=3, told by a partner
        // that it holds 1..=10: new events are numbered from 11.
        let older: Vec<Seal> = (1..=3).map(|n| seal(1, Some(n))).collect();
        let told = Holdings::of(&(1..=10).map(|n| seal(1, Some(n))).collect::<Vec<_>>());
        assert_eq!(next_seq(a, &older, [&told]), 11);
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(serde_json::from_str::<Holdings>(&json).unwrap(), h);
    }
}
