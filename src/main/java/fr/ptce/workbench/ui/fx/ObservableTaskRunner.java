package fr.ptce.workbench.ui.fx;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The state every task runner shows in the status bar: whether it is busy, the advance and the message. */
public abstract class ObservableTaskRunner implements TaskRunner {

    protected final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public final ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
