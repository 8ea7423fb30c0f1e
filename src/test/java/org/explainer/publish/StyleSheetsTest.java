package org.explainer.publish;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The served style sheet is the edited one without its comments: no rule lost, no comment left. */
class StyleSheetsTest {

    @Test
    void commentsGoAndTheLinesTheyFilledWithThem() {
        assertEquals("a { color: red; }\nb { margin: 0; }\n",
                StyleSheets.withoutComments("/* Tokens,\n   then rules. */\na { color: red; } /* why */\n\n/* note */\nb { margin: 0; }\n"));
    }

    @Test
    void aCommentInAStringIsTextAndOneBetweenWordsLeavesASpace() {
        assertEquals(".x::before { content: \"/* not a comment */\"; }\n",
                StyleSheets.withoutComments(".x::before { content: \"/* not a comment */\"; }\n"));
        assertEquals(".y { margin: 0 auto; }\n", StyleSheets.withoutComments(".y { margin: 0/**/auto; }\n"));
    }

    @Test
    void theSiteStyleSheetKeepsEveryRuleAndLosesEveryComment() throws IOException {
        String css = Files.readString(Path.of("assets/css/site.css"));
        String served = StyleSheets.withoutComments(css);
        assertFalse(served.contains("/*"), "a comment is left");
        assertEquals(count(css.replaceAll("(?s)/\\*.*?\\*/", ""), '{'), count(served, '{'));
        assertEquals(count(css.replaceAll("(?s)/\\*.*?\\*/", ""), ';'), count(served, ';'));
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
