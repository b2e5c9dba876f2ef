package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the window process gets of the tray's JVM options. */
class ChildProcessOptionsTest {

    @Test
    void theWindowProcessNeitherMapsTheTraysArchiveNorWritesItsTrainingFiles() {
        List<String> tray = List.of("-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE,
                ClassArchive.OPTION + "/opt/reachable/lib/app/reachable.jsa",
                "-XX:DumpLoadedClassList=/build/target/jpackage/awt.classlist",
                "-XX:ArchiveClassesAtExit=/opt/reachable/lib/app/reachable.jsa",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/jacoco.jar");
        // the JDK's own archive, in place: the tray's cost the parked window's RSS 3-12 MB (goal 5)
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE),
                ChildProcess.inherited(tray));
    }
}
