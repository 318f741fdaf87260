//! Events stored by earlier versions still read. Each fixture is an event
//! log as format 1 wrote it (the demo county, and one log with every kind
//! of event), committed with a digest of the state format 1's code folded
//! it to; today's code, through the migrations, must fold it to the same.

use std::fmt::Write;

use jianyi_core::raising::Signature;
use jianyi_core::*;

fn fold_stored(path: &str) -> State {
    let text = std::fs::read_to_string(path).expect("the fixture is committed");
    let raw: Vec<serde_json::Value> = serde_json::from_str(&text).expect("a JSON array");
    let mut events = Vec::new();
    for value in raw {
        let stored = value.to_string();
        events
            .extend(Event::from_json(&stored).unwrap_or_else(|u| panic!("{}: {stored}", u.reason)));
    }
    State::from_events(events)
}

/// The state as format 1's digest wrote it, line for line.
fn digest(s: &State) -> String {
    let mut o = String::new();
    let dir = &s.directory;
    if let Some(p) = &s.office.profile {
        writeln!(
            o,
            "office {} {} {} {}",
            p.name,
            p.region,
            p.level.label(),
            p.numbering
        )
        .unwrap();
    }
    let st = s.settings();
    writeln!(
        o,
        "township {} format {}",
        st.rules.township_mode, st.numbering.number_format
    )
    .unwrap();
    for c in dir.categories_in_order() {
        writeln!(o, "category {} retired={}", c.name, c.retired).unwrap();
    }
    writeln!(
        o,
        "deadlines {:?} thresholds {} {} {}",
        st.deadlines.reply,
        st.evaluation.satisfaction_threshold_percent,
        st.rules.key_candidate_min_deputies,
        st.drafting.similarity_percent
    )
    .unwrap();
    for d in dir.delegations_in_order() {
        writeln!(o, "delegation {} {} retired={}", d.id, d.name, d.retired).unwrap();
    }
    let mut deps: Vec<_> = dir.deputies.values().collect();
    deps.sort_by_key(|d| d.id);
    for d in deps {
        let mut st: Vec<String> = d
            .stations
            .iter()
            .map(|x| {
                dir.stations
                    .get(x)
                    .map(|y| y.name.clone())
                    .unwrap_or_default()
            })
            .collect();
        st.sort();
        writeln!(
            o,
            "deputy {} {} {} {} {} [{}] phone={} retired={}",
            d.id,
            d.name,
            s.delegation_name(d.delegation),
            d.gender.map_or("", |g| g.label()),
            d.term,
            st.join(","),
            dir.phone(d.id),
            d.retired
        )
        .unwrap();
    }
    for u in dir.units.values() {
        writeln!(
            o,
            "unit {} {} {} {} retired={}",
            u.id,
            u.name,
            u.kind.label(),
            u.organ.map_or("", |x| x.label()),
            u.retired
        )
        .unwrap();
    }
    for x in dir.sessions.values() {
        writeln!(
            o,
            "session {} {} {} {} retired={}",
            x.id, x.name, x.starts, x.ends, x.retired
        )
        .unwrap();
    }
    for c in dir.committees.values() {
        let cov: Vec<&str> = c.covers.iter().map(|d| s.delegation_name(*d)).collect();
        writeln!(
            o,
            "committee {} {} [{}] retired={}",
            c.id,
            c.name,
            cov.join(","),
            c.retired
        )
        .unwrap();
    }
    for l in dir.leaders.values() {
        writeln!(
            o,
            "leader {} {} {} {} {} retired={}",
            l.id,
            l.name,
            l.post,
            l.organ.map_or("", |x| x.label()),
            l.duties,
            l.retired
        )
        .unwrap();
    }
    for x in dir.stations.values() {
        writeln!(
            o,
            "station {} {} {} {} retired={}",
            x.id,
            x.name,
            x.kind.label(),
            x.field,
            x.retired
        )
        .unwrap();
    }
    for x in s.raising.opinions.values() {
        let mut sg: Vec<String> = s
            .raising
            .suggestions_from(x.id)
            .iter()
            .map(|i| i.to_string())
            .collect();
        sg.sort();
        writeln!(
            o,
            "opinion {} {} {} {} {} contact={} [{}]",
            x.id,
            x.station,
            x.received_on,
            x.topic,
            x.text,
            s.raising.contact(x.id),
            sg.join(",")
        )
        .unwrap();
    }
    for x in s.raising.suggestions.values() {
        let d = &x.draft;
        let file = s.review_file(x.id);
        writeln!(
            o,
            "suggestion {} {} | {} | {} | {} | {} | {} | {} | lead {} | by_delegation {} | opinions {:?} | negative {:?}",
            x.id, d.title, d.basis, d.ask, d.measures, s.category_name(d.category), s.kind(x).label(),
            s.session_name(d.session), s.deputy_name(d.lead_deputy), d.by_delegation, d.opinions, d.negative_confirmed
        )
        .unwrap();
        writeln!(
            o,
            "  stage {} created {} updated {} revision {} submitted {:?} path {:?}",
            s.stage(x.id).describe(),
            x.created_on,
            x.updated_on,
            x.revision,
            file.map(|f| f.submitted_on),
            file.map_or(Vec::new(), |f| f
                .path
                .iter()
                .map(|p| p.label())
                .collect::<Vec<_>>())
        )
        .unwrap();
        for c in &x.cosigners {
            let (confirmed, voided) = match x.signature(c) {
                Signature::Pending => (None, None),
                Signature::Confirmed(k) => (Some((k.on, k.how.label(), k.revision)), None),
                Signature::Voided { on } => (None, Some(on)),
            };
            writeln!(
                o,
                "  cosigner {} named {} confirmed {:?} voided {:?} seen {:?}",
                s.deputy_name(c.deputy),
                c.named_on,
                confirmed,
                voided,
                c.seen_revision
            )
            .unwrap();
        }
        for t in file.map_or(&[][..], |f| &f.trail[..]) {
            writeln!(
                o,
                "  trail {} {} {} {} {}",
                t.step.label(),
                t.action.label(),
                t.comment,
                t.on,
                t.by
            )
            .unwrap();
        }
        for r in &x.revisions {
            writeln!(
                o,
                "  revision {} {} before {}",
                r.revision, r.on, r.before.title
            )
            .unwrap();
        }
        writeln!(
            o,
            "  number {:?} merged_from {:?} not_accepted {}",
            s.number_label(x),
            s.merged_into(x),
            file.map_or("", |f| f.not_accepted_reason.as_str())
        )
        .unwrap();
        writeln!(
            o,
            "  proposers {:?} key {}",
            s.proposers(x)
                .iter()
                .map(|d| s.deputy_name(*d))
                .collect::<Vec<_>>(),
            s.key_candidate(x)
        )
        .unwrap();
    }
    writeln!(
        o,
        "conflicts {} unknown {}",
        s.conflicts.len(),
        s.unknown.len()
    )
    .unwrap();
    o
}

fn check(name: &str) {
    let state = fold_stored(&format!("tests/fixtures/{name}.v1.json"));
    let expected = std::fs::read_to_string(format!("tests/fixtures/{name}.v1.digest.txt")).unwrap();
    let got = digest(&state);
    if got != expected {
        for (i, (a, b)) in expected.lines().zip(got.lines()).enumerate() {
            if a != b {
                panic!("line {}:\n format 1: {a}\n today:    {b}", i + 1);
            }
        }
        panic!(
            "the digests differ in length: {} vs {} lines",
            expected.lines().count(),
            got.lines().count()
        );
    }
}

#[test]
fn the_demo_county_stored_by_format_1_folds_to_the_same_state() {
    check("demo-county");
}

#[test]
fn every_kind_of_format_1_event_folds_to_the_same_state() {
    check("every-kind");
}
