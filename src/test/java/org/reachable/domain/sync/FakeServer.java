package org.reachable.domain.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * A calendar server in a map, with ETags and a ctag that change on every write, and the
 * preconditions a CalDAV server checks. It can go away, and a test can act "on the phone"
 * just before a given write.
 */
public final class FakeServer implements CalendarServer {

    public static final String CALENDAR = "/dav/anna/reachable/";

    final Map<String, Resource> objects = new LinkedHashMap<>();
    final List<String> log = new ArrayList<>();
    boolean calendarMade;
    public boolean down;
    /** Goes down just before this write (1 = the first PUT or DELETE); 0 never. */
    int downBeforeWrite;
    /** Runs just before the n-th write: another device's edit that lands first. */
    Runnable beforeWrite = () -> { };
    /** Runs at each GET: something that happens here while the sync asks the server. */
    Runnable beforeGet = () -> { };
    private int writes;
    private int version;

    private void reach() throws StoreException {
        if (down) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_UNREACHABLE, "https://dav.example/", "connection refused"));
        }
    }

    private void write(String what) throws StoreException {
        writes++;
        if (writes == downBeforeWrite) {
            down = true;
        }
        beforeWrite.run();
        reach();
        log.add(what);
    }

    @Override
    public String calendar() throws StoreException {
        reach();
        calendarMade = true;
        return CALENDAR;
    }

    @Override
    public Optional<String> tag(String calendar) throws StoreException {
        reach();
        return Optional.of("ctag-" + version);
    }

    @Override
    public Map<String, String> list(String calendar) throws StoreException {
        reach();
        log.add("LIST");
        Map<String, String> etags = new LinkedHashMap<>();
        objects.forEach((href, r) -> etags.put(href, r.etag()));
        return etags;
    }

    @Override
    public Optional<Resource> get(String href) throws StoreException {
        reach();
        beforeGet.run();
        log.add("GET " + href);
        return Optional.ofNullable(objects.get(href));
    }

    @Override
    public Optional<String> put(String href, String ics, Optional<String> ifMatch) throws StoreException {
        write("PUT " + href);
        Resource now = objects.get(href);
        if (ifMatch.isEmpty() ? now != null : now == null || !now.etag().equals(ifMatch.get())) {
            throw new Changed(Problem.of(ProblemKind.SYNC_CHANGED, "https://dav.example/"));
        }
        return Optional.of(phone(href, ics));
    }

    @Override
    public void delete(String href, String etag) throws StoreException {
        write("DELETE " + href);
        Resource now = objects.get(href);
        if (now != null && !now.etag().equals(etag)) {
            throw new Changed(Problem.of(ProblemKind.SYNC_CHANGED, "https://dav.example/"));
        }
        objects.remove(href);
        version++;
    }

    @Override
    public String hrefFor(String calendar, String uid) {
        return calendar + uid + ".ics";
    }

    /** Another device writes the object (no precondition); returns the new ETag. */
    public String phone(String href, String ics) {
        version++;
        String etag = "\"" + version + "\"";
        objects.put(href, new Resource(href, etag, ics));
        return etag;
    }

    void phoneDeletes(String href) {
        objects.remove(href);
        version++;
    }

    long writes(String prefix) {
        return log.stream().filter(l -> l.startsWith(prefix)).count();
    }
}
