package org.reachable.adapters.os;

import java.util.Objects;
import java.util.Optional;

/**
 * What Reachable's processes say to each other, one line each: the tray process to its window
 * process (on the window's standard input), and a second start to the running tray process (over
 * the single-instance socket). Encoded and parsed here only, so both ends agree by construction.
 */
public sealed interface ProcessMessage {

    /** The line that carries this message: a word, and for a notification its escaped fields. */
    String encode();

    /** Opens the main window, or the welcome on a first start. */
    record Show() implements ProcessMessage {
        @Override
        public String encode() {
            return "SHOW";
        }
    }

    /** "Are you there?" from a start with --background: nothing opens. */
    record Ping() implements ProcessMessage {
        @Override
        public String encode() {
            return "PING";
        }
    }

    /** Ends the window process (the tray quits). */
    record Quit() implements ProcessMessage {
        @Override
        public String encode() {
            return "QUIT";
        }
    }

    /**
     * A notification with a title and a text, either of which may hold tabs and line breaks, and the
     * icon it shows: a state's, as the tray shows it ("available", "focus", "off"), or "" for the app's.
     */
    record Notify(String title, String text, String icon) implements ProcessMessage {
        public Notify {
            Objects.requireNonNull(title);
            Objects.requireNonNull(text);
            Objects.requireNonNull(icon);
        }

        /** With the app's icon. */
        public Notify(String title, String text) {
            this(title, text, "");
        }

        @Override
        public String encode() {
            return "NOTIFY\t" + escape(title) + "\t" + escape(text) + (icon.isEmpty() ? "" : "\t" + escape(icon));
        }
    }

    /**
     * A password typed in the window (or given to the command line) where no keyring keeps it,
     * handed to the tray process, which runs the syncs, to hold in memory. Never logged: its text
     * form leaves the password out.
     */
    record Password(String url, String user, String password) implements ProcessMessage {
        public Password {
            Objects.requireNonNull(url);
            Objects.requireNonNull(user);
            Objects.requireNonNull(password);
        }

        @Override
        public String encode() {
            return "PASSWORD\t" + escape(url) + "\t" + escape(user) + "\t" + escape(password);
        }

        @Override
        public String toString() {
            return "Password[url=" + url + ", user=" + user + ", password=(hidden)]";
        }
    }

    /** The message a line carries; empty for a line no version of Reachable sends. */
    public static Optional<ProcessMessage> parse(String line) {
        String[] parts = line.split("\t", -1);
        return switch (parts[0]) {
            case "SHOW" -> parts.length == 1 ? Optional.of(new Show()) : Optional.empty();
            case "PING" -> parts.length == 1 ? Optional.of(new Ping()) : Optional.empty();
            case "QUIT" -> parts.length == 1 ? Optional.of(new Quit()) : Optional.empty();
            case "NOTIFY" -> parts.length == 3 || parts.length == 4 ? Optional.of(new Notify(unescape(parts[1]),
                    unescape(parts[2]), parts.length == 4 ? unescape(parts[3]) : "")) : Optional.empty();
            case "PASSWORD" -> parts.length == 4
                    ? Optional.of(new Password(unescape(parts[1]), unescape(parts[2]), unescape(parts[3])))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** A line holds no tab or line break of its own: they travel as \t, \n and \r, a backslash as \\. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
