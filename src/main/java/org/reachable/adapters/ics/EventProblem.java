package org.reachable.adapters.ics;

/**
 * What is wrong with one event, in words for the user; {@code property} names the line to point at
 * (null: its BEGIN:VEVENT). Turned into a StoreException with the line number by the reader.
 */
final class EventProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String property;

    EventProblem(String property, String reason) {
        super(reason, null, false, false);
        this.property = property;
    }
}
