//! `ExchangeRejection`: why an exchange command was refused.

use thiserror::Error;

/// Why an exchange command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ExchangeRejection {
    #[error("the office already has an identity")]
    IdentityExists,
    #[error("a public key is 64 lowercase hex digits")]
    BadPublicKey,
    #[error("a fingerprint is five groups of four digits")]
    BadFingerprint,
    #[error("the office is this office itself")]
    OwnOffice,
    #[error("{name} is already trusted under this key")]
    AlreadyTrusted { name: String },
    /// Re-trusting an office under a new key (a key replaced or lost) is
    /// not offered yet (issue 12).
    #[error("{name} is trusted under another key")]
    KeyChanged { name: String },
    #[error("the vouching office is not trusted")]
    VoucherUnknown,
}

impl ExchangeRejection {
    /// The refusal as a clerk reads it.
    pub fn message_zh(&self) -> String {
        match self {
            ExchangeRejection::IdentityExists => {
                "本单位已有身份密钥，不能再生成；更换密钥会使其他单位无法核验本单位的交换包".into()
            }
            ExchangeRejection::BadPublicKey => "公钥应为64位小写十六进制字符".into(),
            ExchangeRejection::BadFingerprint => "指纹应为5组、每组4位数字，以空格分隔".into(),
            ExchangeRejection::OwnOffice => "这是本单位自己，无需信任".into(),
            ExchangeRejection::AlreadyTrusted { name } => {
                format!("“{name}”已按同一密钥登记为信任单位，无需再次确认")
            }
            ExchangeRejection::KeyChanged { name } => format!(
                "“{name}”已按另一把密钥登记为信任单位，没有登记新的密钥：对方更换密钥的办理（核实后撤销旧密钥）本版本尚不支持，请先电话核实对方是否更换了密钥，再联系代表工委"
            ),
            ExchangeRejection::VoucherUnknown => {
                "担保单位不是本单位信任的单位，不能据此信任其他单位".into()
            }
        }
    }
}
