package org.timeatlas.ui.animation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.timeatlas.output.animation.AnimationFormat;
import org.timeatlas.output.animation.AnimationSpec;
import org.timeatlas.output.animation.FramePlan;
import org.timeatlas.output.animation.FrameStep;
import org.timeatlas.ui.Texts;

/**
 * The dialog of File → Export → Animation: from and to (dates), step, frame size, frames per second and format,
 * with a line saying how many frames and seconds that makes; OK is disabled while the span makes no animation.
 */
final class AnimationDialog {

    /** The sizes offered: 720p first (the default), then 1080p and two smaller ones for the web. */
    static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1920, 1080}, new int[] {854, 480},
            new int[] {640, 360});
    static final List<String> STEPS = List.of("6h", "1d", "1M", "1y");

    private final Dialog<AnimationChoice> dialog = new Dialog<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<FrameStep> step = new ComboBox<>();
    private final ComboBox<int[]> size = new ComboBox<>();
    private final Spinner<Integer> fps = new Spinner<>(1, AnimationSpec.MAX_FPS, AnimationSpec.DEFAULT_FPS);
    private final ComboBox<AnimationFormat> format = new ComboBox<>();
    private final Label summary = new Label();
    private final Texts texts;

    AnimationDialog(Texts texts, Window owner, AnimationChoice initial, List<String> styleSheets) {
        this.texts = texts;
        dialog.setTitle(texts.get("animation.dialog.title"));
        dialog.setHeaderText(texts.get("animation.dialog.header"));
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
                dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                        .filter(c -> c.startsWith("lang-")).toList());
            }
        }
        dialog.getDialogPane().getStylesheets().addAll(styleSheets);
        dialog.getDialogPane().setId("animation-dialog");
        from.setId("animation-from");
        to.setId("animation-to");
        step.setId("animation-step");
        size.setId("animation-size");
        fps.setId("animation-fps");
        format.setId("animation-format");
        summary.setId("animation-summary");
        summary.getStyleClass().add("animation-summary");
        summary.setWrapText(true);

        step.setItems(FXCollections.observableArrayList(STEPS.stream()
                .map(text -> FrameStep.parse(text).orElseThrow()).toList()));
        step.setConverter(converter(s -> texts.get("animation.step." + s)));
        size.setItems(FXCollections.observableArrayList(SIZES));
        size.setConverter(converter(s -> s[0] + " × " + s[1]));
        format.setItems(FXCollections.observableArrayList(AnimationFormat.values()));
        format.setConverter(converter(f -> texts.get("animation.format." + f.name().toLowerCase(java.util.Locale.ROOT))));
        fps.setEditable(true);
        // The dates as on the command line (2008-08-07): one unambiguous form in both languages, whatever the
        // system's locale would make of 8/7/2008.
        for (DatePicker picker : List.of(from, to)) {
            picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                    java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
            picker.setPromptText("YYYY-MM-DD");
        }

        from.setValue(initial.from());
        to.setValue(initial.to());
        step.setValue(step.getItems().stream().filter(initial.step()::equals).findFirst()
                .orElse(step.getItems().get(1)));
        size.setValue(SIZES.stream().filter(s -> s[0] == initial.width() && s[1] == initial.height()).findFirst()
                .orElse(SIZES.get(0)));
        fps.getValueFactory().setValue(initial.fps());
        format.setValue(initial.format());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("animation-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, label("animation.from", from), from);
        grid.addRow(1, label("animation.to", to), to);
        grid.addRow(2, label("animation.step", step), step);
        grid.addRow(3, label("animation.size", size), size);
        grid.addRow(4, label("animation.fps", fps), fps);
        grid.addRow(5, label("animation.format", format), format);
        VBox content = new VBox(12, grid, summary);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(texts.get("animation.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("animation.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        javafx.scene.Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("animation-save");
        for (javafx.beans.Observable input : List.of(from.valueProperty(), to.valueProperty(), step.valueProperty(),
                fps.valueProperty(), format.valueProperty(), size.valueProperty())) {
            input.addListener(o -> saveButton.setDisable(!refresh()));
        }
        saveButton.setDisable(!refresh());
        dialog.setResultConverter(button -> button == save && refresh() ? choice() : null);
    }

    private Label label(String key, javafx.scene.Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list");
            }
        };
    }

    /** Says how many frames and seconds the choice makes, or why it makes none; true when it makes one. */
    private boolean refresh() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (first == null || last == null || step.getValue() == null) {
            summary.setText(texts.get("animation.summary.incomplete"));
            return false;
        }
        Optional<String> wrong = FramePlan.problem(first.atStartOfDay(), last.atStartOfDay(), step.getValue());
        if (wrong.isPresent()) {
            summary.setText(last.isBefore(first) ? texts.get("animation.summary.backwards")
                    : texts.get("animation.summary.tooMany", FramePlan.MAX_FRAMES));
            return false;
        }
        int frames = new FramePlan(first.atStartOfDay(), last.atStartOfDay(), step.getValue()).moments().size();
        int rate = fps.getValue();
        summary.setText(texts.get("animation.summary", frames, String.format(texts.current().locale(), "%.1f",
                frames / (double) rate)));
        return true;
    }

    private AnimationChoice choice() {
        int[] chosen = size.getValue();
        return new AnimationChoice(from.getValue(), to.getValue(), step.getValue(), chosen[0], chosen[1],
                fps.getValue(), format.getValue());
    }

    /** The dialog, for tests to fill in and press. */
    Dialog<AnimationChoice> dialog() {
        return dialog;
    }

    /**
     * Shows the dialog without waiting (a command returns at once); {@code chosen} is called with the choice when
     * the user saves, never when the dialog is cancelled or closed.
     */
    void show(java.util.function.Consumer<AnimationChoice> chosen) {
        dialog.setOnHidden(hidden -> {
            AnimationChoice choice = dialog.getResult();
            if (choice != null) {
                chosen.accept(choice);
            }
        });
        dialog.show();
    }
}
