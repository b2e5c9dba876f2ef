package org.reachable.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a client text as a client would read it: no empty slot where a value was missing, none
 * of the editor's jargon, one Dutch register, and no finding of LanguageTool's grammar and
 * spelling check apart from the few exact phrases of {@link #ALLOWED}.
 *
 * <p>The checks read plain text ({@link Readable} makes it from HTML, Markdown and a Sieve
 * script); {@link #emptyElements} reads the HTML itself.
 */
final class TextLint {

    /** One problem: the check (a rule id), the line or sentence it is in, and what is wrong. */
    record Finding(String rule, String sentence, String message) {

        @Override
        public String toString() {
            return rule + ": " + message + "\n      in: " + sentence;
        }
    }

    /** An exact phrase LanguageTool may flag, with why it is right in a client text. */
    record Allowed(String phrase, String reason) {
    }

    /**
     * At most 15 exact phrases, never a whole rule: a finding inside one of them is not a finding.
     * The names are the test profile's own (see {@link ClientData}); a user's own name is theirs.
     */
    static final List<Allowed> ALLOWED = List.of(
            new Allowed(ClientData.NAME, "the test profile's own name"),
            new Allowed(ClientData.FIRST_NAME, "the test profile's first name, which some texts use alone"),
            new Allowed(ClientData.BUSINESS, "the test profile's own business name"),
            new Allowed("di", "Dutch day abbreviation (dinsdag) in a list of hours"),
            new Allowed("t/m", "Dutch 'tot en met', the usual way to write a range of days"),
            new Allowed("Tue", "English day abbreviation in a list of hours"),
            new Allowed("Thu", "English day abbreviation in a list of hours"));

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+[.,;:!?](?=\\s|$|[\"')])");
    private static final Pattern LINE_STARTS_WITH_PUNCTUATION = Pattern.compile("(?m)^[ \\t]*[.,;:!?]");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S)[ \\t]{2,}(?=\\S)");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?<=\\S)[ \\t]+(?=\\n|$)");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
    /**
     * A word that needs a word after it, followed by punctuation or the end of the line. Not
     * "door", "voor", "op", "aan", "in": they end a Dutch sentence as part of a verb ("geef het door").
     */
    private static final Pattern DANGLING_WORD = Pattern.compile("(?iu)(?<![\\p{L}\\d])(met|van|vanaf|tot|naar|bij"
            + "|via|de|het|een|with|from|until|to|by|via|the|a|an|of)[ \\t]*(?=[.,;:!?]|\\n|$)");
    private static final Pattern EMPTY_ELEMENT = Pattern.compile(
            "<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>(\\s|&nbsp;)*</\\1\\s*>");
    private static final Pattern JARGON = Pattern.compile("(?iu)(?<![\\p{L}])(\\p{L}*venster\\p{L}*|focusblok\\p{L}*"
            + "|focus[ -]?blocks?|override\\p{L}*|windows?)(?![\\p{L}])");
    private static final Pattern JE = Pattern.compile("(?iu)(?<![\\p{L}'’])(je|jij|jou|jouw|jezelf)(?![\\p{L}'’])");
    private static final Pattern U = Pattern.compile("(?iu)(?<![\\p{L}'’/])(u|uw|uzelf)(?![\\p{L}'’/])");

    private static final Map<String, Integer> USED = new ConcurrentHashMap<>();

    private TextLint() {
    }

    /** Every check that reads plain text, for a text in {@code languageTag} ("nl", "en", "en-US"). */
    static List<Finding> plainText(String text, String languageTag) {
        List<Finding> findings = new ArrayList<>(emptySlots(text));
        findings.addAll(jargon(text));
        if (isDutch(languageTag)) {
            findings.addAll(registerMix(text));
        }
        findings.addAll(grammar(text, languageTag));
        return findings;
    }

    /** Gaps where a value was missing: " .", two spaces, "met .", "()", a line ending in a space. */
    static List<Finding> emptySlots(String text) {
        List<Finding> findings = new ArrayList<>();
        find(findings, text, SPACE_BEFORE_PUNCTUATION, "EMPTY_SLOT", "a space before punctuation: a value is missing");
        find(findings, text, LINE_STARTS_WITH_PUNCTUATION, "EMPTY_SLOT", "a line starts with punctuation");
        find(findings, text, DOUBLE_SPACE, "EMPTY_SLOT", "two spaces inside a line: a value is missing");
        find(findings, text, TRAILING_SPACE, "EMPTY_SLOT", "the line ends in a space: a value is missing");
        find(findings, text, EMPTY_BRACKETS, "EMPTY_SLOT", "empty brackets");
        find(findings, text, DANGLING_WORD, "EMPTY_SLOT", "a sentence stops after a word that needs one more");
        return findings;
    }

    /** HTML elements with nothing inside ({@code <strong></strong>}, {@code <dd> </dd>}). */
    static List<Finding> emptyElements(String html) {
        List<Finding> findings = new ArrayList<>();
        find(findings, html, EMPTY_ELEMENT, "EMPTY_ELEMENT", "an empty HTML element: a value is missing");
        return findings;
    }

    /** The editor's words, which a client has never heard: venster, focusblok, window, override. */
    static List<Finding> jargon(String text) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = JARGON.matcher(text);
        while (m.find()) {
            findings.add(new Finding("JARGON", lineAround(text, m.start()),
                    "'" + m.group(1) + "' is the editor's word; say what a client understands"));
        }
        return findings;
    }

    /** A Dutch text in both je and u: reports the first place of the register used less. */
    static List<Finding> registerMix(String text) {
        List<Integer> je = starts(JE, text);
        List<Integer> u = starts(U, text);
        if (je.isEmpty() || u.isEmpty()) {
            return List.of();
        }
        boolean uIsOdd = u.size() <= je.size();
        int at = uIsOdd ? u.get(0) : je.get(0);
        return List.of(new Finding("REGISTER_MIX", lineAround(text, at), "je/jij/jouw (" + je.size()
                + "x) and u/uw (" + u.size() + "x) in one text; here the " + (uIsOdd ? "u" : "je") + " form"));
    }

    /**
     * A Dutch text in the wrong register: any je form in a u text, any u form in a je text.
     *
     * @param register "je" or "u"
     */
    static List<Finding> register(String text, String register) {
        Pattern wrong = "u".equals(register) ? JE : U;
        List<Finding> findings = new ArrayList<>();
        Matcher m = wrong.matcher(text);
        while (m.find()) {
            findings.add(new Finding("REGISTER", lineAround(text, m.start()),
                    "'" + m.group(1) + "' in a text that speaks to the client with " + register));
        }
        return findings;
    }

    /** LanguageTool's findings, except those wholly inside an {@link #ALLOWED} phrase. */
    static List<Finding> grammar(String text, String languageTag) {
        List<Finding> findings = new ArrayList<>();
        for (Checkers.Match match : Checkers.check(text, languageTag)) {
            if (allowed(text, match.from(), match.to())) {
                continue;
            }
            String flagged = text.substring(match.from(), match.to());
            // a spelling rule's suggestions cost seconds each and are guesses; a grammar rule's help
            List<String> suggestions = match.spelling() ? List.of() : match.suggestions().get();
            String message = "'" + flagged + "': " + match.message()
                    + (suggestions.isEmpty() ? "" : " (suggests: " + String.join(", ",
                            suggestions.subList(0, Math.min(3, suggestions.size()))) + ")");
            findings.add(new Finding(match.rule(), lineAround(text, match.from()), message));
        }
        return findings;
    }

    /** Whether [from, to) lies inside an occurrence of an allowed phrase, at word bounds. */
    static boolean allowed(String text, int from, int to) {
        for (Allowed a : ALLOWED) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(a.phrase()) + "(?![\\p{L}\\d])")
                    .matcher(text);
            while (m.find()) {
                if (m.start() <= from && to <= m.end()) {
                    USED.merge(a.phrase(), 1, Integer::sum);
                    return true;
                }
            }
        }
        return false;
    }

    /** How often each allowed phrase let a finding pass in this run, so that an unused one can go. */
    static Map<String, Integer> allowedUse() {
        Map<String, Integer> use = new LinkedHashMap<>();
        for (Allowed a : ALLOWED) {
            use.put(a.phrase(), USED.getOrDefault(a.phrase(), 0));
        }
        return use;
    }

    private static boolean isDutch(String languageTag) {
        return "nl".equals(Locale.forLanguageTag(languageTag).getLanguage());
    }

    private static void find(List<Finding> findings, String text, Pattern pattern, String rule, String message) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            findings.add(new Finding(rule, lineAround(text, m.start()), message));
        }
    }

    private static List<Integer> starts(Pattern pattern, String text) {
        List<Integer> at = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            at.add(m.start());
        }
        return at;
    }

    /** The line the position is on, marked so that a gap shows: spaces as they are, in quotes. */
    static String lineAround(String text, int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0) {
            start = 0;
        }
        int end = text.indexOf('\n', at);
        return "\"" + text.substring(start, end < 0 ? text.length() : end) + "\"";
    }
}
