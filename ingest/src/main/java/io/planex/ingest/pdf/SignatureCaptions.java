package io.planex.ingest.pdf;

import io.planex.extract.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the caption signing software prints with a signature ("Ký bởi: ...", "Thời gian ký: ...", an e-mail, a
 * time of day) from the text a widget fills into the document (a number, a day). The markers are a resource.
 */
public final class SignatureCaptions {
    private static final List<String> MARKERS = load("signature-caption-markers.txt");
    /** A time of day, "10:54" or "10:54:35": signing time stamps; a document's fill-ins never carry one. */
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");

    private SignatureCaptions() {}

    /**
     * Whether a line of text opens with a caption's label and its colon ("Ký bởi: ...", "Email: ...", "Thời gian ký:
     * 10.08.2026 15:20:11 +07:00"): a line the signing software printed, which the line joiner keeps apart.
     */
    public static boolean opensCaptionLine(String line) {
        // cheap first: a label's colon comes within its first 16 chars
        int colon = -1;
        for (int i = 1; i < Math.min(line.length(), 16) && colon < 0; i++) {
            if (line.charAt(i) == ':') colon = i;
        }
        if (colon < 0) return false;
        String label = line.substring(0, colon + 1).toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            String word = marker.endsWith(":") ? marker.substring(0, marker.length() - 1) : marker;
            // the marker is the whole label: nothing but spaces between it and the colon
            if (label.startsWith(word) && label.substring(word.length(), colon).isBlank()) return true;
        }
        return false;
    }

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
