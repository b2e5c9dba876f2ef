package org.reachable.ui.channels;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reachable.domain.model.Promise;

/**
 * A response promise as the form asks it: a kind, and for "within" a number and a unit. Each
 * language words the value itself, so nothing typed here has to be read back.
 */
public final class PromiseChoice {

    /** The unit of "within N …". */
    public enum Unit {
        MINUTES(1), HOURS(60);

        final int minutes;

        Unit(int minutes) {
            this.minutes = minutes;
        }
    }

    /** The longest wait a promise can name: a week, as {@link Promise} allows. */
    static final int MOST_MINUTES = 7 * 24 * 60;

    private final ObjectProperty<Promise.Kind> kind = new SimpleObjectProperty<>(Promise.Kind.NONE);
    private final IntegerProperty amount = new SimpleIntegerProperty(1);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(Unit.HOURS);

    PromiseChoice() {
        kind.addListener((o, was, now) -> {
            if (now == null) {
                kind.set(was == null ? Promise.Kind.NONE : was);
            }
        });
        unit.addListener((o, was, now) -> {
            if (now == null) {
                unit.set(was == null ? Unit.HOURS : was);
            }
        });
    }

    /** Shows {@code promise}: whole hours as hours ("2 hours"), anything else as minutes ("90 minutes"). */
    void fill(Promise promise) {
        kind.set(promise.kind());
        if (promise.kind() == Promise.Kind.WITHIN) {
            boolean hours = promise.minutes() % 60 == 0;
            unit.set(hours ? Unit.HOURS : Unit.MINUTES);
            amount.set(hours ? promise.minutes() / 60 : promise.minutes());
        } else {
            unit.set(Unit.HOURS);
            amount.set(1);
        }
    }

    /** The promise chosen; a wait is kept within 1 minute and a week. */
    public Promise value() {
        if (kind.get() != Promise.Kind.WITHIN) {
            return Promise.of(kind.get());
        }
        long minutes = (long) Math.max(1, amount.get()) * unit.get().minutes;
        return new Promise(Promise.Kind.WITHIN, (int) Math.min(MOST_MINUTES, minutes));
    }

    /** The highest number the unit allows (168 hours, 10080 minutes). */
    public static int most(Unit unit) {
        return MOST_MINUTES / unit.minutes;
    }

    /** Everything that changes the value, for a listener or a binding. */
    Observable[] parts() {
        return new Observable[] {kind, amount, unit};
    }

    public ObjectProperty<Promise.Kind> kindProperty() {
        return kind;
    }

    /** The number of "within N minutes/hours". */
    public IntegerProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }
}
