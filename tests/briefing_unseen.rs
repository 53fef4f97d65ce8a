//! A briefing the analysis was not written against, end to end through the real binary: three
//! outlets' accounts of one earthquake in three formats (Markdown with front matter, an HTML page
//! with navigation and a related-links footer, a JSON object), loaded from a folder and reported
//! as JSON. Planted: five disagreements, agreements stated in different words and precisions, and
//! traps (a rescue date beside the quake date, a currency conversion, a threshold "above
//! magnitude 4", an older disaster's toll).

use assert_cmd::Command;
use serde_json::Value;

const ANATOLIA: &str = r##"---
title: Strong earthquake strikes southern Turkey, dozens dead
outlet: Anatolia Wire
date: 2026-03-04
---
ANKARA, March 4 (Anatolia Wire) – A magnitude 6.4 earthquake struck Hatay province in southern Turkey on Tuesday, killing at least 41 people and injuring 320, the Disaster and Emergency Management Authority (AFAD) said.

The quake hit at a depth of 10 km near the town of Defne at 8:04 p.m. local time, AFAD said. Interior Minister Ali Yerlikaya said 18 buildings had collapsed and rescue teams were searching the rubble.

President Recep Tayyip Erdogan said the government would provide 2 billion lira in emergency aid. Erdogan will visit the region on Thursday.

The region was devastated by twin earthquakes in February 2023 that killed more than 50,000 people in Turkey and Syria.
"##;

const GLOBAL: &str = r##"<html><head><title>Turkey quake: death toll rises to 47 | Global Times Online</title>
<meta property="og:site_name" content="Global Times Online"><meta property="article:published_time" content="2026-03-05T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Turkey quake: death toll rises to 47</h1>
<p>Rescuers in southern Turkey pulled survivors from collapsed buildings on Wednesday after a 6.3-magnitude earthquake killed 47 people in Hatay province, officials said.</p>
<p>Turkey's disaster agency AFAD said 389 people were injured and 23 buildings collapsed. The quake struck at a depth of 7 kilometres on Monday evening.</p>
<p>President Erdogan pledged 2 billion lira ($55 million) in aid. Interior Minister Ali Yerlikaya said about 1,500 rescuers had been deployed.</p>
<p>In February 2023, earthquakes killed more than 53,000 people in Turkey.</p></article>
<footer>Related stories: <a href="#">Quake hits Greece</a> <a href="#">Markets fall</a></footer></body></html>
"##;

const MERIDIAN: &str = r##"{"title":"Hatay earthquake: what we know","source":"Daily Meridian","published":"2026-03-05","text":"A 6.4 magnitude earthquake hit Hatay province on March 3, killing 47 people. More than 380 people were injured, according to the Disaster and Emergency Management Authority. Turkish President Recep Tayyip Erdoğan is due to visit the area on Thursday. Around 1,500 search and rescue workers are at the scene. The earthquake was felt in Syria and Lebanon. Three aftershocks above magnitude 4 followed within an hour."}
"##;

fn report() -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in [("a.md", ANATOLIA), ("b.html", GLOBAL), ("c.json", MERIDIAN)] {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["report", "--format", "json"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Each claim as (topic, verdict, the normalised values in source order).
fn claims(v: &Value) -> Vec<(String, String, Vec<String>)> {
    v["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|c| {
            let values = c["statements"]
                .as_array()
                .expect("statements")
                .iter()
                .map(|s| s["normalized"].as_str().unwrap_or_default().to_string())
                .collect();
            (
                c["topic"].as_str().unwrap_or_default().to_string(),
                c["verdict"].as_str().unwrap_or_default().to_string(),
                values,
            )
        })
        .collect()
}

/// The one claim holding all of `values`.
fn holding<'a>(
    all: &'a [(String, String, Vec<String>)],
    values: &[&str],
) -> &'a (String, String, Vec<String>) {
    let found: Vec<_> = all
        .iter()
        .filter(|(_, _, vs)| values.iter().all(|want| vs.iter().any(|v| v == want)))
        .collect();
    assert_eq!(found.len(), 1, "claims holding {values:?}: {all:#?}");
    found[0]
}

#[test]
fn sources_load_with_their_metadata() {
    let v = report();
    let outlets: Vec<&str> = v["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["outlet"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        outlets,
        ["Anatolia Wire", "Global Times Online", "Daily Meridian"]
    );
    let text = v.to_string();
    assert!(
        !text.contains("Related stories"),
        "footer links leaked into the text"
    );
}

#[test]
fn planted_disagreements_and_agreements() {
    let v = report();
    let all = claims(&v);
    let verdict = |values: &[&str]| holding(&all, values).1.clone();
    // Disagreements: magnitude, quake date (Tuesday = March 3 against Monday), injured, depth,
    // collapsed buildings.
    assert_eq!(verdict(&["6.4", "6.3"]), "disagree");
    assert_eq!(verdict(&["2026-03-03", "2026-03-02"]), "disagree");
    assert_eq!(verdict(&["320", "389"]), "disagree");
    assert_eq!(verdict(&["10 km", "7 km"]), "disagree");
    assert_eq!(verdict(&["18", "23"]), "disagree");
    // "at least 41" beside 47: the hedge lets both be true, but a reader sees two tolls (an early
    // and a later count), so they disagree, and the report says the figures differ only within hedges.
    assert_eq!(verdict(&["41", "47"]), "disagree");
    // Agreements: the same aid in lira; about / around 1,500 rescuers.
    assert_eq!(verdict(&["TRY 2000000000"]), "agree");
    assert_eq!(verdict(&["1500"]), "agree");
    // Traps: the rescue on Wednesday is not the quake's date; the 2023 toll is its own claim.
    let wednesday = holding(&all, &["2026-03-04"]);
    assert_ne!(
        wednesday.2.iter().filter(|v| *v == "2026-03-02").count(),
        1,
        "{wednesday:?}"
    );
    let old = holding(&all, &["50000"]);
    assert!(!old.2.iter().any(|v| v == "47"), "{old:?}");
    let disagreements = all.iter().filter(|(_, v, _)| v == "disagree").count();
    // The five planted ones, and two told within hedges: "at least 41" against 47, and the 2023
    // quakes' "more than 50,000" against "more than 53,000" (two floors, two figures).
    assert_eq!(disagreements, 7, "{all:#?}");
}

#[test]
fn entities_merge_and_take_their_kinds() {
    let v = report();
    let entities = v["entities"].as_array().expect("entities");
    let find = |name: &str| {
        entities
            .iter()
            .find(|e| {
                e["name"] == name
                    || e["aliases"]
                        .as_array()
                        .is_some_and(|a| a.iter().any(|x| x == name))
            })
            .unwrap_or_else(|| panic!("no {name} in {entities:#?}"))
    };
    let kind = |name: &str| find(name)["kind"].as_str().unwrap_or_default().to_string();
    assert_eq!(kind("Hatay"), "place");
    assert_eq!(kind("Defne"), "place");
    assert_eq!(
        kind("Disaster and Emergency Management Authority"),
        "organisation"
    );
    assert_eq!(
        find("AFAD")["name"],
        "Disaster and Emergency Management Authority"
    );
    assert_eq!(kind("Recep Tayyip Erdogan"), "person");
    // "Erdogan", "President Erdogan" and "Recep Tayyip Erdoğan" with its diacritic are one person,
    // named by all three outlets.
    let erdogan = find("Recep Tayyip Erdoğan");
    assert_eq!(erdogan["name"], "Recep Tayyip Erdogan");
    let sources: std::collections::BTreeSet<&str> = erdogan["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter_map(|m| m["source"].as_str())
        .collect();
    assert_eq!(sources.len(), 3, "{erdogan}");
    assert!(!entities.iter().any(|e| e["name"] == "Disaster"), "{entities:#?}");
}
