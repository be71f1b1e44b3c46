package org.timeatlas.ui.lens;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Lenses;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Remembered;
import org.timeatlas.ui.feature.Slots;

/**
 * The lens the map is seen through: control on the ground, or one of the atlas's lenses (e.g. international legal
 * status, who recognised what). A segmented switch in the toolbar, one radio item per lens in View › Lens, and V
 * to go to the next lens. The lens chosen is remembered (section {@value #SECTION}); an atlas without lenses of
 * its own gets none of this.
 */
public final class LensFeature implements ExplorerFeature {

    /** The settings section of the lens chosen last. */
    static final String SECTION = "lens";

    /** What is remembered: the id of the lens chosen last. */
    public record Chosen(String lens) { }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        Atlas atlas = context.atlas();
        if (atlas.lenses().isEmpty()) {
            return Subscription.EMPTY;
        }
        ExplorerState state = context.state();
        Texts texts = context.texts();
        Remembered remembered = context.host().remembered();
        remembered.section(SECTION, Chosen.class).map(Chosen::lens).filter(id -> Lenses.has(atlas, id))
                .ifPresent(state::setLens);
        List<String> ids = Lenses.ids(atlas);
        List<Command> commands = new ArrayList<>();
        int order = 0;
        for (String lensId : ids) {
            commands.add(Command.labelled("view.lens." + lensId,
                            texts.computed(m -> Lenses.name(atlas, lensId, texts)), () -> state.setLens(lensId))
                    .radio("lens", Bindings.createBooleanBinding(() -> lensId.equals(state.lens()),
                            state.lensProperty()))
                    .menu(MenuPlace.inSubmenu(Menus.VIEW, "menu.view.lens", 2, 40 + order++)));
        }
        // after the lenses in the menu, so that firing every item in turn ends where it began
        commands.add(Command.of("view.lens.next", "lens.next", () -> state.setLens(next(ids, state.lens())))
                .keys(new KeyCodeCombination(KeyCode.V))
                .menu(MenuPlace.inSubmenu(Menus.VIEW, "menu.view.lens", 2, 40 + order)));
        LensSwitch lensSwitch = new LensSwitch(atlas, state, texts, context.windows().main());
        return context.commands().add(commands.toArray(Command[]::new))
                // last in the toolbar: in a narrow window it is the first to go into the overflow menu, not Help
                .and(slots.toolbar(lensSwitch.node(), ToolbarPlace.of(ToolbarPlace.Group.END, 95)))
                .and(state.lensProperty().subscribe((old, now) -> remembered.remember(SECTION, new Chosen(now))))
                .and(lensSwitch::dispose)
                .and(() -> state.setLens(ExplorerState.CONTROL_LENS));
    }

    /** The lens after {@code current} in {@code ids}, back to the first after the last. */
    static String next(List<String> ids, String current) {
        return ids.get((ids.indexOf(current) + 1) % ids.size());
    }
}
