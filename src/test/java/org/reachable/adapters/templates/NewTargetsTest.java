package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Translations;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.SnippetWeek.Moment;
import org.reachable.domain.text.snippet.Target;

/**
 * The voicemail, working agreement, assistant briefing and Facebook texts: what their goldens
 * cannot show on their own (length, variants at other instants, limits, hostile user text).
 */
class NewTargetsTest {

    private static final MustacheRenderer RENDERER = new MustacheRenderer();
    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final List<Target> NEW = List.of(Target.VOICEMAIL, Target.AGREEMENT, Target.ASSISTANT,
            Target.FACEBOOK);
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String LONG_NAME = "Anna \"A&B\" 😀 " + SCRIPT + "\n" + "x".repeat(2000);
    private static final Pattern COUNTS = Pattern.compile(
            "\\(intro (\\d+)/101 (?:tekens|characters)(, (?:ingekort|shortened))?; (?:info|about) (\\d+)/255 "
                    + "(?:tekens|characters)(, (?:ingekort|shortened))?\\)");

    private static String render(Target target, String language, Format format, SnippetModel model) {
        return RENDERER.render(target, language, format, model);
    }

    private static String voicemail(String language, Instant at) {
        // the moment's variants (in focus, outside the hours, the day off) are the dated voicemail
        return render(Target.VOICEMAIL, language, Format.TEXT, SnippetWeek.dated(SnippetWeek.settings(language),
                SnippetWeek.schedule(), language, at));
    }

    private static int words(String text) {
        return text.trim().split("\\s+").length;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facebook(SnippetModel model) {
        return (Map<String, Object>) model.values().get("facebook");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Moment.class)
    void theVoicemailIsAboutThirtySecondsReadAloudAtEveryGoldenMoment(Moment moment) {
        for (String language : LANGUAGES) {
            String script = render(Target.VOICEMAIL, language, Format.TEXT, SnippetWeek.model(language, moment));
            int words = words(script);
            assertTrue(words >= 55 && words <= 100, language + " " + moment + ": " + words + " words\n" + script);
            assertFalse(script.matches("(?s).*\\d{1,2}[.:]\\d{2}.*"), "times are spelled for speech:\n" + script);
        }
    }

    @Test
    void theVoicemailSaysWhenItCallsBackAtEachStatus() {
        // Wednesday 14:00, focus until 17:00: back after five
        assertTrue(voicemail("nl", Moment.FOCUS.at).contains("dan bel ik je na vijf uur terug."));
        assertTrue(voicemail("en", Moment.FOCUS.at).contains("I'll call you back after five o'clock."));
        // Thursday 12:00, between the windows: outside hours, back this afternoon
        Instant thursdayNoon = Instant.parse("2026-11-26T11:00:00Z");
        String noon = voicemail("nl", thursdayNoon);
        assertTrue(noon.contains("Je belt buiten mijn telefoontijden."), noon);
        assertTrue(noon.contains("dan bel ik je na vier uur terug."), noon);
        // Thursday 19:00: Friday is the day off, so the call back is on Monday, with its date
        Instant thursdayEvening = Instant.parse("2026-11-26T18:00:00Z");
        assertTrue(voicemail("nl", thursdayEvening).contains("dan bel ik je maandag 30 november na negen uur terug."));
        assertTrue(voicemail("en", thursdayEvening).contains(
                "I'll call you back on Monday 30 November after nine o'clock."));
        // the day off: back on Monday, the stand-in, no weekly hours
        String off = voicemail("nl", Moment.DAYOFF.at);
        assertTrue(off.contains("Op vrijdag 27 november 2026 ben ik er niet; vanaf maandag 30 november 2026 ben ik weer bereikbaar"), off);
        assertTrue(off.contains("Anna de Vries, +31 6 12345678"), off);
        assertFalse(off.contains("telefonisch bereikbaar"), off);
        for (Instant at : List.of(thursdayNoon, thursdayEvening)) {
            for (String language : LANGUAGES) {
                int words = words(voicemail(language, at));
                assertTrue(words >= 55 && words <= 100, language + " " + at + ": " + words);
            }
        }
    }

    @Test
    void theAssistantPromisesTheRealNextReachableTime() {
        String window = render(Target.ASSISTANT, "nl", Format.TEXT, SnippetWeek.model("nl", Moment.WINDOW));
        // Thursday 10:00: WhatsApp is open until 17:00; after that Friday is off, so Monday
        assertTrue(window.contains("jij neemt het vandaag vanaf 17.00 uur over."), window);
        assertTrue(window.contains("Marieke reageert maandag 30 november na 9.00 uur."), window);
        String focus = render(Target.ASSISTANT, "en", Format.TEXT, SnippetWeek.model("en", Moment.FOCUS));
        assertTrue(focus.contains("Marieke will reply tomorrow after 9:00."), focus);
    }

    @Test
    void facebookTextsFitTheirLimitsAndSayTheirLength() {
        for (String language : LANGUAGES) {
            for (Moment moment : Moment.values()) {
                String text = render(Target.FACEBOOK, language, Format.TEXT, SnippetWeek.model(language, moment));
                List<String> lines = text.lines().toList();
                Matcher counts = COUNTS.matcher(lines.get(lines.size() - 1));
                assertTrue(counts.matches(), text);
                assertEquals(lines.get(1).length(), Integer.parseInt(counts.group(1)), text);
                assertEquals(lines.get(4).length(), Integer.parseInt(counts.group(3)), text);
                assertTrue(lines.get(1).length() <= 101 && lines.get(4).length() <= 255, text);
            }
        }
    }

    /**
     * Phone and e-mail 9–11 and 16–18, WhatsApp 9–17: "bereikbaar 9.00–18.00 uur" would send a
     * caller to a phone nobody answers at 13.00, so the intro gives the main channels' own hours.
     */
    @Test
    void whenChannelsKeepDifferentHoursTheIntroGivesTheMainChannelsOwnHours() {
        for (String language : LANGUAGES) {
            Map<String, Object> fb = facebook(SnippetWeek.model(language, Moment.WINDOW));
            String intro = (String) fb.get("intro");
            assertEquals(language.equals("nl")
                    ? "Telefoon en e-mail: ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur; wo 9.00–11.00 en 17.00–18.00 uur"
                    : "Phone and email: Mon, Tue, Thu and Fri 9:00–11:00 and 16:00–18:00; Wed 9:00–11:00 and 17:00–18:00",
                    intro);
            assertTrue(((String) fb.get("about")).startsWith(intro + ". "), fb.toString());
        }
    }

    /** Every channel keeps the same hours: the intro is the name and those hours. */
    private static Schedule oneSetOfHours() {
        return new Schedule(SnippetWeek.AMSTERDAM, SnippetWeek.schedule().entries().stream()
                .filter(e -> !e.channels().equals(Set.of("whatsapp"))).toList());
    }

    @Test
    void withOneSetOfHoursTheIntroIsTheNameAndTheHoursOrTheHoursAloneRatherThanCutOff() {
        String intro = (String) facebook(SnippetWeek.model(SnippetWeek.settings("nl", "Anna", ""), oneSetOfHours(),
                "nl", Moment.WINDOW.at)).get("intro");
        assertEquals("Anna: bereikbaar ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur; wo 9.00–11.00 en"
                + " 17.00–18.00 uur", intro);
        // with the longer name it would be cut after "wo 9.00–11.00 en…": the page's title has the name
        intro = (String) facebook(SnippetWeek.model(SnippetWeek.settings("nl"), oneSetOfHours(), "nl",
                Moment.WINDOW.at)).get("intro");
        assertEquals("Bereikbaar ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur; wo 9.00–11.00 en 17.00–18.00 uur",
                intro);
    }

    /** No hours at all (a new user): the intro is the name alone. */
    private static Schedule noHours() {
        return Schedule.empty(SnippetWeek.AMSTERDAM);
    }

    @Test
    void aVeryLongNameIsCutAtAWordBoundary() {
        for (String language : LANGUAGES) {
            SnippetModel model = SnippetWeek.model(SnippetWeek.settings(language, LONG_NAME, ""),
                    noHours(), language, Moment.WINDOW.at);
            String text = render(Target.FACEBOOK, language, Format.TEXT, model);
            List<String> lines = text.lines().toList();
            String intro = lines.get(1);
            assertTrue(intro.length() <= 101, intro);
            assertEquals("Anna \"A&B\" 😀 " + SCRIPT + "…", intro);
            Matcher counts = COUNTS.matcher(lines.get(lines.size() - 1));
            assertTrue(counts.matches() && counts.group(2) != null, "the intro says it was shortened: " + text);

            // a name of many words: the cut falls between two words, never inside one
            String words = "Marieke Jansen Reisbureau Zonnig Vakanties Verre Reizen ".repeat(5).trim();
            String cut = (String) facebook(SnippetWeek.model(SnippetWeek.settings(language, words, ""),
                    noHours(), language, Moment.WINDOW.at)).get("intro");
            assertTrue(cut.endsWith("…") && cut.length() <= 101, cut);
            String kept = cut.substring(0, cut.length() - 1);
            assertTrue(words.startsWith(kept) && words.charAt(kept.length()) == ' ', cut);
        }
    }

    @Test
    void aLongUrgentConditionIsLeftOutOfTheAboutRatherThanCutInHalf() {
        Settings base = SnippetWeek.settings("nl");
        List<Channel> channels = new ArrayList<>();
        for (Channel c : base.channels()) {
            channels.add(c.urgentOnly() ? c.withUrgentOnly("y ".repeat(200).trim()) : c);
        }
        Map<String, Object> fb = facebook(SnippetWeek.model(new Settings(base.profile(), channels),
                SnippetWeek.schedule(), "nl", Moment.WINDOW.at));
        String about = (String) fb.get("about");
        assertFalse(about.contains("Spoed"), about);
        assertTrue(about.endsWith("wo 9.00–13.00 uur."), about);
        assertEquals(true, fb.get("aboutShortened"));
    }

    private static SnippetModel hostile(String language) {
        Settings base = SnippetWeek.settings(language, LONG_NAME, "Bakkerij <b>Broodje</b> & Zn.");
        List<Channel> channels = new ArrayList<>();
        for (Channel c : base.channels()) {
            channels.add(c.urgentOnly()
                    ? c.withNames(Translations.of(c.name(language) + " <img src=x>", c.name(language) + " <img src=x>"))
                            .withContact("06\n98765432").withPromises(Promise.none(), Promise.none())
                            .withUrgentOnly("als \"het\" brandt & <i>echt</i>\nnodig is")
                    : c.withContact(c.contact() + "\r\n" + SCRIPT));
        }
        return SnippetWeek.model(new Settings(base.profile(), channels), SnippetWeek.schedule(), language,
                Moment.DAYOFF.at);
    }

    @Test
    void userTextWithLineBreaksStaysOnItsLine() {
        for (String language : LANGUAGES) {
            SnippetModel model = hostile(language);
            for (Target target : NEW) {
                for (Format format : target.formats()) {
                    String text = render(target, language, format, model);
                    String where = target + " " + language + " " + format;
                    assertFalse(text.lines().anyMatch(l -> l.startsWith("x".repeat(100))), where + ": name broke");
                    assertFalse(text.lines().anyMatch(l -> l.startsWith("98765432")), where + ": contact broke");
                    assertFalse(text.lines().anyMatch(l -> l.startsWith("nodig is")), where + ": condition broke");
                    assertFalse(text.lines().anyMatch(l -> l.startsWith(SCRIPT)), where + ": contact broke");
                    if (format == Format.MARKDOWN) {
                        assertFalse(text.contains(SCRIPT), where);
                        assertTrue(text.contains("\\<script\\>"), where);
                        assertTrue(text.contains("als \"het\" brandt \\& \\<i\\>echt\\</i\\> nodig is"), where);
                    } else if (target != Target.FACEBOOK) {
                        assertTrue(text.contains("als \"het\" brandt & <i>echt</i> nodig is"), where + "\n" + text);
                    }
                }
            }
        }
    }

    @Test
    void everyNewTargetShipsBothLanguagesInEachOfItsFormats() {
        for (Target target : NEW) {
            for (Format format : target.formats()) {
                for (String language : LANGUAGES) {
                    assertTrue(RENDERER.has(target, language, format), target + " " + language + " " + format);
                }
            }
        }
    }
}
