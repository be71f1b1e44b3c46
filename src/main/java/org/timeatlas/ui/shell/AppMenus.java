package org.timeatlas.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.FocusMode;
import org.timeatlas.ui.Texts;

/** The menu bar: File, View (with the language and focus periods), Go, Help — every label from the bundles. */
public final class AppMenus {

    private final Texts texts;

    public AppMenus(Texts texts) {
        this.texts = texts;
    }

    public MenuBar build(ExplorerState state, Navigator navigator, FocusMode focus, ShellActions actions) {
        Menu file = menu("menu.file",
                item("menu.file.open", "Shortcut+O", actions.openAtlas()),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", actions.quit()));
        Menu language = menu("menu.view.language");
        language.setId("language-menu");
        ToggleGroup languages = new ToggleGroup();
        for (String code : Messages.LANGUAGES) {
            RadioMenuItem choice = new RadioMenuItem(new Messages(code).get("language.name"));
            choice.setId("language-" + code);
            choice.setToggleGroup(languages);
            choice.setSelected(code.equals(state.language()));
            choice.setOnAction(e -> state.setLanguage(code));
            state.languageProperty().addListener((obs, old, now) -> choice.setSelected(code.equals(now)));
            language.getItems().add(choice);
        }
        Menu view = menu("menu.view",
                item("menu.view.fit", "0", actions.fitMap()),
                item("menu.view.zoomIn", null, actions.zoomIn()),
                item("menu.view.zoomOut", null, actions.zoomOut()),
                new SeparatorMenuItem(),
                language,
                item("menu.view.fullScreen", null, actions.toggleFullScreen()));
        new FocusMenuItems(texts, state, focus, actions.fitMapTo()).addTo(view);
        Menu go = menu("menu.go",
                item("keys.dayBack", null, () -> navigator.step(-1)),
                item("keys.dayForward", null, () -> navigator.step(1)),
                item("keys.monthBack", null, () -> navigator.months(-1)),
                item("keys.monthForward", null, () -> navigator.months(1)),
                item("keys.yearBack", null, () -> navigator.years(-1)),
                item("keys.yearForward", null, () -> navigator.years(1)),
                new SeparatorMenuItem(),
                item("keys.previousEvent", null, navigator::previousEvent),
                item("keys.nextEvent", null, navigator::nextEvent),
                item("keys.start", null, navigator::toStart),
                item("keys.end", null, navigator::toEnd),
                new SeparatorMenuItem(),
                item("keys.play", null, state::togglePlaying));
        Menu help = menu("menu.help",
                item("menu.help.keys", null, actions.help()),
                item("menu.help.about", null, actions.about()));
        MenuBar bar = new MenuBar(file, view, go, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * Adds the atlas's reference windows to a menu bar made by {@link #build}: the gazetteer at the end of View
     * (the menu holding the language choice), the glossary after the first item of Help (the last menu).
     */
    public void addReferenceItems(MenuBar bar, Runnable glossary, Runnable places) {
        for (Menu menu : bar.getMenus()) {
            if (menu.getItems().stream().anyMatch(item -> "language-menu".equals(item.getId()))) {
                MenuItem placesItem = item("gazetteer.menu", null, places);
                placesItem.setId("places-menu-item");
                menu.getItems().addAll(new SeparatorMenuItem(), placesItem);
            }
        }
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        MenuItem glossaryItem = item("glossary.menu", null, glossary);
        glossaryItem.setId("glossary-menu-item");
        help.getItems().add(Math.min(1, help.getItems().size()), glossaryItem);
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(texts.text(key));
        menu.getItems().addAll(items);
        return menu;
    }

    /** A menu item; accelerators given here are for display only where the key table already handles them. */
    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(texts.text(key));
        item.setOnAction(e -> action.run());
        if (accelerator != null && accelerator.startsWith("Shortcut")) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }
}
