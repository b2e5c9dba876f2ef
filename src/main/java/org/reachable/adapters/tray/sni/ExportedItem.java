package org.reachable.adapters.tray.sni;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.errors.PropertyReadOnly;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.reachable.ui.tray.TrayAction;

/**
 * The item's properties as the panel reads them. Replaced as a whole snapshot on each change, so a
 * panel reading while the status changes sees either the old or the new state, never a mix.
 */
final class ExportedItem implements StatusNotifierItem, Properties {

    static final String PATH = "/StatusNotifierItem";
    private static final String PIXMAPS = "a(iiay)";
    private static final List<String> NAMES = List.of("Category", "Id", "Title", "Status", "WindowId",
            "IconThemePath", "Menu", "ItemIsMenu", "IconName", "IconPixmap", "OverlayIconName",
            "OverlayIconPixmap", "AttentionIconName", "AttentionIconPixmap", "AttentionMovieName", "ToolTip");

    /**
     * What changes: the icon (by name in our icon theme, and as pixmaps for hosts that take only
     * those) and the tooltip.
     */
    record Look(String iconName, List<Pixmap> icon, String title, String tooltip) {
    }

    private volatile Look look;
    private final Consumer<TrayAction> onAction;
    private final String iconThemePath;

    /** @param iconThemePath the folder holding our named icons; "" when there is none (pixmaps only) */
    ExportedItem(Look look, String iconThemePath, Consumer<TrayAction> onAction) {
        this.look = look;
        this.iconThemePath = iconThemePath;
        this.onAction = onAction;
    }

    Look look() {
        return look;
    }

    void look(Look next) {
        look = next;
    }

    @Override
    public void ContextMenu(int x, int y) {
        // hosts draw the dbusmenu themselves; one that asks us to has no menu of ours to show
    }

    @Override
    public void Activate(int x, int y) {
        onAction.accept(TrayAction.OPEN);
    }

    @Override
    public void SecondaryActivate(int x, int y) {
        // a middle click: nothing of ours fits it, and opening the window by surprise would annoy
    }

    @Override
    public void Scroll(int delta, String orientation) {
        // scrolling over the icon means nothing here
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> A Get(String interfaceName, String propertyName) {
        return (A) property(propertyName);
    }

    @Override
    public <A> void Set(String interfaceName, String propertyName, A value) {
        throw new PropertyReadOnly(propertyName);
    }

    @Override
    public Map<String, Variant<?>> GetAll(String interfaceName) {
        Map<String, Variant<?>> all = new LinkedHashMap<>();
        for (String name : NAMES) {
            all.put(name, property(name));
        }
        return all;
    }

    private Variant<?> property(String name) {
        Look now = look;
        return switch (name) {
            case "Category" -> new Variant<>("ApplicationStatus");
            case "Id" -> new Variant<>("reachable");
            case "Title" -> new Variant<>(now.title());
            case "Status" -> new Variant<>("Active");
            case "WindowId" -> new Variant<>(0);
            case "IconThemePath" -> new Variant<>(iconThemePath);
            // a name the host cannot find would show as a broken icon: without our theme, pixmaps only
            case "IconName" -> new Variant<>(iconThemePath.isEmpty() ? "" : now.iconName());
            case "OverlayIconName", "AttentionIconName", "AttentionMovieName" -> new Variant<>("");
            case "Menu" -> new Variant<>(new DBusPath(ExportedMenu.PATH), "o");
            case "ItemIsMenu" -> new Variant<>(false);
            case "IconPixmap" -> new Variant<>(now.icon(), PIXMAPS);
            case "OverlayIconPixmap", "AttentionIconPixmap" -> new Variant<>(List.of(), PIXMAPS);
            // no icon in the tooltip: the panel shows the item's own, and each NewToolTip stays small
            case "ToolTip" -> new Variant<>(new ToolTip("", List.of(), now.title(), now.tooltip()), "(sa(iiay)ss)");
            default -> throw new UnknownProperty("No property " + name);
        };
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }
}
