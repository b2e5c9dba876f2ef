package org.reachable.ui.main;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.home.ForwardingCard;

/**
 * Where the home page's forwarding number is kept: settings.json, written on {@code io} (the
 * monitor's thread), never on the FX thread, since the file's turn may be another process's for up
 * to 10 s; then the data is read again. A failure is told on the FX thread, in the screen's language.
 */
final class ForwardingNumber implements ForwardingCard.Store {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    private final Workspace workspace;
    private final StatusMonitor monitor;
    private final Executor io;
    private final Clock clock;
    private final Locale locale;

    ForwardingNumber(Workspace workspace, StatusMonitor monitor, Executor io, Clock clock, Locale locale) {
        this.workspace = workspace;
        this.monitor = monitor;
        this.io = io;
        this.clock = clock;
        this.locale = locale;
    }

    @Override
    public String load() {
        Workspace.Loaded data = monitor.data();
        return data == null ? "" : data.settings().preferences().forwardTo();
    }

    @Override
    public String save(String e164, Consumer<String> notStored) {
        io.execute(() -> {
            try {
                workspace.settings().update(clock.getZone(),
                        s -> s.withPreferences(s.preferences().withForwardTo(e164)));
                monitor.reload();
            } catch (StoreException | RuntimeException e) {
                LOG.warning(e.getMessage());
                String why = ProblemWords.in(locale).message(e);
                Platform.runLater(() -> notStored.accept(why));
            }
        });
        return "";
    }
}
