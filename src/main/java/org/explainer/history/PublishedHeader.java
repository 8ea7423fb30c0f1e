package org.explainer.history;

import java.util.regex.Pattern;

/**
 * Whether a version of a content file, as committed, was published: its header (the lines before the
 * separator) says {@code status=published}. Old versions are not checked like the work tree's files,
 * so this reads only the one field.
 */
final class PublishedHeader {

    private static final Pattern STATUS_PUBLISHED = Pattern.compile("\\s*status\\s*=\\s*published\\s*");

    private PublishedHeader() {
    }

    static boolean isPublished(String text, String separator) {
        for (String line : text.split("\n", -1)) {
            if (line.strip().equals(separator)) {
                return false;
            }
            if (STATUS_PUBLISHED.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
