package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Format;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A command that can write an Excel workbook: to a file named {@code .xlsx}, or with {@code --format xlsx} (which
 * then needs a file). Every other command refuses {@code --format xlsx} as a usage error.
 */
public interface XlsxCapable {
    /**
     * True when the output is a workbook: {@code out} is named {@code .xlsx}, or {@code --format xlsx} was given.
     *
     * @throws ParameterException {@code --format xlsx} without a file, or with a file not named {@code .xlsx}
     */
    static boolean workbook(BaseCommand command, Path out) {
        boolean named = out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (command.global().format() != Format.XLSX) {
            return named;
        }
        if (out == null) {
            throw new ParameterException(command.spec.commandLine(), command.i18n().text("xlsx.needsOut"));
        }
        if (!named) {
            throw new ParameterException(command.spec.commandLine(), command.i18n().text("xlsx.needsName", out));
        }
        return true;
    }
}
