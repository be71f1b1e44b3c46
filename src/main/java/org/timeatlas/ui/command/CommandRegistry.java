package org.timeatlas.ui.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.timeatlas.ui.Texts;

/**
 * The explorer's commands, one list from which the menu bar ({@link MenuBarRenderer}), the toolbar's buttons
 * ({@link ToolbarRenderer}), the key map ({@link KeyRouter}) and Help's list of keys ({@link #keysThatApplyNow})
 * are made. Features add their commands when they are installed and remove them with the returned
 * subscription. One registry per opened atlas.
 */
public final class CommandRegistry {

    private final Texts texts;
    private final KeyScope windowScope = KeyScope.window();
    private final ObservableList<Command> commands = FXCollections.observableArrayList();
    private final ObservableList<Command> readOnly = FXCollections.unmodifiableObservableList(commands);

    public CommandRegistry(Texts texts) {
        this.texts = texts;
    }

    /**
     * Adds commands: their labels follow the language from now on, and toggles their source.
     *
     * @throws IllegalArgumentException when an id is taken already
     * @return what removes them again and releases their bindings
     */
    public Subscription add(Command... added) {
        List<Subscription> bindings = new ArrayList<>();
        for (Command command : added) {
            if (find(command.id()).isPresent()) {
                throw new IllegalArgumentException("a command with id " + command.id() + " is registered already");
            }
            if (command.keyScope() == null) {
                command.scope(windowScope);
            }
            if (command.textKey() != null) {
                command.textProperty().bind(texts.text(command.textKey()));
            }
            bindings.add(command::unbindText);
            if (command.isToggle()) {
                bindings.add(command.selectedSource().subscribe((was, now) -> command.syncSelected()));
            }
        }
        commands.addAll(added);
        List<Command> mine = List.of(added);
        return Subscription.combine(bindings.toArray(Subscription[]::new)).and(() -> commands.removeAll(mine));
    }

    /** Every command, in the order they were added. */
    public ObservableList<Command> commands() {
        return readOnly;
    }

    public Optional<Command> find(String id) {
        return commands.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The command a key press runs now: among the enabled commands with that key whose scope is active, the one
     * in the scope of highest priority (the last added, on a tie). While the user types in a text field only keys
     * with Ctrl/Alt/Meta, function keys and Esc are commands; the field keeps the rest.
     */
    public Optional<Command> commandFor(KeyEvent event, boolean typing) {
        if (typing && !(event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.getCode().isFunctionKey() || event.getCode() == KeyCode.ESCAPE)) {
            return Optional.empty();
        }
        Command best = null;
        for (Command command : commands) {
            if (command.isDisabled() || !command.keyScope().isActive()
                    || command.keyCombinations().stream().noneMatch(k -> k.match(event))) {
                continue;
            }
            if (best == null || command.keyScope().priority() >= best.keyScope().priority()) {
                best = command;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Help's list: every command that has keys, in the order of the menus, keys joined with " / ", each marked with
     * whether its keys do that now (its scope is active, it is enabled, and no command of a higher scope takes
     * the key).
     */
    public List<KeyHelp> keyHelp() {
        List<KeyHelp> rows = new ArrayList<>();
        for (Command command : sortedForHelp()) {
            if (command.keyCombinations().isEmpty()) {
                continue;
            }
            boolean applies = command.keyScope().isActive() && !command.isDisabled()
                    && command.keyCombinations().stream().allMatch(k -> winnerOf(k).filter(command::equals).isPresent());
            List<String> keys = command.keyCombinations().stream().map(KeyCombination::getDisplayText).distinct().toList();
            rows.add(new KeyHelp(String.join(" / ", keys), command.getText(), command.keyScope().id(), command.id(),
                    applies));
        }
        return rows;
    }

    /** The rows of {@link #keyHelp} whose keys do what they say now. */
    public List<KeyHelp> keysThatApplyNow() {
        return keyHelp().stream().filter(KeyHelp::appliesNow).toList();
    }

    /**
     * Pairs of commands that share a key in one scope, as "key: a, b in scope" lines; empty when every key means
     * one thing per scope.
     */
    public List<String> keyConflicts() {
        Map<String, String> owner = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Command command : commands) {
            for (KeyCombination key : command.keyCombinations()) {
                String slot = command.keyScope().id() + " " + key.getName();
                String previous = owner.putIfAbsent(slot, command.id());
                if (previous != null) {
                    conflicts.add(key.getName() + ": " + previous + ", " + command.id() + " in " + command.keyScope().id());
                }
            }
        }
        return conflicts;
    }

    private Optional<Command> winnerOf(KeyCombination key) {
        Command best = null;
        for (Command command : commands) {
            if (command.isDisabled() || !command.keyScope().isActive()
                    || command.keyCombinations().stream().noneMatch(k -> k.getName().equals(key.getName()))) {
                continue;
            }
            if (best == null || command.keyScope().priority() >= best.keyScope().priority()) {
                best = command;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Help lists moving through time first, then the view, help, and files: the order a class needs them in. */
    private static final List<MenuPlace.Menus> HELP_ORDER = List.of(MenuPlace.Menus.GO, MenuPlace.Menus.VIEW,
            MenuPlace.Menus.HELP, MenuPlace.Menus.FILE);

    private List<Command> sortedForHelp() {
        Comparator<Command> byMenu = Comparator.comparing((Command c) -> c.menuPlace() == null
                ? Integer.MAX_VALUE : HELP_ORDER.indexOf(c.menuPlace().menu()))
                .thenComparing(c -> c.menuPlace() == null ? 0 : c.menuPlace().section())
                .thenComparing(c -> c.menuPlace() == null ? 0 : c.menuPlace().order());
        return commands.stream().sorted(byMenu).toList();
    }

    /** One row of Help's list of keys. */
    public record KeyHelp(String keys, String action, String scope, String commandId, boolean appliesNow) {
    }
}
