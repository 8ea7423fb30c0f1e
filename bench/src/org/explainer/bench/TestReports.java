package org.explainer.bench;

import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The time each test class took, from the XML reports surefire and failsafe write
 * ({@code target/failsafe-reports/TEST-*.xml}): a quality gate is one {@code *IT} class, and its
 * report's {@code testsuite} time covers its set-up too (starting the browser, serving the site).
 */
final class TestReports {

    /** One test class: its seconds, and how many of its tests failed or broke (0 for a gate that passed). */
    record ClassTime(String name, double seconds, int tests, int failed, int skipped) {
    }

    private TestReports() {
    }

    /** Every class reported in {@code folder}, by simple name, in name order; empty if the folder is missing. */
    static Map<String, ClassTime> read(Path folder) throws IOException {
        Map<String, ClassTime> times = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return times;
        }
        List<Path> reports;
        try (Stream<Path> files = Files.list(folder)) {
            reports = files.filter(file -> file.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
        for (Path report : reports) {
            ClassTime time = classTime(report);
            times.put(time.name(), time);
        }
        return times;
    }

    private static ClassTime classTime(Path report) throws IOException {
        try {
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
            String name = suite.getAttribute("name");
            return new ClassTime(name.substring(name.lastIndexOf('.') + 1), number(suite, "time"),
                    (int) number(suite, "tests"), (int) (number(suite, "failures") + number(suite, "errors")),
                    (int) number(suite, "skipped"));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read the test report " + report, e);
        }
    }

    // Surefire writes times over a thousand seconds with a grouping comma ("1,234.5").
    private static double number(Element suite, String attribute) {
        String value = suite.getAttribute(attribute).replace(",", "");
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }
}
