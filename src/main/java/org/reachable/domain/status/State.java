package org.reachable.domain.status;

/** The overall status: some channel reachable, focusing, or off. */
public enum State {
    AVAILABLE, FOCUS, OFF
}
