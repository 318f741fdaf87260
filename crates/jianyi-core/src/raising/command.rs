//! `RaisingCommand`: recording citizen opinions, drafting, co-signing.

use chrono::NaiveDate;

use crate::actor::How;
use crate::ids::{DeputyId, OpinionId, StationId, SuggestionId};
use crate::raising::records::Draft;

/// What an operator asks of raising.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RaisingCommand {
    RecordOpinion(OpinionFields),
    EditOpinion {
        id: OpinionId,
        fields: OpinionFields,
    },
    CreateDraft(Draft),
    EditDraft {
        id: SuggestionId,
        draft: Draft,
    },
    /// The lead deputy names co-signers.
    NameCosigners {
        id: SuggestionId,
        deputies: Vec<DeputyId>,
    },
    RemoveCosigner {
        id: SuggestionId,
        deputy: DeputyId,
    },
    /// A co-signer confirms having read the text (已阅知内容); `how` is
    /// InPerson or PaperKeyedIn.
    ConfirmCosign {
        id: SuggestionId,
        deputy: DeputyId,
        how: How,
    },
    /// A co-signer withdraws after a review asked for a revision.
    WithdrawCosign {
        id: SuggestionId,
        deputy: DeputyId,
    },
    /// A co-signer has seen the revision made after a review's return.
    AcknowledgeRevision {
        id: SuggestionId,
        deputy: DeputyId,
    },
}

/// A citizen opinion's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpinionFields {
    pub station: StationId,
    pub received_on: NaiveDate,
    pub topic: String,
    pub text: String,
    /// Private contact of the citizen, stored apart.
    pub contact: String,
}
