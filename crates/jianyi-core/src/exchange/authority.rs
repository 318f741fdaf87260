//! Which role may author which kind of event (domain.md §2, §6). An event
//! arriving in a packet counts only if the role of the office that made it
//! — its seal's office, whoever relays it — may author its kind, or, for an
//! act keyed in from paper on someone's behalf (`How::PaperKeyedIn`), may
//! key it in.

use crate::actor::How;
use crate::directory::DirectoryEvent;
use crate::event::{Event, EventKind};
use crate::exchange::event::ExchangeEvent;
use crate::office::{OfficeEvent, OfficeRole};
use crate::raising::RaisingEvent;
use crate::review::{ReviewEvent, ReviewStep};

/// The roles that may author a kind of event (`makes`) and those that may
/// key it in from paper on someone's behalf (`keys_in`). Both empty: the
/// office's own business (`OWN_OFFICE`), counting only in the office that
/// made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authority {
    pub makes: &'static [OfficeRole],
    pub keys_in: &'static [OfficeRole],
}

impl Authority {
    /// Settings, profile, identity, trust: only the office itself.
    pub const OWN_OFFICE: Authority = Authority {
        makes: &[],
        keys_in: &[],
    };

    /// Whether the kind counts only in the office that made it.
    pub fn is_own_office_only(&self) -> bool {
        self.makes.is_empty() && self.keys_in.is_empty()
    }
}

use OfficeRole::{CommitteeOffice, Delegation, Station, TownshipPresidium};

/// The committee office registers and numbers; in a township, the
/// presidium.
const REGISTRARS: &[OfficeRole] = &[CommitteeOffice, TownshipPresidium];
/// Where opinions are collected and deputies raise, co-sign and withdraw.
const RAISERS: &[OfficeRole] = &[Station, Delegation, CommitteeOffice, TownshipPresidium];
/// The delegation's initial review (代表团初审).
const INITIAL_REVIEWERS: &[OfficeRole] = &[Delegation, TownshipPresidium, CommitteeOffice];
const NOBODY: &[OfficeRole] = &[];

/// The authority table: every kind of every subdomain, one row each.
///
/// Every kind added later states its roles here: the matches have no
/// wildcard, so a kind without a row does not compile, and a test over
/// every kind checks that each row names a role or is the office's own.
/// Handling units and leaders' offices author nothing yet; their kinds
/// (sign for receipt, plan, progress, reply; lead, supervise) join with
/// handling and supervision.
pub fn authority(kind: &EventKind) -> Authority {
    match kind {
        EventKind::Office(e) => match e {
            OfficeEvent::OfficeProfileSet { .. } | OfficeEvent::SettingsChanged { .. } => {
                Authority::OWN_OFFICE
            }
        },
        EventKind::Exchange(e) => match e {
            ExchangeEvent::IdentityMade { .. } | ExchangeEvent::OfficeTrusted { .. } => {
                Authority::OWN_OFFICE
            }
        },
        EventKind::Directory(e) => directory(e),
        EventKind::Raising(e) => raising(e),
        EventKind::Review(e) => review(e),
    }
}

/// The directories, phones too: the registering office keeps them.
fn directory(e: &DirectoryEvent) -> Authority {
    match e {
        DirectoryEvent::DelegationAdded { .. }
        | DirectoryEvent::DelegationEdited { .. }
        | DirectoryEvent::DeputyAdded { .. }
        | DirectoryEvent::DeputyEdited { .. }
        | DirectoryEvent::DeputyPhoneSet { .. }
        | DirectoryEvent::CommitteeAdded { .. }
        | DirectoryEvent::CommitteeEdited { .. }
        | DirectoryEvent::UnitAdded { .. }
        | DirectoryEvent::UnitEdited { .. }
        | DirectoryEvent::LeaderAdded { .. }
        | DirectoryEvent::LeaderEdited { .. }
        | DirectoryEvent::SessionAdded { .. }
        | DirectoryEvent::SessionEdited { .. }
        | DirectoryEvent::StationAdded { .. }
        | DirectoryEvent::StationEdited { .. }
        | DirectoryEvent::CategoryAdded { .. }
        | DirectoryEvent::CategoryEdited { .. }
        | DirectoryEvent::EntryRetired { .. }
        | DirectoryEvent::EntryReinstated { .. } => Authority {
            makes: REGISTRARS,
            keys_in: NOBODY,
        },
    }
}

/// Opinions, and a deputy's acts: drafting, editing, co-signing,
/// withdrawing — made or keyed in from paper where deputies are served.
fn raising(e: &RaisingEvent) -> Authority {
    match e {
        RaisingEvent::OpinionRecorded { .. }
        | RaisingEvent::OpinionEdited { .. }
        | RaisingEvent::OpinionContactSet { .. }
        | RaisingEvent::DraftCreated { .. }
        | RaisingEvent::DraftEdited { .. }
        | RaisingEvent::CosignersNamed { .. }
        | RaisingEvent::CosignerRemoved { .. }
        | RaisingEvent::CosignConfirmed { .. }
        | RaisingEvent::CosignWithdrawn { .. }
        | RaisingEvent::RevisionAcknowledged { .. } => Authority {
            makes: RAISERS,
            keys_in: RAISERS,
        },
    }
}

/// Submission is a deputy's act, as raising. The delegation's initial
/// review may be done by the delegation, a presidium or the committee
/// office; every later step (委室再审, 议案组终审), the only step in
/// recess (代表工委审查) or in a township (主席团审查), and the final acts
/// — numbering, converting, merging, not accepting, the presidium's
/// decision on a motion — only by the committee office or the township
/// presidium. Nothing of review is keyed in on another's behalf.
fn review(e: &ReviewEvent) -> Authority {
    let by = |makes| Authority {
        makes,
        keys_in: NOBODY,
    };
    match e {
        ReviewEvent::DraftSubmitted { .. } | ReviewEvent::Resubmitted { .. } => Authority {
            makes: RAISERS,
            keys_in: RAISERS,
        },
        ReviewEvent::ReviewPassed { step, .. } | ReviewEvent::ReviewReturned { step, .. } => {
            match step {
                ReviewStep::Delegation => by(INITIAL_REVIEWERS),
                ReviewStep::Committee
                | ReviewStep::Final
                | ReviewStep::Recess
                | ReviewStep::Presidium => by(REGISTRARS),
            }
        }
        ReviewEvent::Accepted { .. }
        | ReviewEvent::ConvertedToSuggestion { .. }
        | ReviewEvent::Merged { .. }
        | ReviewEvent::NotAccepted { .. }
        | ReviewEvent::MotionDecided { .. } => by(REGISTRARS),
    }
}

/// Whether an office of `role` may have made `event` (keyed in from paper
/// when its actor says so), or the reason it may not, e.g. 承办单位无权立案编号.
/// A kind of the office's own business is refused to every role here: the
/// caller admits it for the own office only.
pub fn may_make(role: OfficeRole, event: &Event) -> Result<(), String> {
    let a = authority(&event.kind);
    let roles = if event.actor.how == How::PaperKeyedIn {
        a.keys_in
    } else {
        a.makes
    };
    if roles.contains(&role) {
        Ok(())
    } else {
        Err(format!("{}无权{}", role.label(), event.kind.label()))
    }
}

/// Whether an office of `role` vouches for the offices it lists: the
/// committee office, or a township presidium.
pub fn vouches(role: OfficeRole) -> bool {
    REGISTRARS.contains(&role)
}
