//! `SupervisionCommand`: what a supervisor asks.

use crate::ids::{
    CommitteeId, DeputyId, EventId, LeaderId, ProcuratorialId, SessionId, SuggestionId,
    SupervisionRecordId,
};
use crate::supervision::records::{
    GroupFields, PlanFields, ProcuratorialFields, ProcuratorialStatus, RecordFields,
};

/// A supervision act.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SupervisionCommand {
    /// Writes (or rewrites) the principle by which the session's key
    /// suggestions are chosen.
    WritePrinciple { session: SessionId, text: String },
    /// Sets who leads, who supervises and which office follows an accepted
    /// item (at assignment or later); None leaves a role unset.
    SetResponsibilities {
        item: SuggestionId,
        leading: Option<LeaderId>,
        supervising: Option<LeaderId>,
        following: Option<CommitteeId>,
    },
    /// Chooses an accepted item as key, with the committee body
    /// responsible (None: the committee office).
    MarkKey {
        item: SuggestionId,
        committee: Option<CommitteeId>,
    },
    /// Takes an item off the key list, with the reason.
    UnmarkKey { item: SuggestionId, reason: String },
    /// Raises a manual warning on an assigned item, with the reason; at
    /// the deputy desk, `deputy` names the proposer who raises it.
    RaiseWarning {
        item: SuggestionId,
        reason: String,
        deputy: Option<DeputyId>,
    },
    /// Lifts a manual warning (`warning`: the event that raised it).
    /// At the deputy desk, `deputy` names the proposer who raised it.
    LiftWarning {
        item: SuggestionId,
        warning: EventId,
        reason: String,
        deputy: Option<DeputyId>,
    },
    /// Records a supervision held (its business date is the act's).
    RecordSupervision(RecordFields),
    /// Plans a supervision activity.
    PlanActivity(PlanFields),
    /// Records a planned activity as held: the record takes its id.
    HoldActivity {
        plan: SupervisionRecordId,
        record: RecordFields,
    },
    /// Marks a record's follow-up (by its place in the record) done.
    CompleteFollowUp {
        record: SupervisionRecordId,
        index: u32,
        note: String,
    },
    /// Sets up supervision groups, several in one sitting.
    FormGroups { groups: Vec<GroupFields> },
    /// Refers an item to the procuratorate as a public-interest-litigation
    /// lead (公益诉讼线索), saying what was referred.
    ReferToProcuratorate { item: SuggestionId, what: String },
    /// Records where a referral stands, as the procuratorate reports.
    RecordProcuratorialStatus {
        item: SuggestionId,
        status: ProcuratorialStatus,
    },
    /// Registers a procuratorial suggestion received.
    RegisterProcuratorial(ProcuratorialFields),
    /// Links a deputy's suggestion raised from a procuratorial one.
    LinkProcuratorial {
        source: ProcuratorialId,
        item: SuggestionId,
    },
}
