package io.planex.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageMapTest {
    @Test
    void offsetsMapToTheirPage() {
        PageMap m = PageMap.ofStarts(List.of(0, 100, 250));
        assertEquals(1, m.pageOf(0));
        assertEquals(1, m.pageOf(99));
        assertEquals(2, m.pageOf(100));
        assertEquals(2, m.pageOf(249));
        assertEquals(3, m.pageOf(250));
        assertEquals(3, m.pageOf(10_000));
        assertEquals(3, m.pageCount());
    }

    @Test
    void emptyPagesShareAStartAndTheOffsetGoesToTheLast() {
        PageMap m = PageMap.ofStarts(List.of(0, 10, 10, 20));
        assertEquals(3, m.pageOf(10));
        assertEquals(3, m.pageOf(15));
    }

    @Test
    void singlePageAndBadInput() {
        assertEquals(1, PageMap.single().pageOf(12345));
        assertThrows(IllegalArgumentException.class, () -> PageMap.ofStarts(List.of(0, 20, 10)));
    }
}
