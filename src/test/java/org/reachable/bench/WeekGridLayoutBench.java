package org.reachable.bench;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Settings;
import org.reachable.ui.schedule.ScheduleView;
import org.reachable.ui.schedule.ScheduleViewModel;
import org.reachable.ui.schedule.WeekSamples;
import org.reachable.ui.schedule.WeekBlock;
import org.reachable.ui.schedule.WeekGrid;

/**
 * Week grid budget, second half: the control as the user feels it. On a shown 1000×720 scene under
 * Monocle headless (software pipeline), times {@code setBlocks(200 blocks)} + {@code applyCss()} +
 * {@code layout()} on the FX thread, which is what a drag commit or an undo costs before the next
 * frame can be drawn. Budget: ≤ 8 ms (half a 60 fps frame; the other half is for painting).
 * Not a unit test (timings on a shared 2-core machine would make it flaky): run it by hand,
 *
 * <pre>scripts/bench.sh grid            (or: scripts/bench.sh grid edit swap first)</pre>
 *
 * Cases, each warmed up first, then {@code N} timed runs (median, p95, max in ms):
 * <ul>
 * <li>{@code edit}: the same 200 blocks with one moved by 15 minutes each time: the usual edit
 * (a drag or a key press ends, the editor calls setBlocks again);
 * <li>{@code pulse}: the edit case as the next frame sees it: setBlocks, then the pulse's own
 * CSS pass (only changed nodes) and layout pass, without painting;
 * <li>{@code swap}: two unrelated 200-block weeks in turn: every block node gets new text and
 * state (worst case for the reused nodes);
 * <li>{@code first}: a new grid shown with 200 blocks (all nodes created and styled), fewer runs;
 * <li>{@code layout only}: the {@code WeekLayout} part of the swap case, for comparison.
 * </ul>
 */
public final class WeekGridLayoutBench {

    private static final int WARMUP = 100;
    private static final int RUNS = 300;

    private WeekGridLayoutBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        List<WeekBlock> a = WeekSamples.many(200, 7);
        List<WeekBlock> b = WeekSamples.many(200, 8);
        Locale nl = Locale.forLanguageTag("nl-NL");
        AtomicReference<WeekGrid> grid = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        onFx(() -> {
            WeekGrid g = new WeekGrid(WeekGrid.bundle(nl), nl);
            Stage s = new Stage();
            s.setScene(new Scene(g, 1000, 720));
            s.show();
            grid.set(g);
            stage.set(s);
        });
        System.out.printf("WeekGridLayoutBench: %d cores, load %s, %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage(), System.getProperty("java.vm.version"));
        System.out.printf("%-34s %6s %8s %8s %8s%n", "case", "runs", "median", "p95", "max");

        List<String> only = List.of(args);
        if (only.isEmpty() || only.contains("edit")) {
            report("edit: one block moved, 200 blocks", RUNS, i -> {
                List<WeekBlock> edited = new ArrayList<>(a);
                WeekBlock x = edited.get(i % edited.size());
                int start = (x.startMinute() + 15) % (WeekBlock.DAY - 15);
                edited.set(i % edited.size(), new WeekBlock(x.uid(), x.day(), start, start + x.length(), x.kind(),
                        x.label(), x.channels(), x.description(), x.warning()));
                return edited;
            }, grid);
        }
        if (only.isEmpty() || only.contains("baseline")) {
            baseline(RUNS, stage.get(), grid.get());
        }
        if (only.isEmpty() || only.contains("pulse")) {
            pulse("edit, pulse: dirty-only CSS + layout", RUNS, a, grid, stage.get().getScene());
        }
        if (only.isEmpty() || only.contains("page")) {
            page(RUNS, stage.get(), grid.get());
        }
        if (only.isEmpty() || only.contains("swap")) {
            report("swap: two different 200-block weeks", RUNS, i -> i % 2 == 0 ? a : b, grid);
        }

        long[] first = new long[only.isEmpty() || only.contains("first") ? 60 : 0];
        for (int i = first.length == 0 ? 0 : -10; i < first.length; i++) {
            long[] t = new long[1];
            onFx(() -> {
                long t0 = System.nanoTime();
                WeekGrid g = new WeekGrid(WeekGrid.bundle(nl), nl);
                stage.get().getScene().setRoot(g);
                g.setBlocks(a);
                g.applyCss();
                g.layout();
                t[0] = System.nanoTime() - t0;
                grid.set(g);
            });
            if (i >= 0) {
                first[i] = t[0];
            }
        }
        if (first.length > 0) {
            print("first: new grid, 200 blocks", first);
        }

        long[] pure = new long[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            org.reachable.ui.schedule.WeekLayout.of(i % 2 == 0 ? a : b, DayOfWeek.MONDAY);
            long t = System.nanoTime() - t0;
            if (i >= 0) {
                pure[i] = t;
            }
        }
        print("layout only (WeekLayout.of)", pure);
        Platform.exit();
    }

    /**
     * The floor on this machine, in the same run: 200 plain {@code Label}s placed by hand in a
     * {@code Pane} (no lanes, no pieces, no pooling), one moved and relabelled each time, then the
     * same {@code applyCss()} + {@code layout()}. The grid's {@code edit} figure divided by this is
     * the ratio to quote; absolute times swing with the machine's load.
     */
    private static void baseline(int runs, Stage stage, WeekGrid grid) throws Exception {
        javafx.scene.layout.Pane pane = new javafx.scene.layout.Pane();
        List<javafx.scene.control.Label> labels = new ArrayList<>();
        onFx(() -> {
            for (int i = 0; i < 200; i++) {
                javafx.scene.control.Label label = new javafx.scene.control.Label("09:00–11:00 " + i);
                label.relocate((i % 7) * 130, (i / 7) * 24);
                labels.add(label);
            }
            pane.getChildren().setAll(labels);
            stage.getScene().setRoot(pane);
        });
        long[] times = new long[runs];
        for (int i = -WARMUP; i < runs; i++) {
            int at = i + WARMUP;
            long[] t = new long[1];
            onFx(() -> {
                long t0 = System.nanoTime();
                javafx.scene.control.Label moved = labels.get(at % labels.size());
                moved.setText("10:" + (at % 60) + "–12:00");
                moved.relocate((at % 7) * 130, (at % 29) * 24);
                pane.applyCss();
                pane.layout();
                t[0] = System.nanoTime() - t0;
            });
            if (i >= 0) {
                times[i] = t[0];
            }
        }
        print("baseline: 200 Labels, one moved", times);
        onFx(() -> stage.getScene().setRoot(grid));
    }

    /**
     * The whole week page as a drop reaches it: the view-model of 200 weekly entries (the drag
     * script's week), its grid, table and footer on a 1120×720 scene. One block dragged to the next
     * day, then the undo, in turn: the FX thread's work when the mouse is released (the view-model
     * works the page out again, the grid and the table take what changed), then the next pulse's
     * CSS and layout, each timed apart. Painting is not in it (Monocle headless).
     */
    private static void page(int runs, Stage stage, WeekGrid grid) throws Exception {
        Locale nl = Locale.forLanguageTag("nl-NL");
        AtomicReference<ScheduleViewModel> model = new AtomicReference<>();
        onFx(() -> {
            var bundle = ScheduleView.bundle(nl);
            ScheduleViewModel m = new ScheduleViewModel(bundle, nl, new ScheduleDocument(WeekSamples.busyWeek()),
                    Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneId.of("Europe/Amsterdam")), () -> "new");
            m.setChannels(Settings.defaultChannels("nl"));
            ScheduleView view = new ScheduleView(m, bundle, nl);
            m.page().navigation().pattern();
            stage.setWidth(1120);
            stage.getScene().setRoot(view.root());
            model.set(m);
        });
        long[] handler = new long[runs];
        long[] pulse = new long[runs];
        try (NextPulse next = new NextPulse(stage.getScene())) {
            for (int i = -WARMUP; i < runs; i++) {
                int at = i + WARMUP;
                long t = next.run(() -> {
                    ScheduleViewModel m = model.get();
                    if (at % 2 == 0) {
                        WeekBlock b = m.page().blocks().get((at / 2) % m.page().blocks().size());
                        m.move(b.key(), b.day().plus(1), b.startMinute());
                    } else {
                        m.undo();
                    }
                });
                if (i >= 0) {
                    handler[i] = t;
                    pulse[i] = next.took();
                }
            }
        }
        onFx(() -> {
            stage.setWidth(1000);
            stage.getScene().setRoot(grid);
        });
        print("page: drop or undo, on release", handler);
        print("page: its pulse, CSS + layout", pulse);
    }

    private interface Week {
        List<WeekBlock> at(int i);
    }

    private static void report(String name, int runs, Week week, AtomicReference<WeekGrid> grid) throws Exception {
        long[] times = new long[runs];
        for (int i = -WARMUP; i < runs; i++) {
            List<WeekBlock> blocks = week.at(i + WARMUP);
            long[] t = new long[1];
            onFx(() -> {
                WeekGrid g = grid.get();
                long t0 = System.nanoTime();
                g.setBlocks(blocks);
                g.applyCss();
                g.layout();
                t[0] = System.nanoTime() - t0;
            });
            if (i >= 0) {
                times[i] = t[0];
            }
        }
        print(name, times);
    }

    /**
     * What the next frame really costs before painting: setBlocks, then the pulse's own CSS pass
     * (only nodes whose state changed) and layout pass, timed with the scene's pre- and
     * post-layout pulse listeners. {@code applyCss()} on the grid, as in the other cases, forces a
     * style update of every node below it, which a pulse never does.
     */
    private static void pulse(String name, int runs, List<WeekBlock> a, AtomicReference<WeekGrid> grid, Scene scene)
            throws Exception {
        long[] times = new long[runs];
        try (NextPulse next = new NextPulse(scene)) {
            for (int i = -WARMUP; i < runs; i++) {
                List<WeekBlock> edited = new ArrayList<>(a);
                int k = Math.floorMod(i, edited.size());
                WeekBlock x = edited.get(k);
                int start = (x.startMinute() + 15 * (1 + Math.floorMod(i, 3))) % (WeekBlock.DAY - 15);
                edited.set(k, new WeekBlock(x.uid(), x.day(), start, start + x.length(), x.kind(), x.label(),
                        x.channels(), x.description(), x.warning()));
                long set = next.run(() -> grid.get().setBlocks(edited));
                if (i >= 0) {
                    times[i] = set + next.took();
                }
            }
        }
        print(name, times);
    }

    /**
     * Times a change made on the FX thread and the CSS and layout of the pulse after it, with the
     * scene's pre- and post-layout pulse listeners.
     */
    private static final class NextPulse implements AutoCloseable {
        private final Scene scene;
        private final long[] stamps = new long[2];
        private final AtomicReference<CountDownLatch> after = new AtomicReference<>(new CountDownLatch(1));
        private final Runnable pre = () -> stamps[0] = System.nanoTime();
        private final Runnable post = () -> {
            stamps[1] = System.nanoTime();
            after.get().countDown();
        };

        NextPulse(Scene scene) throws Exception {
            this.scene = scene;
            onFx(() -> {
                scene.addPreLayoutPulseListener(pre);
                scene.addPostLayoutPulseListener(post);
            });
        }

        /** Runs {@code change} on the FX thread, waits for the pulse after it; the change's own time. */
        long run(Runnable change) throws Exception {
            after.set(new CountDownLatch(1));
            long[] t = new long[1];
            onFx(() -> {
                long t0 = System.nanoTime();
                change.run();
                t[0] = System.nanoTime() - t0;
                Platform.requestNextPulse();
            });
            after.get().await();
            return t[0];
        }

        /** The CSS and layout of the pulse after the last change. */
        long took() {
            return stamps[1] - stamps[0];
        }

        @Override
        public void close() throws Exception {
            onFx(() -> {
                scene.removePreLayoutPulseListener(pre);
                scene.removePostLayoutPulseListener(post);
            });
        }
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        double max = sorted[sorted.length - 1] / 1e6;
        System.out.printf("%-34s %6d %8.3f %8.3f %8.3f%n", name, nanos.length, median, p95, max);
    }

    /** Runs on the FX thread and waits, so each timed call sees a quiet toolkit between runs. */
    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
