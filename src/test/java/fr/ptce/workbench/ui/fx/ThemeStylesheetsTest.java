package fr.ptce.workbench.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbench's stylesheets are also built as JavaFX binary stylesheets (the build's Css2Bin step), which JavaFX
 * loads instead of the .css of the same name, so that the first window loads no CSS parser (P6): each .bss is
 * there and holds the same rules, selectors and declarations as its .css.
 */
class ThemeStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {Theme.STYLESHEET, Theme.DARK_STYLESHEET})
    void eachStylesheetHasItsBinaryTwinWithTheSameRules(String css) throws Exception {
        URL text = Theme.class.getResource(css);
        URL binary = Theme.class.getResource(css.replace(".css", ".bss"));
        assertNotNull(text, css);
        assertNotNull(binary, css + ": its .bss is built at process-classes (exec-maven-plugin, Css2Bin)");
        Stylesheet parsed = new CssParser().parse(text);
        Stylesheet loaded = Stylesheet.loadBinary(binary);
        String rules = describe(parsed);
        assertTrue(rules.length() > 500, css + " has its rules: " + rules);
        assertEquals(rules, describe(loaded), css);
    }

    private static String describe(Stylesheet sheet) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : sheet.getRules()) {
            out.append(rule.getSelectors()).append(" { ");
            rule.getDeclarations()
                    .forEach(d -> out.append(d.getProperty())
                            .append(": ")
                            .append(d.getParsedValue())
                            .append("; "));
            out.append("}\n");
        }
        return out.toString();
    }
}
