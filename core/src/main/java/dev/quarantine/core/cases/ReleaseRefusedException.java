package dev.quarantine.core.cases;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Messages;
import dev.quarantine.core.QuarantineException;

import java.util.List;
import java.util.Locale;

/** A release refused by the rules; it lists every unmet condition (SPEC §5). */
public final class ReleaseRefusedException extends QuarantineException {
    private static final long serialVersionUID = 1L;
    private final transient List<Unmet> unmet;

    /** The refusal to release case {@code caseNumber}, for every condition in {@code unmet}. */
    public ReleaseRefusedException(String caseNumber, List<Unmet> unmet) {
        super(ErrorKind.REFUSED, "release.refused", caseNumber, join(unmet, Locale.ROOT));
        this.unmet = List.copyOf(unmet);
    }

    /** Every unmet condition, in the order {@link ReleaseCheck#unmet()} lists them. */
    public List<Unmet> unmet() {
        return unmet;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, "release.refused", args()[0], join(unmet, locale));
    }

    private static String join(List<Unmet> unmet, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (Unmet u : unmet) {
            out.append(out.length() == 0 ? "" : Messages.problemSeparator(locale)).append(u.message(locale));
        }
        return out.toString();
    }
}
