//! `ExchangeEvent`: this office made its identity, or came to trust
//! another office. Both are local to the office (`EventKind::is_local`):
//! never in a packet to a partner, only in the office's own backup.

use crate::read::ReadJson;
use serde::{Deserialize, Serialize};

use crate::exchange::packet::OfficeCard;
use crate::ids::OfficeId;

/// Why an office is trusted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum TrustBasis {
    /// A clerk compared the fingerprint with the office, by phone.
    Confirmed,
    /// A trusted committee office or township presidium listed the office's
    /// card in a packet.
    Vouched { by: OfficeId },
}

impl TrustBasis {
    /// The basis as a clerk reads it.
    pub fn label(&self) -> &'static str {
        match self {
            TrustBasis::Confirmed => "已核对指纹",
            TrustBasis::Vouched { .. } => "经信任单位担保",
        }
    }
}

/// What happened to this office's identity and the offices it trusts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum ExchangeEvent {
    /// This office's public identity (the secret key stays outside events).
    IdentityMade {
        office: OfficeId,
        public_key: String,
        fingerprint: String,
    },
    /// Another office trusted under its key.
    OfficeTrusted {
        card: OfficeCard,
        fingerprint: String,
        basis: TrustBasis,
    },
}

impl ExchangeEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            ExchangeEvent::IdentityMade { .. } => "生成本单位身份",
            ExchangeEvent::OfficeTrusted { .. } => "信任单位",
        }
    }
}
