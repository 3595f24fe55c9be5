package fr.ptce.workbench.application.samples;

import fr.ptce.workbench.domain.dossier.Section;
import java.util.List;
import java.util.Random;

/**
 * Builds the free text of a section from the sentence bank, at a length spread around the section's limit:
 * about one section in ten is over it, and lengths keep clear of the limit by more than 12 characters.
 */
final class SectionTexts {

    /** Starts DS users type and spreadsheets take for formulas or mentions. */
    private static final List<String> ODD_STARTS =
            List.of("=> Objectif prioritaire : ", "+ de 20 structures ", "@Collectif local : ", "- ");

    private static final int MARGIN = 20;

    private SectionTexts() {}

    /** A text for the section, "" when an optional (or, rarely, a required) section is left empty. */
    static String build(Random random, Section section, boolean leaveEmpty) {
        if (leaveEmpty) {
            return "";
        }
        int limit = section.defaultLimit();
        boolean over = random.nextDouble() < 0.10;
        int target = over
                ? limit + MARGIN + random.nextInt(limit * 2 / 5)
                : limit / 5 + random.nextInt(limit * 3 / 4 - MARGIN);
        StringBuilder text = new StringBuilder();
        double odd = random.nextDouble();
        if (odd < 0.04) {
            text.append(ODD_STARTS.get(random.nextInt(ODD_STARTS.size())));
        }
        List<String> own = SampleResources.sentences(section.name());
        List<String> any = SampleResources.sentences("any");
        int inParagraph = 0;
        int paragraphSize = 2 + random.nextInt(3);
        boolean bullets = false;
        while (true) {
            String sentence = random.nextDouble() < 0.6 ? pick(random, own) : pick(random, any);
            String separator = "";
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                if (inParagraph >= paragraphSize) {
                    separator = "\n\n";
                    inParagraph = 0;
                    paragraphSize = 2 + random.nextInt(3);
                    bullets = random.nextDouble() < 0.2;
                } else {
                    separator = bullets ? "\n" : " ";
                }
            }
            String piece = separator + (bullets ? "- " : "") + sentence;
            if (!over && length(text) + length(piece) > target) {
                break;
            }
            text.append(piece);
            inParagraph++;
            if (over && length(text) >= target) {
                break;
            }
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> sentences) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }
}
