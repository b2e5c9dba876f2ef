package org.reachable.ui.settings;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncReport;
import org.reachable.domain.sync.SyncState;

/**
 * Settings → Calendar server: the server's address, the user and the password (which goes to the
 * keyring and is never shown again), "Test connection", "Save and sync", and how the sync stands.
 * Everything that talks to the server or the keyring runs on {@code io}; what comes back is set on
 * {@code ui}. Tests pass direct executors and a fake {@link Sync}.
 */
public final class CalendarServerViewModel {

    /** What the section asks of the sync (the SyncEngine in the app). */
    public interface Sync {
        String test(String url, String user, String password) throws StoreException;

        void setUp(String url, String user, String password) throws StoreException;

        SyncReport sync() throws StoreException;

        SyncState state() throws StoreException;

        List<String> waiting() throws StoreException;

        /** The app's sync, as the section asks it. */
        static Sync of(SyncEngine engine) {
            return new Sync() {
                @Override
                public String test(String url, String user, String password) throws StoreException {
                    return engine.test(url, user, password);
                }

                @Override
                public void setUp(String url, String user, String password) throws StoreException {
                    engine.setUp(url, user, password);
                }

                @Override
                public SyncReport sync() throws StoreException {
                    return engine.sync();
                }

                @Override
                public SyncState state() throws StoreException {
                    return engine.state();
                }

                @Override
                public List<String> waiting() throws StoreException {
                    return engine.waiting();
                }
            };
        }
    }

    private final ResourceBundle words;
    private final Locale locale;
    private final Sync sync;
    private final ZoneId zone;
    private final Executor io;
    private final Executor ui;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty choices = new SimpleBooleanProperty(false);
    private Runnable choose = () -> { };

    /** @param locale the screen's language, for dates and problems (the bundle's own may be the root) */
    public CalendarServerViewModel(ResourceBundle words, Locale locale, Sync sync, ZoneId zone, Executor io,
            Executor ui) {
        this.words = words;
        this.locale = locale;
        this.sync = sync;
        this.zone = zone;
        this.io = io;
        this.ui = ui;
    }

    /** Reads sync.json: the server set up (if any) and how the sync stands. */
    public void load() {
        io.execute(() -> {
            try {
                SyncState state = sync.state();
                String line = statusLine(state, state.configured() ? sync.waiting().size() : 0);
                ui.execute(() -> {
                    if (state.configured()) {
                        url.set(state.url());
                        user.set(state.user());
                    }
                    status.set(line);
                    choices.set(!state.conflicts().isEmpty());
                });
            } catch (StoreException e) {
                ui.execute(() -> status.set(problem(e)));
            }
        });
    }

    /** Signs in and finds (or makes) the calendar; saves nothing. */
    public void testConnection() {
        run((u, n, p) -> format("server.test.ok", sync.test(u, n, p)), false);
    }

    /** Keeps the password in the keyring and the server in sync.json, then syncs once. */
    public void save() {
        run((u, n, p) -> {
            sync.setUp(u, n, p);
            SyncReport report = sync.sync();
            return format("server.saved", report.sent(), report.received());
        }, true);
    }

    private interface Step {
        String run(String url, String user, String password) throws StoreException;
    }

    private void run(Step step, boolean forget) {
        String u = url.get().strip();
        String n = user.get().strip();
        String p = password.get();
        if (u.isEmpty() || n.isEmpty() || p.isEmpty()) {
            result.set(words.getString("server.incomplete"));
            failed.set(true);
            return;
        }
        busy.set(true);
        result.set(words.getString("server.busy"));
        failed.set(false);
        io.execute(() -> {
            String said;
            boolean wrong = false;
            try {
                said = step.run(u, n, p);
            } catch (StoreException e) {
                said = problem(e);
                wrong = true;
            }
            String shown = said;
            boolean problem = wrong;
            ui.execute(() -> {
                result.set(shown);
                failed.set(problem);
                busy.set(false);
                if (!problem) {
                    load();
                }
                if (!problem && forget) {
                    password.set(""); // the keyring has it now; this screen does not keep it
                }
            });
        });
    }

    String statusLine(SyncState state, int waiting) {
        if (!state.configured()) {
            return words.getString("server.status.none");
        }
        String last = state.lastSync().map(t -> format("server.status.last",
                DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", locale).format(t.atZone(zone))))
                .orElse(words.getString("server.status.never"));
        StringBuilder line = new StringBuilder(last).append(' ').append(format("server.status.waiting", waiting));
        if (!state.conflicts().isEmpty()) {
            line.append(' ').append(format("server.status.conflicts", state.conflicts().size()));
        }
        state.problem().ifPresent(p -> line.append(' ').append(format("server.status.failed",
                ProblemWords.in(locale).words(p))));
        return line.toString();
    }

    private String problem(StoreException e) {
        return ProblemWords.in(locale).words(e.problem());
    }

    private String format(String key, Object... args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What the last test or save said. */
    public StringProperty resultProperty() {
        return result;
    }

    /** True when {@link #resultProperty()} is a problem. */
    public BooleanProperty failedProperty() {
        return failed;
    }

    /** Last sync, changes waiting, the last problem. */
    public StringProperty statusProperty() {
        return status;
    }

    /** True while changes made on both sides wait for the user's choice: "Choose…" shows. */
    public BooleanProperty choicesProperty() {
        return choices;
    }

    /** What "Choose…" opens: the conflict question (set by the window's wiring). */
    public void onChoose(Runnable opener) {
        this.choose = opener;
    }

    public void choose() {
        choose.run();
    }

    /** True while the server is being asked: the buttons wait. */
    public BooleanProperty busyProperty() {
        return busy;
    }
}
