// Checks the calendar parts of a corpus of Fairplan mails with ical.js, the parser Thunderbird
// uses. Files are named lifecycle-<n>-<METHOD>-seq<SEQUENCE>.ics; METHOD, SEQUENCE, one UID for
// the lifecycle, exactly one ATTENDEE and STATUS:CANCELLED on a CANCEL are checked.
// Usage: node validate_ics.mjs <corpus folder> <folder holding node_modules/ical.js>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [folder, modules] = process.argv.slice(2);
const { default: ICAL } = await import(pathToFileURL(join(modules, "node_modules/ical.js/dist/ical.js")).href);

const fail = (name, message) => {
  console.log(`FAIL ${name}: ${message}`);
  process.exit(1);
};

const files = readdirSync(folder).filter((f) => /^lifecycle-\d+-(REQUEST|CANCEL)-seq\d+\.ics$/.test(f)).sort();
if (files.length < 3) fail(folder, `expected at least 3 calendars, found ${files.length}`);
const uids = new Set();
for (const name of files) {
  const [, method, sequence] = name.match(/-(REQUEST|CANCEL)-seq(\d+)\.ics$/);
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, name), "utf8")));
  } catch (error) {
    fail(name, `does not parse: ${error}`);
  }
  if (calendar.getFirstPropertyValue("method") !== method) fail(name, `METHOD is ${calendar.getFirstPropertyValue("method")}`);
  const events = calendar.getAllSubcomponents("vevent");
  if (events.length !== 1) fail(name, `${events.length} VEVENTs`);
  const event = new ICAL.Event(events[0]);
  if (event.sequence !== Number(sequence)) fail(name, `SEQUENCE is ${event.sequence}`);
  if (events[0].getAllProperties("attendee").length !== 1) fail(name, "there must be exactly one ATTENDEE");
  // The attendee's quotes travel as RFC 6868 writes them (^') and must come back.
  const cn = events[0].getFirstProperty("attendee").getParameter("cn") || "";
  if (!cn.includes('"Amira"')) fail(name, `the attendee's name lost its quotes: ${cn}`);
  if (method === "CANCEL" && events[0].getFirstPropertyValue("status") !== "CANCELLED") fail(name, "a CANCEL must say STATUS:CANCELLED");
  if (!event.startDate || event.startDate.isDate) fail(name, "the start must be a date-time");
  uids.add(event.uid);
}
if (uids.size !== 1) fail(folder, `one lifecycle must keep one UID, found ${[...uids].join(", ")}`);

// A coordinator's changes: change-<what>-<METHOD>-n<COUNT>.ics, COUNT entries, each its own UID,
// one ATTENDEE, SEQUENCE above 0, and STATUS:CANCELLED on a CANCEL.
const changes = readdirSync(folder).filter((f) => /^change-[a-z-]+-(REQUEST|CANCEL)-n\d+\.ics$/.test(f)).sort();
if (changes.length < 3) fail(folder, `expected at least 3 calendars of changes, found ${changes.length}`);
for (const name of changes) {
  const [, method, count] = name.match(/-(REQUEST|CANCEL)-n(\d+)\.ics$/);
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, name), "utf8")));
  } catch (error) {
    fail(name, `does not parse: ${error}`);
  }
  if (calendar.getFirstPropertyValue("method") !== method) fail(name, `METHOD is ${calendar.getFirstPropertyValue("method")}`);
  const events = calendar.getAllSubcomponents("vevent");
  if (events.length !== Number(count)) fail(name, `${events.length} VEVENTs, expected ${count}`);
  if (new Set(events.map((e) => new ICAL.Event(e).uid)).size !== events.length) fail(name, "each entry must keep its own UID");
  for (const component of events) {
    if (new ICAL.Event(component).sequence < 1) fail(name, "a change must raise the SEQUENCE");
    if (component.getAllProperties("attendee").length !== 1) fail(name, "there must be exactly one ATTENDEE");
    if (method === "CANCEL" && component.getFirstPropertyValue("status") !== "CANCELLED") fail(name, "a CANCEL must say STATUS:CANCELLED");
  }
}
console.log(`ok: ${files.length} + ${changes.length} calendars checked with ical.js`);
