package org.reachable.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One LanguageTool per text language, built on first use and kept for the whole test run: the
 * first check loads the dictionaries (seconds), every later one takes milliseconds.
 *
 * <p>English is checked as British (or American for "en-US"), never as plain {@code English}:
 * plain English has no spell checker, so a Dutch word in an English text ("Reply binnen 1 uur")
 * would pass unseen. Every line is a paragraph of its own, because client texts are lists and
 * short lines (a signature, a list of hours) rather than running prose.
 *
 * <p>The spelling rules run apart from the others: inside {@code JLanguageTool.check} the English
 * match filter asks every spelling match for its suggestions, and finding suggestions for a Dutch
 * word in the English dictionary takes seconds. Run on their own, their suggestions stay lazy.
 */
final class Checkers {

    /** A finding: the rule, where it is in the text [from, to), why, and (costly) what instead. */
    record Match(String rule, int from, int to, String message, boolean spelling, Supplier<List<String>> suggestions) {

        @Override
        public String toString() {
            return rule + " [" + from + ", " + to + "): " + message;
        }
    }

    private record Tool(JLanguageTool grammar, List<Rule> spelling) {
    }

    /**
     * English rules that compare a date with the real today ("January 4 is not a Monday this
     * year", "a future date with a past verb"): they would make a check depend on the day it runs,
     * where every text here is made at a fixed instant. A weekday beside a date with its year is
     * still checked (EN_DATE_WEEKDAY).
     */
    private static final List<String> READS_THE_WALL_CLOCK = List.of("EN_DATE_WEEKDAY_CURRENTYEAR",
            "DATE_FUTURE_VERB_PAST", "DATE_NEW_YEAR");

    private static final Map<String, Tool> TOOLS = new ConcurrentHashMap<>();
    /** How long each checker took to build and make its first check, for the report. */
    private static final Map<String, Long> READY_MS = new ConcurrentHashMap<>();

    private Checkers() {
    }

    /** LanguageTool's findings for {@code text} in the language of {@code tag}. */
    static List<Match> check(String text, String tag) {
        Tool tool = TOOLS.computeIfAbsent(key(tag), Checkers::create);
        try {
            // JLanguageTool is not thread-safe; tests may run in parallel one day
            synchronized (tool) {
                return check(tool, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Match> check(Tool tool, String text) throws IOException {
        List<Match> matches = new ArrayList<>();
        for (RuleMatch m : tool.grammar().check(text)) {
            matches.add(new Match(m.getSpecificRuleId(), m.getFromPos(), m.getToPos(), m.getMessage(), false,
                    m::getSuggestedReplacements));
        }
        int offset = 0;
        for (AnalyzedSentence sentence : tool.grammar().analyzeText(text)) {
            for (Rule rule : tool.spelling()) {
                for (RuleMatch m : rule.match(sentence)) {
                    matches.add(new Match(m.getSpecificRuleId(), offset + m.getFromPos(), offset + m.getToPos(),
                            m.getMessage(), true, m::getSuggestedReplacements));
                }
            }
            offset += sentence.getText().length();
        }
        if (offset != text.length()) {
            throw new IllegalStateException("the sentences do not add up to the text: " + offset + " of "
                    + text.length() + " characters");
        }
        matches.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return matches;
    }

    /** "nl" Dutch; "en" or "en-GB" {@code BritishEnglish}; "en-US" {@code AmericanEnglish}. */
    private static String key(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if ("nl".equals(locale.getLanguage())) {
            return "nl";
        }
        if ("en".equals(locale.getLanguage())) {
            return "US".equals(locale.getCountry()) ? "en-US" : "en-GB";
        }
        throw new IllegalArgumentException("no checker for language " + tag);
    }

    private static Tool create(String key) {
        long start = System.nanoTime();
        // through the registry: LanguageTool 6 refuses a second instance of a language class
        // ("Language was already instantiated"), and its rules look languages up there
        Language language = Languages.getLanguageForShortCode(key);
        language.getSentenceTokenizer().setSingleLineBreaksMarksParagraph(true);
        JLanguageTool grammar = new JLanguageTool(language);
        List<Rule> spelling = grammar.getAllActiveRules().stream().filter(Rule::isDictionaryBasedSpellingRule)
                .toList();
        if (spelling.isEmpty()) {
            throw new IllegalStateException(key + " has no spell checker: a word of another language would pass");
        }
        grammar.disableRules(spelling.stream().map(Rule::getId).toList());
        grammar.disableRules(READS_THE_WALL_CLOCK);
        Tool tool = new Tool(grammar, spelling);
        try {
            check(tool, "Test."); // loads the dictionaries now, so that the first real check is timed fairly
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        READY_MS.put(key, (System.nanoTime() - start) / 1_000_000);
        return tool;
    }

    /** "LanguageTool ready (built and first check): nl 8123 ms, en-GB 9034 ms" */
    static String timings() {
        return "LanguageTool ready (built and first check): " + new TreeMap<>(READY_MS).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
    }
}
