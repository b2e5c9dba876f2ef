package org.reachable.domain.sync;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.EntryFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** One entry as the server has it now: where, its ETag, its text and what it says. */
record Remote(String href, String etag, String ics, ScheduleEntry entry) {

    /** How sync.json's tag marks an RFC 6578 sync-token (else it is a ctag). */
    static final String SYNC_TOKEN = "sync-token ";

    SyncState.Synced synced() {
        return new SyncState.Synced(href, etag, ics);
    }

    /**
     * The calendar as the server has it now, by UID, and the objects the schedule cannot hold;
     * {@code tag} is the calendar's tag read before the listing, so a change that lands while we
     * sync makes the next sync list again.
     */
    record Read(Map<String, Remote> entries, List<Problem> leftOut, Optional<String> tag) {
        Schedule schedule(ZoneId zone) {
            return new Schedule(zone, entries.values().stream().map(Remote::entry).toList());
        }
    }

    /**
     * Reads the calendar, fetching only what changed: with a sync-token, the objects the server
     * reports changed since the last sync (RFC 6578); else nothing when the ctag is the one of the
     * last sync, and otherwise the objects whose ETag differs from the one agreed (or that are new).
     */
    static Read read(CalendarServer server, EntryFormat format, String calendar, SyncState state,
            Map<String, ScheduleEntry> base, ZoneId zone) throws StoreException {
        Map<String, String> agreedByHref = new LinkedHashMap<>();
        state.synced().forEach((uid, s) -> agreedByHref.put(s.href(), uid));
        Map<String, String> listing = new LinkedHashMap<>();
        state.synced().values().forEach(s -> listing.put(s.href(), s.etag()));
        Optional<String> token = state.tag().filter(t -> t.startsWith(SYNC_TOKEN))
                .map(t -> t.substring(SYNC_TOKEN.length()));
        Optional<CalendarServer.Changes> changes = token.isPresent() ? server.changes(calendar, token.get())
                : Optional.empty();
        Optional<String> tag;
        if (changes.isPresent()) {
            // only what changed since the last sync: the agreed objects, with that applied
            listing.keySet().removeAll(changes.get().removed());
            listing.putAll(changes.get().changed());
            tag = Optional.of(SYNC_TOKEN + changes.get().token());
        } else {
            Optional<CalendarServer.Changes> all = server.changes(calendar, "");
            if (all.isPresent()) {
                listing.clear();
                listing.putAll(all.get().changed());
                tag = Optional.of(SYNC_TOKEN + all.get().token());
            } else {
                // no sync-collection: the ctag says whether anything changed, a listing what
                tag = server.tag(calendar);
                if (tag.isEmpty() || !tag.equals(state.tag())) {
                    listing.clear();
                    listing.putAll(server.list(calendar));
                }
            }
        }
        Map<String, Remote> entries = new LinkedHashMap<>();
        List<Problem> leftOut = new ArrayList<>();
        for (Map.Entry<String, String> object : listing.entrySet()) {
            String href = object.getKey();
            String uid = agreedByHref.get(href);
            SyncState.Synced agreed = uid == null ? null : state.synced().get(uid);
            if (agreed != null && agreed.etag().equals(object.getValue()) && base.containsKey(uid)) {
                entries.put(uid, new Remote(href, agreed.etag(), agreed.ics(), base.get(uid)));
                continue;
            }
            Optional<CalendarServer.Resource> fetched = server.get(href);
            if (fetched.isEmpty()) {
                continue; // deleted between the listing and now
            }
            String etag = fetched.get().etag().isEmpty() ? object.getValue() : fetched.get().etag();
            try {
                ScheduleEntry entry = format.read(fetched.get().ics(), href, zone);
                if (entries.containsKey(entry.uid())) {
                    leftOut.add(Problem.of(ProblemKind.SYNC_LEFT_OUT, href,
                            Problem.of(ProblemKind.DUPLICATE_UID, entry.uid())));
                } else {
                    entries.put(entry.uid(), new Remote(href, etag, fetched.get().ics(), entry));
                }
            } catch (StoreException e) {
                // an event the schedule cannot hold (a monthly meeting a phone added): left alone there
                leftOut.add(Problem.of(ProblemKind.SYNC_LEFT_OUT, href, e.problem()));
            }
        }
        return new Read(entries, leftOut, tag);
    }
}
