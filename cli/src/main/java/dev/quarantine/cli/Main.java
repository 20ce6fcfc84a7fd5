package dev.quarantine.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The {@code quarantine} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 always: Chinese names must survive a pipe or a terminal with a C locale.
        Charset cs = StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        System.exit(Cli.mainWithoutExit(args, out, err, System.getenv()));
    }
}
