//! Edits as changes, never as whole records: `Versions` keeps a record's
//! version and which event last changed each of its fields, so an edit
//! made on an older version of the record applies only if nobody changed
//! the same field since; otherwise it is a `Clash` a person resolves.
//!
//! `changes!` declares a record's `*Changes`: one optional value per field,
//! present only for the fields an edit changed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

use crate::event::Event;
use crate::ids::EventId;

/// Who made an event, as a conflict names each side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub event: EventId,
    pub office: String,
    pub operator: String,
    pub on: NaiveDate,
}

impl Source {
    /// The side an event stands for.
    pub fn of(event: &Event) -> Source {
        Source {
            event: event.id,
            office: event.office.clone(),
            operator: event.actor.operator.clone(),
            on: event.business_date,
        }
    }

    /// `县人大代表工委 张三 2026-11-27`.
    pub fn describe(&self) -> String {
        format!(
            "{}（{}，{}）",
            self.operator,
            self.office,
            crate::dates::ymd(self.on)
        )
    }
}

/// When a field last changed, and by which event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMark {
    pub version: u32,
    pub by: Source,
}

/// A record's version (how many changes it has seen) and the last change
/// of each field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Versions {
    pub version: u32,
    marks: BTreeMap<&'static str, FieldMark>,
}

impl Versions {
    /// The first of `fields` changed after version `base`, with its mark.
    /// An edit without a base (format 1, before versions were kept) never
    /// clashes: those events were all made by one office, in order.
    pub fn changed_since(
        &self,
        base: Option<u32>,
        fields: &[&'static str],
    ) -> Option<(&'static str, &FieldMark)> {
        let base = base?;
        fields.iter().find_map(|f| {
            self.marks
                .get(f)
                .filter(|m| m.version > base)
                .map(|m| (*f, m))
        })
    }

    /// Counts a change of `fields` made by `event`.
    pub fn record(&mut self, fields: &[&'static str], event: &Event) {
        self.version += 1;
        for f in fields {
            self.marks.insert(
                f,
                FieldMark {
                    version: self.version,
                    by: Source::of(event),
                },
            );
        }
    }
}

/// Two offices changed the same field of the same record without seeing
/// each other's change: the later one is held back for a person to decide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    /// The record, as a clerk names it (代表“王伟”).
    pub record: String,
    /// The field's Chinese name.
    pub field: &'static str,
    /// The change already applied, and its value.
    pub theirs: Source,
    /// The record's version that change made: taking the held change
    /// applies it as if made on this version, so a change made since
    /// clashes again instead of being overwritten.
    pub their_version: u32,
    pub their_value: String,
    /// The change held back, and the value it would have set.
    pub ours: Source,
    pub our_value: String,
}

impl Clash {
    /// Both sides in one sentence.
    pub fn message_zh(&self) -> String {
        format!(
            "{}的“{}”被两处同时修改：{}改为“{}”，{}改为“{}”；请人工确定",
            self.record,
            self.field,
            self.theirs.describe(),
            self.their_value,
            self.ours.describe(),
            self.our_value
        )
    }
}

/// Reads a present field, even `null`, as `Some`: in a `*Changes`, a field
/// that is there was changed, to whatever it holds (`Option<Option<T>>`
/// keeps "changed to nothing" apart from "not changed").
pub fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A value as a conflict shows it.
pub trait Shown {
    fn shown(&self) -> String;
}

impl Shown for String {
    fn shown(&self) -> String {
        self.clone()
    }
}

impl Shown for bool {
    fn shown(&self) -> String {
        if *self { "是" } else { "否" }.into()
    }
}

impl Shown for NaiveDate {
    fn shown(&self) -> String {
        crate::dates::ymd(*self)
    }
}

impl<T: Shown> Shown for Option<T> {
    fn shown(&self) -> String {
        self.as_ref().map_or_else(|| "（空）".into(), Shown::shown)
    }
}

impl<T: Shown> Shown for Vec<T> {
    fn shown(&self) -> String {
        self.iter().map(Shown::shown).collect::<Vec<_>>().join("、")
    }
}

macro_rules! shown_by_display {
    ($($t:ty),*) => {$(
        impl Shown for $t {
            fn shown(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

shown_by_display!(
    crate::ids::DeputyId,
    crate::ids::DelegationId,
    crate::ids::SessionId,
    crate::ids::StationId,
    crate::ids::OpinionId,
    crate::ids::CategoryId
);

/// What every `*Changes` of `changes!` can do, for the generic edit.
pub trait Changes<R>: Sized {
    fn fields(&self) -> Vec<&'static str>;
    fn without_same(self, record: &R) -> Self;
    fn apply_to(&self, record: &mut R);
    fn label(field: &str) -> &'static str;
    fn clash_values(&self, record: &R, field: &str) -> (String, String);
}

/// A record with its versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Versioned<T> {
    pub record: T,
    pub versions: Versions,
}

impl<T> Versioned<T> {
    /// A record as first added (version 0).
    pub fn new(record: T) -> Versioned<T> {
        Versioned {
            record,
            versions: Versions::default(),
        }
    }

    /// Applies an edit made on version `base`: the fields that really
    /// change, unless one of them changed since `base` (a `Clash`).
    /// Returns whether anything changed.
    pub fn edit<C: Changes<T> + Clone>(
        &mut self,
        base: Option<u32>,
        changes: &C,
        event: &Event,
        name: impl FnOnce(&T) -> String,
    ) -> Result<bool, Box<Clash>> {
        let changes = changes.clone().without_same(&self.record);
        let fields = changes.fields();
        if let Some((field, mark)) = self.versions.changed_since(base, &fields) {
            let (their_value, our_value) = changes.clash_values(&self.record, field);
            return Err(Box::new(Clash {
                record: name(&self.record),
                field: C::label(field),
                theirs: mark.by.clone(),
                their_version: mark.version,
                their_value,
                ours: Source::of(event),
                our_value,
            }));
        }
        if fields.is_empty() {
            return Ok(false);
        }
        changes.apply_to(&mut self.record);
        self.versions.record(&fields, event);
        Ok(true)
    }
}

impl<T> std::ops::Deref for Versioned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.record
    }
}

/// Declares the changes of a record: `changes!(DeputyChanges for Deputy {
/// name: String => "姓名", … })` makes a struct of optional fields with
/// `between` (the fields that differ), `fields`, `apply_to` and
/// `clash_values`.
macro_rules! changes {
    ($(#[$doc:meta])* $name:ident for $record:ty { $($field:ident : $ty:ty => $label:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, crate::read::ReadJson)]
        pub struct $name {
            $(
                #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::changes::present")]
                pub $field: Option<$ty>,
            )*
        }

        impl crate::changes::Changes<$record> for $name {
            fn fields(&self) -> Vec<&'static str> {
                $name::fields(self)
            }
            fn without_same(self, record: &$record) -> $name {
                $name::without_same(self, record)
            }
            fn apply_to(&self, record: &mut $record) {
                $name::apply_to(self, record)
            }
            fn label(field: &str) -> &'static str {
                $name::label(field)
            }
            fn clash_values(&self, record: &$record, field: &str) -> (String, String) {
                $name::clash_values(self, record, field)
            }
        }

        impl $name {
            /// The fields of `new` that differ from `old`.
            pub fn between(old: &$record, new: &$record) -> $name {
                $name {
                    $($field: (old.$field != new.$field).then(|| new.$field.clone()),)*
                }
            }

            /// The names of the fields present.
            pub fn fields(&self) -> Vec<&'static str> {
                let mut out = Vec::new();
                $(if self.$field.is_some() { out.push(stringify!($field)); })*
                out
            }

            /// Whether nothing changes.
            pub fn is_empty(&self) -> bool {
                self.fields().is_empty()
            }

            /// Drops the fields whose value `record` already holds.
            pub fn without_same(mut self, record: &$record) -> $name {
                $(if self.$field.as_ref() == Some(&record.$field) { self.$field = None; })*
                self
            }

            /// Sets the present fields on `record`.
            pub fn apply_to(&self, record: &mut $record) {
                $(if let Some(v) = &self.$field { record.$field = v.clone(); })*
            }

            /// A field's Chinese name.
            pub fn label(field: &str) -> &'static str {
                match field {
                    $(stringify!($field) => $label,)*
                    _ => "",
                }
            }

            /// The record's value and this change's value of a field.
            pub fn clash_values(&self, record: &$record, field: &str) -> (String, String) {
                use crate::changes::Shown;
                match field {
                    $(stringify!($field) => (
                        record.$field.shown(),
                        self.$field.as_ref().map(|v| v.shown()).unwrap_or_default(),
                    ),)*
                    _ => (String::new(), String::new()),
                }
            }
        }
    };
}

pub(crate) use changes;
