package org.explainer.gates;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks HTML files with the Nu Html Checker (the engine behind validator.w3.org/nu), in-process:
 * its schemas ship inside the library, so nothing goes over the network. Errors count; warnings and
 * information messages do not, as on the checker's own site.
 */
public final class HtmlValidityChecker {

    // The schema the checker's command line uses for .html files: HTML plus SVG, MathML and ARIA.
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlValidityChecker() {
        // Language detection only ever warns, and is the slowest part of a check.
        validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker", e);
        }
    }

    /** Every error in every HTML page under {@code folder}, named by file and line. */
    public List<Finding> check(Path folder) {
        List<Finding> findings = new ArrayList<>();
        for (Path page : SiteFiles.htmlPages(folder)) {
            collector.start(SiteFiles.name(folder, page), findings);
            try {
                validator.checkHtmlFile(page.toFile(), true);
            } catch (Exception e) {
                findings.add(Finding.at(SiteFiles.name(folder, page), "the checker could not read the page: " + e.getMessage()));
            }
        }
        return findings;
    }

    /** Turns the checker's SAX errors into findings for the page being checked. */
    private static final class Collector implements ErrorHandler {

        private String page = "(schema)";
        private List<Finding> findings = new ArrayList<>();

        void start(String page, List<Finding> findings) {
            this.page = page;
            this.findings = findings;
        }

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            findings.add(new Finding(page, Math.max(exception.getLineNumber(), 0), exception.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
