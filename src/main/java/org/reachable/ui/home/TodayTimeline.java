package org.reachable.ui.home;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.reachable.ui.TimeText;

/**
 * Today as one bar per channel, midnight to midnight: green where the channel is reachable,
 * grey where not, with hour marks and a red line at now. Few nodes (a channel has a handful of
 * stretches a day), so it is rebuilt on each change rather than pooled like the week grid.
 */
final class TodayTimeline extends Region {

    private static final PseudoClass REACHABLE = PseudoClass.getPseudoClass("reachable");
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");
    private static final double NAME_WIDTH = 150;
    private static final double ROW = 22;
    private static final double GAP = 6;
    private static final double HOURS_HEIGHT = 16;
    private static final int DAY = 24 * 60;

    private final ResourceBundle bundle;
    private final List<Label> names = new ArrayList<>();
    private final List<List<Region>> bars = new ArrayList<>();
    private final List<List<HomeViewModel.Stretch>> stretches = new ArrayList<>();
    private final List<Label> hours = new ArrayList<>();
    private final Region nowLine = new Region();
    private int now = -1;

    TodayTimeline(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        getStyleClass().add("today-timeline");
        nowLine.getStyleClass().add("timeline-now");
        nowLine.setManaged(false);
        for (int h = 0; h < 24; h += 3) {
            // the locale's short time, as in the grid and the tables: "09:00", "9:00 AM"
            Label hour = new Label(TimeText.field(LocalTime.of(h, 0), locale));
            hour.getStyleClass().add("timeline-hour");
            hour.setManaged(false);
            hours.add(hour);
        }
        getChildren().addAll(hours);
        getChildren().add(nowLine);
    }

    void show(List<HomeViewModel.ChannelDay> days) {
        getChildren().removeAll(names);
        bars.forEach(getChildren()::removeAll);
        names.clear();
        bars.clear();
        stretches.clear();
        for (HomeViewModel.ChannelDay day : days) {
            Label name = new Label(day.name());
            name.getStyleClass().add("timeline-name");
            name.setManaged(false);
            names.add(name);
            List<Region> row = new ArrayList<>();
            for (HomeViewModel.Stretch s : day.stretches()) {
                Region bar = new Region();
                bar.getStyleClass().add("stretch");
                bar.pseudoClassStateChanged(REACHABLE, s.reachable());
                bar.pseudoClassStateChanged(OFF, !s.reachable());
                bar.setManaged(false);
                Tooltip.install(bar, new Tooltip(day.name() + ", " + hhmm(s.startMinute()) + "–" + hhmm(s.endMinute())
                        + ": " + bundle.getString(s.reachable() ? "home.timeline.reachable" : "home.timeline.off")));
                row.add(bar);
            }
            bars.add(row);
            stretches.add(day.stretches());
            getChildren().add(name);
            getChildren().addAll(row);
        }
        nowLine.toFront();
        requestLayout();
    }

    void setNow(int minute) {
        now = minute;
        requestLayout();
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60 % 24 + (minute == DAY ? 24 : 0), minute % 60);
    }

    @Override
    protected double computePrefHeight(double width) {
        return HOURS_HEIGHT + names.size() * (ROW + GAP) + GAP;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return NAME_WIDTH + 480;
    }

    @Override
    protected double computeMinWidth(double height) {
        return NAME_WIDTH + 240;
    }

    @Override
    protected void layoutChildren() {
        double left = NAME_WIDTH;
        double width = Math.max(1, getWidth() - left - 8);
        for (int i = 0; i < hours.size(); i++) {
            Label hour = hours.get(i);
            double w = hour.prefWidth(-1);
            hour.resizeRelocate(snapPositionX(left + width * i * 3 / 24 - w / 2), 0, w, HOURS_HEIGHT);
        }
        double y = HOURS_HEIGHT + GAP;
        for (int r = 0; r < names.size(); r++) {
            Label name = names.get(r);
            name.resizeRelocate(0, y, NAME_WIDTH - 10, ROW);
            List<Region> row = bars.get(r);
            for (int s = 0; s < row.size(); s++) {
                HomeViewModel.Stretch stretch = stretches.get(r).get(s);
                double x0 = left + width * stretch.startMinute() / DAY;
                double x1 = left + width * stretch.endMinute() / DAY;
                row.get(s).resizeRelocate(snapPositionX(x0), y, Math.max(1, snapSizeX(x1 - x0) - 1), ROW);
            }
            y += ROW + GAP;
        }
        nowLine.setVisible(now >= 0 && !names.isEmpty());
        nowLine.resizeRelocate(snapPositionX(left + width * now / DAY) - 1, HOURS_HEIGHT, 2, y - HOURS_HEIGHT);
    }
}
