package org.reachable.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.grammar.ClientData.Profile;
import org.reachable.grammar.Renders.Reader;
import org.reachable.grammar.TextLint.Finding;

/**
 * Every client text read as a client reads it (issue 10, "What must show"): each target in each
 * format a person reads (HTML as a browser shows it, Markdown without its marks, the Sieve
 * script's reply), in Dutch and English, at four moments, for a full and an empty profile, set up
 * on a Dutch and on an English system. A text passes with no empty slot, no jargon, one register
 * and no grammar or spelling finding outside {@link TextLint#ALLOWED}.
 *
 * <p>Every finding of the run, grouped by target and language, is written to
 * {@code target/grammar-findings.txt}. Run it while it is disabled with
 * {@code mvn -B test -Dtest=ClientTextsCheckTest -Djunit.jupiter.conditions.deactivate='org.junit.*DisabledCondition'}.
 */
class ClientTextsCheckTest {

    static final Path REPORT = Path.of("target/grammar-findings.txt");

    /** When a client reads the text. */
    enum Moment {
        /** Thursday 26 November 2026, 10:00: phone, e-mail and WhatsApp are reachable. */
        WINDOW("2026-11-26T09:00:00Z", "in a reachable window"),
        /** Wednesday 25 November 2026, 14:00: the weekly focus afternoon. */
        FOCUS("2026-11-25T13:00:00Z", "in a focus block"),
        /** Friday 27 November 2026, 19:00: after hours, next reachable on Monday. */
        FRIDAY_EVENING("2026-11-27T18:00:00Z", "Friday evening"),
        /** Monday 28 December 2026, 10:00: the Christmas days off, back on Monday 4 January. */
        DAY_OFF("2026-12-28T09:00:00Z", "on a day off");

        final Instant at;
        private final String label;

        Moment(String at, String label) {
            this.at = Instant.parse(at);
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One text to check. */
    record Case(Target target, Format format, Reader reader, Moment moment, Profile profile, String system) {

        @Override
        public String toString() {
            return target.code() + " " + format.code() + " · " + reader + " · " + moment + " · " + profile
                    + " · set up on an " + system + " system";
        }
    }

    /** The formats a person reads; JSON-LD is for machines. */
    private static final Set<Format> READ = Set.of(Format.TEXT, Format.HTML, Format.MARKDOWN, Format.SIEVE);
    private static final List<String> SYSTEMS = List.of("nl", "en");

    @TempDir
    static Path dataRoot;
    private static final Map<String, Workspace.Loaded> DATA = new ConcurrentHashMap<>();
    /** "website · nl (je)" → finding → the cases it was seen in. */
    private static final Map<String, Map<String, List<Case>>> FOUND = new TreeMap<>();
    private static final Map<String, Integer> TEXTS = new TreeMap<>();
    private static long started;

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Target target : Target.values()) {
            for (Format format : target.formats()) {
                if (!READ.contains(format)) {
                    continue;
                }
                for (Reader reader : Reader.values()) {
                    for (Moment moment : Moment.values()) {
                        for (Profile profile : Profile.values()) {
                            for (String system : SYSTEMS) {
                                if (profile.clients != null && !"nl".equals(system)) {
                                    continue; // a clients' zone: one system is enough, the texts are the same
                                }
                                cases.add(new Case(target, format, reader, moment, profile, system));
                            }
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @BeforeAll
    static void startClock() {
        started = System.nanoTime();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsWellToAClient(Case c) throws Exception {
        Workspace.Loaded data = data(c.system(), c.profile());
        String raw = Renders.text(data.settings(), data.schedule(), c.target(), c.format(), c.reader(),
                c.moment().at);
        List<Finding> findings = new ArrayList<>();
        String readable = switch (c.format()) {
            case HTML -> {
                findings.addAll(TextLint.emptyElements(raw));
                yield Readable.fromHtml(raw);
            }
            case MARKDOWN -> Readable.fromMarkdown(raw);
            case SIEVE -> Readable.fromSieve(raw);
            default -> raw;
        };
        // a Sieve script holds a reply for each case of the week; a client reads one of them
        List<String> texts = c.format() == Format.SIEVE ? Readable.sieveReplies(raw) : List.of(readable);
        if (c.target() == Target.WHATSAPP) {
            // the away message in both languages is read apart (it repeats the away message above it),
            // each language's line in that language
            String[] split = bothLanguages(readable);
            texts = List.of(split[0], split[1]);
            findings.addAll(TextLint.plainText(split[2], c.reader().tag.startsWith("nl") ? "en" : "nl"));
        }
        for (String text : texts) {
            findings.addAll(TextLint.plainText(text, c.reader().tag));
            if (c.reader().register != null) {
                // the briefing speaks to the assistant, a colleague, with je; the first reply it hands her
                // speaks to the client in the user's register, so that part is what must not mix
                String toClient = c.target() == Target.ASSISTANT ? firstReplies(text) : text;
                findings.addAll(TextLint.register(toClient, c.reader().register));
            }
        }
        record(c, findings);
        assertTrue(findings.isEmpty(), () -> c + ": " + findings.size() + " findings\n  "
                + findings.stream().map(Finding::toString).collect(Collectors.joining("\n  "))
                + "\n--- the text as read ---\n" + readable);
    }

    /** The WhatsApp text without the away message in both languages, and that message's two lines. */
    private static String[] bothLanguages(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size() - 2; i++) {
            if (lines.get(i).startsWith("Afwezigheidsbericht in het Nederlands en het Engels")
                    || lines.get(i).startsWith("Away message in English and Dutch")) {
                String own = lines.remove(i + 1);
                String other = lines.remove(i + 1);
                return new String[] {String.join("\n", lines), own, other};
            }
        }
        return new String[] {text, "", ""};
    }

    /** The client-facing replies in an assistant briefing: each line after "Eerste reactie …:". */
    private static String firstReplies(String briefing) {
        StringBuilder replies = new StringBuilder();
        String[] lines = briefing.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].startsWith("Eerste reactie") || lines[i].startsWith("First reply")) {
                replies.append(lines[i + 1]).append('\n');
            }
        }
        return replies.toString();
    }

    private static synchronized Workspace.Loaded data(String system, Profile profile) throws Exception {
        String key = system + "-" + profile.name().toLowerCase(Locale.ROOT);
        Workspace.Loaded data = DATA.get(key);
        if (data == null) {
            data = ClientData.create(dataRoot.resolve(key), system, profile);
            DATA.put(key, data);
        }
        return data;
    }

    private static synchronized void record(Case c, List<Finding> findings) {
        String group = c.target().code() + " · " + c.reader();
        TEXTS.merge(group, 1, Integer::sum);
        Map<String, List<Case>> seen = FOUND.computeIfAbsent(group, g -> new TreeMap<>());
        for (Finding f : findings) {
            List<Case> cases = seen.computeIfAbsent(f.toString(), k -> new ArrayList<>());
            if (!cases.contains(c)) {
                cases.add(c);
            }
        }
    }

    /**
     * The findings of the run, grouped by target and language; each says in which renders it was
     * seen (formats, moments, profiles, systems), so one fix in a template clears all of them.
     */
    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder out = new StringBuilder();
        int total = FOUND.values().stream().mapToInt(Map::size).sum();
        int texts = TEXTS.values().stream().mapToInt(i -> i).sum();
        long failed = FOUND.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream).distinct()
                .count();
        out.append("Client text findings (ClientTextsCheckTest): ").append(total).append(" distinct findings; ")
                .append(failed).append(" of ").append(texts).append(" rendered texts have at least one.\n")
                .append("Run took ").append((System.nanoTime() - started) / 1_000_000).append(" ms; ")
                .append(Checkers.timings()).append(".\n")
                .append("Allowed phrases used (phrase=findings let pass): ").append(TextLint.allowedUse()).append("\n")
                .append("Each finding: rule: message, the line it is in (as read: HTML without tags, Markdown without"
                        + " marks), and the renders it was seen in.\n");
        for (var group : FOUND.entrySet()) {
            out.append("\n== ").append(group.getKey()).append(" (").append(group.getValue().size())
                    .append(" distinct findings in ").append(TEXTS.get(group.getKey())).append(" texts)\n");
            for (var finding : group.getValue().entrySet()) {
                out.append("- ").append(finding.getKey()).append("\n      seen in ")
                        .append(where(finding.getValue())).append("\n");
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, out, StandardCharsets.UTF_8);
    }

    /** "12 renders: html, text; Friday evening, on a day off; full profile; en system" */
    private static String where(List<Case> cases) {
        return cases.size() + " render" + (cases.size() == 1 ? "" : "s") + ": "
                + values(cases, c -> c.format().code()) + "; " + values(cases, c -> c.moment().toString()) + "; "
                + values(cases, c -> c.profile().toString()) + "; set up on " + values(cases, Case::system)
                + " system";
    }

    private static String values(List<Case> cases, java.util.function.Function<Case, String> value) {
        return String.join(", ", cases.stream().map(value).collect(Collectors.toCollection(TreeSet::new)));
    }
}
