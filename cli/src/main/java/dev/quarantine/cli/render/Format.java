package dev.quarantine.cli.render;

/**
 * Output formats of SPEC §11: aligned tables for people, CSV, and one JSON document; and an Excel workbook, which only
 * the commands that write files ({@code export}, {@code report daily}) take, with {@code --out FILE.xlsx}.
 */
public enum Format {
    TABLE, CSV, JSON, XLSX
}
