package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.unit.Outline.Marker;
import io.planex.extract.unit.Outline.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutlineTest {
    /** The paragraph index as the first-to-last walk gave it, which {@link Outline#indexAt} must keep giving. */
    private static int indexByWalk(List<Paragraph> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (offset >= p.start() && offset < p.end()) return i;
            if (p.start() > offset) return i - 1;
        }
        return paragraphs.isEmpty() ? -1 : paragraphs.size() - 1;
    }

    @Test
    void indexAtGivesTheParagraphOfTheWalkAtEveryOffsetOfTheGoldTexts() throws IOException {
        String gold = "/io/planex/extract/gold/";
        int texts = 0;
        for (String name : read(gold + "index.txt").split("\n")) {
            if (name.isBlank() || name.startsWith("#")) continue;
            String t = read(gold + name.strip());
            Outline outline = Outline.of(t);
            for (int at = -1; at <= t.length() + 1; at++) {
                assertEquals(indexByWalk(outline.paragraphs(), at), outline.indexAt(at), name + " at " + at);
            }
            texts++;
        }
        assertEquals(-1, Outline.of("").indexAt(0));
        org.junit.jupiter.api.Assertions.assertTrue(texts > 0);
    }

    @Test
    void markerShortcutAgreesWithThePatternsForEveryFirstChar() {
        String[] rests = {"", ". Sở Y tế", ") Phòng Nội vụ", " Tuyên truyền", "V. TỔ CHỨC", "1. Chung", "ều 3. Chánh",
            "IỀU 2:", ".1. Công an", "\tx", "đ) Hội"};
        String[] secondChars = {"", ". Sở", ") Phòng", " Tuyên", "\tx", "\u000Bx", "\fx", "\rx", "\nx", "ác cơ quan", "1",
            "đ", "-", ",", "(", "\u00a0x", "I. A", "V) B", ".", ")", " ", "  x", ":", "ư"};
        for (int c = 0; c < 0x3000; c++) {
            for (String rest : rests) {
                String line = (char) c + rest;
                assertEquals(Outline.markerByPatterns(line), Outline.marker(line), () -> "line " + line);
            }
            // the outline's two-char test: a line it turns away is no marker for the patterns
            for (String rest : secondChars) {
                String line = (char) c + rest;
                char[] chars = ("\n" + line + "\n").toCharArray();
                if (!Outline.mayOpenWithMarker(chars, 1, 1 + line.length())) {
                    assertEquals(Outline.NO_MARKER, Outline.markerByPatterns(line), () -> "line " + line);
                }
            }
        }
        for (String line : List.of("Điều 3. Chánh Văn phòng", "ĐIỀU 1:", "➢ Rà soát", "✓ Xong", "□ Mục")) {
            assertEquals(Outline.markerByPatterns(line), Outline.marker(line), line);
        }
    }

    @Test
    void connectorEndAgreesWithAFindOverTheWholeLine() {
        String[] words = {"và", "của", "các", "những", "ngày", "số", "để", "đến", "được", "hoặc", "trong", "x", "a",
            "và\n", "và\r\n", "của\u2028", ",", "-", "–", " ", " ", "Sở", "1", "(", "\u0085", "cácvà", "hoặcvà"};
        java.util.Random r = new java.util.Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 1 + r.nextInt(6);
            for (int i = 0; i < k; i++) b.append(words[r.nextInt(words.length)]);
            String line = b.toString();
            assertEquals(Outline.CONNECTOR_END.matcher(line).find(), Outline.connectorEnd(line), () -> "line " + line);
        }
    }

    /** The outline read from the text's chars, a line's string made only when asked for, against the reference. */
    @Test
    void outlineFromTheCharsIsTheReferenceOutline() throws IOException {
        java.util.List<String> texts = new java.util.ArrayList<>();
        String gold = "/io/planex/extract/gold/";
        for (String name : read(gold + "index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) texts.add(read(gold + name.strip()));
        }
        io.planex.testkit.corpus.RealSizePlans plans = new io.planex.testkit.corpus.RealSizePlans(3);
        for (int i = 0; i < 16; i++) texts.add(plans.text(i, io.planex.testkit.corpus.RealSizePlans.Layout.values()[i % 4]));
        String[] pieces = {"I. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế", "1.2. Công an", "a) Phòng Nội vụ", "b. Tuyên truyền", "- rà soát",
            "+ xong", "• Mục", "Điều 3. Chánh Văn phòng", "ĐIỀU 1:", "các cơ quan, đơn vị và", "thực hiện tốt.",
            "KẾ HOẠCH", "12", "- 3 -", "V/v triển khai", "𝐀 chữ", "ngày", "x", "   ", "\t", "Trang 2", "đ) Hội",
            "Tăng cường phối hợp giữa các cơ quan, đơn vị, địa phương trong công tác tuyên truyền và", "ỦY BAN NHÂN DÂN"};
        java.util.Random r = new java.util.Random(17);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(30);
            for (int i = 0; i < k; i++) {
                if (r.nextInt(4) == 0) b.append(' ');
                b.append(pieces[r.nextInt(pieces.length)]);
                b.append(r.nextInt(6) == 0 ? "\n\n" : r.nextInt(8) == 0 ? " " : "\n");
            }
            texts.add(b.toString());
        }
        texts.add("");
        for (String t : texts) {
            List<Paragraph> expected = Outline.buildReference(t).paragraphs();
            List<Paragraph> actual = Outline.build(t).paragraphs();
            assertEquals(expected.size(), actual.size(), t);
            for (int i = 0; i < expected.size(); i++) {
                Paragraph e = expected.get(i);
                Paragraph a = actual.get(i);
                assertEquals(List.of(e.start(), e.end(), e.marker(), e.depth(), e.text(), e.caps()),
                        List.of(a.start(), a.end(), a.marker(), a.depth(), a.text(), a.caps()), t);
                org.junit.jupiter.api.Assertions.assertTrue(java.util.Arrays.deepEquals(e.segments(), a.segments()), t);
            }
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = OutlineTest.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, "missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0} -> {1} depth {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "III. TỔ CHỨC THỰC HIỆN|ROMAN|0|TỔ CHỨC THỰC HIỆN",
        "1. Phòng Văn hóa và Thông tin|NUMBER|1|Phòng Văn hóa và Thông tin",
        "2.3. Công an huyện|NUMBER|2|Công an huyện",
        "1.1 Sở Y tế|NUMBER|2|Sở Y tế",
        "2- Ban cán sự đảng Ủy ban nhân dân tỉnh|NUMBER|1|Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "57- KL/TW ngày 15/6/2023|NONE|0|57- KL/TW ngày 15/6/2023",
        "20 - 25 đại biểu|NONE|0|20 - 25 đại biểu",
        "a) Ban Chỉ huy Quân sự xã|LETTER|0|Ban Chỉ huy Quân sự xã",
        "đ) Hội Nông dân xã|LETTER|0|Hội Nông dân xã",
        "- Phối hợp với Công an xã|DASH|0|Phối hợp với Công an xã",
        "+ Rà soát danh sách|PLUS|0|Rà soát danh sách",
        "• Tuyên truyền|BULLET|0|Tuyên truyền",
        "Điều 3. Chánh Văn phòng|ARTICLE|0|Điều 3. Chánh Văn phòng",
        "3.000 người tham gia|NONE|0|3.000 người tham gia",
        "15/6/2023 của Bộ Chính trị|NONE|0|15/6/2023 của Bộ Chính trị",
        "V/v rà soát số liệu|NONE|0|V/v rà soát số liệu",
        // a quarter wrapped to the line's start is no part; a part numbered with a slash is
        "II/2027.|NONE|0|II/2027.",
        "IV/2026 và năm 2027.|NONE|0|IV/2026 và năm 2027.",
        "II/ NHIỆM VỤ CỤ THỂ|ROMAN|0|NHIỆM VỤ CỤ THỂ",
        // a part named as such before its number; a body whose name opens with a P is none
        "Phần VI. PHÂN CÔNG THỰC HIỆN|ROMAN|0|PHÂN CÔNG THỰC HIỆN",
        "PHẦN II: NHIỆM VỤ VÀ GIẢI PHÁP|ROMAN|0|NHIỆM VỤ VÀ GIẢI PHÁP",
        "Phần lớn các xã đã hoàn thành|NONE|0|Phần lớn các xã đã hoàn thành",
        "Phòng Kinh tế chủ trì|NONE|0|Phòng Kinh tế chủ trì",
    })
    void recognisesMarkers(String line, Marker marker, int depth, String text) {
        Paragraph p = Outline.of(line).paragraphs().get(0);
        assertEquals(marker, p.marker());
        assertEquals(depth, p.depth());
        assertEquals(text, p.text());
    }

    @Test
    void aTableRowIsAParagraphOfItsOwnHoweverWideItIs() {
        // lines as wide as the widest (a wrapped layout) go on into the next line; a table's row does not
        String prose = "Ủy ban nhân dân xã tổ chức rà soát, cập nhật danh sách các hộ gia đình trên địa bàn xã để\n";
        String text = prose.repeat(6) + "| 1 | Rà soát hộ nghèo trên địa bàn các thôn của xã | Công an xã | Quý I/2027 |\n"
                + "| 2 | Cập nhật cơ sở dữ liệu dân cư của toàn xã theo quy định | Văn phòng xã | Quý II/2027 |\n"
                + "Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng.";
        List<String> ps = Outline.of(text).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(4, ps.size(), ps.toString());
        assertEquals("Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng.", ps.get(3));
        assertEquals(ps, Outline.buildReference(text).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void joinsPdfLinesOfOneSentenceButKeepsShortHeadingsApart() {
        String text = """
                1. Công chức Văn phòng UBND xã\s

                 Triển khai các hoạt động thông tin đối ngoại, truyền thông quảng bá về xã\s

                qua phóng viên tham gia sự kiện, hoạt động tại xã; các hoạt động đón tiếp và\s

                làm việc với các đoàn đến tham quan.\s

                2. Phòng Văn hóa và\s

                Thông tin\s
                """;
        List<Paragraph> ps = Outline.of(text).paragraphs();
        assertEquals(3, ps.size());
        assertEquals("Công chức Văn phòng UBND xã", ps.get(0).text());
        assertEquals("Triển khai các hoạt động thông tin đối ngoại, truyền thông quảng bá về xã qua phóng viên tham gia "
                + "sự kiện, hoạt động tại xã; các hoạt động đón tiếp và làm việc với các đoàn đến tham quan.",
                ps.get(1).text());
        assertEquals("Phòng Văn hóa và Thông tin", ps.get(2).text());
    }

    @Test
    void numberWordsWaitForANumberOnlyBeforeADigit() {
        // "số" at a line's end joins a symbol on the next line, but "chuyển đổi số" before a capital ends a topic
        List<Paragraph> ps = Outline.of("1. Thực hiện Kế hoạch số\n57-KH/TU của Tỉnh ủy\n3. Về chuyển đổi số\nGiao Văn phòng"
                + " rà soát.\nTổ chức vào ngày\n15/3/2026 tại hội trường.\nTổ chức họp vào ngày\nCác đơn vị").paragraphs();
        assertEquals(List.of("Thực hiện Kế hoạch số 57-KH/TU của Tỉnh ủy", "Về chuyển đổi số", "Giao Văn phòng rà soát.",
                "Tổ chức vào ngày 15/3/2026 tại hội trường.", "Tổ chức họp vào ngày", "Các đơn vị"),
                ps.stream().map(Paragraph::text).toList());
    }

    @Test
    void mapsJoinedTextPositionsBackToTheSource() {
        String text = "1. Ban Tuyên giáo Huyện ủy\n\n  hướng dẫn các chi bộ";
        Paragraph p = Outline.of(text).paragraphs().get(0);
        assertEquals("Ban Tuyên giáo Huyện ủy hướng dẫn các chi bộ", p.text());
        int at = p.text().indexOf("hướng");
        assertEquals(text.indexOf("hướng"), p.sourceOffset(at));
    }

    @Test
    void dropsPageNumbersAndNeverThrowsOnOddInput() {
        assertEquals(0, Outline.of("").paragraphs().size());
        assertEquals(0, Outline.of("\n\n  12  \n").paragraphs().size());
        assertEquals(1, Outline.of("-").paragraphs().size());
    }
}
