package org.explainer.linkcheck;

import org.explainer.base.ProjectConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code links} command: checks every external address the site cites and writes the report.
 * It needs the network, so it is never part of a build or of {@code verify}; the scheduled workflow runs it.
 */
public final class LinkCheck {

    private LinkCheck() {
    }

    /**
     * @param out where the progress and the summary go: the terminal, or a test's buffer
     * @return the exit status: 1 when a cited address is gone, else 0
     */
    public static int run(ProjectConfig config, Path reportFolder, CheckSettings settings, PrintStream out) {
        List<CitedAddress> addresses = CitationScanner.scan(config.projectDir(), config.contentDir(), config.dataDir());
        out.printf("Checking %d cited addresses, %d at a time, one at a time per site...%n", addresses.size(), settings.concurrency());
        LinkReport report = new LinkReport(new ExternalLinkChecker(settings).check(addresses));
        report.write(reportFolder);
        out.println(report.summary());
        out.println("Report: " + config.projectDir().relativize(reportFolder.toAbsolutePath()).resolve(LinkReport.MARKDOWN)
                + " (and " + LinkReport.JSON + " beside it)");
        return report.count(result -> result.status() == LinkStatus.GONE) > 0 ? 1 : 0;
    }
}
