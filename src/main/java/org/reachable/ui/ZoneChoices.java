package org.reachable.ui;

import java.time.ZoneId;
import java.util.List;

/** The time zones a list offers. */
public final class ZoneChoices {

    private ZoneChoices() {
    }

    /**
     * The places people live in (Europe/Amsterdam, not Etc/GMT+1 or SystemV/…), plus UTC and
     * whatever the system uses (a server may say Etc/UTC), sorted.
     */
    public static List<String> ids(ZoneId system) {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equals(system.getId()) || id.equals("UTC")
                        || id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted().toList();
    }
}
