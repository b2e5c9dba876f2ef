package org.reachable.domain.port;

/** Where an imported calendar comes from: a file, or a subscription URL (https, webcal as https). */
public interface CalendarSource {

    /**
     * The calendar's bytes, fetched once.
     *
     * @param fileOrUrl a path, or an {@code https://} or {@code webcal://} address
     * @throws StoreException with its own problem for each way it fails: too large, too slow, not a
     *         calendar, not found (404), another HTTP status, a TLS failure, no such file
     */
    Fetched fetch(String fileOrUrl) throws StoreException;

    /** Whether there is a network to fetch over; a source that cannot tell says yes. */
    default boolean online() {
        return true;
    }

    /**
     * @param bytes what the file or server gave
     * @param name how messages name it (the file's name, or the URL as given)
     * @param address the source as one stable text (the URL with webcal made https, or the file's name),
     *        which imported entries remember
     * @param remote fetched from a server (the address is then the source), not read from a file
     */
    record Fetched(byte[] bytes, String name, String address, boolean remote) {
    }
}
