package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.planex.extract.CaughtFailures;
import io.planex.extract.model.PageMap;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Megabytes of pathological text must finish (a hang guard, not a speed test) and must not throw. */
class AdversarialInputTest {
    private static final int SIZE = 2 * 1024 * 1024;

    static Stream<String> inputs() {
        return Stream.of(
                repeat("1-1-"),
                repeat("số số "),
                repeat("/"),
                repeat("1/"),
                repeat("1 - "),
                repeat("12-KH/"),
                repeat("1/2019/A-"),
                repeat("Kết luận số 57, "),
                repeat("của Ban Ban Ban "),
                repeat("A-A-A-A-"),
                repeat("ngày 1/1/ "),
                repeat(" \n"),
                repeat("1O"),
                repeat("Căn cứ "),
                repeat("Kết luận số 57-KL/TW và "),
                repeat("Ngày 1/1/2024, UBND Huyện Xã ban hành Kế hoạch số 1/KH-UBND, "),
                repeat("A, B Ban Ban - C tại "),
                repeat("2.345/"),
                repeat("\u0301"),
                repeat("\uD83D"));
    }

    private static String repeat(String unit) {
        StringBuilder b = new StringBuilder(SIZE + unit.length());
        while (b.length() < SIZE) b.append(unit);
        return b.toString();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void finishes(String input) {
        CitationExtractor extractor = new CitationExtractor();
        // what the extractor caught is collected on the thread that runs it (its net would hide a throw)
        List<Throwable> caught = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CaughtFailures.during(() -> assertNotNull(extractor.extract(input, PageMap.single()))));
        assertEquals(List.of(), caught);
    }
}
