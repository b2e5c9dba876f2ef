package org.reachable.cli;

import java.util.List;
import java.util.Optional;

/**
 * The starts made most often, read without picocli: loading it and every command's class cost
 * ~0.3 s before the tray could dock (class-load log, 2-core machine), and the window process is
 * started on each tray click. The tray app (no arguments, or --background) and the window process
 * the tray starts (--data-dir DIR --ui [--fallback]) only; anything else, --data-dir with the tray
 * included (its folder must be checked), goes through the command line as before.
 */
public record QuickStart(boolean window, Optional<String> dataDir, boolean backgroundOrFallback) {

    public static Optional<QuickStart> of(String[] args) {
        List<String> list = List.of(args);
        if (list.isEmpty() || list.equals(List.of("--background"))) {
            return Optional.of(new QuickStart(false, Optional.empty(), !list.isEmpty()));
        }
        if (list.size() >= 3 && list.size() <= 4 && list.get(0).equals("--data-dir") && list.get(2).equals("--ui")
                && !list.get(1).startsWith("-") && (list.size() == 3 || list.get(3).equals("--fallback"))) {
            return Optional.of(new QuickStart(true, Optional.of(list.get(1)), list.size() == 4));
        }
        return Optional.empty();
    }
}
