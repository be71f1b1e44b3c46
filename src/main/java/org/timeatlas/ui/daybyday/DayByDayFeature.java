package org.timeatlas.ui.daybyday;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.util.Subscription;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.MapPreset;
import org.timeatlas.time.DayHoldings;
import org.timeatlas.ui.DayByDayMode;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * Day-by-day mode: the toggle (W, the toolbar, the View menu), one item per focus period, the period's map
 * views, and the day card at the head of the side column. While the mode is on its keys take precedence: Esc
 * leaves it, Home and End go to the start and end of the period.
 */
public final class DayByDayFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        ExplorerState state = context.state();
        DayByDayMode mode = context.dayByDay();
        if (mode.periods().isEmpty()) {
            return Subscription.EMPTY;
        }
        KeyScope scope = new KeyScope("day-by-day", 10, state.dayByDayProperty());
        List<Command> commands = new ArrayList<>(List.of(
                Command.of("view.dayByDay", "toolbar.dayByDay", mode::toggle)
                        .keys(new KeyCodeCombination(KeyCode.W)).selected(state.dayByDayProperty())
                        .icon("mdi2c-calendar-search").toolbar(ToolbarPlace.of(ToolbarPlace.Group.MODES, 0))
                        .menu(MenuPlace.of(Menus.VIEW, 2, 0)),
                Command.of("dayByDay.leave", "keys.leaveDayByDay", mode::leave)
                        .keys(new KeyCodeCombination(KeyCode.ESCAPE)).scope(scope)
                        .enabledWhen(state.dayByDayProperty()).menu(MenuPlace.of(Menus.VIEW, 2, 1)),
                Command.of("dayByDay.periodStart", "keys.periodStart",
                        () -> mode.current().ifPresent(p -> state.setMoment(p.from())))
                        .keys(new KeyCodeCombination(KeyCode.HOME)).scope(scope)
                        .enabledWhen(state.dayByDayProperty()).menu(MenuPlace.of(Menus.GO, 3, 5)),
                Command.of("dayByDay.periodEnd", "keys.periodEnd",
                        () -> mode.current().ifPresent(p -> state.setMoment(p.to().minusMinutes(1))))
                        .keys(new KeyCodeCombination(KeyCode.END)).scope(scope)
                        .enabledWhen(state.dayByDayProperty()).menu(MenuPlace.of(Menus.GO, 3, 6))));
        int periodOrder = 10;
        int presetOrder = 20;
        for (FocusPeriod period : mode.periods()) {
            BooleanBinding onThis = Bindings.createBooleanBinding(
                    () -> mode.current().filter(period::equals).isPresent(),
                    state.dayByDayProperty(), state.momentProperty());
            commands.add(Command.labelled("view.period." + period.id(), localized(period.name(), state), () -> {
                if (onThis.get()) {
                    mode.leave();
                } else {
                    mode.enter(period);
                }
            }).selected(onThis).menu(MenuPlace.of(Menus.VIEW, 2, periodOrder++)));
            BooleanBinding offered = Bindings.createBooleanBinding(
                    () -> !state.isDayByDayMode() || onThis.get(), state.dayByDayProperty(), onThis);
            for (MapPreset preset : period.presets()) {
                commands.add(Command.labelled("view.mapView." + preset.id(), localized(preset.name(), state),
                                () -> state.requestView(ViewRequest.box(preset.bounds())))
                        .enabledWhen(offered)
                        .menu(MenuPlace.inSubmenu(Menus.VIEW, "dayByDay.views", 2, presetOrder++)));
            }
        }
        DayCardView card = new DayCardView(context.atlas(), new DayHoldings(context.atlas(), context.index()), state,
                context.texts());
        return context.commands().add(commands.toArray(Command[]::new))
                .and(slots.sidePanel("day-card", card, 0, card.visibleProperty()))
                .and(card::dispose);
    }

    private static ObservableValue<String> localized(LocalizedText text, ExplorerState state) {
        return state.languageProperty().map(text::get);
    }
}
