package org.reachable.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md, checked: each rule says why. */
@AnalyzeClasses(packages = "org.reachable", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    /**
     * Every rule first narrows to our classes: a rule about "classes outside X" would otherwise also
     * match a library class and pass with none of ours imported (LayersEmptyMatchTest).
     */
    private static final String OURS = "org.reachable..";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("org.reachable.domain..")
            .layer("adapters").definedBy("org.reachable.adapters..")
            .layer("ui").definedBy("org.reachable.ui..")
            .layer("cli").definedBy("org.reachable.cli..")
            .layer("app").definedBy("org.reachable.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("adapters").mayOnlyBeAccessedByLayers("app")
            // a tray toolkit (AWT, StatusNotifierItem) draws the plain menu model of ui.tray, as a
            // JavaFX view draws its view-model: the one way an adapter may look at ui
            .ignoreDependency(resideInAPackage("org.reachable.adapters.tray.."), resideInAPackage("org.reachable.ui.tray.."))
            .because("the domain is the core; adapters, screens and commands are wired together only in app");

    @ArchTest
    static final ArchRule trayMenuIsPlainJava = noClasses().that().resideInAPackage("org.reachable.ui.tray..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.reachable.adapters..")
            .because("the tray process runs without JavaFX, and every tray toolkit draws the same menu model");

    @ArchTest
    static final ArchRule domainKnowsNoScreen = noClasses().that().resideInAPackage("org.reachable.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reachable.ui..", "org.reachable.adapters..",
                    "org.reachable.cli..", "org.reachable.app..")
            .because("the domain speaks of schedules, statuses and override requests, not of menus or files");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.reachable.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "net.fortuna..", "com.fasterxml..", "picocli..", "com.samskivert..", "java.io..", "java.nio..")
            .because("the domain is plain Java and java.time: no toolkit, no library, no files");

    @ArchTest
    static final ArchRule ical4jStaysInItsAdapter = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.adapters.ics..")
            .should().dependOnClassesThat().resideInAnyPackage("net.fortuna..")
            .because("only adapters.ics knows ical4j");

    @ArchTest
    static final ArchRule jacksonStaysInItsAdapter = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.adapters.json..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("only adapters.json knows Jackson");

    @ArchTest
    static final ArchRule libphonenumberStaysInItsAdapter = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.adapters.phone..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.i18n.phonenumbers..")
            .because("only adapters.phone knows libphonenumber; the domain sees the PhoneNumbers port");

    @ArchTest
    static final ArchRule jmustacheStaysInItsAdapter = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.adapters.templates..")
            .should().dependOnClassesThat().resideInAnyPackage("com.samskivert..")
            .because("only adapters.templates knows jmustache; the domain sees the SnippetRenderer port");

    @ArchTest
    static final ArchRule jollydayStaysInItsAdapter = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.adapters.holidays..")
            .should().dependOnClassesThat().resideInAnyPackage("de.focus_shift..")
            .because("only adapters.holidays knows jollyday; the domain sees the PublicHolidays port");

    @ArchTest
    static final ArchRule zxingStaysInItsAdapter = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.adapters.qr..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.zxing..")
            .because("only adapters.qr knows ZXing; the domain sees the QrCodes port");

    @ArchTest
    static final ArchRule awtStaysInTheTray = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.adapters.tray..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("only adapters.tray talks to the AWT system tray");

    @ArchTest
    static final ArchRule dbusStaysInTheDesktopAdapters = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackages("org.reachable.adapters.dbus..", "org.reachable.adapters.tray..",
                    "org.reachable.adapters.os..", "org.reachable.adapters.keyring..")
            .should().dependOnClassesThat().resideInAnyPackage("org.freedesktop..")
            .because("only the tray item, the desktop's do-not-disturb and the keyring speak D-Bus");

    @ArchTest
    static final ArchRule picocliStaysInTheCli = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("org.reachable.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("only the cli layer parses arguments");

    @ArchTest
    static final ArchRule javafxOnlyInUiAndApp = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackages("org.reachable.ui..", "org.reachable.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the CLI must work without a display, and adapters stay toolkit-free");

    @ArchTest
    static final ArchRule viewModelsKnowOnlyBeansAndCollections = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("a view-model holds state with javafx.beans/collections and is tested without a toolkit");

    /**
     * The one door to the network: Reachable connects nowhere unless the user configured it, and
     * a reviewer finds every way out in one class. SingleInstance talks to itself on the loopback
     * interface (a second start hands over to the first); WatcherProbe asks the session bus on its
     * local Unix socket, as dbus-java does, whether the panel takes tray items.
     */
    @ArchTest
    static final ArchRule onlyOutboundConnects = noClasses().that().resideInAPackage(OURS)
            .and().doNotHaveFullyQualifiedName("org.reachable.adapters.http.Outbound")
            .and().doNotHaveFullyQualifiedName("org.reachable.adapters.os.SingleInstance")
            .and().haveNameNotMatching("org\\.reachable\\.adapters\\.dbus\\.WatcherProbe(\\$.*)?")
            .should().dependOnClassesThat().belongToAnyOf(java.net.http.HttpClient.class, java.net.Socket.class,
                    java.net.ServerSocket.class, java.net.DatagramSocket.class, java.net.URLConnection.class,
                    java.nio.channels.SocketChannel.class, java.nio.channels.ServerSocketChannel.class,
                    java.nio.channels.DatagramChannel.class)
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .because("only adapters.http.Outbound opens a connection, so nothing goes out that the user did not set up");
}
