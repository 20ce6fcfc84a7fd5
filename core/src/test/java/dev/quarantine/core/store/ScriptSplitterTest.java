package dev.quarantine.core.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptSplitterTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("CREATE TABLE a (x INTEGER);\nCREATE INDEX a_x ON a (x);\n",
                        List.of("CREATE TABLE a (x INTEGER)", "CREATE INDEX a_x ON a (x)")),
                Arguments.of("-- a comment; with a semicolon\nINSERT INTO a VALUES ('x;y');",
                        List.of("INSERT INTO a VALUES ('x;y')")),
                Arguments.of("INSERT INTO a VALUES ('it''s; fine');", List.of("INSERT INTO a VALUES ('it''s; fine')")),
                Arguments.of("CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\nDROP TABLE b;",
                        List.of("CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;",
                                "DROP TABLE b")),
                Arguments.of("CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT CASE WHEN 1 THEN RAISE(ABORT, 'x') END;\nEND;",
                        List.of("CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT CASE WHEN 1 THEN RAISE(ABORT, 'x') END;\nEND;")),
                Arguments.of("CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$ LANGUAGE plpgsql;\nSELECT 1;",
                        List.of("CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$ LANGUAGE plpgsql",
                                "SELECT 1")),
                Arguments.of("SELECT $tag$ a; b $tag$;", List.of("SELECT $tag$ a; b $tag$")),
                Arguments.of("CREATE TRIGGER t BEFORE UPDATE ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 2;",
                        List.of("CREATE TRIGGER t BEFORE UPDATE ON a\n    FOR EACH ROW EXECUTE FUNCTION f()", "SELECT 2")),
                Arguments.of("\n\n-- only a comment\n", List.of()));
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void splitsAtTheSemicolonsThatEndStatements(String script, List<String> statements) {
        assertThat(ScriptSplitter.split(script)).containsExactlyElementsOf(statements);
    }

    /** The shipped SQLite scripts: every statement is whole (triggers end with END;, nothing else with a semicolon). */
    @ParameterizedTest
    @MethodSource("sqliteScripts")
    void theSqliteScriptsSplitIntoWholeStatements(String name) throws IOException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/dev/quarantine/core/internal/store/sqlite/" + name)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = ScriptSplitter.split(script);
        long semicolons = script.lines().filter(l -> !l.strip().startsWith("--"))
                .filter(l -> l.strip().endsWith(";")).count();
        long triggerInner = statements.stream().filter(s -> s.startsWith("CREATE TRIGGER"))
                .mapToLong(s -> s.lines().filter(l -> l.strip().endsWith(";")).count() - 1).sum();
        assertThat(statements).hasSize((int) (semicolons - triggerInner));
        assertThat(statements).allSatisfy(s -> assertThat(s.startsWith("CREATE TRIGGER") ? s.endsWith("END;")
                : !s.endsWith(";")).as(s).isTrue());
    }

    static Stream<String> sqliteScripts() {
        return Stream.of("V1.sql", "V2.sql", "V3.sql");
    }
}
