package org.reachable.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachable.adapters.phone.LibPhoneNumbers;
import org.reachable.adapters.qr.ZxingQrCodes;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The forwarding card on the home page, headless: a number typed the Dutch way is kept as E.164,
 * the codes show, and the QR codes on the screen, read back from the pixels by ZXing as a phone's
 * camera would, open the same tel: links the card names. Saves docs/home-forwarding-{nl,en}.png.
 */
@ExtendWith(ApplicationExtension.class)
class ForwardingCardViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @CsvSource({"nl-NL, Alle gesprekken", "en-GB, All calls"})
    void theQrCodesOnTheScreenOpenTheTelLinksTheCardNames(String tag, String allCalls, FxRobot robot)
            throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        Instant now = Instant.parse("2026-11-25T13:00:00Z"); // Wednesday afternoon, in focus
        Clock clock = Clock.fixed(now, HomeViewModelTest.AMSTERDAM);
        var bundle = HomeView.bundle(locale);
        var mainBundle = MainView.bundle(locale);
        MainViewModel main = new MainViewModel(mainBundle);
        AtomicReference<String> kept = new AtomicReference<>("");
        AtomicReference<String> clipboard = new AtomicReference<>("");
        HomeViewModel home = new HomeViewModel(bundle, locale, request -> { }, clipboard::set);
        ForwardingCard card = new ForwardingCard(bundle, new LibPhoneNumbers(), () -> "NL", new ForwardingCard.Store() {
            @Override
            public String load() {
                return kept.get();
            }

            @Override
            public String save(String e164, Consumer<String> notStored) {
                kept.set(e164);
                return "";
            }
        });
        Map<MainViewModel.Page, Parent> pages = new EnumMap<>(MainViewModel.Page.class);
        pages.put(MainViewModel.Page.STATUS, new HomeView(home, bundle, card, new ZxingQrCodes()).root());
        robot.interact(() -> {
            StatusResolver resolver = HomeViewModelTest.example(locale.getLanguage(), Optional.empty());
            home.show(resolver, now, "");
            main.show(resolver.status(now), HomeViewModelTest.AMSTERDAM);
            card.load();
            stage.setScene(new Scene(new MainView(main, mainBundle, clock, pages).root(), 1280, 800));
            stage.show();
        });
        TextField field = robot.lookup("#forwardingNumber").queryAs(TextField.class);
        Text prompt = new Text(field.getPromptText());
        prompt.setFont(field.getFont());
        double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
        assertTrue(prompt.getLayoutBounds().getWidth() <= room,
                "the prompt '" + field.getPromptText() + "' fits its field: " + prompt.getLayoutBounds().getWidth() + " <= " + room);
        robot.clickOn("#forwardingNumber").write("020 123 4567");
        robot.clickOn("#forwardingSave");
        assertEquals("+31201234567", kept.get(), "kept as E.164 at once");

        Hyperlink on = robot.lookup("#forward-on-0").queryAs(Hyperlink.class);
        assertTrue(on.getText().endsWith("**21*+31201234567#"), on.getText());
        assertEquals("tel:**21*+31201234567%23", on.getTooltip().getText());
        robot.clickOn(on);
        assertEquals("**21*+31201234567#", clipboard.get(), "a click copies the code");
        assertEquals(allCalls, card.rows().get(0).label());

        assertEquals(card.onUriProperty().get(), decode(robot, "#qrOn"));
        assertEquals("tel:**21*+31201234567%23", decode(robot, "#qrOn"));
        assertEquals("tel:%23%2321%23", decode(robot, "#qrOff"));
        Label note = robot.lookup("#forwardingCard .hint").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("geld") || l.getText().contains("money")).findFirst().orElseThrow();
        assertTrue(note.isVisible(), "operators differ, forwarding may cost money: " + note.getText());
        VBox cardBox = robot.lookup("#forwardingCard").queryAs(VBox.class);
        robot.interact(() -> cardBox.getParent().requestLayout());
        Snapshots.take(robot, stage.getScene(), Path.of("docs/home-forwarding-" + locale.getLanguage() + ".png"));
    }

    /** What a phone's camera reads from the canvas as drawn on the screen. */
    private static String decode(FxRobot robot, String id) throws Exception {
        Canvas canvas = robot.lookup(id).queryAs(Canvas.class);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] argb = new int[w * h];
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = pixels.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
