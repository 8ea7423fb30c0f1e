package org.explainer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every method the project declares is used: called from the main sources, or read by a template
 * (Freemarker reads {@code getTitle()} as {@code title}). Methods that a library calls, because they
 * override or implement one of its methods, are used by definition; so are a record's accessors.
 * A method only tests call is dead code too: the site never runs it.
 */
class NoDeadCodeTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("templates");
    /** Words that may stand before a call, so that "return size(" is a call and "int size(" a declaration. */
    private static final Set<String> BEFORE_A_CALL = Set.of("return", "new", "throw", "else", "case", "yield", "assert");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\w>\\]]+)\\s+$");
    /** {@code ::name} (group 1), or {@code name(} (group 2, with group 1 empty). */
    private static final Pattern CALL_OR_REFERENCE = Pattern.compile("::([\\w$]+)|(?<![\\w$])([\\w$]+)\\s*\\(");
    private static final Pattern PROPERTY = Pattern.compile("\\.([\\w$]+)");

    @Test
    void everyDeclaredMethodIsUsed() throws Exception {
        String java = text(MAIN_SOURCES, ".java");
        Map<String, List<Integer>> calls = callsByName(java);
        Set<String> read = readByTemplates(text(TEMPLATES, ".ftl"));
        List<String> unused = new ArrayList<>();
        for (Class<?> type : projectClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (needsAUse(type, method) && !calledIn(java, calls, method.getName()) && !readIn(read, method.getName())) {
                    unused.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unused.stream().sorted().distinct().toList(),
                "methods that nothing in src/main/java or templates/ uses; delete them");
    }

    private static boolean needsAUse(Class<?> type, Method method) {
        if (method.isSynthetic() || method.isBridge() || method.getName().equals("main")) {
            return false;
        }
        if (type.isEnum() && Set.of("values", "valueOf").contains(method.getName())) {
            return false;
        }
        if (type.isRecord() && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .anyMatch(method.getName()::equals)) {
            return false;
        }
        return Modifier.isStatic(method.getModifiers()) || !overridesAnother(type, method);
    }

    private static boolean overridesAnother(Class<?> type, Method method) {
        List<Class<?>> supertypes = new ArrayList<>(Arrays.asList(type.getInterfaces()));
        if (type.getSuperclass() != null) {
            supertypes.add(type.getSuperclass());
        }
        for (Class<?> supertype : supertypes) {
            for (Class<?> c = supertype; c != null; c = c.getSuperclass()) {
                try {
                    c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                    return true;
                } catch (NoSuchMethodException e) {
                    // not declared here; look further up
                }
            }
            if (overridesAnother(supertype, method)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each name is followed by an opening parenthesis, and each {@code ::name}, found in one pass over
     * the sources rather than once per method.
     */
    private static Map<String, List<Integer>> callsByName(String java) {
        Map<String, List<Integer>> calls = new HashMap<>();
        Matcher name = CALL_OR_REFERENCE.matcher(java);
        while (name.find()) {
            String reference = name.group(1);
            calls.computeIfAbsent(reference != null ? "::" + reference : name.group(2), key -> new ArrayList<>()).add(name.start(2));
        }
        return calls;
    }

    /** A call {@code name(}, a method reference {@code ::name}; not the declaration {@code Type name(}. */
    private static boolean calledIn(String java, Map<String, List<Integer>> calls, String name) {
        if (calls.containsKey("::" + name)) {
            return true;
        }
        for (int start : calls.getOrDefault(name, List.of())) {
            int lineStart = java.lastIndexOf('\n', start) + 1;
            String before = java.substring(lineStart, start);
            Matcher word = WORD_BEFORE.matcher(before);
            String code = before.strip();
            boolean declaration = !before.endsWith(".") && !code.endsWith("->") && word.find()
                    && !BEFORE_A_CALL.contains(word.group(1)) && !code.startsWith("//") && !code.startsWith("*");
            if (!declaration) {
                return true;
            }
        }
        return false;
    }

    /** Every name a template reads after a dot: {@code page.termGroups}, {@code page.isDraft()}. */
    private static Set<String> readByTemplates(String templates) {
        Set<String> read = new HashSet<>();
        Matcher property = PROPERTY.matcher(templates);
        while (property.find()) {
            read.add(property.group(1));
        }
        return read;
    }

    /** A template reads {@code getTermGroups()} as {@code termGroups}, {@code isDraft()} as {@code draft}. */
    private static boolean readIn(Set<String> read, String name) {
        String property = name.replaceFirst("^(get|is)(?=[A-Z])", "");
        property = property.isEmpty() ? name : Character.toLowerCase(property.charAt(0)) + property.substring(1);
        return read.contains(name) || read.contains(property);
    }

    private static List<Class<?>> projectClasses() throws URISyntaxException, IOException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                try {
                    types.add(Class.forName(name, false, NoDeadCodeTest.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("a compiled class that cannot be loaded: " + name, e);
                }
            }
        }
        return types;
    }

    private static String text(Path folder, String extension) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
