package org.timeatlas.ui.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.util.Subscription;
import org.controlsfx.control.action.ActionUtils;
import org.timeatlas.ui.Texts;

/**
 * Makes the menu bar from the registry's commands (ControlsFX's ActionUtils makes each item and binds it to its
 * command), and makes it again when commands come or go. Top-level menus open with Alt and a Latin letter in
 * every language: the letter is underlined in the title where it occurs, else added as "(F)".
 */
public final class MenuBarRenderer {

    private final CommandRegistry registry;
    private final Texts texts;
    private final MenuBar bar = new MenuBar();

    public MenuBarRenderer(CommandRegistry registry, Texts texts) {
        this.registry = registry;
        this.texts = texts;
        bar.setId("menu-bar");
    }

    public MenuBar bar() {
        return bar;
    }

    /** Renders now and whenever the commands change, until the subscription is ended. */
    public Subscription render() {
        ListChangeListener<Command> changed = change -> rebuild();
        registry.commands().addListener(changed);
        List<Subscription> titles = new ArrayList<>();
        Runnable retitle = () -> bar.getMenus().forEach(this::title);
        titles.add(texts.languageProperty().subscribe((was, now) -> retitle.run()));
        rebuild();
        return Subscription.combine(titles.toArray(Subscription[]::new))
                .and(() -> registry.commands().removeListener(changed));
    }

    private void rebuild() {
        Map<MenuPlace.Menus, Menu> menus = new LinkedHashMap<>();
        for (MenuPlace.Menus which : MenuPlace.Menus.values()) {
            Menu menu = new Menu();
            menu.setUserData(which);
            menu.setId("menu-" + which.name().toLowerCase(java.util.Locale.ROOT));
            title(menu);
            menus.put(which, menu);
        }
        Map<String, ToggleGroup> radioGroups = new HashMap<>();
        Map<String, Menu> submenus = new HashMap<>();
        List<Command> placed = registry.commands().stream().filter(c -> c.menuPlace() != null)
                .sorted(Comparator.comparing((Command c) -> c.menuPlace().section())
                        .thenComparing(c -> c.menuPlace().order()))
                .toList();
        Map<Menu, Integer> lastSection = new HashMap<>();
        for (Command command : placed) {
            MenuPlace place = command.menuPlace();
            Menu top = menus.get(place.menu());
            Menu target = top;
            if (place.submenuKey() != null) {
                target = submenus.computeIfAbsent(place.menu() + "/" + place.submenuKey(), key -> {
                    Menu sub = new Menu();
                    sub.setId("submenu-" + place.submenuKey().replace('.', '-'));
                    sub.setText(texts.get(place.submenuKey()));
                    sub.setUserData(place.submenuKey());
                    addInSection(top, sub, place.section(), lastSection);
                    return sub;
                });
                target.getItems().add(item(command, radioGroups));
            } else {
                addInSection(top, item(command, radioGroups), place.section(), lastSection);
            }
        }
        bar.getMenus().setAll(menus.values().stream().filter(m -> !m.getItems().isEmpty()).toList());
    }

    private static void addInSection(Menu menu, MenuItem item, int section, Map<Menu, Integer> lastSection) {
        Integer previous = lastSection.put(menu, section);
        if (previous != null && previous != section) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item);
    }

    private MenuItem item(Command command, Map<String, ToggleGroup> radioGroups) {
        MenuItem item;
        if (command.radioGroup() != null) {
            RadioMenuItem radio = ActionUtils.createRadioMenuItem(command);
            radio.setToggleGroup(radioGroups.computeIfAbsent(command.radioGroup(), g -> new ToggleGroup()));
            item = radio;
        } else if (command.isToggle()) {
            item = ActionUtils.createCheckMenuItem(command);
        } else {
            item = ActionUtils.createMenuItem(command);
        }
        item.setMnemonicParsing(false);
        item.setId("menu-item-" + command.id().replace('.', '-'));
        return item;
    }

    private void title(Menu menu) {
        if (menu.getUserData() instanceof MenuPlace.Menus which) {
            menu.setText(withMnemonic(texts.get(which.textKey()), which.mnemonic()));
        }
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub && sub.getUserData() instanceof String key) {
                sub.setText(texts.get(key));
            }
        }
    }

    /** "File" → "_File"; "फ़ाइल" → "फ़ाइल (_F)". */
    static String withMnemonic(String title, char letter) {
        int at = title.toLowerCase(java.util.Locale.ROOT).indexOf(Character.toLowerCase(letter));
        return at >= 0 ? title.substring(0, at) + "_" + title.substring(at) : title + " (_" + letter + ")";
    }
}
