package org.reachable.domain.subscribe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.service.ImportPlan;
import org.reachable.domain.service.Workspace;

/**
 * Imports again, on its own, a calendar the user imported from an address (issue 14 deferred it to
 * issue 17): updates by UID as a re-import by hand does, every {@link #DEFAULT} or as often as the
 * calendar asks (REFRESH-INTERVAL, X-PUBLISHED-TTL; between {@link #MIN} and {@link #MAX}).
 *
 * <p><b>A user's own edit wins.</b> A re-import by hand shows each change in its preview before it
 * overwrites the user's edit; a refresh has no one watching, so an entry the user changed or
 * deleted since it was imported is left as the user made it (and counted as kept, which Days off
 * shows). Every other entry follows the calendar. Which is which is told by a fingerprint of each
 * entry as imported, kept with the subscription; a re-import by hand takes the calendar's version
 * again and makes it the new base.
 */
public final class SubscriptionRefresh {

    public static final Duration DEFAULT = Duration.ofHours(6);
    public static final Duration MIN = Duration.ofMinutes(15);
    public static final Duration MAX = Duration.ofDays(7);
    /** After a failure: 5, 15, 60 minutes, then the usual interval. */
    public static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(60));

    /** What a refresh of one subscription did; {@code problem} is empty when it went through. */
    public record Result(String url, int added, int changed, int removed, int kept, String problem) {
    }

    private final Workspace workspace;
    private final CalendarImporter importer;
    private final Clock clock;

    public SubscriptionRefresh(Workspace workspace, CalendarImporter importer, Clock clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * After an import by hand from {@code url} (the plan applied, {@code after} the schedule it
     * made): the subscriptions with that one, every entry of that source its new base.
     */
    public static List<Subscription> remember(List<Subscription> subscriptions, ImportPlan plan, ImportAs as,
            Set<String> channels, Schedule after, Instant now) {
        List<Subscription> list = new ArrayList<>();
        long every = 0;
        for (Subscription s : subscriptions) {
            if (s.url().equals(plan.source())) {
                every = s.every();
            } else {
                list.add(s);
            }
        }
        list.add(new Subscription(plan.source(), as.name(), List.copyOf(channels), now, every, 0, "",
                base(after, plan.source(), Map.of(), Set.of())));
        return list;
    }

    /** When {@code s} is next due: its interval after the last refresh, or sooner after a failure. */
    public static Instant due(Subscription s, Instant lastTry) {
        if (s.refreshed() == null) {
            return lastTry;
        }
        if (s.failures() > 0 && s.failures() <= BACK_OFF.size()) {
            return lastTry.plus(BACK_OFF.get(s.failures() - 1));
        }
        Duration every = s.every() > 0 ? Duration.ofSeconds(s.every()) : DEFAULT;
        Instant next = s.refreshed().plus(every);
        return s.failures() > 0 && lastTry.plus(every).isAfter(next) ? lastTry.plus(every) : next;
    }

    /** Refreshes {@code url} now: fetch, plan, apply all but the user's own edits, save the schedule and subscriptions.json. */
    public Result refresh(String url) throws StoreException {
        // a broken subscriptions.json: on its last good version, and the save below keeps it aside
        Workspace.Loaded data = workspace.loadWithLastGoodSubscriptions();
        Subscription s = find(data.subscriptions(), url);
        Instant now = clock.instant();
        Set<String> known = new LinkedHashSet<>();
        data.settings().channels().forEach((Channel c) -> known.add(c.id()));
        Set<String> chosen = new LinkedHashSet<>(s.channels());
        chosen.retainAll(known);
        try {
            CalendarImporter.Fetched fetched = importer.again(data.schedule(), url, ImportAs.valueOf(s.as()), chosen,
                    known, LocalDateTime.ofInstant(now, data.zone()));
            ImportPlan plan = fetched.plan();
            Map<String, ScheduleEntry> here = new LinkedHashMap<>();
            data.schedule().entries().forEach(e -> here.put(e.uid(), e));
            List<ScheduleEntry> before = new ArrayList<>();
            List<ScheduleEntry> after = new ArrayList<>();
            Set<String> kept = new LinkedHashSet<>();
            int changed = 0;
            for (ScheduleEntry added : plan.added()) {
                if (s.imported().containsKey(added.uid())) {
                    kept.add(added.uid()); // imported before and deleted here since: the user's choice
                } else {
                    after.add(added);
                }
            }
            for (ImportPlan.Change c : plan.changed()) {
                if (edited(s, c.before())) {
                    kept.add(c.before().uid());
                } else {
                    before.add(c.before());
                    after.add(c.after());
                    changed++;
                }
            }
            int removed = 0;
            for (ScheduleEntry gone : plan.removed()) {
                if (edited(s, gone)) {
                    kept.add(gone.uid());
                } else {
                    before.add(gone);
                    removed++;
                }
            }
            if (workspace.subscriptions().loadOrLastGood().stream().noneMatch(left -> left.url().equals(url))) {
                return new Result(url, 0, 0, 0, 0, ""); // removed in Days off during the download: nothing comes in
            }
            Schedule next = data.schedule();
            if (!before.isEmpty() || !after.isEmpty()) {
                ScheduleEdit edit = new ScheduleEdit(ScheduleEdit.Action.IMPORT, before, after);
                // the fetch took up to 20 s: applied to the schedule as it is now, in turn with the
                // window's save and the sync, so an edit saved meanwhile is not written over
                next = workspace.schedules().update(data.zone(), edit::applyTo);
            }
            Subscription done = new Subscription(url, s.as(), s.channels(), now,
                    RefreshHint.seconds(fetched.bytes(), MIN, MAX), 0, "", base(next, url, s.imported(), kept));
            save(url, done);
            return new Result(url, after.size() - changed, changed, removed, kept.size(), "");
        } catch (StoreException e) {
            String why = ProblemWords.english().words(e.problem());
            save(url, new Subscription(url, s.as(), s.channels(), s.refreshed(), s.every(), s.failures() + 1, why,
                    s.imported()));
            throw e;
        }
    }

    /** The subscriptions as subscriptions.json has them now (its last good version while it is broken). */
    public List<Subscription> subscriptions() throws StoreException {
        return workspace.subscriptions().loadOrLastGood();
    }

    private static boolean edited(Subscription s, ScheduleEntry here) {
        String base = s.imported().get(here.uid());
        return base != null && !base.equals(Subscription.fingerprint(here));
    }

    /**
     * The new base: each entry of the source as it is here now, except those the user edited or
     * deleted, which keep their old base (so they stay the user's at the next refresh too).
     */
    private static Map<String, String> base(Schedule schedule, String source, Map<String, String> old, Set<String> kept) {
        String prefix = ImportPlan.uidPrefix(source);
        Map<String, String> base = new LinkedHashMap<>();
        for (ScheduleEntry e : schedule.entries()) {
            if (e.uid().startsWith(prefix) && !kept.contains(e.uid())) {
                base.put(e.uid(), Subscription.fingerprint(e));
            }
        }
        for (String uid : kept) {
            if (old.containsKey(uid)) {
                base.put(uid, old.get(uid));
            }
        }
        return base;
    }

    private static Subscription find(List<Subscription> subscriptions, String url) throws StoreException {
        for (Subscription s : subscriptions) {
            if (s.url().equals(url)) {
                return s;
            }
        }
        throw new StoreException(org.reachable.domain.problem.Problem.text("no subscription " + url));
    }

    /**
     * Writes {@code done} over the subscription of the same address as subscriptions.json has it
     * now, in turn; one removed meanwhile (Days off) stays removed.
     */
    private void save(String url, Subscription done) throws StoreException {
        workspace.subscriptions().update(list -> {
            List<Subscription> next = new ArrayList<>();
            for (Subscription s : list) {
                next.add(s.url().equals(url) ? done : s);
            }
            return next;
        });
    }
}
