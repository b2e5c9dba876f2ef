package org.reachable.ui.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.text.snippet.Target;

/**
 * The fields of a text meant for another app's form (WhatsApp Business, the Google Business
 * Profile), each with its own Copy on the Texts page: that app asks its hours one day at a time and
 * each message in a box of its own, so one Copy of the whole text would leave the user cutting it up.
 *
 * <p>Read from the text as shown, so a user's own template keeps them: a paragraph whose first line
 * ends in ":" is a field named by that line; when every other line reads "Maandag: 09:00–17:00" (a
 * short name without sentence marks, then ": "), each line is a field of its own.
 */
final class TextFields {

    /** One field: what the other app calls it, and what goes in it. */
    record Field(String label, String value) {
    }

    private static final Pattern PER_LINE = Pattern.compile("([^:.!?]{1,30}): (.+)");

    private TextFields() {
    }

    /** Whether the page shows fields for the target: the ones filled in another app's form. */
    static boolean applies(Target target) {
        return target == Target.WHATSAPP || target == Target.GOOGLE_BUSINESS;
    }

    static List<Field> of(String text) {
        List<Field> fields = new ArrayList<>();
        for (String block : text.strip().split("\n\\s*\n")) {
            String[] lines = block.strip().split("\n");
            if (lines.length < 2 || !lines[0].endsWith(":")) {
                continue;
            }
            List<Field> perLine = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                Matcher m = PER_LINE.matcher(lines[i].strip());
                if (!m.matches()) {
                    perLine = null;
                    break;
                }
                perLine.add(new Field(m.group(1), m.group(2)));
            }
            if (perLine != null) {
                fields.addAll(perLine);
            } else {
                String heading = lines[0].substring(0, lines[0].length() - 1);
                fields.add(new Field(heading, String.join("\n", List.of(lines).subList(1, lines.length))));
            }
        }
        return fields;
    }
}
