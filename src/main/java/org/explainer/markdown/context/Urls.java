package org.explainer.markdown.context;

import java.util.regex.Pattern;

/** Address arithmetic for links between pages of the site, which are always relative so any base path works. */
public final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private Urls() {
    }

    /** Whether the address names its own scheme ({@code https:}, {@code mailto:}, {@code term:}). */
    public static boolean hasScheme(String url) {
        return SCHEME.matcher(url).matches();
    }

    /** The relative address from the page at {@code fromUri} to the site path {@code toUri} (both root-relative). */
    public static String relative(String fromUri, String toUri) {
        String[] from = fromUri.split("/", -1);
        String[] to = toUri.split("/", -1);
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            path.append("../");
        }
        for (int i = common; i < to.length; i++) {
            path.append(to[i]);
            if (i < to.length - 1) {
                path.append('/');
            }
        }
        return path.length() == 0 ? "./" : path.toString();
    }

    /** The relative path from a page to the site root, e.g. {@code ../} for {@code explainers/x.html}. */
    public static String rootPath(String fromUri) {
        return "../".repeat((int) fromUri.chars().filter(c -> c == '/').count());
    }
}
