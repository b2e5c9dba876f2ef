package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.reachable.domain.port.StatusFile;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** status.json, replaced atomically at each change; no backup (it is rewritten, never edited). */
public final class StatusJsonFile implements StatusFile {

    private final Path file;

    public StatusJsonFile(Path file) {
        this.file = file;
    }

    @Override
    public void write(String json) throws StoreException {
        try {
            AtomicFile.replace(file, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNWRITABLE, e.getMessage())
                    .at(file.getFileName().toString(), 0), e);
        }
    }
}
