package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.port.TextFileWriter;

/** A file the user named (an export), written atomically; its folder must exist. */
public final class UserFiles implements TextFileWriter {

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
}
