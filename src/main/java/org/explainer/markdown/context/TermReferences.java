package org.explainer.markdown.context;

import com.vladsch.flexmark.ast.Link;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;

import java.util.Optional;

/** How a {@code term:} link names its term: by key or alias after the colon, or by its own text when empty. */
public final class TermReferences {

    private TermReferences() {
    }

    public static boolean isTermReference(Link link) {
        return link.getUrl().toString().startsWith(SiteLinks.TERM_SCHEME);
    }

    /** The name the link asks for: the part after {@code term:}, or the link text. */
    public static String requestedName(Link link) {
        String key = link.getUrl().toString().substring(SiteLinks.TERM_SCHEME.length()).strip();
        return key.isEmpty() ? link.getText().toString().strip() : key;
    }

    public static Optional<Term> resolve(Link link, Glossary glossary) {
        return glossary.find(requestedName(link));
    }
}
