package org.reachable.adapters.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;

/**
 * The macOS Keychain and the Windows Credential Manager through their tools, with a fake tool
 * that behaves as they do (this machine has neither): the password never on a command line.
 */
class CommandKeyringsTest {

    /** security(1): -i reads add-generic-password lines; find-generic-password -w prints or exits 44. */
    static final class FakeSecurity implements OsTool {
        final Map<String, String> items = new HashMap<>();
        final List<List<String>> commands = new ArrayList<>();

        @Override
        public Result run(List<String> command, String input) {
            commands.add(command);
            if (command.contains("-i")) {
                List<String> words = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"((?:\\\\.|[^\"])*)\"|(\\S+)").matcher(input.strip());
                while (m.find()) {
                    words.add(m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2));
                }
                items.put(words.get(words.indexOf("-s") + 1) + "|" + words.get(words.indexOf("-a") + 1),
                        words.get(words.indexOf("-w") + 1));
                return new Result(0, "");
            }
            String key = command.get(command.indexOf("-s") + 1) + "|" + command.get(command.indexOf("-a") + 1);
            return items.containsKey(key) ? new Result(0, items.get(key) + "\n") : new Result(44, "");
        }
    }

    @Test
    void theMacKeychainKeepsAPasswordWithQuotesAndFindsItAgain() throws StoreException {
        FakeSecurity security = new FakeSecurity();
        MacKeychain keychain = new MacKeychain(security);
        assertEquals(Optional.empty(), keychain.find("https://dav.example/", "anna"));
        keychain.store("https://dav.example/", "anna", "pa ss\"wo\\rd");
        assertEquals(Optional.of("pa ss\"wo\\rd"), keychain.find("https://dav.example/", "anna"));
        assertEquals(Optional.empty(), keychain.find("https://dav.example/", "bob"));
        security.commands.forEach(c -> assertFalse(String.join(" ", c).contains("wo\\rd"), "never on a command line: " + c));
    }

    @Test
    void aKeychainThatRefusesSaysSo() {
        MacKeychain keychain = new MacKeychain((command, input) -> new OsTool.Result(51, ""));
        StoreException e = assertThrows(StoreException.class, () -> keychain.find("https://dav.example/", "anna"));
        assertEquals(ProblemKind.KEYRING_FAILED, e.problem().kind());
    }

    @Test
    void windowsCredentialsGoThroughPowerShellsStandardInput() throws StoreException {
        Map<String, String> vault = new HashMap<>();
        List<String> inputs = new ArrayList<>();
        OsTool powershell = (command, input) -> {
            assertEquals("powershell.exe", command.get(0));
            String script = new String(Base64.getDecoder().decode(command.get(command.size() - 1)),
                    StandardCharsets.UTF_16LE);
            assertTrue(script.contains("CredReadW") && script.contains("CredWriteW"));
            inputs.add(input);
            String[] lines = input.split("\n");
            if (lines[0].equals("write")) {
                vault.put(lines[1], lines[3]);
                return new OsTool.Result(0, "");
            }
            return vault.containsKey(lines[1]) ? new OsTool.Result(0, vault.get(lines[1]))
                    : new OsTool.Result(WindowsCredentials.NOT_FOUND, "");
        };
        WindowsCredentials credentials = new WindowsCredentials(powershell);
        assertEquals(Optional.empty(), credentials.find("https://dav.example/", "anna"));
        credentials.store("https://dav.example/", "anna", "s3cret");
        assertEquals(Optional.of("s3cret"), credentials.find("https://dav.example/", "anna"));
        assertEquals("write\nReachable: anna@https://dav.example/\nanna\ns3cret\n", inputs.get(1));
        assertFalse(String.join(" ", WindowsCredentials.command()).contains("s3cret"));
    }

    @Test
    void withoutAKeyringThePasswordLivesOnlyAsLongAsTheProcess() {
        SessionPasswords session = new SessionPasswords();
        session.store("https://dav.example/", "anna", "pw");
        assertEquals(Optional.of("pw"), session.find("https://dav.example/", "anna"));
        assertFalse(Keyrings.lasting(session));
        assertTrue(Keyrings.lasting(new MacKeychain(OsTool.PROCESS)));
        assertFalse(Keyrings.lasting(Keyrings.forSystem("Linux", Map.of())), "no session bus: memory");
    }
}
