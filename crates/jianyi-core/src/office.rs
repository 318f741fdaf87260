//! The office subdomain: who this copy belongs to (`OfficeProfile`) and
//! the rules it follows (`Settings`, changed one group at a time).
//! `OfficeCommand` in, `OfficeEvent` out, `OfficeSlice` the fold.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::changes::Versions;
use crate::command::Rejection;
use crate::event::Event;
use crate::input;
use crate::settings::{Settings, SettingsGroup};
use crate::state::{Conflict, State};

/// The level of the office, which decides some rules (township mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficeLevel {
    City,
    County,
    Township,
}

impl OfficeLevel {
    pub const ALL: [OfficeLevel; 3] = [
        OfficeLevel::City,
        OfficeLevel::County,
        OfficeLevel::Township,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OfficeLevel::City => "市级",
            OfficeLevel::County => "县级",
            OfficeLevel::Township => "乡镇",
        }
    }
}

/// Who this copy of Jianyi belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeProfile {
    /// The office's name, e.g. 示范县人大常委会代表工委.
    pub name: String,
    /// The region, e.g. 示范县.
    pub region: String,
    pub level: OfficeLevel,
    /// This copy is the committee office's, which alone gives numbers.
    #[serde(default = "yes")]
    pub numbering: bool,
}

fn yes() -> bool {
    true
}

/// What an operator asks of the office's profile and settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeCommand {
    SetProfile(OfficeProfile),
    /// Replaces one group of settings.
    ChangeSettings(SettingsGroup),
}

/// What happened to the profile or the settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficeEvent {
    OfficeProfileSet {
        profile: OfficeProfile,
    },
    /// One group replaced; `base` is the group's version the change was
    /// made on (None: format 1, before versions were kept).
    SettingsChanged {
        base: Option<u32>,
        group: SettingsGroup,
    },
}

impl OfficeEvent {
    pub fn label(&self) -> &'static str {
        match self {
            OfficeEvent::OfficeProfileSet { .. } => "设置本机单位",
            OfficeEvent::SettingsChanged { .. } => "修改设置",
        }
    }
}

/// Why an office command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum OfficeRejection {
    #[error("invalid settings: {reason}")]
    InvalidSettings { reason: String },
    #[error("the office profile is not set")]
    NoOffice,
}

impl OfficeRejection {
    pub fn message_zh(&self) -> String {
        match self {
            OfficeRejection::InvalidSettings { reason } => format!("设置有误：{reason}"),
            OfficeRejection::NoOffice => "请先在“设置”中设置本机单位".into(),
        }
    }
}

/// The office's slice of the state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficeSlice {
    pub profile: Option<OfficeProfile>,
    pub settings: Settings,
    /// One version per settings group.
    pub versions: std::collections::BTreeMap<&'static str, Versions>,
}

/// Decides an office command.
pub fn decide(state: &State, command: OfficeCommand) -> Result<Vec<OfficeEvent>, Rejection> {
    match command {
        OfficeCommand::SetProfile(profile) => {
            let profile = OfficeProfile {
                name: input::name("单位名称", &profile.name)?,
                region: input::name("行政区域", &profile.region)?,
                level: profile.level,
                numbering: profile.numbering,
            };
            Ok(vec![OfficeEvent::OfficeProfileSet { profile }])
        }
        OfficeCommand::ChangeSettings(group) => {
            check_group(&group)?;
            let settings = &state.office.settings;
            input::changed(settings.group(&group) == group)?;
            let base = state
                .office
                .versions
                .get(group.key())
                .map_or(0, |v| v.version);
            Ok(vec![OfficeEvent::SettingsChanged {
                base: Some(base),
                group,
            }])
        }
    }
}

fn invalid(reason: &str) -> Rejection {
    OfficeRejection::InvalidSettings {
        reason: reason.into(),
    }
    .into()
}

fn check_group(group: &SettingsGroup) -> Result<(), Rejection> {
    match group {
        SettingsGroup::Numbering(n) if !n.number_format.contains("{n}") => {
            Err(invalid("案号格式中须含有 {n}（序号的位置）"))
        }
        SettingsGroup::Evaluation(e)
            if e.satisfaction_threshold_percent > 100
                || e.meeting_members_weight_percent > 100
                || e.department_review.sample_percent > 100 =>
        {
            Err(invalid("百分比须在 0 到 100 之间"))
        }
        SettingsGroup::Drafting(d) if d.similarity_percent > 100 => {
            Err(invalid("百分比须在 0 到 100 之间"))
        }
        SettingsGroup::NegativeList(items) if items.iter().any(|i| i.title.trim().is_empty()) => {
            Err(invalid("负面清单的每一项都须有标题"))
        }
        SettingsGroup::Rules(_)
        | SettingsGroup::Deadlines(_)
        | SettingsGroup::Numbering(_)
        | SettingsGroup::Drafting(_)
        | SettingsGroup::NegativeList(_)
        | SettingsGroup::ProfessionalStations(_)
        | SettingsGroup::Evaluation(_) => Ok(()),
    }
}

/// Folds an office event into its slice.
pub fn apply(slice: &mut OfficeSlice, e: &OfficeEvent, event: &Event) -> Result<(), Conflict> {
    match e {
        OfficeEvent::OfficeProfileSet { profile } => {
            slice.profile = Some(profile.clone());
            Ok(())
        }
        OfficeEvent::SettingsChanged { base, group } => {
            let versions = slice.versions.entry(group.key()).or_default();
            if let Some((_, mark)) = versions.changed_since(*base, &["value"]) {
                return Err(Conflict::new(
                    event,
                    format!(
                        "设置“{}”被两处同时修改：{}已先修改，本次修改（{}）未生效；请人工确定",
                        group.label(),
                        mark.by.describe(),
                        crate::changes::Source::of(event).describe()
                    ),
                ));
            }
            versions.record(&["value"], event);
            slice.settings.set(group);
            Ok(())
        }
    }
}
