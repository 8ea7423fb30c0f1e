package org.explainer.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.explainer.build.Problem;
import org.explainer.build.ProblemCollector;
import org.explainer.build.ProjectConfig;
import org.explainer.content.ContentScanner;
import org.explainer.markdown.Markdown;
import org.explainer.site.Site;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs JBake over the project with the project's Markdown engine and site model plugged in. */
public final class JBakeOven {

    /** The configuration key under which templates find the {@link Site} ({@code config.site_model}). */
    public static final String SITE_MODEL_PROPERTY = "site.model";

    private static final Pattern TEMPLATE_POSITION = Pattern.compile("\\[in template \"([^\"]+)\" at line (\\d+), column \\d+]");
    private static final Pattern FAILED_EXPRESSION = Pattern.compile("==> (.+?)\\s+\\[in template");

    private JBakeOven() {
    }

    /** Bakes into {@code destination}; every error JBake meets (a template error, say) goes to {@code problems}. */
    public static void bake(ProjectConfig project, Site site, Markdown markdown, Path destination, ProblemCollector problems) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.projectDir().toFile(), destination.toFile(), true);
        config.setSiteHost(site.getSettings().getUrl());

        FlexmarkEngine engine = new FlexmarkEngine(site, markdown, project.contentDir().toAbsolutePath());
        ContentScanner.MARKDOWN_EXTENSIONS.forEach(extension -> Engines.register(extension, engine));
        // Templates reach the site model as config.site_model. JBake's other route for extra model
        // values, a ModelExtractor, only accepts collections of documents.
        config.setProperty(SITE_MODEL_PROPERTY, site);

        Oven oven = new Oven(config);
        oven.bake();
        oven.getErrors().forEach(error -> describe(project, destination, error).forEach(problems::add));
    }

    /**
     * Turns JBake's exceptions into problems naming the template and line. JBake folds the template
     * errors of document pages into one exception's message text, so that text is read as well.
     */
    private static List<Problem> describe(ProjectConfig project, Path destination, Throwable error) {
        String templates = project.projectDir().relativize(project.templatesDir()).toString();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                return List.of(Problem.at(templates + "/" + template.getTemplateSourceName(), lineOf(template.getLineNumber()),
                        firstLine(template.getMessageWithoutStackTop())));
            }
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return List.of(Problem.at(templates + "/" + parse.getTemplateName(), parse.getLineNumber(),
                        firstLine(parse.getEditorMessage())));
            }
        }
        List<Problem> problems = new ArrayList<>();
        String text = String.valueOf(error.getMessage());
        for (String failure : text.split("Failed to render file ")) {
            Matcher position = TEMPLATE_POSITION.matcher(failure);
            int cause = failure.indexOf("Cause: ");
            if (!position.find() || cause < 0) {
                continue;
            }
            String page = destination.relativize(Path.of(failure.substring(0, failure.indexOf(". Cause: ")))).toString();
            Matcher expression = FAILED_EXPRESSION.matcher(failure);
            String message = firstLine(failure.substring(cause + "Cause: ".length()).replaceFirst("^[\\w.]+Exception: ", ""))
                    + (expression.find() ? " " + expression.group(1).strip() : "") + " (while rendering " + page + ")";
            Problem problem = Problem.at(templates + "/" + position.group(1), Integer.parseInt(position.group(2)), message);
            if (problems.stream().noneMatch(known -> known.file().equals(problem.file()) && known.line() == problem.line())) {
                problems.add(problem);
            }
        }
        return problems.isEmpty() ? List.of(Problem.in(templates, "JBake failed: " + firstLine(text))) : problems;
    }

    private static int lineOf(Integer line) {
        return line == null ? 0 : line;
    }

    private static String firstLine(String message) {
        return message == null ? "template error" : message.strip().split("\n", 2)[0];
    }
}
