package fr.ptce.workbench.ui.fx;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The window's texts in one language, read from {@code messages_<lang>.properties} with an explicit locale
 * (never the operating system's), with {@code {0}}-style placeholders.
 */
public final class Messages {

    private static final String BUNDLE = "fr.ptce.workbench.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts for this locale; an unknown language gets the default (French) texts. */
    public static Messages load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key; a missing key shows as {@code !key!} rather than failing. */
    public String get(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : "!" + key + "!";
    }

    /**
     * The text of a key with its {@code {0}}, {@code {1}}… replaced; integers are grouped as the locale writes
     * them. Plain replacement, not {@code MessageFormat}, so that French apostrophes need no escaping.
     */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", display(args[i]));
        }
        return text;
    }

    /**
     * The singular or plural form of a counted text: keys {@code key.one} and {@code key.many}, the count as
     * {@code {0}} and the other arguments from {@code {1}}. French puts 0 and 1 in the singular (« 0 dossier »,
     * « 1 dossier »), English only 1.
     */
    public String count(String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        boolean plural = "en".equals(locale.getLanguage()) ? count != 1 : count > 1;
        return format(key + (plural ? ".many" : ".one"), args);
    }

    /** An integer as the locale writes it, e.g. {@code 1 234} in French. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String display(Object arg) {
        if (arg instanceof Integer || arg instanceof Long) {
            return number(((Number) arg).longValue());
        }
        return Objects.toString(arg, "");
    }
}
