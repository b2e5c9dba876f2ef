package org.reachable.ui.main;

import java.util.List;
import org.reachable.domain.model.WindowBounds;

/**
 * Where the main window opens: where it was, if enough of it would still be on one of today's
 * screens to grab and move it (a laptop undocked from its second monitor loses that screen), else
 * in the middle of the primary screen. Pure geometry, so it is tested with rectangles.
 */
public final class WindowPlacement {

    /** At least this much of the window (its title bar, say) must show on one screen. */
    static final double MIN_VISIBLE_WIDTH = 100;
    static final double MIN_VISIBLE_HEIGHT = 40;

    private WindowPlacement() {
    }

    /**
     * @param saved where the window was; null if never kept
     * @param screens the visual bounds (without task bars) of the screens there are now
     * @param primary the primary screen's visual bounds
     * @param preferred the window's own size, for centring when there is nothing saved
     */
    public static WindowBounds place(WindowBounds saved, List<WindowBounds> screens, WindowBounds primary,
            WindowBounds preferred) {
        if (saved != null && onAScreen(saved, screens)) {
            return saved;
        }
        WindowBounds size = saved != null ? saved : preferred;
        return centred(size.width(), size.height(), primary);
    }

    /** Whether enough of {@code window} shows on one of {@code screens}. */
    public static boolean onAScreen(WindowBounds window, List<WindowBounds> screens) {
        for (WindowBounds screen : screens) {
            double width = Math.min(window.right(), screen.right()) - Math.max(window.x(), screen.x());
            double height = Math.min(window.bottom(), screen.bottom()) - Math.max(window.y(), screen.y());
            if (width >= Math.min(MIN_VISIBLE_WIDTH, window.width())
                    && height >= Math.min(MIN_VISIBLE_HEIGHT, window.height())
                    && window.y() >= screen.y() - 1 && window.y() < screen.bottom()) { // the title bar reachable
                return true;
            }
        }
        return false;
    }

    /** A window of this size in the middle of {@code screen}, shrunk to fit it. */
    public static WindowBounds centred(double width, double height, WindowBounds screen) {
        double w = Math.min(width, screen.width());
        double h = Math.min(height, screen.height());
        return new WindowBounds(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h);
    }
}
