package org.explainer.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds glossary names (titles and aliases) in running text, ignoring case, as whole words, longest
 * name first, left to right without overlaps. Names are indexed by their first word, so the cost per
 * text stays the same however large the glossary grows (one alternation of every name did not: at
 * 300 terms it was two thirds of a 1000-page build).
 */
public final class NameFinder {

    /** One name found in a text: {@code text.subSequence(start, end)} names {@code term}. */
    public record Match(int start, int end, Term term) {
    }

    private final Map<String, List<String>> namesByFirstWord = new HashMap<>();
    private final List<String> namesStartingWithASign = new ArrayList<>();
    private final Map<String, Term> termByName;

    /** @param termByName every name, normalised as {@link Glossary#names()} gives them, with its term */
    public NameFinder(Map<String, Term> termByName) {
        this.termByName = termByName;
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
        termByName.keySet().stream().sorted(longestFirst).forEach(name -> {
            String firstWord = name.substring(0, wordEnd(name, 0));
            if (firstWord.isEmpty()) {
                namesStartingWithASign.add(name);
            } else {
                namesByFirstWord.computeIfAbsent(firstWord, word -> new ArrayList<>()).add(name);
            }
        });
    }

    public List<Match> find(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        String chars = text.toString();
        int position = 0;
        while (position < chars.length()) {
            if (position > 0 && isWordChar(chars.charAt(position - 1))) {
                position++;
                continue;
            }
            String name = longestNameAt(chars, position);
            if (name == null) {
                position++;
            } else {
                matches.add(new Match(position, position + name.length(), termByName.get(name)));
                position += name.length();
            }
        }
        return matches;
    }

    private String longestNameAt(String text, int start) {
        String firstWord = text.substring(start, wordEnd(text, start)).toLowerCase(Locale.ROOT);
        List<String> candidates = firstWord.isEmpty() ? namesStartingWithASign : namesByFirstWord.getOrDefault(firstWord, List.of());
        for (String name : candidates) {
            int end = start + name.length();
            if (text.regionMatches(true, start, name, 0, name.length()) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return name;
            }
        }
        return null;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A letter or a number of any script: what {@code [\p{L}\p{N}]} matches. */
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
