package org.reachable.ui.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.TimeRange;

/**
 * The entry forms the week page opens: on an entry (the table), on one block of it (in a dated
 * week its new times may be for that week only), or for a new entry. Each knows the week shown,
 * where "every other week" starts.
 */
final class EntryForms {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final List<Channel> channelChoices;
    private final ScheduleDocument document;
    private final Clock clock;
    private final WeekNavigation navigation;

    EntryForms(ResourceBundle bundle, Locale locale, List<Channel> channelChoices, ScheduleDocument document,
            Clock clock, WeekNavigation navigation) {
        this.bundle = bundle;
        this.locale = locale;
        this.channelChoices = channelChoices;
        this.document = document;
        this.clock = clock;
        this.navigation = navigation;
    }

    /** A form for an entry; {@code day}: the block it was opened on (null from the table). */
    EntryFormViewModel edit(String uid, DayOfWeek day) {
        EntryFormViewModel form = inWeek(new EntryFormViewModel(bundle, locale, channelChoices,
                WeekEdits.find(document.current(), uid)));
        if (day != null) {
            form.openedOn(day);
        }
        return form;
    }

    /** A new entry on {@code day} (null: today), 9:00–11:00, with the toolbar's kind and channels. */
    EntryFormViewModel newEntry(DayOfWeek day, EntryKind kind, List<String> newChannels) {
        DayOfWeek on = day != null ? day : clock.instant().atZone(document.zone()).getDayOfWeek();
        return inWeek(new EntryFormViewModel(bundle, locale, channelChoices, kind, EnumSet.of(on),
                TimeRange.of("09:00", "11:00"), kind == EntryKind.WINDOW ? new TreeSet<>(newChannels) : Set.of()));
    }

    private EntryFormViewModel inWeek(EntryFormViewModel form) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), document.zone());
        LocalDate week = navigation.weekStartProperty().get();
        form.setWeek(week == null ? navigation.startOf(today) : week, today);
        return form;
    }
}
