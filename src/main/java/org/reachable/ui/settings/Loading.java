package org.reachable.ui.settings;

/**
 * Up while a part of the Settings page takes values from the file (or puts one back), so its
 * listeners do not write them back as if the user had chosen them.
 */
final class Loading {

    private boolean on;

    boolean on() {
        return on;
    }

    /** Runs {@code set} with the flag up; a nested call leaves it up. */
    void quietly(Runnable set) {
        boolean was = on;
        on = true;
        try {
            set.run();
        } finally {
            on = was;
        }
    }
}
