//! `apply` for the exchange. An office has one identity; an office is
//! trusted under one key. The same identity or trust folded twice (two
//! installations of one office, a backup merged back) changes nothing; a
//! confirmation upgrades a vouched office whichever is folded first.

use crate::event::Event;
use crate::exchange::event::{ExchangeEvent, TrustBasis};
use crate::exchange::{ExchangeSlice, Identity, KnownOffice};
use crate::state::Conflict;

/// Folds an exchange event into its slice.
pub fn apply(slice: &mut ExchangeSlice, e: &ExchangeEvent, event: &Event) -> Result<(), Conflict> {
    match e {
        ExchangeEvent::IdentityMade {
            office,
            public_key,
            fingerprint,
        } => match &slice.own {
            Some(i) if i.office == *office && i.public_key == *public_key => Ok(()),
            Some(_) => Err(Conflict::new(
                event,
                "本单位已有另一身份密钥，这一身份未生效",
            )),
            None if slice.known.contains_key(office) => Err(Conflict::new(
                event,
                "这一身份属于本单位已信任的另一单位，未生效",
            )),
            None => {
                slice.own = Some(Identity {
                    office: *office,
                    public_key: public_key.clone(),
                    fingerprint: fingerprint.clone(),
                    on: event.business_date,
                });
                Ok(())
            }
        },
        ExchangeEvent::OfficeTrusted {
            card,
            fingerprint,
            basis,
        } => {
            if slice.own_office() == Some(card.id) {
                return Err(Conflict::new(
                    event,
                    "这是本单位自己的身份，不登记为信任单位",
                ));
            }
            match slice.known.get_mut(&card.id) {
                Some(k) if k.card.public_key != card.public_key => Err(Conflict::new(
                    event,
                    format!("“{}”已按另一把密钥登记，这次登记未生效", k.card.name),
                )),
                Some(k) => {
                    if *basis == TrustBasis::Confirmed && k.basis != TrustBasis::Confirmed {
                        k.basis = TrustBasis::Confirmed;
                        k.on = event.business_date;
                    }
                    Ok(())
                }
                None => {
                    slice.known.insert(
                        card.id,
                        KnownOffice {
                            card: card.clone(),
                            fingerprint: fingerprint.clone(),
                            basis: basis.clone(),
                            on: event.business_date,
                        },
                    );
                    Ok(())
                }
            }
        }
    }
}
