package org.reachable.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends BaseCommand {

    @Option(names = "--example")
    boolean example;

    @Option(names = "--zone", paramLabel = "ZONE")
    String zone;

    @Override
    public Integer call() throws Exception {
        Workspace w = workspace();
        if (w.schedules().exists()) {
            throw new UserError(messages().get("init.exists"));
        }
        ZoneId home = zone == null ? env().clock().getZone() : parseZone(zone, messages());
        Settings settings = w.settings().exists() ? w.settings().load(home) : null;
        if (settings == null) {
            settings = new Settings(Profile.defaults(home),
                    Settings.defaultChannels(Locale.getDefault().getLanguage()));
            w.settings().save(settings);
        }
        ZoneId scheduleZone = settings.profile().homeZone();
        Schedule schedule = example
                ? ExampleWeek.create(scheduleZone, LocalDate.now(env().clock().withZone(scheduleZone)),
                        Locale.getDefault().getLanguage())
                : Schedule.empty(scheduleZone);
        w.schedules().save(schedule);
        out().println(messages().get(example ? "init.example" : "init.empty", schedule.entries().size(),
                scheduleZone.getId()));
        return 0;
    }

    private static ZoneId parseZone(String id, Messages messages) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw new UserError(messages.get("error.zone", id));
        }
    }
}
