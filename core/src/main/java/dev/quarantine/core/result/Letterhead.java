package dev.quarantine.core.result;

/** Who a letter comes from: the office, the name its letters are signed with, and how people reach it. */
public record Letterhead(String office, String signature, String phone, String address) {
}
