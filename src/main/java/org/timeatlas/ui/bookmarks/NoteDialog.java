package org.timeatlas.ui.bookmarks;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
        // Enter saves once the key press has been handled: a dialog closed inside its own key press made the
        // GTK toolkit crash the whole app (SIGSEGV in WindowContextBase::process_key, the note and the bookmark lost)
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown() && !key.isAltDown()) {
                key.consume();
                Button save = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
                Platform.runLater(save::fire);
            }
        });
        dialog.show();
        dialog.getEditor().requestFocus();
        return dialog;
    }
}
