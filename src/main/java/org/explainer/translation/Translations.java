package org.explainer.translation;

import org.explainer.base.Problem;

import java.util.List;
import java.util.Map;

/** Every translation's standing against its original, by content path, and the warnings the check found. */
public final class Translations {

    /** A site with no translations. */
    public static final Translations NONE = new Translations(Map.of(), List.of());

    private final Map<String, TranslationState> byContentPath;
    private final List<Problem> warnings;

    Translations(Map<String, TranslationState> byContentPath, List<Problem> warnings) {
        this.byContentPath = Map.copyOf(byContentPath);
        this.warnings = List.copyOf(warnings);
    }

    /** A translation's standing, or null for a page that is no translation (or whose original is missing). */
    public TranslationState of(String contentPath) {
        return byContentPath.get(contentPath);
    }

    /** Translations out of date or without a recorded version: each a warning at its {@code translates=} line. */
    public List<Problem> warnings() {
        return warnings;
    }
}
