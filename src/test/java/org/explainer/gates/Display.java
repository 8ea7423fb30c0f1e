package org.explainer.gates;

import java.util.List;

/**
 * A way a reader sees the site: viewport width and colour scheme. The widths are a small phone
 * (390 CSS px) and a laptop (1280 CSS px); the heights only matter for what fits on one screen.
 */
public record Display(int width, int height, ColorScheme scheme) {

    public enum ColorScheme {
        LIGHT, DARK;

        /** The value of the {@code prefers-color-scheme} media feature. */
        public String mediaValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Display PHONE_LIGHT = new Display(390, 844, ColorScheme.LIGHT);
    public static final Display PHONE_DARK = new Display(390, 844, ColorScheme.DARK);
    public static final Display LAPTOP_LIGHT = new Display(1280, 800, ColorScheme.LIGHT);
    public static final Display LAPTOP_DARK = new Display(1280, 800, ColorScheme.DARK);

    /** Every display the gates check: both widths, each in both schemes. */
    public static final List<Display> ALL = List.of(PHONE_LIGHT, PHONE_DARK, LAPTOP_LIGHT, LAPTOP_DARK);

    /** A short name for file names and findings, such as {@code 390-dark}. */
    public String label() {
        return width + "-" + scheme.mediaValue();
    }
}
