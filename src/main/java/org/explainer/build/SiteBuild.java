package org.explainer.build;

import org.explainer.check.OutputLinkChecker;
import org.explainer.content.ContentScanner;
import org.explainer.content.SourceFile;
import org.explainer.directives.MapDirective;
import org.explainer.directives.Maps;
import org.explainer.directives.TimelineDirective;
import org.explainer.glossary.Glossary;
import org.explainer.jbake.JBakeOven;
import org.explainer.markdown.Markdown;
import org.explainer.markdown.directives.Directives;
import org.explainer.site.Site;
import org.explainer.site.SiteAssembler;
import org.explainer.timeline.Timeline;
import org.explainer.timeline.TimelineLoader;

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
    /** The timeline's data file, in the data folder. */
    public static final String TIMELINE_FILE = "timeline.yml";

    private final Markdown markdown = new Markdown();

    public SiteBuild(ProjectConfig project) {
        this.project = project;
    }

    /** Builds the site into {@code output}; throws {@link BuildFailure} listing every problem found. */
    public Site build(Path output) {
        Assembly assembly = prepare();
        Site site = assembly.site();
        Path staging = OutputFolders.freshStaging(output);
        try {
            ProblemCollector problems = new ProblemCollector();
            JBakeOven.bake(project, site, markdown, staging, problems);
            problems.throwIfAny();
            ExtraOutputs.write(site, assembly.maps(), staging);
            OutputLinkChecker.check(staging, problems);
            problems.throwIfAny();
            OutputFolders.publish(staging, output);
            return site;
        } finally {
            OutputFolders.deleteIfPresent(staging);
        }
    }

    /** Reads, validates and links up all content and data, without writing anything. */
    public Site assemble() {
        return prepare().site();
    }

    /** The checked site and the maps drawn for it. */
    private record Assembly(Site site, Maps maps) {
    }

    private Assembly prepare() {
        ProblemCollector problems = new ProblemCollector();
        List<SourceFile> sources = new ContentScanner(project.projectDir(), project.contentDir(), project.headerSeparator())
                .scan(problems);
        OutputPaths.check(sources, project.assetsDir(), GENERATED_FILES, problems);
        Glossary glossary = Glossary.of(sources.stream().filter(source -> !source.isDraft()).toList(), problems);
        Path timelineFile = project.dataDir().resolve(TIMELINE_FILE);
        Timeline timeline = TimelineLoader.load(timelineFile, project.projectDir().relativize(timelineFile).toString(),
                key -> glossary.byKey(key).isPresent(), problems);
        Maps maps = Maps.load(project.projectDir(), project.dataDir().resolve("maps"), project.geoDataFile(), problems);
        Directives directives = new Directives(List.of(new TimelineDirective(timeline, glossary), new MapDirective(maps)));
        Site site = new SiteAssembler(markdown).assemble(project.settings(), sources, glossary, directives, problems);
        problems.throwIfAny();
        return new Assembly(site, maps);
    }
}
