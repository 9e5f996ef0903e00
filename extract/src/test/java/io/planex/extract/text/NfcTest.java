package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.planex.testkit.corpus.PlanGenerator;
import io.planex.testkit.corpus.RealSizePlans;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Nfc#isNormalized} against {@code Normalizer.isNormalized(s, NFC)}, and the premise of its table. */
class NfcTest {
    /** A char the table passes is never the second char of a canonical composition (else "e" + it could compose). */
    @Test
    void noSafeCharIsTheSecondOfAComposition() {
        for (int x = 0; x <= 0xFFFF; x++) {
            if (Character.isSurrogate((char) x)) continue;
            String nfd = Normalizer.normalize(String.valueOf((char) x), Normalizer.Form.NFD);
            for (int k = 1; k < nfd.length(); k++) {
                char c = nfd.charAt(k);
                assertFalse(c < Nfc.SAFE.length && Nfc.SAFE[c], "U+" + Integer.toHexString(c) + " in U+" + Integer.toHexString(x));
            }
        }
    }

    @Test
    void randomStringsAgreeWithTheJdk() {
        Random r = new Random(15);
        String alphabet = "aAeEoOuUyYăâđĐêôơưÀÁẢÃẠàáảãạỦủŨũỤụẾếỆệ \t\n\u00a0\u2003,.:;()-–“”0123456789"
                + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0340\u0344\u212b\u2126ǅĲſKµß\u0130ΣҖ가\u1161\u11a8"
                + "\u0b47\u0b3e\u0cc6\u0cd5\ud835\udc00\u1e9b\u1fef\u037e";
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int k = 0; k < len; k++) {
                // half the chars from the whole table range, half from the alphabet of awkward cases
                b.append(r.nextBoolean() ? (char) r.nextInt(Nfc.SAFE.length + 64) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(Normalizer.isNormalized(s, Normalizer.Form.NFC), Nfc.isNormalized(s), s);
        }
    }

    @Test
    void generatedTextsAgreeWithTheJdk() {
        RealSizePlans real = new RealSizePlans(3);
        PlanGenerator small = new PlanGenerator(4);
        for (int i = 0; i < 20; i++) {
            for (String t : new String[] {real.text(i), small.generate(i).text()}) {
                String nfd = Normalizer.normalize(t, Normalizer.Form.NFD);
                assertEquals(Normalizer.isNormalized(t, Normalizer.Form.NFC), Nfc.isNormalized(t));
                assertEquals(false, Nfc.isNormalized(nfd));
                // one decomposed letter in the middle of an otherwise NFC text
                int mid = t.length() / 2;
                String one = t.substring(0, mid) + "e\u0301" + t.substring(mid);
                assertEquals(Normalizer.isNormalized(one, Normalizer.Form.NFC), Nfc.isNormalized(one));
            }
        }
    }

    /** The last text found NFC is remembered by instance only: a non-NFC text is never taken for it. */
    @Test
    void rememberedTextIsTheSameInstanceOnly() {
        String nfc = "Kế hoạch số 12/KH-UBND";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        for (int k = 0; k < 3; k++) {
            org.junit.jupiter.api.Assertions.assertTrue(Nfc.isNormalized(nfc));
            org.junit.jupiter.api.Assertions.assertFalse(Nfc.isNormalized(nfd));
            org.junit.jupiter.api.Assertions.assertTrue(Nfc.isNormalized(new String(nfc)));
        }
    }
}
