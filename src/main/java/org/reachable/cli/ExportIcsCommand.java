package org.reachable.cli;

import org.reachable.domain.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-ics", mixinStandardHelpOptions = true)
final class ExportIcsCommand extends BaseCommand {

    @Option(names = "--out", paramLabel = "FILE")
    String outFile;

    @Option(names = "--vavailability")
    boolean availability;

    @Override
    public Integer call() throws Exception {
        Workspace.Loaded loaded = load();
        String text = availability ? env().ics().writeAvailability(loaded.schedule())
                : env().ics().write(loaded.schedule());
        if (outFile == null) {
            out().print(text);
        } else {
            env().files().write(outFile, text);
            out().println(messages().get("export.done", loaded.schedule().entries().size(), outFile));
        }
        return 0;
    }
}
