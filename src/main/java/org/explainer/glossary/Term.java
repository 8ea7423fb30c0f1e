package org.explainer.glossary;

import org.explainer.content.Hints;
import org.explainer.content.SourceFile;

import java.util.List;

/** A glossary entry, read from a content file of type {@code term}; its key is the file name. */
public final class Term {

    private final SourceFile source;
    private final List<OriginalName> originalNames;

    public Term(SourceFile source) {
        this.source = source;
        this.originalNames = OriginalName.parseAll(source.value("original"));
    }

    public SourceFile source() {
        return source;
    }

    public String getKey() {
        return source.slug();
    }

    public String getTitle() {
        return source.value("title");
    }

    public String getDefinition() {
        return source.value("summary");
    }

    public String getCategory() {
        return source.value("category");
    }

    /** Whether the category is still the scaffold's hint, which a draft may keep: it names no category yet. */
    public boolean isCategoryAHint() {
        return Hints.isHint(getCategory());
    }

    public List<String> getAliases() {
        return source.list("aliases");
    }

    public List<String> getRelatedKeys() {
        return source.list("related");
    }

    public List<OriginalName> getOriginalNames() {
        return originalNames;
    }

    /** The entry page's path in the site, e.g. {@code glossary/khmeimim.html}. */
    public String getUri() {
        return source.outputUri();
    }

    /** The letter the A–Z index files it under. */
    public String getInitial() {
        String normalized = java.text.Normalizer.normalize(getTitle(), java.text.Normalizer.Form.NFD);
        char first = Character.toUpperCase(normalized.charAt(0));
        return Character.isLetter(first) ? String.valueOf(first) : "#";
    }
}
