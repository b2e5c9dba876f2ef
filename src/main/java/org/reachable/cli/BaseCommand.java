package org.reachable.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.Workspace;
import picocli.CommandLine.ParentCommand;

/** What every subcommand needs: the environment, the loaded data, the words and the output. */
abstract class BaseCommand implements Callable<Integer> {

    @ParentCommand
    ReachableCommand root;

    private Workspace workspace;
    private Messages messages;

    Workspace workspace() {
        if (workspace == null) {
            if (!makesDataDir()) {
                root.requireDataDir();
            }
            workspace = root.env.workspace(root.dataDir());
        }
        return workspace;
    }

    /** Loads settings, schedule and override; a broken file stops here, before anything is written. */
    Workspace.Loaded load() throws StoreException {
        return workspace().load();
    }

    /** Only init may be given a --data-dir that does not exist yet (it makes the folder). */
    boolean makesDataDir() {
        return false;
    }

    CliEnvironment env() {
        return root.env;
    }

    Messages messages() {
        if (messages == null) {
            messages = new Messages(Locale.getDefault());
        }
        return messages;
    }

    PrintWriter out() {
        return root.out();
    }
}
