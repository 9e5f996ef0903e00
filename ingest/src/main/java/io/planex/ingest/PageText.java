package io.planex.ingest;

/** The text of one page as the parser (or OCR) gave it, before repair. */
public record PageText(int number, String text, boolean ocr) {}
