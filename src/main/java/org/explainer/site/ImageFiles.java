package org.explainer.site;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import org.explainer.base.ProblemCollector;
import org.explainer.check.LinkRules;
import org.explainer.check.Reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every image a page shows, checked where the writer wrote it: it must be a file of the assets folder, which is
 * published at the site's root, loaded by a relative address, by the rules the check of the baked pages applies.
 * That check would find the same mistakes, but name the HTML file instead of the writer's.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static void check(List<Page> pages, LinkRules rules, Path assetsDir, Path projectDir, ProblemCollector problems) {
        for (Page page : pages) {
            NodeVisitor visitor = new NodeVisitor(new VisitHandler<>(Image.class, image -> {
                String address = image.getUrl().toString().strip();
                Reference reference = new Reference(address, Reference.Use.LOADED, "the image", 0);
                LinkRules.Verdict verdict = rules.judge(reference, rules.addressOf(page.getUri()));
                String problem = null;
                if (verdict instanceof LinkRules.Wrong wrong) {
                    problem = wrong.message();
                } else if (verdict instanceof LinkRules.InSite inSite && !Files.isRegularFile(assetsDir.resolve(inSite.path()))) {
                    problem = LinkRules.described(reference) + " is not a file of the site; put the file at "
                            + written(projectDir, assetsDir.resolve(inSite.path()))
                            + " (the assets folder is published at the site's root), or correct the address";
                }
                if (problem != null) {
                    problems.add(MarkdownMistakes.at(page.source(), image, problem));
                }
            }));
            visitor.visit(page.document());
        }
    }

    private static String written(Path projectDir, Path file) {
        return projectDir.relativize(file).toString().replace('\\', '/');
    }
}
