package org.explainer.build;

import org.explainer.check.OutputLinkChecker;
import org.explainer.content.ContentScanner;
import org.explainer.content.SourceFile;
import org.explainer.jbake.JBakeOven;
import org.explainer.markdown.Markdown;
import org.explainer.site.Site;
import org.explainer.site.SiteAssembler;

import java.nio.file.Path;
import java.util.List;

/**
 * One build of the site, in the order that keeps mistakes out of the output: read and check every
 * source, assemble and check the whole site, bake with JBake into a staging folder, check the baked
 * pages, and only then publish. A failure at any step leaves the previous output untouched.
 */
public final class SiteBuild {

    /** Files the build writes beside the pages, which no content file or asset may also claim. */
    public static final List<String> GENERATED_FILES = List.of("feed.xml", "sitemap.xml", "robots.txt", "search-index.json");

    private final ProjectConfig project;
    private final Markdown markdown = new Markdown();

    public SiteBuild(ProjectConfig project) {
        this.project = project;
    }

    /** Builds the site into {@code output}; throws {@link BuildFailure} listing every problem found. */
    public Site build(Path output) {
        Site site = assemble();
        Path staging = OutputFolders.freshStaging(output);
        try {
            ProblemCollector problems = new ProblemCollector();
            JBakeOven.bake(project, site, markdown, staging, problems);
            problems.throwIfAny();
            ExtraOutputs.write(site, project, staging);
            OutputLinkChecker.check(staging, problems);
            problems.throwIfAny();
            OutputFolders.publish(staging, output);
            return site;
        } finally {
            OutputFolders.deleteIfPresent(staging);
        }
    }

    /** Reads, validates and links up all content, without writing anything. */
    public Site assemble() {
        ProblemCollector problems = new ProblemCollector();
        List<SourceFile> sources = new ContentScanner(project.projectDir(), project.contentDir(), project.headerSeparator())
                .scan(problems);
        OutputPaths.check(sources, project.assetsDir(), GENERATED_FILES, problems);
        Site site = new SiteAssembler(markdown).assemble(project.settings(), sources, problems);
        problems.throwIfAny();
        return site;
    }
}
