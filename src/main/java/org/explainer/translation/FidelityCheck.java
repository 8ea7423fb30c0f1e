package org.explainer.translation;

import org.explainer.base.Problem;
import org.explainer.content.HeaderField;
import org.explainer.translation.IntendedDifferences.Difference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that a translation loses nothing of its original, part by part: the header, the introduction,
 * each {@code ##} section in order and each footnote's note cite the same footnotes, link the same terms
 * and write the same numbers. A difference the translator means (an added source in the speaker's own
 * language, say) is declared in the header's {@code differences=}, where a reviewer sees it; a declared
 * difference that is not there is reported too, so the list cannot go stale.
 */
public final class FidelityCheck {

    /** The header field for intended differences. */
    public static final String FIELD = IntendedDifferences.FIELD;

    private final String originalFile;
    private final String translationFile;
    private final List<Problem> problems = new ArrayList<>();

    private FidelityCheck(String originalFile, String translationFile) {
        this.originalFile = originalFile;
        this.translationFile = translationFile;
    }

    /**
     * Compares a translation's parts with its original's.
     *
     * @param differences the translation's {@code differences=} field, if it has one
     * @return each loss, addition or stale declared difference, at the translation's line
     */
    public static List<Problem> compare(String originalFile, List<PagePart> original, String translationFile,
                                        List<PagePart> translation, Optional<HeaderField> differences) {
        FidelityCheck check = new FidelityCheck(originalFile, translationFile);
        List<Difference> declared = differences.map(field -> IntendedDifferences.read(field, translationFile, check.problems))
                .orElse(List.of());
        check.compare(original, translation, declared);
        return check.problems;
    }

    private void compare(List<PagePart> original, List<PagePart> translation, List<Difference> declared) {
        List<Difference> unused = new ArrayList<>(declared);
        List<PagePart> originalSections = sections(original);
        List<PagePart> translatedSections = sections(translation);
        List<PagePart[]> pairs = new ArrayList<>();
        pairs.add(new PagePart[] {only(original, PagePart.Kind.HEADER), only(translation, PagePart.Kind.HEADER)});
        pairs.add(new PagePart[] {only(original, PagePart.Kind.INTRODUCTION), only(translation, PagePart.Kind.INTRODUCTION)});
        if (originalSections.size() == translatedSections.size()) {
            for (int index = 0; index < originalSections.size(); index++) {
                pairs.add(new PagePart[] {originalSections.get(index), translatedSections.get(index)});
            }
        } else {
            problems.add(Problem.at(translationFile, translatedSections.isEmpty() ? 1 : translatedSections.get(0).line(),
                    "this translation has " + translatedSections.size() + " sections under ## headings and " + originalFile
                            + " has " + originalSections.size() + " (" + headings(originalSections)
                            + "); a translation keeps every section of its original, in order, so that each can be checked against it"));
        }
        Map<String, PagePart> translatedNotes = notes(translation);
        notes(original).forEach((label, note) -> {
            PagePart translated = translatedNotes.get(label);
            // A note the translation lacks is its citing section's loss, reported there.
            if (translated != null) {
                pairs.add(new PagePart[] {note, translated});
            }
        });
        for (PagePart[] pair : pairs) {
            if (pair[0] != null || pair[1] != null) {
                compare(pair[0], pair[1], declared, unused);
            }
        }
        Set<String> names = original.stream().map(PagePart::name).collect(Collectors.toSet());
        for (Difference difference : unused) {
            problems.add(Problem.at(translationFile, difference.line(), names.contains(difference.part())
                    ? "the difference '" + describe(difference) + "' is not there: compared with "
                    + partNamed(original, difference.part()).describe() + " of " + originalFile + ", this translation "
                    + (difference.adds() ? "does not add " : "does not drop ") + difference.item() + "; remove it from " + FIELD + "="
                    : "the difference '" + describe(difference) + "' names no part of " + originalFile + ": write its heading as"
                    + " the original writes it, in double quotes, or introduction, header or a note's [^label]"));
        }
    }

    private void compare(PagePart original, PagePart translated, List<Difference> declared, List<Difference> unused) {
        PagePart named = original != null ? original : translated;
        List<Difference> here = declared.stream()
                .filter(difference -> original != null && difference.part().equals(original.name())).toList();
        List<String> lost = new ArrayList<>();
        List<String> added = new ArrayList<>();
        compareItems(items(original, part -> part.notes().stream().map(label -> "[^" + label + "]").toList()),
                items(translated, part -> part.notes().stream().map(label -> "[^" + label + "]").toList()),
                Item.FOOTNOTE, here, unused, lost, added);
        compareItems(items(original, part -> part.terms().stream().map(key -> "term:" + key).toList()),
                items(translated, part -> part.terms().stream().map(key -> "term:" + key).toList()),
                Item.TERM, here, unused, lost, added);
        compareItems(items(original, PagePart::numbers), items(translated, PagePart::numbers), Item.NUMBER, here, unused, lost, added);
        if (lost.isEmpty() && added.isEmpty()) {
            return;
        }
        String where = translated != null ? "" : " (this translation has no " + named.describe().replaceFirst("^the ", "") + ")";
        StringBuilder message = new StringBuilder("compared with ").append(named.describe()).append(" of ")
                .append(originalFile).append(original != null ? ":" + original.line() : "").append(where).append(", this part");
        if (!lost.isEmpty()) {
            message.append(" lacks ").append(String.join(", ", lost));
        }
        if (!added.isEmpty()) {
            message.append(lost.isEmpty() ? "" : " and").append(" adds ").append(String.join(", ", added));
        }
        String part = original == null ? "introduction" : partName(original);
        String example = !lost.isEmpty() ? part + " drops " + lost.get(0).replaceAll(" \\(.*", "")
                : part + " adds " + added.get(0).replaceAll(" \\(.*", "");
        message.append("; a translation keeps every source, term and number of its original (numbers in digits where the"
                + " original writes digits). If the difference is meant, declare it in the header: " + FIELD + "=" + example + " (why)");
        problems.add(Problem.at(translationFile, translated != null ? translated.line() : 1, message.toString()));
    }

    /** Counts each item of one kind, expected from the original and its declared differences, against the translation's. */
    private static void compareItems(Map<String, Integer> original, Map<String, Integer> translated, Item kind,
                                     List<Difference> here, List<Difference> unused, List<String> lost, List<String> added) {
        // Footnotes and terms are compared as sets (citing a source twice is no loss), numbers as counts.
        boolean asSet = kind != Item.NUMBER;
        Map<String, Integer> expected = new TreeMap<>(original);
        for (Difference difference : here) {
            String item = plain(difference.item());
            if (Item.of(item) != kind) {
                continue;
            }
            int before = expected.getOrDefault(item, 0);
            int there = translated.getOrDefault(item, 0);
            // Declared and done: the translation has more of it than expected, or fewer.
            boolean real = difference.adds() ? there > before && !(asSet && before > 0) : before > 0 && there < before;
            if (real) {
                unused.remove(difference);
                expected.merge(item, difference.adds() ? 1 : -1, Integer::sum);
            }
        }
        Set<String> all = new LinkedHashSet<>(expected.keySet());
        all.addAll(translated.keySet());
        for (String item : all) {
            int want = asSet ? Math.min(1, expected.getOrDefault(item, 0)) : expected.getOrDefault(item, 0);
            int have = asSet ? Math.min(1, translated.getOrDefault(item, 0)) : translated.getOrDefault(item, 0);
            if (want > have) {
                lost.add(item + times(want - have));
            } else if (have > want) {
                added.add(item + times(have - want));
            }
        }
    }

    /** What a part holds that is compared: a difference counts only against items of its kind. */
    private enum Item {
        FOOTNOTE, TERM, NUMBER;

        static Item of(String item) {
            return item.startsWith("[^") ? FOOTNOTE : item.startsWith("term:") ? TERM : NUMBER;
        }
    }

    private static String plain(String item) {
        return Item.of(item) == Item.NUMBER ? new BigDecimal(item).stripTrailingZeros().toPlainString() : item;
    }

    private static String times(int count) {
        return count == 1 ? "" : " (" + count + " times)";
    }

    private static Map<String, Integer> items(PagePart part, Function<PagePart, Collection<String>> of) {
        Map<String, Integer> counts = new TreeMap<>();
        if (part != null) {
            of.apply(part).forEach(item -> counts.merge(item, 1, Integer::sum));
        }
        return counts;
    }

    private static String describe(Difference difference) {
        return partName(difference.part()) + (difference.adds() ? " adds " : " drops ") + difference.item();
    }

    private static String partName(PagePart part) {
        return part.kind() == PagePart.Kind.SECTION ? "\"" + part.name() + "\"" : part.name();
    }

    private static String partName(String name) {
        return name.equals("header") || name.equals("introduction") || name.startsWith("[^") ? name : "\"" + name + "\"";
    }

    private static PagePart partNamed(List<PagePart> parts, String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst().orElseThrow();
    }

    private static PagePart only(List<PagePart> parts, PagePart.Kind kind) {
        return parts.stream().filter(part -> part.kind() == kind).findFirst().orElse(null);
    }

    private static List<PagePart> sections(List<PagePart> parts) {
        return parts.stream().filter(part -> part.kind() == PagePart.Kind.SECTION).toList();
    }

    private static Map<String, PagePart> notes(List<PagePart> parts) {
        Map<String, PagePart> notes = new LinkedHashMap<>();
        parts.stream().filter(part -> part.kind() == PagePart.Kind.NOTE).forEach(part -> notes.put(part.name(), part));
        return notes;
    }

    private static String headings(List<PagePart> sections) {
        return sections.isEmpty() ? "no ## heading" : sections.stream().map(section -> "“" + section.name() + "”").collect(Collectors.joining(", "));
    }
}
