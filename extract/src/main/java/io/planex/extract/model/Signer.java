package io.planex.extract.model;

/** The person who signed: name as printed, title in normal case ("Phó Chủ tịch"). */
public record Signer(String name, String title) {}
