package org.reachable.ui.texts;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.text.TextGaps;
import org.reachable.domain.text.TextGaps.Field;
import org.reachable.domain.text.TextGaps.Gap;
import org.reachable.domain.text.TextGaps.NoBusiness;
import org.reachable.domain.text.TextGaps.NoContact;
import org.reachable.domain.text.TextGaps.Undialable;
import org.reachable.domain.text.TextGaps.NoName;
import org.reachable.domain.text.TextGaps.Untranslated;

/**
 * What the text on the Texts page lacks, in the screen's words, each with the page that fills it:
 * the profile on the Settings page, a contact detail or a translation on the Channels page.
 */
public final class TextGapLines {

    /** Opens the page that fills a gap; the app wires it to the main window's navigation. */
    public interface Opener {
        /** The Settings page, at the profile. */
        void settings();

        /**
         * The Channels page with this channel selected and the cursor in the field to fill: the
         * words of {@code field} in {@code language}, or the contact detail when {@code field} is null.
         */
        void channel(String channelId, Field field, String language);
    }

    /** One gap: what is missing, and the button that goes to fill it. */
    public record Line(String text, String action, Runnable open) {
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Supplier<TextGaps> gaps;
    private final Opener opener;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Line> readOnly = FXCollections.unmodifiableObservableList(lines);

    /** @param gaps what the data lacks now; null before the data is read */
    public TextGapLines(ResourceBundle bundle, Supplier<TextGaps> gaps, Opener opener) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        this.gaps = gaps;
        this.opener = opener;
    }

    /** Lists what a text in {@code language} lacks now. */
    void show(String language) {
        TextGaps now = gaps.get();
        List<Line> list = new ArrayList<>();
        if (now != null) {
            for (Gap gap : now.in(language)) {
                list.add(line(gap));
            }
        }
        if (!list.stream().map(Line::text).toList().equals(lines.stream().map(Line::text).toList())) {
            lines.setAll(list);
        }
    }

    private Line line(Gap gap) {
        String screen = locale.getLanguage();
        if (gap instanceof NoName) {
            return new Line(text("gap.noName"), text("gap.action.settings"), opener::settings);
        }
        if (gap instanceof NoBusiness) {
            return new Line(text("gap.noBusiness"), text("gap.action.settings"), opener::settings);
        }
        if (gap instanceof NoContact missing) {
            String key = "gap.noContact." + missing.channel().type().name();
            return new Line(format(key, missing.channel().name(screen)), text("gap.action.fill"),
                    () -> opener.channel(missing.channel().id(), null, null));
        }
        if (gap instanceof Undialable typed) {
            return new Line(format("gap.undialable", typed.channel().name(screen), typed.channel().contact()),
                    text("gap.action.fix"), () -> opener.channel(typed.channel().id(), null, null));
        }
        Untranslated words = (Untranslated) gap;
        String language = Locale.forLanguageTag(words.language()).getLanguage();
        return new Line(format("gap.untranslated." + words.field().name() + "." + language,
                words.channel().name(screen)), text("gap.action.translate"),
                () -> opener.channel(words.channel().id(), words.field(), language));
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The gaps of the text shown, profile first; empty when it lacks nothing. */
    public ObservableList<Line> lines() {
        return readOnly;
    }
}
