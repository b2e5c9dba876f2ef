package org.reachable.adapters.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.dbus.WatcherProbe.Answer;
import org.reachable.ui.tray.Tray;
import org.reachable.ui.tray.TrayAction;
import org.reachable.ui.tray.TrayMenu;

/** Which tray a desktop gets, from fakes: no bus, no toolkit, no dbus-java. */
class DesktopTraysTest {

    private static final Optional<String> BUS = Optional.of("unix:path=/run/user/1000/bus");

    private final List<String> asked = new ArrayList<>();
    private final NamedTray awt = new NamedTray("awt", true);
    private final NamedTray item = new NamedTray("sni", true);

    private Tray choose(Optional<String> bus, Answer answer, Optional<Tray> sni, NamedTray awtTray) {
        return DesktopTrays.choose(bus, address -> {
            asked.add("probe");
            return answer;
        }, (address, probed) -> {
            asked.add("dbus-java" + (probed == Answer.OWNED ? " (watcher seen)" : ""));
            return sni;
        }, () -> {
            asked.add("awt");
            return awtTray;
        });
    }

    @Test
    void withoutSessionBusTheAwtIconIsTakenAndNoBusIsAsked() {
        assertSame(awt, choose(Optional.empty(), Answer.OWNED, Optional.of(item), awt));
        assertEquals(List.of("awt"), asked);
    }

    @Test
    void aBusWithoutWatcherGivesTheAwtIconWithoutConnectingDbusJava() {
        assertSame(awt, choose(BUS, Answer.NOT_OWNED, Optional.of(item), awt));
        assertEquals(List.of("probe", "awt"), asked);
    }

    @Test
    void aWatcherOnTheBusGivesTheStatusNotifierItemAndNoAwtIcon() {
        assertSame(item, choose(BUS, Answer.OWNED, Optional.of(item), awt));
        assertEquals(List.of("probe", "dbus-java (watcher seen)"), asked); // not asked again before the icon registers
    }

    @Test
    void aWatcherThatDbusJavaCannotReachFallsBackToTheAwtIcon() {
        assertSame(awt, choose(BUS, Answer.OWNED, Optional.empty(), awt));
        assertEquals(List.of("probe", "dbus-java (watcher seen)", "awt"), asked);
    }

    @Test
    void anAddressTheProbeDoesNotSpeakIsAskedThroughDbusJava() {
        assertSame(item, choose(BUS, Answer.CANNOT_TELL, Optional.of(item), awt));
        assertEquals(List.of("probe", "dbus-java"), asked);
    }

    @Test
    void aSlowBusDoesNotHoldTheIconBackWhereAwtHasATray() {
        assertSame(awt, choose(BUS, Answer.SLOW, Optional.of(item), awt));
        assertEquals(List.of("probe", "awt"), asked); // and never a second icon from the bus later
    }

    @Test
    void aSlowBusIsWaitedForWhereAwtHasNoTrayEither() {
        NamedTray noHost = new NamedTray("awt without host", false);
        assertSame(item, choose(BUS, Answer.SLOW, Optional.of(item), noHost));
        assertEquals(List.of("probe", "awt", "dbus-java"), asked);
    }

    private static final class NamedTray implements Tray {
        private final String name;
        private final boolean supported;

        NamedTray(String name, boolean supported) {
            this.name = name;
            this.supported = supported;
        }

        @Override
        public boolean isSupported() {
            return supported;
        }

        @Override
        public void show(TrayMenu menu, Consumer<TrayAction> actions) {
        }

        @Override
        public void update(TrayMenu menu) {
        }

        @Override
        public boolean copyText(String text) {
            return false;
        }

        @Override
        public void message(String title, String text) {
        }

        @Override
        public void remove() {
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
