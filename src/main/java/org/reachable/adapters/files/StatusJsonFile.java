package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.port.StatusFile;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.status.State;

/** status.json, replaced atomically at each change; no backup (it is rewritten, never edited). */
public final class StatusJsonFile implements StatusFile {

    private final Path file;

    public StatusJsonFile(Path file) {
        this.file = file;
    }

    /** The top-level fields come first in status.json (at, state, reason, until, then the channels). */
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern UNTIL = Pattern.compile("\"until\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * The state the app last wrote, when it still holds at {@code now} (its next change not yet
     * passed): what the tray icon shows while it docks, before the schedule is read. Read with a
     * pattern, not Jackson, which costs ~0.4 s of class loading before the icon could dock.
     */
    public static Optional<State> lastState(Path file, Instant now) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // never written: a first start
        }
        Matcher state = STATE.matcher(json);
        Matcher until = UNTIL.matcher(json);
        int channels = json.indexOf("\"channels\"");
        if (!state.find() || channels >= 0 && state.start() > channels) {
            return Optional.empty();
        }
        try {
            if (until.find() && (channels < 0 || until.start() < channels) && !Instant.parse(until.group(1)).isAfter(now)) {
                return Optional.empty(); // it changed since: the file no longer says what holds
            }
            return Optional.of(State.valueOf(state.group(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty(); // written by someone else: the icon waits for the schedule instead
        }
    }

    @Override
    public void write(String json) throws StoreException {
        try {
            AtomicFile.replace(file, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNWRITABLE, e.getMessage())
                    .at(file.getFileName().toString(), 0), e);
        }
    }
}
