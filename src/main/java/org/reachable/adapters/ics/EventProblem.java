package org.reachable.adapters.ics;

import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * What is wrong with one event, as a value; {@code property} names the line to point at (null:
 * its BEGIN:VEVENT). Turned into a StoreException with the line number by the reader.
 */
final class EventProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String property;
    final transient Problem problem;

    EventProblem(String property, Problem problem) {
        super(problem.kind().name(), null, false, false);
        this.property = property;
        this.problem = property == null ? problem : problem.in(property);
    }

    EventProblem(String property, ProblemKind kind, Object... args) {
        this(property, Problem.of(kind, args));
    }
}
