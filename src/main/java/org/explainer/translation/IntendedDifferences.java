package org.explainer.translation;

import org.explainer.base.Problem;
import org.explainer.content.Editions;
import org.explainer.content.HeaderField;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences from its original a translation declares in its header, so a reviewer sees them:
 * {@code differences="What each side said" adds [^agency-ru] (the minister's own words, from an agency in Russian); ...}.
 * Each names a part of the original (its heading in quotes, {@code introduction}, {@code header} or a
 * note's {@code [^label]}), {@code adds} or {@code drops}, one footnote, term or number, and why.
 */
final class IntendedDifferences {

    /** The header field that holds them. */
    static final String FIELD = Editions.DIFFERENCES;

    private static final Pattern ENTRY = Pattern.compile(
            "(?<part>\"[^\"]+\"|introduction|header|\\[\\^[^\\]\\s]+])\\s+(?<change>adds|drops)\\s+"
                    + "(?<item>\\[\\^[^\\]\\s]+]|term:[^\\s(]+|[0-9][0-9.]*)\\s+\\((?<why>[^)]*\\S[^)]*)\\)");

    /** One declared difference: {@code item} is a footnote's {@code [^label]}, a {@code term:key} or a number. */
    record Difference(String part, boolean adds, String item, int line) {
    }

    private IntendedDifferences() {
    }

    /** The differences in {@code field}; an entry that does not parse goes to {@code errors}. */
    static List<Difference> read(HeaderField field, String file, List<Problem> errors) {
        List<Difference> differences = new ArrayList<>();
        for (String entry : field.value().split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher matcher = ENTRY.matcher(entry.strip());
            if (!matcher.matches()) {
                errors.add(Problem.at(file, field.line(), "cannot read the difference '" + entry.strip() + "'; write each as"
                        + " PART adds|drops ITEM (WHY), separated by ';', where PART is the original's heading in double"
                        + " quotes, introduction, header or a note's [^label], and ITEM a [^label], a term:key or a number:"
                        + " differences=\"Context\" adds [^agency-ru] (the minister's own words, from an agency in Russian)"));
                continue;
            }
            String part = matcher.group("part");
            differences.add(new Difference(part.startsWith("\"") ? part.substring(1, part.length() - 1) : part,
                    matcher.group("change").equals("adds"), matcher.group("item"), field.line()));
        }
        return differences;
    }
}
