package org.reachable.app;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.reachable.adapters.caldav.CalDavSync;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.files.UserFiles;
import org.reachable.adapters.http.CalendarDownload;
import org.reachable.adapters.ics.IcsCodec;
import org.reachable.adapters.ics.IcsImport;
import org.reachable.adapters.ics.IcsScheduleStore;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.json.JsonStores;
import org.reachable.adapters.phone.LibPhoneNumbers;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.adapters.tray.DesktopTrays;
import org.reachable.cli.CliEnvironment;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.port.IcsFormat;
import org.reachable.domain.port.JsonFormat;
import org.reachable.domain.port.PublishFolder;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.text.snippet.SnippetRenderer;

/** Builds the adapters for one data folder and hands them to the CLI and the GUI. */
public class AppEnvironment implements CliEnvironment {

    /** One reader of phone numbers for every workspace, made with the first (not before the tray icon docks). */
    private static final class Phones { static final PhoneNumbers PHONES = new LibPhoneNumbers(Locale.getDefault()); }

    private final Clock clock;
    private final JsonCodec json = new JsonCodec();
    private final MustacheRenderer snippets = new MustacheRenderer();

    public AppEnvironment() {
        this(Clock.systemDefaultZone());
    }

    public AppEnvironment(Clock clock) {
        this.clock = clock;
    }

    /** The data folder for a {@code --data-dir} value; overridden in tests. */
    protected DataFolder folder(Optional<String> dataDir) {
        return DataFolder.fromSystem(dataDir);
    }

    @Override
    public Workspace workspace(Optional<String> dataDir) {
        return workspace(folder(dataDir));
    }

    Workspace workspace(DataFolder folder) {
        JsonStores files = new JsonStores(folder, clock, json);
        return new Workspace(new IcsScheduleStore(new StoreFile(new DataFile(folder.schedule(), clock))),
                files.settings(), files.override(), files.subscriptions(), files.publishFailures(), clock, Phones.PHONES,
                new org.reachable.adapters.holidays.LazyHolidays(), files.statusCache()); // jollyday on first use
    }

    @Override
    public JsonFormat json() {
        return json;
    }

    @Override
    public IcsFormat ics() {
        return IcsCodec.FORMAT;
    }

    @Override
    public CalendarImporter calendars() {
        return new CalendarImporter(new CalendarDownload(), new IcsImport());
    }

    @Override
    public PublishFolder files() {
        return new UserFiles();
    }

    @Override
    public SyncEngine sync(Optional<String> dataDir) {
        return CalDavSync.engine(folder(dataDir).file("sync.json"), workspace(dataDir), clock);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public SnippetRenderer snippets() {
        return snippets;
    }

    @Override
    public int startGui(Optional<String> dataDir, boolean background) {
        return TrayApp.run(this, folder(dataDir), background, DesktopTrays.ahead(System.getenv()));
    }

    @Override
    public int startWindow(Optional<String> dataDir, boolean fallback) {
        return WindowApp.launch(this, folder(dataDir), fallback);
    }
}
