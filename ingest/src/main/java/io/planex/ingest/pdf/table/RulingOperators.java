package io.planex.ingest.pdf.table;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators ({@code m l c v y h re} and the painting operators {@code S s f F f* B B* b b* n}) for an
 * engine that reads text ({@link org.apache.pdfbox.text.PDFTextStripper} registers none of them, and ignores them),
 * so that one pass over a page's content stream gives both its glyphs and its ruling lines. Points go through the
 * current transformation matrix (which the text engine keeps: {@code q Q cm} and form XObjects are its own), then
 * into the frame PDFBox places upright glyphs in (see {@link #display}). PDFBox's own path operators need a
 * {@code PDFGraphicsStreamEngine}, a second engine and a second pass; these are a few lines each.
 */
public final class RulingOperators {
    private RulingOperators() {}

    /** Registers the operators on {@code engine}; they add to {@code rulings} while {@code enabled} says so. */
    public static void install(PDFStreamEngine engine, Rulings rulings, BooleanSupplier enabled) {
        Coordinates at = new Coordinates(engine);
        Factory op = (name, operands, action) ->
                engine.addOperator(new PathOperator(engine, name, operands, action, rulings, enabled));
        op.add("m", 2, (o, r) -> at.apply(o, 0, r::moveTo));
        op.add("l", 2, (o, r) -> at.apply(o, 0, r::lineTo));
        op.add("c", 6, (o, r) -> at.apply(o, 4, r::curveTo));
        op.add("v", 4, (o, r) -> at.apply(o, 2, r::curveTo));
        op.add("y", 4, (o, r) -> at.apply(o, 2, r::curveTo));
        op.add("h", 0, (o, r) -> r.closePath());
        op.add("re", 4, (o, r) -> {
            float x = number(o, 0), y = number(o, 1), w = number(o, 2), h = number(o, 3);
            r.rectangle(at.point(x, y), at.point(x + w, y), at.point(x + w, y + h), at.point(x, y + h));
        });
        op.add("S", 0, (o, r) -> r.stroke());
        op.add("s", 0, (o, r) -> {
            r.closePath();
            r.stroke();
        });
        for (String name : List.of("f", "F", "f*")) op.add(name, 0, (o, r) -> r.fill());
        for (String name : List.of("B", "B*")) op.add(name, 0, (o, r) -> r.fillAndStroke());
        for (String name : List.of("b", "b*")) {
            op.add(name, 0, (o, r) -> {
                r.closePath();
                r.fillAndStroke();
            });
        }
        op.add("n", 0, (o, r) -> r.discard());
    }

    private interface Factory {
        void add(String name, int operands, Action action);
    }

    private interface Action {
        void run(List<COSBase> operands, Rulings rulings);
    }

    private interface PointSink {
        void accept(float x, float y);
    }

    private static float number(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }

    /**
     * From user space through the CTM to the coordinates PDFBox gives a glyph drawn upright on the page as shown
     * ({@code getXDirAdj}, {@code getYDirAdj}: origin top left, y down): on a page shown turned by /Rotate, that is
     * the turned frame (a landscape appendix is often a portrait page turned a quarter).
     */
    private static final class Coordinates {
        private final PDFStreamEngine engine;

        Coordinates(PDFStreamEngine engine) {
            this.engine = engine;
        }

        float[] point(float x, float y) {
            Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
            float px = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
            float py = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
            PDPage page = engine.getCurrentPage();
            PDRectangle crop = page == null ? null : page.getCropBox();
            if (crop == null) return new float[] {px, -py};
            return display(px - crop.getLowerLeftX(), py - crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(),
                    page.getRotation());
        }

        void apply(List<COSBase> operands, int from, PointSink sink) {
            float[] p = point(number(operands, from), number(operands, from + 1));
            sink.accept(p[0], p[1]);
        }
    }

    /**
     * A point of the crop box ({@code tx, ty} from its lower left, y up) in the frame of text drawn upright on the
     * page as shown turned by {@code rotation}: PDFBox's {@code TextPosition} X and Y "DirAdj" for the text
     * direction equal to the page's rotation.
     */
    static float[] display(float tx, float ty, float width, float height, int rotation) {
        return switch (Math.floorMod(rotation, 360)) {
            case 90 -> new float[] {ty, tx};
            case 180 -> new float[] {width - tx, ty};
            case 270 -> new float[] {height - ty, width - tx};
            default -> new float[] {tx, height - ty};
        };
    }

    private static final class PathOperator extends OperatorProcessor {
        private final String name;
        private final int operands;
        private final Action action;
        private final Rulings rulings;
        private final BooleanSupplier enabled;

        PathOperator(PDFStreamEngine engine, String name, int operands, Action action, Rulings rulings,
                     BooleanSupplier enabled) {
            super(engine);
            this.name = name;
            this.operands = operands;
            this.action = action;
            this.rulings = rulings;
            this.enabled = enabled;
        }

        @Override
        public void process(Operator operator, List<COSBase> args) throws IOException {
            if (!enabled.getAsBoolean() || args.size() < operands) return;
            for (int i = 0; i < operands; i++) {
                if (!(args.get(i) instanceof COSNumber)) return; // a malformed operator draws nothing
            }
            action.run(args, rulings);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
