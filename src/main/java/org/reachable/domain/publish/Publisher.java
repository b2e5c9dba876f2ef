package org.reachable.domain.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachable.domain.model.Channel;
import org.reachable.domain.port.FeedFormat;
import org.reachable.domain.port.IcsFormat;
import org.reachable.domain.port.PublishFolder;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.ChannelTimeline;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.JsonText;
import org.reachable.domain.text.PageWords;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;

/**
 * {@code reachable publish} and the "Publish to folder" switch (issue 17, item 3): the public
 * availability page, the free/busy feed, a public status and the website's JSON-LD, made from the
 * data at one instant and written into a folder the user's own tools serve.
 */
public final class Publisher {

    public static final String PAGE = "index.html";
    public static final String FEED = "availability.ics";
    /** The same reachable times as VAVAILABILITY (RFC 7953): a week that repeats, for CalDAV servers and schedulers. */
    public static final String WEEK = "availability-week.ics";
    public static final String STATUS = "status.json";
    public static final String JSONLD = "availability.jsonld";

    /** How far ahead the feed lists reachable stretches; a subscribed calendar reads it again every hour. */
    public static final Duration FEED_AHEAD = Duration.ofDays(92);

    private final TextService texts;
    private final IcsFormat feed;
    private final PublishFolder folder;

    public Publisher(TextService texts, IcsFormat feed, PublishFolder folder) {
        this.texts = texts;
        this.feed = feed;
        this.folder = folder;
    }

    /** Makes every file and writes it into {@code dir}; returns what was written, name by name. */
    public Map<String, String> publish(Workspace.Loaded data, String dir, Instant at) throws StoreException {
        Map<String, String> files = files(data, at);
        folder.write(dir, files);
        return files;
    }

    /** Puts the feed's events, one object each, in the availability calendar on {@code server}. */
    public CalendarPublish.Report publish(Workspace.Loaded data, CalendarPublish.Server server, Instant at)
            throws StoreException {
        String first = data.settings().profile().languages().get(0);
        return CalendarPublish.publish(server, feed.feedObjects(feed(data, at, first)));
    }

    /** Serves {@code dir} on 127.0.0.1 for a look before it goes public. */
    public PublishFolder.Preview serve(String dir, int port) throws StoreException {
        return folder.serve(dir, port);
    }

    /** The files, in the order they are written: the page last. */
    public Map<String, String> files(Workspace.Loaded data, Instant at) {
        StatusResolver resolver = data.resolver();
        TextService.Data textData = new TextService.Data(data.settings(), data.schedule(), resolver, data.phones(),
                data.holidays());
        String first = data.settings().profile().languages().get(0);
        Map<String, String> files = new LinkedHashMap<>();
        FeedFormat.Feed stretches = feed(data, at, first);
        files.put(FEED, feed.feed(stretches));
        files.put(WEEK, feed.availability(availability(stretches)));
        files.put(STATUS, JsonText.of(publicStatus(resolver.status(at), data, first, at)) + "\n");
        files.put(JSONLD, texts.text(new TextService.Request(Target.WEBSITE, Format.JSONLD, first), textData, at)
                .text());
        files.put(PAGE, texts.page(textData, at));
        return files;
    }

    /**
     * Each ordinary channel's reachable stretches by the schedule (a manual override is a moment,
     * not a plan a client's calendar should keep), from the start of today for {@link #FEED_AHEAD}.
     */
    FeedFormat.Feed feed(Workspace.Loaded data, Instant at, String language) {
        ZoneId zone = data.zone();
        Instant from = LocalDate.ofInstant(at, zone).atStartOfDay(zone).toInstant();
        Instant to = from.plus(FEED_AHEAD);
        PageWords words = PageWords.of(data.settings().profile().textTag(language), data.settings().profile().register());
        List<FeedFormat.Stretch> stretches = new ArrayList<>();
        for (ChannelTimeline t : ChannelTimeline.of(data.resolver().scheduleOnly(), from, to)) {
            Channel channel = data.settings().channel(t.channelId()).orElseThrow();
            if (channel.urgentOnly()) {
                continue;
            }
            String summary = words.feedSummary(oneLine(channel.name(lang(language))));
            for (Instant[] s : t.stretches()) {
                stretches.add(new FeedFormat.Stretch(channel.id(), summary, s[0], s[1]));
            }
        }
        stretches.sort((a, b) -> a.start().equals(b.start()) ? a.channelId().compareTo(b.channelId())
                : a.start().compareTo(b.start()));
        return new FeedFormat.Feed(words.feedName(who(data)), zone, at, stretches);
    }

    /**
     * The feed as weeks, one VAVAILABILITY per channel: its usual week as weekly AVAILABLE slots and
     * the dates that differ (days off, dated changes) as they are, over the feed's own range. A
     * sibling file rather than a component in availability.ics: Google and Outlook drop (or choke
     * on) VAVAILABILITY in a subscribed file, and the plain feed is what they should read.
     */
    static FeedFormat.Availability availability(FeedFormat.Feed feed) {
        ZoneId zone = feed.zone();
        LocalDate first = LocalDate.ofInstant(feed.published(), zone);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = from.plus(FEED_AHEAD);
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(to.minusNanos(1), zone)) + 1;
        Map<String, List<Instant[]>> byChannel = new LinkedHashMap<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        for (FeedFormat.Stretch s : feed.stretches()) {
            byChannel.computeIfAbsent(s.channelId(), c -> new ArrayList<>()).add(new Instant[] {s.start(), s.end()});
            summaries.putIfAbsent(s.channelId(), s.summary());
        }
        List<FeedFormat.Week> weeks = new ArrayList<>();
        byChannel.forEach((channel, list) -> weeks.add(FeedWeek.of(channel, summaries.get(channel), list, zone, first,
                days)));
        return new FeedFormat.Availability(feed.name(), zone, feed.published(), from, to, weeks);
    }

    /**
     * What status.json tells other sites: the state and until when, overall and per channel, and
     * when it was published; never a day off's reason or any entry's name or description.
     */
    static Map<String, Object> publicStatus(Status status, Workspace.Loaded data, String language, Instant at) {
        ZoneId zone = data.zone();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("published", iso(at, zone));
        root.put("at", iso(status.at(), zone));
        root.put("state", status.state().name());
        root.put("until", iso(status.until(), zone));
        List<Object> channels = new ArrayList<>();
        for (ChannelStatus c : status.channels()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.channel().id());
            m.put("name", oneLine(c.channel().name(lang(language))));
            m.put("reachable", c.reachable());
            m.put("until", iso(c.until(), zone));
            m.put("nextReachable", iso(c.nextReachable(), zone));
            channels.add(m);
        }
        root.put("channels", channels);
        return root;
    }

    private static String who(Workspace.Loaded data) {
        String name = oneLine(data.settings().profile().name());
        return name.isEmpty() ? oneLine(data.settings().profile().business()) : name;
    }

    private static String lang(String tag) {
        return java.util.Locale.forLanguageTag(tag).getLanguage();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]+", " ").trim();
    }

    private static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }
}
