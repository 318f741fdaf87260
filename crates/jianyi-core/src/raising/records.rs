//! The raising records: `Opinion` (a citizen's opinion at a station),
//! `Draft` (what a drafter writes), and `Suggestion` (a draft with its
//! co-signers and revisions as the fold keeps it).

use crate::read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::actor::How;
use crate::changes::{Shown, Versions};
use crate::ids::{CategoryId, DeputyId, OpinionId, SessionId, StationId, SuggestionId};

/// 建议 or 议案.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ReadJson,
)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    Suggestion,
    Motion,
}

impl SuggestionKind {
    pub fn label(self) -> &'static str {
        match self {
            SuggestionKind::Suggestion => "建议",
            SuggestionKind::Motion => "议案",
        }
    }
}

impl Shown for SuggestionKind {
    fn shown(&self) -> String {
        self.label().into()
    }
}

/// A citizen opinion (群众意见) collected at a station. The citizen's
/// contact is private and kept apart (`RaisingEvent::OpinionContactSet`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Opinion {
    pub id: OpinionId,
    pub station: StationId,
    pub received_on: NaiveDate,
    pub topic: String,
    pub text: String,
}

/// What a drafter writes: the four elements and the framing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Draft {
    /// 案由
    pub title: String,
    /// 案据
    pub basis: String,
    /// 建议: the ask
    pub ask: String,
    /// 对策: the concrete measures
    pub measures: String,
    pub category: CategoryId,
    pub kind: SuggestionKind,
    /// The session it is raised at; None: raised in recess (闭会期间).
    pub session: Option<SessionId>,
    pub lead_deputy: DeputyId,
    /// A motion raised in the name of a delegation (代表团名义).
    #[serde(default)]
    pub by_delegation: bool,
    /// The citizen opinions it was made from.
    #[serde(default)]
    pub opinions: Vec<OpinionId>,
    /// Negative-list items (by title) the drafter confirmed it is not.
    #[serde(default)]
    pub negative_confirmed: Vec<String>,
}

impl Draft {
    /// An empty draft of a lead deputy, raised at a session or in recess.
    pub fn empty(lead_deputy: DeputyId, session: Option<SessionId>, category: CategoryId) -> Draft {
        Draft {
            title: String::new(),
            basis: String::new(),
            ask: String::new(),
            measures: String::new(),
            category,
            kind: SuggestionKind::Suggestion,
            session,
            lead_deputy,
            by_delegation: false,
            opinions: Vec::new(),
            negative_confirmed: Vec::new(),
        }
    }

    /// Whether two drafts differ in what a co-signer read and signed: the
    /// text, its framing, the lead. Confirming negative-list items or linking
    /// opinions does not change what was signed.
    pub fn text_differs(&self, other: &Draft) -> bool {
        (
            &self.title,
            &self.basis,
            &self.ask,
            &self.measures,
            self.category,
            self.kind,
            self.session,
            self.lead_deputy,
            self.by_delegation,
        ) != (
            &other.title,
            &other.basis,
            &other.ask,
            &other.measures,
            other.category,
            other.kind,
            other.session,
            other.lead_deputy,
            other.by_delegation,
        )
    }
}

/// A co-signer (联名代表) of a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoSigner {
    pub deputy: DeputyId,
    pub named_on: NaiveDate,
    /// The latest confirmation given, with the text revision it read.
    pub confirmed: Option<Confirmation>,
    /// The last revision the co-signer has seen after a review's return.
    pub seen_revision: Option<u32>,
}

/// A co-signer's "已阅知内容", with how it was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    pub on: NaiveDate,
    pub how: How,
    /// The draft revision that was read.
    pub revision: u32,
}

/// Where a co-signer's signature stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signature {
    /// Not confirmed yet.
    Pending,
    /// Confirmed, and the text read is the text signed.
    Confirmed(Confirmation),
    /// Confirmed, but the drafter edited the text before submission on
    /// `on`: the co-signer must confirm again.
    Voided { on: NaiveDate },
}

/// A revision made after a review returned the item: what the text was
/// before, so each signer can see the change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// The revision number the change produced.
    pub revision: u32,
    pub on: NaiveDate,
    pub before: Draft,
}

/// A suggestion or motion as raising knows it; its review lives in the
/// review subdomain's slice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub id: SuggestionId,
    pub draft: Draft,
    /// Business date of creation.
    pub created_on: NaiveDate,
    /// Business date of the last change.
    pub updated_on: NaiveDate,
    /// How many edits the draft has seen since creation.
    pub revision: u32,
    pub cosigners: Vec<CoSigner>,
    /// Revisions asked for by a review, each with the text before.
    pub revisions: Vec<Revision>,
    /// Edits of the text before submission: the revision each produced and
    /// its date. Each voids the confirmations of earlier revisions.
    pub text_edits: Vec<(u32, NaiveDate)>,
    pub versions: Versions,
}

impl Suggestion {
    /// Where a co-signer's signature stands.
    pub fn signature(&self, c: &CoSigner) -> Signature {
        match &c.confirmed {
            None => Signature::Pending,
            Some(k) => match self.text_edits.iter().find(|(r, _)| *r > k.revision) {
                Some((_, on)) => Signature::Voided { on: *on },
                None => Signature::Confirmed(k.clone()),
            },
        }
    }

    /// The co-signers as listed: every entry but the lead deputy's. A
    /// co-signer who became the lead (an edit of 领衔代表) keeps the entry,
    /// so a later change back finds it, but is shown and counted as the
    /// lead only; the former lead is not made a co-signer.
    pub fn listed_cosigners(&self) -> impl Iterator<Item = &CoSigner> + '_ {
        self.cosigners
            .iter()
            .filter(|c| c.deputy != self.draft.lead_deputy)
    }

    /// Co-signers whose signature counts, the lead deputy never among them.
    pub fn confirmed_cosigners(&self) -> impl Iterator<Item = DeputyId> + '_ {
        self.listed_cosigners()
            .filter(|c| matches!(self.signature(c), Signature::Confirmed(_)))
            .map(|c| c.deputy)
    }

    /// Deputies whose signature counts, each once: the lead and confirmed
    /// co-signers, whoever is lead.
    pub fn signers(&self) -> usize {
        1 + self.confirmed_cosigners().count()
    }
}
