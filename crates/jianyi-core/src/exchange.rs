//! The exchange subdomain (domain.md §6): offices pass packets of signed
//! events, with no server. It owns the office's identity and the offices it
//! trusts (`ExchangeCommand`, `ExchangeEvent`, `ExchangeRejection`, its
//! slice `ExchangeSlice`, and their `decide` and `apply`), the packet file
//! (`packet`: read, write, the worker's `Verified` report), what a partner
//! lacks (`delta`) and may see (`scope`), which role may
//! author which kind of event (`authority`), and the judgement of a
//! packet's events before anything is stored (`judge`).
//!
//! The core does no cryptography: the exchange worker signs and verifies
//! (Ed25519) and reports what it found; `judge` decides from that report,
//! the state and what the store holds.

pub mod apply;
pub mod authority;
pub mod command;
pub mod decide;
pub mod delta;
pub mod event;
pub mod judge;
pub mod packet;
pub mod rejection;
pub mod scope;

use std::collections::BTreeMap;

use chrono::NaiveDate;

pub use apply::apply;
pub use authority::{Authority, authority};
pub use command::ExchangeCommand;
pub use decide::decide;
pub use delta::Holdings;
pub use event::{ExchangeEvent, TrustBasis};
pub use judge::{Group, Held, Incoming, Preview, SenderStatus, SenderView, judge};
pub use packet::{
    BackupKey, OfficeCard, PACKET_FORMAT, PACKET_VERSION, Packet, PacketError, PacketFile,
    PacketHeader, PacketScope, Seal, SealedEvent, Verified, VerifiedEvent, file_name, finish,
    packet_text, read_packet, write_packet,
};
pub use rejection::ExchangeRejection;
pub use scope::PartnerScope;

use crate::ids::OfficeId;
use crate::state::State;

/// This office's public identity: its id, public key and fingerprint. The
/// secret key never enters an event (the app keeps it apart).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub office: OfficeId,
    /// 64 lowercase hex digits.
    pub public_key: String,
    /// Five groups of four digits, read over the phone.
    pub fingerprint: String,
    /// The business date it was made on.
    pub on: NaiveDate,
}

/// An office this one trusts: its card, fingerprint, on what basis, since
/// when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownOffice {
    pub card: OfficeCard,
    pub fingerprint: String,
    pub basis: TrustBasis,
    /// The business date it was trusted on.
    pub on: NaiveDate,
}

/// The office's own identity and the offices it knows, folded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExchangeSlice {
    /// This office's identity, once made.
    pub own: Option<Identity>,
    pub known: BTreeMap<OfficeId, KnownOffice>,
}

impl ExchangeSlice {
    /// The own office's id, once it has an identity.
    pub fn own_office(&self) -> Option<OfficeId> {
        self.own.as_ref().map(|i| i.office)
    }
}

/// This office's card, as its packets carry it: its identity with the
/// name and role of its profile. None until both are there.
pub fn own_card(state: &State) -> Option<OfficeCard> {
    let identity = state.exchange.own.as_ref()?;
    let profile = state.office.profile.as_ref()?;
    Some(OfficeCard {
        id: identity.office,
        name: profile.name.clone(),
        role: profile.role,
        unit: profile.unit,
        station: profile.station,
        delegation: profile.delegation,
        leader: profile.leader,
        public_key: identity.public_key.clone(),
    })
}

/// Whether `s` is a public key as cards carry it: 64 lowercase hex digits.
pub fn is_public_key(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Whether `s` is a fingerprint as shown: five groups of four digits
/// joined by single spaces, e.g. `0482 9137 5560 0021 7384`.
pub fn is_fingerprint(s: &str) -> bool {
    let groups: Vec<&str> = s.split(' ').collect();
    groups.len() == 5
        && groups
            .iter()
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit()))
}
