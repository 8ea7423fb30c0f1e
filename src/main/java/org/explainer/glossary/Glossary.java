package org.explainer.glossary;

import org.explainer.base.Language;
import org.explainer.base.ProblemCollector;
import org.explainer.content.ContentModel;
import org.explainer.content.SourceFile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every published glossary entry, findable by key, title or any alias. Names are unique across the
 * glossary, so a term reference can never be ambiguous.
 */
public final class Glossary {

    private final Map<String, Term> byKey = new LinkedHashMap<>();
    private final Map<String, Term> byName = new HashMap<>();
    /** Entries with status=draft, by key, title and alias: a reference to one must say it is a draft. */
    private final Map<String, SourceFile> draftsByName = new HashMap<>();
    /** The same entries with the drafts added, which a draft sees in the preview; this glossary itself, if there are no drafts. */
    private Glossary withDrafts = this;
    /** In another language's glossary: its own entries (the rest it borrows from the default language's), and that language. */
    private final Set<Term> own = new HashSet<>();
    private Language fallbackLanguage;

    private Glossary() {
    }

    /** Builds the glossary from the published term files (drafts are only remembered by name), reporting name clashes and unknown related keys. */
    public static Glossary of(List<SourceFile> sources, ProblemCollector problems) {
        Glossary glossary = read(sources, problems);
        glossary.checkRelated(problems);
        return glossary;
    }

    /**
     * The glossary of a language other than the default: its own entries, and under them the default
     * language's, which a term reference falls back on when the language has no entry of that key or name.
     *
     * @param sources   the language's own term files
     * @param fallback  the default language's glossary
     * @param language  the default language, which {@link #borrowedFrom(Term)} says an entry of the fallback is in
     */
    public static Glossary over(List<SourceFile> sources, Glossary fallback, Language language, ProblemCollector problems) {
        Glossary own = read(sources, problems);
        Glossary layered = layer(own, fallback, language);
        if (own.withDrafts != own || fallback.withDrafts != fallback) {
            layered.withDrafts = layer(own.withDrafts, fallback.withDrafts, language);
        }
        layered.checkRelated(problems);
        return layered;
    }

    private static Glossary layer(Glossary own, Glossary fallback, Language language) {
        Glossary layered = new Glossary();
        layered.byKey.putAll(fallback.byKey);
        layered.byKey.putAll(own.byKey);
        layered.byName.putAll(fallback.byName);
        layered.byName.putAll(own.byName);
        layered.draftsByName.putAll(fallback.draftsByName);
        layered.draftsByName.putAll(own.draftsByName);
        layered.fallbackLanguage = language;
        layered.own.addAll(own.byKey.values());
        return layered;
    }

    /** The language an entry is in when it is not this glossary's own: a reference to it says so. */
    public Optional<Language> borrowedFrom(Term term) {
        return fallbackLanguage != null && !own.contains(term) ? Optional.of(fallbackLanguage) : Optional.empty();
    }

    private static Glossary read(List<SourceFile> sources, ProblemCollector problems) {
        Glossary glossary = new Glossary();
        sources.stream()
                .filter(source -> ContentModel.TERM.equals(source.type()) && !source.isDraft())
                .map(Term::new)
                .sorted(Comparator.comparing(Term::getTitle, String.CASE_INSENSITIVE_ORDER))
                .forEach(term -> glossary.byKey.put(term.getKey(), term));
        sources.stream()
                .filter(source -> ContentModel.TERM.equals(source.type()) && source.isDraft())
                .map(Term::new)
                .forEach(draft -> {
                    if (glossary.withDrafts == glossary) {
                        glossary.withDrafts = new Glossary();
                        glossary.withDrafts.byKey.putAll(glossary.byKey);
                    }
                    glossary.withDrafts.byKey.putIfAbsent(draft.getKey(), draft);
                    glossary.draftsByName.put(draft.getKey(), draft.source());
                    glossary.draftsByName.putIfAbsent(normalize(draft.getTitle()), draft.source());
                    draft.getAliases().forEach(alias -> glossary.draftsByName.putIfAbsent(normalize(alias), draft.source()));
                });
        for (Term term : glossary.byKey.values()) {
            glossary.claim(term.getTitle(), term, "title", problems);
            term.getAliases().forEach(alias -> glossary.claim(alias, term, "aliases", problems));
        }
        if (glossary.withDrafts != glossary) {
            // A published entry keeps its names; a draft answers only to the names no published entry has.
            glossary.withDrafts.byName.putAll(glossary.byName);
            glossary.withDrafts.byKey.values().forEach(term -> {
                glossary.withDrafts.byName.putIfAbsent(normalize(term.getTitle()), term);
                term.getAliases().forEach(alias -> glossary.withDrafts.byName.putIfAbsent(normalize(alias), term));
            });
        }
        return glossary;
    }

    private void checkRelated(ProblemCollector problems) {
        for (Term term : byKey.values()) {
            if (fallbackLanguage != null && !own.contains(term)) {
                continue;
            }
            for (String related : term.getRelatedKeys()) {
                if (!byKey.containsKey(related)) {
                    problems.at(term.source().displayPath(), term.source().lineOf("related"),
                            "related term '" + related + "' does not exist; use the file name of an entry in the glossary");
                }
            }
        }
    }

    private void claim(String name, Term term, String field, ProblemCollector problems) {
        Term owner = byName.putIfAbsent(normalize(name), term);
        if (owner != null && owner != term) {
            problems.at(term.source().displayPath(), term.source().lineOf(field), "the name '" + name
                    + "' is already used by " + owner.source().displayPath() + "; a title or alias may belong to one term only");
        }
    }

    /** Finds a term by its key (file name), title or alias, ignoring case. */
    public Optional<Term> find(String keyOrName) {
        Term byFile = byKey.get(keyOrName);
        return byFile != null ? Optional.of(byFile) : Optional.ofNullable(byName.get(normalize(keyOrName)));
    }

    /** The draft entry a name or key belongs to, when no published entry has it. */
    public Optional<SourceFile> draft(String keyOrName) {
        SourceFile byFile = draftsByName.get(keyOrName);
        return byFile != null ? Optional.of(byFile) : Optional.ofNullable(draftsByName.get(normalize(keyOrName)));
    }

    /**
     * The glossary a draft page sees in the preview: every published entry, and the draft entries by the
     * names no published entry has, so two drafts written together link up before either is published.
     */
    public Glossary withDrafts() {
        return withDrafts;
    }

    public Optional<Term> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** All entries, in A–Z order of their titles. */
    public List<Term> terms() {
        return List.copyOf(byKey.values());
    }

    /** Every name (title and aliases) by which a term is known, for the coverage check and search. */
    public Map<String, Term> names() {
        return Map.copyOf(byName);
    }

    static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
