#!/usr/bin/env python3
"""Lists the occurrences that Python's icalendar + recurring_ical_events read from an .ics file: a
second oracle beside ical.js (src/test/js/occurrences.mjs), with the same arguments and output.

    python3 occurrences.py FILE.ics FROM TO

FROM and TO are ISO instants ("2026-01-01T00:00:00Z"). Prints one JSON object per line for every
occurrence whose start lies in [FROM, TO), sorted by start, then uid:
    {"uid": "w1", "start": "2026-03-29T07:00:00Z", "end": "2026-03-29T09:00:00Z", "allDay": false}
start and end are UTC instants. Parsing, VTIMEZONE handling (also Windows zone names, through the
file's own VTIMEZONE) and RRULE/RDATE/EXDATE/RECURRENCE-ID expansion are icalendar's and
recurring_ical_events'. Ours, as in occurrences.mjs: a date (VALUE=DATE) or a floating time has no
zone; it is read in the calendar's X-WR-TIMEZONE, else UTC. Debian: python3-icalendar
python3-recurring-ical-events (run with /usr/bin/python3, which has them).
"""
import datetime
import json
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def main(argv):
    if len(argv) != 4:
        sys.stderr.write("usage: occurrences.py FILE.ics FROM TO (ISO instants)\n")
        return 2
    with open(argv[1], "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    wr = calendar.get("X-WR-TIMEZONE")
    floating_zone = zoneinfo.ZoneInfo(str(wr)) if wr else datetime.timezone.utc
    start, end = instant(argv[2]), instant(argv[3])

    def utc(value):
        all_day = not isinstance(value, datetime.datetime)
        if all_day:
            value = datetime.datetime.combine(value, datetime.time(0))
        if value.tzinfo is None:
            value = value.replace(tzinfo=floating_zone)
        return value.astimezone(datetime.timezone.utc), all_day

    rows = []
    # a day earlier than asked: recurring_ical_events compares dates and floating times as they are
    for event in recurring_ical_events.of(calendar).between(start - datetime.timedelta(days=1), end):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        s, all_day = utc(event["DTSTART"].dt)
        if "DTEND" in event:
            e, _ = utc(event["DTEND"].dt)
        elif "DURATION" in event:
            e = s + event["DURATION"].dt
        else:
            e = s + (datetime.timedelta(days=1) if all_day else datetime.timedelta(0))
        if start <= s < end:
            rows.append((s, str(event["UID"]), e, all_day))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    for s, uid, e, all_day in rows:
        print(json.dumps({"uid": uid, "start": s.strftime("%Y-%m-%dT%H:%M:%SZ"),
                          "end": e.strftime("%Y-%m-%dT%H:%M:%SZ"), "allDay": all_day}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
