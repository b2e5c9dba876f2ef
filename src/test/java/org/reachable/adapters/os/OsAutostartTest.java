package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Start at login, on Linux for real in a temp XDG_CONFIG_HOME; macOS and Windows through their inputs. */
class OsAutostartTest {

    private static final List<String> JAR_COMMAND = OsAutostart.launchCommand(Map.of(
            "java.home", "/opt/jdk 17", "java.class.path", "/home/anne/Apps/reachable.jar"));

    @TempDir
    Path temp;

    private OsAutostart linux() {
        return new OsAutostart(Map.of("XDG_CONFIG_HOME", temp.resolve("config").toString()), "Linux",
                temp.resolve("home").toString(), JAR_COMMAND, "reachable", c -> {
                    throw new AssertionError("no commands on Linux");
                });
    }

    /** Exec split back into arguments the way a desktop reads it (string unescape, then quoting). */
    private static List<String> execArguments(String exec) {
        String value = exec.replace("\\\\", "\\").replace("%%", "%");
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                current.append(value.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any || current.length() > 0) {
                    arguments.add(current.toString());
                }
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
            }
        }
        if (any || current.length() > 0) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    @Test
    void theCommandIsThisJavaWithTheTrayFlagsOrTheInstalledLauncher() {
        assertEquals(List.of(Path.of("/opt/jdk 17", "bin", "java").toString(), "-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:GuaranteedSafepointInterval=0", "-XX:AsyncDeflationInterval=60000", "-Xms16m", "-Xmn8m",
                "-XX:TieredStopAtLevel=1", "-cp", "/home/anne/Apps/reachable.jar", "org.reachable.app.Launcher"),
                JAR_COMMAND);
        String classPath = String.join(java.io.File.pathSeparator, "target/classes", "/m2/picocli.jar");
        assertEquals(String.join(java.io.File.pathSeparator, Path.of("target/classes").toAbsolutePath().toString(),
                Path.of("/m2/picocli.jar").toAbsolutePath().toString()), OsAutostart.launchCommand(Map.of(
                        "java.home", "/opt/jdk", "java.class.path", classPath)).get(11),
                "a class path started from a relative folder works from the home folder at login");
        assertEquals(List.of("/opt/reachable/bin/Reachable"), OsAutostart.launchCommand(Map.of(
                "jpackage.app-path", "/opt/reachable/bin/Reachable", "java.home", "/opt/reachable/lib/runtime")));
    }

    @Test
    void enableWritesADesktopEntryThatStartsInTheBackground() throws Exception {
        OsAutostart autostart = linux();
        assertFalse(autostart.isEnabled());
        autostart.enable();
        Path entry = temp.resolve("config/autostart/reachable.desktop");
        assertEquals(entry, autostart.entry());
        assertTrue(autostart.isEnabled());
        String content = Files.readString(entry, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("[Desktop Entry]\n"), content);
        Map<String, String> keys = OsAutostart.desktopEntryKeys(content);
        assertEquals("Application", keys.get("Type"));
        assertEquals("Reachable", keys.get("Name"));
        assertEquals("reachable", keys.get("Icon"));
        assertEquals("true", keys.get("X-GNOME-Autostart-enabled"));
        assertTrue(keys.get("Comment").startsWith("Shows when"), content);
        assertTrue(keys.get("Comment[nl]").startsWith("Laat zien wanneer je bereikbaar bent"), content);
        List<String> expected = new ArrayList<>(JAR_COMMAND);
        expected.add("--background");
        assertEquals(expected, execArguments(keys.get("Exec")), keys.get("Exec"));
        try (var files = Files.list(entry.getParent())) {
            assertEquals(List.of(entry), files.toList(), "no temp or backup files beside it");
        }
    }

    @Test
    void disableRemovesTheEntry() throws Exception {
        OsAutostart autostart = linux();
        autostart.enable();
        autostart.disable();
        assertFalse(Files.exists(autostart.entry()));
        assertFalse(autostart.isEnabled());
        autostart.disable(); // twice is fine
    }

    @Test
    void anEntryTheUserHidOrSwitchedOffCountsAsOffAndEnableTurnsItOn() throws Exception {
        OsAutostart autostart = linux();
        Files.createDirectories(autostart.entry().getParent());
        Files.writeString(autostart.entry(), "# edited by hand\n[Desktop Entry]\nType=Application\nName=Reachable\n"
                + "Exec=reachable --background\nHidden=true\n");
        assertFalse(autostart.isEnabled());
        Files.writeString(autostart.entry(), "[Desktop Entry]\nType=Application\nExec=x\n"
                + "X-GNOME-Autostart-enabled=false\n");
        assertFalse(autostart.isEnabled());
        Files.writeString(autostart.entry(), "[Desktop Entry]\nType=Application\nExec=x\n[Other]\nHidden=true\n");
        assertTrue(autostart.isEnabled(), "Hidden in another group does not count");
        autostart.enable();
        assertTrue(autostart.isEnabled());
    }

    @Test
    void withoutXdgConfigHomeTheEntryGoesInDotConfig() {
        OsAutostart autostart = new OsAutostart(Map.of("XDG_CONFIG_HOME", "relative/is/invalid"), "Linux", "/home/anne",
                JAR_COMMAND, "reachable", c -> 0);
        assertEquals(Path.of("/home/anne/.config/autostart/reachable.desktop"), autostart.entry());
    }

    @Test
    void reservedCharactersAreQuotedAndEscapedInExec() {
        assertEquals("plain", OsAutostart.execArgument("plain"));
        assertEquals("\"/opt/jdk 17/bin/java\"", OsAutostart.execArgument("/opt/jdk 17/bin/java"));
        assertEquals("\"a\\\\$b\"", OsAutostart.execArgument("a$b"));
        assertEquals("100%%", OsAutostart.execArgument("100%"));
        assertEquals(List.of("a$b", "/x y/\"q\"", "100%"), execArguments(String.join(" ",
                OsAutostart.execArgument("a$b"), OsAutostart.execArgument("/x y/\"q\""),
                OsAutostart.execArgument("100%"))));
    }

    @Test
    void onMacOsALaunchAgentRunsAtLoadWithTheArguments() throws Exception {
        Path home = temp.resolve("home");
        OsAutostart autostart = new OsAutostart(Map.of(), "Mac OS X", home.toString(),
                List.of("/Applications/Reachable.app/Contents/MacOS/Reachable"), "reachable", c -> {
                    throw new AssertionError("no commands on macOS");
                });
        assertFalse(autostart.isEnabled());
        autostart.enable();
        Path plist = home.resolve("Library/LaunchAgents/org.reachable.Reachable.plist");
        assertEquals(plist, autostart.entry());
        assertTrue(autostart.isEnabled());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(plist.toFile());
        NodeList children = ((Element) document.getElementsByTagName("dict").item(0)).getChildNodes();
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                elements.add(e);
            }
        }
        Map<String, Element> values = new java.util.HashMap<>();
        for (int i = 0; i + 1 < elements.size(); i += 2) {
            assertEquals("key", elements.get(i).getTagName());
            values.put(elements.get(i).getTextContent(), elements.get(i + 1));
        }
        assertEquals("org.reachable.Reachable", values.get("Label").getTextContent());
        assertEquals("true", values.get("RunAtLoad").getTagName());
        NodeList arguments = values.get("ProgramArguments").getElementsByTagName("string");
        assertEquals(2, arguments.getLength());
        assertEquals("/Applications/Reachable.app/Contents/MacOS/Reachable", arguments.item(0).getTextContent());
        assertEquals("--background", arguments.item(1).getTextContent());
        autostart.disable();
        assertFalse(Files.exists(plist));
        assertFalse(autostart.isEnabled());
    }

    @Test
    void onWindowsTheRunValueIsAddedQueriedAndDeletedWithReg() throws Exception {
        List<List<String>> ran = new ArrayList<>();
        boolean[] present = {false};
        OsAutostart autostart = new OsAutostart(Map.of(), "Windows 11", "C:\\Users\\anne",
                List.of("C:\\Program Files\\Reachable\\Reachable.exe"), "reachable", command -> {
                    ran.add(command);
                    switch (command.get(1)) {
                        case "add" -> present[0] = true;
                        case "delete" -> present[0] = false;
                        default -> { }
                    }
                    return command.get(1).equals("query") && !present[0] ? 1 : 0;
                });
        assertFalse(autostart.isEnabled());
        autostart.enable();
        assertTrue(autostart.isEnabled());
        assertEquals(List.of("reg", "add", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run", "/v",
                "Reachable", "/t", "REG_SZ", "/d", "\"C:\\Program Files\\Reachable\\Reachable.exe\" --background", "/f"),
                ran.get(1));
        autostart.disable();
        assertFalse(autostart.isEnabled());
        assertEquals("delete", ran.get(3).get(1));
    }
}
