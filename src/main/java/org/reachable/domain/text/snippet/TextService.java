package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.PublicHolidays;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.forwarding.CallForwarding;
import org.reachable.domain.text.autoreply.AutoReplies;

/**
 * The one way to a client text: the tray's copy, the window's Texts page and {@code reachable
 * snippet} all ask here, so they cannot disagree on the language, the register, the English
 * variant or the user's own templates.
 *
 * <p>A language is asked as the user says it: "nl", "en", or a tag with a country ("en-US").
 * Templates are per bare language; the words (dates, clock) follow the whole tag, and a bare "en"
 * is written in the profile's English (British unless the user chose American).
 */
public final class TextService {

    private final UserTemplates templates;
    private final SnippetRenderer renderer;

    public TextService(SnippetRenderer renderer) {
        this.templates = new UserTemplates(renderer);
        this.renderer = renderer;
    }

    /**
     * The data a text is made from: the settings, the schedule and the status engine over both, the
     * rules phone numbers are written by for a client to dial, and the public holidays' names: a
     * holiday taken as a day off is stored under its name in the profile's main language, and a
     * text in another language asks for its name there ("Koningsdag" → "King's Day").
     */
    public record Data(Settings settings, Schedule schedule, StatusResolver resolver, PhoneNumbers phones,
            PublicHolidays holidays) {

        /** Numbers as stored: for tests of other things. */
        public Data(Settings settings, Schedule schedule, StatusResolver resolver) {
            this(settings, schedule, resolver, PhoneNumbers.AS_TYPED);
        }

        /** Holidays named only as stored: for tests of other things. */
        public Data(Settings settings, Schedule schedule, StatusResolver resolver, PhoneNumbers phones) {
            this(settings, schedule, resolver, phones, PublicHolidays.NONE);
        }
    }

    /**
     * One text to make.
     *
     * @param language "nl", "en", "en-US"…; null or blank: the profile's main text language
     * @param format null: the target's first format
     * @param dated the dated variant of a text pasted once: it names a day off (in force, else the
     *     next) with its dates and year, and holds until that day off ends; false: the text
     *     describes the week and names no date that will pass
     */
    public record Request(Target target, Format format, String language, boolean dated) {

        public Request {
            format = format == null ? target.defaultFormat() : format;
            language = language == null ? "" : language.strip();
        }

        /** The text that describes the week (not dated). */
        public Request(Target target, Format format, String language) {
            this(target, format, language, false);
        }
    }

    /**
     * Until when a text is right, for the Texts page: {@code dated} whether it names a date, and
     * {@code lastDay} the last day it holds (empty: as long as the week and the promises stay as
     * they are).
     */
    public record Validity(boolean dated, Optional<java.time.LocalDate> lastDay) {
    }

    /**
     * Whether the text names a date, and the last day it holds: a text pasted once that describes
     * the week holds until the user changes it; its dated variant until the day off it names is
     * over (none named: like the undated one). The auto-reply and the briefing speak of now (the
     * auto-reply's own until is {@link #autoReply}'s).
     */
    public Validity validity(Request request, Data data, Instant at) {
        if (!request.target().pasteOnce()) {
            return new Validity(true, Optional.empty());
        }
        if (!request.dated()) {
            return new Validity(false, Optional.empty());
        }
        SnippetContext c = new SnippetContext(data, languageOf(request, data.settings()), at, true);
        return c.away().map(d -> new Validity(true, Optional.of(d.last())))
                .orElse(new Validity(false, Optional.empty()));
    }

    /** The language a request is made in: its own, else the profile's main text language. */
    public static String languageOf(Request request, Settings settings) {
        return request.language().isEmpty() ? settings.profile().languages().get(0) : request.language();
    }

    /** The bare language of a tag, which is what templates are kept per: "en-US" → "en". */
    public static String templateLanguage(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    /** Whether Reachable has a text for this target, language and format. */
    public boolean has(Request request, Settings settings) {
        return templates.has(request.target(), templateLanguage(languageOf(request, settings)), request.format());
    }

    /**
     * The text as a client who reads it at {@code at} reads it: from the user's own template where
     * there is one (a broken one falls back and its problem comes along), else the shipped one.
     *
     * @throws SnippetException when there is no template for it ({@link #has} is false) or the
     *     shipped template fails
     */
    public UserTemplates.Result text(Request request, Data data, Instant at) {
        String tag = languageOf(request, data.settings());
        String language = templateLanguage(tag);
        if (!templates.has(request.target(), language, request.format())) {
            throw new SnippetException("no template " + UserTemplates.key(request.target(), language,
                    request.format()));
        }
        return text(request, data, at, data.settings().templateOverrides());
    }

    /**
     * What a client who writes at {@code at} receives from the e-mail auto-reply: no text when none
     * goes out (inside an e-mail window, unless the user asked for a reply there too), and the
     * next moment the answer changes, until when a copied text is right (empty: not within a year).
     */
    public record AutoReply(Optional<UserTemplates.Result> text, Optional<Instant> until) {
    }

    /** The auto-reply at {@code at}; {@code request} is an auto-reply in a format a client reads. */
    public AutoReply autoReply(Request request, Data data, Instant at) {
        if (request.target() != Target.AUTOREPLY || request.format() == Format.SIEVE) {
            throw new IllegalArgumentException("not an auto-reply text: " + request);
        }
        String tag = data.settings().profile().textTag(languageOf(request, data.settings()));
        AutoReplies replies = new AutoReplies(data.settings(), data.schedule(), data.resolver(), tag);
        Optional<UserTemplates.Result> text = replies.at(at).sends() ? Optional.of(text(request, data, at))
                : Optional.empty();
        return new AutoReply(text, replies.changes(at));
    }

    /** The template text the user edits: their own if saved, else the shipped one. */
    public String template(Request request, Settings settings, Map<String, String> overrides) {
        return templates.template(request.target(), templateLanguage(languageOf(request, settings)),
                request.format(), overrides);
    }

    /** Checks template text before it is saved; the problem, or empty when it renders. */
    public Optional<UserTemplates.Problem> check(Request request, String template, Data data, Instant at) {
        String tag = languageOf(request, data.settings());
        SnippetModel model = request.target() == Target.AUTOREPLY && request.format() == Format.SIEVE
                ? AutoReplyScript.model(templates, request, data, at, data.settings().templateOverrides()).values()
                : model(data, tag, at, request.target(), request.dated());
        return templates.check(request.target(), templateLanguage(tag), request.format(), template, model);
    }

    /** Renders with template overrides that are not saved yet (a preview right after a save). */
    public UserTemplates.Result text(Request request, Data data, Instant at, Map<String, String> overrides) {
        if (request.target() == Target.AUTOREPLY && request.format() == Format.SIEVE) {
            return AutoReplyScript.render(templates, request, data, at, overrides);
        }
        String tag = languageOf(request, data.settings());
        return templates.render(request.target(), templateLanguage(tag), request.format(),
                model(data, tag, at, request.target(), request.dated()), overrides);
    }

    /**
     * The call-forwarding text with the codes for {@code to} (the plain {@link #text} of
     * {@link Target#FORWARDING} has no number and asks for one): the user's own template where there
     * is one, else the shipped one.
     */
    public UserTemplates.Result forwarding(Request request, Data data, Instant at, CallForwarding to) {
        if (request.target() != Target.FORWARDING) {
            throw new IllegalArgumentException("not a forwarding text: " + request);
        }
        String tag = languageOf(request, data.settings());
        SnippetModel model = model(data, tag, at, Target.FORWARDING)
                .with("forwarding", ForwardingValues.of(Optional.of(to), data.phones()));
        return templates.render(request.target(), templateLanguage(tag), request.format(), model,
                data.settings().templateOverrides());
    }

    /** Only what the target's texts read (see {@link SnippetModel#of(Settings, Schedule, StatusResolver, String, Instant, Target)}). */
    static SnippetModel model(Data data, String tag, Instant at, Target target) {
        return model(data, tag, at, target, false);
    }

    static SnippetModel model(Data data, String tag, Instant at, Target target, boolean dated) {
        return SnippetModel.of(data, tag, at, target, dated);
    }

    /**
     * The published availability page at {@code at} (issue 17): the clients' languages' website
     * texts, the days off ahead, and the data and forms its script says "now" from on the reader's
     * own clock, whenever the page is read.
     */
    public String page(Data data, Instant at) {
        return PageText.render(renderer, this, data, at);
    }
}
