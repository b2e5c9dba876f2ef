package org.reachable.domain.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Settings' "also publish to a calendar on my server" (issue 17, item 3): the feed's events, one
 * calendar object each, in a calendar of their own ({@link #CALENDAR}) on the server the schedule
 * syncs with, so that a phone or an assistant with access to that server sees the same free/busy
 * as availability.ics, without a subscription to a public address.
 *
 * <p>The calendar is Reachable's: after a publish it holds exactly the feed's events. Each
 * object's name carries a hash of its text (DTSTAMP left out, it is only the moment of
 * publishing), so the server's own listing says what is there already: only changed stretches are
 * written (the old object deleted first, since a calendar holds one object per UID), gone ones are
 * deleted, and the rest is not touched — after a restart too, and whether the tray or the command
 * line publishes, with no state kept here. Every write is guarded by ETags: a delete by the one
 * listed, a create by If-None-Match (a name already taken holds the same text by construction).
 */
public final class CalendarPublish {

    /** The calendar's display name on the server, found by it or made with it. */
    public static final String CALENDAR = "Reachable – availability";

    /** What one publish did: the calendar's href, objects written, deleted and left as they were. */
    public record Report(String calendar, int written, int deleted, int kept) {
    }

    /** The server set up for sync, signed in: opened only when publishing, so its problems are told as publishing's. */
    public interface Server {
        CalendarServer open() throws StoreException;
    }

    private CalendarPublish() {
    }

    /**
     * Makes the calendar hold exactly {@code objects} (UID to iCalendar text, as
     * {@code IcsFormat.feedObjects} writes them).
     *
     * @throws StoreException with {@link ProblemKind#PUBLISH_CALENDAR} around the server's own problem
     */
    public static Report publish(Server opener, Map<String, String> objects) throws StoreException {
        try {
            CalendarServer server = opener.open();
            String calendar = server.calendar(CALENDAR);
            Map<String, String> wanted = new LinkedHashMap<>();
            objects.forEach((uid, ics) -> wanted.put(server.hrefFor(calendar, name(uid, ics)), ics));
            Map<String, String> there = server.list(calendar);
            int deleted = 0;
            for (Map.Entry<String, String> e : there.entrySet()) {
                if (!wanted.containsKey(e.getKey())) {
                    server.delete(e.getKey(), e.getValue());
                    deleted++;
                }
            }
            int written = 0;
            for (Map.Entry<String, String> e : wanted.entrySet()) {
                if (!there.containsKey(e.getKey())) {
                    try {
                        server.put(e.getKey(), e.getValue(), Optional.empty());
                    } catch (CalendarServer.Changed already) {
                        // made meanwhile by the other publisher (tray or CLI): its name says it is this text
                    }
                    written++;
                }
            }
            return new Report(calendar, written, deleted, there.size() - deleted);
        } catch (StoreException e) {
            throw new StoreException(Problem.of(ProblemKind.PUBLISH_CALENDAR, CALENDAR, e.problem()), e);
        }
    }

    /** The object's name: its UID without the domain, and a hash of its text without DTSTAMP. */
    static String name(String uid, String ics) {
        String text = ics.replaceAll("(?m)^DTSTAMP[;:].*\r?\n", "");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < text.length(); i++) { // the chars as UTF-16: the domain does without java.nio
                sha.update((byte) (text.charAt(i) >> 8));
                sha.update((byte) text.charAt(i));
            }
            byte[] digest = sha.digest();
            return uid.replaceFirst("@reachable$", "") + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
