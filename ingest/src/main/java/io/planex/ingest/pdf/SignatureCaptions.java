package io.planex.ingest.pdf;

import io.planex.extract.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the caption signing software prints with a signature ("Ký bởi: ...", "Thời gian ký: ...", an e-mail, a
 * time of day) from the text a widget fills into the document (a number, a day). The markers are a resource.
 */
final class SignatureCaptions {
    private static final List<String> MARKERS = load("signature-caption-markers.txt");
    /** A time of day, "10:54" or "10:54:35": signing time stamps; a document's fill-ins never carry one. */
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");

    private SignatureCaptions() {}

    static boolean isCaption(String widgetText) {
        String lower = widgetText.toLowerCase(Locale.ROOT);
        if (lower.indexOf('@') >= 0 || TIME.matcher(lower).find()) return true;
        for (String marker : MARKERS) {
            if (lower.contains(marker)) return true;
        }
        return false;
    }

    private static List<String> load(String resource) {
        return Words.raw(SignatureCaptions.class, resource).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
