//! `Stamp`, the hybrid logical clock that orders events from several offices
//! totally: wall-clock milliseconds, a counter for events within the same
//! millisecond (or a clock that went backwards), and the office.

use crate::read::ReadJson;
use serde::{Deserialize, Serialize};

/// A hybrid-logical-clock stamp. Ordered by (wall_ms, counter, office).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ReadJson)]
pub struct Stamp {
    pub wall_ms: u64,
    pub counter: u32,
    pub office: String,
}

impl Stamp {
    /// The stamp after `last` for an event made now by `office`: never
    /// earlier than anything seen, even when the PC clock runs backwards.
    pub fn next(last: Option<&Stamp>, now_ms: u64, office: &str) -> Stamp {
        match last {
            Some(last) if last.wall_ms >= now_ms => Stamp {
                wall_ms: last.wall_ms,
                counter: last.counter + 1,
                office: office.to_string(),
            },
            _ => Stamp {
                wall_ms: now_ms,
                counter: 0,
                office: office.to_string(),
            },
        }
    }

    /// A fixed-width string that sorts as the stamp does, for IndexedDB's
    /// index (its keys cannot be u64).
    pub fn sort_key(&self) -> String {
        format!("{:015}-{:010}-{}", self.wall_ms, self.counter, self.office)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_later_clock_starts_a_new_counter() {
        let a = Stamp::next(None, 1_000, "县");
        let b = Stamp::next(Some(&a), 2_000, "县");
        assert_eq!((b.wall_ms, b.counter), (2_000, 0));
        assert!(b > a);
    }

    #[test]
    fn a_clock_that_went_backwards_still_moves_forward() {
        let a = Stamp::next(None, 5_000, "县");
        let b = Stamp::next(Some(&a), 4_000, "县");
        let c = Stamp::next(Some(&b), 4_000, "县");
        assert_eq!((b.wall_ms, b.counter), (5_000, 1));
        assert!(a < b && b < c);
    }

    #[test]
    fn sort_keys_sort_like_stamps() {
        let stamps = [
            Stamp {
                wall_ms: 9,
                counter: 10,
                office: "b".into(),
            },
            Stamp {
                wall_ms: 10,
                counter: 0,
                office: "a".into(),
            },
            Stamp {
                wall_ms: 10,
                counter: 2,
                office: "a".into(),
            },
            Stamp {
                wall_ms: 10,
                counter: 2,
                office: "b".into(),
            },
            Stamp {
                wall_ms: 1_700_000_000_000,
                counter: 0,
                office: "a".into(),
            },
        ];
        for w in stamps.windows(2) {
            assert!(w[0] < w[1]);
            assert!(w[0].sort_key() < w[1].sort_key(), "{:?}", w);
        }
    }
}
