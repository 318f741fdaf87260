//! Which role may author which kind of event (domain.md §2, §6). An event
//! arriving in a packet counts only if the role of the office that made it
//! — its seal's office, whoever relays it — may author its kind, or, for an
//! act keyed in from paper on someone's behalf (`How::PaperKeyedIn`), may
//! key it in. The final acts of review (numbering and the like) count only
//! from a role that may number under the receiver's rules
//! (`OfficeRole::may_number`): a township presidium only where the
//! receiver is in township mode.

use crate::actor::How;
use crate::conflict::ConflictEvent;
use crate::directory::DirectoryEvent;
use crate::evaluation::EvaluationEvent;
use crate::event::{Event, EventKind};
use crate::exchange::event::ExchangeEvent;
use crate::handling::HandlingEvent;
use crate::office::{OfficeEvent, OfficeRole};
use crate::raising::RaisingEvent;
use crate::review::{ReviewEvent, ReviewStep};
use crate::supervision::SupervisionEvent;

/// The roles that may author a kind of event (`makes`) and those that may
/// key it in from paper on someone's behalf (`keys_in`). Both empty: the
/// office's own business (`OWN_OFFICE`), counting only in the office that
/// made it. `numbers`: a registrar's act (a final act of review and the
/// like), which a registrar of `makes` authors only where it may number
/// under the receiver's rules on the event's business date (a township
/// presidium: in township mode); other roles of `makes` are not bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authority {
    pub makes: &'static [OfficeRole],
    pub keys_in: &'static [OfficeRole],
    pub numbers: bool,
}

impl Authority {
    /// Settings, profile, identity, trust: only the office itself.
    pub const OWN_OFFICE: Authority = Authority {
        makes: &[],
        keys_in: &[],
        numbers: false,
    };

    /// Whether the kind counts only in the office that made it.
    pub fn is_own_office_only(&self) -> bool {
        self.makes.is_empty() && self.keys_in.is_empty()
    }
}

use OfficeRole::{
    CommitteeOffice, Delegation, HandlingUnit, LeaderOffice, Station, TownshipPresidium,
};

/// The committee office registers and numbers; in a township, the
/// presidium.
const REGISTRARS: &[OfficeRole] = &[CommitteeOffice, TownshipPresidium];
/// Where opinions are collected and deputies raise, co-sign and withdraw.
const RAISERS: &[OfficeRole] = &[Station, Delegation, CommitteeOffice, TownshipPresidium];
/// The delegation's initial review (代表团初审).
const INITIAL_REVIEWERS: &[OfficeRole] = &[Delegation, TownshipPresidium, CommitteeOffice];
const NOBODY: &[OfficeRole] = &[];
/// A unit's acts on an item: the unit, or the registering office keying
/// them in (or acting at the unit's desk in its own browser).
const HANDLERS: &[OfficeRole] = &[HandlingUnit, CommitteeOffice, TownshipPresidium];
/// Who holds supervision (records, planned activities, follow-ups done):
/// the registering office, or a leader's office for its leader.
const SUPERVISORS: &[OfficeRole] = &[CommitteeOffice, TownshipPresidium, LeaderOffice];
/// Who raises or lifts a manual warning: where deputies raise, and the
/// supervisors.
const WARNERS: &[OfficeRole] = &[
    Station,
    Delegation,
    CommitteeOffice,
    TownshipPresidium,
    LeaderOffice,
];

/// The authority table: every kind of every subdomain, one row each.
///
/// Every kind added later states its roles here: the matches have no
/// wildcard, so a kind without a row does not compile, and a test over
/// every kind checks that each row names a role or is the office's own.
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
        EventKind::Handling(e) => handling(e),
        EventKind::Supervision(e) => supervision(e),
        EventKind::Evaluation(e) => evaluation(e),
        // The registering office resolves conflicts (the committee office;
        // a township presidium for its township): it keeps the county's
        // records, and a resolution, though it only chooses between two
        // changes each already admitted by its own maker's authority,
        // decides which stands everywhere — not a handling unit's or a
        // station's to force. Not keyed in from paper: the clerk's own act.
        EventKind::Conflict(e) => match e {
            ConflictEvent::Resolved { .. } => Authority {
                makes: REGISTRARS,
                keys_in: NOBODY,
                numbers: false,
            },
        },
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
            numbers: false,
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
            numbers: false,
        },
    }
}

/// Submission is a deputy's act, as raising. The delegation's initial
/// review may be done by the delegation, a presidium or the committee
/// office; every later step (委室再审, 议案组终审), the only step in
/// recess (代表工委审查) or in a township (主席团审查), and the final acts
/// — numbering, converting, merging, not accepting, the presidium's
/// decision on a motion — only by the committee office or, where the
/// receiver is in township mode, the township presidium (`numbers`).
/// Nothing of review is keyed in on another's behalf.
fn review(e: &ReviewEvent) -> Authority {
    let by = |makes| Authority {
        makes,
        keys_in: NOBODY,
        numbers: false,
    };
    let numbering = Authority {
        makes: REGISTRARS,
        keys_in: NOBODY,
        numbers: true,
    };
    match e {
        ReviewEvent::DraftSubmitted { .. } | ReviewEvent::Resubmitted { .. } => Authority {
            makes: RAISERS,
            keys_in: RAISERS,
            numbers: false,
        },
        ReviewEvent::ReviewPassed { step, .. } | ReviewEvent::ReviewReturned { step, .. } => {
            match step {
                ReviewStep::Delegation => by(INITIAL_REVIEWERS),
                ReviewStep::Committee
                | ReviewStep::Final
                | ReviewStep::Recess
                | ReviewStep::Presidium => numbering,
            }
        }
        ReviewEvent::Accepted { .. }
        | ReviewEvent::ConvertedToSuggestion { .. }
        | ReviewEvent::Merged { .. }
        | ReviewEvent::NotAccepted { .. }
        | ReviewEvent::MotionDecided { .. }
        | ReviewEvent::Imported { .. } => numbering,
    }
}

/// Assignment, the decisions on a return or an extension, sending an
/// item back, carrying a commitment over and closing are the
/// registering office's (a township presidium's only where the receiver
/// is in township mode, as numbering); everything a unit does on its item
/// (receipt, a return or an extension asked, communication, plan,
/// progress, a co-unit's opinion and countersign, the reply, its letters
/// and its disclosure, a meeting on an item sent back, a promise done) is
/// the unit's, made in its copy or keyed in from paper by the registering
/// office. The feedback on a reply is the deputy's.
fn handling(e: &HandlingEvent) -> Authority {
    match e {
        HandlingEvent::Assigned { .. }
        | HandlingEvent::ReturnApproved { .. }
        | HandlingEvent::ReturnRefused { .. }
        | HandlingEvent::ExtensionApproved { .. }
        | HandlingEvent::ExtensionRefused { .. }
        | HandlingEvent::SentBack { .. }
        | HandlingEvent::CommitmentCarried { .. }
        | HandlingEvent::Closed { .. } => Authority {
            makes: REGISTRARS,
            keys_in: NOBODY,
            numbers: true,
        },
        HandlingEvent::ReceiptSigned { .. }
        | HandlingEvent::ReturnAsked { .. }
        | HandlingEvent::Communicated { .. }
        | HandlingEvent::PlanSet { .. }
        | HandlingEvent::ProgressReported { .. }
        | HandlingEvent::OpinionSent { .. }
        | HandlingEvent::CountersignAsked { .. }
        | HandlingEvent::Countersigned { .. }
        | HandlingEvent::ExtensionAsked { .. }
        | HandlingEvent::Replied { .. }
        | HandlingEvent::LetterDelivered { .. }
        | HandlingEvent::ReplyDisclosed { .. }
        | HandlingEvent::MeetingHeld { .. }
        | HandlingEvent::Realised { .. } => Authority {
            makes: HANDLERS,
            keys_in: HANDLERS,
            numbers: false,
        },
        // The deputy's own act, as raising: never a handling unit's, who
        // would be rating itself (被满意).
        HandlingEvent::FeedbackGiven { .. } => Authority {
            makes: RAISERS,
            keys_in: RAISERS,
            numbers: false,
        },
    }
}

/// Key items, their principle, the responsibilities, the groups and the
/// procuratorial link are the registering office's, as assignment is. A
/// supervision record, a planned activity and a follow-up done are the
/// registering office's or a leader's office's (a leader holds its own
/// meetings and gives its 批示). A manual warning is a supervisor's, or a
/// proposer's at a station or a delegation, or keyed in there from paper.
fn supervision(e: &SupervisionEvent) -> Authority {
    match e {
        SupervisionEvent::Supervised { .. }
        | SupervisionEvent::ActivityPlanned { .. }
        | SupervisionEvent::FollowUpDone { .. } => Authority {
            makes: SUPERVISORS,
            keys_in: NOBODY,
            numbers: true,
        },
        SupervisionEvent::PrincipleWritten { .. }
        | SupervisionEvent::ResponsibilitiesSet { .. }
        | SupervisionEvent::KeyMarked { .. }
        | SupervisionEvent::KeyUnmarked { .. }
        | SupervisionEvent::GroupFormed { .. }
        | SupervisionEvent::Referred { .. }
        | SupervisionEvent::ProcuratorialStatusRecorded { .. }
        | SupervisionEvent::ProcuratorialRegistered { .. }
        | SupervisionEvent::ProcuratorialLinked { .. } => Authority {
            makes: REGISTRARS,
            keys_in: NOBODY,
            numbers: true,
        },
        SupervisionEvent::WarningRaised { .. } | SupervisionEvent::WarningLifted { .. } => {
            Authority {
                makes: WARNERS,
                keys_in: RAISERS,
                numbers: false,
            }
        }
    }
}

/// The committee office records evaluations (domain.md §6; a township
/// presidium where the receiver is in township mode): the lead deputy's
/// survey from its sheet, the tasks of a failed one, the unit's
/// explanation and rectification as reported to it.
/// Every evaluation act is the registering office's record (domain §6):
/// surveys, reports, meetings, votes and department reviews alike.
fn evaluation(_: &EvaluationEvent) -> Authority {
    Authority {
        makes: REGISTRARS,
        keys_in: REGISTRARS,
        numbers: true,
    }
}

/// The unit a unit's act is made for (签收, 申请退办), which a unit's
/// copy may make only for the unit it is bound to.
pub fn unit_act(kind: &EventKind) -> Option<crate::ids::UnitId> {
    match kind {
        EventKind::Handling(e) => e.acting_unit(),
        _ => None,
    }
}

/// Whether an office of `role` may have made `event` (keyed in from paper
/// when its actor says so), or the reason it may not, e.g. 承办单位无权立案编号.
/// `township_mode`: the receiver's, in its settings in force on the
/// event's business date; without it a township presidium may not author
/// a final act of review (乡镇人大主席团无权立案编号). A kind of the office's
/// own business is refused to every role here: the caller admits it for
/// the own office only.
pub fn may_make(role: OfficeRole, event: &Event, township_mode: bool) -> Result<(), String> {
    let a = authority(&event.kind);
    let roles = if event.actor.how == How::PaperKeyedIn {
        a.keys_in
    } else {
        a.makes
    };
    // A station or delegation passes on a deputy's own warning only.
    if matches!(role, Station | Delegation)
        && let EventKind::Supervision(
            SupervisionEvent::WarningRaised { deputy: None, .. }
            | SupervisionEvent::WarningLifted { deputy: None, .. },
        ) = &event.kind
    {
        return Err(format!("{}只能转达代表本人发出或解除的预警", role.label()));
    }
    // `numbers` binds the registrars: a township presidium authors such
    // an act only in township mode; another role the row names (a
    // leader's office for its supervision) is not a registrar's stand-in.
    let registrar_may = !a.numbers || !REGISTRARS.contains(&role) || role.may_number(township_mode);
    // A leader's office warns in its leader's name, never a deputy's.
    if role == LeaderOffice
        && let EventKind::Supervision(
            SupervisionEvent::WarningRaised {
                deputy: Some(_), ..
            }
            | SupervisionEvent::WarningLifted {
                deputy: Some(_), ..
            },
        ) = &event.kind
    {
        return Err("领导办公室不能以代表的名义发出或解除预警".into());
    }
    if roles.contains(&role) && registrar_may {
        Ok(())
    } else {
        Err(format!("{}无权{}", role.label(), event.kind.label()))
    }
}

/// Whether an office of `role` vouches for the offices it lists, under
/// the receiver's rules (`township_mode`, in force now): the committee
/// office always, a township presidium only in township mode.
pub fn vouches(role: OfficeRole, township_mode: bool) -> bool {
    REGISTRARS.contains(&role) && role.may_number(township_mode)
}

/// Whether vouching may admit an office of `role`: never one that may
/// number in any mode (a committee office, a township presidium) — such an
/// office is trusted only on its fingerprint, confirmed by phone.
pub fn may_be_vouched_for(role: OfficeRole) -> bool {
    !role.may_number(true)
}
