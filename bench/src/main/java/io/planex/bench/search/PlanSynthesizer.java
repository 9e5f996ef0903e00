package io.planex.bench.search;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import io.planex.extract.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthesises realistic plan records with their text, one at a time (nothing is kept): issuers at all four
 * levels, citations drawn from a directive pool with a Zipf-like skew (a few directives are cited by very many
 * plans), units, deadlines, and a few hundred words of plan-style Vietnamese composed from a phrase bank written
 * for this benchmark. Deterministic for a seed.
 */
public final class PlanSynthesizer {
    /** One synthesised document: its record and the text the record's offsets point into. */
    public record Synthesized(PlanRecord record, String text) {}

    private static final String[] SYLLABLES = {"An", "Bình", "Hòa", "Phú", "Tân", "Thành", "Đông", "Tây", "Nam",
        "Bắc", "Hưng", "Long", "Phong", "Thuận", "Mỹ", "Kim", "Yên", "Quang", "Trung", "Vĩnh", "Hải", "Lạc", "Minh",
        "Đức", "Thủy", "Lâm", "Sơn", "Giang", "Hà", "Khánh", "Lộc", "Phúc", "Tiến", "Thịnh", "Xuân", "Cẩm", "Ngọc",
        "Quý", "Hoà", "Lợi"};

    private static final String[] CENTRAL_ISSUERS = {"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương",
        "Chính phủ", "Thủ tướng Chính phủ", "Bộ Nội vụ", "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Thông tin và Truyền thông", "Ban Tuyên giáo Trung ương"};

    private static final String[] UNITS = {"Phòng Văn hóa và Thông tin", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch",
        "Phòng Giáo dục và Đào tạo", "Phòng Tài nguyên và Môi trường", "Phòng Nông nghiệp và Phát triển nông thôn",
        "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ủy ban Kiểm tra", "Văn phòng Đảng ủy",
        "Ủy ban Mặt trận Tổ quốc", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ", "Hội Nông dân",
        "Hội Cựu chiến binh", "Công an xã", "Ban Chỉ huy Quân sự", "Trạm Y tế", "Trung tâm Văn hóa - Thể thao",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông", "Sở Nội vụ", "Sở Kế hoạch và Đầu tư",
        "Công chức Văn hóa - Xã hội", "Công chức Địa chính - Xây dựng", "Các chi bộ trực thuộc",
        "Trường Trung học cơ sở", "Ban Quản lý dự án", "Đài Truyền thanh"};

    /** Sentences of plan prose, written for this benchmark. */
    private static final String[] PHRASES = {
        "Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vị trí, vai trò của công tác thông tin đối ngoại.",
        "Tăng cường quảng bá du lịch, giới thiệu hình ảnh quê hương, con người địa phương tới bạn bè trong nước và quốc tế.",
        "Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan, đơn vị, nâng cao chất lượng phục vụ người dân.",
        "Tổ chức hội nghị quán triệt, triển khai nội dung kế hoạch đến toàn thể cán bộ, công chức, viên chức.",
        "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong công tác tuyên truyền.",
        "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong quá trình thực hiện.",
        "Rà soát, bổ sung quy chế phối hợp giữa các cơ quan, đơn vị, bảo đảm thống nhất, đồng bộ, hiệu quả.",
        "Xây dựng chuyên mục tuyên truyền trên hệ thống truyền thanh cơ sở và trang thông tin điện tử.",
        "Huy động các nguồn lực xã hội hóa để đầu tư hạ tầng du lịch cộng đồng, bảo tồn di tích lịch sử.",
        "Nâng cao chất lượng sinh hoạt chi bộ, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Tập trung phát triển sản phẩm nông nghiệp chủ lực, xây dựng thương hiệu và mở rộng thị trường tiêu thụ.",
        "Bảo đảm an ninh chính trị, trật tự an toàn xã hội, giữ vững ổn định trên địa bàn.",
        "Tăng cường công tác kiểm tra, giám sát việc thực hiện các nhiệm vụ được giao, kịp thời tháo gỡ khó khăn.",
        "Đổi mới nội dung, hình thức tuyên truyền, ưu tiên các nền tảng số và mạng xã hội.",
        "Bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ làm công tác thông tin, tuyên truyền ở cơ sở.",
        "Thực hiện tốt công tác cải cách hành chính, công khai, minh bạch các thủ tục hành chính.",
        "Phát triển phong trào toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư.",
        "Quan tâm chăm lo đời sống vật chất, tinh thần cho gia đình chính sách, người có công với cách mạng.",
        "Bảo vệ môi trường, xử lý rác thải sinh hoạt, xây dựng cảnh quan xanh, sạch, đẹp.",
        "Đầu tư nâng cấp hệ thống đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn.",
        "Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng các ngày lễ lớn của đất nước.",
        "Khai thác hiệu quả tiềm năng, lợi thế về làng nghề truyền thống, gắn với phát triển du lịch trải nghiệm.",
        "Tăng cường phòng, chống tham nhũng, lãng phí, tiêu cực trong cơ quan, đơn vị.",
        "Nâng cao chất lượng giáo dục toàn diện, quan tâm đầu tư cơ sở vật chất trường học.",
        "Chủ động nắm bắt tình hình dư luận xã hội, định hướng thông tin kịp thời, chính xác.",
        "Đấu tranh phản bác các quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của Đảng.",
        "Tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của cả hệ thống chính trị.",
        "Phối hợp chặt chẽ với các cơ quan báo chí trong việc thông tin về tình hình kinh tế - xã hội của địa phương.",
        "Xây dựng cơ sở dữ liệu về di sản văn hóa, danh lam thắng cảnh phục vụ quảng bá hình ảnh địa phương.",
        "Tổ chức sơ kết, tổng kết, rút kinh nghiệm việc thực hiện kế hoạch theo định kỳ.",
        "Khuyến khích doanh nghiệp, hợp tác xã tham gia phát triển sản phẩm OCOP và du lịch nông thôn.",
        "Nâng cao hiệu quả công tác dân vận của chính quyền, lắng nghe ý kiến của nhân dân.",
        "Bảo đảm kinh phí thực hiện từ nguồn ngân sách nhà nước và các nguồn hợp pháp khác.",
        "Ứng dụng công nghệ thông tin trong quản lý, điều hành, từng bước xây dựng chính quyền số.",
        "Quan tâm công tác phát triển đảng viên, nhất là trong đoàn viên thanh niên ưu tú.",
        "Chú trọng giữ gìn và phát huy giá trị văn hóa truyền thống, lễ hội dân gian của quê hương.",
    };

    /** Topic banks: a plan is mostly about one or two topics, so content words are not everywhere. */
    private static final String[][] TOPICS = {
        {"Phát triển du lịch cộng đồng gắn với bảo tồn cảnh quan làng quê.",
            "Xây dựng tuyến du lịch trải nghiệm kết nối các di tích, làng nghề trên địa bàn.",
            "Quảng bá du lịch qua mạng xã hội, hội chợ và các sự kiện văn hóa lớn.",
            "Đào tạo kỹ năng phục vụ khách du lịch cho hộ kinh doanh homestay.",
            "Khai thác lễ hội truyền thống thành sản phẩm du lịch đặc trưng."},
        {"Đẩy mạnh chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số.",
            "Triển khai dịch vụ công trực tuyến toàn trình, thanh toán không dùng tiền mặt.",
            "Xây dựng tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng ứng dụng.",
            "Số hóa hồ sơ, tài liệu lưu trữ và kết nối cơ sở dữ liệu dân cư.",
            "Bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước."},
        {"Nâng cao chất lượng thông tin đối ngoại, quảng bá hình ảnh đất nước ra thế giới.",
            "Cung cấp thông tin chính thống cho đồng bào ở nước ngoài và bạn bè quốc tế.",
            "Tăng cường hợp tác với các địa phương nước ngoài trong lĩnh vực văn hóa, giáo dục.",
            "Đấu tranh phản bác thông tin sai lệch về tình hình trong nước."},
        {"Nâng cao chất lượng sinh hoạt chi bộ, đổi mới nội dung sinh hoạt chuyên đề.",
            "Làm tốt công tác phát triển đảng viên trong thanh niên và người lao động.",
            "Kiểm tra, giám sát tổ chức đảng và đảng viên chấp hành Điều lệ Đảng.",
            "Xây dựng đội ngũ cán bộ cấp cơ sở đủ phẩm chất, năng lực, uy tín."},
        {"Giữ vững an ninh chính trị, trật tự an toàn xã hội ở cơ sở.",
            "Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc.",
            "Tấn công, trấn áp tội phạm ma túy, cờ bạc, tín dụng đen.",
            "Bảo đảm trật tự an toàn giao thông, phòng cháy chữa cháy trong khu dân cư."},
        {"Nâng cao chất lượng giáo dục mầm non, phổ thông, xây dựng trường chuẩn quốc gia.",
            "Khuyến học, khuyến tài, xây dựng xã hội học tập ở cơ sở.",
            "Đầu tư phòng học, thiết bị dạy học và thư viện trường học."},
        {"Chăm sóc sức khỏe nhân dân, nâng cao chất lượng khám chữa bệnh tại trạm y tế.",
            "Tiêm chủng mở rộng, phòng chống dịch bệnh truyền nhiễm.",
            "Vận động người dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện."},
        {"Xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu.",
            "Phát triển sản phẩm OCOP, chuỗi liên kết sản xuất nông sản an toàn.",
            "Chuyển đổi cơ cấu cây trồng, vật nuôi, ứng dụng cơ giới hóa trong sản xuất.",
            "Kiên cố hóa kênh mương nội đồng, nâng cấp giao thông nông thôn."},
        {"Thu gom, phân loại, xử lý rác thải sinh hoạt tại nguồn.",
            "Trồng cây xanh, cải tạo ao hồ, bảo vệ môi trường nông thôn.",
            "Kiểm soát ô nhiễm tại các làng nghề và khu chăn nuôi tập trung."},
        {"Đẩy mạnh cải cách hành chính, rút ngắn thời gian giải quyết thủ tục.",
            "Nâng cao chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính.",
            "Thực hiện nghiêm quy chế dân chủ ở cơ sở, tiếp công dân, giải quyết khiếu nại."},
        {"Phòng, chống tham nhũng, tiêu cực, lãng phí trong quản lý tài chính, đất đai.",
            "Công khai, minh bạch ngân sách, kê khai tài sản, thu nhập theo quy định.",
            "Xử lý nghiêm cán bộ, đảng viên vi phạm, không có vùng cấm."},
        {"Bảo tồn, phát huy giá trị di sản văn hóa, di tích lịch sử cách mạng.",
            "Xây dựng gia đình văn hóa, khu dân cư văn hóa, nếp sống văn minh.",
            "Tổ chức hội thi văn nghệ quần chúng, thể dục thể thao nhân dịp lễ lớn."},
    };

    /** Topics as analysts type them (a handful of words), for free-text queries. */
    private static final String[] ANALYST_QUERIES = {"quảng bá du lịch", "du lịch cộng đồng", "làng nghề",
        "chuyển đổi số", "dịch vụ công trực tuyến", "an toàn thông tin", "thông tin đối ngoại",
        "sinh hoạt chi bộ", "phát triển đảng viên", "an ninh trật tự", "ma túy", "phòng cháy chữa cháy",
        "trường chuẩn quốc gia", "khuyến học", "bảo hiểm y tế", "tiêm chủng", "nông thôn mới", "sản phẩm OCOP",
        "rác thải sinh hoạt", "ô nhiễm", "cải cách hành chính", "thủ tục hành chính", "tham nhũng",
        "kê khai tài sản", "di tích lịch sử", "gia đình văn hóa", "homestay", "cơ sở dữ liệu dân cư",
        "lễ hội truyền thống", "giao thông nông thôn", "kinh tế số", "hình ảnh đất nước"};

    private static final String[][] DIRECTIVE_TYPES = {
        {"KL", "Kết luận"}, {"NQ", "Nghị quyết"}, {"CT", "Chỉ thị"}, {"QĐ", "Quyết định"}, {"KH", "Kế hoạch"},
        {"HD", "Hướng dẫn"}};

    private final Random random;
    private final long seed;
    private final String[] provinces;
    private final String[] directiveSymbols;
    private final String[] directiveTypes;
    private final String[] directiveNumbers;
    private final String[] directiveCodes;
    private final String[] directiveIssuers;
    private final double[] cumulative;

    public PlanSynthesizer(long seed, int directivePool) {
        this.seed = seed;
        this.random = new Random(seed);
        provinces = new String[60];
        for (int i = 0; i < provinces.length; i++) provinces[i] = placeName();
        directiveSymbols = new String[directivePool];
        directiveTypes = new String[directivePool];
        directiveNumbers = new String[directivePool];
        directiveCodes = new String[directivePool];
        directiveIssuers = new String[directivePool];
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < directivePool; i++) {
            String symbol;
            do {
                int kind = random.nextInt(10);
                String[] t = DIRECTIVE_TYPES[random.nextInt(DIRECTIVE_TYPES.length)];
                int number = 1 + random.nextInt(kind < 5 ? 200 : 2000);
                directiveTypes[i] = t[0];
                directiveNumbers[i] = Integer.toString(number);
                if (kind < 5) { // Party, central
                    directiveCodes[i] = "TW";
                    directiveIssuers[i] = random.nextBoolean() ? "Bộ Chính trị" : "Ban Bí thư";
                    symbol = number + "-" + t[0] + "/TW";
                } else if (kind < 7) { // Party, province
                    directiveCodes[i] = "TU";
                    directiveIssuers[i] = "Tỉnh ủy";
                    symbol = number + "-" + t[0] + "/TU";
                } else if (kind < 9) { // State, Prime Minister
                    directiveCodes[i] = "TTg";
                    directiveTypes[i] = "QĐ";
                    directiveIssuers[i] = "Thủ tướng Chính phủ";
                    symbol = number + "/QĐ-TTg";
                } else { // State, provincial people's committee
                    directiveCodes[i] = "UBND";
                    directiveIssuers[i] = "Ủy ban nhân dân tỉnh";
                    symbol = number + "/" + t[0] + "-UBND";
                }
            } while (!seen.add(symbol));
            directiveSymbols[i] = symbol;
        }
        // Zipf-like weights (s = 1.1): directive 0 is cited most.
        cumulative = new double[directivePool];
        double sum = 0;
        for (int i = 0; i < directivePool; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < directivePool; i++) cumulative[i] /= sum;
    }

    /** The i-th most cited directive's symbol (for queries). */
    public String directive(int rank) {
        return directiveSymbols[rank];
    }

    /** A directive symbol drawn with the same skew as citations. */
    public String randomDirective(Random r) {
        return directiveSymbols[drawDirective(r)];
    }

    public String[] provinces() {
        return provinces.clone();
    }

    private int drawDirective(Random r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private String placeName() {
        String a = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String b;
        do {
            b = SYLLABLES[random.nextInt(SYLLABLES.length)];
        } while (b.equals(a));
        return a + " " + b;
    }

    private static String ddmmyyyy(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** The n-th document (n is also hashed into its id). */
    public Synthesized next(long n) {
        StringBuilder text = new StringBuilder(3000);
        String province = provinces[random.nextInt(provinces.length)];
        String district = placeName();
        String commune = placeName();
        double lv = random.nextDouble();
        boolean party = random.nextBoolean();
        String issuer;
        String code;
        if (lv < 0.02) {
            issuer = CENTRAL_ISSUERS[random.nextInt(CENTRAL_ISSUERS.length)];
            code = issuer.startsWith("Bộ ") && !issuer.equals("Bộ Chính trị") ? "BNV" : "TW";
            party = code.equals("TW");
        } else if (lv < 0.17) {
            issuer = party ? "Tỉnh ủy " + province : "Ủy ban nhân dân tỉnh " + province;
            code = party ? "TU" : "UBND";
        } else if (lv < 0.50) {
            issuer = party ? "Huyện ủy " + district : "Ủy ban nhân dân huyện " + district;
            code = party ? "HU" : "UBND";
        } else {
            issuer = party ? "Đảng ủy xã " + commune : "Ủy ban nhân dân xã " + commune;
            code = party ? "ĐU" : "UBND";
        }
        int number = 1 + random.nextInt(300);
        String symbol = party ? number + "-KH/" + code : number + "/KH-" + code;
        LocalDate date = LocalDate.of(2019 + random.nextInt(7), 1, 1).plusDays(random.nextInt(365));

        text.append(issuer.toUpperCase(java.util.Locale.ROOT)).append("\nSố: ").append(symbol).append('\n')
                .append(province).append(", ngày ").append(date.getDayOfMonth()).append(" tháng ")
                .append(date.getMonthValue()).append(" năm ").append(date.getYear()).append("\nKẾ HOẠCH\n");
        String[] mainTopic = TOPICS[random.nextInt(TOPICS.length)];
        String[] otherTopic = random.nextBoolean() ? TOPICS[random.nextInt(TOPICS.length)] : mainTopic;
        String topic = mainTopic[random.nextInt(mainTopic.length)];
        String title = topic.substring(0, topic.length() - 1);
        text.append(title).append("\n\n");

        // Citations: 1 to 6 distinct directives; the first is the one this plan carries out, more often than not.
        int cites = 1 + random.nextInt(6);
        List<Citation> citations = new ArrayList<>();
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < cites) chosen.add(drawDirective(random));
        boolean first = true;
        for (int d : chosen) {
            boolean implementing = first && random.nextDouble() < 0.6;
            String typeName = typeName(directiveTypes[d]);
            String lead = implementing ? "Thực hiện " : first ? "Căn cứ " : "Quán triệt ";
            text.append(lead).append(typeName).append(" số ");
            int start = text.length();
            text.append(directiveSymbols[d]);
            int end = text.length();
            LocalDate cited = date.minusDays(30 + random.nextInt(900));
            text.append(" ngày ").append(ddmmyyyy(cited)).append(" của ").append(directiveIssuers[d])
                    .append(" về ").append(lower(PHRASES[random.nextInt(PHRASES.length)])).append('\n');
            citations.add(new Citation(directiveSymbols[d], directiveTypes[d], typeName, directiveNumbers[d], null,
                    directiveCodes[d], cited.toString(), directiveIssuers[d], implementing,
                    List.of(new Mention(start, end, 1, directiveSymbols[d]))));
            first = false;
        }
        text.append(issuer).append(" xây dựng kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n");
        int body = 10 + random.nextInt(12);
        for (int i = 0; i < body; i++) {
            if (i == body / 2) text.append("II. NHIỆM VỤ, GIẢI PHÁP\n");
            double u = random.nextDouble();
            String[] bank = u < 0.45 ? mainTopic : u < 0.7 ? otherTopic : PHRASES;
            text.append("- ").append(bank[random.nextInt(bank.length)]).append('\n');
        }
        text.append("III. TỔ CHỨC THỰC HIỆN\n");
        int unitCount = 2 + random.nextInt(5);
        Set<String> unitNames = new LinkedHashSet<>();
        while (unitNames.size() < unitCount) unitNames.add(UNITS[random.nextInt(UNITS.length)]);
        List<Unit> units = new ArrayList<>();
        int k = 1;
        for (String u : unitNames) {
            String task = u + " chủ trì, " + lower(PHRASES[random.nextInt(PHRASES.length)]);
            text.append(k++).append(". ");
            int start = text.length();
            text.append(task).append('\n');
            units.add(new Unit(u, true, List.of(task), List.of(new Mention(start, start + u.length(), 1, u))));
        }
        int deadlineCount = random.nextInt(4);
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < deadlineCount; i++) {
            LocalDate due = date.plusDays(15 + random.nextInt(330));
            String unit = units.get(random.nextInt(units.size())).name();
            text.append(unit).append(" báo cáo kết quả thực hiện về ").append(issuer).append(' ');
            int start = text.length();
            String when = "trước ngày " + ddmmyyyy(due);
            text.append(when).append(".\n");
            deadlines.add(new Deadline(due.toString(), null, "báo cáo kết quả thực hiện", List.of(unit), issuer, when,
                    start, start + when.length(), 1));
        }
        text.append("Trên đây là Kế hoạch ").append(lower(title)).append(" của ").append(issuer).append(".\n");

        String body2 = text.toString();
        String id = sha256Hex(n);
        String file = "plan-" + n + ".pdf";
        SourceInfo source = new SourceInfo(file, "bench/" + (n % 1000) + "/" + file, id, "application/pdf",
                body2.length() * 2L, 1 + body2.length() / 3000, false);
        DocumentHeader header = new DocumentHeader("KH", "Kế hoạch", symbol, Integer.toString(number), issuer,
                date.toString(), province, title, null, List.of());
        return new Synthesized(new PlanRecord(PlanRecord.SCHEMA_VERSION, source, header, citations, units, deadlines),
                body2);
    }

    private String sha256Hex(long n) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(Long.toString(seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) ':');
            md.update(Long.toString(n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeName(String code) {
        for (String[] t : DIRECTIVE_TYPES) {
            if (t[0].equals(code)) return t[1];
        }
        return code;
    }

    private static String lower(String sentence) {
        String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Free-text queries as analysts type them: topics of a few words. */
    public static List<String> analystQueries() {
        return List.of(ANALYST_QUERIES);
    }
}
