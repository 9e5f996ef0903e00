package io.planex.ingest;

/** Sample documents written for these tests (original text, in the style of a commune's plan). */
final class SamplePlans {
    private SamplePlans() {}

    /** A one-page plan: header block, title, numbered sections, list items, recipients and signature. */
    static final String PLAN = String.join("\n",
            "ỦY BAN NHÂN DÂN",
            "XÃ AN THẠNH",
            "Số: 27/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "An Thạnh, ngày 14 tháng 3 năm 2024",
            "KẾ HOẠCH",
            "Triển khai thực hiện Chỉ thị số 12-CT/HU ngày 05/02/2024 của Ban Thường vụ Huyện ủy về tăng cường"
                    + " công tác phòng cháy, chữa cháy trên địa bàn xã",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về phòng cháy, chữa cháy; chủ động phòng ngừa,"
                    + " hạn chế thấp nhất thiệt hại do cháy, nổ gây ra.",
            "- Phát huy vai trò của lực lượng dân phòng ở các ấp trong việc xử lý kịp thời các sự cố ban đầu.",
            "2. Yêu cầu",
            "Các ban, ngành, đoàn thể xã bám sát nhiệm vụ được giao, phối hợp chặt chẽ với Công an xã; báo cáo"
                    + " kết quả thực hiện về Ủy ban nhân dân xã trước ngày 15/11/2024.",
            "II. NHIỆM VỤ TRỌNG TÂM",
            "a) Công an xã chủ trì, phối hợp với Đài Truyền thanh xã tuyên truyền ít nhất hai lần mỗi tháng.",
            "b) Văn phòng HĐND và UBND xã theo dõi, tổng hợp, tham mưu sơ kết vào tháng 6 năm 2024.",
            "Nơi nhận:",
            "- Ban Thường vụ Huyện ủy;",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Trần Thị Mỹ Duyên");

    /** A few lines for short OCR pages. */
    static final String SHORT_PAGE_1 = String.join("\n",
            "KẾ HOẠCH",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024",
            "Ủy ban nhân dân xã giao Mặt trận Tổ quốc xã chủ trì thực hiện.");
    static final String SHORT_PAGE_2 = String.join("\n",
            "Thời gian hoàn thành trước ngày 18 tháng 11 năm 2024.",
            "Nơi nhận: Thường trực Đảng ủy xã; Lưu: VT.");
}
