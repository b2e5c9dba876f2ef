package org.reachable.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.reachable.domain.model.Theme;
import org.reachable.domain.port.DesktopTheme;
import org.reachable.ui.Appearance;

/**
 * Light or dark for every scene of the window process, as the user chose in Settings or, for
 * "as the system", as the desktop prefers (asked off the FX thread: it runs a command).
 */
public final class ThemeFollower {

    private final DesktopTheme desktop;
    private final Executor io;
    private final ObservableValue<Theme> choice;
    private final List<Scene> scenes = new ArrayList<>();
    private volatile boolean systemDark;

    /**
     * @param choice the user's choice (null: as the system); followed live, as the user picks, so
     *     the listener is part of what the dark-appearance tests drive
     */
    public ThemeFollower(DesktopTheme desktop, Executor io, ObservableValue<Theme> choice) {
        this.desktop = desktop;
        this.io = io;
        this.choice = choice;
        choice.addListener((o, was, now) -> apply());
    }

    /** {@code scene} follows from now on. FX thread. */
    public void follow(Scene scene) {
        scenes.add(scene);
        Appearance.apply(scene, dark());
    }

    public void forget(Scene scene) {
        scenes.remove(scene);
    }

    /** Asks the desktop again (its preference may have changed) and applies the result. */
    public void askDesktop() {
        io.execute(() -> {
            systemDark = desktop.prefersDark();
            Platform.runLater(this::apply);
        });
    }

    /** Applies the choice as it is now. FX thread. */
    public void apply() {
        boolean dark = dark();
        scenes.forEach(scene -> Appearance.apply(scene, dark));
    }

    private boolean dark() {
        Theme chosen = choice.getValue();
        return (chosen == null ? Theme.SYSTEM : chosen).isDark(systemDark);
    }
}
