package org.explainer.history;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two fields of a committed content file's header that its history needs: whether the version was
 * published ({@code status=published}) and its correction note ({@code correction=...}). Old versions are
 * not checked like the work tree's files, so this reads only these fields, line by line up to the header's
 * separator: the body, most of the file, is never split.
 */
final class CommittedHeader {

    private static final Pattern STATUS_PUBLISHED = Pattern.compile("\\s*status\\s*=\\s*published\\s*");
    private static final Pattern CORRECTION = Pattern.compile("\\s*correction\\s*=(.*)");

    private CommittedHeader() {
    }

    static boolean isPublished(String text, String separator) {
        return firstMatch(text, separator, STATUS_PUBLISHED) != null;
    }

    /** The correction note the version's header gives, stripped; empty when it gives none. */
    static String correctionNote(String text, String separator) {
        Matcher note = firstMatch(text, separator, CORRECTION);
        return note == null ? "" : note.group(1).strip();
    }

    private static Matcher firstMatch(String text, String separator, Pattern field) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.strip().equals(separator)) {
                return null;
            }
            Matcher matcher = field.matcher(line);
            if (matcher.matches()) {
                return matcher;
            }
            if (end < 0) {
                return null;
            }
            start = end + 1;
        }
        return null;
    }
}
