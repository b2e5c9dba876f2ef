package org.reachable.ui.tray;

import java.time.Duration;
import java.util.Optional;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.service.OverrideRequest;

/**
 * What a tray menu entry does. The status entries map to the domain's {@link OverrideRequest}; the
 * rest (copy, open, quit) are the tray process's own business.
 */
public enum TrayAction {
    FOCUS_30_MINUTES(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofMinutes(30))),
    FOCUS_1_HOUR(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofHours(1))),
    FOCUS_2_HOURS(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofHours(2))),
    FOCUS_UNTIL_NEXT_WINDOW(new OverrideRequest.FocusUntilNextWindow()),
    FOCUS_UNTIL_END_OF_DAY(new OverrideRequest.UntilEndOfDay(OverrideState.FOCUS)),
    AVAILABLE_UNTIL_NEXT_CHANGE(new OverrideRequest.AvailableUntilNextChange()),
    AVAILABLE_1_HOUR(new OverrideRequest.For(OverrideState.AVAILABLE, Duration.ofHours(1))),
    BACK_TO_SCHEDULE(new OverrideRequest.BackToSchedule()),
    COPY_AUTOREPLY(null), COPY_VOICEMAIL(null),
    /** Copies the code that forwards all calls to the number kept (issue 18), for the start of focus. */
    FORWARD_ON(null),
    /** Copies the code that stops forwarding, for the end of focus. */
    FORWARD_OFF(null),
    OPEN(null), QUIT(null);

    private final OverrideRequest request;

    TrayAction(OverrideRequest request) {
        this.request = request;
    }

    /** The status change this entry asks for; empty for entries that are not about status. */
    public Optional<OverrideRequest> request() {
        return Optional.ofNullable(request);
    }
}
