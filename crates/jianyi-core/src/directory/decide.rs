//! `decide` for the directories: checks names, duplicates and references,
//! and turns an edit into the fields it changes.

use crate::command::{Ctx, Rejection};
use crate::directory::command::{
    CommitteeFields, DeputyFields, DirectoryCommand, LeaderFields, SessionFields, StationFields,
    UnitFields,
};
use crate::directory::event::{
    CategoryChanges, CommitteeChanges, DelegationChanges, DeputyChanges, DirectoryEvent,
    LeaderChanges, SessionChanges, StationChanges, UnitChanges,
};
use crate::directory::records::{
    Category, CommitteeBody, Delegation, Deputy, Entry, EntryRef, Leader, Session, Station,
    StationKind, Unit,
};
use crate::directory::{DirectoryRejection, DirectorySlice, unknown};
use crate::ids::{
    CategoryId, CommitteeId, DelegationId, DeputyId, LeaderId, SessionId, StationId, UnitId,
};
use crate::input;
use crate::state::State;

/// Decides a directory command.
pub fn decide(
    state: &State,
    command: DirectoryCommand,
    ctx: &Ctx,
) -> Result<Vec<DirectoryEvent>, Rejection> {
    let dir = &state.directory;
    let events = match command {
        DirectoryCommand::AddDelegation { name } => {
            let name = input::name("代表团名称", &name)?;
            unique_delegation(dir, &name, None)?;
            vec![DirectoryEvent::DelegationAdded {
                delegation: Delegation {
                    id: ctx.ids.next(),
                    name,
                },
            }]
        }
        DirectoryCommand::EditDelegation { id, name } => {
            let old = dir
                .delegations
                .get(&id)
                .ok_or(DirectoryRejection::UnknownDelegation)?;
            let name = input::name("代表团名称", &name)?;
            unique_delegation(dir, &name, Some(id))?;
            let changes = DelegationChanges::between(old, &Delegation { id, name });
            input::changed(changes.is_empty())?;
            vec![DirectoryEvent::DelegationEdited {
                id,
                base: base(old),
                changes,
            }]
        }
        DirectoryCommand::AddDeputy(fields) => {
            let id: DeputyId = ctx.ids.next();
            let phone = input::text("电话", &fields.phone)?;
            let deputy = deputy(dir, id, fields, None)?;
            let mut out = vec![DirectoryEvent::DeputyAdded { deputy }];
            if !phone.is_empty() {
                out.push(DirectoryEvent::DeputyPhoneSet {
                    id,
                    base: Some(0),
                    phone,
                });
            }
            out
        }
        DirectoryCommand::EditDeputy { id, fields } => {
            let old = dir
                .deputies
                .get(&id)
                .ok_or(DirectoryRejection::UnknownDeputy)?;
            let phone = input::text("电话", &fields.phone)?;
            let new = deputy(dir, id, fields, Some(old))?;
            let changes = DeputyChanges::between(old, &new);
            let phone_changed = phone != dir.phone(id);
            input::changed(changes.is_empty() && !phone_changed)?;
            let mut out = Vec::new();
            if !changes.is_empty() {
                out.push(DirectoryEvent::DeputyEdited {
                    id,
                    base: base(old),
                    changes,
                });
            }
            if phone_changed {
                out.push(DirectoryEvent::DeputyPhoneSet {
                    id,
                    base: Some(dir.phones.get(&id).map_or(0, |p| p.versions.version)),
                    phone,
                });
            }
            out
        }
        DirectoryCommand::AddCommittee(fields) => {
            let committee = committee(dir, ctx.ids.next(), fields, None)?;
            vec![DirectoryEvent::CommitteeAdded { committee }]
        }
        DirectoryCommand::EditCommittee { id, fields } => {
            let old = dir
                .committees
                .get(&id)
                .ok_or(DirectoryRejection::UnknownCommittee)?;
            let changes = CommitteeChanges::between(old, &committee(dir, id, fields, Some(old))?);
            input::changed(changes.is_empty())?;
            vec![DirectoryEvent::CommitteeEdited {
                id,
                base: base(old),
                changes,
            }]
        }
        DirectoryCommand::AddUnit(fields) => {
            let unit = unit(dir, ctx.ids.next(), fields)?;
            vec![DirectoryEvent::UnitAdded { unit }]
        }
        DirectoryCommand::EditUnit { id, fields } => {
            let old = dir.units.get(&id).ok_or(DirectoryRejection::UnknownUnit)?;
            let changes = UnitChanges::between(old, &unit(dir, id, fields)?);
            input::changed(changes.is_empty())?;
            vec![DirectoryEvent::UnitEdited {
                id,
                base: base(old),
                changes,
            }]
        }
        DirectoryCommand::AddLeader(fields) => {
            let leader = leader(dir, ctx.ids.next(), fields)?;
            vec![DirectoryEvent::LeaderAdded { leader }]
        }
        DirectoryCommand::EditLeader { id, fields } => {
            let old = dir
                .leaders
                .get(&id)
                .ok_or(DirectoryRejection::UnknownLeader)?;
            let changes = LeaderChanges::between(old, &leader(dir, id, fields)?);
            input::changed(changes.is_empty())?;
            vec![DirectoryEvent::LeaderEdited {
                id,
                base: base(old),
                changes,
            }]
        }
        DirectoryCommand::AddSession(fields) => {
            let session = session(dir, ctx.ids.next(), fields)?;
            vec![DirectoryEvent::SessionAdded { session }]
        }
        DirectoryCommand::EditSession { id, fields } => {
            let old = dir
                .sessions
                .get(&id)
                .ok_or(DirectoryRejection::UnknownSession)?;
            let changes = SessionChanges::between(old, &session(dir, id, fields)?);
            input::changed(changes.is_empty())?;
            vec![DirectoryEvent::SessionEdited {
                id,
                base: base(old),
                changes,
            }]
        }
        DirectoryCommand::AddStation(fields) => {
            let station = station(state, ctx.ids.next(), fields, ctx)?;
            vec![DirectoryEvent::StationAdded { station }]
        }
        DirectoryCommand::EditStation { id, fields } => {
            let old = dir
                .stations
                .get(&id)
                .ok_or(DirectoryRejection::UnknownStation)?;
            let changes = StationChanges::between(old, &station(state, id, fields, ctx)?);
            input::changed(changes.is_empty())?;
            vec![DirectoryEvent::StationEdited {
                id,
                base: base(old),
                changes,
            }]
        }
        DirectoryCommand::AddCategory { name } => {
            let category = category(dir, ctx.ids.next(), &name)?;
            vec![DirectoryEvent::CategoryAdded { category }]
        }
        DirectoryCommand::EditCategory { id, name } => {
            let old = dir
                .categories
                .get(&id)
                .ok_or(DirectoryRejection::UnknownCategory)?;
            let changes = CategoryChanges::between(old, &category(dir, id, &name)?);
            input::changed(changes.is_empty())?;
            vec![DirectoryEvent::CategoryEdited {
                id,
                base: base(old),
                changes,
            }]
        }
        DirectoryCommand::Retire(entry) => {
            let name = dir.entry_name(&entry);
            match dir.retired(&entry) {
                None => return Err(unknown(&entry).into()),
                Some(true) => return Err(DirectoryRejection::AlreadyRetired { name }.into()),
                Some(false) => vec![DirectoryEvent::EntryRetired {
                    entry,
                    base: entry_version(dir, &entry),
                }],
            }
        }
        DirectoryCommand::Reinstate(entry) => {
            let name = dir.entry_name(&entry);
            match dir.retired(&entry) {
                None => return Err(unknown(&entry).into()),
                Some(false) => return Err(DirectoryRejection::NotRetired { name }.into()),
                Some(true) => vec![DirectoryEvent::EntryReinstated {
                    entry,
                    base: entry_version(dir, &entry),
                }],
            }
        }
    };
    Ok(events)
}

/// The version an edit of `entry` is made on.
fn base<T>(entry: &Entry<T>) -> Option<u32> {
    Some(entry.record.versions.version)
}

fn entry_version(dir: &DirectorySlice, entry: &EntryRef) -> Option<u32> {
    fn v<K: Ord, T>(map: &std::collections::BTreeMap<K, Entry<T>>, id: &K) -> Option<u32> {
        map.get(id).and_then(base)
    }
    match entry {
        EntryRef::Deputy(id) => v(&dir.deputies, id),
        EntryRef::Delegation(id) => v(&dir.delegations, id),
        EntryRef::Committee(id) => v(&dir.committees, id),
        EntryRef::Unit(id) => v(&dir.units, id),
        EntryRef::Leader(id) => v(&dir.leaders, id),
        EntryRef::Session(id) => v(&dir.sessions, id),
        EntryRef::Station(id) => v(&dir.stations, id),
        EntryRef::Category(id) => v(&dir.categories, id),
    }
}

fn unique_delegation(
    dir: &DirectorySlice,
    name: &str,
    except: Option<DelegationId>,
) -> Result<(), DirectoryRejection> {
    let clash = dir
        .delegations
        .values()
        .any(|d| d.name == name && Some(d.id) != except);
    if clash {
        return Err(DirectoryRejection::DuplicateDelegation {
            name: name.to_string(),
        });
    }
    Ok(())
}

fn deputy(
    dir: &DirectorySlice,
    id: DeputyId,
    f: DeputyFields,
    old: Option<&Entry<Deputy>>,
) -> Result<Deputy, Rejection> {
    let name = input::name("代表姓名", &f.name)?;
    let group = dir
        .delegations
        .get(&f.delegation)
        .ok_or(DirectoryRejection::UnknownDelegation)?;
    dir.in_use(
        EntryRef::Delegation(f.delegation),
        old.is_some_and(|o| o.delegation == f.delegation),
    )?;
    let clash = dir
        .deputies
        .values()
        .any(|d| d.name == name && d.delegation == f.delegation && d.id != id);
    if clash {
        return Err(DirectoryRejection::DuplicateDeputy {
            name,
            delegation: group.name.clone(),
        }
        .into());
    }
    let kept = old.map_or(&[][..], |o| &o.stations[..]);
    let stations = dir.distinct_in_use(f.stations, kept, EntryRef::Station)?;
    Ok(Deputy {
        id,
        name,
        delegation: f.delegation,
        gender: f.gender,
        term: input::text("届别", &f.term)?,
        stations,
    })
}

fn committee(
    dir: &DirectorySlice,
    id: CommitteeId,
    f: CommitteeFields,
    old: Option<&Entry<CommitteeBody>>,
) -> Result<CommitteeBody, Rejection> {
    let name = input::name("委室名称", &f.name)?;
    if dir
        .committees
        .values()
        .any(|c| c.name == name && c.id != id)
    {
        return Err(DirectoryRejection::DuplicateCommittee { name }.into());
    }
    let kept = old.map_or(&[][..], |o| &o.covers[..]);
    let covers = dir.distinct_in_use(f.covers, kept, EntryRef::Delegation)?;
    Ok(CommitteeBody { id, name, covers })
}

fn unit(dir: &DirectorySlice, id: UnitId, f: UnitFields) -> Result<Unit, Rejection> {
    let name = input::name("单位名称", &f.name)?;
    if dir.units.values().any(|u| u.name == name && u.id != id) {
        return Err(DirectoryRejection::DuplicateUnit { name }.into());
    }
    Ok(Unit {
        id,
        name,
        kind: f.kind,
        organ: f.organ,
        head: input::text("签发人", &f.head)?,
    })
}

fn leader(dir: &DirectorySlice, id: LeaderId, f: LeaderFields) -> Result<Leader, Rejection> {
    let name = input::name("领导姓名", &f.name)?;
    let post = input::name("职务", &f.post)?;
    if dir
        .leaders
        .values()
        .any(|l| l.name == name && l.post == post && l.id != id)
    {
        return Err(DirectoryRejection::DuplicateLeader { name, post }.into());
    }
    Ok(Leader {
        id,
        name,
        post,
        organ: f.organ,
        duties: input::text("领办督办领域", &f.duties)?,
    })
}

fn session(dir: &DirectorySlice, id: SessionId, f: SessionFields) -> Result<Session, Rejection> {
    let name = input::name("会次名称", &f.name)?;
    if f.ends < f.starts {
        return Err(DirectoryRejection::SessionEndsBeforeStart.into());
    }
    if dir.sessions.values().any(|s| s.name == name && s.id != id) {
        return Err(DirectoryRejection::DuplicateSession { name }.into());
    }
    Ok(Session {
        id,
        name,
        starts: f.starts,
        ends: f.ends,
    })
}

/// A station; a professional one's field is one of the professional
/// stations in force on the business date.
fn station(
    state: &State,
    id: StationId,
    f: StationFields,
    ctx: &Ctx,
) -> Result<Station, Rejection> {
    let name = input::name("站点名称", &f.name)?;
    if state
        .directory
        .stations
        .values()
        .any(|s| s.name == name && s.id != id)
    {
        return Err(DirectoryRejection::DuplicateStation { name }.into());
    }
    let field = f.field.trim().to_string();
    match f.kind {
        StationKind::Professional => {
            if field.is_empty() {
                return Err(input::InputRejection::Missing {
                    field: "专业领域"
                }
                .into());
            }
            if !state
                .office
                .settings_on(ctx.business_date)
                .professional_stations
                .contains(&field)
            {
                return Err(DirectoryRejection::UnknownField { field }.into());
            }
        }
        StationKind::Home | StationKind::LiaisonStation | StationKind::LiaisonPoint => {}
    }
    Ok(Station {
        id,
        name,
        kind: f.kind,
        field,
    })
}

fn category(dir: &DirectorySlice, id: CategoryId, name: &str) -> Result<Category, Rejection> {
    let name = input::name("类别名称", name)?;
    if dir
        .categories
        .values()
        .any(|c| c.name == name && c.id != id)
    {
        return Err(DirectoryRejection::DuplicateCategory { name }.into());
    }
    Ok(Category { id, name })
}
