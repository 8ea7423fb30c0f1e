package org.explainer.markdown.languages;

import org.explainer.base.Language;
import org.explainer.base.ScriptLanguages;

import java.util.List;

/**
 * A writer's text split into runs by language, relative to the language of the page it is shown on,
 * for a template that marks it up as the Markdown dialect marks page bodies ({@code templates/lib/timeline.ftl}).
 */
public record LanguageRuns(ScriptLanguages languages, Language page) {

    public List<TextRun> runs(String text) {
        return LanguageSpans.split(text, languages, page);
    }
}
