package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.CommandRegistry;
import org.timeatlas.ui.command.MenuPlace;

/**
 * Every command of the explorer (on the embedded atlas, which has every feature: day by day, glossary, places,
 * air strikes) is declared once and shown everywhere: in the menus, in Help when it has keys, with a label in
 * every language, and no key means two things in one scope.
 */
@ExtendWith(ApplicationExtension.class)
class CommandsTest {

    /** Items that open a native chooser or end the application: fired in other tests or by hand. */
    private static final Set<String> NOT_FIRED = Set.of("file.open", "file.quit");

    private final App app = new App();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--date", "2008-08-10", "--size", "1280x800"));
        stage.show();
    }

    @Test
    void everyCommandIsInTheMenusAndEveryKeyedOneInHelp(FxRobot robot) {
        List<String> inMenus = menuItems(menuBar(robot)).stream().map(MenuItem::getId).toList();
        Set<String> inHelp = registry().keyHelp().stream().map(CommandRegistry.KeyHelp::commandId)
                .collect(Collectors.toSet());
        assertTrue(registry().commands().size() > 30, "the explorer has its commands: " + registry().commands());
        for (Command command : registry().commands()) {
            assertTrue(inMenus.contains("menu-item-" + command.id().replace('.', '-')), command.id() + " is in a menu");
            if (!command.keyCombinations().isEmpty()) {
                assertTrue(inHelp.contains(command.id()), command.id() + " is in Help");
            }
        }
    }

    @Test
    void noKeyMeansTwoThingsInOneScope() {
        assertEquals(List.of(), registry().keyConflicts());
    }

    @Test
    void noTwoMenuItemsShareAPlace() {
        // two items at one place are drawn in whichever order they were added: Search fell between "One day back"
        // and "One day forward", and "Bookmark this moment" between "Tours…" and "Resume tour"
        Map<MenuPlace, List<String>> byPlace = registry().commands().stream().filter(c -> c.menuPlace() != null)
                .collect(Collectors.groupingBy(Command::menuPlace, Collectors.mapping(Command::id, Collectors.toList())));
        List<String> shared = byPlace.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + e.getValue()).sorted().toList();
        assertEquals(List.of(), shared);
    }

    @Test
    void everyLabelExistsInEnglishAndHindi() throws IOException {
        Properties en = bundle("en");
        Properties hi = bundle("hi");
        for (Command command : registry().commands()) {
            if (command.textKey() == null) {
                continue; // a label from the atlas (a period's or map view's name), in every atlas language
            }
            assertFalse(en.getProperty(command.textKey(), "").isBlank(), command.textKey() + " in English");
            assertFalse(hi.getProperty(command.textKey(), "").isBlank(), command.textKey() + " in Hindi");
        }
    }

    @Test
    void menusOpenWithAltAndALatinLetterInBothLanguages(FxRobot robot) {
        assertEquals(List.of("_File", "_View", "_Go", "_Help"),
                menuBar(robot).getMenus().stream().map(Menu::getText).toList());
        robot.interact(() -> app.state().setLanguage("hi"));
        assertTrue(menuBar(robot).getMenus().stream().allMatch(m -> m.getText().contains("(_")),
                "Hindi titles carry their letter: " + menuBar(robot).getMenus().stream().map(Menu::getText).toList());
    }

    @Test
    void menuItemsShowTheStateOfTheirCommands(FxRobot robot) {
        MenuItem mode = find(robot, "menu-item-view-dayByDay");
        MenuItem leave = find(robot, "menu-item-dayByDay-leave");
        assertTrue(((javafx.scene.control.CheckMenuItem) mode).isSelected(), "day by day is ticked while it is on");
        assertFalse(leave.isDisable(), "leaving it is offered while it is on");
        robot.interact(() -> app.state().setDayByDayMode(false));
        assertFalse(((javafx.scene.control.CheckMenuItem) find(robot, "menu-item-view-dayByDay")).isSelected());
        assertTrue(find(robot, "menu-item-dayByDay-leave").isDisable());
    }

    @Test
    void arrowKeysInAnOpenMenuMoveThroughTheMenusNotThroughTime(FxRobot robot) {
        java.time.LocalDateTime before = app.state().moment();
        Menu view = menuBar(robot).getMenus().get(1);
        robot.interact(view::show);
        assertTrue(view.isShowing(), "the View menu is open");
        robot.type(KeyCode.RIGHT).type(KeyCode.LEFT).type(KeyCode.RIGHT);
        assertEquals(before, app.state().moment(), "the moment stays while the keys go to the menu");
        robot.interact(() -> menuBar(robot).getMenus().forEach(Menu::hide));
        robot.type(KeyCode.RIGHT);
        assertTrue(app.state().moment().isAfter(before), "with the menus closed, Right steps forward again");
    }

    private static MenuItem find(FxRobot robot, String id) {
        return menuItems(menuBar(robot)).stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void helpListsWhatEscHomeAndEndDoInDayByDayMode() {
        List<CommandRegistry.KeyHelp> now = registry().keysThatApplyNow();
        assertTrue(now.stream().anyMatch(k -> k.commandId().equals("dayByDay.leave")), "Esc leaves day by day now");
        assertTrue(now.stream().anyMatch(k -> k.commandId().equals("dayByDay.periodStart")));
        assertTrue(now.stream().noneMatch(k -> k.commandId().equals("go.start")), "Home goes to the period's start");
    }

    @Test
    void helpListsTheKeysThatApplyNowThenThoseOfEveryOtherModeUnderItsHeading(FxRobot robot) throws IOException {
        Properties en = bundle("en");
        Properties hi = bundle("hi");
        for (String scope : registry().keyHelp().stream().map(CommandRegistry.KeyHelp::scope).distinct().toList()) {
            assertFalse(en.getProperty("keys.scope." + scope, "").isBlank(), scope + "'s heading in English");
            assertFalse(hi.getProperty("keys.scope." + scope, "").isBlank(), scope + "'s heading in Hindi");
        }
        robot.interact(() -> registry().find("help.keys").orElseThrow().execute());
        javafx.scene.layout.GridPane grid = robot.lookup("#keys-grid").queryAs(javafx.scene.layout.GridPane.class);
        List<String> lines = grid.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        int presenting = lines.indexOf(en.getProperty("keys.scope.presentation"));
        assertTrue(presenting > 0, "presentation mode's keys are listed under their heading: " + lines);
        assertTrue(lines.subList(presenting, lines.size()).contains(en.getProperty("presentation.black")),
                "e.g. the blank screen, which is not offered outside presentation mode: " + lines);
        assertTrue(lines.indexOf(en.getProperty("keys.leaveDayByDay")) < presenting,
                "the keys that apply now (day by day is on) come first");
        closeOtherWindows(robot);
    }

    @Test
    void anEventKnownOnlyToTheDayIsNotShownAsIfAtMidnightOnTheHourlyDays(FxRobot robot) {
        org.timeatlas.atlas.Event untimed = app.explorer().context().atlas().events().stream()
                .filter(e -> !e.startHasTime() && e.certainty() == org.timeatlas.atlas.Certainty.DAY)
                .filter(e -> e.start().toLocalDate().equals(java.time.LocalDate.of(2008, 8, 9)))
                .findFirst().orElseThrow();
        robot.interact(() -> app.state().selectEvent(untimed.id()));
        String when = robot.lookup("#event-when").queryAs(org.timeatlas.ui.WrappingText.class).getText();
        assertTrue(when.contains("time of day unknown") && !when.contains("00:00"), when);
    }

    @Test
    void pageDownWalksForwardThroughTheDayWithoutTheListChangingTheSelection(FxRobot robot) {
        robot.interact(() -> app.state().setMoment(java.time.LocalDateTime.of(2008, 8, 9, 18, 0)));
        java.time.LocalDateTime before = app.state().moment();
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#current-moment").type(KeyCode.PAGE_DOWN);
            java.time.LocalDateTime now = app.state().moment();
            assertFalse(now.isBefore(before), "step " + i + " went back from " + before + " to " + now);
            String selected = app.state().selectedEventProperty().get();
            assertTrue(app.explorer().context().currentEvents().events().stream().anyMatch(e -> e.id().equals(selected)),
                    "the selected event " + selected + " belongs to the moment " + now);
            before = now;
        }
    }

    @Test
    void firingEveryMenuItemAndClickingEveryToolbarButtonLeavesTheExplorerWorking(FxRobot robot) {
        for (MenuItem item : menuItems(menuBar(robot))) {
            String id = item.getId().substring("menu-item-".length());
            if (NOT_FIRED.stream().anyMatch(n -> n.replace('.', '-').equals(id)) || item.isDisable()) {
                continue;
            }
            robot.interact(item::fire);
            closeOtherWindows(robot);
            robot.interact(() -> app.state().setPlaying(false));
        }
        List<ButtonBase> buttons = robot.lookup(".toolbar-button").queryAllAs(ButtonBase.class).stream().toList();
        assertTrue(buttons.size() >= 9, "the toolbar has its buttons: " + buttons.size());
        for (ButtonBase button : buttons) {
            if (button.isVisible() && !button.isDisabled()) {
                robot.clickOn(button);
                closeOtherWindows(robot);
                robot.interact(() -> app.state().setPlaying(false));
            }
        }
        robot.interact(() -> app.state().setMoment(java.time.LocalDateTime.of(2008, 8, 10, 0, 0)));
        robot.clickOn("#current-moment").type(KeyCode.RIGHT);
        assertTrue(app.state().moment().isAfter(java.time.LocalDateTime.of(2008, 8, 10, 0, 0)), "keys still step time");
    }

    private void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != app.explorer().context().windows().main() && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
        robot.interact(() -> {
            Stage main = (Stage) app.explorer().context().windows().main();
            main.setFullScreen(false);
        });
    }

    private CommandRegistry registry() {
        return app.explorer().context().commands();
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    private static List<MenuItem> menuItems(MenuBar bar) {
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, items);
        }
        return items;
    }

    private static void collect(Menu menu, List<MenuItem> items) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, items);
            } else if (!(item instanceof SeparatorMenuItem)) {
                items.add(item);
            }
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CommandsTest.class.getResourceAsStream("/org/timeatlas/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
