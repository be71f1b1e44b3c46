package org.timeatlas.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.timeatlas.i18n.Messages;

/** Interface texts that follow the explorer's language: every label binds through here, none is hard-coded. */
public final class Texts {

    private final ExplorerState state;
    private final Map<String, Messages> byLanguage = new HashMap<>();

    public Texts(ExplorerState state) {
        this.state = state;
    }

    /** The language texts follow now, to observe directly. */
    public javafx.beans.property.ReadOnlyStringProperty languageProperty() {
        return state.languageProperty();
    }

    /** The messages of the current language. */
    public Messages current() {
        return byLanguage.computeIfAbsent(state.language(), Messages::new);
    }

    public String get(String key, Object... args) {
        return current().get(key, args);
    }

    /** A text that changes with the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), state.languageProperty());
    }

    /** A text computed from the current messages, recomputed when the language or {@code others} change. */
    public StringBinding computed(Function<Messages, String> compute, ObservableValue<?>... others) {
        ObservableValue<?>[] dependencies = new ObservableValue<?>[others.length + 1];
        dependencies[0] = state.languageProperty();
        System.arraycopy(others, 0, dependencies, 1, others.length);
        return Bindings.createStringBinding(() -> compute.apply(current()), dependencies);
    }
}
