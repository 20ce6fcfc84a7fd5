package dev.quarantine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real command line in-process against a database in a temp folder, capturing stdout, stderr and the code. */
final class CliHarness {
    final Path dir;
    final Path db;
    final Map<String, String> env = new HashMap<>();

    CliHarness(Path dir) {
        this.dir = dir;
        this.db = dir.resolve("q.db");
        env.put("QUARANTINE_DB", db.toString());
        env.put("QUARANTINE_OPERATOR", "tester");
        env.put("LANG", "en_US.UTF-8");
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.mainWithoutExit(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs with {@code --now} fixed. */
    Result at(String now, String... args) {
        List<String> all = new ArrayList<>(List.of("--now", now));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** A valid resident number with the given 6-digit area, birth date yyyymmdd and 3-digit sequence. */
    static String id(String area, String birth, String seq) {
        String first17 = area + birth + seq;
        return first17 + dev.quarantine.core.person.ResidentId.checkCharacter(first17);
    }
}
