package org.reachable.ui.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.json.JsonSettingsStore;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Channels page on its own scene, headless under Monocle: the real JSON settings store in a
 * temp folder. Saves target/screenshots/channels-nl.png, channels-en.png and channels-dark-nl.png.
 */
@ExtendWith(ApplicationExtension.class)
class ChannelsViewTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    static Path folder;

    private Stage stage;
    private JsonSettingsStore store;
    private final List<String> removed = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Files.createTempDirectory(folder, "data").resolve("settings.json");
        store = new JsonSettingsStore(new StoreFile(new DataFile(file, Clock.fixed(Instant.EPOCH, AMSTERDAM))),
                new JsonCodec());
        store.save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("nl")));
        stage.setScene(scene(Locale.forLanguageTag("nl-NL")));
        stage.show();
    }

    private Scene scene(Locale locale) {
        return scene(locale, 820, 600);
    }

    private Scene scene(Locale locale, double width, double height) {
        return new Scene(page(locale), width, height);
    }

    /** The page's root in no scene yet, as the main window gets it. */
    private javafx.scene.Parent page(Locale locale) {
        var bundle = ChannelsView.bundle(locale);
        ChannelsViewModel model = new ChannelsViewModel(bundle, store, AMSTERDAM, id -> id.equals("sms") ? 2 : 0,
                removed::add, Runnable::run, Runnable::run);
        model.load();
        return new ChannelsView(model, bundle).root();
    }

    private List<String> savedIds() throws Exception {
        return store.load(AMSTERDAM).channels().stream().map(Channel::id).toList();
    }

    private Channel saved(String id) throws Exception {
        return store.load(AMSTERDAM).channel(id).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addAnEmailChannelFixItsAddressReorderAndRemoveIt(FxRobot robot) throws Exception {
        ListView<Channel> list = robot.lookup("#list").queryAs(ListView.class);
        assertEquals(4, list.getItems().size());
        assertEquals(0, list.getSelectionModel().getSelectedIndex());

        robot.clickOn("#add");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#add-email").tryQuery().isPresent());
        robot.clickOn("#add-email");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("phone", "email", "whatsapp", "sms", "e-mail"), savedIds());
        assertEquals(4, list.getSelectionModel().getSelectedIndex());
        TextField name = robot.lookup("#name-nl").queryAs(TextField.class);
        assertEquals("E-mail 2", name.getText());
        assertTrue(name.isFocused(), "ready to type a name");
        robot.write("Mail Anna").type(KeyCode.ENTER);
        assertEquals("Mail Anna", saved("e-mail").name("nl"));

        robot.clickOn("#contact").write("anna@").type(KeyCode.ENTER);
        Label message = robot.lookup("#contactMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Dit is geen geldig e-mailadres, bijvoorbeeld naam@bedrijf.nl.", message.getText());
        assertEquals("", saved("e-mail").contact(), "nothing saved");
        assertEquals("E-mail_adres:", robot.lookup("#contactLabel").queryAs(Label.class).getText());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/channels-nl.png"));

        robot.write("bedrijf.nl").type(KeyCode.TAB);
        assertFalse(message.isVisible());
        assertEquals("anna@bedrijf.nl", saved("e-mail").contact());

        // a name typed without Enter counts when another channel is picked
        robot.clickOn("#name-nl").type(KeyCode.END).write(" B.V.");
        robot.clickOn(cell(list, 0));
        assertEquals("Mail Anna B.V.", saved("e-mail").name("nl"));
        assertEquals(0, list.getSelectionModel().getSelectedIndex());
        assertEquals("Telefoon", name.getText());
        assertEquals("Mail Anna B.V.", list.getItems().get(4).name("nl"));

        robot.clickOn(cell(list, 4));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(List.of("phone", "email", "whatsapp", "e-mail", "sms"), savedIds());
        robot.clickOn("#up");
        assertEquals(List.of("phone", "email", "e-mail", "whatsapp", "sms"), savedIds());
        assertEquals(2, list.getSelectionModel().getSelectedIndex());
        robot.clickOn("#down");
        assertEquals(List.of("phone", "email", "whatsapp", "e-mail", "sms"), savedIds());

        robot.clickOn("#remove");
        Label question = robot.lookup("#question").queryAs(Label.class);
        javafx.scene.Node bar = robot.lookup("#removeBar").query();
        assertTrue(bar.isVisible());
        assertTrue(robot.lookup("#removeNo").query().isFocused(), "the safe answer has the focus");
        assertEquals("‘Mail Anna B.V.’ verwijderen?", question.getText());
        robot.clickOn("#removeNo");
        assertFalse(bar.isVisible());
        assertEquals(5, savedIds().size());

        robot.clickOn(cell(list, 4));
        robot.clickOn("#remove");
        assertEquals("‘Sms’ verwijderen? 2 onderdelen van je week gebruiken het: het kanaal gaat eruit, en wat alleen dit kanaal had, verdwijnt.",
                question.getText());
        robot.clickOn("#removeYes");
        assertEquals(List.of("phone", "email", "whatsapp", "e-mail"), savedIds());
        assertEquals(List.of("sms"), removed);
        assertEquals(3, list.getSelectionModel().getSelectedIndex(), "the one before it is selected");
    }

    private static javafx.scene.Node cell(ListView<Channel> list, int index) {
        return list.lookupAll(".list-cell").stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getIndex() == index).findFirst().orElseThrow();
    }

    @Test
    void theUrgentConditionOpensWithTheUrgentLine(FxRobot robot) throws Exception {
        TextField condition = robot.lookup("#condition-nl").queryAs(TextField.class);
        assertTrue(condition.isDisabled());
        robot.clickOn("#urgentOnly");
        assertFalse(condition.isDisabled());
        assertTrue(saved("phone").urgentOnly());
        robot.clickOn(condition).write("alleen voor gestrande reizigers").type(KeyCode.TAB);
        assertEquals("alleen voor gestrande reizigers", saved("phone").urgentCondition().shown("nl"));
        robot.interact(() -> Appearance.apply(stage.getScene(), true));
        robot.clickOn("#remove");
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/channels-dark-nl.png"));
    }

    @Test
    void everythingWorksFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot.lookup("#list").queryAs(ListView.class), 1));
        mnemonic(robot, KeyCode.N);
        assertEquals("name-nl", focused(), "Alt+N: the name, in the first language");
        robot.type(KeyCode.TAB);
        assertEquals("name-en", focused(), "then the other language");
        robot.type(KeyCode.TAB);
        assertEquals("kind", focused());
        robot.type(KeyCode.TAB);
        assertEquals("contact", focused(), "Tab follows the form");
        robot.write("info@bedrijf.nl").type(KeyCode.ENTER);
        assertEquals("info@bedrijf.nl", saved("email").contact(), "Enter saves");
        mnemonic(robot, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(saved("email").urgentOnly(), "Alt+P ticks the urgent line");
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(List.of("phone", "whatsapp", "email", "sms"), savedIds(), "Alt+Down moves it");
    }

    /**
     * Alt+{@code key}, as the toolkit handles it: the headless robot's Alt does not reach the
     * scene's mnemonic handler, so this finds the scene's mnemonic for the key and does what the
     * handler would. Exactly one must match, or two
     * controls would fight over the key.
     */
    private void mnemonic(FxRobot robot, KeyCode key) {
        javafx.scene.input.KeyEvent press = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                key.getChar().toLowerCase(Locale.ROOT), key.getChar().toLowerCase(Locale.ROOT), key, false, false, true,
                false);
        robot.interact(() -> {
            List<javafx.scene.input.Mnemonic> matching = new ArrayList<>();
            stage.getScene().getMnemonics().forEach((combination, list) -> {
                if (combination.match(press)) {
                    list.stream().filter(m -> m.getNode().isVisible()).forEach(matching::add);
                }
            });
            assertEquals(1, matching.size(), "one control for Alt+" + key);
            // what the toolkit does with it: a label hands the focus to its field, a button or box is pressed
            javafx.scene.Node node = matching.get(0).getNode();
            if (node instanceof javafx.scene.control.ButtonBase button) {
                button.fire();
            } else {
                // a label with labelFor registers its mnemonic on the field; one without leads nowhere
                assertFalse(node instanceof Label, "a label that knows no field: " + node);
                node.requestFocus();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noTwoControlsShareAMnemonic(FxRobot robot) {
        for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH)) {
            robot.interact(() -> stage.setScene(scene(locale)));
            java.util.Map<String, Integer> count = new java.util.HashMap<>();
            stage.getScene().getMnemonics().forEach((combination, list) -> list.stream()
                    .filter(m -> m.getNode().isVisible())
                    .forEach(m -> count.merge(combination.getName().toUpperCase(Locale.ROOT), 1, Integer::sum)));
            count.forEach((key, n) -> assertEquals(1, n, locale + ": " + key + " is used " + n + " times"));
            stage.getScene().getMnemonics().values().forEach(list -> list.forEach(m -> {
                assertFalse(m.getNode() instanceof Label, locale + ": " + m.getNode() + " leads nowhere");
            }));
            assertTrue(count.size() >= 12, locale + ": " + count);
        }
    }

    private String focused() {
        javafx.scene.Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @Test
    void inTheMainWindowInDark(FxRobot robot) throws Exception {
        Locale locale = Locale.forLanguageTag("nl-NL");
        var bundle = org.reachable.ui.main.MainView.bundle(locale);
        var main = new org.reachable.ui.main.MainViewModel(bundle);
        Clock clock = Clock.fixed(org.reachable.domain.text.snippet.SnippetWeek.Moment.WINDOW.at, AMSTERDAM);
        robot.interact(() -> {
            Scene scene = new Scene(new org.reachable.ui.main.MainView(main, bundle, clock,
                    java.util.Map.of(org.reachable.ui.main.MainViewModel.Page.CHANNELS, page(locale)))
                    .root(), 1000, 640);
            var schedule = org.reachable.domain.text.snippet.SnippetWeek.schedule();
            main.show(new org.reachable.domain.status.StatusResolver(schedule,
                    org.reachable.domain.text.snippet.SnippetWeek.settings("nl").channels(), java.util.Optional.empty())
                    .status(clock.instant()), AMSTERDAM);
            stage.setScene(scene);
            Appearance.apply(scene, true);
        });
        robot.clickOn("#channelsButton");
        robot.clickOn("#contact").write("06 1234").type(KeyCode.TAB);
        Label message = robot.lookup("#contactMessage").queryAs(Label.class);
        assertEquals("Dit nummer is te kort: er ontbreken cijfers.", message.getText());
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) message.getTextFill();
        assertTrue(fill.getBrightness() > 0.8, "light red on the dark page: " + fill);
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/channels-main-dark-nl.png"));
    }

    @Test
    void inEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setScene(scene(Locale.ENGLISH)));
        robot.clickOn("#contact").write("06 1234").type(KeyCode.ESCAPE);
        assertEquals("", robot.lookup("#contact").queryAs(TextField.class).getText(), "Escape takes it back");
        robot.write("06 12345678x").type(KeyCode.TAB);
        assertEquals("That is not a phone number: use digits, spaces, dashes or brackets, and a + in front for the "
                + "country code.", robot.lookup("#contactMessage").queryAs(Label.class).getText());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/channels-en.png"));
    }

    @Test
    void bothLanguagesSideBySideWithWhatStillLacksTheOther(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH)) {
            boolean nl = locale.getLanguage().equals("nl");
            store.save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels()));
            robot.interact(() -> stage.setScene(scene(locale, 1060, 760)));
            robot.clickOn("#note-nl").write("ook in het weekend").type(KeyCode.ENTER);
            javafx.scene.control.Labeled preview = robot.lookup("#preview-nl").queryAs(Label.class);
            assertEquals("Ik bel je binnen een uur terug; buiten deze tijden zodra ik weer bereikbaar ben "
                    + "(ook in het weekend).", preview.getText());
            assertEquals("I will call you back within an hour; outside these hours, as soon as I am available again.",
                    robot.lookup("#preview-en").queryAs(Label.class).getText());

            robot.clickOn("#add");
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#add-custom").tryQuery().isPresent());
            robot.clickOn("#add-custom");
            WaitForAsyncUtils.waitForFxEvents();
            robot.write("Signal").type(KeyCode.ENTER);
            String other = nl ? "en" : "nl";
            TextField copy = robot.lookup("#name-" + other).queryAs(TextField.class);
            assertEquals("Signal", copy.getText(), "the other language is prefilled with the same text");
            assertTrue(robot.lookup("#name-" + other + "-confirm").query().isVisible(), "marked not translated yet");
            List<String> todos = robot.lookup(".todo-link").queryAllAs(javafx.scene.control.Hyperlink.class)
                    .stream().map(javafx.scene.control.Hyperlink::getText).toList();
            assertEquals(nl ? List.of("Telefoon: Engelse aanvulling nog niet vertaald",
                    "Signal: Engelse naam nog niet vertaald")
                    : List.of("Phone: English note not translated yet", "Signal: Dutch name not translated yet"),
                    todos);
            robot.clickOn("#inside");
            robot.clickOn(nl ? "Binnen…" : "Within…");
            javafx.scene.control.Spinner<?> amount = robot.lookup("#insideAmount").queryAs(javafx.scene.control.Spinner.class);
            assertTrue(amount.isVisible(), "within: a number and a unit");
            robot.doubleClickOn(amount.getEditor()).write("2").type(KeyCode.ENTER);
            assertEquals(new org.reachable.domain.model.Promise(org.reachable.domain.model.Promise.Kind.WITHIN, 120),
                    store.load(AMSTERDAM).channels().get(4).promiseInside());
            assertEquals("Ik reageer binnen twee uur.", robot.lookup("#preview-nl").queryAs(Label.class).getText());
            Snapshots.take(robot, stage.getScene(),
                    Path.of("target/screenshots/channels-both-languages-" + locale.getLanguage() + ".png"));

            robot.clickOn(nl ? "Telefoon: Engelse aanvulling nog niet vertaald"
                    : "Phone: English note not translated yet");
            assertEquals("note-en", focused(), "the link opens the field to fill");
            robot.write("weekends too").type(KeyCode.ENTER);
            assertEquals("weekends too", saved("phone").note().own("en").orElseThrow());
            robot.clickOn(cell(robot.lookup("#list").queryAs(ListView.class), 4));
            robot.clickOn("#name-" + other + "-confirm");
            assertEquals("Signal", store.load(AMSTERDAM).channels().get(4).names().own(other).orElseThrow(),
                    "confirmed as it is");
            assertFalse(robot.lookup("#todoBox").query().isVisible(), "nothing left to translate");
        }
    }

    @Test
    void aProfileInOneLanguageAsksOnlyThat(FxRobot robot) throws Exception {
        store.save(new Settings(Profile.defaults(AMSTERDAM).withLanguages(List.of("en")), Settings.defaultChannels()));
        robot.interact(() -> stage.setScene(scene(Locale.forLanguageTag("nl-NL"))));
        assertTrue(robot.lookup("#name-en").tryQuery().isPresent());
        assertFalse(robot.lookup("#name-nl").tryQuery().isPresent(), "Dutch is not asked");
        assertFalse(robot.lookup("#preview-nl").tryQuery().isPresent());
    }
}
