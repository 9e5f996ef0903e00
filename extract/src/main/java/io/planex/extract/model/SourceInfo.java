package io.planex.extract.model;

/**
 * Where a record came from.
 *
 * @param file      file name ("plan.pdf")
 * @param path      path as given or found
 * @param sha256    hex SHA-256 of the file's bytes
 * @param mediaType detected media type
 * @param bytes     file size
 * @param pages     number of pages (1 for unpaged formats)
 * @param ocr       true when any page's text came from OCR
 */
public record SourceInfo(String file, String path, String sha256, String mediaType, long bytes, int pages,
                         boolean ocr) {}
