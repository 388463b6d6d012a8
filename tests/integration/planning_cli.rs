//! `fairplan allocate` and `fairplan rotate` on real files, with no configuration or database.

use std::process::Command;

fn run(verb: &str, input: &str) -> (bool, String, String, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    let (input_path, output_path) = (dir.path().join("in.json"), dir.path().join("out.json"));
    std::fs::write(&input_path, input).unwrap();
    let done = Command::new(env!("CARGO_BIN_EXE_fairplan"))
        .args([verb, "--input"])
        .arg(&input_path)
        .arg("--output")
        .arg(&output_path)
        .env_clear()
        .output()
        .unwrap();
    let output = std::fs::read_to_string(&output_path)
        .ok()
        .map(|text| serde_json::from_str(&text).unwrap())
        .unwrap_or(serde_json::Value::Null);
    (
        done.status.success(),
        String::from_utf8_lossy(&done.stdout).into_owned(),
        String::from_utf8_lossy(&done.stderr).into_owned(),
        output,
    )
}

#[test]
fn allocate_reads_the_documented_format_and_writes_the_result() {
    let input = r#"{
      "seed": 5,
      "rules": { "language": "de", "min_level": "B1" },
      "options": [
        { "id": "s1", "label": "18:00 Dana", "time": { "starts": 0, "ends": 30 }, "capacity": 1,
          "volunteer": "dana", "languages": [{ "code": "de", "level": "C2" }], "fields": ["care"] }
      ],
      "participants": [
        { "id": "amira", "languages": [{ "code": "de", "level": "B2" }], "fields": ["care"], "ranking": ["s1"] },
        { "id": "yusuf", "languages": [{ "code": "de", "level": "A2" }], "ranking": ["s1"] }
      ]
    }"#;
    let (ok, stdout, stderr, result) = run("allocate", input);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("placed 1 of 2 participants (1 left out)"),
        "{stdout}"
    );
    assert_eq!(result["assignments"][0]["participant"], "amira");
    assert_eq!(result["assignments"][0]["rank"], 1);
    assert_eq!(result["explanations"][0]["participant"], "yusuf");
    assert_eq!(result["seed"], 5);
}

#[test]
fn rotate_plans_rounds_and_bad_input_gets_a_clear_message() {
    let input = r#"{
      "seed": 1, "rounds": 2,
      "tables": [{ "id": "t1", "employer": "Acme", "seats": 1 }, { "id": "t2", "employer": "Beta", "seats": 1 }],
      "participants": [{ "id": "p1", "wants": ["Beta"] }, { "id": "p2" }]
    }"#;
    let (ok, stdout, stderr, plan) = run("rotate", input);
    assert!(ok, "{stderr}");
    assert!(stdout.starts_with("4 meetings of at most 4"), "{stdout}");
    assert_eq!(plan["itineraries"][0]["stops"].as_array().unwrap().len(), 2);

    let (ok, _, stderr, _) = run(
        "rotate",
        r#"{ "seed": 1, "rounds": 0, "tables": [], "participants": [] }"#,
    );
    assert!(!ok);
    assert!(stderr.contains("rounds must be at least 1"), "{stderr}");
    let (ok, _, stderr, _) = run("allocate", "{ not json");
    assert!(!ok);
    assert!(stderr.contains("is not valid input"), "{stderr}");
}
