package org.reachable.ui.texts;

import java.util.Optional;
import java.util.function.Consumer;
import org.reachable.domain.model.ScriptCopy;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;

/**
 * Reads, checks and stores the user's own templates; the app wires it to the settings store. A store
 * may write after it answered (off the FX thread): then its answer {@link Outcome#DONE} means the
 * change is asked for and shows at once, and a write that fails later is told to {@code notStored},
 * with why, on the FX thread, and drops out again.
 */
public interface TemplateStore {

    /** The template text in use: the user's own, else the shipped one. */
    String template(Target target, Format format, String language);

    /** Whether the user has an own version of this template. */
    boolean isCustom(Target target, Format format, String language);

    /**
     * Checks the text (compiles it and renders it with the data as it is now) and, when it is
     * good, stores it as the user's own.
     */
    Outcome save(Target target, Format format, String language, String text, Consumer<String> notStored);

    /** Removes the user's own version, so the shipped one is used again. */
    Outcome reset(Target target, Format format, String language, Consumer<String> notStored);

    /** Whether the e-mail auto-reply also goes out inside reachable hours (off: a person answers then). */
    default boolean replyInsideHours() {
        return false;
    }

    /** Stores that choice in the settings. */
    default Outcome replyInsideHours(boolean on, Consumer<String> notStored) {
        return Outcome.notStored("");
    }

    /**
     * Runs {@code step} on the FX thread once the event being handled is over: a value set inside a
     * control's own update (a check box bound both ways) does not reach the control. At once here.
     */
    default void later(Runnable step) {
        step.run();
    }

    /** The Sieve script the user last copied, to tell whether the one on the server is still right. */
    default Optional<ScriptCopy> sieveCopied() {
        return Optional.empty();
    }

    /** Remembers a copied Sieve script in the settings. */
    default Outcome sieveCopied(ScriptCopy copy, Consumer<String> notStored) {
        return Outcome.notStored("");
    }

    /**
     * How a save or reset went: done, a template problem (line 1-based, 0 when unknown, and the
     * reason), or the settings could not be stored (a message, line -1).
     */
    record Outcome(boolean done, int line, String reason) {
        public static final Outcome DONE = new Outcome(true, 0, "");

        public static Outcome invalid(int line, String reason) {
            return new Outcome(false, line, reason);
        }

        public static Outcome notStored(String message) {
            return new Outcome(false, -1, message);
        }
    }
}
