package dev.quarantine.cli.render;

import dev.quarantine.io.CsvInput;
import dev.quarantine.io.TableInput;
import dev.quarantine.io.XlsxInput;
import dev.quarantine.io.RejectsFile;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.ReadingImportSummary;

import java.util.LinkedHashMap;
import java.util.Map;

/** The summaries of {@code import} and {@code temp import} as documents. */
public final class ImportDocs {
    private ImportDocs() {
    }

    /**
     * What a roster import did, with the facts of the file that let a reader check every line is accounted for. The
     * warnings are counted by kind ({@code warningKinds}, message key → count) and the texts of each kind cut short
     * with a line counting the rest; a table shows the texts only.
     */
    public static Map<String, Object> roster(ImportSummary s, RejectsFile rejects, TableInput in) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rowsRead", s.rowsRead());
        d.put("registered", s.registered());
        d.put("duplicates", s.duplicates());
        d.put("rejected", s.rejected());
        d.put("admitted", s.admitted());
        d.put("notAdmittedNoRoom", s.notAdmittedNoRoom());
        d.put("notAdmittedFever", s.notAdmittedFever());
        d.put("notAdmittedPeriodOver", s.notAdmittedPeriodOver());
        Map<String, Object> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            byCategory.put(c.name(), s.byCategory().getOrDefault(c, 0L));
        }
        d.put("byCategory", byCategory);
        d.put("rejectsFile", rejects.written() == null ? null : rejects.written().toString());
        d.put("ignoredColumns", s.ignoredColumns());
        d.put("warningCount", s.warningCount());
        d.put("warningKinds", s.warningKinds());
        d.put("warnings", s.warnings());
        d.put("notAdmittedCases", s.notAdmittedCases());
        d.put("periodOverCases", s.periodOverCases());
        if (in instanceof CsvInput csv) {
            d.put("lines", csv.physicalLines());
            d.put("headerLine", csv.headerLine());
            d.put("blankLines", s.blankLines());
            d.put("rowLines", s.rowLines());
            d.put("encoding", csv.charset().name() + (csv.hadBom() ? " (BOM)" : ""));
            d.put("delimiter", switch (csv.separator()) {
                case '\t' -> "tab";
                case ';' -> "semicolon";
                default -> "comma";
            });
        } else {
            // A workbook has no lines: its rows are numbered as Excel numbers them, and empty rows are not stored.
            d.put("sheet", in instanceof XlsxInput x ? x.sheet() : null);
            d.put("headerLine", in.headerLine());
            d.put("blankLines", s.blankLines());
            d.put("rowLines", s.rowLines());
        }
        d.put("dryRun", s.dryRun());
        d.put("atomic", s.atomic());
        d.put("written", s.written());
        d.put("balanced", s.balanced() && (!(in instanceof CsvInput csv)
                || csv.headerLine() + s.rowLines() + s.blankLines() == csv.physicalLines()));
        return d;
    }

    /** What an import of temperature readings did. */
    public static Map<String, Object> readings(ReadingImportSummary s, RejectsFile rejects, boolean dryRun) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rowsRead", s.rowsRead());
        d.put("recorded", s.recorded());
        d.put("duplicates", s.duplicates());
        d.put("rejected", s.rejected());
        d.put("fevers", s.fevers());
        d.put("alertsOpened", s.alertsOpened());
        d.put("rejectsFile", rejects.written() == null ? null : rejects.written().toString());
        d.put("ignoredColumns", s.ignoredColumns());
        d.put("blankLines", s.blankLines());
        d.put("dryRun", dryRun);
        d.put("written", !dryRun && !s.atomicRefused());
        d.put("balanced", s.balanced());
        return d;
    }
}
