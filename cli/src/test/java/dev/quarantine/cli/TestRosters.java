package dev.quarantine.cli;

import dev.quarantine.core.person.ResidentId;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rosters of distinct, valid people for the reliability tests. */
final class TestRosters {
    private static final String[] ORIGINS = {"武汉", "南阳", "湖北孝感", "信阳市固始县", "浙江省温州市", "开封"};

    private TestRosters() {
    }

    /** {@code rows} valid rows, every person distinct, arrivals 2020-02-01 … 2020-02-09. */
    static Path write(Path file, int rows, int offset) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,id_number,phone,origin,arrival_date,group_renter\n");
            for (int i = offset; i < offset + rows; i++) {
                w.write("张" + "伟芳娜敏静强磊军".charAt(i % 8) + "," + id(i) + ",138" + String.format("%08d", i) + ","
                        + ORIGINS[i % ORIGINS.length] + ",2020-02-0" + (1 + i % 9) + "," + (i % 7 == 0 ? "是" : "否") + "\n");
            }
        }
        return file;
    }

    /** A distinct valid resident number for every i below 3,650,000. */
    static String id(int i) {
        java.time.LocalDate birth = java.time.LocalDate.of(1950, 1, 1).plusDays(i / 1000);
        String first17 = "420106" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + String.format("%03d", i % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }
}
