package io.planex.index;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import io.planex.extract.model.Unit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Records built in code for index tests: a chain Bộ Chính trị -> Tỉnh ủy -> Huyện ủy -> xã (texts written for
 * these tests). Citation mentions point at the first place the symbol is printed in the text.
 */
final class Fixtures {
    private Fixtures() {}

    static final class Doc {
        final String file;
        final String text;
        String type;
        String typeName;
        String symbol;
        String issuer;
        String date;
        String title;
        final List<Citation> citations = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();
        final List<Deadline> deadlines = new ArrayList<>();

        Doc(String file, String text) {
            this.file = file;
            this.text = text;
        }

        Doc header(String type, String typeName, String symbol, String issuer, String date, String title) {
            this.type = type;
            this.typeName = typeName;
            this.symbol = symbol;
            this.issuer = issuer;
            this.date = date;
            this.title = title;
            return this;
        }

        /** Cites {@code printed} (as it appears in the text) with the given canonical parts. */
        Doc cites(String printed, String symbol, String type, String number, String issuerCode, boolean implementing) {
            int at = text.indexOf(printed);
            List<Mention> mentions = at < 0 ? List.of() : List.of(new Mention(at, at + printed.length(), 1, printed));
            citations.add(new Citation(symbol, type, null, number, null, issuerCode, null, null, implementing,
                    mentions));
            return this;
        }

        Doc unit(String name) {
            units.add(new Unit(name, true, List.of(), List.of()));
            return this;
        }

        Doc deadline(String isoDate) {
            deadlines.add(new Deadline(isoDate, null, "báo cáo", List.of(), null, "trước ngày", 0, 1, 1));
            return this;
        }

        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest((file + text).getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        PlanRecord record() {
            SourceInfo source = new SourceInfo(file, "docs/" + file, sha256(), "text/plain", text.length(), 1, false);
            DocumentHeader h = new DocumentHeader(type, typeName, symbol, null, issuer, date, null, title, null,
                    List.of());
            return new PlanRecord(PlanRecord.SCHEMA_VERSION, source, h, citations, units, deadlines);
        }
    }

    static final Doc CENTRAL = new Doc("ket-luan-57.txt",
            "BAN CHẤP HÀNH TRUNG ƯƠNG\nKẾT LUẬN\ncủa Bộ Chính trị về tiếp tục nâng cao chất lượng thông tin "
            + "đối ngoại trong tình hình mới. Các cấp ủy, tổ chức đảng quán triệt và triển khai thực hiện Kết luận này. "
            + "Đẩy mạnh quảng bá hình ảnh đất nước, con người Việt Nam ra thế giới.")
            .header("KL", "Kết luận", "57-KL/TW", "Bộ Chính trị", "2023-06-15",
                    "về tiếp tục nâng cao chất lượng thông tin đối ngoại");

    static final Doc PROVINCE = new Doc("kh-120-tinh-uy.txt",
            "TỈNH ỦY HƯNG YÊN\nKẾ HOẠCH\nthực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị. "
            + "Căn cứ Nghị quyết số 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng. "
            + "Tăng cường quảng bá du lịch, văn hóa của tỉnh trên các nền tảng số. "
            + "Ban Tuyên giáo Tỉnh ủy chủ trì, báo cáo kết quả trước ngày 15/12/2023.")
            .header("KH", "Kế hoạch", "120-KH/TU", "Tỉnh ủy Hưng Yên", "2023-08-10",
                    "thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về \"thông tin đối ngoại\" & <du lịch>")
            .cites("57-KL/TW", "57-KL/TW", "KL", "57", "TW", true)
            .cites("35-NQ/TW", "35-NQ/TW", "NQ", "35", "TW", false)
            .unit("Ban Tuyên giáo Tỉnh ủy").unit("Sở Văn hóa, Thể thao và Du lịch")
            .deadline("2023-12-15").deadline("2023-12-31");

    static final Doc DISTRICT = new Doc("kh-45-huyen-uy.txt",
            "HUYỆN ỦY VĂN LÂM\nKẾ HOẠCH\nthực hiện Kế hoạch số 120-KH/TU của Tỉnh ủy về thông tin đối ngoại, "
            + "gắn với Kết luận số 57-KL/TW. Quảng bá hình ảnh quê hương qua các sự kiện văn hóa; "
            + "phát triển du lịch nông thôn gắn với làng nghề. Phòng Văn hóa và Thông tin hoàn thành trước ngày 30/11/2023.")
            .header("KH", "Kế hoạch", "45-KH/HU", "Huyện ủy Văn Lâm", "2023-09-05",
                    "thực hiện Kế hoạch số 120-KH/TU của Tỉnh ủy")
            .cites("120-KH/TU", "120-KH/TU", "KH", "120", "TU", true)
            .cites("57-KL/TW", "57-KL/TW", "KL", "57", "TW", false)
            .unit("Phòng Văn hóa và Thông tin")
            .deadline("2023-11-30");

    static final Doc COMMUNE = new Doc("kh-12-xa-hoa-phong.txt",
            "ỦY BAN NHÂN DÂN XÃ HOÀ PHONG\nKẾ HOẠCH\nthực hiện Kế hoạch số 45-KH/HU của Huyện ủy. "
            + "Xã Hoà Phong tổ chức quảng bá du lịch cộng đồng, giới thiệu sản phẩm nhãn lồng và làng nghề. "
            + "Công chức Văn hóa - Xã hội báo cáo trước ngày 20/12/2023.")
            .header("KH", "Kế hoạch", "12/KH-UBND", "Ủy ban nhân dân xã Hoà Phong", "2023-10-02",
                    "quảng bá du lịch cộng đồng năm 2023")
            .cites("45-KH/HU", "45-KH/HU", "KH", "45", "HU", true)
            .unit("Công chức Văn hóa - Xã hội")
            .deadline("2023-12-20");

    /** Text as OCR leaves it when marks are lost: "Hoa Phong" without diacritics. */
    static final Doc COMMUNE_OCR = new Doc("kh-08-dang-uy.txt",
            "DANG UY XA HOA PHONG\nKE HOACH\nthuc hien Ket luan so 57- KL/TW cua Bo Chinh tri. "
            + "Xa Hoa Phong tuyen truyen ve thong tin doi ngoai cho can bo, dang vien va nhan dan.")
            .header("KH", "Kế hoạch", "08-KH/ĐU", "Đảng ủy xã Hòa Phong", "2022-11-20",
                    "thực hiện Kết luận 57-KL/TW")
            .cites("57- KL/TW", "57-KL/TW", "KL", "57", "TW", true);

    static final List<Doc> ALL = List.of(CENTRAL, PROVINCE, DISTRICT, COMMUNE, COMMUNE_OCR);
}
