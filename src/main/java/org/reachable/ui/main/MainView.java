package org.reachable.ui.main;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reachable.domain.status.State;
import org.reachable.ui.Appearance;
import org.reachable.ui.Fxml;
import org.reachable.ui.main.MainViewModel.Page;

/**
 * The main window: a header with the status in colour and a live countdown, navigation on the
 * left, the page on the right. Owns its FXML (loaded with this as controller).
 */
public final class MainView {

    public static final String BUNDLE = "org.reachable.ui.main.MainView";

    @FXML
    private VBox header;
    @FXML
    private Label headline;
    @FXML
    private Label detail;
    @FXML
    private Label countdown;
    @FXML
    private Label channels;
    @FXML
    private Label problem;
    @FXML
    private Label note;
    @FXML
    private ToggleGroup navigation;
    @FXML
    private ToggleButton statusButton;
    @FXML
    private ToggleButton scheduleButton;
    @FXML
    private ToggleButton daysOffButton;
    @FXML
    private ToggleButton channelsButton;
    @FXML
    private ToggleButton textsButton;
    @FXML
    private ToggleButton settingsButton;
    @FXML
    private StackPane pages;
    @FXML
    private VBox statusPage;

    private final MainViewModel viewModel;
    private final ResourceBundle bundle;
    private final Clock clock;
    private final Parent root;
    /** Each page's screen; only the one shown is in the scene (see {@link #showPage}). */
    private final Map<Page, Parent> screens = new EnumMap<>(Page.class);
    private ScheduledExecutorService ticker;

    public MainView(MainViewModel viewModel, ResourceBundle bundle, Clock clock) {
        this(viewModel, bundle, clock, Map.of());
    }

    /** With the Texts screen (null: none) — the shape the Texts tests use. */
    public MainView(MainViewModel viewModel, ResourceBundle bundle, Clock clock, Parent texts) {
        this(viewModel, bundle, clock, texts, null);
    }

    /** With the Texts and Settings screens (either may be null). */
    public MainView(MainViewModel viewModel, ResourceBundle bundle, Clock clock, Parent texts, Parent settings) {
        this(viewModel, bundle, clock, pages(texts, settings));
    }

    private static Map<Page, Parent> pages(Parent texts, Parent settings) {
        Map<Page, Parent> pages = new EnumMap<>(Page.class);
        if (texts != null) {
            pages.put(Page.TEXTS, texts);
        }
        if (settings != null) {
            pages.put(Page.SETTINGS, settings);
        }
        return pages;
    }

    /**
     * @param screens the root of each page's screen; a page without one has no navigation button
     */
    public MainView(MainViewModel viewModel, ResourceBundle bundle, Clock clock, Map<Page, Parent> screens) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.clock = clock;
        root = Fxml.load(this, bundle);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pageShortcut);
        Parent home = screens.get(Page.STATUS);
        if (home != null) {
            // the home page takes the status page's place below the note and the problem
            statusPage.getChildren().removeIf(n -> n != note && n != problem);
            statusPage.getChildren().add(home);
        }
        this.screens.put(Page.STATUS, statusPage);
        screens.forEach((page, screen) -> {
            if (page != Page.STATUS) {
                this.screens.put(page, screen);
            }
        });
        for (Toggle toggle : navigation.getToggles()) {
            ToggleButton button = (ToggleButton) toggle;
            boolean has = button.getUserData() == Page.STATUS || screens.containsKey((Page) button.getUserData());
            button.setVisible(has);
            button.setManaged(has);
        }
        // Ctrl+1, Ctrl+2... go to the pages shown, rather than Alt mnemonics, which would clash
        // with the pages' own
        int number = 1;
        for (Toggle toggle : navigation.getToggles()) {
            ToggleButton button = (ToggleButton) toggle;
            if (button.isVisible()) {
                button.setTooltip(new Tooltip(MessageFormat.format(
                        bundle.getString("nav.shortcut"), number++)));
            }
        }
        showPage(viewModel.pageProperty().get());
        // The countdown ticks once a second, and only while the window shows. Not a Timeline: a
        // running animation keeps the toolkit rendering every pulse (measured: 3x the wake-ups).
        root.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, oldWindow, window) -> {
                    if (window != null) {
                        window.showingProperty().addListener((s, was, showing) -> onScreen(showing));
                    }
                });
            }
        });
    }

    /** The window came on the screen or went off it (hidden, or put away): the countdown ticks only while on. */
    public void onScreen(boolean shown) {
        if (shown) {
            startTicking(clock);
        } else {
            stopTicking();
        }
    }

    private void startTicking(Clock clock) {
        stopTicking();
        viewModel.tick(clock.instant());
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reachable-countdown");
            t.setDaemon(true);
            return t;
        });
        // aligned to the next whole second, so the display changes when the clock does
        long delay = 1000 - clock.millis() % 1000;
        ticker.scheduleAtFixedRate(() -> Platform.runLater(() -> viewModel.tick(clock.instant())), delay, 1000,
                TimeUnit.MILLISECONDS);
    }

    private void stopTicking() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        headline.textProperty().bind(viewModel.headlineProperty());
        detail.textProperty().bind(viewModel.detailProperty());
        countdown.textProperty().bind(viewModel.countdownProperty());
        channels.textProperty().bind(viewModel.channelsProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        note.textProperty().bind(viewModel.noteProperty());
        note.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        viewModel.stateProperty().addListener((obs, old, now) -> styleFor(now));
        styleFor(viewModel.stateProperty().get());
        statusButton.setUserData(Page.STATUS);
        scheduleButton.setUserData(Page.SCHEDULE);
        daysOffButton.setUserData(Page.DAYS_OFF);
        channelsButton.setUserData(Page.CHANNELS);
        textsButton.setUserData(Page.TEXTS);
        settingsButton.setUserData(Page.SETTINGS);
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one page is always chosen
            } else {
                viewModel.pageProperty().set((Page) now.getUserData());
            }
        });
        viewModel.pageProperty().addListener((obs, old, now) -> showPage(now));

        showPage(viewModel.pageProperty().get());
    }

    /** Ctrl+1 is the first page shown in the navigation, Ctrl+2 the second, and so on. */
    private void pageShortcut(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown() || !e.getCode().isDigitKey()) {
            return;
        }
        int index = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
        List<Toggle> shown = navigation.getToggles().stream()
                .filter(t -> ((ToggleButton) t).isVisible()).toList();
        if (index >= 0 && index < shown.size()) {
            viewModel.pageProperty().set((Page) shown.get(index).getUserData());
            e.consume();
        }
    }

    private void showPage(Page page) {
        for (Toggle toggle : navigation.getToggles()) {
            if (toggle.getUserData() == page && !toggle.isSelected()) {
                toggle.setSelected(true);
            }
        }
        // Only the page shown is in the scene: the toolkit styles the whole scene again each time
        // the window opens (JavaFX forgets a hidden window's styles), and five pages cost five times
        // one (issue 16: ~200 ms of CPU per open). A page is styled when it comes into view.
        Parent shown = screens.getOrDefault(page, statusPage);
        screens.forEach((p, screen) -> screen.setVisible(screen == shown));
        if (pages.getChildren().size() != 1 || pages.getChildren().get(0) != shown) {
            pages.getChildren().setAll(shown);
            if (root != null && root.getScene() != null) {
                Appearance.follow(shown, Appearance.isDark(root.getScene()));
            }
        }
    }

    private void styleFor(State state) {
        header.getStyleClass().removeAll("available", "focus", "off");
        header.getStyleClass().add(state.name().toLowerCase(Locale.ROOT));
    }

    public Parent root() {
        return root;
    }
}
