package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.domain.search.SearchQuery;
import fr.ptce.workbench.domain.search.SearchText;
import fr.ptce.workbench.ui.fx.Nodes;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A reader text with the words the search box matches highlighted; plain wrapped text when none matches. */
final class SearchHighlight {

    private SearchHighlight() {}

    static Node text(String body, SearchQuery query) {
        List<int[]> hits = new ArrayList<>();
        if (!query.isEmpty()) {
            SearchText.forEachWord(body, (start, end, word) -> {
                if (query.highlights(word)) {
                    hits.add(new int[] {start, end});
                }
            });
        }
        if (hits.isEmpty()) {
            return Nodes.text(body);
        }
        TextFlow flow = new TextFlow();
        int at = 0;
        for (int[] hit : hits) {
            if (hit[0] > at) {
                flow.getChildren().add(new Text(body.substring(at, hit[0])));
            }
            Text word = new Text(body.substring(hit[0], hit[1]));
            word.getStyleClass().add("search-hit");
            flow.getChildren().add(word);
            at = hit[1];
        }
        if (at < body.length()) {
            flow.getChildren().add(new Text(body.substring(at)));
        }
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(body);
        flow.getStyleClass().add("search-highlighted");
        return flow;
    }
}
