package org.reachable.adapters.tray;

import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;

/** The system clipboard for either tray: the tray process has no other toolkit to put text there. */
public final class Clipboard {

    private Clipboard() {
    }

    /** @return false when there is no clipboard to put it on */
    public static boolean copy(String text) {
        try {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
            return true;
        } catch (HeadlessException | IllegalStateException e) {
            return false; // headless, or another program holds the clipboard just now
        }
    }
}
