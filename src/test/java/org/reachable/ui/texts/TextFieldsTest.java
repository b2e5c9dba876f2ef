package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.texts.TextFields.Field;

/** Copy per field where the other app has a field per day (issue 18): read from the text as shown. */
class TextFieldsTest {

    @Test
    void theWhatsAppTextGivesADayAFieldAndEachMessageOne() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/golden/whatsapp.nl.text.focus.txt"));
        List<Field> fields = TextFields.of(text);
        assertEquals(new Field("Maandag", "09:00–17:00"), fields.get(0));
        assertEquals(new Field("Woensdag", "09:00–13:00"), fields.get(2));
        assertEquals(new Field("Zondag", "Gesloten"), fields.get(6));
        Field away = fields.get(7);
        assertTrue(away.label().startsWith("Afwezigheidsbericht (Bedrijfshulpmiddelen"), away.label());
        assertTrue(away.value().startsWith("Bedankt voor je bericht! Via WhatsApp ben ik bereikbaar op"), away.value());
        assertTrue(away.value().endsWith("vastzitten)."), "the whole message, nothing after it: " + away.value());
        assertEquals(2, fields.get(8).value().split("\n").length, "in both languages: two lines in one field");
        assertEquals("/wanneer", fields.get(10).label());
        assertEquals(12, fields.size(), fields.toString());
    }

    @Test
    void theGoogleTextGivesADayAFieldAndADayOffOne() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/golden/google-business.en.text.dayoff.txt"));
        List<Field> fields = TextFields.of(text);
        assertEquals(new Field("Wednesday", "09:00–13:00, 17:00–18:00"), fields.get(2));
        assertEquals(new Field("Friday 27 November 2026", "Closed"), fields.get(7));
        assertEquals(8, fields.size(), fields.toString());
    }

    @Test
    void thePageShowsFieldsForTheOtherAppsFormsOnlyAndCopiesOneOnItsOwn() throws Exception {
        String whatsapp = Files.readString(Path.of("src/test/resources/golden/whatsapp.en.text.window.txt"));
        TextsViewModel page = new TextsViewModel(TextsView.bundle(Locale.ENGLISH), (Target t, Format f, String l) ->
                new TextsViewModel.Text(t == Target.WHATSAPP ? whatsapp : "A website text: with a colon.\nAnd more."),
                "en");
        assertEquals(List.of(), page.fields(), "a website text is pasted whole");
        page.targetProperty().set(Target.WHATSAPP);
        assertEquals("Monday", page.fields().get(0).label());
        TextsViewModel.Clip clip = page.copyField(page.fields().get(0));
        assertEquals("09:00–17:00", clip.plain());
        assertNull(clip.html());
        assertEquals("Copied: Monday.", page.copiedProperty().get());
    }
}
