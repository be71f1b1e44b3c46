package org.timeatlas.ui.command;

/**
 * Where a command's button (or a feature's own widget) sits in the toolbar: a group, left to right, and an
 * order inside the group. The {@code END} group is pushed to the right edge.
 */
public record ToolbarPlace(Group group, int order) {

    /** Left to right; the moment comes right after the steps so that it is the last to give way. */
    public enum Group { NAVIGATION, MOMENT, MODES, END }

    public static ToolbarPlace of(Group group, int order) {
        return new ToolbarPlace(group, order);
    }
}
