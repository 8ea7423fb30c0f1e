package org.explainer.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content model: which page types exist, which header fields each one requires and allows, and
 * which folder new pages of each type go in. This is the single place they are declared; the header
 * validator, the scaffold for new pages and the writing guide ({@code docs/writing-guide.md}, checked by
 * a test) all follow it.
 */
public final class ContentModel {

    /** How a field's value is read and checked. */
    public enum Kind {
        /** Any non-empty text on one line. */
        TEXT,
        /** An ISO date, {@code YYYY-MM-DD}. */
        DATE,
        /** One of a fixed set of words. */
        CHOICE,
        /** One of the glossary categories the site declares ({@code glossary.categories} in jbake.properties). */
        TERM_CATEGORY,
        /** Comma-separated items. */
        LIST,
        /** Names in their original script, as {@code lang:text} pairs separated by {@code |}. */
        ORIGINAL_NAMES
    }

    /** One header field of a page type. */
    public record Field(String name, Kind kind, boolean required, List<String> choices, String purpose) {

        static Field required(String name, Kind kind, String purpose, String... choices) {
            return new Field(name, kind, true, List.of(choices), purpose);
        }

        static Field optional(String name, Kind kind, String purpose, String... choices) {
            return new Field(name, kind, false, List.of(choices), purpose);
        }
    }

    public static final String EXPLAINER = "explainer";
    public static final String BACKGROUND = "background";
    public static final String TERM = "term";
    public static final String PAGE = "page";

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";

    private static final List<Field> COMMON = List.of(
            Field.required("title", Kind.TEXT, "the page's title; for a term, the term itself"),
            Field.required("type", Kind.CHOICE, "what kind of page this is", EXPLAINER, BACKGROUND, TERM, PAGE),
            Field.required("summary", Kind.TEXT,
                    "one sentence saying what the page tells, also the meta description; for a term, its definition in one to three sentences"),
            Field.required("date", Kind.DATE, "first published, YYYY-MM-DD"),
            Field.required("reviewed", Kind.DATE, "last checked against the sources, YYYY-MM-DD"),
            Field.required("status", Kind.CHOICE, "drafts are never published", PUBLISHED, DRAFT),
            Field.optional("tags", Kind.LIST, "comma-separated topics, lower case"),
            Field.optional(Editions.TRANSLATES, Kind.TEXT,
                    "on a page in another language than the default only: the version of the original it translates; written by the translated command"),
            Field.optional(Editions.DIFFERENCES, Kind.TEXT,
                    "in a translation only: the sources, terms or numbers it adds or drops on purpose, each with why"));

    private static final Map<String, List<Field>> BY_TYPE = new LinkedHashMap<>();

    // Where a new page of each type goes, under the content folder: its address then reads like its
    // section (explainers/..., glossary/...). The build itself lists pages by type, not by folder.
    private static final Map<String, String> FOLDERS = Map.of(
            EXPLAINER, "explainers", BACKGROUND, "background", TERM, "glossary", PAGE, "");

    static {
        BY_TYPE.put(EXPLAINER, with(
                Field.optional("correction", Kind.TEXT, "a dated note of what was corrected after publication")));
        BY_TYPE.put(BACKGROUND, with(
                Field.optional("correction", Kind.TEXT, "a dated note of what was corrected after publication")));
        BY_TYPE.put(TERM, with(
                Field.required("category", Kind.TERM_CATEGORY, "what kind of thing the term names"),
                Field.optional("original", Kind.ORIGINAL_NAMES,
                        "the name in its original script, e.g. el:Αθήνα | ru:Афины"),
                Field.optional("aliases", Kind.LIST, "variant spellings readers meet elsewhere, unique in the glossary"),
                Field.optional("related", Kind.LIST, "keys (file names) of related glossary entries")));
        BY_TYPE.put(PAGE, with(
                Field.optional("layout", Kind.CHOICE, "a page with a generated part",
                        "home", "section", "glossary", "search", "not-found")));
    }

    private ContentModel() {
    }

    private static List<Field> with(Field... extra) {
        List<Field> fields = new ArrayList<>(COMMON);
        fields.addAll(List.of(extra));
        return Collections.unmodifiableList(fields);
    }

    public static List<String> types() {
        return List.copyOf(BY_TYPE.keySet());
    }

    /** The fields of a type, common ones first; empty for an unknown type. */
    public static List<Field> fieldsOf(String type) {
        return BY_TYPE.getOrDefault(type, List.of());
    }

    public static Optional<Field> field(String type, String name) {
        return fieldsOf(type).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The folder, relative to the content folder, that new pages of a known type go in; empty for the top. */
    public static String folderOf(String type) {
        String folder = FOLDERS.get(type);
        if (folder == null) {
            throw new IllegalArgumentException("unknown type '" + type + "'");
        }
        return folder;
    }

}
