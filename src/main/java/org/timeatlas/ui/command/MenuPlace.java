package org.timeatlas.ui.command;

/**
 * Where a command appears in the menu bar: a top-level menu, an optional submenu in it, a section (separated
 * from the next by a line) and an order inside the section.
 *
 * @param menu       the top-level menu
 * @param submenuKey the bundle key of a submenu's title, or null for an item of the menu itself
 * @param section    sections are drawn in ascending order, with a separator between them
 * @param order      ascending inside a section
 */
public record MenuPlace(Menus menu, String submenuKey, int section, int order) {

    public static MenuPlace of(Menus menu, int section, int order) {
        return new MenuPlace(menu, null, section, order);
    }

    public static MenuPlace inSubmenu(Menus menu, String submenuKey, int section, int order) {
        return new MenuPlace(menu, submenuKey, section, order);
    }

    /** The top-level menus, in the order of the menu bar, each with its title key and mnemonic letter. */
    public enum Menus {
        FILE("menu.file", 'F'), VIEW("menu.view", 'V'), GO("menu.go", 'G'), HELP("menu.help", 'H');

        private final String textKey;
        private final char mnemonic;

        Menus(String textKey, char mnemonic) {
            this.textKey = textKey;
            this.mnemonic = mnemonic;
        }

        public String textKey() {
            return textKey;
        }

        /** The Latin letter that Alt+letter opens the menu with, in every language. */
        public char mnemonic() {
            return mnemonic;
        }
    }
}
