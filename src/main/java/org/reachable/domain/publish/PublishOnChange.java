package org.reachable.domain.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;

/**
 * Settings' "Publish to folder" (issue 17): while it is on, the tray process makes the page, feed
 * and status again whenever the data changes (an edit saved in the window, a calendar app or the
 * CLI; an override set or cleared) and once a day besides, so the page's year ahead and the feed's
 * weeks move on even when nothing is edited. Nothing else is done: the page itself says "now".
 */
public final class PublishOnChange implements StatusMonitor.Listener {

    /** How old a published folder may get while nothing changes. */
    static final Duration REFRESH = Duration.ofDays(1);

    private final Publisher publisher;
    private final Clock clock;
    private final Consumer<String> onProblem;
    private Workspace.Loaded published;
    private String publishedTo;
    private Instant publishedAt;

    /** @param onProblem told when the folder cannot be written (the app goes on; the next change tries again) */
    public PublishOnChange(Publisher publisher, Clock clock, Consumer<String> onProblem) {
        this.publisher = publisher;
        this.clock = clock;
        this.onProblem = onProblem;
    }

    @Override
    public void dataChanged(Workspace.Loaded data) {
        publishIfDue(data);
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        publishIfDue(change.data());
    }

    private synchronized void publishIfDue(Workspace.Loaded data) {
        Preferences p = data.settings().preferences();
        if (!p.publish() || p.publishFolder().isBlank()) {
            published = null;
            return;
        }
        Instant now = clock.instant();
        boolean same = data.equals(published) && p.publishFolder().equals(publishedTo);
        if (same && publishedAt != null && Duration.between(publishedAt, now).compareTo(REFRESH) < 0) {
            return;
        }
        try {
            publisher.publish(data, p.publishFolder(), now);
            published = data;
            publishedTo = p.publishFolder();
            publishedAt = now;
        } catch (StoreException | RuntimeException e) {
            published = null;
            onProblem.accept("Cannot publish to " + p.publishFolder() + ": " + e.getMessage());
        }
    }
}
