//! `apply` for the directories: additions insert, edits change only their
//! fields (or clash), retiring flips the flag.

use std::collections::BTreeMap;

use crate::changes::{Changes, Versioned};
use crate::directory::DirectorySlice;
use crate::directory::event::DirectoryEvent;
use crate::directory::records::{Entry, EntryRef};
use crate::event::Event;
use crate::state::Conflict;

/// Folds a directory event into its slice.
pub fn apply(dir: &mut DirectorySlice, e: &DirectoryEvent, event: &Event) -> Result<(), Conflict> {
    match e {
        DirectoryEvent::DelegationAdded { delegation } => {
            add(
                &mut dir.delegations,
                delegation.id,
                delegation.clone(),
                event,
            )?;
            dir.delegation_order.push(delegation.id);
            Ok(())
        }
        DirectoryEvent::DelegationEdited { id, base, changes } => {
            edit(&mut dir.delegations, id, *base, changes, event, |d| {
                format!("代表团“{}”", d.name)
            })
        }
        DirectoryEvent::DeputyAdded { deputy } => {
            if !dir.delegations.contains_key(&deputy.delegation) {
                return Err(Conflict::new(event, "代表所属代表团不存在"));
            }
            add(&mut dir.deputies, deputy.id, deputy.clone(), event)
        }
        DirectoryEvent::DeputyEdited { id, base, changes } => {
            if changes
                .delegation
                .is_some_and(|g| !dir.delegations.contains_key(&g))
            {
                return Err(Conflict::new(event, "代表所属代表团不存在"));
            }
            edit(&mut dir.deputies, id, *base, changes, event, |d| {
                format!("代表“{}”", d.name)
            })
        }
        DirectoryEvent::DeputyPhoneSet { id, base, phone } => {
            let Some(deputy) = dir.deputies.get(id) else {
                return Err(Conflict::new(event, "代表不存在"));
            };
            let name = format!("代表“{}”", deputy.name);
            let slot = dir
                .phones
                .entry(*id)
                .or_insert_with(|| Versioned::new(String::new()));
            set_private(slot, *base, phone, event, name, "联系电话")
        }
        DirectoryEvent::CommitteeAdded { committee } => {
            add(&mut dir.committees, committee.id, committee.clone(), event)
        }
        DirectoryEvent::CommitteeEdited { id, base, changes } => {
            edit(&mut dir.committees, id, *base, changes, event, |c| {
                format!("委室“{}”", c.name)
            })
        }
        DirectoryEvent::UnitAdded { unit } => add(&mut dir.units, unit.id, unit.clone(), event),
        DirectoryEvent::UnitEdited { id, base, changes } => {
            edit(&mut dir.units, id, *base, changes, event, |u| {
                format!("承办单位“{}”", u.name)
            })
        }
        DirectoryEvent::LeaderAdded { leader } => {
            add(&mut dir.leaders, leader.id, leader.clone(), event)
        }
        DirectoryEvent::LeaderEdited { id, base, changes } => {
            edit(&mut dir.leaders, id, *base, changes, event, |l| {
                format!("领导“{}”", l.name)
            })
        }
        DirectoryEvent::SessionAdded { session } => {
            add(&mut dir.sessions, session.id, session.clone(), event)
        }
        DirectoryEvent::SessionEdited { id, base, changes } => {
            edit(&mut dir.sessions, id, *base, changes, event, |s| {
                format!("会次“{}”", s.name)
            })
        }
        DirectoryEvent::StationAdded { station } => {
            add(&mut dir.stations, station.id, station.clone(), event)
        }
        DirectoryEvent::StationEdited { id, base, changes } => {
            edit(&mut dir.stations, id, *base, changes, event, |s| {
                format!("站点“{}”", s.name)
            })
        }
        DirectoryEvent::CategoryAdded { category } => {
            add(&mut dir.categories, category.id, category.clone(), event)?;
            dir.category_order.push(category.id);
            Ok(())
        }
        DirectoryEvent::CategoryEdited { id, base, changes } => {
            edit(&mut dir.categories, id, *base, changes, event, |c| {
                format!("类别“{}”", c.name)
            })
        }
        DirectoryEvent::EntryRetired { entry, base } => set_retired(dir, entry, *base, true, event),
        DirectoryEvent::EntryReinstated { entry, base } => {
            set_retired(dir, entry, *base, false, event)
        }
    }
}

fn add<K: Ord, T>(
    map: &mut BTreeMap<K, Entry<T>>,
    key: K,
    record: T,
    event: &Event,
) -> Result<(), Conflict> {
    if map.contains_key(&key) {
        return Err(Conflict::new(event, "记录已存在"));
    }
    map.insert(key, Entry::new(record));
    Ok(())
}

fn edit<K: Ord, T, C: Changes<T> + Clone>(
    map: &mut BTreeMap<K, Entry<T>>,
    key: &K,
    base: Option<u32>,
    changes: &C,
    event: &Event,
    name: impl FnOnce(&T) -> String,
) -> Result<(), Conflict> {
    let Some(entry) = map.get_mut(key) else {
        return Err(Conflict::new(event, "要修改的记录不存在"));
    };
    entry
        .record
        .edit(base, changes, event, name)
        .map(|_| ())
        .map_err(|clash| Conflict::clash(event, *clash))
}

/// Sets a private value (a phone, a contact) made on version `base`.
pub fn set_private(
    slot: &mut Versioned<String>,
    base: Option<u32>,
    value: &str,
    event: &Event,
    record: String,
    field: &'static str,
) -> Result<(), Conflict> {
    if slot.record == value {
        return Ok(());
    }
    if let Some((_, mark)) = slot.versions.changed_since(base, &["value"]) {
        return Err(Conflict::clash(
            event,
            crate::changes::Clash {
                record,
                field,
                theirs: mark.by.clone(),
                their_version: mark.version,
                their_value: slot.record.clone(),
                ours: crate::changes::Source::of(event),
                our_value: value.to_string(),
            },
        ));
    }
    slot.record = value.to_string();
    slot.versions.record(&["value"], event);
    Ok(())
}

fn set_retired(
    dir: &mut DirectorySlice,
    entry: &EntryRef,
    base: Option<u32>,
    retired: bool,
    event: &Event,
) -> Result<(), Conflict> {
    fn flip<K: Ord, T>(
        map: &mut BTreeMap<K, Entry<T>>,
        id: &K,
        base: Option<u32>,
        retired: bool,
        event: &Event,
    ) -> Result<(), Conflict> {
        let Some(e) = map.get_mut(id) else {
            return Err(Conflict::new(event, "要停用或恢复的记录不存在"));
        };
        if e.retired == retired {
            return Ok(());
        }
        if let Some((_, mark)) = e.record.versions.changed_since(base, &["retired"]) {
            return Err(Conflict::new(
                event,
                format!(
                    "停用状态被两处同时修改：{}已先修改，本次（{}）未生效；请人工确定",
                    mark.by.describe(),
                    crate::changes::Source::of(event).describe()
                ),
            ));
        }
        e.retired = retired;
        e.record.versions.record(&["retired"], event);
        Ok(())
    }
    match entry {
        EntryRef::Deputy(id) => flip(&mut dir.deputies, id, base, retired, event),
        EntryRef::Delegation(id) => flip(&mut dir.delegations, id, base, retired, event),
        EntryRef::Committee(id) => flip(&mut dir.committees, id, base, retired, event),
        EntryRef::Unit(id) => flip(&mut dir.units, id, base, retired, event),
        EntryRef::Leader(id) => flip(&mut dir.leaders, id, base, retired, event),
        EntryRef::Session(id) => flip(&mut dir.sessions, id, base, retired, event),
        EntryRef::Station(id) => flip(&mut dir.stations, id, base, retired, event),
        EntryRef::Category(id) => flip(&mut dir.categories, id, base, retired, event),
    }
}
