package org.reachable.domain.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.reachable.domain.model.Subscription;

/**
 * Keeps the calendars imported from an address and what their refreshes found
 * ({@code subscriptions.json}): a file of its own, because the tray writes it after each refresh
 * while the window writes settings.json, and the two must never write over each other.
 */
public interface SubscriptionStore {

    /** The subscriptions; none without a file. */
    List<Subscription> load() throws StoreException;

    /** The last good version, for the app to run on when the file is broken (see ScheduleStore). */
    Optional<List<Subscription>> loadBackup() throws StoreException;

    /**
     * For what goes on when the file is broken (the tray's refresh, a save): the subscriptions, or
     * when the file does not parse, its last good version (the backup, or none); the next save then
     * moves the broken file aside. The command line uses {@link #load}, which stops there.
     */
    default List<Subscription> loadOrLastGood() throws StoreException {
        return load();
    }

    /** Writes atomically and keeps the previous file as a backup. */
    void save(List<Subscription> subscriptions) throws StoreException;

    /** A read and a save that no other process (the tray refreshing, the window removing one) interleaves. */
    default <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
        return step.run();
    }

    /**
     * Reads the list as it is now, changes it and writes it back, in turn ({@link #exclusive}); on a
     * broken file it changes the last good version ({@link #loadOrLastGood}), and the save keeps the
     * broken text aside.
     *
     * @return what was written
     */
    default List<Subscription> update(UnaryOperator<List<Subscription>> change) throws StoreException {
        return exclusive(() -> {
            List<Subscription> changed = change.apply(loadOrLastGood());
            save(changed);
            return changed;
        });
    }

    /** Held in memory: for tests of other things, and a workspace without a data folder. */
    static SubscriptionStore inMemory() {
        return new SubscriptionStore() {
            private List<Subscription> list = List.of();

            @Override
            public synchronized List<Subscription> load() {
                return list;
            }

            @Override
            public Optional<List<Subscription>> loadBackup() {
                return Optional.empty();
            }

            @Override
            public synchronized void save(List<Subscription> subscriptions) {
                list = List.copyOf(new ArrayList<>(subscriptions));
            }
        };
    }
}
