//! `ExchangeCommand`: make this office's identity, trust another office.

use crate::exchange::event::TrustBasis;
use crate::exchange::packet::OfficeCard;
use crate::ids::OfficeId;

/// What an operator (or an accepted import) asks of the exchange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExchangeCommand {
    /// Records this office's public identity, made on first use (the key
    /// pair is made outside the core); once.
    MakeIdentity {
        office: OfficeId,
        /// 64 lowercase hex digits.
        public_key: String,
        /// Five groups of four digits.
        fingerprint: String,
    },
    /// Trusts another office under the key on its card: confirmed by a
    /// clerk reading the fingerprint, or vouched for by a trusted office.
    TrustOffice {
        card: OfficeCard,
        fingerprint: String,
        basis: TrustBasis,
    },
}
