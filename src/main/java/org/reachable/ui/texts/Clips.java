package org.reachable.ui.texts;

import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.texts.TextsViewModel.Clip;
import org.reachable.ui.texts.TextsViewModel.Source;
import org.reachable.ui.texts.TextsViewModel.Text;

/** What Copy puts on the clipboard for the text shown. */
final class Clips {

    private Clips() {
    }

    /**
     * The text shown; for HTML also a plain text, which is the target's own text format where it has
     * one and it can be made (a mail program that takes no HTML then gets a text written as text).
     */
    static Clip of(Source source, Target target, Format format, String language, String shown) {
        if (format != Format.HTML) {
            return new Clip(shown, null);
        }
        String plain = shown;
        if (target.formats().contains(Format.TEXT) && source.render(target, Format.TEXT, language) instanceof Text ok) {
            plain = ok.text();
        }
        return new Clip(plain, shown);
    }
}
