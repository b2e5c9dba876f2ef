package org.reachable.domain.port;

/** status.json: the current status for other tools, rewritten at each change while the app runs. */
public interface StatusFile {

    void write(String json) throws StoreException;
}
