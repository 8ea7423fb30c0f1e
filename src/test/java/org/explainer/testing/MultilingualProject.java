package org.explainer.testing;

import org.explainer.translation.BlobIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test site in English at the root, with an Arabic and a Russian edition: pages translated into both,
 * into one, and none; a glossary entry translated into each, and one into neither; the interface text of
 * each ({@link InterfaceTextFixture}). What the tests of the editions build.
 */
public final class MultilingualProject {

    private MultilingualProject() {
    }

    public static TestProject create(Path dir) {
        TestProject project = TestProject.create(dir);
        // The about page, with the terms its translations link, as a faithful translation must.
        project.page("about.md", "page", "About", "", "## How we work\n\nCarefully, on [Khmeimim](term:khmeimim) and [Tartus](term:tartus).\n");
        declare(project, "language.ar=العربية | rtl | ar-SY\nlanguage.ru=Русский | ltr | ru\n");
        project.write("text/ar.properties", InterfaceTextFixture.of("ar", "ar-SY") + categories("ar"));
        project.write("text/ru.properties", InterfaceTextFixture.of("ru", "ru") + categories("ru"));
        project.term("khmeimim", "Khmeimim", "aliases=Hmeimim\noriginal=ar:حميميم | ru:Хмеймим\n");
        project.term("tartus", "Tartus", "");
        project.page("explainers/bases.md", "explainer", "The bases", "", "The [base](term:khmeimim) and [port](term:tartus).");
        project.page("explainers/talks.md", "explainer", "The talks", "", "Talks in [Moscow](../about.md).");
        project.page("ar/index.md", "page", "الرئيسية", "layout=home\n", "أهلا.");
        project.page("ar/search.md", "page", "بحث", "layout=search\n", "ابحث في الموقع.");
        project.page("ar/glossary/khmeimim.md", "term", "قاعدة حميميم", "category=place\naliases=حميميم\n", "");
        project.page("ar/explainers/talks.md", "explainer", "المحادثات", "", "محادثات قديمة في [موسكو](../about.md).");
        project.page("ar/about.md", "page", "عن الموقع", "translates=" + versionOf(project, "content/about.md") + "\n",
                "## طريقتنا\n\nعن [حميميم](term:khmeimim) و[طرطوس](term:tartus)، انظر [القواعد](explainers/bases.md)"
                        + " و[المحادثات](../explainers/talks.md).\n");
        project.page("ar/404.md", "page", "الصفحة غير موجودة", "layout=not-found\n", "جرّب هذه الروابط.");
        project.page("ru/search.md", "page", "Поиск", "layout=search\n", "Поиск по сайту.");
        project.page("ru/glossary/khmeimim.md", "term", "Хмеймим", "category=place\naliases=авиабаза Хмеймим\n", "");
        project.page("ru/about.md", "page", "О сайте", "", "## Как мы работаем\n\nВсё о [базе](term:khmeimim) и [порте](term:tartus).\n");
        return project;
    }

    /** The version of a file a translation records, as the translated command writes it. */
    private static String versionOf(TestProject project, String path) {
        try {
            return BlobIds.recorded(Files.readAllBytes(project.dir().resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the lines declaring languages to the project's settings. */
    public static void declare(TestProject project, String languages) {
        try {
            project.write("jbake.properties", Files.readString(project.dir().resolve("jbake.properties")) + languages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the test site's categories in the language {@code code}, marked with it. */
    public static String categories(String code) {
        return "category.diplomacy=[" + code + "] diplomacy\ncategory.planning=[" + code + "] planning\n"
                + "category.place=[" + code + "] place\ncategory.person=[" + code + "] person\n";
    }
}
