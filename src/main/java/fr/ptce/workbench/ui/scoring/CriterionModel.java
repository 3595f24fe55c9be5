package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.ui.fx.DraftText;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One criterion of the grid on the scoring screen: its definition, the user's score and the comment being typed. */
public final class CriterionModel {

    private final Criterion criterion;
    private final ObjectProperty<BigDecimal> value = new SimpleObjectProperty<>();
    private final DraftText comment;

    CriterionModel(Criterion criterion, Consumer<String> commentSaver) {
        this.criterion = criterion;
        this.comment = new DraftText(commentSaver);
    }

    public Criterion criterion() {
        return criterion;
    }

    public String code() {
        return criterion.code();
    }

    /** The score shown, null while not scored. */
    public ObjectProperty<BigDecimal> valueProperty() {
        return value;
    }

    public DraftText comment() {
        return comment;
    }
}
