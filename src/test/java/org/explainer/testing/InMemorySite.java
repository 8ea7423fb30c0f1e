package org.explainer.testing;

import org.explainer.base.BuildFailure;
import org.explainer.base.BuildMode;
import org.explainer.base.ProblemCollector;
import org.explainer.content.HeaderParser;
import org.explainer.content.HeaderValidator;
import org.explainer.content.SourceFile;
import org.explainer.content.SourceLocation;
import org.explainer.glossary.Glossary;
import org.explainer.jbake.JBakeRenderer;
import org.explainer.markdown.Markdown;
import org.explainer.markdown.context.PageContext;
import org.explainer.markdown.context.Partials;
import org.explainer.markdown.context.DirectiveHandler;
import org.explainer.markdown.context.Directives;
import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.base.NavItem;
import org.explainer.base.ProjectConfig;
import org.explainer.text.InterfaceTexts;
import org.explainer.site.Page;
import org.explainer.site.PageHistories;
import org.explainer.site.Site;
import org.explainer.site.SiteAssembler;
import org.explainer.translation.Translations;
import org.explainer.base.SiteSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Content files held in memory and assembled into a {@link Site}, for fast tests of the Markdown dialect. */
public final class InMemorySite {

    /** The project's own templates, which hold the markup of what the dialect generates. */
    private static final Languages ENGLISH = Languages.of(List.of(Language.parse("en", "English | ltr | en")), "en");
    /** The partials of the real machinery, in the real site's default language. */
    private static final Partials PARTIALS = new JBakeRenderer(TestProject.REAL)
            .partials(InterfaceTexts.load(ProjectConfig.load(TestProject.REAL, ""), new ProblemCollector()).getDefault());

    private final List<SourceFile> sources = new ArrayList<>();
    private final Markdown markdown;
    private final List<DirectiveHandler> directives = new ArrayList<>();

    public InMemorySite() {
        this(new Markdown());
    }

    /** A site rendered with {@code markdown}, for a dialect configured differently. */
    public InMemorySite(Markdown markdown) {
        this.markdown = markdown;
    }

    /** Adds a content file; {@code contentPath} is relative to the content folder. */
    public InMemorySite file(String contentPath, String text) {
        ProblemCollector problems = new ProblemCollector();
        SourceLocation location = new SourceLocation(Path.of("content", contentPath), "content/" + contentPath, contentPath);
        SourceFile source = new HeaderParser("~~~~~~").parse(location, text, problems).orElseThrow();
        new HeaderValidator(List.of("place")).validate(source, problems);
        problems.throwIfAny();
        sources.add(source);
        return this;
    }

    /** A page with a seven-field header and a blank line, so its body starts on line 10 of the file. */
    public InMemorySite page(String contentPath, String type, String body) {
        return file(contentPath, "title=Page\ntype=" + type + "\nsummary=A page.\ndate=2025-08-01\nreviewed=2025-08-01\n"
                + "status=published\ntags=test\n~~~~~~\n\n" + body);
    }

    public InMemorySite term(String key, String title, String aliases, String definition) {
        return file("glossary/" + key + ".md", "title=" + title + "\ntype=term\nsummary=" + definition
                + "\ndate=2025-08-01\nreviewed=2025-08-01\nstatus=published\ncategory=place\n"
                + (aliases.isEmpty() ? "" : "aliases=" + aliases + "\n") + "~~~~~~\n");
    }

    public InMemorySite directive(DirectiveHandler handler) {
        directives.add(handler);
        return this;
    }

    /** Assembles the site as the production build does, throwing {@link BuildFailure} with every problem found. */
    public Site assemble() {
        return assemble(BuildMode.PUBLISH);
    }

    /** Assembles the site for a production build or for the preview, throwing {@link BuildFailure} with every problem found. */
    public Site assemble(BuildMode mode) {
        ProblemCollector problems = new ProblemCollector();
        Glossary glossary = Glossary.of(sources, problems);
        Site site = new SiteAssembler(markdown).assemble(
                new SiteSettings("Test", "A test site.", ENGLISH, "https://example.org/", "Test",
                        List.of(new NavItem("explainers/", "Explainers")), List.of(), ""),
                sources, Map.of(ENGLISH.getDefault().getCode(), glossary), new Directives(directives), mode, PageHistories.NONE, Translations.NONE, problems);
        problems.throwIfAny();
        return site;
    }

    /** The body HTML of the page at {@code contentPath}, rendered as the build renders it. */
    public String render(String contentPath) {
        return render(contentPath, ENGLISH.getDefault());
    }

    /** The body HTML of the page at {@code contentPath}, rendered as the build renders a page in {@code language}. */
    public String render(String contentPath, Language language) {
        Site site = assemble();
        Page page = site.getPages().stream().filter(p -> p.source().contentPath().equals(contentPath)).findFirst().orElseThrow();
        return markdown.render(page.document(), new PageContext(contentPath, page.getUri(), site.links(),
                site.glossary(), site.directives(), PARTIALS, language));
    }
}
