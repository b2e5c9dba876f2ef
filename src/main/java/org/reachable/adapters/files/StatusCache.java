package org.reachable.adapters.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Translations;
import org.reachable.domain.port.StatusMemory;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.HeldStatus;
import org.reachable.domain.status.Reason;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;

/**
 * {@code .status-cache} in the data folder: the status {@code reachable status} last made of the
 * files, with what it was made from, so that the next one answers without parsing them (ical4j and
 * Jackson: ~0.25 s of CPU at every run of a panel's command while no app runs). Kept only with:
 * <ul>
 * <li>the input files' {@link InputStamps} (device, inode, size, modification and change time),
 * taken before the read, by the rule the running app's {@link LastRead} follows too; stamps that are
 * not settled (a file saved a moment before) keep nothing;</li>
 * <li>this program (its jar's stamp), the Java runtime and its zone rules, and the system's time
 * zone and language (what settings.json is read with when it is missing or names no home zone): an
 * update, another zone or language reads the files (the text itself is worded in the asker's
 * language either way);</li>
 * <li>a check sum over every entry: a file cut short or damaged is not read as another status.</li>
 * </ul>
 * Anything that does not match or cannot be read means: read the files, as without it. Written
 * atomically (a reader sees the old file or the new one); a cache, so a failure to write it is no
 * error. The instant and span it holds for are {@link HeldStatus}'s to check.
 */
public final class StatusCache implements StatusMemory {

    private static final String FORMAT = "1";
    private static final String CHECK = "check";
    /** Far above what a status of 64 channels takes (~20 kB). */
    private static final long MAX_SIZE = 1 << 20;

    private final Path file;
    private final InputStamps inputs;
    private final Supplier<Map<String, String>> madeWith;

    /** The cache of {@code folder}, for this JVM's program, runtime and zone. */
    public StatusCache(DataFolder folder) {
        this(folder, StatusCache::thisProgram, Clock.systemUTC());
    }

    /**
     * @param madeWith asked only when the cache is read or written (the tray builds one with each workspace, unused)
     * @param wallClock the clock the OS stamps files by; a test gives another
     */
    StatusCache(DataFolder folder, Supplier<Map<String, String>> madeWith, Clock wallClock) {
        this.file = folder.statusCache();
        this.inputs = new InputStamps(folder, wallClock);
        this.madeWith = madeWith;
    }

    /** What else a status is made from besides the files: this program, the runtime, its zone rules, zone and language. */
    static Map<String, String> thisProgram() {
        Map<String, String> made = new LinkedHashMap<>();
        try {
            made.put("program", InputStamps.stamp(Path.of(StatusCache.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
        } catch (Exception e) { // no location to stamp (never for a jar or a classes folder): never kept then
            made.put("program", "unknown " + System.nanoTime());
        }
        made.put("runtime", System.getProperty("java.runtime.version", ""));
        made.put("zoneRules", stampOrUnknown(Path.of(System.getProperty("java.home"), "lib", "tzdb.dat")));
        made.put("systemZone", TimeZone.getDefault().getID());
        // what a missing settings.json (default channels) or one without a home zone is read with
        made.put("language", Locale.getDefault().toLanguageTag());
        return made;
    }

    @Override
    public Optional<HeldStatus> recall() {
        Properties kept = new Properties();
        try {
            if (Files.size(file) > MAX_SIZE) {
                return Optional.empty(); // not one we wrote: not worth reading into memory
            }
            kept.load(new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // none yet, unreadable, or a malformed escape
        }
        Map<String, String> entries = new TreeMap<>();
        kept.forEach((k, v) -> entries.put((String) k, (String) v));
        String check = entries.remove(CHECK);
        if (check == null || !check.equals(checkSum(entries)) || !FORMAT.equals(entries.get("format"))) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> made : madeWith.get().entrySet()) {
            if (!made.getValue().equals(entries.get("made." + made.getKey()))) {
                return Optional.empty();
            }
        }
        Optional<Map<String, String>> stamps = inputs.take().map(StatusCache::entries);
        if (stamps.isEmpty() || !stamps.get().entrySet().stream().allMatch(s -> s.getValue().equals(entries.get(s.getKey())))) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(entries));
        } catch (RuntimeException e) {
            return Optional.empty(); // an entry missing or not what it should be: read the files
        }
    }

    @Override
    public Consumer<HeldStatus> beforeReading() {
        Optional<InputStamps.Taken> stamps = inputs.take();
        if (stamps.isEmpty() || !stamps.get().settled()) {
            return held -> { }; // a file saved a moment ago may change again unseen: keep nothing
        }
        if (stamps.get().noFile()) {
            return held -> { }; // a folder never set up stays as it is: a status writes nothing into it
        }
        return held -> write(entries(stamps.get()), held);
    }

    private void write(Map<String, String> stamps, HeldStatus held) {
        Map<String, String> entries = new TreeMap<>(encode(held));
        entries.put("format", FORMAT);
        madeWith.get().forEach((k, v) -> entries.put("made." + k, v));
        entries.putAll(stamps);
        try {
            AtomicFile.replace(file, fileOf(entries));
        } catch (IOException e) {
            // a folder we may not write to: each status reads the files, as before
        }
    }

    /** The file's content: the entries and their check sum. */
    static byte[] fileOf(Map<String, String> entries) {
        Properties properties = new Properties();
        properties.putAll(entries);
        properties.put(CHECK, checkSum(entries));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            properties.store(bytes, "what `reachable status` last read; made again when missing");
        } catch (IOException e) {
            throw new IllegalStateException("a byte array cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static String checkSum(Map<String, String> entries) {
        CRC32 crc = new CRC32();
        new TreeMap<>(entries).forEach((k, v) -> crc.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        return Long.toHexString(crc.getValue());
    }

    /** The inputs' stamps as "input.NAME" entries. */
    private static Map<String, String> entries(InputStamps.Taken stamps) {
        Map<String, String> entries = new TreeMap<>();
        stamps.files().forEach((name, stamp) -> entries.put("input." + name, stamp));
        return entries;
    }

    private static String stampOrUnknown(Path path) {
        try {
            return InputStamps.stamp(path);
        } catch (IOException e) {
            return "unknown " + System.nanoTime(); // never matches: nothing is kept
        }
    }

    // --- the status as entries: instants as epoch second and nano, dates as epoch days (no parsing classes)

    private static Map<String, String> encode(HeldStatus held) {
        Status s = held.status();
        Map<String, String> e = new TreeMap<>();
        e.put("at", instant(s.at()));
        e.put("holdsUntil", instant(held.holdsUntil()));
        e.put("zone", held.zone().getId());
        e.put("state", s.state().name());
        e.put("reason", s.reason().name());
        e.put("until", instant(s.until()));
        e.put("channels", Integer.toString(s.channels().size()));
        for (int i = 0; i < s.channels().size(); i++) {
            ChannelStatus c = s.channels().get(i);
            String key = "channel." + i + ".";
            Translations names = c.channel().names();
            e.put(key + "id", c.channel().id());
            e.put(key + "type", c.channel().type().name());
            e.put(key + "languages", String.join(",", names.texts().keySet()));
            names.texts().forEach((language, name) -> e.put(key + "name." + language, name));
            e.put(key + "untranslated", String.join(",", names.untranslated()));
            e.put(key + "reachable", Boolean.toString(c.reachable()));
            e.put(key + "reason", c.reason().name());
            e.put(key + "until", instant(c.until()));
            e.put(key + "nextReachable", instant(c.nextReachable()));
        }
        s.dayOff().ifPresent(off -> {
            e.put("dayOff.uid", off.uid());
            e.put("dayOff.summary", off.summary());
            e.put("dayOff.first", Long.toString(off.first().toEpochDay()));
            e.put("dayOff.last", Long.toString(off.last().toEpochDay()));
            e.put("dayOff.reason", off.reason().name());
            e.put("dayOff.standIn", off.standIn());
            e.put("dayOff.backOn", Long.toString(off.backOn().toEpochDay()));
            e.put("dayOff.urgentLineOff", Boolean.toString(off.urgentLineOff()));
            e.put("dayOff.dayBack", Long.toString(held.dayBack().orElseThrow().toEpochDay()));
        });
        return e;
    }

    private static HeldStatus decode(Map<String, String> e) {
        int count = Integer.parseInt(e.get("channels"));
        List<ChannelStatus> channels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = "channel." + i + ".";
            Map<String, String> names = new LinkedHashMap<>();
            for (String language : e.get(key + "languages").split(",")) {
                if (!language.isEmpty()) {
                    names.put(language, required(e, key + "name." + language));
                }
            }
            String untranslated = e.get(key + "untranslated");
            Channel channel = Channel.of(required(e, key + "id"), ChannelType.valueOf(e.get(key + "type")),
                    new Translations(names, untranslated.isEmpty() ? List.of() : Arrays.asList(untranslated.split(","))));
            channels.add(new ChannelStatus(channel, bool(e.get(key + "reachable")), Reason.valueOf(e.get(key + "reason")),
                    instant(e.get(key + "until")), instant(e.get(key + "nextReachable"))));
        }
        Optional<DayOff> dayOff = Optional.empty();
        Optional<LocalDate> dayBack = Optional.empty();
        if (e.containsKey("dayOff.uid")) {
            dayOff = Optional.of(new DayOff(e.get("dayOff.uid"), required(e, "dayOff.summary"), day(e.get("dayOff.first")),
                    day(e.get("dayOff.last")), DayOffReason.valueOf(e.get("dayOff.reason")), required(e, "dayOff.standIn"),
                    day(e.get("dayOff.backOn")), bool(e.get("dayOff.urgentLineOff"))));
            dayBack = Optional.of(day(e.get("dayOff.dayBack")));
        }
        Status status = new Status(instant(required(e, "at")), State.valueOf(e.get("state")), Reason.valueOf(e.get("reason")),
                instant(e.get("until")), channels, dayOff);
        return new HeldStatus(status, ZoneId.of(e.get("zone")), dayBack, instant(required(e, "holdsUntil")));
    }

    private static String required(Map<String, String> e, String key) {
        String value = e.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    private static boolean bool(String value) {
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new IllegalArgumentException("not a boolean: " + value);
        }
        return "true".equals(value);
    }

    private static LocalDate day(String epochDay) {
        return LocalDate.ofEpochDay(Long.parseLong(epochDay));
    }

    private static String instant(Instant instant) {
        return instant == null ? "-" : instant.getEpochSecond() + "." + instant.getNano();
    }

    private static Instant instant(String value) {
        if (value.equals("-")) {
            return null;
        }
        int dot = value.indexOf('.');
        return Instant.ofEpochSecond(Long.parseLong(value.substring(0, dot)), Long.parseLong(value.substring(dot + 1)));
    }
}
