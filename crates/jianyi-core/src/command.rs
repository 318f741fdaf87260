//! `Command`, what someone asks for, routed by subdomain; `Ctx`, what the
//! caller supplies (time, ids, office, actor, business date); `Rejection`,
//! why a command was refused, with one variant per subdomain.

use chrono::NaiveDate;
use thiserror::Error;

use crate::actor::Actor;
use crate::conflict::{ConflictCommand, ConflictRejection};
use crate::directory::{DirectoryCommand, DirectoryRejection};
use crate::evaluation::{EvaluationCommand, EvaluationRejection};
use crate::exchange::{ExchangeCommand, ExchangeRejection};
use crate::handling::{HandlingCommand, HandlingRejection};
use crate::ids::IdSource;
use crate::input::InputRejection;
use crate::office::{OfficeCommand, OfficeRejection};
use crate::raising::{RaisingCommand, RaisingRejection};
use crate::review::{ReviewCommand, ReviewRejection};
use crate::supervision::{SupervisionCommand, SupervisionRejection};

/// What an operator asks the system to do, by subdomain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Office(OfficeCommand),
    Directory(DirectoryCommand),
    Raising(RaisingCommand),
    Review(ReviewCommand),
    Exchange(ExchangeCommand),
    Conflict(ConflictCommand),
    Handling(HandlingCommand),
    Supervision(SupervisionCommand),
    Evaluation(EvaluationCommand),
    /// Several commands decided in order and stored together, or not at all
    /// (an import).
    Batch(Vec<Command>),
}

impl From<EvaluationCommand> for Command {
    fn from(c: EvaluationCommand) -> Self {
        Command::Evaluation(c)
    }
}

impl From<SupervisionCommand> for Command {
    fn from(c: SupervisionCommand) -> Self {
        Command::Supervision(c)
    }
}

impl From<OfficeCommand> for Command {
    fn from(c: OfficeCommand) -> Self {
        Command::Office(c)
    }
}

impl From<DirectoryCommand> for Command {
    fn from(c: DirectoryCommand) -> Self {
        Command::Directory(c)
    }
}

impl From<RaisingCommand> for Command {
    fn from(c: RaisingCommand) -> Self {
        Command::Raising(c)
    }
}

impl From<ReviewCommand> for Command {
    fn from(c: ReviewCommand) -> Self {
        Command::Review(c)
    }
}

impl From<ExchangeCommand> for Command {
    fn from(c: ExchangeCommand) -> Self {
        Command::Exchange(c)
    }
}

impl From<HandlingCommand> for Command {
    fn from(c: HandlingCommand) -> Self {
        Command::Handling(c)
    }
}

impl From<ConflictCommand> for Command {
    fn from(c: ConflictCommand) -> Self {
        Command::Conflict(c)
    }
}

/// What the caller supplies with a command: the core reads no clock and
/// draws no randomness.
#[derive(Debug)]
pub struct Ctx {
    /// The PC clock in ms since the epoch; it only orders events.
    pub now_ms: u64,
    /// The acting office's code, written into every stamp.
    pub office: String,
    pub actor: Actor,
    /// The business date of the act (China time).
    pub business_date: NaiveDate,
    pub ids: IdSource,
}

/// Why a command was refused. Nothing is stored when a command is refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Rejection {
    #[error(transparent)]
    Input(#[from] InputRejection),
    #[error(transparent)]
    Office(#[from] OfficeRejection),
    #[error(transparent)]
    Directory(#[from] DirectoryRejection),
    #[error(transparent)]
    Raising(#[from] RaisingRejection),
    #[error(transparent)]
    Review(#[from] ReviewRejection),
    #[error(transparent)]
    Exchange(#[from] ExchangeRejection),
    #[error(transparent)]
    Conflict(#[from] ConflictRejection),
    #[error(transparent)]
    Handling(#[from] HandlingRejection),
    #[error(transparent)]
    Supervision(#[from] SupervisionRejection),
    #[error(transparent)]
    Evaluation(#[from] EvaluationRejection),
    #[error("item {index} of the batch: {rejection}")]
    InBatch {
        index: usize,
        rejection: Box<Rejection>,
    },
    #[error("the batch is empty")]
    EmptyBatch,
    /// A command of a subdomain the caller does not decide (an entry page
    /// of the app acting outside its own work).
    #[error("not decided here")]
    NotHere,
}

impl Rejection {
    /// The refusal as a clerk reads it, naming the field or record.
    pub fn message_zh(&self) -> String {
        match self {
            Rejection::Input(r) => r.message_zh(),
            Rejection::Office(r) => r.message_zh(),
            Rejection::Directory(r) => r.message_zh(),
            Rejection::Raising(r) => r.message_zh(),
            Rejection::Review(r) => r.message_zh(),
            Rejection::Exchange(r) => r.message_zh(),
            Rejection::Conflict(r) => r.message_zh(),
            Rejection::Handling(r) => r.message_zh(),
            Rejection::Supervision(r) => r.message_zh(),
            Rejection::Evaluation(r) => r.message_zh(),
            Rejection::InBatch { index, rejection } => {
                format!("第{}条：{}", index + 1, rejection.message_zh())
            }
            Rejection::EmptyBatch => "没有可保存的内容".into(),
            Rejection::NotHere => "这项操作不在本页办理：请到相应的页面操作".into(),
        }
    }
}
