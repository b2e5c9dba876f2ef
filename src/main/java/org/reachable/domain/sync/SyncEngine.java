package org.reachable.domain.sync;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reachable.domain.edit.Merge;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.EntryFormat;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SyncStore;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.service.Workspace;

/**
 * Two-way sync of the schedule with the user's calendar server. Each run merges three versions
 * of every entry by UID with the editor's own {@link org.reachable.domain.edit.Merge}: as last
 * agreed with the server (kept in {@code sync.json}), as here, and as there now. A side that
 * changed wins; both changed is a conflict, kept as here and sent, the server's version kept for
 * the user's choice.
 *
 * <p>Never a lost or doubled edit: an edit made here stays different from the agreed version
 * until the server has it, so it waits across failures and restarts; every write is guarded by
 * the ETag last seen (or If-None-Match for a new one, at an href fixed by its UID), and the
 * agreed version is saved after each write, so a sync cut off anywhere resumes where it stopped.
 *
 * <p>One sync at a time in a process (synchronized); the tray and the command line may overlap,
 * and then the ETags make the later one re-read and merge.
 */
public final class SyncEngine {

    private final SyncStore store;
    private final Workspace workspace;
    private final EntryFormat format;
    private final Passwords passwords;
    private final CalendarServer.Connector connector;
    private final Clock clock;

    public SyncEngine(SyncStore store, Workspace workspace, EntryFormat format, Passwords passwords,
            CalendarServer.Connector connector, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.format = Objects.requireNonNull(format, "format");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a server is set up; reads only the data folder. */
    public boolean configured() throws StoreException {
        return store.load().configured();
    }

    public SyncState state() throws StoreException {
        return store.load();
    }

    /** Signs in and finds (or makes) the calendar, changing nothing here: Settings' "Test connection". */
    public String test(String url, String user, String password) throws StoreException {
        return connector.connect(url, user, password).calendar();
    }

    /**
     * Sets the server up: signs in, finds or makes the calendar, keeps the password in the keyring
     * and the server in sync.json. The same server and calendar again keep what was agreed with it.
     */
    public synchronized void setUp(String url, String user, String password) throws StoreException {
        String calendar = test(url, user, password);
        passwords.store(url, user, password);
        // in turn: the tray's sync or an answered question saved between this read and write would be undone
        store.exclusive(() -> {
            SyncState old = store.load();
            boolean same = old.url().equals(url) && old.user().equals(user)
                    && old.calendar().equals(Optional.of(calendar));
            store.save(same ? old : SyncState.setUp(url, user, calendar));
            return null;
        });
    }

    /**
     * The server that is set up, signed in with the keyring's password (no connection made yet):
     * for the published availability, a second calendar on the same server.
     *
     * @throws StoreException when no server is set up or no password is known for it
     */
    public CalendarServer server() throws StoreException {
        SyncState state = store.load();
        if (!state.configured()) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_NOT_SET_UP));
        }
        String password = passwords.find(state.url(), state.user()).orElseThrow(() -> new StoreException(
                Problem.of(ProblemKind.SYNC_NO_PASSWORD, state.url(), state.user())));
        return connector.connect(state.url(), state.user(), password);
    }

    /** A password given for this run where no keyring kept it (asked once per session). */
    public void remember(String password) throws StoreException {
        SyncState state = store.load();
        passwords.store(state.url(), state.user(), password);
    }

    /**
     * One sync: fetch what changed there, merge, write the result here, send what changed here.
     * On a failure the state says why and what still waits, and the exception says it to the caller.
     * A different server set up while it runs (Settings, {@code sync --setup} in another process)
     * stops it before its next save of sync.json, and the new server is synced instead.
     */
    public synchronized SyncReport sync() throws StoreException {
        for (int attempt = 1; ; attempt++) {
            try {
                return syncOnce();
            } catch (Superseded e) {
                if (attempt == 3) {
                    // set up anew again and again while syncing: the next round (the tray's, the user's) goes on
                    return new SyncReport(0, 0, 0, 0, 0, List.of());
                }
            }
        }
    }

    private SyncReport syncOnce() throws StoreException {
        SyncState state = store.load();
        if (!state.configured()) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_NOT_SET_UP));
        }
        Workspace.Loaded loaded = workspace.load();
        try {
            String password = passwords.find(state.url(), state.user()).orElseThrow(() -> new StoreException(
                    Problem.of(ProblemKind.SYNC_NO_PASSWORD, state.url(), state.user())));
            CalendarServer server = connector.connect(state.url(), state.user(), password);
            try {
                return new Round(server, state, loaded.schedule()).run();
            } catch (CalendarServer.Changed e) {
                // changed there while we wrote: read again and merge once more
                SyncState again = store.load();
                if (!sameServer(again, state)) {
                    throw new Superseded();
                }
                return new Round(server, again, workspace.load().schedule()).run();
            }
        } catch (Superseded e) {
            throw e;
        } catch (StoreException e) {
            Schedule here = workspace.load().schedule();
            boolean noted = store.exclusive(() -> {
                SyncState now = store.load();
                if (!sameServer(now, state)) {
                    return false; // the old server's failure is not the new one's
                }
                store.save(now.failed(e.problem(), waiting(now, here)));
                return true;
            });
            if (!noted) {
                throw new Superseded();
            }
            throw e;
        }
    }

    /**
     * Whether sync.json still names the server a round began with: a round that writes its state
     * over a server set up meanwhile would undo the set-up (the user's new server gone).
     */
    private static boolean sameServer(SyncState now, SyncState began) {
        return now.url().equals(began.url()) && now.user().equals(began.user())
                && (began.calendar().isEmpty() || now.calendar().equals(began.calendar()));
    }

    /** A different server was set up while a round ran: it stops without saving its state. */
    private static final class Superseded extends StoreException {
        private static final long serialVersionUID = 1L;

        Superseded() {
            super(Problem.text("another server was set up during the sync"));
        }
    }

    /**
     * The server's versions of the entries changed on both sides, read with times in {@code zone}
     * (empty: deleted there), in the order they came; each waits for the user's {@link SyncChoice}.
     */
    public Map<String, Optional<ScheduleEntry>> conflicts(ZoneId zone) throws StoreException {
        SyncState state = store.load();
        Map<String, Optional<ScheduleEntry>> theirs = new LinkedHashMap<>();
        for (Map.Entry<String, String> conflict : state.conflicts().entrySet()) {
            String href = Optional.ofNullable(state.synced().get(conflict.getKey())).map(SyncState.Synced::href)
                    .orElse(conflict.getKey());
            theirs.put(conflict.getKey(), conflict.getValue().isEmpty() ? Optional.empty()
                    : Optional.of(format.read(conflict.getValue(), href, zone)));
        }
        return theirs;
    }

    /**
     * The user answered for {@code uids}: the questions leave sync.json. The answer itself is an edit
     * of the schedule (taking the server's version changes the entry here), which the next sync sends.
     */
    public void settle(Collection<String> uids) throws StoreException {
        store.exclusive(() -> {
            store.save(store.load().settled(uids));
            return null;
        });
    }

    /** UIDs of the entries changed here (added, edited, deleted) that the server does not have yet. */
    public List<String> waiting() throws StoreException {
        return waiting(store.load(), workspace.load().schedule());
    }

    private List<String> waiting(SyncState state, Schedule local) {
        Map<String, ScheduleEntry> base = agreed(state, local.zone());
        List<String> uids = new ArrayList<>();
        for (ScheduleEntry entry : local.entries()) {
            if (!entry.equals(base.get(entry.uid()))) {
                uids.add(entry.uid());
            }
        }
        for (String uid : state.synced().keySet()) {
            if (local.entries().stream().noneMatch(e -> e.uid().equals(uid))) {
                uids.add(uid);
            }
        }
        return uids;
    }

    /** The base of the merge: each entry as last agreed with the server. */
    private Map<String, ScheduleEntry> agreed(SyncState state, ZoneId zone) {
        Map<String, ScheduleEntry> base = new LinkedHashMap<>();
        state.synced().forEach((uid, synced) -> {
            try {
                base.put(uid, format.read(synced.ics(), synced.href(), zone));
            } catch (StoreException e) {
                // our own text no longer reads (a newer format?): as if never agreed, so it is compared anew
            }
        });
        return base;
    }

    /** The merge as written here, and {changed or added here, removed here}. */
    private record Merged(Merge.Result merge, Schedule schedule, int[] here) {
    }

    /** One pass: read there, merge, write here, send there. */
    private final class Round {
        private final CalendarServer server;
        private final Schedule local;
        private SyncState state;

        Round(CalendarServer server, SyncState state, Schedule local) {
            this.server = server;
            this.state = state;
            this.local = local;
        }

        SyncReport run() throws StoreException {
            ZoneId zone = local.zone();
            if (state.calendar().isEmpty()) {
                String found = server.calendar();
                SyncState began = state;
                state = store.exclusive(() -> {
                    SyncState now = store.load();
                    if (!sameServer(now, began) || now.calendar().isPresent()) {
                        throw new Superseded();
                    }
                    store.save(now.withCalendar(found));
                    return now.withCalendar(found);
                });
            }
            String calendar = state.calendar().orElseThrow();
            Map<String, ScheduleEntry> base = agreed(state, zone);
            Remote.Read there = Remote.read(server, format, calendar, state, base, zone);
            if (!base.isEmpty() && there.entries().isEmpty() && there.leftOut().isEmpty()) {
                // the calendar was emptied or made anew on the server: send everything again rather
                // than delete the whole schedule here
                base = Map.of();
            }
            Schedule agreedBase = new Schedule(zone, List.copyOf(base.values()));
            // the schedule read again for the merge, in turn with the window's save: an edit saved
            // while the server was asked is merged, not written over
            Merged done = workspace.schedules().exclusive(() -> {
                Schedule now = workspace.load().schedule();
                Merge.Result result = Merge.of(agreedBase, now, there.schedule(zone));
                Schedule ordered = LocalOrder.keep(now, result.merged());
                int[] changes = LocalOrder.differences(now, ordered);
                if (changes[0] + changes[1] > 0) {
                    workspace.schedules().save(ordered);
                }
                return new Merged(result, ordered, changes);
            });
            Merge.Result merge = done.merge();
            Schedule merged = done.schedule();
            int[] here = done.here();
            int sent = 0;
            int deletedThere = 0;
            Map<String, SyncState.Synced> synced = new LinkedHashMap<>();
            for (ScheduleEntry entry : merged.entries()) {
                Remote theirs = there.entries().get(entry.uid());
                if (theirs != null && theirs.entry().equals(entry)) {
                    synced.put(entry.uid(), theirs.synced());
                    continue;
                }
                String href = theirs != null ? theirs.href()
                        : Optional.ofNullable(state.synced().get(entry.uid())).map(SyncState.Synced::href)
                                .orElseGet(() -> server.hrefFor(calendar, entry.uid()));
                String ics = format.write(entry, zone);
                Optional<String> etag = server.put(href, ics, Optional.ofNullable(theirs).map(Remote::etag));
                String newEtag = etag.isPresent() ? etag.get()
                        : server.get(href).map(CalendarServer.Resource::etag).orElse("");
                synced.put(entry.uid(), new SyncState.Synced(href, newEtag, ics));
                saveProgress(synced);
                sent++;
            }
            for (Remote theirs : there.entries().values()) {
                if (!synced.containsKey(theirs.entry().uid())) {
                    server.delete(theirs.href(), theirs.etag());
                    deletedThere++;
                    Map<String, SyncState.Synced> left = new LinkedHashMap<>(state.synced());
                    left.remove(theirs.entry().uid());
                    state = state.withSynced(left);
                    saveProgress(synced);
                }
            }
            state = state.withSynced(synced);
            Map<String, String> found = new LinkedHashMap<>();
            for (Merge.Conflict c : merge.conflicts()) {
                Remote theirs = there.entries().get(c.uid());
                found.put(c.uid(), theirs == null ? "" : theirs.ics());
            }
            // the tag from before the listing, not after our writes: what another device wrote meanwhile
            // is then fetched by the next sync instead of hidden behind a newer tag
            Optional<String> tag = there.tag();
            store.exclusive(() -> {
                stillOurs();
                store.save(state.succeeded(clock.instant(), tag, questions(found)));
                return null;
            });
            return new SyncReport(sent, deletedThere, here[0], here[1], merge.conflicts().size(), there.leftOut());
        }

        /**
         * After each write: what the server now has, with the entries not yet reached kept as they
         * were agreed, so a sync cut off here knows exactly what is still to send.
         */
        private void saveProgress(Map<String, SyncState.Synced> done) throws StoreException {
            Map<String, SyncState.Synced> now = new LinkedHashMap<>(state.synced());
            now.putAll(done);
            state = state.withSynced(now);
            store.exclusive(() -> {
                stillOurs();
                state = state.withConflicts(questions(Map.of()));
                store.save(state);
                return null;
            });
        }

        /** In sync.json's turn, before a save: stops the round when another server was set up meanwhile. */
        private void stillOurs() throws StoreException {
            if (!sameServer(store.load(), state)) {
                throw new Superseded();
            }
        }

        /**
         * The questions waiting as sync.json has them now, and those this round found: the window
         * may have settled one while this round ran, and writing back the list read at its start
         * would ask the user again.
         */
        private Map<String, String> questions(Map<String, String> found) throws StoreException {
            Map<String, String> all = new LinkedHashMap<>(store.load().conflicts());
            all.putAll(found);
            return all;
        }
    }
}
