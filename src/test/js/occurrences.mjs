#!/usr/bin/env node
// Lists the occurrences that ical.js (the iCalendar parser Thunderbird uses) reads from an .ics
// file, so IcalJsCrossCheckTest can compare them with Reachable's own agenda.
//
//   node occurrences.mjs FILE.ics FROM TO [FROM TO]...
//
// FROM and TO are ISO instants ("2026-01-01T00:00:00Z"). Prints one JSON object per line for every
// occurrence whose start lies in [FROM, TO) (in any of the ranges given: reading the file and
// stepping through a rule once for all of them is faster than a run per range):
//   {"uid":"w1","start":"2026-03-29T07:00:00Z","end":"2026-03-29T09:00:00Z","recurrenceId":"2026-03-29T09:00:00"}
// start and end are UTC instants; the list is sorted by start, then uid (then end). recurrenceId
// names the occurrence independently of how its time is read: the wall-clock DTSTART the RRULE
// generates for it (its RECURRENCE-ID; for a single event its DTSTART), as ical.js holds it before
// turning it into an instant ("2026-03-29T02:30:00" even though 02:30 does not exist that day in
// Amsterdam; a date stays "2026-03-29"; a UTC time ends in Z), so the caller can pair occurrences
// whose instants differ.
//
// What is ical.js's and what is ours:
// - Parsing, VTIMEZONE handling, RRULE/RDATE/EXDATE expansion, RECURRENCE-ID overrides and the end
//   of each occurrence are ical.js's: ICAL.Event.iterator() gives the starts and
//   ICAL.Event.getOccurrenceDetails() the start and end of each (ical.js adds the event's DURATION,
//   or DTEND - DTSTART of the first instance, to each start's wall-clock time); an occurrence whose
//   override says STATUS:CANCELLED is left out, as occurrences.py does. A zoned time becomes an
//   instant with ICAL.Time.toUnixTime(), which uses the file's own VTIMEZONE (registered below).
// - Dates (VALUE=DATE, whole days) and floating date-times have no zone, and ical.js's
//   toUnixTime() would read them as UTC. A calendar app shows them in the user's zone; here that is
//   the calendar's X-WR-TIMEZONE, so we give their wall-clock fields that zone (still through
//   ical.js and the file's VTIMEZONE) and take the instant then: a day off on 2026-03-29 in
//   Europe/Amsterdam starts at 2026-03-28T23:00:00Z. Reachable starts a day at midnight in its home
//   zone, which is the zone it writes as X-WR-TIMEZONE. Without X-WR-TIMEZONE they stay UTC.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

function usage(message) {
  process.stderr.write(`${message}\nusage: node occurrences.mjs FILE.ics FROM TO [FROM TO]... (ISO instants)\n`);
  process.exit(2);
}

function instantArg(text, name) {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    usage(`${name} is not an ISO instant: ${text}`);
  }
  return ms / 1000;
}

const args = process.argv.slice(2);
if (args.length < 3 || args.length % 2 !== 1) {
  usage('expected a file and one or more FROM TO pairs');
}
const file = args[0];
const ranges = [];
for (let i = 1; i < args.length; i += 2) {
  ranges.push([instantArg(args[i], 'FROM'), instantArg(args[i + 1], 'TO')]);
}
const from = Math.min(...ranges.map((r) => r[0]));
const to = Math.max(...ranges.map((r) => r[1]));
const wanted = (seconds) => ranges.some(([f, t]) => seconds >= f && seconds < t);

const vcalendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
for (const vtimezone of vcalendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(vtimezone);
}
const calendarZoneId = vcalendar.getFirstPropertyValue('x-wr-timezone');
let calendarZone = ICAL.Timezone.utcTimezone;
if (calendarZoneId) {
  calendarZone = vcalendar.getTimeZoneByID(calendarZoneId) || ICAL.TimezoneService.get(calendarZoneId);
  if (!calendarZone) {
    process.stderr.write(`X-WR-TIMEZONE ${calendarZoneId} has no VTIMEZONE in ${file}\n`);
    process.exit(1);
  }
}

function isFloating(time) {
  return time.isDate || !time.zone || time.zone === ICAL.Timezone.localTimezone;
}

/** Seconds since the epoch; dates and floating times are read in the calendar's zone. */
function epochSeconds(time) {
  if (!isFloating(time)) {
    return time.toUnixTime();
  }
  const zoned = new ICAL.Time({
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.isDate ? 0 : time.hour,
    minute: time.isDate ? 0 : time.minute,
    second: time.isDate ? 0 : time.second,
    isDate: false,
  }, calendarZone);
  return zoned.toUnixTime();
}

function iso(seconds) {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** Overrides may move an occurrence a while; keep iterating this far past TO. */
const SLACK = 7 * 86400;
/** A guard against a runaway iterator (a daily rule over centuries). */
const MAX_ITERATIONS = 2_000_000;

// ICAL.Event on a component inside a calendar would take every VEVENT with a RECURRENCE-ID in the
// file as its exception, whatever its UID; calendar apps group them by UID first, and so do we.
const vevents = vcalendar.getAllSubcomponents('vevent');
const masterUids = new Set(vevents.filter((c) => !c.hasProperty('recurrence-id')).map((c) => c.getFirstPropertyValue('uid')));
const exceptionsByUid = new Map();
for (const component of vevents) {
  const uid = component.getFirstPropertyValue('uid');
  if (component.hasProperty('recurrence-id') && masterUids.has(uid)) {
    exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), component]);
  }
}

const occurrences = [];
for (const component of vevents) {
  const uid = component.getFirstPropertyValue('uid');
  if (component.hasProperty('recurrence-id') && masterUids.has(uid)) {
    continue; // reached through its master's getOccurrenceDetails()
  }
  const event = component.hasProperty('recurrence-id')
    ? new ICAL.Event(component, { exceptions: [] }) // an override without its master: shown as it is
    : new ICAL.Event(component, { strictExceptions: true, exceptions: exceptionsByUid.get(uid) ?? [] });
  const add = (recurrenceId, start, end) => {
    const s = epochSeconds(start);
    if (wanted(s)) {
      occurrences.push({ uid: event.uid, start: s, end: epochSeconds(end ?? start), recurrenceId: recurrenceId.toString() });
    }
  };
  if (!event.isRecurring() || event.isRecurrenceException()) {
    if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() !== 'CANCELLED') {
      add(event.startDate, event.startDate, event.endDate);
    }
    continue;
  }
  const iterator = event.iterator();
  let count = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (++count > MAX_ITERATIONS) {
      process.stderr.write(`gave up on ${event.uid} after ${MAX_ITERATIONS} occurrences\n`);
      process.exit(1);
    }
    const slot = epochSeconds(next);
    if (slot >= to + SLACK) {
      break;
    }
    if (slot < from - SLACK) {
      continue; // long before FROM: skip the work of getOccurrenceDetails()
    }
    const details = event.getOccurrenceDetails(next);
    if (String(details.item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      continue; // a cancelled occurrence (RECURRENCE-ID with STATUS:CANCELLED) does not take place, as in occurrences.py
    }
    add(next, details.startDate, details.endDate);
  }
}

occurrences.sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) || a.end - b.end);
const out = occurrences
  .map((o) => JSON.stringify({ uid: o.uid, start: iso(o.start), end: iso(o.end), recurrenceId: o.recurrenceId }))
  .join('\n');
process.stdout.write(out.length ? out + '\n' : '');
