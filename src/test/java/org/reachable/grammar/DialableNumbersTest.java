package org.reachable.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.grammar.ClientData.Profile;
import org.reachable.grammar.ClientTextsCheckTest.Moment;
import org.reachable.grammar.Renders.Reader;

/**
 * Issue 11, item 4: every phone number a client reads can be dialled from any country. The user
 * typed the numbers as people at home write them ("020 123 4567", "06 12345678", a stand-in
 * "Anna de Vries, 06 12345678"); the data goes through the real stores (so the numbers are read
 * into E.164 on load) and every text, in every format, language and moment, is searched for
 * numbers. Each must be written in international format and be a number libphonenumber's plans
 * give out, else it names the text and the number.
 */
class DialableNumbersTest {

    /** Eight or more digits with the separators people write: a phone number, not a date or a time. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\(?\\d[\\d ().\\-]{6,}\\d");
    /** A wa.me link carries the digits without +, as WhatsApp asks. */
    private static final Pattern WA_ME = Pattern.compile("https://wa\\.me/\\d+");
    /** The JSON-LD's days off, "2026-12-24". */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @TempDir
    static Path dir;
    private static List<Workspace.Loaded> data = new ArrayList<>();

    @BeforeAll
    static void typeTheNumbersAsAtHome() throws Exception {
        data = List.of(ClientData.create(dir.resolve("nl"), "nl", Profile.FULL),
                ClientData.create(dir.resolve("en"), "en", Profile.FULL));
    }

    @Test
    void everyNumberInEveryClientTextCanBeDialledFromAnywhere() {
        List<String> wrong = new ArrayList<>();
        int numbers = 0;
        for (Workspace.Loaded loaded : data) {
            for (Target target : Target.values()) {
                for (Format format : target.formats()) {
                    for (Reader reader : Reader.values()) {
                        for (Moment moment : Moment.values()) {
                            String text = Renders.text(loaded.settings(), loaded.schedule(), target, format, reader,
                                    moment.at);
                            String read = ISO_DATE.matcher(WA_ME.matcher(text).replaceAll("")).replaceAll("");
                            Matcher m = NUMBER.matcher(read);
                            while (m.find()) {
                                String found = m.group().strip();
                                if (found.replaceAll("\\D", "").length() < 8) {
                                    continue;
                                }
                                numbers++;
                                if (!found.startsWith("+")
                                        || !(Renders.PHONES.check(found, "ZZ") instanceof PhoneNumbers.Dialable)) {
                                    wrong.add(target.code() + " " + format.code() + " " + reader + " " + moment + ": '"
                                            + found + "'");
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(numbers > 100, "the texts name numbers: " + numbers);
        assertTrue(wrong.isEmpty(), wrong.size() + " numbers a client abroad cannot dial:\n  "
                + String.join("\n  ", wrong.stream().distinct().limit(20).toList()));
    }
}
