package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final String HOME = "/home/ana";
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void dataDirOptionWinsOverReachableHomeAndTheOsPlace() {
        DataFolder folder = DataFolder.resolve(
                Optional.of("/srv/reachable"),
                Map.of("REACHABLE_HOME", "/opt/r", "XDG_CONFIG_HOME", "/x"),
                "Linux",
                HOME);

        assertEquals(Path.of("/srv/reachable"), folder.root());
        assertEquals(DataFolder.Source.DATA_DIR_OPTION, folder.source());
    }

    @Test
    void reachableHomeWinsOverTheOsPlace() {
        DataFolder folder = DataFolder.resolve(
                Optional.empty(), Map.of("REACHABLE_HOME", "/opt/r", "XDG_CONFIG_HOME", "/x"), "Linux", HOME);

        assertEquals(Path.of("/opt/r"), folder.root());
        assertEquals(DataFolder.Source.REACHABLE_HOME, folder.source());
    }

    @Test
    void blankOptionAndBlankReachableHomeAreIgnoredRatherThanMeaningTheCurrentDirectory() {
        DataFolder folder =
                DataFolder.resolve(Optional.of("  "), Map.of("REACHABLE_HOME", ""), "Linux", HOME);

        assertEquals(Path.of(HOME, ".config", "reachable"), folder.root());
        assertEquals(DataFolder.Source.OS_DEFAULT, folder.source());
    }

    @Test
    void tildeInDataDirMeansTheHomeFolder() {
        assertEquals(
                Path.of(HOME, "work", "r"),
                DataFolder.resolve(Optional.of("~/work/r"), NO_ENV, "Linux", HOME).root());
        assertEquals(
                Path.of(HOME, "r"),
                DataFolder.resolve(Optional.empty(), Map.of("REACHABLE_HOME", "~/r"), "Linux", HOME).root());
    }

    @Test
    void linuxUsesXdgConfigHome() {
        DataFolder folder =
                DataFolder.resolve(Optional.empty(), Map.of("XDG_CONFIG_HOME", "/data/cfg"), "Linux", HOME);

        assertEquals(Path.of("/data/cfg", "reachable"), folder.root());
        assertEquals(DataFolder.Source.OS_DEFAULT, folder.source());
    }

    @Test
    void linuxWithoutXdgConfigHomeUsesDotConfigInHome() {
        assertEquals(
                Path.of(HOME, ".config", "reachable"),
                DataFolder.resolve(Optional.empty(), NO_ENV, "Linux", HOME).root());
    }

    @Test
    void relativeXdgConfigHomeIsIgnoredAsTheXdgSpecSays() {
        assertEquals(
                Path.of(HOME, ".config", "reachable"),
                DataFolder.resolve(Optional.empty(), Map.of("XDG_CONFIG_HOME", "cfg"), "Linux", HOME).root());
    }

    @Test
    void otherUnixesFollowXdgLikeLinux() {
        assertEquals(
                Path.of(HOME, ".config", "reachable"),
                DataFolder.resolve(Optional.empty(), NO_ENV, "FreeBSD", HOME).root());
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ana\\AppData\\Roaming";

        DataFolder folder =
                DataFolder.resolve(Optional.empty(), Map.of("APPDATA", appData), "Windows 11", "C:\\Users\\ana");

        assertEquals(Path.of(appData).resolve("Reachable"), folder.root());
    }

    @Test
    void windowsWithoutAppDataUsesRoamingInHome() {
        assertEquals(
                Path.of(HOME, "AppData", "Roaming", "Reachable"),
                DataFolder.resolve(Optional.empty(), NO_ENV, "Windows 10", HOME).root());
    }

    @Test
    void windowsIgnoresXdgConfigHome() {
        assertEquals(
                Path.of("/appdata", "Reachable"),
                DataFolder.resolve(
                                Optional.empty(),
                                Map.of("APPDATA", "/appdata", "XDG_CONFIG_HOME", "/x"),
                                "Windows 10",
                                HOME)
                        .root());
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(
                Path.of(HOME, "Library", "Application Support", "Reachable"),
                DataFolder.resolve(Optional.empty(), Map.of("XDG_CONFIG_HOME", "/x"), "Mac OS X", HOME).root());
    }

    @Test
    void dataFilesHaveTheirDocumentedNamesInsideTheFolder() {
        DataFolder folder = DataFolder.at(Path.of("/r"));

        assertEquals(Path.of("/r/schedule.ics"), folder.schedule());
        assertEquals(Path.of("/r/settings.json"), folder.settings());
        assertEquals(Path.of("/r/override.json"), folder.override());
        assertEquals(Path.of("/r/status.json"), folder.status());
        assertEquals(Path.of("/r/reachable.log"), folder.log());
    }

    @Test
    void createMakesAMissingFolderWithItsParentsAndAcceptsAnExistingOne(@TempDir Path tmp)
            throws IOException {
        DataFolder folder = DataFolder.at(tmp.resolve("a/b/reachable"));

        folder.create();
        folder.create();

        assertEquals(true, Files.isDirectory(folder.root()));
    }
}
