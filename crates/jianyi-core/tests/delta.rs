//! Deltas and scope by role (issue 12): a packet to a partner carries only
//! what the partner may see and did not say it holds. Two offices pass
//! packets round after round over the demo county: the tenth packet holds
//! only the news since the ninth, a lost packet is covered by the next,
//! and a unit's or station's packet holds no item it may not see and no
//! phone number.

use std::collections::{BTreeMap, BTreeSet};

use jianyi_core::directory::DirectoryCommand;
use jianyi_core::exchange::scope::{goes_to, travels};
use jianyi_core::exchange::{Holdings, OfficeCard, PartnerScope, Seal};
use jianyi_core::ids::{DelegationId, StationId, UnitId};
use jianyi_core::office::OfficeRole;
use jianyi_core::raising::RaisingEvent;
use jianyi_core::testkit::{Given, today};
use jianyi_core::*;
use uuid::Uuid;

const NOW_MS: u64 = 1_800_000_000_000;

fn office(n: u128) -> OfficeId {
    OfficeId(Uuid::from_u128(0x0ff1_ce00 + n))
}

fn card(n: u128, role: OfficeRole) -> OfficeCard {
    OfficeCard {
        id: office(n),
        name: format!("单位{n}"),
        role,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
        public_key: format!("{n:064x}"),
    }
}

/// An office's store as the exchange sees it: events with their seals
/// (None: this office's own, not yet sent anywhere).
struct Store {
    own: OfficeId,
    events: BTreeMap<EventId, (Event, Option<Seal>)>,
}

impl Store {
    fn new(own: OfficeId, events: &[Event]) -> Store {
        let mut s = Store {
            own,
            events: BTreeMap::new(),
        };
        s.add_own(events);
        s
    }

    fn add_own(&mut self, events: &[Event]) {
        for e in events {
            self.events.entry(e.id).or_insert((e.clone(), None));
        }
    }

    /// What it holds, as its packets say.
    fn holds(&self) -> Holdings {
        Holdings::of(self.events.values().filter_map(|(_, s)| s.as_ref()))
    }

    /// A packet to `partner`: what goes to it, sealed (and numbered) now
    /// if not yet, in the log's order.
    fn packet(
        &mut self,
        scope: &PartnerScope,
        heard: Option<&Holdings>,
        partner: OfficeId,
    ) -> Vec<(Event, Seal)> {
        let mut next = jianyi_core::exchange::delta::next_seq(
            self.own,
            self.events.values().filter_map(|(_, s)| s.as_ref()),
            [],
        );
        let mut chosen: Vec<EventId> = self
            .events
            .values()
            .filter(|(e, s)| goes_to(scope, heard, partner, e, s.as_ref()))
            .map(|(e, _)| e.id)
            .collect();
        chosen.sort_by_key(|id| self.events[id].0.stamp.clone());
        chosen
            .into_iter()
            .map(|id| {
                let (event, seal) = self.events.get_mut(&id).unwrap();
                let seal = seal.get_or_insert_with(|| {
                    next += 1;
                    Seal {
                        office: self.own,
                        signature: String::new(),
                        seq: Some(next - 1),
                    }
                });
                (event.clone(), seal.clone())
            })
            .collect()
    }

    fn import(&mut self, packet: &[(Event, Seal)]) {
        for (e, s) in packet {
            self.events
                .entry(e.id)
                .or_insert_with(|| (e.clone(), Some(s.clone())));
        }
    }
}

#[test]
fn a_tenth_packet_holds_only_the_news_since_the_ninth_and_a_lost_packet_is_covered_by_the_next() {
    let county = jianyi_demo::county(7, today(), NOW_MS);
    let mut committee = Given::events(county.clone());
    let mut c = Store::new(office(1), &county);
    let mut s = Store::new(office(2), &[]);
    let to_station = card(2, OfficeRole::CommitteeOffice);
    let all = PartnerScope::of(committee.state(), &to_station);
    let travelling = county.iter().filter(|e| travels(e)).count();
    let mut heard: Option<Holdings> = None;
    let mut sizes = Vec::new();
    let mut bytes = Vec::new();
    for round in 1..=10 {
        // News at the committee office: three delegations a round.
        let mut news = Vec::new();
        for n in 0..3 {
            news.extend(committee.given(DirectoryCommand::AddDelegation {
                name: format!("第{round}轮新增代表团{n}"),
            }));
        }
        c.add_own(&news);
        let packet = c.packet(&all, heard.as_ref(), to_station.id);
        sizes.push(packet.len());
        // The packet file's size as written (real event texts; signatures
        // of the real length).
        let sealed: Vec<(String, Seal)> = packet
            .iter()
            .map(|(e, s)| {
                let mut s = s.clone();
                s.signature = "0".repeat(128);
                (e.to_json(), s)
            })
            .collect();
        bytes.push(
            jianyi_core::exchange::packet_text(
                jianyi_core::exchange::PacketScope::Partner,
                &to_station,
                Some(&to_station),
                "2026-11-28T10:15:00+08:00",
                &[],
                &c.holds(),
                &sealed,
                None,
            )
            .len(),
        );
        // The fifth packet is lost on the way: the station neither imports
        // it nor answers.
        if round == 5 {
            continue;
        }
        s.import(&packet);
        // The station's packet back says what it holds.
        heard = Some(s.holds());
    }
    println!("[figures] packet sizes by round (events): {sizes:?}");
    println!("[figures] packet sizes by round (bytes): {bytes:?}");
    assert_eq!(
        sizes[0],
        travelling + 3,
        "the first packet holds everything"
    );
    for (i, size) in sizes.iter().enumerate().skip(1) {
        let expected = match i + 1 {
            // The news of the lost fifth and of the sixth.
            6 => 6,
            _ => 3,
        };
        assert_eq!(*size, expected, "round {}", i + 1);
    }
    // In the end the station holds every event that travels.
    let at_committee: BTreeSet<EventId> = c
        .events
        .values()
        .filter(|(e, _)| travels(e))
        .map(|(e, _)| e.id)
        .collect();
    let at_station: BTreeSet<EventId> = s.events.keys().copied().collect();
    assert_eq!(at_station, at_committee);
    // The station's packet back holds none of the committee office's own
    // events, even before the committee office said what it holds.
    let back = s.packet(&all, None, office(1));
    assert!(
        back.is_empty(),
        "{} events sent back to their maker",
        back.len()
    );
    // Its holdings are one range of the committee's numbers.
    let holds = s.holds();
    assert_eq!(holds.0[&office(1)].len(), 1, "{holds:?}");
    assert_eq!(holds.count() as usize, travelling + 30);
}

/// The ids of the items an event set touches.
fn items(packet: &[(Event, Seal)]) -> BTreeSet<SuggestionId> {
    packet
        .iter()
        .filter_map(|(e, _)| match &e.kind {
            EventKind::Raising(RaisingEvent::DraftCreated { id, .. }) => Some(*id),
            _ => None,
        })
        .collect()
}

/// Whether `id` is one of `ids`, or merged with one of them (a merge joins
/// two items' records: whoever sees one sees both).
fn in_or_merged(state: &State, ids: &BTreeSet<SuggestionId>, id: SuggestionId) -> bool {
    ids.contains(&id)
        || state.review.files.iter().any(|(into, f)| {
            (*into == id && f.merged_from.iter().any(|m| ids.contains(m)))
                || (f.merged_from.contains(&id) && ids.contains(into))
        })
}

/// The events of a packet that are private or carry a deputy's phone or a
/// citizen's contact (by value: a reply's office phone is public).
fn phones(state: &State, packet: &[(Event, Seal)]) -> usize {
    let private: Vec<String> = state
        .directory
        .deputies
        .keys()
        .map(|d| state.directory.phone(*d).to_string())
        .chain(
            state
                .raising
                .opinions
                .keys()
                .map(|o| state.raising.contact(*o).to_string()),
        )
        .filter(|p| !p.is_empty())
        .collect();
    assert!(!private.is_empty(), "the demo has phones to hide");
    packet
        .iter()
        .filter(|(e, _)| {
            let json = serde_json::to_string(&e.kind).unwrap();
            e.kind.is_private() || private.iter().any(|p| json.contains(p.as_str()))
        })
        .count()
}

#[test]
fn a_units_packet_holds_no_item_and_no_phone_and_a_stations_only_its_deputies_items() {
    let county = jianyi_demo::county(7, today(), NOW_MS);
    let state = State::from_events(county.clone());
    let all_items: BTreeSet<SuggestionId> = state.raising.suggestions.keys().copied().collect();
    assert!(all_items.len() > 20, "the demo has items");
    assert!(county.iter().any(|e| e.kind.is_private()), "and phones");

    // The committee office's partner sees every item, and no phone.
    let mut c = Store::new(office(1), &county);
    let committee = card(3, OfficeRole::CommitteeOffice);
    let packet = c.packet(&PartnerScope::of(&state, &committee), None, committee.id);
    assert_eq!(items(&packet), all_items);
    assert_eq!(phones(&state, &packet), 0);

    // A handling unit given no item: the directories, no item, no phone.
    let unit_id: UnitId = *state
        .directory
        .units
        .keys()
        .find(|u| state.handling.ever_held_by(**u).next().is_none())
        .unwrap();
    let unit = OfficeCard {
        unit: Some(unit_id),
        ..card(4, OfficeRole::HandlingUnit)
    };
    let packet = c.packet(&PartnerScope::of(&state, &unit), None, unit.id);
    assert!(!packet.is_empty());
    assert!(
        packet
            .iter()
            .all(|(e, _)| matches!(e.kind, EventKind::Directory(_))),
        "only directories"
    );
    assert_eq!(phones(&state, &packet), 0);

    // A unit given items: those and no item of another unit (nor its
    // handling), and no phone.
    let (held_unit, held): (UnitId, BTreeSet<SuggestionId>) = state
        .directory
        .units
        .keys()
        .map(|u| (*u, state.handling.ever_held_by(*u).collect::<BTreeSet<_>>()))
        .max_by_key(|(_, held)| held.len())
        .unwrap();
    let assigned: BTreeSet<SuggestionId> = state.handling.assignments.keys().copied().collect();
    assert!(!held.is_empty() && held.len() < assigned.len());
    let unit = OfficeCard {
        unit: Some(held_unit),
        ..card(8, OfficeRole::HandlingUnit)
    };
    let packet = c.packet(&PartnerScope::of(&state, &unit), None, unit.id);
    let got = items(&packet);
    assert!(got.is_superset(&held), "every item it was given");
    for id in &got {
        assert!(in_or_merged(&state, &held, *id), "another unit's item");
    }
    for (e, _) in &packet {
        if let EventKind::Handling(h) = &e.kind {
            assert!(got.contains(&h.item()), "another item's {}", h.label());
        }
    }
    assert_eq!(phones(&state, &packet), 0);

    // A station's: the items of which a deputy serving there is a
    // proposer, and no other; no phone.
    let (station_id, expected) = state
        .directory
        .stations
        .keys()
        .map(|st: &StationId| {
            let serving: BTreeSet<DeputyId> = state
                .directory
                .deputies
                .iter()
                .filter(|(_, d)| d.stations.contains(st))
                .map(|(id, _)| *id)
                .collect();
            let theirs: BTreeSet<SuggestionId> = state
                .raising
                .suggestions
                .iter()
                .filter(|(_, s)| state.proposers(s).iter().any(|d| serving.contains(d)))
                .map(|(id, _)| *id)
                .collect();
            (*st, theirs)
        })
        .find(|(_, theirs)| !theirs.is_empty() && theirs.len() < all_items.len())
        .expect("a station whose deputies raised some items but not all");
    let station = OfficeCard {
        station: Some(station_id),
        ..card(5, OfficeRole::Station)
    };
    let packet = c.packet(&PartnerScope::of(&state, &station), None, station.id);
    let got = items(&packet);
    assert!(got.is_superset(&expected));
    assert!(got.len() < all_items.len());
    for id in &got {
        assert!(
            in_or_merged(&state, &expected, *id),
            "an item of no deputy of the station"
        );
    }
    assert_eq!(phones(&state, &packet), 0);

    // A station not yet bound to its station gets the directories only,
    // and the items it drafted itself.
    let unbound = card(6, OfficeRole::Station);
    let drafted = *expected.iter().next().unwrap();
    let scope = PartnerScope::of(&state, &unbound).with_items([drafted]);
    let packet = c.packet(&scope, None, unbound.id);
    assert_eq!(items(&packet), BTreeSet::from([drafted]));

    // A delegation's: the items of its deputies.
    let delegation_id: DelegationId = *state.directory.delegations.keys().next().unwrap();
    let delegation = OfficeCard {
        delegation: Some(delegation_id),
        ..card(7, OfficeRole::Delegation)
    };
    let packet = c.packet(&PartnerScope::of(&state, &delegation), None, delegation.id);
    let theirs: BTreeSet<SuggestionId> = state
        .raising
        .suggestions
        .iter()
        .filter(|(_, s)| {
            state
                .proposers(s)
                .iter()
                .any(|d| state.directory.deputies[d].delegation == delegation_id)
        })
        .map(|(id, _)| *id)
        .collect();
    let got = items(&packet);
    assert!(!theirs.is_empty() && got.is_superset(&theirs));
    for id in got {
        assert!(
            in_or_merged(&state, &theirs, id),
            "an item of another delegation"
        );
    }
    assert_eq!(phones(&state, &packet), 0);
}

#[test]
fn a_leaders_office_gets_only_the_items_its_leader_answers_for_with_their_supervision_and_no_phone()
{
    let county = jianyi_demo::county(7, today(), NOW_MS);
    let state = State::from_events(county.clone());
    let mut c = Store::new(office(1), &county);

    // Not yet bound to its leader: the directories only.
    let unbound = card(6, OfficeRole::LeaderOffice);
    let packet = c.packet(&PartnerScope::of(&state, &unbound), None, unbound.id);
    assert!(!packet.is_empty());
    assert!(
        packet
            .iter()
            .all(|(e, _)| matches!(e.kind, EventKind::Directory(_))),
        "only directories"
    );

    // Bound: a leader who answers for some key items but not all.
    let (leader, expected) = state
        .directory
        .leaders
        .keys()
        .map(|l| {
            let theirs: BTreeSet<SuggestionId> =
                jianyi_core::supervision::items_of_leader(&state, *l)
                    .into_iter()
                    .map(|(i, _)| i)
                    .collect();
            (*l, theirs)
        })
        .filter(|(_, theirs)| !theirs.is_empty())
        .min_by_key(|(_, theirs)| theirs.len())
        .expect("a leader who leads or supervises items in the demo");
    let bound = OfficeCard {
        leader: Some(leader),
        ..card(7, OfficeRole::LeaderOffice)
    };
    let packet = c.packet(&PartnerScope::of(&state, &bound), None, bound.id);
    let got = items(&packet);
    assert!(got.is_superset(&expected), "every item of the leader");
    for id in &got {
        assert!(
            in_or_merged(&state, &expected, *id),
            "an item not the leader's"
        );
    }
    assert!(got.len() < state.raising.suggestions.len() / 4);
    // Their supervision comes with them, and nothing else of supervision:
    // no record over none of them, no session's principle.
    let supervision: Vec<&jianyi_core::supervision::SupervisionEvent> = packet
        .iter()
        .filter_map(|(e, _)| match &e.kind {
            EventKind::Supervision(s) => Some(s),
            _ => None,
        })
        .collect();
    assert!(
        supervision.iter().any(|s| s.label() == "督办记录"),
        "the records of its items"
    );
    for s in &supervision {
        assert!(
            s.items().iter().any(|i| got.contains(i)),
            "{} over none of its items",
            s.label()
        );
    }
    let all_records = state
        .supervision
        .records
        .values()
        .filter(|r| r.fields.items.iter().any(|i| expected.contains(i)))
        .count();
    assert_eq!(
        supervision
            .iter()
            .filter(|s| s.label() == "督办记录")
            .count(),
        all_records
    );
    assert_eq!(phones(&state, &packet), 0);
}
