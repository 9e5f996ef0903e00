package io.planex.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface language: Vietnamese by default, English on request ({@code ?lang=en}, carried by every link so
 * the page's state stays in its URL). Texts live in {@code messages_vi.properties} and
 * {@code messages_en.properties} (UTF-8).
 */
enum Lang {
    VI("vi"), EN("en");

    private final String code;
    private final ResourceBundle bundle;

    Lang(String code) {
        this.code = code;
        this.bundle = ResourceBundle.getBundle("io.planex.web.messages", Locale.forLanguageTag(code),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String code() {
        return code;
    }

    static Lang of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : VI;
    }

    Lang other() {
        return this == VI ? EN : VI;
    }

    /** The text for {@code key}; a missing key shows as itself so that it is noticed, never as an error page. */
    String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for {@code key} with {0}, {1}, ... replaced by the arguments. */
    String t(String key, Object... args) {
        String s = t(key);
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }
}
