package dev.quarantine.cli;

import dev.quarantine.cli.i18n.I18n;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * picocli's own messages ({@code Missing required option}, {@code Unknown option}) in the user's language: picocli
 * writes them in English only, so they are rebuilt from the exception's parts, in plain words in either language.
 */
final class UsageErrors {
    private static final Pattern INVALID = Pattern.compile(
            "Invalid value for (?:option|positional parameter(?: at index [^ ]+)?) '?([^':]*)'?: (.*)", Pattern.DOTALL);

    private UsageErrors() {
    }

    static String message(ParameterException e, I18n i18n) {
        if (e instanceof MissingParameterException m) {
            return i18n.text("picocli.missing", labels(m.getMissing(), i18n));
        }
        if (e instanceof UnmatchedArgumentException u) {
            return i18n.text(u.isUnknownOption() ? "picocli.unknownOption" : "picocli.unmatched",
                    String.join(i18n.listSeparator(), u.getUnmatched()));
        }
        if (e instanceof OverwrittenOptionException o) {
            return i18n.text("picocli.overwritten", label(o.getOverwritten()));
        }
        if (e instanceof MaxValuesExceededException) {
            return i18n.text("picocli.tooMany", e.getMessage());
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return i18n.text("picocli.exclusive", e.getMessage().replace(" are mutually exclusive (specify only one)", ""));
        }
        Matcher m = INVALID.matcher(String.valueOf(e.getMessage()));
        if (m.matches()) {
            return i18n.text("picocli.invalidValue", m.group(1), m.group(2));
        }
        return e.getMessage();
    }

    private static String labels(List<ArgSpec> specs, I18n i18n) {
        return String.join(i18n.listSeparator(), specs.stream().map(UsageErrors::label).toList());
    }

    private static String label(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return "'" + o.longestName() + (a.arity().max() > 0 ? "=" + a.paramLabel() : "") + "'";
        }
        return "'" + a.paramLabel() + "'";
    }
}
