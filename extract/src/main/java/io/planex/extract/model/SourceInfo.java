package io.planex.extract.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a record came from.
 *
 * @param file       file name ("plan.pdf")
 * @param path       path as given or found
 * @param sha256     hex SHA-256 of the file's bytes
 * @param mediaType  detected media type
 * @param bytes      file size
 * @param pages      number of pages (1 for unpaged formats)
 * @param ocr        true when any page's text came from OCR
 * @param ocrPages   the 1-based pages whose text came from OCR, ascending
 * @param ocrReasons why each of {@code ocrPages} was OCRed ("no-text-layer", "garbled-text-layer",
 *                   "ocr-always", "image"), keyed by page number
 */
public record SourceInfo(String file, String path, String sha256, String mediaType, long bytes, int pages,
                         boolean ocr, List<Integer> ocrPages, Map<Integer, String> ocrReasons) {
    public SourceInfo {
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
        ocrReasons = ocrReasons == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(ocrReasons));
    }

    /** A source with no page-level OCR facts (text files, tests, records built by hand). */
    public SourceInfo(String file, String path, String sha256, String mediaType, long bytes, int pages,
                      boolean ocr) {
        this(file, path, sha256, mediaType, bytes, pages, ocr, List.of(), Map.of());
    }

    /** The same source found under another name and path (a copy, a link). */
    public SourceInfo at(String file, String path) {
        return new SourceInfo(file, path, sha256, mediaType, bytes, pages, ocr, ocrPages, ocrReasons);
    }
}
