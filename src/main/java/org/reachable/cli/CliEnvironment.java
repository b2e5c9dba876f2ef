package org.reachable.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.reachable.domain.sync.SyncEngine;

import java.time.Clock;
import java.util.Optional;
import org.reachable.domain.port.IcsFormat;
import org.reachable.domain.port.JsonFormat;
import org.reachable.domain.port.PublishFolder;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.TextService;

/** What the app hands the command line: the adapters, already built, and a way to start the GUI. */
public interface CliEnvironment {

    /** The stores of the data folder: {@code --data-dir}, else REACHABLE_HOME, else the OS place. */
    Workspace workspace(Optional<String> dataDir);

    JsonFormat json();

    IcsFormat ics();

    /** Imports a calendar file or subscription URL once ({@code import-ics}). */
    CalendarImporter calendars();

    /** Files the user names: an export, or the folder {@code publish} writes into and serves for a look. */
    PublishFolder files();

    Clock clock();

    /** Makes the texts clients read (website, signature, auto-reply…) from their templates. */
    SnippetRenderer snippets();

    /** Publishes the availability page, feed and status into a folder, and serves it for a look. */
    default Publisher publisher() {
        return new Publisher(new TextService(snippets()), ics(), files());
    }

    /** The sync with the user's calendar server ({@code reachable sync}) for the data folder. */
    SyncEngine sync(Optional<String> dataDir);

    /** Where {@code sync --setup} reads the password: standard input, one line. */
    default BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Starts the tray app; returns its exit code when it ends. */
    int startGui(Optional<String> dataDir, boolean background);

    /** Starts the window process (started by the tray app, not by users); returns when it closes. */
    int startWindow(Optional<String> dataDir, boolean fallback);
}
