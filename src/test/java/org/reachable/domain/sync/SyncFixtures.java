package org.reachable.domain.sync;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.Passwords;

/** The week the sync tests send back and forth, and a keyring in a map. */
public final class SyncFixtures {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private SyncFixtures() {
    }

    public static ReachableWindow mornings() {
        return new ReachableWindow("window-1", null, Weekly.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                TimeRange.of("09:00", "11:00")), Set.of("phone"));
    }

    public static ReachableWindow longerMornings() {
        return new ReachableWindow("window-1", null, Weekly.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                TimeRange.of("09:00", "12:00")), Set.of("phone"));
    }

    public static FocusBlock wednesdays() {
        return new FocusBlock("focus-1", "Writing", Weekly.of(EnumSet.of(DayOfWeek.WEDNESDAY),
                TimeRange.of("13:00", "16:00")), Set.of());
    }

    public static FocusBlock dentist() {
        return dentist("Dentist");
    }

    /** The dentist's appointment under another title, as one side or the other renamed it. */
    public static FocusBlock dentist(String summary) {
        return new FocusBlock("focus-2", summary, new Dated(LocalDateTime.parse("2026-12-09T10:00"),
                LocalDateTime.parse("2026-12-09T11:00")), Set.of());
    }

    /** A keyring in a map, keyed "url user". */
    public static final class MapPasswords implements Passwords {
        public final Map<String, String> kept = new HashMap<>();

        @Override
        public Optional<String> find(String server, String user) {
            return Optional.ofNullable(kept.get(server + " " + user));
        }

        @Override
        public void store(String server, String user, String password) {
            kept.put(server + " " + user, password);
        }
    }
}
