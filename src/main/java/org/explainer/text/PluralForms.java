package org.explainer.text;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether each plural in a message has exactly the forms its language has. ICU falls back to
 * {@code other} for a form a message lacks, so a Russian message without {@code few} would say
 * "2 минут" and nobody would notice; a form the language lacks (English {@code few}) is never used.
 */
final class PluralForms {

    private PluralForms() {
    }

    /** What is wrong with the message's plurals in {@code locale}'s language, or empty. */
    static Optional<String> check(Message message, ULocale locale) {
        MessagePattern pattern = message.parsed();
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            Part part = pattern.getPart(i);
            if (part.getType() != Part.Type.ARG_START) {
                continue;
            }
            PluralRules.PluralType type = part.getArgType() == ArgType.PLURAL ? PluralRules.PluralType.CARDINAL
                    : part.getArgType() == ArgType.SELECTORDINAL ? PluralRules.PluralType.ORDINAL : null;
            if (type == null) {
                continue;
            }
            String argument = pattern.getSubstring(pattern.getPart(i + 1));
            Set<String> forms = new TreeSet<>(PluralRules.forLocale(locale, type).getKeywords());
            Set<String> written = selectors(pattern, i);
            Set<String> missing = new LinkedHashSet<>(forms);
            missing.removeAll(written);
            Set<String> extra = new LinkedHashSet<>(written);
            extra.removeAll(forms);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                mistakes.add("the plural of {" + argument + "} has the forms " + written + ", but the language '"
                        + locale.getLanguage() + "' (" + locale.toLanguageTag() + ") has " + forms
                        + (missing.isEmpty() ? "" : "; add " + missing) + (extra.isEmpty() ? "" : "; remove " + extra));
            }
        }
        return mistakes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", mistakes));
    }

    /** The keywords the plural starting at part {@code start} writes; exact values ({@code =0}) are extra to them. */
    private static Set<String> selectors(MessagePattern pattern, int start) {
        Set<String> selectors = new LinkedHashSet<>();
        int limit = pattern.getLimitPartIndex(start);
        for (int i = start + 1; i < limit; i++) {
            Part part = pattern.getPart(i);
            if (part.getType() == Part.Type.ARG_SELECTOR && !pattern.getSubstring(part).startsWith("=")) {
                selectors.add(pattern.getSubstring(part));
            } else if (part.getType() == Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i);
            }
        }
        return selectors;
    }
}
