package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tells when files in the data folder change from outside: the CLI, a calendar app, a sync tool.
 * Events are debounced, so a file written in several steps (or renamed into place) gives one
 * call; a half-written file that fails to parse is followed by the event of the complete one.
 * The watch thread blocks on the OS (inotify on Linux): no polling.
 */
public final class FolderWatcher implements AutoCloseable {

    /** Long enough for a save in several steps, short enough that the tray follows within a second. */
    public static final long DATA_DEBOUNCE_MILLIS = 300;

    private final Path folder;
    private final Set<String> names;
    private final long debounceMillis;
    private final Runnable onChange;
    private final ScheduledExecutorService debouncer;
    private WatchService service;
    private Thread thread;
    private ScheduledFuture<?> pending;

    /**
     * @param names the file names to watch (others in the folder, like status.json, are ignored)
     * @param onChange called on a background thread after the files settled
     */
    public FolderWatcher(Path folder, Set<String> names, long debounceMillis, Runnable onChange) {
        this(folder, names, debounceMillis, onChange,
                Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "reachable-watch-debounce")));
    }

    /** With the executor that waits out the burst: tests pass one that runs only when told. */
    FolderWatcher(Path folder, Set<String> names, long debounceMillis, Runnable onChange,
            ScheduledExecutorService debouncer) {
        this.folder = folder;
        this.names = Set.copyOf(names);
        this.debounceMillis = debounceMillis;
        this.onChange = onChange;
        this.debouncer = debouncer;
    }

    /** The files the workspace loads: what a status is made of, and the subscriptions. */
    private static final Set<String> DATA = Set.of(DataFolder.SCHEDULE_ICS, DataFolder.SETTINGS_JSON,
            DataFolder.OVERRIDE_JSON, DataFolder.SUBSCRIPTIONS_JSON);

    /**
     * The watcher of the files a status is made of (schedule, settings, override; not status.json,
     * which the app writes itself) and of subscriptions.json, whose refreshes Days off shows,
     * debounced so a save in steps gives one call, started.
     */
    public static FolderWatcher dataFiles(DataFolder folder, Runnable onChange) throws IOException {
        return started(new FolderWatcher(folder.root(), DATA, DATA_DEBOUNCE_MILLIS, onChange));
    }

    /**
     * The window's watcher: the data files and calendar-publish.json, the tray's last failure to
     * publish, which Settings shows. Not the tray's: it writes that file after each failed try, and
     * each reload would try again.
     */
    public static FolderWatcher windowFiles(DataFolder folder, Runnable onChange) throws IOException {
        Set<String> names = new java.util.HashSet<>(DATA);
        names.add(DataFolder.CALENDAR_PUBLISH_JSON);
        return started(new FolderWatcher(folder.root(), names, DATA_DEBOUNCE_MILLIS, onChange));
    }

    private static FolderWatcher started(FolderWatcher watcher) throws IOException {
        watcher.start();
        return watcher;
    }

    public void start() throws IOException {
        service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        thread = daemon(this::watch, "reachable-watch");
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW
                            || (event.context() instanceof Path p && names.contains(p.getFileName().toString()))) {
                        relevant = true;
                    }
                }
                if (relevant) {
                    schedule();
                }
                if (!key.reset()) {
                    return; // the folder is gone
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = debouncer.schedule(onChange, debounceMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        debouncer.shutdownNow();
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
