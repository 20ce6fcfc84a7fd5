package dev.quarantine.cli;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.Output;

import java.util.Map;

/** What one run of the command line has: its environment, its output, its language and its clock. */
public record CliContext(Map<String, String> env, Output output, I18n i18n, NowClock clock, java.io.PrintWriter err) {
}
