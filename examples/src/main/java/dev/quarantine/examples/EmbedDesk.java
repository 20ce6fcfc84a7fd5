package dev.quarantine.examples;

import dev.quarantine.core.result.Admission;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.request.Registration;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.health.Temperature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Example 2: a register embedded in another program, on a temporary SQLite file: a hotel, an admission, readings,
 * the release, the bill and the daily report. The clock is fixed so that the run is the same every time.
 */
public final class EmbedDesk {
    private EmbedDesk() {
    }

    public static void main(String[] args) throws IOException {
        run(System.out, Files.createTempDirectory("quarantine-example"));
    }

    static Clock at(String localTime) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return Clock.fixed(LocalDateTime.parse(localTime).atZone(zone).toInstant(), zone);
    }

    static void run(PrintStream out, Path folder) {
        Path file = folder.resolve("desk.db");
        // README-START
        try (QuarantineDesk desk = QuarantineDesk.create(file, at("2020-02-03T09:00"), "dashboard", List.of())) {
            desk.hotels().add("锦江之星郑东店", "郑东新区祭城路100号", Money.parse("180"), "101-110");
            Registration wang = Registration.of("王伟", "410105198503121008", "13803711234", "河南南阳",
                    LocalDate.of(2020, 2, 3)).community("祭城路社区").build();
            Admission a = desk.cases().admit(AdmitRequest.registering(wang).intake(Temperature.parse("36.5"))
                    .commitmentSigned());
            out.printf("%s admitted to room %s, eligible %s, estimate %s%n", a.caseView().caseNumber(),
                    a.caseView().room(), a.caseView().eligibleDate(), a.estimate().total().display());
        }
        try (QuarantineDesk desk = QuarantineDesk.open(file, at("2020-02-10T10:00"), "dashboard")) {
            CaseNumber q1 = CaseNumber.of(1);
            desk.health().recordTemperature(q1, Temperature.parse("36.4"), "赵护士");
            ReleaseResult r = desk.cases().release(q1, "张医生");
            Bill bill = r.bill();
            out.printf("released %s: %d nights, person pays %s of %s%n", r.caseView().caseNumber(), bill.nights(),
                    bill.person().display(), bill.total().display());
            DailyReport report = desk.reports().daily(null, 50);
            out.printf("report %s: %d released, %d room(s) to disinfect%n", report.date(),
                    report.movements().released().total(), report.operations().awaitingDisinfection().total());
        }
        // README-END
    }
}
