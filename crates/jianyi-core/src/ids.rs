//! Typed ids (`DeputyId`, `SuggestionId`, …) and `IdSource`, which makes them
//! from a caller-given base so the core never draws randomness itself.

use std::cell::Cell;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, crate::read::ReadJson)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map($name)
            }
        }
    )*};
}

id_type!(
    /// An event.
    EventId,
    /// A deputy (代表).
    DeputyId,
    /// A delegation or township presidium (代表团 / 主席团).
    DelegationId,
    /// A handling unit (承办单位).
    UnitId,
    /// A session of the congress (会次).
    SessionId,
    /// A suggestion or motion (建议 / 议案).
    SuggestionId,
    /// A committee body (委室).
    CommitteeId,
    /// A leader (领导).
    LeaderId,
    /// A deputy station (家站点, professional station).
    StationId,
    /// A citizen opinion (群众意见).
    OpinionId,
    /// A category suggestions are filed under (类别).
    CategoryId,
    /// A supervision record (督办记录): a hearing, a visit, a meeting….
    SupervisionRecordId,
    /// A supervision group (督办组).
    GroupId,
    /// A procuratorial suggestion registered (检察建议).
    ProcuratorialId,
    /// A per-item satisfaction survey (满意度测评).
    SurveyId,
    /// An evaluation meeting of the standing committee (常委会测评会议).
    MeetingId,
    /// The congress's anonymous vote (大会无记名测评).
    VoteId,
    /// A department review (部门评议).
    DepartmentReviewId,
    /// An office, one per copy's owner (代表工委, a station, a unit…); two
    /// installations of one office share it (and its key), not their
    /// installation codes.
    OfficeId,
);

/// Makes fresh ids: a 128-bit base (random in the browser, fixed in tests)
/// mixed with a counter, so one base yields many distinct ids.
#[derive(Debug)]
pub struct IdSource {
    base: u128,
    next: Cell<u64>,
}

impl IdSource {
    /// An id source over `base`; in the browser, 16 random bytes.
    pub fn new(base: u128) -> IdSource {
        IdSource {
            base,
            next: Cell::new(0),
        }
    }

    /// The next id, a version-4-shaped UUID.
    pub fn next_uuid(&self) -> Uuid {
        let n = self.next.get();
        self.next.set(n + 1);
        // Each half is a bijective mix of its base half and the counter, so
        // ids from one base never repeat, and bases drawn from another
        // source's ids do not collide with it.
        let hi = mix64((self.base >> 64) as u64 ^ mix64(n));
        let lo = mix64(self.base as u64 ^ mix64(n ^ 0x5851_F42D_4C95_7F2D) ^ hi);
        uuid::Builder::from_random_bytes((u128::from(hi) << 64 | u128::from(lo)).to_be_bytes())
            .into_uuid()
    }

    /// The next id of a given type.
    pub fn next<T: From<Uuid>>(&self) -> T {
        T::from(self.next_uuid())
    }
}

/// SplitMix64's finalizer: a bijection on u64 that spreads every bit.
fn mix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

macro_rules! from_uuid {
    ($($name:ident),*) => {$(
        impl From<Uuid> for $name {
            fn from(u: Uuid) -> Self { $name(u) }
        }
    )*};
}

from_uuid!(
    EventId,
    DeputyId,
    DelegationId,
    UnitId,
    SessionId,
    SuggestionId,
    CommitteeId,
    LeaderId,
    StationId,
    OpinionId,
    CategoryId,
    SupervisionRecordId,
    GroupId,
    ProcuratorialId,
    SurveyId,
    MeetingId,
    VoteId,
    DepartmentReviewId,
    OfficeId
);

/// A stable id made from a name: the same name gives the same id in every
/// office and every version. Used for the default categories, which every
/// fresh state holds without an event, and by the migration of format 1,
/// which named categories.
pub fn id_from_name(name: &str) -> Uuid {
    let mut hi = 0x243F_6A88_85A3_08D3_u64;
    let mut lo = 0x1319_8A2E_0370_7344_u64;
    for b in name.bytes() {
        hi = mix64(hi ^ u64::from(b));
        lo = mix64(lo ^ u64::from(b) ^ hi);
    }
    IdSource::new(u128::from(hi) << 64 | u128::from(lo)).next_uuid()
}

/// The `n`-th id derived from another id: a migration that splits one
/// stored event into several names the new ones this way, so every reading
/// gives the same ids. They follow the original id in order, so the events
/// split from one (which share its stamp) fold in the order they were
/// split.
pub fn derived_id(from: Uuid, n: u64) -> Uuid {
    Uuid::from_u128(from.as_u128().wrapping_add(u128::from(n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn one_base_yields_distinct_ids() {
        let ids = IdSource::new(42);
        let set: HashSet<Uuid> = (0..10_000).map(|_| ids.next_uuid()).collect();
        assert_eq!(set.len(), 10_000);
    }

    #[test]
    fn sources_seeded_from_another_source_do_not_collide() {
        let outer = IdSource::new(99);
        let mut set = HashSet::new();
        for _ in 0..200 {
            let inner = IdSource::new(outer.next_uuid().as_u128());
            for _ in 0..50 {
                assert!(set.insert(inner.next_uuid()));
            }
        }
    }

    #[test]
    fn names_and_derivations_give_stable_distinct_ids() {
        assert_eq!(id_from_name("教育"), id_from_name("教育"));
        assert_ne!(id_from_name("教育"), id_from_name("法治"));
        let a = Uuid::from_u128(5);
        assert_eq!(derived_id(a, 1), derived_id(a, 1));
        assert_ne!(derived_id(a, 1), derived_id(a, 2));
        assert_ne!(derived_id(a, 1), a);
        assert!(a < derived_id(a, 1) && derived_id(a, 1) < derived_id(a, 2));
    }

    #[test]
    fn the_same_base_yields_the_same_ids() {
        let a = IdSource::new(7);
        let b = IdSource::new(7);
        assert_eq!(a.next_uuid(), b.next_uuid());
        assert_eq!(a.next_uuid(), b.next_uuid());
        assert_ne!(IdSource::new(8).next_uuid(), IdSource::new(7).next_uuid());
    }
}
