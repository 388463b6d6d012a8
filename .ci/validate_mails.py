"""Checks a corpus of Fairplan mails with Python's email and icalendar packages.

Each file is named lifecycle-<n>-<METHOD>-seq<SEQUENCE>.eml. For each mail: the MIME structure
is multipart/mixed holding multipart/alternative (text/plain, text/html, text/calendar) plus an
invite.ics attachment; the calendar part's method= equals METHOD inside; METHOD and SEQUENCE are
the expected ones; the inline calendar and the attachment are the same; there is exactly one
ATTENDEE; a CANCEL says STATUS:CANCELLED; the recipient's name in To: comes back in whole words.
All mails of a lifecycle share one UID.

Files named change-<what>-<METHOD>-n<COUNT>.eml are a coordinator's changes (a moved session, a
cancelled event's CANCEL of all of a volunteer's slots): the same MIME structure, METHOD, COUNT
VEVENTs each with its own UID, one ATTENDEE, a SEQUENCE above 0 and, on a CANCEL,
STATUS:CANCELLED; the text part names what changed or carries the coordinator's note.
Exits non-zero on the first problem.
"""

import email
import email.policy
import pathlib
import re
import sys

import icalendar

# The lifecycle's attendee (tests/integration/booking_mails.rs), too long for one encoded-word.
ATTENDEE = 'أميرة "Amira" حداد الأحمد, Dr.; 🌱'


def fail(path, message):
    print(f"FAIL {path.name}: {message}")
    sys.exit(1)


def check(path):
    expected = re.match(r"lifecycle-\d+-(REQUEST|CANCEL)-seq(\d+)\.eml$", path.name)
    if not expected:
        fail(path, "unexpected file name")
    want_method, want_sequence = expected.group(1), int(expected.group(2))
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    # Python keeps the space between two encoded-words, so a name cut inside a word shows a
    # stray space in it; cut between words, only the spacing may differ.
    to_name = message["To"].addresses[0].display_name
    if to_name.split() != ATTENDEE.split():
        fail(path, f"the recipient's name came back as {to_name!r}")
    if message.get_content_type() != "multipart/mixed":
        fail(path, f"top level is {message.get_content_type()}")
    alternative, *rest = message.iter_parts()
    types = [part.get_content_type() for part in alternative.iter_parts()]
    if types != ["text/plain", "text/html", "text/calendar"]:
        fail(path, f"alternative parts are {types}")
    inline = list(alternative.iter_parts())[2]
    if inline.get_param("method") != want_method:
        fail(path, f"MIME method={inline.get_param('method')}, expected {want_method}")
    attachments = [p for p in rest if p.get_filename() == "invite.ics"]
    if len(attachments) != 1:
        fail(path, "no invite.ics attachment")
    inline_text = inline.get_content()
    attached = attachments[0].get_content()
    attached_text = attached.decode() if isinstance(attached, bytes) else attached
    if inline_text.replace("\r\n", "\n") != attached_text.replace("\r\n", "\n"):
        fail(path, "the attachment differs from the inline calendar")
    calendar = icalendar.Calendar.from_ical(inline_text)
    if str(calendar.get("METHOD")) != want_method:
        fail(path, f"METHOD is {calendar.get('METHOD')}")
    events = [c for c in calendar.walk("VEVENT")]
    if len(events) != 1:
        fail(path, f"{len(events)} VEVENTs")
    event = events[0]
    if int(event.get("SEQUENCE")) != want_sequence:
        fail(path, f"SEQUENCE is {event.get('SEQUENCE')}, expected {want_sequence}")
    attendees = event.get("ATTENDEE")
    if attendees is None or isinstance(attendees, list):
        fail(path, "there must be exactly one ATTENDEE")
    # The attendee's quotes travel as RFC 6868 writes them (^') and must come back.
    if '"Amira"' not in str(attendees.params.get("CN", "")):
        fail(path, f"the attendee's name lost its quotes: {attendees.params.get('CN')!r}")
    if want_method == "CANCEL" and str(event.get("STATUS")) != "CANCELLED":
        fail(path, "a CANCEL must say STATUS:CANCELLED")
    if event.get("DTSTART").dt.tzinfo is None:
        fail(path, "DTSTART is a floating time")
    return str(event.get("UID"))


def check_change(path):
    expected = re.match(r"change-[a-z-]+-(REQUEST|CANCEL)-n(\d+)\.eml$", path.name)
    if not expected:
        fail(path, "unexpected file name")
    want_method, want_count = expected.group(1), int(expected.group(2))
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    alternative, *rest = message.iter_parts()
    types = [part.get_content_type() for part in alternative.iter_parts()]
    if types != ["text/plain", "text/html", "text/calendar"]:
        fail(path, f"alternative parts are {types}")
    text, _, inline = list(alternative.iter_parts())
    if inline.get_param("method") != want_method:
        fail(path, f"MIME method={inline.get_param('method')}, expected {want_method}")
    if not any(p.get_filename() == "invite.ics" for p in rest):
        fail(path, "no invite.ics attachment")
    calendar = icalendar.Calendar.from_ical(inline.get_content())
    if str(calendar.get("METHOD")) != want_method:
        fail(path, f"METHOD is {calendar.get('METHOD')}")
    events = list(calendar.walk("VEVENT"))
    if len(events) != want_count:
        fail(path, f"{len(events)} VEVENTs, expected {want_count}")
    if len({str(e.get("UID")) for e in events}) != want_count:
        fail(path, "each entry must keep its own UID")
    for event in events:
        if int(event.get("SEQUENCE")) < 1:
            fail(path, "a change must raise the SEQUENCE")
        if isinstance(event.get("ATTENDEE"), list) or event.get("ATTENDEE") is None:
            fail(path, "there must be exactly one ATTENDEE")
        if want_method == "CANCEL" and str(event.get("STATUS")) != "CANCELLED":
            fail(path, "a CANCEL must say STATUS:CANCELLED")
    words = text.get_content()
    if "was" not in words and "note" not in words.lower() and "cancelled" not in words:
        fail(path, "the text names neither the change nor a note")


def main(folder):
    paths = sorted(pathlib.Path(folder).glob("lifecycle-*.eml"))
    if len(paths) < 3:
        print(f"FAIL: expected a lifecycle of at least 3 mails in {folder}, found {len(paths)}")
        sys.exit(1)
    uids = {check(path) for path in paths}
    if len(uids) != 1:
        fail(paths[0], f"one lifecycle must keep one UID, found {uids}")
    changes = sorted(pathlib.Path(folder).glob("change-*.eml"))
    if len(changes) < 3:
        print(f"FAIL: expected at least 3 mails about changes in {folder}, found {len(changes)}")
        sys.exit(1)
    for path in changes:
        check_change(path)
    print(
        f"ok: {len(paths)} + {len(changes)} mails checked with Python icalendar"
        f" {icalendar.__version__}"
    )


if __name__ == "__main__":
    main(sys.argv[1])
