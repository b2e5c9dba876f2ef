package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the window process gets of the tray's JVM options. */
class ChildProcessOptionsTest {

    @Test
    void theWindowProcessMapsTheTraysArchiveButWritesNoneOfTheTraysTrainingFiles() {
        List<String> tray = List.of("-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE,
                ClassArchive.OPTION + "/opt/reachable/lib/app/reachable.jsa",
                "-XX:DumpLoadedClassList=/build/target/jpackage/awt.classlist",
                "-XX:ArchiveClassesAtExit=/opt/reachable/lib/app/reachable.jsa",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/jacoco.jar");
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE,
                ClassArchive.OPTION + "/opt/reachable/lib/app/reachable.jsa"), ChildProcess.inherited(tray));
    }
}
