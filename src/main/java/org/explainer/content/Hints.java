package org.explainer.content;

import org.explainer.base.ProblemCollector;

import java.util.List;

/**
 * Text a writer has to replace before a page is published. The scaffold for new pages writes its hints
 * in this form, in header values and in the body; a draft may keep them (so a new page builds and can be
 * previewed at once), but a published page that still holds one fails the build. A page scaffolded and
 * then published unchanged therefore never reaches readers.
 */
public final class Hints {

    /** What every hint starts with: a word editors highlight and writers search for. */
    public static final String MARKER = "TODO:";

    private Hints() {
    }

    /** A hint asking for {@code what}. */
    public static String hint(String what) {
        return MARKER + " " + what;
    }

    /** Whether a header value is still a hint, not the writer's text. */
    public static boolean isHint(String value) {
        return value.startsWith(MARKER);
    }

    /** What is wrong with a published page's header field that still holds a hint. */
    static String leftIn(HeaderField field) {
        return field.name() + " still holds the hint \"" + field.value() + "\"; write the " + field.name()
                + " itself, or keep status=" + ContentModel.DRAFT;
    }

    /** Reports every line of a published page's body that still holds a hint. */
    public static void reportLeftInBody(SourceFile source, ProblemCollector problems) {
        if (source.isDraft()) {
            return;
        }
        List<String> lines = source.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(MARKER)) {
                problems.at(source.displayPath(), source.bodyFirstLine() + i, "this line still holds a hint: \""
                        + lines.get(i).strip() + "\"; replace it with the text it asks for, or keep status="
                        + ContentModel.DRAFT);
            }
        }
    }
}
