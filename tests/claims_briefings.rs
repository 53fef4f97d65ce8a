//! Claims on small briefings written here (not the seeds): planted agreements and disagreements,
//! and traps — the same number meaning different things, one figure at two precisions, a hedged
//! figure, a source repeating itself — run through the whole analysis.

use chrono::NaiveDate;
use parallax::analysis::{Analysis, Options};
use parallax::claims::{Claim, Verdict};
use parallax::ingest::{Briefing, Source};
use parallax::values::ValueKind;

fn source(id: &str, published: (i32, u32, u32), text: &str) -> Source {
    let first_line = text.find('\n').unwrap_or(text.len());
    Source {
        title: Some(text[..first_line].into()),
        published: NaiveDate::from_ymd_opt(published.0, published.1, published.2),
        headline: Some(0..first_line),
        body: std::iter::once(first_line..text.len()).collect(),
        ..Source::from_text(id, text)
    }
}

fn run(sources: Vec<Source>) -> Analysis {
    let briefing = Briefing {
        name: "test briefing".into(),
        sources,
    };
    Analysis::run(briefing, &Options::default())
}

fn with_value<'a>(a: &'a Analysis, kind: ValueKind, normalized: &str) -> Vec<&'a Claim> {
    a.claims
        .iter()
        .filter(|c| c.kind == kind && c.statements.iter().any(|s| s.value.normalized == normalized))
        .collect()
}

/// `found` is one claim, with `verdict` and these normalised values in statement order.
fn one(a: &Analysis, found: &[&Claim], verdict: Verdict, values: &[&str]) {
    assert_eq!(found.len(), 1, "{:#?}", a.claims);
    assert_eq!(found[0].verdict, verdict, "{:#?}", found[0]);
    assert_eq!(normalized(found[0]), values, "{:#?}", found[0]);
}

fn normalized(c: &Claim) -> Vec<&str> {
    c.statements.iter().map(|s| s.value.normalized.as_str()).collect()
}

fn quake() -> Analysis {
    run(vec![
        source(
            "wire",
            (2026, 3, 10),
            "Strong quake hits Sumatra\n\
             A 6.1 magnitude earthquake struck off the coast of Sumatra on Monday, killing at least 24 people, officials said. \
             The quake hit at a depth of 10 km. \
             About 1,500 houses were damaged, the disaster agency said. \
             Rescuers said at least 24 people were killed.",
        ),
        source(
            "daily",
            (2026, 3, 10),
            "Sumatra quake toll rises\n\
             The 6.1-magnitude quake struck on March 9 and killed 31 people. \
             More than 1,400 homes were damaged. \
             It was the third strong earthquake in the region this year. \
             The town of Padang has 31 schools.",
        ),
        source(
            "weekly",
            (2026, 3, 11),
            "Earthquake in Sumatra\n\
             A 6.4 magnitude earthquake struck Sumatra on Sunday, killing 24 people and injuring 200. \
             Officials said 1,500 houses were damaged. \
             Palm oil exports fell 3% in February.",
        ),
    ])
}

#[test]
fn planted_disagreements_are_found() {
    let a = quake();
    // Death toll: 31 against 24 (the wire's "at least 24" fits both, the other two do not fit together).
    let toll = with_value(&a, ValueKind::Count, "31");
    let toll: Vec<&Claim> = toll.into_iter().filter(|c| c.topic.contains("killed")).collect();
    assert_eq!(toll.len(), 1, "{:#?}", a.claims);
    assert_eq!(toll[0].verdict, Verdict::Disagree);
    assert_eq!(toll[0].statements.len(), 3);
    // Magnitude: 6.1 against 6.4.
    let magnitude = with_value(&a, ValueKind::Quantity, "6.4");
    assert_eq!(magnitude.len(), 1);
    assert_eq!(magnitude[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(magnitude[0]), ["6.1", "6.1", "6.4"]);
    // Date: "Monday" in a Tuesday paper and "March 9" are the 9th; "Sunday" in a Wednesday paper is the 8th.
    let date = with_value(&a, ValueKind::Date, "2026-03-08");
    one(
        &a,
        &date,
        Verdict::Disagree,
        &["2026-03-09", "2026-03-09", "2026-03-08"],
    );
}

#[test]
fn hedged_and_rounded_figures_agree() {
    let a = quake();
    // "About 1,500", "more than 1,400" and "1,500" houses/homes damaged fit together.
    let houses = with_value(&a, ValueKind::Count, "1400");
    assert_eq!(houses.len(), 1, "{:#?}", a.claims);
    assert_eq!(houses[0].verdict, Verdict::Agree);
    assert_eq!(houses[0].statements.len(), 3);
}

#[test]
fn traps_stay_apart() {
    let a = quake();
    // 31 schools is not the death toll of 31.
    let schools: Vec<&Claim> = with_value(&a, ValueKind::Count, "31")
        .into_iter()
        .filter(|c| c.statements.iter().any(|s| s.measure.contains("school")))
        .collect();
    assert_eq!(schools.len(), 1, "{:#?}", a.claims);
    assert_eq!(schools[0].verdict, Verdict::Single);
    // The wire repeats "at least 24" killed: one statement, not agreement with itself.
    let wire_statements = a
        .claims
        .iter()
        .flat_map(|c| &c.statements)
        .filter(|s| s.value.source == 0 && s.value.normalized == "24")
        .count();
    assert_eq!(wire_statements, 1);
    // The injured are not the killed; the ordinal and the exports stand alone.
    for (kind, value) in [
        (ValueKind::Count, "200"),
        (ValueKind::Ordinal, "3"),
        (ValueKind::Percent, "3%"),
    ] {
        let c = with_value(&a, kind, value);
        assert_eq!(c.len(), 1, "{value}: {:#?}", a.claims);
        assert_eq!(c[0].verdict, Verdict::Single, "{value}");
    }
    let disagreements = a.claims.iter().filter(|c| c.verdict == Verdict::Disagree).count();
    assert_eq!(disagreements, 3, "{:#?}", a.claims);
}

#[test]
fn nothing_to_claim_in_text_without_figures() {
    let a = run(vec![
        source(
            "a",
            (2026, 1, 1),
            "Quiet day\nNothing happened in the city today.",
        ),
        source("b", (2026, 1, 1), "Calm\nThe mayor spoke about parks."),
    ]);
    assert!(a.claims.is_empty(), "{:#?}", a.claims);
}

#[test]
fn election_percentages() {
    let a = run(vec![
        source(
            "a",
            (2026, 5, 4),
            "Election results\nCandidate Rivera won 52.3% of the vote, officials said. Turnout was 61%. \
             The campaign cost €110bn, critics said.",
        ),
        source(
            "b",
            (2026, 5, 4),
            "Rivera wins\nRivera took 52% of the vote. Turnout reached 58 percent, the commission said.",
        ),
        source(
            "c",
            (2026, 5, 5),
            "Vote count\nRivera won about 52 percent of the vote. Turnout was 61 percent.",
        ),
    ]);
    // 52.3%, 52% and "about 52 percent" are one figure at three precisions.
    let share = with_value(&a, ValueKind::Percent, "52.3%");
    one(&a, &share, Verdict::Agree, &["52.3%", "52%", "52%"]);
    // Turnout: 61% against 58%.
    let turnout = with_value(&a, ValueKind::Percent, "58%");
    assert_eq!(turnout.len(), 1);
    assert_eq!(turnout[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(turnout[0]), ["61%", "58%", "61%"]);
    let money = with_value(&a, ValueKind::Money, "EUR 110000000000");
    assert_eq!(money.len(), 1);
    assert_eq!(money[0].verdict, Verdict::Single);
    let disagreements = a.claims.iter().filter(|c| c.verdict == Verdict::Disagree).count();
    assert_eq!(disagreements, 1, "{:#?}", a.claims);
}

#[test]
fn odd_articles_do_not_panic() {
    let texts = [
        "“Quotes” — dashes – and ‘more’\n3 of 4, then 5 — killed; 1,2 Tuesday, Jan. 32, 2026 $ % km",
        "数字\n東京で 12 人が死亡。 More than killed 7 at least.",
        "x\n, which 4 , who 5 were killed , where on Monday 6 died",
        "Only a headline with 24 dead",
    ];
    let sources: Vec<Source> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| source(&format!("odd{i}"), (2026, 1, 14), t))
        .collect();
    let a = run(sources);
    for c in &a.claims {
        for s in &c.statements {
            let text = &a.briefing.sources[s.value.source].text;
            assert!(text.get(s.value.span.clone()).is_some());
        }
    }
}

#[test]
fn flood_tolls_and_dates_of_telling() {
    let a = run(vec![
        source(
            "a",
            (2024, 5, 3),
            "Floods kill 41 in southern Brazil\nHeavy rains have killed at least 41 people in Rio Grande do Sul \
             state, officials said on Friday, and 46 others are missing. The federal government pledged \
             1 billion reais in aid.",
        ),
        source(
            "b",
            (2024, 5, 3),
            "Brazil flood death toll rises to 39\nThe death toll from floods in Rio Grande do Sul rose to 39 \
             on Friday, with 68 people missing, the civil defence agency said. President Lula visited the \
             region on Thursday.",
        ),
        source(
            "c",
            (2024, 5, 4),
            "Rains in southern Brazil\nAt least 37 people died and 74 were injured in floods in Rio Grande do \
             Sul, officials said Thursday. Lula visited the state on Thursday.",
        ),
    ]);
    // The headline's "41" and the body's "at least 41" are one statement, the hedged one.
    let toll = with_value(&a, ValueKind::Count, "39");
    let toll: Vec<&Claim> = toll.into_iter().filter(|c| c.topic.contains("killed")).collect();
    one(&a, &toll, Verdict::Disagree, &["41", "39", "37"]);
    assert!(toll[0].statements[0].value.qualifier.is_some());
    // 46 then 68 missing: an updated figure, still a disagreement between the outlets.
    let missing = with_value(&a, ValueKind::Count, "68");
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].verdict, Verdict::Disagree);
    // "officials said on Friday" / "said Thursday" date the telling, not the floods.
    assert!(
        a.claims
            .iter()
            .filter(|c| c.kind == ValueKind::Date)
            .all(|c| c.verdict != Verdict::Disagree),
        "{:#?}",
        a.claims
    );
    let visit = with_value(&a, ValueKind::Date, "2024-05-02");
    assert_eq!(visit.len(), 1);
    assert_eq!(visit[0].verdict, Verdict::Agree);
    let aid = with_value(&a, ValueKind::Money, "BRL 1000000000");
    assert_eq!(aid.len(), 1);
}

/// "Last year" is a whole year placed by the publication date: it fits any month a meeting was held
/// in, so it never makes an agreement (or a claim) of its own; a stated month or day does.
#[test]
fn a_relative_year_is_too_weak_to_agree() {
    let a = run(vec![
        source(
            "wire",
            (2026, 1, 14),
            "Leaders meet again\n\
             Their second meeting took place at the summit in Lima in November 2025. \
             The leaders will meet again in March.",
        ),
        source(
            "daily",
            (2026, 1, 14),
            "Drums at the banquet\n\
             The president had told her at their meeting last year that he wanted to play drums.",
        ),
        source(
            "weekly",
            (2026, 1, 12),
            "A second summit\n\
             The two held a summit in Lima in November 2025, their second meeting.",
        ),
    ]);
    let year = with_value(&a, ValueKind::Date, "2025");
    assert!(year.is_empty(), "{:#?}", a.claims);
    let november = with_value(&a, ValueKind::Date, "2025-11");
    one(&a, &november, Verdict::Agree, &["2025-11", "2025-11"]);
}

/// Seats, vote shares and turnout: each party's share is tied to the party, a past turnout and a
/// majority threshold are not this election's figures.
#[test]
fn election_shares_seats_and_turnout() {
    let a = run(vec![
        source(
            "courier",
            (2026, 6, 8),
            "Labour Alliance wins Valmora election\n\
             The Labour Alliance won 148 of the 300 seats in Sunday's parliamentary election in Valmora, the \
             electoral commission said on Monday. The party took 41.2% of the vote. The Conservative Bloc won \
             96 seats with 31% of the vote. Turnout was 67.4%, up from 61% in 2022.",
        ),
        source(
            "post",
            (2026, 6, 8),
            "Valmora vote: Alliance short of majority\n\
             The Labour Alliance took about 41 percent of the vote and 151 seats in Sunday's election, falling \
             short of the 151 needed for a majority. The Conservative Bloc finished second with 96 seats. \
             About 4.2 million people voted, a turnout of 67 percent.",
        ),
        source(
            "daily",
            (2026, 6, 9),
            "Ruiz claims victory in Valmora\n\
             Ana Ruiz's Labour Alliance won 148 seats in the 300-seat parliament in the June 7 election. The \
             Alliance received 41% of votes, while the Conservative Bloc got 29.8%. Turnout reached 64%, the \
             commission said.",
        ),
    ]);
    // The winner's share at three precisions, one hedged: agree.
    let winner = with_value(&a, ValueKind::Percent, "41.2%");
    one(&a, &winner, Verdict::Agree, &["41.2%", "41%", "41%"]);
    // The runner-up's share: 31% against 29.8%, not lined up with the winner's 41.2%.
    let second = with_value(&a, ValueKind::Percent, "29.8%");
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(second[0]), ["31%", "29.8%"]);
    // Turnout 67.4 / 67 / 64: disagree; the 61% of 2022 stays out.
    let turnout = with_value(&a, ValueKind::Percent, "64%");
    assert_eq!(turnout.len(), 1);
    assert_eq!(turnout[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(turnout[0]), ["67.4%", "67%", "64%"]);
    // "148 of the 300 seats" counts seats: 148 against 151 for the same party; the 151 needed for
    // a majority is not the 151 won, and the other party's 96 seats agree apart.
    let seats = with_value(&a, ValueKind::Count, "148");
    one(&a, &seats, Verdict::Disagree, &["148", "151", "148"]);
    let needed: Vec<&Claim> = with_value(&a, ValueKind::Count, "151")
        .into_iter()
        .filter(|c| c.statements.iter().any(|s| s.measure.contains("needed")))
        .collect();
    assert_eq!(needed.len(), 1, "{:#?}", a.claims);
    assert_eq!(needed[0].verdict, Verdict::Single);
    let runner_up = with_value(&a, ValueKind::Count, "96");
    assert_eq!(runner_up.len(), 1);
    assert_eq!(runner_up[0].verdict, Verdict::Agree);
    let date = with_value(&a, ValueKind::Date, "2026-06-07");
    assert_eq!(date.len(), 1);
    assert_eq!(date[0].verdict, Verdict::Agree);
}

/// Earnings: revenue at three precisions, a forecast that is not a result, net income as profit,
/// a share-price change equal to a revenue change, and quarters that are periods, not ordinals.
#[test]
fn earnings_revenue_profit_and_changes() {
    let a = run(vec![
        source(
            "wire",
            (2026, 4, 24),
            "Norvik Systems profit jumps on cloud demand\n\
             Norvik Systems reported first-quarter revenue of $12.4 billion on Thursday, up 18% from a year \
             earlier. Net profit rose 25% to $2.1 billion. The company employs 52,000 people and will cut 1,200 \
             jobs.",
        ),
        source(
            "today",
            (2026, 4, 24),
            "Norvik beats forecasts\n\
             Norvik Systems said revenue in the first quarter rose 17% to $12.38 billion. Net income climbed to \
             $2.4 billion. The group plans to cut about 1,200 jobs, it said. Analysts had expected revenue of \
             $12.1 billion.",
        ),
        source(
            "ledger",
            (2026, 4, 25),
            "Norvik results\n\
             Revenue at Norvik Systems reached about $12 billion in the quarter ended March 31, the company \
             said. Profit rose 25%. Norvik has 52,000 employees. The shares gained 18% this year.",
        ),
    ]);
    let revenue = with_value(&a, ValueKind::Money, "USD 12380000000");
    assert_eq!(revenue.len(), 1, "{:#?}", a.claims);
    assert_eq!(revenue[0].verdict, Verdict::Agree);
    assert_eq!(revenue[0].statements.len(), 3);
    let forecast = with_value(&a, ValueKind::Money, "USD 12100000000");
    assert_eq!(forecast.len(), 1);
    assert_eq!(forecast[0].verdict, Verdict::Single);
    // Net profit $2.1 billion against net income $2.4 billion.
    let profit = with_value(&a, ValueKind::Money, "USD 2400000000");
    assert_eq!(profit.len(), 1);
    assert_eq!(profit[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(profit[0]), ["USD 2100000000", "USD 2400000000"]);
    // Revenue growth 18% against 17%; the shares' 18% is another measure.
    let growth = with_value(&a, ValueKind::Percent, "17%");
    assert_eq!(growth.len(), 1);
    assert_eq!(growth[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(growth[0]), ["18%", "17%"]);
    let profit_growth = with_value(&a, ValueKind::Percent, "25%");
    assert_eq!(profit_growth.len(), 1);
    assert_eq!(profit_growth[0].verdict, Verdict::Agree);
    // "employs 52,000 people" and "has 52,000 employees" are one staff figure.
    let staff = with_value(&a, ValueKind::Count, "52000");
    assert_eq!(staff.len(), 1, "{:#?}", a.claims);
    assert_eq!(staff[0].verdict, Verdict::Agree);
    let jobs = with_value(&a, ValueKind::Count, "1200");
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].verdict, Verdict::Agree);
    assert!(
        a.claims.iter().all(|c| c.kind != ValueKind::Ordinal),
        "{:#?}",
        a.claims
    );
}

/// Vote shares written without "vote" ("came second with 24.5%", "slumped to 17.9%", "secured 24.5
/// percent") are each tied to the party in their clause: the same party's 31.2% against 31.4%
/// disagrees, equal shares agree, and two parties' shares never meet.
#[test]
fn vote_shares_without_the_word_vote() {
    let a = run(vec![
        source(
            "wire",
            (2026, 9, 14),
            "Centre-right bloc wins Norland vote\n\
             The People's Alliance of Erik Dahl won Sunday's parliamentary election in Norland with 31.2 percent, \
             the electoral board said. The Progress Party, led by Maria Holm, came second with 24.5%. The Labour \
             Party slumped to 22.9%, its worst result in decades.",
        ),
        source(
            "daily",
            (2026, 9, 14),
            "Dahl claims victory as Progress Party surges\n\
             Erik Dahl's People's Alliance took 31.4 percent in Norland on Sunday. Maria Holm's Progress Party \
             secured 24.5 percent, while the Labour Party got 22.9 percent. Turnout was 71 percent.",
        ),
    ]);
    let winner = with_value(&a, ValueKind::Percent, "31.2%");
    one(&a, &winner, Verdict::Disagree, &["31.2%", "31.4%"]);
    // 24.5 and 22.9 are a few points apart, but two parties' shares: each agrees on its own.
    // Each is named by its party.
    for (share, party) in [("24.5%", "Progress Party"), ("22.9%", "Labour Party")] {
        let c = with_value(&a, ValueKind::Percent, share);
        assert_eq!(c.len(), 1, "{share}: {:#?}", a.claims);
        assert_eq!(c[0].verdict, Verdict::Agree, "{share}");
        assert_eq!(normalized(c[0]), [share, share]);
        assert!(c[0].topic.ends_with(party), "{share}: {}", c[0].topic);
    }
}

/// A company's stock moves ("shares rose 4% in extended trading", "The stock … rose 2% after hours")
/// are one figure; an index's move is not the company's; a market value lost is its own measure;
/// a forecast told by the finance chief is the company's, not hers.
#[test]
fn stock_moves_market_value_and_forecasts() {
    let a = run(vec![
        source(
            "wire",
            (2026, 5, 20),
            "Orbitel beats forecasts\n\
             Orbitel Inc reported quarterly revenue of $12.1 billion on Tuesday. Chief Financial Officer Dana \
             Reyes told analysts that the company expected revenue of $13 billion next quarter. Orbitel shares \
             rose 4% in extended trading.",
        ),
        source(
            "journal",
            (2026, 5, 20),
            "Orbitel revenue climbs\n\
             Orbitel said its quarterly revenue reached $12.1 billion. CFO Reyes forecast revenue of about $13 \
             billion for the current quarter. The stock, which lost about $200 billion in market value last \
             year, rose 2% after hours. The Nasdaq Composite closed down 2%.",
        ),
    ]);
    let shares: Vec<&Claim> = a
        .claims
        .iter()
        .filter(|c| c.statements.iter().any(|s| s.value.normalized == "4%"))
        .collect();
    one(&a, &shares, Verdict::Disagree, &["4%", "2%"]);
    assert!(shares[0].topic.starts_with("shares"), "{}", shares[0].topic);
    // The index's 2% stands alone, though the stock also rose 2%.
    let index: Vec<&Claim> = a.claims.iter().filter(|c| c.topic.starts_with("index")).collect();
    assert_eq!(index.len(), 1, "{:#?}", a.claims);
    assert_eq!(index[0].verdict, Verdict::Single);
    let value = with_value(&a, ValueKind::Money, "USD 200000000000");
    assert_eq!(value.len(), 1);
    assert!(value[0].topic.starts_with("market value"), "{}", value[0].topic);
    let forecast = with_value(&a, ValueKind::Money, "USD 13000000000");
    assert_eq!(forecast.len(), 1);
    assert_eq!(forecast[0].verdict, Verdict::Agree);
    assert!(!forecast[0].topic.contains("Reyes"), "{}", forecast[0].topic);
}

/// A seat list without verbs ("the Labour Party 120 and Greens 85") counts each party's seats:
/// the same party's 120 against 118 disagrees, another party's 85 stays apart.
#[test]
fn seat_lists_without_verbs() {
    let a = run(vec![
        source(
            "wire",
            (2026, 9, 15),
            "Norland seats allocated\n\
             The People's Alliance will have 152 seats, the Labour Party 120, the Progress Party 85 and Die \
             Linke 64.",
        ),
        source(
            "daily",
            (2026, 9, 15),
            "Norland parliament takes shape\n\
             The Labour Party won 118 seats in Sunday's election. The Progress Party won 85 seats.",
        ),
    ]);
    let labour = with_value(&a, ValueKind::Count, "120");
    one(&a, &labour, Verdict::Disagree, &["120", "118"]);
    let progress = with_value(&a, ValueKind::Count, "85");
    one(&a, &progress, Verdict::Agree, &["85", "85"]);
    // "Die" in a party's name is no verb: nothing here counts people killed.
    assert!(
        a.claims.iter().all(|c| !c.topic.contains("killed")),
        "{:#?}",
        a.claims
    );
}

fn trial() -> Analysis {
    run(vec![
        source(
            "tribune",
            (2026, 2, 3),
            "Ex-mayor jailed for 9 years over kickbacks\n\
             A Lisbon court on Tuesday sentenced former mayor Rui Costa to 9 years in prison for taking \
             bribes worth 4.5 million euros from developers. \
             The court also fined Costa 800,000 euros. Prosecutors had sought 11 years. \
             Costa, 58, lived in the city for 30 years and served as mayor from 2013 to 2021.",
        ),
        source(
            "herald",
            (2026, 2, 4),
            "Former mayor gets 7 years\n\
             A Portuguese court sentenced Rui Costa, a former mayor, to 7 years in prison on Tuesday after \
             finding him guilty of accepting 4.5 million euros ($4.9 million) in bribes. \
             The judge ordered him to pay a fine of 800,000 euros. \
             Prosecutors had demanded an 11-year term. His lawyer said he would appeal within 30 days.",
        ),
        source(
            "post",
            (2026, 2, 4),
            "Costa verdict\n\
             Rui Costa was sentenced to nine years in prison. \
             He had spent 30 days in jail before the trial, when bail was set at 200,000 euros.",
        ),
    ])
}

fn by_topic<'a>(a: &'a Analysis, kind: ValueKind, topic: &str) -> Vec<&'a Claim> {
    a.claims
        .iter()
        .filter(|c| c.kind == kind && c.topic.starts_with(topic))
        .collect()
}

#[test]
fn court_terms_are_measured_by_their_predicate() {
    let a = trial();
    // The terms imposed disagree (9 against 7 years), the terms sought agree, and the two never meet.
    let imposed = by_topic(&a, ValueKind::Quantity, "prison term");
    assert_eq!(imposed.len(), 1, "{:#?}", a.claims);
    assert_eq!(imposed[0].verdict, Verdict::Disagree);
    let mut got = normalized(imposed[0]);
    got.sort_unstable();
    assert_eq!(got, ["7 yr", "9 yr", "9 yr"], "{:#?}", imposed[0]);
    let sought = by_topic(&a, ValueKind::Quantity, "term sought");
    one(&a, &sought, Verdict::Agree, &["11 yr", "11 yr"]);
    // Years lived in the city, days in jail before trial, days to appeal, a term of office and an
    // age are no terms: these two are the only terms stated, and the 30 years lived in the city
    // are at most a bare length of time.
    let terms = a
        .claims
        .iter()
        .filter(|c| c.kind == ValueKind::Quantity && c.topic.contains("term"))
        .count();
    assert_eq!(terms, 2, "{:#?}", a.claims);
    for c in a
        .claims
        .iter()
        .filter(|c| c.kind == ValueKind::Quantity && !c.topic.contains("term"))
    {
        assert!(c.topic.starts_with("length"), "{c:#?}");
        assert!(
            c.statements.iter().all(|s| s.value.normalized == "30 yr"),
            "{c:#?}"
        );
    }
}

#[test]
fn the_day_of_a_sentence_is_an_event_date() {
    // "on Tuesday" beside "sentenced", in a story of Feb. 3 and one of Feb. 4: both Feb. 3.
    let a = trial();
    let day = by_topic(&a, ValueKind::Date, "verdict date");
    one(&a, &day, Verdict::Agree, &["2026-02-03", "2026-02-03"]);
}

#[test]
fn court_sums_are_measured_by_legal_nouns_and_verbs() {
    let a = trial();
    // "taking bribes worth" and "accepting … in bribes" are one claim; the dollar conversion is its own.
    let bribes = with_value(&a, ValueKind::Money, "EUR 4500000");
    assert_eq!(bribes.len(), 1, "{:#?}", a.claims);
    assert_eq!(bribes[0].verdict, Verdict::Agree);
    assert!(bribes[0].topic.starts_with("bribe"), "{}", bribes[0].topic);
    // "fined Costa 800,000 euros" (a verb and its object before the sum) and "a fine of 800,000 euros".
    let fine = with_value(&a, ValueKind::Money, "EUR 800000");
    assert_eq!(fine.len(), 1, "{:#?}", a.claims);
    assert_eq!(fine[0].verdict, Verdict::Agree);
    assert_eq!(fine[0].statements.len(), 2);
    let bail = with_value(&a, ValueKind::Money, "EUR 200000");
    assert_eq!(bail.len(), 1, "{:#?}", a.claims);
    assert!(bail[0].topic.starts_with("bail"), "{}", bail[0].topic);
    assert_eq!(bail[0].verdict, Verdict::Single);
}

#[test]
fn a_suspended_term_is_not_a_prison_term() {
    let a = run(vec![
        source(
            "gazette",
            (2026, 6, 2),
            "Councillor spared jail\n\
             A court in Porto sentenced councillor Ana Lima to two years in prison, suspended for three \
             years, for falsifying invoices.",
        ),
        source(
            "courier",
            (2026, 6, 2),
            "Councillor sentenced\n\
             Ana Lima was sentenced to two years in prison for falsifying invoices.",
        ),
        source(
            "ledger",
            (2026, 6, 3),
            "Lima verdict\n\
             Ana Lima received a two-year suspended prison term on Monday.",
        ),
    ]);
    // The unsuspended term meets neither suspended one: one outlet says she goes to prison.
    let imposed = by_topic(&a, ValueKind::Quantity, "prison term");
    assert_eq!(imposed.len(), 1, "{:#?}", a.claims);
    assert_eq!(imposed[0].verdict, Verdict::Single);
    let suspended = by_topic(&a, ValueKind::Quantity, "suspended prison term");
    one(&a, &suspended, Verdict::Agree, &["2 yr", "2 yr"]);
    // The three years of suspension are no term.
    assert!(
        with_value(&a, ValueKind::Quantity, "3 yr").is_empty(),
        "{:#?}",
        a.claims
    );
}

#[test]
fn a_term_is_read_from_the_clause_after_it() {
    let a = run(vec![
        source(
            "wire",
            (2026, 6, 5),
            "Ex-minister jailed\n\
             Former minister Ivo Brandt was jailed for 12 years on Friday. \
             Prosecutors had sought 15 years.",
        ),
        source(
            "journal",
            (2026, 6, 5),
            "Brandt verdict\n\
             Ivo Brandt will appeal against the 10 years the court imposed on Friday, \
             well short of the 15 years prosecutors had demanded.",
        ),
    ]);
    let imposed = by_topic(&a, ValueKind::Quantity, "prison term");
    one(&a, &imposed, Verdict::Disagree, &["12 yr", "10 yr"]);
    let sought = by_topic(&a, ValueKind::Quantity, "term sought");
    one(&a, &sought, Verdict::Agree, &["15 yr", "15 yr"]);
}
