//! The conflict subdomain (domain.md §6: "what conflicts is shown to a
//! person to decide"). When two offices edit the same field of a record
//! without seeing each other's change, the fold applies the earlier edit
//! and keeps the later one as a `Conflict` with a `Clash`; other events
//! that do not apply are kept as conflicts too, with their reason. Every
//! office folds the same events in the same order, so every office that
//! holds both edits sees the same conflict on the same (later) event.
//!
//! A person resolves it: `ConflictCommand::Resolve` keeps the change that
//! applied (`Resolution::KeepApplied`, for a conflict without a clash:
//! 知悉并关闭) or takes the change that was held back
//! (`Resolution::TakeHeld`, a clash only). The resolution is an event
//! (`ConflictEvent::Resolved`) that travels to partners like any other act,
//! so each office that holds the conflict closes it the same way.
//!
//! Its `apply` is routed at the top level (`State::apply`), not here: it
//! moves a conflict out of `State::conflicts`, and taking the held change
//! re-routes the held event, on the current version, to its own
//! subdomain's `apply` (`EventKind::rebased`). This module owns the
//! command, event, rejection, `decide` and the slice of closed conflicts.

use crate::read::ReadJson;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::changes::Source;
use crate::command::{Ctx, Rejection};
use crate::ids::EventId;
use crate::state::{Conflict, State};

/// How a person resolves a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Keep the change that applied; the held one stays unapplied. For a
    /// conflict without a clash: acknowledged and closed (知悉并关闭).
    KeepApplied,
    /// Take the change that was held back, as if made on the record's
    /// current version. Only for a clash of two edits.
    TakeHeld,
}

impl Resolution {
    /// How a clerk reads the choice made on a conflict (`clash`: whether
    /// it was a clash of two edits).
    pub fn label(self, clash: bool) -> &'static str {
        match (self, clash) {
            (Resolution::KeepApplied, true) => "保留已生效的修改",
            (Resolution::KeepApplied, false) => "知悉并关闭",
            (Resolution::TakeHeld, _) => "采用被搁置的修改",
        }
    }
}

/// What an operator asks about conflicts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConflictCommand {
    /// Resolves the open conflict on the held event `conflict`.
    Resolve {
        conflict: EventId,
        choice: Resolution,
    },
}

/// What happened to a conflict. It travels to partners (neither local nor
/// private): every office holding the conflict closes it alike.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum ConflictEvent {
    /// A person resolved the conflict on the held event `conflict`.
    /// `record` and `field` name what it was about, for offices that do
    /// not hold the conflict (never a value: the held change may be
    /// private, a phone).
    Resolved {
        conflict: EventId,
        choice: Resolution,
        record: String,
        field: String,
    },
}

impl ConflictEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            ConflictEvent::Resolved { .. } => "处理冲突",
        }
    }

    /// The title of the record it is about, for lists of events.
    pub fn title(&self) -> String {
        match self {
            ConflictEvent::Resolved { record, field, .. } if field.is_empty() => {
                format!("冲突：{record}")
            }
            ConflictEvent::Resolved { record, field, .. } => format!("冲突：{record}的“{field}”"),
        }
    }
}

/// Why a conflict command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ConflictRejection {
    #[error("no open conflict on this event")]
    NoSuchConflict,
    #[error("the conflict was already resolved by {by}")]
    AlreadyResolved { by: String },
    #[error("the conflict holds no change to take")]
    NothingHeld,
    #[error("the held change does not apply: {reason}")]
    HeldDoesNotApply { reason: String },
    #[error("a copy of the role {role:?} does not resolve conflicts")]
    NotTheRegistrar { role: crate::office::OfficeRole },
}

impl ConflictRejection {
    /// The refusal as a clerk reads it.
    pub fn message_zh(&self) -> String {
        match self {
            ConflictRejection::NoSuchConflict => "没有这个冲突，或已经处理过".into(),
            ConflictRejection::AlreadyResolved { by } => {
                format!("这一冲突已由{by}处理过，无需再处理")
            }
            ConflictRejection::NothingHeld => {
                "这一冲突不是两处同时修改，没有被搁置的修改可以采用，只能知悉并关闭".into()
            }
            ConflictRejection::HeldDoesNotApply { reason } => {
                format!("被搁置的修改现在仍不能生效：{reason}")
            }
            ConflictRejection::NotTheRegistrar { role } => format!(
                "冲突由代表工委（乡镇由乡镇人大主席团）处理，处理结果会随交换包送达本机：本机是{}，只能放弃本机被搁置的修改",
                role.label()
            ),
        }
    }
}

/// A conflict a person closed, with how and by whom (operator, office,
/// business date).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedConflict {
    pub conflict: Conflict,
    pub choice: Resolution,
    pub by: Source,
}

/// A resolution of a conflict this office does not hold (it lacks one of
/// the two edits, or holds only the later one, which applied here). It is
/// remembered, not shown as a conflict: if both edits arrive later, the
/// fold by stamp meets the conflict before the resolution (stamped after
/// both), and closes it then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedElsewhere {
    pub conflict: EventId,
    pub choice: Resolution,
    pub record: String,
    pub field: String,
    pub by: Source,
}

/// Closed conflicts, in the order they were resolved, and resolutions of
/// conflicts not held here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConflictSlice {
    pub resolved: Vec<ResolvedConflict>,
    pub elsewhere: BTreeMap<EventId, ResolvedElsewhere>,
}

impl ConflictSlice {
    /// Who resolved the conflict on `conflict` first, and how (a clash:
    /// whether it was one, for the label), if anyone has.
    pub fn resolution_of(&self, conflict: EventId) -> Option<(&Source, Resolution, bool)> {
        self.resolved
            .iter()
            .find(|r| r.conflict.event == conflict)
            .map(|r| (&r.by, r.choice, r.conflict.clash.is_some()))
            .or_else(|| {
                self.elsewhere
                    .get(&conflict)
                    .map(|e| (&e.by, e.choice, !e.field.is_empty()))
            })
    }
}

/// Decides a conflict command: the conflict must be open here; taking the
/// held change needs a clash, and the held event must apply on the current
/// version (tried on a copy of the state).
pub fn decide(
    state: &State,
    command: ConflictCommand,
    ctx: &Ctx,
) -> Result<Vec<ConflictEvent>, Rejection> {
    match command {
        ConflictCommand::Resolve { conflict, choice } => {
            let not_registrar = state
                .office
                .profile
                .as_ref()
                .map(|p| p.role)
                .filter(|role| {
                    !matches!(
                        role,
                        crate::office::OfficeRole::CommitteeOffice
                            | crate::office::OfficeRole::TownshipPresidium
                    )
                });
            let Some(open) = state.conflicts.iter().find(|c| c.event == conflict) else {
                return Err(match state.resolutions.resolution_of(conflict) {
                    Some((by, choice, clash)) => ConflictRejection::AlreadyResolved {
                        by: format!("{}（{}）", by.describe(), choice.label(clash)),
                    },
                    None => ConflictRejection::NoSuchConflict,
                }
                .into());
            };
            // Another office may only give up its own change: keep the
            // other office's that applied over its own held back, or take
            // the other office's held back over its own that applied. The
            // registering office decides the rest.
            let gives_up_own = match choice {
                Resolution::KeepApplied => {
                    open.held.office == ctx.office
                        && open
                            .clash
                            .as_ref()
                            .is_none_or(|c| c.theirs.office != ctx.office)
                }
                Resolution::TakeHeld => {
                    open.held.office != ctx.office
                        && open
                            .clash
                            .as_ref()
                            .is_some_and(|c| c.theirs.office == ctx.office)
                }
            };
            if let Some(role) = not_registrar
                && !gives_up_own
            {
                return Err(ConflictRejection::NotTheRegistrar { role }.into());
            }
            if choice == Resolution::TakeHeld {
                if open.clash.is_none() {
                    return Err(ConflictRejection::NothingHeld.into());
                }
                state
                    .try_held(open)
                    .map_err(|reason| ConflictRejection::HeldDoesNotApply { reason })?;
            }
            let (record, field) = match &open.clash {
                Some(c) => (c.record.clone(), c.field.to_string()),
                None => (open.held.kind.label().to_string(), String::new()),
            };
            Ok(vec![ConflictEvent::Resolved {
                conflict,
                choice,
                record,
                field,
            }])
        }
    }
}
