package io.planex.testkit.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes realistic synthetic plans (Kế hoạch) with their gold annotations, deterministically from a seed: issuers
 * of every level (province, district, commune) of the Party and the State, invented place and person names,
 * citations drawn with a skew from a pool of directives (a few are cited by most plans, as in real archives),
 * units assigned tasks, dated and recurring reporting deadlines. All template text is original.
 */
public final class PlanGenerator {
    enum Level { PROVINCE, DISTRICT, COMMUNE }

    private static final String[] SYLLABLES = {"An", "Bình", "Hòa", "Phú", "Tân", "Long", "Thạnh", "Đông", "Tây",
        "Nam", "Bắc", "Sơn", "Hưng", "Lộc", "Thành", "Mỹ", "Phước", "Vĩnh", "Quang", "Trung", "Hải", "Lâm", "Xuân",
        "Thủy", "Kim", "Cẩm", "Định", "Yên", "Gia", "Hiệp"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Quốc", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long",
        "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Khoa"};
    private static final String[] TOPICS = {"đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
        "phát triển văn hóa đọc trong cộng đồng", "bảo đảm trật tự an toàn giao thông",
        "phòng, chống thiên tai và tìm kiếm cứu nạn", "nâng cao chất lượng công tác dân vận",
        "cải cách hành chính giai đoạn mới", "thực hành tiết kiệm, chống lãng phí",
        "phát triển kinh tế tập thể, hợp tác xã", "bảo vệ môi trường nông thôn",
        "tăng cường công tác phòng, chống tham nhũng, tiêu cực", "xây dựng nông thôn mới nâng cao",
        "chăm sóc sức khỏe người cao tuổi", "phổ biến, giáo dục pháp luật", "phát triển du lịch cộng đồng",
        "nâng cao hiệu quả công tác bảo hiểm xã hội", "bảo đảm an toàn thực phẩm"};
    private static final String[][] TASKS = {
        {"Tổ chức quán triệt, tuyên truyền sâu rộng nội dung", "đến cán bộ, đảng viên và các tầng lớp nhân dân."},
        {"Rà soát, bổ sung các chương trình, kế hoạch công tác gắn với", "phù hợp với điều kiện thực tế của địa phương."},
        {"Lồng ghép nhiệm vụ", "vào chương trình công tác năm của cơ quan, đơn vị."},
        {"Bố trí nguồn lực, kinh phí bảo đảm cho việc triển khai", "theo quy định hiện hành."},
        {"Tăng cường kiểm tra, giám sát việc thực hiện", "kịp thời phát hiện, chấn chỉnh những hạn chế, thiếu sót."},
        {"Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong", "gắn với cuộc vận động toàn dân đoàn kết."},
        {"Biểu dương, khen thưởng kịp thời tập thể, cá nhân có thành tích trong", "nhằm tạo sức lan tỏa."},
        {"Ứng dụng công nghệ thông tin phục vụ", "bảo đảm đồng bộ, hiệu quả, tiết kiệm."}};
    private static final String[] UNITS_STATE_PROVINCE = {"Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
        "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
        "Sở Tư pháp", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Đài Phát thanh và Truyền hình tỉnh"};
    private static final String[] UNITS_STATE_DISTRICT = {"Phòng Nội vụ", "Phòng Tài chính - Kế hoạch",
        "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Tư pháp", "Công an huyện",
        "Ban Chỉ huy Quân sự huyện", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"};
    private static final String[] UNITS_STATE_COMMUNE = {"Công chức Văn hóa - Xã hội",
        "Công chức Tài chính - Kế toán", "Công chức Tư pháp - Hộ tịch", "Công an xã", "Ban Chỉ huy Quân sự xã",
        "Trạm Y tế xã", "Trưởng các thôn"};
    private static final String[] UNITS_PARTY_PROVINCE = {"Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
        "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy"};
    private static final String[] UNITS_PARTY_DISTRICT = {"Ban Tuyên giáo Huyện ủy", "Ban Tổ chức Huyện ủy",
        "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy", "Ban Dân vận Huyện ủy", "Các tổ chức cơ sở đảng"};
    private static final String[] UNITS_PARTY_COMMUNE = {"Văn phòng Đảng ủy", "Các chi bộ trực thuộc",
        "Mặt trận Tổ quốc và các đoàn thể xã", "Ủy ban Kiểm tra Đảng ủy"};

    /** A document that plans cite. {@code year} is set when the symbol carries it. */
    record Directive(String number, String type, String issuerCode, String symbol, String typeName, String year,
                     LocalDate date, String issuer, String topic) {
        String cite() {
            return typeName + " số " + symbol + " ngày " + dmy(date) + " của " + issuer + " về " + topic;
        }
    }

    private final List<Directive> pool;
    private final long seed;

    /** A generator whose directive pool (shared by all plans, so citations overlap) depends on the seed. */
    public PlanGenerator(long seed) {
        this.seed = seed;
        this.pool = directivePool(new Random(seed));
    }

    private static List<Directive> directivePool(Random r) {
        List<Directive> out = new ArrayList<>();
        String[][] central = {{"NQ", "Nghị quyết", "Ban Chấp hành Trung ương"}, {"CT", "Chỉ thị", "Ban Bí thư"},
            {"KL", "Kết luận", "Bộ Chính trị"}, {"NQ", "Nghị quyết", "Bộ Chính trị"}};
        Set<String> seen = new LinkedHashSet<>();
        while (out.size() < 80) {
            int kind = r.nextInt(4);
            LocalDate date = LocalDate.of(2012 + r.nextInt(9), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String topic = TOPICS[r.nextInt(TOPICS.length)];
            String n = String.valueOf(1 + r.nextInt(180));
            Directive d;
            if (kind <= 1) {
                String[] c = central[r.nextInt(central.length)];
                d = new Directive(n, c[0], "TW", n + "-" + c[0] + "/TW", c[1], null, date, c[2], topic);
            } else if (kind == 2) {
                String y = String.valueOf(date.getYear());
                d = new Directive(n, "NĐ", "CP", n + "/" + y + "/NĐ-CP", "Nghị định", y, date, "Chính phủ", topic);
            } else {
                String big = String.valueOf(100 + r.nextInt(2400));
                d = new Directive(big, "QĐ", "TTg", big + "/QĐ-TTg", "Quyết định", null, date,
                        "Thủ tướng Chính phủ", topic);
            }
            if (seen.add(d.number() + "|" + d.type() + "|" + d.issuerCode())) out.add(d);
        }
        return out;
    }

    /** Plan number {@code i} of this generator's corpus. */
    public GeneratedPlan generate(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        Level level = Level.values()[r.nextInt(3)];
        boolean party = r.nextInt(5) < 2;
        String province = place(r);
        String district = place(r);
        String commune = place(r);
        LocalDate date = LocalDate.of(2021 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String number = String.valueOf(1 + r.nextInt(350));

        List<String> header = new ArrayList<>();
        String issuer;
        String code;
        String place;
        String[] unitPool;
        if (party) {
            switch (level) {
                case PROVINCE -> {
                    header.add("ĐẢNG BỘ TỈNH " + up(province));
                    header.add("TỈNH ỦY");
                    issuer = "Tỉnh ủy " + province;
                    code = "TU";
                    place = province;
                    unitPool = UNITS_PARTY_PROVINCE;
                }
                case DISTRICT -> {
                    header.add("ĐẢNG BỘ TỈNH " + up(province));
                    header.add("HUYỆN ỦY " + up(district));
                    issuer = "Huyện ủy " + district;
                    code = "HU";
                    place = district;
                    unitPool = UNITS_PARTY_DISTRICT;
                }
                default -> {
                    header.add("ĐẢNG BỘ HUYỆN " + up(district));
                    header.add("ĐẢNG ỦY XÃ " + up(commune));
                    issuer = "Đảng ủy xã " + commune;
                    code = "ĐU";
                    place = commune;
                    unitPool = UNITS_PARTY_COMMUNE;
                }
            }
            header.add("*");
            header.add("Số " + number + "-KH/" + code);
            header.add("ĐẢNG CỘNG SẢN VIỆT NAM");
        } else {
            header.add("ỦY BAN NHÂN DÂN");
            switch (level) {
                case PROVINCE -> {
                    header.add("TỈNH " + up(province));
                    issuer = "Ủy ban nhân dân tỉnh " + province;
                    place = province;
                    unitPool = UNITS_STATE_PROVINCE;
                }
                case DISTRICT -> {
                    header.add("HUYỆN " + up(district));
                    issuer = "Ủy ban nhân dân huyện " + district;
                    place = district;
                    unitPool = UNITS_STATE_DISTRICT;
                }
                default -> {
                    header.add("XÃ " + up(commune));
                    issuer = "Ủy ban nhân dân xã " + commune;
                    place = commune;
                    unitPool = UNITS_STATE_COMMUNE;
                }
            }
            code = "UBND";
            header.add("Số: " + number + "/KH-UBND");
            header.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            header.add("Độc lập - Tự do - Hạnh phúc");
        }
        String symbol = party ? number + "-KH/" + code : number + "/KH-UBND";
        header.add(place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm "
                + date.getYear());

        // Citations: the implemented directive (skewed: popular ones recur across plans), bases, mentions.
        Map<String, Map<String, Object>> citations = new LinkedHashMap<>();
        Directive main = skewed(r);
        StringBuilder text = new StringBuilder();
        for (String h : header) text.append(h).append('\n');
        text.append('\n').append("KẾ HOẠCH").append('\n');
        text.append("Thực hiện ").append(main.cite()).append('\n');
        cite(citations, main, true, true);
        text.append("-----").append('\n');
        if (!party && r.nextBoolean()) {
            Directive basis = skewed(r);
            text.append("Căn cứ ").append(basis.cite()).append(";").append('\n');
            cite(citations, basis, true, true);
        }
        text.append(issuer).append(" ban hành Kế hoạch triển khai thực hiện như sau:").append('\n');
        text.append("I. MỤC ĐÍCH, YÊU CẦU").append('\n');
        text.append("1. Mục đích").append('\n');
        text.append("- Nâng cao nhận thức, trách nhiệm của các cấp, các ngành và của cán bộ, công chức trong việc "
                + main.topic() + ".").append('\n');
        text.append("- Xác định rõ nhiệm vụ, giải pháp cụ thể, phân công trách nhiệm cho từng cơ quan, đơn vị.")
                .append('\n');
        text.append("2. Yêu cầu").append('\n');
        text.append("- Việc triển khai phải bảo đảm nghiêm túc, thiết thực, hiệu quả, tránh hình thức.").append('\n');
        text.append("II. NHIỆM VỤ, GIẢI PHÁP").append('\n');
        int tasks = 4 + r.nextInt(5);
        for (int t = 1; t <= tasks; t++) {
            String[] task = TASKS[r.nextInt(TASKS.length)];
            text.append(t).append(". ").append(task[0]).append(' ').append(TOPICS[r.nextInt(TOPICS.length)])
                    .append(' ').append(task[1]).append('\n');
            if (r.nextInt(4) == 0) {
                Directive mention = skewed(r);
                text.append("Tiếp tục thực hiện có hiệu quả ").append(mention.typeName()).append(" số ")
                        .append(mention.symbol()).append(" của ").append(mention.issuer()).append(".").append('\n');
                cite(citations, mention, false, false);
            }
            if (t == tasks / 2) text.append('\f');
        }
        text.append("III. TỔ CHỨC THỰC HIỆN").append('\n');
        List<Map<String, Object>> units = new ArrayList<>();
        List<Map<String, Object>> deadlines = new ArrayList<>();
        List<String> chosen = pick(r, unitPool, 2 + r.nextInt(Math.min(4, unitPool.length - 1)));
        for (int u = 0; u < chosen.size(); u++) {
            String unit = chosen.get(u);
            text.append(u + 1).append(". ").append(unit).append('\n');
            text.append("- Chủ trì, phối hợp với các cơ quan liên quan triển khai các nhiệm vụ được giao tại Kế "
                    + "hoạch này.").append('\n');
            units.add(map("name", unit, "lead", true));
            if (r.nextBoolean()) {
                LocalDate due = date.plusDays(20 + r.nextInt(300));
                String when = "trước ngày " + dmy(due);
                boolean report = r.nextBoolean();
                String action = report ? "báo cáo kết quả thực hiện" : "hoàn thành việc rà soát";
                text.append("- ").append(capitalise(action)).append(report ? " về " + issuer : "").append(' ')
                        .append(when).append('.').append('\n');
                deadlines.add(map("date", due.toString(), "recurrence", null, "action", action,
                        "units", List.of(unit), "text", when));
            }
        }
        if (r.nextInt(3) == 0) {
            int day = 10 + r.nextInt(16);
            LocalDate first = date.withDayOfMonth(day).isBefore(date)
                    ? date.plusMonths(1).withDayOfMonth(day) : date.withDayOfMonth(day);
            text.append("Hằng tháng, các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày ").append(day)
                    .append('.').append('\n');
            deadlines.add(map("date", first.toString(), "recurrence", "monthly", "action", "báo cáo kết quả thực hiện",
                    "units", List.of(), "text", "trước ngày " + day));
        } else if (r.nextBoolean()) {
            LocalDate yearly = LocalDate.of(date.getYear(), 12, 15);
            if (yearly.isBefore(date)) yearly = yearly.plusYears(1);
            text.append("Định kỳ hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 15/12.")
                    .append('\n');
            deadlines.add(map("date", yearly.toString(), "recurrence", "annual", "action", "báo cáo kết quả thực hiện",
                    "units", List.of(), "text", "trước ngày 15/12"));
        }
        text.append("Trên đây là Kế hoạch triển khai thực hiện; yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện.")
                .append('\n');
        String signerName = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                + GIVEN[r.nextInt(GIVEN.length)];
        String signerTitle;
        if (party) {
            text.append("Nơi nhận:").append('\n').append("- Như trên,").append('\n').append("- Lưu Văn phòng.")
                    .append('\n');
            text.append("T/M BAN THƯỜNG VỤ").append('\n');
            signerTitle = r.nextBoolean() ? "Bí thư" : "Phó Bí thư";
        } else {
            text.append("Nơi nhận:").append('\n').append("- Như mục III,").append('\n').append("- Lưu: VT.")
                    .append('\n');
            text.append("TM. ỦY BAN NHÂN DÂN").append('\n');
            boolean deputy = r.nextBoolean();
            if (deputy) text.append("KT. CHỦ TỊCH").append('\n');
            signerTitle = deputy ? "Phó Chủ tịch" : "Chủ tịch";
        }
        text.append(up(signerTitle)).append('\n').append('\n').append(signerName).append('\n');

        Map<String, Object> document = map("type", "KH", "symbol", symbol, "issuer", issuer,
                "date", date.toString(), "place", place, "signer", map("name", signerName, "title", signerTitle));
        return new GeneratedPlan(text.toString(), document, new ArrayList<>(citations.values()), units, deadlines);
    }

    /** Zipf-like draw: directive k with weight 1/(k+1), so a handful dominate. */
    private Directive skewed(Random r) {
        double total = 0;
        for (int k = 0; k < pool.size(); k++) total += 1.0 / (k + 1);
        double x = r.nextDouble() * total;
        for (int k = 0; k < pool.size(); k++) {
            x -= 1.0 / (k + 1);
            if (x <= 0) return pool.get(k);
        }
        return pool.get(pool.size() - 1);
    }

    /** Adds a citation once; its date is gold only when the text prints it somewhere. */
    private static void cite(Map<String, Map<String, Object>> out, Directive d, boolean implementing,
                             boolean datePrinted) {
        String key = d.number() + "|" + d.type() + "|" + d.issuerCode();
        Map<String, Object> existing = out.get(key);
        if (existing != null) {
            if (implementing) existing.put("implements", true);
            if (datePrinted) existing.put("date", d.date().toString());
            return;
        }
        out.put(key, map("number", d.number(), "type", d.type(), "issuerCode", d.issuerCode(), "symbol", d.symbol(),
                "typeName", d.typeName(), "year", d.year(), "date", datePrinted ? d.date().toString() : null,
                "issuer", d.issuer(), "implements", implementing));
    }

    private static List<String> pick(Random r, String[] pool, int n) {
        List<String> all = new ArrayList<>(List.of(pool));
        java.util.Collections.shuffle(all, r);
        return all.subList(0, Math.min(n, all.size()));
    }

    private static String place(Random r) {
        String a = SYLLABLES[r.nextInt(SYLLABLES.length)];
        String b;
        do {
            b = SYLLABLES[r.nextInt(SYLLABLES.length)];
        } while (b.equals(a));
        return a + " " + b;
    }

    private static String up(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String dmy(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
