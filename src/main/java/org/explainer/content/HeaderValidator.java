package org.explainer.content;

import org.explainer.base.ProblemCollector;
import org.explainer.base.Spelling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a parsed header against the {@link ContentModel} and the site's own vocabulary, before
 * anything is rendered.
 */
public final class HeaderValidator {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ORIGINAL_NAME = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*:\\s*\\S.*");

    private final List<String> termCategories;

    /** @param termCategories the categories the site declares for glossary entries */
    public HeaderValidator(List<String> termCategories) {
        this.termCategories = List.copyOf(termCategories);
    }

    /** Reports every problem of the file's header; returns whether there were none. */
    public boolean validate(SourceFile source, ProblemCollector problems) {
        String where = source.displayPath();
        Optional<HeaderField> typeField = source.field("type");
        if (typeField.isEmpty()) {
            problems.in(where, "the header has no type; add type=" + String.join(", type=", ContentModel.types()));
            return false;
        }
        String type = typeField.get().value();
        if (!ContentModel.types().contains(type)) {
            problems.at(where, typeField.get().line(), "unknown type '" + type + "'; use one of: "
                    + String.join(", ", ContentModel.types()));
            return false;
        }
        boolean valid = true;
        for (HeaderField field : source.fields().values()) {
            Optional<ContentModel.Field> rule = ContentModel.field(type, field.name());
            if (rule.isEmpty()) {
                problems.at(where, field.line(), unknownField(type, field.name()));
                valid = false;
            } else if (Hints.isHint(field.value())) {
                // A draft may keep a scaffold's hint in any field until the writer gets to it; it is never published.
                if (!source.isDraft()) {
                    problems.at(where, field.line(), Hints.leftIn(field));
                    valid = false;
                }
            } else {
                valid &= checkValue(rule.get(), field, where, problems);
            }
        }
        for (ContentModel.Field rule : ContentModel.fieldsOf(type)) {
            if (rule.required() && !source.fields().containsKey(rule.name())) {
                // Line 1, where the header starts, so that editors and the preview can take the writer there.
                problems.at(where, 1, "the header has no " + rule.name() + " (" + rule.purpose() + "); " + withArticle(type)
                        + " needs: " + requiredNames(type));
                valid = false;
            }
        }
        if (valid && source.value("reviewed").compareTo(source.value("date")) < 0) {
            problems.at(where, source.lineOf("reviewed"), "reviewed (" + source.value("reviewed")
                    + ") is before the publication date (" + source.value("date") + "); set reviewed to the day you last"
                    + " checked the page against its sources, on or after " + source.value("date"));
            valid = false;
        }
        return valid;
    }

    private boolean checkValue(ContentModel.Field rule, HeaderField field, String where, ProblemCollector problems) {
        String value = field.value();
        String error = null;
        if (value.isEmpty()) {
            error = "the field '" + field.name() + "' is empty";
        } else if (rule.kind() == ContentModel.Kind.DATE && ISO_DATE.matcher(value).matches() && !isIsoDate(value)) {
            error = "'" + value + "' for " + field.name() + " is a day that does not exist; check the month and the day";
        } else if (rule.kind() == ContentModel.Kind.DATE && !isIsoDate(value)) {
            error = "'" + value + "' is not a valid date for " + field.name() + "; write it as YYYY-MM-DD, e.g. 2025-07-31";
        } else if (rule.kind() == ContentModel.Kind.CHOICE && !rule.choices().contains(value)) {
            error = "'" + value + "' is not allowed for " + field.name() + "; use one of: " + String.join(", ", rule.choices());
        } else if (rule.kind() == ContentModel.Kind.TERM_CATEGORY && !termCategories.contains(value)) {
            error = "'" + value + "' is not a glossary category of this site; use one of: " + String.join(", ", termCategories)
                    + " (glossary.categories in jbake.properties)";
        } else if (rule.kind() == ContentModel.Kind.ORIGINAL_NAMES) {
            error = List.of(value.split("\\|")).stream().map(String::strip)
                    .filter(pair -> !ORIGINAL_NAME.matcher(pair).matches()).findFirst()
                    .map(pair -> "'" + pair + "' in " + field.name() + " is not lang:text, e.g. el:Αθήνα | ru:Афины")
                    .orElse(null);
        }
        if (error != null) {
            problems.at(where, field.line(), error);
        }
        return error == null;
    }

    private static boolean isIsoDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** "an explainer", "a page": the type with its article, for a sentence. */
    private static String withArticle(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String requiredNames(String type) {
        return String.join(", ", ContentModel.fieldsOf(type).stream()
                .filter(ContentModel.Field::required).map(ContentModel.Field::name).toList());
    }

    private static String unknownField(String type, String name) {
        List<String> names = ContentModel.fieldsOf(type).stream().map(ContentModel.Field::name).toList();
        String suggestion = Spelling.closest(name, names).map(known -> " (did you mean '" + known + "'?)").orElse("");
        return "unknown field '" + name + "'" + suggestion + "; " + withArticle(type) + " allows: " + String.join(", ", names);
    }
}
