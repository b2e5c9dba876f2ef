package org.reachable.domain.text;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a set of days into what a text names: runs ("ma t/m vr") and single days ("za en zo").
 * Three days in a row make a run; two stay single, because "za t/m zo" is longer than "za en zo"
 * and nobody writes it. The week starts on Monday and does not wrap, so Friday to Monday is
 * "ma en vr t/m zo", as a Dutch calendar reads.
 */
final class DayRuns {

    /** A run of days: {@code first == last} for a single day. */
    record Part(DayOfWeek first, DayOfWeek last) {
        boolean single() {
            return first == last;
        }
    }

    private DayRuns() {
    }

    static List<Part> of(Set<DayOfWeek> days) {
        List<Part> parts = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < 7) {
            if (!days.contains(all[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < 7 && days.contains(all[j + 1])) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(new Part(all[i], all[j]));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(new Part(all[k], all[k]));
                }
            }
            i = j + 1;
        }
        return parts;
    }
}
