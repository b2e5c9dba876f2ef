package org.reachable.ui.welcome;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** First start: an example week or an empty one, and the home time zone (the system's preselected). */
public final class WelcomeViewModel {

    /** What the user chose. */
    public record Choice(boolean exampleWeek, ZoneId zone) {
    }

    private final BooleanProperty exampleWeek = new SimpleBooleanProperty(true);
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>();
    private final ObservableList<String> zones;
    private final Consumer<Choice> onStart;

    public WelcomeViewModel(ZoneId systemZone, Consumer<Choice> onStart) {
        this.onStart = onStart;
        // the places people live in, plus whatever the system uses (a server may say Etc/UTC)
        this.zones = FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equals(systemZone.getId()) || id.equals("UTC")
                        || id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted().toList());
        zone.set(systemZone.getId());
    }

    public boolean canStart() {
        return zone.get() != null && zones.contains(zone.get());
    }

    /** Creates the user's data from the choice. */
    public void start() {
        if (canStart()) {
            onStart.accept(new Choice(exampleWeek.get(), ZoneId.of(zone.get())));
        }
    }

    public BooleanProperty exampleWeekProperty() {
        return exampleWeek;
    }

    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    public ObservableList<String> zones() {
        return zones;
    }
}
