package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page scanned a quarter turn off is told from an upright one, and turned back. */
class PageOrientationTest {
    private static BufferedImage grey(BufferedImage page) {
        return RulingLines.grey(page);
    }

    @Test
    void anUprightPageIsNotSidewaysAndTurnedAQuarterItIs() {
        for (BufferedImage page : new BufferedImage[] {OcrTableTest.scan(true), OcrTableTest.wrappedScan()}) {
            BufferedImage upright = grey(page);
            assertFalse(PageOrientation.sideways(upright));
            assertTrue(PageOrientation.sideways(PageOrientation.quarterTurn(upright, true)));
            assertTrue(PageOrientation.sideways(PageOrientation.quarterTurn(upright, false)));
            // askew as well: a slant blurs the rows, not enough to be taken for columns
            assertFalse(PageOrientation.sideways(Deskew.rotated(upright, 1.5)));
            assertTrue(PageOrientation.sideways(PageOrientation.quarterTurn(Deskew.rotated(upright, 1.5), true)));
        }
    }

    @Test
    void aBlankPageIsNotSideways() {
        assertFalse(PageOrientation.sideways(new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY)));
    }

    @Test
    void twoQuarterTurnsTheOtherWayGiveThePageBack() {
        BufferedImage page = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i * 40);
        BufferedImage clockwise = PageOrientation.quarterTurn(page, true);
        assertEquals(2, clockwise.getWidth());
        assertEquals(3, clockwise.getHeight());
        // clockwise, the first row (0 40 80) becomes the last column, top down
        byte[] turned = ((DataBufferByte) clockwise.getRaster().getDataBuffer()).getData();
        assertArrayEquals(new byte[] {(byte) 120, 0, (byte) 160, 40, (byte) 200, 80}, turned);
        BufferedImage back = PageOrientation.quarterTurn(clockwise, false);
        assertArrayEquals(px, ((DataBufferByte) back.getRaster().getDataBuffer()).getData());
    }

    @Test
    void aHalfTurnTwiceGivesThePageBack() {
        BufferedImage page = grey(OcrTableTest.scan(true));
        BufferedImage back = PageOrientation.halfTurn(PageOrientation.halfTurn(page));
        assertArrayEquals(((DataBufferByte) page.getRaster().getDataBuffer()).getData(),
                ((DataBufferByte) back.getRaster().getDataBuffer()).getData());
        // upside down, the lines still run across: only the reading tells
        assertFalse(PageOrientation.sideways(PageOrientation.halfTurn(page)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // what Tesseract prints of a plan's page upside down
        "tqutq ugA uoÁ£nBN HOÏL HO '/ tội 901 1et3ị ue111 [A ứrop “tenb o9 o2) NIIH 2ñHL 20H2 O1 TT 9£0Zđ/11/0€ ưếng sex đẹ2 ono 6ưọo ÁegBu 9011, ủA IỘN Buưodaq in q2 tượ Bưn1[, “0q ượo Bượnp Iọq “o1 oeŒ#true",
        "Ủy ban nhân dân huyện triển khai thực hiện kế hoạch cải cách hành chính năm 2026, các phòng, ban chuyên môn báo cáo kết quả về Văn phòng HĐND và UBND huyện trước ngày 15/12#false",
        // too few words to tell: a page of a seal and a signature
        "tqutq ugA uoÁ£nBN HOÏL#false",
    })
    void aReadingThatLooksUpsideDown(String text, boolean upsideDown) {
        assertEquals(upsideDown, PageOrientation.looksUpsideDown(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Ủy ban nhân dân huyện triển khai thực hiện kế hoạch năm 2026#1.0",
        // acronyms are no syllables (9 words of 11 here): a page read right keeps well over READABLE
        "UBND các xã, thị trấn báo cáo HĐND huyện trước ngày 15/12#0.818",
        // what Tesseract prints of a page read sideways
        "ˆ ¬ ` ị ằ ụ 1 ƒ Ìï Ïa Ỉ nnĩ v ‹ ` TT ; Íï ñ' Ô ẻ ` ...ì\\ Ệ#0.0",
        "#0.0",
    })
    void theShareOfWordsThatAreVietnameseSyllables(String text, double share) {
        assertEquals(share, PageOrientation.readableShare(text == null ? "" : text), 0.01);
    }
}
