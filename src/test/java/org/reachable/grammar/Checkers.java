package org.reachable.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * One LanguageTool per text language, built on first use and kept for the whole test run: the
 * first check loads the dictionaries (seconds), every later one takes milliseconds.
 *
 * <p>English is checked as British (or American for "en-US"), never as plain {@code English}:
 * plain English has no spell checker, so a Dutch word in an English text ("Reply binnen 1 uur")
 * would pass unseen. Every line is a paragraph of its own, because client texts are lists and
 * short lines (a signature, a list of hours) rather than running prose.
 */
final class Checkers {

    private static final Map<String, JLanguageTool> TOOLS = new ConcurrentHashMap<>();
    /** How long each checker took to build and make its first check, for the report. */
    private static final Map<String, Long> READY_MS = new ConcurrentHashMap<>();

    private Checkers() {
    }

    /**
     * The checker for a language tag: "nl" Dutch; "en" or "en-GB" {@code BritishEnglish}; "en-US"
     * {@code AmericanEnglish}.
     */
    static JLanguageTool forTag(String tag) {
        return TOOLS.computeIfAbsent(key(tag), Checkers::create);
    }

    /** LanguageTool's findings for {@code text} in the language of {@code tag}. */
    static List<RuleMatch> check(String text, String tag) {
        JLanguageTool tool = forTag(tag);
        try {
            // JLanguageTool is not thread-safe; tests may run in parallel one day
            synchronized (tool) {
                return tool.check(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

    private static JLanguageTool create(String key) {
        // through the registry: LanguageTool 6 refuses a second instance of a language class
        // ("Language was already instantiated"), and its rules look languages up there
        long start = System.nanoTime();
        Language language = Languages.getLanguageForShortCode(key);
        language.getSentenceTokenizer().setSingleLineBreaksMarksParagraph(true);
        JLanguageTool tool = new JLanguageTool(language);
        // the overlap filter asks every spelling match for its suggestions, and finding suggestions
        // for a Dutch word in the English dictionary takes seconds; the report asks only for the
        // suggestions of grammar rules (TextLint.grammar)
        tool.setCleanOverlappingMatches(false);
        try {
            tool.check("Test."); // loads the dictionaries now, so the first real check is timed fairly
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        READY_MS.put(key, (System.nanoTime() - start) / 1_000_000);
        return tool;
    }

    /** "LanguageTool ready (built and first check): nl 8123 ms, en-GB 9034 ms" */
    static String timings() {
        return "LanguageTool ready (built and first check): " + new java.util.TreeMap<>(READY_MS).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(java.util.stream.Collectors.joining(", "));
    }
}
