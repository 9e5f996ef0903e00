package io.planex.extract.unit;

import io.planex.extract.text.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNamesTest {
    /** Text after the item marker -> the unit name it opens with ("-" when it names no unit). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Phòng Văn hóa và Thông tin|Phòng Văn hóa và Thông tin",
        "Ban Tuyên giáo Huyện ủy hướng dẫn, theo dõi việc học tập|Ban Tuyên giáo Huyện ủy",
        "Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã|Công an xã",
        // an enterprise's capitalised words are its proper name, a verb's among them ("Xây dựng", "Đầu tư")
        "Công ty TNHH Xây dựng Hồng Phát bố trí chỉ huy trưởng công trường|Công ty TNHH Xây dựng Hồng Phát",
        "Công ty TNHH Một thành viên Xây dựng Thủy lợi Nghệ An phối hợp thực hiện|Công ty TNHH Một thành viên Xây dựng Thủy lợi Nghệ An",
        "Hợp tác xã Dịch vụ Tổng hợp Tân Lập chủ trì thu gom|Hợp tác xã Dịch vụ Tổng hợp Tân Lập",
        // a council named for the compensation, support and resettlement it handles
        "Hội đồng bồi thường, hỗ trợ và tái định cư xã tổ chức kiểm đếm|Hội đồng bồi thường, hỗ trợ và tái định cư xã",
        // "thống kê" (to count) after a group of heads is their task; "Thống kê" capitalised is an office's field
        "Trưởng các thôn, khu phố thống kê các hộ gia đình|Trưởng các thôn, khu phố",
        "Chi cục Thống kê khu vực II phối hợp cung cấp số liệu|Chi cục Thống kê khu vực II",
        // "quyết định" (to decide) after a body is its act, as in a normative text's articles
        "Ủy ban nhân dân cấp tỉnh quyết định phân cấp quản lý|Ủy ban nhân dân cấp tỉnh",
        "Ban xây dựng Đảng tham mưu Đảng ủy|Ban xây dựng Đảng",
        "Phòng Quản lý đô thị thị xã|Phòng Quản lý đô thị thị xã",
        "Các ngành, đoàn thể và các tổ chức chính trị - xã hội|Các ngành, đoàn thể và các tổ chức chính trị - xã hội",
        "UBND các xã, thị trấn căn cứ tình hình thực tế|UBND các xã, thị trấn",
        "Văn phòng HĐND và UBND huyện (cơ quan thường trực)|Văn phòng HĐND và UBND huyện",
        "Phòng Tài chính - Kế hoạch: bố trí kinh phí|Phòng Tài chính - Kế hoạch",
        "Ban Xây dựng Đảng Chủ trì xây dựng kế hoạch|Ban Xây dựng Đảng",
        "Ban Tổ chức Huyện ủy|Ban Tổ chức Huyện ủy",
        "Ban Chỉ đạo 35 huyện chỉ đạo các tổ chức|Ban Chỉ đạo 35 huyện",
        "Đài truyền thanh xã|Đài truyền thanh xã",
        "Thông tấn xã Việt Nam tăng cường thời lượng thông tin|Thông tấn xã Việt Nam",
        "Hợp tác xã nông nghiệp cung ứng giống lúa|Hợp tác xã nông nghiệp",
        "Các doanh nghiệp trên địa bàn chấp hành nghiêm quy định|Các doanh nghiệp trên địa bàn",
        "Ban Chấp hành Đoàn các xã, thị trấn xây dựng kế hoạch|Ban Chấp hành Đoàn các xã, thị trấn",
        "Trung tâm Điều hành đô thị thông minh vận hành hệ thống|Trung tâm Điều hành đô thị thông minh",
        "Phó Thủ tướng Chính phủ phụ trách lĩnh vực chỉ đạo các bộ|Phó Thủ tướng Chính phủ",
        // a heading joined to the line under it: a capitalised verb after a field's "trường" (no school) ends the name
        "Sở Nông nghiệp và Môi trường Là cơ quan thường trực, chủ trì theo dõi|Sở Nông nghiệp và Môi trường",
        "Vụ Khoa học và Công nghệ Là đầu mối tổng hợp|Vụ Khoa học và Công nghệ",
        "Tổ giúp việc Ban Chỉ đạo chủ trì rà soát|Tổ giúp việc Ban Chỉ đạo",
        "Kiểm toán nhà nước đưa nội dung vào kế hoạch kiểm toán|Kiểm toán nhà nước",
        "Chính phủ số: hoàn thiện nền tảng dữ liệu|-",
        "Chính phủ điện tử tiếp tục được hoàn thiện|-",
        "Hội Cựu chiến binh xã vận động hội viên|Hội Cựu chiến binh xã",
        "Các chi, đảng bộ trực thuộc|Các chi, đảng bộ trực thuộc",
        "Các chi bộ tổ chức quán triệt nghị quyết|Các chi bộ",
        "Chi bộ thôn 1 tổ chức sinh hoạt chuyên đề|Chi bộ thôn 1",
        "Đảng bộ tổ chức đại hội|Đảng bộ",
        "Ban tổ chức hội thi chuẩn bị hội trường|Ban tổ chức hội thi",
        "Bộ Công an chỉ đạo lực lượng|Bộ Công an",
        "Tổ giúp việc Ban Chỉ đạo tổng hợp, tham mưu|Tổ giúp việc Ban Chỉ đạo",
        "Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi, đôn đốc|Văn phòng Đảng ủy",
        "Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch UBND xã chỉ đạo|Ban Chỉ đạo",
        "Ban Tổ chức Tỉnh ủy trong quá trình thẩm định|Ban Tổ chức Tỉnh ủy",
        "Trưởng các thôn: Phối hợp tuyên truyền đến Nhân dân|Trưởng các thôn",
        "UBND các xã chịu sự giám sát báo cáo bằng văn bản|UBND các xã chịu sự giám sát",
        "UBND các huyện: Bảo Thắng, Bắc Hà rà soát|UBND các huyện: Bảo Thắng, Bắc Hà",
        "Văn phòng UBND tỉnh giúp Chủ tịch UBND tỉnh theo dõi|Văn phòng UBND tỉnh",
        "Bộ phận giúp việc Ban Chỉ đạo xã giúp Ban Chỉ đạo tổng hợp|Bộ phận giúp việc Ban Chỉ đạo xã",
        "Thành viên Ban Chỉ đạo theo lĩnh vực được phân công triển khai|Thành viên Ban Chỉ đạo",
        "Các phòng, đơn vị thuộc Sở chủ động xây dựng kế hoạch|Các phòng, đơn vị thuộc Sở",
        "Ban Chỉ huy Quân sự xã chậm nhất vào ngày 30/8|Ban Chỉ huy Quân sự xã",
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh phối hợp với các địa phương|Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
        "Sở Xây dựng xây dựng kế hoạch kiểm tra|Sở Xây dựng",
        "Phòng Kinh tế kết thúc thu hoạch trước ngày 15/10|Phòng Kinh tế",
        "Các đồng chí Huyện ủy viên phụ trách cơ sở dự, chỉ đạo kiểm điểm|Các đồng chí Huyện ủy viên phụ trách cơ sở",
        "Ban Quản lý dự án huyện tham dự hội nghị|Ban Quản lý dự án huyện",
        "Phòng Tài chính - Kế hoạch xây dựng dự toán|Phòng Tài chính - Kế hoạch",
        "UBND các huyện: Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh tập trung chỉ đạo|UBND các huyện: Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh",
        "Các sở: Tài chính, Xây dựng chủ trì thẩm định|Các sở: Tài chính, Xây dựng",
        "Các phòng: tham mưu cho Ủy ban|Các phòng",
        "Khoa Dược - Trang thiết bị - Vật tư y tế bảo đảm cung ứng vắc xin|Khoa Dược - Trang thiết bị - Vật tư y tế",
        "Khoa học, công nghệ và đổi mới sáng tạo|-",
        "Đội Cảnh sát quản lý hành chính về trật tự xã hội chủ trì kiểm tra|Đội Cảnh sát quản lý hành chính về trật tự xã hội",
        "Đội An ninh nắm tình hình, kịp thời phát hiện|Đội An ninh",
        "Ban hành văn bản chỉ đạo|-",
        "Hội nghị sơ kết 6 tháng|-",
        "Phòng, chống dịch bệnh|-",
        "Tổ chức tuyên truyền|-",
        "Tăng cường công tác phối hợp giữa các cơ quan|-",
        "Các nhiệm vụ trọng tâm|-",
        "Các tổ chức đảng, đảng viên được kiểm tra, giám sát|Các tổ chức đảng, đảng viên được kiểm tra, giám sát",
        "Các đơn vị được kiểm tra chuẩn bị báo cáo tự kiểm tra|Các đơn vị được kiểm tra",
        "Các cơ quan được thanh tra và kiểm toán có trách nhiệm cung cấp hồ sơ|Các cơ quan được thanh tra và kiểm toán",
        "Các xã được giao chủ trì tổ chức hội nghị|Các xã",
        "Phòng Nội vụ được kiểm tra vào quý II|Phòng Nội vụ",
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh có nhiệm vụ tham mưu|Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
        "Tổ công tác bắt đầu làm việc từ ngày 15/10/2024|Tổ công tác",
        "Giám đốc các Ban quản lý rừng phòng hộ, rừng đặc dụng xây dựng đường ranh cản lửa|Giám đốc các Ban quản lý rừng phòng hộ, rừng đặc dụng",
        "Chi nhánh Văn phòng đăng ký đất đai huyện phối hợp số hóa hồ sơ địa chính|Chi nhánh Văn phòng đăng ký đất đai huyện",
    })
    void cutsTheUnitNameOffItsTask(String text, String expected) {
        int head = UnitNames.headLength(text);
        String name = head == 0 ? "-" : text.substring(0, UnitNames.nameEnd(text, head));
        assertEquals(expected, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Giao UBND huyện; các chi, đảng bộ cơ sở|5",
        "Đề nghị Đảng ủy, MTTQ xã|8",
        "Giao cho Phòng Nội vụ|9",
        "Giám đốc Sở|0",
        "Đảng ủy giao Ủy ban nhân dân xã|13",
        "Ban Thường vụ Huyện ủy đề nghị Đảng đoàn HĐND huyện|31",
        "Ủy ban nhân dân xã giao các thôn tự quản|0",
        "Phòng Nội vụ giao nộp hồ sơ|0",
    })
    void measuresLeadingAssignmentVerbs(String text, int length) {
        assertEquals(length, UnitNames.assignVerbLength(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hoà|hòa", "Uỷ ban|Ủy ban", "THUỶ|THỦY", "khoá|khóa", "quý|quý", "hoàn|hoàn", "Thuý|Thúy",
    })
    void respellsOldTonePlacement(String in, String out) {
        assertEquals(out, Words.respell(in));
    }
}
