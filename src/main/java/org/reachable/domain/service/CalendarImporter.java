package org.reachable.domain.service;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.CalendarReader;
import org.reachable.domain.port.CalendarSource;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Imports a calendar once, for the command line and the Days off page alike: fetch it, read it,
 * and say what would change ({@link ImportPlan}); the caller shows that and applies its edit.
 *
 * <p>The source an imported entry remembers (in its UID, see {@link ImportPlan}) is the address
 * for a subscription URL, and for a file the calendar's own name (X-WR-CALNAME, which Google,
 * Apple and Outlook write) or else the file's name: an export downloaded again lands under another
 * folder or as "calendar (1).ics", and should still update the entries of the first import.
 */
public final class CalendarImporter {

    private final CalendarSource source;
    private final CalendarReader reader;

    public CalendarImporter(CalendarSource source, CalendarReader reader) {
        this.source = Objects.requireNonNull(source, "source");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * What importing {@code fileOrUrl} into {@code current} would do. Nothing is written.
     *
     * @param chosen channel ids the imported entries apply to; empty means every channel (a focus
     *        block then covers channels added later too; a window lists them all)
     * @param channels the user's channels, to check {@code chosen} against
     * @param now the local date-time in the home zone (entries that ended before are left out)
     * @throws StoreException when the calendar cannot be fetched or is not a calendar, or a chosen
     *         channel does not exist
     */
    public ImportPlan preview(Schedule current, String fileOrUrl, ImportAs as, Set<String> chosen,
            List<Channel> channels, LocalDateTime now) throws StoreException {
        Set<String> known = new LinkedHashSet<>();
        channels.forEach(c -> known.add(c.id()));
        for (String id : chosen) {
            if (!known.contains(id)) {
                throw new StoreException(Problem.of(ProblemKind.IMPORT_UNKNOWN_CHANNEL, id, String.join(", ", known)));
            }
        }
        return fetched(current, source.fetch(fileOrUrl), as, chosen, known, now).plan();
    }

    /** What the fetch gave: the plan, and the calendar's own bytes (a subscription reads its refresh hint there). */
    public record Fetched(ImportPlan plan, byte[] bytes) {
    }

    /**
     * As {@link #preview}, for a subscription the tray imports again: fetched once, with its bytes.
     *
     * @param channels the user's channel ids
     */
    public Fetched again(Schedule current, String url, ImportAs as, Set<String> chosen, Set<String> channels,
            LocalDateTime now) throws StoreException {
        return fetched(current, source.fetch(url), as, chosen, channels, now);
    }

    /** Whether the computer has a network to fetch over (a subscription waits while it has none). */
    public boolean online() {
        return source.online();
    }

    private Fetched fetched(Schedule current, CalendarSource.Fetched fetched, ImportAs as, Set<String> chosen,
            Set<String> known, LocalDateTime now) throws StoreException {
        Set<String> applied = !chosen.isEmpty() ? chosen : as == ImportAs.WINDOWS ? known : Set.of();
        CalendarReader.Read read = reader.read(fetched.bytes(), fetched.name(), current.zone(), as, applied);
        String key = fetched.remote() ? fetched.address() : read.calendarName().orElse(fetched.address());
        List<Problem> skipped = read.skipped();
        return new Fetched(ImportPlan.of(current, key, read.entries(), as, now, skipped), fetched.bytes());
    }
}
