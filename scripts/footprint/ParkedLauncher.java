import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spike for issue 16 (scripts/footprint/window-spike.sh): a window process started ahead and
 * parked before the JavaFX toolkit starts, so it costs no pulse while it waits. With a class list
 * (one binary name a line, e.g. from -Xlog:class+load) it loads and links those classes first,
 * without running their static initialisers (nothing touches the toolkit). The first line on
 * standard input ("GO") lets it run the real window process, which then reads its own messages
 * (SHOW, QUIT) from the same input.
 */
public final class ParkedLauncher {

    public static void main(String[] args) throws Exception {
        String classList = System.getProperty("spike.classlist");
        if (classList != null) {
            int loaded = 0;
            ClassLoader loader = ParkedLauncher.class.getClassLoader();
            for (String name : Files.readAllLines(Path.of(classList))) {
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // a JDK-internal or hidden class in the list: not ours to load
                }
            }
            System.err.println("parked: " + loaded + " classes loaded");
        }
        System.err.println("parked");
        waitForGo(System.in);
        org.reachable.app.Launcher.main(args);
    }

    /** Reads one line byte by byte, so nothing after it is taken from the window process. */
    private static void waitForGo(InputStream in) throws IOException {
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                System.exit(0);
            }
        }
    }

    private ParkedLauncher() {
    }
}
