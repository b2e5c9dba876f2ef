package org.reachable.ui.settings;

import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.model.Profile;
import org.reachable.ui.ZoneChoices;

/**
 * The Settings page's zones: the home zone, in which every entry of the week is a wall-clock time,
 * and the clients' zone that texts may add. A new home zone is not saved at once: the page first
 * says what it means ("9:00-11:00" stays 9:00-11:00, now in the new zone) and saves on
 * {@link #confirmHomeZone()}. The client zone saves as it changes.
 */
public final class ZoneViewModel {

    private final SettingsSaves saves;
    private final Consumer<ZoneId> homeZoneChanged;
    private final ObjectProperty<String> homeZone = new SimpleObjectProperty<>();
    private final ObjectProperty<String> clientZone = new SimpleObjectProperty<>("");
    private final ObservableList<String> zones;
    private final ObservableList<String> clientZones;
    /** The note on a home zone change not yet confirmed, and the zone it changes from (null: none). */
    private final ReadOnlyStringWrapper zoneChange = new ReadOnlyStringWrapper("");
    private String zoneChangeFrom;
    private final Loading loading = new Loading();

    /** @param homeZoneChanged called on the io side once a new home zone is saved */
    ZoneViewModel(SettingsSaves saves, ZoneId zone, Consumer<ZoneId> homeZoneChanged) {
        this.saves = saves;
        this.homeZoneChanged = homeZoneChanged;
        List<String> ids = ZoneChoices.ids(zone);
        zones = FXCollections.observableArrayList(ids);
        clientZones = FXCollections.observableArrayList();
        clientZones.add(""); // none
        clientZones.addAll(ids);
        homeZone.set(zone.getId());
        homeZone.addListener((o, was, now) -> {
            if (!loading.on()) {
                proposeHomeZone(was, now);
            }
        });
        clientZone.addListener((o, was, now) -> {
            if (!loading.on()) {
                saveClientZone(was, now);
            }
        });
    }

    /** The zones as the file holds them; a home zone change not confirmed yet stays shown. */
    void show(Profile profile) {
        loading.quietly(() -> {
            String home = profile.homeZone().getId();
            if (!zones.contains(home)) {
                zones.add(home); // an old or unusual id from the file: still shown as it is
            }
            if (zoneChangeFrom == null) {
                homeZone.set(home);
            } else {
                zoneChangeFrom = home; // a change not confirmed yet stays shown; it now changes from this
            }
            String client = profile.clientZone() == null ? "" : profile.clientZone().getId();
            if (!clientZones.contains(client)) {
                clientZones.add(client);
            }
            clientZone.set(client);
        });
    }

    private void proposeHomeZone(String was, String now) {
        ZoneId newZone = zoneOrNull(now);
        if (newZone == null) {
            refuse(() -> homeZone.set(was), now);
            return;
        }
        if (zoneChangeFrom == null) {
            zoneChangeFrom = was;
        }
        if (now.equals(zoneChangeFrom)) {
            zoneChangeFrom = null;
            zoneChange.set("");
            return;
        }
        zoneChange.set(MessageFormat.format(saves.text("settings.homeZone.change"), zoneChangeFrom, now));
    }

    /** Saves the home zone chosen; the schedule's times stay on the clock. */
    public void confirmHomeZone() {
        if (zoneChangeFrom == null) {
            return;
        }
        String was = zoneChangeFrom;
        zoneChangeFrom = null;
        zoneChange.set("");
        saveHomeZone(was, homeZone.get());
    }

    /** Keeps the home zone as it was. */
    public void cancelHomeZone() {
        if (zoneChangeFrom == null) {
            return;
        }
        String was = zoneChangeFrom;
        zoneChangeFrom = null;
        zoneChange.set("");
        loading.quietly(() -> homeZone.set(was));
    }

    private void saveHomeZone(String was, String now) {
        ZoneId newZone = zoneOrNull(now);
        if (newZone == null) {
            refuse(() -> homeZone.set(was), now);
            return;
        }
        if (now.equals(clientZone.get())) {
            loading.quietly(() -> clientZone.set("")); // the same clock twice says nothing
        }
        saves.save(s -> {
            Profile p = s.profile().withHomeZone(newZone);
            return s.withProfile(newZone.equals(p.clientZone()) ? p.withClientZone(null) : p);
        }, () -> homeZoneChanged.accept(newZone));
    }

    private void saveClientZone(String was, String now) {
        String id = now == null ? "" : now;
        ZoneId newZone = id.isEmpty() || id.equals(homeZone.get()) ? null : zoneOrNull(id);
        if (newZone == null && !id.isEmpty() && !id.equals(homeZone.get())) {
            refuse(() -> clientZone.set(was), id);
            return;
        }
        if (newZone == null && !id.isEmpty()) {
            loading.quietly(() -> clientZone.set("")); // the home zone is no client zone
        }
        saves.save(s -> s.withProfile(s.profile().withClientZone(newZone)));
    }

    private ZoneId zoneOrNull(String id) {
        if (id == null || !zones.contains(id)) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Puts back the zone that holds, without saving it, and says why. */
    private void refuse(Runnable putBack, String id) {
        loading.quietly(putBack);
        saves.refused("settings.zone.unknown", id);
    }

    /** What a home zone change the user has not confirmed yet will do; empty when there is none. */
    public ReadOnlyStringProperty zoneChangeProperty() {
        return zoneChange.getReadOnlyProperty();
    }

    /** The home zone's id; one not in {@link #zones()} is refused. */
    public ObjectProperty<String> homeZoneProperty() {
        return homeZone;
    }

    /** The client zone's id; "" is none. */
    public ObjectProperty<String> clientZoneProperty() {
        return clientZone;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    /** The zones, after "" for none. */
    public ObservableList<String> clientZones() {
        return clientZones;
    }
}
