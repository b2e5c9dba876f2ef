package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.Profile;
import org.reachable.domain.port.PublicHolidays.Holiday;
import org.reachable.domain.port.PublicHolidays.Kind;
import org.reachable.domain.service.HolidayOffer;

/**
 * The Public holidays… dialog of the Days off page: the coming year's holidays of a country
 * (the home zone's by default), the days off by law ticked, the others unticked with a word why,
 * the ones already in the schedule shown as taken; Add makes the ticked ones days off in one edit
 * of the shared {@link ScheduleDocument} (one Undo step).
 */
public final class HolidaysViewModel {

    /** One holiday in the list. {@code chosen} is what the check box shows. */
    public static final class Row {
        private final Holiday holiday;
        private final boolean taken;
        private final BooleanProperty chosen;
        private final String date;
        private final String note;

        Row(HolidayOffer.Offered offered, String date, String note) {
            this.holiday = offered.holiday();
            this.taken = offered.taken();
            this.chosen = new SimpleBooleanProperty(this, "chosen", offered.ticked() || offered.taken());
            this.date = date;
            this.note = note;
        }

        public Holiday holiday() {
            return holiday;
        }

        public boolean taken() {
            return taken;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        public String date() {
            return date;
        }

        public String name() {
            return holiday.name();
        }

        /** Why it is unticked or cannot be ticked; empty for a day off by law not yet taken. */
        public String note() {
            return note;
        }
    }

    private final ResourceBundle bundle;
    private final ScheduleDocument document;
    private final HolidayOffer offer;
    private final Supplier<Optional<String>> homeCountry;
    private final Supplier<String> language;
    private final Clock clock;
    private final DayTexts days;

    private final ObjectProperty<String> country = new SimpleObjectProperty<>(this, "country");
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");

    /**
     * @param homeCountry the home zone's country ("NL"), when the zone names one
     * @param language the language days off are named in: the user's first text language
     */
    public HolidaysViewModel(ResourceBundle bundle, ScheduleDocument document, HolidayOffer offer,
            Supplier<Optional<String>> homeCountry, Supplier<String> language, Clock clock) {
        this.bundle = bundle;
        this.document = document;
        this.offer = offer;
        this.homeCountry = homeCountry;
        this.language = language;
        this.clock = clock;
        Locale l = bundle.getLocale();
        this.days = new DayTexts(l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l);
        country.addListener((o, was, now) -> refresh());
    }

    /**
     * The language days off are named in: the user's first text language, in the user's English
     * ("en-US": "Day after Christmas", "Pentecost Monday"), so the list shows the names the user's
     * own texts use rather than the British ones.
     */
    public static String namedIn(Profile profile) {
        return profile.textTag(profile.languages().get(0));
    }

    /** Fills the country list (NL and BE first, then by name) and picks the home country; call when shown. */
    public void open() {
        Locale screen = days.locale();
        countries.setAll(offer.countries().stream()
                .sorted(Comparator.comparing((String c) -> !"NL".equals(c)).thenComparing(c -> !"BE".equals(c))
                        .thenComparing(c -> countryWords(c).toLowerCase(screen)))
                .toList());
        String home = homeCountry.get().filter(offer::knows).orElse(null);
        if (home != null && home.equals(country.get())) {
            refresh(); // the schedule may have changed since the last time
        } else {
            country.set(home);
        }
        if (home == null) {
            summary.set(bundle.getString("holidays.chooseCountry"));
        }
    }

    /** Offers the chosen country's holidays again, against the schedule as it is now. */
    public void refresh() {
        String code = country.get();
        if (code == null) {
            rows.clear();
            canAdd.set(false);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        rows.setAll(offer.offer(code, document.current(), today, language.get()).stream()
                .map(o -> new Row(o, days.date(o.holiday().date()), note(o))).toList());
        rows.forEach(r -> r.chosenProperty().addListener((o, was, now) -> updateSummary()));
        updateSummary();
    }

    private String note(HolidayOffer.Offered o) {
        if (o.taken()) {
            return bundle.getString("holidays.note.taken");
        }
        Kind kind = o.holiday().kind();
        return kind == Kind.PUBLIC_HOLIDAY ? "" : bundle.getString("holidays.note." + kind.name());
    }

    private void updateSummary() {
        long chosen = toAdd().size();
        long taken = rows.stream().filter(Row::taken).count();
        summary.set(MessageFormat.format(bundle.getString("holidays.summary"), chosen, taken));
        canAdd.set(chosen > 0);
    }

    private List<Holiday> toAdd() {
        return rows.stream().filter(r -> !r.taken() && r.chosenProperty().get()).map(Row::holiday).toList();
    }

    /** Adds the ticked holidays as days off; false when there was nothing to add. */
    public boolean add() {
        String code = country.get();
        if (code == null) {
            return false;
        }
        ScheduleEdit edit = offer.edit(code, toAdd(), document.current());
        boolean applied = !edit.isEmpty() && document.apply(edit);
        refresh();
        return applied;
    }

    /** "Nederland", "Belgium": the country in the screen's language. */
    public String countryWords(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(days.locale());
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }
}
