package vn.gopy.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.gopy.moderation.Flag;

/** The screening on real Vietnamese comments: flags where a moderator should look, and none on ordinary text. */
class ScreeningTest {

    private final Screening screening = new Screening(new ScreeningSettings(3, 0.7, 20, 4));

    @Test
    void anOrdinaryCommentRaisesNoFlag() {
        assertThat(screening.screen("""
                Đề nghị Ban soạn thảo làm rõ khái niệm "người sử dụng đất" tại Điều 3, vì bộ máy nhà nước ở cấp xã \
                còn cho rằng hộ gia đình chưa có giấy tờ không thuộc đối tượng này. Các hộ kinh doanh lớn cũng cần \
                được hướng dẫn, buổi tiếp dân nên tổ chức đều đặn. Xem https://thuvienphapluat.vn để so sánh.""")).isEmpty();
    }

    @Test
    void abusiveWordsAreFoundWithAndWithoutDiacritics() {
        assertThat(screening.screen("Người soạn thảo quy định này đúng là đồ ngu, không hiểu gì về nông thôn."))
                .contains(Flag.ABUSIVE);
        assertThat(screening.screen("Nguoi soan thao quy dinh nay dung la do ngu, khong hieu gi ve nong thon."))
                .contains(Flag.ABUSIVE);
        assertThat(screening.screen("ĐỒ NGU thì mới viết được điều luật như thế này cho dân thực hiện."))
                .contains(Flag.ABUSIVE);
        assertThat(screening.screen("Whoever wrote this article is an idiot and should resign at once."))
                .contains(Flag.ABUSIVE);
        assertThat(screening.screen("Quy định đồng ngũ cốc và ngụ ý của điều này chưa rõ ràng với doanh nghiệp."))
                .doesNotContain(Flag.ABUSIVE);
    }

    @Test
    void phoneNumbersCitizenIdsAndAddressesArePersonalData() {
        for (String text : new String[] {
                "Xin liên hệ tôi theo số 0912 345 678 để trao đổi thêm về đề xuất này.",
                "Số điện thoại của tôi là +84 912.345.678, mong được phản hồi sớm.",
                "Tôi là Nguyễn Văn A, số định danh cá nhân 001203004567, thường trú tại Hà Nội.",
                "Mọi góp ý xin gửi về địa chỉ thư nguyen.van.a@gmail.com để tôi tổng hợp."}) {
            assertThat(screening.screen(text)).as(text).contains(Flag.PERSONAL_DATA);
        }
        assertThat(screening.screen("Điều 12 khoản 3 quy định mức phạt 5.000.000 đồng đến 10.000.000 đồng là quá cao."))
                .doesNotContain(Flag.PERSONAL_DATA);
    }

    @Test
    void thePersonalDataFoundIsOfferedAsPartsToMask() {
        String text = "Tôi là Lan, 0912 345 678, thư lan.nguyen@example.vn, số định danh 001203004567.";

        assertThat(screening.personalData(text)).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("0912 345 678", "lan.nguyen@example.vn", "001203004567");
    }

    @Test
    void manyLinksShoutingAndVeryShortTextAreFlagged() {
        assertThat(screening.screen("Mua ngay tại http://a.example http://b.example và www.c.example giá rẻ nhất"))
                .contains(Flag.MANY_LINKS);
        assertThat(screening.screen("TÔI PHẢN ĐỐI ĐIỀU NÀY VÌ NÓ GÂY THIỆT HẠI CHO NGƯỜI DÂN CHÚNG TÔI"))
                .contains(Flag.SHOUTING);
        assertThat(screening.screen("Đồng ý.")).isEqualTo(Set.of(Flag.VERY_SHORT));
        assertThat(screening.screen("Luật BHXH và VAT")).doesNotContain(Flag.SHOUTING);
    }
}
