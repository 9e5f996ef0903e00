package io.planex.extract.model;

/**
 * Where something was found: character offsets into the text that extraction read (end exclusive),
 * the 1-based page it starts on (null when the source has no pages), and the text as printed.
 */
public record Mention(int start, int end, Integer page, String text) {}
