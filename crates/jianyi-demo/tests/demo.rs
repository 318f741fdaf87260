//! The demo county: the same for the same seed, complete directories,
//! drafts in every state of the checklist and items at every stage,
//! assigned items of every warning colour and at every point of handling
//! with the deputy whatever the day, and nobody's real name.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use jianyi_core::directory::{EntryRef, Organ};
use jianyi_core::handling::{
    Assignment, Colour, Disclosure, ExtensionDecision, HandlingEvent, Method, Rating, Realisation,
    Reopened, Replied, Satisfaction, Step, Task, TaskEnd, WITHHELD, co_opinion_due, facts,
    feedback_due, follow_ups, letters, maximum, opinion_results, timeline, warning,
};
use jianyi_core::raising::checks;
use jianyi_core::review::{ProposerRole, ReviewEvent};
use jianyi_core::review::{ReviewStep, Stage};
use jianyi_core::settings::{ClockStart, NoFeedback};
use jianyi_core::testkit::{Given, today};
use jianyi_core::{Desk, How};
use jianyi_core::{Event, Uuid};
use jianyi_core::{EventKind, State, SuggestionId};
use jianyi_demo::{TRACED_OPINION_TOPIC, county};

const NOW_MS: u64 = 1_800_000_000_000;

#[test]
fn the_demo_county_is_the_same_for_the_same_seed() {
    let a = county(7, today(), NOW_MS);
    let b = county(7, today(), NOW_MS);
    assert_eq!(a, b);
    let c = county(8, today(), NOW_MS);
    assert_ne!(a, c);
}

#[test]
fn the_demo_county_has_its_directories_and_drafts() {
    let t = Given::events(county(7, today(), NOW_MS));
    let state = t.state();
    let dir = &state.directory;
    let raising = &state.raising;
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    assert_eq!(dir.delegations.len(), 8);
    assert_eq!(dir.deputies.len(), 40);
    assert_eq!(dir.units.len(), 37);
    assert_eq!(dir.sessions.len(), 2);
    assert_eq!(dir.committees.len(), 4);
    assert_eq!(dir.leaders.len(), 9);
    assert_eq!(dir.stations.len(), 17);
    let covered: BTreeSet<_> = dir
        .committees
        .values()
        .flat_map(|c| c.covers.iter().copied())
        .collect();
    assert_eq!(
        covered.len(),
        8,
        "every delegation is covered by a committee body"
    );
    assert!(
        dir.deputies
            .values()
            .all(|d| !d.stations.is_empty() && d.gender.is_some())
    );
    assert!(
        dir.deputies.keys().all(|id| !dir.phone(*id).is_empty()),
        "every deputy has a (private) phone"
    );
    for organ in Organ::ALL {
        assert!(
            dir.units.values().any(|u| u.organ == Some(organ)),
            "{organ:?}"
        );
    }
    assert_eq!(raising.suggestions.len(), 120);
    for d in dir.delegations.keys() {
        assert_eq!(dir.deputies_of(*d).len(), 5);
    }
    let titles: BTreeSet<_> = raising
        .suggestions
        .values()
        .map(|s| s.draft.title.clone())
        .collect();
    assert_eq!(titles.len(), 120, "every title distinct");
    assert!(
        raising
            .suggestions
            .values()
            .any(|s| s.draft.session.is_none())
    );
    assert!(
        raising
            .suggestions
            .values()
            .all(|s| s.created_on <= today())
    );
    assert_eq!(raising.opinions.len(), 24);
    assert!(
        raising
            .opinions
            .keys()
            .all(|id| !raising.contact(*id).is_empty()),
        "every opinion has a (private) contact"
    );
    let linked = raising
        .suggestions
        .values()
        .filter(|s| !s.draft.opinions.is_empty())
        .count();
    assert!(linked >= 3, "{linked} drafts made from opinions");
    assert!(
        raising
            .opinions
            .keys()
            .any(|id| !raising.suggestions_from(*id).is_empty())
    );
    let key = raising
        .suggestions
        .values()
        .filter(|s| state.key_candidate(s))
        .count();
    let cosigned = raising
        .suggestions
        .values()
        .filter(|s| !s.cosigners.is_empty())
        .count();
    assert!(
        key >= 2 && cosigned > key,
        "key {key}, co-signed {cosigned}"
    );
    let checks: Vec<_> = raising
        .suggestions
        .values()
        .map(|s| checks::check(state, &s.draft, Some(s.id), s.signers() as u32))
        .collect();
    assert!(
        checks.iter().any(|c| c.missing().is_empty()),
        "some complete"
    );
    assert!(
        checks
            .iter()
            .any(|c| c.missing().iter().any(|m| m == "“对策”")),
        "some without 对策"
    );
    assert!(
        checks
            .iter()
            .any(|c| c.missing().iter().any(|m| m.contains("过于简略"))),
        "some thin"
    );
    assert!(
        checks.iter().any(|c| !c.enumeration.is_empty()),
        "some enumerate asks"
    );
    assert!(
        checks
            .iter()
            .any(|c| c.negative.iter().any(|n| !n.flagged.is_empty())),
        "some flagged"
    );
    let stages: Vec<Stage> = raising
        .suggestions
        .keys()
        .map(|id| state.stage(*id))
        .collect();
    let at = |stage: Stage| stages.iter().filter(|s| **s == stage).count();
    for step in [
        ReviewStep::Delegation,
        ReviewStep::Committee,
        ReviewStep::Final,
    ] {
        assert!(at(Stage::InReview(step)) > 0, "some wait at {step:?}");
    }
    let returned = stages
        .iter()
        .filter(|s| matches!(s, Stage::Returned(_)))
        .count();
    let merged = stages
        .iter()
        .filter(|s| matches!(s, Stage::Merged(_)))
        .count();
    assert!(
        returned > 0 && merged > 0,
        "returned {returned}, merged {merged}"
    );
    assert_eq!(at(Stage::NotAccepted), 1);
    let numbers: Vec<_> = raising
        .suggestions
        .keys()
        .filter_map(|id| state.review_file(*id).and_then(|f| f.number))
        .collect();
    assert!(numbers.len() >= 5, "{} accepted", numbers.len());
    let mut by_series: BTreeMap<_, Vec<u32>> = BTreeMap::new();
    for (series, n) in numbers {
        by_series.entry(series).or_default().push(n);
    }
    for ns in by_series.values_mut() {
        ns.sort();
        assert_eq!(*ns, (1..=ns.len() as u32).collect::<Vec<_>>(), "gapless");
    }
}

#[test]
fn every_demo_event_and_record_has_its_own_id() {
    let events = county(7, today(), NOW_MS);
    let ids: BTreeSet<_> = events.iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), events.len());
    let t = Given::events(events);
    let (dir, raising) = (&t.state().directory, &t.state().raising);
    let mut all: Vec<Uuid> = Vec::new();
    all.extend(dir.deputies.keys().map(|k| k.0));
    all.extend(dir.delegations.keys().map(|k| k.0));
    all.extend(dir.units.keys().map(|k| k.0));
    all.extend(dir.sessions.keys().map(|k| k.0));
    all.extend(dir.stations.keys().map(|k| k.0));
    all.extend(dir.committees.keys().map(|k| k.0));
    all.extend(dir.leaders.keys().map(|k| k.0));
    all.extend(dir.categories.keys().map(|k| k.0));
    all.extend(raising.opinions.keys().map(|k| k.0));
    all.extend(raising.suggestions.keys().map(|k| k.0));
    let n = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n);
}

#[test]
fn the_demo_names_no_person_from_the_seed_document() {
    let events = county(7, today(), NOW_MS);
    let json: String = events.iter().map(Event::to_json).collect();
    for real in ["万正峰", "刘百宽"] {
        assert!(!json.contains(real));
    }
}

#[test]
fn the_demo_station_holds_its_share_of_the_county_and_has_news_for_the_committee() {
    use jianyi_core::exchange::scope::travels;
    use jianyi_core::{EventKind, State};
    use jianyi_demo::two_offices::{self, STATION_DRAFT_TITLE};

    let county = county(7, today(), NOW_MS);
    let demo = two_offices::station(&county, 7, today());
    // The same on every machine for the same seed and day.
    let again = two_offices::station(&county, 7, today());
    assert_eq!(demo.own, again.own);
    assert_eq!(demo.from_committee, again.from_committee);
    // Of the county, only what travels to it: no phone, no settings, no
    // item of deputies who do not serve there.
    assert!(demo.from_committee.iter().all(travels));
    assert!(demo.from_committee.len() < county.len());
    let whole = State::from_events(county.clone());
    let station = State::from_events(
        demo.from_committee
            .iter()
            .chain(&demo.own)
            .cloned()
            .collect(),
    );
    assert!(station.conflicts.is_empty(), "{:?}", station.conflicts);
    let theirs = station.raising.suggestions.len();
    assert!(theirs > 0 && theirs < whole.raising.suggestions.len() + 1);
    // Each is of the station's deputies, or merged with one that is.
    let of_station = |id: &jianyi_core::SuggestionId| {
        let s = &station.raising.suggestions[id];
        station.proposers(s).iter().any(|d| {
            station.directory.deputies[d]
                .stations
                .contains(&demo.station)
        })
    };
    for (id, s) in &station.raising.suggestions {
        let merged_with = station
            .review
            .files
            .iter()
            .filter(|(into, f)| *into == id || f.merged_from.contains(id))
            .flat_map(|(into, f)| f.merged_from.iter().chain([into]))
            .any(of_station);
        assert!(
            of_station(id) || merged_with,
            "{} is not of the station's deputies",
            s.draft.title
        );
    }
    // Its deputies' assigned items, with the units handling them: a
    // reassignment included.
    let assigned = &station.handling.assignments;
    assert!(assigned.len() >= 3, "{} assigned", assigned.len());
    assert!(assigned.keys().all(of_station));
    assert!(
        assigned
            .values()
            .any(|a| a.tasks.iter().any(|t| t.ended.is_some())),
        "the station sees the item returned and reassigned"
    );
    // Its news: two opinions and a submitted suggestion, after the county.
    let last = county.iter().map(|e| &e.stamp).max().unwrap();
    assert!(demo.own.iter().all(|e| &e.stamp > last));
    let drafted = station
        .raising
        .suggestions
        .values()
        .find(|s| s.draft.title == STATION_DRAFT_TITLE)
        .expect("the station's own suggestion");
    assert!(matches!(
        station.stage(drafted.id),
        jianyi_core::review::Stage::InReview(_)
    ));
    let opinions = demo
        .own
        .iter()
        .filter(|e| matches!(&e.kind, EventKind::Raising(r) if r.label() == "登记群众意见"))
        .count();
    assert_eq!(opinions, 2);
}

/// Each assigned item's warning on `today`, with its title.
fn warnings(state: &State, today: NaiveDate) -> Vec<(String, jianyi_core::handling::Warning)> {
    state
        .handling
        .assignments
        .values()
        .map(|a| {
            (
                state.raising.suggestions[&a.item].draft.title.clone(),
                warning(state, a, today),
            )
        })
        .collect()
}

/// Holds the demo county of `today` to its assigned items: one of each
/// colour, the near deadline and the missing receipt each the reason of
/// a yellow, a return approved and one refused, 分办 with three units, and
/// accepted items left for the committee office to assign.
fn assert_assigned_items(seed: u64, today: NaiveDate) {
    let events = county(seed, today, NOW_MS);
    let accepted_on: BTreeMap<SuggestionId, NaiveDate> = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Review(ReviewEvent::Accepted { id, .. }) => Some((*id, e.business_date)),
            _ => None,
        })
        .collect();
    let state = State::from_events(events);
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    let all = warnings(&state, today);
    for colour in Colour::ALL {
        assert!(
            all.iter().any(|(_, w)| w.colour == colour),
            "{today}: no {colour:?} item: {all:#?}"
        );
    }
    // Yellow near its deadline, with recent progress: the deadline its
    // only reason.
    assert!(
        all.iter().any(|(_, w)| w.colour == Colour::Yellow
            && w.reasons.len() == 1
            && w.reasons[0].contains("距答复期限还有")),
        "{today}: {all:#?}"
    );
    assert!(
        all.iter().any(|(_, w)| w.colour == Colour::Yellow
            && w.reasons.iter().any(|r| r.contains("逾期未签收"))),
        "{today}: {all:#?}"
    );
    let assignments = &state.handling.assignments;
    for a in assignments.values() {
        assert!(
            a.assigned_on > accepted_on[&a.item],
            "assigned after acceptance"
        );
        for t in &a.tasks {
            let dates = [Some(t.since), t.received_on, t.last_act.map(|l| l.0)];
            assert!(
                dates
                    .iter()
                    .flatten()
                    .all(|d| *d <= today && *d >= a.assigned_on)
            );
        }
    }
    assert!(
        assignments
            .values()
            .any(|a| a.separate && a.current().count() == 3),
        "分办 with three units"
    );
    let reassigned = assignments.values().find_map(|a| {
        a.tasks.iter().find_map(|t| match &t.ended {
            Some(TaskEnd::Returned { to, .. }) => a.task(*to).map(|now| (t.unit, now.unit)),
            None => None,
        })
    });
    let name = |u| state.directory.entry_name(&EntryRef::Unit(u));
    let (from, to) = reassigned.expect("an item returned and reassigned");
    assert_eq!(
        (name(from).as_str(), name(to).as_str()),
        ("县人民法院", "县司法局")
    );
    assert!(
        assignments
            .values()
            .flat_map(|a| a.current())
            .any(|t| !t.refusals.is_empty() && t.received_on.is_some()),
        "a return refused, and the unit signed for it"
    );
    assert!(
        assignments
            .values()
            .any(|a| a.current().all(|t| t.received_on.is_none())),
        "one just assigned, not signed for"
    );
    let waiting = state
        .raising
        .suggestions
        .keys()
        .filter(|id| state.awaits_assignment(**id) && !assignments.contains_key(id))
        .count();
    assert!(waiting >= 5, "{today}: {waiting} accepted items to assign");
}

#[test]
fn the_demo_county_holds_assigned_items_of_every_colour_and_items_to_assign() {
    // The tests' seed and the app's (`DEMO_SEED`).
    for seed in [7, 20_261_127] {
        assert_assigned_items(seed, today());
    }
    let state = State::from_events(county(7, today(), NOW_MS));
    let all = warnings(&state, today());
    let red = all
        .iter()
        .find(|(_, w)| w.colour == Colour::Red)
        .expect("a red item");
    assert_eq!(red.0, "关于解决城关镇农村饮水水压不足问题的建议");
    let separate = state
        .handling
        .assignments
        .values()
        .find(|a| a.separate)
        .expect("分办");
    let units: Vec<String> = separate
        .current()
        .map(|t| state.directory.entry_name(&EntryRef::Unit(t.unit)))
        .collect();
    assert_eq!(
        units,
        ["县水利局", "市生态环境局示范县分局", "柳林镇人民政府"]
    );
}

#[test]
fn the_demo_colours_hold_whatever_day_it_is_made() {
    // First days of months (the app's demo day) and days just after the
    // Spring Festival and National Day, whose holidays stretch deadlines.
    for (y, m, d) in [
        (2025, 2, 5),
        (2025, 5, 6),
        (2025, 10, 9),
        (2026, 1, 1),
        (2026, 2, 24),
        (2026, 3, 1),
        (2026, 5, 31),
        (2026, 10, 1),
        (2026, 10, 9),
        (2026, 12, 31),
    ] {
        assert_assigned_items(7, NaiveDate::from_ymd_opt(y, m, d).expect("a date"));
    }
}

/// Holds the demo county of `today` to every point of handling with the
/// deputy (三办): communication before handling, a plan with progress
/// reported, co-units' opinions in time and late, an extension approved by
/// the office, replies in each class signed by the unit's head with their
/// letters, deliveries and disclosures, and a merged item answered to its
/// two leads; and to its colours: the replied items green, one red.
fn assert_handling_with_deputy(seed: u64, today: NaiveDate) {
    let events = county(seed, today, NOW_MS);
    let state = State::from_events(events.clone());
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    let assignments = &state.handling.assignments;
    let tasks: Vec<(&Assignment, &Task)> = assignments
        .values()
        .flat_map(|a| a.current().map(move |t| (a, t)))
        .collect();
    let item = |a: &Assignment| &state.raising.suggestions[&a.item];
    let leads = |a: &Assignment| -> Vec<_> {
        state
            .proposers_marked(item(a))
            .into_iter()
            .filter(|(_, role)| role.leads())
            .map(|(d, _)| d)
            .collect()
    };
    let progress = |t: &Task| {
        t.steps
            .iter()
            .filter(|(_, s)| matches!(s, Step::Progress(_)))
            .count()
    };

    // 办前沟通: how, with whom, on what, which way, what was agreed; by
    // every method; one item only communicated so far.
    let talks: Vec<_> = tasks
        .iter()
        .flat_map(|(_, t)| &t.steps)
        .filter_map(|(on, s)| match s {
            Step::Communicated(c) => Some((on, c)),
            _ => None,
        })
        .collect();
    assert!(talks.len() >= 8, "{today}: {} communications", talks.len());
    for (on, c) in &talks {
        assert!(**on <= today && !c.deputies.is_empty());
        assert!(
            [&c.participants, &c.focus, &c.direction, &c.agreed]
                .iter()
                .all(|f| !f.is_empty() && !f.contains("{镇}")),
            "{c:?}"
        );
    }
    let methods: BTreeSet<&str> = talks.iter().map(|(_, c)| c.method.label()).collect();
    assert_eq!(methods.len(), Method::ALL.len(), "{methods:?}");
    let communicated = tasks
        .iter()
        .find(|(a, t)| {
            leads(a)
                .iter()
                .all(|d| t.communicated_with(today).any(|w| w == *d))
                && t.plan().is_none()
                && t.replied.is_none()
        })
        .expect("an item communicated, not yet planned");
    assert_eq!(
        warning(&state, communicated.0, today).colour,
        Colour::Green,
        "{today}"
    );
    assert_eq!(timeline(&state, communicated.0.item)[0].what, "办前沟通");

    // A plan with its steps ahead, and progress reported since: the
    // deputy follows it on the timeline, newest first.
    let (a, t) = tasks
        .iter()
        .find(|(_, t)| t.replied.is_none() && t.plan().is_some() && progress(t) >= 2)
        .expect("an item planned, with progress reported");
    let planned_on = t
        .steps
        .iter()
        .find(|(_, s)| matches!(s, Step::Planned(_)))
        .map(|(on, _)| *on)
        .unwrap();
    let plan = t.plan().unwrap();
    assert!(plan.len() >= 3 && plan.iter().all(|s| s.by > planned_on));
    assert!(plan.windows(2).all(|w| w[0].by < w[1].by));
    let line = timeline(&state, a.item);
    assert!(line.windows(2).all(|w| w[0].on >= w[1].on), "newest first");
    assert_eq!(line[0].what, "办理进展");
    assert!(line.iter().any(|e| e.what == "办理计划"));
    assert_eq!(warning(&state, a, today).colour, Colour::Green, "{today}");

    // Co-units' opinions to the lead unit: on one item, one in time and
    // one late.
    let late_and_in_time = assignments.values().any(|a| {
        let late: Vec<bool> = a
            .current()
            .filter_map(|t| {
                let o = t.opinion.as_ref()?;
                Some(o.on > co_opinion_due(&state, a, t).due)
            })
            .collect();
        late.contains(&true) && late.contains(&false)
    });
    assert!(
        late_and_in_time,
        "{today}: a co-unit's opinion late, another's in time"
    );

    // An extension asked with a reason and approved by the office: the
    // deadline moved past the three months, within the maximum, and
    // the item green where it would be red.
    let (a, t) = tasks
        .iter()
        .find(|(_, t)| t.approved_extension().is_some())
        .expect("an extended item");
    let (until, asked) = t.approved_extension().unwrap();
    assert!(!asked.reason.is_empty() && asked.asked_on < until);
    assert!(matches!(
        &asked.decision,
        Some(ExtensionDecision::Approved { comment, .. }) if !comment.is_empty()
    ));
    let clock = t.clock.as_ref().unwrap().deadline.due;
    assert!(clock < today && today < until, "{today}: {clock} < {until}");
    assert!(until <= maximum(&state, a, t).unwrap().due);
    assert_eq!(t.due(), Some(until));
    assert_eq!(warning(&state, a, today).colour, Colour::Green, "{today}");
    assert!(timeline(&state, a.item).iter().any(|e| e.what == "延期"));
    let approval = events
        .iter()
        .find(|e| {
            matches!(
                &e.kind,
                EventKind::Handling(HandlingEvent::ExtensionApproved { .. })
            )
        })
        .expect("the approval's event");
    assert_eq!(approval.actor.desk, jianyi_core::Desk::CommitteeOffice);
    assert_eq!(approval.actor.acting_for, None, "the office's own act");

    // Replies in each class, on time, after talking with every lead, each
    // signed by its unit's head, with a document number of its year, a
    // contact person and phone.
    let replies: Vec<(&Assignment, &Task, &Replied)> = tasks
        .iter()
        .filter_map(|(a, t)| t.replied.as_ref().map(|r| (*a, *t, r)))
        .collect();
    let classes: BTreeSet<&str> = replies
        .iter()
        .map(|(_, _, r)| r.reply.class.code.as_str())
        .collect();
    assert_eq!(classes, BTreeSet::from(["A", "B", "C", "D"]), "{today}");
    for (a, t, r) in &replies {
        let head = &state.directory.units[&t.unit].head;
        assert!(!head.is_empty());
        assert_eq!(&r.reply.signer, head);
        assert!(
            r.reply.doc_number.contains(&format!("〔{}〕", r.on.year()))
                && r.reply.doc_number.ends_with('号'),
            "{}",
            r.reply.doc_number
        );
        assert!(!r.reply.contact.is_empty() && r.reply.phone.starts_with("0376-"));
        assert!(!r.reply.text.contains("{镇}"));
        assert!(r.on <= today && Some(r.on) <= t.clock.as_ref().map(|c| c.deadline.due));
        let talked: Vec<_> = t.communicated_with(r.on).collect();
        assert!(leads(a).iter().all(|d| talked.contains(d)));
        // Replied by every replying unit: only the disclosure's clock
        // runs, and the item is green.
        let w = warning(&state, a, today);
        assert_eq!(w.colour, Colour::Green, "{today}: {:?}", w.reasons);
    }
    let forms: BTreeSet<&str> = replies
        .iter()
        .map(|(_, _, r)| r.reply.disclosure.label())
        .collect();
    assert_eq!(forms.len(), 3, "full, summary and not public: {forms:?}");
    assert!(replies.iter().all(|(_, _, r)| match &r.reply.disclosure {
        Disclosure::NotPublic { reason } => !reason.is_empty() && r.disclosure_due.is_none(),
        _ => r.disclosure_due.is_some(),
    }));
    assert!(
        replies.iter().any(|(_, _, r)| r.disclosed.is_some()),
        "disclosed"
    );
    assert!(
        replies
            .iter()
            .any(|(_, _, r)| r.reply.public_text().is_some_and(|p| p.contains(WITHHELD))),
        "a passage kept out of the published text"
    );
    let delivered = |r: &Replied| r.letters.iter().filter(|(_, d)| d.is_some()).count();
    assert!(
        replies.iter().any(|(_, _, r)| delivered(r) > 0),
        "delivered"
    );
    assert!(replies.iter().any(|(_, _, r)| delivered(r) == 0), "not yet");
    // Every proposer gets a letter, each with the feedback form and its
    // last day.
    let cosigned = replies
        .iter()
        .find(|(a, _, _)| !item(a).cosigners.is_empty())
        .expect("a co-signed item replied");
    let l = letters(&state, cosigned.0.item, cosigned.1.unit);
    assert!(l.len() >= 3 && l.iter().all(|l| !l.feedback_due.is_empty()));
    assert_eq!(l[0].role, ProposerRole::Lead);
    assert_eq!(l[1].role, ProposerRole::CoSigner);
    // B and C are commitments to follow up.
    let followed: BTreeSet<&str> = follow_ups(&state)
        .iter()
        .map(|c| c.replied.reply.class.code.as_str())
        .collect();
    assert_eq!(followed, BTreeSet::from(["B", "C"]));

    // 并案: another deputy's item merged into one at the committee
    // office's review, answered to both leads, each on the item they
    // raised, each letter with the feedback form.
    let (a, t, _) = replies
        .iter()
        .find(|(a, _, _)| !state.merged_into(item(a)).is_empty())
        .expect("a merged item replied");
    let merged = state.merged_into(item(a))[0];
    assert_eq!(state.stage(merged), Stage::Merged(a.item));
    let l = letters(&state, a.item, t.unit);
    assert_eq!(l.len(), 2, "{today}");
    assert!(
        l.iter()
            .all(|l| !l.feedback_due.is_empty() && l.delivered.is_some())
    );
    assert_ne!(l[0].deputy, l[1].deputy);
    assert_eq!(
        (l[0].role, l[1].role),
        (ProposerRole::Lead, ProposerRole::MergedLead)
    );
    assert!(
        l[1].opening.contains("乡村医生后继乏人"),
        "{}",
        l[1].opening
    );
    assert_ne!(l[0].opening, l[1].opening);

    // Still one red item: the overdue one.
    let reds = warnings(&state, today)
        .into_iter()
        .filter(|(_, w)| w.colour == Colour::Red)
        .count();
    assert_eq!(reds, 1, "{today}");
}

#[test]
fn the_demo_county_holds_items_at_every_point_of_handling_with_the_deputy() {
    for seed in [7, 20_261_127] {
        assert_handling_with_deputy(seed, today());
    }
    // Whatever the day: the first of a month, just after the Spring
    // Festival, just after National Day.
    for (y, m, d) in [(2026, 3, 1), (2026, 2, 24), (2025, 10, 9)] {
        assert_handling_with_deputy(7, NaiveDate::from_ymd_opt(y, m, d).expect("a date"));
    }
}

#[test]
fn every_demo_unit_has_a_head_who_is_not_a_deputy_or_a_leader() {
    let state = State::from_events(county(7, today(), NOW_MS));
    let dir = &state.directory;
    let people: BTreeSet<&str> = dir
        .deputies
        .values()
        .map(|d| d.name.as_str())
        .chain(dir.leaders.values().map(|l| l.name.as_str()))
        .collect();
    let heads: BTreeSet<&str> = dir.units.values().map(|u| u.head.as_str()).collect();
    assert_eq!(heads.len(), dir.units.len(), "each unit its own head");
    for head in heads {
        assert!(head.chars().count() >= 2, "{head}");
        assert!(!people.contains(head), "{head}");
    }
}

/// The item whose title contains `part`, assigned.
fn assigned_titled<'a>(state: &'a State, part: &str) -> &'a Assignment {
    state
        .handling
        .assignments
        .values()
        .find(|a| {
            state.raising.suggestions[&a.item]
                .draft
                .title
                .contains(part)
        })
        .unwrap_or_else(|| panic!("an assigned item on {part}"))
}

/// Holds the demo county of `today` to the life after the reply (§3
/// stages 7–8): feedback given by the deputies themselves; an item
/// handled a second time (B, 不满意 on the result, the meeting, A, 满意);
/// a commitment carried into this year by last December's directors'
/// meeting; a commitment realised; an item without feedback in time,
/// closed; and a citizen's opinion traced to its rated result.
fn assert_life_after_the_reply(seed: u64, today: NaiveDate) {
    let events = county(seed, today, NOW_MS);
    let state = State::from_events(events.clone());
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    let lead_of = |a: &Assignment| state.raising.suggestions[&a.item].draft.lead_deputy;
    let replying = |a: &Assignment| -> Task {
        a.current()
            .find(|t| t.role.replies())
            .cloned()
            .expect("a replying unit")
    };
    let whats = |a: &Assignment| -> Vec<&'static str> {
        timeline(&state, a.item).iter().map(|e| e.what).collect()
    };

    // Feedback is the deputy's own act: each keyed in from the paper form
    // or given in person, for the deputy by name, never at a unit's desk.
    let given: Vec<&Event> = events
        .iter()
        .filter(|e| {
            matches!(
                &e.kind,
                EventKind::Handling(HandlingEvent::FeedbackGiven { .. })
            )
        })
        .collect();
    assert!(given.len() >= 8, "{today}: {} answers", given.len());
    for e in &given {
        let EventKind::Handling(HandlingEvent::FeedbackGiven { deputy, .. }) = &e.kind else {
            unreachable!()
        };
        assert_eq!(
            e.actor.acting_for.as_deref(),
            Some(state.deputy_name(*deputy))
        );
        assert!(matches!(e.actor.how, How::PaperKeyedIn | How::InPerson));
        assert_ne!(e.actor.desk, Desk::Unit);
    }
    let hows: BTreeSet<String> = given.iter().map(|e| format!("{:?}", e.actor.how)).collect();
    assert_eq!(hows.len(), 2, "on paper and in person: {hows:?}");

    // 1. 二次办理: the first reply B, its lead 不满意 on the result with a
    // comment, which sent it back; the meeting after it; a new reply A
    // within the second handling's clock; the lead's new answer 满意.
    let a = assigned_titled(&state, "互助养老");
    let t = replying(a);
    let lead = lead_of(a);
    assert_eq!(t.round(), 2, "{today}");
    let first = &t.rounds[0];
    assert_eq!(first.replied.reply.class.code, "B");
    let dissatisfied = first.replied.answer(lead).expect("the lead's first answer");
    assert_eq!(dissatisfied.feedback.result, Rating::Dissatisfied);
    assert!(!dissatisfied.feedback.comment.is_empty());
    assert_eq!(first.why, Reopened::Dissatisfied { deputy: lead });
    assert_eq!(first.reopened_on, dissatisfied.on);
    let clock = t.clock.as_ref().expect("the second handling's clock");
    assert_eq!(clock.from, ClockStart::SentBack);
    assert_eq!(clock.deadline.start, first.reopened_on);
    let again = t.replied.as_ref().expect("the new reply");
    assert_eq!(again.reply.class.code, "A");
    assert!(again.on <= clock.deadline.due && again.on <= today);
    let met: Vec<NaiveDate> = t
        .steps
        .iter()
        .filter(|(_, s)| matches!(s, Step::Met(m) if !m.participants.is_empty() && !m.conclusions.is_empty()))
        .map(|(on, _)| *on)
        .collect();
    assert_eq!(met.len(), 1);
    assert!(first.reopened_on <= met[0] && met[0] <= again.on);
    let satisfied = again.answer(lead).expect("the lead's new answer");
    assert_eq!(satisfied.feedback.result, Rating::Satisfied);
    let line = whats(a);
    for what in ["交回重办", "二次办理座谈", "答复"] {
        assert!(line.contains(&what), "{today}: {what} in {line:?}");
    }
    let f = facts(&state, a.item, today).unwrap();
    assert_eq!(f.round, 2);
    assert_eq!(f.satisfaction, Some(Satisfaction::Rated(Rating::Satisfied)));
    // The first round's promise stands until marked done: still followed.
    let promised = first.replied.reply.promise.as_ref().expect("B's promise");
    assert_eq!(
        f.realisation,
        Some(Realisation::Promised(Some(promised.by)))
    );
    assert!(
        follow_ups(&state)
            .iter()
            .any(|f| f.item == a.item && f.replied.reply.class.code == "B")
    );
    assert_eq!(warning(&state, a, today).colour, Colour::Green, "{today}");

    // 2. 结转: a B reply of last year, carried into this year in last
    // December with its step plan, by the directors' meeting.
    let follow = follow_ups(&state);
    let carried = follow
        .iter()
        .find(|f| !f.carried.is_empty())
        .expect("a commitment carried over");
    let title = &state.raising.suggestions[&carried.item].draft.title;
    assert!(title.contains("高标准农田"), "{title}");
    assert_eq!(carried.replied.reply.class.code, "B");
    assert_eq!(carried.replied.on.year(), today.year() - 1, "{today}");
    let (on, carry) = &carried.carried[0];
    assert_eq!((on.year(), on.month()), (today.year() - 1, 12), "{on}");
    assert!(*on > carried.replied.on && *on <= today);
    assert_eq!(carry.year, today.year());
    assert_eq!(carried.year, today.year());
    assert!(carried.in_year(today.year()) && carried.in_year(today.year() - 1));
    assert!(
        carry.approval.starts_with("县人大常委会") && carry.approval.ends_with("主任会议"),
        "{}",
        carry.approval
    );
    assert_eq!(carry.steps.len(), 3);
    assert!(carry.steps.iter().all(|s| s.by.year() == carry.year));
    assert!(carry.steps.windows(2).all(|w| w[0].by < w[1].by));
    let promise = carried.promise.expect("a commitment's promise");
    assert_eq!(
        promise.by,
        NaiveDate::from_ymd_opt(today.year(), 12, 31).unwrap()
    );
    assert!(carried.realised.is_none());
    assert!(whats(&state.handling.assignments[&carried.item]).contains(&"结转"));

    // 3. 办成: a B reply's promise marked done by its unit after the reply,
    // before the promised date.
    let realised = follow
        .iter()
        .find(|f| f.realised.is_some())
        .expect("a commitment realised");
    let title = &state.raising.suggestions[&realised.item].draft.title;
    assert!(title.contains("卫生院诊疗能力"), "{title}");
    let (day, evidence) = realised.realised.unwrap();
    assert!(realised.replied.on < *day && *day <= today);
    assert!(*day <= realised.promise.unwrap().by);
    assert!(evidence.contains("投入使用"), "{evidence}");
    assert!(!realised.promise.unwrap().what.contains("{镇}"));
    assert_eq!(
        facts(&state, realised.item, today).unwrap().realisation,
        Some(Realisation::Realised(*day))
    );
    assert!(whats(&state.handling.assignments[&realised.item]).contains(&"已办成"));
    // Every promise is the answer's own, not the reply's first sentence.
    for f in &follow {
        let p = f.promise.expect("a commitment's promise");
        assert!(p.by >= f.replied.on && !p.what.is_empty());
        assert!(!f.replied.reply.text.starts_with(&p.what), "{}", p.what);
    }

    // 4. No feedback in time: replied more than the receipt window ago,
    // unanswered, and closed after the window.
    let a = assigned_titled(&state, "营商环境");
    let t = replying(a);
    let replied = t.replied.as_ref().unwrap();
    assert!(replied.feedback.is_empty());
    let due = feedback_due(&state, a, replied).due;
    assert!(due < today, "{today}: feedback due {due}");
    let f = facts(&state, a.item, today).unwrap();
    assert_eq!(
        f.satisfaction,
        Some(Satisfaction::NoAnswer(NoFeedback::Unanswered))
    );
    let closed = a.closed.expect("closed");
    assert!(due < closed && closed <= today, "{due} < {closed}");
    assert_eq!(f.closed, Some(closed));
    assert_eq!(whats(a)[0], "办结");
    let closing = events
        .iter()
        .find(|e| matches!(&e.kind, EventKind::Handling(HandlingEvent::Closed { .. })))
        .unwrap();
    assert_eq!(closing.actor.desk, Desk::CommitteeOffice);
    assert_eq!(closing.actor.acting_for, None);

    // 5. A citizen's opinion, recorded at the 城关镇 station, traced to
    // the item drafted from it: replied A, rated 满意 by its lead.
    let station = state
        .directory
        .stations
        .iter()
        .find(|(_, s)| s.name == "城关镇人大代表联络站")
        .map(|(id, _)| *id)
        .unwrap();
    let opinion = state
        .raising
        .opinions
        .values()
        .find(|o| o.station == station && o.topic.contains(TRACED_OPINION_TOPIC))
        .expect("the traced opinion");
    let results = opinion_results(&state, opinion.id, today);
    assert_eq!(results.len(), 1, "{today}");
    let (item, f) = &results[0];
    assert!(
        state.raising.suggestions[item]
            .draft
            .opinions
            .contains(&opinion.id)
    );
    let f = f.as_ref().expect("assigned");
    assert!(
        f.replied
            .is_some_and(|d| d > opinion.received_on && d <= today)
    );
    assert!(
        f.classes.iter().all(|c| c.starts_with('A')),
        "{:?}",
        f.classes
    );
    assert_eq!(f.satisfaction, Some(Satisfaction::Rated(Rating::Satisfied)));

    // And ordinary feedback on other replies: lists are not empty, and
    // the B replied days ago still waits for its deputy.
    let rated: Vec<Rating> = state
        .handling
        .assignments
        .values()
        .filter_map(|a| match facts(&state, a.item, today)?.satisfaction? {
            Satisfaction::Rated(r) => Some(r),
            _ => None,
        })
        .collect();
    assert!(rated.len() >= 5, "{today}: {rated:?}");
    assert!(rated.contains(&Rating::Satisfied) && rated.contains(&Rating::BasicallySatisfied));
    let a = assigned_titled(&state, "老旧小区");
    assert!(matches!(
        facts(&state, a.item, today).unwrap().satisfaction,
        Some(Satisfaction::Waiting { due }) if due >= today
    ));
}

#[test]
fn the_demo_county_holds_the_life_after_the_reply() {
    for seed in [7, 20_261_127] {
        assert_life_after_the_reply(seed, today());
    }
    // Whatever the day: New Year's Day (last December just past), just
    // after the Spring Festival and National Day, the year's last day.
    for (y, m, d) in [
        (2025, 2, 5),
        (2025, 10, 9),
        (2026, 1, 1),
        (2026, 2, 24),
        (2026, 3, 1),
        (2026, 12, 31),
    ] {
        assert_life_after_the_reply(7, NaiveDate::from_ymd_opt(y, m, d).expect("a date"));
    }
}

#[test]
fn the_demo_county_holds_key_items_with_their_leaders_and_a_manual_warning() {
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    assert_eq!(s.conflicts.len(), 0);
    let (session, principle) = s
        .supervision
        .principles
        .iter()
        .next()
        .expect("a session's principle is written");
    assert!(principle.text.contains("联名代表多"));
    let rows = jianyi_core::supervision::key_list(s, Some(*session));
    // 濮阳's fourteen: the session accepted as many.
    assert_eq!(rows.len(), 14, "{} key items", rows.len());
    // Candidates come first: the demo has items of 10 or more deputies.
    assert!(rows.iter().any(|r| r.proposers >= 10));
    let complete = rows
        .iter()
        .filter(|r| r.leading.is_some() && r.supervising.is_some());
    assert_eq!(complete.count(), rows.len() - 1);
    let lacking: Vec<_> = rows.iter().filter(|r| r.supervising.is_none()).collect();
    assert_eq!(lacking.len(), 1);
    assert!(lacking[0].missing.contains(&"未定督办领导"));
    // Leading leaders are the government's; supervising ones the
    // standing committee's.
    for r in &rows {
        let o = s.supervision.of(r.item).unwrap();
        let organ = |l| s.directory.leaders[&l].organ;
        assert_eq!(
            o.responsibilities.leading.map(organ),
            Some(Some(Organ::Government))
        );
        if let Some(l) = o.responsibilities.supervising {
            assert_eq!(organ(l), None);
        }
    }
    let warned: Vec<_> = s
        .supervision
        .items
        .iter()
        .filter(|(_, o)| o.open_warnings().count() == 1)
        .collect();
    assert_eq!(warned.len(), 1);
    let (item, o) = warned[0];
    let a = &s.handling.assignments[item];
    let w = warning(s, a, today());
    assert_eq!(w.colour, Colour::Red);
    assert!(w.reasons.iter().any(|r| r.starts_with("人工预警：")));
    let lead = s.raising.suggestions[item].draft.lead_deputy;
    assert_eq!(o.warnings[0].deputy, Some(lead));
}

#[test]
fn the_demo_county_holds_groups_and_records_of_every_kind_with_follow_ups() {
    use jianyi_core::supervision::{RecordKind, follow_up_rows, group_members};
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    // Eight groups, each with its members from its items' proposers.
    assert_eq!(s.supervision.groups.len(), 8);
    for g in s.supervision.groups.values() {
        let (lead, _) = group_members(s, &g.fields);
        assert!(lead.is_some(), "{} has a deputy in charge", g.fields.name);
        assert_eq!(s.directory.leaders[&g.fields.leader].organ, None);
    }
    // One follows items in handling, whose colours its page shows.
    assert!(s.supervision.groups.values().any(|g| {
        g.fields
            .items
            .iter()
            .any(|i| s.handling.assignments.contains_key(i))
    }));
    let kinds: BTreeSet<RecordKind> = s
        .supervision
        .records
        .values()
        .map(|r| r.fields.kind)
        .collect();
    assert_eq!(kinds.len(), RecordKind::ALL.len(), "every kind: {kinds:?}");
    let meeting = s
        .supervision
        .records
        .values()
        .find(|r| r.fields.kind == RecordKind::FaceToFace)
        .unwrap();
    let p = &meeting.fields.participants;
    assert_eq!(p.deputies.len() as u32 + p.entrepreneurs + p.citizens, 7);
    assert_eq!(p.unit_heads.len(), 5);
    assert_eq!(meeting.fields.items.len(), 2);
    let inspection = s
        .supervision
        .records
        .values()
        .find(|r| r.fields.kind == RecordKind::Inspection)
        .unwrap();
    assert_eq!(inspection.on.month(), 9);
    assert!(inspection.fields.units.len() >= 2, "over several units");
    let rows = follow_up_rows(s, s.supervision.records.values(), today());
    assert!(rows.iter().any(|f| f.done.is_some()), "a follow-up done");
    assert!(
        rows.iter()
            .any(|f| f.done.is_none() && f.colour == Colour::Red),
        "an overdue one"
    );
    assert!(
        rows.iter()
            .any(|f| f.done.is_none() && f.colour != Colour::Red),
        "an open one on time"
    );
    // Both directions of the procuratorial link.
    let (_, referral) = s.supervision.referrals.iter().next().expect("a referral");
    assert_eq!(referral.statuses.len(), 2);
    let p = s
        .supervision
        .procuratorial
        .values()
        .next()
        .expect("a procuratorial suggestion");
    assert_eq!(p.items.len(), 1);
    assert_eq!(jianyi_core::supervision::sources_of(s, p.items[0]).len(), 1);
    assert_eq!(
        jianyi_core::supervision::planned(s).len(),
        1,
        "a planned visit"
    );
}

#[test]
fn the_demo_county_holds_surveys_below_80_percent_rectified_and_open_and_one_at_80() {
    use jianyi_core::evaluation::survey_tasks;
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    let surveys: Vec<_> = s.evaluation.surveys.values().collect();
    assert_eq!(surveys.len(), 4, "three items, one surveyed again");
    let failed: Vec<_> = surveys.iter().filter(|x| x.failed()).collect();
    assert_eq!(failed.len(), 2);
    // One rectified and surveyed again at 100 %.
    let again = surveys.iter().find(|x| x.resurvey_of.is_some()).unwrap();
    assert_eq!(again.rate().count, again.rate().of);
    let first = &s.evaluation.surveys[&again.resurvey_of.unwrap()];
    assert_eq!(first.done.len(), 3);
    assert!(first.rate().below(80));
    // One with its tasks open, on time.
    let open = failed.iter().find(|x| x.done.is_empty()).unwrap();
    let rows: Vec<_> = survey_tasks(s, today())
        .into_iter()
        .filter(|r| r.survey.id == open.id && r.done.is_none())
        .collect();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.colour != Colour::Red));
    // And one at exactly 80 %, nothing to do.
    assert!(
        surveys
            .iter()
            .any(|x| !x.failed() && x.rate().count * 5 == x.rate().of * 4)
    );
}

#[test]
fn the_demo_county_holds_a_meeting_a_vote_a_department_review_reports_and_a_ranking() {
    use jianyi_core::evaluation::{draw, ranking, sample_size};
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    // The committee meeting: six units, one below the line, the formula.
    let m = s.evaluation.meetings.values().next().expect("a meeting");
    assert_eq!(m.rows.len(), 6);
    let results = m.results();
    let failed: Vec<_> = results
        .iter()
        .filter(|(_, c)| c.below(m.threshold))
        .collect();
    assert_eq!(failed.len(), 1, "one unit below 60 %");
    assert_eq!(
        results[0].1.formula(),
        "60%×96.6%＋40%×95.2%＝96.0%",
        "(22+6)/29 and (15+5)/21"
    );
    assert_eq!(m.opinions.len(), 2);
    assert_eq!(m.done.len(), 1, "one opinion carried out");
    // The congress's vote on the four organs, within attendance.
    let v = s.evaluation.votes.values().next().expect("a vote");
    assert_eq!(v.rows.len(), 4);
    assert!(v.rows.iter().all(|r| r.ballots.total() <= v.attendance));
    assert!(
        v.rows
            .iter()
            .all(|r| matches!(r.subject, jianyi_core::evaluation::Subject::Organ(_)))
    );
    // The department review: its sample drawn again from its seed.
    let r = s.evaluation.reviews.values().next().expect("a review");
    let rule = s
        .office
        .settings_on(r.on)
        .evaluation
        .department_review
        .clone();
    assert_eq!(
        r.sample.len() as u32,
        sample_size(r.items.len() as u32, &rule)
    );
    let again: Vec<SuggestionId> = draw(r.items.len(), r.sample.len(), r.seed)
        .into_iter()
        .map(|i| r.items[i])
        .collect();
    assert_eq!(r.sample, again);
    let c = r.concluded.as_ref().expect("concluded");
    assert_eq!(c.phoned.len(), r.items.len());
    assert_eq!(c.findings.len(), r.sample.len());
    // Reports, and a ranking of the units with enough items.
    assert!(
        s.evaluation.reports.len() >= 6,
        "{} reports",
        s.evaluation.reports.len()
    );
    assert_eq!(s.evaluation.self_checks.len(), 1);
    let (ranked, too_few) = ranking(s, today(), None);
    assert!(ranked.len() >= 3, "{} ranked, {too_few:?}", ranked.len());
    // The demo ranks units with 2 items or more (its setting).
    assert_eq!(s.settings().evaluation.advanced_unit_min_items, 2);
    assert!(ranked.iter().all(|r| r.items >= 2));
    assert!(!too_few.is_empty() && too_few.iter().all(|(_, n)| *n < 2));
    assert!(ranked.iter().any(|r| r.parts[3].is_some()));
}

#[test]
fn the_demo_countys_figures_add_up_to_its_items() {
    use jianyi_core::figures::tables::{Scope, figures};
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    let sum = |lines: &[jianyi_core::figures::tables::Count]| -> u32 {
        lines.iter().map(|c| c.count).sum()
    };
    let mut seen = 0;
    for scope in [Scope::Year(today().year()), Scope::Year(today().year() - 1)] {
        let f = figures(s, today(), scope);
        let raised = s
            .raising
            .suggestions
            .values()
            .filter(|x| scope.covers(x))
            .count() as u32;
        assert_eq!(f.items, raised);
        for lines in [
            &f.by_kind,
            &f.by_session,
            &f.by_category,
            &f.by_delegation,
            &f.by_stage,
        ] {
            assert_eq!(sum(lines), raised, "{lines:?}");
        }
        seen += raised;
    }
    assert!(seen > 0);
    // The current year's figures are filled: something in each chart.
    let f = figures(s, today(), Scope::Year(today().year()));
    assert!(!f.by_class.is_empty() && !f.by_colour.is_empty() && !f.units.is_empty());
    assert!(f.rates.on_time.of > 0 && f.rates.realisation.of > 0);
}

#[test]
fn the_demo_countys_workbook_holds_its_ledger_and_every_table() {
    use jianyi_core::figures::tables::{Scope, figures, stage_label};
    use jianyi_core::figures::workbook::{LEDGER_COLUMNS, workbook};
    use jianyi_formats::workbook::write_xlsx;
    use jianyi_formats::xlsx::read_sheets;
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    let scope = Scope::Year(today().year());
    let sheets = workbook(s, today(), scope, "2026年提出的建议");
    let bytes = write_xlsx(&sheets, "统计").expect("a workbook");
    let read = read_sheets(&bytes).expect("it reads back");
    let names: Vec<&str> = read.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "台账",
            "主要指标",
            "按类型",
            "按会次",
            "按类别",
            "按代表团",
            "按办理阶段",
            "按答复类别",
            "按预警颜色",
            "承办单位",
            "重点建议",
            "历年趋势"
        ]
    );
    // The ledger: a title, the columns, then one row per accepted item.
    let ledger = &read[0].1;
    assert_eq!(ledger[1], LEDGER_COLUMNS.map(String::from).to_vec());
    let accepted: Vec<&jianyi_core::raising::Suggestion> = s
        .raising
        .suggestions
        .values()
        .filter(|x| scope.covers(x) && s.stage(x.id) == Stage::Accepted)
        .collect();
    assert!(accepted.len() >= 5);
    assert_eq!(ledger.len() - 2, accepted.len());
    // Each accepted item's row names its number, title, lead deputy, units
    // and reply as the core knows them.
    let col = |name: &str| LEDGER_COLUMNS.iter().position(|c| *c == name).unwrap();
    let mut replied = 0;
    for x in &accepted {
        let row = ledger[2..]
            .iter()
            .find(|r| r[col("标题")] == x.draft.title)
            .unwrap_or_else(|| panic!("{} is in the ledger", x.draft.title));
        let (_, n) = s.review_file(x.id).unwrap().number.unwrap();
        assert_eq!(row[col("案号")], s.settings().format_number(n));
        assert_eq!(row[col("类型")], s.kind(x).label());
        // A name two deputies share is told apart by the delegation.
        let lead = &s.directory.deputies[&x.draft.lead_deputy].record;
        let namesakes = s
            .directory
            .deputies
            .values()
            .filter(|d| d.record.name == lead.name)
            .count();
        let shown = match namesakes {
            1 => lead.name.clone(),
            _ => format!("{}（{}）", lead.name, s.delegation_name(lead.delegation)),
        };
        assert_eq!(row[col("领衔代表")], shown);
        assert_eq!(row[col("联名人数")], s.proposers(x).len().to_string());
        assert_eq!(row[col("类别")], s.category_name(x.draft.category));
        assert_eq!(row[col("状态")], stage_label(s, x.id, today()));
        match s.handling.assignments.get(&x.id) {
            Some(a) => {
                assert_eq!(row[col("交办日期")], jianyi_core::dates::zh(a.assigned_on));
                let open = a.closed.is_none();
                // An empty last cell is not written, so not read back.
                assert_eq!(
                    row.get(col("预警")).map_or("", String::as_str),
                    if open {
                        warning(s, a, today()).colour.label()
                    } else {
                        ""
                    }
                );
            }
            None => assert_eq!(row[col("交办日期")], ""),
        }
        if let Some(f) = facts(s, x.id, today()) {
            assert_eq!(row[col("答复类别")], f.classes.join("；"));
            let a = &s.handling.assignments[&x.id];
            let lead = a.current().find(|t| t.role.replies()).unwrap();
            assert!(
                row[col("主办单位")].contains(&s.directory.entry_name(&EntryRef::Unit(lead.unit))),
                "{row:?}"
            );
            if f.replied.is_some() {
                replied += 1;
                assert!(!row[col("答复日期")].is_empty());
            }
        } else {
            assert_eq!(row[col("主办单位")], "");
        }
    }
    assert!(replied > 0);
    // The demo holds a converted motion and a merged item: numbered as a
    // suggestion, and counting the merged items' proposers.
    assert!(accepted.iter().any(|x| s.kind(x) != x.draft.kind));
    assert!(accepted.iter().any(|x| s.proposers(x).len() > x.signers()));
    // The headline sheet: the item count and the on-time rate's counts,
    // and the share as a number Excel shows with one decimal.
    let f = figures(s, today(), scope);
    let head = &read[1].1;
    assert_eq!(head[2][0], "建议件数");
    assert_eq!(head[2][2], f.items.to_string());
    assert_eq!(head[3][0], "按期办复率");
    assert_eq!(head[3][2], f.rates.on_time.count.to_string());
    assert_eq!(head[3][3], f.rates.on_time.of.to_string());
    let share: f64 = head[3][1].parse().unwrap();
    let shown = f.rates.on_time.shown().unwrap();
    assert_eq!(format!("{:.1}%", share * 100.0), shown);
    // Each breakdown adds up to its 合计 row.
    for (name, rows) in &read[2..7] {
        let total: u32 = rows[2..rows.len() - 1]
            .iter()
            .map(|r| r[1].parse::<u32>().unwrap())
            .sum();
        assert_eq!(rows.last().unwrap()[0], "合计", "{name}");
        assert_eq!(rows.last().unwrap()[1], total.to_string(), "{name}");
        assert_eq!(total, f.items, "{name}");
    }
}

/// Every private value of a state: phones, citizens' opinions and their
/// contacts, the deputies' feedback comments, the units' contacts and
/// phones, the passages marked not public and the replies not public. (The
/// bundle reads no evaluation record: ballots and votes are counts that
/// no scan for text could find, and no field of theirs is read.)
fn private_values(s: &State) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for p in s.directory.phones.values() {
        out.push((p.to_string(), "代表电话"));
    }
    for c in s.raising.contacts.values() {
        out.push((c.to_string(), "群众联系方式"));
    }
    for o in s.raising.opinions.values() {
        out.push((o.text.clone(), "群众意见"));
    }
    for a in s.handling.assignments.values() {
        for t in &a.tasks {
            let rounds = t
                .rounds
                .iter()
                .map(|r| &r.replied)
                .chain(t.replied.as_ref());
            for r in rounds {
                out.push((r.reply.phone.clone(), "承办单位联系电话"));
                out.push((r.reply.contact.clone(), "承办单位联系人"));
                for p in &r.reply.private_passages {
                    out.push((p.clone(), "不予公开的段落"));
                }
                if !r.reply.disclosure.public() {
                    out.push((r.reply.text.clone(), "不公开的答复"));
                }
                for x in &r.feedback {
                    out.push((x.feedback.comment.clone(), "代表评价意见"));
                }
            }
        }
    }
    // A single character could occur anywhere.
    out.retain(|(v, _)| v.trim().chars().count() >= 2);
    out
}

#[test]
fn the_disclosure_bundle_holds_the_key_list_and_public_replies_and_nothing_private() {
    use jianyi_core::disclosure::{bundle, html, mask_phones, read_me};
    use jianyi_core::figures::tables::Scope;
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    let mut scanned = 0;
    let mut kinds = BTreeSet::new();
    let private = private_values(s);
    for (year, label) in [
        (today().year(), "2026年提出的建议"),
        (today().year() - 1, "2025年提出的建议"),
    ] {
        let b = bundle(s, today(), Scope::Year(year), label);
        let page = html(&b);
        let note = read_me(&b);
        for (value, what) in &private {
            let escaped = value
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;");
            for shown in [value.as_str(), escaped.as_str()] {
                assert!(
                    !page.contains(shown) && !note.contains(shown),
                    "{label}: the bundle shows a private value ({what}): {value}"
                );
            }
            scanned += 1;
            kinds.insert(*what);
        }
        // Nothing shaped like a phone number (mobile, with area code,
        // hyphens or spaces, full-width digits).
        assert_eq!(mask_phones(&page), page, "{label}: a phone-like number");
        assert!(
            !page.contains("<script"),
            "no script: it opens from file://"
        );
        if year == today().year() {
            assert!(!b.key.is_empty() && !b.replies.is_empty());
            assert!(b.replies.iter().any(|r| r.how == "摘要公开"));
            for k in &b.key {
                assert!(page.contains(&k.title.replace('&', "&amp;")), "{}", k.title);
            }
        }
    }
    for what in [
        "代表电话",
        "群众联系方式",
        "群众意见",
        "承办单位联系电话",
        "承办单位联系人",
        "代表评价意见",
        "不予公开的段落",
        "不公开的答复",
    ] {
        assert!(kinds.contains(what), "the demo holds no {what} to scan for");
    }
    assert!(scanned > 50, "{scanned}");
    // The public replies are those chosen public, with their passages out.
    let b = bundle(s, today(), Scope::Year(today().year()), "本年");
    let withheld = b
        .replies
        .iter()
        .filter(|r| r.text.contains(WITHHELD))
        .count();
    assert!(
        withheld > 0,
        "a full reply with a passage marked not public"
    );
}

#[test]
fn a_contact_pasted_into_a_public_reply_is_withheld_from_the_bundle() {
    use jianyi_core::disclosure::{bundle, html};
    use jianyi_core::figures::tables::Scope;
    let mut events = county(7, today(), NOW_MS);
    // A clerk pasted the whole letter, its contact line too, into a reply
    // published in full, and wrote a deputy's phone into another's summary.
    let deputy_phone = {
        let s = Given::events(events.clone());
        s.state()
            .directory
            .phones
            .values()
            .next()
            .unwrap()
            .to_string()
    };
    let (mut full, mut summary) = (None, None);
    for e in events.iter_mut() {
        if let EventKind::Handling(HandlingEvent::Replied { reply, .. }) = &mut e.kind {
            match &mut reply.disclosure {
                Disclosure::Full if full.is_none() => {
                    reply.text.push_str(&format!(
                        "\n联系人：{}　联系电话：{}（手机１３９ ００００ １１１１）",
                        reply.contact, reply.phone
                    ));
                    full = Some((reply.contact.clone(), reply.phone.clone()));
                }
                Disclosure::Summary { summary: text } if summary.is_none() => {
                    text.push_str(&format!("。如有疑问请致电{deputy_phone}"));
                    summary = Some(());
                }
                _ => {}
            }
        }
    }
    let (contact, phone) = full.expect("a reply published in full");
    assert!(summary.is_some() && !contact.is_empty() && !phone.is_empty());
    let t = Given::events(events);
    let mut page = String::new();
    for year in [today().year(), today().year() - 1] {
        page.push_str(&html(&bundle(
            t.state(),
            today(),
            Scope::Year(year),
            "公开",
        )));
    }
    assert!(page.contains(WITHHELD));
    for value in [
        contact.as_str(),
        phone.as_str(),
        deputy_phone.as_str(),
        "１３９ ００００ １１１１",
    ] {
        assert!(!page.contains(value), "{value} is published");
    }
}

#[test]
fn the_demo_countys_own_ledger_reads_back_row_for_row_and_every_item_is_known() {
    use jianyi_core::figures::tables::Scope;
    use jianyi_core::figures::workbook::workbook;
    use jianyi_core::ledger::{
        Field, LedgerRealised, LedgerSatisfaction, guess_mapping, heading_row, preview,
    };
    use jianyi_formats::workbook::write_xlsx;
    use jianyi_formats::xlsx::read_sheets;
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    let sheets = workbook(s, today(), Scope::Year(today().year()), "2026年提出的建议");
    let bytes = write_xlsx(&sheets, "台账").unwrap();
    let rows = read_sheets(&bytes).unwrap().remove(0).1;
    let head = heading_row(&rows).expect("the headings under the title line");
    assert_eq!(head, 1);
    let mapping = guess_mapping(&rows[head], &[]);
    assert_eq!(mapping, Field::ALL.map(Some).to_vec(), "our own names");
    let p = preview(s, &rows, head, &mapping);
    assert!(
        p.file_errors.is_empty() && p.errors.is_empty(),
        "{:?}",
        p.errors
    );
    assert!(p.ignored.is_empty());
    assert_eq!(p.rows.len(), rows.len() - 2);
    // Every row is an item this office holds: importing adds nothing.
    assert_eq!(p.known.len(), p.rows.len());
    assert!(p.gaps.is_empty(), "{:?}", p.gaps);
    // Each row's facts are the item's.
    let (mut rated, mut realisations) = (0, 0);

    for r in &p.rows {
        let id = s.review.numbers[&(r.series(), r.number)];
        let x = &s.raising.suggestions[&id];
        assert_eq!(r.title, x.draft.title);
        assert_eq!(r.lead_deputy, Some(x.draft.lead_deputy));
        assert_eq!(r.category, Some(x.draft.category));
        assert_eq!(r.kind, s.kind(x));
        assert_eq!(r.signers, Some(s.proposers(x).len() as u32));
        if let Some(a) = s.handling.assignments.get(&id) {
            assert_eq!(r.assigned_on, Some(a.assigned_on));
            let leads: Vec<_> = a
                .current()
                .filter(|t| t.role.replies())
                .map(|t| t.unit)
                .collect();
            assert_eq!(
                r.lead_units.iter().map(|(u, _)| *u).collect::<Vec<_>>(),
                leads
            );
            let f = facts(s, id, today()).unwrap();
            assert_eq!(r.replied_on, f.replied);
            let codes: Vec<String> = f
                .classes
                .iter()
                .map(|c| c.split('类').next().unwrap().to_string())
                .collect();
            assert_eq!(r.classes, codes);
            if let Some(Satisfaction::Rated(x)) = f.satisfaction {
                assert_eq!(r.satisfaction, Some(LedgerSatisfaction::Rated(x)));
                rated += 1;
            }
            let co: Vec<_> = a
                .current()
                .filter(|t| t.role == jianyi_core::handling::UnitRole::Co)
                .map(|t| t.unit)
                .collect();
            assert_eq!(r.co_units, co);
            let due = a
                .current()
                .filter(|t| t.role.replies())
                .filter_map(|t| t.due())
                .min();
            assert_eq!(r.due, due);
            let realised = f.realisation.map(|x| match x {
                Realisation::Solved => LedgerRealised::Solved,
                Realisation::Realised(on) => LedgerRealised::Realised(Some(on)),
                Realisation::Promised(by) => LedgerRealised::Promised(by),
                Realisation::NotSolvable => LedgerRealised::NotSolvable,
            });
            if realised.is_some() {
                realisations += 1;
            }
            assert_eq!(r.realised, realised);
        } else {
            assert!(r.lead_units.is_empty() && r.assigned_on.is_none());
        }
    }
    assert!(rated > 0 && realisations > 0);
}

#[test]
fn another_offices_ledger_maps_by_its_own_names_and_its_bad_cells_gaps_and_repeats_are_named() {
    use jianyi_core::ledger::{Field, guess_mapping, preview};
    let t = Given::events(county(7, today(), NOW_MS));
    let s = t.state();
    let session = s
        .directory
        .sessions
        .values()
        .last()
        .unwrap()
        .record
        .name
        .clone();
    // A deputy nobody else in the directory is named after.
    let named = |n: &str| {
        s.directory
            .deputies
            .values()
            .filter(|d| d.record.name == n)
            .count()
    };
    let deputy = s
        .directory
        .deputies
        .values()
        .map(|d| d.record.name.clone())
        .find(|n| named(n) == 1)
        .unwrap();
    let unit = s
        .directory
        .units
        .values()
        .next()
        .unwrap()
        .record
        .name
        .clone();
    let headings: Vec<String> = [
        "序号",
        "建议名称",
        "编号",
        "会议名称",
        "代表姓名",
        "承办部门",
        "办复日期",
        "代表评价",
        "备注",
    ]
    .map(String::from)
    .to_vec();
    let mapping = guess_mapping(&headings, &[]);
    use Field::*;
    assert_eq!(
        mapping,
        vec![
            None,
            Some(Title),
            Some(Number),
            Some(Session),
            Some(LeadDeputy),
            Some(LeadUnits),
            Some(RepliedOn),
            Some(Satisfaction),
            None
        ]
    );
    // A clerk's remembered choice wins over a guess.
    let remembered = [
        ("备注".to_string(), Some(Realised)),
        ("代表评价".to_string(), Some(Status)),
        ("代表姓名".to_string(), None),
    ];
    let mine = guess_mapping(&headings, &remembered);
    assert_eq!((mine[7], mine[8]), (Some(Status), Some(Realised)));
    assert_eq!(mine[4], None, "a column the clerk chose not to import");

    let row = |cells: [&str; 9]| cells.map(String::from).to_vec();
    let rows = vec![
        headings.clone(),
        row([
            "1",
            "关于甲的建议",
            "第901号",
            &session,
            &deputy,
            &unit,
            "2026-05-08",
            "满意",
            "",
        ]),
        row([
            "2",
            "关于乙的建议",
            "902",
            &session,
            &deputy,
            "",
            "",
            "",
            "",
        ]),
        row([
            "3",
            "关于丙的建议",
            "905",
            &session,
            &deputy,
            &unit,
            "",
            "",
            "",
        ]),
        row([
            "4",
            "关于丁的建议",
            "906",
            "第九届第九次会议",
            &deputy,
            "县不存在局",
            "5月8日前",
            "很好",
            "",
        ]),
        row([
            "5",
            "关于甲的建议",
            "901",
            &session,
            &deputy,
            "",
            "",
            "",
            "",
        ]),
        row(["6", "", "", "2025年闭会期间", "", "", "", "", ""]),
    ];
    let p = preview(s, &rows, 0, &mapping);
    assert!(p.file_errors.is_empty());
    assert_eq!(p.ignored, ["序号", "备注"]);
    let said: Vec<String> = p.errors.iter().map(|e| e.message_zh()).collect();
    assert_eq!(
        said,
        vec![
            "第5行“会议名称（届次）”：名册中没有会次“第九届第九次会议”；闭会期间的建议请写“2026年闭会期间”",
            "第5行“承办部门（主办单位）”：名册中没有承办单位“县不存在局”",
            "第5行“办复日期（答复日期）”：“5月8日前”不是日期",
            "第5行“代表评价（满意度）”：“很好”不是满意、基本满意、不满意或未反馈",
            "第6行“编号（案号）”：与第2行是同一件（届次、类型和案号相同）",
            "第7行“编号（案号）”：案号必填",
            "第7行“建议名称（标题）”：标题必填",
        ]
    );
    // A name two deputies share must say the delegation.
    let shared = s
        .directory
        .deputies
        .values()
        .map(|d| d.record.name.clone())
        .find(|n| named(n) == 2)
        .expect("the demo has namesakes");
    let mut rows = rows;
    rows.push(row([
        "7",
        "关于戊的建议",
        "907",
        &session,
        &shared,
        "",
        "",
        "",
        "",
    ]));
    let p2 = preview(s, &rows, 0, &mapping);
    let last = p2.errors.last().unwrap().message_zh();
    assert!(
        last.starts_with(&format!(
            "第8行“代表姓名（领衔代表）”：名册中有2位代表叫“{shared}”"
        )),
        "{last}"
    );
    // The good rows: 901, 902 and 905 (and 901 again). Missing, listed
    // and not filled: 903 and 904, and every number between the office's
    // own last in that series and 901 (at most 100 listed, all counted).
    let series = p.rows[0].series();
    let held = s
        .review
        .numbers
        .keys()
        .filter(|(x, _)| *x == series)
        .map(|(_, n)| *n)
        .max()
        .unwrap();
    assert!(held < 801);
    assert_eq!(p.gaps.len(), 1);
    let (listed, all) = (&p.gaps[0].1, p.gaps[0].2);
    assert_eq!(all as u32, (900 - held) + 2);
    assert_eq!(listed.len(), 100);
    assert_eq!(listed[0], held + 1);
    assert_eq!(listed[99], held + 100);
    assert!(
        p.known.is_empty(),
        "no item of this office has these numbers"
    );
    // Without a 案号 column nothing is read.
    let p = preview(s, &rows, 0, &guess_mapping(&headings[..2], &[]));
    assert_eq!(p.file_errors.len(), 2, "{:?}", p.file_errors);
}

/// The ledger round trip: the demo county's ledger exported, then
/// imported into an office holding only the demo's directories and
/// settings. Every accepted item comes back once, under its number, at
/// the stage its row states; what a ledger carries is counted alike —
/// items by kind, session and category (every accepted item, counted
/// here from the source by hand), replies by class, on time, satisfaction
/// on the result both ways, realisation. The same ledger imported again
/// adds nothing, and the next number of each series follows the ledger's.
#[test]
fn the_demo_countys_ledger_imported_into_an_empty_office_gives_the_same_figures() {
    use jianyi_core::figures::tables::{Count, Scope, figures};
    use jianyi_core::figures::workbook::workbook;
    use jianyi_core::ids::IdSource;
    use jianyi_core::ledger::{guess_mapping, heading_row, import, preview};
    use jianyi_core::{Actor, Ctx};
    use jianyi_formats::workbook::write_xlsx;
    use jianyi_formats::xlsx::read_sheets;
    let all = county(7, today(), NOW_MS);
    let source = Given::events(all.clone());
    let s = source.state();
    let scope = Scope::Year(today().year());
    let sheets = workbook(s, today(), scope, "2026年提出的建议");
    let bytes = write_xlsx(&sheets, "台账").unwrap();
    let rows = read_sheets(&bytes).unwrap().remove(0).1;
    let head = heading_row(&rows).unwrap();
    let mapping = guess_mapping(&rows[head], &[]);

    // The same office before any item: its profile, settings, identity
    // and directories.
    let base: Vec<Event> = all
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Office(_) | EventKind::Directory(_) | EventKind::Exchange(_)
            )
        })
        .cloned()
        .collect();
    let empty = Given::events(base.clone());
    assert!(empty.state().raising.suggestions.is_empty());
    let p = preview(empty.state(), &rows, head, &mapping);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert!(p.known.is_empty());
    let ctx = |state: &State| Ctx {
        now_ms: state.last_stamp.as_ref().map_or(NOW_MS, |x| x.wall_ms) + 1_000,
        office: all[0].office.clone(),
        actor: Actor {
            operator: "台账导入员".into(),
            acting_for: None,
            desk: Desk::CommitteeOffice,
            how: How::Operator,
        },
        business_date: today(),
        ids: IdSource::new(99),
    };
    let imported = import(
        empty.state(),
        "2026年建议办理台账.xlsx",
        &p.rows,
        None,
        &ctx(empty.state()),
    )
    .unwrap_or_else(|r| panic!("{:?} {:?}", r.file_errors, r.errors));
    assert!(imported.iter().all(|e| e.actor.how == How::Ledger));
    let mut events = base;
    events.extend(imported);
    let target = Given::events(events);
    let t = target.state();
    assert!(t.conflicts.is_empty(), "{:?}", t.conflicts);

    // Every accepted item of the scope once, by its number, with its title.
    let accepted: Vec<&jianyi_core::raising::Suggestion> = s
        .raising
        .suggestions
        .values()
        .filter(|x| scope.covers(x) && s.stage(x.id) == Stage::Accepted)
        .collect();
    assert_eq!(t.raising.suggestions.len(), accepted.len());
    for x in &accepted {
        let key = s.review_file(x.id).unwrap().number.unwrap();
        let y = &t.raising.suggestions[&t.review.numbers[&key]];
        assert_eq!(y.draft.title, x.draft.title);
        let source = t.review_file(y.id).unwrap().ledger.clone().unwrap();
        assert_eq!(source.file, "2026年建议办理台账.xlsx");
        assert_eq!(source.proposers as usize, s.proposers(x).len());
    }

    // Kind, session and category of every accepted item, counted by hand.
    let counted = |label: &dyn Fn(&jianyi_core::raising::Suggestion) -> String| {
        let mut m: BTreeMap<String, u32> = BTreeMap::new();
        for x in &accepted {
            *m.entry(label(x)).or_default() += 1;
        }
        m
    };
    let as_map = |c: &[Count]| -> BTreeMap<String, u32> {
        c.iter()
            .filter(|c| c.count > 0)
            .map(|c| (c.label.clone(), c.count))
            .collect()
    };
    // Item by item, an item handled once reads as it did: its reply date,
    // classes, rating and realisation. One handled twice keeps its second
    // reply; a promise of its first reply still open is not in a ledger.
    let mut twice_solved_over_a_promise = 0;
    for x in &accepted {
        use jianyi_core::handling::{Realisation, facts};
        let key = s.review_file(x.id).unwrap().number.unwrap();
        let y = t.review.numbers[&key];
        let (a, b) = (facts(s, x.id, today()), facts(t, y, today()));
        let twice = s
            .handling
            .assignments
            .get(&x.id)
            .is_some_and(|a| a.current().any(|t| !t.rounds.is_empty()));
        let seen = |f: &Option<jianyi_core::handling::Facts>| {
            f.as_ref().map(|f| {
                (
                    f.replied,
                    f.classes.clone(),
                    format!("{:?}", f.satisfaction),
                    format!("{:?}", f.realisation),
                )
            })
        };
        if !twice {
            assert_eq!(seen(&a), seen(&b), "{}", x.draft.title);
        } else if matches!(
            a.as_ref().and_then(|f| f.realisation.as_ref()),
            Some(Realisation::Promised(_))
        ) && matches!(
            b.as_ref().and_then(|f| f.realisation.as_ref()),
            Some(Realisation::Solved)
        ) {
            twice_solved_over_a_promise += 1;
        }
    }
    let (f, g) = (figures(s, today(), scope), figures(t, today(), scope));
    assert_eq!(g.items as usize, accepted.len());
    assert_eq!(
        as_map(&g.by_kind),
        counted(&|x| s.kind(x).label().to_string())
    );
    assert_eq!(
        as_map(&g.by_category),
        counted(&|x| s.category_name(x.draft.category).to_string())
    );
    let by_session = |xs: Vec<&jianyi_core::raising::Suggestion>| {
        let mut m: BTreeMap<Option<jianyi_core::SessionId>, u32> = BTreeMap::new();
        for x in xs {
            *m.entry(x.draft.session).or_default() += 1;
        }
        m
    };
    assert_eq!(
        by_session(t.raising.suggestions.values().collect()),
        by_session(accepted.clone())
    );
    assert_eq!(
        g.by_session.iter().map(|c| c.count).sum::<u32>() as usize,
        accepted.len()
    );
    // What a ledger carries of handling counts alike.
    // A ledger states the current reply: an item handled a second time
    // comes back with its second reply's class (the first is not in a
    // ledger), so the replies are counted here by their current class.
    let mut current: BTreeMap<String, u32> = BTreeMap::new();
    let mut handled_twice = 0;
    for x in &accepted {
        for task in s
            .handling
            .assignments
            .get(&x.id)
            .into_iter()
            .flat_map(|a| a.current())
        {
            if let Some(r) = task.replied.as_ref().filter(|_| task.role.replies()) {
                *current.entry(r.reply.class.label()).or_default() += 1;
            }
            handled_twice += usize::from(!task.rounds.is_empty());
        }
    }
    assert_eq!(as_map(&g.by_class), current);
    if handled_twice == 0 {
        assert_eq!(g.by_class, f.by_class);
    }
    assert_eq!(g.rates.on_time, f.rates.on_time, "on time");
    assert_eq!(g.result, f.result, "satisfaction on the result");
    assert_eq!(g.rates.realisation.of, f.rates.realisation.of);
    assert_eq!(
        g.rates.realisation.count,
        f.rates.realisation.count + twice_solved_over_a_promise,
        "realisation"
    );
    assert!(f.rates.on_time.of > 0 && f.result[0].of > 0 && f.rates.realisation.count > 0);
    // The stages of accepted items alike, 办结 read from 状态 (a ledger
    // holds no draft, no item in review, merged or not accepted).
    let mut stages = as_map(&f.by_stage);
    stages
        .retain(|k, _| !["草稿", "审查中", "退回修改", "不予立案", "已并案"].contains(&k.as_str()));
    assert!(stages.contains_key("已办结") && stages.contains_key("已立案待交办"));
    assert_eq!(as_map(&g.by_stage), stages, "stages");
    // The warning colour of every item replied: an item still in hand may
    // differ, since its plan, progress and co-units' opinions — what its
    // colour reads while open — are not in a ledger (its units are taken
    // to have received it on its assignment).
    let mut replied = 0;
    for x in &accepted {
        let key = s.review_file(x.id).unwrap().number.unwrap();
        let y = t.review.numbers[&key];
        let (Some(a), Some(b)) = (
            s.handling.assignments.get(&x.id),
            t.handling.assignments.get(&y),
        ) else {
            assert!(!t.handling.assignments.contains_key(&y));
            continue;
        };
        if jianyi_core::handling::facts(s, x.id, today()).is_some_and(|f| f.replied.is_some()) {
            use jianyi_core::handling::warning;
            let (wa, wb) = (warning(s, a, today()), warning(t, b, today()));
            assert_eq!(wa.colour, wb.colour, "{}: {:?} {:?}", x.draft.title, wa, wb);
            replied += 1;
        }
    }
    assert!(replied > 0);

    // Imported again: nothing more.
    let again = preview(t, &rows, head, &mapping);
    assert_eq!(again.known.len(), again.rows.len());
    assert_eq!(
        import(t, "2026年建议办理台账.xlsx", &again.rows, None, &ctx(t)).unwrap(),
        vec![]
    );
}

/// Creating items from another office's ledger: only at the numbering
/// office's desk; a row must name its lead deputy and a category (or the
/// clerk gives one for rows without); a reply needs its date and class;
/// each refusal names the row and column and nothing is created. The rows
/// that stand are created at the stage they state, and the series goes
/// on after the ledger's last number.
#[test]
fn a_ledger_imports_at_the_numbering_desk_and_each_rows_facts_must_stand_together() {
    use jianyi_core::ids::IdSource;
    use jianyi_core::ledger::{guess_mapping, import, preview};
    use jianyi_core::{Actor, Ctx};
    let all = county(7, today(), NOW_MS);
    let t = Given::events(all.clone());
    let s = t.state();
    // Last year's session, long closed.
    let session = s
        .directory
        .sessions
        .values()
        .find(|x| x.record.ends < today())
        .unwrap();
    let unit = s.directory.units.values().next().unwrap();
    let deputy = s
        .directory
        .deputies
        .values()
        .find(|d| {
            s.directory
                .deputies
                .values()
                .filter(|x| x.record.name == d.record.name)
                .count()
                == 1
        })
        .unwrap();
    let headings = [
        "建议名称",
        "编号",
        "会议名称",
        "代表姓名",
        "承办部门",
        "办复日期",
        "办理结果",
        "代表评价",
    ];
    let row = |cells: [&str; 8]| cells.map(String::from).to_vec();
    let (sn, un, dn) = (
        session.record.name.as_str(),
        unit.record.name.as_str(),
        deputy.record.name.as_str(),
    );
    let rows = vec![
        row(headings),
        row(["关于甲的建议", "901", sn, dn, un, "2026-05-08", "", "满意"]),
        row(["关于乙的建议", "902", sn, dn, "", "", "", ""]),
        row(["关于丙的建议", "905", sn, dn, un, "", "", ""]),
        row([
            "关于丁的建议",
            "906",
            sn,
            "",
            un,
            "2026-05-20",
            "A类",
            "基本满意",
        ]),
    ];
    let mapping = guess_mapping(&rows[0], &[]);
    let p = preview(s, &rows, 0, &mapping);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    let ctx = |desk| Ctx {
        now_ms: NOW_MS + 10_000_000,
        office: all[0].office.clone(),
        actor: Actor {
            operator: "台账导入员".into(),
            acting_for: None,
            desk,
            how: How::Operator,
        },
        business_date: today(),
        ids: IdSource::new(5),
    };
    let refused = import(s, "台账.csv", &p.rows, None, &ctx(Desk::Unit)).unwrap_err();
    assert_eq!(
        refused.file_errors,
        ["台账只能由立案编号的机关导入：请在代表工委（乡镇为人大主席团）的工作台导入"]
    );
    let said = |r: jianyi_core::ledger::ImportRefused| -> Vec<String> {
        r.errors.iter().map(|e| e.message_zh()).collect()
    };
    let refused = import(s, "台账.csv", &p.rows, None, &ctx(Desk::CommitteeOffice)).unwrap_err();
    let category = "类别为空：请填写类别，或在导入时指定未填类别的建议归入哪一类";
    assert_eq!(
        said(refused),
        [
            format!("第2行“类别”：{category}"),
            "第2行“答复类别”：有答复日期而没有答复类别".into(),
            format!("第3行“类别”：{category}"),
            format!("第4行“类别”：{category}"),
            "第5行“领衔代表”：领衔代表必填：导入的建议须有领衔代表".into(),
            format!("第5行“类别”：{category}"),
        ]
    );
    let some = s.directory.categories.keys().next().copied();
    let good: Vec<_> = p
        .rows
        .iter()
        .filter(|r| r.line == 3 || r.line == 4)
        .cloned()
        .collect();
    let events = import(s, "台账.csv", &good, some, &ctx(Desk::CommitteeOffice)).unwrap();
    let labels: Vec<&str> = events.iter().map(|e| e.kind.label()).collect();
    assert_eq!(
        labels,
        [
            "新建草稿",
            "台账导入",
            "新建草稿",
            "台账导入",
            "交办",
            "签收"
        ]
    );
    let mut both = all.clone();
    both.extend(events);
    let t = Given::events(both);
    let s = t.state();
    let series = good[0].series();
    let held = |n| s.review.numbers[&(series, n)];
    assert_eq!(s.stage(held(902)), Stage::Accepted);
    assert!(!s.handling.assignments.contains_key(&held(902)));
    let a = &s.handling.assignments[&held(905)];
    assert_eq!(a.tasks[0].unit, unit.record.id);
    // Gaps stay gaps (903, 904); the series goes on from 906.
    assert!(!s.review.numbers.contains_key(&(series, 903)));
    assert_eq!(s.review.next_number(series), 906);

    // Facts that cannot stand together, each named.
    let cn = s.category_name(some.unwrap()).to_string();
    let headings = [
        "标题",
        "案号",
        "届次",
        "类型",
        "领衔代表",
        "类别",
        "主办单位",
        "协办单位",
        "交办日期",
        "办理期限",
        "答复日期",
        "答复类别",
        "状态",
    ];
    let row = |cells: [&str; 13]| cells.map(String::from).to_vec();
    let d = "2026-06-01";
    let rows = vec![
        row(headings),
        row([
            "甲",
            "911",
            sn,
            "建议",
            dn,
            &cn,
            un,
            "",
            d,
            "2026-05-01",
            "",
            "",
            "",
        ]),
        row(["乙", "912", sn, "建议", dn, &cn, un, un, d, "", "", "", ""]),
        row([
            "丙",
            "913",
            "2026年闭会期间",
            "议案",
            dn,
            &cn,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]),
        row([
            "丁",
            "914",
            sn,
            "建议",
            dn,
            &cn,
            un,
            "",
            d,
            "",
            "",
            "",
            "已办结",
        ]),
        row([
            "戊",
            "915",
            sn,
            "建议",
            dn,
            &cn,
            un,
            "",
            d,
            "",
            "2027-03-01",
            "A",
            "",
        ]),
        row([
            "己",
            "916",
            sn,
            "建议",
            dn,
            &cn,
            un,
            "",
            "2025-12-01",
            "",
            "",
            "",
            "",
        ]),
    ];
    let p = preview(s, &rows, 0, &guess_mapping(&rows[0], &[]));
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    let refused = import(s, "台账.xlsx", &p.rows, None, &ctx(Desk::CommitteeOffice)).unwrap_err();
    let opened = jianyi_core::dates::zh(session.record.starts);
    assert_eq!(
        said(refused),
        [
            "第2行“办理期限”：办理期限2026年6月1日早于交办日期2026年6月1日"
                .replace("6月1日早于", "5月1日早于"),
            format!("第3行“主办单位”：承办单位“{un}”写了两次"),
            "第4行“类型”：闭会期间只提出建议，没有议案".into(),
            "第5行“状态”：已办结而没有答复".into(),
            "第6行“答复日期”：2027年3月1日晚于今天（2026年11月27日）".into(),
            format!("第7行“交办日期”：2025年12月1日早于会次开幕（{opened}）"),
        ]
    );
    // Each alone goes in once it is right: 已办结 with its reply is closed.
    let mut fixed = rows.clone();
    fixed[4][10] = "2026-07-01".into();
    fixed[4][11] = "A".into();
    let p = preview(s, &fixed[..5], 0, &guess_mapping(&rows[0], &[]));
    let closed: Vec<_> = p.rows.into_iter().filter(|r| r.line == 5).collect();
    let again = Ctx {
        ids: IdSource::new(6),
        ..ctx(Desk::CommitteeOffice)
    };
    let events = import(s, "台账.xlsx", &closed, None, &again).unwrap();
    let labels: Vec<&str> = events.iter().map(|e| e.kind.label()).collect();
    assert_eq!(
        labels,
        ["新建草稿", "台账导入", "交办", "签收", "答复", "办结"]
    );
}
