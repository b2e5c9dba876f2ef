package org.reachable.domain.port;

/** Writes a file the user named (an export), atomically. */
public interface TextFileWriter {

    void write(String path, String text) throws StoreException;
}
