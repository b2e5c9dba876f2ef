package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.reachable.adapters.publish.PreviewServer;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.port.PublishFolder;

/**
 * A file the user named (an export), written atomically; its folder must exist. And the folder
 * the availability page is published to: each file replaced atomically without a {@code .bak} (it
 * is made again from the data folder at every change, and a web folder should hold only what is
 * meant to be read), shown for a look by {@link PreviewServer} on the loopback interface.
 */
public final class UserFiles implements PublishFolder {

    @Override
    public void write(String path, String text) throws StoreException {
        Path target = Path.of(path).toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new StoreException(Problem.of(ProblemKind.FOLDER_MISSING, target.getParent()).at(path, 0));
        }
        try {
            AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNWRITABLE, e.getMessage()).at(path, 0), e);
        }
    }

    @Override
    public void write(String dir, Map<String, String> files) throws StoreException {
        Path folder = Path.of(dir);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNWRITABLE, reason(e)).at(dir, 0), e);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            try {
                AtomicFile.replace(target, file.getValue().getBytes(StandardCharsets.UTF_8));
                // a web server reads it as another user: readable by all, as a file made with cp would be
                target.toFile().setReadable(true, false);
            } catch (IOException e) {
                throw new StoreException(Problem.of(ProblemKind.FILE_UNWRITABLE, reason(e)).at(target.toString(), 0),
                        e);
            }
        }
    }

    @Override
    public Preview serve(String dir, int port) throws StoreException {
        return PreviewServer.start(Path.of(dir), port);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
