package org.timeatlas.ui.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;

/**
 * Something the user can ask the explorer to do, declared once: its id, the bundle key of its label, its keys,
 * icon, where it shows in the menus and the toolbar, and (for a toggle) what it reflects. Menus, toolbar buttons,
 * the key map and the list of keys in Help are all made from commands by {@link CommandRegistry}.
 *
 * <p>A ControlsFX {@link Action}: its text, accelerator (the first key), disabled and selected properties are
 * what ActionUtils binds the generated menu items and buttons to. The registry binds the text to the current
 * language.</p>
 */
public final class Command extends Action {

    private final String id;
    private final String textKey;
    private final Runnable run;
    private final List<KeyCombination> keys = new ArrayList<>();
    private KeyScope scope;
    private String icon;
    private MenuPlace menuPlace;
    private ToolbarPlace toolbarPlace;
    private ObservableBooleanValue selectedSource;
    private String radioGroup;

    private Command(String id, String textKey, Runnable run) {
        super((String) null);
        setEventHandler(event -> execute());
        this.id = Objects.requireNonNull(id);
        this.textKey = textKey;
        this.run = run;
    }

    /**
     * A command with a stable id (e.g. {@code go.nextEvent}), the bundle key of its label and what it does.
     * Further properties are set with the fluent methods before it is added to a registry.
     */
    public static Command of(String id, String textKey, Runnable run) {
        return new Command(id, textKey, run);
    }

    /**
     * A command whose label comes from the atlas rather than the bundles (a focus period's or map view's name),
     * already following the language.
     */
    public static Command labelled(String id, javafx.beans.value.ObservableValue<String> label, Runnable run) {
        Command command = new Command(id, null, run);
        command.textProperty().bind(label);
        return command;
    }

    /** Its keys; the first is shown in menus as the accelerator. */
    public Command keys(KeyCombination... combinations) {
        keys.addAll(List.of(combinations));
        setAccelerator(keys.isEmpty() ? null : keys.get(0));
        return this;
    }

    /** The scope its keys apply in; the window's unless given. */
    public Command scope(KeyScope keyScope) {
        this.scope = keyScope;
        return this;
    }

    /** An Ikonli icon literal, e.g. {@code mdi2p-play}, for its toolbar button. */
    public Command icon(String iconLiteral) {
        this.icon = iconLiteral;
        return this;
    }

    public Command menu(MenuPlace place) {
        this.menuPlace = place;
        return this;
    }

    public Command toolbar(ToolbarPlace place) {
        this.toolbarPlace = place;
        return this;
    }

    /** Makes it a toggle whose check mark follows {@code source}; running it should change the source. */
    public Command selected(ObservableBooleanValue source) {
        this.selectedSource = source;
        setSelected(source.get());
        return this;
    }

    /** Makes it one choice among the commands of the same radio group (e.g. the languages). */
    public Command radio(String group, ObservableBooleanValue source) {
        this.radioGroup = group;
        return selected(source);
    }

    /** Disabled while {@code enabled} is false. */
    public Command enabledWhen(ObservableBooleanValue enabled) {
        disabledProperty().bind(Bindings.not(enabled));
        return this;
    }

    /** Runs it unless disabled, then puts the check mark back in step with what it reflects. */
    public void execute() {
        if (!isDisabled()) {
            run.run();
        }
        syncSelected();
    }

    void unbindText() {
        textProperty().unbind();
    }

    void syncSelected() {
        if (selectedSource != null) {
            setSelected(selectedSource.get());
        }
    }

    public String id() {
        return id;
    }

    /** The bundle key of its label, or null when the label comes from the atlas. */
    public String textKey() {
        return textKey;
    }

    public List<KeyCombination> keyCombinations() {
        return List.copyOf(keys);
    }

    public KeyScope keyScope() {
        return scope;
    }

    public String iconLiteral() {
        return icon;
    }

    public MenuPlace menuPlace() {
        return menuPlace;
    }

    public ToolbarPlace toolbarPlace() {
        return toolbarPlace;
    }

    public boolean isToggle() {
        return selectedSource != null;
    }

    public ObservableBooleanValue selectedSource() {
        return selectedSource;
    }

    public String radioGroup() {
        return radioGroup;
    }

    @Override
    public String toString() {
        return id;
    }
}
