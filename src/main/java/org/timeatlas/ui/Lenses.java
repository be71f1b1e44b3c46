package org.timeatlas.ui;

import java.util.ArrayList;
import java.util.List;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.Status;

/**
 * The lenses an atlas can be seen through, in the order they are offered: control on the ground ({@link Lens#CONTROL},
 * the territories' own histories with the statuses of statuses.json), then the atlas's own lenses in the order of
 * lenses.json. Their names in the interface language: the control lens's from the bundle ({@code lens.control}), the
 * others from the atlas; a short name for tight places (the toolbar) from the bundle key {@code lens.short.<id>}
 * where the bundle has one, else the atlas's name.
 */
public final class Lenses {

    private Lenses() {
    }

    /** The ids of every lens of {@code atlas}, control on the ground first. */
    public static List<String> ids(Atlas atlas) {
        List<String> ids = new ArrayList<>();
        ids.add(Lens.CONTROL);
        atlas.lenses().forEach(lens -> ids.add(lens.id()));
        return ids;
    }

    /** True if {@code lensId} is control on the ground or a lens of {@code atlas}. */
    public static boolean has(Atlas atlas, String lensId) {
        return Lens.CONTROL.equals(lensId) || atlas.lens(lensId).isPresent();
    }

    /** The legend of lens {@code lensId}: the statuses (overlays included) it colours territories with; empty if unknown. */
    public static List<Status> statuses(Atlas atlas, String lensId) {
        if (Lens.CONTROL.equals(lensId)) {
            return atlas.statuses();
        }
        return atlas.lens(lensId).map(Lens::statuses).orElse(List.of());
    }

    /** The statuses of every lens; their ids are distinct (the loader rejects a lens status that reuses an id). */
    public static List<Status> allStatuses(Atlas atlas) {
        List<Status> all = new ArrayList<>(atlas.statuses());
        atlas.lenses().forEach(lens -> all.addAll(lens.statuses()));
        return all;
    }

    /** The full name of lens {@code lensId} in the language of {@code texts}; the id itself if it is unknown. */
    public static String name(Atlas atlas, String lensId, Texts texts) {
        if (Lens.CONTROL.equals(lensId)) {
            return texts.get("lens.control");
        }
        return atlas.lens(lensId).map(lens -> lens.name().get(texts.current().language())).orElse(lensId);
    }

    /** The short name of lens {@code lensId}, for the toolbar: {@code lens.short.<id>} if the bundle has it. */
    public static String shortName(Atlas atlas, String lensId, Texts texts) {
        String key = "lens.short." + lensId;
        return texts.current().has(key) ? texts.get(key) : name(atlas, lensId, texts);
    }
}
