//! The team round: result files made with the app's own export from generated answers, loaded with the strict
//! import, merged. Statement ids come from the shipped content, never from the test.
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check::domain::answers::{Answer, Answers};
use arbeitgeber_check::domain::content::{Content, Statement};
use arbeitgeber_check::domain::export::{ImportError, export};
use arbeitgeber_check::domain::lang::Lang;
use arbeitgeber_check::domain::profile::Role;
use arbeitgeber_check::domain::saved::Saved;
use arbeitgeber_check::domain::scoring::score;
use arbeitgeber_check::domain::team::*;
use arbeitgeber_check::i18n::messages;
use proptest::prelude::*;

fn content() -> &'static Content {
    Content::shipped()
}

fn statements() -> Vec<&'static Statement> {
    content().statements().map(|(_, s)| s).collect()
}

/// A result file as the app exports it. `stamp` makes files of identical answers differ, like two real exports.
fn file(answers: &Answers, role: Option<Role>, stamp: usize) -> String {
    let mut saved = Saved::new();
    saved.answers = answers.clone();
    saved.profile.role = role;
    saved.profile.company_name = "Tischlerei Muster".into();
    export(&saved, Lang::De, &format!("2026-11-25T10:00:{:02}.000Z", stamp % 60))
}

fn load(files: &[(String, String)]) -> Loaded {
    load_files(files.iter().map(|(name, text)| (name.as_str(), text.as_bytes())), content())
}

fn files(people: &[(Answers, Option<Role>)]) -> Vec<(String, String)> {
    people.iter().enumerate().map(|(i, (a, role))| (format!("person-{i}.json"), file(a, *role, i))).collect()
}

fn all(answer: Answer) -> Answers {
    statements().iter().map(|s| (s.id.clone(), answer)).collect()
}

/// Any answer or none, for every shipped statement.
fn any_answers() -> impl Strategy<Value = Answers> {
    let answer = prop_oneof![Just(None), proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)];
    proptest::collection::vec(answer, statements().len())
        .prop_map(|values| statements().iter().zip(values).filter_map(|(s, a)| a.map(|a| (s.id.clone(), a))).collect())
}

fn any_person() -> impl Strategy<Value = (Answers, Option<Role>)> {
    (any_answers(), proptest::option::of(proptest::sample::select(Role::ALL.to_vec())))
}

/// Every team number that is shown, in a fixed order, for comparing two merges.
fn shown(result: &TeamResult<'_>) -> Vec<String> {
    let mut out = vec![format!("{:?}", result.overall), format!("{:?}", result.people), format!("{:?}", result.roles)];
    out.extend(result.fields.iter().map(|f| format!("{} {:?}", f.field.id, f.score)));
    out.extend(result.goals().map(|g| format!("{} {:?}", g.goal.id, g.score)));
    out.extend(result.divided.iter().map(|d| format!("{} {} {:?}", d.statement.id, d.steps, d.answers)));
    out.extend(result.talk_first.iter().map(|g| g.goal.id.clone()));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn merging_one_file_gives_that_files_scores((answers, role) in any_person()) {
        prop_assume!(!answers.is_empty());
        let loaded = load(&files(&[(answers.clone(), role)]));
        prop_assert_eq!(loaded.members.len(), 1);
        let team = merge(content(), &loaded.members);
        let own = score(content(), &answers);
        prop_assert_eq!(team.overall.score.value, own.overall.value);
        for (team_field, own_field) in team.fields.iter().zip(&own.fields) {
            prop_assert_eq!(team_field.score.score, own_field.score);
            for (team_goal, own_goal) in team_field.goals.iter().zip(&own_field.goals) {
                prop_assert_eq!(team_goal.score.score, own_goal.score);
                prop_assert_eq!(team_goal.score.spread(), own_goal.score.rounded().map(|_| 0));
            }
        }
        prop_assert!(team.divided.is_empty(), "one person never disagrees with themself");
    }

    #[test]
    fn merge_order_does_not_matter(people in proptest::collection::vec(any_person(), 2..6), seed in any::<u64>()) {
        let members: Vec<Member> = people.iter().map(|(answers, role)| Member { role: *role, answers: answers.clone() }).collect();
        let mut shuffled = members.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(shown(&merge(content(), &members)), shown(&merge(content(), &shuffled)));
    }

    #[test]
    fn a_person_who_finds_nothing_relevant_changes_no_team_score(people in proptest::collection::vec(any_person(), 1..4)) {
        let mut members: Vec<Member> = people.iter().map(|(answers, role)| Member { role: *role, answers: answers.clone() }).collect();
        let before = merge(content(), &members);
        members.push(Member { role: None, answers: all(Answer::NotRelevant) });
        let after = merge(content(), &members);
        prop_assert_eq!(before.overall.score.value, after.overall.score.value);
        for (b, a) in before.goals().zip(after.goals()) {
            prop_assert_eq!(b.score.score.value, a.score.score.value, "goal {}", b.goal.id);
            prop_assert_eq!(b.score.spread(), a.score.spread());
        }
        let ids = |r: &TeamResult<'_>| {
            r.divided.iter().filter(|d| d.steps >= DIVIDED_STEPS).map(|d| d.statement.id.clone()).collect::<Vec<_>>()
        };
        prop_assert_eq!(ids(&before), ids(&after));
    }

    #[test]
    fn the_spread_is_zero_when_all_answers_agree((answers, _) in any_person(), count in 2usize..6) {
        prop_assume!(!answers.is_empty());
        let people: Vec<(Answers, Option<Role>)> = (0..count).map(|_| (answers.clone(), None)).collect();
        let loaded = load(&files(&people));
        prop_assert_eq!(loaded.members.len(), count);
        let team = merge(content(), &loaded.members);
        prop_assert!(team.overall.spread().is_none_or(|s| s == 0));
        for goal in team.goals() {
            prop_assert!(goal.score.spread().is_none_or(|s| s == 0));
        }
        for field in &team.fields {
            prop_assert!(field.score.spread().is_none_or(|s| s == 0));
        }
        prop_assert!(team.divided.is_empty());
    }

    #[test]
    fn team_files_round_trip(people in proptest::collection::vec(any_person(), MIN_MEMBERS..8)) {
        let members: Vec<Member> = people.into_iter()
            .filter(|(answers, _)| !answers.is_empty())
            .map(|(answers, role)| Member { role, answers })
            .collect();
        prop_assume!(members.len() >= MIN_MEMBERS);
        let text = encode_team(&members, "Tischlerei Muster", "2026-11-25T10:00:00.000Z");
        let (decoded, firm) = decode_team(text.as_bytes(), content()).unwrap();
        prop_assert_eq!(&decoded, &members);
        prop_assert_eq!(firm, "Tischlerei Muster");
        prop_assert_eq!(shown(&merge(content(), &decoded)), shown(&merge(content(), &members)));
    }

    #[test]
    fn mutated_team_files_never_panic(position in any::<proptest::sample::Index>(), replacement in proptest::collection::vec(any::<u8>(), 0..8)) {
        let members = vec![
            Member { role: Some(Role::Staff), answers: all(Answer::Mostly) },
            Member { role: None, answers: all(Answer::NotTrue) },
        ];
        let mut bytes = encode_team(&members, "", "2026-11-25T10:00:00.000Z").into_bytes();
        let at = position.index(bytes.len());
        let end = (at + replacement.len()).min(bytes.len());
        bytes.splice(at..end, replacement);
        if let Ok((decoded, _)) = decode_team(&bytes, content()) {
            for member in &decoded {
                for (id, _) in member.answers.iter() {
                    prop_assert!(content().statement(id).is_some());
                }
            }
        }
    }
}

#[test]
fn nicht_relevant_is_not_a_low_answer() {
    let loaded = load(&files(&[(all(Answer::Fully), None), (all(Answer::NotRelevant), Some(Role::Staff))]));
    assert_eq!(loaded.members.len(), 2);
    let team = merge(content(), &loaded.members);
    assert_eq!(team.overall.score.value, Some(100.0), "counted as 0 it would be 50");
    assert_eq!(team.overall.scored, 1);
    // Listed as "nicht relevant" against "trifft voll zu", never as steps apart.
    assert!(team.divided.iter().all(|d| d.not_relevant_against && d.steps == 0));
    assert_eq!(team.divided.len(), statements().len());
}

#[test]
fn bad_files_are_named_with_a_reason_and_skipped() {
    let good = file(&all(Answer::Mostly), Some(Role::Lead), 1);
    let other = file(&all(Answer::RatherNot), None, 2);
    let mut unknown: serde_json::Value = serde_json::from_str(&good).unwrap();
    unknown["answers"]["no-such-statement"] = "fully".into();
    let mut too_new: serde_json::Value = serde_json::from_str(&good).unwrap();
    too_new["version"] = 99.into();
    let members =
        [Member { role: None, answers: all(Answer::Fully) }, Member { role: None, answers: all(Answer::NotTrue) }];
    let set: Vec<(String, String)> = vec![
        ("a.json".into(), good.clone()),
        ("kaputt.json".into(), "{\"format\": \"arbeitgeber-check-export\"".into()),
        ("b.json".into(), other),
        ("foto.json".into(), "[1, 2]".into()),
        ("a-kopie.json".into(), good),
        ("leer.json".into(), file(&Answers::new(), None, 3)),
        ("unbekannt.json".into(), unknown.to_string()),
        ("neu.json".into(), too_new.to_string()),
        ("team.json".into(), encode_team(&members, "", "2026-11-25T10:00:00.000Z")),
        ("nichts.json".into(), String::new()),
    ];
    let loaded = load(&set);
    assert_eq!(loaded.used, ["a.json", "b.json"]);
    assert_eq!(loaded.members.len(), 2);
    assert!(loaded.is_enough());
    let rejected: Vec<(&str, &Rejection)> = loaded.rejected.iter().map(|r| (r.file_name.as_str(), &r.reason)).collect();
    assert_eq!(
        rejected,
        [
            ("kaputt.json", &Rejection::Import(ImportError::NotJson)),
            ("foto.json", &Rejection::Import(ImportError::NotAnExport)),
            ("a-kopie.json", &Rejection::Duplicate { of: "a.json".into() }),
            ("leer.json", &Rejection::NoAnswers),
            ("unbekannt.json", &Rejection::Import(ImportError::UnknownStatements(vec!["no-such-statement".into()]))),
            ("neu.json", &Rejection::Import(ImportError::TooNew(99))),
            ("team.json", &Rejection::Import(ImportError::NotAnExport)),
            ("nichts.json", &Rejection::Import(ImportError::Empty)),
        ]
    );
    let de = messages(Lang::De);
    assert_eq!(de.rejection(rejected[2].1), "Diese Datei ist dieselbe wie a.json und wird nur einmal gezählt.");
    assert_eq!(messages(Lang::En).rejection(&Rejection::NoAnswers), "The file contains no answers.");
    assert_eq!(de.rejection(&Rejection::Import(ImportError::Empty)), de.file_error_empty);
}

#[test]
fn at_most_thirty_files_are_merged() {
    let set: Vec<(String, String)> =
        (0..MAX_MEMBERS + 2).map(|i| (format!("p{i}.json"), file(&all(Answer::ALL[i % 4]), None, i))).collect();
    let loaded = load(&set);
    assert_eq!(loaded.members.len(), MAX_MEMBERS);
    assert_eq!(loaded.rejected.len(), 2);
    assert!(loaded.rejected.iter().all(|r| r.reason == Rejection::TooMany));
    assert_eq!(loaded.rejected[0].file_name, format!("p{MAX_MEMBERS}.json"));
    assert!(messages(Lang::De).rejection(&Rejection::TooMany).contains("30"));
    assert!(!load(&set[..1]).is_enough());
}

/// Four people: answers set on statements picked by position in the content, the rest "trifft eher zu".
fn four_people(statements: &[&Statement], rows: &[[Answer; 4]]) -> Vec<Member> {
    (0..4)
        .map(|person| {
            let mut answers = all(Answer::Mostly);
            for (statement, row) in statements.iter().zip(rows) {
                answers.set(&statement.id, Some(row[person]));
            }
            let role = [Some(Role::Management), None, Some(Role::Staff), Some(Role::Staff)][person];
            Member { role, answers }
        })
        .collect()
}

#[test]
fn divided_statements_most_divided_first_with_every_answer() {
    use Answer::*;
    let all = statements();
    // In content order: two steps apart; one against three at the extremes; two against two; one step (not listed);
    // "nicht relevant" against "trifft voll zu" (listed last, with no steps).
    let picked = [all[0], all[5], all[10], all[15], all[20]];
    let rows = [
        [Fully, RatherNot, Fully, Fully],
        [Fully, NotTrue, Fully, Fully],
        [Fully, NotTrue, NotTrue, Fully],
        [Fully, Mostly, Fully, Fully],
        [Fully, NotRelevant, NotRelevant, Fully],
    ];
    let team = merge(content(), &four_people(&picked, &rows));
    let found: Vec<(&str, u8, bool)> =
        team.divided.iter().map(|d| (d.statement.id.as_str(), d.steps, d.not_relevant_against)).collect();
    assert_eq!(
        found,
        [
            (picked[2].id.as_str(), 3, false),
            (picked[1].id.as_str(), 3, false),
            (picked[0].id.as_str(), 2, false),
            (picked[4].id.as_str(), 0, true)
        ]
    );
    // Every person is listed, in marker order: roles in the profile's order, people without a role last.
    let most = &team.divided[0];
    let markers: Vec<String> = most.answers.iter().map(|(m, _)| messages(Lang::De).person(*m)).collect();
    assert_eq!(
        markers,
        ["Person 1 (Geschäftsführung)", "Person 2 (Beschäftigte)", "Person 3 (Beschäftigte)", "Person 4"]
    );
    assert_eq!(team.roles, [(Role::Management, 1), (Role::Staff, 2)]);
    let mut given: Vec<Answer> = most.answers.iter().filter_map(|(_, a)| *a).collect();
    given.sort();
    assert_eq!(given, [NotTrue, NotTrue, Fully, Fully]);
}

#[test]
fn goals_to_talk_about_first_have_room_to_improve_and_the_widest_spread() {
    let goals: Vec<_> = content().goals().map(|(_, g)| g).collect();
    let (divided, low, top_but_split) = (goals[5], goals[2], goals[8]);
    let set_goal = |answers: &mut Answers, goal: &arbeitgeber_check::domain::content::Goal, answer| {
        for statement in &goal.statements {
            answers.set(&statement.id, Some(answer));
        }
    };
    let mut first = all(Answer::Fully);
    let mut second = all(Answer::Fully);
    set_goal(&mut second, divided, Answer::NotTrue);
    set_goal(&mut first, low, Answer::NotTrue);
    set_goal(&mut second, low, Answer::NotTrue);
    set_goal(&mut second, top_but_split, Answer::Mostly);
    let team = merge(content(), &[Member { role: None, answers: first }, Member { role: None, answers: second }]);
    let talk: Vec<&str> = team.talk_first.iter().map(|g| g.goal.id.as_str()).collect();
    assert_eq!(talk, [divided.id.as_str(), low.id.as_str(), top_but_split.id.as_str()]);
    let divided_score = &team.talk_first[0].score;
    assert_eq!(
        (divided_score.score.rounded(), divided_score.lowest, divided_score.highest),
        (Some(50), Some(0), Some(100))
    );
    assert_eq!(divided_score.spread(), Some(100));
    assert_eq!(messages(Lang::De).spread(0, 100), "0 bis 100");
    assert_eq!(messages(Lang::En).people(team.people.len()), "2 people took part");
}

#[test]
fn every_role_has_its_own_label_in_both_languages() {
    use arbeitgeber_check::domain::snapshot::SnapshotError;
    for lang in Lang::ALL {
        let t = messages(lang);
        let labels: std::collections::BTreeSet<&str> = Role::ALL.into_iter().map(|role| t.role(role)).collect();
        assert_eq!(labels.len(), Role::ALL.len(), "{lang:?}");
        assert!(labels.iter().all(|label| !label.trim().is_empty()));
        assert!(t.snapshot_error(SnapshotError::Full).contains("10"));
        assert_eq!(t.team_file_error(&ImportError::NotAnExport), t.team_error_not_team_file);
    }
    assert_eq!(messages(Lang::De).role(Role::Apprentice), "Auszubildende");
    assert_eq!(messages(Lang::En).person(Marker { number: 4, role: Some(Role::Lead) }), "Person 4 (Team leader)");
}

/// Files join one at a time, a file added again is a duplicate of the loaded one, and removing one keeps the rest.
#[test]
fn files_are_added_one_at_a_time_and_removed_one_at_a_time() {
    let a = file(&all(Answer::Mostly), Some(Role::Staff), 1);
    let b = file(&all(Answer::NotTrue), None, 2);
    let c = file(&all(Answer::Fully), Some(Role::Management), 3);
    let mut roster = Roster::default();
    assert!(roster.add([("a.json", a.as_bytes())], content()).is_empty());
    assert!(roster.add([("b.json", b.as_bytes())], content()).is_empty());
    let rejected = roster.add([("c.json", c.as_bytes()), ("a-again.json", a.as_bytes())], content());
    assert_eq!(roster.file_names(), ["a.json", "b.json", "c.json"]);
    assert_eq!(
        rejected,
        [Rejected { file_name: "a-again.json".into(), reason: Rejection::Duplicate { of: "a.json".into() } }]
    );
    assert!(roster.remove(1));
    assert!(!roster.remove(5));
    assert_eq!(roster.file_names(), ["a.json", "c.json"]);
    assert_eq!(roster.members()[1].role, Some(Role::Management));
    assert_eq!(roster.firm(), "Tischlerei Muster");
    // A team file's people join too, up to the limit.
    let members = roster.members();
    assert_eq!(roster.add_team(members, "", "team.json"), 0);
    assert_eq!(roster.file_names()[2..], ["team.json (1)".to_string(), "team.json (2)".to_string()]);
}

/// Fewer than three people in a role: the anonymous merge shows no role beside any answer and numbers people by
/// their answers alone, while the roles line still counts them.
#[test]
fn small_roles_are_not_shown_beside_answers() {
    use Answer::*;
    let all_statements = statements();
    let picked = [all_statements[0]];
    let members = four_people(&picked, &[[Fully, NotTrue, NotTrue, Fully]]);
    assert!(roles_identify(&members));
    let team = merge_anonymous(content(), &members);
    assert!(team.people.iter().all(|person| person.role.is_none()));
    assert!(team.divided[0].answers.iter().all(|(marker, _)| marker.role.is_none()));
    assert_eq!(team.roles, [(Role::Management, 1), (Role::Staff, 2)]);
    // The same answers in another order of roles give the same numbering: it does not follow the roles.
    let mut swapped = members.clone();
    swapped[0].role = Some(Role::Staff);
    swapped[2].role = Some(Role::Management);
    assert_eq!(
        format!("{:?}", merge_anonymous(content(), &swapped).divided[0].answers),
        format!("{:?}", team.divided[0].answers)
    );
    let three: Vec<Member> = (0..3).map(|_| Member { role: Some(Role::Staff), answers: all(Mostly) }).collect();
    assert!(!roles_identify(&three));
}

/// Unanswered and "weiß ich nicht" are counted per person; "weiß ich nicht" is never a step on the scale.
#[test]
fn open_and_unknown_statements_are_counted_per_person() {
    let ids = statements();
    let mut first = all(Answer::Fully);
    first.set(&ids[0].id, None);
    first.set(&ids[1].id, Some(Answer::Unknown));
    first.set(&ids[2].id, Some(Answer::Unknown));
    let second = all(Answer::NotTrue);
    let team = merge(content(), &[Member { role: None, answers: first }, Member { role: None, answers: second }]);
    let open: Vec<(usize, usize)> = team.open.iter().map(|(_, open, unknown)| (*open, *unknown)).collect();
    assert_eq!(open, [(1, 2)]);
    assert!(team.divided.iter().all(|d| d.statement.id != ids[1].id), "unknown against an answer is not divided");
}
