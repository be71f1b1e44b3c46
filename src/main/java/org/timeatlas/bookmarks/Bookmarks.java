package org.timeatlas.bookmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The user's bookmarks in the order they were made, as they are remembered (one settings section).
 *
 * @param items the bookmarks, oldest first
 */
public record Bookmarks(List<Bookmark> items) {

    public static final Bookmarks NONE = new Bookmarks(List.of());

    public Bookmarks {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Bookmarks with(Bookmark added) {
        List<Bookmark> all = new ArrayList<>(items);
        all.add(added);
        return new Bookmarks(all);
    }

    /** The same with the bookmark of {@code replaced}'s id replaced by it. */
    public Bookmarks replacing(Bookmark replaced) {
        return new Bookmarks(items.stream().map(b -> b.id().equals(replaced.id()) ? replaced : b).toList());
    }

    public Bookmarks without(String id) {
        return new Bookmarks(items.stream().filter(b -> !b.id().equals(id)).toList());
    }
}
