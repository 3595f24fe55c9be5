package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.domain.review.Governance;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The drop-downs of a kit's {@code Notation} sheet: the grid's scale on each criterion, oui / en perspective / non
 * on the governance, Oui/Non on conflicts.
 */
final class KitValidations {

    private KitValidations() {}

    static void add(XSSFSheet sheet, KitColumns columns, Scale scale, int rows) {
        if (rows == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<KitColumns.Column> list = columns.columns();
        for (int c = 0; c < list.size(); c++) {
            KitColumns.Column column = list.get(c);
            CellRangeAddressList range = new CellRangeAddressList(1, rows, c, c);
            if (column.kind() == KitColumns.Kind.SCORE) {
                DataValidation v = helper.createValidation(scoreConstraint(helper, scale), range);
                v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                v.createErrorBox(
                        "Note hors échelle", "Choisissez une note de la liste\u00a0: " + scale.describe() + ".");
                v.createPromptBox(
                        "Note " + column.code(),
                        "De " + plain(scale.min()) + " à " + plain(scale.max()) + " (voir la feuille Consignes).");
                v.setShowErrorBox(true);
                v.setShowPromptBox(true);
                v.setSuppressDropDownArrow(true);
                sheet.addValidationData(v);
            } else if (column.kind() == KitColumns.Kind.GOVERNANCE) {
                String[] answers = Arrays.stream(Governance.values())
                        .map(Governance::label)
                        .toArray(String[]::new);
                DataValidation v = helper.createValidation(helper.createExplicitListConstraint(answers), range);
                v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                v.createErrorBox("Gouvernance démocratique", "Choisissez oui, en perspective ou non.");
                v.createPromptBox(
                        "Gouvernance démocratique",
                        "Au sens de l'ESS : participation active des"
                                + " parties prenantes aux objectifs et aux programmes d'actions du pôle.");
                v.setShowErrorBox(true);
                v.setShowPromptBox(true);
                v.setSuppressDropDownArrow(true);
                sheet.addValidationData(v);
            } else if (column.kind() == KitColumns.Kind.CONFLICT) {
                DataValidation v = helper.createValidation(
                        helper.createExplicitListConstraint(new String[] {KitFormat.YES, KitFormat.NO}), range);
                v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                v.createErrorBox("Conflit d'intérêts", "Choisissez Oui ou Non.");
                v.setShowErrorBox(true);
                v.setSuppressDropDownArrow(true);
                sheet.addValidationData(v);
            }
        }
    }

    /** A list of the scale's values when they are whole points, else a decimal between min and max. */
    private static DataValidationConstraint scoreConstraint(DataValidationHelper helper, Scale scale) {
        List<BigDecimal> values = scale.values();
        if (values.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0)) {
            return helper.createExplicitListConstraint(
                    values.stream().map(KitValidations::plain).toArray(String[]::new));
        }
        return helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, plain(scale.min()), plain(scale.max()));
    }

    private static String plain(BigDecimal value) {
        BigDecimal n = value.stripTrailingZeros();
        return n.signum() == 0 ? "0" : n.toPlainString();
    }
}
