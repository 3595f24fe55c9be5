package fr.ptce.workbench.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one domain bundle in one language (French by default, English): the files the workbench writes use
 * French, the window its own language. The bundles are MessageFormat patterns beside the class that words its data.
 */
public final class Wording {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Wording(String bundle, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                bundle, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle's words in this language (French when the bundle does not have it). */
    public static Wording of(String bundle, Locale locale) {
        return new Wording(bundle, locale);
    }

    /** The pattern of this key, as written. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The pattern of this key with its arguments. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}
