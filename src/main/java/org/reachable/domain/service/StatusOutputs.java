package org.reachable.domain.service;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import org.reachable.domain.port.Hooks;
import org.reachable.domain.port.JsonFormat;
import org.reachable.domain.port.StatusFile;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;

/**
 * What other programs see of a status change: status.json (in the shape of {@code status --json})
 * at every change, and the user's hook for a state when that state begins.
 */
public final class StatusOutputs implements StatusMonitor.Listener {

    private final JsonFormat json;
    private final StatusFile statusFile;
    private final Hooks hooks;
    private final Consumer<String> onProblem;

    /** @param onProblem told when status.json cannot be written (the status itself goes on) */
    public StatusOutputs(JsonFormat json, StatusFile statusFile, Hooks hooks, Consumer<String> onProblem) {
        this.json = json;
        this.statusFile = statusFile;
        this.hooks = hooks;
        this.onProblem = onProblem;
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        Status status = change.current();
        try {
            statusFile.write(json.status(status, change.data().zone()) + "\n");
        } catch (StoreException e) {
            onProblem.accept(e.getMessage());
        }
        if (change.stateChanged()) {
            String command = hookFor(change.data(), status.state());
            if (!command.isEmpty()) {
                hooks.run(command, environment(status, change.data()));
            }
        }
    }

    /** The command the user set for {@code state}, or empty. */
    static String hookFor(Workspace.Loaded data, State state) {
        return HookCommands.of(data.settings().preferences(), state);
    }

    /** What a hook learns of the status it starts with. */
    static Map<String, String> environment(Status status, Workspace.Loaded data) {
        String channels = String.join(",", status.channels().stream().filter(ChannelStatus::reachable)
                .map(c -> c.channel().id()).toList());
        return Map.of("REACHABLE_STATE", status.state().name(),
                "REACHABLE_UNTIL", status.until() == null ? ""
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(status.until().atZone(data.zone())),
                "REACHABLE_CHANNELS", channels);
    }
}
