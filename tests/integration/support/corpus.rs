//! The mail corpus CI checks with independent parsers (Python's email and icalendar, ical.js):
//! when `FAIRPLAN_MAIL_CORPUS_DIR` is set, tests keep the mails they received there.

use super::smtp::ReceivedMail;

/// Keeps `mail` as `<stem>.eml` and its calendar part as `<stem>.ics` in the corpus folder, if
/// one is set. The stem tells the checkers what to expect (see `.ci/validate_mails.py`).
pub fn keep(stem: &str, mail: &ReceivedMail) {
    let Ok(folder) = std::env::var("FAIRPLAN_MAIL_CORPUS_DIR") else {
        return;
    };
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(format!("{folder}/{stem}.eml"), &mail.raw).unwrap();
    if let Some(ics) = mail.part("text/calendar") {
        std::fs::write(format!("{folder}/{stem}.ics"), ics).unwrap();
    }
}
