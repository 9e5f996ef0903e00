package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PageMap;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table-driven: each row is a text and the citations expected from it; most rules also have a noisy variant. */
class CitationExtractorTest {
    private final CitationExtractor extractor = new CitationExtractor();

    private List<Citation> run(String text) {
        return extractor.extract(text, PageMap.single());
    }

    /** "symbol|type|typeName|number|year|issuerCode" of every citation, in order. */
    private String shapes(String text) {
        return run(text).stream()
                .map(c -> c.symbol() + "|" + c.type() + "|" + c.typeName() + "|" + c.number() + "|" + c.year() + "|"
                        + c.issuerCode())
                .collect(Collectors.joining(" ; "));
    }

    static Stream<Arguments> symbols() {
        return Stream.of(
                // Party N-TYPE/ISSUER
                Arguments.of("Triển khai Kết luận số 57-KL/TW của Bộ Chính trị.",
                        "57-KL/TW|KL|Kết luận|57|null|TW"),
                Arguments.of("Triển khai Kết luận số 57- \n\nKL/TW của Bộ Chính trị.",
                        "57-KL/TW|KL|Kết luận|57|null|TW"),
                Arguments.of("Triển khai Kết luận sổ 57 – KL/TW của Bộ Chính trị.",
                        "57-KL/TW|KL|Kết luận|57|null|TW"),
                Arguments.of("theo Kế hoạch số 82-KH/ThU của Thị ủy", "82-KH/ThU|KH|Kế hoạch|82|null|ThU"),
                Arguments.of("Kế hoạch số 110-KH/HŨ của Ban Thường vụ Huyện ủy", "110-KH/HU|KH|Kế hoạch|110|null|HU"),
                // "TƯ" is Trung ương, printed so by some central boards: its Ư is a letter of the code, no speck
                Arguments.of("Kế hoạch số 112/KH-BCĐTƯ ngày 15/12/2026 của Ban Chỉ đạo", "112/KH-BCĐTƯ|KH|Kế hoạch|112|null|BCĐTƯ"),
                // a joint text of two bodies prints its own type code
                Arguments.of("Căn cứ Văn bản liên tịch số 1205/VBLT-HND-NHCS ngày 15/3/2026", "1205/VBLT-HND-NHCS|VBLT|Văn bản liên tịch|1205|null|HND-NHCS"),
                Arguments.of("Quyết định số 12/QĐ-ỦBND", "12/QĐ-UBND|QĐ|Quyết định|12|null|UBND"),
                Arguments.of("theo Kế hoạch số 04-KH/\u00D0U của Đảng ủy xã", "04-KH/ĐU|KH|Kế hoạch|04|null|ĐU"),
                Arguments.of("Hướng dẫn số 114-HD/BTGTU ngày 02/3/2024", "114-HD/BTGTU|HD|Hướng dẫn|114|null|BTGTU"),
                Arguments.of("Hướng dẫn số 08-HD/BTGDVTU", "08-HD/BTGDVTU|HD|Hướng dẫn|08|null|BTGDVTU"),
                Arguments.of("Chương trình hành động số 80-CTr/TU của Thành ủy",
                        "80-CTr/TU|CTr|Chương trình hành động|80|null|TU"),
                Arguments.of("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 80 - CTr/TU", "80-CTr/TU|CTr|Chương trình hành động|80|null|TU"),
                Arguments.of("Quy định số 08-QĐi/TW về trách nhiệm nêu gương", "08-QĐi/TW|QĐi|Quy định|08|null|TW"),
                Arguments.of("Quy định số 205-QĐ/TW của Bộ Chính trị", "205-QĐ/TW|QĐ|Quy định|205|null|TW"),
                Arguments.of("Quyết định số 1755-QĐ/TU của Tỉnh ủy", "1755-QĐ/TU|QĐ|Quyết định|1755|null|TU"),
                Arguments.of("Thông tri số 12-TT/TW của Ban Bí thư", "12-TT/TW|TT|Thông tri|12|null|TW"),
                Arguments.of("Công văn số 2449-CV/ĐU của Đảng ủy", "2449-CV/ĐU|CV|Công văn|2449|null|ĐU"),
                // State N/TYPE-ISSUER and N/YYYY/TYPE-ISSUER
                Arguments.of("Kế hoạch số 38/KH-UBND ngày 01/02/2024", "38/KH-UBND|KH|Kế hoạch|38|null|UBND"),
                Arguments.of("Quyết định số 1079/QĐ-TTg của Thủ tướng Chính phủ",
                        "1079/QĐ-TTg|QĐ|Quyết định|1079|null|TTg"),
                Arguments.of("Quyết định số 1O79 / QĐ-TTg của Thủ tướng Chính phủ",
                        "1079/QĐ-TTg|QĐ|Quyết định|1079|null|TTg"),
                Arguments.of("Quyết định số 1079/0Đ-TTg của Thủ tướng", "1079/QĐ-TTg|QĐ|Quyết định|1079|null|TTg"),
                // OCR reads a wide gap between two digits as a space: the number is one
                Arguments.of("Căn cứ Quyết định số 1 322/QĐ-UBND ngày 04/5/2026", "1322/QĐ-UBND|QĐ|Quyết định|1322|null|UBND"),
                Arguments.of("Thông tư số 1 3/2026/TT-BCT ngày 25/3/2026", "13/2026/TT-BCT|TT|Thông tư|13|2026|BCT"),
                Arguments.of("Kết luận số 12 1-KL/TW của Bộ Chính trị", "121-KL/TW|KL|Kết luận|121|null|TW"),
                Arguments.of("Quyết định số 27/2019/QĐ-UBND của UBND tỉnh",
                        "27/2019/QĐ-UBND|QĐ|Quyết định|27|2019|UBND"),
                Arguments.of("Nghị định số 72/2015/NĐ-CP của Chính phủ", "72/2015/NĐ-CP|NĐ|Nghị định|72|2015|CP"),
                Arguments.of("Nghị định số 72 /2015/ N\u00D0-CP của Chính phủ", "72/2015/NĐ-CP|NĐ|Nghị định|72|2015|CP"),
                Arguments.of("Thông tư số 22/2016/TT-BTTTT của Bộ Thông tin và Truyền thông",
                        "22/2016/TT-BTTTT|TT|Thông tư|22|2016|BTTTT"),
                Arguments.of("Quyết định số 01/2020/QĐ-UBND", "01/2020/QĐ-UBND|QĐ|Quyết định|01|2020|UBND"),
                // bodies printing no type code: the type word decides
                Arguments.of("Nghị quyết số 35/2021/QH15 của Quốc hội khóa XV",
                        "35/2021/QH15|NQ|Nghị quyết|35|2021|QH15"),
                Arguments.of("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13",
                        "85/2015/QH13|Luật|Luật|85|2015|QH13"),
                Arguments.of("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13",
                        "80/2015/QH13|Luật|Luật|80|2015|QH13"),
                // compound issuers
                Arguments.of("Chỉ thị số 33/CT-TUPT&ĐUQCHQ", "33/CT-TUPT&ĐUQCHQ|CT|Chỉ thị|33|null|TUPT&ĐUQCHQ"),
                Arguments.of("Nghị quyết số 12/2020/NQ-HĐND của HĐND tỉnh",
                        "12/2020/NQ-HĐND|NQ|Nghị quyết|12|2020|HĐND"),
                Arguments.of("Thông tư liên tịch số 01/2020/TTLT-BTC-BNV",
                        "01/2020/TTLT-BTC-BNV|TTLT|Thông tư liên tịch|01|2020|BTC-BNV"),
                // a joint code typed with spaces around its parts is one symbol
                Arguments.of("Chương trình phối hợp số 15/CTPH- UBND& MTTQ ngày 02/01/2025 của UBND xã",
                        "15/CTPH-UBND&MTTQ|CTPH|Chương trình phối hợp|15|null|UBND&MTTQ"),
                Arguments.of("Quy chế số 07/QC-UBND &MTTQ", "07/QC-UBND&MTTQ|QC|Quy chế|07|null|UBND&MTTQ"),
                Arguments.of("Kế hoạch số 04/KH-MTTQ - BTT ngày 04/12/2025", "04/KH-MTTQ-BTT|KH|Kế hoạch|04|null|MTTQ-BTT"),
                // a spaced dash before a word of the sentence is no part of the code
                Arguments.of("Kế hoạch số 12/KH-UBND - Về việc tuyên truyền", "12/KH-UBND|KH|Kế hoạch|12|null|UBND"),
                // a company's number with a dot is kept whole
                Arguments.of("Tờ trình số 10.11/TTr-VMI ngày 10/11/2025 của Công ty",
                        "10.11/TTr-VMI|TTr|Tờ trình|10.11|null|VMI"),
                Arguments.of("Giấy mời số 21.5/GM-BL ngày 21/5/2026", "21.5/GM-BL|GM|Giấy mời|21.5|null|BL"),
                // a number with a letter after it, a document added between two numbers of the register
                Arguments.of("Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ", "36a/NQ-CP|NQ|Nghị quyết|36a|null|CP"),
                Arguments.of("Kế hoạch số 05b-KH/TU ngày 03/3/2016", "05b-KH/TU|KH|Kế hoạch|05b|null|TU"),
                // ... a letter apart from its number is none of it
                Arguments.of("Quyết định số 12 a/QĐ-UBND", ""),
                // a symbol a typist left in lower case, right after "số"; not elsewhere ("tỷ lệ 27/kh")
                Arguments.of("Thực hiện Kế hoạch số 27/kh-ubnd ngày 18/3/2026", "27/KH-UBND|KH|Kế hoạch|27|null|UBND"),
                Arguments.of("đạt tỷ lệ 27/kh-ubnd", ""),
                // letters print no type code
                Arguments.of("Văn bản số 4250/BNNMT-ĐCKS của Bộ Nông nghiệp và Môi trường",
                        "4250/BNNMT-ĐCKS|CV|Công văn|4250|null|BNNMT-ĐCKS"),
                Arguments.of("Công văn số 1289/UBND-TH ngày 3/5/2024", "1289/UBND-TH|CV|Công văn|1289|null|UBND-TH"),
                Arguments.of("công văn 1289 / UBND - TH", "1289/UBND-TH|CV|Công văn|1289|null|UBND-TH"),
                // proposals
                Arguments.of("Tờ trình số 20/TTr-BGT của Ban Giám đốc", "20/TTr-BGT|TTr|Tờ trình|20|null|BGT"),
                // unknown issuer code of the right shape
                Arguments.of("Kế hoạch số 45/KH-BQLDA", "45/KH-BQLDA|KH|Kế hoạch|45|null|BQLDA"),
                // the Front's central committee: a code ending in TW that is no Party body keeps the State order
                Arguments.of("Hướng dẫn số 45/HD-MTTW-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
                        "45/HD-MTTW-BTT|HD|Hướng dẫn|45|null|MTTW-BTT"),
                // symbol without a type word: the code decides
                Arguments.of("như đã nêu tại 25-CT/TW về đối ngoại", "25-CT/TW|CT|Chỉ thị|25|null|TW"),
                // the same document printed in both orders
                Arguments.of("Kế hoạch số 211-KH/TU của Tỉnh ủy. Tuyên truyền Kế hoạch số 211/KH-TU của Tỉnh ủy.",
                        "211-KH/TU|KH|Kế hoạch|211|null|TU"),
                Arguments.of("Kế hoạch số 211/KH-TU của Tỉnh ủy. Tuyên truyền Kế hoạch số 211 -KH/TU.",
                        "211-KH/TU|KH|Kế hoạch|211|null|TU"),
                Arguments.of("Kế hoạch số 12/KH-ABC; Kế hoạch số 12-KH/ABC; Kế hoạch số 12/KH-ABC",
                        "12/KH-ABC|KH|Kế hoạch|12|null|ABC"),
                // a Party body's department after its code: one issuer code, dash and all
                Arguments.of("Chương trình số 142-CTr/TWĐTN-TNTH ngày 20/8/2024 của Ban Bí thư Trung ương Đoàn",
                        "142-CTr/TWĐTN-TNTH|CTr|Chương trình|142|null|TWĐTN-TNTH"),
                Arguments.of("Kế hoạch số 15-KH/TĐTN-TH về công tác", "15-KH/TĐTN-TH|KH|Kế hoạch|15|null|TĐTN-TH"),
                // ... but not the next word of the sentence after a spaced dash
                Arguments.of("Kết luận số 57-KL/TW - Về tiếp tục", "57-KL/TW|KL|Kết luận|57|null|TW"),
                // OCR dropped the slash after the year: a capital right after it shows where it was
                Arguments.of("Căn cứ Nghị quyết số 09/2025NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh",
                        "09/2025/NQ-HĐND|NQ|Nghị quyết|09|2025|HĐND"),
                // a military command's order
                Arguments.of("Mệnh lệnh số 45/ML-BTL ngày 08/01/2024 của Tư lệnh Quân khu 5",
                        "45/ML-BTL|ML|Mệnh lệnh|45|null|BTL"));
    }

    @ParameterizedTest
    @MethodSource("symbols")
    void readsEverySymbolFamily(String text, String expected) {
        assertEquals(expected, shapes(text));
    }

    static Stream<Arguments> notCitations() {
        return Stream.of(
                Arguments.of("Báo cáo theo Mẫu số 02/BCĐBHĐND-MT kèm theo."),
                Arguments.of("Lập biểu theo mẫu số 01/KH-UBND đính kèm."),
                Arguments.of("theo quy định của Luật Ngân sách Nhà nước và Nghị quyết Đại hội XIII của Đảng."),
                Arguments.of("Số: /KH-UBND\nHà Nội, ngày tháng năm 2024\nKẾ HOẠCH\nVề công tác năm 2024"),
                Arguments.of("ĐẢNG ỦY XÃ AN BÌNH\n*\nSố: 04-KH/ĐU\nAn Bình, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\n"
                        + "công tác tuyên truyền năm 2025"),
                Arguments.of("ĐẢNG ỦY XÃ AN BÌNH\n*\nSố  04-KH/ĐU\nKẾ HOẠCH\ncông tác năm 2025\n"
                        + "Kế hoạch số 04-KH/ĐU này thay thế kế hoạch cũ."),
                Arguments.of("ngày 15/6/2023, ngày 19/9/ 2023, giai đoạn 2021-2025, 2/9, số 57 và số 71"),
                Arguments.of("Kết luận 57 của Bộ Chính trị được quán triệt."),
                Arguments.of("KẾ HOẠCH\nVề công tác đối ngoại năm 2025\nSố: 15/KH-UBND\nAn Bình, ngày 02/3/2025"),
                Arguments.of("4250/BNNMT-ĐCKS"),
                // a symbol cut at a line end and joined to a stray letter: no issuer code has one letter
                Arguments.of("Điều 12 Nghị định sô 73/2024/NĐ- K” xTợn của Bộ Nội"),
                Arguments.of(""));
    }

    @ParameterizedTest
    @MethodSource("notCitations")
    void findsNothingWhereNothingIsCited(String text) {
        assertEquals(List.of(), run(text));
    }

    @Test
    void nullInputGivesNothing() {
        assertEquals(List.of(), extractor.extract(null, null));
    }

    @Test
    void coordinatedListsGiveOneCitationEachWithItsOwnSpan() {
        String text = "Quán triệt Kết luận số 57-\n\nKL/TW và 71-KL/TW của Bộ Chính trị.";
        List<Citation> cs = run(text);
        assertEquals(2, cs.size());
        assertEquals("57-KL/TW", cs.get(0).symbol());
        assertEquals("71-KL/TW", cs.get(1).symbol());
        assertEquals("Kết luận", cs.get(1).typeName());
        assertEquals("Bộ Chính trị", cs.get(0).issuer());
        assertEquals("Bộ Chính trị", cs.get(1).issuer());
        assertEquals("57-\n\nKL/TW", cs.get(0).mentions().get(0).text());
        assertEquals("71-KL/TW", cs.get(1).mentions().get(0).text());
    }

    @Test
    void bareNumbersInAListShareTheLastSymbol() {
        String text = "các Nghị quyết số 18, 19-NQ/TW và các Chỉ thị số 25-CT/TW, 32 - CT/TW";
        List<Citation> cs = run(text);
        assertEquals(List.of("18-NQ/TW", "19-NQ/TW", "25-CT/TW", "32-CT/TW"),
                cs.stream().map(Citation::symbol).toList());
        Mention eighteen = cs.get(0).mentions().get(0);
        assertEquals("18", eighteen.text());
        assertEquals(text.indexOf("18"), eighteen.start());
        assertEquals("Nghị quyết", cs.get(0).typeName());
        assertEquals("Chỉ thị", cs.get(3).typeName());
    }

    @Test
    void sharedIssuerButNoSharedDate() {
        String text = "Kế hoạch số 358-KH/TU ngày 10/3/2024 và Chương trình hành động số 80-CTr/TU của Ban Thường vụ"
                + " \n\nThành ủy Hải Phòng về công tác đối ngoại.";
        List<Citation> cs = run(text);
        assertEquals(2, cs.size());
        assertEquals("2024-03-10", cs.get(0).date());
        assertNull(cs.get(1).date());
        assertEquals("Ban Thường vụ Thành ủy Hải Phòng", cs.get(0).issuer());
        assertEquals("Ban Thường vụ Thành ủy Hải Phòng", cs.get(1).issuer());
        assertEquals("Chương trình hành động", cs.get(1).typeName());
    }

    @Test
    void membersDatedOneByOneShareTheIssuerOfTheirCommonCode() {
        List<Citation> cs = run("thực hiện Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 và Nghị định số 38/2023/NĐ-CP"
                + " ngày 24/6/2023 của Chính phủ, Thông tư số 55/2023/TT-BTC.");
        assertEquals("Chính phủ", cs.get(0).issuer());
        assertEquals("Chính phủ", cs.get(1).issuer());
        assertNull(cs.get(2).issuer());
        // a semicolon list of dated members keeps each member's issuer to itself
        List<Citation> listed = run("Kế hoạch số 45/KH-UBND ngày 20/01/2024; Kế hoạch số 67/KH-UBND ngày 05/3/2024"
                + " của UBND huyện.");
        assertNull(listed.get(0).issuer());
        assertEquals("UBND huyện", listed.get(1).issuer());
    }

    @Test
    void noDetailLeaksIntoTheNeighbour() {
        String text = "Tuyên truyền Kết luận số 57-KL/TW, Kế hoạch số 211-KH/TU ngày 25/7/2023 của Tỉnh ủy Hưng Yên,"
                + " Chỉ thị 25-CT/TW ngày 08/8/2018 của Ban Bí thư.";
        List<Citation> cs = run(text);
        assertEquals(3, cs.size());
        assertNull(cs.get(0).date());
        assertNull(cs.get(0).issuer());
        assertEquals("Tỉnh ủy Hưng Yên", cs.get(1).issuer());
        assertEquals("2018-08-08", cs.get(2).date());
        assertEquals("Ban Bí thư", cs.get(2).issuer());
    }

    @Test
    void issuerAndDatePrintedBeforeTheTypeWord() {
        Citation plan = run("- Ngày 15/01/2024, UBND huyện ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.").get(0);
        assertEquals("2024-01-15", plan.date());
        assertEquals("UBND huyện", plan.issuer());
        Citation directive = run("Ngày 22 tháng 3 năm 2024, Ban Thường vụ Huyện ủy \n\nban hành Chỉ thị số 04-CT/HU về"
                + " chuyển đổi số.").get(0);
        assertEquals("2024-03-22", directive.date());
        assertEquals("Ban Thường vụ Huyện ủy", directive.issuer());
        Citation letter = run("Thực hiện yêu cầu của Sở Thông tin và Truyền thông tại Văn bản số 640/STTTT-CĐS ngày"
                + " 27/5/2024, UBND huyện báo cáo như sau.").get(0);
        assertEquals("Sở Thông tin và Truyền thông", letter.issuer());
        assertEquals("2024-05-27", letter.date());
        List<Citation> list = run("UBND huyện ban hành Quyết định số 45/QĐ-UBND, 46/QĐ-UBND ngày 20/02/2024 kiện toàn"
                + " Ban Chỉ đạo.");
        assertEquals(List.of("UBND huyện", "UBND huyện"), list.stream().map(Citation::issuer).toList());
        Citation advised = run("Phòng Nội vụ đã tham mưu UBND huyện ban hành Quyết định số 77/QĐ-UBND về kiện toàn.").get(0);
        assertEquals("UBND huyện", advised.issuer());
        List<Citation> listed = run("Phòng Nội vụ đã tham mưu UBND huyện ban hành các Quyết định số 77/QĐ-UBND, 78/QĐ-UBND"
                + " ngày 15/01/2024 về kiện toàn.");
        assertEquals(List.of("UBND huyện", "UBND huyện"), listed.stream().map(Citation::issuer).toList());
        // what comes before is not a name that issues: nothing is read
        assertNull(run("Tuyên truyền, phổ biến rộng rãi Kế hoạch số 12/KH-UBND.").get(0).issuer());
        assertNull(run("Các đơn vị đã ban hành Kế hoạch số 12/KH-UBND.").get(0).issuer());
    }

    @Test
    void issuerAfterTheLastMembersDateNamesAnUndatedList() {
        List<Citation> cs = run("Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung"
                + " ương khóa XII.");
        assertEquals(List.of("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương"),
                cs.stream().map(Citation::issuer).toList());
        assertEquals("2017-10-25", cs.get(0).date());
        assertEquals("2017-10-25", cs.get(1).date());
    }

    /** A list of documents, then the expected dates of its members ("null" for none), ";"-separated. */
    static Stream<Arguments> datesPrintedOnceAfterAList() {
        return Stream.of(
                Arguments.of("Căn cứ Nghị quyết số 12/NQ-HĐND, Nghị quyết số 13/NQ-HĐND và Nghị quyết số 14/NQ-HĐND"
                        + " ngày 10/12/2024 của HĐND tỉnh;", "2024-12-10;2024-12-10;2024-12-10"),
                Arguments.of("Quán triệt các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
                        "2017-10-25;2017-10-25"),
                Arguments.of("UBND huyện ban hành Quyết định số 45/QĐ-UBND, 46/QĐ-UBND ngày 20/02/2024 kiện toàn"
                        + " Ban Chỉ đạo.", "2024-02-20;2024-02-20"),
                // another type, another body, a member dated on its own or a list cut by a semicolon: not shared
                Arguments.of("Thực hiện Kế hoạch số 12/KH-UBND và Quyết định số 15/QĐ-UBND ngày 10/3/2024 của UBND"
                        + " huyện.", "null;2024-03-10"),
                Arguments.of("Thực hiện Kế hoạch số 12/KH-UBND, Kế hoạch số 13/KH-BCĐ ngày 10/3/2024.",
                        "null;2024-03-10"),
                Arguments.of("Kế hoạch số 45/KH-UBND ngày 20/01/2024, Kế hoạch số 46/KH-UBND, Kế hoạch số 47/KH-UBND"
                        + " ngày 05/3/2024.", "2024-01-20;2024-03-05;2024-03-05"),
                Arguments.of("Kế hoạch số 45/KH-UBND; Kế hoạch số 67/KH-UBND ngày 05/3/2024.", "null;2024-03-05"),
                // "cùng ngày": the one date of the list, said so
                Arguments.of("Căn cứ các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND cùng ngày 05/01/2025 của UBND huyện;",
                        "2025-01-05;2025-01-05"));
    }

    @ParameterizedTest
    @MethodSource("datesPrintedOnceAfterAList")
    void aDatePrintedOnceAfterAListOfOneKindDatesTheWholeList(String text, String expected) {
        assertEquals(expected, run(text).stream().map(c -> String.valueOf(c.date())).collect(Collectors.joining(";")));
    }

    @Test
    void aThousandsDotStaysInsideTheNumber() {
        assertEquals("2345/QĐ-UBND|QĐ|Quyết định|2345|null|UBND", shapes("Quyết định số 2.345/QĐ-UBND ngày 07/3/2024."));
        // a dotted date or section number before a symbol is not joined to it
        assertEquals("345/QĐ-UBND|QĐ|Quyết định|345|null|UBND", shapes("Mục 1.2.345/QĐ-UBND"));
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị", "2023-06-15"),
                Arguments.of("Kết luận số 57-KL/TW, ngày 15 tháng 6 năm 2023", "2023-06-15"),
                Arguments.of("Kết luận số 57-KL/TW ngày 15-6-2023", "2023-06-15"),
                Arguments.of("Kết luận số 57-KL/TW ngày 15.6.2023", "2023-06-15"),
                Arguments.of("Kế hoạch số 139/KH-UBND ngày 19/9/ 2023 của UBND tỉnh", "2023-09-19"),
                Arguments.of("Kế hoạch số 139/KH-UBND ngày  05  tháng 8\nnăm 2025", "2025-08-05"),
                Arguments.of("Kế hoạch số 139/KH-UBND của UBND tỉnh ngày 19/9/2023", "2023-09-19"),
                Arguments.of("Kế hoạch số 139/KH-UBND ngày 45/9/2023", null),
                // OCR misreads the tone mark of "ngày"
                Arguments.of("Nghị định số 24/2026/NĐ-CP ngây 17 tháng 01 năm 2026 của Chính phủ", "2026-01-17"),
                Arguments.of("Kế hoạch số 139/KH-UBND ngảy 19/9/2023", "2023-09-19"),
                // and a digit of the month as a letter
                Arguments.of("Nghị định số 26/2026/NĐ-CP ngày 17 tháng 0Ì năm 2026 của Chỉnh phủ", "2026-01-17"),
                Arguments.of("Kế hoạch số 139/KH-UBND ngày l9 tháng 9 năm 2023", "2023-09-19"),
                Arguments.of("Kế hoạch số 139/KH-UBND ngày 19 tháng In năm 2023", null));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void readsTheSigningDate(String text, String expected) {
        assertEquals(expected, run(text).get(0).date());
    }

    static Stream<Arguments> issuers() {
        return Stream.of(
                Arguments.of("Nghị quyết số 45-NQ/TW của Bộ Chính trị khóa XII về xây dựng", "Bộ Chính trị"),
                Arguments.of("Nghị quyết số 35/2021/QH15 của Quốc hội khoá XV", "Quốc hội"),
                Arguments.of("Kế hoạch số 82-KH/ThU ngày 09/8/2023 của Ban Thường vụ \n\nThị ủy Mỹ Hào về việc",
                        "Ban Thường vụ Thị ủy Mỹ Hào"),
                Arguments.of("Quyết định số 27/2019/QĐ-UBND ngày 19/7/2019 của UBND tỉnh về việc ban hành",
                        "UBND tỉnh"),
                Arguments.of("Hướng dẫn số 08-HD/BTGDVTU, ngày 28/7/2025 của Ban Tuyên giáo và Dân vận Thành ủy"
                        + " Hải Phòng về công tác", "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng"),
                Arguments.of("Kết luận số 57-KL/TW của Bộ Chính trị và Kế hoạch số 211-KH/TU", "Bộ Chính trị"),
                // the agent of "do ... gửi kèm" (sent with) before the type word
                Arguments.of("điều chỉnh các trường thông tin sai lệch theo danh sách lỗi do Bộ Nội vụ gửi kèm Công văn số"
                        + " 5120/BNV-CCVC ngày 20 tháng 12 năm 2026.", "Bộ Nội vụ"),
                // a joint document's parties after "giữa" (between)
                Arguments.of("theo Quy chế phối hợp số 05/QC-BCH-CAT ngày 12/3/2023 giữa Bộ Chỉ huy Bộ đội Biên phòng"
                        + " tỉnh và Công an tỉnh; tham mưu", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh"),
                // a board named for its field, capitalised with the comma inside it, before "tại"
                Arguments.of("Theo đề nghị của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã tại Tờ trình số"
                        + " 09/TTr-BCH ngày 04 tháng 4 năm 2024.", "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"),
                // "ban" ends a name only in "ban hành"; a spaced hyphen joins two capitalised parts of one name
                Arguments.of("Xét Tờ trình số 145/TTr-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về dự thảo",
                        "Ủy ban nhân dân tỉnh"),
                Arguments.of("Báo cáo thẩm tra số 88/BC-HĐND ngày 02/12/2024 của Ban Văn hóa - Xã hội Hội đồng nhân dân"
                        + " tỉnh; ý kiến thảo luận", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh"),
                Arguments.of("Quyết định số 27/2019/QĐ-UBND của UBND tỉnh ban hành Quy chế", "UBND tỉnh"),
                // a resolution of the Party executive committee carries the committee's code (HU, TU, ĐU)
                Arguments.of("Nghị quyết số 15-NQ/HU ngày 20/12/2023 của Ban Chấp hành Đảng bộ huyện về nhiệm vụ",
                        "Ban Chấp hành Đảng bộ huyện"),
                Arguments.of("Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh\n\nkhóa XX về chuyển đổi số",
                        "Ban Chấp hành Đảng bộ tỉnh"),
                Arguments.of("theo Thông tư số 07/2016/TT-BNNPTNT ngày 31/5/2016 của Bộ Nông nghiệp và Phát triển nông"
                        + " thôn.", "Bộ Nông nghiệp và Phát triển nông thôn"),
                // a committee of the council signs its own reports with the council's code
                Arguments.of("Báo cáo thẩm tra số 45/BC-HĐND của Ban Văn hóa - Xã hội; ý kiến thảo luận",
                        "Ban Văn hóa - Xã hội"),
                // the Front's standing board names its body by the abbreviation MTTQ, with or without "Việt Nam"
                Arguments.of("Hướng dẫn số 21/HD-MTTQ-BTT ngày 05/3/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
                        + " Bình Định về công tác", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định"),
                Arguments.of("Kế hoạch số 09/KH-MTTQ-BTT của Ban Thường trực UBMTTQ xã về giám sát",
                        "Ban Thường trực UBMTTQ xã"),
                // the issuer given only by its short form after the symbol
                Arguments.of("Thực hiện Kế hoạch số 740/KH-UBND ngày 12/12/2024 của UBND tỉnh về chuyển đổi số",
                        "UBND tỉnh"),
                // a title's issuer ends on its line: the capitals below are the next part of the layout
                Arguments.of("Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n"
                        + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;", "Bộ Chính trị"),
                Arguments.of("Kế hoạch số 15/KH-UBND của UBND\nTỈNH QUẢNG NAM", "UBND TỈNH QUẢNG NAM"),
                // a Party plenum: its ordinal is part of its name, and it may follow the date without "của"
                Arguments.of("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành"
                        + " Trung ương Đảng khóa XII;", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng"),
                Arguments.of("Thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành"
                        + " Trung ương Đảng khóa XII;", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng"),
                Arguments.of("Thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 Hội nghị Trung ương 6 khóa XII về",
                        "Hội nghị Trung ương 6"),
                // nor into the rule drawn under the title
                Arguments.of("thực hiện Kết luận số 83-KL/TW, ngày 28/6/2026 của Bộ Chính trị\n-----\nThực hiện",
                        "Bộ Chính trị"),
                // nor does it go on into the next clause of the opening on the line below
                Arguments.of("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/02/2026 của UBND huyện\nCăn cứ Luật Tổ chức"
                        + " chính quyền địa phương;", "UBND huyện"),
                Arguments.of("Thực hiện Công văn số 88/UBND-VX của UBND tỉnh\nXét đề nghị của Phòng Nội vụ,", "UBND tỉnh"),
                Arguments.of("theo Quyết định số 12/QĐ-UBND của Ủy ban nhân dân\nhuyện Đông Anh về việc",
                        "Ủy ban nhân dân huyện Đông Anh"),
                // OCR's marks on the body's name do not stop it from fitting the code
                Arguments.of("Nghị định số 26/2026/NĐ-CP ngày 17 tháng 0Ì năm 2026 của Chỉnh phủ quy định chi tiết",
                        "Chỉnh phủ"),
                // a body that opens a paragraph after a heading issues what it "đã ban hành"
                Arguments.of("1. Công tác chỉ đạo, điều hành\nUBND huyện đã ban hành Kế hoạch số 120/KH-UBND ngày"
                        + " 15/3/2026 triển khai thực hiện.", "UBND huyện"),
                // "phòng, chống" keeps its comma inside a name
                Arguments.of("Căn cứ Kế hoạch số 11/KH-BCĐ ngày 20/01/2026 của Ban Chỉ đạo phòng, chống tội phạm tỉnh"
                        + " Quảng Ninh, Ban Chỉ đạo huyện", "Ban Chỉ đạo phòng, chống tội phạm tỉnh Quảng Ninh"),
                // a minister heading a ministerial office is one post, its comma inside it
                Arguments.of("Căn cứ Thông tư số 03/2025/TT-VPCP ngày 10 tháng 01 năm 2025 của Bộ trưởng, Chủ nhiệm"
                        + " Văn phòng Chính phủ hướng dẫn thi hành", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
                // a reason's words before the issuer printed ahead of the symbol are not the issuer's
                Arguments.of("Xét báo cáo của Bộ Y tế tại văn bản số 6543/BYT-KCB ngày 20 tháng 10 năm 2026, Phó Thủ"
                        + " tướng có ý kiến", "Bộ Y tế"),
                Arguments.of("Theo đề nghị của Sở Nội vụ tại Tờ trình số 15/TTr-SNV ngày 02/3/2026,", "Sở Nội vụ"),
                // a preposition opening the sentence is no subject of its verb
                Arguments.of("Thư viện số đã vận hành. Theo hướng dẫn tại Công văn số 1187/SVHTTDL-QLVH, 96 xã đã cập nhật.",
                        null),
                // the issuer ends before what its plan does to the laws it carries out
                Arguments.of("Kế hoạch 412/KH-UBND của UBND tỉnh cụ thể hóa Luật Thư viện", "UBND tỉnh"),
                // nor into the header's place and date, printed after the subject when the left column comes first
                Arguments.of("V/v triển khai Công văn số 1987/BTC-NSNN ngày 20/10/2026 của Bộ Tài chính\nQuảng Trị,"
                        + " ngày 09 tháng 11 năm 2026\nKính gửi:", "Bộ Tài chính"),
                // a province's name on the next line is still the name's rest
                Arguments.of("theo Kế hoạch số 21/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh\nQuảng Trị về việc",
                        "Ủy ban nhân dân tỉnh Quảng Trị"),
                // the phrase must fit the code: Tỉnh ủy does not issue TW documents
                Arguments.of("Kết luận số 57-KL/TW của Tỉnh ủy", null),
                // a dash inside an earlier joined name moves no later candidate's end of the lead
                Arguments.of("Bộ Tài chính hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2027 và Kế hoạch tài chính"
                        + " - ngân sách nhà nước 03 năm 2027 - 2029; thực hiện ý kiến chỉ đạo của Ủy ban nhân dân tỉnh tại"
                        + " Công văn số 3120/UBND-KTTH ngày 08/6/2026, Sở Tài chính đề nghị", "Ủy ban nhân dân tỉnh"),
                // a passive's agent marked as a body of before the merger, then its verb phrase
                Arguments.of("hoàn thành các dự án đã được UBND tỉnh Quảng Bình (cũ) phê duyệt chủ trương đầu tư tại"
                        + " Quyết định số 2315/QĐ-UBND ngày 26/7/2024.", "UBND tỉnh Quảng Bình"),
                // the subject of a clause of time ("khi", "sau khi") issued what it "ban hành"
                Arguments.of("Ngay sau khi UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 10/3/2026 về xóa nhà tạm,",
                        "UBND tỉnh"),
                // a type word, then what kind of it, then its number
                Arguments.of("Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU ngày 18/3/2026;", "Đảng ủy xã"),
                // a role after a spaced dash describes the issuer named before it
                Arguments.of("Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn - Cơ quan thường trực Ban"
                        + " Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tại Tờ trình số 137/TTr-SNN ngày 29"
                        + " tháng 5 năm 2024,", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
                // a compound code's department, named by the words its initials stand for
                Arguments.of("thực hiện Hướng dẫn số 125/HD-MTTQ-BTT ngày 02/10/2025 của Ban Thường trực, 100% khu dân cư",
                        "Ban Thường trực"),
                Arguments.of("theo Hướng dẫn số 125/HD-MTTQ-BTT ngày 02/10/2025 của Sở Nội vụ", null),
                // a topic named first, the clause's subject then its verb before "tại"
                Arguments.of("c) Nội dung này Sở Xây dựng đã hướng dẫn tại Văn bản số 1120/SXD-QLXD ngày 15/4/2026 gửi"
                        + " các xã", "Sở Xây dựng"),
                // a body of before the merger, so marked; a joined clause's subject before its issuing verb
                Arguments.of("Ngay sau khi Chỉ thị được ban hành, Ủy ban nhân dân tỉnh\n\nQuảng Bình (cũ) đã ban hành Kế"
                        + " hoạch số 1125/KH-UBND ngày 05/6/2024", "Ủy ban nhân dân tỉnh Quảng Bình"),
                // what a body issues with a decision, the body issued the decision
                Arguments.of("Thực hiện Chương trình công tác năm 2026 của Ủy ban nhân dân tỉnh ban hành kèm theo Quyết"
                        + " định số 38/QĐ-UBND ngày 09/01/2026, ngày 12/3/2026, tại trụ sở", "Ủy ban nhân dân tỉnh"),
                // the body a draft is put before issues it
                Arguments.of("Sở Nông nghiệp và Môi trường đã trình Hội đồng nhân dân tỉnh ban hành Nghị quyết số"
                        + " 27/2025/NQ-HĐND ngày 10/12/2025 quy định mức hỗ trợ", "Hội đồng nhân dân tỉnh"),
                Arguments.of("Theo Tờ trình Sở Nội vụ ban hành Quyết định số 12/QĐ-SNV", null),
                // ... but only before "tại"
                Arguments.of("Nội dung này Sở Xây dựng ban hành Văn bản số 1120/SXD-QLXD", null),
                // a table listing documents: the issuer's own column
                Arguments.of("| STT | Tên loại, số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |\n|---|---|---|---|---|\n"
                        + "| 1 | Nghị quyết số 03-NQ/ĐU | 22/8/2025 | Ban Chấp hành Đảng bộ phường | Về phòng, chống ma túy |",
                        "Ban Chấp hành Đảng bộ phường"),
                Arguments.of("| STT | Văn bản | Ngày ban hành | Cơ quan ban hành |\n| 1 | Kế hoạch số 09-KH/ĐU | 05/9/2025 | |",
                        null));
    }

    @Test
    void aTableListingDocumentsDatesEachFromItsDateColumn() {
        String table = String.join("\n", "| STT | Tên loại, số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |",
                "|---|---|---|---|---|",
                "| 1 | Nghị quyết số 03-NQ/ĐU | 22/8/2025 | Ban Chấp hành Đảng bộ phường | Về ma túy |",
                "| 2 | Kế hoạch số 57/KH-UBND | ngày 16 tháng 9 năm 2025 | Ủy ban nhân dân phường | Triển khai |",
                "| 3 | Công văn số 184/UBND-VHXH ngày 14/01/2026 của UBND phường | | | Rà soát |");
        assertEquals(List.of("2025-08-22", "2025-09-16", "2026-01-14"),
                run(table).stream().map(Citation::date).toList());
        // a short listing's date column headed "Ngày" alone; a cell that only holds the word "ngày" heads nothing
        String listing = String.join("\n", "| STT | Số, ký hiệu | Ngày | Cơ quan ban hành | Trích yếu |",
                "| 1 | 57-NQ/TW | 22/12/2024 | Bộ Chính trị | Về đột phá phát triển khoa học, công nghệ |",
                "| 2 | 03/NQ-CP | 09/01/2025 | Chính phủ | Ban hành Chương trình hành động ngày 09/01/2025 |");
        assertEquals(List.of("2024-12-22|Bộ Chính trị", "2025-01-09|Chính phủ"),
                run(listing).stream().map(c -> c.date() + "|" + c.issuer()).toList());
        // a repeal's table with no issuer column: the sentence over it names who issued them all
        String repealed = String.join("\n", "Bãi bỏ toàn bộ 02 văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh"
                        + " Thanh Hóa ban hành sau đây:", "",
                "| STT | Tên loại, số, ký hiệu văn bản | Ngày ban hành | Trích yếu nội dung | Lý do bãi bỏ |",
                "| 1 | Quyết định số 12/2016/QĐ-UBND | 15/4/2016 | Ban hành Quy định quản lý phân bón | Hết hiệu lực |",
                "| 2 | Chỉ thị số 05/2021/CT-UBND | 19/3/2021 | Về quản lý, bảo vệ rừng | Đã được thay thế |");
        assertEquals(List.of("2016-04-15|Ủy ban nhân dân tỉnh Thanh Hóa", "2021-03-19|Ủy ban nhân dân tỉnh Thanh Hóa"),
                run(repealed).stream().map(c -> c.date() + "|" + c.issuer()).toList());
        // a table of tasks has no such column: nothing taken from its cells
        String tasks = "| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n| 1 | Thực hiện Kế hoạch số 57/KH-UBND | Phòng Kinh tế | 22/8/2025 |";
        assertEquals(java.util.Arrays.asList((String) null), run(tasks).stream().map(Citation::date).toList());
    }

    /** A second document joined by "và" after one held at a body's words ("của X tại ...") is that body's too. */
    @Test
    void aDocumentJoinedAfterOneHeldAtABodysWordsIsThatBodys() {
        String text = "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 86/CĐ-TTg ngày 10/9/2026 về việc ứng"
                + " phó với bão số 5 và Công điện số 88/CĐ-TTg ngày 13/9/2026 về việc khắc phục hậu quả bão; căn cứ"
                + " Thông tư số 21/2025/TT-BNNMT ngày 30/6/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường,";
        assertEquals(List.of("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Bộ trưởng Bộ Nông nghiệp và Môi trường"),
                run(text).stream().map(Citation::issuer).toList());
        // a document of another body's code keeps none
        assertEquals(java.util.Arrays.asList("Sở Nội vụ", null), run("Theo đề nghị của Sở Nội vụ tại Tờ trình số"
                + " 15/TTr-SNV ngày 02/3/2026 và Quyết định số 12/QĐ-UBND ngày 01/3/2026,").stream()
                .map(Citation::issuer).toList());
    }

    /** A list of forms ("các biểu mẫu số 01/TT, 02/TT, 15/TT") is no document, however a law's name precedes it. */
    @Test
    void aListOfFormsSharesItsFormWord() {
        String text = "Đánh giá theo Điều 22 Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi"
                + " hành Luật Ngân sách nhà nước và các biểu mẫu số 01/TT, 02/TT, 15/TT ban hành kèm theo Thông tư số"
                + " 56/2026/TT-BTC.";
        assertEquals(List.of("163/2016/NĐ-CP", "56/2026/TT-BTC"), run(text).stream().map(Citation::symbol).toList());
    }

    /** A clause's subject, then "cũng đã có" (also already had) before the document: the subject issued it. */
    @Test
    void aSubjectThatAlsoHadTheDocumentIssuedIt() {
        assertEquals(List.of("Ủy ban Dân tộc"), run("Ủy ban Dân tộc cũng đã có Công văn số 2043/UBDT-KHTC ngày 20/9/2024"
                + " đôn đốc các địa phương.").stream().map(Citation::issuer).toList());
    }

    @Test
    void aListOfIssuedDocumentsKeepsItsIssuerPastTheDocumentsItsItemsName() {
        String text = "Ủy ban nhân dân xã đã ban hành Quyết định số 45/QĐ-UBND ngày 12/7/2025 thành lập Ban Chỉ đạo;"
                + " Kế hoạch số 38/KH-UBND ngày 22/8/2025 triển khai thực hiện Kế hoạch số 127/KH-UBND của Ủy ban nhân"
                + " dân tỉnh; Quyết định số 71/QĐ-UBND ngày 03/9/2025 kiện toàn Tổ công nghệ số. Sở Y tế đã ban hành Kế"
                + " hoạch số 156/KH-SYT triển khai thực hiện Kế hoạch số 2875/KH-UBND, phân công nhiệm vụ; ban hành"
                + " Quyết định số 412/QĐ-SYT ngày 18/3/2022 về Bộ chỉ số.";
        assertEquals(java.util.Arrays.asList("Ủy ban nhân dân xã", "Ủy ban nhân dân xã", "Ủy ban nhân dân tỉnh",
                "Ủy ban nhân dân xã", "Sở Y tế", null, "Sở Y tế"), run(text).stream().map(Citation::issuer).toList());
        // a request followed up is no basis the report carries out
        assertEquals(List.of(true, false), run("ỦY BAN NHÂN DÂN\nXÃ PHÚ THẠNH ĐÔNG\nSố: 214/BC-UBND\nPhú Thạnh Đông, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\nThực hiện Kế hoạch số 127/KH-UBND ngày 05/8/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số;\nTheo yêu cầu của Sở Khoa học và Công nghệ tại"
                + " Công văn số 1892/SKHCN-CĐS ngày 28/11/2025 về việc báo cáo, Ủy ban nhân dân xã báo cáo như sau:\n1. Kết quả")
                .stream().map(Citation::implementing).toList());
    }

    @Test
    void anOfficesAbbreviatedTypeIntroducesItsNumber() {
        assertEquals("1020/BKHCN-CĐSQG|CV|Công văn|1020|null|BKHCN-CĐSQG",
                shapes("hướng dẫn triển khai nền tảng số dùng chung theo CV số 1020/BKHCN-CĐSQG ngày 28 tháng 02 năm 2025"));
        assertEquals("2150/QĐ-UBND|QĐ|Quyết định|2150|null|UBND", shapes("theo QĐ số 2150/QĐ-UBND ngày 16-12-2024"));
    }

    /** A dated event's subject issued the document: "ngày 06/02/2027 Sở X đã ban hành Văn bản số ...". */
    @Test
    void aDatedEventsSubjectIssuedTheDocumentOnThatDay() {
        List<Citation> cs = run("Thực hiện Kế hoạch số 36/KH-UBND ngày 18/01/2027 của Ủy ban nhân dân tỉnh, ngày 06/02/2027"
                + " Sở Nông nghiệp và Môi trường đã ban hành Văn bản số 455/SNNMT-CNTYTS hướng dẫn tiêm phòng.");
        assertEquals("455/SNNMT-CNTYTS|Sở Nông nghiệp và Môi trường|2027-02-06",
                cs.get(1).symbol() + "|" + cs.get(1).issuer() + "|" + cs.get(1).date());
        // a council passes its resolution
        Citation nq = run("Năm 2027, Hội đồng nhân dân tỉnh đã thông qua Nghị quyết số 84/NQ-HĐND ngày 10/12/2026 về kế"
                + " hoạch đầu tư công.").get(0);
        assertEquals("Hội đồng nhân dân tỉnh|2026-12-10", nq.issuer() + "|" + nq.date());
    }

    @ParameterizedTest
    @MethodSource("issuers")
    void readsTheIssuer(String text, String expected) {
        assertEquals(expected, run(text).get(0).issuer());
    }

    @Test
    void prefersTheMostSpecificIssuerAndKeepsEveryMention() {
        String text = "Kế hoạch số 211-KH/TU ngày 25/7/2023 của Tỉnh ủy. Quán triệt Kế hoạch số 211/KH-TU của"
                + " Ban Thường vụ Tỉnh ủy. Thực hiện tốt Kế hoạch 211.";
        List<Citation> cs = run(text);
        assertEquals(1, cs.size());
        Citation c = cs.get(0);
        assertEquals("Ban Thường vụ Tỉnh ủy", c.issuer());
        assertEquals("2023-07-25", c.date());
        assertEquals(3, c.mentions().size());
        assertEquals("Kế hoạch 211", c.mentions().get(2).text());
        for (Mention m : c.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
    }

    @Test
    void aCompoundCodePrintedInAnotherOrderIsTheSameDocument() {
        String text = "Căn cứ Hướng dẫn số 21/HD-MTTQ-BTT ngày 05/3/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
                + " Bình Định về tiếp công dân.\n2. Xử lý đơn thư theo Mục II Hướng dẫn số 21/HD-BTT-MTTQ của Tỉnh.";
        List<Citation> cs = run(text);
        assertEquals(List.of("21/HD-MTTQ-BTT"), cs.stream().map(Citation::symbol).toList());
        assertEquals(2, cs.get(0).mentions().size());
        assertEquals("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định", cs.get(0).issuer());
        assertTrue(cs.get(0).implementing());
        // other numbers or other parts stay apart
        assertEquals(List.of("21/HD-MTTQ-BTT", "22/HD-BTT-MTTQ", "21/HD-BTT-UBND"),
                run("Hướng dẫn số 21/HD-MTTQ-BTT, Hướng dẫn số 22/HD-BTT-MTTQ, Hướng dẫn số 21/HD-BTT-UBND.").stream()
                        .map(Citation::symbol).toList());
    }

    /**
     * A letter's header as plain text, as Tika gives a DOCX header table (one cell a line, a blank line a row), and
     * flattened onto one line with the body's first sentence after it.
     */
    private static final List<String> LETTER_HEADS = List.of(
            "SỞ XÂY DỰNG\nSố: 210/SXD-QLN\nBình Phước, ngày 03 tháng 3 năm 2026\nV/v trả lời kiến nghị của Công ty Hòa"
                    + " Bình\nKính gửi: Công ty cổ phần Hòa Bình\n",
            "UBND TỈNH BÌNH PHƯỚC\nSỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                    + "Số: 210/SXD-QLN\nV/v trả lời kiến nghị của Công ty Hòa Bình\nBình Phước, ngày 03 tháng 3 năm 2026\n\n"
                    + "Kính gửi: Công ty cổ phần Hòa Bình\n",
            // flattened onto one line by a portal: the "V/v" title ends at "Kính gửi" inside the line
            "UBND TỈNH BÌNH PHƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc Số:"
                    + " 210/SXD-QLN Bình Phước, ngày 03 tháng 3 năm 2026 V/v trả lời kiến nghị của Công ty Hòa Bình Kính gửi:"
                    + " Công ty cổ phần Hòa Bình ");

    /** A letter body, then "symbol=implements" of its citations in order. */
    static Stream<Arguments> lettersThatStateTheirBasis() {
        String received = "Sở Xây dựng nhận được Văn bản số 15/CV-HB ngày 20/02/2026 của Công ty. Sở có ý kiến như sau:\n";
        String refusal = "Sở Xây dựng không chấp thuận đề nghị nêu tại Văn bản số 15/CV-HB.\n";
        String want = "15/CV-HB=false;120/2025/NĐ-CP=true;07/2025/QĐ-UBND=true";
        return LETTER_HEADS.stream().flatMap(head -> Stream.of(
                Arguments.of(head + received + "Căn cứ: (i) Nghị định số 120/2025/NĐ-CP ngày 10/6/2025 của Chính phủ; (ii)"
                        + " Quyết định số 07/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh, xác định: thẩm quyền thuộc Sở Tài"
                        + " chính.\n" + refusal, want),
                Arguments.of(head + received + "Căn cứ:\na) Nghị định số 120/2025/NĐ-CP ngày 10/6/2025 của Chính phủ;\n"
                        + "b) Quyết định số 07/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh.\n" + refusal, want),
                Arguments.of(head + received + "Căn cứ:\n- Nghị định số 120/2025/NĐ-CP ngày 10/6/2025 của Chính phủ;\n"
                        + "- Quyết định số 07/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh.\n" + refusal, want),
                // a connective's "căn cứ" is the basis up to the main clause; what the letter answers is not
                Arguments.of(head + received + "Do đó, căn cứ Điều 5 Nghị định số 120/2025/NĐ-CP ngày 10/6/2025 của Chính"
                        + " phủ, và căn cứ Quyết định số 07/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh, Sở Xây dựng không"
                        + " chấp thuận đề nghị nêu tại Văn bản số 15/CV-HB.\n", want),
                // a list introduced otherwise is not this letter's basis (the strict reading of "Căn cứ")
                Arguments.of(head + received + "Sau khi đối chiếu với các quy định hiện hành, cụ thể gồm:\n- Nghị định số"
                        + " 120/2025/NĐ-CP ngày 10/6/2025 của Chính phủ;\n- Quyết định số 07/2025/QĐ-UBND ngày 01/7/2025 của"
                        + " UBND tỉnh.\n" + refusal, want.replace("true", "false"))));
    }

    @ParameterizedTest
    @MethodSource("lettersThatStateTheirBasis")
    void aLetterImplementsTheBasisItStates(String text, String expected) {
        assertEquals(expected, run(text).stream().map(c -> c.symbol() + "=" + c.implementing())
                .collect(Collectors.joining(";")));
    }

    /**
     * A basis that names a document by type and issuer, or a law by its name, with its number printed elsewhere (a
     * footnote after the paragraph or at the page's foot, or the body): "symbol=implements" in order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "footnote after the paragraph ¦ KẾ HOẠCH\\nthực hiện Kết luận của Bộ Chính trị về an toàn giao thông\\nThực hiện Kết luận của Bộ Chính trị về tiếp tục tăng cường an toàn giao thông; Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận, Đảng ủy xã xây dựng Kế hoạch như sau:\\nKết luận số 218-KL/TW, ngày 02/6/2025 của Bộ Chính trị về tiếp tục tăng cường an toàn giao thông.\\nKế hoạch số 64-KH/TU, ngày 21/8/2025 của Ban Thường vụ Tỉnh ủy Đồng Tháp thực hiện Kết luận số 218-KL/TW.\\nI. MỤC ĐÍCH\\nRà soát theo Kế hoạch số 12/KH-UBND ngày 01/3/2025 của UBND tỉnh về chuyển đổi số. ¦ 218-KL/TW=true;64-KH/TU=true;12/KH-UBND=false",
        "footnotes at a page's foot, a law by its name ¦ KẾ HOẠCH\\nPhòng, chống dịch bệnh động vật năm 2026\\nCăn cứ Luật Thú y và các văn bản hướng dẫn thi hành;\\nThực hiện Chỉ thị của Chủ tịch UBND tỉnh về tăng cường phòng, chống dịch bệnh;\\nSở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:\\nI. TÌNH HÌNH\\n1 Luật Thú y số 74/2015/QH13 ngày 19/6/2015.\\n2 Chỉ thị số 03/CT-UBND ngày 06/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình về tăng cường phòng, chống dịch bệnh. ¦ 74/2015/QH13=true;03/CT-UBND=true",
        "two documents of the type and issuer: which one is not known ¦ KẾ HOẠCH\\nPhòng, chống thiên tai năm 2026\\nThực hiện Chỉ thị của UBND tỉnh về phòng, chống thiên tai, UBND xã xây dựng Kế hoạch như sau:\\nI. MỤC ĐÍCH\\nChỉ thị số 05/CT-UBND ngày 06/01/2026 của UBND tỉnh về phòng, chống thiên tai và Chỉ thị số 07/CT-UBND ngày 10/02/2026 của UBND tỉnh về phòng, chống thiên tai. ¦ 05/CT-UBND=false;07/CT-UBND=false",
        "another subject is another document ¦ KẾ HOẠCH\\nPhòng, chống thiên tai năm 2026\\nThực hiện Chỉ thị của UBND tỉnh về phòng, chống thiên tai, UBND xã xây dựng Kế hoạch như sau:\\nI. MỤC ĐÍCH\\nTheo Chỉ thị số 05/CT-UBND ngày 06/01/2026 của UBND tỉnh về chuyển đổi số. ¦ 05/CT-UBND=false",
        "a law named further back is not the one numbered ¦ QUYẾT ĐỊNH\\nVề việc cấp phép xây dựng\\nCăn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\\nQUYẾT ĐỊNH:\\nĐiều 1. Theo khoản 2 Điều 89 Luật Xây dựng năm 2014 (được sửa đổi, bổ sung tại Luật số 62/2020/QH14). ¦ 62/2020/QH14=false",
        "a proposal after a semicolon in lower case ends the bases ¦ KẾ HOẠCH\\nPhòng, chống dịch bệnh\\nThực hiện Chỉ thị số 21/CT-TTg ngày 02/9/2025 của Thủ tướng Chính phủ; theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 2318/TTr-SNNMT ngày 06/10/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\\nI. MỤC ĐÍCH ¦ 21/CT-TTg=true;2318/TTr-SNNMT=false",
        "a colon inside a basis's name goes on in lower case ¦ CÔNG VĂN\\nThực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025; Thông tư số 02/2022/TT-UBDT ngày 30/6/2022 của Ủy ban Dân tộc; Kế hoạch số 8654/KH-UBND ngày 02/8/2024 của UBND tỉnh.\\nỦy ban Dân tộc cũng đã có Công văn số 2043/UBDT-KHTC ngày 20/9/2024 đôn đốc. ¦ 1719/QĐ-TTg=true;02/2022/TT-UBDT=true;8654/KH-UBND=true;2043/UBDT-KHTC=false",
        "a colon after 'như sau' still ends the opening ¦ KẾ HOẠCH\\nThực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2026 của UBND tỉnh, UBND xã triển khai như sau: rà soát theo Quyết định số 12/QĐ-UBND ngày 01/3/2026 của UBND xã. ¦ 45/KH-UBND=true;12/QĐ-UBND=false",
        "a paragraph of bases closed by a comma; the next paragraph is the main clause ¦ KẾ HOẠCH\\ntổ chức Đại hội Đảng bộ xã\\nThực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị; Hướng dẫn số 14-HD/BTCTU ngày 02/7/2025 của Ban Tổ chức Tỉnh ủy,\\nĐảng bộ xã được thành lập theo Quyết định số 1875-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy. Ban Chấp hành Đảng bộ xã xây dựng Kế hoạch như sau:\\nI. MỤC ĐÍCH ¦ 45-CT/TW=true;14-HD/BTCTU=true;1875-QĐ/TU=false",
        "the document's own heading names itself ¦ NGHỊ QUYẾT\\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\\nvề chuyển đổi số\\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Chấp hành Đảng bộ tỉnh thống nhất như sau:\\nI. TÌNH HÌNH\\nSau 03 năm thực hiện Nghị quyết số 05-NQ/TU ngày 14/7/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số. ¦ 57-NQ/TW=true;05-NQ/TU=false",
    })
    void aBasisNamingADocumentWithoutItsNumberImplementsTheOneItNames(String layout, String text, String expected) {
        assertEquals(expected, run(text.replace("\\n", "\n")).stream().map(c -> c.symbol() + "=" + c.implementing())
                .collect(Collectors.joining(";")), layout);
    }

    /** A title that opens with a basis word ("Triển khai ...") and the opening's bases listed after a colon. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Căn cứ các Quyết định của UBND tỉnh: số 123/QĐ-UBND ngày 01/02/2025, số 456/QĐ-UBND ngày 03/4/2025 về giao chỉ tiêu;",
        "Căn cứ các văn bản của UBND tỉnh: Quyết định số 123/QĐ-UBND ngày 01/02/2025, Quyết định số 456/QĐ-UBND ngày"
                + " 03/4/2025;",
        "Căn cứ Quyết định số 123/QĐ-UBND ngày 01/02/2025, số 456/QĐ-UBND ngày 03/4/2025 của UBND tỉnh;"})
    void aTitleOpeningWithABasisWordDoesNotSwallowTheBasesBelowIt(String bases) {
        String text = "KẾ HOẠCH\nTriển khai nhiệm vụ chuyển đổi số năm 2025\n" + bases
                + "\nUBND huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\nTheo dõi Quyết định số 789/QĐ-UBND.";
        assertEquals("123/QĐ-UBND=true;456/QĐ-UBND=true;789/QĐ-UBND=false", run(text).stream()
                .map(c -> c.symbol() + "=" + c.implementing()).collect(Collectors.joining(";")));
    }

    @Test
    void theRecipientLineEndsALettersTitleEvenWhenItLostAWord() {
        String text = "SỞ CÔNG THƯƠNG\nSố: 300/SCT-CN\nV/v kiểm tra nghiệm thu công trình\nthủy điện Nậm Mở\n"
                + "Kính  Công ty Cổ phần Năng lượng Sao Mai\nCông ty có Giấy mời số 12.5/GM-SM ngày 12/5/2026 về việc"
                + " kiểm tra.";
        assertFalse(run(text).get(0).implementing());
        assertFalse(run(text.replace("Kính  ", "Kính gửi: ")).get(0).implementing());
    }

    @Test
    void aDecisionIssuingAPlanImplementsWhatThePlanCarriesOut() {
        String decision = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 88/QĐ-UBND\nBình Phước, ngày 10 tháng 3 năm 2026\n"
                + "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch của Ủy ban nhân dân tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương;\nTheo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số"
                + " 30/TTr-SNV ngày 02/3/2026.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai"
                + " thực hiện Chỉ thị số 05-CT/TU ngày 12/01/2026 của Ban Thường vụ Tỉnh ủy về cải cách hành chính.\n"
                + "Điều 2. Giao Sở Nội vụ theo dõi; thực hiện theo Quyết định số 12/QĐ-UBND.\n";
        assertEquals("30/TTr-SNV=false;05-CT/TU=true;12/QĐ-UBND=false", run(decision).stream()
                .map(c -> c.symbol() + "=" + c.implementing()).collect(Collectors.joining(";")));
        // rules issued with a decision carry nothing out
        String rules = decision.replace("Kế hoạch triển khai thực hiện Chỉ thị", "Quy chế làm việc theo Chỉ thị");
        assertFalse(run(rules).stream().filter(c -> c.symbol().equals("05-CT/TU")).findFirst().orElseThrow().implementing());
    }

    @Test
    void theFirstPrintedIssuerHoldsAgainstATableCellThatRunsOn() {
        String text = "Căn cứ Thông tư số 12/2026/TT-BYT ngày 02/3/2026 của Bộ trưởng Bộ Y tế sửa đổi quy định cấp phép;\n"
                + "PHỤ LỤC\nTT\nTên thủ tục\nCăn cứ pháp lý\n1\nKhoản 2 Điều 3\nThông tư số\n\n12/2026/TT-BYT\n"
                + "ngày 02/3/2026\n\ncủa Bộ Y\ntế Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh";
        assertEquals("Bộ trưởng Bộ Y tế", run(text).get(0).issuer());
    }

    @Test
    void leavesAmbiguousShortFormsUnresolved() {
        String text = "Kết luận số 57-KL/TW của Bộ Chính trị; Kết luận số 57-KL/TU của Tỉnh ủy. Thực hiện Kết luận 57.";
        List<Citation> cs = run(text);
        assertEquals(2, cs.size());
        assertEquals(1, cs.get(0).mentions().size());
        assertEquals(1, cs.get(1).mentions().size());
    }

    @Test
    void neverResolvesABareNumberWithoutATypeWord() {
        String text = "Kết luận số 57-KL/TW của Bộ Chính trị. Chỉ tiêu 57 đạt 100%; mục số 57 bỏ.";
        assertEquals(1, run(text).get(0).mentions().size());
    }

    @Test
    void shortFormWithYearResolves() {
        String text = "Nghị định số 72/2015/NĐ-CP của Chính phủ. Theo Nghị định 72/2015 thì ...";
        assertEquals(2, run(text).get(0).mentions().size());
    }

    @Test
    void untypedSymbolJoinsItsTypedMention() {
        String text = "Nghị quyết số 35/2021/QH15 của Quốc hội. Tinh thần của 35/2021/QH15 là ...";
        List<Citation> cs = run(text);
        assertEquals(1, cs.size());
        assertEquals(2, cs.get(0).mentions().size());
    }

    @Test
    void implementsFromTitleAndOpeningOnly() {
        String text = "UBND XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2024\n"
                + "KẾ HOẠCH\n\nTriển khai thực hiện Kết luận số 57- KL/TW ngày 15/6/2023 \n\ncủa Bộ Chính trị\n\n"
                + " Thực hiện Kế hoạch số 215/KH-UBND ngày 13/10/2023 của UBND huyện về việc triển khai; Kế hoạch số"
                + " 82-KH/HU ngày 09/8/2023 của Ban Thường vụ Huyện ủy. UBND xã xây dựng Kế hoạch như sau:\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai các nội dung Kế hoạch số 211-KH/TU của Tỉnh ủy.\n"
                + "II. NHIỆM VỤ\n1. Triển khai thực hiện có hiệu quả Nghị quyết số 35-NQ/TW ngày 22/10/2018 của"
                + " Bộ Chính trị.\n2. Tuyên truyền Kết luận số 57-KL/TW.";
        List<Citation> cs = run(text);
        assertEquals(List.of("57-KL/TW", "215/KH-UBND", "82-KH/HU", "211-KH/TU", "35-NQ/TW"),
                cs.stream().map(Citation::symbol).toList());
        assertEquals(List.of(true, true, true, false, false), cs.stream().map(Citation::implementing).toList());
        assertEquals(2, cs.get(0).mentions().size());
    }

    @Test
    void aTitleEndsBeforeTheFirstParagraphOfProse() {
        // a directive opens with what happened before it: the documents it names there are not carried out
        String text = "CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY về tăng cường công tác phòng, chống ma túy trong tình hình mới\n"
                + "Những năm qua, Chương trình hành động số 21-CTr/TU ngày 10/12/2019 của Ban Thường vụ Tỉnh ủy được"
                + " triển khai khá đồng bộ, đạt nhiều kết quả tích cực trên địa bàn tỉnh.\n"
                + "Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:\n"
                + "1. Nâng cao nhận thức.";
        assertEquals("21-CTr/TU=false;36-CT/TW=true", run(text).stream()
                .map(c -> c.symbol() + "=" + c.implementing()).collect(Collectors.joining(";")));
        // a title's own lines, however long, stay the title
        String title = "KẾ HOẠCH\nTriển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục"
                + " nâng cao chất lượng\nI. MỤC ĐÍCH\nTheo dõi Quyết định số 789/QĐ-UBND.";
        assertEquals("57-KL/TW=true;789/QĐ-UBND=false", run(title).stream()
                .map(c -> c.symbol() + "=" + c.implementing()).collect(Collectors.joining(";")));
    }

    @Test
    void aPartyHeaderFlattenedRowByRowStillHasItsTitle() {
        String text = "HUYỆN ỦY ĐÔNG LÂM ĐẢNG CỘNG SẢN VIỆT NAM * Đông Lâm, ngày 12 tháng 3 năm 2026 Số 18-CTr/HU"
                + " CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 09-NQ/TU ngày 20/01/2026 của Ban Chấp hành Đảng bộ tỉnh\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Kết luận số 12-KL/TW của Bộ Chính trị.\n";
        List<Citation> cs = run(text);
        assertEquals(List.of("09-NQ/TU=true", "12-KL/TW=false"),
                cs.stream().map(c -> c.symbol() + "=" + c.implementing()).toList());
    }

    @Test
    void aFlattenedLetterHeadStillHasItsSubjectLine() {
        String text = "ỦY BAN NHÂN DÂN TỈNH LÂM GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
                + " Số: 5120 /UBND-XD Lâm Giang, ngày 21 tháng 7 năm 2026 V/v triển khai thực hiện Quyết định số"
                + " 880/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng\n\nKính gửi:\n- Các sở, ban, ngành thuộc tỉnh.\n"
                + "Ngày 29/6/2026, Bộ Xây dựng ban hành Quyết định số 880/QĐ-BXD. Đề nghị các sở rà soát theo Công văn"
                + " số 14/SXD-QLN.\n";
        assertEquals(List.of("880/QĐ-BXD=true", "14/SXD-QLN=false"),
                run(text).stream().map(c -> c.symbol() + "=" + c.implementing()).toList());
    }

    @Test
    void implementsFromTheBasesOfADecisionButNotFromTheProposal() {
        String text = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 1234/QĐ-UBND\nBình An, ngày 01 tháng 4 năm 2024\n"
                + "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch thực hiện Chỉ thị số 25-CT/TW\n"
                + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015;\n"
                + "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;\n"
                + "Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 20/TTr-SNgV ngày 20/3/2024.\n"
                + "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quyết định số"
                + " 1079/QĐ-TTg của Thủ tướng Chính phủ.";
        List<Citation> cs = run(text);
        assertEquals(List.of("25-CT/TW", "77/2015/QH13", "72/2015/NĐ-CP", "20/TTr-SNgV", "1079/QĐ-TTg"),
                cs.stream().map(Citation::symbol).toList());
        // the decision issues a plan that carries out 1079/QĐ-TTg: it is made to carry that decision out too
        assertEquals(List.of(true, true, true, false, true), cs.stream().map(Citation::implementing).toList());
        assertEquals("Luật", cs.get(1).type());
    }

    @Test
    void implementsWhatABasisSectionListsButNotWhatTheNextPartCites() {
        String text = "KẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n"
                + "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Văn bản của Trung ương\n"
                + "- Chỉ thị số 42-CT/TW ngày 20/3/2020 của Ban Bí thư;\n"
                + "2. Văn bản của tỉnh\n- Nghị quyết số 15/2024/NQ-HĐND ngày 12/12/2024 của HĐND tỉnh.\n"
                + "II. NHIỆM VỤ\n1. Rà soát theo Quyết định số 18/2021/QĐ-TTg của Thủ tướng Chính phủ.";
        List<Citation> cs = run(text);
        assertEquals(List.of(true, true, false), cs.stream().map(Citation::implementing).toList());
    }

    @Test
    void aNoticeOfConclusionsDoesNotImplementWhatTheMeetingReviewed() {
        String text = "HUYỆN ỦY AN LẠC\nSố 40-TB/HU\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n"
                + "về tiến độ xây dựng nông thôn mới\n"
                + "Ngày 05/6/2025, Ban Thường vụ Huyện ủy nghe báo cáo tình hình thực hiện Nghị quyết số 08-NQ/HU"
                + " của Ban Chấp hành Đảng bộ huyện. Ban Thường vụ kết luận như sau:\n1. Đánh giá chung";
        List<Citation> cs = run(text);
        assertEquals(List.of("08-NQ/HU"), cs.stream().map(Citation::symbol).toList());
        assertFalse(cs.get(0).implementing());
    }

    @Test
    void ocrMisreadMarksInTheHeadingTheOwnNumberAndTheIssuerPreposition() {
        String text = "UBND TỈNH AN HÀ\nSô: 88 /KH-UBND\nKÉ HOẠCH\nTriển khai thực hiện Nghị quyết sổ 57-NQ/TW\n"
                + "Thực hiện Kế hoach số 210-KH/TU ngày 08/01/2025 cua Ban Thường vu Tỉnh ủy, UBND tỉnh ban hành"
                + " Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Rà soát Quyết định số 15/2023/QĐ-UBND.";
        List<Citation> cs = run(text);
        assertEquals(List.of("57-NQ/TW", "210-KH/TU", "15/2023/QĐ-UBND"), cs.stream().map(Citation::symbol).toList());
        assertEquals(List.of(true, true, false), cs.stream().map(Citation::implementing).toList());
        assertEquals("Ban Thường vu Tỉnh ủy", cs.get(1).issuer());
    }

    @Test
    void letterSubjectLineIsItsTitle() {
        String text = "UBND HUYỆN AN LẠC\nSố: 5973/UBND-KT\nV/v triển khai Văn bản số 4250/BNNMT-ĐCKS\n"
                + "Kính gửi: UBND các xã.\nỦy ban nhân dân huyện đề nghị các xã báo cáo theo Công văn số 77/SNN-KH.";
        List<Citation> cs = run(text);
        assertEquals(List.of("4250/BNNMT-ĐCKS", "77/SNN-KH"), cs.stream().map(Citation::symbol).toList());
        assertTrue(cs.get(0).implementing());
        assertFalse(cs.get(1).implementing());
    }

    @Test
    void decomposedInputGivesTheSameCitationsWithOffsetsIntoTheInput() {
        String nfc = "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; Kế hoạch số 04-KH/ĐU.";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        List<Citation> a = run(nfc);
        List<Citation> b = run(nfd);
        assertEquals(a.stream().map(Citation::symbol).toList(), b.stream().map(Citation::symbol).toList());
        assertEquals("Bộ Chính trị", Normalizer.normalize(b.get(0).issuer(), Normalizer.Form.NFC));
        for (Citation c : b) {
            for (Mention m : c.mentions()) assertEquals(m.text(), nfd.substring(m.start(), m.end()));
        }
        assertEquals("04-KH/ĐU", b.get(1).symbol());
    }

    @Test
    void mentionsCarryTheirPage() {
        String page1 = "Kết luận số 57-KL/TW của Bộ Chính trị.\n";
        String page2 = "Tuyên truyền Kết luận số 57-KL/TW.";
        List<Citation> cs = extractor.extract(page1 + page2, PageMap.ofStarts(List.of(0, page1.length())));
        assertEquals(List.of(1, 2), cs.get(0).mentions().stream().map(Mention::page).toList());
    }

    @Test
    void citationsAreSortedByFirstMention() {
        List<Citation> cs = run("Chỉ thị số 32-CT/TW; Kết luận số 57-KL/TW; Chỉ thị số 32-CT/TW; Nghị quyết 18-NQ/TW");
        assertEquals(List.of("32-CT/TW", "57-KL/TW", "18-NQ/TW"), cs.stream().map(Citation::symbol).toList());
    }

    @org.junit.jupiter.api.Test
    void issuerStopsWhereTheSentenceGoesOn() {
        List<Citation> c = run("Việc triển khai Kết luận số 1027-KL/TU ngày 02/7/2024 của Ban Thường vụ Tỉnh ủy "
                + "bước đầu có kết quả; Nghị quyết số 15-NQ/HU của Huyện ủy đang được thực hiện.");
        org.junit.jupiter.api.Assertions.assertEquals("Ban Thường vụ Tỉnh ủy", c.get(0).issuer());
        org.junit.jupiter.api.Assertions.assertEquals("Huyện ủy", c.get(1).issuer());
    }
}
