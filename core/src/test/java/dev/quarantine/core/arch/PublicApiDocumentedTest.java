package dev.quarantine.core.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public type, constructor and method of the core's API (issue 19) has a javadoc comment: read from the sources,
 * every package but {@code internal}. Exempt are {@code @Override} methods (they inherit their comment), fields
 * (constants) and enum constants, and records' components (the record's comment describes them). A member counts as
 * public when it is declared {@code public}, or is declared in an interface and not {@code private}, and every type
 * around it is public too. The checker is also run on a small source with one member of each kind left undocumented,
 * so a check that could never fail fails there.
 */
class PublicApiDocumentedTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPublicTypeConstructorAndMethodOfTheApiHasAJavadocComment() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .filter(p -> !SOURCES.relativize(p).toString().replace('\\', '/').contains("/internal/"))
                    .sorted().toList();
        }
        assertThat(files).as("API sources under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(50);

        List<String> undocumented = new ArrayList<>();
        for (Path file : files) {
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            undocumented.addAll(Checker.undocumented(name, Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(undocumented).as("public types, constructors and methods without a javadoc comment").isEmpty();
    }

    @Test
    void theCheckerReportsWhatIsUndocumentedAndNothingElse() {
        String source = """
                package demo;

                import java.util.List;

                /** Documented. */
                @Deprecated
                public class Sample {
                    public static final String CONSTANT = "public void notAMethod() {}";
                    private final int x;

                    /** Documented. */
                    public Sample() {
                        this(1);
                    }

                    public Sample(int x) {
                        this.x = x;
                    }

                    /** Documented; the comment stands before the annotations. */
                    @SuppressWarnings("unchecked")
                    public List<String> names() {
                        return List.of("{", "}");
                    }

                    // A line comment is not a javadoc comment.
                    public int undocumented() {
                        Runnable r = new Runnable() {
                            public void run() {
                            }
                        };
                        return x;
                    }

                    /** */
                    public static <T> T blank(T t) {
                        return t;
                    }

                    @Override
                    public String toString() {
                        return "/** not a comment */";
                    }

                    void packagePrivate() {
                    }

                    private void hidden() {
                    }

                    public record Nested(int a) {
                        public Nested {
                            if (a < 0) {
                                throw new IllegalArgumentException();
                            }
                        }
                    }

                    /** Documented. */
                    public interface Api {
                        void implicitlyPublic();

                        /** Documented. */
                        default void documented() {
                        }

                        private void helper() {
                        }
                    }

                    /** Documented. */
                    public enum Kind {
                        A("a") {
                            public String text() {
                                return "x";
                            }
                        }, B("b");

                        Kind(String s) {
                        }

                        public String text() {
                            return "";
                        }
                    }

                    private static class Hidden {
                        public void notApi() {
                        }
                    }
                }

                class PackagePrivate {
                    public void notApi() {
                    }
                }
                """;

        assertThat(Checker.undocumented("demo/Sample.java", source)).containsExactly(
                "demo/Sample.java:16: constructor Sample",
                "demo/Sample.java:27: method undocumented",
                "demo/Sample.java:36: method blank",
                "demo/Sample.java:51: record Nested",
                "demo/Sample.java:52: constructor Nested",
                "demo/Sample.java:61: method implicitlyPublic",
                "demo/Sample.java:82: method text");
    }

    /**
     * A small reader of Java sources: enough of the grammar to find the declarations of types, constructors and
     * methods directly in a type's body (bodies of methods, initializers and anonymous classes are skipped whole) and
     * the javadoc comment, if any, that stands before each one's annotations and modifiers.
     */
    static final class Checker {
        private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
                "abstract", "default", "sealed", "non", "strictfp", "synchronized", "native", "transient", "volatile");

        private enum Kind { WORD, SYMBOL, JAVADOC, LITERAL }

        private record Token(Kind kind, String text, int line) {
            boolean is(String s) {
                return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(s);
            }
        }

        private record Owner(String name, String kind, boolean api) {
            boolean interfaceLike() {
                return kind.equals("interface") || kind.equals("@interface");
            }
        }

        private final String file;
        private final List<Token> tokens;
        private final List<String> found = new ArrayList<>();
        private int p;

        private Checker(String file, String source) {
            this.file = file;
            this.tokens = tokenize(source);
        }

        /** {@code file:line: kind name} of each public type, constructor and method without a javadoc comment. */
        static List<String> undocumented(String file, String source) {
            Checker c = new Checker(file, source);
            c.compilationUnit();
            return c.found;
        }

        private static List<Token> tokenize(String s) {
            List<Token> out = new ArrayList<>();
            int line = 1;
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                int start = i;
                int startLine = line;
                if (c == '\n') {
                    line++;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (s.startsWith("//", i)) {
                    while (i < n && s.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    String comment = s.substring(i, end);
                    line += count(comment);
                    i = end;
                    if (comment.startsWith("/**") && !comment.equals("/**/")) {
                        out.add(new Token(Kind.JAVADOC, comment, startLine));
                    }
                    continue;
                }
                if (s.startsWith("\"\"\"", i)) {
                    i += 3;
                    while (i < n && !s.startsWith("\"\"\"", i)) {
                        i += s.charAt(i) == '\\' ? 2 : 1;
                    }
                    i = Math.min(n, i + 3);
                    line += count(s.substring(start, i));
                    out.add(new Token(Kind.LITERAL, "\"\"\"", startLine));
                    continue;
                }
                if (c == '"' || c == '\'') {
                    i++;
                    while (i < n && s.charAt(i) != c && s.charAt(i) != '\n') {
                        i += s.charAt(i) == '\\' ? 2 : 1;
                    }
                    i = Math.min(n, i + 1);
                    out.add(new Token(Kind.LITERAL, s.substring(start, i), startLine));
                    continue;
                }
                if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                    while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                        i++;
                    }
                    out.add(new Token(Kind.WORD, s.substring(start, i), startLine));
                    continue;
                }
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), startLine));
                i++;
            }
            return out;
        }

        private static int count(String text) {
            return (int) text.chars().filter(ch -> ch == '\n').count();
        }

        private boolean more() {
            return p < tokens.size();
        }

        private Token peek() {
            return tokens.get(p);
        }

        private boolean at(String s) {
            return more() && peek().is(s);
        }

        private void compilationUnit() {
            while (more()) {
                if (at("package") || at("import")) {
                    skipPast(";");
                } else if (at(";")) {
                    p++;
                } else {
                    member(null);
                }
            }
        }

        /** One declaration in a type's body, or a top-level type when {@code owner} is null. */
        private void member(Owner owner) {
            Token doc = null;
            while (more() && peek().kind() == Kind.JAVADOC) {
                doc = tokens.get(p++);
            }
            Set<String> modifiers = new HashSet<>();
            boolean override = false;
            while (more()) {
                if (at("@") && p + 1 < tokens.size() && tokens.get(p + 1).is("interface")) {
                    break;
                }
                if (at("@")) {
                    p++;
                    StringBuilder name = new StringBuilder(tokens.get(p++).text());
                    while (at(".")) {
                        p++;
                        name.append('.').append(tokens.get(p++).text());
                    }
                    override |= name.toString().equals("Override") || name.toString().equals("java.lang.Override");
                    if (at("(")) {
                        skipBalanced();
                    }
                } else if (peek().kind() == Kind.WORD && MODIFIERS.contains(peek().text())) {
                    modifiers.add(tokens.get(p++).text());
                    if (at("-")) { // non-sealed
                        p += 2;
                    }
                } else if (peek().kind() == Kind.JAVADOC) {
                    p++; // after the annotations: not the member's comment
                } else {
                    break;
                }
            }
            if (!more()) {
                return;
            }
            int line = declarationLine(doc);
            boolean api = owner == null ? modifiers.contains("public")
                    : owner.api() && (modifiers.contains("public") || owner.interfaceLike() && !modifiers.contains("private"));
            if (at("{")) { // an initializer
                skipBalanced();
                return;
            }
            if (at(";")) {
                p++;
                return;
            }
            String kind = at("@") ? "@interface"
                    : Set.of("class", "interface", "enum", "record").contains(peek().text()) ? peek().text() : null;
            if (kind != null) {
                p += kind.equals("@interface") ? 2 : 1;
                String name = tokens.get(p++).text();
                check(api, doc, line, kind, name);
                while (more() && !at("{")) {
                    if (at("(")) {
                        skipBalanced();
                    } else {
                        p++;
                    }
                }
                p++;
                body(new Owner(name, kind, api));
                return;
            }
            String last = null;
            while (more() && !at("(") && !at("{") && !at("=") && !at(";")) {
                if (at("@")) { // a type annotation
                    p += 2;
                    if (at("(")) {
                        skipBalanced();
                    }
                    continue;
                }
                last = tokens.get(p++).text();
            }
            if (!more()) {
                return;
            }
            if (at("(") || at("{")) {
                boolean compact = at("{");
                boolean constructor = owner != null && owner.name().equals(last);
                if (!compact) {
                    skipBalanced();
                    while (more() && !at("{") && !at(";")) {
                        p++;
                    }
                }
                if (at("{")) {
                    skipBalanced();
                } else {
                    p++;
                }
                if (!override && (constructor || !compact)) {
                    check(api && !(constructor && owner.kind().equals("enum")), doc, line,
                            constructor ? "constructor" : "method", last);
                }
                return;
            }
            skipPast(";"); // a field
        }

        private int declarationLine(Token doc) {
            // The line of the first modifier or keyword, after the comment and the annotations.
            int i = p;
            while (i > 0 && tokens.get(i - 1) != doc && (tokens.get(i - 1).kind() == Kind.WORD
                    && MODIFIERS.contains(tokens.get(i - 1).text()) || tokens.get(i - 1).is("-"))) {
                i--;
            }
            return tokens.get(i).line();
        }

        private void body(Owner owner) {
            if (owner.kind().equals("enum")) { // the constants, with their arguments and bodies
                while (more() && !at(";") && !at("}")) {
                    if (at("(") || at("{")) {
                        skipBalanced();
                    } else {
                        p++;
                    }
                }
                if (at(";")) {
                    p++;
                }
            }
            while (more() && !at("}")) {
                member(owner);
            }
            p++;
        }

        private void check(boolean api, Token doc, int line, String kind, String name) {
            if (api && (doc == null || isBlank(doc.text()))) {
                found.add(file + ":" + line + ": " + kind + " " + name);
            }
        }

        private static boolean isBlank(String javadoc) {
            return javadoc.substring(3, javadoc.length() - 2).replace("*", "").isBlank();
        }

        /** From an opening bracket to past the one that closes it. */
        private void skipBalanced() {
            int depth = 0;
            do {
                Token t = tokens.get(p++);
                if (t.is("(") || t.is("{") || t.is("[")) {
                    depth++;
                } else if (t.is(")") || t.is("}") || t.is("]")) {
                    depth--;
                }
            } while (depth > 0 && more());
        }

        private void skipPast(String end) {
            while (more() && !at(end)) {
                if (at("(") || at("{") || at("[")) {
                    skipBalanced();
                } else {
                    p++;
                }
            }
            p++;
        }
    }
}
