package dev.quarantine.core.result;

/**
 * A subdistrict office (街道) of the register: the name clerks give with {@code --office}, the name its letters are
 * signed with, how people reach it, the database login of its clerks (PostgreSQL only, else null) and its open cases.
 */
public record OfficeView(String name, String letterName, String phone, String address, String dbRole, long openCases) {
}
