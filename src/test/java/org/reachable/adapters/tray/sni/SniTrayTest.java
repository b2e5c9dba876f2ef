package org.reachable.adapters.tray.sni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.PrivateSessionBus;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.ui.tray.TrayAction;
import org.reachable.ui.tray.TrayMenu;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.tray.TrayMenuModel;

/**
 * The tray item as a panel sees it: a real StatusNotifierWatcher on a private bus, and gdbus
 * asking what a panel asks. Needs dbus and status-notifier-watcher (installed by .ci/run).
 */
class SniTrayTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Schedule WEEK = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));
    private static final String MONDAY_10 = "2026-11-23T09:00:00Z";
    private static final String WEDNESDAY_13 = "2026-11-25T12:00:00Z";

    @TempDir
    Path home;
    private PrivateSessionBus bus;
    private Process watcher;
    private SniTray tray;
    private final List<TrayAction> chosen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startBusAndWatcher() throws Exception {
        PrivateSessionBus.require("haskell-status-notifier-item-utils", "status-notifier-watcher");
        bus = PrivateSessionBus.start(home);
        watcher = bus.startService("status-notifier-watcher");
        bus.awaitOwner("org.kde.StatusNotifierWatcher");
    }

    @AfterEach
    void stop() throws Exception {
        if (tray != null) {
            tray.remove();
        }
        bus.close();
    }

    private static TrayMenu menu(String utc, Locale locale) {
        String language = locale.getLanguage();
        var status = new StatusResolver(WEEK, Settings.defaultChannels(language), Optional.empty())
                .status(Instant.parse(utc));
        return TrayMenuModel.forLocale(locale).menu(status, AMSTERDAM, Optional.empty());
    }

    private SniTray shown(TrayMenu menu) {
        tray = SniTray.at(bus.address(), Optional.of(home.resolve("icons"))).orElseThrow();
        tray.show(menu, chosen::add);
        return tray;
    }

    private String call(String path, String method, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("gdbus", "call", "--session", "--dest",
                tray.busName(), "--object-path", path, "--method", method));
        command.addAll(List.of(args));
        return bus.run(command.toArray(String[]::new));
    }

    private String registered() throws Exception {
        return bus.run("gdbus", "call", "--session", "--dest", "org.kde.StatusNotifierWatcher", "--object-path",
                "/StatusNotifierWatcher", "--method", "org.freedesktop.DBus.Properties.Get",
                "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems");
    }

    @Test
    void itemIsRegisteredWithTheWatcherAndShowsTitleTooltipAndIcon() throws Exception {
        shown(menu(WEDNESDAY_13, Locale.ENGLISH));
        PrivateSessionBus.await("the item in RegisteredStatusNotifierItems", () -> quietly(this::registered)
                .contains(tray.busName()));

        String all = call("/StatusNotifierItem", "org.freedesktop.DBus.Properties.GetAll", "org.kde.StatusNotifierItem");
        assertTrue(all.contains("'Id': <'reachable'>"), all);
        assertTrue(all.contains("'Title': <'Reachable'>"), all);
        assertTrue(all.contains("'Status': <'Active'>"), all);
        assertTrue(all.contains("'Menu': <objectpath '/MenuBar'>"), all);
        assertTrue(all.contains("Focus until 17:00 — phone, email, WhatsApp Business and SMS off"), all);
        // the icon in each size we drew, so the panel need not scale one
        String pixmaps = call("/StatusNotifierItem", "org.freedesktop.DBus.Properties.Get",
                "org.kde.StatusNotifierItem", "IconPixmap");
        for (int size : new int[] {16, 22, 24, 32, 48, 64}) {
            assertTrue(pixmaps.contains("(" + size + ", " + size + ", "), "no " + size + " px icon in " + pixmaps.substring(0, 80));
        }
    }

    private String layout() throws Exception {
        return call("/MenuBar", "com.canonical.dbusmenu.GetLayout", "0", "int32 -1", "[]");
    }

    /** The id a panel sends back for the entry with this label under the given submenu. */
    private static int idOf(String layout, String submenu, String label) {
        var match = java.util.regex.Pattern.compile("'" + java.util.regex.Pattern.quote(submenu) + "'.*?\\((\\d+), \\{'label': <'"
                + java.util.regex.Pattern.quote(label) + "'>").matcher(layout);
        assertTrue(match.find(), label + " under " + submenu + " in " + layout);
        return Integer.parseInt(match.group(1));
    }

    @Test
    void menuReadsAsTheTrayMenuInEnglish() throws Exception {
        shown(menu(WEDNESDAY_13, Locale.ENGLISH));
        String layout = layout();
        assertTrue(layout.startsWith("(uint32 1, (0, {'children-display': <'submenu'>}, [<(1, {'label': "
                + "<'Focus until 17:00'>, 'enabled': <false>}"), layout);
        assertTrue(layout.contains("{'label': <'Focus now'>, 'children-display': <'submenu'>}, [<(5, {'label': <'30 minutes'>}"), layout);
        assertTrue(layout.contains("{'type': <'separator'>}"), layout);
        assertTrue(layout.endsWith("{'label': <'Open Reachable'>}, @av [])>, <(18, {'label': <'Quit'>}, @av [])>]))"), layout);
    }

    @Test
    void menuReadsAsTheTrayMenuInDutch() throws Exception {
        shown(menu(WEDNESDAY_13, Locale.forLanguageTag("nl-NL")));
        String layout = layout();
        assertTrue(layout.contains("{'label': <'Focus tot 17:00'>, 'enabled': <false>}"), layout);
        assertTrue(layout.contains("{'label': <'Nu focussen'>, 'children-display': <'submenu'>}, [<(5, {'label': <'30 minuten'>}"), layout);
        assertTrue(layout.contains("{'label': <'Automatisch antwoord kopiëren'>}"), layout);
        assertTrue(layout.contains("{'label': <'Afsluiten'>}"), layout);
    }

    @Test
    void clickOnFocusOneHourChoosesThatAndAClickOnTheIconOpensTheWindow() throws Exception {
        shown(menu(MONDAY_10, Locale.ENGLISH));
        int focusHour = idOf(layout(), "Focus now", "1 hour");
        call("/MenuBar", "com.canonical.dbusmenu.Event", String.valueOf(focusHour), "clicked", "<int32 0>", "0");
        call("/StatusNotifierItem", "org.kde.StatusNotifierItem.Activate", "0", "0");
        assertEquals(List.of(TrayAction.FOCUS_1_HOUR, TrayAction.OPEN), chosen);
    }

    @Test
    void aClickOnAStatusLineDoesNothing() throws Exception {
        shown(menu(MONDAY_10, Locale.ENGLISH));
        call("/MenuBar", "com.canonical.dbusmenu.Event", "1", "clicked", "<int32 0>", "0");
        call("/MenuBar", "com.canonical.dbusmenu.Event", "6", "hovered", "<int32 0>", "0");
        assertEquals(List.of(), chosen);
    }

    @Test
    void aChangeOfStateSendsNewIconNewToolTipAndLayoutUpdatedOnceAndNoChangeSendsNothing() throws Exception {
        TrayMenu available = menu(MONDAY_10, Locale.ENGLISH);
        shown(available);
        Path signals = home.resolve("signals.txt");
        bus.startService(signals, "gdbus", "monitor", "--session", "--dest", tray.busName());
        PrivateSessionBus.await("gdbus monitor to listen", () -> read(signals).contains("Monitoring"));

        tray.update(available); // the same menu again: a panel has nothing to ask
        tray.update(menu(WEDNESDAY_13, Locale.ENGLISH));
        PrivateSessionBus.await("LayoutUpdated", () -> read(signals).contains("LayoutUpdated"));

        String seen = read(signals);
        assertEquals(1, count(seen, "org.kde.StatusNotifierItem.NewIcon ()"), seen);
        assertEquals(1, count(seen, "org.kde.StatusNotifierItem.NewToolTip ()"), seen);
        assertEquals(1, count(seen, "com.canonical.dbusmenu.LayoutUpdated (uint32 2, 0)"), seen);
        String tooltip = call("/StatusNotifierItem", "org.freedesktop.DBus.Properties.Get",
                "org.kde.StatusNotifierItem", "ToolTip");
        assertTrue(tooltip.contains("Focus until 17:00"), tooltip);
        assertTrue(layout().startsWith("(uint32 2, "));
    }

    @Test
    void aRestartedWatcherGetsTheItemAgain() throws Exception {
        shown(menu(MONDAY_10, Locale.ENGLISH));
        PrivateSessionBus.await("the first registration", () -> quietly(this::registered).contains(tray.busName()));
        bus.stop(watcher);
        bus.startService("status-notifier-watcher");
        bus.awaitOwner("org.kde.StatusNotifierWatcher");
        PrivateSessionBus.await("the item registered with the new watcher",
                () -> quietly(this::registered).contains(tray.busName()));
    }

    @Test
    void removedItemLeavesTheWatcher() throws Exception {
        shown(menu(MONDAY_10, Locale.ENGLISH));
        String name = tray.busName();
        PrivateSessionBus.await("the registration", () -> quietly(this::registered).contains(name));
        tray.remove();
        tray = null;
        PrivateSessionBus.await("the item gone", () -> !quietly(this::registered).contains(name));
    }

    private String property(String name) throws Exception {
        return call("/StatusNotifierItem", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", name);
    }

    @Test
    void theIconIsNamedInAThemeFolderOfOurOwnAsASymbolicIconThatFollowsTheState() throws Exception {
        shown(menu(WEDNESDAY_13, Locale.ENGLISH));
        Path folder = home.resolve("icons");
        assertEquals("(<'" + folder + "'>,)", property("IconThemePath"));
        assertEquals("(<'reachable-focus-symbolic'>,)", property("IconName"));
        // where a panel looks the name up: directly in the folder (GTK, St) and as a hicolor theme (KDE)
        assertTrue(Files.readString(folder.resolve("reachable-focus-symbolic.svg")).contains("<svg"));
        assertTrue(Files.exists(folder.resolve("hicolor/scalable/status/reachable-focus-symbolic.svg")));

        Path signals = home.resolve("name-signals.txt");
        bus.startService(signals, "gdbus", "monitor", "--session", "--dest", tray.busName());
        PrivateSessionBus.await("gdbus monitor to listen", () -> read(signals).contains("Monitoring"));
        tray.update(menu(MONDAY_10, Locale.ENGLISH));
        PrivateSessionBus.await("NewIcon", () -> read(signals).contains("NewIcon"));
        assertEquals("(<'reachable-available-symbolic'>,)", property("IconName"));
    }

    @Test
    void withoutAFolderForTheIconsThePanelGetsPixmapsAndNoNameItCannotFind() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("icons"), "a file where the folder should be");
        tray = SniTray.at(bus.address(), Optional.of(notAFolder)).orElseThrow();
        tray.show(menu(WEDNESDAY_13, Locale.ENGLISH), chosen::add);
        assertEquals("(<''>,)", property("IconThemePath"));
        assertEquals("(<''>,)", property("IconName"));
        assertTrue(property("IconPixmap").contains("(22, 22, "));
    }

    @Test
    void noWatcherMeansNoSniTray() throws Exception {
        bus.stop(watcher);
        assertTrue(SniTray.at(bus.address(), Optional.empty()).isEmpty());
    }

    /** A settings portal that says what the test sets: 0 no preference, 1 dark, 2 light. */
    static final class FakePortal implements org.reachable.adapters.dbus.PortalSettings {
        volatile int scheme;

        FakePortal(int scheme) {
            this.scheme = scheme;
        }

        @Override
        public org.freedesktop.dbus.types.Variant<?> ReadOne(String namespace, String key) {
            return new org.freedesktop.dbus.types.Variant<>(new org.freedesktop.dbus.types.UInt32(scheme));
        }

        @Override
        public org.freedesktop.dbus.types.Variant<?> Read(String namespace, String key) {
            return new org.freedesktop.dbus.types.Variant<>(ReadOne(namespace, key), "v");
        }

        @Override
        public String getObjectPath() {
            return PATH;
        }
    }

    @Test
    void theIconFollowsTheDesktopsLightOrDarkSchemeFromTheSettingsPortal() throws Exception {
        var portalConnection = org.reachable.adapters.dbus.SessionBus.connect(bus.address());
        try {
            FakePortal portal = new FakePortal(2);
            portalConnection.exportObject(FakePortal.PATH, portal);
            portalConnection.requestBusName(FakePortal.NAME);
            shown(menu(MONDAY_10, Locale.ENGLISH));
            String light = iconPixmaps();
            Path signals = home.resolve("scheme-signals.txt");
            bus.startService(signals, "gdbus", "monitor", "--session", "--dest", tray.busName());
            PrivateSessionBus.await("gdbus monitor to listen", () -> read(signals).contains("Monitoring"));

            portal.scheme = 1;
            portalConnection.sendMessage(new org.reachable.adapters.dbus.PortalSettings.SettingChanged(FakePortal.PATH,
                    "org.freedesktop.appearance", "color-scheme",
                    new org.freedesktop.dbus.types.Variant<>(new org.freedesktop.dbus.types.UInt32(1))));
            PrivateSessionBus.await("NewIcon after the switch to dark", () -> read(signals).contains("NewIcon"));
            String dark = iconPixmaps();
            assertTrue(!dark.equals(light), "the dark panel's icon differs from the light one");

            // and back: the icon is the light one the item started with, so that was read from the portal
            portalConnection.sendMessage(new org.reachable.adapters.dbus.PortalSettings.SettingChanged(FakePortal.PATH,
                    "org.freedesktop.appearance", "color-scheme",
                    new org.freedesktop.dbus.types.Variant<>(new org.freedesktop.dbus.types.UInt32(2))));
            PrivateSessionBus.await("NewIcon after the switch back", () -> count(read(signals), "NewIcon") == 2);
            assertEquals(light, iconPixmaps());
        } finally {
            portalConnection.disconnect();
        }
    }

    private String iconPixmaps() throws Exception {
        return call("/StatusNotifierItem", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem",
                "IconPixmap");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String quietly(ThrowingSupplier supplier) {
        try {
            return supplier.get();
        } catch (Exception | AssertionError e) {
            return "";
        }
    }

    private interface ThrowingSupplier {
        String get() throws Exception;
    }
}
