package org.reachable.adapters.keyring;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Passwords in the macOS Keychain through Apple's {@code security} tool: a generic password per
 * server ("Reachable: URL") and user. The password is written through {@code security -i}'s
 * standard input, never on a command line another process could read.
 */
public final class MacKeychain implements Passwords {

    static final int NOT_FOUND = 44; // errSecItemNotFound, as security(1) exits

    private final OsTool tool;

    public MacKeychain(OsTool tool) {
        this.tool = tool;
    }

    static String service(String server) {
        return "Reachable: " + server;
    }

    @Override
    public Optional<String> find(String server, String user) throws StoreException {
        OsTool.Result result = run(List.of("/usr/bin/security", "find-generic-password", "-s", service(server),
                "-a", user, "-w"), "");
        if (result.exit() == NOT_FOUND) {
            return Optional.empty();
        }
        if (result.exit() != 0) {
            throw failed("security exited with " + result.exit());
        }
        String out = result.out();
        return Optional.of(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
    }

    @Override
    public void store(String server, String user, String password) throws StoreException {
        String line = "add-generic-password -U -s " + quoted(service(server)) + " -a " + quoted(user) + " -w "
                + quoted(password) + "\n";
        OsTool.Result result = run(List.of("/usr/bin/security", "-i"), line);
        if (result.exit() != 0) {
            throw failed("security exited with " + result.exit());
        }
    }

    /** security -i splits its lines like a shell: double quotes, with \ before " and \. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private OsTool.Result run(List<String> command, String input) throws StoreException {
        try {
            return tool.run(command, input);
        } catch (IOException e) {
            throw failed(e.getMessage());
        }
    }

    private static StoreException failed(String why) {
        return new StoreException(Problem.of(ProblemKind.KEYRING_FAILED, why));
    }
}
