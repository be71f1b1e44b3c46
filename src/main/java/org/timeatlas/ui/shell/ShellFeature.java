package org.timeatlas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * The application's own commands: open another atlas and quit (File), the language and full screen (View), the
 * list of keys and About (Help), and the language chooser in the toolbar.
 */
public final class ShellFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        ExplorerState state = context.state();
        Dialogs dialogs = new Dialogs(context.texts(), context.windows().main());
        KeyScope fullScreen = new KeyScope("full-screen", 30, context.windows().fullScreenProperty());
        List<Command> commands = new ArrayList<>(List.of(
                Command.of("file.open", "menu.file.open", context.host()::chooseAndOpenAtlas)
                        .keys(shortcut(KeyCode.O)).menu(MenuPlace.of(MenuPlace.Menus.FILE, 0, 0)),
                Command.of("file.quit", "menu.file.quit", context.host()::quit)
                        .keys(shortcut(KeyCode.Q)).menu(MenuPlace.of(MenuPlace.Menus.FILE, 9, 0)),
                Command.of("view.language.next", "keys.language", () -> nextLanguage(state))
                        .keys(key(KeyCode.L)).menu(MenuPlace.of(MenuPlace.Menus.VIEW, 1, 10)),
                Command.of("view.fullScreen", "menu.view.fullScreen", context.windows()::toggleFullScreen)
                        .keys(key(KeyCode.F11)).selected(context.windows().fullScreenProperty())
                        .menu(MenuPlace.of(MenuPlace.Menus.VIEW, 1, 20)),
                Command.of("view.fullScreen.leave", "keys.leaveFullScreen", context.windows()::toggleFullScreen)
                        .keys(key(KeyCode.ESCAPE)).scope(fullScreen)
                        .enabledWhen(context.windows().fullScreenProperty()).menu(MenuPlace.of(MenuPlace.Menus.VIEW, 1, 21)),
                Command.of("help.keys", "menu.help.keys", () -> dialogs.help(context.commands().keyHelp()))
                        .keys(key(KeyCode.F1)).menu(MenuPlace.of(MenuPlace.Menus.HELP, 0, 0))
                        .icon("mdi2h-help-circle-outline").toolbar(ToolbarPlace.of(ToolbarPlace.Group.END, 90)),
                Command.of("help.about", "menu.help.about", () -> dialogs.about(context.atlas()))
                        .menu(MenuPlace.of(MenuPlace.Menus.HELP, 9, 0))));
        int order = 0;
        for (String code : Messages.LANGUAGES) {
            commands.add(Command.of("view.language." + code, "language.name." + code, () -> state.setLanguage(code))
                    .radio("language", Bindings.createBooleanBinding(() -> code.equals(state.language()),
                            state.languageProperty()))
                    .menu(MenuPlace.inSubmenu(MenuPlace.Menus.VIEW, "menu.view.language", 1, order++)));
        }
        ComboBox<String> chooser = languageChooser(state);
        chooser.getStyleClass().add("toolbar-compact");
        return context.commands().add(commands.toArray(Command[]::new))
                .and(state.languageProperty().subscribe((old, chosen) -> chooser.setValue(chosen)))
                .and(slots.toolbar(chooser, ToolbarPlace.of(ToolbarPlace.Group.END, 80)));
    }

    private static void nextLanguage(ExplorerState state) {
        List<String> languages = Messages.LANGUAGES;
        state.setLanguage(languages.get((languages.indexOf(state.language()) + 1) % languages.size()));
    }

    private static ComboBox<String> languageChooser(ExplorerState state) {
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(Messages.LANGUAGES));
        language.setId("language-chooser");
        language.setValue(state.language());
        language.valueProperty().addListener((obs, old, chosen) -> { // the chooser's own property: goes with it
            if (chosen != null) {
                state.setLanguage(chosen);
            }
        });
        language.setButtonCell(new LanguageCell());
        language.setCellFactory(list -> new LanguageCell());
        return language;
    }

    /** Shows each language in its own script, so a reader finds theirs whatever the current language is. */
    private static final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : new Messages(code).get("language.name"));
        }
    }

    static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
