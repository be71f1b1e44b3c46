package org.timeatlas.ui.bookmarks;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.timeatlas.ui.Texts;

/** The small dialog that asks for a bookmark's note: Enter saves, Esc cancels. It does not block the caller. */
final class NoteDialog {

    private NoteDialog() {
    }

    /** Shows the dialog over {@code owner} with {@code note} in it; {@code saved} gets the note when saved. */
    static TextInputDialog ask(Window owner, Texts texts, String titleKey, String note, Consumer<String> saved) {
        TextInputDialog dialog = new TextInputDialog(note);
        dialog.initOwner(owner);
        dialog.setTitle(texts.get(titleKey));
        dialog.setHeaderText(texts.get("bookmarks.noteHeader"));
        dialog.getEditor().setId("bookmark-note");
        dialog.getEditor().setPrefColumnCount(32);
        dialog.getDialogPane().setId("bookmark-dialog");
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(texts.get("bookmarks.save"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(texts.get("bookmarks.cancel"));
        dialog.resultProperty().addListener((obs, was, result) -> {
            if (result != null) {
                saved.accept(result);
            }
        });
        dialog.show();
        dialog.getEditor().requestFocus();
        return dialog;
    }
}
