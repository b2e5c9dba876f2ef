package org.reachable.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.HomeZone;
import org.reachable.domain.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows the profile the texts speak for, or changes it: {@code reachable profile --name "Anne de
 * Vries" --register u}. Every option is checked before anything is written, so a wrong one
 * changes nothing.
 */
@Command(name = "profile", mixinStandardHelpOptions = true)
final class ProfileCommand extends BaseCommand {

    private static final List<String> TEXT_LANGUAGES = Language.codes();

    @Option(names = "--name", paramLabel = "NAME")
    String name;

    @Option(names = "--business", paramLabel = "NAME")
    String business;

    @Option(names = "--register", paramLabel = "je|u")
    String register;

    @Option(names = "--languages", paramLabel = "nl,en")
    String languages;

    @Option(names = "--english", paramLabel = "british|american")
    String english;

    @Option(names = "--client-zone", paramLabel = "ZONE")
    String clientZone;

    @Option(names = "--zone", paramLabel = "ZONE")
    String zone;

    @Override
    public Integer call() throws Exception {
        ZoneId home = zone == null ? null : homeZone(zone);
        Workspace.Loaded loaded = load();
        Profile profile = loaded.settings().profile();
        Profile changed = change(profile); // every option checked before anything is written
        boolean moved = home != null && !home.equals(profile.homeZone());
        if (moved) {
            new HomeZone(workspace()).change(home); // settings.json and schedule.ics, times kept on the clock
        }
        if (moved || !changed.equals(profile)) {
            Settings saved = workspace().settings().update(moved ? home : loaded.zone(),
                    s -> s.withProfile(change(s.profile())));
            changed = saved.profile();
        }
        show(changed);
        if (moved) {
            out().println(messages().get("profile.zoneMoved", profile.homeZone().getId(), home.getId()));
        }
        return 0;
    }

    /** The profile with every option given applied; a wrong option stops with its message. */
    private Profile change(Profile profile) {
        Profile p = profile;
        if (name != null) {
            p = p.withName(oneLine(name));
        }
        if (business != null) {
            p = p.withBusiness(oneLine(business));
        }
        if (register != null) {
            p = p.withRegister(switch (register.strip().toLowerCase(Locale.ROOT)) {
                case "je" -> Register.JE;
                case "u" -> Register.U;
                default -> throw new UserError(messages().get("profile.badRegister", register));
            });
        }
        if (english != null) {
            p = p.withEnglish(switch (english.strip().toLowerCase(Locale.ROOT)) {
                case "british", "gb", "en-gb" -> EnglishVariant.BRITISH;
                case "american", "us", "en-us" -> EnglishVariant.AMERICAN;
                default -> throw new UserError(messages().get("profile.badEnglish", english));
            });
        }
        if (languages != null) {
            p = p.withLanguages(languages(languages));
        }
        if (clientZone != null) {
            p = p.withClientZone(clientZone(clientZone));
        }
        return p;
    }

    private List<String> languages(String list) {
        List<String> chosen = new ArrayList<>();
        for (String part : list.split(",")) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!TEXT_LANGUAGES.contains(code)) {
                throw new UserError(messages().get("profile.badLanguage", part.strip(),
                        String.join(", ", TEXT_LANGUAGES)));
            }
            if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        if (chosen.isEmpty()) {
            throw new UserError(messages().get("profile.noLanguage", String.join(", ", TEXT_LANGUAGES)));
        }
        return chosen;
    }

    /** The new home zone: an IANA zone. */
    private ZoneId homeZone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new UserError(messages().get("profile.badHomeZone", id.strip()));
        }
    }

    /** An IANA zone, or "none" (or nothing) for clients in the home zone. */
    private ZoneId clientZone(String id) {
        String z = id.strip();
        if (z.isEmpty() || z.equalsIgnoreCase("none") || z.equalsIgnoreCase("geen")) {
            return null;
        }
        try {
            return ZoneId.of(z);
        } catch (DateTimeException e) {
            throw new UserError(messages().get("profile.badZone", z));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private void show(Profile p) {
        Messages m = messages();
        String notSet = m.get("profile.notSet");
        out().println(m.get("profile.name", p.name().isEmpty() ? notSet : p.name()));
        out().println(m.get("profile.business", p.business().isEmpty() ? notSet : p.business()));
        out().println(m.get("profile.languages", String.join(", ",
                p.languages().stream().map(l -> m.get("profile.language." + l)).toList())));
        out().println(m.get("profile.register", m.get("profile.register." + p.register().name())));
        out().println(m.get("profile.english", m.get("profile.english." + p.english().name())));
        out().println(m.get("profile.zone", p.homeZone().getId()));
        out().println(m.get("profile.clientZone", p.clientZone() == null ? m.get("profile.clientZone.none")
                : p.clientZone().getId()));
        if (p.name().isEmpty() && p.business().isEmpty()) {
            out().println();
            out().println(m.get("profile.hint.name"));
        }
    }
}
