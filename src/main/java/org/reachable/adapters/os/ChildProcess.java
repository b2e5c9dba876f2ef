package org.reachable.adapters.os;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Starts this same program again as a child JVM, with the same JVM options, class path and (under
 * {@code mvn javafx:run}) module path, and talks to it through its standard input, a line a
 * command. The tray process uses it for the window, so the tray itself never loads JavaFX; the
 * window process keeps its toolkit between opens with the pulse stopped (ui/main/Standby).
 */
public final class ChildProcess implements WindowProcess {

    private final Process process;
    private final Writer input;
    private final Path log;
    /** Where this child's output begins in the shared log, so its last words can be read back. */
    private final long logStart;
    private volatile boolean ready;

    private ChildProcess(Process process, Path log, long logStart) {
        this.log = log;
        this.logStart = logStart;
        this.process = process;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "reachable-window-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The child's standard output: READY once it is built; anything else it prints goes to the log. */
    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream toLog = new FileOutputStream(log.toFile(), true)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (ParentProcess.READY.equals(line)) {
                    ready = true;
                } else {
                    toLog.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                    toLog.flush();
                }
            }
        } catch (IOException e) {
            // the child is gone, or the log cannot be written: its errors still go there directly
        }
    }

    @Override
    public boolean ready() {
        return ready && process.isAlive();
    }

    public static ChildProcess start(String mainClass, List<String> args, Path log) throws IOException {
        return start(mainClass, List.of(), args, log);
    }

    /** As {@link #start(String, List, Path)}, with JVM options for the child after the inherited ones. */
    public static ChildProcess start(String mainClass, List<String> jvmOptions, List<String> args, Path log)
            throws IOException {
        return start(mainClass, jvmOptions, args, log, env -> { });
    }

    /** As above, with the child's environment changed first (a test takes DISPLAY away). */
    public static ChildProcess start(String mainClass, List<String> jvmOptions, List<String> args, Path log,
            Consumer<Map<String, String>> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inherited(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            command.add("--module-path");
            command.add(modulePath);
            command.add("--add-modules");
            command.add("javafx.controls,javafx.fxml");
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.accept(builder.environment());
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        // its log lines (standard error) go to the log; its standard output says when it is ready
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
        return new ChildProcess(builder.start(), log, logStart);
    }

    /**
     * This JVM's options that the child gets too: all but a debugger's or an agent's, those that write a
     * file of this JVM's own run (packaging/build.sh lists the tray's classes with
     * {@code -XX:DumpLoadedClassList}; a child would write the same file from its start), and the tray's
     * class archive. The window process is started ahead and parked, so no click waits for its classes;
     * what the archive changes is memory. Measured 7 December, window waiting hidden, load 12-17, 3-4
     * starts each: tray + window RSS 215 MB mapping the tray's archive, 211 MB without (the JDK's own),
     * 211 MB with an archive of its own classes; after opens the tray's archive cost the window 12 MB
     * (141 -> 153 MB, docs/footprint.md, goal 5 section). Goal 5 counts RSS, so the window goes without;
     * the price is ~10 MB of proportional set size (the archive's pages no longer shared with the tray:
     * 150-155 -> 162-167 MB) and 0.1-0.3 s more CPU for a start nobody waits for.
     */
    static List<String> inherited(List<String> options) {
        List<String> kept = new ArrayList<>();
        for (String option : options) {
            if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-javaagent") && !option.startsWith(ClassArchive.OPTION)
                    && !option.startsWith("-XX:DumpLoadedClassList") && !option.startsWith("-XX:ArchiveClassesAtExit")) {
                kept.add(option);
            }
        }
        return kept;
    }

    @Override
    public void onEnd(IntConsumer exitCode) {
        process.onExit().thenAccept(ended -> exitCode.accept(ended.exitValue()));
    }

    /** What the child wrote to the log so far (the last 64 KB of it), to tell why it ended. */
    @Override
    public String output() {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(logStart, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) Math.max(0, file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public boolean send(ProcessMessage message) {
        return send(message.encode());
    }

    /** Sends one command line; false if the child is gone. */
    public synchronized boolean send(String line) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            input.write(line.replace('\n', ' ') + "\n");
            input.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    public void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    @Override
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void stop() {
        send(new ProcessMessage.Quit());
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
