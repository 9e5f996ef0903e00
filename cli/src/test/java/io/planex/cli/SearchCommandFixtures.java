package io.planex.cli;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import io.planex.extract.model.Unit;
import io.planex.index.PlanIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** A three-level index written from records built in code (texts written for these tests), and a CLI runner. */
final class SearchCommandFixtures {
    private SearchCommandFixtures() {}

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PlanexCli.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String PROVINCE_TEXT = "TỈNH ỦY HƯNG YÊN\nKẾ HOẠCH\nthực hiện Kết luận số 57-KL/TW của Bộ Chính trị. "
            + "Đẩy mạnh quảng bá du lịch của tỉnh. Ban Tuyên giáo Tỉnh ủy báo cáo trước ngày 15/12/2023.";
    static final String COMMUNE_TEXT = "ĐẢNG ỦY XÃ HÒA PHONG\nKẾ HOẠCH\nthực hiện Kế hoạch số 120-KH/TU. "
            + "Xã Hòa Phong quảng bá du lịch làng nghề. Văn phòng Đảng ủy báo cáo trước ngày 20/12/2023.";
    static final String OTHER_TEXT = "ỦY BAN NHÂN DÂN HUYỆN VĂN LÂM\nKẾ HOẠCH\ncăn cứ Kết luận số 57-KL/TW. "
            + "Tổ chức hội nghị về chuyển đổi số.";

    static final String PROVINCE_ID = "a1".repeat(32);
    static final String COMMUNE_ID = "b2".repeat(32);
    static final String OTHER_ID = "a1a1" + "c3".repeat(30);

    static void build(Path dir) throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.put(record(PROVINCE_ID, "kh-120.txt", PROVINCE_TEXT, "120-KH/TU", "Tỉnh ủy Hưng Yên", "2023-08-10",
                    "thực hiện Kết luận số 57-KL/TW",
                    List.of(cite(PROVINCE_TEXT, "57-KL/TW", "KL", "57", "TW", true)),
                    "Ban Tuyên giáo Tỉnh ủy", "2023-12-15"), PROVINCE_TEXT);
            index.put(record(COMMUNE_ID, "kh-05.txt", COMMUNE_TEXT, "05-KH/ĐU", "Đảng ủy xã Hòa Phong", "2023-10-01",
                    "quảng bá du lịch \"làng nghề\"",
                    List.of(cite(COMMUNE_TEXT, "120-KH/TU", "KH", "120", "TU", true)),
                    "Văn phòng Đảng ủy", "2023-12-20"), COMMUNE_TEXT);
            index.put(record(OTHER_ID, "kh-07.txt", OTHER_TEXT, "07/KH-UBND", "Ủy ban nhân dân huyện Văn Lâm",
                    "2022-03-01", "hội nghị chuyển đổi số",
                    List.of(cite(OTHER_TEXT, "57-KL/TW", "KL", "57", "TW", false)), "Phòng Nội vụ", null),
                    OTHER_TEXT);
            index.commit();
        }
    }

    private static Citation cite(String text, String symbol, String type, String number, String code, boolean impl) {
        int at = text.indexOf(symbol);
        return new Citation(symbol, type, null, number, null, code, null, null, impl,
                List.of(new Mention(at, at + symbol.length(), 1, symbol)));
    }

    private static PlanRecord record(String id, String file, String text, String symbol, String issuer, String date,
                                     String title, List<Citation> citations, String unit, String deadline) {
        SourceInfo source = new SourceInfo(file, "in/" + file, id, "text/plain", text.length(), 1, false);
        DocumentHeader h = new DocumentHeader("KH", "Kế hoạch", symbol, null, issuer, date, null, title, null,
                List.of());
        List<Deadline> deadlines = deadline == null ? List.of()
                : List.of(new Deadline(deadline, null, "báo cáo", List.of(unit), null, "trước ngày", 0, 1, 1));
        return new PlanRecord(PlanRecord.SCHEMA_VERSION, source, h, citations,
                List.of(new Unit(unit, true, List.of(), List.of())), deadlines);
    }
}
