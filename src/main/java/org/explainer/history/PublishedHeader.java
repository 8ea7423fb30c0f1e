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
        // Line by line up to the separator: the body, most of the file, is never split.
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.strip().equals(separator)) {
                return false;
            }
            if (STATUS_PUBLISHED.matcher(line).matches()) {
                return true;
            }
            if (end < 0) {
                return false;
            }
            start = end + 1;
        }
        return false;
    }
}
