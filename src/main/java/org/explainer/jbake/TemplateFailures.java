package org.explainer.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.explainer.base.Problem;

/**
 * Turns a failed rendering into a problem naming the template file and line, from Freemarker's own
 * exception (which JBake wraps in its {@code RenderingException}), never from message text.
 */
final class TemplateFailures {

    private TemplateFailures() {
    }

    /**
     * @param templatesFolder the templates folder as a writer knows it, e.g. {@code templates}
     * @param output          what was being rendered, e.g. {@code explainers/why.html}
     */
    static Problem describe(Throwable failure, String templatesFolder, String output) {
        String rendering = " (while rendering " + output + ")";
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A syntax error: Freemarker reports it while loading the template, with its position.
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return Problem.at(templatesFolder + "/" + parse.getTemplateName(), parse.getLineNumber(),
                        firstLine(parse.getEditorMessage()) + rendering);
            }
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                String expression = template.getBlamedExpressionString();
                return Problem.at(templatesFolder + "/" + template.getTemplateSourceName(), lineOf(template.getLineNumber()),
                        firstLine(template.getMessageWithoutStackTop()) + (expression == null ? "" : " " + expression) + rendering);
            }
        }
        return Problem.in(templatesFolder, "JBake failed: " + firstLine(String.valueOf(failure.getMessage())) + rendering);
    }

    private static int lineOf(Integer line) {
        return line == null ? 0 : line;
    }

    private static String firstLine(String message) {
        return message == null ? "template error" : message.strip().split("\n", 2)[0];
    }
}
