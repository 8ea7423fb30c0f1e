package org.explainer.base;

/** How many words a text has, as a page's reading time counts them: what stands between spaces. */
public final class Words {

    private Words() {
    }

    public static int count(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
