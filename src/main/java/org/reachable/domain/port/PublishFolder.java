package org.reachable.domain.port;

import java.util.Map;

/**
 * Files the user names: an export ({@link TextFileWriter}), and the folder the availability page
 * is published to (a web folder, a synced folder).
 */
public interface PublishFolder extends TextFileWriter {

    /**
     * Writes each file into {@code dir}, each replaced atomically, in the map's order (the page
     * last, so a reader never finds a page whose feed is not there yet); makes {@code dir} when it
     * does not exist.
     *
     * @throws StoreException naming the folder or file and why, when one cannot be written
     */
    void write(String dir, Map<String, String> files) throws StoreException;

    /** A look at the folder in a browser before it goes public: served on 127.0.0.1 until closed. */
    interface Preview extends AutoCloseable {

        /** The port it answers on (the one asked for, or the one chosen for port 0). */
        int port();

        @Override
        void close();
    }

    /**
     * Serves {@code dir} on 127.0.0.1:{@code port} (0: any free port) until the preview is closed.
     *
     * @throws StoreException when the port is taken or not allowed
     */
    Preview serve(String dir, int port) throws StoreException;
}
