//! The exchange worker's messages: a request as JSON text in, a reply as
//! JSON text out (`handle`). A reply is the op's answer, or
//! `{"error":"中文"}`.
//!
//! - `{"op":"identity","seed":"64hex"}` → `{"public_key","fingerprint"}`
//! - `{"op":"seal","secret","events":[raw...]}` → `{"signatures":[hex...]}`
//! - `{"op":"sign","secret","text"}` → `{"signature"}`
//! - `{"op":"open","text","known":[{"office","public_key"}...],"also":[VerifiedEvent...]}`
//!   → `jianyi_core::exchange::Verified`

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use jianyi_core::OfficeId;
use jianyi_core::exchange::VerifiedEvent;

use crate::keys::{SealError, Signer};
use crate::open::open;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Request {
    Identity {
        seed: String,
    },
    Seal {
        secret: String,
        events: Vec<String>,
    },
    Sign {
        secret: String,
        text: String,
    },
    Open {
        text: String,
        #[serde(default)]
        known: Vec<KnownKey>,
        /// Events held back by earlier imports, to check again.
        #[serde(default)]
        also: Vec<VerifiedEvent>,
    },
}

/// An office the receiver knows, and its public key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownKey {
    pub office: OfficeId,
    pub public_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub public_key: String,
    pub fingerprint: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub signatures: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signed {
    pub signature: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failed {
    pub error: String,
}

/// Answers one request (JSON text) with its reply (JSON text). `now`: a
/// clock in milliseconds, for `open`'s `verify_ms`.
pub fn handle(request: &str, now: impl Fn() -> f64) -> String {
    let reply = match serde_json::from_str::<Request>(request) {
        Err(e) => Err(format!("交换程序收到的请求无法读取（{e}）")),
        Ok(request) => answer(request, now),
    };
    reply.unwrap_or_else(|error| to_json(&Failed { error }))
}

fn answer(request: Request, now: impl Fn() -> f64) -> Result<String, String> {
    let zh = |e: SealError| e.message_zh();
    Ok(match request {
        Request::Identity { seed } => {
            let public_key = crate::public_key(&seed).map_err(zh)?;
            let fingerprint = crate::fingerprint(&public_key).map_err(zh)?;
            to_json(&Identity {
                public_key,
                fingerprint,
            })
        }
        Request::Seal { secret, events } => {
            let signer = Signer::from_secret_hex(&secret).map_err(zh)?;
            let signatures = events.iter().map(|raw| signer.seal_event(raw)).collect();
            to_json(&Sealed { signatures })
        }
        Request::Sign { secret, text } => to_json(&Signed {
            signature: Signer::from_secret_hex(&secret)
                .map_err(zh)?
                .sign_packet(&text),
        }),
        Request::Open { text, known, also } => {
            let known: Vec<(OfficeId, String)> = known
                .into_iter()
                .map(|k| (k.office, k.public_key))
                .collect();
            to_json(&open(&text, &known, &also, now)?)
        }
    })
}

fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("a reply serializes")
}

/// Reads a reply: the op's answer `T`, or the error it carries. Replies are
/// written without whitespace, so an error reply starts `{"error":`; any
/// other reply is read straight into `T`, never buffered.
pub fn read_reply<T: DeserializeOwned>(reply: &str) -> Result<T, String> {
    if reply.starts_with("{\"error\":") {
        let failed: Failed = serde_json::from_str(reply).map_err(|e| e.to_string())?;
        return Err(failed.error);
    }
    serde_json::from_str(reply).map_err(|e| format!("交换程序的答复无法读取（{e}）"))
}
