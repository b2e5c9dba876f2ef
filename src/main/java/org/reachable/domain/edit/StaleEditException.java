package org.reachable.domain.edit;

import org.reachable.domain.model.InvalidScheduleException;

/**
 * An undo or redo that would throw away a change made since — by a calendar app, the CLI or a
 * sync tool — to an entry it touches. The step is dropped from the history instead.
 */
public final class StaleEditException extends InvalidScheduleException {

    public StaleEditException(String message) {
        super(message);
    }
}
