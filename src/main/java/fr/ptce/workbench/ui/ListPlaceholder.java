package fr.ptce.workbench.ui;

import fr.ptce.workbench.ui.fx.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the dossier list says when it shows no row: « Chargement… » while the workspace opens and its dossiers are
 * listed, how to import when the workspace holds none, and, when the filters or the search hide every dossier, that
 * nothing matches with a button that clears them (Échap in the search box clears the search).
 */
final class ListPlaceholder extends VBox {

    /** Why the list is empty. */
    enum Kind {
        LOADING,
        NO_DOSSIER,
        NO_MATCH
    }

    private final ObjectBinding<Kind> kind;

    ListPlaceholder(MainViewModel viewModel, Messages messages) {
        super(8);
        setId("listPlaceholder");
        setAlignment(Pos.CENTER);
        kind = Bindings.createObjectBinding(
                () -> kindOf(viewModel),
                viewModel.loadingProperty(),
                viewModel.busyProperty(),
                viewModel.workspaceState().workspaceProperty(),
                viewModel.passwordRequestProperty(),
                viewModel.dossiers(),
                viewModel.filteredDossiers());
        Label text = new Label();
        text.setId("listPlaceholderText");
        text.setWrapText(true);
        text.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (kind.get()) {
                            case LOADING -> messages.get("list.loading");
                            case NO_DOSSIER -> messages.get("list.empty");
                            case NO_MATCH -> messages.get("list.noMatch");
                        },
                        kind));
        Button clear = new Button(messages.get("list.noMatch.clear"));
        clear.setId("listPlaceholderClear");
        clear.visibleProperty().bind(kind.isEqualTo(Kind.NO_MATCH));
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> clearFilters(viewModel));
        getChildren().addAll(text, clear);
    }

    /** Why the view model's list is empty (when it is). */
    static Kind kindOf(MainViewModel viewModel) {
        // no workspace yet, and one being opened or waiting for its password
        boolean opening = viewModel.workspaceState().current().isEmpty()
                && (viewModel.busyProperty().get()
                        || viewModel.passwordRequestProperty().get() != null);
        if (viewModel.loadingProperty().get() || opening) {
            return Kind.LOADING;
        }
        return viewModel.dossiers().isEmpty() ? Kind.NO_DOSSIER : Kind.NO_MATCH;
    }

    /** Back to every dossier: no search text, no combinable filter. */
    static void clearFilters(MainViewModel viewModel) {
        viewModel.filterTextProperty().set("");
        viewModel.listFilter().clear();
    }
}
