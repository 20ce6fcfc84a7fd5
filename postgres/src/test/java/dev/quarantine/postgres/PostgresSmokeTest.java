package dev.quarantine.postgres;

import dev.quarantine.core.testing.PgServer;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresSmokeTest {
    private String db;

    @BeforeEach
    void database() {
        db = PgServer.newDatabase("qd_smoke");
    }

    @AfterEach
    void drop() {
        PgServer.dropDatabase(db);
    }

    @Test
    void initRegisterAdmitRelease() {
        Clock clock = Clock.fixed(Instant.parse("2020-02-03T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (QuarantineDesk desk = QuarantineDesk.create(PgServer.location(db), clock, "tester", List.of())) {
            desk.addHotel("锦江之星", null, Money.parse("180"), "101-102");
            Admission a = desk.admit(new AdmitRequest(null, new RegistrationInput("王伟", null, "410105198503121008",
                    "13803711234", "河南南阳", "2020-02-03", "祭城路社区", null, null, null), "36.5", null, null, true));
            assertThat(a.caseView().room()).isEqualTo("101");
            assertThat(desk.show(a.caseView().caseNumber()).name()).isEqualTo("王伟");
            assertThat(desk.history(a.caseView().caseNumber())).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
