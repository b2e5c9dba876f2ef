package org.reachable.ui.settings;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;

/**
 * How every part of the Settings page writes settings.json: a read-modify-write off the FX thread
 * ({@code io}), so edits made elsewhere in the meantime stay, and one line that says why the last
 * change failed, set on the FX thread ({@code ui}).
 */
final class SettingsSaves {

    private final ResourceBundle bundle;
    private final SettingsStore store;
    private final ZoneId zone;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    SettingsSaves(ResourceBundle bundle, SettingsStore store, ZoneId zone, Executor io, Executor ui) {
        this.bundle = bundle;
        this.store = store;
        this.zone = zone;
        this.io = io;
        this.ui = ui;
    }

    void save(UnaryOperator<Settings> change) {
        save(change, () -> { });
    }

    /** Reads, changes and writes settings.json; {@code after} runs on {@code io} once it is written. */
    void save(UnaryOperator<Settings> change, Runnable after) {
        io.execute(() -> {
            try {
                store.update(zone, change);
                ui.execute(() -> problem.set(""));
                after.run();
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.set(message(e)));
            }
        });
    }

    /** Says why a value was refused: the bundle's {@code key} about {@code value}. On the FX thread. */
    void refused(String key, Object value) {
        problem.set(MessageFormat.format(bundle.getString(key), value));
    }

    /** Says {@code words}; "" clears it. On the FX thread. */
    void say(String words) {
        problem.set(words);
    }

    /** "Could not save: ..." in the screen's language. */
    String message(Exception e) {
        return MessageFormat.format(bundle.getString("settings.problem"),
                ProblemWords.in(bundle.getLocale()).message(e));
    }

    String text(String key) {
        return bundle.getString(key);
    }

    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
