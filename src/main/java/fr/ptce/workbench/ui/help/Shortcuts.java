package fr.ptce.workbench.ui.help;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCombination;

/**
 * The window's keyboard shortcuts as the help (F1) and the guide list them, in their order: each names its text
 * in the messages ({@code shortcut.N.keys}, {@code shortcut.N.action}) and the accelerators the window installs for
 * it (menu items, scene accelerators; F10 is the menu bar's own). A test compares them with the accelerators actually
 * installed; keys read by
 * the window's or a section's own handlers (Ctrl+E, Ctrl+Tab, digits…) have none.
 */
public final class Shortcuts {

    /** One line of the help: its message number and the accelerators it documents. */
    public record Shortcut(int number, List<KeyCombination> accelerators) {

        static Shortcut of(int number, String... accelerators) {
            return new Shortcut(
                    number,
                    Arrays.stream(accelerators)
                            .map(KeyCombination::keyCombination)
                            .toList());
        }

        public String keysKey() {
            return "shortcut." + number + ".keys";
        }

        public String actionKey() {
            return "shortcut." + number + ".action";
        }
    }

    public static final List<Shortcut> ALL = List.of(
            Shortcut.of(1),
            Shortcut.of(2),
            Shortcut.of(3),
            Shortcut.of(4),
            Shortcut.of(5),
            Shortcut.of(6),
            Shortcut.of(7),
            Shortcut.of(8),
            Shortcut.of(9),
            Shortcut.of(16),
            Shortcut.of(10, "Shortcut+F"),
            Shortcut.of(13, "Shortcut+D"),
            Shortcut.of(11, "Shortcut+I", "Shortcut+O", "Shortcut+Q"),
            Shortcut.of(15, "Shortcut+Shift+E"),
            Shortcut.of(17, "Shortcut+Shift+N"),
            Shortcut.of(20, "Shortcut+Shift+P"),
            Shortcut.of(14, "Shortcut+COMMA"),
            Shortcut.of(18, "F10"),
            Shortcut.of(19),
            Shortcut.of(12, "F1"));

    private Shortcuts() {}

    /** Every accelerator the help documents. */
    public static Set<KeyCombination> accelerators() {
        Set<KeyCombination> all = new LinkedHashSet<>();
        ALL.forEach(s -> all.addAll(s.accelerators()));
        return all;
    }
}
