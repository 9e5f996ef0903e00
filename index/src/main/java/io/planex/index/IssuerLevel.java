package io.planex.index;

import java.util.Locale;
import java.util.Optional;

/** The administrative level of an issuing body. */
public enum IssuerLevel {
    CENTRAL, PROVINCE, DISTRICT, COMMUNE;

    /** The lower-case name used in the index and on the command line ("province"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named by {@code label} ("commune", any case), or empty. */
    public static Optional<IssuerLevel> ofLabel(String label) {
        if (label == null) return Optional.empty();
        for (IssuerLevel l : values()) {
            if (l.label().equalsIgnoreCase(label.strip())) return Optional.of(l);
        }
        return Optional.empty();
    }
}
