package fr.ptce.workbench.ui.fx;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Alt+letter opens its menu whatever the order the two keys are let go. JavaFX's menu bar takes an Alt pressed and
 * released with no other key seen in between for « go to the menu bar », and the letter pressed meanwhile is
 * consumed by the mnemonic before the menu bar sees it: when Alt is released before the letter (a quick Alt+F, as
 * {@code xdotool key alt+f} types it, or a user's roll-over), the menu bar closes the menu its mnemonic had just
 * opened. The scene's filter keeps that Alt release from the menu bar when a menu opened while Alt was down; Alt
 * alone still goes to the menu bar. On the scene, not the stage: a stage outlives its scenes (the window tests show
 * one window after another on the same stage) and would keep every window it ever showed.
 */
public final class MenuMnemonics {

    private final MenuBar bar;
    private boolean altDown;
    private boolean showingAtAltPress;

    private MenuMnemonics(MenuBar bar) {
        this.bar = bar;
    }

    /** Installs the guard on the scene that shows this menu bar. */
    public static void install(Scene scene, MenuBar bar) {
        MenuMnemonics guard = new MenuMnemonics(bar);
        scene.addEventFilter(KeyEvent.ANY, guard::key);
    }

    private void key(KeyEvent e) {
        if (e.getCode() != KeyCode.ALT) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED && !altDown) {
            // the first press only: a held key may repeat
            altDown = true;
            showingAtAltPress = menuShowing();
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            altDown = false;
            if (!showingAtAltPress && menuShowing()) {
                e.consume();
            }
        }
    }

    private boolean menuShowing() {
        return bar.getMenus().stream().anyMatch(Menu::isShowing);
    }
}
