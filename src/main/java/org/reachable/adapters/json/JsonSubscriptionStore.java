package org.reachable.adapters.json;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SubscriptionStore;

/**
 * {@code subscriptions.json}: the calendars imported from an address and what their refreshes
 * found. Written atomically with a backup and read in turns ({@code subscriptions.json.lock}), as
 * the tray refreshes while the window imports or removes one; a file that does not parse is moved
 * aside before the next save, as every data file.
 *
 * <p>Until this file existed they were kept in settings.json, which the window writes too, so a
 * refresh and a window's save in the same instant could lose one side. The first read without
 * this file takes them from settings.json once (or from its backup, when settings.json is the
 * broken one), and writes them here; settings.json then drops them at its next save, which waits
 * for that move ({@link #moveOut}), so nothing is lost whichever process reads or writes first.
 */
public final class JsonSubscriptionStore implements SubscriptionStore {

    private static final Logger LOG = Logger.getLogger(JsonSubscriptionStore.class.getName());

    private final StoreFile file;
    private final StoreFile settings;
    private final JsonCodec codec;

    /** @param settings settings.json, which held the subscriptions before this file */
    public JsonSubscriptionStore(StoreFile file, StoreFile settings, JsonCodec codec) {
        this.file = file;
        this.settings = settings;
        this.codec = codec;
    }

    @Override
    public List<Subscription> load() throws StoreException {
        if (!file.exists()) {
            // no lock file, no turn for the usual case: nothing to move
            return inSettings().isEmpty() ? List.of() : file.exclusive(this::moveFromSettings);
        }
        return parse(file.read());
    }

    private List<Subscription> parse(Optional<byte[]> content) throws StoreException {
        if (content.isEmpty()) {
            return List.of();
        }
        try {
            return codec.readSubscriptions(content.get(), file.name());
        } catch (StoreException e) {
            throw file.parseFailed(e);
        }
    }

    @Override
    public Optional<List<Subscription>> loadBackup() throws StoreException {
        Optional<byte[]> content = file.readBackup();
        return content.isEmpty() ? Optional.empty()
                : Optional.of(codec.readSubscriptions(content.get(), file.name() + ".bak"));
    }

    @Override
    public void save(List<Subscription> subscriptions) throws StoreException {
        file.write(codec.writeSubscriptions(subscriptions));
    }

    /** On a broken file the last good version (the backup, or none), as the app runs on it. */
    @Override
    public List<Subscription> loadOrLastGood() throws StoreException {
        try {
            return load();
        } catch (StoreException e) {
            if (!file.isBroken()) {
                throw e; // unreadable rather than broken: nothing to go on with, nothing to keep aside
            }
            return lastGood();
        }
    }

    private List<Subscription> lastGood() {
        try {
            return loadBackup().orElse(List.of());
        } catch (StoreException e) {
            return List.of(); // the backup is broken too: what the app runs on then
        }
    }

    @Override
    public <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
        return file.exclusive(step);
    }

    /**
     * Before settings.json is written (without subscriptions): the ones it still holds move here
     * first. Once this file exists, settings.json is never looked at again.
     */
    void moveOut() throws StoreException {
        if (!file.exists() && !inSettings().isEmpty()) {
            file.exclusive(this::moveFromSettings);
        }
    }

    /** In turn: another process may have moved them meanwhile. */
    private List<Subscription> moveFromSettings() throws StoreException {
        if (file.exists()) {
            return parse(file.read());
        }
        List<Subscription> old = inSettings();
        if (!old.isEmpty()) {
            save(old);
            LOG.info("Moved " + old.size() + " subscription(s) from " + settings.name() + " to " + file.name());
        }
        return old;
    }

    private List<Subscription> inSettings() {
        try {
            Optional<byte[]> content = settings.read();
            if (content.isPresent()) {
                return codec.subscriptionsInSettings(content.get(), settings.name());
            }
        } catch (StoreException e) {
            // a broken settings.json is reported by its own store; its backup holds the last good list
        }
        try {
            Optional<byte[]> backup = settings.readBackup();
            return backup.isEmpty() ? List.of() : codec.subscriptionsInSettings(backup.get(), settings.name() + ".bak");
        } catch (StoreException e) {
            return List.of();
        }
    }
}
