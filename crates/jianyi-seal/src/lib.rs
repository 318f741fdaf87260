//! The signatures of 建议通's exchange between offices (issue 11): an
//! office's Ed25519 key made from a caller-given 32-byte seed, the
//! fingerprint a clerk reads over the phone, each event's seal by the office
//! that made it, the packet's signature by its sender, and `open`, which
//! reads a packet file and says which signatures hold. The packet's types
//! and its reader and writer are the core's (`jianyi_core::exchange`).
//!
//! Pure Rust (ed25519-dalek, sha2), no randomness and no IO, so it runs in
//! the exchange worker on any host (plain http has no `crypto.subtle`) and
//! natively in tests. Hex is lowercase only and decoded strictly.
//!
//! What is signed (design note of issue 11):
//! - an event's seal: `b"jianyi-event-v1\n"` ++ the exact raw event JSON;
//! - a packet: `b"jianyi-packet-v1\n"` ++ the exact text of the `packet`
//!   member of the file.

mod hex;
mod keys;
mod make;
mod open;
pub mod wire;

pub use keys::{
    EVENT_CONTEXT, PACKET_CONTEXT, SealError, Signer, Verifier, fingerprint, public_key,
    seal_event, sign_packet, verify_event, verify_packet,
};
pub use make::{make_packet, packet_text, seal_as};
pub use open::open;
