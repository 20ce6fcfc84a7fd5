package dev.quarantine.core.internal.service;

import dev.quarantine.core.Message;
import dev.quarantine.core.Messages;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.roster.RegistrationValidator;
import dev.quarantine.core.roster.RosterColumn;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.roster.ValidRegistration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates one roster row on the import's reading thread: every problem of the row in one message, in the clerk's
 * language, each named by the roster's own column label; or the row ready to insert.
 */
final class RosterRowChecker {
    private final DeskContext context;
    private final RosterHeader header;
    private final Locale locale;
    private final Instant now;
    private final long officeId;

    /** A row after validation: rejected with its problems, or ready to insert. */
    record Checked(RosterRow row, ValidRegistration valid, Classification classification, Temperature temperature,
                   Sex declaredSex, String problems, NewCase newCase) {

        static Checked rejected(RosterRow row, String problems) {
            return new Checked(row, null, null, null, null, problems, null);
        }
    }

    RosterRowChecker(DeskContext context, RosterHeader header, Locale locale, Instant now, long officeId) {
        this.context = context;
        this.header = header;
        this.locale = locale;
        this.now = now;
        this.officeId = officeId;
    }

    /** The row itself when it is blank, else the {@link Checked} row. */
    Object check(RegistrationValidator validator, RosterRow row) {
        List<String> cells = row.cells();
        if (isBlank(cells)) {
            return row;
        }
        List<String> problems = new ArrayList<>(2);
        int width = header.cells().size();
        if (cells.size() > width && !isBlank(cells.subList(width, cells.size()))) {
            problems.add(new Message("import.extraCells", cells.size(), width).text(locale));
        }
        RegistrationValidator.Result result = validator.validate(header.input(cells),
                header.get(cells, RosterColumn.ORIGIN_TEXT));
        result.problems().forEach(p -> problems.add(header.label(p.field()) + ": " + p.message().text(locale)));
        Temperature temp = null;
        String tempText = header.get(cells, RosterColumn.TEMPERATURE);
        if (tempText != null && !tempText.isBlank()) {
            try {
                temp = context.currentPolicy().checkPlausible(Temperature.parse(tempText));
            } catch (QuarantineException e) {
                problems.add(header.label("temperature") + ": " + e.message(locale));
            }
        }
        if (!problems.isEmpty()) {
            return Checked.rejected(row, String.join(Messages.problemSeparator(locale), problems));
        }
        ValidRegistration v = result.valid();
        Classification c;
        try {
            c = context.policies().inForce(v.arrival()).classify(v.origin());
        } catch (QuarantineException e) {
            return Checked.rejected(row, header.label("origin") + ": " + e.message(locale));
        }
        return new Checked(row, v, c, temp, Sex.fromText(header.get(cells, RosterColumn.SEX)), null,
                NewCase.of(v, c, now, officeId));
    }

    static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
