package org.explainer.testing;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.explainer.base.PropertiesFile;

import java.util.ArrayList;
import java.util.List;

/**
 * The interface text of a test language: every message of the machinery's English file, marked with the
 * language's code ({@code [ar] Languages}) so a test can tell which language's words a page was rendered
 * with, and each plural given exactly that language's forms (each form says what English says for "other").
 * Made from the machinery's file, so a test site's language has every key a new template brings.
 */
public final class InterfaceTextFixture {

    private InterfaceTextFixture() {
    }

    /** The text of {@code properties} lines for the language {@code code} with the locale {@code tag}. */
    public static String of(String code, String tag) {
        PropertiesFile english = PropertiesFile.read(TestProject.REAL.resolve("templates/text/en.properties"));
        List<String> forms = List.copyOf(PluralRules.forLocale(ULocale.forLanguageTag(tag)).getKeywords());
        StringBuilder out = new StringBuilder();
        for (String key : english.keys()) {
            String value = "[" + code + "] " + withForms(english.value(key), forms);
            out.append(key).append('=').append(value.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        }
        return out.toString();
    }

    /** The message with each plural's keyword forms replaced by {@code forms}, explicit ones ({@code =0}) kept. */
    private static String withForms(String message, List<String> forms) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int plural;
        while ((plural = message.indexOf(", plural,", at)) >= 0) {
            int start = plural + ", plural,".length();
            out.append(message, at, start);
            List<String[]> cases = new ArrayList<>();
            int index = start;
            while (true) {
                while (Character.isWhitespace(message.charAt(index))) {
                    index++;
                }
                if (message.charAt(index) == '}') {
                    break;
                }
                int open = message.indexOf('{', index);
                String selector = message.substring(index, open).strip();
                int close = matching(message, open);
                cases.add(new String[]{selector, message.substring(open, close + 1)});
                index = close + 1;
            }
            String other = cases.stream().filter(c -> c[0].equals("other")).findFirst().orElseThrow()[1];
            cases.stream().filter(c -> c[0].startsWith("=")).forEach(c -> out.append(' ').append(c[0]).append(' ').append(c[1]));
            forms.forEach(form -> out.append(' ').append(form).append(' ').append(other));
            at = index;
        }
        return out.append(message.substring(at)).toString();
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int index = open; index < text.length(); index++) {
            if (text.charAt(index) == '{') {
                depth++;
            } else if (text.charAt(index) == '}' && --depth == 0) {
                return index;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in " + text);
    }
}
