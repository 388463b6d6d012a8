#!/usr/bin/env python3
"""Smoke test of an installed Fairplan: books a place end to end, as far as the product allows.

Run by the CI package test against a server installed from the Debian package (standard library
only, Python 3.11):

  book   signs in through the coordinator's sign-in form, creates an API token on the
         coordinator's API tokens page, then through the JSON API creates an event with one
         first-come group session, imports one participant, publishes the event and sends the
         invitations; reads the invitation mail the server wrote into --mail-dir, opens the
         personal link and books a place through the page's booking form (plain HTML forms, no
         JavaScript), and reads the booking back through the API. The facts needed later are
         written to --state (mode 0600: it holds the API token and the personal link).
  check  re-reads the saved event's bookings through the API with the saved token and asserts
         the booking is still there and confirmed, and that the personal link still answers
         200 and shows it (after a package upgrade: the data was kept).

Each step prints one line; the first failure prints one line on stderr naming the step, the HTTP
status and an excerpt of the answer, and exits 1. The password is never printed, and tokens at
most by their first 4 characters.

  python3 .ci/package_smoke.py book --base-url http://127.0.0.1:8080 --email lead@example.org \\
      --password '...' --mail-dir /var/lib/fairplan/mail --state /tmp/smoke.json
  python3 .ci/package_smoke.py check --base-url http://127.0.0.1:8080 --state /tmp/smoke.json
"""

from __future__ import annotations

import argparse
import datetime
import email
import email.policy
import email.utils
import http.cookiejar
import json
import os
import pathlib
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


from smoke_web import *  # noqa: F401,F403 (the tools of the steps below)

# --- Steps ----------------------------------------------------------------------------------


def sign_in(coordinator: Browser, address: str, password: str) -> None:
    step = "sign in"
    page = coordinator.get(step, "/coordinator/login")
    expect_status(step, page, "GET", "/coordinator/login", 200)
    _, hidden = form_with_action(step, page, "/coordinator/login", "/coordinator/login")
    if not hidden.get("csrf"):
        raise StepFailed(f"{step}: the sign-in form has no csrf field: {page.excerpt()}")
    fields = dict(hidden, email=address, password=password)
    answer = coordinator.post_form(step, "/coordinator/login", fields)
    expect_status(step, answer, "POST", "/coordinator/login", 303, 302)
    if location_path(answer).rstrip("/").split("?")[0] != "/coordinator":
        raise StepFailed(f"{step}: the sign-in sent us to {location_path(answer)!r}, "
                         "not to /coordinator")
    dashboard = coordinator.get(step, "/coordinator")
    expect_status(step, dashboard, "GET", "/coordinator", 200)
    ok(step, f"signed in as {address} through /coordinator/login (dashboard HTTP 200)")


def create_token(coordinator: Browser, name: str) -> str:
    step = "create API token"
    path = "/coordinator/api-tokens"
    page = coordinator.get(step, path)
    expect_status(step, page, "GET", path, 200)
    _, hidden = form_with_action(step, page, path, path)
    fields = dict(hidden, name=name, days="30")
    answer = coordinator.post_form(step, path, fields)
    expect_status(step, answer, "POST", path, 200)
    shown = re.search(r"<input\b[^>]*\bid=\"new-token\"[^>]*>", answer.text)
    token = attributes(shown.group(0)).get("value", "") if shown else ""
    if not token.startswith("fpk_"):
        raise StepFailed(f"{step}: POST {path} answered HTTP {answer.status} without a new "
                         f"token (input#new-token): {answer.excerpt()}")
    SECRETS.append(token)
    ok(step, f"token {short(token)} (\"{name}\", 30 days) shown once on {path}")
    return token


def set_up_event(api: Api, participant_address: str) -> tuple[dict, dict, str]:
    """Creates, fills, publishes and invites; returns (event, session, participant id)."""
    day = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=30)).date()
    wall = lambda hh: f"{day.isoformat()}T{hh}"  # noqa: E731

    step = "create event"
    event = api.call(step, "POST", "/events", {
        "title": "Package smoke test",
        "description": "Created by .ci/package_smoke.py",
        "venue_address": "1 Test Street, Testtown",
        "time_zone": "UTC",
        "starts": wall("09:00"),
        "ends": wall("17:00"),
        "languages": "en",
    }, expect=(201,))
    event_id = event.get("id")
    if not event_id or event.get("status") != "draft":
        raise StepFailed(f"{step}: unexpected answer: {json.dumps(event)[:300]}")
    ok(step, f"event {event_id} on {day} (status {event['status']})")

    step = "add session"
    # A group session (workshop) booked first come: one seat pool, places at once, no
    # volunteers or employers needed.
    session = api.call(step, "POST", f"/events/{event_id}/sessions", {
        "title": "Smoke test workshop",
        "room": "Room 1",
        "format": "group",
        "booking_mode": "first_come",
        "starts": wall("10:00"),
        "ends": wall("11:00"),
        "capacity": 5,
        "max_bookings_per_participant": 1,
    }, expect=(201,))
    if session.get("capacity", 0) < 1 or session.get("booking_mode") != "first_come":
        raise StepFailed(f"{step}: the session has no first-come places: "
                         f"{json.dumps(session)[:300]}")
    ok(step, f"group session {session['id']}, first come, {session['capacity']} places")

    step = "import participant"
    csv = f"name,email,language\nSmoke Test Participant,{participant_address},en\n"
    imported = api.call(step, "POST", f"/events/{event_id}/participants/import", csv=csv)
    if imported.get("added") != 1 or imported.get("problems"):
        raise StepFailed(f"{step}: expected 1 added and no problems: {json.dumps(imported)[:300]}")
    people = api.call(step, "GET", f"/events/{event_id}/participants")
    matching = [p for p in people if (p.get("email") or "").lower() == participant_address]
    if len(matching) != 1:
        raise StepFailed(f"{step}: the event lists {len(matching)} participant(s) with "
                         f"{participant_address}: {json.dumps(people)[:300]}")
    participant_id = matching[0]["id"]
    ok(step, f"participant {participant_id} <{participant_address}> added by CSV import")

    step = "publish event"
    changed = api.call(step, "POST", f"/events/{event_id}/status", {"action": "publish"})
    status = (changed.get("event") or {}).get("status")
    if status != "published":
        raise StepFailed(f"{step}: the event is {status!r} after publishing: "
                         f"{json.dumps(changed)[:300]}")
    ok(step, f"event {event_id} is {status}")

    step = "send invitations"
    sent = api.call(step, "POST", f"/events/{event_id}/invitations")
    if sent.get("sent") != 1:
        raise StepFailed(f"{step}: expected 1 invitation sent: {json.dumps(sent)[:300]}")
    ok(step, "1 invitation queued")
    return event, session, participant_id


def book_on_personal_page(participant: Browser, link: str, session_id: str) -> None:
    step = "book through personal page"
    page = participant.get(step, link)
    expect_status(step, page, "GET", link, 200)
    candidates = [
        (attrs, hidden) for attrs, hidden in forms(page.text)
        if attrs.get("action") == f"{link}/book" and (attrs.get("method") or "").lower() == "post"
    ]
    if not candidates:
        raise StepFailed(f"{step}: GET {link} (HTTP 200) shows no booking form "
                         f"(action {link}/book): {page.excerpt()}")
    attrs, hidden = candidates[0]
    if not hidden.get("csrf") or not hidden.get("slot_id"):
        raise StepFailed(f"{step}: the booking form lacks csrf or slot_id: {sorted(hidden)}")
    answer = participant.post_form(step, attrs["action"], hidden)
    expect_status(step, answer, "POST", attrs["action"], 303, 302)
    back = location_path(answer)
    if not back.startswith(link) or "notice=booked" not in back:
        raise StepFailed(f"{step}: booking sent us to {back!r}, not back to the page with "
                         "notice=booked")
    after = participant.get(step, back)
    expect_status(step, after, "GET", back, 200)
    ok(step, f"booked slot {hidden['slot_id']} of session {session_id} with the page's form "
             f"(POST {link}/book -> 303 {back})")


def confirmed_booking(api: Api, step: str, event_id: str, participant_id: str,
                      booking_id: str | None = None) -> dict:
    bookings = api.call(step, "GET", f"/events/{event_id}/bookings")
    theirs = [b for b in bookings if b.get("participant_id") == participant_id]
    confirmed = [b for b in theirs if b.get("status") == "confirmed"]
    if booking_id is not None:
        confirmed = [b for b in confirmed if b.get("id") == booking_id]
    if len(confirmed) != 1:
        listed = ", ".join(f"{b.get('id')}={b.get('status')}" for b in theirs) or "none"
        wanted = f" with id {booking_id}" if booking_id else ""
        raise StepFailed(f"{step}: expected exactly 1 confirmed booking{wanted} for participant "
                         f"{participant_id}, found {len(confirmed)} (their bookings: {listed}; "
                         f"{len(bookings)} in the event)")
    return confirmed[0]


def personal_page_shows(participant: Browser, step: str, link: str, booking_id: str) -> None:
    page = participant.get(step, link)
    expect_status(step, page, "GET", link, 200)
    if f"/bookings/{booking_id}/" not in page.text:
        raise StepFailed(f"{step}: GET {link} (HTTP 200) does not show booking {booking_id}: "
                         f"{page.excerpt()}")


def write_state(path: pathlib.Path, state: dict) -> None:
    # It holds an API token and a personal link: readable by its owner only.
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(state, file, indent=2)
        file.write("\n")
    os.chmod(path, 0o600)


def book(args) -> None:
    HIDDEN.append(args.password)
    coordinator = Browser(args.base_url)
    sign_in(coordinator, args.email, args.password)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S%f")
    token = create_token(coordinator, f"package smoke {stamp}")
    api = Api(args.base_url, token)

    # An address of its own per run, so an older run's mails in the same folder never match.
    participant_address = f"smoke-{stamp}@example.org"
    event, session, participant_id = set_up_event(api, participant_address)

    step = "find invitation mail"
    mail_dir = pathlib.Path(args.mail_dir)
    link = find_invitation(step, mail_dir, participant_address, args.mail_timeout)
    ok(step, f"personal link {redact(link)} in a mail to {participant_address} in {mail_dir}")

    participant = Browser(args.base_url)  # another person, another browser
    book_on_personal_page(participant, link, session["id"])

    step = "read booking through API"
    booking = confirmed_booking(api, step, event["id"], participant_id)
    if booking.get("session_id") != session["id"]:
        raise StepFailed(f"{step}: the booking is in session {booking.get('session_id')}, "
                         f"not {session['id']}")
    personal_page_shows(participant, step, link, booking["id"])
    ok(step, f"exactly 1 confirmed booking {booking['id']} for participant {participant_id}")

    step = "write state"
    state = {
        "api_token": token,
        "event_id": event["id"],
        "session_id": session["id"],
        "participant_id": participant_id,
        "participant_email": participant_address,
        "personal_link": link,
        "booking_id": booking["id"],
    }
    try:
        write_state(pathlib.Path(args.state), state)
    except OSError as error:
        raise StepFailed(f"{step}: cannot write {args.state}: {error}") from None
    ok(step, f"{args.state} (event, participant, booking, personal link, token {short(token)})")


def check(args) -> None:
    step = "read state"
    try:
        state = json.loads(pathlib.Path(args.state).read_text(encoding="utf-8"))
        needed = ("api_token", "event_id", "participant_id", "personal_link", "booking_id")
        missing = [key for key in needed if not state.get(key)]
    except (OSError, ValueError) as error:
        raise StepFailed(f"{step}: cannot read {args.state}: {error}") from None
    if missing:
        raise StepFailed(f"{step}: {args.state} lacks {', '.join(missing)}")
    SECRETS.append(state["api_token"])
    SECRETS.append(state["personal_link"].rsplit("/", 1)[-1])
    ok(step, f"{args.state}: event {state['event_id']}, booking {state['booking_id']}")

    api = Api(args.base_url, state["api_token"])
    step = "read event through API"
    event = api.call(step, "GET", f"/events/{state['event_id']}")
    ok(step, f"event {event.get('id')} is {event.get('status')} (token "
             f"{short(state['api_token'])} still accepted)")

    step = "booking still confirmed"
    booking = confirmed_booking(api, step, state["event_id"], state["participant_id"],
                                state["booking_id"])
    ok(step, f"booking {booking['id']} for participant {state['participant_id']} is "
             f"{booking['status']}")

    step = "personal link still works"
    participant = Browser(args.base_url)
    personal_page_shows(participant, step, state["personal_link"], state["booking_id"])
    ok(step, f"GET {redact(state['personal_link'])} answered 200 and shows booking "
             f"{state['booking_id']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    modes = parser.add_subparsers(dest="mode", required=True)
    booking = modes.add_parser("book", help="set up an event and book a place end to end")
    booking.add_argument("--base-url", required=True, help="where the server listens")
    booking.add_argument("--email", required=True, help="the coordinator's sign-in address")
    booking.add_argument("--password", required=True, help="the coordinator's password")
    booking.add_argument("--mail-dir", required=True, help="FAIRPLAN_MAIL_DIR of the server")
    booking.add_argument("--state", required=True, help="where to write what check needs")
    booking.add_argument("--mail-timeout", type=float, default=30.0,
                         help="seconds to wait for the invitation mail (default 30)")
    checking = modes.add_parser("check", help="the booked place is still there")
    checking.add_argument("--base-url", required=True, help="where the server listens")
    checking.add_argument("--state", required=True, help="the file book wrote")
    args = parser.parse_args()
    try:
        (book if args.mode == "book" else check)(args)
    except StepFailed as failure:
        print(redact(f"package_smoke {args.mode} FAILED at step {failure}"), file=sys.stderr)
        return 1
    except Exception as error:  # a bug here, or an answer of a shape nobody expected
        print(redact(f"package_smoke {args.mode} FAILED: {type(error).__name__}: {error}"),
              file=sys.stderr)
        return 1
    print(f"package_smoke {args.mode}: all steps passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
