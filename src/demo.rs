//! The two-office demo in the browser: the demo county's committee office
//! and one township station (`jianyi_demo::two_offices`), each in its own
//! database, loadable in its own browser profile. After the generator's
//! events are stored, each office takes its demo key, trusts the other, and
//! holds the committee office's events sealed and numbered as the committee
//! office's first export seals them, so the two exchange packets at once
//! and their deltas agree.

use jianyi_core::exchange::{ExchangeCommand, OfficeCard, Seal, TrustBasis};
use jianyi_core::office::OfficeRole;
use jianyi_core::{Actor, Event, StationId};
use jianyi_demo::two_offices::{
    COMMITTEE_ID, COMMITTEE_SECRET, STATION_ID, STATION_NAME, STATION_SECRET,
};

use leptos::prelude::WithUntracked;

use crate::engine::Engine;
use crate::exchange::{IDENTITY, OfficeKey};
use crate::platform::{self, DemoMade};
use crate::storage::StoredRecord;

/// Which office of the demo this browser opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoOffice {
    /// 示范县人大常委会代表工作委员会, the numbering copy.
    Committee,
    /// 示范县城关镇人大代表联络站.
    Station,
}

impl DemoOffice {
    /// As preferences and the demo worker name it.
    pub fn code(self) -> &'static str {
        match self {
            DemoOffice::Committee => "committee",
            DemoOffice::Station => "station",
        }
    }

    pub fn from_code(code: &str) -> Option<DemoOffice> {
        match code {
            "committee" => Some(DemoOffice::Committee),
            "station" => Some(DemoOffice::Station),
            _ => None,
        }
    }

    /// Its database.
    pub fn database(self) -> &'static str {
        match self {
            DemoOffice::Committee => crate::state::DEMO_DB,
            DemoOffice::Station => crate::state::DEMO_STATION_DB,
        }
    }

    /// The office code its events carry.
    pub fn office_code(self) -> &'static str {
        match self {
            DemoOffice::Committee => jianyi_demo::DEMO_OFFICE,
            DemoOffice::Station => jianyi_demo::two_offices::STATION_OFFICE,
        }
    }

    /// How the banner names it.
    pub fn label(self) -> &'static str {
        match self {
            DemoOffice::Committee => "示范县人大常委会代表工委",
            DemoOffice::Station => "示范县城关镇人大代表联络站",
        }
    }
}

/// Gives the demo office just stored its key and the other office's trust,
/// each only if it has none yet (a start cut short is completed on the
/// next), and seals the committee office's events it holds (`seqs`: the number of
/// each stored event's seal, by position; none: not sealed now).
pub async fn set_up(
    engine: &Engine,
    which: DemoOffice,
    events: &[Event],
    made: &DemoMade,
) -> Result<(), String> {
    let (own, own_secret, other) = match which {
        DemoOffice::Committee => (COMMITTEE_ID, COMMITTEE_SECRET, STATION_ID),
        DemoOffice::Station => (STATION_ID, STATION_SECRET, COMMITTEE_ID),
    };
    // The committee office's events, sealed by it (in the worker) and
    // numbered.
    let sealed: Vec<StoredRecord> = events
        .iter()
        .zip(&made.events)
        .filter_map(|(e, (json, seq, signature))| {
            // The text the worker sealed, not the event written again.
            let mut record = crate::storage::StoredRecord {
                body: json.clone(),
                ..crate::engine::record_of(e)
            };
            let seal = Seal {
                office: COMMITTEE_ID,
                signature: signature.clone()?,
                seq: Some((*seq)?),
            };
            record.seal = serde_json::to_string(&seal).ok();
            Some(record)
        })
        .collect();
    let store = engine.store();
    store.put_seals(&sealed).await.map_err(|e| e.message_zh())?;

    // This office's key, and its public identity.
    let key = OfficeKey {
        office: own,
        secret: own_secret.to_string(),
    };
    store
        .set_meta(
            IDENTITY,
            &serde_json::to_string(&key).map_err(|e| e.to_string())?,
        )
        .await
        .map_err(|e| e.message_zh())?;
    let (public_key, fingerprint) = made.own.clone();
    let actor = Actor {
        operator: "示范数据".into(),
        acting_for: None,
        desk: match which {
            DemoOffice::Committee => jianyi_core::Desk::CommitteeOffice,
            DemoOffice::Station => jianyi_core::Desk::Deputy,
        },
        how: jianyi_core::How::Operator,
    };
    let today = platform::china_today();
    let (has_identity, trusts) = engine
        .state()
        .with_untracked(|s| (s.exchange.own.is_some(), !s.exchange.known.is_empty()));
    if !has_identity {
        engine
            .dispatch(
                ExchangeCommand::MakeIdentity {
                    office: own,
                    public_key,
                    fingerprint,
                }
                .into(),
                actor.clone(),
                today,
            )
            .await
            .map_err(|e| e.message_zh())?;
    }
    if trusts {
        return Ok(());
    }

    // The other office, its fingerprint compared when the two were set up.
    let (public_key, fingerprint) = made.other.clone();
    let card = match which {
        DemoOffice::Committee => OfficeCard {
            id: other,
            name: STATION_NAME.into(),
            role: OfficeRole::Station,
            unit: None,
            station: station_entry(engine),
            delegation: None,
            leader: None,
            public_key,
        },
        DemoOffice::Station => OfficeCard {
            id: other,
            name: jianyi_demo::two_offices::COMMITTEE_NAME.into(),
            role: OfficeRole::CommitteeOffice,
            unit: None,
            station: None,
            delegation: None,
            leader: None,
            public_key,
        },
    };
    engine
        .dispatch(
            ExchangeCommand::TrustOffice {
                card,
                fingerprint,
                basis: TrustBasis::Confirmed,
            }
            .into(),
            actor,
            today,
        )
        .await
        .map_err(|e| e.message_zh())?;
    Ok(())
}

/// The directory's station the demo station is bound to.
fn station_entry(engine: &Engine) -> Option<StationId> {
    engine.state().with_untracked(|s| {
        s.directory
            .stations
            .iter()
            .find(|(_, e)| e.name == jianyi_demo::two_offices::STATION_ENTRY)
            .map(|(id, _)| *id)
    })
}
