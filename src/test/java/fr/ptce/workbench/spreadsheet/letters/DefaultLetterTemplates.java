package fr.ptce.workbench.spreadsheet.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the bundled letter templates ({@code src/main/resources/fr/ptce/workbench/spreadsheet/letters/*.docx}) once;
 * they are then stored as ordinary Word files PESSII edits in Word or LibreOffice. Run again only to start over:
 * {@code java … DefaultLetterTemplates src/main/resources/fr/ptce/workbench/spreadsheet/letters}.
 */
public final class DefaultLetterTemplates {

    static final String OFFICE = "Pôle Économie sociale et solidaire et investissement à impact (PESSII)";
    private static final String FONT = "Arial";

    private DefaultLetterTemplates() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        write(phase1(), folder.resolve("phase1.docx"));
        write(invitation(), folder.resolve("invitation.docx"));
        write(phase2(), folder.resolve("phase2.docx"));
    }

    static XWPFDocument phase2() {
        XWPFDocument d = letterhead("Décision de la phase\u00a02 — dossier n°\u00a0{{dossier}}");
        body(d, "Madame, Monsieur,");
        body(
                d,
                "Lauréat de la phase\u00a01 de l'appel à manifestation d'intérêt «\u00a0PTCE émergents\u00a0» invité"
                        + " à candidater à la phase\u00a02, vous avez déposé sur demarches-simplifiees.fr le dossier"
                        + " additionnel n°\u00a0{{dossier}} (dossier de phase\u00a01"
                        + " n°\u00a0{{dossier_phase1}}) pour le"
                        + " projet «\u00a0{{projet}}\u00a0» porté par {{porteur}}.");
        body(
                d,
                "Après l'instruction de votre dossier par le correspondant régional de l'économie sociale et"
                        + " solidaire de la région {{region}} et par le " + OFFICE + ", la sélection des lauréats de la"
                        + " phase\u00a02 a été arrêtée le {{date_decision}} ({{decideur}}).");
        bold(d, "{{decision}}");
        labelled(d, "Motivation de la décision\u00a0: ", "{{motivation}}");
        body(d, "{{suite}}");
        body(
                d,
                "Nous vous remercions de l'intérêt que vous portez à la dynamique des pôles territoriaux de"
                        + " coopération économique et vous prions d'agréer, Madame, Monsieur, l'expression de"
                        + " nos salutations distinguées.");
        signature(d);
        return d;
    }

    static XWPFDocument phase1() {
        XWPFDocument d = letterhead("Décision de la phase\u00a01 — dossier n°\u00a0{{dossier}}");
        body(d, "Madame, Monsieur,");
        body(
                d,
                "Vous avez déposé sur demarches-simplifiees.fr, dans le cadre de l'appel à manifestation d'intérêt"
                        + " «\u00a0PTCE émergents\u00a0», le dossier n°\u00a0{{dossier}}"
                        + " pour le projet «\u00a0{{projet}}\u00a0»"
                        + " porté par {{porteur}}.");
        body(
                d,
                "Après l'instruction de votre dossier par le correspondant régional de l'économie sociale et"
                        + " solidaire de la région {{region}} et par le " + OFFICE + ", la sélection des lauréats de la"
                        + " phase\u00a01 a été arrêtée le {{date_decision}} ({{decideur}}).");
        bold(d, "{{decision}}");
        labelled(d, "Motivation de la décision\u00a0: ", "{{motivation}}");
        body(d, "{{suite}}");
        body(
                d,
                "Nous vous remercions de l'intérêt que vous portez à la dynamique des pôles territoriaux de"
                        + " coopération économique et vous prions d'agréer, Madame, Monsieur, l'expression de"
                        + " nos salutations"
                        + " distinguées.");
        signature(d);
        return d;
    }

    static XWPFDocument invitation() {
        XWPFDocument d = letterhead("Invitation à candidater à la phase\u00a02 — dossier n°\u00a0{{dossier}}");
        body(d, "Madame, Monsieur,");
        body(
                d,
                "Votre projet «\u00a0{{projet}}\u00a0», porté par {{porteur}} (région {{region}}), a été désigné"
                        + " lauréat de la phase\u00a01 de l'appel à manifestation d'intérêt «\u00a0PTCE"
                        + " émergents\u00a0». Par"
                        + " décision du {{date_decision}} ({{decideur}}), il fait partie des lauréats invités à"
                        + " candidater à"
                        + " la phase\u00a02.");
        body(
                d,
                "Les lauréats de la phase\u00a02 bénéficient d'un financement de l'État d'un montant fixe de"
                        + " {{montant_phase2}}, réparti sur {{annees_phase2}}\u00a0années. Ce financement est"
                        + " prioritairement"
                        + " fléché sur le temps de travail affecté à l'animation des coopérations"
                        + " territoriales\u00a0; les"
                        + " biens amortissables ne sont pas éligibles.");
        bold(
                d,
                "Pour candidater, déposez votre dossier additionnel sur demarches-simplifiees.fr jusqu'au"
                        + " {{date_limite_phase2}}, délai de rigueur.");
        body(d, "La liste des lauréats de la phase\u00a01 invités à candidater à la phase\u00a02 est rendue publique.");
        body(
                d,
                "Nous restons à votre disposition pour toute question et vous prions d'agréer, Madame, Monsieur,"
                        + " l'expression de nos salutations distinguées.");
        signature(d);
        return d;
    }

    private static XWPFDocument letterhead(String subject) {
        XWPFDocument d = new XWPFDocument();
        CTSectPr section = d.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1418));
        margins.setRight(BigInteger.valueOf(1418));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        XWPFParagraph office = paragraph(d, ParagraphAlignment.LEFT, 0);
        run(office, OFFICE, true);
        XWPFParagraph call = paragraph(d, ParagraphAlignment.LEFT, 480);
        run(call, "Appel à manifestation d'intérêt «\u00a0PTCE émergents\u00a0»", false);
        XWPFParagraph place = paragraph(d, ParagraphAlignment.RIGHT, 360);
        run(place, "Paris, le {{date_courrier}}", false);
        for (String line : new String[] {"{{porteur}}", "À l'attention de {{referent}}", "Région {{region}}"}) {
            XWPFParagraph address = paragraph(d, ParagraphAlignment.LEFT, 0);
            address.setIndentationLeft(4820);
            run(address, line, false);
        }
        paragraph(d, ParagraphAlignment.LEFT, 240);
        XWPFParagraph object = paragraph(d, ParagraphAlignment.LEFT, 360);
        run(object, "Objet\u00a0: ", true);
        run(object, subject, false);
        XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph foot = footer.createParagraph();
        foot.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun footRun = foot.createRun();
        footRun.setFontFamily(FONT);
        footRun.setFontSize(8);
        footRun.setText("AMI PTCE émergents — dossier n°\u00a0{{dossier}} — " + OFFICE);
        return d;
    }

    private static void body(XWPFDocument d, String text) {
        run(paragraph(d, ParagraphAlignment.BOTH, 200), text, false);
    }

    private static void bold(XWPFDocument d, String text) {
        run(paragraph(d, ParagraphAlignment.BOTH, 200), text, true);
    }

    private static void labelled(XWPFDocument d, String label, String text) {
        XWPFParagraph p = paragraph(d, ParagraphAlignment.BOTH, 200);
        run(p, label, true);
        run(p, text, false);
    }

    private static void signature(XWPFDocument d) {
        paragraph(d, ParagraphAlignment.LEFT, 240);
        XWPFParagraph p = paragraph(d, ParagraphAlignment.LEFT, 0);
        p.setIndentationLeft(4820);
        run(p, "Le " + OFFICE, false);
    }

    private static XWPFParagraph paragraph(XWPFDocument d, ParagraphAlignment alignment, int after) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(after);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(11);
        run.setBold(bold);
        run.setText(text);
    }

    static void write(XWPFDocument document, Path file) throws IOException {
        try (document;
                OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
    }
}
