package org.reachable.adapters.tray.sni;

import java.util.List;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/** (sa(iiay)ss): icon name, icon pixmaps, title and text of the item's tooltip. */
public final class ToolTip extends Struct {
    @Position(0)
    public final String iconName;
    @Position(1)
    public final List<Pixmap> pixmaps;
    @Position(2)
    public final String title;
    @Position(3)
    public final String text;

    public ToolTip(String iconName, List<Pixmap> pixmaps, String title, String text) {
        this.iconName = iconName;
        this.pixmaps = pixmaps;
        this.title = title;
        this.text = text;
    }
}
