package org.explainer.history;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The word comparison as readers read it: each change in brackets, [-removed-] and [+added+], in one changed paragraph. */
class WordDiffTest {

    private static String compared(String before, String after) {
        List<DiffBlock> blocks = WordDiff.compare(List.of(before), List.of(after));
        return blocks.get(0).getPieces().stream().map(piece -> switch (piece.kind()) {
            case KEPT -> piece.getText();
            case DELETED -> "[-" + piece.getText() + "-]";
            case INSERTED -> "[+" + piece.getText() + "+]";
        }).collect(Collectors.joining());
    }

    @Test
    void aWordAddedBeforeAFullStopIsAnInsertion() {
        assertEquals("It sails every two hours[+ in summer+].", compared("It sails every two hours.", "It sails every two hours in summer."));
    }

    @Test
    void aChangedAddressIsReplacedWholeAndTheFullStopAfterItIsNotPartOfIt() {
        assertEquals("Read at [-https://airwars.org/research/index-][+https://airwars.org/research?country=syria+].",
                compared("Read at https://airwars.org/research/index.", "Read at https://airwars.org/research?country=syria."));
    }

    @Test
    void aWordWithAnApostropheOrAHyphenIsOneWord() {
        assertEquals("the [-team’s-][+Airwars+] page", compared("the team’s page", "the Airwars page"));
        assertEquals("minister [-al-Shaibani-][+al-Sheibani+] said", compared("minister al-Shaibani said", "minister al-Sheibani said"));
    }

    @Test
    void editsWithOnlyAMarkOfPunctuationBetweenThemReadAsOne() {
        assertEquals("from [-ten, twelve-][+eleven, thirteen+] ports", compared("from ten, twelve ports", "from eleven, thirteen ports"));
        assertEquals("[-ten-][+eleven+] ports and [-two-][+three+] bases", compared("ten ports and two bases", "eleven ports and three bases"));
    }
}
