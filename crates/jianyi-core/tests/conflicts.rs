//! Conflicts a person resolves (domain.md §6): two offices edit the same
//! field of one record from the same version; every office holding both
//! edits sees one conflict on the later one; a person keeps the change
//! that applied or takes the one held back; the resolution is an event
//! that travels, folds alike in every order of arrival, and is refused
//! when the conflict is already resolved.

use std::collections::BTreeSet;

use jianyi_core::conflict::{ConflictCommand, ConflictRejection, Resolution};
use jianyi_core::directory::{DeputyFields, DirectoryCommand};
use jianyi_core::exchange::authority::{authority, may_make};
use jianyi_core::exchange::{OfficeCard, PartnerScope};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::{Draft, RaisingCommand};
use jianyi_core::review::ReviewCommand;
use jianyi_core::testkit::{Given, today};
use jianyi_core::*;
use jianyi_demo::SplitMix;

/// The union of two offices' logs by event id, as an import makes it.
fn merge(a: &[Event], b: &[Event]) -> Vec<Event> {
    let mut seen = BTreeSet::new();
    a.iter()
        .chain(b)
        .filter(|e| seen.insert(e.id))
        .cloned()
        .collect()
}

/// Events in a seeded random order of arrival (Fisher–Yates).
fn shuffled(events: &[Event], seed: u64) -> Vec<Event> {
    let mut rng = SplitMix::new(seed);
    let mut out = events.to_vec();
    for i in (1..out.len()).rev() {
        out.swap(i, rng.below(i + 1));
    }
    out
}

/// The committee office and a station, each having edited 王伟's name
/// from the same version without seeing the other's edit.
struct Clashed {
    /// The committee office's copy, which has imported the station's edit.
    committee: Given,
    /// The station's copy, before it imports anything.
    station: Given,
    deputy: DeputyId,
    /// The held (later) edit's id: the conflict's id.
    conflict: EventId,
    applied: String,
    held: String,
}

fn clashed() -> Clashed {
    let mut c = Given::office_named("县人大代表工委", 1);
    c.given(OfficeCommand::SetProfile(OfficeProfile {
        name: "示范县人大常委会代表工作委员会".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        role: OfficeRole::CommitteeOffice,
        numbering: true,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
    }));
    let delegation = c.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let deputy = c.added(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟", delegation,
    )));
    let mut station =
        Given::office_named("城关镇人大代表联络站", 2).with_events(c.events_so_far().to_vec());
    c.when(DirectoryCommand::EditDeputy {
        id: deputy,
        fields: DeputyFields::new("王伟东", delegation),
    })
    .then_events(&["修改代表"]);
    station
        .when(DirectoryCommand::EditDeputy {
            id: deputy,
            fields: DeputyFields::new("王卫", delegation),
        })
        .then_events(&["修改代表"]);
    let merged = merge(c.events_so_far(), station.events_so_far());
    let committee = c.with_events(merged);
    let state = committee.state();
    assert_eq!(state.conflicts.len(), 1, "{:?}", state.conflicts);
    let clash = state.conflicts[0].clash.as_ref().expect("a clash").clone();
    assert_eq!(clash.field, "姓名");
    assert_eq!(state.directory.deputies[&deputy].name, clash.their_value);
    Clashed {
        conflict: state.conflicts[0].event,
        applied: clash.their_value,
        held: clash.our_value,
        committee,
        station,
        deputy,
    }
}

fn resolve(conflict: EventId, choice: Resolution) -> ConflictCommand {
    ConflictCommand::Resolve { conflict, choice }
}

/// Everything about conflicts a state shows: open ones, resolved ones and
/// the names they hold.
fn conflicts_of(s: &State) -> (Vec<EventId>, Vec<(EventId, Resolution, String)>) {
    (
        s.conflicts.iter().map(|c| c.event).collect(),
        s.resolutions
            .resolved
            .iter()
            .map(|r| (r.conflict.event, r.choice, r.by.office.clone()))
            .collect(),
    )
}

#[test]
fn two_offices_editing_one_name_from_the_same_base_meet_as_one_conflict_on_the_later_edit() {
    let x = clashed();
    let conflict = &x.committee.state().conflicts[0];
    assert_eq!(
        conflict.held.id, x.conflict,
        "the conflict keeps the held edit"
    );
    assert_eq!(
        BTreeSet::from([x.applied.as_str(), x.held.as_str()]),
        BTreeSet::from(["王伟东", "王卫"])
    );
    // The station, importing the committee's edit, sees the same conflict.
    let at_station = State::from_events(merge(
        x.station.events_so_far(),
        x.committee.events_so_far(),
    ));
    assert_eq!(at_station.conflicts.len(), 1);
    assert_eq!(at_station.conflicts[0].event, x.conflict);
}

#[test]
fn taking_the_held_change_sets_it_and_every_order_of_arrival_folds_to_the_same_state() {
    let mut x = clashed();
    x.committee
        .when(resolve(x.conflict, Resolution::TakeHeld))
        .then_events(&["处理冲突"]);
    let state = x.committee.state().clone();
    assert_eq!(state.directory.deputies[&x.deputy].name, x.held);
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    let [r] = state.resolutions.resolved.as_slice() else {
        panic!("one resolved: {:?}", state.resolutions.resolved)
    };
    assert_eq!(r.conflict.event, x.conflict);
    assert_eq!(r.choice, Resolution::TakeHeld);
    assert_eq!(
        (r.by.office.as_str(), r.by.operator.as_str(), r.by.on),
        ("县人大代表工委", "测试操作员", today())
    );
    // The station imports the committee's packet, the union in any order.
    let all = merge(x.station.events_so_far(), x.committee.events_so_far());
    for seed in 0..32 {
        let other = State::from_events(shuffled(&all, seed));
        assert_eq!(
            other.directory.deputies[&x.deputy].name, x.held,
            "seed {seed}"
        );
        assert_eq!(conflicts_of(&other), conflicts_of(&state), "seed {seed}");
        assert!(other == state, "seed {seed}: the same state");
    }
}

#[test]
fn keeping_the_applied_change_leaves_it_and_closes_the_conflict() {
    let mut x = clashed();
    x.committee
        .when(resolve(x.conflict, Resolution::KeepApplied))
        .then_events(&["处理冲突"]);
    let state = x.committee.state();
    assert_eq!(state.directory.deputies[&x.deputy].name, x.applied);
    assert!(state.conflicts.is_empty());
    assert_eq!(state.resolutions.resolved.len(), 1);
    assert_eq!(
        state.resolutions.resolved[0].choice,
        Resolution::KeepApplied
    );
    let elsewhere = State::from_events(merge(
        x.station.events_so_far(),
        x.committee.events_so_far(),
    ));
    assert!(elsewhere == *state);
}

#[test]
fn resolving_twice_is_refused_naming_who_resolved_it_and_nothing_is_stored() {
    let mut x = clashed();
    x.committee
        .when(resolve(x.conflict, Resolution::TakeHeld))
        .then_events(&["处理冲突"]);
    for choice in [Resolution::TakeHeld, Resolution::KeepApplied] {
        x.committee
            .when(resolve(x.conflict, choice))
            .then_refused_where(
                |r| {
                    matches!(
                        r,
                        Rejection::Conflict(ConflictRejection::AlreadyResolved { by })
                            if by.contains("县人大代表工委") && by.contains("采用被搁置的修改")
                    )
                },
                "AlreadyResolved",
            );
    }
    let message = x
        .committee
        .when(resolve(x.conflict, Resolution::KeepApplied))
        .then_message();
    assert!(message.contains("已由"), "{message}");
    // An id that names no conflict.
    let unknown = x.committee.events_so_far()[0].id;
    x.committee
        .when(resolve(unknown, Resolution::KeepApplied))
        .then_refused(ConflictRejection::NoSuchConflict);
    assert_eq!(
        ConflictRejection::NoSuchConflict.message_zh(),
        "没有这个冲突，或已经处理过"
    );
}

#[test]
fn two_offices_resolving_one_conflict_the_first_by_fold_order_wins_the_other_is_a_conflict() {
    let mut x = clashed();
    // The station imports the committee's edit and resolves the other way.
    let union = merge(x.station.events_so_far(), x.committee.events_so_far());
    let mut station = x.station.with_events(union);
    station
        .when(resolve(x.conflict, Resolution::KeepApplied))
        .then_events(&["处理冲突"]);
    x.committee
        .when(resolve(x.conflict, Resolution::TakeHeld))
        .then_events(&["处理冲突"]);
    let all = merge(x.committee.events_so_far(), station.events_so_far());
    let state = State::from_events(all.clone());
    assert_eq!(state.resolutions.resolved.len(), 1);
    let first = &state.resolutions.resolved[0];
    let value = &state.directory.deputies[&x.deputy].name;
    match first.choice {
        Resolution::TakeHeld => assert_eq!(value, &x.held),
        Resolution::KeepApplied => assert_eq!(value, &x.applied),
    }
    let [second] = state.conflicts.as_slice() else {
        panic!("the later resolution is a conflict: {:?}", state.conflicts)
    };
    assert_eq!(second.held.kind.label(), "处理冲突");
    assert!(second.clash.is_none());
    assert!(
        second.reason.contains("冲突已由") && second.reason.contains(&first.by.office),
        "{}",
        second.reason
    );
    for seed in 0..16 {
        assert!(
            State::from_events(shuffled(&all, seed)) == state,
            "seed {seed}"
        );
    }
    // That conflict is acknowledged and closed; it holds nothing to take.
    let mut t = x.committee.with_events(all);
    t.when(resolve(second.event, Resolution::TakeHeld))
        .then_refused(ConflictRejection::NothingHeld);
    t.when(resolve(second.event, Resolution::KeepApplied))
        .then_events(&["处理冲突"]);
    assert!(t.state().conflicts.is_empty());
    assert_eq!(t.state().resolutions.resolved.len(), 2);
}

#[test]
fn a_resolution_of_a_conflict_not_held_here_is_remembered_not_shown_and_counts_once_both_edits_arrive()
 {
    let mut x = clashed();
    x.committee
        .when(resolve(x.conflict, Resolution::TakeHeld))
        .then_events(&["处理冲突"]);
    let resolution = x.committee.events_so_far().last().unwrap().clone();
    // An office that holds the applied edit and the resolution, not the
    // held edit.
    let without_held: Vec<Event> = x
        .committee
        .events_so_far()
        .iter()
        .filter(|e| e.id != x.conflict)
        .cloned()
        .collect();
    let partial = State::from_events(without_held);
    assert!(partial.conflicts.is_empty(), "{:?}", partial.conflicts);
    assert!(partial.resolutions.resolved.is_empty());
    let remembered = &partial.resolutions.elsewhere[&x.conflict];
    assert_eq!(remembered.choice, Resolution::TakeHeld);
    assert_eq!(remembered.field, "姓名");
    assert_eq!(partial.directory.deputies[&x.deputy].name, x.applied);
    // Once the held edit arrives, the fold meets the conflict first and
    // the resolution closes it: the same as where it was resolved.
    let full = State::from_events(merge(&[resolution], x.committee.events_so_far()));
    assert!(full == *x.committee.state());
}

#[test]
fn a_conflict_without_a_clash_is_acknowledged_and_closed_never_taken() {
    let mut t = Given::office_named("县人大代表工委", 1);
    let delegation = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let deputy: DeputyId = t.added(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟", delegation,
    )));
    let mut other = Given::office_named("河口乡", 9).with_events(t.events_so_far().to_vec());
    let mut edit = other
        .when(DirectoryCommand::EditDeputy {
            id: deputy,
            fields: DeputyFields::new("王伟东", delegation),
        })
        .then_events(&["修改代表"])
        .remove(0);
    edit.stamp.wall_ms = 1; // arrives stamped before the deputy was added
    let mut events = t.events_so_far().to_vec();
    events.push(edit.clone());
    let mut t = t.with_events(events);
    assert_eq!(t.state().conflicts.len(), 1);
    assert!(t.state().conflicts[0].clash.is_none());
    t.when(resolve(edit.id, Resolution::TakeHeld))
        .then_refused(ConflictRejection::NothingHeld);
    t.when(resolve(edit.id, Resolution::KeepApplied))
        .then_events(&["处理冲突"]);
    assert!(t.state().conflicts.is_empty());
    assert_eq!(t.state().directory.deputies[&deputy].name, "王伟");
    assert_eq!(
        t.state().resolutions.resolved[0]
            .choice
            .label(t.state().resolutions.resolved[0].conflict.clash.is_some()),
        "知悉并关闭"
    );
}

#[test]
fn the_resolution_travels_only_the_registering_office_makes_it_and_it_reads_back_as_written() {
    let mut x = clashed();
    let e = x
        .committee
        .when(resolve(x.conflict, Resolution::TakeHeld))
        .then_events(&["处理冲突"])
        .remove(0);
    assert!(!e.kind.is_local() && !e.kind.is_private());
    let a = authority(&e.kind);
    assert!(!a.is_own_office_only() && a.keys_in.is_empty() && !a.numbers);
    // The committee office (a township presidium for its township)
    // resolves; a unit or station may not force which change stands.
    for role in OfficeRole::ALL {
        let registrar = matches!(
            role,
            OfficeRole::CommitteeOffice | OfficeRole::TownshipPresidium
        );
        assert_eq!(may_make(role, &e, false).is_ok(), registrar, "{role:?}");
    }
    let json = e.to_json();
    assert!(json.contains(r#""conflict":{"resolved":{"#), "{json}");
    assert!(json.contains(r#""choice":"take_held""#), "{json}");
    assert!(!json.contains(&x.held), "no value travels in it: {json}");
    assert_eq!(Event::from_json(&json).unwrap(), vec![e]);
}

#[test]
fn held_events_are_rebased_onto_the_version_the_applied_change_made() {
    let x = clashed();
    let conflict = &x.committee.state().conflicts[0];
    let rebased = conflict.held_rebased();
    assert_eq!(
        (rebased.id, &rebased.stamp, &rebased.office),
        (
            conflict.held.id,
            &conflict.held.stamp,
            &conflict.held.office
        )
    );
    let their_version = conflict.clash.as_ref().unwrap().their_version;
    let json = rebased.to_json();
    assert!(
        json.contains(&format!(r#""base":{their_version}"#)),
        "{json}"
    );
    assert!(
        !conflict
            .held
            .to_json()
            .contains(&format!(r#""base":{their_version}"#)),
        "the held edit was made on an older version"
    );
}

#[test]
fn taking_the_held_change_never_overwrites_an_edit_made_since() {
    let mut x = clashed();
    let delegation = x.committee.state().directory.deputies[&x.deputy].delegation;
    // The committee office corrects the name again after the clash.
    x.committee
        .when(DirectoryCommand::EditDeputy {
            id: x.deputy,
            fields: DeputyFields::new("王伟国", delegation),
        })
        .then_events(&["修改代表"]);
    // Taking the held change now would overwrite 王伟国 unseen: refused,
    // saying the held change clashes again, and nothing stored.
    x.committee
        .when(resolve(x.conflict, Resolution::TakeHeld))
        .then_refused_where(
            |r| r.message_zh().contains("被搁置的修改现在仍不能生效"),
            "the held change clashes with the later edit",
        );
    assert_eq!(
        x.committee.state().directory.deputies[&x.deputy].name,
        "王伟国"
    );
    // A resolution made elsewhere without seeing 王伟国 (stamped after it)
    // does not overwrite it either: the conflict stays open.
    let everything: Vec<Event> = x.committee.events_so_far().to_vec();
    let later_edit = everything.last().unwrap().id;
    let without_later: Vec<Event> = everything
        .iter()
        .filter(|e| e.id != later_edit)
        .cloned()
        .collect();
    let mut blind = Given::office_named("县人大代表工委", 4).with_events(without_later);
    blind.runner.now_ms = 1_900_000_000_000;
    let resolution = blind
        .when(resolve(x.conflict, Resolution::TakeHeld))
        .then_events(&["处理冲突"]);
    let other =
        Given::office_named("县人大代表工委", 5).with_events(merge(&everything, &resolution));
    assert_eq!(other.state().directory.deputies[&x.deputy].name, "王伟国");
    assert!(
        !other.state().conflicts.is_empty(),
        "the clash is still to decide"
    );
}

#[test]
fn a_held_change_that_no_longer_applies_cannot_be_taken_but_may_be_kept_out() {
    let mut c = Given::office_named("县人大代表工委", 1);
    c.given(OfficeCommand::SetProfile(OfficeProfile {
        name: "示范县人大常委会代表工作委员会".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        role: OfficeRole::CommitteeOffice,
        numbering: true,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
    }));
    let delegation = c.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let lead: DeputyId = c.added(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟", delegation,
    )));
    let draft = c.complete_draft(lead, None, "关于完善城关镇路灯的建议");
    let id: SuggestionId = c.added(RaisingCommand::CreateDraft(draft.clone()));
    let mut station =
        Given::office_named("城关镇人大代表联络站", 2).with_events(c.events_so_far().to_vec());
    for (t, title) in [
        (&mut c, "关于完善城关镇夜间路灯的建议"),
        (&mut station, "关于增设城关镇路灯的建议"),
    ] {
        t.when(RaisingCommand::EditDraft {
            id,
            draft: Draft {
                title: title.into(),
                ..draft.clone()
            },
        })
        .then_events(&["修改草稿"]);
    }
    let merged = merge(c.events_so_far(), station.events_so_far());
    let mut c = c.with_events(merged);
    let conflict = c.state().conflicts[0].event;
    assert_eq!(c.state().conflicts[0].clash.as_ref().unwrap().field, "案由");
    c.given(ReviewCommand::SubmitDraft { id });
    c.when(resolve(conflict, Resolution::TakeHeld))
        .then_refused_where(
            |r| {
                matches!(
                    r,
                    Rejection::Conflict(ConflictRejection::HeldDoesNotApply { reason })
                        if reason.contains("已提交")
                )
            },
            "HeldDoesNotApply",
        );
    let resolution = c
        .when(resolve(conflict, Resolution::KeepApplied))
        .then_events(&["处理冲突"])
        .remove(0);
    assert!(c.state().conflicts.is_empty());
    // The resolution names the item ("建议“…”"): it goes where the item's
    // events go — the delegation of its lead deputy, the committee office —
    // never to a unit that may not see the item.
    let card = |role: OfficeRole| OfficeCard {
        id: OfficeId(uuid::Uuid::from_u128(77)),
        name: "某单位".into(),
        role,
        unit: None,
        station: None,
        delegation: (role == OfficeRole::Delegation).then_some(delegation),
        leader: None,
        public_key: "0".repeat(64),
    };
    let sees = |role| PartnerScope::of(c.state(), &card(role)).may_see(&resolution);
    assert!(
        !sees(OfficeRole::HandlingUnit),
        "the item's title to a unit"
    );
    assert!(!sees(OfficeRole::LeaderOffice));
    assert!(sees(OfficeRole::Delegation));
    assert!(sees(OfficeRole::CommitteeOffice));
}

#[test]
fn an_office_that_does_not_register_may_only_give_up_its_own_held_change() {
    let x = clashed();
    let union = merge(x.station.events_so_far(), x.committee.events_so_far());
    let mut station = x.station.with_events(union);
    station.given(OfficeCommand::SetProfile(OfficeProfile::new(
        "城关镇人大代表联络站",
        "示范县城关镇",
        OfficeLevel::Township,
        OfficeRole::Station,
    )));
    assert_eq!(station.state().conflicts.len(), 1);
    let conflict = station.state().conflicts[0].clone();
    let clash = conflict.clash.clone().unwrap();
    // Whichever of the two applied here, the station may not force its own
    // change over the committee office's…
    let (forcing, giving_up) = if clash.theirs.office == station.runner.office {
        (Resolution::KeepApplied, Resolution::TakeHeld)
    } else {
        (Resolution::TakeHeld, Resolution::KeepApplied)
    };
    station.when(resolve(conflict.event, forcing)).then_refused(
        ConflictRejection::NotTheRegistrar {
            role: OfficeRole::Station,
        },
    );
    // …but may give its own up: the committee office's name stands.
    station
        .when(resolve(conflict.event, giving_up))
        .then_events(&["处理冲突"]);
    assert!(station.state().conflicts.is_empty());
    let committee_name = if clash.theirs.office == station.runner.office {
        clash.our_value
    } else {
        clash.their_value
    };
    assert_eq!(
        station.state().directory.deputies[&x.deputy].name,
        committee_name
    );
}
