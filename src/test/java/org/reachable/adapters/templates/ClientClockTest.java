package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.SnippetWeek.Moment;
import org.reachable.domain.text.snippet.Target;

/**
 * Issue 11, item 5: with a clients' zone in the profile, every client text that names a time
 * names the client's clock too (a text for clients in London says what 9.00 is in London). The
 * texts are rendered with clients in London and each must carry London's clock, at every moment
 * of the goldens; the voicemail says it aloud, on London's clock alone (as the signature).
 */
class ClientClockTest {

    private static final MustacheRenderer RENDERER = new MustacheRenderer();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Texts a client reads that name the hours (JSON-LD is for machines; the briefing for the assistant). */
    private static final List<Target> TIMED = List.of(Target.WEBSITE, Target.SIGNATURE, Target.VOICEMAIL,
            Target.FACEBOOK, Target.AGREEMENT, Target.AUTOREPLY);

    /** A written clock time: "9.00", "16:00". */
    private static final Pattern WRITTEN_TIME = Pattern.compile("\\b\\d{1,2}[.:]\\d{2}\\b");
    /** A spoken hour: "tot zes uur", "na vijf uur", "nine o'clock", "to six". */
    private static final Pattern SPOKEN_TIME = Pattern.compile(
            "\\b(tot|na|van) (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\\b|o'clock"
                    + "|\\b(to|after|from) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");

    static Stream<Arguments> texts() {
        List<Arguments> cases = new ArrayList<>();
        for (Target target : TIMED) {
            for (Format format : target.formats()) {
                for (String language : List.of("nl", "en")) {
                    for (Moment moment : Moment.values()) {
                        if (format != Format.JSONLD && RENDERER.has(target, language, format)) {
                            cases.add(Arguments.of(target, format, language, moment));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    private static String render(Target target, Format format, String language, Moment moment, ZoneId client) {
        return render(target, format, language, moment, client, false);
    }

    private static String render(Target target, Format format, String language, Moment moment, ZoneId client,
            boolean dated) {
        Settings s = SnippetWeek.settings(language);
        s = s.withProfile(s.profile().withClientZone(client));
        Schedule schedule = SnippetWeek.schedule();
        if (format == Format.SIEVE) {
            // the script is worked out by the text service, each reply from the plain text template
            return new TextService(RENDERER).text(new TextService.Request(target, format, language),
                    new TextService.Data(s, schedule, new StatusResolver(schedule, s.channels(), Optional.empty()),
                            SnippetWeek.PHONES), moment.at).text();
        }
        return RENDERER.render(target, language, format, dated ? SnippetWeek.dated(s, schedule, language, moment.at)
                : SnippetWeek.model(s, schedule, language, moment.at));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("texts")
    void aTextForClientsInLondonNamesLondonsClock(Target target, Format format, String language, Moment moment) {
        String text = render(target, format, language, moment, LONDON);
        // a Sieve script's comments are for the user, not the client
        String read = text.replaceAll("(?m)^#.*$", "");
        Pattern names = target == Target.VOICEMAIL ? SPOKEN_TIME : WRITTEN_TIME;
        if (!names.matcher(read).find()) {
            return; // "binnen twee uur", "back on Monday 30 November": no clock to convert
        }
        String london = "nl".equals(language) ? "Britse tijd" : "London time";
        assertTrue(text.contains(london), () -> target.code() + " " + format.code() + " " + language + " at "
                + moment.code() + " names no London time:\n" + text);
    }

    /**
     * The voicemail follows the signature's rule, said aloud: London's clock named once (it is true
     * every week), the caller called back on that clock; for New York the home clock named once and
     * the usual gap as a sentence of its own. Both clocks on every day made the week 60 words long.
     */
    @Test
    void theVoicemailSaysOneClockNamedOnce() {
        // Wednesday 14:00, in the focus block: called back after five, which is four in London
        String nl = render(Target.VOICEMAIL, Format.TEXT, "nl", Moment.FOCUS, LONDON, true);
        assertTrue(nl.contains("Ik ben telefonisch bereikbaar op maandag, dinsdag, donderdag en vrijdag van acht tot"
                + " tien en van drie tot vijf uur Britse tijd, en op woensdag van acht tot tien en van vier tot vijf"
                + " uur.\n"), nl);
        assertTrue(nl.contains("dan bel ik je terug na vier uur Britse tijd."), nl);
        assertFalse(nl.contains("Nederlandse tijd") || nl.contains("negen"), nl);
        String en = render(Target.VOICEMAIL, Format.TEXT, "en", Moment.FOCUS, LONDON, true);
        assertTrue(en.contains("from eight to ten and from three to five London time, and on Wednesday"), en);
        assertTrue(en.contains("I'll call you back after four o'clock London time."), en);
        assertFalse(en.contains("Amsterdam time") || en.contains("nine"), en);
        String ny = render(Target.VOICEMAIL, Format.TEXT, "nl", Moment.FOCUS, ZoneId.of("America/New_York"), true);
        assertTrue(ny.contains("van negen tot elf en van vier tot zes uur Nederlandse tijd, en op woensdag van negen"
                + " tot elf en van vijf tot zes uur. In New York is het meestal zes uur vroeger.\n"), ny);
        assertTrue(ny.contains("dan bel ik je terug na vijf uur Nederlandse tijd."), ny);
        assertFalse(ny.contains("'s nachts") || ny.contains("in New York."), ny);
        String nyEn = render(Target.VOICEMAIL, Format.TEXT, "en", Moment.FOCUS, ZoneId.of("America/New_York"), true);
        assertTrue(nyEn.contains("Amsterdam time, and on Wednesday from nine to eleven and from five to six."
                + " Amsterdam is usually six hours ahead of New York.\n"), nyEn);
        for (String text : List.of(nl, en, ny, nyEn)) {
            assertTrue(text.split("Britse tijd|London time|Nederlandse tijd|Amsterdam time", -1).length <= 3,
                    () -> "the week's clock named once, the call back's once:\n" + text);
        }
    }

    /**
     * The signature has room for one clock: the client's when it is true all year (London changes
     * clocks with Amsterdam), named once; else the home clock with the usual gap (New York changes
     * on other Sundays, so its clock on the line would be wrong some weeks).
     */
    @Test
    void theSignatureGivesOneClockNamedOnce() {
        String nl = render(Target.SIGNATURE, Format.TEXT, "nl", Moment.WINDOW, LONDON);
        assertTrue(nl.contains(" (Britse tijd): "), nl);
        assertFalse(nl.contains("Nederlandse tijd") || nl.contains("9.00"), nl);
        String en = render(Target.SIGNATURE, Format.TEXT, "en", Moment.WINDOW, LONDON);
        assertTrue(en.contains(" (London time): "), en);
        assertFalse(en.contains("Amsterdam time") || en.contains("9:00"), en);
        String html = render(Target.SIGNATURE, Format.HTML, "en", Moment.WINDOW, LONDON);
        assertTrue(html.contains(" (London time): "), html);
        assertFalse(html.contains("Amsterdam time"), html);
        ZoneId newYork = ZoneId.of("America/New_York");
        String ny = render(Target.SIGNATURE, Format.TEXT, "nl", Moment.WINDOW, newYork);
        assertTrue(ny.contains(" (Nederlandse tijd, in New York meestal 6 uur vroeger): "), ny);
        assertFalse(ny.contains("(3.00") || ny.contains("uur in New York"), ny);
        String nyEn = render(Target.SIGNATURE, Format.TEXT, "en", Moment.WINDOW, newYork);
        assertTrue(nyEn.contains(" (Amsterdam time, usually 6 hours ahead of New York): "), nyEn);
        String tokyo = render(Target.SIGNATURE, Format.TEXT, "en", Moment.WINDOW, ZoneId.of("Asia/Tokyo"));
        assertTrue(tokyo.contains(" (Amsterdam time, 7 or 8 hours behind Tokyo): "), tokyo);
        for (String text : List.of(nl, en, ny, nyEn, tokyo)) {
            String hours = text.lines().filter(l -> l.contains("): ")).findFirst().orElseThrow();
            // both clocks on every day line made it 260 characters with New York
            assertTrue(hours.length() <= 160, "one line: " + hours.length() + " " + hours);
        }
    }

    /**
     * Facebook's intro (101 characters) and about text (255) for clients abroad fit without a cut:
     * one clock named once, as the signature, with whole hours said short where the full ones do
     * not fit. Both clocks on every day were cut with "…" and lost WhatsApp and the urgent line.
     */
    @ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({"nl, Europe/London", "en, Europe/London", "en-US, Europe/London",
        "nl, America/New_York", "en, America/New_York", "en-US, America/New_York"})
    void facebookForClientsAbroadFitsWithoutACut(String language, String zone) {
        Settings s = SnippetWeek.settings(language.substring(0, 2));
        s = s.withProfile(s.profile().withClientZone(ZoneId.of(zone)));
        if ("en-US".equals(language)) {
            s = s.withProfile(s.profile().withEnglish(org.reachable.domain.model.EnglishVariant.AMERICAN));
        }
        Schedule schedule = SnippetWeek.schedule();
        String text = RENDERER.render(Target.FACEBOOK, language.substring(0, 2), Format.TEXT,
                SnippetWeek.model(s, schedule, language.substring(0, 2), Moment.WINDOW.at));
        assertFalse(text.contains("…") || text.contains("shortened") || text.contains("ingekort"), text);
        boolean nl = "nl".equals(language);
        boolean london = zone.equals("Europe/London");
        String intro = text.lines().skip(1).findFirst().orElseThrow();
        assertTrue(intro.startsWith(nl ? "Telefoon en e-mail (" : "Phone and email ("), intro);
        assertTrue(intro.contains(london ? (nl ? "(Britse tijd)" : "(London time)")
                : (nl ? "(Nederlandse tijd)" : "(Amsterdam time)")), intro);
        assertFalse(intro.contains("Bereikbaar") || intro.contains("Available"), "no merged hours: " + intro);
        // London's clock: 9.00 in Amsterdam is 8 in London; whole hours said short as each language writes them
        if (london) {
            assertTrue(intro.endsWith(switch (language) {
                case "nl" -> ": ma, di, do en vr 8–10 en 15–17 uur; wo 8–10 en 16–17 uur";
                case "en" -> ": Mon, Tue, Thu and Fri 8–10am and 3–5pm; Wed 8–10am and 4–5pm";
                default -> ": Mon, Tue, Thu and Fri 8–10 am and 3–5 pm; Wed 8–10 am and 4–5 pm";
            }), intro);
        } else {
            assertTrue(intro.contains("9–11"), intro);
        }
        // one page, one way of writing its hours: the about text says the intro's hours as the intro does
        String about = text.lines().skip(4).findFirst().orElseThrow();
        String introHours = intro.substring(intro.indexOf("): ") + 3);
        assertTrue(about.contains("): " + introHours + ". "), () -> "the intro's hours in the about text\n" + text);
        for (String part : List.of(nl ? "WhatsApp Business: " : "WhatsApp Business: ", nl ? "Spoed (" : "Urgent (")) {
            assertTrue(text.contains(part), () -> "the about text keeps " + part + "\n" + text);
        }
        assertTrue(text.split(nl ? "Britse tijd|Nederlandse tijd" : "London time|Amsterdam time", -1).length == 3,
                () -> "the clock named once in each field\n" + text);
    }

    /**
     * The website and the working agreement are read for months: for clients in New York, which
     * moves its clocks on other Sundays than Amsterdam, a New York time beside each line ("3.00–5.00
     * uur in New York") was wrong about three weeks a year. The home clock named once above the
     * hours with the usual gap, as the voicemail says it; the text the same whichever week it is
     * made in (17 March 2027 lies in the weeks the gap is five hours).
     */
    @Test
    void theWebsiteAndAgreementForNewYorkAreTrueInEveryWeek() {
        ZoneId newYork = ZoneId.of("America/New_York");
        java.time.Instant march = java.time.Instant.parse("2027-03-17T09:00:00Z");
        for (Target target : List.of(Target.WEBSITE, Target.AGREEMENT)) {
            for (Format format : target.formats()) {
                for (String language : List.of("nl", "en", "en-US")) {
                    if (format == Format.JSONLD) {
                        continue;
                    }
                    String text = render(target, format, language, Moment.WINDOW.at, newYork);
                    String where = target.code() + " " + format.code() + " " + language + ":\n" + text;
                    assertTrue(text.equals(render(target, format, language, march, newYork)),
                            () -> "made in mid-March it reads otherwise: " + where);
                    String note = language.equals("nl")
                            ? "Alle tijden zijn Nederlandse tijd. In New York is het meestal zes uur vroeger."
                            : "All times are Amsterdam time. Amsterdam is usually six hours ahead of New York.";
                    assertTrue(text.split(java.util.regex.Pattern.quote(note), -1).length == 2,
                            () -> "the clock named once: " + where);
                    assertFalse(text.contains("New York time") || text.contains("in New York)")
                            || text.contains("Nederlandse tijd (") || text.contains("Amsterdam time ("), where);
                    String hours = switch (language) {
                        case "nl" -> "9.00–11.00 en 16.00–18.00 uur; wo 9.00–11.00 en 17.00–18.00 uur";
                        case "en" -> "9:00–11:00 and 16:00–18:00; Wed 9:00–11:00 and 17:00–18:00";
                        default -> "9–11 am and 4–6 pm; Wed 9–11 am and 5–6 pm";
                    };
                    assertTrue(text.contains(hours), where);
                }
            }
        }
        // London keeps Amsterdam's distance all year: both clocks on each line stay true
        String london = render(Target.WEBSITE, Format.TEXT, "nl", Moment.WINDOW.at, LONDON);
        assertTrue(london.contains("9.00–11.00 en 16.00–18.00 uur Nederlandse tijd (8.00–10.00 en 15.00–17.00 uur"
                + " Britse tijd)"), london);
        assertFalse(london.contains("Alle tijden"), london);
    }

    /**
     * The published page around the website text for New York: the clock named once per language,
     * by the website text's note (the page's own "De tijden hieronder zijn in Nederlandse tijd." said
     * it a second time), and the note set as the page sets its own.
     */
    @Test
    void thePublishedPageForNewYorkNamesTheClockOncePerLanguage() {
        Settings s = SnippetWeek.settings("nl");
        s = s.withProfile(s.profile().withClientZone(ZoneId.of("America/New_York")).withLanguages(List.of("nl", "en")));
        Schedule schedule = SnippetWeek.schedule();
        String page = new TextService(RENDERER).page(new TextService.Data(s, schedule,
                new StatusResolver(schedule, s.channels(), Optional.empty()), SnippetWeek.PHONES), Moment.WINDOW.at);
        assertTrue(page.contains("<p class=\"reachable-zone\">Alle tijden zijn Nederlandse tijd. In New York is het"
                + " meestal zes uur vroeger.</p>"), page);
        assertTrue(page.contains("<p class=\"reachable-zone\">All times are Amsterdam time. Amsterdam is usually six"
                + " hours ahead of New York.</p>"), page);
        assertFalse(page.contains("De tijden hieronder") || page.contains("The hours below"), page);
        assertTrue(page.contains(".hours-zone, .reachable-zone {"), "styled as the page's own note");
        s = s.withProfile(s.profile().withClientZone(LONDON));
        String london = new TextService(RENDERER).page(new TextService.Data(s, schedule,
                new StatusResolver(schedule, s.channels(), Optional.empty()), SnippetWeek.PHONES), Moment.WINDOW.at);
        assertTrue(london.contains("De tijden hieronder zijn in Nederlandse tijd.") && !london.contains("reachable-zone\">"),
                london);
    }

    private static String render(Target target, Format format, String language, java.time.Instant at, ZoneId client) {
        String lang = language.substring(0, 2);
        Settings s = SnippetWeek.settings(lang);
        s = s.withProfile(s.profile().withClientZone(client));
        if ("en-US".equals(language)) {
            s = s.withProfile(s.profile().withEnglish(org.reachable.domain.model.EnglishVariant.AMERICAN));
        }
        return RENDERER.render(target, lang, format, SnippetWeek.model(s, SnippetWeek.schedule(), lang, at));
    }

    /** The briefing is for the assistant, but its first reply goes to a client in London: on both clocks. */
    @Test
    void theAssistantsFirstReplyToAClientNamesTheClientsClock() {
        String nl = render(Target.ASSISTANT, Format.TEXT, "nl", Moment.FOCUS, LONDON);
        assertTrue(nl.contains("Marieke reageert morgen na 9.00 uur Nederlandse tijd (8.00 uur Britse tijd)."), nl);
        String en = render(Target.ASSISTANT, Format.TEXT, "en", Moment.FOCUS, LONDON);
        assertTrue(en.contains("Marieke will reply tomorrow after 9:00 Amsterdam time (8:00 London time)."), en);
    }
}
