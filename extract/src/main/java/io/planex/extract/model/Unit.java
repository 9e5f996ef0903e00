package io.planex.extract.model;

import java.util.List;

/**
 * A responsible unit.
 *
 * @param name     as printed, numbering and leading verbs stripped
 * @param lead     true when the unit is itself assigned an item; false when only named as a partner
 * @param tasks    the sentences or bullets assigned to it
 * @param mentions where it is named
 */
public record Unit(String name, boolean lead, List<String> tasks, List<Mention> mentions) {
    public Unit {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
