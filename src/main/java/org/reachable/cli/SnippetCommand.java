package org.reachable.cli;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.TextGaps;
import org.reachable.domain.text.forwarding.CallForwarding;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.text.snippet.UserTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code reachable snippet TARGET [--lang nl|en] [--format F] [--at ISO]}: one text, as it would
 * read at that instant, on standard output, for scripts that publish a website or set a reply.
 * An unknown target is bad usage (exit 2, picocli lists the targets); a target that has no such
 * format or language (yet) is a user error (exit 1).
 */
@Command(name = "snippet", mixinStandardHelpOptions = true)
final class SnippetCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "TARGET", descriptionKey = "target", converter = TargetConverter.class)
    Target target;

    @Option(names = "--lang", paramLabel = "LANG")
    String lang;

    @Option(names = "--format", paramLabel = "F")
    String format;

    @Option(names = "--at", paramLabel = "ISO")
    String at;

    /** The dated variant of a text pasted once: the day off in force or coming, with its dates and year. */
    @Option(names = "--dated")
    boolean dated;

    @Option(names = "--to", paramLabel = "NUMBER")
    String to;

    @Override
    public Integer call() throws Exception {
        Workspace.Loaded loaded = load();
        Format chosen = format == null ? target.defaultFormat() : Format.fromCode(format);
        if (chosen == null || !target.formats().contains(chosen)) {
            throw new UserError(messages().get("snippet.noFormat", target.code(), format, formats()));
        }
        TextService texts = new TextService(env().snippets());
        TextService.Request request = new TextService.Request(target, chosen, lang, dated);
        if (!texts.has(request, loaded.settings())) {
            throw new UserError(messages().get("snippet.notYet", target.code(),
                    TextService.templateLanguage(TextService.languageOf(request, loaded.settings())), chosen.code()));
        }
        Optional<CallForwarding> forwarding = forwarding(loaded);
        Instant t = at == null ? env().clock().instant() : TimeArguments.parse(at, loaded.zone(), "--at", messages());
        TextService.Data data = new TextService.Data(loaded.settings(), loaded.schedule(), loaded.resolver(),
                loaded.phones(), loaded.holidays());
        UserTemplates.Result result;
        if (target == Target.AUTOREPLY && chosen != Format.SIEVE) {
            // exactly what a client who writes at t receives; nothing at all when no reply goes out,
            // so a script that sets the reply from this output sets none
            Optional<UserTemplates.Result> reply = texts.autoReply(request, data, t).text();
            if (reply.isEmpty()) {
                root.err().println("reachable: " + messages().get("snippet.noAutoReply"));
                return 0;
            }
            result = reply.get();
        } else if (forwarding.isPresent()) {
            result = texts.forwarding(request, data, t, forwarding.get());
        } else {
            // the user's own template where there is one; a broken one falls back to the default and says so
            result = texts.text(request, data, t);
        }
        result.problem().ifPresent(p -> root.err().println("reachable: " + messages().get("snippet.ownTemplateFailed",
                ProblemWords.in(Locale.getDefault()).what(p.whole()))));
        undialable(loaded);
        String text = result.text();
        out().print(text.endsWith("\n") ? text : text + "\n");
        return 0;
    }

    /** A number kept as typed because nobody can dial it: the text shows it, so the user hears of it. */
    private void undialable(Workspace.Loaded loaded) {
        for (TextGaps.Gap gap : new TextGaps(loaded.settings(), loaded.schedule()).in(Locale.getDefault()
                .getLanguage())) {
            if (gap instanceof TextGaps.Undialable typed) {
                root.err().println("reachable: " + messages().get("snippet.undialable", typed.channel().name(),
                        typed.channel().contact()));
            }
        }
    }

    /**
     * The number of {@code --to}, for the forwarding target, which needs one: read as every number
     * the user types is (a national one in the home zone's country), and used as E.164, because a
     * forwarding code is dialled on whatever network the phone roams in, where only that form works.
     */
    private Optional<CallForwarding> forwarding(Workspace.Loaded loaded) {
        if (target != Target.FORWARDING) {
            if (to != null) {
                throw new UserError(messages().get("snippet.toNotForwarding"));
            }
            return Optional.empty();
        }
        if ((to == null || to.isBlank()) && CallForwarding.isE164(loaded.settings().preferences().forwardTo())) {
            return Optional.of(new CallForwarding(loaded.settings().preferences().forwardTo())); // stored on the home screen
        }
        if (to == null || to.isBlank()) {
            throw new UserError(messages().get("snippet.forwardingTo"));
        }
        PhoneNumbers phones = loaded.phones();
        if (phones.check(to.strip(), phones.region(loaded.zone()).orElse("ZZ")) instanceof PhoneNumbers.Dialable d
                && CallForwarding.isE164(d.e164())) {
            return Optional.of(new CallForwarding(d.e164()));
        }
        throw new UserError(messages().get("snippet.badForwardingNumber", to.strip()));
    }

    private String formats() {
        return String.join(", ", target.formats().stream().map(Format::code).toList());
    }

    /** Reads the lower-case target names of DESIGN.md; anything else is bad usage. */
    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            for (Target t : Target.values()) {
                if (t.code().equalsIgnoreCase(value.trim())) {
                    return t;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a target; use one of "
                    + String.join(", ", Arrays.stream(Target.values()).map(Target::code).toList()));
        }
    }
}
