package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Presets;
import org.reachable.domain.text.Words;
import org.reachable.ui.ScreenLanguage;

/**
 * The toolbar's example weeks: a preset put in place of the weekly windows and focus blocks (days
 * off stay), as one edit that can be undone. Channels a preset brings (the urgent line) go to the
 * app, which writes them to settings.json, and the page's line says which were added.
 */
final class WeekPresets {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Words words;
    private final ScheduleDocument document;
    private final Clock clock;
    private final Supplier<String> newUid;
    private final List<Channel> channelChoices;
    private final ProblemLine problem;
    private Consumer<List<Channel>> addChannels = added -> { };

    WeekPresets(ResourceBundle bundle, Locale locale, Words words, ScheduleDocument document, Clock clock,
            Supplier<String> newUid, List<Channel> channelChoices, ProblemLine problem) {
        this.bundle = bundle;
        this.locale = locale;
        this.words = words;
        this.document = document;
        this.clock = clock;
        this.newUid = newUid;
        this.channelChoices = channelChoices;
        this.problem = problem;
    }

    void apply(Presets.Preset preset) {
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), document.zone());
            Presets.Result result = Presets.apply(preset, channelChoices, locale.getLanguage(), today, newUid);
            List<ScheduleEntry> before = result.replacesWeek()
                    ? document.current().entries().stream().filter(WeekEdits::isWeekly).toList() : List.of();
            document.apply(new ScheduleEdit(ScheduleEdit.Action.PRESET, before, result.entries()));
            if (!result.addedChannels().isEmpty()) {
                addChannels.accept(result.addedChannels());
                problem.set(MessageFormat.format(bundle.getString("preset.channelsAdded"),
                        words.list(result.addedChannels().stream().map(c -> c.name(ScreenLanguage.of(bundle))).toList())));
            } else {
                problem.set("");
            }
        } catch (IllegalArgumentException e) {
            problem.refused(ProblemWords.in(locale).message(e));
        }
    }

    void setAddChannels(Consumer<List<Channel>> sink) {
        addChannels = sink;
    }
}
