package dev.quarantine.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan before an import, on files whose answer is known, and against the scan as first written ({@link
 * ReferenceScan}) on thousands of generated files: quotes, delimiters, CR and LF, UTF-8 Chinese, GBK, cut and stray
 * bytes, each fed in blocks of random sizes so that characters and quotes straddle the blocks.
 */
class FileScanTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String[] PIECES = {"a", "7", ",", ";", "\t", "\n", "\r\n", "\r", "\"", "\"\"", "张三", "郑州",
        "é", "😀", "，", " "};

    @TempDir
    Path dir;

    @Test
    void countsLinesAndNamesChineseUtf8AndInvalidLines() throws IOException {
        byte[] bytes = concat("name,origin\n".getBytes(StandardCharsets.UTF_8), "张三,武汉\n".getBytes(StandardCharsets.UTF_8),
                "李四,郑州\n".getBytes(GBK), "plain,ascii".getBytes(StandardCharsets.UTF_8));
        FileScan scan = FileScan.of(write(bytes), ',', 100);
        assertThat(scan.lines()).isEqualTo(4);
        assertThat(scan.chineseUtf8Lines()).containsExactly(2L);
        assertThat(scan.invalidUtf8Lines()).containsExactly(3L);
        assertThat(scan.runaway()).isFalse();
        assertThat(scan.unclosed()).isFalse();
    }

    @Test
    void findsAQuoteThatRunsOnAndOneThatNeverCloses() throws IOException {
        String runaway = "a,\"b\n" + "x\n".repeat(10) + "c\",d\ne,f\n";
        FileScan scan = FileScan.of(write(runaway.getBytes(StandardCharsets.UTF_8)), ',', 5);
        assertThat(scan.runaway()).isTrue();
        assertThat(scan.runawayStart()).isEqualTo(1);
        assertThat(scan.runawayEnd()).isEqualTo(12);
        FileScan open = FileScan.of(write("a,b\nc,\"d\ne,f\n".getBytes(StandardCharsets.UTF_8)), ',', 100);
        assertThat(open.unclosed()).isTrue();
        assertThat(open.unclosedStart()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void equalsTheFirstScanOnGeneratedFiles(long seed) throws IOException {
        Random random = new Random(seed);
        for (int file = 0; file < 500; file++) {
            byte[] bytes = generate(random);
            char delimiter = ",;\t".charAt(random.nextInt(3));
            int maxLines = 1 + random.nextInt(4);
            FileScan.Scanner scanner = new FileScan.Scanner(delimiter, maxLines);
            int at = 0;
            while (at < bytes.length) {
                int n = Math.min(bytes.length - at, 1 + random.nextInt(7));
                byte[] block = new byte[n + random.nextInt(3)]; // a block longer than what is read into it
                System.arraycopy(bytes, at, block, 0, n);
                scanner.feed(block, n);
                at += n;
            }
            assertThat(scanner.finish()).as("seed %d file %d", seed, file)
                    .isEqualTo(ReferenceScan.of(bytes, delimiter, maxLines));
        }
    }

    @Test
    void theWholeFileScanEqualsTheBlockScan() throws IOException {
        byte[] bytes = generate(new Random(42));
        assertThat(FileScan.of(write(bytes), ',', 3)).isEqualTo(ReferenceScan.of(bytes, ',', 3));
    }

    private static byte[] generate(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                out.writeBytes("王五".getBytes(GBK));
            } else if (kind == 1) {
                out.write(0x80 + random.nextInt(0x80)); // a stray byte
            } else if (kind == 2) {
                byte[] c = "郑".getBytes(StandardCharsets.UTF_8);
                out.write(c, 0, 1 + random.nextInt(2)); // a character cut short
            } else {
                out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List.of(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "scan", ".csv"), bytes);
    }
}
