package org.reachable.ui.schedule;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;

/**
 * The week grid's context menu on a block: Edit…, Copy to other days…, Delete; on a block a dated
 * week shows skipped or moved, Restore this week first.
 */
final class WeekGridMenu {

    private final WeekGrid grid;
    private final WeekGridSkin skin;
    private final ContextMenu menu = new ContextMenu();
    /** The block the menu was opened on. */
    private BlockKey menuKey;
    private final MenuItem restore;

    WeekGridMenu(WeekGrid grid, WeekGridSkin skin, ResourceBundle bundle) {
        this.grid = grid;
        this.skin = skin;
        MenuItem edit = new MenuItem(bundle.getString("menu.edit"));
        edit.setOnAction(e -> withMenuKey(k -> grid.listener().open(k.uid(), k.day())));
        MenuItem copy = new MenuItem(bundle.getString("menu.copy"));
        copy.setOnAction(e -> withMenuKey(k -> grid.listener().duplicate(k.uid(), k.day())));
        MenuItem delete = new MenuItem(bundle.getString("menu.delete"));
        delete.setOnAction(e -> withMenuKey(k -> grid.listener().delete(k)));
        restore = new MenuItem(bundle.getString("menu.restore"));
        restore.setId("restoreWeek");
        restore.setOnAction(e -> withMenuKey(k -> grid.listener().restore(k)));
        menu.getItems().addAll(restore, edit, copy, delete);
        menu.getStyleClass().add("week-menu");
        grid.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    ContextMenu menu() {
        return menu;
    }

    private void requested(ContextMenuEvent e) {
        if (e.isKeyboardTrigger()) {
            showForSelection();
        } else {
            showAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    /** Opens the menu on the block at {@code x, y} (the grid's coordinates), if there is one. */
    void showAt(double x, double y, double screenX, double screenY) {
        WeekGeometry g = skin.geometry();
        if (g.beforeBody(x, y)) {
            return;
        }
        int i = skin.pieceAt(g.contentX(x), g.contentY(y));
        if (i >= 0) {
            grid.select(grid.getLayout().pieces().get(i));
            open(grid.getLayout().pieces().get(i).block());
            menu.show(grid, screenX, screenY);
        }
    }

    /** Opens the menu on the selected block (Shift+F10, the menu key). */
    void showForSelection() {
        BlockKey key = grid.selectedProperty().get();
        Optional<Bounds> bounds = key == null ? Optional.empty() : grid.blockBounds(key);
        if (bounds.isEmpty()) {
            return;
        }
        grid.getBlocks().stream().filter(b -> b.key().equals(key)).findFirst().ifPresent(this::open);
        Point2D at = grid.localToScreen(bounds.get().getMinX() + 8,
                Math.max(skin.geometry().body().y(), bounds.get().getMinY()) + 8);
        if (at != null) {
            menu.show(grid, at.getX(), at.getY());
        } else {
            menu.show(grid, Side.BOTTOM, 0, 0);
        }
    }

    /** The menu is about {@code block}: Restore only where there is something to restore. */
    private void open(WeekBlock block) {
        menuKey = block.key();
        restore.setVisible(block.once() != WeekBlock.Once.USUAL);
    }

    void hide() {
        menu.hide();
    }

    boolean isShowing() {
        return menu.isShowing();
    }

    private void withMenuKey(Consumer<BlockKey> action) {
        if (menuKey != null) {
            action.accept(menuKey);
        }
    }
}
