package org.explainer.history;

import org.explainer.testing.TestProject;
import org.explainer.testing.TestRepository;

/**
 * The history the page-history tests start from: a page created, edited, corrected and moved, and a draft
 * published later, each commit on a day of its own.
 */
final class StandardHistory {

    private StandardHistory() {
    }

    static String explainer(String status, String body) {
        return explainer("Ferry fares", status, body);
    }

    static String explainer(String title, String status, String body) {
        return "title=" + title + "\ntype=explainer\nsummary=What the ferry costs.\ndate=2025-08-01\nreviewed=2025-08-02\nstatus="
                + status + "\ntags=test\n~~~~~~\n\n" + body + "\n";
    }

    /** The site as first committed, then edited, corrected and moved, and a draft published later. */
    static TestRepository commit(TestProject project) {
        project.write("content/explainers/fares.md", explainer("published",
                "The ferry costs ten pounds.\n\nIt sails every hour.\n\nIt stops in winter."));
        project.write("content/explainers/later.md", explainer("Later", "draft", "A first draft."));
        TestRepository repository = TestRepository.init(project);
        repository.commit("2025-08-01", "Add the site");
        project.write("content/explainers/later.md", explainer("Later", "draft", "A second draft."));
        repository.commit("2025-08-02", "Redraft the later page");
        project.write("content/explainers/fares.md", explainer("published",
                "The ferry costs ten pounds.\n\nIt sails every two hours.\n\nIt stops in winter."));
        repository.commit("2025-08-03", "Say how often the ferry sails\n\nThe timetable changed.");
        project.write("content/explainers/fares.md", explainer("published",
                "The ferry costs twelve pounds.\n\nIt sails every two hours.\n\nIt stops in winter."));
        repository.commit("2025-08-04", "Fix the fare\n\nCorrection: the fare is twelve pounds, not ten.");
        project.move("content/explainers/fares.md", "content/explainers/ferry-fares.md");
        repository.commit("2025-08-05", "Rename the fares page");
        project.write("content/explainers/later.md", explainer("Later", "published", "The finished page."));
        repository.commit("2025-08-06", "Publish the later page");
        return repository;
    }
}
