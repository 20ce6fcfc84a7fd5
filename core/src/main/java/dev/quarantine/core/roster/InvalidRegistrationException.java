package dev.quarantine.core.roster;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Messages;
import dev.quarantine.core.QuarantineException;

import java.util.List;
import java.util.Locale;

/** A registration with several problems; the message lists every one. */
public final class InvalidRegistrationException extends QuarantineException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** The refusal of a registration for {@code problems}, every one found. */
    public InvalidRegistrationException(List<Problem> problems) {
        super(ErrorKind.INVALID_INPUT, "register.invalid", join(problems, Locale.ROOT));
        this.problems = List.copyOf(problems);
    }

    /** Every problem of the registration, each with its field. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, "register.invalid", join(problems, locale));
    }

    private static String join(List<Problem> problems, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append(out.length() == 0 ? "" : Messages.problemSeparator(locale)).append(p.message().text(locale));
        }
        return out.toString();
    }
}
