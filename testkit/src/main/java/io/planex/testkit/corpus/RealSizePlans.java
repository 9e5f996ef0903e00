package io.planex.testkit.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans of the size real ones have (15–25 kB of text, five to eight pages), in the layouts text comes out of
 * real files, deterministically from a seed. The synthetic plans of {@link PlanGenerator} are 2–3 kB: fine for
 * quality tests, far too small to measure speed on, because real plans spend most of their length on task
 * sections (sub-items, bullets, long sentences) that every extractor still has to read.
 *
 * <p>A real-size plan is a {@link PlanGenerator} plan with its task section grown by original filler paragraphs
 * (sub-items "a)", bullets, the odd citation and deadline in running text), then laid out as one of
 * {@link Layout}. Gold annotations are not kept: these texts are for benchmarks and for checking that a change
 * leaves extraction output byte-identical.
 */
public final class RealSizePlans {
    /** How the text reached us. */
    public enum Layout {
        /** One paragraph a line, as from DOCX or a text file. */
        FLOWING,
        /** Lines hard-wrapped at a printed width, a running header and a page number on each page (text PDF). */
        WRAPPED,
        /** As {@link #WRAPPED}, with a blank line after every visual line (some PDF text extractors). */
        DOUBLE_SPACED,
        /** FLOWING with the units' tasks as a table: cells separated by tabs (DOCX tables, PDF columns). */
        TABLE
    }

    private static final String[] OPENERS = {"Tiếp tục quán triệt, triển khai đầy đủ các chủ trương, chính sách về",
        "Đẩy mạnh ứng dụng công nghệ số trong quản lý, điều hành gắn với", "Kiện toàn tổ chức bộ máy, nâng cao năng "
            + "lực đội ngũ cán bộ làm công tác", "Huy động các nguồn lực xã hội hóa, lồng ghép các chương trình mục "
            + "tiêu để thực hiện", "Tổ chức sơ kết, tổng kết, đánh giá kết quả thực hiện và nhân rộng các mô hình "
            + "hay, cách làm hiệu quả trong", "Tăng cường phối hợp giữa các cơ quan, đơn vị, địa phương trong công tác",
        "Rà soát, hoàn thiện hệ thống văn bản hướng dẫn, quy trình nghiệp vụ về", "Xây dựng cơ sở dữ liệu dùng chung,"
            + " kết nối, chia sẻ thông tin phục vụ"};
    private static final String[] MIDDLES = {"bảo đảm phù hợp với điều kiện thực tế của từng cơ quan, đơn vị và địa "
            + "phương", "gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ được giao", "chú trọng "
            + "công tác kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh", "lấy người dân và doanh "
            + "nghiệp làm trung tâm, bảo đảm công khai, minh bạch", "từng bước nâng cao chất lượng, hiệu quả hoạt "
            + "động của hệ thống chính trị ở cơ sở", "phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc "
            + "và các đoàn thể chính trị - xã hội"};
    private static final String[] CLOSERS = {"tạo sự chuyển biến rõ nét về nhận thức và hành động.", "góp phần "
            + "hoàn thành thắng lợi các chỉ tiêu kinh tế - xã hội của năm.", "bảo đảm tiến độ, chất lượng và hiệu "
            + "quả.", "đáp ứng yêu cầu nhiệm vụ trong tình hình mới.", "không để xảy ra tình trạng chậm trễ, "
            + "hình thức."};
    private static final String[] TARGETS = {"Phấn đấu đến năm 2025, 100% cơ quan, đơn vị triển khai có hiệu quả "
            + "nội dung Kế hoạch.", "Phấn đấu hằng năm có ít nhất 90% hồ sơ được giải quyết đúng hạn.",
        "Tỷ lệ cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng đạt trên 85%.", "Bảo đảm 100% văn bản được "
            + "gửi, nhận qua hệ thống quản lý văn bản điện tử."};
    private static final String[] DUE = {"trong quý I", "trước ngày 30/6", "trước ngày 15/11 hằng năm",
        "trong tháng 9", "trước ngày 20/12"};

    private final PlanGenerator plans;
    private final long seed;

    public RealSizePlans(long seed) {
        this.plans = new PlanGenerator(seed);
        this.seed = seed;
    }

    /** Plan number {@code i}, laid out as {@code layout}. */
    public String text(int i, Layout layout) {
        return text(i, layout, 15_000, 25_000);
    }

    /**
     * Plan number {@code i}, laid out as {@code layout}, grown to between {@code minChars} and {@code maxChars}
     * characters (about: the last filler paragraph may pass the drawn target by a line).
     */
    public String text(int i, Layout layout, int minChars, int maxChars) {
        String base = plans.generate(i).text();
        Random r = new Random(seed * 7_919L + i);
        int target = minChars + r.nextInt(Math.max(1, maxChars - minChars));
        List<String> lines = grow(base, r, target);
        return switch (layout) {
            case FLOWING -> String.join("\n", lines) + "\n";
            case WRAPPED -> paginate(lines, r, false);
            case DOUBLE_SPACED -> paginate(lines, r, true);
            case TABLE -> tabulate(lines, r);
        };
    }

    /** Plan number {@code i} in the layout the mix of a real archive gives it (mostly flowing and wrapped). */
    public String text(int i) {
        Layout[] mix = {Layout.FLOWING, Layout.FLOWING, Layout.WRAPPED, Layout.WRAPPED, Layout.WRAPPED,
            Layout.DOUBLE_SPACED, Layout.TABLE};
        return text(i, mix[Math.floorMod(i * 31 + (int) seed, mix.length)]);
    }

    /** The base plan's lines with filler paragraphs after its numbered task items, until about {@code target} chars. */
    private static List<String> grow(String base, Random r, int target) {
        List<String> in = new ArrayList<>(List.of(base.replace("\f", "").split("\n", -1)));
        int size = base.length();
        List<Integer> anchors = new ArrayList<>();
        boolean inTasks = false;
        for (int k = 0; k < in.size(); k++) {
            String l = in.get(k);
            if (l.startsWith("II. ")) inTasks = true;
            if (l.startsWith("III. ")) inTasks = false;
            if (inTasks && !l.isEmpty() && Character.isDigit(l.charAt(0))) anchors.add(k);
        }
        if (anchors.isEmpty()) anchors.add(Math.max(0, in.size() / 2));
        List<List<String>> extra = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) extra.add(new ArrayList<>());
        int a = 0;
        while (size < target) {
            List<String> add = extra.get(a % anchors.size());
            char sub = (char) ('a' + add.stream().filter(s -> s.length() > 2 && s.charAt(1) == ')').count());
            String para = paragraph(r);
            String line = r.nextInt(3) == 0 ? "- " + para : sub + ") " + para;
            add.add(line);
            size += line.length() + 1;
            a++;
        }
        List<String> out = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < in.size(); k++) {
            out.add(in.get(k));
            if (next < anchors.size() && anchors.get(next) == k) {
                // after the item's own line (and its citation line, if any)
                if (k + 1 < in.size() && in.get(k + 1).startsWith("Tiếp tục thực hiện")) out.add(in.get(++k));
                out.addAll(extra.get(next));
                next++;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    private static String paragraph(Random r) {
        StringBuilder p = new StringBuilder();
        int sentences = 1 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) p.append(' ');
            if (r.nextInt(6) == 0) {
                p.append(TARGETS[r.nextInt(TARGETS.length)]);
                continue;
            }
            p.append(OPENERS[r.nextInt(OPENERS.length)]).append(' ').append(MIDDLES[r.nextInt(MIDDLES.length)]);
            if (r.nextInt(5) == 0) p.append(", hoàn thành ").append(DUE[r.nextInt(DUE.length)]);
            p.append(", ").append(CLOSERS[r.nextInt(CLOSERS.length)]);
        }
        return p.toString();
    }

    /** Hard-wraps at a printed width, with a running header and a page number on each page. */
    private static String paginate(List<String> lines, Random r, boolean doubleSpaced) {
        int width = 80 + r.nextInt(20);
        int perPage = doubleSpaced ? 40 : 45;
        List<String> visual = new ArrayList<>();
        for (String l : lines) visual.addAll(wrap(l, width));
        StringBuilder out = new StringBuilder();
        int page = 1;
        int onPage = 0;
        String gap = doubleSpaced ? "\n\n" : "\n";
        for (String v : visual) {
            if (onPage == perPage) {
                out.append(page).append(gap).append('\f');
                page++;
                onPage = 0;
                out.append("Kế hoạch triển khai thực hiện").append(gap);
            }
            out.append(v).append(gap);
            onPage++;
        }
        out.append(page).append('\n');
        return out.toString();
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) break;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
    }

    /** Task lines of the organisation section become table rows: number, unit, task, time, separated by tabs. */
    private static String tabulate(List<String> lines, Random r) {
        StringBuilder out = new StringBuilder();
        boolean organisation = false;
        int row = 0;
        for (String l : lines) {
            if (l.startsWith("III. ")) {
                organisation = true;
                out.append(l).append('\n').append("TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời gian\n");
                continue;
            }
            if (organisation && l.startsWith("- Chủ trì")) {
                row++;
                out.append(row).append('\t').append(l.substring(2)).append('\t').append("Văn phòng")
                        .append('\t').append(DUE[r.nextInt(DUE.length)]).append('\n');
                continue;
            }
            out.append(l).append('\n');
        }
        return out.toString();
    }
}
