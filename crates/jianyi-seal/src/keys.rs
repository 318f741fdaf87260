//! Office keys (Ed25519), their fingerprints, and the two signatures: an
//! event's seal and a packet's signature, each over its own
//! domain-separation prefix followed by the exact text.

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::hex;

/// What an event's seal signs, before the raw event JSON text.
pub const EVENT_CONTEXT: &[u8] = b"jianyi-event-v1\n";
/// What a packet's signature signs, before the exact text of the packet
/// member.
pub const PACKET_CONTEXT: &[u8] = b"jianyi-packet-v1\n";

/// A key, seed or signature that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// Not exactly the expected number of bytes in lowercase hex.
    #[error("the {what} is not {bytes} bytes of lowercase hex")]
    BadHex { what: &'static str, bytes: usize },
    /// 32 bytes of hex that are no point of the curve (or a weak one).
    #[error("the public key is not a usable Ed25519 key")]
    BadPublicKey,
}

impl SealError {
    /// The clerk's message.
    pub fn message_zh(&self) -> String {
        match self {
            SealError::BadHex { what, bytes } => {
                let what = match *what {
                    "seed" | "secret" => "本单位密钥",
                    "public key" => "公钥",
                    _ => "签名",
                };
                format!("{what}格式不正确：应为 {} 位小写十六进制数字", bytes * 2)
            }
            SealError::BadPublicKey => "公钥无效：不是可用的 Ed25519 公钥".to_string(),
        }
    }
}

/// An office's signing key, made from its 32-byte secret (the seed).
pub struct Signer {
    key: SigningKey,
}

impl Signer {
    /// The key whose secret is `secret_hex` (64 lowercase hex digits).
    pub fn from_secret_hex(secret_hex: &str) -> Result<Self, SealError> {
        hex::decode::<32>(secret_hex)
            .map(Self::from_seed)
            .ok_or(SealError::BadHex {
                what: "secret",
                bytes: 32,
            })
    }

    /// The key made from 32 secret bytes.
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Signer {
            key: SigningKey::from_bytes(&seed),
        }
    }

    /// The public key, 64 lowercase hex digits.
    pub fn public_key(&self) -> String {
        hex::encode(self.key.verifying_key().as_bytes())
    }

    /// The seal of one event: 128 lowercase hex digits.
    pub fn seal_event(&self, raw: &str) -> String {
        self.sign(EVENT_CONTEXT, raw)
    }

    /// The signature of a packet member's exact text.
    pub fn sign_packet(&self, packet_text: &str) -> String {
        self.sign(PACKET_CONTEXT, packet_text)
    }

    fn sign(&self, context: &[u8], text: &str) -> String {
        hex::encode(&self.key.sign(&message(context, text)).to_bytes())
    }
}

/// A public key ready to check signatures (decoded once, used for many).
#[derive(Clone, Debug)]
pub struct Verifier {
    key: VerifyingKey,
}

impl Verifier {
    /// The key written as `public_key_hex` (64 lowercase hex digits).
    pub fn from_public_key_hex(public_key_hex: &str) -> Result<Self, SealError> {
        let bytes = hex::decode::<32>(public_key_hex).ok_or(SealError::BadHex {
            what: "public key",
            bytes: 32,
        })?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| SealError::BadPublicKey)?;
        if key.is_weak() {
            return Err(SealError::BadPublicKey);
        }
        Ok(Verifier { key })
    }

    /// Whether `sig_hex` is this key's seal of the event `raw`.
    pub fn verify_event(&self, raw: &str, sig_hex: &str) -> bool {
        self.verify(EVENT_CONTEXT, raw, sig_hex)
    }

    /// Whether `sig_hex` is this key's signature of the packet member text.
    pub fn verify_packet(&self, packet_text: &str, sig_hex: &str) -> bool {
        self.verify(PACKET_CONTEXT, packet_text, sig_hex)
    }

    /// The key's fingerprint (see [`fingerprint`]).
    pub fn fingerprint(&self) -> String {
        fingerprint_of(self.key.as_bytes())
    }

    fn verify(&self, context: &[u8], text: &str, sig_hex: &str) -> bool {
        let Some(bytes) = hex::decode::<64>(sig_hex) else {
            return false;
        };
        // Strict: refuses a non-canonical scalar and small-order points,
        // so no second encoding of a signature verifies.
        self.key
            .verify_strict(&message(context, text), &Signature::from_bytes(&bytes))
            .is_ok()
    }
}

fn message(context: &[u8], text: &str) -> Vec<u8> {
    let mut message = Vec::with_capacity(context.len() + text.len());
    message.extend_from_slice(context);
    message.extend_from_slice(text.as_bytes());
    message
}

/// The public key (64 lowercase hex) of the key made from the 32-byte
/// `seed_hex`.
pub fn public_key(seed_hex: &str) -> Result<String, SealError> {
    hex::decode::<32>(seed_hex)
        .map(|seed| Signer::from_seed(seed).public_key())
        .ok_or(SealError::BadHex {
            what: "seed",
            bytes: 32,
        })
}

/// The fingerprint a clerk reads over the phone: SHA-256 of the public
/// key's 32 bytes, its first 20 bytes as five big-endian u32, each modulo
/// 10000, zero-padded to four digits, joined by spaces:
/// `"0482 9137 5560 0021 7384"`.
pub fn fingerprint(public_key_hex: &str) -> Result<String, SealError> {
    Verifier::from_public_key_hex(public_key_hex).map(|v| v.fingerprint())
}

fn fingerprint_of(public_key: &[u8; 32]) -> String {
    let digest = Sha256::digest(public_key);
    let groups: Vec<String> = digest[..20]
        .chunks_exact(4)
        .map(|four| {
            let n = u32::from_be_bytes([four[0], four[1], four[2], four[3]]) % 10_000;
            format!("{n:04}")
        })
        .collect();
    groups.join(" ")
}

/// The seal (128 lowercase hex) of the event `raw` by the office whose
/// secret is `secret_hex`.
pub fn seal_event(secret_hex: &str, raw: &str) -> Result<String, SealError> {
    Signer::from_secret_hex(secret_hex).map(|s| s.seal_event(raw))
}

/// Whether `sig_hex` is the seal of `raw` by the key `public_key_hex`.
/// Any malformed input is simply not a valid seal.
pub fn verify_event(public_key_hex: &str, raw: &str, sig_hex: &str) -> bool {
    Verifier::from_public_key_hex(public_key_hex).is_ok_and(|v| v.verify_event(raw, sig_hex))
}

/// The signature (128 lowercase hex) of a packet member's exact text.
pub fn sign_packet(secret_hex: &str, packet_text: &str) -> Result<String, SealError> {
    Signer::from_secret_hex(secret_hex).map(|s| s.sign_packet(packet_text))
}

/// Whether `sig_hex` is the signature of the packet member text by the key
/// `public_key_hex`.
pub fn verify_packet(public_key_hex: &str, packet_text: &str, sig_hex: &str) -> bool {
    Verifier::from_public_key_hex(public_key_hex)
        .is_ok_and(|v| v.verify_packet(packet_text, sig_hex))
}
