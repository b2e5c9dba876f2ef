package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tray and window processes understand each other: every message survives its own line. */
class ProcessMessageTest {

    private static final List<ProcessMessage> EVERY_MESSAGE = List.of(
            new ProcessMessage.Show(),
            new ProcessMessage.Ping(),
            new ProcessMessage.Quit(),
            new ProcessMessage.Notify("Focus until 11:00", "Phone and e-mail off."),
            new ProcessMessage.Notify("", ""),
            new ProcessMessage.Notify("Focus until 11:00", "Phone and e-mail off.", "focus"),
            new ProcessMessage.Notify("A hook failed", "exit 2:\tcannot find\nnotify-send in C:\\tools\\n\r"),
            new ProcessMessage.Notify("Niet bereikbaar tot maandag 9:00", "Telefoon en e-mail uit. \\"),
            new ProcessMessage.Password("https://cloud.example/dav", "anna", "t\tab\\back slash\nnew line"));

    @Test
    void everyMessageRoundTripsOnOneLine() {
        for (ProcessMessage message : EVERY_MESSAGE) {
            String line = message.encode();
            assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + line);
            assertEquals(Optional.of(message), ProcessMessage.parse(line), line);
        }
    }

    @Test
    void everyKindOfMessageIsCovered() {
        // a new kind of message must be added to the round trip above
        assertEquals(ProcessMessage.class.getPermittedSubclasses().length,
                EVERY_MESSAGE.stream().map(Object::getClass).distinct().count());
    }

    @Test
    void theWireWordsStayAsOlderVersionsSendThem() {
        assertEquals("SHOW", new ProcessMessage.Show().encode());
        assertEquals("PING", new ProcessMessage.Ping().encode());
        assertEquals("NOTIFY\tTitle\tText", new ProcessMessage.Notify("Title", "Text").encode());
    }

    @Test
    void aPasswordNeverShowsInTheMessagesTextForm() {
        String text = new ProcessMessage.Password("https://cloud.example/dav", "anna", "s3cret").toString();
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("anna"), text);
    }

    @Test
    void aLineNoVersionSendsIsNoMessage() {
        for (String line : List.of("", "HELLO", "SHOW\textra", "NOTIFY\tonly a title", "show")) {
            assertTrue(ProcessMessage.parse(line).isEmpty(), line);
        }
    }
}
