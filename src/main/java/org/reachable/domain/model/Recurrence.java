package org.reachable.domain.model;

/** When an entry happens: every week on some days, or once on a date. */
public sealed interface Recurrence permits Weekly, Dated {
}
