//! `decide` for the exchange: an identity is made once; an office is
//! trusted once under one key, never the own office. A vouched office may
//! later be confirmed by its fingerprint (the stronger basis).

use crate::command::{Ctx, Rejection};
use crate::exchange::command::ExchangeCommand;
use crate::exchange::event::{ExchangeEvent, TrustBasis};
use crate::exchange::packet::OfficeCard;
use crate::exchange::rejection::ExchangeRejection;
use crate::exchange::{is_fingerprint, is_public_key};
use crate::input;
use crate::state::State;

/// Decides an exchange command.
pub fn decide(
    state: &State,
    command: ExchangeCommand,
    _ctx: &Ctx,
) -> Result<Vec<ExchangeEvent>, Rejection> {
    match command {
        ExchangeCommand::MakeIdentity {
            office,
            public_key,
            fingerprint,
        } => {
            if state.exchange.own.is_some() {
                return Err(ExchangeRejection::IdentityExists.into());
            }
            check_key(&public_key, &fingerprint)?;
            Ok(vec![ExchangeEvent::IdentityMade {
                office,
                public_key,
                fingerprint,
            }])
        }
        ExchangeCommand::TrustOffice {
            card,
            fingerprint,
            basis,
        } => {
            let card = OfficeCard {
                name: input::name("单位名称", &card.name)?,
                ..card
            };
            check_key(&card.public_key, &fingerprint)?;
            check_trust(state, &card, &basis)?;
            Ok(vec![ExchangeEvent::OfficeTrusted {
                card,
                fingerprint,
                basis,
            }])
        }
    }
}

fn check_key(public_key: &str, fingerprint: &str) -> Result<(), ExchangeRejection> {
    if !is_public_key(public_key) {
        return Err(ExchangeRejection::BadPublicKey);
    }
    if !is_fingerprint(fingerprint) {
        return Err(ExchangeRejection::BadFingerprint);
    }
    Ok(())
}

/// Refuses the own office, an office already trusted under the same key
/// (but for a vouched office now confirmed), one trusted under another
/// key, and a voucher not trusted.
fn check_trust(
    state: &State,
    card: &OfficeCard,
    basis: &TrustBasis,
) -> Result<(), ExchangeRejection> {
    let own = state.exchange.own_office();
    if own == Some(card.id) {
        return Err(ExchangeRejection::OwnOffice);
    }
    if let TrustBasis::Vouched { by } = basis
        && own != Some(*by)
        && !state.exchange.known.contains_key(by)
    {
        return Err(ExchangeRejection::VoucherUnknown);
    }
    match state.exchange.known.get(&card.id) {
        None => Ok(()),
        Some(k) if k.card.public_key != card.public_key => Err(ExchangeRejection::KeyChanged {
            name: k.card.name.clone(),
        }),
        Some(k)
            if matches!(k.basis, TrustBasis::Vouched { .. }) && *basis == TrustBasis::Confirmed =>
        {
            Ok(())
        }
        Some(k) => Err(ExchangeRejection::AlreadyTrusted {
            name: k.card.name.clone(),
        }),
    }
}
